using WireDesk.Core.Ports;
using WireDesk.Core.Publishing;
using WireDesk.Core.Stories;

namespace WireDesk.Storage.Tests;

/// <summary>
/// What every <see cref="IStoryStore"/> engine must do. Each engine's test class opens a store on a database of
/// its own for each test; the cases live in the partial files beside this one.
/// </summary>
public abstract partial class StoryStoreContract : IAsyncLifetime
{
    protected static readonly DateTimeOffset T0 = new(2026, 1, 9, 10, 0, 0, TimeSpan.Zero);
    protected static readonly TimeSpan Ist = new(5, 30, 0);

    private SqlStoryStore? store;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected SqlStoryStore Store => store ?? throw new InvalidOperationException("the store is not open");

    /// <summary>Opens the store on this test's own database; called again, opens the same database again.</summary>
    protected abstract Task<SqlStoryStore> OpenStoreAsync();

    /// <summary>Removes this test's database once the store is closed.</summary>
    protected abstract ValueTask DeleteDatabaseAsync();

    /// <summary>Runs SQL on this test's database outside the store, for states only another component writes.</summary>
    protected abstract Task ExecuteSqlAsync(string sql);

    public virtual async ValueTask InitializeAsync() => store = await OpenStoreAsync();

    public async ValueTask DisposeAsync()
    {
        if (store is not null) await store.DisposeAsync();
        await DeleteDatabaseAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>Closes the store and opens the same database again.</summary>
    protected async Task ReopenAsync()
    {
        await Store.DisposeAsync();
        store = null;
        store = await OpenStoreAsync();
    }

    protected static Story Copy(string guid, int? version = 1, string? headline = null, string source = "ani",
        string? agency = "ANI") => new()
    {
        Source = source,
        Agency = agency,
        Guid = guid,
        Version = version,
        Headline = headline ?? $"Headline of {guid} v{version}",
        Body = new StoryBody([$"Body of {guid} v{version}."], $"<p>Body of {guid} v{version}.</p>"),
        ContentHash = $"hash-{guid}-{version}",
    };

    protected static StoredStory NewStored(Story story, StoryState state = StoryState.Published) => new()
    {
        Id = 0,
        Source = story.Source,
        Guid = story.Guid,
        Slug = $"slug-{story.Guid}",
        State = state,
        Current = story,
        ReceivedAt = T0,
    };

    protected Task<StoredStory> CreateAsync(StoredStory stored, params AuditEntry[] audit) =>
        Store.SaveAsync(new StoryChange(stored, new NewVersion(stored.Current, null, stored.ReceivedAt, true), audit), Ct);

    protected Task<StoredStory> CreateAsync(Story story, StoryState state = StoryState.Published) =>
        CreateAsync(NewStored(story, state));

    protected Task<StoredStory> AppendAsync(StoredStory stored, Story version, bool makeCurrent, params AuditEntry[] audit) =>
        Store.SaveAsync(new StoryChange(stored, new NewVersion(version, null, T0.AddMinutes(1), makeCurrent), audit), Ct);

    protected static AuditEntry Audit(string action, DateTimeOffset at, long? versionId = null, string? detail = null) =>
        new(0, action, "test", versionId, at, detail);
}
