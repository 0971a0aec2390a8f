// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspector.h"

#include "editorchoices.h"
#include "packtext.h"
#include "plaintext.h"
#include "reportdocument.h"
#include "validate.h"

#include <QAbstractListModel>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPen>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

#include <optional>

namespace Figdeck {

namespace {

const QColor ProblemColor(0xD5, 0x5E, 0x00); // Okabe-Ito vermillion, as the figure list's mark

// The marker of a field with a problem: a vermillion frame painted over the field by a child
// that takes no input, so the field keeps its style's own look. A style sheet border made the
// style sheet draw the whole widget: a combo box's arrow came out unlike every other combo's.
class ProblemFrame final : public QWidget
{
public:
    // Frames `field` (or unframes it) and keeps the frame on top and at its size.
    static void mark(QWidget *field, bool problem)
    {
        // Not findChild: without Q_OBJECT its cast takes any widget (a combo box's popup).
        ProblemFrame *frame = nullptr;
        for (QObject *child : field->children()) {
            if (auto *f = dynamic_cast<ProblemFrame *>(child))
                frame = f;
        }
        if (!problem) {
            delete frame;
            return;
        }
        if (!frame)
            frame = new ProblemFrame(field);
        frame->setGeometry(field->rect());
        frame->raise(); // over children made since (an editable combo's line edit)
        frame->show();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == parent() && event->type() == QEvent::Resize)
            setGeometry(parentWidget()->rect());
        return QWidget::eventFilter(watched, event);
    }
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        constexpr int Width = 2;
        painter.setPen(QPen(ProblemColor, Width, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(
            QRectF(rect()).adjusted(Width / 2.0, Width / 2.0, -Width / 2.0, -Width / 2.0));
    }

private:
    explicit ProblemFrame(QWidget *field)
        : QWidget(field)
    {
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setAttribute(Qt::WA_NoSystemBackground);
        setFocusPolicy(Qt::NoFocus);
        field->installEventFilter(this);
    }
};

// Scrolls up and down only, and is as wide as its content needs: no field is cut off at the
// right or reached by scrolling sideways. A choice's text decides its combo box's width.
class VerticalScrollArea : public QScrollArea
{
public:
    QSize minimumSizeHint() const override
    {
        const QSize own = QScrollArea::minimumSizeHint();
        if (!widget())
            return own;
        return {widget()->minimumSizeHint().width() + verticalScrollBar()->sizeHint().width() +
                    2 * frameWidth(),
                own.height()};
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // A field shown, hidden or refilled changes what the content needs.
        if (watched == widget() && event->type() == QEvent::LayoutRequest)
            updateGeometry();
        return QScrollArea::eventFilter(watched, event);
    }
};

// A combo box whose choices are made when it opens or takes the focus (`fill`), not each time
// what it belongs to is shown.
class OnDemandComboBox : public QComboBox
{
public:
    std::function<void()> fill;

    void showPopup() override
    {
        if (fill)
            fill();
        QComboBox::showPopup();
    }

protected:
    void focusInEvent(QFocusEvent *event) override
    {
        // The arrow keys choose among the whole list too; back from its own popup, it has it.
        if (fill && event->reason() != Qt::PopupFocusReason)
            fill();
        QComboBox::focusInEvent(event);
    }
};

QScrollArea *scrolled(QWidget *content)
{
    auto *area = new VerticalScrollArea;
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return area;
}

QTableWidget *listTable(const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setWordWrap(true);
    table->setMinimumHeight(110);
    return table;
}

// A row of small buttons under a list: each calls `action`.
QWidget *buttonRow(const QList<std::pair<QString, std::function<void()>>> &buttons)
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const auto &[label, action] : buttons) {
        auto *button = new QPushButton(label, row);
        button->setAutoDefault(false);
        QObject::connect(button, &QPushButton::clicked, row, action);
        layout->addWidget(button);
    }
    layout->addStretch(1);
    return row;
}

void setTextIfDifferent(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text) {
        const QSignalBlocker blocker(edit);
        edit->setText(text);
    }
}

QString itemText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

void setRows(QTableWidget *table, const QList<QStringList> &rows)
{
    bool same = table->rowCount() == rows.size();
    for (int r = 0; same && r < rows.size(); ++r) {
        for (int c = 0; same && c < rows.at(r).size(); ++c)
            same = itemText(table, r, c) == rows.at(r).at(c);
    }
    if (same)
        return; // an unchanged table keeps its selection and scroll position
    const QSignalBlocker blocker(table);
    const int current = table->currentRow();
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows.at(r).size(); ++c)
            table->setItem(r, c, new QTableWidgetItem(rows.at(r).at(c)));
    }
    table->resizeRowsToContents();
    if (current >= 0 && current < table->rowCount())
        table->selectRow(current);
}

} // namespace

// What the selected number can restate (the Restates field): thousands of rows in a pack of
// 3,000 figures, so a row is its kind and an id, and its text is made when it is shown or
// searched (made as QStandardItems, the list took 0.17 s of CPU to open, several times that on a
// busy machine).
class RestatedChoices final : public QAbstractListModel
{
public:
    struct Row
    {
        enum Kind { Nothing, ThisFigure, Figure, NoFigure, Metric } kind;
        QString id; // the figure's (a title row) or the metric's
    };

    RestatedChoices(const ReportDocument *document, QObject *parent);
    void setRows(QList<Row> rows);
    // A choice wider than `width` of `metrics` gives its whole text as its tool tip.
    void setFieldWidth(const QFontMetrics &metrics, int width)
    {
        m_metrics = metrics;
        m_width = width;
    }

    int rowCount(const QModelIndex &parent = {}) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    QString text(const Row &row) const;

    QPointer<const ReportDocument> m_document;
    QList<Row> m_rows;
    std::optional<QFontMetrics> m_metrics;
    int m_width = 0;
};

Inspector::Inspector(ReportDocument *document, QWidget *parent)
    : QTabWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("inspector"));
    setAccessibleName(tr("Inspector"));
    m_figureTab = createFigureTab();
    m_reportTab = createReportTab();
    addFieldHelp();
    addTab(scrolled(m_figureTab), tr("Figure"));
    addTab(scrolled(m_reportTab), tr("Report"));
    // A combo box is as wide as its longest choice, whenever it is refilled. The wheel scrolls
    // the inspector unless the field has the focus: scrolling past a field does not edit it.
    for (QComboBox *combo : findChildren<QComboBox *>()) {
        if (combo != m_equivalentOf)
            sizeToChoices(combo);
    }
    // Its choices come when it opens or is typed in: a fixed width, a long choice elided.
    m_equivalentOf->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_equivalentOf->setMinimumContentsLength(36);
    m_restated->setFieldWidth(m_equivalentOf->fontMetrics(), packLabelWidth());
    for (QAbstractItemView *list : {m_equivalentOf->view(), m_equivalentOf->completer()->popup()}) {
        if (auto *view = qobject_cast<QListView *>(list)) {
            view->setUniformItemSizes(true); // thousands of rows laid out by the first one
            view->setTextElideMode(Qt::ElideMiddle);
        }
    }
    for (QWidget *field : findChildren<QWidget *>()) {
        if (qobject_cast<QComboBox *>(field) || qobject_cast<QAbstractSpinBox *>(field)) {
            field->setFocusPolicy(Qt::StrongFocus);
            field->installEventFilter(this);
        }
    }

    connect(document, &ReportDocument::opened, this, [this] {
        refreshFigure();
        refreshReport();
    });
    // The metric list shows labels: a metric's change can concern it too.
    connect(document, &ReportDocument::figureContentChanged, this, [this](const QString &id) {
        if (id == m_figureId)
            refreshFigure();
    });
    for (auto signal : {&ReportDocument::metaChanged, &ReportDocument::sourceChanged,
                        &ReportDocument::sectionsChanged, &ReportDocument::caveatsChanged})
        connect(document, signal, this, &Inspector::refreshReport);
    connect(document, &ReportDocument::problemsChanged, this, &Inspector::refreshProblems);
    // Made when first shown, often after the report was opened: show it now.
    refreshReport();
    refreshProblems();
}

void Inspector::addFieldHelp()
{
    const QList<std::pair<const char *, QString>> help = {
        {"title", tr("The figure's headline, as the chart and every export show it")},
        {"subtitle", tr("Optional: a line under the title saying what, where and when")},
        {"kind", tr("How the numbers are drawn; the options of each kind follow below")},
        {"comparable",
         tr("On when the values measure one thing in one unit, so that one axis may hold them")},
        {"series", tr("Each series is one line or set of columns, named in the legend. "
                      "Double-click or F2 renames one; Alt+Up and Alt+Down reorder them")},
        {"metrics", tr("The numbers the figure shows, in the order it draws them")},
        {"findings", tr("What the report concludes from these numbers, each with the quote "
                        "from the source that says it")},
        {"caveats", tr("What a reader must know to read the figure right; tick the numbers "
                       "each caveat marks")},
        {"metric:value", tr("The number itself, in the unit above; for a range, its low end")},
        {"metric:qualifier",
         tr("How exact the source says the number is: exactly, about, more than…")},
        {"metric:status", tr("Whether the number was measured, estimated or forecast")},
        {"metric:date",
         tr("The period the number is for: 2024, 2024-H2, 2024-Q3, 2024-06 or 2024-06-30")},
        {"metric:source", tr("The source this number is quoted from")},
        {"metric:equivalentOf",
         tr("The number this one gives again in another unit or currency: a conversion, "
            "drawn beside its original, not a number of its own. Type a part of its name or "
            "id to find it")},
        {"metric:equivalentRate", tr("The rate of the conversion, in the source's words")},
        {"metric:series", tr("The series this number is drawn in, or a new one; the Series "
                             "list above names them")},
        {"report:title", tr("The report's title, as its issuer names it")},
        {"report:date", tr("When the report was published")},
        {"report:source.id",
         tr("The name the numbers use for this source; a new one is given to them too")},
        {"report:source.url", tr("Where a reader finds the source")},
    };
    for (const auto &[field, text] : help) {
        const auto it = m_fields.constFind(QLatin1String(field));
        Q_ASSERT(it != m_fields.cend());
        it->widget->setProperty("help", text);
        updateFieldToolTip(it->widget);
    }
}

