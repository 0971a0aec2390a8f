// SPDX-License-Identifier: GPL-3.0-or-later
#include "validate.h"

#include "loadertext.h"

#include <QHash>
#include <QSet>

#include <cmath>

namespace Figdeck {

namespace {

QString quoted(const QString &s)
{
    return QLatin1Char('"') + s + QLatin1Char('"');
}

QString at(const char *list, qsizetype index)
{
    return QLatin1String(list) + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

QString sub(const QString &parent, const char *key)
{
    return parent + QLatin1Char('.') + QLatin1String(key);
}

QString sub(const QString &parent, const char *list, qsizetype index)
{
    return parent + QLatin1Char('.') + at(list, index);
}

class Validator
{
public:
    explicit Validator(const Report &report)
        : m_report(report)
    {
    }

    QList<Problem> run()
    {
        checkIds();
        checkMetrics();
        for (qsizetype i = 0; i < m_report.figures.size(); ++i)
            checkFigure(m_report.figures.at(i), at("figures", i));
        return m_problems;
    }

private:
    void error(const QString &path, const QString &message)
    {
        m_problems << Problem{Problem::Severity::Error, path, message};
    }

    template <typename T> void uniqueIds(const QList<T> &list, const char *key, const QString &what)
    {
        QSet<QString> seen;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString &id = list.at(i).id;
            if (!isValidId(id)) {
                error(sub(at(key, i), "id"),
                      ReportLoader::tr("%1 is not a valid id (use lowercase letters, digits and "
                                       "single hyphens, e.g. \"core-scale-cny\")")
                          .arg(quoted(id)));
            } else if (seen.contains(id)) {
                error(sub(at(key, i), "id"),
                      ReportLoader::tr("duplicate %1 id %2").arg(what, quoted(id)));
            }
            seen.insert(id);
        }
    }

    void checkIds()
    {
        if (m_report.sources.size() > 1)
            uniqueIds(m_report.sources, "sources", ReportLoader::tr("source"));
        uniqueIds(m_report.metrics, "metrics", ReportLoader::tr("metric"));
        uniqueIds(m_report.figures, "figures", ReportLoader::tr("figure"));
        uniqueIds(m_report.sections, "sections", ReportLoader::tr("section"));
    }

    // A reference to a metric: known, or reported.
    const Metric *metricRef(const QString &id, const QString &path)
    {
        const Metric *m = m_report.metric(id);
        if (!m)
            error(path, ReportLoader::tr("unknown metric id %1").arg(quoted(id)));
        return m;
    }

    void checkMetrics()
    {
        const bool several = m_report.sources.size() > 1;
        for (qsizetype i = 0; i < m_report.metrics.size(); ++i) {
            const Metric &m = m_report.metrics.at(i);
            const QString path = at("metrics", i);
            if (!m.source.isEmpty() && !m_report.source(m.source)) {
                error(sub(path, "source"),
                      ReportLoader::tr("unknown source id %1").arg(quoted(m.source)));
            } else if (m.source.isEmpty() && several) {
                error(sub(path, "source"),
                      ReportLoader::tr("the pack has %1 sources: say which one this number "
                                       "comes from with \"source\"")
                          .arg(m_report.sources.size()));
            }
            if (!m.equivalentOf.isEmpty()) {
                if (m.equivalentOf == m.id)
                    error(sub(path, "equivalentOf"),
                          ReportLoader::tr("a metric cannot be the equivalent of itself"));
                else
                    metricRef(m.equivalentOf, sub(path, "equivalentOf"));
            }
            const UnitKindEntry &kind = entry(m.unit.kind);
            const auto wrong = [&](double v) {
                return (kind.wholeValues && std::trunc(v) != v) || (!kind.signedValues && v < 0) ||
                       (m.unit.is(UnitKind::Rank) && v < 1);
            };
            const QString valuePath = m.isRange() ? sub(path, "range") : sub(path, "value");
            if (wrong(m.value) || (m.high && wrong(*m.high))) {
                const double v = wrong(m.value) ? m.value : *m.high;
                error(
                    valuePath,
                    m.unit.is(UnitKind::Rank)
                        ? ReportLoader::tr("a rank must be a whole number of at least 1, found %1")
                              .arg(v)
                        : ReportLoader::tr("a count must be a whole number of at least 0, found "
                                           "%1")
                              .arg(v));
            }
            if (m.high && *m.high < m.value) {
                error(valuePath, ReportLoader::tr("the low end of a range must not exceed the high "
                                                  "end, found [%1, %2]")
                                     .arg(m.value)
                                     .arg(*m.high));
            }
        }
    }

    // Every metric reference of a figure with its path, in file order.
    struct Ref
    {
        const Metric *metric;
        QString path;
        int series; // index into Figure::series, or 0 for a figure without series
    };

    QList<Ref> refs(const Figure &figure, const QString &path)
    {
        QList<Ref> result;
        if (figure.series.isEmpty()) {
            for (qsizetype j = 0; j < figure.metricIds.size(); ++j) {
                const QString p = sub(path, "metrics", j);
                if (const Metric *m = metricRef(figure.metricIds.at(j), p))
                    result << Ref{m, p, 0};
            }
            return result;
        }
        for (qsizetype s = 0; s < figure.series.size(); ++s) {
            const QStringList &ids = figure.series.at(s).metricIds;
            for (qsizetype j = 0; j < ids.size(); ++j) {
                const QString p = sub(sub(path, "series", s), "metrics", j);
                if (const Metric *m = metricRef(ids.at(j), p))
                    result << Ref{m, p, int(s)};
            }
        }
        return result;
    }

    // Figures marked not comparable, by metric id: a bars or series figure must not put two of
    // one such figure's values on its axis.
    const QHash<QString, QList<int>> &notComparable()
    {
        if (!m_notComparableBuilt) {
            m_notComparableBuilt = true;
            for (int f = 0; f < m_report.figures.size(); ++f) {
                const Figure &figure = m_report.figures.at(f);
                if (figure.comparable)
                    continue;
                for (const QString &id : figure.metricIds)
                    m_notComparable[id] << f;
            }
        }
        return m_notComparable;
    }

    void checkFigure(const Figure &figure, const QString &path)
    {
        const QList<Ref> all = refs(figure, path);
        if (figure.kind != ChartKind::Bars && figure.kind != ChartKind::Series)
            return;
        // One unit and one measure on the axis.
        const Ref *first = nullptr;
        for (const Ref &r : all) {
            if (!first) {
                first = &r;
                continue;
            }
            if (r.metric->unit != first->metric->unit) {
                error(r.path, ReportLoader::tr("%1 is in %2 but %3 is in %4: one axis holds one "
                                               "unit")
                                  .arg(quoted(r.metric->id), unitName(r.metric->unit),
                                       quoted(first->metric->id), unitName(first->metric->unit)));
            } else if (r.metric->measure.text() != first->metric->measure.text()) {
                error(r.path,
                      ReportLoader::tr("%1 measures %2 but %3 measures %4: one axis holds one "
                                       "measure")
                          .arg(quoted(r.metric->id), quoted(r.metric->measure.text()),
                               quoted(first->metric->id), quoted(first->metric->measure.text())));
            }
        }
        if (figure.kind == ChartKind::Series) {
            QHash<QPair<int, QString>, QString> seen; // (series, date) -> first metric id
            for (const Ref &r : all) {
                if (!r.metric->date) {
                    error(r.path, ReportLoader::tr("%1 has no \"date\": every value of a series "
                                                   "needs one, to be placed in time")
                                      .arg(quoted(r.metric->id)));
                    continue;
                }
                const QPair<int, QString> key(r.series, r.metric->date->iso);
                const auto it = seen.constFind(key);
                if (it != seen.cend()) {
                    error(r.path,
                          ReportLoader::tr("%1 and %2 are both dated %3 in one series")
                              .arg(quoted(*it), quoted(r.metric->id), quoted(r.metric->date->iso)));
                } else {
                    seen.insert(key, r.metric->id);
                }
            }
        }
        // Values another figure marks as not comparable.
        QHash<int, QString> firstOf; // not-comparable figure -> first metric of it seen here
        for (const Ref &r : all) {
            for (const int f : notComparable().value(r.metric->id)) {
                const auto it = firstOf.constFind(f);
                if (it == firstOf.cend()) {
                    firstOf.insert(f, r.metric->id);
                    continue;
                }
                if (*it == r.metric->id)
                    continue;
                error(r.path, ReportLoader::tr("%1 and %2 are marked not comparable (figure "
                                               "%3): they must not share one axis")
                                  .arg(quoted(*it), quoted(r.metric->id),
                                       quoted(m_report.figures.at(f).id)));
                break;
            }
        }
    }

    static QString unitName(const Unit &unit) { return quoted(toString(unit)); }

    const Report &m_report;
    QList<Problem> m_problems;
    QHash<QString, QList<int>> m_notComparable;
    bool m_notComparableBuilt = false;
};

} // namespace

bool isValidId(const QString &id)
{
    // ^[a-z0-9]+(-[a-z0-9]+)*$ without a regular expression.
    if (id.isEmpty() || id.front() == QLatin1Char('-') || id.back() == QLatin1Char('-'))
        return false;
    QChar previous;
    for (const QChar c : id) {
        const bool alnum = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                           (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
        if (!alnum && (c != QLatin1Char('-') || previous == QLatin1Char('-')))
            return false;
        previous = c;
    }
    return true;
}

bool isLanguageTag(const QString &tag)
{
    // ^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$
    const auto letter = [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
               (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
    };
    const auto digit = [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); };
    qsizetype i = 0;
    while (i < tag.size() && letter(tag.at(i)))
        ++i;
    if (i < 2 || i > 3)
        return false;
    while (i < tag.size()) {
        if (tag.at(i) != QLatin1Char('-'))
            return false;
        const qsizetype start = ++i;
        while (i < tag.size() && (letter(tag.at(i)) || digit(tag.at(i))))
            ++i;
        if (i - start < 1 || i - start > 8)
            return false;
    }
    return true;
}

QList<Problem> validateReport(const Report &report)
{
    return Validator(report).run();
}

} // namespace Figdeck
