// SPDX-License-Identifier: GPL-3.0-or-later
// What a presenter meets in the first ten minutes: Help > User Guide and Keyboard Shortcuts,
// figure actions that say when they can do nothing, visible status messages, files that fail
// to open told in the user's words, warnings, the source link, the dark theme, the toolbar.
#include "datatablemodel.h"
#include "editorchoices.h"
#include "exportcontroller.h"
#include "format.h"
#include "helpdialogs.h"
#include "mainwindow.h"
#include "narrativepane.h"
#include "reportdocument.h"
#include "reportloader.h"
#include "wcag.h"

#include <QAbstractItemModelTester>
#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QFile>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>

using namespace Figdeck;

namespace {

QString readGuide(const QString &resource)
{
    QFile file(resource);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QAction *actionNamed(const QWidget &window, const QString &text)
{
    const QList<QAction *> actions = window.findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->text().remove(QLatin1Char('&')) == text)
            return action;
    }
    return nullptr;
}

class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public slots:
    void open(const QUrl &url) { opened << url; }
};

} // namespace

class TestEverydayUi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // Its own settings file: tst_mainwindow, run in parallel, checks when its file is
        // written.
        QCoreApplication::setApplicationName(QStringLiteral("figdeck-tst_everydayui"));
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void guideForLanguage_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("resource");
        QTest::newRow("en") << QLocale(QLocale::English) << QStringLiteral(":/guide/guide_en.html");
        QTest::newRow("zh_CN") << QLocale(QLocale::Chinese, QLocale::China)
                               << QStringLiteral(":/guide/guide_zh_CN.html");
        QTest::newRow("de falls back to en")
            << QLocale(QLocale::German) << QStringLiteral(":/guide/guide_en.html");
    }
    void guideForLanguage()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, resource);
        QCOMPARE(UserGuideDialog::guideResource(locale), resource);
        QVERIFY(!readGuide(resource).isEmpty());
    }

    // The guide shows qualified numbers exactly as Figdeck writes them (the embedded report's
    // own values through the formatter), and every caveat sign in its order.
    void guideMatchesWhatTheAppWrites()
    {
        const QString guide = readGuide(QStringLiteral(":/guide/guide_en.html"))
                                  .replace(QLatin1String("&gt;"), QLatin1String(">"))
                                  .replace(QLatin1String("&nbsp;"), QLatin1String(" "));
        const Report report = embeddedReport();
        for (const char *id : {"ai-enterprises", "mfg-task-completion", "core-scale-usd"}) {
            const Metric *metric = report.metric(QString::fromLatin1(id));
            QVERIFY(metric);
            QVERIFY2(guide.contains(formatValue(*metric)), qPrintable(formatValue(*metric)));
        }
        // Hand-written: the order the app gives its signs.
        QVERIFY(guide.contains(QStringLiteral("† ‡ § ‖ ¶, then (6)")));
        for (int i = 0; i < 5; ++i)
            QVERIFY(guide.contains(caveatSign(i)));
    }

    // Its pictures are the embedded report's figures, drawn, not files that can go stale.
    void guidePicturesAreDrawn_data()
    {
        QTest::addColumn<QString>("figureId");
        for (const char *id : {"headline", "sector-metrics", "cluster-output"})
            QTest::newRow(id) << QString::fromLatin1(id);
    }
    void guidePicturesAreDrawn()
    {
        QFETCH(QString, figureId);
        const UserGuideDialog dialog(ThemeId::Light);
        QVERIFY(dialog.browser()->toHtml().contains(QStringLiteral("figure:") + figureId));
        const QVariant resource = dialog.browser()->document()->resource(
            QTextDocument::ImageResource, QUrl(QStringLiteral("figure:") + figureId));
        const QImage image = resource.value<QImage>();
        QVERIFY(!image.isNull());
        // Not blank: some pixels differ clearly from the background.
        const QColor bg = image.pixelColor(0, 0);
        int ink = 0;
        for (int y = 0; y < image.height(); y += 4) {
            for (int x = 0; x < image.width(); x += 4) {
                const QColor c = image.pixelColor(x, y);
                ink += qAbs(c.red() - bg.red()) + qAbs(c.green() - bg.green()) > 80;
            }
        }
        QVERIFY2(ink > 200, qPrintable(QString::number(ink)));
    }

    void guideOpensNothingOutside()
    {
        const UserGuideDialog dialog(ThemeId::Dark);
        QVERIFY(!dialog.browser()->openExternalLinks());
    }

    // The shortcuts list is built from the window's own actions, mnemonics taken out.
    void shortcutsListTheWindowsKeys()
    {
        MainWindow window;
        const ShortcutsDialog dialog(window.menuBar());
        QMap<QString, QString> keys;
        for (int i = 0; i < dialog.tree()->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = dialog.tree()->topLevelItem(i);
            keys.insert(item->text(0), item->text(1));
        }
        QVERIFY2(
            keys.value(QStringLiteral("Copy Figure as Shown")).contains(QLatin1String("Ctrl+C")),
            qPrintable(keys.keys().join(QLatin1Char(','))));
        QVERIFY(keys.value(QStringLiteral("Full Screen")).contains(QLatin1String("F11")));
        QVERIFY(keys.value(QStringLiteral("Next Figure")).contains(QLatin1String("Ctrl+PgDown")));
        QVERIFY(keys.contains(QStringLiteral("File"))); // a group per menu
        for (const QString &name : keys.keys())
            QVERIFY2(!name.contains(QLatin1Char('&')), qPrintable(name));
    }

    // Next is disabled on the last figure, Previous on the first.
    void figureActionsDisabledAtTheEnds()
    {
        MainWindow window;
        const Report &report = window.report();
        QAction *next = actionNamed(window, QStringLiteral("Next Figure"));
        QAction *previous = actionNamed(window, QStringLiteral("Previous Figure"));
        QVERIFY(next && previous);
        QVERIFY(window.selectFigure(report.figures.constFirst().id));
        QVERIFY(next->isEnabled());
        QVERIFY(!previous->isEnabled());
        QVERIFY(window.selectFigure(report.figures.constLast().id));
        QVERIFY(!next->isEnabled());
        QVERIFY(previous->isEnabled());
        QVERIFY(window.selectFigure(report.figures.at(1).id));
        QVERIFY(next->isEnabled() && previous->isEnabled());
    }

    // Hovering a mark shows its quote without scrolling the findings away: an entry already in
    // view stays where it is, and one below the view is brought just into it.
    void hoverRevealsTheQuoteWithoutLosingTheFindings()
    {
        const Report report = embeddedReport();
        const Figure &figure = *report.figure(QStringLiteral("headline"));
        ReportDocument document;
        document.open(report, QString(), QByteArray());
        NarrativePane pane;
        pane.resize(420, 700);
        pane.setDocument(&document);
        pane.showFigure(figure.id);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QScrollBar *bar = pane.verticalScrollBar();
        QCOMPARE(bar->value(), 0);
        const QString last = figure.metricIds.constLast();
        pane.highlightMetric(last);
        const int mine = bar->value();
        // Qt's own scrollToAnchor, the old behaviour, puts the entry at the very top.
        pane.scrollToAnchor(QStringLiteral("metric-%1").arg(figure.metricIds.size() - 1));
        const int top = bar->value();
        QVERIFY2(mine < top, qPrintable(QStringLiteral("%1 vs %2").arg(mine).arg(top)));
        // ...and the quote of the hovered number is in view.
        bar->setValue(mine);
        QTextCursor found = pane.document()->find(report.metric(last)->quote.left(20));
        QVERIFY(!found.isNull());
        found.setPosition(found.selectionStart());
        const QRect quote = pane.cursorRect(found);
        QVERIFY2(quote.top() >= 0 && quote.bottom() <= pane.viewport()->height(),
                 qPrintable(QStringLiteral("%1..%2").arg(quote.top()).arg(quote.bottom())));
    }

    // A short caveat stands beside its sign, not across the pane from it.
    void caveatTextBesideItsSign()
    {
        Report report = embeddedReport();
        Figure &figure = report.figures[report.figureIndex(QStringLiteral("cluster-output"))];
        figure.caveats = {figure.caveats.constFirst()};
        figure.caveats.first().text = Text(QStringLiteral("B is derived."));
        ReportDocument document;
        document.open(report, QString(), QByteArray());
        NarrativePane pane;
        pane.resize(600, 700);
        pane.setDocument(&document);
        pane.showFigure(figure.id);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        const QString text = figure.caveats.constFirst().text.text();
        QTextCursor found = pane.document()->find(text);
        QVERIFY(!found.isNull());
        found.setPosition(found.selectionStart()); // where the text starts, not where it ends
        QVERIFY2(pane.cursorRect(found).left() < 60,
                 qPrintable(QString::number(pane.cursorRect(found).left())));
    }

    // "Exported 3 files to …" is on screen, not hidden behind a permanent label.
    void statusMessageVisibleAfterExport()
    {
        MainWindow window;
        window.resize(1100, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTemporaryDir dir;
        auto *controller = window.findChild<ExportController *>();
        QVERIFY(controller);
        ExportOptions options;
        options.size = QSize(480, 270);
        controller->exportAllTo(window.report(), dir.path(), options, {ExportFormat::Svg});
        const QString message = window.statusBar()->currentMessage();
        QVERIFY2(message.contains(dir.path()) || message.contains(QLatin1String("Exported")),
                 qPrintable(message));
        int permanent = 0;
        const QList<QWidget *> children = window.statusBar()->findChildren<QWidget *>();
        for (const QWidget *child : children) {
            if (child->isVisible() && child->parentWidget() != nullptr &&
                child->parentWidget()->parentWidget() == window.statusBar())
                permanent += child->width();
        }
        QVERIFY2(permanent < window.statusBar()->width() / 2,
                 qPrintable(QString::number(permanent)));
    }

    void startupFileThatCannotOpen_data()
    {
        QTest::addColumn<QByteArray>("contents"); // empty name: no file at all
        QTest::addColumn<bool>("create");
        QTest::addColumn<QString>("headline");
        QTest::newRow("missing") << QByteArray() << false
                                 << QStringLiteral("The file “%1” does not exist.");
        QTest::newRow("empty") << QByteArray() << true << QStringLiteral("The file “%1” is empty.");
        QTest::newRow("not a pack") << QByteArray("{\"version\": 1}") << true
                                    << QStringLiteral("“%1” is not a valid report pack.");
    }
    // A bad file named on the command line: said in the user's words, and the default report
    // opens instead (there is no "current report" to keep).
    void startupFileThatCannotOpen()
    {
        QFETCH(QByteArray, contents);
        QFETCH(bool, create);
        QFETCH(QString, headline);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pack.json"));
        if (create) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(contents);
        }
        MainWindow window;
        window.setQuietErrors(true);
        window.openStartupReport(path);
        QCOMPARE(window.report().title, embeddedReport().title);
        QCOMPARE(window.lastErrorHeadline(), headline.arg(path));
        QVERIFY(window.statusBar()->currentMessage().contains(
            QLatin1String("Figdeck opened its default report instead.")));
    }

    // A report that opened with warnings says so in the status bar.
    void warningsAreShown()
    {
        MainWindow window;
        window.setQuietErrors(true);
        const QString path =
            QStringLiteral(FIGDECK_TEST_DATA "/model/good/unknown-fields.figdeck.json");
        QVERIFY(window.openReport(path));
        const LoadResult loaded = loadReportPack(path);
        QVERIFY(!loaded.warnings().isEmpty());
        QCOMPARE(window.reportWarnings().size(), loaded.warnings().size());
        auto *button = window.findChild<QToolButton *>(QStringLiteral("warningsButton"));
        QVERIFY(button);
        QVERIFY(!button->isHidden());
        QVERIFY(button->text().contains(QString::number(loaded.warnings().size())));
        window.openEmbeddedReport();
        QVERIFY(button->isHidden());
    }

    // The source link opens the source's web address, and nothing else.
    void sourceLinkOpensOnlyTheSource()
    {
        MainWindow window;
        auto *label = window.findChild<QLabel *>(QStringLiteral("sourceLabel"));
        QVERIFY(label);
        QVERIFY(!label->openExternalLinks());
        QVERIFY(label->text().contains(QLatin1String("href=\"source:source\"")));
        // The credit of the exports, without the address the link carries.
        QVERIFY(label->text().startsWith(
            QStringLiteral("Source: Next-Generation Artificial Intelligence Science and Technology "
                           "Industry Development Report 2026, as summarised by winzheng.com · ")));
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
        QMetaObject::invokeMethod(label, "linkActivated",
                                  Q_ARG(QString, QStringLiteral("source:source")));
        QMetaObject::invokeMethod(label, "linkActivated",
                                  Q_ARG(QString, QStringLiteral("source:elsewhere")));
        QMetaObject::invokeMethod(label, "linkActivated",
                                  Q_ARG(QString, QStringLiteral("file:///etc/passwd")));
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        QCOMPARE(catcher.opened, QList<QUrl>{QUrl(embeddedReport().primarySource().url)});
    }

    // A figure of several sources: the line names each, with one link per source, and a link
    // opens only a source of the figure shown.
    void sourceLineOfSeveralSources_data()
    {
        QTest::addColumn<QString>("figureId");
        QTest::addColumn<QString>("credit");
        QTest::addColumn<QStringList>("links");
        QTest::newRow("two sources")
            << QStringLiteral("two-sources")
            << QStringLiteral("Sources: An electricity review; A wire story about the review, as "
                              "summarised by A wire service · Open: ")
            << QStringList{
                   QStringLiteral("<a href=\"source:review\">A think tank (example.org)</a>"),
                   QStringLiteral("<a href=\"source:wire\">A wire service (example.net)</a>")};
        QTest::newRow("one report")
            << QStringLiteral("review-only") << QStringLiteral("Source: An electricity review · ")
            << QStringList{
                   QStringLiteral("<a href=\"source:review\">Open source (example.org)</a>")};
    }

    void sourceLineOfSeveralSources()
    {
        QFETCH(QString, figureId);
        QFETCH(QString, credit);
        QFETCH(QStringList, links);
        MainWindow window;
        window.setQuietErrors(true);
        QVERIFY(window.openReport(
            QStringLiteral(FIGDECK_TEST_DATA "/model/v2/good/mixed-sources.figdeck.json")));
        QVERIFY(window.selectFigure(figureId));
        auto *label = window.findChild<QLabel *>(QStringLiteral("sourceLabel"));
        QVERIFY(label);
        // The links' colour is the theme's (sourceLinkFollowsTheTheme); here, what they say.
        const QString text = label->text().remove(
            QRegularExpression(QStringLiteral(" style=\"color:#[0-9a-f]{6}\"")));
        QVERIFY2(text.startsWith(credit), qPrintable(text));
        for (const QString &link : links)
            QVERIFY2(text.contains(link), qPrintable(text));
        QCOMPARE(text.count(QStringLiteral("<a ")), links.size());
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
        for (const QString &id : {QStringLiteral("wire"), QStringLiteral("own")})
            QMetaObject::invokeMethod(label, "linkActivated", Q_ARG(QString, u"source:" + id));
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
        // "own" is a source of the pack, not of these figures.
        const QList<QUrl> expected =
            figureId == QLatin1String("two-sources")
                ? QList<QUrl>{QUrl(QStringLiteral("https://example.net/wire"))}
                : QList<QUrl>{};
        QCOMPARE(catcher.opened, expected);
    }

    // The data table gives each number its own source.
    void dataTableSourceColumn()
    {
        ReportDocument document;
        DataTableModel table(&document);
        QAbstractItemModelTester tester(&table,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const LoadResult loaded = loadReportPack(
            QStringLiteral(FIGDECK_TEST_DATA "/model/v2/good/mixed-sources.figdeck.json"));
        QVERIFY(loaded.ok());
        document.open(*loaded.report, QString(), QByteArray());
        table.setFigure(QStringLiteral("three-kinds"));
        QCOMPARE(table.rowCount(), 3);
        QCOMPARE(table.headerData(DataTableModel::Source, Qt::Horizontal).toString(),
                 QStringLiteral("Source"));
        const auto source = [&](int row) {
            return table.index(row, DataTableModel::Source).data().toString();
        };
        QCOMPARE(source(0), QStringLiteral("An electricity review (https://example.org/review)"));
        QCOMPARE(source(1), QStringLiteral("A wire story about the review, as summarised by A "
                                           "wire service (https://example.net/wire)"));
        QCOMPARE(source(2), QStringLiteral("Our own arithmetic (https://example.com/notes)"));
        // Edited by choosing among the pack's own sources (no free text).
        QVERIFY(table.flags(table.index(0, DataTableModel::Source)) & Qt::ItemIsEditable);
        QStringList offered;
        for (const QVariant &choice :
             table.index(0, DataTableModel::Source).data(ChoicesRole).toList())
            offered << choice.toMap().value(QStringLiteral("value")).toString();
        QCOMPARE(offered, (QStringList{QStringLiteral("review"), QStringLiteral("wire"),
                                       QStringLiteral("own")}));
        QVERIFY(table.toTsv().contains(
            QStringLiteral("\tOur own arithmetic (https://example.com/notes)")));
        // In the view language.
        document.setViewLanguage(QStringLiteral("zh-Hans"));
        QCOMPARE(source(0), QStringLiteral("电力回顾 (https://example.org/review)"));
        QCOMPARE(source(1), QStringLiteral("A wire story about the review, as summarised by 通讯社 "
                                           "(https://example.net/wire)"));
    }

    // Dark is the whole application's: menus, status bar and dialogs, not just the chart.
    void darkThemeCoversTheApplication()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QColor light = QApplication::palette().color(QPalette::Window);
        window.setTheme(ThemeId::Dark);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        // Widgets take a new application palette through an event: shown ones at once.
        QTRY_VERIFY(window.menuBar()->palette().color(QPalette::Window).lightness() < 80);
        QTRY_VERIFY(window.statusBar()->palette().color(QPalette::WindowText).lightness() > 160);
        window.setTheme(ThemeId::Light);
        QCOMPARE(QApplication::palette().color(QPalette::Window), light);
    }

    // The source link is drawn in the theme's link colour after a switch, not in the colour of
    // the theme it was first written under (dark blue on the dark chart area was unreadable).
    void sourceLinkFollowsTheTheme_data()
    {
        QTest::addColumn<ThemeId>("first");
        QTest::addColumn<ThemeId>("then");
        QTest::newRow("light, then dark") << ThemeId::Light << ThemeId::Dark;
        QTest::newRow("dark, then light") << ThemeId::Dark << ThemeId::Light;
        QTest::newRow("dark, then print") << ThemeId::Dark << ThemeId::Print;
    }

    void sourceLinkFollowsTheTheme()
    {
        QFETCH(ThemeId, first);
        QFETCH(ThemeId, then);
        MainWindow window;
        window.setTheme(first);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setTheme(then);
        auto *label = window.findChild<QLabel *>(QStringLiteral("sourceLabel"));
        QVERIFY(label);
        const QColor link = label->palette().color(QPalette::Link);
        const QColor background = label->palette().color(QPalette::Window);
        // WCAG contrast of the link colour itself against the area it stands on.
        QVERIFY2(FigdeckTest::contrast(link, background) >= 3.0,
                 qPrintable(link.name() + QStringLiteral(" on ") + background.name()));
        // The glyphs' cores are drawn in that colour.
        const QImage shown = label->grab().toImage();
        int linkPixels = 0;
        for (int y = 0; y < shown.height(); ++y)
            for (int x = 0; x < shown.width(); ++x) {
                const QColor c = shown.pixelColor(x, y);
                if (std::abs(c.red() - link.red()) + std::abs(c.green() - link.green()) +
                        std::abs(c.blue() - link.blue()) <=
                    24)
                    ++linkPixels;
            }
        QVERIFY2(linkPixels >= 20, qPrintable(QString::number(linkPixels)));
    }

    // The narrative's bullets stand in line with its headings and caveat signs, with room
    // for the bullet, at any font size: QTextDocument's page indent of 40 px set them a sixth
    // of a narrow pane to the right.
    void narrativeListsHangUnderTheirHeadings_data()
    {
        QTest::addColumn<qreal>("scale");
        QTest::newRow("the window's font") << 1.0;
        QTest::newRow("twice as large") << 2.0;
    }

    void narrativeListsHangUnderTheirHeadings()
    {
        QFETCH(qreal, scale);
        MainWindow window;
        auto *pane = window.findChild<NarrativePane *>();
        QVERIFY(pane);
        QFont font = pane->font();
        font.setPointSizeF(font.pointSizeF() * scale);
        pane->setFont(font);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTextDocument *doc = pane->document();
        QAbstractTextDocumentLayout *layout = doc->documentLayout();
        qreal headingX = -1;
        qreal itemX = -1;
        for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
            if (headingX < 0 && block.text() == QLatin1String("Findings"))
                headingX = layout->blockBoundingRect(block).x();
            else if (headingX >= 0 && block.textList()) {
                itemX = layout->blockBoundingRect(block).x() + block.layout()->lineAt(0).x();
                break;
            }
        }
        QVERIFY2(headingX >= 0 && itemX >= 0, "the headline's findings list");
        const qreal line = QFontMetricsF(font).height();
        const qreal indent = itemX - headingX;
        QVERIFY2(indent >= 0.8 * line && indent <= 2.0 * line,
                 qPrintable(QStringLiteral("item text %1 px right of its heading, line %2 px")
                                .arg(indent)
                                .arg(line)));
    }

    void toolbarAndPaneToggles()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *toolBar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        QVERIFY(toolBar && toolBar->isVisible());
        QStringList texts;
        const QList<QAction *> tools = toolBar->actions();
        for (const QAction *action : tools)
            texts << action->text().remove(QLatin1Char('&'));
        for (const char *expected : {"Open Report…", "Export Figure…", "Copy Figure as Shown",
                                     "Print Summary…", "Previous Figure", "Next Figure"})
            QVERIFY2(texts.contains(QString::fromUtf8(expected)), expected);
        QAction *list = actionNamed(window, QStringLiteral("Figure List"));
        QAction *pane = actionNamed(window, QStringLiteral("Narrative Pane"));
        QVERIFY(list && pane);
        list->toggle();
        pane->toggle();
        QVERIFY(!window.findChild<QWidget *>(QStringLiteral("figureList"))->isVisible());
        QVERIFY(!window.findChild<QWidget *>(QStringLiteral("narrativePane"))->isVisible());
        QVERIFY(window.findChild<QWidget *>(QStringLiteral("chartArea"))->isVisible());
    }
};

QTEST_MAIN(TestEverydayUi)
#include "tst_everydayui.moc"
