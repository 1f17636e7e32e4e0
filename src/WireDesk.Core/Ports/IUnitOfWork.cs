namespace WireDesk.Core.Ports;

/// <summary>
/// Several store calls as one transaction, for batches: one commit instead of one per call.
/// </summary>
public interface IUnitOfWork
{
    /// <summary>
    /// Runs <paramref name="work"/> so that every call it makes on this store, from its own flow, shares one
    /// transaction: its reads see its own writes, nothing is visible to anyone else until it returns, and nothing is
    /// kept if it throws. Calls from other flows (other requests) wait for writes as usual and read what is committed.
    /// The work must not call the store from several tasks at once; tasks it starts inherit its transaction.
    /// </summary>
    Task<T> InOneTransactionAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken);
}
