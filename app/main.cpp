// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "interfacelanguage.h"
#include "lazyiconstyle.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <QLocale>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Figdeck"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("figdeck.example.org"));
    QCoreApplication::setApplicationName(QStringLiteral("figdeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FIGDECK_VERSION));
}

// --lang, else the language last chosen in the window, else the system's when it is one of
// the offered ones, else English.
QString chosenLanguage(const Figdeck::CommandLine &cmd)
{
    if (!cmd.language.isEmpty())
        return cmd.language;
    const QString stored = QSettings().value(QStringLiteral("view/language")).toString();
    if (Figdeck::uiLanguages().contains(stored))
        return stored;
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN")
                                                            : QStringLiteral("en");
}

} // namespace

int main(int argc, char *argv[])
{
    setApplicationIdentity();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    // The action decides which application object to create: the platform plugin is chosen in
    // its constructor, and only the window needs a display.
    using Action = Figdeck::CommandLine::Action;
    Figdeck::CommandLine cmd = Figdeck::parseCommandLine(arguments);
    // Qt's options (-platform, -style, -geometry, ...) are left in argv for the application
    // object, which takes out those it applies; parseCommandLine() skipped them.
    const QStringList qtOptions = cmd.qtOptions;
    // Without a display (and no platform chosen), the window cannot open: Qt would abort with
    // "Reinstalling the application may fix this problem". Say so in one line instead.
    const bool noDisplay = qEnvironmentVariableIsEmpty("DISPLAY") &&
                           qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
                           qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") &&
                           !qtOptions.contains(u"platform") && !qtOptions.contains(u"display");
    const bool windowWithoutDisplay = cmd.action == Action::Gui && noDisplay;
    std::unique_ptr<QCoreApplication> app;
    if (!windowWithoutDisplay && (cmd.action == Action::Gui || cmd.action == Action::Export ||
                                  cmd.action == Action::Summary || cmd.action == Action::Deck ||
                                  cmd.action == Action::Data)) {
        // Export and summary paint but show nothing: without a display, paint offscreen.
        if (cmd.action != Action::Gui && noDisplay)
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    // Parsed again now that the application and its translators exist: the help text names the
    // executable, and every message is built in the user's language. What the application
    // object left of the arguments: Qt's options it applied are gone.
    const QString language = chosenLanguage(cmd);
    Figdeck::useInterfaceLanguage(language);
    cmd = Figdeck::parseCommandLine(QCoreApplication::arguments());
    if (cmd.action != Action::Error)
        cmd.language = language;
    if (windowWithoutDisplay) {
        QTextStream err(stderr);
        err << "figdeck: " << Figdeck::noDisplayMessage() << Qt::endl;
        return 2;
    }

    if (cmd.isHeadless()) {
        QTextStream out(stdout);
        QTextStream err(stderr);
        return Figdeck::runHeadless(cmd, out, err);
    }

    QApplication::setStyle(new Figdeck::LazyIconStyle(QApplication::style()->name()));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.figdeck.Figdeck"));
    Figdeck::MainWindow window({language, cmd.reportPath});
    if (cmd.quitAfterFirstPaint)
        QObject::connect(&window, &Figdeck::MainWindow::firstChartPainted, app.get(),
                         &QCoreApplication::quit, Qt::QueuedConnection);
    // The icon once the chart is up: reading it loads the SVG icon plugin, which the first
    // paint does not need. Not over the one Qt's -qwindowicon (-icon) gave the window.
    if (!qtOptions.contains(u"qwindowicon") && !qtOptions.contains(u"icon"))
        QObject::connect(
            &window, &Figdeck::MainWindow::firstChartPainted, app.get(),
            [] {
                QTimer::singleShot(0, qApp, [] {
                    QApplication::setWindowIcon(
                        QIcon(QStringLiteral(":/icons/org.figdeck.Figdeck.svg")));
                });
            },
            Qt::SingleShotConnection);
    window.show();
    return app->exec();
}
