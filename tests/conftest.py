"""Shared fixtures: the spaCy model and the coder are loaded once per test session."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")


@pytest.fixture(scope="session")
def nlp():
    from tacitus.nlp.model import load_model

    return load_model()


@pytest.fixture(scope="session")
def coder():
    """The coder with one-party events kept: the behaviour tests read which code, source and target it finds
    (whether a one-party event is then dropped is tested with ``dyadic_coder``)."""
    from tacitus.pipeline import Coder, CodingOptions

    return Coder(CodingOptions(one_party=True))


@pytest.fixture(scope="session")
def dyadic_coder():
    """The coder as shipped: events with both a source and a target."""
    from tacitus.pipeline import Coder

    return Coder()
