namespace WireDesk.Formats.Syndication.Atom;

/// <summary>An Atom <c>link</c>; <see cref="Href"/> already resolved, <see cref="Rel"/> "alternate" when absent.</summary>
internal sealed record AtomLink(string Href, string Rel)
{
    public string? Type { get; init; }

    public string? Length { get; init; }

    public string? Title { get; init; }
}
