using System.Text.Json;
using System.Text.Json.Serialization;

namespace WireDesk.Ingest.Sources;

/// <summary>Reads and writes the sources file (JSON, camelCase, comments allowed).</summary>
public static class SourcesFile
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static async Task<SourcesDocument> ReadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path)) return new SourcesDocument();
        await using var stream = File.OpenRead(path);
        try
        {
            return await JsonSerializer.DeserializeAsync<SourcesDocument>(stream, Json, cancellationToken) ?? new SourcesDocument();
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }

    public static async Task WriteAsync(string path, SourcesDocument document, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temp = path + ".tmp";
        await using (var stream = File.Create(temp))
            await JsonSerializer.SerializeAsync(stream, document, Json, cancellationToken);
        File.Move(temp, path, overwrite: true);
    }
}
