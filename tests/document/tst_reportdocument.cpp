// SPDX-License-Identifier: GPL-3.0-or-later
// The document being edited: every kind of edit undoes and redoes to the exact report, typing
// merges, the saved state is tracked, problems follow the edits, and saving keeps the file's
// own formatting.
#include "jsonmerge.h"
#include "packtext.h"
#include "recoveryfile.h"
#include "reportdocument.h"
#include "reportloader.h"
#include "reportproblems.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace Figdeck;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(std::function<void(ReportDocument &)>)

namespace {

using Edit = std::function<void(ReportDocument &)>;

// The writer's text, four-space indented instead of two: a file formatted by someone else.
QByteArray reindented(const QByteArray &json)
{
    QList<QByteArray> lines = json.split('\n');
    for (QByteArray &line : lines) {
        qsizetype ws = 0;
        while (ws < line.size() && line.at(ws) == ' ')
            ++ws;
        line = QByteArray(ws * 2, ' ') + line.mid(ws);
    }
    return lines.join('\n');
}

// Lines of `b` that differ from `a`, both split at newlines (a simple aligned diff: enough for
// edits that neither add nor remove lines).
int changedLines(const QByteArray &a, const QByteArray &b)
{
    const QList<QByteArray> x = a.split('\n'), y = b.split('\n');
    if (x.size() != y.size())
        return -1;
    int changed = 0;
    for (qsizetype i = 0; i < x.size(); ++i)
        changed += x.at(i) != y.at(i);
    return changed;
}

// The version-2 test pack: every v2 feature, series figures among them.
LoadResult loadV2Pack()
{
    return loadReportPack(
        QStringLiteral(FIGDECK_TEST_DATA "/model/v2/good/v2-features.figdeck.json"));
}

} // namespace

class TestReportDocument : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyEditUndoesAndRedoesExactly_data();
    void everyEditUndoesAndRedoesExactly();
    void typingMergesIntoOneCommand();
    void undoAfterSaveIsModifiedAgain();
    void changeSignalsNameThePart();
    void movingAMetricToASeries_data();
    void movingAMetricToASeries();
    void editingTheSeries_data();
    void editingTheSeries();
    void packTextIsInThePacksLanguage_data();
    void packTextIsInThePacksLanguage();
    void defaultNamesAreInThePacksLanguage_data();
    void defaultNamesAreInThePacksLanguage();
    void removingASource_data();
    void removingASource();
    void problemsFollowTheEdits();
    void problemsAtAPath_data();
    void problemsAtAPath();
    void problemsOfAnEditedReport_data();
    void problemsOfAnEditedReport();
    void unchangedSaveIsByteIdentical();
    void oneValueEditIsOneLineDiff();
    void structuralEditsKeepTheRestOfTheFile();
    void recoveryFileIsWrittenAndRead();
    void destroyedDocumentSignalsNoListener();
};

