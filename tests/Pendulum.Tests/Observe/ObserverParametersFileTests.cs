using Pendulum.Observe;

namespace Pendulum.Tests.Observe;

public sealed class ObserverParametersFileTests
{
    [Fact]
    public void Load_YamlOverrides_KeepsOtherDefaults()
    {
        using var temp = new TempFolder();
        var path = temp.Write("p.yaml", "belief:\n  hysteresis: 0.05\nevidence:\n  material_conflict_weight: 0.9\ndrivers_per_period: 3\n");

        var p = ObserverParametersFile.Load(path);

        Assert.Equal(0.05, p.Belief.Hysteresis);
        Assert.Equal(0.9, p.Evidence.MaterialConflictWeight);
        Assert.Equal(3, p.DriversPerPeriod);
        Assert.Equal(new EvidenceParameters().VerbalCooperationWeight, p.Evidence.VerbalCooperationWeight);
    }

    [Fact]
    public void Load_Json_IsReadToo()
    {
        using var temp = new TempFolder();
        var path = temp.Write("p.json", "{\n  \"evidence\": { \"saturation_events\": 10 }\n}\n");

        Assert.Equal(10, ObserverParametersFile.Load(path).Evidence.SaturationEvents);
    }

    [Theory]
    [InlineData("belief:\n  hysterisis: 0.05\n", 2, "belief.hysterisis", "unknown parameter")]
    [InlineData("evidence:\n  saturation_events: many\n", 2, "evidence.saturation_events", "expected a number")]
    [InlineData("drivers_per_period: 2.5\n", 1, "drivers_per_period", "whole number")]
    [InlineData("belief:\n  distrust_below: 0.9\n", 2, "belief.distrust_below", "")]
    [InlineData("colour: red\n", 1, "colour", "unknown parameter")]
    public void Load_BadFile_NamesLineAndField(string content, int line, string field, string reason)
    {
        using var temp = new TempFolder();
        var path = temp.Write("p.yaml", content);

        var error = Assert.Throws<BadDataException>(() => ObserverParametersFile.Load(path));

        Assert.Equal(path, error.File);
        Assert.Equal(line, error.Line);
        Assert.Equal(field, error.Field);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }
}
