namespace WireDesk.Core.Text;

/// <summary>Listing teasers: the lead cut at a word boundary, ending "...".</summary>
public static class Teasers
{
    public const int DefaultLength = 120;

    public static string Cut(string? lead, int maxLength = DefaultLength)
    {
        var text = (lead ?? "").Trim();
        if (text.Length <= maxLength) return text;
        var cut = text.LastIndexOf(' ', maxLength);
        if (cut <= 0) cut = maxLength;
        return text[..cut].TrimEnd(' ', ',', ';', ':', '-') + " ...";
    }
}
