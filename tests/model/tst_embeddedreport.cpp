// SPDX-License-Identifier: GPL-3.0-or-later
// The report compiled into Figdeck: it loads cleanly, every number is exact, qualified and traced
// to a verbatim quote of the source text, and the figures say what the text says.
#include "format.h"
#include "modeltestdata.h"
#include "reportloader.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

#include <cmath>
#include <functional>

using namespace Figdeck;
using namespace Figdeck::TestData;
using namespace Qt::StringLiterals;

namespace {

// Whitespace runs count as one space, so that a quote may span a line break of the source.
QString normalized(const QString &text)
{
    static const QRegularExpression whitespace(u"\\s+"_s);
    return QString(text).replace(whitespace, u" "_s).trimmed();
}

QStringList ids(const QList<Caveat> &caveats)
{
    QStringList result;
    for (const Caveat &c : caveats)
        result << c.id;
    return result;
}

} // namespace

class TestEmbeddedReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loadsWithoutDiagnostics();
    void roundTrips();
    void header();
    void metrics_data();
    void metrics();
    void everyMetricIsInTheTable();
    void quotesAreVerbatim_data();
    void quotesAreVerbatim();
    void figureIdsInOrder();
    void figureShapes();
    void shareGroupsAddUp();
    void derivedMetricIsArithmetic();
    void caveatsPointAtTheirMetrics_data();
    void caveatsPointAtTheirMetrics();
    void everyFigureHasFindingsAndCaveats();
    void sectionsCoverTheText_data();
    void sectionsCoverTheText();
    void reportLevelCaveats();
    void describeMetricReadsWell();
    void seedCopyMatchesTheSharedSeed();
    void shownInChinese_data();
    void shownInChinese();
    void everyTextHasChinese();

private:
    Report m_report;
    QString m_seed;
};

void TestEmbeddedReport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_report = embeddedReport();
    m_seed = normalized(
        QString::fromUtf8(readFile(QStringLiteral(FIGDECK_TEST_DATA "/seed-source.txt"))));
    QVERIFY(!m_seed.isEmpty());
}

void TestEmbeddedReport::loadsWithoutDiagnostics()
{
    const LoadResult result = loadReportPack(embeddedReportPath());
    QVERIFY2(result.diagnostics.isEmpty(), qPrintable(describe(result)));
    QVERIFY(result.ok());
    QVERIFY(*result.report == m_report);
}

void TestEmbeddedReport::roundTrips()
{
    const QByteArray bytes = serializeReportPack(m_report);
    const LoadResult again = parseReportPack(bytes, u"roundtrip.json"_s);
    QVERIFY(again.diagnostics.isEmpty());
    QVERIFY(again.ok());
    QVERIFY(*again.report == m_report);
    // Writing is stable: the second generation is byte for byte the first.
    QCOMPARE(serializeReportPack(*again.report), bytes);
}

void TestEmbeddedReport::header()
{
    QCOMPARE(m_report.title.text(),
             u"Next-Generation Artificial Intelligence Science and Technology Industry "
             "Development Report 2026"_s);
    QCOMPARE(m_report.event.text(), u"2026 World Intelligent Industry Expo"_s);
    QCOMPARE(m_report.date, u"2026"_s);
    QCOMPARE(m_report.language, u"en"_s);
    QVERIFY(m_report.issuer.isEmpty()); // the article does not name one
    QCOMPARE(m_report.primarySource().title.text(),
             u"China's AI industry reaches turning point in 2026 with over 6,000 firms and 1.2 "
             "trillion yuan scale"_s);
    QCOMPARE(m_report.primarySource().url,
             u"https://www.winzheng.com/article/china-ai-report-2026-turning-point"_s);
    QCOMPARE(toString(m_report.primarySource().kind), u"news-summary"_s);
    QCOMPARE(m_report.primarySource().publisher.text(), u"winzheng.com"_s);
    // The source line at the end of the text names the same address.
    QVERIFY(m_seed.contains(m_report.primarySource().url));
    QVERIFY(m_seed.contains(m_report.title.text()));
    QVERIFY(m_seed.contains(m_report.event.text()));
}

