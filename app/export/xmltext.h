// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Text from a report pack written into XML (SVG now, deck formats later) is data, never markup.

#include <QByteArray>
#include <QString>

namespace Figdeck {

// True for a character XML 1.0 allows in a document (Char production): tab, LF, CR,
// U+0020..U+D7FF, U+E000..U+FFFD and the supplementary planes.
bool isXmlChar(char32_t c);

// text without the characters XML forbids (lone surrogates included) and with & < > " '
// escaped: safe as element content and as an attribute value.
QString xmlEscaped(const QString &text);

// UTF-8 XML bytes without the characters XML forbids: C0 controls other than tab, LF and CR,
// and U+FFFE/U+FFFF. For writers that escape markup but not those (QSvgGenerator's text).
QByteArray withoutXmlForbiddenChars(const QByteArray &utf8);

} // namespace Figdeck
