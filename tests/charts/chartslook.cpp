// SPDX-License-Identifier: GPL-3.0-or-later
// Not a test: saves every figure in every theme at the sizes a presenter uses, so that a person
// can look at them. figdeck_charts_look [--sample] [OUTPUT_DIR] (default /tmp/charts-look);
// the embedded report, or with --sample the report the unit tests build, and the stress figures.

#include "figurechart.h"
#include "reportloader.h"
#include "samplereport.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QTextStream>

using namespace Figdeck;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    const bool sample = args.removeAll(QStringLiteral("--sample")) > 0;
    const QString dir = args.isEmpty() ? QStringLiteral("/tmp/charts-look") : args.constFirst();
    QDir().mkpath(dir);
    QTextStream out(stdout);

    const QList<QSize> sizes = {{1280, 720}, {800, 500}, {1920, 1080}, {480, 320}};
    for (const Report &report :
         {sample ? Test::sampleReport() : embeddedReport(), Test::stressReport()}) {
        for (const Figure &figure : report.figures) {
            for (ThemeId theme : {ThemeId::Light, ThemeId::Dark, ThemeId::Print}) {
                for (bool bars : {false, true}) {
                    if (bars && figure.kind != ChartKind::Shares)
                        continue;
                    for (bool highlight : {false, true}) {
                        ChartOptions options;
                        options.theme = Theme::get(theme);
                        options.sharesAsBars = bars;
                        auto chart = createFigureChart(report, figure, options);
                        if (highlight)
                            chart->setHighlightedMarks({figure.metricIds.constLast()});
                        for (const QSize &size : sizes) {
                            if (highlight && size != QSize(800, 500))
                                continue;
                            QImage image(size, QImage::Format_ARGB32_Premultiplied);
                            image.fill(Qt::magenta);
                            QPainter painter(&image);
                            chart->paint(painter, QRectF(QPointF(0, 0), size));
                            painter.end();
                            const QString name =
                                QStringLiteral("%1/%2%3-%4-%5x%6%7.png")
                                    .arg(dir, figure.id, bars ? QStringLiteral("-bars") : QString(),
                                         Theme::name(theme))
                                    .arg(size.width())
                                    .arg(size.height())
                                    .arg(highlight ? QStringLiteral("-hl") : QString());
                            image.save(name);
                            out << name << '\n';
                        }
                    }
                }
            }
        }
    }
    return 0;
}
