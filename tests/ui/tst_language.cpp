// SPDX-License-Identifier: GPL-3.0-or-later
// The window in each offered language: the report's texts in it (figure list, narrative), the
// quotes verbatim in the source's English, and the choice remembered on close.
#include "datatablemodel.h"
#include "figureexport.h"
#include "figurelistmodel.h"
#include "figureview.h"
#include "format.h"
#include "interfacelanguage.h"
#include "mainwindow.h"
#include "narrativepane.h"
#include "reportdocument.h"

#include <QListView>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <optional>

using namespace Figdeck;

class TestLanguage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }
    void init() { QSettings().clear(); }
    void cleanup() { useInterfaceLanguage(QStringLiteral("en")); }

    void reportTextsInLanguage_data()
    {
        QTest::addColumn<QString>("uiLanguage");
        QTest::addColumn<QString>("reportLanguage");
        QTest::addColumn<QString>("firstFigureTitle");
        QTest::addColumn<QString>("sectionTitle");
        QTest::newRow("en") << QStringLiteral("en") << QString()
                            << QStringLiteral("China's AI industry at a glance")
                            << QStringLiteral("A dual-engine industry structure");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("zh-Hans")
                               << QStringLiteral("中国人工智能产业概览")
                               << QStringLiteral("双引擎产业结构");
    }

    void reportTextsInLanguage()
    {
        QFETCH(QString, uiLanguage);
        QFETCH(QString, reportLanguage);
        QFETCH(QString, firstFigureTitle);
        QFETCH(QString, sectionTitle);
        MainWindow w;
        w.setLanguage(uiLanguage, reportLanguage);
        QVERIFY(w.selectFigure(QStringLiteral("headline")));
        auto *list = w.findChild<QListView *>(QStringLiteral("figureList"));
        QVERIFY(list);
        QCOMPARE(list->model()->index(0, 0).data().toString(), firstFigureTitle);
        const QString narrative = w.findChild<NarrativePane *>()->toPlainText();
        QVERIFY2(narrative.contains(firstFigureTitle), qPrintable(narrative));
        QVERIFY2(narrative.contains(sectionTitle), qPrintable(narrative));
        // The source is English: its words are quoted as written, in every language.
        QVERIFY2(narrative.contains(
                     QLatin1String("the number of AI enterprises in China had surpassed 6,000")),
                 qPrintable(narrative));
        w.close();
        QCOMPARE(QSettings().value(QStringLiteral("view/language")).toString(), uiLanguage);
    }

    // A start opens the report named on the command line (never the embedded one first), already
    // in the language chosen: the first paint shows what the user asked for.
    void startupOpensTheNamedReportInItsLanguage_data()
    {
        QTest::addColumn<QString>("uiLanguage");
        QTest::addColumn<QString>("secondFigureTitle");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Counts");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("数量");
    }
    void startupOpensTheNamedReportInItsLanguage()
    {
        QFETCH(QString, uiLanguage);
        QFETCH(QString, secondFigureTitle);
        const QString path = QStringLiteral(FIGDECK_TEST_DATA "/model/good/minimal.figdeck.json");
        MainWindow w({uiLanguage, path});
        QCOMPARE(w.document()->filePath(), path);
        QCOMPARE(w.document()->viewLanguage(), reportLanguageFor(uiLanguage));
        QVERIFY(!w.document()->undoStack()->canUndo());
        auto *list = w.findChild<QListView *>(QStringLiteral("figureList"));
        QVERIFY(list);
        QCOMPARE(list->model()->index(1, 0).data().toString(), secondFigureTitle);
        QVERIFY(w.findChild<NarrativePane *>()->toPlainText().contains(QLatin1String("A leads.")));
    }

    // Switching in the window changes the shown texts at once, without reopening the report.
    void switchingIsLive()
    {
        MainWindow w;
        w.setLanguage(QStringLiteral("en"), QString());
        QVERIFY(w.selectFigure(QStringLiteral("layer-shares")));
        auto *pane = w.findChild<NarrativePane *>();
        QVERIFY(pane->toPlainText().contains(QLatin1String("Core-industry companies by layer")));
        w.setLanguage(QStringLiteral("zh_CN"), QStringLiteral("zh-Hans"));
        QVERIFY(pane->toPlainText().contains(QStringLiteral("核心产业企业的分层构成")));
    }

    // Figdeck's own words inside a report (number forms, scale words, qualifier signs) are in
    // the language of the report's texts, whatever the interface's: an English pack under the
    // Chinese interface reads "2.5 million+" beside "New jobs", never "250万+", and a Chinese
    // pack under the English interface keeps its 万 and 万亿. The interface, and what it says
    // about an export, stays in the interface language.
    void figdeckWordsFollowTheReportTexts_data()
    {
        QTest::addColumn<QString>("uiLanguage");
        QTest::addColumn<QString>("pack");
        QTest::addColumn<QStringList>("values"); // the data table's Value column, in pack order
        QTest::addColumn<QString>("valueHeader");
        QTest::addColumn<QString>("exportError");
        QTest::addColumn<QString>("facts"); // the narrative's line under the exact number
        const QStringList english{QStringLiteral("2.5 million+"), QStringLiteral("≈ €59 billion"),
                                  QStringLiteral("1,200")};
        const QStringList chinese{QStringLiteral("2,500万+"), QStringLiteral("≈ ¥1.2万亿"),
                                  QStringLiteral("1,200")};
        const QString englishError = QStringLiteral("Figure id 'nope' is unknown.");
        const QString chineseError = QStringLiteral("图表 ID“nope”未知。");
        QTest::newRow("English pack, English interface")
            << QStringLiteral("en") << QStringLiteral("text-language-en") << english
            << QStringLiteral("Value") << englishError
            << QStringLiteral("exact as stated · stated");
        QTest::newRow("English pack, Chinese interface")
            << QStringLiteral("zh_CN") << QStringLiteral("text-language-en") << english
            << QStringLiteral("数值") << chineseError << QStringLiteral("exact as stated · stated");
        QTest::newRow("Chinese pack, English interface")
            << QStringLiteral("en") << QStringLiteral("text-language-zh") << chinese
            << QStringLiteral("Value") << englishError << QStringLiteral("与原文一致 · 原文所述");
        QTest::newRow("Chinese pack, Chinese interface")
            << QStringLiteral("zh_CN") << QStringLiteral("text-language-zh") << chinese
            << QStringLiteral("数值") << chineseError << QStringLiteral("与原文一致 · 原文所述");
    }
    void figdeckWordsFollowTheReportTexts()
    {
        QFETCH(QString, uiLanguage);
        QFETCH(QString, pack);
        QFETCH(QStringList, values);
        QFETCH(QString, valueHeader);
        QFETCH(QString, exportError);
        QFETCH(QString, facts);
        useInterfaceLanguage(uiLanguage);
        const QString path = QStringLiteral(FIGDECK_TEST_DATA "/ui/%1.figdeck.json").arg(pack);
        MainWindow w({uiLanguage, path});
        QCOMPARE(w.document()->filePath(), path);
        w.setDataTableVisible(true);
        auto *table = w.findChild<QTableView *>(QStringLiteral("dataTable"));
        QVERIFY(table);
        const QAbstractItemModel *model = table->model();
        QCOMPARE(model->headerData(DataTableModel::Value, Qt::Horizontal).toString(), valueHeader);
        QStringList shown;
        for (int row = 0; row < model->rowCount(); ++row)
            shown << model->index(row, DataTableModel::Value).data().toString();
        QCOMPARE(shown, values);
        // The chart says the same numbers in the same words.
        const QString description = w.findChild<FigureView *>()->accessibleDescription();
        for (const QString &value : std::as_const(values))
            QVERIFY2(description.contains(value), qPrintable(description));
        // The narrative says what each number is in the same words.
        const QString narrative = w.findChild<NarrativePane *>()->toPlainText();
        QVERIFY2(narrative.contains(facts), qPrintable(narrative));

        // Told in the interface language, while the report's words stay in its own.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const BatchResult batch = exportFigures(w.document()->report(), {QStringLiteral("nope")},
                                                {ExportFormat::Png}, ExportOptions(), dir.path());
        QCOMPARE(batch.error, exportError);
        QCOMPARE(model->index(0, DataTableModel::Value).data().toString(), values.constFirst());
    }

    // With no window showing a report, Figdeck's words are the interface's again.
    void interfaceWordsWithoutAWindow()
    {
        useInterfaceLanguage(QStringLiteral("zh_CN"));
        std::optional<Report> report;
        {
            MainWindow w({QStringLiteral("zh_CN"),
                          QStringLiteral(FIGDECK_TEST_DATA "/ui/text-language-en.figdeck.json")});
            report = w.document()->report();
            QCOMPARE(formatValue(*report->metric(QStringLiteral("jobs"))),
                     QStringLiteral("2.5 million+"));
            // A period's name too, with no language given.
            QCOMPARE(formatPeriodDate(*PeriodDate::parse(QStringLiteral("2025-Q3"))),
                     QStringLiteral("Q3 2025"));
        }
        QCOMPARE(formatValue(*report->metric(QStringLiteral("jobs"))), QStringLiteral("250万+"));
        QCOMPARE(formatPeriodDate(*PeriodDate::parse(QStringLiteral("2025-Q3"))),
                 QStringLiteral("2025年第三季度"));
    }

    // View > Language offers exactly the languages --lang takes, each named in itself, and
    // choosing one shows the report in that language's pack texts.
    void menuOffersTheTableLanguages()
    {
        MainWindow w;
        QMenu *menu = nullptr;
        for (QMenu *m : w.findChildren<QMenu *>()) {
            if (m->title().remove(u'&') == QLatin1String("Language"))
                menu = m;
        }
        QVERIFY(menu);
        const QList<QAction *> actions = menu->actions();
        QCOMPARE(actions.size(), 2);
        QCOMPARE(actions.at(0)->text(), QStringLiteral("English"));
        QCOMPARE(actions.at(1)->text(), QStringLiteral("简体中文"));
        const QStringList expected{QStringLiteral("en"), QStringLiteral("zh-Hans")};
        for (int i = 0; i < actions.size(); ++i) {
            actions.at(i)->trigger();
            QVERIFY(actions.at(i)->isChecked());
            QCOMPARE(w.document()->viewLanguage(), expected.at(i));
        }
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
