namespace WireDesk.Formats.NewsMl1;

/// <summary>NewsManagement: status, dates (as sent), urgency and instructions.</summary>
public sealed record NewsMl1Management
{
    public string? ItemType { get; init; }
    public string? FirstCreated { get; init; }
    public string? ThisRevisionCreated { get; init; }
    /// <summary>Status/@FormalName: Usable, Embargoed, Withheld, Canceled.</summary>
    public string? Status { get; init; }
    /// <summary>StatusWillChange/FutureStatus/@FormalName.</summary>
    public string? FutureStatus { get; init; }
    /// <summary>StatusWillChange/DateAndTimeOfChange.</summary>
    public string? StatusChangesAt { get; init; }
    public string? Urgency { get; init; }
    /// <summary>Instruction/@FormalName values.</summary>
    public IReadOnlyList<string> Instructions { get; init; } = [];
}
