// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the PDF text layout, pdfPagesToText (build with -DFIGDECK_FUZZ=ON and
// clang, run with `make fuzz`). The input is a text that says where its words lie, so the text
// seeds (tests/data/numbers, quotes, draft) are valid inputs and the fuzzer varies the geometry:
//   '\f' next page, '\n' next line, ' ' next word on the line,
//   '\t' a wide gap before the next word (a table cell),
//   '\v' back to the page's first line, one column block to the right (columns Poppler returns
//        one after the other),
//   '\r' the previous word runs into the next (no space after it),
//   '\x01' '\x02' '\x03' small, body or heading size for the rest of the line.
// Checks: no crash, hang or leak; the text comes out no longer than its words allow (ligatures
// unfold to three letters at most, table rows add their pipes); and the number finder's checks
// hold on the text, as `figdeck --numbers x.pdf` and --draft read it.
#include "fuzzchecks.h"

#include "pdflayout.h"

#include <QByteArray>
#include <QString>

#include <cstdint>

using namespace Figdeck;

namespace {

QList<PdfPage> pagesOf(const QString &input, qsizetype *chars, qsizetype *words)
{
    QList<PdfPage> pages;
    PdfPage page;
    page.size = QSizeF(595, 842);
    double lineHeight = 10;
    double x = 40;
    double left = 40;
    int line = 0;
    double gap = 0;
    QString word;
    auto y = [&] { return 20 + line * 14.0; };
    auto endWord = [&] {
        if (word.isEmpty())
            return;
        const double width = 5.0 * double(word.size());
        page.words.append(PdfWord{word, QRectF(x + gap, y(), width, lineHeight), true});
        x += gap + width + 3;
        gap = 0;
        *chars += word.size();
        ++*words;
        word.clear();
    };
    for (const QChar c : input) {
        switch (c.unicode()) {
        case u'\f':
            endWord();
            pages.append(page);
            page.words.clear();
            line = 0;
            x = left = 40;
            lineHeight = 10;
            break;
        case u'\n':
            endWord();
            ++line;
            x = left;
            lineHeight = 10;
            break;
        case u' ':
            endWord();
            break;
        case u'\t':
            endWord();
            gap += 60;
            break;
        case u'\v':
            endWord();
            line = 0;
            left += 200;
            x = left;
            break;
        case u'\r':
            endWord();
            if (!page.words.isEmpty())
                page.words.last().spaceAfter = false;
            x -= 3;
            break;
        case 1:
        case 2:
        case 3:
            endWord();
            lineHeight = c.unicode() == 1 ? 7 : c.unicode() == 2 ? 10 : 16;
            break;
        default:
            word += c;
        }
    }
    endWord();
    pages.append(page);
    return pages;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    qsizetype chars = 0;
    qsizetype words = 0;
    const QList<PdfPage> pages = pagesOf(input, &chars, &words);
    const QString text = pdfPagesToText(pages);
    if (text.size() > 3 * chars + 4 * words + 1)
        Fuzz::fail("layout text longer than its words allow");
    Fuzz::checkFoundNumbers(text);
    return 0;
}
