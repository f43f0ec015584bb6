#include "ui/pages/AuditPage.h"

#include "core/services/AuditViewer.h"
#include "core/vault/VaultSession.h"
#include "ui/BackgroundTask.h"
#include "ui/models/AuditTableModel.h"
#include "ui/widgets/Controls.h"
#include "ui/widgets/EmptyState.h"
#include "ui/widgets/MessageLabel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QTableView>
#include <QTimer>

namespace peerdesk {

namespace {

// "R-12", "r12" or "12": the request's number; nullopt for an empty field.
std::optional<qint64> requestNumber(const QString& typed)
{
    QString digits = typed.trimmed();
    if (digits.startsWith(QLatin1Char('R'), Qt::CaseInsensitive))
        digits = digits.mid(1);
    if (digits.startsWith(QLatin1Char('-')))
        digits = digits.mid(1);
    bool ok = false;
    const qint64 number = digits.toLongLong(&ok);
    return ok ? std::optional<qint64>(number) : std::nullopt;
}

QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

AuditPage::AuditPage(PageContext& context, QWidget* parent)
    : Page(tr("Audit"), QStringLiteral("audit"), tr("For administrators"),
           tr("Who did what, and when. Every change to the vault is logged without any physician's name, and "
              "each entry is chained to the previous one so that tampering shows."),
           parent)
    , m_context(context)
    , m_model(new AuditTableModel(context.session, this))
    , m_actor(new QComboBox(this))
    , m_action(new QLineEdit(this))
    , m_entityType(new QComboBox(this))
    , m_request(new QLineEdit(this))
    , m_period(new QComboBox(this))
    , m_table(ui::createTableView(this, "auditTable", tr("Audit log")))
    , m_rowCount(new QLabel(this))
    , m_verifyButton(new QPushButton(QIcon(QStringLiteral(":/icons/verify.svg")), tr("&Verify the vault"), this))
    , m_message(new MessageLabel(this))
{
    m_actor->setObjectName(QStringLiteral("auditActor"));
    m_actor->setAccessibleName(tr("Person"));
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_action->setAccessibleName(tr("Action starts with"));
    m_action->setPlaceholderText(tr("e.g. request."));
    m_action->setClearButtonEnabled(true);
    m_entityType->setObjectName(QStringLiteral("auditEntityType"));
    m_entityType->setAccessibleName(tr("Kind of record"));
    // One request's rows, by its reference: with the action "identity.viewed", who was shown that person.
    m_request->setObjectName(QStringLiteral("auditRequest"));
    m_request->setAccessibleName(tr("Request reference"));
    m_request->setPlaceholderText(tr("e.g. R-12"));
    m_request->setClearButtonEnabled(true);
    m_request->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("^\\s*([Rr]-?)?\\d{0,12}\\s*$")), m_request));
    m_request->setToolTip(tr("Only the rows of this request. With the action identity.viewed, who was shown the "
                             "person's identity."));
    m_period->setObjectName(QStringLiteral("auditPeriod"));
    m_period->setAccessibleName(tr("Period"));
    m_period->addItem(tr("Any time"), 0);
    m_period->addItem(tr("Last 24 hours"), 1);
    m_period->addItem(tr("Last 7 days"), 7);
    m_period->addItem(tr("Last 30 days"), 30);
    m_period->addItem(tr("Last 365 days"), 365);

    auto* filters = new QHBoxLayout;
    filters->addWidget(buddyLabel(tr("Perso&n:"), m_actor, this));
    filters->addWidget(m_actor);
    filters->addWidget(buddyLabel(tr("A&ction:"), m_action, this));
    filters->addWidget(m_action, 1);
    filters->addWidget(buddyLabel(tr("&Record:"), m_entityType, this));
    filters->addWidget(m_entityType);
    filters->addWidget(buddyLabel(tr("Re&quest:"), m_request, this));
    filters->addWidget(m_request);
    filters->addWidget(buddyLabel(tr("&Period:"), m_period, this));
    filters->addWidget(m_period);
    contentLayout()->addLayout(filters);

    m_table->setModel(m_model);
    EmptyState::attach(m_table, tr("No entry matches these filters."));
    // Fixed row heights and no per-content sizing: the view never reads rows that are not on screen.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnWidth(AuditTableModel::At, 170);
    m_table->setColumnWidth(AuditTableModel::Actor, 120);
    m_table->setColumnWidth(AuditTableModel::Action, 240);
    m_table->setColumnWidth(AuditTableModel::Record, 150);
    contentLayout()->addWidget(m_table, 1);

    m_rowCount->setObjectName(QStringLiteral("auditRowCount"));
    m_verifyButton->setObjectName(QStringLiteral("verifyButton"));
    m_verifyButton->setAccessibleName(tr("Verify the vault"));
    m_verifyButton->setToolTip(tr("Checks the encryption, the database's integrity and the audit log's hash chain."));
    m_message->setObjectName(QStringLiteral("verifyMessage"));
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_rowCount, 1);
    bottom->addWidget(m_verifyButton);
    contentLayout()->addLayout(bottom);
    contentLayout()->addWidget(m_message);

    connect(m_actor, &QComboBox::currentIndexChanged, this, &AuditPage::applyFilter);
    connect(m_entityType, &QComboBox::currentIndexChanged, this, &AuditPage::applyFilter);
    connect(m_period, &QComboBox::currentIndexChanged, this, &AuditPage::applyFilter);
    // Typing refilters after a pause, not at every key.
    auto* typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(250);
    connect(m_action, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(m_request, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(typing, &QTimer::timeout, this, &AuditPage::applyFilter);
    connect(m_verifyButton, &QPushButton::clicked, this, &AuditPage::verify);

    auto* find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, m_action, [this] {
        m_action->setFocus(Qt::ShortcutFocusReason);
        m_action->selectAll();
    });
    addAction(find);
}

