// SPDX-License-Identifier: GPL-3.0-or-later
// The slide deck and the data export read back as packages: content types, relationships,
// slides, charts with their workbooks, notes, alt text, well-formed XML; CSV and XLSX cells.
#include "dataexport.h"
#include "figurechart.h"
#include "format.h"
#include "ooxml.h"
#include "reportloader.h"
#include "slidedeck.h"

#include <QBuffer>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include <functional>
#include <optional>

#include <quazip.h>
#include <quazipfile.h>

using namespace Figdeck;
using namespace Qt::StringLiterals;

namespace {

using Package = QMap<QString, QByteArray>;

Package unzip(const QByteArray &bytes)
{
    Package parts;
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    QuaZip archive(&buffer);
    if (!archive.open(QuaZip::mdUnzip))
        return parts;
    for (bool more = archive.goToFirstFile(); more; more = archive.goToNextFile()) {
        QuaZipFile file(&archive);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        parts.insert(archive.getCurrentFileName(), file.readAll());
    }
    return parts;
}

// Empty when well-formed, else the parser's message.
QString xmlProblem(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd())
        reader.readNext();
    return reader.hasError() ? reader.errorString() + QStringLiteral(" at line %1 column %2")
                                                          .arg(reader.lineNumber())
                                                          .arg(reader.columnNumber())
                             : QString();
}

// The text of every element named `name` (qualified, "a:t"), in document order.
QStringList elementTexts(const QByteArray &xml, const QString &name)
{
    QStringList texts;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.qualifiedName() == name)
            texts << reader.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    return texts;
}

// Every value of attribute `attribute` on elements named `name`.
QStringList attributeValues(const QByteArray &xml, const QString &name, const QString &attribute)
{
    QStringList values;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.qualifiedName() == name)
            values << reader.attributes().value(attribute).toString();
    }
    return values;
}

struct Relationship
{
    QString type;
    QString target;
};

QList<Relationship> relationshipsOf(const QByteArray &rels)
{
    QList<Relationship> list;
    QXmlStreamReader reader(rels);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement &&
            reader.name() == QLatin1String("Relationship"))
            list << Relationship{reader.attributes().value(QLatin1String("Type")).toString(),
                                 reader.attributes().value(QLatin1String("Target")).toString()};
    }
    return list;
}

// "ppt/slides/_rels/slide1.xml.rels" + "../charts/chart1.xml" -> "ppt/charts/chart1.xml"
QString resolve(const QString &relsPath, const QString &target)
{
    QString dir = relsPath.section(QLatin1Char('/'), 0, -3);
    QStringList parts = dir.isEmpty() ? QStringList() : dir.split(QLatin1Char('/'));
    for (const QString &step : target.split(QLatin1Char('/'))) {
        if (step == QLatin1String(".."))
            parts.removeLast();
        else
            parts << step;
    }
    return parts.join(QLatin1Char('/'));
}

QString relsOf(const QString &part)
{
    const int slash = int(part.lastIndexOf(QLatin1Char('/')));
    return part.left(slash + 1) + QStringLiteral("_rels/") + part.mid(slash + 1) +
           QStringLiteral(".rels");
}

int countPrefix(const Package &package, const QString &prefix, const QString &suffix)
{
    int n = 0;
    for (auto it = package.cbegin(); it != package.cend(); ++it)
        n += it.key().startsWith(prefix) && it.key().endsWith(suffix) &&
             !it.key().contains(QLatin1String("/_rels/"));
    return n;
}

QString allText(const QByteArray &xml)
{
    return elementTexts(xml, QStringLiteral("a:t")).join(QLatin1Char('\n'));
}

// The chart part of figure slide `slide` (2 for the first figure), through the slide's
// relationships; empty when the slide has no native chart.
QString chartPartOf(const Package &package, int slide)
{
    const QString rels = QStringLiteral("ppt/slides/_rels/slide%1.xml.rels").arg(slide);
    for (const Relationship &r : relationshipsOf(package.value(rels))) {
        if (r.type.endsWith(QLatin1String("/chart")))
            return resolve(rels, r.target);
    }
    return {};
}

// The <c:pt idx> indexes a series' value cache holds, in order.
QList<int> valueIndexes(const QByteArray &chart, int series)
{
    QList<int> indexes;
    QXmlStreamReader reader(chart);
    int ser = -1;
    bool inVal = false;
    while (!reader.atEnd()) {
        reader.readNext();
        const QStringView name = reader.qualifiedName();
        if (reader.isStartElement() && name == QLatin1String("c:ser"))
            ++ser;
        if (name == QLatin1String("c:val"))
            inVal = reader.isStartElement();
        if (reader.isStartElement() && inVal && ser == series && name == QLatin1String("c:pt"))
            indexes << reader.attributes().value(QLatin1String("idx")).toInt();
    }
    return indexes;
}

// Cell references with a value in a worksheet ("B2", "C2", ...).
QStringList filledCells(const QByteArray &sheet)
{
    QStringList cells;
    QXmlStreamReader reader(sheet);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement &&
            reader.qualifiedName() == QLatin1String("c"))
            cells << reader.attributes().value(QLatin1String("r")).toString();
    }
    return cells;
}

} // namespace

class SlideDeckTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void package_data();
    void package();
    void labelsCarryQualifiers();
    void lowerBoundsNeverNative();
    void barsAndSeries_data();
    void barsAndSeries();
    void seriesStyles();
    void lineMarkersPerTheme_data();
    void lineMarkersPerTheme();
    void columnTexturesPerTheme_data();
    void columnTexturesPerTheme();
    void partTexturesPerTheme_data();
    void partTexturesPerTheme();
    void schemaValid_data();
    void schemaValid();
    void hostileText();
    void writeIsAtomic();
    void csv();
    void xlsx();
    void credits_data();
    void credits();
    void creditsInCsv();

private:
    Report m_report;
};

void SlideDeckTest::initTestCase()
{
    m_report = embeddedReport();
    QCOMPARE(m_report.figures.size(), 4);
}

void SlideDeckTest::package_data()
{
    QTest::addColumn<int>("theme");
    QTest::addColumn<int>("aspect");
    QTest::addColumn<bool>("pictures");
    QTest::addColumn<int>("charts"); // written by hand: shares and part-whole are native
    QTest::addColumn<int>("images");
    QTest::newRow("light 16:9") << int(ThemeId::Light) << int(DeckAspect::Wide) << false << 2 << 1;
    QTest::newRow("print 4:3") << int(ThemeId::Print) << int(DeckAspect::Standard) << false << 2
                               << 1;
    QTest::newRow("dark pictures") << int(ThemeId::Dark) << int(DeckAspect::Wide) << true << 0 << 4;
}

