using System.Text.Json;

namespace WireDesk.Formats.Ninjs;

/// <summary>Reads one ninjs item (any version) from its JSON object into a <see cref="NinjsItem"/>.</summary>
public static class NinjsReader
{
    public static NinjsItem Read(NinjsObject item)
    {
        var generation = NinjsGenerationDetector.Detect(item);
        var (embargo, embargoProperty, embargoFlag) = ReadEmbargo(item, generation);
        return new NinjsItem(item.String("uri")?.Trim(), generation)
        {
            Type = item.String("type"),
            Version = item.String("version"),
            FirstCreated = item.String("firstCreated"),
            VersionCreated = item.String("versionCreated"),
            EmbargoedUntil = embargo,
            EmbargoProperty = embargoProperty,
            EmbargoedWithoutTime = embargoFlag,
            PubStatus = item.String("pubStatus"),
            Urgency = item.Int("urgency"),
            CopyrightHolder = item.String("copyrightHolder"),
            CopyrightNotice = item.String("copyrightNotice"),
            EdNote = item.String("edNote"),
            Language = item.String("language"),
            By = item.String("by") ?? item.String("byline"),
            Slugline = item.String("slugline"),
            Located = item.String("located"),
            Title = item.String("title"),
            Headlines = Texts(item, "headlines", "headline"),
            Bodies = Texts(item, "bodies", "body"),
            Descriptions = Texts(item, "descriptions", "description"),
            Subjects = Concepts(item, "subjects", "subject"),
            Genres = Concepts(item, "genres", "genre"),
            InfoSources = Concepts(item, "infoSources", "infosource"),
            Keywords = item.Strings("keywords").ToList(),
            Renditions = Renditions(item),
            Associations = item.Named("associations").Select(a => Association(a.Name, a.Value)).ToList(),
            AltIds = AltIds(item),
        };
    }

    // 3.x embargoedUntil, 1.x/2.x embargoed; the other name is honoured too (holding is the safe side).
    private static (string? Until, string? Property, bool Flag) ReadEmbargo(NinjsObject item, NinjsGeneration generation)
    {
        string[] names = generation == NinjsGeneration.V3 ? ["embargoedUntil", "embargoed"] : ["embargoed", "embargoedUntil"];
        foreach (var name in names)
        {
            switch (item.Get(name))
            {
                // Present but empty (null, "" or true) is an embargo with no time, as G2's empty <embargoed/>.
                case { ValueKind: JsonValueKind.True or JsonValueKind.Null }:
                case { ValueKind: JsonValueKind.String } when string.IsNullOrWhiteSpace(item.String(name)):
                    return (null, name, true);
                case { ValueKind: JsonValueKind.String } when item.String(name) is { } until:
                    return (until, name, false);
            }
        }

        return (null, null, false);
    }

    /// <summary>2.x/3.x arrays of {role, contentType, value}, else 1.x flat "headline"/"body_text"/"headline_sub" fields.</summary>
    private static List<NinjsText> Texts(NinjsObject item, string arrayName, string flatName)
    {
        var texts = new List<NinjsText>();
        foreach (var member in item.Objects(arrayName))
            if (member.String("value") is { } value)
                texts.Add(new NinjsText(member.String("role"), member.String("contentType"), value));

        if (item.Get(arrayName) is { ValueKind: JsonValueKind.String } && item.String(arrayName) is { } single)
            texts.Add(new NinjsText(null, null, single));
        if (item.String(flatName) is { } flat)
            texts.Add(new NinjsText("main", null, flat));

        var prefix = flatName + "_";
        foreach (var name in item.Names)
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && item.String(name) is { } value)
                texts.Add(FlatText(name[prefix.Length..], value));
        return texts;
    }

    // 1.x suffixes: body_text (plain), body_xhtml / body_html / body_richtext (markup), body_main (plain) ...
    private static NinjsText FlatText(string role, string value)
    {
        var markup = role.Contains("html", StringComparison.OrdinalIgnoreCase) || role.Equals("richtext", StringComparison.OrdinalIgnoreCase);
        return new NinjsText(role, markup ? "text/html" : "text/plain", value);
    }

    private static List<NinjsConcept> Concepts(NinjsObject item, string arrayName, string version1Name)
    {
        var members = item.Has(arrayName) ? item.Objects(arrayName) : item.Objects(version1Name);
        return members.Select(Concept).Where(c => c.Name is not null || c.Uri is not null || c.Code is not null || c.Literal is not null).ToList();
    }

    private static NinjsConcept Concept(NinjsObject concept) => new(concept.String("name"))
    {
        Uri = concept.String("uri"),
        Code = concept.String("code") ?? concept.String("qcode"),
        Scheme = concept.String("scheme"),
        Literal = concept.String("literal"),
        Rel = concept.String("rel"),
        Role = concept.String("role"),
    };

    private static List<NinjsRendition> Renditions(NinjsObject item) =>
        item.Named("renditions").Select(r => Rendition(r.Name, r.Value)).ToList();

    private static NinjsRendition Rendition(string? name, NinjsObject rendition) => new(name)
    {
        Href = rendition.String("href"),
        ContentType = rendition.String("contentType") ?? rendition.String("mimetype"),
        Title = rendition.String("title"),
        Width = rendition.Int("width"),
        Height = rendition.Int("height"),
        SizeInBytes = rendition.Long("sizeInBytes"),
    };

    private static NinjsAssociation Association(string? name, NinjsObject association)
    {
        var headlines = Texts(association, "headlines", "headline");
        var descriptions = Texts(association, "descriptions", "description");
        return new NinjsAssociation(name)
        {
            Uri = association.String("uri"),
            Type = association.String("type"),
            Headline = headlines.FirstOrDefault()?.Value,
            Description = descriptions.FirstOrDefault(d => !d.IsHtml)?.Value ?? descriptions.FirstOrDefault()?.Value,
            Renditions = Renditions(association),
        };
    }

    // 1.x: {"itemid": "..."}; 2.x/3.x: [{"role": "...", "value": "..."}].
    private static List<KeyValuePair<string, string>> AltIds(NinjsObject item)
    {
        var name = item.Has("altIds") ? "altIds" : "altids";
        var ids = new List<KeyValuePair<string, string>>();
        switch (item.Get(name))
        {
            case { ValueKind: JsonValueKind.Object }:
                var map = item.Object(name)!;
                foreach (var key in map.Names)
                    if (map.String(key) is { } value) ids.Add(new(key, value));
                break;
            case { ValueKind: JsonValueKind.Array }:
                foreach (var member in item.Objects(name))
                    if (member.String("value") is { } value) ids.Add(new(member.String("role") ?? "", value));
                break;
        }

        return ids;
    }
}
