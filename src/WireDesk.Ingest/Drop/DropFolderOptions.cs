namespace WireDesk.Ingest.Drop;

public sealed record DropFolderOptions
{
    /// <summary>Folders named in the sources file are relative to this (the data folder).</summary>
    public required string DataDirectory { get; init; }
    /// <summary>How often folders are scanned; a file is complete once its size and time are unchanged over two scans.</summary>
    public TimeSpan ScanInterval { get; init; } = TimeSpan.FromMilliseconds(250);
}
