using Markdig.Extensions.TaskLists;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Gazette.Markdown.Kramdown;

/// <summary>
/// GFM task lists as kramdown-parser-gfm marks them up (gfm.rb parse_list): only <c>[ ]</c> or
/// <c>[x]</c> followed by whitespace at the very start of an item's first paragraph is a checkbox;
/// from the first task item on, every item gets <c>task-list-item</c> and the list <c>task-list</c>.
/// </summary>
internal static class KramdownTaskLists
{
    private static readonly object MarkerKey = new();

    /// <summary>True for a checkbox that <see cref="Apply"/> accepted.</summary>
    public static bool IsAcceptedMarker(TaskList task) => task.GetData(MarkerKey) is true;

    private static bool IsTaskMarker(TaskList task) =>
        task.Parent is { Parent: null } root
        && ReferenceEquals(root.FirstChild, task)
        && task.NextSibling is LiteralInline { Content.Length: > 0 } next && next.Content.CurrentChar is ' ' or '\t'
        && FindParagraph(root) is { Parent: ListItemBlock item } paragraph
        && ReferenceEquals(item[0], paragraph);

    private static ParagraphBlock? FindParagraph(ContainerInline root) => root.ParentBlock as ParagraphBlock;

    /// <summary>Sets the task list classes on <paramref name="list"/> and its items, and drops the space after each checkbox.</summary>
    public static void Apply(ListBlock list)
    {
        var isTaskList = false;
        foreach (var block in list)
        {
            if (block is ListItemBlock { Count: > 0 } item && item[0] is ParagraphBlock { Inline.FirstChild: TaskList task } && IsTaskMarker(task))
            {
                isTaskList = true;
                task.SetData(MarkerKey, true);
                var next = (LiteralInline)task.NextSibling!;
                while (next.Content.Length > 0 && next.Content.CurrentChar is ' ' or '\t')
                {
                    next.Content.Start++;
                }
            }
            if (isTaskList)
            {
                KramdownAttributes.For(block).Set("class", "task-list-item");
            }
        }
        if (isTaskList)
        {
            KramdownAttributes.For(list).Set("class", "task-list");
        }
    }
}
