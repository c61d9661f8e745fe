#!/usr/bin/env bash
# Renders the Word export the way a reader sees it: .disclosure → .docx (dist/export.cjs) → PDF
# (LibreOffice, headless) → one PNG per page (poppler's pdftoppm).
#
# Usage: bash scripts/render-docx.sh [OUT_DIR] [FILE.disclosure ...]
#   OUT_DIR defaults to test-artifacts/docx-render; the files default to test/fixtures/seeds/*.disclosure.
#   RENDER_DPI (default 60) sets the PNG resolution.
# Needs (Debian/Ubuntu): apt-get install -y libreoffice-writer-nogui poppler-utils fonts-noto-cjk fonts-liberation2
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$root/test-artifacts/docx-render}"
shift || true
if [ "$#" -eq 0 ]; then set -- "$root"/test/fixtures/seeds/*.disclosure; fi
dpi="${RENDER_DPI:-60}"

for tool in soffice pdftoppm; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "render-docx: $tool not found; install: apt-get install -y libreoffice-writer-nogui poppler-utils fonts-noto-cjk fonts-liberation2" >&2
    exit 3
  fi
done

mkdir -p "$out"
[ -f "$root/dist/export.cjs" ] || (cd "$root" && node esbuild.mjs)
node "$root/dist/export.cjs" --docx -q -o "$out/" "$@"

# A private LibreOffice profile: no clash with a running office, nothing written to $HOME.
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
for docx in "$out"/*.docx; do
  timeout 300 soffice -env:UserInstallation="file://$profile" --headless --norestore \
    --convert-to pdf --outdir "$out" "$docx" >/dev/null 2>&1 || true
  pdf="${docx%.docx}.pdf"
  [ -s "$pdf" ] || { echo "render-docx: LibreOffice made no PDF of $docx" >&2; exit 1; }
  stem="$(basename "${docx%.docx}")"
  rm -f "$out/$stem"-page-*.png
  pdftoppm -png -r "$dpi" "$pdf" "$out/$stem-page"
  echo "$docx → $pdf → $(ls "$out/$stem"-page-*.png | wc -l) pages"
done
