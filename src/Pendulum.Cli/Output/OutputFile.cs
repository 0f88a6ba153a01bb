using System.Text;

namespace Pendulum.Cli.Output;

/// <summary>Result files: UTF-8 without a byte-order mark, <c>\n</c> line ends on every platform (byte-identical outputs).</summary>
internal static class OutputFile
{
    public static StreamWriter Create(string path)
    {
        try
        {
            return new StreamWriter(path, append: false, new UTF8Encoding(false)) { NewLine = "\n" };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputOutputException($"cannot write: {e.Message}", path, e);
        }
    }

    /// <summary>Makes the output folder, or fails with exit code 74.</summary>
    public static string Folder(string path)
    {
        try
        {
            return Directory.CreateDirectory(path).FullName;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputOutputException($"cannot create the output folder: {e.Message}", path, e);
        }
    }
}
