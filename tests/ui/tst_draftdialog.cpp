// SPDX-License-Identifier: GPL-3.0-or-later
// File > New Report from Text or PDF…: the numbers of a pasted text in the table, a row shows
// its number in the text, edits and unticking change the pack, Make Figure adds a valid figure
// of the chosen kind, and saving writes a valid pack that the main window then shows.
#include "draftdialog.h"
#include "draftnumbersmodel.h"
#include "editorchoices.h"
#include "figureview.h"
#include "format.h"
#include "mainwindow.h"
#include "reportdocument.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QListWidget>
#include <QMimeData>
#include <QPainter>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QtTest>

using namespace Figdeck;
using namespace Qt::StringLiterals;

namespace {

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString vendorShares()
{
    return readText(QStringLiteral(FIGDECK_TEST_DATA "/draft/vendor-shares.txt"));
}

// The row of the model whose number reads `words` in the text.
int rowOf(const DraftNumbersModel &model, const QString &words)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.numberWords(row) == words)
            return row;
    }
    return -1;
}

QList<const Metric *> metricsQuoting(const Report &report, double value)
{
    QList<const Metric *> found;
    for (const Metric &m : report.metrics) {
        if (m.origin == Origin::Stated && m.value == value)
            found << &m;
    }
    return found;
}

void selectRows(DraftDialog &dialog, const QList<int> &rows)
{
    QTableView *view = dialog.numbersView();
    view->clearSelection();
    for (int row : rows)
        view->selectionModel()->select(view->model()->index(row, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

// The dialog on vendor-shares.txt, its model checked throughout, and the row of its number
// 1.8 million ("Widget sales reached 1.8 million units in 2023.", line 5).
struct VendorSharesDialog
{
    VendorSharesDialog() { dialog.setText(vendorShares()); }
    DraftDialog dialog;
    QAbstractItemModelTester tester{dialog.numbersModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest};
    DraftNumbersModel *model = dialog.numbersModel();
    int row() const { return rowOf(*model, u"1.8 million"_s); }
};

bool readsBackValid(const Report &report)
{
    return parseReportPack(serializeReportPack(report), u"check.figdeck.json"_s).ok();
}

} // namespace

class DraftDialogTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsTheNumbers_data();
    void listsTheNumbers();
    void clickingARowSelectsItsNumber_data();
    void clickingARowSelectsItsNumber();
    void editingAQualifierChangesThePack();
    void valueEdits_data();
    void valueEdits();
    void editorsOfferTheClosedLists();
    void untickingDropsTheMetric();
    void editsSurviveAChangedText();
    void labelAndPeriodEdits_data();
    void labelAndPeriodEdits();
    void refindingKeepsTheUsersWork_data();
    void refindingKeepsTheUsersWork();
    void figuresFollowTheirNumbersThroughEdits();
    void layoutIsRemembered();
    void makeFigure_data();
    void makeFigure();
    void makeFigureRefusesWhatCannotBeDrawn();
    void removingAProposalKeepsItRemoved();
    void figuresMadeHereOutliveTheirNumbers();
    void opensSources_data();
    void opensSources();
    void openSourceErrorsInOneLine_data();
    void openSourceErrorsInOneLine();
    void invalidPackIsNotSaved();
    void saveOpensThePackInTheMainWindow();
    void closingWithWorkAsks();
    void pastingWhatTheClipboardOffers_data();
    void pastingWhatTheClipboardOffers();
    void relativePeriodsAreFlagged_data();
    void relativePeriodsAreFlagged();
    void periodsAreCheckedAtTheCell_data();
    void periodsAreCheckedAtTheCell();
    void periodColumnHasRoomForAPeriod_data();
    void periodColumnHasRoomForAPeriod();
};

void DraftDialogTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("figdeck-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_draftdialog"));
}

void DraftDialogTest::listsTheNumbers_data()
{
    // Read off the texts by hand: the number's words, its value in base units, unit,
    // qualifier, status and period.
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QStringList>("units");
    QTest::addColumn<QStringList>("qualifiers");
    QTest::addColumn<QStringList>("statuses");
    QTest::newRow("vendor shares")
        << u"draft/vendor-shares.txt"_s
        << QStringList{u"40%"_s,         u"25%"_s,         u"15%"_s,      u"1.5 million"_s,
                       u"1.8 million"_s, u"2.1 million"_s, u"3 million"_s}
        << QStringList{u"40"_s,      u"25"_s,      u"15"_s,     u"1500000"_s,
                       u"1800000"_s, u"2100000"_s, u"3000000"_s}
        << QStringList{u"percent"_s, u"percent"_s, u"percent"_s, u"count"_s,
                       u"count"_s,   u"count"_s,   u"count"_s}
        << QStringList{u"exact"_s, u"exact"_s,     u"exact"_s, u"exact"_s,
                       u"exact"_s, u"more-than"_s, u"exact"_s}
        << QStringList{u"observed"_s, u"observed"_s, u"observed"_s, u"observed"_s,
                       u"observed"_s, u"observed"_s, u"projected"_s};
    QTest::newRow("news economy")
        << u"numbers/news-economy.txt"_s
        << QStringList{u"2.4%"_s, u"3.1%"_s,  u"5.8%"_s,        u"3%"_s,
                       u"10"_s,   u"5.25%"_s, u"120 billion"_s, u"90bn"_s}
        << QStringList{u"2.4"_s, u"3.1"_s,  u"5.8"_s,          u"3"_s,
                       u"10"_s,  u"5.25"_s, u"120000000000"_s, u"90000000000"_s}
        << QStringList{u"percent"_s, u"percent"_s, u"percent"_s, u"percent"_s,
                       u"count"_s,   u"percent"_s, u"USD"_s,     u"USD"_s}
        << QStringList{u"exact"_s, u"exact"_s, u"exact"_s,     u"less-than"_s,
                       u"exact"_s, u"exact"_s, u"more-than"_s, u"less-than"_s}
        << QStringList(); // statuses: the finder's reading of "forecast" is its own suite's
}

void DraftDialogTest::listsTheNumbers()
{
    QFETCH(QString, file);
    QFETCH(QStringList, words);
    QFETCH(QStringList, values);
    QFETCH(QStringList, units);
    QFETCH(QStringList, qualifiers);
    QFETCH(QStringList, statuses);
    DraftDialog dialog;
    QAbstractItemModelTester tester(dialog.numbersModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.setText(readText(QStringLiteral(FIGDECK_TEST_DATA "/") + file));
    const DraftNumbersModel *model = dialog.numbersModel();
    QCOMPARE(model->rowCount(), words.size());
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(model->numberWords(row), words.at(row));
        QCOMPARE(model->index(row, DraftNumbersModel::Value).data(Qt::EditRole).toString(),
                 values.at(row));
        QCOMPARE(model->index(row, DraftNumbersModel::UnitColumn).data(Qt::EditRole).toString(),
                 units.at(row));
        QCOMPARE(
            model->index(row, DraftNumbersModel::QualifierColumn).data(Qt::EditRole).toString(),
            qualifiers.at(row));
        if (!statuses.isEmpty())
            QCOMPARE(
                model->index(row, DraftNumbersModel::StatusColumn).data(Qt::EditRole).toString(),
                statuses.at(row));
        QCOMPARE(model->index(row, DraftNumbersModel::Use).data(Qt::CheckStateRole).toInt(),
                 int(Qt::Checked));
    }
    // Every ticked number is one metric of the pack, which reads back as valid.
    QCOMPARE(metricsQuoting(dialog.report(), values.first().toDouble()).size(), 1);
    QVERIFY(readsBackValid(dialog.report()));
}

