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
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QListWidget>
#include <QPainter>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
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
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("first line") << u"40%"_s
                                << u"Acme held 40% of the widget market in 2024, Bolt 25% and "
                                   u"Crane 15%."_s;
    QTest::newRow("mid sentence") << u"15%"_s
                                  << u"Acme held 40% of the widget market in 2024, Bolt 25% "
                                     u"and Crane 15%."_s;
    QTest::newRow("with qualifier")
        << u"2.1 million"_s << u"Widget sales reached over 2.1 million units in 2024."_s;
    QTest::newRow("last line") << u"3 million"_s
                               << u"Sales are expected to reach 3 million units by 2030."_s;
}

void DraftDialogTest::clickingARowSelectsItsNumber()
{
    QFETCH(QString, words);
    QFETCH(QString, sentence);
    DraftDialog dialog;
    dialog.setText(vendorShares());
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
    QCOMPARE(cursor.selectedText(), words);
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
    QTest::newRow("base units") << u"1850000"_s << true << 1850000.0;
    QTest::newRow("grouped") << u"1,850,000"_s << true << 1850000.0;
    QTest::newRow("scale word") << u"1.85 million"_s << true << 1850000.0;
    QTest::newRow("short scale") << u"1.85m"_s << true << 1850000.0;
    QTest::newRow("not a number") << u"lots"_s << false << 1800000.0;
    QTest::newRow("two numbers") << u"1.8 or 1.9 million"_s << false << 1800000.0;
    QTest::newRow("empty") << QString() << false << 1800000.0;
}

void DraftDialogTest::valueEdits()
{
    QFETCH(QString, typed);
    QFETCH(bool, accepted);
    QFETCH(double, value);
    DraftDialog dialog;
    dialog.setText(vendorShares());
    DraftNumbersModel *model = dialog.numbersModel();
    const int row = rowOf(*model, u"1.8 million"_s);
    QSignalSpy edited(model, &DraftNumbersModel::numbersEdited);
    QCOMPARE(model->setData(model->index(row, DraftNumbersModel::Value), typed), accepted);
    QCOMPARE(edited.size(), accepted ? 1 : 0);
    QCOMPARE(model->number(row).value, value);
    QCOMPARE(metricsQuoting(dialog.report(), value).size(), 1);
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
    QVERIFY(!model->index(0, DraftNumbersModel::Period).flags().testFlag(Qt::ItemIsEditable));
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
    // Every row's number is where the row says in the text.
    for (int row = 0; row < model->rowCount(); ++row) {
        dialog.numbersView()->setCurrentIndex(model->index(row, DraftNumbersModel::Value));
        QCOMPARE(dialog.textEdit()->textCursor().selectedText(), model->numberWords(row));
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

QTEST_MAIN(DraftDialogTest)
#include "tst_draftdialog.moc"
