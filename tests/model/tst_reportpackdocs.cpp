// SPDX-License-Identifier: GPL-3.0-or-later
// The reference page and the JSON Schemas (versions 1 and 2) against the loader: every field the
// format has is documented and described, the schemas are valid JSON, their enumerations are the
// model's tables, and they accept the good packs and refuse bad ones.
#include "modeltestdata.h"
#include "reportloader.h"
#include "validate.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

#include <cmath>
#include <functional>

using namespace Figdeck;
using namespace Figdeck::TestData;
using namespace Qt::StringLiterals;

namespace {

// A report that sets every field of the format, optional ones included, so that writing it
// produces every key the format has.
Report everyField()
{
    Report r;
    r.language = u"en"_s;
    r.title = Text(u"A report"_s);
    r.issuer = Text(u"An institute"_s);
    r.event = Text(u"A fair"_s);
    r.date = u"2026-05-17"_s;
    Source source;
    source.title = Text(u"An article"_s);
    source.url = u"https://example.org/a"_s;
    source.kind = SourceKind::Report;
    source.publisher = Text(u"A newspaper"_s);
    r.sources = {source};

    Metric a;
    a.id = u"a"_s;
    a.label = Text(u"Part A"_s);
    a.value = 60;
    a.unit = Unit::percent();
    a.noun = Text(u"firms"_s);
    a.measure = Text(u"share of firms"_s);
    a.period = Text(u"2025"_s);
    a.qualifier = Qualifier::Approximate;
    a.status = Status::Projected;
    a.origin = Origin::Derived;
    a.derivation = Text(u"100 - 40"_s);
    a.quote = u"B is 40%"_s;
    a.equivalentOf = u"b"_s;
    a.source = u"source"_s;
    Metric b = a;
    b.id = u"b"_s;
    b.value = 40;
    b.origin = Origin::Stated;
    b.derivation = Text();
    b.equivalentOf.clear();
    r.metrics = {a, b};

    Figure shares;
    shares.id = u"shares"_s;
    shares.title = Text(u"Shares"_s);
    shares.subtitle = Text(u"Of firms"_s);
    shares.kind = ChartKind::Shares;
    shares.metricIds = {u"a"_s, u"b"_s};
    shares.shares = ShareGroup{Text(u"firms"_s), 100, true, {u"a"_s, u"b"_s}};
    shares.findings = {Finding{Text(u"A leads."_s), u"B is 40%"_s}};
    shares.caveats = {Caveat{u"derived"_s, Text(u"A is derived."_s), {u"a"_s}}};
    Figure multiples = shares;
    multiples.id = u"multiples"_s;
    multiples.kind = ChartKind::SmallMultiples;
    multiples.shares.reset();
    multiples.comparable = false;
    multiples.caveats = {Caveat{u"kinds"_s, Text(u"Different kinds."_s), {u"b"_s}}};
    r.figures = {shares, multiples};

    r.sections = {Section{u"s"_s, Text(u"Section"_s), {Finding{Text(u"Said."_s), QString()}}}};
    r.caveats = {Caveat{u"news"_s, Text(u"A summary."_s), {u"b"_s}}};
    return r;
}

void collectKeys(const QJsonValue &value, QSet<QString> &keys)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            keys.insert(it.key());
            collectKeys(it.value(), keys);
        }
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectKeys(item, keys);
    }
}

void collectSchemaProperties(const QJsonValue &value, QSet<QString> &names)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == u"properties"_s && it.value().isObject()) {
                const QStringList keys = it.value().toObject().keys();
                for (const QString &key : keys)
                    names.insert(key);
            }
            collectSchemaProperties(it.value(), names);
        }
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectSchemaProperties(item, names);
    }
}

