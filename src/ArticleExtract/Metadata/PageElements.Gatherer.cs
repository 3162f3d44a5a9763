using AngleSharp.Dom;
using AngleSharp.Text;

namespace ArticleExtract.Metadata;

internal sealed partial class PageElements
{
    /// <summary>
    /// Gathers what <see cref="Collect"/> gathers while the parser builds the tree: AngleSharp hands every element it
    /// creates from a tag to <see cref="OnCreated"/> (<c>HtmlParserOptions.OnCreated</c>), when the element is still in
    /// cache, and a walk of the finished tree (about a sixth of the metadata stage) is spared.
    /// <para>Creation order is document order for every element the lists hold, but for what the tree builder does
    /// after an element is created, each handled here:</para>
    /// <list type="bullet">
    /// <item>the attributes are set just after the callback: an element's <c>itemtype</c> and <c>href</c> are read at the
    /// next element's callback, or at <see cref="Finish"/> for the last one (<see cref="Settle"/>);</item>
    /// <item>foster parenting puts content found inside a table before the table, ahead of elements created earlier
    /// inside it: each table's place among its parent's children is noted when it is inserted, and a table that has
    /// anything put before it afterwards (or has moved) makes the gathered lists unsure;</item>
    /// <item>a template's content leaves the tree when the template closes (into its fragment or a shadow root): on a
    /// page with templates, elements not in the tree are dropped;</item>
    /// <item>elements the builder makes without a tag (implied ones, and the clones of formatting elements that the
    /// adoption agency and the reconstruction of formatting make) are not handed over: none has the names gathered,
    /// but a clone keeps its original's <c>itemtype</c>, so a formatting element with one makes the lists unsure, as
    /// does a repeated <c>&lt;html&gt;</c> or <c>&lt;body&gt;</c> tag that gives its element an <c>itemtype</c>
    /// afterwards, and a frameset (which may drop the body).</item>
    /// </list>
    /// When unsure, <see cref="Finish"/> answers null and the caller walks the tree with <see cref="Collect"/>.
    /// One gatherer serves one parser, on one thread (the parsers are per thread).
    /// </summary>
    internal sealed class Gatherer
    {
        private PageElements? _page;

        /// <summary>The element created last: its attributes are set after its callback, so they are read at the next.</summary>
        private Element? _last;

        /// <summary>Each table, its parent and its index there when it was inserted (at the next element's callback).</summary>
        private readonly List<(Element Table, INode Parent, int Index)> _tables = [];

        private bool _templates;
        private bool _unsure;

        public Gatherer()
        {
            OnCreated = Created;
        }

        /// <summary>The callback for <c>HtmlParserOptions.OnCreated</c>: one delegate per gatherer, not one per parse.</summary>
        public Action<IElement, TextPosition> OnCreated { get; }

        /// <summary>Starts a parse's lists.</summary>
        public void Begin()
        {
            _page = new PageElements();
            _last = null;
            _tables.Clear();
            _templates = false;
            _unsure = false;
        }

        /// <summary>
        /// The lists of the parse that made <paramref name="document"/>, equal to what <see cref="Collect"/> gathers from
        /// it, or null when the parser may have moved or dropped one of their elements.
        /// </summary>
        public PageElements? Finish(IDocument document)
        {
            var page = _page;
            _page = null;
            if (page is null)
            {
                return null;
            }

            if (_last is not null)
            {
                Settle(page, _last);
                _last = null;
            }

            page._root = document;
            return _unsure || TablesMoved() || MergedItemType(page, document) || (_templates && !DropDetached(page, document)) ? null : page;
        }

        private void Created(IElement element, TextPosition position)
        {
            if (_page is not { } page)
            {
                return;
            }

            if (_last is not null)
            {
                Settle(page, _last);
            }

            // Every element AngleSharp builds derives from its Element class (DomWalker relies on it too).
            var e = (Element)element;
            _last = e;
            var name = e.LocalName;
            if (page.ListFor(name) is { } list)
            {
                list.Add(e);
            }
            else if (name == "template")
            {
                _templates = true;
            }
            else if (name == "frameset")
            {
                _unsure = true;
            }
        }

        /// <summary>What is read of <paramref name="e"/> once the parser has set its attributes and inserted it.</summary>
        private void Settle(PageElements page, Element e)
        {
            var name = e.LocalName;
            if (PageElements.HasItemType(e))
            {
                page.ItemTyped.Add(e);

                // A formatting element's clones (adoption agency, reconstruction) keep the itemtype but are not handed over.
                _unsure |= IsFormatting(name);
            }

            if (page.Base is null && name == "base" && e.HasAttribute("href"))
            {
                page.Base = e;
            }

            if (name == "table")
            {
                NotePlace(e);
            }
        }

        /// <summary>Notes where a table was inserted: found from the end of its parent's children, where it went.</summary>
        private void NotePlace(Element table)
        {
            if (((INode)table).Parent is not { } parent)
            {
                _unsure = true;
                return;
            }

            var children = parent.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                if (ReferenceEquals(children[i], table))
                {
                    _tables.Add((table, parent, i));
                    return;
                }
            }

            _unsure = true;
        }

        /// <summary>Whether a table has had anything put before it (foster parenting) or has moved since it was inserted.</summary>
        private bool TablesMoved()
        {
            foreach (var (table, parent, index) in _tables)
            {
                var children = parent.ChildNodes;
                if (!ReferenceEquals(((INode)table).Parent, parent) || index >= children.Length || !ReferenceEquals(children[index], table))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether the root or the body has an <c>itemtype</c> a repeated tag merged into it after it was created.</summary>
        private static bool MergedItemType(PageElements page, IDocument document)
        {
            var typed = page.ItemTyped;
            if (document.DocumentElement is { } html && PageElements.HasItemType(html) && (typed.Count == 0 || !ReferenceEquals(typed[0], html)))
            {
                return true;
            }

            return document.Body is { } body && PageElements.HasItemType(body) && !typed.Contains(body);
        }

        /// <summary>
        /// Drops from the lists the elements a closed template took out of the tree; false when the base element is one
        /// of them (the next one would be wanted, and is not known).
        /// </summary>
        private static bool DropDetached(PageElements page, IDocument document)
        {
            if (page.Base is { } found && !InTree(found, document))
            {
                return false;
            }

            foreach (var list in (ReadOnlySpan<List<IElement>>)[page.Metas, page.Links, page.Scripts, page.H1s, page.Subheadings, page.Mains, page.Articles, page.ItemTyped])
            {
                var kept = 0;
                for (var i = 0; i < list.Count; i++)
                {
                    if (InTree(list[i], document))
                    {
                        list[kept++] = list[i];
                    }
                }

                list.RemoveRange(kept, list.Count - kept);
            }

            return true;
        }

        /// <summary>Whether <paramref name="element"/>'s ancestors lead up to <paramref name="document"/>.</summary>
        private static bool InTree(IElement element, IDocument document)
        {
            INode node = element;
            while (node.Parent is { } parent)
            {
                node = parent;
            }

            return ReferenceEquals(node, document);
        }

        /// <summary>The formatting elements of the HTML standard, the ones the tree builder clones.</summary>
        private static bool IsFormatting(string name) =>
            name is "a" or "b" or "big" or "code" or "em" or "font" or "i" or "nobr" or "s" or "small" or "strike" or "strong" or "tt" or "u";
    }
}
