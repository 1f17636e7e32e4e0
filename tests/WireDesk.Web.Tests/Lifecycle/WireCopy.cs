using System.Globalization;
using System.Security;
using System.Text;
using System.Text.Json;

namespace WireDesk.Web.Tests.Lifecycle;

/// <summary>Writes a <see cref="CopySpec"/> the way an agency would send it in each format the scenarios cover.</summary>
public static class WireCopy
{
    public const string PlainText = "plaintext", NewsMlG2 = "newsml-g2", Ninjs = "ninjs";

    public static byte[] Write(string format, CopySpec spec) => Encoding.UTF8.GetBytes(format switch
    {
        PlainText => Plain(spec),
        NewsMlG2 => G2(spec),
        Ninjs => NinjsJson(spec),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    });

    /// <summary>Plain copy has no ids or versions: identity is derived, versions go by arrival.</summary>
    private static string Plain(CopySpec spec)
    {
        var text = new StringBuilder();
        text.Append(spec.Correction ? "CORRECTED-" : "").Append(spec.Headline).Append("\n\n");
        if (spec.Status == "canceled") text.Append("KILL\n\n");
        if (spec.Embargoed)
            text.Append("Embargoed until ").Append(spec.EmbargoUntil is { } u ? Iso(u) : "further notice").Append("\n\n");
        foreach (var p in spec.Paragraphs) text.Append(p).Append("\n\n");
        return text.ToString();
    }

    private static string G2(CopySpec spec)
    {
        var paragraphs = string.Concat(spec.Paragraphs.Select(p => $"<p>{SecurityElement.Escape(p)}</p>"));
        var embargo = spec.Embargoed ? $"<embargoed>{(spec.EmbargoUntil is { } u ? Iso(u) : "")}</embargoed>" : "";
        var signal = spec.Correction ? "<signal qcode=\"sig:correction\"/>" : spec.Version > 1 ? "<signal qcode=\"sig:update\"/>" : "";
        var note = spec.CorrectionNote is { } n ? $"<edNote role=\"enr:correction\">{SecurityElement.Escape(n)}</edNote>" : "";
        return $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="{spec.Guid}" version="{spec.Version}" standard="NewsML-G2" standardversion="2.35" conformance="power" xml:lang="en">
              <catalogRef href="http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_38.xml"/>
              <itemMeta>
                <itemClass qcode="ninat:text"/>
                <provider qcode="nprov:REUTERS" literal="Reuters"/>
                <versionCreated>{Iso(spec.VersionCreated)}</versionCreated>
                <firstCreated>{Iso(spec.FirstCreated)}</firstCreated>
                {embargo}
                <pubStatus qcode="stat:{spec.Status}"/>
                {signal}
                {note}
              </itemMeta>
              <contentMeta>
                <headline>{SecurityElement.Escape(spec.Headline)}</headline>
              </contentMeta>
              <contentSet>
                <inlineXML contenttype="application/xhtml+xml">
                  <html xmlns="http://www.w3.org/1999/xhtml"><head><title/></head><body>{paragraphs}</body></html>
                </inlineXML>
              </contentSet>
            </newsItem>
            """;
    }

    private static string NinjsJson(CopySpec spec)
    {
        var item = new Dictionary<string, object?>
        {
            ["$schema"] = "http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json",
            ["uri"] = spec.Guid,
            ["version"] = spec.Version.ToString(CultureInfo.InvariantCulture),
            ["type"] = "text",
            ["firstcreated"] = Iso(spec.FirstCreated),
            ["versioncreated"] = Iso(spec.VersionCreated),
            ["pubstatus"] = spec.Status,
            ["language"] = "en",
            ["headlines"] = new[] { new Dictionary<string, string> { ["value"] = spec.Headline } },
            ["bodies"] = new[] { new Dictionary<string, string> { ["contenttype"] = "text/html", ["value"] = string.Concat(spec.Paragraphs.Select(p => $"<p>{System.Net.WebUtility.HtmlEncode(p)}</p>")) } },
            ["infosource"] = new[] { new Dictionary<string, string> { ["name"] = "Reuters" } },
        };
        if (spec.Embargoed) item["embargoed"] = spec.EmbargoUntil is { } u ? Iso(u) : null;
        return JsonSerializer.Serialize(item);
    }

    private static string Iso(DateTimeOffset t) => t.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
