#include "CReadlineInterrupt.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <readline/readline.h>

/// Set by note_interrupt; cleared by the key reader or brief_interrupt_take.
static volatile sig_atomic_t interrupted = 0;

/// brief's SIGINT handler: notes the signal, nothing else.
static void note_interrupt(int signal) {
  (void)signal;
  interrupted = 1;
}

/// The bell style to restore once a command aborted by Ctrl-C is left, or NULL.
static const char *saved_bell_style = NULL;

/// What the key reader gives readline once Ctrl-C has come (and readline has handled the
/// signal): an end of the line, from wherever readline was.
static int after_interrupt(void) {
  if (RL_ISSTATE(RL_STATE_COMPLETING) && RL_ISSTATE(RL_STATE_MOREINPUT)) {
    // The "Display all N possibilities?" question or the --More-- pager. 'n' is
    // readline's own way out: it frees what it holds (aborting would lose the copy of the
    // line it keeps) and draws the line under the question: emptied, the line is cancelled
    // and readline reads on.
    interrupted = 0;
    rl_replace_line("", 1);
    return 'n';
  }
  if (RL_ISSTATE(RL_STATE_READCMD)) {
    // READERR ends readline() without a line; the flag tells the caller why.
    if (saved_bell_style != NULL) {
      rl_variable_bind("bell-style", saved_bell_style);
      saved_bell_style = NULL;
    }
    return READERR;
  }
  // A search, a numeric argument, a quoted insert: EOF aborts it and readline asks for a
  // command key. The bell readline rings when it aborts a command is silenced (Ctrl-C is
  // not a mistake).
  if (saved_bell_style == NULL) {
    saved_bell_style = rl_variable_value("bell-style");
    rl_variable_bind("bell-style", "none");
  }
  return EOF;
}

/// What readline gets on a read error: READERR when it reads a command key (it then
/// ends the line), else EOF.
static int read_error(void) {
  return RL_ISSTATE(RL_STATE_READCMD) ? READERR : EOF;
}

/// readline's key reader: a byte of the terminal, read as readline's own rl_getc does
/// (wait for input, so that a signal such as a resize is handled at once, then read one
/// byte), but ending the line after Ctrl-C.
static int read_key(FILE *stream) {
  int descriptor = fileno(stream);
  for (;;) {
    // Signals readline caught and has not handled yet; a SIGINT reaches the flag here.
    rl_check_signals();
    if (interrupted) return after_interrupt();
    struct pollfd input = {.fd = descriptor, .events = POLLIN, .revents = 0};
    if (poll(&input, 1, -1) < 0) {
      if (errno == EINTR) continue;
      return read_error();
    }
    unsigned char byte;
    ssize_t count = read(descriptor, &byte, 1);
    if (count == 1) return byte;
    if (count == 0) return EOF;
    if (errno == EINTR) continue;
    if (errno == EAGAIN || errno == EWOULDBLOCK) {
      // A terminal left non-blocking: block again, as readline's own reader does.
      int flags = fcntl(descriptor, F_GETFL);
      if (flags >= 0 && fcntl(descriptor, F_SETFL, flags & ~O_NONBLOCK) == 0) continue;
    }
    return read_error();
  }
}

void brief_interrupt_install(void) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = note_interrupt;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, NULL);
  rl_getc_function = read_key;
}

int brief_interrupt_pending(void) {
  return interrupted != 0;
}

int brief_interrupt_take(void) {
  int was = interrupted != 0;
  interrupted = 0;
  return was;
}

int brief_interrupt_readline_ended_line(void) {
  const char *value = rl_variable_value("enable-bracketed-paste");
  return value != NULL && strcmp(value, "on") == 0;
}
