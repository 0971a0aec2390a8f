// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcereader.h"

#include "pdflayout.h"
#include "pdftext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibrary>

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

// The PDF module's entry point, loaded once, on the first PDF (see pdftext.h). Where it is: next
// to an installed figdeck (bin/../LIBDIR/figdeck), or in the build tree when this program runs
// from the build tree (a test, `make run`); never from a build path an installed program does
// not live in, which another user could have planted a library in.
PdfWordsFunction pdfWordsFunction(QString *error)
{
    static QString loadError;
    static const PdfWordsFunction function = [] {
        QStringList dirs;
        if (QCoreApplication::instance()) {
            const QString appDir = QCoreApplication::applicationDirPath();
            dirs << QDir(appDir).filePath(QStringLiteral("../" FIGDECK_MODULE_SUBDIR));
            const QString buildDir = QStringLiteral(FIGDECK_BUILD_DIR);
            if (appDir == buildDir || appDir.startsWith(buildDir + u'/'))
                dirs << QStringLiteral(FIGDECK_BUILD_MODULE_DIR);
        }
        for (const QString &dir : std::as_const(dirs)) {
            QLibrary library(
                QDir::cleanPath(QDir(dir).filePath(QStringLiteral("libfigdeck_pdftext.so"))));
            if (!library.load()) {
                loadError = library.errorString();
                continue;
            }
            if (const auto f = reinterpret_cast<PdfWordsFunction>(library.resolve(PdfWordsSymbol)))
                return f; // the module stays loaded for the process
            loadError = library.errorString();
        }
        return PdfWordsFunction(nullptr);
    }();
    if (!function && error)
        *error = loadError;
    return function;
}

TextSource pdfSource(const QByteArray &bytes, const QString &name)
{
    QString moduleError;
    const PdfWordsFunction pdfWords = pdfWordsFunction(&moduleError);
    if (!pdfWords)
        return failed(ImportText::tr("%1: cannot read PDFs: Figdeck's PDF module is missing (%2)")
                          .arg(name, moduleError));
    QList<PdfPage> pages;
    switch (PdfTextStatus(pdfWords(bytes, pages))) {
    case PdfTextStatus::Unreadable:
        return failed(
            ImportText::tr("%1: not a readable PDF (the file is damaged or incomplete)").arg(name));
    case PdfTextStatus::Locked:
        return failed(ImportText::tr("%1: the PDF is encrypted; open it with its password and save "
                                     "an unprotected copy first")
                          .arg(name));
    case PdfTextStatus::Ok:
        break;
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
