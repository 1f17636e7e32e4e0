using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using WireDesk.Core.Push;
using WireDesk.Ingest.Sources;

namespace WireDesk.Ingest.Push;

/// <summary>
/// Checks a push against the source's credentials, read from the environment variables the sources file names:
/// an API key (X-WireDesk-Key), or an HMAC-SHA256 over timestamp + "." + body (X-WireDesk-Signature: sha256=hex)
/// with the timestamp inside the replay window. Either one that is configured and valid is enough. Comparisons are
/// constant-time.
/// </summary>
public sealed class PushCredentials(Func<string, string?> environment, TimeProvider time, PushOptions options)
{
    /// <summary>Null when the request is authentic, otherwise why not.</summary>
    public string? Check(SourceDefinition source, PushRequest request)
    {
        var apiKey = source.ApiKeyEnv is { } keyEnv ? environment(keyEnv) : null;
        var secret = source.HmacSecretEnv is { } secretEnv ? environment(secretEnv) : null;
        if (string.IsNullOrEmpty(apiKey) && string.IsNullOrEmpty(secret))
            return $"source '{source.Name}' has no push credentials configured (set apiKeyEnv or hmacSecretEnv and the variable)";

        if (!string.IsNullOrEmpty(apiKey) && request.ApiKey is { } given && FixedTimeEquals(apiKey, given))
            return null;
        if (!string.IsNullOrEmpty(secret) && request.Signature is not null)
            return CheckSignature(secret, request);
        return request.ApiKey is null && request.Signature is null ? "credentials missing" : "credentials not valid";
    }

    public static string Sign(string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret));
        hmac.AppendData(Encoding.ASCII.GetBytes(timestamp + "."));
        hmac.AppendData(body);
        return "sha256=" + Convert.ToHexStringLower(hmac.GetHashAndReset());
    }

    private string? CheckSignature(string secret, PushRequest request)
    {
        if (request.Timestamp is null || !long.TryParse(request.Timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            return "signature without a readable X-WireDesk-Timestamp (Unix seconds)";
        var signedAt = DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, 0, 253402300799));
        if ((time.GetUtcNow() - signedAt).Duration() > options.ReplayWindow)
            return $"timestamp outside the {options.ReplayWindow.TotalMinutes:0}-minute replay window";
        var expected = Sign(secret, request.Timestamp, request.Body);
        return FixedTimeEquals(expected, request.Signature!.Trim().ToLowerInvariant()) ? null : "signature not valid";
    }

    // Hashing both sides first makes the comparison constant-time in the length too.
    private static bool FixedTimeEquals(string expected, string given) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)), SHA256.HashData(Encoding.UTF8.GetBytes(given)));
}
