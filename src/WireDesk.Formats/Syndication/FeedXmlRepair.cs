using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace WireDesk.Formats.Syndication;

/// <summary>
/// Prepares feed XML for a DTD-less, resolver-less reader, in one pass and without copying when nothing needs
/// doing. The DOCTYPE is blanked out (positions are kept); simple internal entities it declares are expanded
/// here within a budget, nothing external is ever fetched. Undeclared HTML entities (<c>&amp;nbsp;</c>) become
/// numeric references, other unknown entities and bare ampersands are escaped — outside CDATA sections,
/// comments and processing instructions, whose text is literal. References to C1 controls (<c>&amp;#146;</c>, a
/// windows-1252 habit) become the characters meant. Every change that the XML itself did not
/// allow is reported as a "bozo: ..." recovery. Private to Syndication until folded into <c>Xml/SafeXml</c>.
/// </summary>
internal static partial class FeedXmlRepair
{
    private const int MaxNestedExpansion = 8;

    public static RepairedXml Prepare(string text, int expansionBudget)
    {
        var edits = new List<Edit>();
        var recoveries = new List<string>();
        var prolog = Prolog.Read(text);

        if (prolog.MisplacedDeclaration is { } declaration)
        {
            edits.Add(Edit.Blank(text, declaration.Start, declaration.Length));
            recoveries.Add("bozo: the XML declaration is not at the start of the document");
        }

        var entities = new Dictionary<string, string>(StringComparer.Ordinal);
        var externalDeclarations = false;
        if (prolog.Doctype is { } doctype)
        {
            edits.Add(Edit.Blank(text, doctype.Start, doctype.Length));
            externalDeclarations = ReadDeclarations(text.AsSpan(doctype.Start, doctype.Length), entities);
        }

        var references = new ReferenceFixer(text, entities, externalDeclarations, expansionBudget);
        references.Run(prolog.Doctype is { } d ? d.Start + d.Length : 0, edits);
        recoveries.AddRange(references.Recoveries);

        return new RepairedXml(edits.Count == 0 ? text : Apply(text, edits), recoveries, references.Warnings);
    }

    /// <summary>Reads general entity declarations; true when the DOCTYPE pulls declarations from outside.</summary>
    private static bool ReadDeclarations(ReadOnlySpan<char> doctype, Dictionary<string, string> entities)
    {
        var source = doctype.ToString();
        foreach (Match match in InternalEntity().Matches(source))
            entities.TryAdd(match.Groups["name"].Value, match.Groups["dq"].Success ? match.Groups["dq"].Value : match.Groups["sq"].Value);
        return ExternalDeclarations().IsMatch(source);
    }

    private static string Apply(string text, List<Edit> edits)
    {
        edits.Sort((a, b) => a.Start.CompareTo(b.Start));
        var result = new StringBuilder(text.Length + 64);
        var copied = 0;
        foreach (var edit in edits)
        {
            if (edit.Start < copied) continue;
            result.Append(text, copied, edit.Start - copied).Append(edit.Replacement);
            copied = edit.Start + edit.Length;
        }

        return result.Append(text, copied, text.Length - copied).ToString();
    }

    [GeneratedRegex("""<!ENTITY\s+(?<name>[A-Za-z_][\w.:-]*)\s+(?:"(?<dq>[^"]*)"|'(?<sq>[^']*)')\s*>""")]
    private static partial Regex InternalEntity();

    // An external DTD subset (<!DOCTYPE x SYSTEM/PUBLIC ...>) or an external parameter entity brought in with %name;.
    [GeneratedRegex(@"^<!DOCTYPE\s+[^\s\[>]+\s+(?:SYSTEM|PUBLIC)\b|<!ENTITY\s+%\s*\S+\s+(?:SYSTEM|PUBLIC)\b")]
    private static partial Regex ExternalDeclarations();

    internal readonly record struct Edit(int Start, int Length, string Replacement)
    {
        /// <summary>Replaces a span with spaces, keeping its line breaks so reader positions stay true.</summary>
        public static Edit Blank(string text, int start, int length)
        {
            var blank = string.Create(length, (text, start), static (span, state) =>
            {
                for (var i = 0; i < span.Length; i++)
                {
                    var c = state.text[state.start + i];
                    span[i] = c is '\n' or '\r' ? c : ' ';
                }
            });
            return new Edit(start, length, blank);
        }
    }

    private sealed class ReferenceFixer(string text, Dictionary<string, string> entities, bool externalDeclarations, int budget)
    {
        private readonly LiteralSections literal = new(text);
        private int remainingBudget = budget;
        private int htmlEntities;
        private string? firstHtmlEntity;
        private int unknownEntities;
        private string? firstUnknownEntity;
        private int bareAmpersands;
        private bool budgetExceeded;
        private int c1References;

        public List<string> Recoveries { get; } = [];

        public List<string> Warnings { get; } = [];

