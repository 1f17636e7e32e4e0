using System.Text.RegularExpressions;

namespace WireDesk.Formats.Syndication;

/// <summary>
/// The person's name in an author field. RSS 2.0 asks for <c>email (Name)</c>; feeds also write
/// <c>Name (email)</c>, <c>Name &lt;email&gt;</c> or a bare name. A byline wants the name; a bare email is kept
/// as it is, since it is all the feed gave.
/// </summary>
internal static partial class PersonNames
{
    public static string? NameOf(string? author)
    {
        var text = author is null ? null : MarkupText.CollapseWhitespace(author);
        if (string.IsNullOrEmpty(text)) return null;
        // Both shapes hold an address; most author fields are a bare name.
        if (!text.Contains('@')) return text;

        var match = EmailThenName().Match(text);
        if (match.Success) return match.Groups["name"].Value.Trim();
        match = NameThenEmail().Match(text);
        if (match.Success) return match.Groups["name"].Value.Trim();
        return text;
    }

    [GeneratedRegex(@"^\s*[^\s()<>@]+@[^\s()<>]+\s*\((?<name>[^()]+)\)\s*$")]
    private static partial Regex EmailThenName();

    [GeneratedRegex(@"^\s*(?<name>[^()<>]+?)\s*[(<]\s*(mailto:)?[^\s()<>@]+@[^\s()<>]+\s*[)>]\s*$")]
    private static partial Regex NameThenEmail();
}