int Inspector::packLabelWidth() const
{
    return 36 * fontMetrics().averageCharWidth();
}

bool Inspector::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_seriesList && event->type() == QEvent::KeyPress) {
        // Alt+Up and Alt+Down move the series (Ctrl+Shift+Up/Down move the figure); Delete
        // removes an empty one. While a name is typed, the editor has these keys.
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::AltModifier &&
            (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            moveSelectedSeries(key->key() == Qt::Key_Up ? -1 : +1);
            return true;
        }
        if (key->matches(QKeySequence::Delete)) {
            removeSelectedSeries();
            return true;
        }
    }
    if (event->type() == QEvent::Wheel && watched != m_seriesList &&
        !static_cast<QWidget *>(watched)->hasFocus()) {
        event->ignore(); // on to the scroll area
        return true;
    }
    return QTabWidget::eventFilter(watched, event);
}

QLineEdit *Inspector::addLine(QFormLayout *form, const QString &label, const QString &field)
{
    auto *edit = new QLineEdit;
    auto *message = new QLabel;
    message->setTextFormat(Qt::PlainText);
    message->setWordWrap(true);
    QPalette pal = message->palette();
    pal.setColor(QPalette::WindowText, ProblemColor);
    message->setPalette(pal);
    message->hide();
    form->addRow(label, edit);
    form->addRow(QString(), message);
    m_fields.insert(field, {edit, message, !field.startsWith(QLatin1String("report:"))});
    return edit;
}

QWidget *Inspector::createFigureTab()
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    auto *form = new QFormLayout;
    m_figureForm = form;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_figureIdLabel = new QLabel;
    m_figureIdLabel->setTextFormat(Qt::PlainText);
    m_figureIdLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Id:"), m_figureIdLabel);
    m_title = addLine(form, tr("&Title:"), QStringLiteral("title"));
    m_title->setObjectName(QStringLiteral("figureTitleEdit"));
    connect(m_title, &QLineEdit::textEdited, this, [this](const QString &text) {
        editFigure(
            [&](Figure &f) { f.title = editedText(f.title, text, m_document->language(), false); },
            tr("title"), QStringLiteral("title"));
    });
    m_subtitle = addLine(form, tr("&Subtitle:"), QStringLiteral("subtitle"));
    connect(m_subtitle, &QLineEdit::textEdited, this, [this](const QString &text) {
        editFigure(
            [&](Figure &f) {
                f.subtitle = editedText(f.subtitle, text, m_document->language(), true);
            },
            tr("subtitle"), QStringLiteral("subtitle"));
    });
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("figureKind"));
    form->addRow(tr("&Kind:"), m_kind);
    m_fields.insert(QStringLiteral("kind"), {m_kind, nullptr, true});
    connect(m_kind, &QComboBox::activated, this, [this] {
        const auto kind = chartKindFromString(m_kind->currentData().toString());
        if (!kind)
            return;
        editFigure(
            [&](Figure &f) {
                f.kind = *kind;
                const bool wantsShares =
                    *kind == ChartKind::Shares || *kind == ChartKind::PartWhole;
                if (wantsShares && !f.shares) {
                    ShareGroup group;
                    for (const Metric *m : m_document->report().metricsOf(f)) {
                        if (m->unit.is(UnitKind::Percent))
                            group.partIds << m->id;
                    }
                    f.shares = group;
                    f.comparable = true;
                } else if (!wantsShares) {
                    f.shares.reset();
                }
                // Options the new kind does not take go; the metrics stay.
                if (!entry(*kind).styles.contains(f.style))
                    f.style = FigureStyle::Default;
                if (*kind != ChartKind::Bars)
                    f.order = BarOrder::Pack;
                if (*kind != ChartKind::Series)
                    f.series.clear();
            },
            tr("kind"));
    });
    m_comparable = new QCheckBox(tr("Values are &comparable (may share one axis)"));
    form->addRow(QString(), m_comparable);
    m_fields.insert(QStringLiteral("comparable"), {m_comparable, nullptr, true});
    connect(m_comparable, &QCheckBox::toggled, this, [this](bool on) {
        editFigure([&](Figure &f) { f.comparable = on; }, tr("comparability"));
    });
    m_style = new QComboBox;
    m_style->setObjectName(QStringLiteral("figureStyle"));
    form->addRow(tr("Drawn &as:"), m_style);
    m_fields.insert(QStringLiteral("as"), {m_style, nullptr, true});
    connect(m_style, &QComboBox::activated, this, [this] {
        const auto style = figureStyleFromString(m_style->currentData().toString());
        if (style)
            editFigure([&](Figure &f) { f.style = *style; }, tr("drawing"));
    });
    m_order = new QComboBox;
    m_order->setObjectName(QStringLiteral("barOrder"));
    form->addRow(tr("&Order:"), m_order);
    m_fields.insert(QStringLiteral("order"), {m_order, nullptr, true});
    connect(m_order, &QComboBox::activated, this, [this] {
        const auto order = barOrderFromString(m_order->currentData().toString());
        if (order)
            editFigure([&](Figure &f) { f.order = *order; }, tr("order"));
    });
    layout->addLayout(form);

    m_sharesBox = new QGroupBox(tr("Parts of a whole"));
    auto *sharesForm = new QFormLayout(m_sharesBox);
    m_whole = addLine(sharesForm, tr("&Whole:"), QStringLiteral("shares.whole"));
    connect(m_whole, &QLineEdit::textEdited, this, [this](const QString &text) {
        editFigure(
            [&](Figure &f) {
                if (f.shares)
                    f.shares->whole =
                        editedText(f.shares->whole, text, m_document->language(), false);
            },
            tr("whole"), QStringLiteral("whole"));
    });
    m_total = new QDoubleSpinBox;
    m_total->setRange(0, 100);
    m_total->setDecimals(1);
    m_total->setSuffix(QStringLiteral(" %"));
    sharesForm->addRow(tr("T&otal:"), m_total);
    connect(m_total, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        editFigure(
            [&](Figure &f) {
                if (f.shares)
                    f.shares->total = value;
            },
            tr("total"), QStringLiteral("total"));
    });
    m_complete = new QCheckBox(tr("The parts cover the whole"));
    sharesForm->addRow(QString(), m_complete);
    connect(m_complete, &QCheckBox::toggled, this, [this](bool on) {
        editFigure(
            [&](Figure &f) {
                if (f.shares)
                    f.shares->complete = on;
            },
            tr("completeness"));
    });
    m_fields.insert(QStringLiteral("shares"), {m_sharesBox, nullptr, true});
    layout->addWidget(m_sharesBox);

    layout->addWidget(createSeriesBox());

    auto *metricsBox = new QGroupBox(tr("Metrics"));
    auto *metricsLayout = new QVBoxLayout(metricsBox);
    m_metrics = new QListWidget;
    m_metrics->setObjectName(QStringLiteral("inspectorMetrics"));
    m_metrics->setMinimumHeight(90);
    metricsLayout->addWidget(m_metrics);
    auto currentMetricRow = [this] { return m_metrics->currentRow(); };
    metricsLayout->addWidget(buttonRow({
        {tr("&Add"),
         [this] {
             Metric m;
             m.id = QStringLiteral("metric");
             m.label = packTextIn(PackText::NewMetric, m_document->language());
             const QString id = m_document->addMetric(m_figureId, m);
             selectMetric(id);
             emit metricSelected(id);
         }},
        {tr("&Remove"),
         [this, currentMetricRow] {
             const int row = currentMetricRow();
             const Figure *f = m_document->report().figure(m_figureId);
             if (f && row >= 0 && row < f->metricIds.size())
                 m_document->removeMetricFromFigure(m_figureId, f->metricIds.at(row));
         }},
        {tr("Move &Up"),
         [this, currentMetricRow] {
             const int row = currentMetricRow();
             m_document->moveMetricInFigure(m_figureId, row, row - 1);
             m_metrics->setCurrentRow(std::max(0, row - 1));
         }},
        {tr("Move Do&wn"),
         [this, currentMetricRow] {
             const int row = currentMetricRow();
             m_document->moveMetricInFigure(m_figureId, row, row + 1);
             m_metrics->setCurrentRow(std::min(m_metrics->count() - 1, row + 1));
         }},
    }));
    connect(m_metrics, &QListWidget::currentRowChanged, this, [this](int row) {
        const Figure *f = m_document->report().figure(m_figureId);
        if (!m_refreshing && f && row >= 0 && row < f->metricIds.size())
            emit metricSelected(f->metricIds.at(row));
    });
    m_fields.insert(QStringLiteral("metrics"), {m_metrics, nullptr, true});
    layout->addWidget(metricsBox);
    connect(m_metrics, &QListWidget::currentRowChanged, this, [this] {
        refreshMetric();
        refreshProblems();
    });
    layout->addWidget(createMetricBox());

    auto *findingsBox = new QGroupBox(tr("Findings"));
    auto *findingsLayout = new QVBoxLayout(findingsBox);
    m_findings = listTable({tr("Finding"), tr("Quote from the source")});
    m_findings->setObjectName(QStringLiteral("inspectorFindings"));
    findingsLayout->addWidget(m_findings);
    findingsLayout->addWidget(buttonRow({
        {tr("Add &Finding"),
         [this] {
             editFigure(
                 [&](Figure &f) {
                     f.findings << Finding{packTextIn(PackText::NewFinding, m_document->language()),
                                           {}};
                 },
                 tr("findings"));
         }},
        {tr("Remove Finding"),
         [this] {
             const int row = m_findings->currentRow();
             editFigure(
                 [&](Figure &f) {
                     if (row >= 0 && row < f.findings.size())
                         f.findings.removeAt(row);
                 },
                 tr("findings"));
         }},
    }));
    connect(m_findings, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        editFigure([&](Figure &f) { f.findings = findingsFrom(m_findings, f.findings); },
                   tr("findings"),
                   QStringLiteral("finding:%1:%2").arg(item->row()).arg(item->column()));
    });
    m_fields.insert(QStringLiteral("findings"), {m_findings, nullptr, true});
    layout->addWidget(findingsBox);

    auto *caveatsBox = new QGroupBox(tr("Caveats"));
    auto *caveatsLayout = new QVBoxLayout(caveatsBox);
    m_caveats = listTable({tr("Caveat")});
    m_caveats->setObjectName(QStringLiteral("inspectorCaveats"));
    caveatsLayout->addWidget(m_caveats);
    caveatsLayout->addWidget(new QLabel(tr("Marks the metrics:")));
    m_caveatMetrics = new QListWidget;
    m_caveatMetrics->setMinimumHeight(70);
    caveatsLayout->addWidget(m_caveatMetrics);
    caveatsLayout->addWidget(buttonRow({
        {tr("Add &Caveat"),
         [this] {
             editFigure(
                 [&](Figure &f) {
                     f.caveats << Caveat{m_document->unusedId(QStringLiteral("caveat")),
                                         packTextIn(PackText::NewCaveat, m_document->language()),
                                         {}};
                 },
                 tr("caveats"));
         }},
        {tr("Remove Caveat"),
         [this] {
             const int row = m_caveats->currentRow();
             editFigure(
                 [&](Figure &f) {
                     if (row >= 0 && row < f.caveats.size())
                         f.caveats.removeAt(row);
                 },
                 tr("caveats"));
         }},
    }));
    connect(m_caveats, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        editFigure(
            [&](Figure &f) {
                if (item->row() < f.caveats.size()) {
                    Caveat &c = f.caveats[item->row()];
                    c.text = editedText(c.text, item->text(), m_document->language(), false);
                }
            },
            tr("caveat"), QStringLiteral("caveat:%1").arg(item->row()));
    });
    connect(m_caveats, &QTableWidget::currentCellChanged, this, &Inspector::refreshCaveatMetrics);
    connect(m_caveatMetrics, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const int row = m_caveats->currentRow();
        const QString id = item->data(Qt::UserRole).toString();
        const bool on = item->checkState() == Qt::Checked;
        editFigure(
            [&](Figure &f) {
                if (row < 0 || row >= f.caveats.size())
                    return;
                QStringList &ids = f.caveats[row].metricIds;
                ids.removeAll(id);
                if (on) {
                    QStringList ordered; // in the figure's order
                    for (const QString &m : f.metricIds) {
                        if (m == id || ids.contains(m))
                            ordered << m;
                    }
                    ids = ordered;
                }
            },
            tr("caveat marks"));
    });
    m_fields.insert(QStringLiteral("caveats"), {m_caveats, nullptr, true});
    layout->addWidget(caveatsBox);
    layout->addStretch(1);
    tab->setEnabled(false);
    return tab;
}

