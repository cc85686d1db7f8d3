extension StopWords {
  /// English function words: articles, pronouns, auxiliaries, modals, prepositions,
  /// conjunctions, determiners, question words, contentless adverbs, and contractions
  /// (whole, plus the clitic pieces a tokenizer may split off: "don", "t", "ll", ...).
  internal static let englishWords: [String] = [
    "a", "about", "above", "after", "again", "against", "all", "also", "although", "am",
    "an", "and", "any", "are", "aren", "aren't", "as", "at", "be", "because",
    "been", "before", "being", "below", "between", "both", "but", "by", "can", "can't",
    "cannot", "could", "couldn", "couldn't", "d", "did", "didn", "didn't", "do", "does",
    "doesn", "doesn't", "doing", "don", "don't", "down", "during", "each", "every", "few",
    "for", "from", "had", "hadn", "hadn't", "has", "hasn", "hasn't", "have", "haven",
    "haven't", "having", "he", "he'd", "he'll", "he's", "her", "here", "hers", "herself",
    "him", "himself", "his", "how", "i", "i'd", "i'll", "i'm", "i've", "if",
    "in", "into", "is", "isn", "isn't", "it", "it'll", "it's", "its", "itself",
    "just", "let's", "ll", "m", "may", "me", "might", "more", "most", "much",
    "must", "my", "myself", "no", "nor", "not", "now", "of", "off", "on",
    "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own",
    "re", "s", "same", "shall", "she", "she'd", "she'll", "she's", "should", "shouldn",
    "shouldn't", "since", "so", "some", "such", "t", "than", "that", "that's", "the",
    "their", "theirs", "them", "themselves", "then", "there", "there's", "these", "they", "they'd",
    "they'll", "they're", "they've", "this", "those", "though", "through", "to", "too", "under",
    "until", "up", "us", "ve", "very", "was", "wasn", "wasn't", "we", "we'd",
    "we'll", "we're", "we've", "were", "weren", "weren't", "what", "what's", "when", "where",
    "whether", "which", "while", "who", "who's", "whom", "whose", "why", "will", "with",
    "without", "won't", "would", "wouldn", "wouldn't", "yet", "you",
    "you'd", "you'll", "you're", "you've", "your", "yours", "yourself", "yourselves",
  ]
}
