// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "textrules.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// Plain value types for one report: what it says, and exactly where each number comes from.
// Nothing here computes or draws; charts and the narrative pane read these.
namespace Figdeck {

// A user-visible text. Version 1 files give a plain string (in the report's language); the
// format also accepts {"en": "...", "zh-Hans": "..."} so a later edition can add translations
// without breaking version-1 files. text() falls back to the report's own language.
struct Text
{
    QMap<QString, QString> byLanguage; // BCP-47 tag -> text
    QString fallbackLanguage;          // the report's language

    Text() = default;
    Text(const QString &plain, const QString &language = QStringLiteral("en"))
        : byLanguage{{language, plain}}
        , fallbackLanguage(language)
    {
    }
    QString text(const QString &language = QString()) const;
    bool isEmpty() const { return isBlankText(text()); } // zero-width spaces are blank too
    bool operator==(const Text &o) const { return byLanguage == o.byLanguage; }
    bool operator!=(const Text &o) const { return !(*this == o); }
};

// How the source qualifies a number. "over 6,000" is MoreThan, never exactly 6,000.
enum class Qualifier {
    Exact,       // "has reached 47"
    MoreThan,    // "more than", "over", "surpassed", "exceeding", "above"
    AtLeast,     // "at least"
    Approximate, // "roughly", "about", "around"
};

enum class Origin {
    Stated,  // the source states the number
    Derived, // we computed it; Metric::derivation says how
};

enum class Unit {
    Percent, // a share or rate; Metric::measure says of what
    Count,   // a count of things; Metric::noun names them
    CurrencyCNY,
    CurrencyUSD,
};

struct Metric
{
    QString id;
    Text label;       // "AI enterprises in China"
    double value = 0; // in base units: 1.2 trillion yuan is 1.2e12
    Unit unit = Unit::Count;
    Text noun;    // for counts: "enterprises", "jobs"
    Text measure; // for percents: "task-completion rate", "share of companies"
    Text period;  // "end of 2025", "2026-2030"
    Qualifier qualifier = Qualifier::Exact;
    bool projected = false; // a forecast, not an observation
    Origin origin = Origin::Stated;
    Text derivation;      // for Derived: "100 - 75"
    QString quote;        // verbatim from the source; for Derived, the quote it is derived from
    QString equivalentOf; // id of a metric this restates in another unit (USD for CNY)

    bool operator==(const Metric &o) const;
    bool operator!=(const Metric &o) const { return !(*this == o); }
};

struct Caveat
{
    QString id;
    Text text;
    QStringList metricIds; // marks that carry this caveat's reference sign

    bool operator==(const Caveat &o) const;
    bool operator!=(const Caveat &o) const { return !(*this == o); }
};

struct Finding
{
    Text text;
    QString quote; // verbatim support from the source, may be empty for our own summaries

    bool operator==(const Finding &o) const;
    bool operator!=(const Finding &o) const { return !(*this == o); }
};

enum class ChartKind {
    Tiles,         // key-figure tiles: one big qualified number each
    Shares,        // parts of a whole: donut by default, horizontal bars on request
    PartWhole,     // one stated part against the (derived) rest
    SmallMultiples // values of different kinds, each on its own scale
};

// Parts of a whole (percent metrics of one figure).
struct ShareGroup
{
    Text whole;           // "companies in the core industry"
    double total = 100;   // the parts add up to this when complete
    bool complete = true; // the parts cover the whole
    QStringList partIds;  // metric ids, in drawing order

    bool operator==(const ShareGroup &o) const;
    bool operator!=(const ShareGroup &o) const { return !(*this == o); }
};

struct Figure
{
    QString id;
    Text title;
    Text subtitle;
    ChartKind kind = ChartKind::Tiles;
    QStringList metricIds;            // what it shows, in order
    std::optional<ShareGroup> shares; // for Shares and PartWhole
    bool comparable = true;           // false: the values must never share an axis
    QList<Finding> findings;
    QList<Caveat> caveats;

    bool operator==(const Figure &o) const;
    bool operator!=(const Figure &o) const { return !(*this == o); }
};

struct Section
{
    QString id;
    Text title; // "Bottlenecks", "Outlook"
    QList<Finding> findings;

    bool operator==(const Section &o) const;
    bool operator!=(const Section &o) const { return !(*this == o); }
};

enum class SourceKind {
    Report,      // the report itself
    NewsSummary, // a news article summarising the report
};

struct Source
{
    Text title;
    QString url;
    SourceKind kind = SourceKind::NewsSummary;
    Text publisher;

    bool operator==(const Source &o) const;
    bool operator!=(const Source &o) const { return !(*this == o); }
};

struct Report
{
    Text title;
    Text issuer;  // who publishes the report; may be empty when the source does not say
    Text event;   // "2026 World Intelligent Industry Expo"
    QString date; // ISO 8601, as precise as known: "2026", "2026-05", "2026-05-17"
    QString language = QStringLiteral("en");
    Source source;
    QList<Metric> metrics;
    QList<Figure> figures;
    QList<Section> sections; // report-level findings
    QList<Caveat> caveats;   // report-level caveats (e.g. "this is a news summary")

    const Metric *metric(const QString &id) const;
    const Figure *figure(const QString &id) const;
    int figureIndex(const QString &id) const;
    QList<const Metric *> metricsOf(const Figure &figure) const;

    bool operator==(const Report &o) const;
    bool operator!=(const Report &o) const { return !(*this == o); }
};

// The reference sign a figure's n-th caveat (0-based) carries on its marks and its note, in the
// one form every view shows: †, ‡, §, ‖, ¶, then (6), (7)... Callers add no brackets.
QString caveatSign(int index);
// Signs of every caveat of `figure` that points at `metricId`, in caveat order.
QStringList caveatSignsFor(const Figure &figure, const QString &metricId);

QString toString(Qualifier q);
QString toString(Unit u);
QString toString(ChartKind k);
QString toString(Origin o);
QString toString(SourceKind k);
std::optional<Qualifier> qualifierFromString(const QString &s);
std::optional<Unit> unitFromString(const QString &s);
std::optional<ChartKind> chartKindFromString(const QString &s);
std::optional<Origin> originFromString(const QString &s);
std::optional<SourceKind> sourceKindFromString(const QString &s);

} // namespace Figdeck
