using System.Buffers.Text;
using System.Text;
using WireDesk.Core.Publishing;
using WireDesk.Web.Site;

namespace WireDesk.Web.Api;

/// <summary>The API's opaque cursor: the listing cursor (instant ticks and id) in URL-safe base64.</summary>
public static class ApiCursor
{
    public static string Format(StoredStory story) => Base64Url.EncodeToString(Encoding.ASCII.GetBytes(ListingCursor.Format(story)));

    public static bool TryParse(string? cursor, out (DateTimeOffset At, long Id)? after)
    {
        after = null;
        if (string.IsNullOrEmpty(cursor)) return true;
        if (cursor.Length > 64 || !Base64Url.IsValid(cursor)) return false;
        after = ListingCursor.Parse(Encoding.ASCII.GetString(Base64Url.DecodeFromChars(cursor)));
        return after is not null;
    }
}
