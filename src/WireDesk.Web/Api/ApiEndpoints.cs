using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace WireDesk.Web.Api;

/// <summary>The app API: stories in ninjs with cursor paging and ETags, and the live stream.</summary>
public static class ApiEndpoints
{
    public static IEndpointRouteBuilder MapStoryApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/v1").WithTags("Stories");
        api.MapGet("/stories", (HttpContext http, [AsParameters] StoryFilter filter, StoryApi stories, CancellationToken ct) =>
                stories.ListAsync(http, filter, ct))
            .WithName("ListStories")
            .WithSummary("Visible stories, newest first, in ninjs 2.2 (3.1 with ninjs=3)")
            .WithDescription("Pages with an opaque cursor: pass nextCursor back as cursor. Answers 304 to If-None-Match with the ETag it gave.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .Produces(StatusCodes.Status304NotModified)
            .Produces(StatusCodes.Status400BadRequest, contentType: "application/json");
        api.MapGet("/stories/{id:long}", (HttpContext http, long id, int? ninjs, StoryApi stories, CancellationToken ct) =>
                stories.GetAsync(http, id, ninjs, ct))
            .WithName("GetStory")
            .WithSummary("One story in ninjs 2.2 (3.1 with ninjs=3); 404 when not visible now, 410 once killed")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .Produces(StatusCodes.Status304NotModified)
            .Produces(StatusCodes.Status404NotFound, contentType: "application/json")
            .Produces(StatusCodes.Status410Gone, contentType: "application/json");
        api.MapGet("/stream", (HttpContext http, StoryStream stream, CancellationToken ct) => stream.RunAsync(http, ct))
            .WithName("StoryStream")
            .WithSummary("Server-sent events: published, updated, withheld, killed; resumable with Last-Event-ID")
            .Produces(StatusCodes.Status200OK, contentType: "text/event-stream");
        return routes;
    }
}
