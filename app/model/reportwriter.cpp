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
        for (auto it = text.byLanguage.cbegin(); it != text.byLanguage.cend(); ++it) {
            key(it.key().toUtf8().constData());
            string(it.value());
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
        field("version", 1.0);
        field("language", report.language);
        text("title", report.title);
        optionalText("issuer", report.issuer);
        optionalText("event", report.event);
        field("date", report.date);
        source(report.primarySource());
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

    void source(const Source &s)
    {
        m_w.key("source");
        m_w.beginObject();
        text("title", s.title);
        field("url", s.url);
        field("kind", toString(s.kind));
        optionalText("publisher", s.publisher);
        m_w.endObject();
    }

    void metric(const Metric &m)
    {
        m_w.beginObject();
        field("id", m.id);
        text("label", m.label);
        field("value", m.value);
        field("unit", toString(m.unit));
        optionalText("noun", m.noun);
        optionalText("measure", m.measure);
        optionalText("period", m.period);
        field("qualifier", toString(m.qualifier));
        if (m.isProjected())
            field("projected", true);
        field("origin", toString(m.origin));
        optionalText("derivation", m.derivation);
        field("quote", m.quote);
        if (!m.equivalentOf.isEmpty())
            field("equivalentOf", m.equivalentOf);
        m_w.endObject();
    }

    void figure(const Figure &f)
    {
        m_w.beginObject();
        field("id", f.id);
        text("title", f.title);
        optionalText("subtitle", f.subtitle);
        field("kind", toString(f.kind));
        ids("metrics", f.metricIds);
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
};

} // namespace

QByteArray serializeReportPack(const Report &report)
{
    return ReportWriter(report.language).write(report);
}

} // namespace Figdeck
