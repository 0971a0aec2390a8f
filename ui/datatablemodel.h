// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report.h"

#include <QAbstractTableModel>

namespace Figdeck {

// The numbers of one figure as a table: the accessible alternative to the chart, and what
// "Copy data" copies.
class DataTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Label, Value, Number, Unit, Qualifier, Period, Origin, Quote, ColumnCount };

    explicit DataTableModel(QObject *parent = nullptr);

    void setFigure(const Report &report, const Figure &figure);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Header row plus one row per metric, tab-separated; tabs and newlines in cells become
    // spaces so every row stays one line.
    QString toTsv() const;

private:
    QList<Metric> m_metrics;
};

} // namespace Figdeck
