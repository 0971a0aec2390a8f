// SPDX-License-Identifier: GPL-3.0-or-later
#include "format.h"

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

QString number(double value, int maxDecimals)
{
    // Shortest faithful form: 1.2 stays 1.2, 165 stays 165, 6000 becomes 6,000.
    QLocale locale(QLocale::English);
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    QString s = locale.toString(value, 'f', maxDecimals);
    if (s.contains(QLatin1Char('.'))) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(QLatin1Char('.')))
            s.chop(1);
    }
    return s;
}

// 1.2e12 -> "1.2 trillion", 2e6 -> "2 million", 6000 -> "6,000". Languages that group large
// numbers by ten thousands (Chinese: 万, 亿) say so in their catalog: 165e9 -> "1,650亿".
QString scaled(double value)
{
    const double a = std::fabs(value);
    const bool myriad =
        FormatText::tr("short-scale", "number grouping of this language: "
                                      "'short-scale' (thousand, million, billion) "
                                      "or 'myriad' (10^4, 10^8)") == QLatin1String("myriad");
    if (myriad) {
        if (a >= 1e12)
            return FormatText::tr("%1 trillion").arg(number(value / 1e12, 2));
        if (a >= 1e8)
            return FormatText::tr("%1 hundred million", "myriad grouping: 10^8")
                .arg(number(value / 1e8, 2));
        if (a >= 1e4)
            return FormatText::tr("%1 ten thousand", "myriad grouping: 10^4")
                .arg(number(value / 1e4, 2));
        return number(value, 2);
    }
    if (a >= 1e12)
        return FormatText::tr("%1 trillion").arg(number(value / 1e12, 2));
    if (a >= 1e9)
        return FormatText::tr("%1 billion").arg(number(value / 1e9, 2));
    if (a >= 1e6)
        return FormatText::tr("%1 million").arg(number(value / 1e6, 2));
    return number(value, 2);
}

} // namespace

QString formatBareValue(const Metric &metric)
{
    switch (metric.unit) {
    case Unit::Percent:
        return number(metric.value, 2) + QLatin1Char('%');
    case Unit::CurrencyCNY:
        return QStringLiteral("¥") + scaled(metric.value);
    case Unit::CurrencyUSD:
        return QLatin1Char('$') + scaled(metric.value);
    case Unit::Count:
        break;
    }
    return scaled(metric.value);
}

QString formatValue(const Metric &metric)
{
    const QString bare = formatBareValue(metric);
    switch (metric.qualifier) {
    case Qualifier::Exact:
        return bare;
    case Qualifier::Approximate:
        return QStringLiteral("≈ ") + bare;
    case Qualifier::AtLeast:
        return QStringLiteral("≥ ") + bare;
    case Qualifier::MoreThan:
        if (metric.unit == Unit::Count)
            return bare + QLatin1Char('+');
        return QStringLiteral("> ") + bare;
    }
    return bare;
}

QString qualifierPhrase(Qualifier qualifier)
{
    switch (qualifier) {
    case Qualifier::Exact:
        return {};
    case Qualifier::MoreThan:
        return FormatText::tr("more than");
    case Qualifier::AtLeast:
        return FormatText::tr("at least");
    case Qualifier::Approximate:
        return FormatText::tr("roughly");
    }
    return {};
}

QString originText(const Metric &metric)
{
    if (metric.origin == Origin::Derived)
        return FormatText::tr("derived (%1)").arg(metric.derivation.text());
    return FormatText::tr("stated");
}

QString describeMetric(const Metric &metric)
{
    QString amount = formatBareValue(metric);
    const QString phrase = qualifierPhrase(metric.qualifier);
    if (!phrase.isEmpty())
        amount = phrase + QLatin1Char(' ') + amount;
    if (metric.unit == Unit::Count && !metric.noun.isEmpty())
        amount += QLatin1Char(' ') + metric.noun.text();
    else if (metric.unit == Unit::Percent && !metric.measure.isEmpty())
        amount += QLatin1Char(' ') + FormatText::tr("(%1)").arg(metric.measure.text());

    QStringList notes;
    if (!metric.period.isEmpty())
        notes << metric.period.text();
    if (metric.projected)
        notes << FormatText::tr("projected");
    notes << (metric.origin == Origin::Derived ? originText(metric)
                                               : FormatText::tr("stated by the source"));
    return FormatText::tr("%1: %2 (%3)")
        .arg(metric.label.text(), amount, notes.join(QStringLiteral("; ")));
}

} // namespace Figdeck
