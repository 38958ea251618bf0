using System.Globalization;
using QuizTui.Core.Drills;
using QuizTui.Storage;
using Sylvan.Data.Csv;

namespace QuizTui.Cli;

/// <summary>The grade-book CSV: one row per student; q1..qN are 1 (right), 0 (wrong) or empty (not answered).</summary>
internal static class DrillReportCsv
{
    public static void Write(DrillResults results, IReadOnlyList<DrillAnswer> answers, TextWriter output)
    {
        var columns = new[] { "account", "name", "score", "questions", "percent", "seconds", "points" }
            .Concat(results.Questions.Select(q => $"q{q.Number}"))
            .ToArray();
        var byStudent = answers.ToLookup(a => a.Account, StringComparer.Ordinal);
        var rows = results.Students.Select(s =>
        {
            var own = byStudent[s.Account].ToDictionary(a => a.QuestionId, StringComparer.Ordinal);
            return new string?[] { s.Account, s.Shown, Number(s.Right), Number(s.QuestionCount), s.Percent.ToString("0.#", CultureInfo.InvariantCulture), s.Seconds.ToString("0.#", CultureInfo.InvariantCulture), Number(s.Points) }
                .Concat(results.Questions.Select(q => own.TryGetValue(q.Id, out var a) ? (a.IsRight ? "1" : "0") : null))
                .ToArray();
        });
        using var writer = CsvDataWriter.Create(output);
        using var reader = new RowsDataReader(columns, rows);
        writer.Write(reader);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
