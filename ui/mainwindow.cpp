// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "deckdialog.h"
#include "draftdialog.h"

#include "credit.h"
#include "datatablemodel.h"
#include "editorchoices.h"
#include "exportcontroller.h"
#include "figurechart.h"
#include "figurelistmodel.h"
#include "figureview.h"
#include "helpdialogs.h"
#include "inspector.h"
#include "interfacelanguage.h"
#include "narrativepane.h"
#include "packtext.h"
#include "pendingsettings.h"
#include "plaintext.h"
#include "recoveryfile.h"
#include "reportdocument.h"
#include "reportloader.h"
#include "wraplabel.h"

#include <QAbstractButton>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QRegularExpression>
#include <QScreen>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QUndoView>
#include <QUrl>
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

// The main splitter: when the window gets small, the side panes give way (to their minimum
// widths) until the chart area has at least half the width; QSplitter's stretch factors alone
// shrink the chart first.
class PaneSplitter : public QSplitter
{
public:
    using QSplitter::QSplitter;

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QSplitter::resizeEvent(event);
        giveWayToChart();
    }

private:
    void giveWayToChart()
    {
        QList<int> sizes = this->sizes();
        if (sizes.size() != 3)
            return;
        // Half the splitter's width, handles included.
        int missing = (width() + 1) / 2 - sizes.at(1);
        if (missing <= 0)
            return;
        // Each visible side pane gives in proportion to the room it has above its minimum.
        int room[3] = {0, 0, 0};
        for (int i : {0, 2}) {
            if (!widget(i)->isHidden()) // also while the window is not shown yet
                room[i] = std::max(0, sizes.at(i) - widget(i)->minimumWidth());
        }
        const int allRoom = room[0] + room[2];
        if (allRoom == 0)
            return;
        missing = std::min(missing, allRoom);
        const int fromList = int(qint64(missing) * room[0] / allRoom);
        sizes[0] -= fromList;
        sizes[2] -= missing - fromList;
        sizes[1] += missing;
        setSizes(sizes);
    }
};

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : MainWindow(Startup(), parent)
{
}

MainWindow::MainWindow(const Startup &startup, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(std::make_unique<PendingSettings>())
{
    setAcceptDrops(true);
    m_document = new ReportDocument(this);
    // Figdeck's words inside the report (number forms, chips, legends, source lines) in the
    // language its texts are shown in. Connected first, so that every view draws after it.
    const auto followTextLanguage = [this] {
        useReportTextLanguage(shownLanguage(m_document->report(), m_document->viewLanguage()));
    };
    for (auto changed : {&ReportDocument::opened, &ReportDocument::viewLanguageChanged,
                         &ReportDocument::metaChanged})
        connect(m_document, changed, this, followTextLanguage);
    m_recovery = new RecoveryFile(m_document, this);
    const PendingSettings &settings = *m_settings;
    m_theme = Theme::fromName(settings.value(QStringLiteral("view/theme")).toString())
                  .value_or(ThemeId::Light);
    m_sharesAsBars = settings.value(QStringLiteral("view/sharesAsBars"), false).toBool();

    createWidgets();
    createActions();

    // Stored state can be corrupt: used only when it fits the screens and shows every pane.
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()) ||
        !windowStateUsable()) {
        const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
        QRect frame(QPoint(0, 0), QSize(1280, 780).boundedTo(screen.size()));
        frame.moveCenter(screen.center());
        setWindowState(Qt::WindowNoState);
        setGeometry(frame);
    }
    if (!m_splitter->restoreState(
            settings.value(QStringLiteral("window/splitter")).toByteArray()) ||
        !splitterStateUsable())
        m_splitter->setSizes({240, 680, 360});
    setDataTableVisible(settings.value(QStringLiteral("view/dataTable"), false).toBool());

    applyTheme();
    if (!startup.uiLanguage.isEmpty())
        setLanguage(startup.uiLanguage, reportLanguageFor(startup.uiLanguage));
    if (startup.reportPath.isEmpty())
        openEmbeddedReport();
    else
        openStartupReport(startup.reportPath);
    // Restoring a crashed session's work is offered once the window is up.
    // (A queued call, not the first chart's paint: with the data table shown there is none.)
    QTimer::singleShot(0, this, &MainWindow::offerRecovery);
}

MainWindow::~MainWindow()
{
    // ~QWidget closes the window and hides the docks; their visibilityChanged would then reach
    // this window's lambdas while it is no longer a MainWindow (UBSan's finding in tst_editor).
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        dock->disconnect(this);
    useReportTextLanguage(QString());
    // The application's palette is the window's only while it is open (like its catalogs).
    if (m_systemPaletteSaved)
        QApplication::setPalette(m_systemPalette);
}

void MainWindow::createWidgets()
{
    m_splitter = new PaneSplitter(this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);

    m_figureModel = new FigureListModel(m_document, this);
    m_figureList = new QListView(m_splitter);
    m_figureList->setObjectName(QStringLiteral("figureList"));
    m_figureList->setAccessibleName(tr("Figures"));
    m_figureList->setModel(m_figureModel);
    m_figureList->setIconSize(QSize(32, 32));
    m_figureList->setSpacing(2);
    m_figureList->setWordWrap(true);
    m_figureList->setUniformItemSizes(true);
    m_figureList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Figures are reordered by dragging them (a command on the document).
    m_figureList->setDragDropMode(QAbstractItemView::InternalMove);
    m_figureList->setDefaultDropAction(Qt::MoveAction);
    m_figureList->setDragEnabled(true);
    m_figureList->setAcceptDrops(true);
    m_figureList->setDropIndicatorShown(true);
    connect(m_figureList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showFigure(m_figureModel->figureId(current.row()));
            });
    // After a move, removal or undo the list is new: keep the figure that was shown.
    connect(m_figureModel, &QAbstractItemModel::modelReset, this, [this] {
        if (m_figureModel->rowCount() == 0) {
            showFigure(QString());
        } else if (m_figureModel->rowOf(m_shownFigureId) >= 0) {
            const QSignalBlocker blocker(m_figureList->selectionModel());
            m_figureList->setCurrentIndex(
                m_figureModel->index(m_figureModel->rowOf(m_shownFigureId)));
        } else if (!m_shownFigureId.isEmpty()) {
            m_figureList->setCurrentIndex(m_figureModel->index(0));
        }
        updateFigureActions();
    });

    m_chartArea = new QWidget(m_splitter);
    m_chartArea->setObjectName(QStringLiteral("chartArea"));
    m_chartArea->setAutoFillBackground(true);
    auto *chartLayout = new QVBoxLayout(m_chartArea);
    chartLayout->setContentsMargins(16, 12, 16, 8);
    chartLayout->setSpacing(4);
    m_titleLabel = new WrapLabel(m_chartArea);
    m_titleLabel->setObjectName(QStringLiteral("figureTitle"));
    m_titleLabel->setTextFormat(Qt::PlainText); // report text is never interpreted as HTML
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.45);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_subtitleLabel = new WrapLabel(m_chartArea);
    m_subtitleLabel->setObjectName(QStringLiteral("figureSubtitle"));
    m_subtitleLabel->setTextFormat(Qt::PlainText);
    m_chartStack = new QStackedWidget(m_chartArea);
    m_figureView = new FigureView(m_chartStack);
    m_figureView->setObjectName(QStringLiteral("figureView"));
    m_figureView->setDocument(m_document);
    m_dataModel = new DataTableModel(m_document, this); // its view is created when first shown
    m_chartStack->addWidget(m_figureView);
    // The source under the chart, where it is read with the figure (the status bar stays free
    // for messages). Its text is escaped; its one link is generated here, never from the pack.
    m_sourceLabel = new WrapLabel(m_chartArea);
    m_sourceLabel->setObjectName(QStringLiteral("sourceLabel"));
    m_sourceLabel->setTextFormat(Qt::RichText);
    m_sourceLabel->setOpenExternalLinks(false);
    m_sourceLabel->setTextInteractionFlags(Qt::LinksAccessibleByMouse |
                                           Qt::LinksAccessibleByKeyboard);
    connect(m_sourceLabel, &QLabel::linkActivated, this, &MainWindow::openSourceLink);
    chartLayout->addWidget(m_titleLabel);
    chartLayout->addWidget(m_subtitleLabel);
    chartLayout->addWidget(m_chartStack, 1);
    chartLayout->addWidget(m_sourceLabel);
    m_figureView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_figureView, &QWidget::customContextMenuRequested, this,
            &MainWindow::showChartContextMenu);

    m_narrative = new NarrativePane(m_splitter);
    m_narrative->setObjectName(QStringLiteral("narrativePane"));
    // Narrow panes wrap between words only; the panes can be hidden from the View menu.
    m_narrative->setWordWrapMode(QTextOption::WordWrap);
    m_narrative->setMinimumWidth(200);
    m_figureList->setMinimumWidth(140);
    m_narrative->setDocument(m_document);

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
    connect(m_figureView, &FigureView::markClicked, this, &MainWindow::selectMetric);
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

    m_warningsButton = new QToolButton(statusBar());
    m_warningsButton->setObjectName(QStringLiteral("warningsButton"));
    m_warningsButton->setAutoRaise(true);
    m_warningsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_warningsButton->hide();
    connect(m_warningsButton, &QToolButton::clicked, this, &MainWindow::showWarnings);
    statusBar()->addPermanentWidget(m_warningsButton);

    m_export = new ExportController(this, this);
    connect(m_export, &ExportController::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    // A cell edit not taken says why where messages are read.
    connect(m_dataModel, &DataTableModel::editRefused, this,
            [this](const QModelIndex &, const QString &message) {
                statusBar()->showMessage(message, 8000);
            });

    // The views listen to the document themselves; the window keeps its own parts current.
    connect(m_document, &ReportDocument::opened, this, &MainWindow::onOpened);
    connect(m_document, &ReportDocument::viewLanguageChanged, this, &MainWindow::rebuildChart);
    connect(m_document, &ReportDocument::viewLanguageChanged, this, &MainWindow::updateHeader);
    connect(m_document, &ReportDocument::viewLanguageChanged, this, &MainWindow::updateWindowTitle);
    connect(m_document, &ReportDocument::metaChanged, this, &MainWindow::updateSourceLine);
    connect(m_document, &ReportDocument::metaChanged, this, &MainWindow::updateWindowTitle);
    connect(m_document, &ReportDocument::sourceChanged, this, &MainWindow::updateHeader);
    connect(m_document, &ReportDocument::figureChanged, this, [this](const QString &id) {
        if (id == m_shownFigureId)
            updateHeader();
    });
    connect(m_document, &ReportDocument::modifiedChanged, this, &QWidget::setWindowModified);
    connect(m_document, &ReportDocument::filePathChanged, this, &MainWindow::updateWindowTitle);
    connect(m_document, &ReportDocument::problemsChanged, this, &MainWindow::updateProblemsList);
}

