namespace WireDesk.Formats.Syndication.Rss;

/// <summary>One RSS item with the RSS 2.0 core and the modules agencies use (content, dc, dcterms, Media RSS).</summary>
internal sealed class RssItem
{
    public string? Title { get; set; }

    public string? Link { get; set; }

    public string? Description { get; set; }

    /// <summary><c>content:encoded</c>, <c>xhtml:body</c> or the old <c>fullitem</c>: the full text as HTML.</summary>
    public string? ContentEncoded { get; set; }

    public string? Guid { get; set; }

    /// <summary>RSS 2.0: a guid is a permalink unless <c>isPermaLink="false"</c>.</summary>
    public bool GuidIsPermaLink { get; set; } = true;

    /// <summary>RSS 1.0: the item's URI.</summary>
    public string? RdfAbout { get; set; }

    /// <summary><c>author</c>, <c>dc:creator</c>, <c>dc:author</c> in document order.</summary>
    public List<string> Authors { get; } = [];

    public string? PubDate { get; set; }

    public string? DcDate { get; set; }

    public string? Issued { get; set; }

    public string? Modified { get; set; }

    public string? Created { get; set; }

    public List<RssCategory> Categories { get; } = [];

    public List<RssEnclosure> Enclosures { get; } = [];

    public List<MediaObject> Media { get; } = [];

    public List<string> MediaKeywords { get; } = [];

    /// <summary><c>dc:language</c>, else the <c>xml:lang</c> in scope.</summary>
    public string? Language { get; set; }

    public Uri? Base { get; set; }
}
