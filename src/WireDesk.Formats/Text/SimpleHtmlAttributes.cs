namespace WireDesk.Formats.Text;

/// <summary>The attributes <see cref="NewsHtmlSanitizer"/> allows (on any allowed tag), numbered for a bit set.</summary>
internal static class SimpleHtmlAttributes
{
    /// <summary>The attribute's number; -1 for one the sanitizer drops.</summary>
    public static int Parse(ReadOnlySpan<char> lowerName) => lowerName switch
    {
        "href" => 0, "src" => 1, "cite" => 2, "alt" => 3, "title" => 4, "width" => 5, "height" => 6, "colspan" => 7,
        "rowspan" => 8, "scope" => 9, "abbr" => 10, "start" => 11, "reversed" => 12,
        _ => -1,
    };

    public static string Name(int attribute) => attribute switch
    {
        0 => "href", 1 => "src", 2 => "cite", 3 => "alt", 4 => "title", 5 => "width", 6 => "height", 7 => "colspan",
        8 => "rowspan", 9 => "scope", 10 => "abbr", 11 => "start", 12 => "reversed",
        _ => throw new ArgumentOutOfRangeException(nameof(attribute)),
    };

    /// <summary>href, src and cite: URLs the sanitizer checks and resolves.</summary>
    public static bool IsUrl(int attribute) => attribute <= 2;
}
