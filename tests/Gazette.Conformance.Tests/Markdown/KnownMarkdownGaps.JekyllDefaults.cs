namespace Gazette.Conformance.Tests.Markdown;

internal static partial class KnownMarkdownGaps
{
    private const string JekyllDefaultsRouge =
        "needs rouge token output that Gazette.Highlighting does not match yet";

    private const string JekyllDefaultsEob =
        "kramdown's end-of-block marker (^) is not parsed yet";

    private const string JekyllDefaultsPara =
        "block structure differs from kramdown (paragraph, blockquote, rule and lazy-line rules are Markdig's CommonMark ones)";

    private const string JekyllDefaultsHeader =
        "kramdown header syntax ({#id}, closing hashes, setext rules) not implemented yet";

    private const string JekyllDefaultsCode =
        "kramdown code block/span rules (lazy lines, IAL, fence info) not implemented yet";

    private const string JekyllDefaultsList =
        "kramdown list parsing (item content, lazy lines, nesting) differs from Markdig's CommonMark lists";

    private const string JekyllDefaultsHtml =
        "kramdown parses and re-serialises HTML (markdown=\"1\", content models); Markdig passes HTML through";

    private const string JekyllDefaultsIal =
        "block and span IAL/ALD are not implemented yet";

    private const string JekyllDefaultsExt =
        "kramdown extensions ({::comment}, {::nomarkdown}, {::options}) not implemented yet";

    private const string JekyllDefaultsDl =
        "definition lists differ from Markdig's definition list extension";

    private const string JekyllDefaultsTable =
        "kramdown table syntax differs from Markdig's pipe tables";

    private const string JekyllDefaultsMath =
        "kramdown math ($$) not implemented yet";

    private const string JekyllDefaultsToc =
        "TOC ({:toc}, no_toc) needs block IAL support";

    private const string JekyllDefaultsLink =
        "kramdown link parsing differs (link definitions, URL handling)";

    private const string JekyllDefaultsEmph =
        "kramdown emphasis rules differ from CommonMark's";

    private const string JekyllDefaultsFn =
        "footnote definitions differ from Markdig's footnote extension";

    private const string JekyllDefaultsAbbr =
        "abbreviations differ from Markdig's abbreviation extension";

    private const string JekyllDefaultsTypo =
        "typographic symbols and smart quotes not implemented yet";

