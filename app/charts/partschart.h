// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartbase.h"
#include "chartscene.h"

namespace Figdeck {

// A chart of the parts of a share group whose marks Qt Charts draws (shares, part-whole):
// the parts as drawn and the chart scene, both built once per FigureChart.
class PartsChart : public ChartBase
{
public:
    PartsChart(const Report &report, const Figure &figure, const ChartOptions &options)
        : ChartBase(report, figure, options)
        , m_parts(parts())
    {
    }

protected:
    const QList<Part> &drawnParts() const { return m_parts; }
    ChartScene &scene() { return m_scene; }

private:
    QList<Part> m_parts;
    ChartScene m_scene;
};

} // namespace Figdeck
