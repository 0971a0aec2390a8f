// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The text of a source for the number finder: plain text, Markdown or HTML (tags stripped,
// entities decoded). QtCore only; files (and PDFs) are read by app/import's readSource().

#include <QByteArray>
#include <QString>

namespace Figdeck {

struct TextSource
{
    QString text;
    QString error; // one line when the source cannot be read; text is then empty
    bool ok() const { return error.isEmpty(); }
};

// The text of bytes already read; name is for messages and for telling HTML by its suffix.
TextSource textFromBytes(const QByteArray &bytes, const QString &name);
// HTML as text: script and style dropped, block ends as line breaks, entities decoded.
QString htmlToText(const QString &html);

} // namespace Figdeck
