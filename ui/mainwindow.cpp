// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "datatablemodel.h"
#include "exportcontroller.h"
#include "figurechart.h"
#include "figurelistmodel.h"
#include "figureview.h"
#include "helpdialogs.h"
#include "narrativepane.h"
#include "pendingsettings.h"
#include "reportloader.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace Figdeck {

namespace {

constexpr int MaxRecentFiles = 8;

QString settingsKeyLastFigure(const QString &reportPath)
{
    // One remembered figure per report, keyed by the file (or the embedded report).
    return QStringLiteral("lastFigure/") +
           (reportPath.isEmpty()
                ? QStringLiteral("embedded")
                : QString::number(qHash(QFileInfo(reportPath).absoluteFilePath())));
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_settings(std::make_unique<PendingSettings>())
{
    setAcceptDrops(true);
    const PendingSettings &settings = *m_settings;
    m_theme = Theme::fromName(settings.value(QStringLiteral("view/theme")).toString())
                  .value_or(ThemeId::Light);
    m_sharesAsBars = settings.value(QStringLiteral("view/sharesAsBars"), false).toBool();

    createWidgets();
    createActions();

    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 780);
    if (!m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray()))
        m_splitter->setSizes({240, 680, 360});
    setDataTableVisible(settings.value(QStringLiteral("view/dataTable"), false).toBool());

    applyTheme();
    openEmbeddedReport();
}

MainWindow::~MainWindow() = default;

