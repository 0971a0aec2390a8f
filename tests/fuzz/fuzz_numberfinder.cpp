// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the number finder (build with -DFIGDECK_FUZZ=ON and clang, run with
// `make fuzz`). Besides "does not crash, hang or leak": every number found points into the text
// (its line and column are a position of the text, its quote is the text at that place and its
// span lies inside the quote), its value is finite, and the work stays in proportion to the text
// (never more numbers than characters). The same function runs over the regression corpus in
// the ordinary test suite (tst_fuzz_numberfinder).
#include "fuzzchecks.h"

#include <QByteArray>
#include <QString>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    Figdeck::Fuzz::checkFoundNumbers(text);
    return 0;
}
