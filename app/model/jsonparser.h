// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

// A small strict JSON (RFC 8259) parser that remembers where every key and value starts, so the
// report validator can point at the exact line and column of a problem. QJsonDocument keeps no
// positions and silently accepts duplicate keys; this parser is a pure function of the bytes so
// it can be fuzzed.
namespace Figdeck::Json {

struct Member;

struct Value
{
    enum class Type : quint8 { Null, Bool, Number, String, Array, Object };

    Type type = Type::Null;
    bool boolean = false;
    bool underflow = false; // a non-zero number literal too close to 0 for a double (1e-400)
    qsizetype offset = 0;   // byte offset of the value's first byte in the parsed data
    double number = 0;      // may be infinite when the literal overflows a double
    QString string;
    std::vector<Value> items;    // Array
    std::vector<Member> members; // Object, in file order, duplicates kept

    bool isObject() const { return type == Type::Object; }
    bool isArray() const { return type == Type::Array; }
    bool isString() const { return type == Type::String; }
    bool isNumber() const { return type == Type::Number; }
    bool isBool() const { return type == Type::Bool; }
    // The first member called `key`, or nullptr.
    const Member *member(QLatin1String key) const;
};

struct Member
{
    QString key;
    qsizetype keyOffset = 0; // byte offset of the key's opening quote
    Value value;
};

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

// "a string", "an object"... for "expected X, found Y" messages (translated).
QString typeName(Value::Type type);

} // namespace Figdeck::Json