void TestReportDocument::everyEditUndoesAndRedoesExactly_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<int>("commands");
    const Report r = embeddedReport();
    const QString f0 = r.figures.at(0).id;
    const QString f1 = r.figures.at(1).id;
    const QString m0 = r.figures.at(0).metricIds.at(0);
    QTest::newRow("metric value") << Edit([=](ReportDocument &d) {
        Metric m = *d.report().metric(m0);
        m.value = 7000;
        d.setMetric(m, u"Change value"_s);
    }) << 1;
    QTest::newRow("metric qualifier") << Edit([=](ReportDocument &d) {
        Metric m = *d.report().metric(m0);
        m.qualifier = Qualifier::Approximate;
        d.setMetric(m, u"Change qualifier"_s);
    }) << 1;
    QTest::newRow("figure title") << Edit([=](ReportDocument &d) {
        Figure f = *d.report().figure(f0);
        f.title = Text(u"New title"_s, d.language());
        d.setFigure(f, u"Change title"_s);
    }) << 1;
    QTest::newRow("duplicate figure")
        << Edit([=](ReportDocument &d) { QVERIFY(!d.duplicateFigure(f0).isEmpty()); }) << 1;
    QTest::newRow("remove figure") << Edit([=](ReportDocument &d) { d.removeFigure(f1); }) << 1;
    QTest::newRow("move figure") << Edit([](ReportDocument &d) { d.moveFigure(0, 2); }) << 1;
    QTest::newRow("insert figure") << Edit([](ReportDocument &d) {
        Figure f;
        f.id = d.unusedId(u"figure"_s);
        f.title = Text(u"Empty"_s, d.language());
        d.insertFigure(1, f, u"Add figure"_s);
    }) << 1;
    QTest::newRow("add metric") << Edit([=](ReportDocument &d) {
        Metric m;
        m.label = Text(u"New"_s, d.language());
        QVERIFY(!d.addMetric(f0, m).isEmpty());
    }) << 1;
    QTest::newRow("remove metric from figure")
        << Edit([=](ReportDocument &d) { d.removeMetricFromFigure(f0, m0); }) << 1;
    QTest::newRow("move metric in figure")
        << Edit([=](ReportDocument &d) { d.moveMetricInFigure(f0, 0, 1); }) << 1;
    QTest::newRow("report title") << Edit([](ReportDocument &d) {
        d.edit(u"Change report title"_s, {{ReportDocument::Part::Meta, {}}},
               [](Report &x) { x.title = Text(u"Another"_s, x.language); });
    }) << 1;
    QTest::newRow("source") << Edit([](ReportDocument &d) {
        d.edit(u"Change source"_s, {{ReportDocument::Part::Source, {}}},
               [](Report &x) { x.sources.first().url = u"https://example.org/other"_s; });
    }) << 1;
    QTest::newRow("section") << Edit([](ReportDocument &d) {
        d.edit(u"Add section"_s, {{ReportDocument::Part::Sections, {}}}, [](Report &x) {
            Section s;
            s.id = u"new-section"_s;
            s.title = Text(u"New"_s, x.language);
            x.sections << s;
        });
    }) << 1;
    QTest::newRow("report caveat") << Edit([](ReportDocument &d) {
        d.edit(u"Remove caveat"_s, {{ReportDocument::Part::Caveats, {}}},
               [](Report &x) { x.caveats.removeFirst(); });
    }) << 1;
    const auto metricEdit = [=](const QString &name, const std::function<void(Metric &)> &change) {
        QTest::newRow(qPrintable(name)) << Edit([=](ReportDocument &d) {
            Metric m = *d.report().metric(m0);
            change(m);
            d.setMetric(m, u"Change "_s + name);
        }) << 1;
    };
    metricEdit(u"unit percentage points"_s,
               [](Metric &m) { m.unit = Unit::ofKind(UnitKind::PercentagePoints); });
    metricEdit(u"unit multiple"_s, [](Metric &m) { m.unit = Unit::ofKind(UnitKind::Multiple); });
    metricEdit(u"unit rank"_s, [](Metric &m) { m.unit = Unit::ofKind(UnitKind::Rank); });
    metricEdit(u"unit currency"_s, [](Metric &m) { m.unit = Unit::currencyOf(u"EUR"_s); });
    metricEdit(u"unit custom"_s, [](Metric &m) {
        m.unit = Unit::custom(Text(u"TWh"_s), Text(u"terawatt-hours"_s), UnitScale::Si);
    });
    metricEdit(u"count noun"_s, [](Metric &m) { m.noun = Text(u"firms"_s); });
    metricEdit(u"qualifier nearly"_s, [](Metric &m) { m.qualifier = Qualifier::Nearly; });
    metricEdit(u"status estimated"_s, [](Metric &m) { m.status = Status::Estimated; });
    metricEdit(u"date quarter"_s, [](Metric &m) { m.date = PeriodDate::parse(u"2025-Q3"_s); });
    metricEdit(u"range"_s, [](Metric &m) {
        m.high = m.value * 2;
        m.qualifier = Qualifier::Approximate;
    });
    QTest::newRow("add source") << Edit([](ReportDocument &d) { QCOMPARE(d.addSource(), 1); }) << 1;
    QTest::newRow("source id, renamed in its metrics") << Edit([](ReportDocument &d) {
        Source s = d.report().sources.at(0);
        s.id = u"report-summary"_s;
        d.setSource(0, s, u"Change id of source"_s);
        for (const Metric &m : d.report().metrics)
            QCOMPARE(m.source, u"report-summary"_s);
    }) << 1;
    QTest::newRow("source kind and date") << Edit([](ReportDocument &d) {
        Source s = d.report().sources.at(0);
        s.kind = SourceKind::Dataset;
        s.date = u"2026-05"_s;
        d.setSource(0, s, u"Change source"_s);
    }) << 1;
    // Its numbers would name nothing: the only source stays (removingASource says why).
    QTest::newRow("remove the only source")
        << Edit([](ReportDocument &d) { QVERIFY(!d.removeSource(0)); }) << 0;
    QTest::newRow("shares drawn as bars") << Edit([=](ReportDocument &d) {
        for (const Figure &f : d.report().figures) {
            if (f.kind == ChartKind::Shares) {
                Figure g = f;
                g.style = FigureStyle::Bars;
                d.setFigure(g, u"Change drawing"_s);
                return;
            }
        }
        QFAIL("no shares figure");
    }) << 1;
    QTest::newRow("bars ranked") << Edit([=](ReportDocument &d) {
        Figure f = *d.report().figure(f1);
        f.kind = ChartKind::Bars;
        f.order = BarOrder::Value;
        d.setFigure(f, u"Change order"_s);
    }) << 1;
    QTest::newRow("nothing changes") << Edit([](ReportDocument &d) { d.moveFigure(0, 0); }) << 0;
}

void TestReportDocument::everyEditUndoesAndRedoesExactly()
{
    QFETCH(Edit, edit);
    QFETCH(int, commands);
    ReportDocument doc;
    doc.open(embeddedReport(), QString(), QByteArray());
    const QByteArray before = serializeReportPack(doc.report());
    edit(doc);
    QCOMPARE(doc.undoStack()->count(), commands);
    const QByteArray after = serializeReportPack(doc.report());
    QCOMPARE(after != before, commands > 0);
    QCOMPARE(doc.isModified(), commands > 0);
    if (!commands)
        return;
    doc.undoStack()->undo();
    QCOMPARE(serializeReportPack(doc.report()), before);
    QVERIFY(doc.report() == embeddedReport());
    QVERIFY(!doc.isModified());
    doc.undoStack()->redo();
    QCOMPARE(serializeReportPack(doc.report()), after);
    QVERIFY(doc.isModified());
}

void TestReportDocument::typingMergesIntoOneCommand()
{
    ReportDocument doc;
    doc.open(embeddedReport(), QString(), QByteArray());
    const QString id = doc.report().metrics.at(0).id;
    const Text original = doc.report().metrics.at(0).label;
    for (const QString &typed : {u"A"_s, u"AI"_s, u"AI f"_s, u"AI firms"_s}) {
        Metric m = *doc.report().metric(id);
        m.label = Text(typed, doc.language());
        doc.setMetric(m, u"Change label"_s, u"label:"_s + id);
    }
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.report().metric(id)->label.text(), u"AI firms"_s);
    // Another field is another step.
    Metric m = *doc.report().metric(id);
    m.value = 1;
    doc.setMetric(m, u"Change value"_s, u"value:"_s + id);
    QCOMPARE(doc.undoStack()->count(), 2);
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QCOMPARE(doc.report().metric(id)->label, original);
}

