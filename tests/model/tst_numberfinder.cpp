// SPDX-License-Identifier: GPL-3.0-or-later
// The number finder (issue 11): one row per number form with hand-written expected values, and
// recall and precision over the hand-labelled texts in tests/data/numbers.
#include "modeltestdata.h"
#include "numberfinder.h"
#include "textsource.h"

#include <QDir>
#include <QTest>

#include <cmath>

using namespace Figdeck;
using namespace Qt::StringLiterals;

class TestNumberFinder : public QObject
{
    Q_OBJECT

private slots:
    void form_data();
    void form();
    void phrase_data();
    void phrase();
    void traps_data();
    void traps();
    void period_data();
    void period();
    void periodAndStatus_data();
    void periodAndStatus();
    void nearestPeriod_data();
    void nearestPeriod();
    void numbersPerText_data();
    void numbersPerText();
    void labelledSet();
    void badInput_data();
    void badInput();
    void htmlEntities();
    void htmlTableRows();
    void headerUnits_data();
    void headerUnits();
    void spaceAlignedTables_data();
    void spaceAlignedTables();
    void yearColumnsStayYears();
    void halfYears_data();
    void halfYears();
    void halfYearDates_data();
    void halfYearDates();
    void quarters_data();
    void quarters();
    void relativeYears_data();
    void relativeYears();
    void firstMonths_data();
    void firstMonths();
    void firstMonthsDates_data();
    void firstMonthsDates();
    void openingPeriodCarries_data();
    void openingPeriodCarries();
    void bareFirstMonths_data();
    void bareFirstMonths();
    void monthSpans_data();
    void monthSpans();
    void singleMonths_data();
    void singleMonths();
    void singleMonthDates_data();
    void singleMonthDates();
    void datelines_data();
    void datelines();
    void abbreviationsEndNoSentence_data();
    void abbreviationsEndNoSentence();
    void wireStories_data();
    void wireStories();
    void ranges_data();
    void ranges();
    void changesAreNoRanges_data();
    void changesAreNoRanges();
};

static QString unitName(const Unit &u)
{
    return u.is(UnitKind::Custom) ? u.symbol.text() : u.fileName();
}

void TestNumberFinder::form_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("qualifier");
    QTest::addColumn<QString>("status");

    auto row = [](const char *name, const char *text, double value, const char *unit,
                  const char *qualifier, const char *status = "observed") {
        QTest::newRow(name) << QString::fromUtf8(text) << value << QString::fromUtf8(unit)
                            << QString::fromUtf8(qualifier) << QString::fromUtf8(status);
    };
    row("trillion yuan", "Sales were 1.2 trillion yuan.", 1200000000000.0, "CNY", "exact");
    row("euro bn", "It costs €59bn.", 59000000000.0, "EUR", "exact");
    row("TWh", "Output was 793TWh.", 793, "TWh", "exact");
    row("space thousands", "Some say 80 000 went.", 80000, "count", "exact");
    row("comma thousands", "It had 6,000 staff.", 6000, "count", "exact");
    row("over", "It had over 6,000 staff.", 6000, "count", "more-than");
    row("more than", "It had more than 40 sites.", 40, "count", "more-than");
    row("at least", "At least 12 died.", 12, "count", "at-least");
    row("roughly", "It took roughly 30% of sales.", 30, "percent", "approximate");
    row("less than", "Less than 5% replied.", 5, "percent", "less-than");
    row("up to", "Up to 300 jobs go.", 300, "count", "at-most");
    row("nearly", "Nearly 7 million voted.", 7000000, "count", "nearly");
    row("tripled", "Sales more than tripled.", 3, "multiple", "more-than");
    row("doubled", "Sales doubled.", 2, "multiple", "exact");
    row("one in every five", "More than one in every five said so.", 20, "percent", "more-than");
    row("half", "More than half said so.", 50, "percent", "more-than");
    row("third largest", "It is the third largest market.", 3, "rank", "exact");
    row("fallen by", "Prices have fallen by 61%.", -61, "percent", "exact");
    row("approx sign", "Worth (\u2248 $165 billion) in all.", 165000000000.0, "USD", "approximate");
    row("greater-than sign", "Scale: > \u00a51.2 trillion.", 1200000000000.0, "CNY", "more-than");
    row("less-than sign", "A share of < 5% each.", 5, "percent", "less-than");
    row("minus", "Growth was -0.4%.", -0.4, "percent", "exact");
    row("pp", "The rate rose 1.5 percentage points.", 1.5, "percentage-points", "exact");
    row("dollars", "A fine of 20 million US dollars.", 20000000, "USD", "exact");
    row("dollar sign", "A fine of $2.5m.", 2500000, "USD", "exact");
    row("pound", "It cost £400.", 400, "GBP", "exact");
    row("RMB", "It cost RMB 70 billion.", 70000000000.0, "CNY", "exact");
    row("yen sign as yuan", "It cost ¥300.", 300, "CNY", "exact");
    row("k", "It has 12k users.", 12000, "count", "exact");
    row("Mt", "Emissions were 35 Mt.", 35, "Mt", "exact");
    row("times more", "It is 4 times larger.", 4, "multiple", "exact");
    row("expected", "Sales are expected to reach 9 million.", 9000000, "count", "exact",
        "projected");
    row("by 2030", "Capacity of 50 GW by 2030.", 50, "GW", "exact", "projected");
    row("estimated", "An estimated 400 species.", 400, "count", "exact", "estimated");
    row("万", "销量为950万辆。", 9500000, "count", "exact");
    row("亿元", "营收为3.5亿元。", 350000000, "CNY", "exact");
    row("万亿元", "总额为1.2万亿元。", 1200000000000.0, "CNY", "exact");
    row("超过", "超过300家企业。", 300, "count", "more-than");
    row("逾", "逾40%的人。", 40, "percent", "more-than");
    row("以上", "5000人以上。", 5000, "count", "more-than");
    row("约", "约20%的人。", 20, "percent", "approximate");
    row("约为", "营收约为3.5亿元。", 350000000, "CNY", "approximate");
    row("约为 over its whole", "约为全球销量的60%。", 60, "percent", "approximate");
    row("约占 over its whole", "约占市场的35%。", 35, "percent", "approximate");
    row("whole without 约", "为全球销量的60%。", 60, "percent", "exact");
    row("不足 over its whole", "不足去年全年的80%。", 80, "percent", "less-than");
    row("超过 over its whole", "超过全国的35%。", 35, "percent", "more-than");
    row("接近 over its whole", "接近全省的48%。", 48, "percent", "nearly");
    row("超过, another clause", "产量超过上年，占全国的35%。", 35, "percent", "exact");
    row("左右", "20%左右的人。", 20, "percent", "approximate");
    row("近", "近一半。", 50, "percent", "nearly");
    row("接近", "接近30%。", 30, "percent", "nearly");
    row("不足", "不足10%。", 10, "percent", "less-than");
    row("full-width digits", "增长１２．５％。", 12.5, "percent", "exact");
    row("第二大", "全球第二大市场。", 2, "rank", "exact");
    row("passed", "Capacity passed 30 GW at the end of 2024.", 30, "GW", "more-than");
    row("tops", "Offshore wind tops 30 GW, group says", 30, "GW", "more-than");
    // A forecast's verb in its base form is a bound as much as its past is.
    row("to exceed", "We expect spending to exceed $850 billion in 2026.", 850e9, "USD",
        "more-than", "projected");
    row("will surpass", "Output will surpass 40 GW by 2030.", 40, "GW", "more-than", "projected");
    row("set to top", "Sales are set to top 3 million units.", 3e6, "count", "more-than",
        "projected");
    row("forecast to pass", "Revenue is forecast to pass $2 billion.", 2e9, "USD", "more-than",
        "projected");
    // "top" and "pass" as no verb: a rank, a rate.
    row("the top five", "The top 5 vendors grew fastest.", 5, "count", "exact");
    row("pass rate", "The pass rate was 82% in 2025.", 82, "percent", "exact");
    row("topped", "Sales topped $2bn.", 2000000000.0, "USD", "more-than");
    row("gigawatts", "Installed capacity was 30 gigawatts.", 30, "GW", "exact");
    row("terawatt-hours", "Output was 4.2 terawatt-hours.", 4.2, "TWh", "exact");
    row("megawatts", "Turbines of 15 megawatts each.", 15, "MW", "exact");
    row("万千瓦", "装机容量为120万千瓦。", 1200000, "kW", "exact");
    row("吉瓦", "新增装机为5吉瓦。", 5, "GW", "exact");
    row("突破", "装机容量突破30吉瓦。", 30, "GW", "more-than");
}

void TestNumberFinder::form()
{
    QFETCH(QString, text);
    QFETCH(double, value);
    QFETCH(QString, unit);
    QFETCH(QString, qualifier);
    QFETCH(QString, status);
    const QList<FoundNumber> found = findNumbers(text);
    QCOMPARE(found.size(), 1);
    const FoundNumber &n = found.constFirst();
    QCOMPARE(n.value, value);
    QCOMPARE(unitName(n.unit), unit);
    QCOMPARE(QString(entry(n.qualifier).name), qualifier);
    QCOMPARE(QString(entry(n.status).name), status);
    QCOMPARE(n.quote, text);
}

void TestNumberFinder::phrase_data()
{
    // The number's own words (quoteStart..quoteEnd) and the phrase it was read from, its
    // sign and qualifier words included (phraseStart..phraseEnd), by hand.
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("phrase");
    auto row = [](const char *name, const char *text, const char *words, const char *phrase) {
        QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(words)
                            << QString::fromUtf8(phrase);
    };
    row("bare", "Sales were 5 million.", "5 million", "5 million");
    row("more than and euro", "It reached more than €1.6 billion in 2023.", "1.6 billion",
        "more than €1.6 billion");
    row("dollar sign", "A fine of $2.5m.", "2.5m", "$2.5m");
    row("about", "It took about 30% of sales.", "30%", "about 30%");
    row("plus after", "It had 6,000+ staff.", "6,000", "6,000+");
    row("or more", "It had 40 or more sites.", "40", "40 or more");
    row("approx sign", "Worth (\u2248 $165 billion) in all.", "165 billion", "\u2248 $165 billion");
    row("minus", "Growth was -0.4%.", "0.4%", "-0.4%");
    row("word number", "Sales more than tripled.", "tripled", "more than tripled");
    row("one in five", "More than one in every five said so.", "one in every five",
        "More than one in every five");
    row("超过", "超过300家企业。", "300", "超过300");
    row("约 and 以上", "约850万个以上。", "850万", "约850万个以上");
    row("左右", "20%左右的人。", "20%", "20%左右");
    row("约为 over its whole", "约为全球销量的60%。", "60%", "60%");
}

void TestNumberFinder::phrase()
{
    QFETCH(QString, text);
    QFETCH(QString, words);
    QFETCH(QString, phrase);
    const QList<FoundNumber> found = findNumbers(text);
    QCOMPARE(found.size(), 1);
    const FoundNumber &n = found.constFirst();
    QCOMPARE(n.quote.mid(n.quoteStart, n.quoteEnd - n.quoteStart), words);
    QCOMPARE(n.quote.mid(n.phraseStart, n.phraseEnd - n.phraseStart), phrase);
    // --numbers prints where the number starts, not its phrase.
    QCOMPARE(foundNumberLine(n).section(u'\t', 1, 1).toInt(), n.quoteStart + 1);
}

