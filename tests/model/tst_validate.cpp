// SPDX-License-Identifier: GPL-3.0-or-later
// The semantic rules on a Report itself (validateReport), and the rules that moved there from
// the loader, located in a file exactly as the loader located them. Expected lines are written
// by hand: paths and messages from the format's reference, lines and columns counted in
// tests/data/model/good/minimal.figdeck.json.
#include "modeltestdata.h"
#include "reportloader.h"
#include "validate.h"

#include <QStandardPaths>
#include <QTest>

#include <functional>

using namespace Figdeck;
using namespace Figdeck::TestData;
using namespace Qt::StringLiterals;

using Mutation = std::function<void(Report &)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

Report minimal()
{
    const LoadResult loaded = loadReportPack(modelPath(u"good/minimal.figdeck.json"_s));
    return loaded.report.value_or(Report());
}

QStringList lines(const QList<Problem> &problems)
{
    QStringList result;
    for (const Problem &p : problems)
        result << p.path + u": "_s + p.message;
    return result;
}

} // namespace

class TestValidate : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void rulesOnTheReport_data();
    void rulesOnTheReport();
    void movedRulesAreLocatedInTheFile_data();
    void movedRulesAreLocatedInTheFile();
    void refusedFieldsRaiseNoSecondProblem();
};

