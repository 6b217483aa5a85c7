#!/bin/sh
# Installs sift's build and test dependencies from Debian's packages, only
# when something is missing (so a ready machine is not touched).
set -eu
pkgs="build-essential clang llvm libbpf-dev libelf-dev zlib1g-dev libdw-dev
libcmocka-dev libiberty-dev bpftool strace python3 procps libcap2-bin
autoconf gcc-multilib"
missing=""
for p in $pkgs; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
		missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
	echo "tools/install-deps.sh: missing packages:$missing (run as root)" >&2
	exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq $missing
