// SPDX-License-Identifier: GPL-3.0-or-later
// Every chart kind, in every theme, from the report built in samplereport.cpp and from the
// embedded report: painted into images and checked pixel by pixel against its own hit testing.

#include "../hardening/hostilepack.h"
#include "chartpaint.h"
#include "figurechart.h"
#include "format.h"
#include "reportloader.h"
#include "samplereport.h"
#include "seriesdata.h"
#include "textblock.h"
#include "textrecorder.h"
#include "validate.h"

#include <QBuffer>
#include <QFontDatabase>
#include <QGlyphRun>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QPainterPathStroker>
#include <QSvgGenerator>
#include <QSvgRenderer>
#include <QTest>
#include <QTextLayout>
#include <QtMath>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <optional>

using namespace Figdeck;

using namespace Qt::StringLiterals;

namespace {

const QSize Small(800, 500);
const QSize Large(1600, 1000);

Report reportFrom(const QString &source)
{
    if (source == QLatin1String("embedded"))
        return embeddedReport();
    if (source == QLatin1String("axis"))
        return Test::axisReport();
    return source == QLatin1String("stress") ? Test::stressReport() : Test::sampleReport();
}

// The chart painted over white, as on a page.
QImage renderOnWhite(FigureChart &chart, const QSize &size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    chart.paint(painter, QRectF(QPointF(0, 0), size));
    painter.end();
    return image;
}

QImage render(FigureChart &chart, const QSize &size, const QRectF &target = {})
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    chart.paint(painter, target.isNull() ? QRectF(QPointF(0, 0), size) : target);
    painter.end();
    return image;
}

// As the exporter writes SVG: 96 dpi, size and view box in logical units.
QByteArray renderSvg(FigureChart &chart, const QSize &size)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setResolution(96);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    QPainter painter(&svg);
    chart.paint(painter, QRectF(QPointF(0, 0), size));
    painter.end();
    return buffer.data();
}

int distance(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) +
           std::abs(a.blue() - b.blue()) + std::abs(a.alpha() - b.alpha());
}

int countPixels(const QImage &image, const std::function<bool(const QColor &)> &match)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            n += match(image.pixelColor(x, y)) ? 1 : 0;
    }
    return n;
}

int differingPixels(const QImage &a, const QImage &b, int tolerance = 24)
{
    if (a.size() != b.size())
        return a.width() * a.height();
    int n = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x)
            n += distance(a.pixelColor(x, y), b.pixelColor(x, y)) > tolerance ? 1 : 0;
    }
    return n;
}

// Where markAt finds each metric, on a grid over rect; with withEmpty, the points of no mark
// under the empty id.
QMap<QString, QList<QPointF>> scanMarks(FigureChart &chart, const QRectF &rect, qreal step = 4,
                                        bool withEmpty = false)
{
    QMap<QString, QList<QPointF>> found;
    for (qreal y = rect.top() + step / 2; y < rect.bottom(); y += step) {
        for (qreal x = rect.left() + step / 2; x < rect.right(); x += step) {
            const QString id = chart.markAt(rect, QPointF(x, y));
            if (!id.isEmpty() || withEmpty)
                found[id] << QPointF(x, y);
        }
    }
    return found;
}

// Whether the pixels within radius of p are all of color: a filled area, not the
// anti-aliased edge of a glyph that happens to have that grey.
bool solidAt(const QImage &image, const QPointF &p, const QColor &color, int radius)
{
    for (int dy = -radius; dy <= radius; ++dy) {
        for (int dx = -radius; dx <= radius; ++dx) {
            const QPoint q = p.toPoint() + QPoint(dx, dy);
            if (!image.rect().contains(q) || distance(image.pixelColor(q), color) >= 12)
                return false;
        }
    }
    return true;
}

QRectF boundsOf(const QList<QPointF> &points)
{
    QRectF r;
    for (const QPointF &p : points)
        r = r.united(QRectF(p, QSizeF(1, 1)));
    return r;
}

// A lighter tint of color (the colour fading out over a light background): same hue, clearly
// less saturated, not darker. Text, grey lines and other series are never such tints.
bool isTintOf(const QColor &c, const QColor &color)
{
    const int hue = std::abs(c.hsvHue() - color.hsvHue());
    const int saturation = c.hsvSaturation();
    return c.hsvHue() >= 0 && std::min(hue, 360 - hue) <= 10 && saturation >= 30 &&
           saturation <= color.hsvSaturation() * 85 / 100 && c.value() >= color.value() - 10;
}

} // namespace

class TestFigureChart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void paintsMarks_data() { addRows(); }
    void paintsMarks();
    void everyMetricHasAMark_data() { addRows(); }
    void everyMetricHasAMark();
    void marksFollowTheTargetRect_data() { addRows(); }
    void marksFollowTheTargetRect();
    void qtChartsDrawWhereMarksAre_data()
    {
        addRows(AllThemes, {ChartKind::Shares, ChartKind::PartWhole});
    }
    void qtChartsDrawWhereMarksAre();
    void highlightEmphasisesThatMark_data() { addRows(); }
    void highlightEmphasisesThatMark();
    void descriptionListsEveryValue_data() { addRows(LightTheme); }
    void descriptionListsEveryValue();
    void derivedPartLooksDifferent_data()
    {
        addRows(AllThemes, {ChartKind::Shares, ChartKind::PartWhole}, hasDerivedPart);
    }
    void derivedPartLooksDifferent();
    void barsDifferFromDonut_data() { addRows(LightTheme, {ChartKind::Shares}); }
    void barsDifferFromDonut();
    void textKeepsProportion_data() { addRows(); }
    void textKeepsProportion();
    void repaintAtAnotherSizeLeavesNothingBehind_data() { addRows(LightTheme); }
    void repaintAtAnotherSizeLeavesNothingBehind();
    void lowerBoundsHaveAnOpenEnd_data();
    void lowerBoundsHaveAnOpenEnd();
    void sharedLabelColorsDrawTheSame_data() { addRows(LightTheme); }
    void sharedLabelColorsDrawTheSame();
    void transparentBackground_data() { addRows(LightTheme); }
    void transparentBackground();
    void svgIsVectorInTheThemeFont_data() { addRows(LightTheme); }
    void svgIsVectorInTheThemeFont();
    void svgLooksLikeTheRasterImage_data() { addRows(LightTheme); }
    void svgLooksLikeTheRasterImage();
    void caveatSignsAreShownAsGiven();
    void chartFontsHaveNoLigatures();
    void textBreaksAtSpacesOnly_data() { addRows(LightTheme); }
    void textBreaksAtSpacesOnly();
    void degenerateFiguresPaintWithoutHarm_data();
    void degenerateFiguresPaintWithoutHarm();
    void barsFollowTheirOrder_data();
    void barsFollowTheirOrder();
    void fallsSitBelowTheBaseline();
    void seriesGapIsNotAZero_data();
    void seriesGapIsNotAZero();
    void oneSeriesGapSaysSo_data();
    void oneSeriesGapSaysSo();
    void severalSeriesHaveALegend();
    void linesStayApartInEveryTheme_data();
    void linesStayApartInEveryTheme();
    void columnsStayApartInEveryTheme_data();
    void columnsStayApartInEveryTheme();
    void partsStayApartInEveryTheme_data();
    void partsStayApartInEveryTheme();
    void endLabelsDoNotOverlap_data();
    void endLabelsDoNotOverlap();
    void partLabelsDoNotOverlap_data();
    void partLabelsDoNotOverlap();
    void lowerBoundStaysInItsPart_data();
    void lowerBoundStaysInItsPart();
    void chinesePartNamesBreakWithoutHyphens_data();
    void chinesePartNamesBreakWithoutHyphens();
    void upperBoundFadesInItsPart_data();
    void upperBoundFadesInItsPart();
    void upperBoundSwatchFadesAsItsPart_data();
    void upperBoundSwatchFadesAsItsPart();
    void lowerBoundSwatchCarriesItsChevron_data();
    void lowerBoundSwatchCarriesItsChevron();
    void upperBoundSwatchesStandOut_data();
    void upperBoundSwatchesStandOut();
    void keyLeavesTheBarReadable_data();
    void keyLeavesTheBarReadable();
    void partLeadersJoinTheirOwnParts_data();
    void partLeadersJoinTheirOwnParts();
    void manyPartsKeepTheirLabelsWhole_data();
    void manyPartsKeepTheirLabelsWhole();
    void textureRimIsTheSegmentLessItsStroke_data();
    void textureRimIsTheSegmentLessItsStroke();
    void barNamesDropWhatTheTitleSays_data();
    void barNamesDropWhatTheTitleSays();
    void tileBadgesWrapInNarrowTiles_data();
    void tileBadgesWrapInNarrowTiles();
    void tileBadgesKeepTheirGap_data();
    void tileBadgesKeepTheirGap();
    void manyTilesKeepTheTextFloor_data();
    void manyTilesKeepTheTextFloor();
    void manyBarsCountWhatTheyLeaveOut_data();
    void manyBarsCountWhatTheyLeaveOut();
    void periodNamesNeverRunTogether_data();
    void periodNamesNeverRunTogether();
    void manyPartsStayOnTheChart_data();
    void manyPartsStayOnTheChart();
    void sliversKeepTheirColour_data();
    void sliversKeepTheirColour();
    void longSeriesNameEvenlySpacedYears_data();
    void monthlySeriesNameMonthsAReaderCounts_data();
    void monthlySeriesNameMonthsAReaderCounts();
    void longSeriesNameEvenlySpacedYears();
    void yearlySeriesNameRoundYears_data();
    void yearlySeriesNameRoundYears();
    void denseRangesAreABand_data();
    void denseRangesAreABand();
    void rangeAxisNamesValues_data();
    void rangeAxisNamesValues();
    void narrowLowerBoundColumnsAreLabelledOncePerRun_data();
    void narrowLowerBoundColumnsAreLabelledOncePerRun();
    void denseLinesAreUnbroken_data();
    void denseLinesAreUnbroken();
    void denseLowerBoundsAreMarkedAlongTheirRun_data();
    void denseLowerBoundsAreMarkedAlongTheirRun();
    void endLabelsStayByTheirLines_data();
    void endLabelsStayByTheirLines();
    void lowerBoundKeysStandOut_data();
    void lowerBoundKeysStandOut();
    void manyPanelsCountWhatTheyLeaveOut_data();
    void manyPanelsCountWhatTheyLeaveOut();
    void smallChartsKeepTheTextFloor_data();
    void smallChartsKeepTheTextFloor();
    void chineseBreaksBetweenCharacters_data();
    void chineseBreaksBetweenCharacters();
    void statusKeysLookLikeTheirMarks_data();
    void statusKeysLookLikeTheirMarks();
    void reusedTextKeepsItsOwnLayout_data();
    void reusedTextKeepsItsOwnLayout();
    void commonTextHeightIsTheTallestText_data();
    void commonTextHeightIsTheTallestText();
    void reuseTakesWidthsThatAreNoNumber();
    void halfYearsArePlacedInOrder_data();
    void halfYearsArePlacedInOrder();
    void firstMonthsAreNamedAsMonths_data();
    void firstMonthsAreNamedAsMonths();
    void monthSpansAreNamedAsMonths_data();
    void monthSpansAreNamedAsMonths();
    void quartersReadAsWords_data();
    void quartersReadAsWords();
    void yearsFollowThePacksLanguage_data();
    void yearsFollowThePacksLanguage();

private:
    // Rows: source (sample, embedded) x figure x theme (x donut, bars for shares figures),
    // for the figures of the given kinds (all when none are given).
    enum Themes { AllThemes, LightTheme };
    // With a filter, only the figures it accepts.
    using Filter = bool (*)(const Report &, const Figure &);
    void addRows(Themes themes = AllThemes, const QList<ChartKind> &kinds = {},
                 Filter filter = nullptr);
    static bool hasDerivedPart(const Report &report, const Figure &figure);
    std::unique_ptr<FigureChart> fetchChart(Report *report = nullptr, Figure *figure = nullptr,
                                            ChartOptions *options = nullptr);
};

void TestFigureChart::initTestCase()
{
    // The themes name an installed family; without it every measurement here is meaningless.
    QVERIFY(QFontDatabase::families().contains(Theme::get(ThemeId::Light).fontFamily));
    // The test reports are packs a user could write: the validator accepts them.
    for (const QString &source : {QStringLiteral("sample"), QStringLiteral("axis")}) {
        const QList<Problem> problems = validateReport(reportFrom(source));
        QVERIFY2(problems.isEmpty(),
                 qPrintable(source + QLatin1String(": ") +
                            (problems.isEmpty() ? QString()
                                                : problems.first().path + QLatin1Char(' ') +
                                                      problems.first().message)));
    }
}

bool TestFigureChart::hasDerivedPart(const Report &report, const Figure &figure)
{
    const QList<const Metric *> metrics = report.metricsOf(figure);
    return std::any_of(metrics.cbegin(), metrics.cend(),
                       [](const Metric *m) { return m->origin == Origin::Derived; });
}

void TestFigureChart::addRows(Themes themes, const QList<ChartKind> &kinds, Filter filter)
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("figureId");
    QTest::addColumn<int>("theme");
    QTest::addColumn<bool>("bars");
    for (const QString &source : {QStringLiteral("sample"), QStringLiteral("embedded"),
                                  QStringLiteral("stress"), QStringLiteral("axis")}) {
        const Report report = reportFrom(source);
        for (const Figure &figure : report.figures) {
            if ((!kinds.isEmpty() && !kinds.contains(figure.kind)) ||
                (filter && !filter(report, figure)))
                continue;
            const QList<ThemeId> all = {ThemeId::Light, ThemeId::Dark, ThemeId::Print};
            for (ThemeId theme : themes == AllThemes ? all : QList<ThemeId>{ThemeId::Light}) {
                for (bool bars : {false, true}) {
                    if (bars && figure.kind != ChartKind::Shares)
                        continue;
                    const QString name =
                        QStringLiteral("%1/%2%3/%4")
                            .arg(source, figure.id, bars ? QStringLiteral("-bars") : QString(),
                                 Theme::name(theme));
                    QTest::newRow(qPrintable(name)) << source << figure.id << int(theme) << bars;
                }
            }
        }
    }
}

std::unique_ptr<FigureChart> TestFigureChart::fetchChart(Report *reportOut, Figure *figureOut,
                                                         ChartOptions *optionsOut)
{
    QFETCH(QString, source);
    QFETCH(QString, figureId);
    QFETCH(int, theme);
    QFETCH(bool, bars);
    const Report report = reportFrom(source);
    const Figure *figure = report.figure(figureId);
    if (!figure)
        return nullptr;
    ChartOptions options;
    options.theme = Theme::get(ThemeId(theme));
    options.sharesAsBars = bars;
    if (reportOut)
        *reportOut = report;
    if (figureOut)
        *figureOut = *figure;
    if (optionsOut)
        *optionsOut = options;
    return createFigureChart(report, *figure, options);
}

void TestFigureChart::paintsMarks()
{
    ChartOptions options;
    Figure figure;
    auto chart = fetchChart(nullptr, &figure, &options);
    QVERIFY(chart);
    const QImage image = render(*chart, Small);
    const QColor background = options.theme.background;
    QCOMPARE(image.pixelColor(0, 0), background);
    QCOMPARE(image.pixelColor(image.width() - 1, image.height() - 1), background);
    if (figure.kind == ChartKind::Series && figure.style == FigureStyle::Line) {
        // A line covers little of the chart: its own colour (a single series: the first) draws
        // the segments and the points. Measured: 4 points and one segment at 800 x 500 take
        // about 900 pixels; a chart that drew only its axes would take none.
        const QColor line = options.theme.seriesColor(0);
        const int drawn =
            countPixels(image, [&](const QColor &c) { return distance(c, line) < 20; });
        QVERIFY2(drawn > 400, qPrintable(QString::number(drawn)));
        return;
    }
    const int painted =
        countPixels(image, [&](const QColor &c) { return distance(c, background) > 24; });
    QVERIFY2(painted > image.width() * image.height() / 20, qPrintable(QString::number(painted)));
}

void TestFigureChart::everyMetricHasAMark()
{
    Report report;
    Figure figure;
    ChartOptions options;
    auto chart = fetchChart(&report, &figure, &options);
    QVERIFY(chart);
    const QRectF rect(QPointF(0, 0), Small);
    const QImage image = render(*chart, Small);
    const auto found = scanMarks(*chart, rect);

    for (const QString &id : figure.metricIds) {
        QVERIFY2(found.contains(id), qPrintable(id));
        // The mark is drawn where it is hit.
        int drawn = 0;
        for (const QPointF &p : found.value(id))
            drawn += distance(image.pixelColor(p.toPoint()), options.theme.background) > 24;
        QVERIFY2(drawn > 10, qPrintable(id));
    }
    for (auto it = found.cbegin(); it != found.cend(); ++it)
        QVERIFY2(figure.metricIds.contains(it.key()), qPrintable(it.key())); // nothing invented

    // A restatement in another currency lives inside the tile of the amount it restates.
    for (const Metric *m : report.metricsOf(figure)) {
        if (m->equivalentOf.isEmpty() || !figure.metricIds.contains(m->equivalentOf))
            continue;
        QVERIFY(
            boundsOf(found.value(m->equivalentOf)).contains(boundsOf(found.value(m->id)).center()));
    }
    // Tiles and panels each have a place of their own: no shared axis, no overlap.
    if (figure.kind == ChartKind::Tiles || figure.kind == ChartKind::SmallMultiples) {
        QList<QRectF> own;
        for (const Metric *m : report.metricsOf(figure)) {
            if (m->equivalentOf.isEmpty())
                own << boundsOf(found.value(m->id));
        }
        for (int i = 0; i < own.size(); ++i) {
            for (int j = i + 1; j < own.size(); ++j)
                QVERIFY(!own.at(i).intersects(own.at(j)));
        }
    }
}

void TestFigureChart::marksFollowTheTargetRect()
{
    auto chart = fetchChart();
    QVERIFY(chart);
    const QRectF rect(QPointF(0, 0), Small);
    const QPointF offset(37, 23);
    const auto found = scanMarks(*chart, rect, 8);
    QVERIFY(!found.isEmpty());
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        for (const QPointF &p : it.value())
            QCOMPARE(chart->markAt(rect.translated(offset), p + offset), it.key());
    }
    QCOMPARE(chart->markAt(rect, QPointF(-5, 10)), QString());
    QCOMPARE(chart->markAt(rect, QPointF(10, Small.height() + 5)), QString());

    // Painted at an offset, the same picture moves with it.
    const QImage atOrigin = render(*chart, Small);
    const QImage shifted = render(*chart, Small + QSize(37, 23), rect.translated(offset));
    QCOMPARE(differingPixels(atOrigin, shifted.copy(QRect(offset.toPoint(), Small))), 0);
}

// Qt Charts draws the slices and bars; our layout places labels, hit regions and overlays.
// The two must agree: each part's own colour fills much of its hit region, and where that
// colour is drawn (a legend swatch aside) the part is hit: a slice or bar drawn turned,
// shifted or larger than our layout has it fails.
void TestFigureChart::qtChartsDrawWhereMarksAre()
{
    Report report;
    Figure figure;
    ChartOptions options;
    auto chart = fetchChart(&report, &figure, &options);
    QVERIFY(chart);
    const QImage image = render(*chart, Small);
    const auto found = scanMarks(*chart, QRectF(QPointF(0, 0), Small), 3, true);
    const QStringList parts = figure.shares ? figure.shares->partIds : figure.metricIds;
    int stated = 0;
    for (const QString &id : parts) {
        const Metric *m = report.metric(id);
        QVERIFY(m);
        // Labels shown by several figures keep one colour across the pack (hand-written for
        // the axis sample: Huawei and Apple first appear in the brand series, in that order);
        // "Others" is neutral grey.
        static const QHash<QString, int> shared = {{QStringLiteral("huawei-2023-q4"), 0},
                                                   {QStringLiteral("apple-2023-q4"), 1},
                                                   {QStringLiteral("others-2023-q4"), -1}};
        const auto sharedColor = shared.constFind(id);
        const QColor fill =
            m->origin == Origin::Derived || sharedColor == shared.cend()
                ? (m->origin == Origin::Derived ? options.theme.derived
                                                : options.theme.seriesColor(stated++))
            : *sharedColor < 0 ? options.theme.derived
                               : options.theme.seriesColor(*sharedColor);
        // Hatching leaves no solid block in a derived part: there, two pixels one above the
        // other count (the anti-aliased edge of a grey line can take the derived grey, but only
        // along one row).
        const bool derived = m->origin == Origin::Derived;
        const auto drawnAt = [&](const QPointF &p) {
            return derived
                       ? solidAt(image, p, fill, 0) && solidAt(image, p + QPointF(0, 1), fill, 0)
                       : solidAt(image, p, fill, 1);
        };
        int filled = 0;
        for (const QPointF &p : found.value(id))
            filled += drawnAt(p);
        QVERIFY2(filled >= 30, qPrintable(id));
        int elsewhere = 0;
        for (auto it = found.cbegin(); it != found.cend(); ++it) {
            if (it.key() == id)
                continue;
            for (const QPointF &p : it.value())
                elsewhere += drawnAt(p);
        }
        // A legend swatch takes about 40 points.
        QVERIFY2(elsewhere < std::max(filled / 25, 60),
                 qPrintable(QStringLiteral("%1: %2 of %3").arg(id).arg(elsewhere).arg(filled)));
    }
}

void TestFigureChart::highlightEmphasisesThatMark()
{
    Report report;
    Figure figure;
    ChartOptions options;
    auto chart = fetchChart(&report, &figure, &options);
    QVERIFY(chart);
    const QRectF rect(QPointF(0, 0), Small);
    const QImage plain = render(*chart, Small);
    const auto found = scanMarks(*chart, rect);
    for (const QString &id : figure.metricIds) {
        chart->setHighlightedMarks({id});
        QCOMPARE(chart->highlightedMarks(), QStringList{id});
        const QImage highlighted = render(*chart, Small);
        // The accent appears, and only around that mark.
        QRect changed;
        int accent = 0;
        for (int y = 0; y < plain.height(); ++y) {
            for (int x = 0; x < plain.width(); ++x) {
                const QColor c = highlighted.pixelColor(x, y);
                if (distance(c, plain.pixelColor(x, y)) > 24) {
                    changed = changed.united(QRect(x, y, 1, 1));
                    accent += distance(c, options.theme.accent) < 24;
                }
            }
        }
        QVERIFY2(accent > 50, qPrintable(id));
        const QRectF mark = boundsOf(found.value(id)).adjusted(-12, -12, 12, 12);
        QVERIFY2(mark.contains(QRectF(changed)), qPrintable(id));
        chart->setHighlightedMarks({});
        QCOMPARE(differingPixels(render(*chart, Small), plain), 0);
    }
}

void TestFigureChart::descriptionListsEveryValue()
{
    Report report;
    Figure figure;
    auto chart = fetchChart(&report, &figure);
    QVERIFY(chart);
    const QString description = chart->accessibleDescription();
    QVERIFY(description.contains(figure.title.text()));
    for (const Metric *m : report.metricsOf(figure)) {
        QVERIFY2(description.contains(describeMetric(*m)), qPrintable(m->id));
        const QStringList signs = caveatSignsFor(figure, m->id);
        if (!signs.isEmpty())
            QVERIFY(description.contains(QStringLiteral(" (notes: ") +
                                         signs.join(QStringLiteral(", ")) + QLatin1Char(')')));
        QVERIFY2(description.contains(formatBareValue(*m)), qPrintable(m->id));
        QVERIFY2(description.contains(formatValue(*m)), qPrintable(m->id));
        const QString phrase = qualifierPhrase(m->qualifier);
        if (!phrase.isEmpty())
            QVERIFY(description.contains(phrase + QLatin1Char(' ') + formatBareValue(*m)));
    }
    for (int i = 0; i < figure.caveats.size(); ++i) {
        const QString line =
            QStringLiteral("Note %1: %2").arg(caveatSign(i), figure.caveats.at(i).text.text());
        QVERIFY2(description.contains(line), qPrintable(line));
    }
    if (!figure.comparable)
        QVERIFY(description.contains(QLatin1String("not comparable")));
    if (figure.shares && !figure.shares->complete)
        QVERIFY(description.contains(QLatin1String("do not cover the whole")));
}

// The derived rest is not drawn like the stated part: other colour, and hatched.
void TestFigureChart::derivedPartLooksDifferent()
{
    Report report;
    Figure figure;
    ChartOptions options;
    auto chart = fetchChart(&report, &figure, &options);
    QVERIFY(chart);
    const QImage image = render(*chart, Small);
    const auto found = scanMarks(*chart, QRectF(QPointF(0, 0), Small), 2);
    QString statedId;
    QString derivedId;
    for (const Metric *m : report.metricsOf(figure))
        (m->origin == Origin::Derived ? derivedId : statedId) = m->id;
    QVERIFY(!statedId.isEmpty() && !derivedId.isEmpty());

    // Colours of the mark's pixels, the background between labels left out.
    auto histogram = [&](const QString &id) {
        QMap<QRgb, int> counts;
        for (const QPointF &p : found.value(id)) {
            if (image.pixelColor(p.toPoint()) != options.theme.background)
                ++counts[image.pixel(p.toPoint())];
        }
        return counts;
    };
    auto dominant = [](const QMap<QRgb, int> &counts) {
        QRgb best = 0;
        int n = -1;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (it.value() > n) {
                n = it.value();
                best = it.key();
            }
        }
        return QColor(best);
    };
    const auto stated = histogram(statedId);
    const auto derived = histogram(derivedId);
    QVERIFY(distance(dominant(stated), dominant(derived)) > 60);
    QCOMPARE(dominant(derived), options.theme.derived);
    // Hatching: the hatch colour covers a good part of the derived region, none of the stated.
    int hatch = 0;
    int total = 0;
    for (auto it = derived.cbegin(); it != derived.cend(); ++it) {
        total += it.value();
        hatch += distance(QColor(it.key()), options.theme.mutedText) < 40 ? it.value() : 0;
    }
    QVERIFY2(hatch > total / 20, qPrintable(QStringLiteral("%1 of %2").arg(hatch).arg(total)));
    QVERIFY(chart->accessibleDescription().contains(report.metric(derivedId)->derivation.text()));
}

void TestFigureChart::barsDifferFromDonut()
{
    Report report;
    Figure figure;
    ChartOptions options;
    auto chart = fetchChart(&report, &figure, &options);
    QVERIFY(chart);
    options.sharesAsBars = !options.sharesAsBars;
    auto other = createFigureChart(report, figure, options);
    FigureChart *donut = options.sharesAsBars ? chart.get() : other.get();
    FigureChart *bars = options.sharesAsBars ? other.get() : chart.get();
    const QImage a = render(*donut, Small);
    const QImage b = render(*bars, Small);
    QVERIFY(differingPixels(a, b) > Small.width() * Small.height() / 10);
    QVERIFY(donut->accessibleDescription().contains(QLatin1String("donut")));
    QVERIFY(bars->accessibleDescription().contains(QLatin1String("bars")));
}

