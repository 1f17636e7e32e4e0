using WireDesk.Core.Inbox;

namespace WireDesk.Storage.Tests;

public abstract partial class StoryStoreContract
{
    [Fact]
    public async Task In_one_transaction_reads_see_its_own_writes_and_others_see_nothing_until_it_commits()
    {
        var seenInside = (long?)null;
        // Another flow (a web request), started outside the transaction, reads what is committed: nothing yet.
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var outside = Task.Run(async () =>
        {
            await go.Task;
            return await Store.FindAsync("ani", "uow-1", Ct);
        }, Ct);
        var id = await Store.InOneTransactionAsync(async () =>
        {
            var created = await CreateAsync(Copy("uow-1"));
            await AppendAsync(created, Copy("uow-1", version: 2), makeCurrent: true);
            seenInside = (await Store.FindAsync("ani", "uow-1", Ct))?.Current.Version;
            go.SetResult();
            Assert.Null(await outside);
            return created.Id;
        }, Ct);

        Assert.Equal(2, seenInside);
        var stored = await Store.GetAsync(id, Ct);
        Assert.Equal(2, stored?.Current.Version);
        Assert.Equal(2, (await Store.GetVersionsAsync(id, Ct)).Count);
    }

    [Fact]
    public async Task A_transaction_that_throws_keeps_nothing_of_what_it_wrote()
    {
        var accepted = await Store.AcceptAsync(Delivery("kept"), null, Ct);

        await Assert.ThrowsAsync<InvalidOperationException>(() => Store.InOneTransactionAsync<int>(async () =>
        {
            await CreateAsync(Copy("uow-gone"));
            await Store.CompleteManyAsync([accepted.DeliveryId], T0, Ct);
            throw new InvalidOperationException("the batch fails");
        }, Ct));

        Assert.Null(await Store.FindAsync("ani", "uow-gone", Ct));
        Assert.Equal(InboxStatus.Pending, (await Store.GetEntryAsync(accepted.DeliveryId, Ct))?.Status);
        // The store is usable afterwards, inside and outside a transaction.
        await Store.InOneTransactionAsync(() => CreateAsync(Copy("uow-after")), Ct);
        Assert.NotNull(await Store.FindAsync("ani", "uow-after", Ct));
    }

    [Fact]
    public async Task A_write_from_another_flow_waits_for_the_transaction_or_runs_beside_it_without_mixing_in()
    {
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var outside = Task.Run(async () =>
        {
            await go.Task;
            return await Store.AcceptAsync(Delivery("beside"), null, Ct);
        }, Ct);
        var inside = Store.InOneTransactionAsync<int>(async () =>
        {
            await CreateAsync(Copy("uow-long"));
            go.SetResult();
            await Task.WhenAny(outside, Task.Delay(200, Ct));
            throw new InvalidOperationException("rolled back");
        }, Ct);

        await Assert.ThrowsAsync<InvalidOperationException>(() => inside);
        var receipt = await outside;
        Assert.Null(await Store.FindAsync("ani", "uow-long", Ct));
        Assert.Equal(InboxStatus.Pending, (await Store.GetEntryAsync(receipt.DeliveryId, Ct))?.Status);
    }
}
