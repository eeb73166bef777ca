using Microsoft.Data.Sqlite;

namespace MirpsPractices.Bench.Generation;

/// <summary>One prepared INSERT, reused for every row: the fast way to load SQLite inside one transaction.</summary>
public sealed class SqliteBulkInsert : IDisposable
{
    private readonly SqliteCommand _command;
    private readonly SqliteParameter[] _parameters;

    public SqliteBulkInsert(SqliteConnection connection, SqliteTransaction transaction, string table, params string[] columns)
    {
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText =
            $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
        _parameters = columns.Select((_, i) => _command.Parameters.Add(new SqliteParameter("$p" + i, null))).ToArray();
        _command.Prepare();
    }

    public long Rows { get; private set; }

    public void Run(params object?[] values)
    {
        for (var i = 0; i < _parameters.Length; i++)
        {
            _parameters[i].Value = values[i] ?? DBNull.Value;
        }
        _command.ExecuteNonQuery();
        Rows++;
    }

    public void Dispose() => _command.Dispose();
}
