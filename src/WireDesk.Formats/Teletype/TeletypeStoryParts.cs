using WireDesk.Core.Stories;

namespace WireDesk.Formats.Teletype;

/// <summary>What a teletype format (ANPA-1312, IPTC 7901) read from one message, before it becomes a story.</summary>
public sealed record TeletypeStoryParts(string Format, WireText Text)
{
    /// <summary>The agency named by the message (trailer, source id); the dateline and the context are fallbacks.</summary>
    public string? Agency { get; init; }

    /// <summary>The slug as written; the guid is derived from it.</summary>
    public string? Keyword { get; init; }

    public TakeKey Take { get; init; } = TakeKey.None;

    /// <summary>The message's time as text that <see cref="Text.WireDateParser"/> reads.</summary>
    public string? DateText { get; init; }

    /// <summary>The month and day the guid is derived with (the transmission date).</summary>
    public int? Month { get; init; }

    public int? Day { get; init; }

    public int? Priority { get; init; }

    public IReadOnlyList<Subject> Subjects { get; init; } = [];

    public IReadOnlyList<string> Warnings { get; init; } = [];
}
