using System.Diagnostics;
using System.Globalization;
using QuizTui.Core.Questions;
using QuizTui.Core.Scheduling;
using QuizTui.Core.Text;
using QuizTui.Storage;

namespace QuizTui.Evaluation;

/// <summary>
/// store-bench: the progress store's speed targets on a history of 10,000 answers (100 articles × 10 questions):
/// recording an answer (median ≤ 5 ms), opening the library (≤ 100 ms), `quiztui stats` as a process (≤ 200 ms).
/// Options: --attempts N (10000), --records N (300), --runs N (7), --keep (leave the database in place).
/// </summary>
public static class StoreBenchCommand
{
    private const int Articles = 100;
    private const int QuestionsPerArticle = 10;

    public static int Run(EvaluationContext context)
    {
        var attempts = int.Parse(context.Option("--attempts", "10000"), CultureInfo.InvariantCulture);
        var records = int.Parse(context.Option("--records", "300"), CultureInfo.InvariantCulture);
        var runs = int.Parse(context.Option("--runs", "7"), CultureInfo.InvariantCulture);
        var folder = Path.Combine(Path.GetTempPath(), "quiztui-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var db = Path.Combine(folder, "quiztui.db");
        try
        {
            var now = DateTimeOffset.UtcNow;
            using (var store = SqliteQuizStore.Open(db))
            {
                store.Import(History(attempts, now), FsrsScheduler.Default);
            }

            Console.WriteLine($"history: {attempts:N0} answers, {Articles} articles, {new FileInfo(db).Length / 1024:N0} KiB");
            var record = Record(db, records, now);
            var open = Repeat(runs, () => OpenLibrary(db, now));
            var stats = Repeat(runs, () => StatsProcess(db));
            Report("record an answer", record, 5);
            Report("open the library", open, 100);
            Report("quiztui stats (process)", stats, 200);
            return record.Median <= 5 && open.Median <= 100 && stats.Median <= 200 ? 0 : 1;
        }
        finally
        {
            if (!context.Flag("--keep"))
            {
                Directory.Delete(folder, recursive: true);
            }
            else
            {
                Console.WriteLine($"kept {db}");
            }
        }
    }

    private static HistoryDocument History(int count, DateTimeOffset now)
    {
        var random = new Random(7);
        var start = now.AddDays(-120);
        var articles = Enumerable.Range(0, Articles).Select(a => new ArticleRecord($"article-{a:D3}", $"Article number {a}", "Wikinews", "2025-01-01", start)).ToList();
        var questions = articles.SelectMany(a => Enumerable.Range(0, QuestionsPerArticle).Select(q =>
            QuestionPayload.Record(Question($"{a.Hash}-q{q}", (QuestionType)(q % 5)), a.Hash))).ToList();
        var sessions = new List<SessionRecord>();
        var attempts = new List<AttemptRecord>();
        for (var i = 0; i < count; i++)
        {
            if (i % QuestionsPerArticle == 0)
            {
                var article = articles[random.Next(Articles)];
                var at = start.AddMinutes(i * 120.0 * 24 * 60 / count);
                sessions.Add(new SessionRecord($"s{i}", SessionKind.Article, article.Hash, at, at.AddMinutes(5), "{}"));
            }

            var session = sessions[^1];
            var result = (AnswerResult)random.Next(3);
            var grade = result == AnswerResult.Wrong ? Grade.Again : (Grade)random.Next(2, 5);
            attempts.Add(new AttemptRecord(
                AttemptRecord.NewId(), $"{session.ArticleHash}-q{i % QuestionsPerArticle}", session.Id, "answer", result, 4.2,
                session.Started.AddSeconds(i % QuestionsPerArticle * 20), grade, false));
        }

        return new HistoryDocument(articles, questions, sessions, attempts);
    }

    private static Question Question(string id, QuestionType type) => new(
        id, type, QuestionFormat.ShortAnswer, "Who said the talks would go on?", "John Kerry", ["Kerry"], [],
        new Evidence("John Kerry said the talks would go on.", new TextSpan(0, 38), new TextSpan(0, 10)), 0.5);

    /// <summary>Answers as the trainer gives them: one committed transaction each, with the schedule update.</summary>
    private static Timings Record(string db, int count, DateTimeOffset now)
    {
        using var progress = ProgressService.OpenOrCreate(db);
        var session = progress.StartSession(SessionKind.Article, "article-000", now);
        var question = Question("article-000-q1", QuestionType.Who);
        var times = new List<double>();
        for (var i = 0; i < count; i++)
        {
            var watch = Stopwatch.StartNew();
            var saved = progress.RecordAttempt(session.Id, question, "Kerry", AnswerResult.Correct, TimeSpan.FromSeconds(4), now.AddSeconds(i));
            times.Add(watch.Elapsed.TotalMilliseconds);
            if (!saved.Saved)
            {
                throw new InvalidOperationException(saved.Error);
            }
        }

        return new Timings(times);
    }

    /// <summary>What the trainer's library screen needs: open (with migration check), the articles, the due count, each last score.</summary>
    private static double OpenLibrary(string db, DateTimeOffset now)
    {
        var watch = Stopwatch.StartNew();
        using var progress = ProgressService.OpenOrCreate(db);
        var articles = progress.Store.Articles();
        var due = progress.CountDue(now);
        var scored = articles.Count(a => progress.LastScore(a.Hash) is not null);
        var elapsed = watch.Elapsed.TotalMilliseconds;
        GC.KeepAlive((due, scored));
        return elapsed;
    }

    private static double StatsProcess(string db)
    {
        var exe = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "quiztui.exe" : "quiztui");
        var start = new ProcessStartInfo(exe) { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add("stats");
        start.ArgumentList.Add("--db");
        start.ArgumentList.Add(db);
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var elapsed = watch.Elapsed.TotalMilliseconds;
        return process.ExitCode == 0 ? elapsed : throw new InvalidOperationException("quiztui stats failed");
    }

    private static Timings Repeat(int runs, Func<double> measure) => new([.. Enumerable.Range(0, runs).Select(_ => measure())]);

    private static void Report(string what, Timings t, double target) =>
        Console.WriteLine($"{what,-26} median {t.Median,8:F2} ms   p95 {t.Percentile(0.95),8:F2} ms   min {t.Min,8:F2} ms   (target ≤ {target} ms: {(t.Median <= target ? "met" : "MISSED")})");

    private sealed record Timings(IReadOnlyList<double> Values)
    {
        public double Median => Percentile(0.5);

        public double Min => Values.Min();

        public double Percentile(double p)
        {
            var sorted = Values.Order().ToList();
            return sorted[(int)Math.Min(sorted.Count - 1, Math.Round(p * (sorted.Count - 1)))];
        }
    }
}
