"""Import the Scr typelib for the tools' scripts, from a meson build
directory when one is given (so a script runs against the build without
installing libscr)."""
import os


def import_scr(build):
    """Import Scr, from a meson build directory when @build is given."""
    if build:
        libdir = os.path.join(os.path.abspath(build), "libscr")
        for var in ("GI_TYPELIB_PATH", "LD_LIBRARY_PATH"):
            old = os.environ.get(var)
            os.environ[var] = libdir + (os.pathsep + old if old else "")
    import gi
    if build:
        for version in ("2.0", "3.0"):
            try:
                gi.require_version("GIRepository", version)
                from gi.repository import GIRepository
            except (ValueError, ImportError):
                continue
            if hasattr(GIRepository.Repository, "dup_default"):      # 3.0
                repo = GIRepository.Repository.dup_default()
                repo.prepend_search_path(libdir)
                repo.prepend_library_path(libdir)
            else:                                                   # 2.0
                GIRepository.Repository.prepend_search_path(libdir)
                if hasattr(GIRepository.Repository, "prepend_library_path"):
                    GIRepository.Repository.prepend_library_path(libdir)
            break
    gi.require_version("Scr", "1")
    from gi.repository import Scr
    return Scr
