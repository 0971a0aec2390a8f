// SPDX-License-Identifier: GPL-3.0-or-later
#include "report.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <utility>

namespace Figdeck {

const QString *LanguageTexts::find(const QString &language) const
{
    for (const Entry &entry : m_entries) {
        if (entry.language == language)
            return &entry.text;
    }
    return nullptr;
}

void LanguageTexts::insert(const QString &language, const QString &text)
{
    auto at = std::lower_bound(m_entries.begin(), m_entries.end(), language,
                               [](const Entry &e, const QString &l) { return e.language < l; });
    if (at != m_entries.end() && at->language == language)
        at->text = text;
    else
        m_entries.insert(at, Entry{language, text});
}

QStringList LanguageTexts::keys() const
{
    QStringList languages;
    languages.reserve(m_entries.size());
    for (const Entry &entry : m_entries)
        languages << entry.language;
    return languages;
}

QString Text::text(const QString &language) const
{
    if (!language.isEmpty()) {
        if (const QString *text = byLanguage.find(language))
            return *text;
    }
    if (const QString *text = byLanguage.find(fallbackLanguage))
        return *text;
    return byLanguage.isEmpty() ? QString() : byLanguage.begin()->text;
}

bool Unit::operator==(const Unit &o) const
{
    if (kind != o.kind)
        return false;
    if (kind == UnitKind::Currency)
        return currency == o.currency;
    if (kind == UnitKind::Custom)
        return symbol == o.symbol && name == o.name && scale == o.scale;
    return true;
}

QString Unit::fileName() const
{
    switch (kind) {
    case UnitKind::Currency:
        return currency;
    case UnitKind::Custom:
        return {};
    default:
        return QString(entry(kind).name);
    }
}

QString Unit::symbolText(const QString &language) const
{
    switch (kind) {
    case UnitKind::Percent:
        return QStringLiteral("%");
    case UnitKind::PercentagePoints:
        return QStringLiteral("pp");
    case UnitKind::Multiple:
        return QStringLiteral("×");
    case UnitKind::Currency:
        if (const CurrencyEntry *e = currencyEntry(currency))
            return QString::fromUtf8(e->symbol);
        return currency;
    case UnitKind::Custom:
        return symbol.text(language);
    case UnitKind::Count:
    case UnitKind::Rank:
        break;
    }
    return {};
}

std::optional<PeriodDate> PeriodDate::parse(const QString &iso)
{
    // The forms of periodDateForms(); digits only where digits belong.
    const auto digits = [&iso](qsizetype from, qsizetype count, int &out) {
        out = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            const QChar c = iso.at(i);
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return false;
            out = out * 10 + (c.unicode() - '0');
        }
        return true;
    };
    PeriodDate d;
    d.iso = iso;
    int year = 0;
    if (iso.size() < 4 || !digits(0, 4, year))
        return std::nullopt;
    if (iso.size() == 4) {
        d.precision = Precision::Year;
        d.first = QDate(year, 1, 1);
        d.last = QDate(year, 12, 31);
        return d;
    }
    if (iso.at(4) != QLatin1Char('-'))
        return std::nullopt;
    // The first months of a year: "YYYY-01/MM", from January to a month before December (to
    // January is the month, to December the year: each has its own form). Other months of one
    // year: "YYYY-MM/MM", from a month after January to a later one ("2025-03/08", March to
    // August), but for the months of a quarter or of the second half, which are "YYYY-Qn" and
    // "YYYY-H2".
    if (iso.size() == 10 && iso.at(7) == QLatin1Char('/')) {
        int start = 0;
        int end = 0;
        if (!digits(5, 2, start) || !digits(8, 2, end) || start < 1 || end <= start || end > 12)
            return std::nullopt;
        if (start == 1 && end == 12)
            return std::nullopt;
        const bool quarter = start % 3 == 1 && end == start + 2;
        if (start != 1 && (quarter || (start == 7 && end == 12)))
            return std::nullopt;
        d.precision = start == 1 ? Precision::FirstMonths : Precision::Months;
        d.first = QDate(year, start, 1);
        d.last = QDate(year, end, 1).addMonths(1).addDays(-1);
        return d;
    }
    // A half-year or a quarter: "YYYY-Hn", "YYYY-Qn".
    struct Part
    {
        char letter;
        int perYear;
        Precision precision;
    };
    for (const Part p : {Part{'H', 2, Precision::Half}, Part{'Q', 4, Precision::Quarter}}) {
        if (iso.size() != 7 || iso.at(5) != QLatin1Char(p.letter))
            continue;
        int n = 0;
        if (!digits(6, 1, n) || n < 1 || n > p.perYear)
            return std::nullopt;
        const int months = 12 / p.perYear;
        d.precision = p.precision;
        d.first = QDate(year, months * (n - 1) + 1, 1);
        d.last = d.first.addMonths(months).addDays(-1);
        return d;
    }
    int month = 0;
    if (iso.size() < 7 || !digits(5, 2, month) || month < 1 || month > 12)
        return std::nullopt;
    if (iso.size() == 7) {
        d.precision = Precision::Month;
        d.first = QDate(year, month, 1);
        d.last = d.first.addMonths(1).addDays(-1);
        return d;
    }
    int day = 0;
    if (iso.size() != 10 || iso.at(7) != QLatin1Char('-') || !digits(8, 2, day) ||
        !QDate(year, month, day).isValid())
        return std::nullopt;
    d.precision = Precision::Day;
    d.first = d.last = QDate(year, month, day);
    return d;
}