void MainWindow::createActions()
{
    m_toolBar = addToolBar(trLive(QT_TR_NOOP("Main")));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    QMenu *file = menuBar()->addMenu(trLive(QT_TR_NOOP("&File")));
    QAction *draft =
        file->addAction(trLive(QT_TR_NOOP("&New Report from Text or PDF…")), this, [this] {
            auto *dialog = new DraftDialog(this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setTheme(m_theme);
            connect(dialog, &DraftDialog::packSaved, this, &MainWindow::openReport);
            dialog->open();
        });
    draft->setObjectName(QStringLiteral("newFromTextAction"));
    draft->setShortcut(QKeySequence::New);
    QAction *open =
        file->addAction(trLive(QT_TR_NOOP("&Open Report…")), this, &MainWindow::openFileDialog);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(trLive(QT_TR_NOOP("Open &Recent")));
    file->addAction(trLive(QT_TR_NOOP("Open &Default Report")), this, [this] {
        if (maybeSave())
            openEmbeddedReport();
    });
    file->addSeparator();
    QAction *saveAction = file->addAction(trLive(QT_TR_NOOP("&Save")), this, &MainWindow::save);
    saveAction->setShortcut(QKeySequence::Save);
    QAction *saveAsAction =
        file->addAction(trLive(QT_TR_NOOP("Save &As…")), this, &MainWindow::saveAs);
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    QAction *exportAll = file->addAction(trLive(QT_TR_NOOP("Export &All Figures…")), this,
                                         [this] { m_export->exportAllFigures(shownReport()); });
    exportAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    file->addAction(trLive(QT_TR_NOOP("Export &Summary as PDF…")), this,
                    [this] { m_export->exportSummaryPdf(shownReport()); });
    QAction *print = file->addAction(trLive(QT_TR_NOOP("&Print Summary…")), this,
                                     [this] { m_export->printSummary(shownReport()); });
    print->setShortcut(QKeySequence::Print);
    file->addAction(trLive(QT_TR_NOOP("Export Slide &Deck…")), this, [this] {
        const QString path = exportSlideDeck(this, shownReport(), m_theme);
        if (!path.isEmpty())
            statusBar()->showMessage(tr("Wrote %1").arg(QDir::toNativeSeparators(path)), 8000);
    });
    file->addAction(trLive(QT_TR_NOOP("Export Da&ta…")), this, [this] {
        const QString path = exportData(this, shownReport());
        if (!path.isEmpty())
            statusBar()->showMessage(tr("Wrote %1").arg(QDir::toNativeSeparators(path)), 8000);
    });
    file->addSeparator();
    QAction *quit = file->addAction(trLive(QT_TR_NOOP("&Quit")), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    updateRecentFilesMenu();

    QMenu *edit = menuBar()->addMenu(trLive(QT_TR_NOOP("&Edit")));
    m_editMenu = edit;
    createUndoActions();
    edit->addAction(trLive(QT_TR_NOOP("Edit &History")), this, [this] {
        historyDock()->show();
        historyDock()->raise();
    });
    edit->addSeparator();
    QAction *copyFigure =
        edit->addAction(trLive(QT_TR_NOOP("&Copy Figure as Shown")), this, [this] {
            m_export->copyFigure(shownReport(), currentFigureId(), onScreenExportOptions());
        });
    copyFigure->setShortcut(QKeySequence::Copy);
    copyFigure->setStatusTip(
        trLive(QT_TR_NOOP("Copy the figure in the window's theme and chart form, with its "
                          "title, notes and source, at the size of the chart area")));
    m_copyFigureAction = copyFigure;
    QAction *copyData = m_copyDataAction =
        edit->addAction(trLive(QT_TR_NOOP("Copy Figure &Data (TSV)")), this, &MainWindow::copyData);
    copyData->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));

    QMenu *view = menuBar()->addMenu(trLive(QT_TR_NOOP("&View")));
    m_dataTableAction = view->addAction(trLive(QT_TR_NOOP("&Data Table")));
    m_dataTableAction->setCheckable(true);
    m_dataTableAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(m_dataTableAction, &QAction::toggled, this, &MainWindow::setDataTableVisible);
    m_inspectorAction = view->addAction(trLive(QT_TR_NOOP("&Inspector")));
    m_inspectorAction->setCheckable(true);
    m_inspectorAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_inspectorAction, &QAction::toggled, this,
            [this](bool on) { inspectorDock()->setVisible(on); });
    view->addAction(trLive(QT_TR_NOOP("P&roblems")), this, [this] {
        problemsDock()->show();
        problemsDock()->raise();
    });
    m_sharesAsBarsAction = view->addAction(trLive(QT_TR_NOOP("Show Shares as &Bars")));
    m_sharesAsBarsAction->setCheckable(true);
    m_sharesAsBarsAction->setChecked(m_sharesAsBars);
    connect(m_sharesAsBarsAction, &QAction::toggled, this, [this](bool on) {
        m_sharesAsBars = on;
        m_settings->setValue(QStringLiteral("view/sharesAsBars"), on);
        rebuildChart();
    });
    // Each language named in itself, so that a user who cannot read the current one finds theirs.
    QMenu *languageMenu = view->addMenu(trLive(QT_TR_NOOP("&Language")));
    auto *languages = new QActionGroup(languageMenu);
    for (const UiLanguageEntry &language : uiLanguageTable()) {
        QAction *action = languageMenu->addAction(QString::fromUtf8(language.nativeName));
        action->setCheckable(true);
        action->setData(QString(language.code));
        languages->addAction(action);
    }
    m_languageActions = languages;
    connect(languages, &QActionGroup::triggered, this,
            [this](QAction *action) { switchLanguage(action->data().toString()); });
    // The side panes give way to the chart when the user wants the room.
    // Remembered on close like the other view state.
    const auto paneAction = [this, view](const QString &text, QWidget *pane, const QString &key,
                                         const QKeySequence &keys) {
        QAction *action = view->addAction(text);
        action->setCheckable(true);
        action->setChecked(m_settings->value(key, true).toBool());
        pane->setVisible(action->isChecked());
        action->setShortcut(keys);
        connect(action, &QAction::toggled, this, [this, pane, key](bool on) {
            pane->setVisible(on);
            m_settings->setValue(key, on);
        });
        return action;
    };
    m_figureListAction =
        paneAction(trLive(QT_TR_NOOP("Figure &List")), m_figureList,
                   QStringLiteral("view/figureList"), QKeySequence(Qt::CTRL | Qt::Key_1));
    m_narrativeAction =
        paneAction(trLive(QT_TR_NOOP("&Narrative Pane")), m_narrative,
                   QStringLiteral("view/narrative"), QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction *toolBarAction = m_toolBar->toggleViewAction();
    toolBarAction->setText(trLive(QT_TR_NOOP("&Toolbar")));
    view->addAction(toolBarAction);
    view->addSeparator();
    QMenu *themeMenu = view->addMenu(trLive(QT_TR_NOOP("&Theme")));
    m_themeGroup = new QActionGroup(this);
    const std::pair<ThemeId, QString> themes[] = {
        {ThemeId::Light, trLive(QT_TR_NOOP("&Light"))},
        {ThemeId::Dark, trLive(QT_TR_NOOP("&Dark"))},
        {ThemeId::Print, trLive(QT_TR_NOOP("&Print (greyscale)"))}};
    for (const auto &[id, label] : themes) {
        QAction *a = themeMenu->addAction(label);
        a->setCheckable(true);
        a->setChecked(id == m_theme);
        a->setData(int(id));
        m_themeGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, themeId = id] { setTheme(themeId); });
    }
    view->addSeparator();
    // Zoom sizes the chart's text; the chart lays itself out again (FigureView::setZoom).
    m_zoomInAction =
        view->addAction(trLive(QT_TR_NOOP("Zoom &In")), m_figureView, &FigureView::zoomIn);
    // Ctrl+= as well: Ctrl++ needs Shift on most keyboards.
    QList<QKeySequence> zoomInKeys = QKeySequence::keyBindings(QKeySequence::ZoomIn);
    if (!zoomInKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Equal)))
        zoomInKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Equal));
    m_zoomInAction->setShortcuts(zoomInKeys);
    m_zoomOutAction =
        view->addAction(trLive(QT_TR_NOOP("Zoom &Out")), m_figureView, &FigureView::zoomOut);
    m_zoomOutAction->setShortcuts(QKeySequence::ZoomOut);
    m_resetZoomAction =
        view->addAction(trLive(QT_TR_NOOP("Reset &Zoom")), m_figureView, &FigureView::resetZoom);
    m_resetZoomAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    const auto updateZoomActions = [this](qreal zoom) {
        m_zoomInAction->setEnabled(m_figureView->canZoomIn());
        m_zoomOutAction->setEnabled(m_figureView->canZoomOut());
        m_resetZoomAction->setEnabled(!qFuzzyCompare(zoom, 1.0));
    };
    connect(m_figureView, &FigureView::zoomChanged, this, updateZoomActions);
    // A stored zoom is used only when it is one of the steps (a hand-edited file cannot ask
    // for 40x).
    bool zoomOk = false;
    const qreal storedZoom = m_settings->value(QStringLiteral("view/chartZoom")).toDouble(&zoomOk);
    if (zoomOk && std::any_of(std::cbegin(ChartZoomSteps), std::cend(ChartZoomSteps),
                              [storedZoom](qreal step) { return qFuzzyCompare(step, storedZoom); }))
        m_figureView->setZoom(storedZoom);
    updateZoomActions(m_figureView->zoom());
    connect(m_figureView, &FigureView::zoomChanged, this,
            [this](qreal zoom) { m_settings->setValue(QStringLiteral("view/chartZoom"), zoom); });
    view->addSeparator();
    QAction *fullScreen = view->addAction(trLive(QT_TR_NOOP("&Full Screen")));
    // F11 as well: the convention, and what the platform's FullScreen key is where it has none.
    QList<QKeySequence> fullScreenKeys = QKeySequence::keyBindings(QKeySequence::FullScreen);
    if (!fullScreenKeys.contains(QKeySequence(Qt::Key_F11)))
        fullScreenKeys.append(QKeySequence(Qt::Key_F11));
    fullScreen->setShortcuts(fullScreenKeys);
    fullScreen->setCheckable(true);
    connect(fullScreen, &QAction::toggled, this,
            [this](bool on) { on ? showFullScreen() : showNormal(); });

    QMenu *figure = menuBar()->addMenu(trLive(QT_TR_NOOP("F&igure")));
    QAction *next = m_nextAction =
        figure->addAction(trLive(QT_TR_NOOP("&Next Figure")), this, [this] { stepFigure(+1); });
    next->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_PageDown), QKeySequence::Forward});
    QAction *prev = m_previousAction =
        figure->addAction(trLive(QT_TR_NOOP("&Previous Figure")), this, [this] { stepFigure(-1); });
    prev->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_PageUp), QKeySequence::Back});
    QAction *first = m_firstAction =
        figure->addAction(trLive(QT_TR_NOOP("&First Figure")), this, [this] {
            if (!report().figures.isEmpty())
                selectFigure(report().figures.constFirst().id);
        });
    first->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Home));
    QAction *last = m_lastAction =
        figure->addAction(trLive(QT_TR_NOOP("&Last Figure")), this, [this] {
            if (!report().figures.isEmpty())
                selectFigure(report().figures.constLast().id);
        });
    last->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_End));
    figure->addSeparator();
    QAction *addFigure = figure->addAction(trLive(QT_TR_NOOP("&Add Figure")), this, [this] {
        Figure f;
        f.id = m_document->unusedId(QStringLiteral("figure"));
        f.title = packTextIn(PackText::NewFigure, m_document->language());
        const int row = m_figureModel->rowOf(currentFigureId());
        m_document->insertFigure(row + 1, f, tr("Add figure"));
        selectFigure(f.id);
        inspectorDock()->show();
    });
    addFigure->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction *duplicate = figure->addAction(trLive(QT_TR_NOOP("D&uplicate Figure")), this, [this] {
        const QString id = m_document->duplicateFigure(currentFigureId());
        if (!id.isEmpty())
            selectFigure(id);
    });
    duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    QAction *remove = figure->addAction(trLive(QT_TR_NOOP("&Delete Figure")), this, [this] {
        const int row = m_figureModel->rowOf(currentFigureId());
        m_document->removeFigure(currentFigureId());
        if (m_figureModel->rowCount() > 0)
            m_figureList->setCurrentIndex(
                m_figureModel->index(std::min(row, m_figureModel->rowCount() - 1)));
    });
    remove->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    auto moveBy = [this](int delta) {
        const QString id = currentFigureId();
        const int row = m_figureModel->rowOf(id);
        m_document->moveFigure(row, row + delta);
    };
    QAction *moveUp =
        figure->addAction(trLive(QT_TR_NOOP("Move Figure &Up")), this, [moveBy] { moveBy(-1); });
    moveUp->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up));
    QAction *moveDown =
        figure->addAction(trLive(QT_TR_NOOP("Move Figure Do&wn")), this, [moveBy] { moveBy(+1); });
    moveDown->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down));
    figure->addSeparator();
    QAction *exportFigure = m_exportFigureAction =
        figure->addAction(trLive(QT_TR_NOOP("&Export Figure…")), this,
                          [this] { m_export->exportFigure(shownReport(), currentFigureId()); });
    exportFigure->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    figure->addAction(copyFigure);
    figure->addAction(copyData);

    QMenu *help = menuBar()->addMenu(trLive(QT_TR_NOOP("&Help")));
    QAction *guide = help->addAction(trLive(QT_TR_NOOP("&User Guide")), this, [this] {
        UserGuideDialog dialog(m_theme, this);
        dialog.exec();
    });
    guide->setShortcut(QKeySequence::HelpContents);
    help->addAction(trLive(QT_TR_NOOP("&Keyboard Shortcuts")), this, [this] {
        ShortcutsDialog dialog(menuBar(), this);
        dialog.exec();
    });
    help->addSeparator();
    QAction *about =
        help->addAction(trLive(QT_TR_NOOP("&About Figdeck")), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(trLive(QT_TR_NOOP("About &Qt")), qApp, &QApplication::aboutQt);

    // The everyday actions, one click away. Text beside the icon: without an icon theme the
    // buttons still say what they do.
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    const std::pair<QAction *, const char *> tools[] = {
        {open, "document-open"},   {exportFigure, "document-export"},
        {copyFigure, "edit-copy"}, {print, "document-print"},
        {prev, "go-previous"},     {next, "go-next"},
    };
    for (const auto &[action, icon] : tools) {
        if (action->icon().isNull())
            action->setIcon(QIcon::fromTheme(QLatin1String(icon)));
        m_toolBar->addAction(action);
        if (action == print)
            m_toolBar->addSeparator();
    }
    m_toolBar->addSeparator();
    auto *themeButton = new QToolButton(m_toolBar);
    themeButton->setText(tr("Theme"));
    themeButton->setMenu(themeMenu);
    themeButton->setPopupMode(QToolButton::InstantPopup);
    m_toolBar->addWidget(themeButton);
    m_themeButton = themeButton;
    m_liveTexts.adopt(menuBar());
    m_liveTexts.adopt(m_toolBar);
}

