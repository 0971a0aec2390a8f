// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The translation context of figdeck_export's user-visible strings. Internal.

#include <QCoreApplication>

namespace Figdeck {

// Call sites write Export::tr("..."), which lupdate files under "Figdeck::Export".
class Export
{
    Q_DECLARE_TR_FUNCTIONS(Figdeck::Export)
};

} // namespace Figdeck
