// SPDX-License-Identifier: GPL-3.0-or-later
#include "texttables.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Figdeck {

namespace {

// A space-aligned row's cells are short: a sentence with two spaces after its full stops is no
// row of a table.
constexpr qsizetype longestLabel = 80;
constexpr qsizetype longestCell = 40;

// A Chinese text's full-width bar: "企业｜交付量｜增长" is a row of three cells.
constexpr QChar FullWidthBar = u'\uff5c';

bool isSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || u == 0x00A0 || u == 0x202F || u == 0x2009 || u == 0x3000;
}

// How wide a space is: a full-width space (U+3000) aligns as two.
int spaceWidth(QChar c)
{
    return c.unicode() == 0x3000 ? 2 : 1;
}

QList<TextTables::Cell> trimmed(QStringView line, QList<TextTables::Cell> cells)
{
    for (TextTables::Cell &c : cells) {
        while (c.start < c.end && (isSpace(line.at(c.start)) || line.at(c.start) == u'\t'))
            ++c.start;
        while (c.end > c.start && (isSpace(line.at(c.end - 1)) || line.at(c.end - 1) == u'\t'))
            --c.end;
    }
    return cells;
}

// The cells between separators: "| a | b |" gives a and b (not the nothing before the first
// "|", nor after the last), "a<tab>b" a and b; empty cells are kept, so indices are columns.
QList<TextTables::Cell> separatedCells(QStringView line, QChar separator)
{
    QList<TextTables::Cell> cells;
    qsizetype from = 0;
    const bool pipe = separator == u'|' || separator == FullWidthBar;
    if (pipe) {
        while (from < line.size() && isSpace(line.at(from)))
            ++from;
        if (from < line.size() && line.at(from) == separator)
            ++from; // past the leading "|"
        else
            from = 0; // "甲｜乙｜丙": full-width bars only between cells
    }
    for (qsizetype i = from; i <= line.size(); ++i) {
        if (i == line.size() || line.at(i) == separator) {
            cells.append({from, i});
            from = i + 1;
        }
    }
    if (pipe && !cells.isEmpty()) {
        const TextTables::Cell last = cells.constLast();
        bool blank = true;
        for (qsizetype i = last.start; i < last.end && blank; ++i)
            blank = isSpace(line.at(i));
        if (blank)
            cells.removeLast();
    }
    return trimmed(line, cells);
}

// The cells of a line split at runs of two or more spaces; none when the line has fewer than
// two, or a cell too long for a table's.
QList<TextTables::Cell> spaceCells(QStringView line)
{
    QList<TextTables::Cell> cells;
    qsizetype i = 0;
    const qsizetype n = line.size();
    while (i < n && isSpace(line.at(i)))
        ++i;
    qsizetype start = i;
    while (i < n) {
        if (!isSpace(line.at(i))) {
            ++i;
            continue;
        }
        qsizetype j = i;
        int width = 0;
        while (j < n && isSpace(line.at(j)))
            width += spaceWidth(line.at(j++));
        if (width >= 2 || j == n) {
            const qsizetype longest = cells.isEmpty() ? longestLabel : longestCell;
            if (i - start > longest)
                return {};
            cells.append({start, i});
            start = j;
        }
        i = j;
    }
    if (start < n) {
        if (n - start > (cells.isEmpty() ? longestLabel : longestCell))
            return {};
        cells.append({start, n});
    }
    if (cells.size() < 2)
        return {};
    return cells;
}

// A period named in a header: "2023", "2023e", "FY2024", "Q4 2023", "2023-Q4", "2023年", "H1 2024".
bool isPeriodCell(QStringView cell)
{
    if (cell.size() > 12)
        return false;
    qsizetype digits = 0, run = 0;
    int value = 0;
    bool year = false;
    for (qsizetype i = 0; i <= cell.size(); ++i) {
        if (i < cell.size() && cell.at(i).isDigit()) {
            ++digits;
            ++run;
            if (run <= 4) // only a run of four can be a year; a longer one must not overflow
                value = value * 10 + cell.at(i).digitValue();
            continue;
        }
        // A run of four digits from 1900 to 2100 is a year; 1200 or 2240 is a value.
        year = year || (run == 4 && value >= 1900 && value <= 2100);
        run = 0;
        value = 0;
    }
    return year && digits <= 5;
}

