// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonmerge.h"

#include "jsonparser.h"

#include <QHash>
#include <QList>

#include <algorithm>
#include <vector>

namespace Figdeck {

namespace {

using Json::Value;

// The parser keeps where values start; where they end is found by skipping the (valid) JSON.
qsizetype endOf(const QByteArray &bytes, qsizetype start)
{
    const char *d = bytes.constData();
    const qsizetype n = bytes.size();
    qsizetype i = start;
    auto skipString = [&] {
        for (++i; i < n; ++i) {
            if (d[i] == '\\')
                ++i;
            else if (d[i] == '"')
                return ++i;
        }
        return i;
    };
    if (i >= n)
        return n;
    if (d[i] == '"')
        return skipString();
    if (d[i] == '{' || d[i] == '[') {
        int depth = 0;
        while (i < n) {
            const char c = d[i];
            if (c == '"') {
                skipString();
                continue;
            }
            if (c == '{' || c == '[')
                ++depth;
            else if ((c == '}' || c == ']') && --depth == 0)
                return i + 1;
            ++i;
        }
        return n;
    }
    while (i < n && d[i] != ',' && d[i] != '}' && d[i] != ']' && d[i] != ' ' && d[i] != '\n' &&
           d[i] != '\r' && d[i] != '\t')
        ++i;
    return i;
}

bool same(const Value &a, const Value &b)
{
    if (a.type != b.type)
        return false;
    switch (a.type) {
    case Value::Type::Null:
        return true;
    case Value::Type::Bool:
        return a.boolean == b.boolean;
    case Value::Type::Number:
        return a.number() == b.number();
    case Value::Type::String:
        return a.string() == b.string();
    case Value::Type::Array:
        return a.items().size() == b.items().size() &&
               std::equal(a.items().cbegin(), a.items().cend(), b.items().cbegin(), same);
    case Value::Type::Object:
        return a.members().size() == b.members().size() &&
               std::equal(a.members().cbegin(), a.members().cend(), b.members().cbegin(),
                          [](const Json::Member &x, const Json::Member &y) {
                              return x.key() == y.key() && same(x.value, y.value);
                          });
    }
    return false;
}

// The whitespace that starts the line holding `pos`.
QByteArray lineIndent(const QByteArray &bytes, qsizetype pos)
{
    qsizetype start = pos;
    while (start > 0 && bytes.at(start - 1) != '\n')
        --start;
    qsizetype end = start;
    while (end < bytes.size() && (bytes.at(end) == ' ' || bytes.at(end) == '\t'))
        ++end;
    return bytes.mid(start, end - start);
}

class Merger
{
public:
    Merger(const QByteArray &original, const QByteArray &updated, const Value &originalRoot)
        : m_o(original)
        , m_n(updated)
    {
        // The original's indentation step, from its first indented member.
        if (originalRoot.isObject() && !originalRoot.members().empty()) {
            const QByteArray indent = lineIndent(m_o, originalRoot.members().front().keyOffset);
            if (!indent.isEmpty())
                m_unit = indent;
        }
    }

    QByteArray value(const Value &o, const Value &n)
    {
        if (same(o, n))
            return text(m_o, o);
        if (o.isObject() && n.isObject() && !o.members().empty())
            return object(o, n);
        if (o.isArray() && n.isArray() && !o.items().empty())
            return array(o, n);
        return fresh(n, lineIndent(m_o, o.offset));
    }

private:
    static QByteArray text(const QByteArray &bytes, const Value &v)
    {
        return bytes.mid(v.offset, endOf(bytes, v.offset) - v.offset);
    }

    // Text of the writer's, in the original's indentation: `toBase` is the indentation of the
    // line it goes on.
    QByteArray fresh(const Value &n, const QByteArray &toBase) const
    {
        return reindent(text(m_n, n), lineIndent(m_n, n.offset), toBase);
    }
    QByteArray reindent(const QByteArray &text, const QByteArray &fromBase,
                        const QByteArray &toBase) const
    {
        QList<QByteArray> lines = text.split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            QByteArray &line = lines[i];
            qsizetype ws = 0;
            while (ws < line.size() && line.at(ws) == ' ')
                ++ws;
            const qsizetype levels = std::max<qsizetype>(0, (ws - fromBase.size()) / 2);
            line = toBase + m_unit.repeated(levels) + line.mid(ws);
        }
        return lines.join('\n');
    }

