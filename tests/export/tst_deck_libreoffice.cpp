// SPDX-License-Identifier: GPL-3.0-or-later
// The slide deck opened by a real client: LibreOffice Impress, headless, converts it to PDF;
// the PDF has a page per slide and every figure title, source line and caveat note in its text.
// Its own test executable (LibreOffice takes seconds to start), run in parallel with the rest.
#include "exporttesthelpers.h"
#include "figureexport.h"
#include "reportloader.h"
#include "slidedeck.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

using namespace Figdeck;

namespace {

QString collapsed(const QString &text)
{
    return text.simplified();
}

} // namespace

class DeckLibreOfficeTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void convert_data();
    void convert();
    void versionTwoPacks_data();
    void versionTwoPacks();

private:
    // LibreOffice Impress converts deck to m_dir/<name>.pdf; *pdf is set when it did.
    void convertToPdf(const QString &deck, const QString &name, QString *pdf);

    QTemporaryDir m_dir;
    QString m_soffice;
    Report m_report;
};

void DeckLibreOfficeTest::convertToPdf(const QString &deck, const QString &name, QString *pdf)
{
    // A private profile: no first-start dialogs, nothing shared with a running LibreOffice.
    const QString profile = QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("profile-") + name))
                                .toString(QUrl::FullyEncoded);
    QProcess soffice;
    soffice.setProcessChannelMode(QProcess::MergedChannels);
    soffice.start(m_soffice,
                  {QStringLiteral("-env:UserInstallation=") + profile, QStringLiteral("--headless"),
                   QStringLiteral("--norestore"), QStringLiteral("--convert-to"),
                   QStringLiteral("pdf"), QStringLiteral("--outdir"), m_dir.path(), deck});
    QVERIFY2(soffice.waitForFinished(240000), "soffice did not finish in 4 minutes");
    const QString converted = m_dir.filePath(name + QStringLiteral(".pdf"));
    QVERIFY2(QFile::exists(converted), soffice.readAll().constData());
    *pdf = converted;
}

void DeckLibreOfficeTest::initTestCase()
{
    m_soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (m_soffice.isEmpty())
        QSKIP("soffice not found (libreoffice-impress, installed by install-deps.sh --test)");
    if (!ExportTest::hasTool(QStringLiteral("pdftotext")))
        QSKIP("pdftotext not found (poppler-utils)");
    QVERIFY(m_dir.isValid());
    m_report = embeddedReport();
}

void DeckLibreOfficeTest::convert_data()
{
    QTest::addColumn<int>("theme");
    QTest::addColumn<int>("aspect");
    QTest::addColumn<bool>("pictures");
    QTest::newRow("light 16:9") << int(ThemeId::Light) << int(DeckAspect::Wide) << false;
    QTest::newRow("print 4:3") << int(ThemeId::Print) << int(DeckAspect::Standard) << false;
    QTest::newRow("dark pictures") << int(ThemeId::Dark) << int(DeckAspect::Wide) << true;
}

