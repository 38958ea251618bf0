using Terminal.Gui.Drawing;
using TgAttribute = Terminal.Gui.Drawing.Attribute;

namespace QuizTui.Tui.Rendering;

/// <summary>The look of each <see cref="Style"/>: a colour theme, and a monochrome one for --no-color and NO_COLOR.</summary>
internal sealed class Theme
{
    private readonly Dictionary<Style, TgAttribute> looks;

    private Theme(string name, Dictionary<Style, TgAttribute> looks)
    {
        Name = name;
        this.looks = looks;
    }

    public string Name { get; }

    public bool IsMonochrome => Name == "mono";

    public TgAttribute this[Style style] => looks[style];

    public static Theme Color { get; } = new("color", BuildColor());

    /// <summary>Default foreground and background only; emphasis by bold, underline, italic and reverse video.</summary>
    public static Theme Monochrome { get; } = new("mono", BuildMonochrome());

    private static Dictionary<Style, TgAttribute> BuildColor()
    {
        var fg = new Color(ColorName16.Gray);
        var bg = new Color(ColorName16.Black);
        TgAttribute On(ColorName16 f, TextStyle s = TextStyle.None) => new(new Color(f), bg, s);
        return new()
        {
            [Style.Normal] = new(fg, bg),
            [Style.Dim] = On(ColorName16.DarkGray),
            [Style.Strong] = On(ColorName16.White, TextStyle.Bold),
            [Style.Heading] = On(ColorName16.BrightCyan, TextStyle.Bold),
            [Style.Header] = new(new Color(ColorName16.Black), new Color(ColorName16.Cyan), TextStyle.Bold),
            [Style.HeaderDim] = new(new Color(ColorName16.Black), new Color(ColorName16.Cyan)),
            [Style.Selected] = new(new Color(ColorName16.Black), new Color(ColorName16.BrightCyan)),
            [Style.StatusBar] = new(new Color(ColorName16.Gray), new Color(ColorName16.Blue)),
            [Style.StatusKey] = new(new Color(ColorName16.BrightYellow), new Color(ColorName16.Blue), TextStyle.Bold),
            [Style.Person] = On(ColorName16.BrightYellow),
            [Style.Place] = On(ColorName16.BrightGreen),
            [Style.Organization] = On(ColorName16.BrightMagenta),
            [Style.Date] = On(ColorName16.BrightCyan),
            [Style.Quantity] = On(ColorName16.BrightBlue),
            [Style.Correct] = On(ColorName16.BrightGreen, TextStyle.Bold),
            [Style.Close] = On(ColorName16.BrightYellow, TextStyle.Bold),
            [Style.Wrong] = On(ColorName16.BrightRed, TextStyle.Bold),
            [Style.Answer] = new(new Color(ColorName16.Black), new Color(ColorName16.BrightGreen)),
            [Style.BarFilled] = On(ColorName16.BrightCyan),
            [Style.BarEmpty] = On(ColorName16.DarkGray),
            [Style.Input] = new(new Color(ColorName16.White), new Color(ColorName16.DarkGray)),
            [Style.Error] = On(ColorName16.BrightRed),
            [Style.Accent] = On(ColorName16.BrightCyan),
            [Style.Border] = On(ColorName16.Cyan),
        };
    }

    private static Dictionary<Style, TgAttribute> BuildMonochrome()
    {
        // Color.None is the terminal's own colour, so the user's palette is kept.
        TgAttribute Look(TextStyle s = TextStyle.None) => new(Terminal.Gui.Drawing.Color.None, Terminal.Gui.Drawing.Color.None, s);
        return new()
        {
            [Style.Normal] = Look(),
            [Style.Dim] = Look(TextStyle.Faint),
            [Style.Strong] = Look(TextStyle.Bold),
            [Style.Heading] = Look(TextStyle.Bold | TextStyle.Underline),
            [Style.Header] = Look(TextStyle.Reverse | TextStyle.Bold),
            [Style.HeaderDim] = Look(TextStyle.Reverse),
            [Style.Selected] = Look(TextStyle.Reverse),
            [Style.StatusBar] = Look(TextStyle.Reverse),
            [Style.StatusKey] = Look(TextStyle.Reverse | TextStyle.Bold),
            [Style.Person] = Look(TextStyle.Bold),
            [Style.Place] = Look(TextStyle.Underline),
            [Style.Organization] = Look(TextStyle.Italic),
            [Style.Date] = Look(TextStyle.Bold | TextStyle.Italic),
            [Style.Quantity] = Look(TextStyle.Italic | TextStyle.Underline),
            [Style.Correct] = Look(TextStyle.Bold),
            [Style.Close] = Look(TextStyle.Bold | TextStyle.Italic),
            [Style.Wrong] = Look(TextStyle.Bold | TextStyle.Underline),
            [Style.Answer] = Look(TextStyle.Reverse),
            [Style.BarFilled] = Look(TextStyle.Reverse),
            [Style.BarEmpty] = Look(TextStyle.Faint),
            [Style.Input] = Look(TextStyle.Underline),
            [Style.Error] = Look(TextStyle.Bold),
            [Style.Accent] = Look(TextStyle.Bold),
            [Style.Border] = Look(),
        };
    }
}
