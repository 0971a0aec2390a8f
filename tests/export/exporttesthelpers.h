// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reading exported files back with poppler-utils and Qt, for the export tests.

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace ExportTest {

// True when program is on PATH (tests QSKIP without it).
bool hasTool(const QString &program);

struct ToolRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
ToolRun run(const QString &program, const QStringList &arguments);

// A field of pdfinfo ("Title", "Creator"), of the document or of page `page`.
QString pdfInfo(const QString &path, const QString &field, int page = 0);
int pdfPageCount(const QString &path);
QSizeF pdfPageSize(const QString &path, int page = 1); // points

struct PdfFont
{
    QString name;
    QString type;
    bool embedded = false;
};
QList<PdfFont> pdfFonts(const QString &path);
int pdfImageCount(const QString &path);

// pdftotext of pages [first, last] (0: all), whitespace collapsed to single spaces.
QString pdfText(const QString &path, int first = 0, int last = 0);
// The same in the order the text was drawn (pdftotext -raw): a wrapped label's lines stay
// together even beside other text, where reading order would interleave them.
QString pdfTextAsDrawn(const QString &path);

struct PdfWord
{
    QString text;
    QRectF box;   // points
    int page = 0; // 1-based
    QSizeF pageSize;
};
QList<PdfWord> pdfWords(const QString &path);

// The page rasterized by pdftoppm to exactly size pixels.
QImage rasterizePdf(const QString &path, const QSize &size);

// Whitespace collapsed to single spaces, trimmed.
QString simplified(const QString &text);

// Mean absolute difference of two same-sized images, over the grey values (0..255).
double meanDifference(const QImage &a, const QImage &b);

// Share of the pixels that differ clearly from the colour of the top-left pixel.
double inkShare(const QImage &image);

} // namespace ExportTest
