using System.Text;

namespace WireDesk.Formats.Fuzz;

/// <summary>
/// Turns a sample into hostile variants, reproducibly from one seeded <see cref="Random"/>: truncation, byte flips,
/// cut and repeated ranges, junk bytes, deep nesting, huge attributes and text, entity bombs and external entities,
/// lying encoding declarations. Used by the fuzz console and, through it, by the robustness test.
/// </summary>
public sealed class SampleMutator(Random random)
{
    private static readonly string[] Kinds =
    [
        "truncate", "flip", "flip", "delete", "duplicate", "junk", "nest-xml", "nest-json", "nest-html",
        "huge-attribute", "huge-text", "entity-bomb", "external-entity", "encoding", "repeat", "truncate-and-flip",
    ];

    public (string Kind, byte[] Bytes) Mutate(byte[] sample)
    {
        var kind = Kinds[random.Next(Kinds.Length)];
        return (kind, Apply(kind, sample));
    }

    public byte[] Apply(string kind, byte[] sample) => kind switch
    {
        "truncate" => sample[..random.Next(sample.Length + 1)],
        "flip" => Flip(sample, random.Next(1, 17)),
        "delete" => Delete(sample),
        "duplicate" => Duplicate(sample),
        "junk" => Insert(sample, random.Next(sample.Length + 1), Junk()),
        "nest-xml" => InsertAfter(sample, (byte)'>', Nested("<b>", "</b>", Depth())),
        "nest-json" => InsertAfter(sample, (byte)':', Nested("{\"a\":[", "]}", Depth(), "1")),
        "nest-html" => InsertAfter(sample, (byte)'>', Nested("&lt;i&gt;", "&lt;/i&gt;", Depth())),
        "huge-attribute" => InsertAttribute(sample, " huge=\"" + new string('A', random.Next(1, 1 << 20)) + "\""),
        "huge-text" => InsertAfter(sample, (byte)'>', Encoding.UTF8.GetBytes(new string('x', random.Next(1, 2 << 20)))),
        "entity-bomb" => EntityBomb(sample),
        "external-entity" => WithDoctype(sample, "<!DOCTYPE r [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>", "&xxe;"),
        "encoding" => Replace(sample, "UTF-8", random.Next(3) switch { 0 => "UTF-16", 1 => "ISO-8859-1", _ => "x-bogus" }),
        "repeat" => Enumerable.Repeat(sample, random.Next(2, 5)).SelectMany(b => b).ToArray(),
        _ => Flip(sample[..random.Next(sample.Length + 1)], 3),
    };

    private int Depth() => random.Next(2) == 0 ? random.Next(100, 1_000) : random.Next(10_000, 50_000);

    private byte[] Flip(byte[] sample, int count)
    {
        var copy = (byte[])sample.Clone();
        for (var i = 0; i < count && copy.Length > 0; i++) copy[random.Next(copy.Length)] = (byte)random.Next(256);
        return copy;
    }

    private byte[] Delete(byte[] sample)
    {
        if (sample.Length == 0) return sample;
        var start = random.Next(sample.Length);
        var length = random.Next(1, Math.Min(512, sample.Length - start) + 1);
        return [.. sample.AsSpan(0, start), .. sample.AsSpan(start + length)];
    }

    private byte[] Duplicate(byte[] sample)
    {
        if (sample.Length == 0) return sample;
        var start = random.Next(sample.Length);
        var length = random.Next(1, Math.Min(512, sample.Length - start) + 1);
        return Insert(sample, random.Next(sample.Length + 1), sample.AsSpan(start, length).ToArray());
    }

    private byte[] Junk()
    {
        byte[][] pieces = [[0], [0xFF, 0xFE], [0xC3, 0x28], [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0x1B], [0x7F], [0xEF, 0xBB, 0xBF], [0x0D], [0x85]];
        return Enumerable.Range(0, random.Next(1, 8)).SelectMany(_ => pieces[random.Next(pieces.Length)]).ToArray();
    }

    private static byte[] Nested(string open, string close, int depth, string inner = "x")
    {
        var text = new StringBuilder(depth * (open.Length + close.Length) + inner.Length);
        for (var i = 0; i < depth; i++) text.Append(open);
        text.Append(inner);
        for (var i = 0; i < depth; i++) text.Append(close);
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    // A random occurrence of the marker, so that the insertion lands inside the markup (between tags, after a key).
    private byte[] InsertAfter(byte[] sample, byte marker, byte[] insertion)
    {
        var positions = Positions(sample, marker);
        var at = positions.Count == 0 ? random.Next(sample.Length + 1) : positions[random.Next(positions.Count)] + 1;
        return Insert(sample, at, insertion);
    }

    private byte[] InsertAttribute(byte[] sample, string attribute)
    {
        var starts = Positions(sample, (byte)'<').Where(i => i + 1 < sample.Length && char.IsAsciiLetter((char)sample[i + 1])).ToList();
        if (starts.Count == 0) return Insert(sample, random.Next(sample.Length + 1), Encoding.UTF8.GetBytes(attribute));
        var at = starts[random.Next(starts.Count)] + 1;
        while (at < sample.Length && (char.IsAsciiLetterOrDigit((char)sample[at]) || sample[at] is (byte)':' or (byte)'.' or (byte)'-')) at++;
        return Insert(sample, at, Encoding.UTF8.GetBytes(attribute));
    }

    private byte[] EntityBomb(byte[] sample)
    {
        var doctype = new StringBuilder("<!DOCTYPE r [<!ENTITY lol0 \"lol\">");
        for (var i = 1; i <= 9; i++)
            doctype.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">");
        doctype.Append("]>");
        return WithDoctype(sample, doctype.ToString(), "&lol9;");
    }

    // The DOCTYPE after any XML declaration, the reference after a random '>'.
    private byte[] WithDoctype(byte[] sample, string doctype, string reference)
    {
        var withReference = InsertAfter(sample, (byte)'>', Encoding.UTF8.GetBytes(reference));
        var declarationEnd = Encoding.UTF8.GetString(withReference).StartsWith("<?xml", StringComparison.Ordinal)
            ? Array.IndexOf(withReference, (byte)'>') + 1
            : 0;
        return Insert(withReference, declarationEnd, Encoding.UTF8.GetBytes(doctype));
    }

    private static byte[] Replace(byte[] sample, string from, string to) =>
        Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(sample).Replace(from, to, StringComparison.OrdinalIgnoreCase));

    private static byte[] Insert(byte[] sample, int at, ReadOnlySpan<byte> insertion) =>
        [.. sample.AsSpan(0, at), .. insertion, .. sample.AsSpan(at)];

    private static List<int> Positions(byte[] sample, byte marker)
    {
        var positions = new List<int>();
        for (var i = 0; i < sample.Length; i++)
            if (sample[i] == marker) positions.Add(i);
        return positions;
    }
}