// Undo and redo say what they undo ("Undo Edit value"); QUndoStack builds that text from the
// prefix given here, so a new language needs new actions, in the old ones' place.
void MainWindow::createUndoActions()
{
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    const QList<QAction *> editActions = m_editMenu->actions();
    QAction *before = editActions.isEmpty() ? nullptr : editActions.constFirst();
    if (m_undoAction) {
        before = editActions.value(editActions.indexOf(m_redoAction) + 1);
        delete m_undoAction;
        delete m_redoAction;
    }
    m_editMenu->insertAction(before, undo);
    m_editMenu->insertAction(before, redo);
    m_undoAction = undo;
    m_redoAction = redo;
}

QString MainWindow::trLive(const char *source)
{
    return m_liveTexts.mark(source);
}

// View > Language: the interface and the report in the new language at once, no restart.
void MainWindow::switchLanguage(const QString &code)
{
    useInterfaceLanguage(code);
    setLanguage(code, reportLanguageFor(code));
    retranslateUi();
}

// Every text the window keeps, set again from the catalogs now installed. Panels built from
// the report (the narrative, the chart, the inspector) are built again; open dialogs are modal,
// so none is open when the language changes.
void MainWindow::retranslateUi()
{
    m_liveTexts.retranslate();
    m_themeButton->setText(tr("Theme"));
    createUndoActions();
    updateRecentFilesMenu();
    updateWindowTitle();
    updateSourceLine();
    m_figureList->setAccessibleName(tr("Figures"));
    if (m_tableView)
        m_tableView->setAccessibleName(tr("Data table"));
    // Headers, closed-list names ("more than") and tool tips of the models are tr() texts.
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(m_dataModel),
                                      static_cast<QAbstractItemModel *>(m_figureModel)}) {
        const int rows = model->rowCount();
        const int columns = model->columnCount();
        if (columns > 0)
            emit model->headerDataChanged(Qt::Horizontal, 0, columns - 1);
        if (rows > 0 && columns > 0)
            emit model->dataChanged(model->index(0, 0), model->index(rows - 1, columns - 1));
    }
    m_narrative->setTheme(Theme::get(m_theme)); // built again with the new headings
    rebuildChart();
    if (m_inspectorDock) {
        m_inspectorDock->setWindowTitle(tr("Inspector"));
        replaceInspector();
    }
    if (m_historyDock) {
        m_historyDock->setWindowTitle(tr("Edit History"));
        static_cast<QUndoView *>(m_historyDock->widget())->setEmptyLabel(tr("<opened>"));
    }
    if (m_problemsDock) {
        m_problemsList->setAccessibleName(tr("Problems"));
        updateProblemsList();
    }
}

