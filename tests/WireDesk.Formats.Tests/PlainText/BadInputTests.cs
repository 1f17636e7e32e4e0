using System.Text;
using static WireDesk.Formats.Tests.PlainText.PlainTextTestKit;

namespace WireDesk.Formats.Tests.PlainText;

public sealed class BadInputTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   \n\r\n\t \n")]
    public void An_empty_file_is_a_parse_error(string text)
    {
        var result = ParseText(text);

        Assert.Empty(result.Stories);
        var error = Assert.Single(result.Errors);
        Assert.Equal("copy.txt", error.Where);
        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_garbage_is_a_parse_error_not_a_story()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);

        var result = ParseBytes(bytes, "garbage.bin");

        Assert.Empty(result.Stories);
        var error = Assert.Single(result.Errors);
        Assert.Equal("garbage.bin", error.Where);
        Assert.Contains("binary", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_png_image_is_a_parse_error()
    {
        byte[] png = [0x89, .. "PNG\r\n"u8, 0x1A, 0x0A, 0, 0, 0, 0x0D, .. "IHDR"u8, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, 0xC4, 0x89];

        var result = ParseBytes(png, "photo.png");

        Assert.Empty(result.Stories);
        Assert.Contains("binary", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_headline_without_a_body_is_a_parse_error_not_a_fake_story()
    {
        var result = ParseText("Sensex rises\n\n");

        Assert.Empty(result.Stories);
        Assert.Contains("no body", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_of_chrome_only_is_a_parse_error()
    {
        var result = ParseText("Disclaimer: This post has been auto-published from an agency feed\nOpen in app\n");

        Assert.Empty(result.Stories);
        Assert.Single(result.Errors);
    }

    [Fact]
    public void A_page_without_a_dateline_is_read_with_a_warning()
    {
        var result = ParseText(
            "Council approves budget\nBy ANI | Updated: January 9, 2026 15:55 IST\n" +
            "The city council approved the budget on Friday.\nThe vote was unanimous.\nDisclaimer: auto-published\n");

        var story = Assert.Single(result.Stories);
        Assert.Null(story.Dateline);
        Assert.Contains("no dateline found", story.Warnings);
        Assert.Equal(["The city council approved the budget on Friday.", "The vote was unanimous."], story.Body.Paragraphs);
        Assert.Equal(new DateTimeOffset(2026, 1, 9, 15, 55, 0, TimeSpan.FromMinutes(330)), story.VersionCreated);
        Assert.Null(story.FirstCreated);
    }

    [Fact]
    public void An_unreadable_page_time_is_a_warning_not_a_guess()
    {
        var result = ParseText(
            "Council approves budget\nBy ANI | Updated: sometime on Friday\n" +
            "New Delhi, Jan 9 (ANI) The city council approved the budget.\n");

        var story = Assert.Single(result.Stories);
        Assert.Null(story.VersionCreated);
        Assert.Null(story.Dateline!.Year);
        Assert.Contains("updated: cannot read 'sometime on Friday' as a date", story.Warnings);
    }

    [Fact]
    public void A_50_mb_file_is_refused_by_the_size_check()
    {
        var line = Encoding.UTF8.GetBytes("Mumbai, Mar 3 (PTI) The BSE Sensex rose 300 points in early trade on Tuesday.\n");
        var bytes = new byte[50 * 1024 * 1024];
        for (var offset = 0; offset < bytes.Length; offset += line.Length)
            line.AsSpan(0, Math.Min(line.Length, bytes.Length - offset)).CopyTo(bytes.AsSpan(offset));

        var result = ParseBytes(bytes, "huge.txt");

        Assert.Empty(result.Stories);
        var error = Assert.Single(result.Errors);
        Assert.Equal("huge.txt", error.Where);
        Assert.Contains("over the limit of 20,971,520 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Windows_1252_copy_with_crlf_and_control_characters_is_read_with_warnings()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1252).GetBytes(
            "\u0001Zürich bank fined\r\n\u0002ZURICH, March 3 (Reuters) - A Zürich bank was fined “heavily”.\r\n\u0003");

        var story = Assert.Single(ParseBytes(bytes).Stories);

        Assert.Equal("Zürich bank fined", story.Headline);
        Assert.Equal(["ZURICH, March 3 (Reuters) - A Zürich bank was fined “heavily”."], story.Body.Paragraphs);
        Assert.Equal("windows-1252", story.Encoding);
        Assert.Contains(story.Warnings, w => w.Contains("windows-1252", StringComparison.Ordinal));
        Assert.Contains("encoding: stripped 3 control character(s)", story.Warnings);
    }
}
