"""Date expressions in news text, resolved against the publication date.

News writes time relative to the day of publication: "yesterday", "on Sunday", "last week",
"September 17". :func:`resolve_expression` turns one such expression into a calendar date plus
a granularity (``day``, ``week``, ``month`` or ``year``); :func:`find_dates` finds every date
expression in a parsed text.

Conventions (``published`` is the publication date):

* bare weekdays and months prefer the past: "Sunday" is the most recent Sunday on or before
  ``published`` (the same day if it is a Sunday); "July" is the most recent July (this month
  if it is July) — unless the clause looks ahead ("will rule in July", "a strike for Thursday",
  "is due to meet on Monday"), then they are the next ones (``ahead=True``);
* "last Sunday" is strictly before ``published``, "next Monday" strictly after;
  "last October" is the most recent October before the current month;
* "September 17" is in the year of publication unless that would put it more than
  :data:`FUTURE_TOLERANCE_DAYS` after ``published``, then in the previous year;
* week granularity keeps the day the offset lands on ("last week" = ``published`` - 7 days);
  month and year granularity give the first day of the month / year; a decade ("the 1990s")
  gives year granularity and the first year of the decade;
* with ``published`` None, absolute dates still resolve, relative ones give a None date.

Our own small patterns handle the common cases; ``dateparser`` is only a guarded fallback
(numeric dates such as ``9/17/2016``), because it happily invents dates for non-dates.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import lru_cache

from tacitus.model.records import DateMention
from tacitus.nlp.doctext import doc_text

DAY, WEEK, MONTH, YEAR = "day", "week", "month", "year"
NOT_A_DATE = ""  # granularity returned for text that is not a date expression

FUTURE_TOLERANCE_DAYS = 7

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS: dict[str, int] = {}
for _i, _names in enumerate(
    [
        ("january", "jan"),
        ("february", "feb"),
        ("march", "mar"),
        ("april", "apr"),
        ("may",),
        ("june", "jun"),
        ("july", "jul"),
        ("august", "aug"),
        ("september", "sept", "sep"),
        ("october", "oct"),
        ("november", "nov"),
        ("december", "dec"),
    ],
    start=1,
):
    for _name in _names:
        MONTHS[_name] = _i

NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "a couple of": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
}

_MONTH = "(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
_WEEKDAY = "(" + "|".join(WEEKDAYS) + ")"
_NUM = r"(\d{1,2}|" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + ")"
_UNIT = r"(day|week|month|year)s?"

# ---------------------------------------------------------------------------------------------
# small calendar helpers


def _month_start(year: int, month: int, offset: int = 0) -> dt.date:
    """First day of ``month`` of ``year`` moved by ``offset`` months."""
    n = year * 12 + (month - 1) + offset
    return dt.date(n // 12, n % 12 + 1, 1)


def _shift(p: dt.date, n: int, unit: str) -> tuple[dt.date, str]:
    """``published`` moved by ``n`` units (negative = past), at that unit's granularity."""
    if unit == DAY:
        return p + dt.timedelta(days=n), DAY
    if unit == WEEK:
        return p + dt.timedelta(weeks=n), WEEK
    if unit == MONTH:
        return _month_start(p.year, p.month, n), MONTH
    return dt.date(p.year + n, 1, 1), YEAR


def _count(word: str) -> int:
    return int(word) if word.isdigit() else NUMBERS[word]


def _weekday(p: dt.date, wd: int, modifier: str | None) -> dt.date:
    if modifier == "next":
        return p + dt.timedelta(days=(wd - p.weekday()) % 7 or 7)
    back = (p.weekday() - wd) % 7
    if modifier == "last" and back == 0:
        back = 7
    return p - dt.timedelta(days=back)


def _day_month(day: int, month: int, year: int | None, p: dt.date | None) -> tuple[dt.date | None, str]:
    """A day of a month; without a year, the year of ``p`` (or the one before, see module doc)."""
    try:
        if year is not None:
            return dt.date(year, month, day), DAY
        if p is None:
            dt.date(2000, month, day)  # validate only (2000 is a leap year)
            return None, DAY
        for y in (p.year, p.year - 1):
            try:
                d = dt.date(y, month, day)
            except ValueError:  # 29 February
                continue
            if d <= p + dt.timedelta(days=FUTURE_TOLERANCE_DAYS):
                return d, DAY
    except ValueError:
        pass
    return None, NOT_A_DATE


