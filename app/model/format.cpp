// SPDX-License-Identifier: GPL-3.0-or-later
#include "format.h"

#include "interfacelanguage.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace Figdeck {

namespace {

// The translation context "Figdeck::Format", in a form lupdate can see.
struct FormatText
{
    Q_DECLARE_TR_FUNCTIONS(Figdeck::Format)
};

const QString Minus = QStringLiteral("−"); // U+2212, not a hyphen
const QString EnDash = QStringLiteral("–");

QString number(double value, int maxDecimals)
{
    // Shortest faithful form: 1.2 stays 1.2, 165 stays 165, 6000 becomes 6,000.
    QLocale locale(QLocale::English);
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    QString s = locale.toString(std::fabs(value), 'f', maxDecimals);
    if (s.contains(QLatin1Char('.'))) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(QLatin1Char('.')))
            s.chop(1);
    }
    if (value < 0 && s != QLatin1String("0"))
        s.prepend(Minus);
    return s;
}

// A magnitude's scale: the divisor and the pattern that names it ("%1 billion").
struct Scale
{
    double divisor = 1;
    QString pattern = QStringLiteral("%1");
};

bool myriadGrouping()
{
    return FormatText::tr("short-scale", "number grouping of this language: "
                                         "'short-scale' (thousand, million, billion) "
                                         "or 'myriad' (10^4, 10^8)") == QLatin1String("myriad");
}

// 1.2e12 -> "%1 trillion", 2e6 -> "%1 million", 6000 -> "%1". Languages that group large
// numbers by ten thousands (Chinese: 万, 亿) say so in their catalog: 165e9 -> "1,650亿".
Scale scaleFor(double magnitude)
{
    const double a = std::fabs(magnitude);
    if (myriadGrouping()) {
        if (a >= 1e12)
            return {1e12, FormatText::tr("%1 trillion")};
        if (a >= 1e8)
            return {1e8, FormatText::tr("%1 hundred million", "myriad grouping: 10^8")};
        if (a >= 1e4)
            return {1e4, FormatText::tr("%1 ten thousand", "myriad grouping: 10^4")};
        return {};
    }
    if (a >= 1e12)
        return {1e12, FormatText::tr("%1 trillion")};
    if (a >= 1e9)
        return {1e9, FormatText::tr("%1 billion")};
    if (a >= 1e6)
        return {1e6, FormatText::tr("%1 million")};
    return {};
}

// SI prefixes for a custom unit that asks for them: the prefix goes on the symbol.
struct SiPrefix
{
    double factor;
    const char *prefix;
};
constexpr SiPrefix SiPrefixes[] = {{1e15, "P"}, {1e12, "T"}, {1e9, "G"}, {1e6, "M"}, {1e3, "k"}};

// Digits of |low| (and |high|) at one scale, joined by an en dash: "10–15", "1.2".
QString digits(double low, std::optional<double> high, double divisor)
{
    QString s = number(low / divisor, 2);
    if (high)
        s += EnDash + number(*high / divisor, 2);
    return s;
}

// Whether the currency symbol is a word ("CHF") and needs a space before the number.
bool wordSymbol(const QString &symbol)
{
    return !symbol.isEmpty() && symbol.back().isLetter();
}

QString ordinal(double value)
{
    const qint64 n = qint64(value);
    const qint64 lastTwo = n % 100;
    const qint64 last = n % 10;
    const QString digits = number(double(n), 0);
    if (lastTwo < 11 || lastTwo > 13) {
        if (last == 1)
            return FormatText::tr("%1st", "ordinal: 1st, 21st").arg(digits);
        if (last == 2)
            return FormatText::tr("%1nd", "ordinal: 2nd, 22nd").arg(digits);
        if (last == 3)
            return FormatText::tr("%1rd", "ordinal: 3rd, 23rd").arg(digits);
    }
    return FormatText::tr("%1th", "ordinal: 4th, 11th").arg(digits);
}

