using System.Globalization;
using System.Text;

namespace WireDesk.Core.Text;

/// <summary>URL slugs from headlines: lower-case ASCII words joined by hyphens, cut at a word boundary.</summary>
public static class Slugs
{
    public const int MaxLength = 80;

    public static string From(string? headline)
    {
        var builder = new StringBuilder();
        var pendingHyphen = false;
        foreach (var c in (headline ?? "").Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c is '\'' or '\u2019') continue;
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && builder.Length > 0) builder.Append('-');
                pendingHyphen = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingHyphen = true;
            }
        }
        var slug = builder.ToString();
        if (slug.Length > MaxLength)
        {
            var cut = slug.LastIndexOf('-', MaxLength);
            slug = slug[..(cut > 0 ? cut : MaxLength)];
        }
        return slug.Length == 0 ? "story" : slug;
    }
}
