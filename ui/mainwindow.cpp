// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <QCloseEvent>
#include <QLabel>
#include <QListView>
#include <QSettings>
#include <QSplitter>
#include <QTextBrowser>

namespace Figdeck {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    m_splitter = new QSplitter(this);
    auto *list = new QListView(m_splitter);
    list->setObjectName(QStringLiteral("figureList"));
    auto *chart = new QLabel(m_splitter);
    chart->setObjectName(QStringLiteral("chartArea"));
    auto *narrative = new QTextBrowser(m_splitter);
    narrative->setObjectName(QStringLiteral("narrativePane"));
    setCentralWidget(m_splitter);
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent *event)
{
    QMainWindow::closeEvent(event);
}

} // namespace Figdeck
