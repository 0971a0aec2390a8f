// SPDX-License-Identifier: GPL-3.0-or-later
#include "draftdialog.h"

#include "draftnumbersmodel.h"
#include "editorchoices.h"
#include "figureview.h"
#include "format.h"
#include "plaintext.h"
#include "reportdocument.h"
#include "sourcereader.h"
#include "validate.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontMetrics>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTextBlock>
#include <QVBoxLayout>

#include <algorithm>

namespace Figdeck {

namespace {

// How long typing pauses before the numbers are found again.
constexpr int FindDelayMs = 400;
// Problems listed under a refused save; the rest are counted.
constexpr int ShownProblems = 12;

// What reading the pack back finds: the loader's own checks, as --draft and Open run them.
QList<Diagnostic> readBack(const Report &report, const QString &fileName, QByteArray *bytes)
{
    *bytes = serializeReportPack(report);
    return parseReportPack(*bytes, fileName).diagnostics;
}

// Line endings as the text editor keeps them, so that the finder's lines and columns are the
// editor's blocks and positions.
QString withNewlines(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    return label;
}

// The figure's caveats under its preview, each after the sign its marks carry.
QString notesOf(const Figure &figure)
{
    QStringList notes;
    for (int i = 0; i < figure.caveats.size(); ++i)
        notes << caveatSign(i) + QLatin1Char(' ') + figure.caveats.at(i).text.text();
    return notes.join(QLatin1Char('\n'));
}

// A label's text in red that reads on the window's background, light or dark; or as normal.
void markAsError(QLabel *label, bool error)
{
    QPalette palette = label->parentWidget()->palette();
    if (error) {
        const bool dark = palette.color(QPalette::Window).lightness() < 128;
        palette.setColor(QPalette::WindowText,
                         dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28));
    }
    label->setPalette(palette);
}

QLabel *notesLabel(QWidget *parent)
{
    QLabel *label = plainLabel(QString(), parent);
    label->setWordWrap(true);
    return label;
}

// The source pane. Qt 6.4's QPlainTextEdit crashes pasting data of no format at all (an X
// clipboard whose owner offers nothing reads so), and the user's corrections go with the
// application: such a paste pastes nothing.
class SourceTextEdit : public QPlainTextEdit
{
public:
    using QPlainTextEdit::QPlainTextEdit;

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override
    {
        return source && !source->formats().isEmpty() &&
               QPlainTextEdit::canInsertFromMimeData(source);
    }
    void insertFromMimeData(const QMimeData *source) override
    {
        if (source && !source->formats().isEmpty())
            QPlainTextEdit::insertFromMimeData(source);
    }
};

} // namespace