// The amount `low` (to `high` for a range) in `unit`, without qualifier.
QString amount(double low, std::optional<double> high, const Unit &unit, const QString &language)
{
    const double magnitude = std::max(std::fabs(low), high ? std::fabs(*high) : 0.0);
    // Money and custom units put the minus before the symbol: "−€5 billion".
    const bool negative = !high && low < 0;
    const double lowAbs = negative ? -low : low;
    const QString sign = negative ? Minus : QString();
    switch (unit.kind) {
    case UnitKind::Percent:
        return digits(low, high, 1) + QLatin1Char('%');
    case UnitKind::PercentagePoints: {
        // A difference always says its direction.
        const QString plus = (!high && low > 0) ? QStringLiteral("+") : QString();
        return plus + digits(low, high, 1) + FormatText::tr(" pp", "percentage points");
    }
    case UnitKind::Multiple:
        return digits(low, high, 1) + QStringLiteral("×");
    case UnitKind::Rank:
        if (high)
            return ordinal(low) + EnDash + ordinal(*high);
        return ordinal(low);
    case UnitKind::Currency: {
        const Scale scale = scaleFor(magnitude);
        const QString symbol = unit.symbolText(language);
        const QString n = scale.pattern.arg(digits(lowAbs, high, scale.divisor));
        return sign + symbol + (wordSymbol(symbol) ? QStringLiteral(" ") : QString()) + n;
    }
    case UnitKind::Custom: {
        const QString symbol = unit.symbolText(language);
        if (unit.scale == UnitScale::Si) {
            for (const SiPrefix &p : SiPrefixes) {
                if (magnitude >= p.factor) {
                    return sign + digits(lowAbs, high, p.factor) + QLatin1Char(' ') +
                           QLatin1String(p.prefix) + symbol;
                }
            }
            return sign + digits(lowAbs, high, 1) + QLatin1Char(' ') + symbol;
        }
        const Scale scale = scaleFor(magnitude);
        return sign + scale.pattern.arg(digits(lowAbs, high, scale.divisor)) + QLatin1Char(' ') +
               symbol;
    }
    case UnitKind::Count:
        break;
    }
    const Scale scale = scaleFor(magnitude);
    return scale.pattern.arg(digits(low, high, scale.divisor));
}

} // namespace

QString formatAmount(double value, const Unit &unit, const QString &language)
{
    return amount(value, std::nullopt, unit, language);
}

QString formatBareValue(const Metric &metric, const QString &language)
{
    return amount(metric.value, metric.high, metric.unit, language);
}

QString formatValue(const Metric &metric, const QString &language)
{
    const QString bare = formatBareValue(metric, language);
    const QualifierEntry &q = entry(metric.qualifier);
    if (q.value == Qualifier::Exact)
        return bare;
    // "6,000+": counts have read that way since version 1.
    if (q.value == Qualifier::MoreThan && metric.unit.is(UnitKind::Count) && !metric.isRange())
        return bare + QLatin1Char('+');
    if (*q.sign)
        return QString::fromUtf8(q.sign) + QLatin1Char(' ') + bare;
    return qualifierPhrase(q.value, language) + QLatin1Char(' ') + bare;
}

QString qualifierPhrase(Qualifier qualifier, const QString &language)
{
    Q_UNUSED(language); // the catalogs installed decide, until formatting takes a language
    const char *phrase = entry(qualifier).phrase;
    return *phrase ? QCoreApplication::translate("Figdeck::Format", phrase) : QString();
}

QString statusWord(Status status, const QString &language)
{
    Q_UNUSED(language);
    const char *word = entry(status).word;
    return *word ? QCoreApplication::translate("Figdeck::Format", word) : QString();
}

QString originText(const Metric &metric, const QString &language)
{
    if (metric.origin == Origin::Derived)
        return FormatText::tr("derived (%1)").arg(metric.derivation.text(language));
    return FormatText::tr("stated");
}