void TestValidate::rulesOnTheReport_data()
{
    QTest::addColumn<Mutation>("mutation");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("valid") << Mutation([](Report &) {}) << QStringList();
    QTest::newRow("blank report title") << Mutation([](Report &r) { r.title = Text(u"\u200b"_s); })
                                        << QStringList{u"title: must not be empty"_s};
    QTest::newRow("report date not a date") << Mutation([](Report &r) {
        r.date = u"2026-13"_s;
    }) << QStringList{u"date: \"2026-13\" is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)"_s};
    QTest::newRow("no sources") << Mutation([](Report &r) { r.sources.clear(); })
                                << QStringList{
                                       u"sources: must not be empty"_s,
                                       u"metrics[0].source: unknown source id \"source\""_s,
                                       u"metrics[1].source: unknown source id \"source\""_s,
                                       u"metrics[2].source: unknown source id \"source\""_s};
    QTest::newRow("source url not http")
        << Mutation([](Report &r) { r.sources[0].url = u"ftp://example.org/x"_s; })
        << QStringList{u"sources[0].url: \"ftp://example.org/x\" is not an http or https URL"_s};
    QTest::newRow("source date a quarter")
        << Mutation([](Report &r) { r.sources[0].date = u"2026-Q1"_s; })
        << QStringList{
               u"sources[0].date: \"2026-Q1\" is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)"_s};
    QTest::newRow("unknown source")
        << Mutation([](Report &r) { r.metrics[2].source = u"nowhere"_s; })
        << QStringList{u"metrics[2].source: unknown source id \"nowhere\""_s};
    QTest::newRow("rank zero") << Mutation([](Report &r) {
        r.metrics[2].unit = Unit::ofKind(UnitKind::Rank);
        r.metrics[2].value = 0;
    }) << QStringList{u"metrics[2].value: a rank must be a whole number of at least 1, found 0"_s};
    QTest::newRow("range reversed and bounded")
        << Mutation([](Report &r) { r.metrics[2].high = 5; })
        << QStringList{
               u"metrics[2].range: the low end of a range must not exceed the high end, found [10, 5]"_s,
               u"metrics[2].qualifier: a range is \"exact\" or \"approximate\", not \"more-than\""_s};
    QTest::newRow("count range with a fractional high end")
        << Mutation([](Report &r) {
               r.metrics[2].high = 12.5;
               r.metrics[2].qualifier = Qualifier::Exact;
           })
        << QStringList{
               u"metrics[2].range[1]: a count must be a whole number of at least 0, found 12.5"_s};
    QTest::newRow("derived without derivation")
        << Mutation([](Report &r) { r.metrics[1].derivation = Text(); })
        << QStringList{
               u"metrics[1].derivation: a derived metric needs a \"derivation\" saying how it was computed"_s};
    QTest::newRow("derivation given blank")
        << Mutation([](Report &r) { r.metrics[1].derivation = Text(u" "_s); })
        << QStringList{u"metrics[1].derivation: must not be empty"_s};
    QTest::newRow("custom unit without a symbol") << Mutation([](Report &r) {
        r.metrics[2].unit = Unit::custom(Text(QString()), Text(u"tonnes"_s));
    }) << QStringList{u"metrics[2].unit.symbol: must not be empty"_s};
    QTest::newRow("blank quote") << Mutation([](Report &r) { r.metrics[0].quote = u"  "_s; })
                                 << QStringList{u"metrics[0].quote: must not be empty"_s};
    QTest::newRow("series on tiles") << Mutation([](Report &r) {
        r.figures[1].series = {Series{Text(u"x"_s), {u"firms"_s}}};
    }) << QStringList{u"figures[1].series: only a \"series\" figure has \"series\""_s};
    QTest::newRow("line on shares")
        << Mutation([](Report &r) { r.figures[0].style = FigureStyle::Line; })
        << QStringList{u"figures[0].as: a \"shares\" figure is drawn as one of: donut, bars"_s};
    QTest::newRow("order on tiles")
        << Mutation([](Report &r) { r.figures[1].order = BarOrder::Value; })
        << QStringList{u"figures[1].order: only a \"bars\" figure has an \"order\""_s};
    QTest::newRow("share group on tiles")
        << Mutation([](Report &r) { r.figures[0].kind = ChartKind::Tiles; })
        << QStringList{
               u"figures[0].shares: only \"shares\" and \"part-whole\" figures have a share group"_s};
    QTest::newRow("shares without a group")
        << Mutation([](Report &r) { r.figures[0].shares.reset(); })
        << QStringList{u"figures[0].shares: a \"shares\" figure needs a \"shares\" group"_s};
    QTest::newRow("not comparable bars")
        << Mutation([](Report &r) { r.figures[1].kind = ChartKind::Bars; })
        << QStringList{
               u"figures[1].comparable: values that are not comparable must not share one axis: a \"bars\" figure does that (use tiles or small-multiples)"_s};
    QTest::newRow("share total zero")
        << Mutation([](Report &r) { r.figures[0].shares->total = 0; })
        << QStringList{
               u"figures[0].shares.total: the total of percent shares must lie above 0 and at most 100, found 0"_s};
    QTest::newRow("incomplete parts over the total")
        << Mutation([](Report &r) {
               r.figures[0].shares->complete = false;
               r.figures[0].shares->total = 90;
           })
        << QStringList{
               u"figures[0].shares.parts: the parts add up to 100, more than the total 90"_s};
    QTest::newRow("complete parts short of the total")
        << Mutation([](Report &r) { r.metrics[1].value = 30; })
        << QStringList{
               u"figures[0].shares.parts: the parts of a complete share group add up to 90, not 100 (allowed difference: 0.5)"_s};
    QTest::newRow("share part listed twice")
        << Mutation([](Report &r) {
               r.figures[0].shares->partIds = {u"part-a"_s, u"part-a"_s};
           })
        << QStringList{
               u"figures[0].shares.parts[1]: \"part-a\" is listed twice"_s,
               u"figures[0].shares.parts: a complete share group needs at least two parts"_s};
    QTest::newRow("blank whole") << Mutation([](Report &r) { r.figures[0].shares->whole = Text(); })
                                 << QStringList{u"figures[0].shares.whole: must not be empty"_s};
    QTest::newRow("caveat marks another figure's metric")
        << Mutation([](Report &r) { r.figures[0].caveats[0].metricIds = {u"firms"_s}; })
        << QStringList{
               u"figures[0].caveats[0].metrics[0]: \"firms\" is not one of this figure's metrics"_s};
    QTest::newRow("caveat id used twice in the pack")
        << Mutation([](Report &r) { r.caveats[0].id = u"b-derived"_s; })
        << QStringList{u"caveats[0].id: duplicate caveat id \"b-derived\""_s};
    QTest::newRow("blank caveat text")
        << Mutation([](Report &r) { r.caveats[0].text = Text(u"\u200b\u200b"_s); })
        << QStringList{u"caveats[0].text: must not be empty"_s};
    QTest::newRow("series value without a date")
        << Mutation([](Report &r) {
               r.figures[1].kind = ChartKind::Series;
               r.figures[1].comparable = true;
           })
        << QStringList{
               u"figures[1].metrics[0]: \"firms\" has no \"date\": every value of a series needs one, to be placed in time"_s};
    QTest::newRow("one metric in two series") << Mutation([](Report &r) {
        r.metrics[2].date = PeriodDate::parse(u"2024"_s);
        Figure &f = r.figures[1];
        f.kind = ChartKind::Series;
        f.comparable = true;
        f.series = {Series{Text(u"A"_s), {u"firms"_s}}, Series{Text(u"B"_s), {u"firms"_s}}};
        f.metricIds = {u"firms"_s, u"firms"_s};
    }) << QStringList{u"figures[1].series[1].metrics[0]: \"firms\" is already in another series"_s};
    QTest::newRow("empty series") << Mutation([](Report &r) {
        Figure &f = r.figures[1];
        f.kind = ChartKind::Series;
        f.comparable = true;
        f.series = {Series{Text(QString()), {}}};
        f.metricIds.clear();
    })
                                  << QStringList{
                                         u"figures[1].series[0].label: must not be empty"_s,
                                         u"figures[1].series[0].metrics: must not be empty"_s};
    QTest::newRow("figure metric listed twice")
        << Mutation([](Report &r) { r.figures[1].metricIds << u"firms"_s; })
        << QStringList{u"figures[1].metrics[1]: \"firms\" is listed twice"_s};
    QTest::newRow("figure without metrics")
        << Mutation([](Report &r) { r.figures[1].metricIds.clear(); })
        << QStringList{u"figures[1].metrics: must not be empty"_s};
    QTest::newRow("no figures") << Mutation([](Report &r) { r.figures.clear(); })
                                << QStringList{u"figures: must not be empty"_s};
    QTest::newRow("section without findings")
        << Mutation([](Report &r) { r.sections[0].findings.clear(); })
        << QStringList{u"sections[0].findings: must not be empty"_s};
    QTest::newRow("blank finding")
        << Mutation([](Report &r) { r.figures[0].findings[0].text = Text(u" "_s); })
        << QStringList{u"figures[0].findings[0].text: must not be empty"_s};
}

