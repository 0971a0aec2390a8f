// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>
#include <optional>

class QLockFile;

namespace Figdeck {

class ReportDocument;

// Unsaved changes on disk: a few seconds after an edit, the document is written (atomically) to
// a recovery file of this instance in the application's data location. Saving, or undoing back
// to the saved state, removes it. A lock file next to it says the instance is alive, so the
// next start tells the files of a crashed or killed instance from those of a running one.
class RecoveryFile : public QObject
{
    Q_OBJECT
public:
    explicit RecoveryFile(ReportDocument *document, QObject *parent = nullptr);
    ~RecoveryFile() override;

    static constexpr int DefaultDelayMs = 3000;
    void setDelay(int msec) { m_timer.setInterval(msec); }
    // This instance's file (it exists only while there are unsaved changes).
    QString path() const { return m_path; }
    // Writes the document now when it has unsaved changes (the timer calls this).
    bool writeNow();
    // Removes this instance's file: the changes were saved or deliberately discarded.
    void discard();

    // A recovery file left by an instance that is no longer running.
    struct Orphan
    {
        QString path;
        QString reportPath; // the file the changes belong to; empty: the embedded report
        QString title;
        QDateTime written;
    };
    static QString directory();
    static QList<Orphan> orphans();

    struct Recovered
    {
        Report report;
        QString reportPath;
        QByteArray reportFileBytes; // the original file as it is now, when it is readable
    };
    static std::optional<Recovered> read(const QString &path, QString *error = nullptr);
    static bool remove(const QString &path);

signals:
    void written(const QString &path);

private:
    void schedule();

    ReportDocument *m_document;
    QTimer m_timer;
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace Figdeck
