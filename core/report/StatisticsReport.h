#pragma once

#include "core/Result.h"
#include "core/domain/Statistics.h"
#include "core/io/StatisticsExport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QPageSize>
#include <QString>

class QLocale;
class QPagedPaintDevice;

namespace peerdesk {

// The statistics release as a printed report: a title page with the release's facts and the method note for
// readers, then every table with its note, its figures (suppressed cells marked with the one symbol) and a
// chart where one helps (bars for categories, a line for the 12-month trend). Painted with QPainter on any
// paged device, so the same pages go to a PDF (QPdfWriter) or a printer (QPrinter).
//
// This is the one part of the core that needs Qt Gui (fonts and painting), so it is its own library,
// peerdesk_report: the rest of the core stays Qt Core and Qt Sql only. Painting needs a QGuiApplication (the
// CLI makes one on the offscreen platform for a PDF) and works on any thread, as Qt allows for paged devices.
class StatisticsReport final
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::StatisticsReport)

public:
    StatisticsReport() = delete;

    // Paints every page on the device, which must be fresh (nothing painted yet): the page size and margins
    // are the device's. InvalidInput for a malformed release (StatisticsExport::validate), Io when the device
    // cannot be painted on.
    static Result<void> paint(const StatRelease& release, QPagedPaintDevice& device);

    // The report as a PDF on the paper size usual where the user is (pageSizeFor the default locale).
    static Result<QByteArray> renderPdf(const StatRelease& release);

    // Writes the release in any format, atomically (StatisticsExport::save): the PDF drawn here, CSV, JSON and
    // XLSX by StatisticsExport. The CLI and the Statistics page both write through here.
    static Result<void> write(const StatRelease& release, StatisticsExport::Format format, const QString& path);

    // Letter where that is the usual paper (Canada, the United States and their neighbours), A4 elsewhere.
    static QPageSize::PageSizeId pageSizeFor(const QLocale& locale);
};

} // namespace peerdesk
