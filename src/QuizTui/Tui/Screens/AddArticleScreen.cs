using System.Text;
using QuizTui.Tui.Library;
using QuizTui.Tui.Rendering;
using QuizTui.Tui.Shell;
using Terminal.Gui.Input;

namespace QuizTui.Tui.Screens;

/// <summary>Adds an article to the library folder: name a file, or paste (or type) the text.</summary>
internal sealed class AddArticleScreen(TrainerContext context) : Screen
{
    private readonly LineEditor file = new();
    private readonly StringBuilder pasted = new();
    private bool inText;
    private string? message;

    public override string Title => "Add article";

    public override bool IsTyping => true;

    public override IReadOnlyList<KeyHint> Hints { get; } =
    [
        new("Tab", "file/text", Key.Tab),
        new("Enter", "add file", Key.Enter),
        new("Ctrl+S", "save text", Key.S.WithCtrl),
        new("Esc", "cancel", Key.Esc),
    ];

    public override IReadOnlyList<KeyHint> HelpKeys { get; } =
    [
        new("Tab", "switch between the file name and the text", Key.Tab),
        new("Enter", "in the file name: add that file", Key.Enter),
        new("Ctrl+S", "save the pasted text as a new article", Key.S.WithCtrl),
        new("Esc", "back to the library without adding", Key.Esc),
    ];

    public override void Draw(Canvas canvas)
    {
        canvas.Text(1, 0, "Add an article to " + Cells.Fit(context.Library.Folder, canvas.Width - 22), Style.Heading);
        var x = canvas.Text(1, 2, "File  ", inText ? Style.Dim : Style.Strong);
        file.Draw(canvas, x, 2, canvas.Width - x - 2, focused: !inText, "path to a .txt, .md or .html file, then Enter");
        canvas.Text(1, 4, "or paste the article's text below (headline first), then Ctrl+S", inText ? Style.Strong : Style.Dim);

        var box = canvas.Inner(1, 5, canvas.Width - 2, Math.Max(3, canvas.Height - 7));
        box.Box(null, inText ? Style.Accent : Style.Border);
        var inner = box.Inner(1, 1, box.Width - 2, box.Height - 2);
        var lines = pasted.ToString().Split('\n').SelectMany(l => Wrapper.Wrap(l, Style.Normal, inner.Width)).ToList();
        var first = Math.Max(0, lines.Count - inner.Height);
        for (var i = first; i < lines.Count; i++)
        {
            var end = inner.Runs(0, i - first, lines[i]);
            if (inText && i == lines.Count - 1)
            {
                inner.Text(end, i - first, " ", Style.Selected);
            }
        }

        if (message is not null)
        {
            canvas.Text(1, canvas.Height - 1, Cells.Fit(message, canvas.Width - 2), Style.Error);
        }
    }

    public override bool OnKey(Key key)
    {
        if (key == Key.Tab || key == Key.Tab.WithShift)
        {
            inText = !inText;
        }
        else if (key == Key.S.WithCtrl)
        {
            SaveText();
        }
        else if (key == Key.Esc)
        {
            return false;
        }
        else if (!inText)
        {
            if (key == Key.Enter)
            {
                AddFile();
            }
            else
            {
                file.OnKey(key);
            }
        }
        else if (key == Key.Enter)
        {
            pasted.Append('\n');
        }
        else if (key == Key.Backspace)
        {
            if (pasted.Length > 0)
            {
                pasted.Length--;
            }
        }
        else if (key.GetPrintableText() is { Length: > 0 } typed && !key.IsCtrl && !key.IsAlt)
        {
            pasted.Append(Cells.Printable(typed));
        }

        return true;
    }

    public override bool OnPaste(string text)
    {
        if (inText || file.Text.Length == 0 && text.Contains('\n'))
        {
            inText = true;
            pasted.Append(text.ReplaceLineEndings("\n"));
        }
        else
        {
            file.Insert(text.Trim());
        }

        return true;
    }

    private void AddFile()
    {
        var path = file.Text.Trim();
        if (path.StartsWith('~'))
        {
            path = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) + path[1..];
        }

        if (path.Length == 0)
        {
            message = "Type the path of an article file first.";
            return;
        }

        Finish(context.Library.AddFile(path));
    }

    private void SaveText()
    {
        if (pasted.ToString().Trim().Length == 0)
        {
            message = "Paste or type the article's text first (Tab moves to the text).";
            return;
        }

        Finish(context.Library.AddText(pasted.ToString()));
    }

    private void Finish(LibraryEntry added)
    {
        if (added.Error is { } error)
        {
            message = $"{added.Name}: {error}";
            return;
        }

        Host.Pop();
        if (Host.Current is LibraryScreen library)
        {
            library.Select(added);
        }
    }
}
