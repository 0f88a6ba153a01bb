using Pendulum.Events.Cameo;

namespace Pendulum.Events.Readers;

/// <summary>How to read an event file.</summary>
public sealed record EventReaderOptions
{
    /// <summary>
    /// False (the default): the first bad row stops the read with <c>FILE:LINE: FIELD: reason</c>.
    /// True: bad rows are skipped, counted, and the first ten reported in <see cref="ReadReport.Skipped"/>.
    /// </summary>
    public bool Lenient { get; init; }

    /// <summary>
    /// When set, only events among these countries (ISO alpha-3) are kept, as <see cref="ActorMatch"/> says. Rows
    /// outside the filter are checked for structure (column count, encoding) but not parsed: that is what makes a
    /// filtered pass over a large GDELT file fast.
    /// </summary>
    public IReadOnlySet<string>? Actors { get; init; }

    /// <summary>
    /// Which events <see cref="Actors"/> keeps: <see cref="ActorMatch.Between"/> (the default) those between two
    /// different listed countries, <see cref="ActorMatch.Touching"/> those with a listed country on either side.
    /// </summary>
    public ActorMatch ActorMatch { get; init; } = ActorMatch.Between;

    /// <summary>
    /// When set, every event's Goldstein value is taken from this table instead of the dataset's own value.
    /// Hand-coded events without a Goldstein override always use a table: this one, or GDELT's by default.
    /// </summary>
    public GoldsteinTable? Goldstein { get; init; }

    /// <summary>The codes accepted as CAMEO; the default is the embedded codebook.</summary>
    public CameoCodebook Codebook { get; init; } = CameoCodebook.Default;

    /// <summary>
    /// Pendulum CSV only: leave out the rows whose <c>checked</c> column says <c>unchecked</c> (counted in
    /// <see cref="ReadReport.RowsUnchecked"/>). Rows of a file without the column, and rows marked <c>checked</c>, are kept.
    /// </summary>
    public bool CheckedOnly { get; init; }

    /// <summary>How many skipped rows <see cref="ReadReport.Skipped"/> keeps in detail. Default 10.</summary>
    public int SkippedDetailLimit { get; init; } = 10;
}
