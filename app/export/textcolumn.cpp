// SPDX-License-Identifier: GPL-3.0-or-later
#include "textcolumn.h"

#include <QPainter>

#include <algorithm>

namespace Figdeck::ExportText {

TextColumn::TextColumn(const Theme &theme, const QList<TextSpec> &specs, qreal width, qreal factor,
                       qreal minPixelSize)
    : m_factor(factor)
{
    qreal y = 0;
    for (int i = 0; i < specs.size(); ++i) {
        const TextSpec &spec = specs.at(i);
        const qreal px = std::max({spec.pixelSize * factor, spec.minPixelSize, minPixelSize});
        const QFont f = theme.font(px, spec.weight, spec.italic);
        Paragraph p;
        p.top = y;
        p.color = spec.color.isValid() ? spec.color : theme.text;
        if (!spec.marker.isEmpty()) {
            p.marker = TextBlock(spec.marker, f, width);
            p.indent = std::max(p.marker.naturalWidth(), px * 0.8) + px * 0.45;
        }
        p.text = TextBlock(spec.text, f, std::max(px, width - p.indent), Qt::AlignLeft, 1.2,
                           spec.maxLines);
        y += p.text.height();
        if (i + 1 < specs.size())
            y += spec.spaceAfter * factor;
        m_paragraphs << p;
    }
    m_height = y;
}

void TextColumn::draw(QPainter &painter, const QPointF &topLeft) const
{
    for (const Paragraph &p : m_paragraphs) {
        const QPointF at = topLeft + QPointF(0, p.top);
        p.marker.draw(painter, at, p.color);
        p.text.draw(painter, at + QPointF(p.indent, 0), p.color);
    }
}

TextColumn fitColumn(const Theme &theme, const QList<TextSpec> &specs, qreal width, qreal maxHeight,
                     qreal minFactor, qreal minPixelSize)
{
    for (int step = 0;; ++step) {
        const qreal factor = std::max(minFactor, 1.0 - 0.05 * step);
        TextColumn column(theme, specs, width, factor, minPixelSize);
        if (column.height() <= maxHeight || factor <= minFactor)
            return column;
    }
}

} // namespace Figdeck::ExportText