QMessageBox::StandardButton MainWindow::ask(QMessageBox::Icon icon, const QString &title,
                                            const QString &text, const QString &details,
                                            QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton,
                                            const QString &acceptText)
{
    if (m_promptHook)
        return m_promptHook(text, buttons);
    QMessageBox box(icon, title, text, buttons, this);
    box.setTextFormat(Qt::PlainText); // names and paths from files are never markup
    box.setDefaultButton(defaultButton);
    if (!acceptText.isEmpty()) {
        if (QAbstractButton *ok = box.button(QMessageBox::Ok))
            ok->setText(acceptText);
    }
    if (!details.isEmpty()) {
        const QStringList lines = details.split(QLatin1Char('\n'));
        const QStringList shown = lines.mid(0, 12);
        QString info = shown.join(QLatin1Char('\n'));
        if (lines.size() > shown.size())
            info += QLatin1Char('\n') +
                    tr("…and %n more problem(s).", nullptr, int(lines.size() - shown.size()));
        box.setInformativeText(info);
        box.setDetailedText(details);
    }
    makePlainText(box); // names, paths and problems from files are never markup or links
    return QMessageBox::StandardButton(box.exec());
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const QString name = m_document->isEmbedded() ? report().title.text()
                                                  : QFileInfo(m_document->filePath()).fileName();
    const QMessageBox::StandardButton answer =
        ask(QMessageBox::Warning, tr("Unsaved Changes"),
            tr("“%1” has changes that are not saved. Save them?").arg(name), QString(),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

bool MainWindow::openReport(const QString &path)
{
    if (!maybeSave())
        return false;
    const ReportDocument::FileContents file = ReportDocument::readFile(path);
    const LoadResult &result = file.result;
    m_lastErrors.clear();
    for (const Diagnostic &d : result.diagnostics)
        m_lastErrors << d.toString();
    if (!result.ok()) {
        // A pack that cannot be read at all is refused as before.
        if (!result.draft || (m_quietErrors && !m_promptHook)) {
            showOpenError(path, tr("The current report stays open."));
            return false;
        }
        // A pack that reads in part can still be worked on: offer that instead of refusing.
        const QMessageBox::StandardButton answer =
            ask(QMessageBox::Warning, tr("Cannot open report"),
                tr("“%1” has problems, so it cannot be shown as it is. Open it for editing, "
                   "with its problems listed?")
                    .arg(QDir::toNativeSeparators(path)),
                m_lastErrors.join(QLatin1Char('\n')), QMessageBox::Ok | QMessageBox::Cancel,
                QMessageBox::Ok, tr("Open for &Editing"));
        if (answer != QMessageBox::Ok)
            return false;
        setReport(*result.draft, path, file.bytes);
        addRecentFile(path);
        problemsDock()->show();
        inspectorDock()->show();
        return true;
    }
    openContents(path, file.result, file.bytes);
    return true;
}

void MainWindow::openContents(const QString &path, const LoadResult &result,
                              const QByteArray &bytes)
{
    setReport(*result.report, path, bytes);
    addRecentFile(path);
    for (const Diagnostic &d : result.warnings())
        m_reportWarnings << d.toString();
    if (!m_reportWarnings.isEmpty()) {
        m_warningsButton->setText(tr("⚠ %n warning(s)", nullptr, int(m_reportWarnings.size())));
        m_warningsButton->setToolTip(tr("The report opened with warnings: click to see them"));
        m_warningsButton->show();
        statusBar()->showMessage(
            tr("Opened %1 with %n warning(s).", nullptr, int(m_reportWarnings.size()))
                .arg(QFileInfo(path).fileName()),
            10000);
    }
}

void MainWindow::openStartupReport(const QString &path)
{
    // Read once: a valid pack opens from what was read, an invalid one leaves its problems.
    const ReportDocument::FileContents file = ReportDocument::readFile(path);
    m_lastErrors.clear();
    for (const Diagnostic &d : file.result.diagnostics)
        m_lastErrors << d.toString();
    if (file.result.ok()) {
        openContents(path, file.result, file.bytes);
        return;
    }
    openEmbeddedReport();
    showOpenError(path, tr("Figdeck opened its default report instead."));
}

void MainWindow::showOpenError(const QString &path, const QString &consequence)
{
    // What happened, in the user's words; the located problems below it.
    const QFileInfo info(path);
    const QString shownPath = QDir::toNativeSeparators(path);
    if (!info.exists())
        m_lastErrorHeadline = tr("The file “%1” does not exist.").arg(shownPath);
    else if (info.isDir())
        m_lastErrorHeadline = tr("“%1” is a folder, not a report file.").arg(shownPath);
    else if (info.size() == 0)
        m_lastErrorHeadline = tr("The file “%1” is empty.").arg(shownPath);
    else if (!info.isReadable())
        m_lastErrorHeadline = tr("The file “%1” cannot be read.").arg(shownPath);
    else
        m_lastErrorHeadline = tr("“%1” is not a valid report pack.").arg(shownPath);
    statusBar()->showMessage(m_lastErrorHeadline + QLatin1Char(' ') + consequence, 10000);
    removeRecentFile(path);
    if (m_quietErrors)
        return;
    const QString text = m_lastErrorHeadline + QLatin1Char(' ') + consequence;
    // Problems only where they say more than the headline (a missing file has nothing more).
    QString problems;
    if (info.exists() && info.isFile() && info.size() > 0) {
        const QStringList shown = m_lastErrors.mid(0, 12);
        problems = shown.join(QLatin1Char('\n'));
        if (m_lastErrors.size() > shown.size())
            problems += QLatin1Char('\n') + tr("…and %n more problem(s).", nullptr,
                                               int(m_lastErrors.size() - shown.size()));
    }
    const QString details = problems.isEmpty() ? QString() : m_lastErrors.join(QLatin1Char('\n'));
    const auto show = [this, text, problems, details] {
        QMessageBox box(QMessageBox::Warning, tr("Cannot open report"), text, QMessageBox::Ok,
                        this);
        box.setInformativeText(problems);
        box.setDetailedText(details);
        makePlainText(box); // the pack's text and path, never its markup or links
        box.exec();
    };
    // Over the window, not over an empty screen (a file named on the command line is opened
    // before the window is shown): the dialog then waits for the event loop.
    if (isVisible())
        show();
    else
        QTimer::singleShot(0, this, show);
}

void MainWindow::showWarnings()
{
    QMessageBox box(QMessageBox::Information, tr("Report warnings"),
                    tr("The report opened, with %n warning(s). Nothing was changed; the parts "
                       "named below were ignored.",
                       nullptr, int(m_reportWarnings.size())),
                    QMessageBox::Ok, this);
    box.setInformativeText(m_reportWarnings.mid(0, 12).join(QLatin1Char('\n')));
    box.setDetailedText(m_reportWarnings.join(QLatin1Char('\n')));
    makePlainText(box);
    box.exec();
}

// The sources the status line credits: the shown figure's, or the report's when none is shown.
QList<const Source *> MainWindow::shownSources() const
{
    const Figure *figure = report().figure(m_shownFigureId);
    return figure ? report().sourcesOf(*figure) : sourcesOfReport(report());
}

void MainWindow::openSourceLink(const QString &link)
{
    // The label's links are "source:<id>", made by updateSourceLine(); only the web address of
    // a source the shown figure credits is opened, and only when the user clicks it.
    const QLatin1String scheme("source:");
    if (!link.startsWith(scheme))
        return;
    const QString id = link.mid(scheme.size());
    for (const Source *source : shownSources()) {
        if (source->id == id) {
            const QUrl url = openableSourceUrl(*source);
            if (!url.isEmpty())
                QDesktopServices::openUrl(url);
            return;
        }
    }
}

void MainWindow::updateSourceLine()
{
    // The credit every export prints, without addresses: the links below carry them.
    const QList<const Source *> sources = shownSources();
    CreditOptions options;
    options.language = m_document->viewLanguage();
    options.withUrls = false;
    QString html = labelText(creditLine(report(), sources, options)).toHtmlEscaped();
    // One link per source that has a web address; with several, each named by its publisher.
    QStringList links;
    QStringList urls;
    for (const Source *source : sources) {
        const QUrl url = openableSourceUrl(*source);
        if (url.isEmpty())
            continue;
        urls << source->url.toHtmlEscaped();
        const Text &who = source->publisher.isEmpty() ? source->title : source->publisher;
        const QString name = sources.size() == 1
                                 ? tr("Open source (%1)").arg(url.host())
                                 : tr("%1 (%2)").arg(who.text(options.language), url.host());
        // The colour written out: rich text takes the application's link colour when parsed,
        // and the label keeps it through a theme switch that leaves its text unchanged.
        links << QStringLiteral("<a href=\"source:%1\" style=\"color:%3\">%2</a>")
                     .arg(source->id.toHtmlEscaped(), name.toHtmlEscaped(),
                          m_sourceLabel->palette().color(QPalette::Link).name());
    }
    if (links.size() == 1 && sources.size() == 1)
        html += QStringLiteral(" · ") + links.first();
    else if (!links.isEmpty())
        html += QStringLiteral(" · ") + tr("Open: %1").arg(links.join(QStringLiteral(" · ")));
    m_sourceLabel->setText(html);
    m_sourceLabel->setToolTip(urls.join(QStringLiteral("<br/>")));
}

QList<QAction *> MainWindow::chartContextActions() const
{
    // The menu bar's own actions: same shortcuts, same enabled state, one place that acts.
    return {m_copyFigureAction,
            m_copyDataAction,
            m_exportFigureAction,
            nullptr,
            m_dataTableAction,
            m_sharesAsBarsAction,
            nullptr,
            m_zoomInAction,
            m_zoomOutAction,
            m_resetZoomAction};
}

void MainWindow::showChartContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("chartContextMenu"));
    for (QAction *action : chartContextActions()) {
        if (action)
            menu.addAction(action);
        else
            menu.addSeparator();
    }
    menu.exec(m_figureView->mapToGlobal(pos));
}

