#include "core/report/StatisticsReport.h"

#include "core/io/StatisticsLabels.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>
#include <optional>

namespace peerdesk {

namespace {

// Colours that print well in grey as well as in colour.
const QColor Ink(0x1f, 0x1f, 0x1f);
const QColor Muted(0x5f, 0x5f, 0x5f);
const QColor Rule(0xbd, 0xbd, 0xbd);
const QColor Shade(0xf0, 0xf0, 0xf0);
const QColor Series(0x2f, 0x5f, 0x9a);

constexpr double MarginMillimetres = 18;

// The document's name for itself: the program's, which the settings never let name a person.
QString documentTitle(const StatRelease& release)
{
    const QString program = release.program.isEmpty() ? QStringLiteral("PeerDesk") : release.program;
    return StatisticsReport::tr("%1 statistics, %2").arg(program, release.period.key());
}

bool isMargin(const StatCell& cell)
{
    return cell.key.contains(QLatin1String(StatCell::Margin));
}

// 1, 2 or 5 times a power of ten, at least `rough`: axis steps people read at a glance.
double niceStep(double rough)
{
    if (rough <= 1)
        return 1;
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    for (const double factor : { 1.0, 2.0, 5.0, 10.0 }) {
        if (factor * power >= rough)
            return factor * power;
    }
    return 10 * power;
}

struct Fonts
{
    QFont title;
    QFont subtitle;
    QFont heading;
    QFont body;
    QFont bold;
    QFont small;

    Fonts()
    {
        body.setPointSizeF(9.5);
        bold = body;
        bold.setBold(true);
        small.setPointSizeF(8);
        heading.setPointSizeF(12.5);
        heading.setBold(true);
        subtitle.setPointSizeF(14);
        title.setPointSizeF(20);
        title.setBold(true);
    }
};

// The pages as a cursor moving down: everything is measured on the device, and painted only when there is a
// painter. The report is laid out twice, first without a painter to count the pages ("page 2 of 7"), then
// with one; both passes take the same decisions because they measure the same way.
class Pages final
{
public:
    Pages(QPagedPaintDevice& device, QPainter* painter, QString footer, int pageCount)
        : m_device(device)
        , m_painter(painter)
        , m_footer(std::move(footer))
        , m_pageCount(pageCount)
        , m_scale(device.logicalDpiY() / 72.0)
    {
        const double footerHeight = QFontMetricsF(m_fonts.small, &m_device).height() + pt(10);
        m_bottom = m_device.height() - footerHeight;
    }

    const Fonts& fonts() const { return m_fonts; }
    QPainter* painter() const { return m_painter; }
    double pt(double points) const { return points * m_scale; }
    double width() const { return m_device.width(); }
    double bottom() const { return m_bottom; }
    double y() const { return m_y; }
    void advance(double height) { m_y += height; }
    int page() const { return m_page; }
    bool atTop() const { return m_y <= 0; }

    QFontMetricsF metrics(const QFont& font) const { return QFontMetricsF(font, &m_device); }

    double textHeight(const QString& text, const QFont& font, double width) const
    {
        return metrics(font).boundingRect(QRectF(0, 0, width, 1e9), Qt::TextWordWrap, text).height();
    }

    // Starts a new page unless `height` still fits on this one (or this one is still empty).
    void need(double height)
    {
        if (!atTop() && m_y + height > m_bottom)
            newPage();
    }

    void newPage()
    {
        drawFooter();
        if (m_painter)
            m_device.newPage();
        ++m_page;
        m_y = 0;
    }

    void finish() { drawFooter(); }

    // A wrapped paragraph at the cursor; a paragraph is never split across pages.
    void paragraph(const QString& text, const QFont& font, const QColor& colour, double spaceAfter)
    {
        const double height = textHeight(text, font, width());
        need(height);
        if (m_painter) {
            m_painter->setFont(font);
            m_painter->setPen(colour);
            m_painter->drawText(QRectF(0, m_y, width(), height), Qt::TextWordWrap, text);
        }
        m_y += height + spaceAfter;
    }

    void text(const QRectF& rect, int flags, const QString& text, const QFont& font, const QColor& colour) const
    {
        if (!m_painter)
            return;
        m_painter->setFont(font);
        m_painter->setPen(colour);
        m_painter->drawText(rect, flags, text);
    }

