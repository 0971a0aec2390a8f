// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSettings>
#include <QString>
#include <QVariant>

namespace Figdeck {

// The window's settings while it is open: read from QSettings, changed in memory, and written
// once by write() (on close). Every QSettings that is destroyed after a change rewrites the whole
// file with an fsync; a figure switch must not cost that. A value equal to the stored one is
// not a change: write() leaves the file alone when nothing changed.
class PendingSettings
{
public:
    QVariant value(const QString &key, const QVariant &fallback = {}) const;
    void setValue(const QString &key, const QVariant &value);
    bool hasChanges() const { return !m_changed.isEmpty(); }
    // Writes the changed values in one sync; false when that write failed.
    bool write();

private:
    QSettings m_stored; // only read until write()
    QHash<QString, QVariant> m_changed;
};

} // namespace Figdeck
