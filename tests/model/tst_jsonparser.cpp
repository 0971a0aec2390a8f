// SPDX-License-Identifier: GPL-3.0-or-later
// The positional JSON parser on its own: strict RFC 8259, offsets of every value, UTF-8 checks,
// and line/column computed in characters.
#include "jsonparser.h"

#include <QStandardPaths>
#include <QTest>

#include <cmath>

using namespace Figdeck;
using namespace Qt::StringLiterals;

class TestJsonParser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void validNumbers_data();
    void validNumbers();
    void invalidDocuments_data();
    void invalidDocuments();
    void strings_data();
    void strings();
    void offsetsOfKeysAndValues();
    void duplicateKeysAreKept();
    void overflowBecomesInfinity();
    void nestingLimit();
    void invalidUtf8_data();
    void invalidUtf8();
    void positionsCountCharacters();
    void containersKeepTheirElements();
    void largeContainersKeepTheirElements();
    void sameSpellingSharesOneString();
    void manyDistinctStrings();
    void valuesAreCompact();
    void specialBytesAtEveryPosition_data();
    void specialBytesAtEveryPosition();
};

void TestJsonParser::validNumbers_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<double>("value");
    QTest::newRow("zero") << QByteArray("0") << 0.0;
    QTest::newRow("negative") << QByteArray("-12") << -12.0;
    QTest::newRow("fraction") << QByteArray("0.5") << 0.5;
    QTest::newRow("exponent") << QByteArray("1.2e12") << 1.2e12;
    QTest::newRow("exponent sign") << QByteArray("165E+9") << 165e9;
    QTest::newRow("negative exponent") << QByteArray("25e-1") << 2.5;
    QTest::newRow("surrounding whitespace") << QByteArray(" \t\r\n 47 \n") << 47.0;
}

void TestJsonParser::validNumbers()
{
    QFETCH(QByteArray, json);
    QFETCH(double, value);
    const Json::ParseResult result = Json::parse(json);
    QVERIFY(!result.error);
    QVERIFY(result.root->isNumber());
    QCOMPARE(result.root->number(), value);
}

void TestJsonParser::invalidDocuments_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("empty") << QByteArray("") << 0 << u"contains no JSON value"_s;
    QTest::newRow("plus sign") << QByteArray("+1") << 0 << u"unexpected character '+'"_s;
    QTest::newRow("leading zero") << QByteArray("[01]") << 1 << u"leading zeros"_s;
    QTest::newRow("bare minus") << QByteArray("[-]") << 1 << u"invalid number"_s;
    QTest::newRow("dot first") << QByteArray("[.5]") << 1 << u"unexpected character '.'"_s;
    QTest::newRow("exponent without digits") << QByteArray("[1e]") << 1 << u"invalid number"_s;
    QTest::newRow("hex") << QByteArray("[0x10]") << 2 << u"invalid number"_s;
    QTest::newRow("NaN") << QByteArray("[NaN]") << 1 << u"no NaN or Infinity"_s;
    QTest::newRow("-Infinity") << QByteArray("[-Infinity]") << 1 << u"no NaN or Infinity"_s;
    QTest::newRow("True") << QByteArray("True") << 0 << u"unknown literal 'True'"_s;
    QTest::newRow("missing colon") << QByteArray("{\"a\" 1}") << 5 << u"expected ':'"_s;
    QTest::newRow("unquoted key") << QByteArray("{a: 1}") << 1 << u"expected a key"_s;
    QTest::newRow("missing comma in array") << QByteArray("[1 2]") << 3 << u"expected ',' or ']'"_s;
    QTest::newRow("comment") << QByteArray("[1, /* two */ 2]") << 4 << u"comments"_s;
    QTest::newRow("unterminated string") << QByteArray("[\"abc") << 5 << u"truncated"_s;
    QTest::newRow("unterminated array") << QByteArray("[1, 2") << 5 << u"truncated"_s;
    QTest::newRow("raw newline in string")
        << QByteArray("[\"a\nb\"]") << 3 << u"control character U+000a"_s;
    QTest::newRow("short unicode escape")
        << QByteArray("[\"\\u12\"]") << 2 << u"four hexadecimal digits"_s;
    QTest::newRow("low surrogate first")
        << QByteArray("[\"\\udc00\"]") << 2 << u"unpaired UTF-16 surrogate"_s;
    QTest::newRow("high surrogate alone")
        << QByteArray("[\"\\ud83d x\"]") << 2 << u"unpaired UTF-16 surrogate"_s;
    QTest::newRow("escaped NUL") << QByteArray("[\"\\u0000\"]") << 2 << u"NUL"_s;
    QTest::newRow("two documents") << QByteArray("{} {}") << 3 << u"after the end"_s;
    QTest::newRow("NUL byte") << QByteArray("[\0]", 3) << 1 << u"unexpected byte 0x00"_s;
}

