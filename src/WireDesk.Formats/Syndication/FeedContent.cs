namespace WireDesk.Formats.Syndication;

/// <summary>A piece of feed text as found: markup or plain text, with the base URI in effect where it stood.</summary>
internal sealed record FeedContent(string Value, bool IsHtml, Uri? Base)
{
    public static FeedContent Html(string value, Uri? baseUri) => new(value, true, baseUri);

    public static FeedContent Text(string value, Uri? baseUri) => new(value, false, baseUri);

    /// <summary>The content as plain text: markup reduced to its text, whitespace collapsed.</summary>
    public string ToPlainText() => IsHtml ? MarkupText.ToPlainText(Value) : MarkupText.CollapseWhitespace(Value);
}
