// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the report-pack loader (build with -DFIGDECK_FUZZ=ON and clang, run with
// `make fuzz`). Besides "does not crash, hang or leak", every report the loader accepts must
// survive write -> load unchanged, and writing it again must give the same bytes.
// The same function runs over the regression corpus in the ordinary test suite
// (tst_fuzz_corpus), so every input fuzzing ever found stays a test.
#include "reportloader.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Figdeck;
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const LoadResult loaded = parseReportPack(bytes, QStringLiteral("fuzz.json"));
    // Every diagnostic can be printed (the path and message builders run on hostile text too).
    for (const Diagnostic &d : loaded.diagnostics)
        (void)d.toString();
    if (!loaded.ok())
        return 0;
    const QByteArray written = serializeReportPack(*loaded.report);
    const LoadResult reloaded = parseReportPack(written, QStringLiteral("roundtrip.json"));
    if (!reloaded.ok()) {
        std::fprintf(stderr, "round trip: the written report does not load: %s\n",
                     qPrintable(reloaded.diagnostics.value(0).toString()));
        std::abort();
    }
    if (!(*reloaded.report == *loaded.report)) {
        std::fprintf(stderr, "round trip: the reloaded report differs\n");
        std::abort();
    }
    if (serializeReportPack(*reloaded.report) != written) {
        std::fprintf(stderr, "round trip: writing the reloaded report gives other bytes\n");
        std::abort();
    }
    return 0;
}