void SlideDeckTest::package()
{
    QFETCH(int, theme);
    QFETCH(int, aspect);
    QFETCH(bool, pictures);
    QFETCH(int, charts);
    QFETCH(int, images);
    DeckOptions options;
    options.theme = ThemeId(theme);
    options.aspect = DeckAspect(aspect);
    options.pictures = pictures;
    QString error;
    const Package package = unzip(renderDeck(m_report, options, &error));
    QVERIFY2(!package.isEmpty(), qPrintable(error));

    // Every XML part well-formed, the embedded workbooks' parts too.
    for (auto it = package.cbegin(); it != package.cend(); ++it) {
        if (it.key().endsWith(QLatin1String(".xml")) || it.key().endsWith(QLatin1String(".rels")))
            QVERIFY2(xmlProblem(it.value()).isEmpty(),
                     qPrintable(it.key() + QStringLiteral(": ") + xmlProblem(it.value())));
        if (it.key().endsWith(QLatin1String(".xlsx"))) {
            const Package book = unzip(it.value());
            QVERIFY2(book.contains(QStringLiteral("xl/workbook.xml")), qPrintable(it.key()));
            for (auto part = book.cbegin(); part != book.cend(); ++part)
                QVERIFY2(xmlProblem(part.value()).isEmpty(), qPrintable(part.key()));
        }
    }

    // Content types: every slide, notes and chart part declared.
    const QByteArray types = package.value(QStringLiteral("[Content_Types].xml"));
    QVERIFY(!types.isEmpty());
    const QStringList overrides =
        attributeValues(types, QStringLiteral("Override"), QStringLiteral("PartName"));
    for (auto it = package.cbegin(); it != package.cend(); ++it) {
        const QString name = it.key();
        if (name.endsWith(QLatin1String(".xml")) && name != QLatin1String("[Content_Types].xml"))
            QVERIFY2(overrides.contains(QLatin1Char('/') + name), qPrintable(name));
    }
    for (const QString &part : overrides)
        QVERIFY2(package.contains(part.mid(1)), qPrintable(part));

    // Relationships: every target exists.
    for (auto it = package.cbegin(); it != package.cend(); ++it) {
        if (!it.key().endsWith(QLatin1String(".rels")))
            continue;
        for (const Relationship &r : relationshipsOf(it.value())) {
            const QString target =
                it.key() == QLatin1String("_rels/.rels") ? r.target : resolve(it.key(), r.target);
            QVERIFY2(package.contains(target),
                     qPrintable(it.key() + QStringLiteral(" -> ") + target));
        }
    }

    // One slide part and one notes part per slide; the presentation lists the slides.
    const int slides = deckSlideCount(m_report, options);
    QCOMPARE(slides, m_report.figures.size() + 2);
    QCOMPARE(countPrefix(package, QStringLiteral("ppt/slides/slide"), QStringLiteral(".xml")),
             slides);
    QCOMPARE(
        countPrefix(package, QStringLiteral("ppt/notesSlides/notesSlide"), QStringLiteral(".xml")),
        slides);
    QCOMPARE(attributeValues(package.value(QStringLiteral("ppt/presentation.xml")),
                             QStringLiteral("p:sldId"), QStringLiteral("id"))
                 .size(),
             slides);

    // One chart part per native chart, each with its embedded workbook.
    QCOMPARE(countPrefix(package, QStringLiteral("ppt/charts/chart"), QStringLiteral(".xml")),
             charts);
    QCOMPARE(countPrefix(package, QStringLiteral("ppt/embeddings/"), QStringLiteral(".xlsx")),
             charts);
    for (int i = 1; i <= charts; ++i) {
        const QString chart = QStringLiteral("ppt/charts/chart%1.xml").arg(i);
        QVERIFY(package.value(chart).contains("<c:externalData r:id=\"rId1\">"));
        const QList<Relationship> rels = relationshipsOf(package.value(relsOf(chart)));
        QCOMPARE(rels.size(), 1);
        QVERIFY(rels.first().type.endsWith(QLatin1String("/package")));
        QVERIFY(rels.first().target.endsWith(QLatin1String(".xlsx")));
    }
    QCOMPARE(countPrefix(package, QStringLiteral("ppt/media/"), QStringLiteral(".svg")), images);
    QCOMPARE(countPrefix(package, QStringLiteral("ppt/media/"), QStringLiteral(".png")), images);

    // Per figure slide: title text, alt text = the chart's description, notes with every quote.
    ChartOptions chartOptions;
    chartOptions.theme = Theme::get(options.theme);
    for (int i = 0; i < m_report.figures.size(); ++i) {
        const Figure &figure = m_report.figures.at(i);
        const QString n = QString::number(i + 2);
        const QByteArray slide = package.value(QStringLiteral("ppt/slides/slide%1.xml").arg(n));
        QVERIFY(allText(slide).contains(figure.title.text()));
        const QString description =
            createFigureChart(m_report, figure, chartOptions)->accessibleDescription();
        QVERIFY(!description.isEmpty());
        const QStringList descriptions =
            attributeValues(slide, QStringLiteral("p:cNvPr"), QStringLiteral("descr"));
        QVERIFY2(descriptions.contains(description), qPrintable(figure.id));
        const DeckContent content = deckContentFor(m_report, figure, options);
        if (content == DeckContent::Picture)
            QVERIFY(slide.contains("<asvg:svgBlip"));
        if (content == DeckContent::NativeChart)
            QVERIFY(slide.contains("<c:chart "));

        const QString notes =
            allText(package.value(QStringLiteral("ppt/notesSlides/notesSlide%1.xml").arg(n)));
        for (const Finding &f : figure.findings) {
            if (!f.quote.isEmpty())
                QVERIFY2(notes.contains(f.quote), qPrintable(f.quote));
        }
        for (const Metric *m : m_report.metricsOf(figure)) {
            QVERIFY2(notes.contains(m->quote), qPrintable(m->quote));
            QVERIFY(notes.contains(formatValue(*m)));
        }
    }
    // Closing slide: the report's caveats.
    const QString closing =
        allText(package.value(QStringLiteral("ppt/slides/slide%1.xml").arg(slides)));
    for (const Caveat &c : m_report.caveats)
        QVERIFY(closing.contains(c.text.text()));
}

