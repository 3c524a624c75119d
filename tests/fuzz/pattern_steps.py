"""A static bound on the backtracking steps of a regular expression (issue 21).

A backtracking matcher (``regex``, ``re``) spends more than linear time on a line only
when it can split one stretch of the line between several loops in many ways and then
has to try them all because what follows fails. This module finds that shape in a
pattern's syntax tree, so the check is deterministic — no clock, no sample input that
happens to miss the bad case.

**The rule.** Call a *loop* an unbounded repetition (``*``, ``+``, ``{m,}``, greedy or
lazy). For one character ``c``, two loops ``L1`` before ``L2`` are *ambiguous over c*
when ``L1`` can take ``c``, ``L2`` can take ``c``, and everything between them can
match a run of ``c`` alone (``c…c`` or nothing). A run of ``n`` times ``c`` can then be
cut between them in ``n`` ways; ``k`` such loops in a row give ``n^(k-1)`` cuts, a loop
inside a loop (``(a+)+``) exponentially many. The pattern is rejected when:

1. two loops are ambiguous over some ``c`` (``\\s*\\S*\\s*$``: the two ``\\s*`` with
   ``\\S*`` empty between them), including the last loop of one pass of an enclosing
   repetition with the first loop of the next (``(a+)+``, ``(\\s*x?)*``);
2. inside a repetition, an alternation with two branches that match the same run
   (``(a|a)*``, ``(\\d|\\d\\d)+``), or a bounded repetition of varying length over what
   the repetition repeats (``(a{1,2})*``);
3. with the implicit loop of ``search`` / ``findall`` / ``sub`` (every start position
   tried in turn) as ``L1``: a pattern that may begin with a loop (``\\s+x`` costs a
   whole run at every start inside it). Only for a pattern that is searched: one
   whose every use is ``match`` / ``fullmatch`` tries the first position alone.

but only when what follows ``L2`` can fail: a cut is tried again only on failure, so
``\\s*\\s*`` at the end of a pattern, or ``\\s+`` alone in ``sub``, stays linear.

What makes such a pair harmless, and so what the package's patterns use:

- a possessive loop or an atomic group (``\\s*+``, ``(?>…)``) never gives back what it
  took: it is no ``L1`` for anything after it (it may still be an ``L2``);
- a guard between the loops that the run cannot pass: a look-behind ``(?<!\\s)``
  before ``\\s+`` (the loop starts only at the start of a run), an anchor ``^`` / ``\\A``
  (no start but the first);
- a character between them that the run does not hold (``\\d+,\\d+``).

The model follows runs of one character (``(ab)*(ab)*`` on ``abab…`` is out of its
sight), reads look-aheads and ``\\b`` as passable, and ``\\p{…}`` classes as broad
stand-ins (Han, punctuation, symbols): it over-rejects rather than misses. Character
sets are compared over a finite universe — every character the pattern names, both
ends of its ranges and their neighbours, and representatives of the classes (spaces,
digits, letters, CJK, punctuation) — which holds a witness of every overlap between
the sets the package writes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from re import _constants as C
from re import _parser

#: Stand-ins for the Unicode properties the ``regex`` module knows and ``re`` does not.
_PROPERTIES = {
    "han": "\u2e80-\u2fdf\u3005\u3007\u3021-\u3029\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff",
    "p": "!-/:-@\\[-`{-~\u00a1-\u00bf\u2010-\u2027\u3001-\u3003\u3008-\u3011"
    "\uff01-\uff0f\uff1a-\uff20",
    "s": "$+<->^`|~\u00a2-\u00a9\u00ac\u00ae-\u00b1\u2100-\u214f\u2190-\u23ff\uffe0-\uffee",
}
_EVERYTHING = "\\x00-\\U0010ffff"
#: Representatives of the classes a pattern may name.
_REPRESENTATIVES = (
    " \t\n\r\x0b\x0c\x00\xa0\u3000\u2028_09a5zAZ!.,:;-/()[]%#*<>|"
    "中一年、，。：；（）《》“”\uff10\uffe5\U0001f600"
)
_BOUND = C.MAXREPEAT
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)


def _translate(pattern: str) -> str:
    """``pattern`` in the syntax of ``re._parser``: ``\\p{…}`` / ``\\P{…}`` as classes,
    ``\\G`` as ``\\A``, the branch reset ``(?|`` as a plain group, named groups unnamed
    (the ``regex`` module lets alternatives reuse a name)."""
    out: list[str] = []
    i, in_class = 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\" and pattern[i + 1 : i + 2] in ("p", "P") and pattern[i + 2 : i + 3] == "{":
            end = pattern.index("}", i)
            name = pattern[i + 3 : end].lower().split("=")[-1]
            body = _PROPERTIES.get(name, _EVERYTHING)
            negated = pattern[i + 1] == "P"
            if in_class:
                out.append(_EVERYTHING if negated else body)
            else:
                out.append(f"[{'^' if negated else ''}{body}]")
            i = end + 1
            continue
        if ch == "\\":
            # \G (where the search started, or the last match ended) as \A: a search
            # starts there once
            out.append(
                "\\A" if pattern[i + 1 : i + 2] == "G" and not in_class else pattern[i : i + 2]
            )
            i += 2
            continue
        if ch == "[" and not in_class:
            in_class = True
            out.append(ch)
            if pattern[i + 1 : i + 2] == "^":
                out.append("^")
                i += 1
            if pattern[i + 1 : i + 2] == "]":
                out.append("\\]")
                i += 1
        elif ch == "]" and in_class:
            in_class = False
            out.append(ch)
        elif not in_class and pattern.startswith("(?|", i):
            out.append("(?:")
            i += 3
            continue
        elif not in_class and pattern.startswith("(?P<", i):
            out.append("(")
            i = pattern.index(">", i) + 1
            continue
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def _named_characters(tree: _parser.SubPattern) -> Iterator[int]:
    """Every code point the tree names (literals and both ends of ranges)."""
    for op, av in tree:
        if op in (C.LITERAL, C.NOT_LITERAL):
            yield av
        elif op == C.RANGE:
            yield av[0]
            yield av[1]
        elif op == C.IN:
            yield from _named_characters(av)
        elif op in _REPEATS:
            yield from _named_characters(av[2])
        elif op == C.SUBPATTERN:
            yield from _named_characters(av[3])
        elif op == C.ATOMIC_GROUP:
            yield from _named_characters(av)
        elif op in (C.ASSERT, C.ASSERT_NOT):
            yield from _named_characters(av[1])
        elif op == C.BRANCH:
            for alternative in av[1]:
                yield from _named_characters(alternative)
        elif op == C.GROUPREF_EXISTS:
            yield from _named_characters(av[1])
            if av[2] is not None:
                yield from _named_characters(av[2])


@dataclass
class _Info:
    """What one node of the tree can do with runs of one character."""

    passes: frozenset[str]
    """The characters ``c`` such that the node can match a run ``c…c`` (or nothing)."""
    heads: list[tuple[int, frozenset[str]]] = field(default_factory=list)
    """Loops that may take the node's first characters: (loop, the ``c`` for which
    everything before the loop in the node passes a run of ``c`` and the loop takes ``c``)."""
    tails: list[tuple[int, frozenset[str]]] = field(default_factory=list)
    """Loops that may take the node's last characters and give them back."""


