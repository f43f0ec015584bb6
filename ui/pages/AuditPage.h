#pragma once

#include "pages/Page.h"

namespace peerdesk {

// The audit log: who did what, when; never a physician's name.
class AuditPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditPage)

public:
    explicit AuditPage(PageContext& context, QWidget* parent = nullptr);
};

} // namespace peerdesk
