// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Painting helpers shared by every chart kind: one way to size text for the target rect, one
// way to fit text into a box, one way to draw an open-ended bar, a derived (hatched) area, a
// highlight and a badge. Internal to figdeck_charts.

#include "textblock.h"
#include "theme.h"

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QList>
#include <QPainterPath>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <functional>

class QPainter;

namespace Figdeck::ChartPaint {

// Sizes are designed for a reference figure of 800 x 500. Lengths scale with the target rect
// (the smaller of its width and height ratios), so a figure painted at 1920 x 1080 keeps the
// proportions of the one in the window. Text scales with the text of the frame around the chart
// when the frame says how large that is (ChartOptions::frameTextPixelSize: the chart's small
// print then matches the frame's notes, however wide and short the rect the frame leaves), and
// otherwise with the rect's area, so a wide, short rect still gets readable labels. Layouts
// give way to text larger than their lengths: bars take the room the text leaves, grids are
// picked for the text, a legend wraps, and text shrinks (layoutFittingText) only when nothing
// else is left.
class Scale
{
public:
    static constexpr qreal ReferenceWidth = 800;
    static constexpr qreal ReferenceHeight = 500;
    // The chart's small print (footnotes, scale labels, captions) at the reference size: the
    // size a frame's text size maps to.
    static constexpr qreal ReferenceSmallPx = 13;
    // Without a frame, text may outgrow lengths by at most this much (a very wide, short rect).
    static constexpr qreal MaxTextGrowth = 1.5;
    static constexpr int MinPixelSize = 7;
    static constexpr int MaxPixelSize = 400;

    // minTextPixelSize: no text is drawn smaller, however the layout shrinks it (0: the floor
    // is MinPixelSize); the window asks for readable text in a small chart area.
    explicit Scale(const QRectF &rect, qreal frameTextPixelSize = 0, qreal minTextPixelSize = 0);

    qreal factor() const { return m_factor; }
    // A length given for the reference size.
    qreal px(qreal reference) const { return reference * m_factor; }
    qreal textFactor() const { return m_textFactor; }
    // A text size given for the reference size.
    qreal textPx(qreal reference) const { return std::max(reference * m_textFactor, m_minTextPx); }
    qreal minTextPixelSize() const { return std::max<qreal>(m_minTextPx, MinPixelSize); }
    bool hasTextFloor() const { return m_minTextPx > 0; }
    Scale withoutTextFloor() const
    {
        Scale floorless = *this;
        floorless.m_minTextPx = 0;
        return floorless;
    }
    // The theme's font family at referencePx (scaled, clamped to sane pixel sizes).
    QFont font(const Theme &theme, qreal referencePx, QFont::Weight weight = QFont::Normal) const;
    // This scale with its text ratio (< 1) times as large: a layout that does not fit.
    Scale textShrunk(qreal ratio) const;

    // Text that does not fit shrinks, to no less than a third of its size, a pixel of the
    // reference small print at a time (about 8%): the same steps at every size, so a chart
    // shrunk in the window and in a large export stays the same picture.
    static constexpr qreal MinTextRatio = 0.33;
    static qreal textRatio(int step) { return (ReferenceSmallPx - step) / ReferenceSmallPx; }
    // The last step whose ratio is at least MinTextRatio.
    static constexpr int SmallestTextStep = int(ReferenceSmallPx * (1 - MinTextRatio));
    // This scale at its smallest text step: with a text floor, every text at the floor (or its
    // own smaller design size); whether a layout fits at the floor at all.
    Scale smallestText() const { return textShrunk(textRatio(SmallestTextStep)); }

private:
    qreal m_factor = 1;
    qreal m_textFactor = 1;
    qreal m_minTextPx = 0;
};

// The layout layoutAt(scale) makes with the text of scale or, when that does not fit (its fits
// is false), with the text a step smaller, and so on: layouts give way to text last.
// With a text floor (Scale's minTextPixelSize), layouts are tried at the floor first; when none
// fits there, the floor gives way too, as text would without one (a chart area too small for
// readable text gets small text rather than text that overlaps).
template <typename LayoutAt> auto layoutFittingText(const Scale &scale, LayoutAt layoutAt)
{
    for (int step = 0;; ++step) {
        auto layout = layoutAt(scale.textShrunk(Scale::textRatio(step)));
        if (layout.fits)
            return layout;
        if (step == Scale::SmallestTextStep) {
            if (!scale.hasTextFloor())
                return layout;
            return layoutFittingText(scale.withoutTextFloor(), layoutAt);
        }
    }
}

// Chart text of any pixel size is measured and drawn with the one font of its family, weight and
// style at CanonicalPixelSize, scaled: unhinted glyphs scale exactly, while every further size
// would make Qt load a font engine (a fontconfig match of about 2 million instructions). Sizes
// stay whole pixels, so text looks as it would in a font of that size.
constexpr int CanonicalPixelSize = 64;

// The metrics of font, from the canonical font.
class TextMetrics
{
public:
    explicit TextMetrics(const QFont &font);

