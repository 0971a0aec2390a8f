// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The tables of a text (issue 11), as the number finder and the drafter read them: runs of lines
// that are rows of one table. A table is written as a Markdown pipe table (HTML tables and the
// tables of a PDF too: the text sources write them as pipe rows), as cells between full-width
// bars ("企业｜交付量｜同比增长", two lines or more), as tab-separated columns, or
// as columns aligned with runs of two or more spaces (pdftotext -layout, plain-text reports).
// Read in one pass over the text's lines; each line's cells are read once. QtCore only.

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace Figdeck {

class TextTables
{
public:
    // A cell of a row: where its text starts and ends in its line, without the spaces around.
    struct Cell
    {
        qsizetype start;
        qsizetype end;
    };

    explicit TextTables(const QString &text);

    qsizetype lineCount() const { return qsizetype(m_lines.size()); }
    // Whether line (0-based) is a row of a table, its header row included.
    bool isRow(qsizetype line) const;
    // The header row of line's table (its first line, when that names columns rather than
    // stating values); -1 when line is no table row or its table has no header.
    qsizetype headerLine(qsizetype line) const;
    // The first line of line's table; -1 when line is no table row.
    qsizetype tableStart(qsizetype line) const;
    // The header's names, one per column: column 0 is the rows' labels ("" when the header
    // leaves that corner empty, as space-aligned tables often do). Empty when there is none.
    QStringList headerNames(qsizetype line) const;
    // The texts of line's cells, in its table's columns (0: the row's label); empty when line is
    // no table row. A column the row leaves empty is "".
    QStringList rowCells(qsizetype line) const;
    // The column of the character at position `at` of line (0: the row's label); -1 when it is
    // in no cell or line is no table row.
    int columnAt(qsizetype line, qsizetype at) const;
    // The heading of the section that line's row is in: a space-aligned table's one-cell line
    // above its rows ("Europe"); empty for none (and for the heading's own line).
    QString sectionOf(qsizetype line) const;
    // Whether the four digits that start at position `at` of line are a value and no year: a
    // cell of them alone after a row's label (not in the header), in a column whose header and
    // a row whose label name no years or dates ("Year", "Founded", "年份").
    bool isYearValue(qsizetype line, qsizetype at) const;

private:
    enum class Kind : char { None, Pipe, FullWidthBars, Tab, Spaces };
    struct Line
    {
        qsizetype start = 0; // in the text
        qsizetype size = 0;
        Kind kind = Kind::None;
        qsizetype table = -1;  // the table's first line, -1 for none
        qsizetype header = -1; // the table's header line, -1 for none
        QList<Cell> cells;
        QList<int> columns;         // per cell, its column (0: the row's label)
        bool section = false;       // a section's heading: one cell, the rows below are its
        qsizetype sectionLine = -1; // the heading of the section the row is in, -1 for none
    };
    QStringView textOf(qsizetype line) const;
    QStringView cellText(qsizetype line, qsizetype cell) const;
    qsizetype valueCells(qsizetype line, bool yearsToo = false) const;
    bool isValueRow(qsizetype line, bool yearsToo = false) const;
    void markTable(qsizetype first, qsizetype last, bool header);
    void readColumns(qsizetype first, qsizetype last);

    QString m_text;
    std::vector<Line> m_lines;
};

} // namespace Figdeck
