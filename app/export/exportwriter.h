// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to figdeck_export.

#include "figureexport.h"

#include <QByteArray>
#include <QString>

namespace Figdeck {

// Writes bytes to path through QSaveFile: on any failure the old file stays as it was and no
// partial file is left; the error names the file and the writer's reason.
ExportResult writeFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace Figdeck
