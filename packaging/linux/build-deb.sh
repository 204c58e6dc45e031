#!/usr/bin/env bash
# Build a Debian package (.deb) from the one-folder PyInstaller bundle, with dpkg-deb only.
#
#   bash packaging/linux/build-deb.sh [BUNDLE] [OUT_DIR]
#   (defaults: dist/ops_desktop and dist; prints the path of the .deb it wrote)
#
# What it installs:
#   /opt/ops-desktop/                        the bundle as built (program, Python, Qt, data)
#   /usr/bin/ops-desktop                     a symlink to /opt/ops-desktop/ops_desktop
#   /usr/share/applications/ops-desktop.desktop   the menu entry (Polish and English name)
#   /usr/share/icons/hicolor/256x256/apps/ops-desktop.png
#   /usr/share/doc/ops-desktop/              copyright and the fonts' licence (SIL OFL 1.1)
#
# The package has NO maintainer scripts (no preinst/postinst/prerm/postrm): installing,
# upgrading, removing or purging it never touches the office's data folder
# (~/.local/share/ops_desktop of each user – the database, its backups aside and the log)
# nor anything else outside the files listed above. The menu and icon caches are refreshed
# by the desktop's own dpkg triggers.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bundle="$(cd "${1:-$root/dist/ops_desktop}" && pwd)"
out="${2:-$root/dist}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"

[ -x "$bundle/ops_desktop" ] || { echo "no bundle at $bundle (build it with build.spec)" >&2; exit 1; }

version="$(python3 -c 'import sys, tomllib; print(tomllib.load(open(sys.argv[1], "rb"))["project"]["version"])' "$root/pyproject.toml")"
arch="$(dpkg --print-architecture)"
deb="$out/ops-desktop_${version}_${arch}.deb"

# Shared libraries the bundle's Qt loads from the system (ldd of PySide6/Qt/lib and the
# xcb, wayland and offscreen platform plug-ins; .ci/run checks with ldd after installing
# that nothing is left unresolved). Each line: the Debian package (t64 names as
# alternatives for Debian 13 / Ubuntu 24.04 and newer).
depends=(
  "libc6" "libstdc++6" "libgcc-s1" "zlib1g"
  "libglib2.0-0t64 | libglib2.0-0" "libdbus-1-3" "libfontconfig1" "libfreetype6"
  "libpng16-16t64 | libpng16-16"
  "libegl1" "libgl1" "libx11-6" "libx11-xcb1"
  "libxcb1" "libxcb-cursor0" "libxcb-icccm4" "libxcb-image0" "libxcb-keysyms1"
  "libxcb-randr0" "libxcb-render0" "libxcb-render-util0" "libxcb-shape0" "libxcb-shm0"
  "libxcb-sync1" "libxcb-util1" "libxcb-xfixes0" "libxcb-xkb1"
  "libxkbcommon0" "libxkbcommon-x11-0"
  "libwayland-client0" "libwayland-cursor0" "libwayland-egl1"
)
# Qt's GTK platform theme (native dialogs on GNOME) is optional: Qt skips it without GTK.
suggests="libgtk-3-0t64 | libgtk-3-0"

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
pkg="$stage/pkg"
mkdir -p "$pkg/DEBIAN" "$pkg/opt" "$pkg/usr/bin" "$pkg/usr/share/applications" \
  "$pkg/usr/share/icons/hicolor/256x256/apps" "$pkg/usr/share/doc/ops-desktop"

cp -a "$bundle" "$pkg/opt/ops-desktop"
ln -s /opt/ops-desktop/ops_desktop "$pkg/usr/bin/ops-desktop"
install -m 644 "$root/resources/icons/ops-desktop.png" "$pkg/usr/share/icons/hicolor/256x256/apps/ops-desktop.png"

cat >"$pkg/usr/share/applications/ops-desktop.desktop" <<EOF
[Desktop Entry]
Type=Application
Name=OPS – social assistance
Name[pl]=OPS – pomoc społeczna
GenericName=Social assistance centre
GenericName[pl]=Ośrodek pomocy społecznej
Comment=First contact, benefits, social work, services and the head of the centre
Comment[pl]=Pierwszy kontakt, świadczenia, praca socjalna, usługi i koordynator
Exec=ops-desktop
Icon=ops-desktop
Terminal=false
Categories=Office;
StartupWMClass=ops_desktop
EOF

doc="$pkg/usr/share/doc/ops-desktop"
install -m 644 "$root/resources/fonts/LICENSE-OFL.txt" "$doc/fonts-LICENSE-OFL.txt"
install -m 644 "$root/resources/fonts/README.txt" "$doc/fonts-README.txt"
cat >"$doc/copyright" <<'EOF'
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: ops-desktop

Files: *
License: Proprietary

Files: opt/ops-desktop/_internal/ops_desktop/resources/fonts/*
Copyright: Liberation fonts, Red Hat, Inc.
License: OFL-1.1
 See /usr/share/doc/ops-desktop/fonts-LICENSE-OFL.txt and fonts-README.txt.
EOF

# Files as dpkg expects them: directories 755, data 644, programs and libraries executable.
find "$pkg" -type d -exec chmod 755 {} +
find "$pkg/opt" "$pkg/usr/share" -type f -exec chmod go-w,a+r {} +

installed_kb="$(du -sk --exclude=DEBIAN "$pkg" | cut -f1)"
{
  echo "Package: ops-desktop"
  echo "Version: $version"
  echo "Architecture: $arch"
  echo "Maintainer: ops-desktop <ops-desktop@localhost>"
  echo "Installed-Size: $installed_kb"
  echo "Section: misc"
  echo "Priority: optional"
  echo "Depends: $(IFS=,; echo "${depends[*]}" | sed 's/,/, /g')"
  echo "Suggests: $suggests"
  echo "Description: offline program of a Polish social-assistance centre (OPS)"
  echo " First-contact desk, benefits team, social work, services and the head of the"
  echo " centre, on one SQLite file on the office PC. The data stays in each user's"
  echo " ~/.local/share/ops_desktop and is never removed with the package."
} >"$pkg/DEBIAN/control"

rm -f "$deb"
dpkg-deb --root-owner-group --build "$pkg" "$deb" >/dev/null
echo "$deb"
