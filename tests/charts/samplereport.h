// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report.h"

// A report built in code with the shape and numbers of the embedded 2026 report: the chart
// tests do not depend on the loader, and can vary one property of a metric at a time.
namespace Figdeck::Test {

Report sampleReport();

// Figures that push the layouts: many tiles with long labels and every qualifier, an
// incomplete share group with a lower bound, a narrow derived part, five small multiples with
// a rise above 100% and a count, a donut with a derived slice: stress-tiles, stress-shares,
// stress-part-whole, stress-small-multiples, stress-derived-shares.
Report stressReport();

// Invented values for the axis kinds: bars of shares (every qualifier, a projection, a derived
// value), bars with falls, one series over years with a gap and a projection, brands over
// quarters (a missing quarter, "Others") and the same brands in a donut. Figures:
// ev-share-bars, power-change-bars (bars), ev-share-series, brand-series (series), brand-donut.
Report axisReport();

// One tiles figure, many-tiles, of count invented counts ("Group #1" ... with 1000 + 7 * i
// firms): more numbers than a tile grid can show.
Report manyTilesReport(int count);

// The report with one metric's qualifier changed.
Report withQualifier(Report report, const QString &metricId, Qualifier qualifier);

} // namespace Figdeck::Test