void TestReportDocument::undoAfterSaveIsModifiedAgain()
{
    ReportDocument doc;
    doc.open(embeddedReport(), u"/tmp/x.json"_s, QByteArray());
    QSignalSpy modified(&doc, &ReportDocument::modifiedChanged);
    doc.moveFigure(0, 1);
    QVERIFY(doc.isModified());
    doc.setSaved(u"/tmp/x.json"_s, doc.contents());
    QVERIFY(!doc.isModified());
    doc.undoStack()->undo();
    QVERIFY(doc.isModified());
    doc.undoStack()->redo();
    QVERIFY(!doc.isModified());
    QCOMPARE(modified.size(), 4);
    // Typing right after a save does not merge into the saved step.
    const QString id = doc.report().metrics.at(0).id;
    Metric m = *doc.report().metric(id);
    m.label = Text(u"x"_s, doc.language());
    doc.setMetric(m, u"Change label"_s, u"label"_s);
    doc.setSaved(u"/tmp/x.json"_s, doc.contents());
    m.label = Text(u"xy"_s, doc.language());
    doc.setMetric(m, u"Change label"_s, u"label"_s);
    QVERIFY(doc.isModified());
    doc.undoStack()->undo();
    QCOMPARE(doc.report().metric(id)->label.text(), u"x"_s);
    QVERIFY(!doc.isModified());
    // A recovered report is unsaved with no history at all.
    doc.open(embeddedReport(), u"/tmp/x.json"_s, QByteArray(), true);
    QVERIFY(doc.isModified());
    QCOMPARE(doc.undoStack()->count(), 0);
}

void TestReportDocument::changeSignalsNameThePart()
{
    ReportDocument doc;
    doc.open(embeddedReport(), QString(), QByteArray());
    QSignalSpy metric(&doc, &ReportDocument::metricChanged);
    QSignalSpy figure(&doc, &ReportDocument::figureChanged);
    QSignalSpy figures(&doc, &ReportDocument::figureListChanged);
    QSignalSpy meta(&doc, &ReportDocument::metaChanged);
    Metric m = doc.report().metrics.at(2);
    m.value += 1;
    doc.setMetric(m, u"v"_s);
    QCOMPARE(metric.size(), 1);
    QCOMPARE(metric.at(0).at(0).toString(), m.id);
    QCOMPARE(figure.size() + figures.size() + meta.size(), 0);
    doc.undoStack()->undo();
    QCOMPARE(metric.size(), 2);
    doc.moveFigure(1, 0);
    QCOMPARE(figures.size(), 1);
    QCOMPARE(figure.size(), 0);
}

void TestReportDocument::movingAMetricToASeries_data()
{
    QTest::addColumn<QString>("figure");
    QTest::addColumn<QString>("metric");
    QTest::addColumn<int>("series");
    QTest::addColumn<QStringList>("seriesAfter");  // "label: id id", one per series
    QTest::addColumn<QStringList>("metricsAfter"); // the figure's metrics; empty: unchanged
    QTest::addColumn<QString>("undoText");         // empty: nothing done

    // share-over-time: one series (share-2020, share-2023); two-series: "Share" (share-2020,
    // share-2023) and "Second market" (share-b-2020).
    const QString shareB = u"Electric-car share of sales, second market"_s;
    QTest::newRow("out of a figure of one series")
        << u"share-over-time"_s << u"share-2023"_s << 1
        << QStringList{u"Series 1: share-2020"_s, u"Series 2: share-2023"_s}
        << QStringList{u"share-2020"_s, u"share-2023"_s}
        << u"Move 'Electric-car share of sales' to series 'Series 2'"_s;
    QTest::newRow("into another, emptying its own")
        << u"two-series"_s << u"share-b-2020"_s << 0
        << QStringList{u"Share: share-2020 share-2023 share-b-2020"_s}
        << QStringList{u"share-2020"_s, u"share-2023"_s, u"share-b-2020"_s}
        << u"Move '%1' to series 'Share'"_s.arg(shareB);
    QTest::newRow("into another, last")
        << u"two-series"_s << u"share-2020"_s << 1
        << QStringList{u"Share: share-2023"_s, u"Second market: share-b-2020 share-2020"_s}
        << QStringList{u"share-2023"_s, u"share-b-2020"_s, u"share-2020"_s}
        << u"Move 'Electric-car share of sales' to series 'Second market'"_s;
    QTest::newRow("into a new one")
        << u"two-series"_s << u"share-2020"_s << 2
        << QStringList{u"Share: share-2023"_s, u"Second market: share-b-2020"_s,
                       u"Series 3: share-2020"_s}
        << QStringList{u"share-2023"_s, u"share-b-2020"_s, u"share-2020"_s}
        << u"Move 'Electric-car share of sales' to series 'Series 3'"_s;
    const QStringList two = {u"Share: share-2020 share-2023"_s, u"Second market: share-b-2020"_s};
    QTest::newRow("already there")
        << u"two-series"_s << u"share-2020"_s << 0 << two << QStringList() << QString();
    QTest::newRow("no such series")
        << u"two-series"_s << u"share-2020"_s << 3 << two << QStringList() << QString();
    QTest::newRow("the one series it is in") << u"share-over-time"_s << u"share-2020"_s << 0
                                             << QStringList() << QStringList() << QString();
    QTest::newRow("not a series figure")
        << u"ranked"_s << u"share-2023"_s << 1 << QStringList() << QStringList() << QString();
}

