// SPDX-License-Identifier: GPL-3.0-or-later
#include "validate.h"

#include "format.h"
#include "loadertext.h"

#include <QHash>
#include <QLocale>
#include <QSet>
#include <QUrl>

#include <cmath>

namespace Figdeck {

namespace LoaderText {

QString elided(const QString &s)
{
    constexpr qsizetype MaxQuoted = 200;
    if (s.size() <= MaxQuoted)
        return s;
    return s.left(MaxQuoted / 2 - 1) + QChar(0x2026) + s.right(MaxQuoted / 2);
}

QString quoted(const QString &s)
{
    return QLatin1Char('"') + elided(s) + QLatin1Char('"');
}

QString numberText(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace LoaderText

namespace {

using LoaderText::numberText;
using LoaderText::quoted;

// A complete share group may miss its total by rounding, but by no more than this.
constexpr double ShareTolerance = 0.5;

// A field's place, its text built only when a problem is reported. A Path refers to its parent:
// keep the parent alive (a named variable) while the child is used.
struct Path
{
    const Path *parent = nullptr;
    const char *key = nullptr; // a member's key; nullptr for an array item (or the root)
    qsizetype index = -1;

    Path member(const char *k) const { return Path{this, k, -1}; }
    Path item(qsizetype i) const { return Path{this, nullptr, i}; }
    QString text() const
    {
        QString above = parent ? parent->text() : QString();
        if (key)
            return above.isEmpty() ? QString(QLatin1String(key))
                                   : QString(above + QLatin1Char('.') + QLatin1String(key));
        if (index >= 0)
            return above + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
        return above;
    }
};

QString mustNotBeEmpty()
{
    return ReportLoader::tr("must not be empty");
}

bool wantsShares(ChartKind kind)
{
    return kind == ChartKind::Shares || kind == ChartKind::PartWhole;
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
        checkHeader();
        checkSources();
        checkMetrics();
        const Path figures = m_root.member("figures");
        if (m_report.figures.isEmpty())
            error(figures, mustNotBeEmpty());
        uniqueIds(m_report.figures, figures, ReportLoader::tr("figure"));
        for (qsizetype i = 0; i < m_report.figures.size(); ++i)
            checkFigure(m_report.figures.at(i), figures.item(i));
        checkSections();
        const Path caveats = m_root.member("caveats");
        checkCaveats(m_report.caveats, caveats, nullptr);
        return m_problems;
    }

private:
    void error(const Path &path, const QString &message, const QStringList &inputs = {})
    {
        m_problems << Problem{Problem::Severity::Error, path.text(), message, inputs};
    }

    void notBlank(const Text &text, const Path &path)
    {
        if (text.isEmpty())
            error(path, mustNotBeEmpty());
    }

    // Well-formed, and the first of its kind; `seen` is shared by lists whose ids are unique
    // together (a pack's caveats).
    void checkId(const QString &id, const Path &path, const QString &what, QSet<QString> &seen)
    {
        if (!isValidId(id)) {
            error(path, ReportLoader::tr("%1 is not a valid id (use lowercase letters, digits and "
                                         "single hyphens, e.g. \"core-scale-cny\")")
                            .arg(quoted(id)));
            return; // an id in error is not recorded: its repeats are not duplicates of it
        }
        if (seen.contains(id))
            error(path, ReportLoader::tr("duplicate %1 id %2").arg(what, quoted(id)));
        else
            seen.insert(id);
    }

    template <typename T>
    void uniqueIds(const QList<T> &list, const Path &path, const QString &what)
    {
        QSet<QString> seen;
        seen.reserve(list.size());
        for (qsizetype i = 0; i < list.size(); ++i) {
            const Path item = path.item(i);
            checkId(list.at(i).id, item.member("id"), what, seen);
        }
    }

    void checkHeader()
    {
        notBlank(m_report.title, m_root.member("title"));
        checkDate(m_report.date, m_root.member("date"), true);
    }

    void checkDate(const QString &date, const Path &path, bool required)
    {
        if (isBlankText(date)) {
            if (required)
                error(path, mustNotBeEmpty());
        } else if (!isCalendarDate(date)) {
            error(path, ReportLoader::tr("%1 is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)")
                            .arg(quoted(date)));
        }
    }

    void checkSources()
    {
        const Path sources = m_root.member("sources");
        if (m_report.sources.isEmpty())
            error(sources, mustNotBeEmpty());
        uniqueIds(m_report.sources, sources, ReportLoader::tr("source"));
        for (qsizetype i = 0; i < m_report.sources.size(); ++i) {
            const Source &s = m_report.sources.at(i);
            const Path path = sources.item(i);
            notBlank(s.title, path.member("title"));
            if (isBlankText(s.url)) {
                error(path.member("url"), mustNotBeEmpty());
            } else {
                const QUrl parsed(s.url, QUrl::StrictMode);
                const QString scheme = parsed.scheme();
                if (!parsed.isValid() || parsed.host().isEmpty() ||
                    (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
                    error(path.member("url"),
                          ReportLoader::tr("%1 is not an http or https URL").arg(quoted(s.url)));
            }
            checkDate(s.date, path.member("date"), false);
        }
    }

    // A reference to a metric: known, or reported.
    const Metric *metricRef(const QString &id, const Path &path)
    {
        const Metric *m = m_report.metric(id);
        if (!m)
            error(path, ReportLoader::tr("unknown metric id %1").arg(quoted(id)));
        return m;
    }

    // Where a metric's number is in the file: "value", or "range[0]" / "range[1]".
    static QString valuePath(const Path &metric, const Metric &m, bool high = false)
    {
        const Path range = metric.member("range");
        return m.isRange() ? range.item(high ? 1 : 0).text() : metric.member("value").text();
    }

    void checkMetrics()
    {
        const Path metrics = m_root.member("metrics");
        if (m_report.metrics.isEmpty())
            error(metrics, mustNotBeEmpty());
        uniqueIds(m_report.metrics, metrics, ReportLoader::tr("metric"));
        const bool several = m_report.sources.size() > 1;
        for (qsizetype i = 0; i < m_report.metrics.size(); ++i) {
            const Metric &m = m_report.metrics.at(i);
            const Path path = metrics.item(i);
            notBlank(m.label, path.member("label"));
            if (m.unit.is(UnitKind::Custom)) {
                const Path unit = path.member("unit");
                notBlank(m.unit.symbol, unit.member("symbol"));
                notBlank(m.unit.name, unit.member("name"));
            }
            checkValue(m, path);
            if (m.origin == Origin::Derived && m.derivation.byLanguage.isEmpty()) {
                error(path.member("derivation"),
                      ReportLoader::tr("a derived metric needs a \"derivation\" saying how it was "
                                       "computed"),
                      {path.member("origin").text()});
            } else if (m.origin == Origin::Stated && !m.derivation.byLanguage.isEmpty()) {
                error(path.member("derivation"),
                      ReportLoader::tr("only a derived metric has a \"derivation\" (origin is "
                                       "\"stated\")"),
                      {path.member("origin").text()});
            } else if (!m.derivation.byLanguage.isEmpty()) {
                notBlank(m.derivation, path.member("derivation"));
            }
            if (isBlankText(m.quote))
                error(path.member("quote"), mustNotBeEmpty());
            if (!m.equivalentOf.isEmpty()) {
                if (m.equivalentOf == m.id)
                    error(path.member("equivalentOf"),
                          ReportLoader::tr("a metric cannot be the equivalent of itself"));
                else
                    metricRef(m.equivalentOf, path.member("equivalentOf"));
            }
            if (!m.source.isEmpty() && !m_report.source(m.source)) {
                error(path.member("source"),
                      ReportLoader::tr("unknown source id %1").arg(quoted(m.source)));
            } else if (m.source.isEmpty() && several) {
                error(path.member("source"),
                      ReportLoader::tr("the pack has %1 sources: say which one this number "
                                       "comes from with \"source\"")
                          .arg(m_report.sources.size()));
            }
        }
    }

    // Counts and ranks whole, a range in order and exact or approximate.
    void checkValue(const Metric &m, const Path &path)
    {
        const UnitKindEntry &kind = entry(m.unit.kind);
        const auto wrong = [&](double v) {
            return (kind.wholeValues && std::trunc(v) != v) || (!kind.signedValues && v < 0) ||
                   (m.unit.is(UnitKind::Rank) && v < 1);
        };
        if (wrong(m.value) || (m.high && wrong(*m.high))) {
            const bool high = !wrong(m.value);
            const double v = high ? *m.high : m.value;
            const QString message =
                m.unit.is(UnitKind::Rank)
                    ? ReportLoader::tr("a rank must be a whole number of at least 1, found %1")
                          .arg(numberText(v))
                    : ReportLoader::tr("a count must be a whole number of at least 0, found %1")
                          .arg(numberText(v));
            m_problems << Problem{Problem::Severity::Error,
                                  valuePath(path, m, high),
                                  message,
                                  {path.member("unit").text()}};
        }
        if (!m.high)
            return;
        const Path range = path.member("range");
        if (*m.high < m.value) {
            error(range, ReportLoader::tr("the low end of a range must not exceed the high end, "
                                          "found [%1, %2]")
                             .arg(numberText(m.value), numberText(*m.high)));
        }
        if (m.qualifier != Qualifier::Exact && m.qualifier != Qualifier::Approximate) {
            error(path.member("qualifier"),
                  ReportLoader::tr("a range is \"exact\" or \"approximate\", not %1")
                      .arg(quoted(toString(m.qualifier))),
                  {range.text()});
        }
    }

    // Each id of one list of references: a repeat is reported and skipped, an unknown id
    // reported; then each(metric or nullptr when unknown, its path, its index).
    template <typename Each> void references(const QStringList &ids, const Path &list, Each each)
    {
        QSet<QString> seen;
        for (qsizetype j = 0; j < ids.size(); ++j) {
            const QString &id = ids.at(j);
            const Path item = list.item(j);
            if (seen.contains(id)) {
                error(item, ReportLoader::tr("%1 is listed twice").arg(quoted(id)));
                continue;
            }
            seen.insert(id);
            each(metricRef(id, item), item, j);
        }
    }

    // Every metric reference of a figure with its place, in file order.
    struct Ref
    {
        const Metric *metric;
        int series; // index into Figure::series, or 0 for a figure without series
        int index;  // in the list
    };
    static QString refPath(const Figure &figure, const Path &path, const Ref &r)
    {
        if (figure.series.isEmpty()) {
            const Path metrics = path.member("metrics");
            return metrics.item(r.index).text();
        }
        const Path series = path.member("series");
        const Path one = series.item(r.series);
        const Path metrics = one.member("metrics");
        return metrics.item(r.index).text();
    }

    QList<Ref> refs(const Figure &figure, const Path &path)
    {
        QList<Ref> result;
        const auto add = [&](const QStringList &ids, const Path &list, int s,
                             QSet<QString> *inOtherSeries) {
            QSet<QString> here;
            references(ids, list, [&](const Metric *m, const Path &item, qsizetype j) {
                if (!m)
                    return;
                here.insert(m->id);
                if (inOtherSeries && inOtherSeries->contains(m->id)) {
                    error(item,
                          ReportLoader::tr("%1 is already in another series").arg(quoted(m->id)));
                    return;
                }
                result << Ref{m, s, int(j)};
            });
            if (inOtherSeries)
                inOtherSeries->unite(here);
        };
        if (figure.series.isEmpty() || figure.kind != ChartKind::Series) {
            const Path metrics = path.member("metrics");
            if (figure.metricIds.isEmpty())
                error(metrics, mustNotBeEmpty(), {path.member("series").text()});
            add(figure.metricIds, metrics, 0, nullptr);
            return result;
        }
        QSet<QString> earlier;
        const Path seriesPath = path.member("series");
        for (qsizetype s = 0; s < figure.series.size(); ++s) {
            const Series &series = figure.series.at(s);
            const Path one = seriesPath.item(s);
            notBlank(series.label, one.member("label"));
            const Path metrics = one.member("metrics");
            if (series.metricIds.isEmpty())
                error(metrics, mustNotBeEmpty());
            add(series.metricIds, metrics, int(s), &earlier);
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

    void checkFigure(const Figure &figure, const Path &path)
    {
        notBlank(figure.title, path.member("title"));
        const QString kindName = quoted(toString(figure.kind));
        if (!figure.series.isEmpty() && figure.kind != ChartKind::Series)
            error(path.member("series"),
                  ReportLoader::tr("only a \"series\" figure has \"series\""),
                  {path.member("kind").text()});
        const QList<Ref> all = refs(figure, path);
        if (figure.style != FigureStyle::Default &&
            !entry(figure.kind).styles.contains(figure.style)) {
            QStringList allowed;
            for (const FigureStyle s : entry(figure.kind).styles)
                allowed << toString(s);
            error(path.member("as"),
                  allowed.isEmpty() ? ReportLoader::tr("a %1 figure has no \"as\"").arg(kindName)
                                    : ReportLoader::tr("a %1 figure is drawn as one of: %2")
                                          .arg(kindName, allowed.join(QLatin1String(", "))),
                  {path.member("kind").text()});
        }
        if (figure.order != BarOrder::Pack && figure.kind != ChartKind::Bars)
            error(path.member("order"), ReportLoader::tr("only a \"bars\" figure has an \"order\""),
                  {path.member("kind").text()});
        const Path shares = path.member("shares");
        if (figure.shares && !wantsShares(figure.kind)) {
            error(shares,
                  ReportLoader::tr("only \"shares\" and \"part-whole\" figures have a share group"),
                  {path.member("kind").text()});
        } else if (!figure.shares && wantsShares(figure.kind)) {
            error(shares, ReportLoader::tr("a %1 figure needs a \"shares\" group").arg(kindName),
                  {path.member("kind").text()});
        }
        const bool oneAxis = wantsShares(figure.kind) || figure.kind == ChartKind::Bars ||
                             figure.kind == ChartKind::Series;
        if (!figure.comparable && oneAxis) {
            error(path.member("comparable"),
                  ReportLoader::tr("values that are not comparable must not share one axis: a "
                                   "%1 figure does that (use tiles or small-multiples)")
                      .arg(kindName),
                  {path.member("kind").text()});
        }
        if (figure.shares && wantsShares(figure.kind))
            checkShares(figure, *figure.shares, shares);
        const Path findings = path.member("findings");
        checkFindings(figure.findings, findings);
        const Path caveats = path.member("caveats");
        checkCaveats(figure.caveats, caveats, &figure);
        if (figure.kind == ChartKind::Bars || figure.kind == ChartKind::Series)
            checkAxis(figure, path, all);
    }

    void checkShares(const Figure &figure, const ShareGroup &group, const Path &path)
    {
        notBlank(group.whole, path.member("whole"));
        const Path totalPath = path.member("total");
        const bool totalOk = group.total > 0 && group.total <= 100;
        if (!totalOk) {
            error(totalPath, ReportLoader::tr("the total of percent shares must lie above 0 and "
                                              "at most 100, found %1")
                                 .arg(numberText(group.total)));
        }
        const Path parts = path.member("parts");
        if (group.partIds.isEmpty())
            error(parts, mustNotBeEmpty());
        double sum = 0;
        bool summable = true;
        QList<const Metric *> summed;
        const QSet<QString> inFigure(figure.metricIds.cbegin(), figure.metricIds.cend());
        references(group.partIds, parts, [&](const Metric *metric, const Path &item, qsizetype) {
            if (!metric) {
                summable = false;
                return;
            }
            summed << metric;
            if (!inFigure.contains(metric->id)) {
                error(item, ReportLoader::tr("%1 is not one of this figure's metrics")
                                .arg(quoted(metric->id)));
            }
            if (!metric->unit.is(UnitKind::Percent)) {
                error(item,
                      ReportLoader::tr("share parts must be percent metrics; %1 is in %2")
                          .arg(quoted(metric->id), toString(metric->unit)),
                      {fieldOf(metric, "unit")});
                summable = false;
                return;
            }
            if (metric->value < 0 || metric->value > 100) {
                const Path metrics = m_root.member("metrics");
                const Path metricPath = metrics.item(m_report.metricIndex(metric->id));
                m_problems << Problem{Problem::Severity::Error,
                                      valuePath(metricPath, *metric),
                                      ReportLoader::tr("a share must lie between 0 and 100, found "
                                                       "%1 (used by %2)")
                                          .arg(numberText(metric->value), item.text()),
                                      {fieldOf(metric, "unit"), item.text()}};
            }
            sum += metric->value;
        });
        if (!summable || !totalOk || group.partIds.isEmpty())
            return;
        // A sum is about the total and every part's number.
        const auto inputs = [&] {
            QStringList list{totalPath.text(), path.member("complete").text()};
            for (const Metric *m : summed) {
                const Path metrics = m_root.member("metrics");
                const Path metricPath = metrics.item(m_report.metricIndex(m->id));
                list << metricPath.member("unit").text() << valuePath(metricPath, *m);
            }
            return list;
        };
        if (group.complete && summed.size() < 2) {
            error(parts, ReportLoader::tr("a complete share group needs at least two parts"),
                  inputs());
        } else if (group.complete && std::fabs(sum - group.total) > ShareTolerance) {
            error(parts,
                  ReportLoader::tr("the parts of a complete share group add up to %1, not %2 "
                                   "(allowed difference: 0.5)")
                      .arg(numberText(sum), numberText(group.total)),
                  inputs());
        } else if (!group.complete && sum > group.total + ShareTolerance) {
            error(parts,
                  ReportLoader::tr("the parts add up to %1, more than the total %2")
                      .arg(numberText(sum), numberText(group.total)),
                  inputs());
        }
    }

    void checkFindings(const QList<Finding> &findings, const Path &path)
    {
        for (qsizetype j = 0; j < findings.size(); ++j) {
            const Path item = path.item(j);
            notBlank(findings.at(j).text, item.member("text"));
        }
    }

    // A figure's caveats (figure set) mark its own metrics; the report's any metric.
    void checkCaveats(const QList<Caveat> &caveats, const Path &path, const Figure *figure)
    {
        for (qsizetype j = 0; j < caveats.size(); ++j) {
            const Caveat &c = caveats.at(j);
            const Path item = path.item(j);
            checkId(c.id, item.member("id"), ReportLoader::tr("caveat"), m_caveatIds);
            notBlank(c.text, item.member("text"));
            const Path metrics = item.member("metrics");
            references(c.metricIds, metrics, [&](const Metric *m, const Path &ref, qsizetype) {
                if (m && figure && !figure->metricIds.contains(m->id))
                    error(ref,
                          ReportLoader::tr("%1 is not one of this figure's metrics")
                              .arg(quoted(m->id)),
                          {path.parent->member("metrics").text(),
                           path.parent->member("series").text()});
            });
        }
    }

    void checkSections()
    {
        const Path sections = m_root.member("sections");
        uniqueIds(m_report.sections, sections, ReportLoader::tr("section"));
        for (qsizetype i = 0; i < m_report.sections.size(); ++i) {
            const Section &s = m_report.sections.at(i);
            const Path path = sections.item(i);
            notBlank(s.title, path.member("title"));
            const Path findings = path.member("findings");
            if (s.findings.isEmpty())
                error(findings, mustNotBeEmpty());
            checkFindings(s.findings, findings);
        }
    }

    // The path of a field of a metric: "metrics[3].unit".
    QString fieldOf(const Metric *m, const char *field) const
    {
        const Path metrics = m_root.member("metrics");
        const Path metric = metrics.item(m_report.metricIndex(m->id));
        return metric.member(field).text();
    }

    // One unit and one measure on the axis, dates for a series, no values marked not comparable.
    void checkAxis(const Figure &figure, const Path &path, const QList<Ref> &all)
    {
        const Ref *first = nullptr;
        for (const Ref &r : all) {
            if (!first) {
                first = &r;
                continue;
            }
            if (r.metric->unit != first->metric->unit) {
                m_problems << Problem{
                    Problem::Severity::Error,
                    refPath(figure, path, r),
                    ReportLoader::tr("%1 is in %2 but %3 is in %4: one axis holds one unit")
                        .arg(quoted(r.metric->id), unitName(r.metric->unit),
                             quoted(first->metric->id), unitName(first->metric->unit)),
                    {fieldOf(r.metric, "unit"), fieldOf(first->metric, "unit")}};
            } else if (r.metric->measure.text() != first->metric->measure.text()) {
                m_problems << Problem{
                    Problem::Severity::Error,
                    refPath(figure, path, r),
                    ReportLoader::tr("%1 measures %2 but %3 measures %4: one axis holds one "
                                     "measure")
                        .arg(quoted(r.metric->id), quoted(r.metric->measure.text()),
                             quoted(first->metric->id), quoted(first->metric->measure.text())),
                    {fieldOf(r.metric, "measure"), fieldOf(first->metric, "measure")}};
            }
        }
        if (figure.kind == ChartKind::Series) {
            QHash<QPair<int, QString>, QString> seen; // (series, date) -> first metric id
            for (const Ref &r : all) {
                if (!r.metric->date) {
                    m_problems << Problem{Problem::Severity::Error,
                                          refPath(figure, path, r),
                                          ReportLoader::tr("%1 has no \"date\": every value of a "
                                                           "series needs one, to be placed in time")
                                              .arg(quoted(r.metric->id)),
                                          {fieldOf(r.metric, "date")}};
                    continue;
                }
                const QPair<int, QString> key(r.series, r.metric->date->iso);
                const auto it = seen.constFind(key);
                if (it != seen.cend()) {
                    m_problems << Problem{
                        Problem::Severity::Error,
                        refPath(figure, path, r),
                        ReportLoader::tr("%1 and %2 are both dated %3 in one "
                                         "series")
                            .arg(quoted(*it), quoted(r.metric->id), quoted(r.metric->date->iso)),
                        {fieldOf(r.metric, "date"), fieldOf(m_report.metric(*it), "date")}};
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
                m_problems << Problem{
                    Problem::Severity::Error,
                    refPath(figure, path, r),
                    ReportLoader::tr("%1 and %2 are marked not comparable "
                                     "(figure %3): they must not share one axis")
                        .arg(quoted(*it), quoted(r.metric->id), quoted(m_report.figures.at(f).id)),
                    {}};
                break;
            }
        }
    }

    static QString unitName(const Unit &unit) { return quoted(toString(unit)); }

    const Report &m_report;
    const Path m_root;
    QList<Problem> m_problems;
    QSet<QString> m_caveatIds; // unique across the figures' and the report's caveats
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

bool isCalendarDate(const QString &date)
{
    const std::optional<PeriodDate> parsed = PeriodDate::parse(date);
    return parsed && parsed->precision != PeriodDate::Precision::Quarter &&
           parsed->precision != PeriodDate::Precision::Half &&
           parsed->precision != PeriodDate::Precision::FirstMonths &&
           parsed->precision != PeriodDate::Precision::Months;
}

QString periodDateProblem(const QString &iso)
{
    if (PeriodDate::parse(iso))
        return {};
    // The forms from their one table, joined as the interface language joins a list.
    QStringList forms;
    for (const PeriodDateForm &f : periodDateForms())
        forms << QString::fromLatin1(f.form);
    return ReportLoader::tr(
               "%1 is not an ISO 8601 year, first months of a year, half-year, quarter, months "
               "of a year, month or day (%2)")
        .arg(quoted(iso), choiceList(forms));
}

QList<Problem> validateReport(const Report &report)
{
    return Validator(report).run();
}

} // namespace Figdeck
