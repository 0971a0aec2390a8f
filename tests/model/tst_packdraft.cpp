// SPDX-License-Identifier: GPL-3.0-or-later
// figdeck --draft (issue 11): a pack drafted from a text is valid, quotes the text verbatim,
// keeps every number the finder reads, and proposes figures from the text's structure.

#include "modeltestdata.h"
#include "numberfinder.h"
#include "packdraft.h"
#include "quotecheck.h"
#include "textsource.h"

#include <QDir>
#include <QTest>

using namespace Figdeck;
using namespace Qt::StringLiterals;

namespace {

QString readText(const QString &path)
{
    const TextSource t = textFromBytes(TestData::readFile(path), path);
    if (!t.ok())
        qFatal("%s", qPrintable(t.error));
    return t.text;
}

} // namespace

class TestPackDraft : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyTextDraftsAValidPack_data();
    void everyTextDraftsAValidPack();
    void structureBecomesFigures();
    void oneSentenceOverYearsIsASeries();
    void sharesAreOfOnePeriod();
    void chineseTextDraftsAChinesePack();
    void labelsAreTheNumbersOwnWords_data();
    void labelsAreTheNumbersOwnWords();
    void requestedFiguresComeFirst();
    void tabTablesDraftLikePipeTables_data();
    void tabTablesDraftLikePipeTables();
    void usersLabelsAndPeriods();
    void barsKeepTheTablesColumnOrder_data();
    void barsKeepTheTablesColumnOrder();
    void headerUnitsReachTheMetrics_data();
    void headerUnitsReachTheMetrics();
    void changesAndRatesAreNoParts_data();
    void changesAndRatesAreNoParts();
    void sharesNameTheirWhole_data();
    void sharesNameTheirWhole();
    void titleIsAHeadline_data();
    void titleIsAHeadline();
    void tableRowsAreLinesOfOneChart_data();
    void tableRowsAreLinesOfOneChart();
    void unendedPeriodsSayWhy_data();
    void unendedPeriodsSayWhy();
    void spaceAlignedTablesDraftLikePipeTables();
    void barsAreOfOneThing_data();
    void barsAreOfOneThing();
    void chineseTablesTakeTheirHeaders_data();
    void chineseTablesTakeTheirHeaders();
    void relativeHalvesTakeTheDateline_data();
    void relativeHalvesTakeTheDateline();
    void eachNumberTakesItsOwnPeriod_data();
    void eachNumberTakesItsOwnPeriod();
    void quartersTakeTheirYear_data();
    void quartersTakeTheirYear();
    void relativeYearsTakeTheDateline_data();
    void relativeYearsTakeTheDateline();
    void relativePeriodsAreNoLabels_data();
    void relativePeriodsAreNoLabels();
    void partsOfYearsAreNoYears_data();
    void partsOfYearsAreNoYears();
    void monthsMakeOneSeries_data();
    void monthsMakeOneSeries();
    void rangesAreOneMetric_data();
    void rangesAreOneMetric();
    void wireStoriesDraftTheirOwnWords_data();
    void wireStoriesDraftTheirOwnWords();
    void packDateIsTheTextsOwn_data();
    void packDateIsTheTextsOwn();
    void wireMonthsTakeOnlyAGivenYear_data();
    void wireMonthsTakeOnlyAGivenYear();
};

// Each figure as "kind|title|label=value, ...".
static QStringList figureLines(const Report &r)
{
    QStringList figures;
    for (const Figure &f : r.figures) {
        QStringList metrics;
        for (const QString &id : f.metricIds) {
            const Metric *m = r.metric(id);
            metrics << m->label.text() + u'=' + numberText(m->value);
        }
        figures << toString(f.kind) + u'|' + f.title.text() + u'|' + metrics.join(u", "_s);
    }
    return figures;
}

// Each stated metric as "period|date|quote", in order.
static QStringList periodsAndQuotes(const Report &r)
{
    QStringList found;
    for (const Metric &m : r.metrics) {
        if (m.origin == Origin::Stated)
            found << m.period.text() + u'|' + (m.date ? m.date->iso : QString()) + u'|' + m.quote;
    }
    return found;
}

// Each series figure's periods, comma-separated, in order.
static QStringList seriesPeriods(const Report &r)
{
    QStringList found;
    for (const Figure &f : r.figures) {
        if (f.kind != ChartKind::Series)
            continue;
        QStringList periods;
        for (const QString &id : f.metricIds)
            periods << r.metric(id)->period.text();
        found << periods.join(u", "_s);
    }
    return found;
}

// The draft of test text `file` (under tests/data) with every number ticked, as the draft
// dialog drafts it.
static Report draftedAsTheDialogDrafts(const QString &file)
{
    const QString path = QStringLiteral(FIGDECK_TEST_DATA "/") + file;
    const QString text = readText(path);
    return draftReport(text, path, draftableNumbers(text));
}

// The text of the report's caveat `id`, empty when it has none.
static QString caveatText(const Report &r, const QString &id)
{
    for (const Caveat &c : r.caveats) {
        if (c.id == id)
            return c.text.text();
    }
    return QString();
}

void TestPackDraft::everyTextDraftsAValidPack_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &dir : {QStringLiteral("numbers"), QStringLiteral("draft"),
                               QStringLiteral("periods"), QStringLiteral("tables")}) {
        const QDir d(QStringLiteral(FIGDECK_TEST_DATA "/") + dir);
        for (const QString &f : d.entryList(QDir::Files, QDir::Name)) {
            if (!f.endsWith(QLatin1String(".labels")) && !f.startsWith(QLatin1String("README")))
                QTest::newRow(qPrintable(f)) << d.filePath(f);
        }
    }
}

void TestPackDraft::everyTextDraftsAValidPack()
{
    QFETCH(QString, path);
    const QString text = readText(path);
    const Report report = draftReport(text, path);
    const QByteArray pack = serializeReportPack(report);
    const LoadResult loaded = parseReportPack(pack, QStringLiteral("draft.json"));
    QString problems;
    for (const Diagnostic &d : loaded.diagnostics)
        problems += d.toString() + u'\n';
    QVERIFY2(loaded.ok(), qPrintable(problems));
    QCOMPARE(loaded.report->version, 2);

    // Every stated number is one metric; only derived ones are added.
    int stated = 0;
    for (const Metric &m : report.metrics)
        stated += m.origin == Origin::Stated ? 1 : 0;
    QCOMPARE(stated, int(findNumbers(text).size()));
    // Every quote is the text's own words.
    const QuoteCheck check = checkQuotes(pack, QStringLiteral("draft.json"), {{path, {}, text}});
    QCOMPARE(check.diagnostics.size(), 0);
    // Every metric is shown by a figure, and the pack says it was drafted.
    QSet<QString> shown;
    for (const Figure &f : report.figures)
        for (const QString &id : f.metricIds)
            shown.insert(id);
    QCOMPARE(shown.size(), report.metrics.size());
    QVERIFY(std::any_of(report.caveats.cbegin(), report.caveats.cend(),
                        [](const Caveat &c) { return c.id == QLatin1String("drafted"); }));
}

void TestPackDraft::structureBecomesFigures()
{
    const QString path = QStringLiteral(FIGDECK_TEST_DATA "/draft/vendor-shares.txt");
    const Report r = draftReport(readText(path), path);
    QCOMPARE(r.title.text(),
             QStringLiteral("Widget market 2024 (invented data for the draft test)"));
    QCOMPARE(r.sources.first().url, QStringLiteral("https://widgets.example.org/review-2024"));
    QCOMPARE(r.date, QStringLiteral("2024"));
    QCOMPARE(r.figures.size(), 3);

    // 40 + 25 + 15 = 80: shares with the rest, 20%, derived and said so.
    const Figure &shares = r.figures.at(0);
    QVERIFY(shares.kind == ChartKind::Shares);
    QCOMPARE(shares.metricIds.size(), 4);
    const Metric *rest = r.metric(shares.metricIds.last());
    QVERIFY(rest);
    QCOMPARE(rest->value, 20.0);
    QVERIFY(rest->origin == Origin::Derived);
    QCOMPARE(rest->derivation.text(), QStringLiteral("100 - 40 - 25 - 15"));
    // Each part's label is its own words, not the sentence's number before it.
    QCOMPARE(r.metric(shares.metricIds.at(0))->label.text(), QStringLiteral("Acme"));
    QCOMPARE(r.metric(shares.metricIds.at(1))->label.text(), QStringLiteral("Bolt"));
    QCOMPARE(r.metric(shares.metricIds.at(2))->label.text(), QStringLiteral("Crane"));
    QVERIFY(std::any_of(shares.caveats.cbegin(), shares.caveats.cend(),
                        [&](const Caveat &c) { return c.metricIds == QStringList{rest->id}; }));

    // Sales at three dates: a series in date order, its lower bound marked.
    const Figure &series = r.figures.at(1);
    QVERIFY(series.kind == ChartKind::Series);
    QStringList dates;
    for (const QString &id : series.metricIds)
        dates << r.metric(id)->date->iso;
    QCOMPARE(dates,
             (QStringList{QStringLiteral("2022"), QStringLiteral("2023"), QStringLiteral("2024")}));
    QCOMPARE(r.metric(series.metricIds.first())->label.text(), QStringLiteral("Widget sales"));
    QCOMPARE(r.metric(series.metricIds.first())->noun.text(), QStringLiteral("units"));
    QVERIFY(r.metric(series.metricIds.last())->qualifier == Qualifier::MoreThan);
    QCOMPARE(series.caveats.size(), 1);
    QCOMPARE(series.caveats.first().metricIds, QStringList{series.metricIds.last()});

    // The projection: a tile, with a caveat that it is no observation.
    const Figure &tiles = r.figures.at(2);
    QVERIFY(tiles.kind == ChartKind::Tiles);
    QCOMPARE(tiles.metricIds.size(), 1);
    const Metric *projected = r.metric(tiles.metricIds.first());
    QVERIFY(projected->status == Status::Projected);
    QCOMPARE(projected->value, 3e6);
    QCOMPARE(tiles.caveats.size(), 1);
}

// "48.2 million passengers in 2025, up from 44.9 million in 2024 and 41.3 million in 2023": the
// numbers after the first have no words of their own, so they are the first's measure, each at
// its own year: one series, in date order.
void TestPackDraft::oneSentenceOverYearsIsASeries()
{
    const QString path = QStringLiteral(FIGDECK_TEST_DATA "/draft/airport-traffic.txt");
    const Report r = draftReport(readText(path), path);
    QCOMPARE(r.figures.size(), 1);
    const Figure &series = r.figures.first();
    QVERIFY(series.kind == ChartKind::Series);
    // What the airport carried is counted, not the airport.
    QCOMPARE(series.title.text(), QStringLiteral("Passengers carried"));
    QStringList dates, labels, nouns;
    QList<double> values;
    for (const QString &id : series.metricIds) {
        const Metric *m = r.metric(id);
        QVERIFY(m);
        dates << m->date->iso;
        values << m->value;
        labels << m->label.text();
        nouns << m->noun.text();
    }
    QCOMPARE(dates,
             (QStringList{QStringLiteral("2023"), QStringLiteral("2024"), QStringLiteral("2025")}));
    QCOMPARE(values, (QList<double>{41.3e6, 44.9e6, 48.2e6}));
    QCOMPARE(labels, QStringList(3, QStringLiteral("Passengers carried")));
    QCOMPARE(nouns, QStringList(3, QStringLiteral("passengers")));
    QVERIFY(series.caveats.isEmpty());
}

// A table of one row per year: its "Share of total" column (18%, 22.5%, 27%) adds up to less
// than 100 but holds three years, not three parts of one whole: bars, like its other columns.
void TestPackDraft::sharesAreOfOnePeriod()
{
    const QString path = QStringLiteral(FIGDECK_TEST_DATA "/numbers/pipe-table.md");
    const Report r = draftReport(readText(path), path);
    QStringList kinds, titles;
    for (const Figure &f : r.figures) {
        kinds << toString(f.kind);
        titles << f.title.text();
    }
    QCOMPARE(kinds,
             (QStringList{QStringLiteral("bars"), QStringLiteral("bars"), QStringLiteral("bars")}));
    // In the table's order.
    QCOMPARE(titles, (QStringList{QStringLiteral("Wind (GW)"), QStringLiteral("Solar (GW)"),
                                  QStringLiteral("Share of total")}));
}

