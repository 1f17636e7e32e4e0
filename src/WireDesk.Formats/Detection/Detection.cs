namespace WireDesk.Formats.Detection;

/// <summary>The format a document was recognised as, or null with the reason it was not.</summary>
public sealed record Detection(string? Format, string Reason)
{
    public bool IsKnown => Format is not null;

    public static Detection Unknown(string reason) => new(null, reason);
}
