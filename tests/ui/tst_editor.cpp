// SPDX-License-Identifier: GPL-3.0-or-later
// The editor as a user meets it: edits in the table and the inspector, what repaints, undo and
// redo, saving and the questions about unsaved changes, invalid packs opened for editing, and
// work that survives a killed process.
#include "datatablemodel.h"
#include "editorchoices.h"
#include "figurelistmodel.h"
#include "figureview.h"
#include "inspector.h"
#include "interfacelanguage.h"
#include "mainwindow.h"
#include "narrativepane.h"
#include "plaintext.h"
#include "recoveryfile.h"
#include "reportdocument.h"
#include "reportloader.h"
#include "wcag.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFontInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenuBar>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyleOptionComboBox>
#include <QStyleOptionFrame>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QTranslator>
#include <QUndoStack>
#include <QUndoView>
#include <QWheelEvent>

#include <optional>

using namespace Figdeck;
using namespace Qt::StringLiterals;

namespace {

// The questions the window asked, answered in order from `answers` (Cancel when they run out).
struct Prompts
{
    QStringList asked;
    QList<QMessageBox::StandardButtons> offered;
    QList<QMessageBox::StandardButton> answers;

    MainWindow::PromptHook hook()
    {
        return [this](const QString &text, QMessageBox::StandardButtons buttons) {
            asked << text;
            offered << buttons;
            return answers.isEmpty() ? QMessageBox::Cancel : answers.takeFirst();
        };
    }
};

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(bytes);
    return path;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QAction *findAction(QWidget *w, const QString &text)
{
    for (QAction *a : w->findChildren<QAction *>()) {
        if (a->text() == text)
            return a;
    }
    return nullptr;
}

QPushButton *findButton(QWidget *w, const QString &text)
{
    for (QPushButton *b : w->findChildren<QPushButton *>()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

// Chooses the item whose data is `value`, as a click in the open list does.
void choose(QComboBox *combo, const QString &value)
{
    QVERIFY(combo);
    const int i = combo->findData(value);
    QVERIFY2(i >= 0, qPrintable(value));
    combo->setCurrentIndex(i);
    emit combo->activated(i);
}

// The choices of a combo box, a row that names a group (not selectable) as "#" and its text.
QStringList choicesShown(const QComboBox *combo)
{
    QStringList list;
    const QAbstractItemModel *model = combo->model();
    for (int i = 0; i < combo->count(); ++i) {
        const bool selectable = model->flags(model->index(i, 0)) & Qt::ItemIsSelectable;
        list << (selectable ? combo->itemData(i).toString() : u"#"_s + combo->itemText(i));
    }
    return list;
}

QStringList values(const QComboBox *combo)
{
    QStringList list;
    for (int i = 0; i < combo->count(); ++i)
        list << combo->itemData(i).toString();
    return list;
}

// Opens the version-2 test pack (every v2 feature) in `w`, its questions answered by `prompts`.
bool openV2Pack(MainWindow &w, Prompts &prompts)
{
    w.setPromptHook(prompts.hook());
    return w.openReport(
        QStringLiteral(FIGDECK_TEST_DATA "/model/v2/good/v2-features.figdeck.json"));
}

// Shows the window, at a laptop's size, with its inspector; nullptr if it was never exposed.
Inspector *showWithInspector(MainWindow &w)
{
    w.resize(1280, 800);
    w.show();
    if (!QTest::qWaitForWindowExposed(&w))
        return nullptr;
    Inspector *inspector = w.inspector();
    w.findChild<QDockWidget *>(u"inspectorDock"_s)->show();
    return inspector;
}

// The version-2 test pack in a shown window, `metric` of `figure` selected in its inspector;
// nullptr if any step failed.
Inspector *inspectorAt(MainWindow &w, Prompts &prompts, const QString &figure,
                       const QString &metric, std::optional<ThemeId> theme = std::nullopt)
{
    if (theme)
        w.setTheme(*theme);
    Inspector *inspector = openV2Pack(w, prompts) ? showWithInspector(w) : nullptr;
    if (!inspector || !w.selectFigure(figure))
        return nullptr;
    inspector->selectMetric(metric);
    return inspector;
}

// Changes the first metric's number through the data table, as typing in its cell does.
void editFirstNumber(MainWindow &w, const QString &number)
{
    w.setDataTableVisible(true);
    auto *table = w.findChild<QTableView *>(u"dataTable"_s);
    QVERIFY(table->model()->setData(table->model()->index(0, DataTableModel::Number), number));
}

} // namespace

class TestEditor : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"Figdeck"_s);
        QCoreApplication::setApplicationName(u"figdeck-editor-test"_s);
        QStandardPaths::setTestModeEnabled(true);
        // As the program does: English's catalog holds its plural forms ("1 number").
        QVERIFY(useInterfaceLanguage(u"en"_s));
    }
    void init()
    {
        QSettings().clear();
        QDir(RecoveryFile::directory()).removeRecursively();
    }

    void editingAValueRepaintsOnlyChartAndPane()
    {
        MainWindow w;
        Prompts prompts;
        w.setPromptHook(prompts.hook());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setDataTableVisible(true);
        auto *view = w.findChild<FigureView *>();
        auto *pane = w.findChild<NarrativePane *>();
        auto *title = w.findChild<QLabel *>(u"figureTitle"_s);
        auto *list = w.findChild<QListView *>(u"figureList"_s)->model();
        QSignalSpy listReset(list, &QAbstractItemModel::modelReset);
        QSignalSpy listChanged(list, &QAbstractItemModel::dataChanged);
        auto *table = w.findChild<QTableView *>(u"dataTable"_s)->model();
        QSignalSpy tableReset(table, &QAbstractItemModel::modelReset);
        QSignalSpy tableChanged(table, &QAbstractItemModel::dataChanged);
        const int charts = view->rebuildCount();
        const int panes = pane->rebuildCount();
        const QString titleText = title->text();

        editFirstNumber(w, u"7001"_s);
        QCOMPARE(view->rebuildCount(), charts + 1);
        QCOMPARE(pane->rebuildCount(), panes + 1);
        QCOMPARE(listReset.size() + listChanged.size(), 0);
        QCOMPARE(tableReset.size(), 0);
        QCOMPARE(tableChanged.size(), 1); // the one row
        QCOMPARE(title->text(), titleText);
        QCOMPARE(w.report().metric(w.report().figure(w.currentFigureId())->metricIds.at(0))->value,
                 7001.0);
        // The chart draws the new value at once: its description says it.
        QVERIFY2(view->chart()->accessibleDescription().contains(u"7,001"_s),
                 qPrintable(view->chart()->accessibleDescription()));

        // A figure's title repaints the list row and the heading, not the table.
        Figure f = *w.report().figure(w.currentFigureId());
        f.title = Text(u"Renamed"_s, w.report().language);
        w.document()->setFigure(f, u"Change title"_s);
        QCOMPARE(title->text(), u"Renamed"_s);
        QCOMPARE(listChanged.size(), 1);
        QCOMPARE(listReset.size() + tableReset.size(), 0);
        QCOMPARE(pane->rebuildCount(), panes + 2); // the pane shows the title too
    }

    void editsAreNamedAndUndoable()
    {
        MainWindow w;
        Prompts prompts;
        w.setPromptHook(prompts.hook());
        QAction *undo = findAction(&w, u"&Undo"_s);
        QAction *redo = findAction(&w, u"&Redo"_s);
        QVERIFY(undo && redo);
        QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
        QCOMPARE(redo->shortcut(), QKeySequence(QKeySequence::Redo));
        const QByteArray before = serializeReportPack(w.report());
        editFirstNumber(w, u"12"_s);
        const QString label = w.report()
                                  .metric(w.report().figure(w.currentFigureId())->metricIds.at(0))
                                  ->label.text();
        QCOMPARE(w.document()->undoStack()->undoText(), u"Change number of '%1'"_s.arg(label));
        QVERIFY(w.isWindowModified());
        QVERIFY(w.windowTitle().contains(u"[*]"_s));
        undo->trigger();
        QCOMPARE(serializeReportPack(w.report()), before);
        QVERIFY(!w.isWindowModified());
        redo->trigger();
        QVERIFY(w.isWindowModified());
        // The history is viewable.
        findAction(&w, u"Edit &History"_s)->trigger();
        auto *history = w.findChild<QUndoView *>(u"undoView"_s);
        QVERIFY(history && history->isVisibleTo(&w));
        QCOMPARE(history->stack()->count(), 1);
    }

    void inspectorTypingMergesAndMarksProblems()
    {
        MainWindow w;
        Prompts prompts;
        w.setPromptHook(prompts.hook());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        Inspector *inspector = w.inspector();
        w.findChild<QDockWidget *>(u"inspectorDock"_s)->show();
        auto *edit = inspector->findChild<QLineEdit *>(u"figureTitleEdit"_s);
        QVERIFY(edit);
        const QString original = edit->text();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, u"Firms"_s);
        QCOMPARE(w.report().figure(w.currentFigureId())->title.text(), u"Firms"_s);
        QCOMPARE(w.document()->undoStack()->count(), 1); // typing is one step
        QCOMPARE(w.findChild<QLabel *>(u"figureTitle"_s)->text(), u"Firms"_s);
        // Emptied: the field shows the validator's message, the figure list marks the figure.
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QSignalSpy problems(w.document(), &ReportDocument::problemsChanged);
        QVERIFY(problems.wait(1000));
        QCOMPARE(inspector->problemShownAt(u"title"_s), u"must not be empty"_s);
        auto *list = w.findChild<QListView *>(u"figureList"_s);
        const QModelIndex row = list->currentIndex();
        QVERIFY(row.data(FigureListModel::HasProblemsRole).toBool());
        // The problems list jumps to the field.
        QVERIFY(w.showProblem(ReportDocument::figurePath(row.row()) + u".title"_s));
        QVERIFY(edit->hasFocus() || QApplication::focusWidget() == edit || !w.isActiveWindow());
        w.document()->undoStack()->undo();
        QCOMPARE(w.report().figure(w.currentFigureId())->title.text(), original);
    }

    // The selected metric's version-2 fields and the pack's sources, edited in the inspector:
    // closed lists from the model's tables, each edit one named command, the validator's
    // problems at the field as they appear and go.
    void inspectorEditsVersionTwoFields()
    {
        MainWindow w;
        Prompts prompts;
        w.setPromptHook(prompts.hook());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        Inspector *inspector = w.inspector();
        w.findChild<QDockWidget *>(u"inspectorDock"_s)->show();
        // Made after the report was opened, it shows the report at once.
        QCOMPARE(inspector->findChild<QLineEdit *>(u"reportTitleEdit"_s)->text(),
                 w.report().title.text());
        QCOMPARE(inspector->findChild<QLineEdit *>(u"sourceUrl"_s)->text(),
                 w.report().sources.at(0).url);
        const QString id = w.report().figure(w.currentFigureId())->metricIds.at(0);
        const QString label = w.report().metric(id)->label.text();
        const QString language = w.report().language;
        const QString path = ReportDocument::metricPath(w.report().metricIndex(id));
        inspector->selectMetric(id);
        const QByteArray before = serializeReportPack(w.report());
        QUndoStack *stack = w.document()->undoStack();
        QSignalSpy problems(w.document(), &ReportDocument::problemsChanged);

        auto *kind = inspector->findChild<QComboBox *>(u"unitKind"_s);
        QCOMPARE(values(kind), (QStringList{u"percent"_s, u"percentage-points"_s, u"count"_s,
                                            u"multiple"_s, u"rank"_s, u"currency"_s, u"custom"_s}));
        choose(kind, u"custom"_s);
        QCOMPARE(stack->undoText(), u"Change unit of '%1'"_s.arg(label));
        QVERIFY(problems.wait(1000));
        QCOMPARE(inspector->problemShownAt(u"metric:unit.symbol"_s), u"must not be empty"_s);
        QCOMPARE(w.document()->problemsAt(path + u".unit.symbol"_s).size(), 1);
        QTest::keyClicks(inspector->findChild<QLineEdit *>(u"unitSymbol"_s), u"TWh"_s);
        QTest::keyClicks(inspector->findChild<QLineEdit *>(u"unitName"_s), u"terawatt-hours"_s);
        QVERIFY(w.report().metric(id)->unit ==
                Unit::custom(Text(u"TWh"_s, language), Text(u"terawatt-hours"_s, language)));
        QVERIFY(problems.wait(1000));
        QCOMPARE(inspector->problemShownAt(u"metric:unit.symbol"_s), QString());
        choose(kind, u"currency"_s);
        auto *currency = inspector->findChild<QComboBox *>(u"currency"_s);
        QVERIFY(currency->isVisibleTo(inspector));
        QCOMPARE(currency->count(), int(currencyTable().size()));
        choose(currency, u"EUR"_s);
        QVERIFY(w.report().metric(id)->unit == Unit::currencyOf(u"EUR"_s));
        QCOMPARE(stack->undoText(), u"Change currency of '%1'"_s.arg(label));

        auto *qualifier = inspector->findChild<QComboBox *>(u"qualifier"_s);
        QCOMPARE(values(qualifier), namesOf(qualifierTable()));
        choose(qualifier, u"nearly"_s);
        QCOMPARE(toString(w.report().metric(id)->qualifier), u"nearly"_s);
        auto *status = inspector->findChild<QComboBox *>(u"status"_s);
        QCOMPARE(values(status), (QStringList{u"observed"_s, u"projected"_s, u"estimated"_s}));
        choose(status, u"estimated"_s);
        QCOMPARE(toString(w.report().metric(id)->status), u"estimated"_s);
        QCOMPARE(stack->undoText(), u"Change status of '%1'"_s.arg(label));

        // A date that is not one is said at the field and not kept; a real one is.
        auto *date = inspector->findChild<QLineEdit *>(u"metricDate"_s);
        QTest::keyClicks(date, u"2025-Q5"_s);
        QCOMPARE(inspector->problemShownAt(u"metric:date"_s),
                 u"\"2025-Q5\" is not an ISO 8601 year, first months of a year, half-year, "
                 u"quarter, months of a year, month or day (YYYY, YYYY-01/MM, YYYY-Hn, YYYY-Qn, "
                 u"YYYY-MM/MM, YYYY-MM or YYYY-MM-DD)"_s);
        QCOMPARE(w.report().metric(id)->date->iso, u"2025"_s); // the last real date typed
        QTest::keyClick(date, Qt::Key_Backspace);
        QTest::keyClicks(date, u"3"_s);
        QCOMPARE(w.report().metric(id)->date->iso, u"2025-Q3"_s);
        QCOMPARE(inspector->problemShownAt(u"metric:date"_s), QString());

        // A range: "nearly" is no qualifier for one, and the field says so.
        auto *range = inspector->findChild<QCheckBox *>(u"metricIsRange"_s);
        range->setChecked(true);
        QVERIFY(w.report().metric(id)->isRange());
        QVERIFY(problems.wait(1000));
        QCOMPARE(inspector->problemShownAt(u"metric:qualifier"_s),
                 u"a range is \"exact\" or \"approximate\", not \"nearly\""_s);
        auto *high = inspector->findChild<QLineEdit *>(u"metricHigh"_s);
        high->selectAll();
        QTest::keyClicks(high, u"5"_s);
        QCOMPARE(*w.report().metric(id)->high, 5.0);
        QVERIFY(problems.wait(1000));
        QVERIFY(inspector->problemShownAt(u"metric:range"_s)
                    .startsWith(u"the low end of a range must not exceed the high end"_s));

        // Sources: a second one, chosen for the metric, renamed (the metric follows).
        QPushButton *add = findButton(inspector, u"Add &Source"_s);
        QVERIFY(add);
        add->click();
        QCOMPARE(w.report().sources.size(), 2);
        QCOMPARE(stack->undoText(), u"Add source"_s);
        auto *source = inspector->findChild<QComboBox *>(u"metricSource"_s);
        QCOMPARE(values(source), (QStringList{u"source"_s, u"source-2"_s}));
        choose(source, u"source-2"_s);
        QCOMPARE(w.report().metric(id)->source, u"source-2"_s);
        QCOMPARE(stack->undoText(), u"Change source of '%1'"_s.arg(label));
        auto *sources = inspector->findChild<QListWidget *>(u"sourcesList"_s);
        QCOMPARE(sources->currentRow(), 1);
        auto *sourceId = inspector->findChild<QLineEdit *>(u"sourceId"_s);
        sourceId->selectAll();
        QTest::keyClicks(sourceId, u"wire"_s);
        QCOMPARE(w.report().sources.at(1).id, u"wire"_s);
        QCOMPARE(w.report().metric(id)->source, u"wire"_s);
        auto *kindOfSource = inspector->findChild<QComboBox *>(u"sourceKind"_s);
        QCOMPARE(values(kindOfSource), namesOf(sourceKindTable()));
        QVERIFY(problems.wait(1000));
        // The new source has no address yet: at its field and in the problems list.
        QCOMPARE(inspector->problemShownAt(u"report:source.url"_s), u"must not be empty"_s);
        QCOMPARE(w.document()->problemsAt(u"sources[1].url"_s).size(), 1);
        QVERIFY(w.showProblem(u"sources[1].url"_s));

        // Every step undoes, back to the report as opened.
        while (stack->canUndo())
            stack->undo();
        QCOMPARE(serializeReportPack(w.report()), before);
    }

    void inspectorEditsFigureOptions()
    {
        MainWindow w;
        Prompts prompts;
        w.setPromptHook(prompts.hook());
        Inspector *inspector = w.inspector();
        QString shares;
        for (const Figure &f : w.report().figures) {
            if (f.kind == ChartKind::Shares && shares.isEmpty())
                shares = f.id;
        }
        QVERIFY(!shares.isEmpty());
        w.selectFigure(shares);
        auto *style = inspector->findChild<QComboBox *>(u"figureStyle"_s);
        QCOMPARE(style->count(), 2);
        QCOMPARE(style->itemData(0).toString(), u"donut"_s);
        style->setCurrentIndex(1);
        emit style->activated(1);
        QCOMPARE(toString(w.report().figure(shares)->style), u"bars"_s);
        QCOMPARE(w.document()->undoStack()->undoText(),
                 u"Change drawing of '%1'"_s.arg(w.report().figure(shares)->title.text()));
        // A kind without the option drops it: the figure stays valid.
        auto *kind = inspector->findChild<QComboBox *>(u"figureKind"_s);
        const int bars = kind->findData(u"bars"_s);
        kind->setCurrentIndex(bars);
        emit kind->activated(bars);
        QCOMPARE(toString(w.report().figure(shares)->kind), u"bars"_s);
        QCOMPARE(toString(w.report().figure(shares)->style), QString());
        auto *order = inspector->findChild<QComboBox *>(u"barOrder"_s);
        QCOMPARE(order->itemData(1).toString(), u"value"_s);
        order->setCurrentIndex(1);
        emit order->activated(1);
        QCOMPARE(toString(w.report().figure(shares)->order), u"value"_s);
    }

    void clickingAMarkSelectsItsMetric()
    {
        MainWindow w;
        Prompts prompts;
        w.setPromptHook(prompts.hook());
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setDataTableVisible(false);
        auto *view = w.findChild<FigureView *>();
        QString metric;
        QPoint hit;
        for (int y = 4; y < view->height() && metric.isEmpty(); y += 8) {
            for (int x = 4; x < view->width() && metric.isEmpty(); x += 8) {
                metric = view->chart()->markAt(QRectF(view->rect()), QPointF(x, y));
                hit = QPoint(x, y);
            }
        }
        QVERIFY(!metric.isEmpty());
        w.setDataTableVisible(true);
        w.setDataTableVisible(false);
        Inspector *inspector = w.inspector();
        QTest::mouseClick(view, Qt::LeftButton, {}, hit);
        auto *table = w.findChild<QTableView *>(u"dataTable"_s);
        const QModelIndexList rows = table->selectionModel()->selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).data(DataTableModel::MetricIdRole).toString(), metric);
        auto *metrics = inspector->findChild<QListWidget *>(u"inspectorMetrics"_s);
        QCOMPARE(metrics->currentItem()->data(Qt::UserRole).toString(), metric);
    }

    void figureListEditsByKeyboardAndDrop()
    {
        MainWindow w;
        Prompts prompts;
        w.setPromptHook(prompts.hook());
        const QStringList before = [&] {
            QStringList ids;
            for (const Figure &f : w.report().figures)
                ids << f.id;
            return ids;
        }();
        QVERIFY(w.selectFigure(before.at(0)));
        findAction(&w, u"Move Figure Do&wn"_s)->trigger();
        QCOMPARE(w.report().figures.at(1).id, before.at(0));
        QCOMPARE(w.currentFigureId(), before.at(0)); // still shown and selected
        findAction(&w, u"D&uplicate Figure"_s)->trigger();
        QCOMPARE(w.report().figures.size(), before.size() + 1);
        QCOMPARE(w.currentFigureId(), before.at(0) + u"-copy"_s);
        findAction(&w, u"&Delete Figure"_s)->trigger();
        QCOMPARE(w.report().figures.size(), before.size());
        // Dropping a dragged row: the model moves it through the document.
        auto *model = w.findChild<QListView *>(u"figureList"_s)->model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        std::unique_ptr<QMimeData> data(model->mimeData({model->index(0, 0)}));
        QVERIFY(model->canDropMimeData(data.get(), Qt::MoveAction, 3, 0, {}));
        model->dropMimeData(data.get(), Qt::MoveAction, 3, 0, {});
        QCOMPARE(w.report().figures.at(2).id, before.at(1));
        QVERIFY(model->moveRow({}, 2, {}, 0));
        QCOMPARE(w.report().figures.at(0).id, before.at(1));
        QCOMPARE(w.document()->undoStack()->count(), 5);
        while (w.document()->undoStack()->canUndo())
            w.document()->undoStack()->undo();
        QCOMPARE(w.report(), embeddedReport());
    }

    void editableModelsPassModelTester()
    {
        ReportDocument document;
        DataTableModel table(&document);
        FigureListModel list(&document);
        QAbstractItemModelTester t1(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
        document.open(embeddedReport(), QString(), QByteArray());
        const QString figure = document.report().figures.at(0).id;
        table.setFigure(figure);
        for (int c = 0; c < DataTableModel::ColumnCount; ++c) {
            const QModelIndex cell = table.index(0, c);
            if (table.flags(cell) & Qt::ItemIsEditable)
                table.setData(cell, cell.data(Qt::EditRole));
        }
        QVERIFY(table.setData(table.index(0, DataTableModel::Qualifier), u"at-least"_s));
        QVERIFY(!table.setData(table.index(0, DataTableModel::Qualifier),
                               u"lots"_s)); // not in the list
        QVERIFY(!table.setData(table.index(0, DataTableModel::Number), u"many"_s));
        QVERIFY(table.index(0, DataTableModel::Unit).data(ChoicesRole).isValid());
        QVERIFY(!(table.flags(table.index(0, DataTableModel::Value)) & Qt::ItemIsEditable));
        // The source is chosen among the pack's, as its own command.
        QCOMPARE(document.addSource(), 1);
        const QModelIndex source = table.index(0, DataTableModel::Source);
        QCOMPARE(source.data(ChoicesRole).toList().size(), 2);
        QVERIFY(!table.setData(source, u"nowhere"_s));
        QVERIFY(table.setData(source, u"source-2"_s));
        QCOMPARE(source.data(Qt::EditRole).toString(), u"source-2"_s);
        QCOMPARE(document.undoStack()->undoText(),
                 u"Change source of '%1'"_s.arg(
                     document.report().metric(table.metricId(0))->label.text()));
        document.addMetric(figure, Metric{});
        QCOMPARE(table.rowCount(), int(document.report().figure(figure)->metricIds.size()));
        document.moveFigure(0, 1);
        document.duplicateFigure(figure);
        document.removeFigure(figure);
        document.undoStack()->undo();
        QCOMPARE(list.rowCount(), int(document.report().figures.size()));
    }

    // Removing a source its numbers come from asks where they go; the answer is one step.
    void removingASourceAsksWhereItsNumbersGo_data()
    {
        QTest::addColumn<QString>("pack"); // empty: the embedded report
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("answer");
        QTest::addColumn<QString>("asked");
        QTest::addColumn<QStringList>("offered");
        QTest::addColumn<QStringList>("sourcesAfter");
        const QString mixed =
            QStringLiteral(FIGDECK_TEST_DATA "/model/v2/good/mixed-sources.figdeck.json");
        const QString wireUsed = u"Numbers still come from source 'A wire story about the "
                                 u"review': 'Solar share of generation'. Choose another source "
                                 u"for them."_s;
        QTest::newRow("moved to another")
            << mixed << 1 << u"own"_s << wireUsed << QStringList{u"review"_s, u"own"_s}
            << QStringList{u"review"_s, u"own"_s};
        QTest::newRow("cancelled")
            << mixed << 1 << QString() << wireUsed << QStringList{u"review"_s, u"own"_s}
            << QStringList{u"review"_s, u"wire"_s, u"own"_s};
        QTest::newRow("the only source")
            << QString() << 0 << QString()
            << u"'China's AI industry reaches turning point in 2026 with over 6,000 firms and "
               u"1.2 trillion yuan scale' is the pack's only source: every number needs one. "
               u"Add another source before removing it."_s
            << QStringList() << QStringList{u"source"_s};
    }

    void removingASourceAsksWhereItsNumbersGo()
    {
        QFETCH(QString, pack);
        QFETCH(int, row);
        QFETCH(QString, answer);
        QFETCH(QString, asked);
        QFETCH(QStringList, offered);
        QFETCH(QStringList, sourcesAfter);
        MainWindow w;
        Prompts prompts;
        w.setPromptHook(prompts.hook());
        if (!pack.isEmpty())
            QVERIFY(w.openReport(pack));
        Inspector *inspector = w.inspector();
        QStringList questions;
        QStringList choices;
        inspector->setSourceQuestion([&](const QString &message, const QList<Choice> &others) {
            questions << message;
            for (const Choice &c : others)
                choices << c.value;
            return answer;
        });
        const QByteArray before = serializeReportPack(w.report());
        auto *list = inspector->findChild<QListWidget *>(u"sourcesList"_s);
        list->setCurrentRow(row);
        QPushButton *remove = findButton(inspector, u"Remove Source"_s);
        QVERIFY(remove);
        remove->click();
        QCOMPARE(questions, QStringList{asked});
        QCOMPARE(choices, offered);
        QStringList ids;
        for (const Source &source : w.report().sources)
            ids << source.id;
        QCOMPARE(ids, sourcesAfter);
        QCOMPARE(list->count(), int(sourcesAfter.size()));
        QUndoStack *stack = w.document()->undoStack();
        if (answer.isEmpty()) {
            QCOMPARE(stack->count(), 0);
            return;
        }
        QCOMPARE(w.report().metric(u"solar"_s)->source, answer);
        QCOMPARE(stack->count(), 1);
        QCOMPARE(stack->undoText(), u"Remove source 'A wire story about the review', its "
                                    u"metrics now from 'Our own arithmetic'"_s);
        stack->undo();
        QCOMPARE(serializeReportPack(w.report()), before);
        QCOMPARE(list->count(), 3);
        stack->redo();
        QCOMPARE(w.report().metric(u"solar"_s)->source, answer);
        QCOMPARE(list->count(), 2);
    }

    // The data table's Date and High end columns: what the inspector's fields take, refused
    // with the same words, each edit one step.
    void dataTableEditsDateAndHighEnd_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("before"); // typed first, when not empty
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("refused"); // empty: taken
        QTest::addColumn<QString>("shown");   // the cell's edit text after
        QTest::addColumn<int>("commands");
        QTest::addColumn<QString>("undoText");
        const int date = DataTableModel::Date;
        const int high = DataTableModel::High;
        const QString label = u"AI enterprises in China"_s; // the embedded report's first
        QTest::newRow("a year") << date << QString() << u"2025"_s << QString() << u"2025"_s << 1
                                << u"Change date of '%1'"_s.arg(label);
        QTest::newRow("a quarter, spaces around")
            << date << QString() << u" 2025-Q4 "_s << QString() << u"2025-Q4"_s << 1
            << u"Change date of '%1'"_s.arg(label);
        QTest::newRow("a half-year") << date << QString() << u"2025-H2"_s << QString()
                                     << u"2025-H2"_s << 1 << u"Change date of '%1'"_s.arg(label);
        QTest::newRow("no half-year 3") << date << QString() << u"2025-H3"_s
                                        << u"\"2025-H3\" is not an ISO 8601 year, first months of "
                                           u"a year, half-year, quarter, months of a year, month "
                                           u"or day (YYYY, YYYY-01/MM, YYYY-Hn, YYYY-Qn, "
                                           u"YYYY-MM/MM, YYYY-MM or YYYY-MM-DD)"_s
                                        << QString() << 0 << QString();
        QTest::newRow("no month 13") << date << QString() << u"2025-13"_s
                                     << u"\"2025-13\" is not an ISO 8601 year, first months of a "
                                        u"year, half-year, quarter, months of a year, month or "
                                        u"day (YYYY, YYYY-01/MM, YYYY-Hn, YYYY-Qn, YYYY-MM/MM, "
                                        u"YYYY-MM or YYYY-MM-DD)"_s
                                     << QString() << 0 << QString();
        QTest::newRow("date cleared") << date << u"2024-06"_s << QString() << QString() << QString()
                                      << 2 << u"Change date of '%1'"_s.arg(label);
        QTest::newRow("a high end makes a range")
            << high << QString() << u"9000"_s << QString() << u"9000"_s << 1
            << u"Change high end of '%1'"_s.arg(label);
        QTest::newRow("a decimal high end")
            << high << QString() << u"7500.5"_s << QString() << u"7500.5"_s << 1
            << u"Change high end of '%1'"_s.arg(label);
        QTest::newRow("not a number") << high << QString() << u"lots"_s << u"lots is not a number"_s
                                      << QString() << 0 << QString();
        QTest::newRow("high end cleared: no range")
            << high << u"8000"_s << QString() << QString() << QString() << 2
            << u"Change high end of '%1'"_s.arg(label);
    }

    void dataTableEditsDateAndHighEnd()
    {
        QFETCH(int, column);
        QFETCH(QString, before);
        QFETCH(QString, typed);
        QFETCH(QString, refused);
        QFETCH(QString, shown);
        QFETCH(int, commands);
        QFETCH(QString, undoText);
        ReportDocument document;
        DataTableModel table(&document);
        QAbstractItemModelTester tester(&table,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        document.open(embeddedReport(), QString(), QByteArray());
        table.setFigure(document.report().figures.at(0).id);
        QCOMPARE(DataTableModel::columnOfField(u"date"_s), int(DataTableModel::Date));
        QCOMPARE(DataTableModel::columnOfField(u"range"_s), int(DataTableModel::High));
        QCOMPARE(table.headerData(DataTableModel::Date, Qt::Horizontal).toString(), u"Date"_s);
        QCOMPARE(table.headerData(DataTableModel::High, Qt::Horizontal).toString(), u"High end"_s);
        const QModelIndex cell = table.index(0, column);
        QVERIFY(table.flags(cell) & Qt::ItemIsEditable);
        QCOMPARE(cell.data(Qt::EditRole).toString(), QString()); // no date, not a range
        QSignalSpy refusals(&table, &DataTableModel::editRefused);
        QSignalSpy changed(&table, &QAbstractItemModel::dataChanged);
        if (!before.isEmpty())
            QVERIFY(table.setData(cell, before));
        const QByteArray start = serializeReportPack(document.report());
        QCOMPARE(table.setData(cell, typed), refused.isEmpty());
        QCOMPARE(refusals.size(), refused.isEmpty() ? 0 : 1);
        if (!refused.isEmpty()) {
            QCOMPARE(refusals.at(0).at(0).toModelIndex(), cell);
            QCOMPARE(refusals.at(0).at(1).toString(), refused);
        }
        QCOMPARE(cell.data(Qt::EditRole).toString(), shown);
        QCOMPARE(changed.size(), commands); // the one row, per step
        QUndoStack *stack = document.undoStack();
        QCOMPARE(stack->count(), commands);
        if (!commands)
            return;
        QCOMPARE(stack->undoText(), undoText);
        const Metric &m = *document.report().metric(table.metricId(0));
        if (column == DataTableModel::High) {
            QCOMPARE(m.isRange(), !shown.isEmpty());
            if (m.isRange())
                QCOMPARE(*m.high, shown.toDouble());
        } else {
            QCOMPARE(m.date ? m.date->iso : QString(), shown);
        }
        const QByteArray after = serializeReportPack(document.report());
        stack->undo();
        QCOMPARE(serializeReportPack(document.report()), start);
        QCOMPARE(cell.data(Qt::EditRole).toString(), before);
        stack->redo();
        QCOMPARE(serializeReportPack(document.report()), after);
        QCOMPARE(cell.data(Qt::EditRole).toString(), shown);
    }

    // Every choice of every combo box in the inspector fits it whole, in each language, and
    // the wheel over a field scrolls instead of changing it.
    void inspectorChoicesAreNeverClipped_data()
    {
        QTest::addColumn<QString>("uiLanguage");
        QTest::addColumn<QString>("reportLanguage");
        QTest::newRow("en") << u"en"_s << QString();
        QTest::newRow("zh_CN") << u"zh_CN"_s << u"zh-Hans"_s;
    }

    void inspectorChoicesAreNeverClipped()
    {
        QFETCH(QString, uiLanguage);
        QFETCH(QString, reportLanguage);
        // The catalog the program installs for the language (the test has none of its own).
        QTranslator translator;
        QVERIFY(translator.load(u":/i18n/figdeck_%1.qm"_s.arg(uiLanguage)));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const auto removed = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
        MainWindow w;
        Prompts prompts;
        w.setPromptHook(prompts.hook());
        w.setLanguage(uiLanguage, reportLanguage);
        // Its numbers have a unit of their own: the scale's choices are shown.
        QVERIFY(w.openReport(
            QStringLiteral(FIGDECK_TEST_DATA "/model/v2/good/eu-power-mix.figdeck.json")));
        Inspector *inspector = showWithInspector(w);
        QVERIFY(inspector);
        inspector->selectMetric(u"coal-2019"_s);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QVERIFY(inspector->findChild<QComboBox *>(u"unitScale"_s)->isVisibleTo(inspector));
        int checked = 0;
        for (int tab = 0; tab < inspector->count(); ++tab) {
            inspector->setCurrentIndex(tab);
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            for (QComboBox *combo : inspector->widget(tab)->findChildren<QComboBox *>()) {
                if (!combo->isVisibleTo(inspector) || combo->count() == 0)
                    continue;
                QStyleOptionComboBox option;
                option.initFrom(combo);
                option.frame = combo->hasFrame();
                const int room = combo->style()
                                     ->subControlRect(QStyle::CC_ComboBox, &option,
                                                      QStyle::SC_ComboBoxEditField, combo)
                                     .width();
                for (int i = 0; i < combo->count(); ++i) {
                    const int needed = combo->fontMetrics().horizontalAdvance(combo->itemText(i));
                    QVERIFY2(needed <= room,
                             qPrintable(u"%1: \"%2\" needs %3 px, has %4"_s
                                            .arg(combo->objectName(), combo->itemText(i))
                                            .arg(needed)
                                            .arg(room)));
                }
                ++checked;
            }
        }
        QVERIFY(checked >= 8); // kind, order, unit, scale, qualifier, status, source; source kind
        // In the language chosen: the scale's choices are translated ones.
        const QString words = inspector->findChild<QComboBox *>(u"unitScale"_s)->itemText(0);
        QCOMPARE(words, uiLanguage == u"en"_s
                            ? u"thousand, million, billion, trillion (the default)"_s
                            : u"千、百万、十亿、万亿（默认）"_s);

        // The wheel over a field that is not being edited scrolls the inspector past it.
        inspector->setCurrentIndex(0);
        auto *qualifier = inspector->findChild<QComboBox *>(u"qualifier"_s);
        const int current = qualifier->currentIndex();
        const QPointF at = QRectF(qualifier->rect()).center();
        QWheelEvent wheel(at, qualifier->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(qualifier, &wheel);
        QCOMPARE(qualifier->currentIndex(), current);
        QCOMPARE(w.document()->undoStack()->count(), 0);
    }

    // A series figure's number: the series it is drawn in; any number: what it restates and
    // at what rate.
    void inspectorEditsSeriesAndRestatedNumber()
    {
        MainWindow w;
        Prompts prompts;
        QVERIFY(openV2Pack(w, prompts));
        Inspector *inspector = w.inspector();
        const QByteArray before = serializeReportPack(w.report());
        QUndoStack *stack = w.document()->undoStack();

        QVERIFY(w.selectFigure(u"two-series"_s));
        inspector->selectMetric(u"share-b-2020"_s);
        auto *series = inspector->findChild<QComboBox *>(u"metricSeries"_s);
        QVERIFY(series->isVisibleTo(inspector));
        QCOMPARE(values(series), (QStringList{u"0"_s, u"1"_s, u"2"_s}));
        QCOMPARE(series->itemText(2), u"a new series"_s);
        QCOMPARE(series->currentText(), u"Second market"_s);
        choose(series, u"0"_s);
        const Figure &moved = *w.report().figure(u"two-series"_s);
        QCOMPARE(moved.series.size(), 1);
        QCOMPARE(moved.series.at(0).metricIds,
                 (QStringList{u"share-2020"_s, u"share-2023"_s, u"share-b-2020"_s}));
        QCOMPARE(stack->undoText(),
                 u"Move 'Electric-car share of sales, second market' to series 'Share'"_s);
        // Still the number shown, in its new place.
        auto *metrics = inspector->findChild<QListWidget *>(u"inspectorMetrics"_s);
        QCOMPARE(metrics->currentItem()->data(Qt::UserRole).toString(), u"share-b-2020"_s);
        QCOMPARE(series->currentText(), u"Share"_s);
        // A figure of another kind has no series.
        QVERIFY(w.selectFigure(u"everything"_s));
        inspector->selectMetric(u"spend-usd"_s);
        QVERIFY(!series->isVisibleTo(inspector));

        auto *restates = inspector->findChild<QComboBox *>(u"equivalentOf"_s);
        auto *rate = inspector->findChild<QLineEdit *>(u"equivalentRate"_s);
        // Closed, it holds nothing and what it names (restatedChoicesSpanThePack has the rest).
        QCOMPARE(values(restates), (QStringList{QString(), u"spend"_s}));
        QCOMPARE(restates->currentText(), u"Grid spending (spend)"_s);
        QVERIFY(rate->isVisibleTo(inspector));
        QCOMPARE(rate->text(), u"1 EUR = 1.07 USD"_s);
        choose(restates, QString());
        const Metric *usd = w.report().metric(u"spend-usd"_s);
        QCOMPARE(usd->equivalentOf, QString());
        QVERIFY(usd->equivalentRate.byLanguage.isEmpty()); // no rate for nothing converted
        QVERIFY(!rate->isVisibleTo(inspector));
        QCOMPARE(stack->undoText(), u"Change restated number of 'Grid spending in dollars'"_s);
        restates->showPopup(); // its choices come when it opens
        choose(restates, u"spend"_s);
        restates->hidePopup();
        QTest::keyClicks(rate, u"1 EUR = 1.1 USD"_s);
        QCOMPARE(w.report().metric(u"spend-usd"_s)->equivalentOf, u"spend"_s);
        QCOMPARE(w.report().metric(u"spend-usd"_s)->equivalentRate.text(), u"1 EUR = 1.1 USD"_s);
        QCOMPARE(stack->undoText(), u"Change exchange rate of 'Grid spending in dollars'"_s);

        while (stack->canUndo())
            stack->undo();
        QCOMPARE(serializeReportPack(w.report()), before);
    }

    // A series figure lists its series: renamed in place (one step), the legend at once.
    void seriesListRenamesInPlace()
    {
        MainWindow w;
        Prompts prompts;
        QVERIFY(openV2Pack(w, prompts));
        Inspector *inspector = showWithInspector(w);
        QVERIFY(inspector);
        QUndoStack *stack = w.document()->undoStack();
        const QByteArray before = serializeReportPack(w.report());
        auto *list = inspector->findChild<QListWidget *>(u"seriesList"_s);
        auto *view = w.findChild<FigureView *>();
        QVERIFY(list && view);

        QVERIFY(w.selectFigure(u"two-series"_s));
        QVERIFY(list->isVisibleTo(inspector));
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->item(0)->text(), u"Share (2 numbers)"_s);
        QCOMPARE(list->item(1)->text(), u"Second market (1 number)"_s);
        QVERIFY(view->accessibleDescription().contains(u"Series: Share, Second market."_s));

        QSignalSpy figureChanged(w.document(), &ReportDocument::figureChanged);
        list->setCurrentRow(0);
        QTest::keyClick(list, Qt::Key_F2);
        auto *editor = list->viewport()->findChild<QLineEdit *>();
        QVERIFY(editor);
        QCOMPARE(editor->text(), u"Share"_s); // the name alone, not the count
        editor->selectAll();
        QTest::keyClicks(editor, u"Market A"_s);
        QCOMPARE(stack->count(), 0); // named when the editor closes
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits from the event loop (a queued call).
        QCoreApplication::sendPostedEvents(list->itemDelegate(), QEvent::MetaCall);
        QCOMPARE(stack->count(), 1);
        QCOMPARE(stack->undoText(), u"Rename series 'Share' to 'Market A'"_s);
        QCOMPARE(figureChanged.size(), 1);
        QCOMPARE(w.report().figure(u"two-series"_s)->series.at(0).label.text(), u"Market A"_s);
        QCOMPARE(list->item(0)->text(), u"Market A (2 numbers)"_s);
        QVERIFY(view->accessibleDescription().contains(u"Series: Market A, Second market."_s));
        // The series field of a number names it the new way too.
        inspector->selectMetric(u"share-2020"_s);
        QCOMPARE(inspector->findChild<QComboBox *>(u"metricSeries"_s)->currentText(),
                 u"Market A"_s);

        stack->undo();
        QCOMPARE(list->item(0)->text(), u"Share (2 numbers)"_s);
        QVERIFY(view->accessibleDescription().contains(u"Series: Share, Second market."_s));
        stack->redo();
        QCOMPARE(list->item(0)->text(), u"Market A (2 numbers)"_s);
        stack->undo();
        QCOMPARE(serializeReportPack(w.report()), before);

        // A figure of one series lists it, unnamed; a figure of another kind has no list.
        QVERIFY(w.selectFigure(u"share-over-time"_s));
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->text(), u"series 1 (2 numbers)"_s);
        QVERIFY(!inspector->findChild<QPushButton *>(u"seriesUp"_s)->isEnabled());
        QVERIFY(!inspector->findChild<QPushButton *>(u"seriesDown"_s)->isEnabled());
        QVERIFY(w.selectFigure(u"ranked"_s));
        QVERIFY(!list->isVisibleTo(inspector));
    }

    void seriesListReorders_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("how"); // a button's object name, or "Alt+Up" / "Alt+Down"
        QTest::addColumn<QStringList>("after");
        QTest::addColumn<int>("rowAfter");
        QTest::addColumn<QString>("undoText");
        QTest::addColumn<QString>("legend");
        const QStringList swapped = {u"Second market"_s, u"Share"_s};
        QTest::newRow("Alt+Up") << 1 << u"Alt+Up"_s << swapped << 0
                                << u"Move series 'Second market'"_s
                                << u"Series: Second market, Share."_s;
        QTest::newRow("Alt+Down") << 0 << u"Alt+Down"_s << swapped << 1 << u"Move series 'Share'"_s
                                  << u"Series: Second market, Share."_s;
        QTest::newRow("Move Up button")
            << 1 << u"seriesUp"_s << swapped << 0 << u"Move series 'Second market'"_s
            << u"Series: Second market, Share."_s;
        QTest::newRow("Move Down button")
            << 0 << u"seriesDown"_s << swapped << 1 << u"Move series 'Share'"_s
            << u"Series: Second market, Share."_s;
        const QStringList same = {u"Share"_s, u"Second market"_s};
        QTest::newRow("Alt+Up on the first")
            << 0 << u"Alt+Up"_s << same << 0 << QString() << u"Series: Share, Second market."_s;
        QTest::newRow("Alt+Down on the last")
            << 1 << u"Alt+Down"_s << same << 1 << QString() << u"Series: Share, Second market."_s;
    }

    void seriesListReorders()
    {
        QFETCH(int, row);
        QFETCH(QString, how);
        QFETCH(QStringList, after);
        QFETCH(int, rowAfter);
        QFETCH(QString, undoText);
        QFETCH(QString, legend);
        MainWindow w;
        Prompts prompts;
        QVERIFY(openV2Pack(w, prompts));
        Inspector *inspector = w.inspector();
        QUndoStack *stack = w.document()->undoStack();
        const QByteArray before = serializeReportPack(w.report());
        QVERIFY(w.selectFigure(u"two-series"_s));
        inspector->selectMetric(u"share-b-2020"_s);
        auto *list = inspector->findChild<QListWidget *>(u"seriesList"_s);
        list->setCurrentRow(row);
        if (how.startsWith(u"Alt+"_s)) {
            QTest::keyClick(list, how.endsWith(u"Up"_s) ? Qt::Key_Up : Qt::Key_Down,
                            Qt::AltModifier);
        } else {
            auto *button = inspector->findChild<QPushButton *>(how);
            QVERIFY(button->isEnabled());
            button->click();
        }
        QStringList labels;
        for (const Series &s : w.report().figure(u"two-series"_s)->series)
            labels << s.label.text();
        QCOMPARE(labels, after);
        QCOMPARE(list->currentRow(), rowAfter); // the series moved stays selected
        QVERIFY(w.findChild<FigureView *>()->accessibleDescription().contains(legend));
        // The number selected stays the one selected, wherever its series went.
        auto *metrics = inspector->findChild<QListWidget *>(u"inspectorMetrics"_s);
        QCOMPARE(metrics->currentItem()->data(Qt::UserRole).toString(), u"share-b-2020"_s);
        // At an end, the button that would move past it is off.
        QCOMPARE(inspector->findChild<QPushButton *>(u"seriesUp"_s)->isEnabled(), rowAfter > 0);
        QCOMPARE(inspector->findChild<QPushButton *>(u"seriesDown"_s)->isEnabled(), rowAfter < 1);
        QVERIFY(!inspector->findChild<QPushButton *>(u"seriesRemove"_s)->isEnabled());
        if (undoText.isEmpty()) {
            QCOMPARE(stack->count(), 0);
            return;
        }
        QCOMPARE(stack->count(), 1);
        QCOMPARE(stack->undoText(), undoText);
        const QByteArray moved = serializeReportPack(w.report());
        stack->undo();
        QCOMPARE(serializeReportPack(w.report()), before);
        stack->redo();
        QCOMPARE(serializeReportPack(w.report()), moved);
    }

    // An empty series (a pack can hold one; it is a problem) can go, by button or Delete.
    void seriesListRemovesAnEmptySeries_data()
    {
        QTest::addColumn<bool>("byKey");
        QTest::newRow("Remove button") << false;
        QTest::newRow("Delete key") << true;
    }

    void seriesListRemovesAnEmptySeries()
    {
        QFETCH(bool, byKey);
        MainWindow w;
        Prompts prompts;
        QVERIFY(openV2Pack(w, prompts));
        QVERIFY(w.selectFigure(u"two-series"_s));
        ReportDocument *doc = w.document();
        QSignalSpy problems(doc, &ReportDocument::problemsChanged);
        doc->edit(u"Add an empty series"_s, {{ReportDocument::Part::Figure, u"two-series"_s}},
                  [](Report &r) {
                      r.figures[r.figureIndex(u"two-series"_s)].series.insert(
                          1, Series{Text(u"Empty"_s), {}});
                  });
        const QByteArray withEmpty = serializeReportPack(w.report());
        Inspector *inspector = w.inspector();
        auto *list = inspector->findChild<QListWidget *>(u"seriesList"_s);
        auto *remove = inspector->findChild<QPushButton *>(u"seriesRemove"_s);
        QCOMPARE(list->item(1)->text(), u"Empty (0 numbers)"_s);
        // Its problem shows at the list.
        QVERIFY(problems.wait(1000));
        QVERIFY(!inspector->problemShownAt(u"series"_s).isEmpty());
        list->setCurrentRow(0);
        QVERIFY(!remove->isEnabled()); // a series with numbers stays
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(w.report().figure(u"two-series"_s)->series.size(), 3);
        list->setCurrentRow(1);
        QVERIFY(remove->isEnabled());
        if (byKey)
            QTest::keyClick(list, Qt::Key_Delete);
        else
            remove->click();
        QCOMPARE(w.report().figure(u"two-series"_s)->series.size(), 2);
        QCOMPARE(doc->undoStack()->undoText(), u"Remove series 'Empty'"_s);
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->currentRow(), 1);
        problems.clear();
        QVERIFY(problems.wait(1000));
        QCOMPARE(inspector->problemShownAt(u"series"_s), QString());
        doc->undoStack()->undo();
        QCOMPARE(serializeReportPack(w.report()), withEmpty);
        QCOMPARE(list->count(), 3);
    }

    // The names the editor writes are the pack's text: in the pack's language, whatever the
    // interface's (an English pack under the Chinese interface gets English ones).
    void defaultNamesAreInThePacksLanguage_data()
    {
        QTest::addColumn<QString>("uiLanguage");
        QTest::addColumn<QString>("packLanguage");
        QTest::addColumn<QStringList>("expected"); // metric, figure, caveat, finding, series 2
        const QStringList english = {u"New metric"_s, u"New figure"_s, u"New caveat"_s,
                                     u"New finding"_s, u"Series 2"_s};
        const QStringList chinese = {u"新指标"_s, u"新图表"_s, u"新注意事项"_s, u"新发现"_s,
                                     u"系列2"_s};
        QTest::newRow("English pack, Chinese interface") << u"zh_CN"_s << u"en"_s << english;
        QTest::newRow("Chinese pack, English interface") << u"en"_s << u"zh-Hans"_s << chinese;
        QTest::newRow("English pack, English interface") << u"en"_s << u"en"_s << english;
        QTest::newRow("Chinese pack, Chinese interface") << u"zh_CN"_s << u"zh-Hans"_s << chinese;
    }

    void defaultNamesAreInThePacksLanguage()
    {
        QFETCH(QString, uiLanguage);
        QFETCH(QString, packLanguage);
        QFETCH(QStringList, expected);
        QTranslator translator;
        QVERIFY(translator.load(u":/i18n/figdeck_%1.qm"_s.arg(uiLanguage)));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const auto removed = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
        // The v2 test pack, its language changed: its plain texts are then in that language.
        QTemporaryDir dir;
        QByteArray bytes =
            readAll(QStringLiteral(FIGDECK_TEST_DATA "/model/v2/good/v2-features.figdeck.json"));
        QVERIFY(bytes.contains("\"language\": \"en\""));
        bytes.replace(QByteArray("\"language\": \"en\""),
                      QByteArray(QByteArray("\"language\": \"") + packLanguage.toUtf8() + '"'));
        const QString path = writeFile(dir, u"pack.figdeck.json"_s, bytes);
        MainWindow w;
        Prompts prompts;
        w.setPromptHook(prompts.hook());
        w.setLanguage(uiLanguage, reportLanguageFor(uiLanguage));
        QVERIFY(w.openReport(path));
        QCOMPARE(w.document()->language(), packLanguage);
        Inspector *inspector = w.inspector();
        const auto inspectorText = [](const char *text) {
            return QCoreApplication::translate("Figdeck::Inspector", text);
        };
        const auto packTextOf = [&](const Text &text) {
            [&] { QCOMPARE(text.byLanguage.keys(), QStringList{packLanguage}); }();
            return text.text();
        };

        QVERIFY(w.selectFigure(u"share-over-time"_s));
        findButton(inspector, inspectorText("&Add"))->click();
        const Figure *f = w.report().figure(u"share-over-time"_s);
        QCOMPARE(packTextOf(w.report().metric(f->metricIds.last())->label), expected.at(0));
        w.document()->undoStack()->undo();
        inspector->selectMetric(u"share-2023"_s);
        choose(inspector->findChild<QComboBox *>(u"metricSeries"_s), u"1"_s);
        f = w.report().figure(u"share-over-time"_s);
        QCOMPARE(f->series.size(), 2);
        QCOMPARE(packTextOf(f->series.at(1).label), expected.at(4));
        findButton(inspector, inspectorText("Add &Caveat"))->click();
        f = w.report().figure(u"share-over-time"_s);
        QCOMPARE(packTextOf(f->caveats.last().text), expected.at(2));
        findButton(inspector, inspectorText("Add &Finding"))->click();
        f = w.report().figure(u"share-over-time"_s);
        QCOMPARE(packTextOf(f->findings.last().text), expected.at(3));
        QAction *addFigure =
            findAction(&w, QCoreApplication::translate("Figdeck::MainWindow", "&Add Figure"));
        QVERIFY(addFigure);
        addFigure->trigger();
        QCOMPARE(packTextOf(w.report().figure(w.currentFigureId())->title), expected.at(1));
    }

    // What a number restates: any metric of the pack, by figure (its own figure first), never
    // itself nor one that restates it already; the list is made when the field opens.
    void restatedChoicesSpanThePack_data()
    {
        QTest::addColumn<QString>("figure");
        QTest::addColumn<QString>("metric");
        QTest::addColumn<QStringList>("closed"); // the choices before it opens
        QTest::addColumn<QStringList>("open");
        // In the pack: spend-usd restates spend; the test adds gap restating spend-usd, and a
        // metric "orphan" that no figure shows.
        const QStringList sharesThen = {
            u"#Electric-car share"_s, u"share-2020"_s,  u"share-2023"_s,   u"#Two series"_s,
            u"share-2020"_s,          u"share-2023"_s,  u"share-b-2020"_s, u"#Shares ranked"_s,
            u"share-2023"_s,          u"share-b-2020"_s};
        const QStringList noFigure = {u"#In no figure"_s, u"orphan"_s};
        QTest::newRow("spend: spend-usd and gap restate it")
            << u"everything"_s << u"spend"_s << QStringList{QString()}
            << QStringList{QString(),    u"#This figure: Everything else"_s,
                           u"change"_s,  u"power"_s,
                           u"growth"_s,  u"place"_s,
                           u"chargers"_s} +
                   sharesThen + noFigure;
        QTest::newRow("spend-usd: gap restates it")
            << u"everything"_s << u"spend-usd"_s << QStringList{QString(), u"spend"_s}
            << QStringList{QString(),   u"#This figure: Everything else"_s,
                           u"change"_s, u"spend"_s,
                           u"power"_s,  u"growth"_s,
                           u"place"_s,  u"chargers"_s} +
                   sharesThen + noFigure;
        QTest::newRow("gap: nothing restates it")
            << u"everything"_s << u"gap"_s << QStringList{QString(), u"spend-usd"_s}
            << QStringList{QString(),      u"#This figure: Everything else"_s,
                           u"change"_s,    u"spend"_s,
                           u"spend-usd"_s, u"power"_s,
                           u"growth"_s,    u"place"_s,
                           u"chargers"_s} +
                   sharesThen + noFigure;
        QTest::newRow("share-2020 in a figure of series")
            << u"two-series"_s << u"share-2020"_s << QStringList{QString()}
            << QStringList{QString(),
                           u"#This figure: Two series"_s,
                           u"share-2023"_s,
                           u"share-b-2020"_s,
                           u"#Electric-car share"_s,
                           u"share-2023"_s,
                           u"#Shares ranked"_s,
                           u"share-2023"_s,
                           u"share-b-2020"_s,
                           u"#Everything else"_s,
                           u"change"_s,
                           u"gap"_s,
                           u"spend"_s,
                           u"spend-usd"_s,
                           u"power"_s,
                           u"growth"_s,
                           u"place"_s,
                           u"chargers"_s} +
                   noFigure;
    }

    void restatedChoicesSpanThePack()
    {
        QFETCH(QString, figure);
        QFETCH(QString, metric);
        QFETCH(QStringList, closed);
        QFETCH(QStringList, open);
        MainWindow w;
        Prompts prompts;
        QVERIFY(openV2Pack(w, prompts));
        ReportDocument *doc = w.document();
        doc->edit(u"Set up"_s, {{ReportDocument::Part::MetricList, {}}}, [](Report &r) {
            r.metrics[r.metricIndex(u"gap"_s)].equivalentOf = u"spend-usd"_s;
            Metric orphan = r.metrics.at(r.metricIndex(u"power"_s));
            orphan.id = u"orphan"_s;
            r.metrics << orphan;
        });
        const QByteArray before = serializeReportPack(w.report());
        Inspector *inspector = showWithInspector(w);
        QVERIFY(inspector);
        auto *restates = inspector->findChild<QComboBox *>(u"equivalentOf"_s);
        QVERIFY(w.selectFigure(figure));
        inspector->selectMetric(metric);
        QCOMPARE(choicesShown(restates), closed);
        restates->showPopup();
        QCOMPARE(choicesShown(restates), open);
        QCOMPARE(restates->currentData().toString(), closed.last()); // what it names, still
        restates->hidePopup();
        // Another number selected: its list waits for the field to open again.
        inspector->selectMetric(figure == u"everything"_s ? u"change"_s : u"share-2023"_s);
        QCOMPARE(choicesShown(restates), QStringList{QString()});

        // A number of another figure chosen: one step, undone exactly.
        inspector->selectMetric(metric);
        restates->showPopup();
        choose(restates, u"share-b-2020"_s);
        restates->hidePopup();
        QCOMPARE(w.report().metric(metric)->equivalentOf, u"share-b-2020"_s);
        QCOMPARE(doc->undoStack()->undoText(),
                 u"Change restated number of '%1'"_s.arg(w.report().metric(metric)->label.text()));
        QCOMPARE(restates->currentData().toString(), u"share-b-2020"_s);
        doc->undoStack()->undo();
        QCOMPARE(serializeReportPack(w.report()), before);
        doc->undoStack()->redo();
        QCOMPARE(w.report().metric(metric)->equivalentOf, u"share-b-2020"_s);
    }

    // A field's tool tip: its help, then the problem at it (escaped); the help alone again
    // once the problem is gone.
    void fieldToolTipsKeepTheirHelp_data()
    {
        QTest::addColumn<QString>("field"); // object name
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("validator"); // the problem comes from the validator (later)
        QTest::addColumn<QString>("help");
        QTest::addColumn<QString>("problem");
        const QString p = u"<p style=\"white-space:pre\">"_s;
        QTest::newRow("title emptied")
            << u"figureTitleEdit"_s << QString() << true
            << p + u"The figure's headline, as the chart and every export show it</p>"_s
            << p + u"⚠ must not be empty</p>"_s;
        QTest::newRow("value not a number")
            << u"metricValue"_s << u"12x"_s << false
            << p + u"The number itself, in the unit above; for a range, its low end</p>"_s
            << p + u"⚠ 12x is not a number</p>"_s;
        QTest::newRow("value that looks like markup")
            << u"metricValue"_s << u"<b>1</b>"_s << false
            << p + u"The number itself, in the unit above; for a range, its low end</p>"_s
            << p + u"⚠ &lt;b&gt;1&lt;/b&gt; is not a number</p>"_s;
        QTest::newRow("source address emptied")
            << u"sourceUrl"_s << QString() << true << p + u"Where a reader finds the source</p>"_s
            << p + u"⚠ must not be empty</p>"_s;
    }

    void fieldToolTipsKeepTheirHelp()
    {
        QFETCH(QString, field);
        QFETCH(QString, typed);
        QFETCH(bool, validator);
        QFETCH(QString, help);
        QFETCH(QString, problem);
        MainWindow w;
        Prompts prompts;
        QVERIFY(openV2Pack(w, prompts));
        Inspector *inspector = w.inspector();
        QVERIFY(w.selectFigure(u"everything"_s));
        inspector->selectMetric(u"spend"_s);
        auto *edit = inspector->findChild<QLineEdit *>(field);
        QVERIFY(edit);
        QCOMPARE(edit->toolTip(), help);
        const QString original = edit->text();
        QSignalSpy problems(w.document(), &ReportDocument::problemsChanged);
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, typed);
        if (validator)
            QVERIFY(problems.wait(1000));
        QCOMPARE(edit->toolTip(), help + problem);
        // Put right: the help alone.
        problems.clear();
        edit->selectAll();
        QTest::keyClicks(edit, original);
        if (validator)
            QVERIFY(problems.wait(1000));
        QCOMPARE(edit->toolTip(), help);
    }

    // A combo box whose choice is elided shows its help, the whole choice, then its problem.
    void comboToolTipShowsHelpChoiceAndProblem()
    {
        MainWindow w;
        Prompts prompts;
        QVERIFY(openV2Pack(w, prompts));
        ReportDocument *doc = w.document();
        const QString title = u"A source whose title is far too long to be shown whole in the "
                              u"inspector's field"_s;
        doc->edit(u"Long title"_s, {{ReportDocument::Part::Source, {}}},
                  [&](Report &r) { r.sources.first().title = Text(title, r.language); });
        Inspector *inspector = w.inspector();
        QVERIFY(w.selectFigure(u"everything"_s));
        inspector->selectMetric(u"spend"_s);
        auto *source = inspector->findChild<QComboBox *>(u"metricSource"_s);
        const QString p = u"<p style=\"white-space:pre\">"_s;
        const QString help = p + u"The source this number is quoted from</p>"_s;
        const QString whole = p + title + u" (" + w.report().sources.first().id + u")</p>"_s;
        QVERIFY(source->currentText() != title); // elided
        QCOMPARE(source->toolTip(), help + whole);
        // A source id that names no source: the problem follows the choice.
        QSignalSpy problems(doc, &ReportDocument::problemsChanged);
        doc->setMetricSource(u"spend"_s, u"nowhere"_s);
        QVERIFY(problems.wait(1000));
        const QString shown = inspector->problemShownAt(u"metric:source"_s);
        QVERIFY(!shown.isEmpty());
        QCOMPARE(source->currentText(), u"nowhere (no such source)"_s); // not an empty field
        QCOMPARE(source->toolTip(), help + p + u"⚠ "_s + shown.toHtmlEscaped() + u"</p>"_s);
        problems.clear();
        doc->undoStack()->undo();
        QVERIFY(problems.wait(1000));
        QCOMPARE(source->toolTip(), help + whole);
    }

    // The inspector's closed lists under the Chinese interface, for an English pack: the
    // interface's words, though the pack's texts (and the format's words in them) stay English.
    void inspectorChoicesAreInTheInterfaceLanguage_data()
    {
        QTest::addColumn<QString>("figure");
        QTest::addColumn<QString>("metric");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("drawn as") << u"share-over-time"_s << u"share-2020"_s << u"figureStyle"_s
                                  << QStringList{u"以柱形图显示序列（默认）"_s,
                                                 u"以折线图显示序列"_s};
        QTest::newRow("order") << u"ranked"_s << u"share-2023"_s << u"barOrder"_s
                               << QStringList{u"按图中列出的顺序（默认）"_s,
                                              u"按数值排序，最大的在前"_s};
        QTest::newRow("qualifier") << u"everything"_s << u"gap"_s << u"qualifier"_s
                                   << QStringList{u"精确"_s, u"超过"_s, u"至少"_s, u"约"_s,
                                                  u"低于"_s, u"最多"_s, u"接近"_s};
        QTest::newRow("status") << u"everything"_s << u"spend"_s << u"status"_s
                                << QStringList{u"观测"_s, u"预测"_s, u"估计"_s};
        QTest::newRow("scale") << u"everything"_s << u"power"_s << u"unitScale"_s
                               << QStringList{u"千、百万、十亿、万亿（默认）"_s,
                                              u"在符号前加国际单位制词头：k、M、G、T、P"_s};
    }

    void inspectorChoicesAreInTheInterfaceLanguage()
    {
        QFETCH(QString, figure);
        QFETCH(QString, metric);
        QFETCH(QString, field);
        QFETCH(QStringList, expected);
        QVERIFY(useInterfaceLanguage(u"zh_CN"_s));
        const auto back = qScopeGuard([] { useInterfaceLanguage(u"en"_s); });
        MainWindow w;
        w.setLanguage(u"zh_CN"_s, u"zh-Hans"_s); // as View > Language does
        Prompts prompts;
        QVERIFY(openV2Pack(w, prompts)); // an English pack: no zh-Hans texts
        Inspector *inspector = w.inspector();
        QVERIFY(w.selectFigure(figure));
        inspector->selectMetric(metric);
        auto *combo = inspector->findChild<QComboBox *>(field);
        QVERIFY(combo);
        QStringList shown;
        for (int i = 0; i < combo->count(); ++i)
            shown << combo->itemText(i);
        QCOMPARE(shown, expected);
    }

    // The Restates list's group titles (not choosable, so drawn as disabled) read at 4.5:1 or
    // more against the list, in light and dark. Before: Fusion's disabled BEBEBE on white
    // (1.86:1) and the dark theme's 81878E on 1E2126 (4.45:1), as measured here and by hand.
    void restatesGroupTitlesRead_data() { problemFrameKeepsTheFieldsLook_data(); }
    void restatesGroupTitlesRead()
    {
        QFETCH(int, theme);
        MainWindow w;
        Prompts prompts;
        Inspector *inspector =
            inspectorAt(w, prompts, u"everything"_s, u"spend-usd"_s, ThemeId(theme));
        QVERIFY(inspector);
        auto *restates = inspector->findChild<QComboBox *>(u"equivalentOf"_s);
        restates->showPopup();
        const auto hide = qScopeGuard([restates] { restates->hidePopup(); });
        QAbstractItemView *view = restates->view();
        QVERIFY(QTest::qWaitForWindowExposed(view->window()));
        int title = -1;
        for (int i = 0; i < restates->count() && title < 0; ++i) {
            if (!(restates->model()->flags(restates->model()->index(i, 0)) & Qt::ItemIsEnabled))
                title = i;
        }
        QVERIFY(title >= 0);
        const QRect row = view->visualRect(restates->model()->index(title, 0));
        const QImage image = view->viewport()->grab(row).toImage();
        const QColor background = image.pixelColor(image.width() - 2, image.height() / 2);
        qreal best = 1;
        QColor ink;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const qreal c = FigdeckTest::contrast(image.pixelColor(x, y), background);
                if (c > best) {
                    best = c;
                    ink = image.pixelColor(x, y);
                }
            }
        }
        QVERIFY2(
            best >= 4.5,
            qPrintable(
                u"title %1 on %2: %3:1"_s.arg(ink.name(), background.name()).arg(best, 0, 'f', 2)));
    }

    // A field with a problem is the same widget with a vermillion frame: a combo box keeps its
    // style's own arrow (a style sheet border had the style sheet draw one), in light and dark.
    void problemFrameKeepsTheFieldsLook_data()
    {
        QTest::addColumn<int>("theme");
        QTest::newRow("light") << int(ThemeId::Light);
        QTest::newRow("dark") << int(ThemeId::Dark);
    }
    void problemFrameKeepsTheFieldsLook()
    {
        QFETCH(int, theme);
        MainWindow w;
        Prompts prompts;
        Inspector *inspector = inspectorAt(w, prompts, u"everything"_s, u"power"_s, ThemeId(theme));
        QVERIFY(inspector);
        auto *qualifier = inspector->findChild<QComboBox *>(u"qualifier"_s);
        choose(qualifier, u"nearly"_s);
        QTRY_COMPARE(inspector->problemShownAt(u"metric:qualifier"_s), QString());
        const QImage normal = qualifier->grab().toImage().convertToFormat(QImage::Format_RGB32);
        // "nearly" is no qualifier for a range.
        inspector->findChild<QCheckBox *>(u"metricIsRange"_s)->setChecked(true);
        QTRY_VERIFY(!inspector->problemShownAt(u"metric:qualifier"_s).isEmpty());
        const QImage marked = qualifier->grab().toImage().convertToFormat(QImage::Format_RGB32);
        QCOMPARE(marked.size(), normal.size());

        const auto apart = [](QRgb a, QRgb b) {
            return std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)),
                             std::abs(qBlue(a) - qBlue(b))});
        };
        // The arrow (the style's own sub-control, inside the frame's 2 px) is pixel for pixel
        // the normal combo's.
        QStyleOptionComboBox option;
        option.initFrom(qualifier);
        option.rect = qualifier->rect();
        const QRect arrow =
            qualifier->style()
                ->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxArrow, qualifier)
                .intersected(qualifier->rect().adjusted(3, 3, -3, -3));
        QVERIFY(arrow.width() >= 8 && arrow.height() >= 8);
        int arrowDiffers = 0;
        for (int y = arrow.top(); y <= arrow.bottom(); ++y)
            for (int x = arrow.left(); x <= arrow.right(); ++x)
                arrowDiffers += apart(normal.pixel(x, y), marked.pixel(x, y)) > 8;
        QVERIFY2(arrowDiffers == 0, qPrintable(u"%1 of %2 arrow pixels differ"_s.arg(arrowDiffers)
                                                   .arg(arrow.width() * arrow.height())));
        // The outermost ring of pixels: vermillion (D55E00) with the problem, never without.
        const QRgb vermillion = qRgb(0xD5, 0x5E, 0x00);
        int ring = 0, markedRing = 0, normalRing = 0;
        for (int y = 0; y < normal.height(); ++y) {
            for (int x = 0; x < normal.width(); ++x) {
                if (x != 0 && y != 0 && x != normal.width() - 1 && y != normal.height() - 1)
                    continue;
                ++ring;
                markedRing += apart(marked.pixel(x, y), vermillion) <= 24;
                normalRing += apart(normal.pixel(x, y), vermillion) <= 24;
            }
        }
        QVERIFY2(markedRing >= ring * 9 / 10,
                 qPrintable(u"%1 of %2 border pixels vermillion"_s.arg(markedRing).arg(ring)));
        QCOMPARE(normalRing, 0);
    }

    // Every empty field's placeholder is read whole at a laptop's window size, in English and
    // in Chinese: the date field's "YYYY、YYYY-Qn、YYYY-MM 或 YYYY-MM-DD" was cut to "YYYY-MM-…".
    void placeholdersFitTheirFields_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("zh_CN") << u"zh_CN"_s;
    }
    void placeholdersFitTheirFields()
    {
        QFETCH(QString, language);
        QVERIFY(useInterfaceLanguage(language));
        const auto back = qScopeGuard([] { useInterfaceLanguage(u"en"_s); });
        MainWindow w;
        Prompts prompts;
        QVERIFY(openV2Pack(w, prompts));
        Inspector *inspector = showWithInspector(w);
        QVERIFY(inspector);
        auto *dock = w.findChild<QDockWidget *>(u"inspectorDock"_s);
        // A number without a date or a range: its fields stand empty. Of the pack's numbers it
        // lets the dock go narrowest (401 px in zh_CN, against 419 with "power"; the old
        // 40 px of slack above the dock's minimum let the cut placeholder pass).
        QVERIFY(w.selectFigure(u"everything"_s));
        inspector->selectMetric(u"spend-usd"_s);
        // The inspector as narrow as it goes, exactly: the narrowest width the dock takes.
        w.resizeDocks({dock}, {1}, Qt::Horizontal);
        QTRY_COMPARE(dock->width(), dock->minimumSizeHint().width());
        int checked = 0;
        for (QLineEdit *edit : inspector->findChildren<QLineEdit *>()) {
            if (!edit->isVisibleTo(inspector) || !edit->text().isEmpty() ||
                edit->placeholderText().isEmpty())
                continue;
            // The room QLineEdit gives its text: inside its frame (as its initStyleOption sets
            // it; initFrom leaves the frame out) and its text margins, less 2 px each side.
            QStyleOptionFrame option;
            option.initFrom(edit);
            option.lineWidth =
                edit->hasFrame()
                    ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit)
                    : 0;
            const QRect room = edit->style()
                                   ->subElementRect(QStyle::SE_LineEditContents, &option, edit)
                                   .marginsRemoved(edit->textMargins());
            const int needed = edit->fontMetrics().horizontalAdvance(edit->placeholderText());
            QVERIFY2(needed <= room.width() - 4,
                     qPrintable(u"%1: \"%2\" needs %3 px, has %4"_s
                                    .arg(edit->objectName(), edit->placeholderText())
                                    .arg(needed)
                                    .arg(room.width())));
            ++checked;
        }
        QVERIFY(checked >= 1);
    }

    // One place names a series (the list): the selected number's series is a choice among
    // the figure's series and a new one, and no field of its own edits that series' name.
    void seriesAreNamedInOnePlace()
    {
        MainWindow w;
        Prompts prompts;
        QVERIFY(openV2Pack(w, prompts));
        Inspector *inspector = showWithInspector(w);
        QVERIFY(inspector);
        QVERIFY(w.selectFigure(u"two-series"_s));
        inspector->selectMetric(u"share-b-2020"_s);
        QStringList editable; // the text fields that show the series' name
        for (QLineEdit *edit : inspector->findChildren<QLineEdit *>()) {
            if (edit->isVisibleTo(inspector) && edit->text() == u"Second market"_s)
                editable << edit->objectName();
        }
        QCOMPARE(editable, QStringList());
        auto *series = inspector->findChild<QComboBox *>(u"metricSeries"_s);
        QStringList choices;
        for (int i = 0; i < series->count(); ++i)
            choices << series->itemText(i);
        QCOMPARE(choices, (QStringList{u"Share"_s, u"Second market"_s, u"a new series"_s}));
        QCOMPARE(series->currentText(), u"Second market"_s);
        // Renamed in the list: the choice follows.
        auto *list = inspector->findChild<QListWidget *>(u"seriesList"_s);
        QVERIFY(list);
        list->setCurrentRow(1);
        QTest::keyClick(list, Qt::Key_F2);
        auto *editor = list->viewport()->findChild<QLineEdit *>();
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, u"Market B"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::sendPostedEvents(list->itemDelegate(), QEvent::MetaCall);
        QCOMPARE(w.report().figure(u"two-series"_s)->series.at(1).label.text(), u"Market B"_s);
        QCOMPARE(series->currentText(), u"Market B"_s);
    }

    // A tool tip as it opens over a field: short help on one line, long help in lines of at
    // most ToolTipEms, and never the field's problem frame.
    void toolTipsAreOneReadableBlock_data()
    {
        QTest::addColumn<QString>("field"); // object name
        QTest::addColumn<QString>("typed"); // "": left as it is
        QTest::addColumn<bool>("oneLine");  // its help fits one line
        QTest::newRow("short help") << u"metricDate"_s << QString() << true;
        QTest::newRow("short help, a problem") << u"metricDate"_s << u"soon"_s << true;
        QTest::newRow("long help") << u"equivalentOf"_s << QString() << false;
        QTest::newRow("value with a problem") << u"metricValue"_s << u"12x"_s << true;
    }

    void toolTipsAreOneReadableBlock()
    {
        QFETCH(QString, field);
        QFETCH(QString, typed);
        QFETCH(bool, oneLine);
        MainWindow w;
        Prompts prompts;
        Inspector *inspector = inspectorAt(w, prompts, u"everything"_s, u"spend"_s);
        QVERIFY(inspector);
        auto *widget = inspector->findChild<QWidget *>(field);
        QVERIFY(widget);
        if (!typed.isEmpty()) {
            auto *edit = qobject_cast<QLineEdit *>(widget);
            edit->selectAll();
            QTest::keyClicks(edit, typed);
            QVERIFY(!widget->property("problem").toString().isEmpty()); // framed
        }
        QToolTip::showText(widget->mapToGlobal(widget->rect().center()), widget->toolTip(), widget);
        const auto hide = qScopeGuard([] { QToolTip::hideText(); });
        QWidget *tip = nullptr;
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (top->inherits("QTipLabel") && top->isVisible())
                tip = top;
        }
        QVERIFY(tip);
        // No vermillion: the field's frame stays the field's.
        const QImage image = tip->grab().toImage();
        int framed = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                framed += image.pixelColor(x, y) == QColor(0xD5, 0x5E, 0x00);
        }
        QCOMPARE(framed, 0);
        const QFontMetrics metrics(QToolTip::font());
        const int em = QFontInfo(QToolTip::font()).pixelSize();
        const QString help = widget->property("help").toString();
        if (oneLine) // one line as wide as the help
            QVERIFY2(tip->width() > metrics.horizontalAdvance(help),
                     qPrintable(u"%1 px for %2 px of help"_s.arg(tip->width())
                                    .arg(metrics.horizontalAdvance(help))));
        else // lines of at most ToolTipEms, more than half of that wide
            QVERIFY2(tip->width() <= ToolTipEms * em + 4 * em && tip->width() > ToolTipEms * em / 2,
                     qPrintable(u"%1 px, em %2 px"_s.arg(tip->width()).arg(em)));
    }

    // The number a conversion restates, found by typing a part of its name or id among
    // every number of the pack; the one chosen is one step.
    void restatedNumberIsFoundByTyping_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("found"); // the values of the numbers listed
        // In two figures, found once.
        QTest::newRow("a part of a name") << u"second"_s << QStringList{u"share-b-2020"_s};
        QTest::newRow("names and ids")
            << u"share"_s
            << QStringList{u"gap"_s, u"share-2020"_s, u"share-2023"_s, u"share-b-2020"_s};
        QTest::newRow("any case") << u"PUBLIC CH"_s << QStringList{u"chargers"_s};
        QTest::newRow("an id") << u"gap"_s << QStringList{u"gap"_s};
        QTest::newRow("a figure's title is not a number") << u"ranked"_s << QStringList();
    }

    void restatedNumberIsFoundByTyping()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, found);
        MainWindow w;
        Prompts prompts;
        Inspector *inspector = inspectorAt(w, prompts, u"everything"_s, u"spend-usd"_s);
        QVERIFY(inspector);
        auto *restates = inspector->findChild<QComboBox *>(u"equivalentOf"_s);
        QVERIFY(restates->isEditable());
        restates->setFocus();
        restates->lineEdit()->selectAll();
        QTest::keyClicks(restates->lineEdit(), typed);
        QCompleter *search = restates->completer();
        QVERIFY(search);
        QStringList shown;
        QAbstractItemModel *matches = search->completionModel();
        for (int row = 0; row < matches->rowCount(); ++row) {
            const QModelIndex index = matches->index(row, 0);
            const QVariant value = index.data(Qt::UserRole);
            shown << (value.isValid() ? value.toString() : u"#"_s + index.data().toString());
        }
        QCOMPARE(shown, found);
        if (found.isEmpty())
            return;
        // Chosen, as Enter on the first match does.
        QSignalSpy chosen(restates, &QComboBox::activated);
        emit search->activated(matches->index(0, 0));
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(w.report().metric(u"spend-usd"_s)->equivalentOf, found.first());
        QCOMPARE(w.document()->undoStack()->undoText(),
                 u"Change restated number of 'Grid spending in dollars'"_s);
        QCOMPARE(restates->currentData().toString(), found.first());
    }

    // Typed text that names no number is not kept: the field shows what it restates again.
    void restatesPutsBackTextThatNamesNothing()
    {
        MainWindow w;
        Prompts prompts;
        Inspector *inspector = inspectorAt(w, prompts, u"everything"_s, u"spend-usd"_s);
        QVERIFY(inspector);
        auto *restates = inspector->findChild<QComboBox *>(u"equivalentOf"_s);
        restates->setFocus();
        restates->lineEdit()->selectAll();
        QTest::keyClicks(restates->lineEdit(), u"zzz"_s);
        QCOMPARE(restates->completer()->completionCount(), 0);
        QTest::keyClick(restates->lineEdit(), Qt::Key_Return);
        QCOMPARE(restates->lineEdit()->text(), u"Grid spending (spend)"_s);
        QCOMPARE(w.report().metric(u"spend-usd"_s)->equivalentOf, u"spend"_s);
        QCOMPARE(w.document()->undoStack()->count(), 0);
    }

    void saveAndReopenRoundTrip()
    {
        QTemporaryDir dir;
        const QByteArray original = readAll(embeddedReportPath());
        const QString path = writeFile(dir, u"pack.json"_s, original);
        MainWindow w;
        Prompts prompts;
        w.setPromptHook(prompts.hook());
        QVERIFY(w.openReport(path));
        editFirstNumber(w, u"6500"_s);
        QVERIFY(w.isWindowModified());
        QVERIFY(w.save());
        QVERIFY(!w.isWindowModified());
        QVERIFY(prompts.asked.isEmpty());
        const QByteArray saved = readAll(path);
        // One value changed: one line of the file.
        const QList<QByteArray> a = original.split('\n'), b = saved.split('\n');
        QCOMPARE(a.size(), b.size());
        int changed = 0;
        for (qsizetype i = 0; i < a.size(); ++i)
            changed += a.at(i) != b.at(i);
        QCOMPARE(changed, 1);
        const LoadResult reread = loadReportPack(path);
        QVERIFY(reread.ok());
        QCOMPARE(*reread.report, w.report());
        // Undo after saving: modified again.
        w.document()->undoStack()->undo();
        QVERIFY(w.isWindowModified());
    }

    void embeddedReportAsksForAFileName()
    {
        QTemporaryDir dir;
        MainWindow w;
        Prompts prompts;
        w.setPromptHook(prompts.hook());
        int asked = 0;
        const QString target = dir.filePath(u"mine.json"_s);
        w.setSaveFileNameHook([&] {
            ++asked;
            return target;
        });
        editFirstNumber(w, u"6100"_s);
        QVERIFY(w.save());
        QCOMPARE(asked, 1);
        QCOMPARE(w.document()->filePath(), target);
        QVERIFY(loadReportPack(target).ok());
        // Cancelled: nothing written, still modified.
        editFirstNumber(w, u"6200"_s);
        w.setSaveFileNameHook([] { return QString(); });
        QVERIFY(!w.saveAs());
        QVERIFY(w.isWindowModified());
    }

    void unsavedChangesAreAskedAbout()
    {
        QTemporaryDir dir;
        const QString other = writeFile(dir, u"other.json"_s, readAll(embeddedReportPath()));
        MainWindow w;
        Prompts prompts;
        w.setPromptHook(prompts.hook());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        editFirstNumber(w, u"6300"_s);
        const QMessageBox::StandardButtons saveDiscardCancel =
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel;

        // Close: Cancel keeps the window and the changes.
        prompts.answers = {QMessageBox::Cancel};
        QVERIFY(!w.close());
        QVERIFY(w.isVisible());
        QCOMPARE(prompts.offered.last(), saveDiscardCancel);
        QVERIFY(w.isWindowModified());
        // Quit is the same question.
        prompts.answers = {QMessageBox::Cancel};
        findAction(&w, u"&Quit"_s)->trigger();
        QVERIFY(w.isVisible());
        QCOMPARE(prompts.asked.size(), 2);
        // Opening another report: Cancel keeps this one.
        prompts.answers = {QMessageBox::Cancel};
        QVERIFY(!w.openReport(other));
        QVERIFY(w.document()->isEmbedded());
        QCOMPARE(prompts.asked.size(), 3);
        // Save (the embedded report asks for a name), then open: no more questions.
        const QString target = dir.filePath(u"saved.json"_s);
        w.setSaveFileNameHook([&] { return target; });
        prompts.answers = {QMessageBox::Save};
        QVERIFY(w.openReport(other));
        QCOMPARE(w.document()->filePath(), other);
        QVERIFY(loadReportPack(target).ok());
        QCOMPARE(loadReportPack(target).report->metrics, [&] {
            Report r = embeddedReport();
            const QString id = r.figures.at(0).metricIds.at(0);
            for (Metric &m : r.metrics) {
                if (m.id == id)
                    m.value = 6300;
            }
            return r.metrics;
        }());
        // Discard then close: closes, and the recovery file is gone.
        editFirstNumber(w, u"6400"_s);
        QVERIFY(w.recoveryFile()->writeNow());
        prompts.answers = {QMessageBox::Discard};
        QVERIFY(w.close());
        QVERIFY(!QFile::exists(w.recoveryFile()->path()));
        QCOMPARE(prompts.asked.size(), 5);
    }

    void invalidPackOpensForEditing()
    {
        QTemporaryDir dir;
        QByteArray bytes = readAll(embeddedReportPath());
        const Report r = embeddedReport();
        // An empty figure title: the pack cannot be shown as it is.
        // The title is an object of translations, {"en": ..., "zh-Hans": ...}, on one line.
        const QByteArray title =
            "\"title\": {\"en\": \"" + r.figures.at(1).title.text(u"en"_s).toUtf8() + '"';
        const qsizetype at = bytes.indexOf(title);
        QVERIFY(at >= 0);
        bytes.replace(at, bytes.indexOf('}', at) + 1 - at, "\"title\": \"\"");
        const QString path = writeFile(dir, u"bad.json"_s, bytes);
        MainWindow w;
        Prompts prompts;
        w.setPromptHook(prompts.hook());
        prompts.answers = {QMessageBox::Cancel};
        QVERIFY(!w.openReport(path));
        QCOMPARE(prompts.offered.last(), QMessageBox::Ok | QMessageBox::Cancel);
        QVERIFY(prompts.asked.last().contains(u"Open it for editing"_s));
        QVERIFY(w.document()->isEmbedded());
        prompts.answers = {QMessageBox::Ok};
        QVERIFY(w.openReport(path));
        QCOMPARE(w.document()->filePath(), path);
        QCOMPARE(w.document()->problems().size(), 1);
        QCOMPARE(w.document()->problems().at(0).path, u"figures[1].title"_s);
        QSignalSpy problems(w.document(), &ReportDocument::problemsChanged);
        QVERIFY(problems.wait(1000));
        auto *list = w.findChild<QListWidget *>(u"problemsList"_s);
        QVERIFY(list && list->isVisibleTo(&w));
        QCOMPARE(list->count(), 1);
        auto *figures = w.findChild<QListView *>(u"figureList"_s)->model();
        QVERIFY(figures->index(1, 0).data(FigureListModel::HasProblemsRole).toBool());
        QVERIFY(!figures->index(0, 0).data(FigureListModel::HasProblemsRole).toBool());
        // Work in progress is saved as it is, and reopens with the same problem.
        Metric m = w.report().metrics.at(0);
        m.value = 6001;
        w.document()->setMetric(m, u"Change value"_s);
        QVERIFY(w.save());
        const ReportDocument::FileContents reread = ReportDocument::readFile(path);
        QVERIFY(!reread.result.ok());
        QCOMPARE(reread.result.errors().size(), 1);
        QCOMPARE(reread.result.draft->metrics.at(0).value, 6001.0);
        // Jumping to the problem shows the figure and its field.
        list->setCurrentRow(0);
        emit list->itemActivated(list->item(0));
        QCOMPARE(w.currentFigureId(), r.figures.at(1).id);
    }

    // For real: a child process edits, writes its recovery file, and is killed with SIGKILL;
    // the next start offers to restore the edit.
    void killedProcessLeavesWorkToRestore()
    {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        child.setProcessEnvironment(env);
        child.start(QStringLiteral(FIGDECK_RECOVERY_CHILD), {u"8888"_s});
        QVERIFY(child.waitForStarted(10000));
        QByteArray out;
        while (!out.contains('\n') && child.waitForReadyRead(20000))
            out += child.readAllStandardOutput();
        QVERIFY2(out.startsWith("written "), out.constData());
        const QString path = QString::fromUtf8(out.mid(8).trimmed());
        QVERIFY(QFile::exists(path));
        child.kill(); // SIGKILL: no destructor, no clean-up
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QVERIFY(QFile::exists(path));

        MainWindow w;
        Prompts prompts;
        w.setPromptHook(prompts.hook());
        prompts.answers = {QMessageBox::Ok};
        w.offerRecovery();
        QCOMPARE(prompts.asked.size(), 1);
        QVERIFY(prompts.asked.at(0).contains(u"Restore them?"_s));
        const QString id = w.report().figures.at(0).metricIds.at(0);
        QCOMPARE(w.report().metric(id)->value, 8888.0);
        QVERIFY(w.isWindowModified());
        QVERIFY(w.document()->isEmbedded());
        QVERIFY(!QFile::exists(path));
        // Nothing left to offer.
        w.offerRecovery();
        QCOMPARE(prompts.asked.size(), 1);
    }

    void discardingRecoveryRemovesIt()
    {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        child.setProcessEnvironment(env);
        child.start(QStringLiteral(FIGDECK_RECOVERY_CHILD), {u"9999"_s});
        QByteArray out;
        while (!out.contains('\n') && child.waitForReadyRead(20000))
            out += child.readAllStandardOutput();
        const QString path = QString::fromUtf8(out.mid(8).trimmed());
        // While the other instance runs, its file is not offered.
        QVERIFY(RecoveryFile::orphans().isEmpty());
        child.kill();
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(RecoveryFile::orphans().size(), 1);
        MainWindow w;
        Prompts prompts;
        w.setPromptHook(prompts.hook());
        prompts.answers = {QMessageBox::Discard};
        w.offerRecovery();
        QVERIFY(!QFile::exists(path));
        QCOMPARE(w.report(), embeddedReport());
        QVERIFY(!w.isWindowModified());
    }
};

QTEST_MAIN(TestEditor)
#include "tst_editor.moc"