AuditPage::~AuditPage() = default;

void AuditPage::refill(QComboBox* combo, const QStringList& items, const QString& allText)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(allText, QString());
    for (const QString& item : items)
        combo->addItem(item, item);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

void AuditPage::reload()
{
    AuditViewer viewer(m_context.session);
    auto actors = viewer.actors();
    auto types = viewer.entityTypes();
    if (!actors || !types) {
        m_message->showError(!actors ? actors.error().message : types.error().message);
        return;
    }
    refill(m_actor, *actors, tr("Everyone"));
    refill(m_entityType, *types, tr("All records"));
    applyFilter();
}

void AuditPage::applyFilter()
{
    AuditFilter filter;
    filter.actor = m_actor->currentData().toString();
    filter.actionPrefix = m_action->text().trimmed();
    filter.entityType = m_entityType->currentData().toString();
    if (const auto request = requestNumber(m_request->text())) {
        filter.entityType = QStringLiteral("request");
        filter.entityId = *request;
    }
    if (const int days = m_period->currentData().toInt(); days > 0)
        filter.from = m_context.session.clock().nowUtc().addDays(-days);
    if (auto applied = m_model->setFilter(filter); !applied) {
        m_message->showError(applied.error().message);
        return;
    }
    m_rowCount->setText(tr("%n entry(ies)", nullptr, int(std::min<qint64>(m_model->totalRows(), INT_MAX))));
}

void AuditPage::verify()
{
    m_verifyButton->setEnabled(false);
    m_message->showMessage(tr("Verifying…"), MessageLabel::Kind::Info);
    QPointer<AuditPage> self(this);
    ui::runInBackground<VerifyReport>(
        this, m_context.session, tr("Verifying the vault…"), [](VaultSession& worker) { return worker.verify(); },
        [self](Result<VerifyReport> report) {
            if (!self)
                return;
            self->m_verifyButton->setEnabled(true);
            if (!report) {
                self->m_message->showError(report.error().message);
            } else if (report->ok) {
                self->m_message->showMessage(
                    tr("The vault is intact: the encryption, the database and all %n audit entry(ies) check out.",
                       nullptr, int(std::min<qint64>(report->auditRows, INT_MAX))),
                    MessageLabel::Kind::Success);
            } else {
                self->m_message->showError(
                    tr("The vault failed verification:\n%1").arg(report->problems.join(QLatin1Char('\n'))));
            }
        });
}

} // namespace peerdesk
