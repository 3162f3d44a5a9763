using AngleSharp.Dom;
using ArticleExtract.Analysis;
using ArticleExtract.Cleaning;
using ArticleExtract.Dom;

namespace ArticleExtract.Structure;

/// <summary>
/// Tells data tables from layout tables and reads data tables into a <see cref="TableBlock"/>. Works on the
/// index's ordinal range of the table, so no walk is needed.
/// </summary>
internal static class TableReader
{
    /// <summary>
    /// A table is data when it says so (a caption, header cells, <c>thead</c>), or when it is a grid of short
    /// cells with no nested table and no paragraphs inside cells. Layout tables are read as containers.
    /// </summary>
    public static bool IsDataTable(DocumentIndex index, int table)
    {
        var role = index.Elements[table].GetAttribute("role");
        if (role is "presentation" or "none")
        {
            return false;
        }

        var rows = 0;
        var maxCols = 0;
        var cols = 0;
        var headerSignals = 0;
        var blockyCells = 0;
        for (var d = table + 1; d < index.SubtreeEnd[table]; d++)
        {
            switch (index.Elements[d].LocalName)
            {
                case "table":
                    return false;
                case "tr":
                    rows++;
                    cols = 0;
                    break;
                case "td" or "th":
                    cols++;
                    maxCols = Math.Max(maxCols, cols);
                    if (index.Elements[d].LocalName == "th")
                    {
                        headerSignals++;
                    }

                    if (index.Chars[d] > 400)
                    {
                        blockyCells++;
                    }

                    break;
                case "caption" or "thead":
                    headerSignals++;
                    break;
                case "p" or "div" or "ul" or "ol" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "blockquote" or "article" or "section":
                    if (index.Chars[d] > 200)
                    {
                        blockyCells++;
                    }

                    break;
            }
        }

        if (rows == 0 || maxCols == 0 || (rows == 1 && maxCols == 1) || blockyCells > 0)
        {
            return false;
        }

        return headerSignals > 0 || (rows >= 2 && maxCols >= 2);
    }

    /// <summary>Reads the table: cells and caption keep their links and formatting (a struck old price reads as struck).</summary>
    public static TableBlock Read(DocumentIndex index, int table, UrlResolver urls)
    {
        var rows = new List<IReadOnlyList<TableCell>>();
        List<TableCell>? row = null;
        var headerRows = 0;
        var countingHeader = true;
        string? caption = null;
        List<Inline>? captionRuns = null;
        var spans = new RowSpans(index, table);
        for (var d = table + 1; d < index.SubtreeEnd[table]; d++)
        {
            if (index.InNoise[d])
            {
                d = index.SubtreeEnd[d] - 1;
                continue;
            }

            var element = index.Elements[d];
            switch (element.LocalName)
            {
                case "caption":
                    caption = TextGatherer.Runs(index, d, urls, out captionRuns);
                    d = index.SubtreeEnd[d] - 1;
                    break;
                case "tr":
                    Close(rows, ref row, ref headerRows, ref countingHeader);
                    spans.NextRow();
                    row = [];
                    break;
                case "td" or "th":
                    row ??= [];
                    var span = ParseSpan(element.GetAttribute("colspan"));
                    var isHeader = element.LocalName == "th" || element.ParentElement?.ParentElement?.LocalName == "thead";
                    spans.FillBefore(row);
                    var text = TextGatherer.Runs(index, d, urls, out var runs);
                    row.Add(runs is null ? new TableCell(text, isHeader, span) : new TableCell(text, isHeader, span) { Inlines = runs });
                    spans.Add(ParseSpan(element.GetAttribute("rowspan")), isHeader, span);
                    d = index.SubtreeEnd[d] - 1;
                    break;
            }
        }

        Close(rows, ref row, ref headerRows, ref countingHeader);
        var block = new TableBlock(rows, headerRows, string.IsNullOrEmpty(caption) ? null : caption);
        return captionRuns is null || block.Caption is null ? block : block with { CaptionInlines = captionRuns };
    }

