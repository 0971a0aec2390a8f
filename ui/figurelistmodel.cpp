// SPDX-License-Identifier: GPL-3.0-or-later
#include "figurelistmodel.h"
#include "plaintext.h"

#include "reportdocument.h"

#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <cmath>

namespace Figdeck {

FigureListModel::FigureListModel(ReportDocument *document, QObject *parent)
    : QAbstractListModel(parent)
    , m_document(document)
{
    auto reset = [this] {
        beginResetModel();
        endResetModel();
    };
    connect(document, &ReportDocument::opened, this, reset);
    connect(document, &ReportDocument::figureListChanged, this, reset);
    connect(document, &ReportDocument::figureChanged, this, [this](const QString &id) {
        const int row = rowOf(id);
        if (row >= 0)
            emit dataChanged(index(row), index(row));
    });
    connect(document, &ReportDocument::viewLanguageChanged, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0), index(rowCount() - 1));
    });
    connect(document, &ReportDocument::problemsChanged, this, &FigureListModel::updateProblems);
}

void FigureListModel::updateProblems()
{
    QSet<QString> withProblems;
    // Each figure's problems cost what the figure has (the document indexes them by item).
    for (const Figure &f : m_document->report().figures) {
        if (!m_document->figureProblems(f.id).isEmpty())
            withProblems.insert(f.id);
    }
    if (withProblems == m_withProblems)
        return;
    const QSet<QString> changed = (withProblems - m_withProblems) + (m_withProblems - withProblems);
    m_withProblems = withProblems;
    for (const QString &id : changed) {
        const int row = rowOf(id);
        if (row >= 0)
            emit dataChanged(index(row), index(row), {Qt::DecorationRole, HasProblemsRole});
    }
}

QString FigureListModel::figureId(int row) const
{
    const QList<Figure> &figures = m_document->report().figures;
    return row >= 0 && row < figures.size() ? figures.at(row).id : QString();
}

int FigureListModel::rowOf(const QString &figureId) const
{
    return m_document->report().figureIndex(figureId);
}

int FigureListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_document ? 0 : int(m_document->report().figures.size());
}

QVariant FigureListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Figure &figure = m_document->report().figures.at(index.row());
    const bool problem = m_withProblems.contains(figure.id);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return figure.title.text(m_document->viewLanguage());
    case Qt::ToolTipRole: // a tool tip would render the pack's HTML
        return plainToolTip(figure.subtitle.text(m_document->viewLanguage()));
    case Qt::AccessibleDescriptionRole:
        if (problem)
            return tr("%1 (has problems: see the Problems list)")
                .arg(figure.subtitle.text(m_document->viewLanguage()));
        return figure.subtitle.text(m_document->viewLanguage());
    case Qt::DecorationRole: {
        const auto key = std::make_pair(figure.kind, problem);
        auto it = m_icons.find(key);
        if (it == m_icons.end())
            it = m_icons.insert(key, iconFor(figure.kind, problem, m_selectionColor));
        return *it;
    }
    case FigureIdRole:
        return figure.id;
    case ChartKindRole:
        return toString(figure.kind);
    case HasProblemsRole:
        return problem;
    default:
        return {};
    }
}

Qt::ItemFlags FigureListModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags f = QAbstractListModel::flags(index);
    return index.isValid() ? f | Qt::ItemIsDragEnabled : f | Qt::ItemIsDropEnabled;
}

Qt::DropActions FigureListModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

namespace {
const QLatin1String FigureMime("application/x-figdeck-figure-id");
}

bool FigureListModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                               const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1 || sourceRow < 0 ||
        sourceRow >= rowCount() || destinationChild < 0 || destinationChild > rowCount())
        return false;
    // destinationChild counts rows before the move; the document counts them after.
    const int to = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
    if (to == sourceRow)
        return false;
    m_document->moveFigure(sourceRow, to);
    return true;
}

QStringList FigureListModel::mimeTypes() const
{
    return {FigureMime};
}

QMimeData *FigureListModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.size() != 1 || !indexes.constFirst().isValid())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(FigureMime, figureId(indexes.constFirst().row()).toUtf8());
    return data;
}

bool FigureListModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                      const QModelIndex &) const
{
    return action == Qt::MoveAction && data && data->hasFormat(FigureMime) &&
           rowOf(QString::fromUtf8(data->data(FigureMime))) >= 0;
}

bool FigureListModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                   int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const int from = rowOf(QString::fromUtf8(data->data(FigureMime)));
    // Dropped onto an item: before it; below the last: at the end.
    int to = row >= 0 ? row : parent.isValid() ? parent.row() : rowCount();
    if (to > from)
        --to;
    m_document->moveFigure(from, std::clamp(to, 0, rowCount() - 1));
    return false; // the document moved the row; the view must not remove the source
}

QHash<int, QByteArray> FigureListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(FigureIdRole, "figureId");
    names.insert(ChartKindRole, "chartKind");
    return names;
}

void FigureListModel::setSelectionColor(const QColor &color)
{
    if (color == m_selectionColor)
        return;
    m_selectionColor = color;
    m_icons.clear();
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1), {Qt::DecorationRole});
}

QIcon FigureListModel::iconFor(ChartKind kind, bool problem, const QColor &selectionColor)
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
    case ChartKind::Series:
        p.setBrush(blue);
        p.drawRect(QRectF(5, 16, 5, 11));
        p.drawRect(QRectF(13.5, 11, 5, 16));
        p.drawRect(QRectF(22, 6, 5, 21));
        break;
    case ChartKind::Bars:
    case ChartKind::SmallMultiples:
        p.setBrush(blue);
        p.drawRect(QRectF(3, 6, 22, 5));
        p.setBrush(orange);
        p.drawRect(QRectF(3, 14, 10, 5));
        p.setBrush(green);
        p.drawRect(QRectF(3, 22, 16, 5));
        break;
    }
    if (problem) {
        // A problem mark in the corner: orange (Okabe-Ito vermillion) with a white "!".
        p.setCompositionMode(QPainter::CompositionMode_SourceOver);
        p.setPen(QPen(Qt::white, 1.5));
        p.setBrush(QColor(0xD5, 0x5E, 0x00));
        p.drawEllipse(QRectF(18, 18, 13, 13));
        QFont font = p.font();
        font.setBold(true);
        font.setPixelSize(11);
        p.setFont(font);
        p.drawText(QRectF(18, 18, 13, 13), Qt::AlignCenter, QStringLiteral("!"));
    }
    p.end();
    // Selected: the same drawing on a chip in contrast to the selection colour (the light
    // theme's selection is the icons' own blue).
    QPixmap selected(pixmap.size());
    selected.setDevicePixelRatio(2);
    selected.fill(Qt::transparent);
    QPainter s(&selected);
    s.setRenderHint(QPainter::Antialiasing);
    s.setPen(Qt::NoPen);
    // White on a luminance below the point where white and near-black contrast equally.
    const auto luminance = [](const QColor &c) {
        const auto linear = [](qreal v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
    };
    const bool lightSelection = selectionColor.isValid() && luminance(selectionColor) > 0.18;
    s.setBrush(lightSelection ? QColor(0x1B, 0x1F, 0x24) : QColor(0xFF, 0xFF, 0xFF));
    s.drawRoundedRect(QRectF(0, 0, side, side), 6, 6);
    s.drawPixmap(0, 0, pixmap);
    s.end();
    QIcon icon(pixmap);
    icon.addPixmap(selected, QIcon::Selected);
    return icon;
}

} // namespace Figdeck
