using System.CommandLine;
using QuizTui.Core.Questions;
using QuizTui.Core.Scheduling;
using QuizTui.Storage;

namespace QuizTui.Cli;

/// <summary>
/// Hidden: records synthetic answers one by one, printing each id once committed. The crash-safety and
/// concurrency tests run it as a child process (killed mid-run, or two at once).
/// </summary>
internal static class RecordAttemptsCommand
{
    private const int Questions = 10;

    public static Command Create(TextWriter output, TextWriter error)
    {
        var db = DbOption.Create();
        var count = new Option<int>("--count") { DefaultValueFactory = _ => 100 };
        var prefix = new Option<string>("--prefix") { DefaultValueFactory = _ => "p" };
        var pause = new Option<int>("--pause-ms") { DefaultValueFactory = _ => 0 };
        var command = new Command("__record-attempts", "Test helper: record synthetic answers.") { db, count, prefix, pause };
        command.Hidden = true;
        command.SetAction(result => ProgressCli.Run(result.GetValue(db), error, create: true, (progress, _) =>
        {
            var store = progress!.Store;
            var start = DateTimeOffset.UtcNow;
            store.SaveArticle(new ArticleRecord("drill", "Synthetic drill", null, null, start));
            store.SaveQuestions([.. Enumerable.Range(0, Questions).Select(i => new QuestionRecord($"drill-q{i}", "drill", "Who", $"Question {i}?", "Answer", "{}"))]);
            for (var i = 0; i < result.GetValue(count); i++)
            {
                var id = $"{result.GetValue(prefix)}-{i}";
                var attempt = new AttemptRecord(id, $"drill-q{i % Questions}", null, "Answer", (AnswerResult)(i % 3), 1.5, DateTimeOffset.UtcNow, (Grade)(1 + (i % 4)), false);
                var saved = store.RecordAttempt(attempt, FsrsScheduler.Default);
                if (!saved.Saved)
                {
                    return ProgressCli.Fail(error, $"{id}: {saved.Error}");
                }

                output.WriteLine(id);
                output.Flush();
                if (result.GetValue(pause) > 0)
                {
                    Thread.Sleep(result.GetValue(pause));
                }
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