// A validator for the part of JSON Schema 2020-12 that the shipped schema uses. Keywords it does
// not know make the test fail (see schemaUsesOnlyCheckedKeywords), so it cannot silently pass.
class MiniSchema
{
public:
    static const QSet<QString> &keywords()
    {
        static const QSet<QString> known = {u"$schema"_s,
                                            u"$id"_s,
                                            u"$defs"_s,
                                            u"$ref"_s,
                                            u"title"_s,
                                            u"description"_s,
                                            u"type"_s,
                                            u"const"_s,
                                            u"enum"_s,
                                            u"required"_s,
                                            u"properties"_s,
                                            u"additionalProperties"_s,
                                            u"propertyNames"_s,
                                            u"minProperties"_s,
                                            u"items"_s,
                                            u"minItems"_s,
                                            u"uniqueItems"_s,
                                            u"pattern"_s,
                                            u"minimum"_s,
                                            u"maximum"_s,
                                            u"exclusiveMinimum"_s,
                                            u"maxItems"_s,
                                            u"multipleOf"_s,
                                            u"oneOf"_s,
                                            u"allOf"_s,
                                            u"if"_s,
                                            u"then"_s,
                                            u"else"_s,
                                            u"not"_s};
        return known;
    }

    explicit MiniSchema(const QJsonObject &root)
        : m_root(root)
    {
    }

    bool accepts(const QJsonValue &value) const { return check(m_root, value); }

private:
    bool check(const QJsonObject &schema, const QJsonValue &v) const
    {
        if (schema.contains(u"$ref"_s)) {
            const QString ref = schema.value(u"$ref"_s).toString();
            const QString name = ref.mid(QStringLiteral("#/$defs/").size());
            if (!check(m_root.value(u"$defs"_s).toObject().value(name).toObject(), v))
                return false;
        }
        if (schema.contains(u"type"_s) && !hasType(v, schema.value(u"type"_s).toString()))
            return false;
        if (schema.contains(u"const"_s) && schema.value(u"const"_s) != v)
            return false;
        if (schema.contains(u"enum"_s) && !schema.value(u"enum"_s).toArray().contains(v))
            return false;
        if (v.isString() && schema.contains(u"pattern"_s)) {
            const QRegularExpression pattern(schema.value(u"pattern"_s).toString());
            if (!pattern.match(v.toString()).hasMatch())
                return false;
        }
        if (v.isDouble() && !numberOk(schema, v.toDouble()))
            return false;
        if (v.isObject() && !objectOk(schema, v.toObject()))
            return false;
        if (v.isArray() && !arrayOk(schema, v.toArray()))
            return false;
        if (schema.contains(u"oneOf"_s)) {
            int matches = 0;
            for (const QJsonValue &option : schema.value(u"oneOf"_s).toArray())
                matches += check(option.toObject(), v) ? 1 : 0;
            if (matches != 1)
                return false;
        }
        for (const QJsonValue &part : schema.value(u"allOf"_s).toArray()) {
            if (!check(part.toObject(), v))
                return false;
        }
        if (schema.contains(u"if"_s)) {
            const bool condition = check(schema.value(u"if"_s).toObject(), v);
            const QString branch = condition ? u"then"_s : u"else"_s;
            if (schema.contains(branch) && !check(schema.value(branch).toObject(), v))
                return false;
        }
        if (schema.contains(u"not"_s) && check(schema.value(u"not"_s).toObject(), v))
            return false;
        return true;
    }

    static bool hasType(const QJsonValue &v, const QString &type)
    {
        if (type == u"object"_s)
            return v.isObject();
        if (type == u"array"_s)
            return v.isArray();
        if (type == u"string"_s)
            return v.isString();
        if (type == u"number"_s)
            return v.isDouble();
        if (type == u"boolean"_s)
            return v.isBool();
        return false;
    }

    static bool numberOk(const QJsonObject &schema, double n)
    {
        if (schema.contains(u"minimum"_s) && n < schema.value(u"minimum"_s).toDouble())
            return false;
        if (schema.contains(u"maximum"_s) && n > schema.value(u"maximum"_s).toDouble())
            return false;
        if (schema.contains(u"multipleOf"_s) &&
            std::fmod(n, schema.value(u"multipleOf"_s).toDouble()) != 0)
            return false;
        return !schema.contains(u"exclusiveMinimum"_s) ||
               n > schema.value(u"exclusiveMinimum"_s).toDouble();
    }

