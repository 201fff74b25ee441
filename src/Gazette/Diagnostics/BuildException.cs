namespace Gazette.Diagnostics;

/// <summary>Thrown when the site cannot be built because of a problem in its files or options.</summary>
public sealed class BuildException : Exception
{
    /// <summary>Creates the exception for one diagnostic.</summary>
    public BuildException(Diagnostic diagnostic, Exception? inner = null)
        : base(diagnostic.ToString(), inner)
    {
        Diagnostic = diagnostic;
    }

    /// <summary>What went wrong, and where.</summary>
    public Diagnostic Diagnostic { get; }
}
