#!/usr/bin/python3
"""Runs a command against a throwaway PostgreSQL server.

pgserver.py COMMAND [ARG...] makes a cluster in a temporary directory
(initdb, trust authentication, superuser "scr"), starts it listening on
a Unix socket in that directory only, creates a database and runs
COMMAND with SCR_TEST_POSTGRESQL_URI naming it (and the server's bin
directory first on PATH, for psql). The server is stopped and the
directory removed whatever happens. Without the server binaries the
test is skipped (exit 77), except under CI=true, where it fails.

initdb refuses to run as root: as root, the server runs as "nobody".

SPDX-License-Identifier: LGPL-2.1-or-later
"""
import glob
import os
import shutil
import subprocess
import sys
import tempfile

SKIP = 77
USER = "scr"
DATABASE = "scr_test"


def find_bin_dir():
    """The directory of initdb and pg_ctl: PATH first, then Debian's."""
    initdb = shutil.which("initdb")
    if initdb is not None and shutil.which("pg_ctl") is not None:
        return os.path.dirname(os.path.realpath(initdb))
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if all(os.access(os.path.join(candidate, name), os.X_OK)
               for name in ("initdb", "pg_ctl")):
            return candidate
    return None


def as_server_user(argv):
    """@argv run as the server's user: ourselves, or nobody for root."""
    if os.geteuid() != 0:
        return argv
    runuser = shutil.which("runuser")
    if runuser is not None:
        return [runuser, "-u", "nobody", "--"] + argv
    return ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "--"] + argv


def main(argv):
    if len(argv) < 2:
        print("usage: pgserver.py COMMAND [ARG...]", file=sys.stderr)
        return 2
    bin_dir = find_bin_dir()
    if bin_dir is None:
        if os.environ.get("CI") == "true":
            print("pgserver.py: PostgreSQL server binaries (initdb, pg_ctl) not found, "
                  "and CI=true: install postgresql", file=sys.stderr)
            return 1
        print("# SKIP PostgreSQL server binaries not found")
        return SKIP

    # short: a Unix socket path has at most 107 bytes
    top = tempfile.mkdtemp(prefix="scr-pg-")
    data = os.path.join(top, "data")
    pg_ctl = os.path.join(bin_dir, "pg_ctl")
    started = False
    try:
        if os.geteuid() == 0:
            import pwd
            nobody = pwd.getpwnam("nobody")
            os.chown(top, nobody.pw_uid, nobody.pw_gid)
        # as the server's user, in a directory it can read
        quiet = {"stdout": subprocess.DEVNULL, "cwd": top}
        subprocess.run(as_server_user([os.path.join(bin_dir, "initdb"), "-A", "trust",
                                       "-U", USER, "-E", "UTF8", "--no-sync",
                                       "-D", data]), check=True, **quiet)
        subprocess.run(as_server_user([pg_ctl, "-w", "-D", data, "-l",
                                       os.path.join(top, "server.log"),
                                       "-o", "-k %s -c listen_addresses='' -F" % top,
                                       "start"]), check=True, **quiet)
        started = True
        subprocess.run([os.path.join(bin_dir, "createdb"), "-h", top, "-U", USER, DATABASE],
                       check=True, cwd=top)
        env = dict(os.environ)
        env["SCR_TEST_POSTGRESQL_URI"] = "postgresql://%s@/%s?host=%s" % (USER, DATABASE, top)
        env["PATH"] = bin_dir + os.pathsep + env.get("PATH", "")
        return subprocess.run(argv[1:], env=env).returncode
    except subprocess.CalledProcessError as error:
        print("pgserver.py: %s" % error, file=sys.stderr)
        log = os.path.join(top, "server.log")
        if os.path.exists(log):
            with open(log, encoding="utf-8", errors="replace") as f:
                sys.stderr.write(f.read())
        return 1
    finally:
        if started:
            subprocess.run(as_server_user([pg_ctl, "-w", "-D", data, "-m", "fast", "stop"]),
                           stdout=subprocess.DEVNULL, cwd=top)
        shutil.rmtree(top, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
