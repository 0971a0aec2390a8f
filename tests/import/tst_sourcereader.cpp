// SPDX-License-Identifier: GPL-3.0-or-later
// Sources for the number finder (issue 11): PDF text in reading order, with line-end
// hyphenation undone, running headers and page numbers dropped and table rows kept as rows;
// unreadable, encrypted and image-only PDFs refused with one line.

#include "numberfinder.h"
#include "pdflayout.h"
#include "sourcereader.h"

#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

using namespace Figdeck;

namespace {

// One line of text drawn at a baseline, in points.
struct Drawn
{
    double x;
    double y;
    QString text;
};

// A PDF of A4 pages in points, each page the given lines in 11 pt DejaVu Sans.
QByteArray drawPdf(const QList<QList<Drawn>> &pages, bool imageOnly = false)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(72);
        QPainter p(&writer);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(11);
        p.setFont(font);
        for (qsizetype i = 0; i < pages.size(); ++i) {
            if (i > 0)
                writer.newPage();
            if (imageOnly) {
                QImage scan(200, 100, QImage::Format_RGB32);
                scan.fill(Qt::white);
                QPainter s(&scan);
                s.drawText(10, 50, QStringLiteral("Scanned 42%"));
                s.end();
                p.drawImage(QPointF(72, 100), scan);
                continue;
            }
            for (const Drawn &d : pages.at(i))
                p.drawText(QPointF(d.x, d.y), d.text);
        }
    }
    return bytes;
}

PdfWord word(const QString &text, double x, double y, double w, bool spaceAfter = true,
             double h = 10)
{
    return PdfWord{text, QRectF(x, y, w, h), spaceAfter};
}

} // namespace

class TestSourceReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void popplerLoadsWithTheFirstPdf();
    void layout_data();
    void layout();
    void pdfInReadingOrder();
    void badPdf_data();
    void badPdf();
};

// Poppler and the libraries it pulls in are not part of a start: the reader loads its PDF
// module the first time it reads a PDF. (First in the suite, before any other reads a PDF.)
void TestSourceReader::popplerLoadsWithTheFirstPdf()
{
    const auto popplerMapped = [] {
        QFile maps(QStringLiteral("/proc/self/maps"));
        return maps.open(QIODevice::ReadOnly) && maps.readAll().contains("libpoppler");
    };
    QVERIFY(!popplerMapped());
    const TextSource text = sourceFromBytes("Sales rose 12% in 2024.\n", QStringLiteral("a.txt"));
    QVERIFY(text.ok());
    QVERIFY(!popplerMapped());
    const TextSource pdf = sourceFromBytes(
        drawPdf({{{72, 120, QStringLiteral("Sales rose 12% in 2024.")}}}), QStringLiteral("a.pdf"));
    QVERIFY2(pdf.ok(), qPrintable(pdf.error));
    QCOMPARE(pdf.text, QStringLiteral("Sales rose 12% in 2024.\n"));
    QVERIFY(popplerMapped());
}

