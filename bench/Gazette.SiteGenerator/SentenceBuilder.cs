using System.Globalization;
using static Gazette.SiteGenerator.Lexicon;

namespace Gazette.SiteGenerator;

/// <summary>Builds headlines, sentences and inline Markdown from the <see cref="Lexicon"/>, drawing only on one seeded <see cref="Random"/>.</summary>
internal sealed class SentenceBuilder
{
    private readonly Random _random;

    /// <summary>Creates a builder over a seeded random source.</summary>
    public SentenceBuilder(Random random) => _random = random;

    /// <summary>A random element of <paramref name="items"/>.</summary>
    public string Pick(IReadOnlyList<string> items) => items[_random.Next(items.Count)];

    /// <summary>A headline, plain text.</summary>
    public string Headline() => _random.Next(4) switch
    {
        0 => $"Latest: {Pick(Subjects)} {Pick(Verbs)} {Pick(Objects)}",
        1 => $"{Capitalise(Pick(Places))}: {LowerFirst(Pick(Subjects))} {Pick(Verbs)} {Pick(Objects)}",
        2 => $"{Pick(Subjects)} {Pick(Verbs)} {Pick(Objects)} {Pick(Adverbials)}",
        _ => $"{Pick(Subjects)} {Pick(Verbs)} {Pick(Objects)}",
    };

    /// <summary>A plain sentence without Markdown.</summary>
    public string Sentence() => _random.Next(7) switch
    {
        0 => $"{Pick(Subjects)} {Pick(Verbs)} {Pick(Objects)} {Pick(Adverbials)}.",
        1 => $"In {Pick(Places)}, {LowerFirst(Pick(Subjects))} {Pick(Verbs)} {Pick(Objects)}, {Pick(Attributions)}.",
        2 => $"{Pick(Subjects)} {Pick(Verbs)} {Pick(Objects)}, {Pick(Consequences)}.",
        3 => Invariant($"The figure rose by {_random.Next(2, 40)} per cent {Pick(Adverbials)}, {Pick(Attributions)}."),
        4 => $"{Pick(Subjects)} {Pick(Verbs)} {Pick(Objects)} in {Pick(Places)} {Pick(Adverbials)}, {Pick(Consequences)}.",
        5 => Invariant($"About {_random.Next(2, 90) * 1000:N0} people in {Pick(Places)} could be affected, {Pick(Attributions)}."),
        _ => $"\"{Pick(Quotes)},\" said {Person()}.",
    };

    /// <summary>A sentence that may carry a link, emphasis or strong emphasis.</summary>
    public string RichSentence() => _random.Next(8) switch
    {
        0 => $"{Pick(Subjects)} {Pick(Verbs)} {Pick(Objects)}, as set out in [{Pick(LinkTexts)}]({Url()}).",
        1 => $"{Pick(Subjects)} {Pick(Verbs)} *{Pick(Objects)}* {Pick(Adverbials)}.",
        2 => $"**{Pick(Subjects)} {Pick(Verbs)} {Pick(Objects)}**, {Pick(Consequences)}.",
        3 => $"More detail is available in [{Pick(LinkTexts)}]({Url()}), which {LowerFirst(Pick(Subjects))} cited {Pick(Adverbials)}.",
        _ => Sentence(),
    };

    /// <summary>A paragraph of <paramref name="count"/> sentences, some of them rich.</summary>
    public string Paragraph(int count)
    {
        var sentences = new string[count];
        for (int i = 0; i < count; i++)
        {
            sentences[i] = _random.Next(3) == 0 ? RichSentence() : Sentence();
        }

        return string.Join(' ', sentences);
    }

    /// <summary>A bullet or numbered list item's text.</summary>
    public string ListItem() => _random.Next(3) switch
    {
        0 => $"{Capitalise(Pick(Objects))}, {Pick(Adverbials)}",
        1 => $"*{Capitalise(Pick(Places))}*: {LowerFirst(Pick(Subjects))} {Pick(Verbs)} {Pick(Objects)}",
        _ => $"{Pick(Subjects)} {Pick(Verbs)} {Pick(Objects)}",
    };

    /// <summary>A quotation with its speaker, plain text.</summary>
    public string Quotation() => $"\"{Pick(Quotes)}. {Pick(Quotes)},\" said {Person()}.";

    /// <summary>A named person with a role.</summary>
    public string Person() => $"{Pick(FirstNames)} {Pick(LastNames)}, {Pick(Roles)}";

    private string Url() => Invariant($"https://example.org/{Pick(Headings).Split(' ')[^1].ToLowerInvariant()}/{_random.Next(1000, 99999)}");

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    // No subject in the lexicon starts with a proper noun, so lower-casing the first letter is always right mid-sentence.
    private static string LowerFirst(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
