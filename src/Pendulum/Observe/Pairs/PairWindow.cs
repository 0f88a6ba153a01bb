namespace Pendulum.Observe.Pairs;

/// <summary>
/// The pair and the days an analysis shows (docs/model.md section 3). <see cref="From"/> limits what is shown, not
/// what is read: the pair's whole earlier history is read (at least <see cref="MinimumWarmUpDays"/>), so the first
/// period shown carries the belief the full history gives, instead of restarting at the prior.
/// </summary>
/// <param name="CountryA">First country (ISO alpha-3); <c>mu_ab</c> is B's belief about A.</param>
/// <param name="CountryB">Second country.</param>
/// <param name="From">First day shown, or null for the pair's first event.</param>
/// <param name="To">Last day shown and read, or null for the pair's last event.</param>
public sealed record PairWindow(string CountryA, string CountryB, DateOnly? From = null, DateOnly? To = null)
{
    /// <summary>
    /// The least history read before <see cref="From"/>. Unit: days. 730 (two years, docs/model.md section 3). The
    /// library reads more: all of the pair's earlier events, which makes a window's reading exactly the full history's.
    /// </summary>
    public const int MinimumWarmUpDays = 730;

    /// <summary>The pair as <c>A-B</c>.</summary>
    public string Pair => $"{CountryA}-{CountryB}";

    /// <summary>Throws <see cref="UsageException"/> for a pair of one country or a window that ends before it starts.</summary>
    public PairWindow Validate()
    {
        if (CountryA == CountryB)
            throw new UsageException($"a pair needs two different countries, not {CountryA} twice", "--dyad");
        if (From > To)
            throw new UsageException($"--from {From:yyyy-MM-dd} is after --to {To:yyyy-MM-dd}", "--from");
        return this;
    }

    /// <summary>True when <paramref name="date"/> lies in the days shown.</summary>
    public bool Shows(DateOnly date) => (From is null || date >= From) && (To is null || date <= To);
}
