"""The speed tricks of ``--fast`` give the answers of the plain code they stand in for.

* language: :func:`plainly_english` answers "en" without lingua, only where lingua says "en" too;
* tokenizer: :class:`FastTokenizer` builds its lists in bulk, as ``tokenize`` → ``sentence_starts`` → a
  loop over the words did, and the regex's shortcut for plain words takes what ``\\w+`` took;
* actors, themes: the look-ups that skip tokens find what a look at every token found.
"""

from __future__ import annotations

import gc
import re
from collections import defaultdict

import pytest
import spacy
from spacy.tokenizer import Tokenizer

from tacitus.actors.lexicon import PROPER_KINDS
from tacitus.enrich.themes import default_tagger
from tacitus.events.fast.actors import Unit, _bare_participle, _is_initial, _is_name
from tacitus.events.fast.enrich import fast_themes
from tacitus.events.fast.text import (
    TOKEN,
    USER_DATA_KEY,
    FastTokenizer,
    Tokens,
    sentence_starts,
    tokenize,
)
from tacitus.nlp.language import MAX_CHARS, _lingua, detect_language, plainly_english
from tacitus.pipeline import Coder, CodingOptions


@pytest.fixture(scope="module")
def fast():
    return Coder(CodingOptions(fast=True))


# ---- language -----------------------------------------------------------------------------------
ENGLISH = [
    "The foreign minister said on Tuesday that the government would not accept the terms of the "
    "ceasefire proposal, which had been drafted by mediators after two weeks of talks in the capital. "
    "Opposition leaders, who have boycotted the process, accused the president of delaying the vote.",
    "Police in the northern city arrested at least forty people after protesters set fire to a bank "
    "and blocked the main road to the airport, a spokesman for the interior ministry told reporters. "
    "He said that the situation was now under control and that the curfew would be lifted on Friday.",
    "Shares fell sharply in early trading as investors weighed the prospect of higher interest rates, "
    "and the central bank is expected to announce its decision at the end of the week. Analysts said "
    "that the markets had been too optimistic about inflation, which has risen for a third month.",
    "Erdoğan met Mitsotakis in Athens on Thursday. The two leaders agreed to resume talks on the "
    "maritime border, and both said that the meeting had been a step toward better relations between "
    "their countries, which have been at odds for decades over airspace and the rights to gas fields. "
    "The Greek prime minister said that he was ready to take the case to the international court if the "
    "talks failed, and the Turkish president said that his government would send a delegation in March. "
    "Neither side gave a date for the next round.",
]
OTHER = {
    "de": "Die Regierung hat am Dienstag angekündigt, dass sie den Vorschlag für eine Waffenruhe nicht "
    "annehmen wird. Die Vermittler hatten den Text nach zwei Wochen langen Gesprächen in der Hauptstadt "
    "vorgelegt, und die Opposition wirft dem Präsidenten vor, die Abstimmung zu verzögern.",
    "fr": "Le ministre des affaires étrangères a déclaré mardi que le gouvernement n'accepterait pas les "
    "conditions du cessez-le-feu, rédigées par les médiateurs après deux semaines de discussions dans "
    "la capitale. Les dirigeants de l'opposition accusent le président de retarder le vote.",
    "es": "El ministro de Asuntos Exteriores dijo el martes que el gobierno no aceptará las condiciones "
    "del alto el fuego, redactadas por los mediadores tras dos semanas de conversaciones en la capital. "
    "Los líderes de la oposición acusan al presidente de retrasar la votación.",
    "it": "Il ministro degli esteri ha detto martedì che il governo non accetterà le condizioni del "
    "cessate il fuoco, scritte dai mediatori dopo due settimane di colloqui nella capitale. I leader "
    "dell'opposizione accusano il presidente di rinviare il voto e chiedono nuove elezioni.",
    "pt": "O ministro das Relações Exteriores disse na terça-feira que o governo não vai aceitar as "
    "condições do cessar-fogo, redigidas pelos mediadores depois de duas semanas de conversas na "
    "capital. Os líderes da oposição acusam o presidente de adiar a votação.",
    "nl": "De minister van Buitenlandse Zaken zei dinsdag dat de regering de voorwaarden van het "
    "staakt-het-vuren niet zal aanvaarden. De bemiddelaars hadden de tekst na twee weken van gesprekken "
    "in de hoofdstad opgesteld, en de oppositie verwijt de president dat hij de stemming uitstelt.",
    "tr": "Dışişleri bakanı salı günü yaptığı açıklamada hükümetin ateşkes önerisinin şartlarını kabul "
    "etmeyeceğini söyledi. Arabulucular metni başkentte iki hafta süren görüşmelerin ardından "
    "hazırlamıştı ve muhalefet liderleri cumhurbaşkanını oylamayı geciktirmekle suçluyor.",
    "ru": "Министр иностранных дел заявил во вторник, что правительство не примет условия перемирия, "
    "подготовленные посредниками после двух недель переговоров в столице. Лидеры оппозиции обвиняют "
    "президента в том, что он затягивает голосование.",
}
#: pages in two languages that lingua does not call English
MIXED = [
    ENGLISH[0] + " " + OTHER["de"],  # half English, half German
    ENGLISH[2] + " " + OTHER["es"] + " " + OTHER["pt"],
    # English names and a quote in a Spanish text
    "El presidente Joe Biden dijo: \"the United States will not stand by\", y añadió que la decisión "
    "de la Casa Blanca se conocerá el viernes. " + OTHER["es"],
    # two thirds English, and still Dutch, Turkish or German to lingua: each of the pre-check's tests is
    # needed (Dutch function words; letters outside ASCII; both)
    ENGLISH[0] + " " + ENGLISH[1] + " " + OTHER["nl"],
    ENGLISH[0] + " " + ENGLISH[1] + " " + OTHER["tr"],
    ENGLISH[0] + " " + ENGLISH[1] + " " + OTHER["de"],
]
#: pages in two languages that lingua calls English
ENGLISH_MIXED = [
    OTHER["fr"] + " " + ENGLISH[1],
    ENGLISH[3] + " Le ministre a déclaré que les discussions reprendraient la semaine prochaine à Paris.",
]


