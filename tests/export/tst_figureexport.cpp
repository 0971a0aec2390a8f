// SPDX-License-Identifier: GPL-3.0-or-later
// Exported figures as a slide tool and a reader see them: sizes, metadata, fonts, text,
// layout across formats, and atomic writes.
#include "exporttesthelpers.h"
#include "figureexport.h"
#include "format.h"
#include "pngencoder.h"
#include "reportloader.h"
#include "textrecorder.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#include <unistd.h>
#endif

using namespace Figdeck;

namespace {

QString figureTitleLine(const Figure &figure)
{
    return figure.title.text();
}

// The SVG as a reader of the file sees it.
struct SvgFacts
{
    QString error;
    QString viewBox;
    QString width;
    QString height;
    QString title;
    QString description;
    QStringList texts;
    QStringList fontFamilies;
    QList<QPair<QString, qreal>> textSizes; // text, font-size (user units)
};

SvgFacts readSvg(const QByteArray &svg)
{
    SvgFacts facts;
    QXmlStreamReader xml(svg);
    QList<QXmlStreamAttributes> stack;
    const auto inherited = [&](const QString &name) {
        for (auto it = stack.crbegin(); it != stack.crend(); ++it) {
            if (it->hasAttribute(name))
                return it->value(name).toString();
        }
        return QString();
    };
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            stack.removeLast();
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        stack << xml.attributes();
        const auto a = xml.attributes();
        if (xml.name() == QLatin1String("svg")) {
            facts.viewBox = a.value(QLatin1String("viewBox")).toString();
            facts.width = a.value(QLatin1String("width")).toString();
            facts.height = a.value(QLatin1String("height")).toString();
        } else if (xml.name() == QLatin1String("title") && facts.title.isEmpty()) {
            facts.title = xml.readElementText();
            stack.removeLast();
        } else if (xml.name() == QLatin1String("desc") && facts.description.isEmpty()) {
            facts.description = xml.readElementText();
            stack.removeLast();
        } else if (xml.name() == QLatin1String("text")) {
            const QString family = inherited(QStringLiteral("font-family"));
            const qreal size = inherited(QStringLiteral("font-size")).toDouble();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            stack.removeLast();
            facts.texts << text;
            facts.fontFamilies << family;
            facts.textSizes.append({text, size});
        }
    }
    if (xml.hasError())
        facts.error = xml.errorString();
    return facts;
}

QString unquoted(QString family)
{
    family = family.trimmed();
    if (family.startsWith(QLatin1Char('\'')) || family.startsWith(QLatin1Char('"')))
        family = family.mid(1, family.size() - 2);
    return family;
}

} // namespace

class TestFigureExport : public QObject
{
    Q_OBJECT

private:
    Report m_report;
    QTemporaryDir m_dir;

    ExportOptions options(ExportLayout layout, QSize size = {1280, 720}) const
    {
        ExportOptions o;
        o.layout = layout;
        o.size = size;
        return o;
    }
    QString write(const Figure &figure, ExportFormat format, const ExportOptions &o,
                  const QString &name)
    {
        const QString path = m_dir.filePath(name);
        const ExportResult result = exportFigure(m_report, figure, format, o, path);
        if (!result.ok)
            qWarning("%s", qPrintable(result.error));
        return result.ok ? path : QString();
    }
    void figuresByLayouts();
    // The report of a test pack (a path under the test data), or the embedded one (empty);
    // an empty report when the pack does not load.
    Report packReport(const QString &pack) const
    {
        if (pack.isEmpty())
            return m_report;
        const LoadResult loaded = loadReportPack(QStringLiteral(FIGDECK_TEST_DATA) + pack);
        return loaded.ok() ? *loaded.report : Report();
    }
    // Rows pack, figureId, layout, size: every figure of each test pack (named as in
    // tests/data/model/v2/good; empty: the embedded report) at each size, in every layout.
    void figureRows(const QStringList &packs, const QList<QSize> &sizes) const;
    // The runs of text the export routine (behind PNG, PDF and SVG) draws for a figure of
    // pack, blank ones left out; none when the figure is not in the pack.
    QList<Test::TextRecorder::Item> drawnFigureText(const QString &pack, const QString &figureId,
                                                    ExportLayout layout, const QSize &size) const;

private Q_SLOTS:
    void initTestCase();

    void names();
    void optionErrors();

    void png_data();
    void png();
    void transparentBackground();
    void pngSamePixelsAsQt_data();
    void pngSamePixelsAsQt();

    void pdf_data() { figuresByLayouts(); }
    void pdf();
    void pdfTextInProportion();

    void extremeAspects_data();
    void extremeAspects();

    void chartTextAsLargeAsNotes_data();
    void chartTextAsLargeAsNotes();
    void smallFiguresKeepTheTextFloor_data();
    void smallFiguresKeepTheTextFloor();
    void smallestFiguresDrawNoTextOverText_data();
    void smallestFiguresDrawNoTextOverText();

    void svg_data() { figuresByLayouts(); }
    void svg();

    void sameLayoutAcrossFormats_data() { figuresByLayouts(); }
    void sameLayoutAcrossFormats();

    void missingFolder();
    void parentIsAFile();
    void readOnlyFolder();
    void failedWriteKeepsExistingFile();
    void failedRenderKeepsExistingFile();
    void batchWritesEveryFile();
    void batchCancelLeavesNoPartialFile();
    void batchStopsAtUnknownFigure();
    void batchDeterministic();
    void credits_data();
    void credits();
};

void TestFigureExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_report = embeddedReport();
    QVERIFY(m_report.figures.size() >= 4);
}

void TestFigureExport::figuresByLayouts()
{
    QTest::addColumn<QString>("figureId");
    QTest::addColumn<ExportLayout>("layout");
    for (const Figure &figure : m_report.figures) {
        for (ExportLayout layout : allExportLayouts()) {
            QTest::addRow("%s-%s", qPrintable(figure.id), qPrintable(toString(layout)))
                << figure.id << layout;
        }
    }
}