    bool objectOk(const QJsonObject &schema, const QJsonObject &o) const
    {
        for (const QJsonValue &name : schema.value(u"required"_s).toArray()) {
            if (!o.contains(name.toString()))
                return false;
        }
        if (o.size() < schema.value(u"minProperties"_s).toInt(0))
            return false;
        const QJsonObject properties = schema.value(u"properties"_s).toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (schema.contains(u"propertyNames"_s) &&
                !check(schema.value(u"propertyNames"_s).toObject(), it.key())) {
                return false;
            }
            if (properties.contains(it.key())) {
                if (!check(properties.value(it.key()).toObject(), it.value()))
                    return false;
            } else if (schema.value(u"additionalProperties"_s).isObject() &&
                       !check(schema.value(u"additionalProperties"_s).toObject(), it.value())) {
                return false;
            }
        }
        return true;
    }

    bool arrayOk(const QJsonObject &schema, const QJsonArray &a) const
    {
        if (a.size() < schema.value(u"minItems"_s).toInt(0))
            return false;
        if (schema.contains(u"maxItems"_s) && a.size() > schema.value(u"maxItems"_s).toInt())
            return false;
        if (schema.value(u"uniqueItems"_s).toBool()) {
            for (int i = 0; i < a.size(); ++i) {
                for (int j = i + 1; j < a.size(); ++j) {
                    if (a.at(i) == a.at(j))
                        return false;
                }
            }
        }
        if (schema.contains(u"items"_s)) {
            for (const QJsonValue &item : a) {
                if (!check(schema.value(u"items"_s).toObject(), item))
                    return false;
            }
        }
        return true;
    }

    QJsonObject m_root;
};

void collectSchemaKeywords(const QJsonObject &schema, QSet<QString> &keywords)
{
    for (auto it = schema.begin(); it != schema.end(); ++it) {
        keywords.insert(it.key());
        const QJsonValue v = it.value();
        if (it.key() == u"properties"_s || it.key() == u"$defs"_s) {
            const QJsonObject children = v.toObject();
            for (auto c = children.begin(); c != children.end(); ++c)
                collectSchemaKeywords(c.value().toObject(), keywords);
        } else if (it.key() == u"oneOf"_s || it.key() == u"allOf"_s) {
            for (const QJsonValue &option : v.toArray())
                collectSchemaKeywords(option.toObject(), keywords);
        } else if (v.isObject() && it.key() != u"const"_s) {
            collectSchemaKeywords(v.toObject(), keywords);
        }
    }
}

QJsonObject readJson(const QString &path)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(readFile(path), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qFatal("%s: %s", qPrintable(path), qPrintable(error.errorString()));
    return document.object();
}

// The unit names of the table that the file spells by name (not currencies or custom units).
QStringList unitNames()
{
    QStringList names;
    for (const UnitKindEntry &e : unitKindTable()) {
        if (e.value != UnitKind::Currency && e.value != UnitKind::Custom)
            names << QString(e.name);
    }
    return names;
}

// The enumeration at definition/property of a schema (the definition's own when property is
// empty).
QStringList schemaEnum(const QJsonObject &schema, const QString &definition,
                       const QString &property)
{
    QJsonObject at = schema.value(u"$defs"_s).toObject().value(definition).toObject();
    if (!property.isEmpty())
        at = at.value(u"properties"_s).toObject().value(property).toObject();
    QStringList names;
    for (const QJsonValue &v : at.value(u"enum"_s).toArray())
        names << v.toString();
    return names;
}

} // namespace

class TestReportPackDocs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyFieldRoundTrips();
    void referencePageDocumentsEveryField();
    void referencePageDocumentsVersion2();
    void schemaDescribesExactlyTheFields_data();
    void schemaDescribesExactlyTheFields();
    void schemaEnumerationsMatchTheModel_data();
    void schemaEnumerationsMatchTheModel();
    void schemaStylesPerKindMatchTheModel();
    void schemaUsesOnlyCheckedKeywords_data();
    void schemaUsesOnlyCheckedKeywords();
    void schemaAcceptsGoodPacks_data();
    void schemaAcceptsGoodPacks();
    void schemaRefusesBadPacks_data();
    void schemaRefusesBadPacks();
    void dateFormsAgreeWithTheTable_data();
    void dateFormsAgreeWithTheTable();

private:
    const QJsonObject &schema(int version) const { return version == 1 ? m_schema : m_schemaV2; }

    QJsonObject m_schema;
    QJsonObject m_schemaV2;
    QString m_page;
    QSet<QString> m_keys;
    QSet<QString> m_keysV2; // every key a version-2 pack may have
};

