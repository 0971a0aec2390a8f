// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportloader.h"

#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

// Shared by the model tests: where their data lives, and how to show a load result on failure.
namespace Figdeck::TestData {

// A file below tests/data/model/.
inline QString modelPath(const QString &relative)
{
    return QStringLiteral(FIGDECK_TEST_DATA "/model/") + relative;
}

// A file below the source tree's root.
inline QString sourcePath(const QString &relative)
{
    return QStringLiteral(FIGDECK_SOURCE_DIR "/") + relative;
}

// The whole file; test data that cannot be read is a broken checkout, not a test result.
inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(path));
    return file.readAll();
}

// The *.json files of a directory, by name.
inline QStringList jsonFiles(const QString &dir)
{
    QStringList files;
    const QDir d(dir);
    for (const QString &name : d.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        files << d.filePath(name);
    return files;
}

// Every diagnostic, one per line.
inline QString describe(const LoadResult &result)
{
    QStringList lines;
    for (const Diagnostic &d : result.diagnostics)
        lines << d.toString();
    return lines.join(u'\n');
}

} // namespace Figdeck::TestData
