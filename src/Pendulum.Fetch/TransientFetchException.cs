namespace Pendulum.Fetch;

/// <summary>
/// A failure worth another try: a dropped connection, a 5xx answer, a timeout, a file whose md5 does not match.
/// It never leaves the library: when the attempts run out it becomes an <see cref="InputOutputException"/>.
/// </summary>
internal sealed class TransientFetchException(string reason, Exception? inner = null) : Exception(reason, inner);
