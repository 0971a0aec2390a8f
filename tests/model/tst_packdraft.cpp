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
};

void TestPackDraft::everyTextDraftsAValidPack_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &dir :
         {QStringLiteral("numbers"), QStringLiteral("draft"), QStringLiteral("periods")}) {
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
    QCOMPARE(series.title.text(), QStringLiteral("Airport"));
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
    QCOMPARE(labels, QStringList(3, QStringLiteral("Airport")));
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
    const QStringList revenueMetrics{
        QStringLiteral("AWS|2023|Revenue"), QStringLiteral("AWS|2024|Revenue"),
        QStringLiteral("Azure|2023|Revenue"), QStringLiteral("Azure|2024|Revenue")};
    const QStringList revenueFigures{QStringLiteral("series|AWS"), QStringLiteral("series|Azure")};
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

QTEST_APPLESS_MAIN(TestPackDraft)
#include "tst_packdraft.moc"