class _Analysis:
    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self.tree = _parser.parse(_translate(pattern), flags & (re.DOTALL | re.MULTILINE))
        self.dotall = bool(flags & re.DOTALL)
        self.multiline = bool(flags & re.MULTILINE)
        points = set(_named_characters(self.tree))
        #: One line at a time unless the pattern says otherwise (see the module docstring).
        self.lines = self.dotall or self.multiline or ord("\n") in points
        points |= {p + d for p in list(points) for d in (-1, 1) if 0 <= p + d <= 0x10FFFF}
        universe = frozenset(chr(p) for p in points) | frozenset(_REPRESENTATIVES)
        self.universe = universe if self.lines else universe - {"\n"}
        self.problems: list[str] = []
        self.rest_ok: dict[int, bool] = {}
        self.names: dict[int, str] = {}

    # --- character sets ---------------------------------------------------------------

    def _category(self, category: object) -> frozenset[str]:
        test = {
            C.CATEGORY_DIGIT: r"\d",
            C.CATEGORY_NOT_DIGIT: r"\D",
            C.CATEGORY_SPACE: r"\s",
            C.CATEGORY_NOT_SPACE: r"\S",
            C.CATEGORY_WORD: r"\w",
            C.CATEGORY_NOT_WORD: r"\W",
        }[category]
        return frozenset(c for c in self.universe if re.fullmatch(test, c))

    def _set(self, op: object, av: object) -> frozenset[str]:
        """The characters a one-character node (literal, class, ``.``) takes."""
        if op == C.LITERAL:
            return frozenset({chr(av)})  # type: ignore[arg-type]
        if op == C.NOT_LITERAL:
            return self.universe - {chr(av)}  # type: ignore[arg-type]
        if op == C.ANY:
            return self.universe if self.dotall else self.universe - {"\n"}
        assert op == C.IN
        taken: set[str] = set()
        negate = False
        for item_op, item in av:  # type: ignore[attr-defined]
            if item_op == C.NEGATE:
                negate = True
            elif item_op == C.LITERAL:
                taken.add(chr(item))
            elif item_op == C.RANGE:
                taken |= {c for c in self.universe if item[0] <= ord(c) <= item[1]}
            elif item_op == C.CATEGORY:
                taken |= self._category(item)
        return self.universe - taken if negate else frozenset(taken)

    # --- the walk ---------------------------------------------------------------------

    def _always(self, tree: Iterable[tuple[object, object]], *, at_end: bool = False) -> bool:
        """Whether a sequence always matches (possibly nothing) wherever it starts (or,
        ``at_end``, at the end of the input, where ``$`` and ``\\Z`` hold too)."""
        tree = list(tree)
        for index, (op, av) in enumerate(tree):
            if self._node_always(op, av):
                continue
            # an end anchor at the end, or right after a loop that runs to it (``(.*)$``)
            if (op == C.AT and av in (C.AT_END, C.AT_END_STRING)) and (
                at_end or (index and self._runs_to_end(*tree[index - 1]))
            ):
                continue
            return False
        return True

    def _runs_to_end(self, op: object, av: object) -> bool:
        """Whether a node ends in a greedy loop over every character (``.*`` on a
        line, ``(?s:.*)``): it takes the rest of the input whatever that is."""
        if op == C.SUBPATTERN:
            body = list(av[3])  # type: ignore[index]
            return bool(body) and self._always(body) and self._runs_to_end(*body[-1])
        if op in (C.MAX_REPEAT, C.POSSESSIVE_REPEAT) and av[1] == _BOUND:  # type: ignore[index]
            body = list(av[2])  # type: ignore[index]
            return (
                len(body) == 1
                and body[0][0] in (C.ANY, C.IN, C.NOT_LITERAL)
                and (self._set(*body[0]) == self.universe)
            )
        return False

    def _node_always(self, op: object, av: object) -> bool:
        if op in _REPEATS:
            return av[0] == 0 or self._always(av[2])  # type: ignore[index]
        if op == C.SUBPATTERN:
            return self._always(av[3])  # type: ignore[index]
        if op == C.ATOMIC_GROUP:
            return self._always(av)  # type: ignore[arg-type]
        if op == C.BRANCH:
            return any(self._always(alt) for alt in av[1])  # type: ignore[index]
        return False

    def run(self, *, searched: bool) -> list[str]:
        whole = self.sequence(self.tree, rest_ok=True, end_ok=True, loop=None)
        # The search loop: every start position tried in turn, like a lazy ``.*?``.
        for loop, chars in whole.heads if searched else ():
            if chars and not self.rest_ok[loop]:
                self.report(
                    f"searched, {self.names[loop]} may start inside a run it then gives "
                    f"back ({_show(chars)}): every start costs the run",
                )
        return self.problems

    def report(self, message: str) -> None:
        if message not in self.problems:
            self.problems.append(message)

    def sequence(
        self,
        items: Iterable[tuple[object, object]],
        *,
        rest_ok: bool,
        end_ok: bool,
        loop: frozenset[str] | None,
    ) -> _Info:
        """``rest_ok``: what follows always matches; ``end_ok``: it matches at the end
        of the input."""
        items = list(items)
        passes = self.universe
        heads: list[tuple[int, frozenset[str]]] = []
        tails: list[tuple[int, frozenset[str]]] = []
        for index, (op, av) in enumerate(items):
            after = items[index + 1 :]
            info = self.node(
                op,
                av,
                rest_ok=rest_ok and self._always(after),
                end_ok=end_ok and self._always(after, at_end=True),
                loop=loop,
            )
            self.pairs(tails, info.heads)
            heads += [(q, s & passes) for q, s in info.heads if s & passes]
            passes &= info.passes
            tails = info.tails + [(q, s & info.passes) for q, s in tails if s & info.passes]
        return _Info(passes, heads, tails)

    def pairs(
        self, tails: list[tuple[int, frozenset[str]]], heads: list[tuple[int, frozenset[str]]]
    ) -> None:
        for first, before in tails:
            for second, after in heads:
                common = before & after
                if common and not self.rest_ok[second]:
                    self.report(
                        f"{self.names[first]} then {self.names[second]} can share a run of "
                        f"{_show(common)}"
                    )

    def node(
        self, op: object, av: object, *, rest_ok: bool, end_ok: bool, loop: frozenset[str] | None
    ) -> _Info:
        if op in (C.LITERAL, C.NOT_LITERAL, C.ANY, C.IN):
            return _Info(self._set(op, av))
        if op == C.SUBPATTERN:
            return self.sequence(av[3], rest_ok=rest_ok, end_ok=end_ok, loop=loop)  # type: ignore[index]
        if op == C.ATOMIC_GROUP:
            inner = self.sequence(av, rest_ok=rest_ok, end_ok=end_ok, loop=None)  # type: ignore[arg-type]
            return _Info(inner.passes, inner.heads, [])  # gives nothing back
        if op == C.BRANCH:
            return self.branch(av[1], rest_ok=rest_ok, end_ok=end_ok, loop=loop)  # type: ignore[index]
        if op in _REPEATS:
            return self.repeat(op, av, rest_ok=rest_ok, end_ok=end_ok, loop=loop)
        if op in (C.ASSERT, C.ASSERT_NOT):
            return _Info(self.guard(op, av))
        if op == C.AT:
            return _Info(self.anchor(av))
        if op == C.GROUPREF_EXISTS:
            yes = [av[1]] + ([av[2]] if av[2] is not None else [[]])  # type: ignore[index]
            return self.branch(yes, rest_ok=rest_ok, end_ok=end_ok, loop=loop)
        # a back reference: it may take anything
        return _Info(self.universe)

    def branch(
        self,
        alternatives: Iterable[object],
        *,
        rest_ok: bool,
        end_ok: bool,
        loop: frozenset[str] | None,
    ) -> _Info:
        infos = [
            self.sequence(alt, rest_ok=rest_ok, end_ok=end_ok, loop=loop)  # type: ignore[arg-type]
            for alt in alternatives
        ]
        if loop and not rest_ok:
            for i, one in enumerate(infos):
                for other in infos[i + 1 :]:
                    common = one.passes & other.passes & loop
                    if common:
                        self.report(
                            f"inside a repetition, two alternatives match the same run of "
                            f"{_show(common)}"
                        )
        passes = frozenset().union(*(info.passes for info in infos))
        return _Info(
            passes,
            [h for info in infos for h in info.heads],
            [t for info in infos for t in info.tails],
        )

    def repeat(
        self, op: object, av: object, *, rest_ok: bool, end_ok: bool, loop: frozenset[str] | None
    ) -> _Info:
        low, high, body = av  # type: ignore[misc]
        possessive = op == C.POSSESSIVE_REPEAT
        saved = (dict(self.rest_ok), list(self.problems))
        body_passes = self.sequence(body, rest_ok=True, end_ok=True, loop=None).passes
        self.rest_ok, self.problems = saved  # a first look, for what the body passes
        repeated = body_passes if high > 1 and not possessive else None
        inner = self.sequence(
            body, rest_ok=rest_ok and low <= 1, end_ok=end_ok and low <= 1, loop=repeated
        )
        if loop and not rest_ok and high != _BOUND and low < high and inner.passes & loop:
            self.report(
                f"inside a repetition, {{{low},{high}}} of varying length over a run of "
                f"{_show(inner.passes & loop)}"
            )
        if repeated is not None:  # the last loop of a pass against the first of the next
            self.pairs(inner.tails, inner.heads)
        passes = self.universe if low == 0 else inner.passes
        heads, tails = list(inner.heads), list(inner.tails)
        if high == _BOUND and inner.passes:
            me = id(av)
            self.names[me] = f"loop {_parser_text(op, low, high)} over {_show(inner.passes)}"
            # A loop whose continuation cannot fail is never asked to give back: one
            # over every character (``.*`` on a line) runs to the end, where an end
            # anchor holds.
            settled = rest_ok or (end_ok and op != C.MIN_REPEAT and inner.passes == self.universe)
            self.rest_ok[me] = settled
            heads.append((me, inner.passes))
            if not settled:
                tails.append((me, inner.passes))
        if possessive:
            tails = []
        return _Info(passes, heads, tails)

    def guard(self, op: object, av: object) -> frozenset[str]:
        """The characters of a run a look-around of one character lets through: in a
        run of ``c`` a look-behind sees ``c`` before, a look-ahead ``c`` after (when the
        second loop takes nothing there, the pair is no ambiguity). Anything longer is
        read as passable."""
        _direction, body = av  # type: ignore[misc]
        if len(body) != 1:
            return self.universe
        inner_op, inner_av = body[0]
        if inner_op not in (C.LITERAL, C.NOT_LITERAL, C.ANY, C.IN):
            return self.universe
        chars = self._set(inner_op, inner_av)
        return chars if op == C.ASSERT else self.universe - chars

    def anchor(self, where: object) -> frozenset[str]:
        if where == C.AT_BEGINNING_STRING:
            return frozenset()
        if where == C.AT_BEGINNING:
            return frozenset({"\n"}) if self.multiline else frozenset()
        if where in (C.AT_END, C.AT_END_STRING):
            return frozenset({"\n"}) if where == C.AT_END else frozenset()
        return self.universe  # \b, \B


def _show(chars: frozenset[str]) -> str:
    shown = "".join(sorted(chars))[:12]
    return repr(shown) + ("…" if len(chars) > 12 else "")


def _parser_text(op: object, low: int, high: int) -> str:
    top = "" if high == _BOUND else str(high)
    mode = {C.MIN_REPEAT: "?", C.POSSESSIVE_REPEAT: "+"}.get(op, "")  # type: ignore[call-overload]
    return f"{{{low},{top}}}{mode}"


def super_linear(pattern: str, flags: int = 0, *, searched: bool = True) -> list[str]:
    """Why ``pattern`` may take more than linear time on one line (see the module
    docstring for the rule); empty when it is bounded linear. ``flags`` of ``re`` or
    ``regex`` (only DOTALL and MULTILINE matter); ``searched``: the pattern is used with
    ``search``, ``findall``, ``finditer``, ``sub`` or ``split``, not only ``match``."""
    return _Analysis(pattern, flags).run(searched=searched)