void TestNumberFinder::traps_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("year") << QStringLiteral("It happened in 2022.");
    QTest::newRow("url") << QStringLiteral("See https://example.org/2023/table-4 now.");
    QTest::newRow("time") << QStringLiteral("We met at 10:30 and left at 4pm.");
    QTest::newRow("version") << QStringLiteral("Version 2.14.1 is out.");
    QTest::newRow("licence") << QStringLiteral("Licensed CC BY 4.0.");
    QTest::newRow("product") << QStringLiteral("The iPhone 14 is out.");
    QTest::newRow("date") << QStringLiteral("On 3 March and on March 5, and 2024-01-15.");
    QTest::newRow("ordinal name") << QStringLiteral("The 21st Century Fund met.");
    QTest::newRow("page") << QStringLiteral("Page 12");
    QTest::newRow("figure") << QStringLiteral("See Figure 3 and table 2.");
    QTest::newRow("list") << QStringLiteral("1. Introduction");
    QTest::newRow("quarter") << QStringLiteral("Results for Q3 2023.");
    QTest::newRow("chinese date") << QString::fromUtf8("2023年5月12日发布。");
    QTest::newRow("5G") << QStringLiteral("The 5G rollout.");
    QTest::newRow("first-half") << QStringLiteral("The first-half results are out.");
    QTest::newRow("half-year") << QStringLiteral("It was the best half-year yet.");
    QTest::newRow("half year") << QStringLiteral("A half year of growth, half-yearly reports.");
    QTest::newRow("second half") << QStringLiteral("In 2025, growth slowed in the second half.");
    QTest::newRow("下半年") << QString::fromUtf8("2025年下半年增长放缓。");
}

void TestNumberFinder::traps()
{
    QFETCH(QString, text);
    const QList<FoundNumber> found = findNumbers(text);
    for (const FoundNumber &n : found)
        qWarning("found %s", qPrintable(foundNumberLine(n)));
    QVERIFY(found.isEmpty());
}

void TestNumberFinder::period_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("period");
    QTest::newRow("in") << QStringLiteral("Sales were 5 million in 2022.")
                        << QStringLiteral("2022");
    QTest::newRow("leading") << QStringLiteral("In 2021, sales were 5 million.")
                             << QStringLiteral("2021");
    QTest::newRow("between") << QStringLiteral("Between 2026 and 2030 it adds 40 GW.")
                             << QStringLiteral("2026/2030");
    QTest::newRow("quarter") << QStringLiteral("Sales were 5 million in Q4 2022.")
                             << QStringLiteral("2022-Q4");
    QTest::newRow("end of") << QStringLiteral("It will reach 9% by the end of 2025.")
                            << QStringLiteral("2025");
    QTest::newRow("none") << QStringLiteral("Sales were 5 million.") << QString();
}

void TestNumberFinder::period()
{
    QFETCH(QString, text);
    QFETCH(QString, period);
    const QList<FoundNumber> found = findNumbers(text);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.constFirst().period, period);
}

// One rule for years, quarters and halves: a number takes the period right after its words,
// else the nearest before it in its clause; never the first quarter or half of its clause when
// a nearer period is its own; a value compared with takes no other number's period. Periods
// written by hand.
void TestNumberFinder::nearestPeriod_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("periods"); // of its numbers, in order
    auto row = [](const char *name, const char *text, const QStringList &periods) {
        QTest::newRow(name) << QString::fromUtf8(text) << periods;
    };
    row("year after two quarters",
        "Revenue was $1.2 billion in Q1 2025, $1.4 billion in Q2 2025 and $5.5 billion in 2025.",
        {u"2025-Q1"_s, u"2025-Q2"_s, u"2025"_s});
    row("year after a half", "Output was 38 TWh in H1 2024 and 80 TWh in 2024.",
        {u"H1 2024"_s, u"2024"_s});
    row("quarters before",
        "In Q1 2025 revenue was $1.2 billion and in Q2 2025 it was $1.4 billion.",
        {u"2025-Q1"_s, u"2025-Q2"_s});
    row("halves before", "In H1 2024 output was 38 TWh and in H2 2024 it was 41 TWh.",
        {u"H1 2024"_s, u"H2 2024"_s});
    row("zh year after a half", "2024年上半年营收为30亿元、2024年为70亿元。",
        {u"2024年上半年"_s, u"2024"_s});
    row("compared takes no quarter", "In Q4 2024, revenue rose to $5 billion from $4 billion.",
        {u"2024-Q4"_s, QString()});
}

void TestNumberFinder::nearestPeriod()
{
    QFETCH(QString, text);
    QStringList periods;
    for (const FoundNumber &n : findNumbers(text))
        periods << n.period;
    QTEST(periods, "periods");
}

static QList<FoundNumber> numbersOfFile(const QString &name)
{
    const QString path = QStringLiteral(FIGDECK_TEST_DATA "/") + name;
    const TextSource source = textFromBytes(TestData::readFile(path), path);
    if (!source.ok())
        qFatal("%s", qPrintable(source.error));
    return findNumbers(source.text);
}

// Which year and which status word a number's own phrase and clause give it: in a sentence with
// several years (the year right after a number's words is its period; never the year of a
// number between), in a sentence of several clauses (a status word speaks for its clause and
// for list items after it, not for a clause before it), and in tables whose header row holds
// years (each cell's period is its column's year).
void TestNumberFinder::periodAndStatus_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("period");
    QTest::addColumn<QString>("status");

    auto row = [](const char *file, int index, int line, int column, double value, const char *unit,
                  const char *period, const char *status) {
        const QString name = QStringLiteral("%1 #%2").arg(QLatin1String(file)).arg(index);
        QTest::newRow(qPrintable(name))
            << QString::fromLatin1(file) << index << line << column << value
            << QString::fromUtf8(unit) << QString::fromLatin1(period)
            << QString::fromLatin1(status);
    };
    // Three years after three numbers: each number's own.
    row("periods/news-periods.txt", 0, 3, 21, 48200000, "count", "2025", "observed");
    row("periods/news-periods.txt", 1, 3, 62, 44900000, "count", "2024", "observed");
    row("periods/news-periods.txt", 2, 3, 87, 41300000, "count", "2023", "observed");
    // "expects" is the second clause's: the first stays an observation of 2025.
    row("periods/news-periods.txt", 3, 4, 24, 1600000000, "EUR", "2025", "observed");
    row("periods/news-periods.txt", 4, 4, 83, 2400000000, "EUR", "2027", "projected");
    row("periods/news-periods.txt", 5, 5, 12, -3, "percent", "2024", "observed");
    row("periods/news-periods.txt", 6, 5, 47, 5, "percent", "2027", "projected");
    // A list after "forecast": every item is a forecast, also after ", and".
    row("periods/news-periods.txt", 7, 6, 29, 4, "percent", "2036", "projected");
    row("periods/news-periods.txt", 8, 6, 41, 6, "percent", "2037", "projected");
    row("periods/news-periods.txt", 9, 6, 57, 7, "percent", "2038", "projected");
    // "and are expected" speaks for the number after it, not for 5 million in 2024.
    row("periods/news-periods.txt", 10, 7, 12, 5000000, "count", "2024", "observed");
    row("periods/news-periods.txt", 11, 7, 56, 7000000, "count", "2028", "projected");
    row("periods/news-periods.txt", 12, 8, 14, 1200, "count", "2025", "estimated");
    row("periods/news-periods.txt", 13, 8, 54, 300, "count", "2028", "projected");
    // A change and the level it reached share the level's year; a value it is compared with
    // ("up from") takes no other number's year.
    row("periods/news-periods.txt", 14, 9, 29, 35, "percent", "2023", "observed");
    row("periods/news-periods.txt", 15, 9, 36, 14000000, "count", "2023", "observed");
    row("periods/news-periods.txt", 16, 9, 64, 10400000, "count", "", "observed");
    // A list after a year: its items are of that year.
    row("periods/news-periods.txt", 17, 10, 11, 40, "percent", "2024", "observed");
    row("periods/news-periods.txt", 18, 10, 50, 25, "percent", "2024", "observed");
    row("periods/news-periods.txt", 19, 10, 64, 15, "percent", "2024", "observed");
    // "since 2022" says where a change starts, not the number's period.
    row("periods/news-periods.txt", 20, 11, 31, -14, "percent", "", "observed");
    row("periods/news-periods.txt", 21, 12, 14, 12, "percent", "2024", "observed");
    row("periods/news-periods.txt", 22, 12, 35, 4100000000, "USD", "2024", "observed");
    // Chinese: the year before the number, clauses split by "，"; 预计 is the last clause's.
    row("periods/zh-periods.txt", 0, 1, 16, 950000, "count", "2025", "observed");
    row("periods/zh-periods.txt", 1, 1, 25, 12, "percent", "2025", "observed");
    row("periods/zh-periods.txt", 2, 1, 39, 1500000, "count", "2027", "projected");
    row("periods/zh-periods.txt", 3, 2, 10, 320000000, "USD", "2024", "observed");
    row("periods/zh-periods.txt", 4, 2, 25, 280000000, "USD", "2023", "observed");
    // A header row of years: each cell's period is its column's.
    row("periods/market.md", 0, 5, 12, 12.5, "percent", "2022", "observed");
    row("periods/market.md", 1, 5, 20, 14, "percent", "2023", "observed");
    row("periods/market.md", 2, 6, 12, 30, "percent", "2022", "observed");
    row("periods/market.md", 3, 6, 20, 33.5, "percent", "2023", "observed");
    row("periods/market.tsv", 0, 2, 8, 12.5, "percent", "2022", "observed");
    row("periods/market.tsv", 1, 2, 14, 14, "percent", "2023", "observed");
    row("periods/market.tsv", 2, 3, 6, 30, "percent", "2022", "observed");
    row("periods/market.tsv", 3, 3, 10, 33.5, "percent", "2023", "observed");
    row("periods/market.html", 0, 2, 12, 12.5, "percent", "2022", "observed");
    row("periods/market.html", 1, 2, 20, 14, "percent", "2023", "observed");
    row("periods/market.html", 2, 3, 16, 30, "percent", "2022", "observed");
    row("periods/market.html", 3, 3, 22, 33.5, "percent", "2023", "observed");
    // A header cell naming a year with other words; a column without one gives none.
    row("numbers/market-share.md", 0, 5, 12, 21, "percent", "2023", "observed");
    row("numbers/market-share.md", 1, 5, 25, 226000000, "count", "", "observed");
    // A year in the row's first cell is the period of the row's cells.
    row("numbers/pipe-table.md", 0, 3, 10, 45.2, "GW", "2021", "observed");
}

void TestNumberFinder::periodAndStatus()
{
    QFETCH(QString, file);
    QFETCH(int, index);
    const QList<FoundNumber> found = numbersOfFile(file);
    QVERIFY2(index < found.size(), qPrintable(QString::number(found.size())));
    const FoundNumber &n = found.at(index);
    QTEST(n.line, "line");
    QTEST(n.column, "column");
    QTEST(n.value, "value");
    QTEST(unitName(n.unit), "unit");
    QTEST(n.period, "period");
    QTEST(QString(entry(n.status).name), "status");
}

// How many numbers each text states: header years label columns and are no numbers.
void TestNumberFinder::numbersPerText_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("count");
    QTest::newRow("news") << QStringLiteral("periods/news-periods.txt") << 23;
    QTest::newRow("zh") << QStringLiteral("periods/zh-periods.txt") << 5;
    QTest::newRow("halves en") << QStringLiteral("periods/halves-en.txt") << 11;
    QTest::newRow("halves zh") << QStringLiteral("periods/halves-zh.txt") << 9;
    QTest::newRow("md") << QStringLiteral("periods/market.md") << 4;
    QTest::newRow("tsv") << QStringLiteral("periods/market.tsv") << 4;
    QTest::newRow("html") << QStringLiteral("periods/market.html") << 4;
}

void TestNumberFinder::numbersPerText()
{
    QFETCH(QString, file);
    const QList<FoundNumber> found = numbersOfFile(file);
    for (const FoundNumber &n : found)
        qInfo("%s", qPrintable(foundNumberLine(n).section(u'\t', 0, 6)));
    QTEST(int(found.size()), "count");
}

struct Label
{
    int line;
    double value;
    QString unit;
    QString qualifier;
};

