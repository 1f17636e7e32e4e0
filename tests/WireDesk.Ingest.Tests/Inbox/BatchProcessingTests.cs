using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using WireDesk.Core.Inbox;
using WireDesk.Core.Ports;
using WireDesk.Core.Publishing;
using WireDesk.Core.Stories;
using WireDesk.Ingest.Inbox;
using WireDesk.Ingest.Sources;
using WireDesk.Ingest.Tests.Infrastructure;

namespace WireDesk.Ingest.Tests.Inbox;

/// <summary>
/// The inbox worker takes pending deliveries as one batch: read in parallel, decided in order, saved and marked done in
/// one transaction. These check that a batch decides exactly as one-by-one processing would.
/// </summary>
public sealed class BatchProcessingTests : IAsyncLifetime
{
    private TestWorkspace? test;
    private readonly System.Diagnostics.Metrics.MeterListener fallbacks = new();
    private long fallbackCount;
    private TestWorkspace Test => test!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        test = await TestWorkspace.CreateAsync(
            new SourceDefinition { Name = "ani", Transport = "push", Agency = "ANI" },
            new SourceDefinition { Name = "pti", Transport = "push", Agency = "PTI" });
        // A batch that fails falls back to one by one and still ends right; these tests want the batch itself right.
        fallbacks.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Name == "wiredesk.batch_fallbacks") listener.EnableMeasurementEvents(instrument);
        };
        fallbacks.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref fallbackCount, value));
        fallbacks.Start();
    }

    public async ValueTask DisposeAsync()
    {
        fallbacks.Dispose();
        if (test is not null) await test.DisposeAsync();
    }

    private static string Ninjs(string uri, int version, string headline, string body) =>
        $$"""{"uri":"{{uri}}","version":"{{version}}","versioncreated":"2026-01-09T1{{version}}:00:00+05:30","headline":"{{headline}}","body_text":"{{body}}","language":"en"}""";

    private Task<long> AcceptAsync(string source, string text, string name) => AcceptAsync(source, Encoding.UTF8.GetBytes(text), name);

    private async Task<long> AcceptAsync(string source, byte[] bytes, string name)
    {
        var raw = new RawDelivery(source, bytes, null, Convert.ToHexStringLower(SHA256.HashData(bytes)), Test.Clock.GetUtcNow(), "push", name);
        return (await Test.Workspace.Inbox.AcceptAsync(new InboxDelivery(raw), null, Ct)).DeliveryId;
    }

    private Task<int> DrainAsync() =>
        new InboxWorker(Test.Workspace.Inbox, Test.Workspace.Pipeline, Test.Workspace.InboxSignal, NullLogger<InboxWorker>.Instance)
            .DrainAsync(Ct);

    [Fact]
    public async Task A_story_and_its_update_in_one_batch_are_decided_in_order_and_an_unreadable_delivery_beside_them_is_quarantined_alone()
    {
        await AcceptAsync("pti", Ninjs("urn:test:batch:1", 1, "Port terminal opens", "Mumbai, Jan 9 (PTI) The terminal opened on Friday."), "v1.json");
        var bad = await AcceptAsync("pti", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0, 0, 0, 0], "bad.png");
        await AcceptAsync("pti", Ninjs("urn:test:batch:1", 2, "Port terminal opens to first ship", "Mumbai, Jan 9 (PTI) The terminal opened on Friday to its first ship."), "v2.json");

        Assert.Equal(3, await DrainAsync());

        var story = await Test.Workspace.Store.FindAsync("pti", "urn:test:batch:1", Ct);
        Assert.NotNull(story);
        Assert.Equal(2, story.Current.Version);
        Assert.Equal("Port terminal opens to first ship", story.Current.Headline);
        Assert.Equal(2, (await Test.Workspace.Store.GetVersionsAsync(story.Id, Ct)).Count);
        var entry = await Test.Workspace.Inbox.GetEntryAsync(bad, Ct);
        Assert.Equal(InboxStatus.Failed, entry?.Status);
        Assert.False(string.IsNullOrWhiteSpace(entry?.Error));
        Assert.Equal(new InboxDepth(0, 1), await Test.Workspace.Inbox.DepthAsync(Ct));
        Assert.Equal(0, Interlocked.Read(ref fallbackCount));
    }

    [Fact]
    public async Task Two_agencies_reporting_the_same_event_in_one_batch_are_clustered_as_one_by_one_would()
    {
        const string body = "New Delhi, Jan 9 The monsoon session of parliament will open on the third Monday of July and run for four weeks with eighteen sittings, the parliamentary affairs minister told reporters outside the house on Friday afternoon.";
        await AcceptAsync("ani", Ninjs("urn:test:ani:monsoon", 1, "Monsoon session from July", body), "ani.json");
        await AcceptAsync("pti", Ninjs("urn:test:pti:monsoon", 1, "Parliament monsoon session to open in July", body + " He gave no other details."), "pti.json");

        Assert.Equal(2, await DrainAsync());

        var first = await Test.Workspace.Store.FindAsync("ani", "urn:test:ani:monsoon", Ct);
        var second = await Test.Workspace.Store.FindAsync("pti", "urn:test:pti:monsoon", Ct);
        Assert.NotNull(first);
        Assert.NotNull(second);
        Assert.Equal(first.ClusterId ?? first.Id, second.ClusterId);
        Assert.Equal(0, Interlocked.Read(ref fallbackCount));
    }

    [Fact]
    public async Task What_a_batch_saves_is_committed_and_announced_and_a_later_delivery_of_the_same_story_sees_it()
    {
        var events = new List<long>();
        var listening = Task.Run(async () =>
        {
            await foreach (var e in Test.Workspace.Events.ListenAsync(0, Ct))
            {
                events.Add(e.StoryId);
                if (events.Count == 2) return;
            }
        }, Ct);
        await AcceptAsync("pti", Ninjs("urn:test:batch:a", 1, "First of two", "Mumbai, Jan 9 (PTI) First."), "a.json");
        await AcceptAsync("pti", Ninjs("urn:test:batch:b", 1, "Second of two", "Mumbai, Jan 9 (PTI) Second."), "b.json");
        Assert.Equal(2, await DrainAsync());
        await listening.WaitAsync(TimeSpan.FromSeconds(30), Ct);

        var a = await Test.Workspace.Store.FindAsync("pti", "urn:test:batch:a", Ct);
        var b = await Test.Workspace.Store.FindAsync("pti", "urn:test:batch:b", Ct);
        Assert.Equal([a!.Id, b!.Id], events);
        Assert.Equal(StoryState.Published, a.State);

        await AcceptAsync("pti", Ninjs("urn:test:batch:a", 1, "First of two", "Mumbai, Jan 9 (PTI) First."), "a-again.json");
        Assert.Equal(1, await DrainAsync());
        Assert.Single(await Test.Workspace.Store.GetVersionsAsync(a.Id, Ct));
    }
}
