// SPDX-License-Identifier: GPL-3.0-or-later
// The loader against bad inputs: each is refused with a located message, and nothing crashes.
#include "format.h"
#include "modeltestdata.h"
#include "reportloader.h"
#include "validate.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Figdeck;
using namespace Figdeck::TestData;
using namespace Qt::StringLiterals;

namespace {

// One file of tests/data/model/bad/ and the first error it must produce. The lines and columns
// were worked out from the text of each file, independently of the loader.
struct BadCase
{
    const char *name;
    QString fragment; // part of the message
    int line;
    int column;
    QString path;
    int errorCount;
};

const std::vector<BadCase> &badCases()
{
    static const std::vector<BadCase> cases = {
        {"bad-date", u"is not an ISO 8601 date"_s, 6, 11, u"date"_s, 1},
        {"bad-escape", u"invalid escape sequence"_s, 66, 25, u""_s, 1},
        {"bad-id", u"is not a valid id"_s, 83, 13, u"sections[0].id"_s, 1},
        {"bad-language-tag", u"is not a BCP-47 language tag"_s, 73, 33,
         u"figures[1].title.zh_Hans"_s, 1},
        {"bad-report-language", u"is not a BCP-47 language tag"_s, 4, 15, u"language"_s, 1},
        {"bad-url", u"is not an http or https URL"_s, 9, 12, u"source.url"_s, 1},
        {"blank-label", u"must not be empty"_s, 25, 16, u"metrics[1].label"_s, 1},
        {"bom-then-syntax-error", u"trailing comma before '}'"_s, 1, 43, u""_s, 1},
        {"caveat-metric-not-in-figure", u"is not one of this figure's metrics"_s, 67, 23,
         u"figures[0].caveats[0].metrics[0]"_s, 1},
        {"control-character", u"control character U+0009"_s, 59, 21, u""_s, 1},
        {"derived-without-derivation", u"a derived metric needs a \"derivation\""_s, 23, 5,
         u"metrics[1].derivation"_s, 1},
        {"duplicate-caveat-id", u"duplicate caveat id \"b-derived\""_s, 94, 13, u"caveats[0].id"_s,
         1},
        {"duplicate-figure-id", u"duplicate figure id \"split\""_s, 72, 13, u"figures[1].id"_s, 1},
        {"duplicate-key", u"duplicate key \"title\""_s, 6, 3, u"title"_s, 1},
        {"duplicate-metric-id", u"duplicate metric id \"firms\""_s, 44, 12, u"metrics[3].id"_s, 1},
        {"empty", u"contains no JSON value"_s, 2, 1, u""_s, 1},
        {"empty-figure-title", u"must not be empty"_s, 48, 16, u"figures[0].title"_s, 1},
        {"empty-finding-text", u"must not be empty"_s, 87, 19, u"sections[0].findings[0].text"_s,
         1},
        {"figure-metric-listed-twice", u"listed twice"_s, 50, 39, u"figures[0].metrics[2]"_s, 1},
        {"fractional-count", u"a count must be a whole number"_s, 37, 16, u"metrics[2].value"_s, 1},
        {"huge-number", u"number out of range"_s, 37, 16, u"metrics[2].value"_s, 1},
        {"incomplete-shares-exceed-total", u"add up to 110, more than the total 100"_s, 55, 18,
         u"figures[0].shares.parts"_s, 1},
        {"infinity", u"JSON has no NaN or Infinity"_s, 26, 16, u""_s, 1},
        {"invalid-utf8", u"invalid UTF-8 (byte 0xff)"_s, 5, 24, u""_s, 1},
        {"invalid-utf8-truncated-sequence", u"invalid UTF-8 (byte 0xe2)"_s, 5, 29, u""_s, 1},
        {"leading-zero", u"leading zeros"_s, 37, 16, u""_s, 1},
        {"lone-surrogate", u"unpaired UTF-16 surrogate"_s, 87, 30, u""_s, 1},
        {"metrics-not-an-array", u"expected an array, found an object"_s, 8, 14, u"metrics"_s, 2},
        {"missing-quote", u"missing required field \"quote\""_s, 34, 5, u"metrics[2].quote"_s, 1},
        {"missing-title", u"missing required field \"title\""_s, 1, 1, u"title"_s, 1},
        {"nan", u"JSON has no NaN or Infinity"_s, 16, 16, u""_s, 1},
        {"negative-count", u"a count must be a whole number"_s, 37, 16, u"metrics[2].value"_s, 1},
        {"not-an-object", u"expected an object, found an array"_s, 1, 1, u""_s, 1},
        {"not-comparable-shares", u"must not share one axis"_s, 50, 21, u"figures[0].comparable"_s,
         1},
        {"number-without-fraction", u"invalid number"_s, 37, 16, u""_s, 1},
        {"overflow-number", u"number out of range"_s, 26, 16, u"metrics[1].value"_s, 1},
        {"projected-as-string", u"expected a boolean, found a string"_s, 40, 20,
         u"metrics[2].projected"_s, 1},
        {"quote-as-object", u"expected a string, found an object"_s, 42, 16, u"metrics[2].quote"_s,
         1},
        {"section-without-findings", u"must not be empty"_s, 85, 19, u"sections[0].findings"_s, 1},
        {"self-equivalent", u"cannot be the equivalent of itself"_s, 43, 23,
         u"metrics[2].equivalentOf"_s, 1},
        {"share-out-of-range", u"a share must lie between 0 and 100, found 120"_s, 16, 16,
         u"metrics[0].value"_s, 2},
        {"share-part-not-percent", u"share parts must be percent metrics"_s, 55, 39,
         u"figures[0].shares.parts[2]"_s, 1},
        {"share-sum", u"add up to 90, not 100"_s, 55, 18, u"figures[0].shares.parts"_s, 1},
        {"share-total-zero", u"must lie above 0 and at most 100"_s, 53, 18,
         u"figures[0].shares.total"_s, 1},
        {"shares-figure-without-group", u"needs a \"shares\" group"_s, 46, 5,
         u"figures[0].shares"_s, 1},
        {"stated-with-derivation", u"only a derived metric has a \"derivation\""_s, 21, 21,
         u"metrics[0].derivation"_s, 1},
        {"syntax-comment", u"comments are not allowed"_s, 4, 3, u""_s, 1},
        {"syntax-missing-comma", u"expected ',' or '}' after an object member"_s, 4, 3, u""_s, 1},
        {"syntax-single-quotes", u"double quotes"_s, 5, 12, u""_s, 1},
        {"syntax-trailing-comma-array", u"trailing comma before ']'"_s, 55, 38, u""_s, 1},
        {"syntax-trailing-comma-object", u"trailing comma before '}'"_s, 11, 3, u""_s, 1},
        {"text-without-report-language", u"has no text in the report's language \"en\""_s, 73, 16,
         u"figures[1].title"_s, 1},
        {"tiles-with-share-group",
         u"only \"shares\" and \"part-whole\" figures have a share group"_s, 75, 17,
         u"figures[1].shares"_s, 1},
        {"too-deep", u"nesting deeper than 64 levels"_s, 1, 115, u""_s, 1},
        {"trailing-content", u"unexpected content after the end"_s, 99, 1, u""_s, 1},
        {"translation-not-a-string", u"expected a string, found a number"_s, 73, 56,
         u"figures[1].title.fr"_s, 1},
        {"truncated", u"truncated"_s, 47, 17, u""_s, 1},
        {"truncated-after-value", u"truncated"_s, 74, 22, u""_s, 1},
        {"unknown-caveat-metric", u"unknown metric id \"nope\""_s, 96, 19,
         u"caveats[0].metrics[0]"_s, 1},
        {"unknown-equivalent", u"unknown metric id \"nothing\""_s, 43, 23,
         u"metrics[2].equivalentOf"_s, 1},
        {"unknown-figure-metric", u"unknown metric id \"firm\""_s, 75, 19,
         u"figures[1].metrics[0]"_s, 1},
        {"unknown-format", u"unknown format \"figdeck-deck\""_s, 2, 13, u"format"_s, 1},
        {"unknown-kind", u"unknown value \"pie\""_s, 74, 15, u"figures[1].kind"_s, 1},
        {"unknown-literal", u"unknown literal 'yes'"_s, 54, 21, u""_s, 1},
        {"unknown-origin", u"unknown value \"guessed\""_s, 41, 17, u"metrics[2].origin"_s, 1},
        {"unknown-qualifier", u"unknown value \"over\""_s, 40, 20, u"metrics[2].qualifier"_s, 1},
        {"unknown-share-part", u"unknown metric id \"part-c\""_s, 55, 29,
         u"figures[0].shares.parts[1]"_s, 1},
        {"unknown-source-kind", u"unknown value \"blog\""_s, 10, 13, u"source.kind"_s, 1},
        {"unknown-unit-of-share-part", u"unknown value \"%\""_s, 17, 15, u"metrics[0].unit"_s, 1},
        {"unknown-unit", u"unknown value \"people\" (expected one of: percent, count, CNY, USD)"_s,
         38, 15, u"metrics[2].unit"_s, 1},
        {"unsupported-version", u"unsupported version 3"_s, 3, 14, u"version"_s, 1},
        {"value-as-string", u"expected a number, found a string"_s, 16, 16, u"metrics[0].value"_s,
         1},
        {"v2-bad-metric-date",
         u"is not an ISO 8601 year, first months of a year, half-year, quarter, months of a "
         u"year, month or day"_s,
         89, 15, u"metrics[4].date"_s, 1},
        {"v2-bad-source-date", u"is not an ISO 8601 date"_s, 14, 15, u"sources[0].date"_s, 1},
        {"v2-bars-not-comparable", u"are marked not comparable"_s, 178, 48,
         u"figures[1].series[1].metrics[0]"_s, 2},
        {"v2-currency-code-form", u"is not an ISO 4217 currency code"_s, 112, 15,
         u"metrics[6].unit"_s, 1},
        {"v2-currency-code-lowercase", u"is not an ISO 4217 currency code"_s, 112, 15,
         u"metrics[6].unit"_s, 1},
        {"v2-custom-unit-without-name", u"missing required field \"name\""_s, 123, 15,
         u"metrics[7].unit.name"_s, 1},
        {"v2-duplicate-source-id", u"duplicate source id \"wire\""_s, 24, 13, u"sources[2].id"_s,
         2},
        {"v2-fractional-count", u"a count must be a whole number"_s, 153, 16,
         u"metrics[10].value"_s, 1},
        {"v2-half-year-three",
         u"\"2024-H3\" is not an ISO 8601 year, first months of a year, half-year, quarter, "
         u"months of a year, month or day (YYYY, YYYY-01/MM, YYYY-Hn, YYYY-Qn, YYYY-MM/MM, "
         u"YYYY-MM or YYYY-MM-DD)"_s,
         89, 15, u"metrics[4].date"_s, 1},
        {"v2-half-year-zero",
         u"\"2024-H0\" is not an ISO 8601 year, first months of a year, half-year, quarter, "
         u"months of a year, month or day (YYYY, YYYY-01/MM, YYYY-Hn, YYYY-Qn, YYYY-MM/MM, "
         u"YYYY-MM or YYYY-MM-DD)"_s,
         89, 15, u"metrics[4].date"_s, 1},
        {"v2-metric-in-two-series", u"is already in another series"_s, 178, 48,
         u"figures[1].series[1].metrics[0]"_s, 1},
        {"v2-missing-source", u"the pack has 3 sources"_s, 58, 5, u"metrics[2].source"_s, 1},
        {"v2-mixed-measures-on-axis", u"one axis holds one measure"_s, 178, 48,
         u"figures[1].series[1].metrics[0]"_s, 2},
        {"v2-mixed-units-on-axis", u"one axis holds one unit"_s, 178, 48,
         u"figures[1].series[1].metrics[0]"_s, 1},
        {"v2-order-on-tiles", u"only a \"bars\" figure has an \"order\""_s, 187, 16,
         u"figures[2].order"_s, 1},
        {"v2-projected-contradicts-status", u"\"projected\" contradicts \"status\""_s, 125, 20,
         u"metrics[7].projected"_s, 1},
        {"v2-range-low-above-high", u"the low end of a range must not exceed the high end"_s, 99,
         16, u"metrics[5].range"_s, 1},
        {"v2-range-lower-bound", u"a range is \"exact\" or \"approximate\""_s, 102, 20,
         u"metrics[5].qualifier"_s, 1},
        {"v2-range-one-number", u"a range is exactly two numbers"_s, 99, 16, u"metrics[5].range"_s,
         1},
        {"v2-rank-zero", u"a rank must be a whole number of at least 1"_s, 143, 16,
         u"metrics[9].value"_s, 1},
        {"v2-series-metric-without-date", u"has no \"date\""_s, 167, 33, u"figures[0].metrics[1]"_s,
         2},
        {"v2-series-on-tiles", u"only a \"series\" figure has \"series\""_s, 196, 17,
         u"figures[3].series"_s, 1},
        {"v2-source-and-sources", u"give either \"source\" or \"sources\""_s, 7, 13, u"source"_s,
         1},
        {"v2-style-of-another-kind", u"a \"series\" figure is drawn as one of: columns, line"_s,
         167, 13, u"figures[0].as"_s, 1},
        {"v2-two-values-one-date", u"are both dated \"2020\" in one series"_s, 168, 33,
         u"figures[0].metrics[1]"_s, 2},
        {"v2-unknown-equivalent", u"unknown metric id \"spent\""_s, 116, 34,
         u"metrics[6].equivalentOf.metric"_s, 1},
        {"v2-unknown-order", u"unknown value \"size\" (expected one of: pack, value)"_s, 187, 16,
         u"figures[2].order"_s, 1},
        {"v2-unknown-source", u"unknown source id \"nowhere\""_s, 69, 17, u"metrics[2].source"_s,
         1},
        {"v2-unknown-source-kind",
         u"unknown value \"blog\" (expected one of: report, news-summary, dataset, press-release, analysis, other)"_s,
         27, 15, u"sources[2].kind"_s, 1},
        {"v2-unknown-unit", u"unknown unit \"times\""_s, 134, 15, u"metrics[8].unit"_s, 1},
        {"v2-value-and-range", u"give either \"value\" or \"range\""_s, 99, 16,
         u"metrics[5].range"_s, 1},
        {"version-as-string", u"expected a number, found a string"_s, 3, 14, u"version"_s, 1},
    };
    return cases;
}

} // namespace

