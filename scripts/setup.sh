#!/usr/bin/env bash
# Installs what argmap needs from Debian's packages, and nothing else.
# Idempotent: when every package is present it changes nothing.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config ccache
  libboost-dev libboost-program-options-dev libyaml-cpp-dev nlohmann-json3-dev libcadical-dev
  libssl-dev                 # libcrypto: SHA-256 and base64 for the handout's CSP
  libjemalloc-dev            # the argmap command's allocator (huge pages: fewer page faults)
  libgraphviz-dev graphviz fonts-dejavu-core
  libgtest-dev libgmock-dev libbenchmark-dev
  clang libclang-rt-14-dev   # the libFuzzer harness
  poppler-utils              # pdftotext, for the PDF tests
  gringo clasp               # the independent reference for the evaluation tests
)

missing=()
command -v node >/dev/null || packages+=(nodejs npm)  # the browser test's driver
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