DraftDialog::DraftDialog(QWidget *parent)
    : QDialog(parent)
    , m_model(new DraftNumbersModel(this))
{
    setWindowTitle(tr("New Report from Text or PDF"));
    setObjectName(QStringLiteral("draftDialog"));

    m_text = new SourceTextEdit(this);
    m_text->setObjectName(QStringLiteral("draftText"));
    m_text->setPlaceholderText(tr("Paste the text of an article or a report here, or open a "
                                  "text, Markdown, HTML or PDF file."));
    m_text->setAccessibleName(tr("Source text"));
    m_openButton = new QPushButton(tr("&Open File…"), this);
    m_sourceLabel = plainLabel(QString(), this);
    m_sourceLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("draftNumbers"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new ChoiceDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::SelectedClicked);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Numbers found"));
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_countLabel = plainLabel(QString(), this);

    m_figures = new QListWidget(this);
    m_figures->setObjectName(QStringLiteral("draftFigures"));
    m_figures->setAccessibleName(tr("Figures of the pack"));
    m_figures->setWordWrap(true);
    m_figures->setTextElideMode(Qt::ElideRight);
    m_figures->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_figures->setSpacing(2);
    m_makeButton = new QPushButton(tr("&Make Figure…"), this);
    m_makeButton->setToolTip(tr("A figure of the selected numbers"));
    m_removeButton = new QPushButton(tr("&Remove Figure"), this);
    m_preview = new FigureView(this);
    m_preview->setObjectName(QStringLiteral("draftPreview"));
    m_preview->setAccessibleName(tr("Preview of the figure"));

    m_message = plainLabel(QString(), this);
    m_message->setWordWrap(true);
    m_problems = new QPlainTextEdit(this);
    m_problems->setReadOnly(true);
    m_problems->setMaximumHeight(fontMetrics().lineSpacing() * 7);
    m_problems->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save and Open…"));
    // Figdeck's catalog, not Qt's: Qt's is a separate package (qt6-translations-l10n), only
    // recommended, and without it the button said "Cancel" in a Chinese dialog.
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));

    // Text | numbers above, figures | preview below.
    auto *textPane = new QWidget(this);
    auto *textLayout = new QVBoxLayout(textPane);
    textLayout->setContentsMargins(0, 0, 0, 0);
    auto *openRow = new QHBoxLayout;
    openRow->addWidget(m_openButton);
    openRow->addWidget(m_sourceLabel, 1);
    textLayout->addLayout(openRow);
    textLayout->addWidget(m_text, 1);

    auto *numbersPane = new QWidget(this);
    auto *numbersLayout = new QVBoxLayout(numbersPane);
    numbersLayout->setContentsMargins(0, 0, 0, 0);
    numbersLayout->addWidget(m_countLabel);
    numbersLayout->addWidget(m_table, 1);

    auto *top = m_top = new QSplitter(Qt::Horizontal, this);
    top->setObjectName(QStringLiteral("draftTextNumbers"));
    top->addWidget(textPane);
    top->addWidget(numbersPane);
    top->setSizes({480, 720});
    top->setChildrenCollapsible(false);

    auto *figuresPane = new QWidget(this);
    auto *figuresLayout = new QVBoxLayout(figuresPane);
    figuresLayout->setContentsMargins(0, 0, 0, 0);
    figuresLayout->addWidget(plainLabel(tr("Figures of the pack:"), figuresPane));
    figuresLayout->addWidget(m_figures, 1);
    auto *figureButtons = new QHBoxLayout;
    figureButtons->addWidget(m_makeButton);
    figureButtons->addWidget(m_removeButton);
    figureButtons->addStretch(1);
    figuresLayout->addLayout(figureButtons);

    auto *previewPane = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewPane);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    m_previewTitle = plainLabel(QString(), previewPane);
    m_previewTitle->setWordWrap(true);
    QFont titleFont = m_previewTitle->font();
    titleFont.setBold(true);
    m_previewTitle->setFont(titleFont);
    m_previewNotes = notesLabel(previewPane);
    previewLayout->addWidget(m_previewTitle);
    previewLayout->addWidget(m_preview, 1);
    previewLayout->addWidget(m_previewNotes);

    auto *bottom = m_bottom = new QSplitter(Qt::Horizontal, this);
    bottom->setObjectName(QStringLiteral("draftFiguresPreview"));
    bottom->addWidget(figuresPane);
    bottom->addWidget(previewPane);
    bottom->setSizes({400, 800});
    bottom->setChildrenCollapsible(false);

    auto *panes = m_panes = new QSplitter(Qt::Vertical, this);
    panes->setObjectName(QStringLiteral("draftPanes"));
    panes->addWidget(top);
    panes->addWidget(bottom);
    panes->setSizes({400, 420});
    panes->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(panes, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);

    m_findTimer.setSingleShot(true);
    m_findTimer.setInterval(FindDelayMs);
    connect(&m_findTimer, &QTimer::timeout, this, &DraftDialog::findNumbersNow);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] { m_findTimer.start(); });
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        const QString dir =
            m_sourcePath.isEmpty() ? QDir::homePath() : QFileInfo(m_sourcePath).absolutePath();
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open Source"), dir,
            tr("Texts and PDFs (*.txt *.md *.markdown *.html *.htm *.pdf);;All files (*)"));
        if (!path.isEmpty())
            openSource(path);
    });
    connect(m_model, &DraftNumbersModel::numbersEdited, this, &DraftDialog::rebuild);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && !m_refinding)
                    highlightRow(current.row());
            });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_makeButton->setEnabled(!selectedUsedRows().isEmpty()); });
    connect(m_figures, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        m_removeButton->setEnabled(item != nullptr);
        showFigure(item ? item->data(Qt::UserRole).toString() : QString());
    });
    connect(m_makeButton, &QPushButton::clicked, this, &DraftDialog::makeFigure);
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        if (const QListWidgetItem *item = m_figures->currentItem())
            removeFigure(item->data(Qt::UserRole).toString());
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DraftDialog::saveWithDialog);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_makeButton->setEnabled(false);
    m_removeButton->setEnabled(false);
    restoreLayout();
    rebuild();
}

