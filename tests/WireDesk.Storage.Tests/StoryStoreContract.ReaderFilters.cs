using WireDesk.Core.Ports;
using WireDesk.Core.Publishing;
using WireDesk.Core.Stories;

namespace WireDesk.Storage.Tests;

public abstract partial class StoryStoreContract
{
    private static Story Placed(string guid, string? place, string agency = "ANI") =>
        Copy(guid, agency: agency) with { Dateline = place is null ? null : new Dateline($"{place}, January 9 (ANI):") { Place = place } };

    [Fact]
    public async Task The_reader_filters_are_in_the_schema_as_migration_4()
    {
        Assert.True(Store.SchemaVersion >= 4);
        var sameAfterReopen = Store.SchemaVersion;
        await ReopenAsync();
        Assert.Equal(sameAfterReopen, Store.SchemaVersion);
    }

    [Fact]
    public async Task Place_and_agency_filters_match_without_regard_to_case()
    {
        var delhi = await CreateAsync(Placed("g-p1", "New Delhi"));
        var delhiReuters = await CreateAsync(Placed("g-p2", "NEW DELHI", agency: "Reuters"));
        await CreateAsync(Placed("g-p3", "Mumbai"));
        await CreateAsync(Placed("g-p4", null));

        async Task<IEnumerable<long>> Ids(StoryQuery query) => (await Store.ListAsync(query, Ct)).Select(s => s.Id);

        Assert.Equal([delhiReuters.Id, delhi.Id], await Ids(new StoryQuery { Place = "new delhi" }));
        Assert.Equal([delhiReuters.Id], await Ids(new StoryQuery { Place = "New Delhi", Agency = "reuters" }));
        Assert.Equal(3, (await Ids(new StoryQuery { Agency = "ani" })).Count());
        Assert.Empty(await Ids(new StoryQuery { Place = "Delhi" }));
    }

    [Fact]
    public async Task The_cluster_filter_lists_the_agencies_reporting_one_event()
    {
        var first = await CreateAsync(Copy("g-c1"));
        var second = await CreateAsync(NewStored(Copy("g-c2", agency: "PTI")) with { ClusterId = first.Id });
        var firstInCluster = await Store.SaveAsync(new StoryChange(first with { ClusterId = first.Id }, null, []), Ct);
        await CreateAsync(NewStored(Copy("g-c3")) with { ClusterId = 999 });

        var cluster = await Store.ListAsync(new StoryQuery { ClusterId = first.Id }, Ct);

        Assert.Equal([second.Id, firstInCluster.Id], cluster.Select(s => s.Id));
    }

    [Fact]
    public async Task Since_and_updated_since_bound_the_listing_by_published_and_modified_time()
    {
        var old = await CreateAsync(NewStored(Copy("g-s1")) with { PublishedAt = T0, ModifiedAt = T0.AddHours(3) });
        var recent = await CreateAsync(NewStored(Copy("g-s2")) with { PublishedAt = T0.AddHours(2), ModifiedAt = T0.AddHours(2) });
        var never = await CreateAsync(NewStored(Copy("g-s3"), StoryState.Held) with { ReceivedAt = T0.AddHours(4) });

        async Task<IEnumerable<long>> Ids(StoryQuery query) => (await Store.ListAsync(query, Ct)).Select(s => s.Id);

        Assert.Equal([never.Id, recent.Id], await Ids(new StoryQuery { Since = T0.AddHours(2) }));
        Assert.Equal([recent.Id], await Ids(new StoryQuery { Since = T0.AddHours(2), VisibleAt = T0.AddDays(1) }));
        Assert.Equal([recent.Id, old.Id], await Ids(new StoryQuery { UpdatedSince = T0.AddHours(2) }));
        Assert.Equal([old.Id], await Ids(new StoryQuery { UpdatedSince = T0.AddHours(2).AddTicks(10) }));
    }

    [Fact]
    public async Task Oldest_first_walks_the_listing_the_other_way_with_the_same_cursor()
    {
        var ids = new List<long>();
        for (var i = 0; i < 9; i++)
            ids.Add((await CreateAsync(NewStored(Copy($"g-o{i}")) with { PublishedAt = T0.AddMinutes(i / 2) })).Id);

        var walked = new List<long>();
        (DateTimeOffset, long)? after = null;
        while (true)
        {
            var page = await Store.ListAsync(new StoryQuery { OldestFirst = true, After = after, Limit = 4 }, Ct);
            if (page.Count == 0) break;
            walked.AddRange(page.Select(s => s.Id));
            after = (page[^1].PublishedAt!.Value, page[^1].Id);
        }

        Assert.Equal(ids, walked);
    }
}
