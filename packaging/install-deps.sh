#!/bin/sh
# Installs what Crewplan needs to build, run and test on Debian 12 or Ubuntu 24.04, through apt.
# Runs apt as root directly, or through sudo for another user. With --fuzz, also what the fuzz
# preset needs (clang, libFuzzer).
set -eu
if [ "$(id -u)" -eq 0 ]; then as_root=""; else as_root="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$as_root apt-get update -qq
$as_root apt-get install -y -qq --no-install-recommends \
    g++ cmake ninja-build pkg-config \
    libsqlite3-dev nlohmann-json3-dev libcli11-dev \
    coinor-libcbc-dev zlib1g-dev libbz2-dev libcsv-dev libxlsxwriter-dev qt6-base-dev qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite libgl-dev libxkbcommon-dev \
    qt6-tools-dev qt6-l10n-tools \
    libgtest-dev libgmock-dev libbenchmark-dev libminizip-dev \
    clang-format fonts-dejavu-core poppler-utils time >/dev/null
# --fuzz: also clang and its sanitizer and libFuzzer runtimes, for the fuzz preset.
if [ "${1:-}" = "--fuzz" ]; then
    $as_root apt-get install -y -qq --no-install-recommends clang libclang-rt-dev >/dev/null
fi
echo "Crewplan's build dependencies are installed."
