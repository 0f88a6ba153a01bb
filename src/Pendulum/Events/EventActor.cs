namespace Pendulum.Events;

/// <summary>One side of an event.</summary>
/// <param name="Country">ISO 3166-1 alpha-3 code of the actor's country; null when the dataset gives none.</param>
/// <param name="Name">The actor's name as the dataset spells it (<c>CHINA</c>, <c>Xi Jinping</c>); may be empty.</param>
/// <param name="Code">The dataset's actor code (GDELT <c>Actor1Code</c>, e.g. <c>USAGOV</c>); empty when none.</param>
/// <param name="Types">
/// Actor type codes (GDELT <c>Type1..3</c>, e.g. <c>GOV;MIL</c>) or sectors (ICEWS, e.g. <c>Military;Government</c>),
/// joined with <c>;</c>; empty when none.
/// </param>
public readonly record struct EventActor(string? Country, string Name = "", string Code = "", string Types = "")
{
    /// <summary>An actor nobody coded.</summary>
    public static EventActor None => new(null);
}
