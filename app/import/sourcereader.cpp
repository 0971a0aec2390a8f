// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcereader.h"

#include "pdflayout.h"

#include <QCoreApplication>
#include <QFile>

#include <poppler-qt6.h>

using namespace Qt::StringLiterals;

namespace Figdeck {

namespace {

struct ImportText
{
    Q_DECLARE_TR_FUNCTIONS(Figdeck::Import)
};

TextSource failed(const QString &message)
{
    TextSource t;
    t.error = message;
    return t;
}

TextSource pdfSource(const QByteArray &bytes, const QString &name)
{
    // Poppler's own complaints about a damaged file go to stderr; the one line below says it.
    Poppler::setDebugErrorFunction([](const QString &, const QVariant &) {}, QVariant());
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (!document)
        return failed(
            ImportText::tr("%1: not a readable PDF (the file is damaged or incomplete)").arg(name));
    if (document->isLocked())
        return failed(ImportText::tr("%1: the PDF is encrypted; open it with its password and save "
                                     "an unprotected copy first")
                          .arg(name));
    QList<PdfPage> pages;
    const int count = document->numPages();
    pages.reserve(count);
    for (int i = 0; i < count; ++i) {
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        if (!page)
            continue;
        PdfPage p;
        p.size = page->pageSizeF();
        const std::vector<std::unique_ptr<Poppler::TextBox>> boxes = page->textList();
        p.words.reserve(qsizetype(boxes.size()));
        for (const std::unique_ptr<Poppler::TextBox> &box : boxes)
            p.words.append(PdfWord{box->text(), box->boundingBox(), box->hasSpaceAfter()});
        pages.append(std::move(p));
    }
    TextSource t;
    t.text = pdfPagesToText(pages);
    if (t.text.trimmed().isEmpty())
        return failed(ImportText::tr("%1: the PDF holds no text (scanned pages are pictures; run "
                                     "OCR on it first)")
                          .arg(name));
    return t;
}

} // namespace

TextSource sourceFromBytes(const QByteArray &bytes, const QString &name)
{
    if (bytes.startsWith("%PDF"))
        return pdfSource(bytes, name);
    return textFromBytes(bytes, name);
}

TextSource readSource(const QString &path)
{
    QFile f;
    const bool stdinPath = path == u"-"_s;
    const bool opened = stdinPath ? f.open(stdin, QIODevice::ReadOnly)
                                  : (f.setFileName(path), f.open(QIODevice::ReadOnly));
    if (!opened)
        return failed(ImportText::tr("%1: cannot read: %2").arg(path, f.errorString()));
    return sourceFromBytes(f.readAll(), stdinPath ? ImportText::tr("standard input") : path);
}

} // namespace Figdeck