QString PeriodDate::kind() const
{
    QString k = QString::number(int(precision));
    if (precision == Precision::FirstMonths)
        k += u'-' + QString::number(last.month());
    if (precision == Precision::Months)
        k += u'-' + QString::number(first.month()) + u'-' + QString::number(last.month());
    return k;
}

const QList<PeriodDateForm> &periodDateForms()
{
    using P = PeriodDate::Precision;
    static const QList<PeriodDateForm> forms = {
        {P::Year, "YYYY", "2022"},
        {P::FirstMonths, "YYYY-01/MM", "2022-01/08"},
        {P::Half, "YYYY-Hn", "2022-H2"},
        {P::Quarter, "YYYY-Qn", "2022-Q4"},
        {P::Months, "YYYY-MM/MM", "2022-03/08"},
        {P::Month, "YYYY-MM", "2022-10"},
        {P::Day, "YYYY-MM-DD", "2022-10-31"},
    };
    return forms;
}

// Field-by-field, so that a round trip through the file format can be checked exactly.
bool Metric::operator==(const Metric &o) const
{
    return id == o.id && label == o.label && value == o.value && high == o.high && unit == o.unit &&
           noun == o.noun && measure == o.measure && period == o.period && date == o.date &&
           qualifier == o.qualifier && status == o.status && origin == o.origin &&
           derivation == o.derivation && quote == o.quote && equivalentOf == o.equivalentOf &&
           equivalentRate == o.equivalentRate && source == o.source;
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

bool Series::operator==(const Series &o) const
{
    return label == o.label && metricIds == o.metricIds;
}

FigureStyle Figure::effectiveStyle() const
{
    if (style != FigureStyle::Default)
        return style;
    const QList<FigureStyle> &styles = entry(kind).styles;
    return styles.isEmpty() ? FigureStyle::Default : styles.first();
}

bool Figure::operator==(const Figure &o) const
{
    return id == o.id && title == o.title && subtitle == o.subtitle && kind == o.kind &&
           metricIds == o.metricIds && shares == o.shares && series == o.series &&
           style == o.style && order == o.order && comparable == o.comparable &&
           findings == o.findings && caveats == o.caveats;
}

bool Section::operator==(const Section &o) const
{
    return id == o.id && title == o.title && findings == o.findings;
}

bool Source::operator==(const Source &o) const
{
    return id == o.id && title == o.title && url == o.url && kind == o.kind &&
           publisher == o.publisher && date == o.date;
}

bool Report::operator==(const Report &o) const
{
    return title == o.title && issuer == o.issuer && event == o.event && date == o.date &&
           language == o.language && sources == o.sources && metrics == o.metrics &&
           figures == o.figures && sections == o.sections && caveats == o.caveats;
}

namespace Detail {

IdIndex::IdIndex(const IdIndex &o)
{
    QMutexLocker lock(&o.m_mutex);
    m_map = o.m_map;
}

IdIndex &IdIndex::operator=(const IdIndex &o)
{
    if (this != &o) {
        QHash<QString, int> copy;
        {
            QMutexLocker lock(&o.m_mutex);
            copy = o.m_map;
        }
        QMutexLocker lock(&m_mutex);
        m_map = std::move(copy);
    }
    return *this;
}

} // namespace Detail

const Metric *Report::metric(const QString &id) const
{
    return m_metricIndex.find(metrics, id);
}

const Figure *Report::figure(const QString &id) const
{
    return m_figureIndex.find(figures, id);
}

int Report::metricIndex(const QString &id) const
{
    return m_metricIndex.indexOf(metrics, id);
}

int Report::figureIndex(const QString &id) const
{
    return m_figureIndex.indexOf(figures, id);
}

const Source *Report::source(const QString &id) const
{
    // A pack has a handful of sources: a scan is faster than any index.
    for (const Source &s : sources) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

QList<const Metric *> Report::metricsOf(const Figure &figure) const
{
    QList<const Metric *> result;
    result.reserve(figure.metricIds.size());
    for (const QString &id : figure.metricIds) {
        if (const Metric *m = metric(id))
            result << m;
    }
    return result;
}

const Source *Report::sourceOf(const Metric &metric) const
{
    if (metric.source.isEmpty())
        return sources.size() == 1 ? &sources.first() : nullptr;
    return source(metric.source);
}

QList<const Source *> Report::sourcesOf(const QList<const Metric *> &numbers) const
{
    QList<const Source *> result;
    for (const Metric *m : numbers) {
        const Source *s = m ? sourceOf(*m) : nullptr;
        if (s && !result.contains(s))
            result << s;
    }
    return result;
}

QList<const Source *> Report::sourcesOf(const Figure &figure) const
{
    return sourcesOf(metricsOf(figure));
}

const Source &Report::primarySource() const
{
    static const Source none;
    return sources.isEmpty() ? none : sources.first();
}

Source &Report::primarySource()
{
    if (sources.isEmpty())
        sources << Source();
    return sources.first();
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

QString shownCaveatSigns(const QStringList &signs)
{
    if (signs.size() <= MaxSignsBesideValue)
        return signs.join(QString());
    return signs.mid(0, MaxSignsBesideValue - 1).join(QString()) + QChar(0x2026);
}

// ---- The closed lists ------------------------------------------------------------------------

QString modelText(const char *text)
{
    return QCoreApplication::translate("Figdeck::Model", text);
}

using namespace Qt::StringLiterals;

const QList<QualifierEntry> &qualifierTable()
{
    static const QList<QualifierEntry> table = {
        {Qualifier::Exact, "exact"_L1,
         QT_TRANSLATE_NOOP("Figdeck::Model", "the source states the number itself"), 1,
         Bound::Exact, "", ""},
        {Qualifier::MoreThan, "more-than"_L1,
         QT_TRANSLATE_NOOP("Figdeck::Model", "more than, over, above, exceeding: a lower bound"), 1,
         Bound::Lower, QT_TRANSLATE_NOOP("Figdeck::Format", "more than"), ">"},
        {Qualifier::AtLeast, "at-least"_L1,
         QT_TRANSLATE_NOOP("Figdeck::Model", "at least: a lower bound that may be reached"), 1,
         Bound::Lower, QT_TRANSLATE_NOOP("Figdeck::Format", "at least"), "≥"},
        {Qualifier::Approximate, "approximate"_L1,
         QT_TRANSLATE_NOOP("Figdeck::Model", "roughly, about, around: close to it, either side"), 1,
         Bound::Near, QT_TRANSLATE_NOOP("Figdeck::Format", "roughly"), "≈"},
        {Qualifier::LessThan, "less-than"_L1,
         QT_TRANSLATE_NOOP("Figdeck::Model", "less than, under, below: an upper bound"), 2,
         Bound::Upper, QT_TRANSLATE_NOOP("Figdeck::Format", "less than"), "<"},
        {Qualifier::AtMost, "at-most"_L1,
         QT_TRANSLATE_NOOP("Figdeck::Model", "up to, at most: an upper bound that may be reached"),
         2, Bound::Upper, QT_TRANSLATE_NOOP("Figdeck::Format", "up to"), ""},
        {Qualifier::Nearly, "nearly"_L1,
         QT_TRANSLATE_NOOP("Figdeck::Model", "nearly, almost: close to it and below it"), 2,
         Bound::Below, QT_TRANSLATE_NOOP("Figdeck::Format", "nearly"), ""},
    };
    return table;
}

const QList<StatusEntry> &statusTable()
{
    static const QList<StatusEntry> table = {
        {Status::Observed, "observed"_L1,
         QT_TRANSLATE_NOOP("Figdeck::Model", "measured or counted (the default)"), 2, ""},
        {Status::Projected, "projected"_L1,
         QT_TRANSLATE_NOOP("Figdeck::Model", "a forecast of a future value"), 2,
         QT_TRANSLATE_NOOP("Figdeck::Format", "projected")},
        {Status::Estimated, "estimated"_L1,
         QT_TRANSLATE_NOOP("Figdeck::Model", "an estimate of a past or present value"), 2,
         QT_TRANSLATE_NOOP("Figdeck::Format", "estimated")},
    };
    return table;
}

const QList<UnitKindEntry> &unitKindTable()
{
    static const QList<UnitKindEntry> table = {
        {UnitKind::Percent, "percent"_L1,
         QT_TRANSLATE_NOOP("Figdeck::Model",
                           "a share or rate in percent; \"measure\" says of what"),
         1, true, false},
        {UnitKind::PercentagePoints, "percentage-points"_L1,
         QT_TRANSLATE_NOOP("Figdeck::Model", "a difference of two percentages"), 2, true, false},
        {UnitKind::Count, "count"_L1,
         QT_TRANSLATE_NOOP("Figdeck::Model",
                           "a number of things, whole and not negative; \"noun\" names them"),
         1, false, true},
        {UnitKind::Multiple, "multiple"_L1,
         QT_TRANSLATE_NOOP("Figdeck::Model", "a factor: 3 for \"tripled\""), 2, true, false},
        {UnitKind::Rank, "rank"_L1,
         QT_TRANSLATE_NOOP("Figdeck::Model", "a place in an order: 2 for \"the second largest\""),
         2, false, true},
        {UnitKind::Currency, "ISO 4217 code"_L1,
         QT_TRANSLATE_NOOP("Figdeck::Model", "money, in the currency of a three-letter ISO 4217 "
                                             "code such as \"EUR\""),
         1, true, false},
        {UnitKind::Custom, "{\"symbol\", \"name\"}"_L1,
         QT_TRANSLATE_NOOP("Figdeck::Model", "any other unit, by its symbol and name"), 2, true,
         false},
    };
    return table;
}

const QList<CurrencyEntry> &currencyTable()
{
    static const QList<CurrencyEntry> table = {
        {"USD"_L1, "$", QT_TRANSLATE_NOOP("Figdeck::Model", "US dollar")},
        {"EUR"_L1, "€", QT_TRANSLATE_NOOP("Figdeck::Model", "euro")},
        {"GBP"_L1, "£", QT_TRANSLATE_NOOP("Figdeck::Model", "pound sterling")},
        {"JPY"_L1, "¥", QT_TRANSLATE_NOOP("Figdeck::Model", "Japanese yen")},
        {"CNY"_L1, "¥", QT_TRANSLATE_NOOP("Figdeck::Model", "Chinese yuan")},
        {"INR"_L1, "₹", QT_TRANSLATE_NOOP("Figdeck::Model", "Indian rupee")},
        {"KRW"_L1, "₩", QT_TRANSLATE_NOOP("Figdeck::Model", "South Korean won")},
        {"RUB"_L1, "₽", QT_TRANSLATE_NOOP("Figdeck::Model", "Russian rouble")},
        {"BRL"_L1, "R$", QT_TRANSLATE_NOOP("Figdeck::Model", "Brazilian real")},
        {"CAD"_L1, "CA$", QT_TRANSLATE_NOOP("Figdeck::Model", "Canadian dollar")},
        {"AUD"_L1, "A$", QT_TRANSLATE_NOOP("Figdeck::Model", "Australian dollar")},
        {"NZD"_L1, "NZ$", QT_TRANSLATE_NOOP("Figdeck::Model", "New Zealand dollar")},
        {"HKD"_L1, "HK$", QT_TRANSLATE_NOOP("Figdeck::Model", "Hong Kong dollar")},
        {"TWD"_L1, "NT$", QT_TRANSLATE_NOOP("Figdeck::Model", "New Taiwan dollar")},
        {"SGD"_L1, "S$", QT_TRANSLATE_NOOP("Figdeck::Model", "Singapore dollar")},
        {"MXN"_L1, "MX$", QT_TRANSLATE_NOOP("Figdeck::Model", "Mexican peso")},
        {"CHF"_L1, "CHF", QT_TRANSLATE_NOOP("Figdeck::Model", "Swiss franc")},
        {"SEK"_L1, "SEK", QT_TRANSLATE_NOOP("Figdeck::Model", "Swedish krona")},
        {"NOK"_L1, "NOK", QT_TRANSLATE_NOOP("Figdeck::Model", "Norwegian krone")},
        {"DKK"_L1, "DKK", QT_TRANSLATE_NOOP("Figdeck::Model", "Danish krone")},
        {"PLN"_L1, "PLN", QT_TRANSLATE_NOOP("Figdeck::Model", "Polish złoty")},
        {"TRY"_L1, "₺", QT_TRANSLATE_NOOP("Figdeck::Model", "Turkish lira")},
        {"ILS"_L1, "₪", QT_TRANSLATE_NOOP("Figdeck::Model", "Israeli new shekel")},
        {"ZAR"_L1, "ZAR", QT_TRANSLATE_NOOP("Figdeck::Model", "South African rand")},
        {"VND"_L1, "₫", QT_TRANSLATE_NOOP("Figdeck::Model", "Vietnamese dong")},
        {"THB"_L1, "฿", QT_TRANSLATE_NOOP("Figdeck::Model", "Thai baht")},
        {"IDR"_L1, "IDR", QT_TRANSLATE_NOOP("Figdeck::Model", "Indonesian rupiah")},
        {"SAR"_L1, "SAR", QT_TRANSLATE_NOOP("Figdeck::Model", "Saudi riyal")},
        {"AED"_L1, "AED", QT_TRANSLATE_NOOP("Figdeck::Model", "UAE dirham")},
        {"NGN"_L1, "₦", QT_TRANSLATE_NOOP("Figdeck::Model", "Nigerian naira")},
    };
    return table;
}

const QList<EnumEntry<UnitScale>> &unitScaleTable()
{
    static const QList<EnumEntry<UnitScale>> table = {
        {UnitScale::Words, "words"_L1,
         QT_TRANSLATE_NOOP("Figdeck::Model", "thousand, million, billion, trillion (the default)"),
         2},
        {UnitScale::Si, "si"_L1,
         QT_TRANSLATE_NOOP("Figdeck::Model", "SI prefixes on the symbol: k, M, G, T, P"), 2},
    };
    return table;
}

const QList<EnumEntry<Origin>> &originTable()
{
    static const QList<EnumEntry<Origin>> table = {
        {Origin::Stated, "stated"_L1,
         QT_TRANSLATE_NOOP("Figdeck::Model", "the source states the number"), 1},
        {Origin::Derived, "derived"_L1,
         QT_TRANSLATE_NOOP("Figdeck::Model",
                           "derived from the stated numbers; \"derivation\" says how"),
         1},
    };
    return table;
}

const QList<FigureKindEntry> &figureKindTable()
{
    static const QList<FigureKindEntry> table = {
        {ChartKind::Tiles,
         "tiles"_L1,
         QT_TRANSLATE_NOOP("Figdeck::Model", "key-figure tiles: one qualified number each"),
         1,
         {}},
        {ChartKind::Shares,
         "shares"_L1,
         QT_TRANSLATE_NOOP("Figdeck::Model", "parts of one whole, in percent"),
         1,
         {FigureStyle::Donut, FigureStyle::Bars}},
        {ChartKind::PartWhole,
         "part-whole"_L1,
         QT_TRANSLATE_NOOP("Figdeck::Model", "one stated part against the rest"),
         1,
         {}},
        {ChartKind::SmallMultiples,
         "small-multiples"_L1,
         QT_TRANSLATE_NOOP("Figdeck::Model", "values of different kinds, each on its own scale"),
         1,
         {}},
        {ChartKind::Bars,
         "bars"_L1,
         QT_TRANSLATE_NOOP("Figdeck::Model",
                           "comparable values of one measure and unit on one shared axis"),
         2,
         {}},
        {ChartKind::Series,
         "series"_L1,
         QT_TRANSLATE_NOOP("Figdeck::Model", "values of one measure and unit over periods"),
         2,
         {FigureStyle::Columns, FigureStyle::Line}},
    };
    return table;
}

const QList<EnumEntry<FigureStyle>> &figureStyleTable()
{
    static const QList<EnumEntry<FigureStyle>> table = {
        {FigureStyle::Donut, "donut"_L1,
         QT_TRANSLATE_NOOP("Figdeck::Model", "shares as a ring (the default)"), 2},
        {FigureStyle::Bars, "bars"_L1,
         QT_TRANSLATE_NOOP("Figdeck::Model", "shares as horizontal bars"), 2},
        {FigureStyle::Columns, "columns"_L1,
         QT_TRANSLATE_NOOP("Figdeck::Model", "a series as columns (the default)"), 2},
        {FigureStyle::Line, "line"_L1, QT_TRANSLATE_NOOP("Figdeck::Model", "a series as a line"),
         2},
    };
    return table;
}

const QList<UiLanguageEntry> &uiLanguageTable()
{
    static const QList<UiLanguageEntry> table{
        {"en"_L1, "en"_L1, "English"},
        {"zh_CN"_L1, "zh-Hans"_L1, "\u7b80\u4f53\u4e2d\u6587"}, // 简体中文
    };
    return table;
}

QStringList uiLanguages()
{
    QStringList codes;
    for (const UiLanguageEntry &e : uiLanguageTable())
        codes << QString(e.code);
    return codes;
}

namespace {

void showIn(Text &text, const QString &language)
{
    if (text.byLanguage.contains(language))
        text.fallbackLanguage = language;
}

void showIn(QList<Finding> &findings, const QString &language)
{
    for (Finding &f : findings)
        showIn(f.text, language);
}

void showIn(QList<Caveat> &caveats, const QString &language)
{
    for (Caveat &c : caveats)
        showIn(c.text, language);
}

} // namespace

Report reportShownIn(const Report &report, const QString &language)
{
    if (language.isEmpty() || language == report.language)
        return report;
    Report shown = report;
    shown.language = shownLanguage(report, language);
    for (Text *t : {&shown.title, &shown.issuer, &shown.event})
        showIn(*t, language);
    for (Source &source : shown.sources) {
        showIn(source.title, language);
        showIn(source.publisher, language);
    }
    for (Metric &m : shown.metrics) {
        for (Text *t : {&m.label, &m.noun, &m.measure, &m.period, &m.derivation, &m.equivalentRate,
                        &m.unit.symbol, &m.unit.name})
            showIn(*t, language);
    }
    for (Figure &f : shown.figures) {
        showIn(f.title, language);
        showIn(f.subtitle, language);
        if (f.shares)
            showIn(f.shares->whole, language);
        for (Series &series : f.series)
            showIn(series.label, language);
        showIn(f.findings, language);
        showIn(f.caveats, language);
    }
    for (Section &section : shown.sections) {
        showIn(section.title, language);
        showIn(section.findings, language);
    }
    showIn(shown.caveats, language);
    return shown;
}

QString shownLanguage(const Report &report, const QString &language)
{
    return report.title.byLanguage.contains(language) ? language : report.language;
}

QString uiLanguageFor(const QString &reportLanguage)
{
    for (const UiLanguageEntry &e : uiLanguageTable()) {
        if (e.reportLanguage == reportLanguage)
            return QString(e.code);
    }
    return QString();
}

QString reportLanguageFor(const QString &uiLanguage)
{
    for (const UiLanguageEntry &e : uiLanguageTable()) {
        if (e.code == uiLanguage)
            return QString(e.reportLanguage);
    }
    return QString();
}

const QList<EnumEntry<BarOrder>> &barOrderTable()
{
    static const QList<EnumEntry<BarOrder>> table = {
        {BarOrder::Pack, "pack"_L1,
         QT_TRANSLATE_NOOP("Figdeck::Model", "as listed in the figure (the default)"), 2},
        {BarOrder::Value, "value"_L1, QT_TRANSLATE_NOOP("Figdeck::Model", "ranked, largest first"),
         2},
    };
    return table;
}

const QList<EnumEntry<SourceKind>> &sourceKindTable()
{
    static const QList<EnumEntry<SourceKind>> table = {
        {SourceKind::Report, "report"_L1, QT_TRANSLATE_NOOP("Figdeck::Model", "the report itself"),
         1},
        {SourceKind::NewsSummary, "news-summary"_L1,
         QT_TRANSLATE_NOOP("Figdeck::Model", "a news article summarising a report"), 1},
        {SourceKind::Dataset, "dataset"_L1,
         QT_TRANSLATE_NOOP("Figdeck::Model", "a published data set"), 2},
        {SourceKind::PressRelease, "press-release"_L1,
         QT_TRANSLATE_NOOP("Figdeck::Model", "a press release"), 2},
        {SourceKind::Analysis, "analysis"_L1,
         QT_TRANSLATE_NOOP("Figdeck::Model", "an analyst's own work"), 2},
        {SourceKind::Other, "other"_L1, QT_TRANSLATE_NOOP("Figdeck::Model", "any other source"), 2},
    };
    return table;
}

namespace {

// Every table is indexed by its enum's values in order, which the tables keep; row() checks it
// in debug builds.
template <typename Entry, typename E> const Entry &row(const QList<Entry> &table, E value)
{
    const qsizetype i = qsizetype(value);
    Q_ASSERT(i >= 0 && i < table.size() && table.at(i).value == value);
    return table.at(i);
}

template <typename Entry> QString nameOf(const QList<Entry> &table, decltype(Entry::value) value)
{
    for (const Entry &e : table) {
        if (e.value == value)
            return QString(e.name);
    }
    return {};
}

template <typename Entry>
std::optional<decltype(Entry::value)> valueOf(const QList<Entry> &table, const QString &s)
{
    for (const Entry &e : table) {
        if (s == e.name)
            return e.value;
    }
    return std::nullopt;
}

} // namespace

const QualifierEntry &entry(Qualifier q)
{
    return row(qualifierTable(), q);
}
const StatusEntry &entry(Status s)
{
    return row(statusTable(), s);
}
const UnitKindEntry &entry(UnitKind k)
{
    return row(unitKindTable(), k);
}
const FigureKindEntry &entry(ChartKind k)
{
    return row(figureKindTable(), k);
}

bool isCurrencyCodeForm(const QString &code)
{
    if (code.size() != 3)
        return false;
    for (const QChar c : code) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            return false;
    }
    return true;
}

const CurrencyEntry *currencyEntry(const QString &code)
{
    static const QHash<QString, int> index = [] {
        QHash<QString, int> h;
        const QList<CurrencyEntry> &table = currencyTable();
        for (int i = 0; i < table.size(); ++i)
            h.insert(QString(table.at(i).code), i);
        return h;
    }();
    const int i = index.value(code, -1);
    return i < 0 ? nullptr : &currencyTable().at(i);
}

QString toString(Qualifier q)
{
    return nameOf(qualifierTable(), q);
}
QString toString(Status s)
{
    return nameOf(statusTable(), s);
}
QString toString(const Unit &u)
{
    return u.kind == UnitKind::Custom ? u.symbol.text() : u.fileName();
}
QString toString(UnitKind k)
{
    return nameOf(unitKindTable(), k);
}
QString toString(UnitScale s)
{
    return nameOf(unitScaleTable(), s);
}
QString toString(ChartKind k)
{
    return nameOf(figureKindTable(), k);
}
QString toString(FigureStyle s)
{
    return nameOf(figureStyleTable(), s);
}
QString toString(BarOrder o)
{
    return nameOf(barOrderTable(), o);
}
QString toString(Origin o)
{
    return nameOf(originTable(), o);
}
QString toString(SourceKind k)
{
    return nameOf(sourceKindTable(), k);
}
std::optional<Qualifier> qualifierFromString(const QString &s)
{
    return valueOf(qualifierTable(), s);
}
std::optional<Status> statusFromString(const QString &s)
{
    return valueOf(statusTable(), s);
}
std::optional<Unit> unitFromString(const QString &s)
{
    if (isCurrencyCodeForm(s))
        return Unit::currencyOf(s);
    const std::optional<UnitKind> kind = valueOf(unitKindTable(), s);
    if (!kind || *kind == UnitKind::Currency || *kind == UnitKind::Custom)
        return std::nullopt;
    return Unit::ofKind(*kind);
}
std::optional<UnitScale> unitScaleFromString(const QString &s)
{
    return valueOf(unitScaleTable(), s);
}
std::optional<ChartKind> chartKindFromString(const QString &s)
{
    return valueOf(figureKindTable(), s);
}
std::optional<FigureStyle> figureStyleFromString(const QString &s)
{
    return valueOf(figureStyleTable(), s);
}
std::optional<BarOrder> barOrderFromString(const QString &s)
{
    return valueOf(barOrderTable(), s);
}
std::optional<Origin> originFromString(const QString &s)
{
    return valueOf(originTable(), s);
}
std::optional<SourceKind> sourceKindFromString(const QString &s)
{
    return valueOf(sourceKindTable(), s);
}

} // namespace Figdeck