void SlideDeckTest::labelsCarryQualifiers()
{
    DeckOptions options;
    const Package package = unzip(renderDeck(m_report, options));
    // Written by hand: what the labels say, as Figdeck writes the numbers.
    const QStringList shares =
        elementTexts(package.value(QStringLiteral("ppt/charts/chart1.xml")), QStringLiteral("a:t"));
    QCOMPARE(shares,
             (QStringList{QStringLiteral("35%"), QStringLiteral("28%"), QStringLiteral("37%")}));
    QVERIFY(package.value(QStringLiteral("ppt/charts/chart1.xml")).contains("<c:doughnutChart>"));
    const QByteArray partWhole = package.value(QStringLiteral("ppt/charts/chart2.xml"));
    QVERIFY(partWhole.contains("<c:grouping val=\"percentStacked\"/>"));
    QVERIFY(partWhole.contains("<a:pattFill prst=\"wdUpDiag\">"));
    QVERIFY(elementTexts(partWhole, QStringLiteral("c:v"))
                .contains(QStringLiteral("Rest of the country (derived)")));
    // Tiles: text boxes with the qualified numbers.
    const QString tiles = allText(package.value(QStringLiteral("ppt/slides/slide2.xml")));
    for (const char *value :
         {"6,000+", "> ¥1.2 trillion", "(≈ $165 billion)", "47", "300+", "2 million+"})
        QVERIFY2(tiles.contains(QString::fromUtf8(value)), value);
    // Each number with its notes' marks, the restated dollar amount with its own.
    for (const char *marked : {"> ¥1.2 trillion\n †", "(≈ $165 billion)\n ‡", "2 million+\n †§"})
        QVERIFY2(tiles.contains(QString::fromUtf8(marked)), marked);
    // The embedded workbook holds real numbers.
    const Package book =
        unzip(package.value(QStringLiteral("ppt/embeddings/Microsoft_Excel_Worksheet1.xlsx")));
    const QStringList values =
        elementTexts(book.value(QStringLiteral("xl/worksheets/sheet1.xml")), QStringLiteral("v"));
    QCOMPARE(values,
             (QStringList{QStringLiteral("35"), QStringLiteral("28"), QStringLiteral("37")}));

    options.sharesAsBars = true;
    const Package bars = unzip(renderDeck(m_report, options));
    QVERIFY(
        bars.value(QStringLiteral("ppt/charts/chart1.xml")).contains("<c:barDir val=\"bar\"/>"));
}

void SlideDeckTest::lowerBoundsNeverNative()
{
    Report report = m_report;
    for (Metric &m : report.metrics) {
        if (m.id == QLatin1String("layer-foundation"))
            m.qualifier = Qualifier::MoreThan;
    }
    const Figure &shares = *report.figure(QStringLiteral("layer-shares"));
    QCOMPARE(deckContentFor(report, shares, {}), DeckContent::Picture);
    QVERIFY(!deckPictureReason(report, shares, {}).isEmpty());
    QCOMPARE(deckContentFor(m_report, *m_report.figure(QStringLiteral("layer-shares")), {}),
             DeckContent::NativeChart);
    // Small multiples on separate scales: a picture.
    QCOMPARE(deckContentFor(m_report, *m_report.figure(QStringLiteral("sector-metrics")), {}),
             DeckContent::Picture);
    const Package package = unzip(renderDeck(report, {}));
    QCOMPARE(countPrefix(package, QStringLiteral("ppt/charts/chart"), QStringLiteral(".xml")), 1);
}

void SlideDeckTest::barsAndSeries_data()
{
    // Written by hand from the pack files: the chart the window draws, as a native chart (a
    // quarter is named from its date, "Q3 2024", however the pack writes it).
    QTest::addColumn<QString>("pack");
    QTest::addColumn<QString>("figure");
    QTest::addColumn<QString>("chartType"); // the plot's element
    QTest::addColumn<QString>("barDir");    // empty for a line
    QTest::addColumn<QStringList>("series");
    QTest::addColumn<QStringList>("categories");
    QTest::addColumn<QStringList>("gaps");   // "series,category" without a value, 0-based
    QTest::addColumn<QStringList>("labels"); // the first series' data labels, in order

    const QStringList quarters{QStringLiteral("Q3 2024"), QStringLiteral("Q4 2024"),
                               QStringLiteral("Q1 2025"), QStringLiteral("Q2 2025"),
                               QStringLiteral("Q3 2025"), QStringLiteral("Q4 2025")};
    QTest::newRow("six brands: lines, one gap")
        << QStringLiteral("six-brands-six-quarters") << QStringLiteral("deliveries")
        << QStringLiteral("c:lineChart") << QString()
        << QStringList{QStringLiteral("Brand A"), QStringLiteral("Brand B"),
                       QStringLiteral("Brand C"), QStringLiteral("Brand D"),
                       QStringLiteral("Brand E"), QStringLiteral("Brand F")}
        << quarters
        << QStringList{QStringLiteral("4,2")}
        // Several lines: the last point of each says its value, as in the window.
        << QStringList{QStringLiteral("12,500")};
    QTest::newRow("power mix 2019: bars as listed")
        << QStringLiteral("eu-power-mix") << QStringLiteral("mix-2019")
        << QStringLiteral("c:barChart") << QStringLiteral("bar")
        << QStringList{QStringLiteral("Generation in 2019")}
        << QStringList{QStringLiteral("Coal generation, 2019"),
                       QStringLiteral("Gas generation, 2019"),
                       QStringLiteral("Wind and solar generation, 2019")}
        << QStringList()
        << QStringList{QStringLiteral("700 TWh"), QStringLiteral("800 TWh"),
                       QStringLiteral("600 TWh")};
    QTest::newRow("power mix 2024: bars by value")
        << QStringLiteral("eu-power-mix") << QStringLiteral("mix-2024")
        << QStringLiteral("c:barChart") << QStringLiteral("bar")
        << QStringList{QStringLiteral("Generation in 2024")}
        << QStringList{QStringLiteral("Wind and solar generation, 2024"),
                       QStringLiteral("Gas generation, 2024"),
                       QStringLiteral("Coal generation, 2024")}
        << QStringList()
        << QStringList{QStringLiteral("900 TWh"), QStringLiteral("700 TWh"),
                       QStringLiteral("300 TWh")};
    QTest::newRow("electric share: bars by value, qualified labels")
        << QStringLiteral("ev-share-by-market") << QStringLiteral("share-by-market")
        << QStringLiteral("c:barChart") << QStringLiteral("bar")
        << QStringList{QStringLiteral("Electric share of new-car sales")}
        << QStringList{QStringLiteral("Electric share of new-car sales, Norway"),
                       QStringLiteral("Electric share of new-car sales, China"),
                       QStringLiteral("Electric share of new-car sales, Germany"),
                       QStringLiteral("Electric share of new-car sales, Japan")}
        << QStringList()
        << QStringList{QString::fromUtf8("nearly 88%"), QString::fromUtf8("≈ 45%"),
                       QStringLiteral("20%"), QString::fromUtf8("< 5%")};
    QTest::newRow("two series: columns, years between are gaps")
        << QStringLiteral("v2-features") << QStringLiteral("two-series")
        << QStringLiteral("c:barChart") << QStringLiteral("col")
        << QStringList{QStringLiteral("Share (dotted: estimated)"), QStringLiteral("Second market")}
        << QStringList{QStringLiteral("2020"), QStringLiteral("2021"), QStringLiteral("2022"),
                       QStringLiteral("2023")}
        << QStringList{QStringLiteral("0,1"), QStringLiteral("0,2"), QStringLiteral("1,1"),
                       QStringLiteral("1,2"), QStringLiteral("1,3")}
        << QStringList{QStringLiteral("nearly 4%"), QStringLiteral("18%")};
}

