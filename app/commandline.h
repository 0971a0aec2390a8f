// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataexport.h"
#include "figureexport.h"
#include "slidedeck.h"
#include "summarydocument.h"

#include <QString>
#include <QStringList>

#include <optional>

class QTextStream;

namespace Figdeck {

// What the user asked for on the command line, parsed without side effects (testable).
struct CommandLine
{
    enum class Action {
        Gui,         // open the window
        Help,        // --help
        Version,     // --version
        List,        // --list
        Validate,    // --validate FILE
        Export,      // --export DIR
        Summary,     // --summary FILE.pdf
        Deck,        // --deck FILE.pptx
        Data,        // --data FILE.xlsx|FILE.csv
        Numbers,     // --numbers SOURCE
        CheckQuotes, // --check-quotes PACK SOURCE...
        Draft,       // --draft SOURCE -o PACK
        Error,       // usage error: errorText
    };
    Action action = Action::Gui;
    QString reportPath;       // positional REPORT.json; empty: the embedded report
    QString validatePath;     // --validate
    QString exportDir;        // --export
    QString summaryPath;      // --summary (may be combined with --export)
    QString deckPath;         // --deck (may be combined with --export, --summary, --data)
    QString dataPath;         // --data (likewise)
    QString numbersPath;      // --numbers: a text, Markdown, HTML or PDF file, or - for stdin
    QString quotesPack;       // --check-quotes: the pack whose quotes are checked
    QStringList quoteSources; // its SOURCE arguments: FILE or SOURCE-ID=FILE
    QString draftSource;      // --draft: the text or PDF a pack is drafted from
    QString draftOutput;      // -o: the pack written
    DeckOptions deckOptions;
    QStringList figureIds;
    QList<ExportFormat> formats{ExportFormat::Png, ExportFormat::Pdf, ExportFormat::Svg};
    ExportOptions exportOptions;
    SummaryOptions summaryOptions;
    bool quitAfterFirstPaint = false;
    QString language; // --lang: one of uiLanguages(); empty: the stored choice or the system's
    // Qt's own options given, named without dashes ("platform", "geometry"): taken out with their
    // values before Figdeck's options are parsed; the application object applies them.
    QStringList qtOptions;
    QString errorText;
    QString helpText;

    // Whether this action needs no window (so no display).
    bool isHeadless() const;
};

// Parses arguments as main() gets them, or as QCoreApplication::arguments() leaves them. Qt's
// own options (-platform, -style, -geometry WxH+X+Y, -reverse, ...) are accepted wherever they
// stand, with one dash or two, as Qt reads them: the application object takes out those it
// applies, and whichever are left (all of them under a QCoreApplication, the X11 ones on another
// platform) are skipped here too.
CommandLine parseCommandLine(const QStringList &arguments);

// The one line printed when the window is asked for and there is no display.
QString noDisplayMessage();

// Runs a headless action; returns the process exit code (0 ok, 1 failure, 2 usage).
int runHeadless(const CommandLine &cmd, QTextStream &out, QTextStream &err);

} // namespace Figdeck
