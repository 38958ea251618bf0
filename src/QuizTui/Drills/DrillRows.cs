using System.Data.Common;
using QuizTui.Core.Drills;
using QuizTui.Core.Questions;

namespace QuizTui.Drills;

/// <summary>Reading drill rows, shared by both stores.</summary>
internal static class DrillRows
{
    public const string StudentColumns = "account, display_name, joined";
    public const string AnswerColumns = "account, question_id, answer, seconds, answered_at, result, accepted";
    public const int AnswerColumnCount = 7;

    public static DrillStudent Student(DbDataReader r) =>
        new(r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), Time(r.GetInt64(2)));

    public static DrillAnswer Answer(DbDataReader r) => new(
        r.GetString(0),
        r.GetString(1),
        r.GetString(2),
        r.GetDouble(3),
        Time(r.GetInt64(4)),
        r.IsDBNull(5) ? null : Enum.Parse<AnswerResult>(r.GetString(5)),
        Convert.ToInt64(r.GetValue(6), System.Globalization.CultureInfo.InvariantCulture) != 0);

    public static DrillControl Control(DbDataReader r) =>
        new(Enum.Parse<DrillPhase>(r.GetString(0)), Convert.ToInt32(r.GetValue(1), System.Globalization.CultureInfo.InvariantCulture), Time(r.GetInt64(2)));

    public static long Ms(DateTimeOffset time) => time.ToUnixTimeMilliseconds();

    public static DateTimeOffset Time(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);
}
