// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to figdeck_export: how every writer (figures, summary, later decks and data files)
// puts bytes at a path the user named, without an attacker's link or node taking the write.

#include <QString>

namespace Figdeck {

enum class WriteTarget {
    Replace, // a regular file or nothing yet: written atomically through QSaveFile
    Direct,  // a device, FIFO or socket (or /dev/stdout): written into as it is, never replaced
    Refused, // a link planted by another user in a shared folder, or a folder
};

struct TargetCheck
{
    WriteTarget kind = WriteTarget::Replace;
    QString error; // for Refused: "cannot write /tmp/x.pdf: ..."
};

// Decides how path may be written. A symbolic link in a sticky, world-writable folder is
// followed only when the writer or the folder's owner owns it, as the kernel's
// fs.protected_symlinks does for open(2) (QSaveFile resolves links itself, so the kernel's rule
// never applies to it).
TargetCheck checkWriteTarget(const QString &path);

} // namespace Figdeck
