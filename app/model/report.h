// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "textrules.h"

#include <QDate>
#include <QHash>
#include <QLatin1StringView>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <memory>
#include <optional>
#include <utility>

// Plain value types for one report: what it says, and exactly where each number comes from.
// Nothing here computes or draws; charts and the narrative pane read these.
//
// Every closed list of the format (units, currencies, qualifiers, statuses, origins, figure
// kinds, figure styles, bar orders, source kinds) is ONE table below (`...Table()`): the loader's
// accepted values, the writer, the command line, the dialogs and the reference-page check all
// read these tables. Adding a value means adding a row (and its drawing code), nothing else.
namespace Figdeck {

// A user-visible text. Version 1 files give a plain string (in the report's language); the
// format also accepts {"en": "...", "zh-Hans": "..."} so a later edition can add translations
// without breaking version-1 files. text() falls back to the report's own language.
// A text in each of its languages, BCP-47 tag -> text in tag order. Most texts have one or two
// languages: a list of them takes a third of the memory of a map, which allocated its header
// and a node for each (about 60 bytes more for every text, 6 MB for a 3,000-figure pack).
class LanguageTexts
{
public:
    struct Entry
    {
        QString language;
        QString text;
        bool operator==(const Entry &o) const { return language == o.language && text == o.text; }
    };

    LanguageTexts() = default;
    LanguageTexts(std::initializer_list<std::pair<QString, QString>> texts)
    {
        for (const auto &[language, text] : texts)
            insert(language, text);
    }

    bool isEmpty() const { return m_entries.isEmpty(); }
    qsizetype size() const { return m_entries.size(); }
    // The text in language, or nullptr.
    const QString *find(const QString &language) const;
    bool contains(const QString &language) const { return find(language) != nullptr; }
    QString value(const QString &language) const
    {
        const QString *text = find(language);
        return text ? *text : QString();
    }
    // Replaces the text in language, if there is one.
    void insert(const QString &language, const QString &text);
    void clear() { m_entries.clear(); }
    QStringList keys() const;
    QList<Entry>::const_iterator begin() const { return m_entries.cbegin(); }
    QList<Entry>::const_iterator end() const { return m_entries.cend(); }
    bool operator==(const LanguageTexts &o) const { return m_entries == o.m_entries; }
    bool operator!=(const LanguageTexts &o) const { return !(*this == o); }

private:
    QList<Entry> m_entries; // by language
};

struct Text
{
    LanguageTexts byLanguage;
    QString fallbackLanguage; // the report's language

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
    LessThan,    // "less than", "under", "below" (version 2)
    AtMost,      // "up to", "at most" (version 2)
    Nearly,      // "nearly", "almost": close to the value and below it (version 2)
};

// Which side of the value the true number lies on, for drawing open ends.
enum class Bound {
    Exact, // the value itself
    Lower, // the number is above the value (more-than, at-least): open past the mark's end
    Upper, // the number is below the value (less-than, at-most): open towards zero
    Near,  // close to the value, either side (approximate)
    Below, // close to the value and below it (nearly)
};

enum class Origin {
    Stated,  // the source states the number
    Derived, // the pack's author computed it from stated numbers; Metric::derivation says how
};

// Whether a number was observed, or is a forecast or an estimate (drawn differently).
enum class Status {
    Observed,  // default
    Projected, // a forecast ("will reach", "by 2030"); version 1's "projected": true
    Estimated, // an estimate of the past or present (version 2)
};

enum class UnitKind {
    Percent,          // a share or rate; Metric::measure says of what
    PercentagePoints, // a difference of two percentages: "+2.1 pp" (version 2)
    Count,            // a count of things; Metric::noun names them; whole and >= 0
    Multiple,         // "tripled" is 3 (version 2)
    Rank,             // "the second largest" is 2 (version 2)
    Currency,         // an ISO 4217 code, Unit::currency
    Custom,           // {"symbol": "TWh", "name": "terawatt-hours"} (version 2)
};

// How a custom unit's values are scaled for display.
enum class UnitScale {
    Words, // thousand, million, billion, trillion, as for every other unit (default)
    Si,    // SI prefixes on the symbol: 793e12 "Wh" is "793 TWh", 55e9 "g" is "55 Gg"
};

// A unit: one of the kinds, plus the currency code or the custom symbol and name.
struct Unit
{
    UnitKind kind = UnitKind::Count;
    QString currency;                   // Currency: ISO 4217 code, "EUR"
    Text symbol;                        // Custom: "TWh", "t"
    Text name;                          // Custom: "terawatt-hours", "tonnes"
    UnitScale scale = UnitScale::Words; // Custom only