    const QFont &canonicalFont() const { return m_canonical; }
    qreal scale() const { return m_scale; }
    qreal height() const { return m_metrics.height() * m_scale; }
    qreal lineSpacing() const { return m_metrics.lineSpacing() * m_scale; }
    qreal ascent() const { return m_metrics.ascent() * m_scale; }
    // Measured in the canonical font: the same text at another size is measured once
    // (TextBlock::Reuse).
    qreal horizontalAdvance(const QString &text) const
    {
        return TextBlock::Reuse::horizontalAdvance(m_metrics, m_canonical, text) * m_scale;
    }
    // text elided on the right to width.
    QString elidedText(const QString &text, qreal width) const;

private:
    QFont m_canonical;
    qreal m_scale = 1;
    QFontMetricsF m_metrics;
};

// Text in font wrapped to width: a TextBlock laid out in the canonical font, measured and drawn
// scaled to font's size.
class ScaledTextBlock
{
public:
    // At most maxLines lines (0: all), the last elided when text is left (TextBlock).
    ScaledTextBlock(const QString &text, const QFont &font, qreal width,
                    Qt::Alignment alignment = Qt::AlignLeft, int maxLines = 0);

    qreal height() const { return m_block.height() * m_scale; }
    qreal naturalWidth() const { return m_block.naturalWidth() * m_scale; }
    int lineCount() const { return m_block.lineCount(); }
    QString lineText(int line) const { return m_block.lineText(line); }
    bool isElided() const { return m_block.isElided(); }
    void draw(QPainter &painter, const QPointF &topLeft, const QColor &color) const;

private:
    TextBlock m_block;
    qreal m_scale = 1;
};

// The theme's family at a pixel size (pixel, not point, sizes: a 300 dpi device must not
// change the proportion of text to figure).
QFont themeFont(const Theme &theme, qreal pixelSize, QFont::Weight weight = QFont::Normal);

// The largest font, not larger than font and not smaller than minPixelSize, in which text fits
// box (word-wrapped when flags contain Qt::TextWordWrap).
QFont fitFont(const QFont &font, const QString &text, const QSizeF &box, int flags = 0,
              int minPixelSize = Scale::MinPixelSize);

// The size text takes in font (word-wrapped to width when wrap is set).
QSizeF textSize(const QFont &font, const QString &text, qreal width = 0, bool wrap = false);

// The height that every one of texts, word-wrapped to width, fits in, at most maxLines lines:
// cells give their texts the same room so that what follows lines up across a row.
// The size of text wrapped to box's width, laid out one line past what box's height holds at
// most (a taller text's height is then only known to exceed box's): bounded work for a
// 100,000-character label.
QSizeF wrappedSizeWithin(const QFont &font, const QString &text, const QSizeF &box);
qreal commonTextHeight(const QFont &font, const QStringList &texts, qreal width, int maxLines);

// Moves boxes apart vertically so that they keep their order by height, none comes closer to
// the next than spacing, and none leaves top to bottom where they all fit (the lowest ones
// give way first). Returns the boxes in the order given.
QList<QRectF> spreadVertically(QList<QRectF> boxes, qreal spacing, qreal top, qreal bottom);

// The height boxes take stacked with spacing between them.
qreal stackedHeight(const QList<QRectF> &boxes, qreal spacing);

// The part of a ring around c between the radii inner and outer from the angle start over span
// (degrees, Qt Charts': 0 at 12 o'clock, clockwise), less a band of width inset along all its
// edges: the points at least inset from its outline. The arcs move in by inset; each straight
// edge moves parallel to itself, so it meets a circle of radius r asin(inset / r) further in.
// That is what subtracting a mitred stroke of the segment leaves, without the path clipper (it
// took 1.9 M instructions a segment, a sixth of a printed summary's donuts).
QPainterPath ringSegment(const QPointF &c, qreal inner, qreal outer, qreal start, qreal span,
                         qreal inset = 0);

// Draws text fitted into box (shrinking the font down to minPixelSize, then eliding a single
// line): nothing is ever clipped mid-glyph. Returns the rect the text took.
QRectF drawFittedText(QPainter &painter, const QRectF &box, const QFont &font, const QColor &color,
                      const QString &text, int flags = Qt::AlignLeft | Qt::AlignTop,
                      int minPixelSize = Scale::MinPixelSize);

// A value with caveat reference signs (caveatSign()) raised after it, in one line: "6,000+" "†".
// The signs are drawn in signsColor (when valid) so they never read as part of the value.
struct SignedText
{
    QString text;
    QStringList signs;
    QColor signsColor;
    // The signs' font is half the value's, but not below this (the chart's text floor).
    int minSignsPixelSize = Scale::MinPixelSize;

