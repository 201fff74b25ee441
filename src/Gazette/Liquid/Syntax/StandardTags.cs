using Gazette.Liquid.Ast;

namespace Gazette.Liquid.Syntax;

/// <summary>Liquid 4.0.4's tags (lib/liquid/tags/*.rb), without its include, which Jekyll replaces.</summary>
internal static class StandardTags
{
    public static Dictionary<string, TagParser> Create() => new(StringComparer.Ordinal)
    {
        ["assign"] = AssignNode.Parse,
        ["break"] = InterruptNode.Parse,
        ["capture"] = CaptureNode.Parse,
        ["case"] = CaseNode.Parse,
        ["comment"] = CommentNode.Parse,
        ["continue"] = InterruptNode.Parse,
        ["cycle"] = CycleNode.Parse,
        ["decrement"] = CounterNode.Parse,
        ["for"] = ForNode.Parse,
        ["if"] = IfNode.Parse,
        ["ifchanged"] = IfChangedNode.Parse,
        ["increment"] = CounterNode.Parse,
        ["raw"] = RawNode.Parse,
        ["tablerow"] = TableRowNode.Parse,
        ["unless"] = IfNode.Parse,
    };
}
