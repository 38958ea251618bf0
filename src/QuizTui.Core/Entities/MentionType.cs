namespace QuizTui.Core.Entities;

/// <summary>What a mention names.</summary>
public enum MentionType
{
    Person,
    Place,
    Organization,
    Nationality,
    Other,
}
