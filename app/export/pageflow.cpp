// SPDX-License-Identifier: GPL-3.0-or-later
#include "pageflow.h"

#include <QPainter>

#include <algorithm>

namespace Figdeck::PageFlow {

ParagraphBlock::ParagraphBlock(const TextBlock &text, const QColor &color, const TextBlock &marker,
                               qreal indent)
    : m_text(text)
    , m_color(color)
    , m_marker(marker)
    , m_indent(indent)
    , m_last(text.lineCount())
{
}

qreal ParagraphBlock::height() const
{
    if (m_last <= m_first)
        return 0;
    return m_text.lineBottom(m_last - 1) - m_text.lineTop(m_first);
}

qreal ParagraphBlock::minimumHeight() const
{
    const int lines = std::min(m_last - m_first, 2);
    if (lines <= 0)
        return 0;
    return m_text.lineBottom(m_first + lines - 1) - m_text.lineTop(m_first);
}

void ParagraphBlock::paint(QPainter &painter, const QPointF &topLeft) const
{
    if (m_first == 0)
        m_marker.draw(painter, topLeft, m_color);
    m_text.draw(painter, topLeft + QPointF(m_indent, 0), m_color, m_first, m_last);
}

std::pair<std::shared_ptr<const Block>, std::shared_ptr<const Block>>
ParagraphBlock::split(qreal maxHeight) const
{
    const int lines = m_last - m_first;
    int fit = 0;
    while (fit < lines &&
           m_text.lineBottom(m_first + fit) - m_text.lineTop(m_first) <= maxHeight + 1e-6)
        ++fit;
    // No lone first or last line of a paragraph when it has four lines or more to share.
    if (lines >= 4) {
        fit = std::min(fit, lines - 2);
        if (fit < 2)
            return {};
    } else if (fit < 1 || fit >= lines) {
        return {};
    }
    auto first = std::make_shared<ParagraphBlock>(*this);
    first->m_last = m_first + fit;
    auto rest = std::make_shared<ParagraphBlock>(*this);
    rest->m_first = m_first + fit;
    return {first, rest};
}

Paginator::Paginator(qreal top, qreal bottom, PageDone pageDone)
    : m_top(top)
    , m_bottom(bottom)
    , m_pageDone(std::move(pageDone))
    , m_y(top)
{
}

void Paginator::add(Item item)
{
    const bool chainEnds = !item.keepWithNext;
    m_pending.append(std::move(item));
    // Until an item not kept with the next arrives, the pending ones cannot know what they need
    // below them; once it has, every pending item can.
    if (!chainEnds)
        return;
    for (int i = 0; i < m_pending.size(); ++i)
        placeItem(i);
    m_pending.clear();
}

int Paginator::finish()
{
    for (int i = 0; i < m_pending.size(); ++i)
        placeItem(i);
    m_pending.clear();
    m_pageDone(m_page, m_pageIndex);
    m_page.clear();
    return ++m_pageIndex;
}

// What must fit below the current position for pending item i to go on this page: the item
// (or, for a heading, the heading and the start of what it is kept with).
qreal Paginator::neededHeight(int i) const
{
    qreal needed = 0;
    for (int j = i; j < m_pending.size(); ++j) {
        const Item &item = m_pending.at(j);
        if (j > i)
            needed += item.spaceBefore;
        if (!item.keepWithNext || j + 1 == m_pending.size())
            return needed + item.block->minimumHeight();
        needed += item.block->height();
    }
    return needed;
}

void Paginator::place(const std::shared_ptr<const Block> &block)
{
    m_page.append({block, m_y});
    m_y += block->height();
}

void Paginator::newPage()
{
    m_pageDone(m_page, m_pageIndex);
    m_page.clear();
    ++m_pageIndex;
    m_y = m_top;
}

void Paginator::placeItem(int i)
{
    const Item &item = m_pending.at(i);
    if (item.pageBreakBefore && !m_page.isEmpty())
        newPage();
    if (!m_page.isEmpty() && m_y + item.spaceBefore + neededHeight(i) > m_bottom)
        newPage();
    if (item.anchor >= 0)
        m_anchorPages.insert(item.anchor, m_pageIndex);

    std::shared_ptr<const Block> rest = item.block;
    while (rest) {
        if (m_page.isEmpty() && item.repeatAtPageTop)
            place(item.repeatAtPageTop);
        if (!m_page.isEmpty() && rest == item.block)
            m_y += item.spaceBefore;
        if (m_y + rest->height() <= m_bottom + 1e-6) {
            place(rest);
            break;
        }
        const auto [first, second] = rest->split(m_bottom - m_y);
        if (first) {
            place(first);
            rest = second;
            newPage();
        } else if (m_page.isEmpty() || (item.repeatAtPageTop && m_page.size() == 1)) {
            // Taller than a page and uncuttable: it gets a page of its own (never dropped).
            place(rest);
            break;
        } else {
            newPage();
        }
    }
}

Pages paginate(const QList<Item> &items, qreal top, qreal bottom)
{
    Pages result;
    Paginator paginator(top, bottom,
                        [&](const QList<Placed> &page, int) { result.pages.append(page); });
    for (const Item &item : items)
        paginator.add(item);
    paginator.finish();
    result.anchorPages = paginator.anchorPages();
    return result;
}

} // namespace Figdeck::PageFlow
