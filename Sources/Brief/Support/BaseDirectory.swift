import Foundation

/// The XDG base directories a user's files go in (the XDG Base Directory Specification).
public enum BaseDirectory: Sendable {
  /// Data files (`$XDG_DATA_HOME`, else `~/.local/share`): Brief's sentence model.
  case data
  /// State kept between runs (`$XDG_STATE_HOME`, else `~/.local/state`): the REPL's history.
  case state
  /// Files that can be made again (`$XDG_CACHE_HOME`, else `~/.cache`): sentence vectors.
  case cache

  /// The directory's path: its variable in `environment` when set and not empty, else its
  /// default under `$HOME` (the account's home when `HOME` is unset).
  public func path(environment: [String: String]) -> String {
    let (variable, fallback) =
      switch self {
      case .data: ("XDG_DATA_HOME", ".local/share")
      case .state: ("XDG_STATE_HOME", ".local/state")
      case .cache: ("XDG_CACHE_HOME", ".cache")
      }
    if let path = environment[variable], !path.isEmpty { return path }
    return (environment["HOME"] ?? NSHomeDirectory()) + "/" + fallback
  }
}
