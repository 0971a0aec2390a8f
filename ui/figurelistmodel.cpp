// SPDX-License-Identifier: GPL-3.0-or-later
#include "figurelistmodel.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace Figdeck {

FigureListModel::FigureListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void FigureListModel::setReport(const Report &report)
{
    beginResetModel();
    m_figures = report.figures;
    endResetModel();
}

QString FigureListModel::figureId(int row) const
{
    return row >= 0 && row < m_figures.size() ? m_figures.at(row).id : QString();
}

int FigureListModel::rowOf(const QString &figureId) const
{
    for (int i = 0; i < m_figures.size(); ++i) {
        if (m_figures.at(i).id == figureId)
            return i;
    }
    return -1;
}

int FigureListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_figures.size());
}

QVariant FigureListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Figure &figure = m_figures.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return figure.title.text();
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return figure.subtitle.text();
    case Qt::DecorationRole: {
        auto it = m_icons.find(figure.kind);
        if (it == m_icons.end())
            it = m_icons.insert(figure.kind, iconFor(figure.kind));
        return *it;
    }
    case FigureIdRole:
        return figure.id;
    case ChartKindRole:
        return toString(figure.kind);
    default:
        return {};
    }
}

QHash<int, QByteArray> FigureListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(FigureIdRole, "figureId");
    names.insert(ChartKindRole, "chartKind");
    return names;
}

QIcon FigureListModel::iconFor(ChartKind kind)
{
    const int side = 32;
    QPixmap pixmap(side * 2, side * 2); // drawn at 2x, crisp on high-DPI screens
    pixmap.setDevicePixelRatio(2);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor blue(0x00, 0x72, 0xB2), orange(0xE6, 0x9F, 0x00), green(0x00, 0x9E, 0x73),
        grey(0xB8, 0xBE, 0xC6);
    p.setPen(Qt::NoPen);
    switch (kind) {
    case ChartKind::Tiles:
        p.setBrush(blue);
        p.drawRoundedRect(QRectF(3, 5, 12, 10), 2, 2);
        p.setBrush(orange);
        p.drawRoundedRect(QRectF(17, 5, 12, 10), 2, 2);
        p.setBrush(green);
        p.drawRoundedRect(QRectF(3, 17, 12, 10), 2, 2);
        p.setBrush(grey);
        p.drawRoundedRect(QRectF(17, 17, 12, 10), 2, 2);
        break;
    case ChartKind::Shares: {
        const QRectF r(4, 4, 24, 24);
        p.setBrush(blue);
        p.drawPie(r, 90 * 16, -126 * 16);
        p.setBrush(orange);
        p.drawPie(r, -36 * 16, -101 * 16);
        p.setBrush(green);
        p.drawPie(r, -137 * 16, -133 * 16);
        p.setCompositionMode(QPainter::CompositionMode_Clear);
        p.setBrush(Qt::black);
        p.drawEllipse(QRectF(11, 11, 10, 10));
        break;
    }
    case ChartKind::PartWhole:
        p.setBrush(blue);
        p.drawRect(QRectF(3, 11, 19, 10));
        p.setBrush(QBrush(grey, Qt::BDiagPattern));
        p.setPen(QPen(grey, 1));
        p.drawRect(QRectF(22.5, 11.5, 6, 9));
        break;
    case ChartKind::SmallMultiples:
        p.setBrush(blue);
        p.drawRect(QRectF(3, 6, 22, 5));
        p.setBrush(orange);
        p.drawRect(QRectF(3, 14, 10, 5));
        p.setBrush(green);
        p.drawRect(QRectF(3, 22, 16, 5));
        break;
    }
    p.end();
    return QIcon(pixmap);
}

} // namespace Figdeck