def _sample(text: str) -> str:
    return " ".join(text[:MAX_CHARS].split())


@pytest.mark.parametrize("text", [*ENGLISH, *OTHER.values(), *MIXED, *ENGLISH_MIXED])
def test_language_is_linguas_answer(text):
    """The English pre-check never gives another answer than lingua on the same sample."""
    assert detect_language(text) == _lingua(_sample(text))


@pytest.mark.parametrize("text", ENGLISH)
def test_plain_english_skips_lingua(text):
    assert plainly_english(_sample(text))
    assert _lingua(_sample(text)) == "en"


@pytest.mark.parametrize("text", [*OTHER.values(), *MIXED])
def test_other_languages_and_mixes_go_to_lingua(text):
    assert _lingua(_sample(text)) != "en"
    assert not plainly_english(_sample(text))


def test_short_text_goes_to_lingua():
    short = "The minister said that the talks would resume in the capital on Friday, and that he was hopeful."
    assert len(short) < 200 and not plainly_english(short)


# ---- tokenizer ----------------------------------------------------------------------------------
TRICKY = [
    "",
    "   ",
    "\n\nLeading lines. Then a sentence.",
    " One leading space. And two  spaces  here.",
    'He said "No." Then he left. She said "Yes. " And stayed.',
    "It ended (badly.) Next one! Really? yes. 3 people died.\tTab. \"Quoted\" start.",
    "The U.S. and the U.N. met Gen. Smith and Mr. Jones, etc. on Jan. 5 in St. Louis.",
    "Russia's army, Russia’s navy; don't, can’t, won't, DON'T, they're, we’ve, I'd, she'll.",
    "US-backed rebels took 1,000 prisoners on 9/11 at 3.5 km; e.g. COVID19 and snake_case.",
    "Café owners’ union said: ‘no’.\r\nNew line\u00a0with a no-break space… the end.",
    "Numbers²³ and ½ and Ⅻ; a.b.c. x.y z. 'quoted' ’curly’ n't n’t Isn't.",
    "Line one.\n  Line two .\n\n\"Line three.\"",
]


def _reference(tokenizer: FastTokenizer, text: str) -> tuple:
    """What the fast tokenizer stored before its lists were built in bulk."""
    words, spaces = tokenize(text)
    starts = sentence_starts(words, spaces)
    kept, lower, lemma, offsets, sent, where = [], [], [], [], [], []
    pos, si = 0, -1
    for n, (w, sp, first) in enumerate(zip(words, spaces, starts, strict=True)):
        low = w.lower().replace("’", "'")
        si += first
        if not w[0].isspace():
            kept.append(w)
            lower.append(low)
            lemma.append(tokenizer.lemmas.get(low, low))
            offsets.append(pos)
            sent.append(max(si, 0))
            where.append(n)
        pos += len(w) + sp
    return text, kept, lower, lemma, offsets, sent, where


@pytest.mark.parametrize("text", TRICKY)
def test_tokenizer_lists_as_word_by_word(fast, text):
    tokenizer = fast.nlp.tokenizer
    stored = tokenizer(text).user_data[USER_DATA_KEY]
    assert stored[:7] == _reference(tokenizer, text)
    t = Tokens.from_doc(tokenizer(text))
    assert t.bounds() == Tokens(*_reference(tokenizer, text), doc=None).bounds()


