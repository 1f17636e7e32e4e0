using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using WireDesk.Core.Stories;

namespace WireDesk.Formats.Text;

/// <summary>Content hashes for retransmission checks and derived ids for formats that carry none (PRODUCT.md §4, §5).</summary>
public static partial class StoryIdentity
{
    /// <summary>Lowercase hex SHA-256 of the body's paragraphs joined by "\n" (UTF-8).</summary>
    public static string ContentHash(StoryBody body)
    {
        // The UTF-8 of the joined text goes to the hash a chunk at a time: no joined string, no byte[] per story, and one
        // hash context per thread instead of one made and freed per story.
        var scratch = contentHashScratch ??= new ContentHashScratch();
        var hash = scratch.Hash;
        var chunk = scratch.Chunk.AsSpan();
        var filled = 0;
        var paragraphs = body.Paragraphs;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (i > 0)
            {
                if (filled == chunk.Length)
                {
                    hash.AppendData(chunk);
                    filled = 0;
                }

                chunk[filled++] = (byte)'\n';
            }

            var rest = paragraphs[i].AsSpan();
            while (true)
            {
                // Whole characters only, and a lone surrogate as U+FFFD, as Encoding.UTF8.GetBytes writes the paragraph.
                Utf8.FromUtf16(rest, chunk[filled..], out var read, out var written);
                filled += written;
                rest = rest[read..];
                if (rest.IsEmpty) break;
                hash.AppendData(chunk[..filled]);
                filled = 0;
            }
        }

        hash.AppendData(chunk[..filled]);
        hash.GetHashAndReset(scratch.Digest);
        return Convert.ToHexStringLower(scratch.Digest);
    }

    [ThreadStatic]
    private static ContentHashScratch? contentHashScratch;

    // Arrays rather than stackalloc: a stack buffer is zeroed on every call, and that showed in the profile.
    private sealed class ContentHashScratch
    {
        public IncrementalHash Hash { get; } = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        public byte[] Chunk { get; } = new byte[1024];

        public byte[] Digest { get; } = new byte[SHA256.HashSizeInBytes];
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