void TestJsonParser::invalidDocuments()
{
    QFETCH(QByteArray, json);
    QFETCH(int, offset);
    QFETCH(QString, fragment);
    const Json::ParseResult result = Json::parse(json);
    QVERIFY(!result.root);
    QVERIFY(result.error);
    QVERIFY2(result.error->message.contains(fragment), qPrintable(result.error->message));
    QCOMPARE(result.error->offset, qsizetype(offset));
}

void TestJsonParser::strings_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("value");
    QTest::newRow("plain") << QByteArray("\"abc\"") << u"abc"_s;
    QTest::newRow("escapes") << QByteArray(R"("a\"b\\c\/d\b\f\n\r\t")") << u"a\"b\\c/d\b\f\n\r\t"_s;
    QTest::newRow("unicode escape") << QByteArray(R"("caf\u00e9")") << u"café"_s;
    QTest::newRow("surrogate pair") << QByteArray(R"("\ud83d\ude00")") << u"😀"_s;
    QTest::newRow("raw UTF-8") << QByteArray("\"数量 — 75%\"") << u"数量 — 75%"_s;
    QTest::newRow("empty") << QByteArray("\"\"") << QString();
}

void TestJsonParser::strings()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, value);
    const Json::ParseResult result = Json::parse(json);
    QVERIFY2(!result.error, result.error ? qPrintable(result.error->message) : "");
    QVERIFY(result.root->isString());
    QCOMPARE(result.root->string(), value);
}

void TestJsonParser::offsetsOfKeysAndValues()
{
    const QByteArray json = "{\n  \"a\": [true, null],\n  \"b\": {\"c\": -1.5}\n}";
    const Json::ParseResult result = Json::parse(json);
    QVERIFY(!result.error);
    const Json::Value &root = *result.root;
    QVERIFY(root.isObject());
    QCOMPARE(root.offset, qsizetype(0));
    QCOMPARE(root.members().size(), std::size_t(2));
    const Json::Member *a = root.member(QLatin1String("a"));
    QVERIFY(a);
    QCOMPARE(a->keyOffset, json.indexOf("\"a\""));
    QCOMPARE(a->value.offset, json.indexOf('['));
    QCOMPARE(a->value.items()[0].offset, json.indexOf("true"));
    QVERIFY(a->value.items()[0].isBool() && a->value.items()[0].boolean);
    QCOMPARE(a->value.items()[1].type, Json::Value::Type::Null);
    QCOMPARE(a->value.items()[1].offset, json.indexOf("null"));
    const Json::Member *c = root.member(QLatin1String("b"))->value.member(QLatin1String("c"));
    QVERIFY(c);
    QCOMPARE(c->value.offset, json.indexOf("-1.5"));
    QCOMPARE(c->value.number(), -1.5);
    QVERIFY(!root.member(QLatin1String("z")));
}

void TestJsonParser::duplicateKeysAreKept()
{
    // The parser keeps both, the validator reports the second; member() finds the first.
    const Json::ParseResult result = Json::parse("{\"k\": 1, \"k\": 2}");
    QVERIFY(!result.error);
    QCOMPARE(result.root->members().size(), std::size_t(2));
    QCOMPARE(result.root->member(QLatin1String("k"))->value.number(), 1.0);
}