void MainWindow::createWidgets()
{
    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);

    m_figureModel = new FigureListModel(this);
    m_figureList = new QListView(m_splitter);
    m_figureList->setObjectName(QStringLiteral("figureList"));
    m_figureList->setAccessibleName(tr("Figures"));
    m_figureList->setModel(m_figureModel);
    m_figureList->setIconSize(QSize(32, 32));
    m_figureList->setSpacing(2);
    m_figureList->setWordWrap(true);
    m_figureList->setUniformItemSizes(true);
    m_figureList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_figureList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showFigure(m_figureModel->figureId(current.row()));
            });

    m_chartArea = new QWidget(m_splitter);
    m_chartArea->setObjectName(QStringLiteral("chartArea"));
    m_chartArea->setAutoFillBackground(true);
    auto *chartLayout = new QVBoxLayout(m_chartArea);
    chartLayout->setContentsMargins(16, 12, 16, 8);
    chartLayout->setSpacing(4);
    m_titleLabel = new QLabel(m_chartArea);
    m_titleLabel->setObjectName(QStringLiteral("figureTitle"));
    m_titleLabel->setTextFormat(Qt::PlainText); // report text is never interpreted as HTML
    m_titleLabel->setWordWrap(true);
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.45);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_subtitleLabel = new QLabel(m_chartArea);
    m_subtitleLabel->setObjectName(QStringLiteral("figureSubtitle"));
    m_subtitleLabel->setTextFormat(Qt::PlainText);
    m_subtitleLabel->setWordWrap(true);
    m_chartStack = new QStackedWidget(m_chartArea);
    m_figureView = new FigureView(m_chartStack);
    m_figureView->setObjectName(QStringLiteral("figureView"));
    m_dataModel = new DataTableModel(this); // its view is created when first shown
    m_chartStack->addWidget(m_figureView);
    chartLayout->addWidget(m_titleLabel);
    chartLayout->addWidget(m_subtitleLabel);
    chartLayout->addWidget(m_chartStack, 1);

    m_narrative = new NarrativePane(m_splitter);
    m_narrative->setObjectName(QStringLiteral("narrativePane"));

    m_splitter->addWidget(m_figureList);
    m_splitter->addWidget(m_chartArea);
    m_splitter->addWidget(m_narrative);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    setCentralWidget(m_splitter);

    // Chart and narrative point at each other: a mark shows its quote, a caveat its marks.
    connect(m_figureView, &FigureView::markHovered, m_narrative, &NarrativePane::highlightMetric);
    connect(m_figureView, &FigureView::markHovered, this, [this](const QString &id) {
        m_figureView->setHighlightedMarks(id.isEmpty() ? QStringList() : QStringList{id});
    });
    connect(m_figureView, &FigureView::markClicked, m_narrative, &NarrativePane::highlightMetric);
    connect(m_narrative, &NarrativePane::caveatActivated, this,
            [this](int, const QStringList &ids) { m_figureView->setHighlightedMarks(ids); });
    connect(m_narrative, &NarrativePane::metricActivated, this,
            [this](const QString &id) { m_figureView->setHighlightedMarks({id}); });
    connect(m_figureView, &FigureView::painted, this, [this] {
        if (!m_firstPaintSeen) {
            m_firstPaintSeen = true;
            emit firstChartPainted();
        }
    });

    m_sourceLabel = new QLabel(statusBar());
    m_sourceLabel->setObjectName(QStringLiteral("sourceLabel"));
    m_sourceLabel->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_sourceLabel, 1);

    m_export = new ExportController(this, this);
    connect(m_export, &ExportController::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Report…"), this, &MainWindow::openFileDialog);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("Open &Default Report"), this, &MainWindow::openEmbeddedReport);
    file->addSeparator();
    QAction *exportAll = file->addAction(tr("Export &All Figures…"), this,
                                         [this] { m_export->exportAllFigures(m_report); });
    exportAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    file->addAction(tr("Export &Summary as PDF…"), this,
                    [this] { m_export->exportSummaryPdf(m_report); });
    QAction *print =
        file->addAction(tr("&Print Summary…"), this, [this] { m_export->printSummary(m_report); });
    print->setShortcut(QKeySequence::Print);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    updateRecentFilesMenu();

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *copyFigure = edit->addAction(tr("&Copy Figure as Shown"), this, [this] {
        m_export->copyFigure(m_report, currentFigureId(), onScreenExportOptions());
    });
    copyFigure->setShortcut(QKeySequence::Copy);
    copyFigure->setStatusTip(tr("Copy the figure in the window's theme and chart form, with its "
                                "title, notes and source, at the size of the chart area"));
    QAction *copyData = edit->addAction(tr("Copy Figure &Data (TSV)"), this, &MainWindow::copyData);
    copyData->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_dataTableAction = view->addAction(tr("&Data Table"));
    m_dataTableAction->setCheckable(true);
    m_dataTableAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(m_dataTableAction, &QAction::toggled, this, &MainWindow::setDataTableVisible);
    m_sharesAsBarsAction = view->addAction(tr("Show Shares as &Bars"));
    m_sharesAsBarsAction->setCheckable(true);
    m_sharesAsBarsAction->setChecked(m_sharesAsBars);
    connect(m_sharesAsBarsAction, &QAction::toggled, this, [this](bool on) {
        m_sharesAsBars = on;
        m_settings->setValue(QStringLiteral("view/sharesAsBars"), on);
        rebuildChart();
    });
    view->addSeparator();
    QMenu *themeMenu = view->addMenu(tr("&Theme"));
    m_themeGroup = new QActionGroup(this);
    const std::pair<ThemeId, QString> themes[] = {{ThemeId::Light, tr("&Light")},
                                                  {ThemeId::Dark, tr("&Dark")},
                                                  {ThemeId::Print, tr("&Print (greyscale)")}};
    for (const auto &[id, label] : themes) {
        QAction *a = themeMenu->addAction(label);
        a->setCheckable(true);
        a->setChecked(id == m_theme);
        a->setData(int(id));
        m_themeGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, themeId = id] { setTheme(themeId); });
    }
    view->addSeparator();
    QAction *fullScreen = view->addAction(tr("&Full Screen"));
    // F11 as well: the convention, and what the platform's FullScreen key is where it has none.
    QList<QKeySequence> fullScreenKeys = QKeySequence::keyBindings(QKeySequence::FullScreen);
    if (!fullScreenKeys.contains(QKeySequence(Qt::Key_F11)))
        fullScreenKeys.append(QKeySequence(Qt::Key_F11));
    fullScreen->setShortcuts(fullScreenKeys);
    fullScreen->setCheckable(true);
    connect(fullScreen, &QAction::toggled, this,
            [this](bool on) { on ? showFullScreen() : showNormal(); });

    QMenu *figure = menuBar()->addMenu(tr("F&igure"));
    QAction *next = m_nextAction =
        figure->addAction(tr("&Next Figure"), this, [this] { stepFigure(+1); });
    next->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_PageDown), QKeySequence::Forward});
    QAction *prev = m_previousAction =
        figure->addAction(tr("&Previous Figure"), this, [this] { stepFigure(-1); });
    prev->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_PageUp), QKeySequence::Back});
    QAction *first = m_firstAction = figure->addAction(tr("&First Figure"), this, [this] {
        if (!m_report.figures.isEmpty())
            selectFigure(m_report.figures.constFirst().id);
    });
    first->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Home));
    QAction *last = m_lastAction = figure->addAction(tr("&Last Figure"), this, [this] {
        if (!m_report.figures.isEmpty())
            selectFigure(m_report.figures.constLast().id);
    });
    last->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_End));
    figure->addSeparator();
    QAction *exportFigure = figure->addAction(tr("&Export Figure…"), this, [this] {
        m_export->exportFigure(m_report, currentFigureId());
    });
    exportFigure->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    figure->addAction(copyFigure);
    figure->addAction(copyData);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&User Guide"), this, [this] {
        UserGuideDialog dialog(m_theme, this);
        dialog.exec();
    });
    guide->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        ShortcutsDialog dialog(menuBar(), this);
        dialog.exec();
    });
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Figdeck"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

