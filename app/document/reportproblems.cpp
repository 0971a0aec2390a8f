// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportproblems.h"

#include "validate.h"

namespace Figdeck {

QList<Diagnostic> reportProblems(const Report &report)
{
    // The validator on the Report itself: no file, so no positions, only the fields' paths.
    const QList<Problem> problems = validateReport(report);
    QList<Diagnostic> result;
    result.reserve(problems.size());
    for (const Problem &p : problems) {
        Diagnostic d;
        d.severity = p.severity == Problem::Severity::Error ? Diagnostic::Severity::Error
                                                            : Diagnostic::Severity::Warning;
        d.path = p.path;
        d.message = p.message;
        result << d;
    }
    return result;
}

} // namespace Figdeck
