#pragma once

#include "pages/Page.h"

namespace peerdesk {

// Contact targets, conversations and what is overdue (coordinators).
class SchedulePage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchedulePage)

public:
    explicit SchedulePage(PageContext& context, QWidget* parent = nullptr);
};

} // namespace peerdesk
