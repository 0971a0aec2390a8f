// SPDX-License-Identifier: GPL-3.0-or-later
// The printable summary as a reader gets it: pages, fonts, every text, on A4 and Letter,
// through QPdfWriter and QPrinter alike.
#include "exporttesthelpers.h"
#include "format.h"
#include "reportloader.h"
#include "summarydocument.h"

#include <QApplication>
#include <QFile>
#include <QPdfWriter>
#include <QPrinter>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Figdeck;

class TestSummaryDocument : public QObject
{
    Q_OBJECT

private:
    Report m_report;
    QTemporaryDir m_dir;

    // The summary's text with the header and footer of every page taken out, so a paragraph
    // continued on the next page reads as one.
    QString bodyText(const QString &path) const
    {
        QString text = ExportTest::pdfText(path);
        // A section's name repeated at the top of a page it continues on.
        text.remove(QRegularExpression(QStringLiteral("^[^\\n]*\\(continued\\)$"),
                                       QRegularExpression::MultilineOption));
        text.remove(QRegularExpression(QStringLiteral("Page \\d+ of \\d+")));
        text.remove(ExportTest::simplified(sourceLine(m_report)));
        text.remove(ExportTest::simplified(m_report.title.text()));
        return ExportTest::simplified(text);
    }
    static QString pageName(const QPageSize &size) { return size.key(); }
    // The first line of a page's body, below its header (words as pdftotext places them).
    static QString firstBodyLine(const QList<ExportTest::PdfWord> &words, int page)
    {
        QList<ExportTest::PdfWord> body;
        for (const ExportTest::PdfWord &word : words) {
            if (word.page == page && word.box.top() > 50)
                body << word;
        }
        if (body.isEmpty())
            return QString();
        const qreal top =
            std::min_element(body.cbegin(), body.cend(), [](const auto &a, const auto &b) {
                return a.box.top() < b.box.top();
            })->box.top();
        QList<ExportTest::PdfWord> line;
        for (const ExportTest::PdfWord &word : body) {
            if (word.box.top() < top + 2)
                line << word;
        }
        std::sort(line.begin(), line.end(),
                  [](const auto &a, const auto &b) { return a.box.left() < b.box.left(); });
        QStringList texts;
        for (const ExportTest::PdfWord &word : line)
            texts << word.text;
        return texts.join(QLatin1Char(' '));
    }

private Q_SLOTS:
    void initTestCase();
    void pdf_data();
    void pdf();
    void figureSubset();
    void resolutionIndependent();
    void printer();
    void writeFailure();
    void credits_data();
    void credits();
    void newsNote_data();
    void newsNote();
};

void TestSummaryDocument::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_report = embeddedReport();
    QVERIFY(m_report.figures.size() >= 4);
}

void TestSummaryDocument::pdf_data()
{
    QTest::addColumn<QPageSize>("pageSize");
    QTest::addColumn<QSizeF>("points");
    QTest::addColumn<ThemeId>("theme");
    QTest::newRow("A4-print") << QPageSize(QPageSize::A4) << QSizeF(595.276, 841.89)
                              << ThemeId::Print;
    QTest::newRow("Letter-print") << QPageSize(QPageSize::Letter) << QSizeF(612, 792)
                                  << ThemeId::Print;
    QTest::newRow("A4-light") << QPageSize(QPageSize::A4) << QSizeF(595.276, 841.89)
                              << ThemeId::Light;
}

