using System.Text;

namespace ArticleExtract.Dom;

/// <summary>
/// One <see cref="StringBuilder"/> per thread for the short texts the pipeline assembles (a block's own text, a list's
/// or table's plain text, an element's text content): a new builder per text, with its chunks grown from 16
/// characters, was about a tenth of what an extraction allocates beyond the parse.
/// </summary>
internal static class BuilderCache
{
    // Builders that grew past this (a huge page's text) are let go rather than kept for the thread's lifetime.
    private const int MaxKeptCapacity = 16 * 1024;

    [ThreadStatic]
    private static StringBuilder? t_builder;

    /// <summary>An empty builder, taken off the thread while in use so that a nested caller gets a builder of its own.</summary>
    public static StringBuilder Acquire()
    {
        var builder = t_builder;
        if (builder is null)
        {
            return new StringBuilder(256);
        }

        t_builder = null;
        builder.Clear();
        return builder;
    }

    /// <summary>The builder's text; the builder goes back to the thread and must not be used after.</summary>
    public static string ToStringAndRelease(StringBuilder builder)
    {
        var text = builder.ToString();
        if (builder.Capacity <= MaxKeptCapacity)
        {
            t_builder = builder;
        }

        return text;
    }
}
