using WireDesk.Core.Policy;
using WireDesk.Core.Publishing;

namespace WireDesk.Web.Site;

/// <summary>The disclaimer a story carries, tied to its review state (issue 4 §4-5).</summary>
public static class Disclaimers
{
    public static string? For(StoredStory story, SourcePolicy policy)
    {
        if (story.Edited) return SourcePolicy.EditedDisclaimer;
        if (story.Reviewed && !policy.KeepDisclaimerWhenReviewed) return null;
        return policy.Disclaimer;
    }
}