class TestReportLoader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void badInput_data();
    void badInput();
    void everyBadFileIsInTheTable();
    void allProblemsAreReportedInFileOrder();
    void minimalPackLoads();
    void versionTwoPackLoads();
    void hostileKeysStayBounded_data();
    void hostileKeysStayBounded();
    void underflowSaysSo();
    void unknownFieldsAreLocatedWarnings();
    void byteOrderMarkIsSkipped();
    void diagnosticToString_data();
    void diagnosticToString();
    void oversizeFileIsRefusedBeforeReading();
    void oversizeDataIsRefused();
    void sizeLimitIsInclusive();
    void missingFileAndDirectory();
    void problemListIsCapped();
    void translatedTexts();
    void roundTripKeepsTranslations();
    void translationsAreWrittenInTagOrder_data();
    void translationsAreWrittenInTagOrder();
    void locatedInLargeData_data();
    void locatedInLargeData();
    void repeatedTextsShareStorage();
    void damagedInputsNeverCrash_data();
    void damagedInputsNeverCrash();
    void periodDates_data();
    void periodDates();
    void periodDatesOrder();
    void periodNames_data();
    void periodNames();
    void badHalfYearIsLocated_data();
    void badHalfYearIsLocated();
    void halfYearsRoundTrip();
    void firstMonthsRoundTrip();
    void monthSpansRoundTrip();
};