// The same figure at twice the size is the same picture at twice the size: text scales with
// the figure. Compared after scaling the large one down, with a tolerance for hinting.
void TestFigureChart::textKeepsProportion()
{
    auto chart = fetchChart();
    QVERIFY(chart);
    // Compared at a quarter of the small size: glyph edges blur away, and so do the few pixels
    // by which a fitted font (whole pixel sizes) may differ; text that does not scale does not.
    // Measured: fonts of fixed size make 950 to 2,900 blocks differ, scaled fonts at most 260.
    const QSize coarse = Small / 4;
    const QImage small =
        render(*chart, Small).scaled(coarse, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const QImage large =
        render(*chart, Large).scaled(coarse, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const int differing = differingPixels(small, large, 160);
    // Qt Charts keeps a few pixels of its own spacing fixed between the axis labels and the
    // plot, so an axis chart twice the size has its plot a little lower (measured: 510 to 730
    // blocks on the series charts); fixed-size fonts still differ by far more.
    Figure figure;
    fetchChart(nullptr, &figure);
    const bool axis = figure.kind == ChartKind::Series || figure.kind == ChartKind::Bars;
    QVERIFY2(differing < coarse.width() * coarse.height() / (axis ? 30 : 50),
             qPrintable(QString::number(differing)));
}

void TestFigureChart::repaintAtAnotherSizeLeavesNothingBehind()
{
    auto chart = fetchChart();
    QVERIFY(chart);
    const QImage first = render(*chart, Small);
    const QString firstMark = chart->markAt(QRectF(QPointF(0, 0), Small), QPointF(400, 250));
    render(*chart, Large);
    render(*chart, QSize(1920, 1080));
    QCOMPARE(differingPixels(render(*chart, Small), first, 0), 0);
    QCOMPARE(chart->markAt(QRectF(QPointF(0, 0), Small), QPointF(400, 250)), firstMark);
}

void TestFigureChart::lowerBoundsHaveAnOpenEnd_data()
{
    QTest::addColumn<QString>("figureId");
    QTest::addColumn<QString>("metricId");
    QTest::addColumn<bool>("bars");
    QTest::newRow("small multiples") << QStringLiteral("sector-metrics")
                                     << QStringLiteral("single-machine-intelligence") << false;
    QTest::newRow("shares as bars")
        << QStringLiteral("layer-shares") << QStringLiteral("layer-foundation") << true;
}

// A lower bound's bar fades out beyond its value; an exact value's bar simply stops. Counted
// as pixels of a lighter tint of the bar's colour (the fade), which nothing else makes.
void TestFigureChart::lowerBoundsHaveAnOpenEnd()
{
    QFETCH(QString, figureId);
    QFETCH(QString, metricId);
    QFETCH(bool, bars);
    ChartOptions options;
    options.sharesAsBars = bars;
    auto blendsFor = [&](Qualifier qualifier) {
        const Report report = Test::withQualifier(Test::sampleReport(), metricId, qualifier);
        const Figure figure = *report.figure(figureId);
        const QColor color = options.theme.seriesColor(int(figure.metricIds.indexOf(metricId)));
        auto chart = createFigureChart(report, figure, options);
        const QImage image = render(*chart, Small);
        return countPixels(image, [&](const QColor &c) { return isTintOf(c, color); });
    };
    const int open = blendsFor(Qualifier::MoreThan);
    const int closed = blendsFor(Qualifier::Exact);
    QVERIFY2(open > closed + 300, qPrintable(QStringLiteral("%1 vs %2").arg(open).arg(closed)));
    QVERIFY(blendsFor(Qualifier::AtLeast) > closed + 300);
}

// A summary, a batch export and a deck work the report's label colours out once and give them
// to every chart: each chart must look exactly as the window draws it alone.
void TestFigureChart::sharedLabelColorsDrawTheSame()
{
    Report report;
    Figure figure;
    ChartOptions options;
    QVERIFY(fetchChart(&report, &figure, &options));
    ChartOptions shared = options;
    shared.labelColors = reportLabelColors(report);
    const QImage alone = render(*createFigureChart(report, figure, options), Small);
    const QImage batch = render(*createFigureChart(report, figure, shared), Small);
    QVERIFY(alone == batch);
}

void TestFigureChart::transparentBackground()
{
    Report report;
    Figure figure;
    ChartOptions options;
    QVERIFY(fetchChart(&report, &figure, &options));
    options.transparentBackground = true;
    auto chart = createFigureChart(report, figure, options);
    const QImage image = render(*chart, Small);
    QCOMPARE(image.pixelColor(0, 0).alpha(), 0);
    QCOMPARE(image.pixelColor(Small.width() - 1, Small.height() - 1).alpha(), 0);
    QVERIFY(countPixels(image, [](const QColor &c) { return c.alpha() == 255; }) > 1000);
}

// Exports stay vector (no rasterising effect) and name the installed family explicitly.
void TestFigureChart::svgIsVectorInTheThemeFont()
{
    ChartOptions options;
    auto chart = fetchChart(nullptr, nullptr, &options);
    QVERIFY(chart);
    const QString text = QString::fromUtf8(renderSvg(*chart, Small));
    QVERIFY(!text.contains(QLatin1String("<image")));
    const QString family = QLatin1String("font-family=\"") + options.theme.fontFamily;
    const QStringList texts = text.split(QLatin1String("<text")).mid(1);
    QVERIFY(!texts.isEmpty());
    for (const QString &element : texts)
        QVERIFY2(element.section(QLatin1Char('>'), 0, 0).contains(family), qPrintable(element));
    // Groups of the chart's own painting name it too (the last group is the caller's state).
    const QStringList groups = text.split(QLatin1String("<g ")).mid(1);
    for (const QString &group : groups.mid(0, groups.size() - 1)) {
        const QString attributes = group.section(QLatin1Char('>'), 0, 0);
        if (attributes.contains(QLatin1String("font-family")))
            QVERIFY2(attributes.contains(family), qPrintable(attributes));
    }
}

// The SVG generator drops clip paths and effects: what the charts draw must not depend on them.
// The SVG, drawn back by QSvgRenderer, is compared with the raster image at a quarter of the
// size (glyph edges differ a little between the two paths).
void TestFigureChart::svgLooksLikeTheRasterImage()
{
    auto chart = fetchChart();
    QVERIFY(chart);
    QSvgRenderer renderer(renderSvg(*chart, Small));
    QVERIFY(renderer.isValid());
    QImage fromSvg(Small, QImage::Format_ARGB32_Premultiplied);
    fromSvg.fill(Qt::transparent);
    QPainter back(&fromSvg);
    renderer.render(&back, QRectF(QPointF(0, 0), Small));
    back.end();

    const QSize coarse = Small / 4;
    const int differing = differingPixels(
        render(*chart, Small).scaled(coarse, Qt::IgnoreAspectRatio, Qt::SmoothTransformation),
        fromSvg.scaled(coarse, Qt::IgnoreAspectRatio, Qt::SmoothTransformation), 160);
    // Measured: 0 blocks; hatching clipped instead of cut to shape makes 40 to 50.
    QVERIFY2(differing <= 10, qPrintable(QString::number(differing)));
}

// One display form for every view: symbols first, then numbers already bracketed (a bare 6
// after "47" would read as a digit of it), so a chart adds nothing to them.
void TestFigureChart::caveatSignsAreShownAsGiven()
{
    const QStringList expected = {
        QStringLiteral("†"), QStringLiteral("‡"),   QStringLiteral("§"),   QStringLiteral("‖"),
        QStringLiteral("¶"), QStringLiteral("(6)"), QStringLiteral("(7)"), QStringLiteral("(12)")};
    for (int i = 0; i < expected.size(); ++i)
        QCOMPARE(caveatSign(i < 7 ? i : 11), expected.at(i));
    const ChartPaint::SignedText text{
        QStringLiteral("47"), {caveatSign(0), caveatSign(3), caveatSign(5)}, QColor()};
    QCOMPARE(text.signsText(), QStringLiteral("†‖(6)"));
}

// "fi" stays two letters, so a reader searching a PDF for "figures" finds it.
void TestFigureChart::chartFontsHaveNoLigatures()
{
    const auto glyphs = [](const QFont &font) {
        QTextLayout layout(QStringLiteral("fi fl"), font);
        layout.beginLayout();
        layout.createLine();
        layout.endLayout();
        qsizetype n = 0;
        for (const QGlyphRun &run : layout.glyphRuns())
            n += run.glyphIndexes().size();
        return n;
    };
    const Theme theme = Theme::get(ThemeId::Light);
    QFont plain(theme.fontFamily);
    plain.setPixelSize(20);
    QCOMPARE(glyphs(plain), 3); // the family has the ligatures: what follows can fail
    const ChartPaint::Scale scale(QRectF(0, 0, 800, 500));
    for (QFont::Weight weight : {QFont::Normal, QFont::Bold})
        QCOMPARE(glyphs(scale.font(theme, 20, weight)), 5);
}

// Wrapped chart text breaks at spaces, never after a hyphen: pdftotext reads a line ending in
// "agent-" followed by "assisted" as "agentassisted". Read from the lines the chart draws, at
// the window's and the slides' sizes.
void TestFigureChart::textBreaksAtSpacesOnly()
{
    Report report;
    Figure figure;
    auto chart = fetchChart(&report, &figure);
    QVERIFY(chart);
    for (const QSize &size : {QSize(480, 320), Small, QSize(1280, 720), QSize(1920, 1080)}) {
        Test::TextRecorder recorder(size);
        QPainter painter(&recorder);
        chart->paint(painter, QRectF(QPointF(0, 0), size));
        painter.end();
        QVERIFY(!recorder.items().isEmpty());
        for (const Test::TextRecorder::Item &item : recorder.items()) {
            const QString line = item.text.trimmed();
            QVERIFY2(!line.endsWith(QLatin1Char('-')) && !line.endsWith(QLatin1Char('/')),
                     qPrintable(QStringLiteral("%1 at %2x%3: \"%4\"")
                                    .arg(figure.id)
                                    .arg(size.width())
                                    .arg(size.height())
                                    .arg(line)));
        }
    }
}

void TestFigureChart::degenerateFiguresPaintWithoutHarm_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("metricIds");
    QTest::addColumn<bool>("bars");
    const QList<ChartKind> kinds = {ChartKind::Tiles, ChartKind::Shares, ChartKind::PartWhole,
                                    ChartKind::SmallMultiples};
    for (ChartKind kind : kinds) {
        for (bool bars : {false, true}) {
            if (bars && kind != ChartKind::Shares)
                continue;
            const QString name = toString(kind) + (bars ? QStringLiteral("-bars") : QString());
            QTest::newRow(qPrintable(name + QStringLiteral("/no metrics")))
                << int(kind) << QStringList() << bars;
            QTest::newRow(qPrintable(name + QStringLiteral("/unknown ids")))
                << int(kind) << QStringList{QStringLiteral("nope"), QStringLiteral("nada")} << bars;
            QTest::newRow(qPrintable(name + QStringLiteral("/one metric")))
                << int(kind) << QStringList{QStringLiteral("layer-foundation")} << bars;
        }
    }
}

// Figures no loader should let through still paint, at any size, and invent no mark.
void TestFigureChart::degenerateFiguresPaintWithoutHarm()
{
    QFETCH(int, kind);
    QFETCH(QStringList, metricIds);
    QFETCH(bool, bars);
    const Report report = Test::sampleReport();
    Figure figure;
    figure.id = QStringLiteral("odd");
    figure.title = Text(QStringLiteral("Odd figure"));
    figure.kind = ChartKind(kind);
    figure.metricIds = metricIds;
    if (figure.kind == ChartKind::Shares || figure.kind == ChartKind::PartWhole) {
        ShareGroup group;
        group.partIds = metricIds;
        group.complete = false;
        figure.shares = group;
    }
    ChartOptions options;
    options.sharesAsBars = bars;
    auto chart = createFigureChart(report, figure, options);
    for (const QSize &size : {Small, QSize(40, 25), QSize(1, 1), QSize(0, 0)}) {
        const QImage image =
            render(*chart, size.isEmpty() ? QSize(1, 1) : size, QRectF(QPointF(0, 0), size));
        QVERIFY(!image.isNull());
        const QRectF rect(QPointF(0, 0), size);
        for (const QString &id : scanMarks(*chart, rect, size.width() > 100 ? 8 : 1).keys())
            QVERIFY2(metricIds.contains(id) && report.metric(id), qPrintable(id));
    }
    QVERIFY(chart->accessibleDescription().startsWith(QLatin1String("Odd figure")));
}

void TestFigureChart::reusedTextKeepsItsOwnLayout_data()
{
    QTest::addColumn<qreal>("width");
    QTest::addColumn<int>("weight");
    QTest::addColumn<int>("maxLines");
    QTest::addColumn<QStringList>("lines");
    QTest::newRow("wide") << 1000.0 << int(QFont::Normal) << 0
                          << QStringList{u"alpha beta gamma delta"_s};
    QTest::newRow("narrow") << 60.0 << int(QFont::Normal) << 0
                            << QStringList{u"alpha"_s, u"beta"_s, u"gamma"_s, u"delta"_s};
    QTest::newRow("narrow, two lines at most")
        << 60.0 << int(QFont::Normal) << 2 << QStringList{u"alpha"_s, u"beta…"_s};
    QTest::newRow("bold, a line each pair")
        << 100.0 << int(QFont::Bold) << 0 << QStringList{u"alpha beta"_s, u"gamma delta"_s};
    QTest::newRow("bold, narrow") << 60.0 << int(QFont::Bold) << 0
                                  << QStringList{u"alpha"_s, u"beta"_s, u"gamma"_s, u"delta"_s};
}

// A summary or a chart's fitting pass lays the same text out at several widths, sizes and
// line limits while its layouts are reused (TextBlock::Reuse): each is broken for its own
// width, font and limit, whatever was laid out before it.
void TestFigureChart::reusedTextKeepsItsOwnLayout()
{
    QFETCH(qreal, width);
    QFETCH(int, weight);
    QFETCH(int, maxLines);
    QFETCH(QStringList, lines);
    const Theme theme = Theme::get(ThemeId::Light);
    const QString text = u"alpha beta gamma delta"_s;
    const TextBlock::Reuse reuse;
    // Every other way first, so that a layout kept from them would be handed back.
    for (const qreal w : {1000.0, 100.0, 60.0}) {
        for (const QFont::Weight wt : {QFont::Normal, QFont::Bold}) {
            for (const int most : {0, 2})
                QVERIFY(
                    TextBlock(text, theme.font(12, wt), w, Qt::AlignLeft, 1.2, most).lineCount() >
                    0);
        }
    }
    const TextBlock block(text, theme.font(12, QFont::Weight(weight)), width, Qt::AlignLeft, 1.2,
                          maxLines);
    QStringList got;
    for (int i = 0; i < block.lineCount(); ++i)
        got << block.lineText(i);
    QCOMPARE(got, lines);
    QCOMPARE(block.font().weight(), QFont::Weight(weight));
    QCOMPARE(block.isElided(), maxLines > 0);
    // Measured once per text and font, whatever the size it is drawn at.
    const ChartPaint::TextMetrics regular(theme.font(12));
    const ChartPaint::TextMetrics bold(theme.font(12, QFont::Bold));
    const ChartPaint::TextMetrics larger(theme.font(24));
    QVERIFY(regular.horizontalAdvance(text) < bold.horizontalAdvance(text));
    QCOMPARE(larger.horizontalAdvance(text), 2 * regular.horizontalAdvance(text));
}

void TestFigureChart::commonTextHeightIsTheTallestText_data()
{
    QTest::addColumn<QStringList>("texts");
    // The width as a multiple of the widest text's advance on one line, plus an offset in px.
    QTest::addColumn<qreal>("widthFactor");
    QTest::addColumn<qreal>("widthOffset");
    QTest::addColumn<int>("maxLines");
    QTest::addColumn<int>("lines");
    const QStringList one{u"alpha beta gamma"_s};
    QTest::newRow("ample room") << one << 2.0 << 0.0 << 4 << 1;
    QTest::newRow("just room") << one << 1.0 << 0.3 << 4 << 1;
    QTest::newRow("just too narrow") << one << 1.0 << -0.5 << 4 << 2;
    QTest::newRow("a word a line") << one << 0.5 << 0.0 << 4 << 3;
    QTest::newRow("more lines than asked for") << one << 0.5 << 0.0 << 2 << 2;
    QTest::newRow("newline in ample room") << QStringList{u"alpha\nbeta"_s} << 5.0 << 0.0 << 4 << 2;
    QTest::newRow("line separator in ample room")
        << QStringList{u"alpha\u2028beta\u2028gamma"_s} << 5.0 << 0.0 << 4 << 3;
    QTest::newRow("the tallest of several")
        << QStringList{u"a"_s, u"alpha beta gamma"_s, QString(), u"beta"_s} << 0.7 << 0.0 << 4 << 2;
    QTest::newRow("several on one line each")
        << QStringList{u"a"_s, u"alpha beta gamma"_s, u"beta"_s} << 1.5 << 0.0 << 4 << 1;
    QTest::newRow("Chinese on one line")
        << QStringList{u"北美花旗松的占比"_s} << 1.5 << 0.0 << 4 << 1;
    QTest::newRow("Chinese, between characters")
        << QStringList{u"北美花旗松的占比"_s} << 0.55 << 0.0 << 4 << 2;
    QTest::newRow("nothing") << QStringList{QString()} << 1.0 << 10.0 << 4 << 0;
}

// Cells of a row give their texts the room of the tallest (ChartPaint::commonTextHeight), in
// whole lines of the font, whether a text is short enough to be measured on one line or has
// to be laid out, at any text size.
void TestFigureChart::commonTextHeightIsTheTallestText()
{
    QFETCH(QStringList, texts);
    QFETCH(qreal, widthFactor);
    QFETCH(qreal, widthOffset);
    QFETCH(int, maxLines);
    QFETCH(int, lines);
    const Theme theme = Theme::get(ThemeId::Light);
    for (const int px : {9, 15, 31}) {
        const QFont font = theme.font(px);
        qreal widest = 0;
        for (const QString &text : std::as_const(texts)) {
            if (!text.isEmpty()) {
                widest =
                    std::max(widest, ChartPaint::ScaledTextBlock(text, font, 1e6).naturalWidth());
            }
        }
        const qreal width = widest * widthFactor + widthOffset;
        const qreal lineHeight = ChartPaint::ScaledTextBlock(u"x"_s, font, 1e6).height();
        for (const bool reused : {false, true}) {
            std::optional<TextBlock::Reuse> reuse;
            if (reused)
                reuse.emplace();
            // Asked twice: what a Reuse keeps from the first answer must not change the second.
            for (int round = 0; round < 2; ++round) {
                const qreal got = ChartPaint::commonTextHeight(font, texts, width, maxLines);
                QVERIFY2(qAbs(got - lines * lineHeight) < 1e-6,
                         qPrintable(u"%1 px, width %2: %3 lines high, expected %4"_s.arg(px)
                                        .arg(width)
                                        .arg(got / lineHeight)
                                        .arg(lines)));
            }
        }
    }
}

// A degenerate rect gives a label a width that is no number (0 / 0): laid out as before, and
// the layouts kept stay usable however many such labels a painting makes.
void TestFigureChart::reuseTakesWidthsThatAreNoNumber()
{
    const QFont font = Theme::get(ThemeId::Light).font(12);
    const qreal noNumber = std::numeric_limits<qreal>::quiet_NaN();
    const TextBlock::Reuse reuse;
    // More text than the layouts kept may hold, so the oldest are let go while it runs.
    for (int i = 0; i < 120; ++i) {
        const QString text = u"label %1 "_s.arg(i).repeated(300);
        QVERIFY(TextBlock(text, font, noNumber).lineCount() >= 1);
        QVERIFY(TextBlock(text.left(3000), font, 200).lineCount() > 1);
    }
    QCOMPARE(TextBlock(u"alpha beta"_s, font, 1000).lineText(0), u"alpha beta"_s);
}

QTEST_MAIN(TestFigureChart)
// bars: "order": "value" ranks the bars largest first, "pack" keeps the figure's order; Qt
// Charts draws each bar where the hit region is.
void TestFigureChart::barsFollowTheirOrder_data()
{
    QTest::addColumn<int>("order");
    QTest::addColumn<QStringList>("topToBottom");
    QTest::newRow("value") << int(BarOrder::Value)
                           << QStringList{u"ev-norway"_s, u"ev-china"_s, u"ev-europe"_s,
                                          u"ev-usa"_s, u"ev-rest"_s};
    QTest::newRow("pack") << int(BarOrder::Pack)
                          << QStringList{u"ev-china"_s, u"ev-norway"_s, u"ev-europe"_s, u"ev-usa"_s,
                                         u"ev-rest"_s};
}

void TestFigureChart::barsFollowTheirOrder()
{
    QFETCH(int, order);
    QFETCH(QStringList, topToBottom);
    Report report = Test::axisReport();
    Figure figure = *report.figure(u"ev-share-bars"_s);
    figure.order = BarOrder(order);
    auto chart = createFigureChart(report, figure);
    const QRectF rect(QPointF(0, 0), Small);
    const auto found = scanMarks(*chart, rect, 3);
    qreal previous = -1;
    for (const QString &id : std::as_const(topToBottom)) {
        QVERIFY2(found.contains(id), qPrintable(id));
        const qreal y = boundsOf(found.value(id)).center().y();
        QVERIFY2(y > previous, qPrintable(id));
        previous = y;
    }
    // Norway (93%) is the longest bar, whatever the order.
    const qreal norway = boundsOf(found.value(u"ev-norway"_s)).width();
    for (const QString &id : std::as_const(topToBottom))
        QVERIFY(boundsOf(found.value(id)).width() <= norway + 1);
    QVERIFY(chart->accessibleDescription().contains(order == int(BarOrder::Value)
                                                        ? u"ranked by value"_s
                                                        : u"in the order the report lists them"_s));
}

// A fall reads as a fall by position: its bar lies on the other side of zero from a rise, and
// its label says the minus sign.
void TestFigureChart::fallsSitBelowTheBaseline()
{
    const Report report = Test::axisReport();
    auto chart = createFigureChart(report, *report.figure(u"power-change-bars"_s));
    const QRectF rect(QPointF(0, 0), Small);
    const QImage image = render(*chart, Small);
    const auto found = scanMarks(*chart, rect, 3);
    // Where each row's bar is drawn: the span of the bar colour across the row's middle.
    const QColor bar = Theme::get(ThemeId::Light).seriesColor(0);
    const auto span = [&](const QString &id) {
        const int y = int(boundsOf(found.value(id)).center().y());
        int first = -1;
        int last = -1;
        for (int x = 0; x < image.width(); ++x) {
            if (distance(image.pixelColor(x, y), bar) < 12) {
                if (first < 0)
                    first = x;
                last = x;
            }
        }
        return std::make_pair(first, last);
    };
    const auto coal = span(u"chg-coal"_s);
    const auto gas = span(u"chg-gas"_s);
    const auto wind = span(u"chg-wind"_s);
    QVERIFY(coal.first >= 0 && gas.first >= 0 && wind.first >= 0);
    // Falls end at zero (the baseline drawn there is a few pixels wide), where rises start;
    // the larger fall reaches further left.
    QVERIFY(std::abs(coal.second - wind.first) <= 6);
    QVERIFY(std::abs(gas.second - wind.first) <= 6);
    QVERIFY(coal.first < gas.first - 20);
    const QString description = chart->accessibleDescription();
    QVERIFY2(description.contains(QString(QChar(0x2212)) + u"61%"_s), qPrintable(description));
}

// A period without a value is a gap: nothing to point at there, no mark at zero, and the text
// alternative says so.
void TestFigureChart::seriesGapIsNotAZero_data()
{
    QTest::addColumn<int>("style");
    QTest::newRow("line") << int(FigureStyle::Line);
    QTest::newRow("columns") << int(FigureStyle::Columns);
}

void TestFigureChart::seriesGapIsNotAZero()
{
    QFETCH(int, style);
    Report report = Test::axisReport();
    Figure figure = *report.figure(u"ev-share-series"_s);
    figure.style = FigureStyle(style);
    auto chart = createFigureChart(report, figure);
    const QRectF rect(QPointF(0, 0), Small);
    const auto found = scanMarks(*chart, rect, 3);
    // Stated: 2020, 2022, 2023, 2025. Each has its mark, left to right in time.
    const QStringList years = {u"world-2020"_s, u"world-2022"_s, u"world-2023"_s, u"world-2025"_s};
    qreal previous = -1;
    QList<qreal> xs;
    for (const QString &id : years) {
        QVERIFY2(found.contains(id), qPrintable(id));
        const qreal x = boundsOf(found.value(id)).center().x();
        QVERIFY2(x > previous, qPrintable(id));
        xs << x;
        previous = x;
    }
    // 2021 and 2024 keep their place on the time axis: 2022 is two steps from 2020, and
    // 2025 two steps from 2023, the same step as 2022 to 2023 doubled.
    const qreal step = xs.at(2) - xs.at(1);
    QVERIFY(std::abs((xs.at(1) - xs.at(0)) - 2 * step) < step * 0.1);
    QVERIFY(std::abs((xs.at(3) - xs.at(2)) - 2 * step) < step * 0.1);
    // Where 2021 would be, nothing is hit.
    const qreal gapX = xs.at(0) + step;
    for (qreal y = 0; y < Small.height(); y += 4)
        QVERIFY(chart->markAt(rect, QPointF(gapX, y)).isEmpty());
    const QString description = chart->accessibleDescription();
    QVERIFY2(description.contains(u"2021"_s) && description.contains(u"a gap, not a zero"_s),
             qPrintable(description));
}

// Several series: one colour and one legend entry each, the same colour as the label has in
// the pack's other figures.
void TestFigureChart::severalSeriesHaveALegend()
{
    const Report report = Test::axisReport();
    auto chart = createFigureChart(report, *report.figure(u"brand-series"_s));
    const QImage image = render(*chart, Small);
    const Theme &theme = Theme::get(ThemeId::Light);
    const auto near = [&](const QColor &color) {
        return countPixels(image, [&](const QColor &c) { return distance(c, color) < 12; });
    };
    // Huawei and Apple: the first two series colours; Others: neutral grey.
    QVERIFY(near(theme.seriesColor(0)) > 2000);
    QVERIFY(near(theme.seriesColor(1)) > 2000);
    QVERIFY(near(theme.derived) > 2000);
    QVERIFY(near(theme.seriesColor(2)) < 50);
    const QString description = chart->accessibleDescription();
    QVERIFY2(description.contains(u"Series: Huawei, Apple, Others"_s), qPrintable(description));
    // The gap named as a reader reads the quarter, never its code ("2023-Q3").
    QVERIFY2(description.contains(u"Apple in Q3 2023"_s), qPrintable(description));
}

void TestFigureChart::chineseBreaksBetweenCharacters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("whole"); // English words and numbers no line may split
    QTest::newRow("Chinese only")
        << u"核心产业规模超过1.2万亿元，人工智能企业数量超过6000家，国家级人工智能创新平台达到47个。"_s
        << QStringList{u"1.2"_s, u"6000"_s, u"47"_s};
    QTest::newRow("English words inside")
        << u"在智能制造领域，embodied intelligence robots的任务完成率超过92%，Grade 3A hospitals覆盖300家以上。"_s
        << QStringList{u"embodied"_s, u"intelligence"_s, u"robots"_s, u"92%"_s,
                       u"Grade"_s,    u"hospitals"_s,    u"300"_s};
}

