using System.Globalization;
using Pendulum.Calibrate;

namespace Pendulum.Cli.Output;

/// <summary>
/// The objective's profile along each fitted parameter (docs/calibration.md, "Identification"), one row per point:
/// <c>parameter,path,value,objective,at_fit</c>, the points of each parameter by value. An objective left empty marks
/// a candidate that is no valid scenario.
/// </summary>
internal static class ProfileCsv
{
    public static void Write(string path, CalibrationResult result)
    {
        using var writer = OutputFile.Create(path);
        writer.WriteLine("parameter,path,value,objective,at_fit");
        foreach (var point in result.Profiles.OrderBy(p => FittedParameter.All.ToList().IndexOf(p.Parameter)).ThenBy(p => p.Value))
        {
            var fit = result.Parameters.First(p => p.Parameter == point.Parameter);
            writer.WriteLine(string.Join(',', point.Parameter.Name, fit.Path, R(point.Value), double.IsFinite(point.Objective) ? R(point.Objective) : "",
                point.Value == fit.Value ? "true" : "false"));
        }
    }

    private static string R(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
