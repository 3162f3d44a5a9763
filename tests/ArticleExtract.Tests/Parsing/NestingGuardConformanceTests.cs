using System.Text;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ArticleExtract.Parsing;
using Xunit.Abstractions;

namespace ArticleExtract.Tests.Parsing;

/// <summary>
/// The nesting guard is transparent: over every <c>#document</c> of html5lib-tests' tree-construction suite (in
/// <c>../shared/html5lib-tests/tree-construction</c>), with scripting on and off and at several depth caps, the
/// guard changes nothing but the text of scripts, style sheets and comments and SVG shapes' geometry on a document whose tree is not nested past the cap
/// (so AngleSharp builds the same tree from the guarded markup as from the original, those texts aside), keeps the tree of a document nested past it within the cap, and
/// counts the elements the parser creates within a documented tolerance.
/// </summary>
public sealed class NestingGuardConformanceTests(ITestOutputHelper output)
{
    // Caps small enough that the suite's documents reach them (the production default is 256; the smallest option
    // value is 16).
    private static readonly int[] Caps = [3, 6, 12, 16, 256];

    /// <summary>
    /// The guard counts start tags and the formatting elements the parser re-opens; the parser also creates
    /// <c>html</c>, <c>head</c>, <c>body</c>, <c>tbody</c> and <c>colgroup</c> without tags, merges repeated
    /// <c>html</c>/<c>body</c> tags, ignores misplaced ones and re-creates formatting elements in the adoption agency,
    /// which the guard does not model. The two counts differ by at most this many elements plus this share.
    /// </summary>
    internal const int ElementCountSlack = 6;
    internal const double ElementCountShare = 0.25;

    // Documents whose final tree is within the cap while the parser's stack was deeper during parsing: the adoption
    // agency or foster parenting moved elements up after the fact. The guard caps the stack as the parser builds it
    // and cannot know that a later end tag will flatten it, so it drops a tag there, as it must to keep its bound.
    private static readonly Dictionary<string, string> DeeperWhileParsing = new(StringComparer.Ordinal)
    {
        ["adoption01.dat #15"] = "<div><a><b><u><i><code><div> is 7 deep before </a> flattens it to 6",
        ["tests19.dat #94"] = "<table><i>a<b>b<div> is 4 deep (foster-parented) before </i> flattens it to 3",
    };

    private sealed record Case(string File, int Index, string Data, bool? Scripting);