        public void Run(int from, List<Edit> edits)
        {
            for (var amp = text.IndexOf('&', from); amp >= 0; amp = text.IndexOf('&', amp + 1))
            {
                // Nearly every reference in a feed is one of the five predefined ones (all of Atom's escaped HTML):
                // well-formed, nothing to fix, and no name to read.
                if (PredefinedAt(amp)) continue;
                var end = ReferenceEnd(amp, out var name);
                if (end > 0 && name is null && Windows1252.FromC1Reference(text, amp, end) is { } intended && !literal.Contains(amp))
                {
                    c1References++;
                    edits.Add(new Edit(amp, end - amp, "&#" + (int)intended + ";"));
                    continue;
                }

                if (end > 0 && (name is null || IsPredefined(name))) continue;
                if (literal.Contains(amp)) continue;

                if (end < 0)
                {
                    bareAmpersands++;
                    edits.Add(new Edit(amp, 1, "&amp;"));
                    continue;
                }

                edits.Add(new Edit(amp, end - amp, Replace(name!, 0)));
            }

            if (htmlEntities > 0 && !externalDeclarations)
                Recoveries.Add($"bozo: {htmlEntities} undeclared HTML entit{(htmlEntities == 1 ? "y" : "ies")} (first &{firstHtmlEntity};) read as characters");
            if (unknownEntities > 0)
                Recoveries.Add($"bozo: {unknownEntities} undeclared entit{(unknownEntities == 1 ? "y" : "ies")} (first &{firstUnknownEntity};) kept as text");
            if (bareAmpersands > 0)
                Recoveries.Add($"bozo: {bareAmpersands} bare '&' escaped");
            if (budgetExceeded)
                Recoveries.Add("bozo: entity expansion stopped at its limit");
            // Well-formed, so not "bozo", but a control character was never what the publisher meant.
            if (c1References > 0)
                Warnings.Add($"encoding: {c1References} character reference(s) to C1 controls (&#128;-&#159;) read as windows-1252");
        }

        private string Replace(string name, int depth)
        {
            if (entities.TryGetValue(name, out var value))
            {
                if (depth >= MaxNestedExpansion || remainingBudget < value.Length)
                {
                    budgetExceeded = true;
                    return "";
                }

                remainingBudget -= value.Length;
                return ExpandNested(value, depth + 1);
            }

            var decoded = WebUtility.HtmlDecode("&" + name + ";");
            if (decoded.Length is 1 or 2 && decoded[0] != '&')
            {
                htmlEntities++;
                firstHtmlEntity ??= name;
                return "&#" + char.ConvertToUtf32(decoded, 0) + ";";
            }

            unknownEntities++;
            firstUnknownEntity ??= name;
            return "&amp;" + name + ";";
        }

        private string ExpandNested(string value, int depth)
        {
            if (!value.Contains('&')) return value;
            var result = new StringBuilder(value.Length);
            var copied = 0;
            for (var amp = value.IndexOf('&'); amp >= 0; amp = value.IndexOf('&', amp + 1))
            {
                var end = ReferenceEnd(value, amp, out var name);
                if (end < 0)
                {
                    result.Append(value, copied, amp - copied).Append("&amp;");
                    copied = amp + 1;
                }
                else if (name is not null && !IsPredefined(name))
                {
                    result.Append(value, copied, amp - copied).Append(Replace(name, depth));
                    copied = end;
                }
            }

            return result.Append(value, copied, value.Length - copied).ToString();
        }

        private bool PredefinedAt(int amp)
        {
            var rest = text.AsSpan(amp + 1);
            return rest.StartsWith("lt;") || rest.StartsWith("gt;") || rest.StartsWith("amp;") || rest.StartsWith("quot;")
                || rest.StartsWith("apos;");
        }

        private int ReferenceEnd(int amp, out string? name) => ReferenceEnd(text, amp, out name);

        /// <summary>The index after a well-formed reference at <paramref name="amp"/> (name null for a character
        /// reference), or -1 when the ampersand starts none.</summary>
        private static int ReferenceEnd(string source, int amp, out string? name)
        {
            name = null;
            var i = amp + 1;
            if (i < source.Length && source[i] == '#')
            {
                i++;
                var hex = i < source.Length && source[i] is 'x' or 'X';
                if (hex) i++;
                var digits = i;
                while (i < source.Length && (hex ? char.IsAsciiHexDigit(source[i]) : char.IsAsciiDigit(source[i]))) i++;
                return i > digits && i < source.Length && source[i] == ';' ? i + 1 : -1;
            }

            var start = i;
            if (i >= source.Length || !(char.IsAsciiLetter(source[i]) || source[i] is '_' or ':')) return -1;
            while (i < source.Length && i - start < 64 && (char.IsAsciiLetterOrDigit(source[i]) || source[i] is '_' or ':' or '.' or '-')) i++;
            if (i >= source.Length || source[i] != ';') return -1;
            // The five predefined entities are by far the most frequent; they need no name string.
            var span = source.AsSpan(start, i - start);
            name = span is "amp" or "lt" or "gt" or "quot" or "apos" ? Predefined : source.Substring(start, i - start);
            return i + 1;
        }

        private const string Predefined = "amp";

        private static bool IsPredefined(string name) => name is "amp" or "lt" or "gt" or "quot" or "apos";
    }
}
