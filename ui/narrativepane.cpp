// SPDX-License-Identifier: GPL-3.0-or-later
#include "narrativepane.h"

#include "credit.h"
#include "reportdocument.h"

#include "format.h"
#include "textrules.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFontMetricsF>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>

#include <cmath>

namespace Figdeck {

namespace {

// The narrative is rebuilt on every hover of a mark, and QTextDocument's HTML import and
// layout grow faster than the text (each distinct anchor is a new character format, compared
// with the others): a pack's 16 MiB title, 10,000 caveats or 20,000 numbers froze the window
// for minutes. Each text is elided past MaxNarrativeChars and each list stops after
// MaxNarrativeItems entries with a line that says how many more there are.
constexpr qsizetype MaxNarrativeChars = 10000;

QString esc(const QString &text)
{
    return elidedText(text, MaxNarrativeChars).toHtmlEscaped();
}

// "... and 19,800 more ...", after the MaxNarrativeItems entries of a list of `count`.
QString moreLine(qsizetype count, const QString &muted)
{
    const int more = int(count - NarrativePane::MaxNarrativeItems);
    return QStringLiteral("<p style=\"color:%1\">%2</p>")
        .arg(muted,
             esc(NarrativePane::tr("… and %n more, not listed here: the inspector lists every one.",
                                   nullptr, more)));
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

QString findingsList(const QList<Finding> &findings, const QString &language, const QString &muted)
{
    QString html = QStringLiteral("<ul>");
    const qsizetype shown = std::min<qsizetype>(findings.size(), NarrativePane::MaxNarrativeItems);
    for (qsizetype i = 0; i < shown; ++i)
        html += QStringLiteral("<li>") + esc(findings.at(i).text.text(language)) +
                QStringLiteral("</li>");
    html += QStringLiteral("</ul>");
    if (shown < findings.size())
        html += moreLine(findings.size(), muted);
    return html;
}

} // namespace

QString narrativeHtml(const Report &report, const Figure &figure, const Theme &theme,
                      const NarrativeHighlight &highlight, const QString &language)
{
    const QString mark = mix(theme.background, theme.accent, 0.28).name();
    const QString muted = theme.mutedText.name();
    QString html;
    html += QStringLiteral("<html><body style=\"color:%1; background:%2;\">")
                .arg(theme.text.name(), theme.background.name());
    html += QStringLiteral("<h2>%1</h2>").arg(esc(figure.title.text(language)));
    if (!figure.subtitle.isEmpty())
        html += QStringLiteral("<p style=\"color:%1\">%2</p>")
                    .arg(muted, esc(figure.subtitle.text(language)));

    if (!figure.findings.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3>").arg(esc(NarrativePane::tr("Findings")));
        html += findingsList(figure.findings, language, muted);
    }

    if (!figure.caveats.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3>").arg(esc(NarrativePane::tr("Caveats")));
        html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">");
        const int caveats =
            int(std::min<qsizetype>(figure.caveats.size(), NarrativePane::MaxNarrativeItems));
        for (int i = 0; i < caveats; ++i) {
            const bool on = highlight.caveatIndex == i;
            // The text's column takes the width: a short caveat stays beside its sign.
            html += QStringLiteral("<tr%1><td valign=\"top\"><b>%2</b></td><td width=\"100%\">"
                                   "<a href=\"caveat:%3\" style=\"color:%4; "
                                   "text-decoration:none\">%5</a></td></tr>")
                        .arg(on ? QStringLiteral(" bgcolor=\"%1\"").arg(mark) : QString(),
                             esc(caveatSign(i)), QString::number(i), theme.text.name(),
                             esc(figure.caveats.at(i).text.text(language)));
        }
        html += QStringLiteral("</table>");
        if (caveats < figure.caveats.size())
            html += moreLine(figure.caveats.size(), muted);
    }

