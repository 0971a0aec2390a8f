// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report.h"

#include <QAbstractListModel>
#include <QIcon>
#include <QMap>

namespace Figdeck {

// The report's figures as a list: title, subtitle as tooltip, an icon for the chart kind.
class FigureListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { FigureIdRole = Qt::UserRole + 1, ChartKindRole };

    explicit FigureListModel(QObject *parent = nullptr);

    void setReport(const Report &report);
    QString figureId(int row) const;
    int rowOf(const QString &figureId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // A small pictogram of a chart kind (also usable elsewhere).
    static QIcon iconFor(ChartKind kind);

private:
    QList<Figure> m_figures;
    mutable QMap<ChartKind, QIcon> m_icons; // painted on first use
};

} // namespace Figdeck
