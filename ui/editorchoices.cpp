// SPDX-License-Identifier: GPL-3.0-or-later
#include "editorchoices.h"

#include "format.h"
#include "interfacelanguage.h"
#include "plaintext.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFontMetrics>
#include <QLocale>

namespace Figdeck {

namespace {

struct EditorChoices
{
    Q_DECLARE_TR_FUNCTIONS(Figdeck::EditorChoices)
};

// Every value of an enum the model names: its name table ends where toString() gives nothing.
template <typename E, typename Label> QList<Choice> enumChoices(Label label)
{
    QList<Choice> result;
    for (int i = 0;; ++i) {
        const QString name = toString(E(i));
        if (name.isEmpty())
            return result;
        result << Choice{name, label(E(i))};
    }
}

} // namespace

QList<Choice> unitChoices()
{
    // The kinds with a name of their own, then the currencies: both lists' own labels.
    QList<Choice> result;
    for (const Choice &c : unitKindChoices()) {
        if (c.value != QLatin1String("currency") && c.value != QLatin1String("custom"))
            result << c;
    }
    return result + currencyChoices();
}

QList<Choice> qualifierChoices()
{
    const InterfaceWordsScope interfaceWords;
    return enumChoices<Qualifier>([](Qualifier q) {
        const QString phrase = qualifierPhrase(q);
        return phrase.isEmpty() ? EditorChoices::tr("exact") : phrase;
    });
}

QList<Choice> statusChoices()
{
    const InterfaceWordsScope interfaceWords;
    QList<Choice> result;
    for (const StatusEntry &e : statusTable()) {
        result << Choice{QString(e.name), e.value == Status::Observed
                                              ? EditorChoices::tr("observed")
                                              : statusWord(e.value)};
    }
    return result;
}

QList<Choice> originChoices()
{
    const InterfaceWordsScope interfaceWords;
    return enumChoices<Origin>([](Origin o) {
        return o == Origin::Stated ? EditorChoices::tr("stated by the source")
                                   : EditorChoices::tr("derived");
    });
}

QList<Choice> chartKindChoices()
{
    const InterfaceWordsScope interfaceWords;
    return enumChoices<ChartKind>([](ChartKind k) {
        switch (k) {
        case ChartKind::Tiles:
            return EditorChoices::tr("Key-figure tiles");
        case ChartKind::Shares:
            return EditorChoices::tr("Shares of a whole");
        case ChartKind::PartWhole:
            return EditorChoices::tr("One part of a whole");
        case ChartKind::SmallMultiples:
            return EditorChoices::tr("Small multiples");
        case ChartKind::Bars:
        case ChartKind::Series:
            return describe(entry(k));
        }
        return toString(k);
    });
}

QList<Choice> sourceKindChoices()
{
    const InterfaceWordsScope interfaceWords;
    return enumChoices<SourceKind>([](SourceKind k) {
        if (k == SourceKind::Report)
            return EditorChoices::tr("the report itself");
        if (k == SourceKind::NewsSummary)
            return EditorChoices::tr("a news summary");
        return describe(sourceKindTable().at(int(k)));
    });
}

QList<Choice> unitKindChoices()
{
    const InterfaceWordsScope interfaceWords;
    QList<Choice> result;
    for (const UnitKindEntry &e : unitKindTable()) {
        switch (e.value) {
        case UnitKind::Percent:
            result << Choice{QString(e.name), EditorChoices::tr("percent")};
            break;
        case UnitKind::Count:
            result << Choice{QString(e.name), EditorChoices::tr("count")};
            break;
        case UnitKind::Currency:
            result << Choice{QStringLiteral("currency"), EditorChoices::tr("currency")};
            break;
        case UnitKind::Custom:
            result << Choice{QStringLiteral("custom"), EditorChoices::tr("unit of its own")};
            break;
        default:
            result << Choice{QString(e.name), describe(e)};
        }
    }
    return result;
}

QList<Choice> currencyChoices()
{
    const InterfaceWordsScope interfaceWords;
    QList<Choice> result;
    for (const CurrencyEntry &c : currencyTable()) {
        const QString code(c.code);
        result << Choice{code, code + QLatin1String(" (") + modelText(c.name) + QLatin1Char(')')};
    }
    return result;
}

QList<Choice> unitScaleChoices()
{
    const InterfaceWordsScope interfaceWords;
    QList<Choice> result;
    for (const auto &e : unitScaleTable())
        result << Choice{QString(e.name), describe(e)};
    return result;
}

QList<Choice> figureStyleChoices(ChartKind kind)
{
    const InterfaceWordsScope interfaceWords;
    QList<Choice> result;
    for (const FigureStyle style : entry(kind).styles) {
        for (const auto &e : figureStyleTable()) {
            if (e.value == style)
                result << Choice{QString(e.name), describe(e)};
        }
    }
    return result;
}

QList<Choice> barOrderChoices()
{
    const InterfaceWordsScope interfaceWords;
    QList<Choice> result;
    for (const auto &e : barOrderTable())
        result << Choice{QString(e.name), describe(e)};
    return result;
}

QList<Choice> sourceChoices(const Report &report)
{
    QList<Choice> result;
    for (const Source &s : report.sources) {
        const QString title = s.title.text();
        result << Choice{
            s.id, title.isEmpty() ? s.id : title + QLatin1String(" (") + s.id + QLatin1Char(')')};
    }
    return result;
}

QString choiceLabel(const QList<Choice> &choices, const QString &value)
{
    for (const Choice &c : choices) {
        if (c.value == value)
            return c.label;
    }
    return value;
}

void fillChoices(QComboBox *combo, const QList<Choice> &choices, const QString &current,
                 int maxLabelWidth)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    const QFontMetrics metrics = combo->fontMetrics();
    for (const Choice &c : choices) {
        if (maxLabelWidth > 0 && metrics.horizontalAdvance(c.label) > maxLabelWidth) {
            combo->addItem(metrics.elidedText(c.label, Qt::ElideMiddle, maxLabelWidth), c.value);
            combo->setItemData(combo->count() - 1, plainToolTip(c.label), Qt::ToolTipRole);
        } else {
            combo->addItem(c.label, c.value);
        }
    }
    combo->setCurrentIndex(combo->findData(current));
    updateFieldToolTip(combo);
    if (combo->sizeAdjustPolicy() == QComboBox::AdjustToContents)
        combo->setMinimumWidth(combo->sizeHint().width());
}

