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
    QCOMPARE(result.root->number, value);
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
    QCOMPARE(result.root->string, value);
}

void TestJsonParser::offsetsOfKeysAndValues()
{
    const QByteArray json = "{\n  \"a\": [true, null],\n  \"b\": {\"c\": -1.5}\n}";
    const Json::ParseResult result = Json::parse(json);
    QVERIFY(!result.error);
    const Json::Value &root = *result.root;
    QVERIFY(root.isObject());
    QCOMPARE(root.offset, qsizetype(0));
    QCOMPARE(root.members.size(), std::size_t(2));
    const Json::Member *a = root.member(QLatin1String("a"));
    QVERIFY(a);
    QCOMPARE(a->keyOffset, json.indexOf("\"a\""));
    QCOMPARE(a->value.offset, json.indexOf('['));
    QCOMPARE(a->value.items.at(0).offset, json.indexOf("true"));
    QVERIFY(a->value.items.at(0).isBool() && a->value.items.at(0).boolean);
    QCOMPARE(a->value.items.at(1).type, Json::Value::Type::Null);
    QCOMPARE(a->value.items.at(1).offset, json.indexOf("null"));
    const Json::Member *c = root.member(QLatin1String("b"))->value.member(QLatin1String("c"));
    QVERIFY(c);
    QCOMPARE(c->value.offset, json.indexOf("-1.5"));
    QCOMPARE(c->value.number, -1.5);
    QVERIFY(!root.member(QLatin1String("z")));
}

void TestJsonParser::duplicateKeysAreKept()
{
    // The parser keeps both, the validator reports the second; member() finds the first.
    const Json::ParseResult result = Json::parse("{\"k\": 1, \"k\": 2}");
    QVERIFY(!result.error);
    QCOMPARE(result.root->members.size(), std::size_t(2));
    QCOMPARE(result.root->member(QLatin1String("k"))->value.number, 1.0);
}

void TestJsonParser::overflowBecomesInfinity()
{
    const Json::ParseResult result = Json::parse("[1e400, -1e400]");
    QVERIFY(!result.error);
    QVERIFY(std::isinf(result.root->items.at(0).number) && result.root->items.at(0).number > 0);
    QVERIFY(std::isinf(result.root->items.at(1).number) && result.root->items.at(1).number < 0);
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

QTEST_GUILESS_MAIN(TestJsonParser)
#include "tst_jsonparser.moc"
