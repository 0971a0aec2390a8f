// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

namespace Figdeck {

class ReportDocument;

// The numbers of one figure as a table: the accessible alternative to the chart, what "Copy
// data" copies, and the metrics editor. It reads the document; an edit is a command on it.
class DataTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Label,
        Value,
        Number,
        High, // a range's upper bound; empty: not a range
        Unit,
        OfWhat,
        Qualifier,
        Status,
        Period,
        Date, // the ISO date that orders the number over time
        Origin,
        Derivation,
        Quote,
        Source, // the number's own source, as credits name it; chosen among the pack's
        ColumnCount
    };
    // SortRole: the raw number (a double) in the Value, Number and High columns, the date's
    // order in Date, the display text elsewhere, so that "≈ ¥1.2 trillion" sorts after
    // "$165 billion" by its value.
    enum Role { MetricIdRole = Qt::UserRole + 1, ProblemRole, SortRole };

    explicit DataTableModel(const ReportDocument *document, QObject *parent = nullptr);

    void setFigure(const QString &figureId);
    QString figureId() const { return m_figureId; }
    QString metricId(int row) const;
    int rowOf(const QString &metricId) const;
    // The column that edits the field of a problem path ("metrics[3].value"), or -1.
    static int columnOfField(const QString &field);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Value shows the number as Figdeck writes it ("≈ ¥1.2 trillion"), Number the whole number
    // in the locale's digits ("1,200,000,000,000"); both give the raw number ("1200000000000")
    // in the edit role, which TSV copies for spreadsheets.
    // Header row plus one row per metric, tab-separated; tabs and newlines in cells become
    // spaces so every row stays one line. Rows in the given order (the table's sort), or in
    // the report's order when none is given.
    QString toTsv(const QList<int> &rowOrder = {}) const;

signals:
    // An edit not taken: what was typed is not valid for the cell (the same messages as the
    // inspector's fields). The cell keeps the metric's value.
    void editRefused(const QModelIndex &index, const QString &message);

private:
    const Metric *metricAt(int row) const;
    void refreshRows();
    QString problemAt(int row, int column) const;
    void collectProblems();
    bool refuse(const QModelIndex &index, const QString &message);

    QPointer<const ReportDocument> m_document;
    QString m_figureId;
    QStringList m_ids; // the figure's metric ids, to tell a new list from a changed metric
    QHash<QString, QHash<int, QString>> m_problems; // metric id -> column -> messages
};

} // namespace Figdeck
