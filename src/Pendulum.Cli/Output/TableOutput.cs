namespace Pendulum.Cli.Output;

/// <summary>
/// Where a command's table goes: standard output as a table, CSV or JSON, or with <c>--out FILE</c> into that file
/// (complete or not at all); <c>--format parquet</c> needs <c>--out</c>. One call per command:
/// <c>TableOutput.Write(format, out, schema, context.Out, (f, w) => XOutput.Write(rows, f, w))</c>, where the callback
/// writes <c>table</c>, <c>csv</c> or <c>json</c>; Parquet is made from its CSV (<see cref="ParquetTable"/>).
/// </summary>
internal static class TableOutput
{
    public static void Write(string format, string? outPath, TableSchema schema, TextWriter stdout, Action<string, TextWriter> write)
    {
        if (format == "parquet")
        {
            if (outPath is null)
                throw new UsageException("--format parquet writes a file: give --out FILE", "--out");
            ParquetTable.Write(outPath, schema, csv => write("csv", csv));
            return;
        }

        if (outPath is null)
        {
            write(format, stdout);
            return;
        }

        var partial = outPath + ".part";
        try
        {
            using (var file = OutputFile.Create(partial))
                write(format, file);
            File.Move(partial, outPath, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputOutputException($"cannot write: {e.Message}", outPath, e);
        }
        finally
        {
            File.Delete(partial);
        }
    }
}