void TestFigureExport::names()
{
    for (ExportFormat f : allExportFormats()) {
        QVERIFY(exportFormatFromString(toString(f)) == f);
        QVERIFY(exportFormatFromString(toString(f).toUpper()) == f);
    }
    for (ExportLayout l : allExportLayouts())
        QVERIFY(exportLayoutFromString(toString(l)) == l);
    QCOMPARE(toString(ExportFormat::Png), QStringLiteral("png"));
    QCOMPARE(toString(ExportLayout::ChartOnly), QStringLiteral("chart"));
    QVERIFY(!exportFormatFromString(QStringLiteral("jpeg")));
    QVERIFY(!exportLayoutFromString(QStringLiteral("poster")));
    QCOMPARE(mimeType(ExportFormat::Svg), QStringLiteral("image/svg+xml"));
    // A note carries the sign its marks carry, as caveatSign() gives it (no brackets added).
    const Figure &headline = *m_report.figure(QStringLiteral("headline"));
    QVERIFY(headline.caveats.size() >= 4);
    QCOMPARE(caveatNote(headline, 0), QStringLiteral("† ") + headline.caveats.at(0).text.text());
    QCOMPARE(caveatNote(headline, 3), QStringLiteral("‖ ") + headline.caveats.at(3).text.text());
    QCOMPARE(exportFileName(QStringLiteral("headline"), ExportFormat::Pdf),
             QStringLiteral("headline.pdf"));
    QCOMPARE(sourceLine(m_report),
             QStringLiteral("Source: %1, as summarised by %2 (%3)")
                 .arg(m_report.title.text(), m_report.primarySource().publisher.text(),
                      m_report.primarySource().url));
}

void TestFigureExport::optionErrors()
{
    ExportOptions o;
    QVERIFY(exportOptionsError(o).isEmpty());
    o.size = QSize(0, 0);
    QVERIFY(exportOptionsError(o).contains(QStringLiteral("0x0")));
    o.size = QSize(1600, 500);
    QVERIFY(exportOptionsError(o).contains(QStringLiteral("3:1")));
    o.size = QSize(500, 1500);
    QVERIFY(exportOptionsError(o).isEmpty());
    o = {};
    o.scale = 0;
    QVERIFY(!exportOptionsError(o).isEmpty());
    o = {};
    o.scale = 100;
    QVERIFY(!exportOptionsError(o).isEmpty());
    o = {};
    o.dpi = 0;
    QVERIFY(!exportOptionsError(o).isEmpty());
    QVERIFY(renderFigure(m_report, m_report.figures.first(), ExportFormat::Png, o).isEmpty());
}

void TestFigureExport::png_data()
{
    QTest::addColumn<QString>("figureId");
    QTest::addColumn<ExportLayout>("layout");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<qreal>("scale");
    QTest::addColumn<int>("dpi");
    QTest::addColumn<ThemeId>("theme");
    // Every figure in every layout, cycling through the dialog's presets, scales and themes.
    const QList<QSize> sizes = {{1280, 720}, {1920, 1080}, {1600, 1200}, {1080, 1080}};
    const QList<qreal> scales = {1, 2, 1.5, 1};
    const QList<int> dpis = {96, 300, 144, 72};
    const QList<ThemeId> themes = {ThemeId::Light, ThemeId::Dark, ThemeId::Print};
    int i = 0;
    for (const Figure &figure : m_report.figures) {
        for (ExportLayout layout : allExportLayouts()) {
            const QSize size = sizes.at(i % sizes.size());
            const qreal scale = size.width() >= 1600 ? 1 : scales.at(i % scales.size());
            QTest::addRow("%s-%s-%dx%d@%g", qPrintable(figure.id), qPrintable(toString(layout)),
                          size.width(), size.height(), scale)
                << figure.id << layout << size << scale << dpis.at(i % dpis.size())
                << themes.at(i % themes.size());
            ++i;
        }
    }
}

void TestFigureExport::png()
{
    QFETCH(QString, figureId);
    QFETCH(ExportLayout, layout);
    QFETCH(QSize, size);
    QFETCH(qreal, scale);
    QFETCH(int, dpi);
    QFETCH(ThemeId, theme);
    ExportOptions o = options(layout, size);
    o.scale = scale;
    o.dpi = dpi;
    o.theme = theme;
    const QString path = write(*m_report.figure(figureId), ExportFormat::Png, o,
                               QStringLiteral("%1-%2.png").arg(figureId, toString(layout)));
    QVERIFY(!path.isEmpty());
    QImage image(path);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(qRound(size.width() * scale), qRound(size.height() * scale)));
    QCOMPARE(image.dotsPerMeterX(), qRound(dpi / 0.0254));
    QCOMPARE(image.dotsPerMeterY(), qRound(dpi / 0.0254));
    const QColor background = Theme::get(theme).background;
    QCOMPARE(image.pixelColor(0, 0).rgb(), background.rgb());
    // A chart and, in the framed layouts, text: a good part of the figure is not background.
    QVERIFY2(ExportTest::inkShare(image) > 0.02, qPrintable(path));
}

void TestFigureExport::transparentBackground()
{
    ExportOptions o = options(ExportLayout::Slide);
    o.transparent = true;
    const QImage image = QImage::fromData(
        renderFigure(m_report, m_report.figures.first(), ExportFormat::Png, o), "png");
    QVERIFY(image.hasAlphaChannel());
    QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
    QCOMPARE(qAlpha(image.pixel(image.width() - 1, image.height() - 1)), 0);
    QVERIFY(ExportTest::inkShare(image) > 0.02);

    // The same figure opaque differs exactly in having a background.
    o.transparent = false;
    const QImage opaque = QImage::fromData(
        renderFigure(m_report, m_report.figures.first(), ExportFormat::Png, o), "png");
    QCOMPARE(qAlpha(opaque.pixel(0, 0)), 255);

    // The SVG too: rendered over nothing, its corners stay clear; opaque, they do not.
    const auto svgCorner = [&](bool transparent) {
        o.transparent = transparent;
        QSvgRenderer renderer(
            renderFigure(m_report, m_report.figures.first(), ExportFormat::Svg, o));
        QImage raster(QSize(320, 180), QImage::Format_ARGB32_Premultiplied);
        raster.fill(Qt::transparent);
        QPainter painter(&raster);
        renderer.render(&painter);
        painter.end();
        return qAlpha(raster.pixel(1, 1));
    };
    QCOMPARE(svgCorner(true), 0);
    QCOMPARE(svgCorner(false), 255);
}

void TestFigureExport::pngSamePixelsAsQt_data()
{
    QTest::addColumn<bool>("transparent");
    QTest::addColumn<QSize>("size");
    QTest::newRow("opaque") << false << QSize(1280, 720);
    QTest::newRow("transparent") << true << QSize(1280, 720);
    QTest::newRow("odd size") << false << QSize(333, 211);
}