def test_tokenizer_on_generated_text(fast):
    """Every mix of the pieces the rules care about (sentence ends, quotes, clitics, spaces)."""
    import random

    pieces = [" ", "  ", "\n", " \n ", "\t", ".", "!", "?", '"', "'", "”", "’", "“", ")", "(", "U.S.", "Gen.",
              "etc.", "don't", "can’t", "'s", "1,000", "The", "the", "said", "-", "é", "_", "9", "Then", "n"]
    rng = random.Random(15)
    tokenizer = fast.nlp.tokenizer
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 20)))
        assert tokenizer(text).user_data[USER_DATA_KEY][:7] == _reference(tokenizer, text), repr(text)


def test_word_shortcut_takes_what_the_rules_took():
    shortcut, rest = TOKEN.split("|", 1)
    assert shortcut.startswith("[^\\W\\d_]+")
    with_it = re.compile(rf"(\s+)|({TOKEN})")
    without = re.compile(rf"(\s+)|({rest})")
    for text in TRICKY + ENGLISH + list(OTHER.values()):
        assert with_it.findall(text) == without.findall(text)


# ---- actors, themes ----------------------------------------------------------------------------
NEWS = (
    "US Secretary of State John Kerry met Russian Foreign Minister Sergei Lavrov in Geneva on Monday. "
    "Kerry said the United States and Russia agreed on a ceasefire in Syria; the Syrian government "
    "and rebel groups did not comment. Russian airstrikes hit Aleppo, killing 12 civilians, the UN said.\n"
    "The Islamic State (IS) claimed the attack. Police arrested two suspects in Paris. He was not happy, "
    "not at all: the peace deal failed and the war goes on, said the President of France."
)


def _units_token_by_token(resolver, t: Tokens) -> list[Unit]:
    """units() as it was: every token looked at."""
    out, i = [], 0
    while i < len(t):
        u = None
        for words, e in resolver.phrases.get(t.lower[i], ()):
            n = len(words)
            if tuple(t.lower[i:i + n]) != words or t.sent[i + n - 1] != t.sent[i]:
                continue
            surface = t.words[i:i + n]
            if e.case_sensitive:
                if "".join(surface).replace(" ", "") != e.phrase.replace(" ", ""):
                    continue
            elif e.kind in PROPER_KINDS and not any(w[:1].isupper() for w in surface):
                continue
            u = Unit(i, i + n, e.kind, e)
            break
        if u is None:
            e = resolver.words.get(t.lower[i])
            if e is not None:
                u = Unit(i, i + 1, e.kind, e)
            elif t.words[i][:1].isupper():
                if _is_name(t, i):
                    u = Unit(i, i + 1, "name", None)
                elif _is_initial(t, i):
                    u = Unit(i, i + 1, "initial", None)
        if u is None or _bare_participle(t, u):
            i += 1
            continue
        out.append(u)
        i = u.end
    return out


def test_actor_units_as_token_by_token(fast):
    for text in [NEWS, *ENGLISH, *TRICKY]:
        t = Tokens.from_doc(fast.nlp(text))
        assert fast.actors.units(t) == _units_token_by_token(fast.actors, t)


def test_themes_as_word_by_word(fast):
    index, names = default_tagger().index, default_tagger().names
    for text in [NEWS, *ENGLISH]:
        t = Tokens.from_doc(fast.nlp(text))
        lows, lems, n = t.lower, t.lemma, len(t)
        hits, i = defaultdict(list), 0
        while i < n:
            cands = index.get(lems[i], []) + (index.get(lows[i], []) if lows[i] != lems[i] else [])
            matched = 0
            for words, name, strong in cands:
                k = len(words)
                if i + k <= n and all(words[j] in (lems[i + j], lows[i + j]) for j in range(k)):
                    hits[name].append((t.start[i], strong, words))
                    matched = max(matched, k)
            i += matched if matched > 1 else 1
        expected = [(name, sorted({o for o, _, _ in hits[name]})) for name in names if hits.get(name) and (
            any(s for _, s, _ in hits[name]) or len({w for _, s, w in hits[name] if not s}) >= 2)]
        assert [(th.name, th.offsets) for th in fast_themes(t)] == expected


# ---- start-up -----------------------------------------------------------------------------------
def test_loaded_before_workers_fork(fast):
    """Cities and lingua are loaded with the coder (not once per worker), then frozen for the collector."""
    assert fast.actors.places._cities is not None
    assert gc.get_freeze_count() > 0


def test_fast_pipeline_builds_no_spacy_tokenizer(fast):
    assert isinstance(fast.nlp.tokenizer, FastTokenizer)
    assert fast.nlp.pipe_names == []
    assert isinstance(spacy.blank("en").tokenizer, Tokenizer)  # ours is only in our pipeline
