using System.Text;
using Markdig.Syntax.Inlines;

namespace Gazette.Markdown.Kramdown;

internal sealed partial class KramdownHtmlRenderer
{
    private readonly StringBuilder _textRun = new();

    // kramdown: escaped characters, stray tags and soft line breaks are added to the text element
    // before them (parser.rb add_text), so one :text element can span several Markdig literals.
    // Abbreviations are found in that whole text (parser/kramdown/abbreviation.rb
    // replace_abbreviations runs over every :text element after parsing).
    /// <summary>Writes <paramref name="first"/> and the literals right after it as one text; returns the last one written.</summary>
    private Inline WriteTextRun(LiteralInline first)
    {
        _textRun.Clear();
        Inline last = first;
        for (Inline? inline = first; inline is LiteralInline literal; inline = inline.NextSibling)
        {
            _textRun.Append(literal.Content.AsSpan());
            last = literal;
        }
        WriteText(_textRun.ToString());
        return last;
    }

    /// <summary>Writes kramdown :text, with its abbreviations as <c>&lt;abbr&gt;</c> elements.</summary>
    private void WriteText(string text)
    {
        if (_data.Abbreviations.IsEmpty)
        {
            KramdownEscaping.AppendText(_out, text);
            return;
        }
        _data.Abbreviations.Split(text, t => KramdownEscaping.AppendText(_out, t), WriteAbbreviation);
    }

    // kramdown: converter/html.rb convert_abbreviation: the definition's IAL attributes, then the
    // title unless it is empty.
    private void WriteAbbreviation(string text)
    {
        _data.Abbreviations.TryGet(text, out var title, out var definition);
        var attributes = definition is null ? [] : CopyAttributes(definition);
        if (title.Length > 0)
        {
            SetAttribute(attributes, "title", title);
        }
        _out.Append("<abbr");
        KramdownAttributes.Write(_out, attributes);
        _out.Append('>');
        KramdownEscaping.AppendText(_out, text);
        _out.Append("</abbr>");
    }
}
