// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtGlobal>

class QImage;

namespace Figdeck {

// How a PNG is compressed: libpng row filters (PNG_FILTER_* bits; more than one bit lets libpng
// choose per row, which costs a trial of each) and zlib's level and strategy.
struct PngEncoding
{
    int filters;
    int zlibLevel;
    int zlibStrategy;
};

// The settings export uses for an image of this many pixels, chosen by measurement on the
// figures (tests/bench/pngencode.cpp; its table is printed by `make bench`):
// no row filter (flat chart colours compress best unfiltered) and zlib level 3, a fifth of
// QImageWriter's time in 89% of its bytes at 1920x1080; above 4 megapixels level 3 would give
// 105% of the bytes, so level 4 (half the time, 88% of the bytes at 3840x2160).
PngEncoding exportPngEncoding(qint64 pixels = 1920 * 1080);

// The image as PNG bytes, encoded by libpng directly: 8-bit RGB for an opaque image (RGB32),
// RGBA (straight alpha) otherwise, the pHYs chunk from the image's dots per metre, no time stamp
// (the same image always gives the same bytes). Empty on failure.
QByteArray encodePng(const QImage &image);
QByteArray encodePng(const QImage &image, const PngEncoding &encoding);

} // namespace Figdeck
