// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportsettings.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace Figdeck {

namespace {

// Settings keys, shared by load and save.
const QString ExportGroup = QStringLiteral("export");
const QString SummaryGroup = QStringLiteral("summary");
const QString FormatsKey = QStringLiteral("formats");
const QString WidthKey = QStringLiteral("width");
const QString HeightKey = QStringLiteral("height");
const QString ScaleKey = QStringLiteral("scale");
const QString DpiKey = QStringLiteral("dpi");
const QString ThemeKey = QStringLiteral("theme");
const QString TransparentKey = QStringLiteral("transparent");
const QString LayoutKey = QStringLiteral("layout");
const QString SharesAsBarsKey = QStringLiteral("sharesAsBars");
const QString DirectoryKey = QStringLiteral("directory");
const QString PageSizeKey = QStringLiteral("pageSize");
const QString DeckGroup = QStringLiteral("deck");
const QString AspectKey = QStringLiteral("aspect");
const QString PicturesKey = QStringLiteral("pictures");
const QString ExcludedKey = QStringLiteral("excludedFigures");
const QString DataGroup = QStringLiteral("data");
const QString FormatKey = QStringLiteral("format");

ThemeId themeValue(const QSettings &settings, ThemeId fallback)
{
    return Theme::fromName(settings.value(ThemeKey).toString()).value_or(fallback);
}

} // namespace

QList<SizePreset> sizePresets()
{
    return {
        {QCoreApplication::translate("Figdeck::SizePreset", "16:9, 1920 × 1080"),
         QSize(1920, 1080)},
        {QCoreApplication::translate("Figdeck::SizePreset", "16:9, 1280 × 720"), QSize(1280, 720)},
        {QCoreApplication::translate("Figdeck::SizePreset", "4:3, 1600 × 1200"), QSize(1600, 1200)},
        {QCoreApplication::translate("Figdeck::SizePreset", "Square, 1080 × 1080"),
         QSize(1080, 1080)},
    };
}

QList<ThemeChoice> themeChoices()
{
    return {
        {QCoreApplication::translate("Figdeck::ThemeChoice", "Light"), ThemeId::Light},
        {QCoreApplication::translate("Figdeck::ThemeChoice", "Dark"), ThemeId::Dark},
        {QCoreApplication::translate("Figdeck::ThemeChoice", "Print (reads well in greyscale)"),
         ThemeId::Print},
    };
}

ExportSettings loadExportSettings(QSettings &settings)
{
    const ExportSettings defaults;
    ExportSettings result;
    settings.beginGroup(ExportGroup);

    if (settings.contains(FormatsKey)) {
        QList<ExportFormat> formats;
        const QStringList names = settings.value(FormatsKey).toStringList();
        for (const QString &name : names) {
            const auto format = exportFormatFromString(name);
            if (format && !formats.contains(*format))
                formats.append(*format);
        }
        if (!formats.isEmpty())
            result.formats = formats;
    }

    ExportOptions &o = result.options;
    const auto side = [&settings](const QString &key, int fallback) {
        return std::clamp(settings.value(key, fallback).toInt(), MinFigureSide, MaxFigureSide);
    };
    o.size = QSize(side(WidthKey, defaults.options.size.width()),
                   side(HeightKey, defaults.options.size.height()));
    const qreal scale = std::round(settings.value(ScaleKey, defaults.options.scale).toReal());
    o.scale = std::clamp<qreal>(scale, MinPngScale, MaxPngScale);
    o.dpi = std::clamp(settings.value(DpiKey, defaults.options.dpi).toInt(), MinDpi, MaxDpi);
    o.theme = themeValue(settings, defaults.options.theme);
    o.transparent = settings.value(TransparentKey, defaults.options.transparent).toBool();
    o.layout = exportLayoutFromString(settings.value(LayoutKey).toString())
                   .value_or(defaults.options.layout);
    o.sharesAsBars = settings.value(SharesAsBarsKey, defaults.options.sharesAsBars).toBool();
    result.directory = settings.value(DirectoryKey).toString();

    settings.endGroup();
    return result;
}

