// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report.h"

#include <QList>
#include <QString>

// The semantic rules of the report-pack format, run on a Report itself, so that an editor can
// check an edited Report live and the loader can check what it read. Each problem names the
// field by its path in the file format ("figures[2].series[0].metrics[1]"); the loader turns
// the path into FILE:LINE:COL through the parser's positions.
//
// What it checks (see resources/report-pack-format.md, "Rules"):
// - every id is well-formed and unique among its kind; every reference (figure and series
//   metrics, share parts, caveat metrics, equivalentOf, a metric's source) names something;
//   with more than one source, every metric names its source;
// - counts and ranks are whole (counts >= 0, ranks >= 1); a range's low end is not above its high;
// - bars and series put one unit and one measure on their axis; every series value has a date,
//   and one series has one value per date; no bars or series figure compares values that a
//   figure of the pack marks as not comparable.
// The loader checks types, names of closed lists, texts and share groups while it reads.
namespace Figdeck {

struct Problem
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString path;    // "metrics[3].value"; the object's own path when a field is missing
    QString message; // translated, without location
};

// ^[a-z0-9]+(-[a-z0-9]+)*$: the form of every id ("core-scale-cny").
bool isValidId(const QString &id);
// A BCP-47 tag in the form the format accepts: 2-3 letters, then -subtags of 1-8 letters/digits.
bool isLanguageTag(const QString &tag);

// Every problem of `report`, in the order of the rules above; empty for a valid report.
// Linear in the size of the report (hash lookups, no scan per reference).
QList<Problem> validateReport(const Report &report);

} // namespace Figdeck