    const QList<const Metric *> metrics = report.metricsOf(figure);
    if (!metrics.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3>")
                    .arg(esc(NarrativePane::tr("The numbers and their sources")));
        // The first MaxNarrativeItems numbers, and the highlighted one where it comes later.
        QList<int> listed;
        for (int i = 0; i < metrics.size(); ++i) {
            if (i < NarrativePane::MaxNarrativeItems || metrics.at(i)->id == highlight.metricId)
                listed << i;
            else if (highlight.metricId.isEmpty())
                break;
        }
        for (const int i : std::as_const(listed)) {
            const Metric &m = *metrics.at(i);
            const bool on = highlight.metricId == m.id;
            // What the number is, in the words of its report's language like the qualifier
            // and the origin beside it (Figdeck::Format's words follow the report's texts).
            QStringList facts;
            const QString phrase = qualifierPhrase(m.qualifier);
            if (!phrase.isEmpty())
                facts << phrase;
            else if (m.origin == Origin::Stated)
                facts << QCoreApplication::translate("Figdeck::Format", "exact as stated");
            if (!m.period.isEmpty())
                facts << periodText(m, language);
            if (m.isProjected())
                facts << QCoreApplication::translate("Figdeck::Format", "projection");
            facts << originText(m);
            const QStringList signs = caveatSignsFor(figure, m.id);
            html += QStringLiteral("<a name=\"metric-%1\"></a>").arg(i);
            html += QStringLiteral("<table width=\"100%\" cellpadding=\"4\" cellspacing=\"0\"%1>"
                                   "<tr><td>")
                        .arg(on ? QStringLiteral(" bgcolor=\"%1\"").arg(mark) : QString());
            html += QStringLiteral("<b>%1</b> %2<br/>")
                        .arg(esc(formatValue(m)), esc(shownCaveatSigns(signs)));
            html +=
                QStringLiteral(
                    "<a href=\"metric:%1\" style=\"color:%2; text-decoration:none\">%3</a><br/>")
                    .arg(QString::number(i), theme.text.name(), esc(m.label.text(language)));
            html += QStringLiteral("<span style=\"color:%1\">%2</span><br/>")
                        .arg(muted, esc(facts.join(QStringLiteral(" · "))));
            if (report.sources.size() > 1) { // each number's own source; with one, see below
                CreditOptions credit;
                credit.language = language;
                credit.withUrls = false;
                html += QStringLiteral("<span style=\"color:%1\">%2</span><br/>")
                            .arg(muted, esc(metricCredit(report, m, credit)));
            }
            html += QStringLiteral("<i>“%1”</i>").arg(esc(m.quote));
            html += QStringLiteral("</td></tr></table>");
        }
        if (metrics.size() > NarrativePane::MaxNarrativeItems)
            html += moreLine(metrics.size(), muted);
    }

    if (!report.sections.isEmpty() || !report.caveats.isEmpty()) {
        html += QStringLiteral("<hr/><h3>%1</h3>").arg(esc(NarrativePane::tr("About the report")));
        const qsizetype sections =
            std::min<qsizetype>(report.sections.size(), NarrativePane::MaxNarrativeItems);
        for (qsizetype i = 0; i < sections; ++i) {
            const Section &s = report.sections.at(i);
            html += QStringLiteral("<h4>%1</h4>").arg(esc(s.title.text(language)));
            html += findingsList(s.findings, language, muted);
        }
        if (sections < report.sections.size())
            html += moreLine(report.sections.size(), muted);
        if (!report.caveats.isEmpty()) {
            html += QStringLiteral("<h4>%1</h4><ul>")
                        .arg(esc(NarrativePane::tr("Caveats about the source")));
            const qsizetype caveats =
                std::min<qsizetype>(report.caveats.size(), NarrativePane::MaxNarrativeItems);
            for (qsizetype i = 0; i < caveats; ++i)
                html += QStringLiteral("<li>") + esc(report.caveats.at(i).text.text(language)) +
                        QStringLiteral("</li>");
            html += QStringLiteral("</ul>");
            if (caveats < report.caveats.size())
                html += moreLine(report.caveats.size(), muted);
        }
        CreditOptions credit;
        credit.language = language;
        html += QStringLiteral("<p style=\"color:%1\">%2</p>")
                    .arg(muted, esc(reportCredit(report, credit)));
    }
    html += QStringLiteral("</body></html>");
    return html;
}

NarrativePane::NarrativePane(QWidget *parent)
    : QTextBrowser(parent)
{
    // The narrative is nearly always taller than the pane: a scroll bar that appears after the
    // first layout narrows the page and lays the whole text out again (twice at start-up).
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    fitListIndent();
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setAccessibleName(tr("Narrative"));
    connect(this, &QTextBrowser::anchorClicked, this, &NarrativePane::onAnchorClicked);
}

// A list's bullets sit in its indent. QTextDocument's 40 px, meant for pages, took a sixth of a
// narrow pane and set the bullets far right of the headings and caveat signs: the indent
// is the bullet and a space, whatever the font's size.
void NarrativePane::fitListIndent()
{
    document()->setIndentWidth(std::ceil(QFontMetricsF(font()).height() * 1.3));
}

void NarrativePane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        fitListIndent();
    QTextBrowser::changeEvent(event);
}

