using System.Text;

namespace Gazette.SiteGenerator;

/// <summary>
/// Writes one article body: a lead, then <c>##</c> sections of paragraphs until a word target between
/// <see cref="MinTarget"/> and <see cref="MaxTarget"/> is met, with one list and one blockquote always,
/// and a fenced code block (30 %) and a table (25 %) sometimes.
/// </summary>
internal sealed class ArticleBuilder
{
    /// <summary>Smallest word target; the body has at least this many words.</summary>
    public const int MinTarget = 640;

    /// <summary>
    /// Largest word target. Blocks are added until the target is reached, so a body can overshoot by one block
    /// (the longest paragraph is five long sentences, about 150 words); this cap keeps bodies under 1,200 words
    /// (the longest of 16,000 generated posts has 1,151).
    /// </summary>
    public const int MaxTarget = 1060;

    private readonly Random _random;
    private readonly SentenceBuilder _sentences;
    private readonly StringBuilder _body = new(8192);
    private int _words;

    /// <summary>Creates a builder that draws only on <paramref name="random"/>.</summary>
    public ArticleBuilder(Random random)
    {
        _random = random;
        _sentences = new SentenceBuilder(random);
    }

    /// <summary>The article's first sentence, plain text, set by <see cref="Build"/>; posts use it as their excerpt.</summary>
    public string FirstSentence { get; private set; } = "";

    /// <summary>Builds the Markdown body (LF line endings, ending in one newline).</summary>
    public string Build()
    {
        _body.Clear();
        _words = 0;
        FirstSentence = _sentences.Sentence();
        Add($"{FirstSentence} {_sentences.Sentence()}");

        int target = _random.Next(MinTarget, MaxTarget + 1);
        int listSection = _random.Next(0, 2);
        int quoteSection = _random.Next(1, 3);
        int codeSection = _random.Next(100) < 30 ? _random.Next(0, 3) : -1;
        int tableSection = _random.Next(100) < 25 ? _random.Next(0, 3) : -1;
        const int LastPlannedSection = 2;

        for (int section = 0; section <= LastPlannedSection || _words < target; section++)
        {
            Add("## " + _sentences.Pick(Lexicon.Headings));
            int paragraphs = _random.Next(1, 4);
            for (int p = 0; p < paragraphs && (p == 0 || _words < target); p++)
            {
                Add(_sentences.Paragraph(_random.Next(3, 6)));
            }

            if (section == listSection)
            {
                Add(List());
            }

            if (section == quoteSection)
            {
                Add("> " + _sentences.Quotation());
            }

            if (section == codeSection)
            {
                Add(_sentences.Paragraph(1));
                AddUncounted(DataBlocks.CodeBlock(_random));
            }

            if (section == tableSection)
            {
                Add(_sentences.Paragraph(1));
                AddUncounted(DataBlocks.Table(_random));
            }
        }

        return _body.ToString();
    }

    private string List()
    {
        bool numbered = _random.Next(3) == 0;
        int items = _random.Next(3, 6);
        var list = new StringBuilder();
        for (int i = 0; i < items; i++)
        {
            list.Append(numbered ? $"{i + 1}. " : "- ").Append(_sentences.ListItem()).Append('\n');
        }

        return list.ToString().TrimEnd('\n');
    }

    private void Add(string block)
    {
        _words += WordCount.Of(block);
        AddUncounted(block);
    }

    private void AddUncounted(string block)
    {
        if (_body.Length > 0)
        {
            _body.Append('\n');
        }

        _body.Append(block).Append('\n');
    }
}