void DraftDialogTest::clickingARowSelectsItsNumber_data()
{
    // The row's number, the phrase it was read from (selected in the text) and its sentence.
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("phrase");
    QTest::addColumn<QString>("sentence");
    const QString shares = vendorShares();
    QTest::newRow("first line") << shares << u"40%"_s << u"40%"_s
                                << u"Acme held 40% of the widget market in 2024, Bolt 25% and "
                                   u"Crane 15%."_s;
    QTest::newRow("mid sentence") << shares << u"15%"_s << u"15%"_s
                                  << u"Acme held 40% of the widget market in 2024, Bolt 25% "
                                     u"and Crane 15%."_s;
    QTest::newRow("with qualifier") << shares << u"2.1 million"_s << u"over 2.1 million"_s
                                    << u"Widget sales reached over 2.1 million units in 2024."_s;
    QTest::newRow("last line") << shares << u"3 million"_s << u"3 million"_s
                               << u"Sales are expected to reach 3 million units by 2030."_s;
    const QString wind = u"Wind power\n\nInvestment reached more than €1.6 billion in 2023, up "
                         u"from about €900 million. Jobs: 6,000+ in all."_s;
    QTest::newRow("qualifier and currency sign")
        << wind << u"1.6 billion"_s << u"more than €1.6 billion"_s
        << u"Investment reached more than €1.6 billion in 2023, up from about €900 million."_s;
    QTest::newRow("qualifier after")
        << wind << u"6,000"_s << u"6,000+"_s << u"Jobs: 6,000+ in all."_s;
    QTest::newRow("chinese before and after")
        << u"充电桩总数约850万个以上，增长约65%。"_s << u"850万"_s << u"约850万个以上"_s
        << u"充电桩总数约850万个以上，增长约65%。"_s;
}

void DraftDialogTest::clickingARowSelectsItsNumber()
{
    QFETCH(QString, text);
    QFETCH(QString, words);
    QFETCH(QString, phrase);
    QFETCH(QString, sentence);
    DraftDialog dialog;
    dialog.setText(text);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const int row = rowOf(*dialog.numbersModel(), words);
    QVERIFY(row >= 0);
    QTableView *view = dialog.numbersView();
    const QModelIndex index = view->model()->index(row, DraftNumbersModel::Quote);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    QCOMPARE(view->currentIndex().row(), row);
    const QTextCursor cursor = dialog.textEdit()->textCursor();
    QCOMPARE(cursor.selectedText(), phrase);
    QCOMPARE(dialog.numbersModel()->phraseWords(row), phrase);
    // The sentence around it is marked as well.
    const QList<QTextEdit::ExtraSelection> marks = dialog.textEdit()->extraSelections();
    QCOMPARE(marks.size(), 1);
    QCOMPARE(marks.first().cursor.selectedText(), sentence);
}

void DraftDialogTest::editingAQualifierChangesThePack()
{
    DraftDialog dialog;
    dialog.setText(vendorShares());
    DraftNumbersModel *model = dialog.numbersModel();
    const int row = rowOf(*model, u"1.8 million"_s);
    QVERIFY(row >= 0);
    QCOMPARE(int(metricsQuoting(dialog.report(), 1800000).first()->qualifier),
             int(Qualifier::Exact));
    QSignalSpy edited(model, &DraftNumbersModel::numbersEdited);
    QVERIFY(
        model->setData(model->index(row, DraftNumbersModel::QualifierColumn), u"approximate"_s));
    QCOMPARE(edited.size(), 1);
    QCOMPARE(model->index(row, DraftNumbersModel::QualifierColumn).data().toString(),
             qualifierPhrase(Qualifier::Approximate));
    const Report &report = dialog.report();
    const Metric *metric = metricsQuoting(report, 1800000).first();
    QCOMPARE(int(metric->qualifier), int(Qualifier::Approximate));
    // The drafter's caveat for an approximation names it, in the figure that shows it.
    bool caveated = false;
    for (const Figure &f : report.figures) {
        for (const Caveat &c : f.caveats)
            caveated =
                caveated || (c.id.endsWith(u"-approximate"_s) && c.metricIds.contains(metric->id));
    }
    QVERIFY(caveated);
    // The report caveat stays as the drafter makes it.
    QCOMPARE(report.caveats.first().id, u"drafted"_s);
    QVERIFY(readsBackValid(report));
    // A value that is not a number is refused, and the pack stays as it was.
    QVERIFY(!model->setData(model->index(row, DraftNumbersModel::Value), u"lots"_s));
    QCOMPARE(edited.size(), 1);
    QVERIFY(model->setData(model->index(row, DraftNumbersModel::Value), u"1850000"_s));
    QCOMPARE(metricsQuoting(dialog.report(), 1850000).size(), 1);
}

void DraftDialogTest::valueEdits_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<double>("value"); // in base units
    QTest::addColumn<double>("high");  // a range's high end; 0 for none
    QTest::addColumn<QString>("shown");
    QTest::newRow("base units") << u"1850000"_s << true << 1850000.0 << 0.0 << u"1.85 million"_s;
    QTest::newRow("grouped") << u"1,850,000"_s << true << 1850000.0 << 0.0 << u"1.85 million"_s;
    QTest::newRow("scale word") << u"1.85 million"_s << true << 1850000.0 << 0.0
                                << u"1.85 million"_s;
    QTest::newRow("short scale") << u"1.85m"_s << true << 1850000.0 << 0.0 << u"1.85 million"_s;
    QTest::newRow("not a number") << u"lots"_s << false << 1800000.0 << 0.0 << u"1.8 million"_s;
    QTest::newRow("two numbers") << u"1.8 or 1.9 million"_s << false << 1800000.0 << 0.0
                                 << u"1.8 million"_s;
    QTest::newRow("empty") << QString() << false << 1800000.0 << 0.0 << u"1.8 million"_s;
    // A range, as --numbers prints it and as a text writes it, shows both ends.
    QTest::newRow("range") << u"1800000..2000000"_s << true << 1800000.0 << 2000000.0
                           << u"1.8\u20132 million"_s;
    QTest::newRow("range in words")
        << u"1.8 to 2 million"_s << true << 1800000.0 << 2000000.0 << u"1.8\u20132 million"_s;
    QTest::newRow("range high first")
        << u"2000000..1800000"_s << false << 1800000.0 << 0.0 << u"1.8 million"_s;
}

void DraftDialogTest::valueEdits()
{
    QFETCH(QString, typed);
    QFETCH(bool, accepted);
    QFETCH(double, value);
    QFETCH(double, high);
    QFETCH(QString, shown);
    DraftDialog dialog;
    dialog.setText(vendorShares());
    DraftNumbersModel *model = dialog.numbersModel();
    const int row = rowOf(*model, u"1.8 million"_s);
    QSignalSpy edited(model, &DraftNumbersModel::numbersEdited);
    QCOMPARE(model->setData(model->index(row, DraftNumbersModel::Value), typed), accepted);
    QCOMPARE(edited.size(), accepted ? 1 : 0);
    QCOMPARE(model->number(row).value, value);
    QCOMPARE(model->number(row).high.value_or(0), high);
    QCOMPARE(model->index(row, DraftNumbersModel::Value).data().toString(), shown);
    const QList<const Metric *> metrics = metricsQuoting(dialog.report(), value);
    QCOMPARE(metrics.size(), 1);
    QCOMPARE(metrics.first()->high.value_or(0), high);
    QVERIFY(model->number(row).unit.is(UnitKind::Count)); // the unit is its own column's
}

