using System.Xml.Linq;
using WireDesk.Formats.Xml;

namespace WireDesk.Formats.NewsMl1;

/// <summary>Reads NewsML 1.2 NewsEnvelope and NewsItem elements into the NewsML 1 wire types.</summary>
public static class NewsMl1Reader
{
    public static NewsMl1Envelope ReadEnvelope(XElement envelope) =>
        new(envelope.ChildText("DateAndTime"), FormalName(envelope.Child("Priority")));

    public static NewsMl1Item ReadItem(XElement newsItem)
    {
        var identifier = newsItem.Child("Identification")?.Child("NewsIdentifier");
        var revision = identifier?.Child("RevisionId");
        var management = newsItem.Child("NewsManagement");
        var willChange = management?.Child("StatusWillChange");
        return new NewsMl1Item(
            new NewsMl1Identifier
            {
                ProviderId = identifier?.ChildText("ProviderId"),
                DateId = identifier?.ChildText("DateId"),
                NewsItemId = identifier?.ChildText("NewsItemId"),
                RevisionId = revision.Text(),
                PreviousRevision = revision.Attr("PreviousRevision"),
                Update = revision.Attr("Update"),
                PublicIdentifier = identifier?.ChildText("PublicIdentifier"),
            },
            management is null ? new NewsMl1Management() : new NewsMl1Management
            {
                ItemType = FormalName(management.Child("NewsItemType")),
                FirstCreated = management.ChildText("FirstCreated"),
                ThisRevisionCreated = management.ChildText("ThisRevisionCreated"),
                Status = FormalName(management.Child("Status")),
                FutureStatus = FormalName(willChange?.Child("FutureStatus")),
                StatusChangesAt = willChange?.ChildText("DateAndTimeOfChange"),
                Urgency = FormalName(management.Child("Urgency")),
                Instructions = management.Children("Instruction").Select(FormalName).OfType<string>().ToList(),
            },
            newsItem.Child("NewsComponent") is { } component ? ReadComponent(component) : null);
    }

    private static NewsMl1Component ReadComponent(XElement component)
    {
        var administrative = component.Child("AdministrativeMetadata");
        var descriptive = component.Child("DescriptiveMetadata");
        return new NewsMl1Component
        {
            NewsLines = component.Child("NewsLines") is { } lines ? ReadNewsLines(lines) : null,
            Provider = FormalName(administrative?.Child("Provider")?.Child("Party")),
            SourceParty = FormalName(administrative?.Child("Source")?.Child("Party")),
            Language = FormalName(descriptive?.Child("Language")),
            Genre = FormalName(descriptive?.Child("Genre")),
            Subjects = descriptive is null ? [] : descriptive.Children("SubjectCode").SelectMany(code => code.Elements())
                .Select(s => FormalName(s) is { } name ? new NewsMl1Subject(name, s.Attr("Scheme"), s.Name.LocalName) : null)
                .OfType<NewsMl1Subject>().ToList(),
            ContentItems = component.Children("ContentItem").Select(ReadContentItem).ToList(),
            Components = component.Children("NewsComponent").Select(ReadComponent).ToList(),
        };
    }

    private static NewsMl1NewsLines ReadNewsLines(XElement lines) => new()
    {
        HeadLine = lines.ChildText("HeadLine"),
        SubHeadLine = lines.ChildText("SubHeadLine"),
        ByLine = lines.ChildText("ByLine"),
        DateLine = lines.ChildText("DateLine"),
        CreditLine = lines.ChildText("CreditLine"),
        SlugLine = lines.ChildText("SlugLine"),
        KeywordLines = lines.Children("KeywordLine").Select(k => k.Text()).OfType<string>().ToList(),
    };

    private static NewsMl1ContentItem ReadContentItem(XElement item) =>
        new(FormalName(item.Child("MediaType")), FormalName(item.Child("Format")), FormalName(item.Child("MimeType")),
            item.Attr("Href"), item.Child("DataContent"))
        {
            Notation = item.Child("Encoding").Attr("Notation"),
        };

    private static string? FormalName(XElement? element) => element.Attr("FormalName");
}
