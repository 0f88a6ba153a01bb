namespace Pendulum.Simulate;

/// <summary>
/// Optional Richardson arms dynamics for a pair (docs/model.md section 4, step 9): <c>dx = a y - m x + g</c>,
/// <c>dy = b x - n y + h</c>, with x the first state's arms and each grievance rising as its trust falls:
/// <c>g = g0 + k (1 - mu)</c>. Units: arms levels and years. Equilibrium and stability: ClosedForms.RichardsonEquilibrium.
/// </summary>
public sealed record ArmsParameters
{
    /// <summary>Whether arms levels are simulated. Default false.</summary>
    public bool Enabled { get; init; }

    /// <summary><c>a</c>: the first state's reaction to the second's arms. Unit: per year. Default 0.3.</summary>
    public double ReactionA { get; init; } = 0.3;

    /// <summary><c>b</c>: the second state's reaction to the first's arms. Unit: per year. Default 0.3.</summary>
    public double ReactionB { get; init; } = 0.3;

    /// <summary><c>m</c>: the first state's fatigue (cost of its own arms). Unit: per year. Default 0.5.</summary>
    public double FatigueA { get; init; } = 0.5;

    /// <summary><c>n</c>: the second state's fatigue. Unit: per year. Default 0.5.</summary>
    public double FatigueB { get; init; } = 0.5;

    /// <summary><c>g0</c>: the first state's standing grievance. Unit: arms per year. Default 0.1.</summary>
    public double GrievanceA { get; init; } = 0.1;

    /// <summary><c>h0</c>: the second state's standing grievance. Unit: arms per year. Default 0.1.</summary>
    public double GrievanceB { get; init; } = 0.1;

    /// <summary><c>k</c>: grievance added per unit of distrust <c>1 - mu</c>. Unit: arms per year. Default 0.5.</summary>
    public double GrievancePerDistrust { get; init; } = 0.5;
}
