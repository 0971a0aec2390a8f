// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartpaint.h"

#include "report.h"

#include <QHash>
#include <QImage>
#include <QLinearGradient>
#include <QMutex>
#include <QPaintEngine>
#include <QPainter>
#include <QtMath>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace Figdeck::ChartPaint {

namespace {

int pixelSizeOf(const QFont &font)
{
    return font.pixelSize() > 0 ? font.pixelSize() : int(std::lround(font.pointSizeF() * 96 / 72));
}

// font at pixelSize, the same QFont each time it is asked again on this thread: a QFont
// made afresh looks its font engine up again when first measured (QFontDatabasePrivate::load,
// about 5,000 instructions, even when the engine is cached), one that was measured keeps it.
// Those lookups were 4% of a printed summary.
QFont withPixelSize(const QFont &font, int pixelSize)
{
    pixelSize = std::clamp(pixelSize, 1, Scale::MaxPixelSize);
    if (font.pixelSize() == pixelSize)
        return font;
    constexpr qsizetype MostKept = 512; // fonts x sizes in use: a handful of each
    thread_local QHash<std::pair<QFont, int>, QFont> sized;
    std::pair<QFont, int> key{font, pixelSize};
    if (const auto known = sized.constFind(key); known != sized.cend())
        return *known;
    if (sized.size() >= MostKept)
        sized.clear();
    QFont resized = font;
    resized.setPixelSize(pixelSize);
    sized.insert(std::move(key), resized);
    return resized;
}

// Where a rect of size goes in box by alignment (horizontal and vertical flags).
QRectF aligned(const QRectF &box, const QSizeF &size, Qt::Alignment alignment)
{
    qreal x = box.left();
    if (alignment & Qt::AlignHCenter)
        x = box.center().x() - size.width() / 2;
    else if (alignment & Qt::AlignRight)
        x = box.right() - size.width();
    qreal y = box.center().y() - size.height() / 2;
    if (alignment & Qt::AlignTop)
        y = box.top();
    else if (alignment & Qt::AlignBottom)
        y = box.bottom() - size.height();
    return {QPointF(x, y), size};
}

// One line of text, its top-left at topLeft. Drawn from a layout made without the device, as
// TextBlock draws: the painter would shape the text again for its device, whose resolution
// scales the letter spacing that keeps ligatures off (a 1200-dpi PDF would space it out), and
// what was measured would no longer be what is drawn.
void drawTextLine(QPainter &painter, const QPointF &topLeft, const QFont &font, const QColor &color,
                  const QString &text)
{
    constexpr qreal Unbounded = 1e5; // wider than any line, well within QTextLine's range
    ScaledTextBlock(text, font, Unbounded).draw(painter, topLeft, color);
}

// The largest pixel size in [minSize, maxSize] for which fits(size) holds (fits is monotonic);
// minSize when none does.
template <typename Fits> int largestFitting(int minSize, int maxSize, Fits fits)
{
    if (maxSize <= minSize || fits(maxSize))
        return std::max(minSize, maxSize);
    int lo = minSize; // assumed fitting (or the floor)
    int hi = maxSize; // known not to fit
    while (hi - lo > 1) {
        const int mid = (lo + hi) / 2;
        if (fits(mid))
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

// text wrapped to box's width (at spaces), the lines that fit its height kept, the last one kept
// elided when more follow.
// Lines of font that fit a box's height (at least one).
int linesIn(const QFont &font, qreal height)
{
    return std::max(1, int((height + 0.5) / TextMetrics(font).height()));
}

ScaledTextBlock wrapAndElide(const QFont &font, const QString &text, const QSizeF &box,
                             Qt::Alignment alignment)
{
    return ScaledTextBlock(text, font, box.width(), alignment, linesIn(font, box.height()));
}

bool fitsBox(const QSizeF &size, const QSizeF &box)
{
    return size.width() <= box.width() + 0.5 && size.height() <= box.height() + 0.5;
}

// Wrapped text is laid out one line past what the box holds, never further: whether a
// 10,000-character label fits a tile is known from its first lines (a fitting search tries a
// dozen sizes per label, each a full layout before).
ScaledTextBlock boundedBlock(const QFont &font, const QString &text, const QSizeF &box,
                             Qt::Alignment alignment = Qt::AlignLeft)
{
    return ScaledTextBlock(text, font, box.width(), alignment, linesIn(font, box.height()) + 1);
}

bool fitsBox(const QFont &font, const QString &text, const QSizeF &box, int flags)
{
    if (!(flags & Qt::TextWordWrap))
        return fitsBox(textSize(font, text, box.width(), false), box);
    const ScaledTextBlock block = boundedBlock(font, text, box);
    return fitsBox(QSizeF(block.naturalWidth(), block.height()), box);
}

} // namespace

TextMetrics::TextMetrics(const QFont &font)
    : m_canonical(withPixelSize(font, CanonicalPixelSize))
    , m_scale(qreal(pixelSizeOf(font)) / CanonicalPixelSize)
    , m_metrics(m_canonical)
{
}

QString TextMetrics::elidedText(const QString &text, qreal width) const
{
    return m_metrics.elidedText(text, Qt::ElideRight, width / m_scale);
}

ScaledTextBlock::ScaledTextBlock(const QString &text, const QFont &font, qreal width,
                                 Qt::Alignment alignment, int maxLines)
    : m_block(text, withPixelSize(font, CanonicalPixelSize),
              width * CanonicalPixelSize / pixelSizeOf(font), alignment, 1.0, maxLines)
    , m_scale(qreal(pixelSizeOf(font)) / CanonicalPixelSize)
{
}

void ScaledTextBlock::draw(QPainter &painter, const QPointF &topLeft, const QColor &color) const
{
    // The transform put back rather than the painter restored (TextBlock::draw).
    const QTransform transform = painter.worldTransform();
    painter.translate(topLeft);
    painter.scale(m_scale, m_scale);
    m_block.draw(painter, QPointF(0, 0), color);
    painter.setWorldTransform(transform);
}

Scale::Scale(const QRectF &rect, qreal frameTextPixelSize, qreal minTextPixelSize)
    : m_minTextPx(std::max<qreal>(0, minTextPixelSize))
{
    const qreal byWidth = rect.width() / ReferenceWidth;
    const qreal byHeight = rect.height() / ReferenceHeight;
    m_factor = std::clamp(std::min(byWidth, byHeight), 0.2, 10.0);
    const qreal byArea = std::sqrt(std::max<qreal>(0, byWidth * byHeight));
    m_textFactor = frameTextPixelSize > 0 ? frameTextPixelSize / ReferenceSmallPx
                                          : std::clamp(byArea, m_factor, m_factor * MaxTextGrowth);
}

Scale Scale::textShrunk(qreal ratio) const
{
    Scale shrunk = *this;
    shrunk.m_textFactor *= ratio;
    return shrunk;
}

QFont Scale::font(const Theme &theme, qreal referencePx, QFont::Weight weight) const
{
    return themeFont(theme, textPx(referencePx), weight);
}

QFont themeFont(const Theme &theme, qreal pixelSize, QFont::Weight weight)
{
    // Unhinted (Theme::font): text lays out the same at every size, so the window and a
    // 1920 x 1080 slide break and fit lines the same way.
    return theme.font(
        std::clamp<qreal>(std::round(pixelSize), Scale::MinPixelSize, Scale::MaxPixelSize), weight);
}

QSizeF textSize(const QFont &font, const QString &text, qreal width, bool wrap)
{
    if (wrap) {
        const ScaledTextBlock block(text, font, width);
        return {block.naturalWidth(), block.height()};
    }
    const TextMetrics metrics(font);
    return {metrics.horizontalAdvance(text), metrics.height()};
}

QSizeF wrappedSizeWithin(const QFont &font, const QString &text, const QSizeF &box)
{
    const ScaledTextBlock block = boundedBlock(font, text, box);
    return {block.naturalWidth(), block.height()};
}

namespace {

// Whether text certainly takes one line at width: no forced break, and its advance short of the
// width by more than the layout's rounding of advances could make up.
bool certainlyOneLine(const TextMetrics &metrics, const QString &text, qreal width)
{
    constexpr QChar ForcedBreaks[] = {
        u'\n', u'\r', u'\v', u'\f', QChar::LineSeparator, QChar::ParagraphSeparator};
    for (const QChar c : ForcedBreaks) {
        if (text.contains(c))
            return false;
    }
    return metrics.horizontalAdvance(text) <= width * 0.99 - 0.5;
}

} // namespace

qreal commonTextHeight(const QFont &font, const QStringList &texts, qreal width, int maxLines)
{
    const TextMetrics metrics(font);
    qreal height = 0;
    // Laid out a line past maxLines at most: more lines would be cut to maxLines anyway.
    const int lines = maxLines < std::numeric_limits<int>::max() ? maxLines + 1 : 0;
    for (const QString &text : texts) {
        if (text.isEmpty())
            continue;
        // A text well within one line is one line high (a TextBlock's line is the font's
        // height): measured once per text and font (TextBlock::Reuse) rather than laid out at
        // every width and text size a fitting pass tries, about 8 layouts a label in a tiles
        // chart.
        if (certainlyOneLine(metrics, text, width)) {
            height = std::max(height, metrics.height());
            continue;
        }
        height =
            std::max(height, ScaledTextBlock(text, font, width, Qt::AlignLeft, lines).height());
    }
    return std::min(height, metrics.lineSpacing() * maxLines);
}

QFont fitFont(const QFont &font, const QString &text, const QSizeF &box, int flags,
              int minPixelSize)
{
    // Never larger than font: a floor above it (a layout that gave its floor up) is no floor.
    minPixelSize = std::min(minPixelSize, pixelSizeOf(font));
    const int size = largestFitting(minPixelSize, pixelSizeOf(font), [&](int px) {
        return fitsBox(withPixelSize(font, px), text, box, flags);
    });
    return withPixelSize(font, size);
}

QList<QRectF> spreadVertically(QList<QRectF> boxes, qreal spacing, qreal top, qreal bottom)
{
    QList<int> order(boxes.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return boxes.at(a).center().y() < boxes.at(b).center().y();
    });
    qreal y = top;
    for (int i : std::as_const(order)) {
        QRectF &box = boxes[i];
        box.moveTop(std::max(box.top(), y));
        y = box.bottom() + spacing;
    }
    y = bottom;
    for (auto it = order.crbegin(); it != order.crend(); ++it) {
        QRectF &box = boxes[*it];
        box.moveBottom(std::min(box.bottom(), y));
        y = box.top() - spacing;
    }
    return boxes;
}

qreal stackedHeight(const QList<QRectF> &boxes, qreal spacing)
{
    qreal stack = 0;
    for (const QRectF &box : boxes)
        stack += box.height() + (stack > 0 ? spacing : 0);
    return stack;
}

QPainterPath ringSegment(const QPointF &c, qreal inner, qreal outer, qreal start, qreal span,
                         qreal inset)
{
    const qreal in = inner + inset;
    const qreal out = outer - inset;
    QPainterPath path;
    if (out <= in)
        return path;
    const auto circle = [&c](qreal r) { return QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r); };
    // QPainterPath's angles: 0 at 3 o'clock, counter-clockwise.
    const auto arc = [&](qreal r, qreal from, qreal sweep) {
        path.arcTo(circle(r), 90 - from, -sweep);
    };
    if (inset > 0 && span >= 360 - 1e-9) { // a whole ring has no straight edges
        path.addEllipse(circle(out));
        path.addEllipse(circle(in));
        return path;
    }
    const auto turn = [inset](qreal r) { return qRadiansToDegrees(std::asin(inset / r)); };
    const qreal outTurn = turn(out);
    if (span <= 2 * outTurn)
        return path;
    path.arcMoveTo(circle(out), 90 - (start + outTurn));
    arc(out, start + outTurn, span - 2 * outTurn);
    const qreal inTurn = turn(in);
    if (span > 2 * inTurn) {
        arc(in, start + span - inTurn, -(span - 2 * inTurn));
    } else {
        // The moved edges meet before the inner arc: at the distance from c where a point on
        // the bisector is inset from both.
        const qreal half = qDegreesToRadians(span / 2);
        const qreal apex = inset / std::sin(half);
        if (apex >= out)
            return {};
        const qreal mid = qDegreesToRadians(start) + half;
        path.lineTo(c + QPointF(std::sin(mid), -std::cos(mid)) * apex);
    }
    path.closeSubpath();
    return path;
}