// Chinese text wraps between characters, as Chinese is set (a line is full, not broken only at
// the rare space or comma), never inside an English word or a number, and no line starts with
// a closing punctuation mark (，。、％).
void TestFigureChart::chineseBreaksBetweenCharacters()
{
    QFETCH(QString, text);
    QFETCH(QStringList, whole);
    QFont font(Theme::get(ThemeId::Light).fontFamily);
    font.setPixelSize(16);
    for (const qreal width : {120.0, 180.0, 260.0}) {
        const TextBlock block(text, font, width);
        QVERIFY2(block.lineCount() >= 3, qPrintable(QString::number(block.lineCount())));
        QString joined;
        for (int i = 0; i < block.lineCount(); ++i) {
            const QString line = block.lineText(i);
            joined += line;
            QVERIFY2(!line.isEmpty() && !u"，。、％%"_s.contains(line.front()),
                     qPrintable(u"line %1 at %2 px: \"%3\""_s.arg(i).arg(width).arg(line)));
            // Full lines: before a Chinese character, breaking between characters leaves less
            // than two characters' room (before an English word, the word's width may be left).
            if (i + 1 < block.lineCount() &&
                block.lineText(i + 1).front().script() == QChar::Script_Han) {
                const qreal used = ChartPaint::TextMetrics(font).horizontalAdvance(line);
                QVERIFY2(used >= width - 2.5 * font.pixelSize(),
                         qPrintable(
                             u"line %1 at %2 px is %3 px: \"%4\""_s.arg(i).arg(width).arg(used).arg(
                                 line)));
            }
        }
        // Nothing lost or hyphenated, and each word or number within one line.
        QCOMPARE(QString(joined).remove(u' '), QString(text).remove(u' '));
        for (const QString &word : whole) {
            bool inOneLine = false;
            for (int i = 0; i < block.lineCount(); ++i)
                inOneLine = inOneLine || block.lineText(i).contains(word);
            QVERIFY2(inOneLine, qPrintable(u"\"%1\" split at %2 px"_s.arg(word).arg(width)));
        }
    }
}

void TestFigureChart::linesStayApartInEveryTheme_data()
{
    QTest::addColumn<int>("theme");
    QTest::newRow("light") << int(ThemeId::Light);
    QTest::newRow("dark") << int(ThemeId::Dark);
    QTest::newRow("print") << int(ThemeId::Print);
}

namespace {

Report v2Pack(const QString &name);

// The shape of the mark of metricId: which pixels of the square of side `side` right of the
// mark's centre (the last point of a line: nothing of its line lies there) differ from the
// background, and their mean colour.
struct MarkerLook
{
    QList<bool> inked;
    QColor color;
};
MarkerLook markerLook(FigureChart &chart, const QImage &image, const QString &metricId, int side,
                      const QColor &background)
{
    // The mark's hit region: the marker's box grown a little, and its label further right.
    // Its leftmost column spans the box.
    const QRectF rect(QPointF(0, 0), image.size());
    const auto hits = [&](int x, int y) { return chart.markAt(rect, QPointF(x, y)) == metricId; };
    constexpr int step = 4;
    QRect coarse;
    for (int y = 0; y < image.height(); y += step) {
        for (int x = 0; x < image.width(); x += step) {
            if (hits(x, y))
                coarse |= QRect(x, y, 1, 1);
        }
    }
    MarkerLook look;
    if (coarse.isEmpty())
        return look;
    int left = coarse.left();
    while (left > 0 && hits(left - 1, coarse.top()))
        --left;
    int top = coarse.top();
    int bottom = coarse.top();
    for (int y = coarse.top() - step; y <= coarse.bottom() + step; ++y) {
        if (!hits(left, y))
            continue;
        top = std::min(top, y);
        bottom = std::max(bottom, y);
    }
    const QPoint c(left + (bottom - top) / 2, (top + bottom) / 2);
    long r = 0, g = 0, b = 0, n = 0;
    for (int y = c.y() - side / 2; y < c.y() + side / 2; ++y) {
        for (int x = c.x(); x < c.x() + side / 2; ++x) {
            const QColor pixel = image.pixelColor(x, y);
            const bool ink = distance(pixel, background) > 90;
            look.inked << ink;
            if (ink) {
                r += pixel.red();
                g += pixel.green();
                b += pixel.blue();
                ++n;
            }
        }
    }
    if (n)
        look.color = QColor(int(r / n), int(g / n), int(b / n));
    return look;
}

} // namespace

// Six lines (six-brands): every line's points differ from every other line's in colour or in
// shape, in every theme. Print has only greys, some close and one used twice (Brand A and
// Brand F): there each line has its own marker shape, and the legend shows it.
void TestFigureChart::linesStayApartInEveryTheme()
{
    QFETCH(int, theme);
    const Report report = v2Pack(u"six-brands-six-quarters.figdeck.json"_s);
    ChartOptions options;
    options.theme = Theme::get(ThemeId(theme));
    auto chart = createFigureChart(report, *report.figure(u"deliveries"_s), options);
    const QImage image = render(*chart, QSize(1920, 1080));
    const QStringList brands{u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"f"_s};
    QList<MarkerLook> looks;
    for (const QString &brand : brands) {
        looks << markerLook(*chart, image, u"brand-%1-2025-q4"_s.arg(brand), 24,
                            options.theme.background);
        QVERIFY2(looks.constLast().color.isValid(), qPrintable(brand));
    }
    for (int i = 0; i < looks.size(); ++i) {
        for (int j = i + 1; j < looks.size(); ++j) {
            const int colorApart = distance(looks.at(i).color, looks.at(j).color);
            int differ = 0;
            int inked = 0;
            for (qsizetype k = 0; k < looks.at(i).inked.size(); ++k) {
                differ += looks.at(i).inked.at(k) != looks.at(j).inked.at(k);
                inked += looks.at(i).inked.at(k) || looks.at(j).inked.at(k);
            }
            // Measured: Okabe-Ito neighbours 78 and more apart, print's two closest greys 60;
            // two circles share more than 90% of their pixels, a circle and a star about 70%.
            const double shapeApart = inked ? double(differ) / inked : 0;
            QVERIFY2(colorApart >= 70 || shapeApart >= 0.15,
                     qPrintable(u"Brand %1 and Brand %2 look alike: colours %3 apart, shapes %4"_s
                                    .arg(brands.at(i).toUpper(), brands.at(j).toUpper())
                                    .arg(colorApart)
                                    .arg(shapeApart)));
        }
    }
}

namespace {

// What a mark looks like in a 16x16 patch: which of its pixels are off the patch's own
// (median) grey, and its mean colour.
struct PatchLook
{
    QList<bool> marked;
    QColor color;
};

PatchLook patchLook(const QImage &image, const QRect &patch)
{
    QList<int> lightness;
    long r = 0, g = 0, b = 0;
    for (int y = patch.top(); y <= patch.bottom(); ++y) {
        for (int x = patch.left(); x <= patch.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            lightness << c.lightness();
            r += c.red();
            g += c.green();
            b += c.blue();
        }
    }
    const int n = int(lightness.size());
    QList<int> sorted = lightness;
    std::sort(sorted.begin(), sorted.end());
    const int median = sorted.at(n / 2);
    PatchLook look{{}, QColor(int(r / n), int(g / n), int(b / n))};
    for (int l : std::as_const(lightness))
        look.marked << (std::abs(l - median) > 40);
    return look;
}

// Which two of looks (named by names) look alike, or empty when every two differ in colour or
// in the pattern of their pixels: a solid mark has no pixel off its grey; lines or dots make
// 15% and more.
QString lookAlike(const QList<PatchLook> &looks, const QStringList &names)
{
    for (int i = 0; i < looks.size(); ++i) {
        for (int j = i + 1; j < looks.size(); ++j) {
            const int colorApart = distance(looks.at(i).color, looks.at(j).color);
            int differ = 0;
            for (qsizetype k = 0; k < looks.at(i).marked.size(); ++k)
                differ += looks.at(i).marked.at(k) != looks.at(j).marked.at(k);
            const double patternApart = double(differ) / looks.at(i).marked.size();
            if (colorApart < 70 && patternApart < 0.15)
                return u"%1 and %2 look alike: colours %3 apart, pattern %4"_s
                    .arg(names.at(i), names.at(j))
                    .arg(colorApart)
                    .arg(patternApart);
        }
    }
    return {};
}

} // namespace

void TestFigureChart::columnsStayApartInEveryTheme_data()
{
    linesStayApartInEveryTheme_data();
}

// The same six brands as columns: colours alone come round in print (five greys, Brand A and
// Brand F the same), so there the sixth column and its legend swatch carry a texture. Every
// pair of columns differs in colour or in the pattern of its pixels.
void TestFigureChart::columnsStayApartInEveryTheme()
{
    QFETCH(int, theme);
    Report report = v2Pack(u"six-brands-six-quarters.figdeck.json"_s);
    for (Figure &f : report.figures)
        f.style = FigureStyle::Columns;
    ChartOptions options;
    options.theme = Theme::get(ThemeId(theme));
    auto chart = createFigureChart(report, *report.figure(u"deliveries"_s), options);
    const QImage image = render(*chart, QSize(1920, 1080));
    const QRectF rect(QPointF(0, 0), image.size());
    const QStringList brands{u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"f"_s};
    QList<PatchLook> looks;
    QStringList names;
    for (const QString &brand : brands) {
        // The column's hit region (with its label above it); the patch sits low in the column.
        const QString id = u"brand-%1-2025-q4"_s.arg(brand);
        QRect hit;
        for (int y = 0; y < image.height(); y += 2) {
            for (int x = 0; x < image.width(); x += 2) {
                if (chart->markAt(rect, QPointF(x, y)) == id)
                    hit |= QRect(x, y, 1, 1);
            }
        }
        QVERIFY2(hit.height() > 80, qPrintable(brand));
        looks << patchLook(image, QRect(hit.center().x() - 8, hit.bottom() - 40, 16, 16));
        names << u"Brand "_s + brand.toUpper();
    }
    const QString alike = lookAlike(looks, names);
    QVERIFY2(alike.isEmpty(), qPrintable(alike));
}

void TestFigureChart::partsStayApartInEveryTheme_data()
{
    QTest::addColumn<int>("theme");
    QTest::addColumn<QString>("figureId");
    QTest::addColumn<bool>("bars");
    for (ThemeId theme : Theme::all()) {
        const QString name = Theme::name(theme);
        QTest::newRow(qPrintable(name + u"/donut"_s)) << int(theme) << u"timber"_s << false;
        QTest::newRow(qPrintable(name + u"/share-bars"_s)) << int(theme) << u"timber"_s << true;
        QTest::newRow(qPrintable(name + u"/part-whole"_s)) << int(theme) << u"land"_s << false;
    }
}

// Eight parts of a whole: more than any theme has colours (print has five greys, two of them
// close), so the parts past the palette carry a texture, as columns do. Every pair of parts
// differs in colour or in the pattern of its pixels, sampled inside each drawn segment.
void TestFigureChart::partsStayApartInEveryTheme()
{
    QFETCH(int, theme);
    QFETCH(QString, figureId);
    QFETCH(bool, bars);
    const Report report = v2Pack(u"eight-species.figdeck.json"_s);
    const Figure *figure = report.figure(figureId);
    QVERIFY(figure);
    const QList<const Metric *> parts = report.metricsOf(*figure);
    QCOMPARE(parts.size(), 8);
    ChartOptions options;
    options.theme = Theme::get(ThemeId(theme));
    options.sharesAsBars = bars;
    auto chart = createFigureChart(report, *figure, options);
    const QImage image = render(*chart, QSize(1920, 1080));
    const QRectF rect(QPointF(0, 0), image.size());
    // Which part's hit region each point of a 4-pixel grid lies in.
    constexpr int Step = 4;
    const int columns = image.width() / Step;
    const int rows = image.height() / Step;
    QList<QString> hits(qsizetype(columns) * rows);
    for (int gy = 0; gy < rows; ++gy) {
        for (int gx = 0; gx < columns; ++gx)
            hits[gy * columns + gx] = chart->markAt(rect, QPointF(gx * Step, gy * Step));
    }
    const auto hitAt = [&](int gx, int gy) {
        return gx < 0 || gy < 0 || gx >= columns || gy >= rows ? QString()
                                                               : hits.at(gy * columns + gx);
    };
    QList<PatchLook> looks;
    QStringList names;
    for (const Metric *part : parts) {
        // A hit region holds the part's label too: its segment is the patch most of one colour
        // (or of one colour and a texture) that is neither the background nor the text.
        QRect best;
        double bestUniform = -1;
        for (int gy = 0; gy < rows; ++gy) {
            for (int gx = 0; gx < columns; ++gx) {
                if (hitAt(gx, gy) != part->id || hitAt(gx - 3, gy - 3) != part->id ||
                    hitAt(gx + 3, gy - 3) != part->id || hitAt(gx - 3, gy + 3) != part->id ||
                    hitAt(gx + 3, gy + 3) != part->id)
                    continue;
                const QRect patch(gx * Step - 8, gy * Step - 8, 16, 16);
                QList<QColor> pixels;
                for (int y = patch.top(); y <= patch.bottom(); ++y) {
                    for (int x = patch.left(); x <= patch.right(); ++x)
                        pixels << image.pixelColor(x, y);
                }
                std::sort(pixels.begin(), pixels.end(), [](const QColor &x, const QColor &y) {
                    return x.lightness() < y.lightness();
                });
                const QColor median = pixels.at(pixels.size() / 2);
                if (distance(median, options.theme.background) < 60 ||
                    distance(median, options.theme.text) < 60)
                    continue; // the label: its background, or a glyph of its value
                const double uniform = double(std::count_if(pixels.cbegin(), pixels.cend(),
                                                            [&](const QColor &c) {
                                                                return distance(c, median) < 30;
                                                            })) /
                                       pixels.size();
                if (uniform > bestUniform + 1e-9) {
                    bestUniform = uniform;
                    best = patch;
                }
            }
        }
        QVERIFY2(bestUniform > 0.5, qPrintable(u"no segment found for "_s + part->id));
        looks << patchLook(image, best);
        names << part->label.text();
    }
    const QString alike = lookAlike(looks, names);
    QVERIFY2(alike.isEmpty(), qPrintable(alike));
}

namespace {

Report v2Pack(const QString &name)
{
    const LoadResult loaded =
        loadReportPack(QStringLiteral(FIGDECK_TEST_DATA "/model/v2/good/") + name);
    return loaded.report.value_or(Report());
}

// The options of a part-whole test row: its theme, frameTextPx and minTextPx columns.
ChartOptions fetchedPartOptions()
{
    QFETCH(qreal, frameTextPx);
    QFETCH(qreal, minTextPx);
    QFETCH(int, theme);
    ChartOptions options;
    options.theme = Theme::get(ThemeId(theme));
    options.frameTextPixelSize = frameTextPx;
    options.minTextPixelSize = minTextPx;
    return options;
}

QList<Test::TextRecorder::Item> drawnText(FigureChart &chart, const QSize &size)
{
    Test::TextRecorder recorder(size);
    QPainter painter(&recorder);
    chart.paint(painter, QRectF(QPointF(0, 0), size));
    painter.end();
    return recorder.items();
}

// Text is drawn in runs per script ("2024" then "年上半年"): runs that continue one another on a
// baseline are one label.
QList<Test::TextRecorder::Item> drawnLabels(FigureChart &chart, const QSize &size)
{
    QList<Test::TextRecorder::Item> drawn;
    for (const Test::TextRecorder::Item &item : drawnText(chart, size)) {
        if (!drawn.isEmpty() && std::abs(drawn.last().position.y() - item.position.y()) < 0.5 &&
            std::abs(drawn.last().rect.right() - item.rect.left()) < 1.5) {
            drawn.last().text += item.text;
            drawn.last().rect = drawn.last().rect.united(item.rect);
        } else {
            drawn << item;
        }
    }
    return drawn;
}

} // namespace

void TestFigureChart::statusKeysLookLikeTheirMarks_data()
{
    QTest::addColumn<int>("style");
    QTest::addColumn<bool>("hollow"); // the "estimated" key: a hollow point, or a lighter column
    QTest::newRow("line") << int(FigureStyle::Line) << true;
    QTest::newRow("columns") << int(FigureStyle::Columns) << false;
}

// The legend's "estimated" key is drawn like the mark it explains: on a line, a hollow point
// (the estimated point is a hollow marker), on columns a lighter column. Before, a line's key was
// a column's filled swatch.
void TestFigureChart::statusKeysLookLikeTheirMarks()
{
    QFETCH(int, style);
    QFETCH(bool, hollow);
    Report report = v2Pack(u"v2-features.figdeck.json"_s);
    Figure figure = *report.figure(u"share-over-time"_s); // 2023 is estimated
    figure.style = FigureStyle(style);
    auto chart = createFigureChart(report, figure);
    const QSize size(1920, 1080);
    QRectF key;
    for (const Test::TextRecorder::Item &item : drawnText(*chart, size)) {
        if (item.text == u"estimated"_s)
            key = item.rect;
    }
    QVERIFY(!key.isEmpty());
    // The key's box ends 0.4 of a line height left of its text and is 1.6 line heights wide.
    const qreal h = key.height();
    const QPointF centre(key.left() - 0.4 * h - 0.8 * h, key.center().y());
    const QImage image = render(*chart, size);
    const QColor atCentre = image.pixelColor(centre.toPoint());
    const int fromBackground = distance(atCentre, Theme::get(ThemeId::Light).background);
    if (hollow)
        QVERIFY2(fromBackground < 30, qPrintable(atCentre.name()));
    else
        QVERIFY2(fromBackground >= 30, qPrintable(atCentre.name()));
}

void TestFigureChart::oneSeriesGapSaysSo_data()
{
    QTest::addColumn<int>("style");
    QTest::addColumn<int>("said"); // how often "no value" is drawn, by hand
    QTest::newRow("columns") << int(FigureStyle::Columns) << 1;
    QTest::newRow("line") << int(FigureStyle::Line) << 0; // the line's break says it
}

// Six brands, Brand E without a value for 2025 Q1 while the others have one: among columns its
// empty slot says "no value" (an empty slot beside five columns reads as a zero); a line
// shows the gap as a break.
void TestFigureChart::oneSeriesGapSaysSo()
{
    QFETCH(int, style);
    QFETCH(int, said);
    Report report = v2Pack(u"six-brands-six-quarters.figdeck.json"_s);
    for (Figure &f : report.figures)
        f.style = FigureStyle(style);
    auto chart = createFigureChart(report, *report.figure(u"deliveries"_s));
    const QSize size(1920, 1080);
    QList<QRectF> shown;
    for (const Test::TextRecorder::Item &item : drawnText(*chart, size)) {
        if (item.text == u"no value"_s)
            shown << item.rect;
    }
    QCOMPARE(shown.size(), said);
    if (!said)
        return;
    // Between Brand D's and Brand F's columns of 2025 Q1, and above the baseline.
    const auto found = scanMarks(*chart, QRectF(QPointF(0, 0), size), 2);
    const QRectF d = boundsOf(found.value(u"brand-d-2025-q1"_s));
    const QRectF f = boundsOf(found.value(u"brand-f-2025-q1"_s));
    QVERIFY(!d.isEmpty() && !f.isEmpty());
    const QPointF at = shown.first().center();
    QVERIFY2(at.x() > d.right() && at.x() < f.left(),
             qPrintable(u"%1 not between %2 and %3"_s.arg(at.x()).arg(d.right()).arg(f.left())));
    QVERIFY(at.y() < d.bottom());
}

void TestFigureChart::textureRimIsTheSegmentLessItsStroke_data()
{
    QTest::addColumn<qreal>("start");
    QTest::addColumn<qreal>("span");
    QTest::addColumn<qreal>("inset");
    QTest::newRow("a quarter") << 0.0 << 90.0 << 12.0;
    QTest::newRow("across 12 o'clock") << 300.0 << 120.0 << 6.0;
    QTest::newRow("over half") << 45.0 << 230.0 << 12.0;
    QTest::newRow("thin: the edges meet before the hole") << 130.0 << 5.0 << 12.0;
    QTest::newRow("thinner than its rim") << 200.0 << 2.0 << 12.0;
    QTest::newRow("the whole ring") << 0.0 << 360.0 << 12.0;
    QTest::newRow("no rim") << 10.0 << 70.0 << 0.0;
}

// Where a donut part's texture may go: inside a rim of the part's own colour along all its
// edges. The expected area is what the path clipper leaves of the segment less a mitred stroke
// as wide as two rims, which Figdeck used to compute; both are filled without antialiasing and
// may differ only along the outline, where arcs are flattened differently (a pixel for every
// four of it; about one for every ten differs).
void TestFigureChart::textureRimIsTheSegmentLessItsStroke()
{
    QFETCH(qreal, start);
    QFETCH(qreal, span);
    QFETCH(qreal, inset);
    const QPointF c(500, 500);
    const qreal inner = 224;
    const qreal outer = 400;
    const QRectF in(c.x() - inner, c.y() - inner, 2 * inner, 2 * inner);
    const QRectF out(c.x() - outer, c.y() - outer, 2 * outer, 2 * outer);
    QPainterPath segment; // Qt Charts' angles (12 o'clock, clockwise) in QPainterPath's
    if (span >= 360) {
        segment.addEllipse(out);
        segment.addEllipse(in);
    } else {
        segment.arcMoveTo(out, 90 - start);
        segment.arcTo(out, 90 - start, -span);
        segment.arcTo(in, 90 - start - span, span);
        segment.closeSubpath();
    }
    QPainterPath expected = segment;
    if (inset > 0) {
        QPainterPathStroker rim;
        rim.setWidth(2 * inset);
        rim.setJoinStyle(Qt::MiterJoin);
        expected = segment.subtracted(rim.createStroke(segment));
    }
    const QPainterPath actual = ChartPaint::ringSegment(c, inner, outer, start, span, inset);

    const auto filled = [](const QPainterPath &path) {
        QImage image(1000, 1000, QImage::Format_Grayscale8);
        image.fill(0);
        QPainter painter(&image);
        painter.fillPath(path, Qt::white);
        return image;
    };
    const QImage want = filled(expected);
    const QImage got = filled(actual);
    qsizetype wanted = 0, differing = 0;
    for (int y = 0; y < want.height(); ++y) {
        const uchar *w = want.constScanLine(y);
        const uchar *g = got.constScanLine(y);
        for (int x = 0; x < want.width(); ++x) {
            wanted += w[x] != 0;
            differing += (w[x] != 0) != (g[x] != 0);
        }
    }
    const qreal outline = expected.length();
    QVERIFY2(differing <= outline / 4 + 8,
             qPrintable(QStringLiteral("%1 pixels differ along an outline of %2 (%3 expected)")
                            .arg(differing)
                            .arg(outline)
                            .arg(wanted)));
}

void TestFigureChart::partLabelsDoNotOverlap_data()
{
    QTest::addColumn<QString>("pack");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<qreal>("frameTextPx"); // ChartOptions::frameTextPixelSize
    QTest::addColumn<qreal>("minTextPx");   // ChartOptions::minTextPixelSize
    QTest::addColumn<int>("theme");
    QTest::addColumn<QStringList>("labels"); // every name and value, as drawn
    const QString english = u"eight-species.figdeck.json"_s;
    const QStringList englishLabels = {
        u"Hazel"_s, u"Gum"_s, u"Fir"_s, u"Elm"_s, u"Douglas"_s, u"Cedar"_s, u"Birch"_s, u"Alder"_s,
        u"22%"_s,   u"18%"_s, u"15%"_s, u"13%"_s, u"11%"_s,     u"9%"_s,    u"7%"_s,    u"5%"_s};
    // Qualified values keep their signs: "≈ 9%", "> 7%", "< 5%".
    const QString chinese = u"eight-species-zh.figdeck.json"_s;
    const QStringList chineseLabels = {u"榛树"_s,       u"桉树"_s, u"冷杉"_s, u"榆树"_s,
                                       u"北美花旗松"_s, u"雪松"_s, u"白桦"_s, u"其他阔叶树种"_s,
                                       u"22%"_s,        u"18%"_s,  u"15%"_s,  u"13%"_s,
                                       u"11%"_s,        u"≈ 9%"_s, u"> 7%"_s, u"< 5%"_s};
    const int print = int(ThemeId::Print);
    QTest::newRow("1920x1080") << english << QSize(1920, 1080) << 0.0 << 0.0 << print
                               << englishLabels;
    QTest::newRow("1280x720") << english << QSize(1280, 720) << 0.0 << 0.0 << print
                              << englishLabels;
    QTest::newRow("800x450") << english << QSize(800, 450) << 0.0 << 0.0 << print << englishLabels;
    // The printable summary's chart: the text width of the page, a third of its height at
    // most (summarydocument.cpp: 419 x 262 points on A4, 390 x 244 on Letter), its small print
    // as large as the page's body text (10).
    QTest::newRow("summary-a4/print")
        << english << QSize(419, 262) << 10.0 << 0.0 << print << englishLabels;
    QTest::newRow("summary-a4/light")
        << english << QSize(419, 262) << 10.0 << 0.0 << int(ThemeId::Light) << englishLabels;
    QTest::newRow("summary-a4/dark")
        << english << QSize(419, 262) << 10.0 << 0.0 << int(ThemeId::Dark) << englishLabels;
    QTest::newRow("summary-letter/print")
        << english << QSize(390, 244) << 10.0 << 0.0 << print << englishLabels;
    // A narrow figure export, and the window's text floor in a narrow chart view.
    QTest::newRow("export-360x640")
        << english << QSize(360, 640) << 0.0 << 0.0 << int(ThemeId::Light) << englishLabels;
    QTest::newRow("window-480x300")
        << english << QSize(480, 300) << 0.0 << qreal(ChartViewMinTextPx) << int(ThemeId::Light)
        << englishLabels;
    QTest::newRow("zh/summary-a4/print")
        << chinese << QSize(419, 262) << 10.0 << 0.0 << print << chineseLabels;
    QTest::newRow("zh/800x450/dark")
        << chinese << QSize(800, 450) << 0.0 << 0.0 << int(ThemeId::Dark) << chineseLabels;
}