bool MainWindow::openReportForEditing(const QString &path)
{
    if (!maybeSave())
        return false;
    const ReportDocument::FileContents file = ReportDocument::readFile(path);
    if (!file.result.draft)
        return false;
    setReport(*file.result.draft, path, file.bytes);
    addRecentFile(path);
    problemsDock()->show();
    return true;
}

void MainWindow::openEmbeddedReport()
{
    QFile file(embeddedReportPath());
    const QByteArray bytes = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    setReport(embeddedReport(), QString(), bytes);
}

// What exports, decks and summaries are written from: the report in the language it is shown
// in, so that a file made from the window reads as the window does.
Report MainWindow::shownReport() const
{
    return reportShownIn(report(), m_document->viewLanguage());
}

const Report &MainWindow::report() const
{
    return m_document->report();
}

void MainWindow::setReport(const Report &report, const QString &path, const QByteArray &bytes,
                           bool modified)
{
    m_document->open(report, path, bytes, modified);
}

void MainWindow::onOpened()
{
    updateWindowTitle();
    setWindowModified(m_document->isModified());
    statusBar()->showMessage(QString()); // clear any transient message
    m_reportWarnings.clear();
    m_warningsButton->hide();
    const QString last =
        m_settings->value(settingsKeyLastFigure(m_document->filePath())).toString();
    if (!selectFigure(last) && !report().figures.isEmpty())
        selectFigure(report().figures.constFirst().id);
    if (report().figures.isEmpty())
        showFigure(QString());
    updateHeader();
    emit reportChanged();
}