void TestNumberFinder::labelledSet()
{
    const QDir dir(QStringLiteral(FIGDECK_TEST_DATA "/numbers"));
    const QStringList labelFiles = dir.entryList({QStringLiteral("*.labels")}, QDir::Files);
    QVERIFY(labelFiles.size() >= 12);
    int allLabels = 0, allFound = 0, allMatched = 0;
    for (const QString &labelFile : labelFiles) {
        const QString base = labelFile.chopped(7);
        const QStringList texts = dir.entryList({base + QStringLiteral(".*")}, QDir::Files);
        QString textFile;
        for (const QString &t : texts) {
            if (t != labelFile)
                textFile = t;
        }
        QVERIFY2(!textFile.isEmpty(), qPrintable(labelFile));
        const TextSource source =
            textFromBytes(TestData::readFile(dir.filePath(textFile)), textFile);
        QVERIFY2(source.ok(), qPrintable(source.error));
        QList<Label> labels;
        const QStringList lines = QString::fromUtf8(TestData::readFile(dir.filePath(labelFile)))
                                      .split(u'\n', Qt::SkipEmptyParts);
        for (const QString &l : lines) {
            const QStringList f = l.split(u'\t');
            QCOMPARE(f.size(), 4);
            labels.append({f.at(0).toInt(), f.at(1).toDouble(), f.at(2), f.at(3)});
        }
        const QList<FoundNumber> found = findNumbers(source.text);
        int matched = 0;
        QList<bool> used(labels.size(), false);
        for (const FoundNumber &n : found) {
            bool hit = false;
            for (int i = 0; i < labels.size() && !hit; ++i) {
                const Label &l = labels.at(i);
                if (!used.at(i) && l.line == n.line &&
                    std::abs(l.value - n.value) <= 1e-9 * std::max(1.0, std::abs(l.value)) &&
                    l.unit == unitName(n.unit) && l.qualifier == QString(entry(n.qualifier).name)) {
                    used[i] = true;
                    hit = true;
                }
            }
            if (hit)
                ++matched;
            else
                qInfo("%s: not labelled: %s", qPrintable(textFile),
                      qPrintable(foundNumberLine(n).section(u'\t', 0, 4)));
        }
        for (int i = 0; i < labels.size(); ++i) {
            if (!used.at(i))
                qInfo("%s: missed: line %d value %s %s %s", qPrintable(textFile), labels.at(i).line,
                      qPrintable(numberText(labels.at(i).value)), qPrintable(labels.at(i).unit),
                      qPrintable(labels.at(i).qualifier));
        }
        qInfo("%s: %d labelled, %d found, %d right: recall %.2f precision %.2f",
              qPrintable(textFile), int(labels.size()), int(found.size()), matched,
              labels.isEmpty() ? 1.0 : double(matched) / labels.size(),
              found.isEmpty() ? 1.0 : double(matched) / found.size());
        allLabels += labels.size();
        allFound += found.size();
        allMatched += matched;
    }
    const double recall = double(allMatched) / allLabels;
    const double precision = allFound == 0 ? 0 : double(allMatched) / allFound;
    qInfo("all: %d labelled, %d found, %d right: recall %.3f precision %.3f", allLabels, allFound,
          allMatched, recall, precision);
    QVERIFY2(recall >= 0.95, qPrintable(QString::number(recall)));
    QVERIFY2(precision >= 0.95, qPrintable(QString::number(precision)));
}

void TestNumberFinder::badInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("x: the text is empty");
    QTest::newRow("blank") << QByteArray(" \n\t") << QStringLiteral("x: the text is empty");
    QTest::newRow("binary") << QByteArray("ab\0cd", 5)
                            << QStringLiteral("x: a binary file, not text");
    QTest::newRow("latin-1") << QByteArray("caf\xe9") << QStringLiteral("x: not UTF-8 text");
}

void TestNumberFinder::badInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    const TextSource t = textFromBytes(bytes, QStringLiteral("x"));
    QCOMPARE(t.error, error);
    QVERIFY(t.text.isEmpty());
}

void TestNumberFinder::htmlEntities()
{
    QCOMPARE(htmlToText(QStringLiteral("<p>A &amp; B cost &euro;5&nbsp;m &#8364;</p><p>x</p>")),
             QString::fromUtf8("A & B cost €5 m €\nx\n"));
}

// HTML table rows read as pipe table rows, also without their end tags, so the finder reads
// their header row's years and units.
void TestNumberFinder::htmlTableRows()
{
    QCOMPARE(htmlToText(QStringLiteral("<table><tr><th>A</th><th>2022</th></tr>"
                                       "<tr><td>x</td><td>5%</td></table>")),
             QStringLiteral("| A | 2022 |\n| x | 5% |\n"));
}

// The number on `line` written as `words` (its own words in its quote); null when none is.
static const FoundNumber *numberAt(const QList<FoundNumber> &found, int line, const QString &words)
{
    for (const FoundNumber &n : found) {
        if (n.line == line && n.quote.mid(n.quoteStart, n.quoteEnd - n.quoteStart) == words)
            return &n;
    }
    return nullptr;
}

// A unit in a column header, a row's label or a table's first header cell is the unit of the
// bare numbers of that column, row or table: a currency with its scale, a scale alone, or a
// unit's symbol. A number that states its own unit keeps it.
void TestNumberFinder::headerUnits_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("words"); // the number as written in the cell
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("period");
    auto row = [](const char *name, const char *file, int line, const char *words, double value,
                  const char *unit, const char *period) {
        QTest::newRow(name) << QString::fromLatin1(file) << line << QString::fromUtf8(words)
                            << value << QString::fromUtf8(unit) << QString::fromLatin1(period);
    };
    const char *md = "tables/header-units.md";
    row("column currency and scale", md, 5, "1,240", 1240e6, "EUR", "");
    row("column percent", md, 5, "18.5", 18.5, "percent", "");
    row("column without a unit", md, 5, "2,300", 2300, "count", "");
    row("second row", md, 6, "860", 860e6, "EUR", "");
    row("row currency and scale", md, 10, "4.1", 4.1e9, "USD", "2023");
    row("row currency, second column", md, 10, "4.6", 4.6e9, "USD", "2024");
    row("row unit symbol", md, 11, "793", 793, "TWh", "2023");
    row("row without a unit", md, 12, "1,250", 1250, "count", "2023");
    row("no unit the finder knows", md, 13, "37.5", 37.5, "count", "2023");
    row("table's first cell", md, 17, "310", 310e6, "USD", "2023");
    row("table's first cell, other row", md, 18, "120", 120e6, "USD", "2023");
    row("own unit kept", md, 18, "95 million", 95e6, "USD", "2024");
    const char *zh = "tables/header-units-zh.tsv";
    row("row 亿元", zh, 4, "35.2", 3.52e9, "CNY", "2023");
    row("row 亿元, second column", zh, 4, "41.8", 4.18e9, "CNY", "2024");
    row("row 万辆", zh, 5, "120", 1.2e6, "count", "2023");
    row("row without a unit, zh", zh, 6, "1020", 1020, "count", "2024");
    row("row 亿千瓦时", zh, 7, "412.5", 412.5e8, "kWh", "2023");
    row("row 亿块", zh, 8, "12.1", 12.1e8, "count", "2024");
    // Counts from 1900 to 2100 under a header of years: values, not years ("| Depots | 1950 |").
    const char *years = "tables/year-values.md";
    row("pipe, year-shaped count", years, 5, "1950", 1950, "count", "2023");
    row("pipe, year-shaped, second column", years, 5, "2040", 2040, "count", "2024");
    row("pipe, 2100", years, 6, "2100", 2100, "count", "2023");
    row("pipe, 1987", years, 6, "1987", 1987, "count", "2024");
    row("pipe, small count", years, 7, "14", 14, "count", "2024");
    row("beside a column of years", years, 11, "420", 420, "count", "");
}

void TestNumberFinder::headerUnits()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(QString, words);
    const QList<FoundNumber> found = numbersOfFile(file);
    const FoundNumber *it = numberAt(found, line, words);
    QVERIFY2(it, qPrintable(words));
    QTEST(it->value, "value");
    QTEST(unitName(it->unit), "unit");
    QTEST(it->period, "period");
}

// Columns aligned with runs of spaces (pdftotext -layout, plain-text reports) read like pipe
// and tab tables: a header row of years gives each cell its period, also over an empty corner;
// units in row labels and headers apply; a row is one quote. Double-spaced prose is no table.
void TestNumberFinder::spaceAlignedTables_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("count"); // of the file's numbers, by hand
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("words");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("period");
    QTest::addColumn<QString>("quote");
    // Header years are no numbers: 4 rows of 3, 3 of 2, 2 keys and the 4 depots.
    QString file = QStringLiteral("tables/space-aligned.txt");
    int count = 12 + 6 + 2 + 1;
    auto row = [&](const char *name, int line, const char *words, double value, const char *unit,
                   const char *period, const char *quote) {
        QTest::newRow(name) << file << count << line << QString::fromUtf8(words) << value
                            << QString::fromUtf8(unit) << QString::fromLatin1(period)
                            << QString::fromUtf8(quote);
    };
    const char *output = "Output (TWh)             11.2        12.9        14.6";
    row("first column", 6, "11.2", 11.2, "TWh", "2022", output);
    row("second column", 6, "12.9", 12.9, "TWh", "2023", output);
    row("third column", 6, "14.6", 14.6, "TWh", "2024", output);
    row("GW", 7, "3.9", 3.9, "GW", "2024", "Capacity (GW)             3.1         3.4         3.9");
    row("euro millions", 8, "1,040", 1.04e9, "EUR", "2024",
        "Revenue (€m)              820         905       1,040");
    row("count", 9, "1,150", 1150, "count", "2022",
        "Staff                   1,150       1,230       1,310");
    row("share of a named column", 12, "41%", 41, "percent", "2024",
        "North                    41%      +2.1 pp");
    row("points", 13, "1.0 pp", -1, "percentage-points", "",
        "South                    34%      -1.0 pp");
    row("key and value", 16, "212", 212, "count", "", "Turbines installed:     212");
    row("double-spaced prose", 19, "4", 4, "count", "",
        "Its  4  depots  are  in  the  north  and  none  has  closed.");
    // Rows in sections ("Europe" on a line of its own) are one table's under one header; a
    // half-year keeps its name; a row's years' digits are its values. 4 rows of 2.
    file = QStringLiteral("tables/sections.txt");
    count = 8;
    const char *europe = "Output (TWh)                2023        2011";
    row("years' digits with the row's unit", 5, "2023", 2023, "TWh", "H1 2024", europe);
    row("years' digits, second column", 5, "2011", 2011, "TWh", "H1 2025", europe);
    row("first section, staff", 6, "1,230", 1230, "count", "H1 2025",
        "Staff                      1,150       1,230");
    row("after the second heading", 8, "412", 412, "TWh", "H1 2024",
        "Output (TWh)                 412         530");
    row("last row", 9, "410", 410, "count", "H1 2025",
        "Staff                        380         410");
}

void TestNumberFinder::spaceAlignedTables()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(QString, words);
    const QList<FoundNumber> found = numbersOfFile(file);
    QTEST(int(found.size()), "count");
    const FoundNumber *it = numberAt(found, line, words);
    QVERIFY2(it, qPrintable(words));
    QTEST(it->value, "value");
    QTEST(unitName(it->unit), "unit");
    QTEST(it->period, "period");
    QTEST(it->quote, "quote");
}

// Digits from 1900 to 2100 in a table's cells are values under a header of years; the header's
// and those of a column of years ("Opened") stay years, and are no period of the row's values.
void TestNumberFinder::yearColumnsStayYears()
{
    const QList<FoundNumber> found = numbersOfFile(QStringLiteral("tables/year-values.md"));
    QCOMPARE(found.size(), 3 * 2 + 2); // 3 rows of 2 values, 2 plants' staff
    QVERIFY(!numberAt(found, 3, QStringLiteral("2023")));
    QVERIFY(!numberAt(found, 11, QStringLiteral("1998")));
    QVERIFY(!numberAt(found, 12, QStringLiteral("2004")));
}

