// SPDX-License-Identifier: GPL-3.0-or-later
// PNG encoding of the embedded report's figures: QImageWriter (what export used before) against
// libpng with each row filter and zlib level, CPU time of this thread and bytes. The table that
// chose exportPngEncoding(). Usage: pngencode [WIDTHxHEIGHT] [RUNS] [--chosen]
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

#include <png.h>
#include <zlib.h>

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
    const std::pair<const char *, int> filters[] = {{"none", PNG_FILTER_NONE},
                                                    {"sub", PNG_FILTER_SUB},
                                                    {"up", PNG_FILTER_UP},
                                                    {"paeth", PNG_FILTER_PAETH},
                                                    {"adaptive", PNG_ALL_FILTERS}};
    const std::pair<const char *, int> strategies[] = {{"default", Z_DEFAULT_STRATEGY},
                                                       {"rle", Z_RLE}};
    const PngEncoding chosen =
        exportPngEncoding(qint64(options.size.width()) * options.size.height());
    for (const auto &[strategyName, strategy] : strategies) {
        for (const auto &[filterName, filter] : filters) {
            for (int level : {1, 2, 3, 4, 6, 9}) {
                if (strategy == Z_RLE && level != 1)
                    continue; // run-length matching: the level changes nothing
                const PngEncoding encoding{filter, level, strategy};
                if (chosenOnly &&
                    (encoding.filters != chosen.filters || encoding.zlibLevel != chosen.zlibLevel ||
                     encoding.zlibStrategy != chosen.zlibStrategy))
                    continue;
                const auto [ms, bytes] = measure(
                    images, runs, [&](const QImage &image) { return encodePng(image, encoding); });
                const bool isChosen = encoding.filters == chosen.filters &&
                                      encoding.zlibLevel == chosen.zlibLevel &&
                                      encoding.zlibStrategy == chosen.zlibStrategy;

                out << QStringLiteral("libpng %1 %2 zlib %3 %4 ms %5 bytes  x%6 faster, %7% "
                                      "size%8\n")
                           .arg(QLatin1String(filterName), -8)
                           .arg(QLatin1String(strategyName), -7)
                           .arg(level)
                           .arg(ms, 8, 'f', 1)
                           .arg(bytes, 9)
                           .arg(qtMs / ms, 0, 'f', 2)
                           .arg(100.0 * double(bytes) / double(qtBytes), 0, 'f', 0)
                           .arg(isChosen ? QStringLiteral("  <- export") : QString());
                out.flush();
            }
        }
    }
    return 0;
}
