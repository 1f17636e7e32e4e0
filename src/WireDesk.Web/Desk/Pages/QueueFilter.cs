using System.Globalization;
using Microsoft.AspNetCore.Http;
using WireDesk.Core.Ports;

namespace WireDesk.Web.Desk.Pages;

/// <summary>The queue's filters, read from and written to the query string.</summary>
public sealed record QueueFilter(string? Source, string? Section, int? Urgency)
{
    public static QueueFilter From(IQueryCollection query) => new(
        Blank(query["source"]),
        Blank(query["section"]),
        int.TryParse(query["urgency"], NumberStyles.None, CultureInfo.InvariantCulture, out var u) && u is >= 1 and <= 9 ? u : null);

    public StoryQuery Apply(StoryQuery query) => query with { Source = Source, Section = Section, UrgencyAtMost = Urgency };

    public string QueryString()
    {
        var parts = new List<string>();
        if (Source is not null) parts.Add("source=" + Uri.EscapeDataString(Source));
        if (Section is not null) parts.Add("section=" + Uri.EscapeDataString(Section));
        if (Urgency is { } u) parts.Add("urgency=" + u.ToString(CultureInfo.InvariantCulture));
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
