namespace Pendulum.Cli.Config;

/// <summary>
/// The settings in force for the command being run, read on first use (so <c>pendulum --version</c> reads no file)
/// from the <see cref="CliEnvironment"/> that <see cref="PendulumApp"/> was given. Option defaults read it.
/// </summary>
internal static class CliDefaults
{
    private static readonly AsyncLocal<Lazy<ConfigSettings>?> CurrentSettings = new();

    /// <summary>The settings of the run in progress (this process's when none was begun, e.g. a test calling a command directly).</summary>
    public static ConfigSettings Current => (CurrentSettings.Value ??= Lazy(CliEnvironment.Process)).Value;

    /// <summary>Makes <paramref name="environment"/> the source of the settings for the rest of this async flow.</summary>
    public static void Use(CliEnvironment environment) => CurrentSettings.Value = Lazy(environment);

    private static Lazy<ConfigSettings> Lazy(CliEnvironment environment) => new(environment.Settings);
}