    /// <summary>Ledger for <c>kramdown/jekyll-defaults</c> (ids are input paths under <c>markdown/</c>).</summary>
    public static IReadOnlyDictionary<string, string> JekyllDefaults { get; } = Ledger(
        (JekyllDefaultsRouge, [
            "kramdown-parser-gfm/testcases/codeblock_fenced.text",
            "kramdown/testcases/block/06_codeblock/highlighting-minted-with-opts.text",
            "kramdown/testcases/block/06_codeblock/highlighting-minted.text",
            "kramdown/testcases/block/06_codeblock/highlighting-opts.text",
            "kramdown/testcases/block/06_codeblock/highlighting.text",
            "kramdown/testcases/block/06_codeblock/rouge/multiple.text",
            "kramdown/testcases/block/06_codeblock/rouge/simple.text",
            "kramdown/testcases/block/06_codeblock/with_lang_in_fenced_block.text",
            "kramdown/testcases/block/12_extension/options3.text",
            "kramdown/testcases/span/03_codespan/highlighting-minted.text",
            "kramdown/testcases/span/03_codespan/highlighting.text",
            "kramdown/testcases/span/03_codespan/rouge/disabled.text",
            "kramdown/testcases/span/03_codespan/rouge/simple.text",
        ]),
        (JekyllDefaultsEob, [
            "kramdown/testcases/block/02_eob/beginning.text",
            "kramdown/testcases/block/02_eob/end.text",
            "kramdown/testcases/block/02_eob/middle.text",
        ]),
        (JekyllDefaultsPara, [
            "kramdown-parser-gfm/testcases/header_ids.text",
            "kramdown-parser-gfm/testcases/header_ids_with_transliteration.text",
            "kramdown-parser-gfm/testcases/no_typographic.text",
            "kramdown-parser-gfm/testcases/strikethrough.text",
            "kramdown-parser-gfm/testcases/task_list.text",
            "kramdown/testcases/block/03_paragraph/indented.text",
            "kramdown/testcases/block/03_paragraph/line_break_last_line.text",
            "kramdown/testcases/block/03_paragraph/no_newline_at_end.text",
            "kramdown/testcases/block/03_paragraph/standalone_image.text",
            "kramdown/testcases/block/03_paragraph/with_html_to_native.text",
            "kramdown/testcases/block/05_blockquote/lazy.text",
            "kramdown/testcases/block/05_blockquote/nested.text",
            "kramdown/testcases/block/07_horizontal_rule/error.text",
            "kramdown/testcases/block/07_horizontal_rule/normal.text",
            "kramdown/testcases/encoding.text",
            "kramdown/testcases/man/example.text",
            "kramdown/testcases/man/heading-name-dash-description.text",
            "kramdown/testcases/man/heading-name-description.text",
            "kramdown/testcases/man/heading-name-section-description.text",
            "kramdown/testcases/span/line_breaks/normal.text",
        ]),
        (JekyllDefaultsHeader, [
            "kramdown/testcases/block/04_header/atx_header.text",
            "kramdown/testcases/block/04_header/setext_header.text",
            "kramdown/testcases/block/04_header/with_auto_ids.text",
            "kramdown/testcases/block/04_header/with_header_links.text",
        ]),
        (JekyllDefaultsCode, [
            "kramdown/testcases/block/06_codeblock/disable-highlighting.text",
            "kramdown/testcases/block/06_codeblock/error.text",
            "kramdown/testcases/block/06_codeblock/lazy.text",
            "kramdown/testcases/block/06_codeblock/no_newline_at_end_1.text",
            "kramdown/testcases/block/06_codeblock/whitespace.text",
            "kramdown/testcases/block/06_codeblock/with_eob_marker.text",
            "kramdown/testcases/block/06_codeblock/with_ial.text",
            "kramdown/testcases/block/06_codeblock/with_lang_in_fenced_block_any_char.text",
            "kramdown/testcases/block/06_codeblock/with_lang_in_fenced_block_name_with_dash.text",
            "kramdown/testcases/span/03_codespan/normal.text",
        ]),
        (JekyllDefaultsList, [
            "kramdown/testcases/block/08_list/escaping.text",
            "kramdown/testcases/block/08_list/item_ial.text",
            "kramdown/testcases/block/08_list/lazy.text",
            "kramdown/testcases/block/08_list/lazy_and_nested.text",
            "kramdown/testcases/block/08_list/list_and_others.text",
            "kramdown/testcases/block/08_list/mixed.text",
            "kramdown/testcases/block/08_list/nested.text",
            "kramdown/testcases/block/08_list/other_first_element.text",
            "kramdown/testcases/block/08_list/simple_ul.text",
            "kramdown/testcases/block/08_list/special_cases.text",
        ]),
        (JekyllDefaultsHtml, [
            "kramdown/testcases/block/09_html/cdata_section.text",
            "kramdown/testcases/block/09_html/comment.text",
            "kramdown/testcases/block/09_html/content_model/tables.text",
            "kramdown/testcases/block/09_html/html5_attributes.text",
            "kramdown/testcases/block/09_html/html_to_native/header.text",
            "kramdown/testcases/block/09_html/html_to_native/list_ol.text",
            "kramdown/testcases/block/09_html/html_to_native/list_ul.text",
            "kramdown/testcases/block/09_html/invalid_html_1.text",
            "kramdown/testcases/block/09_html/invalid_html_2.text",
            "kramdown/testcases/block/09_html/markdown_attr.text",
            "kramdown/testcases/block/09_html/not_parsed.text",
            "kramdown/testcases/block/09_html/parse_as_raw.text",
            "kramdown/testcases/block/09_html/parse_as_span.text",
            "kramdown/testcases/block/09_html/parse_block_html.text",
            "kramdown/testcases/block/09_html/processing_instruction.text",
            "kramdown/testcases/block/09_html/simple.text",
            "kramdown/testcases/block/09_html/standalone_image_in_div.text",
            "kramdown/testcases/block/09_html/xml.text",
            "kramdown/testcases/span/05_html/across_lines.text",
            "kramdown/testcases/span/05_html/invalid.text",
            "kramdown/testcases/span/05_html/markdown_attr.text",
            "kramdown/testcases/span/05_html/normal.text",
            "kramdown/testcases/span/05_html/xml.text",
        ]),
        (JekyllDefaultsIal, [
            "kramdown/testcases/block/10_ald/simple.text",
            "kramdown/testcases/block/11_ial/auto_id_and_ial.text",
            "kramdown/testcases/block/11_ial/nested.text",
            "kramdown/testcases/block/11_ial/simple.text",
            "kramdown/testcases/span/ial/simple.text",
        ]),
        (JekyllDefaultsExt, [
            "kramdown/testcases/block/12_extension/comment.text",
            "kramdown/testcases/block/12_extension/nomarkdown.text",
            "kramdown/testcases/block/12_extension/options.text",
            "kramdown/testcases/block/12_extension/options2.text",
            "kramdown/testcases/span/extension/comment.text",
            "kramdown/testcases/span/extension/nomarkdown.text",
            "kramdown/testcases/span/extension/options.text",
        ]),
        (JekyllDefaultsDl, [
            "kramdown/testcases/block/13_definition_list/auto_ids.text",
            "kramdown/testcases/block/13_definition_list/deflist_ial.text",
            "kramdown/testcases/block/13_definition_list/item_ial.text",
            "kramdown/testcases/block/13_definition_list/multiple_terms.text",
            "kramdown/testcases/block/13_definition_list/para_wrapping.text",
            "kramdown/testcases/block/13_definition_list/separated_by_eob.text",
            "kramdown/testcases/block/13_definition_list/simple.text",
            "kramdown/testcases/block/13_definition_list/too_much_space.text",
            "kramdown/testcases/block/13_definition_list/with_blocks.text",
        ]),
        (JekyllDefaultsTable, [
            "kramdown/testcases/block/14_table/empty_tag_in_cell.text",
            "kramdown/testcases/block/14_table/errors.text",
            "kramdown/testcases/block/14_table/escaping.text",
            "kramdown/testcases/block/14_table/footer.text",
            "kramdown/testcases/block/14_table/header.text",
            "kramdown/testcases/block/14_table/simple.text",
            "kramdown/testcases/block/14_table/table_with_footnote.text",
        ]),
        (JekyllDefaultsMath, [
            "kramdown/testcases/block/15_math/gh_128.text",
            "kramdown/testcases/block/15_math/no_engine.text",
            "kramdown/testcases/block/15_math/normal.text",
            "kramdown/testcases/span/math/no_engine.text",
            "kramdown/testcases/span/math/normal.text",
        ]),
        (JekyllDefaultsToc, [
            "kramdown/testcases/block/16_toc/no_toc.text",
            "kramdown/testcases/block/16_toc/toc_exclude.text",
            "kramdown/testcases/block/16_toc/toc_levels.text",
            "kramdown/testcases/block/16_toc/toc_with_footnotes.text",
            "kramdown/testcases/block/16_toc/toc_with_links.text",
        ]),
        (JekyllDefaultsLink, [
            "kramdown/testcases/span/01_link/empty_title.text",
            "kramdown/testcases/span/01_link/imagelinks.text",
            "kramdown/testcases/span/01_link/inline.text",
            "kramdown/testcases/span/01_link/link_defs.text",
            "kramdown/testcases/span/01_link/link_defs_with_ial.text",
            "kramdown/testcases/span/01_link/reference.text",
            "kramdown/testcases/span/autolinks/url_links.text",
        ]),
        (JekyllDefaultsEmph, [
            "kramdown/testcases/span/02_emphasis/empty.text",
            "kramdown/testcases/span/02_emphasis/errors.text",
            "kramdown/testcases/span/02_emphasis/nesting.text",
            "kramdown/testcases/span/02_emphasis/normal.text",
        ]),
        (JekyllDefaultsFn, [
            "kramdown/testcases/span/04_footnote/backlink_inline.text",
            "kramdown/testcases/span/04_footnote/definitions.text",
            "kramdown/testcases/span/04_footnote/markers.text",
            "kramdown/testcases/span/04_footnote/placement.text",
        ]),
        (JekyllDefaultsAbbr, [
            "kramdown/testcases/span/abbreviations/abbrev.text",
            "kramdown/testcases/span/abbreviations/abbrev_in_html.text",
        ]),
        (JekyllDefaultsTypo, [
            "kramdown/testcases/span/text_substitutions/entities.text",
            "kramdown/testcases/span/text_substitutions/entities_as_char.text",
            "kramdown/testcases/span/text_substitutions/typography.text",
            "kramdown/testcases/span/text_substitutions/typography_subst.text",
        ]));
}
