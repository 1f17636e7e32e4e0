namespace WireDesk.Formats.Syndication.Atom;

/// <summary>One Atom entry with the elements a wire desk uses, plus Media RSS as used by video and photo feeds.</summary>
internal sealed class AtomEntry
{
    public string? Id { get; set; }

    public AtomText? Title { get; set; }

    public AtomText? Summary { get; set; }

    public AtomText? Content { get; set; }

    /// <summary>Out-of-line content (<c>content src="..."</c>), resolved.</summary>
    public string? ContentSource { get; set; }

    public List<AtomLink> Links { get; } = [];

    public List<AtomPerson> Authors { get; } = [];

    /// <summary>Atom 1.0 <c>published</c>, Atom 0.3 <c>issued</c>, or <c>dcterms:issued</c>.</summary>
    public string? Published { get; set; }

    /// <summary>Atom 1.0 <c>updated</c>, Atom 0.3 <c>modified</c>, or <c>dc:date</c>.</summary>
    public string? Updated { get; set; }

    /// <summary>Atom 0.3 <c>created</c>.</summary>
    public string? Created { get; set; }

    public List<AtomCategory> Categories { get; } = [];

    public List<MediaObject> Media { get; } = [];

    public List<string> MediaKeywords { get; } = [];

    public string? Language { get; set; }

    public Uri? Base { get; set; }

    /// <summary>What reading the entry noticed (content that claimed base64 and was not ...).</summary>
    public List<string> Warnings { get; } = [];
}
