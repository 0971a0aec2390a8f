// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QString>

#include <optional>

namespace Figdeck {

enum class ThemeId { Light, Dark, Print };

// Colours and fonts shared by the charts, the exports and the narrative pane, so a theme
// switch repaints everything the same way. Series colours are Okabe-Ito (colour-blind safe);
// the print theme also stays distinguishable in greyscale (different lightness and patterns).
struct Theme
{
    ThemeId id = ThemeId::Light;
    QColor background;
    QColor surface; // tiles, panels
    QColor text;
    QColor mutedText; // subtitles, notes, axis labels
    QColor grid;
    QColor accent;  // highlight of a selected mark
    QColor derived; // fill of derived (computed, not stated) parts
    QList<QColor> series;
    QString fontFamily; // an installed family named explicitly (SVG needs it)

    static Theme get(ThemeId id);
    static QString name(ThemeId id); // "light", "dark", "print"
    static std::optional<ThemeId> fromName(const QString &name);
    QColor seriesColor(int index) const { return series.at(index % series.size()); }
};

} // namespace Figdeck
