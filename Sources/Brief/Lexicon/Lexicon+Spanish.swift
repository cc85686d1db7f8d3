extension Lexicon {
  /// Spanish: stop words, abbreviations, sentence starters, and the words of questions.
  public static let spanish = Lexicon(
    language: .spanish,
    stopWords: spanishStopWords,
    titleAbbreviations: spanishTitleAbbreviations,
    generalAbbreviations: spanishGeneralAbbreviations,
    sentenceStarters: spanishSentenceStarters,
    // The English days, zones and months, as the splitter has always read Spanish times.
    timeFollowers: englishTimeFollowers,
    referringWords: [
      "Él", "Ella", "Ellos", "Ellas", "Esto", "Eso", "Este", "Esta", "Estos", "Estas", "Pero",
      "Y", "Sin", "También", "Además", "Aun", "Así",
    ],
    pronouns: ["él", "ella", "ellos", "ellas", "su", "sus"],
    months: [
      "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
      "octubre", "noviembre", "diciembre",
    ],
    currencies: ["dólar", "dólares", "euro", "euros", "libra", "libras", "yen"],
    numberWords: [
      "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "cien",
      "ciento", "cientos", "mil", "millones", "docena", "mitad", "doble",
    ],
    centuryWords: [],
    timeQuestionWords: ["cuándo"],
    nameQuestionWords: ["quién", "dónde"],
    whichQuestionWords: [],
    yearNouns: [],
    howQuestionWords: ["cuánto"],
    numberQuestionWords: ["cuánto", "cuántos", "cuántas"],
    countQuestionWords: ["cuántos", "cuántas", "cuánto"],
    sumQuestionWords: ["cuánto"],
    numberNouns: [],
    dateNouns: [],
    quantityNouns: [],
    kindWords: []
  )

  /// Spanish function words: articles, pronouns (clitics too), possessives, prepositions,
  /// conjunctions, forms of ser/estar/haber/tener, demonstratives, common adverbs, and
  /// question words with and without accents.
  private static let spanishStopWords: [String] = [
    "a", "ahora", "ahí", "al", "algo", "alguien", "alguna", "algunas", "alguno", "algunos",
    "algún", "allí", "ante", "aquel", "aquella", "aquellas", "aquello", "aquellos", "aquí", "así",
    "aun", "aunque", "aún", "bajo", "cada", "como", "con", "contra", "cual", "cuales",
    "cuando", "cuanta", "cuantas", "cuanto", "cuantos", "cuya", "cuyo", "cuál", "cuáles", "cuándo",
    "cuánta", "cuántas", "cuánto", "cuántos", "cómo", "de", "del", "desde", "donde", "durante",
    "dónde", "e", "el", "ella", "ellas", "ello", "ellos", "en", "entonces", "entre",
    "era", "erais", "eran", "eras", "eres", "es", "esa", "esas", "ese", "eso",
    "esos", "esta", "estaba", "estaban", "estado", "estamos", "estar", "estas", "este", "esto",
    "estos", "estoy", "estuvieron", "estuvo", "está", "estáis", "están", "estás", "esté", "estén",
    "fue", "fueron", "fui", "fuimos", "fuiste", "ha", "haber", "habido", "habrá", "habría",
    "habéis", "había", "habían", "hacia", "han", "has", "hasta", "hay", "haya", "hayan",
    "he", "hemos", "hubo", "la", "las", "le", "les", "lo", "los", "me",
    "menos", "mi", "mientras", "mis", "misma", "mismas", "mismo", "mismos", "mucha", "muchas",
    "mucho", "muchos", "muy", "más", "mí", "mía", "mías", "mío", "míos", "nada",
    "nadie", "ni", "ninguna", "ninguno", "ningún", "no", "nos", "nosotras", "nosotros", "nuestra",
    "nuestras", "nuestro", "nuestros", "nunca", "o", "os", "otra", "otras", "otro", "otros",
    "para", "pero", "por", "porque", "pues", "que", "quien", "quienes", "quién", "quiénes",
    "qué", "se", "sea", "sean", "según", "ser", "será", "serán", "sería", "serían",
    "si", "sido", "siempre", "siendo", "sin", "sino", "sobre", "sois", "solo", "somos",
    "son", "soy", "su", "sus", "suya", "suyas", "suyo", "suyos", "sí", "sólo",
    "también", "tampoco", "tan", "tanta", "tantas", "tanto", "tantos", "te", "tenemos", "tener",
    "tengo", "tenido", "tenía", "tenían", "ti", "tiene", "tienen", "tienes", "toda", "todas",
    "todavía", "todo", "todos", "tras", "tu", "tus", "tuvo", "tuya", "tuyas", "tuyo",
    "tuyos", "tú", "u", "un", "una", "unas", "unos", "usted", "ustedes", "vosotras",
    "vosotros", "vuestra", "vuestras", "vuestro", "vuestros", "y", "ya", "yo", "él", "éramos",
  ]

  /// Titles and other abbreviations that never end a sentence.
  ///
  /// A single letter counts in lower case only: "v." (versus, véase: "BMW v. Gore"), "f."
  /// and "n." (fallecido, nacido: "(n. Madrid, 1950)"), "s." (siglo: "el s. XIX"); "V." is a
  /// name's initial or a numeral.
  private static let spanishTitleAbbreviations: [String] = [
    "sr", "sra", "sras", "sres", "srta", "srtas", "dr", "dra", "drs", "dras", "lic", "lcdo",
    "lcda", "ing", "arq", "prof", "profa", "d", "dña", "sto", "sta", "gral", "ud", "uds", "vd",
    "vds", "mons", "pbro", "excmo", "excma", "ilmo", "ilma", "vs", "cf", "ej", "aprox", "ca",
    "av", "avda", "mr", "mrs", "ms", "st", "v", "f", "n", "s", "tte", "cnel", "sgto", "cmdte",
  ]

  /// Abbreviations that end a sentence before a capitalized word ("hab." for habitantes
  /// goes on before "/ km²").
  private static let spanishGeneralAbbreviations: [String] = [
    "etc", "pág", "págs", "p", "pp", "núm", "nro", "n\u{00B0}", "n\u{00BA}", "cía", "tel",
    "vol", "vols", "cap", "art", "fig", "ed", "ene", "feb", "mar", "abr", "may", "jun", "jul",
    "ago", "sep", "sept", "oct", "nov", "dic", "inc", "co", "corp", "ltd", "s.a", "col", "dpto",
    "depto", "admón", "min", "máx", "km", "kg", "hs", "hrs", "a.c", "d.c", "hab",
  ]

  /// Words that often begin a Spanish sentence (and a few English ones, for quotations).
  private static let spanishSentenceStarters: [String] = [
    "el", "la", "los", "las", "un", "una", "unos", "unas", "pero", "y", "e", "o", "es", "son",
    "fue", "era", "esto", "este", "esta", "estos", "estas", "eso", "ese", "esa", "yo", "tú",
    "él", "Él", "ella", "ellos", "ellas", "nosotros", "usted", "en", "con", "por", "para",
    "sin", "que", "qué", "cómo", "cuándo", "dónde", "quién", "no", "sí", "se", "lo", "le",
    "les", "hoy", "ayer", "mañana", "allí", "aquí", "también", "además", "su", "sus",
    "mi", "mis", "tu", "tus", "nuestro", "al", "del", "hay", "había", "luego", "después",
    "antes", "ahora", "entonces", "así", "aunque", "si", "cuando", "donde", "como",
    "the", "he", "she", "it", "we", "they", "i", "how", "what", "this", "that",
  ]
}
