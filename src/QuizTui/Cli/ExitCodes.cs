namespace QuizTui.Cli;

/// <summary>Process exit codes, following sysexits where one fits.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>At least one input could not be processed; the others were.</summary>
    public const int InputError = 1;

    public const int Usage = 2;

    /// <summary>No terminal to draw the trainer on.</summary>
    public const int NoTerminal = 3;

    /// <summary>A fault in QuizTui itself (sysexits' EX_SOFTWARE).</summary>
    public const int InternalError = 70;
}
