"""What the CLI checks (check-cli-*.py) share: running the tool, recording
each check, and printing them as TAP, exiting 1 when any failed."""
import os
import subprocess
import sys


class Checks:
    def __init__(self, tool, *prefix, env=None):
        """Runs of TOOL PREFIX... ARGS..., in the C.UTF-8 locale and with
        ENV (a dict) added to the environment."""
        self.command = [tool, *prefix]
        self.env = dict(os.environ, LC_ALL="C.UTF-8", **(env or {}))
        self.results = []

    def run(self, *args, stdin=None):
        """(exit status, stdout, stderr) of one run, fed STDIN (a str)
        through a pipe when given; the output is decoded as UTF-8 as it
        is, so CRLF line ends stay."""
        fed = {} if stdin is None else {"input": stdin.encode("utf-8")}
        p = subprocess.run([*self.command, *args], capture_output=True, env=self.env, **fed)
        return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")

    def check(self, name, condition, detail=""):
        self.results.append((name, bool(condition), detail))

    def finish(self, detail_lines=20):
        """Prints the checks as TAP (a failed one with the first lines of
        its detail) and exits."""
        failed = 0
        for i, (name, ok, detail) in enumerate(self.results, 1):
            print(f"{'ok' if ok else 'not ok'} {i} - {name}")
            if not ok:
                failed += 1
                for line in str(detail).splitlines()[:detail_lines]:
                    print(f"# {line}")
        print(f"1..{len(self.results)}")
        sys.exit(1 if failed else 0)
