// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagedmemory.h"

#include <QMutex>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace Figdeck {

namespace {

QMutex scopesMutex;
int scopes = 0; // guarded by scopesMutex

#if defined(__GLIBC__)
// glibc's own starting values (its manual, "Malloc Tunable Parameters").
constexpr int DefaultTrimThreshold = 128 * 1024;
constexpr int DefaultMmapThreshold = 128 * 1024;
#endif

} // namespace

PagedMemory::PagedMemory()
{
    const QMutexLocker lock(&scopesMutex);
    if (scopes++ > 0)
        return;
#if defined(__GLIBC__)
    mallopt(M_TRIM_THRESHOLD, int(KeptBytes));
    // At most 32 MiB on 64-bit glibc (HEAP_MAX_SIZE / 2); a 16 MiB buffer stays below it.
    mallopt(M_MMAP_THRESHOLD, int(KeptBytes / 2));
#endif
}

PagedMemory::~PagedMemory()
{
    const QMutexLocker lock(&scopesMutex);
    if (--scopes > 0)
        return;
#if defined(__GLIBC__)
    mallopt(M_TRIM_THRESHOLD, DefaultTrimThreshold);
    mallopt(M_MMAP_THRESHOLD, DefaultMmapThreshold);
    malloc_trim(0);
#endif
}

} // namespace Figdeck
