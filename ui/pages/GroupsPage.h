#pragma once

#include "pages/Page.h"

namespace peerdesk {

// Recurring peer-support groups; attendance is kept as counts only.
class GroupsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupsPage)

public:
    explicit GroupsPage(PageContext& context, QWidget* parent = nullptr);
};

} // namespace peerdesk
