namespace WireDesk.Formats.Syndication.JsonFeed;

/// <summary>A JSON Feed attachment.</summary>
internal sealed record JsonFeedAttachment(string Url, string? MimeType, string? Title, long? SizeInBytes);