void DraftDialogTest::editorsOfferTheClosedLists()
{
    DraftDialog dialog;
    dialog.setText(vendorShares());
    const DraftNumbersModel *model = dialog.numbersModel();
    const auto names = [&](int column) {
        QStringList out;
        for (const QVariant &v : model->index(0, column).data(ChoicesRole).toList())
            out << v.toMap().value(u"value"_s).toString();
        return out;
    };
    QCOMPARE(names(DraftNumbersModel::QualifierColumn), namesOf(qualifierTable()));
    QCOMPARE(names(DraftNumbersModel::StatusColumn), namesOf(statusTable()));
    const QStringList units = names(DraftNumbersModel::UnitColumn);
    QVERIFY(units.contains(u"percent"_s));
    QVERIFY(units.contains(u"EUR"_s));
    // The table edits a qualifier with a combo box of the table's rows, not a line edit.
    QTableView *view = dialog.numbersView();
    const QModelIndex qualifier = model->index(0, DraftNumbersModel::QualifierColumn);
    view->setCurrentIndex(qualifier);
    view->edit(qualifier);
    auto *combo = view->viewport()->findChild<QComboBox *>();
    QVERIFY(combo);
    QCOMPARE(combo->count(), qualifierTable().size());
    QCOMPARE(combo->currentData().toString(), u"exact"_s);
    combo->setCurrentIndex(combo->findData(u"at-least"_s));
    emit combo->activated(combo->currentIndex()); // a choice commits at once
    QVERIFY(model->number(0).qualifier == Qualifier::AtLeast);
    QVERIFY(model->index(0, DraftNumbersModel::Label).flags().testFlag(Qt::ItemIsEditable));
    QVERIFY(model->index(0, DraftNumbersModel::Period).flags().testFlag(Qt::ItemIsEditable));
    QVERIFY(!model->index(0, DraftNumbersModel::Quote).flags().testFlag(Qt::ItemIsEditable));
}

void DraftDialogTest::untickingDropsTheMetric()
{
    DraftDialog dialog;
    dialog.setText(vendorShares());
    DraftNumbersModel *model = dialog.numbersModel();
    const int metricsBefore = int(dialog.report().metrics.size());
    const int row = rowOf(*model, u"3 million"_s);
    QVERIFY(row >= 0);
    QCOMPARE(metricsQuoting(dialog.report(), 3000000).size(), 1);
    QVERIFY(model->setData(model->index(row, DraftNumbersModel::Use), Qt::Unchecked,
                           Qt::CheckStateRole));
    QCOMPARE(metricsQuoting(dialog.report(), 3000000).size(), 0);
    QCOMPARE(dialog.report().metrics.size(), metricsBefore - 1);
    QCOMPARE(model->rowCount(), 7); // still listed, to tick again
    QVERIFY(readsBackValid(dialog.report()));
    QVERIFY(
        model->setData(model->index(row, DraftNumbersModel::Use), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(metricsQuoting(dialog.report(), 3000000).size(), 1);
}

void DraftDialogTest::editsSurviveAChangedText()
{
    DraftDialog dialog;
    dialog.setText(vendorShares());
    DraftNumbersModel *model = dialog.numbersModel();
    int row = rowOf(*model, u"25%"_s);
    QVERIFY(model->setData(model->index(row, DraftNumbersModel::QualifierColumn), u"nearly"_s));
    // A line added above: the number moves down one line and keeps its edit.
    dialog.setText(u"An added first line.\n"_s + vendorShares());
    row = rowOf(*model, u"25%"_s);
    QCOMPARE(int(model->number(row).qualifier), int(Qualifier::Nearly));
    QCOMPARE(model->number(row).line, 4);
}

void DraftDialogTest::labelAndPeriodEdits_data()
{
    // The number 1.8 million ("Widget sales reached 1.8 million units in 2023."), its label and
    // period as typed, and the metric's label, period and date as the pack then has them.
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("shown"); // in the table after the edit
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("period");
    QTest::addColumn<QString>("date");
    QTest::addColumn<bool>("changes"); // the dialog has work to lose
    QTest::newRow("own label") << int(DraftNumbersModel::Label) << u" Widgets  sold "_s
                               << u"Widgets sold"_s << u"Widgets sold"_s << u"2023"_s << u"2023"_s
                               << true;
    QTest::newRow("label emptied")
        << int(DraftNumbersModel::Label) << QString() << u"Widget sales"_s << u"Widget sales"_s
        << u"2023"_s << u"2023"_s << false;
    QTest::newRow("the drafter's label")
        << int(DraftNumbersModel::Label) << u"Widget sales"_s << u"Widget sales"_s
        << u"Widget sales"_s << u"2023"_s << u"2023"_s << false;
    QTest::newRow("quarter") << int(DraftNumbersModel::Period) << u"2023-Q4"_s << u"2023-Q4"_s
                             << u"Widget sales"_s << u"2023-Q4"_s << u"2023-Q4"_s << true;
    QTest::newRow("words, no date")
        << int(DraftNumbersModel::Period) << u"end of 2023"_s << u"end of 2023"_s
        << u"Widget sales"_s << u"end of 2023"_s << QString() << true;
    QTest::newRow("no period") << int(DraftNumbersModel::Period) << QString() << QString()
                               << u"Widget sales"_s << QString() << QString() << true;
}

void DraftDialogTest::labelAndPeriodEdits()
{
    QFETCH(int, column);
    QFETCH(QString, typed);
    QFETCH(QString, shown);
    QFETCH(QString, label);
    QFETCH(QString, period);
    QFETCH(QString, date);
    QFETCH(bool, changes);
    VendorSharesDialog fixture;
    DraftDialog &dialog = fixture.dialog;
    DraftNumbersModel *model = fixture.model;
    const int row = fixture.row();
    QVERIFY(row >= 0);
    // The drafter's label and the finder's period before any edit.
    QCOMPARE(model->index(row, DraftNumbersModel::Label).data().toString(), u"Widget sales"_s);
    QCOMPARE(model->index(row, DraftNumbersModel::Period).data().toString(), u"2023"_s);
    QSignalSpy edited(model, &DraftNumbersModel::numbersEdited);
    QVERIFY(model->setData(model->index(row, column), typed));
    QCOMPARE(edited.size(), changes ? 1 : 0);
    QCOMPARE(model->index(row, column).data().toString(), shown);
    QCOMPARE(dialog.hasWork(), changes);
    const QList<const Metric *> metrics = metricsQuoting(dialog.report(), 1800000);
    QCOMPARE(metrics.size(), 1);
    QCOMPARE(metrics.first()->label.text(), label);
    QCOMPARE(metrics.first()->period.text(), period);
    QCOMPARE(metrics.first()->date ? metrics.first()->date->iso : QString(), date);
    QVERIFY(readsBackValid(dialog.report()));
    // The edit survives finding the numbers again in the same text.
    dialog.findNumbersNow();
    QCOMPARE(model->index(rowOf(*model, u"1.8 million"_s), column).data().toString(), shown);
    QCOMPARE(metricsQuoting(dialog.report(), 1800000).first()->label.text(), label);
}

void DraftDialogTest::refindingKeepsTheUsersWork_data()
{
    // vendor-shares.txt with one edit; the rows selected before (by their words) and those
    // selected after; whether the edited qualifier of 40% (set to "nearly") is kept.
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QStringList>("selectedAfter");
    QTest::addColumn<bool>("kept");
    QTest::newRow("typed after it") << u"units in 2022."_s << u"units in 2022, a record."_s
                                    << QStringList{u"40%"_s, u"1.8 million"_s} << true;
    QTest::newRow("typed before it") << u"Widget market 2024"_s << u"The widget market in 2024"_s
                                     << QStringList{u"40%"_s, u"1.8 million"_s} << true;
    QTest::newRow("same sentence, another number")
        << u"Bolt 25%"_s << u"Bolt 26%"_s << QStringList{u"40%"_s, u"1.8 million"_s} << true;
    QTest::newRow("same sentence, words before it")
        << u"Acme held"_s << u"Acme Corp held"_s << QStringList{u"40%"_s, u"1.8 million"_s} << true;
    QTest::newRow("the number itself")
        << u"40%"_s << u"41%"_s << QStringList{u"1.8 million"_s} << false;
    QTest::newRow("its qualifier words")
        << u"held 40%"_s << u"held about 40%"_s << QStringList{u"1.8 million"_s} << false;
}

void DraftDialogTest::refindingKeepsTheUsersWork()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QStringList, selectedAfter);
    QFETCH(bool, kept);
    DraftDialog dialog;
    const QString text = vendorShares();
    QVERIFY(text.contains(from));
    dialog.setText(text);
    DraftNumbersModel *model = dialog.numbersModel();
    const int share = rowOf(*model, u"40%"_s);
    const int sales = rowOf(*model, u"1.8 million"_s);
    QVERIFY(model->setData(model->index(share, DraftNumbersModel::QualifierColumn), u"nearly"_s));
    QVERIFY(model->setData(model->index(sales, DraftNumbersModel::Use), Qt::Unchecked,
                           Qt::CheckStateRole));
    selectRows(dialog, {share, sales});
    QTableView *view = dialog.numbersView();
    view->selectionModel()->setCurrentIndex(model->index(sales, DraftNumbersModel::Value),
                                            QItemSelectionModel::NoUpdate);

    // Typed in the editor as a user would (the finder runs after the pause).
    QTextCursor cursor(dialog.textEdit()->document());
    cursor.setPosition(int(text.indexOf(from)));
    cursor.setPosition(int(text.indexOf(from) + from.size()), QTextCursor::KeepAnchor);
    dialog.textEdit()->setTextCursor(cursor);
    const int typedAt = cursor.selectionStart();
    dialog.textEdit()->insertPlainText(to);
    const int cursorAfter = dialog.textEdit()->textCursor().position();
    QCOMPARE(cursorAfter, typedAt + int(to.size()));
    dialog.findNumbersNow();

    QStringList selected;
    for (const QModelIndex &index : view->selectionModel()->selectedRows())
        selected << model->numberWords(index.row());
    selected.sort();
    QStringList expected = selectedAfter;
    expected.sort();
    QCOMPARE(selected, expected);
    // Still current, and the text keeps the cursor where the user typed.
    QCOMPARE(model->numberWords(view->currentIndex().row()), u"1.8 million"_s);
    QCOMPARE(dialog.textEdit()->textCursor().position(), cursorAfter);
    // The unticked number stays unticked; the edited one keeps its edit where it is unchanged.
    QCOMPARE(model->isUsed(rowOf(*model, u"1.8 million"_s)), false);
    const QString shareWords = to == u"41%"_s ? u"41%"_s : u"40%"_s;
    const int shareNow = rowOf(*model, shareWords);
    QVERIFY(shareNow >= 0);
    const Qualifier expectedQualifier = kept                      ? Qualifier::Nearly
                                        : to.contains(u"about"_s) ? Qualifier::Approximate
                                                                  : Qualifier::Exact;
    QCOMPARE(int(model->number(shareNow).qualifier), int(expectedQualifier));
}