    void fill(const QRectF& rect, const QColor& colour) const
    {
        if (m_painter)
            m_painter->fillRect(rect, colour);
    }

    void line(QPointF from, QPointF to, const QColor& colour, double widthPoints) const
    {
        if (!m_painter)
            return;
        m_painter->setPen(QPen(colour, pt(widthPoints)));
        m_painter->drawLine(from, to);
    }

private:
    void drawFooter()
    {
        if (!m_painter)
            return;
        const QFontMetricsF footerMetrics = metrics(m_fonts.small);
        const QRectF area(0, m_device.height() - footerMetrics.height(), width(), footerMetrics.height());
        line(area.topLeft() - QPointF(0, pt(4)), area.topRight() - QPointF(0, pt(4)), Rule, 0.5);
        text(area, Qt::AlignLeft | Qt::AlignVCenter, m_footer, m_fonts.small, Muted);
        text(area, Qt::AlignRight | Qt::AlignVCenter,
             StatisticsReport::tr("Page %1 of %2").arg(m_page).arg(std::max(m_pageCount, m_page)), m_fonts.small,
             Muted);
    }

    QPagedPaintDevice& m_device;
    QPainter* m_painter;
    QString m_footer;
    int m_pageCount;
    double m_scale;
    Fonts m_fonts;
    double m_bottom = 0;
    double m_y = 0;
    int m_page = 1;
};

// Two columns, label and value, with the value wrapped: the release's facts and the symbols.
void drawLabelledRows(Pages& pages, const QList<StatisticsLabels::Fact>& rows)
{
    const Fonts& fonts = pages.fonts();
    double labelWidth = 0;
    for (const auto& row : rows)
        labelWidth = std::max(labelWidth, pages.metrics(fonts.bold).horizontalAdvance(row.label));
    labelWidth = std::min(labelWidth + pages.pt(12), pages.width() * 0.4);
    const double valueWidth = pages.width() - labelWidth;
    for (const auto& row : rows) {
        const double height = std::max(pages.textHeight(row.label, fonts.bold, labelWidth - pages.pt(6)),
                                       pages.textHeight(row.value, fonts.body, valueWidth))
            + pages.pt(3);
        pages.need(height);
        pages.text(QRectF(0, pages.y(), labelWidth - pages.pt(6), height), Qt::TextWordWrap, row.label, fonts.bold,
                   Ink);
        pages.text(QRectF(labelWidth, pages.y(), valueWidth, height), Qt::TextWordWrap, row.value, fonts.body, Ink);
        pages.advance(height);
    }
}

void drawTitlePage(Pages& pages, const StatRelease& release)
{
    const Fonts& fonts = pages.fonts();
    pages.paragraph(release.program.isEmpty() ? StatisticsReport::tr("Peer support statistics") : release.program,
                    fonts.title, Ink, pages.pt(4));
    QString subtitle
        = StatisticsReport::tr("Peer support statistics for %1").arg(StatisticsLabels::periodName(release.period));
    if (release.revision > 0)
        subtitle = StatisticsReport::tr("%1, revision %2").arg(subtitle).arg(release.revision);
    pages.paragraph(subtitle, fonts.subtitle, Ink, pages.pt(18));

    pages.paragraph(StatisticsReport::tr("About this release"), fonts.heading, Ink, pages.pt(6));
    drawLabelledRows(pages, StatisticsLabels::releaseFacts(release));
    pages.advance(pages.pt(14));

    pages.paragraph(StatisticsReport::tr("Method"), fonts.heading, Ink, pages.pt(6));
    for (const QString& paragraph : StatisticsLabels::methodNote(release))
        pages.paragraph(paragraph, fonts.body, Ink, pages.pt(6));
    pages.advance(pages.pt(8));

    pages.paragraph(StatisticsReport::tr("Symbols"), fonts.heading, Ink, pages.pt(6));
    drawLabelledRows(pages,
                     { { QString::fromLatin1(StatisticsExport::SuppressedSymbol),
                         StatisticsReport::tr("Suppressed to protect confidentiality. The same symbol marks every "
                                              "suppressed cell.") },
                       { StatisticsLabels::categoryName(QString(), QString::fromLatin1(StatCell::Margin)),
                         StatisticsReport::tr("All categories of the table together.") },
                       { StatisticsReport::tr("n < 10"),
                         StatisticsReport::tr("A median or share not given because fewer than 10 are counted.") } });
}

// The figures of a table with categories: a header row, then one row per cell, totals in bold. A table that
// reaches the bottom of a page goes on with its header repeated.
void drawGrid(Pages& pages, const StatTable& table)
{
    const Fonts& fonts = pages.fonts();
    const double rowHeight = pages.metrics(fonts.body).height() + pages.pt(5);
    const double gridWidth = std::min(pages.width(), pages.pt(380));
    const double valueWidth = pages.pt(90);
    const int dimensions = int(table.dimensions.size());
    const double categoryWidth = (gridWidth - valueWidth) / std::max(1, dimensions);
    const double padding = pages.pt(4);

    const auto header = [&] {
        pages.need(rowHeight * 3);
        const double y = pages.y();
        for (int d = 0; d < dimensions; ++d) {
            pages.text(QRectF(d * categoryWidth + padding, y, categoryWidth - 2 * padding, rowHeight),
                       Qt::AlignLeft | Qt::AlignVCenter, StatisticsLabels::dimensionName(table.dimensions.at(d)),
                       fonts.bold, Ink);
        }
        pages.text(QRectF(gridWidth - valueWidth, y, valueWidth - padding, rowHeight),
                   Qt::AlignRight | Qt::AlignVCenter, StatisticsReport::tr("Value"), fonts.bold, Ink);
        pages.line(QPointF(0, y + rowHeight), QPointF(gridWidth, y + rowHeight), Ink, 0.8);
        pages.advance(rowHeight);
    };

    header();
    int row = 0;
    for (const StatCell& cell : table.cells) {
        if (!pages.atTop() && pages.y() + rowHeight > pages.bottom()) {
            pages.newPage();
            header();
        }
        const double y = pages.y();
        if (row++ % 2 == 1)
            pages.fill(QRectF(0, y, gridWidth, rowHeight), Shade);
        const QFont& font = isMargin(cell) ? fonts.bold : fonts.body;
        for (int d = 0; d < dimensions; ++d) {
            const QRectF area(d * categoryWidth + padding, y, categoryWidth - 2 * padding, rowHeight);
            const QString name = StatisticsLabels::categoryName(table.dimensions.at(d), cell.key.value(d));
            pages.text(area, Qt::AlignLeft | Qt::AlignVCenter,
                       pages.metrics(font).elidedText(name, Qt::ElideRight, area.width()), font, Ink);
        }
        pages.text(QRectF(gridWidth - valueWidth, y, valueWidth - padding, rowHeight),
                   Qt::AlignRight | Qt::AlignVCenter, StatisticsLabels::valueText(table, cell), font, Ink);
        pages.advance(rowHeight);
    }
    pages.line(QPointF(0, pages.y()), QPointF(gridWidth, pages.y()), Rule, 0.5);
    pages.advance(pages.pt(10));
}

// One horizontal bar per category. A suppressed cell gets the symbol and no bar.
void drawBars(Pages& pages, const StatTable& table)
{
    const Fonts& fonts = pages.fonts();
    double largest = 0;
    const QList<StatisticsLabels::ChartPoint> cells = StatisticsLabels::chartPoints(table, &largest);
    if (cells.isEmpty())
        return;
    const QFontMetricsF metrics = pages.metrics(fonts.small);
    const double barHeight = metrics.height() + pages.pt(5);
    double labelWidth = 0;
    for (const StatisticsLabels::ChartPoint& cell : cells)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(cell.name));
    labelWidth = std::min(labelWidth + pages.pt(8), pages.width() * 0.4);
    const double valueSpace = pages.pt(36);
    const double barSpace = pages.width() - labelWidth - valueSpace;
    const double height = barHeight * cells.size() + pages.pt(12);
    pages.need(height);

