namespace QuizTui.Core.Times;

/// <summary>Named days with their date in a given year (US and Christian calendars, as in US and UK news).</summary>
internal static class Holidays
{
    /// <summary>Token sequences (lower case) of each holiday's name, longest first, with its date rule.</summary>
    public static readonly (string[] Words, Func<int, DateOnly> Date)[] All =
    [
        (["new", "year", "'s", "day"], y => new DateOnly(y, 1, 1)),
        (["new", "year", "'s", "eve"], y => new DateOnly(y, 12, 31)),
        (["christmas", "eve"], y => new DateOnly(y, 12, 24)),
        (["christmas", "day"], y => new DateOnly(y, 12, 25)),
        (["christmas"], y => new DateOnly(y, 12, 25)),
        (["boxing", "day"], y => new DateOnly(y, 12, 26)),
        (["independence", "day"], y => new DateOnly(y, 7, 4)),
        (["valentine", "'s", "day"], y => new DateOnly(y, 2, 14)),
        (["halloween"], y => new DateOnly(y, 10, 31)),
        (["veterans", "day"], y => new DateOnly(y, 11, 11)),
        (["thanksgiving", "day"], y => Nth(y, 11, DayOfWeek.Thursday, 4)),
        (["thanksgiving"], y => Nth(y, 11, DayOfWeek.Thursday, 4)),
        (["labor", "day"], y => Nth(y, 9, DayOfWeek.Monday, 1)),
        (["memorial", "day"], y => Nth(y, 6, DayOfWeek.Monday, 1).AddDays(-7)),
        (["martin", "luther", "king", "day"], y => Nth(y, 1, DayOfWeek.Monday, 3)),
        (["election", "day"], y => Nth(y, 11, DayOfWeek.Monday, 1).AddDays(1)),
        (["easter", "sunday"], Easter),
        (["easter"], Easter),
        (["good", "friday"], y => Easter(y).AddDays(-2)),
    ];

    private static DateOnly Nth(int year, int month, DayOfWeek day, int n)
    {
        var first = new DateOnly(year, month, 1);
        var offset = ((int)day - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + (7 * (n - 1)));
    }

    /// <summary>Western Easter (anonymous Gregorian computus).</summary>
    private static DateOnly Easter(int y)
    {
        int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = ((19 * a) + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        int m = (a + (11 * h) + (22 * l)) / 451, month = (h + l - (7 * m) + 114) / 31, day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(y, month, day);
    }
}
