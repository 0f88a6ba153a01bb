using Pendulum.Belief;
using Pendulum.Channels;

namespace Pendulum.Simulate;

// One reader per parameter group. Each falls back to the record's documented defaults (or, for the blocks a pair may
// override, to the scenario's top-level block) and rejects unknown keys.
public static partial class ScenarioLoader
{
    private static T Read<T>(ScenarioMap? map, T fallback, Func<ScenarioMap, T> read)
    {
        if (map is null)
            return fallback;
        var value = read(map);
        map.Done();
        return value;
    }

    private static BeliefParameters Zones(ScenarioMap? map) => Read(map, new BeliefParameters(), m =>
    {
        var d = new BeliefParameters();
        var zones = new BeliefParameters
        {
            DistrustBelow = m.Double("distrust_below", d.DistrustBelow, ValueRange.Probability),
            TrustAbove = m.Double("trust_above", d.TrustAbove, ValueRange.Probability),
            Hysteresis = m.Double("hysteresis", d.Hysteresis, ValueRange.Probability),
        };
        try
        {
            zones.Validate();
        }
        catch (UsageException e)
        {
            throw m.ErrorAt(e.Field == nameof(BeliefParameters.Hysteresis) ? "hysteresis" : "trust_above", e.Reason);
        }

        return zones;
    });

    private static BehaviourParameters Behaviour(ScenarioMap? map) => Read(map, new BehaviourParameters(), m =>
    {
        var d = new BehaviourParameters();
        string[] strategies = [BehaviourParameters.Kydd, .. StrategyNames.All];
        var behaviour = new BehaviourParameters
        {
            Strategy = m.Choice("strategy", d.Strategy, strategies),
            GreedyStrategy = m.Choice("greedy_strategy", d.GreedyStrategy, [.. StrategyNames.All]),
            ActionNoise = m.Double("action_noise", d.ActionNoise, new ValueRange(0, 0.5, false, false, "in [0, 0.5]")),
            Reward = m.Double("reward", d.Reward, ValueRange.Any),
            Punishment = m.Double("punishment", d.Punishment, ValueRange.Any),
            Sucker = m.Double("sucker", d.Sucker, ValueRange.Any),
            SecuritySeekerTemptation = m.Double("security_seeker_temptation", d.SecuritySeekerTemptation, ValueRange.Any),
        };
        foreach (var removed in (string[])["defect_if_trustworthy", "defect_if_greedy"])
        {
            if (m.Has(removed))
                throw m.ErrorAt(removed, "is no longer a parameter: a sighting is read with the chance that each type would have acted so (docs/model.md section 4, step 4)");
        }

        if (behaviour.SecuritySeekerTemptation >= behaviour.Reward)
            throw m.ErrorAt("security_seeker_temptation", "must be below reward: a security seeker prefers mutual cooperation (T_S < R)");
        if (behaviour.Punishment <= behaviour.Sucker)
            throw m.ErrorAt("punishment", "must be above sucker (P > S)");
        return behaviour;
    });

    private static SignalParameters Signals(ScenarioMap? map) => Read(map, new SignalParameters(), m =>
    {
        var d = new SignalParameters();
        return new SignalParameters
        {
            MinOpinion = m.Double("min_opinion", d.MinOpinion, ValueRange.Probability),
            SendIfGreedy = m.Double("send_if_greedy", d.SendIfGreedy, new ValueRange(0, 1, true, false, "in (0, 1]")),
            Cost = m.Double("cost", d.Cost, ValueRange.NonNegative),
        };
    });

    private static CrisisParameters Crisis(ScenarioMap? map) => Read(map, new CrisisParameters(), m =>
    {
        var d = new CrisisParameters();
        return new CrisisParameters
        {
            EscalationRatePerYear = m.Double("escalation_rate_per_year", d.EscalationRatePerYear, ValueRange.NonNegative),
            CalmingRatePerYear = m.Double("calming_rate_per_year", d.CalmingRatePerYear, ValueRange.NonNegative),
            HotlineReveal = m.Double("hotline_reveal", d.HotlineReveal, ValueRange.Probability),
            RevealEvidence = m.Double("reveal_evidence", d.RevealEvidence, ValueRange.NonNegative),
        };
    });

    private static OpinionParameters Opinion(ScenarioMap? map) => Read(map, new OpinionParameters(), m =>
    {
        var d = new OpinionParameters();
        return new OpinionParameters
        {
            Baseline = m.Double("baseline", d.Baseline, ValueRange.Probability),
            ReversionPerYear = m.Double("reversion_per_year", d.ReversionPerYear, ValueRange.NonNegative),
            TrustWeight = m.Double("trust_weight", d.TrustWeight, ValueRange.Probability),
            PeopleToPeopleGain = m.Double("people_to_people_gain", d.PeopleToPeopleGain, ValueRange.Probability),
            ShocksPerYear = m.Double("shocks_per_year", d.ShocksPerYear, ValueRange.NonNegative),
            ShockSize = m.Double("shock_size", d.ShockSize, ValueRange.Probability),
        };
    });

