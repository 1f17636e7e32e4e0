using WireDesk.Core.Accounts;

namespace WireDesk.Core.Ports;

/// <summary>The desk's accounts. Names are stored normalized (see <see cref="UserNames"/>).</summary>
public interface IUserStore
{
    /// <summary>Adds a user (Id 0) and returns it with its id; throws <see cref="UserAlreadyExistsException"/> for a taken name.</summary>
    Task<DeskUser> AddAsync(DeskUser user, CancellationToken cancellationToken);

    Task<DeskUser?> FindAsync(string name, CancellationToken cancellationToken);

    Task<DeskUser?> GetAsync(long id, CancellationToken cancellationToken);

    Task<IReadOnlyList<DeskUser>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Writes the role, password hash and sign-in failure fields; false when no such user.</summary>
    Task<bool> UpdateAsync(DeskUser user, CancellationToken cancellationToken);
}
