// SPDX-License-Identifier: GPL-3.0-or-later
#include "helpdialogs.h"

#include "figurechart.h"
#include "reportloader.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Figdeck {

namespace {

constexpr QSize GuidePictureSize(720, 400);

QDialogButtonBox *closeButton(QDialog *dialog)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

QString withoutMnemonic(QString text)
{
    // "&Copy Figure…" -> "Copy Figure…"; "R&&D" -> "R&D".
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

} // namespace

QString UserGuideDialog::guideResource(const QLocale &locale)
{
    return locale.language() == QLocale::Chinese ? QStringLiteral(":/guide/guide_zh_CN.html")
                                                 : QStringLiteral(":/guide/guide_en.html");
}

UserGuideDialog::UserGuideDialog(ThemeId theme, QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("Figdeck User Guide"));
    m_browser->setOpenLinks(true);          // in-page anchors
    m_browser->setOpenExternalLinks(false); // never a browser, never xdg-open

    QFile file(guideResource(QLocale()));
    const QString html =
        file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();

    // Each <img src="figure:ID"> is the embedded report's figure ID, painted now.
    const Report report = embeddedReport();
    ChartOptions options;
    options.theme = Theme::get(theme);
    static const QRegularExpression figureRef(QStringLiteral("src=\"figure:([a-z0-9-]+)\""));
    for (auto it = figureRef.globalMatch(html); it.hasNext();) {
        const QString id = it.next().captured(1);
        const Figure *figure = report.figure(id);
        if (!figure)
            continue;
        QImage image(GuidePictureSize * 2, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(2);
        image.fill(options.theme.background);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            createFigureChart(report, *figure, options)
                ->paint(painter, QRectF(QPointF(0, 0), QSizeF(GuidePictureSize)));
        }
        m_browser->document()->addResource(QTextDocument::ImageResource,
                                           QUrl(QStringLiteral("figure:") + id), image);
    }
    m_browser->setHtml(html);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(closeButton(this));
    resize(760, 640);
}

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menuBar, QWidget *parent)
    : QDialog(parent)
    , m_tree(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_tree->setRootIsDecorated(false);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    const QList<QAction *> menus = menuBar->actions();
    for (const QAction *menuAction : menus) {
        const QMenu *menu = menuAction->menu();
        if (!menu)
            continue;
        QTreeWidgetItem *group = nullptr;
        const QList<QAction *> actions = menu->actions();
        for (const QAction *action : actions) {
            if (action->shortcuts().isEmpty() || action->isSeparator())
                continue;
            if (!group) {
                group = new QTreeWidgetItem(m_tree, {withoutMnemonic(menu->title())});
                QFont bold = group->font(0);
                bold.setBold(true);
                group->setFont(0, bold);
                group->setFirstColumnSpanned(true);
            }
            QStringList keys;
            const QList<QKeySequence> shortcuts = action->shortcuts();
            for (const QKeySequence &key : shortcuts)
                keys << key.toString(QKeySequence::NativeText);
            keys.removeDuplicates();
            keys.removeAll(QString());
            new QTreeWidgetItem(m_tree, {withoutMnemonic(action->text()),
                                         keys.join(tr(", ", "between two shortcuts"))});
        }
    }
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree);
    layout->addWidget(closeButton(this));
    resize(480, 560);
}

} // namespace Figdeck
