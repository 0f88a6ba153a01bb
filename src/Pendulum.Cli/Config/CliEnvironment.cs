namespace Pendulum.Cli.Config;

/// <summary>
/// Where the defaults come from: the working folder, the user's config folder and the environment. Tests pass their
/// own; a run of the program uses <see cref="Process"/>.
/// </summary>
internal sealed record CliEnvironment(string WorkingDirectory, string? UserConfigDirectory, Func<string, string?> Variable)
{
    /// <summary>The file name looked for in the working folder, then in the user's config folder.</summary>
    public const string FileName = "pendulum.yaml";

    /// <summary>The environment variable that names the store.</summary>
    public const string DbVariable = "PENDULUM_DB";

    /// <summary>This process: its working folder, <c>$XDG_CONFIG_HOME/pendulum</c> (else <c>~/.config/pendulum</c>; <c>%APPDATA%\pendulum</c> on Windows).</summary>
    public static CliEnvironment Process => new(Directory.GetCurrentDirectory(),
        Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData) is { Length: > 0 } config ? Path.Combine(config, "pendulum") : null,
        Environment.GetEnvironmentVariable);

    /// <summary>The config files that exist, the first one winning: the working folder's, then the user's.</summary>
    public IEnumerable<string> ConfigFiles()
    {
        foreach (var folder in new[] { WorkingDirectory, UserConfigDirectory })
        {
            if (folder is not null && File.Exists(Path.Combine(folder, FileName)))
                yield return Path.Combine(folder, FileName);
        }
    }

    /// <summary>
    /// The settings in force where no flag gives one. Precedence, highest first: the command-line flag (not seen
    /// here), <c>PENDULUM_DB</c> (the store only), <c>./pendulum.yaml</c>, the user's <c>pendulum.yaml</c>, the
    /// built-in default (also not here).
    /// </summary>
    public ConfigSettings Settings()
    {
        var settings = new ConfigSettings();
        if (Variable(DbVariable) is { Length: > 0 } db)
            settings = settings with { Db = new(db, DbVariable) };
        foreach (var file in ConfigFiles())
            settings = settings.Or(ConfigFile.Load(file));
        return settings;
    }
}
