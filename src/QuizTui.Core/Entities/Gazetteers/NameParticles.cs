namespace QuizTui.Core.Entities.Gazetteers;

/// <summary>Lower-case particles inside people's surnames ("von Bora", "de Lusignan", "van Riebeeck", "bin Laden").</summary>
internal static class NameParticles
{
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        "von", "van", "der", "den", "de", "du", "da", "di", "del", "della", "des", "la", "le", "ter", "ten", "bin", "ibn", "al", "el", "dos", "das", "zu",
    };
}