void SlideDeckTest::barsAndSeries()
{
    QFETCH(QString, pack);
    QFETCH(QString, figure);
    QFETCH(QString, chartType);
    QFETCH(QString, barDir);
    QFETCH(QStringList, series);
    QFETCH(QStringList, categories);
    QFETCH(QStringList, gaps);
    QFETCH(QStringList, labels);
    const LoadResult loaded =
        loadReportPack(QStringLiteral(FIGDECK_TEST_DATA) + QStringLiteral("/model/v2/good/") +
                       pack + QStringLiteral(".figdeck.json"));
    QVERIFY(loaded.ok());
    const Report &report = *loaded.report;
    DeckOptions options;
    options.figureIds = {figure};
    QCOMPARE(deckContentFor(report, *report.figure(figure), options), DeckContent::NativeChart);
    QString error;
    const Package package = unzip(renderDeck(report, options, &error));
    QVERIFY2(!package.isEmpty(), qPrintable(error));
    const QString part = chartPartOf(package, 2);
    QVERIFY(!part.isEmpty());
    const QByteArray chart = package.value(part);
    QVERIFY2(xmlProblem(chart).isEmpty(), qPrintable(xmlProblem(chart)));

    // The chart type, one c:ser per series with its name, the categories in date (or bar) order.
    QCOMPARE(elementTexts(chart, QStringLiteral("c:plotArea")).size(), 1);
    QVERIFY2(chart.contains(QByteArray("<" + chartType.toLatin1() + ">")), qPrintable(chartType));
    if (!barDir.isEmpty())
        QCOMPARE(attributeValues(chart, QStringLiteral("c:barDir"), QStringLiteral("val")),
                 QStringList{barDir});
    else
        QVERIFY(!chart.contains("<c:barChart>"));
    QCOMPARE(attributeValues(chart, QStringLiteral("c:ser"), QString()).size(), series.size());
    QStringList names;
    QStringList categoryLists;
    {
        QXmlStreamReader reader(chart);
        QString inside;
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement() && (reader.qualifiedName() == QLatin1String("c:tx") ||
                                            reader.qualifiedName() == QLatin1String("c:cat")))
                inside = reader.qualifiedName().toString();
            if (reader.isStartElement() && reader.qualifiedName() == QLatin1String("c:strCache")) {
                QStringList values;
                while (!(reader.isEndElement() &&
                         reader.qualifiedName() == QLatin1String("c:strCache"))) {
                    reader.readNext();
                    if (reader.isStartElement() && reader.qualifiedName() == QLatin1String("c:v"))
                        values << reader.readElementText();
                }
                if (inside == QLatin1String("c:tx"))
                    names << values.join(QString());
                else if (inside == QLatin1String("c:cat"))
                    categoryLists << values.join(QLatin1Char('|'));
            }
        }
    }
    QCOMPARE(names, series);
    QCOMPARE(categoryLists.size(), series.size());
    for (const QString &list : std::as_const(categoryLists))
        QCOMPARE(list, categories.join(QLatin1Char('|')));

    // A gap: no point in the series' cache and an empty cell in the workbook, never a zero.
    const Package book = unzip(package.value(
        resolve(relsOf(part), relationshipsOf(package.value(relsOf(part))).constFirst().target)));
    const QByteArray sheet = book.value(QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY(!sheet.isEmpty());
    const QStringList filled = filledCells(sheet);
    for (int s = 0; s < series.size(); ++s) {
        const QList<int> indexes = valueIndexes(chart, s);
        for (int c = 0; c < categories.size(); ++c) {
            const bool gap = gaps.contains(QStringLiteral("%1,%2").arg(s).arg(c));
            QCOMPARE(indexes.contains(c), !gap);
            // Values from column B, one row per category under the header row.
            const QString cell = Ooxml::cellRef(c + 1, s + 1);
            QVERIFY2(filled.contains(cell) == !gap, qPrintable(cell));
        }
    }
    QVERIFY(chart.contains("<c:dispBlanksAs val=\"gap\"/>"));

    // The first series' data labels, as Figdeck writes the numbers.
    QStringList firstLabels;
    {
        QXmlStreamReader reader(chart);
        int ser = -1;
        bool inLabel = false;
        while (!reader.atEnd()) {
            reader.readNext();
            const QStringView name = reader.qualifiedName();
            if (reader.isStartElement() && name == QLatin1String("c:ser"))
                ++ser;
            if (name == QLatin1String("c:dLbl"))
                inLabel = reader.isStartElement();
            if (ser == 0 && inLabel && reader.isStartElement() && name == QLatin1String("a:t"))
                firstLabels << reader.readElementText();
        }
    }
    QCOMPARE(firstLabels, labels);
}