void TestPackDraft::chineseTextDraftsAChinesePack()
{
    const QString path = QStringLiteral(FIGDECK_TEST_DATA "/numbers/zh-news.txt");
    const Report r = draftReport(readText(path), path);
    QCOMPARE(r.language, QStringLiteral("zh-Hans"));
    QVERIFY(!r.caveats.isEmpty());
    QVERIFY2(r.caveats.first().text.text().startsWith(QStringLiteral("本数据包由")),
             qPrintable(r.caveats.first().text.text()));
    // Counts count their measure word's things; "以上" and "左右" are qualifiers, not nouns.
    QStringList nouns;
    for (const Metric &m : r.metrics) {
        if (m.unit.is(UnitKind::Count))
            nouns << m.noun.text();
    }
    QCOMPARE(nouns,
             (QStringList{QStringLiteral("辆"), QStringLiteral("辆"), QStringLiteral("个")}));
}

void TestPackDraft::labelsAreTheNumbersOwnWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("labels");
    QTest::newRow("a list of parts")
        << QStringLiteral("Acme held 40% of the market, Bolt 25% and Crane 15%.")
        << QStringList{QStringLiteral("Acme"), QStringLiteral("Bolt"), QStringLiteral("Crane")};
    QTest::newRow("approximately sign") << QStringLiteral("Revenue was \u2248 $165 billion.")
                                        << QStringList{QStringLiteral("Revenue")};
    QTest::newRow("more-than sign") << QStringLiteral("Exports reached > \u20ac59bn.")
                                    << QStringList{QStringLiteral("Exports")};
    QTest::newRow("about over its whole")
        << QStringLiteral("2023年，中国新能源汽车销量超过950万辆，约为全球销量的60%。")
        << QStringList{QStringLiteral("中国新能源汽车销量"), QStringLiteral("全球销量")};
    QTest::newRow("less than over its whole") << u"地区生产总值为3.2万亿元，不足去年全年的80%。"_s
                                              << QStringList{u"地区生产总值"_s, u"去年全年"_s};
    // Who says or expects a number is not what it measures.
    QTest::newRow("developers expect")
        << u"Developers expect 5 million homes to be built by 2030."_s << QStringList{u"Homes"_s};
    QTest::newRow("analysts expect sales")
        << u"Analysts expect sales to reach $12 billion in 2026."_s << QStringList{u"Sales"_s};
    QTest::newRow("zh 数据显示") << u"数据显示，2024年全省快递业务量达到85亿件。"_s
                                 << QStringList{u"全省快递业务量"_s};
    // Comparison fragments are no label: a change is of the number before it.
    QTest::newRow("比上年") << u"全年国内生产总值1260582亿元，比上年增长5.2%。"_s
                            << QStringList{u"全年国内生产总值"_s, u"全年国内生产总值增长"_s};
    // A change is named as one, also when its clause names the measure.
    QTest::newRow("同比") << u"该公司营业收入同比增长34%。"_s << QStringList{u"营业收入增长"_s};
    QTest::newRow("rose, labelled")
        << u"Revenue rose 34% in 2024."_s << QStringList{u"Revenue growth"_s};
    QTest::newRow("fell by, labelled")
        << u"Exports fell by 5% last year."_s << QStringList{u"Exports growth"_s};
    QTest::newRow("下降, labelled")
        << u"全省工业用电量同比下降3.1%。"_s << QStringList{u"全省工业用电量增长"_s};
    QTest::newRow("比上月 down") << u"城镇调查失业率为5.0%，比上月下降0.1个百分点。"_s
                                 << QStringList{u"城镇调查失业率"_s, u"城镇调查失业率变化"_s};
    QTest::newRow("up from a year earlier")
        << u"Revenue was $4.1 billion, up 12% from a year earlier."_s
        << QStringList{u"Revenue"_s, u"Revenue growth"_s};
    QTest::newRow("an increase of")
        << u"Employment reached 32.9 million, an increase of 110,000 on the year."_s
        << QStringList{u"Employment"_s, u"Employment growth"_s};
    // A change runs into its level; a value compared with is of the same measure.
    QTest::newRow("year on year to") << u"Revenue grew 12% year on year to $4.1 billion."_s
                                     << QStringList{u"Revenue growth"_s, u"Revenue"_s};
    QTest::newRow("rose to, up from")
        << u"Sales of vans rose 35% to 14 million in 2023, up from 10.4 million."_s
        << QStringList{u"Sales of vans growth"_s, u"Sales of vans"_s, u"Sales of vans"_s};
    QTest::newRow("zh a year and 仅") << u"2024年出口额为3.2亿美元，而2023年仅为2.8亿美元。"_s
                                      << QStringList{u"出口额"_s, u"出口额"_s};
    QTest::newRow("currency code")
        << u"Sales in China were RMB 820 million."_s << QStringList{u"Sales in China"_s};
    // Who holds or handles a count is not what it counts: the thing after it, with the verb.
    QTest::newRow("the company employs")
        << u"The company employs about 6,400 people."_s << QStringList{u"People employed"_s};
    QTest::newRow("depots handled") << u"Its 1,950 depots handled 4.1 million parcels."_s
                                    << QStringList{u"Depots"_s, u"Parcels handled"_s};
    QTest::newRow("it has") << u"It has 40 stores."_s << QStringList{u"Stores"_s};
    QTest::newRow("a named holder stays")
        << u"Acme sold 5 million cars."_s << QStringList{u"Acme"_s};
    // A count of nothing named says where it is, not "Items".
    QTest::newRow("no words") << u"It was 400."_s << QStringList{u"Number on line 1"_s};
    // Wire stories: a colon that leads into the number leaves its measure before it; a
    // dateline's "CITY (Wire) -" is no word of the label; "total" after a year to date is the
    // verb.
    QTest::newRow("a colon leads into it")
        << u"New installations slowed: 2.1 GW were connected in the third quarter."_s
        << QStringList{u"New installations"_s};
    QTest::newRow("a colon after a label with its own words")
        << u"Capacity: the grid added 2.1 GW."_s << QStringList{u"Grid added"_s};
    QTest::newRow("a wire's dateline")
        << u"HAMBURG (Wire) - Container throughput rose to 6.4 million TEU."_s
        << QStringList{u"Container throughput"_s};
    QTest::newRow("a wire's dateline with a dash")
        << u"LONDON, Oct 14 (Wire) — Exports reached €59bn."_s << QStringList{u"Exports"_s};
    QTest::newRow("orders year to date total")
        << u"Orders year to date total 4,200 units."_s << QStringList{u"Orders"_s};
    QTest::newRow("a total of") << u"Orders reached a total of 4,200 units."_s
                                << QStringList{u"Orders"_s};
    // A period after the measure's name is the number's period, not its label's words, so the
    // same measure over periods keeps one label (and makes a series).
    QTest::newRow("in a year, before the verb")
        << u"Exports in 2025 were 48.5 billion euros."_s << QStringList{u"Exports"_s};
    QTest::newRow("in months, before the verb")
        << u"Exports in March to August 2025 were 48.5 billion euros."_s
        << QStringList{u"Exports"_s};
    QTest::newRow("in one month, before the verb")
        << u"Exports in October 2025 were 45.1 billion euros."_s << QStringList{u"Exports"_s};
    QTest::newRow("a month's, before the measure")
        << u"October's imports reached 30.4 billion euros."_s << QStringList{u"Imports"_s};
    QTest::newRow("zh one month before the measure")
        << u"12月份全省出口额为470亿元。"_s << QStringList{u"全省出口额"_s};
    QTest::newRow("zh a month's end keeps its words")
        << u"10月末全省外贸企业为1.26万家。"_s << QStringList{u"10月末全省外贸企业"_s};
    QTest::newRow("in a quarter, before the verb")
        << u"Revenue in the third quarter of 2025 was $1.2 billion."_s << QStringList{u"Revenue"_s};
    QTest::newRow("rose in a year to")
        << u"Exports rose in 2025 to 48.5 billion euros."_s << QStringList{u"Exports"_s};
    // Wires: a dateline's words before the story ("Beijing, Nov. 20, 2025 -- ") are no words
    // of a label, an abbreviated month is no sentence's end, "last October" is a period.
    QTest::newRow("a wire's dated dateline with two hyphens")
        << u"Beijing, Nov. 20, 2025 -- Fiscal revenue reached 2.1 trillion yuan in the first ten "
           u"months, up 0.8%."_s
        << QStringList{u"Fiscal revenue"_s, u"Fiscal revenue growth"_s};
    QTest::newRow("an abbreviated month, last October")
        << u"Exports in Oct. 2025 rose 3.2%, and last October they fell 1.1%."_s
        << QStringList{u"Exports growth"_s, u"Exports"_s};
    QTest::newRow("after rising")
        << u"Shipments fell 0.6% this October after rising 1.4% last October."_s
        << QStringList{u"Shipments growth"_s, u"Shipments"_s};
    QTest::newRow("approx. is a qualifier")
        << u"The company had approx. 5,400 employees."_s << QStringList{u"Employees"_s};
    QTest::newRow("a wire's dateline with two hyphens")
        << u"HAMBURG (Wire) -- Container throughput rose to 6.4 million TEU."_s
        << QStringList{u"Container throughput"_s};
    QTest::newRow("zh a clause after ； with no words of its own")
        << u"10月份，全市社会消费品零售总额为410亿元；去年10月为395亿元。"_s
        << QStringList{u"全市社会消费品零售总额"_s, u"全市社会消费品零售总额"_s};
    // A share with no words before it is of what its words after it say (a verb after its
    // plural noun in its -ing form); a share of its holder's own things is of those things.
    QTest::newRow("one in five enterprises now run")
        << u"Roughly one in five enterprises now run AI workloads in production."_s
        << QStringList{u"Enterprises running AI workloads in production"_s};
    QTest::newRow("fewer than 10% say")
        << u"Fewer than 10% say they have no plans to adopt generative AI."_s
        << QStringList{u"Say they have no plans to adopt generative AI"_s};
    QTest::newRow("about 30% of firms use")
        << u"About 30% of firms use two clouds, and 12% use three."_s
        << QStringList{u"Firms using two clouds"_s, u"Use three"_s};
    QTest::newRow("more than half of its workloads")
        << u"The largest provider runs more than half of its workloads on its own chips."_s
        << QStringList{u"Workloads on its own chips"_s};
    QTest::newRow("a share of a named whole keeps its holder")
        << u"Acme has 40% of the market."_s << QStringList{u"Acme"_s};
    // "增加值" is value added, no change; a percentage-point change of a growth rate is named by
    // its own verb after that rate's measure.
    QTest::newRow("zh 增加值 and 比上月回落 percentage points")
        << u"新华社北京11月20日电 国家统计局20日发布数据，10月份规模以上工业增加值同比增长4.9%，"
           u"比上月回落1.1个百分点。1—10月份，全国固定资产投资同比下降1.7%。"_s
        << QStringList{u"规模以上工业增加值增长"_s, u"规模以上工业增加值增速回落"_s,
                       u"全国固定资产投资增长"_s};
    QTest::newRow("zh a year's 增加值 growth") << u"2024年，全市规模以上工业增加值增长5.2%。"_s
                                               << QStringList{u"全市规模以上工业增加值增长"_s};
    QTest::newRow("a fall of percentage points is a change")
        << u"The jobless rate was 5.0%, down 0.1 percentage points."_s
        << QStringList{u"Jobless rate"_s, u"Jobless rate change"_s};
    QTest::newRow("zh a clause after ； with words of its own")
        << u"1-10月，收入约18.2万亿元；其中，税收收入约14.9万亿元，同比增长1.7%。"_s
        << QStringList{u"收入"_s, u"税收收入"_s, u"税收收入增长"_s};
}

void TestPackDraft::labelsAreTheNumbersOwnWords()
{
    QFETCH(QString, text);
    QFETCH(QStringList, labels);
    const Report r = draftReport(text, QStringLiteral("labels.txt"));
    QStringList found;
    for (const Metric &m : r.metrics) {
        if (m.origin == Origin::Stated)
            found << m.label.text();
    }
    QCOMPARE(found, labels);
}

