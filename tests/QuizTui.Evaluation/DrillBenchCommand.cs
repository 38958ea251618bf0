using System.Diagnostics;
using System.Globalization;
using Npgsql;
using QuizTui.Core.Drills;
using QuizTui.Core.Parsing;
using QuizTui.Core.Questions;
using QuizTui.Drills;

namespace QuizTui.Evaluation;

/// <summary>
/// Drill store under a class: 40 student processes answer a 20-question drill as fast as they can, on SQLite and (with
/// <c>--postgres ADMIN_CONNECTION</c> or <c>QUIZTUI_TEST_POSTGRES</c>) on PostgreSQL. Reports the time to record an
/// answer (p50/p99/max, target p99 ≤ 50 ms: the answer's write alone, timed in the student's process) and how long an
/// answer takes to show in the host view (target ≤ 1 s) while the host refreshes as often as <c>drill host</c> does.
/// The machine's load average is printed with the figures: 40 processes answering flat out on a few cores measure the
/// scheduler as much as the store. <c>--student-exe PATH</c> runs the students with another build of quiztui, e.g. the
/// NativeAOT binary a class would have installed (no JIT in the students' processes); by default the JIT build beside
/// this program.
/// </summary>
internal static class DrillBenchCommand
{
    private static int Students = 40;
    private static string Dump = "";
    private const string Password = "quiztui-bench";
    private static readonly TimeSpan RefreshEvery = Tui.Drills.HostScreen.RefreshEvery;

