// SPDX-License-Identifier: GPL-3.0-or-later
// Safe writes: atomic for regular files, direct for devices and FIFOs, refused for planted links.
#include "safewrite.h"

#include "exportstrings.h"
#include "exportwriter.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Figdeck {

namespace {

QString systemError(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

QString cannotWrite(const QString &path, const QString &reason)
{
    return ExportMessage::tr("Cannot write '%1': %2.").arg(QDir::toNativeSeparators(path), reason);
}

bool isSpecialNode(mode_t mode)
{
    return S_ISCHR(mode) || S_ISBLK(mode) || S_ISFIFO(mode) || S_ISSOCK(mode);
}

// What a writer streams into: a QSaveFile or an open node, written until done, so that a short
// write (a disk filling up) is followed by the write that fails with the system's reason,
// instead of Qt's "Unknown error". After a failure every write fails and failure() says why.
class TargetDevice : public QIODevice
{
public:
    explicit TargetDevice(QSaveFile *file)
        : m_file(file)
    {
    }
    explicit TargetDevice(int fd)
        : m_fd(fd)
    {
    }
    bool isSequential() const override { return true; }
    const QString &failure() const { return m_failure; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        if (!m_failure.isEmpty())
            return -1;
        qint64 left = size;
        while (left > 0) {
            errno = 0;
            const qint64 n = m_file ? m_file->write(data, left) : ::write(m_fd, data, size_t(left));
            if (n < 0 && !m_file && errno == EINTR)
                continue;
            if (n <= 0) {
                const int err = errno != 0 ? errno : (m_file ? 0 : ENOSPC);
                m_failure = err != 0 ? systemError(err) : m_file->errorString();
                return -1;
            }
            data += n;
            left -= n;
        }
        return size;
    }

private:
    QSaveFile *m_file = nullptr;
    int m_fd = -1;
    QString m_failure;
};

// Streams into an existing node without replacing it; the error names the write's own reason.
QString writeDirect(const QString &path, const StreamWriter &produce)
{
    const QByteArray native = QFile::encodeName(path);
    int fd;
    do {
        fd = ::open(native.constData(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0)
        return cannotWrite(path, systemError(errno));
    TargetDevice device(fd);
    device.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    const QString produced = produce(device);
    device.close();
    if (!device.failure().isEmpty()) {
        ::close(fd);
        return cannotWrite(path, device.failure());
    }
    if (::close(fd) != 0 && errno != EINTR)
        return cannotWrite(path, systemError(errno));
    return produced;
}

// Streams into a QSaveFile, unbuffered: the old file stays as it was on any failure.
QString writeReplacing(const QString &path, const StreamWriter &produce)
{
    // Missing folders are created, as --export does; when that fails, opening the file says
    // why ("Not a directory", "Permission denied").
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return cannotWrite(path, file.errorString());
    TargetDevice device(&file);
    device.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    const QString produced = produce(device);
    device.close();
    if (!device.failure().isEmpty() || !produced.isEmpty()) {
        file.cancelWriting();
        return produced.isEmpty() ? cannotWrite(path, device.failure()) : produced;
    }
    if (!file.commit())
        return cannotWrite(path, file.errorString());
    return {};
}

} // namespace

TargetCheck checkWriteTarget(const QString &path)
{
    TargetCheck check;
    const QByteArray native = QFile::encodeName(path);
    struct stat link;
    if (::lstat(native.constData(), &link) != 0)
        return check; // nothing there yet (or unreadable: QSaveFile reports why)
    if (S_ISLNK(link.st_mode)) {
        const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
        struct stat dir;
        if (::stat(folder.constData(), &dir) == 0 && (dir.st_mode & S_ISVTX) &&
            (dir.st_mode & S_IWOTH) && link.st_uid != ::geteuid() && link.st_uid != dir.st_uid) {
            check.kind = WriteTarget::Refused;
            check.error = cannotWrite(
                path,
                ExportMessage::tr("it is a symbolic link another user made in the shared folder "
                                  "%1; refusing to follow it (as the system's "
                                  "protected_symlinks rule does)")
                    .arg(QDir::toNativeSeparators(QString::fromLocal8Bit(folder))));
            return check;
        }
    }
    struct stat target;
    if (::stat(native.constData(), &target) != 0)
        return check; // a dangling link of the user's own: QSaveFile creates its target
    if (S_ISDIR(target.st_mode)) {
        check.kind = WriteTarget::Refused;
        check.error = cannotWrite(path, ExportMessage::tr("it is a folder"));
    } else if (isSpecialNode(target.st_mode) ||
               QFileInfo(path).canonicalFilePath().startsWith(QLatin1String("/proc/"))) {
        // /dev/stdout and friends lead to /proc/self/fd/N: the open file, not a path to replace.
        check.kind = WriteTarget::Direct;
    }
    return check;
}

ExportResult writeFileStreamed(const QString &path, const StreamWriter &produce)
{
    ExportResult result;
    result.path = path;
    const TargetCheck check = checkWriteTarget(path);
    switch (check.kind) {
    case WriteTarget::Refused:
        result.error = check.error;
        break;
    case WriteTarget::Direct:
        result.error = writeDirect(path, produce);
        break;
    case WriteTarget::Replace:
        result.error = writeReplacing(path, produce);
        break;
    }
    result.ok = result.error.isEmpty();
    return result;
}

ExportResult writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    return writeFileStreamed(path, [&](QIODevice &device) {
        device.write(bytes); // a failure is the device's, reported by writeFileStreamed
        return QString();
    });
}

} // namespace Figdeck