void TestPackDraft::requestedFiguresComeFirst()
{
    const QString path = QStringLiteral(FIGDECK_TEST_DATA "/draft/vendor-shares.txt");
    const QString text = readText(path);
    const QList<FoundNumber> numbers = draftableNumbers(text);
    QCOMPARE(numbers.size(), 7);
    // Bars of 1.5 and 1.8 million (numbers 3 and 4), and shares of Acme's 40% alone (number 0).
    const Report r = draftReport(text, path, numbers,
                                 {{ChartKind::Bars, QStringLiteral("Two years"), {3, 4}},
                                  {ChartKind::PartWhole, QString(), {0}}});
    for (int i = 0; i < numbers.size(); ++i)
        QCOMPARE(r.metrics.at(i).value, numbers.at(i).value); // metric i is number i
    QVERIFY(r.figures.at(0).kind == ChartKind::Bars);
    QCOMPARE(r.figures.at(0).title.text(), QStringLiteral("Two years"));
    QCOMPARE(r.figures.at(0).metricIds, (QStringList{r.metrics.at(3).id, r.metrics.at(4).id}));
    // One part against the rest: 100 - 40, derived and said so.
    const Figure &part = r.figures.at(1);
    QVERIFY(part.kind == ChartKind::PartWhole);
    QCOMPARE(part.metricIds.size(), 2);
    const Metric *rest = r.metric(part.metricIds.last());
    QCOMPARE(rest->value, 60.0);
    QCOMPARE(rest->derivation.text(), QStringLiteral("100 - 40"));
    QVERIFY(std::any_of(part.caveats.cbegin(), part.caveats.cend(),
                        [](const Caveat &c) { return c.id.endsWith(QLatin1String("-derived")); }));
    // Their numbers are not proposed again: 25% and 15% alone are no whole, so no shares.
    for (int i = 2; i < r.figures.size(); ++i) {
        QVERIFY(r.figures.at(i).kind != ChartKind::Shares);
        for (int n : {0, 3, 4})
            QVERIFY(!r.figures.at(i).metricIds.contains(r.metrics.at(n).id));
    }
    QVERIFY(parseReportPack(serializeReportPack(r), QStringLiteral("r.json")).ok());
}

void TestPackDraft::tabTablesDraftLikePipeTables_data()
{
    // One table written as a pipe table and tab-separated, and what a draft makes of it, by
    // hand: per number its label, period and measure; per figure its kind and title.
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("metrics"); // label|period|measure, stated ones in order
    QTest::addColumn<QStringList>("figures"); // kind|title
    const QStringList shareMetrics{
        QStringLiteral("Apple|2023|Share"),   QStringLiteral("Apple|2024|Share"),
        QStringLiteral("Samsung|2023|Share"), QStringLiteral("Samsung|2024|Share"),
        QStringLiteral("Xiaomi|2023|Share"),  QStringLiteral("Xiaomi|2024|Share")};
    const QStringList shareFigures{QStringLiteral("shares|Share 2023"),
                                   QStringLiteral("shares|Share 2024")};
    QTest::newRow("shares, pipes") << QStringLiteral("Phone shares\n\n"
                                                     "| Vendor | Share 2023 | Share 2024 |\n"
                                                     "|---|---|---|\n"
                                                     "| Apple | 20% | 21% |\n"
                                                     "| Samsung | 19% | 18% |\n"
                                                     "| Xiaomi | 13% | 14% |\n")
                                   << shareMetrics << shareFigures;
    QTest::newRow("shares, tabs") << QStringLiteral("Phone shares\n\n"
                                                    "Vendor\tShare 2023\tShare 2024\n"
                                                    "Apple\t20%\t21%\n"
                                                    "Samsung\t19%\t18%\n"
                                                    "Xiaomi\t13%\t14%\n")
                                  << shareMetrics << shareFigures;
    QTest::newRow("shares, spaces") << QStringLiteral("Phone shares\n\n"
                                                      "Vendor     Share 2023    Share 2024\n"
                                                      "Apple             20%           21%\n"
                                                      "Samsung           19%           18%\n"
                                                      "Xiaomi            13%           14%\n")
                                    << shareMetrics << shareFigures;
    const QStringList revenueMetrics{
        QStringLiteral("AWS|2023|Revenue"), QStringLiteral("AWS|2024|Revenue"),
        QStringLiteral("Azure|2023|Revenue"), QStringLiteral("Azure|2024|Revenue")};
    // Rows of one table over the same years are lines of one chart, titled by their measure.
    const QStringList revenueFigures{QStringLiteral("series|Revenue")};
    QTest::newRow("amounts, pipes") << QStringLiteral("Cloud market\n\n"
                                                      "| Provider | Revenue 2023 | Revenue 2024 |\n"
                                                      "| AWS | $91 billion | $107 billion |\n"
                                                      "| Azure | $62 billion | $75 billion |\n")
                                    << revenueMetrics << revenueFigures;
    QTest::newRow("amounts, tabs") << QStringLiteral("Cloud market\n\n"
                                                     "Provider\tRevenue 2023\tRevenue 2024\n"
                                                     "AWS\t$91 billion\t$107 billion\n"
                                                     "Azure\t$62 billion\t$75 billion\n")
                                   << revenueMetrics << revenueFigures;
    // Space-aligned, as pdftotext -layout writes it: an empty corner over the row labels.
    QTest::newRow("amounts, spaces")
        << QStringLiteral("Cloud market\n\n"
                          "             Revenue 2023    Revenue 2024\n"
                          "AWS           $91 billion    $107 billion\n"
                          "Azure         $62 billion     $75 billion\n")
        << revenueMetrics << revenueFigures;
    // One column of one year: bars over the rows, titled by the column.
    QTest::newRow("one column, tabs")
        << QStringLiteral("Staff\n\nTeam\tPeople\nSales\t120\nSupport\t45\nDesign\t30\n")
        << QStringList{QStringLiteral("Sales||People"), QStringLiteral("Support||People"),
                       QStringLiteral("Design||People")}
        << QStringList{QStringLiteral("bars|People")};
}

void TestPackDraft::tabTablesDraftLikePipeTables()
{
    QFETCH(QString, text);
    QFETCH(QStringList, metrics);
    QFETCH(QStringList, figures);
    const Report r = draftReport(text, QStringLiteral("table.txt"));
    QStringList foundMetrics, foundFigures;
    for (const Metric &m : r.metrics) {
        if (m.origin == Origin::Stated)
            foundMetrics << m.label.text() + u'|' + m.period.text() + u'|' + m.measure.text();
    }
    for (const Figure &f : r.figures)
        foundFigures << toString(f.kind) + u'|' + f.title.text();
    QCOMPARE(foundMetrics, metrics);
    QCOMPARE(foundFigures, figures);
    // The title is the text's first line, not a table row.
    QCOMPARE(r.title.text(), text.section(u'\n', 0, 0));
    QVERIFY(parseReportPack(serializeReportPack(r), QStringLiteral("r.json")).ok());
}

// Labels and periods the user gave (File > New Report from Text or PDF…) are the metrics'.
void TestPackDraft::usersLabelsAndPeriods()
{
    const QString text = QStringLiteral("Sales reached 1.5 million units in 2022 and 1.8 million "
                                        "units in 2023. Staff grew to 400.");
    QList<FoundNumber> numbers = draftableNumbers(text);
    QCOMPARE(numbers.size(), 3);
    numbers[0].label = QStringLiteral("  Units  sold ");
    numbers[1].label = QStringLiteral("Units sold");
    numbers[2].period = QStringLiteral("2024-Q1");
    const Report r = draftReport(text, QStringLiteral("s.txt"), numbers);
    QCOMPARE(r.metrics.at(0).label.text(), QStringLiteral("Units sold"));
    QCOMPARE(r.metrics.at(0).id, QStringLiteral("units-sold"));
    QCOMPARE(r.metrics.at(1).label.text(), QStringLiteral("Units sold"));
    QCOMPARE(r.metrics.at(2).period.text(), QStringLiteral("2024-Q1"));
    QVERIFY(r.metrics.at(2).date);
    QCOMPARE(r.metrics.at(2).date->iso, QStringLiteral("2024-Q1"));
    // One label at two dates: a series of it.
    QVERIFY(std::any_of(r.figures.cbegin(), r.figures.cend(), [](const Figure &f) {
        return f.kind == ChartKind::Series && f.title.text() == QStringLiteral("Units sold");
    }));
    QVERIFY(parseReportPack(serializeReportPack(r), QStringLiteral("r.json")).ok());
}

// A table of twelve month columns: one bars figure per column, in the table's order (column 10
// once came before column 2: columns were ordered by their number as a text).
void TestPackDraft::barsKeepTheTablesColumnOrder_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("titles");
    QTest::addColumn<QList<double>>("october"); // the tenth column's values, by hand
    const QStringList months{u"Jan"_s, u"Feb"_s, u"Mar"_s, u"Apr"_s, u"May"_s, u"Jun"_s,
                             u"Jul"_s, u"Aug"_s, u"Sep"_s, u"Oct"_s, u"Nov"_s, u"Dec"_s};
    QTest::newRow("pipes") << u"draft/monthly-visitors.md"_s << months << QList<double>{1872, 1005};
    QTest::newRow("tabs") << u"draft/monthly-visitors.tsv"_s << months << QList<double>{1872, 1005};
    QTest::newRow("spaces") << u"draft/monthly-visitors.txt"_s << months
                            << QList<double>{1872, 1005};
}

void TestPackDraft::barsKeepTheTablesColumnOrder()
{
    QFETCH(QString, file);
    QFETCH(QStringList, titles);
    QFETCH(QList<double>, october);
    const QString path = QStringLiteral(FIGDECK_TEST_DATA "/") + file;
    const Report r = draftReport(readText(path), path);
    QStringList found;
    for (const Figure &f : r.figures) {
        QCOMPARE(toString(f.kind), u"bars"_s);
        found << f.title.text();
    }
    QCOMPARE(found, titles);
    QList<double> values;
    QStringList labels;
    for (const QString &id : r.figures.at(9).metricIds) {
        values << r.metric(id)->value;
        labels << r.metric(id)->label.text();
    }
    QCOMPARE(values, october);
    QCOMPARE(labels, (QStringList{u"North Hall"_s, u"Harbour Annex"_s}));
}

// Units named in a table's headers and row labels are the drafted metrics' units, and the row
// label without its unit is their label.
void TestPackDraft::headerUnitsReachTheMetrics_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("metrics"); // label|value|unit|period, stated ones in order
    QTest::newRow("md") << u"tables/header-units.md"_s
                        << QStringList{u"Cloud|1240000000|EUR|"_s,
                                       u"Cloud|18.5|percent|"_s,
                                       u"Cloud|2300|count|"_s,
                                       u"Devices|860000000|EUR|"_s,
                                       u"Devices|7.2|percent|"_s,
                                       u"Devices|4100|count|"_s,
                                       u"Revenue|4100000000|USD|2023"_s,
                                       u"Revenue|4600000000|USD|2024"_s,
                                       u"Output|793|TWh|2023"_s,
                                       u"Output|820|TWh|2024"_s,
                                       u"Deliveries|1250|count|2023"_s,
                                       u"Deliveries|1410|count|2024"_s,
                                       u"Hours per week (h)|37.5|h|2023"_s,
                                       u"Hours per week (h)|38.5|h|2024"_s,
                                       u"Net income|310000000|USD|2023"_s,
                                       u"Net income|355000000|USD|2024"_s,
                                       u"Free cash flow|120000000|USD|2023"_s,
                                       u"Free cash flow|95000000|USD|2024"_s};
    QTest::newRow("zh tabs")
        << u"tables/header-units-zh.tsv"_s
        << QStringList{u"营业收入|3520000000|CNY|2023"_s,  u"营业收入|4180000000|CNY|2024"_s,
                       u"汽车产量|1200000|count|2023"_s,   u"汽车产量|1350000|count|2024"_s,
                       u"研发人员|860|count|2023"_s,       u"研发人员|1020|count|2024"_s,
                       u"发电量|41250000000|kWh|2023"_s,   u"发电量|43680000000|kWh|2024"_s,
                       u"集成电路|970000000|count|2023"_s, u"集成电路|1210000000|count|2024"_s};
    // A press release's space-aligned table: "512.8" in £m is 512800000 exactly.
    QTest::newRow("press release")
        << u"tables/press-release.txt"_s
        << QStringList{u"Passenger numbers growth|12|percent|first half of 2025"_s,
                       u"Share of regional routes|38.5|percent|first half of 2025"_s,
                       u"Revenue|1200000000|GBP|"_s,
                       u"Passengers|41200000|count|H1 2024"_s,
                       u"Passengers|46100000|count|H1 2025"_s,
                       u"Revenue|512800000|GBP|H1 2024"_s,
                       u"Revenue|566000000|GBP|H1 2025"_s,
                       u"Punctuality|88.1|percent|H1 2024"_s,
                       u"Punctuality|90.4|percent|H1 2025"_s,
                       u"Trains in service|310|count|H1 2024"_s,
                       u"Trains in service|322|count|H1 2025"_s,
                       u"People employed|6400|count|"_s};
    // Sections of a space-aligned table: each row's label says its section.
    QTest::newRow("sections") << u"tables/sections.txt"_s
                              << QStringList{u"Output (Europe)|2023|TWh|H1 2024"_s,
                                             u"Output (Europe)|2011|TWh|H1 2025"_s,
                                             u"Staff (Europe)|1150|count|H1 2024"_s,
                                             u"Staff (Europe)|1230|count|H1 2025"_s,
                                             u"Output (Asia)|412|TWh|H1 2024"_s,
                                             u"Output (Asia)|530|TWh|H1 2025"_s,
                                             u"Staff (Asia)|380|count|H1 2024"_s,
                                             u"Staff (Asia)|410|count|H1 2025"_s};
}