    QString signsText() const;
    // Width and height in font (the signs take a smaller, raised font).
    QSizeF size(const QFont &font) const;
    // The largest font not larger than font in which it fits width.
    QFont fitWidth(const QFont &font, qreal width, int minPixelSize = Scale::MinPixelSize) const;
    // Paints it aligned in box (horizontal and vertical alignment flags). Returns its rect.
    QRectF paint(QPainter &painter, const QRectF &box, const QFont &font, const QColor &color,
                 Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter) const;
};

// The label of a part of a whole: its name, its value below, and a note (how a derived part was
// derived) below that, all wrapped to one width.
struct PartLabel
{
    struct Fonts
    {
        QFont name;
        QFont value;
        QFont note;
    };
    // Lines of the name, and of the note, at most (the last elided): a 100,000-character
    // name was laid out whole at every text size a shares layout tried (10 s per figure).
    static constexpr int MaxLines = 5;

    QString name;
    SignedText value;
    QString note;
    QColor color;
    QColor noteColor;

    QSizeF size(const Fonts &fonts, qreal width) const;
    void paint(QPainter &painter, const Fonts &fonts, const QRectF &box,
               Qt::Alignment alignment) const;
};

// A horizontal bar from bar.left() to bar.right(). When openEnded (a lower bound) the bar does
// not stop at its value: a fade continues for fadeLength beyond bar.right() and an arrowhead
// points on, so nobody reads "> 92%" as exactly 92%.
void paintBar(QPainter &painter, const QRectF &bar, const QColor &color, bool openEnded,
              qreal fadeLength, const QColor &arrowColor);
// Room an open end takes beyond the value (fade plus arrowhead) for a bar of that height.
qreal openEndLength(qreal barHeight);

// A value scale for a horizontal plot: a label below plot at every step from 0 to max (label
// gives the text), and either grid lines across plot or short ticks below it.
void paintScale(QPainter &painter, const QRectF &plot, double max, double step, bool gridLines,
                const QFont &font, const Theme &theme, qreal lineWidth,
                const std::function<QString(double)> &label);
// Whether paintScale's labels at step keep half a line apart, none running into the next.
bool scaleLabelsFit(const QRectF &plot, double max, double step, const QFont &font,
                    const std::function<QString(double)> &label);
// The height paintScale takes below plot.
qreal scaleHeight(const QFont &font, qreal lineWidth);

// Diagonal hatching over area (a derived, not stated, part), clipped to it.
void paintHatch(QPainter &painter, const QPainterPath &area, const QColor &color, qreal spacing,
                qreal lineWidth);

// The colour of a texture's lines or dots over `fill`: white on dark fills, black on light.
QColor textureInk(const QColor &fill);
// A series' texture (Theme::seriesTexture) over area filled with `fill`: lines or dots in
// textureInk(fill), cut to the area. Solid paints nothing.
void paintTexture(QPainter &painter, const QPainterPath &area, FillTexture texture,
                  const QColor &fill, qreal spacing, qreal lineWidth);
// Between a mark's texture lines or dots, and the width of its lines, at the reference size:
// one rule for every chart's marks (columns, donut segments, share bars, part-whole segments),
// so that a palette slot's texture looks the same wherever it is drawn.
constexpr qreal TextureSpacingPx = 7;
constexpr qreal TextureLinePx = 1.6;
// paintTexture over a mark of a chart painted at scale, with those lengths.
void paintMarkTexture(QPainter &painter, const QPainterPath &area, FillTexture texture,
                      const QColor &fill, const Scale &scale);

// The accent outline of a highlighted mark.
void paintHighlight(QPainter &painter, const QPainterPath &outline, const Theme &theme,
                    const Scale &scale);

// A small rounded label ("projected"). Returns its rect; topLeft or, with alignRight, topRight.
QSizeF badgeSize(const QFont &font, const QString &text);
QRectF paintBadge(QPainter &painter, const QPointF &topLeft, const QFont &font, const QString &text,
                  const QColor &color);

// A grid of count equal cells over area: the column count that gives the largest cells of
// about idealAspect (width / height); the size of a cell in columns x rows; the cells in
// columns, a short last row centred. Cells are never taller than width / minAspect: the grid
// is then centred vertically instead of stretched.
int gridColumns(const QSizeF &area, int count, qreal gap, qreal idealAspect);
QSizeF gridCellSize(const QSizeF &area, int columns, int rows, qreal gap);
QList<QRectF> gridCells(const QRectF &area, int count, int columns, qreal gap, qreal minAspect = 0);

// Text colour readable on fill (the theme's text or background, whichever contrasts more).
QColor readableOn(const QColor &fill, const Theme &theme);

} // namespace Figdeck::ChartPaint
