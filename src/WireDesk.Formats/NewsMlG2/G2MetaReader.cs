using System.Xml.Linq;
using WireDesk.Formats.Xml;

namespace WireDesk.Formats.NewsMlG2;

/// <summary>
/// Reads itemMeta and contentMeta, and the text and concept properties they are made of, in one pass over each
/// block's children.
/// </summary>
public static class G2MetaReader
{
    public static G2ItemMeta ReadItemMeta(XElement? itemMeta)
    {
        if (itemMeta is null) return new G2ItemMeta();
        string? itemClass = null, versionCreated = null, firstCreated = null, embargoed = null, pubStatus = null, title = null;
        G2Concept? provider = null;
        List<string>? signals = null;
        List<G2Text>? edNotes = null;
        List<G2Link>? links = null;
        for (var node = itemMeta.FirstNode; node is not null; node = node.NextNode)
        {
            if (node is not XElement child) continue;
            switch (child.Name.LocalName)
            {
                case "itemClass": itemClass ??= child.Attr("qcode") ?? child.Attr("uri"); break;
                case "provider": provider ??= ReadConcept(child); break;
                case "versionCreated": versionCreated ??= child.Text(); break;
                case "firstCreated": firstCreated ??= child.Text(); break;
                case "embargoed": embargoed ??= child.Text() ?? ""; break;
                case "pubStatus": pubStatus ??= child.Attr("qcode") ?? child.Attr("uri"); break;
                case "title": title ??= child.Text(); break;
                case "signal":
                    if ((child.Attr("qcode") ?? child.Attr("uri")) is { } signal) (signals ??= []).Add(signal);
                    break;
                case "edNote": AddText(ref edNotes, child); break;
                case "link":
                    (links ??= []).Add(new G2Link(child.Attr("rel"), child.Attr("href"), child.Attr("residref"), child.Attr("version")));
                    break;
            }
        }
        return new G2ItemMeta
        {
            ItemClass = itemClass,
            Provider = provider,
            VersionCreated = versionCreated,
            FirstCreated = firstCreated,
            Embargoed = embargoed,
            PubStatus = pubStatus,
            Signals = signals ?? (IReadOnlyList<string>)[],
            EdNotes = edNotes ?? (IReadOnlyList<G2Text>)[],
            Links = links ?? (IReadOnlyList<G2Link>)[],
            Title = title,
        };
    }

    public static G2ContentMeta ReadContentMeta(XElement? contentMeta)
    {
        if (contentMeta is null) return new G2ContentMeta();
        string? contentCreated = null, contentModified = null, urgency = null;
        List<G2Text>? datelines = null, bylines = null, creditlines = null, headlines = null, sluglines = null, descriptions = null, keywords = null;
        List<G2Concept>? located = null, subjects = null, genres = null, creators = null, infoSources = null;
        List<string>? languages = null;
        for (var node = contentMeta.FirstNode; node is not null; node = node.NextNode)
        {
            if (node is not XElement child) continue;
            switch (child.Name.LocalName)
            {
                case "contentCreated": contentCreated ??= child.Text(); break;
                case "contentModified": contentModified ??= child.Text(); break;
                case "urgency": urgency ??= child.Text(); break;
                case "located": (located ??= []).Add(ReadConcept(child)); break;
                case "dateline": AddText(ref datelines, child); break;
                case "by": AddText(ref bylines, child); break;
                case "creditline": AddText(ref creditlines, child); break;
                case "headline": AddText(ref headlines, child); break;
                case "slugline": AddText(ref sluglines, child); break;
                case "description": AddText(ref descriptions, child); break;
                case "keyword": AddText(ref keywords, child); break;
                case "subject": (subjects ??= []).Add(ReadConcept(child)); break;
                case "genre": (genres ??= []).Add(ReadConcept(child)); break;
                case "creator": (creators ??= []).Add(ReadConcept(child)); break;
                case "infoSource": (infoSources ??= []).Add(ReadConcept(child)); break;
                case "language":
                    if (child.Attr("tag") is { } tag) (languages ??= []).Add(tag);
                    break;
            }
        }
        return new G2ContentMeta
        {
            ContentCreated = contentCreated,
            ContentModified = contentModified,
            Urgency = urgency,
            Located = located ?? (IReadOnlyList<G2Concept>)[],
            Datelines = datelines ?? (IReadOnlyList<G2Text>)[],
            Bylines = bylines ?? (IReadOnlyList<G2Text>)[],
            Creditlines = creditlines ?? (IReadOnlyList<G2Text>)[],
            Headlines = headlines ?? (IReadOnlyList<G2Text>)[],
            Sluglines = sluglines ?? (IReadOnlyList<G2Text>)[],
            Descriptions = descriptions ?? (IReadOnlyList<G2Text>)[],
            Keywords = keywords ?? (IReadOnlyList<G2Text>)[],
            Subjects = subjects ?? (IReadOnlyList<G2Concept>)[],
            Genres = genres ?? (IReadOnlyList<G2Concept>)[],
            Creators = creators ?? (IReadOnlyList<G2Concept>)[],
            InfoSources = infoSources ?? (IReadOnlyList<G2Concept>)[],
            Languages = languages ?? (IReadOnlyList<string>)[],
        };
    }

    /// <summary>A concept with its names and broader concepts.</summary>
    public static G2Concept ReadConcept(XElement element)
    {
        List<G2Text>? names = null;
        List<G2Concept>? broader = null;
        for (var node = element.FirstNode; node is not null; node = node.NextNode)
        {
            if (node is not XElement child) continue;
            if (child.Name.LocalName == "name") AddText(ref names, child);
            else if (child.Name.LocalName == "broader") (broader ??= []).Add(ReadConcept(child));
        }
        return new G2Concept(element.Attr("qcode"), element.Attr("uri"), element.Attr("literal"), element.Attr("type"))
        {
            Role = element.Attr("role"),
            Names = names ?? (IReadOnlyList<G2Text>)[],
            Broader = broader ?? (IReadOnlyList<G2Concept>)[],
        };
    }

    public static IReadOnlyList<G2Text> ReadTexts(XElement parent, string localName)
    {
        List<G2Text>? texts = null;
        foreach (var element in parent.Children(localName)) AddText(ref texts, element);
        return texts ?? (IReadOnlyList<G2Text>)[];
    }

    private static void AddText(ref List<G2Text>? texts, XElement element)
    {
        if (element.Text() is { } text) (texts ??= []).Add(new G2Text(text, element.Lang(), element.Attr("role")));
    }
}
