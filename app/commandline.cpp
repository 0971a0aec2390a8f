// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "exportwriter.h"
#include "interfacelanguage.h"
#include "numberfinder.h"
#include "packdraft.h"
#include "quotecheck.h"
#include "reportloader.h"
#include "sourcereader.h"
#include "theme.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>

namespace Figdeck {

namespace {

// The translation context "Figdeck::CommandLine", in a form lupdate can see (it files a free
// tr() helper's strings under the namespace, where the runtime never looks them up).
struct CommandLineText
{
    Q_DECLARE_TR_FUNCTIONS(Figdeck::CommandLine)
};

QStringList pageSizeNames()
{
    QStringList names;
    const QList<PageSizeChoice> sizes = summaryPageSizes();
    for (const PageSizeChoice &size : sizes)
        names << size.name;
    return names;
}

QStringList splitList(const QString &value)
{
    QStringList items;
    const QStringList parts = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts)
        items << part.trimmed();
    return items;
}

CommandLine usageError(CommandLine cmd, const QString &text)
{
    cmd.action = CommandLine::Action::Error;
    cmd.errorText = text;
    return cmd;
}

// How Qt reads an option's value.
enum class QtValue {
    None,        // a flag: -reverse
    Next,        // the next argument: -geometry 640x480 (-geometry=640x480 Qt does not read)
    NextOrEqual, // the next argument or after '=': -style Fusion, -style=Fusion
};

struct QtOption
{
    QLatin1String name;
    QtValue value;
};

// Qt 6.4's own options, as documented for the QGuiApplication and QApplication constructors, and
// as QCoreApplication, QGuiApplication, QApplication and the X11 platform plugin take them out of
// argv: "-name" or "--name", the value as the next argument, "=value" only where marked.
// Undocumented ones Qt also takes (-testability, the obsolete -qdevel and -qdebug) are left out.
// No Figdeck option shares a name with one of these (tst_commandline keeps it so): Qt takes its
// options out before Figdeck parses, so a shared name could only ever be Qt's.
constexpr QtOption qtOptions[] = {
    {QLatin1String("platform"), QtValue::Next},
    {QLatin1String("platformpluginpath"), QtValue::Next},
    {QLatin1String("platformtheme"), QtValue::Next},
    {QLatin1String("plugin"), QtValue::Next},
    {QLatin1String("qmljsdebugger"), QtValue::NextOrEqual}, // (also QCoreApplication)
    {QLatin1String("qwindowgeometry"), QtValue::Next},
    {QLatin1String("geometry"), QtValue::Next}, // the -qwindowgeometry of X11
    {QLatin1String("qwindowtitle"), QtValue::Next},
    {QLatin1String("title"), QtValue::Next}, // X11's
    {QLatin1String("qwindowicon"), QtValue::Next},
    {QLatin1String("icon"), QtValue::Next}, // X11's
    {QLatin1String("style"), QtValue::NextOrEqual},
    {QLatin1String("stylesheet"), QtValue::NextOrEqual}, // QApplication's
    {QLatin1String("widgetcount"), QtValue::None},       // QApplication's
    {QLatin1String("reverse"), QtValue::None},
    {QLatin1String("session"), QtValue::Next},
    {QLatin1String("display"), QtValue::Next}, // the X11 platform plugin's, to the end
    {QLatin1String("name"), QtValue::Next},
    {QLatin1String("visual"), QtValue::Next},
    {QLatin1String("nograb"), QtValue::None},
    {QLatin1String("dograb"), QtValue::None},
};

struct WithoutQtOptions
{
    QStringList arguments; // the program name and every argument that is not Qt's
    QStringList given;     // Qt's options found, named without dashes
    QString error;
};

// Takes out Qt's options as Qt does: wherever they stand (after "--" too), each with its value.
WithoutQtOptions withoutQtOptions(const QStringList &arguments)
{
    WithoutQtOptions result;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (i == 0 || !argument.startsWith(u'-')) {
            result.arguments << argument;
            continue;
        }
        const QStringView spelled = QStringView(argument).mid(argument.startsWith(u"--") ? 2 : 1);
        const qsizetype equal = spelled.indexOf(u'=');
        const QStringView name = equal < 0 ? spelled : spelled.left(equal);
        const auto option = std::find_if(std::cbegin(qtOptions), std::cend(qtOptions),
                                         [&](const QtOption &o) { return name == o.name; });
        if (option == std::cend(qtOptions)) {
            result.arguments << argument;
            continue;
        }
        result.given << name.toString();
        if (equal >= 0 && option->value == QtValue::None) {
            result.error = CommandLineText::tr("Option -%1 takes no value.").arg(name);
        } else if (equal >= 0 && option->value == QtValue::Next) {
            result.error =
                CommandLineText::tr("Option -%1 takes its value as the next argument (-%1 %2).")
                    .arg(name, spelled.mid(equal + 1));
        } else if (equal < 0 && option->value != QtValue::None && ++i == arguments.size()) {
            result.error = CommandLineText::tr("Missing value after '%1'.").arg(argument);
        }
        if (!result.error.isEmpty())
            return result;
    }
    return result;
}

} // namespace

