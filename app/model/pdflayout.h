// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A PDF page's words (as a PDF library extracts them, with their boxes) turned into text for the
// number finder: one paragraph per line (a sentence wrapped across lines stays one sentence),
// words hyphenated at a line's end joined again, running headers, footers and page numbers
// dropped, and rows of widely spaced cells written as pipe-table rows. QtCore only: the library
// that reads the PDF (app/import) fills the words.

#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace Figdeck {

struct PdfWord
{
    QString text;
    QRectF box; // in points, y down from the page's top
    bool spaceAfter = true;
};

struct PdfPage
{
    QSizeF size;          // in points
    QList<PdfWord> words; // in the library's reading order
};

QString pdfPagesToText(const QList<PdfPage> &pages);

} // namespace Figdeck
