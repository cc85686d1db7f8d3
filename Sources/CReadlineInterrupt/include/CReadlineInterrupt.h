#ifndef BRIEF_CREADLINE_INTERRUPT_H
#define BRIEF_CREADLINE_INTERRUPT_H

// Ctrl-C in brief's REPL. A signal handler may only do what is async-signal-safe, and no
// readline function is, so brief's SIGINT handler only sets a flag. readline catches
// SIGINT itself while it reads (rl_catch_signals, the default) and acts on it at a safe
// point: it drops the line's undo list and partial state, echoes ^C, restores the terminal
// and re-raises the signal to brief's handler. brief's key reader (rl_getc_function) then
// sees the flag and ends the line, from wherever readline was.
// In particular readline does not go on waiting for the answer to "Display all N
// possibilities? (y or n)": readline 8.2 (Debian 12's) frees the matches when it handles
// SIGINT there and, once the application's handler has returned, lists the freed memory
// on 'y' (readline 8.3 checks for that).
//
// Outside readline (while an answer is computed) the flag is all that Ctrl-C does; the
// REPL looks at it. It lives in this C file: a static variable in a header would be one
// copy per Swift file that uses it.

/// Installs brief's SIGINT handler (it only notes the signal) and readline key reader.
void brief_interrupt_install(void);

/// Whether Ctrl-C came since the last brief_interrupt_take.
int brief_interrupt_pending(void);

/// Whether Ctrl-C came since the last call, and forgets it.
int brief_interrupt_take(void);

/// Whether readline, ending without a line, has gone to a new line itself: it does when
/// bracketed paste is on (the default), as it takes the terminal out of that mode.
int brief_interrupt_readline_ended_line(void);

#endif