QString noDisplayMessage()
{
    return CommandLineText::tr(
        "There is no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set); "
        "--export, --summary, --deck, --data and --list work without one.");
}

bool CommandLine::isHeadless() const
{
    return action != Action::Gui;
}

CommandLine parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    QStringList qtNames;
    for (const QtOption &o : qtOptions)
        qtNames << u'-' + o.name;
    parser.setApplicationDescription(
        CommandLineText::tr("Browse a report's figures with their findings and caveats, and "
                            "export them for slides and print.") +
        u'\n' +
        CommandLineText::tr("Qt's standard options are accepted too, with one dash or two: %1.")
            .arg(qtNames.join(QStringLiteral(", "))));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  CommandLineText::tr("Show this help and exit."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     CommandLineText::tr("Show the version and exit."));
    const QCommandLineOption list(
        QStringLiteral("list"),
        CommandLineText::tr("Print one line per figure (id, tab, title) and exit."));
    const QCommandLineOption validate(
        QStringLiteral("validate"),
        CommandLineText::tr("Check a report-pack file; print each problem as "
                            "FILE:LINE:COL and exit (0 valid, 1 invalid)."),
        CommandLineText::tr("FILE"));
    const QCommandLineOption exportDir(
        QStringLiteral("export"),
        CommandLineText::tr("Write DIR/<figure-id>.<ext> for each figure and "
                            "format, print each path, and exit."),
        CommandLineText::tr("DIR"));
    const QCommandLineOption summary(
        QStringLiteral("summary"),
        CommandLineText::tr("Write the printable summary as PDF and exit."),
        CommandLineText::tr("FILE.pdf"));
    const QCommandLineOption figures(
        QStringLiteral("figures"), CommandLineText::tr("Only these figures (comma-separated ids)."),
        CommandLineText::tr("IDS"));
    const QCommandLineOption format(
        QStringLiteral("format"),
        CommandLineText::tr("Export formats, comma-separated: %1 (default: all).")
            .arg(exportFormatNames().join(QLatin1Char(','))),
        CommandLineText::tr("LIST"));
    const QCommandLineOption size(
        QStringLiteral("size"),
        CommandLineText::tr("Figure size in logical pixels (default 1920x1080)."),
        CommandLineText::tr("WxH"));
    const QCommandLineOption scale(QStringLiteral("scale"),
                                   CommandLineText::tr("PNG pixel scale, %1 to %2 (default 1).")
                                       .arg(MinPngScale)
                                       .arg(MaxPngScale),
                                   CommandLineText::tr("N"));
    const QCommandLineOption dpi(
        QStringLiteral("dpi"),
        CommandLineText::tr("PNG resolution metadata, %1 to %2 (default 96).")
            .arg(MinDpi)
            .arg(MaxDpi),
        CommandLineText::tr("N"));
    const QCommandLineOption theme(
        QStringLiteral("theme"),
        CommandLineText::tr("%1 (default: light for figures, print for the summary).")
            .arg(choiceList(Theme::names())),
        CommandLineText::tr("THEME"));
    const QCommandLineOption layout(
        QStringLiteral("layout"),
        CommandLineText::tr("%1 (default slide).").arg(choiceList(exportLayoutNames())),
        CommandLineText::tr("LAYOUT"));
    // bars: every shares figure as bars, as the View menu does (donut: as the pack says).
    const QStringList sharesStyles = {QStringLiteral("donut"), QStringLiteral("bars")};
    const QCommandLineOption sharesAs(
        QStringLiteral("shares-as"),
        CommandLineText::tr("Shares figures as %1 (default donut, or bars where the pack says so).")
            .arg(choiceList(sharesStyles)),
        CommandLineText::tr("STYLE"));
    const QCommandLineOption pageSize(
        QStringLiteral("page-size"),
        CommandLineText::tr("Summary page size: %1 (default A4).").arg(choiceList(pageSizeNames())),
        CommandLineText::tr("SIZE"));
    const QCommandLineOption deck(
        QStringLiteral("deck"),
        CommandLineText::tr("Write a slide deck (PowerPoint, with native charts, speaker notes "
                            "and sources) and exit."),
        CommandLineText::tr("FILE.pptx"));
    QStringList aspectNames;
    for (DeckAspect a : allDeckAspects())
        aspectNames << toString(a);
    const QCommandLineOption aspect(
        QStringLiteral("aspect"),
        CommandLineText::tr("Slide shape for --deck: %1 (default %2).")
            .arg(aspectNames.join(QStringLiteral(", ")), aspectNames.constFirst()),
        CommandLineText::tr("RATIO"));
    const QCommandLineOption pictures(
        QStringLiteral("pictures"),
        CommandLineText::tr("For --deck: every figure as a picture, no native charts."));
    QStringList dataNames;
    for (DataFormat f : allDataFormats())
        dataNames << QStringLiteral("FILE.") + toString(f);
    const QCommandLineOption data(
        QStringLiteral("data"),
        CommandLineText::tr("Write every number with its unit, qualifier, status, period, source "
                            "and quote as a spreadsheet and exit."),
        dataNames.join(QLatin1Char('|')));
    const QCommandLineOption numbers(
        QStringLiteral("numbers"),
        CommandLineText::tr("Print every number a text states (line, column, value, unit, "
                            "qualifier, period, status, quote; tab-separated) and exit. "
                            "SOURCE: a text, Markdown, HTML or PDF file, or - for standard input."),
        CommandLineText::tr("SOURCE"));
    const QCommandLineOption checkQuotes(
        QStringLiteral("check-quotes"),
        CommandLineText::tr("Check that every quote of PACK stands verbatim in the source texts "
                            "given as arguments (text, Markdown, HTML or PDF; SOURCE-ID=FILE "
                            "gives one source of the pack its own text) and exit: 1 when a quote "
                            "is missing."),
        CommandLineText::tr("PACK"));
    const QCommandLineOption draft(
        QStringLiteral("draft"),
        CommandLineText::tr("Draft a version-2 report pack from SOURCE (text, Markdown, HTML or "
                            "PDF): every number with its quote, qualifier, unit, period and "
                            "status, figures proposed from the text's structure, caveats for "
                            "bounds, approximations, projections and derived values. Needs -o."),
        CommandLineText::tr("SOURCE"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    CommandLineText::tr("The pack --draft writes."),
                                    CommandLineText::tr("PACK.figdeck.json"));
    const QCommandLineOption quitAfterPaint(
        QStringLiteral("quit-after-first-paint"),
        CommandLineText::tr(
            "Quit once the window and its first chart have been painted (start-up benchmark)."));
    parser.addOptions({help, version, list, validate, exportDir, summary, figures, format, size,
                       scale, dpi, theme, layout, sharesAs, pageSize, quitAfterPaint});
    parser.addOptions({deck, aspect, pictures, data, numbers, checkQuotes, draft, output});
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        CommandLineText::tr("Language of the interface and of the report's texts: %1 (default: "
                            "the last one chosen, else the system's).")
            .arg(choiceList(uiLanguages())),
        CommandLineText::tr("LANG"));
    parser.addOption(lang);
    parser.addPositionalArgument(
        QStringLiteral("report"),
        CommandLineText::tr("A report-pack file (JSON). Default: the embedded report."),
        CommandLineText::tr("[REPORT.json]"));

    CommandLine cmd;
    // The usage text names the executable, which needs an application object; the action is
    // decided before one exists (it chooses which kind to create), so help is built later.
    if (QCoreApplication::instance())
        cmd.helpText = parser.helpText();
    const WithoutQtOptions own = withoutQtOptions(arguments);
    cmd.qtOptions = own.given;
    if (!own.error.isEmpty())
        return usageError(cmd, own.error);
    if (!parser.parse(own.arguments))
        return usageError(cmd, parser.errorText());
    if (parser.isSet(help)) {
        cmd.action = CommandLine::Action::Help;
        return cmd;
    }
    if (parser.isSet(version)) {
        cmd.action = CommandLine::Action::Version;
        return cmd;
    }

    const QStringList positional = parser.positionalArguments();
    const bool alone = [&] {
        const QStringList names = parser.optionNames();
        return std::all_of(names.cbegin(), names.cend(), [](const QString &n) {
            return n == u"check-quotes" || n == u"draft" || n == u"o" || n == u"output" ||
                   n == u"lang";
        });
    }();
    if (parser.isSet(draft)) {
        cmd.action = CommandLine::Action::Draft;
        cmd.draftSource = parser.value(draft);
        cmd.draftOutput = parser.value(output);
        if (cmd.draftSource.isEmpty())
            return usageError(cmd, CommandLineText::tr("--draft needs a source file."));
        if (cmd.draftOutput.isEmpty())
            return usageError(cmd, CommandLineText::tr("--draft needs -o PACK.figdeck.json."));
        if (!alone || parser.isSet(checkQuotes) || !positional.isEmpty())
            return usageError(
                cmd, CommandLineText::tr("--draft cannot be combined with other actions."));
        return cmd;
    }
    if (parser.isSet(output))
        return usageError(cmd, CommandLineText::tr("--output (-o) needs --draft."));
    if (parser.isSet(checkQuotes)) {
        cmd.action = CommandLine::Action::CheckQuotes;
        cmd.quotesPack = parser.value(checkQuotes);
        cmd.quoteSources = positional;
        if (cmd.quotesPack.isEmpty())
            return usageError(cmd, CommandLineText::tr("--check-quotes needs a report pack."));
        if (positional.isEmpty())
            return usageError(
                cmd, CommandLineText::tr("--check-quotes needs the source texts as arguments."));
        if (!alone)
            return usageError(
                cmd, CommandLineText::tr("--check-quotes cannot be combined with other actions."));
        return cmd;
    }
    if (positional.size() > 1)
        return usageError(
            cmd, CommandLineText::tr("Too many arguments: only one report file can be opened."));
    cmd.reportPath = positional.value(0);
    cmd.quitAfterFirstPaint = parser.isSet(quitAfterPaint);
    if (parser.isSet(lang)) {
        cmd.language = parser.value(lang);
        if (!uiLanguages().contains(cmd.language))
            return usageError(cmd, CommandLineText::tr("Unknown language '%1': choose %2.")
                                       .arg(cmd.language, choiceList(uiLanguages())));
    }

    if (parser.isSet(figures)) {
        // Each figure once, in the order given: "a,a" writes a's files once.
        const QStringList ids = splitList(parser.value(figures));
        for (const QString &id : ids) {
            if (!cmd.figureIds.contains(id))
                cmd.figureIds << id;
        }
        if (cmd.figureIds.isEmpty())
            return usageError(cmd, CommandLineText::tr("--figures needs at least one figure id."));
    }

    if (parser.isSet(format)) {
        cmd.formats.clear();
        const QStringList names = splitList(parser.value(format));
        for (const QString &name : names) {
            const auto f = exportFormatFromString(name.toLower());
            if (!f)
                return usageError(cmd, CommandLineText::tr("Format '%1' is unknown (%2).")
                                           .arg(name, choiceList(exportFormatNames())));
            if (!cmd.formats.contains(*f))
                cmd.formats << *f;
        }
        if (cmd.formats.isEmpty())
            return usageError(cmd, CommandLineText::tr("--format needs at least one of %1.")
                                       .arg(choiceList(exportFormatNames())));
    }
    if (parser.isSet(size)) {
        static const QRegularExpression re(QStringLiteral("^(\\d{1,5})[xX](\\d{1,5})$"));
        const auto m = re.match(parser.value(size));
        const int w = m.hasMatch() ? m.captured(1).toInt() : 0;
        const int h = m.hasMatch() ? m.captured(2).toInt() : 0;
        if (!m.hasMatch())
            return usageError(cmd,
                              CommandLineText::tr("Size '%1' is not WxH (for example 1920x1080).")
                                  .arg(parser.value(size)));
        cmd.exportOptions.size = QSize(w, h);
    }
    if (parser.isSet(scale)) {
        // The range is the exporter's (exportOptionsError below); here only the number.
        bool ok = false;
        const double s = parser.value(scale).toDouble(&ok);
        if (!ok)
            return usageError(cmd, CommandLineText::tr("Scale '%1' is not a number (%2 to %3).")
                                       .arg(parser.value(scale))
                                       .arg(MinPngScale)
                                       .arg(MaxPngScale));
        cmd.exportOptions.scale = s;
    }
    if (parser.isSet(dpi)) {
        bool ok = false;
        const int d = parser.value(dpi).toInt(&ok);
        if (!ok)
            return usageError(cmd, CommandLineText::tr("DPI '%1' is not a whole number (%2 to %3).")
                                       .arg(parser.value(dpi))
                                       .arg(MinDpi)
                                       .arg(MaxDpi));
        cmd.exportOptions.dpi = d;
    }
    if (parser.isSet(theme)) {
        const auto t = Theme::fromName(parser.value(theme).toLower());
        if (!t)
            return usageError(cmd, CommandLineText::tr("Theme '%1' is unknown (%2).")
                                       .arg(parser.value(theme), choiceList(Theme::names())));
        cmd.exportOptions.theme = *t;
        cmd.summaryOptions.theme = *t;
        cmd.deckOptions.theme = *t;
    }
    if (parser.isSet(sharesAs)) {
        const QString style = parser.value(sharesAs).toLower();
        if (!sharesStyles.contains(style))
            return usageError(cmd, CommandLineText::tr("Shares style '%1' is unknown (%2).")
                                       .arg(parser.value(sharesAs), choiceList(sharesStyles)));
        cmd.exportOptions.sharesAsBars = style == QLatin1String("bars");
        cmd.deckOptions.sharesAsBars = cmd.exportOptions.sharesAsBars;
    }
    if (parser.isSet(layout)) {
        const auto l = exportLayoutFromString(parser.value(layout).toLower());
        if (!l)
            return usageError(cmd, CommandLineText::tr("Layout '%1' is unknown (%2).")
                                       .arg(parser.value(layout), choiceList(exportLayoutNames())));
        cmd.exportOptions.layout = *l;
    }
    if (parser.isSet(pageSize)) {
        const QString v = parser.value(pageSize).trimmed();
        const QList<PageSizeChoice> sizes = summaryPageSizes();
        const auto found = std::find_if(sizes.cbegin(), sizes.cend(), [&](const PageSizeChoice &c) {
            return c.name.compare(v, Qt::CaseInsensitive) == 0;
        });
        if (found == sizes.cend())
            return usageError(cmd, CommandLineText::tr("Page size '%1' is unknown (%2).")
                                       .arg(parser.value(pageSize), choiceList(pageSizeNames())));
        cmd.summaryOptions.pageSize = QPageSize(found->id);
    }
    cmd.summaryOptions.figureIds = cmd.figureIds;
    cmd.deckOptions.figureIds = cmd.figureIds;
    if (parser.isSet(aspect)) {
        const auto a = deckAspectFromString(parser.value(aspect));
        if (!a)
            return usageError(cmd, CommandLineText::tr("Aspect '%1' is unknown (%2).")
                                       .arg(parser.value(aspect), choiceList(aspectNames)));
        cmd.deckOptions.aspect = *a;
    }
    cmd.deckOptions.pictures = parser.isSet(pictures);
    if (parser.isSet(data) && !dataFormatForPath(parser.value(data)))
        return usageError(cmd, CommandLineText::tr("Data file '%1' does not end in .xlsx or .csv.")
                                   .arg(parser.value(data)));
    // The exporter's own limits (size, aspect, pixels) decide what is a usage error.
    if (const QString problem = exportOptionsError(cmd.exportOptions); !problem.isEmpty())
        return usageError(cmd, problem);

    const bool exporting = parser.isSet(exportDir);
    const bool summarizing = parser.isSet(summary);
    const bool decking = parser.isSet(deck);
    const bool writingData = parser.isSet(data);
    for (const QCommandLineOption *o : {&aspect, &pictures}) {
        if (parser.isSet(*o) && !decking)
            return usageError(
                cmd, CommandLineText::tr("--%1 needs --deck.").arg(o->names().constLast()));
    }
    const int actions = int(parser.isSet(list)) + int(parser.isSet(validate)) +
                        int(parser.isSet(numbers)) +
                        int(exporting || summarizing || decking || writingData);
    if (actions > 1)
        return usageError(
            cmd,
            CommandLineText::tr("--list, --validate and --export/--summary cannot be combined."));

    for (const QCommandLineOption *o : {&format, &size, &scale, &dpi, &layout, &sharesAs}) {
        // A deck draws shares as the figures do: --shares-as applies to it too.
        if (parser.isSet(*o) && !exporting && !(o == &sharesAs && decking))
            return usageError(
                cmd, CommandLineText::tr("--%1 needs --export.").arg(o->names().constLast()));
    }
    if (parser.isSet(pageSize) && !summarizing)
        return usageError(cmd, CommandLineText::tr("--page-size needs --summary."));
    if ((parser.isSet(figures) || parser.isSet(theme)) && !exporting && !summarizing && !decking &&
        !writingData)
        return usageError(cmd,
                          CommandLineText::tr(
                              "--figures and --theme need --export, --summary, --deck or --data."));

    if (parser.isSet(numbers)) {
        cmd.action = CommandLine::Action::Numbers;
        cmd.numbersPath = parser.value(numbers);
        if (!cmd.reportPath.isEmpty())
            return usageError(
                cmd, CommandLineText::tr("--numbers takes its source as its value, not a report."));
    } else if (parser.isSet(list)) {
        cmd.action = CommandLine::Action::List;
    } else if (parser.isSet(validate)) {
        cmd.action = CommandLine::Action::Validate;
        cmd.validatePath = parser.value(validate);
        if (!cmd.reportPath.isEmpty())
            return usageError(cmd, CommandLineText::tr(
                                       "--validate takes its file as its value, not as a report."));
    } else if (exporting || summarizing || decking || writingData) {
        cmd.action = exporting     ? CommandLine::Action::Export
                     : summarizing ? CommandLine::Action::Summary
                     : decking     ? CommandLine::Action::Deck
                                   : CommandLine::Action::Data;
        cmd.deckPath = parser.value(deck);
        cmd.dataPath = parser.value(data);
        cmd.exportDir = parser.value(exportDir);
        cmd.summaryPath = parser.value(summary);
        // An empty value would otherwise write nothing and exit 0.
        if (exporting && cmd.exportDir.isEmpty())
            return usageError(cmd, CommandLineText::tr("--export needs a folder name."));
        if (summarizing && cmd.summaryPath.isEmpty())
            return usageError(cmd, CommandLineText::tr("--summary needs a file name."));
        if (summarizing && !cmd.summaryPath.isEmpty() &&
            !cmd.summaryPath.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
            return usageError(cmd,
                              CommandLineText::tr("Summary file '%1' does not end in .pdf (the "
                                                  "summary is written as PDF).")
                                  .arg(cmd.summaryPath));
        if (summarizing && !parser.isSet(theme))
            cmd.summaryOptions.theme = ThemeId::Print;
    }
    return cmd;
}