    static Unit ofKind(UnitKind kind)
    {
        Unit u;
        u.kind = kind;
        return u;
    }
    static Unit percent() { return ofKind(UnitKind::Percent); }
    static Unit count() { return ofKind(UnitKind::Count); }
    static Unit currencyOf(const QString &code)
    {
        Unit u = ofKind(UnitKind::Currency);
        u.currency = code;
        return u;
    }
    static Unit custom(const Text &symbol, const Text &name, UnitScale scale = UnitScale::Words)
    {
        Unit u = ofKind(UnitKind::Custom);
        u.symbol = symbol;
        u.name = name;
        u.scale = scale;
        return u;
    }

    bool is(UnitKind k) const { return kind == k; }
    bool isCurrency(QLatin1StringView code) const
    {
        return kind == UnitKind::Currency && currency == code;
    }
    // The name in the file for every unit but Custom: "percent", "count", "EUR".
    QString fileName() const;
    // The short form shown beside numbers: "%", "pp", "×", "€", "CHF", the custom symbol;
    // empty for counts and ranks.
    QString symbolText(const QString &language = QString()) const;
    bool operator==(const Unit &o) const;
    bool operator!=(const Unit &o) const { return !(*this == o); }
};

// An ISO 8601 year ("2022"), the first months of a year ("2022-01/08", January to August: an
// ISO 8601 interval with its end's year left out), half-year ("2022-H2"), quarter ("2022-Q4"),
// other months of one year ("2022-03/08", March to August: the same interval), month
// ("2022-10") or day ("2022-10-31") on a metric, for ordering values over time.
// Metric::period stays the text shown. ISO 8601 itself has no half-year; "YYYY-Hn" is written
// like its quarters. A part of a year ("1-8月", "the first three quarters") is a period of its
// own: comparable with the same part of another year, never with a whole year.
struct PeriodDate
{
    // Coarser first: sortKey orders periods that start on the same day by it.
    enum class Precision { Year, FirstMonths, Half, Quarter, Months, Month, Day };
    QString iso; // as written
    Precision precision = Precision::Year;
    QDate first; // first day of the period
    QDate last;  // last day of the period

    // nullopt when `iso` is not one of the forms of periodDateForms() or not a real date.
    static std::optional<PeriodDate> parse(const QString &iso);
    // Orders by first day, then coarser periods first: 2022 < 2022-01/08 < 2022-H1 < 2022-Q1 <
    // 2022-01 < 2022-01-01, and 2022-Q2 < 2022-H2 < 2022-Q3; 2022-01/08 < 2022-01/09;
    // 2022-Q2 < 2022-04/05 < 2022-04/08 < 2022-04.
    qint64 sortKey() const
    {
        return (first.toJulianDay() * 7 + int(precision)) * 16 + last.month();
    }
    // What a value can be compared with over time: periods of one precision and, for the first
    // months of a year, of as many months (2024-01/08 and 2025-01/08; not 2025 or 2025-01/09);
    // for other months, the same months (2024-03/08 and 2025-03/08).
    QString kind() const;
    bool operator==(const PeriodDate &o) const { return iso == o.iso; }
    bool operator!=(const PeriodDate &o) const { return !(*this == o); }
    bool operator<(const PeriodDate &o) const { return sortKey() < o.sortKey(); }
};

// The forms a metric's date can take, finest last: one entry per Precision, the one list the
// loader's error, the docs and the schema agree with (tests/model checks them against it).
struct PeriodDateForm
{
    PeriodDate::Precision precision;
    const char *form;    // "YYYY-Qn"
    const char *example; // "2022-Q4"
};
const QList<PeriodDateForm> &periodDateForms();

struct Metric
{
    QString id;
    Text label;       // "AI enterprises in China"
    double value = 0; // in base units: 1.2 trillion yuan is 1.2e12; the low end of a range
    // Set for a range ("between 10 and 15"): the number lies between `value` and `high`.
    std::optional<double> high;
    Unit unit;
    Text noun;    // for counts: "enterprises", "jobs"
    Text measure; // "of what", for any unit: "task-completion rate", "electricity generation"
    Text period;  // "end of 2025", "2026-2030"
    std::optional<PeriodDate> date; // for ordering over time (series figures need it)
    Qualifier qualifier = Qualifier::Exact;
    Status status = Status::Observed;
    Origin origin = Origin::Stated;
    Text derivation;      // for Derived: "100 - 75"
    QString quote;        // verbatim from the source; for Derived, the quote it is derived from
    QString equivalentOf; // id of a metric this restates in another unit (USD for CNY)
    Text equivalentRate;  // the exchange rate the source used for equivalentOf, if it says
    QString source;       // id of one of Report::sources; set by the loader when there is one

