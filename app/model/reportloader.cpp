// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportloader.h"

#include "jsonparser.h"
#include "loadertext.h"
#include "validate.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <functional>

namespace Figdeck {

namespace {

using Json::Value;

// Numbers beyond this magnitude are refused: no report states a quantity of 10^15 or more in
// base units, and such values are typing errors or attempts to break the charts' axes.
constexpr double MaxMagnitude = 1e15;
// More problems than this are not listed: the first ones are what a person fixes first.
constexpr int MaxProblems = 200;
// A file's problems are located reading it again in pieces of this size.
constexpr qsizetype LocatePieceBytes = 64 * 1024;

using LoaderText::elided;
using LoaderText::numberText;
using LoaderText::quoted;

// A key that a path can show bare: [A-Za-z0-9_-]+ (a loop, not a regular expression per key).
bool plainKey(const QString &key)
{
    if (key.isEmpty())
        return false;
    for (const QChar c : key) {
        const char16_t u = c.unicode();
        if (!((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') ||
              u == '_' || u == '-'))
            return false;
    }
    return true;
}

QString childPath(const QString &parent, const QString &key)
{
    // A key too long to quote whole is shown elided in brackets without reading it (a 15 MiB key
    // over 250 problems would otherwise be copied into each path and then cut).
    QString escaped = elided(key);
    if (escaped.size() != key.size() || !plainKey(key)) {
        escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        escaped.replace(QLatin1Char('"'), QLatin1String("\\\""));
        return parent + QLatin1Char('[') + QLatin1Char('"') + escaped + QLatin1Char('"') +
               QLatin1Char(']');
    }
    return parent.isEmpty() ? key : parent + QLatin1Char('.') + key;
}

QString indexPath(const QString &parent, qsizetype index)
{
    return parent + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

bool inRange(double value)
{
    return std::isfinite(value) && std::fabs(value) <= MaxMagnitude;
}

// One problem before it is located: the byte offset is turned into line and column at the end,
// in a single pass over the data.
struct Issue
{
    Diagnostic::Severity severity = Diagnostic::Severity::Error;
    qsizetype offset = -1; // -1: the whole file
    QString path;
    QString message;
};

class Problems
{
public:
    void error(qsizetype offset, const QString &path, const QString &message)
    {
        m_hasError = true;
        add({Diagnostic::Severity::Error, offset, path, message});
    }
    void warning(qsizetype offset, const QString &path, const QString &message)
    {
        add({Diagnostic::Severity::Warning, offset, path, message});
    }
    bool hasError() const { return m_hasError; }
    bool overflowed() const { return m_overflowed; }
    const QList<Issue> &issues() const { return m_issues; }

private:
    void add(Issue issue)
    {
        issue.path = elided(issue.path);
        if (m_issues.size() >= MaxProblems) {
            m_overflowed = true;
            return;
        }
        m_issues << std::move(issue);
    }

    QList<Issue> m_issues;
    bool m_hasError = false;
    bool m_overflowed = false;
};

// A path built only when a problem is reported: each level links to its parent.
struct PathLink
{
    const PathLink *parent = nullptr;
    const QString *key = nullptr; // the member's key, or nullptr for an array item
    qsizetype index = 0;

    QString text() const
    {
        const QString above = parent ? parent->text() : QString();
        if (!key)
            return parent ? indexPath(above, index) : QString();
        return childPath(above, *key);
    }
};

// Problems of the JSON itself that the syntax allows: duplicate keys and absurd numbers. Walks
// every value, also inside fields the format does not know.
void checkTree(const Value &value, const PathLink &path, Problems &problems)
{
    switch (value.type) {
    case Value::Type::Number:
        if (value.underflow) {
            problems.error(value.offset, path.text(),
                           ReportLoader::tr("number too close to zero to be represented (it "
                                            "underflows); write 0 if zero is meant"));
        } else if (!std::isfinite(value.number()) || std::fabs(value.number()) > MaxMagnitude) {
            problems.error(value.offset, path.text(),
                           ReportLoader::tr("number out of range (magnitudes above 1e15 are "
                                            "refused)"));
        }
        break;
    case Value::Type::Array:
        for (std::size_t i = 0; i < value.items().size(); ++i)
            checkTree(value.items()[i], PathLink{&path, nullptr, qsizetype(i)}, problems);
        break;
    case Value::Type::Object: {
        const Json::Span<Json::Member> members = value.members();
        // An object of a pack has a dozen members or so: comparing each key with those before
        // it costs less than a hash set per object. Keys spelled alike share one string.
        constexpr std::size_t FewMembers = 32;
        QSet<QString> seen;
        if (members.size() > FewMembers)
            seen.reserve(qsizetype(members.size()));
        for (std::size_t i = 0; i < members.size(); ++i) {
            const Json::Member &member = members[i];
            const QString &key = member.key();
            bool duplicate = false;
            if (members.size() > FewMembers) {
                duplicate = seen.contains(key);
                seen.insert(key);
            } else {
                for (std::size_t k = 0; k < i && !duplicate; ++k)
                    duplicate = &members[k].key() == &key || members[k].key() == key;
            }
            const PathLink memberPath{&path, &key, 0};
            if (duplicate) {
                problems.error(member.keyOffset, memberPath.text(),
                               ReportLoader::tr("duplicate key %1").arg(quoted(key)));
            }
            checkTree(member.value, memberPath, problems);
        }
        break;
    }
    default:
        break;
    }
}

enum class Need { Required, Optional };

// The members of one JSON object, read by name; whatever is not read is reported as unknown.
class Fields
{
public:
    Fields(Problems &problems, const Value &object, const QString &path)
        : m_problems(problems)
        , m_object(object)
        , m_path(path)
    {
    }

    const Value *get(QLatin1String key, Need need)
    {
        m_known << key;
        if (const Json::Member *member = m_object.member(key))
            return &member->value;
        if (need == Need::Required) {
            m_problems.error(m_object.offset, path(key),
                             ReportLoader::tr("missing required field %1").arg(quoted(key)));
        }
        return nullptr;
    }

    QString path(QLatin1String key) const { return childPath(m_path, key); }

    // Warns about every member that no get() asked for.
    void warnUnknown() const
    {
        for (const Json::Member &member : m_object.members()) {
            if (!m_known.contains(member.key())) {
                m_problems.warning(
                    member.keyOffset, childPath(m_path, member.key()),
                    ReportLoader::tr("unknown field %1 is ignored").arg(quoted(member.key())));
            }
        }
    }

private:
    Problems &m_problems;
    const Value &m_object;
    QString m_path;
    QList<QLatin1String> m_known;
};

class ReportReader
{
public:
    ReportReader(Problems &problems)
        : m_problems(problems)
    {
    }

    std::optional<Report> read(const Value &root);

    // A validator's path as this file spells it: a pack with one "source" object has its
    // source at "source", not "sources[0]"; an "equivalentOf" object names its metric at
    // ".metric".
    QString filePath(const QString &path) const;

private:
    void error(const Value &value, const QString &path, const QString &message)
    {
        m_problems.error(value.offset, path, message);
    }
    bool expect(const Value &value, const QString &path, Value::Type type)
    {
        if (value.type == type)
            return true;
        error(value, path,
              ReportLoader::tr("expected %1, found %2")
                  .arg(Json::typeName(type), Json::typeName(value.type)));
        return false;
    }
    // The same for the member `key` of `fields`, whose path is built only for a problem.
    bool expect(const Value &value, Fields &fields, QLatin1String key, Value::Type type)
    {
        return value.type == type || expect(value, fields.path(key), type);
    }

    // A string. Blank is refused unless `mayBeEmpty`: the fields the validator checks on the
    // Report (a title, a quote, a url) pass true; an optional field given blank is refused here,
    // since the Report cannot tell it from an absent one.
    std::optional<QString> string(Fields &fields, QLatin1String key, Need need,
                                  bool mayBeEmpty = false);
    QString id(Fields &fields);
    std::optional<double> number(Fields &fields, QLatin1String key, Need need);
    std::optional<bool> boolean(Fields &fields, QLatin1String key, Need need);
    Text text(Fields &fields, QLatin1String key, Need need);
    Text text(const Value &value, Fields &fields, QLatin1String key);
    const Value *array(Fields &fields, QLatin1String key, Need need, bool mayBeEmpty);
    const Value *object(const Value &value, const QString &path)
    {
        return expect(value, path, Value::Type::Object) ? &value : nullptr;
    }
    QStringList idList(Fields &fields, QLatin1String key, Need need, bool mayBeEmpty = true);
    template <typename Entry>
    std::optional<decltype(Entry::value)> enumeration(Fields &fields, QLatin1String key,
                                                      const QList<Entry> &table,
                                                      Need need = Need::Required);
    // A version-2 field: in a version-1 pack it is not read (and so warned about as unknown).
    const Value *getV2(Fields &fields, QLatin1String key, Need need)
    {
        return m_version >= 2 ? fields.get(key, need) : nullptr;
    }
    std::optional<Unit> readUnit(Fields &fields);
    template <typename T, typename Read>
    QList<T> readList(Fields &fields, QLatin1String key, bool mayBeEmpty, Read read);

    void readHeader(Fields &fields, Report &report);
    Source readSource(const Value &value, const QString &path, bool needsId);
    void readSources(Fields &fields, Report &report);
    Metric readMetric(const Value &value, const QString &path);
    Figure readFigure(const Value &value, const QString &path);
    QList<Series> readSeries(Fields &fields);
    ShareGroup readShares(const Value &value, const QString &path);
    Finding readFinding(const Value &value, const QString &path);
    Caveat readCaveat(const Value &value, const QString &path);
    Section readSection(const Value &value, const QString &path);
    QList<Finding> readFindings(Fields &fields);
    QList<Caveat> readCaveats(Fields &fields);

    Problems &m_problems;
    int m_version = 1;
    QString m_language = QStringLiteral("en");
    bool m_sourcesArray = false;       // the pack lists "sources" (else one "source", or none)
    QHash<QString, QString> m_aliases; // validator path -> the file's path, where they differ
};

std::optional<QString> ReportReader::string(Fields &fields, QLatin1String key, Need need,
                                            bool mayBeEmpty)
{
    const Value *value = fields.get(key, need);
    if (!value || !expect(*value, fields, key, Value::Type::String))
        return std::nullopt;
    if (!mayBeEmpty && isBlankText(value->string())) {
        error(*value, fields.path(key), ReportLoader::tr("must not be empty"));
        return std::nullopt;
    }
    return value->string();
}

// The "id" of an object as written; its form and uniqueness are the validator's.
QString ReportReader::id(Fields &fields)
{
    return string(fields, QLatin1String("id"), Need::Required, true).value_or(QString());
}

std::optional<double> ReportReader::number(Fields &fields, QLatin1String key, Need need)
{
    const Value *value = fields.get(key, need);
    if (!value || !expect(*value, fields, key, Value::Type::Number))
        return std::nullopt;
    // Out-of-range numbers were reported by checkTree already.
    if (!inRange(value->number()) || value->underflow)
        return std::nullopt;
    return value->number();
}

std::optional<bool> ReportReader::boolean(Fields &fields, QLatin1String key, Need need)
{
    const Value *value = fields.get(key, need);
    if (!value || !expect(*value, fields, key, Value::Type::Bool))
        return std::nullopt;
    return value->boolean;
}

Text ReportReader::text(Fields &fields, QLatin1String key, Need need)
{
    const Value *value = fields.get(key, need);
    if (!value)
        return {};
    return text(*value, fields, key);
}

// A plain string in the report's language, or {"en": "...", "zh-Hans": "..."}. Whether it may
// be blank is the validator's.
Text ReportReader::text(const Value &value, Fields &fields, QLatin1String key)
{
    Text result;
    result.fallbackLanguage = m_language;
    if (value.isString()) {
        result.byLanguage.insert(m_language, value.string());
    } else if (value.isObject()) {
        for (const Json::Member &member : value.members()) {
            if (!isLanguageTag(member.key())) {
                m_problems.error(member.keyOffset, childPath(fields.path(key), member.key()),
                                 ReportLoader::tr("%1 is not a BCP-47 language tag (e.g. \"en\", "
                                                  "\"zh-Hans\")")
                                     .arg(quoted(member.key())));
            } else if (!member.value.isString()) {
                expect(member.value, childPath(fields.path(key), member.key()),
                       Value::Type::String);
            } else if (!result.byLanguage.contains(member.key())) {
                result.byLanguage.insert(member.key(), member.value.string());
            }
        }
        if (value.members().empty()) {
            error(value, fields.path(key),
                  ReportLoader::tr("a translated text needs at least one language"));
        } else if (!result.byLanguage.contains(m_language)) {
            error(value, fields.path(key),
                  ReportLoader::tr("has no text in the report's language %1")
                      .arg(quoted(m_language)));
        }
    } else {
        error(value, fields.path(key),
              ReportLoader::tr("expected a string or an object of translations, found %1")
                  .arg(Json::typeName(value.type)));
    }
    return result;
}

const Value *ReportReader::array(Fields &fields, QLatin1String key, Need need, bool mayBeEmpty)
{
    const Value *value = fields.get(key, need);
    if (!value || !expect(*value, fields, key, Value::Type::Array))
        return nullptr;
    if (!mayBeEmpty && value->items().empty())
        error(*value, fields.path(key), ReportLoader::tr("must not be empty"));
    return value;
}

// The ids as written (each known and listed once is the validator's).
QStringList ReportReader::idList(Fields &fields, QLatin1String key, Need need, bool mayBeEmpty)
{
    QStringList result;
    const Value *list = array(fields, key, need, mayBeEmpty);
    if (!list)
        return result;
    result.reserve(qsizetype(list->items().size()));
    for (std::size_t i = 0; i < list->items().size(); ++i) {
        const Value &item = list->items()[i];
        if (item.isString())
            result << item.string();
        else
            expect(item, indexPath(fields.path(key), qsizetype(i)), Value::Type::String);
    }
    return result;
}

// A value of one of the closed lists, by its name in the file; the names this version accepts
// come from the list's table.
template <typename Entry>
std::optional<decltype(Entry::value)>
ReportReader::enumeration(Fields &fields, QLatin1String key, const QList<Entry> &table, Need need)
{
    const std::optional<QString> name = string(fields, key, need, true);
    if (!name)
        return std::nullopt;
    for (const Entry &e : table) {
        if (e.since <= m_version && *name == e.name)
            return e.value;
    }
    error(*fields.get(key, need), fields.path(key),
          ReportLoader::tr("unknown value %1 (expected one of: %2)")
              .arg(quoted(*name), namesOf(table, m_version).join(QLatin1String(", "))));
    return std::nullopt;
}

// Reads each element of the array `key` with read(element, path).
template <typename T, typename Read>
QList<T> ReportReader::readList(Fields &fields, QLatin1String key, bool mayBeEmpty, Read read)
{
    QList<T> result;
    if (const Value *list = array(fields, key, Need::Required, mayBeEmpty)) {
        result.reserve(qsizetype(list->items().size()));
        const QString listPath = fields.path(key);
        for (std::size_t i = 0; i < list->items().size(); ++i)
            result << read(list->items()[i], indexPath(listPath, qsizetype(i)));
    }
    return result;
}

QString ReportReader::filePath(const QString &path) const
{
    const QLatin1String sources("sources");
    if (!m_sourcesArray && path.startsWith(sources)) {
        if (path.size() == sources.size())
            return QStringLiteral("source");
        const QLatin1String first("sources[0]");
        if (path.startsWith(first))
            return QLatin1String("source") + QStringView(path).mid(first.size());
    }
    return m_aliases.value(path, path);
}

std::optional<Report> ReportReader::read(const Value &root)
{
    if (!expect(root, QString(), Value::Type::Object))
        return std::nullopt;
    Fields fields(m_problems, root, QString());

    // Format and version first: a file of another format or version is not read any further,
    // since its other fields may mean something else.
    const std::optional<QString> format = string(fields, QLatin1String("format"), Need::Required);
    if (format && *format != QLatin1String("figdeck-report")) {
        error(*fields.get(QLatin1String("format"), Need::Required),
              fields.path(QLatin1String("format")),
              ReportLoader::tr("unknown format %1 (expected \"figdeck-report\")")
                  .arg(quoted(*format)));
        return std::nullopt;
    }
    const std::optional<double> version = number(fields, QLatin1String("version"), Need::Required);
    if (version && *version != 1 && *version != 2) {
        error(*fields.get(QLatin1String("version"), Need::Required),
              fields.path(QLatin1String("version")),
              ReportLoader::tr("unsupported version %1 (this Figdeck reads versions 1 and 2)")
                  .arg(numberText(*version)));
        return std::nullopt;
    }
    if (!format || !version)
        return std::nullopt;
    m_version = int(*version);

    Report report;
    report.version = m_version;
    readHeader(fields, report);

    report.metrics = readList<Metric>(
        fields, QLatin1String("metrics"), true,
        [this](const Value &item, const QString &itemPath) { return readMetric(item, itemPath); });
    // A pack with one source: every metric comes from it.
    if (report.sources.size() == 1) {
        for (Metric &metric : report.metrics) {
            if (metric.source.isEmpty())
                metric.source = report.sources.first().id;
        }
    }
    report.figures = readList<Figure>(
        fields, QLatin1String("figures"), true,
        [this](const Value &item, const QString &itemPath) { return readFigure(item, itemPath); });
    report.sections = readList<Section>(
        fields, QLatin1String("sections"), true,
        [this](const Value &item, const QString &itemPath) { return readSection(item, itemPath); });
    report.caveats = readCaveats(fields);
    fields.warnUnknown();
    return report;
}

void ReportReader::readHeader(Fields &fields, Report &report)
{
    if (const std::optional<QString> language =
            string(fields, QLatin1String("language"), Need::Required)) {
        if (isLanguageTag(*language)) {
            m_language = *language;
        } else {
            error(*fields.get(QLatin1String("language"), Need::Required),
                  fields.path(QLatin1String("language")),
                  ReportLoader::tr("%1 is not a BCP-47 language tag (e.g. \"en\", \"zh-Hans\")")
                      .arg(quoted(*language)));
        }
    }
    report.language = m_language;
    report.title = text(fields, QLatin1String("title"), Need::Required);
    report.issuer = text(fields, QLatin1String("issuer"), Need::Optional);
    report.event = text(fields, QLatin1String("event"), Need::Optional);
    report.date = string(fields, QLatin1String("date"), Need::Required, true).value_or(QString());
    readSources(fields, report);
}

// Version 1: one "source" object. Version 2: a "sources" array, or one "source" object.
void ReportReader::readSources(Fields &fields, Report &report)
{
    const QLatin1String one("source");
    const QLatin1String many("sources");
    const Value *list = getV2(fields, many, Need::Optional);
    const Value *single = fields.get(one, list ? Need::Optional : Need::Required);
    if (list && single) {
        error(*single, fields.path(one),
              ReportLoader::tr("give either \"source\" or \"sources\", not both"));
        single = nullptr; // "sources" is read, so that the metrics' sources still resolve
    }
    if (single) {
        if (object(*single, fields.path(one)))
            report.sources << readSource(*single, fields.path(one), false);
        return;
    }
    if (list) {
        m_sourcesArray = true;
        report.sources = readList<Source>(fields, many, true,
                                          [this](const Value &item, const QString &itemPath) {
                                              return readSource(item, itemPath, true);
                                          });
    }
}

Source ReportReader::readSource(const Value &value, const QString &path, bool needsId)
{
    Source source;
    if (!object(value, path))
        return source;
    Fields fields(m_problems, value, path);
    if (needsId || getV2(fields, QLatin1String("id"), Need::Optional))
        source.id = id(fields);
    source.title = text(fields, QLatin1String("title"), Need::Required);
    source.url = string(fields, QLatin1String("url"), Need::Required, true).value_or(QString());
    if (const auto kind = enumeration(fields, QLatin1String("kind"), sourceKindTable()))
        source.kind = *kind;
    source.publisher = text(fields, QLatin1String("publisher"), Need::Optional);
    if (getV2(fields, QLatin1String("date"), Need::Optional))
        source.date = string(fields, QLatin1String("date"), Need::Optional).value_or(QString());
    fields.warnUnknown();
    return source;
}

// "percent", "count", ..., an ISO 4217 code, or (version 2) {"symbol", "name", "scale"?}.
std::optional<Unit> ReportReader::readUnit(Fields &fields)
{
    const QLatin1String key("unit");
    const Value *value = fields.get(key, Need::Required);
    if (!value)
        return std::nullopt;
    const QString path = fields.path(key);
    if (value->isObject() && m_version >= 2) {
        Fields custom(m_problems, *value, path);
        Unit unit = Unit::custom(text(custom, QLatin1String("symbol"), Need::Required),
                                 text(custom, QLatin1String("name"), Need::Required));
        if (const auto scale =
                enumeration(custom, QLatin1String("scale"), unitScaleTable(), Need::Optional))
            unit.scale = *scale;
        custom.warnUnknown();
        return unit;
    }
    if (!value->isString()) {
        error(*value, path,
              m_version >= 2
                  ? ReportLoader::tr("expected a string or an object {\"symbol\", \"name\"}, "
                                     "found %1")
                        .arg(Json::typeName(value->type))
                  : ReportLoader::tr("expected %1, found %2")
                        .arg(Json::typeName(Value::Type::String), Json::typeName(value->type)));
        return std::nullopt;
    }
    const QString &name = value->string();
    if (m_version < 2) {
        // Version 1 knew four units.
        static const QStringList v1 = {QStringLiteral("percent"), QStringLiteral("count"),
                                       QStringLiteral("CNY"), QStringLiteral("USD")};
        if (v1.contains(name))
            return unitFromString(name);
        error(*value, path,
              ReportLoader::tr("unknown value %1 (expected one of: %2)")
                  .arg(quoted(name), v1.join(QLatin1String(", "))));
        return std::nullopt;
    }
    if (const std::optional<Unit> unit = unitFromString(name))
        return unit;
    // A currency code in the wrong form gets its own message: "usd", "EURO", "US$".
    const bool looksLikeMoney =
        name.size() >= 2 && name.size() <= 4 &&
        std::all_of(name.cbegin(), name.cend(),
                    [](QChar c) { return c.isLetter() || c == QLatin1Char('$'); }) &&
        !name.at(0).isLower();
    if (looksLikeMoney || isCurrencyCodeForm(name.toUpper())) {
        error(*value, path,
              ReportLoader::tr("%1 is not an ISO 4217 currency code (three capital letters, "
                               "e.g. \"EUR\", \"USD\")")
                  .arg(quoted(name)));
        return std::nullopt;
    }
    QStringList names;
    for (const UnitKindEntry &e : unitKindTable()) {
        if (e.value != UnitKind::Currency && e.value != UnitKind::Custom)
            names << QString(e.name);
    }
    error(*value, path,
          ReportLoader::tr("unknown unit %1 (expected one of: %2; an ISO 4217 currency code such "
                           "as \"EUR\"; or {\"symbol\": \"TWh\", \"name\": \"terawatt-hours\"})")
              .arg(quoted(name), names.join(QLatin1String(", "))));
    return std::nullopt;
}

Metric ReportReader::readMetric(const Value &value, const QString &path)
{
    Metric metric;
    if (!object(value, path))
        return metric;
    Fields fields(m_problems, value, path);
    metric.id = id(fields);
    metric.label = text(fields, QLatin1String("label"), Need::Required);
    if (const auto unit = readUnit(fields))
        metric.unit = *unit;

    // "value", or (version 2) "range": [low, high].
    const Value *rangeValue = getV2(fields, QLatin1String("range"), Need::Optional);
    const Value *plainValue = fields.get(QLatin1String("value"), Need::Optional);
    if (rangeValue && plainValue) {
        error(*rangeValue, fields.path(QLatin1String("range")),
              ReportLoader::tr("give either \"value\" or \"range\", not both"));
    } else if (rangeValue) {
        const QString rangePath = fields.path(QLatin1String("range"));
        if (expect(*rangeValue, rangePath, Value::Type::Array)) {
            const auto &items = rangeValue->items();
            if (items.size() != 2) {
                error(*rangeValue, rangePath,
                      ReportLoader::tr("a range is exactly two numbers [low, high]"));
            } else if (expect(items[0], indexPath(rangePath, 0), Value::Type::Number) &&
                       expect(items[1], indexPath(rangePath, 1), Value::Type::Number) &&
                       inRange(items[0].number()) && inRange(items[1].number())) {
                metric.value = items[0].number();
                metric.high = items[1].number();
            }
        }
    } else if (const std::optional<double> number =
                   this->number(fields, QLatin1String("value"), Need::Required)) {
        metric.value = *number;
    }
    metric.noun = text(fields, QLatin1String("noun"), Need::Optional);
    metric.measure = text(fields, QLatin1String("measure"), Need::Optional);
    metric.period = text(fields, QLatin1String("period"), Need::Optional);
    if (const Value *date = getV2(fields, QLatin1String("date"), Need::Optional)) {
        if (expect(*date, fields, QLatin1String("date"), Value::Type::String)) {
            metric.date = PeriodDate::parse(date->string());
            if (!metric.date)
                error(*date, fields.path(QLatin1String("date")), periodDateProblem(date->string()));
        }
    }
    if (const auto qualifier = enumeration(fields, QLatin1String("qualifier"), qualifierTable()))
        metric.qualifier = *qualifier;

    // "status" (version 2) and "projected": true (version 1, still read) must agree.
    const std::optional<bool> projected =
        boolean(fields, QLatin1String("projected"), Need::Optional);
    if (projected && *projected)
        metric.status = Status::Projected;
    if (getV2(fields, QLatin1String("status"), Need::Optional)) {
        if (const auto status =
                enumeration(fields, QLatin1String("status"), statusTable(), Need::Optional)) {
            if (projected && *projected != (*status == Status::Projected)) {
                error(*fields.get(QLatin1String("projected"), Need::Optional),
                      fields.path(QLatin1String("projected")),
                      ReportLoader::tr("\"projected\" contradicts \"status\": %1")
                          .arg(quoted(toString(*status))));
            }
            metric.status = *status;
        }
    }
    if (const auto origin = enumeration(fields, QLatin1String("origin"), originTable()))
        metric.origin = *origin;
    // Kept as given, also blank: whether it belongs there is the validator's.
    if (const Value *derivation = fields.get(QLatin1String("derivation"), Need::Optional)) {
        metric.derivation = text(*derivation, fields, QLatin1String("derivation"));
        if (metric.derivation.byLanguage.isEmpty())
            metric.derivation.byLanguage.insert(m_language, QString()); // given, unreadable
    }
    metric.quote = string(fields, QLatin1String("quote"), Need::Required, true).value_or(QString());

    // "equivalentOf": an id, or (version 2) {"metric": id, "rate": text}.
    if (const Value *equivalent = fields.get(QLatin1String("equivalentOf"), Need::Optional)) {
        const QString equivalentPath = fields.path(QLatin1String("equivalentOf"));
        if (equivalent->isObject() && m_version >= 2) {
            Fields inner(m_problems, *equivalent, equivalentPath);
            if (const Value *id = inner.get(QLatin1String("metric"), Need::Required)) {
                const QString idPath = inner.path(QLatin1String("metric"));
                if (expect(*id, idPath, Value::Type::String)) {
                    metric.equivalentOf = id->string();
                    m_aliases.insert(equivalentPath, idPath);
                }
            }
            metric.equivalentRate = text(inner, QLatin1String("rate"), Need::Optional);
            inner.warnUnknown();
        } else if (m_version >= 2 && !equivalent->isString()) {
            error(*equivalent, equivalentPath,
                  ReportLoader::tr("expected a metric id or an object {\"metric\", \"rate\"}, "
                                   "found %1")
                      .arg(Json::typeName(equivalent->type)));
        } else if (expect(*equivalent, equivalentPath, Value::Type::String)) {
            metric.equivalentOf = equivalent->string();
        }
    }

    if (getV2(fields, QLatin1String("source"), Need::Optional))
        metric.source = string(fields, QLatin1String("source"), Need::Optional).value_or(QString());
    fields.warnUnknown();
    return metric;
}

// A series figure's "series": [{"label", "metrics"}].
QList<Series> ReportReader::readSeries(Fields &fields)
{
    return readList<Series>(
        fields, QLatin1String("series"), false, [this](const Value &item, const QString &itemPath) {
            Series series;
            if (!object(item, itemPath))
                return series;
            Fields inner(m_problems, item, itemPath);
            series.label = text(inner, QLatin1String("label"), Need::Required);
            series.metricIds = idList(inner, QLatin1String("metrics"), Need::Required);
            inner.warnUnknown();
            return series;
        });
}

Figure ReportReader::readFigure(const Value &value, const QString &path)
{
    Figure figure;
    if (!object(value, path))
        return figure;
    Fields fields(m_problems, value, path);
    figure.id = id(fields);
    figure.title = text(fields, QLatin1String("title"), Need::Required);
    figure.subtitle = text(fields, QLatin1String("subtitle"), Need::Optional);
    const std::optional<ChartKind> kind =
        enumeration(fields, QLatin1String("kind"), figureKindTable());
    figure.kind = kind.value_or(ChartKind::Tiles);

    // A series figure with several series lists them in "series" instead of "metrics". On a
    // figure of another kind they are read as they are, for the validator to refuse.
    const bool seriesKind = !kind || *kind == ChartKind::Series;
    const Value *seriesList = getV2(fields, QLatin1String("series"), Need::Optional);
    if (seriesList && seriesKind) {
        if (const Value *metrics = fields.get(QLatin1String("metrics"), Need::Optional)) {
            error(*metrics, fields.path(QLatin1String("metrics")),
                  ReportLoader::tr("a figure with \"series\" lists its metrics in each series, "
                                   "not in \"metrics\""));
        }
        figure.series = readSeries(fields);
        for (const Series &series : std::as_const(figure.series))
            figure.metricIds << series.metricIds;
    } else {
        figure.metricIds = idList(fields, QLatin1String("metrics"), Need::Required);
        if (seriesList)
            figure.series = readSeries(fields);
    }

    if (getV2(fields, QLatin1String("as"), Need::Optional)) {
        if (const auto style =
                enumeration(fields, QLatin1String("as"), figureStyleTable(), Need::Optional))
            figure.style = *style;
    }
    if (getV2(fields, QLatin1String("order"), Need::Optional)) {
        if (const auto order =
                enumeration(fields, QLatin1String("order"), barOrderTable(), Need::Optional))
            figure.order = *order;
    }
    if (const Value *shares = fields.get(QLatin1String("shares"), Need::Optional)) {
        if (object(*shares, fields.path(QLatin1String("shares"))))
            figure.shares = readShares(*shares, fields.path(QLatin1String("shares")));
    }
    if (const std::optional<bool> comparable =
            boolean(fields, QLatin1String("comparable"), Need::Optional))
        figure.comparable = *comparable;
    figure.findings = readFindings(fields);
    figure.caveats = readCaveats(fields);
    fields.warnUnknown();
    return figure;
}

ShareGroup ReportReader::readShares(const Value &value, const QString &path)
{
    ShareGroup group;
    Fields fields(m_problems, value, path);
    group.whole = text(fields, QLatin1String("whole"), Need::Required);
    if (const std::optional<double> total = number(fields, QLatin1String("total"), Need::Required))
        group.total = *total;
    group.complete = boolean(fields, QLatin1String("complete"), Need::Required).value_or(true);
    group.partIds = idList(fields, QLatin1String("parts"), Need::Required);
    fields.warnUnknown();
    return group;
}

Finding ReportReader::readFinding(const Value &value, const QString &path)
{
    Finding finding;
    if (!object(value, path))
        return finding;
    Fields fields(m_problems, value, path);
    finding.text = text(fields, QLatin1String("text"), Need::Required);
    finding.quote = string(fields, QLatin1String("quote"), Need::Optional).value_or(QString());
    fields.warnUnknown();
    return finding;
}

QList<Finding> ReportReader::readFindings(Fields &fields)
{
    return readList<Finding>(
        fields, QLatin1String("findings"), true,
        [this](const Value &item, const QString &itemPath) { return readFinding(item, itemPath); });
}

Caveat ReportReader::readCaveat(const Value &value, const QString &path)
{
    Caveat caveat;
    if (!object(value, path))
        return caveat;
    Fields fields(m_problems, value, path);
    caveat.id = id(fields);
    caveat.text = text(fields, QLatin1String("text"), Need::Required);
    // An empty list is refused here: the Report holds it as no list at all.
    caveat.metricIds = idList(fields, QLatin1String("metrics"), Need::Optional, false);
    fields.warnUnknown();
    return caveat;
}

QList<Caveat> ReportReader::readCaveats(Fields &fields)
{
    return readList<Caveat>(
        fields, QLatin1String("caveats"), true,
        [this](const Value &item, const QString &itemPath) { return readCaveat(item, itemPath); });
}

Section ReportReader::readSection(const Value &value, const QString &path)
{
    Section section;
    if (!object(value, path))
        return section;
    Fields fields(m_problems, value, path);
    section.id = id(fields);
    section.title = text(fields, QLatin1String("title"), Need::Required);
    section.findings = readFindings(fields);
    fields.warnUnknown();
    return section;
}

// The byte offset of the value at a validator's `path` ("figures[2].series[0].metrics[1]"), or
// of its nearest ancestor in the file when the field itself is missing.
qsizetype offsetOf(const Value &root, const QString &path)
{
    const Value *value = &root;
    qsizetype i = 0;
    while (i < path.size()) {
        if (path.at(i) == QLatin1Char('.'))
            ++i;
        if (i < path.size() && path.at(i) == QLatin1Char('[')) {
            const qsizetype close = path.indexOf(QLatin1Char(']'), i);
            if (close < 0)
                break;
            bool ok = false;
            const qsizetype index = QStringView(path).mid(i + 1, close - i - 1).toLongLong(&ok);
            if (!ok || !value->isArray() || index < 0 || index >= qsizetype(value->items().size()))
                break;
            value = &value->items()[std::size_t(index)];
            i = close + 1;
            continue;
        }
        qsizetype end = i;
        while (end < path.size() && path.at(end) != QLatin1Char('.') &&
               path.at(end) != QLatin1Char('['))
            ++end;
        const QByteArray key = QStringView(path).mid(i, end - i).toLatin1();
        const Json::Member *member =
            value->isObject() ? value->member(QLatin1String(key.constData(), key.size())) : nullptr;
        if (!member)
            break;
        value = &member->value;
        i = end;
    }
    return value->offset;
}

// The path one level up: "figures[2].title" -> "figures[2]" -> "figures"; empty at the top.
QString parentPath(const QString &path)
{
    const qsizetype cut =
        std::max(path.lastIndexOf(QLatin1Char('.')), path.lastIndexOf(QLatin1Char('[')));
    return cut <= 0 ? QString() : path.left(cut);
}

// The validator's problems of what was read, located in the file. A problem is left out where
// the reader refused a field it depends on (at, above or below its path or one of its inputs):
// that field kept its default, and a rule about the default would only mislead.
void validate(const Report &report, const ReportReader &reader, const Value &root,
              Problems &problems)
{
    QSet<QString> refused; // paths of the reader's errors
    QSet<QString> above;   // every path with such an error inside it
    for (const Issue &issue : problems.issues()) {
        if (issue.severity != Diagnostic::Severity::Error)
            continue;
        refused.insert(issue.path);
        for (QString p = parentPath(issue.path); !p.isEmpty(); p = parentPath(p))
            above.insert(p);
    }
    const auto touched = [&](const QString &path) {
        if (above.contains(path))
            return true;
        for (QString p = path; !p.isEmpty(); p = parentPath(p)) {
            if (refused.contains(p))
                return true;
        }
        return false;
    };
    for (const Problem &p : validateReport(report)) {
        const QString path = reader.filePath(p.path);
        bool misleading = !refused.isEmpty() && touched(path);
        for (qsizetype i = 0; !misleading && !refused.isEmpty() && i < p.inputs.size(); ++i)
            misleading = touched(reader.filePath(p.inputs.at(i)));
        if (misleading)
            continue;
        const qsizetype offset = offsetOf(root, path);
        if (p.severity == Problem::Severity::Error)
            problems.error(offset, path, p.message);
        else
            problems.warning(offset, path, p.message);
    }
}

// What could be read of an invalid pack, for editing: as fields in error keep their defaults,
// references to metrics that do not exist are left out (views draw what exists).
void dropUnknownMetrics(Report &report)
{
    const auto known = [&report](QStringList &ids) {
        ids.removeIf([&report](const QString &id) { return !report.metric(id); });
    };
    for (Figure &f : report.figures) {
        known(f.metricIds);
        for (Series &s : f.series)
            known(s.metricIds);
        if (f.shares)
            known(f.shares->partIds);
        for (Caveat &c : f.caveats)
            known(c.metricIds);
    }
    for (Caveat &c : report.caveats)
        known(c.metricIds);
}

Diagnostic fileProblem(const QString &fileName, const QString &message)
{
    Diagnostic d;
    d.file = fileName;
    d.message = message;
    return d;
}

} // namespace

QString Diagnostic::toString() const
{
    // "error" and "warning" stay untranslated, like a compiler's, so editors and scripts can
    // parse the lines whatever the user's language.
    QString result = file;
    if (line > 0) {
        if (!result.isEmpty())
            result += QLatin1Char(':');
        result += QString::number(line) + QLatin1Char(':') + QString::number(column);
    }
    if (!result.isEmpty())
        result += QLatin1String(": ");
    result += severity == Severity::Error ? QLatin1String("error: ") : QLatin1String("warning: ");
    if (!path.isEmpty())
        result += path + QLatin1String(": ");
    return result + message;
}

QList<Diagnostic> LoadResult::errors() const
{
    QList<Diagnostic> result;
    for (const Diagnostic &d : diagnostics) {
        if (d.severity == Diagnostic::Severity::Error)
            result << d;
    }
    return result;
}

QList<Diagnostic> LoadResult::warnings() const
{
    QList<Diagnostic> result;
    for (const Diagnostic &d : diagnostics) {
        if (d.severity == Diagnostic::Severity::Warning)
            result << d;
    }
    return result;
}

namespace {

// Finds the lines and columns of byte offsets in the data a pack was parsed from; empty when
// that data is no longer there to be read.
using Locator = std::function<std::vector<Json::Position>(
    qsizetype contentStart, const std::vector<qsizetype> &sortedOffsets)>;

// Reads the file again, in pieces, to find the offsets' places: none if it has changed.
std::vector<Json::Position> locateInFile(const QString &path, qint64 parsedSize,
                                         const QDateTime &modified, qsizetype contentStart,
                                         const std::vector<qsizetype> &offsets)
{
    QFile file(path);
    const QFileInfo now(path);
    if (now.size() != parsedSize || now.lastModified() != modified ||
        !file.open(QIODevice::ReadOnly)) {
        return {};
    }
    Json::PositionScan scan(contentStart, offsets);
    QByteArray piece(LocatePieceBytes, Qt::Uninitialized);
    for (;;) {
        const qint64 got = file.read(piece.data(), piece.size());
        if (got < 0)
            return {};
        if (got == 0 || !scan.feed(piece.constData(), got))
            break;
    }
    return scan.finish();
}

// The loader proper. The bytes are released as soon as they are parsed (the tree holds its own
// strings), so that a large pack's file is not in memory beside its tree and its report; locate
// finds problems' positions afterwards.
LoadResult parsePack(QByteArray bytes, const QString &fileName, const Locator &locate)
{
    LoadResult result;
    if (bytes.size() > MaxReportPackBytes) {
        result.diagnostics << fileProblem(
            fileName, ReportLoader::tr("the data is %1 bytes; report packs are limited to %2 bytes "
                                       "(16 MiB)")
                          .arg(bytes.size())
                          .arg(MaxReportPackBytes));
        return result;
    }

    Problems problems;
    const Json::ParseResult parsed = Json::parse(bytes);
    bytes = QByteArray();
    std::optional<Report> report;
    if (parsed.error) {
        problems.error(parsed.error->offset, QString(), parsed.error->message);
    } else {
        checkTree(*parsed.root, PathLink{}, problems);
        ReportReader reader(problems);
        report = reader.read(*parsed.root);
        if (report) {
            validate(*report, reader, *parsed.root, problems);
            if (problems.hasError())
                dropUnknownMetrics(*report);
        }
    }

    // Locate every problem in one pass over the data, in file order.
    QList<Issue> issues = problems.issues();
    std::stable_sort(issues.begin(), issues.end(),
                     [](const Issue &a, const Issue &b) { return a.offset < b.offset; });
    std::vector<qsizetype> offsets;
    for (const Issue &issue : issues) {
        if (issue.offset >= 0)
            offsets.push_back(issue.offset);
    }
    const std::vector<Json::Position> places =
        offsets.empty() ? std::vector<Json::Position>() : locate(parsed.contentStart, offsets);
    std::size_t next = 0;
    for (const Issue &issue : issues) {
        Diagnostic d;
        d.severity = issue.severity;
        d.file = fileName;
        d.path = issue.path;
        d.message = issue.message;
        if (issue.offset >= 0 && next < places.size()) {
            d.line = places[next].line;
            d.column = places[next].column;
            ++next;
        }
        result.diagnostics << d;
    }
    if (problems.overflowed()) {
        result.diagnostics << fileProblem(fileName,
                                          ReportLoader::tr("too many problems: only the first %1 "
                                                           "are listed")
                                              .arg(MaxProblems));
        result.diagnostics.last().severity =
            problems.hasError() ? Diagnostic::Severity::Error : Diagnostic::Severity::Warning;
    }
    result.draft = report;
    if (!problems.hasError())
        result.report = std::move(report);
    return result;
}

} // namespace

LoadResult parseReportPack(const QByteArray &bytes, const QString &fileName)
{
    // The caller keeps the bytes, so they are here to be located in.
    return parsePack(bytes, fileName,
                     [&bytes](qsizetype contentStart, const std::vector<qsizetype> &offsets) {
                         return Json::positions(bytes, contentStart, offsets);
                     });
}

LoadResult loadReportPack(const QString &path)
{
    LoadResult result;
    const QFileInfo info(path);
    if (!info.exists()) {
        result.diagnostics << fileProblem(path, ReportLoader::tr("no such file"));
        return result;
    }
    if (info.isDir()) {
        result.diagnostics << fileProblem(path, ReportLoader::tr("is a directory, not a file"));
        return result;
    }
    // The size first: a huge file is refused without reading any of it.
    if (info.size() > MaxReportPackBytes) {
        result.diagnostics << fileProblem(
            path, ReportLoader::tr("the file is %1 bytes; report packs are limited to %2 bytes "
                                   "(16 MiB), so it was not read")
                      .arg(info.size())
                      .arg(MaxReportPackBytes));
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.diagnostics << fileProblem(
            path, ReportLoader::tr("cannot open the file: %1").arg(file.errorString()));
        return result;
    }
    // What was measured and one byte more; if the file grew since, up to one byte past the
    // limit. (A buffer of the limit's size for every file would be most of a large pack's peak.)
    // Allocated exactly: QIODevice::read(n) grows its buffer to the next power of two, 2 MB
    // more than a 14.7 MB pack needs.
    QByteArray bytes(info.size() + 1, Qt::Uninitialized);
    const qint64 got = file.read(bytes.data(), bytes.size());
    bytes.truncate(std::max<qint64>(0, got));
    if (bytes.size() > info.size() && file.error() == QFileDevice::NoError)
        bytes += file.read(MaxReportPackBytes + 1 - bytes.size());
    if (file.error() != QFileDevice::NoError) {
        result.diagnostics << fileProblem(
            path, ReportLoader::tr("cannot read the file: %1").arg(file.errorString()));
        return result;
    }
    // Problems are located by reading the file again, piece by piece, when there are any. A
    // file changed in between would give wrong places, so then they are left out.
    const qint64 parsedSize = bytes.size();
    const QDateTime modified = info.lastModified();
    const Locator again = [&path, parsedSize, modified](qsizetype contentStart,
                                                        const std::vector<qsizetype> &offsets) {
        return locateInFile(path, parsedSize, modified, contentStart, offsets);
    };
    return parsePack(std::move(bytes), path, again);
}

QString embeddedReportPath()
{
    return QStringLiteral(":/reports/ai-industry-2026.figdeck.json");
}

Report embeddedReport()
{
    static const Report report = [] {
        const LoadResult loaded = loadReportPack(embeddedReportPath());
        QStringList lines;
        for (const Diagnostic &d : loaded.diagnostics)
            lines << d.toString();
        // The pack is compiled in and tested: failing here is a programming error.
        if (!loaded.ok())
            qFatal("The embedded report does not load:\n%s", qPrintable(lines.join(u'\n')));
        if (!lines.isEmpty())
            qWarning("The embedded report has warnings:\n%s", qPrintable(lines.join(u'\n')));
        return *loaded.report;
    }();
    return report;
}

} // namespace Figdeck
