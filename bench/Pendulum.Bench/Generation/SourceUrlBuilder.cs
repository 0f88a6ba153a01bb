using Pendulum.Internals;

namespace Pendulum.Bench.Generation;

/// <summary>
/// Writes article addresses shaped like GDELT's SOURCEURL: a real news site followed by one of the path
/// patterns most common in the 2018-05-08 samples (<c>/2018/05/08/slug/</c>, <c>/story/1234567/slug</c>, ...),
/// with slugs made of words seen in real slugs.
/// </summary>
internal sealed class SourceUrlBuilder(GdeltReferenceData data)
{
    private static readonly byte[][] Sections = [.. new[]
    {
        "news", "local", "world", "politics", "business", "nation", "sport", "india", "national", "us-news",
        "crime", "opinion", "entertainment", "health", "africa", "asia", "europe", "americas", "middle-east",
        "technology", "metro", "state", "regional", "news/local", "news/world", "news/politics",
    }.Select(Utf8.Bytes)];

    /// <summary>How often each path pattern is used; the cases of <see cref="WritePath"/>, in order.</summary>
    private static readonly AliasTable Patterns = new([73, 60, 33, 29, 40, 30, 12, 15, 10, 10]);

    private static ReadOnlySpan<byte> Story => "/story/"u8;
    private static ReadOnlySpan<byte> StoryQuery => "/?cs="u8;
    private static ReadOnlySpan<byte> News => "/news/"u8;
    private static ReadOnlySpan<byte> Article => "/article/"u8;
    private static ReadOnlySpan<byte> ArticlePrefix => "/article_"u8;
    private static ReadOnlySpan<byte> Html => ".html"u8;

    /// <summary>A whole address for an article published on <paramref name="day"/>.</summary>
    public void Write(Utf8Buffer buffer, RandomStream random, DateOnly day)
    {
        buffer.Append(data.Domains.Sample(random));
        WritePath(buffer, random, day);
    }

    /// <summary>
    /// An address of exactly <paramref name="length"/> bytes (the file's last row uses it to land on the
    /// target size): a site, then slug words up to the length. False, writing nothing, when even the shortest
    /// address is longer.
    /// </summary>
    public bool WriteExact(Utf8Buffer buffer, RandomStream random, int length)
    {
        var domain = data.Domains.Sample(random);
        if (domain.Length + 2 > length)
        {
            return false;
        }
        buffer.Append(domain);
        buffer.Append((byte)'/');
        var left = length - domain.Length - 1;
        var first = true;
        while (left > 0)
        {
            var word = data.Words.Sample(random);
            if (!first && left == 1)
            {
                buffer.Append((byte)'s');
                break;
            }
            if (!first)
            {
                buffer.Append((byte)'-');
                left--;
            }
            var take = Math.Min(word.Length, left);
            buffer.Append(word.AsSpan(0, take));
            left -= take;
            first = false;
        }
        return true;
    }

    private void WritePath(Utf8Buffer buffer, RandomStream random, DateOnly day)
    {
        switch (Patterns.Sample(random))
        {
            case 0: // /slug/
                buffer.Append((byte)'/');
                WriteSlug(buffer, random);
                buffer.Append((byte)'/');
                break;
            case 1: // /2018/05/08/slug/
                WriteDatePath(buffer, day);
                WriteSlug(buffer, random);
                buffer.Append((byte)'/');
                break;
            case 2: // /story/1234567/slug, sometimes /story/1234567/slug/?cs=4172
                buffer.Append(Story);
                buffer.Append(7_000_000 + random.NextInt(2_000_000));
                buffer.Append((byte)'/');
                WriteSlug(buffer, random);
                if (random.Chance(0.25))
                {
                    buffer.Append(StoryQuery);
                    buffer.Append(random.NextInt(10_000));
                }
                break;
            case 3: // /news/12345678/slug
                buffer.Append(News);
                buffer.Append(10_000_000 + random.NextInt(90_000_000));
                buffer.Append((byte)'/');
                WriteSlug(buffer, random);
                break;
            case 4: // /news/section/slug
                buffer.Append(News);
                buffer.Append(Sections[random.NextInt(Sections.Length)]);
                buffer.Append((byte)'/');
                WriteSlug(buffer, random);
                break;
            case 5: // /section/slug
                buffer.Append((byte)'/');
                buffer.Append(Sections[random.NextInt(Sections.Length)]);
                buffer.Append((byte)'/');
                WriteSlug(buffer, random);
                break;
            case 6: // /article/slug/1234567
                buffer.Append(Article);
                WriteSlug(buffer, random);
                buffer.Append((byte)'/');
                buffer.Append(1_000_000 + random.NextInt(9_000_000));
                break;
            case 7: // /section/slug-1234567.html
                buffer.Append((byte)'/');
                buffer.Append(Sections[random.NextInt(Sections.Length)]);
                buffer.Append((byte)'/');
                WriteSlug(buffer, random);
                buffer.Append((byte)'-');
                buffer.Append(1_000_000 + random.NextInt(9_000_000));
                buffer.Append(Html);
                break;
            case 8: // /section/article_0f1e2d3c-....html
                buffer.Append((byte)'/');
                buffer.Append(Sections[random.NextInt(Sections.Length)]);
                buffer.Append(ArticlePrefix);
                WriteUuid(buffer, random);
                buffer.Append(Html);
                break;
            default: // /news/section/2018/05/08/slug/
                buffer.Append(News);
                buffer.Append(Sections[random.NextInt(Sections.Length)]);
                WriteDatePath(buffer, day);
                WriteSlug(buffer, random);
                buffer.Append((byte)'/');
                break;
        }
    }

    /// <summary>Five to thirteen words joined by hyphens (real SOURCEURLs average 98 bytes).</summary>
    private void WriteSlug(Utf8Buffer buffer, RandomStream random)
    {
        var count = 5 + random.NextInt(9);
        buffer.Append(data.Words.Sample(random));
        for (var i = 1; i < count; i++)
        {
            buffer.Append((byte)'-');
            buffer.Append(data.Words.Sample(random));
        }
    }

    /// <summary><c>/yyyy/mm/dd/</c></summary>
    private static void WriteDatePath(Utf8Buffer buffer, DateOnly day)
    {
        buffer.Append((byte)'/');
        buffer.AppendDigits(day.Year, 4);
        buffer.Append((byte)'/');
        buffer.AppendDigits(day.Month, 2);
        buffer.Append((byte)'/');
        buffer.AppendDigits(day.Day, 2);
        buffer.Append((byte)'/');
    }

    private static void WriteUuid(Utf8Buffer buffer, RandomStream random)
    {
        var high = random.NextUInt64();
        var low = random.NextUInt64();
        ReadOnlySpan<int> groups = [8, 4, 4, 4, 12];
        var nibble = 0;
        foreach (var group in groups)
        {
            if (nibble > 0)
            {
                buffer.Append((byte)'-');
            }
            for (var i = 0; i < group; i++, nibble++)
            {
                var bits = nibble < 16 ? high >> (nibble * 4) : low >> ((nibble - 16) * 4);
                buffer.Append((byte)"0123456789abcdef"[(int)(bits & 0xF)]);
            }
        }
    }
}
