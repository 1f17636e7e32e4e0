using WireDesk.Core.Stories;

namespace WireDesk.Core.Lifecycle;

/// <summary>Who an audit entry names: the agency, a policy rule, an editor or the system.</summary>
public static class Actors
{
    public const string Scheduler = "system:scheduler";

    public static string Agency(Story story) => $"agency:{story.Agency ?? story.Source}";

    public static string Editor(string user) => $"editor:{user}";
}
