namespace QuizTui.Core.Times;

/// <summary>The words time expressions are built from: months, weekdays, units, ordinals, parts of day, seasons.</summary>
internal static class TimeLexicon
{
    public static readonly Dictionary<string, int> Months = Build(
        ("january", 1), ("jan", 1), ("february", 2), ("feb", 2), ("march", 3), ("mar", 3), ("april", 4), ("apr", 4),
        ("may", 5), ("june", 6), ("jun", 6), ("july", 7), ("jul", 7), ("august", 8), ("aug", 8), ("september", 9),
        ("sept", 9), ("sep", 9), ("october", 10), ("oct", 10), ("november", 11), ("nov", 11), ("december", 12),
        ("dec", 12));

    /// <summary>ISO day numbers, Monday = 1.</summary>
    public static readonly Dictionary<string, int> Weekdays = Build(
        ("monday", 1), ("mon", 1), ("tuesday", 2), ("tues", 2), ("tue", 2), ("wednesday", 3), ("wed", 3),
        ("thursday", 4), ("thurs", 4), ("thu", 4), ("friday", 5), ("fri", 5), ("saturday", 6), ("sat", 6),
        ("sunday", 7), ("sun", 7));

    public static readonly Dictionary<string, TimeUnit> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["second"] = TimeUnit.Second, ["seconds"] = TimeUnit.Second, ["minute"] = TimeUnit.Minute,
        ["minutes"] = TimeUnit.Minute, ["min"] = TimeUnit.Minute, ["mins"] = TimeUnit.Minute, ["hour"] = TimeUnit.Hour,
        ["hours"] = TimeUnit.Hour, ["hrs"] = TimeUnit.Hour, ["day"] = TimeUnit.Day, ["days"] = TimeUnit.Day,
        ["week"] = TimeUnit.Week, ["weeks"] = TimeUnit.Week, ["weekend"] = TimeUnit.Weekend,
        ["weekends"] = TimeUnit.Weekend, ["month"] = TimeUnit.Month, ["months"] = TimeUnit.Month,
        ["quarter"] = TimeUnit.Quarter, ["quarters"] = TimeUnit.Quarter, ["year"] = TimeUnit.Year,
        ["years"] = TimeUnit.Year, ["decade"] = TimeUnit.Decade, ["decades"] = TimeUnit.Decade,
        ["century"] = TimeUnit.Century, ["centuries"] = TimeUnit.Century,
    };

    public static readonly Dictionary<string, int> Ordinals = new(StringComparer.OrdinalIgnoreCase)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7,
        ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12, ["thirteenth"] = 13,
        ["fourteenth"] = 14, ["fifteenth"] = 15, ["sixteenth"] = 16, ["seventeenth"] = 17, ["eighteenth"] = 18,
        ["nineteenth"] = 19, ["twentieth"] = 20, ["twenty-first"] = 21, ["thirtieth"] = 30,
    };

    /// <summary>TIMEX3 part-of-day codes.</summary>
    public static readonly Dictionary<string, string> PartsOfDay = new(StringComparer.OrdinalIgnoreCase)
    {
        ["morning"] = "MO", ["afternoon"] = "AF", ["evening"] = "EV", ["night"] = "NI", ["overnight"] = "NI",
    };

    /// <summary>TIMEX3 season codes; "fall" and "spring" are verbs or nouns too, so they need a modifier.</summary>
    public static readonly Dictionary<string, string> Seasons = new(StringComparer.OrdinalIgnoreCase)
    {
        ["spring"] = "SP", ["summer"] = "SU", ["autumn"] = "FA", ["fall"] = "FA", ["winter"] = "WI",
    };

    /// <summary>Quantifiers that may open a duration, with their TIMEX3 mod.</summary>
    public static readonly (string[] Words, string? Mod)[] Quantifiers =
    [
        (["more", "than"], "MORE_THAN"), (["over"], "MORE_THAN"), (["less", "than"], "LESS_THAN"),
        (["under"], "LESS_THAN"), (["fewer", "than"], "LESS_THAN"), (["at", "least"], "EQUAL_OR_MORE"),
        (["at", "most"], "EQUAL_OR_LESS"), (["up", "to"], "EQUAL_OR_LESS"), (["no", "more", "than"], "EQUAL_OR_LESS"),
        (["around"], "APPROX"), (["roughly"], "APPROX"), (["approximately"], "APPROX"),
        (["nearly"], "APPROX"), (["another"], null), (["the", "better", "part", "of"], null),
    ];

    /// <summary>Position modifiers: "early May", "the end of the year".</summary>
    public static readonly (string[] Words, string Mod)[] PositionModifiers =
    [
        (["the", "end", "of"], "END"), (["the", "beginning", "of"], "START"), (["the", "start", "of"], "START"),
        (["the", "middle", "of"], "MID"), (["the", "turn", "of"], "START"), (["the", "close", "of"], "END"),
        (["end", "of"], "END"), (["early"], "START"), (["late"], "END"), (["mid"], "MID"), (["middle"], "MID"),
        (["the", "early", "part", "of"], "START"), (["the", "latter", "part", "of"], "END"),
    ];

    private static Dictionary<string, int> Build(params (string Key, int Value)[] entries) =>
        entries.ToDictionary(e => e.Key, e => e.Value, StringComparer.OrdinalIgnoreCase);
}
