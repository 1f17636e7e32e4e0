namespace WireDesk.Formats.Syndication.JsonFeed;

/// <summary>A JSON Feed author object (avatar is not kept).</summary>
internal sealed record JsonFeedAuthor(string? Name, string? Url);
