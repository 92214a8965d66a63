"""LazyPattern: one pattern object for every extractor, compiled on first use."""
import re

from hkparse.patterns import LazyPattern


def test_not_compiled_until_used_then_behaves_as_the_compiled_pattern():
    lazy = LazyPattern(r"(\d+)(st|nd|rd|th)\s+meeting", re.I)
    assert "compiled" not in vars(lazy)
    text = "The 11th Meeting and the 12th meeting"
    assert [m.group(1) for m in lazy.finditer(text)] == ["11", "12"]
    assert lazy.search(text, 10).group() == "12th meeting"
    assert lazy.match(text) is None and lazy.fullmatch("3rd meeting") is not None
    assert lazy.groups == 2 and lazy.pattern == lazy.source
    assert lazy.compiled is re.compile(lazy.source, re.I)


def test_methods_are_the_compiled_patterns_own_after_first_use():
    lazy = LazyPattern(r"\bsq\s*m\b")
    lazy.search("")
    # bound methods of the compiled object: no Python-level forwarding per call
    assert lazy.search.__self__ is lazy.compiled
    assert lazy.finditer.__self__ is lazy.compiled


def test_source_builds_other_patterns_without_compiling():
    inner = LazyPattern(r"(?:Bureau|Department)")
    outer = LazyPattern(r"the\s+\w+\s+" + inner.source)
    assert "compiled" not in vars(inner)
    assert outer.search("from the Development Bureau").group() == "the Development Bureau"


def test_unicode_classes_compile_with_the_regex_module():
    lazy = LazyPattern(r"\b\p{Lu}{2,}\b", unicode_classes=True)
    assert [m.group() for m in lazy.finditer("the ÉTAT and HKSAR")] == ["ÉTAT", "HKSAR"]
    import regex
    assert isinstance(lazy.compiled, regex.Pattern)
