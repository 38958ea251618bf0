namespace QuizTui.Drills;

/// <summary>A student-side store was asked for something only the teacher may do or read (a key, another student's answers).</summary>
public sealed class DrillAccessException(string message, Exception? inner = null) : Exception(message, inner);
