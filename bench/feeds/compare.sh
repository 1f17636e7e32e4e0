#!/usr/bin/env bash
# RSS and Atom side by side, in one run: WireDesk (`wiredesk parse --stats`), Python feedparser 6 (Debian's
# python3-feedparser) and .NET's System.ServiceModel.Syndication, each timing its own parse of the same files.
#
#   bash bench/feeds/compare.sh [DIR] [ROUNDS] [PASSES]   # DIR default /tmp/wiredesk-feeds, ROUNDS 3, PASSES 15
#
# Writes the corpus first if DIR has none (bench/feeds/write_feeds.py: 100 RSS + 100 Atom feeds of 100 items).
# Each round runs the three sides on RSS, then on Atom, one after another, twice: "cold", one pass in a fresh
# process (start-up and, for the .NET sides, JIT warm-up inside the clock), and "warm", PASSES passes in one process
# with the fastest reported (each side's steady-state rate, as a running server parses). The best round of each side
# counts, as this is a shared machine and the best round is the one least disturbed by others.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
dir="${1:-/tmp/wiredesk-feeds}"
rounds="${2:-3}"
passes="${3:-15}"
python=/usr/bin/python3   # Debian's python3-feedparser lives here, not in a pyenv or venv Python

"$python" -c 'import feedparser' 2>/dev/null || { echo "needs python3-feedparser: apt-get install python3-feedparser" >&2; exit 2; }
[ -d "$dir/rss" ] && [ -d "$dir/atom" ] || "$python" "$root/bench/feeds/write_feeds.py" "$dir"

dotnet build -c Release "$root/src/WireDesk/WireDesk.csproj" -v q -nologo >/dev/null
dotnet build -c Release "$root/bench/WireDesk.Feeds.SyndicationFeedReader/WireDesk.Feeds.SyndicationFeedReader.csproj" -v q -nologo >/dev/null
wiredesk="$root/src/WireDesk/bin/Release/net10.0/wiredesk"
syndication="$root/bench/WireDesk.Feeds.SyndicationFeedReader/bin/Release/net10.0/WireDesk.Feeds.SyndicationFeedReader"

results="$(mktemp)"
for round in $(seq "$rounds"); do
  for mode in cold warm; do
    n=1; [ "$mode" = warm ] && n="$passes"
    for format in rss atom; do
      echo "wiredesk $format $mode $("$wiredesk" parse "$dir/$format" --stats --passes "$n")" | tee -a "$results"
      echo "syndicationfeed $format $mode $("$syndication" --passes "$n" "$dir/$format")" | tee -a "$results"
      echo "feedparser $format $mode $("$python" "$root/bench/feeds/feedparser_rate.py" --passes "$n" "$dir/$format")" | tee -a "$results"
    done
  done
done

"$python" - "$results" <<'PY'
import re, sys
best = {}
for line in open(sys.argv[1]):
    side, fmt, mode = line.split()[:3]
    m = re.search(r"items (\d+), errors (\d+), bytes (\d+), seconds ([\d.]+), MB/s ([\d.]+), items/s (\d+)", line)
    items, errors, size, seconds, mbs, rate = m.groups()
    key = (side, fmt, mode)
    if key not in best or int(rate) > best[key][5]:
        best[key] = (int(items), int(errors), int(size), float(seconds), float(mbs), int(rate))
for mode in ("cold", "warm"):
    print()
    print(f"{mode}: " + ("one pass in a fresh process" if mode == "cold" else "fastest of several passes in one process"))
    print()
    print("| feeds | side | items | errors | MB | seconds | MB/s | items/s | WireDesk is |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---|")
    for fmt in ("rss", "atom"):
        ours = best[("wiredesk", fmt, mode)][5]
        for side in ("wiredesk", "syndicationfeed", "feedparser"):
            items, errors, size, seconds, mbs, rate = best[(side, fmt, mode)]
            ratio = "" if side == "wiredesk" else f"{ours / rate:.1f}x"
            print(f"| {fmt} | {side} | {items} | {errors} | {size / 1e6:.1f} | {seconds:.3f} | {mbs:.1f} | {rate} | {ratio} |")
PY
rm -f "$results"