QRectF drawFittedText(QPainter &painter, const QRectF &box, const QFont &font, const QColor &color,
                      const QString &text, int flags, int minPixelSize)
{
    if (text.isEmpty() || box.width() <= 0 || box.height() <= 0)
        return {};
    // Fitted and elided, the text stays in box; not clipping keeps raster and SVG alike (the
    // SVG generator ignores clips) and keeps overhanging glyph edges whole.
    const Qt::Alignment alignment = Qt::Alignment(flags);
    if (!(flags & Qt::TextWordWrap)) {
        const QFont fitted = fitFont(font, text, box.size(), flags, minPixelSize);
        QString shown = text;
        if (!fitsBox(fitted, text, box.size(), flags))
            shown = TextMetrics(fitted).elidedText(text, box.width());
        const QRectF taken = aligned(box, textSize(fitted, shown), alignment);
        drawTextLine(painter, taken.topLeft(), fitted, color, shown);
        return taken;
    }
    // Most text fits as it is, laid out once.
    const Qt::Alignment horizontal = alignment & Qt::AlignHorizontal_Mask;
    ScaledTextBlock block = boundedBlock(font, text, box.size(), horizontal);
    if (!fitsBox(QSizeF(block.naturalWidth(), block.height()), box.size()))
        block = wrapAndElide(fitFont(font, text, box.size(), flags, minPixelSize), text, box.size(),
                             horizontal);
    const QRectF taken = aligned(box, QSizeF(block.naturalWidth(), block.height()), alignment);
    // The block aligns its lines within the box's width itself.
    block.draw(painter, QPointF(box.left(), taken.top()), color);
    return taken;
}

