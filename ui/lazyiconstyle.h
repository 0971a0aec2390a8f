// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

namespace Figdeck {

// The platform's own style, with its standard icons loaded when first drawn rather than when
// asked for. Qt's tool bars and menu bar ask for their overflow button's icon as they are built;
// the style reads it from an image file, and reading the first image file loads and probes
// every image format plugin, a tenth of start-up's work, for a button that shows only when a
// bar overflows. Each icon still is the style's, drawn the same.
class LazyIconStyle : public QProxyStyle
{
    Q_OBJECT
public:
    // baseStyle: a style's key, as QStyleFactory knows it (the application's style's name).
    explicit LazyIconStyle(const QString &baseStyle);

    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};

} // namespace Figdeck
