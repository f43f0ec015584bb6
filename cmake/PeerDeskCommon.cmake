# One INTERFACE target carries everything every PeerDesk target compiles with: the language standard,
# warnings, Qt's stricter string defines and the hardening flags Debian uses for its own packages.
set(CMAKE_POSITION_INDEPENDENT_CODE ON)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)

option(PEERDESK_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)

add_library(peerdesk_options INTERFACE)
add_library(PeerDesk::Options ALIAS peerdesk_options)

target_compile_features(peerdesk_options INTERFACE cxx_std_20)

target_compile_options(peerdesk_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual -Wcast-align
    -Wformat=2 -Wimplicit-fallthrough -Wmissing-declarations -Wundef
    $<$<BOOL:${PEERDESK_WERROR}>:-Werror>)

target_compile_definitions(peerdesk_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    PEERDESK_VERSION="${PROJECT_VERSION}"
    # _FORTIFY_SOURCE needs the optimiser; glibc warns (and -Werror fails) without it.
    $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>
    $<$<CONFIG:Debug>:_GLIBCXX_ASSERTIONS>)

set(_peerdesk_hardening -fstack-protector-strong -fstack-clash-protection)
# Control-flow protection exists on x86 only (an aarch64 Flatpak build would fail with it).
if(CMAKE_SYSTEM_PROCESSOR MATCHES "^(x86_64|AMD64|amd64|i.86)$")
    list(APPEND _peerdesk_hardening -fcf-protection)
endif()
# Signed overflow wraps in the programs instead of being undefined. Not in the sanitizer and fuzz builds:
# there, -fwrapv would turn UBSan's signed-overflow check off, and an overflow is the bug to find.
if(NOT PEERDESK_SANITIZE AND NOT PEERDESK_FUZZ)
    list(APPEND _peerdesk_hardening -fno-strict-overflow)
endif()
target_compile_options(peerdesk_options INTERFACE ${_peerdesk_hardening})

# ELF linker hardening; other platforms' linkers do not know these flags (packaging/windows, packaging/macos).
if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    target_link_options(peerdesk_options INTERFACE
        -Wl,-z,relro -Wl,-z,now -Wl,-z,noexecstack -Wl,--as-needed)
endif()

# Precompiled headers: the Qt and standard headers that nearly every file includes are parsed once per target
# instead of once per file, which takes a good part off a clean build (CI builds from scratch every time).
# Configure with -DPEERDESK_PRECOMPILED_HEADERS=OFF to check that each file includes what it uses.
option(PEERDESK_PRECOMPILED_HEADERS "Precompile the Qt and standard headers most files include" ON)
set(PEERDESK_PCH_CORE
    <QByteArray> <QCoreApplication> <QDate> <QDateTime> <QHash> <QList> <QSet> <QString> <QStringList> <QVariant>
    <algorithm> <functional> <memory> <optional>)
set(PEERDESK_PCH_WIDGETS
    <QAbstractTableModel> <QAction> <QComboBox> <QDialog> <QDialogButtonBox> <QFormLayout> <QHBoxLayout>
    <QHeaderView> <QLabel> <QLineEdit> <QPushButton> <QTableView> <QVBoxLayout> <QWidget>)
function(peerdesk_precompile_headers target)
    if(PEERDESK_PRECOMPILED_HEADERS)
        target_precompile_headers(${target} PRIVATE ${ARGN})
    endif()
endfunction()

# Sanitizer builds (scripts/test --sanitize): AddressSanitizer and UndefinedBehaviorSanitizer.
if(PEERDESK_SANITIZE)
    target_compile_options(peerdesk_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(peerdesk_options INTERFACE -fsanitize=address,undefined)
endif()

# `cmake --build build --target format` runs clang-format over every source file.
find_program(CLANG_FORMAT_EXECUTABLE NAMES clang-format clang-format-14)
if(CLANG_FORMAT_EXECUTABLE)
    file(GLOB_RECURSE _peerdesk_format_sources CONFIGURE_DEPENDS
        ${PROJECT_SOURCE_DIR}/core/*.cpp ${PROJECT_SOURCE_DIR}/core/*.h
        ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h
        ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h
        ${PROJECT_SOURCE_DIR}/tests/*.cpp ${PROJECT_SOURCE_DIR}/tests/*.h
        ${PROJECT_SOURCE_DIR}/fuzz/*.cpp ${PROJECT_SOURCE_DIR}/fuzz/*.h)
    add_custom_target(format COMMAND ${CLANG_FORMAT_EXECUTABLE} -i ${_peerdesk_format_sources}
        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR} COMMENT "clang-format" VERBATIM)
endif()
