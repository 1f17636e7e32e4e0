namespace WireDesk.Web;

/// <summary>The app API. Section "Site:Api".</summary>
public sealed record ApiOptions
{
    /// <summary>Origins allowed to call the API from a browser; "*" for any. None: no CORS headers.</summary>
    public IReadOnlyList<string> CorsOrigins { get; init; } = [];
    public int PageSize { get; init; } = 50;
    public int MaxPageSize { get; init; } = 200;
}
