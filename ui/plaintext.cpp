// SPDX-License-Identifier: GPL-3.0-or-later
#include "plaintext.h"

#include "textrules.h"

#include <QCoreApplication>
#include <QDir>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QLabel>
#include <QMessageBox>
#include <QSet>
#include <QTextLayout>
#include <QToolTip>

namespace Figdeck {

QString menuText(const QString &text)
{
    QString out = text;
    return out.replace(QLatin1Char('&'), QLatin1String("&&"));
}

QString labelText(const QString &text)
{
    return elidedText(text, MaxLabelChars);
}

namespace {

// `paragraph` in lines of at most `width` pixels of `font`, broken between words (a word
// longer than that keeps a line of its own); the spaces at a break go.
QStringList wrappedLines(const QString &paragraph, const QFont &font, qreal width)
{
    if (QFontMetricsF(font).horizontalAdvance(paragraph) <= width)
        return {paragraph};
    QStringList lines;
    QTextLayout layout(paragraph, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        QString text = paragraph.mid(line.textStart(), line.textLength());
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        lines << text;
    }
    layout.endLayout();
    return lines;
}

} // namespace

QString plainToolTip(const QString &text)
{
    if (text.isEmpty())
        return {};
    // Broken into lines here, shown as they are ("pre"): a rich-text tool tip left to wrap
    // itself tries narrower and narrower widths, and a sentence of help came out as four
    // lines of twenty characters.
    const QFont font = QToolTip::font();
    const qreal width = ToolTipEms * QFontInfo(font).pixelSize();
    QStringList lines;
    for (const QString &paragraph : elidedText(text, MaxToolTipChars).split(QLatin1Char('\n')))
        lines << wrappedLines(paragraph, font, width);
    return QLatin1String("<p style=\"white-space:pre\">") +
           lines.join(QLatin1Char('\n')).toHtmlEscaped() + QLatin1String("</p>");
}

void makePlainText(QMessageBox &box)
{
    box.setTextFormat(Qt::PlainText);
    // The informative text has its own label, which does not follow setTextFormat in Qt 6.4.
    const QList<QLabel *> labels = box.findChildren<QLabel *>();
    for (QLabel *label : labels) {
        label->setTextFormat(Qt::PlainText);
        label->setOpenExternalLinks(false);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
}

QString safeDocumentName(const QString &title)
{
    constexpr int MaxChars = 80;
    QString out;
    out.reserve(qMin<qsizetype>(title.size(), MaxChars));
    for (const QChar ch : title) {
        if (out.size() >= MaxChars)
            break;
        if (ch.isLetterOrNumber() || ch == u' ' || ch == u'-' || ch == u'_' || ch == u'.' ||
            ch == u',' || ch == u'(' || ch == u')')
            out += ch;
        else if (!out.endsWith(u' '))
            out += u' ';
    }
    out = out.simplified();
    while (out.startsWith(u'.'))
        out.remove(0, 1);
    return out.isEmpty()
               ? QCoreApplication::translate("Figdeck::ExportController", "Figdeck summary")
               : out;
}

bool windowGeometryFits(const QRect &frame, const QList<QRect> &availableScreens)
{
    if (!frame.isValid())
        return false;
    QRect all;
    for (const QRect &screen : availableScreens)
        all |= screen;
    if (frame.width() > all.width() || frame.height() > all.height())
        return false;
    // Enough of the window on some screen to grab its title bar and move it.
    constexpr int MinVisible = 100;
    for (const QRect &screen : availableScreens) {
        const QRect seen = frame.intersected(screen);
        if (seen.width() >= qMin(MinVisible, frame.width()) &&
            seen.height() >= qMin(MinVisible, frame.height()) && frame.top() >= screen.top() - 1)
            return true;
    }
    return false;
}

bool splitterSizesUsable(const QList<int> &sizes, int panes, int minPane, int maxTotal)
{
    if (sizes.size() != panes)
        return false;
    qint64 total = 0;
    for (const int size : sizes) {
        if (size < minPane)
            return false;
        total += size;
    }
    return total <= maxTotal;
}

QStringList recentFilesFrom(const QStringList &stored, int cap)
{
    QStringList files;
    QSet<QString> seen;
    for (const QString &path : stored) {
        if (files.size() >= cap)
            break;
        if (path.isEmpty() || !QDir::isAbsolutePath(path) || seen.contains(path))
            continue;
        seen.insert(path);
        files << path;
    }
    return files;
}

} // namespace Figdeck
