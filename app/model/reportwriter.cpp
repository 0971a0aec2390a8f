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
        m_w.key("format");
        m_w.string(QStringLiteral("figdeck-report"));
        m_w.key("version");
        m_w.number(1);
        m_w.key("language");
        m_w.string(report.language);
        text("title", report.title);
        optionalText("issuer", report.issuer);
        optionalText("event", report.event);
        m_w.key("date");
        m_w.string(report.date);
        source(report.source);
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
        m_w.key("url");
        m_w.string(s.url);
        m_w.key("kind");
        m_w.string(toString(s.kind));
        optionalText("publisher", s.publisher);
        m_w.endObject();
    }

    void metric(const Metric &m)
    {
        m_w.beginObject();
        m_w.key("id");
        m_w.string(m.id);
        text("label", m.label);
        m_w.key("value");
        m_w.number(m.value);
        m_w.key("unit");
        m_w.string(toString(m.unit));
        optionalText("noun", m.noun);
        optionalText("measure", m.measure);
        optionalText("period", m.period);
        m_w.key("qualifier");
        m_w.string(toString(m.qualifier));
        if (m.projected) {
            m_w.key("projected");
            m_w.boolean(true);
        }
        m_w.key("origin");
        m_w.string(toString(m.origin));
        optionalText("derivation", m.derivation);
        m_w.key("quote");
        m_w.string(m.quote);
        if (!m.equivalentOf.isEmpty()) {
            m_w.key("equivalentOf");
            m_w.string(m.equivalentOf);
        }
        m_w.endObject();
    }

    void figure(const Figure &f)
    {
        m_w.beginObject();
        m_w.key("id");
        m_w.string(f.id);
        text("title", f.title);
        optionalText("subtitle", f.subtitle);
        m_w.key("kind");
        m_w.string(toString(f.kind));
        m_w.key("metrics");
        m_w.idList(f.metricIds);
        if (f.shares) {
            m_w.key("shares");
            m_w.beginObject();
            text("whole", f.shares->whole);
            m_w.key("total");
            m_w.number(f.shares->total);
            m_w.key("complete");
            m_w.boolean(f.shares->complete);
            m_w.key("parts");
            m_w.idList(f.shares->partIds);
            m_w.endObject();
        }
        if (!f.comparable) {
            m_w.key("comparable");
            m_w.boolean(false);
        }
        findings(f.findings);
        caveats(f.caveats);
        m_w.endObject();
    }

    void section(const Section &s)
    {
        m_w.beginObject();
        m_w.key("id");
        m_w.string(s.id);
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
            if (!f.quote.isEmpty()) {
                m_w.key("quote");
                m_w.string(f.quote);
            }
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
            m_w.key("id");
            m_w.string(c.id);
            text("text", c.text);
            if (!c.metricIds.isEmpty()) {
                m_w.key("metrics");
                m_w.idList(c.metricIds);
            }
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
