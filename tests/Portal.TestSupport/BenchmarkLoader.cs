using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Portal.Data;
using Portal.Features.Customers.Index;
using Portal.Sandbox.People;

namespace Portal.TestSupport;

/// <summary>
/// Loads a large population into the index for the benchmark faster than the EF writer can: the same mapper fills
/// each row, then plain INSERTs in big transactions (the full-text triggers still run). Each record is its own
/// person, as before linking. Stops after <c>maxRecords</c> records (the benchmark's sizes are in records).
/// Used by CustomerSearchBenchmark and tests/Portal.Benchmarks.
/// </summary>
public static class BenchmarkLoader
{
    public static async Task<int> LoadAsync(
        PortalDbContext db, IndexedCustomerMapper mapper, SandboxPopulation population, int dealership, int maxRecords = int.MaxValue)
    {
        var entity = db.Model.FindEntityType(typeof(IndexedCustomer)) ?? throw new InvalidOperationException("IndexedCustomer is not mapped.");
        var properties = entity.GetProperties().Where(p => p.Name is not nameof(IndexedCustomer.Id)).ToList();
        var columns = properties.Select(p => p.GetColumnName()).ToList();
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        var total = 0;
        for (var start = 0; start < population.Size && total < maxRecords; start += 10_000)
        {
            await using var transaction = await connection.BeginTransactionAsync();
            await using var person = Command(connection, transaction,
                "INSERT INTO People (DisplayName, SortName, DealershipId, LastActivityUtc, RecordCount) VALUES (@p0, @p1, @p2, @p3, 1) RETURNING Id", 4);
            await using var record = Command(connection, transaction,
                $"INSERT INTO IndexedCustomers ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})", columns.Count);
            for (var i = start; i < Math.Min(start + 10_000, population.Size) && total < maxRecords; i++)
            {
                foreach (var source in PopulationRecords.Of(population, i).Take(maxRecords - total))
                {
                    var row = new IndexedCustomer { SourceRef = source.Source.ToString(), ExternalId = source.Source.ExternalId };
                    mapper.Apply(source, dealership, row);
                    row.IndexedUtc = DateTimeOffset.UtcNow;
                    var entry = new Person { DisplayName = row.DisplayName };
                    Bind(person, row.DisplayName, entry.SortName, dealership, (object?)row.LastModifiedUtc ?? DBNull.Value);
                    row.PersonId = (long)(await person.ExecuteScalarAsync() ?? 0L);
                    Bind(record, [.. properties.Select(p => Provider(p, row))]);
                    await record.ExecuteNonQueryAsync();
                    total++;
                }
            }
            await transaction.CommitAsync();
        }
        return total;
    }

    private static object Provider(IProperty property, IndexedCustomer row)
    {
        var value = property.PropertyInfo?.GetValue(row);
        var converter = property.GetTypeMapping().Converter;
        return (converter is null || value is null ? value : converter.ConvertToProvider(value)) ?? DBNull.Value;
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var i = 0; i < parameters; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            command.Parameters.Add(parameter);
        }
        return command;
    }

    private static void Bind(DbCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }
    }
}