void TestJsonParser::overflowBecomesInfinity()
{
    const Json::ParseResult result = Json::parse("[1e400, -1e400]");
    QVERIFY(!result.error);
    QVERIFY(std::isinf(result.root->items()[0].number()) && result.root->items()[0].number() > 0);
    QVERIFY(std::isinf(result.root->items()[1].number()) && result.root->items()[1].number() < 0);
}

void TestJsonParser::nestingLimit()
{
    const QByteArray allowed = QByteArray(Json::MaxDepth, '[') + QByteArray(Json::MaxDepth, ']');
    QVERIFY(!Json::parse(allowed).error);
    const QByteArray tooDeep =
        QByteArray(Json::MaxDepth + 1, '[') + QByteArray(Json::MaxDepth + 1, ']');
    const Json::ParseResult result = Json::parse(tooDeep);
    QVERIFY(result.error);
    QCOMPARE(result.error->offset, qsizetype(Json::MaxDepth));
    QVERIFY(result.error->message.contains(u"nesting deeper than 64"_s));
    // Objects count like arrays.
    QByteArray objects;
    for (int i = 0; i <= Json::MaxDepth; ++i)
        objects += "{\"a\":";
    objects += "1" + QByteArray(Json::MaxDepth + 1, '}');
    QVERIFY(Json::parse(objects).error);
}

void TestJsonParser::invalidUtf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("offset");
    QTest::newRow("valid") << QByteArray("a é 数 😀") << -1;
    QTest::newRow("lone continuation") << QByteArray("ab\x80") << 2;
    QTest::newRow("invalid lead") << QByteArray("\xff") << 0;
    QTest::newRow("overlong two-byte") << QByteArray("x\xc0\xaf") << 1;
    QTest::newRow("overlong three-byte") << QByteArray("\xe0\x80\xaf") << 0;
    QTest::newRow("surrogate") << QByteArray("ok\xed\xa0\x80") << 2;
    QTest::newRow("above U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << 0;
    QTest::newRow("cut off at the end") << QByteArray("abc\xe6\x95") << 3;
    QTest::newRow("cut off by ASCII") << QByteArray("\xe6\x95z") << 0;
}

void TestJsonParser::invalidUtf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, offset);
    QCOMPARE(Json::firstInvalidUtf8(bytes), qsizetype(offset));
}

void TestJsonParser::positionsCountCharacters()
{
    // Line 2 holds two-, three- and four-byte characters before the offsets asked for.
    const QByteArray bytes = "{\n\"é数😀\": 1,\r\n  x";
    const qsizetype one = bytes.indexOf('1');
    const qsizetype x = bytes.indexOf('x');
    const std::vector<Json::Position> positions = Json::positions(bytes, 0, {0, one, x, x + 1});
    QCOMPARE(positions.size(), std::size_t(4));
    QCOMPARE(positions[0].line, 1);
    QCOMPARE(positions[0].column, 1);
    QCOMPARE(positions[1].line, 2);
    QCOMPARE(positions[1].column, 8); // after the 7 characters "é数😀":
    QCOMPARE(positions[2].line, 3);
    QCOMPARE(positions[2].column, 3);
    QCOMPARE(positions[3].column, 4); // the end of the data is a valid position
    // A byte order mark is not a character of the first line.
    const QByteArray withBom = "\xEF\xBB\xBF[x";
    const std::vector<Json::Position> bom = Json::positions(withBom, 3, {4});
    QCOMPARE(bom[0].column, 2);
}

