// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportloader.h"

#include <QLocale>

#include <cmath>

// Writes version-1 report packs in the documented key order, two-space indented, so a written
// pack reads like the hand-written embedded one and diffs cleanly.
namespace Figdeck {

namespace {

class Writer
{
public:
    QByteArray result() const { return m_out + '\n'; }

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }

    void key(const char *name)
    {
        separate();
        m_out += '"';
        m_out += name;
        m_out += "\": ";
        m_afterKey = true;
    }

    void string(const QString &s)
    {
        separate();
        m_out += quoted(s);
    }

    void number(double value)
    {
        separate();
        // Whole numbers as integers ("6000", "165000000000"); the rest in the shortest form that
        // reads back to the same double.
        if (std::trunc(value) == value && std::fabs(value) < 1e15)
            m_out += QByteArray::number(qint64(value));
        else
            m_out += QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    }

    void boolean(bool value)
    {
        separate();
        m_out += value ? "true" : "false";
    }

    // ["a", "b"] on one line: id lists are short and read better that way.
    void idList(const QStringList &ids)
    {
        separate();
        m_out += '[';
        for (int i = 0; i < ids.size(); ++i) {
            if (i > 0)
                m_out += ", ";
            m_out += quoted(ids.at(i));
        }
        m_out += ']';
    }

    void text(const Text &text, const QString &language)
    {
        if (text.byLanguage.size() == 1 && text.byLanguage.contains(language)) {
            string(text.byLanguage.value(language));
            return;
        }
        beginObject();
        for (const LanguageTexts::Entry &entry : text.byLanguage) {
            key(entry.language.toUtf8().constData());
            string(entry.text);
        }
        endObject();
    }

private:
    static QByteArray quoted(const QString &s)
    {
        QByteArray out = "\"";
        for (const char c : s.toUtf8()) {
            switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\t':
                out += "\\t";
                break;
            case '\r':
                out += "\\r";
                break;
            default:
                if (uchar(c) < 0x20)
                    out += "\\u00" + QByteArray::number(uchar(c), 16).rightJustified(2, '0');
                else
                    out += c;
            }
        }
        return out + '"';
    }

    void separate()
    {
        if (m_afterKey) {
            m_afterKey = false;
            return;
        }
        if (m_depth == 0)
            return;
        if (!m_empty.back())
            m_out += ',';
        m_empty.back() = false;
        newline();
    }
    void newline()
    {
        m_out += '\n';
        m_out += QByteArray(2 * m_depth, ' ');
    }
    void open(char bracket)
    {
        separate();
        m_out += bracket;
        ++m_depth;
        m_empty.push_back(true);
    }
    void close(char bracket)
    {
        --m_depth;
        const bool empty = m_empty.back();
        m_empty.pop_back();
        if (!empty)
            newline();
        m_out += bracket;
    }

    QByteArray m_out;
    int m_depth = 0;
    std::vector<bool> m_empty; // per open container: nothing written in it yet
    bool m_afterKey = false;
};

class ReportWriter
{
public:
    explicit ReportWriter(const QString &language)
        : m_language(language)
    {
    }

    QByteArray write(const Report &report)
    {
        m_w.beginObject();
        field("format", QStringLiteral("figdeck-report"));
        m_v2 = needsVersion2(report);
        field("version", m_v2 ? 2.0 : 1.0);
        field("language", report.language);
        text("title", report.title);
        optionalText("issuer", report.issuer);
        optionalText("event", report.event);
        field("date", report.date);
        if (!m_v2) {
            m_w.key("source");
            source(report.primarySource());
        } else {
            m_oneSource = report.sources.size() == 1;
            m_w.key("sources");
            m_w.beginArray();
            for (const Source &src : report.sources)
                source(src);
            m_w.endArray();
        }
        m_w.key("metrics");
        m_w.beginArray();
        for (const Metric &m : report.metrics)
            metric(m);
        m_w.endArray();
        m_w.key("figures");
        m_w.beginArray();
        for (const Figure &f : report.figures)
            figure(f);
        m_w.endArray();
        m_w.key("sections");
        m_w.beginArray();
        for (const Section &s : report.sections)
            section(s);
        m_w.endArray();
        caveats(report.caveats);
        m_w.endObject();
        return m_w.result();
    }

private:
    void field(const char *key, const QString &value)
    {
        m_w.key(key);
        m_w.string(value);
    }
    void field(const char *key, double value)
    {
        m_w.key(key);
        m_w.number(value);
    }
    void field(const char *key, bool value)
    {
        m_w.key(key);
        m_w.boolean(value);
    }
    // A string literal would otherwise quietly pick the bool overload.
    void field(const char *key, const char *value) = delete;
    void ids(const char *key, const QStringList &value)
    {
        m_w.key(key);
        m_w.idList(value);
    }
    void text(const char *key, const Text &value)
    {
        m_w.key(key);
        m_w.text(value, m_language);
    }
    void optionalText(const char *key, const Text &value)
    {
        if (!value.byLanguage.isEmpty())
            text(key, value);
    }

