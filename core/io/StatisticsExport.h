#pragma once

#include "core/Result.h"
#include "core/domain/Statistics.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace peerdesk {

// A statistics release as the files PeerDesk publishes: tidy CSV, canonical JSON and XLSX (docs/statistics.md,
// "Export formats"). Pure: from a StatRelease to bytes or a file, no database. Every format shows one symbol
// for every suppressed cell and never says which suppressions were primary: the release does not know.
class StatisticsExport final
{
public:
    enum class Format
    {
        Csv,
        Json,
        Xlsx,
        Pdf, // drawn by StatisticsReport (core/report), which links Qt Gui; render() and write() refuse it
    };

    StatisticsExport() = delete;

    // The one symbol for a suppressed cell wherever a symbol is shown (XLSX, PDF): "x", as Statistics Canada
    // writes it. The CSV carries the word "suppressed" in its flag column and an empty value.
    static constexpr auto SuppressedSymbol = "x";
    static constexpr auto CsvSuppressedFlag = "suppressed";

    // "csv", "json", "xlsx", "pdf" (any case); InvalidInput for anything else.
    static Result<Format> formatFromName(const QString& name);
    static QString formatName(Format format); // "csv", "json", "xlsx", "pdf"
    static QString fileSuffix(Format format); // same as formatName
    // "statistics-2026-03.csv"; a correction says so: "statistics-2026-03-revision-1.csv". Names no one, not even
    // the program, so a file attached to an e-mail or left in Downloads tells nothing beyond the period.
    static QString defaultFileName(const StatRelease& release, Format format);

    // The value as published: counts as integers, shares with 3 decimals, medians with 1. Every format and the
    // ledger use it, so a figure is the same wherever it appears.
    static double publishedValue(StatKind kind, double value);

    // Canonical JSON, UTF-8: keys sorted, four-space indentation, numbers as publishedValue() gives them, so the
    // same release always gives the same bytes (the ledger stores and compares them).
    static QByteArray toJson(const StatRelease& release);
    // Reads toJson()'s output back. The audit's ranges and problems are not published, so they come back
    // empty; everything else comes back as exported. InvalidInput when the text is not such a release.
    static Result<StatRelease> fromJson(const QByteArray& json);

    // RFC 4180: CRLF line ends, header "period,table,category,value,flag", one row per cell, UTF-8 without BOM.
    static QByteArray toCsv(const StatRelease& release);

    // Renders CSV, JSON or XLSX to bytes (the XLSX through a temporary file in the system's temporary folder).
    static Result<QByteArray> render(const StatRelease& release, Format format);

    // Writes the file atomically: the bytes are rendered first (the XLSX into a temporary file in the target's
    // folder, removed afterwards) and saved with QSaveFile, so a failure leaves any earlier file as it was and
    // never a partial one. Io naming the file when the file system refuses; InvalidInput for a malformed
    // release (a cell whose key does not match its table's dimensions, a value that is not a finite number).
    static Result<void> write(const StatRelease& release, Format format, const QString& path);
    // Saves bytes as the file atomically (QSaveFile); Io naming the file when the file system refuses.
    static Result<void> save(const QByteArray& content, const QString& path);

    // InvalidInput naming the first problem: duplicate or empty table ids, cells whose key does not have one
    // component per dimension or has a component containing "|" (the CSV's separator), values that are not finite.
    static Result<void> validate(const StatRelease& release);

    // The XLSX sheet name for each table, in order: the table id with the characters Excel refuses replaced,
    // at most 31 characters, unique (case-insensitively, and never "notes").
    static QStringList sheetNames(const StatRelease& release);
    static constexpr auto NotesSheetName = "notes";

    // The moment a release was generated as every format writes it: ISO 8601 in UTC.
    static QString generatedAtText(const QDateTime& moment);
    static int suppressedCellCount(const StatRelease& release);
    // The audit proves each suppressed cell's possible values span at least k - 1 given everything published;
    // the exports state that requirement, not the ranges themselves (see docs/statistics.md).
    static int minimumRangeWidth(const StatRelease& release);

private:
    // Errors name reportedPath: the file the user asked for, not the temporary one written.
    static Result<void> renderXlsx(const StatRelease& release, const QString& path, const QString& reportedPath);
};

} // namespace peerdesk
