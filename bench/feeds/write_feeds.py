#!/usr/bin/env python3
"""Writes the feed-comparison corpus: RSS 2.0 and Atom 1.0 feeds of full-text agency items, the same every run.

    /usr/bin/python3 bench/feeds/write_feeds.py DIR [FEEDS_PER_FORMAT] [ITEMS_PER_FEED]

Defaults: 100 RSS and 100 Atom feeds of 100 items each, about 19 MB in DIR/rss and DIR/atom. Each item is shaped
like wire copy on a publisher's feed: a dateline lead and three to five paragraphs of HTML (links, emphasis, an
entity now and then), a guid, an author, categories, and RFC 822 (RSS) or ISO 8601 (Atom) dates with the offsets
agencies use; RSS carries the body in content:encoded with a plain description, Atom in escaped HTML content.
"""
import datetime
import html
import pathlib
import random
import sys

PLACES = [("New Delhi", "India", "ANI"), ("Mumbai", "India", "PTI"), ("Washington DC", "US", "ANI"),
          ("Berlin", "Germany", "dpa"), ("OSLO", "Norway", "Reuters"), ("Lyon", "France", "AFP"),
          ("Bengaluru", "India", "IANS"), ("London", "UK", "Reuters")]
WORDS = ("government said on Friday the ministry would review the proposal after talks with state officials and "
         "industry groups as prices rose for a third month while analysts expected the central bank to hold rates "
         "steady amid concerns over growth exports monsoon rainfall and the budget deficit in the coming quarter "
         "according to a statement released by the department late on Thursday").split()
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
OFFSETS = [("+0530", "+05:30"), ("+0000", "Z"), ("-0500", "-05:00"), ("+0100", "+01:00")]


def sentence(rng, words):
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def paragraphs(rng, place, country, agency, month, day):
    lead = f"{place} [{country}], {month} {day} ({agency}): {sentence(rng, 18)}"
    rest = [sentence(rng, rng.randint(10, 18)) for _ in range(rng.randint(1, 3))]
    if rng.random() < 0.5:
        rest[0] = rest[0][:-1] + f', <a href="https://www.example.org/report/{rng.randint(1, 9999)}">the report</a> said.'
    if rng.random() < 0.3:
        rest[-1] = rest[-1][:-1] + " <em>(Reuters &amp; AFP contributed)</em>."
    return [html.escape(lead)] + rest


def item_fields(rng, feed, n):
    place, country, agency = rng.choice(PLACES)
    month_index, day, hour, minute = rng.randrange(12), rng.randint(1, 28), rng.randrange(24), rng.randrange(60)
    rfc_offset, iso_offset = rng.choice(OFFSETS)
    body = "".join(f"<p>{p}</p>" for p in paragraphs(rng, place, country, agency, MONTHS[month_index], day))
    return {
        "title": sentence(rng, rng.randint(8, 13))[:-1],
        "guid": f"urn:wiredesk:bench:{feed}:{n}",
        "link": f"https://news.example.com/{feed}/{n}",
        "author": f"{agency} desk",
        "categories": rng.sample(["Politics", "Business", "World", "India", "Markets", "Weather"], 2),
        "summary": sentence(rng, 14),
        "body": body,
        "rfc822": f"{DAYS[datetime.date(2026, month_index + 1, day).weekday()]}, {day:02d} {MONTHS[month_index]} 2026 {hour:02d}:{minute:02d}:00 {rfc_offset}",
        "iso": f"2026-{month_index + 1:02d}-{day:02d}T{hour:02d}:{minute:02d}:00{iso_offset}",
    }


def rss(rng, feed, items):
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n',
           f"<title>Wire feed {feed}</title>\n<link>https://news.example.com/{feed}</link>\n<description>Agency copy</description>\n"]
    for n in range(items):
        f = item_fields(rng, feed, n)
        out.append(f"<item>\n<title>{html.escape(f['title'])}</title>\n<link>{f['link']}</link>\n"
                   f"<guid isPermaLink=\"false\">{f['guid']}</guid>\n<dc:creator>{f['author']}</dc:creator>\n"
                   + "".join(f"<category>{c}</category>\n" for c in f["categories"])
                   + f"<pubDate>{f['rfc822']}</pubDate>\n<description>{html.escape(f['summary'])}</description>\n"
                   f"<content:encoded><![CDATA[{f['body']}]]></content:encoded>\n</item>\n")
    out.append("</channel>\n</rss>\n")
    return "".join(out)


def atom(rng, feed, items):
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n',
           f"<title>Wire feed {feed}</title>\n<id>urn:wiredesk:bench:{feed}</id>\n"
           f"<link href=\"https://news.example.com/{feed}\"/>\n<updated>2026-01-09T15:55:10+05:30</updated>\n"]
    for n in range(items):
        f = item_fields(rng, feed, n)
        out.append(f"<entry>\n<title>{html.escape(f['title'])}</title>\n<id>{f['guid']}</id>\n"
                   f"<link rel=\"alternate\" href=\"{f['link']}\"/>\n<author><name>{f['author']}</name></author>\n"
                   + "".join(f"<category term=\"{c}\"/>\n" for c in f["categories"])
                   + f"<published>{f['iso']}</published>\n<updated>{f['iso']}</updated>\n"
                   f"<summary>{html.escape(f['summary'])}</summary>\n"
                   f"<content type=\"html\">{html.escape(f['body'])}</content>\n</entry>\n")
    out.append("</feed>\n")
    return "".join(out)


def main():
    folder = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/wiredesk-feeds")
    feeds = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    items = int(sys.argv[3]) if len(sys.argv) > 3 else 100
    rng = random.Random(20260109)
    total = 0
    for kind, write in (("rss", rss), ("atom", atom)):
        (folder / kind).mkdir(parents=True, exist_ok=True)
        for feed in range(feeds):
            data = write(rng, f"{kind}{feed:03d}", items).encode("utf-8")
            (folder / kind / f"{kind}{feed:03d}.xml").write_bytes(data)
            total += len(data)
    print(f"wrote {2 * feeds} feeds of {items} items, {total / 1e6:.1f} MB, in {folder}")


if __name__ == "__main__":
    main()
