using System.Security.Cryptography;
using System.Text;

namespace WireDesk.Ingest.WebSub;

/// <summary>
/// X-Hub-Signature (WebSub §8): <c>method=signature</c>, the hex HMAC of the exact body bytes keyed with our
/// hub.secret; method is sha1, sha256, sha384 or sha512. Compared in constant time.
/// </summary>
public static class HubSignature
{
    public static bool IsValid(string? header, string secret, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrWhiteSpace(header)) return false;
        var equals = header.IndexOf('=');
        if (equals <= 0) return false;
        var algorithm = header[..equals].Trim().ToLowerInvariant() switch
        {
            "sha1" => HashAlgorithmName.SHA1,
            "sha256" => HashAlgorithmName.SHA256,
            "sha384" => HashAlgorithmName.SHA384,
            "sha512" => HashAlgorithmName.SHA512,
            _ => default,
        };
        if (algorithm == default) return false;
        byte[] given;
        try
        {
            given = Convert.FromHexString(header[(equals + 1)..].Trim());
        }
        catch (FormatException)
        {
            return false;
        }
        var expected = Compute(algorithm, secret, body);
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }

    public static string Sign(string method, string secret, ReadOnlySpan<byte> body) =>
        $"{method}={Convert.ToHexStringLower(Compute(new HashAlgorithmName(method.ToUpperInvariant()), secret, body))}";

    private static byte[] Compute(HashAlgorithmName algorithm, string secret, ReadOnlySpan<byte> body)
    {
        using var hmac = IncrementalHash.CreateHMAC(algorithm, Encoding.UTF8.GetBytes(secret));
        hmac.AppendData(body);
        return hmac.GetHashAndReset();
    }
}
