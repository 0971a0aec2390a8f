// SPDX-License-Identifier: GPL-3.0-or-later
// Bounded layout work on hostile but valid packs (issue 10; the packs themselves are in
// tests/data/hardening, written by generate.py there). Before the fixes, measured with
// /usr/bin/time: a 16 MiB report title kept the window from showing for more than 150 s (a
// word-wrapped QLabel and the narrative laid it out whole), 20,000 tiles took 57 s to a first
// frame and 10,000 caveats 6 s per export. No timing is asserted: each check is on what was
// laid out (lines, entries, ellipses), so a return to unbounded work shows as a wrong count.
#include "figurechart.h"
#include "hostilepack.h"
#include "narrativepane.h"
#include "plaintext.h"
#include "reportloader.h"
#include "textblock.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace Figdeck;
using namespace Qt::StringLiterals;

namespace {

const QChar Ellipsis(0x2026);

// The pack loaded (it is valid by construction).
Report loadPack(const QString &title, const QJsonArray &metrics, const QJsonObject &figure)
{
    const LoadResult result =
        parseReportPack(HostilePack::pack(title, metrics, figure), u"hostile"_s);
    if (!result.ok())
        qFatal("hostile pack does not load: %s", qPrintable(result.diagnostics.value(0).message));
    return *result.report;
}

// One bars figure of three metrics with `caveats` caveats and `findings` findings; with
// `pointing`, caveat i points at metric i % 3 (each value carries its signs).
Report hostileReport(const QString &title, int caveats, int findings, bool pointing = false)
{
    QJsonArray caveatList;
    for (int i = 0; i < caveats; ++i) {
        QJsonObject caveat{{u"id"_s, u"c%1"_s.arg(i)}, {u"text"_s, u"Caveat number %1."_s.arg(i)}};
        if (pointing)
            caveat.insert(u"metrics"_s, QJsonArray{u"m%1"_s.arg(i % 3)});
        caveatList.append(caveat);
    }
    QJsonArray findingList;
    for (int i = 0; i < findings; ++i)
        findingList.append(QJsonObject{{u"text"_s, u"Finding number %1."_s.arg(i)}});
    const QJsonObject figure{
        {u"id"_s, u"bars"_s},         {u"title"_s, u"Bars"_s},
        {u"kind"_s, u"bars"_s},       {u"metrics"_s, QJsonArray{u"m0"_s, u"m1"_s, u"m2"_s}},
        {u"findings"_s, findingList}, {u"caveats"_s, caveatList}};
    return loadPack(title, HostilePack::metrics(3).first, figure);
}

// One tiles figure of `count` metrics m0, m1, ...
Report tilesReport(int count)
{
    const auto [metrics, ids] = HostilePack::metrics(count);
    const QJsonObject figure{{u"id"_s, u"tiles"_s},       {u"title"_s, u"Tiles"_s},
                             {u"kind"_s, u"tiles"_s},     {u"comparable"_s, false},
                             {u"metrics"_s, ids},         {u"findings"_s, QJsonArray{}},
                             {u"caveats"_s, QJsonArray{}}};
    return loadPack(u"Many tiles"_s, metrics, figure);
}

} // namespace

