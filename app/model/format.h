// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report.h"

#include <QString>

// One place that turns a qualified number into text, so that a chart label, a tile, the
// narrative pane and an exported caption can never disagree about "over 6,000".
namespace Figdeck {

// The number alone with its qualifier sign: "6,000+", "> ¥1.2 trillion", "≈ $165 billion",
// "> 92%", "47", "2 million+". Counts carry a trailing "+" for a lower bound, everything else a
// leading ">" (">=" shown as "≥"); approximate values a leading "≈".
QString formatValue(const Metric &metric);

// The number without any qualifier: "6,000", "¥1.2 trillion", "92%".
QString formatBareValue(const Metric &metric);

// "more than", "at least", "roughly", or empty for exact values.
QString qualifierPhrase(Qualifier qualifier);

// A sentence for screen readers and alt text: "AI enterprises in China: more than 6,000
// enterprises (end of 2025; stated by the source)".
QString describeMetric(const Metric &metric);

// "stated" or "derived (100 - 75)".
QString originText(const Metric &metric);

} // namespace Figdeck
