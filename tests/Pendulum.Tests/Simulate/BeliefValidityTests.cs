using Pendulum.Belief;
using Pendulum.Simulate;

namespace Pendulum.Tests.Simulate;

/// <summary>
/// The simulator's beliefs against the truth it knows (docs/model.md section 6): a filter whose likelihoods match the
/// model's own behaviour is calibrated, and the mechanisms move the belief outcomes the way theory expects.
/// </summary>
public sealed class BeliefValidityTests
{
    private static Scenario Base(params ScenarioOverride[] overrides) =>
        ScenarioLoader.Load(TestScenarios.Shipped("us-china-base.yaml"), overrides);

    [Fact]
    public void Run_BaseScenario_BeliefsAreCalibratedWithinFivePoints()
    {
        // Given the base scenario (the shipped 2,000-run figure is in docs/simulator.md)
        var result = SimulationRunner.Run(Base(), new SimulationOptions { Runs = 400, Seed = 11, Threads = 2, StepQuantiles = false });

        // Then every bin with 1,000 steps or more has a share of security seekers within 0.05 of its mean belief
        var bins = result.Calibration.Rows().Where(r => r.Steps >= 1000).ToList();
        Assert.True(bins.Count >= 8, $"only {bins.Count} bins have 1,000 steps");
        Assert.All(bins, b => Assert.True(b.Gap <= 0.05, $"bin [{b.Low}, {b.High}): mean mu {b.MeanMu:0.000}, share {b.ShareTrustworthy:0.000}"));
    }

    [Fact]
    public void Run_FixedLikelihoodsAbsent_ExtraContactDoesNotDeepenDistrust()
    {
        // With the likelihoods of the model's own behaviour, more dialogue contacts give better beliefs, not a spiral.
        var options = new SimulationOptions { Runs = 300, Seed = 3, Threads = 2, StepQuantiles = false };
        var usual = ScenarioRunSet.Collect(Base(), options);
        var doubled = ScenarioRunSet.Collect(Base(new ScenarioOverride("pairs.USA-CHN.channels.strategic-dialogue.contacts_per_year", "48")), options);

        var rows = ScenarioComparison.Of(usual.Runs, doubled.Runs, ["USA-CHN"]);

        Assert.True(rows.Single(r => r.Outcome.Name == "belief_brier").Difference.High < 0);
        Assert.True(rows.Single(r => r.Outcome.Name == "mistaken_distrust").Difference.Mean <= 0.002);
    }

    [Fact]
    public void Audit_BaseScenario_NoMechanismMovesAgainstTheDoneCriteria()
    {
        var audit = MechanismAudit.Run(Base(), new SimulationOptions { Runs = 300, Seed = 2, Threads = 2 },
            ["hotline_crisis_reveal", "costly_signals"]);

        // Switching off the hotline's crisis-time reports does not lower the top rung or accidental war; switching
        // off costly signals does not lower mistaken distrust.
        Assert.DoesNotContain(audit.Rows, r => r.Mechanism == "hotline_crisis_reveal" && r.Outcome.Name is "top_rung" or "accidental_war" && r.Difference.High < 0);
        Assert.DoesNotContain(audit.Rows, r => r.Mechanism == "costly_signals" && r.Outcome.Name == "mistaken_distrust" && r.Difference.High < 0);
        Assert.True(audit.Rows.Single(r => r.Mechanism == "hotline_crisis_reveal" && r.Outcome.Name == "crises_per_decade").Agrees);
        Assert.Equal(2 * Outcome.All.Count, audit.Rows.Count);
    }

    [Fact]
    public void Audit_JointProjectsOff_LeavesBeliefsExactlyAlone()
    {
        // Projects do not feed back into beliefs, and switching them off keeps every random draw: the paired
        // differences of the belief outcomes are exactly zero, which only common random numbers can give.
        var audit = MechanismAudit.Run(Base(), new SimulationOptions { Runs = 50, Seed = 4 }, ["joint_projects"]);

        foreach (var name in (string[])["belief_brier", "share_distrust", "crises_per_decade"])
            Assert.Equal((0.0, 0.0, 0.0), (audit.Rows.Single(r => r.Outcome.Name == name).Difference.Mean, audit.Rows.Single(r => r.Outcome.Name == name).Difference.Low, audit.Rows.Single(r => r.Outcome.Name == name).Difference.High));
    }

    [Theory]
    [InlineData(1, 0.001, 0.009, true)]
    [InlineData(1, -0.009, -0.001, false)]
    [InlineData(1, -0.001, 0.009, null)]
    [InlineData(-1, -0.009, -0.001, true)]
    [InlineData(0, 0.001, 0.002, false)]
    [InlineData(null, 0.001, 0.002, null)]
    public void Verdict_IntervalAgainstExpectedSign_AgreesOnlyWhenClearOfZero(int? expected, double low, double high, bool? agrees)
    {
        Assert.Equal(agrees, MechanismAudit.Verdict(expected, new Estimate((low + high) / 2, low, high, 100)));
    }

    [Fact]
    public void Run_GreedyStates_StartIncidentsAtTheirTypesRate()
    {
        // Two greedy states (r_G / r_S = 3) over 40 years: each starts incidents at 1.5 a year, the pair 3 a year.
        // No escalation between incidents, so the pair does not end at war and stop.
        var yaml = TestScenarios.Yaml(pair: "channels: {}\nincidents: {rate_per_year: 1, rate_if_greedy: 3}", extra: "crisis: {escalation_rate_per_year: 0}",
                years: 40, trustworthyPrior: 0)
            .Replace("incidents: {rate_per_year: 0}\n", "", StringComparison.Ordinal);
        var model = new TrustModel(TestScenarios.Parse(yaml));
        var incidents = 0;
        for (ulong seed = 1; seed <= 20; seed++)
        {
            model.Run(seed);
            incidents += model.State.Pairs[0].Counters.Incidents;
        }

        // 20 runs x 40 years x 3 a year = 2,400 expected; a Poisson count's 4-sigma band is +-196.
        Assert.InRange(incidents, 2400 - 196, 2400 + 196);
    }

    [Fact]
    public void Evidence_OneSighting_IsKyddsNoisyUpdate()
    {
        // model.md section 2: P(defect | S) = 0.2, P(defect | G) = 0.8, prior 0.5, a channel wrong one time in ten.
        var likelihoods = new TypeLikelihoods(IfTrustworthy: 0.8, IfGreedy: 0.2);

        var evidence = likelihoods.Evidence(Sightings.None.With(seenCooperation: false, error: 0.1));

        Assert.Equal(0.26, BeliefFilter.Update(0.5, evidence), 2);
        Assert.Equal(0.0, likelihoods.Evidence(Sightings.None));
    }

    [Fact]
    public void Evidence_TwoSightingsOfOneAction_AreReadTogetherNotAdded()
    {
        // Two channels see the same action: given the action their errors are independent, given the type they are not.
        var likelihoods = new TypeLikelihoods(IfTrustworthy: 0.99, IfGreedy: 0.01);
        var seen = Sightings.None.With(true, 0.2).With(true, 0.1);

        var joint = likelihoods.Evidence(seen);

        var s = 0.99 * 0.8 * 0.9 + 0.01 * 0.2 * 0.1;
        var g = 0.01 * 0.8 * 0.9 + 0.99 * 0.2 * 0.1;
        Assert.Equal(Math.Log(s / g), joint, 12);
        var added = likelihoods.Evidence(Sightings.None.With(true, 0.2)) + likelihoods.Evidence(Sightings.None.With(true, 0.1));
        Assert.True(joint < added - 0.1, $"joint {joint}, added {added}");
    }
}
