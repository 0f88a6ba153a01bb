namespace Pendulum.Events;

/// <summary>
/// One coded political event, whatever dataset it came from. Immutable; the store keys it by
/// (<see cref="Dataset"/>, <see cref="EventId"/>), so the same event read twice is stored once.
/// </summary>
/// <remarks>
/// CAMEO codes are strings and keep their leading zeros (<c>"042"</c>, root <c>"04"</c>): read as integers they
/// would collide (<c>"042"</c> and <c>"42"</c>) and lose their hierarchy.
/// </remarks>
public sealed record CodedEvent
{
    /// <summary>Dataset the event belongs to: <c>gdelt</c>, <c>icews</c> or <c>pendulum</c> (hand-coded).</summary>
    public required string Dataset { get; init; }

    /// <summary>The dataset's own id (GDELT <c>GLOBALEVENTID</c>, ICEWS <c>Event ID</c>, or the hand-coded row's id).</summary>
    public required string EventId { get; init; }

    /// <summary>The day the event happened (GDELT <c>SQLDATE</c>, ICEWS <c>Event Date</c>).</summary>
    public required DateOnly Date { get; init; }

    /// <summary>Who acted.</summary>
    public required EventActor Source { get; init; }

    /// <summary>Who was acted upon.</summary>
    public required EventActor Target { get; init; }

    /// <summary>Full CAMEO event code, 2-4 digits with leading zeros.</summary>
    public required string CameoCode { get; init; }

    /// <summary>CAMEO root code, the first two digits of <see cref="CameoCode"/> (<c>"01"</c>..<c>"20"</c>).</summary>
    public string RootCode => CameoCode[..2];

    /// <summary>QuadClass, assigned by the dataset's own convention (see <see cref="QuadClassScheme"/>).</summary>
    public required QuadClass QuadClass { get; init; }

    /// <summary>Goldstein value of the event, -10 (most conflictual) .. +10 (most cooperative).</summary>
    public required double Goldstein { get; init; }

    /// <summary>Media mentions (GDELT <c>NumMentions</c>); 1 for datasets that count each event once.</summary>
    public int Mentions { get; init; } = 1;

    /// <summary>Distinct information sources (GDELT <c>NumSources</c>); 1 when not reported.</summary>
    public int Sources { get; init; } = 1;

    /// <summary>Source documents (GDELT <c>NumArticles</c>); 1 when not reported.</summary>
    public int Articles { get; init; } = 1;

    /// <summary>Average tone of the documents (GDELT <c>AvgTone</c>, about -100..+100); null when not reported.</summary>
    public double? Tone { get; init; }

    /// <summary>Where the action took place, when the dataset says.</summary>
    public EventLocation? Location { get; init; }

    /// <summary>Address of the first source document (GDELT <c>SOURCEURL</c>).</summary>
    public string? Url { get; init; }

    /// <summary>Hand-coded only: the channel the event belongs to (for example <c>hotline</c>).</summary>
    public string? Channel { get; init; }

    /// <summary>Hand-coded only: free tags, such as the core interest at stake (<c>taiwan</c>, <c>trade</c>).</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Hand-coded only: a one-line description.</summary>
    public string? Description { get; init; }

    /// <summary>Hand-coded (and ICEWS publisher): where the event is documented.</summary>
    public string? Reference { get; init; }

    /// <summary>
    /// Hand-coded only: how the row's source was checked. True (<c>checked</c>) when the coder read a copy of the
    /// source, false (<c>unchecked</c>) when the source is named from knowledge and not read; null when the file has
    /// no <c>checked</c> column. Read from the file, not stored: an ingest with <see cref="Readers.EventReaderOptions.CheckedOnly"/>
    /// leaves the unchecked rows out instead.
    /// </summary>
    public bool? SourceChecked { get; init; }
}
