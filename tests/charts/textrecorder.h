// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A paint device that draws nothing and keeps every text drawn on it: what, where and at what
// size in its own pixels (the painter's transform applied). For the tests of text sizes and
// line breaks, read from what is drawn rather than from pixels.

#include <QList>
#include <QPaintDevice>
#include <QPointF>
#include <QRectF>
#include <QSize>
#include <QString>

#include <memory>

namespace Figdeck::Test {

class TextRecorder : public QPaintDevice
{
public:
    struct Item
    {
        QString text;
        qreal pixelSize = 0; // device pixels
        QPointF position;    // device pixels, the start of the baseline
        QRectF rect;         // device pixels: its advance width, ascent to descent
    };

    explicit TextRecorder(const QSize &size);
    ~TextRecorder() override;

    const QList<Item> &items() const;
    QPaintEngine *paintEngine() const override;

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    class Engine;
    QSize m_size;
    std::unique_ptr<Engine> m_engine;
};

} // namespace Figdeck::Test
