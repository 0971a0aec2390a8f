// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report.h"

#include <QList>
#include <QString>
#include <QStringList>

// The semantic rules of the report-pack format, run on a Report itself: the one implementation
// that the loader runs on what it read and the editor runs on the report being edited. Each
// problem names the field by its path in the file format ("figures[2].series[0].metrics[1]");
// the loader turns the path into FILE:LINE:COL through the parser's positions.
//
// What it checks (see resources/report-pack-format.md, "Rules"):
// - texts and strings the format requires are not blank (isBlankText: zero-width spaces are
//   blank); the report's date is an ISO 8601 date, a source's url is http or https and its date
//   an ISO 8601 date; the lists a pack needs are not empty (sources, metrics, figures, a
//   figure's metrics, a series' metrics, share parts, a section's findings);
// - every id is well-formed and unique among its kind (caveat ids across the whole pack); every
//   reference (figure and series metrics, share parts, caveat metrics, equivalentOf, a metric's
//   source) names something and is listed once; with more than one source, every metric names
//   its source;
// - counts and ranks are whole (counts >= 0, ranks >= 1); a range's low end is not above its
//   high, and a range is exact or approximate; a derived metric says how (derivation), a stated
//   one does not;
// - a figure's options fit its kind ("as", "order", "series", a share group, comparable); a share
//   group's total lies in (0, 100], its parts are the figure's percent metrics between 0 and 100
//   and add up to the total (complete) or stay under it; a figure's caveats mark its own metrics;
// - bars and series put one unit and one measure on their axis; every series value has a date,
//   and one series has one value per date; no bars or series figure compares values that a
//   figure of the pack marks as not comparable.
// The loader checks what a Report cannot hold: syntax, types, names of closed lists, language
// tags, and the forms of the file (both "value" and "range", an optional field given blank).
namespace Figdeck {

struct Problem
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString path;    // "metrics[3].value"; the object's own path when a field is missing
    QString message; // translated, without location
    // The other fields the rule read ("metrics[3].unit" for a count that is not whole): a loader
    // that refused one of them (and left it at its default) drops the problem as misleading.
    QStringList inputs;
};

// ^[a-z0-9]+(-[a-z0-9]+)*$: the form of every id ("core-scale-cny").
bool isValidId(const QString &id);
// A BCP-47 tag in the form the format accepts: 2-3 letters, then -subtags of 1-8 letters/digits.
bool isLanguageTag(const QString &tag);
// "YYYY", "YYYY-MM" or "YYYY-MM-DD", a real date: the form of the report's and a source's date.
bool isCalendarDate(const QString &date);
// Why `iso` cannot be a metric's date (one of periodDateForms()), or empty when
// it can: what the loader says of a bad "date" and an editor shows at the field.
QString periodDateProblem(const QString &iso);

// Every problem of `report`, in the order of the rules above; empty for a valid report.
// Linear in the size of the report (hash lookups, no scan per reference).
QList<Problem> validateReport(const Report &report);

} // namespace Figdeck
