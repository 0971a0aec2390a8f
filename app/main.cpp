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

// Only the options that paint need a GUI application; which one is decided before any
// application object exists, because the platform plugin is chosen in its constructor.
enum class AppKind {
    Core,      // --list, --validate, --help, --version: no GUI at all
    Offscreen, // --export, --summary: paints, but never shows a window
    Gui,
};

AppKind appKindFor(int argc, char *argv[])
{
    bool headless = false;
    bool paints = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        const QByteArray name = arg.split('=').constFirst();
        if (name == "--export" || name == "--summary")
            paints = true;
        else if (name == "--list" || name == "--validate" || name == "--help" || name == "-h" ||
                 name == "--version" || name == "-v")
            headless = true;
    }
    if (paints)
        return AppKind::Offscreen;
    return headless ? AppKind::Core : AppKind::Gui;
}

} // namespace

int main(int argc, char *argv[])
{
    setApplicationIdentity();
    const AppKind kind = appKindFor(argc, argv);
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    std::unique_ptr<QCoreApplication> app;
    if (kind != AppKind::Core) {
        // Export and summary need no display: without one, paint offscreen.
        if (kind == AppKind::Offscreen && qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
            qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }

    const Figdeck::CommandLine cmd = Figdeck::parseCommandLine(arguments);
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
