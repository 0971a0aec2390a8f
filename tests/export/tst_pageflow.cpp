// SPDX-License-Identifier: GPL-3.0-or-later
// Pagination of the summary's flow: nothing lost, nothing past the bottom, headings kept with
// what they head, paragraphs cut between lines, table headers repeated.
#include "pageflow.h"
#include "theme.h"

#include <QGuiApplication>
#include <QTest>

using namespace Figdeck;
using namespace Figdeck::PageFlow;

namespace {

class BoxBlock : public Block
{
public:
    BoxBlock(qreal height, QString name)
        : m_height(height)
        , m_name(std::move(name))
    {
    }
    qreal height() const override { return m_height; }
    void paint(QPainter &, const QPointF &) const override {}
    QString name() const { return m_name; }

private:
    qreal m_height;
    QString m_name;
};

Item box(qreal height, const QString &name)
{
    Item item;
    item.block = std::make_shared<BoxBlock>(height, name);
    return item;
}

QString nameOf(const Placed &placed)
{
    if (const auto *b = dynamic_cast<const BoxBlock *>(placed.block.get()))
        return b->name();
    return QStringLiteral("paragraph");
}

QStringList names(const QList<Placed> &page)
{
    QStringList result;
    for (const Placed &p : page)
        result << nameOf(p);
    return result;
}

TextBlock lines(int count, qreal width = 200)
{
    QStringList words;
    for (int i = 0; i < count; ++i)
        words << QStringLiteral("Line%1").arg(i, 3, 10, QLatin1Char('0'));
    // One word per line: each word is wider than half the width.
    const QFont font = Theme::get(ThemeId::Print).font(10);
    TextBlock block(words.join(QLatin1Char(' ')), font, width / 3.0);
    return block;
}

} // namespace

class TestPageFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void boxesFillPages();
    void headingKeptWithNext();
    void pageBreakNeverMakesEmptyPage();
    void paragraphSplitsBetweenLines();
    void shortParagraphMovesWhole();
    void tableHeaderRepeated();
    void tallUncuttableBlockGetsItsPage();
    void anchorsRecordPages();
    void pagesHandedOverAsTheyFinish();
};

