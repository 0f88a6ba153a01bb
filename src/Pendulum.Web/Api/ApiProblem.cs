namespace Pendulum.Web.Api;

/// <summary>
/// A request the API refuses: becomes a ProblemDetails response with this status, title and detail (and extra
/// members such as <c>suggestions</c>). Thrown by request parsing so endpoints read straight through.
/// </summary>
public sealed class ApiProblem(int status, string title, string detail, IReadOnlyDictionary<string, object?>? extensions = null)
    : Exception(detail)
{
    public int Status { get; } = status;

    public string Title { get; } = title;

    public string Detail { get; } = detail;

    public IReadOnlyDictionary<string, object?> Extensions { get; } = extensions ?? new Dictionary<string, object?>();

    /// <summary>400: a query parameter is malformed; <paramref name="parameter"/> is named in the response.</summary>
    public static ApiProblem BadParameter(string parameter, string detail) =>
        new(StatusCodes.Status400BadRequest, "Bad request parameter", $"{parameter}: {detail}",
            new Dictionary<string, object?> { ["parameter"] = parameter });
}
