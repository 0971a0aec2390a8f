// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report.h"

#include <QString>
#include <QStringList>

// One place that turns a qualified number into text, so that a chart label, a tile, the
// narrative pane and an exported caption can never disagree about "over 6,000".
//
// One scaling rule for every unit: thousand / million / billion / trillion (or the language's
// own grouping, 万 and 亿 in Chinese), or SI prefixes on a custom unit's symbol when the pack
// asks for them ("scale": "si": 793e12 Wh is "793 TWh"). Negative numbers carry a real minus
// sign ("−61%"); percentage points always carry their sign ("+2.1 pp").
//
// `language` is the language the text is for; empty means the application's current one.
namespace Figdeck {

// The number alone with its qualifier sign: "6,000+", "> ¥1.2 trillion", "≈ $165 billion",
// "> 92%", "47", "2 million+", "< 5%", "up to 10%", "nearly 40%", "10–15%", "3×", "2nd",
// "+2.1 pp", "€59 billion", "793 TWh". Counts carry a trailing "+" for a lower bound, everything
// else a leading sign from the qualifier table (">", "≥", "≈", "<") or its phrase ("up to").
QString formatValue(const Metric &metric, const QString &language = QString());

// The number without any qualifier: "6,000", "¥1.2 trillion", "92%", "10–15%".
QString formatBareValue(const Metric &metric, const QString &language = QString());

// A number in a unit without a metric (axis labels, totals): "€59 billion", "−61%".
QString formatAmount(double value, const Unit &unit, const QString &language = QString());

// "more than", "at least", "roughly", "less than", "up to", "nearly", or empty for exact.
QString qualifierPhrase(Qualifier qualifier, const QString &language = QString());

// "projected", "estimated", or empty for observed values.
QString statusWord(Status status, const QString &language = QString());

// A sentence for screen readers and alt text: "AI enterprises in China: more than 6,000
// enterprises (end of 2025; stated by the source)".
QString describeMetric(const Metric &metric, const QString &language = QString());

// "stated" or "derived (100 - 75)".
QString originText(const Metric &metric, const QString &language = QString());

// A metric's date as a reader reads it, never its code: "2025", "H1 2025", "Q3 2025",
// "Jul 2025", "31 Jul 2025"; in Chinese "2025年", "2025年上半年", "2025年第三季度", "2025年7月",
// "2025年7月31日". Chinese for a language "zh…", English for any other; empty `language` is the
// language Figdeck's words in report texts are in now (reportTextWordsLanguage()).
QString formatPeriodDate(const PeriodDate &date, const QString &language = QString());

// A metric's period as shown to a reader: its text, except that a text which is a date code
// ("2025-Q3", "2025-H1", as drafts write them; a bare year stays as written) reads as
// formatPeriodDate gives it. Files of data keep the text as it is.
QString periodText(const Metric &metric, const QString &language = QString());

// "png, pdf or svg": the names of a closed list for a message or a help text, joined as the
// interface language joins a list ("png、pdf 或 svg").
QString choiceList(const QStringList &names);

} // namespace Figdeck
