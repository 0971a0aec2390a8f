// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The number finder: every number a text states, with its unit, qualifier, period, status and
// the sentence that holds it (issue 11). QtCore only; the names come from the model's tables.

#include "report.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// The Chinese words of a year relative to the text's own date, one regular-expression
// alternation for every pattern that reads them (the finder's, the drafter's label words):
// 前年 -2, 去年 and 上年 -1, 今年 and 本年 0, 明年 1, 后年 2 (yearOffsetOf). Not "以上年均"
// (above, then "annual average"), "前后年" nor "此后年均".
#define FIGDECK_ZH_RELATIVE_YEARS                                                                  \
    "前年|去年|(?<![以之])上年(?![均份])|今年|本年|明年|(?<![前此之最])后年(?![均份])"

namespace Figdeck {

struct FoundNumber
{
    int line = 0;     // 1-based, where the number (or its word) starts
    int column = 0;   // 1-based, in UTF-16 code units
    double value = 0; // a range's low end
    // A range's high end: "between 4 and 6 GW", "2 to 3 million", "4-6 GW", "3万至5万辆".
    std::optional<double> high;
    Unit unit;
    Qualifier qualifier = Qualifier::Exact;
    // "2022", "2022-Q4", "2026/2030", a half-year as written ("H1 2025", "2025年上半年");
    // empty when its clause and sentence say none. dateOfPeriod() gives its date.
    QString period;
    Status status = Status::Observed;
    QString quote;      // the sentence or table row, verbatim
    int quoteStart = 0; // where the number's text starts in quote
    int quoteEnd = 0;   // and where it ends, after its unit words ("1.2 trillion yuan")
    // The phrase it was read from, in quote: its currency sign, minus and qualifier words
    // included ("more than €1.6 billion", "6,000+", "约850万个以上"); at least
    // quoteStart..quoteEnd.
    int phraseStart = 0;
    int phraseEnd = 0;
    // A year, half-year or quarter the text names relative to its own date ("去年", "next
    // year", "今年上半年", "the first half of last year", "Q4 of last year") when the text gives
    // no date (datelineOf): period is then empty, never a guessed year. With a dateline the
    // period is of that year ("2024", "2025年上半年", "2024-Q4").
    QString relativePeriod;
    // A label the user gave it (File > New Report from Text or PDF…); the finder leaves it
    // empty, and a draft then makes its own.
    QString label;
};

QList<FoundNumber> findNumbers(const QString &text);

// The date a text gives itself in a dateline: a line among its first few that is a date, or
// starts with one or with a label and one ("2025年8月12日", "发布时间：2025-08-12",
// "Published: 12 August 2025", "August 12, 2025 — ..."); invalid when it gives none. A date
// inside the text's sentences is no dateline.
QDate datelineOf(const QString &text);

// The publisher the dateline's byline names: "Published 14 September 2026 by Example Research",
// "*Published 14 September 2026 by Example Research*", "By Example Research, 14 September 2026";
// empty when it names none (or the text has no dateline).
QString bylinePublisherOf(const QString &text);

// The date of a period as the finder writes it: an ISO form ("2024", "2024-Q3"), or a
// half-year in words that names its year ("H1 2025", "2025 H2", "first half of 2025",
// "2025年上半年") is 2025-H1 or 2025-H2; nullopt for any other text ("2026/2030").
std::optional<PeriodDate> dateOfPeriod(const QString &period);

// A table's row label or column name without the unit it names in brackets, which the finder
// gave to its numbers: "Revenue (US$ bn)" is "Revenue", "Apple (US)" stays.
QString withoutHeaderUnit(const QString &cell);

// The value as printed by --numbers: no exponent, no trailing zeros ("1200000000000", "2.5").
QString numberText(double value);

// The header line and one tab-separated line of `figdeck --numbers`.
QString foundNumbersHeader();
QString foundNumberLine(const FoundNumber &n);

} // namespace Figdeck
