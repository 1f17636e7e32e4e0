using System.Globalization;
using System.Text;

namespace WireDesk.Transports.Bench;

/// <summary>
/// Made-up copy, different for every number, in five of the formats agencies send: plain text, ninjs, NewsML-G2,
/// NITF and ANPA-1312. Each story is a dateline lead and five more paragraphs, about 1.5 KB of text, as wire copy is.
/// </summary>
public static class Copy
{
    public static readonly string[] Extensions = [".txt", ".json", ".xml", ".nitf.xml", ".anpa"];

    /// <summary>Story <paramref name="i"/> in format <c>i % 5</c>, the order of <see cref="Extensions"/>.</summary>
    public static string Any(int i) => (i % 5) switch
    {
        0 => PlainText(i),
        1 => Ninjs(i),
        2 => NewsMlG2(i),
        3 => Nitf(i),
        _ => Anpa(i),
    };

    public static string PlainText(int i) => $"""
        {Headline(i)}

        Bhubaneswar (Odisha) [India], January 9 (ANI): {Lead(i)}

        {string.Join("\n\n", Paragraphs(i))}
        """;

    public static string Ninjs(int i) => Inv($$"""
        {"uri":"urn:bench:ninjs:{{i}}","version":"1","versioncreated":"2026-01-09T10:{{i % 60:00}}:00+05:30","headline":"{{Headline(i)}}","body_text":"Mumbai, Jan 9 (PTI) {{Lead(i)}}\n\n{{string.Join("\\n\\n", Paragraphs(i))}}","language":"en"}
        """);

    public static string NewsMlG2(int i) => Inv($"""
        <?xml version="1.0" encoding="UTF-8"?>
        <newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:newsml:bench.example:{i}" version="1" standard="NewsML-G2" standardversion="2.35" xml:lang="en">
          <itemMeta>
            <itemClass qcode="ninat:text"/>
            <provider literal="Reuters"/>
            <versionCreated>2026-01-09T10:{i % 60:00}:00Z</versionCreated>
            <pubStatus qcode="stat:usable"/>
          </itemMeta>
          <contentMeta>
            <urgency>4</urgency>
            <located qcode="geo:2643743"><name>London</name></located>
            <language tag="en"/>
            <subject type="cpnat:abstract" qcode="medtop:04000000"><name>economy, business and finance</name></subject>
            <slugline>BENCH-{i}</slugline>
            <headline>{Headline(i)}</headline>
            <by>Reuters</by>
          </contentMeta>
          <contentSet>
            <inlineXML contenttype="application/xhtml+xml">
              <html xmlns="http://www.w3.org/1999/xhtml"><body>
                <p>LONDON, Jan 9 (Reuters) - {Lead(i)}</p>
                {string.Concat(Paragraphs(i).Select(p => $"<p>{p}</p>\n        "))}
              </body></html>
            </inlineXML>
          </contentSet>
        </newsItem>
        """);

    public static string Nitf(int i) => Inv($"""
        <?xml version="1.0" encoding="UTF-8"?>
        <nitf>
          <head>
            <docdata>
              <doc-id id-string="bench-nitf-{i}"/>
              <urgency ed-urg="4"/>
              <date.issue norm="20260109T10{i % 60:00}00+0100"/>
              <du-key version="1"/>
            </docdata>
          </head>
          <body>
            <body.head>
              <hedline><hl1>{Headline(i)}</hl1></hedline>
              <byline>dpa</byline>
              <dateline>BERLIN, Jan 9</dateline>
            </body.head>
            <body.content>
              <p>BERLIN, Jan 9 (dpa) - {Lead(i)}</p>
              {string.Concat(Paragraphs(i).Select(p => $"<p>{p}</p>\n      "))}
            </body.content>
          </body>
        </nitf>
        """);

    public static string Anpa(int i)
    {
        var body = new StringBuilder();
        body.Append(Inv($"   WASHINGTON (AP) _ {Lead(i)}\n"));
        foreach (var paragraph in Paragraphs(i)) body.Append("   ").Append(paragraph).Append('\n');
        var slug = Inv($"BC-US-Bench-{i}");
        return Inv($"\u0016\u0016\u0001a{i % 10000:0000}  r a {slug},0250\n\u0002^{slug},0250<\n^{Headline(i)}<\n{body}   END\n\nAP-NY-01-09-26 1555EST<\n\u0003\u0004");
    }

    private static string Headline(int i) => Inv($"Dispatch {i}: {Words(i * 3, 6)}");

    private static string Lead(int i) =>
        Inv($"Dispatch {i} was filed at {i % 24:00}:{i % 60:00} hours, officials said on Friday, giving reference {i * 7919 % 100000} for the record.");

    private static IEnumerable<string> Paragraphs(int i) => Enumerable.Range(1, 5).Select(k => Inv(
        $"The {Words(i * 7 + k, 9)} of {Words(i * 11 + k, 6)}, said {Words(i * 13 + k, 3)}, while the {Words(i * 17 + k, 8)} stood at {(i * 31 + k) % 9000}."));

    // Stories of one day differ in their words, not only in their numbers: a vocabulary of a few thousand made-up
    // words keeps one story's copy as unlike the next one's as real wire copy is.
    private static readonly string[] Syllables =
    [
        "ka", "ra", "mi", "to", "sen", "lo", "va", "dur", "pe", "ni", "sha", "gor", "tel", "bu", "an", "ri", "mo", "dex",
        "pa", "lin", "so", "ver", "cha", "nu", "tam", "ge", "rol", "fi", "zan", "ho", "bel", "qui", "ma", "dor", "sti", "ul",
        "ven", "ko", "pra", "ez", "lum", "ta", "gri", "on", "sel", "wa", "jo", "ber",
    ];

    private static readonly string[] Vocabulary = [.. (
        from a in Syllables
        from b in Syllables
        from c in new[] { "", "n", "s", "ta", "ro" }
        select a + b + c).Take(6000)];

    private static string Words(int seed, int count) =>
        string.Join(' ', Enumerable.Range(0, count).Select(k => Vocabulary[(int)(Mix((uint)seed, (uint)k) % (uint)Vocabulary.Length)]));

    // A cheap integer hash, so that word runs differ between stories (the duplicate index must not see them as copies).
    private static uint Mix(uint seed, uint k)
    {
        var x = seed * 0x9E3779B1u ^ (k + 1) * 0x85EBCA77u;
        x ^= x >> 15;
        x *= 0xC2B2AE3Du;
        return x ^ (x >> 13);
    }

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
