// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report.h"

#include <QAbstractListModel>
#include <QColor>
#include <QIcon>
#include <QMap>
#include <QPointer>
#include <QSet>

namespace Figdeck {

class ReportDocument;

// The document's figures as a list: title, subtitle as tooltip, an icon for the chart kind, a
// mark on figures with problems. Rows move by drag and drop (a command on the document).
class FigureListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { FigureIdRole = Qt::UserRole + 1, ChartKindRole, HasProblemsRole };

    explicit FigureListModel(ReportDocument *document, QObject *parent = nullptr);

    QString figureId(int row) const;
    int rowOf(const QString &figureId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    // A small pictogram of a chart kind (also usable elsewhere). Its Selected mode draws it on
    // a chip that stands out against selectionColor (light on a dark or saturated selection,
    // dark on a light one), so the selected figure's icon never sinks into the selection.
    static QIcon iconFor(ChartKind kind, bool problem = false,
                         const QColor &selectionColor = QColor());
    // The view's selection colour (its palette's Highlight): the icons are drawn again for it.
    void setSelectionColor(const QColor &color);

private:
    void updateProblems();

    QPointer<ReportDocument> m_document;
    QSet<QString> m_withProblems;
    mutable QMap<std::pair<ChartKind, bool>, QIcon> m_icons; // painted on first use
    QColor m_selectionColor;
};

} // namespace Figdeck
