namespace WireDesk.Core.Stories;

/// <summary>
/// The agency's body. <see cref="Paragraphs"/> hold the plain text of each paragraph verbatim;
/// <see cref="Html"/> is the sanitized markup for output.
/// </summary>
public sealed record StoryBody(IReadOnlyList<string> Paragraphs, string Html)
{
    public static StoryBody Empty { get; } = new([], "");

    public bool IsEmpty => Paragraphs.Count == 0 || Paragraphs.All(string.IsNullOrWhiteSpace);

    public string PlainText => string.Join("\n", Paragraphs);
}
