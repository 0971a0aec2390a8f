// SPDX-License-Identifier: GPL-3.0-or-later
// The window in each offered language: the report's texts in it (figure list, narrative), the
// quotes verbatim in the source's English, and the choice remembered on close.
#include "figurelistmodel.h"
#include "mainwindow.h"
#include "narrativepane.h"
#include "reportdocument.h"

#include <QListView>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

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