void TestPackDraft::headerUnitsReachTheMetrics()
{
    QFETCH(QString, file);
    QFETCH(QStringList, metrics);
    const QString path = QStringLiteral(FIGDECK_TEST_DATA "/") + file;
    const Report r = draftReport(readText(path), path);
    QStringList found;
    for (const Metric &m : r.metrics) {
        if (m.origin != Origin::Stated)
            continue;
        const QString unit = m.unit.is(UnitKind::Custom) ? m.unit.symbol.text() : m.unit.fileName();
        found << QStringList{m.label.text(), numberText(m.value), unit, m.period.text()}.join(u'|');
        // A half-year's period is as the text names it ("H1 2024"), its date the half-year.
        if (m.period.text().startsWith(u'H')) {
            QVERIFY2(m.date, qPrintable(m.id));
            QCOMPARE(m.date->iso, m.period.text().mid(3) + u"-H"_s + m.period.text().mid(1, 1));
        }
    }
    QCOMPARE(found, metrics);
    QVERIFY(parseReportPack(serializeReportPack(r), u"r.json"_s).ok());
}

// Percentages are parts of one whole only when they are of one measure: a change or a rate of
// something else in the same sentence or table is never a part, nor are parts of two wholes.
void TestPackDraft::changesAndRatesAreNoParts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("figures"); // kind: values of its metrics, by hand
    QTest::newRow("zh growth and market share")
        << u"2024年，该公司营业收入同比增长34%，市场占有率达到40.9%。"_s
        << QStringList{u"tiles: 34, 40.9"_s};
    QTest::newRow("en rose and market share")
        << u"Sales rose 34% in 2024, and its market share reached 40.9%."_s
        << QStringList{u"tiles: 34, 40.9"_s};
    QTest::newRow("en year on year")
        << u"Exports grew 22% year on year; imports took 55%."_s << QStringList{u"tiles: 22, 55"_s};
    QTest::newRow("zh two margins")
        << u"公司毛利率为42%，净利率为18%。"_s << QStringList{u"tiles: 42, 18"_s};
    QTest::newRow("en a rate and a share")
        << u"The unemployment rate was 4.1%, while 62% of adults were in work."_s
        << QStringList{u"tiles: 4.1, 62"_s};
    QTest::newRow("two wholes") << u"In 2024, 60% of adults and 30% of children were vaccinated."_s
                                << QStringList{u"tiles: 60, 30"_s};
    // Parts of one whole stay shares, a change among them aside; "made up" is no change.
    QTest::newRow("parts and a change")
        << u"Acme held 40% of the market, up 3% on the year, Bolt 25% and Crane 15%."_s
        << QStringList{u"shares: 40, 25, 15, 20"_s, u"tiles: 3"_s};
    QTest::newRow("made up") << u"Women made up 55% of staff and men 45%."_s
                             << QStringList{u"shares: 55, 45"_s};
    QTest::newRow("zh parts of one whole")
        << u"2024年，城镇人口占全国的65%，农村人口占全国的35%。"_s
        << QStringList{u"shares: 65, 35"_s};
    // A table's growth column is no whole; its share column is.
    QTest::newRow("table growth column") << u"| Segment | Share (%) | Growth (%) |\n"
                                            u"|---|---|---|\n"
                                            u"| Cloud | 55 | 30 |\n"
                                            u"| Devices | 45 | 25 |\n"_s
                                         << QStringList{u"shares: 55, 45"_s, u"bars: 30, 25"_s};
}

void TestPackDraft::changesAndRatesAreNoParts()
{
    QFETCH(QString, text);
    QFETCH(QStringList, figures);
    const Report r = draftReport(text, u"changes.txt"_s);
    QStringList found;
    for (const Figure &f : r.figures) {
        QStringList values;
        for (const QString &id : f.metricIds)
            values << numberText(r.metric(id)->value);
        found << toString(f.kind) + u": "_s + values.join(u", "_s);
    }
    QCOMPARE(found, figures);
    QVERIFY(parseReportPack(serializeReportPack(r), u"r.json"_s).ok());
}

// A shares figure is of the whole its text names ("of the widget market", "占全国的"): the
// chart says "Shares of the widget market", not of "the whole the source describes", and a
// part's label does not repeat the whole ("东部地区产量占全国" is "东部地区产量"). Titles list the
// parts in the text's own language.
void TestPackDraft::sharesNameTheirWhole_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("whole");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("labels"); // the stated parts', by hand
    QTest::newRow("en of the market")
        << u"Acme held 40% of the widget market in 2024, Bolt 25% and Crane 15%."_s
        << u"the widget market"_s << u"Acme, Bolt, Crane"_s
        << QStringList{u"Acme"_s, u"Bolt"_s, u"Crane"_s};
    QTest::newRow("en of staff") << u"Women made up 55% of staff and men 45%."_s << u"staff"_s
                                 << u"Women, Men"_s << QStringList{u"Women"_s, u"Men"_s};
    QTest::newRow("en of GDP keeps its case")
        << u"In 2024, services made up 54% of GDP, industry 38% and farming 8%."_s << u"GDP"_s
        << u"Services, Industry, Farming"_s
        << QStringList{u"Services"_s, u"Industry"_s, u"Farming"_s};
    QTest::newRow("en the remaining")
        << u"Infrastructure services accounted for 41% of the total in 2025, platform services "
           u"for 27% and software for the remaining 32%."_s
        << u"the total"_s << u"Infrastructure services, Platform services, Software"_s
        << QStringList{u"Infrastructure services"_s, u"Platform services"_s, u"Software"_s};
    QTest::newRow("en no whole named")
        << u"In 2024, cloud took 55% and devices 45%."_s << u"the whole the source describes"_s
        << u"Cloud, Devices"_s << QStringList{u"Cloud"_s, u"Devices"_s};
    QTest::newRow("zh whole named by the first part")
        << u"分地区看，东部地区产量占全国的58%，中部地区占24%，西部地区占15%，东北地区占3%。"_s
        << u"全国"_s << u"东部地区产量、中部地区、西部地区、东北地区"_s
        << QStringList{u"东部地区产量"_s, u"中部地区"_s, u"西部地区"_s, u"东北地区"_s};
    QTest::newRow("zh whole named by every part")
        << u"2024年，城镇人口占全国的65%，农村人口占全国的35%。"_s << u"全国"_s
        << u"城镇人口、农村人口"_s << QStringList{u"城镇人口"_s, u"农村人口"_s};
}

void TestPackDraft::sharesNameTheirWhole()
{
    QFETCH(QString, text);
    QFETCH(QString, whole);
    QFETCH(QString, title);
    QFETCH(QStringList, labels);
    const Report r = draftReport(text, u"shares.txt"_s);
    const auto shares = std::find_if(r.figures.cbegin(), r.figures.cend(),
                                     [](const Figure &f) { return f.kind == ChartKind::Shares; });
    QVERIFY(shares != r.figures.cend());
    QVERIFY(shares->shares);
    QCOMPARE(shares->shares->whole.text(), whole);
    QCOMPARE(shares->title.text(), title);
    QStringList stated;
    for (const QString &id : shares->shares->partIds) {
        if (r.metric(id)->origin == Origin::Stated)
            stated << r.metric(id)->label.text();
    }
    QCOMPARE(stated, labels);
    QVERIFY(parseReportPack(serializeReportPack(r), u"r.json"_s).ok());
}

// The pack's title is the text's headline; a story that starts with its first paragraph (a
// wire story's dateline and lead) has none, and the file's name stands in until the user
// gives one.
void TestPackDraft::titleIsAHeadline_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("title");
    QTest::newRow("en headline") << u"Widget sales climb\n\nWidget sales reached 1.5 million."_s
                                 << u"Widget sales climb"_s;
    QTest::newRow("en question headline")
        << u"Is the widget boom over?\n\nWidget sales fell 3% in 2024."_s
        << u"Is the widget boom over?"_s;
    QTest::newRow("en lead paragraph")
        << u"LONDON, March 3 (Wire) - Widget sales fell 3% in 2024, the trade body said."_s
        << u"story"_s;
    QTest::newRow("zh headline")
        << u"前三季度新能源汽车产量增长33%\n\n2025年前三季度，产量达到1120万辆。"_s
        << u"前三季度新能源汽车产量增长33%"_s;
    QTest::newRow("zh lead sentence")
        << u"2025年前三季度，全国新能源汽车产量达到1120万辆。"_s << u"story"_s;
    // 60 characters and no full stop: as wide as 120 Latin letters, still a headline.
    QTest::newRow("zh long headline")
        << QString(u"新能源汽车"_s.repeated(12) + u"\n\n产量达到1120万辆。"_s)
        << u"新能源汽车"_s.repeated(12);
    // 100 characters with no full stop: a paragraph whose sentences end in commas, no title.
    QTest::newRow("zh paragraph without a full stop")
        << QString(u"新华社北京12月3日电，"_s.repeated(9) + u"产量达到1120万辆"_s) << u"story"_s;
}

void TestPackDraft::titleIsAHeadline()
{
    QFETCH(QString, text);
    QFETCH(QString, title);
    QCOMPARE(draftReport(text, u"story.txt"_s).title.text(), title);
}

// The rows of one table over the same years, in one unit, are the lines of one chart (a reader
// compares the regions), up to the eight a chart tells apart by colour; each line is named by
// its row.
void TestPackDraft::tableRowsAreLinesOfOneChart_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("figures"); // title: its lines' names, by hand
    const QString header =
        u"Spending by region\n\n| Region | 2024 ($bn) | 2025 ($bn) |\n|---|---|---|\n"_s;
    QTest::newRow("three regions")
        << QString(header + u"| North America | 280.1 | 335.6 |\n| Europe | 150.2 | 176.0 |\n"
                            u"| Asia Pacific | 120.4 | 152.3 |\n"_s)
        << QStringList{
               u"North America, Europe, Asia Pacific: North America, Europe, Asia Pacific"_s};
    // A row with one year is no line; the one left is a chart of its own, with no legend.
    QTest::newRow("one row over both years")
        << QString(header + u"| North America | 280.1 | 335.6 |\n| Europe | n/a | 176.0 |\n"_s)
        << QStringList{u"North America: "_s};
    // Percentages and dollars are no lines of one axis.
    QTest::newRow("two units")
        << QString(header + u"| North America | 280.1 | 335.6 |\n| Europe | 12% | 14% |\n"_s)
        << QStringList{u"North America: "_s, u"Europe: "_s};
    QString nine = header;
    for (int row = 1; row <= 9; ++row)
        nine += u"| Region %1 | %2 | %3 |\n"_s.arg(row).arg(row * 10).arg(row * 10 + 5);
    QStringList nineFigures;
    for (int row = 1; row <= 9; ++row)
        nineFigures << u"Region %1: "_s.arg(row);
    QTest::newRow("nine rows, a chart each") << nine << nineFigures;
}

void TestPackDraft::tableRowsAreLinesOfOneChart()
{
    QFETCH(QString, text);
    QFETCH(QStringList, figures);
    const Report r = draftReport(text, u"regions.md"_s);
    QStringList found;
    for (const Figure &f : r.figures) {
        if (f.kind != ChartKind::Series)
            continue;
        QStringList lines;
        for (const Series &series : f.series) {
            lines << series.label.text();
            for (const QString &id : series.metricIds)
                QVERIFY(f.metricIds.contains(id));
        }
        found << f.title.text() + u": "_s + lines.join(u", "_s);
    }
    QCOMPARE(found, figures);
    QVERIFY(parseReportPack(serializeReportPack(r), u"r.json"_s).ok());
}