    // One element of a container in the result: its text and where it came from in the original.
    struct Part
    {
        QByteArray text;
        qsizetype from = -1; // index in the original container, -1 when new
    };

    // `open` between the bracket and the first element, `seps[i]` after element i, `close`
    // before the closing bracket: reused wherever the neighbours are the original's.
    QByteArray join(char openBracket, char closeBracket, const QList<Part> &parts,
                    const QByteArray &open, const QList<QByteArray> &seps,
                    const QByteArray &close) const
    {
        const QByteArray generic =
            seps.isEmpty() ? QByteArray(",") + (open.isEmpty() ? " " : open) : seps.constFirst();
        QByteArray out(1, openBracket);
        if (!parts.isEmpty())
            out += open;
        for (qsizetype i = 0; i < parts.size(); ++i) {
            out += parts.at(i).text;
            if (i + 1 == parts.size())
                break;
            const qsizetype a = parts.at(i).from, b = parts.at(i + 1).from;
            out += a >= 0 && b == a + 1 ? seps.at(a) : generic;
        }
        if (!parts.isEmpty())
            out += close;
        out += closeBracket;
        return out;
    }

    QByteArray object(const Value &o, const Value &n)
    {
        const qsizetype oEnd = endOf(m_o, o.offset);
        const auto &om = o.members();
        QList<QByteArray> seps;
        for (std::size_t i = 0; i + 1 < om.size(); ++i) {
            const qsizetype end = endOf(m_o, om[i].value.offset);
            seps << m_o.mid(end, om[i + 1].keyOffset - end);
        }
        const QByteArray open = m_o.mid(o.offset + 1, om.front().keyOffset - o.offset - 1);
        const qsizetype lastEnd = endOf(m_o, om.back().value.offset);
        const QByteArray close = m_o.mid(lastEnd, oEnd - 1 - lastEnd);
        const QByteArray memberIndent = lineIndent(m_o, om.front().keyOffset);

        QHash<QString, qsizetype> inOriginal; // first occurrence only
        for (std::size_t i = 0; i < om.size(); ++i)
            inOriginal.insert(om[i].key(), qsizetype(i));
        QHash<QString, qsizetype> inUpdated;
        for (std::size_t i = 0; i < n.members().size(); ++i)
            inUpdated.insert(n.members()[i].key(), qsizetype(i));

        // The original's order for what both have; a new member after its writer predecessor.
        QList<QString> order;
        for (std::size_t i = 0; i < om.size(); ++i) {
            if (inUpdated.contains(om[i].key()) && inOriginal.value(om[i].key()) == qsizetype(i))
                order << om[i].key();
        }
        for (std::size_t i = 0; i < n.members().size(); ++i) {
            const QString &key = n.members()[i].key();
            if (inOriginal.contains(key))
                continue;
            const qsizetype at =
                i == 0 ? 0 : order.indexOf(n.members()[i - 1].key()) + 1; // previous is placed
            order.insert(at, key);
        }

        QList<Part> parts;
        for (const QString &key : order) {
            const Json::Member &nm = n.members()[std::size_t(inUpdated.value(key))];
            const auto it = inOriginal.constFind(key);
            if (it != inOriginal.cend()) {
                const Json::Member &m = om[std::size_t(*it)];
                parts << Part{m_o.mid(m.keyOffset, m.value.offset - m.keyOffset) +
                                  value(m.value, nm.value),
                              *it};
            } else {
                parts << Part{
                    m_n.mid(nm.keyOffset, nm.value.offset - nm.keyOffset) +
                        reindent(text(m_n, nm.value), lineIndent(m_n, nm.keyOffset), memberIndent),
                    -1};
            }
        }
        return join('{', '}', parts, open, seps, close);
    }

