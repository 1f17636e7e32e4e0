using WireDesk.Core.Health;
using WireDesk.Core.Ports;

namespace WireDesk.Storage.Tests;

public abstract partial class StoryStoreContract
{
    [Fact]
    public async Task Source_status_counts_consecutive_failures_until_a_success()
    {
        await Store.RecordFailureAsync("pti", "HTTP 500", T0, Ct);
        await Store.RecordFailureAsync("pti", "timed out", T0.AddMinutes(1), Ct);
        var failing = Assert.Single(await Store.ListStatusAsync(T0, Ct));

        await Store.RecordSuccessAsync("pti", T0.AddMinutes(2), Ct);
        var recovered = Assert.Single(await Store.ListStatusAsync(T0, Ct));

        Assert.Equal(2, failing.ConsecutiveFailures);
        Assert.Equal("timed out", failing.LastError);
        Assert.Equal(T0.AddMinutes(1), failing.LastErrorAt);
        Assert.Null(failing.LastSuccessAt);
        Assert.Equal(0, recovered.ConsecutiveFailures);
        Assert.Equal(T0.AddMinutes(2), recovered.LastSuccessAt);
        Assert.Equal("timed out", recovered.LastError);
    }

    [Fact]
    public async Task Source_status_keeps_poll_validators_and_lags()
    {
        await Store.SavePollStateAsync("reuters", new PollState("\"abc\"", "Fri, 09 Jan 2026 10:00:00 GMT", T0.AddMinutes(5)), Ct);
        await Store.RecordLiveAsync("reuters", T0, TimeSpan.FromMilliseconds(12.5), TimeSpan.FromSeconds(40), Ct);

        await ReopenAsync();
        var status = Assert.Single(await Store.ListStatusAsync(T0, Ct));

        Assert.Equal(new PollState("\"abc\"", "Fri, 09 Jan 2026 10:00:00 GMT", T0.AddMinutes(5)), status.Poll);
        Assert.Equal(T0, status.LastDeliveryAt);
        Assert.Equal(TimeSpan.FromMilliseconds(12.5), status.ReceiptLag);
        Assert.Equal(TimeSpan.FromSeconds(40), status.AgencyLag);
    }

    [Fact]
    public async Task Source_status_counts_stories_received_in_the_window_even_for_sources_without_a_status_row()
    {
        await Store.SaveAsync(new StoryChange(NewStored(Copy("old")), new NewVersion(Copy("old"), null, T0.AddHours(-30), true), []), Ct);
        await CreateAsync(Copy("g1"));
        await CreateAsync(Copy("g2"));

        var status = Assert.Single(await Store.ListStatusAsync(T0.AddHours(-24), Ct));

        Assert.Equal("ani", status.Source);
        Assert.Equal(2, status.ItemsInWindow);
    }
}
