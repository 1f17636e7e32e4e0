namespace WireDesk.Formats.Nitf;

/// <summary>nitf/head: title, tobject (type, property, subjects), docdata and pubdata.</summary>
public sealed record NitfHead(string? Title, NitfDocData DocData)
{
    public string? ObjectType { get; init; }
    public string? ObjectProperty { get; init; }
    public IReadOnlyList<NitfSubject> Subjects { get; init; } = [];
    /// <summary>pubdata/@date.publication.</summary>
    public string? PublicationDate { get; init; }
    public string? PublicationName { get; init; }
}
