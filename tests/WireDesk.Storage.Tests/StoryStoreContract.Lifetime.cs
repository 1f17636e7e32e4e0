using WireDesk.Core.Ports;
using WireDesk.Core.Publishing;

namespace WireDesk.Storage.Tests;

public abstract partial class StoryStoreContract
{
    [Fact]
    public async Task Reopening_the_database_keeps_the_data_and_applies_no_migration_twice()
    {
        var created = await CreateAsync(Copy("g-reopen"));
        var schemaVersion = Store.SchemaVersion;

        await ReopenAsync();
        await ReopenAsync();

        Assert.Equal(schemaVersion, Store.SchemaVersion);
        Assert.True(Store.SchemaVersion >= 1);
        var found = await Store.FindAsync("ani", "g-reopen", Ct);
        Assert.NotNull(found);
        Assert.Equal(created.Id, found.Id);
        var appended = await AppendAsync(found, Copy("g-reopen", 2), true);
        Assert.Equal(2, appended.Current.Version);
    }

    [Fact]
    public async Task A_closed_store_refuses_further_calls()
    {
        var closed = Store;
        await closed.DisposeAsync();
        await closed.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => closed.FindAsync("ani", "g", Ct));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => CreateAsync(Copy("g-closed")));
        await ReopenAsync();
        Assert.Null(await Store.FindAsync("ani", "g-closed", Ct));
    }

    [Fact]
    public async Task Instants_are_kept_as_utc_to_the_microsecond()
    {
        // 15:55:10.1234567 +05:30: the last tick is below PostgreSQL's precision, so every engine drops it.
        var published = new DateTimeOffset(2026, 1, 9, 15, 55, 10, Ist).AddTicks(1_234_567);
        var saved = await CreateAsync(NewStored(Copy("g-instant")) with { PublishedAt = published, ModifiedAt = published });

        var fetched = await Store.GetAsync(saved.Id, Ct);

        var expected = new DateTimeOffset(2026, 1, 9, 10, 25, 10, TimeSpan.Zero).AddTicks(1_234_560);
        Assert.Equal(expected, fetched?.PublishedAt);
        Assert.Equal(TimeSpan.Zero, fetched?.PublishedAt?.Offset);
        Assert.Equal(expected, saved.ModifiedAt);
        var page = await Store.ListAsync(new StoryQuery { After = (published, saved.Id + 1) }, Ct);
        Assert.Equal([saved.Id], page.Select(s => s.Id));
    }

    [Fact]
    public async Task A_stored_story_lists_with_its_path_built_from_slug_and_id()
    {
        var saved = await CreateAsync(NewStored(Copy("g-path")) with { Slug = "venezuela-talks" });

        var listed = Assert.Single(await Store.ListAsync(new StoryQuery { States = [StoryState.Published] }, Ct));

        Assert.Equal($"/venezuela-talks-{saved.Id}", listed.Path);
    }
}