void TestSummaryDocument::pdf()
{
    QFETCH(QPageSize, pageSize);
    QFETCH(QSizeF, points);
    QFETCH(ThemeId, theme);
    if (!ExportTest::hasTool(QStringLiteral("pdffonts")))
        QSKIP("poppler-utils (pdffonts, pdfinfo, pdftotext) is not installed");
    SummaryOptions options;
    options.pageSize = pageSize;
    options.theme = theme;
    const QString path = m_dir.filePath(
        QStringLiteral("summary-%1-%2.pdf").arg(pageName(pageSize), Theme::name(theme)));
    const ExportResult result = writeSummaryPdf(m_report, options, path);
    QVERIFY2(result.ok, qPrintable(result.error));

    // A cover, a section (one page or two) per figure, a closing section.
    const int pages = ExportTest::pdfPageCount(path);
    const int figures = int(m_report.figures.size());
    QVERIFY2(pages >= figures + 2 && pages <= 2 * figures + 4, qPrintable(QString::number(pages)));
    QCOMPARE(pages, summaryPageCount(m_report, options));
    QVERIFY(ExportTest::pdfInfo(path, QStringLiteral("Title")).contains(m_report.title.text()));
    for (int page = 1; page <= pages; ++page) {
        const QSizeF size = ExportTest::pdfPageSize(path, page);
        QVERIFY(qAbs(size.width() - points.width()) < 1 &&
                qAbs(size.height() - points.height()) < 1);
    }

    const QList<ExportTest::PdfFont> fonts = ExportTest::pdfFonts(path);
    QVERIFY(!fonts.isEmpty());
    for (const ExportTest::PdfFont &font : fonts)
        QVERIFY2(font.embedded, qPrintable(font.name + QStringLiteral(" is not embedded")));
    QCOMPARE(ExportTest::pdfImageCount(path), 0);

    const QString text = bodyText(path);
    const auto expectText = [&](const QString &expected) {
        const QString want = ExportTest::simplified(expected);
        QVERIFY2(text.contains(want), qPrintable(QStringLiteral("missing: ") + want));
    };
    // On the cover, and in every page's header and source line.
    QCOMPARE(ExportTest::pdfText(path).count(ExportTest::simplified(m_report.title.text())),
             2 * pages + 1);
    expectText(QStringLiteral("Issuer: not named in the source"));
    // The event's name holds the year: it is not repeated ("Expo, 2026").
    expectText(QStringLiteral("Released at the 2026 World Intelligent Industry Expo."));
    QVERIFY(!text.contains(QStringLiteral("Headline figures"))); // no repeat of Figure 1
    expectText(m_report.event.text());
    expectText(QStringLiteral("news article that summarises the report"));
    for (const Figure &figure : m_report.figures) {
        expectText(figure.title.text());
        for (const Finding &finding : figure.findings)
            expectText(finding.text.text());
        for (int i = 0; i < figure.caveats.size(); ++i)
            expectText(caveatNote(figure, i));
        for (const Metric *metric : m_report.metricsOf(figure)) {
            expectText(metric->label.text());
            expectText(originText(*metric));
            if (!metric->quote.isEmpty())
                expectText(metric->quote);
        }
    }
    for (const Section &section : m_report.sections) {
        expectText(section.title.text());
        for (const Finding &finding : section.findings)
            expectText(finding.text.text());
    }
    for (const Caveat &caveat : m_report.caveats)
        expectText(caveat.text.text());
    for (const char *bottleneck : {"data security", "computing-power costs", "talent"})
        expectText(QString::fromLatin1(bottleneck));

    // Header and footer on every page: title, page N of M, source line.
    for (int page = 1; page <= pages; ++page) {
        const QString pageText = ExportTest::pdfText(path, page, page);
        QVERIFY(pageText.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)));
        QVERIFY(pageText.contains(ExportTest::simplified(sourceLine(m_report))));
        QVERIFY(pageText.contains(ExportTest::simplified(m_report.title.text())));
    }

    // Nothing cut off: every word lies well inside its page.
    for (const ExportTest::PdfWord &word : ExportTest::pdfWords(path)) {
        const QRectF inside = QRectF(QPointF(0, 0), word.pageSize).adjusted(18, 18, -18, -18);
        QVERIFY2(inside.contains(word.box), qPrintable(QStringLiteral("%1 on page %2 at %3,%4")
                                                           .arg(word.text)
                                                           .arg(word.page)
                                                           .arg(word.box.x())
                                                           .arg(word.box.y())));
    }

    // No figure split: each figure's heading is on the page its chart's numbers are on.
    for (int i = 0; i < figures; ++i) {
        const Figure &figure = m_report.figures.at(i);
        const QString heading = QStringLiteral("Figure %1. %2").arg(i + 1).arg(figure.title.text());
        int headingPage = 0;
        for (int page = 2; page <= pages && !headingPage; ++page) {
            if (ExportTest::pdfText(path, page, page).contains(heading))
                headingPage = page;
        }
        QVERIFY2(headingPage > 0, qPrintable(heading));
        const QString pageText = ExportTest::pdfText(path, headingPage, headingPage);
        const QString number = formatBareValue(*m_report.metricsOf(figure).first())
                                   .section(QLatin1Char(' '), 0, 0)
                                   .remove(QRegularExpression(QStringLiteral("[^0-9.,%]")));
        QVERIFY2(pageText.count(number) >= 1, qPrintable(heading + QStringLiteral(": ") + number));
    }

    // No paper wasted: figures flow on from one another, so no page but the cover and the
    // last ends before the middle of its body (a table alone on a page did, 60-85% empty).
    const QList<ExportTest::PdfWord> words = ExportTest::pdfWords(path);
    for (int page = 2; page < pages; ++page) {
        qreal lowestBody = 0;
        const QSizeF size = ExportTest::pdfPageSize(path, page);
        for (const ExportTest::PdfWord &word : words) {
            if (word.page == page && word.box.bottom() < size.height() - 60)
                lowestBody = std::max(lowestBody, word.box.bottom());
        }
        QVERIFY2(lowestBody > size.height() * 0.55,
                 qPrintable(QStringLiteral("page %1 ends at %2 of %3")
                                .arg(page)
                                .arg(lowestBody)
                                .arg(size.height())));
    }
    // Every page after the cover starts by naming its section: no table, caveat list or
    // findings at the top of a page without the figure they belong to.
    for (int page = 2; page <= pages; ++page) {
        const QString first = firstBodyLine(words, page);
        QVERIFY2(first.startsWith(QLatin1String("Figure ")) ||
                     first.startsWith(QLatin1String("Across the report")),
                 qPrintable(QStringLiteral("page %1 starts with: %2").arg(page).arg(first)));
    }
}

