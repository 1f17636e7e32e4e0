namespace WireDesk.Formats.NewsMl1;

/// <summary>NewsML/NewsEnvelope: when the document was sent and its priority.</summary>
public sealed record NewsMl1Envelope(string? DateAndTime, string? Priority);
