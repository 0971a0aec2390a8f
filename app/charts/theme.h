// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Figdeck {

enum class ThemeId { Light, Dark, Print };

// The shapes of a line chart's point markers, which tell series apart where colour cannot.
enum class MarkerShape { Circle, Square, Diamond, Triangle, Pentagon, Star };
// A column's or swatch's texture over its colour. Diagonal hatching means "derived", so none of
// these is diagonal.
enum class FillTexture { Solid, Horizontal, Vertical, Dots };

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

    // The theme's family at a pixel size (whole pixels, at least 1), for every text the charts
    // and the exports draw. Pixel, not point, sizes keep text in proportion on every device
    // whatever its resolution; no hinting keeps advances equal on screen, PDF and SVG, and
    // linear in the size; no ligatures, so "fi" stays two letters a PDF reader can search.
    QFont font(qreal pixelSize, QFont::Weight weight = QFont::Normal, bool italic = false) const;

    static Theme get(ThemeId id);
    static QString name(ThemeId id); // "light", "dark", "print"
    static std::optional<ThemeId> fromName(const QString &name);
    static QList<ThemeId> all(); // the closed list of themes, in the order offered
    static QStringList names();  // "light", "dark", "print"
    QColor seriesColor(int index) const { return series.at(index % series.size()); }
    // The marker of the series in palette slot `slot` (a label keeps its slot across a pack's
    // figures, see LabelColors). Print has only greys, a few of them close: each slot has its
    // own shape too, so that six series read apart in greyscale; the colour themes draw
    // circles until their colours come round, then the next shape.
    MarkerShape seriesMarker(int slot) const;
    // The texture of the columns, parts (donut segments, share bars, part-whole segments) and
    // swatches in palette slot `slot`. The colour themes fill solid until their colours come
    // round, then with lines, then dots; print gives each slot its own texture, as it does its
    // marker, so that greys alone never tell series or parts apart.
    FillTexture seriesTexture(int slot) const;
};

} // namespace Figdeck