// A cell of four digits alone: a year in a header or a label, a value in a row's other cells
// under a header ("Output (TWh)  2023  2011", "| Depots | 1950 | 2040 |").
bool isFourDigits(QStringView cell)
{
    if (cell.size() != 4)
        return false;
    for (QChar c : cell) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

// A cell that states a value: it starts with a digit (after a sign, a currency sign or code, a
// qualifier sign), is short, and is no period. "1,234", "$4.1 bn", "12.5%", "-3", "≈ 5%",
// "RMB 70bn"; not "C57 (million)", "Q4 2023" or "2023" (yearsToo: "2023" is one, "Q4 2023" not).
bool isValueCell(QStringView cell, bool yearsToo = false)
{
    if (cell.isEmpty() || cell.size() > 32 || cell.count(u' ') > 2)
        return false;
    if (isPeriodCell(cell) && !(yearsToo && isFourDigits(cell)))
        return false;
    qsizetype i = 0;
    // A currency code first: "RMB 70bn", "US$4", "HK$ 12".
    qsizetype letters = 0;
    while (letters < cell.size() && letters < 3 && cell.at(letters).isUpper())
        ++letters;
    if (letters > 0 && letters < cell.size() &&
        (cell.at(letters) == u'$' || isSpace(cell.at(letters))))
        i = letters;
    for (int skipped = 0; i < cell.size() && skipped < 4; ++i, ++skipped) {
        const QChar c = cell.at(i);
        if (c.isDigit())
            return true;
        if (c.isLetter())
            return false;
    }
    return false;
}

// A column's header or a row's label that names years or dates: its cells of four digits are
// years ("Year", "Founded", "Opened in", "年份"), not values.
bool namesYears(QStringView name)
{
    static const QRegularExpression years(
        u"\\b(?:years?|founded|established|since|dates?|built|opened|launched|started|"
        u"completed|born|died|when|vintage)\\b|年份|年度|成立|时间|日期|始建|创立"_s,
        QRegularExpression::CaseInsensitiveOption);
    return years.match(name).hasMatch();
}

// A line between a table's rows that names a section and states nothing: "Europe",
// "Segment B:", "华东地区". Short, one cell, with a letter, no sentence's end.
bool isSectionText(QStringView line)
{
    const QStringView t = line.trimmed();
    if (t.isEmpty() || t.size() > longestCell || t.endsWith(u'.') || t.contains(u'|') ||
        t.contains(u'\t') || isValueCell(t))
        return false;
    bool letter = false;
    for (qsizetype i = 0; i < t.size(); ++i) {
        if (i > 0 && isSpace(t.at(i)) && isSpace(t.at(i - 1)))
            return false; // two cells
        letter = letter || t.at(i).isLetter();
    }
    return letter;
}

} // namespace

TextTables::TextTables(const QString &text)
    : m_text(text)
{
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text.at(i) == u'\n') {
            Line l;
            l.start = start;
            l.size = i - start;
            m_lines.push_back(l);
            start = i + 1;
        }
    }
    // Each line's kind and cells.
    for (size_t k = 0; k < m_lines.size(); ++k) {
        Line &l = m_lines[k];
        const QStringView line = textOf(qsizetype(k));
        qsizetype first = 0;
        while (first < line.size() && isSpace(line.at(first)))
            ++first;
        if (first < line.size() && line.at(first) == u'|') {
            l.kind = Kind::Pipe;
            l.cells = separatedCells(line, u'|');
        } else if (line.count(FullWidthBar) >= 1 && first < line.size()) {
            l.kind = Kind::FullWidthBars;
            l.cells = separatedCells(line, FullWidthBar);
        } else if (line.contains(u'\t') && first < line.size()) {
            l.kind = Kind::Tab;
            l.cells = separatedCells(line, u'\t');
        } else {
            l.cells = spaceCells(line);
            l.kind = l.cells.isEmpty() ? Kind::None : Kind::Spaces;
        }
    }
    // A section's name on its own line between two space-aligned rows ("Europe") may be a
    // heading of the table's rows that follow it: read with them, it ends no table.
    for (size_t k = 1; k + 1 < m_lines.size(); ++k) {
        Line &l = m_lines[k];
        if (l.kind != Kind::None || m_lines[k - 1].kind != Kind::Spaces ||
            m_lines[k + 1].kind != Kind::Spaces)
            continue;
        const QStringView line = textOf(qsizetype(k));
        if (!isSectionText(line))
            continue;
        qsizetype from = 0, to = line.size();
        while (isSpace(line.at(from)))
            ++from;
        while (isSpace(line.at(to - 1)))
            --to;
        l.kind = Kind::Spaces;
        l.cells = {{from, to}};
        l.section = true;
    }
    // Runs of pipe or tab lines are tables. In a run of space-aligned lines, a table is a header
    // (a line of names) and the rows of values after it, or two rows of values or more: a row of
    // values has values in at least half of its cells after its label, which double-spaced
    // prose ("The  register  lists  12  entries") has not. Inside a table, a row whose cells
    // are years' digits states values too ("Output (TWh)  2023  2011"); a section's heading is
    // one of its rows when a row follows it.
    for (size_t k = 0; k < m_lines.size();) {
        const Kind kind = m_lines[k].kind;
        size_t end = k + 1;
        while (end < m_lines.size() && m_lines[end].kind == kind)
            ++end;
        if (kind == Kind::FullWidthBars && end - k < 2) {
            // One line with a bar is a title's ("财经｜…"), no table.
            m_lines[k].kind = Kind::None;
            m_lines[k].cells.clear();
        } else if (kind == Kind::Pipe || kind == Kind::Tab || kind == Kind::FullWidthBars) {
            // The first line is the header unless it states values.
            markTable(qsizetype(k), qsizetype(end), valueCells(qsizetype(k)) == 0);
        } else if (kind == Kind::Spaces) {
            auto notRows = [this](size_t from, size_t to) {
                for (size_t n = from; n < to; ++n) {
                    m_lines[n].kind = Kind::None;
                    m_lines[n].cells.clear();
                    m_lines[n].section = false;
                }
            };
            // inTable: a row of years' digits states values.
            auto valueRow = [this](size_t n, bool inTable) {
                return !m_lines[n].section &&
                       (isValueRow(qsizetype(n)) || (inTable && isValueRow(qsizetype(n), true)));
            };
            for (size_t r = k; r < end;) {
                if (m_lines[r].section) {
                    notRows(r, r + 1); // no table's heading: no row above it
                    ++r;
                    continue;
                }
                const size_t next = r + 1 < end && m_lines[r + 1].section ? r + 2 : r + 1;
                // A header of names over rows of years' digits, not itself such a row.
                const bool header = !isValueRow(qsizetype(r)) && valueCells(qsizetype(r)) == 0 &&
                                    next < end &&
                                    (isValueRow(qsizetype(next)) ||
                                     (!isValueRow(qsizetype(r), true) && valueRow(next, true)));
                size_t e = header ? r + 1 : r;
                while (e < end) {
                    if (m_lines[e].section && e > r && e + 1 < end && valueRow(e + 1, true)) {
                        e += 2;
                        continue;
                    }
                    if (!valueRow(e, e > r))
                        break;
                    ++e;
                }
                if (e - r >= 2) {
                    markTable(qsizetype(r), qsizetype(e), header);
                } else {
                    e = std::max(e, r + 1);
                    notRows(r, e);
                }
                r = e;
            }
        }
        k = end;
    }
}