// Half-years as texts write them: each number's period is the text as written (with the year
// it takes when the half names none), and its date the half-year; what only says "half" is no
// period. Line, value, period and date written by hand from the files.
void TestNumberFinder::halfYears_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("line");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("period");
    QTest::addColumn<QString>("date");     // dateOfPeriod(period), empty for none
    QTest::addColumn<QString>("relative"); // FoundNumber::relativePeriod
    auto row = [](const char *file, int index, int line, double value, const char *period,
                  const char *date, const char *relative = "") {
        QTest::newRow(qPrintable(QStringLiteral("%1 #%2").arg(QLatin1String(file)).arg(index)))
            << QString::fromLatin1(file) << index << line << value << QString::fromUtf8(period)
            << QString::fromLatin1(date) << QString::fromUtf8(relative);
    };
    const char *en = "periods/halves-en.txt";
    row(en, 0, 1, 4.2e9, "H1 2025", "2025-H1");
    row(en, 1, 2, 12.4e6, "2025 H1", "2025-H1");
    row(en, 2, 2, 13.1e6, "2025-H2", "2025-H2");
    row(en, 3, 3, 310e6, "first half of 2025", "2025-H1");
    row(en, 4, 3, 280e6, "second half of 2024", "2024-H2");
    // "the first half" after "In 2025": the year it takes is said with it.
    row(en, 5, 4, 8, "first half of 2025", "2025-H1");
    row(en, 6, 4, 11, "second half of 2025", "2025-H2");
    // "More than half", "Half of", "the second half of the decade": no half-year.
    row(en, 7, 5, 50, "", "");
    row(en, 8, 5, 120, "2026", "2026");
    row(en, 9, 6, 50, "", "");
    row(en, 10, 6, 40, "", "");
    const char *zh = "periods/halves-zh.txt";
    row(zh, 0, 1, 8.6e9, "2025年上半年", "2025-H1");
    row(zh, 1, 1, 12, "2025年上半年", "2025-H1");
    row(zh, 2, 2, 450000, "2025年下半年", "2025-H2");
    row(zh, 3, 3, 3e9, "2024", "2024");
    // "其中上半年", "下半年" after "2024年": the sentence's year.
    row(zh, 4, 3, 1.4e9, "2024年上半年", "2024-H1");
    row(zh, 5, 3, 1.6e9, "2024年下半年", "2024-H2");
    // "一半" is no period; "去年上半年" names no year (the text has no dateline), and takes none
    // from elsewhere.
    row(zh, 6, 4, 50, "2025", "2025");
    row(zh, 7, 4, 5, "2025", "2025");
    row(zh, 8, 5, 32000, "", "", "去年上半年");
    // Halves named relative to the text's own date ("今年上半年", "the first half of last
    // year"): under a dateline, halves of its year, in the words of a half that names its year;
    // without one, no period (never a guessed year), the words as written in relativePeriod.
    // 发布时间：2025年8月12日
    const char *relativeZh = "periods/relative-halves-zh.txt";
    row(relativeZh, 0, 4, 412e9, "2025年上半年", "2025-H1");
    row(relativeZh, 1, 4, 5.3, "2025年上半年", "2025-H1");
    row(relativeZh, 2, 5, 26000, "2024年下半年", "2024-H2");
    row(relativeZh, 3, 6, 180000, "2026年上半年", "2026-H1");
    // Published: 12 August 2025
    const char *relativeEn = "periods/relative-halves-en.txt";
    row(relativeEn, 0, 4, 4.1e6, "first half of 2025", "2025-H1");
    row(relativeEn, 1, 5, 3.8e6, "second half of 2024", "2024-H2");
    row(relativeEn, 2, 6, 310e6, "first half of 2025", "2025-H1");
    // No dateline: no year to take.
    const char *undated = "periods/relative-halves-undated.txt";
    row(undated, 0, 3, 412e9, "", "", "今年上半年");
    row(undated, 1, 3, 5.3, "", "", "今年上半年");
    row(undated, 2, 4, 26000, "", "", "去年下半年");
}

void TestNumberFinder::halfYears()
{
    QFETCH(QString, file);
    QFETCH(int, index);
    QFETCH(int, line);
    QFETCH(double, value);
    QFETCH(QString, period);
    QFETCH(QString, date);
    QFETCH(QString, relative);
    const QList<FoundNumber> found = numbersOfFile(file);
    QStringList all;
    for (const FoundNumber &n : found)
        all << foundNumberLine(n);
    QVERIFY2(index < found.size(), qPrintable(all.join(u'\n')));
    const FoundNumber &n = found.at(index);
    QVERIFY2(n.line == line && qFuzzyCompare(n.value, value), qPrintable(all.join(u'\n')));
    QCOMPARE(n.period, period);
    const std::optional<PeriodDate> d = dateOfPeriod(n.period);
    QCOMPARE(d ? d->iso : QString(), date);
    QCOMPARE(n.relativePeriod, relative);
}

// The periods a half-year's date is read from, and what is none.
// A period as the finder writes it, and its date (empty for none): dateOfPeriod's table.
static void dateColumns()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<QString>("date");
}

static void dateRow(const char *period, const char *date)
{
    QTest::newRow(period) << QString::fromUtf8(period) << QString::fromLatin1(date);
}

static void compareDateOfPeriod()
{
    QFETCH(QString, period);
    QFETCH(QString, date);
    const std::optional<PeriodDate> d = dateOfPeriod(period);
    QCOMPARE(d ? d->iso : QString(), date);
}

void TestNumberFinder::halfYearDates_data()
{
    dateColumns();
    const auto row = dateRow;
    row("H1 2025", "2025-H1");
    row("h2 2025", "2025-H2");
    row("2025H2", "2025-H2");
    row("2025 H1", "2025-H1");
    row("2025-H2", "2025-H2");
    row("First half of 2025", "2025-H1");
    row("second-half of 2024", "2024-H2");
    row("2025年上半年", "2025-H1");
    row("2025 年下半年", "2025-H2");
    row("2025-Q3", "2025-Q3");
    row("2025", "2025");
    row("H3 2025", "");
    row("2025-H0", "");
    row("first half", "");
    row("上半年", "");
    row("half of 2025", "");
    row("H1 2025 and H2 2025", "");
    row("2026/2030", "");
}

void TestNumberFinder::halfYearDates()
{
    compareDateOfPeriod();
}

// Quarters as English and Chinese write them: "YYYY-Qn" wherever the text names the year (with
// the quarter, before it in the sentence, or in the sentence before); of the dateline's year
// when named relative to the text's date, else no period and the words in relativePeriod.
// Periods written by hand.
void TestNumberFinder::quarters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("periods");   // of its numbers, in order
    QTest::addColumn<QStringList>("relatives"); // their FoundNumber::relativePeriod
    auto row = [](const char *name, const char *text, const QStringList &periods,
                  const QStringList &relatives = {}) {
        QTest::newRow(name) << QString::fromUtf8(text) << periods
                            << (relatives.isEmpty() ? QStringList(periods.size(), QString())
                                                    : relatives);
    };
    row("2025年第三季度", "2025年第三季度营收为12亿元。", {u"2025-Q3"_s});
    row("2025年三季度", "2025年三季度营收为12亿元。", {u"2025-Q3"_s});
    row("2025年Q3", "2025年Q3营收为12亿元。", {u"2025-Q3"_s});
    row("2025年3季度, no number 3", "2025年3季度营收为12亿元。", {u"2025-Q3"_s});
    row("fourth quarter of 2024", "Profit reached $210 million in the fourth quarter of 2024.",
        {u"2024-Q4"_s});
    row("bare, year before it", "2024年营收为40亿元，其中四季度为12亿元。",
        {u"2024"_s, u"2024-Q4"_s});
    row("bare, year of the sentence before", "2024年公司经营稳定。一季度营收为12亿元。",
        {u"2024-Q1"_s});
    // A bare half takes its year as a bare quarter does.
    row("bare half, year of the sentence before", "2024年公司经营稳定。上半年营收为12亿元。",
        {u"2024年上半年"_s});
    row("bare list", "2024年一季度营收为12亿元，二季度为14亿元，四季度为15亿元。",
        {u"2024-Q1"_s, u"2024-Q2"_s, u"2024-Q4"_s});
    row("relative zh, dateline",
        "发布时间：2025年8月12日\n今年一季度营收为12亿元，去年第四季度为10亿元。",
        {u"2025-Q1"_s, u"2024-Q4"_s});
    row("relative en, dateline",
        "Published: 12 August 2025\nRevenue was $1.2 billion in Q1 this year and $1.1 billion in "
        "Q4 of last year.",
        {u"2025-Q1"_s, u"2024-Q4"_s});
    row("en bare, year before it",
        "In 2024 revenue was $4.1 billion, and in the fourth quarter it was $1.2 billion.",
        {u"2024"_s, u"2024-Q4"_s});
    row("en bare, dateline",
        "Published: 14 October 2025\n\nThe grid grew. 2.1 GW were connected in the third "
        "quarter.",
        {u"2025-Q3"_s});
    row("en bare, not over by the dateline",
        "Published: 14 October 2025\n\nThe grid grew. 2.5 GW are due in the fourth quarter.",
        {QString()});
    row("relative zh, no dateline", "去年第四季度营收为10亿元。", {QString()}, {u"去年第四季度"_s});
    row("relative en, no dateline", "Revenue was $1.2 billion in Q1 this year.", {QString()},
        {u"Q1 this year"_s});
}

// The row's text: its numbers' periods and relative periods, in order, against its "periods"
// and "relatives".
static void comparePeriodsOfText()
{
    QFETCH(QString, text);
    QStringList periods, relatives;
    for (const FoundNumber &n : findNumbers(text)) {
        periods << n.period;
        relatives << n.relativePeriod;
    }
    QTEST(periods, "periods");
    QTEST(relatives, "relatives");
}

void TestNumberFinder::quarters()
{
    comparePeriodsOfText();
}

// A year named relative to the text's date ("去年", "今年", "last year", "next year"): the
// dateline's year moved as the words say, as the finder writes a year; with no dateline, no
// period and the words as written in relativePeriod. A part of a year ("今年以来", "今年前三季
// 度") is its own period, not the year; a year compared with ("比去年", "去年同期", "compared with
// last year") and "the last year" are no period of their own. Periods written by hand.
// A text, its numbers' periods and their relative periods, in order: comparePeriodsOfText's
// table. Relatives: none unless given.
static void periodsOfTextColumns()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("periods");   // of its numbers, in order
    QTest::addColumn<QStringList>("relatives"); // their FoundNumber::relativePeriod
}

static void periodsOfTextRow(const char *name, const QString &text, const QStringList &periods,
                             QStringList relatives = {})
{
    if (relatives.isEmpty())
        relatives = QStringList(periods.size(), QString());
    QTest::newRow(name) << text << periods << relatives;
}

