// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figureexport.h"
#include "report.h"

#include <QDialog>
#include <QImage>
#include <QList>

#include <memory>
#include <optional>

class QTimer;

namespace Figdeck {

namespace Ui {
class ExportDialog;
}

// Figure > Export... and Export All: formats, size, PNG resolution, theme, layout. Reads and
// writes no settings itself: ExportController restores and remembers them around exec().
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportDialog(QWidget *parent = nullptr);
    ~ExportDialog() override;

    ExportOptions options() const;
    void setOptions(const ExportOptions &options);

    // The chosen formats in PNG, PDF, SVG order; OK is disabled while none is chosen.
    QList<ExportFormat> formats() const;
    void setFormats(const QList<ExportFormat> &formats);

    // Whether the size is a custom one rather than one of sizePresets().
    bool isCustomSize() const;

    // What is being exported, shown above the settings ("Figure: ...", "All 4 figures").
    void setSubject(const QString &text);

    // The figure the preview shows; without one the preview is hidden.
    void setPreviewFigure(const Report &report, const QString &figureId);
    // Repaints the preview now (the dialog does it shortly after each change by itself).
    void updatePreview();
    QImage previewImage() const { return m_previewImage; }

private:
    void populateChoices();
    void updateEnabledState();
    void schedulePreview();

    std::unique_ptr<Ui::ExportDialog> m_ui;
    std::optional<Report> m_previewReport;
    QString m_previewFigureId;
    QImage m_previewImage;
    QTimer *m_previewTimer = nullptr;
};

} // namespace Figdeck
