namespace WireDesk.Formats.Text;

/// <summary>A date read from agency text, with how its offset was decided (read, named zone, assumed zone, epoch).</summary>
public sealed record WireDate(DateTimeOffset Value, string Provenance);
