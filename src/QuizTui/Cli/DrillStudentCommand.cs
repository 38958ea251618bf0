using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using QuizTui.Core.Drills;
using QuizTui.Core.Questions;
using QuizTui.Drills;

namespace QuizTui.Cli;

/// <summary>
/// Hidden: one simulated student takes a drill through the student service (no key in the process), printing
/// "QUESTION_ID RESULT MILLISECONDS" for each committed answer. The simulated-class tests and the benchmark run
/// many of these at once; the resume test kills one mid-drill and starts it again.
/// </summary>
internal static class DrillStudentCommand
{
    private static readonly TimeSpan PollEvery = TimeSpan.FromSeconds(1);

    public static Command Create(TextWriter output, TextWriter error)
    {
        var name = DrillCommand.Name();
        var account = new Option<string>("--as") { Description = "The account to answer as (simulation only).", Required = true };
        var display = new Option<string?>("--display-name");
        var pause = new Option<int>("--pause-ms") { DefaultValueFactory = _ => 0 };
        var wait = new Option<int>("--wait-ms") { Description = "How long to wait for the host to start.", DefaultValueFactory = _ => 60_000 };
        var cpuTime = new Option<bool>("--cpu") { Description = "After the last answer, print \"cpu MS\": the CPU time used from the first answer on." };
        var stay = new Option<bool>("--stay")
        {
            Description = "After the last answer, stay connected until the host ends the drill, reading the controls once a second, as drill take's final screen does.",
        };
        var db = DbOption.Create();
        var command = new Command("__drill-student", "Test helper: one simulated student takes a drill.") { name, account, display, pause, wait, cpuTime, stay, db };
        command.Hidden = true;
        command.SetAction(result => DrillCli.Run(result.GetValue(db), DrillRole.Student, error, store =>
        {
            var session = DrillSession.Join(store, result.GetValue(name)!, result.GetValue(display), DateTimeOffset.UtcNow);
            if (session is null)
            {
                return DrillCli.Fail(error, $"no drill named {result.GetValue(name)}");
            }

            // Loaded now, not in the class's first answer: what the CPU figure below reads.
            var process = Process.GetCurrentProcess();
            var waited = Stopwatch.StartNew();
            var control = session.Control();
            var read = Stopwatch.StartNew();
            TimeSpan? cpu = null;
            while (!session.Finished)
            {
                // As `drill take` does: the controls are read about once a second while answering. While nothing is
                // open they are read every 20 ms (`drill take` reads once a second): the whole class then starts within
                // 20 ms of the teacher's start, the hardest case for the store, rather than spread over a second.
                if (read.Elapsed >= PollEvery || session.Next(control) is null)
                {
                    control = session.Control();
                    read.Restart();
                }

                if (control.Phase == DrillPhase.Ended)
                {
                    break;
                }

                if (session.Next(control) is not { } question)
                {
                    if (waited.ElapsedMilliseconds > result.GetValue(wait))
                    {
                        return DrillCli.Fail(error, "the drill did not start in time");
                    }

                    Thread.Sleep(20);
                    continue;
                }

                if (session.Paper.Settings.TimeLimitSeconds is > 0)
                {
                    // As `drill take` does: the countdown's start is stored (a write of its own, not timed here).
                    session.Shown(question.Id, DateTimeOffset.UtcNow);
                }

                // Timed: the answer's write alone, as the speed target says.
                cpu ??= process.TotalProcessorTime;
                // The pick is the student's thinking, not the answer's write.
                var answer = Choose(question, session.Student.Account);
                var taken = TimeSpan.FromSeconds(1 + (question.Prompt.Length % 7));
                var clock = Stopwatch.StartNew();
                var submitted = session.Submit(question.Id, answer, taken, DateTimeOffset.UtcNow);
                var elapsed = clock.Elapsed;
                if (submitted == SubmitResult.NotOpen)
                {
                    control = session.Control();
                    read.Restart();
                }

                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{question.Id} {submitted} {elapsed.TotalMilliseconds:0.###}"));
                output.Flush();
                if (result.GetValue(pause) > 0)
                {
                    Thread.Sleep(result.GetValue(pause));
                }
            }

            // The process's own CPU time from its first answer to its last (the benchmark sums it: the class's load).
            if (result.GetValue(cpuTime))
            {
                process.Refresh();
                var used = process.TotalProcessorTime - (cpu ?? TimeSpan.Zero);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cpu {used.TotalMilliseconds:0}"));
                output.Flush();
            }

            // A student who has finished sits on the final screen, still connected, until the teacher ends the drill:
            // the class's connections close at the end, not while the rest of the class is still answering.
            while (result.GetValue(stay) && control.Phase != DrillPhase.Ended)
            {
                Thread.Sleep(PollEvery);
                control = session.Control();
            }

            return ExitCodes.Ok;
        }, result.GetValue(account)));
        return command;
    }

    /// <summary>
    /// A reproducible pick that differs by student and question (the process has no key to aim at). FNV-1a, not a
    /// cryptographic hash: the first SHA-256 loads the crypto library, tens of milliseconds of CPU that all 40 simulated
    /// students spent at the same moment, the drill's start, which a real student's pick does not.
    /// </summary>
    public static string Choose(DrillQuestionView question, string account)
    {
        var hash = 2166136261u;
        foreach (var c in $"{account}\n{question.Id}")
        {
            hash = (hash ^ c) * 16777619u;
        }

        var value = (int)(hash >> 8);
        return question.Format == QuestionFormat.ShortAnswer
            ? (value % 2 == 0 ? "unknown" : "")
            : question.Choices[value % question.Choices.Count];
    }
}
