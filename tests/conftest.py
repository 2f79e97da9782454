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
    from tacitus.pipeline import Coder

    return Coder()
