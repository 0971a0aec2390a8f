// SPDX-License-Identifier: GPL-3.0-or-later
#include "datatablemodel.h"
#include "plaintext.h"

#include "credit.h"
#include "editorchoices.h"
#include "format.h"
#include "reportdocument.h"
#include "validate.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QRegularExpression>

namespace Figdeck {

namespace {

// The file's field of each column, as problem paths name it.
const char *fieldOf(int column)
{
    switch (column) {
    case DataTableModel::Label:
        return "label";
    case DataTableModel::Value:
    case DataTableModel::Number:
        return "value";
    case DataTableModel::High:
        return "range";
    case DataTableModel::Unit:
        return "unit";
    case DataTableModel::Qualifier:
        return "qualifier";
    case DataTableModel::Status:
        return "projected";
    case DataTableModel::Period:
        return "period";
    case DataTableModel::Date:
        return "date";
    case DataTableModel::Origin:
        return "origin";
    case DataTableModel::Derivation:
        return "derivation";
    case DataTableModel::Quote:
        return "quote";
    case DataTableModel::Source:
        return "source";
    default:
        return "";
    }
}

bool hasNoun(const Metric &m)
{
    return m.unit.is(UnitKind::Count) || m.unit.is(UnitKind::Percent);
}

} // namespace

DataTableModel::DataTableModel(const ReportDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &ReportDocument::opened, this, [this] { setFigure(m_figureId); });
    connect(document, &ReportDocument::metricChanged, this, [this](const QString &id) {
        const int row = rowOf(id);
        if (row >= 0)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
    connect(document, &ReportDocument::figureChanged, this, [this](const QString &id) {
        if (id == m_figureId)
            refreshRows();
    });
    for (auto signal : {&ReportDocument::sourceChanged, &ReportDocument::viewLanguageChanged}) {
        connect(document, signal, this, [this] {
            if (!m_ids.isEmpty())
                emit dataChanged(index(0, Source), index(int(m_ids.size()) - 1, Source));
        });
    }
    connect(document, &ReportDocument::figureListChanged, this, &DataTableModel::refreshRows);
    connect(document, &ReportDocument::metricListChanged, this, &DataTableModel::refreshRows);
    connect(document, &ReportDocument::problemsChanged, this, [this] {
        collectProblems();
        if (!m_ids.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_ids.size()) - 1, ColumnCount - 1),
                             {ProblemRole, Qt::ToolTipRole, Qt::BackgroundRole});
    });
}

void DataTableModel::setFigure(const QString &figureId)
{
    beginResetModel();
    m_figureId = figureId;
    const Figure *figure = m_document ? m_document->report().figure(figureId) : nullptr;
    m_ids.clear();
    if (figure) {
        for (const Metric *m : m_document->report().metricsOf(*figure))
            m_ids << m->id;
    }
    collectProblems();
    endResetModel();
}

// Only a different list of metrics resets the table; a changed title leaves it alone.
void DataTableModel::refreshRows()
{
    const Figure *figure = m_document->report().figure(m_figureId);
    QStringList ids;
    if (figure) {
        for (const Metric *m : m_document->report().metricsOf(*figure))
            ids << m->id;
    }
    if (ids != m_ids)
        setFigure(figure ? m_figureId : QString());
}

QString DataTableModel::metricId(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : QString();
}

int DataTableModel::rowOf(const QString &metricId) const
{
    return int(m_ids.indexOf(metricId));
}

int DataTableModel::columnOfField(const QString &field)
{
    if (field == QLatin1String("noun") || field == QLatin1String("measure"))
        return OfWhat;
    if (field == QLatin1String("status"))
        return Status;
    for (int c = 0; c < ColumnCount; ++c) {
        if (c != Value && field == QLatin1String(fieldOf(c)))
            return c;
    }
    return -1;
}

const Metric *DataTableModel::metricAt(int row) const
{
    return m_document ? m_document->report().metric(metricId(row)) : nullptr;
}

int DataTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int DataTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DataTableModel::problemAt(int row, int column) const
{
    return m_problems.value(metricId(row)).value(column);
}

// Problems by metric and column, gathered once per change of the problems.
void DataTableModel::collectProblems()
{
    m_problems.clear();
    const QLatin1String prefix("metrics[");
    const QList<Metric> &metrics = m_document->report().metrics;
    for (const Diagnostic &d : m_document->problems()) {
        if (!d.path.startsWith(prefix))
            continue;
        const qsizetype close = d.path.indexOf(QLatin1Char(']'));
        bool ok = false;
        const int i = d.path.mid(prefix.size(), close - prefix.size()).toInt(&ok);
        if (!ok || i < 0 || i >= metrics.size() || !m_ids.contains(metrics.at(i).id))
            continue;
        const QString field =
            d.path.mid(close + 2).section(QLatin1Char('.'), 0, 0).section(QLatin1Char('['), 0, 0);
        const int column = field.isEmpty() ? int(Label) : columnOfField(field);
        QString &text = m_problems[metrics.at(i).id][column < 0 ? int(Label) : column];
        if (!text.isEmpty())
            text += QLatin1Char('\n');
        text += d.message;
    }
}

