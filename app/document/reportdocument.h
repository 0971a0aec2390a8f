// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportloader.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

class QUndoStack;

namespace Figdeck {

// The one report being shown and edited: the Report, the file it came from (empty: the
// embedded report), its modified state and its undo stack. Every view reads it and listens to
// the signal of the part it shows; nobody else holds a copy of the report.
class ReportDocument : public QObject
{
    Q_OBJECT
public:
    // What an edit touched: each part has its signal, so a view repaints only for its part.
    enum class Part { Meta, Source, Metric, MetricList, Figure, FigureList, Sections, Caveats };
    struct Change
    {
        Part part;
        QString id; // the metric or figure, for Part::Metric and Part::Figure
    };

    explicit ReportDocument(QObject *parent = nullptr);
    ~ReportDocument() override;

    const Report &report() const { return m_report; }
    QString filePath() const { return m_filePath; }
    bool isEmbedded() const { return m_filePath.isEmpty(); }
    QString language() const { return m_report.language; }
    // The language the report's texts are shown in (a pack language tag such as "zh-Hans");
    // empty: the report's own. Edits still write the report's language.
    QString viewLanguage() const { return m_viewLanguage; }
    void setViewLanguage(const QString &language);
    QUndoStack *undoStack() const { return m_stack; }
    bool isModified() const;

    // A report-pack read for opening: what the loader says, and the bytes whose formatting a
    // later save keeps. `result.draft` holds what could be read of an invalid pack.
    struct FileContents
    {
        LoadResult result;
        QByteArray bytes;
    };
    static FileContents readFile(const QString &path);
    // Writes contents() to `path` atomically (QSaveFile) and marks the document saved there.
    // On failure nothing changes and `error` says why.
    bool save(const QString &path, QString *error);

    // A report just read (or recovered): replaces everything and clears the undo history.
    // `fileBytes` is the file as read, whose formatting saving keeps. `modified`: the report
    // differs from the file (a recovered report), so it is unsaved until saved.
    void open(const Report &report, const QString &filePath, const QByteArray &fileBytes,
              bool modified = false);
    // What saving writes: the report in the file's own key order and formatting, changed
    // values only changed.
    QByteArray contents() const;
    // After a successful write of `bytes` to `filePath`: the current state is the saved one.
    void setSaved(const QString &filePath, const QByteArray &bytes);

    // Problems of the report as it is now, by field path; recomputed lazily after each edit.
    const QList<Diagnostic> &problems() const;
    // Problems at `path` or inside it ("figures[1]" also gives "figures[1].title").
    QList<Diagnostic> problemsAt(const QString &path) const;
    // Problems of a figure: its own fields and those of the metrics it shows.
    QList<Diagnostic> figureProblems(const QString &figureId) const;
    static QString figurePath(int index);
    static QString metricPath(int index);

    // Every edit is one undoable command named `text`. Consecutive edits with the same
    // non-empty `mergeKey` (typing in one field) merge into one command.
    void edit(const QString &text, const QList<Change> &changes,
              const std::function<void(Report &)> &change, const QString &mergeKey = QString());
    void setMetric(const Metric &metric, const QString &text, const QString &mergeKey = QString());
    void setFigure(const Figure &figure, const QString &text, const QString &mergeKey = QString());
    void insertFigure(int index, const Figure &figure, const QString &text);
    // A copy after the original, with a new id; returns the id.
    QString duplicateFigure(const QString &figureId);
    void removeFigure(const QString &figureId);
    void moveFigure(int from, int to);
    // A new metric, shown by the figure (last); returns its id.
    QString addMetric(const QString &figureId, const Metric &metric);
    // Removes the metric from the figure (its share parts and caveat marks too), and from the
    // report when no other figure shows it.
    void removeMetricFromFigure(const QString &figureId, const QString &metricId);
    void moveMetricInFigure(const QString &figureId, int from, int to);
    // Puts the metric of a series figure last in its series number `series`; one past the last
    // is a new series named `newLabel` (empty: "Series N"). A figure of one series (no
    // `series` listed) first gets it listed as "Series 1". A series left empty goes, and the
    // figure's metrics stay series after series. One command; false when nothing changes.
    bool setMetricSeries(const QString &figureId, const QString &metricId, int series,
                         const Text &newLabel = Text());
    // The series of a series figure, each edit one command. A figure of one series (no `series`
    // listed) has series 0 all the same: naming it lists it, with every metric of the figure.
    // Renaming names the command "Rename series 'X' to 'Y'"; false when nothing changes.
    bool renameSeries(const QString &figureId, int series, const Text &label);
    // Moves a series (its metrics with it: the figure's metrics stay series after series).
    bool moveSeries(const QString &figureId, int from, int to);
    // Removes a series that has no metrics (one with metrics is refused: false).
    bool removeSeries(const QString &figureId, int series);
    // The name a command gives a series: its label, or its number from 1 when it has none.
    static QString seriesName(const Figure &figure, int series);

    // The pack's sources, each edit one command. A new id is also given to the metrics that
    // named the old one, in the same command.
    void setSource(int index, const Source &source, const QString &text,
                   const QString &mergeKey = QString());
    // A new source after the others (an unused id, the first source's kind); returns its index.
    int addSource();
    // The metrics whose number comes from the source at `index`, by id in the pack's order:
    // those that name it, and with one source those that name none. Empty when another source
    // has the same id (an invalid pack): they still name one.
    QStringList metricsUsingSource(int index) const;
    // Removes the source in one command; the metrics that used it name `replacementId` (another
    // of the pack's sources) instead, in the same command. Refused, with `why` naming the
    // metrics, when it is the pack's only source or when metrics use it and `replacementId` is
    // no other source: a removed source never leaves a number pointing at nothing.
    bool removeSource(int index, const QString &replacementId = QString(), QString *why = nullptr);
    // The source a metric's number comes from (one of the pack's).
    void setMetricSource(const QString &metricId, const QString &sourceId);

    // The figure draws the metric: one of its own, or an amount restated beside one of them.
    bool figureShowsMetric(const QString &figureId, const QString &metricId) const;

    // An id like `base` not used yet by any metric, figure, section or caveat.
    QString unusedId(const QString &base) const;

    // Called by the commands only.
    void apply(const Report &state, const QList<Change> &changes);

signals:
    void opened();              // a new report: everything changed
    void viewLanguageChanged(); // the same report, its texts shown in another language
    void metaChanged();
    void sourceChanged();
    void metricChanged(const QString &metricId);
    void metricListChanged(); // metrics added or removed
    void figureChanged(const QString &figureId);
    // What a view of one figure listens to: the figure changed, or a metric it shows.
    void figureContentChanged(const QString &figureId);
    void figureListChanged(); // figures added, removed or reordered
    void sectionsChanged();
    void caveatsChanged();
    void problemsChanged();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &filePath);

private:
    void invalidateProblems();

    QString m_viewLanguage;
    Report m_report;
    QString m_filePath;
    QByteArray m_fileBytes;
    QUndoStack *m_stack = nullptr;
    mutable QList<Diagnostic> m_problems;
    mutable QHash<QString, QList<int>> m_problemIndex; // top-level path -> indices in m_problems
    mutable bool m_problemsValid = false;
    bool m_problemsSignalPending = false;
};

} // namespace Figdeck
