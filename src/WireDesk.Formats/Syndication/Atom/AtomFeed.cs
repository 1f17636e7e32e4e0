namespace WireDesk.Formats.Syndication.Atom;

/// <summary>An Atom 1.0 (RFC 4287) or Atom 0.3 document as read.</summary>
internal sealed class AtomFeed
{
    /// <summary>atom10, atom03, or plain "atom" when neither namespace nor version says.</summary>
    public string Version { get; set; } = "atom";

    public AtomText? Title { get; set; }

    /// <summary>The first <c>link</c> with rel alternate (or no rel), resolved.</summary>
    public string? Link { get; set; }

    public string? Language { get; set; }

    public List<EntryOrError<AtomEntry>> Entries { get; } = [];
}