void TestReportLoader::badInput_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("fragment");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("errorCount");
    for (const BadCase &c : badCases()) {
        QTest::newRow(c.name) << QString::fromLatin1(c.name) + u".json"_s << c.fragment << c.line
                              << c.column << c.path << c.errorCount;
    }
}

void TestReportLoader::badInput()
{
    QFETCH(QString, file);
    QFETCH(QString, fragment);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, path);
    QFETCH(int, errorCount);

    // Version-2 packs are in v2/bad (the version-1 JSON Schema does not describe them).
    const QString fileName =
        modelPath((file.startsWith(u"v2-"_s) ? u"v2/bad/"_s : u"bad/"_s) + file);
    QVERIFY2(QFile::exists(fileName), qPrintable(fileName));
    const LoadResult result = loadReportPack(fileName);
    const QString all = describe(result);
    QVERIFY2(!result.ok(), qPrintable(all));
    QVERIFY(!result.report.has_value());
    const QList<Diagnostic> errors = result.errors();
    QVERIFY2(errors.size() == errorCount, qPrintable(all));

    // The first error (in file order) is the one the file was made for.
    const Diagnostic &first = errors.first();
    QVERIFY2(first.message.contains(fragment), qPrintable(all));
    QCOMPARE(first.path, path);
    QCOMPARE(first.line, line);
    QCOMPARE(first.column, column);
    QCOMPARE(first.file, fileName);

    const QString located =
        fileName + u':' + QString::number(line) + u':' + QString::number(column) + u": error: ";
    QVERIFY2(first.toString().startsWith(located), qPrintable(first.toString()));
    if (!path.isEmpty())
        QVERIFY(first.toString().startsWith(located + path + u": "_s));

    // The same bytes through the pure function give the same diagnostics.
    const LoadResult again = parseReportPack(readFile(fileName), fileName);
    QCOMPARE(describe(again), all);
}

void TestReportLoader::everyBadFileIsInTheTable()
{
    QStringList files = QDir(modelPath(u"bad"_s)).entryList({u"*.json"_s}, QDir::Files) +
                        QDir(modelPath(u"v2/bad"_s)).entryList({u"*.json"_s}, QDir::Files);
    files.removeOne(u"multiple-problems.json"_s); // tested on its own below
    QStringList table;
    for (const BadCase &c : badCases())
        table << QString::fromLatin1(c.name) + u".json"_s;
    table.sort();
    files.sort();
    QCOMPARE(files, table);
    QVERIFY(table.size() >= 30);
}

void TestReportLoader::allProblemsAreReportedInFileOrder()
{
    const LoadResult result = loadReportPack(modelPath(u"bad/multiple-problems.json"_s));
    QVERIFY(!result.ok());
    const QList<Diagnostic> errors = result.errors();
    QCOMPARE(errors.size(), 4);
    const QList<std::tuple<int, int, QString, QString>> expected = {
        {5, 12, u"title"_s, u"must not be empty"_s},
        {38, 15, u"metrics[2].unit"_s, u"unknown value \"people\""_s},
        {75, 19, u"figures[1].metrics[0]"_s, u"unknown metric id \"firm\""_s},
        {94, 13, u"caveats[0].id"_s, u"\"News\" is not a valid id"_s},
    };
    for (int i = 0; i < errors.size(); ++i) {
        const auto &[line, column, path, fragment] = expected.at(i);
        QCOMPARE(errors.at(i).line, line);
        QCOMPARE(errors.at(i).column, column);
        QCOMPARE(errors.at(i).path, path);
        QVERIFY2(errors.at(i).message.contains(fragment), qPrintable(errors.at(i).toString()));
    }
    // What could be read is kept for editing: the fields in error keep their defaults.
    QVERIFY(result.draft);
    QVERIFY(result.draft->title.isEmpty());
    QCOMPARE(result.draft->figures.size(), 2);
    QVERIFY(result.draft->figures.at(1).metricIds.isEmpty());
    QVERIFY(!parseReportPack("{\"format\": 1", u"x"_s).draft);
}

void TestReportLoader::minimalPackLoads()
{
    const LoadResult result = loadReportPack(modelPath(u"good/minimal.figdeck.json"_s));
    QVERIFY2(result.diagnostics.isEmpty(), qPrintable(describe(result)));
    QVERIFY(result.ok());
    const Report &report = *result.report;
    QCOMPARE(report.date, u"2026-05"_s);
    QCOMPARE(report.metrics.size(), 3);
    QCOMPARE(toString(report.metrics.at(1).origin), u"derived"_s);
    QCOMPARE(report.metrics.at(1).derivation.text(), u"100 - 60"_s);
    QCOMPARE(toString(report.metrics.at(2).qualifier), u"more-than"_s);
    QCOMPARE(report.figures.size(), 2);
    QVERIFY(report.figures.at(0).shares.has_value());
    QCOMPARE(report.figures.at(0).shares->partIds, QStringList({u"part-a"_s, u"part-b"_s}));
    QCOMPARE(report.figures.at(0).caveats.at(0).metricIds, QStringList{u"part-b"_s});
    QVERIFY(!report.figures.at(1).comparable);
    QCOMPARE(toString(report.primarySource().kind), u"news-summary"_s);
    QVERIFY(report.issuer.isEmpty());
}

