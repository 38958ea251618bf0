namespace QuizTui.Cli.Json;

/// <summary>One line of <c>quiztui extract --json</c> (the contract of issue 3).</summary>
internal sealed record ExtractionDto(
    string File,
    string Title,
    string? Date,
    IReadOnlyList<MentionDto> Mentions,
    IReadOnlyList<TimeDto> Times,
    IReadOnlyList<QuantityDto> Quantities);

internal sealed record MentionDto(string Text, string Type, int Start, int End, string Entity, string? Role);

internal sealed record TimeDto(string Text, string Type, string Value, string? Mod, int Start, int End);

internal sealed record QuantityDto(string Text, decimal Value, string Unit, int Start, int End);