void TestValidate::rulesOnTheReport()
{
    QFETCH(Mutation, mutation);
    QFETCH(QStringList, expected);
    Report report = minimal();
    QVERIFY(!report.metrics.isEmpty());
    mutation(report);
    QCOMPARE(lines(validateReport(report)), expected);
}

void TestValidate::movedRulesAreLocatedInTheFile_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QStringList>("expected");
    const auto row = [](const char *name, const char *from, const char *to,
                        const QStringList &expected) {
        QTest::newRow(name) << QByteArray(from) << QByteArray(to) << expected;
    };
    row("blank url", "\"https://example.org/article\"", "\" \"",
        {u"m.json:9:12: error: source.url: must not be empty"_s});
    row("blank source title", "\"An article about the report\"", "\"\\u200b\"",
        {u"m.json:8:14: error: source.title: must not be empty"_s});
    row("blank report date", "\"2026-05\"", "\"\"",
        {u"m.json:6:11: error: date: must not be empty"_s});
    row("blank quote", "\"over 10 firms\"", "\"\"",
        {u"m.json:42:16: error: metrics[2].quote: must not be empty"_s});
    row("blank derivation", "\"100 - 60\"", "\"\"",
        {u"m.json:31:21: error: metrics[1].derivation: must not be empty"_s});
    row("blank whole", "\"whole\": \"firms\"", "\"whole\": \"\"",
        {u"m.json:52:18: error: figures[0].shares.whole: must not be empty"_s});
    row("share part listed twice", "[\"part-a\", \"part-b\"]\n", "[\"part-a\", \"part-a\"]\n",
        {u"m.json:55:18: error: figures[0].shares.parts: a complete share group needs at least two parts"_s,
         u"m.json:55:29: error: figures[0].shares.parts[1]: \"part-a\" is listed twice"_s});
    row("caveat metric listed twice", "[\"part-b\"]", "[\"part-b\", \"part-b\"]",
        {u"m.json:67:33: error: figures[0].caveats[0].metrics[1]: \"part-b\" is listed twice"_s});
    row("blank caveat text", "\"B is derived.\"", "\" \"",
        {u"m.json:66:19: error: figures[0].caveats[0].text: must not be empty"_s});
    row("blank report caveat", "\"A news summary.\"", "\"\"",
        {u"m.json:95:15: error: caveats[0].text: must not be empty"_s});
    row("blank section title", "\"Summary\"", "\"\"",
        {u"m.json:84:16: error: sections[0].title: must not be empty"_s});
    row("blank finding", "\"A leads.\"", "\"\\u200b\"",
        {u"m.json:59:19: error: figures[0].findings[0].text: must not be empty"_s});
    row("figure without metrics", "[\"firms\"]", "[]",
        {u"m.json:75:18: error: figures[1].metrics: must not be empty"_s});
    row("blank translated title", "{\"en\": \"Counts\"", "{\"en\": \" \"",
        {u"m.json:73:16: error: figures[1].title: must not be empty"_s});
}

void TestValidate::movedRulesAreLocatedInTheFile()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QStringList, expected);
    QByteArray bytes = readFile(modelPath(u"good/minimal.figdeck.json"_s));
    QVERIFY(bytes.contains(from));
    bytes.replace(bytes.indexOf(from), from.size(), to);
    const LoadResult result = parseReportPack(bytes, u"m.json"_s);
    QStringList got;
    for (const Diagnostic &d : result.diagnostics)
        got << d.toString();
    QCOMPARE(got, expected);
    QVERIFY(!result.ok());
    QVERIFY(result.draft);
}

// A field the reader refused keeps its default: the validator's rules about that default are
// not reported on top (a unit in error, then "a count must be whole", would mislead).
void TestValidate::refusedFieldsRaiseNoSecondProblem()
{
    QByteArray bytes = readFile(modelPath(u"good/minimal.figdeck.json"_s));
    // Part A's unit unknown (read as the default, count) and its value fractional.
    bytes.replace("\"value\": 60,\n      \"unit\": \"percent\"",
                  "\"value\": 60.5,\n      \"unit\": \"pct\"");
    const LoadResult result = parseReportPack(bytes, u"m.json"_s);
    QStringList got;
    for (const Diagnostic &d : result.diagnostics)
        got << d.toString();
    QCOMPARE(got, QStringList{u"m.json:17:15: error: metrics[0].unit: unknown value \"pct\" "
                              u"(expected one of: percent, count, CNY, USD)"_s});
}

QTEST_GUILESS_MAIN(TestValidate)
#include "tst_validate.moc"
