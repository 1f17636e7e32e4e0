using System.Security.Cryptography;
using System.Text;
using WireDesk.Ingest.WebSub;

namespace WireDesk.Ingest.Tests.WebSub;

public sealed class HubSignatureTests
{
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("<feed>copy</feed>");
    private const string Secret = "our-secret";

    [Theory]
    [InlineData("sha1")]
    [InlineData("sha256")]
    [InlineData("sha384")]
    [InlineData("sha512")]
    public void A_signature_made_with_our_secret_over_the_exact_body_holds_for_every_method_websub_names(string method)
    {
        Assert.True(HubSignature.IsValid(HubSignature.Sign(method, Secret, Body), Secret, Body));
        Assert.True(HubSignature.IsValid(HubSignature.Sign(method, Secret, Body).ToUpperInvariant().Replace(method.ToUpperInvariant() + "=", method + "=", StringComparison.Ordinal), Secret, Body));
    }

    [Fact]
    public void The_signature_is_the_hex_hmac_of_the_body_keyed_with_the_secret()
    {
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Body));
        Assert.True(HubSignature.IsValid("sha256=" + expected, Secret, Body));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("sha256")]
    [InlineData("sha256=")]
    [InlineData("sha256=zz")]
    [InlineData("md5=00112233445566778899aabbccddeeff")]
    public void A_missing_or_malformed_signature_does_not_hold(string? header) =>
        Assert.False(HubSignature.IsValid(header, Secret, Body));

    [Fact]
    public void Another_secret_or_a_changed_body_does_not_hold()
    {
        var signature = HubSignature.Sign("sha256", Secret, Body);
        Assert.False(HubSignature.IsValid(signature, "other-secret", Body));
        Assert.False(HubSignature.IsValid(signature, Secret, [.. Body, (byte)' ']));
    }
}
