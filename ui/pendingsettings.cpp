// SPDX-License-Identifier: GPL-3.0-or-later
#include "pendingsettings.h"

namespace Figdeck {

QVariant PendingSettings::value(const QString &key, const QVariant &fallback) const
{
    const auto changed = m_changed.constFind(key);
    if (changed != m_changed.cend())
        return *changed;
    return m_stored.value(key, fallback);
}

void PendingSettings::setValue(const QString &key, const QVariant &value)
{
    // An INI file gives back strings ("true", one-item lists): compare in the new value's type.
    QVariant stored = m_stored.value(key);
    if (stored.isValid() && stored.metaType() != value.metaType() &&
        stored.canConvert(value.metaType()))
        stored.convert(value.metaType());
    if (stored == value)
        m_changed.remove(key); // back to what the file holds: nothing to write
    else
        m_changed.insert(key, value);
}

bool PendingSettings::write()
{
    if (m_changed.isEmpty())
        return true;
    // QSettings' status is sticky (and on some systems AccessError from reading a missing
    // system-wide file already): only an error that the write itself brings counts.
    const QSettings::Status before = m_stored.status();
    for (auto it = m_changed.cbegin(); it != m_changed.cend(); ++it)
        m_stored.setValue(it.key(), it.value());
    m_changed.clear();
    m_stored.sync();
    return m_stored.status() == QSettings::NoError || m_stored.status() == before;
}

} // namespace Figdeck
