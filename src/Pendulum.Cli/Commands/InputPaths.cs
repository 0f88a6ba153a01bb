namespace Pendulum.Cli.Commands;

/// <summary>Expands the PATH arguments of <c>ingest</c>: files as given, folders to their files, globs in the last segment.</summary>
internal static class InputPaths
{
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path).Order(StringComparer.Ordinal));
            }
            else if (path.AsSpan().IndexOfAny('*', '?') >= 0)
            {
                var folder = Path.GetDirectoryName(path) is { Length: > 0 } d ? d : ".";
                if (!Directory.Exists(folder))
                    throw new InputOutputException("no such folder", folder);
                var matches = Directory.EnumerateFiles(folder, Path.GetFileName(path)).Order(StringComparer.Ordinal).ToList();
                if (matches.Count == 0)
                    throw new InputOutputException("no file matches", path);
                files.AddRange(matches);
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw new InputOutputException("no such file or folder", path);
            }
        }

        return files;
    }
}
