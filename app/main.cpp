// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
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
    std::unique_ptr<QCoreApplication> app;
    if (cmd.action == Action::Gui || cmd.action == Action::Export ||
        cmd.action == Action::Summary) {
        // Export and summary paint but show nothing: without a display, paint offscreen.
        if (cmd.action != Action::Gui && qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
            qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
        if (cmd.action == Action::Help)
            cmd = Figdeck::parseCommandLine(arguments);
    }

    if (cmd.isHeadless()) {
        QTextStream out(stdout);
        QTextStream err(stderr);
        return Figdeck::runHeadless(cmd, out, err);
    }

    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.figdeck.Figdeck.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.figdeck.Figdeck"));
    Figdeck::MainWindow window;
    if (!cmd.reportPath.isEmpty())
        window.openReport(cmd.reportPath);
    if (cmd.quitAfterFirstPaint)
        QObject::connect(&window, &Figdeck::MainWindow::firstChartPainted, app.get(),
                         &QCoreApplication::quit, Qt::QueuedConnection);
    window.show();
    return app->exec();
}
