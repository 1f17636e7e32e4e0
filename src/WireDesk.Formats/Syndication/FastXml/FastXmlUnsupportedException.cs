namespace WireDesk.Formats.Syndication.FastXml;

/// <summary>
/// The fast feed reader met something it does not handle, or something that is not well-formed. Never an
/// <see cref="System.Xml.XmlException"/>: the caller drops everything the fast reader gave and reads the whole
/// document again with the standard reader, which then reports (or accepts) it in its own words.
/// </summary>
internal sealed class FastXmlUnsupportedException : Exception
{
    public FastXmlUnsupportedException(string reason, int offset)
        : base($"fast XML reader: {reason} at offset {offset}")
    {
        Reason = reason;
        Offset = offset;
    }

    public FastXmlUnsupportedException()
    {
        Reason = "";
    }

    public FastXmlUnsupportedException(string message) : base(message)
    {
        Reason = message;
    }

    public FastXmlUnsupportedException(string message, Exception innerException) : base(message, innerException)
    {
        Reason = message;
    }

    /// <summary>What the reader declined, without the offset: for counting why documents fall back.</summary>
    public string Reason { get; }

    /// <summary>Where in the text it was declined, or -1.</summary>
    public int Offset { get; } = -1;
}