void DraftDialogTest::figuresFollowTheirNumbersThroughEdits()
{
    DraftDialog dialog;
    const QString text = vendorShares();
    dialog.setText(text);
    DraftNumbersModel *model = dialog.numbersModel();
    dialog.addFigure(ChartKind::Bars, u"Early years"_s,
                     {rowOf(*model, u"1.5 million"_s), rowOf(*model, u"1.8 million"_s)});
    QString sharesId;
    for (const Figure &f : dialog.report().figures) {
        if (f.kind == ChartKind::Shares)
            sharesId = f.id;
    }
    QVERIFY(!sharesId.isEmpty());
    dialog.removeFigure(sharesId);
    // A sentence with two numbers typed above: every row below moves down by two.
    const QString added = u"Widget makers employ 12,000 people in 9 countries.\n"_s;
    const qsizetype at = text.indexOf(u"Acme held"_s);
    QTextCursor cursor(dialog.textEdit()->document());
    cursor.setPosition(int(at));
    cursor.insertText(added);
    dialog.findNumbersNow();
    QCOMPARE(model->rowCount(), 9);
    const Report &report = dialog.report();
    QCOMPARE(dialog.userFigureCount(), 1);
    const Figure &bars = report.figures.first();
    QCOMPARE(bars.title.text(), u"Early years"_s);
    QStringList values;
    for (const Metric *m : report.metricsOf(bars))
        values << QString::number(m->value, 'f', 0);
    QCOMPARE(values, (QStringList{u"1500000"_s, u"1800000"_s}));
    // The removed shares of 40%, 25% and 15% stay removed.
    QVERIFY(std::none_of(report.figures.cbegin(), report.figures.cend(),
                         [](const Figure &f) { return f.kind == ChartKind::Shares; }));
}

void DraftDialogTest::layoutIsRemembered()
{
    QSettings().remove(u"draft"_s);
    QList<int> top, bottom, panes;
    {
        DraftDialog dialog;
        dialog.resize(720, 540); // within the offscreen screen (800 x 600)
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.textNumbersSplitter()->setSizes({300, 650});
        dialog.figuresPreviewSplitter()->setSizes({250, 700});
        dialog.panesSplitter()->setSizes({350, 250});
        top = dialog.textNumbersSplitter()->sizes();
        bottom = dialog.figuresPreviewSplitter()->sizes();
        panes = dialog.panesSplitter()->sizes();
        QVERIFY(top.first() < top.last()); // not the opening's 480 : 720 of 1200
        dialog.reject();                   // no work: closes, and remembers
    }
    DraftDialog again;
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.size(), QSize(720, 540));
    QCOMPARE(again.textNumbersSplitter()->sizes(), top);
    QCOMPARE(again.figuresPreviewSplitter()->sizes(), bottom);
    QCOMPARE(again.panesSplitter()->sizes(), panes);

    // A stored state that would hide a pane is not used.
    QSettings().setValue(u"draft/textNumbers"_s, QByteArray("garbage"));
    DraftDialog third;
    third.show();
    QVERIFY(QTest::qWaitForWindowExposed(&third));
    const QList<int> sizes = third.textNumbersSplitter()->sizes();
    QCOMPARE(sizes.size(), 2);
    QVERIFY(sizes.first() >= 80 && sizes.last() >= 80);
}

