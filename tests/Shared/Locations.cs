namespace QuizTui.Testing;

/// <summary>Finds the repository's folders from a test's source path or the running assembly.</summary>
public static class Locations
{
    /// <summary>The repository root: the folder holding QuizTui.sln.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The shipped articles.</summary>
    public static string Seeds => Path.Combine(RepositoryRoot, "seeds");

    /// <summary>Path of a seed article by file name, searched in seeds/ and its subfolders.</summary>
    public static string Seed(string fileName) =>
        Directory.EnumerateFiles(Seeds, fileName, SearchOption.AllDirectories).Single();

    /// <summary>All article files under seeds/ (the .txt files except READMEs), sorted.</summary>
    public static IEnumerable<string> SeedArticles() =>
        Directory.EnumerateFiles(Seeds, "*.txt", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal);

    public static string SnapshotFolderFor(string testFile)
    {
        var testsRoot = Path.Combine(RepositoryRoot, "tests") + Path.DirectorySeparatorChar;
        var relative = testFile.StartsWith(testsRoot, StringComparison.Ordinal)
            ? Path.GetDirectoryName(testFile[testsRoot.Length..])!
            : "misc";
        var folder = Path.Combine(RepositoryRoot, "snapshots", relative);
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "QuizTui.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("QuizTui.sln not found above " + AppContext.BaseDirectory);
    }
}
