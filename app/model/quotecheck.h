// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Quotes checked against the texts they claim to come from (figdeck --check-quotes): every
// "quote" of a report pack must stand verbatim (whitespace folded) in the text of its source.
// QtCore only; the caller reads the texts (app/import reads PDFs and HTML).

#include "reportloader.h"

#include <QList>
#include <QString>

namespace Figdeck {

struct QuoteSourceText
{
    QString name;     // as the user gave it, for messages
    QString sourceId; // the pack source this text is; empty: any source without its own text
    QString text;
};

struct QuoteCheck
{
    int checked = 0;               // quotes looked at
    QList<Diagnostic> diagnostics; // one per quote that is not verbatim in its source's text
};

// Every quote of the pack (metrics, findings, anywhere a "quote" string is) looked up in the
// text of its source: the metric's "source" id (format 2), else the texts without an id. A quote
// found in another text is reported with that text's name. The pack must parse as JSON; its
// validity is the loader's business.
QuoteCheck checkQuotes(const QByteArray &pack, const QString &packName,
                       const QList<QuoteSourceText> &texts);

} // namespace Figdeck
