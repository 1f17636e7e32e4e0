using System.Xml;
using WireDesk.Formats.Xml;

namespace WireDesk.Formats.NewsMlG2;

/// <summary>
/// Reads itemMeta and contentMeta, and the text and concept properties they are made of, straight off the reader in
/// one pass over each block's children.
/// </summary>
public static class G2MetaReader
{
    public static G2ItemMeta ReadItemMeta(XmlReader reader)
    {
        if (!XmlStreaming.Enter(reader, out var depth)) return new G2ItemMeta();
        string? itemClass = null, versionCreated = null, firstCreated = null, embargoed = null, pubStatus = null, title = null;
        G2Concept? provider = null;
        List<string>? signals = null;
        List<G2Text>? edNotes = null;
        List<G2Link>? links = null;
        while (XmlStreaming.NextChild(reader, depth))
        {
            switch (reader.LocalName)
            {
                case "itemClass":
                    itemClass ??= QcodeOrUri(reader);
                    reader.Skip();
                    break;
                case "provider":
                    var concept = ReadConcept(reader);
                    provider ??= concept;
                    break;
                case "versionCreated":
                    var created = XmlStreaming.ReadText(reader);
                    versionCreated ??= created;
                    break;
                case "firstCreated":
                    var first = XmlStreaming.ReadText(reader);
                    firstCreated ??= first;
                    break;
                case "embargoed":
                    var until = XmlStreaming.ReadText(reader) ?? "";
                    embargoed ??= until;
                    break;
                case "pubStatus":
                    pubStatus ??= QcodeOrUri(reader);
                    reader.Skip();
                    break;
                case "title":
                    var text = XmlStreaming.ReadText(reader);
                    title ??= text;
                    break;
                case "signal":
                    if (QcodeOrUri(reader) is { } signal) (signals ??= []).Add(signal);
                    reader.Skip();
                    break;
                case "edNote":
                    AddText(ref edNotes, reader);
                    break;
                case "link":
                    (links ??= []).Add(ReadLink(reader));
                    reader.Skip();
                    break;
                default:
                    reader.Skip();
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

    public static G2ContentMeta ReadContentMeta(XmlReader reader)
    {
        if (!XmlStreaming.Enter(reader, out var depth)) return new G2ContentMeta();
        string? contentCreated = null, contentModified = null, urgency = null;
        List<G2Text>? datelines = null, bylines = null, creditlines = null, headlines = null, sluglines = null, descriptions = null, keywords = null;
        List<G2Concept>? located = null, subjects = null, genres = null, creators = null, infoSources = null;
        List<string>? languages = null;
        while (XmlStreaming.NextChild(reader, depth))
        {
            switch (reader.LocalName)
            {
                case "contentCreated":
                    var created = XmlStreaming.ReadText(reader);
                    contentCreated ??= created;
                    break;
                case "contentModified":
                    var modified = XmlStreaming.ReadText(reader);
                    contentModified ??= modified;
                    break;
                case "urgency":
                    var value = XmlStreaming.ReadText(reader);
                    urgency ??= value;
                    break;
                case "located": (located ??= []).Add(ReadConcept(reader)); break;
                case "dateline": AddText(ref datelines, reader); break;
                case "by": AddText(ref bylines, reader); break;
                case "creditline": AddText(ref creditlines, reader); break;
                case "headline": AddText(ref headlines, reader); break;
                case "slugline": AddText(ref sluglines, reader); break;
                case "description": AddText(ref descriptions, reader); break;
                case "keyword": AddText(ref keywords, reader); break;
                case "subject": (subjects ??= []).Add(ReadConcept(reader)); break;
                case "genre": (genres ??= []).Add(ReadConcept(reader)); break;
                case "creator": (creators ??= []).Add(ReadConcept(reader)); break;
                case "infoSource": (infoSources ??= []).Add(ReadConcept(reader)); break;
                case "language":
                    if (XmlStreaming.Attr(reader, "tag") is { } tag) (languages ??= []).Add(tag);
                    reader.Skip();
                    break;
                default:
                    reader.Skip();
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

    /// <summary>A concept with its names and broader concepts (subject, genre, located, provider, assert ...), consumed.</summary>
    public static G2Concept ReadConcept(XmlReader reader)
    {
        string? qcode = null, uri = null, literal = null, type = null, role = null;
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                if (!XmlStreaming.IsPlain(reader)) continue;
                switch (reader.LocalName)
                {
                    case "qcode": qcode ??= XmlStreaming.Clean(reader.Value); break;
                    case "uri": uri ??= XmlStreaming.Clean(reader.Value); break;
                    case "literal": literal ??= XmlStreaming.Clean(reader.Value); break;
                    case "type": type ??= XmlStreaming.Clean(reader.Value); break;
                    case "role": role ??= XmlStreaming.Clean(reader.Value); break;
                }
            }
            while (reader.MoveToNextAttribute());
            reader.MoveToElement();
        }

        List<G2Text>? names = null;
        List<G2Concept>? broader = null;
        if (XmlStreaming.Enter(reader, out var depth))
        {
            while (XmlStreaming.NextChild(reader, depth))
            {
                if (reader.LocalName == "name") AddText(ref names, reader);
                else if (reader.LocalName == "broader") (broader ??= []).Add(ReadConcept(reader));
                else reader.Skip();
            }
        }
        return new G2Concept(qcode, uri, literal, type)
        {
            Role = role,
            Names = names ?? (IReadOnlyList<G2Text>)[],
            Broader = broader ?? (IReadOnlyList<G2Concept>)[],
        };
    }

    /// <summary>A text property (headline, name, edNote ...) with its xml:lang and role, consumed; blank ones are left out.</summary>
    public static void AddText(ref List<G2Text>? texts, XmlReader reader)
    {
        string? lang = null, role = null;
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                if (XmlStreaming.IsXmlLang(reader)) lang ??= XmlStreaming.CleanLang(reader.Value);
                else if (reader.LocalName == "role" && XmlStreaming.IsPlain(reader)) role ??= XmlStreaming.Clean(reader.Value);
            }
            while (reader.MoveToNextAttribute());
            reader.MoveToElement();
        }
        if (XmlStreaming.ReadText(reader) is { } text) (texts ??= []).Add(new G2Text(text, lang, role));
    }

    private static string? QcodeOrUri(XmlReader reader) => XmlStreaming.Attr(reader, "qcode") ?? XmlStreaming.Attr(reader, "uri");

    private static G2Link ReadLink(XmlReader reader)
    {
        string? rel = null, href = null, residref = null, version = null;
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                if (!XmlStreaming.IsPlain(reader)) continue;
                switch (reader.LocalName)
                {
                    case "rel": rel ??= XmlStreaming.Clean(reader.Value); break;
                    case "href": href ??= XmlStreaming.Clean(reader.Value); break;
                    case "residref": residref ??= XmlStreaming.Clean(reader.Value); break;
                    case "version": version ??= XmlStreaming.Clean(reader.Value); break;
                }
            }
            while (reader.MoveToNextAttribute());
            reader.MoveToElement();
        }
        return new G2Link(rel, href, residref, version);
    }
}
