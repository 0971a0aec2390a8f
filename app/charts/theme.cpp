// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme.h"

#include <QHash>

#include <algorithm>
#include <iterator>

namespace Figdeck {

namespace {

struct FontKey
{
    QString family;
    int pixelSize = 0;
    int weight = 0;
    bool italic = false;
    bool operator==(const FontKey &other) const
    {
        return pixelSize == other.pixelSize && weight == other.weight && italic == other.italic &&
               family == other.family;
    }
};

size_t qHash(const FontKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.family, key.pixelSize, key.weight, key.italic);
}

} // namespace

QFont Theme::font(qreal pixelSize, QFont::Weight weight, bool italic) const
{
    // QFont has no fractional pixel size; layout units are fine enough (a 1280-unit figure,
    // points on paper) for the rounding not to show.
    const int px = std::max(1, int(pixelSize + 0.5));
    // The same QFont for the same request on this thread: one made afresh would look its font
    // engine up again when first measured (see withPixelSize in chartpaint.cpp).
    constexpr qsizetype MostKept = 512;
    thread_local QHash<FontKey, QFont> made;
    FontKey key{fontFamily, px, int(weight), italic};
    if (const auto known = made.constFind(key); known != made.cend())
        return *known;
    QFont f(fontFamily);
    f.setPixelSize(px);
    f.setWeight(weight);
    f.setItalic(italic);
    f.setKerning(true);
    // Qt 6.4 has no QFont::setFeature: a letter spacing Qt sees as non-zero is what turns
    // ligatures off in its shaper. A 64th of a pixel, the least its fixed-point arithmetic
    // tells from zero, does not show (text laid out without the device keeps it at that:
    // the painter would scale it by the device's resolution).
    f.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setStyleStrategy(QFont::PreferOutline);
    if (made.size() >= MostKept)
        made.clear();
    made.insert(std::move(key), f);
    return f;
}

Theme Theme::get(ThemeId id)
{
    // Okabe-Ito: blue, orange, bluish green, vermillion, reddish purple, sky blue, yellow.
    const QList<QColor> okabeIto = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00),
                                    QColor(0x00, 0x9E, 0x73), QColor(0xD5, 0x5E, 0x00),
                                    QColor(0xCC, 0x79, 0xA7), QColor(0x56, 0xB4, 0xE9),
                                    QColor(0xF0, 0xE4, 0x42)};
    Theme t;
    t.id = id;
    t.fontFamily = QStringLiteral("DejaVu Sans");
    switch (id) {
    case ThemeId::Light:
        t.background = QColor(0xFF, 0xFF, 0xFF);
        t.surface = QColor(0xF3, 0xF5, 0xF8);
        t.text = QColor(0x1A, 0x1D, 0x21);
        t.mutedText = QColor(0x55, 0x5B, 0x64);
        t.grid = QColor(0xD5, 0xD9, 0xDF);
        t.accent = QColor(0xD5, 0x5E, 0x00);
        t.derived = QColor(0xB8, 0xBE, 0xC6);
        t.series = okabeIto;
        break;
    case ThemeId::Dark:
        t.background = QColor(0x1E, 0x21, 0x26);
        t.surface = QColor(0x2A, 0x2E, 0x35);
        t.text = QColor(0xEC, 0xEE, 0xF1);
        t.mutedText = QColor(0xA8, 0xAF, 0xB9);
        t.grid = QColor(0x44, 0x4A, 0x53);
        t.accent = QColor(0xF0, 0xE4, 0x42);
        t.derived = QColor(0x5C, 0x63, 0x6D);
        // Okabe-Ito's dark blue lacks contrast on a dark background: lead with sky blue.
        t.series = {QColor(0x56, 0xB4, 0xE9), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73),
                    QColor(0xD5, 0x5E, 0x00), QColor(0xCC, 0x79, 0xA7), QColor(0xF0, 0xE4, 0x42)};
        break;
    case ThemeId::Print:
        // Greys of clearly different lightness: parts stay apart in a greyscale print.
        t.background = QColor(0xFF, 0xFF, 0xFF);
        t.surface = QColor(0xF2, 0xF2, 0xF2);
        t.text = QColor(0x00, 0x00, 0x00);
        t.mutedText = QColor(0x40, 0x40, 0x40);
        t.grid = QColor(0xBF, 0xBF, 0xBF);
        t.accent = QColor(0x00, 0x00, 0x00);
        t.derived = QColor(0xDD, 0xDD, 0xDD);
        t.series = {QColor(0x26, 0x26, 0x26), QColor(0x7A, 0x7A, 0x7A), QColor(0xB0, 0xB0, 0xB0),
                    QColor(0x52, 0x52, 0x52), QColor(0x99, 0x99, 0x99)};
        break;
    }
    return t;
}

MarkerShape Theme::seriesMarker(int slot) const
{
    // Six shapes against five greys: 30 slots before a look comes round. The first five are
    // PowerPoint's too (a deck's native charts draw the same markers).
    static constexpr MarkerShape shapes[] = {MarkerShape::Circle,  MarkerShape::Square,
                                             MarkerShape::Diamond, MarkerShape::Triangle,
                                             MarkerShape::Star,    MarkerShape::Pentagon};
    constexpr int count = int(std::size(shapes));
    const int turn = id == ThemeId::Print ? slot : slot / int(series.size());
    return shapes[std::max(0, turn) % count];
}

FillTexture Theme::seriesTexture(int slot) const
{
    static constexpr FillTexture textures[] = {FillTexture::Solid, FillTexture::Horizontal,
                                               FillTexture::Vertical, FillTexture::Dots};
    // Print's greys come round after five, and two of them (0x99, 0xB0) are close on paper: as
    // with the markers, each slot has its own texture there (four against five greys, 20 looks).
    const int turn =
        id == ThemeId::Print ? std::max(0, slot) : std::max(0, slot) / int(series.size());
    return textures[turn % int(std::size(textures))];
}

QString Theme::name(ThemeId id)
{
    switch (id) {
    case ThemeId::Light:
        return QStringLiteral("light");
    case ThemeId::Dark:
        return QStringLiteral("dark");
    case ThemeId::Print:
        return QStringLiteral("print");
    }
    return {};
}

QList<ThemeId> Theme::all()
{
    return {ThemeId::Light, ThemeId::Dark, ThemeId::Print};
}

QStringList Theme::names()
{
    QStringList list;
    for (ThemeId id : all())
        list << name(id);
    return list;
}

std::optional<ThemeId> Theme::fromName(const QString &name)
{
    for (ThemeId id : all()) {
        if (Theme::name(id) == name)
            return id;
    }
    return std::nullopt;
}

} // namespace Figdeck
