// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdocument.h"

#include "jsonmerge.h"
#include "packtext.h"
#include "reportproblems.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>

#include <utility>

namespace Figdeck {

namespace {

// One edit: the report before and after, and what it touched. Restoring a whole state makes
// undo exact whatever the edit was; the lists inside share their data until changed.
class ReportCommand : public QUndoCommand
{
public:
    ReportCommand(ReportDocument *document, Report before, Report after,
                  QList<ReportDocument::Change> changes, const QString &text,
                  const QString &mergeKey)
        : QUndoCommand(text)
        , m_document(document)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_changes(std::move(changes))
        , m_mergeKey(mergeKey)
    {
    }

    void undo() override { m_document->apply(m_before, m_changes); }
    void redo() override { m_document->apply(m_after, m_changes); }
    int id() const override { return m_mergeKey.isEmpty() ? -1 : 1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const ReportCommand *>(other);
        if (next->m_mergeKey != m_mergeKey)
            return false;
        m_after = next->m_after;
        return true;
    }

private:
    ReportDocument *m_document;
    Report m_before;
    Report m_after;
    QList<ReportDocument::Change> m_changes;
    QString m_mergeKey;
};

// The report's own id index (O(1)); a scan here made a figure's problems cost metrics x
// metrics (10 s for a figure of 20,000).
int metricIndex(const Report &report, const QString &id)
{
    return report.metricIndex(id);
}

} // namespace

ReportDocument::ReportDocument(QObject *parent)
    : QObject(parent)
    , m_stack(new QUndoStack(this))
{
    connect(m_stack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
}

ReportDocument::~ReportDocument()
{
    // The undo stack is a child: QObject deletes it after this destructor, and clearing it then
    // emits indexChanged to listeners (the recovery file) that would call a ReportDocument that
    // is no longer one (UBSan's finding in tst_editor). A document being destroyed has no
    // history left to report.
    m_stack->disconnect();
}

bool ReportDocument::isModified() const
{
    return !m_stack->isClean();
}

void ReportDocument::open(const Report &report, const QString &filePath,
                          const QByteArray &fileBytes, bool modified)
{
    const bool wasModified = isModified();
    m_stack->clear();
    m_report = report;
    m_fileBytes = fileBytes;
    const bool pathChanged = filePath != m_filePath;
    m_filePath = filePath;
    if (modified)
        m_stack->resetClean(); // no state of the history is the file's
    invalidateProblems();
    emit opened();
    if (pathChanged)
        emit filePathChanged(m_filePath);
    if (wasModified != isModified())
        emit modifiedChanged(isModified());
}

ReportDocument::FileContents ReportDocument::readFile(const QString &path)
{
    FileContents contents;
    contents.result = loadReportPack(path);
    // The loader refused what is too large or unreadable; otherwise the bytes are as it read.
    if (contents.result.draft) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            contents.bytes = file.read(MaxReportPackBytes + 1);
    }
    return contents;
}

bool ReportDocument::save(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        if (error)
            *error = tr("%1 is not a regular file").arg(path);
        return false;
    }
    const QByteArray bytes = contents();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    if (file.write(bytes) != bytes.size()) {
        if (error)
            *error = file.errorString();
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    setSaved(path, bytes);
    return true;
}

QByteArray ReportDocument::contents() const
{
    const QByteArray written = serializeReportPack(m_report);
    return m_fileBytes.isEmpty() ? written : mergeFormatting(m_fileBytes, written);
}

void ReportDocument::setSaved(const QString &filePath, const QByteArray &bytes)
{
    m_fileBytes = bytes;
    if (filePath != m_filePath) {
        m_filePath = filePath;
        emit filePathChanged(m_filePath);
    }
    m_stack->setClean();
}

namespace {

// The top-level part of a problem path: "metrics[3]" of "metrics[3].unit.code", "title" of
// "title".
QStringView topLevelPath(QStringView path)
{
    const qsizetype bracket = path.indexOf(QLatin1Char(']'));
    const qsizetype dot = path.indexOf(QLatin1Char('.'));
    if (bracket >= 0 && (dot < 0 || bracket < dot))
        return path.left(bracket + 1);
    return dot >= 0 ? path.left(dot) : path;
}

// Whether `path` is `at` or lies under it ("metrics[3].value" under "metrics[3]").
bool isAtOrUnder(const QString &path, const QString &at)
{
    return path == at ||
           (path.startsWith(at) && path.size() > at.size() &&
            (path.at(at.size()) == QLatin1Char('.') || path.at(at.size()) == QLatin1Char('[')));
}

} // namespace

const QList<Diagnostic> &ReportDocument::problems() const
{
    if (!m_problemsValid) {
        m_problems = reportProblems(m_report);
        // Indexed by their top-level path once, so that asking for one figure's or metric's
        // problems costs what that item has, not what the whole report has.
        m_problemIndex.clear();
        for (int i = 0; i < m_problems.size(); ++i)
            m_problemIndex[topLevelPath(m_problems.at(i).path).toString()].append(i);
        m_problemsValid = true;
    }
    return m_problems;
}

QList<Diagnostic> ReportDocument::problemsAt(const QString &path) const
{
    const QList<Diagnostic> &all = problems();
    QList<Diagnostic> result;
    const QStringView top = topLevelPath(path);
    if (top.endsWith(QLatin1Char(']'))) {
        // Within one item of a list ("metrics[3]..."): only that item's problems are read.
        for (const int i : m_problemIndex.value(top.toString())) {
            if (isAtOrUnder(all.at(i).path, path))
                result << all.at(i);
        }
        return result;
    }
    for (const Diagnostic &d : all) { // "title", or "metrics" and every item under it
        if (isAtOrUnder(d.path, path))
            result << d;
    }
    return result;
}

QList<Diagnostic> ReportDocument::figureProblems(const QString &figureId) const
{
    const int index = m_report.figureIndex(figureId);
    if (index < 0)
        return {};
    QList<Diagnostic> result = problemsAt(figurePath(index));
    for (const QString &id : m_report.figures.at(index).metricIds) {
        const int m = metricIndex(m_report, id);
        if (m >= 0)
            result << problemsAt(metricPath(m));
    }
    return result;
}

QString ReportDocument::figurePath(int index)
{
    return QStringLiteral("figures[%1]").arg(index);
}

QString ReportDocument::metricPath(int index)
{
    return QStringLiteral("metrics[%1]").arg(index);
}

void ReportDocument::invalidateProblems()
{
    m_problemsValid = false;
    // Views ask for the problems when told; many edits in one event-loop turn tell them once.
    if (m_problemsSignalPending)
        return;
    m_problemsSignalPending = true;
    QTimer::singleShot(0, this, [this] {
        m_problemsSignalPending = false;
        emit problemsChanged();
    });
}

void ReportDocument::apply(const Report &state, const QList<Change> &changes)
{
    m_report = state;
    invalidateProblems();
    for (const Change &c : changes) {
        switch (c.part) {
        case Part::Meta:
            emit metaChanged();
            break;
        case Part::Source:
            emit sourceChanged();
            break;
        case Part::Metric:
            emit metricChanged(c.id);
            for (const Figure &f : m_report.figures) {
                if (figureShowsMetric(f.id, c.id))
                    emit figureContentChanged(f.id);
            }
            break;
        case Part::MetricList:
            emit metricListChanged();
            break;
        case Part::Figure:
            emit figureChanged(c.id);
            emit figureContentChanged(c.id);
            break;
        case Part::FigureList:
            emit figureListChanged();
            break;
        case Part::Sections:
            emit sectionsChanged();
            break;
        case Part::Caveats:
            emit caveatsChanged();
            break;
        }
    }
}

void ReportDocument::edit(const QString &text, const QList<Change> &changes,
                          const std::function<void(Report &)> &change, const QString &mergeKey)
{
    Report after = m_report;
    change(after);
    if (after == m_report)
        return; // nothing to undo
    m_stack->push(new ReportCommand(this, m_report, after, changes, text, mergeKey));
}

void ReportDocument::setMetric(const Metric &metric, const QString &text, const QString &mergeKey)
{
    const int index = metricIndex(m_report, metric.id);
    if (index < 0)
        return;
    edit(
        text, {{Part::Metric, metric.id}}, [&](Report &r) { r.metrics[index] = metric; }, mergeKey);
}

void ReportDocument::setFigure(const Figure &figure, const QString &text, const QString &mergeKey)
{
    const int index = m_report.figureIndex(figure.id);
    if (index < 0)
        return;
    edit(
        text, {{Part::Figure, figure.id}}, [&](Report &r) { r.figures[index] = figure; }, mergeKey);
}

void ReportDocument::insertFigure(int index, const Figure &figure, const QString &text)
{
    index = std::clamp(index, 0, int(m_report.figures.size()));
    edit(text, {{Part::FigureList, {}}}, [&](Report &r) { r.figures.insert(index, figure); });
}

bool ReportDocument::figureShowsMetric(const QString &figureId, const QString &metricId) const
{
    const Figure *figure = m_report.figure(figureId);
    if (!figure)
        return false;
    if (figure->metricIds.contains(metricId))
        return true;
    const Metric *metric = m_report.metric(metricId);
    return metric && !metric->equivalentOf.isEmpty() &&
           figure->metricIds.contains(metric->equivalentOf);
}

QString ReportDocument::unusedId(const QString &base) const
{
    auto used = [this](const QString &id) {
        if (m_report.metric(id) || m_report.figure(id))
            return true;
        for (const Section &s : m_report.sections) {
            if (s.id == id)
                return true;
        }
        for (const Caveat &c : m_report.caveats) {
            if (c.id == id)
                return true;
        }
        for (const Figure &f : m_report.figures) {
            for (const Caveat &c : f.caveats) {
                if (c.id == id)
                    return true;
            }
        }
        return false;
    };
    if (!used(base))
        return base;
    for (int n = 2;; ++n) {
        const QString id = base + QLatin1Char('-') + QString::number(n);
        if (!used(id))
            return id;
    }
}

QString ReportDocument::duplicateFigure(const QString &figureId)
{
    const int index = m_report.figureIndex(figureId);
    if (index < 0)
        return {};
    Figure copy = m_report.figures.at(index);
    copy.id = unusedId(figureId + QStringLiteral("-copy"));
    // Caveat ids are unique in the whole pack: the copy's caveats get their own.
    for (Caveat &c : copy.caveats)
        c.id = unusedId(c.id + QStringLiteral("-copy"));
    insertFigure(index + 1, copy,
                 tr("Duplicate figure '%1'").arg(m_report.figures.at(index).title.text()));
    return copy.id;
}

void ReportDocument::removeFigure(const QString &figureId)
{
    const int index = m_report.figureIndex(figureId);
    if (index < 0)
        return;
    edit(tr("Delete figure '%1'").arg(m_report.figures.at(index).title.text()),
         {{Part::FigureList, {}}}, [&](Report &r) { r.figures.removeAt(index); });
}

void ReportDocument::moveFigure(int from, int to)
{
    const int count = int(m_report.figures.size());
    if (from < 0 || from >= count || to < 0 || to >= count || from == to)
        return;
    edit(tr("Move figure '%1'").arg(m_report.figures.at(from).title.text()),
         {{Part::FigureList, {}}}, [&](Report &r) { r.figures.move(from, to); });
}

QString ReportDocument::addMetric(const QString &figureId, const Metric &metric)
{
    const int index = m_report.figureIndex(figureId);
    if (index < 0)
        return {};
    Metric added = metric;
    added.id = unusedId(metric.id.isEmpty() ? QStringLiteral("metric") : metric.id);
    edit(tr("Add metric to '%1'").arg(m_report.figures.at(index).title.text()),
         {{Part::MetricList, {}}, {Part::Figure, figureId}}, [&](Report &r) {
             r.metrics << added;
             r.figures[index].metricIds << added.id;
         });
    return added.id;
}

void ReportDocument::removeMetricFromFigure(const QString &figureId, const QString &metricId)
{
    const int index = m_report.figureIndex(figureId);
    const Metric *metric = m_report.metric(metricId);
    if (index < 0 || !metric)
        return;
    bool shownElsewhere = false;
    for (const Figure &f : m_report.figures) {
        if (f.id != figureId && f.metricIds.contains(metricId))
            shownElsewhere = true;
    }
    QList<Change> changes = {{Part::Figure, figureId}};
    if (!shownElsewhere)
        changes << Change{Part::MetricList, {}};
    edit(tr("Remove metric '%1'").arg(metric->label.text()), changes, [&](Report &r) {
        Figure &f = r.figures[index];
        f.metricIds.removeAll(metricId);
        if (f.shares)
            f.shares->partIds.removeAll(metricId);
        for (Caveat &c : f.caveats)
            c.metricIds.removeAll(metricId);
        if (!shownElsewhere) {
            r.metrics.removeAt(metricIndex(r, metricId));
            for (Caveat &c : r.caveats)
                c.metricIds.removeAll(metricId);
        }
    });
}

void ReportDocument::moveMetricInFigure(const QString &figureId, int from, int to)
{
    const int index = m_report.figureIndex(figureId);
    if (index < 0)
        return;
    const QStringList &ids = m_report.figures.at(index).metricIds;
    if (from < 0 || from >= ids.size() || to < 0 || to >= ids.size() || from == to)
        return;
    const Metric *metric = m_report.metric(ids.at(from));
    edit(tr("Move metric '%1'").arg(metric ? metric->label.text() : ids.at(from)),
         {{Part::Figure, figureId}}, [&](Report &r) {
             Figure &f = r.figures[index];
             const QString id = f.metricIds.at(from);
             f.metricIds.move(from, to);
             // Share parts are drawn in their own order; keep them in the figure's.
             if (f.shares && f.shares->partIds.contains(id)) {
                 QStringList parts;
                 for (const QString &m : f.metricIds) {
                     if (f.shares->partIds.contains(m))
                         parts << m;
                 }
                 f.shares->partIds = parts;
             }
         });
}

bool ReportDocument::setMetricSeries(const QString &figureId, const QString &metricId, int series,
                                     const Text &newLabel)
{
    const int index = m_report.figureIndex(figureId);
    if (index < 0)
        return false;
    Figure f = m_report.figures.at(index);
    if (f.kind != ChartKind::Series || !f.metricIds.contains(metricId))
        return false;
    const auto numbered = [this](qsizetype n) {
        return packTextIn(PackText::Series, m_report.language, int(n) + 1);
    };
    if (f.series.isEmpty())
        f.series << Series{numbered(0), f.metricIds};
    if (series < 0 || series > f.series.size())
        return false;
    if (series < f.series.size() && f.series.at(series).metricIds.contains(metricId))
        return false; // already there
    for (Series &s : f.series)
        s.metricIds.removeAll(metricId);
    if (series == f.series.size())
        f.series << Series{newLabel.isEmpty() ? numbered(series) : newLabel, {}};
    const QString label = f.series.at(series).label.text().isEmpty()
                              ? QString::number(series + 1)
                              : f.series.at(series).label.text();
    f.series[series].metricIds << metricId;
    f.series.removeIf([](const Series &s) { return s.metricIds.isEmpty(); });
    f.metricIds.clear();
    for (const Series &s : std::as_const(f.series))
        f.metricIds << s.metricIds;
    const Metric *metric = m_report.metric(metricId);
    edit(tr("Move '%1' to series '%2'").arg(metric ? metric->label.text() : metricId, label),
         {{Part::Figure, figureId}}, [&](Report &r) { r.figures[index] = f; });
    return true;
}

namespace {

// The figure's metrics series after series, then any that no series lists (an invalid pack
// keeps them).
void metricsInSeriesOrder(Figure &f)
{
    QStringList ids;
    for (const Series &s : std::as_const(f.series))
        ids << s.metricIds;
    for (const QString &id : std::as_const(f.metricIds)) {
        if (!ids.contains(id))
            ids << id;
    }
    f.metricIds = ids;
}

} // namespace

QString ReportDocument::seriesName(const Figure &figure, int series)
{
    const QString label = series >= 0 && series < figure.series.size()
                              ? figure.series.at(series).label.text()
                              : QString();
    return label.isEmpty() ? QString::number(series + 1) : label;
}

bool ReportDocument::renameSeries(const QString &figureId, int series, const Text &label)
{
    const int index = m_report.figureIndex(figureId);
    if (index < 0 || m_report.figures.at(index).kind != ChartKind::Series)
        return false;
    Figure f = m_report.figures.at(index);
    if (f.series.isEmpty() && series == 0)
        f.series << Series{Text(), f.metricIds};
    if (series < 0 || series >= f.series.size() || f.series.at(series).label == label)
        return false;
    const QString old = seriesName(f, series);
    f.series[series].label = label;
    edit(tr("Rename series '%1' to '%2'").arg(old, label.text()), {{Part::Figure, figureId}},
         [&](Report &r) { r.figures[index] = f; });
    return true;
}

bool ReportDocument::moveSeries(const QString &figureId, int from, int to)
{
    const int index = m_report.figureIndex(figureId);
    if (index < 0)
        return false;
    Figure f = m_report.figures.at(index);
    const int count = int(f.series.size());
    if (f.kind != ChartKind::Series || from < 0 || from >= count || to < 0 || to >= count ||
        from == to)
        return false;
    const QString name = seriesName(f, from);
    f.series.move(from, to);
    metricsInSeriesOrder(f);
    edit(tr("Move series '%1'").arg(name), {{Part::Figure, figureId}},
         [&](Report &r) { r.figures[index] = f; });
    return true;
}

bool ReportDocument::removeSeries(const QString &figureId, int series)
{
    const int index = m_report.figureIndex(figureId);
    if (index < 0)
        return false;
    const Figure &f = m_report.figures.at(index);
    if (series < 0 || series >= f.series.size() || !f.series.at(series).metricIds.isEmpty())
        return false;
    edit(tr("Remove series '%1'").arg(seriesName(f, series)), {{Part::Figure, figureId}},
         [&](Report &r) { r.figures[index].series.removeAt(series); });
    return true;
}

void ReportDocument::setSource(int index, const Source &source, const QString &text,
                               const QString &mergeKey)
{
    if (index < 0 || index >= m_report.sources.size())
        return;
    const QString oldId = m_report.sources.at(index).id;
    QList<Change> changes = {{Part::Source, {}}};
    if (source.id != oldId) {
        for (const Metric &m : m_report.metrics) {
            if (m.source == oldId)
                changes << Change{Part::Metric, m.id};
        }
    }
    edit(
        text, changes,
        [&](Report &r) {
            r.sources[index] = source;
            for (Metric &m : r.metrics) {
                if (source.id != oldId && m.source == oldId)
                    m.source = source.id;
            }
        },
        mergeKey);
}

int ReportDocument::addSource()
{
    QSet<QString> used;
    for (const Source &s : m_report.sources)
        used.insert(s.id);
    QString id = QStringLiteral("source");
    for (int n = 2; used.contains(id); ++n)
        id = QStringLiteral("source-%1").arg(n);
    Source added;
    added.id = id;
    added.title = packTextIn(PackText::NewSource, m_report.language);
    added.kind = m_report.primarySource().kind;
    edit(tr("Add source"), {{Part::Source, {}}}, [&](Report &r) { r.sources << added; });
    return int(m_report.sources.size()) - 1;
}

QStringList ReportDocument::metricsUsingSource(int index) const
{
    if (index < 0 || index >= m_report.sources.size())
        return {};
    const QString id = m_report.sources.at(index).id;
    for (int i = 0; i < m_report.sources.size(); ++i) {
        if (i != index && m_report.sources.at(i).id == id)
            return {};
    }
    const bool only = m_report.sources.size() == 1;
    QStringList result;
    for (const Metric &m : m_report.metrics) {
        if (m.source == id || (only && m.source.isEmpty()))
            result << m.id;
    }
    return result;
}

bool ReportDocument::removeSource(int index, const QString &replacementId, QString *why)
{
    if (index < 0 || index >= m_report.sources.size())
        return false;
    const Source &removed = m_report.sources.at(index);
    const auto refuse = [why](const QString &message) {
        if (why)
            *why = message;
        return false;
    };
    if (m_report.sources.size() == 1)
        return refuse(tr("'%1' is the pack's only source: every number needs one. Add another "
                         "source before removing it.")
                          .arg(removed.title.text()));
    const QStringList users = metricsUsingSource(index);
    const Source *replacement = m_report.source(replacementId);
    if (!users.isEmpty() && (!replacement || replacementId == removed.id)) {
        QStringList labels;
        for (const QString &id : users)
            labels << QLatin1Char('\'') + m_report.metric(id)->label.text() + QLatin1Char('\'');
        return refuse(tr("Numbers still come from source '%1': %2. Choose another source for "
                         "them.")
                          .arg(removed.title.text(), labels.join(QLatin1String(", "))));
    }
    QList<Change> changes = {{Part::Source, {}}};
    for (const QString &id : users)
        changes << Change{Part::Metric, id};
    const QString text = users.isEmpty()
                             ? tr("Remove source '%1'").arg(removed.title.text())
                             : tr("Remove source '%1', its metrics now from '%2'")
                                   .arg(removed.title.text(), replacement->title.text());
    const QString removedId = removed.id;
    edit(text, changes, [&](Report &r) {
        for (Metric &m : r.metrics) {
            if (!users.isEmpty() && m.source == removedId)
                m.source = replacementId;
        }
        r.sources.removeAt(index);
    });
    if (why)
        why->clear();
    return true;
}

void ReportDocument::setMetricSource(const QString &metricId, const QString &sourceId)
{
    const int index = metricIndex(m_report, metricId);
    if (index < 0)
        return;
    edit(tr("Change source of '%1'").arg(m_report.metrics.at(index).label.text()),
         {{Part::Metric, metricId}}, [&](Report &r) { r.metrics[index].source = sourceId; });
}

void ReportDocument::setViewLanguage(const QString &language)
{
    if (language == m_viewLanguage)
        return;
    m_viewLanguage = language;
    emit viewLanguageChanged();
}

} // namespace Figdeck
