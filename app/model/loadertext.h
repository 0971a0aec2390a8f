// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Figdeck {

// The translation context of every loader and validator message, in a form lupdate can see:
// ReportLoader::tr("...") is QCoreApplication::translate("Figdeck::ReportLoader", "...").
struct ReportLoader
{
    Q_DECLARE_TR_FUNCTIONS(Figdeck::ReportLoader)
};

// How the loader's and the validator's messages quote what they found, in one place so that a
// message reads the same whoever finds the problem.
namespace LoaderText {
// At most 200 characters of a value or a path: a hostile 8 MiB key cannot fill memory or a
// terminal.
QString elided(const QString &s);
QString quoted(const QString &s); // "\"" + elided(s) + "\""
QString numberText(double value); // the shortest form that reads back as the same double
} // namespace LoaderText

} // namespace Figdeck