void DraftDialogTest::makeFigure_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("rows");
    QTest::addColumn<QString>("title");
    QTest::addColumn<int>("metrics"); // the figure's, derived ones included
    QTest::newRow("tiles") << int(ChartKind::Tiles) << QStringList{u"1.5 million"_s, u"3 million"_s}
                           << u"Sales"_s << 2;
    QTest::newRow("bars") << int(ChartKind::Bars) << QStringList{u"40%"_s, u"25%"_s, u"15%"_s}
                          << u"Vendors"_s << 3;
    QTest::newRow("shares with derived rest")
        << int(ChartKind::Shares) << QStringList{u"40%"_s, u"25%"_s, u"15%"_s} << u"Widget market"_s
        << 4;
    QTest::newRow("part-whole") << int(ChartKind::PartWhole) << QStringList{u"40%"_s}
                                << u"Acme's share"_s << 2;
    QTest::newRow("series") << int(ChartKind::Series)
                            << QStringList{u"1.8 million"_s, u"1.5 million"_s, u"2.1 million"_s}
                            << u"Widget sales"_s << 3;
}

void DraftDialogTest::makeFigure()
{
    QFETCH(int, kind);
    QFETCH(QStringList, rows);
    QFETCH(QString, title);
    QFETCH(int, metrics);
    DraftDialog dialog;
    dialog.setText(vendorShares());
    QList<int> rowNumbers;
    for (const QString &words : std::as_const(rows))
        rowNumbers << rowOf(*dialog.numbersModel(), words);
    QVERIFY(!rowNumbers.contains(-1));
    selectRows(dialog, rowNumbers);
    const int figuresBefore = dialog.figureList()->count();
    MakeFigureDialog *make = dialog.makeFigure();
    QVERIFY(make);
    make->setKind(ChartKind(kind));
    make->setTitle(title);
    QCOMPARE(make->problems(), QStringList());
    QCOMPARE(int(make->figure().kind), kind);
    QVERIFY(make->preview()->chart()); // drawn by the chart code, as it will be
    make->accept();
    const Report &report = dialog.report();
    QCOMPARE(dialog.userFigureCount(), 1);
    const Figure &figure = report.figures.first();
    QCOMPARE(int(figure.kind), kind);
    QCOMPARE(figure.title.text(), title);
    QCOMPARE(figure.metricIds.size(), metrics);
    QVERIFY(readsBackValid(report));
    QCOMPARE(dialog.figureList()->currentRow(), 0);
    QCOMPARE(dialog.preview()->chart() != nullptr, true);
    if (ChartKind(kind) == ChartKind::Series) { // in time order
        QStringList periods;
        for (const Metric *m : report.metricsOf(figure))
            periods << m->period.text();
        QCOMPARE(periods, (QStringList{u"2022"_s, u"2023"_s, u"2024"_s}));
    }
    if (ChartKind(kind) == ChartKind::Shares) { // 100 - 80, derived and said so
        const Metric *rest = report.metric(figure.shares->partIds.last());
        QCOMPARE(int(rest->origin), int(Origin::Derived));
        QCOMPARE(rest->value, 20.0);
        QCOMPARE(rest->derivation.text(), u"100 - 40 - 25 - 15"_s);
    }
    // The numbers it shows are not proposed a second time.
    for (int i = 1; i < report.figures.size(); ++i) {
        for (const QString &id : figure.metricIds)
            QVERIFY(!report.figures.at(i).metricIds.contains(id));
    }
    QVERIFY(dialog.figureList()->count() >= 1);
    Q_UNUSED(figuresBefore);
    // Removing it gives its numbers back to the drafter.
    dialog.removeFigure(figure.id);
    QCOMPARE(dialog.userFigureCount(), 0);
    QCOMPARE(dialog.figureList()->count(), figuresBefore);
}