def _month(month: int, modifier: str | None, p: dt.date | None) -> tuple[dt.date | None, str]:
    if p is None:
        return None, MONTH
    if modifier == "next":
        return dt.date(p.year if month > p.month else p.year + 1, month, 1), MONTH
    if modifier == "this":
        return dt.date(p.year, month, 1), MONTH
    if modifier in ("last", "past"):
        return dt.date(p.year if month < p.month else p.year - 1, month, 1), MONTH
    return dt.date(p.year if month <= p.month else p.year - 1, month, 1), MONTH


def _year(text: str) -> int | None:
    y = int(text)
    return y if 1000 <= y <= 2199 else None


# ---------------------------------------------------------------------------------------------
# patterns: each is matched in full against the normalised expression

Handler = Callable[[re.Match[str], "dt.date | None"], "tuple[dt.date | None, str]"]
_PATTERNS: list[tuple[re.Pattern[str], Handler]] = []


def _pattern(regex: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        _PATTERNS.append((re.compile(regex), fn))
        return fn

    return register


def _relative(n: int, unit: str, p: dt.date | None) -> tuple[dt.date | None, str]:
    if p is None:
        return None, unit
    return _shift(p, n, unit)


@_pattern(r"today|tonight|this (?:morning|afternoon|evening)|now")
def _today(m: re.Match[str], p: dt.date | None) -> tuple[dt.date | None, str]:
    return _relative(0, DAY, p)


@_pattern(r"yesterday|last night")
def _yesterday(m: re.Match[str], p: dt.date | None) -> tuple[dt.date | None, str]:
    return _relative(-1, DAY, p)


@_pattern(r"tomorrow")
def _tomorrow(m: re.Match[str], p: dt.date | None) -> tuple[dt.date | None, str]:
    return _relative(1, DAY, p)


@_pattern(r"(?:the )?day (before yesterday|after tomorrow)")
def _two_days(m: re.Match[str], p: dt.date | None) -> tuple[dt.date | None, str]:
    return _relative(-2 if m[1].startswith("before") else 2, DAY, p)


@_pattern(_NUM + " " + _UNIT + " (ago|earlier|before|later|from now|hence)")
def _ago(m: re.Match[str], p: dt.date | None) -> tuple[dt.date | None, str]:
    sign = -1 if m[3] in ("ago", "earlier", "before") else 1
    return _relative(sign * _count(m[1]), m[2], p)


@_pattern(r"in " + _NUM + " " + _UNIT + "(?: time)?")
def _in_n(m: re.Match[str], p: dt.date | None) -> tuple[dt.date | None, str]:
    return _relative(_count(m[1]), m[2], p)


@_pattern(r"a fortnight ago")
def _fortnight(m: re.Match[str], p: dt.date | None) -> tuple[dt.date | None, str]:
    return _relative(-2, WEEK, p)


@_pattern(r"(last|past|previous|this|current|next|coming) (week|month|year)")
def _this_unit(m: re.Match[str], p: dt.date | None) -> tuple[dt.date | None, str]:
    n = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(m[1], 0)
    return _relative(n, m[2], p)


@_pattern(r"(?:(last|past|previous|this|next|coming) )?weekend")
def _weekend(m: re.Match[str], p: dt.date | None) -> tuple[dt.date | None, str]:
    if p is None:
        return None, WEEK
    if m[1] in ("this", "next", "coming"):
        return _weekday(p, 5, "next" if p.weekday() < 5 else None), WEEK
    return _weekday(p - dt.timedelta(days=1), 5, None), WEEK  # the Saturday before published


@_pattern(r"(?:(last|past|previous|this|next|coming) )?" + _WEEKDAY)
def _on_weekday(m: re.Match[str], p: dt.date | None) -> tuple[dt.date | None, str]:
    if p is None:
        return None, DAY
    modifier = {"past": "last", "previous": "last", "coming": "next"}.get(m[1], m[1])
    return _weekday(p, WEEKDAYS.index(m[2]), modifier), DAY


@_pattern(_MONTH + r" (\d{1,2})(?:,? (\d{4}))?")
def _month_day(m: re.Match[str], p: dt.date | None) -> tuple[dt.date | None, str]:
    return _day_month(int(m[2]), MONTHS[m[1]], _year(m[3]) if m[3] else None, p)


@_pattern(r"(\d{1,2})(?: of)? " + _MONTH + r"(?:,? (\d{4}))?")
def _day_month_pattern(m: re.Match[str], p: dt.date | None) -> tuple[dt.date | None, str]:
    return _day_month(int(m[1]), MONTHS[m[2]], _year(m[3]) if m[3] else None, p)


@_pattern(_MONTH + r",?(?: of)? (\d{4})")
def _month_year(m: re.Match[str], p: dt.date | None) -> tuple[dt.date | None, str]:
    year = _year(m[2])
    return (dt.date(year, MONTHS[m[1]], 1), MONTH) if year else (None, NOT_A_DATE)


@_pattern(r"(?:(last|past|this|next|coming) )?" + _MONTH)
def _bare_month(m: re.Match[str], p: dt.date | None) -> tuple[dt.date | None, str]:
    modifier = {"coming": "next", "past": "last"}.get(m[1], m[1])
    return _month(MONTHS[m[2]], modifier, p)


@_pattern(r"(?:(?:spring|summer|autumn|fall|winter)(?: of)? )?(?:year )?(\d{4})")
def _year_only(m: re.Match[str], p: dt.date | None) -> tuple[dt.date | None, str]:
    year = _year(m[1])
    return (dt.date(year, 1, 1), YEAR) if year else (None, NOT_A_DATE)


@_pattern(r"(\d{3}0)'?s|'(\d0)s")
def _decade(m: re.Match[str], p: dt.date | None) -> tuple[dt.date | None, str]:
    if m[1]:
        year = _year(m[1])
    elif p is None:  # '90s: the century comes from the publication date
        return None, YEAR
    else:  # the most recent such decade
        century = p.year // 100 * 100
        year = century + int(m[2]) if century + int(m[2]) <= p.year else century - 100 + int(m[2])
    return (dt.date(year, 1, 1), YEAR) if year else (None, NOT_A_DATE)


@_pattern(r"(\d{4})-(\d{2})-(\d{2})")
def _iso(m: re.Match[str], p: dt.date | None) -> tuple[dt.date | None, str]:
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3])), DAY
    except ValueError:
        return None, NOT_A_DATE