    // A version-1 pack can say it: else the writer writes version 2.
    static bool needsVersion2(const Report &r)
    {
        if (r.version >= 2 || r.sources.size() != 1 || r.sources.first().id != Source().id ||
            !r.sources.first().date.isEmpty() || entryOf(r.sources.first().kind) > 1)
            return true;
        for (const Metric &m : r.metrics) {
            const bool v1Unit = m.unit.is(UnitKind::Percent) || m.unit.is(UnitKind::Count) ||
                                m.unit.isCurrency(QLatin1StringView("CNY")) ||
                                m.unit.isCurrency(QLatin1StringView("USD"));
            if (!v1Unit || m.high || m.date || m.status == Status::Estimated ||
                entry(m.qualifier).since > 1 || !m.equivalentRate.byLanguage.isEmpty())
                return true;
        }
        for (const Figure &f : r.figures) {
            if (entry(f.kind).since > 1 || f.style != FigureStyle::Default ||
                f.order != BarOrder::Pack || !f.series.isEmpty())
                return true;
        }
        return false;
    }
    static int entryOf(SourceKind k)
    {
        for (const auto &e : sourceKindTable()) {
            if (e.value == k)
                return e.since;
        }
        return 1;
    }

    void source(const Source &s)
    {
        m_w.beginObject();
        if (m_v2)
            field("id", s.id);
        text("title", s.title);
        field("url", s.url);
        field("kind", toString(s.kind));
        optionalText("publisher", s.publisher);
        if (m_v2 && !s.date.isEmpty())
            field("date", s.date);
        m_w.endObject();
    }

    void unit(const Unit &u)
    {
        m_w.key("unit");
        if (!u.is(UnitKind::Custom)) {
            m_w.string(u.fileName());
            return;
        }
        m_w.beginObject();
        text("symbol", u.symbol);
        text("name", u.name);
        if (u.scale != UnitScale::Words)
            field("scale", toString(u.scale));
        m_w.endObject();
    }

    void metric(const Metric &m)
    {
        m_w.beginObject();
        field("id", m.id);
        text("label", m.label);
        if (m.high) {
            m_w.key("range");
            m_w.beginArray();
            m_w.number(m.value);
            m_w.number(*m.high);
            m_w.endArray();
        } else {
            field("value", m.value);
        }
        unit(m.unit);
        optionalText("noun", m.noun);
        optionalText("measure", m.measure);
        optionalText("period", m.period);
        if (m.date)
            field("date", m.date->iso);
        field("qualifier", toString(m.qualifier));
        if (m_v2 && m.status != Status::Observed)
            field("status", toString(m.status));
        else if (m.isProjected())
            field("projected", true);
        field("origin", toString(m.origin));
        optionalText("derivation", m.derivation);
        field("quote", m.quote);
        if (!m.equivalentOf.isEmpty()) {
            if (m.equivalentRate.byLanguage.isEmpty()) {
                field("equivalentOf", m.equivalentOf);
            } else {
                m_w.key("equivalentOf");
                m_w.beginObject();
                field("metric", m.equivalentOf);
                text("rate", m.equivalentRate);
                m_w.endObject();
            }
        }
        if (m_v2 && !m_oneSource && !m.source.isEmpty())
            field("source", m.source);
        m_w.endObject();
    }

    void figure(const Figure &f)
    {
        m_w.beginObject();
        field("id", f.id);
        text("title", f.title);
        optionalText("subtitle", f.subtitle);
        field("kind", toString(f.kind));
        if (f.style != FigureStyle::Default)
            field("as", toString(f.style));
        if (f.order != BarOrder::Pack)
            field("order", toString(f.order));
        if (f.series.isEmpty()) {
            ids("metrics", f.metricIds);
        } else {
            m_w.key("series");
            m_w.beginArray();
            for (const Series &series : f.series) {
                m_w.beginObject();
                text("label", series.label);
                ids("metrics", series.metricIds);
                m_w.endObject();
            }
            m_w.endArray();
        }
        if (f.shares) {
            m_w.key("shares");
            m_w.beginObject();
            text("whole", f.shares->whole);
            field("total", f.shares->total);
            field("complete", f.shares->complete);
            ids("parts", f.shares->partIds);
            m_w.endObject();
        }
        if (!f.comparable)
            field("comparable", false);
        findings(f.findings);
        caveats(f.caveats);
        m_w.endObject();
    }

    void section(const Section &s)
    {
        m_w.beginObject();
        field("id", s.id);
        text("title", s.title);
        findings(s.findings);
        m_w.endObject();
    }

    void findings(const QList<Finding> &list)
    {
        m_w.key("findings");
        m_w.beginArray();
        for (const Finding &f : list) {
            m_w.beginObject();
            text("text", f.text);
            if (!f.quote.isEmpty())
                field("quote", f.quote);
            m_w.endObject();
        }
        m_w.endArray();
    }

    void caveats(const QList<Caveat> &list)
    {
        m_w.key("caveats");
        m_w.beginArray();
        for (const Caveat &c : list) {
            m_w.beginObject();
            field("id", c.id);
            text("text", c.text);
            if (!c.metricIds.isEmpty())
                ids("metrics", c.metricIds);
            m_w.endObject();
        }
        m_w.endArray();
    }

    QString m_language;
    Writer m_w;
    bool m_v2 = false;
    bool m_oneSource = true;
};

} // namespace

QByteArray serializeReportPack(const Report &report)
{
    return ReportWriter(report.language).write(report);
}

} // namespace Figdeck
