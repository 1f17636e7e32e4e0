namespace WireDesk.Formats.Tests.Syndication.FastXml;

/// <summary>Hand-written documents: the shapes the fast reader must read exactly as the standard reader does, and
/// the ones it must give up on.</summary>
public sealed class FastXmlEdgeCaseTests
{
    private static void ReadAlike(string xml)
    {
        var outcome = FastXmlLockstep.Compare(xml);
        Assert.True(outcome.Accepted, $"the fast reader gave up: {outcome.BailReason}");
    }

    private static void GivesUp(string xml)
    {
        var outcome = FastXmlLockstep.Compare(xml);
        Assert.False(outcome.Accepted, "the fast reader read it to the end");
    }

    [Fact]
    public void A_declaration_and_whitespace_before_the_root_are_reported_as_nodes() =>
        ReadAlike("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"/>\n");

    [Fact]
    public void Declarations_with_single_quotes_standalone_and_extra_spaces_read_alike()
    {
        ReadAlike("<?xml version='1.0'  encoding='utf-8' standalone='yes' ?><a/>");
        ReadAlike("<?xml version=\"1.0\" standalone=\"no\"?><a/>");
        ReadAlike("<?xml version=\"1.0\"?><a/>");
    }

    [Fact]
    public void Cdata_sections_are_nodes_of_their_own_between_text_and_whitespace() =>
        ReadAlike("<a> <![CDATA[<p>x &amp; y</p>]]> text<![CDATA[]]><![CDATA[ ]]>\n</a>");

    [Fact]
    public void Cdata_keeps_ampersands_literal_while_its_line_ends_are_normalized() =>
        ReadAlike("<a><![CDATA[a &amp; b\r\n&lt;&#65;\r]]></a>");

    [Fact]
    public void Comments_and_processing_instructions_split_text_into_separate_nodes() =>
        ReadAlike("<?xml-stylesheet href=\"a.xsl\" type=\"text/xsl\"?><!-- before --><a>x<!--c-->y <!----> <?pi data?>z<?pi?></a><!-- after --> <?x?>");

    [Fact]
    public void Character_references_and_predefined_entities_are_resolved_in_text() =>
        ReadAlike("<a>&lt;p&gt; &amp;amp; &quot;&apos; &#65;&#x42;&#x1F600; &#160;&#xA0;</a>");

    [Fact]
    public void Whitespace_made_of_character_references_is_a_whitespace_node() =>
        ReadAlike("<a><b>&#32;</b><b> &#10; </b><b>&#13;&#10;</b><b>&#9;</b><b>&#xA0;</b></a>");

    [Fact]
    public void Line_ends_in_text_and_cdata_are_normalized_and_counted() =>
        ReadAlike("<a>\r\n<b>x\ry\r\nz</b>\r<c><![CDATA[1\r\n2\r3]]></c>\r\n  <d\r\n  e=\"1\"\r\n/></a>\r\n");

    [Fact]
    public void Attribute_values_are_normalized_but_character_references_are_kept() =>
        ReadAlike("<a b=\"\tx\r\ny\nz&#10;&#9;&#13;w\" c='it&apos;s \"q\"' d=\"&lt;&gt;&amp;\" e='' f=\"a\rb\"/>");

    [Fact]
    public void Namespaces_are_scoped_to_their_element_and_undeclared_by_an_empty_default() =>
        ReadAlike("<feed xmlns=\"http://www.w3.org/2005/Atom\" xmlns:media=\"urn:m\"><entry><media:c url=\"u\" media:x=\"1\"/>" +
                  "<b xmlns=\"\" xmlns:p=\"urn:p\"><p:c p:y=\"2\" y=\"3\">t</p:c></b><p xmlns:media=\"urn:other\"><media:d/></p></entry></feed>");

    [Fact]
    public void Namespace_scope_is_still_the_elements_own_on_its_end_tag_and_after_an_empty_element() =>
        ReadAlike("<a xmlns:p=\"urn:p\"><p:b xmlns:q=\"urn:q\"/> <p:c xmlns:q=\"urn:q2\" xmlns=\"urn:d\">x</p:c> </a>");

    [Fact]
    public void Xml_lang_is_inherited_overridden_and_cleared() =>
        ReadAlike("<a xml:lang=\"en\"><b>x</b><c xml:lang=\"fr\">y<d/></c><e xml:lang=\"\">z</e></a> ");

    [Fact]
    public void Xml_base_is_an_ordinary_attribute_in_the_xml_namespace() =>
        ReadAlike("<feed xml:base=\"http://example.org/\"><entry xml:base=\"e/\"><link href=\"x\"/></entry></feed>");

    [Fact]
    public void Empty_elements_have_no_end_tag_node() =>
        ReadAlike("<a><b/><c></c><d /><e\n/></a>");

    [Fact]
    public void End_tags_may_hold_whitespace_before_the_closing_bracket() =>
        ReadAlike("<a><b>x</b \n></a >");

    [Fact]
    public void Non_ascii_names_and_text_read_alike() =>
        ReadAlike("<données été=\"oui\"><标题>新闻 😀</标题><ab·c/></données>");

    [Fact]
    public void Deep_nesting_reads_alike()
    {
        var depth = 2000;
        ReadAlike(string.Concat(Enumerable.Repeat("<d x=\"1\">", depth)) + "t" + string.Concat(Enumerable.Repeat("</d>", depth)));
    }

    [Fact]
    public void Many_and_huge_attributes_read_alike()
    {
        var attributes = string.Concat(Enumerable.Range(0, 300).Select(i => $" a{i}=\"{i}\""));
        ReadAlike($"<a{attributes} big=\"{new string('x', 100_000)}\"/>");
    }

    [Fact]
    public void A_doctype_makes_it_give_up() => GivesUp("<!DOCTYPE rss><rss/>");

    [Fact]
    public void An_unknown_entity_makes_it_give_up() => GivesUp("<a>&nbsp;</a>");

    [Fact]
    public void Bad_character_references_make_it_give_up()
    {
        GivesUp("<a>&#0;</a>");
        GivesUp("<a>&#1;</a>");
        GivesUp("<a>&#xD800;</a>");
        GivesUp("<a>&#x110000;</a>");
        GivesUp("<a>&#X41;</a>");
        GivesUp("<a>&#;</a>");
        GivesUp("<a>&#x;</a>");
        GivesUp("<a>&#65</a>");
        GivesUp("<a b=\"&#xFFFE;\"/>");
        GivesUp("<a>& b</a>");
    }

    [Fact]
    public void Mismatched_or_unclosed_tags_make_it_give_up()
    {
        GivesUp("<a><b></a></b>");
        GivesUp("<a><b></a>");
        GivesUp("<a>");
        GivesUp("<a></ab>");
        GivesUp("<ab></a>");
        GivesUp("</a>");
    }

    [Fact]
    public void Duplicate_attributes_make_it_give_up_also_after_namespace_resolution()
    {
        GivesUp("<a x=\"1\" x=\"2\"/>");
        GivesUp("<a xmlns:p=\"urn:p\" xmlns:q=\"urn:p\" p:x=\"1\" q:x=\"2\"/>");
        GivesUp("<a xmlns:p=\"urn:p\" xmlns:p=\"urn:q\"/>");
        GivesUp("<a xmlns=\"urn:p\" xmlns=\"urn:p\"/>");
    }

    [Fact]
    public void Undeclared_and_wrongly_bound_prefixes_make_it_give_up()
    {
        GivesUp("<p:a/>");
        GivesUp("<a p:x=\"1\"/>");
        GivesUp("<a xmlns:p=\"\"/>");
        GivesUp("<a xmlns:xml=\"urn:x\"/>");
        GivesUp("<a xmlns:xmlns=\"urn:x\"/>");
        GivesUp("<a xmlns:p=\"http://www.w3.org/XML/1998/namespace\"/>");
        GivesUp("<a xmlns=\"http://www.w3.org/2000/xmlns/\"/>");
        GivesUp("<xmlns:a/>");
        GivesUp("<a><p:b xmlns:p=\"urn:p\"/><p:c/></a>");
    }

    [Fact]
    public void Bad_names_make_it_give_up()
    {
        GivesUp("<1a/>");
        GivesUp("<a:b:c/>");
        GivesUp("<:a/>");
        GivesUp("<a: />");
        GivesUp("<a -x=\"1\"/>");
        GivesUp("< a/>");
        GivesUp("<·a/>");
    }

    [Fact]
    public void Broken_attribute_syntax_makes_it_give_up()
    {
        GivesUp("<a b=\"<\"/>");
        GivesUp("<a b=\"1\"c=\"2\"/>");
        GivesUp("<a b=1/>");
        GivesUp("<a b/>");
        GivesUp("<a b=\"1/>");
        GivesUp("<a b=\"1'/>");
        GivesUp("<a/ >");
    }

    [Fact]
    public void Cdata_end_in_text_makes_it_give_up()
    {
        GivesUp("<a>]]></a>");
        GivesUp("<a>x]]]>y</a>");
    }

    [Fact]
    public void Anything_but_whitespace_comments_and_instructions_outside_the_root_makes_it_give_up()
    {
        GivesUp("<a/>x");
        GivesUp("<a/><b/>");
        GivesUp("x<a/>");
        GivesUp("<a/>&#32;");
        GivesUp("<![CDATA[x]]><a/>");
        GivesUp("\uFEFF<a/>");
        GivesUp("");
        GivesUp("   ");
        GivesUp("<?xml version=\"1.0\"?>");
    }

    [Fact]
    public void A_misplaced_or_odd_declaration_makes_it_give_up()
    {
        GivesUp(" <?xml version=\"1.0\"?><a/>");
        GivesUp("<a/><?xml version=\"1.0\"?>");
        GivesUp("<?xml version=\"1.1\"?><a/>");
        GivesUp("<?xml encoding=\"utf-8\"?><a/>");
        GivesUp("<?xml version = \"1.0\"?><a/>");
        GivesUp("<?xml version=\"1.0\" standalone=\"maybe\"?><a/>");
        GivesUp("<?xml version=\"1.0\"encoding=\"utf-8\"?><a/>");
        GivesUp("<?XML version=\"1.0\"?><a/>");
    }

    [Fact]
    public void Xml_space_makes_it_give_up() => GivesUp("<a xml:space=\"preserve\"> </a>");

    [Fact]
    public void The_end_of_input_inside_anything_makes_it_give_up()
    {
        foreach (var cut in new[] { "<a", "<a b", "<a b=", "<a b=\"x", "<a>x", "<a><!-- c", "<a><![CDATA[x", "<a><?pi", "<a>&amp", "<a></a", "<a><b/" })
            GivesUp(cut);
    }

    [Fact]
    public void Broken_comments_and_instructions_make_it_give_up()
    {
        GivesUp("<a><!-- a -- b --></a>");
        GivesUp("<a><!-- a ---></a>");
        GivesUp("<a><!---></a>");
        GivesUp("<a><? pi?></a>");
        GivesUp("<a><?xml x?></a>");
    }

    [Fact]
    public void Brackets_in_text_are_text_unless_they_close_a_cdata_section()
    {
        ReadAlike("<a>[US] a]b]]c]>d ]] ]</a>");
        ReadAlike("<a>&lt;p&gt;Delhi [India]&lt;/p&gt;]&amp;]</a>");
        GivesUp("<a>x]]>y</a>");
        GivesUp("<a>&lt;x]]]>y</a>");
    }

    [Fact]
    public void Carriage_returns_among_references_are_normalized() =>
        ReadAlike("<a>&lt;p&gt;one\r\ntwo\rthree&lt;/p&gt;\r\n</a><!---->\r\n");

    [Fact]
    public void Characters_xml_forbids_make_it_give_up()
    {
        GivesUp("<a>\u0001</a>");
        GivesUp("<a>\uD800</a>");
        GivesUp("<a>x\uDC00</a>");
        GivesUp("<a>\uFFFF</a>");
        GivesUp("<a b=\"\u000B\"/>");
    }
}