// Derived values hatched and named; projected and estimated marks dashed or dotted; an upper
// bound fades towards zero.
void SlideDeckTest::seriesStyles()
{
    const LoadResult loaded = loadReportPack(QStringLiteral(FIGDECK_TEST_DATA) +
                                             QStringLiteral("/model/v2/good/v2-features") +
                                             QStringLiteral(".figdeck.json"));
    QVERIFY(loaded.ok());
    Report report = *loaded.report;
    for (Metric &m : report.metrics) {
        if (m.id == QLatin1String("share-b-2020"))
            m.origin = Origin::Derived;
    }
    DeckOptions options;
    options.figureIds = {QStringLiteral("share-over-time"), QStringLiteral("two-series")};
    const Package package = unzip(renderDeck(report, options));
    // The line: the segment into the estimated 2023 value dotted, its point hollow.
    const QByteArray line = package.value(chartPartOf(package, 2));
    QVERIFY(line.contains("<c:lineChart>"));
    QVERIFY(line.contains("<a:prstDash val=\"sysDot\"/>"));
    QVERIFY(!line.contains("<a:prstDash val=\"dash\"/>"));
    QCOMPARE(elementTexts(line, QStringLiteral("c:v")).first(),
             QStringLiteral("dotted: estimated"));
    QVERIFY(line.contains("<c:legend>"));
    // Columns: the derived value hatched and its series named so in the legend.
    const QByteArray columns = package.value(chartPartOf(package, 3));
    QVERIFY(columns.contains("<a:pattFill prst=\"wdUpDiag\">"));
    QVERIFY(elementTexts(columns, QStringLiteral("c:v"))
                .contains(QStringLiteral("Second market (hatched: derived)")));
    // An upper bound ("< 5%") fades towards zero.
    const LoadResult ev = loadReportPack(QStringLiteral(FIGDECK_TEST_DATA) +
                                         QStringLiteral("/model/v2/good/ev-share-by-market") +
                                         QStringLiteral(".figdeck.json"));
    QVERIFY(ev.ok());
    options.figureIds = {QStringLiteral("share-by-market")};
    const Package bars = unzip(renderDeck(*ev.report, options));
    const QByteArray barChart = bars.value(chartPartOf(bars, 2));
    QCOMPARE(barChart.count("<a:gradFill"), 1);
}

namespace {

// The six-brands test pack: six series over six quarters.
Report sixBrands()
{
    const LoadResult loaded = loadReportPack(
        QStringLiteral(FIGDECK_TEST_DATA) +
        QStringLiteral("/model/v2/good/six-brands-six-quarters") + QStringLiteral(".figdeck.json"));
    return loaded.report.value_or(Report());
}

// Per <c:ser> of a chart part, what `pick` reads off the first element of it that it accepts.
QStringList perSeries(const QByteArray &chart,
                      const std::function<std::optional<QString>(const QByteArray &)> &pick)
{
    QStringList found;
    bool seen = true;
    for (const QByteArray &element : chart.split('<')) {
        if (element.startsWith("c:ser>")) {
            seen = false;
        } else if (!seen) {
            if (const std::optional<QString> value = pick(element)) {
                found << *value;
                seen = true;
            }
        }
    }
    return found;
}

// The value of attribute `name` at the start of an element ("c:symbol val=\"star\"/>").
std::optional<QString> attributeOf(const QByteArray &element, const char *start)
{
    if (!element.startsWith(start))
        return std::nullopt;
    const qsizetype from = qsizetype(qstrlen(start));
    return QString::fromLatin1(element.mid(from, element.indexOf('"', from) - from));
}

} // namespace

void SlideDeckTest::lineMarkersPerTheme_data()
{
    // Six lines (six-brands): in print, where five greys cannot tell six lines apart, each line
    // has its own marker, as the figure's picture does (PowerPoint has no pentagon: an x);
    // the colour themes keep circles.
    QTest::addColumn<QString>("theme");
    QTest::addColumn<QStringList>("symbols"); // per series, in the legend's order
    const QStringList circles(6, QStringLiteral("circle"));
    QTest::newRow("light") << QStringLiteral("light") << circles;
    QTest::newRow("dark") << QStringLiteral("dark") << circles;
    QTest::newRow("print") << QStringLiteral("print")
                           << QStringList{QStringLiteral("circle"),  QStringLiteral("square"),
                                          QStringLiteral("diamond"), QStringLiteral("triangle"),
                                          QStringLiteral("star"),    QStringLiteral("x")};
}

void SlideDeckTest::lineMarkersPerTheme()
{
    QFETCH(QString, theme);
    QFETCH(QStringList, symbols);
    const Report report = sixBrands();
    QCOMPARE(report.figures.size(), 1);
    DeckOptions options;
    options.theme = *Theme::fromName(theme);
    const Package package = unzip(renderDeck(report, options));
    const QByteArray chart = package.value(chartPartOf(package, 2));
    QVERIFY(chart.contains("<c:lineChart>"));
    // One <c:ser> per line; its first marker is the line's (a point's own may only be hollow).
    QCOMPARE(
        perSeries(chart, [](const QByteArray &e) { return attributeOf(e, "c:symbol val=\""); }),
        symbols);
}

void SlideDeckTest::columnTexturesPerTheme_data()
{
    // The six brands as columns: in print each series has its own texture over its grey (Brand A
    // and Brand F share a grey), as the figure's picture does; never the diagonal of "derived".
    // The colour themes' six colours do not come round: solid.
    QTest::addColumn<QString>("theme");
    QTest::addColumn<QStringList>("fills"); // per series: "solid" or the pattern's preset
    const QStringList solid(6, QStringLiteral("solid"));
    QTest::newRow("light") << QStringLiteral("light") << solid;
    QTest::newRow("dark") << QStringLiteral("dark") << solid;
    QTest::newRow("print") << QStringLiteral("print")
                           << QStringList{QStringLiteral("solid"),   QStringLiteral("narHorz"),
                                          QStringLiteral("narVert"), QStringLiteral("dotGrid"),
                                          QStringLiteral("solid"),   QStringLiteral("narHorz")};
}

void SlideDeckTest::columnTexturesPerTheme()
{
    QFETCH(QString, theme);
    QFETCH(QStringList, fills);
    Report report = sixBrands();
    QCOMPARE(report.figures.size(), 1);
    for (Figure &f : report.figures)
        f.style = FigureStyle::Columns;
    DeckOptions options;
    options.theme = *Theme::fromName(theme);
    const Package package = unzip(renderDeck(report, options));
    const QByteArray chart = package.value(chartPartOf(package, 2));
    QVERIFY(chart.contains("<c:barDir val=\"col\"/>"));
    // Each <c:ser>'s own fill: the first after its name.
    QCOMPARE(perSeries(chart,
                       [](const QByteArray &e) -> std::optional<QString> {
                           if (e.startsWith("a:solidFill>"))
                               return QStringLiteral("solid");
                           return attributeOf(e, "a:pattFill prst=\"");
                       }),
             fills);
}

