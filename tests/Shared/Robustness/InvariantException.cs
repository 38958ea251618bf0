namespace QuizTui.Testing.Robustness;

/// <summary>A pipeline output broke one of the invariants every input must keep (the fuzzer treats it as a crash).</summary>
public sealed class InvariantException(string message) : Exception(message);
