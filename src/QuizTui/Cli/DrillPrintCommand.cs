using System.CommandLine;
using QuizTui.Core.Drills;
using QuizTui.Drills;

namespace QuizTui.Cli;

/// <summary><c>quiztui drill print NAME [--format md|txt] [--versions A,B] [--answer-key]</c>: a paper quiz.</summary>
internal static class DrillPrintCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var name = DrillCommand.Name();
        var format = new Option<string>("--format") { Description = "txt (default) or md.", DefaultValueFactory = _ => "txt" };
        format.AcceptOnlyFromAmong("txt", "md");
        var versions = new Option<string?>("--versions") { Description = "Version letters (A,B): the same questions in different orders, each with its own key." };
        var key = new Option<bool>("--answer-key") { Description = "Add each version's answer key with the evidence sentences." };
        var db = DbOption.Create();
        var command = new Command("print", "Print the drill as a paper quiz.") { name, format, versions, key, db };
        command.SetAction(result => DrillCli.Run(result.GetValue(db), DrillRole.Teacher, error, store =>
        {
            if (DrillCli.Load(store, result.GetValue(name)!, error) is not { } drill)
            {
                return ExitCodes.InputError;
            }

            var letters = result.GetValue(versions)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (letters is not null && letters.Distinct(StringComparer.Ordinal).Count() != letters.Length)
            {
                return DrillCli.Fail(error, "--versions names a version twice");
            }

            output.Write(TerminalText.Clean(DrillPrinter.Print(drill, new PrintOptions(result.GetValue(format) == "md", letters, result.GetValue(key)))));
            return ExitCodes.Ok;
        }));
        return command;
    }
}
