namespace WireDesk.Web.Api;

/// <summary>The ninjs generation written: 2.x (lower-case names) by default, 3.x (camelCase names) on request.</summary>
public enum NinjsVersion
{
    V2,
    V3,
}
