// SPDX-License-Identifier: GPL-3.0-or-later
// Bounded work on long texts (issue 10): inputs of a size where the code before the fix was
// clearly super-linear (measured: each took more than 120 s, CTest's limit, or tens of seconds)
// and is now linear (about a second). No timing is asserted: the suite's time limit catches a
// quadratic return, and the checks below are on what was found, written by hand.
#include "numberfinder.h"
#include "pdflayout.h"

#include <QTest>

using namespace Figdeck;
using namespace Qt::StringLiterals;

namespace {

// "Values were 0, 1, 2, ..., 999, 0, 1, ...": one sentence of count numbers.
QString listOfNumbers(int count)
{
    QStringList numbers;
    for (int i = 0; i < count; ++i)
        numbers << QString::number(i % 1000);
    return u"Values were "_s + numbers.join(u", "_s) + u".\n"_s;
}

} // namespace

class TestBoundedWork : public QObject
{
    Q_OBJECT
private slots:
    // Each number once read the whole sentence before it (and its quote was copied per number):
    // 20,000 numbers in one sentence did not finish in 120 s.
    void manyNumbersInOneSentence()
    {
        const QList<FoundNumber> found = findNumbers(listOfNumbers(20000));
        QCOMPARE(found.size(), 20000);
        QCOMPARE(found.at(0).value, 0.0);
        QCOMPARE(found.at(1234).value, 234.0);
        QCOMPARE(found.at(19999).value, 999.0);
        QCOMPARE(found.at(1).column, 16);
        // One quote shared by every number of the sentence, not a copy per number.
        QCOMPARE(found.at(19999).quote.constData(), found.at(0).quote.constData());
        QCOMPARE(found.at(19999).quote.size(), found.at(0).quote.size());
    }

    // Each number once looked through every year of its sentence: 10,000 numbers between
    // 10,000 years did not finish in 120 s.
    void manyYearsInOneSentence()
    {
        QStringList words;
        for (int i = 0; i < 20000; ++i)
            words << (i % 2 ? u"2020"_s : QString::number(i % 1000));
        const QList<FoundNumber> found = findNumbers(u"In "_s + words.join(u" and "_s) + u".\n"_s);
        QCOMPARE(found.size(), 10000);
        for (const FoundNumber &n : found)
            QCOMPARE(n.period, u"2020"_s);
        QCOMPARE(found.at(0).value, 0.0);
        QCOMPARE(found.at(9999).value, 998.0);
    }

    // Period and status are read per clause: each number finds its clause, its years and the
    // status words before it by binary search, never by reading the sentence again. 20,000
    // clauses in one sentence, every other one a forecast.
    void manyClausesInOneSentence()
    {
        QString text = u"Revenue rose 1% in 2021"_s;
        for (int i = 0; i < 20000; ++i)
            text += i % 2 ? u", and the firm expects 7% in 2040"_s : u"; it fell 3% in 2020"_s;
        text += u".\n"_s;
        const QList<FoundNumber> found = findNumbers(text);
        QCOMPARE(found.size(), 20001);
        QCOMPARE(found.at(0).period, u"2021"_s);
        QCOMPARE(QString(entry(found.at(0).status).name), u"observed"_s);
        for (int i = 1; i < found.size(); ++i) {
            const bool forecast = (i - 1) % 2;
            QCOMPARE(found.at(i).value, forecast ? 7.0 : -3.0);
            QCOMPARE(found.at(i).period, forecast ? u"2040"_s : u"2020"_s);
            QCOMPARE(QString(entry(found.at(i).status).name),
                     forecast ? u"projected"_s : u"observed"_s);
        }
    }

    // A run of digits read again at every ". " (list numbering): 50,000 of them took 5 s. The
    // 50,000-digit number is no value (infinite as a double): not found.
    void longDigitsBeforeManyStops()
    {
        const QString text = QString(50000, u'1') + u". "_s.repeated(50000) + u"\n"_s;
        QCOMPARE(findNumbers(text).size(), 0);
        QCOMPARE(findNumbers(QString(400, u'9') + u" firms.\n"_s).size(), 0);
        QCOMPARE(findNumbers(QString(300, u'9') + u" firms.\n"_s).size(), 1);
    }