void SlideDeckTest::partTexturesPerTheme_data()
{
    // Eight species (eight-species): more parts than any theme has colours. Each part takes the
    // colour and texture of its label's palette slot, as the window draws it: the part-whole
    // figure (listed first) names the species from Hazel back to Alder, so those are slots 0 to
    // 7, and the donut, which lists them from Alder, takes them in the other order.
    QTest::addColumn<QString>("theme");
    QTest::addColumn<QStringList>("donut");     // per point, Alder to Hazel: "texture colour"
    QTest::addColumn<QStringList>("partWhole"); // per series, Hazel to Alder
    const auto looks = [](const QStringList &textures, const QStringList &colours) {
        QStringList list;
        for (int i = 0; i < textures.size(); ++i)
            list << textures.at(i) + QLatin1Char(' ') + colours.at(i);
        return list;
    };
    const auto reversed = [](QStringList list) {
        std::reverse(list.begin(), list.end());
        return list;
    };
    const QString solid = QStringLiteral("solid");
    const QString horizontal = QStringLiteral("narHorz");
    const QString vertical = QStringLiteral("narVert");
    const QString dots = QStringLiteral("dotGrid");
    // By slot, 0 to 7. Light: seven colours, then lines; dark: six; print: five greys, and each
    // slot its own texture.
    const QStringList light = looks({solid, solid, solid, solid, solid, solid, solid, horizontal},
                                    {u"0072B2"_s, u"E69F00"_s, u"009E73"_s, u"D55E00"_s,
                                     u"CC79A7"_s, u"56B4E9"_s, u"F0E442"_s, u"0072B2"_s});
    const QStringList dark =
        looks({solid, solid, solid, solid, solid, solid, horizontal, horizontal},
              {u"56B4E9"_s, u"E69F00"_s, u"009E73"_s, u"D55E00"_s, u"CC79A7"_s, u"F0E442"_s,
               u"56B4E9"_s, u"E69F00"_s});
    const QStringList print =
        looks({solid, horizontal, vertical, dots, solid, horizontal, vertical, dots},
              {u"262626"_s, u"7A7A7A"_s, u"B0B0B0"_s, u"525252"_s, u"999999"_s, u"262626"_s,
               u"7A7A7A"_s, u"B0B0B0"_s});
    QTest::newRow("light") << u"light"_s << reversed(light) << light;
    QTest::newRow("dark") << u"dark"_s << reversed(dark) << dark;
    QTest::newRow("print") << u"print"_s << reversed(print) << print;
}

void SlideDeckTest::partTexturesPerTheme()
{
    QFETCH(QString, theme);
    QFETCH(QStringList, donut);
    QFETCH(QStringList, partWhole);
    const LoadResult loaded = loadReportPack(QStringLiteral(FIGDECK_TEST_DATA) +
                                             QStringLiteral("/model/v2/good/eight-species") +
                                             QStringLiteral(".figdeck.json"));
    QVERIFY(loaded.ok());
    DeckOptions options;
    options.theme = *Theme::fromName(theme);
    // The "texture colour" of the first fill after each `start` in document order: a
    // pattern's preset and its background, or "solid" and its colour.
    const auto fillsAfter = [](const QByteArray &chart, const QByteArray &start) {
        QStringList found;
        for (qsizetype at = chart.indexOf(start); at >= 0; at = chart.indexOf(start, at + 1)) {
            const qsizetype solidAt = chart.indexOf("<a:solidFill>", at);
            const qsizetype patternAt = chart.indexOf("<a:pattFill prst=\"", at);
            const bool pattern = patternAt >= 0 && (solidAt < 0 || patternAt < solidAt);
            const qsizetype from = pattern ? patternAt : solidAt;
            const qsizetype to = chart.indexOf(pattern ? "</a:pattFill>" : "</a:solidFill>", from);
            const QByteArray fill = chart.mid(from, to - from);
            const QByteArray colour = fill.mid(fill.lastIndexOf("srgbClr val=\"") + 13, 6);
            const QByteArray preset =
                pattern ? fill.mid(18, fill.indexOf('"', 18) - 18) : QByteArray("solid");
            found << QString::fromLatin1(preset + ' ' + colour);
        }
        return found;
    };

    options.figureIds = {u"timber"_s};
    const Package shares = unzip(renderDeck(*loaded.report, options));
    const QByteArray doughnut = shares.value(chartPartOf(shares, 2));
    QVERIFY(doughnut.contains("<c:doughnutChart>"));
    // The doughnut's points carry the pattern fills, in the colours the window gives their labels.
    QCOMPARE(fillsAfter(doughnut, "<c:dPt>"), donut);

    options.figureIds = {u"land"_s};
    const Package land = unzip(renderDeck(*loaded.report, options));
    const QByteArray bar = land.value(chartPartOf(land, 2));
    QVERIFY(bar.contains("<c:grouping val=\"percentStacked\"/>"));
    QCOMPARE(fillsAfter(bar, "<c:ser>"), partWhole);
}

void SlideDeckTest::schemaValid_data()
{
    QTest::addColumn<QString>("pack"); // empty: the embedded report
    QTest::addColumn<bool>("pictures");
    QTest::newRow("embedded") << QString() << false;
    QTest::newRow("embedded, pictures") << QString() << true;
    for (const char *pack : {"six-brands-six-quarters", "eu-power-mix", "ev-share-by-market",
                             "three-outlets", "v2-features"})
        QTest::newRow(pack) << QString::fromLatin1(pack) << false;
}