// Every version-2 field reaches the Report (the expected values are read off the file by hand).
void TestReportLoader::versionTwoPackLoads()
{
    const LoadResult result = loadReportPack(modelPath(u"v2/good/v2-features.figdeck.json"_s));
    QVERIFY2(result.diagnostics.isEmpty(), qPrintable(describe(result)));
    const Report &report = *result.report;
    QCOMPARE(report.version, 2);
    QCOMPARE(report.sources.size(), 3);
    QCOMPARE(report.sources.at(0).id, u"outlook"_s);
    QCOMPARE(report.sources.at(0).date, u"2026-05-14"_s);
    QCOMPARE(toString(report.sources.at(2).kind), u"analysis"_s);

    const Metric *share2020 = report.metric(u"share-2020"_s);
    QVERIFY(share2020);
    QCOMPARE(toString(share2020->qualifier), u"nearly"_s);
    QVERIFY(share2020->date->precision == PeriodDate::Precision::Year);
    QCOMPARE(share2020->source, u"outlook"_s);
    QCOMPARE(toString(report.metric(u"share-2023"_s)->status), u"estimated"_s);
    QCOMPARE(report.metric(u"change"_s)->value, -61.0);
    const Metric *gap = report.metric(u"gap"_s);
    QCOMPARE(toString(gap->unit.kind), u"percentage-points"_s);
    QCOMPARE(gap->date->first, QDate(2024, 10, 1));
    QCOMPARE(gap->date->last, QDate(2024, 12, 31));
    QCOMPARE(toString(gap->qualifier), u"less-than"_s);
    const Metric *spend = report.metric(u"spend"_s);
    QVERIFY(spend->isRange());
    QCOMPARE(spend->value, 10e9);
    QCOMPARE(*spend->high, 15e9);
    QVERIFY(spend->unit == Unit::currencyOf(u"EUR"_s));
    QCOMPARE(toString(spend->status), u"projected"_s);
    const Metric *usd = report.metric(u"spend-usd"_s);
    QCOMPARE(usd->equivalentOf, u"spend"_s);
    QCOMPARE(usd->equivalentRate.text(), u"1 EUR = 1.07 USD"_s);
    QCOMPARE(toString(usd->qualifier), u"at-most"_s);
    const Metric *power = report.metric(u"power"_s);
    QVERIFY(power->unit == Unit::custom(Text(u"Wh"_s), Text(u"watt-hours"_s), UnitScale::Si));
    QCOMPARE(toString(power->status), u"projected"_s);
    QCOMPARE(toString(report.metric(u"growth"_s)->unit.kind), u"multiple"_s);
    QCOMPARE(toString(report.metric(u"place"_s)->unit.kind), u"rank"_s);

    const Figure *line = report.figure(u"share-over-time"_s);
    QCOMPARE(toString(line->kind), u"series"_s);
    QCOMPARE(toString(line->style), u"line"_s);
    QVERIFY(line->series.isEmpty());
    const Figure *two = report.figure(u"two-series"_s);
    QCOMPARE(two->series.size(), 2);
    QCOMPARE(two->series.at(1).label.text(), u"Second market"_s);
    QCOMPARE(two->metricIds, QStringList({u"share-2020"_s, u"share-2023"_s, u"share-b-2020"_s}));
    QCOMPARE(toString(two->effectiveStyle()), u"columns"_s);
    const Figure *ranked = report.figure(u"ranked"_s);
    QCOMPARE(toString(ranked->kind), u"bars"_s);
    QCOMPARE(toString(ranked->order), u"value"_s);
    QCOMPARE(report.sourcesOf(*ranked).size(), 2);
    QCOMPARE(report.sourcesOf(*ranked).at(1)->id, u"wire"_s);
}

// Huge keys: the work stays linear, and no message quotes more than 200 characters of a path or
// a value (the inputs are made here, not committed).
void TestReportLoader::hostileKeysStayBounded_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("minProblems");
    const QByteArray head = "{\"format\": \"figdeck-report\", \"version\": 1, \"";
    QTest::newRow("8 MiB key of zeros") << head + QByteArray(8 * 1024 * 1024, '0') + "\": 1}" << 1;
    QByteArray numbers;
    for (int i = 0; i < 250; ++i)
        numbers += i ? ", 1e300" : "1e300";
    QTest::newRow("250 out-of-range numbers under a 15 MiB key")
        << head + QByteArray(15 * 1024 * 1024, 'k') + "\": [" + numbers + "]}" << 200;
}

void TestReportLoader::hostileKeysStayBounded()
{
    QFETCH(QByteArray, data);
    QFETCH(int, minProblems);
    QElapsedTimer timer;
    timer.start();
    const LoadResult result = parseReportPack(data, u"hostile.json"_s);
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!result.ok());
    QVERIFY(result.diagnostics.size() >= minProblems);
    QVERIFY(result.diagnostics.size() <= 201);
    for (const Diagnostic &d : result.diagnostics) {
        QVERIFY2(d.path.size() <= 200, qPrintable(QString::number(d.path.size())));
        QVERIFY2(d.message.size() <= 500, qPrintable(d.message.left(100)));
    }
}

void TestReportLoader::underflowSaysSo()
{
    const QByteArray data = readFile(modelPath(u"good/minimal.figdeck.json"_s))
                                .replace("\"value\": 60,", "\"value\": 1e-400,");
    const LoadResult result = parseReportPack(data, u"tiny.json"_s);
    QVERIFY(!result.ok());
    QCOMPARE(result.errors().size(), 1);
    QCOMPARE(result.errors().first().path, u"metrics[0].value"_s);
    QVERIFY2(result.errors().first().message.contains(u"underflows"_s),
             qPrintable(result.errors().first().message));
}

void TestReportLoader::unknownFieldsAreLocatedWarnings()
{
    const QString fileName = modelPath(u"good/unknown-fields.figdeck.json"_s);
    const LoadResult result = loadReportPack(fileName);
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QVERIFY(result.errors().isEmpty());
    const QList<Diagnostic> warnings = result.warnings();
    QCOMPARE(warnings.size(), 2);
    QCOMPARE(warnings.at(0).toString(),
             fileName +
                 u":11:5: warning: source.language: unknown field \"language\" is ignored"_s);
    QCOMPARE(warnings.at(1).toString(),
             fileName +
                 u":49:7: warning: figures[0].colour: unknown field \"colour\" is ignored"_s);
}

void TestReportLoader::byteOrderMarkIsSkipped()
{
    const QByteArray bytes = "\xEF\xBB\xBF" + readFile(modelPath(u"good/minimal.figdeck.json"_s));
    const LoadResult result = parseReportPack(bytes, u"bom.json"_s);
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QVERIFY(result.diagnostics.isEmpty());
}

