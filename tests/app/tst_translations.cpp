// SPDX-License-Identifier: GPL-3.0-or-later
// The shipped catalogs: the embedded Simplified Chinese one translates the app's strings where
// the code looks them up, is complete and keeps every placeholder and accelerator; the English
// one turns "file(s)" into "1 file" and "12 files"; a window built under the Chinese one speaks
// Chinese.
#include "commandline.h"
#include "draftdialog.h"
#include "format.h"
#include "interfacelanguage.h"
#include "mainwindow.h"
#include "reportloader.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <memory>

using namespace Figdeck;

namespace {

const QString ZhCatalog = QStringLiteral(":/i18n/figdeck_zh_CN.qm");
const QString EnCatalog = QStringLiteral(":/i18n/figdeck_en.qm");

QString tsPath(const QString &language)
{
    return QStringLiteral(FIGDECK_SOURCE_DIR "/resources/translations/figdeck_%1.ts").arg(language);
}

struct TsMessage
{
    QString context;
    QString source;
    QString type; // the translation's type attribute: "unfinished", "vanished", ...
    bool numerus = false;
    QStringList translations; // one, or one per numerus form
};

// Every <message> of a .ts file; an empty list and a failure message when it cannot be read.
QList<TsMessage> readTs(const QString &path, QString *error)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return {};
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = TsMessage();
            message.context = context;
            message.numerus =
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform"))
                        message.translations << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.translations << xml.readElementText();
            }
            messages << message;
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
        return {};
    }
    return messages;
}

// The placeholders of a text, %1..%9 and %n, each once.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%[1-9n]"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

// The number of keyboard accelerators ("&F"; "&&" is a literal ampersand).
int accelerators(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&'))
            ++i;
        else if (!text.at(i + 1).isSpace())
            ++count;
    }
    return count;
}