void TestNumberFinder::relativeYears_data()
{
    periodsOfTextColumns();
    const auto row = [](const char *name, const QString &text, const QStringList &periods,
                        const QStringList &relatives = {}) {
        periodsOfTextRow(name, text, periods, relatives);
    };
    const QString zhDated = u"发布时间：2025年8月12日\n"_s;
    const QString enDated = u"Published: 3 March 2026\n"_s;
    const auto dated = [](const QString &dateline, const char *text) -> QString {
        return dateline + QString::fromUtf8(text);
    };
    row("zh 去年, dateline", dated(zhDated, "去年营收为120亿元，同比增长8%。"),
        {u"2024"_s, u"2024"_s});
    row("zh 今年, dateline", dated(zhDated, "今年，全市计划新增门店300家。"), {u"2025"_s});
    row("zh 明年, dateline", dated(zhDated, "预计明年全市营收将达到150亿元。"), {u"2026"_s});
    row("zh 前年全年, dateline", dated(zhDated, "前年全年营收为98亿元。"), {u"2023"_s});
    // A bulletin's words: 上年 is 去年, 本年 今年; 后年 the year after next.
    row("zh 上年, dateline", dated(zhDated, "上年全市营收为120亿元。"), {u"2024"_s});
    row("zh 本年, dateline", dated(zhDated, "本年全市营收为130亿元。"), {u"2025"_s});
    row("zh 后年, dateline", dated(zhDated, "预计后年全市营收将达到180亿元。"), {u"2027"_s});
    row("zh 上年下半年, dateline", dated(zhDated, "上年下半年营收为60亿元。"), {u"2024年下半年"_s});
    row("zh 比上年 is compared with", dated(zhDated, "2025年营收为130亿元，比上年增长8%。"),
        {u"2025"_s, u"2025"_s});
    row("zh 以上年均 is no year", dated(zhDated, "全市企业连续三年以上年均增长5%。"), {QString()});
    row("zh 此后年均 is no year", dated(zhDated, "此后年均增长5%。"), {QString()});
    row("zh 上年, no dateline", u"上年营收为120亿元。"_s, {QString()}, {u"上年"_s});
    row("en last year, dateline", dated(enDated, "Revenue last year was $3 billion."), {u"2025"_s});
    row("en next year, dateline",
        dated(enDated, "The company expects revenue of $3.4 billion next year."), {u"2027"_s});
    row("en this year, dateline", dated(enDated, "This year it plans to hire 1,200 crew."),
        {u"2026"_s});
    row("en last year's, dateline", dated(enDated, "Last year's revenue was $3 billion."),
        {u"2025"_s});
    // A bare half takes the year "去年" is, as it takes "2024".
    row("zh bare half after 去年, dateline",
        dated(zhDated, "去年全年营收为100亿元，其中上半年为45亿元。"),
        {u"2024"_s, u"2024年上半年"_s});
    row("zh 去年同期 is compared with",
        dated(zhDated, "今年上半年，全市营收为65亿元，比去年同期增长6%。"),
        {u"2025年上半年"_s, u"2025年上半年"_s});
    row("zh 比去年 is compared with", dated(zhDated, "2025年营收为130亿元，比去年增长8%。"),
        {u"2025"_s, u"2025"_s});
    row("en compared with last year", dated(enDated, "Fuel costs rose 6% compared with last year."),
        {QString()});
    row("en the last year", dated(enDated, "Over the last year, sales were 5 million units."),
        {QString()});
    // A part of a year is a period of its own, never the year's (firstMonths).
    row("zh 今年以来", dated(zhDated, "今年以来，累计销量为50万辆。"), {u"2025年以来"_s});
    row("zh 今年前三季度", dated(zhDated, "今年前三季度营收为90亿元。"), {u"2025年1—9月"_s});
    row("zh 去年, no dateline", u"去年营收为120亿元。"_s, {QString()}, {u"去年"_s});
    row("zh 今年, no dateline", u"该公司今年计划新增门店300家。"_s, {QString()}, {u"今年"_s});
    row("en last year, no dateline", u"Revenue last year was $3 billion."_s, {QString()},
        {u"last year"_s});
    row("en next year, no dateline", u"Next year the company expects $3.4 billion."_s, {QString()},
        {u"Next year"_s});
}

void TestNumberFinder::relativeYears()
{
    comparePeriodsOfText();
}

// The first months of a year ("1-8月", "前三季度", "January-August", "the first eight months")
// are their own period, in the words every view names them ("Jan–Aug 2025", "2025年1—8月"),
// never the year's: of the year they name, the one named before them, or the dateline's for
// "今年1—8月"; with no dateline the words as written in relativePeriod. A year to a date the
// text does not name ("今年以来", "so far this year") is no year either, and has no date.
// Periods written by hand.
void TestNumberFinder::firstMonths_data()
{
    periodsOfTextColumns();
    const auto row = [](const char *name, const QString &text, const QStringList &periods,
                        const QStringList &relatives = {}) {
        periodsOfTextRow(name, text, periods, relatives);
    };
    const auto dated = [](const char *text) -> QString {
        return u"发布时间：2025年9月15日\n"_s + QString::fromUtf8(text);
    };
    const auto datedEn = [](const char *text) -> QString {
        return u"Published: 12 September 2025\n"_s + QString::fromUtf8(text);
    };
    row("zh 2025年1-8月", u"2025年1-8月，全省营收为860亿元，同比增长12%。"_s,
        {u"2025年1—8月"_s, u"2025年1—8月"_s});
    row("zh 2025年1—8月", u"2025年1—8月营收为860亿元。"_s, {u"2025年1—8月"_s});
    row("zh 2024年1至8月", u"2024年1至8月营收为800亿元。"_s, {u"2024年1—8月"_s});
    row("zh 2024年前三季度", u"2024年前三季度营收为900亿元。"_s, {u"2024年1—9月"_s});
    row("zh 2024年前8个月", u"2024年前8个月营收为800亿元。"_s, {u"2024年1—8月"_s});
    row("zh bare 前两个月 after a year", u"2024年营收为40亿元，其中前两个月为6亿元。"_s,
        {u"2024"_s, u"2024年1—2月"_s});
    row("zh 2019年以来 is no year", u"2019年以来，累计投资500亿元。"_s, {u"2019年以来"_s});
    row("zh 今年1-8月, dateline", dated("今年1-8月营收为860亿元。"), {u"2025年1—8月"_s});
    row("zh 去年前三季度, dateline", dated("去年前三季度营收为900亿元。"), {u"2024年1—9月"_s});
    row("zh 年初以来, dateline", dated("年初以来，新增就业9.8万人。"), {u"2025年以来"_s});
    row("zh 今年1-8月, no dateline", u"今年1-8月营收为860亿元。"_s, {QString()}, {u"今年1-8月"_s});
    row("zh 今年以来, no dateline", u"今年以来，累计销量为50万辆。"_s, {QString()},
        {u"今年以来"_s});
    row("en January-August 2025", u"Sales grew 12% year on year in January-August 2025."_s,
        {u"Jan–Aug 2025"_s});
    row("en January to August 2024", u"Sales were $4.1 billion in January to August 2024."_s,
        {u"Jan–Aug 2024"_s});
    row("en Jan–Aug 2024", u"Sales were $4.1 billion in Jan–Aug 2024."_s, {u"Jan–Aug 2024"_s});
    row("en first three quarters of 2024",
        u"Revenue was $1.6 billion in the first three quarters of 2024."_s, {u"Jan–Sep 2024"_s});
    row("en first eight months of 2023",
        u"Throughput was 5.7 million TEU in the first eight months of 2023."_s,
        {u"Jan–Aug 2023"_s});
    row("en bare, year before it",
        u"In 2024 revenue was $2.3 billion, of which $1.6 billion came in the first three "
        u"quarters."_s,
        {u"2024"_s, u"Jan–Sep 2024"_s});
    row("en this year, dateline",
        datedEn("Revenue was $1.9 billion in the first three quarters of this year."),
        {u"Jan–Sep 2025"_s});
    row("en so far this year, dateline", datedEn("Cruise calls so far this year reached 310."),
        {u"2025 to date"_s});
    row("en year to date, dateline", datedEn("Orders year to date total 4,200 units."),
        {u"2025 to date"_s});
    row("en so far this year, no dateline", u"Cruise calls so far this year reached 310."_s,
        {QString()}, {u"so far this year"_s});
    row("en first eight months of last year, no dateline",
        u"Sales were $3 billion in the first eight months of last year."_s, {QString()},
        {u"the first eight months of last year"_s});
}

void TestNumberFinder::firstMonths()
{
    comparePeriodsOfText();
}

// The date of the first months of a year as the finder writes them, and of the ISO form.
void TestNumberFinder::firstMonthsDates_data()
{
    dateColumns();
    const auto row = dateRow;
    row("Jan–Aug 2025", "2025-01/08");
    row("Jan–Feb 2024", "2024-01/02");
    row("Jan–Nov 2024", "2024-01/11");
    row("2025年1—8月", "2025-01/08");
    row("2024年1—9月", "2024-01/09");
    row("2025-01/08", "2025-01/08");
    // To January is a month, to December the year: each has its own form.
    row("2025-01/12", "");
    row("2025-01/01", "");
    // From another month: months of a year of their own (monthSpans), but a quarter's months and
    // the second half's, which have their forms.
    row("2025-02/08", "2025-02/08");
    row("Mar–Aug 2025", "2025-03/08");
    row("2025年3—8月", "2025-03/08");
    row("Nov–Dec 2024", "2024-11/12");
    row("2025-07/09", "");
    row("2025-07/12", "");
    row("2025-08/03", "");
    row("Jan–Dec 2025", "");
    row("2025年以来", "");
    row("2025 to date", "");
}

void TestNumberFinder::firstMonthsDates()
{
    compareDateOfPeriod();
}

// A period that opens a sentence ("1-10月，…", "In January-October, …") is its later clauses'
// too, after "；" as after ";", unless a clause names its own (the month "10月份", "in October
// alone", "上年同期", "2024年"); never past the sentence (。 . ! ?) or its paragraph. Periods
// written by hand.
void TestNumberFinder::openingPeriodCarries_data()
{
    periodsOfTextColumns();
    const auto row = [](const char *name, const QString &text, const QStringList &periods,
                        const QStringList &relatives = {}) {
        periodsOfTextRow(name, text, periods, relatives);
    };
    const auto dated = [](const char *text) -> QString {
        return u"发布时间：2025年11月17日\n"_s + QString::fromUtf8(text);
    };
    const QString janOct = u"2025年1—10月"_s;
    row("zh bulletin, dateline",
        dated("1-10月，全国一般公共预算收入约18.2万亿元，同比增长0.8%；其中，税收收入约14.9万亿"
              "元，同比增长1.7%；非税收入约3.3万亿元，同比下降3.1%。"),
        {janOct, janOct, janOct, janOct, janOct, janOct});
    row("zh bulletin, its year",
        u"2025年1—10月，全国一般公共预算收入约18.2万亿元；其中，税收收入约14.9万亿元；非税收入"
        u"约3.3万亿元。"_s,
        {janOct, janOct, janOct});
    row("zh a year opens it", u"2024年，全省营收为120亿元；其中，服务业营收为70亿元。"_s,
        {u"2024"_s, u"2024"_s});
    row("zh a change on the year before keeps it",
        u"2025年1—10月，收入约18.2万亿元；比上年同期增长0.8%。"_s, {janOct, janOct});
    row("zh its own month", u"2025年1—10月，收入约18.2万亿元；其中，10月份收入约1.6万亿元。"_s,
        {janOct, u"2025年10月"_s});
    row("zh its own month in a clause before",
        u"2025年1—10月，收入约18.2万亿元；其中，10月份，税收收入约1.3万亿元。"_s,
        {janOct, u"2025年10月"_s});
    row("zh the year before's months", u"2025年1—10月，收入约18.2万亿元；上年同期为17.9万亿元。"_s,
        {janOct, QString()});
    row("zh its own year", u"2025年1—10月，收入约18.2万亿元；2024年1—10月为17.9万亿元。"_s,
        {janOct, u"2024年1—10月"_s});
    // "其中，" and "Of this," go on from the sentence before: its first number's period.
    row("zh 其中 goes on from the sentence before",
        u"2025年1—10月，收入约18.2万亿元。其中，税收收入约14.9万亿元。"_s, {janOct, janOct});
    row("zh not past the sentence", u"2025年1—10月，收入约18.2万亿元。税收收入约14.9万亿元。"_s,
        {janOct, QString()});
    row("zh 其中 names its own month",
        u"2025年1—10月，收入约18.2万亿元。其中，10月份收入约1.6万亿元。"_s,
        {janOct, u"2025年10月"_s});
    row("zh 其中 after a sentence with no number",
        u"2025年1—10月，收入平稳。其中，税收收入约14.9万亿元。"_s, {janOct});
    row("zh not past the paragraph", u"2025年1—10月，收入约18.2万亿元；\n税收收入约14.9万亿元。"_s,
        {janOct, QString()});
    row("zh no dateline, relative", u"今年1-10月，收入约18.2万亿元；其中，税收收入约14.9万亿元。"_s,
        {QString(), QString()}, {u"今年1-10月"_s, u"今年1-10月"_s});
    const QString enJanOct = u"Jan–Oct 2025"_s;
    row("en wire",
        u"In January-October 2025, revenue was 18.2 trillion yuan, up 0.8%; of this, tax revenue "
        u"was 14.9 trillion yuan; non-tax revenue was 3.3 trillion yuan."_s,
        {enJanOct, enJanOct, enJanOct, enJanOct});
    row("en its own month",
        u"In January-October 2025, revenue was 18.2 trillion yuan; in October alone, revenue was "
        u"1.6 trillion yuan."_s,
        {enJanOct, u"Oct 2025"_s});
    row("en not past the sentence",
        u"In January-October 2025, revenue was 18.2 trillion yuan. Tax revenue was 14.9 trillion "
        u"yuan."_s,
        {enJanOct, QString()});
    row("en of this goes on from the sentence before",
        u"In January-October 2025, revenue was 18.2 trillion yuan, up 0.8%. Of this, tax revenue "
        u"was 14.9 trillion yuan."_s,
        {enJanOct, enJanOct, enJanOct});
    row("en of this, dateline, the first ten months",
        u"Published: 20 November 2025\nFiscal revenue reached 2.1 trillion yuan in the first ten "
        u"months, up 0.8%. Of this, tax revenue was 1.8 trillion yuan, up 1.7%."_s,
        {enJanOct, enJanOct, enJanOct, enJanOct});
}