namespace {

void printDiagnostics(const QList<Diagnostic> &diagnostics, QTextStream &err)
{
    for (const Diagnostic &d : diagnostics)
        err << d.toString() << Qt::endl;
}

// Loads the positional report or the embedded one; prints problems. nullopt: exit 1.
std::optional<Report> loadForCli(const CommandLine &cmd, QTextStream &err)
{
    if (cmd.reportPath.isEmpty())
        return embeddedReport();
    LoadResult result = loadReportPack(cmd.reportPath);
    printDiagnostics(result.diagnostics, err);
    return result.report;
}

// SOURCE arguments: "FILE", or "ID=FILE" when ID names a source of the pack.
int runCheckQuotes(const CommandLine &cmd, QTextStream &out, QTextStream &err)
{
    QFile packFile(cmd.quotesPack);
    if (!packFile.open(QIODevice::ReadOnly)) {
        err << "figdeck: "
            << CommandLineText::tr("%1: cannot read: %2")
                   .arg(cmd.quotesPack, packFile.errorString())
            << Qt::endl;
        return 1;
    }
    const QByteArray pack = packFile.read(MaxReportPackBytes + 1);
    const LoadResult loaded = parseReportPack(pack, cmd.quotesPack);
    if (!loaded.ok() && !loaded.draft) {
        printDiagnostics(loaded.errors(), err);
        return 1;
    }
    const Report &report = loaded.ok() ? *loaded.report : *loaded.draft;
    QList<QuoteSourceText> texts;
    for (const QString &arg : cmd.quoteSources) {
        QuoteSourceText t;
        t.name = arg;
        const qsizetype eq = arg.indexOf(u'=');
        if (eq > 0 && report.source(arg.left(eq))) {
            t.sourceId = arg.left(eq);
            t.name = arg.mid(eq + 1);
        }
        const TextSource source = readSource(t.name);
        if (!source.ok()) {
            err << "figdeck: " << source.error << Qt::endl;
            return 1;
        }
        t.text = source.text;
        texts.append(t);
    }
    const QuoteCheck check = checkQuotes(pack, cmd.quotesPack, texts);
    printDiagnostics(check.diagnostics, err);
    if (!check.diagnostics.isEmpty()) {
        err << CommandLineText::tr("%1: %n of %2 quotes not found verbatim", nullptr,
                                   int(check.diagnostics.size()))
                   .arg(cmd.quotesPack)
                   .arg(check.checked)
            << Qt::endl;
        return 1;
    }
    out << CommandLineText::tr("%1: all %n quotes found verbatim", nullptr, check.checked)
               .arg(cmd.quotesPack)
        << Qt::endl;
    return 0;
}

// Writes the drafted pack only when it reads back as a valid pack: never a broken file.
int runDraft(const CommandLine &cmd, QTextStream &out, QTextStream &err)
{
    const TextSource source = readSource(cmd.draftSource);
    if (!source.ok()) {
        err << "figdeck: " << source.error << Qt::endl;
        return 1;
    }
    const Report report = draftReport(source.text, cmd.draftSource);
    if (report.metrics.isEmpty()) {
        err << "figdeck: "
            << CommandLineText::tr("%1: no numbers found; nothing to draft").arg(cmd.draftSource)
            << Qt::endl;
        return 1;
    }
    const QByteArray bytes = serializeReportPack(report);
    const LoadResult check = parseReportPack(bytes, cmd.draftOutput);
    if (!check.ok()) {
        printDiagnostics(check.errors(), err);
        err << "figdeck: "
            << CommandLineText::tr("the draft of %1 is not a valid pack (a Figdeck bug); "
                                   "nothing written")
                   .arg(cmd.draftSource)
            << Qt::endl;
        return 1;
    }
    const ExportResult written = writeFileAtomically(cmd.draftOutput, bytes);
    if (!written.ok) {
        err << "figdeck: " << written.error << Qt::endl;
        return 1;
    }
    out << CommandLineText::tr("%1: drafted %2 numbers in %3 figures; check each against the "
                               "source (figdeck --check-quotes %1 %4)")
               .arg(cmd.draftOutput)
               .arg(report.metrics.size())
               .arg(report.figures.size())
               .arg(cmd.draftSource)
        << Qt::endl;
    return 0;
}

} // namespace

