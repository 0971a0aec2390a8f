// SPDX-License-Identifier: GPL-3.0-or-later
#include "lazyiconstyle.h"

#include <QIconEngine>
#include <QPainter>
#include <QPointer>
#include <QStyleOption>
#include <QWidget>

#include <optional>

namespace Figdeck {

namespace {

// Asks the style for its icon on the first call that needs the picture.
class DeferredStandardIcon : public QIconEngine
{
public:
    DeferredStandardIcon(const QProxyStyle *style, QStyle::StandardPixmap icon,
                         const QStyleOption *option, const QWidget *widget)
        : m_style(const_cast<QProxyStyle *>(style))
        , m_icon(icon)
        , m_widget(const_cast<QWidget *>(widget))
    {
        if (option)
            m_option = *option;
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        loaded().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return loaded().pixmap(size, mode, state);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        return loaded().pixmap(size, scale, mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return loaded().actualSize(size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return loaded().availableSizes(mode, state);
    }
    bool isNull() override { return loaded().isNull(); }
    QString key() const override { return QStringLiteral("FigdeckDeferredStandardIcon"); }
    QIconEngine *clone() const override
    {
        auto *copy =
            new DeferredStandardIcon(m_style, m_icon, m_option ? &*m_option : nullptr, m_widget);
        copy->m_loaded = m_loaded;
        copy->m_resolved = m_resolved;
        return copy;
    }

private:
    const QIcon &loaded()
    {
        if (!m_loaded) {
            // The base style directly: this proxy would hand out another deferred icon.
            if (m_style && m_style->baseStyle())
                m_resolved = m_style->baseStyle()->standardIcon(
                    m_icon, m_option ? &*m_option : nullptr, m_widget);
            m_loaded = true;
        }
        return m_resolved;
    }

    // Not owned; either may be gone by the time the icon is drawn.
    QPointer<QProxyStyle> m_style;
    QStyle::StandardPixmap m_icon;
    std::optional<QStyleOption> m_option;
    QPointer<QWidget> m_widget;
    bool m_loaded = false;
    QIcon m_resolved;
};

} // namespace

LazyIconStyle::LazyIconStyle(const QString &baseStyle)
    : QProxyStyle(baseStyle)
{
}

QIcon LazyIconStyle::standardIcon(StandardPixmap icon, const QStyleOption *option,
                                  const QWidget *widget) const
{
    // A plain option is kept as a copy; a subclass's fields would be lost in one: ask at once.
    if (option && option->type != QStyleOption::SO_Default)
        return QProxyStyle::standardIcon(icon, option, widget);
    return QIcon(new DeferredStandardIcon(this, icon, option, widget));
}

} // namespace Figdeck
