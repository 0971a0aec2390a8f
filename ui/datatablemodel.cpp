// SPDX-License-Identifier: GPL-3.0-or-later
#include "datatablemodel.h"

#include "format.h"

#include <QRegularExpression>

namespace Figdeck {

DataTableModel::DataTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DataTableModel::setFigure(const Report &report, const Figure &figure)
{
    beginResetModel();
    m_metrics.clear();
    for (const Metric *m : report.metricsOf(figure))
        m_metrics << *m;
    endResetModel();
}

int DataTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_metrics.size());
}

int DataTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DataTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Metric &m = m_metrics.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Quote)
        return m.quote;
    if (role == Qt::TextAlignmentRole && (index.column() == Value || index.column() == Number))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Label:
        return m.label.text();
    case Value:
        return formatValue(m);
    case Number: // the plain number, for spreadsheets; read it with its qualifier
        return QString::number(m.value, 'g', 15);
    case Unit:
        switch (m.unit) {
        case Figdeck::Unit::Percent:
            return tr("percent");
        case Figdeck::Unit::Count:
            return tr("count");
        case Figdeck::Unit::CurrencyCNY:
            return tr("CNY (yuan)");
        case Figdeck::Unit::CurrencyUSD:
            return tr("USD (dollars)");
        }
        return {};
    case Qualifier: {
        QString q = qualifierPhrase(m.qualifier);
        if (q.isEmpty())
            q = tr("exact");
        return m.projected ? tr("%1, projected").arg(q) : q;
    }
    case Period:
        return m.period.text();
    case Origin:
        return originText(m);
    case Quote:
        return m.quote;
    default:
        return {};
    }
}

QVariant DataTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Label:
        return tr("Metric");
    case Value:
        return tr("Value");
    case Number:
        return tr("Number");
    case Unit:
        return tr("Unit");
    case Qualifier:
        return tr("Qualifier");
    case Period:
        return tr("Period");
    case Origin:
        return tr("Origin");
    case Quote:
        return tr("Source quote");
    default:
        return {};
    }
}

QString DataTableModel::toTsv() const
{
    static const QRegularExpression breaks(QStringLiteral("[\\t\\r\\n]+"));
    QStringList lines;
    QStringList cells;
    for (int c = 0; c < ColumnCount; ++c)
        cells << headerData(c, Qt::Horizontal).toString();
    lines << cells.join(QLatin1Char('\t'));
    for (int r = 0; r < rowCount(); ++r) {
        cells.clear();
        for (int c = 0; c < ColumnCount; ++c)
            cells << data(index(r, c)).toString().replace(breaks, QStringLiteral(" "));
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace Figdeck
