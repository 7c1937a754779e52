using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using Portal.Data;
using Portal.Features.Customers.Index;
using Portal.Sandbox.People;

namespace Portal.Benchmarks.Postgres;

/// <summary>
/// PostgreSQL's counterpart of <see cref="BenchmarkLoader"/>: the same generated records (the portal's mapper fills
/// each row, each record its own person), written by binary COPY in chunks, people first with ids given here.
/// </summary>
public static class PostgresIndexLoader
{
    private const int Chunk = 10_000;

    public static async Task<int> LoadAsync(
        PortalDbContext db, IndexedCustomerMapper mapper, SandboxPopulation population, int dealership, int maxRecords)
    {
        var entity = db.Model.FindEntityType(typeof(IndexedCustomer)) ?? throw new InvalidOperationException("IndexedCustomer is not mapped.");
        var properties = entity.GetProperties().Where(p => p.Name is not nameof(IndexedCustomer.Id)).ToList();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        await using (var next = new NpgsqlCommand(PostgresBenchSql.NextPersonId, connection))
        {
            var personId = (long)(await next.ExecuteScalarAsync() ?? 1L);
            foreach (var chunk in Rows(mapper, population, dealership, maxRecords).Chunk(Chunk))
            {
                foreach (var row in chunk)
                {
                    row.PersonId = personId++;
                }
                await CopyPeopleAsync(connection, chunk, dealership);
                await CopyCustomersAsync(connection, chunk, properties);
            }
        }
        await using var after = new NpgsqlCommand(PostgresBenchSql.AfterLoad, connection);
        await after.ExecuteNonQueryAsync();
        return await db.Set<IndexedCustomer>().CountAsync();
    }

    private static IEnumerable<IndexedCustomer> Rows(IndexedCustomerMapper mapper, SandboxPopulation population, int dealership, int maxRecords) =>
        Enumerable.Range(0, population.Size)
            .SelectMany(i => PopulationRecords.Of(population, i))
            .Take(maxRecords)
            .Select(source =>
            {
                var row = new IndexedCustomer { SourceRef = source.Source.ToString(), ExternalId = source.Source.ExternalId };
                mapper.Apply(source, dealership, row);
                row.IndexedUtc = DateTimeOffset.UtcNow;
                return row;
            });

    private static async Task CopyPeopleAsync(NpgsqlConnection connection, IReadOnlyList<IndexedCustomer> rows, int dealership)
    {
        await using var writer = await connection.BeginBinaryImportAsync(PostgresBenchSql.CopyPeople);
        foreach (var row in rows)
        {
            await writer.StartRowAsync();
            await writer.WriteAsync(row.PersonId, NpgsqlTypes.NpgsqlDbType.Bigint);
            await writer.WriteAsync(row.DisplayName, NpgsqlTypes.NpgsqlDbType.Text);
            await writer.WriteAsync(new Person { DisplayName = row.DisplayName }.SortName, NpgsqlTypes.NpgsqlDbType.Text);
            await writer.WriteAsync(dealership, NpgsqlTypes.NpgsqlDbType.Integer);
            await WriteAsync(writer, row.LastModifiedUtc?.ToUniversalTime(), "timestamp with time zone");
            await writer.WriteAsync(1, NpgsqlTypes.NpgsqlDbType.Integer);
        }
        await writer.CompleteAsync();
    }

    private static async Task CopyCustomersAsync(NpgsqlConnection connection, IReadOnlyList<IndexedCustomer> rows, IReadOnlyList<IProperty> properties)
    {
        await using var writer = await connection.BeginBinaryImportAsync(PostgresBenchSql.CopyCustomers(properties.Select(p => p.GetColumnName())));
        foreach (var row in rows)
        {
            await writer.StartRowAsync();
            foreach (var property in properties)
            {
                await WriteAsync(writer, Provider(property, row), property.GetColumnType());
            }
        }
        await writer.CompleteAsync();
    }

    private static async Task WriteAsync(NpgsqlBinaryImporter writer, object? value, string columnType)
    {
        if (value is null)
        {
            await writer.WriteNullAsync();
        }
        else
        {
            await writer.WriteAsync(value, columnType);
        }
    }

    /// <summary>The value as the column stores it (through the model's converter, e.g. UTC for times, text for enums).</summary>
    private static object? Provider(IProperty property, IndexedCustomer row)
    {
        var value = property.PropertyInfo?.GetValue(row);
        var converter = property.GetTypeMapping().Converter;
        return converter is null || value is null ? value : converter.ConvertToProvider(value);
    }
}
