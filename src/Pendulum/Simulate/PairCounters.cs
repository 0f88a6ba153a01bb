namespace Pendulum.Simulate;

/// <summary>Running counts of one pair in one run, turned into a <see cref="RunSummary"/> at its end.</summary>
public sealed class PairCounters
{
    private readonly int[] _suspensionsByKind = new int[ChannelKinds.All.Count];
    private readonly List<LiftedSuspension> _lifted = [];

    public int StepsDistrust { get; internal set; }

    public int StepsUnderstanding { get; internal set; }

    public int StepsTrust { get; internal set; }

    public int StepsMutualCooperation { get; internal set; }

    public int Crises { get; internal set; }

    public int? WarStep { get; internal set; }

    public bool AccidentalWar { get; internal set; }

    public int Incidents { get; internal set; }

    public int IncidentsReadAsDeliberate { get; internal set; }

    public int HotlineReveals { get; internal set; }

    public int CoreChallenges { get; internal set; }

    public int Suspensions { get; internal set; }

    public int Resumptions { get; internal set; }

    /// <summary>Each suspension lifted within the run, in the order lifted (calibration compares their lengths with the record's).</summary>
    public IReadOnlyList<LiftedSuspension> Lifted => _lifted;

    public long ResumedSteps { get; internal set; }

    /// <summary>The suspension length last drawn, in steps (for tests and logs).</summary>
    public int LastSuspensionSteps { get; internal set; }

    public int ProjectsProposed { get; internal set; }

    public int ProjectsCommitted { get; internal set; }

    public int ProjectsCompleted { get; internal set; }

    public int SignalsSent { get; internal set; }

    public int? FirstDistrustStep { get; internal set; }

    public double ArmsSumA { get; internal set; }

    public double ArmsSumB { get; internal set; }

    /// <summary>Suspensions of channels of <paramref name="kind"/> begun in the run, lifted or not.</summary>
    public int SuspensionsOf(ChannelKind kind) => _suspensionsByKind[(int)kind];

    internal void Suspended(ChannelKind kind)
    {
        Suspensions++;
        _suspensionsByKind[(int)kind]++;
    }

    internal void Resumed(ChannelKind kind, int steps)
    {
        Resumptions++;
        ResumedSteps += steps;
        _lifted.Add(new LiftedSuspension(kind, steps));
    }

    internal void Clear()
    {
        Array.Clear(_suspensionsByKind);
        _lifted.Clear();
        StepsDistrust = StepsUnderstanding = StepsTrust = StepsMutualCooperation = Crises = 0;
        WarStep = null;
        AccidentalWar = false;
        Incidents = IncidentsReadAsDeliberate = HotlineReveals = CoreChallenges = Suspensions = Resumptions = 0;
        ResumedSteps = 0;
        LastSuspensionSteps = 0;
        ProjectsProposed = ProjectsCommitted = ProjectsCompleted = SignalsSent = 0;
        FirstDistrustStep = null;
        ArmsSumA = ArmsSumB = 0;
    }
}

/// <summary>A channel suspension that was lifted within a run.</summary>
/// <param name="Kind">The channel suspended.</param>
/// <param name="Steps">How long it lasted, in steps.</param>
public readonly record struct LiftedSuspension(ChannelKind Kind, int Steps);
