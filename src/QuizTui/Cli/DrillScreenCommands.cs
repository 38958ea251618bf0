using System.CommandLine;

namespace QuizTui.Cli;

/// <summary>The <c>drill</c> subcommands that open screens (take, host, edit), added to the drill command group.</summary>
internal static class DrillScreenCommands
{
    public static void AddTo(Command drill, TextWriter error)
    {
        drill.Subcommands.Add(DrillTakeCommand.Create(error));
        drill.Subcommands.Add(DrillHostCommand.Create(error));
        drill.Subcommands.Add(DrillEditCommand.Create(error));
    }
}
