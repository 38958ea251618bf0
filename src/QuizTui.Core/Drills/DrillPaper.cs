namespace QuizTui.Core.Drills;

/// <summary>The student side of a drill: its settings and its questions without keys, in the drill's order.</summary>
public sealed record DrillPaper(string Name, DrillSettings Settings, IReadOnlyList<DrillQuestionView> Questions, bool Locked);