    public static int Run(EvaluationContext context)
    {
        Students = int.Parse(context.Option("--students", "40"), CultureInfo.InvariantCulture);
        Dump = context.Option("--dump", "");
        var articles = new[] { "02-nasa-shuttle-anniversary.txt", "09-indonesia-asylum-seekers-rescued.txt", "12-canadian-document-found-on-street.txt" }
            .Select(f => ArticleParser.Parse(File.ReadAllText(Path.Combine(context.RepositoryRoot, "seeds", "wikinews", f))))
            .ToList();
        var drill = DrillBuilder.Build("bench", articles, new QuestionOptions(20, Format: QuestionFormat.MultipleChoice, Seed: 3), new DrillSettings(TimeLimitSeconds: 20, SpeedPoints: true), DateTimeOffset.UtcNow);
        Console.WriteLine($"drill-bench: {Students} student processes x {drill.Questions.Count} questions, host refresh every {RefreshEvery.TotalMilliseconds:0} ms; {Environment.ProcessorCount} cores, load average {Load()}");

        var folder = Path.Combine(Path.GetTempPath(), "quiztui-drill-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var db = Path.Combine(folder, "class.db");
            var exe = context.Option("--student-exe", Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "quiztui.exe" : "quiztui"));
            Console.WriteLine($"students run {exe}");
            var only = context.Option("--only", "");
            var ok = only == "postgres" || Measure("SQLite", drill, exe, db, _ => db);
            var admin = only == "sqlite" ? "" : context.Option("--postgres", Environment.GetEnvironmentVariable("QUIZTUI_TEST_POSTGRES") ?? "");
            if (admin.Length > 0)
            {
                var (teacher, student, drop) = PostgresDatabase(admin);
                try
                {
                    ok &= Measure("PostgreSQL", drill, exe, teacher, student);
                }
                finally
                {
                    drop();
                }
            }
            else
            {
                Console.WriteLine("PostgreSQL: skipped (pass --postgres ADMIN_CONNECTION_STRING or set QUIZTUI_TEST_POSTGRES)");
            }

            return ok ? 0 : 1;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static bool Measure(string name, Drill drill, string exe, string teacherDb, Func<string, string> studentDb)
    {
        using var teacher = DrillStores.Open(teacherDb, DrillRole.Teacher, "teacher");
        teacher.SaveDrill(drill);
        var host = new DrillHost(teacher, drill);
        var processes = Enumerable.Range(1, Students).Select(i => Start(exe, studentDb($"s{i:00}"), drill.Name, $"s{i:00}")).ToList();
        var outputs = processes.Select(p => p.StandardOutput.ReadToEndAsync()).ToList();
        var errors = processes.Select(p => p.StandardError.ReadToEndAsync()).ToList();
        var joining = Stopwatch.StartNew();
        // As `drill host` does: the view refreshes from the moment it opens, while the class joins.
        while (host.Refresh(DateTimeOffset.UtcNow).Joined.Count < Students && joining.Elapsed < TimeSpan.FromMinutes(3))
        {
            Thread.Sleep(RefreshEvery);
        }

        var startLoad = Load();
        var clock = Stopwatch.StartNew();
        host.Apply(Core.Drills.DrillCommand.Start, DateTimeOffset.UtcNow);
        var lags = new List<double>();
        var refreshes = new List<double>();
        var refreshCpu = new List<double>();
        var seen = new HashSet<(string, string)>();
        // Until every answer is in (or a student has failed): finished students stay connected, as on drill take's final
        // screen, until the teacher ends the drill below.
        while (seen.Count < Students * drill.Questions.Count && !processes.Any(p => p.HasExited && p.ExitCode != 0)
            && clock.Elapsed < TimeSpan.FromMinutes(5))
        {
            var refresh = Stopwatch.StartNew();
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var snapshot = host.Refresh(DateTimeOffset.UtcNow);
            refreshes.Add(refresh.Elapsed.TotalMilliseconds);
            refreshCpu.Add((Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds);
            var shown = DateTimeOffset.UtcNow;
            // Every answer that appears for the first time in this refresh: how long since it was given.
            foreach (var a in snapshot.Answers.Where(a => seen.Add((a.Account, a.QuestionId))))
            {
                lags.Add((shown - a.AnsweredAt).TotalMilliseconds);
            }

            // As the host screen does: a refresh starts every interval (it times from one refresh's start to the next's),
            // so a slow refresh shortens the wait after it instead of adding to it.
            var wait = RefreshEvery - refresh.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                Thread.Sleep(wait);
            }
        }

        var elapsed = clock.Elapsed;
        host.Apply(Core.Drills.DrillCommand.End, DateTimeOffset.UtcNow);
        foreach (var p in processes)
        {
            if (!p.WaitForExit(TimeSpan.FromSeconds(30)))
            {
                p.Kill();
                p.WaitForExit();
            }
        }

        // The refresh's own cost once the class is done and nothing else runs: the host's next refresh (nothing new), and a
        // new host's first one (every answer read), the drill ended.
        (double Wall, double Cpu) Cost(Func<DrillHost> which)
        {
            var times = Enumerable.Range(0, 20).Select(_ =>
            {
                var wall = Stopwatch.StartNew();
                var before = Process.GetCurrentProcess().TotalProcessorTime;
                which().Refresh(DateTimeOffset.UtcNow);
                return (Wall: wall.Elapsed.TotalMilliseconds, Cpu: (Process.GetCurrentProcess().TotalProcessorTime - before).TotalMilliseconds);
            }).ToList();
            return (Percentile([.. times.Select(t => t.Wall).Order()], 0.5), times.Average(t => t.Cpu));
        }

        var next = Cost(() => host);
        var first = Cost(() => new DrillHost(teacher, drill));
        var latencies = outputs.SelectMany(o => o.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            .Select(l => l.Split(' '))
            .Where(p => p.Length == 3 && p[1] == "Recorded")
            .Select(p => double.Parse(p[2], CultureInfo.InvariantCulture))
            .Order()
            .ToList();
        var cpu = outputs.SelectMany(o => o.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            .Select(l => l.Split(' '))
            .Where(p => p.Length == 2 && p[0] == "cpu")
            .Sum(p => double.Parse(p[1], CultureInfo.InvariantCulture));
        var failed = processes.Count(p => p.ExitCode != 0);
        if (Dump.Length > 0)
        {
            // Each student's answers in order (account, answer number, milliseconds), and each refresh's time: for tracing the tail.
            File.WriteAllLines(Dump, outputs.SelectMany((o, i) => o.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(l => l.Split(' ')).Where(p => p.Length == 3).Select((p, n) => $"s{i + 1:00} {n + 1} {p[2]}"))
                .Concat(refreshes.Select((r, n) => $"refresh {n + 1} {r.ToString("0.0", CultureInfo.InvariantCulture)} cpu {refreshCpu[n].ToString("0.0", CultureInfo.InvariantCulture)}")));
        }

        var stored = teacher.Answers(drill.Name).Count;
        var p99 = Percentile(latencies, 0.99);
        var lag = lags.Count == 0 ? 0 : lags.Max();
        Console.WriteLine($"{name} (load average now {Load()}): {stored} answers stored ({latencies.Count} confirmed, {failed} students failed) in {elapsed.TotalSeconds:0.0} s = {stored / elapsed.TotalSeconds:0} answers/s");
        Console.WriteLine($"  the students' processes used {cpu / 1000:0.0} s of CPU from their first answer on ({cpu / Math.Max(1, latencies.Count):0.0} ms an answer); load average at the start {startLoad}");
        Console.WriteLine($"  record an answer: p50 {Percentile(latencies, 0.5):0.0} ms, p99 {p99:0.0} ms, max {latencies.LastOrDefault():0.0} ms (target p99 <= 50 ms: {(p99 <= 50 ? "met" : "MISSED")})");
        Console.WriteLine($"  host view: an answer shows after at most {lag:0} ms (p50 {Percentile([.. lags.Order()], 0.5):0} ms; target <= 1000 ms: {(lag <= 1000 ? "met" : "MISSED")}); one refresh p99 {Percentile([.. refreshes.Order()], 0.99):0.0} ms");
        Console.WriteLine($"  after the class, one refresh: the host's next {next.Wall:0.0} ms ({next.Cpu:0.0} ms of its CPU), a new host's first (all {stored} answers) {first.Wall:0.0} ms ({first.Cpu:0.0} ms)");
        foreach (var e in errors.Select(e => e.Result).Where(e => e.Length > 0).Distinct().Take(3))
        {
            Console.WriteLine("  student error: " + e.Trim());
        }

        foreach (var p in processes)
        {
            p.Dispose();
        }

        return failed == 0 && stored == Students * drill.Questions.Count;
    }

    private static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static Process Start(string exe, string db, string drill, string account)
    {
        var start = new ProcessStartInfo(exe) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "drill", "__drill-student", drill, "--as", account, "--cpu", "--stay", "--db", db })
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }

    private static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    /// <summary>A throwaway database owned by a teacher role, and student login roles in quiztui_student.</summary>
    private static (string Teacher, Func<string, string> Student, Action Drop) PostgresDatabase(string adminConnection)
    {
        var admin = new NpgsqlConnectionStringBuilder(adminConnection);
        var database = "quiztui_bench_" + Guid.NewGuid().ToString("N")[..8];
        void Admin(string sql)
        {
            using var connection = new NpgsqlConnection(admin.ConnectionString);
            connection.Open();
            using var command = new NpgsqlCommand(sql, connection);
            command.ExecuteNonQuery();
        }

        string Role(string name, string extra) =>
            $"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{name}') THEN CREATE ROLE \"{name}\" LOGIN {extra}; END IF; END $$; ALTER ROLE \"{name}\" LOGIN PASSWORD '{Password}';";
        string Connection(string user) =>
            new NpgsqlConnectionStringBuilder { Host = admin.Host, Port = admin.Port, Database = database, Username = user, Password = Password }.ConnectionString;

        Admin("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'quiztui_student') THEN CREATE ROLE quiztui_student NOLOGIN; END IF; END $$;");
        Admin(Role("quiztui_bench_teacher", ""));
        Admin($"CREATE DATABASE {database} OWNER quiztui_bench_teacher");
        return (Connection("quiztui_bench_teacher"), account =>
        {
            Admin(Role(account, "IN ROLE quiztui_student") + $" GRANT quiztui_student TO \"{account}\";");
            return Connection(account);
        }, () =>
        {
            NpgsqlConnection.ClearAllPools();
            Admin($"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
        });
    }
}
