// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplereport.h"

namespace Figdeck::Test {

namespace {

Metric metric(const QString &id, const QString &label, double value, Unit unit, Qualifier qualifier,
              const QString &quote)
{
    Metric m;
    m.id = id;
    m.label = Text(label);
    m.value = value;
    m.unit = unit;
    m.qualifier = qualifier;
    m.quote = quote;
    return m;
}

Caveat caveat(const QString &id, const QString &text, const QStringList &metricIds)
{
    return {id, Text(text), metricIds};
}

} // namespace

Report sampleReport()
{
    Report r;
    r.title = Text(QStringLiteral("Next-Generation Artificial Intelligence Science and Technology "
                                  "Industry Development Report 2026"));
    r.event = Text(QStringLiteral("2026 World Intelligent Industry Expo"));
    r.date = QStringLiteral("2026");

    Metric enterprises =
        metric(QStringLiteral("ai-enterprises"), QStringLiteral("AI enterprises in China"), 6000,
               Unit::Count, Qualifier::MoreThan, QStringLiteral("had surpassed 6,000"));
    enterprises.noun = Text(QStringLiteral("enterprises"));
    enterprises.period = Text(QStringLiteral("end of 2025"));
    Metric scale =
        metric(QStringLiteral("core-scale-cny"), QStringLiteral("Core AI industry scale"), 1.2e12,
               Unit::CurrencyCNY, Qualifier::MoreThan,
               QStringLiteral("core industry scale exceeding 1.2 trillion yuan"));
    scale.period = Text(QStringLiteral("end of 2025"));
    Metric scaleUsd =
        metric(QStringLiteral("core-scale-usd"),
               QStringLiteral("Core AI industry scale in US dollars"), 165e9, Unit::CurrencyUSD,
               Qualifier::Approximate, QStringLiteral("roughly 165 billion US dollars"));
    scaleUsd.equivalentOf = scale.id;
    scaleUsd.period = scale.period;
    Metric platforms = metric(QStringLiteral("innovation-platforms"),
                              QStringLiteral("National-level AI innovation platforms"), 47,
                              Unit::Count, Qualifier::Exact, QStringLiteral("has reached 47"));
    platforms.noun = Text(QStringLiteral("platforms"));
    Metric hospitals = metric(QStringLiteral("grade-3a-hospitals"),
                              QStringLiteral("Top-tier hospitals covered by agent-assisted "
                                             "diagnostic systems"),
                              300, Unit::Count, Qualifier::MoreThan,
                              QStringLiteral("now cover more than 300 top-tier (Grade 3A) "
                                             "hospitals"));
    hospitals.noun = Text(QStringLiteral("Grade 3A hospitals"));
    Metric jobs = metric(QStringLiteral("jobs-added"), QStringLiteral("Jobs added"), 2e6,
                         Unit::Count, Qualifier::MoreThan,
                         QStringLiteral("add more than 2 million jobs between 2026 and 2030"));
    jobs.noun = Text(QStringLiteral("jobs"));
    jobs.period = Text(QStringLiteral("2026-2030"));
    jobs.projected = true;

    auto share = [](const QString &id, const QString &label, double value, const QString &quote) {
        Metric m = metric(id, label, value, Unit::Percent, Qualifier::Exact, quote);
        m.measure = Text(QStringLiteral("share of companies"));
        m.period = Text(QStringLiteral("end of 2025"));
        return m;
    };
    const Metric foundation =
        share(QStringLiteral("layer-foundation"), QStringLiteral("Foundation layer"), 35,
              QStringLiteral("Foundation layer — 35%"));
    const Metric framework =
        share(QStringLiteral("layer-framework"), QStringLiteral("Framework layer"), 28,
              QStringLiteral("Framework layer — 28%"));
    const Metric application =
        share(QStringLiteral("layer-application"), QStringLiteral("Application layer"), 37,
              QStringLiteral("Application layer — 37%"));

    Metric clusters = metric(QStringLiteral("three-clusters-output"),
                             QStringLiteral("Beijing-Tianjin-Hebei, Yangtze River Delta and "
                                            "Greater Bay Area together"),
                             75, Unit::Percent, Qualifier::Exact,
                             QStringLiteral("together account for 75% of national output"));
    clusters.measure = Text(QStringLiteral("share of national output"));
    Metric rest =
        metric(QStringLiteral("rest-of-country-output"), QStringLiteral("Rest of the country"), 25,
               Unit::Percent, Qualifier::Exact, clusters.quote);
    rest.measure = clusters.measure;
    rest.origin = Origin::Derived;
    rest.derivation = Text(QStringLiteral("100 - 75"));

    Metric completion = metric(QStringLiteral("task-completion"),
                               QStringLiteral("Smart manufacturing: embodied-intelligence robots "
                                              "on automotive and 3C electronics lines"),
                               92, Unit::Percent, Qualifier::MoreThan,
                               QStringLiteral("task-completion rates above 92%"));
    completion.measure = Text(QStringLiteral("task-completion rate"));
    Metric misdiagnosis =
        metric(QStringLiteral("misdiagnosis-reduction"),
               QStringLiteral("Healthcare: agent-assisted diagnostic systems"), 15, Unit::Percent,
               Qualifier::Exact, QStringLiteral("reducing misdiagnosis rates by 15%"));
    misdiagnosis.measure = Text(QStringLiteral("reduction in misdiagnosis rates"));
    Metric intelligence = metric(QStringLiteral("single-machine-intelligence"),
                                 QStringLiteral("Embodied intelligence in industry, services and "
                                                "healthcare"),
                                 30, Unit::Percent, Qualifier::MoreThan,
                                 QStringLiteral("single-machine intelligence levels rising more "
                                                "than 30%"));
    intelligence.measure = Text(QStringLiteral("rise in single-machine intelligence levels"));

    r.metrics = {enterprises, scale,      scaleUsd,     platforms,   hospitals,
                 jobs,        foundation, framework,    application, clusters,
                 rest,        completion, misdiagnosis, intelligence};

    Figure headline;
    headline.id = QStringLiteral("headline");
    headline.title = Text(QStringLiteral("China's AI industry at a glance"));
    headline.kind = ChartKind::Tiles;
    headline.metricIds = {enterprises.id, scale.id,     scaleUsd.id,
                          platforms.id,   hospitals.id, jobs.id};
    headline.caveats = {
        caveat(QStringLiteral("usd-conversion"),
               QStringLiteral("The dollar amount is the article's rough conversion."),
               {scaleUsd.id}),
        caveat(QStringLiteral("jobs-projection"),
               QStringLiteral("The jobs figure is a projection, not an observation."), {jobs.id}),
    };

    Figure layers;
    layers.id = QStringLiteral("layer-shares");
    layers.title = Text(QStringLiteral("Core-industry companies by layer"));
    layers.kind = ChartKind::Shares;
    layers.metricIds = {foundation.id, framework.id, application.id};
    ShareGroup layerGroup;
    layerGroup.whole = Text(QStringLiteral("companies in the core industry"));
    layerGroup.partIds = layers.metricIds;
    layers.shares = layerGroup;
    layers.caveats = {caveat(QStringLiteral("companies-not-revenue"),
                             QStringLiteral("Shares of companies, not of revenue or output."),
                             layers.metricIds)};

    Figure clusterFigure;
    clusterFigure.id = QStringLiteral("cluster-output");
    clusterFigure.title = Text(QStringLiteral("Three clusters, three quarters of output"));
    clusterFigure.kind = ChartKind::PartWhole;
    clusterFigure.metricIds = {clusters.id, rest.id};
    ShareGroup output;
    output.whole = Text(QStringLiteral("national output"));
    output.partIds = clusterFigure.metricIds;
    clusterFigure.shares = output;
    clusterFigure.caveats = {
        caveat(QStringLiteral("no-split"),
               QStringLiteral("The report gives no split among the three clusters."),
               {clusters.id}),
        caveat(QStringLiteral("rest-derived"),
               QStringLiteral("The rest is derived as 100 - 75; the source does not state it."),
               {rest.id}),
    };

    Figure sectors;
    sectors.id = QStringLiteral("sector-metrics");
    sectors.title = Text(QStringLiteral("Deployment by sector"));
    sectors.kind = ChartKind::SmallMultiples;
    sectors.comparable = false;
    sectors.metricIds = {completion.id, misdiagnosis.id, intelligence.id};
    sectors.caveats = {caveat(QStringLiteral("different-kinds"),
                              QStringLiteral("A rate, a relative reduction and a relative rise: "
                                             "not comparable."),
                              sectors.metricIds)};

    r.figures = {headline, layers, clusterFigure, sectors};
    return r;
}

} // namespace Figdeck::Test