bool MainWindow::openReport(const QString &path)
{
    const LoadResult result = loadReportPack(path);
    m_lastErrors.clear();
    for (const Diagnostic &d : result.diagnostics)
        m_lastErrors << d.toString();
    if (!result.ok()) {
        statusBar()->showMessage(
            tr("Could not open %1: the current report stays open.").arg(QFileInfo(path).fileName()),
            10000);
        if (!m_quietErrors) {
            QMessageBox box(QMessageBox::Warning, tr("Cannot open report"),
                            tr("“%1” is not a valid report-pack. The current report stays "
                               "open.")
                                .arg(QDir::toNativeSeparators(path)),
                            QMessageBox::Ok, this);
            const QStringList shown = m_lastErrors.mid(0, 12);
            QString info = shown.join(QLatin1Char('\n'));
            if (m_lastErrors.size() > shown.size())
                info += QLatin1Char('\n') + tr("…and %n more problem(s).", nullptr,
                                               int(m_lastErrors.size() - shown.size()));
            box.setInformativeText(info);
            box.setDetailedText(m_lastErrors.join(QLatin1Char('\n')));
            box.exec();
        }
        return false;
    }
    setReport(*result.report, path);
    addRecentFile(path);
    return true;
}

void MainWindow::openEmbeddedReport()
{
    setReport(embeddedReport(), QString());
}

void MainWindow::setReport(const Report &report, const QString &path)
{
    m_report = report;
    m_reportPath = path;
    m_figureModel->setReport(m_report);
    setWindowTitle(tr("%1 — Figdeck").arg(m_report.title.text()));
    const QString kind = m_report.source.kind == SourceKind::NewsSummary
                             ? tr("a news summary of the report")
                             : tr("the report itself");
    statusBar()->showMessage(QString()); // clear any transient message
    m_sourceLabel->setText(
        tr("Source: %1 (%2), %3").arg(m_report.source.title.text(), m_report.source.url, kind));

    const QString last = m_settings->value(settingsKeyLastFigure(m_reportPath)).toString();
    if (!selectFigure(last) && !m_report.figures.isEmpty())
        selectFigure(m_report.figures.constFirst().id);
    if (m_report.figures.isEmpty())
        showFigure(QString());
    emit reportChanged();
}

QString MainWindow::currentFigureId() const
{
    return m_figureModel->figureId(m_figureList->currentIndex().row());
}

bool MainWindow::selectFigure(const QString &figureId)
{
    const int row = m_figureModel->rowOf(figureId);
    if (row < 0)
        return false;
    const QModelIndex index = m_figureModel->index(row);
    if (m_figureList->currentIndex() == index)
        showFigure(figureId); // a new report with the same figure id: refresh
    else
        m_figureList->setCurrentIndex(index);
    return true;
}

