using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using WireDesk.Core.Desk;
using WireDesk.Core.Events;
using WireDesk.Core.Ports;
using WireDesk.Core.Publishing;
using WireDesk.Web.Desk.Pages;

namespace WireDesk.Web.Desk.Endpoints;

/// <summary>The desk's read-only pages: queue, story, compare, audit.</summary>
public sealed class DeskPages(
    IStoryStore store,
    IDeskLog log,
    ISourceCatalog sources,
    StoryEventHub events,
    TimeProvider time,
    IAntiforgery antiforgery,
    QueuePage queue,
    StoryPage storyPage,
    ComparePage compare,
    AuditPage audit,
    MessagePage message)
{
    public const int QueueLimit = 200;

    public async Task<IResult> QueueAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var filter = QueueFilter.From(http.Request.Query);
        // Read before the lists, so that a story arriving in between comes again as an event rather than being missed.
        var sequence = events.LastSequence;
        var unreviewed = await store.ListAsync(filter.Apply(new StoryQuery { States = [StoryState.Published], Reviewed = false, Limit = QueueLimit }), cancellationToken);
        var held = await store.ListAsync(filter.Apply(new StoryQuery { States = [StoryState.Held, StoryState.Withheld], Limit = QueueLimit }), cancellationToken);
        var quarantined = await log.ListFailedDeliveriesAsync(50, cancellationToken);
        var names = sources.Policies.Select(p => p.Source).Append(filter.Source).OfType<string>()
            .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
        var model = new QueuePage.Model(filter, unreviewed, held, quarantined, names, sequence, QueueLimit);
        return DeskResponses.Page(queue.Render(model, time.GetUtcNow(), http.User, DeskResponses.Form(http, antiforgery)));
    }

    public async Task<IResult> StoryAsync(HttpContext http, long id, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not { } story) return NotFound(http, id);
        var versions = await store.GetVersionsAsync(id, cancellationToken);
        var trail = await store.GetAuditAsync(id, cancellationToken);
        return DeskResponses.Page(storyPage.Render(story, sources.PolicyFor(story.Source), versions, trail, time.GetUtcNow(), http.User,
            DeskResponses.Form(http, antiforgery)));
    }

    public async Task<IResult> CompareAsync(HttpContext http, long id, long? a, long? b, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not { } story) return NotFound(http, id);
        var versions = await store.GetVersionsAsync(id, cancellationToken);
        var older = versions.FirstOrDefault(v => v.Id == a) ?? (versions.Count > 1 ? versions[^2] : versions.FirstOrDefault());
        var newer = versions.FirstOrDefault(v => v.Id == b) ?? versions.LastOrDefault();
        if (older is null || newer is null) return NotFound(http, id);
        if (older.Arrival > newer.Arrival) (older, newer) = (newer, older);
        return DeskResponses.Page(compare.Render(story, older, newer, http.User, DeskResponses.Form(http, antiforgery)));
    }

    public async Task<IResult> AuditAsync(HttpContext http, CancellationToken cancellationToken)
    {
        const int pageSize = 100;
        var everything = http.Request.Query["all"] == "1";
        long? before = long.TryParse(http.Request.Query["before"], NumberStyles.None, CultureInfo.InvariantCulture, out var b) ? b : null;
        var records = await log.ListAuditAsync(new AuditQuery { ActorPrefix = everything ? null : "editor:", BeforeId = before, Limit = pageSize }, cancellationToken);
        var changes = await log.ListDeskChangesAsync(50, cancellationToken);
        var older = records.Count == pageSize ? $"/desk/audit?{(everything ? "all=1&" : "")}before={records[^1].Id}" : null;
        return DeskResponses.Page(audit.Render(records, changes, !everything, older, http.User, DeskResponses.Form(http, antiforgery)));
    }

    private IResult NotFound(HttpContext http, long id) =>
        DeskResponses.Page(message.Render("Not found", $"There is no story {id}.", "/desk", http.User, DeskResponses.Form(http, antiforgery)),
            StatusCodes.Status404NotFound);
}