@_pattern(r"(\d{4})-(\d{2})")
def _iso_month(m: re.Match[str], p: dt.date | None) -> tuple[dt.date | None, str]:
    year, month = _year(m[1]), int(m[2])
    return (dt.date(year, month, 1), MONTH) if year and 1 <= month <= 12 else (None, NOT_A_DATE)


# ---------------------------------------------------------------------------------------------
# normalisation

_LEADING = re.compile(
    r"^(?:(?:on|in|since|by|until|till|from|during|at|as of|before|after|of|the|over|around|"
    r"about|early|earlier|late|later|mid|the end of|end of|the beginning of|beginning of|"
    r"the start of|start of|the middle of|middle of)[\s-]+)+"
)
_TIME_OF_DAY = re.compile(r"\s+(?:morning|afternoon|evening|night|overnight)$")
_LEADING_WEEKDAY = re.compile(r"^" + _WEEKDAY + r",?\s+(?=\S)")


def _normalise(text: str) -> str:
    s = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    s = re.sub(r"\s+", " ", s).strip(' \t\n,;:!?()"')
    s = re.sub(r"(?<=[a-z])\.", "", s)  # "sept." -> "sept", "a.m." -> "am"
    s = re.sub(r"'s$", "", s)  # "sunday's"
    s = re.sub(r"\b(\d{1,2})(?:st|nd|rd|th)\b", r"\1", s)  # "17th" -> "17"
    s = re.sub(r"(?<=[a-z]) (\d{1,2}) (\d{4})$", r" \1, \2", s)  # "september 17 2015"
    return s.strip(" .")


def _match(s: str, published: dt.date | None) -> tuple[dt.date | None, str] | None:
    for regex, handler in _PATTERNS:
        m = regex.fullmatch(s)
        if m:
            return handler(m, published)
    return None


_PART_OF_DAY = re.compile(r"[ \t]+(?:morning|afternoon|evening|night)\b")
_BARE = re.compile(f"{_WEEKDAY}|{_MONTH}")


