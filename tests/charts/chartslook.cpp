// SPDX-License-Identifier: GPL-3.0-or-later
// Not a test: saves every figure in every theme at the sizes a presenter uses, so that a person
// can look at them. figdeck_charts_look [--sample] [--describe] [OUTPUT_DIR] (default
// /tmp/charts-look): the embedded report, or with --sample the report the unit tests build, and
// the stress figures. --describe prints their text alternatives instead.

#include "chartkinds.h"
#include "figurechart.h"
#include "reportloader.h"
#include "samplereport.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QTextStream>

using namespace Figdeck;

namespace {

// DIR/<figure>[-bars]-<theme>-<W>x<H>[-hl].png, one per size; highlighted: the last metric.
void save(const Report &report, const Figure &figure, const ChartOptions &options, bool highlight,
          const QList<QSize> &sizes, const QString &dir, QTextStream &out)
{
    auto chart = createFigureChart(report, figure, options);
    if (highlight && !figure.metricIds.isEmpty())
        chart->setHighlightedMarks({figure.metricIds.constLast()});
    for (const QSize &size : sizes) {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::magenta); // shows any pixel the chart leaves unpainted
        QPainter painter(&image);
        chart->paint(painter, QRectF(QPointF(0, 0), size));
        painter.end();
        const QString name =
            QStringLiteral("%1/%2%3-%4-%5x%6%7.png")
                .arg(dir, figure.id, options.sharesAsBars ? QStringLiteral("-bars") : QString(),
                     Theme::name(options.theme.id))
                .arg(size.width())
                .arg(size.height())
                .arg(highlight ? QStringLiteral("-hl") : QString());
        image.save(name);
        out << name << '\n';
    }
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    const bool sample = args.removeAll(QStringLiteral("--sample")) > 0;
    const bool describe = args.removeAll(QStringLiteral("--describe")) > 0;
    const QString dir = args.isEmpty() ? QStringLiteral("/tmp/charts-look") : args.constFirst();
    QTextStream out(stdout);

    // Slides, the reference size, the chart pane of a 1280 x 780 window, a small window.
    const QList<QSize> sizes = {{1280, 720},  {800, 500}, {1600, 1000},
                                {1920, 1080}, {650, 560}, {480, 320}};
    const QList<Report> reports = {sample ? Test::sampleReport() : embeddedReport(),
                                   Test::stressReport(), Test::axisReport()};
    if (!describe)
        QDir().mkpath(dir);
    for (const Report &report : reports) {
        for (const Figure &figure : report.figures) {
            if (describe) {
                out << createFigureChart(report, figure)->accessibleDescription() << "\n\n";
                continue;
            }
            for (ThemeId theme : {ThemeId::Light, ThemeId::Dark, ThemeId::Print}) {
                for (bool bars : {false, true}) {
                    if (bars && figure.kind != ChartKind::Shares)
                        continue;
                    ChartOptions options;
                    options.theme = Theme::get(theme);
                    options.sharesAsBars = bars;
                    save(report, figure, options, false, sizes, dir, out);
                    save(report, figure, options, true, {{800, 500}}, dir, out);
                }
            }
        }
    }
    return 0;
}
