// SPDX-License-Identifier: GPL-3.0-or-later
// How hard zlib works on the PDFs Figdeck writes: the level is read back from each compressed
// stream's zlib header (RFC 1950: FLEVEL, the top two bits of its second byte, is 0 for zlib's
// fastest levels 0-1, 1 for 2-5, 2 for the default 6 and 3 for 7-9), never from the code.
#include "deflatelevel.h"
#include "figureexport.h"
#include "reportloader.h"
#include "summarydocument.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <zlib.h>

using namespace Figdeck;

namespace {

// The FLEVEL of every Flate stream in a PDF, in file order.
QList<int> streamLevels(const QByteArray &pdf)
{
    QList<int> levels;
    static const QByteArray filter = QByteArrayLiteral("/FlateDecode");
    for (qsizetype at = pdf.indexOf(filter); at >= 0; at = pdf.indexOf(filter, at + 1)) {
        qsizetype data = pdf.indexOf("stream", at);
        if (data < 0)
            break;
        data += 6;
        if (pdf.mid(data, 2) == "\r\n")
            data += 2;
        else if (pdf.at(data) == '\n')
            data += 1;
        const auto cmf = quint8(pdf.at(data));
        const auto flg = quint8(pdf.at(data + 1));
        if ((cmf & 0x0F) != Z_DEFLATED || (cmf * 256 + flg) % 31 != 0) {
            levels << -1; // not a zlib header
            continue;
        }
        levels << (flg >> 6);
    }
    return levels;
}

// A page of text and a filled shape, written the way every Figdeck PDF is.
QByteArray onePagePdf()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        QPainter painter(&writer);
        for (int line = 0; line < 40; ++line)
            painter.drawText(QPointF(200, 200 + 250 * line),
                             QStringLiteral("Line %1 of a page that zlib compresses").arg(line));
        painter.fillRect(QRect(100, 100, 2000, 1000), Qt::darkCyan);
    }
    return bytes;
}

// The decompressed bytes of every Flate stream in a PDF that is not an image or a font.
qsizetype contentBytes(const QByteArray &pdf)
{
    qsizetype total = 0;
    static const QByteArray filter = QByteArrayLiteral("/FlateDecode");
    for (qsizetype at = pdf.indexOf(filter); at >= 0; at = pdf.indexOf(filter, at + 1)) {
        const qsizetype dict = pdf.lastIndexOf("<<", at);
        const qsizetype data = pdf.indexOf("stream\n", at);
        if (dict < 0 || data < 0)
            break;
        const QByteArray head = pdf.mid(dict, data - dict);
        if (head.contains("/Image") || head.contains("/Length1"))
            continue;
        z_stream stream{};
        if (inflateInit(&stream) != Z_OK)
            return -1;
        QByteArray out(1 << 16, '\0');
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(pdf.constData() + data + 7));
        stream.avail_in = uInt(pdf.size() - data - 7);
        int result = Z_OK;
        while (result == Z_OK) {
            stream.next_out = reinterpret_cast<Bytef *>(out.data());
            stream.avail_out = uInt(out.size());
            result = inflate(&stream, Z_NO_FLUSH);
        }
        total += qsizetype(stream.total_out);
        inflateEnd(&stream);
    }
    return total;
}

// The zlib header a stream started with deflateInit at `level` gets.
int levelOfDeflateInit(int level)
{
    z_stream stream{};
    if (deflateInit(&stream, level) != Z_OK)
        return -2;
    QByteArray in(4096, 'a');
    QByteArray out(8192, '\0');
    stream.next_in = reinterpret_cast<Bytef *>(in.data());
    stream.avail_in = uInt(in.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int result = deflate(&stream, Z_FINISH);
    deflateEnd(&stream);
    if (result != Z_STREAM_END)
        return -2;
    return quint8(out.at(1)) >> 6;
}

bool allAre(const QList<int> &levels, int level)
{
    return !levels.isEmpty() &&
           std::all_of(levels.cbegin(), levels.cend(), [level](int l) { return l == level; });
}

QString describe(const QList<int> &levels)
{
    QStringList list;
    for (int l : levels)
        list << QString::number(l);
    return QStringLiteral("FLEVELs: ") + list.join(u' ');
}

} // namespace

