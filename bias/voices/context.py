"""What the speaker rules share: an article's tokens, sentences and lexicon matches
(:class:`ArticleContext`), and one quotation's place in it (:class:`QuoteContext`).

Token ranges are ``(first, end)`` with ``end`` exclusive; character offsets index the
normalised text.
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass, field
from typing import NamedTuple, Sequence

from ..lexicon import TokenTable
from ..text import MarkSpan
from .cues import VoiceLexicon, scan
from .results import Speaker
from .words import WINDOW, has_speech_signs

__all__ = ["ArticleContext", "QuoteContext", "Mention"]


class Mention(NamedTuple):
    """A subject mention (``X ने``, ``X का कहना``, ``X के अनुसार``, …): the antecedents
    pronouns resolve to.  ``first``/``end`` are tokens, ``start`` its character offset."""

    first: int
    end: int
    start: int
    source_type: str | None


@dataclass(eq=False)
class ArticleContext:
    """One article as the rules see it.

    Holds the token table and its columns, the sentences' token ranges, which tokens
    lie inside quotation marks, the lexicon matches (:func:`bias.voices.cues.scan`),
    what the article taught about names (``titles``: name key → source type), its
    subject mentions, the last speaker of each sentence (for continuations), and the
    noun-phrase memos.  Build it with :meth:`of`; :meth:`bias.voices.Attributor.context`
    also learns the titles and mentions.

    >>> from bias.lexicon import TokenTable
    >>> text = "प्रवक्ता: “हम तैयार हैं।”"
    >>> art = ArticleContext.of(text, TokenTable(text), [(0, len(text))], [], VoiceLexicon.load())
    >>> art.keys[:2], art.chars(0, 2), art.words(0, 2)
    (('प्रवक्ता', ':'), (0, 9), 'प्रवक्ता:')
    """

    text: str
    tk: TokenTable
    lex: VoiceLexicon
    marks: Sequence[MarkSpan]  # the top-level quotations
    sentences: list[tuple[int, int]]  # token range of each sentence
    sentence_starts: list[int]  # character start of each sentence
    in_quote: list[bool]  # token -> inside a quotation (marks included)
    titles: dict[str, str] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    mention_starts: list[int] = field(default_factory=list)
    last_speaker: dict[int, Speaker] = field(default_factory=dict)  # sentence -> speaker
    np_memo: dict[tuple[int, int], tuple[int, int] | None] = field(default_factory=dict)
    name_memo: dict[tuple[int, int], int] = field(default_factory=dict)
    first_word_memo: dict[int, int] = field(default_factory=dict)  # sentence -> its first word
    #: character spans of the reported clauses found so far (what someone is reported to say)
    reported_clauses: list[tuple[int, int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        tk = self.tk
        self.keys, self.kinds, self.starts, self.ends = tk.keys, tk.kinds, tk.starts, tk.ends
        found = scan(tk, self.lex)
        self.mention_triggers = found.mention_triggers
        self.speech_triggers = found.speech_triggers
        self.source_at = found.sources  # token -> (length, source type)
        self.known_at = found.known
        self.verb_at = found.verbs
        self.impersonal_at = found.impersonal
        # how many tokens before each token lie inside quotation marks (holds_quotation)
        self.quoted_before = [0, *itertools.accumulate(self.in_quote)]

    @classmethod
    def of(
        cls,
        text: str,
        tk: TokenTable,
        sentences: Sequence[tuple[int, int, str]] | Sequence[tuple[int, int]],
        marks: Sequence[MarkSpan],
        lex: VoiceLexicon,
        *,
        token_ranges: list[tuple[int, int]] | None = None,
    ) -> ArticleContext:
        """The context of an article: ``sentences`` are character spans in reading order,
        ``marks`` the top-level quotations, ``token_ranges`` the sentences' token
        ranges when the caller has them."""
        in_quote = [False] * len(tk.keys)
        for q in marks:
            a, b = tk.index_at(q.open), tk.index_at(max(q.close_end, q.close))
            if b > a:
                in_quote[a:b] = [True] * (b - a)
        return cls(
            text=text,
            tk=tk,
            lex=lex,
            marks=marks,
            sentences=tk.ranges(sentences) if token_ranges is None else token_ranges,
            sentence_starts=[s[0] for s in sentences],
            in_quote=in_quote,
        )

    def holds_quotation(self, first: int, end: int) -> bool:
        """Do any of the tokens ``[first, end)`` lie inside quotation marks?"""
        return self.quoted_before[end] > self.quoted_before[first]

    def sentence_of(self, pos: int) -> int:
        """Index of the sentence holding character ``pos``."""
        return max(0, bisect.bisect_right(self.sentence_starts, pos) - 1)

    def chars(self, first: int, end: int) -> tuple[int, int]:
        """Character span of the tokens ``[first, end)``."""
        return self.starts[first], self.ends[end - 1]

    def words(self, first: int, end: int) -> str:
        """The text of the tokens ``[first, end)``."""
        return self.text[self.starts[first] : self.ends[end - 1]]

    def set_mentions(self, mentions: list[Mention]) -> None:
        self.mentions = mentions
        self.mention_starts = [m.start for m in mentions]

    def first_word(self, sentence: int) -> int:
        """The token index of the first word of ``sentence`` (its end when it has none),
        remembered: a sentence of a thousand quotation marks is scanned once, not once a mark."""
        found = self.first_word_memo.get(sentence)
        if found is None:
            first, end = self.sentences[sentence]
            found = next((i for i in range(first, end) if self.kinds[i] != "punct"), end)
            self.first_word_memo[sentence] = found
        return found

    def quote(self, index: int) -> QuoteContext:
        """The context of quotation ``index`` of :attr:`marks`."""
        mark = self.marks[index]
        at = self.tk.index_at
        sentence = self.sentence_of(mark.open)
        sent_first, sent_end = self.sentences[sentence]
        first, end = at(mark.open), at(max(mark.close_end, mark.close))
        content_first, content_end = at(mark.start), at(mark.end)
        words = content_end - content_first - self.kinds[content_first:content_end].count("punct")
        window = max(sent_first, first - WINDOW)
        triggers = self.speech_triggers
        near = triggers[bisect.bisect_left(triggers, window) : bisect.bisect_left(triggers, first)]
        return QuoteContext(
            index=index,
            mark=mark,
            sentence=sentence,
            sent_first=sent_first,
            sent_end=sent_end,
            first=first,
            end=end,
            content_first=content_first,
            content_end=content_end,
            words=words,
            window=window,
            triggers=near[::-1],
            # only punctuation before the opening mark
            at_start=self.first_word(sentence) >= first,
            speechy=has_speech_signs(self.text[mark.start : mark.end]),
        )


@dataclass(frozen=True)
class QuoteContext:
    """One quotation's place in its article (token indices unless said otherwise).

    ``first``/``end``: the quotation with its marks; ``content_first``/``content_end``:
    without them; ``sent_first``/``sent_end``: its sentence; ``window``: how far back
    the rules look (:data:`bias.voices.words.WINDOW` tokens, within the sentence);
    ``triggers``: the reporting words in that window, nearest first; ``words``: how many
    words the content holds; ``at_start``: nothing but punctuation before it in its
    sentence; ``speechy``: its content ends a sentence or speaks in the first or second
    person (signs of speech rather than a name).
    """

    index: int
    mark: MarkSpan
    sentence: int
    sent_first: int
    sent_end: int
    first: int
    end: int
    content_first: int
    content_end: int
    words: int
    window: int
    triggers: list[int]
    at_start: bool
    speechy: bool

    @property
    def short(self) -> bool:
        """At most four words and no sign of speech."""
        return self.words <= 4 and not self.speechy
