namespace WireDesk.Web.Desk.Accounts;

/// <summary>The desk's authorization policies, one per role threshold.</summary>
public static class DeskPolicies
{
    /// <summary>Any signed-in desk user: viewer, editor or admin.</summary>
    public const string View = "desk.view";

    /// <summary>Editors and admins: act on stories.</summary>
    public const string Act = "desk.act";

    /// <summary>Admins: sources and accounts.</summary>
    public const string Admin = "desk.admin";
}
