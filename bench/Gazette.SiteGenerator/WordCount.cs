namespace Gazette.SiteGenerator;

/// <summary>Counts the words of a Markdown block the way the article length target is measured.</summary>
internal static class WordCount
{
    /// <summary>The number of whitespace-separated tokens that contain a letter or a digit (so <c>##</c>, <c>-</c> and <c>&gt;</c> do not count).</summary>
    public static int Of(string text)
    {
        int count = 0;
        bool inToken = false;
        bool tokenHasWord = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (inToken && tokenHasWord)
                {
                    count++;
                }

                inToken = false;
                tokenHasWord = false;
                continue;
            }

            inToken = true;
            tokenHasWord |= char.IsLetterOrDigit(c);
        }

        return inToken && tokenHasWord ? count + 1 : count;
    }
}
