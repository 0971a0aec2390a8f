// SPDX-License-Identifier: GPL-3.0-or-later
#include "pngencoder.h"

#include <QImage>

#include <libdeflate.h>

#include <cstring>
#include <limits>
#include <memory>

namespace Figdeck {

PngEncoding exportPngEncoding()
{
    return {PngFilter::None, 4};
}

QByteArray encodePng(const QImage &image)
{
    return encodePng(image, exportPngEncoding());
}

namespace {

void putUint32(uchar *out, quint32 value)
{
    out[0] = uchar(value >> 24);
    out[1] = uchar(value >> 16);
    out[2] = uchar(value >> 8);
    out[3] = uchar(value);
}

// A chunk whose data are already in place at bytes[at + 8 ...): length, type and CRC around them.
void closeChunk(QByteArray &bytes, qsizetype at, const char type[4], quint32 length)
{
    auto *chunk = reinterpret_cast<uchar *>(bytes.data()) + at;
    putUint32(chunk, length);
    std::memcpy(chunk + 4, type, 4);
    putUint32(chunk + 8 + length, libdeflate_crc32(0, chunk + 4, size_t(length) + 4));
}

void appendChunk(QByteArray &bytes, const char type[4], const uchar *data, quint32 length)
{
    const qsizetype at = bytes.size();
    bytes.resize(at + 12 + length);
    if (length)
        std::memcpy(bytes.data() + at + 8, data, length);
    closeChunk(bytes, at, type, length);
}

// One row as PNG bytes, R G B (A), from 32-bit pixels (0xAARRGGBB in a quint32).
template <int Channels> void packRow(const quint32 *pixels, int width, uchar *out)
{
    for (int x = 0; x < width; ++x) {
        const quint32 p = pixels[x];
        out[0] = uchar(p >> 16);
        out[1] = uchar(p >> 8);
        out[2] = uchar(p);
        if constexpr (Channels == 4)
            out[3] = uchar(p >> 24);
        out += Channels;
    }
}

struct CompressorDeleter
{
    void operator()(libdeflate_compressor *compressor) const
    {
        libdeflate_free_compressor(compressor);
    }
};

} // namespace

QByteArray encodePng(const QImage &source, const PngEncoding &encoding)
{
    if (source.isNull())
        return {};
    const bool opaque = !source.hasAlphaChannel();
    const QImage image =
        source.format() == (opaque ? QImage::Format_RGB32 : QImage::Format_ARGB32)
            ? source
            : source.convertToFormat(opaque ? QImage::Format_RGB32 : QImage::Format_ARGB32);
    if (image.isNull())
        return {};
    const int width = image.width();
    const int height = image.height();
    const int channels = opaque ? 3 : 4;
    const qsizetype rowBytes = 1 + qsizetype(width) * channels; // the filter type, then pixels
    const qsizetype rawBytes = rowBytes * height;

    // The rows as the PNG stores them, filter byte first, before compression.
    const std::unique_ptr<uchar[]> raw(new (std::nothrow) uchar[size_t(rawBytes)]);
    if (!raw)
        return {};
    for (int y = 0; y < height; ++y) {
        uchar *row = raw.get() + y * rowBytes;
        row[0] = uchar(encoding.filter);
        const auto *pixels = reinterpret_cast<const quint32 *>(image.constScanLine(y));
        if (opaque)
            packRow<3>(pixels, width, row + 1);
        else
            packRow<4>(pixels, width, row + 1);
    }
    // Filtered in place from the end back, so the unfiltered bytes each one needs (to its left,
    // or in the row above) are still there.
    if (encoding.filter == PngFilter::Sub) {
        for (int y = 0; y < height; ++y) {
            uchar *row = raw.get() + y * rowBytes + 1;
            for (qsizetype i = rowBytes - 2; i >= channels; --i)
                row[i] = uchar(row[i] - row[i - channels]);
        }
    } else if (encoding.filter == PngFilter::Up) {
        for (int y = height - 1; y > 0; --y) {
            uchar *row = raw.get() + y * rowBytes;
            const uchar *above = row - rowBytes;
            for (qsizetype i = 1; i < rowBytes; ++i)
                row[i] = uchar(row[i] - above[i]);
        }
    }

    const std::unique_ptr<libdeflate_compressor, CompressorDeleter> compressor(
        libdeflate_alloc_compressor(encoding.level));
    if (!compressor)
        return {};
    const size_t bound = libdeflate_zlib_compress_bound(compressor.get(), size_t(rawBytes));
    if (bound > size_t(std::numeric_limits<quint32>::max() >> 1))
        return {}; // one IDAT chunk holds at most 2^31 - 1 bytes

    static const uchar signature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    QByteArray bytes;
    bytes.reserve(qsizetype(8 + 25 + 21 + 12 + bound + 12));
    bytes.append(reinterpret_cast<const char *>(signature), sizeof signature);

    uchar header[13];
    putUint32(header, quint32(width));
    putUint32(header + 4, quint32(height));
    header[8] = 8;               // bits a channel
    header[9] = opaque ? 2 : 6;  // colour type: truecolour, or truecolour with alpha
    header[10] = header[11] = 0; // deflate; adaptive filtering (one filter type a row)
    header[12] = 0;              // not interlaced
    appendChunk(bytes, "IHDR", header, sizeof header);

    if (image.dotsPerMeterX() > 0 && image.dotsPerMeterY() > 0) {
        uchar physical[9];
        putUint32(physical, quint32(image.dotsPerMeterX()));
        putUint32(physical + 4, quint32(image.dotsPerMeterY()));
        physical[8] = 1; // unit: the metre
        appendChunk(bytes, "pHYs", physical, sizeof physical);
    }

    const qsizetype idat = bytes.size();
    bytes.resize(idat + 8 + qsizetype(bound));
    const size_t compressed = libdeflate_zlib_compress(
        compressor.get(), raw.get(), size_t(rawBytes), bytes.data() + idat + 8, bound);
    if (compressed == 0)
        return {};
    bytes.resize(idat + 8 + qsizetype(compressed) + 4);
    closeChunk(bytes, idat, "IDAT", quint32(compressed));
    appendChunk(bytes, "IEND", nullptr, 0);
    bytes.squeeze(); // the compression bound reserved about the raw size
    return bytes;
}

} // namespace Figdeck
