using System.Globalization;

namespace QuizTui.Evaluation.Summaries;

/// <summary>Applies "Name=value,Name=value" to a settings record's init properties (for tuning runs).</summary>
internal static class SettingsOverride
{
    public static T Apply<T>(T settings, string assignments)
        where T : class
    {
        if (string.IsNullOrWhiteSpace(assignments))
        {
            return settings;
        }

        var clone = (T)typeof(T).GetMethod("<Clone>$")!.Invoke(settings, null)!;
        foreach (var assignment in assignments.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var (name, value) = (assignment.Split('=')[0].Trim(), assignment.Split('=')[1].Trim());
            var property = typeof(T).GetProperty(name) ?? throw new ArgumentException($"no setting {name}");
            property.SetValue(clone, Convert.ChangeType(value, property.PropertyType, CultureInfo.InvariantCulture));
        }

        return clone;
    }
}
