namespace Pendulum.Cli.Output;

/// <summary><c>simulate --parquet</c>: runs.parquet, steps.parquet, summary.parquet and calibration.parquet beside the CSVs of the same names (those written).</summary>
internal static class SimulationParquet
{
    private static readonly (string Name, TableSchema Schema)[] Tables =
    [
        ("runs", TableSchemas.Runs),
        ("steps", TableSchemas.Steps),
        ("summary", TableSchemas.Outcomes),
        ("calibration", TableSchema.Of(integers: ["steps"], reals: ["bin_low", "bin_high", "mean_mu", "share_trustworthy"])),
    ];

    public static void Write(string folder)
    {
        foreach (var (name, schema) in Tables)
        {
            var csv = Path.Combine(folder, name + ".csv");
            if (File.Exists(csv))
                ParquetTable.FromCsv(csv, Path.Combine(folder, name + ".parquet"), schema);
        }
    }
}