QWidget *Inspector::createReportTab()
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const int meta = int(ReportDocument::Part::Meta);
    auto textField = [this, form](const QString &label, const QString &field, int part,
                                  Text Report::*member, bool optional, const QString &what) {
        QLineEdit *edit = addLine(form, label, QStringLiteral("report:") + field);
        connect(edit, &QLineEdit::textEdited, this, [=](const QString &text) {
            editReport(
                [&](Report &r) { r.*member = editedText(r.*member, text, r.language, optional); },
                what, part, field);
        });
        return edit;
    };
    m_reportTitle = textField(tr("T&itle:"), QStringLiteral("title"), meta, &Report::title, false,
                              tr("report title"));
    m_reportTitle->setObjectName(QStringLiteral("reportTitleEdit"));
    m_issuer = textField(tr("&Issuer:"), QStringLiteral("issuer"), meta, &Report::issuer, true,
                         tr("issuer"));
    m_event =
        textField(tr("&Event:"), QStringLiteral("event"), meta, &Report::event, true, tr("event"));
    m_date = addLine(form, tr("&Date:"), QStringLiteral("report:date"));
    m_date->setPlaceholderText(tr("YYYY, YYYY-MM or YYYY-MM-DD"));
    connect(m_date, &QLineEdit::textEdited, this, [=](const QString &text) {
        editReport([&](Report &r) { r.date = text; }, tr("date"), meta, QStringLiteral("date"));
    });
    layout->addLayout(form);

    layout->addWidget(createSourcesBox());

    const int sections = int(ReportDocument::Part::Sections);
    auto *sectionsBox = new QGroupBox(tr("Sections"));
    auto *sectionsLayout = new QVBoxLayout(sectionsBox);
    m_sections = listTable({tr("Section")});
    sectionsLayout->addWidget(m_sections);
    sectionsLayout->addWidget(buttonRow({
        {tr("Add Section"),
         [=] {
             editReport(
                 [&](Report &r) {
                     Section s;
                     s.id = m_document->unusedId(QStringLiteral("section"));
                     s.title = packTextIn(PackText::NewSection, r.language);
                     r.sections << s;
                 },
                 tr("sections"), sections);
         }},
        {tr("Remove Section"),
         [=] {
             const int row = m_sections->currentRow();
             editReport(
                 [&](Report &r) {
                     if (row >= 0 && row < r.sections.size())
                         r.sections.removeAt(row);
                 },
                 tr("sections"), sections);
         }},
    }));
    connect(m_sections, &QTableWidget::itemChanged, this, [=](QTableWidgetItem *item) {
        editReport(
            [&](Report &r) {
                if (item->row() < r.sections.size())
                    r.sections[item->row()].title =
                        editedText(r.sections[item->row()].title, item->text(), r.language, false);
            },
            tr("section title"), sections, QStringLiteral("section:%1").arg(item->row()));
    });
    connect(m_sections, &QTableWidget::currentCellChanged, this,
            &Inspector::refreshSectionFindings);
    sectionsLayout->addWidget(new QLabel(tr("Findings of the section:")));
    m_sectionFindings = listTable({tr("Finding"), tr("Quote from the source")});
    sectionsLayout->addWidget(m_sectionFindings);
    sectionsLayout->addWidget(buttonRow({
        {tr("Add Finding"),
         [=] {
             const int row = m_sections->currentRow();
             editReport(
                 [&](Report &r) {
                     if (row >= 0 && row < r.sections.size())
                         r.sections[row].findings
                             << Finding{packTextIn(PackText::NewFinding, r.language), {}};
                 },
                 tr("section findings"), sections);
         }},
        {tr("Remove Finding"),
         [=] {
             const int row = m_sections->currentRow();
             const int finding = m_sectionFindings->currentRow();
             editReport(
                 [&](Report &r) {
                     if (row >= 0 && row < r.sections.size() && finding >= 0 &&
                         finding < r.sections[row].findings.size())
                         r.sections[row].findings.removeAt(finding);
                 },
                 tr("section findings"), sections);
         }},
    }));
    connect(m_sectionFindings, &QTableWidget::itemChanged, this, [=](QTableWidgetItem *item) {
        const int row = m_sections->currentRow();
        editReport(
            [&](Report &r) {
                if (row >= 0 && row < r.sections.size())
                    r.sections[row].findings =
                        findingsFrom(m_sectionFindings, r.sections[row].findings);
            },
            tr("section findings"), sections,
            QStringLiteral("section-finding:%1:%2:%3")
                .arg(row)
                .arg(item->row())
                .arg(item->column()));
    });
    m_fields.insert(QStringLiteral("report:sections"), {m_sections, nullptr, false});
    layout->addWidget(sectionsBox);

    const int caveats = int(ReportDocument::Part::Caveats);
    auto *caveatsBox = new QGroupBox(tr("Caveats about the report"));
    auto *caveatsLayout = new QVBoxLayout(caveatsBox);
    m_reportCaveats = listTable({tr("Caveat")});
    caveatsLayout->addWidget(m_reportCaveats);
    caveatsLayout->addWidget(buttonRow({
        {tr("Add Caveat"),
         [=] {
             editReport(
                 [&](Report &r) {
                     r.caveats << Caveat{m_document->unusedId(QStringLiteral("caveat")),
                                         packTextIn(PackText::NewCaveat, r.language),
                                         {}};
                 },
                 tr("caveats"), caveats);
         }},
        {tr("Remove Caveat"),
         [=] {
             const int row = m_reportCaveats->currentRow();
             editReport(
                 [&](Report &r) {
                     if (row >= 0 && row < r.caveats.size())
                         r.caveats.removeAt(row);
                 },
                 tr("caveats"), caveats);
         }},
    }));
    connect(m_reportCaveats, &QTableWidget::itemChanged, this, [=](QTableWidgetItem *item) {
        editReport(
            [&](Report &r) {
                if (item->row() < r.caveats.size())
                    r.caveats[item->row()].text =
                        editedText(r.caveats[item->row()].text, item->text(), r.language, false);
            },
            tr("caveat"), caveats, QStringLiteral("report-caveat:%1").arg(item->row()));
    });
    m_fields.insert(QStringLiteral("report:caveats"), {m_reportCaveats, nullptr, false});
    layout->addWidget(caveatsBox);
    layout->addStretch(1);
    return tab;
}

