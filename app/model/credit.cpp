// SPDX-License-Identifier: GPL-3.0-or-later
#include "credit.h"

#include <QCoreApplication>

namespace Figdeck {

namespace {

// The strings of the credit, which lupdate files under "Figdeck::Model" with the tables' texts.
class CreditText
{
    Q_DECLARE_TR_FUNCTIONS(Figdeck::Model)
};

} // namespace

QList<const Source *> sourcesOfReport(const Report &report)
{
    QList<const Metric *> metrics;
    metrics.reserve(report.metrics.size());
    for (const Metric &m : report.metrics)
        metrics << &m;
    QList<const Source *> result = report.sourcesOf(metrics);
    for (const Source &s : report.sources) {
        if (!result.contains(&s))
            result << &s;
    }
    return result;
}

QString sourceCredit(const Report &report, const Source &source, const CreditOptions &options)
{
    const QString &language = options.language;
    const QString work =
        report.sources.size() == 1 ? report.title.text(language) : source.title.text(language);
    const QString publisher = source.publisher.text(language);
    const bool url = options.withUrls && !source.url.isEmpty();
    if (source.kind == SourceKind::NewsSummary && !isBlankText(publisher)) {
        if (url)
            return CreditText::tr("%1, as summarised by %2 (%3)").arg(work, publisher, source.url);
        return CreditText::tr("%1, as summarised by %2").arg(work, publisher);
    }
    if (url)
        return CreditText::tr("%1 (%2)").arg(work, source.url);
    return work;
}

namespace {

// "Source: A" / "Sources: A; B" of the parts, for credits and lists of references alike.
QString sourcesLine(const QStringList &parts)
{
    if (parts.isEmpty())
        return {};
    QString list = parts.first();
    for (qsizetype i = 1; i < parts.size(); ++i) {
        //: Joins the credits of two sources in "Sources: A; B".
        list = CreditText::tr("%1; %2").arg(list, parts.at(i));
    }
    return parts.size() == 1 ? CreditText::tr("Source: %1").arg(list)
                             : CreditText::tr("Sources: %1").arg(list);
}

} // namespace

QString creditLine(const Report &report, const QList<const Source *> &sources,
                   const CreditOptions &options)
{
    QStringList parts;
    for (const Source *s : sources)
        parts << sourceCredit(report, *s, options);
    return sourcesLine(parts);
}

QString referenceLine(const QList<const Source *> &sources, const QString &language)
{
    QStringList parts;
    for (const Source *s : sources)
        parts << sourceReference(*s, language);
    return sourcesLine(parts);
}

QString figureCredit(const Report &report, const Figure &figure, const CreditOptions &options)
{
    return creditLine(report, report.sourcesOf(figure), options);
}

QString metricCredit(const Report &report, const Metric &metric, const CreditOptions &options)
{
    return creditLine(report, report.sourcesOf(QList<const Metric *>{&metric}), options);
}

QString reportCredit(const Report &report, const CreditOptions &options)
{
    return creditLine(report, sourcesOfReport(report), options);
}

QString sourceReference(const Source &source, const QString &language)
{
    QStringList parts{source.title.text(language)};
    if (!source.publisher.isEmpty())
        parts << source.publisher.text(language);
    if (!source.date.isEmpty())
        parts << source.date;
    if (!source.url.isEmpty())
        parts << source.url;
    return parts.join(QStringLiteral(" — "));
}

QUrl openableSourceUrl(const Source &source)
{
    const QUrl url(source.url, QUrl::StrictMode);
    if (url.isValid() &&
        (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")))
        return url;
    return {};
}

} // namespace Figdeck
