"""Search keys for pinyin lookup: initials (执法检查 → zfjc) and full pinyin by syllable
("zhi fa jian cha"), and the syllable readings of a typed query (zhifa → "zhi fa")."""

from __future__ import annotations

from functools import lru_cache

from pypinyin import Style, lazy_pinyin

_INITIALS = ("", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "zh", "ch", "sh", "r",
             "z", "c", "s", "y", "w")
_FINALS = ("a", "o", "e", "i", "u", "v", "ai", "ei", "ui", "ao", "ou", "iu", "ie", "ve", "er", "an", "en", "in",
           "un", "vn", "ang", "eng", "ing", "ong", "ia", "iao", "ian", "iang", "iong", "ua", "uo", "uai", "uan",
           "uang", "ue")
# A generous set (a few combinations do not exist): it only has to split what a clerk types.
SYLLABLES = frozenset(i + f for i in _INITIALS for f in _FINALS) - {"i", "u", "v"}
_SYLLABLE_PREFIXES = frozenset(s[:n] for s in SYLLABLES for n in range(1, len(s) + 1))
MAX_READINGS = 6


def _split_non_han(run: str) -> list[str]:
    return list(run)


def pinyin_keys(text: str) -> tuple[str, str]:
    """(initials, full pinyin with a space after each syllable) of `text`, lower case; Latin
    letters and digits are kept, punctuation is dropped so that a query never has to guess it."""
    initials: list[str] = []
    full: list[str] = []
    for item in lazy_pinyin(text, style=Style.NORMAL, errors=_split_non_han):  # type: ignore[arg-type]  # pypinyin's stub says str; a list is documented
        if len(item) == 1:
            # a non-Han character, or a one-letter syllable (啊 a): both keep the letter itself
            char = item.lower()
            if char.isascii() and char.isalnum():
                initials.append(char)
                full.append(char)
            continue
        if item.isascii() and item.isalpha():
            initials.append(item[0].lower())
            full.append(item.lower())
    return "".join(initials), " ".join(full)


@lru_cache(maxsize=256)
def query_readings(query: str) -> tuple[str, ...]:
    """The ways a typed pinyin query splits into syllables, each as it appears in the full-pinyin
    column: zhifa → ("zhi fa ",), xian → ("xian ", "xi an ", …); a trailing space marks a complete
    last syllable, without it the last one is unfinished (zhif → "zhi f"). Matching whole syllables
    keeps 法治方式 (fa zhi fang) out of a search for zhifa."""
    query = query.lower()
    out: list[str] = []

    def split(start: int, taken: list[str]) -> None:
        if len(out) >= MAX_READINGS:
            return
        for end in range(len(query), start, -1):
            piece = query[start:end]
            if end == len(query) and piece in SYLLABLES:
                out.append(" ".join([*taken, piece]) + " ")  # complete: fa is not the start of fang
            elif end == len(query) and piece in _SYLLABLE_PREFIXES:
                out.append(" ".join([*taken, piece]))
            elif end < len(query) and piece in SYLLABLES:
                split(end, [*taken, piece])

    split(0, [])
    return tuple(dict.fromkeys(out))


# Punctuation that is part of a token in phrases_chars_fts (its tokenchars, app/store/schema.py):
# a query such as "优，" then has an index too.
TOKEN_PUNCTUATION = "，。、；：？！“”‘’《》（）【】〔〕—…·,.;:?!%()-/"


def is_token_char(char: str) -> bool:
    return char.isalnum() or char in TOKEN_PUNCTUATION


def char_tokens(text: str) -> str:
    """Every letter, digit or listed punctuation mark, and every pair of adjacent ones, space
    separated: the tokens of the index that finds 1–2 character substrings (执法， → "执 法 ， 执法 法，")."""
    tokens: list[str] = []
    previous = ""
    for char in text:
        if is_token_char(char):
            tokens.append(char)
            if previous:
                tokens.append(previous + char)
            previous = char
        else:
            previous = ""
    return " ".join(tokens)