void TestReportLoader::diagnosticToString_data()
{
    QTest::addColumn<Diagnostic>("diagnostic");
    QTest::addColumn<QString>("expected");
    auto make = [](Diagnostic::Severity severity, const QString &file, int line, int column,
                   const QString &path, const QString &message) {
        Diagnostic d;
        d.severity = severity;
        d.file = file;
        d.line = line;
        d.column = column;
        d.path = path;
        d.message = message;
        return d;
    };
    using S = Diagnostic::Severity;
    QTest::newRow("error with path")
        << make(S::Error, u"r.json"_s, 3, 7, u"figures[2].title"_s, u"must not be empty"_s)
        << u"r.json:3:7: error: figures[2].title: must not be empty"_s;
    QTest::newRow("error without path")
        << make(S::Error, u"r.json"_s, 1, 42, QString(), u"trailing comma before '}'"_s)
        << u"r.json:1:42: error: trailing comma before '}'"_s;
    QTest::newRow("warning") << make(S::Warning, u"dir/r.json"_s, 12, 5, u"x"_s,
                                     u"unknown field \"x\" is ignored"_s)
                             << u"dir/r.json:12:5: warning: x: unknown field \"x\" is ignored"_s;
    QTest::newRow("whole file") << make(S::Error, u"big.json"_s, 0, 0, QString(), u"too big"_s)
                                << u"big.json: error: too big"_s;
}

void TestReportLoader::diagnosticToString()
{
    QFETCH(Diagnostic, diagnostic);
    QFETCH(QString, expected);
    QCOMPARE(diagnostic.toString(), expected);
}

void TestReportLoader::oversizeFileIsRefusedBeforeReading()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fileName = dir.filePath(u"huge.figdeck.json"_s);
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // A sparse file of 17 MiB of zero bytes: if the loader read and parsed it, the message would
    // be about the first zero byte, not about the size.
    QVERIFY(file.resize(17 * 1024 * 1024));
    file.close();

    const LoadResult result = loadReportPack(fileName);
    QVERIFY(!result.ok());
    QCOMPARE(result.diagnostics.size(), 1);
    const Diagnostic &d = result.diagnostics.first();
    QCOMPARE(d.line, 0);
    QVERIFY2(d.message.contains(u"17825792 bytes"_s), qPrintable(d.message));
    QVERIFY2(d.message.contains(u"it was not read"_s), qPrintable(d.message));
    QCOMPARE(d.toString(), fileName + u": error: "_s + d.message);
}

void TestReportLoader::oversizeDataIsRefused()
{
    const QByteArray bytes(MaxReportPackBytes + 1, ' ');
    const LoadResult result = parseReportPack(bytes, u"big.json"_s);
    QVERIFY(!result.ok());
    QCOMPARE(result.diagnostics.size(), 1);
    QVERIFY(result.diagnostics.first().message.contains(u"16777217 bytes"_s));
}

void TestReportLoader::sizeLimitIsInclusive()
{
    // Exactly 16 MiB is allowed: this one fails for its content, not its size.
    const QByteArray bytes(MaxReportPackBytes, ' ');
    const LoadResult result = parseReportPack(bytes, u"limit.json"_s);
    QCOMPARE(result.diagnostics.size(), 1);
    QVERIFY2(result.diagnostics.first().message.contains(u"contains no JSON value"_s),
             qPrintable(describe(result)));
}

void TestReportLoader::missingFileAndDirectory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const LoadResult missing = loadReportPack(dir.filePath(u"nope.json"_s));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.diagnostics.size(), 1);
    QVERIFY(missing.diagnostics.first().message.contains(u"no such file"_s));
    const LoadResult directory = loadReportPack(dir.path());
    QVERIFY(!directory.ok());
    QVERIFY(directory.diagnostics.first().message.contains(u"directory"_s));
}

void TestReportLoader::problemListIsCapped()
{
    // 300 duplicate keys: 200 listed, then one line saying there were more.
    QByteArray bytes = "{\"format\": \"figdeck-report\", \"version\": 1";
    for (int i = 0; i < 300; ++i)
        bytes += ",\n\"format\": \"figdeck-report\"";
    bytes += "}";
    const LoadResult result = parseReportPack(bytes, u"dups.json"_s);
    QVERIFY(!result.ok());
    QCOMPARE(result.diagnostics.size(), 201);
    QCOMPARE(result.diagnostics.at(0).line, 2);
    QCOMPARE(result.diagnostics.at(199).line, 201);
    QVERIFY(result.diagnostics.last().message.contains(u"only the first 200"_s));
    QCOMPARE(result.diagnostics.last().line, 0);
}

void TestReportLoader::translatedTexts()
{
    const LoadResult result = loadReportPack(modelPath(u"good/minimal.figdeck.json"_s));
    QVERIFY(result.ok());
    const Text &title = result.report->figures.at(1).title;
    QCOMPARE(title.text(), u"Counts"_s);
    QCOMPARE(title.text(u"zh-Hans"_s), u"数量"_s);
    QCOMPARE(title.text(u"de"_s), u"Counts"_s); // falls back to the report's language
    QCOMPARE(result.report->figures.at(0).title.byLanguage.size(), 1);
}

void TestReportLoader::roundTripKeepsTranslations()
{
    const LoadResult result = loadReportPack(modelPath(u"good/minimal.figdeck.json"_s));
    QVERIFY(result.ok());
    const QByteArray bytes = serializeReportPack(*result.report);
    QVERIFY(bytes.contains("\"title\": {"));
    QVERIFY(bytes.contains("\"zh-Hans\": \"数量\""));
    const LoadResult again = parseReportPack(bytes, u"again.json"_s);
    QVERIFY2(again.diagnostics.isEmpty(), qPrintable(describe(again)));
    QVERIFY(*again.report == *result.report);
    Report changed = *again.report;
    changed.figures[1].title.byLanguage.insert(u"zh-Hans"_s, u"计数"_s);
    QVERIFY(changed != *result.report); // equality looks at every translation
}

void TestReportLoader::translationsAreWrittenInTagOrder_data()
{
    QTest::addColumn<QStringList>("added");   // languages in the order they are given
    QTest::addColumn<QStringList>("written"); // in the order the file has them
    QTest::newRow("report's language first")
        << QStringList{u"en"_s, u"zh-Hans"_s} << QStringList{u"en"_s, u"zh-Hans"_s};
    QTest::newRow("translation first")
        << QStringList{u"zh-Hans"_s, u"en"_s} << QStringList{u"en"_s, u"zh-Hans"_s};
    QTest::newRow("three, one given twice") << QStringList{u"zh-Hans"_s, u"fr"_s, u"en"_s, u"fr"_s}
                                            << QStringList{u"en"_s, u"fr"_s, u"zh-Hans"_s};
}

// A file saved twice is the same file, whatever order its translations were typed in.
void TestReportLoader::translationsAreWrittenInTagOrder()
{
    QFETCH(QStringList, added);
    QFETCH(QStringList, written);
    const LoadResult result = loadReportPack(modelPath(u"good/minimal.figdeck.json"_s));
    QVERIFY(result.ok());
    Report report = *result.report;
    Text &title = report.figures[1].title;
    title.byLanguage.clear();
    for (int i = 0; i < added.size(); ++i)
        title.byLanguage.insert(added.at(i), u"title %1"_s.arg(i));
    QCOMPARE(title.byLanguage.keys(), written);
    const QByteArray bytes = serializeReportPack(report);
    qsizetype previous = -1;
    for (const QString &language : written) {
        const qsizetype at = bytes.indexOf(QByteArray("\"" + language.toUtf8() + "\": \"title "));
        QVERIFY2(at > previous, qPrintable(language));
        previous = at;
    }
    // The last time a language was given wins.
    const int last = int(added.lastIndexOf(written.at(1)));
    QCOMPARE(title.text(written.at(1)), u"title %1"_s.arg(last));
}

