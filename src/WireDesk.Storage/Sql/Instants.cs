namespace WireDesk.Storage.Sql;

/// <summary>
/// Instants as the store keeps them: UTC, to the microsecond. PostgreSQL's timestamptz holds microseconds, so SQLite
/// is held to the same precision and both engines give back the same value.
/// </summary>
internal static class Instants
{
    public static DateTimeOffset ToStored(DateTimeOffset value)
    {
        var utcTicks = value.UtcTicks;
        return new DateTimeOffset(utcTicks - utcTicks % 10, TimeSpan.Zero);
    }
}
