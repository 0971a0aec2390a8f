// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report.h"
#include "summarydocument.h"

#include <QDialog>
#include <QStringList>

#include <memory>

namespace Figdeck {

namespace Ui {
class SummaryDialog;
}

// File > Print... and Export Summary as PDF: which figures, page size, theme. Reads and writes
// no settings itself: ExportController restores and remembers them around exec().
class SummaryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SummaryDialog(QWidget *parent = nullptr);
    ~SummaryDialog() override;

    // Lists the report's figures, every one checked.
    void setReport(const Report &report);

    // The checked figures in report order; OK is disabled while none is checked.
    QStringList selectedFigureIds() const;
    void setSelectedFigureIds(const QStringList &figureIds);

    // Page size, theme and the selected figures (always listed explicitly, never empty for
    // "all", so that the options say exactly what the user saw).
    SummaryOptions options() const;
    // options.figureIds empty selects every figure, as SummaryOptions documents.
    void setOptions(const SummaryOptions &options);

    // Text of the OK button: "Preview…" for printing, "Export…" for the PDF.
    void setAcceptText(const QString &text);

private:
    void updateEnabledState();
    void setAllChecked(bool checked);

    std::unique_ptr<Ui::SummaryDialog> m_ui;
};

} // namespace Figdeck
