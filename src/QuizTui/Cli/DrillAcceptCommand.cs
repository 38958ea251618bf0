using System.CommandLine;
using Humanizer;
using QuizTui.Drills;

namespace QuizTui.Cli;

/// <summary><c>quiztui drill accept NAME QUESTION ANSWER</c>: the teacher accepts an answer for everyone; report, scores and schedules follow.</summary>
internal static class DrillAcceptCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var name = DrillCommand.Name();
        var question = new Argument<string>("QUESTION") { Description = "The question's number in the drill (1, 2, ...) or its id." };
        var answer = new Argument<string>("ANSWER") { Description = "The answer to accept as right, as the students gave it." };
        var db = DbOption.Create();
        var command = new Command("accept", "Accept an answer as right for everyone (\"Canberra is right too\").") { name, question, answer, db };
        command.SetAction(result => DrillCli.Run(result.GetValue(db), DrillRole.Teacher, error, store =>
        {
            var changed = new DrillWorkbench(store).Accept(result.GetValue(name)!, result.GetValue(question)!, result.GetValue(answer)!);
            output.WriteLine(TerminalText.Clean($"Accepted \"{result.GetValue(answer)}\" on question {result.GetValue(question)}: {"answer".ToQuantity(changed)} now right."));
            return ExitCodes.Ok;
        }));
        return command;
    }
}
