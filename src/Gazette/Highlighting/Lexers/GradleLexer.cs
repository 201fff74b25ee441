using System.Collections.Frozen;

namespace Gazette.Highlighting.Lexers;

/// <summary>Rouge's Gradle lexer (rouge/lexers/gradle.rb): Groovy with Gradle's block names and API types.</summary>
internal sealed class GradleLexer : GroovyLexer
{
    private static readonly FrozenSet<string> GradleKeywords = GroovyKeywords.Union(Words(
        "allprojects artifacts buildscript configuration dependencies repositories sourceSets subprojects publishing"))
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> GradleTypes = GroovyTypes.Union(Words(
        "Project Task Gradle Settings Script JavaToolChain SourceSet SourceSetOutput IncrementalTaskInputs Configuration"
        + " ResolutionStrategy ArtifactResolutionQuery ComponentSelection ComponentSelectionRules ConventionProperty"
        + " ExtensionAware ExtraPropertiesExtension PublishingExtension IvyPublication IvyArtifact IvyArtifactSet"
        + " IvyModuleDescriptorSpec MavenPublication MavenArtifact MavenArtifactSet MavenPom PluginDependenciesSpec"
        + " PluginDependencySpec ResourceHandler TextResourceFactory"))
        .ToFrozenSet(StringComparer.Ordinal);

    internal override FrozenSet<string> Keywords => GradleKeywords;

    internal override FrozenSet<string> Types => GradleTypes;

    internal override GroovyLexer CreateFresh() => new GradleLexer();
}
