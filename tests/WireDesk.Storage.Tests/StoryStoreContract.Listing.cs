using WireDesk.Core.Ports;
using WireDesk.Core.Publishing;

namespace WireDesk.Storage.Tests;

public abstract partial class StoryStoreContract
{
    [Fact]
    public async Task Listing_what_is_visible_follows_the_visibility_rule_for_every_state_and_embargo()
    {
        var now = new DateTimeOffset(2026, 1, 9, 15, 30, 0, Ist);
        DateTimeOffset?[] embargoes = [null, now.AddMinutes(-1), now, now.AddTicks(10), now.AddHours(1)];
        var all = new List<StoredStory>();
        var n = 0;
        foreach (var state in Enum.GetValues<StoryState>())
            foreach (var embargo in embargoes)
            {
                var story = Copy($"g-vis-{n++}");
                all.Add(await CreateAsync(NewStored(story, state) with { EmbargoUntil = embargo, PublishedAt = T0.AddMinutes(n) }));
            }

        var visible = await Store.ListAsync(new StoryQuery { VisibleAt = now, Limit = 100 }, Ct);

        var expected = all.Where(s => Visibility.IsVisible(s, now)).OrderByDescending(s => s.PublishedAt).Select(s => s.Id);
        Assert.Equal(expected, visible.Select(s => s.Id));
        Assert.Equal(3, visible.Count);
        Assert.All(visible, s => Assert.Equal(StoryState.Published, s.State));
    }

    [Fact]
    public async Task An_embargoed_story_appears_in_the_listing_at_its_instant_and_not_before()
    {
        var until = new DateTimeOffset(2026, 1, 9, 18, 0, 0, Ist);
        var story = await CreateAsync(NewStored(Copy("g-embargo")) with { EmbargoUntil = until });

        Assert.Empty(await Store.ListAsync(new StoryQuery { VisibleAt = until.AddTicks(-10) }, Ct));
        Assert.Equal([story.Id], (await Store.ListAsync(new StoryQuery { VisibleAt = until }, Ct)).Select(s => s.Id));
        Assert.Equal([story.Id],
            (await Store.ListAsync(new StoryQuery { VisibleAt = until.ToOffset(TimeSpan.FromHours(-5)) }, Ct)).Select(s => s.Id));
    }

    [Fact]
    public async Task Listing_without_a_visibility_instant_filters_by_state()
    {
        var byState = new Dictionary<StoryState, long>();
        foreach (var state in Enum.GetValues<StoryState>())
            byState[state] = (await CreateAsync(Copy($"g-state-{state}"), state)).Id;

        var heldOrKilled = await Store.ListAsync(new StoryQuery { States = [StoryState.Held, StoryState.Killed] }, Ct);
        var every = await Store.ListAsync(new StoryQuery(), Ct);
        var none = await Store.ListAsync(new StoryQuery { States = [] }, Ct);

        Assert.Equal(new[] { byState[StoryState.Killed], byState[StoryState.Held] }, heldOrKilled.Select(s => s.Id));
        Assert.Equal(byState.Values.OrderDescending(), every.Select(s => s.Id));
        Assert.Empty(none);
    }

    [Fact]
    public async Task Listing_orders_by_the_instant_not_by_the_offset_it_was_written_with()
    {
        // 10:00 in India is 04:30 UTC: earlier than 05:00 UTC although "10:00" reads later.
        var india = await CreateAsync(NewStored(Copy("g-ist")) with { PublishedAt = new DateTimeOffset(2026, 1, 9, 10, 0, 0, Ist) });
        var utc = await CreateAsync(NewStored(Copy("g-utc")) with { PublishedAt = new DateTimeOffset(2026, 1, 9, 5, 0, 0, TimeSpan.Zero) });
        var newYork = await CreateAsync(NewStored(Copy("g-ny")) with { PublishedAt = new DateTimeOffset(2026, 1, 9, 0, 15, 0, TimeSpan.FromHours(-5)) });

        var listed = await Store.ListAsync(new StoryQuery(), Ct);

        Assert.Equal([newYork.Id, utc.Id, india.Id], listed.Select(s => s.Id));
    }

