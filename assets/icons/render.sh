#!/usr/bin/env bash
# Re-renders the committed icon files from the SVG sources. Only needed after editing an SVG;
# the outputs are committed so builds need none of these tools.
# Needs (Debian): apt-get install -y librsvg2-bin icnsutils imagemagick
set -euo pipefail
cd "$(dirname "$0")"

for size in 16 32 48 64 128 256 512; do
  # Small sizes get the simplified drawing: the gauge and thin strokes turn to mush below 48 px.
  src=csm-onboarding.svg
  if (( size <= 32 )); then src=csm-onboarding-small.svg; fi
  rsvg-convert -w "$size" -h "$size" "$src" -o "csm-onboarding-${size}.png"
done
# -strip: no timestamps in the PNG chunks, so re-rendering gives identical bytes.
for f in csm-onboarding-*.png; do convert "$f" -strip "$f"; done

# Windows: one .ico with every size Explorer and the taskbar ask for.
convert csm-onboarding-16.png csm-onboarding-32.png csm-onboarding-48.png \
        csm-onboarding-64.png csm-onboarding-128.png csm-onboarding-256.png csm-onboarding.ico

# macOS: png2icns picks the icns type from each PNG's size (16/32/48/128/256/512).
png2icns csm-onboarding.icns csm-onboarding-16.png csm-onboarding-32.png csm-onboarding-48.png \
         csm-onboarding-128.png csm-onboarding-256.png csm-onboarding-512.png >/dev/null

# jpackage on Linux wants one PNG; 256 px is what desktop menus scale from.
cp csm-onboarding-256.png csm-onboarding.png
