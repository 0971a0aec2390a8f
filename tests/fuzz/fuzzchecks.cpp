// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzchecks.h"

#include "numberfinder.h"

#include <QList>

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace Figdeck::Fuzz {

void fail(const char *what)
{
    std::fprintf(stderr, "fuzz check failed: %s\n", what);
    std::abort();
}

void checkFoundNumbers(const QString &text)
{
    const QList<FoundNumber> found = findNumbers(text);
    if (found.size() > text.size())
        fail("more numbers than characters");
    QList<qsizetype> lineStarts{0};
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\n')
            lineStarts.append(i + 1);
    }
    for (const FoundNumber &n : found) {
        if (n.line < 1 || n.line > lineStarts.size())
            fail("line outside the text");
        const qsizetype lineStart = lineStarts.at(n.line - 1);
        const qsizetype lineEnd =
            n.line < lineStarts.size() ? lineStarts.at(n.line) - 1 : text.size();
        const qsizetype at = lineStart + n.column - 1;
        if (n.column < 1 || at >= lineEnd)
            fail("column outside its line");
        if (n.quote.isEmpty())
            fail("empty quote");
        if (n.quoteStart < 0 || n.quoteStart >= n.quoteEnd || n.quoteEnd > n.quote.size())
            fail("number's span outside its quote");
        const qsizetype quoteAt = at - n.quoteStart;
        if (quoteAt < 0 || QStringView(text).mid(quoteAt, n.quote.size()) != n.quote)
            fail("quote is not the text at the number's place");
        if (!std::isfinite(n.value))
            fail("value not finite");
        const QString line = foundNumberLine(n);
        if (line.count(u'\t') != 7 || line.contains(u'\n'))
            fail("--numbers line not eight tab-separated fields");
    }
}

} // namespace Figdeck::Fuzz