namespace {

QFont signsFont(const QFont &font, int minPixelSize)
{
    return withPixelSize(
        font, std::min(pixelSizeOf(font), std::max(minPixelSize, int(pixelSizeOf(font) * 0.5))));
}

} // namespace

QString SignedText::signsText() const
{
    return shownCaveatSigns(signs);
}

QSizeF SignedText::size(const QFont &font) const
{
    const TextMetrics metrics(font);
    qreal width = metrics.horizontalAdvance(text);
    if (!signs.isEmpty())
        width += metrics.horizontalAdvance(QStringLiteral(" ")) * 0.3 +
                 TextMetrics(signsFont(font, minSignsPixelSize)).horizontalAdvance(signsText());
    return {width, metrics.height()};
}

QFont SignedText::fitWidth(const QFont &font, qreal width, int minPixelSize) const
{
    const int pixelSize = pixelSizeOf(font);
    const qreal natural = size(font).width();
    if (natural <= width || pixelSize <= minPixelSize)
        return font;
    // Widths grow in proportion to the size, so one measurement tells the size that fits; a
    // check at that size corrects for the rounding of the signs' half size.
    const auto fits = [&](int px) { return size(withPixelSize(font, px)).width() <= width; };
    int fitting = std::clamp(int(pixelSize * width / natural), minPixelSize, pixelSize - 1);
    // The size above may fit too when the prediction misses it by no more than rounding.
    constexpr qreal Rounding = 1;
    if (fitting + 1 < pixelSize && (fitting + 1) * natural / pixelSize <= width + Rounding &&
        fits(fitting + 1))
        return withPixelSize(font, fitting + 1);
    while (fitting > minPixelSize && !fits(fitting))
        --fitting;
    return withPixelSize(font, fitting);
}

