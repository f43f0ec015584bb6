#include "ui/pages/Page.h"

#include "ui/widgets/Heading.h"

#include <QLabel>
#include <QVBoxLayout>

namespace peerdesk {

Page::Page(QString title, const QString& iconName, const QString& audience, const QString& description, QWidget* parent)
    : QWidget(parent), m_title(std::move(title)), m_iconName(iconName), m_content(new QVBoxLayout)
{
    setObjectName(iconName + QStringLiteral("Page"));
    setAccessibleName(m_title);

    auto* heading = ui::createHeading(m_title, this, 1.6);
    heading->setObjectName(QStringLiteral("pageHeading"));
    auto* audienceLabel = ui::createParagraph(audience, this);
    audienceLabel->setObjectName(QStringLiteral("pageAudience"));
    QFont audienceFont = audienceLabel->font();
    audienceFont.setBold(true);
    audienceLabel->setFont(audienceFont);
    audienceLabel->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(6);
    layout->addWidget(heading);
    layout->addWidget(audienceLabel);
    if (!description.isEmpty()) {
        auto* descriptionLabel = ui::createParagraph(description, this);
        descriptionLabel->setObjectName(QStringLiteral("pageDescription"));
        descriptionLabel->setMaximumWidth(720);
        layout->addSpacing(4);
        layout->addWidget(descriptionLabel);
    }
    layout->addSpacing(8);
    layout->addLayout(m_content, 1);
}

Page::~Page() = default;

QIcon Page::icon() const
{
    const QString path = QStringLiteral(":/icons/%1.svg").arg(m_iconName);
    QIcon icon(path);
    // Drawn as is when selected: the style's generated "selected" tint makes the grey strokes fade.
    icon.addFile(path, QSize(), QIcon::Selected);
    return icon;
}

bool Page::showItem(ItemKind, qint64)
{
    return false;
}

} // namespace peerdesk
