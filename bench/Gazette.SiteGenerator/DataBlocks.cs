using System.Globalization;
using System.Text;

namespace Gazette.SiteGenerator;

/// <summary>The non-prose Markdown blocks some articles carry: a fenced code block or a pipe table.</summary>
internal static class DataBlocks
{
    /// <summary>A fenced code block in one of three languages, with random values.</summary>
    public static string CodeBlock(Random random)
    {
        string region = Lexicon.Regions[random.Next(Lexicon.Regions.Count)].ToLowerInvariant();
        int value = random.Next(10, 5000);
        double rate = Math.Round(random.NextDouble() * 10, 2);
        FormattableString code = random.Next(3) switch
        {
            0 => $$"""
                ```json
                {
                  "region": "{{region}}",
                  "households": {{value}},
                  "growth_rate": {{rate}},
                  "verified": {{(value % 2 == 0 ? "true" : "false")}}
                }
                ```
                """,
            1 => $$"""
                ```python
                def projected_cost(households, rate={{rate}}):
                    # Figures from the {{region}} region
                    return households * (1 + rate / 100)

                print(projected_cost({{value}}))
                ```
                """,
            _ => $$"""
                ```bash
                curl -s "https://data.example.org/api/regions/{{region}}?limit={{value}}" \
                  | jq '.items[] | {name, population}'
                ```
                """,
        };
        return code.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A pipe table comparing two years across three to five regions.</summary>
    public static string Table(Random random)
    {
        var table = new StringBuilder();
        table.Append("| Region | Last year | This year | Change |\n");
        table.Append("|--------|----------:|----------:|-------:|\n");
        int rows = random.Next(3, 6);
        int first = random.Next(Lexicon.Regions.Count);
        for (int i = 0; i < rows; i++)
        {
            string region = Lexicon.Regions[(first + i) % Lexicon.Regions.Count];
            double before = Math.Round(10 + random.NextDouble() * 90, 1);
            double after = Math.Round(before * (0.8 + random.NextDouble() * 0.4), 1);
            double change = Math.Round((after - before) / before * 100, 1);
            table.Append(CultureInfo.InvariantCulture, $"| {region} | {before:0.0} | {after:0.0} | {change:+0.0;-0.0;0.0}% |\n");
        }

        return table.ToString().TrimEnd('\n');
    }
}
