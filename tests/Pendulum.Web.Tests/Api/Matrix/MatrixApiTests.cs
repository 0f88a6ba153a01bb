using System.Net;
using System.Text.Json;

namespace Pendulum.Web.Tests.Api.Matrix;

public sealed class MatrixApiTests(SharedStore shared) : IDisposable
{
    private readonly ApiFactory _factory = new(shared.Store.Path);

    [Fact]
    public async Task Matrix_ThreeActorsAtAMonth_IsSymmetricWithAnEmptyDiagonalAtTheMonthsEnd()
    {
        using var json = JsonDocument.Parse(await _factory.CreateClient().GetStringAsync(new Uri("/api/matrix?actors=USA,CHN,RUS&at=2018-05", UriKind.Relative)));

        var root = json.RootElement;
        Assert.Equal("2018-05-31", root.GetProperty("at").GetString());
        Assert.Equal(["USA", "CHN", "RUS"], root.GetProperty("countries").EnumerateArray().Select(c => c.GetString()));
        var rows = root.GetProperty("positions").EnumerateArray().Select(r => r.EnumerateArray().ToList()).ToList();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(JsonValueKind.Null, rows[i][i].ValueKind);
            for (var j = 0; j < 3; j++)
            {
                if (i != j)
                    Assert.Equal(rows[i][j].GetDouble(), rows[j][i].GetDouble());
            }
        }

        var usaChina = root.GetProperty("pairs").EnumerateArray().Single(p => p.GetProperty("pair").GetString() == "USA-CHN");
        Assert.Equal(TestStore.PairEvents("USA", "CHN").Count(e => e.Date <= new DateOnly(2018, 5, 31)), usaChina.GetProperty("events").GetInt64());
    }

    [Fact]
    public async Task Matrix_Csv_IsASquareTableWithACountryColumn()
    {
        var text = await _factory.CreateClient().GetStringAsync(new Uri("/api/matrix?actors=USA,CHN,RUS&at=2018-05-31&format=csv", UriKind.Relative));

        var lines = text.TrimEnd().Split('\n');
        Assert.Equal("country,USA,CHN,RUS", lines[0]);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("USA,,", lines[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/matrix?actors=USA,CHX&at=2018-05", "CHX")]
    [InlineData("/api/matrix?actors=USA&at=2018-05", "actors")]
    [InlineData("/api/matrix?actors=USA,CHN&at=May", "at")]
    public async Task Matrix_BadParameter_Returns400NamingIt(string path, string named)
    {
        var response = await _factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(named, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public void Dispose() => _factory.Dispose();
}
