// SPDX-License-Identifier: GPL-3.0-or-later
#include "textrecorder.h"

#include <QPaintEngine>
#include <QPen>
#include <QTransform>

#include <cmath>

namespace Figdeck::Test {

class TextRecorder::Engine : public QPaintEngine
{
public:
    Engine()
        : QPaintEngine(QPaintEngine::AllFeatures)
    {
    }
    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    Type type() const override { return QPaintEngine::User; }
    void updateState(const QPaintEngineState &changed) override
    {
        if (changed.state() & QPaintEngine::DirtyTransform)
            m_transform = changed.transform();
        if (changed.state() & QPaintEngine::DirtyPen)
            m_pen = changed.pen();
    }
    void drawTextItem(const QPointF &p, const QTextItem &textItem) override
    {
        const QFont font = textItem.font();
        const qreal size = font.pixelSize() > 0 ? font.pixelSize() : font.pointSizeF() * 96 / 72;
        const QRectF box(p.x(), p.y() - textItem.ascent(), textItem.width(),
                         textItem.ascent() + textItem.descent());
        items << Item{textItem.text(), size * std::sqrt(std::abs(m_transform.determinant())),
                      m_transform.map(p), m_transform.mapRect(box)};
    }
    // Everything else is drawn nowhere.
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
    void drawImage(const QRectF &, const QImage &, const QRectF &,
                   Qt::ImageConversionFlags) override
    {
    }
    void drawPath(const QPainterPath &) override {}
    void drawPolygon(const QPointF *points, int count, PolygonDrawMode mode) override
    {
        if (mode != PolylineMode || m_pen.style() == Qt::NoPen)
            return;
        QPolygonF line;
        for (int i = 0; i < count; ++i)
            line << m_transform.map(points[i]);
        lines << Line{line, m_pen.color()};
    }
    void drawPolygon(const QPoint *points, int count, PolygonDrawMode mode) override
    {
        QPolygonF line;
        for (int i = 0; i < count; ++i)
            line << QPointF(points[i]);
        drawPolygon(line.constData(), count, mode);
    }

    QList<Item> items;
    QList<Line> lines;

private:
    QTransform m_transform;
    QPen m_pen;
};

TextRecorder::TextRecorder(const QSize &size)
    : m_size(size)
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

QPaintEngine *TextRecorder::paintEngine() const
{
    return m_engine.get();
}

int TextRecorder::metric(PaintDeviceMetric metric) const
{
    switch (metric) {
    case PdmWidth:
        return m_size.width();
    case PdmHeight:
        return m_size.height();
    case PdmWidthMM:
        return qRound(m_size.width() * 25.4 / 96);
    case PdmHeightMM:
        return qRound(m_size.height() * 25.4 / 96);
    case PdmNumColors:
        return 1 << 24;
    case PdmDepth:
        return 32;
    case PdmDpiX:
    case PdmDpiY:
    case PdmPhysicalDpiX:
    case PdmPhysicalDpiY:
        return 96;
    case PdmDevicePixelRatio:
        return 1;
    case PdmDevicePixelRatioScaled:
        return int(QPaintDevice::devicePixelRatioFScale());
    }
    return 0;
}

} // namespace Figdeck::Test
