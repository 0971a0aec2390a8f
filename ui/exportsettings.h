// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataexport.h"
#include "figureexport.h"
#include "slidedeck.h"
#include "summarydocument.h"

#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

class QSettings;

namespace Figdeck {

// A named figure size offered by the export dialog. The dialog treats a size equal to a
// preset as that preset, so only the size itself needs remembering.
struct SizePreset
{
    QString name; // translated: "16:9 (1920 × 1080)"
    QSize size;
};
QList<SizePreset> sizePresets();

// The themes in the order the dialogs offer them, with translated names.
struct ThemeChoice
{
    QString name;
    ThemeId id;
};
QList<ThemeChoice> themeChoices();

// Loaded settings are clamped to the export limits (MinDpi..MaxDpi, MinPngScale..MaxPngScale,
// MinFigureSide..MaxFigureSide in figureexport.h), so a hand-edited settings file cannot ask
// for absurd images.

// Everything the export dialog remembers (QSettings group "export").
struct ExportSettings
{
    ExportOptions options;
    QList<ExportFormat> formats{ExportFormat::Png};
    QString directory; // last folder written to; empty: the user's pictures folder
};

ExportSettings loadExportSettings(QSettings &settings);
void saveExportSettings(QSettings &settings, const ExportSettings &exportSettings);

// Everything the summary dialog remembers (QSettings group "summary"). The choice of figures is
// per report and per print, so it is not remembered: every figure is checked each time.
struct SummarySettings
{
    QPageSize pageSize; // default: Letter where the locale measures in inches, else A4
    ThemeId theme = ThemeId::Print;
    QString directory;
};

SummarySettings loadSummarySettings(QSettings &settings);
void saveSummarySettings(QSettings &settings, const SummarySettings &summarySettings);

// Everything the slide deck dialog remembers (QSettings group "deck"). Figures are remembered
// by the ids left out, so a figure new to the report, or another report's, starts checked.
struct DeckSettings
{
    ThemeId theme = ThemeId::Light;
    DeckAspect aspect = DeckAspect::Wide;
    bool pictures = false;
    QStringList excludedFigures;
    QString directory;
};

// `theme` is the theme a first deck gets (the window's).
DeckSettings loadDeckSettings(QSettings &settings, ThemeId theme);
void saveDeckSettings(QSettings &settings, const DeckSettings &deckSettings);

// What Export Data remembers (QSettings group "data"): the folder and the file type last
// written, and the figures left out (by id, so a figure new to the report starts checked).
struct DataSettings
{
    QString directory;
    DataFormat format = DataFormat::Xlsx;
    QStringList excludedFigures;
};

DataSettings loadDataSettings(QSettings &settings);
void saveDataSettings(QSettings &settings, const DataSettings &dataSettings);

// The page size a new user gets: Letter in the US system of measurement, A4 elsewhere.
QPageSize defaultPageSize();

} // namespace Figdeck
