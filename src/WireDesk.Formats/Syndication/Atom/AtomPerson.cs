namespace WireDesk.Formats.Syndication.Atom;

/// <summary>An Atom person construct (author): name, email, uri (Atom 0.3: url).</summary>
internal sealed record AtomPerson(string? Name, string? Email, string? Uri);