// Eight parts of a whole, the last three narrow (9%, 7%, 5%): every name and value is drawn
// whole, once, and no text touches another (the narrow parts' labels ran into each other, and
// "Birch" and "Cedar" broke into "Bi-"/"rch"). In the summary's chart the labels do not fit
// side by side: they take rows rather than breaking "Do-ugl-as" or running over each other.
void TestFigureChart::partLabelsDoNotOverlap()
{
    QFETCH(QString, pack);
    QFETCH(QSize, size);
    QFETCH(QStringList, labels);
    const Report report = v2Pack(pack);
    const Figure *figure = report.figure(u"land"_s);
    QVERIFY(figure);
    const ChartOptions options = fetchedPartOptions();
    auto chart = createFigureChart(report, *figure, options);
    const QList<Test::TextRecorder::Item> items = drawnText(*chart, size);
    for (const QString &label : labels) {
        const auto count = std::count_if(items.cbegin(), items.cend(),
                                         [&](const auto &item) { return item.text == label; });
        QVERIFY2(count == 1, qPrintable(label + u" drawn whole %1 times"_s.arg(count)));
    }
    for (int i = 0; i < items.size(); ++i) {
        QVERIFY2(QRectF(QPointF(0, 0), size).contains(items.at(i).rect),
                 qPrintable(items.at(i).text + u" is cut off"_s));
        for (int j = i + 1; j < items.size(); ++j) {
            // A label's name and value are one column, the value's ascent under the name's
            // descent; text of two columns must not touch.
            const QRectF &a = items.at(i).rect;
            const QRectF &b = items.at(j).rect;
            if (qAbs(a.left() - b.left()) < 1)
                continue;
            QVERIFY2(!a.intersects(b),
                     qPrintable(items.at(i).text + u" overlaps "_s + items.at(j).text));
        }
    }
}

namespace {

// The values of the parts of sixteen-categories.figdeck.json as drawn, in order, written by hand
// from the pack: its qualifiers are approximate, more-than, at-least and less-than; 4% is left
// uncovered.
QStringList sixteenValues()
{
    return {u"22%"_s, u"13%"_s,  u"12%"_s, u"≈ 9%"_s, u"8%"_s, u"6%"_s,
            u"5%"_s,  u"> 4%"_s, u"4%"_s,  u"≈ 3%"_s, u"3%"_s, u"≥ 2%"_s,
            u"2%"_s,  u"1%"_s,   u"1%"_s,  u"< 1%"_s, u"4%"_s};
}

struct Recorded
{
    QList<Test::TextRecorder::Item> items;
    QList<Test::TextRecorder::Line> lines;
    QList<Test::TextRecorder::Fill> fills;
};

Recorded drawnTextAndLines(FigureChart &chart, const QSize &size)
{
    Test::TextRecorder recorder(size);
    QPainter painter(&recorder);
    chart.paint(painter, QRectF(QPointF(0, 0), size));
    painter.end();
    return {recorder.items(), recorder.lines(), recorder.fills()};
}

const Test::TextRecorder::Item *drawnItem(const QList<Test::TextRecorder::Item> &items,
                                          const QString &text)
{
    for (const Test::TextRecorder::Item &item : items) {
        if (item.text == text)
            return &item;
    }
    return nullptr;
}

// The part-whole bar's left and right edge, read from its scale's end labels ("0%" starts at
// the bar's left, "100%" ends at its right).
std::pair<qreal, qreal> barEnds(const QList<Test::TextRecorder::Item> &items)
{
    const Test::TextRecorder::Item *zero = drawnItem(items, u"0%"_s);
    const Test::TextRecorder::Item *whole = drawnItem(items, u"100%"_s);
    if (!zero || !whole)
        return {0, 0};
    return {zero->rect.left(), whole->rect.right()};
}

// Where each drawn part lies along the bar as the share's numbers say: a part's left and right
// edge mapped onto [left, right] from the parts' values and the whole's total, in drawing order
// (what an incomplete whole leaves uncovered last).
QList<std::pair<qreal, qreal>> expectedSegments(const Report &report, const Figure &figure,
                                                qreal left, qreal right)
{
    QList<double> values;
    double sum = 0;
    for (const QString &id : figure.shares->partIds) {
        values << report.metric(id)->value;
        sum += values.last();
    }
    const double total = figure.shares->total;
    if (!figure.shares->complete && sum < total)
        values << total - sum;
    QList<std::pair<qreal, qreal>> result;
    double start = 0;
    for (const double v : std::as_const(values)) {
        result << std::pair<qreal, qreal>{left + (right - left) * start / total,
                                          left + (right - left) * (start + v) / total};
        start += v;
    }
    return result;
}

// The bar's top and bottom: from just above its scale's "0%" upwards in the middle of the first
// part, the run of pixels that are not the background (the first part is solid in every theme).
std::pair<int, int> barRows(const QImage &image, const QList<Test::TextRecorder::Item> &items,
                            qreal x, const QColor &background)
{
    const Test::TextRecorder::Item *zero = drawnItem(items, u"0%"_s);
    if (!zero)
        return {0, 0};
    const int column = int(x);
    int y = int(zero->rect.top()) - 1;
    while (y > 0 && distance(image.pixelColor(column, y), background) < 24)
        --y; // between the bar and its scale's labels
    const int bottom = y;
    while (y > 0 && distance(image.pixelColor(column, y), background) >= 24)
        --y;
    return {y + 1, bottom};
}

bool lineCrossesRect(const QLineF &line, const QRectF &rect)
{
    if (rect.contains(line.p1()) || rect.contains(line.p2()))
        return true;
    const QList<QLineF> edges = {
        QLineF(rect.topLeft(), rect.topRight()), QLineF(rect.topRight(), rect.bottomRight()),
        QLineF(rect.bottomRight(), rect.bottomLeft()), QLineF(rect.bottomLeft(), rect.topLeft())};
    return std::any_of(edges.cbegin(), edges.cend(), [&](const QLineF &edge) {
        return line.intersects(edge, nullptr) == QLineF::BoundedIntersection;
    });
}

// The pixels of two renderings of a part-whole chart that differ over the bar's rows (and two
// rows either side).
struct BarChange
{
    QRect rect;
    int count = 0;
    bool within(qreal left, qreal right, int top, int bottom) const
    {
        return rect.left() >= left - 1 && rect.right() <= right + 1 && rect.top() >= top &&
               rect.bottom() <= bottom;
    }
    QString where(qreal left, qreal right, int top, int bottom) const
    {
        return u"changed %1 px in x %2..%3, y %4..%5; segment x %6..%7, bar y %8..%9"_s.arg(count)
            .arg(rect.left())
            .arg(rect.right())
            .arg(rect.top())
            .arg(rect.bottom())
            .arg(left)
            .arg(right)
            .arg(top)
            .arg(bottom);
    }
};

BarChange changedInBar(const QImage &image, const QImage &reference, int barTop, int barBottom)
{
    BarChange change;
    for (int y = barTop - 2; y <= barBottom + 2; ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (distance(image.pixelColor(x, y), reference.pixelColor(x, y)) <= 24)
                continue;
            ++change.count;
            change.rect |= QRect(x, y, 1, 1);
        }
    }
    return change;
}

// The columns fetchedPartOptions reads, and the chart's size.
void addPartOptionColumns()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<qreal>("frameTextPx");
    QTest::addColumn<qreal>("minTextPx");
    QTest::addColumn<int>("theme");
}

// A figure's chart rendered at size, and the same chart with metricId's value exact.
struct AgainstExact
{
    std::unique_ptr<FigureChart> chart;
    QImage image;
    QImage exactImage;
};

AgainstExact renderedAgainstExact(const Report &report, const Figure &figure,
                                  const QString &metricId, const ChartOptions &options,
                                  const QSize &size)
{
    AgainstExact result;
    result.chart = createFigureChart(report, figure, options);
    result.image = render(*result.chart, size);
    const Report exact = Test::withQualifier(report, metricId, Qualifier::Exact);
    auto exactChart = createFigureChart(exact, figure, options);
    result.exactImage = render(*exactChart, size);
    return result;
}

} // namespace

void TestFigureChart::lowerBoundStaysInItsPart_data()
{
    addPartOptionColumns();
    for (ThemeId theme : Theme::all()) {
        const QString name = Theme::name(theme);
        QTest::newRow(qPrintable(u"1280x720/"_s + name))
            << QSize(1280, 720) << 0.0 << 0.0 << int(theme);
        QTest::newRow(qPrintable(u"summary-a4/"_s + name))
            << QSize(419, 262) << 10.0 << 0.0 << int(theme);
        QTest::newRow(qPrintable(u"window-480x300/"_s + name))
            << QSize(480, 300) << 0.0 << qreal(ChartViewMinTextPx) << int(theme);
    }
    QTest::newRow("1920x1080/light") << QSize(1920, 1080) << 0.0 << 0.0 << int(ThemeId::Light);
}

// "> 7%" in an incomplete whole of 100 (the Chinese pack's birch, two parts from the end): the
// bar never runs past the whole's end, and what says "could be more" lies inside the part's own
// segment, smaller than it: the pixels that differ from the same chart with "7%" exact, over the
// bar's rows, lie within the segment the test maps from the numbers (88% to 95%), in at most
// three fifths of its width and of the bar's height. (The open end ran on past 100% over the last
// part, with a chevron as tall as the bar.)
void TestFigureChart::lowerBoundStaysInItsPart()
{
    QFETCH(QSize, size);
    const QString birch = u"land-birch"_s;
    const Report open = v2Pack(u"eight-species-zh.figdeck.json"_s);
    QVERIFY(open.metric(birch)->qualifier == Qualifier::MoreThan);
    const Figure *figure = open.figure(u"land"_s);
    QVERIFY(figure);
    const ChartOptions options = fetchedPartOptions();
    const AgainstExact rendered = renderedAgainstExact(open, *figure, birch, options, size);
    const QImage &openImage = rendered.image;
    const QImage &exactImage = rendered.exactImage;
    const Recorded drawn = drawnTextAndLines(*rendered.chart, size);
    const auto [left, right] = barEnds(drawn.items);
    QVERIFY2(right > left + size.width() / 2, "no scale under the bar");
    const QList<std::pair<qreal, qreal>> segments = expectedSegments(open, *figure, left, right);
    const qsizetype index = figure->shares->partIds.indexOf(birch);
    const auto [segmentLeft, segmentRight] = segments.at(index);
    const QColor background = options.theme.background;
    const auto [barTop, barBottom] = barRows(
        openImage, drawn.items, (segments.first().first + segments.first().second) / 2, background);
    QVERIFY2(barBottom - barTop >= 8,
             qPrintable(u"bar rows %1 to %2"_s.arg(barTop).arg(barBottom)));

    // Nothing right of the whole's end.
    for (int y = 0; y < openImage.height(); ++y) {
        for (int x = int(std::ceil(right)) + 2; x < openImage.width(); ++x) {
            QVERIFY2(
                distance(openImage.pixelColor(x, y), background) < 24,
                qPrintable(u"drawn past 100%% (x %1 > %2) at y %3"_s.arg(x).arg(right).arg(y)));
        }
    }
    // The open end's mark: inside its segment, smaller than it.
    const BarChange change = changedInBar(openImage, exactImage, barTop, barBottom);
    const QRect &changed = change.rect;
    const QString where = change.where(segmentLeft, segmentRight, barTop, barBottom);
    QVERIFY2(change.count >= 8, qPrintable(u"no open end: "_s + where));
    QVERIFY2(change.within(segmentLeft, segmentRight, barTop, barBottom),
             qPrintable(u"outside its segment and the bar's rows: "_s + where));
    QVERIFY2(changed.width() <= (segmentRight - segmentLeft) * 0.6 &&
                 changed.height() <= (barBottom - barTop + 1) * 0.6,
             qPrintable(u"overpowers its segment: "_s + where));
}

void TestFigureChart::chinesePartNamesBreakWithoutHyphens_data()
{
    addPartOptionColumns();
    const qreal window = ChartViewMinTextPx;
    for (ThemeId theme : Theme::all()) {
        const QString name = Theme::name(theme);
        QTest::newRow(qPrintable(u"window-300x200/"_s + name))
            << QSize(300, 200) << 0.0 << window << int(theme);
        QTest::newRow(qPrintable(u"window-240x180/"_s + name))
            << QSize(240, 180) << 0.0 << window << int(theme);
        QTest::newRow(qPrintable(u"window-360x240/"_s + name))
            << QSize(360, 240) << 0.0 << window << int(theme);
    }
    QTest::newRow("summary-a4/print") << QSize(419, 262) << 10.0 << 0.0 << int(ThemeId::Print);
    QTest::newRow("export-300x200") << QSize(300, 200) << 0.0 << 0.0 << int(ThemeId::Light);
}

// A small chart with its text at the window's floor: the Chinese names ("北美花旗松") break
// between characters as Chinese is set, with no hyphen, soft or drawn, anywhere in them (each
// of "北美花旗松" and "其他阔叶树种" carried twelve soft hyphens, one per round of TextBlock's
// search for a break inside a word, and a hyphen wherever a line broke at one); none is elided,
// and each name's lines, in order, make it up whole.
void TestFigureChart::chinesePartNamesBreakWithoutHyphens()
{
    QFETCH(QSize, size);
    const Report report = v2Pack(u"eight-species-zh.figdeck.json"_s);
    const Figure *figure = report.figure(u"land"_s);
    QVERIFY(figure);
    auto chart = createFigureChart(report, *figure, fetchedPartOptions());
    const QList<Test::TextRecorder::Item> items = drawnText(*chart, size);
    QString drawn;
    for (const Test::TextRecorder::Item &item : items) {
        // A hyphen Qt draws at a line's end is drawn for a soft hyphen, a run of its own.
        QVERIFY2(!item.text.contains(QChar::SoftHyphen) && !item.text.contains(QChar(0x2010)) &&
                     item.text != u"-"_s,
                 qPrintable(u"hyphen drawn: \"%1\""_s.arg(item.text)));
        const bool chinese = std::any_of(item.text.cbegin(), item.text.cend(),
                                         [](QChar c) { return c.script() == QChar::Script_Han; });
        if (!chinese)
            continue;
        QVERIFY2(!item.text.contains(u'-'), qPrintable(u"hyphenated: "_s + item.text));
        QVERIFY2(!item.text.contains(QChar(0x2026)), qPrintable(u"elided: "_s + item.text));
        drawn += item.text;
    }
    for (const QString &id : figure->shares->partIds) {
        const QString name = report.metric(id)->label.text();
        QVERIFY2(drawn.contains(name),
                 qPrintable(u"\"%1\" not drawn whole in \"%2\""_s.arg(name, drawn)));
    }
}

void TestFigureChart::upperBoundFadesInItsPart_data()
{
    lowerBoundStaysInItsPart_data();
    QTest::newRow("300x200/print") << QSize(300, 200) << 0.0 << 0.0 << int(ThemeId::Print);
}

namespace {

// The mean colour distance between two images over the columns [left, right) of rows [top,
// bottom].
qreal meanDistance(const QImage &a, const QImage &b, int left, int right, int top, int bottom)
{
    qreal sum = 0;
    int count = 0;
    for (int y = top; y <= bottom; ++y) {
        for (int x = left; x < right; ++x) {
            sum += distance(a.pixelColor(x, y), b.pixelColor(x, y));
            ++count;
        }
    }
    return count > 0 ? sum / count : 0;
}

} // namespace

// "< 5%" (the Chinese pack's last part, an upper bound) is marked in the bar as "at most this
// much", not only in its label: against the same chart with "5%" exact, the pixels that differ
// lie inside its segment and over the bar's rows, its start differs plainly and its end (the
// most it can be) hardly at all: a fade towards its value, which neither an exact part nor the
// lower bound's chevron (at the end of its part) looks like. (It was drawn as an exact part.)
void TestFigureChart::upperBoundFadesInItsPart()
{
    QFETCH(QSize, size);
    const QString alder = u"land-alder"_s;
    const Report upper = v2Pack(u"eight-species-zh.figdeck.json"_s);
    QVERIFY(upper.metric(alder)->qualifier == Qualifier::LessThan);
    const Report lower = Test::withQualifier(upper, alder, Qualifier::MoreThan);
    const Figure *figure = upper.figure(u"land"_s);
    QVERIFY(figure);
    const ChartOptions options = fetchedPartOptions();
    const AgainstExact rendered = renderedAgainstExact(upper, *figure, alder, options, size);
    const QImage &upperImage = rendered.image;
    const QImage &exactImage = rendered.exactImage;
    auto lowerChart = createFigureChart(lower, *figure, options);
    const QImage lowerImage = render(*lowerChart, size);
    const Recorded drawn = drawnTextAndLines(*rendered.chart, size);
    const auto [left, right] = barEnds(drawn.items);
    QVERIFY2(right > left + size.width() / 2, "no scale under the bar");
    const QList<std::pair<qreal, qreal>> segments = expectedSegments(upper, *figure, left, right);
    const auto [segmentLeft, segmentRight] = segments.at(figure->shares->partIds.indexOf(alder));
    const auto [barTop, barBottom] =
        barRows(upperImage, drawn.items, (segments.first().first + segments.first().second) / 2,
                options.theme.background);
    QVERIFY2(barBottom - barTop >= 8,
             qPrintable(u"bar rows %1 to %2"_s.arg(barTop).arg(barBottom)));

    const BarChange change = changedInBar(upperImage, exactImage, barTop, barBottom);
    const QString where = change.where(segmentLeft, segmentRight, barTop, barBottom);
    QVERIFY2(change.count >= 8, qPrintable(u"no mark of an upper bound: "_s + where));
    QVERIFY2(change.within(segmentLeft, segmentRight, barTop, barBottom),
             qPrintable(u"outside its segment and the bar's rows: "_s + where));
    // Its first third against its last few columns (inside the separating border).
    const int width = int(segmentRight - segmentLeft);
    const int first = int(std::ceil(segmentLeft)) + 2;
    const qreal start =
        meanDistance(upperImage, exactImage, first, first + width / 3, barTop + 2, barBottom - 2);
    const int last = int(segmentRight) - 1;
    const qreal end = meanDistance(upperImage, exactImage, last - std::max(2, width / 10), last,
                                   barTop + 2, barBottom - 2);
    QVERIFY2(start >= 40 && end <= start / 2.5,
             qPrintable(u"start differs by %1, end by %2: "_s.arg(start).arg(end) + where));
    // Not the lower bound's look: that one's chevron is at the end, where this one is as
    // drawn exactly.
    const qreal lowerEnd = meanDistance(lowerImage, exactImage, first, int(segmentRight) - 1,
                                        barTop + 2, barBottom - 2);
    QVERIFY2(
        meanDistance(upperImage, lowerImage, first, int(segmentRight) - 1, barTop + 2,
                     barBottom - 2) >= 20,
        qPrintable(u"looks like the lower bound (which differs from exact by %1)"_s.arg(lowerEnd)));
}

void TestFigureChart::upperBoundSwatchFadesAsItsPart_data()
{
    lowerBoundStaysInItsPart_data();
}

// Sixteen parts named in a key: "< 1%" (donations, an upper bound) has its swatch drawn as its
// part is, faded: against the same chart with "1%" exact, pixels under the bar differ, all of
// them left of its value in the key (in its swatch), and its swatch's left differs more than
// its right. (The key drew it as an exact part's.)
void TestFigureChart::upperBoundSwatchFadesAsItsPart()
{
    QFETCH(QSize, size);
    const QString charity = u"spend-charity"_s;
    const Report upper = v2Pack(u"sixteen-categories.figdeck.json"_s);
    QVERIFY(upper.metric(charity)->qualifier == Qualifier::LessThan);
    const Figure *figure = upper.figure(u"spending"_s);
    QVERIFY(figure);
    const AgainstExact rendered =
        renderedAgainstExact(upper, *figure, charity, fetchedPartOptions(), size);
    const QImage &upperImage = rendered.image;
    const QImage &exactImage = rendered.exactImage;
    const QList<Test::TextRecorder::Item> items = drawnText(*rendered.chart, size);
    const Test::TextRecorder::Item *zero = drawnItem(items, u"0%"_s);
    const Test::TextRecorder::Item *value = drawnItem(items, u"< 1%"_s);
    QVERIFY(zero && value);
    QVERIFY2(value->rect.top() > zero->rect.bottom(), "no key under the bar");
    // Left of the value's column, in its rows ("1%" and "< 1%" differ in it, of course).
    QRect changed;
    for (int y = int(value->rect.top()) - 2; y <= int(value->rect.bottom()) + 2; ++y) {
        for (int x = 0; x < int(value->rect.left()) - 1; ++x) {
            if (distance(upperImage.pixelColor(x, y), exactImage.pixelColor(x, y)) > 24)
                changed |= QRect(x, y, 1, 1);
        }
    }
    const QString where =
        u"changed x %1..%2, y %3..%4; value at x %5, y %6..%7"_s.arg(changed.left())
            .arg(changed.right())
            .arg(changed.top())
            .arg(changed.bottom())
            .arg(value->rect.left())
            .arg(value->rect.top())
            .arg(value->rect.bottom());
    QVERIFY2(changed.width() >= 4 && changed.height() >= 2,
             qPrintable(u"swatch not marked: "_s + where));
    QVERIFY2(changed.width() <= value->rect.height() * 2.5,
             qPrintable(u"wider than a swatch: "_s + where));
    // The fade between the top and bottom of the swatch's edge (upperBoundSwatchesStandOut),
    // which differs all along; its left and right sides are in the thirds alike.
    const QRect inside = changed.adjusted(0, 1, 0, -1);
    const int third = std::max(1, inside.width() / 3);
    const qreal start = meanDistance(upperImage, exactImage, inside.left(), inside.left() + third,
                                     inside.top(), inside.bottom());
    const qreal end = meanDistance(upperImage, exactImage, inside.right() + 1 - third,
                                   inside.right() + 1, inside.top(), inside.bottom());
    QVERIFY2(start > end * 1.5, qPrintable(u"start %1, end %2"_s.arg(start).arg(end)));
}

void TestFigureChart::lowerBoundSwatchCarriesItsChevron_data()
{
    addPartOptionColumns();
    for (ThemeId theme : Theme::all()) {
        const QString name = Theme::name(theme);
        for (const QSize &size : {QSize(1920, 1080), QSize(1280, 720), QSize(800, 450)}) {
            QTest::newRow(qPrintable(u"%1x%2/%3"_s.arg(size.width()).arg(size.height()).arg(name)))
                << size << 0.0 << 0.0 << int(theme);
        }
    }
    QTest::newRow("summary-a4/print") << QSize(419, 262) << 10.0 << 0.0 << int(ThemeId::Print);
}

namespace {

// Whether pixels (those that differ between two renderings) make a chevron pointing right, a
// ">": its rightmost pixels about the middle of its rows, and its arms reaching further left at
// its top and bottom than at its middle.
bool pointsRight(const QList<QPoint> &pixels, QString *why)
{
    QRect box;
    for (const QPoint &p : pixels)
        box |= QRect(p, QSize(1, 1));
    *why = u"x %1..%2, y %3..%4, %5 px"_s.arg(box.left())
               .arg(box.right())
               .arg(box.top())
               .arg(box.bottom())
               .arg(pixels.size());
    if (box.height() < 4 || box.width() < 2)
        return false;
    qreal tipY = 0;
    int tipCount = 0;
    int armsLeft = std::numeric_limits<int>::max();
    int middleLeft = std::numeric_limits<int>::max();
    const int quarter = std::max(1, box.height() / 4);
    for (const QPoint &p : pixels) {
        if (p.x() == box.right()) {
            tipY += p.y();
            ++tipCount;
        }
        const int fromTop = p.y() - box.top();
        const int fromBottom = box.bottom() - p.y();
        if (fromTop < quarter || fromBottom < quarter)
            armsLeft = std::min(armsLeft, p.x());
        else if (std::abs(p.y() - box.center().y()) <= quarter / 2)
            middleLeft = std::min(middleLeft, p.x());
    }
    tipY /= tipCount;
    *why += u"; tip at y %1, arms from x %2, middle from x %3"_s.arg(tipY).arg(armsLeft).arg(
        middleLeft);
    return std::abs(tipY - (box.top() + box.bottom()) / 2.0) <=
               std::max(1.5, box.height() * 0.15) &&
           armsLeft < middleLeft;
}

} // namespace

// Sixteen parts named in a key: "> 4%" (clothing, a lower bound) is marked in its part by a
// chevron, and its swatch in the key carries that chevron too, so that a reader of the key
// learns what the chevron means. Against the same chart with "4%" exact, the pixels that differ
// in the value's rows left of it lie in its swatch (where the exact chart draws one), in its
// right half, at least a third of its height, and make a ">" (where the swatch is large enough to
// tell), as those that differ in the bar do. (The key drew it as an exact part's swatch: no pixel
// differed.)
void TestFigureChart::lowerBoundSwatchCarriesItsChevron()
{
    QFETCH(QSize, size);
    const QString clothing = u"spend-clothing"_s;
    const Report open = v2Pack(u"sixteen-categories.figdeck.json"_s);
    QVERIFY(open.metric(clothing)->qualifier == Qualifier::MoreThan);
    const Figure *figure = open.figure(u"spending"_s);
    QVERIFY(figure);
    const ChartOptions options = fetchedPartOptions();
    const AgainstExact rendered = renderedAgainstExact(open, *figure, clothing, options, size);
    const QList<Test::TextRecorder::Item> items = drawnText(*rendered.chart, size);
    const Test::TextRecorder::Item *zero = drawnItem(items, u"0%"_s);
    const Test::TextRecorder::Item *value = drawnItem(items, u"> 4%"_s);
    QVERIFY(zero && value);
    QVERIFY2(value->rect.top() > zero->rect.bottom(), "no key under the bar");

    const QColor background = options.theme.background;
    const int top = int(value->rect.top());
    const int bottom = int(value->rect.bottom());
    const int from = std::max(0, int(value->rect.left() - 2.5 * value->rect.height()));
    const int to = int(value->rect.left()) - 2;
    QRect swatch;
    QList<QPoint> inSwatch;
    for (int y = top; y <= bottom; ++y) {
        for (int x = from; x <= to; ++x) {
            if (distance(rendered.exactImage.pixelColor(x, y), background) > 24)
                swatch |= QRect(x, y, 1, 1);
            if (distance(rendered.image.pixelColor(x, y), rendered.exactImage.pixelColor(x, y)) >
                24)
                inSwatch << QPoint(x, y);
        }
    }
    QVERIFY2(swatch.width() >= 6 && swatch.height() >= 4, "no swatch left of the value");
    QString why;
    const QString where = u"swatch x %1..%2, y %3..%4"_s.arg(swatch.left())
                              .arg(swatch.right())
                              .arg(swatch.top())
                              .arg(swatch.bottom());
    const bool chevron = pointsRight(inSwatch, &why);
    QVERIFY2(inSwatch.size() >= 6, qPrintable(u"swatch unmarked: "_s + where));
    QRect changed;
    for (const QPoint &p : std::as_const(inSwatch))
        changed |= QRect(p, QSize(1, 1));
    QVERIFY2(swatch.adjusted(-1, -1, 1, 1).contains(changed),
             qPrintable(u"outside the swatch: "_s + why + u"; "_s + where));
    QVERIFY2(changed.left() >= swatch.center().x() - 1,
             qPrintable(u"not at the swatch's end: "_s + why + u"; "_s + where));
    QVERIFY2(changed.height() * 3 >= swatch.height(),
             qPrintable(u"too small to see: "_s + why + u"; "_s + where));
    // A swatch of a few pixels (the printed summary's) holds a chevron too small to tell its
    // shape from its halo's.
    if (swatch.height() >= 10)
        QVERIFY2(chevron, qPrintable(u"no \">\" in the swatch: "_s + why + u"; "_s + where));

    // The bar's own chevron, over the bar's rows (above the scale's labels), looks the same.
    QList<QPoint> inBar;
    for (int y = 0; y < int(zero->rect.top()); ++y) {
        for (int x = 0; x < size.width(); ++x) {
            if (distance(rendered.image.pixelColor(x, y), rendered.exactImage.pixelColor(x, y)) >
                24)
                inBar << QPoint(x, y);
        }
    }
    QVERIFY2(pointsRight(inBar, &why), qPrintable(u"no \">\" in the bar: "_s + why));
}

