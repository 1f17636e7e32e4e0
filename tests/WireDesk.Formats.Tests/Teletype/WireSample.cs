using System.Text;
using WireDesk.Formats.Text;
using WireDesk.Tests;

namespace WireDesk.Formats.Tests.Teletype;

/// <summary>
/// Our ANPA-1312 and IPTC 7901 samples: readable escapes (&lt;SOH&gt;, &lt;STX&gt; ...) turned into the control
/// characters, LF turned into CR LF, encoded as UTF-8 or (for *.latin1.txt) ISO-8859-1, then decoded by the real
/// TextDecoder with the framing kept, as StoryReader does for copy that starts with wire framing.
/// </summary>
internal static class WireSample
{
    private static readonly (string Escape, string Char)[] Escapes =
    [
        ("<SYN>", "\u0016"), ("<SOH>", "\u0001"), ("<STX>", "\u0002"), ("<ETX>", "\u0003"), ("<EOT>", "\u0004"), ("<TAB>", "\t"),
    ];

    public static string Unescape(string escaped)
    {
        var text = escaped.ReplaceLineEndings("\n").Replace("\n", "\r\n");
        foreach (var (escape, c) in Escapes) text = text.Replace(escape, c);
        return text;
    }

    public static byte[] Bytes(string escaped, bool latin1 = false) =>
        (latin1 ? Encoding.Latin1 : Encoding.UTF8).GetBytes(Unescape(escaped));

    public static byte[] Load(string folder, string file)
    {
        var path = Path.Combine(Requires.RepoRoot, "tests", "WireDesk.Formats.Tests", "Samples", folder, file);
        return Bytes(File.ReadAllText(path), file.EndsWith(".latin1.txt", StringComparison.Ordinal));
    }

    public static DecodedDocument Decode(byte[] bytes, string name, bool keepFraming = true) =>
        TextDecoder.Decode(new SourceDocument(bytes, null, name), keepFraming);
}