void TestReportDocument::movingAMetricToASeries()
{
    QFETCH(QString, figure);
    QFETCH(QString, metric);
    QFETCH(int, series);
    QFETCH(QStringList, seriesAfter);
    QFETCH(QStringList, metricsAfter);
    QFETCH(QString, undoText);
    const LoadResult loaded = loadV2Pack();
    QVERIFY(loaded.ok());
    ReportDocument doc;
    doc.open(*loaded.report, QString(), QByteArray());
    const QByteArray before = serializeReportPack(doc.report());
    QSignalSpy figures(&doc, &ReportDocument::figureChanged);
    QCOMPARE(doc.setMetricSeries(figure, metric, series), !undoText.isEmpty());
    const Figure &f = *doc.report().figure(figure);
    QStringList shown;
    for (const Series &s : f.series)
        shown << s.label.text() + u": "_s + s.metricIds.join(u' ');
    QCOMPARE(shown, seriesAfter);
    if (undoText.isEmpty()) {
        QCOMPARE(doc.undoStack()->count(), 0);
        QCOMPARE(serializeReportPack(doc.report()), before);
        return;
    }
    QCOMPARE(f.metricIds, metricsAfter);
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.undoStack()->undoText(), undoText);
    QCOMPARE(figures.size(), 1);
    QCOMPARE(figures.at(0).at(0).toString(), figure);
    // The pack as written reads back the same (series listed in the file, not metrics).
    const QByteArray after = serializeReportPack(doc.report());
    // (Two 2020 numbers in one series is a problem the pack still holds: read as a draft.)
    const LoadResult reread = parseReportPack(after, u"moved.figdeck.json"_s);
    QVERIFY(reread.draft);
    QCOMPARE(reread.draft->figure(figure)->series, f.series);
    QCOMPARE(reread.draft->figure(figure)->metricIds, metricsAfter);
    doc.undoStack()->undo();
    QCOMPARE(serializeReportPack(doc.report()), before);
    doc.undoStack()->redo();
    QCOMPARE(serializeReportPack(doc.report()), after);
}

// The series of a series figure as a list: rename, reorder, remove an empty one.
void TestReportDocument::editingTheSeries_data()
{
    QTest::addColumn<bool>("withEmpty"); // two-series gets an empty "Empty" between its two
    QTest::addColumn<QString>("figure");
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QStringList>("seriesAfter");  // "label: id id", one per series
    QTest::addColumn<QStringList>("metricsAfter"); // the figure's metrics
    QTest::addColumn<QString>("undoText");         // empty: nothing done

    const auto rename = [](const QString &figure, int series, const QString &label, bool done) {
        return Edit([=](ReportDocument &d) {
            QCOMPARE(d.renameSeries(figure, series, Text(label, d.language())), done);
        });
    };
    const auto move = [](const QString &figure, int from, int to, bool done) {
        return Edit([=](ReportDocument &d) { QCOMPARE(d.moveSeries(figure, from, to), done); });
    };
    const auto remove = [](const QString &figure, int series, bool done) {
        return Edit([=](ReportDocument &d) { QCOMPARE(d.removeSeries(figure, series), done); });
    };
    const QString two = u"two-series"_s;
    const QStringList twoSeries = {u"Share: share-2020 share-2023"_s,
                                   u"Second market: share-b-2020"_s};
    const QStringList twoMetrics = {u"share-2020"_s, u"share-2023"_s, u"share-b-2020"_s};
    QTest::newRow("rename") << false << two << rename(two, 0, u"Market A"_s, true)
                            << QStringList{u"Market A: share-2020 share-2023"_s,
                                           u"Second market: share-b-2020"_s}
                            << twoMetrics << u"Rename series 'Share' to 'Market A'"_s;
    QTest::newRow("rename the one series of a figure: it is listed")
        << false << u"share-over-time"_s << rename(u"share-over-time"_s, 0, u"EU"_s, true)
        << QStringList{u"EU: share-2020 share-2023"_s}
        << QStringList{u"share-2020"_s, u"share-2023"_s} << u"Rename series '1' to 'EU'"_s;
    QTest::newRow("rename to the same name")
        << false << two << rename(two, 1, u"Second market"_s, false) << twoSeries << twoMetrics
        << QString();
    QTest::newRow("rename no such series") << false << two << rename(two, 2, u"Third"_s, false)
                                           << twoSeries << twoMetrics << QString();
    QTest::newRow("rename in a figure of another kind")
        << false << u"ranked"_s << rename(u"ranked"_s, 0, u"X"_s, false) << QStringList()
        << QStringList{u"share-2023"_s, u"share-b-2020"_s} << QString();
    QTest::newRow("move down") << false << two << move(two, 0, 1, true)
                               << QStringList{u"Second market: share-b-2020"_s,
                                              u"Share: share-2020 share-2023"_s}
                               << QStringList{u"share-b-2020"_s, u"share-2020"_s, u"share-2023"_s}
                               << u"Move series 'Share'"_s;
    QTest::newRow("move up") << false << two << move(two, 1, 0, true)
                             << QStringList{u"Second market: share-b-2020"_s,
                                            u"Share: share-2020 share-2023"_s}
                             << QStringList{u"share-b-2020"_s, u"share-2020"_s, u"share-2023"_s}
                             << u"Move series 'Second market'"_s;
    QTest::newRow("move past the last")
        << false << two << move(two, 1, 2, false) << twoSeries << twoMetrics << QString();
    QTest::newRow("move the one series of a figure")
        << false << u"share-over-time"_s << move(u"share-over-time"_s, 0, 0, false) << QStringList()
        << QStringList{u"share-2020"_s, u"share-2023"_s} << QString();
    QTest::newRow("move the empty one last")
        << true << two << move(two, 1, 2, true)
        << QStringList{u"Share: share-2020 share-2023"_s, u"Second market: share-b-2020"_s,
                       u"Empty: "_s}
        << twoMetrics << u"Move series 'Empty'"_s;
    QTest::newRow("remove the empty one") << true << two << remove(two, 1, true) << twoSeries
                                          << twoMetrics << u"Remove series 'Empty'"_s;
    QTest::newRow("remove one with numbers")
        << true << two << remove(two, 0, false)
        << QStringList{u"Share: share-2020 share-2023"_s, u"Empty: "_s,
                       u"Second market: share-b-2020"_s}
        << twoMetrics << QString();
}

