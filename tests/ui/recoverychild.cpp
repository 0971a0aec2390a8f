// SPDX-License-Identifier: GPL-3.0-or-later
// The application as tst_editor's crash test runs it in a child process: the main window on
// the embedded report, one edit through the data table, and then it waits, to be killed with
// SIGKILL once it says (on stdout) that its recovery file is written.
#include "datatablemodel.h"
#include "mainwindow.h"
#include "recoveryfile.h"
#include "reportdocument.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTableView>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("Figdeck"));
    QCoreApplication::setApplicationName(QStringLiteral("figdeck-editor-test"));
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    Figdeck::MainWindow window;
    window.recoveryFile()->setDelay(50);
    QObject::connect(
        window.recoveryFile(), &Figdeck::RecoveryFile::written, &app,
        [](const QString &path) { QTextStream(stdout) << "written " << path << Qt::endl; });
    window.show();
    window.setDataTableVisible(true);
    auto *table = window.findChild<QTableView *>(QStringLiteral("dataTable"));
    const QModelIndex cell = table->model()->index(0, Figdeck::DataTableModel::Number);
    table->model()->setData(cell, QString::fromLocal8Bit(argc > 1 ? argv[1] : "7777"));
    return app.exec();
}
