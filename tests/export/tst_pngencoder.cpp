// SPDX-License-Identifier: GPL-3.0-or-later
// The PNG encoder on its own: valid files (pngcheck reads every chunk, CRC and the zlib
// stream), decoded back by Qt to exactly the pixels encoded, at the sizes where row and buffer
// arithmetic break (1x1, odd widths, 8192 wide), with and without alpha, for each row filter.
#include "exporttesthelpers.h"
#include "pngencoder.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace Figdeck;

Q_DECLARE_METATYPE(Figdeck::PngFilter)

namespace {

// Pixels that exercise every byte of every channel: a mix of a flat area (as charts have),
// a gradient and noise from a fixed linear congruential generator.
QImage testImage(const QSize &size, QImage::Format format)
{
    QImage image(size, format);
    quint32 state = 12345;
    for (int y = 0; y < size.height(); ++y) {
        auto *line = reinterpret_cast<quint32 *>(image.scanLine(y));
        for (int x = 0; x < size.width(); ++x) {
            state = state * 1103515245u + 12345u;
            const quint32 noise = state >> 8;
            quint32 argb;
            if (x < size.width() / 3)
                argb = 0xff0072b2; // flat
            else if (x < 2 * size.width() / 3)
                argb = qRgba((x * 7) & 0xff, (y * 3) & 0xff, (x + y) & 0xff, (x * 5 + y) & 0xff);
            else
                argb = noise | (quint32(noise & 0xff) << 24);
            if (format == QImage::Format_RGB32)
                argb |= 0xff000000;
            line[x] = argb;
        }
    }
    image.setDotsPerMeterX(3780);
    image.setDotsPerMeterY(11811);
    return image;
}

quint32 bigEndian(const QByteArray &bytes, qsizetype at)
{
    const auto *b = reinterpret_cast<const uchar *>(bytes.constData()) + at;
    return quint32(b[0]) << 24 | quint32(b[1]) << 16 | quint32(b[2]) << 8 | quint32(b[3]);
}

} // namespace

class TestPngEncoder : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void headerBytes();
    void premultipliedSource();
    void nullImage();
};

void TestPngEncoder::roundTrip_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QImage::Format>("format");
    QTest::addColumn<Figdeck::PngFilter>("filter");
    QTest::addColumn<int>("level");

    const struct
    {
        const char *name;
        QSize size;
    } sizes[] = {{"1x1", {1, 1}},         {"2x1", {2, 1}},         {"1x3", {1, 3}},
                 {"odd", {333, 211}},     {"odd, 7 wide", {7, 5}}, {"1920x1080", {1920, 1080}},
                 {"8192 wide", {8192, 4}}};
    const struct
    {
        const char *name;
        QImage::Format format;
    } formats[] = {{"opaque", QImage::Format_RGB32}, {"alpha", QImage::Format_ARGB32}};
    for (const auto &[sizeName, size] : sizes)
        for (const auto &[formatName, format] : formats)
            QTest::addRow("%s %s", formatName, sizeName)
                << size << format << exportPngEncoding().filter << exportPngEncoding().level;
    QTest::newRow("alpha odd, sub")
        << QSize(333, 211) << QImage::Format_ARGB32 << PngFilter::Sub << 6;
    QTest::newRow("opaque odd, up")
        << QSize(333, 211) << QImage::Format_RGB32 << PngFilter::Up << 1;
    QTest::newRow("alpha 1x1, up") << QSize(1, 1) << QImage::Format_ARGB32 << PngFilter::Up << 12;
    QTest::newRow("opaque 8192 wide, sub")
        << QSize(8192, 3) << QImage::Format_RGB32 << PngFilter::Sub << 9;
}

