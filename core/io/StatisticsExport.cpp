#include "core/io/StatisticsExport.h"

#include "core/io/StatisticsLabels.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTemporaryFile>

#include <algorithm>
#include <cmath>
#include <list>
#include <xlsxwriter.h>

namespace peerdesk {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::StatisticsExport)
};

constexpr int MaxSheetNameLength = 31;

int decimalsFor(StatKind kind)
{
    switch (kind) {
    case StatKind::Count:
        return 0;
    case StatKind::Median:
        return 1;
    case StatKind::Share:
        return 3;
    }
    return 0;
}

std::optional<StatKind> kindFromKey(const QString& key)
{
    for (const StatKind kind : { StatKind::Count, StatKind::Median, StatKind::Share }) {
        if (statKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

// A cell's value as published, or nullopt: a suppressed cell never carries one, whatever the caller left in it.
std::optional<double> publishedCellValue(const StatTable& table, const StatCell& cell)
{
    if (cell.suppressed || !cell.value)
        return std::nullopt;
    return StatisticsExport::publishedValue(table.kind, *cell.value);
}

// "12", "0.125", "3.5": fixed decimals without trailing zeros, in the C locale whatever the user's locale is.
QString numberText(StatKind kind, double value)
{
    QString text = QString::number(value, 'f', decimalsFor(kind));
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    return text;
}

Error ioError(const QString& path, const QString& reason)
{
    return makeError(
        ErrorCode::Io,
        Text::tr("Could not write the statistics file %1: %2").arg(QDir::toNativeSeparators(path), reason));
}

// The PDF is painted with Qt Gui, which the core does not link: StatisticsReport (core/report) draws it.
Error pdfNeedsReport()
{
    return makeError(ErrorCode::InvalidInput, QStringLiteral("PDF reports are drawn by StatisticsReport"));
}

Error malformed(const QString& field)
{
    return makeError(ErrorCode::InvalidInput,
                     Text::tr("This is not a PeerDesk statistics release: %1 is missing or malformed.").arg(field));
}

// RFC 4180 quoting, and a leading apostrophe for text a spreadsheet would take for a formula (= + - @, tab,
// carriage return at the start). Numbers are written by numberText() and never pass through here.
QByteArray csvText(const QString& field)
{
    QString text = field;
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && formulaStarts.contains(text.front()))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))
        || text.contains(QLatin1Char('\r'))) {
        text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text.toUtf8();
}

QJsonObject auditObject(const StatRelease& release)
{
    QJsonObject audit;
    audit.insert(QStringLiteral("passed"), release.audit.passed);
    audit.insert(QStringLiteral("method"), release.audit.method);
    audit.insert(QStringLiteral("suppressed_cells"), StatisticsExport::suppressedCellCount(release));
    audit.insert(QStringLiteral("minimum_range_width_required"), StatisticsExport::minimumRangeWidth(release));
    return audit;
}

QJsonObject metadataObject(const StatRelease& release)
{
    QJsonObject metadata;
    metadata.insert(QStringLiteral("program"), release.program);
    metadata.insert(QStringLiteral("period"), release.period.key());
    metadata.insert(QStringLiteral("generated_at"), StatisticsExport::generatedAtText(release.generatedAt));
    metadata.insert(QStringLiteral("version"), release.version);
    metadata.insert(QStringLiteral("k"), release.k);
    metadata.insert(QStringLiteral("method"), release.method);
    metadata.insert(QStringLiteral("zeros_may_be_suppressed"), release.zerosMaySuppressed);
    metadata.insert(QStringLiteral("revision"), release.revision);
    metadata.insert(QStringLiteral("audit"), auditObject(release));
    return metadata;
}

QJsonObject tableObject(const StatTable& table)
{
    QJsonArray cells;
    for (const StatCell& cell : table.cells) {
        QJsonObject object;
        object.insert(QStringLiteral("key"), QJsonArray::fromStringList(cell.key));
        const std::optional<double> value = publishedCellValue(table, cell);
        object.insert(QStringLiteral("value"), value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null));
        object.insert(QStringLiteral("suppressed"), cell.suppressed);
        cells.append(object);
    }
    QJsonObject object;
    object.insert(QStringLiteral("id"), table.id);
    object.insert(QStringLiteral("title"), table.title);
    object.insert(QStringLiteral("kind"), statKindKey(table.kind));
    object.insert(QStringLiteral("dimensions"), QJsonArray::fromStringList(table.dimensions));
    object.insert(QStringLiteral("cells"), cells);
    object.insert(QStringLiteral("note"), table.note);
    object.insert(QStringLiteral("additive"), table.additive);
    return object;
}

