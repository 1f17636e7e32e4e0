using System.Text;

namespace WireDesk.Formats.Benchmarks;

/// <summary>
/// Agency-shaped feeds of 50 entries for the syndication benchmarks, the same text for every parser compared
/// (bench/feedparser/feedparser_bench.py builds byte-identical ones). Each entry carries a headline, link, guid,
/// a one-paragraph HTML teaser, a six-paragraph HTML body, a byline, a date, two categories and an image.
/// </summary>
public static class SyndicationFeeds
{
    public const int Entries = 50;

    public static string Rss()
    {
        var feed = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n<channel>\n<title>Example Wire</title>\n<link>https://wire.example.in/</link>\n<description>Agency copy</description>\n");
        for (var i = 0; i < Entries; i++)
        {
            feed.Append("<item>\n")
                .Append($"<title>Story number {i}: minister announces new scheme for farmers</title>\n")
                .Append($"<link>https://wire.example.in/national/story-{i}</link>\n")
                .Append($"<guid isPermaLink=\"false\">EXW-2026-{i:D6}</guid>\n")
                .Append("<description><![CDATA[").Append(Teaser(i)).Append("]]></description>\n")
                .Append("<content:encoded><![CDATA[").Append(Body(i)).Append("]]></content:encoded>\n")
                .Append("<dc:creator>Example Wire Staff</dc:creator>\n")
                .Append($"<pubDate>Fri, 09 Jan 2026 {i % 24:D2}:{i % 60:D2}:10 +0530</pubDate>\n")
                .Append("<category>National</category>\n<category>Agriculture</category>\n")
                .Append($"<enclosure url=\"https://img.example.in/2026/01/story-{i}.jpg\" length=\"245760\" type=\"image/jpeg\"/>\n")
                .Append("</item>\n");
        }

        return feed.Append("</channel>\n</rss>\n").ToString();
    }

    public static string Atom()
    {
        var feed = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<title>Example Wire</title>\n<link href=\"https://wire.example.in/\"/>\n<id>tag:wire.example.in,2026:feed</id>\n<updated>2026-01-09T21:21:54+05:30</updated>\n");
        for (var i = 0; i < Entries; i++)
        {
            feed.Append("<entry>\n")
                .Append($"<title>Story number {i}: minister announces new scheme for farmers</title>\n")
                .Append($"<link rel=\"alternate\" href=\"https://wire.example.in/national/story-{i}\"/>\n")
                .Append($"<id>tag:wire.example.in,2026:{i}</id>\n")
                .Append($"<published>2026-01-09T{i % 24:D2}:{i % 60:D2}:10+05:30</published>\n")
                .Append($"<updated>2026-01-09T{i % 24:D2}:{i % 60:D2}:50+05:30</updated>\n")
                .Append("<author><name>Example Wire Staff</name></author>\n")
                .Append("<category term=\"national\"/>\n<category term=\"agriculture\"/>\n")
                .Append("<summary type=\"html\">").Append(Escape(Teaser(i))).Append("</summary>\n")
                .Append("<content type=\"html\">").Append(Escape(Body(i))).Append("</content>\n")
                .Append($"<link rel=\"enclosure\" type=\"image/jpeg\" length=\"245760\" href=\"https://img.example.in/2026/01/story-{i}.jpg\"/>\n")
                .Append("</entry>\n");
        }

        return feed.Append("</feed>\n").ToString();
    }

    private static string Teaser(int i) =>
        $"<p>New Delhi [India], January 9 (EXW): The minister on Friday announced scheme number {i} for farmers in the country&hellip;</p>";

    public static string Body(int i)
    {
        var body = new StringBuilder();
        body.Append($"<p>New Delhi [India], January 9 (EXW): The minister on Friday announced scheme number {i} for farmers, saying it would reach every district by the end of the year and cover more than ten crore households.</p>");
        for (var p = 1; p < 6; p++)
            body.Append($"<p>Paragraph {p} of the story gives the details: the scheme provides <b>direct support</b> to small farmers, with payments in three instalments, and officials said applications would open online and at <a href=\"https://wire.example.in/offices\">local offices</a> next month.</p>");
        return body.ToString();
    }

    private static string Escape(string html) => html.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
