namespace WireDesk.Formats.Nitf;

/// <summary>body.head: hedline (hl1, hl2), bylines, distributor, dateline and abstract.</summary>
public sealed record NitfBodyHead
{
    public string? Headline { get; init; }
    public string? SubHeadline { get; init; }
    public IReadOnlyList<string> Bylines { get; init; } = [];
    public string? Distributor { get; init; }
    public NitfDateline? Dateline { get; init; }
    public IReadOnlyList<string> Abstract { get; init; } = [];
}
