// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Figdeck {

// Figdeck's words come from one catalog object, installed once, that answers each string from
// one of two languages:
// - the interface language (menus, dialogs, messages, errors);
// - the report-text language: Figdeck's own words inside what shows a report's texts (number
//   forms, qualifier chips, scale words, legends, "Source:", the summary's and the deck's
//   headings: the contexts Figdeck::Format, Figdeck::Model, Figdeck::Charts and
//   Figdeck::Export), so that an English pack under the Chinese interface reads "6,000+" and
//   "more than 2 million", never "6000+个" or "200万" inside English text, and the reverse.
// The report-text language is the interface's until useReportTextLanguage sets another.

// Uses the catalogs of one interface language in place of the ones used before: Figdeck's own
// (embedded under :/i18n; English holds only plural forms) and Qt's (standard buttons, the
// command-line parser's messages) when the system has them. Qt then sends
// QEvent::LanguageChange to every widget, so a window follows without a restart. Returns
// whether Figdeck's catalog for the language was found.
bool useInterfaceLanguage(const QString &code);

// The report-text language, from the language a report's texts are shown in ("en",
// "zh-Hans"; see reportLanguageFor). Empty, or the interface's own, follows the interface. A
// language Figdeck has no catalog for gets English. Sends no LanguageChange: whoever shows the
// report draws it again.
void useReportTextLanguage(const QString &reportLanguage);

// The interface language code ("en", "zh_CN") the report-text contexts answer in now, for
// Figdeck's own words that a table of forms writes rather than a catalog (a period's name:
// "Q3 2025", "2025年第三季度"). "en" before any language is set.
QString reportTextWordsLanguage();

// While one lives (on its thread), the report-text contexts answer in the interface language
// too: for where the interface offers the format's own words as choices (an editor's closed
// lists: "shares as a ring", "more than"), which are the interface's whatever the report's
// language is. Scopes nest.
class InterfaceWordsScope
{
public:
    InterfaceWordsScope();
    ~InterfaceWordsScope();
    InterfaceWordsScope(const InterfaceWordsScope &) = delete;
    InterfaceWordsScope &operator=(const InterfaceWordsScope &) = delete;
};

} // namespace Figdeck
