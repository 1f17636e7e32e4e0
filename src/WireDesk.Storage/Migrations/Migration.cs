namespace WireDesk.Storage.Migrations;

/// <summary>One embedded script, Migrations/{Engine}/{Version:0000}_{name}.sql.</summary>
internal sealed record Migration(int Version, string Name, string Sql);
