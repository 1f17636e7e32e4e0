using WireDesk.Formats.Xml;

namespace WireDesk.Formats.Tests.Xml;

public sealed class HtmlEntityRecoveryTests
{
    [Theory]
    [InlineData("a&nbsp;b", "a&#160;b")]
    [InlineData("caf&eacute;", "caf&#233;")]
    [InlineData("x &mdash; y &hellip;", "x &#8212; y &#8230;")]
    [InlineData("&rsquo;&ldquo;&rdquo;&euro;", "&#8217;&#8220;&#8221;&#8364;")]
    public void Known_HTML_names_become_numeric_references(string text, string expected) =>
        Assert.Equal(expected, HtmlEntityRecovery.ToNumericReferences(text));

    [Theory]
    [InlineData("&amp; &lt; &gt; &quot; &apos;")]
    [InlineData("&#160; &#xA0;")]
    [InlineData("&garbage; &lol9; &xxe;")]
    [InlineData("AT&T and R&D; a & b")]
    [InlineData("no entities at all")]
    [InlineData("trailing &")]
    public void Everything_else_is_left_for_the_XML_parser(string text) =>
        Assert.Same(text, HtmlEntityRecovery.ToNumericReferences(text));
}
