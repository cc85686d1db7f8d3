/// The UTF-8 bytes of the non-ASCII punctuation the byte scanners read (splitter, cues).
///
/// The marks of U+2010–U+203F (dashes, curly quotes, bullets, the ellipsis) are three bytes,
/// ``punctuationLead``, ``generalPunctuation``, then the byte that tells them apart; the
/// Latin-1 marks (« » ¿ ¡ ·) are two, ``latin1Lead`` then theirs:
///
///     "…" is E2 80 A6: punctuationLead, generalPunctuation, ellipsis
///     "¿" is C2 BF: latin1Lead, invertedQuestionMark
internal enum UTF8Mark {
  /// The first byte of U+0080–U+00BF, where the Latin-1 marks are.
  internal static let latin1Lead: UInt8 = 0xC2
  /// `¡` after ``latin1Lead``.
  internal static let invertedExclamationMark: UInt8 = 0xA1
  /// `«` after ``latin1Lead``.
  internal static let leftGuillemet: UInt8 = 0xAB
  /// `·` after ``latin1Lead``.
  internal static let middleDot: UInt8 = 0xB7
  /// `»` after ``latin1Lead``.
  internal static let rightGuillemet: UInt8 = 0xBB
  /// `¿` after ``latin1Lead``.
  internal static let invertedQuestionMark: UInt8 = 0xBF

  /// The first byte of U+2000–U+2FFF, where the general punctuation and the bullets are.
  internal static let punctuationLead: UInt8 = 0xE2
  /// The second byte of U+2000–U+203F, the general punctuation.
  internal static let generalPunctuation: UInt8 = 0x80
  /// `–` (en dash), third byte.
  internal static let enDash: UInt8 = 0x93
  /// `—` (em dash), third byte.
  internal static let emDash: UInt8 = 0x94
  /// `‘`, third byte.
  internal static let leftSingleQuote: UInt8 = 0x98
  /// `’`, third byte.
  internal static let rightSingleQuote: UInt8 = 0x99
  /// `“`, third byte.
  internal static let leftDoubleQuote: UInt8 = 0x9C
  /// `”`, third byte.
  internal static let rightDoubleQuote: UInt8 = 0x9D
  /// `•`, third byte.
  internal static let bullet: UInt8 = 0xA2
  /// `‣`, third byte.
  internal static let triangularBullet: UInt8 = 0xA3
  /// `…`, third byte.
  internal static let ellipsis: UInt8 = 0xA6
  /// `‹`, third byte.
  internal static let leftAngleQuote: UInt8 = 0xB9
  /// `›`, third byte.
  internal static let rightAngleQuote: UInt8 = 0xBA
}
