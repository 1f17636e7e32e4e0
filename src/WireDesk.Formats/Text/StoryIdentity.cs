using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using WireDesk.Core.Stories;

namespace WireDesk.Formats.Text;

/// <summary>Content hashes for retransmission checks and derived ids for formats that carry none (PRODUCT.md §4, §5).</summary>
public static partial class StoryIdentity
{
    /// <summary>Lowercase hex SHA-256 of the body's paragraphs joined by "\n" (UTF-8).</summary>
    public static string ContentHash(StoryBody body)
    {
        // The UTF-8 of the joined text, written straight into one pooled buffer: no joined string, no byte[] per story.
        var paragraphs = body.Paragraphs;
        var length = Math.Max(0, paragraphs.Count - 1);
        foreach (var paragraph in paragraphs) length += Encoding.UTF8.GetByteCount(paragraph);

        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(1, length));
        try
        {
            var written = 0;
            for (var i = 0; i < paragraphs.Count; i++)
            {
                if (i > 0) buffer[written++] = (byte)'\n';
                written += Encoding.UTF8.GetBytes(paragraphs[i], buffer.AsSpan(written));
            }
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(buffer.AsSpan(0, written), hash);
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// "urn:wiredesk:derived:{agency}:{hex}": stable for the same agency, headline and dateline date. The headline is
    /// normalised (case, punctuation, spacing, and Reuters-style "CORRECTED-"/"UPDATE 2-"/"REFILE-" prefixes dropped)
    /// so that a correction or update of plain copy lands on the story it corrects.
    /// </summary>
    public static string DerivedGuid(string? agency, string? headline, int? month, int? day)
    {
        var agencyKey = NormaliseAgency(agency);
        var date = month is { } m && day is { } d ? $"{m:00}-{d:00}" : "";
        var key = $"{agencyKey}\n{NormaliseHeadline(headline)}\n{date}";
        return $"urn:wiredesk:derived:{agencyKey}:{Sha256Hex(key)[..32]}";
    }

    /// <summary>The headline as the derived id sees it; exposed so callers can compare headlines the same way.</summary>
    public static string NormaliseHeadline(string? headline)
    {
        if (string.IsNullOrWhiteSpace(headline)) return "";
        var text = RevisionPrefix().Replace(headline.Normalize(NormalizationForm.FormKC).Trim(), "");
        var kept = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
            kept.Append(char.IsLetterOrDigit(c) ? c : ' ');
        return Whitespace().Replace(kept.ToString(), " ").Trim();
    }

    private static string NormaliseAgency(string? agency)
    {
        if (string.IsNullOrWhiteSpace(agency)) return "unknown";
        var kept = new StringBuilder();
        foreach (var c in agency.ToLowerInvariant())
            if (char.IsAsciiLetterOrDigit(c)) kept.Append(c);
        return kept.Length == 0 ? "unknown" : kept.ToString();
    }

    private static string Sha256Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    [GeneratedRegex(@"^(?:(?:CORRECTED|CORRECTION|UPDATE\s*\d*|REFILE|RPT|REPEAT|WRAPUP\s*\d*)\s*[-:]\s*)+", RegexOptions.IgnoreCase)]
    private static partial Regex RevisionPrefix();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
