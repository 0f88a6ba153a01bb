namespace Pendulum.Events;

/// <summary>
/// How a dataset maps CAMEO root codes to <see cref="QuadClass"/>. The mapping belongs to the source, not to CAMEO:
/// GDELT and ICEWS disagree on roots 09 and 14.
/// </summary>
public enum QuadClassScheme
{
    /// <summary>GDELT (measured on its files): 01-05 verbal coop, 06-09 material coop, 10-14 verbal conflict, 15-20 material conflict.</summary>
    Gdelt,

    /// <summary>ICEWS convention: 01-05, 06-08, 09-13, 14-20.</summary>
    Icews,
}

/// <summary>Maps root codes to QuadClass under a <see cref="QuadClassScheme"/>.</summary>
public static class QuadClassMapping
{
    /// <summary>The QuadClass of <paramref name="rootCode"/> (<c>"01"</c>..<c>"20"</c>) under <paramref name="scheme"/>.</summary>
    public static QuadClass Of(string rootCode, QuadClassScheme scheme)
    {
        var root = int.Parse(rootCode, System.Globalization.CultureInfo.InvariantCulture);
        if (root is < 1 or > 20)
            throw new ArgumentOutOfRangeException(nameof(rootCode), rootCode, "CAMEO root codes run from 01 to 20.");
        return scheme switch
        {
            QuadClassScheme.Gdelt => root switch
            {
                <= 5 => QuadClass.VerbalCooperation,
                <= 9 => QuadClass.MaterialCooperation,
                <= 14 => QuadClass.VerbalConflict,
                _ => QuadClass.MaterialConflict,
            },
            _ => root switch
            {
                <= 5 => QuadClass.VerbalCooperation,
                <= 8 => QuadClass.MaterialCooperation,
                <= 13 => QuadClass.VerbalConflict,
                _ => QuadClass.MaterialConflict,
            },
        };
    }
}
