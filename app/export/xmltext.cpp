// SPDX-License-Identifier: GPL-3.0-or-later
#include "xmltext.h"

#include <QStringView>

namespace Figdeck {

bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
           (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

QString xmlEscaped(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (ch.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += ch;
            out += text.at(++i);
            continue;
        }
        if (ch.isSurrogate() || !isXmlChar(ch.unicode()))
            continue;
        switch (ch.unicode()) {
        case u'&':
            out += u"&amp;";
            break;
        case u'<':
            out += u"&lt;";
            break;
        case u'>':
            out += u"&gt;";
            break;
        case u'"':
            out += u"&quot;";
            break;
        case u'\'':
            out += u"&apos;";
            break;
        default:
            out += ch;
        }
    }
    return out;
}

QByteArray withoutXmlForbiddenChars(const QByteArray &utf8)
{
    // Bytes below 0x80 never occur inside a multi-byte UTF-8 sequence, and U+FFFE/U+FFFF are
    // always EF BF BE/BF: both can be dropped byte-wise without decoding.
    QByteArray out;
    out.reserve(utf8.size());
    const qsizetype n = utf8.size();
    for (qsizetype i = 0; i < n; ++i) {
        const auto b = static_cast<unsigned char>(utf8.at(i));
        if (b < 0x20 && b != 0x9 && b != 0xA && b != 0xD)
            continue;
        if (b == 0xEF && i + 2 < n && static_cast<unsigned char>(utf8.at(i + 1)) == 0xBF &&
            (static_cast<unsigned char>(utf8.at(i + 2)) & 0xFE) == 0xBE) {
            i += 2;
            continue;
        }
        out += char(b);
    }
    return out;
}

} // namespace Figdeck
