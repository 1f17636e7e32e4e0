namespace WireDesk.Core.Push;

/// <summary>A pushed body with the headers that authenticate and identify it.</summary>
public sealed record PushRequest
{
    public required string Source { get; init; }
    public required byte[] Body { get; init; }
    public string? ContentType { get; init; }
    /// <summary>The X-WireDesk-Key header.</summary>
    public string? ApiKey { get; init; }
    /// <summary>The X-WireDesk-Timestamp header: Unix seconds, signed with the body.</summary>
    public string? Timestamp { get; init; }
    /// <summary>The X-WireDesk-Signature header: <c>sha256=</c> and the hex HMAC-SHA256 of timestamp + "." + body.</summary>
    public string? Signature { get; init; }
    public string? IdempotencyKey { get; init; }
    /// <summary>A name for the delivery (X-WireDesk-Name), e.g. the agency's file name.</summary>
    public string? Name { get; init; }
    public string? RemoteAddress { get; init; }
}
