// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporttesthelpers.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <cmath>

namespace ExportTest {

bool hasTool(const QString &program)
{
    return !QStandardPaths::findExecutable(program).isEmpty();
}

ToolRun run(const QString &program, const QStringList &arguments)
{
    ToolRun result;
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QString pdfInfo(const QString &path, const QString &field, int page)
{
    QStringList arguments;
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                  << QString::number(page);
    arguments << path;
    const ToolRun info = run(QStringLiteral("pdfinfo"), arguments);
    const QStringList lines = QString::fromUtf8(info.out).split(QLatin1Char('\n'));
    const QRegularExpression pattern(QStringLiteral("^(Page\\s+\\d+\\s+)?") +
                                     QRegularExpression::escape(field) +
                                     QStringLiteral(":\\s*(.*)$"));
    for (const QString &line : lines) {
        const QRegularExpressionMatch match = pattern.match(line);
        if (match.hasMatch())
            return match.captured(2).trimmed();
    }
    return {};
}

int pdfPageCount(const QString &path)
{
    bool ok = false;
    const int pages = pdfInfo(path, QStringLiteral("Pages"), 0).toInt(&ok);
    return ok ? pages : -1;
}

QSizeF pdfPageSize(const QString &path, int page)
{
    // "1440 x 810 pts" or "595.276 x 841.89 pts (A4)"
    const QString value = pdfInfo(path, QStringLiteral("size"), page);
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("([\\d.]+) x ([\\d.]+) pts")).match(value);
    if (!match.hasMatch())
        return {};
    return {match.captured(1).toDouble(), match.captured(2).toDouble()};
}

QList<PdfFont> pdfFonts(const QString &path)
{
    // name  type  encoding  emb sub uni object ID, columns as wide as the dashes under them.
    const QStringList lines =
        QString::fromUtf8(run(QStringLiteral("pdffonts"), {path}).out).split(QLatin1Char('\n'));
    QList<PdfFont> fonts;
    if (lines.size() < 2)
        return fonts;
    QList<QPair<int, int>> columns;
    const QString dashes = lines.at(1);
    for (int i = 0; i < dashes.size();) {
        if (dashes.at(i) != QLatin1Char('-')) {
            ++i;
            continue;
        }
        int end = i;
        while (end < dashes.size() && dashes.at(end) == QLatin1Char('-'))
            ++end;
        columns.append({i, end - i});
        i = end;
    }
    if (columns.size() < 4)
        return fonts;
    for (int l = 2; l < lines.size(); ++l) {
        const QString &line = lines.at(l);
        if (line.trimmed().isEmpty())
            continue;
        PdfFont font;
        font.name = line.mid(columns.at(0).first, columns.at(0).second).trimmed();
        font.type = line.mid(columns.at(1).first, columns.at(1).second).trimmed();
        font.embedded =
            line.mid(columns.at(3).first, columns.at(3).second).trimmed() == QLatin1String("yes");
        fonts << font;
    }
    return fonts;
}

int pdfImageCount(const QString &path)
{
    const ToolRun list = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path});
    if (list.exitCode != 0)
        return -1;
    // Two header lines (titles, dashes), then one line per image.
    int count = 0;
    const QStringList lines = QString::fromUtf8(list.out).split(QLatin1Char('\n'));
    for (int i = 2; i < lines.size(); ++i) {
        if (!lines.at(i).trimmed().isEmpty())
            ++count;
    }
    return count;
}

QString simplified(const QString &text)
{
    return text.simplified();
}

QString pdfText(const QString &path, int first, int last)
{
    QStringList arguments;
    if (first > 0)
        arguments << QStringLiteral("-f") << QString::number(first);
    if (last > 0)
        arguments << QStringLiteral("-l") << QString::number(last);
    arguments << QStringLiteral("-enc") << QStringLiteral("UTF-8") << path << QStringLiteral("-");
    return simplified(QString::fromUtf8(run(QStringLiteral("pdftotext"), arguments).out));
}

QString pdfTextAsDrawn(const QString &path)
{
    return simplified(QString::fromUtf8(
        run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-enc"),
                                          QStringLiteral("UTF-8"), path, QStringLiteral("-")})
            .out));
}

QList<PdfWord> pdfWords(const QString &path)
{
    QList<PdfWord> words;
    const ToolRun bbox =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), QStringLiteral("-enc"),
                                          QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    QXmlStreamReader xml(bbox.out);
    int page = 0;
    QSizeF pageSize;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto a = xml.attributes();
        if (xml.name() == QLatin1String("page")) {
            ++page;
            pageSize = QSizeF(a.value(QLatin1String("width")).toDouble(),
                              a.value(QLatin1String("height")).toDouble());
        } else if (xml.name() == QLatin1String("word")) {
            PdfWord word;
            word.box = QRectF(QPointF(a.value(QLatin1String("xMin")).toDouble(),
                                      a.value(QLatin1String("yMin")).toDouble()),
                              QPointF(a.value(QLatin1String("xMax")).toDouble(),
                                      a.value(QLatin1String("yMax")).toDouble()));
            word.page = page;
            word.pageSize = pageSize;
            word.text = xml.readElementText();
            words << word;
        }
    }
    return words;
}

QImage rasterizePdf(const QString &path, const QSize &size)
{
    QTemporaryDir dir;
    const QString prefix = dir.filePath(QStringLiteral("page"));
    const ToolRun ppm =
        run(QStringLiteral("pdftoppm"),
            {QStringLiteral("-png"), QStringLiteral("-singlefile"), QStringLiteral("-scale-to-x"),
             QString::number(size.width()), QStringLiteral("-scale-to-y"),
             QString::number(size.height()), path, prefix});
    if (ppm.exitCode != 0)
        return {};
    return QImage(prefix + QStringLiteral(".png"));
}

double meanDifference(const QImage &a, const QImage &b)
{
    if (a.size() != b.size() || a.isNull())
        return 255;
    const QImage ga = a.convertToFormat(QImage::Format_Grayscale8);
    const QImage gb = b.convertToFormat(QImage::Format_Grayscale8);
    double sum = 0;
    for (int y = 0; y < ga.height(); ++y) {
        const uchar *la = ga.constScanLine(y);
        const uchar *lb = gb.constScanLine(y);
        for (int x = 0; x < ga.width(); ++x)
            sum += std::abs(int(la[x]) - int(lb[x]));
    }
    return sum / (double(ga.width()) * ga.height());
}

double inkShare(const QImage &image)
{
    if (image.isNull())
        return 0;
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    const QRgb background = argb.pixel(0, 0);
    qint64 ink = 0;
    for (int y = 0; y < argb.height(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
        for (int x = 0; x < argb.width(); ++x) {
            const QRgb p = line[x];
            const int d =
                std::abs(qRed(p) - qRed(background)) + std::abs(qGreen(p) - qGreen(background)) +
                std::abs(qBlue(p) - qBlue(background)) + std::abs(qAlpha(p) - qAlpha(background));
            if (d > 48)
                ++ink;
        }
    }
    return double(ink) / (double(argb.width()) * argb.height());
}

} // namespace ExportTest
