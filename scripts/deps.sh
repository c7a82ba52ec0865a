#!/bin/sh
# Installs the Debian packages tskit needs when any is missing (run as root
# on a fresh machine); does nothing when all are present.  `deps.sh mpi`
# installs only the MPI ones: parallel HDF5 on Open MPI, for make MPI=1
# (the serial build keeps using hdf5-serial, which the two share).
set -eu
MPI_PKGS="libhdf5-openmpi-dev openmpi-bin"
PKGS="build-essential pkg-config libgsl-dev libhdf5-dev hdf5-tools zlib1g-dev
libutf8proc-dev nettle-dev libdeflate-dev libcmocka-dev clang libclang-rt-14-dev python3 python3-h5py python3-pandas
python3-numpy python3-statsmodels python3-tables miller r-base-core r-cran-forecast jupyter-nbconvert
python3-ipykernel python3-matplotlib python3-nbformat librsvg2-bin
python3-pil libxml2-utils groff-base man-db time
libpoppler-glib-dev libzip-dev libxml2-dev poppler-utils python3-docx python3-reportlab
fonts-dejavu-core libxlsxwriter-dev python3-openpyxl r-cran-hdf5r
$MPI_PKGS"
[ "${1:-}" = mpi ] && PKGS=$MPI_PKGS
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "deps: installing:$missing"
if [ "$(id -u)" != 0 ]; then
  echo "deps: need root to install packages (try: sudo make deps)" >&2
  exit 2
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends $missing
