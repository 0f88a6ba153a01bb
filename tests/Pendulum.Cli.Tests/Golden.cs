namespace Pendulum.Cli.Tests;

/// <summary>
/// Golden files: outputs on the real fixtures, committed under Golden/. A change in output fails the test with the
/// path to compare; set PENDULUM_UPDATE_GOLDEN=1 to rewrite them (then review the diff before committing).
/// </summary>
internal static class Golden
{
    public static void Check(string name, string actual)
    {
        var source = Path.Combine(SourceFolder(), "Golden", name);
        if (Environment.GetEnvironmentVariable("PENDULUM_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(source, actual);
            return;
        }

        var expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", name));
        Assert.True(expected == actual, $"output differs from Golden/{name}; rerun with PENDULUM_UPDATE_GOLDEN=1 and review the diff");
    }

    private static string SourceFolder([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
