// SPDX-License-Identifier: GPL-3.0-or-later
#include "wraplabel.h"

#include <QEvent>

namespace Figdeck {

WrapLabel::WrapLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
}

int WrapLabel::heightForWidth(int width) const
{
    // QLabel's setters are not virtual: a changed text, margin, indent or format is seen here
    // (an unchanged text is the same shared string, compared at once).
    Key key{text(), margin(), indent(), textFormat()};
    if (!(key == m_key)) {
        m_key = std::move(key);
        m_heights.fill({});
    }
    for (const Entry &entry : m_heights) {
        if (entry.width == width)
            return entry.height;
    }
    const int height = QLabel::heightForWidth(width);
    m_heights[size_t(m_next)] = {width, height};
    m_next = (m_next + 1) % int(m_heights.size());
    return height;
}

void WrapLabel::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::ContentsRectChange:
        m_heights.fill({});
        break;
    default:
        break;
    }
    QLabel::changeEvent(event);
}

} // namespace Figdeck