class TestBoundedLayout : public QObject
{
    Q_OBJECT
private slots:
    // A block of at most maxLines lines lays out those only, whatever the text's length, and
    // ends in an ellipsis when text is left: before, a 10,000-character text was laid out whole
    // at every fitting step (each hyphen break moved by one more full layout).
    void maxLinesBoundsLayout_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("maxLines");
        QTest::addColumn<int>("lines");
        QTest::addColumn<bool>("elided");
        const QString unbroken = u"abcdefghij"_s.repeated(10000);
        QStringList words;
        for (int i = 0; i < 15000; ++i)
            words << u"word%1"_s.arg(i);
        QTest::newRow("100,000 letters, no space") << unbroken << 3 << 3 << true;
        QTest::newRow("hyphenated words") << words.join(u'-') << 3 << 3 << true;
        QTest::newRow("spaced words") << words.join(u' ') << 2 << 2 << true;
        QTest::newRow("short text, fewer lines") << u"Two words"_s << 3 << 1 << false;
        QTest::newRow("no bound, short text") << u"Two words"_s << 0 << 1 << false;
    }
    void maxLinesBoundsLayout()
    {
        QFETCH(QString, text);
        QFETCH(int, maxLines);
        QFETCH(int, lines);
        QFETCH(bool, elided);
        QFont font(u"DejaVu Sans"_s);
        font.setPixelSize(16);
        const TextBlock block(text, font, 400, Qt::AlignLeft, 1.2, maxLines);
        QCOMPARE(block.lineCount(), lines);
        QCOMPARE(block.isElided(), elided);
        QCOMPARE(block.lineText(lines - 1).endsWith(Ellipsis), elided);
        QVERIFY(block.naturalWidth() <= 400 + 0.5);
        // Each round moves or hyphenates one break of a laid-out line: with three lines, a
        // handful of layouts (the breaks of the first text, then of the elided one).
        QVERIFY2(block.layoutCount() <= 2 * (3 + 12 + 1),
                 qPrintable(QString::number(block.layoutCount())));
    }

    // The window's labels and title show at most MaxLabelChars of a pack's text.
    void labelTextElides()
    {
        const QString huge(16 * 1024 * 1024, u'x');
        const QString shown = labelText(huge);
        QCOMPARE(shown.size(), MaxLabelChars);
        QCOMPARE(shown.back(), Ellipsis);
        QCOMPARE(labelText(u"Short title"_s), u"Short title"_s);
    }

    // The narrative lists 200 entries of a list and says how many more there are; its texts
    // are elided at 10,000 characters. Before: the whole 16 MiB title went into its HTML, and
    // 10,000 caveats made 10,000 table rows rebuilt on every hover of a mark.
    void narrativeIsBounded()
    {
        const Report report = hostileReport(u"Headline. "_s.repeated(200000), 10000, 10000);
        const Figure &figure = report.figures.constFirst();
        const QString html = narrativeHtml(report, figure, Theme::get(ThemeId::Light));
        QVERIFY(html.contains(u"href=\"caveat:199\""_s));
        QVERIFY(!html.contains(u"href=\"caveat:200\""_s));
        QVERIFY(html.contains(u"Caveat number 199."_s));
        QVERIFY(!html.contains(u"Caveat number 200."_s));
        QVERIFY(html.contains(u"Finding number 199."_s));
        QVERIFY(!html.contains(u"Finding number 200."_s));
        // One line for the caveats left out, one for the findings.
        QCOMPARE(html.count(u"… and 9800 more, not listed here: the inspector lists every one."_s),
                 2);
        // 200 rows of each list, not 10,000.
        QVERIFY2(html.size() < 200000, qPrintable(QString::number(html.size())));
    }

    // 10,000 caveats pointing at three bars: each value carries four signs at most ("†¶(7)…"),
    // so its bar keeps the length it has with one note. Before, 3,334 signs beside each value
    // took the whole width and the bars shrank to nothing.
    void manyCaveatsLeaveTheBarsTheirLength()
    {
        const QSize size(1920, 1080);
        const QRectF rect(QPointF(0, 0), size);
        // Each metric's hit region, scanned on a grid: the bar and its label.
        const auto widths = [&](const Report &report) {
            auto chart = createFigureChart(report, report.figures.constFirst());
            QMap<QString, QRectF> bounds;
            for (int y = 0; y < size.height(); y += 4) {
                for (int x = 0; x < size.width(); x += 4) {
                    const QString id = chart->markAt(rect, QPointF(x, y));
                    if (!id.isEmpty())
                        bounds[id] |= QRectF(x, y, 4, 4);
                }
            }
            QList<qreal> result;
            for (const QString &id : {u"m0"_s, u"m1"_s, u"m2"_s})
                result << bounds.value(id).width();
            return result;
        };
        const QList<qreal> one = widths(hostileReport(u"Three notes"_s, 3, 0, true));
        const QList<qreal> many = widths(hostileReport(u"Many notes"_s, 10000, 0, true));
        for (int i = 0; i < 3; ++i) {
            QVERIFY2(one.at(i) > 40, qPrintable(QString::number(one.at(i))));
            QVERIFY2(std::abs(many.at(i) - one.at(i)) <= one.at(i) * 0.15,
                     qPrintable(u"m%1: %2 px with 10,000 notes, %3 px with one"_s.arg(i)
                                    .arg(many.at(i))
                                    .arg(one.at(i))));
        }
        QCOMPARE(shownCaveatSigns({u"†"_s, u"‡"_s, u"§"_s, u"‖"_s}), u"†‡§‖"_s);
        QCOMPARE(shownCaveatSigns({u"†"_s, u"‡"_s, u"§"_s, u"‖"_s, u"¶"_s}), u"†‡§…"_s);
    }

    // A number beyond the first 200 is still listed while it is highlighted (hovering its mark).
    void narrativeListsHighlightedNumber()
    {
        const Report report = tilesReport(300);
        const Figure &figure = report.figures.constFirst();
        const QString plain = narrativeHtml(report, figure, Theme::get(ThemeId::Light));
        QVERIFY(plain.contains(u"metric-199\""_s));
        QVERIFY(!plain.contains(u"metric-250\""_s));
        QVERIFY(plain.contains(u"… and 100 more, not listed here"_s));
        const QString highlighted = narrativeHtml(report, figure, Theme::get(ThemeId::Light),
                                                  NarrativeHighlight{u"m250"_s, -1});
        QVERIFY(highlighted.contains(u"metric-250\""_s));
        QVERIFY(!highlighted.contains(u"metric-249\""_s));
    }

    // A tiles chart draws 59 tiles at most and sums up the rest in its last cell: 20,000 tiles
    // were each a few pixels wide and their layout took 57 s to a first frame.
    void tilesAreCapped_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("drawn");
        QTest::newRow("60 tiles, all drawn") << 60 << 60;
        QTest::newRow("61 tiles, 59 drawn") << 61 << 59;
        QTest::newRow("20,000 tiles, 59 drawn") << 20000 << 59;
    }
    void tilesAreCapped()
    {
        QFETCH(int, count);
        QFETCH(int, drawn);
        const Report report = tilesReport(count);
        const auto chart = createFigureChart(report, report.figures.constFirst());
        const QRectF rect(0, 0, 1920, 1080);
        QImage image(rect.size().toSize(), QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        chart->paint(painter, rect);
        painter.end();
        // Every mark under a grid of points: the tiles drawn, none past them.
        QSet<QString> marks;
        for (int y = 5; y < 1080; y += 10) {
            for (int x = 5; x < 1920; x += 10) {
                const QString id = chart->markAt(rect, QPointF(x, y));
                if (!id.isEmpty())
                    marks.insert(id);
            }
        }
        QCOMPARE(marks.size(), drawn);
        QVERIFY(marks.contains(u"m0"_s));
        QVERIFY(marks.contains(u"m%1"_s.arg(drawn - 1)));
        QVERIFY(!marks.contains(u"m%1"_s.arg(drawn)));
    }
};

QTEST_MAIN(TestBoundedLayout)
#include "tst_boundedlayout.moc"