std::optional<QStringList> stringList(const QJsonValue& value)
{
    if (!value.isArray())
        return std::nullopt;
    QStringList list;
    for (const auto& item : value.toArray()) {
        if (!item.isString())
            return std::nullopt;
        list << item.toString();
    }
    return list;
}

bool isInteger(const QJsonValue& value)
{
    return value.isDouble() && std::isfinite(value.toDouble()) && value.toDouble() == std::floor(value.toDouble());
}

Result<StatTable> tableFromJson(const QJsonValue& value, int index)
{
    const QString where = QStringLiteral("tables[%1]").arg(index);
    if (!value.isObject())
        return malformed(where);
    const QJsonObject object = value.toObject();
    StatTable table;
    if (!object.value(QStringLiteral("id")).isString() || !object.value(QStringLiteral("title")).isString())
        return malformed(where + QStringLiteral(".id"));
    table.id = object.value(QStringLiteral("id")).toString();
    table.title = object.value(QStringLiteral("title")).toString();
    const std::optional<StatKind> kind = kindFromKey(object.value(QStringLiteral("kind")).toString());
    if (!kind)
        return malformed(where + QStringLiteral(".kind"));
    table.kind = *kind;
    const std::optional<QStringList> dimensions = stringList(object.value(QStringLiteral("dimensions")));
    if (!dimensions)
        return malformed(where + QStringLiteral(".dimensions"));
    table.dimensions = *dimensions;
    // "note" and "additive" were added to the shape; a file without them reads with the defaults.
    const QJsonValue note = object.value(QStringLiteral("note"));
    if (!note.isUndefined() && !note.isString())
        return malformed(where + QStringLiteral(".note"));
    table.note = note.toString();
    const QJsonValue additive = object.value(QStringLiteral("additive"));
    if (!additive.isUndefined() && !additive.isBool())
        return malformed(where + QStringLiteral(".additive"));
    table.additive = additive.toBool(true);
    if (!object.value(QStringLiteral("cells")).isArray())
        return malformed(where + QStringLiteral(".cells"));
    const QJsonArray cells = object.value(QStringLiteral("cells")).toArray();
    for (int i = 0; i < cells.size(); ++i) {
        const QString cellWhere = where + QStringLiteral(".cells[%1]").arg(i);
        if (!cells.at(i).isObject())
            return malformed(cellWhere);
        const QJsonObject cellObject = cells.at(i).toObject();
        StatCell cell;
        const std::optional<QStringList> key = stringList(cellObject.value(QStringLiteral("key")));
        if (!key || key->size() != table.dimensions.size())
            return malformed(cellWhere + QStringLiteral(".key"));
        cell.key = *key;
        if (!cellObject.value(QStringLiteral("suppressed")).isBool())
            return malformed(cellWhere + QStringLiteral(".suppressed"));
        cell.suppressed = cellObject.value(QStringLiteral("suppressed")).toBool();
        const QJsonValue cellValue = cellObject.value(QStringLiteral("value"));
        if (cellValue.isDouble() && !cell.suppressed)
            cell.value = cellValue.toDouble();
        else if (!cellValue.isNull())
            return malformed(cellWhere + QStringLiteral(".value"));
        table.cells << cell;
    }
    return table;
}

// Excel refuses []:*?/\ in sheet names, a leading or trailing apostrophe and more than 31 characters; "History"
// is reserved, and "notes" is ours.
QString sanitisedSheetName(const QString& id)
{
    QString name;
    for (const QChar c : id) {
        if (QStringLiteral("[]:*?/\\").contains(c) || c.category() == QChar::Other_Control)
            name += QLatin1Char('_');
        else
            name += c;
    }
    name = name.trimmed();
    while (name.startsWith(QLatin1Char('\'')))
        name.remove(0, 1);
    while (name.endsWith(QLatin1Char('\'')))
        name.chop(1);
    if (name.isEmpty())
        name = QStringLiteral("table");
    return name.left(MaxSheetNameLength);
}

