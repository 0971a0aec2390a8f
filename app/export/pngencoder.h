// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtGlobal>

class QImage;

namespace Figdeck {

// The PNG row filter applied to every row (PNG 1.2, section 6): flat chart colours compress
// best unfiltered, Up helps gradients; no per-row trial of all five as QImageWriter does.
enum class PngFilter { None = 0, Sub = 1, Up = 2 };

// How a PNG is compressed: one row filter for all rows and libdeflate's level (1-12).
struct PngEncoding
{
    PngFilter filter;
    int level;
};

// The settings export uses, chosen by measurement on the report's figures
// (tests/bench/pngencode.cpp, whose table `make bench` prints): no row filter (flat chart
// colours compress best unfiltered; Sub and Up give 101-111% of QImageWriter's bytes) and
// level 4: about a fifth of QImageWriter's CPU time for 79% of its bytes at 1920x1080 and 85% at
// 3840x2160. Levels 2-6 cost about the same; level 1 is slower in CPU time despite fewer
// instructions, and 8 and above double the time for 1% fewer bytes.
PngEncoding exportPngEncoding();

// The image as PNG bytes: 8-bit RGB for an image without alpha channel, RGBA (straight alpha)
// otherwise, the pHYs chunk from the image's dots per metre, no time stamp (the same image
// always gives the same bytes). The PNG container is written here; the pixel data is one zlib
// stream from libdeflate in one IDAT chunk. Empty on failure.
QByteArray encodePng(const QImage &image);
QByteArray encodePng(const QImage &image, const PngEncoding &encoding);

} // namespace Figdeck