def _candidates(s: str) -> list[str]:
    """The expression as written, then with prepositions, qualifiers and time of day stripped."""
    out = [s]
    stripped = _LEADING.sub("", s)
    stripped = _TIME_OF_DAY.sub("", stripped)
    if stripped and stripped != s:
        out.append(stripped)
    dated = _LEADING_WEEKDAY.sub("", stripped)  # "Monday, September 17" -> "September 17"
    if dated and dated != stripped:
        out.append(dated)
    return out


# ---------------------------------------------------------------------------------------------
# dateparser fallback, guarded

_NON_DATE_WORDS = re.compile(
    r"\b(?:decades?|years|months|weeks|days|hours?|minutes?|seconds?|centur(?:y|ies)|annual|"
    r"annually|yearly|daily|weekly|monthly|recent|recently|past|long|ages?|aged|old|quarter|"
    r"period|season|times?)\b|\d+-(?:year|month|week|day|hour)"
)
_NUMERIC_DATE = re.compile(r"\b\d{1,4}[/.\-]\d{1,2}(?:[/.\-]\d{1,4})?\b")
_HAS_MONTH = re.compile(r"\b" + _MONTH + r"\b")
_HAS_YEAR = re.compile(r"\b\d{4}\b")


@lru_cache(maxsize=64)
def _parser(base: dt.date):
    from dateparser.date import DateDataParser

    settings = {
        "RELATIVE_BASE": dt.datetime(base.year, base.month, base.day),
        "PREFER_DATES_FROM": "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    return DateDataParser(languages=["en"], settings=settings)


def _fallback(s: str, published: dt.date | None) -> tuple[dt.date | None, str]:
    if _NON_DATE_WORDS.search(s) or not (_NUMERIC_DATE.search(s) or _HAS_MONTH.search(s)):
        return None, NOT_A_DATE
    data = _parser(published or dt.date(2000, 1, 1)).get_date_data(s)
    if data is None or data.date_obj is None:
        return None, NOT_A_DATE
    granularity = data.period if data.period in (DAY, WEEK, MONTH, YEAR) else DAY
    if published is None and not _HAS_YEAR.search(s):
        return None, granularity  # year taken from the (unknown) publication date
    d = data.date_obj.date()
    if granularity == MONTH:
        d = d.replace(day=1)
    elif granularity == YEAR:
        d = d.replace(month=1, day=1)
    return d, granularity


# ---------------------------------------------------------------------------------------------
# public API


def resolve_expression(
    text: str, published: dt.date | None, ahead: bool = False
) -> tuple[dt.date | None, str]:
    """Resolve one date expression against the publication date (``ahead``: the clause is about the future).

    Returns ``(date, granularity)``; granularity is ``day``, ``week``, ``month`` or ``year``.
    A recognised expression that needs a publication date when ``published`` is None gives
    ``(None, granularity)``; text that is not a date expression ("decades", "five-year") gives
    ``(None, "")``.
    """
    if isinstance(published, dt.datetime):
        published = published.date()
    s = _normalise(text)
    if not s:
        return None, NOT_A_DATE
    for candidate in _candidates(s):
        if ahead and _BARE.fullmatch(candidate):
            candidate = "next " + candidate
        found = _match(candidate, published)
        if found is not None:
            return found
    return _fallback(s, published)


# Expressions spaCy's NER tends to miss (bare weekdays after "on", "last week" as an adverb,
# "yesterday" inside a TIME span...), or folds several into one entity ("Sept. 17 and 17 September").
_CAP_MONTH = "(?:" + "|".join(sorted({n.capitalize() for n in MONTHS}, key=len, reverse=True)) + r")\.?"
_SCAN = re.compile(
    r"\b(?:"
    r"(?i:(?:last|past|previous|this|next|coming)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday)"
    r"|(?i:(?:the\s+)?day\s+(?:before\s+yesterday|after\s+tomorrow)|yesterday|today|tomorrow|tonight"
    r"|last\s+night|(?:last|past|previous|this|next|coming)\s+(?:week(?:end)?|month|year)"
    r"|(?:\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?:day|week|month|year)s?\s+ago)"
    r"|" + _CAP_MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s+\d{4})?"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _CAP_MONTH + r"(?:,?\s+\d{4})?"
    r"|" + _CAP_MONTH + r",?\s+\d{4}"
    r"|\d{4}-\d{2}-\d{2}"
    r"|(?i:the\s+)?\d{3}0s"
    r")(?![\w-])"
)
# inside a DATE entity a bare year is safe to take ("between 2014 and 2015")
_SCAN_IN_ENTITY = re.compile(_SCAN.pattern + r"|\b(?:1[89]|20)\d{2}\b(?![\w-])")
_NER_LABELS = ("DATE", "TIME")


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


