// SPDX-License-Identifier: GPL-3.0-or-later
// Memory while many pages are written: what the PDF engine frees after a page is there for the
// next one, and what is left free goes back to the system once the writing ends.
#include "pagedmemory.h"
#include "reportloader.h"
#include "summarydocument.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QTest>

#include <cstdlib>
#include <cstring>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#if defined(__SANITIZE_ADDRESS__)
#define FIGDECK_OWN_ALLOCATOR 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define FIGDECK_OWN_ALLOCATOR 1
#endif
#endif

using namespace Figdeck;

namespace {

constexpr size_t MiB = 1024 * 1024;

#if defined(__GLIBC__)
// Free bytes at the top of the heap, which the next allocation takes without asking the kernel.
size_t freeAtTop()
{
    return mallinfo2().keepcost;
}

// Bytes in mappings of their own (allocations above the mapping threshold).
size_t mappedBytes()
{
    return mallinfo2().hblkhd;
}

// An allocation of size written through, as the PDF engine writes into its buffers, then freed.
void allocateAndFree(size_t size)
{
    auto *block = static_cast<char *>(std::malloc(size));
    QVERIFY(block);
    std::memset(block, 1, size);
    std::free(block);
}
#endif

} // namespace

class TestPagedMemory : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
#if !defined(__GLIBC__) || defined(FIGDECK_OWN_ALLOCATOR)
        QSKIP("glibc's allocator only");
#endif
    }

    void freedBlocksStayForTheNextPage_data()
    {
        QTest::addColumn<size_t>("size");
        QTest::newRow("1 MiB") << 1 * MiB;
        QTest::newRow("Qt's 16 MiB compression buffer") << 16 * MiB + 2;
        QTest::newRow("30 MiB") << 30 * MiB;
    }
    void freedBlocksStayForTheNextPage()
    {
#if defined(__GLIBC__)
        QFETCH(size_t, size);
        const PagedMemory memory;
        const size_t mappedBefore = mappedBytes();
        auto *block = static_cast<char *>(std::malloc(size));
        QVERIFY(block);
        std::memset(block, 1, size);
        // From the heap, not a mapping of its own that free() would unmap at once.
        QCOMPARE(mappedBytes(), mappedBefore);
        std::free(block);
        // Still the process's, for the next page to write into.
        QVERIFY2(freeAtTop() >= size, qPrintable(QString::number(freeAtTop())));
#endif
    }

    void freeMemoryGoesBackAfterwards()
    {
#if defined(__GLIBC__)
        {
            const PagedMemory memory;
            allocateAndFree(24 * MiB);
            QVERIFY(freeAtTop() >= 24 * MiB);
        }
        // glibc keeps 128 KiB of padding at the top; nothing like the 24 MiB.
        QVERIFY2(freeAtTop() < 1 * MiB, qPrintable(QString::number(freeAtTop())));
        // And its usual rule is back: a large block is a mapping of its own again.
        const size_t mappedBefore = mappedBytes();
        void *block = std::malloc(16 * MiB);
        QVERIFY(block);
        QVERIFY(mappedBytes() >= mappedBefore + 16 * MiB);
        std::free(block);
#endif
    }

    void innerScopeKeepsTheOuterOnesMemory()
    {
#if defined(__GLIBC__)
        const PagedMemory outer;
        {
            const PagedMemory inner;
            allocateAndFree(8 * MiB);
        }
        // The outer writer is still writing pages.
        QVERIFY(freeAtTop() >= 8 * MiB);
        allocateAndFree(20 * MiB);
        QVERIFY(freeAtTop() >= 20 * MiB);
#endif
    }

    void summaryLeavesNoFreedPagesBehind()
    {
#if defined(__GLIBC__)
        const Report report = embeddedReport();
        QByteArray pdf;
        QBuffer buffer(&pdf);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        int pages = 0;
        {
            QPdfWriter writer(&buffer);
            pages = paintSummary(writer, report, SummaryOptions());
        }
        // The embedded report's summary: cover, a section per figure, the closing section.
        QVERIFY2(pages >= 5, qPrintable(QString::number(pages)));
        QVERIFY(pdf.startsWith("%PDF-"));
        // Each page went through Qt's 16 MiB buffers; none of that is left free at the top.
        QVERIFY2(freeAtTop() < 1 * MiB, qPrintable(QString::number(freeAtTop())));
#endif
    }
};

QTEST_MAIN(TestPagedMemory)

#include "tst_pagedmemory.moc"
