// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportloader.h"

#include "jsonparser.h"
#include "loadertext.h"
#include "validate.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace Figdeck {

namespace {

using Json::Value;

// Numbers beyond this magnitude are refused: no report states a quantity of 10^15 or more in
// base units, and such values are typing errors or attempts to break the charts' axes.
constexpr double MaxMagnitude = 1e15;
// A complete share group may miss its total by rounding, but by no more than this.
constexpr double ShareTolerance = 0.5;
// More problems than this are not listed: the first ones are what a person fixes first.
constexpr int MaxProblems = 200;

// What one message quotes of a value or a path: at most this many characters, so that a
// hostile 8 MiB key cannot fill memory or a terminal.
constexpr qsizetype MaxQuoted = 200;

QString elided(const QString &s)
{
    if (s.size() <= MaxQuoted)
        return s;
    return s.left(MaxQuoted / 2 - 1) + QChar(0x2026) + s.right(MaxQuoted / 2);
}

QString quoted(const QString &s)
{
    return QLatin1Char('"') + elided(s) + QLatin1Char('"');
}

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
    if (!plainKey(key)) {
        QString escaped = elided(key);
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

QString numberText(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
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
        } else if (!std::isfinite(value.number) || std::fabs(value.number) > MaxMagnitude) {
            problems.error(value.offset, path.text(),
                           ReportLoader::tr("number out of range (magnitudes above 1e15 are "
                                            "refused)"));
        }
        break;
    case Value::Type::Array:
        for (std::size_t i = 0; i < value.items.size(); ++i)
            checkTree(value.items[i], PathLink{&path, nullptr, qsizetype(i)}, problems);
        break;
    case Value::Type::Object: {
        QSet<QString> seen;
        seen.reserve(qsizetype(value.members.size()));
        for (const Json::Member &member : value.members) {
            const PathLink memberPath{&path, &member.key, 0};
            if (seen.contains(member.key)) {
                problems.error(member.keyOffset, memberPath.text(),
                               ReportLoader::tr("duplicate key %1").arg(quoted(member.key)));
            }
            seen.insert(member.key);
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
        for (const Json::Member &member : m_object.members) {
            if (!m_known.contains(member.key)) {
                m_problems.warning(
                    member.keyOffset, childPath(m_path, member.key),
                    ReportLoader::tr("unknown field %1 is ignored").arg(quoted(member.key)));
            }
        }
    }

private:
    Problems &m_problems;
    const Value &m_object;
    QString m_path;
    QList<QLatin1String> m_known;
};

// An id as written in the file, with its place, so that a dangling reference can be located.
struct IdRef
{
    QString id;
    qsizetype offset = 0;
    QString path;
};

// Where a metric sits in the file, for messages about it found later.
struct MetricPlace
{
    qsizetype offset = -1; // the metric's object
    QString sourcePath;
    qsizetype valueOffset = -1;
    QString valuePath;
    bool unitKnown = false;
    std::optional<IdRef> equivalentOf;
    std::optional<IdRef> source;
};

class ReportReader
{
public:
    ReportReader(Problems &problems)
        : m_problems(problems)
    {
    }

    std::optional<Report> read(const Value &root);

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

    std::optional<QString> string(Fields &fields, QLatin1String key, Need need,
                                  bool mayBeEmpty = false);
    QString uniqueId(Fields &fields, QHash<QString, int> &ids, int index, const QString &what);
    std::optional<double> number(Fields &fields, QLatin1String key, Need need);
    std::optional<bool> boolean(Fields &fields, QLatin1String key, Need need);
    std::optional<QString> calendarDate(Fields &fields, QLatin1String key, Need need);
    Text text(Fields &fields, QLatin1String key, Need need);
    Text text(const Value &value, const QString &path, bool mayBeEmpty);
    const Value *array(Fields &fields, QLatin1String key, Need need, bool mayBeEmpty);
    const Value *object(const Value &value, const QString &path)
    {
        return expect(value, path, Value::Type::Object) ? &value : nullptr;
    }
    QList<IdRef> idList(Fields &fields, QLatin1String key, Need need);
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
    Metric readMetric(const Value &value, const QString &path, MetricPlace &place);
    Figure readFigure(const Value &value, const QString &path);
    std::optional<ShareGroup> readShares(const Value &value, const QString &path,
                                         const Figure &figure);
    Finding readFinding(const Value &value, const QString &path);
    Caveat readCaveat(const Value &value, const QString &path, const Figure *figure);
    Section readSection(const Value &value, const QString &path);
    QList<Finding> readFindings(Fields &fields, bool mayBeEmpty);
    QList<Caveat> readCaveats(Fields &fields, const Figure *figure);
    const Metric *resolveMetric(const IdRef &ref);

    Problems &m_problems;
    int m_version = 1;
    QString m_language = QStringLiteral("en");
    QList<Metric> m_metrics;
    QList<MetricPlace> m_metricPlaces;
    QHash<QString, int> m_metricIds;
    QHash<QString, int> m_figureIds;
    QHash<QString, int> m_sectionIds;
    QHash<QString, int> m_caveatIds;
    QHash<QString, int> m_sourceIds;
};

std::optional<QString> ReportReader::string(Fields &fields, QLatin1String key, Need need,
                                            bool mayBeEmpty)
{
    const Value *value = fields.get(key, need);
    if (!value || !expect(*value, fields.path(key), Value::Type::String))
        return std::nullopt;
    if (!mayBeEmpty && isBlankText(value->string)) {
        error(*value, fields.path(key), ReportLoader::tr("must not be empty"));
        return std::nullopt;
    }
    return value->string;
}

// The "id" of an object: well-formed and not used before in `ids` (then recorded with `index`).
QString ReportReader::uniqueId(Fields &fields, QHash<QString, int> &ids, int index,
                               const QString &what)
{
    const QLatin1String key("id");
    const Value *value = fields.get(key, Need::Required);
    if (!value || !expect(*value, fields.path(key), Value::Type::String))
        return {};
    if (!isValidId(value->string)) {
        error(*value, fields.path(key),
              ReportLoader::tr("%1 is not a valid id (use lowercase letters, digits and single "
                               "hyphens, e.g. \"core-scale-cny\")")
                  .arg(quoted(value->string)));
        return {};
    }
    if (ids.contains(value->string)) {
        error(*value, fields.path(key),
              ReportLoader::tr("duplicate %1 id %2").arg(what, quoted(value->string)));
    } else {
        ids.insert(value->string, index);
    }
    return value->string;
}

std::optional<double> ReportReader::number(Fields &fields, QLatin1String key, Need need)
{
    const Value *value = fields.get(key, need);
    if (!value || !expect(*value, fields.path(key), Value::Type::Number))
        return std::nullopt;
    // Out-of-range numbers were reported by checkTree already.
    if (!inRange(value->number) || value->underflow)
        return std::nullopt;
    return value->number;
}

std::optional<bool> ReportReader::boolean(Fields &fields, QLatin1String key, Need need)
{
    const Value *value = fields.get(key, need);
    if (!value || !expect(*value, fields.path(key), Value::Type::Bool))
        return std::nullopt;
    return value->boolean;
}

Text ReportReader::text(Fields &fields, QLatin1String key, Need need)
{
    const Value *value = fields.get(key, need);
    if (!value)
        return {};
    return text(*value, fields.path(key), need == Need::Optional);
}

// A plain string in the report's language, or {"en": "...", "zh-Hans": "..."}.
Text ReportReader::text(const Value &value, const QString &path, bool mayBeEmpty)
{
    Text result;
    result.fallbackLanguage = m_language;
    if (value.isString()) {
        result.byLanguage.insert(m_language, value.string);
    } else if (value.isObject()) {
        for (const Json::Member &member : value.members) {
            const QString memberPath = childPath(path, member.key);
            if (!isLanguageTag(member.key)) {
                m_problems.error(member.keyOffset, memberPath,
                                 ReportLoader::tr("%1 is not a BCP-47 language tag (e.g. \"en\", "
                                                  "\"zh-Hans\")")
                                     .arg(quoted(member.key)));
            } else if (expect(member.value, memberPath, Value::Type::String) &&
                       !result.byLanguage.contains(member.key)) {
                result.byLanguage.insert(member.key, member.value.string);
            }
        }
        if (value.members.empty()) {
            error(value, path, ReportLoader::tr("a translated text needs at least one language"));
            return result;
        }
        if (!result.byLanguage.contains(m_language)) {
            error(value, path,
                  ReportLoader::tr("has no text in the report's language %1")
                      .arg(quoted(m_language)));
            return result;
        }
    } else {
        error(value, path,
              ReportLoader::tr("expected a string or an object of translations, found %1")
                  .arg(Json::typeName(value.type)));
        return result;
    }
    if (!mayBeEmpty && result.isEmpty())
        error(value, path, ReportLoader::tr("must not be empty"));
    return result;
}

const Value *ReportReader::array(Fields &fields, QLatin1String key, Need need, bool mayBeEmpty)
{
    const Value *value = fields.get(key, need);
    if (!value || !expect(*value, fields.path(key), Value::Type::Array))
        return nullptr;
    if (!mayBeEmpty && value->items.empty())
        error(*value, fields.path(key), ReportLoader::tr("must not be empty"));
    return value;
}

QList<IdRef> ReportReader::idList(Fields &fields, QLatin1String key, Need need)
{
    QList<IdRef> result;
    const Value *list = array(fields, key, need, false);
    if (!list)
        return result;
    QSet<QString> seen;
    for (std::size_t i = 0; i < list->items.size(); ++i) {
        const Value &item = list->items[i];
        const QString path = indexPath(fields.path(key), qsizetype(i));
        if (!expect(item, path, Value::Type::String))
            continue;
        if (seen.contains(item.string)) {
            error(item, path, ReportLoader::tr("%1 is listed twice").arg(quoted(item.string)));
            continue;
        }
        seen.insert(item.string);
        result << IdRef{item.string, item.offset, path};
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
        for (std::size_t i = 0; i < list->items.size(); ++i)
            result << read(list->items[i], indexPath(fields.path(key), qsizetype(i)));
    }
    return result;
}

const Metric *ReportReader::resolveMetric(const IdRef &ref)
{
    const auto it = m_metricIds.constFind(ref.id);
    if (it == m_metricIds.cend()) {
        m_problems.error(ref.offset, ref.path,
                         ReportLoader::tr("unknown metric id %1").arg(quoted(ref.id)));
        return nullptr;
    }
    return &m_metrics.at(*it);
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

    // Metrics before everything that refers to them, whatever the order of keys in the file.
    m_metrics = readList<Metric>(fields, QLatin1String("metrics"), false,
                                 [this](const Value &item, const QString &itemPath) {
                                     MetricPlace place;
                                     Metric metric = readMetric(item, itemPath, place);
                                     m_metricPlaces << place;
                                     return metric;
                                 });
    for (int i = 0; i < m_metrics.size(); ++i) {
        const std::optional<IdRef> &ref = m_metricPlaces.at(i).equivalentOf;
        if (!ref || !resolveMetric(*ref))
            continue;
        if (ref->id == m_metrics.at(i).id) {
            m_problems.error(ref->offset, ref->path,
                             ReportLoader::tr("a metric cannot be the equivalent of itself"));
        }
    }
    // Every metric names its source: the one it gives, or the pack's only source.
    for (int i = 0; i < m_metrics.size(); ++i) {
        Metric &metric = m_metrics[i];
        if (!metric.source.isEmpty()) {
            if (!m_sourceIds.contains(metric.source)) {
                const IdRef &ref = *m_metricPlaces.at(i).source;
                m_problems.error(
                    ref.offset, ref.path,
                    ReportLoader::tr("unknown source id %1").arg(quoted(metric.source)));
            }
        } else if (report.sources.size() == 1) {
            metric.source = report.sources.first().id;
        } else if (report.sources.size() > 1) {
            m_problems.error(m_metricPlaces.at(i).offset, m_metricPlaces.at(i).sourcePath,
                             ReportLoader::tr("the pack has %1 sources: say which one this "
                                              "number comes from with \"source\"")
                                 .arg(report.sources.size()));
        }
    }
    report.figures = readList<Figure>(
        fields, QLatin1String("figures"), false,
        [this](const Value &item, const QString &itemPath) { return readFigure(item, itemPath); });
    report.sections = readList<Section>(
        fields, QLatin1String("sections"), true,
        [this](const Value &item, const QString &itemPath) { return readSection(item, itemPath); });
    report.caveats = readCaveats(fields, nullptr);
    fields.warnUnknown();

    report.metrics = m_metrics;
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
    if (const std::optional<QString> date =
            calendarDate(fields, QLatin1String("date"), Need::Required))
        report.date = *date;
    readSources(fields, report);
}

// "YYYY", "YYYY-MM" or "YYYY-MM-DD", a real date.
std::optional<QString> ReportReader::calendarDate(Fields &fields, QLatin1String key, Need need)
{
    const std::optional<QString> date = string(fields, key, need);
    if (!date)
        return std::nullopt;
    const std::optional<PeriodDate> parsed = PeriodDate::parse(*date);
    if (parsed && parsed->precision != PeriodDate::Precision::Quarter)
        return date;
    error(*fields.get(key, need), fields.path(key),
          ReportLoader::tr("%1 is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)")
              .arg(quoted(*date)));
    return std::nullopt;
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
        if (object(*single, fields.path(one))) {
            report.sources << readSource(*single, fields.path(one), false);
            m_sourceIds.insert(report.sources.first().id, 0);
        }
        return;
    }
    if (list) {
        report.sources = readList<Source>(fields, many, false,
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
    if (needsId) {
        source.id =
            uniqueId(fields, m_sourceIds, int(m_sourceIds.size()), ReportLoader::tr("source"));
    } else if (const Value *id = getV2(fields, QLatin1String("id"), Need::Optional)) {
        Q_UNUSED(id);
        source.id = uniqueId(fields, m_sourceIds, 0, ReportLoader::tr("source"));
        m_sourceIds.clear(); // the caller records the one source
    }
    source.title = text(fields, QLatin1String("title"), Need::Required);
    if (const std::optional<QString> url = string(fields, QLatin1String("url"), Need::Required)) {
        const QUrl parsed(*url, QUrl::StrictMode);
        const QString scheme = parsed.scheme();
        if (!parsed.isValid() || parsed.host().isEmpty() ||
            (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
            error(*fields.get(QLatin1String("url"), Need::Required),
                  fields.path(QLatin1String("url")),
                  ReportLoader::tr("%1 is not an http or https URL").arg(quoted(*url)));
        } else {
            source.url = *url;
        }
    }
    if (const auto kind = enumeration(fields, QLatin1String("kind"), sourceKindTable()))
        source.kind = *kind;
    source.publisher = text(fields, QLatin1String("publisher"), Need::Optional);
    if (getV2(fields, QLatin1String("date"), Need::Optional)) {
        if (const std::optional<QString> date =
                calendarDate(fields, QLatin1String("date"), Need::Optional))
            source.date = *date;
    }
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
    const QString &name = value->string;
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

Metric ReportReader::readMetric(const Value &value, const QString &path, MetricPlace &place)
{
    Metric metric;
    place.offset = value.offset;
    if (!object(value, path))
        return metric;
    Fields fields(m_problems, value, path);
    // m_metricPlaces grows by one per metric read, so its size is this metric's index.
    metric.id =
        uniqueId(fields, m_metricIds, int(m_metricPlaces.size()), ReportLoader::tr("metric"));
    metric.label = text(fields, QLatin1String("label"), Need::Required);
    if (const auto unit = readUnit(fields)) {
        metric.unit = *unit;
        place.unitKnown = true;
    }

    // "value", or (version 2) "range": [low, high].
    const Value *rangeValue = getV2(fields, QLatin1String("range"), Need::Optional);
    const Value *plainValue = fields.get(QLatin1String("value"), Need::Optional);
    if (rangeValue && plainValue) {
        error(*rangeValue, fields.path(QLatin1String("range")),
              ReportLoader::tr("give either \"value\" or \"range\", not both"));
    } else if (rangeValue) {
        const QString rangePath = fields.path(QLatin1String("range"));
        if (expect(*rangeValue, rangePath, Value::Type::Array)) {
            const auto &items = rangeValue->items;
            if (items.size() != 2) {
                error(*rangeValue, rangePath,
                      ReportLoader::tr("a range is exactly two numbers [low, high]"));
            } else if (expect(items[0], indexPath(rangePath, 0), Value::Type::Number) &&
                       expect(items[1], indexPath(rangePath, 1), Value::Type::Number) &&
                       inRange(items[0].number) && inRange(items[1].number)) {
                metric.value = items[0].number;
                metric.high = items[1].number;
                place.valueOffset = items[0].offset;
                place.valuePath = indexPath(rangePath, 0);
                if (*metric.high < metric.value) {
                    error(*rangeValue, rangePath,
                          ReportLoader::tr("the low end of a range must not exceed the high "
                                           "end, found [%1, %2]")
                              .arg(numberText(metric.value), numberText(*metric.high)));
                }
            }
        }
    } else if (const std::optional<double> number =
                   this->number(fields, QLatin1String("value"), Need::Required)) {
        metric.value = *number;
        place.valueOffset = plainValue->offset;
        place.valuePath = fields.path(QLatin1String("value"));
    }
    if (place.unitKnown && place.valueOffset >= 0) {
        const UnitKindEntry &kind = entry(metric.unit.kind);
        const auto wrong = [&](double v) {
            return (kind.wholeValues && std::trunc(v) != v) || (!kind.signedValues && v < 0) ||
                   (metric.unit.kind == UnitKind::Rank && v < 1);
        };
        if (wrong(metric.value) || (metric.high && wrong(*metric.high))) {
            m_problems.error(
                place.valueOffset, place.valuePath,
                metric.unit.kind == UnitKind::Rank
                    ? ReportLoader::tr("a rank must be a whole number of at least 1, found %1")
                          .arg(numberText(wrong(metric.value) ? metric.value : *metric.high))
                    : ReportLoader::tr("a count must be a whole number of at least 0, found %1")
                          .arg(numberText(wrong(metric.value) ? metric.value : *metric.high)));
        }
    }
    metric.noun = text(fields, QLatin1String("noun"), Need::Optional);
    metric.measure = text(fields, QLatin1String("measure"), Need::Optional);
    metric.period = text(fields, QLatin1String("period"), Need::Optional);
    if (const Value *date = getV2(fields, QLatin1String("date"), Need::Optional)) {
        if (expect(*date, fields.path(QLatin1String("date")), Value::Type::String)) {
            metric.date = PeriodDate::parse(date->string);
            if (!metric.date) {
                error(*date, fields.path(QLatin1String("date")),
                      ReportLoader::tr("%1 is not an ISO 8601 year, quarter, month or day "
                                       "(YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD)")
                          .arg(quoted(date->string)));
            }
        }
    }
    if (const auto qualifier = enumeration(fields, QLatin1String("qualifier"), qualifierTable()))
        metric.qualifier = *qualifier;
    if (metric.high && metric.qualifier != Qualifier::Exact &&
        metric.qualifier != Qualifier::Approximate) {
        error(*fields.get(QLatin1String("qualifier"), Need::Required),
              fields.path(QLatin1String("qualifier")),
              ReportLoader::tr("a range is \"exact\" or \"approximate\", not %1")
                  .arg(quoted(toString(metric.qualifier))));
    }

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
    const Value *derivation = fields.get(QLatin1String("derivation"), Need::Optional);
    if (derivation)
        metric.derivation = text(*derivation, fields.path(QLatin1String("derivation")), false);
    if (metric.origin == Origin::Derived && !derivation) {
        error(value, fields.path(QLatin1String("derivation")),
              ReportLoader::tr("a derived metric needs a \"derivation\" saying how it was "
                               "computed"));
    } else if (metric.origin == Origin::Stated && derivation) {
        error(*derivation, fields.path(QLatin1String("derivation")),
              ReportLoader::tr("only a derived metric has a \"derivation\" (origin is "
                               "\"stated\")"));
    }
    metric.quote = string(fields, QLatin1String("quote"), Need::Required).value_or(QString());

    // "equivalentOf": an id, or (version 2) {"metric": id, "rate": text}.
    if (const Value *equivalent = fields.get(QLatin1String("equivalentOf"), Need::Optional)) {
        const QString equivalentPath = fields.path(QLatin1String("equivalentOf"));
        if (equivalent->isObject() && m_version >= 2) {
            Fields inner(m_problems, *equivalent, equivalentPath);
            if (const Value *id = inner.get(QLatin1String("metric"), Need::Required)) {
                const QString idPath = inner.path(QLatin1String("metric"));
                if (expect(*id, idPath, Value::Type::String)) {
                    metric.equivalentOf = id->string;
                    place.equivalentOf = IdRef{id->string, id->offset, idPath};
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
            metric.equivalentOf = equivalent->string;
            place.equivalentOf = IdRef{equivalent->string, equivalent->offset, equivalentPath};
        }
    }

    place.sourcePath = fields.path(QLatin1String("source"));
    if (getV2(fields, QLatin1String("source"), Need::Optional)) {
        if (const std::optional<QString> source =
                string(fields, QLatin1String("source"), Need::Optional)) {
            metric.source = *source;
            place.source =
                IdRef{*source, fields.get(QLatin1String("source"), Need::Optional)->offset,
                      place.sourcePath};
        }
    }
    fields.warnUnknown();
    return metric;
}

Figure ReportReader::readFigure(const Value &value, const QString &path)
{
    Figure figure;
    if (!object(value, path))
        return figure;
    Fields fields(m_problems, value, path);
    figure.id = uniqueId(fields, m_figureIds, int(m_figureIds.size()), ReportLoader::tr("figure"));
    figure.title = text(fields, QLatin1String("title"), Need::Required);
    figure.subtitle = text(fields, QLatin1String("subtitle"), Need::Optional);
    const std::optional<ChartKind> kind =
        enumeration(fields, QLatin1String("kind"), figureKindTable());
    figure.kind = kind.value_or(ChartKind::Tiles);

    // A series figure with several series lists them in "series" instead of "metrics".
    const Value *seriesList = getV2(fields, QLatin1String("series"), Need::Optional);
    if (seriesList && kind && *kind != ChartKind::Series) {
        error(*seriesList, fields.path(QLatin1String("series")),
              ReportLoader::tr("only a \"series\" figure has \"series\""));
        seriesList = nullptr;
    }
    if (seriesList) {
        if (const Value *metrics = fields.get(QLatin1String("metrics"), Need::Optional)) {
            error(*metrics, fields.path(QLatin1String("metrics")),
                  ReportLoader::tr("a figure with \"series\" lists its metrics in each series, "
                                   "not in \"metrics\""));
        }
        figure.series = readList<Series>(
            fields, QLatin1String("series"), false,
            [this, &figure](const Value &item, const QString &itemPath) {
                Series series;
                if (!object(item, itemPath))
                    return series;
                Fields inner(m_problems, item, itemPath);
                series.label = text(inner, QLatin1String("label"), Need::Required);
                for (const IdRef &ref : idList(inner, QLatin1String("metrics"), Need::Required)) {
                    if (!resolveMetric(ref))
                        continue;
                    if (figure.metricIds.contains(ref.id)) {
                        m_problems.error(ref.offset, ref.path,
                                         ReportLoader::tr("%1 is already in another series")
                                             .arg(quoted(ref.id)));
                        continue;
                    }
                    series.metricIds << ref.id;
                    figure.metricIds << ref.id;
                }
                inner.warnUnknown();
                return series;
            });
    } else {
        for (const IdRef &ref : idList(fields, QLatin1String("metrics"), Need::Required)) {
            if (resolveMetric(ref))
                figure.metricIds << ref.id;
        }
    }

    if (getV2(fields, QLatin1String("as"), Need::Optional)) {
        if (const auto style =
                enumeration(fields, QLatin1String("as"), figureStyleTable(), Need::Optional)) {
            if (kind && !entry(*kind).styles.contains(*style)) {
                QStringList allowed;
                for (const FigureStyle s : entry(*kind).styles)
                    allowed << toString(s);
                error(
                    *fields.get(QLatin1String("as"), Need::Optional),
                    fields.path(QLatin1String("as")),
                    allowed.isEmpty()
                        ? ReportLoader::tr("a %1 figure has no \"as\"").arg(quoted(toString(*kind)))
                        : ReportLoader::tr("a %1 figure is drawn as one of: %2")
                              .arg(quoted(toString(*kind)), allowed.join(QLatin1String(", "))));
            } else {
                figure.style = *style;
            }
        }
    }
    if (getV2(fields, QLatin1String("order"), Need::Optional)) {
        if (const auto order =
                enumeration(fields, QLatin1String("order"), barOrderTable(), Need::Optional)) {
            if (kind && *kind != ChartKind::Bars) {
                error(*fields.get(QLatin1String("order"), Need::Optional),
                      fields.path(QLatin1String("order")),
                      ReportLoader::tr("only a \"bars\" figure has an \"order\""));
            } else {
                figure.order = *order;
            }
        }
    }

    const bool wantsShares = kind == ChartKind::Shares || kind == ChartKind::PartWhole;
    if (const Value *shares = fields.get(QLatin1String("shares"), Need::Optional)) {
        if (kind && !wantsShares) {
            error(*shares, fields.path(QLatin1String("shares")),
                  ReportLoader::tr("only \"shares\" and \"part-whole\" figures have a share "
                                   "group"));
        } else if (object(*shares, fields.path(QLatin1String("shares")))) {
            figure.shares = readShares(*shares, fields.path(QLatin1String("shares")), figure);
        }
    } else if (wantsShares) {
        error(
            value, fields.path(QLatin1String("shares")),
            ReportLoader::tr("a %1 figure needs a \"shares\" group").arg(quoted(toString(*kind))));
    }

    if (const std::optional<bool> comparable =
            boolean(fields, QLatin1String("comparable"), Need::Optional)) {
        figure.comparable = *comparable;
        const bool oneAxis = wantsShares || kind == ChartKind::Bars || kind == ChartKind::Series;
        if (!figure.comparable && oneAxis) {
            error(*fields.get(QLatin1String("comparable"), Need::Optional),
                  fields.path(QLatin1String("comparable")),
                  ReportLoader::tr("values that are not comparable must not share one axis: a "
                                   "%1 figure does that (use tiles or small-multiples)")
                      .arg(quoted(toString(*kind))));
        }
    }
    figure.findings = readFindings(fields, true);
    figure.caveats = readCaveats(fields, &figure);
    fields.warnUnknown();
    return figure;
}

std::optional<ShareGroup> ReportReader::readShares(const Value &value, const QString &path,
                                                   const Figure &figure)
{
    ShareGroup group;
    Fields fields(m_problems, value, path);
    group.whole = text(fields, QLatin1String("whole"), Need::Required);
    std::optional<double> total = number(fields, QLatin1String("total"), Need::Required);
    if (total && (*total <= 0 || *total > 100)) {
        error(*fields.get(QLatin1String("total"), Need::Required),
              fields.path(QLatin1String("total")),
              ReportLoader::tr("the total of percent shares must lie above 0 and at most 100, "
                               "found %1")
                  .arg(numberText(*total)));
        total.reset();
    } else if (total) {
        group.total = *total;
    }
    group.complete = boolean(fields, QLatin1String("complete"), Need::Required).value_or(true);

    double sum = 0;
    bool summable = true;
    for (const IdRef &ref : idList(fields, QLatin1String("parts"), Need::Required)) {
        const Metric *metric = resolveMetric(ref);
        if (!metric) {
            summable = false;
            continue;
        }
        group.partIds << ref.id;
        if (!figure.metricIds.contains(ref.id)) {
            m_problems.error(
                ref.offset, ref.path,
                ReportLoader::tr("%1 is not one of this figure's metrics").arg(quoted(ref.id)));
        }
        const MetricPlace &place = m_metricPlaces.at(m_metricIds.value(ref.id));
        if (!place.unitKnown || place.valueOffset < 0) {
            summable = false; // refused already; a sum would only repeat that
            continue;
        }
        if (!metric->unit.is(UnitKind::Percent)) {
            m_problems.error(ref.offset, ref.path,
                             ReportLoader::tr("share parts must be percent metrics; %1 is in %2")
                                 .arg(quoted(ref.id), toString(metric->unit)));
            summable = false;
            continue;
        }
        if (metric->value < 0 || metric->value > 100) {
            m_problems.error(place.valueOffset, place.valuePath,
                             ReportLoader::tr("a share must lie between 0 and 100, found %1 (used "
                                              "by %2)")
                                 .arg(numberText(metric->value), ref.path));
        }
        sum += metric->value;
    }
    const Value *parts = fields.get(QLatin1String("parts"), Need::Optional);
    if (parts && parts->isArray() && summable && total) {
        if (group.complete && group.partIds.size() < 2) {
            error(*parts, fields.path(QLatin1String("parts")),
                  ReportLoader::tr("a complete share group needs at least two parts"));
        } else if (group.complete && std::fabs(sum - group.total) > ShareTolerance) {
            error(*parts, fields.path(QLatin1String("parts")),
                  ReportLoader::tr("the parts of a complete share group add up to %1, not %2 "
                                   "(allowed difference: 0.5)")
                      .arg(numberText(sum), numberText(group.total)));
        } else if (!group.complete && sum > group.total + ShareTolerance) {
            error(*parts, fields.path(QLatin1String("parts")),
                  ReportLoader::tr("the parts add up to %1, more than the total %2")
                      .arg(numberText(sum), numberText(group.total)));
        }
    }
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

QList<Finding> ReportReader::readFindings(Fields &fields, bool mayBeEmpty)
{
    return readList<Finding>(
        fields, QLatin1String("findings"), mayBeEmpty,
        [this](const Value &item, const QString &itemPath) { return readFinding(item, itemPath); });
}

Caveat ReportReader::readCaveat(const Value &value, const QString &path, const Figure *figure)
{
    Caveat caveat;
    if (!object(value, path))
        return caveat;
    Fields fields(m_problems, value, path);
    caveat.id = uniqueId(fields, m_caveatIds, int(m_caveatIds.size()), ReportLoader::tr("caveat"));
    caveat.text = text(fields, QLatin1String("text"), Need::Required);
    for (const IdRef &ref : idList(fields, QLatin1String("metrics"), Need::Optional)) {
        if (!resolveMetric(ref))
            continue;
        if (figure && !figure->metricIds.contains(ref.id)) {
            m_problems.error(
                ref.offset, ref.path,
                ReportLoader::tr("%1 is not one of this figure's metrics").arg(quoted(ref.id)));
            continue;
        }
        caveat.metricIds << ref.id;
    }
    fields.warnUnknown();
    return caveat;
}

QList<Caveat> ReportReader::readCaveats(Fields &fields, const Figure *figure)
{
    return readList<Caveat>(fields, QLatin1String("caveats"), true,
                            [this, figure](const Value &item, const QString &itemPath) {
                                return readCaveat(item, itemPath, figure);
                            });
}

Section ReportReader::readSection(const Value &value, const QString &path)
{
    Section section;
    if (!object(value, path))
        return section;
    Fields fields(m_problems, value, path);
    section.id =
        uniqueId(fields, m_sectionIds, int(m_sectionIds.size()), ReportLoader::tr("section"));
    section.title = text(fields, QLatin1String("title"), Need::Required);
    section.findings = readFindings(fields, false);
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
            if (!ok || !value->isArray() || index < 0 || index >= qsizetype(value->items.size()))
                break;
            value = &value->items[std::size_t(index)];
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

LoadResult parseReportPack(const QByteArray &bytes, const QString &fileName)
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
    std::optional<Report> report;
    if (parsed.error) {
        problems.error(parsed.error->offset, QString(), parsed.error->message);
    } else {
        checkTree(*parsed.root, PathLink{}, problems);
        ReportReader reader(problems);
        report = reader.read(*parsed.root);
        // The semantic rules, on what was read; only on a clean read, so that a field the
        // reader refused (and left at its default) cannot raise a second, misleading problem.
        if (report && !problems.hasError()) {
            for (const Problem &p : validateReport(*report)) {
                const qsizetype offset = offsetOf(*parsed.root, p.path);
                if (p.severity == Problem::Severity::Error)
                    problems.error(offset, p.path, p.message);
                else
                    problems.warning(offset, p.path, p.message);
            }
        }
    }

    // Locate every problem in one pass over the bytes, in file order.
    QList<Issue> issues = problems.issues();
    std::stable_sort(issues.begin(), issues.end(),
                     [](const Issue &a, const Issue &b) { return a.offset < b.offset; });
    std::vector<qsizetype> offsets;
    for (const Issue &issue : issues) {
        if (issue.offset >= 0)
            offsets.push_back(issue.offset);
    }
    const std::vector<Json::Position> places = Json::positions(bytes, parsed.contentStart, offsets);
    std::size_t next = 0;
    for (const Issue &issue : issues) {
        Diagnostic d;
        d.severity = issue.severity;
        d.file = fileName;
        d.path = issue.path;
        d.message = issue.message;
        if (issue.offset >= 0) {
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
    // Read one byte past the limit, in case the file grew since it was measured.
    const QByteArray bytes = file.read(MaxReportPackBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        result.diagnostics << fileProblem(
            path, ReportLoader::tr("cannot read the file: %1").arg(file.errorString()));
        return result;
    }
    return parseReportPack(bytes, path);
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
