"""The mark that shows Qt Linguist's ``lupdate`` a sentence to translate, typed for mypy."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # lupdate knows it by this name
    """Mark *source* for translation in *context* and return it unchanged.

    ``lupdate`` recognises the call by its name; PySide6's own version is typed as returning
    ``object``, which every sentence table would have to cast.
    """
    del context
    return source
