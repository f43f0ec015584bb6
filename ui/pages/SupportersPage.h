#pragma once

#include "pages/Page.h"

namespace peerdesk {

// The roster of peer supporters (administrators).
class SupportersPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupportersPage)

public:
    explicit SupportersPage(PageContext& context, QWidget* parent = nullptr);
};

} // namespace peerdesk