void TestJsonParser::containersKeepTheirElements()
{
    // Inner containers close before outer ones: each keeps its own elements, in file order.
    const Json::ParseResult result = Json::parse(
        R"({"a": [1, {"b": [2, 3], "c": "x"}, [[]], 4], "d": {"e": [], "f": {}}, "g": [5]})");
    QVERIFY(!result.error);
    const Json::Value &root = *result.root;
    QCOMPARE(root.members().size(), std::size_t(3));
    QCOMPARE(root.members()[0].key(), u"a"_s);
    QCOMPARE(root.members()[1].key(), u"d"_s);
    QCOMPARE(root.members()[2].key(), u"g"_s);
    const Json::Value &a = root.members()[0].value;
    QCOMPARE(a.items().size(), std::size_t(4));
    QCOMPARE(a.items()[0].number(), 1.0);
    const Json::Value &inner = a.items()[1];
    QCOMPARE(inner.members().size(), std::size_t(2));
    QCOMPARE(inner.members()[0].key(), u"b"_s);
    QCOMPARE(inner.members()[0].value.items().size(), std::size_t(2));
    QCOMPARE(inner.members()[0].value.items()[0].number(), 2.0);
    QCOMPARE(inner.members()[0].value.items()[1].number(), 3.0);
    QCOMPARE(inner.members()[1].value.string(), u"x"_s);
    QCOMPARE(a.items()[2].items().size(), std::size_t(1));
    QVERIFY(a.items()[2].items()[0].isArray());
    QVERIFY(a.items()[2].items()[0].items().empty());
    QCOMPARE(a.items()[3].number(), 4.0);
    const Json::Value &d = root.members()[1].value;
    QVERIFY(d.member(QLatin1String("e"))->value.isArray());
    QVERIFY(d.member(QLatin1String("e"))->value.items().empty());
    QVERIFY(d.member(QLatin1String("f"))->value.isObject());
    QVERIFY(d.member(QLatin1String("f"))->value.members().empty());
    QCOMPARE(root.members()[2].value.items()[0].number(), 5.0);
    // Asking a value for what its type does not have gives nothing.
    QVERIFY(a.members().empty());
    QVERIFY(d.items().empty());
    QCOMPARE(a.number(), 0.0);
    QCOMPARE(a.string(), QString());
}

void TestJsonParser::largeContainersKeepTheirElements()
{
    // 5,000 objects of two members each, and one array of 5,000 numbers: more than one block of
    // storage each, and an array larger than a block's quarter.
    QByteArray json = "{\"objects\": [";
    for (int i = 0; i < 5000; ++i)
        json += QByteArray(i ? ", " : "") + "{\"i\": " + QByteArray::number(i) + ", \"s\": \"n" +
                QByteArray::number(i) + "\"}";
    json += "], \"numbers\": [";
    for (int i = 0; i < 5000; ++i)
        json += QByteArray(i ? "," : "") + QByteArray::number(i * 2);
    json += "]}";
    const Json::ParseResult result = Json::parse(json);
    QVERIFY(!result.error);
    const Json::Span<Json::Value> objects = result.root->members()[0].value.items();
    QCOMPARE(objects.size(), std::size_t(5000));
    for (int i = 0; i < 5000; ++i) {
        const Json::Value &o = objects[std::size_t(i)];
        QCOMPARE(o.members().size(), std::size_t(2));
        QCOMPARE(o.members()[0].value.number(), double(i));
        QCOMPARE(o.members()[1].value.string(), u"n"_s + QString::number(i));
    }
    QCOMPARE(objects[4999].offset, json.lastIndexOf("{\"i\": 4999"));
    const Json::Span<Json::Value> numbers = result.root->members()[1].value.items();
    QCOMPARE(numbers.size(), std::size_t(5000));
    QCOMPARE(numbers[0].number(), 0.0);
    QCOMPARE(numbers[1024].number(), 2048.0);
    QCOMPARE(numbers[4999].number(), 9998.0);
}

void TestJsonParser::sameSpellingSharesOneString()
{
    // A text a pack repeats (a quote restated in a finding, a translated label) is stored once.
    const QString quote = u"the number of AI enterprises in China had surpassed 6,000 (约6000家)"_s;
    const QByteArray spelled = '"' + quote.toUtf8() + '"';
    const Json::ParseResult result =
        Json::parse("[" + spelled + ", {\"quote\": " + spelled + "}, \"x\\ny\", \"x\\ny\"]");
    QVERIFY(!result.error);
    const Json::Value &first = result.root->items()[0];
    const Json::Value &second = result.root->items()[1].members()[0].value;
    QCOMPARE(first.string(), quote);
    QCOMPARE(second.string(), quote);
    QCOMPARE(first.string().constData(), second.string().constData());
    QCOMPARE(result.root->items()[2].string(), u"x\ny"_s);
    QCOMPARE(result.root->items()[2].string().constData(),
             result.root->items()[3].string().constData());
    // Chinese text takes a third of the bytes it has in UTF-8, and no more is kept.
    const Json::ParseResult chinese = Json::parse(u"\"中国人工智能企业数量超过六千家\""_s.toUtf8());
    QCOMPARE(chinese.root->string(), u"中国人工智能企业数量超过六千家"_s);
    QVERIFY(chinese.root->string().capacity() < 2 * chinese.root->string().size());
}

