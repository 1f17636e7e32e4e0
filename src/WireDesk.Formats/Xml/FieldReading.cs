using System.Globalization;
using WireDesk.Formats.Text;

namespace WireDesk.Formats.Xml;

/// <summary>Dates and numbers read from XML fields, each failure a warning naming the field.</summary>
public static class FieldReading
{
    public static DateTimeOffset? Date(string? text, string field, ParseContext context, ICollection<string> warnings) =>
        string.IsNullOrWhiteSpace(text) ? null : WireDateParser.Parse(text.Trim(), context.Zone, warnings, field)?.Value;

    public static int? Int(string? text, string field, ICollection<string> warnings)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)) return value;
        warnings.Add($"{field}: '{text.Trim()}' is not a whole number");
        return null;
    }

    /// <summary>The non-blank parts joined, or null when none.</summary>
    public static string? Join(IEnumerable<string?> parts, string separator)
    {
        var present = parts.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        return present.Count == 0 ? null : string.Join(separator, present);
    }
}