namespace {

const QString LayoutGroup = QStringLiteral("draft");

QList<QRect> availableScreens()
{
    QList<QRect> screens;
    for (const QScreen *screen : QGuiApplication::screens())
        screens << screen->availableGeometry();
    return screens;
}

// Stored splitter sizes, used when each pane keeps some room.
bool restoreSplitter(QSplitter *splitter, const QByteArray &state)
{
    constexpr int MinPane = 80;
    const QList<int> before = splitter->sizes();
    if (state.isEmpty() || !splitter->restoreState(state))
        return false;
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    const int maxTotal = std::max(screen.width(), screen.height()) * 2;
    if (splitterSizesUsable(splitter->sizes(), splitter->count(), MinPane, maxTotal))
        return true;
    splitter->setSizes(before);
    return false;
}

} // namespace

void DraftDialog::restoreLayout()
{
    QSettings settings;
    settings.beginGroup(LayoutGroup);
    const QByteArray geometry = settings.value(QStringLiteral("geometry")).toByteArray();
    // Stored state can be corrupt or from another screen: used only when it fits the screens.
    if (geometry.isEmpty() || !restoreGeometry(geometry) ||
        !windowGeometryFits(this->geometry(), availableScreens()))
        resize(1200, 820);
}

void DraftDialog::showEvent(QShowEvent *event)
{
    // The panes' sizes once the dialog is laid out at its size: a splitter given sizes before
    // it has its own spreads them again when it gets it.
    if (!m_panesRestored) {
        m_panesRestored = true;
        QSettings settings;
        settings.beginGroup(LayoutGroup);
        restoreSplitter(m_top, settings.value(QStringLiteral("textNumbers")).toByteArray());
        restoreSplitter(m_bottom, settings.value(QStringLiteral("figuresPreview")).toByteArray());
        restoreSplitter(m_panes, settings.value(QStringLiteral("panes")).toByteArray());
    }
    QDialog::showEvent(event);
}

void DraftDialog::rememberLayout() const
{
    QSettings settings;
    settings.beginGroup(LayoutGroup);
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("textNumbers"), m_top->saveState());
    settings.setValue(QStringLiteral("figuresPreview"), m_bottom->saveState());
    settings.setValue(QStringLiteral("panes"), m_panes->saveState());
}

void DraftDialog::done(int result)
{
    rememberLayout();
    QDialog::done(result);
}

DraftDialog::~DraftDialog() = default;

void DraftDialog::setText(const QString &text, const QString &sourceName)
{
    m_sourceName = sourceName;
    m_text->setPlainText(withNewlines(text));
    m_findTimer.stop();
    findNumbersNow();
}

bool DraftDialog::openSource(const QString &path)
{
    QGuiApplication::setOverrideCursor(Qt::WaitCursor); // a long PDF takes a moment
    const TextSource source = readSource(path);
    QGuiApplication::restoreOverrideCursor();
    if (!source.ok()) {
        showMessage(source.error, true);
        return false;
    }
    m_sourcePath = path;
    m_sourceLabel->setText(QDir::toNativeSeparators(path));
    m_sourceLabel->setToolTip(plainToolTip(QDir::toNativeSeparators(path)));
    setText(source.text, path);
    return true;
}

QString DraftDialog::sourceName() const
{
    // The name goes into the pack (its drafted caveat), not into the interface.
    return m_sourceName.isEmpty() ? QStringLiteral("pasted text") : m_sourceName;
}

