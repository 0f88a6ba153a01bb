namespace Pendulum.Fetch.Tests.Http;

/// <summary>A request the server saw: its path, its Range header if any, and the status it answered.</summary>
internal sealed record ServedRequest(string Path, string? Range, int Status);
