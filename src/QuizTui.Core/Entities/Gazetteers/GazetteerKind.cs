namespace QuizTui.Core.Entities.Gazetteers;

/// <summary>The lists a phrase can belong to (a phrase may be in several).</summary>
[Flags]
internal enum GazetteerKind
{
    None = 0,
    Country = 1,
    City = 2,
    Place = 4,
    Region = 8,
    Demonym = 16,
    GivenName = 32,
    Title = 64,
    OrgSuffix = 128,
    Organization = 256,
}
