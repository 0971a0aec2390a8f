// SPDX-License-Identifier: GPL-3.0-or-later
#include "report.h"

#include <array>
#include <utility>

namespace Figdeck {

QString Text::text(const QString &language) const
{
    if (!language.isEmpty()) {
        const auto it = byLanguage.constFind(language);
        if (it != byLanguage.cend())
            return *it;
    }
    const auto it = byLanguage.constFind(fallbackLanguage);
    if (it != byLanguage.cend())
        return *it;
    return byLanguage.isEmpty() ? QString() : byLanguage.first();
}

// Field-by-field, so that a round trip through the file format can be checked exactly.
bool Metric::operator==(const Metric &o) const
{
    return id == o.id && label == o.label && value == o.value && unit == o.unit && noun == o.noun &&
           measure == o.measure && period == o.period && qualifier == o.qualifier &&
           projected == o.projected && origin == o.origin && derivation == o.derivation &&
           quote == o.quote && equivalentOf == o.equivalentOf;
}

bool Caveat::operator==(const Caveat &o) const
{
    return id == o.id && text == o.text && metricIds == o.metricIds;
}

bool Finding::operator==(const Finding &o) const
{
    return text == o.text && quote == o.quote;
}

bool ShareGroup::operator==(const ShareGroup &o) const
{
    return whole == o.whole && total == o.total && complete == o.complete && partIds == o.partIds;
}

bool Figure::operator==(const Figure &o) const
{
    return id == o.id && title == o.title && subtitle == o.subtitle && kind == o.kind &&
           metricIds == o.metricIds && shares == o.shares && comparable == o.comparable &&
           findings == o.findings && caveats == o.caveats;
}

bool Section::operator==(const Section &o) const
{
    return id == o.id && title == o.title && findings == o.findings;
}

bool Source::operator==(const Source &o) const
{
    return title == o.title && url == o.url && kind == o.kind && publisher == o.publisher;
}

bool Report::operator==(const Report &o) const
{
    return title == o.title && issuer == o.issuer && event == o.event && date == o.date &&
           language == o.language && source == o.source && metrics == o.metrics &&
           figures == o.figures && sections == o.sections && caveats == o.caveats;
}

const Metric *Report::metric(const QString &id) const
{
    for (const Metric &m : metrics) {
        if (m.id == id)
            return &m;
    }
    return nullptr;
}

const Figure *Report::figure(const QString &id) const
{
    const int i = figureIndex(id);
    return i < 0 ? nullptr : &figures.at(i);
}

int Report::figureIndex(const QString &id) const
{
    for (int i = 0; i < figures.size(); ++i) {
        if (figures.at(i).id == id)
            return i;
    }
    return -1;
}

QList<const Metric *> Report::metricsOf(const Figure &figure) const
{
    QList<const Metric *> result;
    for (const QString &id : figure.metricIds) {
        if (const Metric *m = metric(id))
            result << m;
    }
    return result;
}

QString caveatSign(int index)
{
    static const std::array<QString, 5> signs = {QStringLiteral("†"), QStringLiteral("‡"),
                                                 QStringLiteral("§"), QStringLiteral("‖"),
                                                 QStringLiteral("¶")};
    if (index >= 0 && index < int(signs.size()))
        return signs[std::size_t(index)];
    // Bracketed: a bare "6" after "47" would read as a digit of the number.
    return QLatin1Char('(') + QString::number(index + 1) + QLatin1Char(')');
}

QStringList caveatSignsFor(const Figure &figure, const QString &metricId)
{
    QStringList result;
    for (int i = 0; i < figure.caveats.size(); ++i) {
        if (figure.caveats.at(i).metricIds.contains(metricId))
            result << caveatSign(i);
    }
    return result;
}

namespace {

// One table per enum, used both ways, so the file format and the code cannot drift apart.
template <typename E, std::size_t N>
QString nameOf(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &[e, name] : table) {
        if (e == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char *>, N> &table, const QString &s)
{
    for (const auto &[e, name] : table) {
        if (s == QLatin1String(name))
            return e;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<Qualifier, const char *>, 4> qualifierNames = {{
    {Qualifier::Exact, "exact"},
    {Qualifier::MoreThan, "more-than"},
    {Qualifier::AtLeast, "at-least"},
    {Qualifier::Approximate, "approximate"},
}};
constexpr std::array<std::pair<Unit, const char *>, 4> unitNames = {{
    {Unit::Percent, "percent"},
    {Unit::Count, "count"},
    {Unit::CurrencyCNY, "CNY"},
    {Unit::CurrencyUSD, "USD"},
}};
constexpr std::array<std::pair<ChartKind, const char *>, 4> kindNames = {{
    {ChartKind::Tiles, "tiles"},
    {ChartKind::Shares, "shares"},
    {ChartKind::PartWhole, "part-whole"},
    {ChartKind::SmallMultiples, "small-multiples"},
}};
constexpr std::array<std::pair<Origin, const char *>, 2> originNames = {{
    {Origin::Stated, "stated"},
    {Origin::Derived, "derived"},
}};
constexpr std::array<std::pair<SourceKind, const char *>, 2> sourceKindNames = {{
    {SourceKind::Report, "report"},
    {SourceKind::NewsSummary, "news-summary"},
}};

} // namespace

QString toString(Qualifier q)
{
    return nameOf(qualifierNames, q);
}
QString toString(Unit u)
{
    return nameOf(unitNames, u);
}
QString toString(ChartKind k)
{
    return nameOf(kindNames, k);
}
QString toString(Origin o)
{
    return nameOf(originNames, o);
}
QString toString(SourceKind k)
{
    return nameOf(sourceKindNames, k);
}
std::optional<Qualifier> qualifierFromString(const QString &s)
{
    return valueOf(qualifierNames, s);
}
std::optional<Unit> unitFromString(const QString &s)
{
    return valueOf(unitNames, s);
}
std::optional<ChartKind> chartKindFromString(const QString &s)
{
    return valueOf(kindNames, s);
}
std::optional<Origin> originFromString(const QString &s)
{
    return valueOf(originNames, s);
}
std::optional<SourceKind> sourceKindFromString(const QString &s)
{
    return valueOf(sourceKindNames, s);
}

} // namespace Figdeck