void TestPngEncoder::roundTrip()
{
    QFETCH(QSize, size);
    QFETCH(QImage::Format, format);
    QFETCH(Figdeck::PngFilter, filter);
    QFETCH(int, level);
    const QImage image = testImage(size, format);
    const QByteArray png = encodePng(image, PngEncoding{filter, level});
    QVERIFY(!png.isEmpty());

    const QImage decoded = QImage::fromData(png, "PNG");
    QCOMPARE(decoded.size(), size);
    QCOMPARE(decoded.format(), format);
    QCOMPARE(decoded.dotsPerMeterX(), 3780);
    QCOMPARE(decoded.dotsPerMeterY(), 11811);
    for (int y = 0; y < size.height(); ++y)
        for (int x = 0; x < size.width(); ++x)
            if (decoded.pixel(x, y) != image.pixel(x, y))
                QFAIL(qPrintable(QStringLiteral("pixel %1,%2: %3, expected %4")
                                     .arg(x)
                                     .arg(y)
                                     .arg(decoded.pixel(x, y), 8, 16)
                                     .arg(image.pixel(x, y), 8, 16)));

    if (!ExportTest::hasTool(QStringLiteral("pngcheck")))
        QSKIP("pngcheck is not installed");
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("image.png")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(png), png.size());
    file.close();
    const ExportTest::ToolRun check =
        ExportTest::run(QStringLiteral("pngcheck"), {QStringLiteral("-v"), file.fileName()});
    QVERIFY2(check.exitCode == 0, check.out.constData());
    QVERIFY2(check.out.contains("No errors detected"), check.out.constData());
}

// The container byte by byte where it is fixed: the signature and IHDR of a 1x1 RGB image (its
// CRC is the one every 1x1 truecolour PNG carries), the pHYs chunk, IEND last.
void TestPngEncoder::headerBytes()
{
    QImage image(1, 1, QImage::Format_RGB32);
    image.fill(QColor(0x12, 0x34, 0x56));
    image.setDotsPerMeterX(3780);
    image.setDotsPerMeterY(3780);
    const QByteArray png = encodePng(image);
    // clang-format off
    QCOMPARE(png.left(33).toHex(),
             QByteArray("89504e470d0a1a0a"             // signature
                        "0000000d49484452"             // 13 bytes of IHDR
                        "00000001000000010802000000"   // 1x1, 8-bit RGB, not interlaced
                        "907753de"));                  // CRC
    QCOMPARE(png.mid(33, 21).toHex(),
             QByteArray("0000000970485973"             // 9 bytes of pHYs
                        "00000ec400000ec401"           // 3780 dots a metre both ways
                        "952b0e1b"));                  // CRC
    // clang-format on
    QCOMPARE(png.right(12).toHex(), QByteArray("0000000049454e44ae426082"));
    QCOMPARE(png.mid(58, 4), QByteArray("IDAT"));
    QCOMPARE(qsizetype(bigEndian(png, 54)) + 12 + 54 + 12, png.size());
}

// Export paints into premultiplied ARGB: the file holds straight alpha, as Qt's own writer does.
void TestPngEncoder::premultipliedSource()
{
    QImage image(3, 1, QImage::Format_ARGB32_Premultiplied);
    image.setPixel(0, 0, qRgba(0x33, 0x11, 0x00, 0x55)); // a third: straight 99 33 00
    image.setPixel(1, 0, qRgba(0, 0, 0, 0));
    image.setPixel(2, 0, qRgba(0xff, 0x80, 0x01, 0xff));
    const QImage decoded = QImage::fromData(encodePng(image), "PNG");
    QCOMPARE(decoded.format(), QImage::Format_ARGB32);
    QCOMPARE(decoded.pixel(0, 0), qRgba(0x99, 0x33, 0x00, 0x55));
    QCOMPARE(qAlpha(decoded.pixel(1, 0)), 0);
    QCOMPARE(decoded.pixel(2, 0), qRgba(0xff, 0x80, 0x01, 0xff));
}

void TestPngEncoder::nullImage()
{
    QVERIFY(encodePng(QImage()).isEmpty());
}

QTEST_GUILESS_MAIN(TestPngEncoder)
#include "tst_pngencoder.moc"