void TestEmbeddedReport::metrics_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("qualifier");
    QTest::addColumn<QString>("origin");
    QTest::addColumn<bool>("projected");
    QTest::addColumn<QString>("period");
    QTest::addColumn<QString>("formatted");

    auto row = [](const char *id, double value, const char *unit, const char *qualifier,
                  const char *origin, bool projected, const QString &period,
                  const QString &formatted) {
        QTest::newRow(id) << QString::fromLatin1(id) << value << QString::fromLatin1(unit)
                          << QString::fromLatin1(qualifier) << QString::fromLatin1(origin)
                          << projected << period << formatted;
    };
    row("ai-enterprises", 6000, "count", "more-than", "stated", false, u"end of 2025"_s,
        u"6,000+"_s);
    row("core-scale-cny", 1.2e12, "CNY", "more-than", "stated", false, u"end of 2025"_s,
        u"> ¥1.2 trillion"_s);
    row("core-scale-usd", 165e9, "USD", "approximate", "stated", false, u"end of 2025"_s,
        u"≈ $165 billion"_s);
    row("innovation-platforms", 47, "count", "exact", "stated", false, QString(), u"47"_s);
    row("grade3a-hospitals", 300, "count", "more-than", "stated", false, QString(), u"300+"_s);
    row("jobs-2026-2030", 2e6, "count", "more-than", "stated", true, u"2026–2030"_s,
        u"2 million+"_s);
    row("layer-foundation", 35, "percent", "exact", "stated", false, QString(), u"35%"_s);
    row("layer-framework", 28, "percent", "exact", "stated", false, QString(), u"28%"_s);
    row("layer-application", 37, "percent", "exact", "stated", false, QString(), u"37%"_s);
    row("clusters-combined", 75, "percent", "exact", "stated", false, QString(), u"75%"_s);
    row("rest-of-country", 25, "percent", "exact", "derived", false, QString(), u"25%"_s);
    row("mfg-task-completion", 92, "percent", "more-than", "stated", false, QString(), u"> 92%"_s);
    row("misdiagnosis-reduction", 15, "percent", "exact", "stated", false, QString(), u"15%"_s);
    row("single-machine-intelligence", 30, "percent", "more-than", "stated", false, QString(),
        u"> 30%"_s);
}

void TestEmbeddedReport::metrics()
{
    QFETCH(QString, id);
    QFETCH(double, value);
    QFETCH(QString, unit);
    QFETCH(QString, qualifier);
    QFETCH(QString, origin);
    QFETCH(bool, projected);
    QFETCH(QString, period);
    QFETCH(QString, formatted);

    const Metric *metric = m_report.metric(id);
    QVERIFY2(metric, qPrintable(id));
    QCOMPARE(metric->value, value);
    QCOMPARE(toString(metric->unit), unit);
    QCOMPARE(toString(metric->qualifier), qualifier);
    QCOMPARE(toString(metric->origin), origin);
    QCOMPARE(metric->isProjected(), projected);
    QCOMPARE(metric->period.text(), period);
    QCOMPARE(formatValue(*metric), formatted);
    QVERIFY(!metric->label.isEmpty());
    QVERIFY(!metric->quote.isEmpty());
    if (metric->unit == Unit::percent())
        QVERIFY2(!metric->measure.isEmpty(), "a percent says of what");
    if (metric->unit == Unit::count())
        QVERIFY2(!metric->noun.isEmpty(), "a count says of what");
}

void TestEmbeddedReport::everyMetricIsInTheTable()
{
    QCOMPARE(m_report.metrics.size(), 14);
    const QStringList expected = {u"ai-enterprises"_s,         u"core-scale-cny"_s,
                                  u"core-scale-usd"_s,         u"innovation-platforms"_s,
                                  u"grade3a-hospitals"_s,      u"jobs-2026-2030"_s,
                                  u"layer-foundation"_s,       u"layer-framework"_s,
                                  u"layer-application"_s,      u"clusters-combined"_s,
                                  u"rest-of-country"_s,        u"mfg-task-completion"_s,
                                  u"misdiagnosis-reduction"_s, u"single-machine-intelligence"_s};
    QStringList actual;
    for (const Metric &m : m_report.metrics)
        actual << m.id;
    QCOMPARE(actual, expected);
}

