#!/usr/bin/env bash
# Builds the Debian package from a configured and built tree and checks it:
#   packaging/check-package.sh BUILD_DIR
# - `cpack -G DEB` produces entail-studio_<version>_<arch>.deb in BUILD_DIR/package/;
# - `dpkg-deb -c` lists every file the package must install;
# - `dpkg-deb -I` shows Depends, which must name the libraries the app needs at run time;
# - the extracted `usr/bin/entail --version` runs with no help from the build tree (the plugin is found
#   relative to the executable), `entail demo` writes a project through Qt's SQLite driver, and one epoch of
#   `entail train` loads the sentencepiece plugin from the package's lib folder.
# Exit status: 0 all good, 1 a check failed, 77 not a Debian system (CTest counts that as skipped).
set -euo pipefail

build_dir=$(cd "${1:?usage: $0 BUILD_DIR}" && pwd)

for tool in cpack dpkg-deb dpkg-shlibdeps; do
  if ! command -v "$tool" >/dev/null; then
    echo "check-package: SKIP: $tool not found (the package needs a Debian system with dpkg-dev)"
    exit 77
  fi
done

failures=0
fail() { echo "check-package: FAIL: $*" >&2; failures=$((failures + 1)); }

out_dir="$build_dir/package"
rm -rf "$out_dir"
mkdir -p "$out_dir"
echo "check-package: cpack -G DEB in $build_dir"
(cd "$build_dir" && cpack -G DEB -B "$out_dir" --config "$build_dir/CPackConfig.cmake") > "$out_dir/cpack.log" 2>&1 || {
  cat "$out_dir/cpack.log" >&2
  fail "cpack failed"
  exit 1
}
shopt -s nullglob
debs=("$out_dir"/entail-studio_*.deb)
if [ ${#debs[@]} -ne 1 ]; then
  cat "$out_dir/cpack.log" >&2
  fail "expected one entail-studio_*.deb in $out_dir, found ${#debs[@]}"
  exit 1
fi
deb=${debs[0]}
echo "check-package: built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

# Contents: the paths every installation needs. The plugin's folder follows CMAKE_INSTALL_LIBDIR.
contents=$(dpkg-deb -c "$deb" | awk '{print $NF}')
expected=(
  '^\./usr/bin/entail$'
  '^\./usr/bin/entail-studio$'
  '^\./usr/lib/(.*/)?entail-studio/entail-engine$'
  '^\./usr/lib/(.*/)?entail-studio/libentail_spm\.so$'
  '^\./usr/share/applications/invalid\.example\.EntailStudio\.desktop$'
  '^\./usr/share/metainfo/invalid\.example\.EntailStudio\.metainfo\.xml$'
  '^\./usr/share/icons/hicolor/scalable/apps/entail-studio\.svg$'
  '^\./usr/share/mime/packages/invalid\.example\.EntailStudio\.xml$'
)
for pattern in "${expected[@]}"; do
  if grep -Eq "$pattern" <<<"$contents"; then
    echo "check-package: contains $(grep -E "$pattern" <<<"$contents" | head -n1)"
  else
    fail "the package lacks a file matching $pattern"
  fi
done
if grep -Eq '^\./usr/local/' <<<"$contents"; then
  fail "files under /usr/local (CPACK_PACKAGING_INSTALL_PREFIX ignored?)"
fi

# Depends: shlibdeps' findings plus the run-time loaded packages.
dpkg-deb -I "$deb" >/dev/null || fail "dpkg-deb -I cannot read the control file"
dpkg-deb -f "$deb" Package Version Architecture Installed-Size Depends Recommends | sed 's/^/check-package:   /'
depends=$(dpkg-deb -f "$deb" Depends)
for package in 'libqt6core6' 'libqt6widgets6' 'libqt6network6' 'libqt6sql6 ' 'libqt6sql6-sqlite' 'libqt6svg6' \
               'libtorch1\.13' 'libopencv-core' 'libopencv-imgcodecs' 'libsentencepiece0' 'libopenblas0-pthread' 'libarchive13'; do
  if ! grep -Eq "(^|, )${package}" <<<"$depends, "; then
    fail "Depends lacks ${package% }: $depends"
  fi
done

# The installed files run on their own: no LD_LIBRARY_PATH, no plugin override, no build-tree paths.
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"
run() { env -u LD_LIBRARY_PATH -u ENTAIL_SPM_PLUGIN -u ENTAIL_BIN_DIR HOME="$root/home" "$@"; }
mkdir -p "$root/home"
version=$(run "$root/usr/bin/entail" --version) || fail "installed entail --version exited with $?"
echo "check-package: installed entail --version: $version"
expected_version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build_dir/CPackConfig.cmake")
[ "$version" = "entail $expected_version" ] || fail "expected 'entail $expected_version', got '$version'"
if run "$root/usr/bin/entail" --help | grep -q '^  demo '; then
  if run "$root/usr/bin/entail" demo --project "$root/home/demo.entail" --pairs 30 > "$root/demo.log" 2>&1 \
     && [ -s "$root/home/demo.entail" ]; then
    echo "check-package: installed entail demo wrote a project ($(du -k "$root/home/demo.entail" | cut -f1) KiB)"
  else
    cat "$root/demo.log" >&2
    fail "installed entail demo failed"
  fi
  # One epoch trains the tokenizer, so the sentencepiece plugin must load from the package's lib folder.
  if run "$root/usr/bin/entail" --help | grep -q '^  train '; then
    if run "$root/usr/bin/entail" train --project "$root/home/demo.entail" --out "$root/home/model.pt" --epochs 1 \
         > "$root/train.log" 2>&1 && [ -s "$root/home/model.pt" ]; then
      echo "check-package: installed entail train loaded the tokenizer plugin and wrote a model"
    else
      tr '\r' '\n' < "$root/train.log" | tail -n 20 >&2
      fail "installed entail train failed (is the plugin found relative to the executable?)"
    fi
  fi
fi

# Optional validators (packages desktop-file-utils and appstream).
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$root/usr/share/applications/invalid.example.EntailStudio.desktop" \
    || fail "desktop-file-validate"
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net "$root/usr/share/metainfo/invalid.example.EntailStudio.metainfo.xml" \
    || fail "appstreamcli validate"
fi

if [ "$failures" -ne 0 ]; then
  echo "check-package: $failures check(s) failed"
  exit 1
fi
echo "check-package: all checks passed for $(basename "$deb")"
