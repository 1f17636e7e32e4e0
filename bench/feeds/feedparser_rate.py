#!/usr/bin/env python3
"""Python feedparser's own parse rate over files and folders, printed as `wiredesk parse --stats` prints it.

    /usr/bin/python3 bench/feeds/feedparser_rate.py [--passes N] FILE-OR-DIR...

One pass by default, files read inside the clock, as the other two sides measure; with --passes N, N passes in one
process and the fastest reported, as `wiredesk parse --stats --passes N` does. Uses Debian's python3-feedparser (6.x):
run it with /usr/bin/python3, not another Python on the PATH.
"""
import pathlib
import sys
import time

import feedparser


def files(paths):
    for path in map(pathlib.Path, paths):
        yield from sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]


def one_pass(paths):
    count = items = errors = size = 0
    start = time.perf_counter()
    for path in files(paths):
        data = path.read_bytes()
        count += 1
        size += len(data)
        result = feedparser.parse(data)
        items += len(result.entries)
        errors += 1 if result.bozo else 0
    return count, items, errors, size, time.perf_counter() - start


def main():
    args = sys.argv[1:]
    passes = 1
    if args[:1] == ["--passes"]:
        passes, args = int(args[1]), args[2:]
    count, items, errors, size, seconds = min((one_pass(args) for _ in range(passes)), key=lambda r: r[4])
    fastest = f", fastest of {passes} passes" if passes > 1 else ""
    print(f"files {count}, items {items}, errors {errors}, bytes {size}, seconds {seconds:.3f}, "
          f"MB/s {size / 1e6 / max(seconds, 1e-9):.1f}, items/s {items / max(seconds, 1e-9):.0f}{fastest} "
          f"(feedparser {feedparser.__version__})")


if __name__ == "__main__":
    main()
