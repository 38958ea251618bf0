namespace QuizTui.Storage;

/// <summary>The database cannot be used; the message is one line for the user and names the path.</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