void MainWindow::stepFigure(int delta)
{
    const int count = m_figureModel->rowCount();
    if (count == 0)
        return;
    const int row = std::clamp(m_figureList->currentIndex().row() + delta, 0, count - 1);
    m_figureList->setCurrentIndex(m_figureModel->index(row));
}

ExportOptions MainWindow::onScreenExportOptions() const
{
    ExportOptions options;
    options.theme = m_theme;
    options.sharesAsBars = m_sharesAsBars;
    options.layout = ExportLayout::Slide;
    // The chart area's shape; small windows are scaled up to a readable slide (at least
    // 960 px wide), within the export limits.
    QSizeF size = m_chartArea ? QSizeF(m_chartArea->size()) : QSizeF(1280, 720);
    const qreal aspect = std::clamp(size.width() / std::max<qreal>(size.height(), 1),
                                    1.0 / MaxAspect, qreal(MaxAspect));
    const qreal width = std::clamp<qreal>(size.width(), 960, 2560);
    size = QSizeF(width, width / aspect);
    options.size = QSize(qRound(size.width()), qRound(size.height()))
                       .boundedTo(QSize(MaxFigureSide, MaxFigureSide))
                       .expandedTo(QSize(MinFigureSide, MinFigureSide));
    options.scale = std::clamp<qreal>(devicePixelRatioF(), MinPngScale, MaxPngScale);
    return options;
}

ChartOptions MainWindow::chartOptions() const
{
    ChartOptions options;
    options.theme = Theme::get(m_theme);
    options.sharesAsBars = m_sharesAsBars;
    return options;
}

void MainWindow::showFigure(const QString &figureId)
{
    const Figure *figure = m_report.figure(figureId);
    if (!figure) {
        m_figureView->clear();
        m_titleLabel->clear();
        m_subtitleLabel->clear();
        m_narrative->clear();
        updateFigureActions();
        return;
    }
    m_titleLabel->setText(figure->title.text());
    m_subtitleLabel->setText(figure->subtitle.text());
    m_subtitleLabel->setVisible(!figure->subtitle.isEmpty());
    m_figureView->setFigure(m_report, *figure, chartOptions());
    m_dataModel->setFigure(m_report, *figure);
    m_narrative->setFigure(m_report, *figure);
    m_settings->setValue(settingsKeyLastFigure(m_reportPath), figure->id);
    updateFigureActions();
    emit currentFigureChanged(figure->id);
}

void MainWindow::updateFigureActions()
{
    const int row = m_figureList->currentIndex().row();
    const int count = m_figureModel->rowCount();
    if (!m_nextAction)
        return;
    m_nextAction->setEnabled(row >= 0 && row + 1 < count);
    m_lastAction->setEnabled(row >= 0 && row + 1 < count);
    m_previousAction->setEnabled(row > 0);
    m_firstAction->setEnabled(row > 0);
}

// A new theme or chart variant changes the drawing only: the narrative, the table and the
// remembered figure stay as they are.
void MainWindow::rebuildChart()
{
    if (const Figure *figure = m_report.figure(m_figureView->figureId()))
        m_figureView->setFigure(m_report, *figure, chartOptions());
}

void MainWindow::setTheme(ThemeId theme)
{
    m_theme = theme;
    m_settings->setValue(QStringLiteral("view/theme"), Theme::name(theme));
    for (QAction *a : m_themeGroup->actions())
        a->setChecked(a->data().toInt() == int(theme));
    applyTheme();
}