void TestEmbeddedReport::quotesAreVerbatim_data()
{
    QTest::addColumn<QString>("quote");
    const Report report = embeddedReport();
    for (const Metric &m : report.metrics)
        QTest::addRow("metric %s", qPrintable(m.id)) << m.quote;
    for (const Figure &f : report.figures) {
        for (int i = 0; i < f.findings.size(); ++i) {
            if (!f.findings.at(i).quote.isEmpty())
                QTest::addRow("%s finding %d", qPrintable(f.id), i) << f.findings.at(i).quote;
        }
    }
    for (const Section &s : report.sections) {
        for (int i = 0; i < s.findings.size(); ++i) {
            if (!s.findings.at(i).quote.isEmpty())
                QTest::addRow("%s finding %d", qPrintable(s.id), i) << s.findings.at(i).quote;
        }
    }
}

void TestEmbeddedReport::quotesAreVerbatim()
{
    QFETCH(QString, quote);
    QVERIFY(!quote.trimmed().isEmpty());
    QVERIFY2(m_seed.contains(normalized(quote)), qPrintable(quote));
}

void TestEmbeddedReport::figureIdsInOrder()
{
    QStringList actual;
    for (const Figure &f : m_report.figures)
        actual << f.id;
    QCOMPARE(actual, QStringList({u"headline"_s, u"layer-shares"_s, u"cluster-output"_s,
                                  u"sector-metrics"_s}));
}

void TestEmbeddedReport::figureShapes()
{
    const Figure *headline = m_report.figure(u"headline"_s);
    QVERIFY(headline);
    QCOMPARE(toString(headline->kind), u"tiles"_s);
    QCOMPARE(headline->metricIds,
             QStringList({u"ai-enterprises"_s, u"core-scale-cny"_s, u"core-scale-usd"_s,
                          u"innovation-platforms"_s, u"grade3a-hospitals"_s, u"jobs-2026-2030"_s}));
    QCOMPARE(m_report.metric(u"core-scale-usd"_s)->equivalentOf, u"core-scale-cny"_s);

    const Figure *layers = m_report.figure(u"layer-shares"_s);
    QVERIFY(layers && layers->shares);
    QCOMPARE(toString(layers->kind), u"shares"_s);
    QVERIFY(layers->shares->complete);
    QCOMPARE(layers->shares->whole.text(), u"companies in the core industry"_s);
    QCOMPARE(layers->shares->partIds,
             QStringList({u"layer-foundation"_s, u"layer-framework"_s, u"layer-application"_s}));

    const Figure *clusters = m_report.figure(u"cluster-output"_s);
    QVERIFY(clusters && clusters->shares);
    QCOMPARE(toString(clusters->kind), u"part-whole"_s);
    QVERIFY(clusters->shares->complete);
    QCOMPARE(clusters->shares->partIds,
             QStringList({u"clusters-combined"_s, u"rest-of-country"_s}));
    // No per-cluster split is invented: the figure shows only the combined share and the rest.
    QCOMPARE(clusters->metricIds, clusters->shares->partIds);
    QVERIFY(m_report.metric(u"clusters-combined"_s)->label.text().contains(u"combined"_s));

    const Figure *sectors = m_report.figure(u"sector-metrics"_s);
    QVERIFY(sectors);
    QCOMPARE(toString(sectors->kind), u"small-multiples"_s);
    QVERIFY(!sectors->comparable);
    QVERIFY(!sectors->shares);
    QCOMPARE(sectors->metricIds, QStringList({u"mfg-task-completion"_s, u"misdiagnosis-reduction"_s,
                                              u"single-machine-intelligence"_s}));
    // Three percentages of different kinds: each says what it measures, and no two say the same.
    QSet<QString> measures;
    for (const Metric *m : m_report.metricsOf(*sectors))
        measures.insert(m->measure.text());
    QCOMPARE(measures.size(), 3);
}

void TestEmbeddedReport::shareGroupsAddUp()
{
    int groups = 0;
    for (const Figure &f : m_report.figures) {
        if (!f.shares)
            continue;
        ++groups;
        double sum = 0;
        for (const QString &id : f.shares->partIds) {
            const Metric *m = m_report.metric(id);
            QVERIFY(m);
            QCOMPARE(toString(m->unit), u"percent"_s);
            QVERIFY(m->value >= 0 && m->value <= 100);
            sum += m->value;
        }
        QVERIFY(f.shares->complete);
        QVERIFY2(std::fabs(sum - f.shares->total) <= 0.5, qPrintable(f.id));
        QCOMPARE(sum, 100.0); // both groups of this report add up exactly
    }
    QCOMPARE(groups, 2);
}

