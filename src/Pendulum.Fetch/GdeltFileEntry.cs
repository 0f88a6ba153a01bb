namespace Pendulum.Fetch;

/// <summary>One file to fetch: its name on disk, where it is served, and what it must hash to.</summary>
/// <param name="Name">The plain file name (no folder), already checked against the GDELT naming patterns.</param>
/// <param name="Address">The absolute address, under <see cref="GdeltFetchOptions.BaseAddress"/>.</param>
/// <param name="Md5">The expected md5 as 32 lower-case hex digits.</param>
/// <param name="Size">The expected size in bytes when the list gives it (2.0 only).</param>
internal sealed record GdeltFileEntry(string Name, Uri Address, string Md5, long? Size);
