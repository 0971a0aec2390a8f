// SPDX-License-Identifier: GPL-3.0-or-later
// The chart area as a presenter uses it: zoom (View menu, Ctrl+wheel) within its limits, side
// panes that give way in a small window and can be hidden, readable chart text at 800 x 500,
// the data table's formatted values, the chart's context menu, figure icons that stay visible
// when selected.
#include "datatablemodel.h"
#include "exportdialog.h"
#include "figurelistmodel.h"
#include "figureview.h"
#include "mainwindow.h"
#include "narrativepane.h"
#include "reportdocument.h"
#include "reportloader.h"
#include "textrecorder.h"
#include "wcag.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QHeaderView>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>
#include <QWheelEvent>

#include <algorithm>

using namespace Figdeck;
using namespace Qt::StringLiterals;

namespace {

QAction *actionNamed(const QWidget &window, const QString &text)
{
    const QList<QAction *> actions = window.findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->text().remove(QLatin1Char('&')) == text)
            return action;
    }
    return nullptr;
}

QByteArray embeddedBytes()
{
    QFile file(embeddedReportPath());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Caveat reference signs ("†", "‡§", "(6)"): superscripts, drawn at half their text's size.
bool isSignsOnly(const QString &text)
{
    static const QString signs = u"†‡§‖¶()0123456789"_s;
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return signs.contains(c); });
}

// The pixel sizes of the text the view's chart draws at the view's size, smallest first;
// caveat signs apart (signs), or left out.
QList<qreal> drawnTextSizes(FigureView &view, QList<qreal> *signs = nullptr)
{
    Test::TextRecorder recorder(view.size());
    {
        QPainter painter(&recorder);
        view.chart()->paint(painter, QRectF(view.rect()));
    }
    QList<qreal> sizes;
    for (const Test::TextRecorder::Item &item : recorder.items()) {
        if (!isSignsOnly(item.text))
            sizes << item.pixelSize;
        else if (signs)
            *signs << item.pixelSize;
    }
    std::sort(sizes.begin(), sizes.end());
    return sizes;
}

qreal median(const QList<qreal> &sorted)
{
    return sorted.isEmpty() ? 0 : sorted.at(sorted.size() / 2);
}

using FigdeckTest::contrast;

// The share of an icon's outermost drawn ring of pixels (what meets the selection colour)
// that stands out against it by at least 3:1.
qreal edgeContrastShare(const QImage &icon, const QColor &highlight)
{
    int drawn = 0, standing = 0;
    for (int y = 0; y < icon.height(); ++y) {
        for (int x = 0; x < icon.width(); ++x) {
            const QColor c = icon.pixelColor(x, y);
            if (c.alpha() < 200)
                continue;
            // An edge pixel: a neighbour is (nearly) transparent or outside.
            bool edge = false;
            for (const QPoint d : {QPoint(1, 0), QPoint(-1, 0), QPoint(0, 1), QPoint(0, -1)}) {
                const QPoint n(x + d.x(), y + d.y());
                edge = edge || !icon.rect().contains(n) || icon.pixelColor(n).alpha() < 200;
            }
            if (!edge)
                continue;
            ++drawn;
            standing += contrast(c, highlight) >= 3;
        }
    }
    return drawn == 0 ? 0 : qreal(standing) / drawn;
}

} // namespace

