using QuizTui.Storage;

namespace QuizTui.Cli;

/// <summary>Opens the progress database for a command and turns store failures into one-line errors.</summary>
internal static class ProgressCli
{
    /// <summary>Runs <paramref name="action"/> on the database; with <paramref name="create"/> false a missing file is not created.</summary>
    public static int Run(string? db, TextWriter error, bool create, Func<ProgressService?, string, int> action)
    {
        var path = DatabaseLocation.Resolve(db);
        try
        {
            if (!create && !File.Exists(path))
            {
                return action(null, path);
            }

            using var progress = ProgressService.OpenOrCreate(path);
            return action(progress, path);
        }
        catch (StoreException e)
        {
            return Fail(error, e.Message);
        }
    }

    public static int Fail(TextWriter error, string message)
    {
        error.WriteLine($"quiztui: {TerminalText.Clean(message)}");
        return ExitCodes.InputError;
    }
}
