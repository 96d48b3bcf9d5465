#!/usr/bin/env bash
# Remakes NotoSansTC-subset.otf, the font PNG charts draw Chinese text with:
# Noto Sans CJK TC Regular cut down to Latin, punctuation, the 5,401 common
# characters of Big5 level 1 (常用字) and every character of the message
# catalogues. Needs Debian's fonts-noto-cjk (or NOTO_CJK_TTC=path/to/NotoSansCJK-Regular.ttc)
# and fontTools (pip install fonttools).
set -euo pipefail
cd "$(dirname "$0")"
ttc=${NOTO_CJK_TTC:-/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc}
chars=$(mktemp)
python3 - "$chars" ../../crates/levers-report/src/i18n/*.ftl <<'PY'
import sys
chars = set()
for b1 in range(0xA4, 0xC7):
    for b2 in list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)):
        if (b1 << 8 | b2) <= 0xC67E:
            try:
                chars.add(bytes([b1, b2]).decode("big5"))
            except UnicodeDecodeError:
                pass
for path in sys.argv[2:]:
    chars.update(open(path, encoding="utf-8").read())
open(sys.argv[1], "w", encoding="utf-8").write("".join(sorted(c for c in chars if c.isprintable())))
PY
# Font 3 of the collection is Noto Sans CJK TC.
pyftsubset "$ttc" --font-number=3 --text-file="$chars" \
  --unicodes="U+0020-007E,U+00A0-00FF,U+2010-2027,U+2030-205E,U+2212,U+3000-303F,U+FF00-FFEF" \
  --layout-features='' --no-hinting --desubroutinize --output-file=NotoSansTC-subset.otf
rm -f "$chars"
ls -l NotoSansTC-subset.otf
