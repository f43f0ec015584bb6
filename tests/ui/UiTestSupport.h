#pragma once

// Shared by the page tests: finding controls by object name, typing into them as a user does, and waiting on
// a condition (never a sleep).

#include "CatchCompat.h"

#include <QLineEdit>
#include <QObject>
#include <QString>
#include <QTest>

#include <functional>

namespace peerdesk::test {

// The child with this object name; fails the test, naming it, when there is none.
template <typename T> T* child(QObject* parent, const char* name)
{
    T* found = parent->findChild<T*>(QString::fromLatin1(name));
    INFO("looking for " << name);
    REQUIRE(found != nullptr);
    return found;
}

// Replaces a line edit's text key by key, so every textChanged handler runs as it does for a user.
inline void retype(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

inline void retype(QObject* parent, const char* name, const QString& text)
{
    retype(child<QLineEdit>(parent, name), text);
}

// Answers the page's confirmation of a step that cannot be undone (RequestsPage::confirmStep).
inline void confirmStep(QObject* page)
{
    // The one on screen: an earlier question, answered, waits for its deferred deletion.
    QWidget* button = nullptr;
    for (QWidget* candidate : page->findChildren<QWidget*>(QStringLiteral("confirmStepButton"))) {
        if (candidate->isVisible())
            button = candidate;
    }
    INFO("looking for the confirmation of the step");
    REQUIRE(button != nullptr);
    QTest::mouseClick(button, Qt::LeftButton);
}

inline bool waitFor(const std::function<bool()>& condition, int timeoutMs = 10000)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

} // namespace peerdesk::test
