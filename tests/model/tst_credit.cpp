// SPDX-License-Identifier: GPL-3.0-or-later
// The credit of figures, numbers and reports (credit.h): which sources, in first-use order,
// each once; "as summarised by" only for news summaries; a version-1 pack's line as before.
// Every expected string is written out by hand.
#include "credit.h"
#include "modeltestdata.h"
#include "reportloader.h"

#include <QTest>

using namespace Figdeck;
using namespace Figdeck::TestData;
using namespace Qt::StringLiterals;

namespace {

const QString Embedded = u"embedded"_s;

Report load(const QString &pack)
{
    if (pack == Embedded)
        return embeddedReport();
    const LoadResult result = loadReportPack(modelPath(pack));
    return result.report.value_or(Report());
}

} // namespace

class TestCredit : public QObject
{
    Q_OBJECT

private slots:
    void figureCredit_data();
    void figureCredit();
    void firstUseOrder();
    void metricAndReportCredit();
    void reportKindOfVersionOne();
};

void TestCredit::figureCredit_data()
{
    QTest::addColumn<QString>("pack");
    QTest::addColumn<QString>("figureId");
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("withUrls");
    QTest::addColumn<QString>("expected");

    const QString mixed = u"v2/good/mixed-sources.figdeck.json"_s;
    QTest::newRow("v1 embedded: today's footer")
        << Embedded << u"headline"_s << QString() << true
        << u"Source: Next-Generation Artificial Intelligence Science and Technology Industry "
           "Development Report 2026, as summarised by winzheng.com "
           "(https://www.winzheng.com/article/china-ai-report-2026-turning-point)"_s;
    QTest::newRow("v1 embedded in Chinese texts")
        << Embedded << u"headline"_s << u"zh-Hans"_s << false
        << u"Source: 2026新一代人工智能科技产业发展报告, as summarised by winzheng.com"_s;
    QTest::newRow("v1 news summary without publisher")
        << u"good/minimal.figdeck.json"_s << u"split"_s << QString() << true
        << u"Source: Minimal report (https://example.org/article)"_s;
    QTest::newRow("three outlets")
        << u"v2/good/three-outlets.figdeck.json"_s << u"three-outlets"_s << QString() << true
        << u"Sources: Plan to create 120,000 jobs, as summarised by Outlet A "
           "(https://example.org/outlet-a); Up to 150,000 jobs from new plan, as summarised by "
           "Outlet B (https://example.org/outlet-b); New plan: over 100,000 jobs, as summarised "
           "by Outlet C (https://example.org/outlet-c)"_s;
    QTest::newRow("report and news summary")
        << mixed << u"two-sources"_s << QString() << true
        << u"Sources: An electricity review (https://example.org/review); A wire story about the "
           "review, as summarised by A wire service (https://example.net/wire)"_s;
    QTest::newRow("first use first, each once")
        << mixed << u"wire-first"_s << QString() << true
        << u"Sources: A wire story about the review, as summarised by A wire service "
           "(https://example.net/wire); An electricity review (https://example.org/review)"_s;
    QTest::newRow("one news summary") << mixed << u"wire-only"_s << QString() << true
                                      << u"Source: A wire story about the review, as summarised "
                                         "by A wire service (https://example.net/wire)"_s;
    QTest::newRow("one report, no summariser")
        << mixed << u"review-only"_s << QString() << true
        << u"Source: An electricity review (https://example.org/review)"_s;
    QTest::newRow("report, summary and analysis")
        << mixed << u"three-kinds"_s << QString() << false
        << u"Sources: An electricity review; A wire story about the review, as summarised by A "
           "wire service; Our own arithmetic"_s;
    QTest::newRow("texts in the view language")
        << mixed << u"two-sources"_s << u"zh-Hans"_s << true
        << u"Sources: 电力回顾 (https://example.org/review); A wire story about the review, as "
           "summarised by 通讯社 (https://example.net/wire)"_s;
}

void TestCredit::figureCredit()
{
    QFETCH(QString, pack);
    QFETCH(QString, figureId);
    QFETCH(QString, language);
    QFETCH(bool, withUrls);
    QFETCH(QString, expected);
    const Report report = load(pack);
    const Figure *figure = report.figure(figureId);
    QVERIFY2(figure, qPrintable(pack));
    CreditOptions options;
    options.language = language;
    options.withUrls = withUrls;
    QCOMPARE(Figdeck::figureCredit(report, *figure, options), expected);
}

void TestCredit::firstUseOrder()
{
    const Report report = load(u"v2/good/mixed-sources.figdeck.json"_s);
    QStringList ids;
    for (const Source *s : report.sourcesOf(*report.figure(u"wire-first"_s)))
        ids << s->id;
    QCOMPARE(ids, QStringList({u"wire"_s, u"review"_s}));
    ids.clear();
    for (const Source *s : sourcesOfReport(report))
        ids << s->id;
    QCOMPARE(ids, QStringList({u"review"_s, u"wire"_s, u"own"_s}));
    // A figure without numbers credits no one.
    Figure empty;
    QCOMPARE(Figdeck::figureCredit(report, empty), QString());
}

void TestCredit::metricAndReportCredit()
{
    const Report report = load(u"v2/good/mixed-sources.figdeck.json"_s);
    QCOMPARE(metricCredit(report, *report.metric(u"solar"_s)),
             u"Source: A wire story about the review, as summarised by A wire service "
             "(https://example.net/wire)"_s);
    QCOMPARE(metricCredit(report, *report.metric(u"wind-and-solar"_s)),
             u"Source: Our own arithmetic (https://example.com/notes)"_s);
    QCOMPARE(reportCredit(report),
             u"Sources: An electricity review (https://example.org/review); A wire story about the "
             "review, as summarised by A wire service (https://example.net/wire); Our own "
             "arithmetic (https://example.com/notes)"_s);
    QCOMPARE(sourceReference(*report.source(u"wire"_s)),
             u"A wire story about the review — A wire service — 2026-03-12 — "
             "https://example.net/wire"_s);
    QCOMPARE(referenceLine({report.source(u"own"_s)}),
             u"Source: Our own arithmetic — https://example.com/notes"_s);
    QCOMPARE(openableSourceUrl(*report.source(u"review"_s)), QUrl(u"https://example.org/review"_s));
    Source local = *report.source(u"review"_s);
    local.url = u"file:///etc/passwd"_s;
    QVERIFY(openableSourceUrl(local).isEmpty());
    // The embedded report has one source: its credit is the figures' credit.
    const Report embedded = embeddedReport();
    QCOMPARE(reportCredit(embedded),
             Figdeck::figureCredit(embedded, *embedded.figure(u"headline"_s)));
}

// A version-1 pack whose source is the report itself names no summariser, publisher or not.
void TestCredit::reportKindOfVersionOne()
{
    Report report = load(u"good/minimal.figdeck.json"_s);
    QCOMPARE(report.version, 1);
    report.sources[0].kind = SourceKind::Report;
    report.sources[0].publisher = Text(u"A publisher"_s);
    QCOMPARE(reportCredit(report), u"Source: Minimal report (https://example.org/article)"_s);
    report.sources[0].kind = SourceKind::NewsSummary;
    QCOMPARE(
        reportCredit(report),
        u"Source: Minimal report, as summarised by A publisher (https://example.org/article)"_s);
}

QTEST_GUILESS_MAIN(TestCredit)
#include "tst_credit.moc"
