namespace WireDesk.Core.Accounts;

/// <summary>What a desk user may do: viewers look, editors act on stories, admins also run sources and accounts.</summary>
public enum DeskRole
{
    Viewer,
    Editor,
    Admin,
}
