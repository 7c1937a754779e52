namespace Portal.IntegrationTests.Postgres;

/// <summary>A fact of the PostgreSQL pass only (scripts/test.sh runs the integration suite there a second time).</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!TestDatabase.IsPostgres)
        {
            Skip = $"PostgreSQL-specific: runs on the PostgreSQL pass ({TestDatabase.ProviderVariable}=postgres, scripts/test.sh).";
        }
    }
}

/// <summary>A theory that runs on SQLite only; the PostgreSQL pass skips it, saying why.</summary>
public sealed class SqliteTheoryAttribute : TheoryAttribute
{
    public SqliteTheoryAttribute(string why)
    {
        if (TestDatabase.IsPostgres)
        {
            Skip = $"{TestDatabase.SqliteOnly}: {why}";
        }
    }
}