QRectF SignedText::paint(QPainter &painter, const QRectF &box, const QFont &font,
                         const QColor &color, Qt::Alignment alignment) const
{
    const QRectF r = aligned(box, size(font), alignment);
    drawTextLine(painter, r.topLeft(), font, color, text);
    if (!signs.isEmpty()) {
        const TextMetrics metrics(font);
        const QFont small = signsFont(font, minSignsPixelSize);
        // Raised: the signs' baseline a little under half the value's ascent above its own, but
        // their top no higher than the value's: signs kept at the text floor beside a value that
        // gave way below it are nearly its size, and rose into the line above (a part's name).
        const qreal signsBaseline = r.top() + metrics.ascent() * (1 - 0.45);
        drawTextLine(painter,
                     QPointF(r.left() + metrics.horizontalAdvance(text) +
                                 metrics.horizontalAdvance(QStringLiteral(" ")) * 0.3,
                             std::max(r.top(), signsBaseline - TextMetrics(small).ascent())),
                     small, signsColor.isValid() ? signsColor : color, signsText());
    }
    return r;
}

QSizeF PartLabel::size(const Fonts &fonts, qreal width) const
{
    auto sizeOf = [width](const QFont &font, const QString &text) {
        const ScaledTextBlock block(text, font, width, Qt::AlignLeft, PartLabel::MaxLines);
        return text.isEmpty() ? QSizeF() : QSizeF(block.naturalWidth(), block.height());
    };
    const QSizeF nameSize = sizeOf(fonts.name, name);
    const QSizeF valueSize = value.size(value.fitWidth(fonts.value, width));
    const QSizeF noteSize = sizeOf(fonts.note, note);
    return {std::min(width, std::max({nameSize.width(), valueSize.width(), noteSize.width()})),
            nameSize.height() + valueSize.height() + noteSize.height()};
}