void TestSourceReader::layout_data()
{
    QTest::addColumn<QList<PdfPage>>("pages");
    QTest::addColumn<QString>("text");
    const QSizeF a4(595, 842);

    QTest::newRow("wrapped sentence is one line")
        << QList<PdfPage>{{a4,
                           {word(QStringLiteral("Sales"), 72, 100, 30),
                            word(QStringLiteral("rose"), 106, 100, 24),
                            word(QStringLiteral("by"), 72, 113, 12),
                            word(QStringLiteral("5%."), 88, 113, 20)}}}
        << QStringLiteral("Sales rose by 5%.\n");
    QTest::newRow("hyphen at a line end joined")
        << QList<PdfPage>{{a4,
                           {word(QStringLiteral("over"), 72, 100, 24),
                            word(QStringLiteral("enter-"), 100, 100, 34),
                            word(QStringLiteral("prises"), 72, 113, 34)}}}
        << QStringLiteral("over enterprises\n");
    QTest::newRow("hyphen before a capital kept")
        << QList<PdfPage>{{a4,
                           {word(QStringLiteral("Sino-"), 72, 100, 30),
                            word(QStringLiteral("European"), 72, 113, 50)}}}
        << QStringLiteral("Sino- European\n");
    QTest::newRow("paragraph gap breaks")
        << QList<PdfPage>{{a4,
                           {word(QStringLiteral("One."), 72, 100, 24),
                            word(QStringLiteral("Two."), 72, 130, 24)}}}
        << QStringLiteral("One.\nTwo.\n");
    QTest::newRow("larger heading is its own line")
        << QList<PdfPage>{{a4,
                           {word(QStringLiteral("Overview"), 72, 84, 80, true, 16),
                            word(QStringLiteral("Sales"), 72, 102, 30)}}}
        << QStringLiteral("Overview\nSales\n");
    QTest::newRow("wide gaps make a table row")
        << QList<PdfPage>{{a4,
                           {word(QStringLiteral("Vendor"), 72, 100, 40),
                            word(QStringLiteral("Share"), 300, 100, 30),
                            word(QStringLiteral("(%)"), 334, 100, 16),
                            word(QStringLiteral("Acme"), 72, 113, 30),
                            word(QStringLiteral("23"), 300, 113, 12)}}}
        << QStringLiteral("| Vendor | Share (%) |\n| Acme | 23 |\n");
    QTest::newRow("Chinese lines join without a space")
        << QList<PdfPage>{{a4,
                           {word(QStringLiteral("企业数量超过"), 72, 100, 66, false),
                            word(QStringLiteral("6000家。"), 72, 113, 40, false)}}}
        << QStringLiteral("企业数量超过6000家。\n");
    QTest::newRow("words without a space between them")
        << QList<PdfPage>{{a4,
                           {word(QStringLiteral("US$"), 72, 100, 20, false),
                            word(QStringLiteral("5bn"), 92, 100, 20)}}}
        << QStringLiteral("US$5bn\n");
    QTest::newRow("running header, footer and page numbers dropped")
        << QList<PdfPage>{{a4,
                           {word(QStringLiteral("Review"), 72, 30, 40),
                            word(QStringLiteral("Body"), 72, 100, 30),
                            word(QStringLiteral("one."), 106, 100, 24),
                            word(QStringLiteral("1"), 290, 810, 6)}},
                          {a4,
                           {word(QStringLiteral("Review"), 72, 30, 40),
                            word(QStringLiteral("Body"), 72, 100, 30),
                            word(QStringLiteral("two."), 106, 100, 24),
                            word(QStringLiteral("Page"), 270, 810, 24),
                            word(QStringLiteral("2"), 298, 810, 6)}}}
        << QStringLiteral("Body one.\nBody two.\n");
    QTest::newRow("a one-page header is kept")
        << QList<PdfPage>{{a4,
                           {word(QStringLiteral("Review"), 72, 30, 40),
                            word(QStringLiteral("Body."), 72, 100, 30)}}}
        << QStringLiteral("Review\nBody.\n");
    QTest::newRow("sentence goes on over a page break")
        << QList<PdfPage>{{a4, {word(QStringLiteral("more"), 72, 700, 30)}},
                          {a4, {word(QStringLiteral("units."), 72, 100, 30)}}}
        << QStringLiteral("more units.\n");
    QTest::newRow("a finished sentence ends at a page break")
        << QList<PdfPage>{{a4, {word(QStringLiteral("Done."), 72, 700, 30)}},
                          {a4, {word(QStringLiteral("next"), 72, 100, 30)}}}
        << QStringLiteral("Done.\nnext\n");
    QTest::newRow("contents page numbers dropped")
        << QList<PdfPage>{{a4,
                           {word(QStringLiteral("Overview"), 72, 100, 50),
                            word(QStringLiteral("2"), 500, 100, 6),
                            word(QStringLiteral("Markets"), 72, 113, 50),
                            word(QStringLiteral("3"), 500, 113, 6),
                            word(QStringLiteral("Outlook"), 72, 126, 50),
                            word(QStringLiteral("3"), 500, 126, 6)}},
                          {a4, {}},
                          {a4, {}}}
        << QStringLiteral("Overview\nMarkets\nOutlook\n");
    QTest::newRow("a table of falling numbers is no contents")
        << QList<PdfPage>{{a4,
                           {word(QStringLiteral("Acme"), 72, 100, 30),
                            word(QStringLiteral("3"), 500, 100, 6),
                            word(QStringLiteral("Bolt"), 72, 113, 30),
                            word(QStringLiteral("2"), 500, 113, 6),
                            word(QStringLiteral("Crane"), 72, 126, 30),
                            word(QStringLiteral("1"), 500, 126, 6)}},
                          {a4, {}},
                          {a4, {}}}
        << QStringLiteral("| Acme | 3 |\n| Bolt | 2 |\n| Crane | 1 |\n");
    QTest::newRow("no words") << QList<PdfPage>{{a4, {}}} << QString();
}

