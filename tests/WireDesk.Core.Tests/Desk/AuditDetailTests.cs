using WireDesk.Core.Desk;

namespace WireDesk.Core.Tests.Desk;

public class AuditDetailTests
{
    [Fact]
    public void A_detail_is_written_on_one_line_and_read_back_into_note_before_and_after()
    {
        var detail = new AuditDetail("reason \"legal\"", "state published, headline \"A\"", "state killed, headline \"A\"");

        var line = detail.Format();

        Assert.Equal("reason \"legal\"; before: state published, headline \"A\"; after: state killed, headline \"A\"", line);
        Assert.Equal(detail, AuditDetail.Parse(line));
        Assert.Equal(new AuditDetail(null, "state held, headline \"B\"", "state published, headline \"B\""),
            AuditDetail.Parse(new AuditDetail(null, "state held, headline \"B\"", "state published, headline \"B\"").Format()));
    }

    [Fact]
    public void Details_written_by_the_pipeline_or_older_builds_come_back_whole_as_the_note()
    {
        Assert.Equal(new AuditDetail("rule sports: section Sports", null, null), AuditDetail.Parse("rule sports: section Sports"));
        Assert.Equal(new AuditDetail(null, "state held, headline \"C\"", null), AuditDetail.Parse("before: state held, headline \"C\""));
        Assert.Equal(new AuditDetail(null, null, null), AuditDetail.Parse(null));
    }
}