void DraftDialog::findNumbersNow()
{
    m_findTimer.stop();
    const QString text = m_text->toPlainText();
    m_text->setExtraSelections({}); // the sentence marked may have changed
    // The pack's language (a Chinese text drafts a Chinese pack) formats the values.
    const QString language = draftReport(text, sourceName(), {}).language;
    QItemSelectionModel *selection = m_table->selectionModel();
    const QModelIndexList selected = selection->selectedRows();
    const int current = selection->currentIndex().row();
    const int currentColumn = std::max(0, selection->currentIndex().column());
    const QList<int> rowNow = m_model->setNumbers(draftableNumbers(text), language, text);
    remapRows(rowNow);
    // The rows the user had selected, where their numbers are found again: typing elsewhere in
    // the text keeps them (the text keeps its cursor).
    m_refinding = true;
    QItemSelection again;
    for (const QModelIndex &index : selected) {
        const int row = rowNow.value(index.row(), -1);
        if (row >= 0)
            again.select(m_model->index(row, 0),
                         m_model->index(row, DraftNumbersModel::Columns - 1));
    }
    if (const int row = rowNow.value(current, -1); row >= 0)
        selection->setCurrentIndex(m_model->index(row, currentColumn),
                                   QItemSelectionModel::NoUpdate);
    selection->select(again, QItemSelectionModel::ClearAndSelect);
    m_refinding = false;
    rebuild(); // the drafter's labels, before the columns take their widths
    m_table->resizeColumnsToContents();
    const int quoteWidth = m_table->columnWidth(DraftNumbersModel::Quote);
    m_table->setColumnWidth(DraftNumbersModel::Quote, std::min(quoteWidth, 600));
    m_table->setColumnWidth(DraftNumbersModel::Label,
                            std::min(m_table->columnWidth(DraftNumbersModel::Label), 240));
    // Room to read a period as it is typed, however few the drafter found ("2024" or none).
    const QFontMetrics metrics(m_table->font());
    int period = m_table->columnWidth(DraftNumbersModel::Period);
    for (const char *form : {"2024-H2", "2024-Q3", "H2 2024"})
        period = std::max(period, metrics.horizontalAdvance(QLatin1String(form)) +
                                      2 * metrics.averageCharWidth());
    m_table->setColumnWidth(DraftNumbersModel::Period, period);
}

void DraftDialog::remapRows(const QList<int> &rowNow)
{
    // Figures made here show the numbers found again (a figure none of whose numbers is found
    // again stays, empty, like one whose numbers are all unticked).
    for (UserFigure &f : m_userFigures) {
        QList<int> rows;
        for (int row : std::as_const(f.rows)) {
            if (const int now = rowNow.value(row, -1); now >= 0)
                rows.append(now);
        }
        f.rows = rows;
    }
    // A removed proposal stays removed while all its numbers are found again.
    QSet<QString> removed;
    for (const QString &key : std::as_const(m_removedProposals)) {
        QStringList parts = key.split(QLatin1Char(':'));
        QList<int> rows;
        for (qsizetype i = 1; i < parts.size(); ++i)
            rows.append(rowNow.value(parts.at(i).toInt(), -1));
        if (rows.contains(-1))
            continue;
        std::sort(rows.begin(), rows.end());
        parts = parts.mid(0, 1);
        for (int row : std::as_const(rows))
            parts << QString::number(row);
        removed.insert(parts.join(QLatin1Char(':')));
    }
    m_removedProposals = removed;
}

QString DraftDialog::messageText() const
{
    return m_message->text();
}

void DraftDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    markAsError(m_message, error);
}

Report DraftDialog::draft(const QList<UserFigure> &figures, QList<int> *owners) const
{
    QList<int> usedRows;
    const QList<FoundNumber> numbers = m_model->usedNumbers(&usedRows);
    QList<DraftFigureRequest> requests;
    if (owners)
        owners->clear();
    for (int k = 0; k < figures.size(); ++k) {
        const UserFigure &f = figures.at(k);
        DraftFigureRequest r{f.kind, f.title, {}};
        for (int row : f.rows) {
            const int i = int(usedRows.indexOf(row));
            if (i >= 0)
                r.numbers.append(i);
        }
        // A figure whose numbers are all unticked is kept, to come back when one is ticked.
        if (!r.numbers.isEmpty()) {
            requests.append(r);
            if (owners)
                owners->append(k);
        }
    }
    Report report = draftReport(m_text->toPlainText(), sourceName(), numbers, requests);
    // Proposals the user removed stay removed, and with them the rest they derived.
    const int own = int(requests.size());
    for (int i = int(report.figures.size()) - 1; i >= own; --i) {
        if (m_removedProposals.contains(proposalKey(report, report.figures.at(i), usedRows)))
            report.figures.removeAt(i);
    }
    QSet<QString> shown;
    for (const Figure &f : std::as_const(report.figures))
        shown.unite(QSet<QString>(f.metricIds.cbegin(), f.metricIds.cend()));
    report.metrics.removeIf(
        [&](const Metric &m) { return m.origin == Origin::Derived && !shown.contains(m.id); });
    return report;
}

