// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF module: loaded by the source reader when it first reads a PDF (see pdftext.h).
#include "pdftext.h"

#include <poppler-qt6.h>

#include <memory>
#include <vector>

extern "C" Q_DECL_EXPORT int figdeckPdfWords(const QByteArray &bytes,
                                             QList<Figdeck::PdfPage> &pages)
{
    using Figdeck::PdfTextStatus;
    // Poppler's own complaints about a damaged file go to stderr; the reader says it in a line.
    Poppler::setDebugErrorFunction([](const QString &, const QVariant &) {}, QVariant());
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (!document)
        return int(PdfTextStatus::Unreadable);
    if (document->isLocked())
        return int(PdfTextStatus::Locked);
    const int count = document->numPages();
    pages.reserve(count);
    for (int i = 0; i < count; ++i) {
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        if (!page)
            continue;
        Figdeck::PdfPage p;
        p.size = page->pageSizeF();
        const std::vector<std::unique_ptr<Poppler::TextBox>> boxes = page->textList();
        p.words.reserve(qsizetype(boxes.size()));
        for (const std::unique_ptr<Poppler::TextBox> &box : boxes)
            p.words.append(Figdeck::PdfWord{box->text(), box->boundingBox(), box->hasSpaceAfter()});
        pages.append(std::move(p));
    }
    return int(PdfTextStatus::Ok);
}
