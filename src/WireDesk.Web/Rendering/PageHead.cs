namespace WireDesk.Web.Rendering;

/// <summary>What a page puts in its head besides the defaults.</summary>
public sealed record PageHead(string Title)
{
    public string? Canonical { get; init; }
    public string? Description { get; init; }
    public bool NoIndex { get; init; }
    public string? Language { get; init; }
    /// <summary>Extra markup for the head (meta tags, JSON-LD); must already be safe HTML.</summary>
    public string? Extra { get; init; }
    /// <summary>The feed readers may subscribe to from this page, as (title, RSS path).</summary>
    public (string Title, string Path)? Feed { get; init; }
}
