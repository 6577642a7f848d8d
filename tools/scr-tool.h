/* scr-tool.h: the subcommands of the scr command-line tool.
 *
 * Each subcommand gets argv with argv[0] set to "scr SUBCOMMAND" and
 * returns the process exit status. Conventions (see scr(1)):
 *   0  success
 *   1  the command ran and found problems (validate: invalid files)
 *   2  bad usage or input: a one-line message on stderr
 */
#pragma once

#include <scr/scr.h>

G_BEGIN_DECLS

typedef int (*ScrToolCommand) (int argc, char **argv);

/* Prints "scr: MESSAGE" to stderr and returns 2. */
int scr_tool_fail (const char *format, ...) G_GNUC_PRINTF (1, 2);

/* The nick of @value of the enum @type, or "?". */
const char *scr_tool_enum_nick (GType type, int value);
/* Prints @root as indented JSON and a newline. */
void        scr_tool_print_json (JsonNode *root);
/* The value of the enum @type whose nick is @nick, or -1. */
int         scr_tool_enum_value (GType type, const char *nick);
/* A date as YYYY[-MM[-DD]], or "-" for none; a new string. */
char       *scr_tool_date_text (const ScrDate *date);

/* Parses the options of a subcommand with GOptionContext; on a bad option
 * prints a one-line error and returns FALSE. */
gboolean scr_tool_parse_options (GOptionEntry *entries,
                                 const char   *parameter_string,
                                 const char   *summary,
                                 int          *argc,
                                 char       ***argv);

/* model: tools/scr-cmd-dataset.c */
int scr_cmd_validate (int argc, char **argv);
int scr_cmd_show     (int argc, char **argv);

/* evaluator: tools/scr-cmd-evaluate.c */
int scr_cmd_evaluate (int argc, char **argv);
int scr_cmd_timeline (int argc, char **argv);
/* One case's evaluation, or timeline, as scr evaluate and scr timeline
 * print it. */
void scr_tool_print_evaluation (ScrEvaluation *evaluation);
void scr_tool_print_timeline   (ScrTimeline   *timeline);
/* A decision log entry as `scr log --json` writes it (scr-cmd-register.c). */
JsonNode *scr_tool_log_entry_to_json (ScrLogEntry *e);
/* The evaluation's questions (scr_evaluation_get_questions()), as
 * scr evaluate --questions prints them: text, or a JSON array. */
void      scr_tool_print_questions   (GListModel *questions);
JsonNode *scr_tool_questions_to_json (GListModel *questions);

/* calendar: tools/scr-cmd-calendar.c */
int scr_cmd_holidays (int argc, char **argv);
int scr_cmd_workdays (int argc, char **argv);

/* publication: tools/scr-cmd-publication.c */
int scr_cmd_publication_check (int argc, char **argv);

/* model: tools/scr-cmd-themes.c */
int scr_cmd_themes (int argc, char **argv);
/* model: tools/scr-cmd-learning.c */
int scr_cmd_learning (int argc, char **argv);
/* learning: tools/scr-cmd-repeats.c */
int scr_cmd_repeats (int argc, char **argv);

/* publication: tools/scr-cmd-report.c */
int scr_cmd_report (int argc, char **argv);
/* The dataset file @file, else the register @uri, loaded for @command;
 * NULL after printing why not (*status set to 2). */
ScrDataset *scr_tool_load_source (const char *command,
                                  const char *file,
                                  const char *uri,
                                  int        *status);
int scr_cmd_return (int argc, char **argv);

/* store: tools/scr-cmd-register.c */
int scr_cmd_init   (int argc, char **argv);
int scr_cmd_import (int argc, char **argv);
int scr_cmd_export (int argc, char **argv);
int scr_cmd_case   (int argc, char **argv);
int scr_cmd_record (int argc, char **argv);
int scr_cmd_decide (int argc, char **argv);
int scr_cmd_action (int argc, char **argv);
int scr_cmd_log    (int argc, char **argv);
/* The user name for the log: @given, else $USER, else the login name. */
const char *scr_tool_user_name     (const char *given);
/* Opens the register @uri (NULL: none given), or prints why not (*status
 * set to 2). */
ScrStore   *scr_tool_open_register (const char *command,
                                    const char *uri,
                                    int        *status);

/* The option entries the register commands share, storing into the
 * char * at @ptr. */
#define SCR_TOOL_REGISTER_ENTRY(ptr) \
  { "register", 'R', 0, G_OPTION_ARG_STRING, (ptr), \
    "The register (sqlite:PATH, a path or postgresql://...; default $SCR_REGISTER)", \
    "URI" }
#define SCR_TOOL_USER_ENTRY(ptr) \
  { "as", 0, 0, G_OPTION_ARG_STRING, (ptr), \
    "Who is making the change, for the log (default $USER)", "NAME" }
#define SCR_TOOL_REASON_ENTRY(ptr) \
  { "reason", 0, 0, G_OPTION_ARG_STRING, (ptr), "Why, for the log", "TEXT" }

/* The register's URI: @given (--register), else $SCR_REGISTER; NULL if
 * neither. */
const char *scr_tool_register_uri  (const char *given);
/* Saves @item to @store for @user (NULL: $USER) with @reason (nullable),
 * with the version it was read at, or as an entity new to the register
 * when @new_entity (a conflict if it is there). Prints "WHAT: saved
 * (version N)" unless @what is NULL; *@version_out (nullable) gets the new
 * version. Returns 0, or 2 after printing the error. */
int         scr_tool_save_item     (const char *command,
                                    ScrStore   *store,
                                    gpointer    item,
                                    const char *user,
                                    const char *reason,
                                    gboolean    new_entity,
                                    const char *what,
                                    guint64    *version_out);
/* Sets each NAME=VALUE fact of @assignments on @c; FALSE (after printing
 * the error, with the allowed values) at the first bad one. */
gboolean    scr_tool_set_facts     (const char  *command,
                                    ScrCase     *c,
                                    char       **assignments);
/* A new case @id of @jurisdiction (a nick) with the NAME=VALUE facts and
 * NAME=DATE events given (each nullable); NULL after printing why not. */
ScrCase    *scr_tool_new_case      (const char  *command,
                                    const char  *id,
                                    const char  *jurisdiction,
                                    char       **facts,
                                    char       **events);

/* store: tools/scr-cmd-triage.c */
int scr_cmd_triage (int argc, char **argv);

/* store: tools/scr-cmd-due.c */
int scr_cmd_due    (int argc, char **argv);
int scr_cmd_status (int argc, char **argv);

G_END_DECLS