void TestEmbeddedReport::derivedMetricIsArithmetic()
{
    QStringList derived;
    for (const Metric &m : m_report.metrics) {
        if (m.origin == Origin::Derived)
            derived << m.id;
    }
    QCOMPARE(derived, QStringList{u"rest-of-country"_s}); // everything else is stated
    const Metric *rest = m_report.metric(u"rest-of-country"_s);
    const Metric *clusters = m_report.metric(u"clusters-combined"_s);
    QCOMPARE(rest->derivation.text(), u"100 - 75"_s);
    QCOMPARE(rest->value, 100 - clusters->value);
    QCOMPARE(rest->quote, clusters->quote); // derived from the 75% sentence
    QCOMPARE(originText(*rest), u"derived (100 - 75)"_s);
}

void TestEmbeddedReport::caveatsPointAtTheirMetrics_data()
{
    QTest::addColumn<QString>("figure");
    QTest::addColumn<QString>("metric");
    QTest::addColumn<QString>("fragment"); // in the text of a caveat pointing at the metric

    QTest::newRow("lower bound") << u"headline"_s << u"ai-enterprises"_s << u"Lower bounds"_s;
    QTest::newRow("usd conversion")
        << u"headline"_s << u"core-scale-usd"_s << u"article's own rough conversion"_s;
    QTest::newRow("jobs projection") << u"headline"_s << u"jobs-2026-2030"_s << u"projection"_s;
    QTest::newRow("no date") << u"headline"_s << u"innovation-platforms"_s
                             << u"no reference date"_s;
    QTest::newRow("companies not revenue")
        << u"layer-shares"_s << u"layer-application"_s << u"not of revenue"_s;
    QTest::newRow("rest derived") << u"cluster-output"_s << u"rest-of-country"_s
                                  << u"Derived, not stated"_s;
    QTest::newRow("no per-cluster split")
        << u"cluster-output"_s << u"clusters-combined"_s << u"no per-cluster split"_s;
    QTest::newRow("not comparable")
        << u"sector-metrics"_s << u"mfg-task-completion"_s << u"not comparable"_s;
    QTest::newRow("relative or points")
        << u"sector-metrics"_s << u"misdiagnosis-reduction"_s << u"percentage points"_s;
    QTest::newRow("no baseline 15")
        << u"sector-metrics"_s << u"misdiagnosis-reduction"_s << u"No baseline"_s;
    QTest::newRow("no baseline 30")
        << u"sector-metrics"_s << u"single-machine-intelligence"_s << u"No baseline"_s;
    QTest::newRow("3C") << u"sector-metrics"_s << u"mfg-task-completion"_s << u"\"3C\""_s;
}

void TestEmbeddedReport::caveatsPointAtTheirMetrics()
{
    QFETCH(QString, figure);
    QFETCH(QString, metric);
    QFETCH(QString, fragment);
    const Figure *f = m_report.figure(figure);
    QVERIFY(f);
    QVERIFY(!caveatSignsFor(*f, metric).isEmpty());
    bool found = false;
    for (const Caveat &c : f->caveats)
        found = found || (c.metricIds.contains(metric) && c.text.text().contains(fragment));
    QVERIFY2(found, qPrintable(fragment));
}

void TestEmbeddedReport::everyFigureHasFindingsAndCaveats()
{
    for (const Figure &f : m_report.figures) {
        QVERIFY2(f.findings.size() >= 2 && f.findings.size() <= 4, qPrintable(f.id));
        QVERIFY2(!f.caveats.isEmpty(), qPrintable(f.id));
        QVERIFY(!f.title.isEmpty());
        QVERIFY(!f.subtitle.isEmpty());
        for (const Caveat &c : f.caveats) {
            QVERIFY2(!c.metricIds.isEmpty(), qPrintable(c.id));
            for (const QString &id : c.metricIds)
                QVERIFY(f.metricIds.contains(id));
        }
    }
}

