namespace WireDesk.Formats.Syndication.Atom;

/// <summary>An Atom text construct or content: the value as found, its kind and the base in effect on it.</summary>
internal sealed record AtomText(string Value, AtomTextKind Kind, Uri? Base)
{
    public FeedContent ToContent() =>
        Kind == AtomTextKind.Text ? FeedContent.Text(Value, Base) : FeedContent.Html(Value, Base);
}
