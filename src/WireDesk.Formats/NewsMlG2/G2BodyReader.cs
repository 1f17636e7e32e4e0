using System.Text;
using WireDesk.Core.Stories;
using WireDesk.Formats.Xml;

namespace WireDesk.Formats.NewsMlG2;

/// <summary>
/// Reads the story body from contentSet: the first inlineXML or inlineData rendition that yields text wins;
/// remoteContent renditions become media links.
/// </summary>
public static class G2BodyReader
{
    public static G2Body Read(IReadOnlyList<G2Content> contents, ICollection<string> warnings)
    {
        var media = new List<MediaLink>();
        EmbeddedBody? chosen = null;
        foreach (var content in contents)
        {
            switch (content)
            {
                case G2RemoteContent { Href: { } href } remote:
                    media.Add(new MediaLink(href) { Type = remote.ContentType, Length = remote.Size, Rel = remote.Rendition ?? "rendition" });
                    break;
                case G2InlineXml inline when chosen is null:
                    chosen = EmbeddedBodyReader.FromContainer(inline.Container, inline.ContentType) is { Body.IsEmpty: false } fromXml ? fromXml : null;
                    break;
                case G2InlineData data when chosen is null:
                    chosen = FromInlineData(data, warnings) is { IsEmpty: false } body ? new EmbeddedBody(body, null) : null;
                    break;
            }
        }
        chosen ??= EmbeddedBody.Empty;
        return new G2Body(chosen.Body, chosen.Nitf, media);
    }

    private static StoryBody FromInlineData(G2InlineData data, ICollection<string> warnings)
    {
        if (!string.Equals(data.Encoding, "base64", StringComparison.OrdinalIgnoreCase))
            return EmbeddedBodyReader.FromText(data.Text, data.ContentType);
        try
        {
            return EmbeddedBodyReader.FromText(Encoding.UTF8.GetString(Convert.FromBase64String(data.Text.Trim())), data.ContentType);
        }
        catch (FormatException)
        {
            warnings.Add("contentSet/inlineData: encoding is base64 but the data is not valid base64");
            return StoryBody.Empty;
        }
    }
}
