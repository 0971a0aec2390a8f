// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdflayout.h"

#include "textrules.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <utility>

using namespace Qt::StringLiterals;

namespace Figdeck {

namespace {

// Fractions of the page height where running headers and footers sit.
constexpr double marginFraction = 0.08;
// A gap between two words wider than this many line heights separates table cells.
constexpr double cellGap = 1.6;
// A table cell has fewer words than this; running text has more.
constexpr int maxCellWords = 5;
// Lines closer than this many line heights (top of one to bottom of the other) share a paragraph.
constexpr double paragraphGap = 0.8;
// Lines whose heights differ by more than this fraction are not one paragraph (a heading).
constexpr double heightTolerance = 0.25;

struct Line
{
    QStringList cells; // one cell unless the line is a table row
    QRectF box;
    bool margin = false; // in the page's header or footer band
    bool entry = false;  // a contents entry, its page number dropped: a line of its own

    QString text() const { return cells.join(u' '); }
    bool isRow() const { return cells.size() > 1; }
};

// Typographic ligatures ("ﬁ", "ﬂ") as the letters they join, so "five" reads as five. One pass:
// replacing each in place moved the rest of the word every time (20,000 in a word: 47 ms).
QString unfoldLigatures(const QString &word)
{
    auto isLigature = [](QChar c) { return c.unicode() >= 0xfb00 && c.unicode() <= 0xfb06; };
    if (std::none_of(word.cbegin(), word.cend(), isLigature))
        return word;
    QString out;
    out.reserve(word.size() + word.size() / 2);
    for (const QChar c : word) {
        if (isLigature(c))
            out += QString(c).normalized(QString::NormalizationForm_KC);
        else
            out += c;
    }
    return out;
}

// Lines by the horizontal bands of the page they cross, so that a word is compared only with
// the lines at its height: comparing it with every earlier line of its page was quadratic
// (a page of 20,000 one-word lines: 0.96 s, 10,000: 0.36 s). A line taller than MaxBands bands
// (no real line is) is compared with every word.
class Bands
{
public:
    void add(qsizetype line, const QRectF &box) { insert(line, box, QRectF()); }
    void grow(qsizetype line, const QRectF &before, const QRectF &after)
    {
        insert(line, after, before);
    }
    // Lines that may overlap box vertically, each at least once, in no particular order.
    QList<qsizetype> candidates(const QRectF &box) const
    {
        QList<qsizetype> out = m_tall;
        const auto [first, last] = span(box);
        if (last - first > MaxBands)
            return all();
        for (qint64 b = first; b <= last; ++b)
            out += m_bands.value(b);
        return out;
    }

private:
    static constexpr double BandPoints = 8;
    static constexpr qint64 MaxBands = 256;

    static std::pair<qint64, qint64> span(const QRectF &box)
    {
        // Clamped: a hostile box far off the page must not overflow the band number.
        auto band = [](double y) {
            return std::isnan(y) ? 0 : qint64(std::floor(std::clamp(y, -1e12, 1e12) / BandPoints));
        };
        const QRectF b = box.normalized();
        return {band(b.top()), band(b.bottom())};
    }
    QList<qsizetype> all() const
    {
        QList<qsizetype> out(m_count);
        std::iota(out.begin(), out.end(), 0);
        return out;
    }
    void insert(qsizetype line, const QRectF &box, const QRectF &before)
    {
        m_count = std::max(m_count, line + 1);
        const auto [first, last] = span(box);
        if (last - first > MaxBands) {
            if (!m_tall.contains(line))
                m_tall << line;
            return;
        }
        const auto [oldFirst, oldLast] =
            before.isNull() ? std::pair<qint64, qint64>{1, 0} : span(before);
        for (qint64 b = first; b <= last; ++b) {
            if (b < oldFirst || b > oldLast)
                m_bands[b] << line;
        }
    }