class TestChartView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setApplicationName(QStringLiteral("figdeck-tst_chartview"));
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        // Whole numbers in the data table with English digit grouping.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void cleanup() { QSettings().clear(); }

    // "+" zooms in, "-" out, "0" resets; the zoom walks the steps and stops at the limits.
    // The view keeps the report's label colours while the user steps through figures, and
    // works them out again after an edit: renaming a label of the second figure to one the
    // first figure shows makes it a shared label, and the first figure's colours follow.
    void labelColoursFollowEdits()
    {
        const QString path = QStringLiteral(FIGDECK_TEST_DATA "/ui/label-colours.figdeck.json");
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const LoadResult loaded = parseReportPack(bytes, path);
        QVERIFY(loaded.ok());
        ReportDocument document;
        document.open(*loaded.report, path, bytes);
        const auto picture = [](FigureView &view) {
            QImage image(640, 400, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::white);
            QPainter painter(&image);
            view.chart()->paint(painter, QRectF(image.rect()));
            return image;
        };
        FigureView view;
        view.setDocument(&document);
        view.showFigure(QStringLiteral("first"));
        const QImage before = picture(view);

        Metric gamma = *document.report().metric(QStringLiteral("gamma"));
        gamma.label = Text(QStringLiteral("Beta"));
        document.setMetric(gamma, QStringLiteral("Rename"));
        view.showFigure(QStringLiteral("second"));
        view.showFigure(QStringLiteral("first"));
        const QImage after = picture(view);

        FigureView fresh; // works the colours out from the edited report
        fresh.setDocument(&document);
        fresh.showFigure(QStringLiteral("first"));
        QVERIFY(after == picture(fresh));
        QVERIFY2(after != before, "a label shared after the edit keeps its colour everywhere");
    }

    void zoomSteps_data()
    {
        QTest::addColumn<QString>("keys");
        QTest::addColumn<qreal>("expected");
        QTest::addColumn<int>("changes");
        QTest::newRow("in") << u"+"_s << 1.1 << 1;
        QTest::newRow("in twice") << u"++"_s << 1.25 << 2;
        QTest::newRow("out") << u"-"_s << 0.9 << 1;
        QTest::newRow("in, out") << u"+-"_s << 1.0 << 2;
        QTest::newRow("in, reset") << u"+++0"_s << 1.0 << 4;
        QTest::newRow("reset at 1") << u"0"_s << 1.0 << 0;
        // 7 steps up from 1 reach 3 (the largest); more do nothing.
        QTest::newRow("past the largest") << u"++++++++++"_s << 3.0 << 7;
        // 4 steps down from 1 reach 0.5 (the smallest).
        QTest::newRow("past the smallest") << u"-------"_s << 0.5 << 4;
    }
    void zoomSteps()
    {
        QFETCH(QString, keys);
        QFETCH(qreal, expected);
        QFETCH(int, changes);
        ReportDocument document;
        document.open(embeddedReport(), QString(), embeddedBytes());
        FigureView view;
        view.setDocument(&document);
        view.resize(1000, 640);
        view.showFigure(QStringLiteral("headline"));
        QSignalSpy spy(&view, &FigureView::zoomChanged);
        for (const QChar key : keys) {
            if (key == QLatin1Char('+'))
                view.zoomIn();
            else if (key == QLatin1Char('-'))
                view.zoomOut();
            else
                view.resetZoom();
        }
        QCOMPARE(view.zoom(), expected);
        QCOMPARE(spy.size(), changes);
        QCOMPARE(view.canZoomIn(), expected < 3.0);
        QCOMPARE(view.canZoomOut(), expected > 0.5);
    }

    // The chart's text grows and shrinks with the zoom (laid out again, not scaled as a
    // picture): its small print follows the zoom, and the drawn text with it.
    void zoomSizesTheChartText_data()
    {
        QTest::addColumn<QString>("figureId");
        QTest::newRow("tiles") << u"headline"_s;
        QTest::newRow("donut") << u"layer-shares"_s;
        QTest::newRow("part of a whole") << u"cluster-output"_s;
        QTest::newRow("small multiples") << u"sector-metrics"_s;
    }
    void zoomSizesTheChartText()
    {
        QFETCH(QString, figureId);
        ReportDocument document;
        document.open(embeddedReport(), QString(), embeddedBytes());
        FigureView view;
        view.setDocument(&document);
        view.resize(1100, 700);
        view.showFigure(figureId);
        QVERIFY(view.chart());
        const qreal natural = view.textPixelSize();
        const QList<qreal> atOne = drawnTextSizes(view);
        QVERIFY(!atOne.isEmpty());

        view.zoomIn();
        view.zoomIn(); // 1.25
        QCOMPARE(view.textPixelSize(), natural * 1.25);
        const QList<qreal> larger = drawnTextSizes(view);
        // Larger, though a layout that runs out of room gives some of it back (layoutFittingText).
        QVERIFY2(median(larger) > median(atOne),
                 qPrintable(u"%1 -> %2"_s.arg(median(atOne)).arg(median(larger))));

        view.resetZoom();
        QCOMPARE(drawnTextSizes(view), atOne); // the same picture again
        view.zoomOut();
        view.zoomOut(); // 0.8
        const QList<qreal> smaller = drawnTextSizes(view);
        QVERIFY2(median(smaller) < median(atOne),
                 qPrintable(u"%1 -> %2"_s.arg(median(atOne)).arg(median(smaller))));
        // Never below the readable floor, however far out.
        view.setZoom(0.5);
        QList<qreal> signs;
        const QList<qreal> smallest = drawnTextSizes(view, &signs);
        QVERIFY2(smallest.constFirst() >= ChartViewMinTextPx - 0.5,
                 qPrintable(QString::number(smallest.constFirst())));
        for (const qreal sign : std::as_const(signs))
            QVERIFY(sign >= 7 - 0.5); // superscripts: half their text, never below 7 px
    }

    void ctrlWheelZooms()
    {
        ReportDocument document;
        document.open(embeddedReport(), QString(), embeddedBytes());
        FigureView view;
        view.setDocument(&document);
        view.resize(800, 500);
        view.showFigure(QStringLiteral("headline"));
        const QPointF at(400, 250);
        const auto wheel = [&](int delta, Qt::KeyboardModifiers modifiers) {
            QWheelEvent event(at, view.mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton,
                              modifiers, Qt::NoScrollPhase, false);
            QApplication::sendEvent(&view, &event);
        };
        wheel(120, Qt::NoModifier);
        QCOMPARE(view.zoom(), 1.0); // a plain wheel is not a zoom
        wheel(120, Qt::ControlModifier);
        QCOMPARE(view.zoom(), 1.1);
        wheel(60, Qt::ControlModifier); // half a notch (a touchpad): not yet a step
        QCOMPARE(view.zoom(), 1.1);
        wheel(60, Qt::ControlModifier);
        QCOMPARE(view.zoom(), 1.25);
        wheel(-240, Qt::ControlModifier);
        QCOMPARE(view.zoom(), 1.0);
    }

    // View > Zoom In / Zoom Out / Reset Zoom: the standard keys, disabled at the limits, and the
    // zoom is remembered.
    void zoomActions()
    {
        {
            MainWindow window;
            QAction *in = actionNamed(window, u"Zoom In"_s);
            QAction *out = actionNamed(window, u"Zoom Out"_s);
            QAction *reset = actionNamed(window, u"Reset Zoom"_s);
            QVERIFY(in && out && reset);
            QVERIFY(in->shortcuts().contains(QKeySequence(QKeySequence::ZoomIn)));
            QVERIFY(out->shortcuts().contains(QKeySequence(QKeySequence::ZoomOut)));
            QCOMPARE(reset->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_0));
            auto *view = window.findChild<FigureView *>(u"figureView"_s);
            QVERIFY(view);
            QVERIFY(!reset->isEnabled());
            in->trigger();
            QCOMPARE(view->zoom(), 1.1);
            QVERIFY(reset->isEnabled());
            for (int i = 0; i < 10; ++i)
                in->trigger();
            QCOMPARE(view->zoom(), 3.0);
            QVERIFY(!in->isEnabled());
            reset->trigger();
            QCOMPARE(view->zoom(), 1.0);
            out->trigger();
            window.close();
        }
        MainWindow again;
        QCOMPARE(again.findChild<FigureView *>(u"figureView"_s)->zoom(), 0.9);
    }

    // View > Figure List and View > Narrative Pane hide and restore the panes; the chart takes
    // the room, and the choice is remembered on close.
    void hideAndRestorePanes()
    {
        {
            MainWindow window;
            window.resize(1280, 780);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *list = window.findChild<QWidget *>(u"figureList"_s);
            auto *pane = window.findChild<QWidget *>(u"narrativePane"_s);
            auto *chart = window.findChild<QWidget *>(u"chartArea"_s);
            QAction *listAction = actionNamed(window, u"Figure List"_s);
            QAction *paneAction = actionNamed(window, u"Narrative Pane"_s);
            QVERIFY(list && pane && chart && listAction && paneAction);
            QVERIFY(listAction->isChecked() && paneAction->isChecked());
            QVERIFY(list->isVisible() && pane->isVisible());
            const int withPanes = chart->width();
            listAction->trigger();
            paneAction->trigger();
            QVERIFY(!list->isVisible() && !pane->isVisible());
            QTRY_VERIFY(chart->width() > withPanes + 300);
            window.close();
        }
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QAction *listAction = actionNamed(window, u"Figure List"_s);
            QAction *paneAction = actionNamed(window, u"Narrative Pane"_s);
            QVERIFY(!listAction->isChecked() && !paneAction->isChecked());
            QVERIFY(!window.findChild<QWidget *>(u"figureList"_s)->isVisible());
            QVERIFY(!window.findChild<QWidget *>(u"narrativePane"_s)->isVisible());
            listAction->trigger();
            paneAction->trigger();
            QVERIFY(window.findChild<QWidget *>(u"figureList"_s)->isVisible());
            QVERIFY(window.findChild<QWidget *>(u"narrativePane"_s)->isVisible());
            window.close();
        }
        MainWindow restored;
        QVERIFY(actionNamed(restored, u"Figure List"_s)->isChecked());
        QVERIFY(actionNamed(restored, u"Narrative Pane"_s)->isChecked());
    }

    // At 800 x 500 the side panes give way: the chart area gets at least half the width and
    // its text stays readable, on every figure.
    void smallWindow()
    {
        MainWindow window;
        window.resize(800, 500);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *splitter = window.findChild<QSplitter *>(u"mainSplitter"_s);
        auto *chart = window.findChild<QWidget *>(u"chartArea"_s);
        auto *view = window.findChild<FigureView *>(u"figureView"_s);
        QVERIFY(splitter && chart && view);
        QTRY_VERIFY2(chart->width() * 2 >= splitter->width(),
                     qPrintable(u"%1 of %2"_s.arg(chart->width()).arg(splitter->width())));
        // Readable in every figure: what does not fit at the view's text floor gives way (tiles
        // to "+ N more in the data table", small multiples' scale labels), never the text size.
        for (const Figure &figure : window.report().figures) {
            QVERIFY(window.selectFigure(figure.id));
            const QList<qreal> sizes = drawnTextSizes(*view);
            QVERIFY(!sizes.isEmpty());
            QVERIFY2(sizes.constFirst() >= ChartViewMinTextPx - 0.5,
                     qPrintable(u"%1: %2 px"_s.arg(figure.id).arg(sizes.constFirst())));
        }
        // A little wider, with both panes, the tiles' "lower bound" and "projected" badges wrap
        // to two lines and the headline tiles reach the minimum (9 px when they had to share a
        // line).
        QVERIFY(window.selectFigure(u"headline"_s));
        window.resize(1000, 500);
        QTRY_COMPARE(view->size(), QSize(568, 332));
        QCOMPARE_GE(drawnTextSizes(*view).constFirst(), ChartViewMinTextPx - 0.5);
        window.resize(800, 500);
        QTRY_COMPARE(view->size(), QSize(368, 290));
        // Without the narrative pane the tiles have room for readable text too.
        QVERIFY(window.selectFigure(u"headline"_s));
        actionNamed(window, u"Narrative Pane"_s)->trigger();
        QTRY_VERIFY(drawnTextSizes(*view).constFirst() >= ChartViewMinTextPx - 0.5);
    }

    // At the window's minimum size the narrative wraps between words, never inside one.
    void narrativeWrapsBetweenWordsAtTheMinimumSize()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(window.minimumSizeHint());
        auto *pane = window.findChild<NarrativePane *>(u"narrativePane"_s);
        QVERIFY(pane);
        QTRY_VERIFY(pane->width() <= 260);
        int lines = 0;
        for (QTextBlock block = pane->document()->begin(); block.isValid(); block = block.next()) {
            const QTextLayout *layout = block.layout();
            const QString text = block.text();
            for (int i = 0; i + 1 < layout->lineCount(); ++i) {
                const QTextLine line = layout->lineAt(i);
                const int end = line.textStart() + line.textLength();
                ++lines;
                QVERIFY(end > 0 && end < text.size());
                // A break after a space or a hyphen, or before a space: not inside a word.
                const QChar before = text.at(end - 1), after = text.at(end);
                QVERIFY2(!before.isLetterOrNumber() || !after.isLetterOrNumber(),
                         qPrintable(text.mid(line.textStart(), line.textLength()) + u" | "_s +
                                    text.mid(end, 20)));
            }
        }
        QVERIFY(lines > 5); // the pane did wrap
    }

    // Values as Figdeck writes them, read off the source text by hand; the raw number in the
    // edit and sort roles.
    void dataTableValues_data()
    {
        QTest::addColumn<QString>("figureId");
        QTest::addColumn<QString>("metricId");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("raw");
        // "the number of AI enterprises in China had surpassed 6,000"
        QTest::newRow("over 6,000 firms")
            << u"headline"_s << u"ai-enterprises"_s << u"6,000+"_s << u"6,000"_s << u"6000"_s;
        // "the core industry scale exceeding 1.2 trillion yuan"
        QTest::newRow("1.2 trillion yuan")
            << u"headline"_s << u"core-scale-cny"_s << u"> ¥1.2 trillion"_s
            << u"1,200,000,000,000"_s << u"1200000000000"_s;
        // "(roughly 165 billion US dollars)"
        QTest::newRow("165 billion dollars")
            << u"headline"_s << u"core-scale-usd"_s << u"≈ $165 billion"_s << u"165,000,000,000"_s
            << u"165000000000"_s;
        // "more than 2 million jobs"
        QTest::newRow("2 million jobs") << u"headline"_s << u"jobs-2026-2030"_s << u"2 million+"_s
                                        << u"2,000,000"_s << u"2000000"_s;
        // "has reached 47"
        QTest::newRow("47 platforms")
            << u"headline"_s << u"innovation-platforms"_s << u"47"_s << u"47"_s << u"47"_s;
        // "Foundation layer — 35%"
        QTest::newRow("35% foundation")
            << u"layer-shares"_s << u"layer-foundation"_s << u"35%"_s << u"35"_s << u"35"_s;
        // "task-completion rates above 92%"
        QTest::newRow("above 92%")
            << u"sector-metrics"_s << u"mfg-task-completion"_s << u"> 92%"_s << u"92"_s << u"92"_s;
        // 100% less the clusters' 75%: derived
        QTest::newRow("the rest, derived")
            << u"cluster-output"_s << u"rest-of-country"_s << u"25%"_s << u"25"_s << u"25"_s;
    }
    void dataTableValues()
    {
        QFETCH(QString, figureId);
        QFETCH(QString, metricId);
        QFETCH(QString, shown);
        QFETCH(QString, number);
        QFETCH(QString, raw);
        ReportDocument document;
        document.open(embeddedReport(), QString(), embeddedBytes());
        DataTableModel model(&document);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFigure(figureId);
        const int row = model.rowOf(metricId);
        QVERIFY(row >= 0);
        const QModelIndex value = model.index(row, DataTableModel::Value);
        const QModelIndex whole = model.index(row, DataTableModel::Number);
        QCOMPARE(value.data(Qt::DisplayRole).toString(), shown);
        QCOMPARE(whole.data(Qt::DisplayRole).toString(), number);
        QCOMPARE(value.data(Qt::EditRole).toString(), raw);
        QCOMPARE(whole.data(Qt::EditRole).toString(), raw);
        QCOMPARE(value.data(DataTableModel::SortRole).toDouble(), raw.toDouble());
        QCOMPARE(whole.data(DataTableModel::SortRole).toDouble(), raw.toDouble());
        // Copy Data gives spreadsheets the raw number.
        const QStringList lines = model.toTsv().split(u'\n');
        QCOMPARE(lines.at(row + 1).split(u'\t').at(DataTableModel::Number), raw);
    }

    // A click on a column's header sorts the table: numbers by their value (a text sort would
    // put "> ¥1.2 trillion" before "47"), texts alphabetically; the second click reverses, the
    // third returns to the report's order. Copy Data and "go to the field" follow the view.
    void dataTableSorts_data()
    {
        QTest::addColumn<QString>("figureId");
        QTest::addColumn<int>("column");
        QTest::addColumn<QStringList>("ascending");
        QTest::addColumn<QStringList>("reportOrder");
        const QStringList headline{u"ai-enterprises"_s,    u"core-scale-cny"_s,
                                   u"core-scale-usd"_s,    u"innovation-platforms"_s,
                                   u"grade3a-hospitals"_s, u"jobs-2026-2030"_s};
        // 47 < 300 < 6,000 < 2 million < 165 billion < 1.2 trillion
        QTest::newRow("headline by value")
            << u"headline"_s << int(DataTableModel::Value)
            << QStringList{u"innovation-platforms"_s, u"grade3a-hospitals"_s, u"ai-enterprises"_s,
                           u"jobs-2026-2030"_s,       u"core-scale-usd"_s,    u"core-scale-cny"_s}
            << headline;
        QTest::newRow("headline by whole number")
            << u"headline"_s << int(DataTableModel::Number)
            << QStringList{u"innovation-platforms"_s, u"grade3a-hospitals"_s, u"ai-enterprises"_s,
                           u"jobs-2026-2030"_s,       u"core-scale-usd"_s,    u"core-scale-cny"_s}
            << headline;
        // 28 < 35 < 37
        QTest::newRow("layers by value")
            << u"layer-shares"_s << int(DataTableModel::Value)
            << QStringList{u"layer-framework"_s, u"layer-foundation"_s, u"layer-application"_s}
            << QStringList{u"layer-foundation"_s, u"layer-framework"_s, u"layer-application"_s};
        // Application < Foundation < Framework
        QTest::newRow("layers by label")
            << u"layer-shares"_s << int(DataTableModel::Label)
            << QStringList{u"layer-application"_s, u"layer-foundation"_s, u"layer-framework"_s}
            << QStringList{u"layer-foundation"_s, u"layer-framework"_s, u"layer-application"_s};
    }
    void dataTableSorts()
    {
        QFETCH(QString, figureId);
        QFETCH(int, column);
        QFETCH(QStringList, ascending);
        QFETCH(QStringList, reportOrder);
        MainWindow window;
        window.resize(1280, 780);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.selectFigure(figureId));
        window.setDataTableVisible(true);
        auto *table = window.findChild<QTableView *>(u"dataTable"_s);
        QVERIFY(table);
        QTRY_VERIFY(table->isVisible());
        const auto shownIds = [table] {
            QStringList ids;
            for (int r = 0; r < table->model()->rowCount(); ++r)
                ids << table->model()->index(r, 0).data(DataTableModel::MetricIdRole).toString();
            return ids;
        };
        // The first column of each row of Copy Data is the label; map it back through the view.
        const auto copiedLabels = [&window] {
            QStringList labels;
            const QStringList lines = window.currentDataTsv().split(u'\n', Qt::SkipEmptyParts);
            for (qsizetype i = 1; i < lines.size(); ++i)
                labels << lines.at(i).section(u'\t', 0, 0);
            return labels;
        };
        const auto labelsOf = [&window](const QStringList &ids) {
            QStringList labels;
            for (const QString &id : ids)
                labels << window.report().metric(id)->label.text(window.report().language);
            return labels;
        };
        QCOMPARE(shownIds(), reportOrder);
        QHeaderView *header = table->horizontalHeader();
        const auto clickHeader = [header, column] {
            const QPoint at(header->sectionViewportPosition(column) +
                                header->sectionSize(column) / 2,
                            header->height() / 2);
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
        };
        clickHeader();
        QCOMPARE(shownIds(), ascending);
        QCOMPARE(copiedLabels(), labelsOf(ascending));
        // Going to a metric's field selects its row where the sorted table shows it.
        const QString last = reportOrder.constLast();
        QVERIFY(window.showProblem(u"metrics[%1].value"_s.arg(
            window.report().metrics.indexOf(*window.report().metric(last)))));
        QCOMPARE(table->currentIndex().data(DataTableModel::MetricIdRole).toString(), last);
        QCOMPARE(table->currentIndex().row(), ascending.indexOf(last));
        clickHeader();
        QStringList descending = ascending;
        std::reverse(descending.begin(), descending.end());
        QCOMPARE(shownIds(), descending);
        clickHeader();
        QCOMPARE(shownIds(), reportOrder);
        QCOMPARE(copiedLabels(), labelsOf(reportOrder));
    }

    // At the default window size the label and value columns are in view without scrolling;
    // long quotes are elided with the whole text in a plain tool tip.
    void dataTableKeyColumnsInView()
    {
        MainWindow window;
        window.resize(1280, 780);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (const Figure &figure : window.report().figures) {
            QVERIFY(window.selectFigure(figure.id));
            window.setDataTableVisible(true);
            auto *table = window.findChild<QTableView *>(u"dataTable"_s);
            QVERIFY(table);
            QTRY_VERIFY(table->isVisible());
            for (const int column : {int(DataTableModel::Label), int(DataTableModel::Value)}) {
                const int right =
                    table->columnViewportPosition(column) + table->columnWidth(column);
                QVERIFY2(right <= table->viewport()->width(),
                         qPrintable(u"%1: column %2 ends at %3 of %4"_s.arg(figure.id)
                                        .arg(column)
                                        .arg(right)
                                        .arg(table->viewport()->width())));
            }
            QVERIFY(!table->wordWrap());
            // A quote is one line, elided at its column's width; the tip has all of it.
            const QModelIndex quote = table->model()->index(0, DataTableModel::Quote);
            const QString whole =
                window.report()
                    .metric(
                        table->model()->index(0, 0).data(DataTableModel::MetricIdRole).toString())
                    ->quote;
            QCOMPARE(quote.data().toString(), whole);
            QVERIFY(!quote.data(Qt::ToolTipRole).toString().isEmpty());
            QCOMPARE(table->textElideMode(), Qt::ElideRight);
        }
    }

    // The chart's context menu holds copy, copy data, export and the data table, the menu
    // bar's own actions, and each does what it says.
    void chartContextMenu()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *view = window.findChild<FigureView *>(u"figureView"_s);
        QVERIFY(view);
        QStringList shown;
        QTimer::singleShot(0, this, [&shown] {
            QWidget *popup = QApplication::activePopupWidget();
            if (auto *menu = qobject_cast<QMenu *>(popup)) {
                for (const QAction *action : menu->actions())
                    if (!action->isSeparator())
                        shown << action->text().remove(u'&');
                menu->close();
            }
        });
        emit view->customContextMenuRequested(QPoint(100, 100));
        for (const char *expected : {"Copy Figure as Shown", "Copy Figure Data (TSV)",
                                     "Export Figure…", "Data Table", "Zoom In", "Zoom Out"})
            QVERIFY2(shown.contains(QString::fromUtf8(expected)), qPrintable(shown.join(u", "_s)));

        const QList<QAction *> actions = window.chartContextActions();
        const auto find = [&actions](const QString &text) -> QAction * {
            for (QAction *a : actions)
                if (a && a->text().remove(u'&') == text)
                    return a;
            return nullptr;
        };
        QAction *copy = find(u"Copy Figure as Shown"_s);
        QAction *copyData = find(u"Copy Figure Data (TSV)"_s);
        QAction *exportFigure = find(u"Export Figure…"_s);
        QAction *dataTable = find(u"Data Table"_s);
        QVERIFY(copy && copyData && exportFigure && dataTable);
        QCOMPARE(copy->shortcut(), QKeySequence(QKeySequence::Copy));

        QApplication::clipboard()->clear();
        copyData->trigger();
        QCOMPARE(QApplication::clipboard()->text(), window.currentDataTsv());

        QApplication::clipboard()->clear();
        copy->trigger();
        const QMimeData *mime = QApplication::clipboard()->mimeData();
        QVERIFY(mime && mime->hasFormat(u"image/png"_s));

        QSignalSpy toggled(dataTable, &QAction::toggled);
        dataTable->trigger();
        QCOMPARE(toggled.size(), 1);
        QVERIFY(window.isDataTableVisible());
        dataTable->trigger();
        QVERIFY(!window.isDataTableVisible());

        // Export opens the export dialog for the figure on screen.
        QString dialogTitle;
        QTimer::singleShot(0, this, [&dialogTitle] {
            if (auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget())) {
                dialogTitle = dialog->windowTitle();
                dialog->reject();
            }
        });
        exportFigure->trigger();
        QCOMPARE(dialogTitle, u"Export Figure"_s);
    }

    // The selected figure's icon keeps its contrast against the selection colour, light and
    // dark (drawn on a chip in the icon's Selected mode).
    void selectedIconsStandOut_data()
    {
        QTest::addColumn<int>("theme");
        QTest::addColumn<int>("kind");
        for (const auto &[theme, name] :
             {std::pair{ThemeId::Light, "light"}, std::pair{ThemeId::Dark, "dark"},
              std::pair{ThemeId::Print, "print"}}) {
            for (const ChartKind kind : {ChartKind::Tiles, ChartKind::Shares, ChartKind::PartWhole,
                                         ChartKind::Bars, ChartKind::Series})
                QTest::addRow("%s %s", name, qPrintable(toString(kind))) << int(theme) << int(kind);
        }
    }
    void selectedIconsStandOut()
    {
        QFETCH(int, theme);
        QFETCH(int, kind);
        MainWindow window;
        window.setTheme(ThemeId(theme));
        auto *list = window.findChild<QListView *>(u"figureList"_s);
        QVERIFY(list);
        const QColor highlight = list->palette().color(QPalette::Active, QPalette::Highlight);
        const QIcon icon = FigureListModel::iconFor(ChartKind(kind), false, highlight);
        const QImage selected = icon.pixmap(QSize(32, 32), 2.0, QIcon::Selected)
                                    .toImage()
                                    .convertToFormat(QImage::Format_ARGB32);
        const qreal share = edgeContrastShare(selected, highlight);
        QVERIFY2(share >= 0.9, qPrintable(u"%1 on %2"_s.arg(share).arg(highlight.name())));
        // The list draws its icons for its own selection colour.
        const QModelIndex first = list->model()->index(0, 0);
        const QIcon listed = first.data(Qt::DecorationRole).value<QIcon>();
        const ChartKind firstKind = window.report().figures.constFirst().kind;
        QCOMPARE(listed.pixmap(QSize(32, 32), 2.0, QIcon::Selected).toImage(),
                 FigureListModel::iconFor(firstKind, false, highlight)
                     .pixmap(QSize(32, 32), 2.0, QIcon::Selected)
                     .toImage());
        window.setTheme(ThemeId::Light);
    }

    // The measure sees the problem it guards against: the plain icon's blue on the light
    // theme's blue selection.
    void plainIconVanishesIntoTheLightSelection()
    {
        MainWindow window;
        window.setTheme(ThemeId::Light);
        const QColor highlight = window.findChild<QListView *>(u"figureList"_s)
                                     ->palette()
                                     .color(QPalette::Active, QPalette::Highlight);
        const QImage plain = FigureListModel::iconFor(ChartKind::Series)
                                 .pixmap(QSize(32, 32), 2.0, QIcon::Normal)
                                 .toImage()
                                 .convertToFormat(QImage::Format_ARGB32);
        QVERIFY(edgeContrastShare(plain, highlight) < 0.5);
    }
};

QTEST_MAIN(TestChartView)
#include "tst_chartview.moc"