// A number left without a period says why: a text that gives no date is asked for one; a
// dated text ("Published: 14 November 2025") is not, as it has one; it named a month not over
// by then ("in November"), which a number cannot be the whole of.
void TestPackDraft::unendedPeriodsSayWhy_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("caveat");
    QTest::newRow("dated, month not over")
        << u"Port trade note\n\nPublished: 14 November 2025\n\nContainer exports were $41.2 "
           u"billion in November. Imports reached $30.4 billion in October.\n"_s
        << u"The text, dated 2025-11-14, names periods that had not ended by then (line 5: "
           u"“November”): a number stated for them is no period's whole, so they are left "
           u"without a period rather than guessed. Give each number its period, or the date "
           u"the figure was for."_s;
    QTest::newRow("zh dated, month not over")
        << u"港口贸易简报\n\n发布时间：2025年11月14日\n\n11月份，集装箱出口额为412亿元。\n"_s
        << u"文本日期为2025-11-"
           u"14，其中提到的时期（第5行“11月份”）当时尚未结束：所述数字不是该时期的"
           u"完整数值，因此时期留空，不作猜测。请逐一填写时期，或数字所对应的日期。"_s;
    QTest::newRow("undated")
        << u"Port trade note\n\nContainer exports were $41.2 billion last year.\n"_s
        << u"The text names periods relative to its own date (line 3: “last year”), but gives "
           u"no date: those numbers are left without a period rather than guessed. Add the "
           u"date at the top of the text (a dateline such as “Published: 12 August 2025”) and "
           u"draft again, or give each number its period."_s;
}

void TestPackDraft::unendedPeriodsSayWhy()
{
    QFETCH(QString, text);
    QFETCH(QString, caveat);
    const Report r = draftReport(text, u"note.txt"_s);
    QCOMPARE(caveatText(r, u"relative-periods"_s), caveat);
}

// A plain-text press release with space-aligned tables: rows over years are series, a share
// column adds up to 100 (shares), a change column is bars, keys and values are tiles, and the
// double-spaced prose stays prose.
void TestPackDraft::spaceAlignedTablesDraftLikePipeTables()
{
    const QString path = QStringLiteral(FIGDECK_TEST_DATA "/tables/space-aligned.txt");
    const Report r = draftReport(readText(path), path);
    QCOMPARE(figureLines(r),
             (QStringList{u"shares|Share 2024|North=41, South=34, Islands=25"_s,
                          u"series|Output|Output=11.2, Output=12.9, Output=14.6"_s,
                          u"series|Capacity|Capacity=3.1, Capacity=3.4, Capacity=3.9"_s,
                          u"series|Revenue|Revenue=820000000, Revenue=905000000, "
                          u"Revenue=1040000000"_s,
                          u"series|Staff|Staff=1150, Staff=1230, Staff=1310"_s,
                          u"bars|Change|North change=2.1, South change=-1, Islands change=-1.1"_s,
                          u"tiles|Key figures|Turbines installed=212, Sites=9, Depots=4"_s}));
    QCOMPARE(r.title.text(),
             u"Harbour Wind reports record output (invented data for the table test)"_s);
}

// A table over two half-years ("H1 2024", "H1 2025") is a table over time, as one over years
// is: each row one series of its two dated values (before half-years had dates: tiles, and
// bars per column).
void TestPackDraft::barsAreOfOneThing_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("figures");
    QTest::newRow("press release")
        << u"tables/press-release.txt"_s
        << QStringList{u"series|Passengers|Passengers=41200000, Passengers=46100000"_s,
                       u"series|Revenue|Revenue=512800000, Revenue=566000000"_s,
                       u"series|Punctuality|Punctuality=88.1, Punctuality=90.4"_s,
                       u"series|Trains in service|Trains in service=310, Trains in service=322"_s,
                       u"tiles|Key figures|Passenger numbers growth=12, Share of regional "
                       u"routes=38.5, Revenue=1200000000, People employed=6400"_s};
    // One measure's rows in two sections are two lines of one chart; output and staff are not.
    QTest::newRow("sections")
        << u"tables/sections.txt"_s
        << QStringList{u"series|Output (Europe), Output (Asia)|Output (Europe)=2023, Output "
                       u"(Europe)=2011, Output (Asia)=412, Output (Asia)=530"_s,
                       u"series|Staff (Europe), Staff (Asia)|Staff (Europe)=1150, Staff "
                       u"(Europe)=1230, Staff (Asia)=380, Staff (Asia)=410"_s};
}

void TestPackDraft::barsAreOfOneThing()
{
    QFETCH(QString, file);
    const QString path = QStringLiteral(FIGDECK_TEST_DATA "/") + file;
    const Report r = draftReport(readText(path), path);
    QTEST(figureLines(r), "figures");
    QVERIFY(parseReportPack(serializeReportPack(r), u"r.json"_s).ok());
}

QTEST_APPLESS_MAIN(TestPackDraft)
void TestPackDraft::chineseTablesTakeTheirHeaders_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("metrics"); // id|label|measure|noun|value, stated ones in order
    QTest::addColumn<QStringList>("figures"); // id|kind|title
    // One article, its table written three ways (tests/data/tables/README.md); by hand from it.
    // The pipe table's rows are lines 7 to 9 (a Markdown title line, its rule line), the
    // others' 6 to 8.
    QTest::newRow("pipes") << u"tables/deliveries-zh.md"_s
                           << QStringList{u"line-7-col-1|甲汽车|交付量|辆|128400"_s,
                                          u"line-7-col-2|甲汽车增长|同比增长||12.5"_s,
                                          u"line-8-col-1|乙汽车|交付量|辆|96300"_s,
                                          u"line-8-col-2|乙汽车增长|同比增长||8.1"_s,
                                          u"line-9-col-1|丙汽车|交付量|辆|45200"_s,
                                          u"line-9-col-2|丙汽车增长|同比增长||-3.4"_s}
                           << QStringList{u"bars|bars|交付量（辆）"_s, u"bars-2|bars|同比增长"_s};
    const QStringList lines6to8{
        u"line-6-col-1|甲汽车|交付量|辆|128400"_s, u"line-6-col-2|甲汽车增长|同比增长||12.5"_s,
        u"line-7-col-1|乙汽车|交付量|辆|96300"_s,  u"line-7-col-2|乙汽车增长|同比增长||8.1"_s,
        u"line-8-col-1|丙汽车|交付量|辆|45200"_s,  u"line-8-col-2|丙汽车增长|同比增长||-3.4"_s};
    const QStringList figures{u"bars|bars|交付量（辆）"_s, u"bars-2|bars|同比增长"_s};
    QTest::newRow("spaces") << u"tables/deliveries-zh-spaces.txt"_s << lines6to8 << figures;
    // Full-width bars between the cells, full-width digits, grouping commas and minus.
    QTest::newRow("full-width") << u"tables/deliveries-zh-fullwidth.txt"_s << lines6to8 << figures;
    // A header of years ("2023年"): the column names a period and no measure; the rows' brackets
    // name what a count counts ("汽车产量（万辆）": 辆), else the row's label does.
    QTest::newRow("years, tabs") << u"tables/header-units-zh.tsv"_s
                                 << QStringList{u"line-4-col-1|营业收入|||3520000000"_s,
                                                u"line-4-col-2|营业收入|||4180000000"_s,
                                                u"line-5-col-1|汽车产量||辆|1200000"_s,
                                                u"line-5-col-2|汽车产量||辆|1350000"_s,
                                                u"line-6-col-1|研发人员||研发人员|860"_s,
                                                u"line-6-col-2|研发人员||研发人员|1020"_s,
                                                u"line-7-col-1|发电量|||41250000000"_s,
                                                u"line-7-col-2|发电量|||43680000000"_s,
                                                u"line-8-col-1|集成电路||块|970000000"_s,
                                                u"line-8-col-2|集成电路||块|1210000000"_s}
                                 << QStringList{u"series-line-4|series|营业收入"_s,
                                                u"series-line-5|series|汽车产量"_s,
                                                u"series-line-6|series|研发人员"_s,
                                                u"series-line-7|series|发电量"_s,
                                                u"series-line-8|series|集成电路"_s};
}

// A Chinese table's numbers are labelled by its row and column headers, whichever way the
// table is written, and have ids a user can read: the format keeps ids to ASCII, so a label
// without Latin letters gives the number's place (never "number", "number-2").
void TestPackDraft::chineseTablesTakeTheirHeaders()
{
    QFETCH(QString, file);
    QFETCH(QStringList, metrics);
    QFETCH(QStringList, figures);
    const QString path = QStringLiteral(FIGDECK_TEST_DATA "/") + file;
    const Report r = draftReport(readText(path), path);
    QCOMPARE(r.language, u"zh-Hans"_s);
    QStringList found;
    for (const Metric &m : r.metrics) {
        if (m.origin == Origin::Stated)
            found << QStringList{m.id, m.label.text(), m.measure.text(), m.noun.text(),
                                 numberText(m.value)}
                         .join(u'|');
    }
    QCOMPARE(found, metrics);
    QStringList foundFigures;
    for (const Figure &f : r.figures)
        foundFigures << f.id + u'|' + toString(f.kind) + u'|' + f.title.text();
    QCOMPARE(foundFigures, figures);
    QVERIFY(parseReportPack(serializeReportPack(r), u"r.json"_s).ok());
}

void TestPackDraft::relativeHalvesTakeTheDateline_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("sourceDate");
    QTest::addColumn<QStringList>("metrics"); // period|date|quote, stated ones in order
    QTest::addColumn<QString>("caveat");      // the "relative-periods" caveat, empty for none
    const QString gdp = u"今年上半年，全市地区生产总值为4120亿元，同比增长5.3%。"_s;
    const QString jobs = u"去年下半年，全市新增就业岗位2.6万个。"_s;
    QTest::newRow("dateline")
        << u"periods/relative-halves-zh.txt"_s << u"2025-08-12"_s
        << QStringList{u"2025年上半年|2025-H1|"_s + gdp, u"2025年上半年|2025-H1|"_s + gdp,
                       u"2024年下半年|2024-H2|"_s + jobs,
                       u"2026年上半年|2026-H1|预计明年上半年，全市新能源汽车产量将达到18万辆。"_s}
        << QString();
    QTest::newRow("no dateline")
        << u"periods/relative-halves-undated.txt"_s << QString()
        << QStringList{u"||"_s + gdp, u"||"_s + gdp, u"||"_s + jobs}
        << u"文本以其自身的日期说明时期（第3行“今年上半年”；第4行“去年下半年”），但没有给出这个"
           u"日期：这些数字的时期留空，不作猜测。请在文本开头补上日期（如“发布时间：2025年8月12日”"
           u"）"
           u"后重新起草，或逐一填写时期。"_s;
}

// "今年上半年" in a draft: under a dateline, the half of its year (the quote as written, the
// dateline the source's date); without one, no period, and a caveat that says which words on
// which lines were left without one.
void TestPackDraft::relativeHalvesTakeTheDateline()
{
    QFETCH(QString, file);
    QFETCH(QString, sourceDate);
    QFETCH(QStringList, metrics);
    QFETCH(QString, caveat);
    const QString path = QStringLiteral(FIGDECK_TEST_DATA "/") + file;
    const Report r = draftReport(readText(path), path);
    QCOMPARE(r.sources.constFirst().date, sourceDate);
    QCOMPARE(periodsAndQuotes(r), metrics);
    QCOMPARE(caveatText(r, u"relative-periods"_s), caveat);
    QVERIFY(parseReportPack(serializeReportPack(r), u"r.json"_s).ok());
}

void TestPackDraft::eachNumberTakesItsOwnPeriod_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("metrics"); // label|period|date, stated ones in order
    QTest::addColumn<QStringList>("figures"); // kind|its metrics' ids
    QTest::newRow("quarters")
        << u"Revenue was $1.2 billion in Q1 2025, $1.4 billion in Q2 2025 and $1.5 billion in "
           u"Q4 2025."_s
        << QStringList{u"Revenue|2025-Q1|2025-Q1"_s, u"Revenue|2025-Q2|2025-Q2"_s,
                       u"Revenue|2025-Q4|2025-Q4"_s}
        << QStringList{u"series|revenue,revenue-2,revenue-3"_s};
    QTest::newRow("halves")
        << u"Output was 38 TWh in H1 2024, 41 TWh in H2 2024 and 45 TWh in H1 2025."_s
        << QStringList{u"Output|H1 2024|2024-H1"_s, u"Output|H2 2024|2024-H2"_s,
                       u"Output|H1 2025|2025-H1"_s}
        << QStringList{u"series|output,output-2,output-3"_s};
    QTest::newRow("quarters before")
        << u"In Q1 2025 revenue was $1.2 billion and in Q2 2025 it was $1.4 billion."_s
        << QStringList{u"Revenue|2025-Q1|2025-Q1"_s, u"Revenue|2025-Q2|2025-Q2"_s}
        << QStringList{u"series|revenue,revenue-2"_s};
    QTest::newRow("zh quarters")
        << u"2024年一季度，公司营业收入为12亿元，二季度为14亿元，四季度为15亿元。"_s
        << QStringList{u"公司营业收入|2024-Q1|2024-Q1"_s, u"公司营业收入|2024-Q2|2024-Q2"_s,
                       u"公司营业收入|2024-Q4|2024-Q4"_s}
        << QStringList{u"series|line-1,line-1-2,line-1-3"_s};
    QTest::newRow("zh halves") << u"2024年上半年，销量为30万辆，下半年为35万辆。"_s
                               << QStringList{u"销量|2024年上半年|2024-H1"_s,
                                              u"销量|2024年下半年|2024-H2"_s}
                               << QStringList{u"series|line-1,line-1-2"_s};
}

