using System.Reflection;
using ArticleExtract;

// What a developer writes in their first five minutes with the package, plus the checks that make it a test.
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: PackageConsumer <page.html>");
    return 2;
}

var article = ArticleExtractor.Default.Extract(File.ReadAllBytes(args[0]), new Uri("https://worldnewsfast.example/"));

Console.WriteLine(article.Title);
foreach (var section in article.Sections)
{
    Console.WriteLine($"  {section.Heading ?? "(lead)"}: {section.Blocks.Count} block(s)");
}

var failures = new List<string>();
var headings = article.Sections.Count(s => s.Heading is not null);
if (string.IsNullOrWhiteSpace(article.Title))
{
    failures.Add("no title");
}

if (headings != 6)
{
    failures.Add($"{headings} section headings, expected 6");
}

if (article.ToMarkdown().Contains("Advertisement", StringComparison.OrdinalIgnoreCase))
{
    failures.Add("an advertisement label reached the Markdown");
}

// The package's assembly must carry nullable annotations, or a consumer's compiler cannot warn on a null Title.
var title = new NullabilityInfoContext().Create(typeof(Article).GetProperty(nameof(Article.Title))!);
if (title.ReadState != NullabilityState.Nullable)
{
    failures.Add($"Article.Title is {title.ReadState}, not Nullable: the nullable annotations are missing");
}

var version = typeof(ArticleExtractor).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
Console.WriteLine($"ArticleExtract {version}");

foreach (var failure in failures)
{
    Console.Error.WriteLine($"PackageConsumer: {failure}");
}

return failures.Count == 0 ? 0 : 1;
