// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Figdeck {

// The translation context of every loader and validator message, in a form lupdate can see:
// ReportLoader::tr("...") is QCoreApplication::translate("Figdeck::ReportLoader", "...").
struct ReportLoader
{
    Q_DECLARE_TR_FUNCTIONS(Figdeck::ReportLoader)
};

} // namespace Figdeck