void DraftDialogTest::makeFigureRefusesWhatCannotBeDrawn()
{
    DraftDialog dialog;
    dialog.setText(vendorShares());
    // Shares of counts: parts of a whole must be percentages.
    selectRows(dialog, {rowOf(*dialog.numbersModel(), u"1.5 million"_s),
                        rowOf(*dialog.numbersModel(), u"1.8 million"_s)});
    MakeFigureDialog *make = dialog.makeFigure();
    QVERIFY(make);
    make->setKind(ChartKind::Shares);
    QVERIFY(!make->problems().isEmpty());
    QVERIFY(!make->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    // Bars of a percentage and a count: one axis holds one unit.
    selectRows(dialog, {rowOf(*dialog.numbersModel(), u"40%"_s),
                        rowOf(*dialog.numbersModel(), u"1.8 million"_s)});
    make = dialog.makeFigure();
    make->setKind(ChartKind::Bars);
    QVERIFY(!make->problems().isEmpty());
    make->setKind(ChartKind::Tiles);
    QCOMPARE(make->problems(), QStringList());
    QVERIFY(make->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    make->reject();
    QCOMPARE(dialog.userFigureCount(), 0);
    // No ticked row selected: nothing to make.
    dialog.numbersView()->clearSelection();
    QCOMPARE(dialog.makeFigure(), nullptr);
}

void DraftDialogTest::removingAProposalKeepsItRemoved()
{
    DraftDialog dialog;
    dialog.setText(vendorShares());
    const auto hasKind = [&](ChartKind kind) {
        return std::any_of(dialog.report().figures.cbegin(), dialog.report().figures.cend(),
                           [&](const Figure &f) { return f.kind == kind; });
    };
    QVERIFY(hasKind(ChartKind::Shares));
    QString sharesId;
    for (const Figure &f : dialog.report().figures) {
        if (f.kind == ChartKind::Shares)
            sharesId = f.id;
    }
    const int figures = dialog.figureList()->count();
    dialog.removeFigure(sharesId);
    QVERIFY(!hasKind(ChartKind::Shares));
    QCOMPARE(dialog.figureList()->count(), figures - 1);
    // Its derived rest went with it; its numbers stay in the pack.
    for (const Metric &m : dialog.report().metrics)
        QCOMPARE(int(m.origin), int(Origin::Stated));
    QCOMPARE(metricsQuoting(dialog.report(), 40).size(), 1);
    // An edit elsewhere drafts again: the removed proposal stays removed.
    DraftNumbersModel *model = dialog.numbersModel();
    QVERIFY(model->setData(
        model->index(rowOf(*model, u"3 million"_s), DraftNumbersModel::QualifierColumn),
        u"approximate"_s));
    QVERIFY(!hasKind(ChartKind::Shares));
}

void DraftDialogTest::opensSources_data()
{
    // The values of each file's hand-written .labels (LINE, VALUE, UNIT, QUALIFIER).
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("labels");
    QTest::newRow("html") << u"numbers/html-article.html"_s << u"numbers/html-article.labels"_s;
    QTest::newRow("markdown table")
        << u"numbers/market-share.md"_s << u"numbers/market-share.labels"_s;
    QTest::newRow("pdf") << QString() << QString(); // written here, see below
}

void DraftDialogTest::opensSources()
{
    QFETCH(QString, file);
    QFETCH(QString, labels);
    QTemporaryDir dir;
    QString path = QStringLiteral(FIGDECK_TEST_DATA "/") + file;
    QStringList expected;
    if (file.isEmpty()) {
        // A one-page PDF with one sentence, read back through Poppler.
        path = dir.filePath(u"note.pdf"_s);
        {
            QPdfWriter pdf(path);
            QPainter painter(&pdf);
            QFont font = painter.font();
            font.setPointSize(12);
            painter.setFont(font);
            painter.drawText(QPointF(500, 1000), u"Acme held 40% of the widget market."_s);
        }
        expected << u"40\tpercent\texact"_s;
    } else {
        const QStringList lines = readText(QStringLiteral(FIGDECK_TEST_DATA "/") + labels)
                                      .split(u'\n', Qt::SkipEmptyParts);
        for (const QString &line : lines)
            expected << line.section(u'\t', 1);
    }
    DraftDialog dialog;
    QVERIFY2(dialog.openSource(path), qPrintable(dialog.messageText()));
    const DraftNumbersModel *model = dialog.numbersModel();
    QStringList listed;
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (int column : {int(DraftNumbersModel::Value), int(DraftNumbersModel::UnitColumn),
                           int(DraftNumbersModel::QualifierColumn)})
            cells << model->index(row, column).data(Qt::EditRole).toString();
        listed << cells.join(u'\t');
    }
    QCOMPARE(listed, expected);
    // Every row's number is where the row says in the text, selected with its phrase.
    for (int row = 0; row < model->rowCount(); ++row) {
        dialog.numbersView()->setCurrentIndex(model->index(row, DraftNumbersModel::Value));
        const QString selected = dialog.textEdit()->textCursor().selectedText();
        QCOMPARE(selected, model->phraseWords(row));
        QVERIFY2(selected.contains(model->numberWords(row)), qPrintable(selected));
    }
    QVERIFY(readsBackValid(dialog.report()));
}

void DraftDialogTest::figuresMadeHereOutliveTheirNumbers()
{
    DraftDialog dialog;
    dialog.setText(vendorShares());
    DraftNumbersModel *model = dialog.numbersModel();
    const int first = rowOf(*model, u"3 million"_s);
    dialog.addFigure(ChartKind::Tiles, u"Outlook"_s, {first});
    dialog.addFigure(ChartKind::Bars, u"Early years"_s,
                     {rowOf(*model, u"1.5 million"_s), rowOf(*model, u"1.8 million"_s)});
    QCOMPARE(dialog.userFigureCount(), 2);
    // Unticking the first figure's only number takes it out of the pack, not out of the dialog.
    QVERIFY(model->setData(model->index(first, DraftNumbersModel::Use), Qt::Unchecked,
                           Qt::CheckStateRole));
    QCOMPARE(dialog.userFigureCount(), 1);
    const Figure bars = dialog.report().figures.first();
    QCOMPARE(bars.title.text(), u"Early years"_s);
    QVERIFY(dialog.figureList()->item(0)->text().endsWith(u", made here"_s));
    QVERIFY(dialog.figureList()->item(1)->text().endsWith(u", proposed"_s));
    // Removing the figure shown removes that one.
    dialog.removeFigure(bars.id);
    QCOMPARE(dialog.userFigureCount(), 0);
    QVERIFY(model->setData(model->index(first, DraftNumbersModel::Use), Qt::Checked,
                           Qt::CheckStateRole));
    QCOMPARE(dialog.userFigureCount(), 1);
    QCOMPARE(dialog.report().figures.first().title.text(), u"Outlook"_s);
}

void DraftDialogTest::openSourceErrorsInOneLine_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes"); // empty name: the file is not there
    QTest::newRow("missing") << u"missing.txt"_s << QByteArray();
    QTest::newRow("empty") << u"empty.txt"_s << QByteArray("");
    QTest::newRow("damaged pdf") << u"broken.pdf"_s << QByteArray("%PDF-1.4\nnot a pdf at all");
}

void DraftDialogTest::openSourceErrorsInOneLine()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    if (name != u"missing.txt"_s) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    DraftDialog dialog;
    dialog.setText(vendorShares());
    const QString before = dialog.textEdit()->toPlainText();
    QVERIFY(!dialog.openSource(path));
    QVERIFY(!dialog.messageText().isEmpty());
    QVERIFY(!dialog.messageText().contains(u'\n'));
    // Nothing lost: the text and its numbers stay.
    QCOMPARE(dialog.textEdit()->toPlainText(), before);
    QCOMPARE(dialog.numbersModel()->rowCount(), 7);
}

void DraftDialogTest::invalidPackIsNotSaved()
{
    DraftDialog dialog;
    dialog.setText(vendorShares());
    const QStringList ids = [&] {
        QStringList out;
        for (const Figure &f : dialog.report().figures)
            out << f.id;
        return out;
    }();
    for (const QString &id : ids)
        dialog.removeFigure(id);
    QCOMPARE(dialog.report().figures.size(), 0);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"draft.figdeck.json"_s);
    QSignalSpy saved(&dialog, &DraftDialog::packSaved);
    QVERIFY(!dialog.saveTo(path));
    QCOMPARE(saved.size(), 0);
    QVERIFY(!QFile::exists(path));
    // Located as the loader locates them: FILE:LINE:COL: error: ...
    QVERIFY(!dialog.saveProblems().isEmpty());
    QVERIFY2(dialog.saveProblems().first().startsWith(path + u':'),
             qPrintable(dialog.saveProblems().first()));
    QVERIFY(dialog.saveProblems().first().contains(u"error"_s));
    QVERIFY(!dialog.messageText().isEmpty());
    // A figure made: the refusal is past, and the pack saves.
    dialog.addFigure(ChartKind::Tiles, u"Widgets"_s, {0, 1});
    QVERIFY(dialog.messageText().isEmpty());
    QVERIFY(dialog.saveTo(path));
    QCOMPARE(saved.size(), 1);
    QVERIFY(loadReportPack(path).ok());
}

void DraftDialogTest::saveOpensThePackInTheMainWindow()
{
    MainWindow window;
    window.setQuietErrors(true);
    QAction *action = window.findChild<QAction *>(u"newFromTextAction"_s);
    QVERIFY(action);
    action->trigger();
    auto *dialog = window.findChild<DraftDialog *>();
    QVERIFY(dialog);
    dialog->setText(vendorShares(), u"vendor-shares.txt"_s);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"vendors.figdeck.json"_s);
    QVERIFY(dialog->isVisible());
    const qsizetype figures = dialog->report().figures.size();
    QSignalSpy saved(dialog, &DraftDialog::packSaved);
    QVERIFY(dialog->saveTo(path));
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().first().toString(), path);
    QVERIFY(!dialog->isVisible()); // saved and closed
    // The main window opened it through its document, as File > Open does.
    QCOMPARE(window.document()->filePath(), path);
    QCOMPARE(window.report().title.text(),
             u"Widget market 2024 (invented data for the draft test)"_s);
    QCOMPARE(window.report().figures.size(), figures);
    QVERIFY(!window.document()->isModified());
    // And the command line's validator accepts the file.
    QProcess validate;
    validate.start(QStringLiteral(FIGDECK_BINARY), {u"--validate"_s, path});
    QVERIFY(validate.waitForFinished(60000));
    QCOMPARE(validate.exitCode(), 0);
}

