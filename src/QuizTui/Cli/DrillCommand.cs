using System.CommandLine;

namespace QuizTui.Cli;

/// <summary><c>quiztui drill new|export|import|print|report|accept|control|sync</c>: classroom drills.</summary>
internal static class DrillCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("drill", "Classroom drills: prepare from articles, print, run live, report.");
        command.Subcommands.Add(DrillNewCommand.Create(output, error));
        command.Subcommands.Add(DrillFileCommands.Export(output, error));
        command.Subcommands.Add(DrillFileCommands.Import(output, error));
        command.Subcommands.Add(DrillPrintCommand.Create(output, error));
        command.Subcommands.Add(DrillReportCommand.Create(output, error));
        command.Subcommands.Add(DrillAcceptCommand.Create(output, error));
        command.Subcommands.Add(DrillControlCommand.Create(output, error));
        command.Subcommands.Add(DrillStudentCommand.Create(output, error));
        command.Subcommands.Add(DrillSyncCommand.Create(output, error));
        DrillScreenCommands.AddTo(command, error);
        return command;
    }

    public static Argument<string> Name() => new("NAME") { Description = "The drill's name." };
}
