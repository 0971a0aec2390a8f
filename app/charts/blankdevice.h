// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPaintDevice>
#include <QPaintEngine>
#include <QPen>
#include <QSize>
#include <QTransform>

namespace Figdeck {

// A paint device of a size that keeps no pixels: a screen's metrics at 96 dpi, one device pixel
// per pixel. The base of devices whose paint engine only watches what is painted (the export's
// check that a chart kept its text floor, the tests' text recorder), so text sizes read from
// it are in the painter's logical pixels. Subclasses return their engine from paintEngine().
class BlankPaintDevice : public QPaintDevice
{
public:
    explicit BlankPaintDevice(const QSize &size)
        : m_size(size)
    {
    }

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    QSize m_size;
};

// The engine of such a device: draws nothing, keeps the painter's transform and pen for the
// subclasses that read what is painted (drawTextItem, drawPolygon with points as QPointF).
class BlankPaintEngine : public QPaintEngine
{
public:
    BlankPaintEngine()
        : QPaintEngine(QPaintEngine::AllFeatures)
    {
    }
    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    Type type() const override { return QPaintEngine::User; }
    void updateState(const QPaintEngineState &changed) override;
    void drawTextItem(const QPointF &, const QTextItem &) override {}
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
    void drawImage(const QRectF &, const QImage &, const QRectF &,
                   Qt::ImageConversionFlags) override
    {
    }
    void drawPath(const QPainterPath &) override {}
    void drawPolygon(const QPointF *, int, PolygonDrawMode) override {}
    // As QPointF points.
    void drawPolygon(const QPoint *points, int count, PolygonDrawMode mode) override;

    const QTransform &transform() const { return m_transform; }
    const QPen &pen() const { return m_pen; }
    // The pixel size of the text item's font on the device (the transform applied).
    qreal devicePixelSize(const QTextItem &textItem) const;

private:
    QTransform m_transform;
    QPen m_pen;
};

} // namespace Figdeck
