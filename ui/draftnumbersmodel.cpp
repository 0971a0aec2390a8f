// SPDX-License-Identifier: GPL-3.0-or-later
#include "draftnumbersmodel.h"

#include "editorchoices.h"
#include "format.h"
#include "plaintext.h"

#include <QBrush>
#include <QColor>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>
#include <optional>

namespace Figdeck {

namespace {

// A custom unit has no name in the unit table: its choice is its symbol, after this prefix
// (which no unit name or ISO 4217 code can start with).
const QString customPrefix = QStringLiteral("custom:");

// The same number in a changed text: its sentence and its own words.
QString keyOf(const FoundNumber &n)
{
    return n.quote + QChar(0x1f) + QString::number(n.quoteStart) + QChar(0x1f) +
           QString::number(n.quoteEnd);
}

// The unit choices of the model's tables, and the number's own unit when they lack it (a
// custom unit such as TWh, a currency outside the common ones).
QList<Choice> unitChoicesWith(const Unit &own, const QString &ownValue)
{
    QList<Choice> choices = unitChoices();
    const bool listed = std::any_of(choices.cbegin(), choices.cend(),
                                    [&](const Choice &c) { return c.value == ownValue; });
    if (!listed)
        choices << Choice{ownValue, own.is(UnitKind::Custom) ? own.symbol.text() : ownValue};
    return choices;
}

// Where each line of text starts.
QList<qsizetype> lineStarts(const QString &text)
{
    QList<qsizetype> starts{0};
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\n')
            starts.append(i + 1);
    }
    return starts;
}

// Where the number's phrase starts in the text of these lines; -1 when its line is not there.
qsizetype phrasePosition(const FoundNumber &n, const QList<qsizetype> &lines)
{
    if (n.line < 1 || n.line > lines.size())
        return -1;
    return lines.at(n.line - 1) + n.column - 1 - (n.quoteStart - n.phraseStart);
}

QString valueOfUnit(const Unit &unit)
{
    return unit.is(UnitKind::Custom) ? customPrefix + unit.symbol.text() : unit.fileName();
}

struct TypedValue
{
    double low = 0;
    std::optional<double> high; // a range's
};

// A value as the user types it: in their own number format, in the one --numbers prints ("4..6"
// for a range), or as a text would write it ("1.2 trillion", "59bn", "2 to 3 million").
std::optional<TypedValue> typedValue(const QString &typed)
{
    const auto one = [](const QString &text) -> std::optional<TypedValue> {
        const QString t = text.trimmed();
        bool ok = false;
        double v = QLocale().toDouble(t, &ok);
        if (!ok)
            v = QLocale::c().toDouble(t, &ok);
        if (ok)
            return std::isfinite(v) ? std::optional<TypedValue>({v, std::nullopt}) : std::nullopt;
        const QList<FoundNumber> read = findNumbers(t);
        if (read.size() != 1 || !std::isfinite(read.first().value))
            return std::nullopt;
        return TypedValue{read.first().value, read.first().high};
    };
    const qsizetype dots = typed.indexOf(QLatin1String(".."));
    if (dots < 0)
        return one(typed);
    const std::optional<TypedValue> low = one(typed.left(dots));
    const std::optional<TypedValue> high = one(typed.mid(dots + 2));
    if (!low || !high || low->high || high->high || high->low <= low->low)
        return std::nullopt;
    return TypedValue{low->low, high->low};
}

} // namespace

