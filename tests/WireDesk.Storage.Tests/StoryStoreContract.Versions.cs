using WireDesk.Core.Ports;
using WireDesk.Core.Publishing;

namespace WireDesk.Storage.Tests;

public abstract partial class StoryStoreContract
{
    [Fact]
    public async Task Versions_are_listed_in_arrival_order_whatever_their_numbers()
    {
        var created = await CreateAsync(Copy("g-order", 2));
        await AppendAsync(created, Copy("g-order", 5), makeCurrent: true);
        // An older version arriving late is kept for the record but not made current.
        await AppendAsync(created, Copy("g-order", 3), makeCurrent: false);
        await AppendAsync(created, Copy("g-order", null), makeCurrent: false);

        var versions = await Store.GetVersionsAsync(created.Id, Ct);

        Assert.Equal(new int?[] { 2, 5, 3, null }, versions.Select(v => v.Version));
        Assert.Equal(new long[] { 1, 2, 3, 4 }, versions.Select(v => v.Arrival));
        Assert.Equal(versions.Select(v => v.Id).Order(), versions.Select(v => v.Id));
        Assert.Equal(["hash-g-order-2", "hash-g-order-5", "hash-g-order-3", "hash-g-order-"],
            versions.Select(v => v.ContentHash));
        Assert.Equal(versions.Select(v => v.Story.Headline), versions.Select(v => $"Headline of g-order v{v.Version}"));
        Assert.All(versions, v => Assert.Equal(created.Id, v.StoryId));
        Assert.Equal(versions[1].Id, (await Store.GetAsync(created.Id, Ct))?.CurrentVersionId);
    }

    [Fact]
    public async Task Versions_of_different_stories_count_their_arrivals_apart()
    {
        var a = await CreateAsync(Copy("g-a"));
        var b = await CreateAsync(Copy("g-b"));
        await AppendAsync(a, Copy("g-a", 2), true);
        await AppendAsync(b, Copy("g-b", 2), true);

        Assert.Equal(new long[] { 1, 2 }, (await Store.GetVersionsAsync(a.Id, Ct)).Select(v => v.Arrival));
        Assert.Equal(new long[] { 1, 2 }, (await Store.GetVersionsAsync(b.Id, Ct)).Select(v => v.Arrival));
        Assert.Empty(await Store.GetVersionsAsync(b.Id + 1000, Ct));
    }

    [Fact]
    public async Task Making_a_version_current_switches_the_story_served()
    {
        var created = await CreateAsync(Copy("g-current", 1, "First"));

        var notCurrent = await AppendAsync(created, Copy("g-current", 2, "Second"), makeCurrent: false);
        Assert.Equal("First", notCurrent.Current.Headline);
        Assert.Equal(created.CurrentVersionId, notCurrent.CurrentVersionId);

        var current = await AppendAsync(created, Copy("g-current", 3, "Third", agency: "Reuters"), makeCurrent: true);
        var versions = await Store.GetVersionsAsync(created.Id, Ct);
        Assert.Equal("Third", current.Current.Headline);
        Assert.Equal(versions[2].Id, current.CurrentVersionId);
        var fetched = await Store.GetAsync(created.Id, Ct);
        Assert.Equal("Third", fetched?.Current.Headline);
        Assert.Equal(3, fetched?.Current.Version);
        Assert.Equal([created.Id], (await Store.ListAsync(new StoryQuery { Agency = "Reuters" }, Ct)).Select(s => s.Id));
        Assert.Empty(await Store.ListAsync(new StoryQuery { Agency = "ANI" }, Ct));
    }

    [Fact]
    public async Task Concurrent_saves_to_one_story_each_get_their_own_arrival()
    {
        var created = await CreateAsync(Copy("g-race"));

        await Task.WhenAll(Enumerable.Range(2, 16).Select(n =>
            Task.Run(() => AppendAsync(created, Copy("g-race", n), makeCurrent: true, Audit($"v{n}", T0, 0)), Ct)));

        var versions = await Store.GetVersionsAsync(created.Id, Ct);
        Assert.Equal(Enumerable.Range(1, 17).Select(n => (long)n), versions.Select(v => v.Arrival));
        Assert.Equal(Enumerable.Range(1, 17), versions.Select(v => v.Version!.Value).Order());
        var current = await Store.GetAsync(created.Id, Ct);
        Assert.Equal(versions[^1].Id, current?.CurrentVersionId);
        Assert.Equal(16, (await Store.GetAuditAsync(created.Id, Ct)).Count);
    }

    [Fact]
    public async Task Concurrent_first_copies_of_one_guid_store_one_story()
    {
        var attempts = await Task.WhenAll(Enumerable.Range(1, 8).Select(n => Task.Run(async () =>
        {
            try
            {
                await CreateAsync(Copy("g-first", n));
                return true;
            }
            catch (StoryAlreadyExistsException)
            {
                return false;
            }
        }, Ct)));

        Assert.Single(attempts, won => won);
        var stored = await Store.FindAsync("ani", "g-first", Ct);
        Assert.NotNull(stored);
        Assert.Single(await Store.GetVersionsAsync(stored.Id, Ct));
        Assert.Single(await Store.ListAsync(new StoryQuery(), Ct));
    }
}
