using System.Globalization;
using System.Xml.Linq;
using WireDesk.Formats.Xml;

namespace WireDesk.Formats.NewsMlG2;

/// <summary>Reads newsItem, packageItem and the newsMessage header into the G2 wire types.</summary>
public static class G2Reader
{
    public static G2NewsItem ReadNewsItem(XElement newsItem) =>
        new(newsItem.Attr("guid"), newsItem.Attr("version"), newsItem.Lang(),
            G2MetaReader.ReadItemMeta(newsItem.Child("itemMeta")),
            G2MetaReader.ReadContentMeta(newsItem.Child("contentMeta")),
            ReadContentSet(newsItem.Child("contentSet")))
        {
            Asserts = newsItem.Children("assert").Select(G2MetaReader.ReadConcept).ToList(),
        };

    /// <summary>A package with every itemRef in its groups (and any directly under it, as some senders put them).</summary>
    public static G2PackageItem ReadPackageItem(XElement packageItem) =>
        new(packageItem.Attr("guid"), packageItem.Attr("version"), packageItem.Lang(),
            G2MetaReader.ReadItemMeta(packageItem.Child("itemMeta")),
            G2MetaReader.ReadContentMeta(packageItem.Child("contentMeta")),
            packageItem.Descendants().Where(e => e.Name.LocalName == "itemRef")
                .Select(r => r.Attr("residref")).OfType<string>().Distinct().ToList());

    public static G2Header ReadHeader(XElement header) =>
        new(header.ChildText("sent"), header.ChildText("priority"), header.ChildText("sender"), header.ChildText("transmitId"));

    private static IReadOnlyList<G2Content> ReadContentSet(XElement? contentSet)
    {
        if (contentSet is null) return [];
        var contents = new List<G2Content>(2);
        foreach (var element in contentSet.Elements())
        {
            var contentType = element.Attr("contenttype");
            switch (element.Name.LocalName)
            {
                case "inlineXML":
                    contents.Add(new G2InlineXml(contentType, element));
                    break;
                case "inlineData":
                    contents.Add(new G2InlineData(contentType, element.Value, element.Attr("encoding")));
                    break;
                case "remoteContent":
                    contents.Add(new G2RemoteContent(contentType, element.Attr("href"), element.Attr("residref"),
                        long.TryParse(element.Attr("size"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var size) ? size : null,
                        element.Attr("rendition")));
                    break;
            }
        }
        return contents;
    }
}
