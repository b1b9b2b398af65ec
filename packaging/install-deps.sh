#!/usr/bin/env bash
# Installs every Debian 12 package that Entail Studio needs to build, run and test. Idempotent: packages
# already present are not downloaded again, and nothing is done when all of them are there.
set -euo pipefail

PACKAGES=(
  # build
  cmake g++ pkg-config ninja-build ccache clang dpkg-dev file
  # libFuzzer and sanitizer runtimes for tests/fuzz (only recommended by clang, so not pulled in here)
  libclang-rt-14-dev
  # Qt 6.4 (Charts needs Qt6OpenGL, hence libqt6opengl6-dev and libgl-dev)
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6charts6 libqt6opengl6-dev libgl-dev libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 qt6-translations-l10n
  # the bulk import binds through SQLite's C API (the same libsqlite3 as Qt's driver)
  libsqlite3-dev
  # model: LibTorch (CPU), an optimized BLAS (the reference BLAS makes matmul ~30x slower), OpenCV,
  # sentencepiece
  libtorch-dev libopenblas0-pthread libopencv-dev libsentencepiece-dev
  # image archives (.tar.gz, .zip) for fetching images
  libarchive-dev
  # tests, screenshots and the benchmark peer (Debian's PyTorch is the same 1.13.1 as libtorch-dev)
  xvfb xauth imagemagick python3-torch python3-torchvision fonts-dejavu-core fonts-noto-color-emoji sqlite3
  # team mode: tests start their own throw-away PostgreSQL cluster (never the system one)
  postgresql
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages are installed."
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
echo "install-deps: installing ${missing[*]}"
$SUDO apt-get update
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