QString DraftNumbersModel::periodProblem(const QString &period)
{
    const QString p = period.trimmed();
    if (p.isEmpty() || PeriodDate::parse(p))
        return {};
    // A range of years ("2026/2030", "2022-2023", fiscal "2023/24") is a period's text.
    static const QRegularExpression range(
        QStringLiteral("^((?:19|20)\\d\\d)\\s*[-/\u2013]\\s*((?:19|20)?\\d\\d)$"));
    if (const QRegularExpressionMatch m = range.match(p); m.hasMatch()) {
        const int first = m.captured(1).toInt();
        const int second = m.captured(2).size() == 2 ? first / 100 * 100 + m.captured(2).toInt()
                                                     : m.captured(2).toInt();
        if (second > first)
            return {};
    }
    // A half-year in words that names its year ("H1 2024", "2024年上半年") has a date too.
    if (dateOfPeriod(p))
        return {};
    // Only what reads as a date and is none: digits with dashes, slashes or dots, a quarter,
    // a half-year, a lone number. Words are a period's text.
    static const QRegularExpression dateLike(
        QStringLiteral("^(\\d+)(?:([-./])(?:[Qq](\\d+)|(\\d+)|[Hh](\\d+)))?(?:([-./])(\\d+))?$"));
    const QRegularExpressionMatch m = dateLike.match(p);
    if (!m.hasMatch())
        return {};
    const QString format =
        tr("Type a year (2023), a half-year (2023-H2), a quarter (2023-Q4), the first months of "
           "a year (2023-01/08: January to August), other months of a year (2023-03/08: March to "
           "August), a month (2023-05) or a day (2023-05-31); words such as “2022 to 2023” are "
           "kept as the period's text, with no date.");
    const QString year = m.captured(1);
    const bool iso = year.size() == 4 && (m.captured(2).isEmpty() || m.captured(2) == u'-');
    const bool months = iso && m.captured(4).size() == 2 && m.captured(6) == u'/';
    const bool firstMonths = months && m.captured(4) == QLatin1String("01");
    const int start = m.captured(4).toInt();
    const int end = m.captured(7).toInt();
    QString why;
    if (months && !firstMonths && start % 3 == 1 && end == start + 2) {
        why = tr("the three months of a quarter are written as the quarter (%1-Q%2).")
                  .arg(year)
                  .arg((start - 1) / 3 + 1);
    } else if (months && start == 7 && end == 12) {
        why = tr("July to December is the second half-year (%1-H2).").arg(year);
    } else if (months && !firstMonths) {
        why = tr("months of a year run from a month to a later one of the same year, 01 to 12 "
                 "(%1-03/08: March to August).")
                  .arg(year);
    } else if (firstMonths) {
        why = tr("the first months of a year end in a month from February (02) to November (11); "
                 "January alone is %1-01, January to December the year %1.")
                  .arg(year);
    } else if (!m.captured(3).isEmpty() && iso && m.captured(7).isEmpty()) {
        why = tr("there is no quarter %1 (quarters are Q1 to Q4).").arg(m.captured(3));
    } else if (!m.captured(5).isEmpty() && iso && m.captured(7).isEmpty()) {
        why = tr("there is no half-year %1 (half-years are H1 and H2).").arg(m.captured(5));
    } else if (iso && !m.captured(4).isEmpty() && m.captured(4).size() == 2 &&
               (m.captured(4).toInt() < 1 || m.captured(4).toInt() > 12)) {
        why = tr("there is no month %1 (months are 01 to 12).").arg(m.captured(4));
    } else if (iso && m.captured(4).size() == 2 && m.captured(7).size() == 2) {
        why = tr("%1 has no day %2.").arg(year + QLatin1Char('-') + m.captured(4), m.captured(7));
    } else if (m.captured(2).isEmpty()) {
        why = tr("a year has four digits.");
    } else {
        why = tr("it is not written as the format writes dates.");
    }
    return tr("“%1” is not a date: %2").arg(p, why) + QLatin1Char(' ') + format;
}

QString DraftNumbersModel::relativePeriodProblem(const FoundNumber &number)
{
    if (number.relativePeriod.isEmpty() || !number.period.trimmed().isEmpty())
        return {};
    return tr("“%1” names a period from the text's own date, and the text gives no date (no "
              "dateline such as “Published: 12 August 2025” at its top): the period was left "
              "empty rather than guessed. Type the period of this number, or add the date to "
              "the text.")
        .arg(number.relativePeriod);
}