void PartLabel::paint(QPainter &painter, const Fonts &fonts, const QRectF &box,
                      Qt::Alignment alignment) const
{
    const int wrap = int(alignment & Qt::AlignHorizontal_Mask) | Qt::AlignTop | Qt::TextWordWrap;
    qreal y = box.top();
    if (!name.isEmpty()) {
        // As size() measured it: MaxLines lines at most, the last elided.
        const ScaledTextBlock block(name, fonts.name, box.width(),
                                    alignment & Qt::AlignHorizontal_Mask, MaxLines);
        block.draw(painter, QPointF(box.left(), y), color);
        y += block.height();
    }
    const QFont valueFont = value.fitWidth(fonts.value, box.width());
    const qreal valueHeight = value.size(valueFont).height();
    value.paint(painter, QRectF(box.left(), y, box.width(), valueHeight), valueFont, color,
                (alignment & Qt::AlignHorizontal_Mask) | Qt::AlignTop);
    y += valueHeight;
    if (!note.isEmpty())
        drawFittedText(painter, QRectF(box.left(), y, box.width(), box.bottom() - y), fonts.note,
                       noteColor, note, wrap);
}

qreal openEndLength(qreal barHeight)
{
    return barHeight * 2.2;
}

void paintBar(QPainter &painter, const QRectF &bar, const QColor &color, bool openEnded,
              qreal fadeLength, const QColor &arrowColor)
{
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawRect(bar);
    if (openEnded && fadeLength > 0) {
        // The fade: the value goes on, but we do not know how far.
        const qreal arrow = std::min(bar.height() * 0.55, fadeLength * 0.35);
        const QRectF fade(bar.right(), bar.top(), std::max<qreal>(0, fadeLength - arrow),
                          bar.height());
        QLinearGradient gradient(fade.topLeft(), fade.topRight());
        QColor transparent = color;
        transparent.setAlphaF(0.08);
        QColor start = color;
        start.setAlphaF(0.75);
        gradient.setColorAt(0, start);
        gradient.setColorAt(1, transparent);
        painter.setBrush(gradient);
        painter.drawRect(fade);
        // A chevron at the value, pointing on.
        const qreal h = bar.height();
        const qreal cx = bar.right();
        QPen pen(arrowColor, std::max<qreal>(1, h * 0.12));
        pen.setCapStyle(Qt::RoundCap);
        pen.setJoinStyle(Qt::RoundJoin);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        const qreal w = h * 0.28;
        painter.drawPolyline(QPolygonF({QPointF(cx - w, bar.top() + h * 0.22),
                                        QPointF(cx + w * 0.4, bar.center().y()),
                                        QPointF(cx - w, bar.bottom() - h * 0.22)}));
        // The arrowhead at the end of the fade.
        painter.setPen(Qt::NoPen);
        QColor head = color;
        head.setAlphaF(0.55);
        painter.setBrush(head);
        const qreal tip = fade.right() + arrow;
        painter.drawPolygon(
            QPolygonF({QPointF(fade.right(), bar.top() - h * 0.15), QPointF(tip, bar.center().y()),
                       QPointF(fade.right(), bar.bottom() + h * 0.15)}));
    }
    painter.restore();
}

