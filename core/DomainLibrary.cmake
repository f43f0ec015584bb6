# peerdesk_domain: the lowest library. Domain types and rules, the pure algorithms (contact targets, match scoring,
# disclosure control and its LP solver), the security primitives and the file formats read from outside (CSV,
# keyring, backup container) -- Qt Core and libsodium, no storage, no vault. Included by core/CMakeLists.txt and,
# with sanitizers, by fuzz/CMakeLists.txt, whose targets link this library alone: a parser that starts to need the
# vault fails to link there.
set(_peerdesk_core ${CMAKE_CURRENT_LIST_DIR})
file(GLOB _peerdesk_domain_sources CONFIGURE_DEPENDS
    ${_peerdesk_core}/domain/*.h ${_peerdesk_core}/domain/*.cpp
    ${_peerdesk_core}/security/*.h ${_peerdesk_core}/security/*.cpp
    ${_peerdesk_core}/formats/*.h ${_peerdesk_core}/formats/*.cpp
    ${_peerdesk_core}/Result.h ${_peerdesk_core}/Clock.h)
add_library(peerdesk_domain STATIC ${_peerdesk_domain_sources})
# Includes are written from the repository root: "core/domain/Request.h", "ui/pages/Page.h".
target_include_directories(peerdesk_domain PUBLIC ${PROJECT_SOURCE_DIR})
target_link_libraries(peerdesk_domain PUBLIC peerdesk_options Qt6::Core PRIVATE PkgConfig::SODIUM PeerDesk::Zxcvbn)
peerdesk_precompile_headers(peerdesk_domain ${PEERDESK_PCH_CORE})