    // Each cell of a pipe table counted the pipes before it and read its column's header again:
    // 20 rows of 2,000 columns took 44 s.
    void wideTable()
    {
        QStringList header{u"| Item"_s};
        QStringList row{u"| Row"_s};
        for (int i = 0; i < 2000; ++i) {
            header << u"C%1 (million)"_s.arg(i);
            row << QString::number(i % 100);
        }
        QString text = header.join(u" | "_s) + u" |\n"_s;
        for (int r = 0; r < 20; ++r)
            text += row.join(u" | "_s) + u" |\n"_s;
        const QList<FoundNumber> found = findNumbers(text);
        QCOMPARE(found.size(), 40000);
        QCOMPARE(found.at(57).value, 57e6);
        QCOMPARE(found.at(57).line, 2);
        QCOMPARE(found.at(2000 + 99).value, 99e6);
        QCOMPARE(found.at(2000 + 99).line, 3);
    }

    // Space-aligned tables are read in one pass over the lines: 1 MB of double-spaced lines that
    // never form a table (a number in one cell of nine) is prose, one sentence per line.
    void spaceSeparatedLinesThatFormNoTable()
    {
        QString text;
        int lines = 0;
        while (text.size() < 1000000) {
            text += u"The  register  lists  %1  entries  for  the  Vale  district  today.\n"_s.arg(
                lines % 900 + 10);
            ++lines;
        }
        const QList<FoundNumber> found = findNumbers(text);
        QCOMPARE(found.size(), lines);
        QCOMPARE(found.at(0).value, 10.0);
        QCOMPARE(found.at(0).column, 23);
        QCOMPARE(found.at(lines - 1).line, lines);
        QCOMPARE(found.at(lines - 1).quote,
                 u"The  register  lists  %1  entries  for  the  Vale  district  today."_s.arg(
                     (lines - 1) % 900 + 10));
    }

    // Each new line of a PDF page was compared with every earlier line of the page (to find a
    // table row it continues): 20,000 one-word lines on a page took 0.96 s, 10,000 0.36 s.
    // Now only lines at the word's height are compared. 100,000 lines, one word each, 12 points
    // apart: one paragraph of 100,000 words.
    void pdfPageOfManyLines()
    {
        PdfPage page;
        page.size = QSizeF(600, 800);
        for (int i = 0; i < 100000; ++i)
            page.words.append(PdfWord{u"w%1"_s.arg(i % 10), QRectF(50, 70 + i * 12.0, 30, 10)});
        const QString text = pdfPagesToText({page});
        QCOMPARE(text.count(u'\n'), 1);
        QCOMPARE(text.count(u' '), 99999);
        QVERIFY(text.startsWith(u"w0 w1 w2 "_s));
        QVERIFY(text.endsWith(u" w8 w9\n"_s));
    }

    // Cells of a table that comes as two blocks of words, one column after the other, still
    // join their rows when the page has many lines.
    void pdfTableColumnsAsBlocks()
    {
        PdfPage page;
        page.size = QSizeF(600, 800);
        for (int i = 0; i < 2000; ++i)
            page.words.append(PdfWord{u"Row%1"_s.arg(i), QRectF(50, 100 + i * 14.0, 40, 10)});
        for (int i = 0; i < 2000; ++i)
            page.words.append(PdfWord{QString::number(i), QRectF(300, 100 + i * 14.0, 20, 10)});
        const QStringList lines = pdfPagesToText({page}).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2000);
        QCOMPARE(lines.at(0), u"| Row0 | 0 |"_s);
        QCOMPARE(lines.at(1999), u"| Row1999 | 1999 |"_s);
    }

    // Ligatures were unfolded in place, each moving the rest of the word.
    void pdfWordOfManyLigatures()
    {
        PdfPage page;
        page.size = QSizeF(600, 800);
        page.words.append(PdfWord{QString(200000, QChar(0xfb01)), QRectF(50, 100, 30, 10)});
        const QString text = pdfPagesToText({page});
        QCOMPARE(text, u"fi"_s.repeated(200000) + u"\n"_s);
    }
};

QTEST_GUILESS_MAIN(TestBoundedWork)
#include "tst_boundedwork.moc"