QVariant DataTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Metric *metric = metricAt(index.row());
    if (!metric)
        return {};
    const Metric &m = *metric;
    const QString language = m_document->language();
    switch (role) {
    case MetricIdRole:
        return m.id;
    case SortRole:
        if (index.column() == Value || index.column() == Number)
            return m.value;
        if (index.column() == High)
            return m.high ? QVariant(*m.high) : QVariant();
        if (index.column() == Date)
            return m.date ? QVariant(m.date->sortKey()) : QVariant();
        return data(index, Qt::DisplayRole);
    case ProblemRole:
        return problemAt(index.row(), index.column());
    case Qt::BackgroundRole:
        if (!problemAt(index.row(), index.column()).isEmpty())
            return QBrush(QColor(0xD5, 0x5E, 0x00, 70)); // a problem here: see the tooltip
        return {};
    case Qt::ToolTipRole: {
        const QString problem = problemAt(index.row(), index.column());
        // Problems and the quote hold the pack's text: shown verbatim, not rendered as HTML.
        if (!problem.isEmpty())
            return plainToolTip(problem);
        if (index.column() == Source) {
            const Figdeck::Source *source = m_document->report().sourceOf(m);
            return source ? plainToolTip(source->url) : QVariant();
        }
        // The quote and a long label are elided in their columns: the whole text here.
        if (index.column() == Quote)
            return plainToolTip(m.quote);
        if (index.column() == Label)
            return plainToolTip(m.label.text());
        return {};
    }
    case Qt::TextAlignmentRole:
        if (index.column() == Value || index.column() == Number || index.column() == High)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ChoicesRole:
        switch (index.column()) {
        case Unit:
            return choicesData(unitChoices());
        case Qualifier:
            return choicesData(qualifierChoices());
        case Status:
            return choicesData(statusChoices());
        case Origin:
            return choicesData(originChoices());
        case Source:
            return choicesData(sourceChoices(m_document->report()));
        default:
            return {};
        }
    case Qt::EditRole:
        switch (index.column()) {
        case Label:
            return m.label.text(language);
        case Value:
        case Number:
            return QString::number(m.value, 'g', 15);
        case High:
            return m.high ? QString::number(*m.high, 'g', 15) : QString();
        case Unit:
            return toString(m.unit);
        case OfWhat:
            return m.unit.is(Figdeck::UnitKind::Count) ? m.noun.text(language)
                                                       : m.measure.text(language);
        case Qualifier:
            return toString(m.qualifier);
        case Status:
            return toString(m.status);
        case Period:
            return m.period.text(language);
        case Date:
            return m.date ? m.date->iso : QString();
        case Origin:
            return toString(m.origin);
        case Derivation:
            return m.derivation.text(language);
        case Quote:
            return m.quote;
        case Source:
            return m.source;
        default:
            return {};
        }
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Label:
        return m.label.text();
    case Value:
        return formatValue(m);
    case Number: // the whole number, read with its qualifier; raw in the edit role
        return QLocale().toString(m.value, 'f', QLocale::FloatingPointShortest);
    case High:
        return m.high ? QLocale().toString(*m.high, 'f', QLocale::FloatingPointShortest)
                      : QString();
    case Unit:
        return choiceLabel(unitChoices(), toString(m.unit));
    case OfWhat:
        return m.unit.is(Figdeck::UnitKind::Count) ? m.noun.text() : m.measure.text();
    case Qualifier: {
        QString q = qualifierPhrase(m.qualifier);
        return q.isEmpty() ? tr("exact") : q;
    }
    case Status:
        return m.status == Figdeck::Status::Observed ? tr("observed") : statusWord(m.status);
    case Period: // a code a draft wrote ("2025-Q3") reads as words; raw in the edit role
        return periodText(m);
    case Date:
        return m.date ? m.date->iso : QString();
    case Origin:
        return originText(m);
    case Derivation:
        return m.derivation.text();
    case Quote:
        return m.quote;
    case Source: {
        const Figdeck::Source *source = m_document->report().sourceOf(m);
        CreditOptions credit;
        credit.language = m_document->viewLanguage();
        return source ? sourceCredit(m_document->report(), *source, credit) : QString();
    }
    default:
        return {};
    }
}

