// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

// A small strict JSON (RFC 8259) parser that remembers where every key and value starts, so the
// report validator can point at the exact line and column of a problem. QJsonDocument keeps no
// positions and silently accepts duplicate keys; this parser is a pure function of the bytes so
// it can be fuzzed.
namespace Figdeck::Json {

struct Member;
struct Storage;
class Parser;

// Consecutive values or members of one array or object, read-only. They live in the Storage of
// the parse that made them (ParseResult::storage).
template <typename T> class Span
{
public:
    Span() = default;
    Span(const T *data, std::size_t size)
        : m_data(data)
        , m_size(size)
    {
    }
    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    const T &operator[](std::size_t i) const { return m_data[i]; }
    const T &front() const { return m_data[0]; }
    const T &back() const { return m_data[m_size - 1]; }
    const T *begin() const { return m_data; }
    const T *end() const { return m_data + m_size; }
    const T *cbegin() const { return begin(); }
    const T *cend() const { return end(); }

private:
    const T *m_data = nullptr;
    std::size_t m_size = 0;
};

// One JSON value in 24 bytes: a large pack has hundreds of thousands of them, and the tree is
// alive with the report built from it. Children sit side by side in the Storage, and a string
// is shared by every value that spells it the same way.
struct Value
{
    enum class Type : quint8 { Null, Bool, Number, String, Array, Object };

    Type type = Type::Null;
    bool boolean = false;
    bool underflow = false; // a non-zero number literal too close to 0 for a double (1e-400)

private:
    quint32 m_count = 0; // of items or members (here, so that the value takes 24 bytes)

public:
    qsizetype offset = 0; // byte offset of the value's first byte in the parsed data

    bool isObject() const { return type == Type::Object; }
    bool isArray() const { return type == Type::Array; }
    bool isString() const { return type == Type::String; }
    bool isNumber() const { return type == Type::Number; }
    bool isBool() const { return type == Type::Bool; }

    // 0 unless a number; may be infinite when the literal overflows a double.
    double number() const { return isNumber() ? m_number : 0; }
    // Empty unless a string.
    const QString &string() const;
    Span<Value> items() const { return {isArray() ? m_items : nullptr, isArray() ? m_count : 0}; }
    // In file order, duplicates kept.
    Span<Member> members() const;
    // The first member called `key`, or nullptr.
    const Member *member(QLatin1String key) const;

private:
    friend class Parser;
    union {
        double m_number = 0;
        const QString *m_string;
        const Value *m_items;
        const Member *m_members;
    };
};

struct Member
{
    const QString &key() const { return *m_key; }
    qsizetype keyOffset = 0; // byte offset of the key's opening quote
    Value value;

private:
    friend class Parser;
    const QString *m_key = nullptr;
};

inline Span<Member> Value::members() const
{
    return {isObject() ? m_members : nullptr, isObject() ? m_count : 0};
}

// Nesting deeper than this (objects and arrays) is refused.
constexpr int MaxDepth = 64;
// More values than this are refused: no report needs them, and each costs memory.
constexpr qsizetype MaxValues = 1000000;

struct ParseError
{
    qsizetype offset = 0; // byte offset of the offending byte or token
    QString message;      // translated, without location
};

struct ParseResult
{
    std::optional<Value> root; // set when the data is well-formed JSON
    // Owns every value, member and string under root: keep it while root is used.
    std::shared_ptr<const Storage> storage;
    std::optional<ParseError> error;
    qsizetype contentStart = 0; // 3 when the data starts with a UTF-8 byte order mark
};

// Checks UTF-8, skips a leading byte order mark, and parses one JSON value.
ParseResult parse(const QByteArray &bytes);

// Byte offset of the first byte that is not valid UTF-8, or -1. A malformed or cut-off sequence
// (overlong forms, surrogates, code points above U+10FFFF) is reported at its first byte.
qsizetype firstInvalidUtf8(const QByteArray &bytes);

// 1-based line and column (in characters) of byte offsets, computed in one pass over the data.
struct Position
{
    int line = 0;
    int column = 0;
};
std::vector<Position> positions(const QByteArray &bytes, qsizetype contentStart,
                                const std::vector<qsizetype> &sortedOffsets);

// The same count over data read in consecutive pieces (a file read again in chunks, so that
// locating a problem does not need the whole file in memory).
class PositionScan
{
public:
    PositionScan(qsizetype contentStart, const std::vector<qsizetype> &sortedOffsets);
    // The next piece of the data; false once every offset is placed.
    bool feed(const char *data, qsizetype size);
    // The positions of every offset; one at or past the end of what was fed is at the end.
    std::vector<Position> finish();

private:
    const std::vector<qsizetype> &m_offsets;
    std::vector<Position> m_result;
    qsizetype m_contentStart;
    qsizetype m_pos = 0; // offset of the next byte to be fed
    int m_line = 1;
    int m_column = 1;
};

// "a string", "an object"... for "expected X, found Y" messages (translated).
QString typeName(Value::Type type);

} // namespace Figdeck::Json
