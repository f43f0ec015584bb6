#pragma once

#include "pages/Page.h"

namespace peerdesk {

// Monthly anonymous statistics for funders and leadership.
class StatisticsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatisticsPage)

public:
    explicit StatisticsPage(PageContext& context, QWidget* parent = nullptr);
};

} // namespace peerdesk