class TestDeflateLevel : public QObject
{
    Q_OBJECT

private slots:
    void pdfStreamsTakeTheScopesLevel_data()
    {
        QTest::addColumn<int>("level");
        QTest::addColumn<int>("flevel");
        QTest::newRow("no scope: zlib's default, 6") << -1 << 2;
        QTest::newRow("1, the fastest") << 1 << 0;
        QTest::newRow("4") << 4 << 1;
        QTest::newRow("9, the smallest") << 9 << 3;
    }
    void pdfStreamsTakeTheScopesLevel()
    {
        QFETCH(int, level);
        QFETCH(int, flevel);
        QByteArray pdf;
        if (level < 0) {
            pdf = onePagePdf();
        } else {
            const DeflateLevel scope(level);
            pdf = onePagePdf();
        }
        const QList<int> levels = streamLevels(pdf);
        QVERIFY2(allAre(levels, flevel), qPrintable(describe(levels)));
    }

    void aCallersOwnLevelIsKept()
    {
        const DeflateLevel scope(1);
        QCOMPARE(levelOfDeflateInit(9), 3);
        QCOMPARE(levelOfDeflateInit(Z_DEFAULT_COMPRESSION), 0);
    }

    void scopesNestAndEnd()
    {
        {
            const DeflateLevel outer(1);
            {
                const DeflateLevel inner(9);
                QCOMPARE(levelOfDeflateInit(Z_DEFAULT_COMPRESSION), 3);
            }
            QCOMPARE(levelOfDeflateInit(Z_DEFAULT_COMPRESSION), 0);
        }
        QCOMPARE(levelOfDeflateInit(Z_DEFAULT_COMPRESSION), 2);
    }

    void otherThreadsKeepZlibsDefault()
    {
        const DeflateLevel scope(1);
        QList<int> levels;
        std::unique_ptr<QThread> thread(
            QThread::create([&levels] { levels = streamLevels(onePagePdf()); }));
        thread->start();
        QVERIFY(thread->wait());
        QVERIFY2(allAre(levels, 2), qPrintable(describe(levels)));
        // And this thread's scope is still there.
        QCOMPARE(levelOfDeflateInit(Z_DEFAULT_COMPRESSION), 0);
    }

    // What users get: the summary and a figure's PDF at level 1 (FLEVEL 0), after which the
    // process is back to zlib's default.
    void figdecksPdfsAreWrittenAtLevelOne()
    {
        QCOMPARE(DeflateLevel::PdfLevel, 1);
        const Report report = embeddedReport();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("summary.pdf"));
        const ExportResult written = writeSummaryPdf(report, SummaryOptions(), path);
        QVERIFY2(written.ok, qPrintable(written.error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<int> summary = streamLevels(file.readAll());
        // A page each and the embedded fonts.
        QVERIFY2(summary.size() > 5, qPrintable(describe(summary)));
        QVERIFY2(allAre(summary, 0), qPrintable(describe(summary)));

        const QList<int> figure = streamLevels(
            renderFigure(report, report.figures.first(), ExportFormat::Pdf, ExportOptions()));
        QVERIFY2(allAre(figure, 0), qPrintable(describe(figure)));

        QCOMPARE(levelOfDeflateInit(Z_DEFAULT_COMPRESSION), 2);
    }

    // Beside the compression, what there is to compress: a textured part of a whole (print's
    // greys come round) is one fill with a tile of its texture, each tile written once, not
    // every line and dot of it. The eight-part summary's three pages held 628 KB of drawing
    // with the dots as curves; a page of text is about 60 KB.
    void texturedPartsAreTilesNotMarks()
    {
        const LoadResult loaded = loadReportPack(
            QStringLiteral(FIGDECK_TEST_DATA "/model/v2/good/eight-species.figdeck.json"));
        QVERIFY(loaded.report);
        const Report &report = *loaded.report;
        QCOMPARE(report.figures.size(), 2);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("summary.pdf"));
        const ExportResult written = writeSummaryPdf(report, SummaryOptions(), path);
        QVERIFY2(written.ok, qPrintable(written.error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        const qsizetype drawing = contentBytes(pdf);
        QVERIFY2(drawing > 0 && drawing < 250 * 1024, qPrintable(QString::number(drawing)));
        // Three textures in two inks at most, each an image and its soft mask.
        const qsizetype images = pdf.count("/Subtype /Image");
        QVERIFY2(images > 0 && images <= 12, qPrintable(QString::number(images)));
    }
};

QTEST_MAIN(TestDeflateLevel)
#include "tst_deflatelevel.moc"