QString DraftDialog::proposalKey(const Report &report, const Figure &figure,
                                 const QList<int> &usedRows)
{
    QList<int> rows;
    for (const QString &id : figure.metricIds) {
        const int i = report.metricIndex(id);
        if (i >= 0 && i < usedRows.size())
            rows.append(usedRows.at(i));
    }
    std::sort(rows.begin(), rows.end());
    QStringList parts{toString(figure.kind)};
    for (int row : std::as_const(rows))
        parts << QString::number(row);
    return parts.join(QLatin1Char(':'));
}

void DraftDialog::rebuild()
{
    // What the last save refused, or a file that could not be read, is past now.
    showMessage(QString(), false);
    m_problems->hide();
    m_report = draft(m_userFigures, &m_owners);
    // The drafter's labels in the table: report.metrics[i] is the metric of the i-th ticked row.
    QList<int> usedRows;
    m_model->usedNumbers(&usedRows);
    QStringList labels;
    for (qsizetype i = 0; i < usedRows.size() && i < m_report.metrics.size(); ++i)
        labels << m_report.metrics.at(i).label.text();
    m_model->setDraftLabels(usedRows, labels);
    const int found = m_model->rowCount();
    const int used = int(m_model->usedNumbers().size());
    m_countLabel->setText(
        found == 0
            ? tr("No numbers found yet.")
            : tr("%n number(s) found, %1 kept.", nullptr, found).arg(QLocale().toString(used)));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(used > 0);
    // A period that reads as a date and is none, or one left empty because the text names it
    // from a date it does not give ("去年", "last year"): its cell is marked, and here it says
    // why, before the pack is saved without it.
    QString problem;
    if (const int row = m_model->firstPeriodProblem(&problem); row >= 0)
        showMessage(tr("Line %1: %2").arg(m_model->number(row).line).arg(problem), true);
    updateFigureList();
}

void DraftDialog::updateFigureList()
{
    const QString current = m_figures->currentItem()
                                ? m_figures->currentItem()->data(Qt::UserRole).toString()
                                : QString();
    const QSignalBlocker blocker(m_figures);
    m_figures->clear();
    const QList<Choice> kinds = chartKindChoices();
    for (int i = 0; i < m_report.figures.size(); ++i) {
        const Figure &f = m_report.figures.at(i);
        const QString kind = choiceLabel(kinds, toString(f.kind));
        const QString text = i < m_owners.size() ? tr("%1\n%2, made here").arg(f.title.text(), kind)
                                                 : tr("%1\n%2, proposed").arg(f.title.text(), kind);
        auto *item = new QListWidgetItem(text, m_figures);
        item->setData(Qt::UserRole, f.id);
        item->setToolTip(plainToolTip(text));
    }
    int row = 0;
    for (int i = 0; i < m_figures->count(); ++i) {
        if (m_figures->item(i)->data(Qt::UserRole).toString() == current)
            row = i;
    }
    if (m_figures->count() > 0)
        m_figures->setCurrentRow(row);
    m_removeButton->setEnabled(m_figures->currentItem() != nullptr);
    showFigure(m_figures->currentItem() ? m_figures->currentItem()->data(Qt::UserRole).toString()
                                        : QString());
}

void DraftDialog::showFigure(const QString &figureId)
{
    const Figure *figure = m_report.figure(figureId);
    m_previewTitle->setText(figure ? figure->title.text() : QString());
    m_previewNotes->setText(figure ? notesOf(*figure) : QString());
    m_previewNotes->setVisible(figure && !figure->caveats.isEmpty());
    if (!figure) {
        m_preview->clear();
        return;
    }
    m_preview->setFigure(m_report, *figure, m_options);
}

