#pragma once

#include "pages/Page.h"

namespace peerdesk {

// Program settings and staff accounts (administrators).
class SettingsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    explicit SettingsPage(PageContext& context, QWidget* parent = nullptr);
};

} // namespace peerdesk
