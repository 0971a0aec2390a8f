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

namespace {

// What must fit below the current position for item i to go on this page: the item (or, for
// a heading, the heading and the start of what it is kept with).
qreal neededHeight(const QList<Item> &items, int i)
{
    qreal needed = 0;
    for (int j = i; j < items.size(); ++j) {
        const Item &item = items.at(j);
        if (j > i)
            needed += item.spaceBefore;
        if (!item.keepWithNext || j + 1 == items.size())
            return needed + item.block->minimumHeight();
        needed += item.block->height();
    }
    return needed;
}

} // namespace

Pages paginate(const QList<Item> &items, qreal top, qreal bottom)
{
    Pages result;
    result.pages.append(QList<Placed>());
    qreal y = top;
    const auto pageEmpty = [&] { return result.pages.constLast().isEmpty(); };
    const auto newPage = [&] {
        result.pages.append(QList<Placed>());
        y = top;
    };
    const auto place = [&](const std::shared_ptr<const Block> &block) {
        result.pages.last().append({block, y});
        y += block->height();
    };

    for (int i = 0; i < items.size(); ++i) {
        const Item &item = items.at(i);
        if (item.pageBreakBefore && !pageEmpty())
            newPage();
        if (!pageEmpty() && y + item.spaceBefore + neededHeight(items, i) > bottom)
            newPage();
        if (item.anchor >= 0)
            result.anchorPages.insert(item.anchor, int(result.pages.size()) - 1);

        std::shared_ptr<const Block> rest = item.block;
        while (rest) {
            if (pageEmpty() && item.repeatAtPageTop)
                place(item.repeatAtPageTop);
            if (!pageEmpty() && rest == item.block)
                y += item.spaceBefore;
            if (y + rest->height() <= bottom + 1e-6) {
                place(rest);
                break;
            }
            const auto [first, second] = rest->split(bottom - y);
            if (first) {
                place(first);
                rest = second;
                newPage();
            } else if (pageEmpty() || (item.repeatAtPageTop && result.pages.last().size() == 1)) {
                // Taller than a page and uncuttable: it gets a page of its own (never dropped).
                place(rest);
                break;
            } else {
                newPage();
            }
        }
    }
    return result;
}

} // namespace Figdeck::PageFlow