QStringView TextTables::cellText(qsizetype line, qsizetype cell) const
{
    const Cell c = m_lines[size_t(line)].cells.at(cell);
    return textOf(line).mid(c.start, c.end - c.start);
}

// How many of line's cells after its label state values (yearsToo: years' digits as well, when
// the label is no period: a header of years is no row of values).
qsizetype TextTables::valueCells(qsizetype line, bool yearsToo) const
{
    const Line &l = m_lines[size_t(line)];
    if (yearsToo && (l.cells.isEmpty() || isPeriodCell(cellText(line, 0))))
        yearsToo = false;
    qsizetype values = 0;
    for (qsizetype c = 1; c < l.cells.size(); ++c)
        values += isValueCell(cellText(line, c), yearsToo) ? 1 : 0;
    return values;
}

bool TextTables::isValueRow(qsizetype line, bool yearsToo) const
{
    const qsizetype values = valueCells(line, yearsToo);
    return values > 0 && 2 * values >= m_lines[size_t(line)].cells.size() - 1;
}

void TextTables::markTable(qsizetype first, qsizetype last, bool header)
{
    qsizetype section = -1;
    for (qsizetype r = first; r < last; ++r) {
        Line &l = m_lines[size_t(r)];
        l.table = first;
        l.header = header ? first : -1;
        if (l.section)
            section = r;
        l.sectionLine = section;
    }
    readColumns(first, last);
}

QStringView TextTables::textOf(qsizetype line) const
{
    const Line &l = m_lines[size_t(line)];
    return QStringView(m_text).mid(l.start, l.size);
}

