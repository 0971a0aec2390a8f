// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A flow of blocks cut into pages: one pass that decides where every block goes, so the
// page count a preview shows and the pages painted come from the same decisions.
// Internal to figdeck_export.

#include "textblock.h"

#include <QColor>
#include <QList>
#include <QMap>
#include <QPointF>

#include <functional>
#include <memory>
#include <utility>

class QPainter;

namespace Figdeck::PageFlow {

class Block
{
public:
    virtual ~Block() = default;
    virtual qreal height() const = 0;
    // The least of the block that may start a page (a paragraph's first lines).
    virtual qreal minimumHeight() const { return height(); }
    virtual void paint(QPainter &painter, const QPointF &topLeft) const = 0;
    // A first part not taller than maxHeight and the rest, or two nulls when the block cannot
    // be cut there (a chart, a table row).
    virtual std::pair<std::shared_ptr<const Block>, std::shared_ptr<const Block>>
    split(qreal maxHeight) const
    {
        Q_UNUSED(maxHeight);
        return {};
    }
};

// A paragraph, optionally with a marker (bullet, caveat sign) hung in its indent. Splits
// between lines, keeping at least two lines on each side when it can.
class ParagraphBlock : public Block
{
public:
    ParagraphBlock(const TextBlock &text, const QColor &color, const TextBlock &marker = {},
                   qreal indent = 0);

    qreal height() const override;
    qreal minimumHeight() const override;
    void paint(QPainter &painter, const QPointF &topLeft) const override;
    std::pair<std::shared_ptr<const Block>, std::shared_ptr<const Block>>
    split(qreal maxHeight) const override;

private:
    TextBlock m_text;
    QColor m_color;
    TextBlock m_marker;
    qreal m_indent = 0;
    int m_first = 0;
    int m_last = 0;
};

struct Item
{
    std::shared_ptr<const Block> block;
    qreal spaceBefore = 0;     // dropped at the top of a page
    bool keepWithNext = false; // a heading stays with what follows it
    bool pageBreakBefore = false;
    // Placed above this item when it starts a page (a table's header row on a continuation).
    std::shared_ptr<const Block> repeatAtPageTop;
    int anchor = -1; // when >= 0, the page this item lands on is recorded under this key
};

struct Placed
{
    std::shared_ptr<const Block> block;
    qreal y = 0;
};

struct Pages
{
    QList<QList<Placed>> pages;
    QMap<int, int> anchorPages; // anchor -> 0-based page
};

// Places items between top and bottom on as many pages as they need, page by page: each page
// is handed to pageDone as soon as nothing more can land on it, and let go of then, so a
// document of thousands of pages holds one page's blocks (and the few items a heading is kept
// with) at a time. Items are placed as they are added, once what they are kept with is known.
class Paginator
{
public:
    using PageDone = std::function<void(const QList<Placed> &page, int index)>;
    Paginator(qreal top, qreal bottom, PageDone pageDone);

    void add(Item item);
    // Places what is left and hands over the last page (an empty one when nothing was added).
    // Returns the number of pages.
    int finish();
    // anchor -> 0-based page, for the items placed so far.
    const QMap<int, int> &anchorPages() const { return m_anchorPages; }

private:
    void placeItem(int i);
    qreal neededHeight(int i) const;
    void place(const std::shared_ptr<const Block> &block);
    void newPage();

    qreal m_top;
    qreal m_bottom;
    PageDone m_pageDone;
    QList<Item> m_pending; // added, not placed: a chain of items kept with the next
    QList<Placed> m_page;
    int m_pageIndex = 0;
    qreal m_y;
    QMap<int, int> m_anchorPages;
};

// Every page at once (tests and small flows): a Paginator collecting its pages.
Pages paginate(const QList<Item> &items, qreal top, qreal bottom);

} // namespace Figdeck::PageFlow