    double y = pages.y();
    const double top = y;
    for (const StatisticsLabels::ChartPoint& cell : cells) {
        pages.text(QRectF(0, y, labelWidth - pages.pt(8), barHeight), Qt::AlignRight | Qt::AlignVCenter,
                   metrics.elidedText(cell.name, Qt::ElideRight, labelWidth - pages.pt(8)), fonts.small, Ink);
        const double length = cell.value && largest > 0 ? barSpace * *cell.value / largest : 0;
        pages.fill(QRectF(labelWidth, y + pages.pt(2), length, barHeight - pages.pt(4)), Series);
        pages.text(QRectF(labelWidth + length + pages.pt(4), y, valueSpace + barSpace - length, barHeight),
                   Qt::AlignLeft | Qt::AlignVCenter, cell.valueText, fonts.small, cell.value ? Ink : Muted);
        y += barHeight;
    }
    pages.line(QPointF(labelWidth, top), QPointF(labelWidth, y), Ink, 0.6);
    pages.advance(height);
}

// The months in order as a line, broken where a month is suppressed (the symbol sits on the axis there),
// over a value axis starting at zero.
void drawLine(Pages& pages, const StatTable& table)
{
    const Fonts& fonts = pages.fonts();
    double largest = 0;
    const QList<StatisticsLabels::ChartPoint> cells = StatisticsLabels::chartPoints(table, &largest);
    if (cells.isEmpty())
        return;
    const QLocale locale;
    const QFontMetricsF metrics = pages.metrics(fonts.small);
    const double step = niceStep(largest / 4);
    const double axisMax = std::max(step, std::ceil(largest / step) * step);
    double axisLabelWidth = 0;
    for (double tick = 0; tick <= axisMax + step / 2; tick += step)
        axisLabelWidth = std::max(axisLabelWidth, metrics.horizontalAdvance(locale.toString(qint64(tick))));

    const double height = pages.pt(190);
    pages.need(height);
    const double top = pages.y() + metrics.height() / 2;
    const QRectF plot(axisLabelWidth + pages.pt(8), top, pages.width() - axisLabelWidth - pages.pt(12),
                      height - 2 * metrics.height() - pages.pt(14) - metrics.height() / 2);
    const auto yFor = [&](double value) { return plot.bottom() - plot.height() * value / axisMax; };
    for (double tick = 0; tick <= axisMax + step / 2; tick += step) {
        const double y = yFor(tick);
        pages.line(QPointF(plot.left(), y), QPointF(plot.right(), y), tick == 0 ? Ink : Rule, tick == 0 ? 0.6 : 0.4);
        pages.text(QRectF(0, y - metrics.height() / 2, axisLabelWidth, metrics.height()),
                   Qt::AlignRight | Qt::AlignVCenter, locale.toString(qint64(tick)), fonts.small, Ink);
    }

    const double slot = plot.width() / cells.size();
    QPainterPath path;
    bool drawing = false;
    QList<QPointF> points;
    for (int i = 0; i < cells.size(); ++i) {
        const double x = plot.left() + slot * (i + 0.5);
        // Month labels: the short month, and the year under January and under the first month shown.
        const QDate month = QDate::fromString(cells.at(i).key + QStringLiteral("-01"), Qt::ISODate);
        QString label = month.isValid() ? locale.monthName(month.month(), QLocale::ShortFormat) : cells.at(i).key;
        if (month.isValid() && (i == 0 || month.month() == 1))
            label += QLatin1Char('\n') + QString::number(month.year());
        pages.text(QRectF(x - slot / 2, plot.bottom() + pages.pt(4), slot, 2 * metrics.height()),
                   Qt::AlignHCenter | Qt::AlignTop, label, fonts.small, Ink);

        const std::optional<double> value = cells.at(i).value;
        if (!value) {
            drawing = false;
            pages.text(QRectF(x - slot / 2, plot.bottom() - metrics.height() - pages.pt(2), slot, metrics.height()),
                       Qt::AlignHCenter | Qt::AlignBottom, cells.at(i).valueText, fonts.small, Muted);
            continue;
        }
        const QPointF point(x, yFor(*value));
        if (drawing)
            path.lineTo(point);
        else
            path.moveTo(point);
        drawing = true;
        points << point;
    }
    if (QPainter* painter = pages.painter()) {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(Series, pages.pt(1.6), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(path);
        painter->setBrush(Series);
        painter->setPen(Qt::NoPen);
        for (const QPointF& point : points)
            painter->drawEllipse(point, pages.pt(2.4), pages.pt(2.4));
        painter->restore();
    }
    pages.advance(height);
}

void drawTable(Pages& pages, const StatTable& table)
{
    const Fonts& fonts = pages.fonts();
    // Keep the heading with its note and the first rows.
    const double headingHeight = pages.textHeight(table.title, fonts.heading, pages.width());
    const double noteHeight = table.note.isEmpty() ? 0 : pages.textHeight(table.note, fonts.small, pages.width());
    pages.need(headingHeight + noteHeight + pages.metrics(fonts.body).height() * 4 + pages.pt(12));
    pages.paragraph(table.title, fonts.heading, Ink, pages.pt(3));
    if (!table.note.isEmpty())
        pages.paragraph(table.note, fonts.small, Muted, pages.pt(3));
    if (table.kind == StatKind::Count && table.dimensions.size() == 1 && !table.additive)
        pages.paragraph(StatisticsReport::tr("Not a sum: the categories can add up to more than the total."),
                        fonts.small, Muted, pages.pt(3));
    pages.advance(pages.pt(3));

    if (table.dimensions.isEmpty()) {
        for (const StatCell& cell : table.cells)
            pages.paragraph(StatisticsLabels::valueText(table, cell), fonts.subtitle, Ink, pages.pt(14));
        return;
    }
    drawGrid(pages, table);
    switch (StatisticsLabels::chartFor(table)) {
    case StatisticsLabels::Chart::Bars:
        drawBars(pages, table);
        break;
    case StatisticsLabels::Chart::Line:
        drawLine(pages, table);
        break;
    case StatisticsLabels::Chart::None:
        break;
    }
    pages.advance(pages.pt(14));
}

// Lays the whole report out once; with a painter it also paints. Returns the number of pages.
int layOut(const StatRelease& release, QPagedPaintDevice& device, QPainter* painter, int pageCount)
{
    Pages pages(device, painter, documentTitle(release), pageCount);
    drawTitlePage(pages, release);
    pages.newPage();
    for (const StatTable& table : release.tables)
        drawTable(pages, table);
    pages.finish();
    return pages.page();
}

} // namespace

Result<void> StatisticsReport::paint(const StatRelease& release, QPagedPaintDevice& device)
{
    if (Result<void> valid = StatisticsExport::validate(release); !valid)
        return valid;
    const int pageCount = layOut(release, device, nullptr, 0);
    QPainter painter;
    if (!painter.begin(&device))
        return makeError(ErrorCode::Io, tr("The statistics report could not be drawn."));
    layOut(release, device, &painter, pageCount);
    if (!painter.end())
        return makeError(ErrorCode::Io, tr("The statistics report could not be drawn."));
    return {};
}

QPageSize::PageSizeId StatisticsReport::pageSizeFor(const QLocale& locale)
{
    switch (locale.territory()) {
    case QLocale::Canada:
    case QLocale::UnitedStates:
    case QLocale::Mexico:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Philippines:
    case QLocale::Venezuela:
        return QPageSize::Letter;
    default:
        return QPageSize::A4;
    }
}

Result<QByteArray> StatisticsReport::renderPdf(const StatRelease& release)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        // PDF/A-1b: fonts embedded and text extractable, fit for an archive of what was published.
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setResolution(600);
        writer.setPageSize(QPageSize(pageSizeFor(QLocale())));
        writer.setPageMargins(QMarginsF(MarginMillimetres, MarginMillimetres, MarginMillimetres, MarginMillimetres),
                              QPageLayout::Millimeter);
        // The document's own title and creator name the period and PeerDesk, never anything about a person.
        writer.setTitle(documentTitle(release));
        writer.setCreator(QStringLiteral("PeerDesk %1").arg(release.version));
        if (Result<void> painted = paint(release, writer); !painted)
            return painted.error();
    }
    return bytes;
}

Result<void> StatisticsReport::write(const StatRelease& release, StatisticsExport::Format format, const QString& path)
{
    if (format != StatisticsExport::Format::Pdf)
        return StatisticsExport::write(release, format, path);
    Result<QByteArray> pdf = renderPdf(release);
    if (!pdf)
        return pdf.error();
    return StatisticsExport::save(*pdf, path);
}

} // namespace peerdesk
