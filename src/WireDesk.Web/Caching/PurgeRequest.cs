namespace WireDesk.Web.Caching;

/// <summary>The JSON body POSTed to the purge URL.</summary>
public sealed record PurgeRequest(string Event, long StoryId, IReadOnlyList<string> Urls, IReadOnlyList<string> SurrogateKeys);
