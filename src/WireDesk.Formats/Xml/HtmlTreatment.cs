namespace WireDesk.Formats.Xml;

/// <summary>What to do with one XML element when its body is written as HTML.</summary>
public readonly record struct HtmlTreatment(HtmlTreatmentKind Kind, string? HtmlName)
{
    public static HtmlTreatment Element(string htmlName) => new(HtmlTreatmentKind.Element, htmlName);
    public static HtmlTreatment Unwrap { get; } = new(HtmlTreatmentKind.Unwrap, null);
    public static HtmlTreatment Drop { get; } = new(HtmlTreatmentKind.Drop, null);
}

public enum HtmlTreatmentKind
{
    /// <summary>Written as the HTML element <see cref="HtmlTreatment.HtmlName"/>.</summary>
    Element,
    /// <summary>The tag is left out, its content kept (inline semantic markup such as NITF person or org).</summary>
    Unwrap,
    /// <summary>Left out with its content (non-publishable notes, metadata inside the body).</summary>
    Drop,
}