int runHeadless(const CommandLine &cmd, QTextStream &out, QTextStream &err)
{
    // Headless output draws in the chart theme's font only. The application's font, the
    // platform's "Sans Serif", is then needed by nothing but the title item every QChart makes
    // and never shows, and resolving that alias costs fontconfig a fallback sort: 46 M of the
    // 138 M instructions of exporting a donut as PDF. In the theme's family it costs nothing.
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        QGuiApplication::setFont(QFont(Theme::get(ThemeId::Light).fontFamily));
    switch (cmd.action) {
    case CommandLine::Action::Gui:
        return 0;
    case CommandLine::Action::Help:
        out << cmd.helpText;
        return 0;
    case CommandLine::Action::Version:
        out << "figdeck " << QStringLiteral(FIGDECK_VERSION) << Qt::endl;
        return 0;
    case CommandLine::Action::Error:
        err << "figdeck: " << cmd.errorText << ' ' << CommandLineText::tr("(see figdeck --help)")
            << Qt::endl;
        return 2;
    case CommandLine::Action::Numbers: {
        const TextSource source = readSource(cmd.numbersPath);
        if (!source.ok()) {
            err << "figdeck: " << source.error << Qt::endl;
            return 1;
        }
        out << foundNumbersHeader() << '\n';
        for (const FoundNumber &n : findNumbers(source.text))
            out << foundNumberLine(n) << '\n';
        out.flush();
        return 0;
    }
    case CommandLine::Action::CheckQuotes:
        return runCheckQuotes(cmd, out, err);
    case CommandLine::Action::Draft:
        return runDraft(cmd, out, err);
    case CommandLine::Action::Validate: {
        const LoadResult result = loadReportPack(cmd.validatePath);
        printDiagnostics(result.diagnostics, err);
        if (!result.ok())
            return 1;
        out << CommandLineText::tr("%1: valid report-pack (%2 figures, %3 metrics, %4 warnings)")
                   .arg(cmd.validatePath)
                   .arg(result.report->figures.size())
                   .arg(result.report->metrics.size())
                   .arg(result.warnings().size())
            << Qt::endl;
        return 0;
    }
    case CommandLine::Action::List: {
        const auto report = loadForCli(cmd, err);
        if (!report)
            return 1;
        for (const Figure &f : report->figures)
            out << f.id << '\t' << f.title.text(reportLanguageFor(cmd.language)) << Qt::endl;
        return 0;
    }
    case CommandLine::Action::Export:
    case CommandLine::Action::Summary:
    case CommandLine::Action::Deck:
    case CommandLine::Action::Data: {
        const auto loaded = loadForCli(cmd, err);
        if (!loaded)
            return 1;
        // Written in the chosen language wherever the pack has it (--lang, else the stored or
        // the system's), as the window shows it.
        const std::optional<Report> report =
            reportShownIn(*loaded, reportLanguageFor(cmd.language));
        // Figdeck's own words in the files (qualifier chips, scale words, "Source:") in the
        // language their texts are in: a pack without the chosen language is written in its own
        // language throughout, never English labels around Chinese chips and 万 forms. Messages
        // stay in the interface language.
        useReportTextLanguage(report->language);
        QStringList ids = cmd.figureIds;
        for (const QString &id : std::as_const(ids)) {
            if (!report->figure(id)) {
                QStringList known;
                for (const Figure &f : report->figures)
                    known << f.id;
                err << "figdeck: "
                    << CommandLineText::tr("Figure id '%1' is unknown (known: %2).")
                           .arg(id, known.join(QStringLiteral(", ")))
                    << Qt::endl;
                return 2;
            }
        }
        if (ids.isEmpty()) {
            for (const Figure &f : report->figures)
                ids << f.id;
        }
        if (!cmd.exportDir.isEmpty()) {
            const BatchResult batch =
                exportFigures(*report, ids, cmd.formats, cmd.exportOptions, cmd.exportDir);
            for (const QString &path : batch.written)
                out << QDir::toNativeSeparators(path) << Qt::endl;
            if (!batch.error.isEmpty()) {
                err << "figdeck: " << batch.error << Qt::endl;
                return 1;
            }
        }
        if (!cmd.summaryPath.isEmpty()) {
            SummaryOptions options = cmd.summaryOptions;
            options.figureIds = cmd.figureIds;
            const ExportResult result = writeSummaryPdf(*report, options, cmd.summaryPath);
            if (!result.ok) {
                err << "figdeck: " << result.error << Qt::endl;
                return 1;
            }
            out << QDir::toNativeSeparators(result.path) << Qt::endl;
        }
        const auto written = [&](const ExportResult &result) {
            if (!result.ok) {
                err << "figdeck: " << result.error << Qt::endl;
                return false;
            }
            out << QDir::toNativeSeparators(result.path) << Qt::endl;
            return true;
        };
        if (!cmd.deckPath.isEmpty() && !written(writeDeck(*report, cmd.deckOptions, cmd.deckPath)))
            return 1;
        if (!cmd.dataPath.isEmpty() && !written(writeData(*report, cmd.figureIds, cmd.dataPath)))
            return 1;
        return 0;
    }
    }
    return 0;
}

} // namespace Figdeck