void MainWindow::updateWindowTitle()
{
    // [*] is where Qt puts the unsaved-changes mark.
    setWindowTitle(
        tr("%1[*] — Figdeck").arg(labelText(report().title.text(m_document->viewLanguage()))));
}

void MainWindow::updateHeader()
{
    const Figure *figure = report().figure(m_shownFigureId);
    const QString language = m_document->viewLanguage();
    const QString title = figure ? figure->title.text(language) : QString();
    const QString subtitle = figure ? figure->subtitle.text(language) : QString();
    // Elided past MaxLabelChars; the inspector holds the whole text.
    if (m_titleLabel->text() != labelText(title))
        m_titleLabel->setText(labelText(title));
    if (m_subtitleLabel->text() != labelText(subtitle))
        m_subtitleLabel->setText(labelText(subtitle));
    m_subtitleLabel->setVisible(!subtitle.isEmpty());
    updateSourceLine();
}

bool MainWindow::save()
{
    // The embedded report is part of the program: it is never written to.
    if (m_document->isEmbedded())
        return saveAs();
    QString error;
    if (!m_document->save(m_document->filePath(), &error)) {
        ask(QMessageBox::Critical, tr("Save Failed"),
            tr("Could not save %1: %2")
                .arg(QDir::toNativeSeparators(m_document->filePath()), error),
            QString(), QMessageBox::Ok, QMessageBox::Ok);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_document->filePath())),
                             5000);
    return true;
}

bool MainWindow::saveAs()
{
    QString path;
    if (m_saveFileNameHook) {
        path = m_saveFileNameHook();
    } else {
        const QString dir = m_document->isEmbedded()
                                ? m_settings->value(QStringLiteral("files/lastDir")).toString()
                                : m_document->filePath();
        path = QFileDialog::getSaveFileName(this, tr("Save Report"), dir,
                                            tr("Report-packs (*.json);;All files (*)"));
    }
    if (path.isEmpty())
        return false;
    QString error;
    if (!m_document->save(path, &error)) {
        ask(QMessageBox::Critical, tr("Save Failed"),
            tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), error), QString(),
            QMessageBox::Ok, QMessageBox::Ok);
        return false;
    }
    m_settings->setValue(QStringLiteral("files/lastDir"), QFileInfo(path).absolutePath());
    addRecentFile(path);
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void MainWindow::offerRecovery()
{
    const QList<RecoveryFile::Orphan> orphans = RecoveryFile::orphans();
    if (orphans.isEmpty())
        return;
    const RecoveryFile::Orphan &orphan = orphans.constFirst(); // the newest
    const QString name =
        orphan.reportPath.isEmpty() ? orphan.title : QFileInfo(orphan.reportPath).fileName();
    const QMessageBox::StandardButton answer =
        ask(QMessageBox::Question, tr("Restore Unsaved Changes"),
            tr("Figdeck was closed without saving changes to “%1” (last kept %2). Restore them?")
                .arg(name, QLocale().toString(orphan.written.toLocalTime(), QLocale::ShortFormat)),
            QString(), QMessageBox::Ok | QMessageBox::Discard | QMessageBox::Cancel,
            QMessageBox::Ok, tr("&Restore"));
    if (answer == QMessageBox::Discard) {
        RecoveryFile::remove(orphan.path);
        return;
    }
    if (answer != QMessageBox::Ok || !maybeSave())
        return; // asked again next time
    QString error;
    const std::optional<RecoveryFile::Recovered> recovered =
        RecoveryFile::read(orphan.path, &error);
    if (!recovered) {
        ask(QMessageBox::Warning, tr("Restore Unsaved Changes"),
            tr("The changes could not be restored: %1").arg(error), QString(), QMessageBox::Ok,
            QMessageBox::Ok);
        return;
    }
    // Restored work is unsaved until saved, and kept by this instance's own recovery file.
    setReport(recovered->report, recovered->reportPath, recovered->reportFileBytes, true);
    RecoveryFile::remove(orphan.path);
    statusBar()->showMessage(tr("Restored unsaved changes to %1").arg(name), 8000);
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

void MainWindow::setLanguage(const QString &uiLanguage, const QString &reportLanguage)
{
    m_settings->setValue(QStringLiteral("view/language"), uiLanguage);
    for (QAction *action : m_languageActions->actions())
        action->setChecked(action->data().toString() == uiLanguage);
    m_document->setViewLanguage(reportLanguage);
}

ChartOptions MainWindow::chartOptions() const
{
    ChartOptions options;
    options.theme = Theme::get(m_theme);
    options.sharesAsBars = m_sharesAsBars;
    options.language = m_document->viewLanguage();
    return options;
}

void MainWindow::showFigure(const QString &figureId)
{
    m_shownFigureId = report().figure(figureId) ? figureId : QString();
    m_figureView->showFigure(m_shownFigureId);
    m_dataModel->setFigure(m_shownFigureId);
    if (m_shownFigureId.isEmpty())
        m_narrative->clearFigure();
    else
        m_narrative->showFigure(m_shownFigureId);
    if (m_inspector)
        m_inspector->showFigure(m_shownFigureId);
    updateHeader();
    updateFigureActions();
    if (m_shownFigureId.isEmpty())
        return;
    m_settings->setValue(settingsKeyLastFigure(m_document->filePath()), m_shownFigureId);
    emit currentFigureChanged(m_shownFigureId);
}

void MainWindow::selectMetric(const QString &metricId)
{
    if (metricId.isEmpty())
        return;
    m_selectedMetricId = metricId;
    if (m_inspector)
        m_inspector->selectMetric(metricId);
    const QModelIndex cell = tableCell(m_dataModel->rowOf(metricId));
    if (cell.isValid())
        m_tableView->selectRow(cell.row());
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
    m_figureView->setOptions(chartOptions());
}

Inspector *MainWindow::inspector()
{
    inspectorDock();
    return m_inspector;
}

// The editing panels are built on first use: start-up paints the chart only.
QDockWidget *MainWindow::inspectorDock()
{
    if (!m_inspectorDock) {
        m_inspectorDock = new QDockWidget(tr("Inspector"), this);
        m_inspectorDock->setObjectName(QStringLiteral("inspectorDock"));
        replaceInspector();
        addDockWidget(Qt::RightDockWidgetArea, m_inspectorDock);
        connect(m_inspectorDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
            if (m_inspectorAction && !isMinimized()) {
                const QSignalBlocker blocker(m_inspectorAction);
                m_inspectorAction->setChecked(visible);
            }
        });
        m_inspectorDock->hide();
    }
    return m_inspectorDock;
}

