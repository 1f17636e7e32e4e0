#!/usr/bin/env python3
"""Python feedparser on the syndication benchmark feeds, for comparison with SyndicationBenchmarks.

    dotnet run -c Release --project bench/WireDesk.Formats.Benchmarks -- write-feeds /tmp/wiredesk-feeds
    python3 bench/feedparser/feedparser_bench.py /tmp/wiredesk-feeds

Needs feedparser (Debian: apt-get install python3-feedparser). Prints the median CPU time of one parse of each
feed; CPU time, not wall time, so that other work on a shared machine does not count.
"""
import pathlib
import statistics
import sys
import time

import feedparser


def median_cpu_ms(data: bytes, rounds: int) -> float:
    samples = []
    for _ in range(rounds):
        start = time.process_time()
        result = feedparser.parse(data)
        samples.append((time.process_time() - start) * 1000)
        assert len(result.entries) == 50 and not result.bozo, result.get("bozo_exception")
    return statistics.median(samples)


def main() -> None:
    folder = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/wiredesk-feeds")
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 30
    print(f"feedparser {feedparser.__version__}, median CPU time of {rounds} parses")
    for name in ("bench.rss", "bench.atom"):
        data = (folder / name).read_bytes()
        print(f"  {name} ({len(data) // 1024} KB, 50 entries): {median_cpu_ms(data, rounds):.1f} ms")


if __name__ == "__main__":
    main()
