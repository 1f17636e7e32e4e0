namespace WireDesk.Formats.Teletype;

/// <summary>
/// What the take/version part of a wire slug says (AP "1stLd-Writethru", "2nd Add", "Correction", "KILL";
/// Reuters-style "UPDATE 2"). <see cref="Text"/> is the take as written.
/// </summary>
public sealed record TakeKey(string Text)
{
    public static TakeKey None { get; } = new("");

    /// <summary>The lead number: "1stLd" = 1 (the second version of the story), "UPDATE 2" = 2.</summary>
    public int? Lead { get; init; }

    public bool WriteThru { get; init; }

    /// <summary>"2nd Add" = 2: a continuation take, a separate piece of the same story, not a new version.</summary>
    public int? Add { get; init; }

    public bool Correction { get; init; }

    public bool Kill { get; init; }

    public bool IsUpdate => Lead is not null || WriteThru;

    /// <summary>
    /// The version the take implies: the original is 1, the nth lead is n + 1. Null when the take revises the story
    /// without saying which version it is (an unnumbered write-thru, a correction or kill notice).
    /// </summary>
    public int? Version =>
        Lead is { } lead ? lead + 1
        : IsUpdate || Correction || Kill ? null
        : 1;
}