void MainWindow::applyTheme()
{
    // The whole central area follows the theme: list, chart, table and narrative.
    const Theme theme = Theme::get(m_theme);
    QPalette pal = QApplication::palette();
    pal.setColor(QPalette::Window, theme.background);
    pal.setColor(QPalette::WindowText, theme.text);
    pal.setColor(QPalette::Base, theme.background);
    pal.setColor(QPalette::AlternateBase, theme.surface);
    pal.setColor(QPalette::Text, theme.text);
    pal.setColor(QPalette::Button, theme.surface);
    pal.setColor(QPalette::ButtonText, theme.text);
    // Selection: the first series colour (dark grey in print), text in contrast to it.
    pal.setColor(QPalette::Highlight,
                 theme.id == ThemeId::Print ? theme.mutedText : theme.series.at(0));
    pal.setColor(QPalette::HighlightedText,
                 theme.id == ThemeId::Dark ? theme.background : QColor(Qt::white));
    m_splitter->setPalette(pal);
    m_figureList->setAutoFillBackground(true);
    m_chartArea->setPalette(pal);
    QPalette subtitle = pal;
    subtitle.setColor(QPalette::WindowText, theme.mutedText);
    m_subtitleLabel->setPalette(subtitle);
    m_narrative->setTheme(theme); // rebuilds the pane itself
    rebuildChart();
}

QTableView *MainWindow::dataTableView()
{
    if (!m_tableView) {
        m_tableView = new QTableView(m_chartStack);
        m_tableView->setObjectName(QStringLiteral("dataTable"));
        m_tableView->setAccessibleName(tr("Data table"));
        m_tableView->setModel(m_dataModel);
        m_tableView->setWordWrap(true);
        m_tableView->setAlternatingRowColors(true);
        m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_tableView->horizontalHeader()->setStretchLastSection(true);
        m_tableView->verticalHeader()->hide();
        m_tableView->resizeColumnsToContents();
        connect(m_dataModel, &QAbstractItemModel::modelReset, m_tableView,
                &QTableView::resizeColumnsToContents);
        m_chartStack->addWidget(m_tableView);
    }
    return m_tableView;
}

void MainWindow::setDataTableVisible(bool visible)
{
    // The table is built on first use: start-up paints the chart only.
    if (visible)
        m_chartStack->setCurrentWidget(dataTableView());
    else
        m_chartStack->setCurrentWidget(m_figureView);
    if (m_dataTableAction && m_dataTableAction->isChecked() != visible)
        m_dataTableAction->setChecked(visible);
    m_settings->setValue(QStringLiteral("view/dataTable"), visible);
}

bool MainWindow::isDataTableVisible() const
{
    return m_tableView && m_chartStack->currentWidget() == m_tableView;
}

QString MainWindow::currentDataTsv() const
{
    return m_dataModel->toTsv();
}

void MainWindow::copyData()
{
    QApplication::clipboard()->setText(m_dataModel->toTsv());
    statusBar()->showMessage(tr("Copied the figure's data as tab-separated text."), 5000);
}

void MainWindow::openFileDialog()
{
    const QString dir = m_settings->value(QStringLiteral("files/lastDir")).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Report"), dir,
                                                      tr("Report-packs (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    m_settings->setValue(QStringLiteral("files/lastDir"), QFileInfo(path).absolutePath());
    openReport(path);
}

void MainWindow::addRecentFile(const QString &path)
{
    QStringList files = m_settings->value(QStringLiteral("files/recent")).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    m_settings->setValue(QStringLiteral("files/recent"), files.mid(0, MaxRecentFiles));
    updateRecentFilesMenu();
}

void MainWindow::updateRecentFilesMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_settings->value(QStringLiteral("files/recent")).toStringList();
    for (const QString &path : files) {
        QAction *a = m_recentMenu->addAction(QFileInfo(path).fileName(), this,
                                             [this, path] { openReport(path); });
        a->setToolTip(QDir::toNativeSeparators(path));
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Figdeck"),
        tr("<h3>Figdeck %1</h3>"
           "<p>Figures from published reports, drawn without distorting their numbers.</p>"
           "<p>License: GNU General Public License, version 3 or later.</p>"
           "<p>Data of the current report: %2, as given by %3.</p>")
            .arg(QStringLiteral(FIGDECK_VERSION), m_report.title.text().toHtmlEscaped(),
                 m_report.source.title.text().toHtmlEscaped()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // The one write of the session's settings.
    m_settings->setValue(QStringLiteral("window/geometry"), saveGeometry());
    m_settings->setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    if (!m_settings->write())
        qWarning("figdeck: the settings could not be saved");
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.constFirst().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.constFirst().isLocalFile()) {
        event->acceptProposedAction();
        openReport(urls.constFirst().toLocalFile());
    }
}

} // namespace Figdeck
