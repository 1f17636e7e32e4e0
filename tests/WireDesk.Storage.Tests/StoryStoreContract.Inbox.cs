using System.Security.Cryptography;
using System.Text;
using WireDesk.Core.Inbox;
using WireDesk.Core.Stories;

namespace WireDesk.Storage.Tests;

public abstract partial class StoryStoreContract
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    private static InboxDelivery Delivery(string text, string? key = null, string source = "ani", string transport = "push")
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var raw = new RawDelivery(source, bytes, "text/plain", Convert.ToHexStringLower(SHA256.HashData(bytes)), T0, transport, $"{text}.txt");
        return new InboxDelivery(raw, key, new Dictionary<string, string> { ["remote"] = "127.0.0.1" });
    }

    private static InboxClaim Claim(string owner, DateTimeOffset now) => new(owner, now, Lease);

    [Fact]
    public async Task An_accepted_delivery_is_pending_and_claimed_once_with_its_bytes()
    {
        var receipt = await Store.AcceptAsync(Delivery("one"), null, Ct);

        var claimed = await Store.ClaimAsync(Claim("a", T0), 10, Ct);
        var again = await Store.ClaimAsync(Claim("b", T0.AddSeconds(1)), 10, Ct);

        Assert.False(receipt.Repeated);
        Assert.Equal(InboxStatus.Pending, receipt.Status);
        var item = Assert.Single(claimed);
        Assert.Equal(receipt.DeliveryId, item.Id);
        Assert.Equal("one"u8.ToArray(), item.Raw.Bytes);
        Assert.Equal("push", item.Raw.Transport);
        Assert.Equal(1, item.Attempts);
        Assert.Empty(again);
    }

    [Fact]
    public async Task The_same_idempotency_key_gives_the_same_receipt_and_no_second_delivery()
    {
        var first = await Store.AcceptAsync(Delivery("one", key: "k-1"), null, Ct);
        var second = await Store.AcceptAsync(Delivery("one", key: "k-1"), null, Ct);
        var otherSource = await Store.AcceptAsync(Delivery("one", key: "k-1", source: "pti"), null, Ct);

        Assert.Equal(first.DeliveryId, second.DeliveryId);
        Assert.True(second.Repeated);
        Assert.False(second.Claimed);
        Assert.NotEqual(first.DeliveryId, otherSource.DeliveryId);
        Assert.Equal(2, (await Store.ClaimAsync(Claim("a", T0), 10, Ct)).Count);
    }

    [Fact]
    public async Task A_batch_is_accepted_in_order_with_repeats_within_it_and_of_earlier_deliveries_recognised()
    {
        var earlier = await Store.AcceptAsync(Delivery("zero", key: "k-0"), null, Ct);
        var done = (await Store.AcceptAsync(Delivery("done", key: "k-done"), null, Ct)).DeliveryId;
        await Store.CompleteAsync(done, T0, Ct);

        var receipts = await Store.AcceptManyAsync(
            [Delivery("one", key: "k-1"), Delivery("zero", key: "k-0"), Delivery("two"), Delivery("one", key: "k-1"), Delivery("done", key: "k-done")],
            Claim("drop", T0), Ct);

        Assert.Equal(5, receipts.Count);
        Assert.Equal([false, true, false, true, true], receipts.Select(r => r.Repeated));
        Assert.Equal([true, false, true, false, false], receipts.Select(r => r.Claimed));
        Assert.Equal(earlier.DeliveryId, receipts[1].DeliveryId);
        Assert.Equal(receipts[0].DeliveryId, receipts[3].DeliveryId);
        Assert.Equal(InboxStatus.Done, receipts[4].Status);
        Assert.True(receipts[0].DeliveryId < receipts[2].DeliveryId);
        // The claimed ones belong to the batch's owner; the earlier pending one is free for anyone.
        var free = Assert.Single(await Store.ClaimAsync(Claim("worker", T0.AddSeconds(1)), 10, Ct));
        Assert.Equal(earlier.DeliveryId, free.Id);
        Assert.NotNull(await Store.ClaimByIdAsync(receipts[2].DeliveryId, Claim("drop", T0.AddSeconds(1)), Ct));
        Assert.Empty(await Store.AcceptManyAsync([], null, Ct));
    }

    [Fact]
    public async Task A_batch_with_a_delivery_whose_hash_is_wrong_is_refused_whole()
    {
        var bad = Delivery("bad") is var d ? d with { Raw = d.Raw with { Sha256 = new string('0', 64) } } : null!;

        await Assert.ThrowsAsync<ArgumentException>(() => Store.AcceptManyAsync([Delivery("good"), bad], null, Ct));

        Assert.Empty(await Store.ClaimAsync(Claim("a", T0), 10, Ct));
    }

    [Fact]
    public async Task A_claim_whose_lease_expired_is_taken_again_as_after_a_crash()
    {
        var id = (await Store.AcceptAsync(Delivery("one"), null, Ct)).DeliveryId;
        await Store.ClaimAsync(Claim("crashed", T0), 10, Ct);

        var beforeExpiry = await Store.ClaimAsync(Claim("b", T0 + Lease - TimeSpan.FromSeconds(1)), 10, Ct);
        var afterExpiry = await Store.ClaimAsync(Claim("b", T0 + Lease + TimeSpan.FromSeconds(1)), 10, Ct);

        Assert.Empty(beforeExpiry);
        var item = Assert.Single(afterExpiry);
        Assert.Equal(id, item.Id);
        Assert.Equal(2, item.Attempts);
    }

    [Fact]
    public async Task A_delivery_accepted_with_a_claim_is_not_taken_by_others_but_its_owner_may_take_it_by_id()
    {
        var receipt = await Store.AcceptAsync(Delivery("one"), Claim("cli", T0), Ct);

        Assert.True(receipt.Claimed);
        Assert.Empty(await Store.ClaimAsync(Claim("worker", T0.AddSeconds(1)), 10, Ct));
        Assert.Null(await Store.ClaimByIdAsync(receipt.DeliveryId, Claim("worker", T0.AddSeconds(1)), Ct));
        Assert.NotNull(await Store.ClaimByIdAsync(receipt.DeliveryId, Claim("cli", T0.AddSeconds(1)), Ct));
    }

    [Fact]
    public async Task Claims_come_oldest_first_and_no_more_than_asked()
    {
        var ids = new List<long>();
        for (var i = 0; i < 5; i++) ids.Add((await Store.AcceptAsync(Delivery($"d{i}"), null, Ct)).DeliveryId);

        var first = await Store.ClaimAsync(Claim("a", T0), 3, Ct);
        var rest = await Store.ClaimAsync(Claim("a", T0), 3, Ct);

        Assert.Equal(ids[..3], first.Select(i => i.Id));
        Assert.Equal(ids[3..], rest.Select(i => i.Id));
    }

    [Fact]
    public async Task A_completed_delivery_is_done_and_never_claimed_again()
    {
        var id = (await Store.AcceptAsync(Delivery("one"), null, Ct)).DeliveryId;
        await Store.ClaimAsync(Claim("a", T0), 10, Ct);

        await Store.CompleteAsync(id, T0.AddSeconds(1), Ct);

        var entry = await Store.GetEntryAsync(id, Ct);
        Assert.Equal(InboxStatus.Done, entry!.Status);
        Assert.Equal(T0.AddSeconds(1), entry.ProcessedAt);
        Assert.Empty(await Store.ClaimAsync(Claim("b", T0.AddHours(1)), 10, Ct));
        Assert.Equal(new InboxDepth(0, 0), await Store.DepthAsync(Ct));
    }

    [Fact]
    public async Task A_batch_is_completed_in_one_call_and_none_of_it_is_claimed_again()
    {
        var ids = new List<long>();
        for (var i = 0; i < 3; i++) ids.Add((await Store.AcceptAsync(Delivery($"b{i}"), null, Ct)).DeliveryId);
        await Store.ClaimAsync(Claim("a", T0), 10, Ct);

        await Store.CompleteManyAsync(ids, T0, Ct);
        await Store.CompleteManyAsync([], T0, Ct);

        Assert.Empty(await Store.ClaimAsync(Claim("b", T0.AddHours(1)), 10, Ct));
        Assert.All(ids, id => Assert.Equal(InboxStatus.Done, Store.GetEntryAsync(id, Ct).Result!.Status));
    }

    [Fact]
    public async Task A_quarantined_delivery_is_listed_with_its_reason_and_replayed_back_to_pending()
    {
        var good = (await Store.AcceptAsync(Delivery("good"), null, Ct)).DeliveryId;
        var bad = (await Store.AcceptAsync(Delivery("bad", key: "file-bad"), null, Ct)).DeliveryId;
        await Store.ClaimAsync(Claim("a", T0), 10, Ct);
        await Store.CompleteAsync(good, T0, Ct);
        await Store.QuarantineAsync(bad, "XML root element <html> is not an agency format", T0, Ct);

        var failed = Assert.Single(await Store.ListFailedAsync(10, Ct));
        Assert.Equal(bad, failed.Id);
        Assert.Equal("XML root element <html> is not an agency format", failed.Error);
        Assert.Equal("file-bad", failed.IdempotencyKey);
        Assert.Equal(new InboxDepth(0, 1), await Store.DepthAsync(Ct));

        Assert.True(await Store.ReplayAsync(bad, Ct));
        Assert.False(await Store.ReplayAsync(424242, Ct));
        Assert.Empty(await Store.ListFailedAsync(10, Ct));
        var retaken = Assert.Single(await Store.ClaimAsync(Claim("b", T0.AddSeconds(1)), 10, Ct));
        Assert.Equal(bad, retaken.Id);
        Assert.Equal(2, retaken.Attempts);
    }

    [Fact]
    public async Task Replaying_every_failed_delivery_counts_them()
    {
        for (var i = 0; i < 3; i++)
        {
            var id = (await Store.AcceptAsync(Delivery($"bad{i}"), null, Ct)).DeliveryId;
            await Store.QuarantineAsync(id, "unreadable", T0, Ct);
        }

        Assert.Equal(3, await Store.ReplayFailedAsync(Ct));
        Assert.Equal(new InboxDepth(3, 0), await Store.DepthAsync(Ct));
    }

    [Fact]
    public async Task A_pending_delivery_survives_closing_and_reopening_the_store()
    {
        var id = (await Store.AcceptAsync(Delivery("durable", key: "k"), null, Ct)).DeliveryId;

        await ReopenAsync();

        Assert.Equal(id, Assert.Single(await Store.ClaimAsync(Claim("a", T0), 10, Ct)).Id);
        Assert.True((await Store.AcceptAsync(Delivery("durable", key: "k"), null, Ct)).Repeated);
    }

    [Fact]
    public async Task Two_claimers_at_once_never_take_the_same_delivery()
    {
        for (var i = 0; i < 40; i++) await Store.AcceptAsync(Delivery($"c{i}"), null, Ct);

        var claims = await Task.WhenAll(Enumerable.Range(0, 4).Select(n =>
            Task.Run(async () =>
            {
                var mine = new List<long>();
                while ((await Store.ClaimAsync(Claim($"w{n}", T0), 3, Ct)) is { Count: > 0 } got) mine.AddRange(got.Select(g => g.Id));
                return mine;
            })));

        var all = claims.SelectMany(c => c).ToList();
        Assert.Equal(40, all.Count);
        Assert.Equal(40, all.Distinct().Count());
    }

    [Fact]
    public async Task A_delivery_whose_hash_does_not_match_is_refused_by_the_inbox()
    {
        var d = Delivery("one");
        var wrong = d with { Raw = d.Raw with { Sha256 = new string('0', 64) } };

        await Assert.ThrowsAsync<ArgumentException>(() => Store.AcceptAsync(wrong, null, Ct));
    }
}
