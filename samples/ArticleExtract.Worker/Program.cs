using ArticleExtract.Worker;
using Microsoft.Extensions.Hosting;

var builder = Host.CreateApplicationBuilder(args);
builder.Services.AddExtractionWorker(builder.Configuration);
await builder.Build().RunAsync().ConfigureAwait(false);
