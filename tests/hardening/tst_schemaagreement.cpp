// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON Schemas and the loader agree: every good and bad test pack goes through Debian's
// python3-jsonschema (schemacheck.py) with the schema of its version and through the loader, and
// both accept or both refuse, except for the rules a JSON Schema cannot express, listed below
// with their reasons.
#include "../model/modeltestdata.h"
#include "reportloader.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Figdeck;

namespace {

// Packs the loader refuses and the schema accepts: the rule is beyond what a schema says.
const QHash<QString, QString> &schemaCannotExpress()
{
    static const QHash<QString, QString> rules = {
        {u"bad-date.json"_qs, u"a real calendar date (month 13): a pattern checks digits only"_qs},
        {u"caveat-metric-not-in-figure.json"_qs,
         u"a caveat's metric ids refer to the figure's metric list (cross-reference)"_qs},
        {u"duplicate-caveat-id.json"_qs,
         u"ids unique across objects (uniqueItems compares whole objects)"_qs},
        {u"duplicate-figure-id.json"_qs,
         u"ids unique across objects (uniqueItems compares whole objects)"_qs},
        {u"duplicate-metric-id.json"_qs,
         u"ids unique across objects (uniqueItems compares whole objects)"_qs},
        {u"fractional-count.json"_qs,
         u"a whole number when unit is count (if/then could; schema v1 does not say it)"_qs},
        {u"negative-count.json"_qs,
         u"a non-negative count when unit is count (if/then could; schema v1 does not say it)"_qs},
        {u"share-out-of-range.json"_qs,
         u"a share part between 0 and 100: the part is a metric referred to by id"_qs},
        {u"share-part-not-percent.json"_qs,
         u"share parts are percent metrics: the parts are referred to by id"_qs},
        {u"share-sum.json"_qs,
         u"complete parts add up to the total (arithmetic over referenced metrics)"_qs},
        {u"incomplete-shares-exceed-total.json"_qs,
         u"incomplete parts stay under the total (arithmetic over referenced metrics)"_qs},
        {u"self-equivalent.json"_qs, u"equivalentOf names another metric (compares two values)"_qs},
        {u"unknown-caveat-metric.json"_qs,
         u"metric ids refer to existing metrics (cross-reference)"_qs},
        {u"unknown-equivalent.json"_qs,
         u"metric ids refer to existing metrics (cross-reference)"_qs},
        {u"unknown-figure-metric.json"_qs,
         u"metric ids refer to existing metrics (cross-reference)"_qs},
        {u"unknown-share-part.json"_qs,
         u"metric ids refer to existing metrics (cross-reference)"_qs},
        {u"text-without-report-language.json"_qs,
         u"a translated text has the report's own language (a key named by another value)"_qs},
        // Version 2.
        {u"v2-bad-source-date.json"_qs,
         u"a real calendar date (month 13): a pattern checks digits only"_qs},
        {u"v2-bars-not-comparable.json"_qs,
         u"values another figure marks not comparable (a cross-reference between figures)"_qs},
        {u"v2-duplicate-source-id.json"_qs,
         u"ids unique across objects (uniqueItems compares whole objects)"_qs},
        {u"v2-metric-in-two-series.json"_qs,
         u"a metric in one series only (uniqueness across several arrays)"_qs},
        {u"v2-mixed-measures-on-axis.json"_qs,
         u"one measure per axis: the figure's metrics are referred to by id"_qs},
        {u"v2-mixed-units-on-axis.json"_qs,
         u"one unit per axis: the figure's metrics are referred to by id"_qs},
        {u"v2-range-low-above-high.json"_qs,
         u"the low end of a range at most the high end (compares two values)"_qs},
        {u"v2-series-metric-without-date.json"_qs,
         u"a series' metrics have dates: the metrics are referred to by id"_qs},
        {u"v2-two-values-one-date.json"_qs,
         u"one value per date in a series: the metrics are referred to by id"_qs},
        {u"v2-unknown-equivalent.json"_qs,
         u"metric ids refer to existing metrics (cross-reference)"_qs},
        {u"v2-unknown-source.json"_qs,
         u"source ids refer to existing sources (cross-reference)"_qs},
        {u"lone-surrogate.json"_qs,
         u"an unpaired \\uD800 escape: Python's json reads it as a lone surrogate and the schema "
         "has no rule on code points"_qs},
    };
    return rules;
}

// The packs of each format version, with the schema that describes that version.
struct Version
{
    QString schema;
    QStringList dirs;
};

const QList<Version> &versions()
{
    static const QList<Version> list = {
        {u"" FIGDECK_SOURCE_DIR "/resources/schema/figdeck-report-v1.schema.json"_qs,
         {u"" FIGDECK_SOURCE_DIR "/tests/data/model/good"_qs,
          u"" FIGDECK_SOURCE_DIR "/tests/data/model/bad"_qs,
          u"" FIGDECK_SOURCE_DIR "/resources/reports"_qs}},
        {u"" FIGDECK_SOURCE_DIR "/resources/schema/figdeck-report-v2.schema.json"_qs,
         {u"" FIGDECK_SOURCE_DIR "/tests/data/model/v2/good"_qs,
          u"" FIGDECK_SOURCE_DIR "/tests/data/model/v2/bad"_qs}},
    };
    return list;
}

QStringList packs(const Version &version)
{
    QStringList files;
    for (const QString &dir : version.dirs)
        files << TestData::jsonFiles(dir);
    return files;
}

QStringList packs()
{
    QStringList files;
    for (const Version &version : versions())
        files << packs(version);
    return files;
}

} // namespace