QString describeMetric(const Metric &metric, const QString &language)
{
    QString amount = formatBareValue(metric, language);
    const QString phrase = qualifierPhrase(metric.qualifier, language);
    if (!phrase.isEmpty())
        amount = phrase + QLatin1Char(' ') + amount;
    if (metric.unit.is(UnitKind::Count) && !metric.noun.isEmpty())
        amount += QLatin1Char(' ') + metric.noun.text(language);
    else if (!metric.measure.isEmpty())
        amount += QLatin1Char(' ') + FormatText::tr("(%1)").arg(metric.measure.text(language));

    QStringList notes;
    if (!metric.period.isEmpty())
        notes << periodText(metric, language);
    const QString status = statusWord(metric.status, language);
    if (!status.isEmpty())
        notes << status;
    notes << (metric.origin == Origin::Derived ? originText(metric, language)
                                               : FormatText::tr("stated by the source"));
    return FormatText::tr("%1: %2 (%3)")
        .arg(metric.label.text(language), amount, notes.join(QStringLiteral("; ")));
}

QString formatPeriodDate(const PeriodDate &date, const QString &language)
{
    // Forms of a closed table, per language (as the unit and qualifier tables hold their
    // signs): a chart's language may differ from the catalogs installed (a figure shown in
    // its pack's other language), so these do not come from a catalog.
    const bool chinese = (language.isEmpty() ? reportTextWordsLanguage() : language)
                             .startsWith(QLatin1String("zh"), Qt::CaseInsensitive);
    const QString year = QString::number(date.first.year());
    using P = PeriodDate::Precision;
    switch (date.precision) {
    case P::Year:
        return chinese ? QString(year + u'年') : year;
    case P::FirstMonths: {
        // "Jan–Aug 2025", "2025年1—8月": the months a text names, one way in every view.
        if (chinese)
            return year + QStringLiteral("年1—") + QString::number(date.last.month()) + u'月';
        return QStringLiteral("Jan–") +
               QLocale(QLocale::English).toString(date.last, QStringLiteral("MMM")) + u' ' + year;
    }
    case P::Months: {
        // "Mar–Aug 2025", "2025年3—8月".
        if (chinese)
            return year + u'年' + QString::number(date.first.month()) + u'—' +
                   QString::number(date.last.month()) + u'月';
        const QLocale english(QLocale::English);
        return english.toString(date.first, QStringLiteral("MMM")) + u'–' +
               english.toString(date.last, QStringLiteral("MMM")) + u' ' + year;
    }
    case P::Half: {
        const bool first = date.first.month() < 7;
        if (chinese)
            return year + (first ? QStringLiteral("年上半年") : QStringLiteral("年下半年"));
        return (first ? QStringLiteral("H1 ") : QStringLiteral("H2 ")) + year;
    }
    case P::Quarter: {
        const int quarter = (date.first.month() - 1) / 3; // 0-based
        if (chinese)
            return year + QStringLiteral("年第") + QStringLiteral("一二三四").at(quarter) +
                   QStringLiteral("季度");
        return u'Q' + QString::number(quarter + 1) + u' ' + year;
    }
    case P::Month:
        if (chinese)
            return year + u'年' + QString::number(date.first.month()) + u'月';
        return QLocale(QLocale::English).toString(date.first, QStringLiteral("MMM yyyy"));
    case P::Day:
        if (chinese)
            return year + u'年' + QString::number(date.first.month()) + u'月' +
                   QString::number(date.first.day()) + u'日';
        return QLocale(QLocale::English).toString(date.first, QStringLiteral("d MMM yyyy"));
    }
    return date.iso;
}

QString periodText(const Metric &metric, const QString &language)
{
    const QString text = metric.period.text(language);
    const std::optional<PeriodDate> code = PeriodDate::parse(text.trimmed());
    if (!code || code->precision == PeriodDate::Precision::Year)
        return text;
    return formatPeriodDate(*code, language);
}

QString choiceList(const QStringList &names)
{
    if (names.size() < 2)
        return names.value(0);
    // Both joins translated: Chinese lists take 、 and 或.
    QString head = names.constFirst();
    for (int i = 1; i + 1 < names.size(); ++i)
        head =
            FormatText::tr("%1, %2", "a list: the items so far, the next").arg(head, names.at(i));
    return FormatText::tr("%1 or %2").arg(head, names.constLast());
}

} // namespace Figdeck
