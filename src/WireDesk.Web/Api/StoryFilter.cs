using Microsoft.AspNetCore.Mvc;

namespace WireDesk.Web.Api;

/// <summary>The query of GET /api/v1/stories.</summary>
public sealed record StoryFilter
{
    /// <summary>A configured section, e.g. "world".</summary>
    [FromQuery(Name = "section")] public string? Section { get; init; }
    /// <summary>The agency named in the copy, e.g. "ANI" (any case).</summary>
    [FromQuery(Name = "agency")] public string? Agency { get; init; }
    /// <summary>The dateline place, e.g. "New Delhi" (any case).</summary>
    [FromQuery(Name = "place")] public string? Place { get; init; }
    /// <summary>Stories published at or after this ISO 8601 instant.</summary>
    [FromQuery(Name = "since")] public string? Since { get; init; }
    /// <summary>Stories whose live copy changed at or after this ISO 8601 instant.</summary>
    [FromQuery(Name = "updated-since")] public string? UpdatedSince { get; init; }
    /// <summary>The nextCursor of the previous page.</summary>
    [FromQuery(Name = "cursor")] public string? Cursor { get; init; }
    /// <summary>Stories per page (default 50, at most 200).</summary>
    [FromQuery(Name = "limit")] public int? Limit { get; init; }
    /// <summary>3 for ninjs 3.1; ninjs 2.2 otherwise.</summary>
    [FromQuery(Name = "ninjs")] public int? Ninjs { get; init; }
}
