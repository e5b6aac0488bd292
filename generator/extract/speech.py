"""Language data for quotes and people: English words, kept apart from the logic.

Everything here is a frozenset or a tuple of lower-case strings, so the rules
in `quotes.py` and `people.py` read as rules and the word lists can grow
without touching them.
"""

from __future__ import annotations

# Marks that open and close a direct quotation. A straight mark is both; which
# one it is depends on where it stands (see quotes._mark_role).
OPENING_MARKS = frozenset({"\u201c", "\u201e", "\u00ab"})  # “ „ «
CLOSING_MARKS = frozenset({"\u201d", "\u00bb"})  # ” »
STRAIGHT_MARKS = frozenset({'"'})
QUOTE_MARKS = OPENING_MARKS | CLOSING_MARKS | STRAIGHT_MARKS

# Dashes that introduce a speaker after a quote: `"…" – Dmitry Peskov`.
DASHES = frozenset({"\u2013", "\u2014", "--", "-"})

# Lemmas of verbs that report speech or writing. A quote under one of these
# (or next to one) is attributed to the verb's subject.
REPORTING_VERBS = frozenset(
    """
    say tell add state announce explain note write ask reply respond answer
    claim insist argue declare warn suggest comment continue conclude
    acknowledge admit recall tweet post report describe call predict promise
    complain joke quip remark observe exclaim shout yell scream whisper mutter
    testify confirm deny allege assert contend maintain emphasize emphasise
    stress offer plead urge vow pledge reiterate repeat recount concede boast
    muse wonder charge counter retort lament caution posit opine accuse
    criticize criticise blast slam praise mock chide brag cite quote read
    proclaim decry dismiss demand threaten mention inform remind assure
    agree disagree describe label dub brand term hail hint indicate reveal
    elaborate interject interrupt snap fire say tweet retweet email text
    message blog estimate predict thank apologize apologise lash rail
    """.split()
)

# Verbs of naming: `a group called "X"` names a thing, it quotes nobody,
# unless someone is the verb's subject (`Trump called it "a disaster"`).
NAMING_VERBS = frozenset({"call", "dub", "label", "brand", "term", "name", "title", "entitle", "headline"})

# `according to X`, `in the words of X`: a preposition that names a source.
ACCORDING_TO = ("according", "to")

# Pronouns that stand for a speaker named elsewhere.
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
FEMALE_PRONOUNS = frozenset({"she", "her"})
MALE_PRONOUNS = frozenset({"he", "him"})
GROUP_PRONOUNS = frozenset({"it", "they", "them"})
FIRST_PERSON = frozenset({"i", "we", "me", "us", "you"})

# Words that mark a woman or a man in a role or title: help pick the antecedent
# of `she` / `he` among several named people.
FEMALE_WORDS = frozenset(
    {"spokeswoman", "chairwoman", "congresswoman", "businesswoman", "mrs.", "ms.", "mrs", "ms",
     "madam", "mother", "wife", "daughter", "sister", "queen", "first lady", "actress"}
)
MALE_WORDS = frozenset(
    {"spokesman", "chairman", "congressman", "businessman", "mr.", "mr", "father", "husband",
     "son", "brother", "king"}
)

# Nouns that name an office or an occupation: a phrase before a name or in
# apposition to it is a role only if it holds one of these (or any common noun
# the tagger calls NOUN; this list catches the capitalised ones it calls PROPN).
ROLE_WORDS = frozenset(
    """
    president vice-president minister secretary spokesman spokeswoman spokesperson
    chancellor premier prime senator sen. representative rep. congressman
    congresswoman governor gov. mayor ambassador envoy diplomat general gen.
    admiral colonel col. commander chief director chairman chairwoman chair
    leader head king queen prince princess pope judge justice attorney lawyer
    professor prof. dr. doctor analyst adviser advisor aide official officer
    manager strategist candidate nominee founder executive ceo cfo economist
    researcher scientist expert editor reporter correspondent journalist
    anchor host author historian consultant pollster lieutenant lt. sgt.
    sergeant captain capt. speaker whip delegate commissioner councilman
    councilwoman sheriff prosecutor inspector deputy treasurer emir sheikh
    ayatollah cardinal bishop rabbi reverend rev. coach owner president-elect
    chief-of-staff staffer operative surrogate activist lobbyist partner fellow
    lecturer dean rector student
    """.split()
)

# Title words that may stand inside a capitalised run before a name
# (`Foreign Minister Sergei Lavrov`, `Sen. Ted Cruz`): the name starts after them.
TITLE_WORDS = ROLE_WORDS | frozenset(
    """
    mr. mrs. ms. mr mrs ms miss sir dame lord lady foreign defense defence
    interior finance deputy acting former vice first u.s. state supreme
    house senate white
    """.split()
)

# Honorifics dropped from names entirely.
HONORIFICS = frozenset({"mr.", "mrs.", "ms.", "mr", "mrs", "ms", "miss", "dr.", "dr", "sir", "dame"})

# Head nouns of organisations: `the ministry said` refers back to the last
# organisation whose name holds the same word; such a name is not a person's.
ORGANISATION_WORDS = frozenset(
    """
    ministry agency department office committee commission council party
    campaign government administration cabinet parliament congress senate
    house court university college institute foundation center centre
    company corporation corp. inc. group association union bank fund
    police army navy force forces military command service services
    kremlin embassy network news times post journal press channel
    board bureau authority authorities organization organisation
    movement team staff club school
    """.split()
)

# Nouns that tell the quoted words are a title, not someone's speech:
# `the book "The Art of the Deal"`, `an article headlined "…"`.
TITLE_CUES = frozenset(
    """
    book books novel memoir film films movie movies documentary song songs
    album show series episode play musical poem article essay column op-ed
    headline headlined titled entitled called named dubbed slogan hashtag
    magazine newspaper program programme report podcast painting opera
    """.split()
)

# Small words that stay lower case inside a title ("The Art of the Deal").
TITLE_SMALL_WORDS = frozenset(
    {"a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "with",
     "from", "as", "vs.", "vs", "nor", "is", "be"}
)

# Quotes with at most this many words need a speaker to count: shorter ones
# without one are scare quotes (`the so-called "peace plan"`).
SHORT_QUOTE_WORDS = 4

# Determiners dropped from the front of a role ("a professor at …").
ROLE_DETERMINERS = frozenset({"a", "an", "the", "another", "one"})

# Subjects that say nothing about who spoke.
VAGUE_SUBJECTS = frozenset(
    {"source", "sources", "official", "officials", "people", "person", "aide", "aides",
     "someone", "somebody", "one", "others", "many", "some", "critics", "observers",
     "analysts", "experts", "insiders", "residents", "witnesses", "voters"}
)
