// SPDX-License-Identifier: GPL-3.0-or-later
// The printable summary as a reader gets it: pages, fonts, every text, on A4 and Letter,
// through QPdfWriter and QPrinter alike.
#include "exporttesthelpers.h"
#include "format.h"
#include "reportloader.h"
#include "summarydocument.h"

#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
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
    // Every word well inside its page (a warning names the first that is not).
    static bool allInsideTheirPages(const QList<ExportTest::PdfWord> &words)
    {
        for (const ExportTest::PdfWord &word : words) {
            const QRectF inside = QRectF(QPointF(0, 0), word.pageSize).adjusted(18, 18, -18, -18);
            if (!inside.contains(word.box)) {
                qWarning("%s on page %d at %g,%g", qPrintable(word.text), word.page, word.box.x(),
                         word.box.y());
                return false;
            }
        }
        return true;
    }
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
    void largePack();
    void sameWordsInAnotherStyle();
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
    QVERIFY(allInsideTheirPages(ExportTest::pdfWords(path)));

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

namespace {

// A pack of `figures` tiles figures of three numbers each, and one figure of `rows` numbers
// whose table runs over pages: every label, value and quote its own ("Count 12.2", 1,223,
// "figure 12 states 1,223"), so each can be found in the summary's text.
QByteArray packOfManyFigures(int figures, int rows)
{
    using namespace Qt::StringLiterals;
    QJsonArray metrics;
    QJsonArray figureList;
    const auto metric = [&](const QString &id, const QString &label, int value,
                            const QString &quote) {
        metrics.append(QJsonObject{{u"id"_s, id},
                                   {u"label"_s, label},
                                   {u"value"_s, value},
                                   {u"unit"_s, u"count"_s},
                                   {u"qualifier"_s, u"exact"_s},
                                   {u"origin"_s, u"stated"_s},
                                   {u"quote"_s, quote},
                                   {u"source"_s, u"data"_s}});
    };
    for (int f = 1; f <= figures; ++f) {
        QJsonArray ids;
        for (int k = 1; k <= 3; ++k) {
            const int value = f * 100 + k + 1000;
            const QString id = u"f%1m%2"_s.arg(f).arg(k);
            metric(id, u"Count %1.%2"_s.arg(f).arg(k), value,
                   u"figure %1 states %2"_s.arg(f).arg(QLocale(QLocale::English).toString(value)));
            ids.append(id);
        }
        figureList.append(QJsonObject{{u"id"_s, u"fig%1"_s.arg(f)},
                                      {u"title"_s, u"Counted things number %1"_s.arg(f)},
                                      {u"kind"_s, u"tiles"_s},
                                      {u"comparable"_s, false},
                                      {u"metrics"_s, ids},
                                      {u"findings"_s, QJsonArray{}},
                                      {u"caveats"_s, QJsonArray{}}});
    }
    QJsonArray ids;
    for (int k = 1; k <= rows; ++k) {
        const QString id = u"row%1"_s.arg(k);
        metric(id, u"Row %1"_s.arg(k), 7000 + k, u"row %1 is stated as %2"_s.arg(k).arg(7000 + k));
        ids.append(id);
    }
    figureList.append(QJsonObject{{u"id"_s, u"long"_s},
                                  {u"title"_s, u"A long table"_s},
                                  {u"kind"_s, u"tiles"_s},
                                  {u"comparable"_s, false},
                                  {u"metrics"_s, ids},
                                  {u"findings"_s, QJsonArray{}},
                                  {u"caveats"_s, QJsonArray{}}});
    const QJsonObject source{{u"id"_s, u"data"_s},
                             {u"title"_s, u"A source"_s},
                             {u"url"_s, u"https://example.org/data"_s},
                             {u"kind"_s, u"report"_s}};
    const QJsonObject pack{
        {u"format"_s, u"figdeck-report"_s},
        {u"version"_s, 2},
        {u"language"_s, u"en"_s},
        {u"date"_s, u"2026-03"_s},
        {u"title"_s, u"A large pack"_s},
        {u"sources"_s, QJsonArray{source}},
        {u"metrics"_s, metrics},
        {u"figures"_s, figureList},
        {u"sections"_s, QJsonArray{}},
        {u"caveats"_s, QJsonArray{QJsonObject{{u"id"_s, u"invented"_s},
                                              {u"text"_s, u"Every number here is invented."_s}}}}};
    return QJsonDocument(pack).toJson(QJsonDocument::Compact);
}

} // namespace

