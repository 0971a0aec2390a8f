// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report.h"
#include "theme.h"

#include <QPointer>
#include <QTextBrowser>

namespace Figdeck {

// What the narrative pane emphasises: the quote of one metric, or one caveat.
struct NarrativeHighlight
{
    QString metricId;
    int caveatIndex = -1;
};

// The narrative of one figure as HTML: title, findings, numbered caveats (signs matching the
// chart's marks), and for every number its quote, qualifier, period and origin; then the
// report-level findings. Every text from the report is escaped: a pack's "<img src=...>" shows
// literally. Links are generated here only: caveat:N and metric:N (indices into the figure).
// Bounded: each list shows its first NarrativePane::MaxNarrativeItems entries (and the
// highlighted number) and says how many more there are; a text past 10,000 characters is elided.
QString narrativeHtml(const Report &report, const Figure &figure, const Theme &theme,
                      const NarrativeHighlight &highlight = {},
                      const QString &language = QString());

class ReportDocument;

class NarrativePane : public QTextBrowser
{
    Q_OBJECT
public:
    // Entries of one list (findings, caveats, numbers, sections) the narrative shows.
    static constexpr int MaxNarrativeItems = 200;

    explicit NarrativePane(QWidget *parent = nullptr);

    // Shows a figure of the document; rebuilt when the figure, one of its metrics, or the
    // report's sections, caveats or source change (rebuildCount() says how often).
    void setDocument(const ReportDocument *document);
    void showFigure(const QString &figureId);
    int rebuildCount() const { return m_rebuilds; }
    void clearFigure();
    void setTheme(const Theme &theme);
    void highlightMetric(const QString &metricId);
    void highlightCaveat(int index);
    NarrativeHighlight highlight() const { return m_highlight; }

signals:
    void caveatActivated(int index, const QStringList &metricIds);
    void metricActivated(const QString &metricId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void fitListIndent();
    // Scrolls as little as it takes to show the entry at anchor name (the findings above it
    // stay in view when they can), unlike scrollToAnchor, which puts it at the top.
    void revealAnchor(const QString &name);
    void onAnchorClicked(const QUrl &url);

    QPointer<const ReportDocument> m_document;
    QString m_figureId;
    int m_rebuilds = 0;
    Theme m_theme = Theme::get(ThemeId::Light);
    NarrativeHighlight m_highlight;
};

} // namespace Figdeck
