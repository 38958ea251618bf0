using QuizTui.Drills;
using QuizTui.Tests.Storage;

namespace QuizTui.Tests.Drills;

/// <summary>The store contract on SQLite, and the SQLite file layout that keeps keys from students.</summary>
public sealed class SqliteDrillStoreTests : DrillStoreContract
{
    private readonly TempFolder temp = new();

    private string Db => temp.File("class.db");

    public override void Dispose()
    {
        base.Dispose();
        temp.Dispose();
    }

    [Fact]
    public void Keys_live_only_in_the_teachers_private_key_file()
    {
        using (var teacher = OpenTeacher())
        {
            teacher.SaveDrill(DrillSamples.Mixed6);
        }

        using var shared = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Db};Mode=ReadOnly;Pooling=False");
        shared.Open();
        using var command = shared.CreateCommand();
        command.CommandText = "SELECT group_concat(name, ',') FROM sqlite_master WHERE type = 'table'";
        var tables = (string)command.ExecuteScalar()!;

        Assert.DoesNotContain("key", tables, StringComparison.Ordinal);
        Assert.DoesNotContain("source", tables, StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(SqliteDrillStore.KeyFile(Db)));
        }

        var sharedText = System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(Db));
        Assert.All(DrillSamples.Mixed6.Questions.Where(q => q.Question.Evidence.Text.Length > 0), q => Assert.DoesNotContain(q.Question.Evidence.Text, sharedText, StringComparison.Ordinal));
    }

    [Fact]
    public void Keys_reach_the_shared_file_only_once_the_drill_has_ended()
    {
        var drill = DrillSamples.Mixed6;
        var evidence = drill.Questions.Select(q => q.Question.Evidence.Text).Where(t => t.Length > 0).ToList();
        using (var teacher = OpenTeacher())
        {
            teacher.SaveDrill(drill);
            new DrillHost(teacher, drill).Apply(Core.Drills.DrillCommand.Start, DrillSamples.Created);
        }

        using (var student = OpenStudent("kim"))
        {
            student.Join(drill.Name, null, DrillSamples.Created);
            foreach (var q in drill.Questions)
            {
                student.Submit(drill.Name, q.Id, "a guess", 2, DrillSamples.Created);
            }
        }

        var running = SharedText();
        using (var teacher = OpenTeacher())
        {
            new DrillHost(teacher, drill).Apply(Core.Drills.DrillCommand.End, DrillSamples.Created);
        }

        var ended = SharedText();

        Assert.All(evidence, e => Assert.DoesNotContain(e, running, StringComparison.Ordinal));
        Assert.Contains(evidence, e => ended.Contains(e, StringComparison.Ordinal));
    }

    [Fact]
    public void A_student_cannot_open_a_drill_file_that_does_not_exist()
    {
        var e = Assert.Throws<QuizTui.Storage.StoreException>(() => SqliteDrillStore.Open(temp.File("none.db"), DrillRole.Student, "kim"));
        Assert.Contains("no drill database", e.Message, StringComparison.Ordinal);
    }

    /// <summary>Everything in the shared file and its write-ahead log, as a student who reads the bytes would see it.</summary>
    private string SharedText() =>
        string.Concat(new[] { Db, Db + "-wal" }.Where(File.Exists).Select(f =>
        {
            using var stream = new FileStream(f, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            return System.Text.Encoding.UTF8.GetString(memory.ToArray());
        }));

    protected override IDrillStore OpenTeacher() => SqliteDrillStore.Open(Db, DrillRole.Teacher, "teacher");

    protected override IDrillStore OpenStudent(string account)
    {
        // The teacher creates the file; a student only ever opens an existing one.
        if (!File.Exists(Db))
        {
            OpenTeacher().Dispose();
        }

        return SqliteDrillStore.Open(Db, DrillRole.Student, account);
    }
}
