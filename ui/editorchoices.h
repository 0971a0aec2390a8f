// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report.h"

#include <QList>
#include <QString>
#include <QStyledItemDelegate>
#include <QVariant>

#include <optional>

class QComboBox;

namespace Figdeck {

// The closed lists of the format as editors offer them: the value as the file writes it (the
// model's own name table) and a label in the interface's language: the tables' own words
// ("shares as a ring", "more than") too, which a report's texts say in the report's language
// (InterfaceWordsScope). No free text where the format has a list.
struct Choice
{
    QString value; // "more-than", "percent", "tiles"
    QString label; // "more than", "percent", "Key-figure tiles"
};

// The units a number may have: unitKindChoices' named kinds, then currencyChoices.
QList<Choice> unitChoices();
QList<Choice> qualifierChoices();
QList<Choice> statusChoices();
QList<Choice> originChoices();
QList<Choice> chartKindChoices();
QList<Choice> sourceKindChoices();
// The kinds of unit (unitKindTable): percent, percentage points, count, multiple, rank, a
// currency ("currency") and a unit of one's own ("custom").
QList<Choice> unitKindChoices();
QList<Choice> currencyChoices(); // currencyTable: "EUR" -> "EUR (euro)"
QList<Choice> unitScaleChoices();
// The "as" values a figure of `kind` accepts (figureKindTable), the default first; empty when
// the kind has one way of being drawn.
QList<Choice> figureStyleChoices(ChartKind kind);
QList<Choice> barOrderChoices();
// The pack's own sources, by id: "wire" -> "Wire story (wire)".
QList<Choice> sourceChoices(const Report &report);
QString choiceLabel(const QList<Choice> &choices, const QString &value);

// Fills a combo box with choices (value as item data) and selects `current`. A label longer
// than `maxLabelWidth` pixels (0: any length) is elided in the middle, its whole text the
// item's tool tip: for labels made of the pack's text (a source's title), which would
// otherwise make the combo box, and the inspector with it, as wide as the longest title.
void fillChoices(QComboBox *combo, const QList<Choice> &choices, const QString &current,
                 int maxLabelWidth = 0);
// A field's tool tip made of what it says about itself: its help (the property "help"), for a
// combo box the whole text of an elided choice, then the problem shown at it (the property
// "problem", marked ⚠). Each part is plain text, never markup; a part that goes leaves the
// others. Called whenever one of them changes (fillChoices does it for the choice).
void updateFieldToolTip(QWidget *field);
// Makes a combo box never narrower than its longest choice, now and after each fillChoices,
// so that no choice's text is cut off.
void sizeToChoices(QComboBox *combo);

// Item models give their closed list under this role (a QVariantList of {value, label}
// maps); ChoiceDelegate then edits the cell with a combo box instead of a line edit.
constexpr int ChoicesRole = Qt::UserRole + 100;
QVariant choicesData(const QList<Choice> &choices);

class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

// A number as typed in an editor: in the user's locale, or with a dot; nullopt otherwise.
std::optional<double> typedNumber(const QString &text);
// Why an editor does not keep `text` as a number; empty when it is one.
QString numberProblem(const QString &text);

// A Text with `text` in `language`: what an editor field writes back. An optional text that
// becomes empty is removed altogether (the writer then leaves the field out).
Text editedText(const Text &original, const QString &text, const QString &language, bool optional);

} // namespace Figdeck
