"""Abbreviated titles that end with a period but never a sentence: "Capt. Steve Juge", "Lt. Gov. Smith"."""

from __future__ import annotations

from spacy.language import Language

#: titles spaCy's English tokenizer splits from their period ("Capt" "."), which then ends a sentence
TITLE_ABBREVIATIONS = (
    "Lt.", "Col.", "Sgt.", "Capt.", "Cpt.", "Maj.", "Cpl.", "Pvt.", "Spc.", "Lieut.", "Adm.", "Cmdr.",
    "Brig.", "Det.", "Insp.", "Supt.", "Ofc.", "Dep.", "Atty.", "Asst.", "Sec.", "Pres.", "Amb.", "Hon.",
    "Msgr.", "Fr.", "Sr.", "Ft.", "Gens.", "Sens.", "Reps.", "Commr.",
    # police and county ranks of local news: "RCMP Const. Bill Bentley", "Tpr. John Smith", "Dist. Atty. Jane
    # Doe"
    "Const.", "Cst.", "Tpr.", "Ptl.", "Pct.", "Dist.",
)


def keep_title_periods(nlp: Language) -> None:
    """Make each abbreviated title one token with its period, so the sentencizer and the parser do not end a
    sentence inside a name."""
    for abbr in TITLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbr, [{"ORTH": abbr}])
