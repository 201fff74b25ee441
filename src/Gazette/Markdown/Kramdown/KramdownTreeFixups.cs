using Gazette.Markdown.Kramdown.Blocks;
using Gazette.Markdown.Kramdown.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Gazette.Markdown.Kramdown;

/// <summary>
/// Passes over the parsed tree that kramdown does while parsing: block IALs go to the block before
/// them (no blank line between) or to the block after them, markers are dropped, fenced code gets
/// its <c>language-x</c> class (kramdown: parser/kramdown.rb update_tree, extensions.rb
/// parse_block_extensions, codeblock.rb).
/// </summary>
internal static class KramdownTreeFixups
{
    public static void Apply(MarkdownDocument document, string source, KramdownOptions options, Func<string, LinkReferenceDefinition?>? outerDefinitions = null)
    {
        var data = KramdownDocumentData.Of(document);
        var pending = new List<(Block Block, KramdownAttributeList Ial)>();
        var definitions = document.GetLinkReferenceDefinitions(false);
        // kramdown: update_link_definitions(@options[:link_defs]) before parsing; the text's own replace them.
        data.LinkDefinitions = id => definitions is not null && definitions.TryGet(id, out var definition) ? definition
            : options.LinkDefs.TryGetValue(id, out var predefined) ? new LinkReferenceDefinition(id, predefined.Url, predefined.Title)
            : outerDefinitions?.Invoke(id);
        Walk(document, source, data, pending);
        foreach (var (block, ial) in pending)
        {
            KramdownAttributes.For(block).Apply(ial, data.Alds);
        }
    }

    private static void Walk(ContainerBlock container, string source, KramdownDocumentData data, List<(Block, KramdownAttributeList)> assignments)
    {
        Block? previous = null;
        Block? lastTarget = null;
        KramdownAttributeList? pending = null;
        foreach (var block in container)
        {
            var adjacent = previous is not null && !KramdownSourceText.HasBlankLineBetween(source, previous.Span.End, block.Span.Start);
            if (block is KramdownBlockMarker marker)
            {
                if (marker.Kind == KramdownMarkerKind.Ial && marker.Ial is not null)
                {
                    if (adjacent && (previous is not KramdownBlockMarker || previous is KramdownBlockMarker { Kind: KramdownMarkerKind.LinkDefinition or KramdownMarkerKind.AbbreviationDefinition }))
                    {
                        lastTarget = previous;
                    }
                    else if (!(adjacent && previous is KramdownBlockMarker { Kind: KramdownMarkerKind.Ial } && lastTarget is not null))
                    {
                        lastTarget = null;
                    }

                    if (lastTarget is not null)
                    {
                        assignments.Add((lastTarget, marker.Ial));
                    }
                    else
                    {
                        pending ??= new KramdownAttributeList();
                        pending.Merge(marker.Ial);
                    }
                }
                else if (marker.Kind is KramdownMarkerKind.LinkDefinition or KramdownMarkerKind.AbbreviationDefinition)
                {
                    // kramdown: a pending block IAL goes to the link or abbreviation definition's :eob element.
                    if (pending is not null && adjacent && previous is KramdownBlockMarker { Kind: KramdownMarkerKind.Ial })
                    {
                        assignments.Add((marker, pending));
                    }
                    pending = null;
                    lastTarget = null;
                }
                else
                {
                    // An end-of-block marker, ALD or options line takes any pending IAL with it.
                    pending = null;
                    lastTarget = null;
                }
                previous = marker;
                continue;
            }

            if (pending is not null && adjacent && previous is KramdownBlockMarker { Kind: KramdownMarkerKind.Ial })
            {
                assignments.Add((block, pending));
            }
            pending = null;
            lastTarget = null;
            Prepare(block, data);
            if (block is ContainerBlock nested)
            {
                Walk(nested, source, data, assignments);
            }
            previous = block;
        }
    }

    // kramdown: codeblock.rb gives fenced code the class "language-<first word of the info>";
    // gfm.rb parse_list marks task lists; span IALs apply to the element before them.
    private static void Prepare(Block block, KramdownDocumentData data)
    {
        if (block is ListBlock list)
        {
            KramdownTaskLists.Apply(list);
        }
        if (block is LeafBlock { Inline: { } inlines })
        {
            KramdownSpanResolver.Resolve(inlines, data.LinkDefinitions);
            ApplySpanIals(inlines, data);
        }
        if (block is FencedCodeBlock { Info: { Length: > 0 } info })
        {
            var attributes = KramdownAttributes.For(block);
            var language = info;
            var query = language.IndexOf('?', StringComparison.Ordinal);
            if (query > 0)
            {
                language = language[..query];
            }
            attributes.Set("class", "language-" + language);
        }
    }

    // kramdown: extensions.rb parse_span_extensions applies a span IAL to the element right before
    // it unless that is plain text.
    private static void ApplySpanIals(ContainerInline container, KramdownDocumentData data)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is KramdownSpanIalInline ial)
            {
                var target = ial.PreviousSibling;
                while (target is KramdownSpanIalInline { Applied: true })
                {
                    target = target.PreviousSibling;
                }
                if (target is not null and not LiteralInline)
                {
                    KramdownAttributes.For(target).Apply(ial.Attributes, data.Alds);
                    ial.Applied = true;
                }
            }
            else if (inline is ContainerInline nested)
            {
                ApplySpanIals(nested, data);
            }
        }
    }
}
