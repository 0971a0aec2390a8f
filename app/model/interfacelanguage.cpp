// SPDX-License-Identifier: GPL-3.0-or-later
#include "interfacelanguage.h"

#include "report.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

#include <atomic>
#include <cstring>
#include <memory>

namespace Figdeck {

namespace {

thread_local int interfaceWordsScopes = 0; // InterfaceWordsScope alive on this thread

// The codes of the languages Figdeck's words are in now, as static strings of
// uiLanguageTable() so that painting on any thread reads them without a lock: the interface's
// (null before one is set: English) and the report texts' (null: the interface's).
std::atomic<const char *> interfaceWordsCode{nullptr};
std::atomic<const char *> reportWordsCode{nullptr};

// The table's own string for an interface language code; English's for any other.
const char *tableCode(const QString &code)
{
    for (const UiLanguageEntry &e : uiLanguageTable()) {
        if (e.code == code)
            return e.code.data();
    }
    return uiLanguageTable().constFirst().code.data();
}

// The translation contexts whose strings stand inside a report's texts.
bool isReportTextContext(const char *context)
{
    static constexpr const char *contexts[] = {"Figdeck::Format", "Figdeck::Model",
                                               "Figdeck::Charts", "Figdeck::Export"};
    for (const char *c : contexts) {
        if (std::strcmp(context, c) == 0)
            return true;
    }
    return false;
}

// Figdeck's catalogs. Loaded on the thread that sets a language, kept until the process ends
// and published through atomics, so that painting on any thread reads them without a lock.
class FigdeckCatalogs final : public QTranslator
{
public:
    // The catalog for a language code ("zh_CN"), English when Figdeck has none; found tells
    // whether the language's own was there.
    const QTranslator *catalog(const QString &code, bool *found = nullptr)
    {
        auto it = m_loaded.constFind(code);
        if (it == m_loaded.constEnd()) {
            auto next = std::make_unique<QTranslator>();
            const bool own = next->load(QLocale(code), QStringLiteral("figdeck"),
                                        QStringLiteral("_"), QStringLiteral(":/i18n"));
            if (!own && !next->load(QStringLiteral(":/i18n/figdeck_en.qm")))
                next.reset();
            it = m_loaded.insert(code, {next.release(), own});
        }
        if (found)
            *found = it->own;
        return it->catalog;
    }

    void setInterface(const QTranslator *catalog) { m_interface.store(catalog); }
    void setReportText(const QTranslator *catalog) { m_reportText.store(catalog); }

    bool isEmpty() const override { return false; }

    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        const QTranslator *text = m_reportText.load();
        if (text && context && interfaceWordsScopes == 0 && isReportTextContext(context)) {
            const QString t = text->translate(context, sourceText, disambiguation, n);
            // The source text when the catalog lacks it: never the interface's words instead.
            return t.isNull() ? QString::fromUtf8(sourceText) : t;
        }
        const QTranslator *ui = m_interface.load();
        return ui ? ui->translate(context, sourceText, disambiguation, n) : QString();
    }

private:
    struct Loaded
    {
        const QTranslator *catalog = nullptr; // never freed; null: not even English was there
        bool own = false;
    };
    QHash<QString, Loaded> m_loaded; // only on the thread that sets languages
    std::atomic<const QTranslator *> m_interface{nullptr};
    std::atomic<const QTranslator *> m_reportText{nullptr};
};

struct Installed
{
    FigdeckCatalogs *figdeck = nullptr;     // never freed (painting may read it)
    QPointer<QCoreApplication> installedIn; // the application it is installed in
    QString interfaceWords; // the language Figdeck's interface words are in: "zh_CN", "en"
    QString reportLanguage; // as last given to useReportTextLanguage
    QPointer<QTranslator> qt;
};

Installed &installed()
{
    static Installed state;
    return state;
}

FigdeckCatalogs &figdeckCatalogs()
{
    Installed &state = installed();
    if (!state.figdeck)
        state.figdeck = new FigdeckCatalogs;
    // Installed once per application (a process may make a second one after the first).
    if (state.installedIn != QCoreApplication::instance()) {
        QCoreApplication::installTranslator(state.figdeck);
        state.installedIn = QCoreApplication::instance();
    }
    return *state.figdeck;
}

} // namespace

bool useInterfaceLanguage(const QString &code)
{
    FigdeckCatalogs &figdeck = figdeckCatalogs();
    bool own = false;
    figdeck.setInterface(figdeck.catalog(code, &own));
    installed().interfaceWords = own ? code : QStringLiteral("en");
    interfaceWordsCode.store(tableCode(installed().interfaceWords));
    useReportTextLanguage(installed().reportLanguage);

    auto qt = std::make_unique<QTranslator>(QCoreApplication::instance());
    if (!qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        qt.reset();
    QPointer<QTranslator> &slot = installed().qt;
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot.data();
    }
    slot = qt.release();
    if (slot)
        QCoreApplication::installTranslator(slot);
    // Every widget retranslates (installing Qt's catalog would tell them only when there is one).
    QEvent changed(QEvent::LanguageChange);
    QCoreApplication::sendEvent(QCoreApplication::instance(), &changed);
    return own;
}

InterfaceWordsScope::InterfaceWordsScope()
{
    ++interfaceWordsScopes;
}

InterfaceWordsScope::~InterfaceWordsScope()
{
    --interfaceWordsScopes;
}

void useReportTextLanguage(const QString &reportLanguage)
{
    FigdeckCatalogs &figdeck = figdeckCatalogs();
    installed().reportLanguage = reportLanguage;
    QString code = uiLanguageFor(reportLanguage);
    if (code.isEmpty() && !reportLanguage.isEmpty())
        code = QStringLiteral("en");
    const bool followInterface = code.isEmpty() || code == installed().interfaceWords;
    bool own = false;
    figdeck.setReportText(followInterface ? nullptr : figdeck.catalog(code, &own));
    // A language without a catalog of Figdeck's gets English, as its catalog falls back to.
    reportWordsCode.store(followInterface ? nullptr : tableCode(own ? code : QString()));
}

QString reportTextWordsLanguage()
{
    const char *code = interfaceWordsScopes == 0 ? reportWordsCode.load() : nullptr;
    if (!code)
        code = interfaceWordsCode.load();
    return QString::fromLatin1(code ? code : "en");
}

} // namespace Figdeck
