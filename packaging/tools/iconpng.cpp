// SPDX-License-Identifier: GPL-3.0-or-later
// Build tool: renders the app's SVG icon to the PNG sizes of the hicolor theme, so the package's
// PNGs always match the SVG (none committed). iconpng ICON.svg OUTDIR SIZE...
// writes OUTDIR/SIZExSIZE/org.figdeck.Figdeck.png.
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() < 4) {
        err << "usage: iconpng ICON.svg OUTDIR SIZE...\n";
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        err << args.at(1) << ": not a valid SVG\n";
        return 1;
    }
    const QString name = QFileInfo(args.at(1)).completeBaseName() + QStringLiteral(".png");
    for (qsizetype i = 3; i < args.size(); ++i) {
        const int size = args.at(i).toInt();
        if (size <= 0) {
            err << args.at(i) << ": not a size\n";
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter, QRectF(0, 0, size, size));
        painter.end();
        const QString dir = QStringLiteral("%1/%2x%2").arg(args.at(2)).arg(size);
        const QString path = dir + QLatin1Char('/') + name;
        if (!QDir().mkpath(dir) || !image.save(path)) {
            err << path << ": cannot write\n";
            return 1;
        }
    }
    return 0;
}