    // Items are matched by "id" where every item has a distinct one, else by equality (longest
    // common subsequence); unmatched items between two matches are paired in order and merged.
    QByteArray array(const Value &o, const Value &n)
    {
        const auto &oi = o.items();
        const auto &ni = n.items();
        const qsizetype oEnd = endOf(m_o, o.offset);
        QList<QByteArray> seps;
        for (std::size_t i = 0; i + 1 < oi.size(); ++i) {
            const qsizetype end = endOf(m_o, oi[i].offset);
            seps << m_o.mid(end, oi[i + 1].offset - end);
        }
        const QByteArray open = m_o.mid(o.offset + 1, oi.front().offset - o.offset - 1);
        const qsizetype lastEnd = endOf(m_o, oi.back().offset);
        const QByteArray close = m_o.mid(lastEnd, oEnd - 1 - lastEnd);
        const QByteArray itemIndent = lineIndent(m_o, oi.front().offset);

        std::vector<qsizetype> match(ni.size(), -1); // updated item -> original item
        if (!matchById(oi, ni, match))
            matchInOrder(oi, ni, match);

        QList<Part> parts;
        for (std::size_t j = 0; j < ni.size(); ++j) {
            if (match[j] >= 0) {
                parts << Part{value(oi[std::size_t(match[j])], ni[j]), match[j]};
            } else {
                parts << Part{reindent(text(m_n, ni[j]), lineIndent(m_n, ni[j].offset),
                                       open.contains('\n') ? itemIndent : QByteArray()),
                              -1};
            }
        }
        return join('[', ']', parts, open, seps, close);
    }

    static QString idOf(const Value &v)
    {
        if (!v.isObject())
            return {};
        const Json::Member *id = v.member(QLatin1String("id"));
        return id && id->value.isString() ? id->value.string() : QString();
    }

    static bool matchById(Json::Span<Value> oi, Json::Span<Value> ni, std::vector<qsizetype> &match)
    {
        QHash<QString, qsizetype> ids;
        for (std::size_t i = 0; i < oi.size(); ++i) {
            const QString id = idOf(oi[i]);
            if (id.isEmpty() || ids.contains(id))
                return false;
            ids.insert(id, qsizetype(i));
        }
        for (std::size_t j = 0; j < ni.size(); ++j) {
            const QString id = idOf(ni[j]);
            if (id.isEmpty())
                return false;
            match[j] = ids.value(id, -1);
        }
        return true;
    }

    static void matchInOrder(Json::Span<Value> oi, Json::Span<Value> ni,
                             std::vector<qsizetype> &match)
    {
        const std::size_t a = oi.size(), b = ni.size();
        std::vector<int> lcs((a + 1) * (b + 1), 0);
        auto at = [&](std::size_t i, std::size_t j) -> int & { return lcs[i * (b + 1) + j]; };
        for (std::size_t i = a; i-- > 0;) {
            for (std::size_t j = b; j-- > 0;) {
                at(i, j) = same(oi[i], ni[j]) ? at(i + 1, j + 1) + 1
                                              : std::max(at(i + 1, j), at(i, j + 1));
            }
        }
        std::size_t i = 0, j = 0;
        std::size_t gapO = 0, gapN = 0; // start of the current unmatched run on each side
        auto pairGap = [&] {
            for (std::size_t k = 0; gapO + k < i && gapN + k < j; ++k)
                match[gapN + k] = qsizetype(gapO + k);
        };
        while (i < a && j < b) {
            if (same(oi[i], ni[j])) {
                pairGap();
                match[j] = qsizetype(i);
                gapO = ++i;
                gapN = ++j;
            } else if (at(i + 1, j) >= at(i, j + 1)) {
                ++i;
            } else {
                ++j;
            }
        }
        i = a;
        j = b;
        pairGap();
    }

    const QByteArray &m_o;
    const QByteArray &m_n;
    QByteArray m_unit = "  ";
};

} // namespace

QByteArray mergeFormatting(const QByteArray &original, const QByteArray &updated)
{
    const Json::ParseResult o = Json::parse(original);
    const Json::ParseResult n = Json::parse(updated);
    if (!o.root || !n.root)
        return updated;
    Merger merger(original, updated, *o.root);
    const qsizetype end = endOf(original, o.root->offset);
    return original.left(o.root->offset) + merger.value(*o.root, *n.root) + original.mid(end);
}

} // namespace Figdeck