void TestReportLoader::locatedInLargeData_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("path");

    // A key spelled with an escape is the same key: `{` 1, `"format"` 2-9, ... line 2 column 2.
    QTest::newRow("duplicate key spelled with an escape")
        << QByteArray("{\"format\": \"figdeck-report\",\n \"\\u0066ormat\": \"x\"}")
        << u"duplicate key \"format\""_s << 2 << 2 << u"format"_s;
    // `{"x": "` is 7 characters, then a million of é, the closing quote, `, `, and the key.
    QTest::newRow("duplicate key after a huge string")
        << QByteArray("{\"x\": \"" + QString(1000000, QChar(0xE9)).toUtf8() + "\", \"x\": 1}")
        << u"duplicate key \"x\""_s << 1 << 1000011 << u"x"_s;
    // `["`, a million of 中 (columns 3 to 1000002), `", "` and the backslash at 1000007.
    QTest::newRow("bad escape after a huge string")
        << QByteArray("[\"" + QString(1000000, QChar(0x4E2D)).toUtf8() + "\", \"\\q\"]")
        << u"invalid escape sequence in a string"_s << 1 << 1000007 << QString();
    // 64 levels are allowed; the comma at column 66 is followed by the `]` at column 67. The
    // object: 64 times `{"a":` (320 characters), `1`, 63 closing braces, then `,}` at 385-386.
    QTest::newRow("trailing comma at the deepest level")
        << QByteArray(64, '[') + "1,]" + QByteArray(63, ']') << u"trailing comma before ']'"_s << 1
        << 67 << QString();
    QTest::newRow("deep object") << QByteArray("{\"a\":").repeated(64) + "1" + QByteArray(63, '}') +
                                        ",}"
                                 << u"trailing comma before '}'"_s << 1 << 386 << QString();
    // The array is value 1: the million-and-first value is the zero at byte 1 + 999999 * 2.
    QTest::newRow("too many values")
        << "[" + QByteArray("0,").repeated(1000000) + "0]"
        << u"too many values (more than 1000000)"_s << 1 << 2000000 << QString();
    // A byte order mark is not a character: `{"a": 1, ` is 9 characters, the key's quote 10th.
    QTest::newRow("after a byte order mark") << QByteArray("\xEF\xBB\xBF{\"a\": 1, \"a\": 2}")
                                             << u"duplicate key \"a\""_s << 1 << 10 << u"a"_s;
    // 70,000 lines of `"中中中",` (8 characters, 12 bytes; a file read in pieces splits some
    // of the 中s), after `[` on line 1: the bad escape's backslash is on line 70,002, column 2.
    QTest::newRow("bad escape after many lines")
        << QByteArray("[\n" + QString(u"\"中中中\",\n"_s).toUtf8().repeated(70000) + "\"\\q\"]")
        << u"invalid escape sequence in a string"_s << 70002 << 2 << QString();
}

void TestReportLoader::locatedInLargeData()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, path);
    // In memory, and from a file: the loader lets go of a file's bytes once they are parsed
    // and reads the file again, in pieces, to locate what it found.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fileName = dir.filePath(u"large.json"_s);
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();
    for (const LoadResult &result :
         {parseReportPack(bytes, u"large.json"_s), loadReportPack(fileName)}) {
        QVERIFY(!result.ok());
        const QList<Diagnostic> errors = result.errors();
        const auto found = std::find_if(errors.cbegin(), errors.cend(),
                                        [&](const Diagnostic &d) { return d.message == message; });
        QVERIFY2(found != errors.cend(), qPrintable(describe(result).left(2000)));
        QCOMPARE(found->line, line);
        QCOMPARE(found->column, column);
        QCOMPARE(found->path, path);
    }
}

void TestReportLoader::repeatedTextsShareStorage()
{
    // The stated metric and the one derived from it quote one sentence, and both measure a
    // "share of firms": the report keeps each text once.
    QByteArray bytes = readFile(modelPath(u"good/minimal.figdeck.json"_s));
    bytes.replace("\"A holds 60%\"", "\"the survey found that A holds 60% of the market\"");
    bytes.replace("\"share of firms\"", "\"share of firms in the core industry (核心产业)\"");
    const LoadResult result = parseReportPack(bytes, u"shared.json"_s);
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    const Metric &stated = result.report->metrics.at(0);
    const Metric &derived = result.report->metrics.at(1);
    QCOMPARE(stated.quote, u"the survey found that A holds 60% of the market"_s);
    QCOMPARE(derived.quote.constData(), stated.quote.constData());
    QCOMPARE(stated.measure.text(), u"share of firms in the core industry (核心产业)"_s);
    QCOMPARE(derived.measure.text().constData(), stated.measure.text().constData());
}

void TestReportLoader::damagedInputsNeverCrash_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("minimal") << modelPath(u"good/minimal.figdeck.json"_s);
    QTest::newRow("embedded") << embeddedReportPath();
}

void TestReportLoader::damagedInputsNeverCrash()
{
    // A small deterministic fuzz: truncations and byte changes. A result is either a report with
    // no errors or errors with no report, and every error is located inside the data.
    QFETCH(QString, file);
    const QByteArray original = readFile(file);
    auto check = [](const QByteArray &bytes) {
        const LoadResult result = parseReportPack(bytes, u"fuzz.json"_s);
        if (result.ok() == !result.errors().isEmpty())
            return false;
        const int lines = int(bytes.count('\n')) + 1;
        for (const Diagnostic &d : result.diagnostics) {
            if (d.line == 0 && d.message.contains(u"too many problems"_s))
                continue;
            if (d.line < 1 || d.line > lines || d.column < 1)
                return false;
        }
        return true;
    };
    for (qsizetype length = 0; length < original.size(); length += 13)
        QVERIFY2(check(original.left(length)), qPrintable(QString::number(length)));
    QRandomGenerator random(20260101);
    static const char interesting[] = {'{', '}', '[', ']', '"',    ',',    ':',   '\\',
                                       '0', '-', 'e', ' ', '\xff', '\xc3', '\x01'};
    for (int i = 0; i < 400; ++i) {
        QByteArray bytes = original;
        const int changes = 1 + int(random.bounded(3));
        for (int k = 0; k < changes; ++k) {
            const qsizetype at = qsizetype(random.bounded(quint32(bytes.size())));
            bytes[at] = interesting[random.bounded(quint32(sizeof interesting))];
        }
        QVERIFY2(check(bytes), qPrintable(u"variant "_s + QString::number(i)));
    }
}