void Inspector::editFigure(const std::function<void(Figure &)> &change, const QString &what,
                           const QString &mergeKey)
{
    const Figure *current = m_document->report().figure(m_figureId);
    if (m_refreshing || !current)
        return;
    Figure figure = *current;
    change(figure);
    m_document->setFigure(
        figure, tr("Change %1 of '%2'").arg(what, current->title.text()),
        mergeKey.isEmpty() ? QString() : QStringLiteral("figure:%1:%2").arg(m_figureId, mergeKey));
}

void Inspector::editReport(const std::function<void(Report &)> &change, const QString &what,
                           int part, const QString &mergeKey)
{
    if (m_refreshing)
        return;
    m_document->edit(tr("Change %1").arg(what), {{ReportDocument::Part(part), {}}}, change,
                     mergeKey.isEmpty() ? QString() : QStringLiteral("report:") + mergeKey);
}

// ---- A series figure's series ----------------------------------------------------------------

namespace {

// Data role of a series row: what the row shows (its name and how many numbers it has); the
// edit role keeps the bare name, which is what renaming in place starts from.
constexpr int SeriesShownRole = Qt::UserRole + 1;

class SeriesItem : public QListWidgetItem
{
public:
    using QListWidgetItem::QListWidgetItem;
    QVariant data(int role) const override
    {
        return QListWidgetItem::data(role == Qt::DisplayRole ? SeriesShownRole : role);
    }
};

} // namespace

QGroupBox *Inspector::createSeriesBox()
{
    m_seriesBox = new QGroupBox(tr("Series"));
    m_seriesBox->setObjectName(QStringLiteral("seriesBox"));
    auto *layout = new QVBoxLayout(m_seriesBox);
    m_seriesList = new QListWidget;
    m_seriesList->setObjectName(QStringLiteral("seriesList"));
    m_seriesList->setAccessibleName(tr("Series"));
    m_seriesList->setEditTriggers(QAbstractItemView::DoubleClicked |
                                  QAbstractItemView::EditKeyPressed |
                                  QAbstractItemView::SelectedClicked);
    m_seriesList->installEventFilter(this);
    layout->addWidget(m_seriesList);
    QWidget *buttons = buttonRow({
        {tr("Move Up"), [this] { moveSelectedSeries(-1); }},
        {tr("Move Down"), [this] { moveSelectedSeries(+1); }},
        {tr("Remove"), [this] { removeSelectedSeries(); }},
    });
    const QList<QPushButton *> pushButtons = buttons->findChildren<QPushButton *>();
    m_seriesUp = pushButtons.at(0);
    m_seriesDown = pushButtons.at(1);
    m_seriesRemove = pushButtons.at(2);
    m_seriesUp->setObjectName(QStringLiteral("seriesUp"));
    m_seriesDown->setObjectName(QStringLiteral("seriesDown"));
    m_seriesRemove->setObjectName(QStringLiteral("seriesRemove"));
    m_seriesUp->setToolTip(tr("Draw this series before the one above it (Alt+Up)"));
    m_seriesDown->setToolTip(tr("Draw this series after the one below it (Alt+Down)"));
    m_seriesRemove->setToolTip(
        tr("Removes a series with no numbers (Delete); move a series' numbers to another one "
           "first, with the Series field of each number"));
    layout->addWidget(buttons);
    connect(m_seriesList, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const Figure *f = m_document->report().figure(m_figureId);
        const int row = m_seriesList->row(item);
        if (m_refreshing || !f || row < 0)
            return;
        const Text old = row < f->series.size() ? f->series.at(row).label : Text();
        const QString typed = item->data(Qt::EditRole).toString();
        if (!m_document->renameSeries(m_figureId, row,
                                      editedText(old, typed, m_document->language(), false)))
            refreshSeries(); // unchanged: the row shows its count again
    });
    connect(m_seriesList, &QListWidget::currentRowChanged, this, &Inspector::refreshSeries);
    m_fields.insert(QStringLiteral("series"), {m_seriesList, nullptr, true});
    m_seriesBox->hide();
    return m_seriesBox;
}

void Inspector::refreshSeries()
{
    const Figure *f = m_document->report().figure(m_figureId);
    const bool seriesFigure = f && f->kind == ChartKind::Series;
    m_seriesBox->setVisible(seriesFigure);
    if (!seriesFigure)
        return;
    // A figure of one series lists none: its one series is the figure's metrics, unnamed.
    const QList<Series> series =
        f->series.isEmpty() ? QList<Series>{Series{Text(), f->metricIds}} : f->series;
    const QString language = m_document->language();
    {
        // Rows are updated in place: a rename arrives while its row's editor is closing.
        const QSignalBlocker blocker(m_seriesList);
        while (m_seriesList->count() > series.size())
            delete m_seriesList->takeItem(m_seriesList->count() - 1);
        while (m_seriesList->count() < series.size()) {
            auto *item = new SeriesItem(m_seriesList);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
        }
        for (int i = 0; i < series.size(); ++i) {
            const QString label = series.at(i).label.text(language);
            const int count = int(series.at(i).metricIds.size());
            QListWidgetItem *item = m_seriesList->item(i);
            item->setData(Qt::EditRole, label);
            item->setData(SeriesShownRole,
                          tr("%1 (%n number(s))", nullptr, count)
                              .arg(label.isEmpty() ? tr("series %1").arg(i + 1) : label));
        }
        if (m_seriesList->currentRow() < 0)
            m_seriesList->setCurrentRow(0);
    }
    // As tall as its rows (two to six; more scroll), not a box of blank lines under two.
    const int rows = std::clamp(int(series.size()), 2, 6);
    m_seriesList->setFixedHeight(rows * m_seriesList->sizeHintForRow(0) +
                                 2 * m_seriesList->frameWidth() + 4);
    const int row = m_seriesList->currentRow();
    const bool listed = !f->series.isEmpty();
    m_seriesUp->setEnabled(listed && row > 0);
    m_seriesDown->setEnabled(listed && row >= 0 && row < series.size() - 1);
    m_seriesRemove->setEnabled(listed && row >= 0 && row < series.size() &&
                               series.at(row).metricIds.isEmpty());
}

void Inspector::moveSelectedSeries(int delta)
{
    const int row = m_seriesList->currentRow();
    if (m_document->moveSeries(m_figureId, row, row + delta))
        m_seriesList->setCurrentRow(row + delta);
}

void Inspector::removeSelectedSeries()
{
    const int row = m_seriesList->currentRow();
    if (m_document->removeSeries(m_figureId, row))
        m_seriesList->setCurrentRow(std::min(row, m_seriesList->count() - 1));
}

// ---- The selected metric ---------------------------------------------------------------------

const Metric *Inspector::currentMetric() const
{
    const Figure *f = m_document->report().figure(m_figureId);
    const int row = m_metrics->currentRow();
    if (!f || row < 0 || row >= f->metricIds.size())
        return nullptr;
    return m_document->report().metric(f->metricIds.at(row));
}

void Inspector::editMetric(const std::function<void(Metric &)> &change, const QString &what,
                           const QString &mergeKey)
{
    const Metric *current = currentMetric();
    if (m_refreshing || !current)
        return;
    Metric metric = *current;
    change(metric);
    m_document->setMetric(
        metric, tr("Change %1 of '%2'").arg(what, current->label.text()),
        mergeKey.isEmpty() ? QString() : QStringLiteral("metric:%1:%2").arg(metric.id, mergeKey));
}

void Inspector::setLocalProblem(const QString &field, const QString &message)
{
    if (m_localProblems.value(field) == message)
        return;
    if (message.isEmpty())
        m_localProblems.remove(field);
    else
        m_localProblems.insert(field, message);
    refreshProblems();
}

namespace {

QString numberField(double value)
{
    return QString::number(value, 'g', 15);
}

// The series of a figure the metric is in, or -1.
int seriesOf(const Figure &figure, const QString &metricId)
{
    for (int i = 0; i < figure.series.size(); ++i) {
        if (figure.series.at(i).metricIds.contains(metricId))
            return i;
    }
    return -1;
}

} // namespace

