// SPDX-License-Identifier: GPL-3.0-or-later
// figdeck --check-quotes (issue 11): every quote of a pack verbatim in its source's text, with
// the pack's file:line:column and the text it was found in instead.

#include "modeltestdata.h"
#include "quotecheck.h"
#include "textsource.h"

#include <QTest>

using namespace Figdeck;

namespace {

const QString outletsPack = QStringLiteral("v2/good/three-outlets.figdeck.json");

QuoteSourceText text(const QString &file, const QString &id = QString())
{
    const QString path = QStringLiteral(FIGDECK_TEST_DATA "/quotes/") + file;
    const TextSource t = textFromBytes(TestData::readFile(path), file);
    if (!t.ok())
        qFatal("%s", qPrintable(t.error));
    return {file, id, t.text};
}

} // namespace

class TestQuoteCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void outlets_data();
    void outlets();
    void embeddedReportQuotesTheSeedArticle();
    void longQuoteIsElided();
};

void TestQuoteCheck::outlets_data()
{
    QTest::addColumn<QList<QuoteSourceText>>("texts");
    QTest::addColumn<QStringList>("problems");
    const QString pack = TestData::modelPath(outletsPack);

    QTest::newRow("each outlet its own text")
        << QList<QuoteSourceText>{text(QStringLiteral("outlet-a.txt"), QStringLiteral("outlet-a")),
                                  text(QStringLiteral("outlet-b.html"), QStringLiteral("outlet-b")),
                                  text(QStringLiteral("outlet-c.md"), QStringLiteral("outlet-c"))}
        << QStringList();
    QTest::newRow("texts without ids")
        << QList<QuoteSourceText>{text(QStringLiteral("outlet-a.txt")),
                                  text(QStringLiteral("outlet-b.html")),
                                  text(QStringLiteral("outlet-c.md"))}
        << QStringList();
    QTest::newRow("two outlets swapped")
        << QList<QuoteSourceText>{text(QStringLiteral("outlet-a.txt"), QStringLiteral("outlet-c")),
                                  text(QStringLiteral("outlet-b.html"), QStringLiteral("outlet-b")),
                                  text(QStringLiteral("outlet-c.md"), QStringLiteral("outlet-a"))}
        << QStringList{pack + QStringLiteral(":44:16: error: metrics[0].quote: quote not found "
                                             "verbatim in outlet-c.md, but in outlet-a.txt "
                                             "instead: \"will create 120,000 jobs\""),
                       pack + QStringLiteral(":70:16: error: metrics[2].quote: quote not found "
                                             "verbatim in outlet-a.txt, but in outlet-c.md "
                                             "instead: \"more than 100,000 new jobs\"")};
    QTest::newRow("one text missing")
        << QList<QuoteSourceText>{text(QStringLiteral("outlet-a.txt")),
                                  text(QStringLiteral("outlet-b.html"))}
        << QStringList{pack + QStringLiteral(":70:16: error: metrics[2].quote: quote not found "
                                             "verbatim in outlet-a.txt, outlet-b.html: \"more "
                                             "than 100,000 new jobs\"")};
}

void TestQuoteCheck::outlets()
{
    QFETCH(QList<QuoteSourceText>, texts);
    QFETCH(QStringList, problems);
    const QString pack = TestData::modelPath(outletsPack);
    const QuoteCheck check = checkQuotes(TestData::readFile(pack), pack, texts);
    QCOMPARE(check.checked, 3);
    QStringList lines;
    for (const Diagnostic &d : check.diagnostics)
        lines << d.toString();
    QCOMPARE(lines, problems);
}

void TestQuoteCheck::embeddedReportQuotesTheSeedArticle()
{
    // Every one of the embedded report's 38 quotes is the article's own words.
    const QuoteSourceText seed{QStringLiteral("seed-source.txt"), QString(),
                               QString::fromUtf8(TestData::readFile(
                                   QStringLiteral(FIGDECK_TEST_DATA "/seed-source.txt")))};
    const QuoteCheck check =
        checkQuotes(TestData::readFile(embeddedReportPath()), embeddedReportPath(), {seed});
    QCOMPARE(check.checked, 38);
    QCOMPARE(check.diagnostics.size(), 0);

    // And one changed word is caught.
    QByteArray pack = TestData::readFile(embeddedReportPath());
    pack.replace("\"the number of AI enterprises in China had surpassed 6,000\"",
                 "\"the number of AI enterprises in China had passed 6,000\"");
    const QuoteCheck changed = checkQuotes(pack, QStringLiteral("changed.json"), {seed});
    QCOMPARE(changed.diagnostics.size(), 1);
    QCOMPARE(changed.diagnostics.first().path, QStringLiteral("metrics[0].quote"));
    QCOMPARE(changed.diagnostics.first().line, 24);
}

void TestQuoteCheck::longQuoteIsElided()
{
    const QString quote = QString(200, u'x');
    const QByteArray pack = "{\"metrics\": [{\"quote\": \"" + quote.toUtf8() + "\"}]}";
    const QuoteCheck check = checkQuotes(pack, QStringLiteral("p.json"),
                                         {{QStringLiteral("t"), QString(), QStringLiteral("y")}});
    QCOMPARE(check.diagnostics.size(), 1);
    const QString message = check.diagnostics.first().message;
    QVERIFY(message.contains(QChar(0x2026)));
    QVERIFY2(message.size() < 200, qPrintable(message));
    QCOMPARE(check.diagnostics.first().column, 24);
}

QTEST_APPLESS_MAIN(TestQuoteCheck)
#include "tst_quotecheck.moc"