int DraftNumbersModel::firstPeriodProblem(QString *problem) const
{
    // A period that is no date is wrong, one left empty is missing: the wrong ones first.
    const auto first = [this, problem](const auto &why) {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (!m_rows.at(i).used)
                continue;
            if (QString text = why(m_rows.at(i).edited); !text.isEmpty()) {
                *problem = std::move(text);
                return i;
            }
        }
        return -1;
    };
    const int wrong = first([](const FoundNumber &n) { return periodProblem(n.period); });
    return wrong >= 0 ? wrong : first(&DraftNumbersModel::relativePeriodProblem);
}

DraftNumbersModel::DraftNumbersModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QList<int> DraftNumbersModel::setNumbers(const QList<FoundNumber> &numbers, const QString &language,
                                         const QString &text)
{
    // What changed: one run of the old text, [prefix, old size - suffix), became another.
    const QString &old = m_text;
    qsizetype prefix = 0;
    const qsizetype shortest = std::min(old.size(), text.size());
    while (prefix < shortest && old.at(prefix) == text.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shortest - prefix &&
           old.at(old.size() - 1 - suffix) == text.at(text.size() - 1 - suffix))
        ++suffix;
    const qsizetype shift = text.size() - old.size();
    const QList<qsizetype> oldLines = lineStarts(old);
    const QList<qsizetype> newLines = lineStarts(text);

    // Where each old number's phrase is in the new text, when the change left it alone.
    QHash<qsizetype, int> byPlace; // phrase start in the new text -> old row
    QHash<QString, QList<int>> byKey;
    for (int i = 0; i < m_rows.size(); ++i) {
        const FoundNumber &n = m_rows.at(i).found;
        byKey[keyOf(n)].append(i);
        const qsizetype start = phrasePosition(n, oldLines);
        if (start < 0)
            continue;
        const qsizetype end = start + (n.phraseEnd - n.phraseStart);
        if (end <= prefix)
            byPlace.insert(start, i);
        else if (start >= old.size() - suffix)
            byPlace.insert(start + shift, i);
    }

    QList<int> rowNow(m_rows.size(), -1);
    QList<Row> rows;
    rows.reserve(numbers.size());
    for (const FoundNumber &n : numbers) {
        Row row{n, n, true, QString()};
        const auto same = [&](int i) {
            const FoundNumber &o = m_rows.at(i).found;
            return rowNow.at(i) < 0 && o.value == n.value &&
                   o.quote.mid(o.phraseStart, o.phraseEnd - o.phraseStart) ==
                       n.quote.mid(n.phraseStart, n.phraseEnd - n.phraseStart);
        };
        int before = -1;
        if (const auto at = byPlace.constFind(phrasePosition(n, newLines));
            at != byPlace.cend() && same(*at))
            before = *at;
        if (before < 0) {
            for (int i : byKey.value(keyOf(n))) {
                if (same(i)) {
                    before = i;
                    break;
                }
            }
        }
        if (before >= 0) {
            const Row &kept = m_rows.at(before);
            // What the user edited stays edited; the rest is as the finder reads it now.
            FoundNumber &e = row.edited;
            const FoundNumber &was = kept.found, &edited = kept.edited;
            if (edited.value != was.value || edited.high != was.high) {
                e.value = edited.value;
                e.high = edited.high;
            }
            if (edited.unit != was.unit)
                e.unit = edited.unit;
            if (edited.qualifier != was.qualifier)
                e.qualifier = edited.qualifier;
            if (edited.status != was.status)
                e.status = edited.status;
            if (edited.period != was.period)
                e.period = edited.period;
            e.label = edited.label;
            row.used = kept.used;
            row.draftLabel = kept.draftLabel;
            rowNow[before] = int(rows.size());
        }
        rows.append(row);
    }
    beginResetModel();
    m_language = language;
    m_text = text;
    m_rows = rows;
    endResetModel();
    return rowNow;
}

