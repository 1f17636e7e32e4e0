using WireDesk.Core.Stories;

namespace WireDesk.Formats;

/// <summary>What reading one document gave: its format (null when unknown), its stories and its errors.</summary>
public sealed record ReadResult(string? Format, IReadOnlyList<Story> Stories, IReadOnlyList<ParseError> Errors)
{
    public static ReadResult Failed(string where, string? format, string message) =>
        new(format, [], [new ParseError(where, message)]);
}