// Our own encoder: the same pixels and resolution as QImage::save, whatever the filter.
void TestFigureExport::pngSamePixelsAsQt()
{
    QFETCH(bool, transparent);
    QFETCH(QSize, size);
    for (const Figure &figure : m_report.figures) {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            ExportOptions o = options(ExportLayout::Slide, size);
            o.transparent = transparent;
            paintFigure(painter, m_report, figure, o);
        }
        if (!transparent)
            image = image.convertToFormat(QImage::Format_RGB32);
        image.setDotsPerMeterX(5906);
        image.setDotsPerMeterY(3937);
        QByteArray qtBytes;
        QBuffer buffer(&qtBytes);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(image.save(&buffer, "PNG"));
        const QImage expected = QImage::fromData(qtBytes, "PNG");
        for (const PngEncoding &encoding :
             {exportPngEncoding(), PngEncoding{PngFilter::Sub, 1}, PngEncoding{PngFilter::Up, 9}}) {
            const QImage decoded = QImage::fromData(encodePng(image, encoding), "PNG");
            QCOMPARE(decoded.format(), expected.format());
            QCOMPARE(decoded.dotsPerMeterX(), 5906);
            QCOMPARE(decoded.dotsPerMeterY(), 3937);
            QVERIFY2(decoded == expected, qPrintable(figure.id));
        }
    }
}

void TestFigureExport::pdf()
{
    QFETCH(QString, figureId);
    QFETCH(ExportLayout, layout);
    if (!ExportTest::hasTool(QStringLiteral("pdffonts")))
        QSKIP("poppler-utils (pdffonts, pdfinfo, pdfimages, pdftotext) is not installed");
    const Figure &figure = *m_report.figure(figureId);
    const QSize size = layout == ExportLayout::Narrative ? QSize(1920, 1080) : QSize(1600, 1200);
    const QString path = write(figure, ExportFormat::Pdf, options(layout, size),
                               QStringLiteral("%1-%2.pdf").arg(figureId, toString(layout)));
    QVERIFY(!path.isEmpty());

    QCOMPARE(ExportTest::pdfPageCount(path), 1);
    QCOMPARE(ExportTest::pdfInfo(path, QStringLiteral("Title")), figure.title.text());
    QVERIFY(
        ExportTest::pdfInfo(path, QStringLiteral("Creator")).startsWith(QLatin1String("Figdeck")));
    const QSizeF page = ExportTest::pdfPageSize(path);
    QVERIFY(!page.isEmpty());
    QVERIFY2(qAbs(page.width() / page.height() - qreal(size.width()) / size.height()) < 0.005,
             qPrintable(QStringLiteral("page %1 x %2").arg(page.width()).arg(page.height())));
    QCOMPARE(page.width(), size.width() * 0.75); // a figure pixel is 1/96 inch

    const QList<ExportTest::PdfFont> fonts = ExportTest::pdfFonts(path);
    QVERIFY(!fonts.isEmpty());
    for (const ExportTest::PdfFont &font : fonts)
        QVERIFY2(font.embedded, qPrintable(font.name + QStringLiteral(" is not embedded")));
    QCOMPARE(ExportTest::pdfImageCount(path), 0);

    const QString text = ExportTest::pdfText(path);
    if (layout == ExportLayout::ChartOnly) {
        // The chart's own labels are text: the first number's digits are extractable.
        const QString number = formatBareValue(*m_report.metricsOf(figure).first())
                                   .section(QLatin1Char(' '), 0, 0)
                                   .remove(QRegularExpression(QStringLiteral("[^0-9.,%]")));
        QVERIFY2(text.contains(number), qPrintable(number + QStringLiteral(" in: ") + text));
    } else {
        QVERIFY2(text.contains(ExportTest::simplified(figureTitleLine(figure))), qPrintable(text));
        QVERIFY2(text.contains(sourceLine(m_report)), qPrintable(text));
        // Each note with the sign the chart puts on its numbers: "† ...", "‖ ...".
        for (int i = 0; i < figure.caveats.size(); ++i)
            QVERIFY2(text.contains(ExportTest::simplified(caveatNote(figure, i))),
                     qPrintable(text));
    }
    // Every label the chart draws reads whole, however it wrapped: lines break at spaces only
    // ("agent-assisted" never comes out as "agentassisted"), and nothing is elided. (A
    // restatement in another currency is shown in its amount's tile, without its label.)
    const QString drawn = ExportTest::pdfTextAsDrawn(path);
    for (const Metric *metric : m_report.metricsOf(figure)) {
        if (figure.metricIds.contains(metric->equivalentOf))
            continue;
        const QString label = ExportTest::simplified(metric->label.text());
        QVERIFY2(drawn.contains(label, Qt::CaseInsensitive),
                 qPrintable(label + QStringLiteral(" in: ") + drawn));
    }
    if (layout == ExportLayout::Narrative) {
        for (const Finding &finding : figure.findings)
            QVERIFY2(text.contains(ExportTest::simplified(finding.text.text())), qPrintable(text));
    }
}

// The title takes the same share of the page at 1280x720 and at 1920x1080, and in the PDF
// the same share as in the PNG (pitfall: a 300-dpi writer must not shrink the text).
void TestFigureExport::pdfTextInProportion()
{
    if (!ExportTest::hasTool(QStringLiteral("pdftotext")))
        QSKIP("pdftotext is not installed");
    const Figure &figure = m_report.figures.first();
    const QString firstWord = figure.title.text().section(QLatin1Char(' '), 0, 0);
    QList<qreal> shares;
    for (const QSize &size : {QSize(1280, 720), QSize(1920, 1080)}) {
        const QString path = write(figure, ExportFormat::Pdf, options(ExportLayout::Slide, size),
                                   QStringLiteral("proportion-%1.pdf").arg(size.width()));
        const QList<ExportTest::PdfWord> words = ExportTest::pdfWords(path);
        const auto title = std::find_if(words.cbegin(), words.cend(),
                                        [&](const auto &w) { return w.text == firstWord; });
        QVERIFY(title != words.cend());
        shares << title->box.height() / title->pageSize.height();
        // Measured against the layout: a 40-unit title on a 720-unit canvas.
        QVERIFY2(title->box.height() / title->pageSize.height() > 0.035,
                 qPrintable(QString::number(title->box.height() / title->pageSize.height())));
    }
    QVERIFY2(qAbs(shares.at(0) - shares.at(1)) / shares.at(0) < 0.03,
             qPrintable(QStringLiteral("%1 vs %2").arg(shares.at(0)).arg(shares.at(1))));
}

