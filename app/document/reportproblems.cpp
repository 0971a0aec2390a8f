// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportproblems.h"

namespace Figdeck {

QList<Diagnostic> reportProblems(const Report &report)
{
    // The loader's rules on the writer's text: the paths are the report's own, the positions
    // would be those of a text nobody sees, so they are dropped.
    QList<Diagnostic> problems =
        parseReportPack(serializeReportPack(report), QString()).diagnostics;
    for (Diagnostic &d : problems) {
        d.line = 0;
        d.column = 0;
    }
    return problems;
}

} // namespace Figdeck