    bool isRange() const { return high.has_value(); }
    bool isProjected() const { return status == Status::Projected; }
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
    Tiles,          // key-figure tiles: one big qualified number each
    Shares,         // parts of a whole: donut by default, horizontal bars on request
    PartWhole,      // one stated part against the (derived) rest
    SmallMultiples, // values of different kinds, each on its own scale
    Bars,           // comparable values of one measure and unit on one axis (version 2)
    Series,         // values over periods, one measure and unit (version 2)
};

// How a figure of a kind is drawn ("as" in the file). Default: the kind's first style.
enum class FigureStyle {
    Default, // not given: shares as a donut, series as columns
    Donut,   // shares
    Bars,    // shares
    Columns, // series
    Line,    // series
};

// The order of a bars figure's bars.
enum class BarOrder {
    Pack,  // as listed in the figure (default)
    Value, // ranked, largest first
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

// One line or column group of a series figure.
struct Series
{
    Text label;            // "BYD"; shown in the legend
    QStringList metricIds; // one per period, each with a date

    bool operator==(const Series &o) const;
    bool operator!=(const Series &o) const { return !(*this == o); }
};

struct Figure
{
    QString id;
    Text title;
    Text subtitle;
    ChartKind kind = ChartKind::Tiles;
    // What it shows, in order. For a series figure with several `series`, every series'
    // metrics, series after series (the loader fills it; the file does not repeat them).
    QStringList metricIds;
    std::optional<ShareGroup> shares; // for Shares and PartWhole
    QList<Series> series;             // for Series with more than one series; else empty
    FigureStyle style = FigureStyle::Default;
    BarOrder order = BarOrder::Pack; // for Bars
    bool comparable = true;          // false: the values must never share an axis
    QList<Finding> findings;
    QList<Caveat> caveats;

    // style, or the kind's default when Default: Donut for shares, Columns for series.
    FigureStyle effectiveStyle() const;
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
    Report,       // the report itself
    NewsSummary,  // a news article summarising the report
    Dataset,      // a published data set (version 2)
    PressRelease, // (version 2)
    Analysis,     // an analyst's own work, e.g. the pack author's (version 2)
    Other,        // (version 2)
};

struct Source
{
    QString id = QStringLiteral("source"); // what metrics name; version 1's one source is "source"
    Text title;
    QString url;
    SourceKind kind = SourceKind::NewsSummary;
    Text publisher;
    QString date; // ISO 8601 year, month or day of publication; may be empty

    bool operator==(const Source &o) const;
    bool operator!=(const Source &o) const { return !(*this == o); }
};

namespace Detail {
// id -> index into a list, for Report's O(1) lookups. It cannot go stale: a hit is checked
// against the list (the item at the index must carry the id), and a miss or a failed check
// rebuilds it from the list, so direct edits of Report's lists need no bookkeeping. Thread-safe
// for concurrent const lookups; a copy starts from the copied index.
class IdIndex
{
public:
    IdIndex() = default;
    IdIndex(const IdIndex &o);
    IdIndex &operator=(const IdIndex &o);

