#pragma once

#include "pages/Page.h"

namespace peerdesk {

// Requests for support, from intake to closing (coordinators).
class RequestsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestsPage)

public:
    explicit RequestsPage(PageContext& context, QWidget* parent = nullptr);
};

} // namespace peerdesk
