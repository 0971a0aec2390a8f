// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The translation context of figdeck_export's user-visible strings. Internal.

#include <QCoreApplication>

namespace Figdeck {

// Words written into what shows a report (summaries, decks, data files, figure notes): they come
// in the language of the report's texts (see useReportTextLanguage). Call sites write
// Export::tr("..."), which lupdate files under "Figdeck::Export".
class Export
{
    Q_DECLARE_TR_FUNCTIONS(Figdeck::Export)
};

// Words said to the user about an export (errors, the dialogs' choices and reasons): in the
// interface language.
class ExportMessage
{
    Q_DECLARE_TR_FUNCTIONS(Figdeck::ExportMessage)
};

} // namespace Figdeck