    template <typename T> const T *find(const QList<T> &list, const QString &id) const
    {
        const int i = indexOf(list, id);
        return i < 0 ? nullptr : &list.at(i);
    }
    template <typename T> int indexOf(const QList<T> &list, const QString &id) const
    {
        QMutexLocker lock(&m_mutex);
        int i = m_map.value(id, -1);
        if (i >= 0 && i < list.size() && list.at(i).id == id)
            return i;
        m_map.clear();
        m_map.reserve(list.size());
        for (int k = list.size() - 1; k >= 0; --k) // the first of duplicates wins
            m_map.insert(list.at(k).id, k);
        i = m_map.value(id, -1);
        return i;
    }

private:
    mutable QMutex m_mutex;
    mutable QHash<QString, int> m_map;
};
} // namespace Detail

struct Report
{
    Text title;
    Text issuer;  // who publishes the report; may be empty when the source does not say
    Text event;   // "2026 World Intelligent Industry Expo"
    QString date; // ISO 8601, as precise as known: "2026", "2026-05", "2026-05-17"
    QString language = QStringLiteral("en");
    int version = 1; // the format version the pack was written in (the writer writes 2)
    // Where the numbers come from, in the pack's order; a version-1 pack has exactly one.
    QList<Source> sources;
    QList<Metric> metrics;
    QList<Figure> figures;
    QList<Section> sections; // report-level findings
    QList<Caveat> caveats;   // report-level caveats (e.g. "this is a news summary")

    // O(1) lookups by id (nullptr / -1 when absent). Safe after any direct edit of the lists:
    // see Detail::IdIndex. With duplicate ids (an invalid report) the first one is found.
    const Metric *metric(const QString &id) const;
    const Figure *figure(const QString &id) const;
    int metricIndex(const QString &id) const;
    int figureIndex(const QString &id) const;
    const Source *source(const QString &id) const;
    QList<const Metric *> metricsOf(const Figure &figure) const;
    // The source a metric comes from (its `source`, or the only one), or nullptr.
    const Source *sourceOf(const Metric &metric) const;
    // The sources these numbers come from, each once, in the order the numbers first use them.
    QList<const Source *> sourcesOf(const QList<const Metric *> &numbers) const;
    // The sources the figure's numbers come from, in first-use order (credit.h says them).
    QList<const Source *> sourcesOf(const Figure &figure) const;
    // The first source listed (a version-1 pack's only source), or an empty Source.
    const Source &primarySource() const;
    // For editing it: the first source, added (empty) when there is none.
    Source &primarySource();

