namespace WireDesk.Web;

/// <summary>The publisher's mobile apps: smart banner and app-link files. Section "Site:App"; each part only when set.</summary>
public sealed record AppOptions
{
    /// <summary>App Store id for the apple-itunes-app meta tag.</summary>
    public string? AppleAppStoreId { get; init; }
    /// <summary>"TEAMID.bundle.id" entries for /.well-known/apple-app-site-association.</summary>
    public IReadOnlyList<string> AppleAppIds { get; init; } = [];
    /// <summary>URL paths the iOS app opens; every story path by default.</summary>
    public IReadOnlyList<string> ApplePaths { get; init; } = [];
    /// <summary>Android package name for /.well-known/assetlinks.json.</summary>
    public string? AndroidPackage { get; init; }
    /// <summary>SHA-256 fingerprints of the Android signing certificates ("AB:CD:...").</summary>
    public IReadOnlyList<string> AndroidCertFingerprints { get; init; } = [];
}
