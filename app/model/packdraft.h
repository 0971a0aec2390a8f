// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A report pack drafted from a text (figdeck --draft, issue 11): one metric per number the
// number finder reads, with its verbatim sentence; figures proposed from structure (parts of
// about 100 -> shares, one measure at several dates -> a series, one table column over
// categories -> bars, the rest -> tiles); caveats for lower bounds, approximations,
// projections and derived values; and a report caveat that every number needs a check.
// QtCore only. The result is a version-2 Report a user reviews before presenting it.

#include "numberfinder.h"
#include "report.h"

#include <QList>
#include <QString>

namespace Figdeck {

// text: the source's text (app/import reads files and PDFs); fileName names the source when
// the text gives no title.
Report draftReport(const QString &text, const QString &fileName);

// The numbers of text that a draft makes metrics of: every number the finder reads except
// those in a table's header row (they label its columns).
QList<FoundNumber> draftableNumbers(const QString &text);

// A figure the user asks for (File > New Report from Text or PDF…): its kind, title (empty:
// the drafter's) and numbers, as indices into the numbers drafted from.
struct DraftFigureRequest
{
    ChartKind kind = ChartKind::Tiles;
    QString title;
    QList<int> numbers;
};

// A draft from chosen numbers of `text` (some of draftableNumbers(text), perhaps with their
// value, unit, qualifier, status or period corrected, or a label given in FoundNumber::label).
// report.metrics[i] is the metric of numbers[i]; derived metrics (the rest of a whole) follow them.
// The figures start with one per request that names a number, in order, with the drafter's caveats
// and derived rest; the drafter proposes figures for the numbers no request names.
Report draftReport(const QString &text, const QString &fileName, const QList<FoundNumber> &numbers,
                   const QList<DraftFigureRequest> &figures = {});

} // namespace Figdeck
