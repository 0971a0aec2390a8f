// SPDX-License-Identifier: GPL-3.0-or-later
// XML text, zip packages (QuaZip) and SpreadsheetML workbooks for the deck and the data export.
#include "ooxml.h"

#include <QBuffer>
#include <QDateTime>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <cmath>

namespace Figdeck::Ooxml {

QString xmlText(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i); // every supplementary character is allowed
            continue;
        }
        if (c.isSurrogate() || u == 0xFFFE || u == 0xFFFF)
            continue;
        switch (u) {
        case u'&':
            out += QLatin1String("&amp;");
            continue;
        case u'<':
            out += QLatin1String("&lt;");
            continue;
        case u'>':
            out += QLatin1String("&gt;");
            continue;
        case u'"':
            out += QLatin1String("&quot;");
            continue;
        case u'\'':
            out += QLatin1String("&apos;");
            continue;
        case u'\t':
            out += QLatin1String("&#9;");
            continue;
        case u'\n':
            out += QLatin1String("&#10;");
            continue;
        case u'\r':
            out += QLatin1String("&#13;");
            continue;
        default:
            break;
        }
        if (u < 0x20)
            continue;
        out += c;
    }
    return out;
}

QByteArray xmlPart(const QString &body)
{
    return QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n") +
           body.toUtf8();
}

QByteArray zip(const QList<Part> &parts, QString *error)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QuaZip archive(&buffer);
    const auto fail = [&](const QString &what) {
        if (error)
            *error = what;
        return QByteArray();
    };
    if (!archive.open(QuaZip::mdCreate))
        return fail(QStringLiteral("zip error %1").arg(archive.getZipError()));
    // A fixed time: the same report gives the same file.
    const QDateTime stamp(QDate(2000, 1, 1), QTime(0, 0));
    for (const Part &part : parts) {
        QuaZipNewInfo info(part.name);
        info.dateTime = stamp;
        QuaZipFile file(&archive);
        if (!file.open(QIODevice::WriteOnly, info, nullptr, 0, Z_DEFLATED, Z_BEST_COMPRESSION))
            return fail(
                QStringLiteral("zip error %1 at %2").arg(file.getZipError()).arg(part.name));
        if (file.write(part.bytes) != part.bytes.size())
            return fail(
                QStringLiteral("zip error %1 at %2").arg(file.getZipError()).arg(part.name));
        file.close();
        if (file.getZipError() != ZIP_OK)
            return fail(
                QStringLiteral("zip error %1 at %2").arg(file.getZipError()).arg(part.name));
    }
    archive.close();
    if (archive.getZipError() != ZIP_OK)
        return fail(QStringLiteral("zip error %1").arg(archive.getZipError()));
    return bytes;
}