class TestSchemaAgreement : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        const QString python = QStandardPaths::findExecutable(u"python3"_qs);
        if (python.isEmpty())
            QSKIP("python3 is not installed");
        for (const Version &version : versions()) {
            QProcess check;
            QStringList arguments{u"" FIGDECK_SOURCE_DIR "/tests/hardening/schemacheck.py"_qs,
                                  version.schema};
            arguments << packs(version);
            check.start(python, arguments);
            QVERIFY(check.waitForFinished(60000));
            if (check.exitCode() == 3)
                QSKIP("python3-jsonschema is not installed (packaging/install-deps.sh --test)");
            QVERIFY2(check.exitCode() == 0, check.readAllStandardError().constData());
            const QList<QByteArray> lines = check.readAllStandardOutput().split('\n');
            for (const QByteArray &line : lines) {
                const QList<QByteArray> fields = line.split('\t');
                if (fields.size() >= 2)
                    m_schema.insert(QString::fromUtf8(fields.at(1)),
                                    fields.at(0) == "valid" ? QString()
                                                            : QString::fromUtf8(fields.value(2)));
            }
        }
        QCOMPARE(m_schema.size(), packs().size());
    }

    void agree_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &path : packs())
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    }
    void agree()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const LoadResult loaded = parseReportPack(file.readAll(), path);
        const bool schemaAccepts = m_schema.value(path).isEmpty();
        const QString name = QFileInfo(path).fileName();
        const auto exception = schemaCannotExpress().constFind(name);
        if (exception != schemaCannotExpress().cend()) {
            // Listed: the schema accepts what only the loader can check; and the list stays
            // true (an entry the schema learns to refuse must leave it).
            QVERIFY2(schemaAccepts, qPrintable(u"the schema now refuses it, remove it from the "
                                               "list: "_qs +
                                               m_schema.value(path)));
            QVERIFY2(!loaded.ok(), "the loader accepts a pack listed as refused");
            return;
        }
        QVERIFY2(schemaAccepts == loaded.ok(),
                 qPrintable(u"schema %1 (%2), loader %3 (%4)"_qs.arg(
                     schemaAccepts ? u"accepts"_qs : u"refuses"_qs, m_schema.value(path),
                     loaded.ok() ? u"accepts"_qs : u"refuses"_qs,
                     loaded.diagnostics.value(0).toString())));
    }

private:
    QHash<QString, QString> m_schema; // path -> why the schema refuses it, empty when valid
};

QTEST_GUILESS_MAIN(TestSchemaAgreement)
#include "tst_schemaagreement.moc"