// Owns the workbook until it is closed; closing writes the file.
class Workbook final
{
public:
    explicit Workbook(const QString& path, const QString& tempFolder)
        : m_path(QFile::encodeName(path)), m_tempFolder(QFile::encodeName(tempFolder))
    {
        lxw_workbook_options options{};
        options.constant_memory = LXW_FALSE;
        options.tmpdir = m_tempFolder.data();
        options.use_zip64 = LXW_FALSE;
        m_workbook = workbook_new_opt(m_path.constData(), &options);
    }
    ~Workbook()
    {
        if (m_workbook)
            workbook_close(m_workbook);
    }
    Q_DISABLE_COPY_MOVE(Workbook)

    lxw_workbook* get() const { return m_workbook; }
    lxw_error close()
    {
        const lxw_error error = workbook_close(m_workbook);
        m_workbook = nullptr;
        return error;
    }
    // libxlsxwriter copies what it keeps, but the bytes handed to it stay alive until the file is closed anyway.
    const char* keep(const QString& text)
    {
        m_strings.push_back(text.toUtf8());
        return m_strings.back().constData();
    }

private:
    QByteArray m_path;
    QByteArray m_tempFolder;
    lxw_workbook* m_workbook = nullptr;
    std::list<QByteArray> m_strings;
};

QString kindLabel(StatKind kind)
{
    switch (kind) {
    case StatKind::Count:
        return Text::tr("count");
    case StatKind::Median:
        return Text::tr("median");
    case StatKind::Share:
        return Text::tr("share");
    }
    return {};
}

} // namespace

QString StatisticsExport::generatedAtText(const QDateTime& moment)
{
    return moment.toUTC().toString(Qt::ISODate);
}

int StatisticsExport::suppressedCellCount(const StatRelease& release)
{
    int count = 0;
    for (const StatTable& table : release.tables) {
        for (const StatCell& cell : table.cells)
            count += cell.suppressed ? 1 : 0;
    }
    return count;
}

int StatisticsExport::minimumRangeWidth(const StatRelease& release)
{
    return std::max(0, release.k - 1);
}

Result<StatisticsExport::Format> StatisticsExport::formatFromName(const QString& name)
{
    const QString key = name.trimmed().toLower();
    for (const Format format : { Format::Csv, Format::Json, Format::Xlsx, Format::Pdf }) {
        if (formatName(format) == key)
            return format;
    }
    return makeError(ErrorCode::InvalidInput,
                     Text::tr("Unknown statistics format \"%1\": use csv, json, xlsx or pdf.").arg(name.left(40)));
}

