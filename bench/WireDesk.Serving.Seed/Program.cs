using System.Diagnostics;
using System.Globalization;
using WireDesk.Core.Ports;
using WireDesk.Core.Publishing;
using WireDesk.Core.Stories;
using WireDesk.Core.Text;
using WireDesk.Storage.Sqlite;

// Writes N published stories (default 100,000) into DATA/wiredesk.db through the real store, spread over the last
// 30 days across agencies, sections and places, each with a realistic five-paragraph body (~2.5 KB).
// Usage: WireDesk.Serving.Seed DATA [N]
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: WireDesk.Serving.Seed DATA [COUNT]");
    return 2;
}
var count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000;
string[] agencies = ["ANI", "PTI", "IANS", "Reuters", "AP", "AFP", "dpa"];
string[] sections = ["India", "World", "Business", "Sports", "News"];
string[] places = ["New Delhi", "Mumbai", "Kolkata", "Chennai", "Bengaluru", "Oslo", "Berlin", "Denver", "Nairobi", "Santiago", "Geneva", "Lyon"];
string[] subjects = ["port terminal", "solar park", "cyclone drill", "chess open", "ferry order", "copper strike", "tram sensors", "crab season"];
var now = DateTimeOffset.UtcNow;
var clock = Stopwatch.StartNew();
await using var store = await SqliteStoryStore.OpenAsync(Path.Combine(args[0], "wiredesk.db"), CancellationToken.None);
for (var i = 0; i < count; i++)
{
    var agency = agencies[i % agencies.Length];
    var place = places[i * 7 % places.Length];
    var subject = subjects[i * 3 % subjects.Length];
    var at = now.AddSeconds(-(count - i) * (30.0 * 86400 / count));
    var headline = $"{place} {subject} update number {i.ToString(CultureInfo.InvariantCulture)} draws attention from officials and residents";
    var paragraphs = new List<string>
    {
        $"{place} [India], January 9 ({agency}): Officials in {place} on Friday gave details of the {subject}, story {i}, saying the work would continue over the coming weeks as planned and that residents had been kept informed at every step.",
    };
    for (var p = 0; p < 4; p++)
        paragraphs.Add($"Paragraph {p + 2} of story {i} adds context about the {subject} in {place}: figures, quotes from people involved, and what comes next, written at the length an agency usually files for a regional story of this kind.");
    var story = new Story
    {
        Source = agency.ToLowerInvariant(),
        Agency = agency,
        Guid = $"urn:bench:{i}",
        Version = 1,
        FirstCreated = at,
        VersionCreated = at,
        Headline = headline,
        Dateline = new Dateline($"{place} [India], January 9 ({agency}):") { Place = place, Country = "IN", Month = 1, Day = 9 },
        Body = new StoryBody(paragraphs, string.Concat(paragraphs.Select(p => $"<p>{System.Net.WebUtility.HtmlEncode(p)}</p>"))),
        Language = "en",
        ContentHash = $"bench-{i}",
    };
    var stored = new StoredStory
    {
        Id = 0,
        Source = story.Source,
        Guid = story.Guid,
        Slug = Slugs.From(headline),
        State = StoryState.Published,
        Current = story,
        PublishedAt = at,
        ModifiedAt = at,
        ReceivedAt = at,
        Section = sections[i % sections.Length],
    };
    await store.SaveAsync(new StoryChange(stored, new NewVersion(story, null, at, true), []), CancellationToken.None);
    if ((i + 1) % 10_000 == 0) Console.WriteLine($"{i + 1} stories, {clock.Elapsed.TotalSeconds:F0} s");
}
Console.WriteLine($"seeded {count} stories into {args[0]} in {clock.Elapsed.TotalSeconds:F0} s");
return 0;
