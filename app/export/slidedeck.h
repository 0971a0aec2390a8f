// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figureexport.h"
#include "report.h"
#include "theme.h"

#include <QByteArray>
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

// A PowerPoint deck (PresentationML) of a report: title slide, one slide per figure, closing
// slide. Native charts with their data in an embedded workbook where a chart can say the
// numbers honestly, native text boxes for tiles, pictures (SVG with a PNG fallback) for the
// rest; speaker notes and alt text on every slide.
namespace Figdeck {

enum class DeckAspect { Wide, Standard }; // 16:9, 4:3
QString toString(DeckAspect a);           // "16:9", "4:3"
std::optional<DeckAspect> deckAspectFromString(const QString &s);
QList<DeckAspect> allDeckAspects();
// A slide's logical size for previews and pictures: 1280x720 or 960x720.
QSize deckSlideSize(DeckAspect a);

struct DeckOptions
{
    ThemeId theme = ThemeId::Light;
    DeckAspect aspect = DeckAspect::Wide;
    bool pictures = false; // every figure as a picture
    bool sharesAsBars = false;
    QStringList figureIds; // empty: every figure, in the report's order
};

// How a figure goes onto its slide.
enum class DeckContent {
    NativeChart, // a chart PowerPoint draws, data in an embedded workbook
    TextBoxes,   // tiles: one editable text box each
    Picture,     // what a native chart cannot say honestly, or DeckOptions::pictures
};
DeckContent deckContentFor(const Report &report, const Figure &figure, const DeckOptions &options);

// Why a figure goes in as a picture ("lower bounds cannot be drawn as exact bars"), or empty.
QString deckPictureReason(const Report &report, const Figure &figure, const DeckOptions &options);

// The figures of the deck in slide order; unknown ids are left out.
QList<const Figure *> deckFigures(const Report &report, const DeckOptions &options);

// Slides of the deck: title, one per figure, closing.
int deckSlideCount(const Report &report, const DeckOptions &options);

// The .pptx bytes; empty with *error set on failure.
QByteArray renderDeck(const Report &report, const DeckOptions &options, QString *error = nullptr);

// Writes the deck atomically (QSaveFile). Unknown figure ids are an error.
ExportResult writeDeck(const Report &report, const DeckOptions &options, const QString &path);

} // namespace Figdeck
