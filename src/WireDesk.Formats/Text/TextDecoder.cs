using System.Text;

namespace WireDesk.Formats.Text;

/// <summary>
/// Turns delivered bytes into text and records why: BOM, then the HTTP charset, then the charset the XML or HTML
/// declares, then UTF-8 when the bytes are valid UTF-8, else windows-1252. C0 controls other than TAB, LF and CR are
/// stripped and unambiguous double-encoded UTF-8 is repaired; every recovery is a warning.
/// </summary>
public static class TextDecoder
{
    /// <param name="doc">The delivered bytes.</param>
    /// <param name="keepFraming">Keep the control-character framing of ANPA-1312 and IPTC 7901 copy for their parsers.</param>
    public static DecodedDocument Decode(SourceDocument doc, bool keepFraming = false)
    {
        var warnings = new List<string>();
        var (text, encoding) = DecodeBytes(doc, warnings);

        var (withoutControls, stripped) = ControlCharacters.Strip(text, keepFraming);
        if (stripped > 0) warnings.Add($"encoding: stripped {stripped} control character(s)");

        var (repaired, count) = DoubleEncodingRepair.Repair(withoutControls);
        if (count > 0) warnings.Add($"encoding: repaired {count} double-encoded UTF-8 sequence(s)");

        // Decoding leaves no lone surrogate (valid UTF-8 has none; every other path replaces bad input whole).
        return new DecodedDocument(doc, repaired, encoding, warnings) { ControlsStripped = !keepFraming };
    }

    private static (string Text, string Encoding) DecodeBytes(SourceDocument doc, List<string> warnings)
    {
        ReadOnlySpan<byte> bytes = doc.Bytes;
        if (Bom.Detect(bytes) is { } bom)
        {
            return bom.Encoding.CodePage == Encoding.UTF8.CodePage
                ? Utf8OrRecover(bytes[bom.Length..], "the BOM says utf-8", warnings)
                : (Read(bom.Encoding, bytes[bom.Length..], warnings), Name(bom.Encoding));
        }

        if (UnicodeSniff.Detect(bytes) is { } wide)
            return (Read(wide, bytes, warnings), Name(wide));

        foreach (var (declared, where) in Declarations(doc))
        {
            if (ResolveDeclared(declared, where, warnings) is not { } encoding) continue;
            if (encoding.CodePage == Encoding.UTF8.CodePage) return Utf8OrRecover(bytes, $"{where} declares {declared}", warnings);
            if (encoding.CodePage == UsAscii && !System.Text.Ascii.IsValid(bytes))
            {
                warnings.Add($"encoding: {where} declares {declared} but the bytes are 8-bit; read as windows-1252");
                return (Read(Encodings.Windows1252, bytes, warnings), Name(Encodings.Windows1252));
            }

            // WHATWG: ISO-8859-1 and US-ASCII labels are read as windows-1252, their superset; the name stays the declared one.
            var reader = encoding.CodePage is Latin1 or UsAscii ? Encodings.Windows1252 : encoding;
            return (Read(reader, bytes, warnings), Name(encoding));
        }

        return Utf8OrRecover(bytes, "no charset declared", warnings);
    }

    private static IEnumerable<(string Charset, string Where)> Declarations(SourceDocument doc)
    {
        if (DeclaredCharset.FromContentType(doc.ContentType) is { } http) yield return (http, "the HTTP Content-Type");
        if (DeclaredCharset.FromMarkup(doc.Bytes) is { } markup) yield return (markup, "the document");
    }

    private const int Latin1 = 28591;
    private const int UsAscii = 20127;

    /// <summary>Lower-case names with the byte order spelled out: "utf-8", "utf-16le", "utf-16be", "windows-1252".</summary>
    private static string Name(Encoding encoding) => encoding.WebName.ToLowerInvariant() switch
    {
        "utf-16" => "utf-16le",
        "utf-32" => "utf-32le",
        var name => name,
    };

    private static Encoding? ResolveDeclared(string declared, string where, List<string> warnings)
    {
        var encoding = Encodings.Lookup(declared);
        if (encoding is null)
        {
            warnings.Add($"encoding: {where} declares unknown charset '{declared}'; ignored");
            return null;
        }

        // A declaration readable as ASCII in 8-bit bytes cannot be UTF-16/32; without a BOM it is a false claim.
        if (encoding is UnicodeEncoding or UTF32Encoding && where == "the document")
        {
            warnings.Add($"encoding: {where} declares {declared} but has no BOM and reads as 8-bit; ignored");
            return null;
        }

        // GB2312 and GBK copy is read as GB18030, their superset, as browsers and feed readers do.
        return encoding.CodePage is 936 ? Encodings.Lookup("gb18030") ?? encoding : encoding;
    }

    private static (string Text, string Encoding) Utf8OrRecover(ReadOnlySpan<byte> bytes, string reason, List<string> warnings)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes)) return (Encoding.UTF8.GetString(bytes), "utf-8");

        var (text, multiByte, fallback) = Utf8WithFallback.Decode(bytes);
        if (multiByte == 0)
        {
            warnings.Add($"encoding: {reason} and the bytes are not valid UTF-8; read as windows-1252");
            return (text, Name(Encodings.Windows1252));
        }

        warnings.Add($"encoding: {reason} but {fallback} byte(s) are not valid UTF-8; those read as windows-1252");
        return (text, "utf-8");
    }

    private static string Read(Encoding encoding, ReadOnlySpan<byte> bytes, List<string> warnings)
    {
        var text = encoding.GetString(bytes);
        var replaced = text.Count(c => c == '\uFFFD');
        if (replaced > 0) warnings.Add($"encoding: {replaced} byte sequence(s) invalid in {encoding.WebName} replaced with U+FFFD");
        return text;
    }
}
