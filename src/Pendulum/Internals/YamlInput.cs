using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Pendulum.Internals;

/// <summary>
/// The one way Pendulum reads a YAML file (JSON too: it is read as YAML, so both report lines): observer parameters,
/// declared channels, scenarios, the calibrator's suspension records and the CLI's <c>pendulum.yaml</c>. A file that
/// cannot be read is an <see cref="InputOutputException"/> naming it; text that is not YAML is a
/// <see cref="BadDataException"/> with the file and the line the parser stopped at (<c>FILE:LINE: not valid YAML: ...</c>).
/// Each loader then walks the tree and names its own fields.
/// </summary>
internal static class YamlInput
{
    /// <summary>Reads and parses the file at <paramref name="path"/>; see <see cref="Parse"/>.</summary>
    public static YamlNode? Load(string path) => Parse(ReadText(path), path);

    /// <summary>
    /// The root node of the one document in <paramref name="text"/>, or null when it holds none (an empty file, or
    /// comments only). <paramref name="file"/> names the text in errors. A second document is refused: no Pendulum
    /// file has two, and one read silently in place of the other would hide a mistake.
    /// </summary>
    public static YamlNode? Parse(string text, string file)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new BadDataException($"not valid YAML: {e.InnerException?.Message ?? e.Message}", file, e.Start.Line, null, e);
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet throws this, without a position, when the text ends inside a flow collection.
            var lines = text.TrimEnd().Count(c => c == '\n') + 1;
            throw new BadDataException("not valid YAML: the file ends inside an unclosed { or [", file, lines, null, e);
        }

        if (stream.Documents.Count > 1)
            throw new BadDataException("holds more than one YAML document (a second '---'); expected one", file, stream.Documents[1].RootNode.Start.Line);
        return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
    }

    /// <summary>The file's text; a missing or unreadable file is an <see cref="InputOutputException"/> naming it.</summary>
    public static string ReadText(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new InputOutputException("no such file", path, e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputOutputException($"cannot read it: {e.Message}", path, e);
        }
    }
}
