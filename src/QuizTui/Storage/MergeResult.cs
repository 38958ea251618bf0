namespace QuizTui.Storage;

/// <summary>What a merge did to the attempts: new ones, ones whose verdict or grade changed, and ones already as given.</summary>
public sealed record MergeResult(int Added, int Changed, int Unchanged);
