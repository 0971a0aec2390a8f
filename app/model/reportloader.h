// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Figdeck {

// One problem found in a report-pack, located in the file.
struct Diagnostic
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString file;    // as given to the loader
    int line = 0;    // 1-based, 0 when unknown
    int column = 0;  // 1-based, in characters of the UTF-8 line
    QString path;    // JSON path: "figures[2].metrics[0].value"; empty for syntax errors
    QString message; // without location

    // "FILE:LINE:COL: error: figures[2].title: must not be empty", "FILE:LINE:COL: error: message"
    // without a path, "FILE: error: message" for the whole file (line 0). "error" and "warning"
    // are not translated, so that editors and scripts can read the lines.
    QString toString() const;
};

struct LoadResult
{
    std::optional<Report> report; // set only when there is no error (warnings allowed)
    // What could be read also when there are errors (for "Open for editing"): fields in error
    // keep their defaults. Unset when the data is not JSON or not this format and version.
    std::optional<Report> draft;
    QList<Diagnostic> diagnostics;

    bool ok() const { return report.has_value(); }
    QList<Diagnostic> errors() const;
    QList<Diagnostic> warnings() const;
};

// Report-packs larger than this are refused before they are read.
constexpr qint64 MaxReportPackBytes = 16 * 1024 * 1024;

// The loader proper: a pure function of the bytes (fuzzable). fileName only labels messages.
// Reports every problem (at most 200), sorted by position; see resources/report-pack-format.md.
LoadResult parseReportPack(const QByteArray &bytes, const QString &fileName);

// Reads a file or a Qt resource (":/..."), checking its size before reading it.
LoadResult loadReportPack(const QString &path);

// The report compiled into the application (the 2026 AI industry report).
QString embeddedReportPath(); // ":/reports/ai-industry-2026.figdeck.json"
Report embeddedReport();

// Writes a report back to version-1 JSON (parseReportPack(serialize(r)) == r).
QByteArray serializeReportPack(const Report &report);

} // namespace Figdeck
