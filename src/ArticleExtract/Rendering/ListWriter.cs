using System.Text.Json;

namespace ArticleExtract.Rendering;

/// <summary>
/// A list block's <c>items</c>, each <c>{ text, value, links, inlines, lists }</c> (<c>value</c> when a numbered list's item sets its number) with its nested lists as
/// <c>{ ordered, items }</c>: written with an explicit stack, not recursion, since lists nest as deep as the nesting
/// cap allows.
/// </summary>
internal static class ListWriter
{
    /// <summary>
    /// The deepest list written as nested <c>{ ordered, items }</c>; the items of lists nested deeper follow their
    /// parent item in this list's <c>items</c>, as the Markdown continues them at its deepest indentation. Each level
    /// takes four levels of JSON, and the writer refuses more than 4096: a model nested past about 1000 lists (only
    /// by hand: the nesting cap keeps parsed lists far shallower) threw InvalidOperationException from ToJson.
    /// </summary>
    internal const int MaxNestedLists = 1000;

    /// <summary>Where the writing is in one list: the item being written and, once its nested lists are open
    /// (<see cref="Child"/> ≥ 0), the next of them. A <see cref="Flat"/> list, past <see cref="MaxNestedLists"/>,
    /// writes its items into the enclosing list's array.</summary>
    private struct Frame(ListBlock list, int depth, bool flat)
    {
        public readonly ListBlock List = list;
        public readonly int Depth = depth;
        public readonly bool Flat = flat;
        public int Item;
        public int Child = -1;

        public readonly bool AtCap => Depth >= MaxNestedLists;
    }

    /// <summary>
    /// <c>ordered</c>, then for a numbered list whose numbers are not 1, 2, 3 … its <c>start</c> (the first item's
    /// number) and, when they count down, <c>reversed</c>.
    /// </summary>
    public static void WriteKind(Utf8JsonWriter w, ListBlock list)
    {
        w.WriteBoolean(Names.Ordered, list.Ordered);
        if (list.Ordered && (list.Start != 1 || list.Reversed))
        {
            w.WriteNumber(Names.Start, list.Start);
            if (list.Reversed)
            {
                w.WriteBoolean(Names.Reversed, true);
            }
        }
    }

    public static void WriteItems(Utf8JsonWriter w, ListBlock root)
    {
        var stack = new Stack<Frame>();
        w.WriteStartArray(Names.Items);
        stack.Push(new Frame(root, 1, flat: false));
        while (stack.Count > 0)
        {
            var frame = stack.Pop();
            if (frame.Child < 0 && !Open(w, ref frame))
            {
                // The list is done: its items array closes, and a nested list's object with it.
                if (!frame.Flat)
                {
                    w.WriteEndArray();
                    if (stack.Count > 0)
                    {
                        w.WriteEndObject();
                    }
                }

                continue;
            }

            var children = frame.List.Items[frame.Item].Children;
            if (frame.Child < children.Count)
            {
                var child = children[frame.Child++];
                stack.Push(frame);
                if (frame.AtCap)
                {
                    stack.Push(new Frame(child, frame.Depth, flat: true));
                    continue;
                }

                w.WriteStartObject();
                WriteKind(w, child);
                w.WriteStartArray(Names.Items);
                stack.Push(new Frame(child, frame.Depth + 1, flat: false));
                continue;
            }

            // The item's nested lists are all written (at the cap, the item was closed before them).
            if (!frame.AtCap)
            {
                w.WriteEndArray();
                w.WriteEndObject();
            }

            frame.Item++;
            frame.Child = -1;
            stack.Push(frame);
        }
    }

    /// <summary>Writes the frame's next items up to one with nested lists, which is left open with its <c>lists</c>
    /// array started (at the cap, closed: its lists' items follow it), <see cref="Frame.Child"/> 0, and true; false
    /// when the list has no more items.</summary>
    private static bool Open(Utf8JsonWriter w, ref Frame frame)
    {
        for (; frame.Item < frame.List.Items.Count; frame.Item++)
        {
            var item = frame.List.Items[frame.Item];
            w.WriteStartObject();
            JsonText.Write(w, Names.Text, item.Text);
            if (frame.List.Ordered && item.Value is { } value)
            {
                w.WriteNumber(Names.Value, value);
            }

            JsonRenderer.WriteRuns(w, item.Inlines);
            if (item.Children.Count > 0)
            {
                if (frame.AtCap)
                {
                    w.WriteEndObject();
                }
                else
                {
                    w.WriteStartArray(Names.Lists);
                }

                frame.Child = 0;
                return true;
            }

            w.WriteEndObject();
        }

        return false;
    }
}