void TestReportDocument::editingTheSeries()
{
    QFETCH(bool, withEmpty);
    QFETCH(QString, figure);
    QFETCH(Edit, edit);
    QFETCH(QStringList, seriesAfter);
    QFETCH(QStringList, metricsAfter);
    QFETCH(QString, undoText);
    const LoadResult loaded = loadV2Pack();
    QVERIFY(loaded.ok());
    Report report = *loaded.report;
    if (withEmpty) {
        Figure &f = report.figures[report.figureIndex(u"two-series"_s)];
        f.series.insert(1, Series{Text(u"Empty"_s, report.language), {}});
    }
    ReportDocument doc;
    doc.open(report, QString(), QByteArray());
    const QByteArray before = serializeReportPack(doc.report());
    QSignalSpy figures(&doc, &ReportDocument::figureChanged);
    QSignalSpy content(&doc, &ReportDocument::figureContentChanged);
    edit(doc);
    const Figure &f = *doc.report().figure(figure);
    QStringList shown;
    for (const Series &s : f.series)
        shown << s.label.text() + u": "_s + s.metricIds.join(u' ');
    QCOMPARE(shown, seriesAfter);
    QCOMPARE(f.metricIds, metricsAfter);
    if (undoText.isEmpty()) {
        QCOMPARE(doc.undoStack()->count(), 0);
        QCOMPARE(figures.size(), 0);
        QCOMPARE(serializeReportPack(doc.report()), before);
        return;
    }
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.undoStack()->undoText(), undoText);
    // The chart of that figure is told (its legend follows), and nothing else.
    QCOMPARE(figures.size(), 1);
    QCOMPARE(figures.at(0).at(0).toString(), figure);
    QCOMPARE(content.size(), 1);
    const QByteArray after = serializeReportPack(doc.report());
    doc.undoStack()->undo();
    QCOMPARE(serializeReportPack(doc.report()), before);
    QCOMPARE(doc.report(), report);
    doc.undoStack()->redo();
    QCOMPARE(serializeReportPack(doc.report()), after);
}

void TestReportDocument::packTextIsInThePacksLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("which");
    QTest::addColumn<int>("number");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en series") << u"en"_s << int(PackText::Series) << 2 << u"Series 2"_s;
    QTest::newRow("zh-Hans series") << u"zh-Hans"_s << int(PackText::Series) << 2 << u"系列2"_s;
    QTest::newRow("zh metric") << u"zh"_s << int(PackText::NewMetric) << 0 << u"新指标"_s;
    QTest::newRow("zh-CN figure") << u"zh-CN"_s << int(PackText::NewFigure) << 0 << u"新图表"_s;
    QTest::newRow("zh-Hans source") << u"zh-Hans"_s << int(PackText::NewSource) << 0 << u"新来源"_s;
    QTest::newRow("zh-Hans finding")
        << u"zh-Hans"_s << int(PackText::NewFinding) << 0 << u"新发现"_s;
    QTest::newRow("zh-Hans caveat")
        << u"zh-Hans"_s << int(PackText::NewCaveat) << 0 << u"新注意事项"_s;
    QTest::newRow("zh-Hans section")
        << u"zh-Hans"_s << int(PackText::NewSection) << 0 << u"新章节"_s;
    QTest::newRow("zh-Hant source") << u"zh-Hant"_s << int(PackText::NewSource) << 0 << u"新來源"_s;
    QTest::newRow("zh-TW caveat") << u"zh-TW"_s << int(PackText::NewCaveat) << 0 << u"新注意事項"_s;
    QTest::newRow("zh-Hant-HK section")
        << u"zh-Hant-HK"_s << int(PackText::NewSection) << 0 << u"新章節"_s;
    QTest::newRow("zh-HK figure") << u"zh-HK"_s << int(PackText::NewFigure) << 0 << u"新圖表"_s;
    QTest::newRow("en-GB finding")
        << u"en-GB"_s << int(PackText::NewFinding) << 0 << u"New finding"_s;
    // A language the table lacks gets English, the format's own.
    QTest::newRow("de metric") << u"de"_s << int(PackText::NewMetric) << 0 << u"New metric"_s;
    QTest::newRow("no language") << QString() << int(PackText::Series) << 12 << u"Series 12"_s;
}

void TestReportDocument::packTextIsInThePacksLanguage()
{
    QFETCH(QString, language);
    QFETCH(int, which);
    QFETCH(int, number);
    QFETCH(QString, expected);
    QCOMPARE(packText(PackText(which), language, number), expected);
    const Text text = packTextIn(PackText(which), language, number);
    QCOMPARE(text.byLanguage, (LanguageTexts{{language, expected}}));
    QCOMPARE(text.fallbackLanguage, language);
}

// What the document names by itself is the pack's text: in the pack's language.
void TestReportDocument::defaultNamesAreInThePacksLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("series");
    QTest::addColumn<QString>("source");
    QTest::newRow("en") << u"en"_s << QStringList{u"Series 1"_s, u"Series 2"_s} << u"New source"_s;
    QTest::newRow("zh-Hans") << u"zh-Hans"_s << QStringList{u"系列1"_s, u"系列2"_s} << u"新来源"_s;
}

void TestReportDocument::defaultNamesAreInThePacksLanguage()
{
    QFETCH(QString, language);
    QFETCH(QStringList, series);
    QFETCH(QString, source);
    const LoadResult loaded =
        loadReportPack(QStringLiteral(FIGDECK_TEST_DATA "/model/v2/good/v2-features.figdeck.json"));
    QVERIFY(loaded.ok());
    Report report = *loaded.report;
    report.language = language;
    ReportDocument doc;
    doc.open(report, QString(), QByteArray());
    QVERIFY(doc.setMetricSeries(u"share-over-time"_s, u"share-2023"_s, 1));
    QStringList labels;
    for (const Series &s : doc.report().figure(u"share-over-time"_s)->series) {
        labels << s.label.text();
        QCOMPARE(s.label.byLanguage.keys(), QStringList{language});
    }
    QCOMPARE(labels, series);
    const int added = doc.addSource();
    QCOMPARE(doc.report().sources.at(added).title.text(), source);
    QCOMPARE(doc.report().sources.at(added).title.byLanguage.keys(), QStringList{language});
    QCOMPARE(doc.undoStack()->count(), 2);
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QVERIFY(doc.report() == report);
}

