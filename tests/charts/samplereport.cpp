// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplereport.h"

namespace Figdeck::Test {

using namespace Qt::StringLiterals;

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

Figure figure(const QString &id, const QString &title, ChartKind kind, const QList<Metric> &metrics)
{
    Figure f;
    f.id = id;
    f.title = Text(title);
    f.kind = kind;
    for (const Metric &m : metrics)
        f.metricIds << m.id;
    return f;
}

// The one source of a test report (a pack needs one): invented, never shipped.
Source testSource()
{
    Source s;
    s.title = Text(QStringLiteral("A test article"));
    s.url = QStringLiteral("https://example.org/test-article");
    return s;
}

// A share group of all the figure's metrics.
void setShares(Figure &figure, const QString &whole, bool complete = true)
{
    ShareGroup group;
    group.whole = Text(whole);
    group.complete = complete;
    group.partIds = figure.metricIds;
    figure.shares = group;
}

} // namespace

Report sampleReport()
{
    Report r;
    r.title = Text(QStringLiteral("Next-Generation Artificial Intelligence Science and Technology "
                                  "Industry Development Report 2026"));
    r.event = Text(QStringLiteral("2026 World Intelligent Industry Expo"));
    r.date = QStringLiteral("2026");
    r.sources = {testSource()};

    Metric enterprises =
        metric(QStringLiteral("ai-enterprises"), QStringLiteral("AI enterprises in China"), 6000,
               Unit::count(), Qualifier::MoreThan, QStringLiteral("had surpassed 6,000"));
    enterprises.noun = Text(QStringLiteral("enterprises"));
    enterprises.period = Text(QStringLiteral("end of 2025"));
    Metric scale =
        metric(QStringLiteral("core-scale-cny"), QStringLiteral("Core AI industry scale"), 1.2e12,
               Unit::currencyOf(QStringLiteral("CNY")), Qualifier::MoreThan,
               QStringLiteral("core industry scale exceeding 1.2 trillion yuan"));
    scale.period = Text(QStringLiteral("end of 2025"));
    Metric scaleUsd = metric(QStringLiteral("core-scale-usd"),
                             QStringLiteral("Core AI industry scale in US dollars"), 165e9,
                             Unit::currencyOf(QStringLiteral("USD")), Qualifier::Approximate,
                             QStringLiteral("roughly 165 billion US dollars"));
    scaleUsd.equivalentOf = scale.id;
    scaleUsd.period = scale.period;
    Metric platforms = metric(QStringLiteral("innovation-platforms"),
                              QStringLiteral("National-level AI innovation platforms"), 47,
                              Unit::count(), Qualifier::Exact, QStringLiteral("has reached 47"));
    platforms.noun = Text(QStringLiteral("platforms"));
    Metric hospitals = metric(QStringLiteral("grade-3a-hospitals"),
                              QStringLiteral("Top-tier hospitals covered by agent-assisted "
                                             "diagnostic systems"),
                              300, Unit::count(), Qualifier::MoreThan,
                              QStringLiteral("now cover more than 300 top-tier (Grade 3A) "
                                             "hospitals"));
    hospitals.noun = Text(QStringLiteral("Grade 3A hospitals"));
    Metric jobs = metric(QStringLiteral("jobs-added"), QStringLiteral("Jobs added"), 2e6,
                         Unit::count(), Qualifier::MoreThan,
                         QStringLiteral("add more than 2 million jobs between 2026 and 2030"));
    jobs.noun = Text(QStringLiteral("jobs"));
    jobs.period = Text(QStringLiteral("2026-2030"));
    jobs.status = Status::Projected;

    auto share = [](const QString &id, const QString &label, double value, const QString &quote) {
        Metric m = metric(id, label, value, Unit::percent(), Qualifier::Exact, quote);
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
                             75, Unit::percent(), Qualifier::Exact,
                             QStringLiteral("together account for 75% of national output"));
    clusters.measure = Text(QStringLiteral("share of national output"));
    Metric rest =
        metric(QStringLiteral("rest-of-country-output"), QStringLiteral("Rest of the country"), 25,
               Unit::percent(), Qualifier::Exact, clusters.quote);
    rest.measure = clusters.measure;
    rest.origin = Origin::Derived;
    rest.derivation = Text(QStringLiteral("100 - 75"));

    Metric completion = metric(QStringLiteral("task-completion"),
                               QStringLiteral("Smart manufacturing: embodied-intelligence robots "
                                              "on automotive and 3C electronics lines"),
                               92, Unit::percent(), Qualifier::MoreThan,
                               QStringLiteral("task-completion rates above 92%"));
    completion.measure = Text(QStringLiteral("task-completion rate"));
    Metric misdiagnosis =
        metric(QStringLiteral("misdiagnosis-reduction"),
               QStringLiteral("Healthcare: agent-assisted diagnostic systems"), 15, Unit::percent(),
               Qualifier::Exact, QStringLiteral("reducing misdiagnosis rates by 15%"));
    misdiagnosis.measure = Text(QStringLiteral("reduction in misdiagnosis rates"));
    Metric intelligence = metric(QStringLiteral("single-machine-intelligence"),
                                 QStringLiteral("Embodied intelligence in industry, services and "
                                                "healthcare"),
                                 30, Unit::percent(), Qualifier::MoreThan,
                                 QStringLiteral("single-machine intelligence levels rising more "
                                                "than 30%"));
    intelligence.measure = Text(QStringLiteral("rise in single-machine intelligence levels"));

    r.metrics = {enterprises, scale,      scaleUsd,     platforms,   hospitals,
                 jobs,        foundation, framework,    application, clusters,
                 rest,        completion, misdiagnosis, intelligence};

    Figure headline =
        figure(QStringLiteral("headline"), QStringLiteral("China's AI industry at a glance"),
               ChartKind::Tiles, {enterprises, scale, scaleUsd, platforms, hospitals, jobs});
    headline.caveats = {
        caveat(QStringLiteral("usd-conversion"),
               QStringLiteral("The dollar amount is the article's rough conversion."),
               {scaleUsd.id}),
        caveat(QStringLiteral("jobs-projection"),
               QStringLiteral("The jobs figure is a projection, not an observation."), {jobs.id}),
    };

    Figure layers =
        figure(QStringLiteral("layer-shares"), QStringLiteral("Core-industry companies by layer"),
               ChartKind::Shares, {foundation, framework, application});
    setShares(layers, QStringLiteral("companies in the core industry"));
    layers.caveats = {caveat(QStringLiteral("companies-not-revenue"),
                             QStringLiteral("Shares of companies, not of revenue or output."),
                             layers.metricIds)};

    Figure clusterFigure = figure(QStringLiteral("cluster-output"),
                                  QStringLiteral("Three clusters, three quarters of output"),
                                  ChartKind::PartWhole, {clusters, rest});
    setShares(clusterFigure, QStringLiteral("national output"));
    clusterFigure.caveats = {
        caveat(QStringLiteral("no-split"),
               QStringLiteral("The report gives no split among the three clusters."),
               {clusters.id}),
        caveat(QStringLiteral("rest-derived"),
               QStringLiteral("The rest is derived as 100 - 75; the source does not state it."),
               {rest.id}),
    };

    Figure sectors =
        figure(QStringLiteral("sector-metrics"), QStringLiteral("Deployment by sector"),
               ChartKind::SmallMultiples, {completion, misdiagnosis, intelligence});
    sectors.comparable = false;
    sectors.caveats = {caveat(QStringLiteral("different-kinds"),
                              QStringLiteral("A rate, a relative reduction and a relative rise: "
                                             "not comparable."),
                              sectors.metricIds)};

    r.figures = {headline, layers, clusterFigure, sectors};
    return r;
}