QString StatisticsExport::formatName(Format format)
{
    switch (format) {
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::Json:
        return QStringLiteral("json");
    case Format::Xlsx:
        return QStringLiteral("xlsx");
    case Format::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

QString StatisticsExport::fileSuffix(Format format)
{
    return formatName(format);
}

QString StatisticsExport::defaultFileName(const StatRelease& release, Format format)
{
    QString name = QStringLiteral("statistics-") + release.period.key();
    if (release.bySite())
        name += QStringLiteral("-by-site");
    if (release.revision > 0)
        name += QStringLiteral("-revision-%1").arg(release.revision);
    return name + QLatin1Char('.') + fileSuffix(format);
}

double StatisticsExport::publishedValue(StatKind kind, double value)
{
    const double scale = std::pow(10.0, decimalsFor(kind));
    const double rounded = std::round(value * scale) / scale;
    return rounded == 0 ? 0.0 : rounded; // never "-0"
}

Result<void> StatisticsExport::validate(const StatRelease& release)
{
    QSet<QString> ids;
    for (const StatTable& table : release.tables) {
        if (table.id.trimmed().isEmpty() || ids.contains(table.id)) {
            return makeError(
                ErrorCode::InvalidInput,
                Text::tr("The statistics release has an empty or repeated table id \"%1\".").arg(table.id));
        }
        ids.insert(table.id);
        for (const StatCell& cell : table.cells) {
            if (cell.key.size() != table.dimensions.size()) {
                return makeError(
                    ErrorCode::InvalidInput,
                    Text::tr("A cell of the table \"%1\" does not have one category per dimension.").arg(table.id));
            }
            // The CSV joins the components with "|": a component holding one would read as two.
            for (const QString& component : cell.key) {
                if (component.contains(QLatin1Char('|'))) {
                    return makeError(ErrorCode::InvalidInput,
                                     Text::tr("A category of the table \"%1\" contains \"|\".").arg(table.id));
                }
            }
            if (cell.value && !std::isfinite(*cell.value)) {
                return makeError(
                    ErrorCode::InvalidInput,
                    Text::tr("A cell of the table \"%1\" holds a value that is not a number.").arg(table.id));
            }
        }
    }
    return {};
}

QByteArray StatisticsExport::toJson(const StatRelease& release)
{
    QJsonArray tables;
    for (const StatTable& table : release.tables)
        tables.append(tableObject(table));
    QJsonObject root;
    root.insert(QStringLiteral("metadata"), metadataObject(release));
    root.insert(QStringLiteral("tables"), tables);
    // QJsonObject keeps its keys sorted and the writer prints integral doubles as integers: canonical bytes.
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<StatRelease> StatisticsExport::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return malformed(QStringLiteral("JSON"));
    const QJsonObject root = document.object();
    const QJsonObject metadata = root.value(QStringLiteral("metadata")).toObject();
    if (metadata.isEmpty())
        return malformed(QStringLiteral("metadata"));

    StatRelease release;
    const auto text = [&metadata](const char* field) { return metadata.value(QLatin1String(field)); };
    if (!text("program").isString() || !text("version").isString() || !text("method").isString())
        return malformed(QStringLiteral("metadata.program"));
    release.program = text("program").toString();
    release.version = text("version").toString();
    release.method = text("method").toString();
    const std::optional<StatPeriod> period = StatPeriod::parse(text("period").toString());
    if (!period)
        return malformed(QStringLiteral("metadata.period"));
    release.period = *period;
    release.generatedAt = QDateTime::fromString(text("generated_at").toString(), Qt::ISODate);
    if (!release.generatedAt.isValid())
        return malformed(QStringLiteral("metadata.generated_at"));
    release.generatedAt = release.generatedAt.toUTC();
    if (!isInteger(text("k")))
        return malformed(QStringLiteral("metadata.k"));
    if (!isInteger(text("revision")) || text("revision").toInt() < 0)
        return malformed(QStringLiteral("metadata.revision"));
    release.k = text("k").toInt();
    release.revision = text("revision").toInt();
    if (!text("zeros_may_be_suppressed").isBool())
        return malformed(QStringLiteral("metadata.zeros_may_be_suppressed"));
    release.zerosMaySuppressed = text("zeros_may_be_suppressed").toBool();
    const QJsonObject audit = text("audit").toObject();
    if (!audit.value(QStringLiteral("passed")).isBool() || !audit.value(QStringLiteral("method")).isString())
        return malformed(QStringLiteral("metadata.audit"));
    release.audit.passed = audit.value(QStringLiteral("passed")).toBool();
    release.audit.method = audit.value(QStringLiteral("method")).toString();

    if (!root.value(QStringLiteral("tables")).isArray())
        return malformed(QStringLiteral("tables"));
    const QJsonArray tables = root.value(QStringLiteral("tables")).toArray();
    for (int i = 0; i < tables.size(); ++i) {
        Result<StatTable> table = tableFromJson(tables.at(i), i);
        if (!table)
            return table.error();
        release.tables << std::move(table).value();
    }
    if (Result<void> valid = validate(release); !valid)
        return valid.error();
    return release;
}

QByteArray StatisticsExport::toCsv(const StatRelease& release)
{
    QByteArray csv = "period,table,category,value,flag\r\n";
    const QByteArray period = csvText(release.period.key());
    for (const StatTable& table : release.tables) {
        const QByteArray id = csvText(table.id);
        for (const StatCell& cell : table.cells) {
            const std::optional<double> value = publishedCellValue(table, cell);
            csv += period + ',' + id + ',' + csvText(cell.key.join(QLatin1Char('|'))) + ',';
            if (value)
                csv += numberText(table.kind, *value).toLatin1();
            csv += ',';
            if (cell.suppressed)
                csv += CsvSuppressedFlag;
            csv += "\r\n";
        }
    }
    return csv;
}

QStringList StatisticsExport::sheetNames(const StatRelease& release)
{
    QSet<QString> taken{ QString::fromLatin1(NotesSheetName), QStringLiteral("history") };
    QStringList names;
    for (const StatTable& table : release.tables) {
        const QString base = sanitisedSheetName(table.id);
        QString name = base;
        for (int n = 2; taken.contains(name.toLower()); ++n) {
            const QString suffix = QStringLiteral("_%1").arg(n);
            name = base.left(MaxSheetNameLength - suffix.size()) + suffix;
        }
        taken.insert(name.toLower());
        names << name;
    }
    return names;
}

Result<void> StatisticsExport::renderXlsx(const StatRelease& release, const QString& path, const QString& reportedPath)
{
    Workbook workbook(path, QFileInfo(path).absolutePath());
    lxw_workbook* book = workbook.get();
    if (!book)
        return ioError(reportedPath, Text::tr("the spreadsheet could not be created"));

    // No author, company or user name: only what the release itself says. The creation time is the release's,
    // so the document properties do not vary between two exports of the same release.
    lxw_doc_properties properties{};
    properties.title
        = const_cast<char*>(workbook.keep(Text::tr("%1 statistics, %2").arg(release.program, release.period.key())));
    properties.created = static_cast<time_t>(release.generatedAt.toSecsSinceEpoch());
    workbook_set_properties(book, &properties);

    lxw_format* bold = workbook_add_format(book);
    format_set_bold(bold);
    lxw_format* wrap = workbook_add_format(book);
    format_set_text_wrap(wrap);
    format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
    lxw_format* symbol = workbook_add_format(book);
    format_set_align(symbol, LXW_ALIGN_RIGHT);
    lxw_format* countFormat = workbook_add_format(book);
    format_set_num_format(countFormat, "0");
    lxw_format* medianFormat = workbook_add_format(book);
    format_set_num_format(medianFormat, "0.0");
    lxw_format* shareFormat = workbook_add_format(book);
    format_set_num_format(shareFormat, "0.0%");

    const QStringList sheets = sheetNames(release);

    lxw_worksheet* notes = workbook_add_worksheet(book, NotesSheetName);
    if (!notes)
        return ioError(reportedPath, Text::tr("the spreadsheet could not be created"));
    worksheet_set_column(notes, 0, 0, 34, nullptr);
    worksheet_set_column(notes, 1, 1, 60, wrap);
    worksheet_set_column(notes, 2, 5, 30, wrap);
    lxw_row_t row = 0;
    const auto line = [&](const QString& label, const QString& value) {
        worksheet_write_string(notes, row, 0, workbook.keep(label), bold);
        worksheet_write_string(notes, row, 1, workbook.keep(value), nullptr);
        ++row;
    };
    worksheet_write_string(notes, row++, 0, workbook.keep(Text::tr("PeerDesk statistics")), bold);
    ++row;
    for (const StatisticsLabels::Fact& fact : StatisticsLabels::releaseFacts(release))
        line(fact.label, fact.value);
    ++row;
    line(QString::fromLatin1(SuppressedSymbol),
         Text::tr("Suppressed to protect confidentiality. The same symbol marks every suppressed cell."));
    line(QString::fromLatin1(StatCell::Margin), Text::tr("All categories of that dimension (a total)."));
    line(Text::tr("Zeros"),
         release.zerosMaySuppressed ? Text::tr("A suppressed cell may hide a zero.")
                                    : Text::tr("Zeros are never suppressed."));
    ++row;
    const QStringList tableHeader{ Text::tr("Sheet"), Text::tr("Table"),  Text::tr("Title"),
                                   Text::tr("Kind"),  Text::tr("Totals"), Text::tr("Note") };
    for (int column = 0; column < tableHeader.size(); ++column)
        worksheet_write_string(notes, row, lxw_col_t(column), workbook.keep(tableHeader.at(column)), bold);
    ++row;
    for (int i = 0; i < release.tables.size(); ++i) {
        const StatTable& table = release.tables.at(i);
        const QString totals = table.kind != StatKind::Count ? QString()
            : table.additive                                 ? Text::tr("sum of the categories")
                             : Text::tr("not a sum: a unit can fall in several categories");
        const QStringList values{ sheets.at(i), table.id, table.title, kindLabel(table.kind), totals, table.note };
        for (int column = 0; column < values.size(); ++column)
            worksheet_write_string(notes, row, lxw_col_t(column), workbook.keep(values.at(column)), nullptr);
        ++row;
    }

    for (int i = 0; i < release.tables.size(); ++i) {
        const StatTable& table = release.tables.at(i);
        lxw_worksheet* sheet = workbook_add_worksheet(book, workbook.keep(sheets.at(i)));
        if (!sheet)
            return ioError(reportedPath, Text::tr("the spreadsheet could not be created"));
        worksheet_write_string(sheet, 0, 0, workbook.keep(table.title), bold);
        if (!table.note.isEmpty())
            worksheet_write_string(sheet, 1, 0, workbook.keep(table.note), nullptr);
        const auto valueColumn = lxw_col_t(table.dimensions.size());
        for (int d = 0; d < table.dimensions.size(); ++d)
            worksheet_write_string(sheet, 2, lxw_col_t(d), workbook.keep(table.dimensions.at(d)), bold);
        worksheet_write_string(sheet, 2, valueColumn, "value", bold);
        worksheet_set_column(sheet, 0, valueColumn, 18, nullptr);
        worksheet_freeze_panes(sheet, 3, 0);
        lxw_format* numberFormat = table.kind == StatKind::Share ? shareFormat
            : table.kind == StatKind::Median                     ? medianFormat
                                                                 : countFormat;
        lxw_row_t cellRow = 3;
        for (const StatCell& cell : table.cells) {
            for (int d = 0; d < cell.key.size(); ++d)
                worksheet_write_string(sheet, cellRow, lxw_col_t(d), workbook.keep(cell.key.at(d)), nullptr);
            const std::optional<double> value = publishedCellValue(table, cell);
            if (cell.suppressed)
                worksheet_write_string(sheet, cellRow, valueColumn, SuppressedSymbol, symbol);
            else if (value)
                worksheet_write_number(sheet, cellRow, valueColumn, *value, numberFormat);
            ++cellRow;
        }
    }

    const lxw_error error = workbook.close();
    if (error != LXW_NO_ERROR)
        return ioError(reportedPath, QString::fromUtf8(lxw_strerror(error)));
    return {};
}

Result<QByteArray> StatisticsExport::render(const StatRelease& release, Format format)
{
    if (Result<void> valid = validate(release); !valid)
        return valid.error();
    switch (format) {
    case Format::Csv:
        return toCsv(release);
    case Format::Json:
        return toJson(release);
    case Format::Xlsx:
        break;
    case Format::Pdf:
        return pdfNeedsReport();
    }
    QTemporaryDir folder;
    if (!folder.isValid())
        return ioError(folder.path(), folder.errorString());
    const QString path = folder.filePath(QStringLiteral("statistics.xlsx"));
    if (Result<void> written = renderXlsx(release, path, path); !written)
        return written.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ioError(path, file.errorString());
    return file.readAll();
}

Result<void> StatisticsExport::write(const StatRelease& release, Format format, const QString& path)
{
    if (Result<void> valid = validate(release); !valid)
        return valid;
    if (format == Format::Pdf)
        return pdfNeedsReport();
    QByteArray content;
    if (format == Format::Xlsx) {
        // libxlsxwriter writes a file of its own: into a temporary one beside the target, which QTemporaryFile
        // removes whatever happens; its bytes then go through QSaveFile like the other formats.
        QTemporaryFile temporary(
            QFileInfo(path).absoluteDir().filePath(QStringLiteral(".peerdesk-export-XXXXXX.xlsx")));
        if (!temporary.open())
            return ioError(path, temporary.errorString());
        temporary.close();
        if (Result<void> written = renderXlsx(release, temporary.fileName(), path); !written)
            return written;
        if (!temporary.open())
            return ioError(path, temporary.errorString());
        content = temporary.readAll();
    } else {
        Result<QByteArray> rendered = render(release, format);
        if (!rendered)
            return rendered.error();
        content = std::move(rendered).value();
    }
    return save(content, path);
}

Result<void> StatisticsExport::save(const QByteArray& content, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ioError(path, file.errorString());
    if (file.write(content) != content.size() || !file.commit())
        return ioError(path, file.errorString());
    return {};
}

} // namespace peerdesk
