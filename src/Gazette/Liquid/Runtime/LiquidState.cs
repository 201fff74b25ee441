using Fluid;
using Fluid.Values;

namespace Gazette.Liquid.Runtime;

/// <summary>
/// Liquid 4's per-render state that Fluid's context does not model: the stack of scopes (assign and capture
/// write the outermost one, loops push their own), and the registers of <c>for</c> offsets, <c>cycle</c>
/// positions and <c>ifchanged</c>. Variables set on the Fluid context (the page payload, <c>include</c>)
/// act as Liquid's environments, looked up after every scope.
/// </summary>
internal sealed class LiquidState
{
    private const string Key = "gazette.liquid";
    private const string CountersKey = "gazette.liquid.counters";

    private readonly List<Dictionary<string, FluidValue>> _scopes = [new(StringComparer.Ordinal)];

    /// <summary>Templates being rendered in this context: 0 outside, 1 for a page or layout, more in includes.</summary>
    public int Depth { get; set; }

    public Dictionary<string, decimal> ForOffsets { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> Cycles { get; } = new(StringComparer.Ordinal);

    public string? IfChanged { get; set; }

    public List<ForloopValue> ForStack { get; } = [];

    /// <summary>
    /// Interrupts beyond the one a loop consumes: Liquid 4 keeps a stack of them, and a <c>tablerow</c> can push
    /// several; each enclosing loop (and finally the template) stops for one of them.
    /// </summary>
    public Stack<Fluid.Ast.Completion> ExtraInterrupts { get; } = new();

    /// <summary>A <c>break</c>/<c>continue</c> that ended an included template, for the tag that included it.</summary>
    public Fluid.Ast.Completion PendingInterrupt { get; set; }

    /// <summary>
    /// For a partial of Liquid 5's <c>render</c>: the only context variables it can see (the globals); null
    /// outside a render, where every variable is visible.
    /// </summary>
    public IReadOnlySet<string>? Globals { get; private init; }

    /// <summary>How many <c>render</c> partials this state is nested in (0 outside one); <c>include</c> is disabled inside.</summary>
    public int RenderDepth { get; private init; }

    public bool InRender => RenderDepth > 0;

    public static LiquidState Of(TemplateContext context)
    {
        if (context.AmbientValues.TryGetValue(Key, out var value) && value is LiquidState state)
        {
            return state;
        }
        state = new LiquidState();
        context.AmbientValues[Key] = state;
        return state;
    }

    /// <summary>Starts a fresh state: each page and each layout is its own Liquid render in Jekyll.</summary>
    public static LiquidState Reset(TemplateContext context)
    {
        var state = new LiquidState();
        context.AmbientValues[Key] = state;
        return state;
    }

    /// <summary>
    /// Liquid 5: <c>Context#new_isolated_subcontext</c> — a partial of <c>render</c> starts with no variables but
    /// the globals, its own counters and its own registers (cycle, for offsets, ifchanged). Returns the
    /// caller's state and counters, for <see cref="Restore"/>.
    /// </summary>
    public static (LiquidState State, Dictionary<string, FluidValue> Counters) Isolate(TemplateContext context, IReadOnlySet<string> globals)
    {
        var saved = (Of(context), Counters(context));
        if (saved.Item1.RenderDepth >= 100)
        {
            throw new LiquidException("Nesting too deep");
        }
        // Depth 1: the partial's document is nested, so it keeps this state instead of starting a fresh one.
        context.AmbientValues[Key] = new LiquidState { Globals = globals, RenderDepth = saved.Item1.RenderDepth + 1, Depth = 1 };
        context.AmbientValues[CountersKey] = new Dictionary<string, FluidValue>(StringComparer.Ordinal);
        return saved;
    }

    /// <summary>Puts back the caller's state after a <c>render</c> partial.</summary>
    public static void Restore(TemplateContext context, (LiquidState State, Dictionary<string, FluidValue> Counters) saved)
    {
        context.AmbientValues[Key] = saved.State;
        context.AmbientValues[CountersKey] = saved.Counters;
    }

    /// <summary>
    /// Liquid: <c>increment</c>/<c>decrement</c> write into the first environment, which in Jekyll is the
    /// document's payload: the counters outlive a render and are seen by the layouts of the same document.
    /// </summary>
    public static Dictionary<string, FluidValue> Counters(TemplateContext context)
    {
        if (context.AmbientValues.TryGetValue(CountersKey, out var value) && value is Dictionary<string, FluidValue> counters)
        {
            return counters;
        }
        counters = new Dictionary<string, FluidValue>(StringComparer.Ordinal);
        context.AmbientValues[CountersKey] = counters;
        return counters;
    }

    /// <summary>Liquid: <c>Context#find_variable</c> — the innermost scope first, then the environments.</summary>
    public FluidValue Find(string name, TemplateContext context)
    {
        for (var i = _scopes.Count - 1; i >= 0; i--)
        {
            if (_scopes[i].TryGetValue(name, out var value))
            {
                return value;
            }
        }
        if (context.AmbientValues.TryGetValue(CountersKey, out var counters) && counters is Dictionary<string, FluidValue> map
            && map.TryGetValue(name, out var counter))
        {
            return counter;
        }
        var environment = Environment(name, context);
        if (environment.IsNil() && context.Options.StrictVariables && environment is UndefinedValue)
        {
            throw new LiquidException("undefined variable " + name);
        }
        return environment;
    }

    /// <summary>A variable of the environments (the page's payload), unless a <c>render</c> partial cannot see it.</summary>
    public FluidValue Environment(string name, TemplateContext context) =>
        Globals is null || Globals.Contains(name) ? context.GetValue(name) : UndefinedValue.Instance;

    /// <summary>Liquid: <c>context.scopes.last[name] = value</c> (assign, capture).</summary>
    public void Assign(string name, FluidValue value) => _scopes[0][name] = value;

    /// <summary>Sets a variable in the innermost scope (a loop's variable).</summary>
    public void SetLocal(string name, FluidValue value) => _scopes[^1][name] = value;

    public void Push()
    {
        if (_scopes.Count >= 100)
        {
            throw new LiquidException("Nesting too deep");
        }
        _scopes.Add(new Dictionary<string, FluidValue>(StringComparer.Ordinal));
    }

    public void Pop() => _scopes.RemoveAt(_scopes.Count - 1);
}
