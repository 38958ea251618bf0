using QuizTui.Core.Drills;
using QuizTui.Core.Parsing;
using QuizTui.Core.Progress;
using QuizTui.Drills;
using QuizTui.Tests.Storage;
using QuizTui.Tui.Library;

namespace QuizTui.Tests.Tui.Drills;

/// <summary>
/// A drill of the four hand-written seed questions (one of each format) in a real SQLite drill store in a temp folder,
/// with the teacher's and the students' connections, as a class on one machine has them.
/// </summary>
internal sealed class DrillFixture : IDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 1, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly TempFolder folder = new();
    private readonly List<IDrillStore> opened = [];

    public DrillFixture(DrillSettings? settings = null, bool locked = true)
    {
        using var teacher = SqliteDrillStore.Open(Database, DrillRole.Teacher, "teacher");
        teacher.SaveDrill(SeedDrill(settings ?? DrillSettings.Default, locked));
    }

    public string Database => folder.File("class.db");

    public const string Name = "week-12";

    public static Drill SeedDrill(DrillSettings settings, bool locked)
    {
        var article = ArticleParser.Parse(ShippedArticles.All[0].Text);
        var hash = ContentHash.Of(article.Text);
        var credit = new DrillArticle(hash, article.Title, article.Source, ArticleCredit.Licence(article.Source), "2013-05-08", article.Text);
        return new Drill(Name, settings, [credit], [.. SeedQuestions.For(article).Select(q => new DrillQuestion(q, hash))], locked, Start);
    }

    public IDrillStore Teacher() => Keep(SqliteDrillStore.Open(Database, DrillRole.Teacher, "teacher"));

    public IDrillStore Student(string account) => Keep(SqliteDrillStore.Open(Database, DrillRole.Student, account));

    public DrillHost Host() => DrillHost.Open(Teacher(), Name)!;

    /// <summary>A student answers straight through the store (another terminal, as far as the screen under test knows).</summary>
    public void Answer(string account, string? display, params (string QuestionId, string Answer, double Seconds)[] answers)
    {
        var store = Student(account);
        store.Join(Name, display, Start);
        foreach (var (id, answer, seconds) in answers)
        {
            Assert.Equal(SubmitResult.Recorded, store.Submit(Name, id, answer, seconds, Start.AddSeconds(seconds)));
        }
    }

    private IDrillStore Keep(IDrillStore store)
    {
        opened.Add(store);
        return store;
    }

    public void Dispose()
    {
        foreach (var store in opened)
        {
            store.Dispose();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Dispose();
    }
}