QString describe(const TsMessage &m)
{
    return m.context + QStringLiteral(" \"") + m.source + QLatin1Char('"');
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QFile::exists(ZhCatalog), "the Chinese catalog is not embedded");
        QVERIFY2(QFile::exists(EnCatalog), "the English catalog is not embedded");
    }
    void cleanup()
    {
        // Every test installs what it needs; none leaks into the next.
        if (m_installed) {
            QCoreApplication::removeTranslator(m_installed.get());
            m_installed.reset();
        }
    }

    // The lookup main() makes for the system locale finds the right catalog, and Traditional
    // Chinese is not given the Simplified one.
    void catalogForLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected"); // empty: no catalog for that language
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("zh_Hans_CN") << QStringLiteral("zh_Hans_CN") << QStringLiteral("zh_CN");
        QTest::newRow("en_US") << QStringLiteral("en_US") << QStringLiteral("en");
        QTest::newRow("en_GB") << QStringLiteral("en_GB") << QStringLiteral("en");
        QTest::newRow("zh_TW") << QStringLiteral("zh_TW") << QString();
        QTest::newRow("zh_HK") << QStringLiteral("zh_HK") << QString();
        QTest::newRow("de_DE") << QStringLiteral("de_DE") << QString();
    }
    void catalogForLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        QTranslator translator;
        const bool loaded = translator.load(QLocale(locale), QStringLiteral("figdeck"),
                                            QStringLiteral("_"), QStringLiteral(":/i18n"));
        QCOMPARE(loaded, !expected.isEmpty());
        if (loaded)
            QCOMPARE(translator.filePath(), QStringLiteral(":/i18n/figdeck_%1.qm").arg(expected));
    }

    // Key strings, looked up as the code does: context and source from the catalog.
    void keyStrings_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");
        auto row = [](const char *context, const char *source, const char *expected) {
            QTest::addRow("%s %s", context, source)
                << QString::fromUtf8(context) << QString::fromUtf8(source)
                << QString::fromUtf8(expected);
        };
        row("Figdeck::MainWindow", "&File", "文件(&F)");
        row("Figdeck::MainWindow", "&Edit", "编辑(&E)");
        row("Figdeck::MainWindow", "&View", "视图(&V)");
        row("Figdeck::MainWindow", "&Help", "帮助(&H)");
        row("Figdeck::MainWindow", "&Export Figure…", "导出图表(&E)…");
        row("Figdeck::MainWindow", "&Print Summary…", "打印摘要(&P)…");
        row("Figdeck::ExportDialog", "Export Figure", "导出图表");
        row("Figdeck::SummaryDialog", "Print Summary", "打印摘要");
        row("Figdeck::ExportController", "Exporting figures…", "正在导出图表…");
        row("Figdeck::NarrativePane", "Findings", "发现");
        row("Figdeck::NarrativePane", "Caveats", "注意事项");
        row("Figdeck::Charts", "lower bound", "下限");
        row("Figdeck::Charts", "projected", "预测");
        row("Figdeck::Charts", "derived: %1", "推算：%1");
        row("Figdeck::Export", "Key findings", "主要发现");
        row("Figdeck::Export", "Page %1 of %2", "第 %1 页，共 %2 页");
        row("Figdeck::Format", "more than", "超过");
        row("Figdeck::CommandLine", "Show this help and exit.", "显示此帮助并退出。");
        row("Figdeck::ReportLoader", "no such file", "文件不存在");
        row("Figdeck::ThemeChoice", "Dark", "深色");
    }
    void keyStrings()
    {
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(QString, expected);
        QVERIFY(install(ZhCatalog));
        QCOMPARE(
            QCoreApplication::translate(context.toUtf8().constData(), source.toUtf8().constData()),
            expected);
    }

    // The code's own lookups reach the catalog (a context lupdate files differently from the
    // one the code asks for would leave these in English), and diagnostics keep their
    // machine-readable "error:" while the message is translated.
    void codePathsTranslate()
    {
        QVERIFY(install(ZhCatalog));
        const CommandLine cmd = parseCommandLine(
            {QStringLiteral("figdeck"), QStringLiteral("--export"), QStringLiteral("out"),
             QStringLiteral("--theme"), QStringLiteral("sepia")});
        QCOMPARE(cmd.action, CommandLine::Action::Error);
        QCOMPARE(cmd.errorText, QStringLiteral("主题“sepia”未知（可用：light、dark 或 print）。"));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const LoadResult result = loadReportPack(dir.filePath(QStringLiteral("missing.json")));
        QVERIFY(!result.ok());
        QVERIFY(!result.diagnostics.isEmpty());
        const QString line = result.diagnostics.constFirst().toString();
        QVERIFY2(line.contains(QLatin1String(": error: ")), qPrintable(line));
        QVERIFY2(line.endsWith(QStringLiteral("文件不存在")), qPrintable(line));

        QCOMPARE(qualifierPhrase(Qualifier::AtLeast), QStringLiteral("至少"));
    }

    // Large numbers follow the language's grouping: Chinese counts in 万 and 亿, so the
    // article's "roughly 165 billion US dollars" reads 1,650亿, never "165十亿".
    void largeNumbersFollowTheLanguage_data()
    {
        QTest::addColumn<QString>("metricId");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("chinese");
        QTest::newRow("CNY") << QStringLiteral("core-scale-cny")
                             << QStringLiteral("> ¥1.2 trillion") << QStringLiteral("> ¥1.2万亿");
        QTest::newRow("USD") << QStringLiteral("core-scale-usd") << QStringLiteral("≈ $165 billion")
                             << QStringLiteral("≈ $1,650亿");
        QTest::newRow("jobs") << QStringLiteral("jobs-2026-2030") << QStringLiteral("2 million+")
                              << QStringLiteral("200万+");
        QTest::newRow("small count") << QStringLiteral("ai-enterprises") << QStringLiteral("6,000+")
                                     << QStringLiteral("6,000+");
    }

    void largeNumbersFollowTheLanguage()
    {
        QFETCH(QString, metricId);
        QFETCH(QString, english);
        QFETCH(QString, chinese);
        const Report report = embeddedReport();
        const Metric *metric = report.metric(metricId);
        QVERIFY(metric);
        QCOMPARE(formatValue(*metric), english);
        QVERIFY(install(ZhCatalog));
        QCOMPARE(formatValue(*metric), chinese);
    }

    // Every message of the committed Chinese catalog is translated and current.
    void chineseCatalogComplete()
    {
        QString error;
        const QList<TsMessage> messages = readTs(tsPath(QStringLiteral("zh_CN")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 300);
        QStringList problems;
        for (const TsMessage &m : messages) {
            if (!m.type.isEmpty())
                problems << m.type + QStringLiteral(": ") + describe(m);
            else if (m.numerus && m.translations.size() != 1) // Chinese has one plural form
                problems << QStringLiteral("%1 numerus forms: ").arg(m.translations.size()) +
                                describe(m);
            else if (m.translations.isEmpty() || m.translations.contains(QString()))
                problems << QStringLiteral("empty: ") + describe(m);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // The English catalog holds plural forms only, two each, all different from the source.
    void englishCatalogPluralOnly()
    {
        QString error;
        const QList<TsMessage> messages = readTs(tsPath(QStringLiteral("en")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!messages.isEmpty());
        for (const TsMessage &m : messages) {
            QVERIFY2(m.numerus, qPrintable(describe(m)));
            QVERIFY2(m.type.isEmpty(), qPrintable(m.type + QStringLiteral(": ") + describe(m)));
            QCOMPARE(m.translations.size(), 2);
            QVERIFY2(!m.translations.contains(QString()), qPrintable(describe(m)));
        }
    }

    // A translation keeps every placeholder of its source and adds none, and an entry with an
    // accelerator keeps exactly one.
    void placeholdersAndAccelerators_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("en") << QStringLiteral("en");
    }
    void placeholdersAndAccelerators()
    {
        QFETCH(QString, language);
        QString error;
        const QList<TsMessage> messages = readTs(tsPath(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList problems;
        for (const TsMessage &m : messages) {
            const QSet<QString> wanted = placeholders(m.source);
            const int keys = accelerators(m.source);
            for (const QString &t : m.translations) {
                if (placeholders(t) != wanted)
                    problems << QStringLiteral("placeholders: ") + describe(m) +
                                    QStringLiteral(" -> ") + t;
                if (keys != accelerators(t))
                    problems << QStringLiteral("accelerators: ") + describe(m) +
                                    QStringLiteral(" -> ") + t;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // English reads "1 file" and "12 files", not "file(s)".
    void englishPlurals_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");
        const char *exported = "Exported %n file(s) to %1";
        QTest::newRow("1 file") << QStringLiteral("Figdeck::ExportController")
                                << QString::fromUtf8(exported) << 1
                                << QStringLiteral("Exported 1 file to %1");
        QTest::newRow("12 files") << QStringLiteral("Figdeck::ExportController")
                                  << QString::fromUtf8(exported) << 12
                                  << QStringLiteral("Exported 12 files to %1");
        QTest::newRow("0 files") << QStringLiteral("Figdeck::ExportController")
                                 << QString::fromUtf8(exported) << 0
                                 << QStringLiteral("Exported 0 files to %1");
        QTest::newRow("exists") << QStringLiteral("Figdeck::ExportController")
                                << QStringLiteral("%n file(s) in %1 already exist and will be "
                                                  "replaced.")
                                << 1
                                << QStringLiteral("1 file in %1 already exists and will be "
                                                  "replaced.");
        QTest::newRow("problems") << QStringLiteral("Figdeck::MainWindow")
                                  << QStringLiteral("…and %n more problem(s).") << 3
                                  << QStringLiteral("…and 3 more problems.");
        QTest::newRow("problem") << QStringLiteral("Figdeck::MainWindow")
                                 << QStringLiteral("…and %n more problem(s).") << 1
                                 << QStringLiteral("…and 1 more problem.");
    }
    void englishPlurals()
    {
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(int, n);
        QFETCH(QString, expected);
        QVERIFY(install(EnCatalog));
        QCOMPARE(QCoreApplication::translate(context.toUtf8().constData(),
                                             source.toUtf8().constData(), nullptr, n),
                 expected);
    }

    void chinesePlural()
    {
        QVERIFY(install(ZhCatalog));
        QCOMPARE(QCoreApplication::translate("Figdeck::ExportController",
                                             "Exported %n file(s) to %1", nullptr, 12),
                 QStringLiteral("已将 12 个文件导出到 %1"));
    }

    // A window built under the Chinese catalog has Chinese menus.
    void mainWindowInChinese()
    {
        QVERIFY(install(ZhCatalog));
        MainWindow window;
        const QList<QAction *> menus = window.menuBar()->actions();
        QVERIFY(menus.size() >= 4);
        QCOMPARE(menus.constFirst()->text(), QStringLiteral("文件(&F)"));
        QCOMPARE(menus.constLast()->text(), QStringLiteral("帮助(&H)"));
    }

    // File > New Report from Text or PDF… in Chinese from Figdeck's catalog alone (Qt's own is
    // a separate package): every button, label, column and the window title.
    void draftDialogInChinese()
    {
        QVERIFY(install(ZhCatalog));
        DraftDialog dialog;
        dialog.setText(QStringLiteral("2023年，销量超过950万辆。"));
        const auto chinese = [](const QString &text) {
            return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
                return c.unicode() >= 0x4e00 && c.unicode() < 0xa000;
            });
        };
        QVERIFY2(chinese(dialog.windowTitle()), qPrintable(dialog.windowTitle()));
        QStringList english;
        for (const QAbstractButton *button : dialog.findChildren<QAbstractButton *>()) {
            if (!button->text().isEmpty() && !chinese(button->text()))
                english << button->text();
        }
        for (const QLabel *label : dialog.findChildren<QLabel *>()) {
            if (!label->text().isEmpty() && !chinese(label->text()))
                english << label->text();
        }
        const QAbstractItemModel *model = dialog.numbersView()->model();
        for (int column = 0; column < model->columnCount(); ++column) {
            const QString header = model->headerData(column, Qt::Horizontal).toString();
            if (!chinese(header))
                english << header;
        }
        QVERIFY2(english.isEmpty(), qPrintable(english.join(QStringLiteral(" | "))));
        QCOMPARE(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->text(),
                 QStringLiteral("取消"));
    }

    // View > Language changes the open window at once, without a restart: menus, tool bar,
    // docks, the figure list, the table's headers, the header over the chart and the window
    // title in the chosen language; and back again to exactly the English texts it started with.
    void languageChangesWithoutRestart()
    {
        useInterfaceLanguage(QStringLiteral("en"));
        MainWindow window;
        window.resize(1280, 780);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setDataTableVisible(true);
        auto *inspector = window.findChild<QDockWidget *>(QStringLiteral("inspectorDock"));
        QVERIFY(!inspector); // built on first use; build it, so that it has to follow too
        QAction *inspectorAction = nullptr;
        QAction *chinese = nullptr;
        QAction *english = nullptr;
        const auto allActions = [&window] {
            QList<QAction *> found;
            QList<QAction *> pending = window.menuBar()->actions();
            while (!pending.isEmpty()) {
                QAction *a = pending.takeFirst();
                if (a->isSeparator())
                    continue;
                found << a;
                if (a->menu())
                    pending << a->menu()->actions();
            }
            return found;
        };
        for (QAction *a : allActions()) {
            if (a->data().toString() == QLatin1String("zh_CN"))
                chinese = a;
            else if (a->data().toString() == QLatin1String("en"))
                english = a;
            else if (a->text() == QLatin1String("&Inspector"))
                inspectorAction = a;
        }
        QVERIFY(chinese && english && inspectorAction);
        inspectorAction->trigger();
        inspector = window.findChild<QDockWidget *>(QStringLiteral("inspectorDock"));
        QVERIFY(inspector);
        const auto texts = [&] {
            QStringList all;
            for (QAction *a : allActions())
                all << a->text() + QLatin1Char('|') + a->statusTip();
            return all;
        };
        const QStringList englishTexts = texts();
        auto *table = window.findChild<QTableView *>(QStringLiteral("dataTable"));
        auto *title = window.findChild<QLabel *>(QStringLiteral("figureTitle"));
        auto *list = window.findChild<QListView *>(QStringLiteral("figureList"));
        QVERIFY(table && title && list);
        QCOMPARE(title->text(), QStringLiteral("China's AI industry at a glance"));

        chinese->trigger();
        const QList<QAction *> menus = window.menuBar()->actions();
        QCOMPARE(menus.constFirst()->text(), QStringLiteral("文件(&F)"));
        QCOMPARE(menus.constLast()->text(), QStringLiteral("帮助(&H)"));
        QCOMPARE(inspector->windowTitle(), QStringLiteral("检查器"));
        QCOMPARE(table->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("指标"));
        QCOMPARE(title->text(), QStringLiteral("中国人工智能产业概览"));
        QCOMPARE(list->model()->index(0, 0).data().toString(),
                 QStringLiteral("中国人工智能产业概览"));
        QVERIFY2(
            window.windowTitle().startsWith(QStringLiteral("2026新一代人工智能科技产业发展报告")),
            qPrintable(window.windowTitle()));
        bool undoFound = false;
        for (QAction *a : allActions())
            undoFound = undoFound || a->text().startsWith(QStringLiteral("撤销(&U)"));
        QVERIFY(undoFound);
        // Nothing of the menus stays English; the languages are named in themselves.
        const QStringList chineseTexts = texts();
        QCOMPARE(chineseTexts.size(), englishTexts.size());
        for (qsizetype i = 0; i < chineseTexts.size(); ++i) {
            if (englishTexts.at(i) == QLatin1String("English|") ||
                englishTexts.at(i) == QStringLiteral("简体中文|"))
                continue;
            QVERIFY2(chineseTexts.at(i) != englishTexts.at(i), qPrintable(englishTexts.at(i)));
        }

        english->trigger();
        QCOMPARE(texts(), englishTexts);
        QCOMPARE(inspector->windowTitle(), QStringLiteral("Inspector"));
        QCOMPARE(table->model()->headerData(0, Qt::Horizontal).toString(),
                 QStringLiteral("Metric"));
        QCOMPARE(title->text(), QStringLiteral("China's AI industry at a glance"));
    }

    // The catalog covers the sources as they are now: lupdate over app/ and ui/ finds no string
    // the committed catalog lacks. Fix: cmake --build BUILD --target update_translations, then
    // translate the new entries in resources/translations/figdeck_zh_CN.ts.
    void catalogCoversSources()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QStringLiteral("figdeck_zh_CN.ts"));
        QVERIFY(QFile::copy(tsPath(QStringLiteral("zh_CN")), copy));
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(FIGDECK_SOURCE_DIR));
        lupdate.start(QStringLiteral(FIGDECK_LUPDATE),
                      {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                       QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("app"),
                       QStringLiteral("ui"), QStringLiteral("-ts"), copy});
        QVERIFY2(lupdate.waitForFinished(60000), qPrintable(lupdate.errorString()));
        QCOMPARE(lupdate.exitCode(), 0);
        QString error;
        const QList<TsMessage> messages = readTs(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList missing;
        for (const TsMessage &m : messages) {
            if (m.type == QLatin1String("unfinished"))
                missing << describe(m);
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("strings without a translation:\n") +
                                               missing.join(QLatin1Char('\n'))));
    }

private:
    [[nodiscard]] bool install(const QString &catalog)
    {
        m_installed = std::make_unique<QTranslator>();
        return m_installed->load(catalog) && QCoreApplication::installTranslator(m_installed.get());
    }

    std::unique_ptr<QTranslator> m_installed;
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
