using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace WireDesk.Tests;

/// <summary>
/// A PostgreSQL server for tests, started at most once per test run: the one named by WIREDESK_TEST_POSTGRES (a
/// connection string with the right to create databases), or else a throwaway server run from the local
/// PostgreSQL binaries (/usr/lib/postgresql/N/bin) in a temporary folder on a free loopback port, stopped and
/// deleted on dispose. Register it as an xunit assembly fixture; it starts nothing until a test asks.
/// </summary>
/// <remarks>No Npgsql here: every test project compiles this file. See Npgsql/PostgresTestDatabase.cs.</remarks>
public sealed class PostgresTestServer : IAsyncDisposable
{
    public const string EnvironmentVariable = "WIREDESK_TEST_POSTGRES";

    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(60);

    private readonly Lazy<Task<Started>> start;
    private string? dataRoot;
    private string? binDirectory;
    private int stopped;

    public PostgresTestServer()
    {
        start = new(StartAsync, LazyThreadSafetyMode.ExecutionAndPublication);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop();
    }

    /// <summary>
    /// The connection string of a superuser (or a role that may create databases) on the server, or a skip
    /// (a failure under CI) naming why no server could be had.
    /// </summary>
    public async Task<string> AdminConnectionStringAsync()
    {
        var started = await start.Value;
        if (started.ConnectionString is null) Requires.Missing(started.Failure!);
        return started.ConnectionString!;
    }

    public ValueTask DisposeAsync()
    {
        Stop();
        return ValueTask.CompletedTask;
    }

    private async Task<Started> StartAsync()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } given) return new(given, null);
        try
        {
            return new(await StartThrowawayAsync(), null);
        }
        catch (Exception e)
        {
            Stop();
            return new(null, $"no PostgreSQL for the tests: {EnvironmentVariable} is not set and a throwaway server " +
                $"could not be started ({e.Message})");
        }
    }

    private async Task<string> StartThrowawayAsync()
    {
        binDirectory = FindBinDirectory()
            ?? throw new InvalidOperationException("no /usr/lib/postgresql/*/bin/initdb (install the postgresql package)");

        // PostgreSQL refuses to run as root, so as root everything runs as the postgres user, in a folder it owns.
        dataRoot = Environment.IsPrivilegedProcess
            ? (await RunAsync("mktemp", "-d", "/tmp/wiredesk-pg-XXXXXX")).Trim()
            : Directory.CreateTempSubdirectory("wiredesk-pg-").FullName;
        var data = Path.Combine(dataRoot, "data");
        await RunAsync(Path.Combine(binDirectory, "initdb"), "-D", data, "-U", "postgres", "-A", "trust",
            "-E", "UTF8", "--no-locale", "--no-sync");

        var port = FreeLoopbackPort();
        // Durability is worth nothing for a throwaway server; speed is.
        var settings = string.Join(' ',
            "-c listen_addresses=127.0.0.1", $"-c port={port.ToString(CultureInfo.InvariantCulture)}",
            $"-c unix_socket_directories={dataRoot}", "-c fsync=off", "-c synchronous_commit=off",
            "-c full_page_writes=off", "-c max_connections=200");
        await RunAsync(Path.Combine(binDirectory, "pg_ctl"), "-D", data, "-l", Path.Combine(dataRoot, "server.log"),
            "-o", settings, "-w", "-t", "60", "start");
        return $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres";
    }

    private void Stop()
    {
        if (dataRoot is null || Interlocked.Exchange(ref stopped, 1) == 1) return;
        try
        {
            var data = Path.Combine(dataRoot, "data");
            if (binDirectory is not null && File.Exists(Path.Combine(data, "postmaster.pid")))
                RunAsync(Path.Combine(binDirectory, "pg_ctl"), "-D", data, "-m", "immediate", "-w", "stop")
                    .GetAwaiter().GetResult();
        }
        catch (InvalidOperationException)
        {
            // Already stopped: nothing to do but remove the folder.
        }
        finally
        {
            try { Directory.Delete(dataRoot, recursive: true); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }

    private static string? FindBinDirectory() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Where(dir => File.Exists(Path.Combine(dir, "bin", "initdb")))
                .OrderByDescending(dir => int.TryParse(Path.GetFileName(dir), out var major) ? major : 0)
                .Select(dir => Path.Combine(dir, "bin"))
                .FirstOrDefault()
            : null;

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Runs a command (as the postgres user when we are root) and returns its output, or throws with it.</summary>
    private static async Task<string> RunAsync(string file, params string[] arguments)
    {
        var info = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = "/tmp",
        };
        if (Environment.IsPrivilegedProcess)
        {
            info.FileName = "runuser";
            foreach (var argument in new[] { "-u", "postgres", "--", file }) info.ArgumentList.Add(argument);
        }
        else
        {
            info.FileName = file;
        }
        foreach (var argument in arguments) info.ArgumentList.Add(argument);

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"cannot start {file}");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(CommandTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{Path.GetFileName(file)} did not finish within {CommandTimeout}");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException(
                $"{Path.GetFileName(file)} exited with {process.ExitCode}: {(await error).Trim()} {(await output).Trim()}");
        return await output;
    }

    private sealed record Started(string? ConnectionString, string? Failure);
}
