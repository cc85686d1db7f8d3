import BriefLexicon

/// The WordNet synonym table of target BriefLexicon, under the name Brief's related terms
/// (`RelatedTerms`) read it by.
internal typealias WordNetSynonyms = BriefLexicon.WordNetSynonyms