void TestNumberFinder::openingPeriodCarries()
{
    comparePeriodsOfText();
}

// The first months of a year with no year before them ("前10个月全国财政收入…", "in the first
// ten months"), as a headline writes them: of the dateline's year when they have ended by then,
// of the year before when they ended there within three months; else, and with no dateline, no
// period and the words in relativePeriod. Periods by hand.
void TestNumberFinder::bareFirstMonths_data()
{
    periodsOfTextColumns();
    const auto row = [](const char *name, const QString &text, const QStringList &periods,
                        const QStringList &relatives = {}) {
        periodsOfTextRow(name, text, periods, relatives);
    };
    row("zh headline, dateline after it",
        u"前10个月全国财政收入约18.2万亿元\n发布时间：2025年11月17日\n"_s, {u"2025年1—10月"_s});
    row("zh headline, no dateline", u"前10个月全国财政收入约18.2万亿元\n"_s, {QString()},
        {u"前10个月"_s});
    // Not over in the dateline's year, but just over in the year before: its latest ones.
    row("zh months not over by the dateline, just over the year before",
        u"发布时间：2026年1月5日\n\n截至发稿，前11个月全国财政收入约20万亿元。"_s,
        {u"2025年1—11月"_s});
    row("zh months not over by the dateline, long over the year before",
        u"发布时间：2026年5月5日\n\n截至发稿，前11个月全国财政收入约20万亿元。"_s, {QString()},
        {u"前11个月"_s});
    row("en headline, dateline after it",
        u"Revenue reached 18.2 trillion yuan in the first ten months\nPublished: 17 November "
        u"2025\n"_s,
        {u"Jan–Oct 2025"_s});
    row("en no dateline", u"In the first ten months, spending reached 22.4 trillion yuan."_s,
        {QString()}, {u"the first ten months"_s});
    // A year before them still gives theirs.
    row("zh year before", u"发布时间：2025年11月17日\n2024年营收为40亿元，其中前两个月为6亿元。"_s,
        {u"2024"_s, u"2024年1—2月"_s});
}

void TestNumberFinder::bareFirstMonths()
{
    comparePeriodsOfText();
}

// Months that do not start in January: the three of a quarter ("7—9月", "July to September")
// are that quarter, "YYYY-Qn", as "第三季度" is (a bare one of the dateline's year when it has
// ended by then); July to December the second half; other spans ("3-8月", "March to August")
// months of a year of their own ("2025年3—8月", "Mar–Aug 2025": 2025-03/08); one month is
// that month (singleMonths), never its year. Periods by hand.
// A text of one sentence under a dateline of 17 November 2025, in Chinese and in English.
static QString dated(const char *text)
{
    return u"发布时间：2025年11月17日\n\n全省经济运行平稳。"_s + QString::fromUtf8(text);
}

static QString datedEn(const char *text)
{
    return u"Published: 17 November 2025\n\nThe economy held steady. "_s + QString::fromUtf8(text);
}

void TestNumberFinder::monthSpans_data()
{
    periodsOfTextColumns();
    const auto row = [](const char *name, const QString &text, const QStringList &periods,
                        const QStringList &relatives = {}) {
        periodsOfTextRow(name, text, periods, relatives);
    };
    row("zh 2025年7—9月", u"2025年7—9月，全省出口额为1200亿元。"_s, {u"2025-Q3"_s});
    row("zh 2025年7-9月", u"2025年7-9月全省出口额为1200亿元。"_s, {u"2025-Q3"_s});
    row("zh 2024年10至12月", u"2024年10至12月全省出口额为1300亿元。"_s, {u"2024-Q4"_s});
    row("zh 2024年4-6月份", u"2024年4-6月份全省出口额为1100亿元。"_s, {u"2024-Q2"_s});
    row("zh bare after a year", u"2025年全省出口额为4500亿元，其中7—9月为1200亿元。"_s,
        {u"2025"_s, u"2025-Q3"_s});
    row("zh bare, dateline", dated("7—9月，全省出口额为1200亿元。"), {u"2025-Q3"_s});
    row("zh 第三季度, dateline", dated("第三季度，全省进口额为800亿元。"), {u"2025-Q3"_s});
    // A projection may be of a part of the year not over by the dateline; an observation is not.
    row("zh 第四季度 projected, not over by the dateline",
        dated("第四季度，全省进口额预计为900亿元。"), {u"2025-Q4"_s});
    row("zh 第四季度 observed, not over by the dateline", dated("第四季度，全省进口额为900亿元。"),
        {QString()});
    row("zh 今年4-6月, dateline", dated("今年4-6月，全省出口额为1100亿元。"), {u"2025-Q2"_s});
    row("zh 今年4-6月, no dateline", u"今年4-6月，全省出口额为1100亿元。"_s, {QString()},
        {u"今年4-6月"_s});
    row("zh 2025年3-8月", u"2025年3-8月，全省工业增加值增长5.2%。"_s, {u"2025年3—8月"_s});
    row("zh bare 3-8月, dateline", dated("3-8月，全省工业增加值增长5.2%。"), {u"2025年3—8月"_s});
    row("zh 2024年11至12月", u"2024年11至12月，全省出口额为800亿元。"_s, {u"2024年11—12月"_s});
    row("zh 2024年7-12月 is the second half", u"2024年7-12月，全省出口额为2500亿元。"_s,
        {u"2024年下半年"_s});
    row("zh bare 3-11月 projected, not over by the dateline",
        dated("3-11月，全省出口额预计为3500亿元。"), {u"2025年3—11月"_s});
    row("zh 今年3-8月, no dateline", u"今年3-8月，全省工业增加值增长5.2%。"_s, {QString()},
        {u"今年3-8月"_s});
    row("zh 1-12月 is no period", u"2024年1-12月，全省出口额为4800亿元。"_s, {QString()});
    row("zh 2025年10月 is no year", u"2025年10月，全省出口额为400亿元。"_s, {u"2025年10月"_s});
    row("zh a date is no month", u"2025年11月17日，全省出口额为400亿元。"_s, {u"2025"_s});
    row("en July to September 2025", u"Exports were 120 billion yuan in July to September 2025."_s,
        {u"2025-Q3"_s});
    row("en July-September 2024", u"In July-September 2024, exports were 110 billion yuan."_s,
        {u"2024-Q3"_s});
    row("en October to December of 2024",
        u"Exports were 130 billion yuan in October to December of 2024."_s, {u"2024-Q4"_s});
    row("en Jul–Sep 2024", u"Exports were 110 billion yuan in Jul–Sep 2024."_s, {u"2024-Q3"_s});
    row("en April to June this year, dateline",
        datedEn("Exports were 110 billion yuan from April to June this year."), {u"2025-Q2"_s});
    row("en bare, dateline", datedEn("From July to September, exports were 120 billion yuan."),
        {u"2025-Q3"_s});
    row("en March to August 2025", u"From March to August 2025, output rose 5.2%."_s,
        {u"Mar–Aug 2025"_s});
    row("en Feb-Nov 2024", u"Output rose 3.1% in Feb-Nov 2024."_s, {u"Feb–Nov 2024"_s});
    row("en March to August this year, dateline",
        datedEn("Output rose 5.2% from March to August this year."), {u"Mar–Aug 2025"_s});
    row("en may is no month", u"Prices may rise 4% in 2025."_s, {u"2025"_s});
    row("en October 2025 is no year", u"In October 2025, exports were 40 billion yuan."_s,
        {u"Oct 2025"_s});
}

void TestNumberFinder::monthSpans()
{
    comparePeriodsOfText();
}

