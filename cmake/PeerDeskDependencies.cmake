# Third-party dependencies, found once for every target.
find_package(Qt6 6.4 REQUIRED COMPONENTS Core Sql Concurrent Gui Widgets DBus PrintSupport Svg Charts LinguistTools)
find_package(PkgConfig REQUIRED)
find_package(OpenSSL REQUIRED)
find_package(Threads REQUIRED)

pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium>=1.0.18)
# iCalendar (RFC 5545) export of conversations.
pkg_check_modules(LIBICAL REQUIRED IMPORTED_TARGET libical>=3.0)
# XLSX export of statistics releases.
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter>=1.0)

# SQLCipher, statically linked. sqlcipher.pc reports the embedded SQLite version: 3.46 is SQLCipher 4.6.
# scripts/lib/setup.sh builds it into .deps/ when the system has none that new.
pkg_check_modules(SQLCIPHER REQUIRED sqlcipher>=3.46)
find_library(SQLCIPHER_ARCHIVE NAMES libsqlcipher.a HINTS ${SQLCIPHER_LIBRARY_DIRS} NO_DEFAULT_PATH)
if(NOT SQLCIPHER_ARCHIVE)
    message(FATAL_ERROR "libsqlcipher.a not found in ${SQLCIPHER_LIBRARY_DIRS}: PeerDesk links SQLCipher statically")
endif()
add_library(PeerDesk::SQLCipher STATIC IMPORTED)
set_target_properties(PeerDesk::SQLCipher PROPERTIES
    IMPORTED_LOCATION "${SQLCIPHER_ARCHIVE}"
    INTERFACE_INCLUDE_DIRECTORIES "${SQLCIPHER_INCLUDE_DIRS}"
    INTERFACE_COMPILE_DEFINITIONS "SQLITE_HAS_CODEC"
    INTERFACE_LINK_LIBRARIES "OpenSSL::Crypto;Threads::Threads;m;${CMAKE_DL_LIBS}")
find_program(SQLCIPHER_SHELL NAMES sqlcipher HINTS ${SQLCIPHER_PREFIX}/bin NO_DEFAULT_PATH)

# libzxcvbn ships no pkg-config file on Debian 12.
find_path(ZXCVBN_INCLUDE_DIR zxcvbn.h REQUIRED)
find_library(ZXCVBN_LIBRARY NAMES zxcvbn REQUIRED)
add_library(PeerDesk::Zxcvbn UNKNOWN IMPORTED)
set_target_properties(PeerDesk::Zxcvbn PROPERTIES
    IMPORTED_LOCATION "${ZXCVBN_LIBRARY}" INTERFACE_INCLUDE_DIRECTORIES "${ZXCVBN_INCLUDE_DIR}")