void saveExportSettings(QSettings &settings, const ExportSettings &exportSettings)
{
    const ExportOptions &o = exportSettings.options;
    QStringList formats;
    for (ExportFormat format : exportSettings.formats)
        formats.append(toString(format));

    settings.beginGroup(ExportGroup);
    settings.setValue(FormatsKey, formats);
    settings.setValue(WidthKey, o.size.width());
    settings.setValue(HeightKey, o.size.height());
    settings.setValue(ScaleKey, o.scale);
    settings.setValue(DpiKey, o.dpi);
    settings.setValue(ThemeKey, Theme::name(o.theme));
    settings.setValue(TransparentKey, o.transparent);
    settings.setValue(LayoutKey, toString(o.layout));
    settings.setValue(SharesAsBarsKey, o.sharesAsBars);
    settings.setValue(DirectoryKey, exportSettings.directory);
    settings.endGroup();
}

QPageSize defaultPageSize()
{
    return QPageSize(QLocale().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter
                                                                                : QPageSize::A4);
}

SummarySettings loadSummarySettings(QSettings &settings)
{
    SummarySettings result;
    settings.beginGroup(SummaryGroup);
    const QString key = settings.value(PageSizeKey).toString();
    if (key == QPageSize::key(QPageSize::A4))
        result.pageSize = QPageSize(QPageSize::A4);
    else if (key == QPageSize::key(QPageSize::Letter))
        result.pageSize = QPageSize(QPageSize::Letter);
    else
        result.pageSize = defaultPageSize();
    result.theme = themeValue(settings, ThemeId::Print);
    result.directory = settings.value(DirectoryKey).toString();
    settings.endGroup();
    return result;
}

void saveSummarySettings(QSettings &settings, const SummarySettings &summarySettings)
{
    settings.beginGroup(SummaryGroup);
    settings.setValue(PageSizeKey, summarySettings.pageSize.key());
    settings.setValue(ThemeKey, Theme::name(summarySettings.theme));
    settings.setValue(DirectoryKey, summarySettings.directory);
    settings.endGroup();
}

DeckSettings loadDeckSettings(QSettings &settings, ThemeId theme)
{
    DeckSettings result;
    settings.beginGroup(DeckGroup);
    result.theme = themeValue(settings, theme);
    result.aspect =
        deckAspectFromString(settings.value(AspectKey).toString()).value_or(DeckAspect::Wide);
    result.pictures = settings.value(PicturesKey, false).toBool();
    result.excludedFigures = settings.value(ExcludedKey).toStringList();
    result.excludedFigures.removeAll(QString());
    result.excludedFigures.removeDuplicates();
    result.directory = settings.value(DirectoryKey).toString();
    settings.endGroup();
    return result;
}

void saveDeckSettings(QSettings &settings, const DeckSettings &deckSettings)
{
    settings.beginGroup(DeckGroup);
    settings.setValue(ThemeKey, Theme::name(deckSettings.theme));
    settings.setValue(AspectKey, toString(deckSettings.aspect));
    settings.setValue(PicturesKey, deckSettings.pictures);
    settings.setValue(ExcludedKey, deckSettings.excludedFigures);
    settings.setValue(DirectoryKey, deckSettings.directory);
    settings.endGroup();
}

DataSettings loadDataSettings(QSettings &settings)
{
    DataSettings result;
    settings.beginGroup(DataGroup);
    result.directory = settings.value(DirectoryKey).toString();
    // A format name from the one table; anything else (a hand-edited file) is the default.
    const QString format = settings.value(FormatKey).toString();
    for (const DataFormat f : allDataFormats()) {
        if (toString(f) == format)
            result.format = f;
    }
    result.excludedFigures = settings.value(ExcludedKey).toStringList();
    result.excludedFigures.removeAll(QString());
    result.excludedFigures.removeDuplicates();
    settings.endGroup();
    return result;
}

void saveDataSettings(QSettings &settings, const DataSettings &dataSettings)
{
    settings.beginGroup(DataGroup);
    settings.setValue(DirectoryKey, dataSettings.directory);
    settings.setValue(FormatKey, toString(dataSettings.format));
    settings.setValue(ExcludedKey, dataSettings.excludedFigures);
    settings.endGroup();
}

} // namespace Figdeck
