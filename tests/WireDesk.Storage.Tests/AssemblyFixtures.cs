using WireDesk.Tests;

[assembly: AssemblyFixture(typeof(PostgresTestServer))]
