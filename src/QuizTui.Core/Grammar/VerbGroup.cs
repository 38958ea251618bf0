namespace QuizTui.Core.Grammar;

/// <summary>Word classes of the verb group.</summary>
internal static class VerbGroup
{
    public static bool IsBe(string lower) => lower is "be" or "is" or "am" or "are" or "was" or "were" or "been" or "being" or "'s" or "'re";

    public static bool IsHave(string lower) => lower is "have" or "has" or "had" or "having";

    public static bool IsDo(string lower) => lower is "do" or "does" or "did";

    public static bool IsAuxiliary(string lower, string tag) => tag == "MD" || IsBe(lower) || IsHave(lower) || IsDo(lower);

    public static bool IsVerbTag(string tag) => tag.StartsWith("VB", StringComparison.Ordinal) || tag == "MD";

    /// <summary>Verbs that report speech or thought: their object is a clause worth asking about.</summary>
    public static bool IsReporting(string lemma) => lemma is "say" or "tell" or "warn" or "insist" or "add" or "claim"
        or "announce" or "state" or "report" or "confirm" or "note" or "explain" or "admit" or "argue" or "believe"
        or "predict" or "reveal" or "acknowledge" or "stress" or "declare" or "estimate";

    /// <summary>Verbs done to or with a party: their object may be asked about with "who" even when it is an organisation ("Who did the Panthers beat?").</summary>
    public static bool IsSocial(string lemma) => lemma is "beat" or "defeat" or "join" or "meet" or "sue" or "tell" or "ask"
        or "play" or "face" or "fine" or "accuse" or "warn" or "urge" or "criticise" or "criticize" or "contact" or "lobby"
        or "replace" or "sign" or "hire" or "fire" or "thank" or "blame" or "support" or "back" or "oppose" or "leave";

    /// <summary>
    /// Verbs of a lasting state or role an agent holds: "the operating system owned by Sun" still is Sun's ("Who owns ...?"),
    /// where "the bans imposed by the IAAF" were imposed once ("Who imposed ...?").
    /// </summary>
    public static bool IsLastingState(string lemma) => LastingStates.Contains(lemma);

    private static readonly HashSet<string> LastingStates = new(StringComparer.Ordinal)
    {
        "own", "run", "operate", "control", "hold", "manage", "lead", "head", "fund", "back", "support", "employ", "know",
        "chair", "govern", "rule", "occupy", "share", "represent", "sponsor",
    };

    /// <summary>
    /// Verbs of having parts or measures, whose subject does nothing: "Who includes residential properties ...?" asks for a
    /// doer where the Duchy of Cornwall is an estate that includes them.
    /// </summary>
    public static bool IsStative(string lemma) => lemma is "include" or "contain" or "comprise" or "consist" or "span" or "involve"
        or "cost" or "weigh" or "measure" or "total" or "equal" or "number" or "encompass" or "incorporate";

    /// <summary>
    /// Verbs that relate one event or state to another: where their object happened is not where the relation did ("The
    /// jump followed a fire at the refinery in Texas" asks no "Where did the jump follow ...?").
    /// </summary>
    public static bool RelatesEvents(string lemma) => lemma is "follow" or "precede" or "cause" or "mean" or "reflect" or "mark"
        or "trigger" or "spark" or "prompt" or "outweigh" or "overshadow" or "mirror" or "echo" or "resemble";

    /// <summary>Verbs of motion: "to" + a place after them is where the subject or object ends up.</summary>
    public static bool IsMotion(string lemma) => lemma is "move" or "relocate" or "flee" or "travel" or "go" or "come"
        or "return" or "fly" or "send" or "deploy" or "emigrate" or "migrate" or "transfer" or "head" or "sail" or "march"
        or "drive" or "walk" or "escape" or "deport" or "evacuate" or "spread" or "take" or "bring" or "export" or "ship"
        or "smuggle" or "expand" or "extend" or "retreat" or "withdraw" or "invite" or "post";

    /// <summary>Words that open a subordinate or coordinate clause: a question's remainder stops there.</summary>
    public static bool OpensClause(string lower) => lower is "while" or "as" or "after" or "before" or "because" or "although"
        or "though" or "but" or "which" or "who" or "whom" or "whose" or "where" or "when" or "since" or "until" or "unless"
        or "whereas" or "despite" or "according" or "amid" or "saying" or "adding" or "if" or "so" or "and" or "including"
        or "with" or "following" or "than" or "whether";

    /// <summary>Subordinators after which a full clause may stand on its own as a fact.</summary>
    public static bool IntroducesFact(string lower) => lower is "after" or "before" or "when" or "while" or "because"
        or "as" or "since" or "that" or "although" or "though" or "but" or "and";
}