void DraftNumbersModel::setDraftLabels(const QList<int> &rows, const QStringList &labels)
{
    for (qsizetype k = 0; k < rows.size() && k < labels.size(); ++k) {
        const int row = rows.at(k);
        // A row with the user's label drafts with it: the drafter's stays what it was.
        if (row < 0 || row >= m_rows.size() || !m_rows.at(row).edited.label.isEmpty() ||
            m_rows.at(row).draftLabel == labels.at(k))
            continue;
        m_rows[row].draftLabel = labels.at(k);
        emit dataChanged(index(row, Label), index(row, Label));
    }
}

QString DraftNumbersModel::numberWords(int row) const
{
    const FoundNumber &n = m_rows.at(row).found;
    return n.quote.mid(n.quoteStart, n.quoteEnd - n.quoteStart);
}

QString DraftNumbersModel::phraseWords(int row) const
{
    const FoundNumber &n = m_rows.at(row).found;
    return n.quote.mid(n.phraseStart, n.phraseEnd - n.phraseStart);
}

QList<FoundNumber> DraftNumbersModel::usedNumbers(QList<int> *rows) const
{
    QList<FoundNumber> out;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (!m_rows.at(i).used)
            continue;
        out.append(m_rows.at(i).edited);
        if (rows)
            rows->append(i);
    }
    return out;
}

bool DraftNumbersModel::hasChanges() const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(), [](const Row &r) {
        return !r.used || r.edited.value != r.found.value || r.edited.high != r.found.high ||
               r.edited.unit != r.found.unit || r.edited.qualifier != r.found.qualifier ||
               r.edited.status != r.found.status || r.edited.period != r.found.period ||
               !r.edited.label.isEmpty();
    });
}

int DraftNumbersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DraftNumbersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Columns;
}

QString DraftNumbersModel::unitValue(const Row &row) const
{
    return valueOfUnit(row.edited.unit);
}

QVariant DraftNumbersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const Row &row = m_rows.at(index.row());
    const FoundNumber &n = row.edited;
    switch (index.column()) {
    case Use:
        if (role == Qt::CheckStateRole)
            return row.used ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return tr("Keep this number in the pack");
        return {};
    case Label:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return n.label.isEmpty() ? row.draftLabel : n.label;
        if (role == Qt::ToolTipRole)
            return n.label.isEmpty() ? tr("The drafter's label: type to give your own")
                                     : tr("Your label (empty it for the drafter's)");
        return {};
    case Value:
        if (role == Qt::DisplayRole) {
            if (!n.high)
                return formatAmount(n.value, n.unit, m_language);
            Metric range; // "4–6 GW": both ends, never the low one alone
            range.value = n.value;
            range.high = n.high;
            range.unit = n.unit;
            return formatBareValue(range, m_language);
        }
        if (role == Qt::EditRole) // in base units, as --numbers prints it ("4..6" for a range);
                                  // setData also reads scale words ("1.2 trillion")
            return n.high ? numberText(n.value) + QLatin1String("..") + numberText(*n.high)
                          : numberText(n.value);
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole)
            return plainToolTip(tr("As written: %1").arg(numberWords(index.row())));
        return {};
    case UnitColumn: {
        const QString value = unitValue(row);
        const QList<Choice> choices = unitChoicesWith(row.found.unit, valueOfUnit(row.found.unit));
        if (role == Qt::DisplayRole)
            return choiceLabel(choices, value);
        if (role == Qt::EditRole)
            return value;
        if (role == ChoicesRole)
            return choicesData(choices);
        return {};
    }
    case QualifierColumn:
        if (role == Qt::DisplayRole)
            return choiceLabel(qualifierChoices(), toString(n.qualifier));
        if (role == Qt::EditRole)
            return toString(n.qualifier);
        if (role == ChoicesRole)
            return choicesData(qualifierChoices());
        return {};
    case StatusColumn:
        if (role == Qt::DisplayRole)
            return choiceLabel(statusChoices(), toString(n.status));
        if (role == Qt::EditRole)
            return toString(n.status);
        if (role == ChoicesRole)
            return choicesData(statusChoices());
        return {};
    case Period: {
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return n.period; // the user's text, also when it is no date
        QString problem = periodProblem(n.period);
        if (problem.isEmpty())
            problem = relativePeriodProblem(n);
        if (role == ProblemRole)
            return problem;
        if (role == Qt::BackgroundRole && !problem.isEmpty())
            return QBrush(QColor(0xD5, 0x5E, 0x00, 70)); // as the data table marks a problem
        if (role == Qt::ToolTipRole)
            return problem.isEmpty()
                       ? tr("A year (2024), half-year (2024-H2 or H2 2024), quarter (2024-Q3), "
                            "first months (2024-01/08), other months (2024-03/08), month "
                            "(2024-06), day (2024-06-30) or range (2026/2030); words for a period "
                            "without a date; empty for none")
                       : plainToolTip(problem);
        return {};
    }
    case Quote:
        if (role == Qt::DisplayRole)
            return QString(n.quote).replace(QLatin1Char('\n'), QLatin1Char(' '));
        if (role == Qt::ToolTipRole)
            return plainToolTip(n.quote);
        return {};
    default:
        return {};
    }
}

