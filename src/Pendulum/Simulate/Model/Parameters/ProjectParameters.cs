namespace Pendulum.Simulate;

/// <summary>
/// Joint projects that turn common interests into common actions (docs/model.md section 4, step 8): value
/// <c>V</c>, cost <c>C</c>, the first state's share <c>s</c> (the second pays <c>1 - s</c>). State i commits iff
/// <c>mu_i &gt;= s_i C / V</c>. A top-level <c>projects</c> block applies to every pair; a pair's own block overrides
/// it key by key.
/// </summary>
public sealed record ProjectParameters
{
    /// <summary>How often a project is put on the table, when none runs and none is blocked. Unit: per year. Default 0.5.</summary>
    public double ProposalsPerYear { get; init; } = 0.5;

    /// <summary><c>V</c>: the project's value to each side. Unit: utils. Default 10.</summary>
    public double Value { get; init; } = 10;

    /// <summary><c>C</c>: the project's total cost. Unit: utils. Default 6 (with equal shares a state commits iff mu &gt;= 0.3).</summary>
    public double Cost { get; init; } = 6;

    /// <summary><c>s</c>: the pair's first state's share of the cost. Unit: share in [0, 1]. Default 0.5.</summary>
    public double ShareA { get; init; } = 0.5;

    /// <summary>How long a committed project takes to complete. Unit: days. Default 730.</summary>
    public double DurationDays { get; init; } = 730;

    /// <summary>The commitment rule: a state with trust <paramref name="mu"/> and cost share <paramref name="share"/> commits iff <c>mu &gt;= s C / V</c>.</summary>
    public bool Commits(double mu, double share) => mu >= share * Cost / Value;
}