namespace {

// WCAG 2's relative luminance and contrast ratio, written out from the definition.
qreal wcagLuminance(const QColor &c)
{
    const auto channel = [](int v8) {
        const qreal v = v8 / 255.0;
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue());
}

qreal wcagContrast(const QColor &a, const QColor &b)
{
    const qreal la = wcagLuminance(a);
    const qreal lb = wcagLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

void TestFigureChart::upperBoundSwatchesStandOut_data()
{
    QTest::addColumn<QString>("pack");
    QTest::addColumn<QString>("figureId");
    QTest::addColumn<QString>("text"); // drawn right of the swatch
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("theme");
    for (ThemeId theme : Theme::all()) {
        const QString name = Theme::name(theme);
        for (const QSize &size : {QSize(1920, 1080), QSize(800, 450)}) {
            const QString at = u"%1x%2/%3"_s.arg(size.width()).arg(size.height()).arg(name);
            // "< 1%" donations, in orange (2.2:1 on white at full strength), in a part-whole key
            QTest::newRow(qPrintable(u"part-whole-key/"_s + at))
                << u"sixteen-categories.figdeck.json"_s << u"spending"_s << u"< 1%"_s << size
                << int(theme);
            // "up to 150,000" in a bar chart's legend
            QTest::newRow(qPrintable(u"bars-legend/"_s + at))
                << u"three-outlets.figdeck.json"_s << u"three-outlets"_s
                << u"upper bound: the value is at most this"_s << size << int(theme);
        }
    }
}

// An upper bound's swatch (a part-whole key's, a bar chart's legend entry) fades as its mark
// does, from too faint to see where it starts: every column and every row of it that is drawn at
// all (but its anti-aliased rim) has a pixel of at least 3:1 contrast with the background (WCAG
// 2.1 non-text contrast), so the swatch's extent reads; upperBoundSwatchFadesAsItsPart keeps it
// apart from an exact one. (The part-whole key's orange swatch started at 1.2:1 and never reached
// 3:1; the legend's started at 1.1:1.)
void TestFigureChart::upperBoundSwatchesStandOut()
{
    QFETCH(QString, pack);
    QFETCH(QString, figureId);
    QFETCH(QString, text);
    QFETCH(QSize, size);
    QFETCH(int, theme);
    const Report report = v2Pack(pack);
    const Figure *figure = report.figure(figureId);
    QVERIFY(figure);
    ChartOptions options;
    options.theme = Theme::get(ThemeId(theme));
    auto chart = createFigureChart(report, *figure, options);
    const QImage image = render(*chart, size);
    const QList<Test::TextRecorder::Item> items = drawnText(*chart, size);
    const Test::TextRecorder::Item *item = drawnItem(items, text);
    QVERIFY(item);
    const QColor background = options.theme.background;
    const qreal h = item->rect.height();
    const int top = int(item->rect.top());
    const int bottom = int(item->rect.bottom());
    const int from = std::max(0, int(item->rect.left() - 2.5 * h));
    const int to = int(item->rect.left()) - 2;
    QMap<int, qreal> columns; // drawn column -> its best contrast
    QMap<int, qreal> rows;
    for (int y = top; y <= bottom; ++y) {
        for (int x = from; x <= to; ++x) {
            const QColor c = image.pixelColor(x, y);
            if (distance(c, background) <= 8)
                continue;
            const qreal contrast = wcagContrast(c, background);
            columns[x] = std::max(columns.value(x), contrast);
            rows[y] = std::max(rows.value(y), contrast);
        }
    }
    QVERIFY2(columns.size() >= h * 0.8,
             qPrintable(u"no swatch left of \"%1\": %2 columns"_s.arg(text).arg(columns.size())));
    // The first and last column and row drawn may be an anti-aliased rim, partly covered.
    const auto check = [](const QMap<int, qreal> &drawn, const QString &what) -> QString {
        for (auto it = drawn.cbegin(); it != drawn.cend(); ++it) {
            if (it.key() == drawn.firstKey() || it.key() == drawn.lastKey())
                continue;
            if (it.value() < 3) {
                return u"%1 %2 of %3..%4 at most %5:1"_s.arg(what)
                    .arg(it.key())
                    .arg(drawn.firstKey())
                    .arg(drawn.lastKey())
                    .arg(it.value(), 0, 'f', 2);
            }
        }
        return QString();
    };
    const QString columnFault = check(columns, u"column"_s);
    QVERIFY2(columnFault.isEmpty(), qPrintable(columnFault));
    const QString rowFault = check(rows, u"row"_s);
    QVERIFY2(rowFault.isEmpty(), qPrintable(rowFault));
}

void TestFigureChart::keyLeavesTheBarReadable_data()
{
    addPartOptionColumns();
    QTest::addColumn<int>("least"); // the bar's height at least, in pixels
    for (ThemeId theme : Theme::all()) {
        const QString name = Theme::name(theme);
        QTest::newRow(qPrintable(u"summary-a4/"_s + name))
            << QSize(419, 262) << 10.0 << 0.0 << int(theme) << 24;
        QTest::newRow(qPrintable(u"1280x720/"_s + name))
            << QSize(1280, 720) << 0.0 << 0.0 << int(theme) << 70;
    }
    QTest::newRow("summary-letter/print")
        << QSize(390, 244) << 10.0 << 0.0 << int(ThemeId::Print) << 22;
    QTest::newRow("800x450/light") << QSize(800, 450) << 0.0 << 0.0 << int(ThemeId::Light) << 40;
}

// Sixteen parts named in a key under the bar: the key leaves the bar a readable height (a
// tenth of the chart's at least), its text smaller if need be, and still keeps every name
// whole (manyPartsKeepTheirLabelsWhole). (In the printed summary the key took all but the
// bar's floor: a bar of 8 px, thinner than a line of its key.)
void TestFigureChart::keyLeavesTheBarReadable()
{
    QFETCH(QSize, size);
    QFETCH(int, least);
    const Report report = v2Pack(u"sixteen-categories.figdeck.json"_s);
    const Figure *figure = report.figure(u"spending"_s);
    QVERIFY(figure);
    const ChartOptions options = fetchedPartOptions();
    auto chart = createFigureChart(report, *figure, options);
    const QImage image = render(*chart, size);
    const QList<Test::TextRecorder::Item> items = drawnText(*chart, size);
    const auto [left, right] = barEnds(items);
    QVERIFY2(right > left + size.width() / 2, "no scale under the bar");
    const QList<std::pair<qreal, qreal>> segments = expectedSegments(report, *figure, left, right);
    const auto [top, bottom] =
        barRows(image, items, (segments.first().first + segments.first().second) / 2,
                options.theme.background);
    QVERIFY2(bottom - top + 1 >= least,
             qPrintable(u"bar rows %1 to %2, %3 px at least"_s.arg(top).arg(bottom).arg(least)));
    for (const Test::TextRecorder::Item &item : items) {
        QVERIFY2(QRectF(QPointF(0, 0), size).contains(item.rect),
                 qPrintable(item.text + u" is cut off"_s));
        QVERIFY2(item.pixelSize >= ChartPaint::Scale::MinPixelSize,
                 qPrintable(u"%1 at %2 px"_s.arg(item.text).arg(item.pixelSize)));
    }
}

void TestFigureChart::partLeadersJoinTheirOwnParts_data()
{
    QTest::addColumn<QString>("pack");
    QTest::addColumn<QString>("figureId");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<qreal>("frameTextPx");
    QTest::addColumn<qreal>("minTextPx");
    QTest::addColumn<int>("theme");
    QTest::addColumn<QStringList>("values"); // each part's value as drawn, in drawing order
    const QStringList english = {u"22%"_s, u"18%"_s, u"15%"_s, u"13%"_s,
                                 u"11%"_s, u"9%"_s,  u"7%"_s,  u"5%"_s};
    const QStringList chinese = {u"22%"_s, u"18%"_s,  u"15%"_s,  u"13%"_s,
                                 u"11%"_s, u"≈ 9%"_s, u"> 7%"_s, u"< 5%"_s};
    struct Row
    {
        const char *name;
        QString pack;
        QSize size;
        qreal frameTextPx;
        qreal minTextPx;
        ThemeId theme;
    };
    const QString eight = u"eight-species.figdeck.json"_s;
    const QString zh = u"eight-species-zh.figdeck.json"_s;
    const QString many = u"sixteen-categories.figdeck.json"_s;
    const QSize a4(419, 262);
    const qreal window = ChartViewMinTextPx;
    // Labels in rows with leaders: the summary's chart (A4, Letter), a narrow export. Sixteen
    // long names: in a key under the bar, no leaders at all.
    const QList<Row> rows = {
        {"summary-a4/print", eight, a4, 10, 0, ThemeId::Print},
        {"summary-a4/light", eight, a4, 10, 0, ThemeId::Light},
        {"summary-a4/dark", eight, a4, 10, 0, ThemeId::Dark},
        {"summary-letter/print", eight, QSize(390, 244), 10, 0, ThemeId::Print},
        {"export-360x640", eight, QSize(360, 640), 0, 0, ThemeId::Light},
        {"zh/summary-a4/print", zh, a4, 10, 0, ThemeId::Print},
        {"zh/export-360x640", zh, QSize(360, 640), 0, 0, ThemeId::Dark},
        {"many/1920x1080", many, QSize(1920, 1080), 0, 0, ThemeId::Light},
        {"many/1280x720", many, QSize(1280, 720), 0, 0, ThemeId::Dark},
        {"many/summary-a4", many, a4, 10, 0, ThemeId::Print},
        {"many/window-480x300", many, QSize(480, 300), 0, window, ThemeId::Light},
    };
    for (const Row &row : rows) {
        QTest::newRow(row.name) << row.pack << (row.pack == many ? u"spending"_s : u"land"_s)
                                << row.size << row.frameTextPx << row.minTextPx << int(row.theme)
                                << (row.pack == many ? sixteenValues()
                                    : row.pack == zh ? chinese
                                                     : english);
    }
}

// Every part's label is drawn whole, and joined to its own part: labels in rows over the bar
// each by a leader, one line from beside the top of its label's text down to its part, which
// the test maps from the part's value onto the bar between its scale's "0%" and "100%"; no
// leader crosses another, or any text. Labels in one row over the parts' brackets, or in a key
// under the bar, have no leaders. (Sixteen long names took three rows of leaders to labels cut
// short: "Recreation, sport and culture, including package…".)
void TestFigureChart::partLeadersJoinTheirOwnParts()
{
    QFETCH(QString, pack);
    QFETCH(QString, figureId);
    QFETCH(QSize, size);
    QFETCH(QStringList, values);
    const Report report = v2Pack(pack);
    const Figure *figure = report.figure(figureId);
    QVERIFY(figure);
    const ChartOptions options = fetchedPartOptions();
    auto chart = createFigureChart(report, *figure, options);
    const Recorded drawn = drawnTextAndLines(*chart, size);
    const auto [left, right] = barEnds(drawn.items);
    QVERIFY2(right > left + size.width() / 2, "no scale under the bar");
    const QList<std::pair<qreal, qreal>> segments = expectedSegments(report, *figure, left, right);
    QCOMPARE(segments.size(), values.size());
    const Test::TextRecorder::Item *zero = drawnItem(drawn.items, u"0%"_s);
    QVERIFY(zero);

    // Each label: its value and the lines of its name, drawn just before it (over the bar) or
    // just after it (in a key), in the parts' order.
    QStringList names;
    for (const QString &id : figure->shares->partIds)
        names << report.metric(id)->label.text();
    while (names.size() < values.size())
        names << u"Not covered by the source"_s;
    const auto squeezed = [](QString text) { return text.remove(u' '); };
    QList<QRectF> labels;
    qsizetype next = 0;
    for (int i = 0; i < values.size(); ++i) {
        while (next < drawn.items.size() && drawn.items.at(next).text != values.at(i))
            ++next;
        QVERIFY2(next < drawn.items.size(), qPrintable(values.at(i) + u" not drawn"_s));
        const QString wanted = squeezed(names.at(i));
        const bool keyed = drawn.items.at(next).rect.top() > zero->rect.top();
        QRectF label = drawn.items.at(next).rect;
        QString name;
        for (qsizetype k = next + (keyed ? 1 : -1);
             k >= 0 && k < drawn.items.size() && name.size() < wanted.size(); k += keyed ? 1 : -1) {
            const QString line = squeezed(drawn.items.at(k).text);
            name = keyed ? name + line : line + name;
            label |= drawn.items.at(k).rect;
        }
        QVERIFY2(name == wanted, qPrintable(u"%1: \"%2\" drawn with \"%3\""_s.arg(names.at(i), name,
                                                                                  values.at(i))));
        labels << label;
        ++next;
    }
    qreal labelsTop = std::numeric_limits<qreal>::max();
    qreal labelsBottom = 0;
    for (const QRectF &label : std::as_const(labels)) {
        labelsTop = std::min(labelsTop, label.top());
        labelsBottom = std::max(labelsBottom, label.bottom());
    }
    const qreal reach = std::max<qreal>(3, size.height() / 100.0);
    // The line that ends at the top of a label, a few pixels left of its text.
    const auto leaderTo = [&](const QRectF &label) -> const QPolygonF * {
        for (const Test::TextRecorder::Line &line : drawn.lines) {
            for (const QPointF &end : {line.points.first(), line.points.last()}) {
                if (end.x() <= label.left() && end.x() >= label.left() - 2 * reach &&
                    qAbs(end.y() - label.top()) <= reach)
                    return &line.points;
            }
        }
        return nullptr;
    };
    bool oneRow = true;
    for (const QRectF &label : std::as_const(labels))
        oneRow = oneRow && qAbs(label.top() - labels.first().top()) < 1;
    if (labelsTop > zero->rect.top() || (oneRow && labelsBottom < zero->rect.top())) {
        for (int i = 0; i < labels.size(); ++i)
            QVERIFY2(!leaderTo(labels.at(i)), qPrintable(values.at(i) + u" has a leader"_s));
        return;
    }
    QVERIFY2(labelsBottom < zero->rect.top(), "labels over and under the bar");

    QList<QPolygonF> leaders;
    for (int i = 0; i < labels.size(); ++i) {
        const QRectF &label = labels.at(i);
        const QPolygonF *found = leaderTo(label);
        QVERIFY2(found,
                 qPrintable(u"%1 (part %2): no leader to its label at %3, %4"_s.arg(values.at(i))
                                .arg(i)
                                .arg(label.left())
                                .arg(label.top())));
        QPolygonF leader = *found;
        if (leader.first().y() < leader.last().y())
            std::reverse(leader.begin(), leader.end()); // from the bar up to the label
        // Down to its own part, between the labels and the bar.
        const QPointF foot = leader.first();
        const auto [partLeft, partRight] = segments.at(i);
        QVERIFY2(
            foot.x() >= partLeft && foot.x() <= partRight,
            qPrintable(u"%1 (part %2): leader ends at x %3, its part is %4..%5"_s.arg(values.at(i))
                           .arg(i)
                           .arg(foot.x())
                           .arg(partLeft)
                           .arg(partRight)));
        QVERIFY2(foot.y() > labelsBottom && foot.y() < zero->rect.top(),
                 qPrintable(u"%1 (part %2): leader ends at y %3, not between the labels (%4) and "
                            u"the bar"_s.arg(values.at(i))
                                .arg(i)
                                .arg(foot.y())
                                .arg(labelsBottom)));
        leaders << leader;
    }
    const auto pieces = [](const QPolygonF &polyline) {
        QList<QLineF> result;
        for (qsizetype k = 1; k < polyline.size(); ++k)
            result << QLineF(polyline.at(k - 1), polyline.at(k));
        return result;
    };
    for (int i = 0; i < leaders.size(); ++i) {
        for (const QLineF &piece : pieces(leaders.at(i))) {
            for (int j = i + 1; j < leaders.size(); ++j) {
                for (const QLineF &other : pieces(leaders.at(j))) {
                    QVERIFY2(piece.intersects(other, nullptr) != QLineF::BoundedIntersection,
                             qPrintable(u"the leaders of parts %1 and %2 cross"_s.arg(i).arg(j)));
                }
            }
            for (const Test::TextRecorder::Item &item : drawn.items) {
                QVERIFY2(!lineCrossesRect(piece, item.rect.adjusted(0.5, 0.5, -0.5, -0.5)),
                         qPrintable(u"the leader of part %1 crosses "_s.arg(i) + item.text));
            }
        }
    }
}

void TestFigureChart::manyPartsKeepTheirLabelsWhole_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<qreal>("frameTextPx");
    QTest::addColumn<qreal>("minTextPx");
    QTest::addColumn<int>("theme");
    const int print = int(ThemeId::Print);
    QTest::newRow("1920x1080") << QSize(1920, 1080) << 0.0 << 0.0 << print;
    QTest::newRow("1280x720/light") << QSize(1280, 720) << 0.0 << 0.0 << int(ThemeId::Light);
    QTest::newRow("1280x720/dark") << QSize(1280, 720) << 0.0 << 0.0 << int(ThemeId::Dark);
    QTest::newRow("1280x720/print") << QSize(1280, 720) << 0.0 << 0.0 << print;
    QTest::newRow("800x450") << QSize(800, 450) << 0.0 << 0.0 << print;
    QTest::newRow("summary-a4/print") << QSize(419, 262) << 10.0 << 0.0 << print;
    QTest::newRow("summary-a4/light") << QSize(419, 262) << 10.0 << 0.0 << int(ThemeId::Light);
    QTest::newRow("summary-a4/dark") << QSize(419, 262) << 10.0 << 0.0 << int(ThemeId::Dark);
    QTest::newRow("summary-letter/print") << QSize(390, 244) << 10.0 << 0.0 << print;
    QTest::newRow("export-360x640") << QSize(360, 640) << 0.0 << 0.0 << int(ThemeId::Light);
    QTest::newRow("window-480x300")
        << QSize(480, 300) << 0.0 << qreal(ChartViewMinTextPx) << int(ThemeId::Light);
    QTest::newRow("window-480x300/dark")
        << QSize(480, 300) << 0.0 << qreal(ChartViewMinTextPx) << int(ThemeId::Dark);
}

// Sixteen parts with long names and what they leave uncovered: every name is drawn whole (its
// lines, in order, make up the name: nothing elided, no word broken), every value once per part
// with its qualifier, nothing outside the chart, no text over another. (Their labels took rows
// that ran off the chart's bottom, names cut to "package…".)
void TestFigureChart::manyPartsKeepTheirLabelsWhole()
{
    QFETCH(QSize, size);
    const Report report = v2Pack(u"sixteen-categories.figdeck.json"_s);
    const Figure *figure = report.figure(u"spending"_s);
    QVERIFY(figure);
    QCOMPARE(figure->shares->partIds.size(), 16);
    const ChartOptions options = fetchedPartOptions();
    auto chart = createFigureChart(report, *figure, options);
    const QList<Test::TextRecorder::Item> items = drawnText(*chart, size);
    QStringList texts;
    for (const Test::TextRecorder::Item &item : items)
        texts << item.text;
    const QStringList values = sixteenValues();
    for (const QString &value : values) {
        QVERIFY2(texts.count(value) == values.count(value),
                 qPrintable(u"%1 drawn %2 times"_s.arg(value).arg(texts.count(value))));
    }
    for (int i = 0; i < items.size(); ++i) {
        QVERIFY2(QRectF(QPointF(0, 0), size).contains(items.at(i).rect),
                 qPrintable(items.at(i).text + u" is cut off"_s));
        QVERIFY2(!items.at(i).text.contains(QChar(0x2026)),
                 qPrintable(items.at(i).text + u" is elided"_s));
        for (int j = i + 1; j < items.size(); ++j) {
            const QRectF &a = items.at(i).rect;
            const QRectF &b = items.at(j).rect;
            if (qAbs(a.left() - b.left()) < 1)
                continue; // lines of one column, the value's ascent under the name's descent
            QVERIFY2(!a.intersects(b),
                     qPrintable(items.at(i).text + u" overlaps "_s + items.at(j).text));
        }
    }
    QStringList names;
    for (const QString &id : figure->shares->partIds)
        names << report.metric(id)->label.text();
    names << u"Not covered by the source"_s;
    for (const QString &name : std::as_const(names)) {
        bool whole = false;
        for (qsizetype first = 0; first < texts.size() && !whole; ++first) {
            QString joined;
            for (qsizetype k = first; k < texts.size() && joined.size() < name.size(); ++k) {
                joined += (k > first ? u" "_s : QString()) + texts.at(k);
                whole = whole || joined == name;
            }
        }
        QVERIFY2(whole, qPrintable(name + u" not drawn whole in "_s + texts.join(u'|')));
    }
}

void TestFigureChart::endLabelsDoNotOverlap_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("theme");
    QTest::newRow("1920x1080/light") << QSize(1920, 1080) << int(ThemeId::Light);
    QTest::newRow("1920x1080/print") << QSize(1920, 1080) << int(ThemeId::Print);
    QTest::newRow("800x450/light") << QSize(800, 450) << int(ThemeId::Light);
    QTest::newRow("800x450/dark") << QSize(800, 450) << int(ThemeId::Dark);
}

// Six lines end close together (23,500 and 21,500): their end labels move apart, each once,
// highest value on top, none touching another.
void TestFigureChart::endLabelsDoNotOverlap()
{
    QFETCH(QSize, size);
    QFETCH(int, theme);
    const Report report = v2Pack(u"six-brands-six-quarters.figdeck.json"_s);
    const Figure *figure = report.figure(u"deliveries"_s);
    QVERIFY(figure);
    ChartOptions options;
    options.theme = Theme::get(ThemeId(theme));
    auto chart = createFigureChart(report, *figure, options);
    // Top to bottom by value: Brand F, E, C, D, B, A.
    const QStringList ends = {u"32,500"_s, u"27,000"_s, u"23,500"_s,
                              u"21,500"_s, u"18,000"_s, u"12,500"_s};
    QList<QRectF> rects;
    for (const QString &end : ends) {
        QList<QRectF> found;
        for (const Test::TextRecorder::Item &item : drawnText(*chart, size)) {
            if (item.text == end)
                found << item.rect;
        }
        QVERIFY2(found.size() == 1, qPrintable(end + u" drawn %1 times"_s.arg(found.size())));
        rects << found.constFirst();
    }
    for (int i = 0; i < rects.size(); ++i) {
        QVERIFY(QRectF(QPointF(0, 0), size).contains(rects.at(i)));
        for (int j = i + 1; j < rects.size(); ++j) {
            QVERIFY2(!rects.at(i).intersects(rects.at(j)),
                     qPrintable(ends.at(i) + u" overlaps "_s + ends.at(j)));
            QVERIFY2(rects.at(i).bottom() <= rects.at(j).top(),
                     qPrintable(ends.at(i) + u" not above "_s + ends.at(j)));
        }
    }
}

void TestFigureChart::barNamesDropWhatTheTitleSays_data()
{
    QTest::addColumn<QString>("pack");
    QTest::addColumn<QString>("figureId");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("dropped");
    // The title is "Electric share of new-car sales": every label started with it.
    QTest::newRow("prefix") << u"ev-share-by-market.figdeck.json"_s << u"share-by-market"_s
                            << QStringList{u"Norway"_s, u"China"_s, u"Germany"_s, u"Japan"_s}
                            << u"new-car"_s;
    // "Generation in 2019": every label ended with ", 2019".
    QTest::newRow("suffix") << u"eu-power-mix.figdeck.json"_s << u"mix-2019"_s
                            << QStringList{u"Coal generation"_s, u"Gas generation"_s,
                                           u"Wind and solar generation"_s}
                            << u"2019"_s;
}

void TestFigureChart::barNamesDropWhatTheTitleSays()
{
    QFETCH(QString, pack);
    QFETCH(QString, figureId);
    QFETCH(QStringList, names);
    QFETCH(QString, dropped);
    const Report report = v2Pack(pack);
    const Figure *figure = report.figure(figureId);
    QVERIFY(figure);
    auto chart = createFigureChart(report, *figure);
    QString drawn;
    for (const Test::TextRecorder::Item &item : drawnText(*chart, QSize(800, 450)))
        drawn += item.text + u'\n';
    const QStringList lines = drawn.split(u'\n');
    for (const QString &name : names)
        QVERIFY2(lines.contains(name), qPrintable(name + u" not in\n"_s + drawn));
    // The title says it (drawn around the chart); the description keeps every full label.
    QVERIFY2(!drawn.contains(dropped), qPrintable(drawn));
    for (const Metric *metric : report.metricsOf(*figure))
        QVERIFY(chart->accessibleDescription().contains(metric->label.text()));
}

// The embedded headline's jobs tile is a lower bound and projected: two badges. In the chart
// area of a 1000 x 500 window (text floor ChartViewMinTextPx) they wrap to a second line, so
// all text keeps the floor and nothing overlaps; where the tile is wide enough they share a
// line.
void TestFigureChart::tileBadgesWrapInNarrowTiles_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("theme");
    QTest::addColumn<qreal>("floor");
    QTest::addColumn<bool>("wrapped");
    // The chart view of MainWindow at 1000 x 500 with both side panes (measured in
    // tst_chartview smallWindow).
    const QSize window(568, 332);
    for (ThemeId theme : {ThemeId::Light, ThemeId::Dark, ThemeId::Print}) {
        QTest::newRow(qPrintable(u"window/"_s + Theme::name(theme)))
            << window << int(theme) << qreal(ChartViewMinTextPx) << true;
    }
    QTest::newRow("800x500") << Small << int(ThemeId::Light) << qreal(0) << false;
    QTest::newRow("1920x1080") << QSize(1920, 1080) << int(ThemeId::Light) << qreal(0) << false;
}

