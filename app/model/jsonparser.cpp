// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonparser.h"

#include "loadertext.h"

#include <QHash>

#include <algorithm>
#include <deque>

#include <cmath>
#include <cstring>

namespace Figdeck::Json {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isWordChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '_';
}

int hexValue(char c)
{
    if (isDigit(c))
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendUtf8(QByteArray &out, char32_t cp)
{
    if (cp < 0x80) {
        out.append(char(cp));
    } else if (cp < 0x800) {
        out.append(char(0xC0 | (cp >> 6)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.append(char(0xE0 | (cp >> 12)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else {
        out.append(char(0xF0 | (cp >> 18)));
        out.append(char(0x80 | ((cp >> 12) & 0x3F)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    }
}

// Thrown inside the parser only; parse() turns it into a ParseError.
struct Failure
{
    qsizetype offset;
    QString message;
};

// Elements copied into blocks that never move, each array's or object's elements side by side.
template <typename T> class Blocks
{
public:
    const T *add(const T *from, std::size_t count)
    {
        if (count == 0)
            return nullptr;
        // A large array gets a block of its own, before the current one, which stays current.
        if (count > BlockSize / 4) {
            const auto own =
                m_blocks.emplace(m_blocks.empty() ? m_blocks.end() : m_blocks.end() - 1);
            own->assign(from, from + count);
            return own->data();
        }
        if (m_blocks.empty() || m_blocks.back().capacity() - m_blocks.back().size() < count) {
            m_blocks.emplace_back();
            m_blocks.back().reserve(BlockSize);
        }
        std::vector<T> &block = m_blocks.back();
        const T *first = block.data() + block.size();
        block.insert(block.end(), from, from + count);
        return first;
    }

private:
    static constexpr std::size_t BlockSize = 4096;
    std::vector<std::vector<T>> m_blocks;
};

} // namespace

struct Storage
{
    Blocks<Value> items;
    Blocks<Member> members;
    std::deque<QString> strings; // each distinct spelling once
};

class Parser
{
public:
    Parser(const QByteArray &bytes, qsizetype start, Storage &storage)
        : m_data(bytes.constData())
        , m_size(bytes.size())
        , m_pos(start)
        , m_storage(storage)
    {
    }

    Value document()
    {
        skipWhitespace();
        if (atEnd())
            fail(m_pos, ReportLoader::tr("the file contains no JSON value"));
        Value root = value(0);
        skipWhitespace();
        if (!atEnd())
            unexpectedCharacter(
                ReportLoader::tr("unexpected content after the end of the JSON value"));
        return root;
    }

private:
    [[noreturn]] void fail(qsizetype offset, const QString &message) const
    {
        throw Failure{offset, message};
    }
    [[noreturn]] void truncated() const
    {
        fail(m_size, ReportLoader::tr("unexpected end of file (the file is truncated)"));
    }

    bool atEnd() const { return m_pos >= m_size; }
    char peek() const { return m_data[m_pos]; }

    void skipWhitespace()
    {
        while (!atEnd()) {
            const char c = peek();
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                return;
            ++m_pos;
        }
    }

    void count()
    {
        if (++m_values > MaxValues)
            fail(m_pos, ReportLoader::tr("too many values (more than %1)").arg(MaxValues));
    }

    Value value(int depth)
    {
        skipWhitespace();
        if (atEnd())
            truncated();
        count();
        const char c = peek();
        switch (c) {
        case '{':
            return object(depth + 1);
        case '[':
            return array(depth + 1);
        case '"': {
            Value v;
            v.type = Value::Type::String;
            v.offset = m_pos;
            v.m_string = string();
            return v;
        }
        default:
            break;
        }
        if (c == '-' || isDigit(c))
            return number();
        if (isWordChar(c))
            return literal();
        unexpectedCharacter();
    }

    // Names the common mistakes (single quotes, comments) before the generic `expected`.
    [[noreturn]] void unexpectedCharacter(const QString &expected = QString()) const
    {
        const char c = peek();
        if (c == '\'')
            fail(m_pos, ReportLoader::tr("strings must be enclosed in double quotes"));
        if (c == '/')
            fail(m_pos, ReportLoader::tr("comments are not allowed in JSON"));
        if (!expected.isEmpty())
            fail(m_pos, expected);
        if (uchar(c) < 0x20 || uchar(c) >= 0x7F) {
            fail(m_pos, ReportLoader::tr("unexpected byte 0x%1")
                            .arg(uint(uchar(c)), 2, 16, QLatin1Char('0')));
        }
        fail(m_pos, ReportLoader::tr("unexpected character '%1'").arg(QLatin1Char(c)));
    }

    Value literal()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && isWordChar(peek()))
            ++m_pos;
        const QByteArray word(m_data + start, m_pos - start);
        Value v;
        v.offset = start;
        if (word == "true" || word == "false") {
            v.type = Value::Type::Bool;
            v.boolean = word == "true";
        } else if (word == "null") {
            v.type = Value::Type::Null;
        } else if (word == "NaN" || word == "Infinity" || word == "inf" || word == "nan") {
            fail(start, ReportLoader::tr("'%1' is not a JSON number (JSON has no NaN or Infinity)")
                            .arg(QString::fromLatin1(word)));
        } else {
            fail(start, ReportLoader::tr("unknown literal '%1' (expected true, false or null)")
                            .arg(QString::fromLatin1(word.left(40))));
        }
        return v;
    }

    Value number()
    {
        const qsizetype start = m_pos;
        auto digits = [this] {
            const qsizetype from = m_pos;
            while (!atEnd() && isDigit(peek()))
                ++m_pos;
            return m_pos - from;
        };
        auto invalid = [this, start] {
            if (!atEnd() && isWordChar(peek())) {
                // "-Infinity", "-NaN"
                while (!atEnd() && isWordChar(peek()))
                    ++m_pos;
                fail(start,
                     ReportLoader::tr("'%1' is not a JSON number (JSON has no NaN or Infinity)")
                         .arg(QString::fromLatin1(m_data + start, int(m_pos - start))));
            }
            if (atEnd())
                truncated();
            fail(start, ReportLoader::tr("invalid number"));
        };
        if (peek() == '-')
            ++m_pos;
        if (atEnd())
            truncated();
        if (peek() == '0') {
            ++m_pos;
            if (!atEnd() && isDigit(peek()))
                fail(start, ReportLoader::tr("numbers must not have leading zeros"));
        } else if (digits() == 0) {
            invalid();
        }
        if (!atEnd() && peek() == '.') {
            ++m_pos;
            if (digits() == 0)
                invalid();
        }
        if (!atEnd() && (peek() == 'e' || peek() == 'E')) {
            ++m_pos;
            if (!atEnd() && (peek() == '+' || peek() == '-'))
                ++m_pos;
            if (digits() == 0)
                invalid();
        }
        if (!atEnd() && isWordChar(peek()))
            fail(m_pos, ReportLoader::tr("invalid number"));
        Value v;
        v.type = Value::Type::Number;
        v.offset = start;
        bool ok = false;
        v.m_number = QByteArrayView(m_data + start, m_pos - start).toDouble(&ok);
        if (!ok || !std::isfinite(v.m_number)) {
            // Out of a double's range. A tiny magnitude (1e-400) underflows: keep 0 and say so;
            // a huge one overflows: keep the sign, let the validator report the magnitude.
            const QByteArrayView literal(m_data + start, m_pos - start);
            const qsizetype e = std::max(literal.indexOf('e'), literal.indexOf('E'));
            const bool tiny = e >= 0 ? (e + 1 < literal.size() && literal.at(e + 1) == '-')
                                     : (literal.startsWith("0") || literal.startsWith("-0"));
            if (tiny) {
                v.m_number = 0;
                v.underflow = true;
            } else {
                v.m_number = m_data[start] == '-' ? -HUGE_VAL : HUGE_VAL;
            }
        }
        return v;
    }

    // One QString per distinct spelling: keys ("id", "label") and the texts a pack repeats
    // ("count", a language tag, a quote restated in a finding) are decoded and stored once,
    // however many values use them. `raw` is the string's body in the file, escapes as written.
    const QString *interned(QByteArrayView raw, QByteArrayView decoded)
    {
        // Past this many distinct strings the table costs more than it saves.
        constexpr qsizetype MostKept = 1 << 17;
        auto found = m_interned.constFind(raw);
        if (found != m_interned.cend())
            return *found;
        QString text = QString::fromUtf8(decoded);
        // fromUtf8 reserves a UTF-16 unit per byte: three times the need for Chinese text.
        if (text.capacity() > text.size() + 8)
            text.squeeze();
        const QString *stored = &m_storage.strings.emplace_back(std::move(text));
        if (m_interned.size() < MostKept)
            m_interned.insert(raw, stored);
        return stored;
    }

    // At the opening quote; returns the decoded string, leaves m_pos after the closing quote.
    const QString *string()
    {
        ++m_pos;
        const qsizetype bodyStart = m_pos;
        QByteArray out; // only when there are escapes
        qsizetype runStart = m_pos;
        for (;;) {
            if (atEnd())
                truncated();
            const char c = peek();
            if (c == '"') {
                const QByteArrayView raw(m_data + bodyStart, m_pos - bodyStart);
                ++m_pos;
                if (out.isNull())
                    return interned(raw, raw);
                out.append(m_data + runStart, m_pos - 1 - runStart);
                return interned(raw, out);
            }
            if (uchar(c) < 0x20) {
                fail(m_pos, ReportLoader::tr("control character U+%1 in a string must be escaped")
                                .arg(uint(uchar(c)), 4, 16, QLatin1Char('0')));
            }
            if (c != '\\') {
                ++m_pos;
                continue;
            }
            if (out.isNull())
                out.reserve(m_pos - bodyStart + 16);
            out.append(m_data + runStart, m_pos - runStart);
            escape(out);
            runStart = m_pos;
        }
    }

    // At a backslash inside a string.
    void escape(QByteArray &out)
    {
        const qsizetype start = m_pos;
        ++m_pos;
        if (atEnd())
            truncated();
        const char e = peek();
        ++m_pos;
        switch (e) {
        case '"':
        case '\\':
        case '/':
            out.append(e);
            return;
        case 'b':
            out.append('\b');
            return;
        case 'f':
            out.append('\f');
            return;
        case 'n':
            out.append('\n');
            return;
        case 'r':
            out.append('\r');
            return;
        case 't':
            out.append('\t');
            return;
        case 'u':
            break;
        default:
            fail(start, ReportLoader::tr("invalid escape sequence in a string"));
        }
        char32_t cp = hex4(start);
        if (cp >= 0xDC00 && cp <= 0xDFFF)
            fail(start, ReportLoader::tr("unpaired UTF-16 surrogate in a \\u escape"));
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            if (m_pos + 1 >= m_size)
                truncated();
            if (m_data[m_pos] != '\\' || m_data[m_pos + 1] != 'u')
                fail(start, ReportLoader::tr("unpaired UTF-16 surrogate in a \\u escape"));
            m_pos += 2;
            const char32_t low = hex4(start);
            if (low < 0xDC00 || low > 0xDFFF)
                fail(start, ReportLoader::tr("unpaired UTF-16 surrogate in a \\u escape"));
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        }
        if (cp == 0)
            fail(start, ReportLoader::tr("NUL characters are not allowed in strings"));
        appendUtf8(out, cp);
    }

    char32_t hex4(qsizetype escapeStart)
    {
        char32_t cp = 0;
        for (int i = 0; i < 4; ++i) {
            if (atEnd())
                truncated();
            const int h = hexValue(peek());
            if (h < 0)
                fail(escapeStart, ReportLoader::tr("a \\u escape needs four hexadecimal digits"));
            cp = (cp << 4) | char32_t(h);
            ++m_pos;
        }
        return cp;
    }

    // Objects and arrays: the same frame of brackets and commas around different elements,
    // which element() appends to `open`. On the closing bracket they move to the storage.
    template <typename T, typename Element>
    Value container(Value::Type type, char close, int depth, std::vector<T> &open, Element element)
    {
        if (depth > MaxDepth)
            fail(m_pos, ReportLoader::tr("nesting deeper than %1 levels").arg(MaxDepth));
        const bool isObject = type == Value::Type::Object;
        Value v;
        v.type = type;
        v.offset = m_pos;
        ++m_pos;
        skipWhitespace();
        if (atEnd())
            truncated();
        if (peek() == close) {
            ++m_pos;
            setChildren(v, static_cast<const T *>(nullptr));
            return v;
        }
        const std::size_t first = open.size();
        for (;;) {
            skipWhitespace();
            if (!atEnd() && peek() == close) {
                fail(m_pos, isObject ? ReportLoader::tr("trailing comma before '}'")
                                     : ReportLoader::tr("trailing comma before ']'"));
            }
            element();
            skipWhitespace();
            if (atEnd())
                truncated();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == close) {
                ++m_pos;
                const std::size_t count = open.size() - first;
                v.m_count = quint32(count);
                setChildren(v, store(open.data() + first, count));
                open.resize(first);
                return v;
            }
            unexpectedCharacter(
                isObject ? ReportLoader::tr("expected ',' or '}' after an object member")
                         : ReportLoader::tr("expected ',' or ']' after an array element"));
        }
    }

    const Value *store(const Value *from, std::size_t count)
    {
        return m_storage.items.add(from, count);
    }
    const Member *store(const Member *from, std::size_t count)
    {
        return m_storage.members.add(from, count);
    }
    static void setChildren(Value &v, const Value *items) { v.m_items = items; }
    static void setChildren(Value &v, const Member *members) { v.m_members = members; }

    Value object(int depth)
    {
        return container(Value::Type::Object, '}', depth, m_openMembers, [this, depth] {
            if (atEnd())
                truncated();
            if (peek() != '"')
                unexpectedCharacter(ReportLoader::tr("expected a key in double quotes"));
            Member member;
            member.keyOffset = m_pos;
            member.m_key = string();
            skipWhitespace();
            if (atEnd())
                truncated();
            if (peek() != ':')
                unexpectedCharacter(ReportLoader::tr("expected ':' after the key"));
            ++m_pos;
            member.value = value(depth);
            m_openMembers.push_back(member);
        });
    }

    Value array(int depth)
    {
        return container(Value::Type::Array, ']', depth, m_openItems,
                         [this, depth] { m_openItems.push_back(value(depth)); });
    }

    const char *m_data;
    qsizetype m_size;
    qsizetype m_pos;
    qsizetype m_values = 0;
    Storage &m_storage;
    // The elements of the arrays and objects being read, innermost last.
    std::vector<Value> m_openItems;
    std::vector<Member> m_openMembers;
    // Strings by their spelling in the file (between the quotes, escapes as written).
    QHash<QByteArrayView, const QString *> m_interned;
};

const QString &Value::string() const
{
    static const QString none;
    return isString() ? *m_string : none;
}

const Member *Value::member(QLatin1String key) const
{
    for (const Member &m : members()) {
        if (m.key() == key)
            return &m;
    }
    return nullptr;
}

qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *d = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        // Most of a pack is ASCII: eight bytes at a time while none has its high bit set.
        if (i + 8 <= n) {
            quint64 eight;
            std::memcpy(&eight, d + i, 8);
            if ((eight & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        const uchar c = d[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        uchar low = 0x80;  // allowed range of the second byte
        uchar high = 0xBF; // (excludes overlong forms, surrogates and > U+10FFFF)
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                low = 0xA0;
            else if (c == 0xED)
                high = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                low = 0x90;
            else if (c == 0xF4)
                high = 0x8F;
        } else {
            return i;
        }
        // A malformed or cut-off sequence is reported at its first byte.
        for (int k = 1; k < length; ++k) {
            if (i + k >= n)
                return i;
            const uchar b = d[i + k];
            const uchar lo = k == 1 ? low : 0x80;
            const uchar hi = k == 1 ? high : 0xBF;
            if (b < lo || b > hi)
                return i;
        }
        i += length;
    }
    return -1;
}

ParseResult parse(const QByteArray &bytes)
{
    ParseResult result;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        result.contentStart = 3;
    const qsizetype bad = firstInvalidUtf8(bytes);
    if (bad >= 0) {
        result.error =
            ParseError{bad, ReportLoader::tr("invalid UTF-8 (byte 0x%1)")
                                .arg(uint(uchar(bytes.at(bad))), 2, 16, QLatin1Char('0'))};
        return result;
    }
    try {
        auto storage = std::make_shared<Storage>();
        Parser parser(bytes, result.contentStart, *storage);
        result.root = parser.document();
        result.storage = std::move(storage);
    } catch (const Failure &failure) {
        result.error = ParseError{failure.offset, failure.message};
    }
    return result;
}

std::vector<Position> positions(const QByteArray &bytes, qsizetype contentStart,
                                const std::vector<qsizetype> &sortedOffsets)
{
    PositionScan scan(contentStart, sortedOffsets);
    scan.feed(bytes.constData(), bytes.size());
    return scan.finish();
}

PositionScan::PositionScan(qsizetype contentStart, const std::vector<qsizetype> &sortedOffsets)
    : m_offsets(sortedOffsets)
    , m_contentStart(contentStart)
{
    m_result.reserve(sortedOffsets.size());
}

bool PositionScan::feed(const char *data, qsizetype size)
{
    const qsizetype end = m_pos + size;
    // Bytes before the content (a byte order mark) are not characters of the first line.
    qsizetype pos = std::max(m_pos, m_contentStart);
    while (m_result.size() < m_offsets.size()) {
        const qsizetype target = std::max(m_offsets[m_result.size()], m_contentStart);
        for (; pos < target && pos < end; ++pos) {
            const uchar c = uchar(data[pos - m_pos]);
            if (c == '\n') {
                ++m_line;
                m_column = 1;
            } else if ((c & 0xC0) != 0x80) {
                ++m_column; // a character starts here
            }
        }
        if (pos < target)
            break; // in a later piece
        m_result.push_back({m_line, m_column});
    }
    m_pos = end;
    return m_result.size() < m_offsets.size();
}

std::vector<Position> PositionScan::finish()
{
    while (m_result.size() < m_offsets.size())
        m_result.push_back({m_line, m_column});
    return std::move(m_result);
}

QString typeName(Value::Type type)
{
    switch (type) {
    case Value::Type::Null:
        return ReportLoader::tr("null");
    case Value::Type::Bool:
        return ReportLoader::tr("a boolean");
    case Value::Type::Number:
        return ReportLoader::tr("a number");
    case Value::Type::String:
        return ReportLoader::tr("a string");
    case Value::Type::Array:
        return ReportLoader::tr("an array");
    case Value::Type::Object:
        return ReportLoader::tr("an object");
    }
    return {};
}

} // namespace Figdeck::Json