void NarrativePane::setDocument(const ReportDocument *document)
{
    m_document = document;
    connect(document, &ReportDocument::opened, this, &NarrativePane::rebuild);
    connect(document, &ReportDocument::figureContentChanged, this, [this](const QString &id) {
        if (id == m_figureId)
            rebuild();
    });
    for (auto signal : {&ReportDocument::sectionsChanged, &ReportDocument::caveatsChanged,
                        &ReportDocument::sourceChanged, &ReportDocument::viewLanguageChanged})
        connect(document, signal, this, &NarrativePane::rebuild);
}

void NarrativePane::showFigure(const QString &figureId)
{
    m_figureId = figureId;
    m_highlight = {};
    rebuild();
    verticalScrollBar()->setValue(0);
}

void NarrativePane::clearFigure()
{
    m_figureId.clear();
    m_highlight = {};
    clear();
}

void NarrativePane::setTheme(const Theme &theme)
{
    m_theme = theme;
    QPalette pal = palette();
    pal.setColor(QPalette::Base, theme.background);
    pal.setColor(QPalette::Text, theme.text);
    pal.setColor(QPalette::Link, theme.text);
    setPalette(pal);
    rebuild();
}

void NarrativePane::highlightMetric(const QString &metricId)
{
    if (m_highlight.metricId == metricId && m_highlight.caveatIndex < 0)
        return;
    m_highlight = {metricId, -1};
    rebuild();
    const Figure *figure = (m_document ? m_document->report().figure(m_figureId) : nullptr);
    if (figure && !metricId.isEmpty()) {
        const int i = int(figure->metricIds.indexOf(metricId));
        if (i >= 0)
            revealAnchor(QStringLiteral("metric-%1").arg(i));
    }
}

void NarrativePane::revealAnchor(const QString &name)
{
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || !fragment.charFormat().anchorNames().contains(name))
                continue;
            QTextCursor cursor(document());
            cursor.setPosition(fragment.position());
            const QRect line = cursorRect(cursor);
            // The number, its facts and its quote: about five lines.
            const int needed = line.height() * 5;
            QScrollBar *bar = verticalScrollBar();
            if (line.top() < 0)
                bar->setValue(bar->value() + line.top() - line.height() / 2);
            else if (line.top() + needed > viewport()->height())
                bar->setValue(bar->value() + line.top() + needed - viewport()->height());
            return;
        }
    }
}

void NarrativePane::highlightCaveat(int index)
{
    m_highlight = {QString(), index};
    rebuild();
}

void NarrativePane::rebuild()
{
    const Figure *figure = m_document ? m_document->report().figure(m_figureId) : nullptr;
    if (!figure) {
        clear();
        return;
    }
    ++m_rebuilds;
    const int scroll = verticalScrollBar()->value();
    setHtml(narrativeHtml(m_document->report(), *figure, m_theme, m_highlight,
                          m_document->viewLanguage()));
    verticalScrollBar()->setValue(scroll);
}

void NarrativePane::onAnchorClicked(const QUrl &url)
{
    const Figure *figure = (m_document ? m_document->report().figure(m_figureId) : nullptr);
    if (!figure)
        return;
    bool ok = false;
    const int index = url.path().toInt(&ok);
    if (!ok)
        return;
    if (url.scheme() == QLatin1String("caveat") && index >= 0 && index < figure->caveats.size()) {
        highlightCaveat(index);
        emit caveatActivated(index, figure->caveats.at(index).metricIds);
    } else if (url.scheme() == QLatin1String("metric") && index >= 0 &&
               index < figure->metricIds.size()) {
        highlightMetric(figure->metricIds.at(index));
        emit metricActivated(figure->metricIds.at(index));
    }
}

} // namespace Figdeck