// A new inspector in the dock (the first, or one in a new language), on the shown figure.
void MainWindow::replaceInspector()
{
    delete m_inspector;
    m_inspector = new Inspector(m_document, m_inspectorDock);
    m_inspector->showFigure(m_shownFigureId);
    if (!m_selectedMetricId.isEmpty())
        m_inspector->selectMetric(m_selectedMetricId);
    m_inspectorDock->setWidget(m_inspector);
    connect(m_inspector, &Inspector::metricSelected, this, [this](const QString &id) {
        m_selectedMetricId = id;
        m_figureView->setHighlightedMarks({id});
        m_narrative->highlightMetric(id);
        const QModelIndex cell = tableCell(m_dataModel->rowOf(id));
        if (cell.isValid())
            m_tableView->selectRow(cell.row());
    });
}

QDockWidget *MainWindow::problemsDock()
{
    if (!m_problemsDock) {
        m_problemsDock = new QDockWidget(tr("Problems"), this);
        m_problemsDock->setObjectName(QStringLiteral("problemsDock"));
        m_problemsList = new QListWidget(m_problemsDock);
        m_problemsList->setObjectName(QStringLiteral("problemsList"));
        m_problemsList->setAccessibleName(tr("Problems"));
        m_problemsList->setWordWrap(true);
        m_problemsDock->setWidget(m_problemsList);
        addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
        connect(m_problemsList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
            showProblem(item->data(Qt::UserRole).toString());
        });
        m_problemsDock->hide();
        updateProblemsList();
    }
    return m_problemsDock;
}

QDockWidget *MainWindow::historyDock()
{
    if (!m_historyDock) {
        m_historyDock = new QDockWidget(tr("Edit History"), this);
        m_historyDock->setObjectName(QStringLiteral("historyDock"));
        auto *view = new QUndoView(m_document->undoStack(), m_historyDock);
        view->setObjectName(QStringLiteral("undoView"));
        view->setEmptyLabel(tr("<opened>"));
        m_historyDock->setWidget(view);
        addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
        m_historyDock->hide();
    }
    return m_historyDock;
}

void MainWindow::updateProblemsList()
{
    const QList<Diagnostic> &problems = m_document->problems();
    int errors = 0;
    for (const Diagnostic &d : problems)
        errors += d.severity == Diagnostic::Severity::Error;
    if (errors > 0)
        statusBar()->showMessage(
            tr("%n problem(s) in the report: see View > Problems", nullptr, errors), 8000);
    if (!m_problemsList)
        return;
    m_problemsList->clear();
    for (const Diagnostic &d : problems) {
        auto *item = new QListWidgetItem(
            (d.severity == Diagnostic::Severity::Error ? tr("Error") : tr("Warning")) +
                QStringLiteral(": ") +
                (d.path.isEmpty() ? QString() : d.path + QStringLiteral(": ")) + d.message,
            m_problemsList);
        item->setData(Qt::UserRole, d.path);
        item->setToolTip(tr("Double-click or press Enter to go to the field"));
    }
    m_problemsDock->setWindowTitle(problems.isEmpty() ? tr("Problems")
                                                      : tr("Problems (%1)").arg(problems.size()));
}