// One month: "2025年10月", "October 2025" of the year it names; "10月份", "in October",
// "October's" of a year before it in the sentence (or the sentence before), else of the
// dateline's year once that month has ended by then; "上月", "last month", "去年10月", "October
// last year" of the dateline. With no year to take, no period and the words in relativePeriod.
// A time in or at the end of a month ("截至10月末", "10月底", "as of October", "by the end of
// October", "in late October") is no month's flow: no period. Periods written by hand.
void TestNumberFinder::singleMonths_data()
{
    periodsOfTextColumns();
    const auto row = [](const char *name, const QString &text, const QStringList &periods,
                        const QStringList &relatives = {}) {
        periodsOfTextRow(name, text, periods, relatives);
    };
    row("zh 2024年12月份", u"2024年12月份，全省出口额为430亿元。"_s, {u"2024年12月"_s});
    row("zh bare after its year", u"2024年全省出口额为4650亿元，其中12月份为430亿元。"_s,
        {u"2024"_s, u"2024年12月"_s});
    row("zh bare, dateline", dated("10月份，全省出口额为452亿元。"), {u"2025年10月"_s});
    row("zh bare before its measure, dateline", dated("10月全省出口额为452亿元。"),
        {u"2025年10月"_s});
    row("zh bare projected, not over by the dateline", dated("预计11月份全省出口额为460亿元。"),
        {u"2025年11月"_s});
    row("zh bare observed, not over by the dateline", dated("11月份全省出口额为460亿元。"),
        {QString()}, {u"11月份"_s});
    row("zh bare, no dateline", u"10月份，全省出口额为452亿元。"_s, {QString()}, {u"10月份"_s});
    row("zh 上月, dateline", dated("上月，全省进口额为305亿元。"), {u"2025年10月"_s});
    row("zh 上月 in January", u"发布时间：2026年1月6日\n\n上月，全省进口额为310亿元。"_s,
        {u"2025年12月"_s});
    row("zh 上月, no dateline", u"上月，全省进口额为305亿元。"_s, {QString()}, {u"上月"_s});
    row("zh 去年10月, dateline", dated("去年10月，全省出口额为426亿元。"), {u"2024年10月"_s});
    row("zh 今年12月 projected, not over by the dateline",
        dated("今年12月，全省出口额预计为470亿元。"), {u"2025年12月"_s});
    row("zh 今年12月 observed, not over by the dateline", dated("今年12月，全省出口额为470亿元。"),
        {QString()}, {u"今年12月"_s});
    row("zh 截至10月末", dated("截至10月末，全省外贸企业达到1.26万家。"), {QString()});
    row("zh 10月底", dated("10月底，全省跨境电商主体为3200家。"), {QString()});
    row("zh 截至2025年10月", u"截至2025年10月，全省外贸企业达到1.26万家。"_s, {QString()});
    row("zh 10月以来", dated("10月以来，全省新增外贸企业420家。"), {QString()});
    row("en in October 2025", u"Container exports were $45.1 billion in October 2025."_s,
        {u"Oct 2025"_s});
    row("en Oct 2025", u"Exports were $45.1 billion in Oct 2025."_s, {u"Oct 2025"_s});
    row("en bare after its year",
        u"In 2024 exports were $470 billion, and in December they were $41 billion."_s,
        {u"2024"_s, u"Dec 2024"_s});
    row("en October's, dateline", datedEn("October's imports reached $30.4 billion."),
        {u"Oct 2025"_s});
    row("en in May, dateline", datedEn("Imports were $28.8 billion in May."), {u"May 2025"_s});
    row("en last month, dateline", datedEn("Transit cargo was 2.7 million tonnes last month."),
        {u"Oct 2025"_s});
    row("en last month, no dateline", u"Transit cargo was 2.7 million tonnes last month."_s,
        {QString()}, {u"last month"_s});
    row("en October last year, dateline",
        datedEn("Exports were $39.8 billion in October last year."), {u"Oct 2024"_s});
    row("en bare projected, not over by the dateline",
        datedEn("Exports are expected to reach $47 billion in December."), {u"Dec 2025"_s});
    row("en bare observed, not over by the dateline",
        datedEn("Exports were $47 billion in December."), {QString()}, {u"December"_s});
    // A projection of a month is of the nearest such month, before or after the dateline.
    row("en bare projected, next year's month",
        datedEn("Exports are expected to reach $50 billion in March."), {u"Mar 2026"_s});
    row("zh bare projected, a month just over", dated("预计10月份全省出口额为455亿元。"),
        {u"2025年10月"_s});
    // "last October" is the year before the dateline's, "this October" its own.
    row("en last October, dateline", datedEn("Exports fell 1.1% last October."), {u"Oct 2024"_s});
    row("en this October, dateline", datedEn("Exports rose 0.6% this October."), {u"Oct 2025"_s});
    row("en after rising last October",
        datedEn("Shipments fell 0.6% this October after rising 1.4% last October."),
        {u"Oct 2025"_s, u"Oct 2024"_s});
    row("en last October, no dateline", u"Exports fell 1.1% last October."_s, {QString()},
        {u"last October"_s});
    row("en since last October is no month", datedEn("Exports rose 4% since last October."),
        {QString()});
    // An abbreviated month: with its year, or bare with its full stop.
    row("en Oct. 2025", u"Exports in Oct. 2025 rose 3.2%."_s, {u"Oct 2025"_s});
    row("en in Sept. and in Oct., dateline",
        datedEn("Retail sales rose 2.9% in Sept. and 3.0% in Oct., it said."),
        {u"Sep 2025"_s, u"Oct 2025"_s});
    row("en Oct. 20 is a date", datedEn("On Oct. 20 exports rose 3%."), {QString()});
    // A new sentence with a dateline is of the text's own time, not of the year the sentence
    // before was about; a later clause after "；" keeps its sentence's year.
    row("zh new sentence, dateline's year",
        u"2025年11月20日 新华社电\n2024年，全市规模以上工业增加值增长5.2%。10月份，出口额为118亿元。"_s,
        {u"2024"_s, u"2025年10月"_s});
    row("zh new sentence, projected, dateline's year",
        u"2025年11月20日 新华社电\n2024年，全市规模以上工业增加值增长5.2%。预计12月份，出口额将达到约120亿元。"_s,
        {u"2024"_s, u"2025年12月"_s});
    row("zh new sentence, not over, the year before named",
        u"发布时间：2025年8月12日\n2024年，全市出口额为4000亿元。四季度，出口额为1100亿元。"_s,
        {u"2024"_s, u"2024-Q4"_s});
    // A part of the year before that ended within the last three months is the latest one.
    row("en bare December in January",
        u"Published: 5 January 2026\n\nExports fell 2% in December."_s, {u"Dec 2025"_s});
    row("zh bare 四季度 in February",
        u"发布时间：2026年2月10日\n\n四季度，全省出口额为1300亿元。"_s, {u"2025-Q4"_s});
    row("en bare September in January is too old",
        u"Published: 5 January 2026\n\nExports fell 2% in September."_s, {QString()},
        {u"September"_s});
    row("zh later clause keeps its sentence's year",
        u"发布时间：2025年11月17日\n2024年，全市出口额为4650亿元；10月份，出口额为430亿元。"_s,
        {u"2024"_s, u"2024年10月"_s});
    row("en bare, no dateline", u"Exports were $45.1 billion in October."_s, {QString()},
        {u"October"_s});
    row("en as of October", datedEn("As of October, the port had 212 berths in service."),
        {QString()});
    row("en by the end of October 2025",
        u"By the end of October 2025, 18,400 workers were registered at the port."_s, {QString()});
    row("en at the end of October",
        datedEn("There were 18,400 workers registered at the end of October."), {QString()});
    row("en in late October", datedEn("Some 3,100 ships called in late October."), {QString()});
    row("en a date is no month", u"On 17 October 2025, the port handled 12,000 containers."_s,
        {QString()});
    row("en a quarter to October is no month",
        u"Exports in the October 2025 quarter were $128 billion."_s, {QString()});
    row("en a span over two years is no month",
        u"From October 2024 to March 2025, exports were $240 billion."_s, {QString()});
}

void TestNumberFinder::singleMonths()
{
    comparePeriodsOfText();
}

// One month as the finder writes it, and its date: dateOfPeriod's table.
void TestNumberFinder::singleMonthDates_data()
{
    dateColumns();
    const auto row = dateRow;
    row("Oct 2025", "2025-10");
    row("Sep 2025", "2025-09");
    row("2025年10月", "2025-10");
    row("2025年1月", "2025-01");
    row("2025-10", "2025-10");
    row("Abc 2025", "");
    row("2025年13月", "");
    row("October", "");
}

void TestNumberFinder::singleMonthDates()
{
    compareDateOfPeriod();
}

// A dateline: a date alone among a text's first lines, or before a byline or the story, with
// or without a label; a date that starts a sentence, or comes late, is none.
void TestNumberFinder::datelines_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::newRow("zh label") << u"某市经济运行\n发布时间：2025年8月12日\n\n正文。"_s
                              << QDate(2025, 8, 12);
    QTest::newRow("zh alone") << u"标题\n2025年8月2日\n"_s << QDate(2025, 8, 2);
    QTest::newRow("iso first") << u"2025-08-12\nTitle\n"_s << QDate(2025, 8, 12);
    QTest::newRow("en label") << u"Title\nPublished: 12 August 2025\n"_s << QDate(2025, 8, 12);
    QTest::newRow("en month first, story")
        << u"Title\nAug. 12, 2025 — The port said on Tuesday...\n"_s << QDate(2025, 8, 12);
    QTest::newRow("en updated on")
        << u"Title\nUpdated on 3 Sept 2024 (Reuters)\n"_s << QDate(2024, 9, 3);
    QTest::newRow("zh sentence") << u"标题\n2025年8月12日，公司宣布营收增长12%。\n"_s << QDate();
    QTest::newRow("en sentence") << u"Title\n\nIn 2025 revenue rose 12%.\n"_s << QDate();
    QTest::newRow("no such day") << u"Title\nPublished: 31 February 2025\n"_s << QDate();
    QTest::newRow("too late") << u"a\nb\nc\nd\ne\nf\nPublished: 12 August 2025\n"_s << QDate();
    // Wires: a place before the date, an abbreviated month, the agency, a dash or two.
    QTest::newRow("wire place, abbreviated month")
        << u"Title\n\nBeijing, Nov. 20, 2025 -- Fiscal revenue reached 2.1 trillion yuan.\n"_s
        << QDate(2025, 11, 20);
    QTest::newRow("wire release")
        << u"NEW YORK, Sept. 3, 2025 /PRNewswire/ -- Acme Inc. reported revenue.\n"_s
        << QDate(2025, 9, 3);
    QTest::newRow("wire with no year")
        << u"NOV 20 (Reuters) - Output grew 4.1% in October.\n"_s << QDate();
    QTest::newRow("wire with no year, a dated line")
        << u"Title\nPublished: 20 November 2025\n\nNOV 20 (Reuters) - Output grew 4.1%.\n"_s
        << QDate(2025, 11, 20);
    QTest::newRow("zh agency and place before the date")
        << u"新华社北京2025年11月20日电 国家统计局20日发布数据，10月份工业增加值同比增长4.9%。\n"_s
        << QDate(2025, 11, 20);
    QTest::newRow("zh agency, no year")
        << u"新华社北京11月20日电 国家统计局20日发布数据，10月份工业增加值同比增长4.9%。\n"_s
        << QDate();
    QTest::newRow("zh credit after the date")
        << u"标题\n2025年11月20日 新华社电\n\n正文。"_s << QDate(2025, 11, 20);
    QTest::newRow("en a day is no wire dateline")
        << u"Title\n\nNov 20 was a busy day at the port.\n"_s << QDate();
}

// A full stop after an abbreviation ends no sentence when a lowercase word or a digit follows
// ("Nov. 20", "Oct. 2025", "No. 2", "approx. 40", "Acme Inc. said"), nor after a title; before
// a capital it does ("in Oct. Imports fell"). A dateline's words before the story ("Beijing,
// Nov. 20, 2025 -- ", "NOV 20 (Reuters) - ") are no sentence and state no number. Each number's
// value and quote, written by hand.
void TestNumberFinder::abbreviationsEndNoSentence_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("numbers"); // value|quote, in order
    const auto row = [](const char *name, const QString &text, const QStringList &numbers) {
        QTest::newRow(name) << text << numbers;
    };
    row("month and year", u"Exports in Oct. 2025 rose 3.2%."_s,
        {u"3.2|Exports in Oct. 2025 rose 3.2%."_s});
    row("months, then a comma", u"Sales rose 2.9% in Sept. and 3.0% in Oct., it said."_s,
        {u"2.9|Sales rose 2.9% in Sept. and 3.0% in Oct., it said."_s,
         u"3|Sales rose 2.9% in Sept. and 3.0% in Oct., it said."_s});
    row("a month before a capital ends it", u"Exports rose 3% in Oct. Imports fell 2%."_s,
        {u"3|Exports rose 3% in Oct."_s, u"-2|Imports fell 2%."_s});
    row("No.", u"The No. 2 carmaker sold 310,000 cars."_s,
        {u"310000|The No. 2 carmaker sold 310,000 cars."_s});
    row("approx.", u"Sales were approx. 40 million units. Profit rose 5%."_s,
        {u"40000000|Sales were approx. 40 million units."_s, u"5|Profit rose 5%."_s});
    row("Inc. said", u"Acme Inc. said sales rose 4%."_s, {u"4|Acme Inc. said sales rose 4%."_s});
    row("Corp. before a capital ends it", u"Sales were $2 billion at Acme Corp. Profit rose 5%."_s,
        {u"2000000000|Sales were $2 billion at Acme Corp."_s, u"5|Profit rose 5%."_s});
    row("a title", u"Dr. Li said 40% of patients recovered."_s,
        {u"40|Dr. Li said 40% of patients recovered."_s});
    row("a dateline's words",
        u"Beijing, Nov. 20, 2025 -- Fiscal revenue reached 2.1 trillion yuan, up 0.8%."_s,
        {u"2100000000000|Fiscal revenue reached 2.1 trillion yuan, up 0.8%."_s,
         u"0.8|Fiscal revenue reached 2.1 trillion yuan, up 0.8%."_s});
    row("a dateline with no year",
        u"NOV 20 (Reuters) - Factory output grew 4.1% from a year earlier."_s,
        {u"4.1|Factory output grew 4.1% from a year earlier."_s});
    row("a decimal ends a sentence", u"The index was 52.1. Of this, new orders were 51.4."_s,
        {u"52.1|The index was 52.1."_s, u"51.4|Of this, new orders were 51.4."_s});
    row("U.S. ends none", u"The U.S. economy grew 2%."_s, {u"2|The U.S. economy grew 2%."_s});
    row("a date in a sentence is no number", u"On Nov. 3, 2025, exports rose 3%."_s,
        {u"3|On Nov. 3, 2025, exports rose 3%."_s});
}