    QHash<qint64, QList<qsizetype>> m_bands;
    QList<qsizetype> m_tall;
    qsizetype m_count = 0;
};

// The words of one page grouped into lines, in reading order.
QList<Line> linesOf(const PdfPage &page)
{
    QList<Line> lines;
    lines.reserve(page.words.size());        // stable addresses for rowWords
    QHash<const PdfWord *, Line *> rowWords; // words merged into an earlier row
    Bands bands;
    auto rowOf = [&](const PdfWord *word) { return rowWords.value(word, &lines.last()); };
    const PdfWord *previous = nullptr;
    for (const PdfWord &w : page.words) {
        const QString text = unfoldLigatures(w.text.trimmed());
        if (text.isEmpty())
            continue;
        bool newLine = previous == nullptr;
        if (!newLine) {
            const QRectF &line = rowOf(previous)->box;
            const double overlap =
                std::min(line.bottom(), w.box.bottom()) - std::max(line.top(), w.box.top());
            const double height = std::min(line.height(), w.box.height());
            newLine = overlap < 0.5 * height || w.box.left() < previous->box.left();
        }
        if (newLine) {
            // A table's columns come as blocks, one after the other ("Vendor Acme", then
            // "Share (%) 23"): a word on the level of an earlier short line, well to its right,
            // is that row's next cell. Lines of running text (more words) are never merged, so
            // two text columns stay apart.
            // The last such line; only lines of the word's bands can overlap it.
            Line *row = nullptr;
            for (const qsizetype i : bands.candidates(w.box)) {
                Line &l = lines[i];
                if (row && &l < row)
                    continue;
                const double overlap =
                    std::min(l.box.bottom(), w.box.bottom()) - std::max(l.box.top(), w.box.top());
                const double height = std::min(l.box.height(), w.box.height());
                if (overlap >= 0.5 * height && w.box.left() - l.box.right() > cellGap * height &&
                    l.text().count(u' ') < maxCellWords)
                    row = &l;
            }
            if (row) {
                row->cells.append(text);
                const QRectF before = row->box;
                row->box = row->box.united(w.box);
                bands.grow(row - lines.data(), before, row->box);
                rowWords.insert(&w, row);
            } else {
                lines.append(Line{{text}, w.box, false});
                bands.add(lines.size() - 1, w.box);
            }
        } else {
            Line &line = *rowOf(previous);
            const double gap = w.box.left() - previous->box.right();
            if (gap > cellGap * line.box.height())
                line.cells.append(text);
            else if (previous->spaceAfter || gap > 0.15 * line.box.height())
                line.cells.last() += u' ' + text;
            else
                line.cells.last() += text;
            const QRectF before = line.box;
            line.box = line.box.united(w.box);
            bands.grow(&line - lines.data(), before, line.box);
            rowWords.insert(&w, &line);
        }
        previous = &w;
    }
    const double height = page.size.height();
    for (Line &l : lines)
        l.margin = height > 0 && (l.box.bottom() < marginFraction * height ||
                                  l.box.top() > (1 - marginFraction) * height);
    return lines;
}

// A header or footer line with its page number taken out, to find it on every page.
QString runningKey(const Line &l)
{
    static const QRegularExpression digits(u"\\d+"_s);
    return l.text().toLower().replace(digits, u"#"_s).simplified();
}

bool isPageNumber(const QString &text)
{
    static const QRegularExpression page(
        u"^(?:(?:page|p\\.)\\s*)?[-\u2013\u2014]?\\s*\\d{1,4}\\s*[-\u2013\u2014]?"
        u"(?:\\s*(?:of|/)\\s*\\d{1,4})?$|^第\\s*\\d{1,4}\\s*页(?:\\s*[,，]?\\s*共\\s*\\d{1,4}\\s*页)?$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return page.match(text.simplified()).hasMatch();
}

bool endsSentence(const QString &s)
{
    static const QString ends = u".!?:;\u3002\uff01\uff1f\uff1b\uff1a"_s;
    return !s.isEmpty() && ends.contains(s.back());
}

// Appends line to paragraph, undoing a hyphenation at the break.
void joinLine(QString *paragraph, const QString &line)
{
    if (paragraph->isEmpty()) {
        *paragraph = line;
        return;
    }
    const QChar first = line.front();
    const QChar last = paragraph->back();
    if (last == QChar(0x00ad)) {
        paragraph->chop(1);
        *paragraph += line;
    } else if (last == u'-' && paragraph->size() >= 2 &&
               paragraph->at(paragraph->size() - 2).isLetter() && first.isLower()) {
        paragraph->chop(1);
        *paragraph += line;
    } else if (isCjk(last) || isCjk(first)) {
        *paragraph += line;
    } else {
        *paragraph += u' ' + line;
    }
}

bool continues(const Line &previous, const Line &line)
{
    const double height = std::max(previous.box.height(), line.box.height());
    const double gap = line.box.top() - previous.box.bottom();
    return gap >= -0.5 * height && gap < paragraphGap * height &&
           std::abs(previous.box.height() - line.box.height()) <= heightTolerance * height;
}

// Contents entries: three or more rows in a row of a title and a page number, the numbers
// rising and within the document. Their page numbers are no numbers of the report.
void dropContentsPageNumbers(QList<Line> *lines, qsizetype pageCount)
{
    static const QRegularExpression pageNumber(u"^\\d{1,4}$"_s);
    auto isEntry = [&](const Line &l) {
        return l.cells.size() == 2 && pageNumber.match(l.cells.last()).hasMatch() &&
               l.cells.last().toInt() <= pageCount;
    };
    for (qsizetype i = 0; i < lines->size();) {
        qsizetype end = i;
        int last = 0;
        while (end < lines->size() && isEntry(lines->at(end)) &&
               lines->at(end).cells.last().toInt() >= last) {
            last = lines->at(end).cells.last().toInt();
            ++end;
        }
        if (end - i >= 3) {
            for (qsizetype k = i; k < end; ++k) {
                (*lines)[k].cells.removeLast();
                (*lines)[k].entry = true;
            }
        }
        i = std::max(end, i + 1);
    }
}

} // namespace

QString pdfPagesToText(const QList<PdfPage> &pages)
{
    QList<QList<Line>> pageLines;
    pageLines.reserve(pages.size());
    QHash<QString, int> runningCount; // margin line -> pages it appears on
    for (const PdfPage &page : pages) {
        pageLines.append(linesOf(page));
        dropContentsPageNumbers(&pageLines.last(), pages.size());
        QSet<QString> seen;
        for (const Line &l : pageLines.last()) {
            if (l.margin)
                seen.insert(runningKey(l));
        }
        for (const QString &key : std::as_const(seen))
            ++runningCount[key];
    }

    QStringList out; // paragraphs and table rows, one per line
    QString paragraph;
    const Line *previous = nullptr; // the last body line of the paragraph being built
    auto flush = [&] {
        if (!paragraph.isEmpty())
            out.append(paragraph);
        paragraph.clear();
        previous = nullptr;
    };
    for (const QList<Line> &lines : std::as_const(pageLines)) {
        bool pageStart = true;
        for (const Line &l : lines) {
            if (l.margin && (isPageNumber(l.text()) || runningCount.value(runningKey(l)) >= 2))
                continue;
            if (l.entry) {
                flush();
                out.append(l.text());
                continue;
            }
            if (l.isRow()) {
                flush();
                out.append(u"| "_s + l.cells.join(u" | "_s) + u" |"_s);
                continue;
            }
            const QString text = l.text();
            bool same = false;
            if (!paragraph.isEmpty()) {
                same = pageStart ? (!endsSentence(paragraph) && text.front().isLower()) ||
                                       paragraph.back() == QChar(0x00ad)
                                 : previous != nullptr && continues(*previous, l);
            }
            if (!same)
                flush();
            joinLine(&paragraph, text);
            previous = &l;
            pageStart = false;
        }
        // A paragraph may go on over the page break; its next line decides.
        previous = nullptr;
    }
    flush();
    return out.isEmpty() ? QString() : out.join(u'\n') + u'\n';
}

} // namespace Figdeck
