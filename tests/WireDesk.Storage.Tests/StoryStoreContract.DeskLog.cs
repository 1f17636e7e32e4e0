using System.Security.Cryptography;
using WireDesk.Core.Desk;
using WireDesk.Core.Ports;
using WireDesk.Core.Publishing;
using WireDesk.Core.Stories;

namespace WireDesk.Storage.Tests;

public abstract partial class StoryStoreContract
{
    private IDeskLog DeskLog => Store;

    private Task<long> DeliverAsync(string source, DateTimeOffset at, string text)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        return Store.AddDeliveryAsync(new RawDelivery(source, bytes, "text/plain", Convert.ToHexStringLower(SHA256.HashData(bytes)), at, "push", $"{text}.txt"), Ct);
    }

    [Fact]
    public async Task The_audit_of_all_stories_comes_newest_first_with_headline_version_and_a_keyset_cursor()
    {
        var first = await CreateAsync(NewStored(Copy("g-audit-1", version: 3, headline: "First headline")),
            Audit("published", T0, versionId: 0, detail: "by policy"));
        var second = await CreateAsync(NewStored(Copy("g-audit-2", source: "pti", agency: "PTI")), Audit("published", T0.AddMinutes(1), versionId: 0));
        await Store.SaveAsync(new StoryChange(first with { HeadlineOverride = "Desk headline" }, null,
            [new AuditEntry(first.Id, "headline overridden", "editor:asha", first.CurrentVersionId, T0.AddMinutes(2), "before: x; after: y")]), Ct);

        var all = await DeskLog.ListAuditAsync(new AuditQuery(), Ct);
        var byEditors = await DeskLog.ListAuditAsync(new AuditQuery { ActorPrefix = "editor:" }, Ct);
        var older = await DeskLog.ListAuditAsync(new AuditQuery { BeforeId = all[0].Id, Limit = 1 }, Ct);
        var ofSecond = await DeskLog.ListAuditAsync(new AuditQuery { StoryId = second.Id }, Ct);

        Assert.Equal(["headline overridden", "published", "published"], all.Select(a => a.Entry.Action));
        Assert.Equal([first.Id, second.Id, first.Id], all.Select(a => a.Entry.StoryId));
        var edit = Assert.Single(byEditors);
        Assert.Equal("editor:asha", edit.Entry.Actor);
        Assert.Equal("Desk headline", edit.Headline);
        Assert.Equal("ani", edit.Source);
        Assert.Equal(3, edit.AgencyVersion);
        Assert.Equal(first.CurrentVersionId, edit.Entry.VersionId);
        Assert.Equal(T0.AddMinutes(2), edit.Entry.At);
        Assert.Equal("before: x; after: y", edit.Entry.Detail);
        Assert.Equal([all[1].Id], older.Select(a => a.Id));
        Assert.Equal("pti", Assert.Single(ofSecond).Source);
    }

    [Fact]
    public async Task Source_receipts_count_deliveries_and_name_the_last_receipt_and_the_last_failure()
    {
        await DeliverAsync("ani", T0, "one");
        await DeliverAsync("ani", T0.AddHours(2), "two");
        var bad = await DeliverAsync("ani", T0.AddHours(1), "three");
        await DeliverAsync("pti", T0.AddMinutes(5), "four");
        await ExecuteSqlAsync($"UPDATE deliveries SET status = 'failed', error = 'no parser for this format', attempts = 3 WHERE id = {bad}");

        var receipts = await DeskLog.ListSourceReceiptsAsync(T0.AddMinutes(30), Ct);

        Assert.Equal(["ani", "pti"], receipts.Select(r => r.Source));
        var ani = receipts[0];
        Assert.Equal(3, ani.Deliveries);
        Assert.Equal(2, ani.DeliveriesSince);
        Assert.Equal(T0.AddHours(2), ani.LastReceivedAt);
        Assert.Equal(1, ani.Failed);
        Assert.Equal("no parser for this format", ani.LastError);
        Assert.Equal(T0.AddHours(1), ani.LastErrorAt);
        var pti = receipts[1];
        Assert.Equal((1L, 0L, 0L), (pti.Deliveries, pti.DeliveriesSince, pti.Failed));
        Assert.Null(pti.LastError);

        var failed = Assert.Single(await DeskLog.ListFailedDeliveriesAsync(10, Ct));
        Assert.Equal((bad, "ani", "push", "three.txt", 3), (failed.Id, failed.Source, failed.Transport, failed.Name, failed.Attempts));
        Assert.Equal("no parser for this format", failed.Error);
        Assert.Equal(T0.AddHours(1), failed.ReceivedAt);
    }

    [Fact]
    public async Task Desk_changes_come_back_newest_first()
    {
        await DeskLog.AddDeskChangeAsync(new DeskChange(T0, "editor:asha", "source paused", "ani", null), Ct);
        await DeskLog.AddDeskChangeAsync(new DeskChange(T0.AddMinutes(1), "editor:asha", "policy edited", "ani", "{\"defaultAction\":\"hold\"}"), Ct);

        var changes = await DeskLog.ListDeskChangesAsync(10, Ct);

        Assert.Equal(["policy edited", "source paused"], changes.Select(c => c.Action));
        Assert.Equal("{\"defaultAction\":\"hold\"}", changes[0].Detail);
        Assert.Equal(T0.AddMinutes(1), changes[0].At);
        Assert.True(changes[0].Id > changes[1].Id);
        Assert.Single(await DeskLog.ListDeskChangesAsync(1, Ct));
    }

    [Fact]
    public async Task Listing_by_urgency_keeps_only_stories_at_least_that_urgent()
    {
        var flash = await CreateAsync(Copy("g-urgent-1") with { Urgency = 1 });
        var routine = await CreateAsync(Copy("g-urgent-5") with { Urgency = 5 });
        await CreateAsync(Copy("g-urgent-none"));

        var urgent = await Store.ListAsync(new StoryQuery { UrgencyAtMost = 2 }, Ct);
        var upToFive = await Store.ListAsync(new StoryQuery { UrgencyAtMost = 5 }, Ct);

        Assert.Equal([flash.Id], urgent.Select(s => s.Id));
        Assert.Equal([routine.Id, flash.Id], upToFive.Select(s => s.Id));
    }
}