bool DraftNumbersModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index))
        return false;
    Row &row = m_rows[index.row()];
    FoundNumber &n = row.edited;
    const int column = index.column();
    if (column == Use) {
        if (role != Qt::CheckStateRole)
            return false;
        const bool used = value.value<Qt::CheckState>() == Qt::Checked;
        if (used == row.used)
            return true;
        row.used = used;
    } else if (role != Qt::EditRole) {
        return false;
    } else if (column == Label) {
        // The drafter's own label, or none: the drafter labels it (again, as the text changes).
        QString label = value.toString().simplified();
        if (label == row.draftLabel)
            label.clear();
        if (label == n.label)
            return true;
        n.label = label;
    } else if (column == Period) {
        const QString period = value.toString().simplified();
        if (period == n.period)
            return true;
        n.period = period;
    } else if (column == Value) {
        const std::optional<TypedValue> typed = typedValue(value.toString());
        if (!typed)
            return false;
        n.value = typed->low;
        n.high = typed->high;
    } else if (column == UnitColumn) {
        const QString name = value.toString();
        if (name == valueOfUnit(row.found.unit)) {
            n.unit = row.found.unit; // a custom unit the table does not name
        } else if (const std::optional<Unit> unit = unitFromString(name)) {
            n.unit = *unit;
        } else {
            return false;
        }
    } else if (column == QualifierColumn) {
        const std::optional<Qualifier> q = qualifierFromString(value.toString());
        if (!q)
            return false;
        n.qualifier = *q;
    } else if (column == StatusColumn) {
        const std::optional<Status> s = statusFromString(value.toString());
        if (!s)
            return false;
        n.status = *s;
    } else {
        return false;
    }
    // The value column formats with the unit: a unit change repaints it as well.
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), Columns - 1));
    emit numbersEdited();
    return true;
}

Qt::ItemFlags DraftNumbersModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    switch (index.column()) {
    case Use:
        return f | Qt::ItemIsUserCheckable;
    case Label:
    case Value:
    case UnitColumn:
    case QualifierColumn:
    case StatusColumn:
    case Period:
        return f | Qt::ItemIsEditable;
    default:
        return f;
    }
}

QVariant DraftNumbersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_rows.size())
            return {};
        if (role == Qt::DisplayRole)
            return m_rows.at(section).edited.line;
        if (role == Qt::ToolTipRole)
            return tr("Line %1 of the text").arg(m_rows.at(section).edited.line);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Use:
        return tr("Use");
    case Label:
        return tr("Label");
    case Value:
        return tr("Value");
    case UnitColumn:
        return tr("Unit");
    case QualifierColumn:
        return tr("Qualifier");
    case StatusColumn:
        return tr("Status");
    case Period:
        return tr("Period");
    case Quote:
        return tr("Quote");
    default:
        return {};
    }
}

} // namespace Figdeck
