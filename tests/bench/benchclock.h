// SPDX-License-Identifier: GPL-3.0-or-later
// What the benchmark programs measure with: this thread's CPU time, and the median of runs.
#pragma once

#include <QList>

#include <algorithm>
#include <ctime>

namespace Figdeck::Bench {

inline double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

// The median of times (0 for none).
inline double median(QList<double> times)
{
    if (times.isEmpty())
        return 0;
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace Figdeck::Bench
