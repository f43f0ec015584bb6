#include "core/io/IdentityInput.h"

#include "core/domain/FieldChecks.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace peerdesk::identity_input {

namespace {

// A few short fields; anything far larger is the wrong file.
constexpr qint64 MaximumBytes = 16 * 1024;

// Gives lupdate and QCoreApplication::translate one context for this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::Cli)
};

Error invalid(const QString& message)
{
    return makeError(ErrorCode::InvalidInput, message);
}

// Whether the text gives its fields by name ("name: ...") rather than one per line in order.
bool keyed(const QStringList& lines, const QStringList& fields)
{
    for (const QString& line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        return colon > 0 && fields.contains(line.left(colon).trimmed().toLower());
    }
    return true;
}

Result<QMap<QString, QString>> parse(const QByteArray& bytes, const QString& source, const QStringList& fields)
{
    QMap<QString, QString> values;
    QStringList lines = QString::fromUtf8(bytes).split(QLatin1Char('\n'));
    for (QString& line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    }
    const bool byName = keyed(lines, fields);
    qsizetype position = 0; // the next field, when they come one per line
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString& line = lines.at(i);
        if (line.trimmed().isEmpty())
            continue;
        QString field;
        QString value;
        if (byName) {
            const qsizetype colon = line.indexOf(QLatin1Char(':'));
            field = colon < 0 ? QString() : line.left(colon).trimmed().toLower();
            value = line.mid(colon + 1).trimmed();
        } else {
            field = fields.value(position++);
            value = line.trimmed();
        }
        if (!fields.contains(field))
            return invalid(
                Text::tr("Line %1 of %2 is not one of: %3.").arg(i + 1).arg(source, fields.join(QStringLiteral(", "))));
        if (values.contains(field))
            return invalid(Text::tr("%1 gives the field \"%2\" twice.").arg(source, field));
        if (field_checks::hasControlCharacters(value))
            return invalid(Text::tr("The field \"%1\" in %2 holds a control character.").arg(field, source));
        values.insert(field, value);
    }
    for (const QString& field : fields) {
        if (values.value(field).isEmpty())
            return invalid(Text::tr("%1 does not give the field \"%2\".").arg(source, field));
    }
    return values;
}

Result<QByteArray> readAll(int fd, const QString& source)
{
    QByteArray bytes;
    char buffer[4096];
    while (bytes.size() <= MaximumBytes) {
        const ssize_t got = ::read(fd, buffer, sizeof buffer);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            return makeError(ErrorCode::Io, Text::tr("Cannot read %1.").arg(source));
        if (got == 0)
            break;
        bytes.append(buffer, got);
    }
    if (bytes.size() > MaximumBytes)
        return invalid(Text::tr("%1 is far too long for a person's details.").arg(source));
    return bytes;
}

} // namespace

Result<QMap<QString, QString>> fromFile(const QString& path, const QStringList& fields)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return invalid(Text::tr("Cannot open %1.").arg(path));
    auto bytes = readAll(fd, path);
    ::close(fd);
    if (!bytes)
        return bytes.error();
    return parse(*bytes, path, fields);
}

Result<QMap<QString, QString>> fromDescriptor(int fd, const QStringList& fields)
{
    const QString source = Text::tr("standard input");
    auto bytes = readAll(fd, source);
    if (!bytes)
        return bytes.error();
    return parse(*bytes, source, fields);
}

Result<QMap<QString, QString>> fromTerminal(const QStringList& fields, const QStringList& prompts)
{
    const int tty = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (tty < 0)
        return makeError(ErrorCode::Usage,
                         Text::tr("No terminal to ask on: give the details in a file or on standard "
                                  "input."));
    QByteArray answers;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QByteArray prompt = prompts.value(i).toLocal8Bit();
        (void)!::write(tty, prompt.constData(), static_cast<std::size_t>(prompt.size()));
        QByteArray line;
        char c = 0;
        while (line.size() < 1024) {
            const ssize_t got = ::read(tty, &c, 1);
            if (got < 0 && errno == EINTR)
                continue;
            if (got <= 0 || c == '\n')
                break;
            line.append(c);
        }
        answers += fields.at(i).toUtf8() + ": " + line + '\n';
    }
    ::close(tty);
    return parse(answers, Text::tr("the terminal"), fields);
}

} // namespace peerdesk::identity_input
