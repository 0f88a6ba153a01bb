using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Pendulum.Web.Api;

/// <summary>
/// Turns exceptions into ProblemDetails responses that say what was wrong with the request and nothing about the
/// server: no stack trace, no exception type, no file path (a store's path or a server's address stays in the log).
/// </summary>
internal sealed class ProblemHandler(IProblemDetailsService problems, ILogger<ProblemHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            ApiProblem p => Problem(p.Status, p.Title, p.Detail, p.Extensions),
            UsageException e => Problem(StatusCodes.Status400BadRequest, "Bad request", e.Field is null ? e.Reason : $"{e.Field}: {e.Reason}"),
            // The same LINE: FIELD: reason as the command line, without the file: the file is ours, not the client's.
            BadDataException e => Problem(StatusCodes.Status400BadRequest, "Bad data", Where(e.Line, e.Field) + e.Reason),
            InputOutputException => Problem(StatusCodes.Status503ServiceUnavailable, "Store unavailable", "The event store could not be read; see the server's log."),
            OperationCanceledException when http.RequestAborted.IsCancellationRequested => null,
            _ => Problem(StatusCodes.Status500InternalServerError, "Unexpected error", "The server failed to answer; see its log."),
        };
        if (problem is null)
            return true; // the client went away; nobody to answer
        if (problem.Status >= 500)
            log.LogError(exception, "{Method} {Path} failed", http.Request.Method, http.Request.Path);
        http.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = null });
    }

    private static string Where(long? line, string? field) =>
        (line is null ? "" : $"{line}: ") + (field is null ? "" : $"{field}: ");

    private static ProblemDetails Problem(int status, string title, string detail, IReadOnlyDictionary<string, object?>? extensions = null)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        foreach (var (key, value) in extensions ?? new Dictionary<string, object?>())
            problem.Extensions[key] = value;
        return problem;
    }
}
