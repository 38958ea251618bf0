using QuizTui.Core.Drills;
using QuizTui.Drills;

namespace QuizTui.Tests.Drills;

/// <summary>
/// Six students answering a six-question drill in a fixed way (by choice position, so it is the same for any
/// questions): a strong, a middling and a weak pair, one student unfinished.
/// </summary>
internal static class FixedClass
{
    private static readonly DateTimeOffset Start = DrillSamples.Created.AddDays(2);

    /// <summary>(account, display name, question number, right?, wrong choice offset, seconds).</summary>
    public static readonly (string Account, string? Name, int Question, bool Right, int Seconds)[] Answers =
    [
        .. Row("ada", "Ada", "RRRRRR", 4), .. Row("ben", null, "RRRRWR", 6), .. Row("cat", "Cat", "RRWRWR", 9),
        .. Row("dan", null, "RWRWWR", 12), .. Row("eli", "Eli", "WWRWWR", 15), .. Row("fox", null, "WRW", 18),
    ];

    public static void Seed(string db, Drill drill)
    {
        using var teacher = SqliteDrillStore.Open(db, DrillRole.Teacher, "teacher");
        teacher.SaveDrill(drill);
        new DrillHost(teacher, drill).Apply(Core.Drills.DrillCommand.Start, Start);
        foreach (var group in Answers.GroupBy(a => a.Account))
        {
            using var student = SqliteDrillStore.Open(db, DrillRole.Student, group.Key);
            student.Join(drill.Name, group.First().Name, Start);
            foreach (var a in group)
            {
                var q = drill.Questions[a.Question].Question;
                var answer = a.Right ? q.Answer : WrongAnswer(q);
                student.Submit(drill.Name, q.Id, answer, a.Seconds, Start.AddSeconds(a.Question * 20));
            }
        }
    }

    /// <summary>The hardest question's number and the wrong answer given to it.</summary>
    public static (string Number, string Answer) HardestWrong(Drill drill)
    {
        var q = drill.Questions[4].Question;
        return ("5", WrongAnswer(q));
    }

    /// <summary>
    /// A wrong choice; where the generator made the question short-answer (no distractors of the answer's kind: in the
    /// sample drill, "Where was the 131-page document found on Castlefrank Road?" → Kanata), the wider place the
    /// evidence also names, which a teacher may then accept for everyone.
    /// </summary>
    private static string WrongAnswer(Core.Questions.Question q) => q.Choices.FirstOrDefault(c => c != q.Answer) ?? "Ontario";

    private static IEnumerable<(string, string?, int, bool, int)> Row(string account, string? name, string pattern, int seconds) =>
        pattern.Select((c, i) => (account, name, i, c == 'R', seconds));
}
