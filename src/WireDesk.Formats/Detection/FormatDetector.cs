using System.Xml;

namespace WireDesk.Formats.Detection;

/// <summary>
/// Recognises a format by content, never by file name: the control-character framing of wire copy, the root
/// element of XML, the shape of JSON, or plain text. Says "unknown" with a reason rather than guess.
/// </summary>
public static class FormatDetector
{
    private const char Soh = '\u0001', Syn = '\u0016', Stx = '\u0002';

    public static Detection Detect(string text)
    {
        var start = SkipWhitespace(text, 0);
        if (start == text.Length) return Detection.Unknown("the document is empty");
        var first = text[start];
        if (first is Syn or Soh or Stx) return DetectWire(text, start);
        if (first == '<') return DetectXml(text, start);
        if (first is '{' or '[') return DetectJson(text);
        return new Detection(FormatNames.PlainText, "plain text");
    }

    private static Detection DetectWire(string text, int start)
    {
        // IPTC 7901 headers start with a source id and a message number; ANPA-1312 with SYN SYN SOH and a
        // service level letter and a 4-digit selector ("a0123 ..."), see the parsers for the full shapes.
        var header = text.AsSpan(start).TrimStart([Syn, Soh, '\r', '\n', ' ']);
        if (header.Length > 5 && char.IsAsciiLetter(header[0]) && char.IsAsciiDigit(header[1]) && char.IsAsciiDigit(header[2])
            && char.IsAsciiDigit(header[3]) && char.IsAsciiDigit(header[4]))
            return new Detection(FormatNames.Anpa, "control-character framing with an ANPA-1312 header");
        return new Detection(FormatNames.Iptc7901, "control-character framing without an ANPA-1312 header");
    }

    // Each JSON format's own sniffer decides, so detection and the parsers agree on what they read.
    private static Detection DetectJson(string text)
    {
        if (Syndication.SyndicationSniffer.Sniff(text) == Syndication.SyndicationFormats.JsonFeed)
            return new Detection(FormatNames.JsonFeed, "JSON with a jsonfeed.org version");
        if (Ninjs.NinjsSniffer.Looks(text))
            return new Detection(FormatNames.Ninjs, "JSON shaped like ninjs");
        return Detection.Unknown("JSON that is neither ninjs nor JSON Feed");
    }

    private static Detection DetectXml(string text, int start)
    {
        var root = RootElement(text, start);
        if (root is null) return Detection.Unknown("XML without a readable root element");
        var (name, ns) = root.Value;
        return name switch
        {
            "newsMessage" or "newsItem" or "packageItem" => new Detection(FormatNames.NewsMlG2, $"XML root {name}"),
            "nitf" => new Detection(FormatNames.Nitf, "XML root nitf"),
            "NewsML" => new Detection(FormatNames.NewsMl1, "XML root NewsML"),
            "rss" => new Detection(FormatNames.Rss, "XML root rss"),
            "RDF" => new Detection(FormatNames.Rdf, "XML root rdf:RDF"),
            "feed" => new Detection(FormatNames.Atom, "XML root feed"),
            "channel" when ns.Contains("purl.org/rss/1.0", StringComparison.Ordinal) => new Detection(FormatNames.Rdf, "XML root RSS 1.0 channel"),
            _ => Detection.Unknown($"XML root element <{name}> is not an agency format WireDesk reads"),
        };
    }

    private static (string Name, string Namespace)? RootElement(string text, int start)
    {
        if (PlainRoot(text, start) is { } plain) return (plain, "");
        try
        {
            var settings = new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Ignore,
                XmlResolver = null,
                MaxCharactersFromEntities = 0,
                CheckCharacters = false,
                ConformanceLevel = ConformanceLevel.Document,
            };
            using var reader = XmlReader.Create(new Syndication.StringTailReader(text, start, start + 65536), settings);
            while (reader.Read())
                if (reader.NodeType == XmlNodeType.Element) return (reader.LocalName, reader.NamespaceURI);
        }
        catch (XmlException)
        {
            // A document cut at 64 KiB or with entities still has its root element read before the error.
        }
        return FallbackRoot(text, start);
    }

    /// <summary>
    /// The root's local name when the document is an XML declaration (or nothing) and then the start tag of a root
    /// that names its format by itself: what the reader below would say, without setting one up for every document.
    /// Anything else (a DOCTYPE, a comment, another root) is left to the reader.
    /// </summary>
    private static string? PlainRoot(string text, int start)
    {
        var at = start;
        if (text.AsSpan(at).StartsWith("<?xml", StringComparison.Ordinal))
        {
            var end = text.IndexOf("?>", at, StringComparison.Ordinal);
            if (end < 0) return null;
            at = SkipWhitespace(text, end + 2);
        }

        if (at + 1 >= text.Length || text[at] != '<' || !char.IsAsciiLetter(text[at + 1])) return null;
        var nameEnd = at + 1;
        while (nameEnd < text.Length && (char.IsAsciiLetterOrDigit(text[nameEnd]) || text[nameEnd] is ':' or '-' or '_' or '.')) nameEnd++;
        if (nameEnd >= text.Length || !(char.IsWhiteSpace(text[nameEnd]) || text[nameEnd] is '>' or '/')) return null;
        var name = text.AsSpan(at + 1, nameEnd - at - 1);
        var local = name[(name.IndexOf(':') + 1)..];
        return local switch
        {
            "newsMessage" => "newsMessage", "newsItem" => "newsItem", "packageItem" => "packageItem", "nitf" => "nitf",
            "NewsML" => "NewsML", "rss" => "rss", "RDF" => "RDF", "feed" => "feed",
            _ => null,
        };
    }

    // For XML too broken for XmlReader to reach the root element: the first tag that is not a declaration.
    private static (string, string)? FallbackRoot(string text, int start)
    {
        for (var i = text.IndexOf('<', start); i >= 0 && i < text.Length - 1; i = text.IndexOf('<', i + 1))
        {
            var c = text[i + 1];
            if (c is '?' or '!') continue;
            var end = i + 1;
            while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is ':' or '-' or '_' or '.')) end++;
            var name = text[(i + 1)..end];
            var colon = name.IndexOf(':');
            return name.Length == 0 ? null : (colon >= 0 ? name[(colon + 1)..] : name, "");
        }
        return null;
    }

    private static int SkipWhitespace(string text, int i)
    {
        while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] == '\uFEFF')) i++;
        return i;
    }
}
