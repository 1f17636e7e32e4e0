namespace WireDesk.Ingest.WebSub;

/// <summary>What a feed says about WebSub: the hubs that publish it and its own canonical URL (the topic).</summary>
public sealed record HubLinks(IReadOnlyList<Uri> Hubs, Uri? Self)
{
    public static HubLinks None { get; } = new([], null);
}