void TestPageFlow::boxesFillPages()
{
    QList<Item> items;
    for (int i = 0; i < 7; ++i)
        items << box(30, QString::number(i));
    const Pages pages = paginate(items, 10, 110); // 100 high: three boxes a page
    QCOMPARE(pages.pages.size(), 3);
    QCOMPARE(names(pages.pages.at(0)),
             (QStringList{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2")}));
    QCOMPARE(names(pages.pages.at(2)), QStringList{QStringLiteral("6")});
    QCOMPARE(pages.pages.at(1).first().y, 10.0);
    QCOMPARE(pages.pages.at(1).at(1).y, 40.0);
}

void TestPageFlow::headingKeptWithNext()
{
    QList<Item> items{box(60, QStringLiteral("a")), box(20, QStringLiteral("heading")),
                      box(30, QStringLiteral("chart"))};
    items[1].keepWithNext = true;
    const Pages pages = paginate(items, 0, 100);
    // The heading would fit below "a", its chart would not: both move.
    QCOMPARE(pages.pages.size(), 2);
    QCOMPARE(names(pages.pages.at(0)), QStringList{QStringLiteral("a")});
    QCOMPARE(names(pages.pages.at(1)),
             (QStringList{QStringLiteral("heading"), QStringLiteral("chart")}));

    items[1].keepWithNext = false;
    QCOMPARE(paginate(items, 0, 100).pages.at(0).size(), 2);
}

void TestPageFlow::pageBreakNeverMakesEmptyPage()
{
    QList<Item> items{box(20, QStringLiteral("a")), box(20, QStringLiteral("b"))};
    items[0].pageBreakBefore = true;
    items[1].pageBreakBefore = true;
    const Pages pages = paginate(items, 0, 100);
    QCOMPARE(pages.pages.size(), 2);
    QCOMPARE(names(pages.pages.at(1)), QStringList{QStringLiteral("b")});
}

void TestPageFlow::paragraphSplitsBetweenLines()
{
    const TextBlock text = lines(40);
    QCOMPARE(text.lineCount(), 40);
    const qreal lineHeight = text.lineBottom(0);
    QVERIFY(lineHeight > 0);
    QList<Item> items{box(lineHeight * 3.5, QStringLiteral("above"))};
    Item paragraph;
    paragraph.block = std::make_shared<ParagraphBlock>(text, Qt::black);
    items << paragraph;
    const qreal bottom = lineHeight * 10.2;
    const Pages pages = paginate(items, 0, bottom);

    qreal total = 0;
    for (const QList<Placed> &page : pages.pages) {
        for (const Placed &p : page) {
            QVERIFY(p.y + p.block->height() <= bottom + 1e-6);
            if (nameOf(p) == QLatin1String("paragraph")) {
                total += p.block->height();
                // No orphan or widow: every part has two lines at least.
                QVERIFY(p.block->height() >= 2 * lineHeight - 1e-6);
            }
        }
    }
    QCOMPARE(qRound(total / lineHeight), 40);
    // The first page is used: six lines fit below the box.
    QCOMPARE(pages.pages.at(0).size(), 2);
    QCOMPARE(qRound(pages.pages.at(0).at(1).block->height() / lineHeight), 6);
}

void TestPageFlow::shortParagraphMovesWhole()
{
    const TextBlock text = lines(3);
    const qreal lineHeight = text.lineBottom(0);
    Item paragraph;
    paragraph.block = std::make_shared<ParagraphBlock>(text, Qt::black);
    const QList<Item> items{box(lineHeight * 8.5, QStringLiteral("above")), paragraph};
    const Pages pages = paginate(items, 0, lineHeight * 10);
    // Only one line would fit: the three-line paragraph moves whole.
    QCOMPARE(pages.pages.size(), 2);
    QCOMPARE(qRound(pages.pages.at(1).first().block->height() / lineHeight), 3);
}

void TestPageFlow::tableHeaderRepeated()
{
    Item header = box(10, QStringLiteral("header"));
    header.keepWithNext = true;
    QList<Item> items{header};
    for (int i = 0; i < 8; ++i) {
        Item row = box(20, QStringLiteral("row%1").arg(i));
        if (i > 0)
            row.repeatAtPageTop = header.block;
        items << row;
    }
    const Pages pages = paginate(items, 0, 100);
    QCOMPARE(pages.pages.size(), 2);
    QCOMPARE(names(pages.pages.at(0)).first(), QStringLiteral("header"));
    QCOMPARE(pages.pages.at(0).size(), 5); // header + 4 rows
    QCOMPARE(names(pages.pages.at(1)),
             (QStringList{QStringLiteral("header"), QStringLiteral("row4"), QStringLiteral("row5"),
                          QStringLiteral("row6"), QStringLiteral("row7")}));
}

void TestPageFlow::tallUncuttableBlockGetsItsPage()
{
    const QList<Item> items{box(30, QStringLiteral("a")), box(150, QStringLiteral("tall")),
                            box(30, QStringLiteral("b"))};
    const Pages pages = paginate(items, 0, 100);
    QCOMPARE(pages.pages.size(), 3);
    QCOMPARE(names(pages.pages.at(1)), QStringList{QStringLiteral("tall")});
    QCOMPARE(names(pages.pages.at(2)), QStringList{QStringLiteral("b")});
}

void TestPageFlow::anchorsRecordPages()
{
    QList<Item> items{box(80, QStringLiteral("a")), box(30, QStringLiteral("b")),
                      box(10, QStringLiteral("c"))};
    items[1].anchor = 7;
    items[2].anchor = 8;
    const Pages pages = paginate(items, 0, 100);
    QCOMPARE(pages.anchorPages.value(7), 1);
    QCOMPARE(pages.anchorPages.value(8), 1);
}

// Each page goes to its painter once nothing more can land on it, and the paginator keeps none
// of its blocks after that: a flow of thousands of pages holds one page at a time.
void TestPageFlow::pagesHandedOverAsTheyFinish()
{
    QList<int> handed;
    QList<QStringList> pageNames;
    Paginator paginator(0, 100, [&](const QList<Placed> &page, int index) {
        handed << index;
        pageNames << names(page);
    });
    std::weak_ptr<const Block> first;
    for (int i = 0; i < 7; ++i) {
        Item item = box(30, QString::number(i));
        if (i == 0)
            first = item.block;
        paginator.add(std::move(item));
        // Three boxes a page: adding the fourth finishes the first page, the seventh the second.
        QCOMPARE(handed.size(), i / 3);
    }
    QVERIFY2(first.expired(), "the blocks of a page handed over are let go");
    QCOMPARE(paginator.finish(), 3);
    QCOMPARE(handed, (QList<int>{0, 1, 2}));
    QCOMPARE(pageNames.at(2), QStringList{QStringLiteral("6")});

    // A heading waits for what it is kept with, then both move on together.
    handed.clear();
    pageNames.clear();
    Paginator kept(0, 100, [&](const QList<Placed> &page, int index) {
        handed << index;
        pageNames << names(page);
    });
    kept.add(box(60, QStringLiteral("a")));
    Item heading = box(20, QStringLiteral("heading"));
    heading.keepWithNext = true;
    kept.add(heading);
    QVERIFY(handed.isEmpty());
    kept.add(box(30, QStringLiteral("chart")));
    QCOMPARE(handed, QList<int>{0});
    QCOMPARE(pageNames.at(0), QStringList{QStringLiteral("a")});
    QCOMPARE(kept.finish(), 2);
    QCOMPARE(pageNames.at(1), (QStringList{QStringLiteral("heading"), QStringLiteral("chart")}));
    // An empty flow is one empty page, as paginate() has always made it.
    int emptyPages = 0;
    Paginator none(0, 100, [&](const QList<Placed> &page, int) {
        QVERIFY(page.isEmpty());
        ++emptyPages;
    });
    QCOMPARE(none.finish(), 1);
    QCOMPARE(emptyPages, 1);
}

QTEST_MAIN(TestPageFlow)
#include "tst_pageflow.moc"