void TestReportPackDocs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_schema = readJson(sourcePath(u"resources/schema/figdeck-report-v1.schema.json"_s));
    m_schemaV2 = readJson(sourcePath(u"resources/schema/figdeck-report-v2.schema.json"_s));
    for (const QJsonObject *s : {&m_schema, &m_schemaV2}) {
        QCOMPARE(s->value(u"$schema"_s).toString(),
                 u"https://json-schema.org/draft/2020-12/schema"_s);
    }
    m_page = QString::fromUtf8(readFile(sourcePath(u"resources/report-pack-format.md"_s)));
    collectKeys(QJsonDocument::fromJson(serializeReportPack(everyField())).object(), m_keys);
    QVERIFY(m_keys.size() > 30);

    // Version 2: the keys of version 1 (all still read), of the pack that uses every version-2
    // feature, and of what the writer writes for it.
    m_keysV2 = m_keys;
    const QString features = modelPath(u"v2/good/v2-features.figdeck.json"_s);
    collectKeys(readJson(features), m_keysV2);
    const LoadResult loaded = loadReportPack(features);
    QVERIFY2(loaded.ok(), qPrintable(describe(loaded)));
    collectKeys(QJsonDocument::fromJson(serializeReportPack(*loaded.report)).object(), m_keysV2);
    for (const char *key : {"sources", "range", "status", "series", "as", "order", "symbol", "name",
                            "scale", "rate", "metric", "label"})
        QVERIFY2(m_keysV2.contains(QString::fromLatin1(key)), key);
}

void TestReportPackDocs::everyFieldRoundTrips()
{
    // The parser accepts every key the writer writes (no "unknown field" warning) and keeps
    // every value.
    const Report report = everyField();
    const LoadResult result = parseReportPack(serializeReportPack(report), u"every.json"_s);
    QVERIFY2(result.diagnostics.isEmpty(), qPrintable(describe(result)));
    QVERIFY(*result.report == report);
}

void TestReportPackDocs::referencePageDocumentsEveryField()
{
    for (const QString &key : std::as_const(m_keys)) {
        QVERIFY2(m_page.contains(u"| `"_s + key + u"` |"_s),
                 qPrintable(u"no table row for `"_s + key + u'`'));
    }
    for (const QString &name : (QStringList{u"percent"_s, u"count"_s, u"CNY"_s, u"USD"_s}) +
                                   namesOf(qualifierTable(), 1) + namesOf(originTable(), 1) +
                                   namesOf(figureKindTable(), 1) + namesOf(sourceKindTable(), 1)) {
        QVERIFY2(m_page.contains(u"`\""_s + name + u"\"`"_s), qPrintable(name));
    }
    QVERIFY(m_page.contains(u"zh-Hans"_s));
    QVERIFY(m_page.contains(u"FILE:LINE:COL: error: PATH: message"_s));
}

void TestReportPackDocs::referencePageDocumentsVersion2()
{
    // Every key of version 2 has a table row, and every value of every closed list (from the
    // model's tables, at version 2) and every currency of the table is named on the page.
    for (const QString &key : std::as_const(m_keysV2)) {
        QVERIFY2(m_page.contains(u"| `"_s + key + u"` |"_s),
                 qPrintable(u"no table row for `"_s + key + u'`'));
    }
    QStringList names = unitNames() + namesOf(qualifierTable()) + namesOf(statusTable()) +
                        namesOf(originTable()) + namesOf(figureKindTable()) +
                        namesOf(sourceKindTable()) + namesOf(figureStyleTable()) +
                        namesOf(barOrderTable()) + namesOf(unitScaleTable());
    for (const CurrencyEntry &e : currencyTable())
        names << QString(e.code);
    for (const QString &name : std::as_const(names))
        QVERIFY2(m_page.contains(u"`\""_s + name + u"\"`"_s), qPrintable(name));
    QVERIFY(m_page.contains(u"# Version 2"_s));
    QVERIFY(m_page.contains(u"figdeck-report-v2.schema.json"_s));
}

void TestReportPackDocs::schemaDescribesExactlyTheFields_data()
{
    QTest::addColumn<int>("version");
    QTest::newRow("v1") << 1;
    QTest::newRow("v2") << 2;
}

