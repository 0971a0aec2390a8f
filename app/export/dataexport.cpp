// SPDX-License-Identifier: GPL-3.0-or-later
// The numbers of a report as CSV or as an XLSX workbook.
#include "dataexport.h"

#include "credit.h"

#include "exportstrings.h"
#include "exportwriter.h"
#include "format.h"
#include "ooxml.h"

#include <QDir>
#include <QFileInfo>

namespace Figdeck {

QString toString(DataFormat f)
{
    switch (f) {
    case DataFormat::Xlsx:
        return QStringLiteral("xlsx");
    case DataFormat::Csv:
        return QStringLiteral("csv");
    }
    return {};
}

QList<DataFormat> allDataFormats()
{
    return {DataFormat::Xlsx, DataFormat::Csv};
}

std::optional<DataFormat> dataFormatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (DataFormat f : allDataFormats()) {
        if (toString(f) == suffix)
            return f;
    }
    return std::nullopt;
}

QStringList dataColumns()
{
    return {Export::tr("Figure"),    Export::tr("Metric"), Export::tr("Label"),
            Export::tr("Value"),     Export::tr("Unit"),   Export::tr("Qualifier"),
            Export::tr("As stated"), Export::tr("Status"), Export::tr("Period"),
            Export::tr("Source"),    Export::tr("Quote")};
}

namespace {

// One number of one figure, as the cells of a row.
QList<Ooxml::Cell> rowFor(const Report &report, const Figure &figure, const Metric &m)
{
    using Ooxml::Cell;
    QString status = originText(m);
    if (m.isProjected())
        status = Export::tr("%1, projected").arg(status);
    return {Cell::str(figure.id),        Cell::str(m.id),
            Cell::str(m.label.text()),   Cell::num(m.value),
            Cell::str(toString(m.unit)), Cell::str(toString(m.qualifier)),
            Cell::str(formatValue(m)),   Cell::str(status),
            Cell::str(m.period.text()),  Cell::str(metricCredit(report, m)),
            Cell::str(m.quote)};
}

QList<const Figure *> selectedFigures(const Report &report, const QStringList &figureIds)
{
    QList<const Figure *> figures;
    for (const Figure &f : report.figures) {
        if (figureIds.isEmpty() || figureIds.contains(f.id))
            figures << &f;
    }
    return figures;
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QList<Ooxml::Cell> headerRow()
{
    QList<Ooxml::Cell> header;
    for (const QString &c : dataColumns())
        header << Ooxml::Cell::str(c, true);
    return header;
}

const QList<double> ColumnWidths{16, 24, 40, 18, 10, 12, 18, 22, 16, 50, 80};

} // namespace

QByteArray renderDataCsv(const Report &report, const QStringList &figureIds)
{
    QString csv;
    const auto line = [&](const QList<Ooxml::Cell> &cells) {
        QStringList fields;
        for (const Ooxml::Cell &c : cells)
            fields << (c.type == Ooxml::Cell::Type::Number
                           ? QString::number(c.number, 'g', QLocale::FloatingPointShortest)
                           : csvField(c.text));
        csv += fields.join(QLatin1Char(',')) + QLatin1String("\r\n");
    };
    line(headerRow());
    for (const Figure *f : selectedFigures(report, figureIds)) {
        for (const Metric *m : report.metricsOf(*f))
            line(rowFor(report, *f, *m));
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + csv.toUtf8();
}

QByteArray renderDataXlsx(const Report &report, const QStringList &figureIds, QString *error)
{
    QList<Ooxml::Sheet> sheets;
    Ooxml::Sheet all;
    all.name = Export::tr("All numbers");
    all.rows << headerRow();
    all.columnWidths = ColumnWidths;
    for (const Figure *f : selectedFigures(report, figureIds)) {
        Ooxml::Sheet sheet;
        sheet.name = f->id;
        sheet.rows << headerRow();
        sheet.columnWidths = ColumnWidths;
        for (const Metric *m : report.metricsOf(*f)) {
            sheet.rows << rowFor(report, *f, *m);
            all.rows << sheet.rows.last();
        }
        sheets << sheet;
    }
    sheets << all;
    return Ooxml::workbook(sheets, error);
}

ExportResult writeData(const Report &report, const QStringList &figureIds, const QString &path)
{
    ExportResult result;
    result.path = path;
    const auto fail = [&](const QString &reason) {
        result.error =
            ExportMessage::tr("Cannot write '%1': %2").arg(QDir::toNativeSeparators(path), reason);
        return result;
    };
    for (const QString &id : figureIds) {
        if (!report.figure(id)) {
            result.error = ExportMessage::tr("Figure id '%1' is unknown.").arg(id);
            return result;
        }
    }
    const auto format = dataFormatForPath(path);
    if (!format)
        return fail(ExportMessage::tr("the file name must end in .xlsx or .csv"));
    QString error;
    const QByteArray bytes = *format == DataFormat::Csv ? renderDataCsv(report, figureIds)
                                                        : renderDataXlsx(report, figureIds, &error);
    if (bytes.isEmpty())
        return fail(error);
    return writeFileAtomically(path, bytes);
}

} // namespace Figdeck
