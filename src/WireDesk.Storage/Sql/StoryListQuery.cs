using System.Text;
using WireDesk.Core.Ports;
using WireDesk.Core.Publishing;

namespace WireDesk.Storage.Sql;

/// <summary>
/// <see cref="StoryQuery"/> as SQL. Stories sort newest first on sort_at (published time, received time until
/// published) then id, which the ix_stories_*_sort indexes serve; the keyset cursor compares the same pair.
/// </summary>
internal static class StoryListQuery
{
    public static Task<IReadOnlyList<StoredStory>> RunAsync(
        SqlSession session, StoryQuery query, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Limit, 1, nameof(query.Limit));
        if (query.VisibleAt is null && query.States is { Count: 0 })
            return Task.FromResult<IReadOnlyList<StoredStory>>([]);

        var sql = new StringBuilder(StoryQueries.SelectStored).Append(" WHERE 1 = 1");
        var parameters = session.Parameters();

        if (query.VisibleAt is { } now)
        {
            // The SQL twin of Visibility.IsVisible: published, and no embargo or its instant has come.
            sql.Append(" AND s.state = @Published AND (s.embargo_until IS NULL OR s.embargo_until <= @Now)");
            parameters.Add("Published", nameof(StoryState.Published));
            session.AddInstant(parameters, "Now", now);
        }
        else if (query.States is { } states)
        {
            // Spelled out: Dapper passes a list to Npgsql as one array parameter, which IN does not take.
            var names = states.Select(state => state.ToString()).Distinct().ToList();
            sql.Append(" AND s.state IN (")
                .AppendJoin(", ", names.Select((_, i) => $"@State{i}"))
                .Append(')');
            for (var i = 0; i < names.Count; i++) parameters.Add($"State{i}", names[i]);
        }

        AddEquals(sql, parameters, "s.source", "Source", query.Source);
        AddEquals(sql, parameters, "s.agency", "Agency", query.Agency);
        AddEquals(sql, parameters, "s.section", "Section", query.Section);
        if (query.Reviewed is { } reviewed)
        {
            sql.Append(" AND s.reviewed = @Reviewed");
            parameters.Add("Reviewed", reviewed);
        }

        if (query.UrgencyAtMost is { } urgency)
        {
            sql.Append(" AND s.urgency <= @UrgencyAtMost");
            parameters.Add("UrgencyAtMost", urgency);
        }

        if (query.EmbargoLiftsAfter is { } lifts)
        {
            sql.Append(" AND s.state = @EmbargoState AND s.embargo_until > @LiftsAfter");
            parameters.Add("EmbargoState", nameof(StoryState.Published));
            session.AddInstant(parameters, "LiftsAfter", lifts);
        }

        if (query.After is { } after)
        {
            sql.Append(" AND (s.sort_at, s.id) < (@AfterAt, @AfterId)");
            session.AddInstant(parameters, "AfterAt", after.At);
            parameters.Add("AfterId", after.Id);
        }

        sql.Append(" ORDER BY s.sort_at DESC, s.id DESC LIMIT @Limit");
        parameters.Add("Limit", query.Limit);
        return StoryQueries.QueryAsync(session, sql.ToString(), parameters, cancellationToken);
    }

    private static void AddEquals(
        StringBuilder sql, Dapper.DynamicParameters parameters, string column, string name, string? value)
    {
        if (value is null) return;
        sql.Append(" AND ").Append(column).Append(" = @").Append(name);
        parameters.Add(name, value);
    }
}