void TestFigureChart::tileBadgesWrapInNarrowTiles()
{
    QFETCH(QSize, size);
    QFETCH(int, theme);
    QFETCH(qreal, floor);
    QFETCH(bool, wrapped);
    const Report report = embeddedReport();
    ChartOptions options;
    options.theme = Theme::get(ThemeId(theme));
    options.minTextPixelSize = floor;
    if (floor > 0)
        options.frameTextPixelSize = naturalTextPixelSize(size); // as the window at zoom 1
    auto chart = createFigureChart(report, *report.figure(u"headline"_s), options);
    const QRectF rect(QPointF(0, 0), size);
    Test::TextRecorder recorder(size);
    {
        QPainter painter(&recorder);
        chart->paint(painter, rect);
    }
    const auto textBox = [&](const Test::TextRecorder::Item &item, bool bold) {
        QFont font(options.theme.fontFamily);
        font.setPixelSize(qRound(item.pixelSize));
        font.setBold(bold);
        const QFontMetricsF metrics(font);
        return QRectF(item.position.x(), item.position.y() - metrics.ascent(),
                      metrics.horizontalAdvance(item.text), metrics.height());
    };
    // A badge's box is its pill around its text.
    const auto badgeBox = [&](const Test::TextRecorder::Item &item) {
        QFont font(options.theme.fontFamily);
        font.setPixelSize(qRound(item.pixelSize));
        font.setBold(true);
        QRectF pill(QPointF(), ChartPaint::badgeSize(font, item.text));
        pill.moveCenter(textBox(item, true).center());
        return pill;
    };
    const Test::TextRecorder::Item *projected = nullptr;
    for (const Test::TextRecorder::Item &item : recorder.items()) {
        // Every text but caveat signs (half their text's size) at the floor or above.
        if (std::any_of(item.text.cbegin(), item.text.cend(),
                        [](QChar c) { return c.isLetterOrNumber(); }))
            QVERIFY2(item.pixelSize >= floor - 0.5,
                     qPrintable(u"%1 px: %2"_s.arg(item.pixelSize).arg(item.text)));
        if (item.text == u"projected"_s)
            projected = &item;
    }
    QVERIFY(projected);
    // The jobs tile: the mark under the projected badge.
    const auto marks = scanMarks(*chart, rect, 2);
    QRectF tile;
    for (const QList<QPointF> &points : marks) {
        if (boundsOf(points).contains(projected->position))
            tile = boundsOf(points);
    }
    QVERIFY(!tile.isEmpty());
    QList<const Test::TextRecorder::Item *> inTile;
    const Test::TextRecorder::Item *lowerBound = nullptr;
    for (const Test::TextRecorder::Item &item : recorder.items()) {
        if (!tile.contains(item.position))
            continue;
        inTile << &item;
        if (item.text == u"lower bound"_s)
            lowerBound = &item;
    }
    QVERIFY(lowerBound);
    if (wrapped) {
        QVERIFY2(
            projected->position.y() > lowerBound->position.y() + lowerBound->pixelSize,
            qPrintable(u"%1, %2"_s.arg(lowerBound->position.y()).arg(projected->position.y())));
    } else {
        QCOMPARE_LT(std::abs(projected->position.y() - lowerBound->position.y()), 0.5);
    }
    // The badges inside the tile, clear of each other and of the tile's other text.
    for (const Test::TextRecorder::Item *badge : {lowerBound, projected}) {
        const QRectF box = badgeBox(*badge);
        QVERIFY2(tile.contains(box), qPrintable(badge->text));
        for (const Test::TextRecorder::Item *other : std::as_const(inTile)) {
            if (other == badge)
                continue;
            const bool otherIsBadge = other == lowerBound || other == projected;
            const QRectF otherBox = otherIsBadge ? badgeBox(*other) : textBox(*other, false);
            QVERIFY2(!box.intersects(otherBox.adjusted(0.5, 0.5, -0.5, -0.5)),
                     qPrintable(badge->text + u" / "_s + other->text));
        }
    }
}

// A badge keeps a gap to what follows it on its line (the next badge, or the tile's period) in
// proportion to its text, also where a text floor draws that text larger than the tile's scale
// would: a small window, and a small export (whose chart is drawn on a canvas of about 1280 x 720
// with a floor of 10 output pixels, 26 canvas pixels at 480 x 300).
void TestFigureChart::tileBadgesKeepTheirGap_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<qreal>("floor");
    QTest::newRow("window 568x332") << QSize(568, 332) << qreal(ChartViewMinTextPx);
    QTest::newRow("export 480x300") << QSize(1180, 430) << qreal(26);
    QTest::newRow("export 640x360") << QSize(1180, 430) << qreal(20);
    QTest::newRow("1920x1080, no floor") << QSize(1920, 1080) << qreal(0);
}

void TestFigureChart::tileBadgesKeepTheirGap()
{
    QFETCH(QSize, size);
    QFETCH(qreal, floor);
    const Report report = embeddedReport();
    ChartOptions options;
    options.minTextPixelSize = floor;
    if (floor > 0)
        options.frameTextPixelSize = naturalTextPixelSize(size);
    auto chart = createFigureChart(report, *report.figure(u"headline"_s), options);
    Test::TextRecorder recorder(size);
    {
        QPainter painter(&recorder);
        chart->paint(painter, QRectF(QPointF(0, 0), size));
    }
    const auto fontOf = [&](const Test::TextRecorder::Item &item, bool bold) {
        QFont font(options.theme.fontFamily);
        font.setPixelSize(qRound(item.pixelSize));
        font.setBold(bold);
        return font;
    };
    const auto isBadge = [](const Test::TextRecorder::Item &item) {
        return item.text == u"lower bound"_s || item.text == u"projected"_s;
    };
    // A badge's pill around its text; another text's advance.
    const auto box = [&](const Test::TextRecorder::Item &item) {
        const bool badge = isBadge(item);
        const QFontMetricsF metrics(fontOf(item, badge));
        const QRectF text(item.position.x(), item.position.y() - metrics.ascent(),
                          metrics.horizontalAdvance(item.text), metrics.height());
        if (!badge)
            return text;
        QRectF pill(QPointF(), ChartPaint::badgeSize(fontOf(item, true), item.text));
        pill.moveCenter(text.center());
        return pill;
    };
    const QList<Test::TextRecorder::Item> &items = recorder.items();
    int checked = 0;
    for (const Test::TextRecorder::Item &badge : items) {
        if (!isBadge(badge))
            continue;
        const Test::TextRecorder::Item *next = nullptr;
        for (const Test::TextRecorder::Item &item : items) {
            if (&item == &badge || std::abs(item.position.y() - badge.position.y()) > 0.5 ||
                item.position.x() <= badge.position.x())
                continue;
            if (!next || item.position.x() < next->position.x())
                next = &item;
        }
        if (!next)
            continue;
        const qreal gap = box(*next).left() - box(badge).right();
        QVERIFY2(gap >= 0.4 * badge.pixelSize,
                 qPrintable(u"%1 px between %2 (%3 px) and %4"_s.arg(gap)
                                .arg(badge.text)
                                .arg(badge.pixelSize)
                                .arg(next->text)));
        ++checked;
    }
    QVERIFY(checked > 0);
}

// A figure of more numbers than a grid can show draws as many tiles as fit with every text at
// the window's floor, and says in its last cell, whole (no word broken, nothing elided), how
// many numbers the data table holds besides. A dozen numbers fit this window; an export (no
// floor) draws up to 59 and the count of the rest.
void TestFigureChart::manyTilesKeepTheTextFloor_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<qreal>("floor");
    QTest::addColumn<int>("fewestDrawn"); // tiles drawn at least
    QTest::addColumn<int>("mostDrawn");   // and at most
    // The chart views of a 1000 x 500 window with both side panes and of a 1400 x 900 one.
    const QSize small(568, 332);
    const QSize large(640, 650);
    QTest::newRow("small window, 200") << 200 << small << qreal(ChartViewMinTextPx) << 11 << 59;
    QTest::newRow("small window, 20000") << 20000 << small << qreal(ChartViewMinTextPx) << 11 << 59;
    QTest::newRow("large window, 20000") << 20000 << large << qreal(ChartViewMinTextPx) << 11 << 59;
    QTest::newRow("small window, 12") << 12 << small << qreal(ChartViewMinTextPx) << 12 << 12;
    QTest::newRow("export, 200") << 200 << QSize(1920, 1080) << qreal(0) << 59 << 59;
    QTest::newRow("export, 60") << 60 << QSize(1920, 1080) << qreal(0) << 60 << 60;
}

void TestFigureChart::manyTilesKeepTheTextFloor()
{
    QFETCH(int, count);
    QFETCH(QSize, size);
    QFETCH(qreal, floor);
    QFETCH(int, fewestDrawn);
    QFETCH(int, mostDrawn);
    const Report report = Test::manyTilesReport(count);
    ChartOptions options;
    options.minTextPixelSize = floor;
    if (floor > 0)
        options.frameTextPixelSize = naturalTextPixelSize(size);
    auto chart = createFigureChart(report, report.figures.constFirst(), options);
    Test::TextRecorder recorder(size);
    {
        QPainter painter(&recorder);
        chart->paint(painter, QRectF(QPointF(0, 0), size));
    }
    // Values are the only texts of digits and separators alone ("1,007").
    static const QRegularExpression value(u"^\\d{1,3}(,\\d{3})*$"_s);
    int drawn = 0;
    int lastValue = -1; // index of the last value's item
    const QList<Test::TextRecorder::Item> &items = recorder.items();
    for (int i = 0; i < items.size(); ++i) {
        const Test::TextRecorder::Item &item = items.at(i);
        QVERIFY2(item.pixelSize >= floor - 0.5,
                 qPrintable(u"%1 px: %2"_s.arg(item.pixelSize).arg(item.text)));
        QVERIFY2(!item.text.contains(QChar(0x2026)), qPrintable(item.text));
        if (value.match(item.text).hasMatch()) {
            ++drawn;
            lastValue = i;
        }
    }
    QVERIFY2(drawn >= fewestDrawn && drawn <= mostDrawn, qPrintable(QString::number(drawn)));
    // The last tile's noun, then the count of the rest, painted last, line by line.
    QStringList rest;
    for (int i = lastValue + 2; i < items.size(); ++i)
        rest << items.at(i).text;
    if (drawn == count) {
        QVERIFY2(rest.isEmpty(), qPrintable(rest.join(u'|')));
        return;
    }
    const QString expected = u"+\u00a0%1 more in the data table"_s.arg(
        QLocale(QLocale::English).toString(count - drawn));
    QCOMPARE(rest.join(u' '), expected);
}

void TestFigureChart::manyBarsCountWhatTheyLeaveOut_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("ranked");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<qreal>("floor");
    QTest::addColumn<bool>("allDrawn");
    const QSize window(568, 332); // the chart view of a 1000 x 500 window with both side panes
    const QSize slide(1920, 1080);
    QTest::newRow("slide, 12") << 12 << false << slide << 0.0 << true;
    QTest::newRow("slide, 40") << 40 << true << slide << 0.0 << true;
    QTest::newRow("slide, 120") << 120 << false << slide << 0.0 << false;
    QTest::newRow("slide, 120 ranked") << 120 << true << slide << 0.0 << false;
    QTest::newRow("slide, 5000") << 5000 << false << slide << 0.0 << false;
    QTest::newRow("window, 12") << 12 << false << window << qreal(ChartViewMinTextPx) << true;
    QTest::newRow("window, 60") << 60 << true << window << qreal(ChartViewMinTextPx) << false;
    QTest::newRow("small export, 60") << 60 << false << QSize(480, 300) << 0.0 << false;
}

// A bars chart with more rows than fit at readable text draws the first ones in its order, each
// name and value apart from the next, and says how many it left for the data table, rather
// than drawing text over text.
void TestFigureChart::manyBarsCountWhatTheyLeaveOut()
{
    QFETCH(int, count);
    QFETCH(bool, ranked);
    QFETCH(QSize, size);
    QFETCH(qreal, floor);
    QFETCH(bool, allDrawn);
    Report report = Test::manyTilesReport(count);
    Figure &figure = report.figures.first();
    figure.kind = ChartKind::Bars;
    figure.order = ranked ? BarOrder::Value : BarOrder::Pack;
    ChartOptions options;
    options.minTextPixelSize = floor;
    if (floor > 0)
        options.frameTextPixelSize = naturalTextPixelSize(size);
    auto chart = createFigureChart(report, figure, options);
    Test::TextRecorder recorder(size);
    {
        QPainter painter(&recorder);
        chart->paint(painter, QRectF(QPointF(0, 0), size));
    }
    // Names are "Group #7"; values "1,049" (1000 + 7 x 7); the value axis's ticks are the
    // only other texts of digits.
    static const QRegularExpression name(u"^Group #(\\d+)$"_s);
    QList<int> names;
    QList<QRectF> nameRects;
    QStringList rest;
    QRectF moreRect;
    for (const Test::TextRecorder::Item &item : recorder.items()) {
        QVERIFY2(item.pixelSize >= std::max<qreal>(floor, 6) - 0.5,
                 qPrintable(u"%1 px: %2"_s.arg(item.pixelSize).arg(item.text)));
        const QRegularExpressionMatch m = name.match(item.text);
        if (m.hasMatch()) {
            names << m.captured(1).toInt();
            nameRects << item.rect;
        } else if (item.text.contains(u"more"_s) || !rest.isEmpty()) {
            rest << item.text;
            moreRect = moreRect.united(item.rect);
        }
    }
    QVERIFY(!names.isEmpty());
    // The first rows in the chart's order: the largest values (the last groups) when ranked.
    for (int i = 0; i < names.size(); ++i)
        QCOMPARE(names.at(i), ranked ? count - i : i + 1);
    for (int i = 1; i < nameRects.size(); ++i) {
        QVERIFY2(nameRects.at(i).top() >= nameRects.at(i - 1).bottom() - 0.5,
                 qPrintable(u"Group #%1 over Group #%2"_s.arg(names.at(i)).arg(names.at(i - 1))));
    }
    if (allDrawn) {
        QCOMPARE(names.size(), count);
        QVERIFY2(rest.isEmpty(), qPrintable(rest.join(u'|')));
        return;
    }
    QVERIFY2(names.size() < count && names.size() >= 5, qPrintable(QString::number(names.size())));
    const QString expected = u"+\u00a0%1 more in the data table"_s.arg(
        QLocale(QLocale::English).toString(count - names.size()));
    QCOMPARE(rest.join(u' '), expected);
    // What is drawn can be pointed at, the line that counts the rest stands for no number.
    const QRectF rect(QPointF(0, 0), size);
    for (int i = 0; i < names.size(); ++i)
        QCOMPARE(chart->markAt(rect, nameRects.at(i).center()), u"group-%1"_s.arg(names.at(i)));
    QCOMPARE(chart->markAt(rect, moreRect.center()), QString());
}

namespace {

// The hostile many-tiles pack of tests/data/hardening/generate.py, built here: "Metric 0" ...
// with a period each.
Report hostileManyTiles(int count)
{
    Report report = Test::manyTilesReport(count);
    for (int i = 0; i < report.metrics.size(); ++i) {
        Metric &m = report.metrics[i];
        m.label = Text(u"Metric %1"_s.arg(i));
        m.value = (i * 37) % 1000 + 1;
        m.period = Text(u"2025"_s);
    }
    return report;
}

} // namespace

// In a small chart area with the window's text floor, tiles and small multiples draw every
// text at the floor or above: what does not fit goes to the last cell, "+ N more in the data
// table", drawn whole (wrapped between words only). Every number is either drawn, with its
// qualifier, or counted there.
void TestFigureChart::smallChartsKeepTheTextFloor_data()
{
    QTest::addColumn<QString>("source"); // embedded, or hostile (20,000 tiles)
    QTest::addColumn<QString>("figureId");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("metricCount");    // the figure's numbers, counted in the pack by hand
    QTest::addColumn<QStringList>("values"); // drawn whole when the figure draws them all
    // Chart views measured in MainWindow (tst_chartview smallWindow): 800 x 500 with both side
    // panes (368 x 290), and the 1000 x 500 window (568 x 332); about that of the 1280 x 780
    // window of the first start (632 x 572); a 400 x 300 chart area.
    const QSize window800(368, 290);
    const QSize window1000(568, 332);
    const QSize window1280(632, 572);
    const QStringList sectorValues = {u"> 92%"_s, u"15%"_s, u"> 30%"_s};
    for (const QSize &size : {window800, QSize(400, 300), window1000, window1280}) {
        const QString name = u"%1x%2"_s.arg(size.width()).arg(size.height());
        QTest::newRow(qPrintable(u"headline "_s + name))
            << u"embedded"_s << u"headline"_s << size << 6 << QStringList();
        QTest::newRow(qPrintable(u"sector-metrics "_s + name))
            << u"embedded"_s << u"sector-metrics"_s << size << 3 << sectorValues;
        QTest::newRow(qPrintable(u"many-tiles "_s + name))
            << u"hostile"_s << u"many-tiles"_s << size << 20000 << QStringList();
    }
}

void TestFigureChart::smallChartsKeepTheTextFloor()
{
    QFETCH(QString, source);
    QFETCH(QString, figureId);
    QFETCH(QSize, size);
    QFETCH(int, metricCount);
    QFETCH(QStringList, values);
    const Report report = source == u"hostile"_s ? hostileManyTiles(20000) : embeddedReport();
    const Figure *figure = report.figure(figureId);
    QVERIFY(figure);
    ChartOptions options;
    options.minTextPixelSize = ChartViewMinTextPx;
    options.frameTextPixelSize = std::max(naturalTextPixelSize(size), ChartViewMinTextPx);
    auto chart = createFigureChart(report, *figure, options);
    const QRectF rect(QPointF(0, 0), size);
    const QList<Test::TextRecorder::Item> items = drawnText(*chart, size);
    QStringList texts;
    QStringList rest; // lines outside every mark: the count of what is not drawn
    for (const Test::TextRecorder::Item &item : items) {
        texts << item.text;
        // Caveat signs ("†") are raised at half their value's size; every other text keeps
        // the floor.
        if (std::any_of(item.text.cbegin(), item.text.cend(),
                        [](QChar c) { return c.isLetterOrNumber(); }))
            QVERIFY2(item.pixelSize >= ChartViewMinTextPx - 0.5,
                     qPrintable(u"%1 px: %2"_s.arg(item.pixelSize).arg(item.text)));
        if (chart->markAt(rect, item.rect.center()).isEmpty() && figureId != u"sector-metrics"_s)
            rest << item.text;
    }
    for (const QString &value : values)
        QVERIFY2(texts.contains(value), qPrintable(value + u" not in "_s + texts.join(u'|')));
    const int drawn = int(scanMarks(*chart, rect, 2).size());
    int more = 0;
    if (!rest.isEmpty()) {
        for (const QString &line : std::as_const(rest))
            QVERIFY2(!line.endsWith(u'-') && !line.contains(QChar(0x2026)), qPrintable(line));
        static const QRegularExpression moreText(u"^\\+\u00a0([0-9,]+) more in the data table$"_s);
        const QRegularExpressionMatch match = moreText.match(rest.join(u' '));
        QVERIFY2(match.hasMatch(), qPrintable(rest.join(u'|')));
        more = QLocale(QLocale::English).toInt(match.captured(1));
    }
    qInfo() << figureId << size << "drawn" << drawn << "more" << more;
    QVERIFY2(drawn > 0, "no number drawn");
    QCOMPARE(drawn + more, metricCount);
}

void TestFigureChart::firstMonthsAreNamedAsMonths_data()
{
    QTest::addColumn<QString>("figure");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("periods"); // the axis' labels, left to right
    QTest::addColumn<QStringList>("metrics"); // each period's metric, empty for a gap
    const QStringList side = {u"sales-2024-jan-aug"_s, u"sales-2025-jan-aug"_s};
    QTest::newRow("columns, en") << u"sales-jan-aug"_s << u"en"_s
                                 << QStringList{u"Jan–Aug 2024"_s, u"Jan–Aug 2025"_s} << side;
    QTest::newRow("columns, zh") << u"sales-jan-aug"_s << u"zh-Hans"_s
                                 << QStringList{u"2024年1—8月"_s, u"2025年1—8月"_s} << side;
    // Two years apart: no year is filled in between, Jan–Aug 2024 being stated by none here.
    QTest::newRow("line, years apart, en")
        << u"sales-jan-aug-gap"_s << u"en"_s << QStringList{u"Jan–Aug 2023"_s, u"Jan–Aug 2025"_s}
        << QStringList{u"sales-2023-jan-aug"_s, u"sales-2025-jan-aug"_s};
}

void TestFigureChart::monthSpansAreNamedAsMonths_data()
{
    QTest::addColumn<QString>("figure");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("periods"); // the axis' labels, left to right
    QTest::addColumn<QStringList>("metrics"); // each period's metric, empty for a gap
    const QStringList side = {u"sales-2024-mar-aug"_s, u"sales-2025-mar-aug"_s};
    QTest::newRow("columns, en") << u"sales-mar-aug"_s << u"en"_s
                                 << QStringList{u"Mar–Aug 2024"_s, u"Mar–Aug 2025"_s} << side;
    QTest::newRow("columns, zh") << u"sales-mar-aug"_s << u"zh-Hans"_s
                                 << QStringList{u"2024年3—8月"_s, u"2025年3—8月"_s} << side;
}

void TestFigureChart::halfYearsArePlacedInOrder_data()
{
    QTest::addColumn<QString>("figure");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("periods"); // the axis' labels, left to right
    QTest::addColumn<QStringList>("metrics"); // each period's metric, empty for a gap
    const QStringList output = {u"output-2024-h1"_s, u"output-2024-h2"_s, u"output-2025-h1"_s,
                                QString(), u"output-2026-h1"_s};
    // H2 2025 is stated by none: it keeps its place, named as the figure's language names it.
    QTest::newRow("halves, en") << u"output-by-half"_s << u"en"_s
                                << QStringList{u"H1 2024"_s, u"H2 2024"_s, u"H1 2025"_s,
                                               u"H2 2025"_s, u"H1 2026"_s}
                                << output;
    QTest::newRow("halves, zh") << u"output-by-half"_s << u"zh-Hans"_s
                                << QStringList{u"2024年上半年"_s, u"2024年下半年"_s,
                                               u"2025年上半年"_s, u"2025年下半年"_s,
                                               u"2026年上半年"_s}
                                << output;
    const QStringList orders = {u"orders-2024-h1"_s, u"orders-2024-q3"_s, u"orders-2024-q4"_s};
    QTest::newRow("halves then quarters, en")
        << u"halves-then-quarters"_s << u"en"_s
        << QStringList{u"H1 2024"_s, u"Q3 2024"_s, u"Q4 2024"_s} << orders;
    QTest::newRow("halves then quarters, zh")
        << u"halves-then-quarters"_s << u"zh-Hans"_s
        << QStringList{u"2024年上半年"_s, u"2024年第三季度"_s, u"2024年第四季度"_s} << orders;
    const QStringList staff = {u"staff-2023"_s, u"staff-2024"_s, u"staff-2025-h1"_s,
                               u"staff-2025-h2"_s};
    QTest::newRow("years then halves, en")
        << u"years-then-halves"_s << u"en"_s
        << QStringList{u"2023"_s, u"2024"_s, u"H1 2025"_s, u"H2 2025"_s} << staff;
    QTest::newRow("years then halves, zh")
        << u"years-then-halves"_s << u"zh-Hans"_s
        << QStringList{u"2023年"_s, u"2024年"_s, u"2025年上半年"_s, u"2025年下半年"_s} << staff;
}

// The row's series figure of `pack`: its grid's periods and cells are the row's, its axis draws
// each period left to right, and each value's mark is left of the next period's.
static void comparePeriodsInOrder(const QString &pack)
{
    QFETCH(QString, figure);
    QFETCH(QString, language);
    QFETCH(QStringList, periods);
    QFETCH(QStringList, metrics);
    const Report report = v2Pack(pack);
    const Figure *f = report.figure(figure);
    QVERIFY(f);
    const SeriesGrid grid = seriesGrid(report, *f, language);
    QCOMPARE(grid.periods, periods);
    QCOMPARE(grid.cells.size(), 1);
    QStringList cells;
    for (const Metric *m : grid.cells.constFirst())
        cells << (m ? m->id : QString());
    QCOMPARE(cells, metrics);

    ChartOptions options;
    options.language = language;
    auto chart = createFigureChart(report, *f, options);
    const QSize size(1200, 700);
    // The axis draws every label, left to right in the order of the periods.
    qreal previous = -1;
    const QList<Test::TextRecorder::Item> drawn = drawnLabels(*chart, size);
    for (const QString &period : std::as_const(periods)) {
        const auto at = std::find_if(drawn.cbegin(), drawn.cend(), [&](const auto &item) {
            return item.text.trimmed() == period && item.rect.center().x() > previous;
        });
        QStringList texts;
        for (const auto &item : drawn)
            texts << item.text;
        QVERIFY2(at != drawn.cend(), qPrintable(period + u" not in: "_s + texts.join(u" | "_s)));
        previous = at->rect.center().x();
    }
    // Each value's mark is left of the next period's.
    const QRectF rect(QPointF(0, 0), size);
    const auto found = scanMarks(*chart, rect, 3);
    previous = -1;
    for (const QString &id : std::as_const(metrics)) {
        if (id.isEmpty())
            continue;
        QVERIFY2(found.contains(id), qPrintable(id));
        const qreal x = boundsOf(found.value(id)).center().x();
        QVERIFY2(x > previous, qPrintable(id));
        previous = x;
    }
}

// Half-year dates on a series' time axis: in date order, each value at its period, a half no
// value states kept as a gap, each half labelled from its date in the figure's language (the
// pack writes "first half of 2024" and "2025-H2": the axis says "H1 2024", "H2 2025"); with
// quarters or years beside them, ordered by the date table (2024 < 2024-H1 < 2024-Q3).
void TestFigureChart::halfYearsArePlacedInOrder()
{
    comparePeriodsInOrder(u"half-years.figdeck.json"_s);
}

// The first months of a year ("2024-01/08") on a series' axis: named from the date in the
// figure's language ("Jan–Aug 2024", "2024年1—8月") however the pack writes the period, in
// order, and never read as the whole year (no "2024" filled in between 2023 and 2025).
void TestFigureChart::firstMonthsAreNamedAsMonths()
{
    comparePeriodsInOrder(u"first-months.figdeck.json"_s);
}

// Months of a year that start after January ("2024-03/08") on a series' axis: named from the
// date in the figure's language ("Mar–Aug 2024", "2024年3—8月") however the pack writes the
// period ("March to August 2024", "2025年3—8月"), in order, with no year filled in between.
void TestFigureChart::monthSpansAreNamedAsMonths()
{
    comparePeriodsInOrder(u"month-spans.figdeck.json"_s);
}

// A series figure of the row's "language" (empty: the pack's): its grid's periods are the
// row's "periods", its description holds "gapSentence", and each period is a label drawn on
// its axis; *drawn: every label drawn.
static void compareAxisPeriods(const Report &report, const Figure &figure, QStringList *drawn)
{
    QFETCH(QString, language);
    QFETCH(QStringList, periods);
    QFETCH(QString, gapSentence);
    QCOMPARE(seriesGrid(report, figure, language).periods, periods);
    ChartOptions options;
    options.language = language;
    auto chart = createFigureChart(report, figure, options);
    QVERIFY2(chart->accessibleDescription().contains(gapSentence),
             qPrintable(chart->accessibleDescription()));
    for (const Test::TextRecorder::Item &item : drawnLabels(*chart, QSize(1200, 700)))
        *drawn << item.text.trimmed();
    for (const QString &period : std::as_const(periods))
        QVERIFY2(drawn->contains(period),
                 qPrintable(period + u" not in: "_s + drawn->join(u" | "_s)));
}

