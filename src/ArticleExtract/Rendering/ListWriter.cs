using System.Text.Json;

namespace ArticleExtract.Rendering;

/// <summary>
/// A list block's <c>items</c>, each <c>{ text, links, inlines, lists }</c> with its nested lists as
/// <c>{ ordered, items }</c>: written with an explicit stack, not recursion, since lists nest as deep as the nesting
/// cap allows.
/// </summary>
internal static class ListWriter
{
    /// <summary>Where the writing is in one list: the item being written and, once its nested lists are open
    /// (<see cref="Child"/> ≥ 0), the next of them.</summary>
    private struct Frame(ListBlock list)
    {
        public readonly ListBlock List = list;
        public int Item;
        public int Child = -1;
    }

    public static void WriteItems(Utf8JsonWriter w, ListBlock root)
    {
        var stack = new Stack<Frame>();
        w.WriteStartArray(Names.Items);
        stack.Push(new Frame(root));
        while (stack.Count > 0)
        {
            var frame = stack.Pop();
            if (frame.Child < 0 && !Open(w, ref frame))
            {
                // The list is done: its items array closes, and a nested list's object with it.
                w.WriteEndArray();
                if (stack.Count > 0)
                {
                    w.WriteEndObject();
                }

                continue;
            }

            var children = frame.List.Items[frame.Item].Children;
            if (frame.Child < children.Count)
            {
                var child = children[frame.Child++];
                stack.Push(frame);
                w.WriteStartObject();
                w.WriteBoolean(Names.Ordered, child.Ordered);
                w.WriteStartArray(Names.Items);
                stack.Push(new Frame(child));
                continue;
            }

            // The item's nested lists are all written.
            w.WriteEndArray();
            w.WriteEndObject();
            frame.Item++;
            frame.Child = -1;
            stack.Push(frame);
        }
    }

    /// <summary>Writes the frame's next items up to one with nested lists, which is left open with its <c>lists</c>
    /// array started (<see cref="Frame.Child"/> 0, true); false when the list has no more items.</summary>
    private static bool Open(Utf8JsonWriter w, ref Frame frame)
    {
        for (; frame.Item < frame.List.Items.Count; frame.Item++)
        {
            var item = frame.List.Items[frame.Item];
            w.WriteStartObject();
            JsonText.Write(w, Names.Text, item.Text);
            JsonRenderer.WriteRuns(w, item.Inlines);
            if (item.Children.Count > 0)
            {
                w.WriteStartArray(Names.Lists);
                frame.Child = 0;
                return true;
            }

            w.WriteEndObject();
        }

        return false;
    }
}
