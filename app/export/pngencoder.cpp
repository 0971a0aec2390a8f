// SPDX-License-Identifier: GPL-3.0-or-later
#include "pngencoder.h"

#include <QImage>

#include <png.h>
#include <zlib.h>

#include <csetjmp>

namespace Figdeck {

PngEncoding exportPngEncoding(qint64 pixels)
{
    constexpr qint64 LargeImage = 4'000'000;
    return {PNG_FILTER_NONE, pixels > LargeImage ? 4 : 3, Z_DEFAULT_STRATEGY};
}

QByteArray encodePng(const QImage &image)
{
    return encodePng(image, exportPngEncoding(qint64(image.width()) * image.height()));
}

namespace {

void appendBytes(png_structp png, png_bytep data, png_size_t length)
{
    static_cast<QByteArray *>(png_get_io_ptr(png))
        ->append(reinterpret_cast<const char *>(data), qsizetype(length));
}

void flushNothing(png_structp) {}

// libpng reports errors by longjmp; a warning (none expected for our images) is not an error.
void ignoreWarning(png_structp, png_const_charp) {}

} // namespace

QByteArray encodePng(const QImage &source, const PngEncoding &encoding)
{
    if (source.isNull())
        return {};
    const bool opaque = !source.hasAlphaChannel();
    // 32 bits a pixel, B G R A in memory (little-endian ARGB32): libpng reorders and, for an
    // opaque image, drops the fourth byte itself.
    const QImage image =
        source.convertToFormat(opaque ? QImage::Format_RGB32 : QImage::Format_ARGB32);
    if (image.isNull())
        return {};

    QByteArray bytes;
    png_structp png =
        png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, ignoreWarning);
    if (!png)
        return {};
    png_infop info = png_create_info_struct(png);
    if (!info) {
        png_destroy_write_struct(&png, nullptr);
        return {};
    }
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        return {};
    }
    png_set_write_fn(png, &bytes, appendBytes, flushNothing);
    png_set_filter(png, PNG_FILTER_TYPE_BASE, encoding.filters);
    png_set_compression_level(png, encoding.zlibLevel);
    png_set_compression_strategy(png, encoding.zlibStrategy);
    png_set_IHDR(png, info, png_uint_32(image.width()), png_uint_32(image.height()), 8,
                 opaque ? PNG_COLOR_TYPE_RGB : PNG_COLOR_TYPE_RGB_ALPHA, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_BASE, PNG_FILTER_TYPE_BASE);
    if (image.dotsPerMeterX() > 0 && image.dotsPerMeterY() > 0)
        png_set_pHYs(png, info, png_uint_32(image.dotsPerMeterX()),
                     png_uint_32(image.dotsPerMeterY()), PNG_RESOLUTION_METER);
    png_write_info(png, info);
    if (Q_BYTE_ORDER == Q_LITTLE_ENDIAN)
        png_set_bgr(png);
    else
        png_set_swap_alpha(png); // A R G B in memory
    if (opaque)
        png_set_filler(png, 0,
                       Q_BYTE_ORDER == Q_LITTLE_ENDIAN ? PNG_FILLER_AFTER : PNG_FILLER_BEFORE);
    bytes.reserve(qsizetype(image.sizeInBytes() / 8));
    for (int y = 0; y < image.height(); ++y)
        png_write_row(png, image.constScanLine(y));
    png_write_end(png, info);
    png_destroy_write_struct(&png, &info);
    return bytes;
}

} // namespace Figdeck
