// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Rules for text that comes from a report pack, shared by the loader, the model and the views.

#include <QString>

namespace Figdeck {

// True for a character that shows nothing: white space, controls, format characters (zero-width
// space, joiners, word joiner, BOM, bidi marks, soft hyphen, tags) and the blank fillers
// (Hangul fillers, braille blank, combining grapheme joiner, variation selectors).
bool isInvisibleChar(char32_t c);

// True when text shows nothing: empty, or made only of invisible characters. A title of
// zero-width spaces is as blank as an empty one.
bool isBlankText(const QString &text);

// text cut to at most maxChars characters, ending with "…" when cut (never inside a surrogate
// pair). Where a layout or a widget caps what it lays out; the whole text stays in the model.
QString elidedText(const QString &text, qsizetype maxChars);

// True for a Chinese, Japanese or Korean ideograph or CJK/full-width punctuation: text that is
// written without spaces between words (lines join without one, labels are not capitalised).
bool isCjk(QChar c);

} // namespace Figdeck
