"""Articles that are not UTF-8: short invented sentences in several languages, each saved in a
code page its language uses, read back as they were written (ingest.decode, data/encodings.yml).
Before the code pages and alphabets were given, 7 of these 17 came back as mojibake (a German
latin-1 sentence read as Mac Icelandic, Polish (cp1250 and ISO 8859-2) and Czech as cp1252, Turkish
as cp1252)."""

from __future__ import annotations

import codecs
import time

import pytest
from conftest import best_of

from generator.ingest import _encodings, decode, parse_article

SENTENCES = [
    ("latin_1", "Die Fischer lehnen die Fangquote ab, sagte Jörg Müller in Kiel."),
    ("latin_1", "Größere Schiffe dürfen nicht mehr einlaufen."),
    ("cp1252", "Der Hafen bleibt geschlossen, weil die Gespräche über Löhne scheiterten."),
    ("latin_1", "Les pêcheurs ont refusé l'accord sur les quotas à Brest."),
    ("cp1252", "Le syndicat a rejeté l’offre du port, a déclaré Hélène."),
    ("latin_1", "El sindicato rechazó la oferta del puerto de Cádiz."),
    ("cp1252", "¿Habrá acuerdo? Los estibadores exigen más días de descanso."),
    ("cp1250", "Rybacy odrzucili nową umowę o kwotach połowowych w Gdańsku."),
    ("iso8859_2", "Rybacy odrzucili nową umowę o kwotach połowowych w Gdańsku."),
    ("cp1250", "Přístavní dělníci odmítli nabídku vedení a stávka pokračuje."),
    ("cp1251", "Рыбаки отвергли новое соглашение о квотах на треску."),
    ("cp1251", "Рибалки відхилили нову угоду щодо квот на тріску."),
    ("koi8_r", "Переговоры о водном договоре продолжатся в понедельник."),
    ("koi8_r", "Рыбаки отвергли новое соглашение о квотах на треску."),
    ("cp1253", "Οι αλιείς απέρριψαν τη νέα συμφωνία για τις ποσοστώσεις."),
    ("cp1254", "Liman işçileri grevi üçüncü güne taşıdı, dedi sözcü."),
    ("cp1254", "Balıkçılar yeni kota anlaşmasını reddetti."),
]


@pytest.mark.parametrize("encoding, text", SENTENCES)
def test_a_short_sentence_in_a_code_page_reads_back_as_written(encoding, text):
    raw = text.encode(encoding)
    assert raw != text.encode("utf-8")  # not UTF-8: the detector is what is tested
    assert decode(raw, "talks.txt") == (text, [])


@pytest.mark.parametrize(
    "encoding, text",
    [
        ("shift_jis", "漁業協定の交渉は月曜日に再開される予定です。"),
        ("gb18030", "渔业配额谈判将于星期一在港口重新开始。"),
    ],
)
def test_other_encodings_are_still_found_unhinted(encoding, text):
    assert decode(text.encode(encoding), "talks.txt") == (text, [])


def test_an_article_file_in_a_code_page_is_read_as_written(tmp_path):
    text = "Rozmowy o kwotach\n\nRybacy odrzucili nową umowę o kwotach połowowych w Gdańsku.\n"
    path = tmp_path / "kwoty.txt"
    path.write_bytes(text.encode("cp1250"))
    article = parse_article(path.read_bytes(), path, tmp_path)
    assert article.title == "Rozmowy o kwotach" and not article.problems
    assert article.blocks[-1].text == "Rybacy odrzucili nową umowę o kwotach połowowych w Gdańsku."


def test_the_code_pages_are_codecs_and_the_alphabets_letters():
    pages, alphabets = _encodings()
    assert len(set(pages)) == len(pages) >= 8
    for page in pages:
        codecs.lookup(page)
    assert all(
        letters and all(c.isalpha() and c >= "\x80" for c in letters) for letters in alphabets
    )


def test_detection_is_deterministic_and_linear():
    unit = "Przystań pozostaje zamknięta, a rozmowy o płacach trwają nadal. ".encode("cp1250")
    small, large = unit * 2_000, unit * 16_000  # 130 KB and 1 MB
    assert len({decode(large, "a.txt")[0] for _ in range(3)}) == 1
    t_small = best_of(lambda: decode(small, "a.txt"), clock=time.process_time)
    t_large = best_of(lambda: decode(large, "a.txt"), clock=time.process_time)
    assert decode(large, "a.txt")[0] == large.decode("cp1250")
    assert t_large <= 15 * max(t_small, 0.005) + 0.1, (t_small, t_large)
