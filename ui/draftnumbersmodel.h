// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "numberfinder.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace Figdeck {

// The numbers found in a text, as File > New Report from Text or PDF… lists them: one row per
// number, ticked to be kept, with label, value, unit, qualifier, status and period editable
// (unit, qualifier and status from the model's closed lists, through ChoiceDelegate) and the
// quote as the finder read it. The label is the drafter's until the user gives one. The
// vertical header gives each number's line in the text.
class DraftNumbersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Use,
        Label,
        Value,
        UnitColumn,
        QualifierColumn,
        StatusColumn,
        Period,
        Quote,
        Columns
    };

    // Why a cell's text is refused or not what it seems (a period that reads as a date and is
    // none); empty when it is fine.
    enum Role { ProblemRole = Qt::UserRole + 1 };

    explicit DraftNumbersModel(QObject *parent = nullptr);

    // Why a period typed for a number is no date, when it looks like one ("2023-13", "2023-Q5",
    // "2023-H3", "05/2023"); empty for a date of the format (2023, 2023-H2, H2 2023, 2023-Q4,
    // 2023-05, 2023-05-31), for words ("2022 to 2023", "end of 2023") and for a range
    // (2026/2030): the pack keeps those as the period's text.
    static QString periodProblem(const QString &period);
    // Why a number has no period the user must give: the text names it relative to its own
    // date ("去年", "the first half of last year") and gives no date (no dateline), so the
    // finder left it empty rather than guess; empty when the number has a period or never
    // had one to give.
    static QString relativePeriodProblem(const FoundNumber &number);
    // The first ticked row whose period is no date, else the first whose relative period was
    // left empty, and why; -1 when none.
    int firstPeriodProblem(QString *problem) const;

    // The numbers found in `text`. Numbers found again where the text did not change (the
    // same words at the same place, shifted by what was typed before them; or, failing that,
    // the same words in the same sentence) keep their tick and the fields the user edited.
    // Returns, for each row before, its row now (-1: not found again). `language` is the
    // pack's, for formatting values.
    QList<int> setNumbers(const QList<FoundNumber> &numbers, const QString &language,
                          const QString &text = QString());
    // The drafter's labels of the rows (shown while the user has given none).
    void setDraftLabels(const QList<int> &rows, const QStringList &labels);
    const FoundNumber &number(int row) const { return m_rows.at(row).edited; }
    // The number's words in the text: quote from quoteStart to quoteEnd.
    QString numberWords(int row) const;
    // The phrase it was read from: quote from phraseStart to phraseEnd ("more than €1.6 billion").
    QString phraseWords(int row) const;
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
        QString draftLabel; // the drafter's label for it
    };
    QString unitValue(const Row &row) const;

    QList<Row> m_rows;
    QString m_language;
    QString m_text; // the numbers' text
};

} // namespace Figdeck