void DraftDialog::highlightRow(int row)
{
    const FoundNumber &n = m_model->number(row);
    const QTextBlock block = m_text->document()->findBlockByNumber(n.line - 1);
    if (!block.isValid())
        return;
    // The whole phrase the number was read from: its sign and qualifier words as well.
    const int start = block.position() + n.column - 1 - (n.quoteStart - n.phraseStart);
    const int length = n.phraseEnd - n.phraseStart;
    // The sentence lightly, the number itself as the selection.
    QTextEdit::ExtraSelection sentence;
    sentence.cursor = QTextCursor(m_text->document());
    const int sentenceStart = std::max(0, start - n.phraseStart);
    sentence.cursor.setPosition(sentenceStart);
    sentence.cursor.setPosition(sentenceStart + int(n.quote.size()), QTextCursor::KeepAnchor);
    QColor tint = palette().color(QPalette::Highlight);
    tint.setAlpha(50);
    sentence.format.setBackground(tint);
    m_text->setExtraSelections({sentence});
    QTextCursor cursor(m_text->document());
    cursor.setPosition(start);
    cursor.setPosition(start + length, QTextCursor::KeepAnchor);
    m_text->setTextCursor(cursor);
    m_text->centerCursor();
}

QList<int> DraftDialog::selectedUsedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        if (m_model->isUsed(index.row()))
            rows.append(index.row());
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

Report DraftDialog::reportWith(ChartKind kind, const QString &title, const QList<int> &rows) const
{
    QList<UserFigure> figures = m_userFigures;
    figures.append({kind, title, rows});
    return draft(figures);
}

void DraftDialog::addFigure(ChartKind kind, const QString &title, const QList<int> &rows)
{
    m_userFigures.append({kind, title, rows});
    rebuild();
    if (userFigureCount() > 0)
        m_figures->setCurrentRow(userFigureCount() - 1);
}

void DraftDialog::removeFigure(const QString &figureId)
{
    const int index = m_report.figureIndex(figureId);
    if (index < 0)
        return;
    if (index < m_owners.size()) {
        m_userFigures.removeAt(m_owners.at(index));
    } else {
        QList<int> usedRows;
        m_model->usedNumbers(&usedRows);
        m_removedProposals.insert(proposalKey(m_report, m_report.figures.at(index), usedRows));
    }
    rebuild();
}

MakeFigureDialog *DraftDialog::makeFigure()
{
    const QList<int> rows = selectedUsedRows();
    if (rows.isEmpty())
        return nullptr;
    auto *dialog = new MakeFigureDialog(
        [this, rows](ChartKind kind, const QString &title) {
            return reportWith(kind, title, rows);
        },
        userFigureCount(), m_options, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, rows] { addFigure(dialog->kind(), dialog->title(), rows); });
    dialog->open();
    return dialog;
}

bool DraftDialog::saveTo(const QString &path)
{
    m_saveProblems.clear();
    QByteArray bytes;
    const QList<Diagnostic> diagnostics = readBack(m_report, path, &bytes);
    for (const Diagnostic &d : diagnostics) {
        if (d.severity == Diagnostic::Severity::Error)
            m_saveProblems << d.toString();
    }
    if (!m_saveProblems.isEmpty()) {
        showMessage(tr("The pack is not valid, so it was not saved: %n problem(s).", nullptr,
                       int(m_saveProblems.size())),
                    true);
        QStringList shown = m_saveProblems.mid(0, ShownProblems);
        if (m_saveProblems.size() > ShownProblems)
            shown << tr("…and %n more problem(s).", nullptr,
                        int(m_saveProblems.size() - ShownProblems));
        m_problems->setPlainText(shown.join(QLatin1Char('\n')));
        m_problems->show();
        return false;
    }
    m_problems->hide();
    // The document's own save path: QSaveFile, the old file untouched on failure.
    ReportDocument document;
    document.open(m_report, QString(), bytes);
    QString error;
    if (!document.save(path, &error)) {
        showMessage(tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), error), true);
        return false;
    }
    showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), false);
    emit packSaved(path);
    QDialog::accept();
    return true;
}

void DraftDialog::saveWithDialog()
{
    const QFileInfo source(m_sourcePath);
    const QString dir = m_sourcePath.isEmpty() ? QDir::homePath() : source.absolutePath();
    const QString base =
        m_sourcePath.isEmpty() ? QStringLiteral("draft") : source.completeBaseName();
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save Drafted Pack"),
                                     dir + QLatin1Char('/') + base + QLatin1String(".figdeck.json"),
                                     tr("Report-packs (*.json);;All files (*)"));
    if (!path.isEmpty())
        saveTo(path);
}

bool DraftDialog::hasWork() const
{
    return !m_userFigures.isEmpty() || !m_removedProposals.isEmpty() || m_model->hasChanges();
}

