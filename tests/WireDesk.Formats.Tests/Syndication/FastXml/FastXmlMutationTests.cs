using System.Text;

namespace WireDesk.Formats.Tests.Syndication.FastXml;

/// <summary>
/// Thousands of damaged feeds: truncated, characters flipped, markup pieces inserted, ranges dropped or
/// repeated, deep nesting, huge attributes. The fast reader may give up on any of them; it must never throw
/// anything else, and whenever it reads one to the end it must have read it exactly as the standard reader.
/// </summary>
public sealed class FastXmlMutationTests(ITestOutputHelper output)
{
    private static readonly string[] Pieces =
    [
        "<", ">", "&", "]]>", "\"", "'", "/", "=", ":", " ", "\r", "\n", "\r\n", "\t", "#", ";", "!", "?", "-", "x", "]",
        "&amp;", "&lt;", "&#x1F600;", "&#0;", "&#65;", "&#xD800;", "&nbsp;", "<!--", "-->", "<!-- c -->", "<![CDATA[", "<![CDATA[x]]>",
        "<?pi x?>", "<?xml version=\"1.0\"?>", "<!DOCTYPE a>", " xmlns:p=\"\"", " xmlns=\"urn:x\"", " xmlns:q=\"urn:q\"", " q:a=\"1\"",
        " xml:lang=\"de\"", " xml:space=\"preserve\"", " xml:base=\"b/\"", " a=\"1\"", " a='1'", "</a>", "<a>", "<a/>", "<p:x/>", "<q:x/>",
        "\u0001", "\uD800", "\uDC00", "\uFFFF", "\uFEFF", "é", "·", "😀", "\u0300", " />", "</", "<//>", "<a b=\"<\"/>",
    ];

    [Fact]
    public void Random_mutations_of_the_samples_never_throw_anything_but_unsupported_and_read_alike_when_accepted()
    {
        var seeds = new List<(string Name, string Text)>(FastXmlDocuments.Samples())
        {
            ("generated rss", FastXmlDocuments.Rss(items: 4)),
            ("generated atom", FastXmlDocuments.Atom(entries: 4)),
            ("namespaces", "<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xmlns:p=\"urn:p\" xml:lang=\"en\">\r\n" +
                "<entry xml:lang=\"fr\"><p:x a=\"1\" p:b=\"&#10;2\">t&amp;<![CDATA[c]]><!--c-->u</p:x><q xmlns=\"\" xmlns:q=\"urn:q\"><q:y/></q></entry>\n</feed>\n"),
        };

        var random = new Random(20260109);
        int runs = 0, accepted = 0;
        foreach (var (name, text) in seeds)
            for (var i = 0; i < 700; i++)
            {
                var mutated = Mutate(text, random);
                var skipSeed = i % 3 == 0 ? i : (int?)null;
                LockstepOutcome outcome;
                try
                {
                    outcome = FastXmlLockstep.Compare(mutated, skipSeed);
                }
                catch (Exception ex)
                {
                    throw new InvalidOperationException($"mutation {i} of {name}: {ex.GetType().Name}: {ex.Message}", ex);
                }

                runs++;
                if (outcome.Accepted) accepted++;
            }

        output.WriteLine($"{runs} mutated documents; the fast reader read {accepted} to the end, alike; gave up on the rest");
        Assert.True(accepted > runs / 20, "almost every mutation was refused; the mutations test nothing");
    }

    private static string Mutate(string text, Random random)
    {
        var mutations = 1 + random.Next(3);
        for (var m = 0; m < mutations && text.Length > 0; m++)
        {
            var at = random.Next(text.Length + 1);
            text = random.Next(9) switch
            {
                0 => text[..at],
                1 when at < text.Length => text[..at] + Pieces[random.Next(Pieces.Length)][0] + text[(at + 1)..],
                2 => text.Insert(at, Pieces[random.Next(Pieces.Length)]),
                3 => Delete(text, at, random),
                4 => Repeat(text, at, random),
                5 => Nest(text, random),
                6 => HugeAttribute(text, random),
                7 when at < text.Length => text[..at] + (char)random.Next(0x10000) + text[(at + 1)..],
                _ => text.Insert(at, Pieces[random.Next(Pieces.Length)] + Pieces[random.Next(Pieces.Length)]),
            };
        }

        return text;
    }

    private static string Delete(string text, int at, Random random) =>
        text.Remove(Math.Min(at, text.Length), Math.Min(random.Next(1, 40), text.Length - Math.Min(at, text.Length)));

    private static string Repeat(string text, int at, Random random)
    {
        var start = random.Next(text.Length);
        var count = Math.Min(random.Next(1, 200), text.Length - start);
        return text.Insert(at, text.Substring(start, count));
    }

    // Deep nesting inside the root element (after its start tag), so the document stays well-formed.
    private static string Nest(string text, Random random)
    {
        var close = text.IndexOf('>', text.IndexOf("<", text.StartsWith("<?xml", StringComparison.Ordinal) ? 2 : 0, StringComparison.Ordinal) + 1);
        if (close < 0) return text;
        var depth = random.Next(100, 3000);
        var open = new StringBuilder();
        for (var i = 0; i < depth; i++) open.Append("<n i=\"").Append(i).Append("\">");
        for (var i = 0; i < depth; i++) open.Append("</n>");
        return text.Insert(close + 1, open.ToString());
    }

    private static string HugeAttribute(string text, Random random)
    {
        var tag = text.IndexOf("<", random.Next(text.Length), StringComparison.Ordinal);
        if (tag < 0 || tag + 1 >= text.Length || !char.IsLetter(text[tag + 1])) return text;
        var nameEnd = tag + 1;
        while (nameEnd < text.Length && (char.IsLetterOrDigit(text[nameEnd]) || text[nameEnd] is ':' or '-' or '_' or '.')) nameEnd++;
        var value = string.Concat(Enumerable.Repeat("a&amp;b&#10;\r\n\tc ", random.Next(100, 5000)));
        return text.Insert(nameEnd, $" huge=\"{value}\"");
    }
}