void TestJsonParser::manyDistinctStrings()
{
    // More distinct strings than the parser shares: every one still reads back as written.
    QByteArray json = "[";
    for (int i = 0; i < 140000; ++i)
        json += QByteArray(i ? ",\"s" : "\"s") + QByteArray::number(i) + '"';
    json += ",\"s0\",\"s139999\"]";
    const Json::ParseResult result = Json::parse(json);
    QVERIFY(!result.error);
    const Json::Span<Json::Value> items = result.root->items();
    QCOMPARE(items.size(), std::size_t(140002));
    QCOMPARE(items[0].string(), u"s0"_s);
    QCOMPARE(items[131071].string(), u"s131071"_s);
    QCOMPARE(items[131072].string(), u"s131072"_s);
    QCOMPARE(items[139999].string(), u"s139999"_s);
    QCOMPARE(items[140000].string(), u"s0"_s);
    QCOMPARE(items[140001].string(), u"s139999"_s);
}

void TestJsonParser::valuesAreCompact()
{
    // A 3,000-figure pack has about 330,000 values and 260,000 members, alive while its report
    // is built: their size is most of the tree's.
    QVERIFY(sizeof(Json::Value) <= 24);
    QVERIFY(sizeof(Json::Member) <= 40);
}

void TestJsonParser::specialBytesAtEveryPosition_data()
{
    // A quote, a backslash or a control character is found at any place of a string, also beside
    // UTF-8 sequences, DEL and the space (a scan that reads several bytes at once must too).
    QTest::addColumn<QByteArray>("body");   // between the quotes
    QTest::addColumn<QString>("decoded");   // when it is well-formed
    QTest::addColumn<qsizetype>("errorAt"); // else the offending byte, counting the quote
    const QByteArray filler = "abcdefghijklmnopqrs\x7f \xc3\xa9";
    const QString text = u"abcdefghijklmnopqrs\x7f é"_s;
    for (int at = 0; at <= 17; ++at) {
        const QByteArray before = filler.left(at);
        const QByteArray after = filler.mid(at);
        const QString textBefore = text.left(at);
        const QString textAfter = text.mid(at);
        QTest::addRow("quote at %d", at)
            << before + "\\\"" + after << textBefore + u'"' + textAfter << qsizetype(-1);
        QTest::addRow("backslash at %d", at)
            << before + "\\\\" + after << textBefore + u'\\' + textAfter << qsizetype(-1);
        QTest::addRow("U+001F at %d", at)
            << before + '\x1f' + after << QString() << qsizetype(1 + at);
        QTest::addRow("U+0001 at %d", at)
            << before + '\x01' + after << QString() << qsizetype(1 + at);
        QTest::addRow("end at %d", at) << before << textBefore << qsizetype(-1);
    }
}

void TestJsonParser::specialBytesAtEveryPosition()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, decoded);
    QFETCH(qsizetype, errorAt);
    const Json::ParseResult result = Json::parse('"' + body + '"');
    if (errorAt >= 0) {
        QVERIFY(result.error);
        QCOMPARE(result.error->offset, errorAt);
        QVERIFY(result.error->message.startsWith(u"control character U+00"_s));
        return;
    }
    QVERIFY2(!result.error, qPrintable(result.error ? result.error->message : QString()));
    QCOMPARE(result.root->string(), decoded);
}

QTEST_GUILESS_MAIN(TestJsonParser)
#include "tst_jsonparser.moc"
