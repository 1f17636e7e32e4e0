using System.Globalization;
using System.Text.RegularExpressions;

namespace WireDesk.Formats.Teletype;

/// <summary>Splits a wire slug into keyword, take and word count.</summary>
public static partial class SlugReader
{
    /// <summary>
    /// The keyword, take and word count of a slug such as "BC-US-Obit-Smith,1stLd-Writethru,0452"; AP may also
    /// repeat the selector and sequence ("3rd Ld-Writethru,a0456,0789"), which is neither take nor count.
    /// </summary>
    public static (string? Keyword, string? Take, int? WordCount) Split(string slug)
    {
        var parts = slug.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0) return (null, null, null);

        // Without commas the take follows the keyword after a space: "BC-Obit-Smith 1stLd-Writethru".
        var keyword = parts[0];
        var takeParts = new List<string>();
        var space = keyword.IndexOf(' ');
        if (space > 0)
        {
            takeParts.Add(keyword[(space + 1)..].Trim());
            keyword = keyword[..space];
        }

        int? wordCount = null;
        foreach (var part in parts.Skip(1))
        {
            if (WordCountPattern().IsMatch(part)) wordCount = int.Parse(part, CultureInfo.InvariantCulture);
            else if (!SequencePattern().IsMatch(part)) takeParts.Add(part);
        }

        var take = takeParts.Count == 0 ? null : string.Join(",", takeParts);
        return (keyword, take, wordCount);
    }

    [GeneratedRegex(@"^\d{2,5}$")]
    private static partial Regex WordCountPattern();

    [GeneratedRegex(@"^[A-Za-z]\d{3,5}$")]
    private static partial Regex SequencePattern();
}
