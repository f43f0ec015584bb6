#include "pages/Page.h"

#include "widgets/Heading.h"

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
    auto* descriptionLabel = ui::createParagraph(description, this);
    descriptionLabel->setObjectName(QStringLiteral("pageDescription"));
    descriptionLabel->setMaximumWidth(720);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 22, 28, 22);
    layout->setSpacing(8);
    layout->addWidget(heading);
    layout->addWidget(audienceLabel);
    layout->addSpacing(6);
    layout->addWidget(descriptionLabel);
    layout->addSpacing(12);
    layout->addLayout(m_content);
    layout->addStretch(1);
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

void Page::addNotBuiltYetNote()
{
    auto* note = ui::createParagraph(tr("This section is not built yet."), this);
    note->setObjectName(QStringLiteral("notBuiltYet"));
    QFont font = note->font();
    font.setItalic(true);
    note->setFont(font);
    note->setForegroundRole(QPalette::PlaceholderText);
    m_content->addWidget(note);
}

} // namespace peerdesk