#: auxiliaries and predicates that put a clause in the future ("will meet", "is due to", "plans to")
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
FUTURE_PREDICATES = frozenset({"due", "schedule", "plan", "expect", "set", "intend", "prepare"})


def looks_ahead(doc, start: int, end: int) -> bool:
    """True when the expression at ``start:end`` dates a future act: "for Thursday", or a governing verb with
    "will"/"shall" or under "due to"/"scheduled to"/"plans to". Needs the dependency parse (else False)."""
    if not hasattr(doc, "char_span") or not doc.has_annotation("DEP"):
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    if tok.dep_ == "":  # an unparsed sentence (selective parsing)
        return False
    if tok.head.lower_ == "for" and tok.dep_ == "pobj":  # "a strike for Thursday"
        return True
    verb = tok.head
    for _ in range(6):  # up to the clause's verb, then along xcomp/conj chains ("is due to meet")
        if verb.pos_ in ("VERB", "AUX", "ADJ") and verb.dep_ != "amod":
            break
        if verb.head == verb:
            return False
        verb = verb.head
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children):
            return True
        if verb.lemma_.lower() in FUTURE_PREDICATES:
            return True
        if verb.dep_ not in ("xcomp", "conj") or verb.head == verb:
            return False
        verb = verb.head
    return False


def _mention(
    text: str, start: int, end: int, published: dt.date | None, ahead: bool = False
) -> DateMention | None:
    # trim surrounding whitespace/punctuation so the offsets cover the expression only
    stripped = text.rstrip(" \t\n,;:")
    end -= len(text) - len(stripped)
    lead = len(stripped) - len(stripped.lstrip(" \t\n,;:"))
    start += lead
    text = stripped[lead:]
    date, granularity = resolve_expression(text, published, ahead)
    if granularity == NOT_A_DATE:
        return None
    return DateMention(text=text, start=start, end=end, date=date, granularity=granularity)


def find_dates(doc, published: dt.date | None) -> list[DateMention]:
    """Every date expression in a spaCy ``Doc``, with character offsets into ``doc.text``.

    Candidates are spaCy DATE/TIME entities (kept whole when they resolve, otherwise searched
    for smaller expressions) plus a regex scan for weekdays, "last week", "yesterday", day-month
    dates and ISO dates that NER misses. Non-dates ("decades", "five-year") are dropped.
    """
    text = doc_text(doc)
    mentions: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    other_entities: list[tuple[int, int]] = []

    def add(m: DateMention | None) -> None:
        if m is not None and not _overlaps(m.start, m.end, taken):
            mentions.append(m)
            taken.append((m.start, m.end))

    for ent in doc.ents:
        if ent.label_ not in _NER_LABELS:
            other_entities.append((ent.start_char, ent.end_char))
            continue
        end = ent.end_char
        tail = _PART_OF_DAY.match(text, end)  # NER often stops at the weekday: "Friday | night"
        if tail and ent.text.lower().rstrip("'s") in WEEKDAYS:
            end = tail.end()
        whole = _mention(text[ent.start_char:end], ent.start_char, end, published,
                         looks_ahead(doc, ent.start_char, end))
        if whole is not None:
            add(whole)
            continue
        for m in _SCAN_IN_ENTITY.finditer(text, ent.start_char, ent.end_char):
            add(_mention(m.group(), m.start(), m.end(), published, looks_ahead(doc, m.start(), m.end())))

    for m in _SCAN.finditer(text):
        if not _overlaps(m.start(), m.end(), taken + other_entities):
            add(_mention(m.group(), m.start(), m.end(), published, looks_ahead(doc, m.start(), m.end())))

    mentions.sort(key=lambda m: m.start)
    return mentions