qreal scaleHeight(const QFont &font, qreal lineWidth)
{
    return TextMetrics(font).height() + lineWidth * 6;
}

namespace {

// Centred under its line, but the end labels stay within the plot's width.
qreal scaleLabelLeft(const QRectF &plot, qreal x, qreal width)
{
    return std::clamp(x - width / 2, plot.left(), std::max(plot.left(), plot.right() - width));
}

} // namespace

bool scaleLabelsFit(const QRectF &plot, double max, double step, const QFont &font,
                    const std::function<QString(double)> &label)
{
    if (max <= 0 || step <= 0)
        return true;
    const TextMetrics metrics(font);
    qreal previousRight = -std::numeric_limits<qreal>::max();
    for (double v = 0; v <= max + step * 1e-6; v += step) {
        const qreal w = metrics.horizontalAdvance(label(v));
        const qreal left = scaleLabelLeft(plot, plot.left() + plot.width() * v / max, w);
        if (left < previousRight + metrics.height() * 0.5)
            return false;
        previousRight = left + w;
    }
    return true;
}

void paintScale(QPainter &painter, const QRectF &plot, double max, double step, bool gridLines,
                const QFont &font, const Theme &theme, qreal lineWidth,
                const std::function<QString(double)> &label)
{
    if (max <= 0 || step <= 0)
        return;
    painter.save();
    const TextMetrics metrics(font);
    const qreal tick = lineWidth * 4;
    for (double v = 0; v <= max + step * 1e-6; v += step) {
        const qreal x = plot.left() + plot.width() * v / max;
        painter.setPen(QPen(theme.grid, lineWidth));
        if (gridLines)
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom() + tick));
        else
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + tick));
        const QString text = label(v);
        const qreal w = metrics.horizontalAdvance(text);
        const qreal left = scaleLabelLeft(plot, x, w);
        drawTextLine(painter, QPointF(left, plot.bottom() + tick + lineWidth * 2), font,
                     theme.mutedText, text);
    }
    painter.restore();
}

void paintHatch(QPainter &painter, const QPainterPath &area, const QColor &color, qreal spacing,
                qreal lineWidth)
{
    if (spacing <= 0 || area.isEmpty())
        return;
    // Strips cut to the area as geometry, not by clipping: SVG export drops clip paths.
    const QRectF r = area.boundingRect();
    const qreal across = lineWidth * std::sqrt(2.0); // a 45 degree strip's horizontal width
    QPainterPath strips;
    for (qreal x = r.left() - r.height(); x < r.right(); x += spacing) {
        strips.addPolygon(QPolygonF({QPointF(x, r.bottom()), QPointF(x + across, r.bottom()),
                                     QPointF(x + across + r.height(), r.top()),
                                     QPointF(x + r.height(), r.top())}));
        strips.closeSubpath();
    }
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawPath(strips.intersected(area));
    painter.restore();
}

QColor textureInk(const QColor &fill)
{
    return fill.lightnessF() < 0.55 ? QColor(Qt::white) : QColor(Qt::black);
}