void TestReportDocument::removingASource_data()
{
    QTest::addColumn<QString>("pack");        // empty: the embedded report
    QTest::addColumn<Edit>("setup");          // before the removal; part of the opened report
    QTest::addColumn<int>("index");           // the source removed
    QTest::addColumn<QString>("replacement"); // where its numbers go
    QTest::addColumn<QStringList>("users");   // metricsUsingSource(index) before
    QTest::addColumn<QString>("why");         // empty: removed
    QTest::addColumn<QStringList>("sourcesAfter");
    QTest::addColumn<QStringList>("metricSourcesAfter"); // of every metric, in the pack's order
    QTest::addColumn<QString>("undoText");
    QTest::addColumn<QStringList>("metricsChanged"); // metricChanged signals, in order

    // Sources review, wire, own; metrics wind (review), solar (wire), coal (review) and
    // wind-and-solar (own).
    const QString mixed =
        QStringLiteral(FIGDECK_TEST_DATA "/model/v2/good/mixed-sources.figdeck.json");
    const Edit none = [](ReportDocument &) {};
    const QStringList all = {u"review"_s, u"wire"_s, u"own"_s};
    const QStringList unchanged = {u"review"_s, u"wire"_s, u"review"_s, u"own"_s};
    const QString reviewUsed =
        u"Numbers still come from source 'An electricity review': 'Wind share of generation', "
        u"'Coal share of generation'. Choose another source for them."_s;

    QTest::newRow("used, its numbers moved to another")
        << mixed << none << 0 << u"wire"_s << QStringList{u"wind"_s, u"coal"_s} << QString()
        << QStringList{u"wire"_s, u"own"_s}
        << QStringList{u"wire"_s, u"wire"_s, u"wire"_s, u"own"_s}
        << u"Remove source 'An electricity review', its metrics now from 'A wire story about "
           u"the review'"_s
        << QStringList{u"wind"_s, u"coal"_s};
    QTest::newRow("used by one, moved to the last")
        << mixed << none << 1 << u"own"_s << QStringList{u"solar"_s} << QString()
        << QStringList{u"review"_s, u"own"_s}
        << QStringList{u"review"_s, u"own"_s, u"review"_s, u"own"_s}
        << u"Remove source 'A wire story about the review', its metrics now from 'Our own "
           u"arithmetic'"_s
        << QStringList{u"solar"_s};
    QTest::newRow("used, nowhere to go")
        << mixed << none << 0 << QString() << QStringList{u"wind"_s, u"coal"_s} << reviewUsed << all
        << unchanged << QString() << QStringList();
    QTest::newRow("used, given itself")
        << mixed << none << 0 << u"review"_s << QStringList{u"wind"_s, u"coal"_s} << reviewUsed
        << all << unchanged << QString() << QStringList();
    QTest::newRow("used, given no source of the pack")
        << mixed << none << 1 << u"nowhere"_s << QStringList{u"solar"_s}
        << u"Numbers still come from source 'A wire story about the review': 'Solar share of "
           u"generation'. Choose another source for them."_s
        << all << unchanged << QString() << QStringList();
    QTest::newRow("unused") << mixed << Edit([](ReportDocument &d) { d.addSource(); }) << 3
                            << u"wire"_s << QStringList() << QString() << all << unchanged
                            << u"Remove source 'New source'"_s << QStringList();
    // Another source with the same id (an invalid pack): the numbers still name one.
    QTest::newRow("a duplicate id") << mixed << Edit([](ReportDocument &d) {
        d.edit(u"Duplicate id"_s, {{ReportDocument::Part::Source, {}}},
               [](Report &r) { r.sources << r.sources.first(); });
    }) << 0 << QString() << QStringList()
                                    << QString() << QStringList{u"wire"_s, u"own"_s, u"review"_s}
                                    << unchanged << u"Remove source 'An electricity review'"_s
                                    << QStringList();
    QTest::newRow("the only source")
        << QString() << none << 0 << QString()
        << QStringList{u"ai-enterprises"_s, u"core-scale-cny"_s, u"core-scale-usd"_s,
                       u"innovation-platforms"_s}
        << u"'China's AI industry reaches turning point in 2026 with over 6,000 firms and 1.2 "
           u"trillion yuan scale' is the pack's only source: every number needs one. Add "
           u"another source before removing it."_s
        << QStringList{u"source"_s} << QStringList() << QString() << QStringList();
}

