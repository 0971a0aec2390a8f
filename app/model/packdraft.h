// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A report pack drafted from a text (figdeck --draft, issue 11): one metric per number the
// number finder reads, with its verbatim sentence; figures proposed from structure (parts of
// about 100 -> shares, one measure at several dates -> a series, one table column over
// categories -> bars, the rest -> tiles); caveats for lower bounds, approximations,
// projections and derived values; and a report caveat that every number needs a check.
// QtCore only. The result is a version-2 Report a user reviews before presenting it.

#include "report.h"

#include <QString>

namespace Figdeck {

// text: the source's text (app/import reads files and PDFs); fileName names the source when
// the text gives no title.
Report draftReport(const QString &text, const QString &fileName);

} // namespace Figdeck
