# SPDX-License-Identifier: GPL-3.0-or-later
# Installation layout and the Debian package (`make package`, CPack's DEB generator). Desktop
# entry, AppStream metainfo, icon and MIME type all carry the one id org.figdeck.Figdeck.
include(GNUInstallDirs)
set(FIGDECK_APP_ID org.figdeck.Figdeck)
set(figdeck_pkg ${PROJECT_SOURCE_DIR}/packaging)

install(FILES ${figdeck_pkg}/${FIGDECK_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${figdeck_pkg}/${FIGDECK_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${figdeck_pkg}/${FIGDECK_APP_ID}.mime.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages RENAME ${FIGDECK_APP_ID}.xml)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/${FIGDECK_APP_ID}.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

# PNG icons rendered from the SVG at build time (a small Qt tool), so they never drift from it.
set(FIGDECK_ICON_SIZES 16 32 48 64 128 256)
add_executable(figdeck_iconpng ${figdeck_pkg}/tools/iconpng.cpp)
figdeck_target_defaults(figdeck_iconpng)
target_link_libraries(figdeck_iconpng PRIVATE Qt6::Gui Qt6::Svg)
set(figdeck_icon_dir ${PROJECT_BINARY_DIR}/icons)
set(figdeck_icon_pngs)
foreach(size IN LISTS FIGDECK_ICON_SIZES)
    list(APPEND figdeck_icon_pngs ${figdeck_icon_dir}/${size}x${size}/${FIGDECK_APP_ID}.png)
endforeach()
add_custom_command(OUTPUT ${figdeck_icon_pngs}
    COMMAND figdeck_iconpng ${PROJECT_SOURCE_DIR}/resources/icons/${FIGDECK_APP_ID}.svg
            ${figdeck_icon_dir} ${FIGDECK_ICON_SIZES}
    DEPENDS figdeck_iconpng ${PROJECT_SOURCE_DIR}/resources/icons/${FIGDECK_APP_ID}.svg
    COMMENT "Rendering the icon's PNG sizes" VERBATIM)
add_custom_target(figdeck_icons_png ALL DEPENDS ${figdeck_icon_pngs})
foreach(size IN LISTS FIGDECK_ICON_SIZES)
    install(FILES ${figdeck_icon_dir}/${size}x${size}/${FIGDECK_APP_ID}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()

# Debian's copyright and changelog where policy wants them (lintian errors without them).
set(figdeck_doc_dir ${PROJECT_BINARY_DIR}/debian-doc)
configure_file(${figdeck_pkg}/debian/changelog.in ${figdeck_doc_dir}/changelog @ONLY)
add_custom_command(OUTPUT ${figdeck_doc_dir}/changelog.gz
    COMMAND gzip -9 -n -c ${figdeck_doc_dir}/changelog > ${figdeck_doc_dir}/changelog.gz
    DEPENDS ${figdeck_doc_dir}/changelog VERBATIM)
add_custom_command(OUTPUT ${figdeck_doc_dir}/figdeck.1.gz
    COMMAND gzip -9 -n -c ${figdeck_pkg}/figdeck.1 > ${figdeck_doc_dir}/figdeck.1.gz
    DEPENDS ${figdeck_pkg}/figdeck.1 VERBATIM)
add_custom_target(figdeck_debian_doc ALL
    DEPENDS ${figdeck_doc_dir}/changelog.gz ${figdeck_doc_dir}/figdeck.1.gz)
install(FILES ${figdeck_pkg}/debian/copyright ${figdeck_doc_dir}/changelog.gz
        DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES ${figdeck_doc_dir}/figdeck.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# The package. Library dependencies come from dpkg-shlibdeps; what is only loaded at run time
# (platform plugins, fonts for Latin and Chinese text) is named by hand. The SVG icon's plugins
# are in libqt6svg6, which shlibdeps names since the app links Qt SVG.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME figdeck)
set(CPACK_PACKAGE_VENDOR "Figdeck developers")
set(CPACK_PACKAGE_CONTACT "Figdeck developers <figdeck@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "figures from published reports, honestly drawn")
# The long description: CPack indents each line and writes an empty line as " .".
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Figdeck turns a published report's numbers into figures you can browse,
read, present and print without distorting them: every number keeps its
source quote and its qualifier, and derived values are marked as such.

It opens on an embedded report and on any report-pack JSON file, in
English or Simplified Chinese, and exports PNG, PDF and SVG figures and a
printable summary, also from the command line without a display.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION graphics)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "qt6-qpa-plugins, fonts-dejavu-core, fonts-noto-cjk")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, poppler-utils")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_SET_DESTDIR OFF)
# Only the app's own component: the tests install nothing.
include(CPack)
