using Markdig.Parsers;
using Markdig.Syntax;

namespace Gazette.Markdown.Kramdown.Blocks;

/// <summary>
/// Wraps a Markdig block parser so that it may start a block in the middle of a paragraph only where
/// kramdown's GFM parser ends a paragraph (kramdown-parser-gfm: PARAGRAPH_END_GFM). Blocks the inner
/// parser creates still belong to the inner parser, so only opening goes through the guard.
/// </summary>
internal sealed class KramdownInterruptGuard : BlockParser
{
    private readonly Func<BlockProcessor, bool> _mayInterruptParagraph;

    public KramdownInterruptGuard(BlockParser inner, Func<BlockProcessor, bool> mayInterruptParagraph)
    {
        Inner = inner;
        _mayInterruptParagraph = mayInterruptParagraph;
        OpeningCharacters = inner.OpeningCharacters;
    }

    public BlockParser Inner { get; }

    public override void Initialize() => Inner.Initialize();

    public override bool CanInterrupt(BlockProcessor processor, Block block) =>
        block is ParagraphBlock ? _mayInterruptParagraph(processor) : Inner.CanInterrupt(processor, block);

    public override BlockState TryOpen(BlockProcessor processor) => Inner.TryOpen(processor);

    public override BlockState TryContinue(BlockProcessor processor, Block block) => Inner.TryContinue(processor, block);

    public override bool Close(BlockProcessor processor, Block block) => Inner.Close(processor, block);
}
