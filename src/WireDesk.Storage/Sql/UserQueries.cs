using System.Data.Common;
using WireDesk.Core.Accounts;
using WireDesk.Core.Ports;

namespace WireDesk.Storage.Sql;

internal static class UserQueries
{
    private const string Columns = "id, name, role, password_hash, created_at, failed_sign_ins, last_failed_at, locked_until";

    private const string Insert = """
        INSERT INTO desk_users (name, role, password_hash, created_at, failed_sign_ins, last_failed_at, locked_until)
        VALUES (@Name, @Role, @PasswordHash, @CreatedAt, @FailedSignIns, @LastFailedAt, @LockedUntil)
        RETURNING id
        """;

    private const string Update = """
        UPDATE desk_users
        SET role = @Role, password_hash = @PasswordHash, failed_sign_ins = @FailedSignIns,
            last_failed_at = @LastFailedAt, locked_until = @LockedUntil
        WHERE id = @Id
        """;

    public static async Task<DeskUser> InsertAsync(SqlSession session, DeskUser user, CancellationToken cancellationToken)
    {
        if (await FindAsync(session, user.Name, cancellationToken) is not null) throw new UserAlreadyExistsException(user.Name);
        var parameters = Parameters(session, user);
        session.AddInstant(parameters, "CreatedAt", user.CreatedAt);
        try
        {
            var id = await session.ScalarAsync<long>(Insert, parameters, cancellationToken);
            return await GetAsync(session, id, cancellationToken) ?? throw new InvalidOperationException($"desk user {id} vanished");
        }
        catch (DbException e)
        {
            // Another node added the same name between the check and the insert.
            throw new UserAlreadyExistsException(user.Name, e);
        }
    }

    public static async Task<bool> UpdateAsync(SqlSession session, DeskUser user, CancellationToken cancellationToken)
    {
        var parameters = Parameters(session, user);
        parameters.Add("Id", user.Id);
        return await session.ExecuteAsync(Update, parameters, cancellationToken) == 1;
    }

    public static async Task<DeskUser?> FindAsync(SqlSession session, string name, CancellationToken cancellationToken) =>
        (await QueryAsync(session, $"SELECT {Columns} FROM desk_users WHERE name = @Name", new { Name = name }, cancellationToken))
        .FirstOrDefault();

    public static async Task<DeskUser?> GetAsync(SqlSession session, long id, CancellationToken cancellationToken) =>
        (await QueryAsync(session, $"SELECT {Columns} FROM desk_users WHERE id = @Id", new { Id = id }, cancellationToken))
        .FirstOrDefault();

    public static Task<IReadOnlyList<DeskUser>> ListAsync(SqlSession session, CancellationToken cancellationToken) =>
        QueryAsync(session, $"SELECT {Columns} FROM desk_users ORDER BY name", null, cancellationToken);

    private static Dapper.DynamicParameters Parameters(SqlSession session, DeskUser user)
    {
        var parameters = session.Parameters(new
        {
            user.Name,
            Role = user.Role.ToString(),
            user.PasswordHash,
            user.FailedSignIns,
        });
        session.AddInstant(parameters, "LastFailedAt", user.LastFailedAt);
        session.AddInstant(parameters, "LockedUntil", user.LockedUntil);
        return parameters;
    }

    private static async Task<IReadOnlyList<DeskUser>> QueryAsync(
        SqlSession session, string sql, object? parameters, CancellationToken cancellationToken)
    {
        var users = new List<DeskUser>();
        await using var reader = await session.ReaderAsync(sql, parameters, cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            users.Add(new DeskUser
            {
                Id = reader.GetInt64(0),
                Name = reader.GetString(1),
                Role = Enum.Parse<DeskRole>(reader.GetString(2)),
                PasswordHash = reader.GetString(3),
                CreatedAt = session.Dialect.ReadInstant(reader, 4),
                FailedSignIns = reader.GetInt32(5),
                LastFailedAt = session.Dialect.ReadNullableInstant(reader, 6),
                LockedUntil = session.Dialect.ReadNullableInstant(reader, 7),
            });
        return users;
    }
}