// A pack whose list of sections is longer than the cover and one of whose tables runs over
// pages, read back word by word: every figure and every number is there, inside its page; the
// list gives each figure the page its heading is on; no table row is cut by a page break
// (its label, value and quote on one page); every page shows "Page N of M".
void TestSummaryDocument::largePack()
{
    if (!ExportTest::hasTool(QStringLiteral("pdftotext")))
        QSKIP("pdftotext is not installed");
    constexpr int Figures = 70;
    constexpr int Rows = 45;
    const LoadResult loaded =
        parseReportPack(packOfManyFigures(Figures, Rows), QStringLiteral("large.figdeck.json"));
    QVERIFY2(loaded.ok(), loaded.diagnostics.isEmpty()
                              ? "not loaded"
                              : qPrintable(loaded.diagnostics.first().toString()));
    const Report &report = *loaded.report;
    const QString path = m_dir.filePath(QStringLiteral("large.pdf"));
    QVERIFY(writeSummaryPdf(report, {}, path).ok);
    const int pages = ExportTest::pdfPageCount(path);
    QCOMPARE(pages, summaryPageCount(report, {}));
    QVERIFY2(pages > Figures / 2, qPrintable(QString::number(pages)));

    const QList<ExportTest::PdfWord> words = ExportTest::pdfWords(path);
    QVERIFY(allInsideTheirPages(words));
    // The pages a phrase is on (its words one after the other on one page).
    const auto pagesOf = [&](const QString &phrase) {
        const QStringList want = phrase.split(QLatin1Char(' '));
        QList<int> found;
        for (int i = 0; i + want.size() <= words.size(); ++i) {
            bool match = true;
            for (int k = 0; k < want.size() && match; ++k)
                match =
                    words.at(i + k).text == want.at(k) && words.at(i + k).page == words.at(i).page;
            if (match)
                found << words.at(i).page;
        }
        return found;
    };

    // Each heading is the larger "Figure N." on its page; the list names that page beside the
    // figure's entry, in the list's small type.
    QMap<int, int> headingPage; // figure number -> page
    QMap<int, int> listedPage;  // figure number -> the page the list gives
    for (int i = 0; i + 1 < words.size(); ++i) {
        const ExportTest::PdfWord &word = words.at(i);
        if (word.text != QLatin1String("Figure"))
            continue;
        const int number = QString(words.at(i + 1).text).remove(QLatin1Char('.')).toInt();
        if (word.box.height() > 14) {
            QVERIFY2(!headingPage.contains(number), qPrintable(QString::number(number)));
            headingPage.insert(number, word.page);
        } else if (headingPage.isEmpty()) { // the list, before the first section
            // The page number is the word at the right end of the entry's first line.
            for (int k = i + 2; k < words.size() && words.at(k).page == word.page; ++k) {
                if (qAbs(words.at(k).box.top() - word.box.top()) < 1.5 &&
                    words.at(k).box.left() > word.pageSize.width() - 56 - 30 - 1) {
                    listedPage.insert(number, words.at(k).text.toInt());
                    break;
                }
            }
        }
    }
    QCOMPARE(headingPage.size(), Figures + 1);
    QCOMPARE(listedPage.size(), Figures + 1);
    QCOMPARE(listedPage, headingPage);
    // The list runs on past the cover, and says so where it continues.
    QVERIFY(headingPage.value(1) > 1);
    QVERIFY(!pagesOf(QStringLiteral("In this summary (continued)")).isEmpty());

    // Every number, its label and its quote on one page.
    for (const Metric &metric : report.metrics) {
        const QList<int> label = pagesOf(metric.label.text());
        const QList<int> value = pagesOf(formatBareValue(metric));
        const QList<int> quote = pagesOf(QStringLiteral("“%1”").arg(metric.quote));
        QVERIFY2(label.size() >= 1 && !quote.isEmpty() && !value.isEmpty(),
                 qPrintable(metric.label.text()));
        QVERIFY2(quote.contains(label.last()) && value.contains(label.last()),
                 qPrintable(QStringLiteral("%1 on page %2, its quote on %3")
                                .arg(metric.label.text())
                                .arg(label.last())
                                .arg(quote.isEmpty() ? 0 : quote.last())));
    }
    // The long table spans pages, each continuation page naming it.
    QVERIFY(pagesOf(QStringLiteral("Row 1")).last() <
            pagesOf(QStringLiteral("Row %1").arg(Rows)).last());
    for (int page = 1; page <= pages; ++page)
        QCOMPARE(pagesOf(QStringLiteral("Page %1 of %2").arg(page).arg(pages)), QList<int>{page});
}

// A figure's subtitle that is the same word as the heading below it ("Findings"): the
// summary lays out the same text at the same width in two styles (layouts are reused while
// it is painted), and the heading is still set in the heading's larger type.
void TestSummaryDocument::sameWordsInAnotherStyle()
{
    if (!ExportTest::hasTool(QStringLiteral("pdftotext")))
        QSKIP("pdftotext is not installed");
    Report report = m_report;
    const auto withFindings =
        std::find_if(report.figures.begin(), report.figures.end(),
                     [](const Figure &figure) { return !figure.findings.isEmpty(); });
    QVERIFY(withFindings != report.figures.end());
    withFindings->subtitle = Text(QStringLiteral("Findings"));
    SummaryOptions options;
    options.figureIds = {withFindings->id};
    const QString path = m_dir.filePath(QStringLiteral("same-words.pdf"));
    QVERIFY(writeSummaryPdf(report, options, path).ok);
    QList<ExportTest::PdfWord> findings;
    for (const ExportTest::PdfWord &word : ExportTest::pdfWords(path)) {
        if (word.text == QLatin1String("Findings"))
            findings << word;
    }
    // The subtitle (11 px), then the heading (12 px, bold).
    QCOMPARE(findings.size(), 2);
    QVERIFY2(findings.at(1).box.height() > findings.at(0).box.height() + 0.5,
             qPrintable(QStringLiteral("subtitle %1 pt, heading %2 pt high")
                            .arg(findings.at(0).box.height())
                            .arg(findings.at(1).box.height())));
    QVERIFY(findings.at(1).box.width() > findings.at(0).box.width());
}

QTEST_MAIN(TestSummaryDocument)
#include "tst_summarydocument.moc"
