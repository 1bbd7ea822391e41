"""Parser tier: the slots of a verb-cue frame read off the dependency tree.

The blank tier finds a verb cue's actor with surface patterns over the words before the cue
(moves.subjects._subjects). With a parse, where those find none, the cue verb's nominal subject is
found on the tree, following what the surface cannot see: a coordinated verb shares its head
verb's subject ("The envoy condemned the shelling but urged both sides to …"), a verb governed
by another takes that verb's subject ("continues to demand", "is expected to call for"). (A
relative clause, "the union, which demanded …", the surface rules already read.)

Only *where* to read the subject comes from here: who it names is read by the same Referents
machinery as on the surface path (positions calls _subjects there), so pairs, "they", a
document's "it" and the other surface rules still apply.

The content: the surface cut (moves.spans._clause_end) stands, but ends earlier where the tree
shows a clause of the cue's own level starting inside it ("rejected the offer| and is expected
to …"); a content the surface leaves whole is split into the conjuncts of its head ("higher
wages and shorter shifts"). Nothing here runs without a parse: the blank tier's output is the
surface rules' alone.
"""

from __future__ import annotations

import itertools
import re

from .syntax import _SUBJECTS, Parse, Tok

_FIRST_PERSON = frozenset({"we", "i", "us"})
_CHAIN = 6  # verbs followed upwards at most (conj / xcomp chains are short)


def cue_verb(parse: Parse, start: int, end: int) -> Tok | None:
    """The last verb of a cue match ("continues to demand": demand; "calling for": calling)."""
    verbs = [t for t in parse.within(start, end) if t.pos == "VERB"]
    return verbs[-1] if verbs else None


def _chain(parse: Parse, verb: Tok) -> tuple[Tok, Tok | None]:
    """(the verb whose subject `verb` shares, that subject on the tree or None): its own, else a
    coordinated head verb's (conj) or a governing verb's (xcomp, when that verb has no object: the
    object of "urged Norway to …" is whoever is asked)."""
    v = verb
    for _ in range(_CHAIN):
        subj = parse.kids(v, *_SUBJECTS)
        if subj:
            return v, subj[0]
        if v.dep not in ("conj", "xcomp") or v.head == v.i:
            return v, None
        head = parse.toks[v.head]
        if head.pos not in ("VERB", "AUX") or (v.dep == "xcomp" and parse.kids(head, "dobj")):
            return v, None
        v = head
    return v, None


def subject_at(parse: Parse, verb: Tok) -> int | None:
    """Where to read the subject of the cue `verb` on the surface: at the verb whose subject the cue
    shares ("The envoy |condemned … but urged …": that verb's auxiliaries are read there too).
    None when the tree adds nothing, and for "we"/"I" (the speaker of the quote, found on the
    surface)."""
    top, subj = _chain(parse, verb)
    if subj is not None and subj.lemma in _FIRST_PERSON:
        return None
    return top.start if top is not verb and top.start < verb.start else None


def cut(parse: Parse | None, m: re.Match[str], start: int, end: int) -> int:
    """The end of the content [start, end) of the verb cue `m`: the surface end (`end`), cut earlier
    where the tree shows a clause of the cue's own level starting inside it (content_end)."""
    if parse is None:
        return end
    verb = cue_verb(parse, m.start(), m.end())
    return content_end(parse, m.string, verb, start, end) if verb is not None else end


