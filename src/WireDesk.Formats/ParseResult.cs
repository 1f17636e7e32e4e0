using WireDesk.Core.Stories;

namespace WireDesk.Formats;

/// <summary>The stories a document held and an error for each item that could not be read.</summary>
public sealed record ParseResult(IReadOnlyList<Story> Stories, IReadOnlyList<ParseError> Errors)
{
    public static ParseResult Failed(string where, string message) => new([], [new ParseError(where, message)]);
}

/// <summary>What went wrong and where: a file, an entry index, a line.</summary>
public sealed record ParseError(string Where, string Message);
