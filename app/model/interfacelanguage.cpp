// SPDX-License-Identifier: GPL-3.0-or-later
#include "interfacelanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

#include <memory>

namespace Figdeck {

namespace {

// The catalogs in use, so that the next language replaces them rather than stacking up.
struct Installed
{
    QPointer<QTranslator> figdeck;
    QPointer<QTranslator> qt;
};

Installed &installed()
{
    static Installed catalogs;
    return catalogs;
}

void replace(QPointer<QTranslator> &slot, QTranslator *next)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot.data();
    }
    slot = next;
    if (next)
        QCoreApplication::installTranslator(next);
}

} // namespace

bool useInterfaceLanguage(const QString &code)
{
    QCoreApplication *app = QCoreApplication::instance();
    const QLocale locale(code);
    auto figdeck = std::make_unique<QTranslator>(app);
    const bool own = figdeck->load(locale, QStringLiteral("figdeck"), QStringLiteral("_"),
                                   QStringLiteral(":/i18n"));
    if (!own && !figdeck->load(QStringLiteral(":/i18n/figdeck_en.qm")))
        figdeck.reset();
    auto qt = std::make_unique<QTranslator>(app);
    if (!qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        qt.reset();
    // Qt's first, then Figdeck's: the last installed is asked first.
    replace(installed().qt, qt.release());
    replace(installed().figdeck, figdeck.release());
    return own;
}

} // namespace Figdeck
