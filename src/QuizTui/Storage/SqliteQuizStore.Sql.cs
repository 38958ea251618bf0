using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace QuizTui.Storage;

/// <summary>Plain-SQL helpers: parameters are (name, value) pairs.</summary>
public sealed partial class SqliteQuizStore
{
    private Sql Plain => plain ??= new Sql(connection);

    private int Execute(string sql, params (string Name, object? Value)[] parameters) => Plain.Execute(sql, parameters);

    private object? Scalar(string sql, params (string Name, object? Value)[] parameters) => Plain.Scalar(sql, parameters);

    private List<T> Query<T>(Func<DbDataReader, T> read, string sql, params (string Name, object? Value)[] parameters) =>
        Plain.Query(read, sql, parameters);

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
