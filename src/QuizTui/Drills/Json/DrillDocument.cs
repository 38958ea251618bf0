namespace QuizTui.Drills.Json;

/// <summary>
/// A drill as one self-contained JSON file (export, import, and the teacher's stored copy): the articles' text and
/// credits, the settings, every question with its key, evidence and rulings.
/// </summary>
/// <param name="Format">Always "quiztui-drill", so a stray JSON file is recognised as not a drill.</param>
/// <param name="Version">The document version; a newer one than this program knows is refused.</param>
public sealed record DrillDocument(string Format, int Version, DrillJson Drill)
{
    public const string Kind = "quiztui-drill";
    public const int CurrentVersion = 1;
}
