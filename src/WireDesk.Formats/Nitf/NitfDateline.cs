namespace WireDesk.Formats.Nitf;

/// <summary>body.head/dateline: its whole text, the location parts and story.date/@norm.</summary>
public sealed record NitfDateline(string Text)
{
    public string? City { get; init; }
    public string? State { get; init; }
    public string? Country { get; init; }
    public string? StoryDateNorm { get; init; }
}