void DraftDialogTest::closingWithWorkAsks()
{
    DraftDialog dialog;
    int asked = 0;
    bool discard = false;
    dialog.setDiscardHook([&] {
        ++asked;
        return discard;
    });
    dialog.setText(vendorShares());
    dialog.show();
    // A pasted text alone is no work: it closes at once.
    dialog.reject();
    QCOMPARE(asked, 0);
    QVERIFY(!dialog.isVisible());
    dialog.show();
    DraftNumbersModel *model = dialog.numbersModel();
    QVERIFY(
        model->setData(model->index(0, DraftNumbersModel::Use), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(dialog.hasWork());
    dialog.reject(); // Cancel: the dialog stays
    QCOMPARE(asked, 1);
    QVERIFY(dialog.isVisible());
    discard = true;
    dialog.reject();
    QCOMPARE(asked, 2);
    QVERIFY(!dialog.isVisible());
}

// A period typed for a number: a date of the format gives the metric its date, words and ranges
// are the period's text, and what reads as a date but is none is marked at its cell, says why
// (there and under the table) and keeps the user's text.
void DraftDialogTest::periodsAreCheckedAtTheCell_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("date"); // the metric's, as the pack then has it
    QTest::addColumn<QString>("why");  // the reason given, empty when the period is fine
    auto row = [](const char *name, const char *typed, const char *date, const char *why) {
        QTest::newRow(name) << QString::fromUtf8(typed) << QString::fromUtf8(date)
                            << QString::fromUtf8(why);
    };
    row("year", "2023", "2023", "");
    row("quarter", "2023-Q4", "2023-Q4", "");
    row("month", "2023-05", "2023-05", "");
    row("day", "2023-05-31", "2023-05-31", "");
    row("words", "2022 to 2023", "", "");
    row("range", "2026/2030", "", "");
    row("year range with a dash", "2022-2023", "", "");
    row("month 13", "2023-13", "", "there is no month 13 (months are 01 to 12).");
    row("quarter 5", "2023-Q5", "", "there is no quarter 5 (quarters are Q1 to Q4).");
    row("half-year", "2023-H2", "2023-H2", "");
    row("half-year in words", "H1 2023", "2023-H1", "");
    row("half-year in Chinese", "2023年下半年", "2023-H2", "");
    row("half-year 3", "2023-H3", "", "there is no half-year 3 (half-years are H1 and H2).");
    row("half-year 0", "2023-H0", "", "there is no half-year 0 (half-years are H1 and H2).");
    row("30 February", "2023-02-30", "", "2023-02 has no day 30.");
    row("month of one digit", "2023-5", "", "it is not written as the format writes dates.");
    row("month first", "05/2023", "", "it is not written as the format writes dates.");
    row("three digits", "202", "", "a year has four digits.");
    row("first months", "2023-01/08", "2023-01/08", "");
    row("months from March", "2023-03/08", "2023-03/08", "");
    row("a quarter's months", "2023-07/09", "",
        "the three months of a quarter are written as the quarter (2023-Q3).");
    row("July to December", "2023-07/12", "",
        "July to December is the second half-year (2023-H2).");
    row("months backwards", "2023-08/03", "",
        "months of a year run from a month to a later one of the same year, 01 to 12 (2023-03/08: "
        "March to August).");
    row("January to December", "2023-01/12", "",
        "the first months of a year end in a month from February (02) to November (11); January "
        "alone is 2023-01, January to December the year 2023.");
}

void DraftDialogTest::periodsAreCheckedAtTheCell()
{
    QFETCH(QString, typed);
    QFETCH(QString, date);
    QFETCH(QString, why);
    VendorSharesDialog fixture;
    DraftDialog &dialog = fixture.dialog;
    QVERIFY(fixture.row() >= 0);
    const QModelIndex cell = fixture.model->index(fixture.row(), DraftNumbersModel::Period);
    QVERIFY(fixture.model->setData(cell, typed));
    // The user's text stays, a date or not.
    QCOMPARE(cell.data().toString(), typed);
    QCOMPARE(cell.data(Qt::EditRole).toString(), typed);
    const QString problem = cell.data(DraftNumbersModel::ProblemRole).toString();
    const QString format =
        u"Type a year (2023), a half-year (2023-H2), a quarter (2023-Q4), the first months of a "
        u"year (2023-01/08: January to August), other months of a year (2023-03/08: March to "
        u"August), a month (2023-05) or a day (2023-05-31); words such as “2022 to 2023” are "
        u"kept as the period's text, with no date."_s;
    if (why.isEmpty()) {
        QCOMPARE(problem, QString());
        QVERIFY(!cell.data(Qt::BackgroundRole).isValid());
        QCOMPARE(dialog.messageText(), QString());
    } else {
        const QString expected = u"“"_s + typed + u"” is not a date: "_s + why + u' ' + format;
        QCOMPARE(problem, expected);
        QVERIFY(cell.data(Qt::BackgroundRole).value<QBrush>().style() != Qt::NoBrush);
        // As the tip reads: its text, in lines (joined here) of a readable width; a line may
        // end after the hyphen of "half-year".
        QTextDocument tip;
        tip.setHtml(cell.data(Qt::ToolTipRole).toString());
        QCOMPARE(tip.toPlainText().replace(u"-\n"_s, u"-"_s).replace(u'\n', u' '), expected);
        QCOMPARE(dialog.messageText(), u"Line 5: "_s + expected);
    }
    const QList<const Metric *> metrics = metricsQuoting(dialog.report(), 1800000);
    QCOMPARE(metrics.size(), 1);
    QCOMPARE(metrics.first()->period.text(), typed);
    QCOMPARE(metrics.first()->date ? metrics.first()->date->iso : QString(), date);
    QVERIFY(readsBackValid(dialog.report()));
}

void DraftDialogTest::relativePeriodsAreFlagged_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("words");    // the number's words in the text
    QTest::addColumn<int>("line");         // its line
    QTest::addColumn<QString>("relative"); // the words its period was named by; empty: none
    QTest::addColumn<QString>("typed");    // the period the user types
    QTest::addColumn<QString>("next");     // the message after that, empty for none
    const auto why = [](const char *words) -> QString {
        return u"“"_s + QString::fromUtf8(words) +
               u"” names a period from the text's own date, and the text gives no date (no "
               u"dateline such as “Published: 12 August 2025” at its top): the period was left "
               u"empty rather than guessed. Type the period of this number, or add the date to "
               u"the text."_s;
    };
    QTest::newRow("en year, no dateline")
        << u"periods/relative-years-undated-en.txt"_s << u"3 billion"_s << 3 << u"last year"_s
        << u"2024"_s << u"Line 3: "_s + why("next year");
    QTest::newRow("zh year, no dateline")
        << u"periods/relative-years-undated-zh.txt"_s << u"120亿元"_s << 3 << u"去年"_s << u"2024"_s
        << u"Line 3: "_s + why("今年");
    QTest::newRow("zh half, no dateline")
        << u"periods/relative-halves-undated.txt"_s << u"4120亿元"_s << 3 << u"今年上半年"_s
        << u"2025-H1"_s << u"Line 3: "_s + why("今年上半年");
    QTest::newRow("zh quarter, no dateline")
        << u"periods/quarters-undated-zh.txt"_s << u"1.2万"_s << 3 << u"今年一季度"_s
        << u"2025-Q1"_s << u"Line 3: "_s + why("去年第四季度");
    // Under a dateline the period is the dateline's year: nothing to flag.
    QTest::newRow("en year, dateline") << u"periods/relative-years-en.txt"_s << u"3 billion"_s << 4
                                       << QString() << u"2025"_s << QString();
}