    private static void Close(List<IReadOnlyList<TableCell>> rows, ref List<TableCell>? row, ref int headerRows, ref bool countingHeader)
    {
        if (row is null || row.Count == 0)
        {
            row = null;
            return;
        }

        var allHeader = true;
        var anyText = false;
        foreach (var cell in row)
        {
            allHeader &= cell.IsHeader;
            anyText |= cell.Text.Length > 0;
        }

        if (anyText)
        {
            rows.Add(row);
            if (countingHeader && allHeader)
            {
                headerRows++;
            }
            else
            {
                countingHeader = false;
            }
        }

        row = null;
    }

    /// <summary>
    /// The cells of rows above that reach down into the row being read (<c>rowspan</c>). The model has no row spans, so
    /// each row a cell reaches down into gets an empty cell in its place: the cells after it stay in their columns
    /// ("65 Nm" under "Torque", not under the row header of the row above). The work is bounded by the table's size: a
    /// table whose spans would cost more than <see cref="Thresholds.RowSpanWorkPerCell"/> steps a cell is read as
    /// before, without the empty cells.
    /// </summary>
    private sealed class RowSpans(DocumentIndex index, int table)
    {
        private readonly List<Span> _carried = [];
        private readonly List<Span> _added = [];
        private int _budget;
        private bool _tracking;
        private bool _exhausted;
        private int _next;
        private int _column;

        /// <summary>Starts a row: the spans that reach into it, left to right.</summary>
        public void NextRow()
        {
            foreach (var span in _added)
            {
                _carried.Add(span);
            }

            _added.Clear();
            _carried.RemoveAll(static span => span.RowsLeft == 0);
            _budget -= _carried.Count;
            if (_budget < 0)
            {
                _exhausted = true;
                _carried.Clear();
            }

            _carried.Sort(static (a, b) => a.Column.CompareTo(b.Column));
            foreach (var span in _carried)
            {
                span.RowsLeft--;
            }

            _next = 0;
            _column = 0;
        }

        /// <summary>Puts an empty cell for each span that holds the row's next column.</summary>
        public void FillBefore(List<TableCell> row)
        {
            while (_next < _carried.Count && _carried[_next].Column <= _column)
            {
                var span = _carried[_next++];
                if (span.Column == _column)
                {
                    row.Add(new TableCell(string.Empty, span.IsHeader, span.ColumnSpan));
                    _column += span.ColumnSpan;
                }
            }
        }

        /// <summary>Records the cell just read: it takes <paramref name="columns"/> columns, and rows below when it spans them.</summary>
        public void Add(int rows, bool isHeader, int columns)
        {
            if (rows > 1 && !_exhausted)
            {
                if (!_tracking)
                {
                    _tracking = true;
                    _budget = Thresholds.RowSpanWorkPerCell * CountCells();
                }

                _added.Add(new Span { Column = _column, RowsLeft = rows - 1, IsHeader = isHeader, ColumnSpan = columns });
            }

            _column += columns;
        }

        private int CountCells()
        {
            var cells = 0;
            for (var d = table + 1; d < index.SubtreeEnd[table]; d++)
            {
                cells += index.Elements[d].LocalName is "td" or "th" ? 1 : 0;
            }

            return cells;
        }

        private sealed class Span
        {
            public int Column { get; init; }

            public int RowsLeft { get; set; }

            public bool IsHeader { get; init; }

            public int ColumnSpan { get; init; }
        }
    }

    /// <summary>
    /// A colspan as browsers read it (HTML's rules for parsing non-negative integers): leading ASCII whitespace, an
    /// optional '+', then the digits up to the first other character ("2px" and "3.5" span 2 and 3, "  3abc" 3);
    /// no digits, 0 or a negative number span 1, and more than 1000 spans 1000. A rowspan is read the same way (its 0,
    /// "to the end of the row group", spans 1 here).
    /// </summary>
    private static int ParseSpan(string? value)
    {
        if (value is null)
        {
            return 1;
        }

        var i = 0;
        while (i < value.Length && value[i] is ' ' or '\t' or '\n' or '\f' or '\r')
        {
            i++;
        }

        if (i < value.Length && value[i] == '+')
        {
            i++;
        }

        var n = 0;
        var digits = false;
        for (; i < value.Length && char.IsAsciiDigit(value[i]); i++)
        {
            digits = true;
            n = Math.Min(1000, (n * 10) + (value[i] - '0'));
        }

        return digits ? Math.Max(1, n) : 1;
    }
}
