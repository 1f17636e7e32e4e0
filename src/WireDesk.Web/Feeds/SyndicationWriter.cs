using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using WireDesk.Web.Seo;

namespace WireDesk.Web.Feeds;

/// <summary>
/// RSS 2.0 and Atom 1.0 through System.ServiceModel.Syndication, written as UTF-8. Atom carries RFC 6721
/// at:deleted-entry tombstones for killed stories; RSS has no such thing, so a killed story simply leaves it.
/// </summary>
public sealed class SyndicationWriter(SiteOptions site)
{
    public const string TombstoneNs = "http://purl.org/atompub/tombstones/1.0";

    public byte[] Rss(FeedContent content)
    {
        var feed = Feed(content, atom: false);
        return Xml.Write(writer => feed.SaveAsRss20(writer));
    }

    public byte[] Atom(FeedContent content)
    {
        var feed = Feed(content, atom: true);
        feed.AttributeExtensions.Add(new XmlQualifiedName("at", "http://www.w3.org/2000/xmlns/"), TombstoneNs);
        XNamespace at = TombstoneNs;
        foreach (var tombstone in content.Tombstones)
            feed.ElementExtensions.Add(new XElement(at + "deleted-entry",
                new XAttribute("ref", tombstone.Ref),
                new XAttribute("when", XmlConvert.ToString(tombstone.When, "yyyy-MM-ddTHH:mm:sszzz")),
                new XElement(at + "comment", "This story has been withdrawn.")));
        return Xml.Write(writer => feed.SaveAsAtom10(writer));
    }

    private SyndicationFeed Feed(FeedContent content, bool atom)
    {
        var scope = content.Scope;
        var feed = new SyndicationFeed(scope.Title, $"{site.Tagline}: {scope.Title}", new Uri(content.Origin + scope.PagePath))
        {
            Id = content.Origin + scope.PagePath,
            Language = site.Language,
            LastUpdatedTime = content.Updated,
            Copyright = new TextSyndicationContent($"Agency copy, credited to its agency; published by {site.Name}"),
            Generator = "WireDesk",
        };
        feed.Links.Add(new SyndicationLink(new Uri(content.SelfUrl), "self", null, atom ? "application/atom+xml" : "application/rss+xml", 0));
        if (site.LogoUrl is { } logo) feed.ImageUrl = new Uri(ArticleJsonLd.Absolute(content.Origin, logo));
        var items = new List<SyndicationItem>(content.Entries.Count);
        foreach (var entry in content.Entries)
        {
            var item = new SyndicationItem { Id = entry.Id, Title = new TextSyndicationContent(entry.Title) };
            item.Links.Add(SyndicationLink.CreateAlternateLink(new Uri(entry.Url), "text/html"));
            item.PublishDate = entry.Published;
            item.LastUpdatedTime = entry.Updated;
            item.Authors.Add(new SyndicationPerson { Name = entry.Author });
            if (entry.Story.Section is { } section) item.Categories.Add(new SyndicationCategory(section));
            if (atom)
            {
                item.Summary = new TextSyndicationContent(entry.Summary);
                if (entry.ContentHtml is { } html) item.Content = new TextSyndicationContent(html, TextSyndicationContentKind.Html);
            }
            else
            {
                // RSS readers show <description>: the full body when the site publishes full text, else the teaser.
                item.Summary = entry.ContentHtml is { } html
                    ? new TextSyndicationContent(html, TextSyndicationContentKind.Html)
                    : new TextSyndicationContent(entry.Summary);
            }
            items.Add(item);
        }
        feed.Items = items;
        return feed;
    }
}
