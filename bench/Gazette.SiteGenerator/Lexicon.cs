namespace Gazette.SiteGenerator;

/// <summary>Phrase banks the sentence builder draws from; plain news English with a few non-ASCII names.</summary>
internal static class Lexicon
{
    /// <summary>Who acts, capitalised for the start of a sentence.</summary>
    public static readonly IReadOnlyList<string> Subjects =
    [
        "The government", "Officials in the capital", "The central bank", "Regional leaders", "The opposition party",
        "Union representatives", "Local councillors", "The health ministry", "A group of scientists", "Investors",
        "The prime minister", "Residents", "Analysts", "The foreign minister", "Emergency services",
        "The finance committee", "Campaigners", "The company's board", "Researchers at the university", "Farmers",
        "Teachers' unions", "The energy regulator", "City planners", "The coalition", "Environmental groups",
        "Shipping firms", "The supreme court", "Hospital managers", "The transport authority", "Small businesses",
        "The national statistics office", "Aid agencies", "The mayor", "Coastal communities", "Tech companies",
    ];

    /// <summary>What they did, past tense.</summary>
    public static readonly IReadOnlyList<string> Verbs =
    [
        "announced", "rejected", "welcomed", "criticised", "approved", "postponed", "questioned", "defended",
        "unveiled", "called for", "warned against", "backed", "reviewed", "delayed", "expanded", "outlined",
        "signed", "challenged", "proposed", "confirmed", "scaled back", "brought forward", "put on hold", "endorsed",
    ];

    /// <summary>What it was done to.</summary>
    public static readonly IReadOnlyList<string> Objects =
    [
        "a new funding package", "plans for a coastal rail link", "the draft budget", "proposals to cut emissions",
        "a review of school funding", "the trade agreement", "measures to curb inflation",
        "a pilot programme for rural clinics", "new rules on data sharing", "the long-delayed housing plan",
        "an inquiry into the outage", "talks with neighbouring states", "a ban on single-use plastics",
        "the pension reform", "tax relief for small firms", "a vaccination campaign", "the port expansion",
        "new safety standards for bridges", "water restrictions", "the election timetable",
        "a study of air quality", "the merger of two regional lenders", "a scheme to retrain miners",
        "funding for flood defences", "a cap on energy bills", "the new stadium project",
        "a national strategy for artificial intelligence", "the reopening of the border crossing",
    ];

    /// <summary>When, why or how.</summary>
    public static readonly IReadOnlyList<string> Adverbials =
    [
        "on Monday", "after weeks of negotiation", "despite strong opposition", "ahead of the summer recess",
        "in a surprise move", "following a heated debate", "earlier this week", "for the second time this year",
        "amid rising costs", "after a lengthy review", "late on Thursday", "in a joint statement",
        "at a press conference", "under pressure from voters", "without a formal vote", "before the deadline",
        "as talks resumed", "in the face of protests", "after the latest figures", "at the start of the session",
    ];

    /// <summary>Where.</summary>
    public static readonly IReadOnlyList<string> Places =
    [
        "the capital", "the northern provinces", "coastal towns", "Brussels", "Nairobi", "Seoul", "São Paulo",
        "Zürich", "the border region", "the river delta", "Lagos", "Melbourne", "Warsaw", "the industrial south",
        "Osaka", "Montréal", "the mountain villages", "Cape Town", "Jakarta", "the western suburbs",
    ];

    /// <summary>Attributions appended to a clause.</summary>
    public static readonly IReadOnlyList<string> Attributions =
    [
        "officials said", "according to a statement", "a spokesperson confirmed", "the report found",
        "local media reported", "analysts noted", "sources close to the talks said", "figures published on Friday showed",
    ];

    /// <summary>Consequences and context clauses.</summary>
    public static readonly IReadOnlyList<string> Consequences =
    [
        "which could affect thousands of households", "a decision that surprised many observers",
        "raising questions about how the plan will be paid for", "the first such step in more than a decade",
        "although details remain unclear", "with a final decision expected next month",
        "a move critics described as overdue", "leaving several key issues unresolved",
        "which supporters say will create jobs", "prompting calls for an independent review",
    ];

    /// <summary>Things people are quoted saying.</summary>
    public static readonly IReadOnlyList<string> Quotes =
    [
        "We have listened carefully and we intend to act", "This is a crucial opportunity for the whole region",
        "Nobody should pretend this will be easy", "The evidence is clear and the time for delay is over",
        "We will keep working until every family feels the difference", "It is a step forward, but only a first step",
        "People deserve straight answers, not slogans", "The numbers simply do not add up",
        "We want to usher in a new phase of cooperation", "Our priority is to keep people safe",
    ];

    /// <summary>First names of quoted people.</summary>
    public static readonly IReadOnlyList<string> FirstNames =
    [
        "Maria", "Kwame", "Ingrid", "Hiroshi", "Amara", "Tomasz", "Lucía", "Daniel", "Priya", "Olusegun", "Chloé", "Henrik",
    ];

    /// <summary>Surnames of quoted people.</summary>
    public static readonly IReadOnlyList<string> LastNames =
    [
        "Okafor", "Lindqvist", "Brennan", "Nakamura", "Pereira", "Khan", "Moreau", "Osei", "Kowalski", "Whitfield", "Vargas", "Park",
    ];

    /// <summary>Roles of quoted people.</summary>
    public static readonly IReadOnlyList<string> Roles =
    [
        "a policy analyst", "the committee chair", "a local business owner", "a professor of economics",
        "the union's general secretary", "a senior government adviser", "a resident of the area", "the agency's director",
    ];

    /// <summary>Section headings.</summary>
    public static readonly IReadOnlyList<string> Headings =
    [
        "What happens next", "Reaction from the region", "The background", "Why it matters", "Costs and funding",
        "A divided response", "The numbers behind the decision", "Voices from the ground", "What critics say",
        "Looking ahead", "How we got here", "The wider picture", "Key dates", "Unanswered questions",
        "Impact on households", "The political fallout", "Lessons from abroad", "A test for the coalition",
    ];

    /// <summary>Link texts.</summary>
    public static readonly IReadOnlyList<string> LinkTexts =
    [
        "the full report", "an earlier statement", "the published figures", "the official announcement",
        "a previous investigation", "the consultation document", "last year's review", "the court ruling",
    ];

    /// <summary>Rows for data tables.</summary>
    public static readonly IReadOnlyList<string> Regions =
    [
        "North", "South", "East", "West", "Central", "Coastal", "Highlands", "Islands",
    ];
}
