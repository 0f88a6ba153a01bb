namespace Pendulum.Reports.Csv;

/// <summary>RFC 4180 field quoting, as pandas' and R's readers expect it.</summary>
public static class CsvText
{
    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return "";
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    public static string Row(IEnumerable<string?> fields) => string.Join(',', fields.Select(Field));
}