namespace {

QString columnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

// The shortest text that reads back as the same double.
QString numberText(double v)
{
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

QString sheetXml(const Sheet &sheet)
{
    QString xml = QStringLiteral(
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">");
    const bool header =
        !sheet.rows.isEmpty() && !sheet.rows.first().isEmpty() && sheet.rows.first().first().bold;
    if (header)
        xml += QStringLiteral("<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" "
                              "topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                              "</sheetView></sheetViews>");
    if (!sheet.columnWidths.isEmpty()) {
        xml += QStringLiteral("<cols>");
        for (int c = 0; c < sheet.columnWidths.size(); ++c)
            xml += QStringLiteral("<col min=\"%1\" max=\"%1\" width=\"%2\" customWidth=\"1\"/>")
                       .arg(c + 1)
                       .arg(sheet.columnWidths.at(c));
        xml += QStringLiteral("</cols>");
    }
    xml += QStringLiteral("<sheetData>");
    for (int r = 0; r < sheet.rows.size(); ++r) {
        xml += QStringLiteral("<row r=\"%1\">").arg(r + 1);
        const QList<Cell> &row = sheet.rows.at(r);
        for (int c = 0; c < row.size(); ++c) {
            const Cell &cell = row.at(c);
            const QString ref = cellRef(r, c);
            switch (cell.type) {
            case Cell::Type::Empty:
                break;
            case Cell::Type::Number: {
                // Style 1: "#,##0" for whole numbers; style 0: General.
                const bool whole = std::isfinite(cell.number) &&
                                   cell.number == std::floor(cell.number) &&
                                   std::fabs(cell.number) < 1e15;
                xml += QStringLiteral("<c r=\"%1\"%2><v>%3</v></c>")
                           .arg(ref, whole ? QStringLiteral(" s=\"1\"") : QString(),
                                numberText(cell.number));
                break;
            }
            case Cell::Type::Text:
                xml += QStringLiteral("<c r=\"%1\" t=\"inlineStr\"%2><is><t "
                                      "xml:space=\"preserve\">%3</t></is></c>")
                           .arg(ref, cell.bold ? QStringLiteral(" s=\"2\"") : QString(),
                                xmlText(cell.text));
                break;
            }
        }
        xml += QStringLiteral("</row>");
    }
    xml += QStringLiteral("</sheetData></worksheet>");
    return xml;
}

const QString StylesXml = QStringLiteral(
    "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
    "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
    "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
    "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
    "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
    "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
    "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>"
    "</cellStyleXfs>"
    "<cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
    "<xf numFmtId=\"3\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
    "applyNumberFormat=\"1\"/>"
    "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
    "</cellXfs>"
    "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
    "</styleSheet>");

} // namespace

QString cellRef(int row, int column, bool absolute)
{
    const QString dollar = absolute ? QStringLiteral("$") : QString();
    return dollar + columnName(column) + dollar + QString::number(row + 1);
}

QString sheetName(const QString &wanted, QStringList &taken)
{
    QString base;
    for (const QChar c : wanted) {
        if (QStringLiteral("[]:*?/\\").contains(c) || c.unicode() < 0x20 || c.isSurrogate())
            base += QLatin1Char('_');
        else
            base += c;
    }
    base = base.trimmed();
    // An apostrophe may not start or end a sheet name.
    while (base.startsWith(QLatin1Char('\'')))
        base.remove(0, 1);
    while (base.endsWith(QLatin1Char('\'')))
        base.chop(1);
    if (base.isEmpty())
        base = QStringLiteral("Sheet");
    base.truncate(31);
    QString name = base;
    for (int n = 2; taken.contains(name, Qt::CaseInsensitive); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        name = base.left(31 - suffix.size()) + suffix;
    }
    taken << name;
    return name;
}

QString rangeRef(const QString &sheet, int firstRow, int firstColumn, int lastRow, int lastColumn)
{
    QString quoted = sheet;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    QString ref =
        QLatin1Char('\'') + quoted + QLatin1String("'!") + cellRef(firstRow, firstColumn, true);
    if (firstRow != lastRow || firstColumn != lastColumn)
        ref += QLatin1Char(':') + cellRef(lastRow, lastColumn, true);
    return ref;
}

QByteArray workbook(QList<Sheet> sheets, QString *error)
{
    QStringList taken;
    for (Sheet &sheet : sheets)
        sheet.name = sheetName(sheet.name, taken);

    QString types = QStringLiteral(
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" "
        "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/xl/workbook.xml\" "
        "ContentType=\"application/"
        "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        "<Override PartName=\"/xl/styles.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
    QString book = QStringLiteral(
        "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        "<sheets>");
    QString bookRels = QStringLiteral(
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
    QList<Part> parts;
    for (int i = 0; i < sheets.size(); ++i) {
        const QString n = QString::number(i + 1);
        types += QStringLiteral("<Override PartName=\"/xl/worksheets/sheet%1.xml\" "
                                "ContentType=\"application/"
                                "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>")
                     .arg(n);
        book += QStringLiteral("<sheet name=\"%1\" sheetId=\"%2\" r:id=\"rId%2\"/>")
                    .arg(xmlText(sheets.at(i).name), n);
        bookRels +=
            QStringLiteral("<Relationship Id=\"rId%1\" Type=\"http://schemas.openxmlformats.org/"
                           "officeDocument/2006/relationships/worksheet\" "
                           "Target=\"worksheets/sheet%1.xml\"/>")
                .arg(n);
        parts << Part{QStringLiteral("xl/worksheets/sheet%1.xml").arg(n),
                      xmlPart(sheetXml(sheets.at(i)))};
    }
    types += QStringLiteral("</Types>");
    book += QStringLiteral("</sheets></workbook>");
    bookRels += QStringLiteral("<Relationship Id=\"rIdStyles\" "
                               "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                               "relationships/styles\" Target=\"styles.xml\"/></Relationships>");
    const QString rootRels = QStringLiteral(
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
        "relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");

    QList<Part> all{{QStringLiteral("[Content_Types].xml"), xmlPart(types)},
                    {QStringLiteral("_rels/.rels"), xmlPart(rootRels)},
                    {QStringLiteral("xl/workbook.xml"), xmlPart(book)},
                    {QStringLiteral("xl/_rels/workbook.xml.rels"), xmlPart(bookRels)},
                    {QStringLiteral("xl/styles.xml"), xmlPart(StylesXml)}};
    all += parts;
    return zip(all, error);
}

} // namespace Figdeck::Ooxml
