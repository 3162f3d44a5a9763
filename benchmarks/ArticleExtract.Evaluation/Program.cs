using ArticleExtract.Evaluation;

return await EvaluationCli.RunAsync(args, Console.Out, Console.Error).ConfigureAwait(false);
