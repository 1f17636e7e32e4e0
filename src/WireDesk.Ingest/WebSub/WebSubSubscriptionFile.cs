using System.Text.Json;
using System.Text.Json.Serialization;

namespace WireDesk.Ingest.WebSub;

/// <summary>
/// The subscriptions, kept in a JSON file in the data folder (they hold the hub secrets, so the file is readable by its
/// owner only). Written whole to a temporary file, flushed to disk, then renamed over the old one: a crash leaves
/// either the old list or the new one, never half of one.
/// </summary>
public static class WebSubSubscriptionFile
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static async Task<IReadOnlyList<WebSubSubscription>> ReadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path)) return [];
        await using var stream = File.OpenRead(path);
        try
        {
            return await JsonSerializer.DeserializeAsync<List<WebSubSubscription>>(stream, Json, cancellationToken) ?? [];
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }

    public static async Task WriteAsync(string path, IReadOnlyList<WebSubSubscription> subscriptions, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temp = path + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        await using (var stream = new FileStream(temp, options))
        {
            await JsonSerializer.SerializeAsync(stream, subscriptions, Json, cancellationToken);
            await stream.FlushAsync(cancellationToken);
            stream.Flush(flushToDisk: true);
        }
        File.Move(temp, path, overwrite: true);
    }
}
