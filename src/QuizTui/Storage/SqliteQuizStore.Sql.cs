using Microsoft.Data.Sqlite;

namespace QuizTui.Storage;

/// <summary>Plain-SQL helpers: parameters are (name, value) pairs.</summary>
public sealed partial class SqliteQuizStore
{
    private SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    private int Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        return command.ExecuteNonQuery();
    }

    private object? Scalar(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    private List<T> Query<T>(Func<SqliteDataReader, T> read, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    /// <summary>Runs a write in its own transaction; SQLite failures become a one-line <see cref="StoreException"/>.</summary>
    private T Write<T>(Func<T> write)
    {
        try
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            var result = write();
            transaction.Commit();
            return result;
        }
        catch (SqliteException e)
        {
            throw new StoreException(SqliteErrors.Describe(Location, e), e);
        }
    }

    private T Read<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (SqliteException e)
        {
            throw new StoreException(SqliteErrors.Describe(Location, e), e);
        }
    }

    private static long Ms(DateTimeOffset time) => time.ToUnixTimeMilliseconds();

    private static DateTimeOffset Time(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);
}
