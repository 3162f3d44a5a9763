using System.Reflection;
using System.Runtime.CompilerServices;
using ArticleExtract.Decision;

namespace ArticleExtract.Tests.Robustness;

/// <summary>
/// The library holds no process-wide state that can change: one extractor is shared by many threads, and one caller's
/// settings must never reach another's extractions. Every static field is a constant, read-only, or
/// <see cref="ThreadStaticAttribute"/> (one per thread). The learned decision's constants, model and oracle, which the
/// training tool varies, are an extractor's internal option, not static fields.
/// </summary>
public sealed class StaticStateTests
{
    [Fact]
    public void Every_static_field_of_the_library_is_read_only_or_per_thread()
    {
        const BindingFlags statics = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        var mutable = new List<string>();
        foreach (var type in typeof(ArticleExtractor).Assembly.GetTypes())
        {
            foreach (var field in type.GetFields(statics))
            {
                if (field.IsLiteral || field.IsInitOnly || field.IsDefined(typeof(ThreadStaticAttribute)) || IsLambdaCache(type, field))
                {
                    continue;
                }

                mutable.Add($"{type.FullName}.{field.Name}");
            }
        }

        Assert.True(mutable.Count == 0, "static and mutable: " + string.Join(", ", mutable));
    }

    [Fact]
    public void Decision_settings_belong_to_one_extractor()
    {
        // Switched off for one extractor, the decision stays on for every other.
        var page = TestPages.Article();
        var off = ArticleExtractorOptions.Default with { Decision = DecisionSettings.Default with { Tuning = BlockDecision.Defaults with { Enabled = false } } };

        _ = new ArticleExtractor(off).Extract(page);

        Assert.True(ArticleExtractorOptions.Default.Decision.Tuning.Enabled);
        Assert.Equal(BlockDecision.Defaults, new ArticleExtractorOptions().Decision.Tuning);
        Assert.Same(DecisionSettings.Default, ArticleExtractor.Default.Options.Decision);
    }

    /// <summary>The compiler's cache of a delegate for a non-capturing lambda (<c>&lt;&gt;c.&lt;&gt;9__0_0</c>) or a static method
    /// group (<c>&lt;&gt;O.&lt;0&gt;__Name</c>): written once with an equal delegate whichever thread gets there first.</summary>
    private static bool IsLambdaCache(Type type, FieldInfo field) =>
        type.IsDefined(typeof(CompilerGeneratedAttribute))
        && ((type.Name == "<>c" && field.Name.StartsWith("<>9__", StringComparison.Ordinal)) || type.Name == "<>O");
}