    bool operator==(const Report &o) const; // compares the content, not `version`
    bool operator!=(const Report &o) const { return !(*this == o); }

private:
    Detail::IdIndex m_metricIndex;
    Detail::IdIndex m_figureIndex;
};

// The report as a reader of `language` sees it: every text that has that language gives it
// by default (Text::text() with no language), the others keep the pack's own; the report's
// language becomes `language` when its title has it. What an export, a deck or a summary in
// the user's language is written from, so that no text of it falls back to the pack's
// language. An empty or absent language gives the report as it is.
Report reportShownIn(const Report &report, const QString &language);
// The language of that report's texts: `language` when the pack has it (its title does), else
// the pack's own.
QString shownLanguage(const Report &report, const QString &language);

// The reference sign a figure's n-th caveat (0-based) carries on its marks and its note, in the
// one form every view shows: †, ‡, §, ‖, ¶, then (6), (7)... Callers add no brackets.
QString caveatSign(int index);
// Signs of every caveat of `figure` that points at `metricId`, in caveat order.
QStringList caveatSignsFor(const Figure &figure, const QString &metricId);
// Most signs written beside one value; past it the first MaxSignsBesideValue - 1 and "…".
constexpr int MaxSignsBesideValue = 4;
// The signs as one run beside a value ("†‡§"): at most MaxSignsBesideValue of them, so that a
// figure of thousands of caveats never pushes its numbers off their marks. The notes, the
// narrative's caveats and the description still list every one.
QString shownCaveatSigns(const QStringList &signs);

// ---- The closed lists: one table each --------------------------------------------------------

// One row of a closed list. `name` is the value in the file; `description` is English and
// translatable in the context "Figdeck::Model" (describe() translates it); `since` is the first
// format version that accepts the value.
template <typename E> struct EnumEntry
{
    E value;
    QLatin1StringView name;
    const char *description;
    int since = 1;
};

struct QualifierEntry
{
    Qualifier value;
    QLatin1StringView name;
    const char *description;
    int since;
    Bound bound;
    const char *phrase; // "more than": translatable in the context "Figdeck::Format"
    const char *sign;   // before the number: ">", "≥", "≈", "<", "≤", "~"; empty for exact
};

struct StatusEntry
{
    Status value;
    QLatin1StringView name;
    const char *description;
    int since;
    const char *word; // "projected": translatable in "Figdeck::Format"; empty for observed
};

struct UnitKindEntry
{
    UnitKind value;
    QLatin1StringView name; // the file's value; for Currency and Custom a placeholder
    const char *description;
    int since;
    bool signedValues; // may be negative (a change); counts and ranks may not
    bool wholeValues;  // counts and ranks are whole numbers
};

struct CurrencyEntry
{
    QLatin1StringView code; // ISO 4217
    const char *symbol;     // UTF-8, written before the number: "€", "CA$"; the code when none
    const char *name;       // English, translatable in "Figdeck::Model": "euro"
};

struct FigureKindEntry
{
    ChartKind value;
    QLatin1StringView name;
    const char *description;
    int since;
    QList<FigureStyle> styles; // the "as" values it accepts, the first is the default
};

const QList<QualifierEntry> &qualifierTable();
const QList<StatusEntry> &statusTable();
const QList<UnitKindEntry> &unitKindTable();
const QList<CurrencyEntry> &currencyTable(); // common codes; any other 3 capitals also work
const QList<EnumEntry<UnitScale>> &unitScaleTable();
const QList<EnumEntry<Origin>> &originTable();
const QList<FigureKindEntry> &figureKindTable();
const QList<EnumEntry<FigureStyle>> &figureStyleTable(); // without Default
const QList<EnumEntry<BarOrder>> &barOrderTable();

// The interface languages (--lang, View > Language): the catalog's code ("zh_CN"), the pack
// language tag whose texts are shown in it ("zh-Hans"), and the language's own name for menus.
struct UiLanguageEntry
{
    QLatin1StringView code;
    QLatin1StringView reportLanguage;
    const char *nativeName; // UTF-8
};
const QList<UiLanguageEntry> &uiLanguageTable();
// The codes of uiLanguageTable(), and the pack language for one of them (empty for an unknown
// or empty code: the report's own language).
QStringList uiLanguages();
QString reportLanguageFor(const QString &uiLanguage);
// The interface language whose pack language this is ("zh-Hans" -> "zh_CN"), or empty.
QString uiLanguageFor(const QString &reportLanguage);
const QList<EnumEntry<SourceKind>> &sourceKindTable();

const QualifierEntry &entry(Qualifier q);
const StatusEntry &entry(Status s);
const UnitKindEntry &entry(UnitKind k);
const FigureKindEntry &entry(ChartKind k);
// The table row of an ISO 4217 code, or nullptr for a well-formed code not in the table.
const CurrencyEntry *currencyEntry(const QString &code);
// Three capital letters A-Z: the form of every ISO 4217 code.
bool isCurrencyCodeForm(const QString &code);

// A table's English text translated in the context "Figdeck::Model".
QString modelText(const char *text);
// The translated description of any row.
template <typename Entry> QString describe(const Entry &e)
{
    return modelText(e.description);
}

// The names of a table's rows accepted by format version `version`, in table order.
template <typename Entry> QStringList namesOf(const QList<Entry> &table, int version = 2)
{
    QStringList names;
    for (const Entry &e : table) {
        if (e.since <= version)
            names << QString(e.name);
    }
    return names;
}

QString toString(Qualifier q);
QString toString(Status s);
QString toString(const Unit &u); // the file's name; for a custom unit its symbol
QString toString(UnitKind k);
QString toString(UnitScale s);
QString toString(ChartKind k);
QString toString(FigureStyle s); // empty for Default
QString toString(BarOrder o);
QString toString(Origin o);
QString toString(SourceKind k);
std::optional<Qualifier> qualifierFromString(const QString &s);
std::optional<Status> statusFromString(const QString &s);
// "percent", "count", ..., or an ISO 4217 code; not custom units (they are objects).
std::optional<Unit> unitFromString(const QString &s);
std::optional<UnitScale> unitScaleFromString(const QString &s);
std::optional<ChartKind> chartKindFromString(const QString &s);
std::optional<FigureStyle> figureStyleFromString(const QString &s);
std::optional<BarOrder> barOrderFromString(const QString &s);
std::optional<Origin> originFromString(const QString &s);
std::optional<SourceKind> sourceKindFromString(const QString &s);

} // namespace Figdeck
