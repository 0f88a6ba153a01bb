using Pendulum.Channels;

namespace Pendulum.Simulate;

/// <summary>Running counts of one pair in one run, turned into a <see cref="RunSummary"/> at its end.</summary>
public sealed class PairCounters
{
    private readonly int[] _suspensionsByKind = new int[ChannelKinds.Simulated.Count];
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

    /// <summary>Steps times directions in which the believed-about state was a security seeker.</summary>
    public int BeliefStepsTrustworthy { get; internal set; }

    /// <summary>Steps times directions in which the believed-about state was greedy.</summary>
    public int BeliefStepsGreedy { get; internal set; }

    /// <summary>Of <see cref="BeliefStepsTrustworthy"/>, those in which the belief was in the distrust zone.</summary>
    public int MistakenDistrustSteps { get; internal set; }

    /// <summary>Of <see cref="BeliefStepsGreedy"/>, those in which the belief was in the trust zone.</summary>
    public int MisplacedTrustSteps { get; internal set; }

    /// <summary>Sum over steps and directions of <c>(mu - 1[trustworthy])^2</c>.</summary>
    public double BrierSum { get; internal set; }

    /// <summary>Counts one step of one direction: a belief <paramref name="mu"/> about a state whose type is <paramref name="trustworthy"/>.</summary>
    internal void Believed(double mu, bool trustworthy, Belief.BeliefParameters zones)
    {
        var miss = trustworthy ? 1 - mu : mu;
        BrierSum += miss * miss;
        if (trustworthy)
        {
            BeliefStepsTrustworthy++;
            if (mu < zones.DistrustBelow)
                MistakenDistrustSteps++;
        }
        else
        {
            BeliefStepsGreedy++;
            if (mu > zones.TrustAbove)
                MisplacedTrustSteps++;
        }
    }

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
        BeliefStepsTrustworthy = BeliefStepsGreedy = MistakenDistrustSteps = MisplacedTrustSteps = 0;
        BrierSum = 0;
        ArmsSumA = ArmsSumB = 0;
    }
}

/// <summary>A channel suspension that was lifted within a run.</summary>
/// <param name="Kind">The channel suspended.</param>
/// <param name="Steps">How long it lasted, in steps.</param>
public readonly record struct LiftedSuspension(ChannelKind Kind, int Steps);