    private static RapportParameters Rapport(ScenarioMap? map) => Read(map, new RapportParameters(), m =>
    {
        var d = new RapportParameters();
        return new RapportParameters
        {
            SummitGain = m.Double("summit_gain", d.SummitGain, ValueRange.Probability),
            DecayPerYear = m.Double("decay_per_year", d.DecayPerYear, ValueRange.NonNegative),
        };
    });

    private static IncidentParameters Incidents(ScenarioMap? map, IncidentParameters d) => Read(map, d, m => new IncidentParameters
    {
        RatePerYear = m.Double("rate_per_year", d.RatePerYear, ValueRange.NonNegative),
        RateIfTrustworthy = m.Double("rate_if_trustworthy", d.RateIfTrustworthy, ValueRange.Positive),
        RateIfGreedy = m.Double("rate_if_greedy", d.RateIfGreedy, ValueRange.Positive),
        DeliberateIfGreedy = m.Double("deliberate_if_greedy", d.DeliberateIfGreedy, ValueRange.Probability),
    });

    private static CoreInterestParameters CoreInterest(ScenarioMap? map, CoreInterestParameters d) => Read(map, d, m =>
    {
        var suspends = d.Suspends;
        if (m.Has("suspends"))
        {
            suspends = m.List("suspends").Select(item =>
            {
                var name = m.ScalarAt(item.Node, item.Path);
                return ChannelKinds.TryParseSimulated(name, out var kind)
                    ? kind
                    : throw m.Error(item.Node, item.Path, $"'{name}' is not a channel kind the simulator models ({ChannelKinds.SimulatedNames})");
            }).Distinct().ToList();
        }

        if (m.Has("evidence"))
            throw m.ErrorAt("evidence", "is no longer a parameter: a challenge is read with the challenge rates of the two types (rate_if_trustworthy, rate_if_greedy)");
        return new CoreInterestParameters
        {
            RatePerYear = m.Double("rate_per_year", d.RatePerYear, ValueRange.NonNegative),
            SuspensionMedianDays = m.Double("suspension_median_days", d.SuspensionMedianDays, ValueRange.Positive),
            SuspensionSigma = m.Double("suspension_sigma", d.SuspensionSigma, ValueRange.NonNegative),
            Suspends = suspends,
            BlocksProjects = m.Bool("blocks_projects", d.BlocksProjects),
            OpinionDrop = m.Double("opinion_drop", d.OpinionDrop, ValueRange.Probability),
            RateIfTrustworthy = m.Double("rate_if_trustworthy", d.RateIfTrustworthy, ValueRange.Positive),
            RateIfGreedy = m.Double("rate_if_greedy", d.RateIfGreedy, ValueRange.Positive),
        };
    });

    private static ProjectParameters Projects(ScenarioMap? map, ProjectParameters d) => Read(map, d, m => new ProjectParameters
    {
        ProposalsPerYear = m.Double("proposals_per_year", d.ProposalsPerYear, ValueRange.NonNegative),
        Value = m.Double("value", d.Value, ValueRange.Positive),
        Cost = m.Double("cost", d.Cost, ValueRange.NonNegative),
        ShareA = m.Double("share_a", d.ShareA, ValueRange.Probability),
        DurationDays = m.Double("duration_days", d.DurationDays, ValueRange.Positive),
    });

    private static ArmsParameters Arms(ScenarioMap? map, ArmsParameters d) => Read(map, d, m => new ArmsParameters
    {
        Enabled = m.Bool("enabled", d.Enabled),
        ReactionA = m.Double("reaction_a", d.ReactionA, ValueRange.NonNegative),
        ReactionB = m.Double("reaction_b", d.ReactionB, ValueRange.NonNegative),
        FatigueA = m.Double("fatigue_a", d.FatigueA, ValueRange.NonNegative),
        FatigueB = m.Double("fatigue_b", d.FatigueB, ValueRange.NonNegative),
        GrievanceA = m.Double("grievance_a", d.GrievanceA, ValueRange.Any),
        GrievanceB = m.Double("grievance_b", d.GrievanceB, ValueRange.Any),
        GrievancePerDistrust = m.Double("grievance_per_distrust", d.GrievancePerDistrust, ValueRange.NonNegative),
    });
}

// The mechanisms block: each switch by name, on unless set to false.
public static partial class ScenarioLoader
{
    private static MechanismSwitches Mechanisms(ScenarioMap? map) => Read(map, new MechanismSwitches(), m =>
    {
        var switches = new MechanismSwitches();
        foreach (var (name, isOn, with) in MechanismSwitches.All)
            switches = with(switches, m.Bool(name, isOn(switches)));
        return switches;
    });
}
