// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A paint device that draws nothing and keeps every text drawn on it: what, where and at what
// size in its own pixels (the painter's transform applied), every open line (a polyline or
// a line) with its pen's colour, and every filled polygon with its brush's colour. For the tests of
// text sizes, line breaks and leader lines, read from what is drawn rather than from pixels.

#include "blankdevice.h"

#include <QColor>
#include <QList>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QSize>
#include <QString>

#include <memory>

namespace Figdeck::Test {

class TextRecorder : public BlankPaintDevice
{
public:
    struct Item
    {
        QString text;
        qreal pixelSize = 0; // device pixels
        QPointF position;    // device pixels, the start of the baseline
        QRectF rect;         // device pixels: its advance width, ascent to descent
    };
    // A polyline or line as drawn (not a path, not a filled polygon), in device pixels.
    struct Line
    {
        QPolygonF points;
        QColor color;
    };
    // A filled polygon as drawn (an arrowhead, a marker drawn as a polygon), in device pixels,
    // with its brush's colour.
    struct Fill
    {
        QPolygonF points;
        QColor color;
    };

    explicit TextRecorder(const QSize &size);
    ~TextRecorder() override;

    const QList<Item> &items() const;
    const QList<Line> &lines() const;
    const QList<Fill> &fills() const;
    QPaintEngine *paintEngine() const override;

private:
    class Engine;
    std::unique_ptr<Engine> m_engine;
};

} // namespace Figdeck::Test
