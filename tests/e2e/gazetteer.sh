# The gazetteer from the command line: ts-ls --areas and its filters,
# ts-import --area checked against it, --gazetteer files added or refused
# with file:line, and every usage error with its message and exit code.
source "$(dirname "$0")/lib.sh"
I=$BIN/ts-import
L=$BIN/ts-ls
R=$DATA/reports/000_2b9464353da6eefa.txt

# The whole list: a header, 87 province-level rows (63 until 2025-06-30,
# 23 formed on 2025-07-01, Thừa Thiên Huế before Huế), 696 districts of
# 2025, 25 merged away between 2019 and 2024 and 86 in the kind they had
# before a raise.
expect_exit 0 "areas: list" -- "$L" --areas
same_text "areas: header" "$(head -1 "$TMP/out")" \
  "$(printf 'slug\tname\tkind\tparent\tvalid_from\tvalid_to\tregion\tsuccessor')"
same_text "areas: rows" "$(sed 1d "$TMP/out" | wc -l)" "894"
same_text "areas: Kon Tum" "$(grep -P '^kon-tum\t' "$TMP/out")" \
  "$(printf 'kon-tum\tKon Tum\tprovince\t\t\t2025-06-30\ttay-nguyen\tquang-ngai')"
same_text "areas: the new Quảng Ngãi" "$(grep -P '^quang-ngai\t.*\t2025-07-01\t' "$TMP/out")" \
  "$(printf 'quang-ngai\tQuảng Ngãi\tprovince\t\t2025-07-01\t\t\t')"
same_text "areas: a district takes its province's region" \
  "$(grep -P '^dak-ha-district\t' "$TMP/out")" \
  "$(printf 'dak-ha-district\tĐắk Hà\tdistrict\tkon-tum\t\t2025-06-30\ttay-nguyen\t')"
# Province level: 63 on 2025-06-30 and 34 on 2025-07-01, counted from the
# listing's own dates.
"$L" --areas --level province > "$TMP/prov"
count_on() { awk -F'\t' -v d="$1" 'NR > 1 && ($5 == "" || $5 <= d) && ($6 == "" || $6 >= d)' "$TMP/prov" | wc -l; }
same_text "areas: 63 provinces on 2025-06-30" "$(count_on 2025-06-30)" "63"
same_text "areas: 34 provinces on 2025-07-01" "$(count_on 2025-07-01)" "34"
same_text "areas: 63 provinces on 2016-01-01" "$(count_on 2016-01-01)" "63"
# 696 of 2025, 25 merged away before, 86 in the kind they had before a raise
same_text "areas: district level" "$("$L" --areas --level district | sed 1d | wc -l)" "807"
"$L" --areas --level district > "$TMP/dist"
same_text "areas: 696 districts on 2025-06-30" \
  "$(awk -F'\t' 'NR > 1 && ($5 == "" || $5 <= "2025-06-30") && $6 >= "2025-06-30"' "$TMP/dist" | wc -l)" "696"
same_text "areas: a district merged away names its successor" \
  "$(grep -P '^dat-do-district\t' "$TMP/dist")" \
  "$(printf 'dat-do-district\tĐất Đỏ\tdistrict\tba-ria-vung-tau\t\t2024-12-31\tdong-nam-bo\tlong-dat-district')"
# Every old province has a successor valid on 2025-07-01 or continues.
check "areas: the merged ones name their successor" \
  awk -F'\t' 'NR > 1 && $6 == "2025-06-30" && $8 == "" {exit 1}' "$TMP/prov"

expect_exit 0 "areas: --within" -- "$L" --areas --within kon-tum
same_text "areas: Kon Tum's ten units and the town before the city" "$(sed 1d "$TMP/out" | cut -f1 | tr '\n' ' ')" \
  "kon-tum-city dak-glei-district ngoc-hoi-district dak-to-district kon-plong-district kon-ray-district dak-ha-district sa-thay-district tu-mo-rong-district ia-hdrai-district kon-tum-town "
expect_exit 0 "areas: --within twice" -- "$L" --areas --within kon-tum --within ha-noi
same_text "areas: 11 + 30 units" "$(sed 1d "$TMP/out" | wc -l)" "41"
expect_exit 0 "areas: --region by English name" -- "$L" --areas --level province --region "Central Highlands"
same_text "areas: the five provinces of Tây Nguyên" "$(sed 1d "$TMP/out" | cut -f1 | tr '\n' ' ')" \
  "kon-tum gia-lai dak-lak dak-nong lam-dong "
expect_exit 0 "areas: --region by slug, districts" -- "$L" --areas --level district --region tay-nguyen
# Lâm Đồng's ten of 2025 and the three merged into Đạ Huoai in 2025; the
# towns of Gia Nghĩa, Bảo Lộc and Kon Tum before they became cities.
same_text "areas: Tây Nguyên's districts" "$(sed 1d "$TMP/out" | wc -l)" "$((10 + 17 + 15 + 8 + 10 + 3 + 3))"

# Usage errors: one line and a hint, exit 2, nothing on stdout.
expect_exit 2 "areas: unknown province" -- "$L" --areas --within kontum
same_text "areas: unknown province message" "$(cat "$TMP/err")" \
  "ts-ls: option '--within': \"kontum\" is not a known province or centrally-run city (closest: kon-tum, kon-tum-city, son-la)
