using ArticleExtract.WebApi;

await ExtractApi.Build(args).RunAsync().ConfigureAwait(false);