void TestSummaryDocument::figureSubset()
{
    SummaryOptions all;
    SummaryOptions one;
    one.figureIds = {m_report.figures.at(1).id};
    QVERIFY(summaryPageCount(m_report, one) < summaryPageCount(m_report, all));
    const QString path = m_dir.filePath(QStringLiteral("subset.pdf"));
    QVERIFY(writeSummaryPdf(m_report, one, path).ok);
    if (!ExportTest::hasTool(QStringLiteral("pdftotext")))
        QSKIP("pdftotext is not installed");
    const QString text = bodyText(path);
    QVERIFY(text.contains(m_report.figures.at(1).title.text()));
    QVERIFY(!text.contains(m_report.figures.at(2).title.text()));
    QCOMPARE(ExportTest::pdfPageCount(path), summaryPageCount(m_report, one));
}

// The same words at the same place on the page whatever the writer's resolution.
void TestSummaryDocument::resolutionIndependent()
{
    if (!ExportTest::hasTool(QStringLiteral("pdftotext")))
        QSKIP("pdftotext is not installed");
    QList<QList<ExportTest::PdfWord>> runs;
    for (int dpi : {72, 1200}) {
        const QString path = m_dir.filePath(QStringLiteral("dpi-%1.pdf").arg(dpi));
        {
            QPdfWriter writer(path);
            writer.setResolution(dpi);
            QCOMPARE(paintSummary(writer, m_report, {}), summaryPageCount(m_report, {}));
        }
        runs << ExportTest::pdfWords(path);
    }
    QCOMPARE(runs.at(0).size(), runs.at(1).size());
    QVERIFY(runs.at(0).size() > 500);
    for (int i = 0; i < runs.at(0).size(); ++i) {
        const auto &a = runs.at(0).at(i);
        const auto &b = runs.at(1).at(i);
        QCOMPARE(a.text, b.text);
        QCOMPARE(a.page, b.page);
        QVERIFY2(qAbs(a.box.top() - b.box.top()) < 1.5 && qAbs(a.box.left() - b.box.left()) < 1.5 &&
                     qAbs(a.box.height() - b.box.height()) < 1.5,
                 qPrintable(a.text));
    }
}

// What the print preview and the print dialog paint into: a 1200-dpi QPrinter.
void TestSummaryDocument::printer()
{
    const QString path = m_dir.filePath(QStringLiteral("printer.pdf"));
    SummaryOptions options;
    options.pageSize = QPageSize(QPageSize::Letter);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    const int painted = paintSummary(printer, m_report, options);
    QCOMPARE(painted, summaryPageCount(m_report, options));
    if (!ExportTest::hasTool(QStringLiteral("pdfinfo")))
        QSKIP("pdfinfo is not installed");
    QCOMPARE(ExportTest::pdfPageCount(path), painted);
    const QSizeF size = ExportTest::pdfPageSize(path);
    QVERIFY(qAbs(size.width() - 612) < 1 && qAbs(size.height() - 792) < 1);
    const QString text = bodyText(path);
    for (const Figure &figure : m_report.figures)
        QVERIFY(text.contains(figure.title.text()));

    // Same words at the same places as the PDF writer's.
    const QString writerPath = m_dir.filePath(QStringLiteral("writer-letter.pdf"));
    QVERIFY(writeSummaryPdf(m_report, options, writerPath).ok);
    const QList<ExportTest::PdfWord> a = ExportTest::pdfWords(path);
    const QList<ExportTest::PdfWord> b = ExportTest::pdfWords(writerPath);
    QCOMPARE(a.size(), b.size());
    for (int i = 0; i < a.size(); ++i)
        QVERIFY2(qAbs(a.at(i).box.top() - b.at(i).box.top()) < 1.5, qPrintable(a.at(i).text));
}