Try 'ts-ls --help'."
same_text "areas: nothing on stdout" "$(cat "$TMP/out")" ""
expect_exit 2 "areas: a district is not a province" -- "$L" --areas --within dak-ha-district
expect_exit 2 "areas: unknown region" -- "$L" --areas --region Mars
check "areas: unknown region lists the known ones" grep -q '^ts-ls: option .--region.: "Mars" is not a known region (trung-du-mien-nui-phia-bac, ' "$TMP/err"
expect_exit 2 "areas: bad level" -- "$L" --areas --level county
same_text "areas: bad level message" "$(head -1 "$TMP/err")" \
  "ts-ls: option '--level': \"county\" is not province or district"
expect_exit 2 "areas: --areas lists areas, not indicators" -- "$L" --areas -i grdp
same_text "areas: --areas with --indicator message" "$(head -1 "$TMP/err")" \
  "ts-ls: --areas lists areas: --indicator and --measure do not apply"
expect_exit 0 "areas: --area globs the list" -- "$L" --areas --area 'bac-*' --level province
same_text "areas: the four Bắc provinces" "$(sed 1d "$TMP/out" | cut -f1 | tr '\n' ' ')" \
  "bac-kan bac-giang bac-ninh bac-lieu bac-ninh "
expect_exit 2 "areas: --areas reads no store" -- "$L" --areas --store "$TMP/none.h5"
expect_exit 2 "areas: --areas excludes --facts" -- "$L" --areas --facts
expect_exit 2 "areas: stdout full" -- sh -c "'$L' --areas > /dev/full"
check "areas: stdout full message" grep -q "^ts-ls: write error on standard output" "$TMP/err"

# A user's gazetteer: added, listed and usable; a bad one refused whole
# with file:line.
printf 'slug\tname\tkind\tparent\tvariants\nmang-den-town\tMăng Đen\ttown\tkon-tum\tMang Den\n' > "$TMP/mine.tsv"
expect_exit 0 "gazetteer: a user file" -- "$L" --areas --within kon-tum --gazetteer "$TMP/mine.tsv"
same_text "gazetteer: listed last" "$(tail -1 "$TMP/out")" \
  "$(printf 'mang-den-town\tMăng Đen\ttown\tkon-tum\t\t\ttay-nguyen\t')"
printf 'slug\tname\tkind\tparent\ngood-town\tGood\ttown\tkon-tum\nbad\tBad\ttown\tkon-tum\n' > "$TMP/bad.tsv"
expect_exit 2 "gazetteer: a bad file" -- "$L" --areas --gazetteer "$TMP/bad.tsv"
same_text "gazetteer: bad file message" "$(cat "$TMP/err")" \
  "ts-ls: $TMP/bad.tsv:3: slug \"bad\" of a town must end in \"-town\""
expect_exit 2 "gazetteer: a missing file" -- "$L" --areas --gazetteer "$TMP/nope.tsv"
same_text "gazetteer: missing file message" "$(cat "$TMP/err")" \
  "ts-ls: $TMP/nope.tsv: cannot open: No such file or directory"

# ts-import --area: a known slug, an unknown one (nothing read, nothing on
# stdout), one the user's gazetteer adds, a bad gazetteer.
expect_exit 0 "import: known area" -- "$I" --area kon-tum-city "$R"
check "import: every fact has the area" awk -F'\t' 'NR > 1 && $2 != "kon-tum-city" {exit 1}' "$TMP/out"
expect_exit 2 "import: unknown area" -- "$I" --area kontum "$R"
same_text "import: unknown area message" "$(cat "$TMP/err")" \
  "ts-import: --area: \"kontum\" is not in the gazetteer (closest: kon-tum, kon-tum-city, son-la); add it with --gazetteer FILE"
same_text "import: unknown area prints nothing" "$(cat "$TMP/out")" ""
expect_exit 2 "import: a name is not a slug" -- "$I" --area sai-gon "$R"
check "import: a variant's area is suggested first" grep -q '(closest: ho-chi-minh, ' "$TMP/err"
expect_exit 0 "import: an area of the user's gazetteer" -- "$I" --gazetteer "$TMP/mine.tsv" --area mang-den-town "$R"
check "import: facts of the user's area" awk -F'\t' 'NR > 1 && $2 != "mang-den-town" {exit 1}' "$TMP/out"
expect_exit 2 "import: a bad gazetteer" -- "$I" --gazetteer "$TMP/bad.tsv" --area kon-tum "$R"
same_text "import: bad gazetteer message" "$(cat "$TMP/err")" \
  "ts-import: $TMP/bad.tsv:3: slug \"bad\" of a town must end in \"-town\""
expect_exit 2 "import: unknown area into a store" -- "$I" --store "$TMP/s.h5" --area kontum "$R"
check "import: no store was made" test ! -e "$TMP/s.h5"

# The help names the new options.
"$L" --help > "$TMP/help"
check "help: ts-ls --areas" grep -q -- "--areas" "$TMP/help"
check "help: ts-ls --within" grep -q -- "--within PROVINCE" "$TMP/help"
"$I" --help > "$TMP/help"
check "help: ts-import --gazetteer" grep -q -- "--gazetteer=FILE" "$TMP/help"
