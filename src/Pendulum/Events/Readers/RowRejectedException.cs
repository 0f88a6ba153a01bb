namespace Pendulum.Events.Readers;

/// <summary>
/// Thrown by field parsers for one bad row; the reader turns it into a <see cref="BadDataException"/> (strict) or a
/// <see cref="SkippedRow"/> (lenient). Bad rows are rare, so an exception costs nothing on the hot path.
/// </summary>
internal sealed class RowRejectedException(string? field, string reason) : Exception(reason)
{
    public string? Field { get; } = field;

    public string Reason { get; } = reason;
}
