// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report.h"

#include <QList>
#include <QString>
#include <QUrl>

// The credit of a figure, a number or the whole report: which sources its numbers come from,
// said in one form by every output (figure footers, slides and their notes, the summary, the
// data exports, the data table, the status bar and the narrative pane). Nothing else formats a
// source line.
//
//     Source: <work>, as summarised by <publisher> (<url>)
//     Sources: <work A> (<url A>); <work B>, as summarised by <publisher B> (<url B>)
//
// "as summarised by" only for a news-summary source with a publisher. The work a source is
// credited with is the report's title when the pack has one source (version 1's meaning: the
// pack is about the report that source is or summarises), and each source's own title when it
// has several (the pack's title then names none of them). Translatable in "Figdeck::Model",
// every argument numbered so that a translation may reorder them.
namespace Figdeck {

struct CreditOptions
{
    QString language;     // the pack language to show texts in; empty: the report's own
    bool withUrls = true; // "(<url>)" after each source; off where links are offered instead
};

// Every source of the report: those its metrics use in first-use order, then any unused ones.
QList<const Source *> sourcesOfReport(const Report &report);

// One source as a credit names it, without the "Source:" prefix:
// "<work>, as summarised by <publisher> (<url>)".
QString sourceCredit(const Report &report, const Source &source, const CreditOptions &options = {});

// "Source: A" for one source, "Sources: A; B" for several; empty for none.
QString creditLine(const Report &report, const QList<const Source *> &sources,
                   const CreditOptions &options = {});

// The credit of a figure's numbers (Report::sourcesOf).
QString figureCredit(const Report &report, const Figure &figure, const CreditOptions &options = {});
// The credit of one number.
QString metricCredit(const Report &report, const Metric &metric, const CreditOptions &options = {});
// The credit of the whole report (sourcesOfReport).
QString reportCredit(const Report &report, const CreditOptions &options = {});

// A source as a list of references names it: "<title> — <publisher> — <date> — <url>", the
// parts it has. For the list of every source (the deck's closing slide).
QString sourceReference(const Source &source, const QString &language = QString());

// "Source: <reference>" / "Sources: <reference A>; <reference B>": which documents, as on the
// summary's cover.
QString referenceLine(const QList<const Source *> &sources, const QString &language = QString());

// A source's address when it is one Figdeck may open: a valid http or https URL; else empty.
QUrl openableSourceUrl(const Source &source);

} // namespace Figdeck