namespace {

// A dot's width in line widths: dots as wide as this cover a fifth of the area, about as much
// as the lines do (a quarter), so a dotted part reads apart from a solid one of a close grey.
constexpr qreal DotWidths = 2.2;

// What a texture tile is drawn from.
struct TileKey
{
    FillTexture texture;
    QRgb ink;
    qreal spacing;
    qreal lineWidth;
    bool operator==(const TileKey &o) const
    {
        return texture == o.texture && ink == o.ink && spacing == o.spacing &&
               lineWidth == o.lineWidth;
    }
};

size_t qHash(const TileKey &key, size_t seed = 0)
{
    return qHashMulti(seed, int(key.texture), key.ink, key.spacing, key.lineWidth);
}

// One period of a texture as an image, TileOversampling pixels to the unit: a line across
// it or a dot in its middle. Kept for the next mark of the same look, so that a PDF holds each
// tile once (its engine shares an image by its cache key).
constexpr int TileOversampling = 8;
QImage textureTile(FillTexture texture, const QColor &ink, qreal spacing, qreal lineWidth)
{
    static QMutex mutex;
    static QHash<TileKey, QImage> tiles; // a handful: textures x inks x sizes in use
    const TileKey key{texture, ink.rgba(), spacing, lineWidth};
    const QMutexLocker lock(&mutex);
    if (const auto known = tiles.constFind(key); known != tiles.cend())
        return *known;
    const int n = std::max(1, int(std::ceil(spacing * TileOversampling)));
    QImage tile(n, n, QImage::Format_ARGB32_Premultiplied);
    tile.fill(Qt::transparent);
    {
        QPainter tp(&tile);
        tp.setRenderHint(QPainter::Antialiasing);
        tp.setPen(Qt::NoPen);
        tp.setBrush(ink);
        tp.scale(n / spacing, n / spacing);
        const qreal d = lineWidth * DotWidths;
        if (texture == FillTexture::Horizontal)
            tp.drawRect(QRectF(0, spacing / 2 - lineWidth / 2, spacing, lineWidth));
        else if (texture == FillTexture::Vertical)
            tp.drawRect(QRectF(spacing / 2 - lineWidth / 2, 0, lineWidth, spacing));
        else
            tp.drawEllipse(QPointF(spacing / 2, spacing / 2), d / 2, d / 2);
    }
    constexpr qsizetype MaxTiles = 64;
    if (tiles.size() >= MaxTiles)
        tiles.clear();
    tiles.insert(key, tile);
    return tile;
}

} // namespace