void TestFigureChart::quartersReadAsWords_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("periods"); // the axis' labels, left to right
    QTest::addColumn<QString>("gapSentence"); // in the chart's description
    QTest::newRow("en") << u"en"_s
                        << QStringList{u"Q1 2025"_s, u"Q2 2025"_s, u"Q3 2025"_s, u"Q4 2025"_s,
                                       u"Q1 2026"_s}
                        << u"from Q1 2025 to Q1 2026. No value for Q3 2025 (a gap, not a zero)."_s;
    QTest::newRow("zh") << u"zh-Hans"_s
                        << QStringList{u"2025年第一季度"_s, u"2025年第二季度"_s,
                                       u"2025年第三季度"_s, u"2025年第四季度"_s,
                                       u"2026年第一季度"_s}
                        << u"from 2025年第一季度 to 2026年第一季度. No value for 2025年第三季度 (a "
                           u"gap, not a zero)."_s;
}

// A series over quarters whose period texts are the codes a draft writes ("2025-Q1", the date
// form of the pack): the axis, the quarter no value states and the description name each
// quarter as a reader reads it, in the figure's language, never "2025-Q3".
void TestFigureChart::quartersReadAsWords()
{
    const Report report = v2Pack(u"quarters-as-drafted.figdeck.json"_s);
    const Figure *f = report.figure(u"units-by-quarter"_s);
    QVERIFY(f);
    QStringList drawn;
    compareAxisPeriods(report, *f, &drawn);
    for (const QString &text : std::as_const(drawn))
        QVERIFY2(!text.contains(u"-Q"_s), qPrintable(text));
}

void TestFigureChart::manyPanelsCountWhatTheyLeaveOut_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<qreal>("floor");
    QTest::addColumn<bool>("allDrawn");
    const QSize slide(1920, 1080);
    QTest::newRow("slide, 12") << 12 << slide << 0.0 << true;
    QTest::newRow("slide, 120") << 120 << slide << 0.0 << false;
    QTest::newRow("slide, 5000") << 5000 << slide << 0.0 << false;
    QTest::newRow("window, 6") << 6 << QSize(640, 650) << qreal(ChartViewMinTextPx) << true;
    QTest::newRow("window, 500") << 500 << QSize(568, 332) << qreal(ChartViewMinTextPx) << false;
    QTest::newRow("small export, 60") << 60 << QSize(480, 300) << 0.0 << false;
}

// Small multiples of more panels than fit with readable text draw the first ones, no text over
// another, and say how many they left for the data table.
void TestFigureChart::manyPanelsCountWhatTheyLeaveOut()
{
    QFETCH(int, count);
    QFETCH(QSize, size);
    QFETCH(qreal, floor);
    QFETCH(bool, allDrawn);
    Report report = Test::manyTilesReport(count);
    Figure &figure = report.figures.first();
    figure.kind = ChartKind::SmallMultiples;
    ChartOptions options;
    options.minTextPixelSize = floor;
    if (floor > 0)
        options.frameTextPixelSize = naturalTextPixelSize(size);
    auto chart = createFigureChart(report, figure, options);
    const QList<Test::TextRecorder::Item> items = drawnLabels(*chart, size);
    // Values are the only texts of digits and separators alone ("1,007").
    static const QRegularExpression value(u"^\\d{1,3}(,\\d{3})*$"_s);
    int drawn = 0;
    QString rest;
    for (int i = 0; i < items.size(); ++i) {
        const Test::TextRecorder::Item &item = items.at(i);
        QVERIFY2(item.pixelSize >= std::max<qreal>(floor, 6) - 0.5,
                 qPrintable(u"%1 px: %2"_s.arg(item.pixelSize).arg(item.text)));
        if (value.match(item.text).hasMatch())
            ++drawn;
        if (item.text.contains(u"more in the data table"_s))
            rest = item.text;
        for (int j = 0; j < i; ++j) {
            const QRectF both = item.rect.intersected(items.at(j).rect);
            QVERIFY2(both.width() * both.height() < 1,
                     qPrintable(items.at(j).text + u" under "_s + item.text));
        }
    }
    if (allDrawn) {
        QCOMPARE(drawn, count);
        QVERIFY2(rest.isEmpty(), qPrintable(rest));
        return;
    }
    QVERIFY2(drawn >= 2 && drawn < count, qPrintable(QString::number(drawn)));
    QCOMPARE(rest, u"+\u00a0%1 more in the data table"_s.arg(
                       QLocale(QLocale::English).toString(count - drawn)));
}

void TestFigureChart::periodNamesNeverRunTogether_data()
{
    QTest::addColumn<QString>("pack");
    QTest::addColumn<QString>("figure");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<qreal>("floor");
    QTest::addColumn<bool>("allNamed");
    const QString quarters = u"seven-years-of-quarters.figdeck.json"_s;
    const QString line = u"deliveries-line"_s;
    const QString columns = u"deliveries-columns"_s;
    const QSize slide(1920, 1080);
    const QSize small(480, 300);
    const QSize window(568, 332);
    QTest::newRow("line, slide") << quarters << line << u"en"_s << slide << 0.0 << false;
    QTest::newRow("columns, slide") << quarters << columns << u"en"_s << slide << 0.0 << false;
    QTest::newRow("line, small") << quarters << line << u"en"_s << small << 0.0 << false;
    QTest::newRow("columns, small") << quarters << columns << u"en"_s << small << 0.0 << false;
    QTest::newRow("columns, window")
        << quarters << columns << u"en"_s << window << qreal(ChartViewMinTextPx) << false;
    QTest::newRow("line, Chinese")
        << quarters << line << u"zh-Hans"_s << QSize(1280, 720) << 0.0 << false;
    QTest::newRow("columns, Chinese, small")
        << quarters << columns << u"zh-Hans"_s << small << 0.0 << false;
    QTest::newRow("five quarters") << u"quarters-as-drafted.figdeck.json"_s << u"units-by-quarter"_s
                                   << u"en"_s << QSize(1200, 700) << 0.0 << true;
}

// More periods than their names fit side by side (28 quarters on a slide, in a window, in
// Chinese): the axis names every few periods, the same number apart, and no name runs into the
// next; periods whose names fit are all named. The first period is always named, so a reader
// sees where the chart starts (Qt Charts' bar category axis hid a columns chart's first name).
void TestFigureChart::periodNamesNeverRunTogether()
{
    QFETCH(QString, pack);
    QFETCH(QString, figure);
    QFETCH(QString, language);
    QFETCH(QSize, size);
    QFETCH(qreal, floor);
    QFETCH(bool, allNamed);
    const Report report = v2Pack(pack);
    const Figure *f = report.figure(figure);
    QVERIFY(f);
    const QStringList periods = seriesGrid(report, *f, language).periods;
    ChartOptions options;
    options.language = language;
    options.minTextPixelSize = floor;
    if (floor > 0)
        options.frameTextPixelSize = naturalTextPixelSize(size);
    auto chart = createFigureChart(report, *f, options);
    // A quarter's name, whole ("Q3 2025", "2025年第三季度"), or inside a longer text.
    static const QRegularExpression name(u"Q[1-4] \\d{4}|\\d{4}年第[一二三四]季度"_s);
    QList<Test::TextRecorder::Item> named;
    for (Test::TextRecorder::Item item : drawnLabels(*chart, size)) {
        // What is seen: an unnamed period's label of zero-width characters draws nothing.
        item.text.remove(QChar(0x200B)).remove(QChar(0x2060));
        const QString text = item.text.trimmed();
        const QRegularExpressionMatch m = name.match(text);
        if (!m.hasMatch())
            continue;
        QVERIFY2(m.capturedLength() == text.size(), qPrintable(u"run together: "_s + text));
        named << item;
    }
    std::sort(named.begin(), named.end(),
              [](const auto &a, const auto &b) { return a.rect.left() < b.rect.left(); });
    QList<int> indices;
    for (int i = 0; i < named.size(); ++i) {
        const QString text = named.at(i).text.trimmed();
        indices << int(periods.indexOf(text));
        QVERIFY2(indices.last() >= 0, qPrintable(text));
        if (i > 0) {
            QVERIFY2(named.at(i - 1).rect.right() <= named.at(i).rect.left() + 0.5,
                     qPrintable(named.at(i - 1).text + u" over "_s + text));
        }
    }
    QVERIFY(!indices.isEmpty());
    QCOMPARE(indices.constFirst(), 0);
    if (allNamed) {
        QCOMPARE(indices.size(), periods.size());
        return;
    }
    QVERIFY2(indices.size() >= 3 && indices.size() < periods.size(),
             qPrintable(QString::number(indices.size())));
    const int stride = indices.at(1) - indices.at(0);
    QVERIFY(stride > 1);
    for (int i = 1; i < indices.size(); ++i)
        QCOMPARE(indices.at(i) - indices.at(i - 1), stride);
}

namespace {

// A series figure of `series` series over `years` whole years from 1000, drawn as a line or as
// columns. Values are small (10 to 16, or 10 throughout when flat) so no value reads as a year.
// `periods` years from 1000, or with monthly, months from July 2001 ("Jul 2001", date 2001-07).
// With ranged, each value is given as a range of one either side ("between 9 and 11").
Report longSeries(int series, int periods, bool line, bool flat = false, bool monthly = false,
                  int firstYear = 1000, bool ranged = false)
{
    QJsonArray metrics;
    QJsonArray seriesList;
    for (int s = 0; s < series; ++s) {
        QJsonArray ids;
        for (int y = 0; y < periods; ++y) {
            const QString id = u"s%1y%2"_s.arg(s).arg(y);
            const int value = flat ? 10 : 10 + (y + s) % 7;
            const QDate month = QDate(2001, 7, 1).addMonths(y);
            const QString date =
                monthly ? month.toString(u"yyyy-MM"_s) : QString::number(firstYear + y);
            const QString period = monthly ? QLocale::c().toString(month, u"MMM yyyy"_s) : date;
            QJsonObject metric{{u"id"_s, id},
                               {u"label"_s, u"Series %1, %2"_s.arg(s).arg(period)},
                               {u"value"_s, value},
                               {u"unit"_s, u"count"_s},
                               {u"qualifier"_s, u"exact"_s},
                               {u"origin"_s, u"stated"_s},
                               {u"date"_s, date},
                               {u"period"_s, period},
                               {u"quote"_s, u"it was %1 in %2"_s.arg(value).arg(period)},
                               {u"source"_s, u"data"_s}};
            if (ranged) {
                metric.remove(u"value"_s);
                metric[u"range"_s] = QJsonArray{value - 1, value + 1};
                metric[u"qualifier"_s] = u"approximate"_s;
            }
            metrics.append(metric);
            ids.append(id);
        }
        seriesList.append(QJsonObject{{u"label"_s, u"Series %1"_s.arg(s)}, {u"metrics"_s, ids}});
    }
    const QJsonObject figure{
        {u"id"_s, u"long"_s},        {u"title"_s, u"A long series"_s},
        {u"kind"_s, u"series"_s},    {u"as"_s, line ? u"line"_s : u"columns"_s},
        {u"series"_s, seriesList},   {u"findings"_s, QJsonArray{}},
        {u"caveats"_s, QJsonArray{}}};
    const LoadResult loaded =
        parseReportPack(HostilePack::pack(u"Long series"_s, metrics, figure), u"long"_s);
    return loaded.report.value_or(Report());
}

} // namespace

namespace {

// A shares or part-whole figure of `parts` parts named "Part 0", "Part 1", ... of a whole of
// 100: equal parts, or each 0.8 of the one before (a few large parts and a long tail).
Report manyParts(const QString &kind, int parts, bool tail)
{
    QList<double> values;
    double sum = 0;
    for (int i = 0; i < parts; ++i) {
        values << (tail ? std::pow(0.8, i) : 1.0);
        sum += values.last();
    }
    QJsonArray metrics;
    QJsonArray ids;
    for (int i = 0; i < parts; ++i) {
        const double value = std::round(values.at(i) / sum * 1e4) / 100;
        metrics.append(QJsonObject{{u"id"_s, u"p%1"_s.arg(i)},
                                   {u"label"_s, u"Part %1"_s.arg(i)},
                                   {u"value"_s, value},
                                   {u"unit"_s, u"percent"_s},
                                   {u"qualifier"_s, u"exact"_s},
                                   {u"origin"_s, u"stated"_s},
                                   {u"quote"_s, u"part %1 was %2%"_s.arg(i).arg(value)},
                                   {u"source"_s, u"data"_s}});
        ids.append(u"p%1"_s.arg(i));
    }
    const QJsonObject figure{{u"id"_s, u"parts"_s},
                             {u"title"_s, u"Many parts"_s},
                             {u"kind"_s, kind},
                             {u"metrics"_s, ids},
                             {u"shares"_s, QJsonObject{{u"whole"_s, u"the whole"_s},
                                                       {u"total"_s, 100},
                                                       {u"complete"_s, true},
                                                       {u"parts"_s, ids}}},
                             {u"findings"_s, QJsonArray{}},
                             {u"caveats"_s, QJsonArray{}}};
    const LoadResult loaded =
        parseReportPack(HostilePack::pack(u"Many parts"_s, metrics, figure), u"parts"_s);
    return loaded.report.value_or(Report());
}

} // namespace

void TestFigureChart::manyPartsStayOnTheChart_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("parts");
    QTest::addColumn<bool>("tail");
    QTest::addColumn<QSize>("size");
    // Before: a donut stacked the labels a side could not hold off the chart, over the title
    // (2,000 parts took 20 s, stroking leaders thousands of pixels long), and a part-whole
    // key ran on under the chart; 200 parts took 1.8 s and 2,000 minutes to place labels.
    for (const QString &kind : {u"shares"_s, u"part-whole"_s}) {
        const QByteArray k = kind.toUtf8();
        QTest::newRow(QByteArray(k + ", 40 parts, a long tail").constData())
            << kind << 40 << true << Large;
        QTest::newRow(QByteArray(k + ", 40 parts, a long tail, small").constData())
            << kind << 40 << true << Small;
        QTest::newRow(QByteArray(k + ", 200 equal parts").constData())
            << kind << 200 << false << Large;
        QTest::newRow(QByteArray(k + ", 1,000 equal parts, small").constData())
            << kind << 1000 << false << Small;
        QTest::newRow(QByteArray(k + ", 6 parts").constData()) << kind << 6 << true << Large;
    }
}

// However many parts, every text is drawn on the chart; the parts named are counted, and the
// others are counted in "+ N more in the data table" (nothing is left out unsaid). A donut
// names its largest parts; a few parts are all named.
void TestFigureChart::manyPartsStayOnTheChart()
{
    QFETCH(QString, kind);
    QFETCH(int, parts);
    QFETCH(bool, tail);
    QFETCH(QSize, size);
    const Report report = manyParts(kind, parts, tail);
    QCOMPARE(report.figures.size(), 1);
    auto chart = createFigureChart(report, report.figures.constFirst());
    const QRectF rect(QPointF(0, 0), size);
    static const QRegularExpression name(u"^Part (\\d+)$"_s);
    // "+" and the count are kept together by a no-break space.
    static const QRegularExpression more(u"^\\+[ \u00a0]([\\d,]+) more in the data table$"_s);
    QSet<int> named;
    int counted = 0;
    for (const Test::TextRecorder::Item &item : drawnLabels(*chart, size)) {
        QVERIFY2(rect.adjusted(-0.5, -0.5, 0.5, 0.5).contains(item.rect),
                 qPrintable(item.text + u" off the chart"_s));
        const QString text = item.text.trimmed();
        if (const QRegularExpressionMatch m = name.match(text); m.hasMatch())
            named.insert(m.captured(1).toInt());
        else if (const QRegularExpressionMatch c = more.match(text); c.hasMatch())
            counted = c.captured(1).remove(u',').toInt();
    }
    QVERIFY(!named.isEmpty());
    QCOMPARE(int(named.size()) + counted, parts);
    if (parts <= 6)
        QCOMPARE(counted, 0);
    if (kind == u"shares"_s && tail) {
        // The largest parts are the named ones: 0 to named - 1.
        for (int i = 0; i < int(named.size()); ++i)
            QVERIFY2(named.contains(i), qPrintable(QString::number(i)));
    }
}

void TestFigureChart::sliversKeepTheirColour_data()
{
    QTest::addColumn<int>("parts");
    QTest::addColumn<QSize>("size");
    // Before: each slice's border, in the background's colour and 2 px wide, covered slices
    // narrower than it: a thousand parts were drawn as a white ring.
    QTest::newRow("1,000 equal parts, small") << 1000 << Small;
    QTest::newRow("2,000 equal parts") << 2000 << Large;
    QTest::newRow("6 equal parts") << 6 << Large;
}

// A donut's ring is its parts' colours around its whole circle, however thin its slices: the
// circle through the middle of the ring is at least nine tenths coloured.
void TestFigureChart::sliversKeepTheirColour()
{
    QFETCH(int, parts);
    QFETCH(QSize, size);
    const Report report = manyParts(u"shares"_s, parts, false);
    QCOMPARE(report.figures.size(), 1);
    auto chart = createFigureChart(report, report.figures.constFirst());
    const QImage image = renderOnWhite(*chart, size);
    // The hole's text is at the donut's centre.
    QPointF centre;
    for (const Test::TextRecorder::Item &item : drawnLabels(*chart, size)) {
        if (item.text.contains(u"the whole"_s))
            centre = item.rect.center();
    }
    QVERIFY(!centre.isNull());
    const auto white = [&](const QPointF &p) {
        const QColor c = image.pixelColor(p.toPoint());
        return c.red() > 235 && c.green() > 235 && c.blue() > 235;
    };
    // Out from the centre along a few rays (one may run along a border): past the hole and its
    // text, the ring is the first run of more than 10 pixels not white.
    int inner = 0;
    int outer = 0;
    for (const qreal degrees : {17.0, 97.0, 203.0, 291.0}) {
        const QPointF ray(std::sin(qDegreesToRadians(degrees)),
                          -std::cos(qDegreesToRadians(degrees)));
        int run = 0;
        for (int r = 1; QRectF(image.rect()).contains(centre + ray * r); ++r) {
            if (!white(centre + ray * r)) {
                ++run;
                continue;
            }
            if (run > 10 && run > outer - inner) {
                inner = r - run;
                outer = r;
                break;
            }
            run = 0;
        }
    }
    QVERIFY2(outer - inner > 10, qPrintable(u"ring %1 to %2"_s.arg(inner).arg(outer)));
    const qreal radius = (inner + outer) / 2.0;
    int coloured = 0;
    constexpr int Samples = 1440;
    for (int k = 0; k < Samples; ++k) {
        const qreal a = 2 * M_PI * k / Samples;
        coloured += !white(centre + QPointF(std::sin(a), -std::cos(a)) * radius);
    }
    QVERIFY2(coloured >= Samples * 9 / 10, qPrintable(QString::number(coloured)));
}

namespace {

// The years (four digits) chart names at size, from the left.
QList<Test::TextRecorder::Item> namedYears(FigureChart &chart, const QSize &size)
{
    static const QRegularExpression year(u"^\\d{4}$"_s);
    QList<Test::TextRecorder::Item> named;
    for (const Test::TextRecorder::Item &item : drawnLabels(chart, size)) {
        if (year.match(item.text.trimmed()).hasMatch())
            named << item;
    }
    std::sort(named.begin(), named.end(),
              [](const auto &a, const auto &b) { return a.rect.left() < b.rect.left(); });
    return named;
}

} // namespace

void TestFigureChart::longSeriesNameEvenlySpacedYears_data()
{
    QTest::addColumn<int>("series");
    QTest::addColumn<int>("years");
    QTest::addColumn<bool>("line");
    QTest::addColumn<QSize>("size");
    // Before, each period was one of Qt Charts' axis labels, unnamed ones as a word joiner and
    // one more zero-width space than the last: 5,000 years took 48 s and 0.9 GB to draw, and
    // named only the first (no stride past 128 fitted); 100 lines of 100 years took minutes.
    QTest::newRow("5,000 years, a line") << 1 << 5000 << true << Large;
    QTest::newRow("100 lines of 100 years") << 100 << 100 << true << Large;
    QTest::newRow("2,000 years, columns") << 1 << 2000 << false << Large;
    QTest::newRow("300 years, a line, small") << 1 << 300 << true << Small;
    QTest::newRow("60 years, columns, small") << 1 << 60 << false << Small;
}

// A series of hundreds or thousands of years names some of them across the whole axis, the
// same number of years apart, in steps a reader counts years in (fives, tens, fifties,
// hundreds, never 16 or 128), from the first year; no name runs into the next.
void TestFigureChart::longSeriesNameEvenlySpacedYears()
{
    QFETCH(int, series);
    QFETCH(int, years);
    QFETCH(bool, line);
    QFETCH(QSize, size);
    const Report report = longSeries(series, years, line);
    QCOMPARE(report.figures.size(), 1);
    auto chart = createFigureChart(report, report.figures.constFirst());
    const QList<Test::TextRecorder::Item> named = namedYears(*chart, size);
    QVERIFY2(named.size() >= 4 && named.size() <= 40, qPrintable(QString::number(named.size())));
    QCOMPARE(named.constFirst().text.trimmed(), u"1000"_s);
    const int stride = named.at(1).text.trimmed().toInt() - 1000;
    static const QList<int> steps{1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000};
    QVERIFY2(steps.contains(stride), qPrintable(QString::number(stride)));
    for (int i = 1; i < named.size(); ++i) {
        QCOMPARE(named.at(i).text.trimmed().toInt(), 1000 + i * stride);
        QVERIFY2(named.at(i - 1).rect.right() <= named.at(i).rect.left() + 0.5,
                 qPrintable(named.at(i - 1).text + u" over "_s + named.at(i).text));
    }
    // Named across the axis: the last name is within two steps of the last year.
    QVERIFY(1000 + (named.size() + 1) * stride >= 1000 + years - 1);
}

void TestFigureChart::yearlySeriesNameRoundYears_data()
{
    QTest::addColumn<int>("firstYear");
    QTest::addColumn<int>("years");
    QTest::addColumn<bool>("line");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("stride");
    QTest::addColumn<int>("firstNamed"); // the first multiple of stride from firstYear on
    // Before, the names stepped from the first year: 1986, 1991, 1996; 1913, 1923.
    QTest::newRow("41 years from 1986, a line") << 1986 << 41 << true << Large << 5 << 1990;
    QTest::newRow("41 years from 1986, columns, small")
        << 1986 << 41 << false << Small << 5 << 1990;
    QTest::newRow("100 years from 1913, a line, small")
        << 1913 << 100 << true << Small << 10 << 1920;
    QTest::newRow("300 years from 1723, a line") << 1723 << 300 << true << Large << 20 << 1740;
    QTest::newRow("25 years from 2001, columns, 480 x 300")
        << 2001 << 25 << false << QSize(480, 300) << 2 << 2002;
}

// A series of years names round years, multiples of its step (1990, 1995, 2000), not years
// counted from its first (1986, 1991, 1996): the first year is named only when it is one.
void TestFigureChart::yearlySeriesNameRoundYears()
{
    QFETCH(int, firstYear);
    QFETCH(int, years);
    QFETCH(bool, line);
    QFETCH(QSize, size);
    QFETCH(int, stride);
    QFETCH(int, firstNamed);
    const Report report = longSeries(1, years, line, false, false, firstYear);
    QCOMPARE(report.figures.size(), 1);
    auto chart = createFigureChart(report, report.figures.constFirst());
    const QList<Test::TextRecorder::Item> named = namedYears(*chart, size);
    QStringList texts;
    for (const Test::TextRecorder::Item &item : std::as_const(named))
        texts << item.text.trimmed();
    QVERIFY2(named.size() >= 3, qPrintable(texts.join(u' ')));
    QVERIFY2(named.constFirst().text.trimmed().toInt() == firstNamed, qPrintable(texts.join(u' ')));
    for (int i = 1; i < named.size(); ++i) {
        QCOMPARE(named.at(i).text.trimmed().toInt(), firstNamed + i * stride);
        QVERIFY2(named.at(i - 1).rect.right() <= named.at(i).rect.left() + 0.5,
                 qPrintable(named.at(i - 1).text + u" over "_s + named.at(i).text));
    }
    // The last round year is named too.
    QVERIFY(named.constLast().text.trimmed().toInt() + stride > firstYear + years - 1);
}

void TestFigureChart::denseRangesAreABand_data()
{
    QTest::addColumn<int>("years");
    QTest::addColumn<bool>("line");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("bands");    // filled areas from the lows to the highs
    QTest::addColumn<int>("whiskers"); // vertical whisker lines
    // Before, 300 ranges drew 300 whiskers a few pixels apart, and no band.
    QTest::newRow("300 years, a line") << 300 << true << Large << 1 << 0;
    QTest::newRow("300 years, a line, small") << 300 << true << Small << 1 << 0;
    QTest::newRow("300 years, columns") << 300 << false << Large << 1 << 0;
    QTest::newRow("12 years, a line") << 12 << true << Large << 0 << 12;
    QTest::newRow("12 years, columns, small") << 12 << false << Small << 0 << 12;
}

// Ranges whose neighbours are a few pixels apart are one band between their lows and highs;
// ranges further apart each keep their whisker.
void TestFigureChart::denseRangesAreABand()
{
    QFETCH(int, years);
    QFETCH(bool, line);
    QFETCH(QSize, size);
    QFETCH(int, bands);
    QFETCH(int, whiskers);
    const Report report = longSeries(1, years, line, false, false, 1000, true);
    QCOMPARE(report.figures.size(), 1);
    auto chart = createFigureChart(report, report.figures.constFirst());
    const Recorded drawn = drawnTextAndLines(*chart, size);
    const QColor text = Theme::get(ThemeId::Light).text;
    int vertical = 0;
    for (const Test::TextRecorder::Line &l : drawn.lines) {
        if (l.color.rgb() == text.rgb() && l.points.size() == 2 &&
            std::abs(l.points.at(0).x() - l.points.at(1).x()) < 0.5 &&
            std::abs(l.points.at(0).y() - l.points.at(1).y()) > 1)
            ++vertical;
    }
    int filled = 0;
    for (const Test::TextRecorder::Fill &f : drawn.fills) {
        // A band has a point at each range's low and high.
        if (f.points.size() >= 2 * years)
            ++filled;
    }
    QCOMPARE(filled, bands);
    // The legend's range key draws two more, its ends.
    QCOMPARE(vertical, whiskers + 2);
}

void TestFigureChart::rangeAxisNamesValues_data()
{
    QTest::addColumn<bool>("line");
    QTest::addColumn<QSize>("size");
    QTest::newRow("12 ranges, a line") << true << Large;
    QTest::newRow("12 ranges, columns, small") << false << Small;
}

// The value axis of a series of ranges names values: before, every tick took the first
// metric's range, "0–22", "10–22" … "50–22".
void TestFigureChart::rangeAxisNamesValues()
{
    QFETCH(bool, line);
    QFETCH(QSize, size);
    const Report report = longSeries(1, 12, line, false, false, 1000, true);
    QCOMPARE(report.figures.size(), 1);
    auto chart = createFigureChart(report, report.figures.constFirst());
    int ranges = 0; // texts that read as a range: the 12 values' own labels at most
    for (const Test::TextRecorder::Item &item : drawnLabels(*chart, size)) {
        if (item.text.contains(QChar(0x2013)))
            ++ranges;
    }
    QVERIFY2(ranges <= 12, qPrintable(QString::number(ranges)));
}