    [Fact]
    public async Task Keyset_paging_walks_every_story_once_newest_first()
    {
        var stored = new List<StoredStory>();
        for (var i = 0; i < 23; i++)
        {
            // Ties on the same minute, and every fourth story not yet published (it sorts by its receipt time).
            var published = i % 4 == 3 ? (DateTimeOffset?)null : new DateTimeOffset(2026, 1, 9, 12, i / 3, 0, Ist);
            var receivedAt = new DateTimeOffset(2026, 1, 9, 7, 0, 0, TimeSpan.Zero).AddMinutes(-3 * i);
            stored.Add(await CreateAsync(NewStored(Copy($"g-page-{i}")) with { PublishedAt = published, ReceivedAt = receivedAt }));
        }
        var expected = stored
            .OrderByDescending(s => s.PublishedAt ?? s.ReceivedAt).ThenByDescending(s => s.Id).Select(s => s.Id).ToList();

        var walked = new List<long>();
        (DateTimeOffset, long)? after = null;
        for (var page = 0; page < 10; page++)
        {
            var stories = await Store.ListAsync(new StoryQuery { After = after, Limit = 5 }, Ct);
            if (stories.Count == 0) break;
            Assert.True(stories.Count <= 5);
            walked.AddRange(stories.Select(s => s.Id));
            var last = stories[^1];
            after = (last.PublishedAt ?? last.ReceivedAt, last.Id);
        }

        Assert.Equal(expected, walked);
    }

    [Fact]
    public async Task The_cursor_also_pages_the_visible_listing()
    {
        var now = T0.AddHours(1);
        var ids = new List<long>();
        for (var i = 0; i < 7; i++)
        {
            var state = i % 2 == 0 ? StoryState.Published : StoryState.Held;
            var story = await CreateAsync(NewStored(Copy($"g-vpage-{i}"), state) with { PublishedAt = T0 });
            if (state == StoryState.Published) ids.Add(story.Id);
        }

        var first = await Store.ListAsync(new StoryQuery { VisibleAt = now, Limit = 2 }, Ct);
        var rest = await Store.ListAsync(new StoryQuery { VisibleAt = now, Limit = 10, After = (T0, first[^1].Id) }, Ct);

        Assert.Equal(ids.OrderDescending(), first.Concat(rest).Select(s => s.Id));
    }

    [Fact]
    public async Task Filters_narrow_the_listing_by_source_agency_section_and_review()
    {
        var aniWorld = await CreateAsync(NewStored(Copy("g-f1", source: "ani", agency: "ANI")) with { Section = "world", Reviewed = true });
        var aniIndia = await CreateAsync(NewStored(Copy("g-f2", source: "ani", agency: "ANI")) with { Section = "india" });
        var partnerReuters = await CreateAsync(NewStored(Copy("g-f3", source: "partner", agency: "Reuters")) with { Section = "world" });
        var partnerAni = await CreateAsync(NewStored(Copy("g-f4", source: "partner", agency: "ANI")) with { Reviewed = true });

        async Task<IEnumerable<long>> Ids(StoryQuery query) => (await Store.ListAsync(query, Ct)).Select(s => s.Id);

        Assert.Equal([aniIndia.Id, aniWorld.Id], await Ids(new StoryQuery { Source = "ani" }));
        Assert.Equal([partnerAni.Id, aniIndia.Id, aniWorld.Id], await Ids(new StoryQuery { Agency = "ANI" }));
        Assert.Equal([partnerReuters.Id, aniWorld.Id], await Ids(new StoryQuery { Section = "world" }));
        Assert.Equal([partnerAni.Id, aniWorld.Id], await Ids(new StoryQuery { Reviewed = true }));
        Assert.Equal([partnerReuters.Id, aniIndia.Id], await Ids(new StoryQuery { Reviewed = false }));
        Assert.Equal([partnerAni.Id], await Ids(new StoryQuery { Source = "partner", Agency = "ANI" }));
        Assert.Equal([aniWorld.Id], await Ids(new StoryQuery { Section = "world", Reviewed = true, VisibleAt = T0 }));
        Assert.Empty(await Ids(new StoryQuery { Source = "pti" }));
    }

    [Fact]
    public async Task A_listing_returns_at_most_its_limit_and_refuses_a_limit_below_one()
    {
        for (var i = 0; i < 4; i++) await CreateAsync(Copy($"g-limit-{i}"));

        Assert.Equal(3, (await Store.ListAsync(new StoryQuery { Limit = 3 }, Ct)).Count);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.ListAsync(new StoryQuery { Limit = 0 }, Ct));
    }
}
