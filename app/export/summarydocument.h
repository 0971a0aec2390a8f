// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figureexport.h"
#include "report.h"
#include "theme.h"

#include <QPageSize>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;

namespace Figdeck {

// The page sizes the summary is laid out for: the command line and the dialog offer these.
struct PageSizeChoice
{
    QString name;        // "A4", "Letter": what the command line takes (any case)
    QString description; // "A4 (210 × 297 mm)", translated: what the dialog shows
    QPageSize::PageSizeId id;
};
QList<PageSizeChoice> summaryPageSizes();

struct SummaryOptions
{
    QPageSize pageSize{QPageSize::A4};
    QStringList figureIds; // empty: every figure
    ThemeId theme = ThemeId::Print;
};

// The printable summary: cover, one section per figure, closing section; header and footer
// with "page N of M" on every page. Paints into a QPdfWriter or a QPrinter alike, at any
// resolution: the device is set to options.pageSize, portrait, with the smallest margins it
// allows (the summary draws its own). A print preview that lets the user pick the paper passes
// the printer's page size in options. Returns the number of pages painted (0 if the device
// cannot be painted on).
int paintSummary(QPagedPaintDevice &device, const Report &report, const SummaryOptions &options);

// Number of pages paintSummary() will produce (for previews and tests): the same layout pass.
int summaryPageCount(const Report &report, const SummaryOptions &options);

// Writes the summary as PDF atomically (QSaveFile).
ExportResult writeSummaryPdf(const Report &report, const SummaryOptions &options,
                             const QString &path);

} // namespace Figdeck