void TestReportPackDocs::schemaDescribesExactlyTheFields()
{
    QFETCH(int, version);
    QSet<QString> properties;
    collectSchemaProperties(schema(version), properties);
    QCOMPARE(properties, version == 1 ? m_keys : m_keysV2);
}

void TestReportPackDocs::schemaEnumerationsMatchTheModel_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("definition");
    QTest::addColumn<QString>("property");
    QTest::addColumn<QStringList>("names");
    // Version 1's four units are the loader's own list (the table has grown since).
    QTest::newRow("v1 unit") << 1 << u"metric"_s << u"unit"_s
                             << (QStringList{u"percent"_s, u"count"_s, u"CNY"_s, u"USD"_s});
    QTest::newRow("v1 qualifier") << 1 << u"metric"_s << u"qualifier"_s
                                  << namesOf(qualifierTable(), 1);
    QTest::newRow("v1 origin") << 1 << u"metric"_s << u"origin"_s << namesOf(originTable(), 1);
    QTest::newRow("v1 kind") << 1 << u"figure"_s << u"kind"_s << namesOf(figureKindTable(), 1);
    QTest::newRow("v1 source kind")
        << 1 << u"source"_s << u"kind"_s << namesOf(sourceKindTable(), 1);

    QTest::newRow("v2 unit") << 2 << u"unitName"_s << QString() << unitNames();
    QTest::newRow("v2 scale") << 2 << u"customUnit"_s << u"scale"_s << namesOf(unitScaleTable());
    QTest::newRow("v2 qualifier") << 2 << u"metric"_s << u"qualifier"_s
                                  << namesOf(qualifierTable());
    QTest::newRow("v2 status") << 2 << u"metric"_s << u"status"_s << namesOf(statusTable());
    QTest::newRow("v2 origin") << 2 << u"metric"_s << u"origin"_s << namesOf(originTable());
    QTest::newRow("v2 kind") << 2 << u"figure"_s << u"kind"_s << namesOf(figureKindTable());
    QTest::newRow("v2 style") << 2 << u"figure"_s << u"as"_s << namesOf(figureStyleTable());
    QTest::newRow("v2 order") << 2 << u"figure"_s << u"order"_s << namesOf(barOrderTable());
    QTest::newRow("v2 source kind") << 2 << u"source"_s << u"kind"_s << namesOf(sourceKindTable());
}

void TestReportPackDocs::schemaEnumerationsMatchTheModel()
{
    QFETCH(int, version);
    QFETCH(QString, definition);
    QFETCH(QString, property);
    QFETCH(QStringList, names);
    QVERIFY(names.size() >= 2);
    QCOMPARE(schemaEnum(schema(version), definition, property), names);
}

void TestReportPackDocs::schemaStylesPerKindMatchTheModel()
{
    // The version-2 schema's "as" per kind (in the figure's allOf) is the kind's styles.
    const QJsonArray parts = m_schemaV2.value(u"$defs"_s)
                                 .toObject()
                                 .value(u"figure"_s)
                                 .toObject()
                                 .value(u"allOf"_s)
                                 .toArray();
    QHash<QString, QStringList> inSchema; // kind -> styles
    QStringList withoutStyles;            // kinds the schema gives no "as"
    // Walks the if/then/else chain: if kind is K then as is one of ..., else ...
    std::function<void(const QJsonObject &, QStringList)> walk = [&](const QJsonObject &o,
                                                                     QStringList seen) {
        const QJsonArray kinds = o.value(u"if"_s)
                                     .toObject()
                                     .value(u"properties"_s)
                                     .toObject()
                                     .value(u"kind"_s)
                                     .toObject()
                                     .value(u"enum"_s)
                                     .toArray();
        if (kinds.size() != 1)
            return;
        const QString kind = kinds.first().toString();
        QStringList styles;
        for (const QJsonValue &v : o.value(u"then"_s)
                                       .toObject()
                                       .value(u"properties"_s)
                                       .toObject()
                                       .value(u"as"_s)
                                       .toObject()
                                       .value(u"enum"_s)
                                       .toArray())
            styles << v.toString();
        inSchema.insert(kind, styles);
        seen << kind;
        const QJsonObject otherwise = o.value(u"else"_s).toObject();
        if (otherwise.contains(u"if"_s))
            walk(otherwise, seen);
        else if (otherwise.contains(u"not"_s))
            withoutStyles = seen; // every kind not seen has no "as"
    };
    for (const QJsonValue &part : parts) {
        const QJsonObject o = part.toObject();
        if (o.value(u"then"_s).toObject().value(u"properties"_s).toObject().contains(u"as"_s))
            walk(o, {});
    }
    QVERIFY(!withoutStyles.isEmpty());
    for (const FigureKindEntry &e : figureKindTable()) {
        QStringList styles;
        for (const FigureStyle s : e.styles)
            styles << toString(s);
        if (styles.isEmpty())
            QVERIFY2(!inSchema.contains(QString(e.name)), e.name.data());
        else
            QCOMPARE(inSchema.value(QString(e.name)), styles);
    }
}

