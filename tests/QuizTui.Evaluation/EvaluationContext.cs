namespace QuizTui.Evaluation;

/// <summary>Where the data and the repository are, and the remaining options of a command.</summary>
public sealed record EvaluationContext(string RepositoryRoot, string DataDirectory, IReadOnlyList<string> Options)
{
    public static EvaluationContext FromArgs(string[] args)
    {
        var root = FindRoot();
        var data = Path.GetFullPath(Path.Combine(root, "..", "shared", "data"));
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--data" && i + 1 < args.Length)
            {
                data = Path.GetFullPath(args[++i]);
            }
            else
            {
                rest.Add(args[i]);
            }
        }

        return new EvaluationContext(root, data, rest);
    }

    /// <summary>The value after <paramref name="name"/> in the options, or <paramref name="fallback"/>.</summary>
    public string Option(string name, string fallback)
    {
        for (var i = 0; i + 1 < Options.Count; i++)
        {
            if (Options[i] == name)
            {
                return Options[i + 1];
            }
        }

        return fallback;
    }

    public bool Flag(string name) => Options.Contains(name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "QuizTui.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
