using WireDesk.Core.Stories;

namespace WireDesk.Storage.Tests;

public abstract partial class StoryStoreContract
{
    [Fact]
    public async Task The_stored_story_keeps_every_field_and_the_offsets_the_agency_sent()
    {
        var saved = await CreateAsync(StorySamples.EveryField);

        AssertSameStory(StorySamples.EveryField, (await Store.GetAsync(saved.Id, Ct))!.Current);
        AssertSameStory(StorySamples.EveryField, (await Store.GetVersionsAsync(saved.Id, Ct))[0].Story);
        AssertSameStory(StorySamples.EveryField, saved.Current);
        var version = (await Store.GetVersionsAsync(saved.Id, Ct))[0];
        Assert.Equal(TimeSpan.FromHours(-4), version.VersionCreated?.Offset);
        Assert.Equal(3, version.Version);
    }

    [Fact]
    public async Task An_open_ended_embargo_stays_open_ended_and_a_bare_story_stays_bare()
    {
        var openEnded = await CreateAsync(Copy("g-open") with { Embargo = new Embargo(null) });
        var bare = await CreateAsync(new Story { Source = "ani", Guid = "g-bare" });

        var openEndedBack = (await Store.GetAsync(openEnded.Id, Ct))!.Current;
        var bareBack = (await Store.GetAsync(bare.Id, Ct))!.Current;

        Assert.NotNull(openEndedBack.Embargo);
        Assert.True(openEndedBack.Embargo.IsOpenEnded);
        Assert.Null(bareBack.Embargo);
        Assert.Null(bareBack.Headline);
        Assert.Null(bareBack.Dateline);
        Assert.Null(bareBack.Version);
        Assert.Empty(bareBack.Body.Paragraphs);
        Assert.Equal("", bareBack.Body.Html);
        Assert.Empty(bareBack.Subjects);
        Assert.Equal(PubStatus.Usable, bareBack.PubStatus);
        Assert.Equal(Signals.None, bareBack.Signals);
        Assert.Equal("", bareBack.ContentHash);
    }

    private static void AssertSameStory(Story expected, Story actual)
    {
        Assert.Equal(expected.Source, actual.Source);
        Assert.Equal(expected.Agency, actual.Agency);
        Assert.Equal(expected.Guid, actual.Guid);
        Assert.Equal(expected.Version, actual.Version);
        AssertSameOffsetTime(expected.FirstCreated, actual.FirstCreated);
        AssertSameOffsetTime(expected.VersionCreated, actual.VersionCreated);
        Assert.Equal(expected.Headline, actual.Headline);
        Assert.Equal(expected.SubHeadline, actual.SubHeadline);
        Assert.Equal(expected.Byline, actual.Byline);
        Assert.Equal(expected.Slugline, actual.Slugline);
        Assert.Equal(expected.Summary, actual.Summary);
        Assert.Equal(expected.Dateline, actual.Dateline);
        Assert.Equal(expected.Body.Paragraphs, actual.Body.Paragraphs);
        Assert.Equal(expected.Body.Html, actual.Body.Html);
        Assert.Equal(expected.Language, actual.Language);
        Assert.Equal(expected.Subjects, actual.Subjects);
        Assert.Equal(expected.Keywords, actual.Keywords);
        Assert.Equal(expected.Urgency, actual.Urgency);
        Assert.Equal(expected.Priority, actual.Priority);
        Assert.Equal(expected.Genre, actual.Genre);
        Assert.Equal(expected.PubStatus, actual.PubStatus);
        AssertSameOffsetTime(expected.Embargo?.Until, actual.Embargo?.Until);
        Assert.Equal(expected.Signals, actual.Signals);
        Assert.Equal(expected.CorrectionNote, actual.CorrectionNote);
        Assert.Equal(expected.EdNote, actual.EdNote);
        Assert.Equal(expected.Format, actual.Format);
        Assert.Equal(expected.Encoding, actual.Encoding);
        Assert.Equal(expected.Located, actual.Located);
        Assert.Equal(expected.Link, actual.Link);
        Assert.Equal(expected.PreviousVersion, actual.PreviousVersion);
        Assert.Equal(expected.Creditline, actual.Creditline);
        Assert.Equal(expected.Media, actual.Media);
        Assert.Equal(expected.ContentHash, actual.ContentHash);
        Assert.Equal(expected.Warnings, actual.Warnings);
    }

    // DateTimeOffset equality compares instants only; the offset the agency sent must survive too.
    private static void AssertSameOffsetTime(DateTimeOffset? expected, DateTimeOffset? actual)
    {
        Assert.Equal(expected, actual);
        Assert.Equal(expected?.Offset, actual?.Offset);
    }
}