void TestReportPackDocs::schemaUsesOnlyCheckedKeywords_data()
{
    schemaDescribesExactlyTheFields_data();
}

void TestReportPackDocs::schemaUsesOnlyCheckedKeywords()
{
    QFETCH(int, version);
    QSet<QString> used;
    collectSchemaKeywords(schema(version), used);
    const QSet<QString> unknown = used - MiniSchema::keywords();
    QVERIFY2(unknown.isEmpty(),
             qPrintable(QStringList(unknown.begin(), unknown.end()).join(u", ")));
}

void TestReportPackDocs::schemaAcceptsGoodPacks_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("file");
    QTest::newRow("embedded") << 1 << embeddedReportPath();
    QTest::newRow("minimal") << 1 << modelPath(u"good/minimal.figdeck.json"_s);
    QTest::newRow("unknown fields") << 1 << modelPath(u"good/unknown-fields.figdeck.json"_s);
    const QStringList v2 = jsonFiles(modelPath(u"v2/good"_s));
    QVERIFY(v2.size() >= 5);
    for (const QString &file : v2)
        QTest::newRow(qPrintable(QFileInfo(file).fileName())) << 2 << file;
}

void TestReportPackDocs::schemaAcceptsGoodPacks()
{
    QFETCH(int, version);
    QFETCH(QString, file);
    QVERIFY(loadReportPack(file).ok());
    QVERIFY(MiniSchema(schema(version)).accepts(readJson(file)));
    // What the writer writes for it is described too.
    const LoadResult loaded = loadReportPack(file);
    QVERIFY(MiniSchema(loaded.report->version == 1 ? m_schema : m_schemaV2)
                .accepts(QJsonDocument::fromJson(serializeReportPack(*loaded.report)).object()));
    QVERIFY(MiniSchema(m_schema).accepts(
        QJsonDocument::fromJson(serializeReportPack(everyField())).object()));
}

void TestReportPackDocs::schemaRefusesBadPacks_data()
{
    // Bad packs whose problem the schema can express (unique ids, references and sums it
    // cannot: only the loader checks those).
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("file");
    for (const char *name : {"unknown-format",
                             "unsupported-version",
                             "missing-title",
                             "missing-quote",
                             "derived-without-derivation",
                             "stated-with-derivation",
                             "value-as-string",
                             "unknown-unit",
                             "unknown-qualifier",
                             "unknown-kind",
                             "unknown-origin",
                             "unknown-source-kind",
                             "share-total-zero",
                             "empty-figure-title",
                             "blank-label",
                             "not-comparable-shares",
                             "shares-figure-without-group",
                             "tiles-with-share-group",
                             "bad-id",
                             "bad-url",
                             "bad-language-tag",
                             "quote-as-object",
                             "projected-as-string",
                             "section-without-findings",
                             "figure-metric-listed-twice",
                             "huge-number",
                             "metrics-not-an-array",
                             "not-an-object",
                             "translation-not-a-string"}) {
        QTest::newRow(name) << 1 << modelPath(u"bad/"_s + QLatin1String(name) + u".json"_s);
    }
    // Version 2: the rules of the version-2 schema (tst_hardening_schema lists the others).
    for (const char *name : {"v2-bad-metric-date",
                             "v2-currency-code-form",
                             "v2-currency-code-lowercase",
                             "v2-custom-unit-without-name",
                             "v2-fractional-count",
                             "v2-missing-source",
                             "v2-order-on-tiles",
                             "v2-projected-contradicts-status",
                             "v2-range-lower-bound",
                             "v2-range-one-number",
                             "v2-rank-zero",
                             "v2-series-on-tiles",
                             "v2-source-and-sources",
                             "v2-style-of-another-kind",
                             "v2-unknown-order",
                             "v2-unknown-source-kind",
                             "v2-unknown-unit",
                             "v2-value-and-range",
                             "v2-half-year-three",
                             "v2-half-year-zero"}) {
        QTest::newRow(name) << 2 << modelPath(u"v2/bad/"_s + QLatin1String(name) + u".json"_s);
    }
}

