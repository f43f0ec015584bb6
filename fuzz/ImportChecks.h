#pragma once

// What both import targets check beyond "no crash".

#include "FuzzSupport.h"
#include "core/formats/CsvReader.h"
#include "core/formats/ImportSupport.h"

#include <algorithm>

namespace peerdesk::fuzz {

// Import messages name the line and the column, never what a field holds (docs/import-formats.md): they end
// up in terminals and logs, and a field may be a physician's name. So no data value (nor list item) may appear
// in any message. Checked for the values that cannot be in a message by chance: the untranslated messages are
// ASCII, examples included ("such as 2025-03-14T09:30"), so a value with a non-ASCII letter in it, that is
// not also part of a column name (which messages do show), is in a message only if the code put it there.
inline void checkNoValueInMessages(const QByteArray& input, const ImportReport& report)
{
    constexpr qsizetype LongEnough = 4;
    const auto checkable = [](const QString& value) {
        return value.size() >= LongEnough
            && std::any_of(value.cbegin(), value.cend(), [](QChar c) { return c.unicode() > 0x7f && c.isLetter(); });
    };
    CsvReader reader(input);
    QStringList values;
    QString columnNames;
    while (const auto record = reader.next()) {
        if (columnNames.isEmpty()) {
            // As written, and as messages show them (CsvReader.cpp: the first 60 characters, control characters
            // as spaces, then an ellipsis).
            for (const QString& name : reader.headerNames()) {
                QString shown = name.left(60) + u'\u2026';
                for (QChar& c : shown) {
                    if (c.category() == QChar::Other_Control || c.category() == QChar::Separator_Line
                        || c.category() == QChar::Separator_Paragraph)
                        c = u' ';
                }
                columnNames += name + u'\n' + shown + u'\n';
            }
        }
        for (const QString& field : record->fields()) {
            // The field as a whole, and each item of it read as a list.
            for (const QString& value : QStringList{ field.trimmed() } + csv::splitList(field)) {
                if (checkable(value) && !columnNames.contains(value))
                    values.append(value);
            }
        }
    }
    for (const QList<CsvIssue>* issues : { &report.errors, &report.warnings }) {
        for (const CsvIssue& issue : *issues) {
            PEERDESK_FUZZ_CHECK(issue.line >= 0 && !issue.message.isEmpty());
            for (const QString& value : std::as_const(values)) {
                if (issue.message.contains(value))
                    std::fprintf(stderr, "message: %s\nholds the value: %s\n", qUtf8Printable(issue.message),
                                 qUtf8Printable(value));
                PEERDESK_FUZZ_CHECK(!issue.message.contains(value));
            }
        }
    }
}

} // namespace peerdesk::fuzz
