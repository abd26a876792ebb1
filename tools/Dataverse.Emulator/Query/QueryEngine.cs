using System;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.Emulator.Query
{
    /// <summary>
    /// The emulator's RetrieveMultiple: runs a QueryExpression, QueryByAttribute or FetchExpression against an
    /// <see cref="IQueryDataSource"/>. All three are translated into one model and run by one engine.
    /// </summary>
    public static class QueryEngine
    {
        public static QueryResult Execute(QueryBase query, IQueryDataSource source, QueryEnvironment env)
        {
            if (query == null)
            {
                throw new ArgumentNullException(nameof(query));
            }

            if (source == null)
            {
                throw new ArgumentNullException(nameof(source));
            }

            if (env == null)
            {
                throw new ArgumentNullException(nameof(env));
            }

            var model = query switch
            {
                QueryExpression expression => QueryExpressionTranslator.Translate(expression),
                QueryByAttribute byAttribute => QueryExpressionTranslator.Translate(byAttribute),
                FetchExpression fetch => FetchXmlParser.Parse(fetch.Query),
                _ => throw new NotSupportedException($"Query type {query.GetType().FullName} is not supported."),
            };
            var bound = QueryBinder.Bind(model, source.Metadata, env);
            return new QueryExecutor(bound, source, env).Run();
        }

        /// <summary>Parses and checks FetchXML against metadata without running it (a malformed query faults as it would on Execute).</summary>
        public static void ValidateFetchXml(string fetchXml, IQueryDataSource source, QueryEnvironment env) =>
            QueryBinder.Bind(FetchXmlParser.Parse(fetchXml), source.Metadata, env);
    }
}
