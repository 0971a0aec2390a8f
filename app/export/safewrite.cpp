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

// Writes into an existing node without replacing it; the error names the write's own reason.
QString writeDirect(const QString &path, const QByteArray &bytes)
{
    const QByteArray native = QFile::encodeName(path);
    int fd;
    do {
        fd = ::open(native.constData(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0)
        return cannotWrite(path, systemError(errno));
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int err = n < 0 ? errno : ENOSPC;
            ::close(fd);
            return cannotWrite(path, systemError(err));
        }
        data += n;
        left -= n;
    }
    if (::close(fd) != 0 && errno != EINTR)
        return cannotWrite(path, systemError(errno));
    return {};
}

// QSaveFile, unbuffered and written until done: a short write (a disk filling up) is followed
// by the write that fails with the system's reason, instead of Qt's "Unknown error".
QString writeReplacing(const QString &path, const QByteArray &bytes)
{
    // Missing folders are created, as --export does; when that fails, opening the file says
    // why ("Not a directory", "Permission denied").
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return cannotWrite(path, file.errorString());
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        errno = 0;
        const qint64 n = file.write(data, left);
        if (n <= 0) {
            const int err = errno;
            const QString reason = err != 0 ? systemError(err) : file.errorString();
            file.cancelWriting();
            return cannotWrite(path, reason);
        }
        data += n;
        left -= n;
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

ExportResult writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    ExportResult result;
    result.path = path;
    const TargetCheck check = checkWriteTarget(path);
    switch (check.kind) {
    case WriteTarget::Refused:
        result.error = check.error;
        break;
    case WriteTarget::Direct:
        result.error = writeDirect(path, bytes);
        break;
    case WriteTarget::Replace:
        result.error = writeReplacing(path, bytes);
        break;
    }
    result.ok = result.error.isEmpty();
    return result;
}

} // namespace Figdeck
