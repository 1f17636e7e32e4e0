namespace WireDesk.Ingest.Drop;

/// <summary>Rules for the names in a drop folder: uploads in progress carry a temporary name.</summary>
public static class DropFile
{
    private static readonly string[] TemporarySuffixes = [".tmp", ".part", ".partial", ".filepart", ".crdownload", ".uploading"];

    /// <summary>A name an uploader uses while the file is still being written (dotfiles, *.tmp, *.part ...).</summary>
    public static bool IsTemporary(string fileName) =>
        fileName.StartsWith('.') || fileName.StartsWith('~')
        || TemporarySuffixes.Any(s => fileName.EndsWith(s, StringComparison.OrdinalIgnoreCase));

    /// <summary>The source's drop folder: rooted as written, or under the data folder; drop/NAME when not set.</summary>
    public static string FolderOf(Sources.SourceDefinition source, string dataDirectory) =>
        Path.GetFullPath(Path.Combine(dataDirectory, source.Folder ?? Path.Combine("drop", source.Name)));
}