void TestFigureChart::monthlySeriesNameMonthsAReaderCounts_data()
{
    QTest::addColumn<int>("months");
    QTest::addColumn<bool>("line");
    QTest::addColumn<QSize>("size");
    QTest::newRow("300 months, a line") << 300 << true << Large;
    QTest::newRow("300 months, a line, small") << 300 << true << Small;
    QTest::newRow("120 months, columns") << 120 << false << Large;
    QTest::newRow("36 months, a line") << 36 << true << Large;
    QTest::newRow("36 months, columns, small") << 36 << false << Small;
    QTest::newRow("1,200 months, a line") << 1200 << true << Large;
}

// A long series of months (from July 2001) names months a reader counts in: every month, every
// other, quarter or half from January, or Januaries of years counted in ones, twos, fives,
// tens from the first January (2002, 2007). Before, the steps were doublings: Jul 2001,
// Mar 2004, Nov 2006.
void TestFigureChart::monthlySeriesNameMonthsAReaderCounts()
{
    QFETCH(int, months);
    QFETCH(bool, line);
    QFETCH(QSize, size);
    const Report report = longSeries(1, months, line, false, true);
    QCOMPARE(report.figures.size(), 1);
    auto chart = createFigureChart(report, report.figures.constFirst());
    static const QRegularExpression month(u"^([A-Z][a-z]{2}) (\\d{4})$"_s);
    static const QStringList names{u"Jan"_s, u"Feb"_s, u"Mar"_s, u"Apr"_s, u"May"_s, u"Jun"_s,
                                   u"Jul"_s, u"Aug"_s, u"Sep"_s, u"Oct"_s, u"Nov"_s, u"Dec"_s};
    QList<Test::TextRecorder::Item> named;
    QList<int> numbers; // months since January of year 0
    for (const Test::TextRecorder::Item &item : drawnLabels(*chart, size)) {
        const QRegularExpressionMatch m = month.match(item.text.trimmed());
        if (m.hasMatch() && names.contains(m.captured(1))) {
            named << item;
            numbers << m.captured(2).toInt() * 12 + int(names.indexOf(m.captured(1)));
        }
    }
    QVERIFY2(named.size() >= 3, qPrintable(QString::number(named.size())));
    std::sort(numbers.begin(), numbers.end());
    const int stride = numbers.at(1) - numbers.at(0);
    static const QList<int> steps{1, 2, 3, 6, 12, 24, 60, 120, 240, 300, 600};
    QVERIFY2(steps.contains(stride), qPrintable(QString::number(stride)));
    for (int i = 0; i < numbers.size(); ++i) {
        // Januaries for a year or more, from the first; Jan/Apr/Jul/Oct at 3.
        QCOMPARE(numbers.at(i) % std::min(stride, 12), 0);
        if (i > 0)
            QCOMPARE(numbers.at(i) - numbers.at(i - 1), stride);
    }
    std::sort(named.begin(), named.end(),
              [](const auto &a, const auto &b) { return a.rect.left() < b.rect.left(); });
    for (int i = 1; i < named.size(); ++i) {
        QVERIFY2(named.at(i - 1).rect.right() <= named.at(i).rect.left() + 0.5,
                 qPrintable(named.at(i - 1).text + u" over "_s + named.at(i).text));
    }
    // Named across the axis: the first name within a stride of July 2001, the last within two
    // of the last month.
    const int first = 2001 * 12 + 6;
    QVERIFY(numbers.constFirst() < first + stride);
    QVERIFY(numbers.constLast() + 2 * stride >= first + months - 1);
}

void TestFigureChart::denseLinesAreUnbroken_data()
{
    QTest::addColumn<int>("years");
    QTest::addColumn<QSize>("size");
    QTest::newRow("300 years") << 300 << Small;
    QTest::newRow("1,000 years") << 1000 << Small;
    QTest::newRow("1,000 years, large") << 1000 << Large;
}

// Points closer than their markers are drawn as the line alone, in its colour from end to end:
// before, each point's marker (outlined in the background's colour) and the seams between
// segments drawn one by one turned a dense line into a pale, beaded band.
void TestFigureChart::denseLinesAreUnbroken()
{
    QFETCH(int, years);
    QFETCH(QSize, size);
    const Report report = longSeries(1, years, true, true);
    QCOMPARE(report.figures.size(), 1);
    auto chart = createFigureChart(report, report.figures.constFirst());
    const QImage image = renderOnWhite(*chart, size);
    // The flat line crosses the middle column: the middle of its run of blue pixels.
    const auto blue = [&](int x, int y) {
        const QColor c = image.pixelColor(x, y);
        return c.blue() - c.red() > 60;
    };
    const int middle = size.width() / 2;
    int top = -1;
    int bottom = -1;
    for (int y = 0; y < size.height(); ++y) {
        if (blue(middle, y)) {
            if (top < 0)
                top = y;
            bottom = y;
        }
    }
    QVERIFY(top >= 0);
    QVERIFY2(bottom - top <= 8, qPrintable(u"%1 to %2"_s.arg(top).arg(bottom)));
    const int y = (top + bottom) / 2;
    const QColor color = image.pixelColor(middle, y);
    // The plot's middle four fifths: the same colour at every pixel along the line.
    for (int x = size.width() / 5; x < size.width() * 4 / 5; ++x) {
        const QColor c = image.pixelColor(x, y);
        QVERIFY2(std::abs(c.red() - color.red()) <= 6 && std::abs(c.green() - color.green()) <= 6 &&
                     std::abs(c.blue() - color.blue()) <= 6,
                 qPrintable(u"at x %1: %2, not %3"_s.arg(x).arg(c.name(), color.name())));
    }
}

namespace {

const QStringList MonthNames = {u"Jan"_s, u"Feb"_s, u"Mar"_s, u"Apr"_s, u"May"_s, u"Jun"_s,
                                u"Jul"_s, u"Aug"_s, u"Sep"_s, u"Oct"_s, u"Nov"_s, u"Dec"_s};

// Labels (drawnLabels) and filled polygons drawn, in device pixels.
struct Drawn
{
    QList<Test::TextRecorder::Item> labels;
    QList<Test::TextRecorder::Fill> fills;
};

Drawn drawnAll(FigureChart &chart, const QSize &size)
{
    return {drawnLabels(chart, size), drawnTextAndLines(chart, size).fills};
}

// Figure `figure` of a pack in tests/data/model/v2/good, charted in theme (null: no such figure).
std::unique_ptr<FigureChart> packChart(const QString &pack, const QString &figure, int theme)
{
    const Report report = v2Pack(pack);
    const Figure *f = report.figure(figure);
    if (!f)
        return nullptr;
    ChartOptions options;
    options.theme = Theme::get(ThemeId(theme));
    return createFigureChart(report, *f, options);
}

// x of month index (0: January 2001) along the period axis, from the first and last period
// names it draws ("Jan 2001", "Sep 2003", ...; a name is centred on its month).
std::function<qreal(int)> monthAxis(const QList<Test::TextRecorder::Item> &labels)
{
    static const QRegularExpression name(u"^([A-Z][a-z]{2}) (\\d{4})$"_s);
    QList<std::pair<int, qreal>> named;
    for (const Test::TextRecorder::Item &item : labels) {
        const QRegularExpressionMatch m = name.match(item.text.trimmed());
        if (m.hasMatch() && MonthNames.contains(m.captured(1)))
            named << std::pair<int, qreal>{(m.captured(2).toInt() - 2001) * 12 +
                                               int(MonthNames.indexOf(m.captured(1))),
                                           item.rect.center().x()};
    }
    std::sort(named.begin(), named.end());
    if (named.size() < 2)
        return [](int) { return -1e9; };
    const auto [m0, x0] = named.constFirst();
    const auto [m1, x1] = named.constLast();
    return [=](int month) { return x0 + (x1 - x0) * (month - m0) / qreal(m1 - m0); };
}

// y of a value along the value axis, from the numbers it draws left of the plot.
std::function<qreal(double)> valueAxis(const QList<Test::TextRecorder::Item> &labels, qreal left)
{
    QList<std::pair<double, qreal>> ticks;
    for (const Test::TextRecorder::Item &item : labels) {
        bool ok = false;
        const double v = QString(item.text).remove(u',').trimmed().toDouble(&ok);
        if (ok && item.rect.right() < left)
            ticks << std::pair<double, qreal>{v, item.rect.center().y()};
    }
    std::sort(ticks.begin(), ticks.end());
    if (ticks.size() < 2)
        return [](double) { return -1e9; };
    const auto [v0, y0] = ticks.constFirst();
    const auto [v1, y1] = ticks.constLast();
    return [=](double v) { return y0 + (y1 - y0) * (v - v0) / (v1 - v0); };
}

QString overlapping(const QList<Test::TextRecorder::Item> &labels)
{
    for (int i = 0; i < labels.size(); ++i) {
        for (int j = i + 1; j < labels.size(); ++j) {
            // Glyph boxes of neighbouring lines may share their rim.
            if (labels.at(i).rect.adjusted(0.5, 0.5, -0.5, -0.5).intersects(labels.at(j).rect))
                return labels.at(i).text + u" over "_s + labels.at(j).text;
        }
    }
    return QString();
}

} // namespace

namespace {

// Runs of months (indices from 0, January 2001) "60-239 270-270": lower bounds, each written as
// first-last.
using MonthRuns = QList<std::pair<int, int>>;

MonthRuns monthRuns(const QString &text)
{
    MonthRuns runs;
    for (const QString &run : text.split(u' ', Qt::SkipEmptyParts))
        runs << std::pair<int, int>{run.section(u'-', 0, 0).toInt(), run.section(u'-', 1).toInt()};
    return runs;
}

} // namespace

void TestFigureChart::denseLowerBoundsAreMarkedAlongTheirRun_data()
{
    QTest::addColumn<QString>("figure");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("theme");
    // The qualified values labelled: each run of lower bounds at its last value (Site A: month
    // 240, 8,690; the lone month 271, 8,700; Site B: every month, its last 7,290); empty: some,
    // as many as fit (Site C's 25 runs of three months end a year apart, closer than their
    // labels are wide at a small size).
    QTest::addColumn<QStringList>("boundLabels");
    // The open ends drawn, at least and at most (each month's: Site A 181, both sites 481,
    // Site C 75).
    QTest::addColumn<int>("fewestOpenEnds");
    QTest::addColumn<int>("mostOpenEnds");
    // Each series' runs of lower bounds.
    QTest::addColumn<QStringList>("runs");
    const QStringList a{u"8,690+"_s, u"8,700+"_s};
    const QStringList both{u"8,690+"_s, u"8,700+"_s, u"7,290+"_s};
    const QString runsA = u"60-239 270-270"_s;
    const QString runsB = u"0-299"_s;
    QString runsC;
    for (int year = 0; year < 25; ++year)
        runsC += u"%1-%2 "_s.arg(year * 12).arg(year * 12 + 2);
    for (const QSize &size : {QSize(1920, 1080), QSize(800, 450)}) {
        const QString at = u"%1x%2"_s.arg(size.width()).arg(size.height());
        QTest::newRow(qPrintable(u"site-a/light/"_s + at))
            << u"site-a"_s << size << int(ThemeId::Light) << a << 3 << 40 << QStringList{runsA};
        QTest::newRow(qPrintable(u"two-sites/light/"_s + at))
            << u"two-sites"_s << size << int(ThemeId::Light) << both << 5 << 80
            << QStringList{runsA, runsB};
        QTest::newRow(qPrintable(u"site-c/light/"_s + at))
            << u"site-c"_s << size << int(ThemeId::Light) << QStringList() << 25 << 50
            << QStringList{runsC};
    }
    QTest::newRow("two-sites/dark/1280x720")
        << u"two-sites"_s << QSize(1280, 720) << int(ThemeId::Dark) << both << 5 << 80
        << QStringList{runsA, runsB};
    QTest::newRow("site-a/print/1280x720") << u"site-a"_s << QSize(1280, 720) << int(ThemeId::Print)
                                           << a << 3 << 40 << QStringList{runsA};
}

// 300 months of visitors, runs of them stated as lower bounds ("over 8,690"): their points are
// too close for markers, and an open end and a label on each drew a smear of arrows under a
// block of text over text. The line says it along each run instead: an open end in every run,
// at the first and last month of a long one and a bounded number between, none outside a run;
// the runs' last values labelled as far as they fit, and no text over other text. A reader still
// tells which months are lower bounds.
void TestFigureChart::denseLowerBoundsAreMarkedAlongTheirRun()
{
    QFETCH(QString, figure);
    QFETCH(QSize, size);
    QFETCH(int, theme);
    QFETCH(QStringList, boundLabels);
    QFETCH(int, fewestOpenEnds);
    QFETCH(int, mostOpenEnds);
    QFETCH(QStringList, runs);
    auto chart = packChart(u"monthly-lower-bounds.figdeck.json"_s, figure, theme);
    QVERIFY(chart);
    const Drawn drawn = drawnAll(*chart, size);

    const QString over = overlapping(drawn.labels);
    QVERIFY2(over.isEmpty(), qPrintable(over));
    QStringList bounds;
    for (const Test::TextRecorder::Item &item : drawn.labels) {
        if (item.text.endsWith(u'+'))
            bounds << item.text;
    }
    std::sort(bounds.begin(), bounds.end());
    std::sort(boundLabels.begin(), boundLabels.end());
    if (boundLabels.isEmpty())
        QVERIFY2(!bounds.isEmpty(), "no lower bound labelled");
    else
        QCOMPARE(bounds, boundLabels);
    const Test::TextRecorder::Item *key =
        drawnItem(drawn.labels, u"lower bound: the value is higher"_s);
    QVERIFY(key);

    // The open ends' arrowheads: triangles in the plot, below the legend, by colour (a series'
    // own).
    const std::function<qreal(int)> x = monthAxis(drawn.labels);
    const qreal month = x(1) - x(0);
    QVERIFY2(month > 0.5, qPrintable(QString::number(month)));
    QMap<QRgb, QList<qreal>> heads;
    for (const Test::TextRecorder::Fill &fill : drawn.fills) {
        if (fill.points.size() == 3 && fill.points.boundingRect().top() > key->rect.bottom())
            heads[fill.color.rgb()] << fill.points.boundingRect().center().x();
    }
    int count = 0;
    for (const QList<qreal> &xs : std::as_const(heads))
        count += int(xs.size());
    QVERIFY2(count >= fewestOpenEnds && count <= mostOpenEnds, qPrintable(QString::number(count)));
    QCOMPARE(heads.size(), runs.size());
    const qreal tolerance = month * 1.5 + 1;
    const auto near = [&](const QList<qreal> &xs, int m) {
        return std::any_of(xs.cbegin(), xs.cend(),
                           [&](qreal at) { return std::abs(at - x(m)) <= tolerance; });
    };
    const auto inRun = [&](qreal at, const std::pair<int, int> &run) {
        return at >= x(run.first) - tolerance && at <= x(run.second) + tolerance;
    };
    // Each colour's open ends are one series' runs: every one in a run, one at least in each,
    // and a run of 20 months or more marked at its first and last.
    const auto fault = [&](const QList<qreal> &xs, const MonthRuns &spec) -> QString {
        for (qreal at : xs) {
            if (std::none_of(spec.cbegin(), spec.cend(),
                             [&](const auto &run) { return inRun(at, run); }))
                return u"an open end at x %1, outside every run"_s.arg(at);
        }
        for (const auto &run : spec) {
            if (std::none_of(xs.cbegin(), xs.cend(), [&](qreal at) { return inRun(at, run); }))
                return u"no open end in months %1-%2"_s.arg(run.first).arg(run.second);
            if (run.second - run.first >= 20 && (!near(xs, run.first) || !near(xs, run.second)))
                return u"months %1-%2 not marked at both ends"_s.arg(run.first).arg(run.second);
        }
        return QString();
    };
    for (const QList<qreal> &xs : std::as_const(heads)) {
        QStringList faults;
        for (const QString &spec : std::as_const(runs))
            faults << fault(xs, monthRuns(spec));
        QVERIFY2(faults.contains(QString()), qPrintable(faults.join(u"; "_s)));
    }
}

void TestFigureChart::endLabelsStayByTheirLines_data()
{
    QTest::addColumn<QString>("pack");
    QTest::addColumn<QString>("figure");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("theme");
    QTest::addColumn<QStringList>("ends");   // the end labels drawn
    QTest::addColumn<QStringList>("legend"); // the series the legend names
    const QStringList brands = {u"32,500"_s, u"27,000"_s, u"23,500"_s,
                                u"21,500"_s, u"18,000"_s, u"12,500"_s};
    QStringList regions;
    for (char c = 'A'; c <= 'L'; ++c)
        regions << u"Region "_s + QChar::fromLatin1(c);
    const QStringList brandNames = {u"Brand A"_s, u"Brand B"_s, u"Brand C"_s,
                                    u"Brand D"_s, u"Brand E"_s, u"Brand F"_s};
    for (const QSize &size : {QSize(1920, 1080), QSize(800, 450)}) {
        const QString at = u"%1x%2"_s.arg(size.width()).arg(size.height());
        for (ThemeId theme : {ThemeId::Light, ThemeId::Print}) {
            const QString in = u"/"_s + Theme::name(theme) + u"/"_s + at;
            // Twelve lines end between 100 and 108: stacked, their labels would reach 6 label
            // heights from their lines. The legend names them, no label is drawn.
            QTest::newRow(qPrintable(u"twelve"_s + in))
                << u"twelve-lines-forty-years.figdeck.json"_s << u"regions"_s << size << int(theme)
                << QStringList() << regions;
            QTest::newRow(qPrintable(u"six"_s + in))
                << u"six-brands-six-quarters.figdeck.json"_s << u"deliveries"_s << size
                << int(theme) << brands << brandNames;
        }
    }
}

// Lines end close together: each end label is drawn within two of its heights of its line's
// end, or, when they cannot all be, none is and the legend names the lines (twelve lines over
// 40 years spread their labels down the plot's height on leaders up to a third of it long).
void TestFigureChart::endLabelsStayByTheirLines()
{
    QFETCH(QString, pack);
    QFETCH(QString, figure);
    QFETCH(QSize, size);
    QFETCH(int, theme);
    QFETCH(QStringList, ends);
    QFETCH(QStringList, legend);
    auto chart = packChart(pack, figure, theme);
    QVERIFY(chart);
    const Drawn drawn = drawnAll(*chart, size);
    const QString over = overlapping(drawn.labels);
    QVERIFY2(over.isEmpty(), qPrintable(over));
    for (const QString &name : std::as_const(legend))
        QVERIFY2(drawnItem(drawn.labels, name), qPrintable(name + u" not in the legend"_s));
    // Numbers right of the middle and over the baseline are end labels (the value axis is on the
    // left, the period axis under the baseline).
    const std::function<qreal(double)> y = valueAxis(drawn.labels, size.width() * 0.2);
    QStringList drawnEnds;
    QList<QRectF> boxes;
    for (const Test::TextRecorder::Item &item : drawn.labels) {
        bool ok = false;
        QString(item.text).remove(u',').toDouble(&ok);
        if (ok && item.rect.left() > size.width() / 2 && item.rect.center().y() < y(0)) {
            drawnEnds << item.text;
            boxes << item.rect;
        }
    }
    QCOMPARE(drawnEnds.size(), ends.size());
    for (int i = 0; i < drawnEnds.size(); ++i) {
        QVERIFY2(ends.contains(drawnEnds.at(i)), qPrintable(drawnEnds.at(i)));
        const qreal lineEnd = y(QString(drawnEnds.at(i)).remove(u',').toDouble());
        const qreal shift = std::abs(boxes.at(i).center().y() - lineEnd);
        QVERIFY2(
            shift <= 2 * boxes.at(i).height(),
            qPrintable(u"%1 drawn %2 px from its line's end"_s.arg(drawnEnds.at(i)).arg(shift)));
    }
}

void TestFigureChart::lowerBoundKeysStandOut_data()
{
    QTest::addColumn<QString>("figure"); // one series (its colour), two (the muted grey)
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("theme");
    for (ThemeId theme : Theme::all()) {
        for (const QSize &size : {QSize(1920, 1080), QSize(800, 450)}) {
            const QString at =
                u"/%1/%2x%3"_s.arg(Theme::name(theme)).arg(size.width()).arg(size.height());
            QTest::newRow(qPrintable(u"site-a"_s + at)) << u"site-a"_s << size << int(theme);
            QTest::newRow(qPrintable(u"two-sites"_s + at)) << u"two-sites"_s << size << int(theme);
        }
    }
}

// The legend's lower-bound key ends in the arrowhead that says "the value is higher": it has a
// pixel of at least 3:1 contrast with the background (WCAG 2.1 non-text contrast). At 55% of its
// colour it was 2.3:1 in Site A's blue on white and 2.5:1 in the muted grey of two series.
void TestFigureChart::lowerBoundKeysStandOut()
{
    QFETCH(QString, figure);
    QFETCH(QSize, size);
    QFETCH(int, theme);
    auto chart = packChart(u"monthly-lower-bounds.figdeck.json"_s, figure, theme);
    QVERIFY(chart);
    const QImage image = render(*chart, size);
    const Drawn drawn = drawnAll(*chart, size);
    const Test::TextRecorder::Item *key =
        drawnItem(drawn.labels, u"lower bound: the value is higher"_s);
    QVERIFY(key);
    // The key's arrowheads: the one triangle drawn left of its text, on its line.
    QPolygonF head;
    for (const Test::TextRecorder::Fill &fill : drawn.fills) {
        const QRectF box = fill.points.boundingRect();
        if (fill.points.size() == 3 && box.right() <= key->rect.left() &&
            box.right() >= key->rect.left() - key->rect.height() &&
            std::abs(box.center().y() - key->rect.center().y()) < key->rect.height() / 2)
            head = fill.points;
    }
    QVERIFY2(!head.isEmpty(), "no arrowhead in the key");
    const QColor background = Theme::get(ThemeId(theme)).background;
    const QRect within = head.boundingRect().toAlignedRect();
    qreal best = 0;
    for (int y = within.top(); y <= within.bottom(); ++y) {
        for (int x = within.left(); x <= within.right(); ++x) {
            if (head.containsPoint(QPointF(x + 0.5, y + 0.5), Qt::OddEvenFill))
                best = std::max(best, wcagContrast(image.pixelColor(x, y), background));
        }
    }
    QVERIFY2(best >= 3, qPrintable(u"at most %1:1"_s.arg(best, 0, 'f', 2)));
}

void TestFigureChart::yearsFollowThePacksLanguage_data()
{
    QTest::addColumn<QString>("figure");
    QTest::addColumn<QString>("language");    // the chart's; empty for the pack's own (zh-Hans)
    QTest::addColumn<QStringList>("periods"); // the axis' labels, left to right
    QTest::addColumn<QString>("gapSentence"); // in the chart's description
    const QStringList zh{u"2021年"_s, u"2022年"_s, u"2023年"_s, u"2024年"_s};
    const QStringList en{u"2021"_s, u"2022"_s, u"2023"_s, u"2024"_s};
    // 2023 is stated by none: its place on the axis is named as the pack names its years.
    QTest::newRow("zh, the pack's 2024年")
        << u"revenue-by-year"_s << u"zh-Hans"_s << zh
        << u"from 2021年 to 2024年. No value for 2023年 (a gap, not a zero)."_s;
    QTest::newRow("zh, the pack's language")
        << u"revenue-by-year"_s << QString() << zh
        << u"from 2021年 to 2024年. No value for 2023年 (a gap, not a zero)."_s;
    QTest::newRow("en") << u"revenue-by-year"_s << u"en"_s << en
                        << u"from 2021 to 2024. No value for 2023 (a gap, not a zero)."_s;
    // Periods as a draft writes them ("2024"): named as readers read years in the language.
    QTest::newRow("zh, as drafted")
        << u"revenue-as-drafted"_s << u"zh-Hans"_s
        << QStringList{u"2022年"_s, u"2023年"_s, u"2024年"_s, u"2025年"_s}
        << u"from 2022年 to 2025年. No value for 2023年 (a gap, not a zero)."_s;
    QTest::newRow("en, as drafted")
        << u"revenue-as-drafted"_s << u"en"_s
        << QStringList{u"2022"_s, u"2023"_s, u"2024"_s, u"2025"_s}
        << u"from 2022 to 2025. No value for 2023 (a gap, not a zero)."_s;
}

// A Chinese pack's series over years: the years the axis fills in between stated ones read as
// the pack's own do ("2023年" beside "2024年", never "2023"), in the grid, on the drawn axis and
// in the description; an English chart of the same pack reads "2023".
void TestFigureChart::yearsFollowThePacksLanguage()
{
    QFETCH(QString, figure);
    QFETCH(QStringList, periods);
    const Report report = v2Pack(u"years-zh.figdeck.json"_s);
    const Figure *f = report.figure(figure);
    QVERIFY(f);
    QStringList drawn;
    compareAxisPeriods(report, *f, &drawn);
    // No year of a Chinese axis is a bare number.
    static const QRegularExpression bareYear(u"^(?:19|20)\\d\\d$"_s);
    if (periods.constFirst().endsWith(u'年')) {
        for (const QString &text : std::as_const(drawn))
            QVERIFY2(!bareYear.match(text).hasMatch(), qPrintable(drawn.join(u" | "_s)));
    }
}

void TestFigureChart::narrowLowerBoundColumnsAreLabelledOncePerRun_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QStringList>("labels");
    // Site A's 300 months as columns: 175 lower bounds from Jan 2006 to Jul 2020, then one in
    // Jun 2024. Before, each of the 176 columns had its own "+" label, one over the next.
    const QStringList runs{u"8,690+"_s, u"8,700+"_s};
    QTest::newRow("1600 x 900") << QSize(1600, 900) << runs;
    QTest::newRow("800 x 450") << QSize(800, 450) << runs;
}

// Columns too narrow for a label each label a run of lower bounds once, at its last column
// (every column keeps its open end), and no label runs into another.
void TestFigureChart::narrowLowerBoundColumnsAreLabelledOncePerRun()
{
    QFETCH(QSize, size);
    QFETCH(QStringList, labels);
    auto chart = packChart(u"monthly-lower-bounds.figdeck.json"_s, u"site-a-columns"_s, 0);
    QVERIFY(chart);
    QList<Test::TextRecorder::Item> bounds;
    for (const Test::TextRecorder::Item &item : drawnLabels(*chart, size)) {
        if (item.text.trimmed().endsWith(u'+'))
            bounds << item;
    }
    std::sort(bounds.begin(), bounds.end(),
              [](const auto &a, const auto &b) { return a.rect.left() < b.rect.left(); });
    QStringList texts;
    for (const Test::TextRecorder::Item &item : std::as_const(bounds))
        texts << item.text.trimmed();
    QCOMPARE(texts, labels);
    for (int i = 1; i < bounds.size(); ++i)
        QVERIFY(!bounds.at(i - 1).rect.intersects(bounds.at(i).rect));
}

#include "tst_figurechart.moc"
