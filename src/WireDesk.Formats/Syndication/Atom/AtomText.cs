namespace WireDesk.Formats.Syndication.Atom;

/// <summary>An Atom text construct or content: the value as found, its kind and the base in effect on it.</summary>
internal sealed record AtomText(string Value, AtomTextKind Kind, Uri? Base)
{
    /// <param name="fallbackBase">The base for relative links when none was in effect where the text stood.</param>
    public FeedContent ToContent(Uri? fallbackBase = null) =>
        Kind == AtomTextKind.Text ? FeedContent.Text(Value, Base ?? fallbackBase) : FeedContent.Html(Value, Base ?? fallbackBase);
}
