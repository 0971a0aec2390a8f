// SPDX-License-Identifier: GPL-3.0-or-later
// The main window as a user meets it: three regions, every figure drawn, the narrative beside
// it, keyboard navigation, themes, the data table, and bad files that change nothing.
#include "datatablemodel.h"
#include "figurelistmodel.h"
#include "figureview.h"
#include "format.h"
#include "mainwindow.h"
#include "narrativepane.h"
#include "reportdocument.h"
#include "reportloader.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Figdeck;

namespace {

// Pixels that differ clearly from the top-left (background) pixel.
int inkPixels(const QImage &image)
{
    const QColor bg = image.pixelColor(0, 0);
    int ink = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QColor c = image.pixelColor(x, y);
            if (qAbs(c.red() - bg.red()) + qAbs(c.green() - bg.green()) +
                    qAbs(c.blue() - bg.blue()) >
                60)
                ++ink;
        }
    }
    return ink;
}

QString writeTempPack(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(bytes);
    return path;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }
    void init() { QSettings().clear(); }

    void hasThreeRegions()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *splitter = w.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        QVERIFY(splitter);
        QCOMPARE(splitter->count(), 3);
        QCOMPARE(splitter->widget(0)->objectName(), QStringLiteral("figureList"));
        QCOMPARE(splitter->widget(1)->objectName(), QStringLiteral("chartArea"));
        QCOMPARE(splitter->widget(2)->objectName(), QStringLiteral("narrativePane"));
        for (int i = 0; i < 3; ++i)
            QVERIFY(splitter->widget(i)->width() > 100);
    }

    // Start-up and browsing write nothing; closing writes the changed settings once, and a
    // close with nothing changed leaves the file as it is.
    void settingsWrittenOnCloseOnly()
    {
        // The file as init() left it (cleared): its identity and time of writing.
        const QString file = QSettings().fileName();
        const auto stamp = [&file] {
            const QFileInfo info(file);
            return std::pair(info.birthTime(), info.lastModified());
        };
        const auto cleared = stamp();
        {
            MainWindow w;
            QSignalSpy painted(&w, &MainWindow::firstChartPainted);
            w.show();
            QVERIFY(painted.wait());
            QCOMPARE(stamp(), cleared);
            w.setTheme(ThemeId::Dark);
            QVERIFY(w.selectFigure(w.report().figures.constLast().id));
            QVERIFY(w.selectFigure(w.report().figures.constFirst().id));
            QVERIFY(w.selectFigure(w.report().figures.constLast().id));
            QCOMPARE(stamp(), cleared);
            w.close();
        }
        const auto closed = stamp();
        QVERIFY(closed != cleared);
        QSettings stored;
        QCOMPARE(stored.value(QStringLiteral("view/theme")).toString(), QStringLiteral("dark"));
        QVERIFY(stored.contains(QStringLiteral("window/geometry")));

        // Restored in the next session; closed again with nothing changed (the platform may
        // have moved the restored window, so the first close may write), the file stays.
        MainWindow w;
        QSignalSpy painted(&w, &MainWindow::firstChartPainted);
        w.show();
        QVERIFY(painted.wait());
        QCOMPARE(w.theme(), ThemeId::Dark);
        QCOMPARE(w.currentFigureId(), w.report().figures.constLast().id);
        w.close();
        const auto again = stamp();
        w.show();
        QVERIFY(w.selectFigure(w.report().figures.constFirst().id));
        QVERIFY(w.selectFigure(w.report().figures.constLast().id)); // back as it was
        w.close();
        QCOMPARE(stamp(), again);
    }

    void opensOnEmbeddedReport()
    {
        MainWindow w;
        QCOMPARE(w.report().title.text(), embeddedReport().title.text());
        QVERIFY(w.windowTitle().contains(QLatin1String("Artificial Intelligence")));
        QCOMPARE(w.currentFigureId(), QStringLiteral("headline"));
    }

    void figureRendersChart_data()
    {
        QTest::addColumn<QString>("figureId");
        QTest::addColumn<int>("theme");
        for (const Figure &f : embeddedReport().figures) {
            for (ThemeId t : {ThemeId::Light, ThemeId::Dark}) {
                QTest::addRow("%s-%s", qPrintable(f.id), qPrintable(Theme::name(t)))
                    << f.id << int(t);
            }
        }
    }

    void figureRendersChart()
    {
        QFETCH(QString, figureId);
        QFETCH(int, theme);
        MainWindow w;
        w.resize(1280, 800);
        w.setTheme(ThemeId(theme));
        QVERIFY(w.selectFigure(figureId));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *view = w.findChild<FigureView *>(QStringLiteral("figureView"));
        QVERIFY(view && view->chart());
        QCOMPARE(view->figureId(), figureId);
        const QImage image = view->grab().toImage();
        QVERIFY2(inkPixels(image) > 500, "the chart area is (nearly) blank");
        QCOMPARE(image.pixelColor(1, 1), Theme::get(ThemeId(theme)).background);
        QVERIFY(!view->accessibleDescription().isEmpty());
        QVERIFY(view->accessibleName().contains(embeddedReport().figure(figureId)->title.text()));
    }

    void paneShowsFindingsCaveatsAndEveryQuote_data()
    {
        QTest::addColumn<QString>("figureId");
        for (const Figure &f : embeddedReport().figures)
            QTest::newRow(qPrintable(f.id)) << f.id;
    }

    void paneShowsFindingsCaveatsAndEveryQuote()
    {
        QFETCH(QString, figureId);
        MainWindow w;
        QVERIFY(w.selectFigure(figureId));
        auto *pane = w.findChild<NarrativePane *>(QStringLiteral("narrativePane"));
        const QString text = pane->toPlainText();
        const Report report = embeddedReport();
        const Figure &figure = *report.figure(figureId);
        QVERIFY(text.contains(figure.title.text()));
        for (const Finding &f : figure.findings)
            QVERIFY2(text.contains(f.text.text()), qPrintable(f.text.text()));
        for (int i = 0; i < figure.caveats.size(); ++i) {
            QVERIFY(text.contains(figure.caveats.at(i).text.text()));
            QVERIFY(text.contains(caveatSign(i)));
        }
        for (const Metric *m : report.metricsOf(figure)) {
            QVERIFY2(text.contains(m->quote), qPrintable(m->quote));
            QVERIFY(text.contains(formatValue(*m)));
            QVERIFY(text.contains(originText(*m)));
        }
        // Report-level findings close every narrative.
        QVERIFY(text.contains(QLatin1String("data security")));
    }

    void derivedNumberIsMarkedDerived()
    {
        MainWindow w;
        QVERIFY(w.selectFigure(QStringLiteral("cluster-output")));
        const QString text = w.findChild<NarrativePane *>()->toPlainText();
        QVERIFY(text.contains(QLatin1String("derived (100 - 75)")));
    }

    void htmlInPackStaysLiteral()
    {
        Report report = embeddedReport();
        const QString evilTitle =
            QStringLiteral("<img src=\"x.png\"> <a href=\"http://evil\">click</a>");
        report.figures[0].title = Text(evilTitle);
        report.figures[0].findings[0].text =
            Text(QStringLiteral("<b>bold?</b> & <script>alert(1)</script>"));
        QTemporaryDir dir;
        const QString path =
            writeTempPack(dir, QStringLiteral("evil.json"), serializeReportPack(report));
        MainWindow w;
        w.setQuietErrors(true);
        QVERIFY2(w.openReport(path), qPrintable(w.lastErrors().join(QLatin1Char('\n'))));
        QVERIFY(w.selectFigure(report.figures[0].id));
        auto *pane = w.findChild<NarrativePane *>();
        const QString text = pane->toPlainText();
        QVERIFY(text.contains(evilTitle));
        QVERIFY(text.contains(QLatin1String("<b>bold?</b> & <script>alert(1)</script>")));
        QVERIFY(!pane->toHtml().contains(QLatin1String("evil\"")));
        auto *title = w.findChild<QLabel *>(QStringLiteral("figureTitle"));
        QCOMPARE(title->textFormat(), Qt::PlainText);
        QCOMPARE(title->text(), evilTitle);
    }

    void droppedFileOpensAndBecomesRecent()
    {
        Report report = embeddedReport();
        report.title = Text(QStringLiteral("A dropped report"));
        QTemporaryDir dir;
        const QString path =
            writeTempPack(dir, QStringLiteral("dropped.json"), serializeReportPack(report));
        MainWindow w;
        w.setQuietErrors(true);
        QSignalSpy changed(&w, &MainWindow::reportChanged);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &drop);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(w.report().title.text(), QStringLiteral("A dropped report"));
        QVERIFY(w.windowTitle().startsWith(QLatin1String("A dropped report")));
        // Remembered in File > Open Recent, and in the settings once the window closes.
        w.close();
        const QStringList recent = QSettings().value(QStringLiteral("files/recent")).toStringList();
        QCOMPARE(recent.value(0), QFileInfo(path).absoluteFilePath());
        QMenu *recentMenu = nullptr;
        for (QMenu *menu : w.findChildren<QMenu *>()) {
            if (menu->title() == QLatin1String("Open &Recent"))
                recentMenu = menu;
        }
        QVERIFY(recentMenu);
        // The file, a separator and Clear Menu; the entry names its folder too.
        QCOMPARE(recentMenu->actions().size(), 3);
        QVERIFY(recentMenu->actions().constFirst()->text().startsWith(
            QStringLiteral("dropped.json — ")));
        QCOMPARE(recentMenu->actions().constLast()->text(), QStringLiteral("&Clear Menu"));
    }

    void badFileKeepsCurrentReport()
    {
        QTemporaryDir dir;
        const QString path =
            writeTempPack(dir, QStringLiteral("bad.json"),
                          "{\n  \"format\": \"figdeck-report\",\n  \"version\": 1,\n  oops\n}\n");
        MainWindow w;
        w.setQuietErrors(true);
        QVERIFY(w.selectFigure(QStringLiteral("layer-shares")));
        QSignalSpy changed(&w, &MainWindow::reportChanged);
        QVERIFY(!w.openReport(path));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(w.report().title.text(), embeddedReport().title.text());
        QCOMPARE(w.currentFigureId(), QStringLiteral("layer-shares"));
        QVERIFY(!w.lastErrors().isEmpty());
        QVERIFY2(w.lastErrors().constFirst().startsWith(path + QStringLiteral(":4:")),
                 qPrintable(w.lastErrors().constFirst()));
    }

    void keyboardNavigation()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy spy(&w, &MainWindow::currentFigureChanged);
        const QStringList ids = {QStringLiteral("headline"), QStringLiteral("layer-shares"),
                                 QStringLiteral("cluster-output"),
                                 QStringLiteral("sector-metrics")};
        QCOMPARE(w.currentFigureId(), ids[0]);
        // From anywhere: Ctrl+PgDn / Ctrl+PgUp, even with focus in the narrative pane.
        w.findChild<NarrativePane *>()->setFocus();
        QTest::keyClick(&w, Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(w.currentFigureId(), ids[1]);
        QTest::keyClick(&w, Qt::Key_PageDown, Qt::ControlModifier);
        QTest::keyClick(&w, Qt::Key_PageDown, Qt::ControlModifier);
        QTest::keyClick(&w, Qt::Key_PageDown, Qt::ControlModifier); // stays on the last
        QCOMPARE(w.currentFigureId(), ids[3]);
        QTest::keyClick(&w, Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(w.currentFigureId(), ids[2]);
        // In the list: Home, End, Up, Down.
        auto *list = w.findChild<QListView *>(QStringLiteral("figureList"));
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Home);
        QCOMPARE(w.currentFigureId(), ids[0]);
        QTest::keyClick(list, Qt::Key_End);
        QCOMPARE(w.currentFigureId(), ids[3]);
        QTest::keyClick(list, Qt::Key_Up);
        QCOMPARE(w.currentFigureId(), ids[2]);
        QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(w.currentFigureId(), ids[3]);
        QCOMPARE(spy.count(), 8);
        QCOMPARE(spy.last().at(0).toString(), ids[3]);
    }

    void reopensOnLastFigureViewed()
    {
        {
            MainWindow w;
            QVERIFY(w.selectFigure(QStringLiteral("sector-metrics")));
            w.close(); // settings are written on close
        }
        MainWindow again;
        QCOMPARE(again.currentFigureId(), QStringLiteral("sector-metrics"));
    }

    void themeSwitchRepaintsChartAndPane()
    {
        MainWindow w;
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *view = w.findChild<FigureView *>();
        auto *pane = w.findChild<NarrativePane *>();
        const QImage light = view->grab().toImage();
        const QString lightHtml = pane->toHtml();
        w.setTheme(ThemeId::Dark);
        const QImage dark = view->grab().toImage();
        QVERIFY(light != dark);
        QCOMPARE(dark.pixelColor(1, 1), Theme::get(ThemeId::Dark).background);
        QVERIFY(pane->toHtml() != lightHtml);
        QCOMPARE(pane->palette().color(QPalette::Base), Theme::get(ThemeId::Dark).background);
        auto *list = w.findChild<QListView *>(QStringLiteral("figureList"));
        QCOMPARE(list->palette().color(QPalette::Base), Theme::get(ThemeId::Dark).background);
        QCOMPARE(list->palette().color(QPalette::Text), Theme::get(ThemeId::Dark).text);
        // Remembered for the next start.
        w.close();
        MainWindow again;
        QVERIFY(again.theme() == ThemeId::Dark);
    }

    void sharesAsBarsRedrawsOnlyTheChart()
    {
        MainWindow w;
        w.resize(1200, 800);
        QVERIFY(w.selectFigure(QStringLiteral("layer-shares")));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *view = w.findChild<FigureView *>();
        auto *pane = w.findChild<NarrativePane *>();
        QAction *bars = nullptr;
        for (QAction *a : w.findChildren<QAction *>()) {
            if (a->text() == QLatin1String("Show Shares as &Bars"))
                bars = a;
        }
        QVERIFY(bars);
        emit pane->anchorClicked(QUrl(QStringLiteral("metric:0"))); // a highlighted quote
        const NarrativeHighlight before = pane->highlight();
        const QImage donut = view->grab().toImage();
        QSignalSpy figureChanged(&w, &MainWindow::currentFigureChanged);
        bars->trigger();
        QVERIFY(view->grab().toImage() != donut);
        QCOMPARE(figureChanged.count(), 0);
        QCOMPARE(pane->highlight().metricId, before.metricId); // the pane was left alone
        w.close();
        QVERIFY(QSettings().value(QStringLiteral("view/sharesAsBars")).toBool());
    }

    void dataTableMatchesModel_data()
    {
        QTest::addColumn<QString>("figureId");
        for (const Figure &f : embeddedReport().figures)
            QTest::newRow(qPrintable(f.id)) << f.id;
    }

    void dataTableMatchesModel()
    {
        QFETCH(QString, figureId);
        MainWindow w;
        QVERIFY(w.selectFigure(figureId));
        w.setDataTableVisible(true);
        QVERIFY(w.isDataTableVisible());
        auto *table = w.findChild<QTableView *>(QStringLiteral("dataTable"));
        const Report report = embeddedReport();
        const QList<const Metric *> metrics = report.metricsOf(*report.figure(figureId));
        QCOMPARE(table->model()->rowCount(), int(metrics.size()));
        const QStringList lines = w.currentDataTsv().trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), int(metrics.size()) + 1);
        for (int r = 0; r < metrics.size(); ++r) {
            const QStringList cells = lines.at(r + 1).split(QLatin1Char('\t'));
            QCOMPARE(cells.size(), int(DataTableModel::ColumnCount));
            QCOMPARE(cells.at(DataTableModel::Label), metrics.at(r)->label.text());
            QCOMPARE(cells.at(DataTableModel::Value), formatValue(*metrics.at(r)));
            QCOMPARE(cells.at(DataTableModel::Number).toDouble(), metrics.at(r)->value);
            QCOMPARE(cells.at(DataTableModel::Quote), metrics.at(r)->quote);
        }
    }

    void modelsPassModelTester()
    {
        const Report report = embeddedReport();
        ReportDocument document;
        FigureListModel list(&document);
        QAbstractItemModelTester t1(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
        document.open(report, QString(), QByteArray());
        QCOMPARE(list.rowCount(), int(report.figures.size()));
        DataTableModel table(&document);
        QAbstractItemModelTester t2(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (const Figure &f : report.figures)
            table.setFigure(f.id);
    }

    void hoveringAMarkHighlightsItsQuote()
    {
        MainWindow w;
        w.resize(1280, 800);
        QVERIFY(w.selectFigure(QStringLiteral("layer-shares")));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *view = w.findChild<FigureView *>();
        auto *pane = w.findChild<NarrativePane *>();
        // Find a point over some mark by scanning the chart's own hit test.
        QPoint hit;
        QString metric;
        for (int y = 4; y < view->height() && metric.isEmpty(); y += 8) {
            for (int x = 4; x < view->width() && metric.isEmpty(); x += 8) {
                metric = view->chart()->markAt(QRectF(view->rect()), QPointF(x, y));
                hit = QPoint(x, y);
            }
        }
        QVERIFY2(!metric.isEmpty(), "no mark found in the chart");
        QTest::mouseMove(view, hit);
        QCOMPARE(pane->highlight().metricId, metric);
        QCOMPARE(view->chart()->highlightedMarks(), QStringList{metric});
    }

    void selectingACaveatHighlightsItsMarks()
    {
        MainWindow w;
        QVERIFY(w.selectFigure(QStringLiteral("cluster-output")));
        auto *pane = w.findChild<NarrativePane *>();
        auto *view = w.findChild<FigureView *>();
        const Figure &figure = *w.report().figure(QStringLiteral("cluster-output"));
        int withMarks = -1;
        for (int i = 0; i < figure.caveats.size() && withMarks < 0; ++i) {
            if (!figure.caveats.at(i).metricIds.isEmpty())
                withMarks = i;
        }
        QVERIFY(withMarks >= 0);
        QSignalSpy spy(pane, &NarrativePane::caveatActivated);
        emit pane->anchorClicked(QUrl(QStringLiteral("caveat:%1").arg(withMarks)));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(view->chart()->highlightedMarks(), figure.caveats.at(withMarks).metricIds);
        QCOMPARE(pane->highlight().caveatIndex, withMarks);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
