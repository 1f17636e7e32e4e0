using WireDesk.Core.Publishing;

namespace WireDesk.Core.Desk;

/// <summary>An editor action's result: the story as it now stands, or why the action could not be done.</summary>
public sealed record ActionResult(StoredStory? Story, string? Error)
{
    public bool Succeeded => Error is null;

    public static ActionResult Fail(string error) => new(null, error);
}