void TestFigureExport::extremeAspects_data()
{
    QTest::addColumn<QString>("figureId");
    QTest::addColumn<ExportLayout>("layout");
    QTest::addColumn<QSize>("size");
    for (const Figure &figure : m_report.figures) {
        for (ExportLayout layout : {ExportLayout::Slide, ExportLayout::Narrative}) {
            for (const QSize &size : {QSize(1800, 600), QSize(600, 1800), QSize(160, 160)}) {
                QTest::addRow("%s-%s-%dx%d", qPrintable(figure.id), qPrintable(toString(layout)),
                              size.width(), size.height())
                    << figure.id << layout << size;
            }
        }
    }
}

// The widest, tallest and smallest figures allowed still hold their title whole and their
// credit, inside the page, the title above the source line.
void TestFigureExport::extremeAspects()
{
    QFETCH(QString, figureId);
    QFETCH(ExportLayout, layout);
    QFETCH(QSize, size);
    if (!ExportTest::hasTool(QStringLiteral("pdftotext")))
        QSKIP("pdftotext is not installed");
    const Figure &figure = *m_report.figure(figureId);
    const QString path = write(figure, ExportFormat::Pdf, options(layout, size),
                               QStringLiteral("aspect-%1-%2.pdf").arg(figureId, toString(layout)));
    QVERIFY(!path.isEmpty());
    const QString text = ExportTest::pdfText(path);
    QVERIFY(text.contains(figure.title.text()));
    // The smallest figure shortens its credit to a line ("Source: Next-Generation …"), the
    // printed summary gives it whole.
    const QString source = sourceLine(m_report);
    if (size.width() * size.height() >= 640 * 360)
        QVERIFY(text.contains(source));
    else
        QVERIFY2(text.contains(source.section(QLatin1Char(' '), 0, 1)), qPrintable(text));
    const QList<ExportTest::PdfWord> words = ExportTest::pdfWords(path);
    qreal titleBottom = 0;
    qreal sourceTop = 1e9;
    const QString titleFirstWord = figure.title.text().section(QLatin1Char(' '), 0, 0);
    for (const ExportTest::PdfWord &word : words) {
        const QRectF page(QPointF(0, 0), word.pageSize);
        QVERIFY2(page.contains(word.box), qPrintable(word.text));
        if (word.text == titleFirstWord && titleBottom == 0)
            titleBottom = word.box.bottom();
        if (word.text == QLatin1String("Source:"))
            sourceTop = std::min(sourceTop, word.box.top());
    }
    QVERIFY(titleBottom > 0);
    QVERIFY2(titleBottom < sourceTop,
             qPrintable(QStringLiteral("%1 %2").arg(titleBottom).arg(sourceTop)));
}

void TestFigureExport::chartTextAsLargeAsNotes_data()
{
    QTest::addColumn<QString>("figureId");
    QTest::addColumn<ExportLayout>("layout");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<qreal>("least");
    // Measured, smallest chart text over note text: slides 0.76 to 1.0, narratives (the
    // findings take 42% of the width) 0.59 to 1.3. Before the frame told the chart its text
    // size: slides 0.41 to 0.89, 0.41 to 0.59 at 16:9.
    for (const Figure &figure : m_report.figures) {
        for (const QSize &size : {QSize(1920, 1080), QSize(1280, 720), QSize(1080, 1080)}) {
            for (ExportLayout layout : {ExportLayout::Slide, ExportLayout::Narrative}) {
                QTest::addRow("%s-%s-%dx%d", qPrintable(figure.id), qPrintable(toString(layout)),
                              size.width(), size.height())
                    << figure.id << layout << size << (layout == ExportLayout::Slide ? 0.7 : 0.55);
            }
        }
    }
}

// A presenter's audience reads the chart from the back of the room as well as the notes under
// it: every text the chart draws in a slide is nearly as large as the notes' text, caveat
// signs (raised, at half a value's size) aside. Read from what is drawn, not from pixels.
void TestFigureExport::chartTextAsLargeAsNotes()
{
    QFETCH(QString, figureId);
    QFETCH(ExportLayout, layout);
    QFETCH(QSize, size);
    QFETCH(qreal, least);
    const Figure &figure = *m_report.figure(figureId);
    Test::TextRecorder recorder(size);
    QPainter painter(&recorder);
    paintFigure(painter, m_report, figure, options(layout, size));
    painter.end();

    // What the frame says, so what is left is the chart's.
    QStringList frame = {figure.title.text(), figure.subtitle.text(), sourceLine(m_report),
                         QStringLiteral("Key findings")};
    QStringList notes;
    for (int i = 0; i < figure.caveats.size(); ++i)
        notes << caveatNote(figure, i);
    for (const Finding &finding : figure.findings)
        frame << finding.text.text();
    const auto within = [](const QString &text, const QStringList &texts) {
        return std::any_of(texts.cbegin(), texts.cend(),
                           [&](const QString &t) { return t.contains(text.trimmed()); });
    };
    QString signs;
    for (int i = 0; i < figure.caveats.size(); ++i)
        signs += caveatSign(i);
    qreal notePx = 0;
    qreal chartPx = 1e9;
    QString smallest;
    for (const Test::TextRecorder::Item &item : recorder.items()) {
        const QString text = item.text.trimmed();
        if (text.isEmpty() || text == QStringLiteral("•"))
            continue;
        // A chart's short text ("15%") may stand in a note too; a line of the frame is longer.
        constexpr int FrameLine = 12;
        const bool line = text.size() >= FrameLine;
        const bool sign =
            std::all_of(text.cbegin(), text.cend(), [&](QChar c) { return signs.contains(c); });
        if (line && within(text, frame))
            continue;
        if (line && within(text, notes)) {
            notePx = std::max(notePx, item.pixelSize);
        } else if (!sign) {
            if (item.pixelSize < chartPx) {
                chartPx = item.pixelSize;
                smallest = text;
            }
        }
    }
    QVERIFY(notePx > 0);
    QVERIFY(chartPx < 1e9);
    QVERIFY2(chartPx >= least * notePx, qPrintable(QStringLiteral("\"%1\" at %2 px, notes at %3 px")
                                                       .arg(smallest)
                                                       .arg(chartPx)
                                                       .arg(notePx)));
}

