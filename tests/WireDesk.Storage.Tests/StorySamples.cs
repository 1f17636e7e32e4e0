using WireDesk.Core.Stories;

namespace WireDesk.Storage.Tests;

/// <summary>Stories written by hand for the store tests.</summary>
public static class StorySamples
{
    private static readonly TimeSpan Ist = new(5, 30, 0);

    /// <summary>A story with every field set, non-Latin text, markup characters and three different offsets.</summary>
    public static Story EveryField { get; } = new()
    {
        Source = "ani",
        Agency = "ANI",
        Guid = "urn:ani:2026:venezuela",
        Version = 3,
        FirstCreated = new DateTimeOffset(2026, 1, 9, 15, 55, 10, Ist),
        VersionCreated = new DateTimeOffset(2026, 1, 9, 11, 21, 54, 250, TimeSpan.FromHours(-4)),
        Headline = "US says \"talks\" with Venezuela <progressing> & on track",
        SubHeadline = "Sub-headline",
        Byline = "By a staff reporter",
        Slugline = "US-VENEZUELA/",
        Summary = "Washington DC [US], January 9 : The United States...",
        Dateline = new Dateline("Washington DC [US], January 9 :")
        {
            Place = "Washington DC",
            Region = "DC",
            Country = "US",
            Month = 1,
            Day = 9,
            Agency = "ANI",
        },
        Body = new StoryBody(
            ["Washington DC [US], January 9 : The United States said...", "नई दिल्ली में बैठक 🗞️ \u00a0end"],
            "<p>Washington DC [US], January 9 : The United States said...</p><p>नई दिल्ली में बैठक 🗞️ &nbsp;end</p>"),
        Language = "en-IN",
        Subjects = [new Subject("medtop:11000000", "politics", "medtop"), new Subject(null, "Venezuela", null)],
        Keywords = ["Venezuela", "United States"],
        Urgency = 3,
        Priority = 4,
        Genre = "Current",
        PubStatus = PubStatus.Withheld,
        Embargo = new Embargo(new DateTimeOffset(2026, 1, 9, 18, 0, 0, TimeSpan.FromHours(1))),
        Signals = Signals.Update | Signals.Correction,
        CorrectionNote = "Corrects spelling of minister's name",
        EdNote = "Editors: not for publication",
        Format = "newsml-g2",
        Encoding = "utf-8",
        Located = "Washington",
        Link = "https://example.org/story/1",
        PreviousVersion = "urn:ani:2026:venezuela:2",
        Creditline = "ANI",
        Media = [new MediaLink("https://example.org/p.jpg") { Type = "image/jpeg", Length = 12345, Title = "Photo", Rel = "enclosure" }],
        ContentHash = "0123abcd",
        Warnings = ["dateline: year inferred"],
    };
}
