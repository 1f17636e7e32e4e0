using WireDesk.Core.Stories;

namespace WireDesk.Formats.Xml;

/// <summary>One item of an XML document read into a story, or the error that kept it from being one.</summary>
public readonly record struct MappedItem(Story? Story, ParseError? Error)
{
    public static implicit operator MappedItem(Story story) => new(story, null);
    public static implicit operator MappedItem(ParseError error) => new(null, error);
}
