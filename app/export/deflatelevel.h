// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to figdeck_export: how hard zlib works for writers that cannot be told.

namespace Figdeck {

// While one lives, zlib streams this thread starts at zlib's default level (the level a caller
// asks for when it has no preference) are started at `level` instead; a caller that asks for a
// level of its own keeps it, and other threads are never affected.
//
// Qt 6.4's PDF engine compresses every page's content stream at Z_DEFAULT_COMPRESSION (6)
// and offers no setting (QPdfEnginePrivate::writeCompressed). A summary's pages are mostly
// text, which Qt writes glyph by glyph ("4.79687500 0 Td <0003> Tj"): 59 KB a page, and zlib
// at 6 was half the CPU of a 3,000-figure summary. Figdeck defines zlib's deflateInit_
// (which is what Qt calls) to apply the scope's level and go on to zlib's deflateInit2_ with
// deflateInit_'s own arguments, so nothing else in the process changes.
//
// A Qt built with its own copy of zlib does not call the system's deflateInit_: its PDFs
// then keep level 6 (tst_export_deflatelevel tells, from the streams' zlib headers).
class DeflateLevel
{
public:
    explicit DeflateLevel(int level);
    ~DeflateLevel();
    DeflateLevel(const DeflateLevel &) = delete;
    DeflateLevel &operator=(const DeflateLevel &) = delete;

    // The level Figdeck's PDF writers use, chosen by measurement (deflatelevel.cpp).
    static constexpr int PdfLevel = 1;

private:
    int m_previous;
};

} // namespace Figdeck