// A sentence that lists one measure over several periods ("$1.2 billion in Q1 2025, $1.4
// billion in Q2 2025 and $1.5 billion in Q4 2025") drafts, as the draft dialog drafts it, one
// metric per number with the period after it, labelled by the measure (never by the period of
// the number before), and one series of them all.
void TestPackDraft::eachNumberTakesItsOwnPeriod()
{
    QFETCH(QString, text);
    const Report r = draftReport(text, u"article.txt"_s, draftableNumbers(text));
    QStringList metrics;
    for (const Metric &m : r.metrics) {
        if (m.origin == Origin::Stated)
            metrics << m.label.text() + u'|' + m.period.text() + u'|' +
                           (m.date ? m.date->iso : QString());
    }
    QTEST(metrics, "metrics");
    QStringList figures;
    for (const Figure &f : r.figures)
        figures << toString(f.kind) + u'|' + f.metricIds.join(u',');
    QTEST(figures, "figures");
    QVERIFY(parseReportPack(serializeReportPack(r), u"r.json"_s).ok());
}

void TestPackDraft::quartersTakeTheirYear_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("metrics"); // period|date|quote, stated ones in order
    QTest::addColumn<QString>("caveat");      // the "relative-periods" caveat, empty for none
    const QString q1 = u"2025年第一季度，全市地区生产总值为1980亿元。"_s;
    const QString q2 = u"二季度，全市地区生产总值为2140亿元，同比增长5.1%。"_s;
    const QString q3 = u"2024年三季度，全市工业增加值为610亿元；"_s;
    const QString q4 = u"2024年Q4为655亿元。"_s;
    const QString jobs = u"今年一季度，全市新增就业岗位1.2万个，去年第四季度为0.9万个。"_s;
    QTest::newRow("zh, dateline") << u"periods/quarters-zh.txt"_s
                                  << QStringList{u"2025-Q1|2025-Q1|"_s + q1,
                                                 u"2025-Q2|2025-Q2|"_s + q2,
                                                 u"2025-Q2|2025-Q2|"_s + q2,
                                                 u"2024-Q3|2024-Q3|"_s + q3,
                                                 u"2024-Q4|2024-Q4|"_s + q4,
                                                 u"2025-Q1|2025-Q1|"_s + jobs,
                                                 u"2024-Q4|2024-Q4|"_s + jobs}
                                  << QString();
    QTest::newRow("zh, no dateline")
        << u"periods/quarters-undated-zh.txt"_s << QStringList{u"||"_s + jobs, u"||"_s + jobs}
        << u"文本以其自身的日期说明时期（第3行“今年一季度”；第3行“去年第四季度”），但没有给出这个"
           u"日期：这些数字的时期留空，不作猜测。请在文本开头补上日期（如“发布时间：2025年8月12日”"
           u"）后重新起草，或逐一填写时期。"_s;
    const QString revenue = u"Revenue was $1.2 billion in Q1 2025, $1.4 billion in Q2 2025 and "
                            u"$1.5 billion in Q4 2025."_s;
    const QString parcels = u"The company handled 3.1 million parcels in Q4 of last year and 2.9 "
                            u"million in the third quarter of last year."_s;
    QTest::newRow("en, dateline")
        << u"periods/quarters-en.txt"_s
        << QStringList{u"2025-Q1|2025-Q1|"_s + revenue,
                       u"2025-Q2|2025-Q2|"_s + revenue,
                       u"2025-Q4|2025-Q4|"_s + revenue,
                       u"2025-Q4|2025-Q4|"_s + parcels,
                       u"2025-Q3|2025-Q3|"_s + parcels,
                       u"2024-Q4|2024-Q4|Profit reached $210 million in the fourth quarter of "
                       u"2024."_s,
                       u"2026-Q1|2026-Q1|In Q1 this year, revenue was $1.3 billion."_s}
        << QString();
}

// An article's quarters, drafted as the draft dialog drafts them: each number's period is
// "YYYY-Qn" of the year the text gives it (with the quarter, before it, in the sentence before,
// or the dateline's for "今年一季度"), its quote the sentence as written; with no dateline a
// relative quarter has no period, and the caveat says which words on which lines.
void TestPackDraft::quartersTakeTheirYear()
{
    QFETCH(QString, file);
    QFETCH(QStringList, metrics);
    QFETCH(QString, caveat);
    const QString path = QStringLiteral(FIGDECK_TEST_DATA "/") + file;
    const QString text = readText(path);
    const Report r = draftReport(text, path, draftableNumbers(text));
    QCOMPARE(periodsAndQuotes(r), metrics);
    QCOMPARE(caveatText(r, u"relative-periods"_s), caveat);
    QVERIFY(parseReportPack(serializeReportPack(r), u"r.json"_s).ok());
}

void TestPackDraft::relativeYearsTakeTheDateline_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("metrics"); // period|date|quote, stated ones in order
    QTest::addColumn<QStringList>("series");  // the series' metrics' periods, in order
    QTest::addColumn<QString>("caveat");      // the "relative-periods" caveat, empty for none
    // 发布时间：2025年8月12日
    const QString y2023 = u"前年全市营收为98亿元。"_s;
    const QString y2024 = u"去年全市营收为120亿元，同比增长8%。"_s;
    const QString jobs = u"今年上半年，全市新增就业岗位2.1万个，比去年同期增长6%。"_s;
    QTest::newRow("zh, dateline") << u"periods/relative-years-zh.txt"_s
                                  << QStringList{u"2023|2023|"_s + y2023,
                                                 u"2024|2024|"_s + y2024,
                                                 u"2024|2024|"_s + y2024,
                                                 u"2025|2025|今年，全市计划新增门店300家。"_s,
                                                 u"2026|2026|预计明年全市营收将达到150亿元。"_s,
                                                 u"2025年上半年|2025-H1|"_s + jobs,
                                                 u"2025年上半年|2025-H1|"_s + jobs}
                                  << QStringList{u"2023"_s, u"2024"_s, u"2026"_s} << QString();
    const QString both = u"据了解，该公司去年营收为120亿元，今年计划新增门店300家。"_s;
    QTest::newRow("zh, no dateline")
        << u"periods/relative-years-undated-zh.txt"_s << QStringList{u"||"_s + both, u"||"_s + both}
        << QStringList()
        << u"文本以其自身的日期说明时期（第3行“去年”；第3行“今年”），但没有给出这个日期：这些数字"
           u"的时期留空，不作猜测。请在文本开头补上日期（如“发布时间：2025年8月12日”）后重新起草，"
           u"或逐一填写时期。"_s;
    // Published: 3 March 2026
    QTest::newRow("en, dateline")
        << u"periods/relative-years-en.txt"_s
        << QStringList{u"2025|2025|Revenue last year was $3 billion."_s,
                       u"2024|2024|The operator carried 41 million passengers in 2024."_s,
                       u"2026|2026|This year the operator plans to hire 1,200 crew."_s,
                       u"2027|2027|The company expects revenue of $3.4 billion next year."_s,
                       u"||Fuel costs rose 6% compared with last year."_s}
        << QStringList{u"2025"_s, u"2027"_s} << QString();
    const QString revenue = u"Revenue last year was $3 billion, and next year the company "
                            u"expects $3.4 billion."_s;
    QTest::newRow("en, no dateline")
        << u"periods/relative-years-undated-en.txt"_s
        << QStringList{u"||"_s + revenue, u"||"_s + revenue,
                       u"||In the second half of last year, fuel costs were $210 million."_s}
        << QStringList()
        << u"The text names periods relative to its own date (line 3: “last year”; line 3: “next "
           u"year”; line 4: “second half of last year”), but gives no date: those numbers are "
           u"left without a period rather than guessed. Add the date at the top of the text (a "
           u"dateline such as “Published: 12 August 2025”) and draft again, or give each number "
           u"its period."_s;
    // A headline's 前10个月 and a sentence opened by 今年1-10月, with no dateline: no period for
    // either, nor for the clause after "；" that takes the sentence's, and the caveat.
    const QString undated = u"今年1-10月，全国一般公共预算收入约18.2万亿元；"_s;
    QTest::newRow("zh first months, no dateline")
        << u"periods/fiscal-undated-zh.txt"_s
        << QStringList{u"||前10个月全国财政收入约18.2万亿元（虚构数据，供测试使用）"_s,
                       u"||"_s + undated, u"||其中，税收收入约14.9万亿元。"_s}
        << QStringList()
        << u"文本以其自身的日期说明时期（第1行“前10个月”；第3行“今年1-10月”），但没有给出这个日期："
           u"这些数字的时期留空，不作猜测。请在文本开头补上日期（如“发布时间：2025年8月12日”）后重"
           u"新"
           u"起草，或逐一填写时期。"_s;
}

// "去年营收为120亿元", "Revenue last year was $3 billion", "今年", "next year": as the draft
// dialog drafts them, under a dateline the year it is of (the quote as written), and one
// measure over such years a series; with none, no period and the caveat naming the words and
// their lines, as for relative halves and quarters.
void TestPackDraft::relativeYearsTakeTheDateline()
{
    QFETCH(QString, file);
    QFETCH(QStringList, metrics);
    QFETCH(QStringList, series);
    QFETCH(QString, caveat);
    const Report r = draftedAsTheDialogDrafts(file);
    QCOMPARE(periodsAndQuotes(r), metrics);
    QCOMPARE(seriesPeriods(r).join(u", "_s), series.join(u", "_s));
    QCOMPARE(caveatText(r, u"relative-periods"_s), caveat);
    QVERIFY(parseReportPack(serializeReportPack(r), u"r.json"_s).ok());
}

void TestPackDraft::relativePeriodsAreNoLabels_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("metrics"); // label|period, stated ones in order
    const QString en = u"Published: 12 August 2025\n"_s;
    const QString zh = u"发布时间：2025年8月12日\n"_s;
    QTest::newRow("en, the second half of last year")
        << en + u"Revenue in the second half of last year was $1.1 billion."_s
        << QStringList{u"Revenue|second half of 2024"_s};
    QTest::newRow("en, last year after the measure")
        << en + u"Revenue last year was $3 billion."_s << QStringList{u"Revenue|2024"_s};
    QTest::newRow("en, last year's")
        << en + u"Last year's revenue was $3 billion."_s << QStringList{u"Revenue|2024"_s};
    QTest::newRow("en, for next year") << en + u"Spending for next year is set at $3.4 billion."_s
                                       << QStringList{u"Spending|2026"_s};
    QTest::newRow("en, a list of quarters of last year")
        << en + u"The company handled 3.1 million parcels in Q4 of last year and 2.9 million in "
                u"the third quarter of last year."_s
        << QStringList{u"Parcels handled|2024-Q4"_s, u"Parcels|2024-Q3"_s};
    // Compared with: the words say what the number is.
    QTest::newRow("en, growth since last year")
        << en + u"Growth since last year was 5%."_s << QStringList{u"Growth since last year|"_s};
    QTest::newRow("zh, 去年") << zh + u"该公司去年营收为120亿元。"_s << QStringList{u"营收|2024"_s};
    QTest::newRow("zh, 明年全年") << zh + u"预计明年全年全市营收将达到150亿元。"_s
                                  << QStringList{u"全市营收|2026"_s};
    QTest::newRow("zh, 今年上半年 inside the label")
        << zh + u"全市今年上半年地区生产总值为4120亿元。"_s
        << QStringList{u"全市地区生产总值|2025年上半年"_s};
    // No dateline: no period, and no relative words in the label either (the caveat and the
    // dialog name them).
    QTest::newRow("en, no dateline")
        << u"Revenue in the second half of last year was $1.1 billion."_s
        << QStringList{u"Revenue|"_s};
    QTest::newRow("zh, no dateline") << u"该公司去年营收为120亿元。"_s << QStringList{u"营收|"_s};
}