QGroupBox *Inspector::createMetricBox()
{
    m_metricBox = new QGroupBox(tr("Selected metric"));
    m_metricBox->setObjectName(QStringLiteral("metricBox"));
    auto *form = new QFormLayout(m_metricBox);
    m_metricForm = form;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto combo = [&](const QString &label, const QString &field, const QString &name) {
        auto *box = new QComboBox;
        box->setObjectName(name);
        form->addRow(label, box);
        m_fields.insert(field, {box, nullptr, true});
        return box;
    };

    m_unitKind = combo(tr("&Unit:"), QStringLiteral("metric:unit"), QStringLiteral("unitKind"));
    connect(m_unitKind, &QComboBox::activated, this, [this] {
        const QString kind = m_unitKind->currentData().toString();
        editMetric(
            [&](Metric &m) {
                if (kind == QLatin1String("currency")) {
                    if (!m.unit.is(UnitKind::Currency))
                        m.unit = Unit::currencyOf(QString(currencyTable().first().code));
                } else if (kind == QLatin1String("custom")) {
                    if (!m.unit.is(UnitKind::Custom))
                        m.unit = Unit::custom(Text(QString(), m_document->language()),
                                              Text(QString(), m_document->language()));
                } else if (const auto unit = unitFromString(kind)) {
                    m.unit = *unit;
                }
            },
            tr("unit"));
    });
    m_currency =
        combo(tr("C&urrency:"), QStringLiteral("metric:unit.currency"), QStringLiteral("currency"));
    connect(m_currency, &QComboBox::activated, this, [this] {
        const QString code = m_currency->currentData().toString();
        editMetric([&](Metric &m) { m.unit = Unit::currencyOf(code); }, tr("currency"));
    });
    m_unitSymbol = addLine(form, tr("S&ymbol:"), QStringLiteral("metric:unit.symbol"));
    m_unitSymbol->setObjectName(QStringLiteral("unitSymbol"));
    m_unitSymbol->setPlaceholderText(tr("TWh, t, m³"));
    connect(m_unitSymbol, &QLineEdit::textEdited, this, [this](const QString &text) {
        editMetric(
            [&](Metric &m) {
                m.unit.symbol = editedText(m.unit.symbol, text, m_document->language(), false);
            },
            tr("unit symbol"), QStringLiteral("symbol"));
    });
    m_unitName = addLine(form, tr("Unit &name:"), QStringLiteral("metric:unit.name"));
    m_unitName->setObjectName(QStringLiteral("unitName"));
    m_unitName->setPlaceholderText(tr("terawatt-hours"));
    connect(m_unitName, &QLineEdit::textEdited, this, [this](const QString &text) {
        editMetric(
            [&](Metric &m) {
                m.unit.name = editedText(m.unit.name, text, m_document->language(), false);
            },
            tr("unit name"), QStringLiteral("unitname"));
    });
    m_unitScale =
        combo(tr("Sc&ale:"), QStringLiteral("metric:unit.scale"), QStringLiteral("unitScale"));
    connect(m_unitScale, &QComboBox::activated, this, [this] {
        const auto scale = unitScaleFromString(m_unitScale->currentData().toString());
        if (scale)
            editMetric([&](Metric &m) { m.unit.scale = *scale; }, tr("unit scale"));
    });
    m_noun = addLine(form, tr("&Noun:"), QStringLiteral("metric:noun"));
    m_noun->setPlaceholderText(tr("what is counted: enterprises, jobs"));
    connect(m_noun, &QLineEdit::textEdited, this, [this](const QString &text) {
        editMetric(
            [&](Metric &m) { m.noun = editedText(m.noun, text, m_document->language(), true); },
            tr("noun"), QStringLiteral("noun"));
    });
    m_measure = addLine(form, tr("&Of what:"), QStringLiteral("metric:measure"));
    m_measure->setPlaceholderText(tr("what is measured: share of new-car sales"));
    connect(m_measure, &QLineEdit::textEdited, this, [this](const QString &text) {
        editMetric(
            [&](Metric &m) {
                m.measure = editedText(m.measure, text, m_document->language(), true);
            },
            tr("measure"), QStringLiteral("measure"));
    });

    m_value = addLine(form, tr("&Value:"), QStringLiteral("metric:value"));
    m_value->setObjectName(QStringLiteral("metricValue"));
    connect(m_value, &QLineEdit::textEdited, this, [this](const QString &text) {
        const std::optional<double> number = typedNumber(text);
        setLocalProblem(QStringLiteral("metric:value"), numberProblem(text));
        if (number)
            editMetric([&](Metric &m) { m.value = *number; }, tr("value"), QStringLiteral("value"));
    });
    m_isRange = new QCheckBox(tr("A &range: between the value and a high end"));
    m_isRange->setObjectName(QStringLiteral("metricIsRange"));
    form->addRow(QString(), m_isRange);
    connect(m_isRange, &QCheckBox::toggled, this, [this](bool on) {
        editMetric(
            [&](Metric &m) {
                if (on)
                    m.high = m.high.value_or(m.value);
                else
                    m.high.reset();
            },
            tr("range"));
    });
    m_high = addLine(form, tr("&High end:"), QStringLiteral("metric:range"));
    m_high->setObjectName(QStringLiteral("metricHigh"));
    connect(m_high, &QLineEdit::textEdited, this, [this](const QString &text) {
        const std::optional<double> number = typedNumber(text);
        setLocalProblem(QStringLiteral("metric:range"), numberProblem(text));
        if (number)
            editMetric([&](Metric &m) { m.high = *number; }, tr("high end"),
                       QStringLiteral("high"));
    });
    m_qualifier =
        combo(tr("&Qualifier:"), QStringLiteral("metric:qualifier"), QStringLiteral("qualifier"));
    connect(m_qualifier, &QComboBox::activated, this, [this] {
        const auto q = qualifierFromString(m_qualifier->currentData().toString());
        if (q)
            editMetric([&](Metric &m) { m.qualifier = *q; }, tr("qualifier"));
    });
    m_status = combo(tr("S&tatus:"), QStringLiteral("metric:status"), QStringLiteral("status"));
    connect(m_status, &QComboBox::activated, this, [this] {
        const auto status = statusFromString(m_status->currentData().toString());
        if (status)
            editMetric([&](Metric &m) { m.status = *status; }, tr("status"));
    });
    m_metricDate = addLine(form, tr("Dat&e:"), QStringLiteral("metric:date"));
    m_metricDate->setObjectName(QStringLiteral("metricDate"));
    // Short enough for a narrow inspector in every language; the help lists every form.
    m_metricDate->setPlaceholderText(tr("e.g. 2024 or 2024-Q3"));
    connect(m_metricDate, &QLineEdit::textEdited, this, [this](const QString &text) {
        // Only a real date is kept (the Report holds it parsed); until then the field says why.
        const QString problem = text.isEmpty() ? QString() : periodDateProblem(text);
        setLocalProblem(QStringLiteral("metric:date"), problem);
        if (problem.isEmpty())
            editMetric(
                [&](Metric &m) {
                    if (text.isEmpty())
                        m.date.reset();
                    else
                        m.date = PeriodDate::parse(text);
                },
                tr("date"), QStringLiteral("date"));
    });
    m_metricSource =
        combo(tr("So&urce:"), QStringLiteral("metric:source"), QStringLiteral("metricSource"));
    connect(m_metricSource, &QComboBox::activated, this, [this] {
        if (const Metric *m = currentMetric())
            m_document->setMetricSource(m->id, m_metricSource->currentData().toString());
    });
    // Its links to other numbers (what it restates, its series) in a form of their own: with
    // their rows in the form above, Qt 6.4's QFormLayout::setGeometry wrote past a heap block
    // once they were hidden (valgrind in tst_editor, then a crash), by row or by widget alike.
    auto *links = new QFormLayout;
    links->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    links->setContentsMargins(0, 0, 0, 0);
    form->addRow(links);
    m_metricLinksForm = links;
    form = links; // the rows below go there

    // What the number restates (an amount in another currency) and at what rate.
    auto *restates = new OnDemandComboBox;
    restates->fill = [this] { fillRestated(true); };
    m_equivalentOf = restates;
    m_equivalentOf->setObjectName(QStringLiteral("equivalentOf"));
    m_restated = new RestatedChoices(m_document, m_equivalentOf);
    m_equivalentOf->setModel(m_restated);
    // Searchable: typing a part of a number's name or id lists the numbers that contain it.
    m_equivalentOf->setEditable(true);
    m_equivalentOf->setInsertPolicy(QComboBox::NoInsert);
    m_equivalentOf->lineEdit()->setPlaceholderText(tr("type to find a number"));
    // Found by typing: each number once (the open list shows one in each figure it is in).
    m_restatedFound = new RestatedChoices(m_document, m_equivalentOf);
    auto *search = new QCompleter(m_restatedFound, m_equivalentOf);
    search->setCaseSensitivity(Qt::CaseInsensitive);
    search->setFilterMode(Qt::MatchContains);
    search->setCompletionMode(QCompleter::PopupCompletion);
    search->setMaxVisibleItems(12);
    m_equivalentOf->setCompleter(search);
    // Text that names no choice is not kept: the field shows its choice again.
    connect(m_equivalentOf->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        if (!m_equivalentOf->completer()->popup()->isVisible())
            m_equivalentOf->setEditText(m_equivalentOf->itemText(m_equivalentOf->currentIndex()));
    });
    form->addRow(tr("Restate&s:"), m_equivalentOf);
    m_fields.insert(QStringLiteral("metric:equivalentOf"), {m_equivalentOf, nullptr, true});
    connect(m_equivalentOf, &QComboBox::activated, this, [this] {
        const QString id = m_equivalentOf->currentData().toString();
        editMetric(
            [&](Metric &m) {
                m.equivalentOf = id;
                if (id.isEmpty())
                    m.equivalentRate = Text(); // no rate without a number it converts
            },
            tr("restated number"));
    });
    m_equivalentRate =
        addLine(form, tr("E&xchange rate:"), QStringLiteral("metric:equivalentRate"));
    m_equivalentRate->setObjectName(QStringLiteral("equivalentRate"));
    m_equivalentRate->setPlaceholderText(tr("as the source gives it: 1 USD = 7.2 CNY"));
    connect(m_equivalentRate, &QLineEdit::textEdited, this, [this](const QString &text) {
        editMetric(
            [&](Metric &m) {
                m.equivalentRate = editedText(m.equivalentRate, text, m_document->language(), true);
            },
            tr("exchange rate"), QStringLiteral("rate"));
    });
    // A series figure: the series the number is drawn in, one of the figure's or a new one.
    // Their names are edited in the series list above, the one place that names them.
    m_series =
        combo(tr("Ser&ies:"), QStringLiteral("metric:series"), QStringLiteral("metricSeries"));
    connect(m_series, &QComboBox::activated, this, [this] {
        const Metric *m = currentMetric();
        if (!m)
            return;
        const QString id = m->id;
        if (m_document->setMetricSeries(m_figureId, id, m_series->currentData().toInt()))
            selectMetric(id); // its row moved with it
    });
    // One label column for both forms, so that their fields line up.
    QList<QWidget *> labels;
    int labelWidth = 0;
    for (QFormLayout *f : {m_metricForm, m_metricLinksForm}) {
        for (int row = 0; row < f->rowCount(); ++row) {
            if (QLayoutItem *item = f->itemAt(row, QFormLayout::LabelRole);
                item && item->widget()) {
                labels << item->widget();
                labelWidth = std::max(labelWidth, item->widget()->sizeHint().width());
            }
        }
    }
    for (QWidget *label : std::as_const(labels))
        label->setMinimumWidth(labelWidth);
    m_metricBox->setEnabled(false);
    return m_metricBox;
}

