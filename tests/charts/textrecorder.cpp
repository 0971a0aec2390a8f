// SPDX-License-Identifier: GPL-3.0-or-later
#include "textrecorder.h"

namespace Figdeck::Test {

class TextRecorder::Engine : public BlankPaintEngine
{
public:
    using BlankPaintEngine::drawPolygon;
    void drawTextItem(const QPointF &p, const QTextItem &textItem) override
    {
        const QRectF box(p.x(), p.y() - textItem.ascent(), textItem.width(),
                         textItem.ascent() + textItem.descent());
        items << Item{textItem.text(), devicePixelSize(textItem), transform().map(p),
                      transform().mapRect(box)};
    }
    void drawPolygon(const QPointF *points, int count, PolygonDrawMode mode) override
    {
        QPolygonF polygon;
        for (int i = 0; i < count; ++i)
            polygon << transform().map(points[i]);
        if (mode != PolylineMode) {
            if (painter()->brush().style() != Qt::NoBrush)
                fills << Fill{polygon, painter()->brush().color()};
            return;
        }
        if (pen().style() == Qt::NoPen)
            return;
        lines << Line{polygon, pen().color()};
    }

    QList<Item> items;
    QList<Line> lines;
    QList<Fill> fills;
};

TextRecorder::TextRecorder(const QSize &size)
    : BlankPaintDevice(size)
    , m_engine(std::make_unique<Engine>())
{
}

TextRecorder::~TextRecorder() = default;

const QList<TextRecorder::Item> &TextRecorder::items() const
{
    return m_engine->items;
}

const QList<TextRecorder::Line> &TextRecorder::lines() const
{
    return m_engine->lines;
}

const QList<TextRecorder::Fill> &TextRecorder::fills() const
{
    return m_engine->fills;
}

QPaintEngine *TextRecorder::paintEngine() const
{
    return m_engine.get();
}

} // namespace Figdeck::Test
