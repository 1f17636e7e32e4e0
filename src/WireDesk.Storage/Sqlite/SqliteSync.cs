namespace WireDesk.Storage.Sqlite;

/// <summary>
/// SQLite's <c>PRAGMA synchronous</c> in WAL mode: when a commit waits for the disk.
/// </summary>
/// <remarks>
/// Either way a commit has written its pages to the WAL file (through the operating system) before it returns, so a
/// delivery acknowledged after its commit survives the WireDesk process being killed (SIGKILL, OOM, a crash): the
/// operating system still writes it out. The two differ only when the machine itself stops (power loss, kernel
/// panic): with <see cref="Full"/> every commit is fsynced and survives that too; with <see cref="Normal"/> the
/// last commits since the previous checkpoint may be lost, though the database stays consistent.
/// </remarks>
public enum SqliteSync
{
    /// <summary>fsync at checkpoints only: several times fewer disk waits per delivery; durable across process crashes.</summary>
    Normal,
    /// <summary>fsync every commit: durable across power loss too.</summary>
    Full,
}