void paintTexture(QPainter &painter, const QPainterPath &area, FillTexture texture,
                  const QColor &fill, qreal spacing, qreal lineWidth)
{
    if (texture == FillTexture::Solid || spacing <= 0 || area.isEmpty())
        return;
    // Cut to the area (SVG export drops clip paths: there as geometry, like the hatching).
    const QRectF r = area.boundingRect();
    // The first line or dot row as far from its edge as the last from the other: no sliver of
    // fill left along one edge of a thin bar only.
    const auto first = [spacing](qreal from, qreal length) {
        const qreal rows = std::max<qreal>(1, std::floor(length / spacing));
        return from + (length - rows * spacing) / 2 + spacing / 2;
    };
    const QPaintEngine *engine = painter.paintEngine();
    const QPaintEngine::Type engineType = engine ? engine->type() : QPaintEngine::User;
    if (engineType == QPaintEngine::Pdf) {
        // One fill with a tile of the texture: Qt's PDF engine writes the tile once per
        // document and the mark as a single path (drawn mark by mark, a 3,000-figure summary's
        // dots took 4 s and doubled its size).
        const QImage tile = textureTile(texture, textureInk(fill), spacing, lineWidth);
        const int n = tile.width();
        QBrush brush(tile);
        QTransform t;
        t.translate(first(r.left(), r.width()) - spacing / 2,
                    first(r.top(), r.height()) - spacing / 2);
        t.scale(spacing / n, spacing / n);
        brush.setTransform(t);
        painter.fillPath(area, brush);
        return;
    }
    QPainterPath marks;
    switch (texture) {
    case FillTexture::Solid:
        break;
    case FillTexture::Horizontal:
        for (qreal y = first(r.top(), r.height()); y < r.bottom(); y += spacing)
            marks.addRect(QRectF(r.left(), y - lineWidth / 2, r.width(), lineWidth));
        break;
    case FillTexture::Vertical:
        for (qreal x = first(r.left(), r.width()); x < r.right(); x += spacing)
            marks.addRect(QRectF(x - lineWidth / 2, r.top(), lineWidth, r.height()));
        break;
    case FillTexture::Dots: {
        const qreal d = lineWidth * DotWidths;
        for (qreal y = first(r.top(), r.height()); y < r.bottom(); y += spacing)
            for (qreal x = first(r.left(), r.width()); x < r.right(); x += spacing)
                marks.addEllipse(QPointF(x, y), d / 2, d / 2);
        break;
    }
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(textureInk(fill));
    // Cutting the marks as geometry costs: QPainterPath::intersected took 31 million
    // instructions for a donut's dotted segment and doubled a 3,000-figure summary's time.
    // Only SVG needs it; the raster engine clips exactly (PDF took the tile above).
    if (engineType == QPaintEngine::SVG) {
        painter.drawPath(marks.intersected(area));
    } else {
        painter.setClipPath(area, Qt::IntersectClip);
        painter.drawPath(marks);
    }
    painter.restore();
}

void paintMarkTexture(QPainter &painter, const QPainterPath &area, FillTexture texture,
                      const QColor &fill, const Scale &scale)
{
    paintTexture(painter, area, texture, fill, scale.px(TextureSpacingPx),
                 std::max<qreal>(1, scale.px(TextureLinePx)));
}

void paintHighlight(QPainter &painter, const QPainterPath &outline, const Theme &theme,
                    const Scale &scale)
{
    painter.save();
    QPen pen(theme.accent, std::max<qreal>(2, scale.px(3.5)));
    pen.setJoinStyle(Qt::RoundJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(outline);
    painter.restore();
}

QSizeF badgeSize(const QFont &font, const QString &text)
{
    const TextMetrics metrics(font);
    return {metrics.horizontalAdvance(text) + metrics.height() * 0.9, metrics.height() * 1.3};
}

QRectF paintBadge(QPainter &painter, const QPointF &topLeft, const QFont &font, const QString &text,
                  const QColor &color)
{
    const QRectF r(topLeft, badgeSize(font, text));
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(color, std::max<qreal>(1, r.height() * 0.07)));
    QColor fill = color;
    fill.setAlphaF(0.12);
    painter.setBrush(fill);
    painter.drawRoundedRect(r, r.height() / 2, r.height() / 2);
    drawTextLine(painter, aligned(r, textSize(font, text), Qt::AlignCenter).topLeft(), font, color,
                 text);
    painter.restore();
    return r;
}

int gridColumns(const QSizeF &area, int count, qreal gap, qreal idealAspect)
{
    int bestColumns = 1;
    qreal bestScore = -1;
    for (int columns = 1; columns <= count; ++columns) {
        const int rows = (count + columns - 1) / columns;
        const QSizeF cell = gridCellSize(area, columns, rows, gap);
        const qreal score = std::min(cell.width() / idealAspect, cell.height());
        if (score > bestScore) {
            bestScore = score;
            bestColumns = columns;
        }
    }
    return bestColumns;
}

QSizeF gridCellSize(const QSizeF &area, int columns, int rows, qreal gap)
{
    // An area too small for anything still gets its cells (empty ones), one per item.
    return {std::max<qreal>(0, (std::max<qreal>(0, area.width()) - gap * (columns - 1)) / columns),
            std::max<qreal>(0, (std::max<qreal>(0, area.height()) - gap * (rows - 1)) / rows)};
}

QList<QRectF> gridCells(const QRectF &area, int count, int columns, qreal gap, qreal minAspect)
{
    if (count <= 0 || columns <= 0)
        return {};
    const int rows = (count + columns - 1) / columns;
    const QSizeF cell = gridCellSize(area.size(), columns, rows, gap);
    const qreal w = cell.width();
    qreal h = cell.height();
    qreal top = area.top();
    if (minAspect > 0 && h > w / minAspect) {
        h = w / minAspect;
        top = area.center().y() - (h * rows + gap * (rows - 1)) / 2;
    }
    QList<QRectF> cells;
    for (int i = 0; i < count; ++i) {
        const int row = i / columns;
        const int column = i % columns;
        const int inRow = std::min(columns, count - row * columns);
        const qreal indent = (columns - inRow) * (w + gap) / 2;
        cells << QRectF(area.left() + indent + column * (w + gap), top + row * (h + gap), w, h);
    }
    return cells;
}

QColor readableOn(const QColor &fill, const Theme &theme)
{
    auto luminance = [](const QColor &c) {
        return 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF();
    };
    const qreal l = luminance(fill);
    const QColor a = theme.text;
    const QColor b = theme.background;
    return std::fabs(luminance(a) - l) >= std::fabs(luminance(b) - l) ? a : b;
}

} // namespace Figdeck::ChartPaint