void Inspector::refreshMetric()
{
    const Metric *metric = currentMetric();
    m_metricBox->setEnabled(metric);
    // What was being typed belongs to the metric shown before.
    const QString shown = metric ? metric->id : QString();
    if (shown != m_shownMetricId) {
        m_shownMetricId = shown;
        for (const char *field : {"metric:value", "metric:range", "metric:date"})
            m_localProblems.remove(QLatin1String(field));
    }
    if (!metric)
        return;
    const bool wasRefreshing = m_refreshing;
    m_refreshing = true;
    const Metric &m = *metric;
    const QString language = m_document->language();
    m_metricBox->setTitle(tr("Selected metric: %1").arg(m.label.text(language)));
    const QString kind = m.unit.is(UnitKind::Currency) ? QStringLiteral("currency")
                         : m.unit.is(UnitKind::Custom) ? QStringLiteral("custom")
                                                       : toString(m.unit);
    fillChoices(m_unitKind, unitKindChoices(), kind);
    const auto show = [this](QWidget *w, bool on) {
        (m_metricForm->indexOf(w) >= 0 ? m_metricForm : m_metricLinksForm)->setRowVisible(w, on);
    };
    show(m_currency, m.unit.is(UnitKind::Currency));
    fillChoices(m_currency, currencyChoices(), m.unit.currency);
    const bool custom = m.unit.is(UnitKind::Custom);
    show(m_unitSymbol, custom);
    show(m_unitName, custom);
    show(m_unitScale, custom);
    setTextIfDifferent(m_unitSymbol, m.unit.symbol.text(language));
    setTextIfDifferent(m_unitName, m.unit.name.text(language));
    fillChoices(m_unitScale, unitScaleChoices(), toString(m.unit.scale));
    show(m_noun, m.unit.is(UnitKind::Count));
    setTextIfDifferent(m_noun, m.noun.text(language));
    setTextIfDifferent(m_measure, m.measure.text(language));
    // A field whose text is not valid yet keeps it (and its message) until the user is done.
    const auto typing = [this](const char *field) {
        return m_localProblems.contains(QLatin1String(field));
    };
    if (!typing("metric:value") && typedNumber(m_value->text()) != std::optional<double>(m.value))
        setTextIfDifferent(m_value, numberField(m.value));
    {
        const QSignalBlocker b(m_isRange);
        m_isRange->setChecked(m.isRange());
    }
    show(m_high, m.isRange());
    if (m.high && !typing("metric:range") && typedNumber(m_high->text()) != m.high)
        setTextIfDifferent(m_high, numberField(*m.high));
    fillChoices(m_qualifier, qualifierChoices(), toString(m.qualifier));
    fillChoices(m_status, statusChoices(), toString(m.status));
    if (!typing("metric:date"))
        setTextIfDifferent(m_metricDate, m.date ? m.date->iso : QString());
    // A source id that names no source is shown as it is (the field has its problem), not as
    // an empty field.
    QList<Choice> sources = sourceChoices(m_document->report());
    if (!m.source.isEmpty() && !m_document->report().source(m.source))
        sources << Choice{m.source, tr("%1 (no such source)").arg(m.source)};
    fillChoices(m_metricSource, sources, m.source, packLabelWidth());

    // A field being used lists every choice at once; another lists them when it is opened.
    m_restatedFull = false; // the report or the metric changed
    fillRestated(m_equivalentOf->hasFocus());
    const Report &r = m_document->report();
    const Figure *figure = r.figure(m_figureId);
    show(m_equivalentRate, !m.equivalentOf.isEmpty());
    setTextIfDifferent(m_equivalentRate, m.equivalentRate.text(language));

    const bool seriesFigure = figure && figure->kind == ChartKind::Series;
    show(m_series, seriesFigure);
    if (seriesFigure) {
        QList<Choice> series;
        if (figure->series.isEmpty())
            series << Choice{QStringLiteral("0"), tr("the figure's one series")};
        for (int i = 0; i < figure->series.size(); ++i) {
            const QString label = figure->series.at(i).label.text();
            series << Choice{QString::number(i),
                             label.isEmpty() ? tr("series %1").arg(i + 1) : label};
        }
        series << Choice{QString::number(std::max<qsizetype>(1, figure->series.size())),
                         tr("a new series")};
        const int in = std::max(0, seriesOf(*figure, m.id));
        fillChoices(m_series, series, QString::number(in), packLabelWidth());
    }
    m_refreshing = wasRefreshing;
}

RestatedChoices::RestatedChoices(const ReportDocument *document, QObject *parent)
    : QAbstractListModel(parent)
    , m_document(document)
{
}

void RestatedChoices::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int RestatedChoices::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

Qt::ItemFlags RestatedChoices::flags(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return Qt::NoItemFlags;
    const Row::Kind kind = m_rows.at(index.row()).kind;
    return kind == Row::Nothing || kind == Row::Metric ? Qt::ItemIsEnabled | Qt::ItemIsSelectable
                                                       : Qt::NoItemFlags;
}

QString RestatedChoices::text(const Row &row) const
{
    const Report &r = m_document->report();
    switch (row.kind) {
    case Row::Nothing:
        return Inspector::tr("nothing: a number of its own");
    case Row::ThisFigure: {
        const Figure *f = r.figure(row.id);
        return Inspector::tr("This figure: %1").arg(f ? f->title.text() : row.id);
    }
    case Row::Figure: {
        const Figure *f = r.figure(row.id);
        return f && !f->title.text().isEmpty() ? f->title.text() : row.id;
    }
    case Row::NoFigure:
        return Inspector::tr("In no figure");
    case Row::Metric:
        break;
    }
    const Metric *m = r.metric(row.id);
    return m ? m->label.text() + QLatin1String(" (") + row.id + QLatin1Char(')') : row.id;
}

QVariant RestatedChoices::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || !m_document)
        return {};
    const Row &row = m_rows.at(index.row());
    const bool title = row.kind != Row::Nothing && row.kind != Row::Metric;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return text(row);
    case Qt::UserRole: // the value: none for a group's title
        return title ? QVariant() : QVariant(row.id);
    case Qt::ForegroundRole:
        // A title cannot be chosen, so the list draws it as disabled: in the disabled grey it
        // read at 1.9:1 (light) and 4.4:1 (dark). It is a heading, in the list's own text.
        if (title) {
            if (const auto *combo = qobject_cast<const QWidget *>(QObject::parent()))
                return combo->palette().brush(QPalette::Active, QPalette::Text);
        }
        return {};
    case Qt::FontRole:
        if (title) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole: {
        // The field is narrower than a long choice: it shows it whole here.
        const QString whole = text(row);
        if (title || !m_metrics || m_metrics->horizontalAdvance(whole) <= m_width)
            return {};
        return plainToolTip(whole);
    }
    default:
        return {};
    }
}

namespace {

// The metrics that restate `id`, directly or through others that do, and `id` itself: none of
// them can be what `id` restates without making a cycle.
QSet<QString> restatingChain(const Report &report, const QString &id)
{
    QHash<QString, QStringList> restatedBy;
    for (const Metric &m : report.metrics) {
        if (!m.equivalentOf.isEmpty())
            restatedBy[m.equivalentOf] << m.id;
    }
    QSet<QString> chain{id};
    QStringList next{id};
    while (!next.isEmpty()) {
        for (const QString &other : restatedBy.value(next.takeLast())) {
            if (!chain.contains(other)) {
                chain.insert(other);
                next << other;
            }
        }
    }
    return chain;
}

} // namespace

