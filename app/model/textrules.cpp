// SPDX-License-Identifier: GPL-3.0-or-later
#include "textrules.h"

#include <QChar>

namespace Figdeck {

bool isInvisibleChar(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
    case QChar::Other_Control:
    case QChar::Other_Format: // U+200B..U+200F, U+2060..U+2064, U+FEFF, U+00AD, U+E0001...
        return true;
    default:
        break;
    }
    return c == 0x034F                        // combining grapheme joiner
           || c == 0x115F || c == 0x1160      // Hangul choseong / jungseong fillers
           || c == 0x3164 || c == 0xFFA0      // Hangul filler, halfwidth Hangul filler
           || c == 0x2800                     // braille pattern blank
           || (c >= 0xFE00 && c <= 0xFE0F)    // variation selectors
           || (c >= 0xE0000 && c <= 0xE007F)  // tags
           || (c >= 0xE0100 && c <= 0xE01EF); // variation selectors supplement
}

bool isBlankText(const QString &text)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        if (!isInvisibleChar(c))
            return false; // stops at the first visible character: no copy of the text
    }
    return true;
}

QString elidedText(const QString &text, qsizetype maxChars)
{
    if (text.size() <= maxChars)
        return text;
    qsizetype keep = qMax<qsizetype>(0, maxChars - 1);
    if (keep > 0 && text.at(keep - 1).isHighSurrogate())
        --keep;
    return text.left(keep) + QChar(0x2026);
}

bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x3000 && u <= 0x303f) || (u >= 0x3400 && u <= 0x9fff) ||
           (u >= 0xff00 && u <= 0xffef);
}

} // namespace Figdeck
