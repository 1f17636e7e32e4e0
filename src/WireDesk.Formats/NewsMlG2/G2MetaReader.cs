using System.Xml.Linq;
using WireDesk.Formats.Xml;

namespace WireDesk.Formats.NewsMlG2;

/// <summary>Reads itemMeta and contentMeta, and the text and concept properties they are made of.</summary>
public static class G2MetaReader
{
    public static G2ItemMeta ReadItemMeta(XElement? itemMeta)
    {
        if (itemMeta is null) return new G2ItemMeta();
        var embargoed = itemMeta.Child("embargoed");
        return new G2ItemMeta
        {
            ItemClass = itemMeta.Child("itemClass").Attr("qcode") ?? itemMeta.Child("itemClass").Attr("uri"),
            Provider = itemMeta.Child("provider") is { } provider ? ReadConcept(provider) : null,
            VersionCreated = itemMeta.ChildText("versionCreated"),
            FirstCreated = itemMeta.ChildText("firstCreated"),
            Embargoed = embargoed is null ? null : embargoed.Text() ?? "",
            PubStatus = itemMeta.Child("pubStatus").Attr("qcode") ?? itemMeta.Child("pubStatus").Attr("uri"),
            Signals = itemMeta.Children("signal").Select(s => s.Attr("qcode") ?? s.Attr("uri")).OfType<string>().ToList(),
            EdNotes = ReadTexts(itemMeta, "edNote"),
            Links = itemMeta.Children("link").Select(l => new G2Link(l.Attr("rel"), l.Attr("href"), l.Attr("residref"), l.Attr("version"))).ToList(),
            Title = itemMeta.ChildText("title"),
        };
    }

    public static G2ContentMeta ReadContentMeta(XElement? contentMeta)
    {
        if (contentMeta is null) return new G2ContentMeta();
        return new G2ContentMeta
        {
            ContentCreated = contentMeta.ChildText("contentCreated"),
            ContentModified = contentMeta.ChildText("contentModified"),
            Urgency = contentMeta.ChildText("urgency"),
            Located = ReadConcepts(contentMeta, "located"),
            Datelines = ReadTexts(contentMeta, "dateline"),
            Bylines = ReadTexts(contentMeta, "by"),
            Creditlines = ReadTexts(contentMeta, "creditline"),
            Headlines = ReadTexts(contentMeta, "headline"),
            Sluglines = ReadTexts(contentMeta, "slugline"),
            Descriptions = ReadTexts(contentMeta, "description"),
            Keywords = ReadTexts(contentMeta, "keyword"),
            Subjects = ReadConcepts(contentMeta, "subject"),
            Genres = ReadConcepts(contentMeta, "genre"),
            Creators = ReadConcepts(contentMeta, "creator"),
            InfoSources = ReadConcepts(contentMeta, "infoSource"),
            Languages = contentMeta.Children("language").Select(l => l.Attr("tag")).OfType<string>().ToList(),
        };
    }

    public static IReadOnlyList<G2Text> ReadTexts(XElement parent, string localName)
    {
        List<G2Text>? texts = null;
        foreach (var element in parent.Children(localName))
            if (element.Text() is { } text)
                (texts ??= []).Add(new G2Text(text, element.Lang(), element.Attr("role")));
        return texts ?? (IReadOnlyList<G2Text>)[];
    }

    private static IReadOnlyList<G2Concept> ReadConcepts(XElement parent, string localName)
    {
        List<G2Concept>? concepts = null;
        foreach (var element in parent.Children(localName)) (concepts ??= []).Add(ReadConcept(element));
        return concepts ?? (IReadOnlyList<G2Concept>)[];
    }

    public static G2Concept ReadConcept(XElement element) =>
        new(element.Attr("qcode"), element.Attr("uri"), element.Attr("literal"), element.Attr("type"))
        {
            Role = element.Attr("role"),
            Names = ReadTexts(element, "name"),
            Broader = ReadConcepts(element, "broader"),
        };
}