    private static List<Case> Cases(string directory)
    {
        var cases = new List<Case>();
        foreach (var path in Directory.EnumerateFiles(directory, "*.dat", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var file = Path.GetRelativePath(directory, path).Replace('\\', '/');
            var text = File.ReadAllText(path, Encoding.UTF8).Replace("\r\n", "\n", StringComparison.Ordinal);
            var index = 0;
            foreach (var chunk in ("\n" + text).Split("\n#data\n").Skip(1))
            {
                var errors = chunk.IndexOf("\n#errors", StringComparison.Ordinal);
                var data = errors < 0 ? chunk : chunk[..errors];
                var fields = errors < 0 ? "" : chunk[errors..];
                index++;
                if (fields.Contains("\n#document-fragment", StringComparison.Ordinal))
                {
                    continue;
                }

                bool? scripting = fields.Contains("\n#script-on", StringComparison.Ordinal) ? true
                    : fields.Contains("\n#script-off", StringComparison.Ordinal) ? false : null;
                cases.Add(new Case(file, index, data, scripting));
            }
        }

        return cases;
    }

    internal static IDocument Parse(string html, bool scripting) =>
        new HtmlParser(new HtmlParserOptions { IsScripting = scripting }, BrowsingContext.New(Configuration.Default)).ParseDocument(html);

    private static IDocument Parse(GuardedMarkup markup, bool scripting)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = scripting }, BrowsingContext.New(Configuration.Default));
        return DocumentParser.Parse(parser, markup.Markup);
    }

    /// <summary>The deepest chain of elements the guard counts, and the number of elements, in the parser's tree.</summary>
    internal static (int Depth, int Elements) Measure(IDocument document)
    {
        var deepest = 0;
        var elements = 0;
        var stack = new Stack<(INode Node, int Depth)>();
        stack.Push((document, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            if (node is IElement element)
            {
                elements++;
                var foreign = element.NamespaceUri is not null && element.NamespaceUri != "http://www.w3.org/1999/xhtml";
                depth += NestingGuard.CountsTowardDepth(element.LocalName, foreign) ? 1 : 0;
                deepest = Math.Max(deepest, depth);
            }

            // A template's content is a separate fragment, parsed from the same markup.
            if (node is AngleSharp.Html.Dom.IHtmlTemplateElement template)
            {
                stack.Push((template.Content, depth));
            }

            foreach (var child in node.ChildNodes)
            {
                stack.Push((child, depth));
            }
        }

        return (deepest, elements);
    }

    private static string Tree(IDocument document) =>
        (document.Doctype?.Name ?? "") + "|" + document.DocumentElement.OuterHtml;

    /// <summary>
    /// The tree with the text of HTML scripts, style sheets and comments left out, and SVG shapes' geometry emptied (a
    /// path's <c>d</c>, a polygon's or polyline's <c>points</c>): the guard may leave those out (the element, the comment
    /// and the attribute stay), so the two trees are compared without them. A script, a comment or a value the guard
    /// ended at the wrong place would still show: the rest of its text would become markup or attributes.
    /// </summary>
    internal static string TreeWithoutCode(IDocument document)
    {
        var stack = new Stack<INode>();
        stack.Push(document);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IElement { LocalName: "script" or "style", NamespaceUri: "http://www.w3.org/1999/xhtml" } code)
            {
                code.TextContent = "";
                continue;
            }

            if (node is IComment comment)
            {
                comment.Data = "";
                continue;
            }

            if (node is IElement { LocalName: "path" or "polygon" or "polyline", NamespaceUri: "http://www.w3.org/2000/svg" } shape)
            {
                var geometry = shape.LocalName == "path" ? "d" : "points";
                if (shape.HasAttribute(geometry))
                {
                    shape.SetAttribute(geometry, "");
                }
            }

            if (node is AngleSharp.Html.Dom.IHtmlTemplateElement template)
            {
                stack.Push(template.Content);
            }

            foreach (var child in node.ChildNodes)
            {
                stack.Push(child);
            }
        }

        return Tree(document);
    }

    [SkippableFact]
    public void The_guard_changes_no_tree_that_is_not_nested_past_the_cap()
    {
        var directory = Fixture.SharedDirectory() is { } shared ? Path.Combine(shared, "html5lib-tests", "tree-construction") : null;
        Skip.If(directory is null || !Directory.Exists(directory), "../shared/html5lib-tests/tree-construction is not present");

        var cases = Cases(directory!);
        int runs = 0, within = 0, past = 0, countChecks = 0, worstCountGap = 0, excluded = 0;
        var failures = new List<string>();
        foreach (var c in cases)
        {
            foreach (var scripting in new[] { false, true })
            {
                var original = Parse(c.Data, scripting);
                var (depth, elements) = Measure(original);
                var tree = TreeWithoutCode(original);
                foreach (var cap in Caps)
                {
                    runs++;
                    var guarded = NestingGuard.Apply(c.Data, cap);
                    var where = $"{c.File} #{c.Index} scripting {(scripting ? "on" : "off")} cap {cap}";
                    if (depth <= cap)
                    {
                        within++;
                        // Parsed as the extraction parses it: from the pooled buffer when the guard left something out.
                        using var pooled = NestingGuard.ApplyPooled(c.Data, cap, int.MaxValue);
                        var same = guarded.DroppedTags == 0 && pooled.Markup.Span.SequenceEqual(guarded.Html) && TreeWithoutCode(Parse(pooled, scripting)) == tree;
                        if (!same && DeeperWhileParsing.ContainsKey($"{c.File} #{c.Index}"))
                        {
                            excluded++;
                        }
                        else if (!same)
                        {
                            failures.Add($"{where}: depth {depth}, guard dropped {guarded.DroppedTags} tags: {Excerpt(c.Data)}");
                        }

                        if (cap == Caps[^1])
                        {
                            countChecks++;
                            var gap = Math.Abs(guarded.StartTags - elements);
                            worstCountGap = Math.Max(worstCountGap, gap);
                            if (gap > ElementCountSlack + (int)(elements * ElementCountShare))
                            {
                                failures.Add($"{where}: guard counted {guarded.StartTags} elements, parser made {elements}: {Excerpt(c.Data)}");
                            }
                        }
                    }
                    else
                    {
                        past++;
                        var (guardedDepth, _) = Measure(Parse(guarded.Html, scripting));
                        if (guardedDepth > cap)
                        {
                            failures.Add($"{where}: nested {guardedDepth} deep after the guard: {Excerpt(c.Data)}");
                        }
                    }
                }
            }
        }

        output.WriteLine($"tree-construction documents: {cases.Count} (fragments excluded); runs {runs} (2 scripting modes x {Caps.Length} caps): {within} not nested past the cap ({excluded} of them excluded: deeper while parsing), {past} nested past it; element counts compared {countChecks}, largest gap {worstCountGap}; failures {failures.Count}");
        foreach (var f in failures.Take(60))
        {
            output.WriteLine(f);
        }

        Assert.True(cases.Count >= 1400, $"only {cases.Count} documents were read");
        Assert.True(failures.Count == 0, $"{failures.Count} failures; first: {string.Join("\n", failures.Take(20))}");
    }

    private static string Excerpt(string data) =>
        data.Length <= 160 ? data.ReplaceLineEndings("⏎") : data[..160].ReplaceLineEndings("⏎") + "…";
}