def items(parse: Parse | None, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The items of a verb cue's content as the surface split it (`spans`), or, when the surface
    leaves it whole, the conjuncts the tree gives it (list_items)."""
    if parse is None or len(spans) != 1:
        return spans
    return list_items(parse, *spans[0]) or spans


_CLAUSES = frozenset({"conj", "advcl", "parataxis"})  # a clause of its own beside the cue's


def content_end(parse: Parse, text: str, verb: Tok, start: int, end: int) -> int:
    """Where the content [start, end) of the cue `verb` ends on the tree: before the first clause
    of its own (see _own_clause) that hangs on the cue verb or a verb above it, not on anything
    inside the content ("rejected the offer on Friday| and is expected to …"), and before the
    "and"/comma joining it; `end` when none starts inside the content (the surface cut stands)."""
    above = {verb.i} | {a.i for a in parse.ancestors(verb)}
    toks = parse.within(start, end)
    for k, t in enumerate(toks):
        if (
            k
            and t.pos in ("VERB", "AUX")
            and t.dep in _CLAUSES
            and t.head in above
            and _own_clause(parse, text, t)
        ):
            cut = parse.subtree(t)[0]
            if cut <= start:
                continue  # the content itself, hung beside the cue ("urged X to V …")
            j = next(n for n in range(k + 1) if toks[n].start >= cut)  # the clause's first word
            while j > 1 and toks[j - 1].dep in ("cc", "punct") and toks[j - 1].head in above:
                j -= 1  # "… on Friday|, and is expected …"
            return toks[j].start
    return end


def _own_clause(parse: Parse, text: str, t: Tok) -> bool:
    """Whether the verb `t` heads a clause of its own, not one more item of a list of what is asked
    ("to stop posturing, start talks and prepare …": bare verbs the small model may hang on the
    cue): a subordinate clause opened by a conjunction ("because", "until"), or a coordinated
    clause with a subject or auxiliary of its own or a verb with a tense ("… and vowed to …"; not
    a bare or -ing form)."""
    if t.dep == "advcl":  # not "its boats, most of them built in 1990, …": an aside
        return bool(parse.kids(t, "mark"))
    if t.dep == "parataxis" or parse.kids(t, *_SUBJECTS):
        return True
    if any(a.pos == "AUX" for a in parse.kids(t, "aux", "auxpass")):
        return True
    word = text[t.start : t.end].lower()
    return word != t.lemma and not word.endswith("ing")


_NOMINAL = ("NOUN", "PROPN")


def list_items(parse: Parse, start: int, end: int) -> list[tuple[int, int]] | None:
    """ "higher wages and shorter shifts" → two items: the content [start, end) as the conjuncts
    of its head (a noun or verb, else the object of its verb), each without the "and"/comma before
    the next; None when the head has no conjunct in the span, or a conjunct is one bare word
    ("verification and monitoring": one thing)."""
    toks = parse.within(start, end)
    roots = [t for t in toks if not start <= parse.toks[t.head].start < end or t.head == t.i]
    if len(roots) != 1:
        return None
    head = roots[0]
    conjs = _conjuncts(parse, head, end)
    if not conjs and head.pos not in _NOMINAL:  # "to lift A and B": the object's conjuncts
        objs = [o for o in parse.kids(head, "dobj", "pobj") if o.pos in _NOMINAL]
        conjs = _conjuncts(parse, objs[0], end) if len(objs) == 1 else []
    if not conjs:
        return None
    bounds = [start] + [parse.subtree(c)[0] for c in conjs] + [end]
    items = []
    for a, b in itertools.pairwise(bounds):
        words = parse.within(a, b)
        k = len(words)
        while k and words[k - 1].dep in ("cc", "punct", "preconj"):
            k -= 1
        joint = words[k:] if b < end else []
        if k < 2 or (b < end and not (joint and all(j.lemma in _JOINTS for j in joint))):
            return None  # one bare word, or "A instead of B", "A rather than B": no list
        items.append((a, words[k - 1].end))
    return items


_JOINTS = frozenset({",", "and", "or"})  # what joins the items of a list


def _conjuncts(parse: Parse, head: Tok, end: int) -> list[Tok]:
    """The conjuncts after `head` of its own kind (a noun's nouns, a verb's verbs), chained as the
    parser hangs them ("A, B and C": C on B), inside the content."""
    out, t = [], head
    for _ in range(12):
        nxt = [
            c
            for c in parse.kids(t, "conj")
            if c.end <= end and (c.pos in _NOMINAL) == (head.pos in _NOMINAL)
        ]
        if not nxt:
            break
        t = nxt[0]
        out.append(t)
    return out