void TestSourceReader::layout()
{
    QFETCH(QList<PdfPage>, pages);
    QFETCH(QString, text);
    QCOMPARE(pdfPagesToText(pages), text);
}

void TestSourceReader::pdfInReadingOrder()
{
    const QString header = QStringLiteral("Widget Market Review, quarterly edition");
    const QList<QList<Drawn>> pages{
        {{72, 40, header},
         {72, 120,
          QStringLiteral(
              "Global shipments of widgets reached 1.2 billion units in 2024, up from 980 mil-")},
         {72, 134, QStringLiteral("lion units in 2023.")},
         {72, 170,
          QStringLiteral(
              "The share of the top five vendors fell to about 61% in 2024, and exports to")},
         {72, 184, QStringLiteral("Europe accounted for more than one in every five")},
         {280, 815, QStringLiteral("Page 1 of 2")}},
        {{72, 40, header},
         {72, 120, QStringLiteral("units shipped.")},
         {72, 160, QStringLiteral("Vendor")},
         {320, 160, QStringLiteral("Share (%)")},
         {72, 174, QStringLiteral("Acme")},
         {320, 174, QStringLiteral("23")},
         {280, 815, QStringLiteral("Page 2 of 2")}}};
    const TextSource source = sourceFromBytes(drawPdf(pages), QStringLiteral("review.pdf"));
    QVERIFY2(source.ok(), qPrintable(source.error));
    QCOMPARE(source.text,
             QStringLiteral("Global shipments of widgets reached 1.2 billion units in 2024, up "
                            "from 980 million units in 2023.\n"
                            "The share of the top five vendors fell to about 61% in 2024, and "
                            "exports to Europe accounted for more than one in every five units "
                            "shipped.\n"
                            "| Vendor | Share (%) |\n"
                            "| Acme | 23 |\n"));

    // What the finder makes of it: the numbers a reader of the PDF sees, none from the header
    // or the page numbers.
    const QList<FoundNumber> found = findNumbers(source.text);
    QList<double> values;
    for (const FoundNumber &n : found)
        values << n.value;
    QCOMPARE(values, (QList<double>{1.2e9, 980e6, 61, 20, 23}));
    QCOMPARE(toString(found.at(2).qualifier), QStringLiteral("approximate"));
    QCOMPARE(toString(found.at(3).qualifier), QStringLiteral("more-than"));
    QCOMPARE(found.at(3).line, 2);
    QVERIFY(
        found.at(3).quote.endsWith(QStringLiteral("more than one in every five units shipped.")));
    QVERIFY(found.at(4).unit.is(UnitKind::Percent));
}

void TestSourceReader::badPdf_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    QTest::newRow("damaged") << QByteArray("%PDF-1.7\n1 0 obj << /Type /Catalog")
                             << QStringLiteral("x.pdf: not a readable PDF (the file is damaged or "
                                               "incomplete)");
    QFile encrypted(QStringLiteral(FIGDECK_TEST_DATA "/import/encrypted.pdf"));
    QVERIFY(encrypted.open(QIODevice::ReadOnly));
    QTest::newRow("encrypted") << encrypted.readAll()
                               << QStringLiteral("x.pdf: the PDF is encrypted; open it with its "
                                                 "password and save an unprotected copy first");
    QTest::newRow("image only") << drawPdf({{}, {}}, true)
                                << QStringLiteral("x.pdf: the PDF holds no text (scanned pages are "
                                                  "pictures; run OCR on it first)");
    QTest::newRow("empty text file")
        << QByteArray("\n") << QStringLiteral("x.pdf: the text is empty");
}

void TestSourceReader::badPdf()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    const TextSource t = sourceFromBytes(bytes, QStringLiteral("x.pdf"));
    QCOMPARE(t.error, error);
    QVERIFY(t.text.isEmpty());
}

QTEST_MAIN(TestSourceReader)
#include "tst_sourcereader.moc"
