// SPDX-License-Identifier: GPL-3.0-or-later
// PNG encoding of the embedded report's figures: QImageWriter (what export used before) against
// encodePng() with each row filter and libdeflate level, CPU time of this thread and bytes. The
// table that chose exportPngEncoding(). Usage: pngencode [WIDTHxHEIGHT] [RUNS] [--chosen]
// (--chosen: QImageWriter and the export's settings only, as `make bench` runs it)
#include "benchclock.h"
#include "figureexport.h"
#include "pngencoder.h"
#include "reportloader.h"

#include <QApplication>
#include <QBuffer>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace Figdeck;
using Figdeck::Bench::cpuMs;

namespace {

// Median CPU time of runs encodings of every image, and the bytes of one pass.
std::pair<double, qint64> measure(const QList<QImage> &images, int runs,
                                  const std::function<QByteArray(const QImage &)> &encode)
{
    QList<double> times;
    qint64 bytes = 0;
    for (int r = 0; r < runs; ++r) {
        bytes = 0;
        const double t0 = cpuMs();
        for (const QImage &image : images)
            bytes += encode(image).size();
        times << cpuMs() - t0;
    }
    return {Bench::median(times), bytes};
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    ExportOptions options;
    if (args.size() > 1) {
        const QStringList wh = args.at(1).split(QLatin1Char('x'));
        options.size = QSize(wh.value(0).toInt(), wh.value(1).toInt());
    }
    const int runs = args.size() > 2 ? args.at(2).toInt() : 3;
    const bool chosenOnly = args.contains(QStringLiteral("--chosen"));

    const Report report = embeddedReport();
    QList<QImage> images;
    for (const Figure &figure : report.figures) {
        QImage image(options.size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            paintFigure(painter, report, figure, options);
        }
        images << image.convertToFormat(QImage::Format_RGB32);
    }

    QTextStream out(stdout);
    out << "PNG encoding of " << images.size() << " figures at " << options.size.width() << "x"
        << options.size.height() << ", CPU ms (median of " << runs << "), bytes, against "
        << "QImageWriter\n";
    const auto [qtMs, qtBytes] = measure(images, runs, [](const QImage &image) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter(&buffer, "png").write(image);
        return bytes;
    });
    out << QStringLiteral("%1 %2 ms %3 bytes\n")
               .arg(QStringLiteral("QImageWriter (adaptive, zlib 6)"), -34)
               .arg(qtMs, 8, 'f', 1)
               .arg(qtBytes, 9);
    const std::pair<const char *, PngFilter> filters[] = {
        {"none", PngFilter::None}, {"sub", PngFilter::Sub}, {"up", PngFilter::Up}};
    const PngEncoding chosen = exportPngEncoding();
    for (const auto &[filterName, filter] : filters) {
        for (int level : {1, 2, 3, 4, 5, 6, 8}) {
            const PngEncoding encoding{filter, level};
            const bool isChosen =
                encoding.filter == chosen.filter && encoding.level == chosen.level;
            if (chosenOnly && !isChosen)
                continue;
            const auto [ms, bytes] = measure(
                images, runs, [&](const QImage &image) { return encodePng(image, encoding); });
            out << QStringLiteral("libdeflate %1 level %2 %3 ms %4 bytes  x%5 faster, %6% size%7\n")
                       .arg(QLatin1String(filterName), -5)
                       .arg(level, 2)
                       .arg(ms, 8, 'f', 1)
                       .arg(bytes, 9)
                       .arg(qtMs / ms, 0, 'f', 2)
                       .arg(100.0 * double(bytes) / double(qtBytes), 0, 'f', 0)
                       .arg(isChosen ? QStringLiteral("  <- export") : QString());
            out.flush();
        }
    }
    return 0;
}
