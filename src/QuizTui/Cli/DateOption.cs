using System.Globalization;

namespace QuizTui.Cli;

/// <summary>The <c>--date YYYY-MM-DD</c> option shared by the article commands.</summary>
internal static class DateOption
{
    /// <summary>False after writing a one-line error when <paramref name="value"/> is not a date.</summary>
    public static bool TryParse(string command, string? value, TextWriter error, out DateOnly? date)
    {
        date = null;
        if (value is null)
        {
            return true;
        }

        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            error.WriteLine(TerminalText.Clean($"quiztui {command}: --date '{value}' is not a date in the form YYYY-MM-DD"));
            return false;
        }

        date = parsed;
        return true;
    }
}
