// SPDX-License-Identifier: GPL-3.0-or-later
// The command line as a user types it: parsing rules, exit codes, and the real binary's output.
#include "commandline.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Figdeck;

Q_DECLARE_METATYPE(Figdeck::CommandLine::Action)

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// extraEnvironment: NAME=value pairs added to the environment.
Run runFigdeck(const QStringList &arguments, const QStringList &extraEnvironment = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The binary must manage without a display on its own.
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"),
               QDir::tempPath() + QStringLiteral("/figdeck-cli-test"));
    for (const QString &pair : extraEnvironment)
        env.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(FIGDECK_BINARY), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void parse_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<CommandLine::Action>("action");
        QTest::addColumn<QString>("errorFragment");
        using A = CommandLine::Action;
        QTest::newRow("none") << QStringList{} << A::Gui << QString();
        QTest::newRow("report") << QStringList{QStringLiteral("r.json")} << A::Gui << QString();
        QTest::newRow("help") << QStringList{QStringLiteral("--help")} << A::Help << QString();
        QTest::newRow("version") << QStringList{QStringLiteral("--version")} << A::Version
                                 << QString();
        QTest::newRow("list") << QStringList{QStringLiteral("--list")} << A::List << QString();
        QTest::newRow("validate") << QStringList{QStringLiteral("--validate"),
                                                 QStringLiteral("x.json")}
                                  << A::Validate << QString();
        QTest::newRow("export") << QStringList{QStringLiteral("--export"), QStringLiteral("out")}
                                << A::Export << QString();
        QTest::newRow("numbers") << QStringList{QStringLiteral("--numbers"),
                                                QStringLiteral("a.txt")}
                                 << A::Numbers << QString();
        QTest::newRow("numbers and list")
            << QStringList{QStringLiteral("--numbers"), QStringLiteral("a.txt"),
                           QStringLiteral("--list")}
            << A::Error << QStringLiteral("cannot be combined");
        QTest::newRow("numbers and a report")
            << QStringList{QStringLiteral("--numbers"), QStringLiteral("a.txt"),
                           QStringLiteral("r.json")}
            << A::Error << QStringLiteral("not a report");
        QTest::newRow("check quotes")
            << QStringList{QStringLiteral("--check-quotes"), QStringLiteral("p.json"),
                           QStringLiteral("a.txt"), QStringLiteral("b=b.pdf")}
            << A::CheckQuotes << QString();
        QTest::newRow("draft") << QStringList{QStringLiteral("--draft"), QStringLiteral("a.pdf"),
                                              QStringLiteral("-o"), QStringLiteral("p.json")}
                               << A::Draft << QString();
        QTest::newRow("draft without -o")
            << QStringList{QStringLiteral("--draft"), QStringLiteral("a.pdf")} << A::Error
            << QStringLiteral("--draft needs -o PACK.figdeck.json.");
        QTest::newRow("-o without draft")
            << QStringList{QStringLiteral("--list"), QStringLiteral("-o"), QStringLiteral("p.json")}
            << A::Error << QStringLiteral("--output (-o) needs --draft.");
        QTest::newRow("check quotes without texts")
            << QStringList{QStringLiteral("--check-quotes"), QStringLiteral("p.json")} << A::Error
            << QStringLiteral("--check-quotes needs the source texts as arguments.");
        QTest::newRow("check quotes and export")
            << QStringList{QStringLiteral("--check-quotes"), QStringLiteral("p.json"),
                           QStringLiteral("a.txt"), QStringLiteral("--export"), QStringLiteral("o")}
            << A::Error << QStringLiteral("--check-quotes cannot be combined with other actions.");
        QTest::newRow("summary") << QStringList{QStringLiteral("--summary"),
                                                QStringLiteral("s.pdf")}
                                 << A::Summary << QString();
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus")} << A::Error
                                        << QStringLiteral("Unknown option 'bogus'");
        QTest::newRow("two reports")
            << QStringList{QStringLiteral("a.json"), QStringLiteral("b.json")} << A::Error
            << QStringLiteral("Too many arguments");
        QTest::newRow("bad format")
            << QStringList{QStringLiteral("--export"), QStringLiteral("o"),
                           QStringLiteral("--format"), QStringLiteral("gif")}
            << A::Error << QStringLiteral("Format 'gif' is unknown (png, pdf or svg).");
        QTest::newRow("bad size") << QStringList{QStringLiteral("--export"), QStringLiteral("o"),
                                                 QStringLiteral("--size"), QStringLiteral("12")}
                                  << A::Error
                                  << QStringLiteral(
                                         "Size '12' is not WxH (for example 1920x1080).");
        QTest::newRow("size out of range")
            << QStringList{QStringLiteral("--export"), QStringLiteral("o"),
                           QStringLiteral("--size"), QStringLiteral("100x100")}
            << A::Error << QStringLiteral("Size 100x100 is out of range (160 to 8192 a side).");
        QTest::newRow("size too wide")
            << QStringList{QStringLiteral("--export"), QStringLiteral("o"),
                           QStringLiteral("--size"), QStringLiteral("4000x1000")}
            << A::Error << QStringLiteral("Size 4000x1000 is too wide or too tall (at most 3:1).");
        QTest::newRow("bad scale")
            << QStringList{QStringLiteral("--export"), QStringLiteral("o"),
                           QStringLiteral("--scale"), QStringLiteral("9")}
            << A::Error << QStringLiteral("Scale '9' is out of range (1 to 4).");
        QTest::newRow("bad theme")
            << QStringList{QStringLiteral("--export"), QStringLiteral("o"),
                           QStringLiteral("--theme"), QStringLiteral("neon")}
            << A::Error << QStringLiteral("Theme 'neon' is unknown (light, dark or print).");
        QTest::newRow("bad layout")
            << QStringList{QStringLiteral("--export"), QStringLiteral("o"),
                           QStringLiteral("--layout"), QStringLiteral("poster")}
            << A::Error
            << QStringLiteral("Layout 'poster' is unknown (chart, slide or narrative).");
        QTest::newRow("bad shares style")
            << QStringList{QStringLiteral("--export"), QStringLiteral("o"),
                           QStringLiteral("--shares-as"), QStringLiteral("pie")}
            << A::Error << QStringLiteral("Shares style 'pie' is unknown (donut or bars).");
        QTest::newRow("shares style without export")
            << QStringList{QStringLiteral("--shares-as"), QStringLiteral("bars")} << A::Error
            << QStringLiteral("--shares-as needs --export.");
        QTest::newRow("bad page size")
            << QStringList{QStringLiteral("--summary"), QStringLiteral("s.pdf"),
                           QStringLiteral("--page-size"), QStringLiteral("A3")}
            << A::Error << QStringLiteral("Page size 'A3' is unknown (A4 or Letter).");
        QTest::newRow("bad dpi") << QStringList{QStringLiteral("--export"), QStringLiteral("o"),
                                                QStringLiteral("--dpi"), QStringLiteral("20")}
                                 << A::Error
                                 << QStringLiteral("DPI '20' is out of range (72 to 1200).");
        QTest::newRow("dpi not a number")
            << QStringList{QStringLiteral("--export"), QStringLiteral("o"), QStringLiteral("--dpi"),
                           QStringLiteral("high")}
            << A::Error << QStringLiteral("DPI 'high' is not a whole number (72 to 1200).");
        QTest::newRow("summary not pdf")
            << QStringList{QStringLiteral("--summary"), QStringLiteral("s.txt")} << A::Error
            << QStringLiteral("Summary file 's.txt' does not end in .pdf");
        QTest::newRow("summary PDF in capitals")
            << QStringList{QStringLiteral("--summary"), QStringLiteral("S.PDF")} << A::Summary
            << QString();
        QTest::newRow("no figure ids")
            << QStringList{QStringLiteral("--export"), QStringLiteral("o"),
                           QStringLiteral("--figures"), QStringLiteral(",")}
            << A::Error << QStringLiteral("--figures needs at least one figure id.");
        QTest::newRow("format without export")
            << QStringList{QStringLiteral("--format"), QStringLiteral("png")} << A::Error
            << QStringLiteral("--format needs --export");
        QTest::newRow("list and validate")
            << QStringList{QStringLiteral("--list"), QStringLiteral("--validate"),
                           QStringLiteral("x")}
            << A::Error << QStringLiteral("cannot be combined");
        QTest::newRow("empty export folder")
            << QStringList{QStringLiteral("--export"), QString()} << A::Error
            << QStringLiteral("--export needs a folder name.");
        QTest::newRow("lang zh_CN")
            << QStringList{QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                           QStringLiteral("--list")}
            << A::List << QString();
        QTest::newRow("lang en") << QStringList{QStringLiteral("--lang"), QStringLiteral("en")}
                                 << A::Gui << QString();
        QTest::newRow("unknown lang")
            << QStringList{QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--list")}
            << A::Error << QStringLiteral("Unknown language 'fr': choose en or zh_CN.");
        QTest::newRow("empty summary file")
            << QStringList{QStringLiteral("--summary"), QString()} << A::Error
            << QStringLiteral("--summary needs a file name.");
    }

    void parse()
    {
        QFETCH(QStringList, arguments);
        QFETCH(CommandLine::Action, action);
        QFETCH(QString, errorFragment);
        arguments.prepend(QStringLiteral("figdeck"));
        const CommandLine cmd = parseCommandLine(arguments);
        QCOMPARE(int(cmd.action), int(action));
        if (!errorFragment.isEmpty())
            QVERIFY2(cmd.errorText.contains(errorFragment), qPrintable(cmd.errorText));
        // One style for every message: a sentence that starts with a capital or an option and
        // ends with a full stop.
        if (action == CommandLine::Action::Error) {
            static const QRegularExpression style(QStringLiteral("^([A-Z]|--[a-z]).*\\.$"));
            QVERIFY2(style.match(cmd.errorText).hasMatch(), qPrintable(cmd.errorText));
        }
    }

    void figuresListedTwiceExportOnce()
    {
        const CommandLine cmd = parseCommandLine(
            {QStringLiteral("figdeck"), QStringLiteral("--export"), QStringLiteral("o"),
             QStringLiteral("--figures"), QStringLiteral("headline,layer-shares,headline")});
        QCOMPARE(cmd.figureIds,
                 (QStringList{QStringLiteral("headline"), QStringLiteral("layer-shares")}));
    }

    void exportOptionsParsed()
    {
        const CommandLine cmd = parseCommandLine(
            {QStringLiteral("figdeck"), QStringLiteral("--export"), QStringLiteral("d"),
             QStringLiteral("--figures"), QStringLiteral("headline, layer-shares"),
             QStringLiteral("--format"), QStringLiteral("svg,PNG"), QStringLiteral("--size"),
             QStringLiteral("1280x720"), QStringLiteral("--scale"), QStringLiteral("2"),
             QStringLiteral("--dpi"), QStringLiteral("300"), QStringLiteral("--theme"),
             QStringLiteral("dark"), QStringLiteral("--layout"), QStringLiteral("chart"),
             QStringLiteral("--shares-as"), QStringLiteral("Bars")});
        QCOMPARE(int(cmd.action), int(CommandLine::Action::Export));
        QCOMPARE(cmd.figureIds,
                 (QStringList{QStringLiteral("headline"), QStringLiteral("layer-shares")}));
        QVERIFY(cmd.formats == (QList<ExportFormat>{ExportFormat::Svg, ExportFormat::Png}));
        QCOMPARE(cmd.exportOptions.size, QSize(1280, 720));
        QCOMPARE(cmd.exportOptions.scale, 2.0);
        QCOMPARE(cmd.exportOptions.dpi, 300);
        QVERIFY(cmd.exportOptions.theme == ThemeId::Dark);
        QVERIFY(cmd.exportOptions.layout == ExportLayout::ChartOnly);
        QVERIFY(cmd.exportOptions.sharesAsBars);
    }

    void summaryDefaultsToPrintTheme()
    {
        const CommandLine cmd = parseCommandLine(
            {QStringLiteral("figdeck"), QStringLiteral("--summary"), QStringLiteral("s.pdf"),
             QStringLiteral("--page-size"), QStringLiteral("letter")});
        QVERIFY(cmd.summaryOptions.theme == ThemeId::Print);
        QCOMPARE(cmd.summaryOptions.pageSize.id(), QPageSize::Letter);
    }

    // Qt's own options (QGuiApplication's and QApplication's constructors, the X11 plugin's) are
    // taken out with their values wherever they stand, as Qt does, and Figdeck's parse the rest.
    void qtOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<CommandLine::Action>("action");
        QTest::addColumn<QStringList>("qtOptions"); // as named in CommandLine::qtOptions
        QTest::addColumn<QString>("reportPath");
        QTest::addColumn<QString>("error"); // the whole message; empty: none
        using A = CommandLine::Action;
        const auto l = [](std::initializer_list<const char *> items) {
            QStringList list;
            for (const char *item : items)
                list << QString::fromUtf8(item);
            return list;
        };
        QTest::newRow("-platform NAME") << l({"-platform", "offscreen", "--list"}) << A::List
                                        << l({"platform"}) << QString() << QString();
        QTest::newRow("--platform NAME") << l({"--platform", "offscreen", "--list"}) << A::List
                                         << l({"platform"}) << QString() << QString();
        QTest::newRow("-platformpluginpath, -platformtheme")
            << l({"-platformpluginpath", "/opt/qpa", "-platformtheme", "gtk3", "r.json"}) << A::Gui
            << l({"platformpluginpath", "platformtheme"}) << QStringLiteral("r.json") << QString();
        QTest::newRow("-plugin") << l({"-plugin", "evdevmouse", "r.json"}) << A::Gui
                                 << l({"plugin"}) << QStringLiteral("r.json") << QString();
        QTest::newRow("-qmljsdebugger PORT")
            << l({"-qmljsdebugger", "port:1234", "--list"}) << A::List << l({"qmljsdebugger"})
            << QString() << QString();
        QTest::newRow("-qmljsdebugger=PORT")
            << l({"-qmljsdebugger=port:1234,block", "--list"}) << A::List << l({"qmljsdebugger"})
            << QString() << QString();
        QTest::newRow("-qwindowgeometry") << l({"-qwindowgeometry", "640x480+10+10"}) << A::Gui
                                          << l({"qwindowgeometry"}) << QString() << QString();
        QTest::newRow("-geometry, then a report")
            << l({"-geometry", "640x480+10+10", "r.json"}) << A::Gui << l({"geometry"})
            << QStringLiteral("r.json") << QString();
        QTest::newRow("--geometry") << l({"--geometry", "700x500+0+0"}) << A::Gui << l({"geometry"})
                                    << QString() << QString();
        QTest::newRow("-qwindowtitle, -title")
            << l({"-qwindowtitle", "Deck A", "-title", "Deck B"}) << A::Gui
            << l({"qwindowtitle", "title"}) << QString() << QString();
        QTest::newRow("-qwindowicon, -icon")
            << l({"-qwindowicon", "a.svg", "-icon", "b.png"}) << A::Gui
            << l({"qwindowicon", "icon"}) << QString() << QString();
        QTest::newRow("-session") << l({"-session", "1234_5678", "r.json"}) << A::Gui
                                  << l({"session"}) << QStringLiteral("r.json") << QString();
        QTest::newRow("-reverse") << l({"-reverse", "r.json"}) << A::Gui << l({"reverse"})
                                  << QStringLiteral("r.json") << QString();
        QTest::newRow("--reverse")
            << l({"--reverse"}) << A::Gui << l({"reverse"}) << QString() << QString();
        QTest::newRow("-style NAME") << l({"-style", "Fusion", "r.json"}) << A::Gui << l({"style"})
                                     << QStringLiteral("r.json") << QString();
        QTest::newRow("-style=NAME") << l({"-style=Fusion", "r.json"}) << A::Gui << l({"style"})
                                     << QStringLiteral("r.json") << QString();
        QTest::newRow("--style=NAME")
            << l({"--style=Fusion"}) << A::Gui << l({"style"}) << QString() << QString();
        QTest::newRow("-stylesheet FILE")
            << l({"-stylesheet", "a.qss"}) << A::Gui << l({"stylesheet"}) << QString() << QString();
        QTest::newRow("-stylesheet=FILE")
            << l({"-stylesheet=a=b.qss"}) << A::Gui << l({"stylesheet"}) << QString() << QString();
        QTest::newRow("-widgetcount") << l({"-widgetcount", "--list"}) << A::List
                                      << l({"widgetcount"}) << QString() << QString();
        QTest::newRow("X11: -display, -name, -visual")
            << l({"-display", ":93", "-name", "figdeck2", "-visual", "0x21", "r.json"}) << A::Gui
            << l({"display", "name", "visual"}) << QStringLiteral("r.json") << QString();
        QTest::newRow("X11: -nograb, --dograb")
            << l({"-nograb", "--dograb"}) << A::Gui << l({"nograb", "dograb"}) << QString()
            << QString();
        QTest::newRow("Figdeck's options after Qt's")
            << l({"-style", "Fusion", "-reverse", "--export", "out", "--format", "png"})
            << A::Export << l({"style", "reverse"}) << QString() << QString();
        QTest::newRow("Qt's options between Figdeck's")
            << l({"--summary", "s.pdf", "-platform", "offscreen", "--page-size", "Letter",
                  "--reverse"})
            << A::Summary << l({"platform", "reverse"}) << QString() << QString();
        // Qt takes its options wherever they stand, before Figdeck parses.
        QTest::newRow("between an option and its value")
            << l({"--export", "-reverse", "out"}) << A::Export << l({"reverse"}) << QString()
            << QString();
        QTest::newRow("after --") << l({"--", "-reverse", "r.json"}) << A::Gui << l({"reverse"})
                                  << QStringLiteral("r.json") << QString();
        QTest::newRow("a value that starts with a dash")
            << l({"-style", "-reverse", "r.json"}) << A::Gui << l({"style"})
            << QStringLiteral("r.json") << QString();
        QTest::newRow("with an action that stands alone")
            << l({"--draft", "a.pdf", "-platform", "offscreen", "-o", "p.json"}) << A::Draft
            << l({"platform"}) << QString() << QString();
        QTest::newRow("missing value")
            << l({"--list", "-geometry"}) << A::Error << l({"geometry"}) << QString()
            << QStringLiteral("Missing value after '-geometry'.");
        QTest::newRow("missing value, two dashes")
            << l({"--list", "--style"}) << A::Error << l({"style"}) << QString()
            << QStringLiteral("Missing value after '--style'.");
        // Qt reads "=value" only for -style, -stylesheet and -qmljsdebugger.
        QTest::newRow("-geometry=WxH")
            << l({"-geometry=640x480"}) << A::Error << l({"geometry"}) << QString()
            << QStringLiteral(
                   "Option -geometry takes its value as the next argument (-geometry 640x480).");
        QTest::newRow("a flag with a value")
            << l({"--reverse=yes"}) << A::Error << l({"reverse"}) << QString()
            << QStringLiteral("Option -reverse takes no value.");
        QTest::newRow("unknown, one dash") << l({"-xyz"}) << A::Error << QStringList() << QString()
                                           << QStringLiteral("Unknown options: x, y, z.");
        QTest::newRow("unknown beside Qt's")
            << l({"-reverse", "--bogus", "-style", "Fusion"}) << A::Error << l({"reverse", "style"})
            << QString() << QStringLiteral("Unknown option 'bogus'.");
        QTest::newRow("longer than a Qt option")
            << l({"--reverse-order"}) << A::Error << QStringList() << QString()
            << QStringLiteral("Unknown option 'reverse-order'.");
        QTest::newRow("three dashes") << l({"---reverse"}) << A::Error << QStringList() << QString()
                                      << QStringLiteral("Unknown option '-reverse'.");
    }

    void qtOptions()
    {
        QFETCH(QStringList, arguments);
        QFETCH(CommandLine::Action, action);
        QFETCH(QStringList, qtOptions);
        QFETCH(QString, reportPath);
        QFETCH(QString, error);
        arguments.prepend(QStringLiteral("figdeck"));
        const CommandLine cmd = parseCommandLine(arguments);
        QCOMPARE(cmd.errorText, error);
        QCOMPARE(int(cmd.action), int(action));
        QCOMPARE(cmd.qtOptions, qtOptions);
        if (action != CommandLine::Action::Error)
            QCOMPARE(cmd.reportPath, reportPath);
        if (action == CommandLine::Action::Export)
            QCOMPARE(cmd.exportDir, QStringLiteral("out"));
    }

    // Qt takes its options out of argv before Figdeck parses, so a Figdeck option of the same
    // name would never be seen: none may have one.
    void qtOptionNamesAreNotFigdecks_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"platform",      "platformpluginpath",
                                 "platformtheme", "plugin",
                                 "qmljsdebugger", "qwindowgeometry",
                                 "geometry",      "qwindowtitle",
                                 "title",         "qwindowicon",
                                 "icon",          "session",
                                 "reverse",       "style",
                                 "stylesheet",    "widgetcount",
                                 "display",       "name",
                                 "visual",        "nograb",
                                 "dograb"})
            QTest::newRow(name) << QString::fromUtf8(name);
    }

    void qtOptionNamesAreNotFigdecks()
    {
        QFETCH(QString, name);
        const CommandLine cmd = parseCommandLine({QStringLiteral("figdeck")});
        QVERIFY(!cmd.helpText.isEmpty());
        // The help lists each option as "  --name" or "  -o, --output" (Qt's names are longer
        // than Figdeck's one-letter ones).
        const QRegularExpression listed(QStringLiteral("(^|[ ,])--%1( |,|$)").arg(name),
                                        QRegularExpression::MultilineOption);
        QVERIFY2(!listed.match(cmd.helpText).hasMatch(), qPrintable(name));
    }

    void binaryVersion()
    {
        const Run r = runFigdeck({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("figdeck " FIGDECK_VERSION));
    }

    void binaryHelpListsReservedOptions()
    {
        const Run r = runFigdeck({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *option :
             {"--list", "--validate", "--export", "--summary", "--figures", "--format", "--size",
              "--scale", "--dpi", "--theme", "--layout", "--shares-as", "--page-size"})
            QVERIFY2(r.out.contains(QLatin1String(option)), option);
    }

    void binaryUnknownOptionIsOneLineExit2()
    {
        const Run r = runFigdeck({QStringLiteral("--frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY(r.err.startsWith(QLatin1String("figdeck: ")));
        QVERIFY(r.out.isEmpty());
    }

    void binaryWindowWithoutDisplayIsOneLineExit2()
    {
        // runFigdeck removes DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM: no window can open.
        const Run run = runFigdeck({});
        QCOMPARE(run.exitCode, 2); // not 134 (Qt's abort)
        QVERIFY(run.out.isEmpty());
        const QStringList lines = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() == 1 || (lines.size() == 2 &&
                                       lines.first().contains(QLatin1String("XDG_RUNTIME_DIR"))),
                 qPrintable(run.err));
        const QString line = lines.constLast();
        QVERIFY(line.startsWith(QLatin1String("figdeck: There is no display")));
        QVERIFY(line.contains(QLatin1String("--export")));
        QVERIFY(line.contains(QLatin1String("--summary")));
        QVERIFY(line.contains(QLatin1String("--deck")));
        QVERIFY(line.contains(QLatin1String("--data")));
        QVERIFY(!run.err.contains(QLatin1String("Reinstalling")));
    }

    // --help says in one line, in the interface's language, that Qt's options are accepted.
    void binaryHelpNamesQtOptions_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("line");
        const QString names = QStringLiteral(
            "-platform, -platformpluginpath, -platformtheme, -plugin, -qmljsdebugger, "
            "-qwindowgeometry, -geometry, -qwindowtitle, -title, -qwindowicon, -icon, -style, "
            "-stylesheet, -widgetcount, -reverse, -session, -display, -name, -visual, -nograb, "
            "-dograb");
        QTest::newRow("en") << QStringLiteral("C")
                            << QStringLiteral("Qt's standard options are accepted too, with one "
                                              "dash or two: ") +
                                   names + u'.';
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN.UTF-8")
                               << QStringLiteral("也接受 Qt 的标准选项（一个或两个短横线均可）：") +
                                      names + u'。';
    }

    void binaryHelpNamesQtOptions()
    {
        QFETCH(QString, locale);
        QFETCH(QString, line);
        QTemporaryDir config; // no language stored: the locale's
        const Run r = runFigdeck({QStringLiteral("--help")},
                                 {QStringLiteral("XDG_CONFIG_HOME=") + config.path(),
                                  QStringLiteral("LC_ALL=") + locale});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.split(u'\n').contains(line), qPrintable(r.out));
    }

    // The window opens with Qt's options (here on the offscreen platform -platform chose, with
    // no display in the environment) and quits after its first paint.
    void binaryWindowTakesQtOptions()
    {
        QTemporaryDir config;
        const Run r = runFigdeck(
            {QStringLiteral("-platform"), QStringLiteral("offscreen"),
             QStringLiteral("--quit-after-first-paint"), QStringLiteral("-geometry"),
             QStringLiteral("640x480+10+10"), QStringLiteral("-style"), QStringLiteral("Fusion"),
             QStringLiteral("--reverse"), QStringLiteral("-qwindowtitle"), QStringLiteral("Deck"),
             QStringLiteral("-stylesheet=" FIGDECK_TEST_DATA "/app/statusbar.qss")},
            {QStringLiteral("XDG_CONFIG_HOME=") + config.path()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!r.err.contains(QLatin1String("figdeck:")), qPrintable(r.err));
    }

    // Headless actions take Qt's options too, whether a QCoreApplication (--list) or a
    // QApplication on the offscreen platform (--export) runs them.
    void binaryHeadlessTakesQtOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("firstLineStart");
        QTest::newRow("--list")
            << QStringList{QStringLiteral("-platform"), QStringLiteral("offscreen"),
                           QStringLiteral("--list"),    QStringLiteral("-style"),
                           QStringLiteral("Fusion"),    QStringLiteral("-reverse"),
                           QStringLiteral("-geometry"), QStringLiteral("640x480"),
                           QStringLiteral("-display"),  QStringLiteral(":1")}
            << QStringLiteral("headline\t");
        QTest::newRow("--validate")
            << QStringList{QStringLiteral("--reverse"), QStringLiteral("--validate"),
                           QStringLiteral(FIGDECK_TEST_DATA "/model/v2/good/"
                                                            "three-outlets.figdeck.json"),
                           QStringLiteral("-widgetcount")}
            << QStringLiteral(FIGDECK_TEST_DATA "/model/v2/good/three-outlets.figdeck.json: "
                                                "valid report-pack");
        QTest::newRow("--export")
            << QStringList{QStringLiteral("-platform"), QStringLiteral("offscreen"),
                           QStringLiteral("--export"),  QStringLiteral("OUT"),
                           QStringLiteral("-reverse"),  QStringLiteral("--format"),
                           QStringLiteral("svg"),       QStringLiteral("--style=Fusion"),
                           QStringLiteral("--figures"), QStringLiteral("headline"),
                           QStringLiteral("-geometry"), QStringLiteral("640x480")}
            << QStringLiteral("OUT/1-headline.svg");
    }

    void binaryHeadlessTakesQtOptions()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, firstLineStart);
        QTemporaryDir dir;
        arguments.replaceInStrings(QStringLiteral("OUT"), dir.path());
        firstLineStart.replace(QStringLiteral("OUT"), dir.path());
        const Run r = runFigdeck(arguments);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(firstLineStart), qPrintable(r.out));
    }

    void binaryQtOptionWithoutValueIsUsageError()
    {
        const Run r = runFigdeck({QStringLiteral("--list"), QStringLiteral("-style")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err,
                 QStringLiteral("figdeck: Missing value after '-style'. (see figdeck --help)\n"));
        QVERIFY(r.out.isEmpty());
    }

    void binaryListsEmbeddedFigures()
    {
        const Run r = runFigdeck({QStringLiteral("--list")});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
        QStringList ids;
        for (const QString &line : lines) {
            QCOMPARE(line.count(QLatin1Char('\t')), 1);
            ids << line.section(QLatin1Char('\t'), 0, 0);
        }
        QCOMPARE(ids,
                 (QStringList{QStringLiteral("headline"), QStringLiteral("layer-shares"),
                              QStringLiteral("cluster-output"), QStringLiteral("sector-metrics")}));
    }

    // The titles of the embedded report in the language asked for (hand-written here).
    void binaryListsTitlesInLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("titles");
        QTest::newRow("en")
            << QStringLiteral("en")
            << QStringList{QStringLiteral("China's AI industry at a glance"),
                           QStringLiteral("Core-industry companies by layer"),
                           QStringLiteral("National output: three major clusters and the rest"),
                           QStringLiteral("Deployment results by sector")};
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN")
                               << QStringList{QStringLiteral("中国人工智能产业概览"),
                                              QStringLiteral("核心产业企业的分层构成"),
                                              QStringLiteral("全国产出：三大集群与其余地区"),
                                              QStringLiteral("各领域应用成效")};
    }

    void binaryListsTitlesInLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, titles);
        const Run r = runFigdeck({QStringLiteral("--lang"), language, QStringLiteral("--list")});
        QCOMPARE(r.exitCode, 0);
        QStringList listed;
        for (const QString &line : r.out.trimmed().split(QLatin1Char('\n')))
            listed << line.section(QLatin1Char('\t'), 1);
        QCOMPARE(listed, titles);
    }

    // An export in a language is written in it wherever the pack has it: the figure's title,
    // labels, notes and source line, and Figdeck's own words (qualifier chips), never the
    // pack's English beside Chinese chips.
    void binaryExportsInTheChosenLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("title"); // as the SVG writes it, XML-escaped
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("absent");
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringLiteral("China&apos;s AI industry at a glance")
                            << QStringList{QStringLiteral("AI enterprises in China"),
                                           QStringLiteral("lower bound"),
                                           QStringLiteral("Lower bounds: the source says")}
                            << QStringList{QStringLiteral("下限"), QStringLiteral("中国")};
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("中国人工智能产业概览")
                               << QStringList{QStringLiteral("中国人工智能企业数量"),
                                              QStringLiteral("下限"), QStringLiteral("均为下限"),
                                              QStringLiteral("来源")}
                               << QStringList{QStringLiteral("AI enterprises in China"),
                                              QStringLiteral("Lower bounds"),
                                              QStringLiteral("Key figures as reported")};
    }
    void binaryExportsInTheChosenLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, title);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        QTemporaryDir dir;
        const Run r = runFigdeck({QStringLiteral("--lang"), language, QStringLiteral("--export"),
                                  dir.path(), QStringLiteral("--format"), QStringLiteral("svg"),
                                  QStringLiteral("--figures"), QStringLiteral("headline")});
        QCOMPARE(r.exitCode, 0);
        QFile file(r.out.trimmed());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(r.out + r.err));
        const QString svg = QString::fromUtf8(file.readAll());
        QVERIFY2(svg.contains(QStringLiteral("<title>") + title + QStringLiteral("</title>")),
                 qPrintable(title));
        for (const QString &text : present)
            QVERIFY2(svg.contains(text.toHtmlEscaped()), qPrintable(text));
        for (const QString &text : absent)
            QVERIFY2(!svg.contains(text.toHtmlEscaped()), qPrintable(text));
    }

    // A pack in one language only is written in it whatever --lang asks for: Figdeck's own
    // words (chips, scale words, the source line, the description) follow the pack's texts,
    // so an English pack under --lang zh_CN holds no Chinese character at all.
    void binaryExportOfAOneLanguagePack_data()
    {
        QTest::addColumn<QString>("pack");
        QTest::newRow("three outlets") << QStringLiteral("three-outlets");
        QTest::newRow("EU power mix") << QStringLiteral("eu-power-mix");
    }
    void binaryExportOfAOneLanguagePack()
    {
        QFETCH(QString, pack);
        QTemporaryDir dir;
        const Run r = runFigdeck(
            {QStringLiteral(FIGDECK_TEST_DATA "/model/v2/good/%1.figdeck.json").arg(pack),
             QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--export"),
             dir.path(), QStringLiteral("--format"), QStringLiteral("svg")});
        QCOMPARE(r.exitCode, 0);
        const QStringList files = r.out.trimmed().split(QLatin1Char('\n'));
        QVERIFY(!files.isEmpty());
        static const QRegularExpression han(QStringLiteral("\\p{Han}"));
        for (const QString &path : files) {
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            const QString svg = QString::fromUtf8(file.readAll());
            const QRegularExpressionMatch m = han.match(svg);
            QVERIFY2(!m.hasMatch(),
                     qPrintable(path + QStringLiteral(": ") +
                                svg.mid(std::max<qsizetype>(0, m.capturedStart() - 40), 80)));
        }
    }

    void binaryValidate_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stderrPattern");
        QTest::newRow("embedded pack")
            << QStringLiteral(FIGDECK_SOURCE_DIR "/resources/reports/ai-industry-2026.figdeck.json")
            << 0 << QString();
        QTest::newRow("syntax error") << QStringLiteral(FIGDECK_TEST_DATA "/app/broken.json") << 1
                                      << QStringLiteral("broken.json:3:");
        QTest::newRow("missing file")
            << QStringLiteral(FIGDECK_TEST_DATA "/app/does-not-exist.json") << 1
            << QStringLiteral("does-not-exist.json");
    }

    void binaryValidate()
    {
        QFETCH(QString, file);
        QFETCH(int, exitCode);
        QFETCH(QString, stderrPattern);
        const Run r = runFigdeck({QStringLiteral("--validate"), file});
        QCOMPARE(r.exitCode, exitCode);
        if (!stderrPattern.isEmpty())
            QVERIFY2(r.err.contains(stderrPattern), qPrintable(r.err));
    }

    void binaryCheckQuotes_data()
    {
        QTest::addColumn<QStringList>("sources");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected"); // the last line printed
        const QString data = QStringLiteral(FIGDECK_TEST_DATA "/quotes/");
        const QString pack =
            QStringLiteral(FIGDECK_TEST_DATA "/model/v2/good/three-outlets.figdeck.json");
        QTest::newRow("each outlet its text")
            << QStringList{QStringLiteral("outlet-a=") + data + QStringLiteral("outlet-a.txt"),
                           QStringLiteral("outlet-b=") + data + QStringLiteral("outlet-b.html"),
                           QStringLiteral("outlet-c=") + data + QStringLiteral("outlet-c.md")}
            << 0 << pack + QStringLiteral(": all 3 quotes found verbatim");
        QTest::newRow("a and c swapped")
            << QStringList{QStringLiteral("outlet-c=") + data + QStringLiteral("outlet-a.txt"),
                           QStringLiteral("outlet-b=") + data + QStringLiteral("outlet-b.html"),
                           QStringLiteral("outlet-a=") + data + QStringLiteral("outlet-c.md")}
            << 1 << pack + QStringLiteral(": 2 of 3 quotes not found verbatim");
        QTest::newRow("unreadable source")
            << QStringList{data + QStringLiteral("missing.txt")} << 1
            << QStringLiteral("figdeck: ") + data +
                   QStringLiteral("missing.txt: cannot read: No such file or directory");
    }

    void binaryCheckQuotes()
    {
        QFETCH(QStringList, sources);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        const Run r =
            runFigdeck(QStringList{QStringLiteral("--check-quotes"),
                                   QStringLiteral(FIGDECK_TEST_DATA
                                                  "/model/v2/good/three-outlets.figdeck.json")} +
                       sources);
        QCOMPARE(r.exitCode, exitCode);
        const QStringList lines = (exitCode == 0 ? r.out : r.err).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(!lines.isEmpty(), qPrintable(r.err));
        QCOMPARE(lines.last(), expected);
        if (exitCode == 1 && sources.size() == 3)
            QCOMPARE(lines.size(), 3); // one located line per quote, then the count
    }

    void binaryDraftWritesAValidPack()
    {
        QTemporaryDir dir;
        const QString pack = dir.filePath(QStringLiteral("sub/draft.figdeck.json"));
        const QString text = QStringLiteral(FIGDECK_TEST_DATA "/draft/vendor-shares.txt");
        const Run r = runFigdeck({QStringLiteral("--draft"), text, QStringLiteral("-o"), pack});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, pack +
                            QStringLiteral(": drafted 8 numbers in 3 figures; check each "
                                           "against the source (figdeck --check-quotes ") +
                            pack + u' ' + text + QStringLiteral(")\n"));
        QCOMPARE(runFigdeck({QStringLiteral("--validate"), pack}).exitCode, 0);
        QCOMPARE(runFigdeck({QStringLiteral("--check-quotes"), pack, text}).exitCode, 0);

        // Nothing to draft: one line, exit 1, no file.
        const QString empty = dir.filePath(QStringLiteral("none.txt"));
        QFile f(empty);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("No numbers here.\n");
        f.close();
        const QString nothing = dir.filePath(QStringLiteral("nothing.figdeck.json"));
        const Run n = runFigdeck({QStringLiteral("--draft"), empty, QStringLiteral("-o"), nothing});
        QCOMPARE(n.exitCode, 1);
        QCOMPARE(n.err, QStringLiteral("figdeck: ") + empty +
                            QStringLiteral(": no numbers found; nothing to draft\n"));
        QVERIFY(!QFile::exists(nothing));
    }

    void binaryNumbersRefusesAnEncryptedPdf()
    {
        const QString pdf = QStringLiteral(FIGDECK_TEST_DATA "/import/encrypted.pdf");
        const Run r = runFigdeck({QStringLiteral("--numbers"), pdf});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out, QString());
        QCOMPARE(r.err, QStringLiteral("figdeck: ") + pdf +
                            QStringLiteral(": the PDF is encrypted; open it with its password and "
                                           "save an unprotected copy first\n"));
    }

    // Poppler is loaded with the first PDF, not with the program: a start does not pay for it
    // (the dynamic loader's own list of the files it loads says so).
    void binaryStartsWithoutPoppler()
    {
        const Run r = runFigdeck({QStringLiteral("--list")}, {QStringLiteral("LD_DEBUG=files")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QLatin1String("libQt6Core")), "LD_DEBUG=files lists no files");
        QVERIFY2(!r.err.contains(QLatin1String("libpoppler")), qPrintable(r.err.left(2000)));
    }

    void binaryExportWritesEveryFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString out = dir.filePath(QStringLiteral("figs"));
        const Run r = runFigdeck({QStringLiteral("--export"), out, QStringLiteral("--figures"),
                                  QStringLiteral("headline,cluster-output"),
                                  QStringLiteral("--size"), QStringLiteral("800x450")});
        QCOMPARE(r.exitCode, 0);
        const QStringList printed = r.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(printed.size(), 6);
        // Numbered by the figure's place in the report (cluster-output is the third).
        for (const char *name :
             {"1-headline.png", "1-headline.pdf", "1-headline.svg", "3-cluster-output.png",
              "3-cluster-output.pdf", "3-cluster-output.svg"}) {
            const QString path = out + QLatin1Char('/') + QLatin1String(name);
            QVERIFY2(QFileInfo(path).size() > 0, name);
            QVERIFY2(printed.contains(QDir::toNativeSeparators(path)), name);
        }
    }

    void binaryExportIntoAFileSaysWhy()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("afile"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const Run r = runFigdeck(
            {QStringLiteral("--export"), file, QStringLiteral("--format"), QStringLiteral("svg")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("figdeck: Cannot create the folder '%1': '%1' is a "
                                               "file, not a folder.")
                                    .arg(file)),
                 qPrintable(r.err));
    }

    void binarySummaryNotPdfIsUsageError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.txt"));
        const Run r = runFigdeck({QStringLiteral("--summary"), path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY2(r.err.contains(QLatin1String("does not end in .pdf")), qPrintable(r.err));
    }

    void binaryExportUnknownFigureIsUsageError()
    {
        QTemporaryDir dir;
        const Run r = runFigdeck({QStringLiteral("--export"), dir.path(),
                                  QStringLiteral("--figures"), QStringLiteral("no-such-figure")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("no-such-figure")));
        QVERIFY(QDir(dir.path()).isEmpty());
    }

    void binaryExportWriteFailureNamesFile()
    {
        QTemporaryDir dir;
        // A regular file where the output folder should be: nothing can be written below it.
        const QString blocker = dir.filePath(QStringLiteral("blocker"));
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const Run r = runFigdeck({QStringLiteral("--export"), blocker + QStringLiteral("/sub"),
                                  QStringLiteral("--format"), QStringLiteral("png")});
        QCOMPARE(r.exitCode, 1);
        // One line of ours (Qt itself may warn about the environment on other lines).
        const QStringList ours =
            r.err.split(QLatin1Char('\n')).filter(QRegularExpression(QStringLiteral("^figdeck: ")));
        QCOMPARE(ours.size(), 1);
        QVERIFY2(ours.constFirst().contains(QLatin1String("blocker")), qPrintable(r.err));
    }

    void binarySummaryWritesPdf()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("summary.pdf"));
        const Run r = runFigdeck({QStringLiteral("--summary"), pdf, QStringLiteral("--page-size"),
                                  QStringLiteral("Letter")});
        QCOMPARE(r.exitCode, 0);
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        QCOMPARE(r.out.trimmed(), QDir::toNativeSeparators(pdf));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