void TestReportPackDocs::schemaRefusesBadPacks()
{
    QFETCH(int, version);
    QFETCH(QString, file);
    QJsonParseError error;
    const QJsonDocument pack = QJsonDocument::fromJson(readFile(file), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonValue root = pack.isObject() ? QJsonValue(pack.object()) : QJsonValue(pack.array());
    QVERIFY(!MiniSchema(schema(version)).accepts(root));
    QVERIFY(!loadReportPack(file).ok());
}

// The forms of a metric's date are one table (periodDateForms): the loader reads each, its
// error names each, the version-2 schema's pattern accepts each and its description names it,
// and the reference page gives its example.
void TestReportPackDocs::dateFormsAgreeWithTheTable_data()
{
    QTest::addColumn<int>("precision");
    QTest::addColumn<QString>("form");
    QTest::addColumn<QString>("example");
    // By hand, so that the table itself is checked too.
    using P = PeriodDate::Precision;
    QTest::newRow("year") << int(P::Year) << u"YYYY"_s << u"2022"_s;
    QTest::newRow("first months") << int(P::FirstMonths) << u"YYYY-01/MM"_s << u"2022-01/08"_s;
    QTest::newRow("half-year") << int(P::Half) << u"YYYY-Hn"_s << u"2022-H2"_s;
    QTest::newRow("quarter") << int(P::Quarter) << u"YYYY-Qn"_s << u"2022-Q4"_s;
    QTest::newRow("months") << int(P::Months) << u"YYYY-MM/MM"_s << u"2022-03/08"_s;
    QTest::newRow("month") << int(P::Month) << u"YYYY-MM"_s << u"2022-10"_s;
    QTest::newRow("day") << int(P::Day) << u"YYYY-MM-DD"_s << u"2022-10-31"_s;
}

void TestReportPackDocs::dateFormsAgreeWithTheTable()
{
    QFETCH(int, precision);
    QFETCH(QString, form);
    QFETCH(QString, example);
    const QList<PeriodDateForm> &forms = periodDateForms();
    QCOMPARE(forms.size(), 7);
    QCOMPARE(int(forms.at(precision).precision), precision);
    QCOMPARE(QString::fromLatin1(forms.at(precision).form), form);
    QCOMPARE(QString::fromLatin1(forms.at(precision).example), example);

    const std::optional<PeriodDate> parsed = PeriodDate::parse(example);
    QVERIFY(parsed);
    QCOMPARE(int(parsed->precision), precision);
    QVERIFY2(periodDateProblem(u"2022-X"_s).contains(form),
             qPrintable(periodDateProblem(u"2022-X"_s)));

    const QJsonObject date = m_schemaV2.value(u"$defs"_s)
                                 .toObject()
                                 .value(u"metric"_s)
                                 .toObject()
                                 .value(u"properties"_s)
                                 .toObject()
                                 .value(u"date"_s)
                                 .toObject();
    const QRegularExpression pattern(date.value(u"pattern"_s).toString());
    QVERIFY2(pattern.isValid() && !pattern.pattern().isEmpty(), "no pattern for a metric's date");
    QVERIFY(pattern.match(example).hasMatch());
    QVERIFY(date.value(u"description"_s).toString().contains(form));

    QVERIFY2(m_page.contains(u"`\""_s + example + u"\"`"_s), qPrintable(example));
}

QTEST_GUILESS_MAIN(TestReportPackDocs)
#include "tst_reportpackdocs.moc"
