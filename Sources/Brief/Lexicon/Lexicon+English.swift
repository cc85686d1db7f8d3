extension Lexicon {
  /// English: stop words, abbreviations, sentence starters, and the words of questions.
  public static let english = Lexicon(
    language: .english,
    stopWords: englishStopWords,
    titleAbbreviations: englishTitleAbbreviations,
    generalAbbreviations: englishGeneralAbbreviations,
    sentenceStarters: englishSentenceStarters,
    timeFollowers: englishTimeFollowers,
    referringWords: [
      "He", "She", "It", "They", "His", "Her", "Its", "Their", "This", "That", "These", "Those",
      "We", "I", "But", "And", "However", "So", "Also", "Yet", "Still",
    ],
    pronouns: ["he", "she", "they", "it", "his", "her", "their", "its", "him", "them"],
    months: [
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december",
    ],
    currencies: [
      "dollar", "dollars", "pound", "pounds", "euro", "euros", "franc", "francs", "yen",
    ],
    numberWords: [
      "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
      "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
      "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
      "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion",
      "billions", "trillion", "dozen", "dozens", "half", "quarter", "twice", "double", "triple",
      "percent",
    ],
    centuryWords: ["century", "centuries"],
    timeQuestionWords: ["when"],
    nameQuestionWords: ["who", "whom", "whose", "where"],
    whichQuestionWords: ["what", "which"],
    yearNouns: ["year"],
    howQuestionWords: ["how"],
    numberQuestionWords: [
      "many", "much", "long", "old", "far", "large", "big", "tall", "high", "often",
      "percentage", "percent",
    ],
    countQuestionWords: ["many", "much"],
    sumQuestionWords: ["much"],
    numberNouns: ["percentage", "number"],
    dateNouns: [
      "century", "centuries", "decade", "decades", "date", "dates", "month", "months", "day",
      "days", "era", "period", "time",
    ],
    quantityNouns: ["amount", "proportion", "fraction", "share", "population"],
    kindWords: ["type", "kind", "sort", "types", "kinds"]
  )

  /// English function words: articles, pronouns, auxiliaries, modals, prepositions,
  /// conjunctions, determiners, question words, contentless adverbs, and contractions
  /// (whole, plus the clitic pieces a tokenizer may split off: "don", "t", "ll", ...).
  private static let englishStopWords: [String] = [
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

  /// Titles and other abbreviations that never end a sentence.
  private static let englishTitleAbbreviations: [String] = [
    "mr", "mrs", "ms", "messrs", "mmes", "dr", "drs", "prof", "profs", "st", "ste", "mt", "gov",
    "govs", "sen", "sens", "rep", "reps", "gen", "gens", "lt", "col", "capt", "cpt", "sgt",
    "cpl", "pvt", "maj", "adm", "cmdr", "cdr", "brig", "rev", "revd", "hon", "pres", "supt",
    "insp", "det", "atty", "mme", "mlle", "fr", "rt", "vs", "v", "cf", "viz", "approx", "ca",
    "eg", "ie", "amb", "gov't", "asst", "assoc",
  ]

  /// Abbreviations that end a sentence before a capitalized word.
  private static let englishGeneralAbbreviations: [String] = [
    "inc", "co", "corp", "ltd", "llc", "plc", "jr", "sr", "esq", "bros", "etc", "dept", "est",
    "ave", "blvd", "rd", "hwy", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
    "no", "nos", "nr", "n\u{00B0}", "n\u{00BA}", "p", "pp", "vol", "vols", "fig", "figs", "art",
    "ch", "chap", "sec", "op", "ed", "eds", "pt", "pts", "para", "min", "max", "hr", "hrs",
    "mins", "sq", "ft", "oz", "lb", "lbs", "mi", "tel", "univ", "assn", "natl", "intl", "govt",
    "mfg", "yr", "yrs", "al", "ibid", "misc", "dist", "div", "ext",
  ]

  /// Words that often begin an English sentence.
  private static let englishSentenceStarters: [String] = [
    "the", "a", "an", "this", "that", "these", "those", "there", "here", "he", "she", "it",
    "we", "they", "you", "i", "his", "her", "its", "our", "their", "my", "your", "but", "and",
    "so", "yet", "or", "if", "in", "on", "at", "as", "how", "what", "why", "when", "where",
    "who", "which", "whom", "whose", "did", "do", "does", "is", "are", "was", "were", "will",
    "would", "can", "could", "should", "shall", "may", "might", "must", "have", "has", "had",
    "however", "still", "now", "then", "after", "before", "while", "although", "though",
    "some", "many", "most", "for", "with", "not", "all", "both", "each", "every", "such",
    "also", "yes", "no", "because", "since", "thus", "hence", "today", "later", "instead",
    "even", "only", "just", "let", "please", "one", "two", "three", "other", "another",
    "more", "there's", "it's", "that's", "he's", "she's", "i'm", "we're", "they're",
    "by", "from", "to", "under", "over", "during", "despite", "about", "last", "next",
  ]

  /// Days, zones and months that follow a time inside a sentence ("at 5 pm Friday").
  ///
  /// Spanish text reads the same list.
  internal static let englishTimeFollowers: [String] = [
    "monday", "tuesday", "thursday", "friday", "saturday", "sunday", "today", "tomorrow",
    "tonight", "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt",
    "gmt", "bst", "cet", "utc", "local", "january", "february", "march", "april", "may",
    "june", "july", "august", "october", "november", "december", "jan", "feb", "aug", "sept",
    "oct", "nov", "dec",
  ]
}
