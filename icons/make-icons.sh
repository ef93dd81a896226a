#!/bin/sh
# Regenerates the PTĐV program icons with ImageMagick (convert, identify).
# Design: red rounded square, large yellow five-pointed star, white upward check mark below.
# At 16 and 24 px only the square and a larger, centred star are drawn (the check mark would be noise).
# Usage: sh icons/make-icons.sh   (run from anywhere; writes into icons/ and src/main/resources/icons/)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
res="$here/../src/main/resources/icons"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

RED='#C8102E'; YELLOW='#FFCD00'; WHITE='#FFFFFF'
S=1024   # masters are drawn at 1024 px and reduced with a Lanczos filter (anti-aliasing)

# star CX CY R: polygon points of a five-pointed star (point up), inner radius = R * 0.382
star() {
  awk -v cx="$1" -v cy="$2" -v r="$3" 'BEGIN {
    pi = atan2(0, -1)
    for (i = 0; i < 10; i++) {
      rr = (i % 2 == 0) ? r : r * 0.381966
      a = (-90 + 36 * i) * pi / 180
      printf "%.1f,%.1f ", cx + rr * cos(a), cy + rr * sin(a)
    }
  }'
}

# Full master: square with margin 24, corner radius 190; star centred at (512,420), R 300;
# check mark (thick stroke, round ends) rising to the right below the star.
convert -size ${S}x${S} xc:none \
  -fill "$RED" -draw "roundrectangle 24,24 999,999 190,190" \
  -fill "$YELLOW" -draw "polygon $(star 512 415 300)" \
  -fill none -stroke "$WHITE" -strokewidth 64 -draw "stroke-linecap round stroke-linejoin round polyline 392,790 472,866 640,708" \
  "$tmp/full.png"

# Simple master for tiny sizes: smaller margin, star centred and as large as fits.
convert -size ${S}x${S} xc:none \
  -fill "$RED" -draw "roundrectangle 8,8 1015,1015 170,170" \
  -fill "$YELLOW" -draw "polygon $(star 512 552 420)" \
  "$tmp/simple.png"

for n in 256 128 64 48 32; do
  convert "$tmp/full.png" -filter Lanczos -resize ${n}x${n} -depth 8 -define png:color-type=6 "$here/ptdv-$n.png"
done
for n in 24 16; do
  convert "$tmp/simple.png" -filter Lanczos -resize ${n}x${n} -depth 8 -define png:color-type=6 "$here/ptdv-$n.png"
done

# Windows icon with all seven sizes.
cd "$here"
convert ptdv-16.png ptdv-24.png ptdv-32.png ptdv-48.png ptdv-64.png ptdv-128.png ptdv-256.png ptdv.ico
identify ptdv.ico

# Copies loaded by the JavaFX window from the classpath.
mkdir -p "$res"
for n in 16 32 48 64 128 256; do cp "ptdv-$n.png" "$res/"; done