void TestEmbeddedReport::sectionsCoverTheText_data()
{
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("phrase");
    auto row = [](const char *section, const QString &phrase) {
        QTest::addRow("%s: %s", section, qPrintable(phrase))
            << QString::fromLatin1(section) << phrase;
    };
    row("dual-engine", u"dual-engine"_s);
    row("dual-engine", u"large models"_s);
    row("dual-engine", u"commercial-validation stage"_s);
    row("three-shifts", u"Large models go vertical"_s);
    row("three-shifts", u"Embodied intelligence lands in the real world"_s);
    row("three-shifts", u"Information meets physical intelligence"_s);
    row("bottlenecks", u"data security"_s);
    row("bottlenecks", u"computing-power costs"_s);
    row("bottlenecks", u"talent shortages"_s);
    row("outlook", u"2 million jobs"_s);
    row("outlook", u"ethics"_s);
    row("outlook", u"workforce restructuring"_s);
    row("outlook", u"international cooperation"_s);
    row("outlook", u"regulatory framework"_s);
    row("trajectory", u"from a race for scale toward a competition for quality"_s);
}

void TestEmbeddedReport::sectionsCoverTheText()
{
    QFETCH(QString, section);
    QFETCH(QString, phrase);
    const Section *found = nullptr;
    for (const Section &s : m_report.sections) {
        if (s.id == section)
            found = &s;
    }
    QVERIFY2(found, qPrintable(section));
    QString text;
    for (const Finding &f : found->findings)
        text += f.text.text() + u' ';
    QVERIFY2(text.contains(phrase), qPrintable(text));
}

void TestEmbeddedReport::reportLevelCaveats()
{
    QCOMPARE(ids(m_report.caveats), QStringList({u"source-news-summary"_s, u"issuer-not-named"_s,
                                                 u"no-per-cluster-split"_s}));
    QVERIFY(m_report.caveats.at(0).text.text().contains(u"not from the report itself"_s));
    QVERIFY(m_report.caveats.at(1).text.text().contains(u"does not name"_s));
    QCOMPARE(m_report.caveats.at(2).metricIds, QStringList{u"clusters-combined"_s});
}

void TestEmbeddedReport::describeMetricReadsWell()
{
    QCOMPARE(describeMetric(*m_report.metric(u"ai-enterprises"_s)),
             u"AI enterprises in China: more than 6,000 enterprises (end of 2025; stated by the "
             "source)"_s);
    QCOMPARE(describeMetric(*m_report.metric(u"jobs-2026-2030"_s)),
             u"Jobs added across upstream and downstream segments: more than 2 million jobs "
             "(2026–2030; projected; stated by the source)"_s);
    QCOMPARE(describeMetric(*m_report.metric(u"rest-of-country"_s)),
             u"Rest of the country: 25% (share of national output) (derived (100 - 75))"_s);
}

void TestEmbeddedReport::seedCopyMatchesTheSharedSeed()
{
    // tests/data/seed-source.txt is a verbatim copy, so the tests do not depend on ../shared.
    QFile shared(QStringLiteral(FIGDECK_SOURCE_DIR "/../shared/seed/000_aca8da6811725a56.txt"));
    if (!shared.open(QIODevice::ReadOnly))
        QSKIP("the shared seed directory is not next to this checkout");
    QCOMPARE(normalized(QString::fromUtf8(shared.readAll())), m_seed);
}

// The report as a Chinese reader sees it: every text that has Chinese gives it by default (what
// exports write from), the quotes stay verbatim, and English stays the pack's language
// when asked for explicitly. Expected texts copied from the pack by hand.
void TestEmbeddedReport::shownInChinese_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::newRow("report title") << QStringLiteral("title")
                                  << QStringLiteral("2026新一代人工智能科技产业发展报告");
    QTest::newRow("figure title") << QStringLiteral("figure")
                                  << QStringLiteral("中国人工智能产业概览");
    QTest::newRow("metric label") << QStringLiteral("label")
                                  << QStringLiteral("中国人工智能企业数量");
    QTest::newRow("metric noun") << QStringLiteral("noun") << QStringLiteral("家企业");
    QTest::newRow("metric period") << QStringLiteral("period") << QStringLiteral("2025年底");
    QTest::newRow("caveat") << QStringLiteral("caveat")
                            << QStringLiteral("均为下限：原文用的是“surpassed”“exceeding”和“more "
                                              "than”，实际数值更高，高出多少未知。");
    QTest::newRow("section") << QStringLiteral("section") << QStringLiteral("双引擎产业结构");
    QTest::newRow("shares whole") << QStringLiteral("whole") << QStringLiteral("核心产业企业");
}

