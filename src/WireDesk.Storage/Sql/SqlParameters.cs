using Dapper;

namespace WireDesk.Storage.Sql;

/// <summary>
/// Dapper's parameters, keeping the template objects they were made from so that <see cref="SqlArguments"/> can read
/// the values back for a prepared command (Dapper keeps templates to itself).
/// </summary>
internal sealed class SqlParameters : DynamicParameters
{
    private readonly List<object> _templates = [];

    public SqlParameters(object? template = null)
    {
        if (template is not null) AddTemplate(template);
    }

    public IReadOnlyList<object> Templates => _templates;

    /// <summary>Adds every public property of <paramref name="template"/> as a parameter.</summary>
    public SqlParameters AddTemplate(object template)
    {
        _templates.Add(template);
        AddDynamicParams(template);
        return this;
    }
}
