using System.Text.Encodings.Web;

namespace ArticleExtract;

/// <summary>The JSON conventions of <see cref="Article.ToJson"/>, for callers who write article fields into JSON of their own.</summary>
public static class ArticleJson
{
    /// <summary>
    /// The encoder <see cref="Article.ToJson"/> writes strings with: letters, ideographs and emoji stay characters
    /// (UTF-8 text, not <c>\u</c> escapes); JSON's own escapes, control characters, <c>&lt;</c>, <c>&gt;</c>,
    /// <c>&amp;</c> (so the JSON can sit inside an HTML <c>script</c> element), U+2028 and U+2029 are escaped; a
    /// lone surrogate becomes U+FFFD. Set it as <c>JsonSerializerOptions.Encoder</c> so that an envelope around
    /// article JSON (a file name, an error, a WARC header) follows the same rules.
    /// </summary>
    public static JavaScriptEncoder Encoder => Rendering.JsonTextEncoder.Instance;
}