// A number whose period the text names from a date it does not give ("last year", "今年上半
// 年") is flagged in the table as a wrong period is: its period cell tinted, a tip saying which
// words and that the text has no dateline, and the line under the panes; once the user types
// its period, the flag moves on to the next such number, and the pack has that period.
void DraftDialogTest::relativePeriodsAreFlagged()
{
    QFETCH(QString, file);
    QFETCH(QString, words);
    QFETCH(int, line);
    QFETCH(QString, relative);
    QFETCH(QString, typed);
    QFETCH(QString, next);
    const QString path = QStringLiteral(FIGDECK_TEST_DATA "/") + file;
    DraftDialog dialog;
    QAbstractItemModelTester tester{dialog.numbersModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest};
    dialog.setText(readText(path), path);
    DraftNumbersModel *model = dialog.numbersModel();
    const int row = rowOf(*model, words);
    QVERIFY(row >= 0);
    QCOMPARE(model->number(row).line, line);
    const QModelIndex cell = model->index(row, DraftNumbersModel::Period);
    const QString problem = cell.data(DraftNumbersModel::ProblemRole).toString();
    if (relative.isEmpty()) {
        QCOMPARE(problem, QString());
        QVERIFY(!cell.data(Qt::BackgroundRole).isValid());
        QCOMPARE(cell.data().toString(), typed);
        QCOMPARE(dialog.messageText(), QString());
        return;
    }
    const QString expected =
        u"“"_s + relative +
        u"” names a period from the text's own date, and the text gives no date (no dateline "
        u"such as “Published: 12 August 2025” at its top): the period was left empty rather "
        u"than guessed. Type the period of this number, or add the date to the text."_s;
    QCOMPARE(cell.data().toString(), QString());
    QCOMPARE(problem, expected);
    QVERIFY(cell.data(Qt::BackgroundRole).value<QBrush>().style() != Qt::NoBrush);
    QTextDocument tip;
    tip.setHtml(cell.data(Qt::ToolTipRole).toString());
    QCOMPARE(tip.toPlainText().replace(u'\n', u' '), expected);
    QCOMPARE(dialog.messageText(), u"Line "_s + QString::number(line) + u": "_s + expected);

    // The user gives the period: the flag goes, the pack has it.
    QSignalSpy edited(model, &DraftNumbersModel::numbersEdited);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    QVERIFY(model->setData(cell, typed));
    QCOMPARE(edited.count(), 1);
    QVERIFY(!changed.isEmpty());
    const QModelIndex first = changed.constFirst().at(0).toModelIndex();
    const QModelIndex last = changed.constFirst().at(1).toModelIndex();
    QVERIFY(first.row() <= row && last.row() >= row && first.column() <= int(cell.column()) &&
            last.column() >= int(cell.column()));
    QCOMPARE(cell.data(DraftNumbersModel::ProblemRole).toString(), QString());
    QVERIFY(!cell.data(Qt::BackgroundRole).isValid());
    QCOMPARE(dialog.messageText(), next);
    const Metric *metric = nullptr;
    for (const Metric &m : dialog.report().metrics) {
        if (m.origin == Origin::Stated && m.quote == model->number(row).quote &&
            m.value == model->number(row).value)
            metric = &m;
    }
    QVERIFY(metric);
    QCOMPARE(metric->period.text(), typed);
    QVERIFY(readsBackValid(dialog.report()));
}

void DraftDialogTest::pastingWhatTheClipboardOffers_data()
{
    QTest::addColumn<QStringList>("formats"); // what the clipboard offers: none, or text
    QTest::addColumn<QString>("text");        // the source pane's text after Ctrl+V
    QTest::addColumn<int>("numbers");         // the numbers found in it
    const QString pasted = u"Revenue was $5 billion in 2024."_s;
    // An X clipboard whose owner offers nothing reads as a QMimeData of no format.
    QTest::newRow("nothing") << QStringList() << QString() << 0;
    QTest::newRow("text") << QStringList{u"text/plain"_s} << pasted << 1;
}

// Ctrl+V in the source pane pastes what the clipboard offers; a clipboard that offers nothing
// pastes nothing, and the dialog (with the user's work in it) stays (Qt 6.4's QPlainTextEdit
// crashed on it).
void DraftDialogTest::pastingWhatTheClipboardOffers()
{
    QFETCH(QStringList, formats);
    QFETCH(QString, text);
    QFETCH(int, numbers);
    auto *data = new QMimeData;
    if (formats.contains(u"text/plain"_s))
        data->setText(u"Revenue was $5 billion in 2024."_s);
    QGuiApplication::clipboard()->setMimeData(data);
    DraftDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QPlainTextEdit *edit = dialog.textEdit();
    edit->setFocus();
    QSignalSpy changed(edit, &QPlainTextEdit::textChanged);
    QTest::keyClick(edit, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(edit->toPlainText(), text);
    QCOMPARE(changed.isEmpty(), text.isEmpty());
    dialog.findNumbersNow();
    QCOMPARE(dialog.numbersModel()->rowCount(), numbers);
    QGuiApplication::clipboard()->clear();
}

void DraftDialogTest::periodColumnHasRoomForAPeriod_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("anyPeriod"); // whether the drafter found a period for any number
    QTest::newRow("no number has a period") << u"draft/no-periods.txt"_s << false;
    QTest::newRow("numbers with periods") << u"draft/vendor-shares.txt"_s << true;
}

// However few periods the drafter found, the Period column is wide enough to read the form a
// period is typed in ("2024-H2", "2024-Q3", "H2 2024") in the table's font, and its header.
void DraftDialogTest::periodColumnHasRoomForAPeriod()
{
    QFETCH(QString, file);
    QFETCH(bool, anyPeriod);
    DraftDialog dialog;
    dialog.setText(readText(QStringLiteral(FIGDECK_TEST_DATA "/") + file));
    DraftNumbersModel *model = dialog.numbersModel();
    QVERIFY(model->rowCount() >= 3);
    bool found = false;
    for (int row = 0; row < model->rowCount(); ++row)
        found = found || !model->index(row, DraftNumbersModel::Period).data().toString().isEmpty();
    QCOMPARE(found, anyPeriod);
    QTableView *table = dialog.numbersView();
    const QFontMetrics metrics(table->font());
    int widest = metrics.horizontalAdvance(u"Period"_s);
    for (const QString &period : {u"2024-H2"_s, u"2024-Q3"_s, u"H2 2024"_s})
        widest = std::max(widest, metrics.horizontalAdvance(period));
    const int width = table->columnWidth(DraftNumbersModel::Period);
    QVERIFY2(width >= widest + 8,
             qPrintable(QStringLiteral("%1 px for %2 px of text").arg(width).arg(widest)));
}

QTEST_MAIN(DraftDialogTest)
#include "tst_draftdialog.moc"
