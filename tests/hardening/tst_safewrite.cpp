// SPDX-License-Identifier: GPL-3.0-or-later
// Files and paths are the user's, not an attacker's: every writer goes through
// writeFileAtomically (exportwriter.h), tested here on planted links, odd targets and a write
// that runs out of room.
#include "exportwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <sys/resource.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace Figdeck;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeText(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// The file type of path itself (not of a link's target).
mode_t nodeType(const char *path)
{
    struct stat st;
    return ::lstat(path, &st) == 0 ? (st.st_mode & S_IFMT) : 0;
}

QString systemError(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

// A sticky, world-writable folder like /tmp, owned by the test's user.
bool makeShared(const QString &path)
{
    return QDir().mkpath(path) && ::chmod(QFile::encodeName(path).constData(), 01777) == 0;
}

// An id no account on the machine uses: stands for "another user" (lchown needs root).
constexpr uid_t OtherUser = 64999;

} // namespace

class TestSafeWrite : public QObject
{
    Q_OBJECT
private slots:
    void regularFileAndMissingFolders()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"new dir/deeper/x.pdf"_qs);
        const ExportResult r = writeFileAtomically(path, "hello");
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(readAll(path), QByteArray("hello"));
    }

    void folderIsRefused()
    {
        QTemporaryDir dir;
        const ExportResult r = writeFileAtomically(dir.path(), "x");
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(u"it is a folder"_qs), qPrintable(r.error));
        QVERIFY(QFileInfo(dir.path()).isDir());
    }

    void fifoIsReadWholeByItsReader()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(u"pipe"_qs);
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        const QByteArray bytes = QByteArray(1 << 20, 'p') + "end"; // more than a pipe's buffer
        QByteArray received;
        std::thread reader([&] { received = readAll(fifo); });
        const ExportResult r = writeFileAtomically(fifo, bytes);
        reader.join();
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(received.size(), bytes.size());
        QVERIFY(received == bytes);
        QVERIFY2(nodeType(QFile::encodeName(fifo).constData()) == S_IFIFO, "the FIFO was replaced");
    }

    void deviceIsWrittenNotReplaced()
    {
        const ExportResult r = writeFileAtomically(u"/dev/null"_qs, "nothing");
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(nodeType("/dev/null"), mode_t(S_IFCHR));
    }

    void fullDeviceReportsTheSystemsReason()
    {
        if (!QFileInfo::exists(u"/dev/full"_qs))
            QSKIP("no /dev/full on this system");
        const ExportResult r = writeFileAtomically(u"/dev/full"_qs, QByteArray(100000, 'x'));
        QVERIFY(!r.ok);
        QCOMPARE(r.error, u"Cannot write '/dev/full': "_qs + systemError(ENOSPC) + u'.');
        QVERIFY2(nodeType("/dev/full") == S_IFCHR, "the device node was replaced");
    }

    // A file-size limit stops the write part-way, as a disk filling up does: the reason is the
    // system's ("File too large"), never "Unknown error"; the old file stays as it was.
    void writeStoppedMidwayReportsTheRealReason()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"big.pdf"_qs);
        QVERIFY(writeText(path, "old"));
        struct rlimit saved;
        QVERIFY(::getrlimit(RLIMIT_FSIZE, &saved) == 0);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        struct rlimit small = saved;
        small.rlim_cur = 64 * 1024;
        QVERIFY(::setrlimit(RLIMIT_FSIZE, &small) == 0);
        const ExportResult r = writeFileAtomically(path, QByteArray(1 << 20, 'x'));
        ::setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, oldHandler);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.endsWith(systemError(EFBIG) + u'.'), qPrintable(r.error));
        QVERIFY(!r.error.contains(u"Unknown error"_qs));
        QCOMPARE(readAll(path), QByteArray("old"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"big.pdf"_qs});
    }

    void ownLinkInSharedFolderIsFollowed()
    {
        QTemporaryDir dir;
        const QString shared = dir.filePath(u"shared"_qs);
        QVERIFY(makeShared(shared));
        const QString target = dir.filePath(u"mine.pdf"_qs);
        const QString link = shared + u"/x.pdf"_qs;
        QVERIFY(QFile::link(target, link));
        const ExportResult r = writeFileAtomically(link, "mine");
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(readAll(target), QByteArray("mine"));
        QVERIFY(QFileInfo(link).isSymLink());
    }

    void plantedLinkIsRefused_data()
    {
        QTest::addColumn<bool>("sharedFolder");
        QTest::addColumn<bool>("refused");
        QTest::newRow("sticky world-writable folder") << true << true;
        QTest::newRow("private folder") << false << false; // the kernel follows it too
    }
    void plantedLinkIsRefused()
    {
        QFETCH(bool, sharedFolder);
        QFETCH(bool, refused);
        if (::geteuid() != 0)
            QSKIP("planting another user's link needs root (lchown); run the tests as root to "
                  "cover it");
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"tmp"_qs);
        QVERIFY(sharedFolder ? makeShared(folder) : QDir().mkpath(folder));
        const QString victim = dir.filePath(u"victim"_qs);
        QVERIFY(writeText(victim, "precious"));
        const QString link = folder + u"/x.pdf"_qs;
        QVERIFY(QFile::link(victim, link));
        QVERIFY(::lchown(QFile::encodeName(link).constData(), OtherUser, OtherUser) == 0);

        const ExportResult r = writeFileAtomically(link, "attacker wins");
        if (refused) {
            QVERIFY(!r.ok);
            QVERIFY2(r.error.contains(u"symbolic link"_qs) &&
                         r.error.contains(QDir::toNativeSeparators(folder)),
                     qPrintable(r.error));
            QCOMPARE(readAll(victim), QByteArray("precious"));
            QVERIFY(QFileInfo(link).isSymLink());
        } else {
            QVERIFY2(r.ok, qPrintable(r.error));
            QCOMPARE(readAll(victim), QByteArray("attacker wins"));
        }
    }
};

QTEST_GUILESS_MAIN(TestSafeWrite)
#include "tst_safewrite.moc"