void updateFieldToolTip(QWidget *field)
{
    QString tip = plainToolTip(field->property("help").toString());
    if (const auto *combo = qobject_cast<QComboBox *>(field); combo && combo->currentIndex() >= 0)
        tip += combo->itemData(combo->currentIndex(), Qt::ToolTipRole).toString(); // plain already
    const QString problem = field->property("problem").toString();
    if (!problem.isEmpty())
        tip += plainToolTip(QStringLiteral("\u26a0 ") + problem);
    field->setToolTip(tip);
}

void sizeToChoices(QComboBox *combo)
{
    // Qt keeps the minimum width it measured first, often before the choices (or their
    // language) were in: fillChoices sets it again from the size hint, which follows them.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    combo->setMinimumWidth(combo->sizeHint().width());
}

QVariant choicesData(const QList<Choice> &choices)
{
    QVariantList list;
    for (const Choice &c : choices)
        list << QVariantMap{{QStringLiteral("value"), c.value}, {QStringLiteral("label"), c.label}};
    return list;
}

namespace {

QList<Choice> choicesOf(const QModelIndex &index)
{
    QList<Choice> result;
    const QVariantList list = index.data(ChoicesRole).toList();
    for (const QVariant &item : list) {
        const QVariantMap map = item.toMap();
        result << Choice{map.value(QStringLiteral("value")).toString(),
                         map.value(QStringLiteral("label")).toString()};
    }
    return result;
}

} // namespace

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    if (!index.data(ChoicesRole).isValid())
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *combo = new QComboBox(parent);
    combo->setFrame(false);
    // A choice is a complete edit: commit it at once.
    connect(combo, &QComboBox::activated, this,
            [this, combo] { emit const_cast<ChoiceDelegate *>(this)->commitData(combo); });
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        fillChoices(combo, choicesOf(index), index.data(Qt::EditRole).toString());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                  const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

std::optional<double> typedNumber(const QString &text)
{
    bool ok = false;
    double number = QLocale().toDouble(text.trimmed(), &ok);
    if (!ok)
        number = QLocale::c().toDouble(text.trimmed(), &ok);
    return ok ? std::optional<double>(number) : std::nullopt;
}

QString numberProblem(const QString &text)
{
    return typedNumber(text) ? QString() : EditorChoices::tr("%1 is not a number").arg(text);
}

Text editedText(const Text &original, const QString &text, const QString &language, bool optional)
{
    Text result = original;
    result.fallbackLanguage = language;
    result.byLanguage.insert(language, text);
    if (optional && text.isEmpty() && result.byLanguage.size() == 1)
        result.byLanguage.clear();
    return result;
}

} // namespace Figdeck
