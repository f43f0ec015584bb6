# The Windows installer (WiX .msi) and the macOS disk image (DragNDrop .dmg). packaging/CMakeLists.txt includes
# this file after its Debian settings and just before include(CPack); on Windows and macOS it replaces the
# generator and the settings that only make sense for the .deb. On Linux it does nothing.
#
# Neither branch has been run yet; packaging/windows/README.md and packaging/macos/README.md give the recipes and
# what still has to be ported before they can work.
#
# Both branches install the programs a second time, in a component of their own, laid out as the platform wants
# (bin\ with every DLL on Windows, PeerDesk.app on macOS), and point CPack at that component only: the rules of
# app/ and packaging/ (bin/, share/applications, man pages...) are the Linux layout and stay out of the package.

if(WIN32)
    set(CPACK_GENERATOR "WIX")
    # The MSI's UpgradeCode: a new version replaces an installed one only while this stays the same.
    # Generated once for PeerDesk (uuid4). It must NEVER change.
    set(CPACK_WIX_UPGRADE_GUID "6DDB6D24-A0A4-4288-9305-AD3E5DD34A41")
    # C:\Program Files\PeerDesk, a "PeerDesk" Start menu folder, and in it a shortcut to peerdesk.exe.
    set(CPACK_PACKAGE_INSTALL_DIRECTORY "PeerDesk")
    set(CPACK_WIX_PROGRAM_MENU_FOLDER "PeerDesk")
    set(CPACK_PACKAGE_EXECUTABLES "peerdesk;PeerDesk")
    set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PEERDESK_HOMEPAGE}")
    set(CPACK_WIX_PROPERTY_ARPHELPLINK "${PEERDESK_HOMEPAGE}/docs/user-guide")
    # The Debian prefix (/usr) means nothing here.
    unset(CPACK_PACKAGING_INSTALL_PREFIX)

    # The icon in Add/Remove Programs. There is only an SVG (resources/icons/peerdesk.svg):
    # packaging/windows/README.md shows how to render packaging/windows/peerdesk.ico from it. Without that file
    # the MSI shows Windows' default icon.
    set(_peerdesk_ico "${PROJECT_SOURCE_DIR}/packaging/windows/peerdesk.ico")
    if(EXISTS "${_peerdesk_ico}")
        set(CPACK_WIX_PRODUCT_ICON "${_peerdesk_ico}")
    endif()

    # The licence page. WiX takes an .rtf as is and converts a UTF-8 .txt; LICENSE has no extension, so unless a
    # hand-made packaging/windows/license.rtf exists, hand WiX a .txt copy.
    set(_peerdesk_license_rtf "${PROJECT_SOURCE_DIR}/packaging/windows/license.rtf")
    if(EXISTS "${_peerdesk_license_rtf}")
        set(CPACK_WIX_LICENSE_RTF "${_peerdesk_license_rtf}")
    else()
        configure_file("${PROJECT_SOURCE_DIR}/LICENSE" "${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt" COPYONLY)
        set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt")
    endif()

    # A desktop program, not a console one (Qt6::Core links the WinMain entry point for WIN32_EXECUTABLE
    # targets). peerdesk-cli stays a console program.
    set_target_properties(peerdesk PROPERTIES WIN32_EXECUTABLE TRUE)

    set(_peerdesk_component PeerDeskWindows)
    # The programs, and every DLL they load that is not part of Windows: found by CMake from the import tables,
    # searched for in vcpkg's bin folder and next to the Qt libraries.
    install(TARGETS peerdesk peerdesk-cli
            RUNTIME_DEPENDENCY_SET peerdesk_runtime
            RUNTIME DESTINATION bin COMPONENT ${_peerdesk_component})
    set(_peerdesk_dll_dirs "$<TARGET_FILE_DIR:Qt6::Core>")
    if(DEFINED VCPKG_INSTALLED_DIR AND DEFINED VCPKG_TARGET_TRIPLET)
        list(APPEND _peerdesk_dll_dirs "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin")
    endif()
    install(RUNTIME_DEPENDENCY_SET peerdesk_runtime
            PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-"
            POST_EXCLUDE_REGEXES ".*[/\\\\][Ss][Yy][Ss][Tt][Ee][Mm]32[/\\\\].*"
            DIRECTORIES ${_peerdesk_dll_dirs}
            RUNTIME DESTINATION bin COMPONENT ${_peerdesk_component})
    # Qt's plugins (platforms\qwindows.dll, the SVG icon engine, styles) and Qt's own translations, which no
    # import table names: windeployqt puts them next to each program.
    if(TARGET Qt6::windeployqt)
        set(_peerdesk_windeployqt "$<TARGET_FILE:Qt6::windeployqt>")
    else()
        set(_peerdesk_windeployqt "$<TARGET_FILE_DIR:Qt6::qmake>/windeployqt.exe")
    endif()
    foreach(_program peerdesk peerdesk-cli)
        install(CODE "execute_process(COMMAND \"${_peerdesk_windeployqt}\" --no-compiler-runtime
                                              \"\${CMAKE_INSTALL_PREFIX}/bin/${_program}.exe\"
                                      COMMAND_ERROR_IS_FATAL ANY)"
                COMPONENT ${_peerdesk_component})
    endforeach()
    # The Visual C++ runtime DLLs, installed next to the programs.
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_COMPONENT ${_peerdesk_component})
    include(InstallRequiredSystemLibraries)

    set(CPACK_INSTALL_CMAKE_PROJECTS "${CMAKE_BINARY_DIR};${CMAKE_PROJECT_NAME};${_peerdesk_component};/")

elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "PeerDesk ${PROJECT_VERSION}")
    set(CPACK_DMG_FORMAT "UDZO")
    # The image holds PeerDesk.app at its root (DragNDrop adds the /Applications link), not a /usr tree.
    unset(CPACK_PACKAGING_INSTALL_PREFIX)
    # Stripping after macdeployqt and signing would break the signature.
    set(CPACK_STRIP_FILES OFF)

    # LSMinimumSystemVersion: the deployment target when one is set (CMAKE_OSX_DEPLOYMENT_TARGET); otherwise
    # the compiler targets the build machine's macOS, and so do Homebrew's Qt bottles, so say that. Qt itself
    # needs macOS 11 from Qt 6.5, 12 from 6.8 and 13 from 6.11 (doc.qt.io/qt-6/macos.html).
    if(CMAKE_OSX_DEPLOYMENT_TARGET)
        set(PEERDESK_MACOS_MINIMUM "${CMAKE_OSX_DEPLOYMENT_TARGET}")
    else()
        execute_process(COMMAND sw_vers -productVersion OUTPUT_VARIABLE _peerdesk_macos
                        OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE _peerdesk_sw_vers_failed ERROR_QUIET)
        if(NOT _peerdesk_sw_vers_failed AND _peerdesk_macos MATCHES "^([0-9]+)(\\.[0-9]+)?")
            set(PEERDESK_MACOS_MINIMUM "${CMAKE_MATCH_1}${CMAKE_MATCH_2}")
            if(NOT CMAKE_MATCH_2)
                string(APPEND PEERDESK_MACOS_MINIMUM ".0")
            endif()
        else()
            set(PEERDESK_MACOS_MINIMUM "11.0")
        endif()
    endif()

    # The Info.plist template: this configure_file fills the @...@ values and leaves the ${MACOSX_BUNDLE_...}
    # ones for CMake, which fills them from the target properties below when it writes the bundle.
    set(_peerdesk_plist "${CMAKE_CURRENT_BINARY_DIR}/Info.plist.in")
    configure_file("${CMAKE_CURRENT_LIST_DIR}/macos/Info.plist.in" "${_peerdesk_plist}" @ONLY)

    # peerdesk (defined in app/, which is added before packaging/) becomes PeerDesk.app.
    set_target_properties(peerdesk PROPERTIES
        OUTPUT_NAME "PeerDesk"
        MACOSX_BUNDLE TRUE
        MACOSX_BUNDLE_INFO_PLIST "${_peerdesk_plist}"
        MACOSX_BUNDLE_BUNDLE_NAME "PeerDesk"
        MACOSX_BUNDLE_GUI_IDENTIFIER "${PEERDESK_APP_ID}"
        MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
        MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
        MACOSX_BUNDLE_COPYRIGHT "The PeerDesk developers. GPL-3.0-or-later.")

    # The bundle icon: only an SVG exists; packaging/macos/README.md shows how to make peerdesk.icns from it.
    set(_peerdesk_icns "${CMAKE_CURRENT_LIST_DIR}/macos/peerdesk.icns")
    if(EXISTS "${_peerdesk_icns}")
        target_sources(peerdesk PRIVATE "${_peerdesk_icns}")
        set_source_files_properties("${_peerdesk_icns}" TARGET_DIRECTORY peerdesk
                                    PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
        set_target_properties(peerdesk PROPERTIES MACOSX_BUNDLE_ICON_FILE "peerdesk.icns")
        set(CPACK_PACKAGE_ICON "${_peerdesk_icns}")
    endif()

    set(_peerdesk_component PeerDeskMacOS)
    # PeerDesk.app at the root of the image, with peerdesk-cli inside it (Contents/MacOS) so that both use the
    # frameworks deployed into the bundle.
    install(TARGETS peerdesk BUNDLE DESTINATION . COMPONENT ${_peerdesk_component})
    install(TARGETS peerdesk-cli RUNTIME DESTINATION PeerDesk.app/Contents/MacOS COMPONENT ${_peerdesk_component})
    # macdeployqt copies Qt's frameworks and plugins and every non-system library (libsodium, libical, OpenSSL,
    # ...) into the bundle and rewrites the load paths, for the GUI and, with -executable, for the CLI. Changing the
    # binaries invalidates their signatures, so sign the bundle again, ad hoc: enough to run on the build machine
    # and on Apple silicon; a release is signed with a Developer ID and notarized instead (see the README).
    if(TARGET Qt6::macdeployqt)
        set(_peerdesk_macdeployqt "$<TARGET_FILE:Qt6::macdeployqt>")
    else()
        set(_peerdesk_macdeployqt "$<TARGET_FILE_DIR:Qt6::qmake>/macdeployqt")
    endif()
    install(CODE "
        set(_app \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/PeerDesk.app\")
        execute_process(COMMAND \"${_peerdesk_macdeployqt}\" \"\${_app}\" -always-overwrite
                                \"-executable=\${_app}/Contents/MacOS/peerdesk-cli\"
                        COMMAND_ERROR_IS_FATAL ANY)
        execute_process(COMMAND codesign --force --deep --sign - \"\${_app}\" COMMAND_ERROR_IS_FATAL ANY)
        " COMPONENT ${_peerdesk_component})

    set(CPACK_INSTALL_CMAKE_PROJECTS "${CMAKE_BINARY_DIR};${CMAKE_PROJECT_NAME};${_peerdesk_component};/")
endif()