void TestFigureExport::figureRows(const QStringList &packs, const QList<QSize> &sizes) const
{
    QTest::addColumn<QString>("pack"); // empty: the embedded report
    QTest::addColumn<QString>("figureId");
    QTest::addColumn<ExportLayout>("layout");
    QTest::addColumn<QSize>("size");
    for (const QString &name : packs) {
        const QString pack =
            name.isEmpty() ? QString() : QStringLiteral("/model/v2/good/%1.figdeck.json").arg(name);
        const Report report = packReport(pack);
        QVERIFY2(!report.figures.isEmpty(), qPrintable(pack));
        const QString rowName = name.isEmpty() ? QStringLiteral("embedded") : name;
        for (const Figure &figure : report.figures) {
            for (const QSize &size : sizes) {
                for (ExportLayout layout : allExportLayouts()) {
                    QTest::addRow("%s-%s-%s-%dx%d", qPrintable(rowName), qPrintable(figure.id),
                                  qPrintable(toString(layout)), size.width(), size.height())
                        << pack << figure.id << layout << size;
                }
            }
        }
    }
}

QList<Test::TextRecorder::Item> TestFigureExport::drawnFigureText(const QString &pack,
                                                                  const QString &figureId,
                                                                  ExportLayout layout,
                                                                  const QSize &size) const
{
    const Report report = packReport(pack);
    const Figure *figure = report.figure(figureId);
    if (!figure)
        return {};
    Test::TextRecorder recorder(size);
    QPainter painter(&recorder);
    paintFigure(painter, report, *figure, options(layout, size));
    painter.end();
    QList<Test::TextRecorder::Item> items;
    for (const Test::TextRecorder::Item &item : recorder.items()) {
        if (!item.text.trimmed().isEmpty())
            items << item;
    }
    return items;
}

// Figures of the embedded report and of packs in both languages, in every layout, at the small
// sizes a presenter picks for a corner of a slide or a handout, and at the size the slide tool
// itself downscales.
void TestFigureExport::smallFiguresKeepTheTextFloor_data()
{
    figureRows({QString(), QStringLiteral("eu-power-mix"), QStringLiteral("sixteen-categories"),
                QStringLiteral("three-outlets"), QStringLiteral("v2-features"),
                QStringLiteral("eight-species-zh"), QStringLiteral("years-zh")},
               {QSize(480, 300), QSize(640, 360), QSize(960, 540)});
}

// No text of an exported figure is drawn smaller than MinFigureTextPx of the figure's own
// pixels, whatever its size: a small figure drops or shortens its notes rather than shrink
// them. Read from what is drawn (the routine behind PNG, PDF and SVG), not from pixels.
void TestFigureExport::smallFiguresKeepTheTextFloor()
{
    QFETCH(QString, pack);
    QFETCH(QString, figureId);
    QFETCH(ExportLayout, layout);
    QFETCH(QSize, size);
    qreal smallest = 1e9;
    QString smallestText;
    for (const Test::TextRecorder::Item &item : drawnFigureText(pack, figureId, layout, size)) {
        if (item.pixelSize < smallest) {
            smallest = item.pixelSize;
            smallestText = item.text;
        }
    }
    QVERIFY(smallest < 1e9);
    qInfo("smallest %.2f px: \"%s\"", smallest, qPrintable(smallestText.left(40)));
    // Known: a part-whole chart of sixteen parts cannot fit its key of seventeen entries at the
    // floor in the chart area of a 480 x 300 figure, nor of a 640 x 360 slide, and it has no
    // shorter key yet (it gives way below the floor, as in the window).
    const bool longKey =
        pack.contains(QLatin1String("sixteen-categories")) &&
        (size.width() < 640 || (size.width() < 960 && layout != ExportLayout::ChartOnly));
    if (longKey)
        QEXPECT_FAIL("", "a key of seventeen entries has no shorter form yet", Continue);
    // Sizes are whole pixels of the canvas, scaled: a hundredth of a pixel is rounding.
    QVERIFY2(smallest >= MinFigureTextPx - 0.01,
             qPrintable(QStringLiteral("\"%1\" at %2 px").arg(smallestText).arg(smallest)));
}

// The smallest figures the export limits allow (MinFigureSide a side, and the widest and
// tallest aspects at that side), of the embedded report and of the test packs' axis and series
// charts, in every layout. (Not yet: the part-whole chart of eight species in Chinese, whose
// names run over their values and the caption.)
void TestFigureExport::smallestFiguresDrawNoTextOverText_data()
{
    // Written out, not computed from the limits: 160 a side, an aspect of 3 at most.
    QCOMPARE(MinFigureSide, 160);
    QCOMPARE(MaxAspect, 3);
    figureRows({QString(), QStringLiteral("eight-species"), QStringLiteral("eu-power-mix"),
                QStringLiteral("ev-share-by-market"), QStringLiteral("first-months"),
                QStringLiteral("half-years"), QStringLiteral("mixed-sources"),
                QStringLiteral("month-spans"), QStringLiteral("quarters-as-drafted"),
                QStringLiteral("seven-years-of-quarters"),
                QStringLiteral("six-brands-six-quarters"), QStringLiteral("sixteen-categories"),
                QStringLiteral("three-outlets"), QStringLiteral("v2-features"),
                QStringLiteral("years-zh")},
               {QSize(160, 160), QSize(480, 160), QSize(160, 480)});
}

