using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Pendulum.ClickHouse;

/// <summary>
/// One server's HTTP interface: statements in the request body, results as <c>TabSeparated</c>, inserts as
/// <c>RowBinary</c>. Every answer other than 200 becomes an <see cref="InputOutputException"/> carrying the server's
/// own first line; a server that cannot be reached does too.
/// </summary>
internal sealed class ClickHouseNode(HttpClient http, Uri endpoint, ClickHouseConnectionString connection, string storeDescription)
{
    /// <summary>
    /// Settings sent with every request. <c>wait_end_of_query</c> makes the server finish a query before it answers,
    /// so an error after the first rows (a shard lost mid-query) is a non-200 answer rather than a truncated 200;
    /// <c>skip_unavailable_shards=0</c> (the default, stated) makes a query over a shard that is down fail rather
    /// than answer for the other shards only; <c>insert_distributed_sync</c> makes an insert through a Distributed
    /// table return only once every shard has written its rows. The AST and query size limits are raised for the
    /// long key lists of the ingest's duplicate check.
    /// </summary>
    private const string Settings =
        "wait_end_of_query=1&skip_unavailable_shards=0&insert_distributed_sync=1"
        + "&max_query_size=67108864&max_ast_elements=10000000&max_expanded_ast_elements=10000000";

    /// <summary><c>host:port</c>.</summary>
    public string Name => endpoint.Authority;

    /// <summary>Runs a statement and returns its whole answer as text (DDL, small results).</summary>
    public string Execute(string sql, CancellationToken cancellationToken = default)
    {
        using var response = Send(Url(null), new StringContent(sql, Encoding.UTF8), sql, cancellationToken);
        using var reader = new StreamReader(response.Content.ReadAsStream(cancellationToken), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>Runs a query (with <c>FORMAT TabSeparated</c> appended) and streams its rows.</summary>
    public TsvRowReader Query(string sql, CancellationToken cancellationToken = default)
    {
        var text = sql + "\nFORMAT TabSeparated";
        var response = Send(Url(null), new StringContent(text, Encoding.UTF8), sql, cancellationToken);
        return new TsvRowReader(new ResponseReader(response, cancellationToken));
    }

    /// <summary>Runs a query and reads its single value.</summary>
    public long Scalar(string sql, CancellationToken cancellationToken = default) => Long(Row(sql, 1, cancellationToken)[0]);

    /// <summary>Runs a query and reads the two values of its single row.</summary>
    public (long First, long Second) Pair(string sql, CancellationToken cancellationToken = default)
    {
        var row = Row(sql, 2, cancellationToken);
        return (Long(row[0]), Long(row[1]));
    }

    private string?[] Row(string sql, int fields, CancellationToken cancellationToken)
    {
        using var rows = Query(sql, cancellationToken);
        var row = rows.Read();
        return row is not null && row.Count == fields
            ? [.. row]
            : throw new InputOutputException($"ClickHouse at {Name} did not answer one row of {fields} to: {Shorten(sql)}", storeDescription);
    }

    private static long Long(string? text) => long.Parse(text!, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Sends <c>INSERT INTO table (columns) FORMAT RowBinary</c> with the rows as the body.</summary>
    public void Insert(string table, IEnumerable<string> columns, ReadOnlyMemory<byte> rowBinary, CancellationToken cancellationToken = default)
    {
        var sql = $"INSERT INTO {table} ({string.Join(", ", columns)}) FORMAT RowBinary";
        var content = new ReadOnlyMemoryContent(rowBinary);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var response = Send(Url(sql), content, sql, cancellationToken);
    }

    private Uri Url(string? query)
    {
        var url = new StringBuilder(endpoint.ToString()).Append('?').Append(Settings);
        if (query is not null)
            url.Append("&query=").Append(Uri.EscapeDataString(query));
        if (connection.User != "default" || connection.Password.Length > 0)
        {
            url.Append("&user=").Append(Uri.EscapeDataString(connection.User));
            url.Append("&password=").Append(Uri.EscapeDataString(connection.Password));
        }

        return new Uri(url.ToString());
    }

    private HttpResponseMessage Send(Uri url, HttpContent content, string sql, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
        HttpResponseMessage response;
        try
        {
            response = http.Send(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new InputOutputException($"cannot reach ClickHouse at {Name}: {e.Message}", storeDescription, e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new InputOutputException($"ClickHouse at {Name} did not answer within {http.Timeout.TotalSeconds:F0} s", storeDescription, e);
        }

        if (response.StatusCode == HttpStatusCode.OK)
            return response;
        using (response)
        {
            string body;
            try
            {
                body = new StreamReader(response.Content.ReadAsStream(cancellationToken), Encoding.UTF8).ReadToEnd();
            }
            catch (Exception e) when (e is HttpRequestException or IOException)
            {
                body = e.Message;
            }

            throw new InputOutputException(
                $"ClickHouse at {Name} answered {(int)response.StatusCode}: {ServerError.Describe(body)} (statement: {Shorten(sql)})", storeDescription);
        }
    }

    private static string Shorten(string sql)
    {
        var flat = string.Join(' ', sql.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= 160 ? flat : flat[..157] + "...";
    }

    /// <summary>A response body read as text; disposing it releases the response.</summary>
    private sealed class ResponseReader(HttpResponseMessage response, CancellationToken cancellationToken)
        : StreamReader(response.Content.ReadAsStream(cancellationToken), Encoding.UTF8, false, 1 << 16)
    {
        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing)
                response.Dispose();
        }
    }
}