void TestReportDocument::removingASource()
{
    QFETCH(QString, pack);
    QFETCH(Edit, setup);
    QFETCH(int, index);
    QFETCH(QString, replacement);
    QFETCH(QStringList, users);
    QFETCH(QString, why);
    QFETCH(QStringList, sourcesAfter);
    QFETCH(QStringList, metricSourcesAfter);
    QFETCH(QString, undoText);
    QFETCH(QStringList, metricsChanged);
    ReportDocument doc;
    if (pack.isEmpty()) {
        doc.open(embeddedReport(), QString(), QByteArray());
    } else {
        const LoadResult loaded = loadReportPack(pack);
        QVERIFY(loaded.ok());
        doc.open(*loaded.report, pack, QByteArray());
    }
    setup(doc);
    const int commands = int(doc.undoStack()->count());
    const QByteArray before = serializeReportPack(doc.report());
    const auto ids = [](const auto &list, auto field) {
        QStringList result;
        for (const auto &item : list)
            result << item.*field;
        return result;
    };
    if (pack.isEmpty()) { // the embedded report: every number from its one source
        QCOMPARE(doc.metricsUsingSource(index).mid(0, 4), users);
        QCOMPARE(doc.metricsUsingSource(index).size(), 14);
    } else {
        QCOMPARE(doc.metricsUsingSource(index), users);
    }
    QSignalSpy sources(&doc, &ReportDocument::sourceChanged);
    QSignalSpy metrics(&doc, &ReportDocument::metricChanged);
    QString said = u"(not set)"_s;
    QCOMPARE(doc.removeSource(index, replacement, &said), why.isEmpty());
    QCOMPARE(said, why);
    QCOMPARE(ids(doc.report().sources, &Source::id), sourcesAfter);
    if (!metricSourcesAfter.isEmpty())
        QCOMPARE(ids(doc.report().metrics, &Metric::source), metricSourcesAfter);
    if (!why.isEmpty()) {
        QCOMPARE(doc.undoStack()->count(), commands);
        QCOMPARE(serializeReportPack(doc.report()), before);
        QCOMPARE(sources.size() + metrics.size(), 0);
        return;
    }
    // One step, named, telling the sources' views and each moved number's.
    QCOMPARE(doc.undoStack()->count(), commands + 1);
    QCOMPARE(doc.undoStack()->undoText(), undoText);
    QCOMPARE(sources.size(), 1);
    QCOMPARE(metrics.size(), metricsChanged.size());
    for (qsizetype i = 0; i < metrics.size(); ++i)
        QCOMPARE(metrics.at(i).at(0).toString(), metricsChanged.at(i));
    // No number names a source the pack lost.
    for (const Diagnostic &d : doc.problems())
        QVERIFY2(!d.message.contains(u"unknown source"_s), qPrintable(d.message));
    const QByteArray after = serializeReportPack(doc.report());
    doc.undoStack()->undo();
    QCOMPARE(serializeReportPack(doc.report()), before);
    doc.undoStack()->redo();
    QCOMPARE(serializeReportPack(doc.report()), after);
}

void TestReportDocument::problemsFollowTheEdits()
{
    ReportDocument doc;
    doc.open(embeddedReport(), QString(), QByteArray());
    QVERIFY(doc.problems().isEmpty());
    QSignalSpy changed(&doc, &ReportDocument::problemsChanged);
    Metric m = doc.report().metrics.at(1);
    m.label = Text(QString(), doc.language());
    doc.setMetric(m, u"Change label"_s);
    const QList<Diagnostic> problems = doc.problemsAt(ReportDocument::metricPath(1));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.at(0).path, u"metrics[1].label"_s);
    QCOMPARE(problems.at(0).line, 0);
    // The figures that show the metric have the problem too.
    for (const Figure &f : doc.report().figures)
        QCOMPARE(doc.figureProblems(f.id).size(), f.metricIds.contains(m.id) ? 1 : 0);
    QVERIFY(changed.wait(1000)); // one event-loop turn
    doc.undoStack()->undo();
    QVERIFY(doc.problems().isEmpty());
}

// The problems at a path are those at it or under it, and only those: "metrics[1]" is not
// "metrics[11]", a field of an item has that field's only, a list has every item's. (The
// document answers from an index of the problems by item; this checks it against paths
// written by hand.)
void TestReportDocument::problemsAtAPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("an item") << u"metrics[1]"_s << QStringList{u"metrics[1].label"_s};
    QTest::newRow("its field") << u"metrics[1].label"_s << QStringList{u"metrics[1].label"_s};
    QTest::newRow("another field") << u"metrics[1].value"_s << QStringList{};
    QTest::newRow("item 11, not 1") << u"metrics[11]"_s << QStringList{u"metrics[11].label"_s};
    QTest::newRow("the list") << u"metrics"_s
                              << QStringList{u"metrics[1].label"_s, u"metrics[11].label"_s};
    QTest::newRow("a figure") << u"figures[0]"_s << QStringList{u"figures[0].title"_s};
    QTest::newRow("another figure") << u"figures[2]"_s << QStringList{};
    QTest::newRow("the report's title") << u"title"_s << QStringList{};
}

void TestReportDocument::problemsAtAPath()
{
    QFETCH(QString, path);
    QFETCH(QStringList, expected);
    ReportDocument doc;
    doc.open(embeddedReport(), QString(), QByteArray());
    for (const int index : {1, 11}) {
        Metric m = doc.report().metrics.at(index);
        m.label = Text(QString(), doc.language());
        doc.setMetric(m, u"Change label"_s);
    }
    Figure f = doc.report().figures.at(0);
    f.title = Text(QString(), doc.language());
    doc.setFigure(f, u"Change title"_s);
    QStringList found;
    for (const Diagnostic &d : doc.problemsAt(path))
        found << d.path;
    found.sort();
    expected.sort();
    QCOMPARE(found, expected);
}

void TestReportDocument::problemsOfAnEditedReport_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QStringList>("expected");
    const Report r = embeddedReport();
    const QString f0 = r.figures.at(0).id;
    QTest::newRow("blank source url") << Edit([](ReportDocument &d) {
        d.edit(u"Change source"_s, {{ReportDocument::Part::Source, {}}},
               [](Report &x) { x.sources.first().url = u" "_s; });
    }) << QStringList{u"sources[0].url: must not be empty"_s};
    QTest::newRow("figure without metrics") << Edit([=](ReportDocument &d) {
        const QStringList ids = d.report().figure(f0)->metricIds;
        for (const QString &id : ids)
            d.removeMetricFromFigure(f0, id);
    }) << QStringList{u"figures[0].metrics: must not be empty"_s};
    QTest::newRow("a second source, metrics not saying which")
        << Edit([](ReportDocument &d) {
               d.edit(u"Add source"_s, {{ReportDocument::Part::Source, {}}}, [](Report &x) {
                   Source s;
                   s.id = u"second"_s;
                   s.title = Text(u"Second"_s, x.language);
                   s.url = u"https://example.org/second"_s;
                   x.sources << s;
                   x.metrics[1].source.clear();
               });
           })
        << QStringList{
               u"metrics[1].source: the pack has 2 sources: say which one this number comes "
               u"from with \"source\""_s};
}

