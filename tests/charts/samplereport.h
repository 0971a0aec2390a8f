// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report.h"

// A report built in code with the shape and numbers of the embedded 2026 report: the chart
// tests do not depend on the loader, and can vary one property of a metric at a time.
namespace Figdeck::Test {

Report sampleReport();

} // namespace Figdeck::Test
