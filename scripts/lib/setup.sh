# Shared by scripts/run and scripts/test: install what is missing, then configure and build.
# Sourced, not executed. Everything here is idempotent: a second run on a set-up machine does no work.

PEERDESK_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
SQLCIPHER_VERSION=4.6.1
SQLCIPHER_PREFIX="$PEERDESK_ROOT/.deps/sqlcipher-$SQLCIPHER_VERSION"
BUILD_DIR="${PEERDESK_BUILD_DIR:-$PEERDESK_ROOT/build}"

APT_PACKAGES=(
    build-essential cmake ninja-build pkg-config git ca-certificates dpkg-dev
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins libqt6opengl6-dev libgl-dev
    libsodium-dev libzxcvbn-dev libical-dev libxlsxwriter-dev libssl-dev catch2
    tcl xvfb xauth fonts-dejavu-core unzip poppler-utils librsvg2-bin
    libbenchmark-dev libsqlite3-dev libqt6sql6-sqlite python3 dbus-daemon clang-format clang-tidy-16
    # Server mode (docs/server.md): Qt's PostgreSQL driver and libpq for the client; the server and its tools for
    # the throwaway clusters the tests start (tests/support/pg-throwaway.sh).
    libqt6sql6-psql libpq-dev postgresql-15 postgresql-client-15 openssl
)
# What scripts/package needs beyond the build: the package's checkers.
PACKAGING_PACKAGES=(lintian desktop-file-utils appstream)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

as_root() {
    if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi
}

apt_updated=0
apt_update_once() {
    if [[ $apt_updated -eq 0 ]]; then
        as_root apt-get update -qq
        apt_updated=1
    fi
}

# Installs those of the named packages that are missing.
ensure_apt_packages() {
    local missing=() pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
    done
    [[ ${#missing[@]} -eq 0 ]] && return 0
    command -v apt-get >/dev/null || die "missing packages (${missing[*]}) and no apt-get: install them by hand"
    log "Installing ${missing[*]}"
    apt_update_once
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

ensure_packaging_tools() {
    ensure_apt_packages "${PACKAGING_PACKAGES[@]}"
}

sqlcipher_pkg_config_path() {
    printf '%s' "$SQLCIPHER_PREFIX/lib/pkgconfig${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}"
}

# sqlcipher.pc carries the version of the SQLite it embeds, not SQLCipher's own: SQLite 3.46 is what
# SQLCipher 4.6 embeds (Debian 12's SQLCipher 3.4.1 says 3.15.2). The program checks cipher_version >= 4.5
# again at every open.
have_sqlcipher() {
    PKG_CONFIG_PATH=$(sqlcipher_pkg_config_path) pkg-config --atleast-version=3.46 sqlcipher 2>/dev/null
}

# The archive URI the system already uses for its main suite, read from apt itself so that no host is
# written anywhere in the project.
debian_mirror_uri() {
    local codename
    codename=$(. /etc/os-release && printf '%s' "$VERSION_CODENAME")
    apt-cache policy 2>/dev/null |
        awk -v suite="$codename/main" '$3 == suite && $2 ~ /^(https?|file):/ { print $2; exit }'
}

# Debian 12 ships SQLCipher 3.4.1 (SQLite 3.15, PBKDF2-SHA1); we build 4.6.1 from Debian 13's source
# package, statically, with OpenSSL, FTS5 and JSON, into .deps/ (ignored by git, reused by later runs).
ensure_sqlcipher() {
    have_sqlcipher && return 0
    build_sqlcipher
    have_sqlcipher || die "SQLCipher was built but pkg-config does not find it"
}

# A subshell, so its EXIT trap removes the work folder however it ends (die included).
build_sqlcipher() (
    set -euo pipefail
    local mirror list work src version
    mirror=$(debian_mirror_uri)
    if [[ -z $mirror ]]; then
        # Images that ship without apt lists show no mirror until the first update.
        apt_update_once
        mirror=$(debian_mirror_uri)
    fi
    [[ -n $mirror ]] || die "cannot find the Debian mirror this system uses (apt-cache policy shows none)"
    list=/etc/apt/sources.list.d/peerdesk-trixie-src.sources
    if [[ ! -f $list ]]; then
        log "Adding a deb-src entry for Debian 13 (source packages only) through $mirror"
        printf 'Types: deb-src\nURIs: %s\nSuites: trixie\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
            "$mirror" | as_root tee "$list" >/dev/null
        apt_updated=0
    fi
    apt_update_once
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    version=$(apt-cache showsrc sqlcipher 2>/dev/null |
        awk -v v="$SQLCIPHER_VERSION" '$1 == "Version:" && index($2, v "-") == 1 { print $2; exit }')
    [[ -n $version ]] || die "no SQLCipher $SQLCIPHER_VERSION source package is offered by the configured mirror"
    log "Fetching the SQLCipher $version source package"
    (cd "$work" && apt-get source -qq "sqlcipher=$version" >"$work/source.log" 2>&1) ||
        { cat "$work/source.log" >&2; die "apt-get source sqlcipher=$version failed"; }
    src=$(find "$work" -maxdepth 1 -mindepth 1 -type d -name 'sqlcipher-*' | head -n 1)
    [[ -n $src ]] || die "the SQLCipher source package did not unpack"
    log "Building SQLCipher $SQLCIPHER_VERSION into ${SQLCIPHER_PREFIX#"$PEERDESK_ROOT"/}"
    cd "$src"
    ./configure --prefix="$SQLCIPHER_PREFIX" --disable-shared --enable-static --with-pic \
        --enable-tempstore=yes --disable-tcl --disable-readline --enable-fts5 \
        --with-crypto-lib=openssl \
        CFLAGS="-O2 -fPIC -DSQLITE_HAS_CODEC -DSQLCIPHER_CRYPTO_OPENSSL -DSQLITE_ENABLE_FTS5 \
            -DSQLITE_ENABLE_JSON1 -DSQLITE_TEMP_STORE=2 -DSQLITE_SECURE_DELETE \
            -DSQLITE_ENABLE_COLUMN_METADATA -DSQLITE_DEFAULT_FOREIGN_KEYS=1" \
        LDFLAGS="-lcrypto" >"$work/configure.log" 2>&1 || { tail -n 30 "$work/configure.log" >&2; die "configuring SQLCipher failed"; }
    # Installs the static library, headers, sqlcipher.pc and the sqlcipher shell (docs/file-format.md shows
    # how to open a vault with it).
    make -j"$(nproc)" install >"$work/make.log" 2>&1 || { tail -n 30 "$work/make.log" >&2; die "building SQLCipher failed"; }
)

setup_dependencies() {
    ensure_apt_packages "${APT_PACKAGES[@]}"
    ensure_sqlcipher
}

configure_and_build() {
    local build_type=${1:-RelWithDebInfo}
    shift || true
    export PKG_CONFIG_PATH
    PKG_CONFIG_PATH=$(sqlcipher_pkg_config_path)
    log "Configuring ($build_type)"
    cmake -S "$PEERDESK_ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" "$@" >/dev/null
    log "Building"
    cmake --build "$BUILD_DIR" --parallel "$(nproc)"
}