// Every slide, notes, chart, theme, content-types and relationships part valid against the
// ECMA-376 transitional schemas (Part 4) and the OPC schemas (Part 2), checked by xmllint. The
// schemas are not part of this repository (no redistribution licence came with the copy
// found): FIGDECK_OOXML_SCHEMAS names a folder holding them (pml.xsd, dml-chart.xsd, ...,
// opc-contentTypes.xsd, opc-relationships.xsd).
void SlideDeckTest::schemaValid()
{
    QFETCH(QString, pack);
    QFETCH(bool, pictures);
    const QString schemas = qEnvironmentVariable("FIGDECK_OOXML_SCHEMAS");
    if (schemas.isEmpty() || !QFile::exists(schemas + QStringLiteral("/pml.xsd")))
        QSKIP("FIGDECK_OOXML_SCHEMAS does not name a folder with the ECMA-376 schemas");
    if (QStandardPaths::findExecutable(QStringLiteral("xmllint")).isEmpty())
        QSKIP("xmllint not found (libxml2-utils)");
    Report report = m_report;
    if (!pack.isEmpty()) {
        const LoadResult loaded =
            loadReportPack(QStringLiteral(FIGDECK_TEST_DATA) + QStringLiteral("/model/v2/good/") +
                           pack + QStringLiteral(".figdeck.json"));
        QVERIFY(loaded.ok());
        report = *loaded.report;
    }
    DeckOptions options;
    options.pictures = pictures;
    const Package package = unzip(renderDeck(report, options));
    QVERIFY(!package.isEmpty());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QMap<QString, QStringList> bySchema;
    for (auto it = package.cbegin(); it != package.cend(); ++it) {
        const QString &name = it.key();
        QString schema;
        if (name.startsWith(QLatin1String("ppt/slides/slide")) ||
            name.startsWith(QLatin1String("ppt/notesSlides/notesSlide")) ||
            name.startsWith(QLatin1String("ppt/slideMasters/slideMaster")) ||
            name.startsWith(QLatin1String("ppt/slideLayouts/slideLayout")) ||
            name.startsWith(QLatin1String("ppt/notesMasters/notesMaster")) ||
            name == QLatin1String("ppt/presentation.xml") ||
            name == QLatin1String("ppt/presProps.xml"))
            schema = QStringLiteral("pml.xsd");
        else if (name.startsWith(QLatin1String("ppt/charts/chart")))
            schema = QStringLiteral("dml-chart.xsd");
        else if (name.startsWith(QLatin1String("ppt/theme/")) ||
                 name == QLatin1String("ppt/tableStyles.xml"))
            schema = QStringLiteral("dml-main.xsd");
        else if (name == QLatin1String("docProps/app.xml"))
            schema = QStringLiteral("shared-documentPropertiesExtended.xsd");
        else if (name == QLatin1String("[Content_Types].xml"))
            schema = QStringLiteral("opc-contentTypes.xsd");
        if (name.endsWith(QLatin1String(".rels")))
            schema = QStringLiteral("opc-relationships.xsd");
        if (name.contains(QLatin1String("/_rels/")) && !name.endsWith(QLatin1String(".rels")))
            schema.clear();
        if (schema.isEmpty())
            continue;
        const QString path =
            dir.filePath(QString(name).replace(QLatin1Char('/'), QLatin1Char('_')));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(it.value());
        file.close();
        bySchema[schema] << path;
    }
    QVERIFY(bySchema.contains(QStringLiteral("pml.xsd")));
    for (auto it = bySchema.cbegin(); it != bySchema.cend(); ++it) {
        QProcess xmllint;
        xmllint.setProcessChannelMode(QProcess::MergedChannels);
        xmllint.start(QStringLiteral("xmllint"),
                      QStringList{QStringLiteral("--noout"), QStringLiteral("--nonet"),
                                  QStringLiteral("--schema"),
                                  schemas + QLatin1Char('/') + it.key()} +
                          it.value());
        QVERIFY(xmllint.waitForFinished(120000));
        const QByteArray out = xmllint.readAll();
        QVERIFY2(xmllint.exitCode() == 0, out.constData());
    }
}

void SlideDeckTest::hostileText()
{
    Report report = m_report;
    const QString hostile = QStringLiteral("A & B <b>\"q\" 'x'") + QChar(0x01) + QChar(0x0B) +
                            QChar(0xFFFF) + QChar(0xD800) + QStringLiteral("]]> end");
    report.title = Text(hostile);
    report.figures[1].title = Text(hostile);
    report.figures[1].caveats[0].text = Text(hostile);
    report.metrics[6].label = Text(hostile); // a share's category and workbook cell
    report.metrics[6].quote = hostile;
    const QString clean = QStringLiteral("A & B <b>\"q\" 'x']]> end");
    const QByteArray deck = renderDeck(report, {});
    const Package package = unzip(deck);
    QVERIFY(!package.isEmpty());
    for (auto it = package.cbegin(); it != package.cend(); ++it) {
        if (it.key().endsWith(QLatin1String(".xml")))
            QVERIFY2(xmlProblem(it.value()).isEmpty(), qPrintable(it.key()));
        QVERIFY2(!it.value().contains("<b>"), qPrintable(it.key()));
    }
    QVERIFY(allText(package.value(QStringLiteral("ppt/slides/slide3.xml"))).contains(clean));
    QVERIFY(
        allText(package.value(QStringLiteral("ppt/notesSlides/notesSlide3.xml"))).contains(clean));
    const Package book = unzip(renderDataXlsx(report, {}));
    for (auto it = book.cbegin(); it != book.cend(); ++it)
        QVERIFY2(xmlProblem(it.value()).isEmpty(), qPrintable(it.key()));
}

void SlideDeckTest::writeIsAtomic()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("deck.pptx"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old");
    old.close();
    DeckOptions options;
    options.figureIds = {QStringLiteral("no-such-figure")};
    ExportResult result = writeDeck(m_report, options, path);
    QVERIFY(!result.ok);
    QVERIFY(result.error.contains(QLatin1String("no-such-figure")));
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("old"));
    old.close();

    // Missing folders are created (like --export); a file where a folder should be fails whole.
    result = writeDeck(m_report, {}, path + QStringLiteral("/deck.pptx"));
    QVERIFY(!result.ok);
    QVERIFY(!QFile::exists(path + QStringLiteral("/deck.pptx")));

    options.figureIds = {QStringLiteral("cluster-output")};
    result = writeDeck(m_report, options, path);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(old.open(QIODevice::ReadOnly));
    const Package package = unzip(old.readAll());
    QCOMPARE(countPrefix(package, QStringLiteral("ppt/slides/slide"), QStringLiteral(".xml")), 3);
}