// A label drafted from a sentence that names its period relative to the text's date is the
// measure, not "Second half of last year" or "去年营收": the period says when (the dateline's
// year), and the quote stays as written.
void TestPackDraft::relativePeriodsAreNoLabels()
{
    QFETCH(QString, text);
    QFETCH(QStringList, metrics);
    const Report r = draftReport(text, u"article.txt"_s, draftableNumbers(text));
    QStringList found;
    for (const Metric &m : r.metrics) {
        if (m.origin != Origin::Stated)
            continue;
        found << m.label.text() + u'|' + m.period.text();
        QVERIFY2(text.contains(m.quote), qPrintable(m.quote));
    }
    QCOMPARE(found, metrics);
    QVERIFY(parseReportPack(serializeReportPack(r), u"r.json"_s).ok());
}

void TestPackDraft::partsOfYearsAreNoYears_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("metrics"); // period|date|quote, stated ones in order
    QTest::addColumn<QStringList>("series");  // each series' periods, comma-separated, in order
    // A ministry bulletin, 发布时间：2025年9月15日.
    const QString y2025 = u"今年1—8月，全省社会消费品零售总额为8650亿元，同比增长4.2%。"_s;
    const QString firms = u"2024年全年，全省新增市场主体8.2万户，其中前两个月为1.1万户。"_s;
    QTest::newRow("zh bulletin")
        << u"periods/partial-years-zh.txt"_s
        << QStringList{u"2025年1—8月|2025-01/08|"_s + y2025,
                       u"2025年1—8月|2025-01/08|"_s + y2025,
                       u"2024年1—8月|2024-01/08|2024年1—8月，全省社会消费品零售总额为8300亿元。"_s,
                       u"2023年1—8月|2023-01/08|2023年1至8月，全省社会消费品零售总额为7900亿元。"_s,
                       u"2024|2024|2024年，全省社会消费品零售总额为12800亿元。"_s,
                       u"2025年1—9月|2025-01/09|今年前三季度，全省外贸进出口总额为3200亿元。"_s,
                       u"2024|2024|"_s + firms,
                       u"2024年1—2月|2024-01/02|"_s + firms,
                       u"2025年以来||今年以来，全省累计新增就业岗位9.8万个。"_s}
        << QStringList{u"2023年1—8月, 2024年1—8月, 2025年1—8月"_s};
    // A news wire, Published: 12 September 2025.
    QTest::newRow("en wire")
        << u"periods/partial-years-en.txt"_s
        << QStringList{u"Jan–Aug 2025|2025-01/08|Container throughput was 6.4 million TEU in "
                       u"January-August 2025, up 7% year on year."_s,
                       u"Jan–Aug 2025|2025-01/08|Container throughput was 6.4 million TEU in "
                       u"January-August 2025, up 7% year on year."_s,
                       u"Jan–Aug 2024|2024-01/08|Container throughput was 6.0 million TEU in "
                       u"January to August 2024."_s,
                       u"Jan–Aug 2023|2023-01/08|Container throughput was 5.7 million TEU in the "
                       u"first eight months of 2023."_s,
                       u"2024|2024|Container throughput was 9.1 million TEU in 2024."_s,
                       u"2025 to date||Cruise calls so far this year reached 310."_s}
        << QStringList{u"Jan–Aug 2023, Jan–Aug 2024, Jan–Aug 2025"_s};
    // A company results note, Published: 28 October 2025: a half-year is no year either.
    QTest::newRow("en results")
        << u"periods/partial-years-results.txt"_s
        << QStringList{u"Jan–Sep 2025|2025-01/09|Revenue was $1.9 billion in the first three "
                       u"quarters of 2025."_s,
                       u"Jan–Sep 2024|2024-01/09|Revenue was $1.6 billion in the first three "
                       u"quarters of 2024."_s,
                       u"H1 2025|2025-H1|Revenue was $1.1 billion in H1 2025."_s,
                       u"2024|2024|Revenue was $2.3 billion in 2024."_s,
                       u"2023|2023|Revenue was $2.0 billion in 2023."_s,
                       u"2025 to date||Orders year to date total 4,200 units."_s}
        << QStringList{u"Jan–Sep 2024, Jan–Sep 2025"_s, u"2023, 2024"_s};
    // A finance-ministry bulletin, 发布时间：2025年11月17日: the headline's 前10个月 is of the
    // dateline's year, the clauses after "；" take the period that opens their sentence, a clause
    // with its own month ("10月份", "上年同期") takes none, 3-8月 is months of a year of their own
    // (2025-03/08), and 7—9月 is the third quarter.
    const QString opening = u"1-10月，全国一般公共预算收入约18.2万亿元，同比增长0.8%；"_s;
    const QString tax = u"其中，税收收入约14.9万亿元，同比增长1.7%；"_s;
    const QString nonTax = u"非税收入约3.3万亿元，同比下降3.1%。"_s;
    const QString zhJanOct = u"2025年1—10月|2025-01/10|"_s;
    QTest::newRow("zh fiscal bulletin")
        << u"periods/fiscal-bulletin-zh.txt"_s
        << QStringList{zhJanOct +
                           u"前10个月全国一般公共预算收入约18.2万亿元（虚构数据，供测试使用）"_s,
                       zhJanOct + opening,
                       zhJanOct + opening,
                       zhJanOct + tax,
                       zhJanOct + tax,
                       zhJanOct + nonTax,
                       zhJanOct + nonTax,
                       u"||分中央和地方看，中央一般公共预算收入约8.1万亿元。"_s,
                       u"2025-Q3|2025-Q3|7—9月，全国一般公共预算收入约5.1万亿元。"_s,
                       u"2025年3—8月|2025-03/08|3-8月，全国进口关税收入约1200亿元。"_s,
                       u"2024年1—10月|2024-01/10|2024年1-10月，全国一般公共预算收入约18.1万亿元；"_s,
                       u"2024年10月|2024-10|其中，10月份收入约1.6万亿元；"_s,
                       u"||上年同期为1.5万亿元。"_s}
        << QStringList{u"2024年1—10月, 2025年1—10月"_s};
    // The same on a news wire, Published: 17 November 2025.
    const QString wire = u"In January-October, fiscal revenue was 18.2 trillion yuan, up 0.8%; of "
                         u"this, tax revenue was 14.9 trillion yuan, up 1.7%; non-tax revenue was "
                         u"3.3 trillion yuan."_s;
    const QString october = u"In January-October 2024, revenue was 18.1 trillion yuan; in October "
                            u"alone, revenue was 1.6 trillion yuan."_s;
    const QString enJanOct = u"Jan–Oct 2025|2025-01/10|"_s;
    QTest::newRow("en fiscal wire")
        << u"periods/fiscal-wire-en.txt"_s
        << QStringList{enJanOct + u"Revenue reached 18.2 trillion yuan in the first ten months "
                                  u"(test data, invented numbers)"_s,
                       enJanOct + wire,
                       enJanOct + wire,
                       enJanOct + wire,
                       enJanOct + wire,
                       enJanOct + wire,
                       u"||Central government revenue was 8.1 trillion yuan."_s,
                       u"2025-Q3|2025-Q3|From July to September, revenue was 5.1 trillion yuan."_s,
                       u"Mar–Aug 2025|2025-03/08|From March to August, import duties were 120 "
                       u"billion yuan."_s,
                       u"Jan–Oct 2024|2024-01/10|"_s + october,
                       u"Oct 2024|2024-10|"_s + october}
        << QStringList{u"Jan–Oct 2024, Jan–Oct 2025"_s};
    // An exporters' note, Published: 14 September 2025: the same months over two years are one
    // series, the whole year and a quarter none.
    QTest::newRow("en month spans")
        << u"periods/month-spans-en.txt"_s
        << QStringList{u"Mar–Aug 2025|2025-03/08|From March to August 2025, exports were 48.5 "
                       u"billion euros."_s,
                       u"Mar–Aug 2024|2024-03/08|From March to August 2024, exports were 45.1 "
                       u"billion euros."_s,
                       u"2024|2024|In 2024, exports were 96.2 billion euros."_s,
                       u"2024-Q3|2024-Q3|From July to September 2024, exports were 25.3 billion "
                       u"euros."_s}
        << QStringList{u"Mar–Aug 2024, Mar–Aug 2025"_s};
    // A provincial note, 发布时间：2025年9月15日: "2025年3-8月全省工业增加值" is of months, and the
    // months are no words of the label, so the two years' are one series.
    QTest::newRow("zh month spans")
        << u"periods/month-spans-zh.txt"_s
        << QStringList{u"2025年3—8月|2025-03/08|2025年3-8月全省工业增加值增长5.2%。"_s,
                       u"2024年3—8月|2024-03/08|2024年3至8月全省工业增加值增长4.8%。"_s,
                       u"2025-Q3|2025-Q3|今年7-9月全省出口额为1200亿元。"_s}
        << QStringList{u"2024年3—8月, 2025年3—8月"_s};
}

// "1-8月", "the first three quarters", "so far this year": as the draft dialog drafts them,
// each number keeps the part of the year it is of as its period ("Jan–Aug 2025", of the
// dateline's year for "今年1—8月"), and a series holds one kind of period: the same months over
// years, or whole years, or halves, never a part of a year beside a whole one. A year to date
// has no date, so it is in no series.
void TestPackDraft::partsOfYearsAreNoYears()
{
    QFETCH(QString, file);
    QFETCH(QStringList, metrics);
    QFETCH(QStringList, series);
    const Report r = draftedAsTheDialogDrafts(file);
    QCOMPARE(periodsAndQuotes(r), metrics);
    QCOMPARE(seriesPeriods(r), series);
    // The pack's dates read back as they were written ("2025-01/08").
    const LoadResult back = parseReportPack(serializeReportPack(r), u"r.json"_s);
    QVERIFY(back.ok());
    QCOMPARE(back.report->metrics, r.metrics);
}

// Monthly values ("8月份…，9月份…", "in August, … in September and … in October") are each of
// its month ("YYYY-MM", of the dateline's year once the month has ended), drafted as one series
// in date order whatever order the text names them in, with the month no word of its label; a
// quarter or a year of the same measure is in no series with them (a series holds one kind of
// period). A time at a month's end ("截至10月末", "As of October", "By the end of October") is
// no month: no period. A month not over by the dateline ("12月份", "December") gets none, and
// the relative-periods caveat names it.
void TestPackDraft::monthsMakeOneSeries_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("metrics"); // period|date|quote, stated ones in order
    QTest::addColumn<QStringList>("series");  // each series' periods, comma-separated, in order
    QTest::addColumn<QString>("label");       // the series' metrics' label
    QTest::addColumn<QString>("projected");   // the series' projected metric's label
    // A provincial trade note, 发布时间：2025年11月17日.
    const QString october = u"2025年10月，全省出口额为452亿元，同比增长6.1%。"_s;
    QTest::newRow("zh trade note")
        << u"periods/months-zh.txt"_s
        << QStringList{u"2025年10月|2025-10|"_s + october,
                       u"2025年10月|2025-10|"_s + october,
                       u"2025年8月|2025-08|8月份，全省出口额为418亿元；"_s,
                       u"2025年9月|2025-09|9月份，全省出口额为431亿元。"_s,
                       u"2025-Q3|2025-Q3|2025年第三季度，全省出口额为1270亿元。"_s,
                       u"2025年10月|2025-10|上月，全省进口额为305亿元。"_s,
                       u"||截至10月末，全省外贸企业达到1.26万家。"_s,
                       u"||10月底，全省跨境电商主体为3200家。"_s,
                       u"2025年12月|2025-12|预计12月份全省出口额为470亿元。"_s,
                       u"2024|2024|2024年，全省出口额为4650亿元。"_s}
        << QStringList{u"2025年8月, 2025年9月, 2025年10月, 2025年12月"_s} << u"全省出口额"_s
        << u"全省出口额"_s;
    // A news wire, Published: 14 November 2025.
    const QString wire = u"SEAHAVEN (Wire) - Container exports were $41.2 billion in August, "
                         u"$43.5 billion in September and $45.1 billion in October, the port "
                         u"authority said."_s;
    QTest::newRow("en wire")
        << u"periods/months-en.txt"_s
        << QStringList{u"Aug 2025|2025-08|"_s + wire,
                       u"Sep 2025|2025-09|"_s + wire,
                       u"Oct 2025|2025-10|"_s + wire,
                       u"2025-Q3|2025-Q3|Container exports were $128.0 billion in the third "
                       u"quarter of 2025."_s,
                       u"Oct 2025|2025-10|October's imports reached $30.4 billion."_s,
                       u"Oct 2025|2025-10|Transit cargo was 2.7 million tonnes last month."_s,
                       u"||As of October, the port had 212 berths in service."_s,
                       u"||By the end of October, 18,400 workers were registered at the port."_s,
                       u"Dec 2025|2025-12|Container exports are expected to reach $47 billion in "
                       u"December."_s,
                       u"2024|2024|Container exports were $470 billion in 2024."_s}
        << QStringList{u"Aug 2025, Sep 2025, Oct 2025, Dec 2025"_s} << u"Container exports"_s
        << u"Container exports"_s;
}