void TestNumberFinder::abbreviationsEndNoSentence()
{
    QFETCH(QString, text);
    QStringList numbers;
    for (const FoundNumber &n : findNumbers(text))
        numbers << numberText(n.value) + u'|' + n.quote;
    QTEST(numbers, "numbers");
}

// Wire stories (tests/data/periods/wire-*.txt): each number's value, qualifier, period and
// status, and how its quote starts, written by hand from the texts' datelines and words.
void TestNumberFinder::wireStories_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("numbers"); // value|qualifier|period|status|quote's start
    QTest::newRow("fiscal, Beijing, Nov. 20, 2025")
        << u"periods/wire-abbreviations-en.txt"_s
        << QStringList{u"2100000000000|exact|Jan–Oct 2025|observed|Fiscal revenue reached"_s,
                       u"0.8|exact|Jan–Oct 2025|observed|Fiscal revenue reached"_s,
                       u"1800000000000|exact|Jan–Oct 2025|observed|Of this, tax revenue"_s,
                       u"1.7|exact|Jan–Oct 2025|observed|Of this, tax revenue"_s,
                       u"3.2|exact|Oct 2025|observed|Exports in Oct. 2025 rose"_s,
                       u"-1.1|exact|Oct 2024|observed|Exports in Oct. 2025 rose"_s};
    QTest::newRow("factory output, NOV 20 (Reuters)")
        << u"periods/wire-reuters-en.txt"_s
        << QStringList{u"4.1|exact|Oct 2025|observed|Factory output grew"_s,
                       u"2.9|exact|Sep 2025|observed|Retail sales rose"_s,
                       u"3|exact|Oct 2025|observed|Retail sales rose"_s,
                       u"1200|approximate||observed|Acme Corp. said approx."_s,
                       u"4.5|exact|Dec 2025|projected|Output is expected"_s,
                       u"-0.6|exact|Oct 2025|observed|Shipments fell"_s,
                       u"1.4|exact|Oct 2024|observed|Shipments fell"_s,
                       u"310000|exact|2025-Q3|observed|No. 2 carmaker"_s};
    QTest::newRow("results, NEW YORK, Sept. 3, 2025 /PRNewswire/")
        << u"periods/wire-release-en.txt"_s
        << QStringList{u"1200000000|exact|2025-Q2|observed|Acme Inc. reported"_s,
                       u"6|exact|2025-Q2|observed|Acme Inc. reported"_s,
                       u"410000000|exact|2025-Q2|observed|Of this, services"_s,
                       u"5400|approximate|Aug 2025|observed|The company had approx."_s,
                       u"1300000000|exact|2025-Q3|projected|The company had approx."_s,
                       u"2200000|exact|Jul 2025|observed|Its No. 1 product"_s};
    QTest::newRow("inflation, FRANKFURT, Jan. 6, 2026 (Reuters)")
        << u"periods/wire-january-en.txt"_s
        << QStringList{u"2.1|exact|Dec 2025|observed|Euro zone inflation"_s,
                       u"2.3|exact|Nov 2025|observed|Euro zone inflation"_s,
                       u"2.6|exact|Dec 2025|estimated|Core inflation was est."_s,
                       u"0.3|exact|2025-Q4|observed|For the fourth quarter"_s,
                       u"0.4|exact|2026-Q1|projected|For the fourth quarter"_s,
                       u"40|approximate||observed|Approx. 40% of firms"_s};
    QTest::newRow("zh 2025年11月20日 新华社电")
        << u"periods/wire-xinhua-zh.txt"_s
        << QStringList{u"5.2|exact|2024|observed|2024年，全市"_s,
                       u"12000000000|approximate|2025年12月|projected|预计12月份"_s,
                       u"86000000000|approximate|2025年1—10月|observed|前10个月"_s,
                       u"0.9|exact|2025年1—10月|observed|前10个月"_s,
                       u"69000000000|approximate|2025年1—10月|observed|其中，税收收入"_s,
                       u"1.8|exact|2025年1—10月|observed|其中，税收收入"_s,
                       u"41000000000|exact|2025年10月|observed|10月份，全市"_s,
                       u"39500000000|exact|2024年10月|observed|去年10月为"_s};
}

void TestNumberFinder::wireStories()
{
    QFETCH(QString, file);
    QFETCH(QStringList, numbers);
    const QList<FoundNumber> found = numbersOfFile(file);
    QCOMPARE(found.size(), numbers.size());
    for (qsizetype i = 0; i < found.size(); ++i) {
        const FoundNumber &n = found.at(i);
        const QStringList expected = numbers.at(i).split(u'|');
        QCOMPARE(numberText(n.value), expected.at(0));
        QCOMPARE(QString(entry(n.qualifier).name), expected.at(1));
        QCOMPARE(n.period, expected.at(2));
        QCOMPARE(QString(entry(n.status).name), expected.at(3));
        QVERIFY2(n.quote.startsWith(expected.at(4)), qPrintable(n.quote));
    }
}

void TestNumberFinder::datelines()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QCOMPARE(datelineOf(text), date);
}

QTEST_APPLESS_MAIN(TestNumberFinder)
void TestNumberFinder::ranges_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("qualifier");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("phrase");
    QTest::addColumn<int>("column"); // of the low end's digits

    auto row = [](const char *name, const char *text, double low, double high, const char *unit,
                  const char *qualifier, const char *status, const char *phrase, int column) {
        QTest::newRow(name) << QString::fromUtf8(text) << low << high << QString::fromUtf8(unit)
                            << QString::fromUtf8(qualifier) << QString::fromUtf8(status)
                            << QString::fromUtf8(phrase) << column;
    };
    row("between and", "The group expects between 4 and 6 GW of additions in 2025.", 4, 6, "GW",
        "exact", "projected", "between 4 and 6 GW", 27);
    row("to, one scale", "Sales of 2 to 3 million units are likely.", 2000000, 3000000, "count",
        "exact", "observed", "2 to 3 million", 10);
    row("scale twice", "It employs 2 million to 3 million people.", 2000000, 3000000, "count",
        "exact", "observed", "2 million to 3 million", 12);
    row("hyphen", "Plants of 4-6 GW were built.", 4, 6, "GW", "exact", "observed", "4-6 GW", 11);
    row("en dash, signs", "The deal is worth $2bn\u2013$3bn.", 2000000000.0, 3000000000.0, "USD",
        "exact", "observed", "$2bn\u2013$3bn", 20);
    row("unit twice", "A plant of 4 GW to 6 GW is planned.", 4, 6, "GW", "exact", "observed",
        "4 GW to 6 GW", 12);
    row("about", "About 10 to 15% of firms replied.", 10, 15, "percent", "approximate", "observed",
        "About 10 to 15%", 7);
    row("between years of a count", "It hired between 2000 and 3000 staff.", 2000, 3000, "count",
        "exact", "observed", "between 2000 and 3000", 18);
    row("万至万", "销量为3万至5万辆。", 30000, 50000, "count", "exact", "observed", "3万至5万", 4);
    row("至 吉瓦", "新增装机4至6吉瓦。", 4, 6, "GW", "exact", "observed", "4至6吉瓦", 5);
    row("after a verb of change, bare", "Prices rose 4 to 6 percent.", 4, 6, "percent", "exact",
        "observed", "4 to 6 percent", 13);
    row("到 percent", "增速为5%到8%。", 5, 8, "percent", "exact", "observed", "5%到8%", 4);
    row("scale, then currency", "规模在4.2万亿至4.5万亿元之间。", 4.2e12, 4.5e12, "CNY", "exact",
        "observed", "4.2万亿至4.5万亿元", 4);
    row("scale, then a unit word", "It costs 2 million to 3 million euros.", 2e6, 3e6, "EUR",
        "exact", "observed", "2 million to 3 million euros", 10);
}

// A range is one number, from its low end's words to its high end's unit, and says both ends.
void TestNumberFinder::ranges()
{
    QFETCH(QString, text);
    QFETCH(double, low);
    QFETCH(double, high);
    QFETCH(QString, unit);
    QFETCH(QString, qualifier);
    QFETCH(QString, status);
    QFETCH(QString, phrase);
    QFETCH(int, column);
    const QList<FoundNumber> found = findNumbers(text);
    for (const FoundNumber &n : found)
        qInfo("%s", qPrintable(foundNumberLine(n).section(u'\t', 0, 6)));
    QCOMPARE(found.size(), 1);
    const FoundNumber &n = found.constFirst();
    QCOMPARE(n.value, low);
    QVERIFY(n.high.has_value());
    QCOMPARE(*n.high, high);
    QCOMPARE(unitName(n.unit), unit);
    QCOMPARE(QString(entry(n.qualifier).name), qualifier);
    QCOMPARE(QString(entry(n.status).name), status);
    QCOMPARE(n.quote.mid(n.phraseStart, n.phraseEnd - n.phraseStart), phrase);
    QCOMPARE(n.column, column);
    QCOMPARE(foundNumberLine(n).section(u'\t', 2, 2), numberText(low) + u".."_s + numberText(high));
}

void TestNumberFinder::changesAreNoRanges_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<double>>("values");
    QTest::newRow("from to") << u"Installations fell from 3.4 GW to 2.1 GW."_s
                             << QList<double>{3.4, 2.1};
    QTest::newRow("by to") << u"Capacity rose by 2 GW to 5 GW."_s << QList<double>{2, 5};
    QTest::newRow("another unit") << u"Output grew 5% to 30 GW."_s << QList<double>{5, 30};
    QTest::newRow("a year before")
        << u"It added 2.1 GW in 2023 to 2.9 GW in 2024."_s << QList<double>{2.1, 2.9};
    QTest::newRow("and without between") << u"It built 4 and 6 GW plants."_s << QList<double>{4, 6};
    QTest::newRow("high below low") << u"Costs of 9-6 GW"_s << QList<double>{6};
    QTest::newRow("从降至") << u"装机从3.4吉瓦降至2.1吉瓦。"_s << QList<double>{3.4, 2.1};
    QTest::newRow("rose by, to") << u"Profit rose 5 million to 20 million euros."_s
                                 << QList<double>{5e6, 20e6};
    QTest::newRow("grew by, to, signs") << u"Sales grew $2bn to $3bn."_s << QList<double>{2e9, 3e9};
    QTest::newRow("another unit that starts alike")
        << u"Plants of 4 GW to 6 GWh."_s << QList<double>{4, 6};
    QTest::newRow("由增至") << u"营收由1.2万亿元增至1.5万亿元。"_s << QList<double>{1.2e12, 1.5e12};
}

// A change from one number to another states both, neither of them a range.
void TestNumberFinder::changesAreNoRanges()
{
    QFETCH(QString, text);
    QFETCH(QList<double>, values);
    const QList<FoundNumber> found = findNumbers(text);
    QList<double> got;
    for (const FoundNumber &n : found) {
        qInfo("%s", qPrintable(foundNumberLine(n).section(u'\t', 0, 6)));
        QVERIFY(!n.high);
        got << n.value;
    }
    QCOMPARE(got, values);
}

#include "tst_numberfinder.moc"
