// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Translation context and shared wording of figdeck_export. Internal.

#include <QCoreApplication>
#include <QString>

namespace Figdeck::ExportText {

inline QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Figdeck::Export", text, disambiguation, n);
}

} // namespace Figdeck::ExportText
