// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The few Office Open XML pieces the slide deck and the data export share: strict XML text,
// a zip package, and a small SpreadsheetML workbook writer. Internal to figdeck_export.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Figdeck::Ooxml {

// Text for XML content and attribute values alike: & < > " ' escaped, tab, line feed and
// carriage return as character references (kept in attributes), and every character XML 1.0
// forbids (other control characters, lone surrogates, U+FFFE, U+FFFF) dropped. Report packs
// are hostile input: every text written into any part goes through this one function.
QString xmlText(const QString &text);

// An XML part's bytes: the declaration, then body (UTF-8).
QByteArray xmlPart(const QString &body);

// One part of a package, by its name inside the zip ("ppt/slides/slide1.xml").
struct Part
{
    QString name;
    QByteArray bytes;
};

// The parts zipped (deflated, fixed timestamps so equal input gives equal bytes), in order.
// Empty with *error set when zipping failed.
QByteArray zip(const QList<Part> &parts, QString *error);

// A workbook cell: a real number (with a display format), a text, or nothing.
struct Cell
{
    enum class Type { Empty, Number, Text };
    Type type = Type::Empty;
    double number = 0;
    QString text;
    bool bold = false;

    static Cell num(double v)
    {
        Cell c;
        c.type = Type::Number;
        c.number = v;
        return c;
    }
    static Cell str(const QString &s, bool bold = false)
    {
        Cell c;
        c.type = Type::Text;
        c.text = s;
        c.bold = bold;
        return c;
    }
};

struct Sheet
{
    QString name; // made valid and unique by workbook()
    QList<QList<Cell>> rows;
    QList<double> columnWidths; // in characters; missing columns keep the default
};

// "A1"-style reference of a 0-based row and column: cellRef(1, 1) == "B2".
QString cellRef(int row, int column, bool absolute = false);

// A sheet name Excel accepts (at most 31 characters, none of []:*?/\, not blank), unique
// among `taken` (which it is added to).
QString sheetName(const QString &wanted, QStringList &taken);

// The reference of a cell range in formulas: 'Sheet name'!$A$2:$A$4.
QString rangeRef(const QString &sheet, int firstRow, int firstColumn, int lastRow, int lastColumn);

// An .xlsx file (SpreadsheetML): inline strings, numbers as numbers ("#,##0" for integers,
// General otherwise), a bold header row frozen where the first row is bold.
QByteArray workbook(QList<Sheet> sheets, QString *error);

} // namespace Figdeck::Ooxml
