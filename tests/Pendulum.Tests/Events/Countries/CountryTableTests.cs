using Pendulum.Events.Countries;
using Pendulum.Internals;
using Xunit;

namespace Pendulum.Tests.Events.Countries;

public sealed class CountryTableTests
{
    private static readonly CountryTable Table = CountryTable.Default;

    [Fact]
    public void TryGetCode_EveryCountryInIcewsSample_MapsToCode()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "fixtures", "icews", "events.2018.sample.tab");
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split('\t');
        int[] columns = [.. new[] { "Source Country", "Target Country", "Country" }.Select(c => Array.IndexOf(header, c))];
        Assert.DoesNotContain(-1, columns);
        var names = lines.Skip(1).Select(l => l.Split('\t')).SelectMany(f => columns.Select(c => f[c]))
            .Where(n => n != "NA").ToHashSet(StringComparer.Ordinal);

        Assert.Equal(3705, lines.Length - 1);
        Assert.True(names.Count > 140, $"only {names.Count} country names in the sample");
        var unknown = names.Where(n => !Table.TryGetCode(n, out _)).Order(StringComparer.Ordinal).ToList();
        Assert.Empty(unknown);
    }

    [Theory]
    [InlineData("Taiwan", "TWN")]
    [InlineData("Hong Kong", "HKG")]
    [InlineData("Macau", "MAC")]
    [InlineData("Macao", "MAC")]
    [InlineData("Palestine", "PSE")]
    [InlineData("Occupied Palestinian Territory", "PSE")]
    [InlineData("Palestinian Territory", "PSE")]
    [InlineData("West Bank", "PSE")]
    [InlineData("Gaza Strip", "PSE")]
    [InlineData("Kosovo", "XKX")]
    [InlineData("Western Sahara", "ESH")]
    [InlineData("Serbia and Montenegro", "SCG")]
    [InlineData("Serbia", "SRB")]
    [InlineData("Montenegro", "MNE")]
    [InlineData("Yugoslavia", "YUG")]
    [InlineData("Soviet Union", "SUN")]
    [InlineData("USSR", "SUN")]
    [InlineData("China", "CHN")]
    [InlineData("Congo", "COG")]
    [InlineData("Democratic Republic of Congo", "COD")]
    public void TryGetCode_DeliberateChoice_MapsToDocumentedCode(string name, string expected) =>
        AssertMaps(name, expected);

    [Theory]
    [InlineData("United States", "USA")]
    [InlineData("United States of America", "USA")]
    [InlineData("USA", "USA")]
    [InlineData("US", "USA")]
    [InlineData("U.S.", "USA")]
    [InlineData("Russia", "RUS")]
    [InlineData("Russian Federation", "RUS")]
    [InlineData("South Korea", "KOR")]
    [InlineData("Korea, Republic of", "KOR")]
    [InlineData("Republic of Korea", "KOR")]
    [InlineData("North Korea", "PRK")]
    [InlineData("Korea, Democratic People's Republic of", "PRK")]
    [InlineData("Iran, Islamic Republic of", "IRN")]
    [InlineData("Syrian Arab Republic", "SYR")]
    [InlineData("Viet Nam", "VNM")]
    [InlineData("Lao People's Democratic Republic", "LAO")]
    [InlineData("Czech Republic", "CZE")]
    [InlineData("the former Yugoslav Republic of Macedonia", "MKD")]
    [InlineData("Macedonia", "MKD")]
    [InlineData("Swaziland", "SWZ")]
    [InlineData("Eswatini", "SWZ")]
    [InlineData("Cote d'Ivoire", "CIV")]
    [InlineData("Côte d'Ivoire", "CIV")]
    [InlineData("Ivory Coast", "CIV")]
    [InlineData("Republic of Congo", "COG")]
    [InlineData("Congo-Brazzaville", "COG")]
    [InlineData("Democratic Republic of the Congo", "COD")]
    [InlineData("Congo, Democratic Republic of", "COD")]
    [InlineData("DR Congo", "COD")]
    [InlineData("Zaire", "COD")]
    [InlineData("Burma", "MMR")]
    [InlineData("Holy See", "VAT")]
    [InlineData("Vatican City", "VAT")]
    [InlineData("Moldova, Republic of", "MDA")]
    [InlineData("Tanzania, United Republic of", "TZA")]
    [InlineData("East Timor", "TLS")]
    [InlineData("Cape Verde", "CPV")]
    [InlineData("Cabo Verde", "CPV")]
    [InlineData("Turkey", "TUR")]
    [InlineData("Türkiye", "TUR")]
    [InlineData("UK", "GBR")]
    [InlineData("Namibia", "NAM")]
    public void TryGetCode_CommonAlias_MapsToIsoCode(string name, string expected) =>
        AssertMaps(name, expected);

    [Theory]
    [InlineData("  united STATES \t", "USA")]
    [InlineData("United   States", "USA")]
    [InlineData("COTE D'IVOIRE", "CIV")]
    [InlineData("Côte d\u2019Ivoire", "CIV")]
    [InlineData("Turkiye", "TUR")]
    [InlineData("Curacao", "CUW")]
    [InlineData("Aland Islands", "ALA")]
    [InlineData("Sao Tomé and Príncipe", "STP")]
    [InlineData("The Gambia", "GMB")]
    [InlineData("the Netherlands", "NLD")]
    [InlineData("Former Yugoslav Republic of Macedonia", "MKD")]
    [InlineData("Guinea Bissau", "GNB")]
    [InlineData("St Lucia", "LCA")]
    [InlineData("usa", "USA")]
    public void TryGetCode_CaseSpacingDiacriticsOrLeadingThe_AreIgnored(string name, string expected) =>
        AssertMaps(name, expected);

    [Theory]
    [InlineData("NA")]
    [InlineData("na")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("the")]
    [InlineData("Korea")]
    [InlineData("Atlantis")]
    public void TryGetCode_NotACountry_ReturnsFalse(string name)
    {
        Assert.False(Table.TryGetCode(name, out var code));
        Assert.Null(code);
    }

    [Fact]
    public void TryGetCode_VeryLongInput_ReturnsFalse() =>
        Assert.False(Table.TryGetCode(new string('x', 10_000), out _));

    [Fact]
    public void TryGetCode_RepeatedLookups_DoNotAllocate()
    {
        string[] names = ["United States", "  the former Yugoslav Republic of Macedonia ", "Côte d'Ivoire", "NA", "Atlantis"];
        foreach (var name in names)
            Table.TryGetCode(name, out _);

        // The runtime may allocate on this thread while it recompiles a hot method (tiered JIT); a lookup that
        // allocates would allocate in every round, so one clean round out of five proves the lookups do not.
        var allocated = new List<long>();
        for (var round = 0; round < 5 && !allocated.Contains(0); round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 1000; i++)
            {
                foreach (var name in names)
                    Table.TryGetCode(name, out _);
            }

            allocated.Add(GC.GetAllocatedBytesForCurrentThread() - before);
        }

        Assert.Contains(0, allocated);
    }

    [Fact]
    public void Default_EveryIsoEntryAndTheExtras_AreLoaded()
    {
        Assert.Equal(254, Table.Count);
        Assert.Equal(Table.Count, Table.Codes.Count);
        foreach (var extra in new[] { "XKX", "SCG", "YUG", "SUN", "ANT", "TWN", "HKG", "MAC", "PSE", "ESH" })
            Assert.True(Table.IsKnownCode(extra), extra);
    }

    [Fact]
    public void Csv_EveryIso3_IsThreeUppercaseLettersAndUnique()
    {
        var codes = ReadCsvRows().Select(r => r.Code).ToList();

        Assert.Equal(254, codes.Count);
        Assert.All(codes, c => Assert.Matches("^[A-Z]{3}$", c));
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Csv_NoNameOrAlias_MapsToTwoCodes()
    {
        var clashes = ReadCsvRows()
            .SelectMany(r => r.Names.Select(n => (Key: CountryTable.NormalizeKey(n)!, r.Code)))
            .GroupBy(p => p.Key, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Select(p => p.Code).Distinct().Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(p => p.Code).Distinct())}");

        Assert.Empty(clashes);
    }

    [Fact]
    public void Csv_EveryRow_MapsItsNameAndAliasesToItsCode()
    {
        foreach (var (code, names) in ReadCsvRows())
        {
            foreach (var name in names)
            {
                Assert.True(Table.TryGetCode(name, out var found), name);
                Assert.Equal(code, found);
            }
        }
    }

    [Fact]
    public void Parse_AliasOfTwoCodes_ThrowsBadData()
    {
        const string csv = "iso3,name,aliases\nCOG,Republic of the Congo,Congo\nCOD,Democratic Republic of the Congo,Congo\n";

        var e = Assert.Throws<BadDataException>(() => CountryTable.Parse(new StringReader(csv), "test.csv"));
        Assert.Equal(3, e.Line);
        Assert.Contains("COG", e.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("iso3,name,aliases\nusa,United States,\n")]
    [InlineData("iso3,name,aliases\nUS,United States,\n")]
    [InlineData("iso3,name,aliases\nUSA,United States,\nUSA,America,\n")]
    [InlineData("iso3,name,aliases\nUSA,,\n")]
    [InlineData("code,name\nUSA,United States\n")]
    [InlineData("iso3,name,aliases\n")]
    public void Parse_BadTable_ThrowsBadData(string csv) =>
        Assert.Throws<BadDataException>(() => CountryTable.Parse(new StringReader(csv), "test.csv"));

    [Theory]
    [InlineData("USA", true)]
    [InlineData("XKX", true)]
    [InlineData("NAM", true)]
    [InlineData("usa", false)]
    [InlineData("NA", false)]
    [InlineData("XXX", false)]
    [InlineData("", false)]
    public void IsKnownCode_Code_TellsWhetherTheTableHasIt(string code, bool expected) =>
        Assert.Equal(expected, Table.IsKnownCode(code));

    [Theory]
    [InlineData("USA", "United States")]
    [InlineData("KOR", "South Korea")]
    [InlineData("CIV", "Côte d'Ivoire")]
    [InlineData("XKX", "Kosovo")]
    public void NameOf_KnownCode_ReturnsShortName(string code, string expected) =>
        Assert.Equal(expected, Table.NameOf(code));

    [Theory]
    [InlineData("XXX")]
    [InlineData("United States")]
    public void NameOf_UnknownCode_ReturnsNull(string code) => Assert.Null(Table.NameOf(code));

    [Theory]
    [InlineData("CHA", "CHN")]
    [InlineData("UAS", "USA")]
    [InlineData("GRB", "GBR")]
    [InlineData("RUS", "RUS")]
    public void Closest_MistypedCode_IncludesIntendedCode(string input, string expected)
    {
        var suggestions = Table.Closest(input, 5);

        Assert.Contains(expected, suggestions);
        Assert.InRange(suggestions.Count, 1, 5);
    }

    [Theory]
    [InlineData("usa", "USA")]
    [InlineData("Untied States", "USA")]
    [InlineData("Chnia", "CHN")]
    [InlineData("Germny", "DEU")]
    public void Closest_MistypedCodeOrName_PutsIntendedCodeFirst(string input, string expected) =>
        Assert.Equal(expected, Table.Closest(input, 3)[0]);

    [Theory]
    [InlineData("QQQQQQQQQQ", 5)]
    [InlineData("", 5)]
    [InlineData("CHA", 0)]
    public void Closest_NothingClose_ReturnsEmpty(string input, int count) => Assert.Empty(Table.Closest(input, count));

    [Fact]
    public void Closest_NegativeCount_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Table.Closest("CHA", -1));

    private static void AssertMaps(string name, string expected)
    {
        Assert.True(Table.TryGetCode(name, out var code), name);
        Assert.Equal(expected, code);
    }

    private static List<(string Code, string[] Names)> ReadCsvRows()
    {
        using var stream = typeof(CountryTable).Assembly.GetManifestResourceStream("Pendulum.Countries.countries.csv");
        Assert.NotNull(stream);
        using var reader = new StreamReader(stream);
        var csv = new CsvRowReader(reader, ',');
        var fields = new List<string>();
        Assert.True(csv.TryRead(fields));
        Assert.Equal(["iso3", "name", "aliases"], fields);
        var rows = new List<(string, string[])>();
        while (csv.TryRead(fields))
        {
            var aliases = fields[2].Split('|', StringSplitOptions.RemoveEmptyEntries);
            rows.Add((fields[0], [fields[1], .. aliases]));
        }

        return rows;
    }
}
