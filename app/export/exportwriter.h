// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to figdeck_export.

#include "figureexport.h"

#include <QByteArray>
#include <QString>

#include <functional>

class QIODevice;

namespace Figdeck {

// Writes bytes to path (safewrite.cpp). A regular file (or none yet) through QSaveFile: on any
// failure the old file stays as it was and no partial file is left; missing folders are
// created. A device, FIFO or socket is written into, never replaced. A symbolic link another
// user planted in a sticky world-writable folder is refused. The error names the file and the
// system's own reason ("No space left on device").
ExportResult writeFileAtomically(const QString &path, const QByteArray &bytes);

// Writes what a writer streams into the device, with the same guarantees, for output too large
// to hold in memory (a summary of thousands of pages). The writer returns an empty string, or
// the error to report (then a replaced file stays as it was). A failed write is reported with
// the system's reason, whatever the writer returns.
using StreamWriter = std::function<QString(QIODevice &device)>;
ExportResult writeFileStreamed(const QString &path, const StreamWriter &produce);

} // namespace Figdeck
