// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoveryfile.h"

#include "reportdocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUndoStack>

namespace Figdeck {

namespace {

const QLatin1String FilePrefix("recovery-");
const QLatin1String Format("figdeck-recovery");

QString lockPathOf(const QString &recoveryPath)
{
    QString lock = recoveryPath;
    lock.chop(int(qstrlen(".json")));
    return lock + QStringLiteral(".lock");
}

} // namespace

RecoveryFile::RecoveryFile(ReportDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    m_path = directory() + QLatin1Char('/') + FilePrefix +
             QString::number(QCoreApplication::applicationPid()) + QLatin1Char('-') +
             QString::number(QDateTime::currentMSecsSinceEpoch()) + QStringLiteral(".json");
    // Coalescing: the first change starts the timer, later ones ride along, so steady typing
    // is still saved every few seconds.
    m_timer.setSingleShot(true);
    m_timer.setInterval(DefaultDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &RecoveryFile::writeNow);
    connect(document->undoStack(), &QUndoStack::indexChanged, this, &RecoveryFile::schedule);
    connect(document, &ReportDocument::opened, this, &RecoveryFile::schedule);
    connect(document, &ReportDocument::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            discard();
    });
}

RecoveryFile::~RecoveryFile() = default;

QString RecoveryFile::directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/recovery");
}

void RecoveryFile::schedule()
{
    if (!m_document->isModified()) {
        m_timer.stop();
        discard();
        return;
    }
    if (!m_timer.isActive())
        m_timer.start();
}

bool RecoveryFile::writeNow()
{
    m_timer.stop();
    if (!m_document->isModified())
        return false;
    if (!QDir().mkpath(directory()))
        return false;
    if (!m_lock) {
        m_lock = std::make_unique<QLockFile>(lockPathOf(m_path));
        m_lock->setStaleLockTime(0); // alive as long as the process is, however long
        if (!m_lock->tryLock(0))
            return false;
    }
    QJsonObject object;
    object.insert(QStringLiteral("format"), Format);
    object.insert(QStringLiteral("version"), 1);
    object.insert(QStringLiteral("reportPath"), m_document->filePath());
    object.insert(QStringLiteral("title"), m_document->report().title.text());
    object.insert(QStringLiteral("written"),
                  QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    object.insert(QStringLiteral("pack"), QString::fromUtf8(m_document->contents()));
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(object).toJson(QJsonDocument::Compact));
    if (!file.commit())
        return false;
    emit written(m_path);
    return true;
}

void RecoveryFile::discard()
{
    m_timer.stop();
    QFile::remove(m_path);
}

QList<RecoveryFile::Orphan> RecoveryFile::orphans()
{
    QList<Orphan> result;
    const QDir dir(directory());
    const QFileInfoList files =
        dir.entryInfoList({FilePrefix + QStringLiteral("*.json")}, QDir::Files, QDir::Time);
    for (const QFileInfo &info : files) {
        QLockFile lock(lockPathOf(info.absoluteFilePath()));
        lock.setStaleLockTime(0); // held by a live process: not an orphan, however old
        if (!lock.tryLock(0))
            continue; // its instance is running
        lock.unlock();
        QFile file(info.absoluteFilePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
        if (object.value(QStringLiteral("format")).toString() != Format)
            continue;
        result << Orphan{info.absoluteFilePath(),
                         object.value(QStringLiteral("reportPath")).toString(),
                         object.value(QStringLiteral("title")).toString(),
                         QDateTime::fromString(object.value(QStringLiteral("written")).toString(),
                                               Qt::ISODateWithMs)};
    }
    return result;
}

std::optional<RecoveryFile::Recovered> RecoveryFile::read(const QString &path, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    if (object.value(QStringLiteral("format")).toString() != Format)
        return fail(tr("not a Figdeck recovery file"));
    const QByteArray pack = object.value(QStringLiteral("pack")).toString().toUtf8();
    // Work in progress may have problems: what can be read is recovered.
    const LoadResult loaded = parseReportPack(pack, path);
    if (!loaded.draft)
        return fail(tr("the recovered report cannot be read"));
    Recovered result;
    result.report = *loaded.draft;
    result.reportPath = object.value(QStringLiteral("reportPath")).toString();
    if (!result.reportPath.isEmpty()) {
        QFile original(result.reportPath);
        if (original.size() <= MaxReportPackBytes && original.open(QIODevice::ReadOnly))
            result.reportFileBytes = original.readAll();
    }
    return result;
}

bool RecoveryFile::remove(const QString &path)
{
    QFile::remove(lockPathOf(path));
    return QFile::remove(path);
}

} // namespace Figdeck
