namespace WireDesk.Ingest.WebSub;

public enum WebSubStatus
{
    /// <summary>A (re)subscription is to be sent, or was sent and awaits the hub's verification.</summary>
    Requested,
    /// <summary>Verified; deliveries are expected until the lease ends.</summary>
    Active,
    /// <summary>The hub refused (hub.mode=denied); polling carries on and the request is tried again later.</summary>
    Denied,
    /// <summary>We asked to unsubscribe (the source is gone, paused, or its feed names another hub).</summary>
    Unsubscribing,
}
