// SPDX-License-Identifier: GPL-3.0-or-later
#include "blankdevice.h"

#include <QPolygonF>

#include <cmath>

namespace Figdeck {

int BlankPaintDevice::metric(PaintDeviceMetric metric) const
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

void BlankPaintEngine::updateState(const QPaintEngineState &changed)
{
    if (changed.state() & QPaintEngine::DirtyTransform)
        m_transform = changed.transform();
    if (changed.state() & QPaintEngine::DirtyPen)
        m_pen = changed.pen();
}

void BlankPaintEngine::drawPolygon(const QPoint *points, int count, PolygonDrawMode mode)
{
    QPolygonF polygon;
    for (int i = 0; i < count; ++i)
        polygon << QPointF(points[i]);
    drawPolygon(polygon.constData(), count, mode);
}

qreal BlankPaintEngine::devicePixelSize(const QTextItem &textItem) const
{
    const QFont font = textItem.font();
    const qreal size = font.pixelSize() > 0 ? font.pixelSize() : font.pointSizeF() * 96 / 72;
    return size * std::sqrt(std::abs(m_transform.determinant()));
}

} // namespace Figdeck