void Inspector::fillRestated(bool everything)
{
    const Metric *metric = currentMetric();
    if (!metric || (everything && m_restatedFull))
        return;
    const Metric &m = *metric;
    const Report &r = m_document->report();
    using Row = RestatedChoices::Row;
    QList<Row> rows = {{Row::Nothing, {}}};
    bool named = m.equivalentOf.isEmpty();
    if (everything) {
        const QSet<QString> excluded = restatingChain(r, m.id);
        // A group's title, then its numbers; no title for a group left empty.
        const auto group = [&](Row title, const QStringList &ids) {
            rows << title;
            const qsizetype start = rows.size();
            for (const QString &id : ids) {
                if (!excluded.contains(id) && r.metric(id)) {
                    rows << Row{Row::Metric, id};
                    named = named || id == m.equivalentOf;
                }
            }
            if (rows.size() == start)
                rows.removeLast();
        };
        // This figure's first: a conversion is most often shown beside its original.
        const Figure *shown = r.figure(m_figureId);
        if (shown)
            group({Row::ThisFigure, shown->id}, shown->metricIds);
        QSet<QString> inFigures;
        for (const Figure &f : r.figures) {
            for (const QString &id : f.metricIds)
                inFigures.insert(id);
            if (&f != shown)
                group({Row::Figure, f.id}, f.metricIds);
        }
        QStringList others;
        for (const Metric &other : r.metrics) {
            if (!inFigures.contains(other.id))
                others << other.id;
        }
        group({Row::NoFigure, {}}, others);
    }
    // The one it names now, wherever it is (even one that makes a cycle, or no metric at all).
    if (!named)
        rows << Row{Row::Metric, m.equivalentOf};
    QList<Row> found;
    QSet<QString> once;
    for (const Row &row : std::as_const(rows)) {
        if (row.kind == Row::Nothing || (row.kind == Row::Metric && !once.contains(row.id))) {
            found << row;
            once.insert(row.id);
        }
    }
    m_restatedFound->setRows(std::move(found));
    {
        const QSignalBlocker blocker(m_equivalentOf);
        m_restated->setRows(std::move(rows));
        m_equivalentOf->setCurrentIndex(m_equivalentOf->findData(m.equivalentOf));
    }
    updateFieldToolTip(m_equivalentOf);
    m_restatedFull = everything;
}

// ---- The pack's sources ----------------------------------------------------------------------

QGroupBox *Inspector::createSourcesBox()
{
    auto *box = new QGroupBox(tr("Sources"));
    auto *layout = new QVBoxLayout(box);
    m_sources = new QListWidget;
    m_sources->setObjectName(QStringLiteral("sourcesList"));
    m_sources->setMinimumHeight(70);
    layout->addWidget(m_sources);
    m_fields.insert(QStringLiteral("report:sources"), {m_sources, nullptr, false});
    layout->addWidget(buttonRow({
        {tr("Add &Source"),
         [this] {
             const int row = m_document->addSource();
             refreshReport();
             m_sources->setCurrentRow(row);
         }},
        {tr("Remove Source"), [this] { removeSelectedSource(); }},
    }));
    connect(m_sources, &QListWidget::currentRowChanged, this, [this] {
        if (!m_refreshing) {
            refreshSource();
            refreshProblems();
        }
    });
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto textEdit = [this, form](const QString &label, const QString &field,
                                       const QString &what, auto set) {
        QLineEdit *edit = addLine(form, label, QStringLiteral("report:source.") + field);
        connect(edit, &QLineEdit::textEdited, this, [=](const QString &text) {
            editSource([&](Source &s) { set(s, text); }, what, field);
        });
        return edit;
    };
    m_sourceId = textEdit(tr("I&d:"), QStringLiteral("id"), tr("id"),
                          [](Source &s, const QString &text) { s.id = text; });
    m_sourceId->setObjectName(QStringLiteral("sourceId"));
    m_sourceTitle = textEdit(tr("Ti&tle:"), QStringLiteral("title"), tr("title"),
                             [this](Source &s, const QString &text) {
                                 s.title = editedText(s.title, text, m_document->language(), false);
                             });
    m_sourceUrl = textEdit(tr("&Address:"), QStringLiteral("url"), tr("address"),
                           [](Source &s, const QString &text) { s.url = text; });
    m_sourceUrl->setObjectName(QStringLiteral("sourceUrl"));
    m_sourceKind = new QComboBox;
    m_sourceKind->setObjectName(QStringLiteral("sourceKind"));
    form->addRow(tr("&Kind:"), m_sourceKind);
    m_fields.insert(QStringLiteral("report:source.kind"), {m_sourceKind, nullptr, false});
    connect(m_sourceKind, &QComboBox::activated, this, [this] {
        const auto kind = sourceKindFromString(m_sourceKind->currentData().toString());
        if (kind)
            editSource([&](Source &s) { s.kind = *kind; }, tr("kind"));
    });
    m_publisher = textEdit(tr("&Publisher:"), QStringLiteral("publisher"), tr("publisher"),
                           [this](Source &s, const QString &text) {
                               s.publisher =
                                   editedText(s.publisher, text, m_document->language(), true);
                           });
    m_sourceDate = textEdit(tr("Publis&hed:"), QStringLiteral("date"), tr("date"),
                            [](Source &s, const QString &text) { s.date = text.trimmed(); });
    m_sourceDate->setPlaceholderText(tr("YYYY, YYYY-MM or YYYY-MM-DD"));
    layout->addLayout(form);
    return box;
}

void Inspector::editSource(const std::function<void(Source &)> &change, const QString &what,
                           const QString &mergeKey)
{
    const int row = m_sources->currentRow();
    const Report &r = m_document->report();
    if (m_refreshing || row < 0 || row >= r.sources.size())
        return;
    Source source = r.sources.at(row);
    change(source);
    m_document->setSource(
        row, source, tr("Change %1 of source '%2'").arg(what, r.sources.at(row).title.text()),
        mergeKey.isEmpty() ? QString() : QStringLiteral("source:%1:%2").arg(row).arg(mergeKey));
}

void Inspector::removeSelectedSource()
{
    const int row = m_sources->currentRow();
    QString why;
    if (row < 0 || m_document->removeSource(row, QString(), &why) || why.isEmpty())
        return;
    const Report &r = m_document->report();
    QList<Choice> others = sourceChoices(r);
    others.removeIf([&](const Choice &c) { return c.value == r.sources.at(row).id; });
    const QString replacement = askSource(why, others);
    if (!replacement.isEmpty())
        m_document->removeSource(row, replacement);
}

