namespace Pendulum.Events.Readers;

/// <summary>What an actor filter makes of one row.</summary>
internal enum RowMatch
{
    /// <summary>Not kept and touching no listed country: only counted as read.</summary>
    Outside,

    /// <summary>Not kept, but it touches a listed country, so it counts in that country's daily volume.</summary>
    Counted,

    /// <summary>Kept: it becomes an event (and counts in the volumes).</summary>
    Kept,
}

/// <summary>The actor filter's one rule, shared by the readers and the chunked ingest.</summary>
internal static class RowMatches
{
    /// <summary>What a filter of kind <paramref name="match"/> makes of a row, given which of its sides are listed.</summary>
    /// <param name="match">The filter's kind.</param>
    /// <param name="sourceListed">The source country is in the list.</param>
    /// <param name="targetListed">The target country is in the list.</param>
    /// <param name="sameCountry">Source and target are the same country.</param>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static RowMatch Of(ActorMatch match, bool sourceListed, bool targetListed, bool sameCountry)
    {
        if (match == ActorMatch.Touching)
            return sourceListed || targetListed ? RowMatch.Kept : RowMatch.Outside;
        if (sourceListed && targetListed && !sameCountry)
            return RowMatch.Kept;
        return sourceListed || targetListed ? RowMatch.Counted : RowMatch.Outside;
    }
}
