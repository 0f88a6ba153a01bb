using System.Globalization;

namespace Pendulum.Bench.Generation;

/// <summary>
/// A CAMEO event code with its five GDELT fields pre-encoded as one tab-separated UTF-8 run:
/// EventCode, EventBaseCode, EventRootCode, QuadClass, GoldsteinScale.
/// </summary>
internal sealed record EventCodeEntry(string Code, string BaseCode, string RootCode, int QuadClass, string Goldstein)
{
    public byte[] Fields { get; } = Utf8.Join(Code, BaseCode, RootCode, QuadClass.ToString(CultureInfo.InvariantCulture), Goldstein);
}

/// <summary>A country as a GDELT actor: ISO alpha-3 code, GDELT's upper-case name, and its gazetteer places.</summary>
internal sealed record CountryEntry(string Code, string Name, string FipsCode)
{
    public byte[] CodeBytes { get; } = Utf8.Bytes(Code);

    public byte[] NameBytes { get; } = Utf8.Bytes(Name);

    /// <summary>The ten actor fields of a plain country actor (<c>USA, UNITED STATES, USA</c> and seven empty).</summary>
    public byte[] ActorFields { get; } = Utf8.Join(Code, Name, Code, "", "", "", "", "", "", "");

    /// <summary>Places in this country (by FIPS code), or null when the gazetteer has none.</summary>
    public WeightedList<byte[]>? Places { get; init; }
}

/// <summary>
/// An actor role without a country (<c>COP POLICE</c>): its code, its name, and the seven fields after
/// Actor*CountryCode (known group, ethnic, two religions, three types) pre-joined with a leading tab.
/// </summary>
internal sealed record ActorRoleEntry(string Code, string Name, byte[] TrailingFields)
{
    public byte[] CodeBytes { get; } = Utf8.Bytes(Code);

    public byte[] NameBytes { get; } = Utf8.Bytes(Name);
}
