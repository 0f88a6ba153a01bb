using Pendulum.Belief;

namespace Pendulum.Tests.Belief;

public sealed class TrustZonesTests
{
    private static readonly BeliefParameters Defaults = new();

    [Theory]
    [InlineData(0.10, TrustZone.Distrust)]
    [InlineData(0.34, TrustZone.Understanding)]
    [InlineData(0.80, TrustZone.Understanding)]
    [InlineData(0.90, TrustZone.Trust)]
    public void Of_Belief_FallsInItsZone(double mu, TrustZone expected)
    {
        Assert.Equal(expected, TrustZones.Of(mu, Defaults));
    }

    [Fact]
    public void Next_BeliefHoveringAtAnEdge_DoesNotFlicker()
    {
        var zone = TrustZone.Understanding;
        var changes = 0;
        foreach (var mu in new[] { 0.34, 0.32, 0.335, 0.31, 0.33, 0.32, 0.34 })
        {
            var next = TrustZones.Next(zone, mu, Defaults);
            changes += next == zone ? 0 : 1;
            zone = next;
        }

        Assert.Equal(0, changes);
    }

    [Fact]
    public void Next_ClearlyPastTheEdge_ChangesZoneAndNeedsTheMarginToComeBack()
    {
        var zone = TrustZones.Next(TrustZone.Understanding, 0.29, Defaults);
        Assert.Equal(TrustZone.Distrust, zone);

        Assert.Equal(TrustZone.Distrust, TrustZones.Next(zone, 0.35, Defaults));
        Assert.Equal(TrustZone.Understanding, TrustZones.Next(zone, 0.37, Defaults));
    }

    [Fact]
    public void Validate_HysteresisWiderThanTheMiddle_NamesTheParameter()
    {
        var error = Assert.Throws<UsageException>(() => new BeliefParameters { Hysteresis = 0.3 }.Validate());

        Assert.Equal(nameof(BeliefParameters.Hysteresis), error.Field);
    }

    [Theory]
    [InlineData(TrustZone.Distrust, "distrust")]
    [InlineData(TrustZone.Understanding, "understanding")]
    [InlineData(TrustZone.Trust, "trust")]
    public void Name_Zone_IsTheDocumentedJsonValue(TrustZone zone, string name)
    {
        Assert.Equal(name, zone.Name());
    }
}
