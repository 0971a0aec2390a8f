// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to figdeck_export.

#include "figureexport.h"

#include <QByteArray>
#include <QString>

namespace Figdeck {

// Writes bytes to path (safewrite.cpp). A regular file (or none yet) through QSaveFile: on any
// failure the old file stays as it was and no partial file is left; missing folders are
// created. A device, FIFO or socket is written into, never replaced. A symbolic link another
// user planted in a sticky world-writable folder is refused. The error names the file and the
// system's own reason ("No space left on device").
ExportResult writeFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace Figdeck
