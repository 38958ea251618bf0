namespace QuizTui.Core.Times;

/// <summary>What a recognised expression means before it is resolved against the reference date.</summary>
internal abstract record TimeMeaning;

/// <summary>A value that needs no reference date: "1996", "P2M", "PRESENT_REF", "1996-12-06".</summary>
internal sealed record FixedMeaning(TimeType Type, string Value) : TimeMeaning;

/// <summary>How a weekday or month without a year picks its occurrence.</summary>
internal enum Occurrence
{
    ByTense,
    Last,
    This,
    Next,
}

/// <summary>A calendar date whose missing parts come from the reference date and the tense:
/// "Friday", "May 7", "last June", "Tuesday night", "9 a.m. Tuesday".</summary>
/// <param name="Suffix">Appended after the date: "TNI", "T09:00".</param>
/// <param name="YearShift">"June last year": the year as a step from the reference's year.</param>
internal sealed record CalendarMeaning(
    int? Year, int? Month, int? Day, int? Weekday, Occurrence Occurrence, string? Suffix, int? YearShift = null) : TimeMeaning;

/// <summary>A step from the reference date: "yesterday" (Day, -1), "last year" (Year, -1), "this week" (Week, 0).</summary>
internal sealed record ShiftMeaning(TimeUnit Unit, int Amount, string? Suffix = null) : TimeMeaning;

/// <summary>"the third quarter", "the first half of 1989", "the year-ago quarter".</summary>
internal sealed record QuarterMeaning(TimeUnit Unit, int? Number, int? Year, int YearShift) : TimeMeaning;

/// <summary>"last summer", "the winter of 1996".</summary>
internal sealed record SeasonMeaning(string Season, int? Year, Occurrence Occurrence) : TimeMeaning;

/// <summary>"Thanksgiving Day", "Christmas 1996": a named day, its year from the tense when not given.</summary>
internal sealed record HolidayMeaning(Func<int, DateOnly> Date, int? Year) : TimeMeaning;