// However small the figure, no text is drawn over other text: what does not fit is elided or
// left out, or gives way below the text floor. (At 160 x 160, small multiples' "+ 2 more" line
// ran over the note under the panels and their value, kept at the floor, over the label above
// it; a part-whole chart's legend ran over the caveat notes under the chart; caveat signs kept
// at the floor beside a smaller value rose into the line above it; a value axis's labels at
// five steps ran into each other ("400 TWh" over "600 TWh"); a columns chart's first period
// name reached left under the value axis's "0".) Read from what is drawn: the rects of any two
// runs of text (advance by ascent to descent, in the figure's pixels) share no more than a
// pixel's sliver either way (lines of a paragraph and a value's raised signs touch, they do
// not overlap).
void TestFigureExport::smallestFiguresDrawNoTextOverText()
{
    QFETCH(QString, pack);
    QFETCH(QString, figureId);
    QFETCH(ExportLayout, layout);
    QFETCH(QSize, size);
    const QList<Test::TextRecorder::Item> items = drawnFigureText(pack, figureId, layout, size);
    QVERIFY(!items.isEmpty());
    constexpr qreal Sliver = 1;
    const auto described = [](const Test::TextRecorder::Item &item) -> QString {
        return QStringLiteral("\"%1\" at (%2, %3, %4 x %5)")
            .arg(item.text.left(40))
            .arg(item.rect.x(), 0, 'f', 1)
            .arg(item.rect.y(), 0, 'f', 1)
            .arg(item.rect.width(), 0, 'f', 1)
            .arg(item.rect.height(), 0, 'f', 1);
    };
    QStringList overlaps;
    for (qsizetype i = 0; i < items.size(); ++i) {
        for (qsizetype j = i + 1; j < items.size(); ++j) {
            const QRectF common = items.at(i).rect.intersected(items.at(j).rect);
            if (common.width() > Sliver && common.height() > Sliver)
                overlaps << described(items.at(i)) + QStringLiteral(" overlaps ") +
                                described(items.at(j));
        }
    }
    // Known: two series' gap years, said once, still meet the first value moved right of the
    // scale in a slide's chart area of 160 x 160.
    for (const char *row :
         {"v2-features-two-series-slide-160x160", "v2-features-two-series-narrative-160x160"})
        QEXPECT_FAIL(row, "\"no value\" meets the first value label", Continue);
    QVERIFY2(overlaps.isEmpty(), qPrintable(overlaps.join(QStringLiteral("; "))));
}

void TestFigureExport::svg()
{
    QFETCH(QString, figureId);
    QFETCH(ExportLayout, layout);
    const Figure &figure = *m_report.figure(figureId);
    const QSize size(1920, 1080);
    const QByteArray bytes =
        renderFigure(m_report, figure, ExportFormat::Svg, options(layout, size));
    const SvgFacts svg = readSvg(bytes);
    QVERIFY2(svg.error.isEmpty(), qPrintable(svg.error));
    QCOMPARE(svg.viewBox, QStringLiteral("0 0 1920 1080"));
    QVERIFY(svg.width.endsWith(QLatin1String("mm")));
    // 96 dpi: 1920 px are 508 mm.
    QCOMPARE(qRound(svg.width.chopped(2).toDouble()), 508);
    QCOMPARE(qRound(svg.height.chopped(2).toDouble()), 286);
    QCOMPARE(svg.title, figure.title.text());
    // The chart's text alternative is the SVG's alt text.
    const auto chart = createFigureChart(m_report, figure);
    QVERIFY(!chart->accessibleDescription().isEmpty());
    QCOMPARE(ExportTest::simplified(svg.description),
             ExportTest::simplified(chart->accessibleDescription()));

    QVERIFY(!svg.texts.isEmpty());
    const QStringList installed = QFontDatabase::families();
    for (const QString &family : svg.fontFamilies)
        QVERIFY2(installed.contains(unquoted(family)), qPrintable(family));
    if (layout != ExportLayout::ChartOnly) {
        const QString all = ExportTest::simplified(svg.texts.join(QLatin1Char(' ')));
        QVERIFY(all.contains(figure.title.text().section(QLatin1Char(' '), 0, 2)));
        // The title's size is in proportion to the figure: 40 units of a 720-unit canvas, so
        // 60 at 1080 (or shrunk, never below half of it to make room).
        const auto title =
            std::find_if(svg.textSizes.cbegin(), svg.textSizes.cend(), [&](const auto &t) {
                return figure.title.text().startsWith(t.first.trimmed());
            });
        QVERIFY(title != svg.textSizes.cend());
        QVERIFY2(title->second <= 60 && title->second >= 30, qPrintable(title->first));
    }
}

// The PNG, the PDF rasterized by poppler and the SVG rasterized by QtSvg show the same figure.
void TestFigureExport::sameLayoutAcrossFormats()
{
    QFETCH(QString, figureId);
    QFETCH(ExportLayout, layout);
    if (!ExportTest::hasTool(QStringLiteral("pdftoppm")))
        QSKIP("pdftoppm is not installed");
    const Figure &figure = *m_report.figure(figureId);
    const QSize size(1280, 720);
    const ExportOptions o = options(layout, size);
    // Each rasterized at full size, then all scaled down alike: the comparison sees the layout,
    // not how poppler and Qt antialias small text.
    const QSize small(320, 180);
    const auto shrink = [&](const QImage &image) {
        return image.scaled(small, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    };

    const QImage png =
        shrink(QImage::fromData(renderFigure(m_report, figure, ExportFormat::Png, o)));
    const QString pdfPath =
        write(figure, ExportFormat::Pdf, o, QStringLiteral("same-%1.pdf").arg(figureId));
    const QImage pdf = shrink(ExportTest::rasterizePdf(pdfPath, size));
    QSvgRenderer renderer(renderFigure(m_report, figure, ExportFormat::Svg, o));
    QVERIFY(renderer.isValid());
    QImage svgFull(size, QImage::Format_ARGB32_Premultiplied);
    svgFull.fill(Qt::white);
    {
        QPainter painter(&svgFull);
        renderer.render(&painter, QRectF(QPointF(0, 0), size));
    }
    const QImage svg = shrink(svgFull);

    const double pdfDifference = ExportTest::meanDifference(png, pdf);
    const double svgDifference = ExportTest::meanDifference(png, svg);
    // Another figure in the same layout differs far more: the tolerance can tell them apart.
    const Figure &other =
        m_report.figures.at((m_report.figureIndex(figureId) + 1) % m_report.figures.size());
    const QImage otherPng =
        shrink(QImage::fromData(renderFigure(m_report, other, ExportFormat::Png, o)));
    const double otherDifference = ExportTest::meanDifference(png, otherPng);
    const QString report = QStringLiteral("pdf %1, svg %2, other figure %3")
                               .arg(pdfDifference)
                               .arg(svgDifference)
                               .arg(otherDifference);
    QVERIFY2(pdfDifference < 3, qPrintable(report));
    QVERIFY2(svgDifference < 3, qPrintable(report));
    QVERIFY2(otherDifference > 3 * std::max(pdfDifference, svgDifference), qPrintable(report));
}

void TestFigureExport::missingFolder()
{
    // Missing folders are created, as exportFigures() creates its folder.
    const QString path = m_dir.filePath(QStringLiteral("no/such/folder/headline.png"));
    const ExportResult result = exportFigure(m_report, m_report.figures.first(), ExportFormat::Png,
                                             options(ExportLayout::Slide), path);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.path, path);
    QVERIFY(QFileInfo(path).isFile());
}

