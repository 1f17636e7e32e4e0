namespace WireDesk.Formats;

/// <summary>One agency format: reads a decoded document into canonical stories and per-item errors.</summary>
public interface IStoryParser
{
    /// <summary>The format's name as recorded on the story and printed by <c>wiredesk parse</c>.</summary>
    string Format { get; }

    ParseResult Parse(DecodedDocument document, ParseContext context);
}
