// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figureexport.h"
#include "report.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The report's numbers for spreadsheets: every number a real number, with its unit,
// qualifier, status, period, source and quote in their own columns.
namespace Figdeck {

enum class DataFormat { Xlsx, Csv };
QString toString(DataFormat f); // "xlsx", "csv"
QList<DataFormat> allDataFormats();
// The format a path's suffix names (case-insensitive), or nullopt.
std::optional<DataFormat> dataFormatForPath(const QString &path);

// The column headings, in order (the CSV's first row, every sheet's first row).
QStringList dataColumns();

// CSV (RFC 4180: CRLF line ends, fields quoted where they hold a comma, quote or line break;
// UTF-8 with a byte-order mark, which spreadsheet programs need to read it as UTF-8): one row
// per number of each figure (figureIds; empty: every figure).
QByteArray renderDataCsv(const Report &report, const QStringList &figureIds);

// XLSX: one sheet per figure, then one with every number and its figure.
QByteArray renderDataXlsx(const Report &report, const QStringList &figureIds,
                          QString *error = nullptr);

// Writes the data in the format the path's suffix names, atomically (QSaveFile).
ExportResult writeData(const Report &report, const QStringList &figureIds, const QString &path);

} // namespace Figdeck
