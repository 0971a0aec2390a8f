// SPDX-License-Identifier: GPL-3.0-or-later
#include "livetexts.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>
#include <QToolBar>

namespace Figdeck {

QString LiveTexts::mark(const char *source)
{
    const QString text = QCoreApplication::translate(m_context, source);
    m_marked.insert(text, source);
    return text;
}

void LiveTexts::adoptText(QObject *target, const QString &text, Field field)
{
    const auto marked = m_marked.constFind(text);
    if (!text.isEmpty() && marked != m_marked.cend())
        m_entries.append({target, marked.value(), field});
}

void LiveTexts::adopt(QWidget *bar)
{
    if (qobject_cast<QToolBar *>(bar))
        adoptText(bar, bar->windowTitle(), Field::WindowTitle);
    for (QAction *action : bar->actions()) {
        if (QMenu *menu = action->menu()) {
            adoptText(menu, menu->title(), Field::MenuTitle);
            adopt(menu);
            continue;
        }
        adoptText(action, action->text(), Field::Text);
        adoptText(action, action->statusTip(), Field::StatusTip);
    }
}

void LiveTexts::retranslate() const
{
    // Window titles first: a tool bar's new title also becomes its toggle action's text, which
    // the action's own entry then sets to the text the window chose for it ("&Toolbar").
    QList<const Entry *> ordered;
    ordered.reserve(m_entries.size());
    for (const Entry &entry : m_entries) {
        if (entry.field == Field::WindowTitle)
            ordered.prepend(&entry);
        else
            ordered.append(&entry);
    }
    for (const Entry *e : ordered) {
        const Entry &entry = *e;
        if (!entry.target)
            continue; // deleted with its menu
        const QString text = QCoreApplication::translate(m_context, entry.source);
        switch (entry.field) {
        case Field::Text:
            static_cast<QAction *>(entry.target.data())->setText(text);
            break;
        case Field::StatusTip:
            static_cast<QAction *>(entry.target.data())->setStatusTip(text);
            break;
        case Field::MenuTitle:
            static_cast<QMenu *>(entry.target.data())->setTitle(text);
            break;
        case Field::WindowTitle:
            static_cast<QWidget *>(entry.target.data())->setWindowTitle(text);
            break;
        }
    }
}

} // namespace Figdeck
