namespace QuizTui.Tui.Rendering;

/// <summary>What a piece of text is, for the theme to give it a look.</summary>
internal enum Style
{
    Normal,
    Dim,
    Strong,
    Heading,
    Header,
    HeaderDim,
    Selected,
    StatusBar,
    StatusKey,
    Person,
    Place,
    Organization,
    Date,
    Quantity,
    Correct,
    Close,
    Wrong,
    Answer,
    BarFilled,
    BarEmpty,
    Input,
    Error,
    Accent,
    Border,
}
