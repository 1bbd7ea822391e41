"""The word lists the extractors read live in data/lexicon.yml: every key the code reads is
declared there, and a user's lexicon file extends them (its words are merged over Parley's own),
which changes what is read. Invented sentences only."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import pytest
import yaml

from generator.extract.knowledge import check_file, load
from generator.model import Article, Block
from generator.pipeline import extract_document
from generator.segment import segment

EXTRACT = Path(__file__).resolve().parent.parent / "generator" / "extract"


def _extract(paragraphs: list[str], lexicon: Path | None = None):
    article = Article(
        source="t.txt",
        title="T",
        date=None,
        blocks=tuple(Block("paragraph", p) for p in paragraphs),
    )
    return extract_document(segment(article, "t"), load(None, str(lexicon) if lexicon else None))


def _lexicon(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "lexicon.yml"
    path.write_text(text, encoding="utf-8")
    assert check_file("lexicon", str(path)) == []
    return path


# kn.words("x"), _lower(kn, "x"), kn.lexicon["x"], lexicon.get("x"), lex.get("x"), lower["x"]
_READS = re.compile(
    r'(?:words|_lower)\((?:kn, )?"(\w+)"\)|(?:lexicon|lex|lower)(?:\.get\(|\[)"(\w+)"'
)


def test_every_key_the_extractors_read_is_declared_in_the_lexicon():
    shipped = yaml.safe_load(
        resources.files("generator.data").joinpath("lexicon.yml").read_text("utf-8")
    )
    read = {
        g
        for source in EXTRACT.rglob("*.py")  # the extractors and their parts (moves/, speech/)
        for groups in _READS.findall(source.read_text("utf-8"))
        for g in groups
        if g
    }
    assert {
        "name_particles",
        "sentence_words",
        "referring_nouns",
        "base_verbs",
        "passive_cues",
    } <= read
    assert (
        read - set(shipped) == set()
    )  # a key read but not declared would be an empty list, silently


def test_a_user_sentence_word_no_longer_starts_a_name(tmp_path):
    paragraphs = ["Yesterday Anna Berg said the nets would stay ashore."]
    assert [a.name for a in _extract(paragraphs).actors] == ["Yesterday Anna Berg"]
    lexicon = _lexicon(tmp_path, "sentence_words: [Yesterday]\n")
    ex = _extract(paragraphs, lexicon)
    assert [a.name for a in ex.actors] == ["Anna Berg"]
    assert [q.speaker for q in ex.quotes] == ["Anna Berg"]


def test_a_user_name_particle_keeps_a_name_whole(tmp_path):
    paragraphs = ["“The nets stay ashore,” said Anna ter Horst, a fisheries adviser."]
    assert [q.speaker for q in _extract(paragraphs).quotes] == ["Horst"]
    lexicon = _lexicon(tmp_path, "name_particles: [ter]\n")
    assert [q.speaker for q in _extract(paragraphs, lexicon).quotes] == ["Anna ter Horst"]
    assert {"ter", "von", "bin"} <= load(None, str(lexicon)).words(
        "name_particles"
    )  # merged, not replaced


def test_a_user_honorific_finds_the_person_named_before(tmp_path):
    paragraphs = [
        "Keir Lund, a harbour master, met Norway's envoy.",
        "“We are close,” Sir Keir said.",
    ]
    assert [q.speaker for q in _extract(paragraphs).quotes] == ["Sir Keir"]
    lexicon = _lexicon(tmp_path, "honorifics: [Sir]\n")
    assert [q.speaker for q in _extract(paragraphs, lexicon).quotes] == ["Keir Lund"]


def test_a_user_base_verb_splits_a_demand_in_two(tmp_path):
    paragraphs = [
        (
            "Norway and Sweden met in Oslo. Norway demanded that Sweden withdraw its boats and "
            "indemnify the fishermen."
        )
    ]
    assert [m.text for m in _extract(paragraphs).demands] == [
        "Sweden withdraw its boats and indemnify the fishermen"
    ]
    lexicon = _lexicon(tmp_path, "base_verbs: [indemnify]\n")
    assert [m.text for m in _extract(paragraphs, lexicon).demands] == [
        "Sweden withdraw its boats",
        "indemnify the fishermen",
    ]


def test_a_user_passive_cue_is_merged_with_parleys_own(tmp_path):
    paragraphs = [
        "Norway and Sweden met in Oslo.",
        "The fishing truce endorsed by Sweden on Friday ends the dispute.",
    ]
    assert not _extract(paragraphs).proposals
    lexicon = _lexicon(tmp_path, "passive_cues: {endorsed: proposal}\n")
    cues = load(None, str(lexicon)).lexicon["passive_cues"]
    assert cues["endorsed"] == "proposal" and cues["tabled"] == "proposal"  # Parley's own kept
    assert [(m.actor, m.text) for m in _extract(paragraphs, lexicon).proposals] == [
        ("Sweden", "The fishing truce endorsed by Sweden on Friday")
    ]


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("base_verbs: compensate\n", "`base_verbs` must be a list"),
        ("sentence_words: [Yesterday, No]\n", "true/false"),
        ("passive_cues: [endorsed]\n", "`passive_cues` must be a mapping"),
        ("body_types: {rebels: [armed_group]}\n", "`body_types.rebels` must be non-empty text"),
        # a key given twice: YAML would keep the last list silently
        ("base_verbs: [cap]\nbase_verbs: [halt]\n", "`base_verbs` is given twice (first at line 1"),
    ],
)
def test_a_moved_list_of_the_wrong_shape_is_reported(tmp_path, text, fragment):
    path = tmp_path / "lexicon.yml"
    path.write_text(text, encoding="utf-8")
    errors = check_file("lexicon", str(path))
    assert len(errors) == 1 and fragment in errors[0], errors


def test_an_empty_entry_adds_nothing(tmp_path):
    lexicon = _lexicon(tmp_path, "base_verbs:\nmove_nouns: {demand: }\n")
    kn, shipped = load(None, str(lexicon)), load()
    assert kn.words("base_verbs") == shipped.words("base_verbs")
    assert kn.lexicon["move_nouns"] == shipped.lexicon["move_nouns"]
    demands = _extract(["Norway demanded that Sweden withdraw its boats."], lexicon).demands
    assert [m.text for m in demands] == ["Sweden withdraw its boats"]


ESCAPED = (
    "name_prefixes",
    "named_speaker_verbs",
    "referring_nouns",
    "referring_modifiers",
    "weekdays",
    "time_nouns",
    "cue_adverbs",
    "own_side_nouns",
    "verb_openers",
    "finite_verbs",
    "that_nouns",
    "modal_content_verbs",
)


def test_user_words_with_regex_characters_are_words(tmp_path):
    lines = (
        "".join(f'{key}: ["c++ (x", "a.b"]\n' for key in ESCAPED)
        + 'passive_cues: {"c++ (x": proposal}\n'
    )
    lexicon = _lexicon(tmp_path, lines)
    ex = _extract(
        ["Norway demanded that Sweden withdraw its boats.", "“Soon,” said Anna Berg."], lexicon
    )
    assert [m.text for m in ex.demands] == ["Sweden withdraw its boats"]
    assert [q.speaker for q in ex.quotes] == ["Anna Berg"]


def test_a_users_speech_time_joins_the_verb_and_its_clause(tmp_path):
    """'said overnight that …': a time word the user adds lets the clause after it be read."""
    from generator.extract.knowledge import load as load_kn
    from generator.model import Article, Block
    from generator.pipeline import extract_document
    from generator.segment import segment

    text = "The harbour master said overnight that the cranes would stop."
    doc = segment(
        Article(source="t.txt", title="T", date=None, blocks=(Block("paragraph", text),)), "t"
    )
    before = [q.text for q in extract_document(doc, load_kn()).quotes if q.kind == "indirect"]
    user = tmp_path / "lexicon.yml"
    user.write_text("speech_times: [overnight]\n", encoding="utf-8")
    after = [
        q.text
        for q in extract_document(doc, load_kn(None, str(user))).quotes
        if q.kind == "indirect"
    ]
    assert "the cranes would stop" not in before and after == ["the cranes would stop"], (
        before,
        after,
    )


def test_the_gazetteer_trie_matches_what_the_plain_alternation_matches():
    """literal_trie is a faster spelling of alternation(): the same spans on any text, longest word
    first where several start at one place, with whatever follows the alternation."""
    import random

    from generator.extract.knowledge import alternation, literal_trie

    assert literal_trie(["Iran", "Iranian", "Iraq"]) == "Ira(?:n(?:ian)?|q)"
    assert re.fullmatch(literal_trie([]), "") is None
    rng = random.Random(7)
    for _ in range(2000):
        words = [
            "".join(rng.choice("abA.-") for _ in range(rng.randint(1, 5)))
            for _ in range(rng.randint(1, 9))
        ]
        text = "".join(rng.choice("abA.- ") for _ in range(40))
        tail = rng.choice(["", r"(?!b)", r"(?![\w\-]|\.\w)", r"\.?"])
        plain, trie = (
            re.compile(r"(?<![\w.\-])(?:" + alt + ")" + tail)
            for alt in (alternation(words), literal_trie(words))
        )
        assert [m.span() for m in trie.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ], (words, text, tail)
    surfaces = sorted(load().surfaces, key=lambda s: (-len(s), s))
    sample = " ".join(rng.sample(surfaces, 200)) + " the Iranians, Irans and Iraq-based rebels."
    plain = re.compile(r"(?<![\w.\-])(?:" + alternation(surfaces) + r")(?![\w\-]|\.\w)")
    assert [m.span() for m in load().surface_re.finditer(sample)] == [
        m.span() for m in plain.finditer(sample)
    ]


def test_every_shipped_verb_cue_has_a_known_start():
    # a cue whose first letters cannot be told (a leading look-behind) is tried at every position
    # of every sentence: blank-tier throughput fell by a quarter with two of them
    from generator.extract.positions import _cues

    assert _cues(load())[-1] == []
