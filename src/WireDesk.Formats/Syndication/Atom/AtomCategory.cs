namespace WireDesk.Formats.Syndication.Atom;

/// <summary>An Atom <c>category</c>: term is the identifier, label its human-readable name.</summary>
internal sealed record AtomCategory(string Term, string? Scheme, string? Label);
