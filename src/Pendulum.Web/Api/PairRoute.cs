using Pendulum.Events.Countries;

namespace Pendulum.Web.Api;

/// <summary>A pair named in a URL (<c>USA-CHN</c>): two known, different ISO alpha-3 codes, A first as written.</summary>
public readonly record struct PairRoute(string CountryA, string CountryB)
{
    public override string ToString() => $"{CountryA}-{CountryB}";

    /// <summary>Parses the route value; an unknown code is a 404 naming it, with the closest known codes.</summary>
    public static PairRoute Parse(string pair)
    {
        var parts = pair.Split('-');
        if (parts.Length != 2)
        {
            throw new ApiProblem(StatusCodes.Status404NotFound, "Unknown pair",
                $"'{pair}' is not a pair; write two ISO alpha-3 codes joined by '-', e.g. USA-CHN");
        }

        var (a, b) = (Country(parts[0]), Country(parts[1]));
        if (a == b)
            throw new ApiProblem(StatusCodes.Status404NotFound, "Unknown pair", $"'{pair}' names one country twice");
        return new PairRoute(a, b);
    }

    /// <summary>A known code in upper case, or a 404 naming <paramref name="code"/> with suggestions.</summary>
    public static string Country(string code, int status = StatusCodes.Status404NotFound)
    {
        var upper = code.Trim().ToUpperInvariant();
        if (CountryTable.Default.IsKnownCode(upper))
            return upper;
        var closest = CountryTable.Default.Closest(code, 3);
        var detail = $"unknown country code '{code}'" + (closest.Count > 0 ? $"; did you mean {string.Join(", ", closest)}?" : "");
        throw new ApiProblem(status, "Unknown country code", detail,
            new Dictionary<string, object?> { ["code"] = code, ["suggestions"] = closest });
    }
}
