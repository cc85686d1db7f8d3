#ifndef BRIEF_CREADLINE_SHIM_H
#define BRIEF_CREADLINE_SHIM_H
#include <stdio.h>
#include <stdlib.h>
#include <readline/readline.h>
#include <readline/history.h>

// Swift 6 rejects direct use of readline's mutable C globals as not
// concurrency-safe, so they are reached through these inline functions.

/// Sets the function readline calls to complete the word at the cursor.
static inline void brief_rl_set_completion(rl_completion_func_t *function) {
  rl_attempted_completion_function = function;
}

/// Stops readline from falling back to filename completion.
static inline void brief_rl_disable_filename_completion(void) {
  rl_attempted_completion_over = 1;
}

/// The line being edited.
static inline const char *brief_rl_line_buffer(void) {
  return rl_line_buffer;
}

/// Sets whether readline appends a space after a unique completion.
static inline void brief_rl_set_completion_append_character(int character) {
  rl_completion_append_character = character;
}

/// The start of the word being completed within the line buffer.
static inline int brief_rl_point(void) {
  return rl_point;
}

/// Names the program for readline's init file (~/.inputrc conditionals).
static inline void brief_rl_set_name(const char *name) {
  rl_readline_name = name;
}
/// Ctrl-D: on an empty line readline itself ends input; at the end of a non-empty line
/// the line is accepted, as a terminal in cooked mode delivers a partial line on its EOF
/// key (so end of input after partial text answers it, and a second EOF leaves); inside the
/// line it deletes the character under the cursor, as usual.
static inline int brief_rl_eof_key(int count, int key) {
  if (rl_point < rl_end) return rl_delete(count, key);
  return rl_newline(1, key);
}

/// Binds Ctrl-D to brief_rl_eof_key.
static inline void brief_rl_bind_eof_key(void) {
  rl_bind_key(4, brief_rl_eof_key);
}
#endif