bool MainWindow::showProblem(const QString &path)
{
    // A figure's field: that figure, then its field in the inspector.
    static const QRegularExpression indexed(
        QStringLiteral("^(figures|metrics)\\[(\\d+)\\]\\.?(\\w*)"));
    const QRegularExpressionMatch m = indexed.match(path);
    if (m.hasMatch() && m.captured(1) == QLatin1String("figures")) {
        const int index = m.captured(2).toInt();
        if (index < 0 || index >= report().figures.size())
            return false;
        selectFigure(report().figures.at(index).id);
        inspectorDock()->show();
        return m_inspector->focusField(path);
    }
    if (m.hasMatch()) {
        // A metric's field: a figure that shows it, then its cell in the data table.
        const int index = m.captured(2).toInt();
        if (index < 0 || index >= report().metrics.size())
            return false;
        const QString id = report().metrics.at(index).id;
        if (!report().figure(m_shownFigureId) ||
            !report().figure(m_shownFigureId)->metricIds.contains(id)) {
            for (const Figure &f : report().figures) {
                if (f.metricIds.contains(id)) {
                    selectFigure(f.id);
                    break;
                }
            }
        }
        setDataTableVisible(true);
        const int column = DataTableModel::columnOfField(m.captured(3));
        const QModelIndex cell = tableCell(m_dataModel->rowOf(id), column < 0 ? 0 : column);
        if (!cell.isValid())
            return false;
        m_tableView->setCurrentIndex(cell);
        m_tableView->scrollTo(cell);
        m_tableView->setFocus(Qt::OtherFocusReason);
        return true;
    }
    inspectorDock()->show();
    return inspector()->focusField(path);
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
    // The whole application follows a dark theme (menus, tool and status bars, dialogs); light
    // and print keep the system's own palette around the central area.
    const Theme theme = Theme::get(m_theme);
    if (!m_systemPaletteSaved) {
        m_systemPalette = QApplication::palette();
        m_systemPaletteSaved = true;
    }
    if (theme.id == ThemeId::Dark) {
        QPalette dark;
        const QColor window = theme.surface;
        const QColor base = theme.background;
        const QColor disabledText = theme.mutedText.darker(130);
        for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
            dark.setColor(group, QPalette::Window, window);
            dark.setColor(group, QPalette::WindowText, theme.text);
            dark.setColor(group, QPalette::Base, base);
            dark.setColor(group, QPalette::AlternateBase, window);
            dark.setColor(group, QPalette::Text, theme.text);
            dark.setColor(group, QPalette::Button, window);
            dark.setColor(group, QPalette::ButtonText, theme.text);
            dark.setColor(group, QPalette::ToolTipBase, window);
            dark.setColor(group, QPalette::ToolTipText, theme.text);
            dark.setColor(group, QPalette::PlaceholderText, theme.mutedText);
            dark.setColor(group, QPalette::Link, theme.series.at(0).lighter(130));
            dark.setColor(group, QPalette::Highlight, theme.series.at(0));
            dark.setColor(group, QPalette::HighlightedText, QColor(Qt::white));
            dark.setColor(group, QPalette::Light, window.lighter(150));
            dark.setColor(group, QPalette::Midlight, window.lighter(125));
            dark.setColor(group, QPalette::Mid, window.darker(120));
            dark.setColor(group, QPalette::Dark, window.darker(150));
            dark.setColor(group, QPalette::Shadow, Qt::black);
        }
        dark.setColor(QPalette::Disabled, QPalette::Window, window);
        dark.setColor(QPalette::Disabled, QPalette::Base, base);
        dark.setColor(QPalette::Disabled, QPalette::Button, window);
        // Disabled text is etched with Light beneath it: on a dark surface that shadow doubled
        // every disabled menu entry ("Reset Zoom").
        dark.setColor(QPalette::Disabled, QPalette::Light, window);
        for (QPalette::ColorRole role :
             {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            dark.setColor(QPalette::Disabled, role, disabledText);
        QApplication::setPalette(dark);
    } else {
        QApplication::setPalette(m_systemPalette);
    }
    QPalette pal = QApplication::palette();
    pal.setColor(QPalette::Window, theme.background);
    pal.setColor(QPalette::WindowText, theme.text);
    pal.setColor(QPalette::Base, theme.background);
    pal.setColor(QPalette::AlternateBase, theme.surface);
    pal.setColor(QPalette::Text, theme.text);
    pal.setColor(QPalette::Button, theme.surface);
    pal.setColor(QPalette::ButtonText, theme.text);
    // Set, not inherited: the application's palette reaches children only through a later event.
    pal.setColor(QPalette::Link, QApplication::palette().color(QPalette::Link));
    // Selection: the first series colour (dark grey in print), text in contrast to it.
    pal.setColor(QPalette::Highlight,
                 theme.id == ThemeId::Print ? theme.mutedText : theme.series.at(0));
    pal.setColor(QPalette::HighlightedText,
                 theme.id == ThemeId::Dark ? theme.background : QColor(Qt::white));
    m_splitter->setPalette(pal);
    m_figureList->setAutoFillBackground(true);
    m_figureModel->setSelectionColor(pal.color(QPalette::Active, QPalette::Highlight));
    m_chartArea->setPalette(pal);
    QPalette subtitle = pal;
    subtitle.setColor(QPalette::WindowText, theme.mutedText);
    m_subtitleLabel->setPalette(subtitle);
    m_narrative->setTheme(theme); // rebuilds the pane itself
    // A link's colour is fixed when its rich text is parsed: write the source line again.
    updateSourceLine();
    rebuildChart();
}

QTableView *MainWindow::dataTableView()
{
    if (!m_tableView) {
        m_tableView = new QTableView(m_chartStack);
        m_tableView->setObjectName(QStringLiteral("dataTable"));
        m_tableView->setAccessibleName(tr("Data table"));
        // Sorted by a click on a column's header: numbers by their value (not their text),
        // texts in the language's order; a third click returns to the report's own order.
        m_tableOrder = new QSortFilterProxyModel(m_tableView);
        m_tableOrder->setSourceModel(m_dataModel);
        m_tableOrder->setSortRole(DataTableModel::SortRole);
        m_tableOrder->setSortLocaleAware(true);
        m_tableOrder->setSortCaseSensitivity(Qt::CaseInsensitive);
        m_tableView->setModel(m_tableOrder);
        m_tableView->horizontalHeader()->setSortIndicatorClearable(true);
        m_tableView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
        m_tableView->setSortingEnabled(true);
        // The metrics editor: a closed list is a combo box, text and numbers edit in place.
        m_tableView->setItemDelegate(new ChoiceDelegate(m_tableView));
        m_tableView->setEditTriggers(QAbstractItemView::DoubleClicked |
                                     QAbstractItemView::EditKeyPressed |
                                     QAbstractItemView::AnyKeyPressed);
        connect(m_tableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                [this](const QModelIndex &current) {
                    const QString id = current.data(DataTableModel::MetricIdRole).toString();
                    if (id.isEmpty())
                        return;
                    m_figureView->setHighlightedMarks({id});
                    if (m_inspector)
                        m_inspector->selectMetric(id);
                });
        // One line per metric, long texts elided (their tool tips hold the whole text), so the
        // label and the value are in view without scrolling.
        m_tableView->setWordWrap(false);
        m_tableView->setTextElideMode(Qt::ElideRight);
        m_tableView->setAlternatingRowColors(true);
        m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_tableView->horizontalHeader()->setStretchLastSection(true);
        m_tableView->verticalHeader()->hide();
        const auto fitColumns = [this] {
            m_tableView->resizeColumnsToContents();
            const int em = m_tableView->fontMetrics().horizontalAdvance(QLatin1Char('M'));
            for (int c = 0; c < m_dataModel->columnCount(); ++c) {
                if (c == DataTableModel::Value || c == DataTableModel::Number ||
                    c == DataTableModel::High)
                    continue; // numbers are never elided
                const int widest = c == DataTableModel::Label ? 18 * em : 12 * em;
                if (m_tableView->columnWidth(c) > widest)
                    m_tableView->setColumnWidth(c, widest);
            }
        };
        fitColumns();
        connect(m_dataModel, &QAbstractItemModel::modelReset, m_tableView, fitColumns);
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

QModelIndex MainWindow::tableCell(int row, int column) const
{
    if (!m_tableView || row < 0)
        return {};
    return m_tableOrder->mapFromSource(m_dataModel->index(row, column));
}

// The data model's rows in the order the table shows them (the report's order until the user
// sorts the table).
QList<int> MainWindow::tableRowsAsShown() const
{
    QList<int> rows;
    if (!m_tableOrder || m_tableOrder->sortColumn() < 0)
        return rows;
    rows.reserve(m_tableOrder->rowCount());
    for (int r = 0; r < m_tableOrder->rowCount(); ++r)
        rows << m_tableOrder->mapToSource(m_tableOrder->index(r, 0)).row();
    return rows;
}

QString MainWindow::currentDataTsv() const
{
    return m_dataModel->toTsv(tableRowsAsShown());
}

void MainWindow::copyData()
{
    QApplication::clipboard()->setText(currentDataTsv());
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
    QStringList files = recentFilesFrom(
        m_settings->value(QStringLiteral("files/recent")).toStringList(), MaxRecentFiles);
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    m_settings->setValue(QStringLiteral("files/recent"), files.mid(0, MaxRecentFiles));
    updateRecentFilesMenu();
}

void MainWindow::updateRecentFilesMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFilesFrom(
        m_settings->value(QStringLiteral("files/recent")).toStringList(), MaxRecentFiles);
    // "name — folder": two files of one name stay apart. & doubled: it is no mnemonic.
    const QFontMetrics metrics(m_recentMenu->font());
    for (const QString &path : files) {
        const QFileInfo info(path);
        const QString folder =
            metrics.elidedText(QDir::toNativeSeparators(info.absolutePath()), Qt::ElideMiddle, 360);
        QString text = tr("%1 — %2").arg(info.fileName(), folder);
        text.replace(QLatin1Char('&'), QLatin1String("&&"));
        QAction *a = m_recentMenu->addAction(text, this, [this, path] { openReport(path); });
        a->setToolTip(plainToolTip(QDir::toNativeSeparators(path)));
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear Menu"), this, [this] {
            m_settings->setValue(QStringLiteral("files/recent"), QStringList());
            updateRecentFilesMenu();
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::removeRecentFile(const QString &path)
{
    // A file that failed to open leaves the list.
    QStringList files = m_settings->value(QStringLiteral("files/recent")).toStringList();
    if (files.removeAll(QFileInfo(path).absoluteFilePath()) > 0) {
        m_settings->setValue(QStringLiteral("files/recent"), files);
        updateRecentFilesMenu();
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Figdeck"),
        tr("<h3>Figdeck %1</h3>"
           "<p>Figures from published reports, drawn without distorting their numbers.</p>"
           "<p>License: GNU General Public License, version 3 or later.</p>"
           "<p>Data of the current report: %2. %3.</p>")
            .arg(QStringLiteral(FIGDECK_VERSION), report().title.text().toHtmlEscaped(),
                 referenceLine(sourcesOfReport(report())).toHtmlEscaped()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    // Saved or deliberately discarded: nothing to recover.
    m_recovery->discard();
    // The one write of the session's settings. A state that fails the checks on reading is
    // not written back either.
    if (windowStateUsable())
        m_settings->setValue(QStringLiteral("window/geometry"), saveGeometry());
    if (splitterStateUsable())
        m_settings->setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    if (!m_settings->write())
        qWarning("figdeck: the settings could not be saved");
    QMainWindow::closeEvent(event);
}

bool MainWindow::windowStateUsable() const
{
    if (isMaximized() || isFullScreen())
        return true; // the window system sized it
    QList<QRect> screens;
    const QList<QScreen *> all = QGuiApplication::screens();
    for (const QScreen *screen : all)
        screens << screen->availableGeometry();
    return windowGeometryFits(geometry(), screens);
}

bool MainWindow::splitterStateUsable() const
{
    constexpr int MinPane = 80;
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    return splitterSizesUsable(m_splitter->sizes(), m_splitter->count(), MinPane,
                               qMax(screen.width(), width()) * 2);
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
