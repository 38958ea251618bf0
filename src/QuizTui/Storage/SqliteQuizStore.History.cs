using QuizTui.Core.Scheduling;
using static QuizTui.Storage.SqliteRows;

namespace QuizTui.Storage;

/// <summary>Export and merge-import of the whole history.</summary>
public sealed partial class SqliteQuizStore
{
    public HistoryDocument Export() => Read(() => new HistoryDocument(
        Query(Article, $"SELECT {ArticleColumns} FROM articles ORDER BY first_seen, hash"),
        Query(r => SqliteRows.Question(r), $"SELECT {QuestionColumns} FROM questions ORDER BY article_hash, id"),
        Query(Session, $"SELECT {SessionColumns} FROM sessions ORDER BY started, id"),
        Query(SqliteRows.Attempt, $"SELECT {AttemptColumns} FROM attempts ORDER BY answered_at, id")));

    public ImportResult Import(HistoryDocument history, FsrsScheduler scheduler) => Write(() =>
    {
        var articles = history.Articles.Sum(a => Execute(
            $"INSERT OR IGNORE INTO articles ({ArticleColumns}) VALUES ($hash, $title, $source, $date, $seen)",
            ("$hash", a.Hash), ("$title", a.Title), ("$source", a.Source), ("$date", a.Date), ("$seen", Ms(a.FirstSeen))));
        var questions = history.Questions.Sum(q => Execute(
            $"INSERT OR IGNORE INTO questions ({QuestionColumns}) VALUES ($id, $article, $type, $prompt, $answer, $payload)",
            ("$id", q.Id), ("$article", q.ArticleHash), ("$type", q.Type), ("$prompt", q.Prompt), ("$answer", q.Answer), ("$payload", q.Payload)));
        var sessions = history.Sessions.Sum(s => Execute(
            $"INSERT OR IGNORE INTO sessions ({SessionColumns}) VALUES ($id, $kind, $article, $started, $finished, $settings)",
            ("$id", s.Id), ("$kind", KindText(s.Kind)), ("$article", s.ArticleHash), ("$started", Ms(s.Started)),
            ("$finished", s.Finished is { } f ? Ms(f) : null), ("$settings", s.Settings)));
        var attempts = history.Attempts.Count(InsertAttempt);
        if (attempts > 0)
        {
            RebuildCards(null, scheduler);
        }

        return new ImportResult(articles, questions, sessions, attempts, history.Attempts.Count - attempts);
    });

    public MergeResult Merge(HistoryDocument history, FsrsScheduler scheduler) => Write(() =>
    {
        foreach (var a in history.Articles)
        {
            Execute(
                $"INSERT INTO articles ({ArticleColumns}) VALUES ($hash, $title, $source, $date, $seen) ON CONFLICT (hash) DO NOTHING",
                ("$hash", a.Hash), ("$title", a.Title), ("$source", a.Source), ("$date", a.Date), ("$seen", Ms(a.FirstSeen)));
        }

        UpsertQuestions(history.Questions);
        var (added, changed) = (0, 0);
        var touched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var attempt in history.Attempts)
        {
            if (InsertAttempt(attempt))
            {
                added++;
            }
            else if (Execute(
                "UPDATE attempts SET result = $result, grade = $grade, overridden = max(overridden, $overridden) WHERE id = $id AND (result <> $result OR grade <> $grade OR overridden < $overridden)",
                ("$id", attempt.Id), ("$result", ResultText(attempt.Result)), ("$grade", (int)attempt.Grade), ("$overridden", attempt.Overridden ? 1 : 0)) == 1)
            {
                changed++;
            }
            else
            {
                continue;
            }

            touched.Add(attempt.QuestionId);
        }

        // Replayed in time order: a drill's answers may be older than the learner's own later ones.
        foreach (var question in touched)
        {
            RebuildCards(question, scheduler);
        }

        return new MergeResult(added, changed, history.Attempts.Count - added - changed);
    });
}
