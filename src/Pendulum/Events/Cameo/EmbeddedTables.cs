using System.Reflection;
using System.Text;

namespace Pendulum.Events.Cameo;

/// <summary>Opens the tables embedded in the library (see <c>Resources/PROVENANCE.md</c>).</summary>
internal static class EmbeddedTables
{
    public static TextReader Open(string logicalName, Encoding? encoding = null)
    {
        var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(logicalName)
            ?? throw new InvalidOperationException($"Embedded table {logicalName} is missing from the build.");
        return new StreamReader(stream, encoding ?? Encoding.UTF8);
    }
}