Qt::ItemFlags DataTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    const Metric *m = metricAt(index.row());
    // The formatted value follows from the others.
    if (!m || index.column() == Value)
        return f;
    if (index.column() == OfWhat && !hasNoun(*m))
        return f;
    if (index.column() == Derivation && m->origin != Figdeck::Origin::Derived)
        return f;
    return f | Qt::ItemIsEditable;
}

bool DataTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        !(flags(index) & Qt::ItemIsEditable))
        return false;
    const Metric *current = metricAt(index.row());
    if (!current)
        return false;
    Metric m = *current;
    const QString language = m_document->language();
    const QString text = value.toString();
    switch (index.column()) {
    case Label:
        m.label = editedText(m.label, text, language, false);
        break;
    case Number:
    case High: {
        // An empty high end: not a range any more.
        if (index.column() == High && text.trimmed().isEmpty()) {
            m.high.reset();
            break;
        }
        const std::optional<double> number = typedNumber(text);
        if (!number)
            return refuse(index, numberProblem(text));
        (index.column() == Number ? m.value : m.high.emplace()) = *number;
        break;
    }
    case Unit: {
        const auto unit = unitFromString(text);
        if (!unit)
            return false;
        m.unit = *unit;
        break;
    }
    case OfWhat:
        if (m.unit.is(Figdeck::UnitKind::Count))
            m.noun = editedText(m.noun, text, language, true);
        else
            m.measure = editedText(m.measure, text, language, true);
        break;
    case Qualifier: {
        const auto q = qualifierFromString(text);
        if (!q)
            return false;
        m.qualifier = *q;
        break;
    }
    case Status: {
        const auto status = statusFromString(text);
        if (!status)
            return false;
        m.status = *status;
        break;
    }
    case Period:
        m.period = editedText(m.period, text, language, true);
        break;
    case Date: {
        // Only a real date is kept, as in the inspector; empty: no date.
        const QString iso = text.trimmed();
        if (iso.isEmpty()) {
            m.date.reset();
            break;
        }
        const QString problem = periodDateProblem(iso);
        if (!problem.isEmpty())
            return refuse(index, problem);
        m.date = PeriodDate::parse(iso);
        break;
    }
    case Origin: {
        const auto o = originFromString(text);
        if (!o)
            return false;
        m.origin = *o;
        if (m.origin == Figdeck::Origin::Stated)
            m.derivation = Text(); // a stated number has no derivation
        break;
    }
    case Derivation:
        m.derivation = editedText(m.derivation, text, language, true);
        break;
    case Quote:
        m.quote = text;
        break;
    case Source: {
        // One of the pack's sources, as one command of its own.
        if (!m_document->report().source(text) || text == current->source)
            return false;
        const_cast<ReportDocument *>(m_document.data())->setMetricSource(m.id, text);
        return true;
    }
    default:
        return false;
    }
    auto *document = const_cast<ReportDocument *>(m_document.data());
    document->setMetric(m, tr("Change %1 of '%2'")
                               .arg(headerData(index.column(), Qt::Horizontal).toString().toLower(),
                                    current->label.text()));
    return true;
}

bool DataTableModel::refuse(const QModelIndex &index, const QString &message)
{
    emit editRefused(index, message);
    return false;
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
    case High:
        return tr("High end");
    case Unit:
        return tr("Unit");
    case OfWhat:
        return tr("Of what");
    case Qualifier:
        return tr("Qualifier");
    case Status:
        return tr("Status");
    case Period:
        return tr("Period");
    case Date:
        return tr("Date");
    case Origin:
        return tr("Origin");
    case Derivation:
        return tr("Derivation");
    case Quote:
        return tr("Source quote");
    case Source:
        return tr("Source");
    default:
        return {};
    }
}

QString DataTableModel::toTsv(const QList<int> &rowOrder) const
{
    static const QRegularExpression breaks(QStringLiteral("[\\t\\r\\n]+"));
    QStringList lines;
    QStringList cells;
    for (int c = 0; c < ColumnCount; ++c)
        cells << headerData(c, Qt::Horizontal).toString();
    lines << cells.join(QLatin1Char('\t'));
    const int rows = rowCount();
    for (int i = 0; i < rows; ++i) {
        const int r = rowOrder.size() == rows ? rowOrder.at(i) : i;
        cells.clear();
        for (int c = 0; c < ColumnCount; ++c)
            cells << data(index(r, c), c == Number || c == High ? Qt::EditRole : Qt::DisplayRole)
                         .toString()
                         .replace(breaks, QStringLiteral(" "));
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace Figdeck
