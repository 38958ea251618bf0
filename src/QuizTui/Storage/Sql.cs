using System.Data.Common;

namespace QuizTui.Storage;

/// <summary>Plain parameterised SQL over any ADO.NET connection, so the SQLite and PostgreSQL stores share it. Parameters are <c>@name</c>.</summary>
internal sealed class Sql(DbConnection connection)
{
    public DbConnection Connection { get; } = connection;

    public DbTransaction? Transaction { get; set; }

    public int Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        return command.ExecuteNonQuery();
    }

    public object? Scalar(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    public List<T> Query<T>(Func<DbDataReader, T> read, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        using var reader = command.ExecuteReader();
        return Rows(reader, read);
    }

    /// <summary>The rows of the reader's current result.</summary>
    public static List<T> Rows<T>(DbDataReader reader, Func<DbDataReader, T> read)
    {
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    /// <summary>Runs several statements as one command (one round trip to a server); <paramref name="read"/> walks their results with <see cref="DbDataReader.NextResult"/>.</summary>
    public T Read<T>(Func<DbDataReader, T> read, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        using var reader = command.ExecuteReader();
        return read(reader);
    }

    /// <summary>Runs <paramref name="work"/> in one transaction, committed at the end.</summary>
    public T InTransaction<T>(Func<T> work)
    {
        using var transaction = Connection.BeginTransaction();
        Transaction = transaction;
        try
        {
            var result = work();
            transaction.Commit();
            return result;
        }
        finally
        {
            Transaction = null;
        }
    }

    private DbCommand Command(string sql, (string Name, object? Value)[] parameters)
    {
        var command = Connection.CreateCommand();
        command.CommandText = sql;
        if (Transaction is not null)
        {
            // Left unset otherwise: Microsoft.Data.Sqlite then enlists the command in the connection's own transaction.
            command.Transaction = Transaction;
        }

        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
