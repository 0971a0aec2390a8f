// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to figdeck_export: memory for writers that paint many pages.

namespace Figdeck {

// While one lives, memory the C library frees stays with the process, to be handed out again,
// instead of going back to the kernel at once; when the last one ends, the free memory goes
// back.
//
// Qt 6.4's PDF engine compresses each page through two 16 MiB buffers it allocates and frees
// again (QPdfEnginePrivate::writeCompressed). glibc returned that memory to the kernel after
// every page, and the next page took it back page fault by page fault: a 1,400-page summary
// made 60,000 page faults instead of 5,600 and spent a tenth of its CPU in the kernel.
//
// Nested and concurrent scopes share one state. Outside glibc it does nothing.
class PagedMemory
{
public:
    PagedMemory();
    ~PagedMemory();
    PagedMemory(const PagedMemory &) = delete;
    PagedMemory &operator=(const PagedMemory &) = delete;

    // Free memory above this size is returned to the kernel while a scope lives (at the heap's
    // top, the only place it can go back from), and allocations up to half of it come from the
    // heap rather than from a mapping of their own.
    static constexpr long long KeptBytes = 64LL * 1024 * 1024;
};

} // namespace Figdeck
