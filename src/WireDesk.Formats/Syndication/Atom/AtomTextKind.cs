namespace WireDesk.Formats.Syndication.Atom;

/// <summary>RFC 4287 §3.1.1 text construct types (Atom 0.3's MIME types and modes map onto them).</summary>
internal enum AtomTextKind
{
    Text,
    Html,
    Xhtml,
}
