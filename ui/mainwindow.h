// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "livetexts.h"
#include "report.h"
#include "theme.h"

#include <QMainWindow>
#include <QMessageBox>

#include <functional>

#include <memory>

class QAction;
class QToolBar;
class QToolButton;
class QDockWidget;
class QListWidget;
class QActionGroup;
class QLabel;
class QListView;
class QMenu;
class QSplitter;
class QStackedWidget;
class QSortFilterProxyModel;
class QTableView;

namespace Figdeck {

struct ChartOptions;
struct ExportOptions;

class DataTableModel;
class ExportController;
class FigureListModel;
class FigureView;
class Inspector;
class NarrativePane;
class PendingSettings;
class RecoveryFile;
class ReportDocument;
struct LoadResult;

// Wires the parts: the figure list, the chart area (chart or data table) and the narrative
// pane, the menus and the settings. Loading, charting and exporting are done by the layers.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // What the window starts with: the interface language (empty: as stored) and the report
    // named on the command line (empty: the embedded one). Given to the constructor, so that a
    // start opens one report, once, already in its language.
    struct Startup
    {
        QString uiLanguage;
        QString reportPath;
    };
    explicit MainWindow(QWidget *parent = nullptr);
    explicit MainWindow(const Startup &startup, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a report-pack; on errors shows them (located) and keeps the current report, or,
    // when the pack can be read in part, offers to open it for editing with its problems
    // listed. Unsaved changes are asked about first.
    bool openReport(const QString &path);
    // The report named on the command line: when it cannot be opened, the embedded report
    // opens instead and the message says so (there is no "current report" to keep yet).
    void openStartupReport(const QString &path);
    void openEmbeddedReport();
    // The interface language chosen ("en", "zh_CN"; remembered on close as view/language) and
    // the pack language the report's texts are shown in ("zh-Hans"; empty: the report's own).
    void setLanguage(const QString &uiLanguage, const QString &reportLanguage);
    // Opens a pack with problems for editing (what "Open for editing" does).
    bool openReportForEditing(const QString &path);

    ReportDocument *document() const { return m_document; }
    const Report &report() const;
    Report shownReport() const;
    Inspector *inspector();
    bool save();
    bool saveAs();
    // Recovery files left by an instance that crashed or was killed: offers to restore the
    // newest (Restore / Discard / later). Runs after the first paint.
    void offerRecovery();
    RecoveryFile *recoveryFile() const { return m_recovery; }
    // Selects the field of a problem path: the figure, then the inspector field or the data
    // table cell.
    bool showProblem(const QString &path);

    // Test hooks: answer the questions a message box would ask (the text, the buttons offered)
    // and the file name a save dialog would return.
    using PromptHook =
        std::function<QMessageBox::StandardButton(const QString &, QMessageBox::StandardButtons)>;
    void setPromptHook(PromptHook hook) { m_promptHook = std::move(hook); }
    void setSaveFileNameHook(std::function<QString()> hook)
    {
        m_saveFileNameHook = std::move(hook);
    }
    QString currentFigureId() const;
    bool selectFigure(const QString &figureId);
    ThemeId theme() const { return m_theme; }
    void setTheme(ThemeId theme);
    void setDataTableVisible(bool visible);
    bool isDataTableVisible() const;
    QString currentDataTsv() const;
    // The chart's context menu, in order (nullptr: a separator): Copy Figure, Copy Data, Export
    // Figure, Data Table, Shares as Bars, Zoom In/Out/Reset; the menu bar's own actions.
    QList<QAction *> chartContextActions() const;

    // Test and drag-and-drop hooks; errors are also shown in a dialog unless quiet.
    void setQuietErrors(bool quiet) { m_quietErrors = quiet; }
    QStringList lastErrors() const { return m_lastErrors; }
    // The one-line headline of the last failed open, in the user's words ("The file … does not
    // exist.", "… is empty.", "… is not a valid report pack.").
    QString lastErrorHeadline() const { return m_lastErrorHeadline; }
    // Warnings of the open report (unknown fields and the like), shown by the status bar's
    // warnings button.
    QStringList reportWarnings() const { return m_reportWarnings; }

signals:
    void reportChanged();
    void currentFigureChanged(const QString &figureId);
    void firstChartPainted();

protected:
    void closeEvent(QCloseEvent *event) override;
    // Whether the window's geometry / the splitter's sizes may be kept and saved.
    bool windowStateUsable() const;
    bool splitterStateUsable() const;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createWidgets();
    void createActions();
    void setReport(const Report &report, const QString &path, const QByteArray &bytes,
                   bool modified = false);
    void onOpened();
    // Shows a report-pack read without errors (its warnings in the status bar).
    void openContents(const QString &path, const LoadResult &result, const QByteArray &bytes);
    void updateWindowTitle();
    void updateHeader();
    void updateProblemsList();
    // Unsaved changes: asks Save / Discard / Cancel; true when it is fine to go on.
    bool maybeSave();
    QMessageBox::StandardButton ask(QMessageBox::Icon icon, const QString &title,
                                    const QString &text, const QString &details,
                                    QMessageBox::StandardButtons buttons,
                                    QMessageBox::StandardButton defaultButton,
                                    const QString &acceptText = QString());
    void selectMetric(const QString &metricId);
    QDockWidget *inspectorDock();
    QDockWidget *problemsDock();
    QDockWidget *historyDock();
    void showFigure(const QString &figureId);
    void stepFigure(int delta);
    void applyTheme();
    void addRecentFile(const QString &path);
    void updateRecentFilesMenu();
    void removeRecentFile(const QString &path);
    void showAbout();
    void openFileDialog();
    void copyData();
    ChartOptions chartOptions() const;
    ExportOptions onScreenExportOptions() const;
    QTableView *dataTableView();
    void createUndoActions();
    QString trLive(const char *source);
    void switchLanguage(const QString &code);
    void retranslateUi();
    void replaceInspector();
    // The table view's index of the data model's cell (the view may be sorted), or invalid.
    QModelIndex tableCell(int row, int column = 0) const;
    QList<int> tableRowsAsShown() const;
    void rebuildChart();

    std::unique_ptr<PendingSettings> m_settings; // written once, on close
    ReportDocument *m_document = nullptr;
    RecoveryFile *m_recovery = nullptr;
    PromptHook m_promptHook;
    std::function<QString()> m_saveFileNameHook;
    ThemeId m_theme = ThemeId::Light;
    bool m_sharesAsBars = false;
    bool m_quietErrors = false;
    QString m_lastErrorHeadline;
    QStringList m_reportWarnings;
    QPalette m_systemPalette; // restored when leaving the dark theme
    bool m_systemPaletteSaved = false;
    bool m_firstPaintSeen = false;
    QStringList m_lastErrors;

    QSplitter *m_splitter = nullptr;
    QListView *m_figureList = nullptr;
    FigureListModel *m_figureModel = nullptr;
    QWidget *m_chartArea = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_subtitleLabel = nullptr;
    QStackedWidget *m_chartStack = nullptr;
    FigureView *m_figureView = nullptr;
    QTableView *m_tableView = nullptr;
    LiveTexts m_liveTexts{"Figdeck::MainWindow"}; // menus, actions and tool bar
    QMenu *m_editMenu = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QToolButton *m_themeButton = nullptr;
    QString m_selectedMetricId; // kept for an inspector built again in a new language
    QSortFilterProxyModel *m_tableOrder = nullptr; // the view's sort order over m_dataModel
    DataTableModel *m_dataModel = nullptr;
    NarrativePane *m_narrative = nullptr;
    QLabel *m_sourceLabel = nullptr;         // under the chart, with a link to the source
    QToolButton *m_warningsButton = nullptr; // in the status bar while the report has warnings
    QToolBar *m_toolBar = nullptr;
    QAction *m_copyFigureAction = nullptr;
    QAction *m_copyDataAction = nullptr;
    QAction *m_exportFigureAction = nullptr;
    QAction *m_figureListAction = nullptr;
    QAction *m_narrativeAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_resetZoomAction = nullptr;
    void showOpenError(const QString &path, const QString &consequence);
    void showWarnings();
    void openSourceLink(const QString &link);
    void showChartContextMenu(const QPoint &pos);
    void updateSourceLine();
    QList<const Source *> shownSources() const;
    ExportController *m_export = nullptr;
    Inspector *m_inspector = nullptr;
    QDockWidget *m_inspectorDock = nullptr;
    QDockWidget *m_problemsDock = nullptr;
    QListWidget *m_problemsList = nullptr;
    QDockWidget *m_historyDock = nullptr;
    QString m_shownFigureId;

    QAction *m_dataTableAction = nullptr;
    QAction *m_inspectorAction = nullptr;
    QActionGroup *m_languageActions = nullptr;
    QAction *m_sharesAsBarsAction = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    QMenu *m_recentMenu = nullptr;
    // Disabled where they would do nothing (on the last figure, Next; on the first, Previous).
    QAction *m_nextAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_firstAction = nullptr;
    QAction *m_lastAction = nullptr;
    void updateFigureActions();
};

} // namespace Figdeck
