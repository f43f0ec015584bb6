#pragma once

#include <QIcon>
#include <QWidget>

class QVBoxLayout;

namespace peerdesk {

// One section of the main window: a heading, who the section is for and what it holds. The sections are
// filled by later work; until then a page says plainly that it is not built yet rather than showing made-up
// data.
class Page : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Page)

public:
    ~Page() override;

    const QString& title() const { return m_title; }
    QIcon icon() const;

protected:
    // iconName: a file in resources/icons without ".svg".
    Page(QString title, const QString& iconName, const QString& audience, const QString& description, QWidget* parent);

    QVBoxLayout* contentLayout() const { return m_content; }
    void addNotBuiltYetNote();

private:
    QString m_title;
    QString m_iconName;
    QVBoxLayout* m_content;
};

} // namespace peerdesk
