/* scr-cmd-dataset.c: scr validate, scr show. (Filled in by the model work.) */
#include "scr-tool.h"

int
scr_cmd_validate (int argc, char **argv)
{
  return scr_tool_fail ("validate: not built yet");
}

int
scr_cmd_show (int argc, char **argv)
{
  return scr_tool_fail ("show: not built yet");
}