void TestFigureExport::parentIsAFile()
{
    const QString file = m_dir.filePath(QStringLiteral("plain-file"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    const QString path = file + QStringLiteral("/headline.svg");
    const ExportResult result = exportFigure(m_report, m_report.figures.first(), ExportFormat::Svg,
                                             options(ExportLayout::Slide), path);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(path) &&
                 result.error.contains(QStringLiteral("Not a directory")),
             qPrintable(result.error));

    // A batch into such a folder fails the same way, before writing anything.
    const BatchResult batch =
        exportFigures(m_report, {m_report.figures.first().id}, {ExportFormat::Png},
                      options(ExportLayout::Slide), file + QStringLiteral("/out"));
    QVERIFY(!batch.error.isEmpty());
    QVERIFY(batch.written.isEmpty());
}

void TestFigureExport::readOnlyFolder()
{
    QTemporaryDir dir;
    QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner |
                                                  QFileDevice::ReadOther | QFileDevice::ExeOther |
                                                  QFileDevice::ReadGroup | QFileDevice::ExeGroup));
    const QString path = dir.filePath(QStringLiteral("headline.png"));
    QFile probe(dir.filePath(QStringLiteral("probe")));
    const bool permissionsEnforced = !probe.open(QIODevice::WriteOnly);
    probe.remove();
    QString error;
    if (permissionsEnforced) {
        const ExportResult result =
            exportFigure(m_report, m_report.figures.first(), ExportFormat::Png,
                         options(ExportLayout::Slide), path);
        QVERIFY(!result.ok);
        error = result.error;
    } else {
        // Root ignores permissions: export from this test binary run as nobody instead.
#ifdef Q_OS_UNIX
        if (!ExportTest::hasTool(QStringLiteral("setpriv")))
            QSKIP("running as root and setpriv is not installed");
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), dir.path());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        child.setProcessEnvironment(env);
        child.start(QStringLiteral("setpriv"),
                    {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                     QStringLiteral("--clear-groups"), QCoreApplication::applicationFilePath(),
                     QStringLiteral("--export-probe"), path});
        QVERIFY(child.waitForFinished(60000));
        const QString output = QString::fromUtf8(child.readAllStandardOutput()).trimmed();
        if (child.exitCode() == 3 || output.isEmpty())
            QSKIP(qPrintable(QStringLiteral("cannot run the export as nobody: ") +
                             QString::fromUtf8(child.readAllStandardError())));
        QCOMPARE(child.exitCode(), 1);
        error = output;
#else
        QSKIP("permissions are not enforced for this user");
#endif
    }
    QVERIFY2(error.contains(path) && error.contains(QStringLiteral("Permission denied")),
             qPrintable(error));
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
    QFile::setPermissions(dir.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

// A write that fails half-way (the file-size limit, which binds root too) leaves the old file
// exactly as it was and no temporary file beside it.
void TestFigureExport::failedWriteKeepsExistingFile()
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("headline.png"));
    const QByteArray old("the previous export");
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(old);
    }
    rlimit saved{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
    rlimit limited = saved;
    limited.rlim_cur = 4096;
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
    const ExportResult result = exportFigure(m_report, m_report.figures.first(), ExportFormat::Png,
                                             options(ExportLayout::Slide), path);
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);

    QVERIFY(!result.ok);
    QVERIFY2(result.error.startsWith(QStringLiteral("Cannot write '") + path + QLatin1Char('\'')),
             qPrintable(result.error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), old);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("headline.png")});
#else
    QSKIP("needs RLIMIT_FSIZE");
#endif
}

void TestFigureExport::failedRenderKeepsExistingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("headline.pdf"));
    const QByteArray old("the previous export");
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(old);
    }
    ExportOptions o = options(ExportLayout::Slide);
    o.size = QSize(-1, 10);
    const ExportResult result =
        exportFigure(m_report, m_report.figures.first(), ExportFormat::Pdf, o, path);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(path), qPrintable(result.error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), old);
}

void TestFigureExport::batchWritesEveryFile()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("new/folder"));
    QStringList ids;
    for (const Figure &figure : m_report.figures)
        ids << figure.id;
    QList<QPair<int, int>> calls;
    const BatchResult result =
        exportFigures(m_report, ids, allExportFormats(), options(ExportLayout::Slide), out,
                      [&](int done, int total) {
                          calls.append({done, total});
                          return true;
                      });
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QVERIFY(!result.cancelled);
    const int total = int(ids.size() * 3);
    QCOMPARE(result.written.size(), total);
    QCOMPARE(calls.size(), total);
    QCOMPARE(calls.first(), qMakePair(1, total));
    QCOMPARE(calls.last(), qMakePair(total, total));
    // Numbered in the report's order, so that they sort as the report does.
    QStringList expected;
    for (int i = 0; i < ids.size(); ++i) {
        for (const char *ext : {"png", "pdf", "svg"})
            expected << QStringLiteral("%1-%2.%3").arg(i + 1).arg(ids.at(i), QLatin1String(ext));
    }
    expected.sort();
    QCOMPARE(QDir(out).entryList(QDir::Files | QDir::Hidden, QDir::Name), expected);
    for (const QString &path : result.written)
        QVERIFY(QFileInfo(path).size() > 1000);
}

void TestFigureExport::batchCancelLeavesNoPartialFile()
{
    QTemporaryDir dir;
    QStringList ids;
    for (const Figure &figure : m_report.figures)
        ids << figure.id;
    const BatchResult result =
        exportFigures(m_report, ids, allExportFormats(), options(ExportLayout::Slide), dir.path(),
                      [](int done, int) { return done < 2; });
    QVERIFY(result.cancelled);
    QVERIFY(result.error.isEmpty());
    QCOMPARE(result.written.size(), 2);
    const QStringList files = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    QCOMPARE(files, (QStringList{QStringLiteral("1-") + ids.first() + QStringLiteral(".pdf"),
                                 QStringLiteral("1-") + ids.first() + QStringLiteral(".png")}));
}

void TestFigureExport::batchStopsAtUnknownFigure()
{
    QTemporaryDir dir;
    const BatchResult result =
        exportFigures(m_report, {m_report.figures.first().id, QStringLiteral("no-such-figure")},
                      {ExportFormat::Png}, options(ExportLayout::Slide), dir.path());
    QVERIFY(result.error.contains(QStringLiteral("no-such-figure")));
    QVERIFY(result.written.isEmpty());
    QVERIFY(QDir(dir.path()).isEmpty());
}

