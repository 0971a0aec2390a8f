// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportloader.h"

namespace Figdeck {

// The problems of a report as it is being edited, each with the path of its field
// ("metrics[2].value", "figures[0].title") and no file position. The one place the editor asks
// the validator: it checks the Report itself, not a file.
QList<Diagnostic> reportProblems(const Report &report);

} // namespace Figdeck