void SlideDeckTest::csv()
{
    const QByteArray bytes = renderDataCsv(m_report, {QStringLiteral("headline")});
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    QVERIFY(text.endsWith(QLatin1String("\r\n")));
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 6);
    QCOMPARE(lines.first(), QStringLiteral("Figure,Metric,Label,Value,Unit,Qualifier,As stated,"
                                           "Status,Period,Source,Quote"));
    // A real number, the qualifier in its own column, a comma quoted.
    QVERIFY2(lines.at(1).startsWith(QStringLiteral(
                 "headline,ai-enterprises,AI enterprises in China,6000,count,more-than,\"6,000+\","
                 "stated,end of 2025,\"Source: ")),
             qPrintable(lines.at(1)));
    QVERIFY(lines.at(2).contains(QStringLiteral(",1.2e+12,CNY,more-than,> ¥1.2 trillion,")));

    // A quote with a quotation mark and a line break stays one field.
    Report report = m_report;
    report.metrics[0].quote = QStringLiteral("say \"hi\",\nthen");
    const QString hostile = QString::fromUtf8(renderDataCsv(report, {QStringLiteral("headline")}));
    QVERIFY(hostile.contains(QStringLiteral(",\"say \"\"hi\"\",\nthen\"\r\n")));
}

void SlideDeckTest::xlsx()
{
    const Package book = unzip(renderDataXlsx(m_report, {}));
    QVERIFY(!book.isEmpty());
    const QStringList sheets = attributeValues(book.value(QStringLiteral("xl/workbook.xml")),
                                               QStringLiteral("sheet"), QStringLiteral("name"));
    QCOMPARE(sheets,
             (QStringList{QStringLiteral("headline"), QStringLiteral("layer-shares"),
                          QStringLiteral("cluster-output"), QStringLiteral("sector-metrics"),
                          QStringLiteral("All numbers")}));
    const QByteArray all = book.value(QStringLiteral("xl/worksheets/sheet5.xml"));
    const QStringList numbers = elementTexts(all, QStringLiteral("v"));
    QCOMPARE(numbers.size(), 14); // every number of every figure, once per figure
    QCOMPARE(numbers.first(), QStringLiteral("6000"));
    QVERIFY(numbers.contains(QStringLiteral("1.2e+12")));
    const QStringList strings = elementTexts(all, QStringLiteral("t"));
    QVERIFY(strings.contains(QStringLiteral("6,000+")));
    QVERIFY(strings.contains(QStringLiteral("≈ $165 billion")));
    QVERIFY(strings.contains(QStringLiteral("more-than")));
    QVERIFY(strings.contains(QStringLiteral("derived (100 - 75)")));
}

namespace {

Report mixedSources()
{
    const LoadResult loaded = loadReportPack(
        QStringLiteral(FIGDECK_TEST_DATA "/model/v2/good/mixed-sources.figdeck.json"));
    return loaded.report.value_or(Report());
}

} // namespace

// Each figure's slide names exactly the sources of its numbers; its notes give each number its
// own source; the closing slide lists every source of the report.
void SlideDeckTest::credits_data()
{
    QTest::addColumn<QString>("figureId");
    QTest::addColumn<QString>("credit");
    QTest::addColumn<QStringList>("numberCredits");
    const QString review =
        QStringLiteral("Source: An electricity review (https://example.org/review)");
    const QString wire = QStringLiteral("Source: A wire story about the review, as summarised by "
                                        "A wire service (https://example.net/wire)");
    QTest::newRow("two sources")
        << QStringLiteral("two-sources")
        << QStringLiteral("Sources: An electricity review (https://example.org/review); A wire "
                          "story about the review, as summarised by A wire service "
                          "(https://example.net/wire)")
        << QStringList{review, wire};
    QTest::newRow("one news summary")
        << QStringLiteral("wire-only")
        << QStringLiteral("Source: A wire story about the review, as summarised by A wire service "
                          "(https://example.net/wire)")
        << QStringList{wire};
    QTest::newRow("one report") << QStringLiteral("review-only")
                                << QStringLiteral(
                                       "Source: An electricity review (https://example.org/review)")
                                << QStringList{review, review};
}

void SlideDeckTest::credits()
{
    QFETCH(QString, figureId);
    QFETCH(QString, credit);
    QFETCH(QStringList, numberCredits);
    const Report report = mixedSources();
    QVERIFY(!report.figures.isEmpty());
    DeckOptions options;
    options.figureIds = {figureId};
    QString error;
    const Package package = unzip(renderDeck(report, options, &error));
    QVERIFY2(!package.isEmpty(), qPrintable(error));
    // Slide 1 is the title, 2 the figure, 3 the closing slide.
    const QStringList slide =
        elementTexts(package.value(QStringLiteral("ppt/slides/slide2.xml")), QStringLiteral("a:t"));
    QVERIFY2(slide.contains(credit), qPrintable(slide.join(QLatin1Char('\n'))));
    QVERIFY(!slide.join(QString()).contains(QStringLiteral("…")));
    if (!credit.startsWith(QLatin1String("Sources")))
        QVERIFY(!slide.join(QString()).contains(QStringLiteral("Sources:")));
    const QString notes = allText(package.value(QStringLiteral("ppt/notesSlides/notesSlide2.xml")));
    QCOMPARE(notes.count(QStringLiteral("  Source")), numberCredits.size());
    for (const QString &line : numberCredits)
        QVERIFY2(notes.contains(QStringLiteral("  ") + line), qPrintable(notes));
    const QString closing = allText(package.value(QStringLiteral("ppt/slides/slide3.xml")));
    for (const QString &reference :
         {QStringLiteral(
              "An electricity review — A think tank — 2026-03 — https://example.org/review"),
          QStringLiteral("A wire story about the review — A wire service — 2026-03-12 — "
                         "https://example.net/wire"),
          QStringLiteral("Our own arithmetic — https://example.com/notes")})
        QVERIFY2(closing.contains(reference), qPrintable(closing));
}

// The CSV's source column: each number's own source.
void SlideDeckTest::creditsInCsv()
{
    const Report report = mixedSources();
    const QString text =
        QString::fromUtf8(renderDataCsv(report, {QStringLiteral("two-sources")}).mid(3));
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 2);
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("two-sources,wind,")), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).contains(
                 QStringLiteral(",Source: An electricity review (https://example.org/review),")),
             qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).contains(QStringLiteral(
                 ",\"Source: A wire story about the review, as summarised by A wire service "
                 "(https://example.net/wire)\",")),
             qPrintable(lines.at(2)));
}

QTEST_MAIN(SlideDeckTest)
#include "tst_slidedeck.moc"