void TestEmbeddedReport::shownInChinese()
{
    QFETCH(QString, field);
    QFETCH(QString, expected);
    const Report shown = reportShownIn(m_report, QStringLiteral("zh-Hans"));
    QCOMPARE(shown.language, QStringLiteral("zh-Hans"));
    const Metric &metric = *shown.metric(QStringLiteral("ai-enterprises"));
    const Figure &figure = *shown.figure(QStringLiteral("headline"));
    const QHash<QString, QString> texts{
        {QStringLiteral("title"), shown.title.text()},
        {QStringLiteral("figure"), figure.title.text()},
        {QStringLiteral("label"), metric.label.text()},
        {QStringLiteral("noun"), metric.noun.text()},
        {QStringLiteral("period"), metric.period.text()},
        {QStringLiteral("caveat"), figure.caveats.constFirst().text.text()},
        {QStringLiteral("section"), shown.sections.constFirst().title.text()},
        {QStringLiteral("whole"),
         shown.figure(QStringLiteral("layer-shares"))->shares->whole.text()},
    };
    QCOMPARE(texts.value(field), expected);
    QCOMPARE(metric.quote, m_report.metric(QStringLiteral("ai-enterprises"))->quote);
    QCOMPARE(metric.label.text(QStringLiteral("en")), QStringLiteral("AI enterprises in China"));
    // The report itself is untouched, and a language the pack lacks changes nothing.
    QCOMPARE(m_report.title.text(),
             QStringLiteral("Next-Generation Artificial Intelligence Science and Technology "
                            "Industry Development Report 2026"));
    QCOMPARE(reportShownIn(m_report, QStringLiteral("fr")).title.text(), m_report.title.text());
}

// Every text of the pack that a figure, slide or summary shows carries its Simplified Chinese,
// read from the JSON as written (not through the loader): a text left in English shows inside
// Chinese figures ("companies in the core industry的占比"). Quotes stay verbatim; the source's
// own title and publisher are named as the source writes them; a text without a letter
// ("2026–2030", "100 - 75") is the same in both.
void TestEmbeddedReport::everyTextHasChinese()
{
    const QJsonObject pack = QJsonDocument::fromJson(readFile(embeddedReportPath())).object();
    static const QSet<QString> shown{u"title"_s, u"subtitle"_s, u"issuer"_s,    u"event"_s,
                                     u"label"_s, u"noun"_s,     u"measure"_s,   u"period"_s,
                                     u"text"_s,  u"whole"_s,    u"derivation"_s};
    static const QRegularExpression letter(u"\\p{L}"_s);
    QStringList untranslated;
    int translated = 0;
    const std::function<void(const QJsonValue &, const QString &)> walk =
        [&](const QJsonValue &value, const QString &path) {
            if (value.isArray()) {
                const QJsonArray array = value.toArray();
                for (qsizetype i = 0; i < array.size(); ++i)
                    walk(array.at(i), u"%1[%2]"_s.arg(path).arg(i));
                return;
            }
            if (!value.isObject() || path.endsWith(u".sources[0]"_s) || path == u".source"_s)
                return;
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                const QString at = path + u'.' + it.key();
                if (!shown.contains(it.key())) {
                    walk(it.value(), at);
                } else if (it.value().isObject()) {
                    const QJsonObject text = it.value().toObject();
                    if (text.value(u"zh-Hans"_s).toString().isEmpty() ||
                        text.value(u"en"_s).toString().isEmpty())
                        untranslated << at;
                    else
                        ++translated;
                } else if (it.value().toString().contains(letter)) {
                    untranslated << at + u": "_s + it.value().toString();
                }
            }
        };
    walk(pack, QString());
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(u'\n')));
    QVERIFY2(translated > 80, qPrintable(QString::number(translated)));
}

QTEST_GUILESS_MAIN(TestEmbeddedReport)
#include "tst_embeddedreport.moc"