void DraftDialog::reject()
{
    if (hasWork()) {
        bool discard = false;
        if (m_discardHook) {
            discard = m_discardHook();
        } else {
            QMessageBox box(QMessageBox::Warning, tr("Discard the Draft?"),
                            tr("The corrections and figures made here are not saved. Close "
                               "and discard them?"),
                            QMessageBox::Discard | QMessageBox::Cancel, this);
            box.setDefaultButton(QMessageBox::Cancel);
            box.button(QMessageBox::Discard)->setText(tr("&Discard"));
            box.button(QMessageBox::Cancel)->setText(tr("Cancel"));
            discard = box.exec() == QMessageBox::Discard;
        }
        if (!discard)
            return;
    }
    QDialog::reject();
}

void DraftDialog::setTheme(ThemeId theme)
{
    m_options.theme = Theme::get(theme);
    if (const QListWidgetItem *item = m_figures->currentItem())
        showFigure(item->data(Qt::UserRole).toString());
}

// ---- Make Figure ------------------------------------------------------------------------------

MakeFigureDialog::MakeFigureDialog(DraftWith draftWith, int figureIndex,
                                   const ChartOptions &options, QWidget *parent)
    : QDialog(parent)
    , m_draftWith(std::move(draftWith))
    , m_figureIndex(figureIndex)
    , m_options(options)
{
    setWindowTitle(tr("Make Figure"));
    m_kind = new QComboBox(this);
    fillChoices(m_kind, chartKindChoices(), toString(ChartKind::Tiles));
    m_title = new QLineEdit(this);
    m_numbers = plainLabel(QString(), this);
    m_numbers->setWordWrap(true);
    m_preview = new FigureView(this);
    m_preview->setObjectName(QStringLiteral("makeFigurePreview"));
    m_preview->setAccessibleName(tr("Preview of the figure"));
    m_notes = notesLabel(this);
    m_problemLabel = plainLabel(QString(), this);
    m_problemLabel->setWordWrap(true);
    markAsError(m_problemLabel, true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add Figure"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("Numbers:"), m_numbers);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_notes);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &MakeFigureDialog::update);
    connect(m_title, &QLineEdit::textChanged, this, &MakeFigureDialog::update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(760, 620);
    update();
}

ChartKind MakeFigureDialog::kind() const
{
    return chartKindFromString(m_kind->currentData().toString()).value_or(ChartKind::Tiles);
}

void MakeFigureDialog::setKind(ChartKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(toString(kind)));
}

QString MakeFigureDialog::title() const
{
    return m_title->text().trimmed();
}

void MakeFigureDialog::setTitle(const QString &title)
{
    m_title->setText(title);
}

void MakeFigureDialog::update()
{
    const Report report = m_draftWith(kind(), title());
    m_problemLines.clear();
    m_figure = report.figures.value(m_figureIndex);
    QStringList labels;
    for (const Metric *m : report.metricsOf(m_figure))
        labels << m->label.text() + QLatin1String(": ") + formatValue(*m, report.language);
    m_numbers->setText(labels.join(QLatin1String("; ")));
    if (title().isEmpty())
        m_title->setPlaceholderText(m_figure.title.text());
    // What would keep the figure out of a valid pack: errors anywhere (the figure's derived
    // rest, its share sums) and warnings about the figure itself (mixed units on one axis).
    // The validator's rules on the Report itself, as the editor checks edits live.
    const QString path = ReportDocument::figurePath(m_figureIndex);
    for (const Problem &p : validateReport(report)) {
        if (p.severity == Problem::Severity::Error || p.path == path ||
            p.path.startsWith(path + QLatin1Char('.')) ||
            p.path.startsWith(path + QLatin1Char('[')))
            m_problemLines << p.message; // names the metrics by id
    }
    m_problemLabel->setText(m_problemLines.join(QLatin1Char('\n')));
    m_problemLabel->setVisible(!m_problemLines.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problemLines.isEmpty());
    m_notes->setText(notesOf(m_figure));
    m_notes->setVisible(!m_figure.caveats.isEmpty());
    if (m_figure.metricIds.isEmpty())
        m_preview->clear();
    else
        m_preview->setFigure(report, m_figure, m_options);
}

} // namespace Figdeck
