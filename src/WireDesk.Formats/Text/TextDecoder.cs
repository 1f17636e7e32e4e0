using System.Text;

namespace WireDesk.Formats.Text;

/// <summary>
/// Turns delivered bytes into text and records why: BOM, then the HTTP charset, then the charset the XML or HTML
/// declares, then UTF-8 when the bytes are valid UTF-8, else windows-1252. C0 controls other than TAB, LF and CR are
/// stripped and unambiguous double-encoded UTF-8 is repaired; every recovery is a warning.
/// </summary>
public static class TextDecoder
{
    public static DecodedDocument Decode(SourceDocument doc)
    {
        var warnings = new List<string>();
        var (text, encoding) = DecodeBytes(doc, warnings);

        var (withoutControls, stripped) = ControlCharacters.Strip(text);
        if (stripped > 0) warnings.Add($"encoding: stripped {stripped} control character(s)");

        var (repaired, count) = DoubleEncodingRepair.Repair(withoutControls);
        if (count > 0) warnings.Add($"encoding: repaired {count} double-encoded UTF-8 sequence(s)");

        return new DecodedDocument(doc, repaired, encoding, warnings);
    }

    private static (string Text, string Encoding) DecodeBytes(SourceDocument doc, List<string> warnings)
    {
        ReadOnlySpan<byte> bytes = doc.Bytes;
        if (Bom.Detect(bytes) is { } bom)
            return (Read(bom.Encoding, bytes[bom.Length..], warnings), bom.Encoding.WebName);

        if (Utf16Sniff.Detect(bytes) is { } utf16)
            return (Read(utf16, bytes, warnings), utf16.WebName);

        foreach (var (declared, where) in Declarations(doc))
        {
            if (ResolveDeclared(declared, where, bytes, warnings) is not { } encoding) continue;
            if (encoding.CodePage == Encoding.UTF8.CodePage) return Utf8OrRecover(bytes, $"{where} declares {declared}", warnings);
            return (Read(encoding, bytes, warnings), encoding.WebName);
        }

        return Utf8OrRecover(bytes, "no charset declared", warnings);
    }

    private static IEnumerable<(string Charset, string Where)> Declarations(SourceDocument doc)
    {
        if (DeclaredCharset.FromContentType(doc.ContentType) is { } http) yield return (http, "the HTTP Content-Type");
        if (DeclaredCharset.FromMarkup(doc.Bytes) is { } markup) yield return (markup, "the document");
    }

    private static Encoding? ResolveDeclared(string declared, string where, ReadOnlySpan<byte> bytes, List<string> warnings)
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

        // WHATWG: ISO-8859-1 and US-ASCII labels mean windows-1252, its superset, on the web.
        if (encoding.CodePage is 28591 or 20127) return Encodings.Windows1252;
        return encoding;
    }

    private static (string Text, string Encoding) Utf8OrRecover(ReadOnlySpan<byte> bytes, string reason, List<string> warnings)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes)) return (Encoding.UTF8.GetString(bytes), "utf-8");

        var (text, multiByte, fallback) = Utf8WithFallback.Decode(bytes);
        if (multiByte == 0)
        {
            warnings.Add($"encoding: {reason} and the bytes are not valid UTF-8; read as windows-1252");
            return (text, Encodings.Windows1252.WebName);
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
