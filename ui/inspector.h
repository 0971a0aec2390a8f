// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editorchoices.h"
#include "report.h"

#include <QHash>
#include <QPointer>
#include <QTabWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class QGroupBox;

namespace Figdeck {

class ReportDocument;
class RestatedChoices;

// Beside the chart: the selected figure's fields (title, subtitle, kind and its options, its
// metrics, findings with their quotes, caveats with the metrics they mark) and, on a second
// tab, the report's (title, issuer, event, date, source, sections, report caveats). Every
// change is a command on the document; a problem shows at its field, marked and explained.
class Inspector : public QTabWidget
{
    Q_OBJECT
public:
    explicit Inspector(ReportDocument *document, QWidget *parent = nullptr);

    void showFigure(const QString &figureId);
    QString figureId() const { return m_figureId; }
    void selectMetric(const QString &metricId);
    // Shows and focuses the field of a problem path ("figures[2].title", "source.url");
    // false when the inspector has no field for it.
    bool focusField(const QString &path);
    // The message shown at a field's marker (empty: none); for tests.
    QString problemShownAt(const QString &field) const;

    // Asks which source takes over the metrics of a source being removed: `message` names
    // them, `choices` are the other sources; returns the chosen id, empty for Cancel. With no
    // choices it only tells why the source stays. The default asks in a dialog; tests answer.
    using SourceQuestion =
        std::function<QString(const QString &message, const QList<Choice> &choices)>;
    void setSourceQuestion(SourceQuestion question) { m_sourceQuestion = std::move(question); }

signals:
    void metricSelected(const QString &metricId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createFigureTab();
    QWidget *createReportTab();
    QLineEdit *addLine(QFormLayout *form, const QString &label, const QString &field);
    // Gives the fields their help, shown in their tool tips before any problem.
    void addFieldHelp();
    void refreshFigure();
    void refreshReport();
    void refreshProblems();
    void editFigure(const std::function<void(Figure &)> &change, const QString &what,
                    const QString &mergeKey = QString());
    void editReport(const std::function<void(Report &)> &change, const QString &what, int part,
                    const QString &mergeKey = QString());
    void fillFindings(QTableWidget *table, const QList<Finding> &findings);
    QList<Finding> findingsFrom(const QTableWidget *table, const QList<Finding> &old) const;
    void fillCaveats(QTableWidget *table, const QList<Caveat> &caveats);
    void refreshCaveatMetrics();
    // A series figure's series: a list to rename (in place), reorder and remove empty ones.
    QGroupBox *createSeriesBox();
    void refreshSeries();
    void moveSelectedSeries(int delta);
    void removeSelectedSeries();
    void refreshSectionFindings();
    // The registered field a problem path is shown at (empty: none shown here).
    QString fieldOf(const QString &path) const;

    // A choice made of the pack's text is elided past this width (see fillChoices).
    int packLabelWidth() const;
    // The selected metric's v2 fields (unit, qualifier, status, date, range, source, what it
    // restates, its series).
    QGroupBox *createMetricBox();
    const Metric *currentMetric() const;
    void refreshMetric();
    // The numbers the selected one can restate. `everything`: every metric of the pack by
    // figure, less itself and those that restate it already (a cycle); otherwise only nothing
    // and the one it names, which is all a closed field shows. The list is made when the field
    // is opened or focused: a pack can have 3,000 figures.
    void fillRestated(bool everything);
    void editMetric(const std::function<void(Metric &)> &change, const QString &what,
                    const QString &mergeKey = QString());
    // A problem of what is being typed that the Report cannot hold yet (a date that is not
    // one, a value that is not a number): shown at the field until the text is valid.
    void setLocalProblem(const QString &field, const QString &message);

    // The pack's sources: a list, and the selected one's fields.
    QGroupBox *createSourcesBox();
    void refreshSources();
    void refreshSource();
    void editSource(const std::function<void(Source &)> &change, const QString &what,
                    const QString &mergeKey = QString());
    // Removes the selected source; asks where its metrics go when some use it.
    void removeSelectedSource();
    QString askSource(const QString &message, const QList<Choice> &choices);

    QPointer<ReportDocument> m_document;
    SourceQuestion m_sourceQuestion;
    QString m_figureId;
    bool m_refreshing = false;

    // Figure tab
    QWidget *m_figureTab = nullptr;
    QLabel *m_figureIdLabel = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_subtitle = nullptr;
    QComboBox *m_kind = nullptr;
    QCheckBox *m_comparable = nullptr;
    QFormLayout *m_figureForm = nullptr;
    QComboBox *m_style = nullptr;
    QComboBox *m_order = nullptr;
    QGroupBox *m_sharesBox = nullptr;
    QLineEdit *m_whole = nullptr;
    QDoubleSpinBox *m_total = nullptr;
    QCheckBox *m_complete = nullptr;
    QGroupBox *m_seriesBox = nullptr;
    QListWidget *m_seriesList = nullptr;
    QPushButton *m_seriesUp = nullptr;
    QPushButton *m_seriesDown = nullptr;
    QPushButton *m_seriesRemove = nullptr;
    QListWidget *m_metrics = nullptr;
    QTableWidget *m_findings = nullptr;
    QTableWidget *m_caveats = nullptr;
    QListWidget *m_caveatMetrics = nullptr;

    // The selected metric
    QGroupBox *m_metricBox = nullptr;
    QFormLayout *m_metricForm = nullptr;
    QFormLayout *m_metricLinksForm = nullptr;
    QComboBox *m_unitKind = nullptr;
    QComboBox *m_currency = nullptr;
    QLineEdit *m_unitSymbol = nullptr;
    QLineEdit *m_unitName = nullptr;
    QComboBox *m_unitScale = nullptr;
    QLineEdit *m_noun = nullptr;
    QLineEdit *m_measure = nullptr;
    QLineEdit *m_value = nullptr;
    QCheckBox *m_isRange = nullptr;
    QLineEdit *m_high = nullptr;
    QComboBox *m_qualifier = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_metricDate = nullptr;
    QComboBox *m_metricSource = nullptr;
    QComboBox *m_equivalentOf = nullptr;
    RestatedChoices *m_restated = nullptr;      // its choices
    RestatedChoices *m_restatedFound = nullptr; // those found by typing
    bool m_restatedFull = false;                // m_equivalentOf lists every choice
    QLineEdit *m_equivalentRate = nullptr;
    QComboBox *m_series = nullptr;
    QHash<QString, QString> m_localProblems; // field -> message
    QString m_shownMetricId;

    // Report tab
    QWidget *m_reportTab = nullptr;
    QLineEdit *m_reportTitle = nullptr;
    QLineEdit *m_issuer = nullptr;
    QLineEdit *m_event = nullptr;
    QLineEdit *m_date = nullptr;
    QListWidget *m_sources = nullptr;
    QLineEdit *m_sourceId = nullptr;
    QLineEdit *m_sourceDate = nullptr;
    QLineEdit *m_sourceTitle = nullptr;
    QLineEdit *m_sourceUrl = nullptr;
    QComboBox *m_sourceKind = nullptr;
    QLineEdit *m_publisher = nullptr;
    QTableWidget *m_sections = nullptr;
    QTableWidget *m_sectionFindings = nullptr;
    QTableWidget *m_reportCaveats = nullptr;

    // Problem markers: field path (relative to the figure, or the report's) -> its widget and
    // the message under it.
    struct Field
    {
        QWidget *widget = nullptr;
        QLabel *message = nullptr;
        bool figure = true;
    };
    QHash<QString, Field> m_fields;
};

} // namespace Figdeck
