namespace Pendulum.Bench.Generation;

/// <summary>What <see cref="GdeltFileGenerator"/> writes. Same options, same bytes.</summary>
public sealed record GdeltFileGeneratorOptions
{
    /// <summary>
    /// The file size in bytes. The file ends exactly there whenever the target leaves room for one row
    /// (a few hundred bytes); below that it may end up to one row short, possibly empty.
    /// </summary>
    public required long TargetBytes { get; init; }

    /// <summary>Seed of the generator's own PRNG (xoshiro256**). The default value is 42.</summary>
    public ulong Seed { get; init; } = 42;

    /// <summary>
    /// DATEADDED of the first rows (UTC): the file reads as consecutive 15-minute GDELT 2.0 export slices
    /// starting here. The default value is 2018-05-08 00:15:00, the slice of the project's real sample.
    /// </summary>
    public DateTime FirstSliceTime { get; init; } = new(2018, 5, 8, 0, 15, 0, DateTimeKind.Utc);

    /// <summary>
    /// Rows per 15-minute slice. The default value is 2,000 (192,000 rows a day, inside GDELT 2.0's 150-250k),
    /// so a 100 MB file covers about a day and a 4 GB file about seven weeks.
    /// </summary>
    public int RowsPerSlice { get; init; } = 2_000;

    /// <summary>
    /// Share of rows whose actors are USA and CHN (either order), the pairs the reference scan job keeps.
    /// The default value is 0.015; no other row pairs the two.
    /// </summary>
    public double UsaChinaShare { get; init; } = 0.015;

    /// <summary>GLOBALEVENTID of the first row; later ones increase. The default value is 753,911,112 (the sample's first).</summary>
    public long FirstEventId { get; init; } = 753_911_112;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(TargetBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(RowsPerSlice);
        ArgumentOutOfRangeException.ThrowIfNegative(FirstEventId);
        if (!(UsaChinaShare is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(UsaChinaShare), UsaChinaShare, "A share lies between 0 and 1.");
        }
    }
}

/// <summary>What a generator run wrote.</summary>
public readonly record struct GdeltFileGeneratorResult(long Bytes, long Rows);
