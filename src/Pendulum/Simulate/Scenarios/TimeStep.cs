namespace Pendulum.Simulate;

/// <summary>The length of one simulation step.</summary>
public enum TimeStep
{
    /// <summary>One calendar day (rates per year are divided by 365.25).</summary>
    Day,

    /// <summary>One calendar month (rates per year are divided by 12; durations in days by 30.44).</summary>
    Month,
}
