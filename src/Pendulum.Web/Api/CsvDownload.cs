using System.Text;

namespace Pendulum.Web.Api;

/// <summary>The CSV answers of the series and the matrix: a text response the browser saves as a file.</summary>
internal static class CsvDownload
{
    /// <summary>A CSV response the browser saves as <paramref name="fileName"/>.</summary>
    public static IResult Of(HttpContext http, string csv, string fileName)
    {
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        return TypedResults.Text(csv, "text/csv", Encoding.UTF8);
    }
}
