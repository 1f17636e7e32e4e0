namespace WireDesk.Formats.Teletype;

/// <summary>What differs between teletype formats when reading a message's text.</summary>
public sealed record WireTextRules
{
    /// <summary>True for a slug/keyword line at the top of the text (cleaned of AP's ^ and &lt; marks).</summary>
    public required Func<string, bool> IsKeywordLine { get; init; }

    /// <summary>True for a trailer line at the end of the text (cleaned).</summary>
    public required Func<string, bool> IsTrailerLine { get; init; }

    /// <summary>A mark that ends the headline (dpa/IPTC 7901 copy ends it with "="); removed from the headline.</summary>
    public string? HeadlineEndMark { get; init; }
}
