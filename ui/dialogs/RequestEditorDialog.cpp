#include "ui/dialogs/RequestEditorDialog.h"

#include "core/domain/ReferenceCode.h"
#include "core/services/ProgramSettings.h"
#include "core/services/SiteService.h"
#include "core/services/VersionCheck.h"
#include "core/vault/VaultSession.h"
#include "ui/dialogs/ConflictText.h"
#include "ui/widgets/Controls.h"
#include "ui/widgets/MessageLabel.h"
#include "ui/widgets/RequestForm.h"

#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace peerdesk {

namespace {

// What the edit form shows: the request's fixed facts, with the editable fields as given.
NewRequest formValues(const SupportRequest& request, const RequestEdit& edit)
{
    NewRequest values;
    values.receivedAt = request.receivedAt;
    values.referralType = request.referralType;
    values.consentConfirmed = request.consentRecordedAt.isValid();
    values.channel = edit.channel;
    values.urgency = edit.urgency;
    values.reasons = edit.reasons;
    values.profile = edit.profile;
    values.identity = edit.identity;
    return values;
}

QStringList affinityGroups(VaultSession& session)
{
    auto groups = session.settings().list(QLatin1String(ProgramSettings::AffinityGroups));
    return groups ? *groups : QStringList();
}

} // namespace

RequestEditorDialog::RequestEditorDialog(VaultSession& session, QWidget* parent) : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("New request"));
    build(false);
    NewRequest blank;
    blank.receivedAt = m_session.clock().nowUtc();
    blank.channel = QStringLiteral("phone");
    m_form->setRequest(blank);
    m_initial = m_form->edit();
    revalidate();
}

RequestEditorDialog::RequestEditorDialog(VaultSession& session, const SupportRequest& request, QWidget* parent)
    : QDialog(parent), m_session(session), m_original(request)
{
    // The reference only: a window title must never carry a name.
    setWindowTitle(tr("Edit request %1").arg(requestReference(request.id)));
    build(true);
    m_form->setRequest(formValues(request, RequestEdit::of(request)));
    m_initial = m_form->edit();
    revalidate();
}

void RequestEditorDialog::build(bool edit)
{
    setObjectName(edit ? QStringLiteral("editRequestDialog") : QStringLiteral("intakeDialog"));
    m_error = new MessageLabel(this);
    m_error->setObjectName(QStringLiteral("errorMessage"));
    m_form = new RequestForm(edit ? RequestForm::Mode::Edit : RequestForm::Mode::Intake, affinityGroups(m_session),
                             m_session.clock(), this);
    m_form->setObjectName(QStringLiteral("requestForm"));
    if (!edit) {
        // Read once as the dialog opens: a site given meanwhile shows the next time.
        if (auto sites = SiteService(m_session).workable())
            m_form->setSites(*sites);
    }
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_form);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(edit ? tr("Sa&ve changes") : tr("Sa&ve request"));
    m_ok->setObjectName(QStringLiteral("saveButton"));
    ui::addSaveShortcuts(this, m_ok);
    m_ok->setAccessibleName(m_ok->text().remove(QLatin1Char('&')));
    auto* cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RequestEditorDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_form, &RequestForm::changed, this, &RequestEditorDialog::revalidate);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    ui::fitToScreen(this, QSize(640, 720));
}

bool RequestEditorDialog::hasUnsavedIntake() const
{
    return !m_original && !m_discardConfirmed && result() != QDialog::Accepted && m_form->edit() != m_initial;
}

void RequestEditorDialog::restoreDraft(const NewRequest& draft)
{
    m_form->setRequest(draft);
    revalidate();
}

void RequestEditorDialog::reject()
{
    // Escape, Cancel or the window's close button on a form with something typed: ask first, never lose it silently.
    if (m_discardConfirmed || m_form->edit() == m_initial) {
        QDialog::reject();
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, windowTitle(),
                                m_original ? tr("Discard your changes to this request?")
                                           : tr("Discard this new request? What you typed is lost."),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("discardConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* discard = box->addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardButton"));
    QPushButton* keep = box->addButton(tr("&Keep editing"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepEditingButton"));
    box->setDefaultButton(keep);
    connect(discard, &QPushButton::clicked, this, [this] {
        m_discardConfirmed = true;
        QDialog::reject();
    });
    box->open();
}

void RequestEditorDialog::revalidate()
{
    m_ok->setEnabled(m_form->validate(m_session.clock().nowUtc()));
}

void RequestEditorDialog::save()
{
    if (!m_form->validate(m_session.clock().nowUtc())) {
        m_ok->setEnabled(false);
        return;
    }
    RequestService service(m_session);
    if (!m_original) {
        auto id = service.intake(m_form->request());
        if (!id) {
            m_error->showError(id.error().message);
            return;
        }
        m_error->clearMessage();
        Q_EMIT created(*id);
        accept();
        return;
    }
    const RequestEdit before = RequestEdit::of(*m_original);
    const RequestEdit after = m_form->edit();
    if (after == before) {
        accept();
        return;
    }
    Result<void> updated;
    {
        // Saved over the request as this form read it, never over a colleague's change made since.
        UnchangedSince unchanged(m_session, VersionedRecord::Request, m_original->id, m_original->version);
        updated = service.update(m_original->id, after, m_original->status);
    }
    if (!updated) {
        if (updated.error().code == ErrorCode::Conflict)
            return reloadAfterConflict();
        m_error->showError(updated.error().message);
        return;
    }
    m_error->clearMessage();
    Q_EMIT edited(m_original->id, m_original->status, before, after);
    accept();
}

void RequestEditorDialog::reloadAfterConflict()
{
    auto now = RequestService(m_session).get(m_original->id);
    if (!now) {
        m_error->showError(now.error().message);
        return;
    }
    const RequestEdit base = RequestEdit::of(*m_original);
    const RequestEdit theirs = RequestEdit::of(*now);
    QStringList fields = changedFields(base, theirs);
    if (now->status != m_original->status)
        fields.prepend(tr("status"));
    // The form now shows their change wherever this person left a field as it was, and what they typed elsewhere;
    // the next OK is made from this reading, or is refused again if the request moves once more.
    const RequestEdit merged = mergedEdit(base, m_form->edit(), theirs);
    m_original = std::move(*now);
    m_form->setRequest(formValues(*m_original, merged));
    revalidate();
    m_error->showError(changedBySomeoneElse(fields));
}

} // namespace peerdesk