void DeckLibreOfficeTest::convert()
{
    QFETCH(int, theme);
    QFETCH(int, aspect);
    QFETCH(bool, pictures);
    DeckOptions options;
    options.theme = ThemeId(theme);
    options.aspect = DeckAspect(aspect);
    options.pictures = pictures;
    const QString name =
        QString::fromLatin1(QTest::currentDataTag())
            .replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    const QString deck = m_dir.filePath(name + QStringLiteral(".pptx"));
    const ExportResult written = writeDeck(m_report, options, deck);
    QVERIFY2(written.ok, qPrintable(written.error));

    QString pdf;
    convertToPdf(deck, name, &pdf);
    QVERIFY(!pdf.isEmpty());

    QCOMPARE(ExportTest::pdfPageCount(pdf), deckSlideCount(m_report, options));
    const QString text = collapsed(ExportTest::pdfText(pdf));
    QVERIFY2(text.contains(collapsed(m_report.title.text())), qPrintable(text.left(300)));
    const QString source = collapsed(sourceLine(m_report));
    QCOMPARE(text.count(source), m_report.figures.size() + 1); // figure slides and title slide
    for (const Figure &figure : m_report.figures) {
        QVERIFY2(text.contains(collapsed(figure.title.text())), qPrintable(figure.id));
        for (int i = 0; i < figure.caveats.size(); ++i)
            QVERIFY2(text.contains(collapsed(caveatNote(figure, i))),
                     qPrintable(caveatNote(figure, i)));
    }
    for (const Caveat &c : m_report.caveats)
        QVERIFY2(text.contains(collapsed(c.text.text())), qPrintable(c.id));
    // Native charts' labels are text in the PDF too (the doughnut's shares).
    if (!pictures) {
        for (const char *label : {"35%", "28%", "37%", "6,000+", "> ¥1.2 trillion"})
            QVERIFY2(text.contains(QString::fromUtf8(label)), label);
        // The key-figures slide as Impress lays it out: each tile's number ends in its notes'
        // marks on its own line (at 32 pt, "†" fell to a line of its own in a third of a
        // slide), and the dollar restatement carries its own mark, "‡".
        const QList<ExportTest::PdfWord> words = ExportTest::pdfWords(pdf);
        const auto onItsLine = [&](const QString &last, const QString &mark) {
            const auto onPage2 = [&](const QString &wanted) {
                QList<QRectF> boxes;
                for (const ExportTest::PdfWord &word : words) {
                    if (word.page == 2 && word.text == wanted)
                        boxes << word.box;
                }
                return boxes;
            };
            // The mark just after the word (within a space of its size), its middle inside the
            // word's line: pdftotext may list a raised mark elsewhere in its reading order.
            for (const QRectF &word : onPage2(last)) {
                for (const QRectF &after : onPage2(mark)) {
                    const qreal middle = after.center().y();
                    if (after.left() >= word.right() - 1 &&
                        after.left() <= word.right() + word.height() && middle > word.top() &&
                        middle < word.bottom())
                        return true;
                }
            }
            return false;
        };
        QVERIFY2(onItsLine(QStringLiteral("trillion"), QString::fromUtf8("†")),
                 "the ¥1.2 trillion tile's mark");
        QVERIFY2(onItsLine(QStringLiteral("billion)"), QString::fromUtf8("‡")),
                 "the $165 billion restatement's mark");
        QVERIFY2(onItsLine(QStringLiteral("million+"), QString::fromUtf8("†§")),
                 "the 2 million+ tile's marks");
    }
}

void DeckLibreOfficeTest::versionTwoPacks_data()
{
    // Native bars, columns and lines (several series, gaps), tiles and pictures.
    QTest::addColumn<QString>("pack");
    QTest::addColumn<QStringList>("labels"); // chart labels written by hand from the pack
    QTest::newRow("six-brands-six-quarters")
        << QStringLiteral("six-brands-six-quarters")
        << QStringList{QStringLiteral("Brand A"), QStringLiteral("Brand F"),
                       QStringLiteral("Q3 2024"), QStringLiteral("Q4 2025"),
                       QStringLiteral("32,500")};
    QTest::newRow("eu-power-mix") << QStringLiteral("eu-power-mix")
                                  << QStringList{QStringLiteral("900 TWh"),
                                                 QStringLiteral("Coal generation, 2019")};
    QTest::newRow("ev-share-by-market")
        << QStringLiteral("ev-share-by-market")
        << QStringList{QStringLiteral("nearly 88%"), QString::fromUtf8("< 5%")};
    QTest::newRow("v2-features") << QStringLiteral("v2-features")
                                 << QStringList{QStringLiteral("Second market"),
                                                QStringLiteral("nearly 4%")};
}

void DeckLibreOfficeTest::versionTwoPacks()
{
    QFETCH(QString, pack);
    QFETCH(QStringList, labels);
    const LoadResult loaded =
        loadReportPack(QStringLiteral(FIGDECK_TEST_DATA) + QStringLiteral("/model/v2/good/") +
                       pack + QStringLiteral(".figdeck.json"));
    QVERIFY(loaded.ok());
    const Report &report = *loaded.report;
    const QString deck = m_dir.filePath(pack + QStringLiteral(".pptx"));
    const ExportResult written = writeDeck(report, {}, deck);
    QVERIFY2(written.ok, qPrintable(written.error));
    QString pdf;
    convertToPdf(deck, pack, &pdf);
    QVERIFY(!pdf.isEmpty());
    QCOMPARE(ExportTest::pdfPageCount(pdf), deckSlideCount(report, {}));
    const QString text = collapsed(ExportTest::pdfText(pdf));
    for (const Figure &figure : report.figures)
        QVERIFY2(text.contains(collapsed(figure.title.text())), qPrintable(figure.id));
    for (const QString &label : std::as_const(labels))
        QVERIFY2(text.contains(label), qPrintable(label));
}

QTEST_MAIN(DeckLibreOfficeTest)
#include "tst_deck_libreoffice.moc"
