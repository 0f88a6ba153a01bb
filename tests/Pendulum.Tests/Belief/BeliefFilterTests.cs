using Pendulum.Belief;

namespace Pendulum.Tests.Belief;

public sealed class BeliefFilterTests
{
    private static readonly BeliefParameters Defaults = new();

    [Fact]
    public void KyddUpdate_ArmingObserved_GivesPublishedCheckValue()
    {
        // docs/model.md section 2: P(arm | S) = 0.2, P(arm | G) = 0.8, prior 0.5.
        Assert.Equal(0.20, BeliefFilter.KyddUpdate(0.5, 0.2, 0.8), 12);
    }

    [Fact]
    public void KyddUpdate_ArmingSeenThroughTenPercentError_GivesPublishedCheckValue()
    {
        var ifSecuritySeeker = BeliefFilter.ThroughNoisyChannel(0.2, 0.1);
        var ifGreedy = BeliefFilter.ThroughNoisyChannel(0.8, 0.1);

        Assert.Equal(0.26, BeliefFilter.KyddUpdate(0.5, ifSecuritySeeker, ifGreedy), 12);
    }

    [Theory]
    [InlineData(0.5, 0.2, 0.8)]
    [InlineData(0.01, 0.9, 0.05)]
    [InlineData(0.93, 0.3, 0.31)]
    [InlineData(0.5, 0.26, 0.74)]
    public void Update_WithLogLikelihoodRatio_EqualsKyddsRule(double mu, double ifTrustworthy, double ifGreedy)
    {
        var kydd = BeliefFilter.KyddUpdate(mu, ifTrustworthy, ifGreedy);

        var filter = BeliefFilter.Update(mu, BeliefFilter.Evidence(ifTrustworthy, ifGreedy));

        Assert.Equal(kydd, filter, 12);
    }

    [Fact]
    public void Update_GridOfBeliefsAndLikelihoods_EqualsKyddsRuleEverywhere()
    {
        for (var mu = 0.02; mu < 1; mu += 0.07)
        {
            for (var ls = 0.05; ls < 1; ls += 0.11)
            {
                for (var lg = 0.05; lg < 1; lg += 0.13)
                    Assert.Equal(BeliefFilter.KyddUpdate(mu, ls, lg), BeliefFilter.Update(mu, BeliefFilter.Evidence(ls, lg)), 10);
            }
        }
    }

    [Fact]
    public void Step_LongRunOfCooperation_StaysBelowOneMinusHazard()
    {
        var mu = 0.5;
        for (var day = 0; day < 10_000; day++)
            mu = BeliefFilter.Step(mu, evidence: 0.5, Defaults);

        Assert.True(BeliefFilter.Predict(mu, Defaults) <= 1 - Defaults.HazardTrustworthyToGreedy);
    }

    [Fact]
    public void Step_AfterYearsOfTrust_AFewWeeksOfHostilityReachDistrust()
    {
        var mu = 0.5;
        for (var day = 0; day < 3 * 365; day++)
            mu = BeliefFilter.Step(mu, evidence: 0.2, Defaults);
        var days = 0;
        while (TrustZones.Of(mu, Defaults) != TrustZone.Distrust)
        {
            mu = BeliefFilter.Step(mu, evidence: -0.6, Defaults);
            days++;
        }

        Assert.InRange(days, 1, 42);
    }

    [Fact]
    public void Step_NoEvidence_ForgetsTowardThePrior()
    {
        var parameters = new BeliefParameters { HazardTrustworthyToGreedy = 0.01, HazardGreedyToTrustworthy = 0.03 };
        var mu = 0.99;
        for (var day = 0; day < 2_000; day++)
            mu = BeliefFilter.Step(mu, evidence: 0, parameters);

        Assert.Equal(0.75, parameters.Prior, 12);
        Assert.Equal(parameters.Prior, mu, 9);
    }

    [Theory]
    [InlineData(0.5, 0.5, 0.0)]
    [InlineData(0.9, 0.1, 0.0)]
    [InlineData(0.8, 0.8, 0.6)]
    [InlineData(0.2, 0.2, -0.6)]
    public void Position_BothDirections_MapsToMinusOneToOne(double muAb, double muBa, double expected)
    {
        Assert.Equal(expected, BeliefFilter.Position(muAb, muBa), 12);
    }

    [Fact]
    public void Logit_CertainBelief_StaysFinite()
    {
        Assert.True(double.IsFinite(BeliefFilter.Logit(1)));
        Assert.True(double.IsFinite(BeliefFilter.Logit(0)));
        Assert.True(BeliefFilter.Update(1, -1) < 1);
    }
}
