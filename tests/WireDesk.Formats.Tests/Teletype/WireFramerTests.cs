using WireDesk.Formats.Teletype;

namespace WireDesk.Formats.Tests.Teletype;

public sealed class WireFramerTests
{
    [Fact]
    public void A_message_splits_into_header_text_and_post_text()
    {
        var frame = Assert.Single(WireFramer.Split("\u0016\u0016\u0001a0001 r a BC-X,0010\r\n\u0002\r\nText line\r\n\u0003\r\nafter\r\n\u0004"));

        Assert.Equal("a0001 r a BC-X,0010", frame.Header);
        Assert.Equal("Text line", frame.Text);
        Assert.Equal("after", frame.PostText);
        Assert.True(frame.Terminated);
    }

    [Fact]
    public void Each_SOH_starts_a_message()
    {
        var frames = WireFramer.Split("\u0001one\u0002a\u0003\u0004\u0001two\u0002b\u0003\u0004");

        Assert.Equal(["one", "two"], frames.Select(f => f.Header));
        Assert.Equal(["a", "b"], frames.Select(f => f.Text));
    }

    [Fact]
    public void Text_without_STX_or_ETX_is_flagged()
    {
        Assert.False(Assert.Single(WireFramer.Split("\u0001header only")).HasStartOfText);
        Assert.False(Assert.Single(WireFramer.Split("\u0001h\u0002text")).Terminated);
    }

    [Fact]
    public void Text_without_SOH_or_STX_has_no_messages() =>
        Assert.Empty(WireFramer.Split("plain text"));

    [Fact]
    public void The_first_line_keeps_its_indentation()
    {
        Assert.Equal("\tDENVER (AP) _ Text.", Assert.Single(WireFramer.Split("\u0001h\u0002\r\n\tDENVER (AP) _ Text.\u0003")).Text);
    }
}