void TestSummaryDocument::writeFailure()
{
    // A missing folder is created (like --export); a file where the folder should be is not.
    const QString created = m_dir.filePath(QStringLiteral("missing/summary.pdf"));
    QVERIFY(writeSummaryPdf(m_report, {}, created).ok);
    QVERIFY(QFileInfo(created).isFile());
    const QString path = created + QStringLiteral("/summary.pdf");
    const ExportResult result = writeSummaryPdf(m_report, {}, path);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(path) &&
                 result.error.contains(QStringLiteral("Not a directory")),
             qPrintable(result.error));
}

// With several sources, each figure's section names its sources and each number its own; the
// page footer names every source of the report. Read back with pdftotext.
void TestSummaryDocument::credits_data()
{
    QTest::addColumn<QString>("expected");
    QTest::newRow("figure of two sources")
        << QStringLiteral("Sources: An electricity review (https://example.org/review); A wire "
                          "story about the review, as summarised by A wire service "
                          "(https://example.net/wire)");
    QTest::newRow("a number of the news summary")
        << QStringLiteral("Source: A wire story about the review, as summarised by A wire service "
                          "(https://example.net/wire): “solar passed 11%”");
    QTest::newRow("a number of the report")
        << QStringLiteral("Source: An electricity review (https://example.org/review): “coal fell "
                          "to 12%”");
    QTest::newRow("a number of the analysis")
        << QStringLiteral("Source: Our own arithmetic (https://example.com/notes): “wind "
                          "supplied about 19% of the electricity”");
    QTest::newRow("every source, on every page")
        << QStringLiteral("Sources: An electricity review (https://example.org/review); A wire "
                          "story about the review, as summarised by A wire service "
                          "(https://example.net/wire); Our own arithmetic "
                          "(https://example.com/notes)");
}

void TestSummaryDocument::credits()
{
    QFETCH(QString, expected);
    if (!ExportTest::hasTool(QStringLiteral("pdftotext")))
        QSKIP("pdftotext is not installed");
    const LoadResult loaded = loadReportPack(
        QStringLiteral(FIGDECK_TEST_DATA "/model/v2/good/mixed-sources.figdeck.json"));
    QVERIFY(loaded.ok());
    const QString path = m_dir.filePath(QStringLiteral("mixed-sources.pdf"));
    QVERIFY(writeSummaryPdf(*loaded.report, {}, path).ok);
    // Compared without spaces: pdftotext breaks the lines where the text wrapped.
    const QRegularExpression space(QStringLiteral("\\s"));
    const QString text = ExportTest::pdfText(path).remove(space);
    QVERIFY2(text.contains(QString(expected).remove(space)), qPrintable(ExportTest::pdfText(path)));
    QVERIFY(!text.contains(QStringLiteral("…")));
}

// The cover says what the numbers rest on: one news article, or several.
void TestSummaryDocument::newsNote_data()
{
    QTest::addColumn<QString>("pack");
    QTest::addColumn<QString>("expected");
    QTest::newRow("one article") << QString()
                                 << QStringLiteral(
                                        "This summary is based on a news article that "
                                        "summarises the report, not on the report itself.");
    QTest::newRow("three articles")
        << QStringLiteral(FIGDECK_TEST_DATA "/model/v2/good/three-outlets.figdeck.json")
        << QStringLiteral("This summary is based on news articles, not on what they report on.");
}

void TestSummaryDocument::newsNote()
{
    QFETCH(QString, pack);
    QFETCH(QString, expected);
    if (!ExportTest::hasTool(QStringLiteral("pdftotext")))
        QSKIP("pdftotext is not installed");
    Report report = m_report;
    if (!pack.isEmpty()) {
        const LoadResult loaded = loadReportPack(pack);
        QVERIFY(loaded.ok());
        report = *loaded.report;
    }
    const QString path = m_dir.filePath(QStringLiteral("news-note.pdf"));
    QVERIFY(writeSummaryPdf(report, {}, path).ok);
    const QRegularExpression space(QStringLiteral("\\s"));
    QVERIFY2(
        ExportTest::pdfText(path, 1, 1).remove(space).contains(QString(expected).remove(space)),
        qPrintable(ExportTest::pdfText(path, 1, 1)));
}

QTEST_MAIN(TestSummaryDocument)
#include "tst_summarydocument.moc"