// Every form of a metric's date, its precision and first and last days (written out by hand),
// and what is none.
void TestReportLoader::periodDates_data()
{
    QTest::addColumn<QString>("iso");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("precision");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    using P = PeriodDate::Precision;
    auto row = [](const char *iso, P precision, QDate first, QDate last) {
        QTest::newRow(iso) << QString::fromLatin1(iso) << true << int(precision) << first << last;
    };
    auto bad = [](const char *iso) {
        QTest::newRow(iso) << QString::fromLatin1(iso) << false << 0 << QDate() << QDate();
    };
    row("2025", P::Year, QDate(2025, 1, 1), QDate(2025, 12, 31));
    row("2025-H1", P::Half, QDate(2025, 1, 1), QDate(2025, 6, 30));
    row("2025-H2", P::Half, QDate(2025, 7, 1), QDate(2025, 12, 31));
    row("2024-H1", P::Half, QDate(2024, 1, 1), QDate(2024, 6, 30)); // a leap year: same days
    row("2025-Q1", P::Quarter, QDate(2025, 1, 1), QDate(2025, 3, 31));
    row("2025-Q3", P::Quarter, QDate(2025, 7, 1), QDate(2025, 9, 30));
    row("2025-06", P::Month, QDate(2025, 6, 1), QDate(2025, 6, 30));
    row("2025-06-30", P::Day, QDate(2025, 6, 30), QDate(2025, 6, 30));
    bad("2025-H0");
    bad("2025-H3");
    bad("2025-H");
    bad("2025-H12");
    bad("2025-h1");
    bad("2025H1");
    bad("H1 2025");
    bad("2025-Q5");
    bad("2025-13");
}

void TestReportLoader::periodDates()
{
    QFETCH(QString, iso);
    QFETCH(bool, valid);
    QFETCH(int, precision);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    const std::optional<PeriodDate> d = PeriodDate::parse(iso);
    QCOMPARE(d.has_value(), valid);
    if (!valid)
        return;
    QCOMPARE(int(d->precision), precision);
    QCOMPARE(d->first, first);
    QCOMPARE(d->last, last);
    QCOMPARE(d->iso, iso);
}

// Coarser first among periods that start on the same day, else by the first day.
void TestReportLoader::periodDatesOrder()
{
    const QStringList ordered = {u"2024-Q4"_s, u"2024-12"_s, u"2025"_s,       u"2025-H1"_s,
                                 u"2025-Q1"_s, u"2025-01"_s, u"2025-01-01"_s, u"2025-06-30"_s,
                                 u"2025-H2"_s, u"2025-Q3"_s, u"2025-07"_s,    u"2025-Q4"_s,
                                 u"2026-H1"_s};
    for (qsizetype i = 0; i + 1 < ordered.size(); ++i) {
        const PeriodDate a = *PeriodDate::parse(ordered.at(i));
        const PeriodDate b = *PeriodDate::parse(ordered.at(i + 1));
        QVERIFY2(a < b && !(b < a), qPrintable(ordered.at(i) + u" < "_s + ordered.at(i + 1)));
    }
}

// A half-year that is none is refused where it stands, and the message names the half-year
// form among the others.
void TestReportLoader::badHalfYearIsLocated_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    const std::pair<const char *, const char *> halves[] = {{"three", "3"}, {"zero", "0"}};
    for (const auto &[half, n] : halves) {
        const QString name = u"v2-half-year-"_s + QLatin1String(half) + u".json"_s;
        QTest::newRow(half)
            << name
            << name + u":89:15: error: metrics[4].date: \"2024-H"_s + QLatin1String(n) +
                   u"\" is not an ISO 8601 year, first months of a year, half-year, quarter, "
                   u"months of a year, month or day (YYYY, YYYY-01/MM, YYYY-Hn, YYYY-Qn, "
                   u"YYYY-MM/MM, YYYY-MM or YYYY-MM-DD)"_s;
    }
}

void TestReportLoader::badHalfYearIsLocated()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const QString path = modelPath(u"v2/bad/"_s + file);
    const LoadResult result = parseReportPack(readFile(path), file);
    QVERIFY(!result.ok());
    QCOMPARE(result.errors().size(), 1);
    QCOMPARE(result.errors().first().toString(), expected);
}

// Each metric's date as written, empty for none.
static QStringList datesOf(const Report &report)
{
    QStringList dates;
    for (const Metric &m : report.metrics)
        dates << (m.date ? m.date->iso : QString());
    return dates;
}

// The report written holds `written`, reads back equal and is written again the same.
static void compareRoundTrip(const Report &report, const char *written)
{
    const QByteArray bytes = serializeReportPack(report);
    QVERIFY(bytes.contains(written));
    const LoadResult again = parseReportPack(bytes, u"again.json"_s);
    QVERIFY2(again.ok(), qPrintable(describe(again)));
    QVERIFY(*again.report == report);
    QCOMPARE(serializeReportPack(*again.report), bytes);
}

// Half-year dates are written back as read, and keep their order in a series.
void TestReportLoader::halfYearsRoundTrip()
{
    const QString path = modelPath(u"v2/good/half-years.figdeck.json"_s);
    const LoadResult loaded = loadReportPack(path);
    QVERIFY2(loaded.ok(), qPrintable(describe(loaded)));
    const Report &report = *loaded.report;
    QCOMPARE(datesOf(report), (QStringList{u"2024-H1"_s, u"2024-H2"_s, u"2025-H1"_s, u"2026-H1"_s,
                                           u"2024-H1"_s, u"2024-Q3"_s, u"2024-Q4"_s, u"2023"_s,
                                           u"2024"_s, u"2025-H1"_s, u"2025-H2"_s}));
    QVERIFY(report.metrics.at(1).date->precision == PeriodDate::Precision::Half);
    QCOMPARE(report.metrics.at(1).date->first, QDate(2024, 7, 1));
    QCOMPARE(report.metrics.at(1).date->last, QDate(2024, 12, 31));
    compareRoundTrip(report, "\"date\": \"2025-H2\"");
}

// Dates of the first months of a year ("2024-01/08", January to August) are read as a period
// of their own, written back as read; to January or to December, or from another month, is
// no such date (each of those has its own form, or none); from another month is months of a
// year (monthSpansRoundTrip).
void TestReportLoader::firstMonthsRoundTrip()
{
    const QString path = modelPath(u"v2/good/first-months.figdeck.json"_s);
    const LoadResult loaded = loadReportPack(path);
    QVERIFY2(loaded.ok(), qPrintable(describe(loaded)));
    const Report &report = *loaded.report;
    QCOMPARE(datesOf(report), (QStringList{u"2023-01/08"_s, u"2024-01/08"_s, u"2025-01/08"_s}));
    const PeriodDate &d = *report.metrics.at(1).date;
    QVERIFY(d.precision == PeriodDate::Precision::FirstMonths);
    QCOMPARE(d.first, QDate(2024, 1, 1));
    QCOMPARE(d.last, QDate(2024, 8, 31));
    // Not comparable with the year, nor with other months; comparable with the same months.
    QVERIFY(d.kind() != PeriodDate::parse(u"2024"_s)->kind());
    QVERIFY(d.kind() != PeriodDate::parse(u"2024-01/09"_s)->kind());
    QCOMPARE(d.kind(), report.metrics.at(2).date->kind());
    // 2024 < 2024-01/08 < 2024-01/09 < 2024-H1 < 2025.
    QVERIFY(*PeriodDate::parse(u"2024"_s) < d);
    QVERIFY(d < *PeriodDate::parse(u"2024-01/09"_s));
    QVERIFY(*PeriodDate::parse(u"2024-01/09"_s) < *PeriodDate::parse(u"2024-H1"_s));
    QVERIFY(*PeriodDate::parse(u"2024-H2"_s) < *PeriodDate::parse(u"2025"_s));
    for (const QString &none : {u"2024-01/12"_s, u"2024-01/01"_s, u"2024-01/8"_s, u"2024-01/13"_s})
        QVERIFY2(!PeriodDate::parse(none), qPrintable(none));
    QVERIFY(PeriodDate::parse(u"2024-02/08"_s)->precision == PeriodDate::Precision::Months);
    QCOMPARE(periodDateProblem(u"2024-01/12"_s),
             u"\"2024-01/12\" is not an ISO 8601 year, first months of a year, half-year, "
             u"quarter, months of a year, month or day (YYYY, YYYY-01/MM, YYYY-Hn, YYYY-Qn, "
             u"YYYY-MM/MM, YYYY-MM or YYYY-MM-DD)"_s);
    compareRoundTrip(report, "\"date\": \"2024-01/08\"");
}