void TestPackDraft::monthsMakeOneSeries()
{
    QFETCH(QString, file);
    QFETCH(QStringList, metrics);
    QFETCH(QStringList, series);
    QFETCH(QString, label);
    QFETCH(QString, projected);
    const Report r = draftedAsTheDialogDrafts(file);
    QCOMPARE(periodsAndQuotes(r), metrics);
    QCOMPARE(seriesPeriods(r), series);
    for (const Figure &f : r.figures) {
        if (f.kind != ChartKind::Series)
            continue;
        for (const QString &id : f.metricIds)
            QCOMPARE(r.metric(id)->label.text(), label);
        // The projected month ("预计12月份" in November: this December) is in the series, and
        // its figure says it is a projection.
        QStringList caveats;
        for (const Caveat &c : f.caveats) {
            if (c.id.endsWith(u"-projected"_s))
                caveats << c.text.text();
        }
        QCOMPARE(caveats.size(), 1);
        QVERIFY2(caveats.constFirst().contains(projected), qPrintable(caveats.constFirst()));
    }
    // Every month is dated by the dateline: none is left for the relative-periods caveat.
    QCOMPARE(caveatText(r, u"relative-periods"_s), QString());
    // The months' dates read back as they were written ("2025-10").
    const LoadResult back = parseReportPack(serializeReportPack(r), u"r.json"_s);
    QVERIFY(back.ok());
    QCOMPARE(back.report->metrics, r.metrics);
}

void TestPackDraft::rangesAreOneMetric_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("rangeWords");
    QTest::addColumn<QString>("passedWords");
    QTest::newRow("en") << u"wind-ranges.txt"_s << u"between 4 and 6 GW"_s
                        << u"passed 30 gigawatts"_s;
    QTest::newRow("zh") << u"wind-ranges-zh.txt"_s << u"4至6吉瓦"_s << u"超过30吉瓦"_s;
}

// "between 4 and 6 GW of additions in 2025" is one projected metric of 4 to 6 GW, never a
// 4 and a 6; "passed 30 gigawatts" is more than 30 GW.
void TestPackDraft::rangesAreOneMetric()
{
    QFETCH(QString, path);
    QFETCH(QString, rangeWords);
    QFETCH(QString, passedWords);
    const QString file = QStringLiteral(FIGDECK_TEST_DATA "/draft/") + path;
    const Report r = draftReport(readText(file), file);
    const Metric *range = nullptr;
    const Metric *passed = nullptr;
    for (const Metric &m : r.metrics) {
        if (m.quote.contains(rangeWords)) {
            QVERIFY2(!range, "one metric for the range's sentence");
            range = &m;
        }
        if (m.quote.contains(passedWords))
            passed = &m;
    }
    QVERIFY(range);
    QCOMPARE(range->value, 4.0);
    QVERIFY(range->isRange());
    QCOMPARE(*range->high, 6.0);
    QCOMPARE(range->unit.symbol.text(), u"GW"_s);
    QVERIFY(range->isProjected());
    QCOMPARE(range->date->iso, u"2025"_s);
    QVERIFY(passed);
    QCOMPARE(passed->value, 30.0);
    QCOMPARE(passed->unit.symbol.text(), u"GW"_s);
    QVERIFY(passed->qualifier == Qualifier::MoreThan);
}

// Wire stories (tests/data/periods/wire-*.txt) drafted as the draft dialog drafts them: each
// stated metric's label, period and status, written by hand. The dateline's words are no label
// ("-- Fiscal revenue"), an abbreviated month ends no sentence ("Oct. 2025"), "last October" is
// a period and no label, and "Of this," / "其中，" go on with the sentence before's period.
void TestPackDraft::wireStoriesDraftTheirOwnWords_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("metrics"); // label|period|status, stated ones in order
    QTest::addColumn<QString>("date");        // the source's, from the dateline
    QTest::newRow("fiscal, Beijing, Nov. 20, 2025")
        << u"periods/wire-abbreviations-en.txt"_s
        << QStringList{u"Fiscal revenue|Jan–Oct 2025|observed"_s,
                       u"Fiscal revenue growth|Jan–Oct 2025|observed"_s,
                       u"Tax revenue|Jan–Oct 2025|observed"_s,
                       u"Tax revenue growth|Jan–Oct 2025|observed"_s,
                       u"Exports growth|Oct 2025|observed"_s,
                       u"Exports|Oct 2024|observed"_s}
        << u"2025-11-20"_s;
    QTest::newRow("factory output, NOV 20 (Reuters)")
        << u"periods/wire-reuters-en.txt"_s
        << QStringList{u"Factory output growth|Oct 2025|observed"_s,
                       u"Retail sales growth|Sep 2025|observed"_s,
                       u"Retail sales|Oct 2025|observed"_s,
                       u"Jobs||observed"_s,
                       u"Output growth|Dec 2025|projected"_s,
                       u"Shipments growth|Oct 2025|observed"_s,
                       u"Shipments|Oct 2024|observed"_s,
                       u"No. 2 carmaker Bolt Inc.|2025-Q3|observed"_s}
        << u"2025-11-20"_s;
    QTest::newRow("zh 2025年11月20日 新华社电")
        << u"periods/wire-xinhua-zh.txt"_s
        << QStringList{u"全市规模以上工业增加值增长|2024|observed"_s,
                       u"出口额|2025年12月|projected"_s,
                       u"全市一般公共预算收入|2025年1—10月|observed"_s,
                       u"全市一般公共预算收入增长|2025年1—10月|observed"_s,
                       u"税收收入|2025年1—10月|observed"_s,
                       u"税收收入增长|2025年1—10月|observed"_s,
                       u"全市社会消费品零售总额|2025年10月|observed"_s,
                       u"全市社会消费品零售总额|2024年10月|observed"_s}
        << u"2025-11-20"_s;
}

void TestPackDraft::wireStoriesDraftTheirOwnWords()
{
    QFETCH(QString, file);
    QFETCH(QString, date);
    const Report r = draftedAsTheDialogDrafts(file);
    QStringList metrics;
    for (const Metric &m : r.metrics) {
        if (m.origin == Origin::Stated)
            metrics << m.label.text() + u'|' + m.period.text() + u'|' +
                           QString(entry(m.status).name);
    }
    QTEST(metrics, "metrics");
    QCOMPARE(r.sources.constFirst().date, date);
    QCOMPARE(caveatText(r, u"relative-periods"_s), QString());
    QVERIFY(parseReportPack(serializeReportPack(r), u"r.json"_s).ok());
}

// The pack's date is the text's own: its dateline's or byline's day (a byline in Markdown's
// emphasis too, which also names the publisher); else the latest year its stated numbers are of,
// never a projection's; else no date of the text's at all, and a caveat says the day of drafting
// stands in for it.
void TestPackDraft::packDateIsTheTextsOwn_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("date");       // the pack's; "today" for the day of drafting
    QTest::addColumn<QString>("sourceDate"); // the source's
    QTest::addColumn<QString>("publisher");
    const QString story =
        u"Spending on cloud infrastructure reached $320 billion in 2025, up 21% from 2024, and is "
        u"expected to exceed $400 billion in 2026.\n"_s;
    const QString title = u"# Cloud adoption outlook 2026\n\n"_s;
    QTest::newRow("*Published D Month YYYY by X*")
        << title + u"*Published 14 September 2026 by Example Research*\n\n"_s + story
        << u"2026-09-14"_s << u"2026-09-14"_s << u"Example Research"_s;
    QTest::newRow("_Published D Month YYYY by X_")
        << title + u"_Published 14 September 2026 by Example Research_\n\n"_s + story
        << u"2026-09-14"_s << u"2026-09-14"_s << u"Example Research"_s;
    QTest::newRow("By X, D Month YYYY")
        << title + u"By Example Research, 14 September 2026\n\n"_s + story << u"2026-09-14"_s
        << u"2026-09-14"_s << u"Example Research"_s;
    QTest::newRow("*By X, D Month YYYY*")
        << title + u"*By Example Research, 14 September 2026*\n\n"_s + story << u"2026-09-14"_s
        << u"2026-09-14"_s << u"Example Research"_s;
    QTest::newRow("Published: D Month YYYY")
        << title + u"Published: 14 September 2026\n\n"_s + story << u"2026-09-14"_s
        << u"2026-09-14"_s << QString();
    QTest::newRow("a wire's dateline before a projection")
        << u"Beijing, Nov. 20, 2025 -- Output reached 5 million tonnes in 2025 and is expected to "
           u"reach 6 million tonnes in 2026.\n"_s
        << u"2025-11-20"_s << u"2025-11-20"_s << QString();
    QTest::newRow("no dateline: the stated data's year, not the projection's")
        << title + story << u"2025"_s << QString() << QString();
    QTest::newRow("zh a wire's dateline with its year")
        << u"新华社北京2025年11月20日电 国家统计局20日发布数据，10月份规模以上工业增加值同比增长"
           u"4.9%，预计12月份将增长5.1%。\n"_s
        << u"2025-11-20"_s << u"2025-11-20"_s << QString();
    QTest::newRow("no dateline, no year") << u"The association counts over 400 member firms.\n"_s
                                          << u"today"_s << QString() << QString();
    QTest::newRow("zh a wire's dateline without its year")
        << u"新华社北京11月20日电 国家统计局20日发布数据，10月份规模以上工业增加值同比增长4.9%，"
           u"比上月回落1.1个百分点。1—10月份，全国固定资产投资同比下降1.7%。\n"_s
        << u"today"_s << QString() << QString();
}

void TestPackDraft::packDateIsTheTextsOwn()
{
    QFETCH(QString, text);
    QFETCH(QString, date);
    QFETCH(QString, sourceDate);
    QFETCH(QString, publisher);
    const Report r = draftReport(text, u"outlook.md"_s);
    const bool today = date == u"today"_s;
    QCOMPARE(r.date, today ? QDate::currentDate().toString(Qt::ISODate) : date);
    QCOMPARE(r.sources.constFirst().date, sourceDate);
    QCOMPARE(r.sources.constFirst().publisher.text(), publisher);
    // Only the day of drafting is said to be no date of the text's.
    QCOMPARE(caveatText(r, u"no-date"_s).contains(r.date), today);
    QVERIFY(parseReportPack(serializeReportPack(r), u"r.json"_s).ok());
}

// A Xinhua wire's months ("10月份", "1—10月份") are of the year its dateline gives; one dated
// "11月20日" gives none, so they stay without a period and the caveat says which words those
// are. "20日" is a day, no number.
void TestPackDraft::wireMonthsTakeOnlyAGivenYear_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("periods"); // each stated metric's period|date
    QTest::addColumn<QString>("caveat");      // the relative-periods caveat's words, or none
    const QString story =
        u"国家统计局20日发布数据，10月份规模以上工业增加值同比增长4.9%，比上月回落1.1个百分点。"
        u"1—10月份，全国固定资产投资同比下降1.7%。\n"_s;
    QTest::newRow("11月20日电, no year")
        << u"新华社北京11月20日电 "_s + story << QStringList{u"|"_s, u"|"_s, u"|"_s}
        << u"第1行“10月份”；第1行“1—10月份”"_s;
    QTest::newRow("2025年11月20日, a dateline's year")
        << u"2025年11月20日 新华社电\n\n"_s + story
        << QStringList{u"2025年10月|2025-10"_s, u"2025年10月|2025-10"_s,
                       u"2025年1—10月|2025-01/10"_s}
        << QString();
    QTest::newRow("新华社北京2025年11月20日电, the dateline's year")
        << u"新华社北京2025年11月20日电 "_s + story
        << QStringList{u"2025年10月|2025-10"_s, u"2025年10月|2025-10"_s,
                       u"2025年1—10月|2025-01/10"_s}
        << QString();
}

void TestPackDraft::wireMonthsTakeOnlyAGivenYear()
{
    QFETCH(QString, text);
    QFETCH(QStringList, periods);
    QFETCH(QString, caveat);
    const Report r = draftReport(text, u"wire.txt"_s);
    QStringList found;
    for (const Metric &m : r.metrics) {
        if (m.origin == Origin::Stated)
            found << m.period.text() + u'|' + (m.date ? m.date->iso : QString());
    }
    QCOMPARE(found, periods);
    const QString why = caveatText(r, u"relative-periods"_s);
    QCOMPARE(why.isEmpty(), caveat.isEmpty());
    QVERIFY2(why.contains(caveat), qPrintable(why));
}

#include "tst_packdraft.moc"
