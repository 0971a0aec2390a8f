// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QPointer>
#include <QString>

class QObject;
class QWidget;

namespace Figdeck {

// The texts of a long-lived window's menus, actions and tool bars that follow the interface
// language when it changes while the window is open (View > Language, no restart).
//
// Where a text is set, mark() translates it (its source marked with QT_TR_NOOP for lupdate,
// in the context given here) and remembers which source gave that translation; adopt() then
// walks a menu bar, menu or tool bar and records every action text, status tip, menu title and
// tool bar title that a marked source gave. retranslate() sets each recorded text again from
// the catalogs now installed.
class LiveTexts
{
public:
    explicit LiveTexts(const char *context)
        : m_context(context)
    {
    }

    QString mark(const char *source);
    void adopt(QWidget *bar);
    void retranslate() const;

private:
    enum class Field { Text, StatusTip, MenuTitle, WindowTitle };
    struct Entry
    {
        QPointer<QObject> target;
        const char *source;
        Field field;
    };
    void adoptText(QObject *target, const QString &text, Field field);

    const char *m_context;
    QHash<QString, const char *> m_marked; // translation -> source, for adopt()
    QList<Entry> m_entries;
};

} // namespace Figdeck
