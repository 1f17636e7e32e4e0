namespace WireDesk.Ingest.Sources;

/// <summary>One source as written in the sources file: where its copy comes from and how it is published.</summary>
public sealed record SourceDefinition
{
    public required string Name { get; init; }
    /// <summary>push, drop, poll, websub or file (copy handed over by <c>wiredesk ingest</c>).</summary>
    public string Transport { get; init; } = "file";
    /// <summary>A format name to use instead of detection; null to detect by content.</summary>
    public string? Format { get; init; }
    public string? Agency { get; init; }
    public string TimeZone { get; init; } = "Asia/Kolkata";
    /// <summary>Drop folder path, relative to the data folder when not rooted.</summary>
    public string? Folder { get; init; }
    public string? Url { get; init; }
    public int IntervalSeconds { get; init; } = 60;
    /// <summary>How long without copy before the source is flagged quiet.</summary>
    public int IdleMinutes { get; init; } = 60;
    /// <summary>Names of environment variables holding credentials, never the secrets themselves.</summary>
    public string? ApiKeyEnv { get; init; }
    public string? HmacSecretEnv { get; init; }
    public bool AllowPrivateNetwork { get; init; }
    /// <summary>For a polled feed that names a hub: subscribe to it (WebSub) and keep polling beside it.</summary>
    public bool WebSub { get; init; } = true;
    public bool Paused { get; init; }
    public PolicyDefinition Policy { get; init; } = new();
}