// Each cell's column. Pipe and tab rows: its place in the row. Space-aligned rows: the header's
// cell above it (most overlap, else the nearest), after the row's label.
void TextTables::readColumns(qsizetype first, qsizetype last)
{
    Line &head = m_lines[size_t(first)];
    const bool spaces = head.kind == Kind::Spaces;
    const bool header = head.header >= 0;
    if (!spaces || !header) {
        for (qsizetype r = first; r < last; ++r) {
            Line &l = m_lines[size_t(r)];
            l.columns.resize(l.cells.size());
            for (qsizetype c = 0; c < l.cells.size(); ++c)
                l.columns[c] = int(c);
        }
        return;
    }
    // Whether the header leaves the labels' corner empty: its first cell starts right of where
    // the first row's label ends.
    qsizetype firstRowLine = std::min(first + 1, last - 1);
    while (firstRowLine + 1 < last && m_lines[size_t(firstRowLine)].section)
        ++firstRowLine;
    const Line &firstRow = m_lines[size_t(firstRowLine)];
    const bool emptyCorner =
        !firstRow.cells.isEmpty() && head.cells.first().start >= firstRow.cells.first().end;
    const int offset = emptyCorner ? 1 : 0;
    head.columns.resize(head.cells.size());
    for (qsizetype c = 0; c < head.cells.size(); ++c)
        head.columns[c] = int(c) + offset;
    // The header's cells over the values: all of them with an empty corner, else all but the
    // first.
    const QList<Cell> over = head.cells.mid(emptyCorner ? 0 : 1);
    for (qsizetype r = first + 1; r < last; ++r) {
        Line &l = m_lines[size_t(r)];
        l.columns.resize(l.cells.size());
        if (l.cells.isEmpty())
            continue;
        l.columns[0] = 0; // a section's heading is its only cell
        for (qsizetype c = 1; c < l.cells.size(); ++c) {
            const Cell cell = l.cells.at(c);
            // The last header cell that starts before this cell ends, and its neighbours.
            const qsizetype at =
                std::upper_bound(over.cbegin(), over.cend(), cell.end,
                                 [](qsizetype end, const Cell &h) { return end <= h.start; }) -
                over.cbegin() - 1;
            qsizetype best = -1, bestOverlap = 0, bestDistance = 0;
            for (qsizetype h = std::max<qsizetype>(0, at - 1);
                 h <= std::min<qsizetype>(over.size() - 1, at + 1); ++h) {
                const qsizetype overlap =
                    std::min(cell.end, over.at(h).end) - std::max(cell.start, over.at(h).start);
                const qsizetype distance =
                    std::abs((cell.start + cell.end) - (over.at(h).start + over.at(h).end));
                if (best < 0 || overlap > bestOverlap ||
                    (overlap == bestOverlap && overlap <= 0 && distance < bestDistance)) {
                    best = h;
                    bestOverlap = overlap;
                    bestDistance = distance;
                }
            }
            l.columns[c] = best < 0 ? -1 : int(best) + 1;
        }
    }
}

bool TextTables::isRow(qsizetype line) const
{
    return line >= 0 && line < lineCount() && m_lines[size_t(line)].table >= 0;
}

qsizetype TextTables::headerLine(qsizetype line) const
{
    return isRow(line) ? m_lines[size_t(line)].header : -1;
}

qsizetype TextTables::tableStart(qsizetype line) const
{
    return isRow(line) ? m_lines[size_t(line)].table : -1;
}

QStringList TextTables::headerNames(qsizetype line) const
{
    const qsizetype header = headerLine(line);
    return header < 0 ? QStringList() : rowCells(header);
}

QStringList TextTables::rowCells(qsizetype line) const
{
    if (!isRow(line))
        return {};
    const Line &l = m_lines[size_t(line)];
    const QStringView text = textOf(line);
    QStringList cells;
    for (qsizetype c = 0; c < l.cells.size(); ++c) {
        const int column = l.columns.value(c, -1);
        if (column < 0)
            continue;
        while (cells.size() <= column)
            cells.append(QString());
        cells[column] =
            text.mid(l.cells.at(c).start, l.cells.at(c).end - l.cells.at(c).start).toString();
    }
    return cells;
}

QString TextTables::sectionOf(qsizetype line) const
{
    if (!isRow(line))
        return {};
    const qsizetype section = m_lines[size_t(line)].sectionLine;
    return section < 0 || section == line ? QString() : cellText(section, 0).toString();
}

bool TextTables::isYearValue(qsizetype line, qsizetype at) const
{
    if (!isRow(line) || headerLine(line) == line)
        return false;
    const Line &l = m_lines[size_t(line)];
    const auto cell = std::upper_bound(l.cells.cbegin(), l.cells.cend(), at,
                                       [](qsizetype a, const Cell &c) { return a < c.start; });
    if (cell == l.cells.cbegin())
        return false;
    const qsizetype c = cell - l.cells.cbegin() - 1;
    const int column = l.columns.value(c, -1);
    if (column <= 0 || at != l.cells.at(c).start || !isFourDigits(cellText(line, c)) ||
        namesYears(cellText(line, 0)))
        return false;
    const QStringList header = headerNames(line);
    return column >= header.size() || !namesYears(header.at(column));
}

int TextTables::columnAt(qsizetype line, qsizetype at) const
{
    if (!isRow(line))
        return -1;
    const Line &l = m_lines[size_t(line)];
    const auto cell = std::upper_bound(l.cells.cbegin(), l.cells.cend(), at,
                                       [](qsizetype a, const Cell &c) { return a < c.start; });
    if (cell == l.cells.cbegin())
        return -1;
    const qsizetype c = cell - l.cells.cbegin() - 1;
    if (at >= l.cells.at(c).end)
        return -1;
    return l.columns.value(c, -1);
}

} // namespace Figdeck
