// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Figdeck {

// Installs the catalogs of one interface language in place of the ones installed before:
// Figdeck's own (embedded under :/i18n; English holds only plural forms) and Qt's (standard
// buttons, the command-line parser's messages) when the system has them. Qt then sends
// QEvent::LanguageChange to every widget, so a window follows without a restart. Returns
// whether Figdeck's catalog for the language was found.
bool useInterfaceLanguage(const QString &code);

} // namespace Figdeck