Report manyTilesReport(int count)
{
    Report r;
    r.title = Text(QStringLiteral("Many tiles"));
    r.sources = {testSource()};
    QList<Metric> metrics;
    for (int i = 1; i <= count; ++i) {
        Metric m = metric(u"group-%1"_s.arg(i), u"Group #%1"_s.arg(i), 1000 + 7 * i, Unit::count(),
                          Qualifier::Exact, u"%1 firms"_s.arg(1000 + 7 * i));
        m.noun = Text(QStringLiteral("firms"));
        metrics << m;
    }
    r.metrics = metrics;
    r.figures = {figure(QStringLiteral("many-tiles"), QStringLiteral("Many tiles"),
                        ChartKind::Tiles, metrics)};
    return r;
}

Report stressReport()
{
    Report r;
    r.title = Text(QStringLiteral("Layouts under stress"));

    QList<Metric> tiles = {
        metric(QStringLiteral("t-long"),
               QStringLiteral("A label long enough to need three lines in a tile at the size of "
                              "a window and more"),
               123456789, Unit::count(), Qualifier::AtLeast,
               QStringLiteral("at least 123,456,789")),
        metric(QStringLiteral("t-usd"), QStringLiteral("An amount in dollars"), 1.25e12,
               Unit::currencyOf(QStringLiteral("USD")), Qualifier::Approximate,
               QStringLiteral("about 1.25 trillion")),
        metric(QStringLiteral("t-cny"), QStringLiteral("The same amount in yuan"), 9.1e12,
               Unit::currencyOf(QStringLiteral("CNY")), Qualifier::MoreThan,
               QStringLiteral("over 9.1 trillion yuan")),
        metric(QStringLiteral("t-derived"), QStringLiteral("A derived count"), 12, Unit::count(),
               Qualifier::Exact, QStringLiteral("12")),
        metric(QStringLiteral("t-projected"), QStringLiteral("A projection"), 3.5e6, Unit::count(),
               Qualifier::MoreThan, QStringLiteral("more than 3.5 million")),
        metric(QStringLiteral("t-percent"), QStringLiteral("A rate"), 99.5, Unit::percent(),
               Qualifier::Exact, QStringLiteral("99.5%")),
        metric(QStringLiteral("t-plain"), QStringLiteral("Plain"), 7, Unit::count(),
               Qualifier::Exact, QStringLiteral("7")),
    };
    tiles[0].noun = Text(QStringLiteral("things counted with a noun that is long as well"));
    tiles[0].period = Text(QStringLiteral("first half of 2026, as of the last day of June"));
    tiles[1].equivalentOf = QStringLiteral("t-cny");
    tiles[3].origin = Origin::Derived;
    tiles[3].derivation = Text(QStringLiteral("47 - 35"));
    tiles[3].noun = Text(QStringLiteral("platforms"));
    tiles[4].status = Status::Projected;
    tiles[4].noun = Text(QStringLiteral("jobs"));
    tiles[5].measure = Text(QStringLiteral("uptime"));
    Figure tileFigure = figure(QStringLiteral("stress-tiles"), QStringLiteral("Seven tiles"),
                               ChartKind::Tiles, tiles);
    for (int i = 0; i < 5; ++i)
        tileFigure.caveats << caveat(QStringLiteral("c%1").arg(i),
                                     QStringLiteral("Caveat %1").arg(i),
                                     {QStringLiteral("t-long"), QStringLiteral("t-usd")});

    QList<Metric> shares = {
        metric(QStringLiteral("s-first"), QStringLiteral("A first part with a long name to wrap"),
               35, Unit::percent(), Qualifier::Exact, QStringLiteral("35%")),
        metric(QStringLiteral("s-second"), QStringLiteral("Second"), 28, Unit::percent(),
               Qualifier::MoreThan, QStringLiteral("more than 28%")),
        metric(QStringLiteral("s-third"), QStringLiteral("Third"), 4, Unit::percent(),
               Qualifier::Exact, QStringLiteral("4%")),
    };
    Figure shareFigure =
        figure(QStringLiteral("stress-shares"), QStringLiteral("Parts that leave a rest"),
               ChartKind::Shares, shares);
    setShares(shareFigure, QStringLiteral("everything counted"), false);

    QList<Metric> partWhole = {
        metric(QStringLiteral("p-part"), QStringLiteral("Nearly all of it, stated"), 92,
               Unit::percent(), Qualifier::Exact, QStringLiteral("92%")),
        metric(QStringLiteral("p-rest"), QStringLiteral("The small rest of it"), 8, Unit::percent(),
               Qualifier::Exact, QStringLiteral("92%")),
    };
    partWhole[1].origin = Origin::Derived;
    partWhole[1].derivation = Text(QStringLiteral("100 - 92"));
    Figure partFigure =
        figure(QStringLiteral("stress-part-whole"), QStringLiteral("A narrow derived rest"),
               ChartKind::PartWhole, partWhole);
    setShares(partFigure, QStringLiteral("the whole"));

    QList<Metric> multiples = {
        metric(QStringLiteral("m-rise"), QStringLiteral("A rise above the whole"), 150,
               Unit::percent(), Qualifier::MoreThan, QStringLiteral("more than 150%")),
        metric(QStringLiteral("m-count"), QStringLiteral("A count among rates"), 300, Unit::count(),
               Qualifier::MoreThan, QStringLiteral("more than 300")),
        metric(QStringLiteral("m-small"), QStringLiteral("Small"), 2, Unit::percent(),
               Qualifier::AtLeast, QStringLiteral("at least 2%")),
        metric(QStringLiteral("m-full"), QStringLiteral("Full"), 100, Unit::percent(),
               Qualifier::Exact, QStringLiteral("100%")),
        metric(QStringLiteral("m-about"), QStringLiteral("About half"), 50, Unit::percent(),
               Qualifier::Approximate, QStringLiteral("about 50%")),
    };
    multiples[0].measure = Text(QStringLiteral("rise in output per machine over two years"));
    multiples[1].noun = Text(QStringLiteral("hospitals"));
    multiples[1].period = Text(QStringLiteral("2025"));
    Figure multipleFigure =
        figure(QStringLiteral("stress-small-multiples"), QStringLiteral("Five of a kind each"),
               ChartKind::SmallMultiples, multiples);
    multipleFigure.comparable = false;

    r.metrics = tiles + shares + partWhole + multiples;
    // The part-whole metrics as a donut: a derived slice.
    Figure derivedShares = partFigure;
    derivedShares.id = QStringLiteral("stress-derived-shares");
    derivedShares.title = Text(QStringLiteral("A derived slice"));
    derivedShares.kind = ChartKind::Shares;

    r.figures = {tileFigure, shareFigure, partFigure, multipleFigure, derivedShares};
    return r;
}