// Files of a batch (PNG encoded on worker threads) byte for byte the same in any run and as
// exportFigure() writes them one at a time.
void TestFigureExport::batchDeterministic()
{
    QStringList ids;
    for (const Figure &figure : m_report.figures)
        ids << figure.id;
    const auto batch = [&](const QString &dir) {
        const BatchResult result =
            exportFigures(m_report, ids, allExportFormats(), options(ExportLayout::Slide), dir);
        return result.error.isEmpty() ? result.written : QStringList();
    };
    const auto bytes = [](const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    QTemporaryDir first;
    QTemporaryDir second;
    const QStringList a = batch(first.path());
    const QStringList b = batch(second.path());
    QCOMPARE(a.size(), ids.size() * 3);
    QCOMPARE(b.size(), a.size());
    for (int i = 0; i < a.size(); ++i) {
        QCOMPARE(QFileInfo(a.at(i)).fileName(), QFileInfo(b.at(i)).fileName());
        if (a.at(i).endsWith(QLatin1String(".png"))) {
            QCOMPARE(bytes(a.at(i)), bytes(b.at(i)));
            const QString one = first.filePath(QStringLiteral("one.png"));
            const QString id = ids.at(i / int(allExportFormats().size()));
            QVERIFY(exportFigure(m_report, *m_report.figure(id), ExportFormat::Png,
                                 options(ExportLayout::Slide), one)
                        .ok);
            QCOMPARE(bytes(one), bytes(a.at(i)));
        } else {
            // PDF and SVG carry no time stamp either, but a PDF's object ids may vary with
            // fonts; the pixels are what the batch must not change: same size at least.
            QCOMPARE(bytes(a.at(i)).size(), bytes(b.at(i)).size());
        }
    }
}

// `tst_export_figures --export-probe PATH`: exports the first figure to PATH and prints the
// error; the read-only test runs it as another user. Exit 0 written, 1 failed, 3 unusable.
static int exportProbe(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const Report report = embeddedReport();
    if (report.figures.isEmpty())
        return 3;
    ExportOptions o;
    o.size = QSize(640, 360);
    const ExportResult result = exportFigure(report, report.figures.first(), ExportFormat::Png, o,
                                             QString::fromLocal8Bit(argv[2]));
    fputs(qPrintable(result.error + QLatin1Char('\n')), stdout);
    return result.ok ? 0 : 1;
}
// The footer of a figure names the sources of its numbers, whole: wrapped, never cut with "…",
// in what is painted (the PNG's routine, read by a text recorder) and in the SVG's text.
void TestFigureExport::credits_data()
{
    QTest::addColumn<QString>("pack");
    QTest::addColumn<QString>("figureId");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("expected");
    const QString mixed = QStringLiteral("/model/v2/good/mixed-sources.figdeck.json");
    const QString outlets = QStringLiteral("/model/v2/good/three-outlets.figdeck.json");
    for (const QSize &size : {QSize(1280, 720), QSize(1080, 1080)}) {
        const QByteArray at =
            QByteArray::number(size.width()) + 'x' + QByteArray::number(size.height());
        QTest::addRow("two sources %s", at.constData())
            << mixed << QStringLiteral("two-sources") << size
            << QStringLiteral("Sources: An electricity review (https://example.org/review); A "
                              "wire story about the review, as summarised by A wire service "
                              "(https://example.net/wire)");
        QTest::addRow("one news summary %s", at.constData())
            << mixed << QStringLiteral("wire-only") << size
            << QStringLiteral("Source: A wire story about the review, as summarised by A wire "
                              "service (https://example.net/wire)");
        QTest::addRow("one report %s", at.constData())
            << mixed << QStringLiteral("review-only") << size
            << QStringLiteral("Source: An electricity review (https://example.org/review)");
        QTest::addRow("three outlets %s", at.constData())
            << outlets << QStringLiteral("three-outlets") << size
            << QStringLiteral("Sources: Plan to create 120,000 jobs, as summarised by Outlet A "
                              "(https://example.org/outlet-a); Up to 150,000 jobs from new plan, "
                              "as summarised by Outlet B (https://example.org/outlet-b); New "
                              "plan: over 100,000 jobs, as summarised by Outlet C "
                              "(https://example.org/outlet-c)");
    }
}

void TestFigureExport::credits()
{
    QFETCH(QString, pack);
    QFETCH(QString, figureId);
    QFETCH(QSize, size);
    QFETCH(QString, expected);
    const LoadResult loaded = loadReportPack(QStringLiteral(FIGDECK_TEST_DATA) + pack);
    QVERIFY(loaded.ok());
    const Report &report = *loaded.report;
    const Figure *figure = report.figure(figureId);
    QVERIFY(figure);
    // Lines are compared without the spaces where they wrapped.
    const auto joined = [](const QStringList &texts) {
        return texts.join(QString()).remove(QRegularExpression(QStringLiteral("\\s")));
    };
    const QString want = QString(expected).remove(QRegularExpression(QStringLiteral("\\s")));
    for (ExportLayout layout : {ExportLayout::Slide, ExportLayout::Narrative}) {
        Test::TextRecorder recorder(size);
        QPainter painter(&recorder);
        paintFigure(painter, report, *figure, options(layout, size));
        painter.end();
        QStringList painted;
        for (const Test::TextRecorder::Item &item : recorder.items())
            painted << item.text;
        QVERIFY2(joined(painted).contains(want), qPrintable(painted.join(QLatin1Char('|'))));
        QVERIFY(!painted.join(QString()).contains(QStringLiteral("…")));

        const SvgFacts svg =
            readSvg(renderFigure(report, *figure, ExportFormat::Svg, options(layout, size)));
        QVERIFY2(svg.error.isEmpty(), qPrintable(svg.error));
        QVERIFY2(joined(svg.texts).contains(want), qPrintable(svg.texts.join(QLatin1Char('|'))));
        QVERIFY(!svg.texts.join(QString()).contains(QStringLiteral("…")));
        // A report credits no summariser.
        if (!expected.contains(QLatin1String("as summarised by")))
            QVERIFY(!svg.texts.join(QLatin1Char(' ')).contains(QStringLiteral("summarised")));
    }
}

int main(int argc, char *argv[])
{
    if (argc == 3 && qstrcmp(argv[1], "--export-probe") == 0)
        return exportProbe(argc, argv);
    QApplication app(argc, argv);
    TestFigureExport test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_figureexport.moc"