// Dates of other months of a year ("2024-03/08", March to August) are a period of their own:
// read, ordered, comparable only with the same months of another year, written back as read.
// A quarter's months, July to December, an end before the start or past December are no such
// date: the first two have forms of their own.
void TestReportLoader::monthSpansRoundTrip()
{
    const QString path = modelPath(u"v2/good/month-spans.figdeck.json"_s);
    const LoadResult loaded = loadReportPack(path);
    QVERIFY2(loaded.ok(), qPrintable(describe(loaded)));
    const Report &report = *loaded.report;
    QCOMPARE(datesOf(report), (QStringList{u"2024-03/08"_s, u"2025-03/08"_s, u"2024-11/12"_s}));
    const PeriodDate &d = *report.metrics.at(0).date;
    QVERIFY(d.precision == PeriodDate::Precision::Months);
    QCOMPARE(d.first, QDate(2024, 3, 1));
    QCOMPARE(d.last, QDate(2024, 8, 31));
    QCOMPARE(d.kind(), report.metrics.at(1).date->kind());
    for (const char *other : {"2024", "2024-01/08", "2024-03/09", "2024-04/08", "2024-Q2"})
        QVERIFY2(d.kind() != PeriodDate::parse(QString::fromLatin1(other))->kind(), other);
    // 2024 < 2024-01/08 < 2024-Q1 < 2024-03/08 < 2024-03 ; 2024-Q2 < 2024-04/05 < 2024-04/08 <
    // 2024-04; 2024-03/08 < 2025.
    const auto before = [](const char *a, const char *b) {
        return *PeriodDate::parse(QString::fromLatin1(a)) <
               *PeriodDate::parse(QString::fromLatin1(b));
    };
    QVERIFY(before("2024-Q1", "2024-03/08"));
    QVERIFY(before("2024-03/08", "2024-03"));
    QVERIFY(before("2024-Q2", "2024-04/05"));
    QVERIFY(before("2024-04/05", "2024-04/08"));
    QVERIFY(before("2024-04/08", "2024-04"));
    QVERIFY(before("2024-03/08", "2025"));
    QVERIFY(before("2024-11/12", "2025-01/08"));
    for (const QString &none : {u"2024-07/09"_s, u"2024-04/06"_s, u"2024-10/12"_s, u"2024-07/12"_s,
                                u"2024-08/03"_s, u"2024-05/05"_s, u"2024-03/13"_s, u"2024-00/05"_s})
        QVERIFY2(!PeriodDate::parse(none), qPrintable(none));
    QVERIFY(!periodDateProblem(u"2024-07/09"_s).isEmpty());
    compareRoundTrip(report, "\"date\": \"2024-11/12\"");
}

void TestReportLoader::periodNames_data()
{
    QTest::addColumn<QString>("period"); // the metric's period text
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("shown");
    auto row = [](const char *name, const char *period, const char *language, const char *shown) {
        QTest::newRow(name) << QString::fromUtf8(period) << QString::fromLatin1(language)
                            << QString::fromUtf8(shown);
    };
    // Codes, as a draft writes them, read as words.
    row("quarter, en", "2025-Q3", "en", "Q3 2025");
    row("quarter, zh", "2025-Q3", "zh-Hans", "2025年第三季度");
    row("first quarter, zh", "2026-Q1", "zh-Hans", "2026年第一季度");
    row("fourth quarter, en", "2024-Q4", "en", "Q4 2024");
    row("first half, en", "2025-H1", "en", "H1 2025");
    row("first half, zh", "2025-H1", "zh-Hans", "2025年上半年");
    row("second half, zh", "2024-H2", "zh-Hans", "2024年下半年");
    row("first months, en", "2025-01/08", "en", "Jan–Aug 2025");
    row("first months, zh", "2025-01/08", "zh-Hans", "2025年1—8月");
    row("first months to November, en", "2024-01/11", "en", "Jan–Nov 2024");
    row("months, en", "2025-03/08", "en", "Mar–Aug 2025");
    row("months, zh", "2025-03/08", "zh-Hans", "2025年3—8月");
    row("months to December, en", "2024-11/12", "en", "Nov–Dec 2024");
    row("month, en", "2025-07", "en", "Jul 2025");
    row("month, zh", "2025-07", "zh-Hans", "2025年7月");
    row("day, en", "2025-06-30", "en", "30 Jun 2025");
    row("day, zh", "2025-06-30", "zh-Hans", "2025年6月30日");
    row("spaces around a code", " 2025-Q2 ", "en", "Q2 2025");
    // No language: the language of Figdeck's words in report texts (none set: English).
    row("quarter, no language", "2025-Q3", "", "Q3 2025");
    // What a writer wrote stays as written: a bare year, words, a range, a code that is none.
    row("year", "2025", "zh-Hans", "2025");
    row("words", "end of 2025", "en", "end of 2025");
    row("quarter in words", "Q3 2025", "en", "Q3 2025");
    row("range", "2026/2030", "en", "2026/2030");
    row("no such quarter", "2025-Q5", "en", "2025-Q5");
    row("first months to December", "2025-01/12", "en", "2025-01/12");
    row("a quarter's months", "2025-07/09", "en", "2025-07/09");
}

// What a reader sees of a period (format.h periodText; the narrative pane, the summary, the
// deck and the small print under values use it): never a date code.
void TestReportLoader::periodNames()
{
    QFETCH(QString, period);
    QFETCH(QString, language);
    QFETCH(QString, shown);
    Metric m;
    m.label = Text(u"Units"_s, language.isEmpty() ? u"en"_s : language);
    m.period = Text(period, language.isEmpty() ? u"en"_s : language);
    m.value = 5;
    QCOMPARE(periodText(m, language), shown);
    // The sentence for screen readers names it the same way.
    const QString described = describeMetric(m, language);
    QVERIFY2(described.contains(u'(' + shown + u"; "_s), qPrintable(described));
}

QTEST_GUILESS_MAIN(TestReportLoader)
#include "tst_reportloader.moc"