Report withQualifier(Report report, const QString &metricId, Qualifier qualifier)
{
    for (Metric &m : report.metrics) {
        if (m.id == metricId)
            m.qualifier = qualifier;
    }
    return report;
}

} // namespace Figdeck::Test

namespace Figdeck::Test {

using namespace Qt::StringLiterals;

Report axisReport()
{
    // Invented numbers, shaped like the reports users bring (EV shares by market, a change
    // that fell, brands over quarters): never shipped as a real report.
    Report r;
    r.title = Text(QStringLiteral("Axis sample"));
    r.date = QStringLiteral("2024");
    r.sources = {testSource()};
    auto add = [&](const QString &id, const QString &label, double value, Unit unit, Qualifier q,
                   const QString &period, const QString &measure) -> Metric & {
        Metric m = metric(id, label, value, unit, q, QStringLiteral("quote of ") + id);
        m.period = Text(period);
        m.date = PeriodDate::parse(period); // nullopt for a span such as "2019-2024"
        m.measure = Text(measure);
        r.metrics << m;
        return r.metrics.last();
    };
    const QString share = QStringLiteral("share of new cars that are electric");
    add(QStringLiteral("ev-norway"), QStringLiteral("Norway"), 93, Unit::percent(),
        Qualifier::Exact, QStringLiteral("2023"), share);
    add(QStringLiteral("ev-china"), QStringLiteral("China"), 38, Unit::percent(),
        Qualifier::MoreThan, QStringLiteral("2023"), share);
    add(QStringLiteral("ev-europe"), QStringLiteral("Europe"), 21, Unit::percent(),
        Qualifier::Approximate, QStringLiteral("2023"), share);
    Metric &usa = add(QStringLiteral("ev-usa"), QStringLiteral("United States"), 10,
                      Unit::percent(), Qualifier::Exact, QStringLiteral("2024"), share);
    usa.status = Status::Projected;
    Metric &rest = add(QStringLiteral("ev-rest"), QStringLiteral("Rest of the world"), 4,
                       Unit::percent(), Qualifier::Exact, QStringLiteral("2023"), share);
    rest.origin = Origin::Derived;
    rest.derivation = Text(QStringLiteral("14 - 10"));
    Figure bars = figure(QStringLiteral("ev-share-bars"), QStringLiteral("Electric-car share"),
                         ChartKind::Bars, {});
    bars.order = BarOrder::Value; // listed China first: the chart ranks Norway first
    bars.metricIds = {QStringLiteral("ev-china"), QStringLiteral("ev-norway"),
                      QStringLiteral("ev-europe"), QStringLiteral("ev-usa"),
                      QStringLiteral("ev-rest")};
    r.figures << bars;

    const QString change = QStringLiteral("change in output");
    add(QStringLiteral("chg-coal"), QStringLiteral("Coal"), -61, Unit::percent(), Qualifier::Exact,
        QStringLiteral("2019-2024"), change);
    add(QStringLiteral("chg-gas"), QStringLiteral("Gas"), -12, Unit::percent(), Qualifier::Exact,
        QStringLiteral("2019-2024"), change);
    add(QStringLiteral("chg-solar"), QStringLiteral("Solar"), 150, Unit::percent(),
        Qualifier::MoreThan, QStringLiteral("2019-2024"), change);
    add(QStringLiteral("chg-wind"), QStringLiteral("Wind"), 40, Unit::percent(), Qualifier::Exact,
        QStringLiteral("2019-2024"), change);
    Figure falls = figure(QStringLiteral("power-change-bars"), QStringLiteral("Falls and rises"),
                          ChartKind::Bars, {});
    falls.metricIds = {QStringLiteral("chg-coal"), QStringLiteral("chg-gas"),
                       QStringLiteral("chg-solar"), QStringLiteral("chg-wind")};
    r.figures << falls;

    // One series over years with a gap (2021) and a projection.
    const QStringList years = {QStringLiteral("2020"), QStringLiteral("2022"),
                               QStringLiteral("2023"), QStringLiteral("2025")};
    const QList<double> values = {4, 14, 18, 25};
    Figure single = figure(QStringLiteral("ev-share-series"),
                           QStringLiteral("Electric-car share over time"), ChartKind::Series, {});
    single.style = FigureStyle::Line;
    for (int i = 0; i < years.size(); ++i) {
        Metric &m = add(QStringLiteral("world-") + years.at(i), QStringLiteral("World"),
                        values.at(i), Unit::percent(),
                        i == 2 ? Qualifier::AtLeast : Qualifier::Exact, years.at(i), share);
        m.status = i == 3 ? Status::Projected : Status::Observed;
        single.metricIds << m.id;
    }
    // 2021 stated only for a brand: for the world it is a gap.
    r.figures << single;

    // Several series over quarters: brands, one with a missing quarter.
    const QStringList quarters = {QStringLiteral("2023-Q1"), QStringLiteral("2023-Q2"),
                                  QStringLiteral("2023-Q3"), QStringLiteral("2023-Q4")};
    Figure brands = figure(QStringLiteral("brand-series"), QStringLiteral("Brands by quarter"),
                           ChartKind::Series, {});
    const QStringList names = {QStringLiteral("Huawei"), QStringLiteral("Apple"),
                               QStringLiteral("Others")};
    const QList<QList<double>> shares = {{14, 16, 18, 20}, {20, 17, -1, 15}, {30, 31, 29, 28}};
    for (int b = 0; b < names.size(); ++b) {
        Series series;
        series.label = Text(names.at(b));
        for (int q = 0; q < quarters.size(); ++q) {
            if (shares.at(b).at(q) < 0)
                continue;
            Metric &m = add(names.at(b).toLower() + QLatin1Char('-') + quarters.at(q).toLower(),
                            names.at(b), shares.at(b).at(q), Unit::percent(), Qualifier::Exact,
                            quarters.at(q), QStringLiteral("share of smartphone sales"));
            brands.metricIds << m.id;
            series.metricIds << m.id;
        }
        brands.series << series;
    }
    r.figures << brands;
    // The same brands as a donut: the same label keeps its colour.
    Figure donut =
        figure(QStringLiteral("brand-donut"), QStringLiteral("Brands, Q4"), ChartKind::Shares, {});
    donut.metricIds = {QStringLiteral("apple-2023-q4"), QStringLiteral("huawei-2023-q4"),
                       QStringLiteral("others-2023-q4")};
    setShares(donut, QStringLiteral("smartphone sales"), false);
    r.figures << donut;
    return r;
}

} // namespace Figdeck::Test
