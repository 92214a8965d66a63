"""`LazyPattern`: a regular expression compiled on first use, shared by every extractor.

Compiling all of hkparse's patterns at import took longer than parsing a release, and many
patterns serve shapes that most releases (and one-file runs) never reach.
"""
from __future__ import annotations

import re

# The methods bound onto the instance at first use, so that later calls cost what the
# compiled pattern's own do (no Python-level forwarding per call).
_METHODS = ("match", "search", "fullmatch", "finditer", "findall", "sub", "split")


class LazyPattern:
    """Stands in for `re.compile(source, flags)` until first used, then forwards to it.

    `.compiled` is the compiled pattern itself, for code that hands it on or makes a copy
    that ignores case. `source` stays readable, so that one pattern can be built into another
    without compiling either. `unicode_classes`: compile with the `regex` module, for the few
    patterns that need `\\p{Lu}` (importing it costs ~10 ms, paid on first need only; std `re`
    compiles faster and runs hkparse's short alternations as fast). Compiling twice in two
    threads at once is harmless: both get equal patterns.
    """

    def __init__(self, source: str, flags: int = 0, *, unicode_classes: bool = False) -> None:
        self.source = source
        self.flags = flags
        self.unicode_classes = unicode_classes

    def __getattr__(self, name: str):
        # Python calls this only for attributes the instance lacks: `compiled` and the methods
        # before first use, the compiled pattern's other attributes (`groups` ...) any time.
        compiled = self.__dict__.get("compiled")
        if compiled is None:
            if self.unicode_classes:
                import regex
                compiled = regex.compile(self.source, self.flags)
            else:
                compiled = re.compile(self.source, self.flags)
            self.compiled = compiled
            for method in _METHODS:
                setattr(self, method, getattr(compiled, method))
        if name == "compiled":
            return compiled
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"LazyPattern({self.source!r}, {self.flags!r})"
