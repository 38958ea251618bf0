namespace QuizTui.Core.Times;

/// <summary>Calendar and clock units a time expression can count or step by.</summary>
internal enum TimeUnit
{
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Weekend,
    Month,
    Quarter,
    Half,
    Year,
    Decade,
    Century,
}
