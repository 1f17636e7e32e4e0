using WireDesk.Formats.Text;

namespace WireDesk.Formats.Teletype;

/// <summary>The parts of a teletype message's text, as read by <see cref="WireTextReader"/>.</summary>
public sealed record WireText
{
    /// <summary>The slug/keyword line some agencies repeat at the top of the text (AP "BC-US-Obit-Smith,1stLd-Writethru,0452").</summary>
    public string? KeywordLine { get; init; }

    public IReadOnlyList<Advisory> Advisories { get; init; } = [];

    public string? Headline { get; init; }

    public string? Byline { get; init; }

    /// <summary>Body paragraphs verbatim (dateline included), without layout indentation or line-end markers.</summary>
    public IReadOnlyList<string> Paragraphs { get; init; } = [];

    /// <summary>Lines after the body that the format's rules took for its trailer (agency/desk/date line ...).</summary>
    public IReadOnlyList<string> Trailer { get; init; } = [];
}
