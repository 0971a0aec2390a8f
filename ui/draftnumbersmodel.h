// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "numberfinder.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace Figdeck {

// The numbers found in a text, as File > New Report from Text or PDF… lists them: one row per
// number, ticked to be kept, with value, unit, qualifier and status editable (unit, qualifier
// and status from the model's closed lists, through ChoiceDelegate) and period and quote as
// the finder read them. The vertical header gives each number's line in the text.
class DraftNumbersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Use, Value, UnitColumn, QualifierColumn, StatusColumn, Period, Quote, Columns };

    explicit DraftNumbersModel(QObject *parent = nullptr);

    // Numbers found again in a changed text keep their edits and tick when their sentence and
    // their own words are unchanged. `language` is the pack's, for formatting values.
    void setNumbers(const QList<FoundNumber> &numbers, const QString &language);
    const FoundNumber &number(int row) const { return m_rows.at(row).edited; }
    // The number's words in the text: quote from quoteStart to quoteEnd.
    QString numberWords(int row) const;
    bool isUsed(int row) const { return m_rows.at(row).used; }
    // The ticked numbers as edited, and the rows they are in.
    QList<FoundNumber> usedNumbers(QList<int> *rows = nullptr) const;
    // Some number is unticked or corrected.
    bool hasChanges() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    // A number was ticked, unticked or edited: the draft changes.
    void numbersEdited();

private:
    struct Row
    {
        FoundNumber found;  // as the finder read it
        FoundNumber edited; // with the user's corrections
        bool used = true;
    };
    QString unitValue(const Row &row) const;

    QList<Row> m_rows;
    QString m_language;
};

} // namespace Figdeck
