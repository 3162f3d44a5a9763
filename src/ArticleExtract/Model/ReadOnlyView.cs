using System.Runtime.CompilerServices;

namespace ArticleExtract;

/// <summary>
/// The model's lists as callers see them. The stages build them as <see cref="List{T}"/> and arrays, which a caller
/// could cast back and change, under an article that promises to be immutable and shared between threads (and under
/// the text, equality and hashes derived from them). A view, not a copy: it costs one small object per list, and a
/// list still being filled by the stage that made it reads the same through it.
/// </summary>
internal static class ReadOnlyView
{
    /// <summary>A read-only view of <paramref name="list"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="list"/> is null: a model list is never null (the model
    /// used to take it and fail later, in its text or a rendering, with a NullReferenceException).</exception>
    public static IReadOnlyList<T> Of<T>(IReadOnlyList<T> list, [CallerArgumentExpression(nameof(list))] string? name = null) => list switch
    {
        null => throw new ArgumentNullException(name),
        List<T> mutable => mutable.AsReadOnly(),
        T[] { Length: > 0 } array => Array.AsReadOnly(array),
        _ => list,
    };

    /// <summary>A table's rows, each row a view too: the outer list is copied once, the rows being complete when a table is made.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    /// <exception cref="ArgumentException">A row is null.</exception>
    public static IReadOnlyList<IReadOnlyList<T>> Rows<T>(IReadOnlyList<IReadOnlyList<T>> rows, [CallerArgumentExpression(nameof(rows))] string? name = null)
    {
        ArgumentNullException.ThrowIfNull(rows, name);
        var viewed = new IReadOnlyList<T>[rows.Count];
        for (var i = 0; i < viewed.Length; i++)
        {
            viewed[i] = rows[i] is { } row ? Of(row) : throw new ArgumentException($"Row {i} is null.", name);
        }

        return viewed.Length == 0 ? [] : Array.AsReadOnly(viewed);
    }
}
