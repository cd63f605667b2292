"""Search keys for pinyin lookup: initials (执法检查 → zfjc) and full pinyin by syllable
("zhi fa jian cha"), and the syllable readings of a typed query (zhifa → "zhi fa")."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import lru_cache

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


class _Pypinyin:
    """pypinyin as `lazy_pinyin` uses it, loaded on first use (its dictionaries are large), with
    its segmentation inlined: words repeat across phrases, and segmenting and converting each
    phrase anew was most of the cost of importing a large library."""

    def __init__(self) -> None:
        from pypinyin import Style
        from pypinyin.constants import PHRASES_DICT, RE_HANS
        from pypinyin.converter import UltimateConverter
        from pypinyin.core import Pinyin
        from pypinyin.seg.mmseg import p_set

        self.style = Style.NORMAL
        self.pinyin = Pinyin(UltimateConverter(v_to_u=False, neutral_tone_with_five=False, tone_sandhi=False))
        self.han_runs = re.compile("(" + RE_HANS.pattern.removeprefix("^").removesuffix("$") + ")", RE_HANS.flags)
        self.prefixes: set[str] = p_set._set  # every prefix of a dictionary word
        self.phrases: Mapping[str, object] = PHRASES_DICT

    def words(self, text: str) -> Iterator[str]:
        """pypinyin's segmentation: simpleseg's Han and non-Han runs, then mmseg's strict forward
        maximum matching (`Seg(p_set, no_non_phrases=True).cut`) with its set lookups inlined."""
        for number, run in enumerate(self.han_runs.split(text)):
            if run and number % 2 == 0:  # not Han
                yield run
            elif run:
                yield from self._cut(run)

    def _cut(self, run: str) -> Iterator[str]:
        prefixes, phrases = self.prefixes, self.phrases
        start, size = 0, len(run)
        while start < size:
            if run[start:start + 2] not in prefixes:  # most characters: no longer word starts here
                yield run[start]
                start += 1
                continue
            valid = 0  # the longest dictionary word at `start`
            for end in range(start + 1, size + 1):
                word = run[start:end]
                if word not in prefixes:
                    stop = valid or start + 1
                    yield run[start:stop]
                    start = stop
                    break
                if word in phrases:
                    valid = end
            else:  # every prefix of the rest is a prefix of some word
                if not valid:
                    yield from run[start:]
                    return
                yield run[start:valid]
                start = valid


@lru_cache(maxsize=1)
def _pypinyin() -> _Pypinyin:
    return _Pypinyin()


@lru_cache(maxsize=65536)
def _word_keys(word: str) -> tuple[str, str]:
    """(initials, full pinyin) of one segmented word, as `pinyin_keys` describes them."""
    engine = _pypinyin()
    initials: list[str] = []
    full: list[str] = []
    for item in engine.pinyin.lazy_pinyin([word], style=engine.style,
                                          errors=_split_non_han):  # type: ignore[arg-type]  # a list is allowed
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


@lru_cache(maxsize=65536)
def _word_search_keys(word: str) -> tuple[str, str]:
    initials, full = _word_keys(word)
    return initials, encode_syllables(full)


def search_keys(text: str) -> tuple[str, str]:
    """The stored search columns of `text`: (initials, coded syllables) — the same as
    `pinyin_keys` with `encode_syllables`, coded word by word (words repeat across phrases)."""
    keys = [_word_search_keys(word) for word in _pypinyin().words(text)]
    return "".join([k[0] for k in keys]), "".join([k[1] for k in keys])


def pinyin_keys(text: str) -> tuple[str, str]:
    """(initials, full pinyin with a space after each syllable) of `text`, lower case; Latin
    letters and digits are kept, punctuation is dropped so that a query never has to guess it."""
    keys = [_word_keys(word) for word in _pypinyin().words(text)]
    return "".join(k[0] for k in keys), " ".join(k[1] for k in keys if k[1])


def pinyin_items(text: str) -> list[str]:
    """What `lazy_pinyin(text)` returns (normal style, non-Han characters one by one)."""
    engine = _pypinyin()
    return list(engine.pinyin.lazy_pinyin(list(engine.words(text)), style=engine.style,
                                          errors=_split_non_han))  # type: ignore[arg-type]  # a list is allowed


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


# --- the compact syllable column -------------------------------------------------------------
# Each syllable of two or more letters is stored as ONE character, U+0100 up, in the sorted order
# of its spelling, so the syllables that start with the same letters (f: fa fan fang …) are one
# range of characters. One-letter syllables (啊 a), Latin letters and digits stay as themselves.
# FROZEN: stored libraries hold these codes (app/store/schema.py converts with the same table);
# a new syllable may only be appended at the end, never sorted in.
SYLLABLE_CODES: tuple[str, ...] = tuple(sorted(s for s in SYLLABLES | {"ng", "hm", "hng"} if len(s) > 1))
CODE_BASE = 0x100
OTHER_CODE = chr(CODE_BASE + len(SYLLABLE_CODES))  # a reading outside the table: never matched
_CODE_OF = {s: chr(CODE_BASE + i) for i, s in enumerate(SYLLABLE_CODES)}


def syllable_code(syllable: str) -> str:
    if len(syllable) <= 1:
        return syllable
    return _CODE_OF.get(syllable, OTHER_CODE)


def encode_syllables(full: str) -> str:
    """The full pinyin of `pinyin_keys` ("zhi fa 3") as the stored syllable column."""
    return "".join(syllable_code(s) for s in full.split())


def code_range(prefix: str) -> tuple[str, str] | None:
    """The first and last code of the syllables that start with `prefix` (two letters or more)."""
    codes = [code for s, code in _CODE_OF.items() if s.startswith(prefix)]
    return (min(codes), max(codes)) if codes else None


def reading_pattern(reading: str) -> str:
    """A regular expression over the syllable column for one reading of `query_readings`: complete
    syllables as their codes, an unfinished last one as any syllable it starts (or the letter)."""
    fixed, partial = reading_fixed_codes(reading)
    if not partial:
        return re.escape(fixed)
    codes = code_range(partial)
    options = [f"[{codes[0]}-{codes[1]}]"] if codes else []
    if len(partial) == 1:
        options.append(re.escape(partial))
    return re.escape(fixed) + ("(?:" + "|".join(options) + ")" if options else "(?!)")


def reading_glob(reading: str) -> str | None:
    """The same as a GLOB pattern (without the leading or trailing *), None if nothing matches."""
    fixed, partial = reading_fixed_codes(reading)
    if not partial:
        return fixed
    codes = code_range(partial)
    options = f"{codes[0]}-{codes[1]}" if codes else ""
    if len(partial) == 1:
        options += partial
    return fixed + f"[{options}]" if options else None


def reading_fixed_codes(reading: str) -> tuple[str, str]:
    """(codes of the complete syllables at the start, the unfinished last piece or "")."""
    pieces = reading.split()
    if reading.endswith(" "):
        return "".join(syllable_code(p) for p in pieces), ""
    return "".join(syllable_code(p) for p in pieces[:-1]), pieces[-1]