// The validator on the edited Report itself: no file, no positions, the paths of the fields.
void TestReportDocument::problemsOfAnEditedReport()
{
    QFETCH(Edit, edit);
    QFETCH(QStringList, expected);
    ReportDocument doc;
    doc.open(embeddedReport(), QString(), QByteArray());
    edit(doc);
    QStringList got;
    for (const Diagnostic &d : reportProblems(doc.report())) {
        QCOMPARE(d.line, 0);
        QVERIFY(d.file.isEmpty());
        got << d.path + u": "_s + d.message;
    }
    QCOMPARE(got, expected);
    QCOMPARE(doc.problems().size(), expected.size());
}

void TestReportDocument::unchangedSaveIsByteIdentical()
{
    const QByteArray written = serializeReportPack(embeddedReport());
    QCOMPARE(mergeFormatting(written, written), written);
    const QByteArray four = reindented(written);
    QCOMPARE(mergeFormatting(four, written), four);
    // Keys in another order than the writer's: kept as they are (a metric's one-line "id"
    // moved after its "value"; labels span several lines when they have translations).
    QByteArray swapped = four;
    const qsizetype label = swapped.indexOf("\"id\"", swapped.indexOf("\"metrics\""));
    const qsizetype lineStart = swapped.lastIndexOf('\n', label) + 1;
    const qsizetype lineEnd = swapped.indexOf('\n', label) + 1;
    const QByteArray labelLine = swapped.mid(lineStart, lineEnd - lineStart);
    swapped.remove(lineStart, labelLine.size());
    const qsizetype after = swapped.indexOf('\n', swapped.indexOf("\"value\"", lineStart)) + 1;
    swapped.insert(after, labelLine);
    QVERIFY(parseReportPack(swapped, u"swapped"_s).ok());
    QCOMPARE(mergeFormatting(swapped, written), swapped);
    // Through the document: opened from those bytes, saved unchanged.
    ReportDocument doc;
    doc.open(*parseReportPack(swapped, u"swapped"_s).report, u"/tmp/s.json"_s, swapped);
    QCOMPARE(doc.contents(), swapped);
}

void TestReportDocument::oneValueEditIsOneLineDiff()
{
    const QByteArray four = reindented(serializeReportPack(embeddedReport()));
    ReportDocument doc;
    doc.open(*parseReportPack(four, u"four"_s).report, u"/tmp/f.json"_s, four);
    Metric m = doc.report().metrics.at(3);
    m.value = 12345;
    doc.setMetric(m, u"Change value"_s);
    const QByteArray saved = doc.contents();
    QCOMPARE(changedLines(four, saved), 1);
    QVERIFY(saved.contains("        \"value\": 12345,\n"));
    QCOMPARE(*parseReportPack(saved, u"saved"_s).report, doc.report());
}

void TestReportDocument::structuralEditsKeepTheRestOfTheFile()
{
    const QByteArray four = reindented(serializeReportPack(embeddedReport()));
    ReportDocument doc;
    doc.open(*parseReportPack(four, u"four"_s).report, u"/tmp/f.json"_s, four);
    const QString copy = doc.duplicateFigure(doc.report().figures.at(0).id);
    doc.moveFigure(3, 4);
    doc.removeMetricFromFigure(doc.report().figures.at(0).id,
                               doc.report().figures.at(0).metricIds.constLast());
    Figure f = *doc.report().figure(copy);
    f.findings.removeFirst();
    doc.setFigure(f, u"Remove finding"_s);
    const QByteArray saved = doc.contents();
    // It reads back to the edited report, in the file's indentation, and the writer's own
    // two-space lines appear nowhere.
    const LoadResult loaded = parseReportPack(saved, u"saved"_s);
    QVERIFY(loaded.ok());
    QCOMPARE(*loaded.report, doc.report());
    QVERIFY(!saved.contains("\n  \""));
    QVERIFY(saved.contains("\n    \"figures\": ["));
    QCOMPARE(saved, reindented(serializeReportPack(doc.report())));
}

void TestReportDocument::recoveryFileIsWrittenAndRead()
{
    QDir(RecoveryFile::directory()).removeRecursively();
    ReportDocument doc;
    doc.open(embeddedReport(), QString(), QByteArray());
    RecoveryFile recovery(&doc);
    recovery.setDelay(10);
    QSignalSpy written(&recovery, &RecoveryFile::written);
    doc.moveFigure(0, 1);
    doc.moveFigure(1, 2); // coalesced into one write
    QVERIFY(written.wait(2000));
    QCOMPARE(written.size(), 1);
    QVERIFY(QFile::exists(recovery.path()));
    // Held by this (running) instance: not an orphan.
    QVERIFY(RecoveryFile::orphans().isEmpty());
    const auto read = RecoveryFile::read(recovery.path());
    QVERIFY(read);
    QCOMPARE(read->report, doc.report());
    QVERIFY(read->reportPath.isEmpty());
    // Undone to the saved state: nothing to recover.
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QVERIFY(!QFile::exists(recovery.path()));
}

// A modified document being destroyed clears its undo stack; a listener of the stack (the
// recovery file calls isModified()) must not hear of it from a document that is half destroyed.
void TestReportDocument::destroyedDocumentSignalsNoListener()
{
    auto doc = std::make_unique<ReportDocument>();
    doc->open(embeddedReport(), QString(), QByteArray());
    doc->moveFigure(0, 1);
    QSignalSpy index(doc->undoStack(), &QUndoStack::indexChanged);
    QSignalSpy clean(doc->undoStack(), &QUndoStack::cleanChanged);
    doc.reset();
    QCOMPARE(index.size(), 0);
    QCOMPARE(clean.size(), 0);
}

QTEST_GUILESS_MAIN(TestReportDocument)
#include "tst_reportdocument.moc"
