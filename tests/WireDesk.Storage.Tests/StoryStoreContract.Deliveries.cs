using System.Security.Cryptography;
using WireDesk.Core.Stories;

namespace WireDesk.Storage.Tests;

public abstract partial class StoryStoreContract
{
    [Theory]
    [InlineData(0)]
    [InlineData(256)]
    [InlineData(3_000_000)]
    public async Task A_delivery_comes_back_byte_for_byte_with_its_hash_and_receipt(int size)
    {
        var bytes = new byte[size];
        for (var i = 0; i < size; i++) bytes[i] = (byte)(i * 7 + i / 256);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var receivedAt = new DateTimeOffset(2026, 1, 9, 15, 55, 10, 123, Ist);
        var delivery = new RawDelivery("ani", bytes, "application/xml; charset=utf-8", sha, receivedAt, "push", "ani-123.xml");

        var id = await Store.AddDeliveryAsync(delivery, Ct);
        var stored = await Store.GetDeliveryAsync(id, Ct);

        Assert.NotNull(stored);
        Assert.Equal(bytes, stored.Bytes);
        Assert.Equal(sha, stored.Sha256);
        Assert.Equal(sha, Convert.ToHexStringLower(SHA256.HashData(stored.Bytes)));
        Assert.Equal("ani", stored.Source);
        Assert.Equal("application/xml; charset=utf-8", stored.ContentType);
        Assert.Equal("push", stored.Transport);
        Assert.Equal("ani-123.xml", stored.Name);
        Assert.Equal(receivedAt, stored.ReceivedAt);
        Assert.Equal(TimeSpan.Zero, stored.ReceivedAt.Offset);
    }

    [Fact]
    public async Task A_delivery_without_content_type_or_name_keeps_them_absent()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, 0x00, 0xFF];
        var delivery = new RawDelivery("pti", bytes, null, Convert.ToHexString(SHA256.HashData(bytes)), T0, "drop", null);

        var stored = await Store.GetDeliveryAsync(await Store.AddDeliveryAsync(delivery, Ct), Ct);

        Assert.NotNull(stored);
        Assert.Null(stored.ContentType);
        Assert.Null(stored.Name);
        Assert.Equal(bytes, stored.Bytes);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), stored.Sha256);
    }

    [Fact]
    public async Task A_delivery_whose_hash_does_not_match_its_bytes_is_refused()
    {
        var delivery = new RawDelivery("ani", [1, 2, 3], null, Convert.ToHexStringLower(SHA256.HashData([1, 2, 4])),
            T0, "push", null);

        await Assert.ThrowsAsync<ArgumentException>(() => Store.AddDeliveryAsync(delivery, Ct));
    }

    [Fact]
    public async Task An_unknown_delivery_is_null()
    {
        Assert.Null(await Store.GetDeliveryAsync(424242, Ct));
    }
}
