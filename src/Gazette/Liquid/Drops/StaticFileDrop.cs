using Fluid;
using Fluid.Values;
using Gazette.Model;

namespace Gazette.Liquid.Drops;

/// <summary>Jekyll: <c>Drops::StaticFileDrop</c> — name, path, modified_time, basename, extname, collection, url.</summary>
internal sealed class StaticFileDrop : FluidValue, IJekyllHashDrop
{
    private readonly StaticFile _file;

    public StaticFileDrop(StaticFile file) => _file = file;

    public override FluidValues Type => FluidValues.Object;

    public override bool Equals(FluidValue other) => other is StaticFileDrop drop && ReferenceEquals(drop._file, _file);

    public override bool ToBooleanValue() => true;

    public override decimal ToNumberValue() => 0;

    public override string ToStringValue() => "/" + _file.RelativePath;

    public override object ToObjectValue() => ToDictionary();

    public override ValueTask<FluidValue> GetValueAsync(string name, TemplateContext context) => new(name switch
    {
        "name" => new StringValue(_file.Name),
        "path" => new StringValue("/" + _file.RelativePath),
        "url" => new StringValue(_file.Url),
        "basename" => new StringValue(_file.Basename),
        "extname" => new StringValue(_file.Extension),
        "modified_time" => new RubyTimeValue(_file.ModifiedTime),
        "collection" => _file.Collection is null ? NilValue.Instance : new StringValue(_file.Collection),
        _ => NilValue.Instance,
    });

    private Dictionary<string, object?> ToDictionary() => new(StringComparer.Ordinal)
    {
        ["name"] = _file.Name,
        ["path"] = "/" + _file.RelativePath,
        ["url"] = _file.Url,
        ["basename"] = _file.Basename,
        ["extname"] = _file.Extension,
        ["collection"] = _file.Collection,
    };

    // Jekyll: StaticFileDrop#keys — name, basename, extname, path, collection, modified_time (Ruby's method order).
    private static readonly string[] Keys = ["name", "basename", "extname", "path", "collection", "modified_time"];

    /// <inheritdoc/>
    public IEnumerable<string> HashKeys(bool collapsed) => Keys;

    public override bool Equals(object? obj) => obj is StaticFileDrop drop && Equals(drop);

    public override int GetHashCode() => _file.GetHashCode();
}