QString Inspector::askSource(const QString &message, const QList<Choice> &choices)
{
    if (m_sourceQuestion)
        return m_sourceQuestion(message, choices);
    if (choices.isEmpty()) {
        // The source's title and the metrics' labels are the pack's text: never rich text.
        QMessageBox box(QMessageBox::Information, tr("Remove Source"), message, QMessageBox::Ok,
                        this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return {};
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Remove Source"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *text = new QLabel(message);
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *form = new QFormLayout;
    auto *combo = new QComboBox;
    combo->setObjectName(QStringLiteral("replacementSource"));
    fillChoices(combo, choices, choices.first().value, packLabelWidth());
    form->addRow(tr("&Move them to:"), combo);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(tr("Move and &Remove"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    return dialog.exec() == QDialog::Accepted ? combo->currentData().toString() : QString();
}

void Inspector::refreshSources()
{
    const Report &r = m_document->report();
    {
        const QSignalBlocker blocker(m_sources);
        const int row = m_sources->currentRow();
        QStringList labels;
        for (const Source &s : r.sources)
            labels << s.id + QLatin1String(": ") + s.title.text(r.language);
        bool same = m_sources->count() == labels.size();
        for (int i = 0; same && i < labels.size(); ++i)
            same = m_sources->item(i)->text() == labels.at(i);
        if (!same) {
            m_sources->clear();
            m_sources->addItems(labels);
        }
        m_sources->setCurrentRow(std::clamp(row, 0, int(labels.size()) - 1));
    }
    refreshSource();
}

void Inspector::refreshSource()
{
    const Report &r = m_document->report();
    const int row = m_sources->currentRow();
    const bool has = row >= 0 && row < r.sources.size();
    for (QWidget *w : std::initializer_list<QWidget *>{m_sourceId, m_sourceTitle, m_sourceUrl,
                                                       m_sourceKind, m_publisher, m_sourceDate})
        w->setEnabled(has);
    const Source none;
    const Source &s = has ? r.sources.at(row) : none;
    const bool wasRefreshing = m_refreshing;
    m_refreshing = true;
    setTextIfDifferent(m_sourceId, s.id);
    setTextIfDifferent(m_sourceTitle, s.title.text(r.language));
    setTextIfDifferent(m_sourceUrl, s.url);
    fillChoices(m_sourceKind, sourceKindChoices(), toString(s.kind));
    setTextIfDifferent(m_publisher, s.publisher.text(r.language));
    setTextIfDifferent(m_sourceDate, s.date);
    m_refreshing = wasRefreshing;
}

void Inspector::showFigure(const QString &figureId)
{
    m_figureId = figureId;
    refreshFigure();
    refreshProblems();
}

void Inspector::selectMetric(const QString &metricId)
{
    const Figure *f = m_document->report().figure(m_figureId);
    if (!f)
        return;
    {
        const QSignalBlocker blocker(m_metrics);
        m_metrics->setCurrentRow(int(f->metricIds.indexOf(metricId)));
    }
    refreshMetric();
    refreshProblems();
}

void Inspector::fillFindings(QTableWidget *table, const QList<Finding> &findings)
{
    QList<QStringList> rows;
    for (const Finding &f : findings)
        rows << QStringList{f.text.text(m_document->language()), f.quote};
    setRows(table, rows);
}

QList<Finding> Inspector::findingsFrom(const QTableWidget *table, const QList<Finding> &old) const
{
    QList<Finding> result = old;
    for (int r = 0; r < table->rowCount() && r < result.size(); ++r) {
        result[r].text =
            editedText(result[r].text, itemText(table, r, 0), m_document->language(), false);
        result[r].quote = itemText(table, r, 1);
    }
    return result;
}

void Inspector::refreshFigure()
{
    m_refreshing = true;
    const Figure *f = m_document->report().figure(m_figureId);
    m_figureTab->setEnabled(f);
    const QString language = m_document->language();
    if (!f) {
        m_figureIdLabel->clear();
        setTextIfDifferent(m_title, QString());
        setTextIfDifferent(m_subtitle, QString());
        m_metrics->clear();
        m_seriesList->clear();
        setRows(m_findings, {});
        setRows(m_caveats, {});
        m_caveatMetrics->clear();
        m_refreshing = false;
        return;
    }
    m_figureIdLabel->setText(f->id);
    setTextIfDifferent(m_title, f->title.text(language));
    setTextIfDifferent(m_subtitle, f->subtitle.text(language));
    fillChoices(m_kind, chartKindChoices(), toString(f->kind));
    {
        const QSignalBlocker b(m_comparable);
        m_comparable->setChecked(f->comparable);
    }
    const QList<Choice> styles = figureStyleChoices(f->kind);
    fillChoices(m_style, styles,
                toString(f->style == FigureStyle::Default ? f->effectiveStyle() : f->style));
    m_figureForm->setRowVisible(m_style, !styles.isEmpty());
    fillChoices(m_order, barOrderChoices(), toString(f->order));
    m_figureForm->setRowVisible(m_order, f->kind == ChartKind::Bars);
    m_sharesBox->setVisible(f->shares.has_value());
    if (f->shares) {
        setTextIfDifferent(m_whole, f->shares->whole.text(language));
        const QSignalBlocker b1(m_total), b2(m_complete);
        m_total->setValue(f->shares->total);
        m_complete->setChecked(f->shares->complete);
    }
    // The number selected stays selected wherever it moved (a series moved takes it along).
    const int metricRow = m_metrics->currentRow();
    const QString metricId = m_metrics->currentItem()
                                 ? m_metrics->currentItem()->data(Qt::UserRole).toString()
                                 : QString();
    m_metrics->clear();
    for (const QString &id : f->metricIds) {
        const Metric *m = m_document->report().metric(id);
        auto *item = new QListWidgetItem(m ? m->label.text() : id, m_metrics);
        item->setData(Qt::UserRole, id);
    }
    const int kept = int(f->metricIds.indexOf(metricId));
    m_metrics->setCurrentRow(kept >= 0 ? kept : std::min(metricRow, m_metrics->count() - 1));
    refreshSeries();
    fillFindings(m_findings, f->findings);
    QList<QStringList> caveats;
    for (const Caveat &c : f->caveats)
        caveats << QStringList{c.text.text(language)};
    setRows(m_caveats, caveats);
    m_refreshing = false;
    refreshCaveatMetrics();
    refreshMetric();
}

void Inspector::refreshCaveatMetrics()
{
    const Figure *f = m_document->report().figure(m_figureId);
    const QSignalBlocker blocker(m_caveatMetrics);
    m_caveatMetrics->clear();
    const int row = m_caveats->currentRow();
    if (!f || row < 0 || row >= f->caveats.size())
        return;
    for (const QString &id : f->metricIds) {
        const Metric *m = m_document->report().metric(id);
        auto *item = new QListWidgetItem(m ? m->label.text() : id, m_caveatMetrics);
        item->setData(Qt::UserRole, id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(f->caveats.at(row).metricIds.contains(id) ? Qt::Checked
                                                                      : Qt::Unchecked);
    }
}

void Inspector::refreshReport()
{
    m_refreshing = true;
    const Report &r = m_document->report();
    setTextIfDifferent(m_reportTitle, r.title.text(r.language));
    setTextIfDifferent(m_issuer, r.issuer.text(r.language));
    setTextIfDifferent(m_event, r.event.text(r.language));
    setTextIfDifferent(m_date, r.date);
    refreshSources();
    refreshMetric(); // its source choices name the sources
    QList<QStringList> sections;
    for (const Section &s : r.sections)
        sections << QStringList{s.title.text(r.language)};
    setRows(m_sections, sections);
    QList<QStringList> caveats;
    for (const Caveat &c : r.caveats)
        caveats << QStringList{c.text.text(r.language)};
    setRows(m_reportCaveats, caveats);
    m_refreshing = false;
    refreshSectionFindings();
}

void Inspector::refreshSectionFindings()
{
    const Report &r = m_document->report();
    const int row = m_sections->currentRow();
    fillFindings(m_sectionFindings, row >= 0 && row < r.sections.size()
                                        ? r.sections.at(row).findings
                                        : QList<Finding>());
}

namespace {

// The registered field a problem path belongs to: the path itself, or the nearest enclosing
// one ("findings[0].text" -> "findings", "shares.parts" -> "shares").
template <typename Hash> QString enclosingField(const Hash &fields, QString path)
{
    while (!path.isEmpty()) {
        if (fields.contains(path))
            return path;
        const qsizetype cut =
            std::max(path.lastIndexOf(QLatin1Char('.')), path.lastIndexOf(QLatin1Char('[')));
        if (cut <= 0)
            return {};
        path.truncate(cut);
    }
    return {};
}

} // namespace

QString Inspector::fieldOf(const QString &path) const
{
    // The figure shown: its own fields.
    const Report &r = m_document->report();
    const int index = r.figureIndex(m_figureId);
    if (index >= 0) {
        const QString prefix = ReportDocument::figurePath(index) + QLatin1Char('.');
        if (path.startsWith(prefix))
            return enclosingField(m_fields, path.mid(prefix.size()));
    }
    if (path.startsWith(QLatin1String("figures[")))
        return {};
    // The metric selected: the fields of the metric box.
    if (path.startsWith(QLatin1String("metrics["))) {
        const Metric *m = currentMetric();
        const QString prefix = m ? ReportDocument::metricPath(r.metricIndex(m->id)) : QString();
        if (!m || !path.startsWith(prefix + QLatin1Char('.')))
            return {};
        return enclosingField(m_fields, QStringLiteral("metric:") + path.mid(prefix.size() + 1));
    }
    // The source selected: its fields; another source: the list.
    if (path.startsWith(QLatin1String("sources["))) {
        const QString selected = QStringLiteral("sources[%1]").arg(m_sources->currentRow());
        if (path.startsWith(selected + QLatin1Char('.')))
            return enclosingField(m_fields,
                                  QStringLiteral("report:source") + path.mid(selected.size()));
        return QStringLiteral("report:sources");
    }
    return enclosingField(m_fields, QStringLiteral("report:") + path);
}

void Inspector::refreshProblems()
{
    QHash<QString, QStringList> messages;
    for (const Diagnostic &d : m_document->problems()) {
        const QString key = fieldOf(d.path);
        if (!key.isEmpty())
            messages[key] << d.message;
    }
    for (auto it = m_localProblems.cbegin(); it != m_localProblems.cend(); ++it)
        messages[it.key()].prepend(it.value());
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QStringList list = messages.value(it.key());
        const QString text = list.join(QLatin1Char('\n'));
        it->widget->setProperty("problem", text);
        updateFieldToolTip(it->widget); // its help stays, the problem after it
        ProblemFrame::mark(it->widget, !text.isEmpty());
        if (it->message) {
            it->message->setText(text.isEmpty() ? QString() : QStringLiteral("⚠ ") + text);
            it->message->setVisible(!text.isEmpty());
        }
    }
}

QString Inspector::problemShownAt(const QString &field) const
{
    const auto it = m_fields.constFind(field);
    return it == m_fields.cend() ? QString() : it->widget->property("problem").toString();
}

bool Inspector::focusField(const QString &path)
{
    // A source's field: that source first.
    static const QLatin1String sources("sources[");
    if (path.startsWith(sources)) {
        const int row =
            path.mid(sources.size(), path.indexOf(QLatin1Char(']')) - sources.size()).toInt();
        if (row >= 0 && row < m_sources->count())
            m_sources->setCurrentRow(row);
    }
    const QString key = fieldOf(path);
    if (key.isEmpty())
        return false;
    const Field &field = m_fields[key];
    setCurrentIndex(field.figure ? 0 : 1);
    if (auto *area = qobject_cast<QScrollArea *>(currentWidget()))
        area->ensureWidgetVisible(field.widget);
    field.widget->setFocus(Qt::OtherFocusReason);
    return true;
}

} // namespace Figdeck
