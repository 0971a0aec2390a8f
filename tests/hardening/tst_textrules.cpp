// SPDX-License-Identifier: GPL-3.0-or-later
// Texts made only of invisible characters count as blank, in the model and in the loader.
#include "reportloader.h"
#include "textrules.h"

#include <QFile>
#include <QTest>

using namespace Figdeck;

class TestTextRules : public QObject
{
    Q_OBJECT
private slots:
    void blank_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("blank");
        QTest::newRow("empty") << QString() << true;
        QTest::newRow("spaces and tabs") << u" \t\n "_qs << true;
        QTest::newRow("zero-width spaces") << u"\u200B\u200B\u200B"_qs << true;
        QTest::newRow("joiners, word joiner, BOM") << u"\u200C\u200D\u2060\uFEFF"_qs << true;
        QTest::newRow("bidi marks and isolates")
            << u"\u200E\u200F\u202A\u202E\u2066\u2069"_qs << true;
        QTest::newRow("soft hyphen, no-break and ideographic space")
            << u"\u00AD\u00A0\u3000"_qs << true;
        QTest::newRow("Hangul fillers, braille blank")
            << u"\u115F\u1160\u3164\uFFA0\u2800"_qs << true;
        QTest::newRow("grapheme joiner, variation selector") << u"\u034F\uFE0F"_qs << true;
        QTest::newRow("tag characters") << u"\U000E0001\U000E0041"_qs << true;
        QTest::newRow("one letter among them") << u"\u200B a \u200B"_qs << false;
        QTest::newRow("Chinese") << u"\u4E2D"_qs << false;
        QTest::newRow("emoji") << u"\U0001F600"_qs << false;
        QTest::newRow("a lone surrogate shows a replacement box")
            << QString(QChar(0xD800)) << false;
    }
    void blank()
    {
        QFETCH(QString, text);
        QFETCH(bool, blank);
        QCOMPARE(isBlankText(text), blank);
        QCOMPARE(Text(text).isEmpty(), blank);
    }

    // A pack whose title is zero-width spaces is refused like an empty title, located.
    void loaderRefusesInvisibleTitle_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("path");
        QTest::newRow("report title") << QByteArray("\"title\": \"Minimal report\"")
                                      << QByteArray("\"title\": \"\\u200b\\u200b\"") << u"title"_qs;
        QTest::newRow("metric label")
            << QByteArray("\"label\": \"Part A\"")
            << QByteArray("\"label\": \"\\u2060\\ufeff\\u200d\"") << u"metrics[0].label"_qs;
    }
    void loaderRefusesInvisibleTitle()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, path);
        QFile file(
            QStringLiteral(FIGDECK_SOURCE_DIR "/tests/data/model/good/minimal.figdeck.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains(from));
        bytes.replace(bytes.indexOf(from), from.size(), to);
        const LoadResult result = parseReportPack(bytes, u"pack.json"_qs);
        QVERIFY(!result.ok());
        QCOMPARE(result.errors().size(), 1);
        QCOMPARE(result.errors().first().path, path);
        QCOMPARE(result.errors().first().message, u"must not be empty"_qs);
    }
};

QTEST_GUILESS_MAIN(TestTextRules)
#include "tst_textrules.moc"
