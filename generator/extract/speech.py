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

# Irregular past forms of reporting verbs; regular ones are read by their endings.
IRREGULAR_REPORTING = {"said": "say", "told": "tell", "wrote": "write", "spoke": "speak",
                       "spoken": "speak", "written": "write", "read": "read"}
VERB_ENDINGS = (("ied", "y"), ("ies", "y"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", ""),
                ("ing", ""), ("ing", "e"))


def is_reporting_form(word: str) -> bool:
    """`Tweeted`, `Stated`, `Said`: a form of a reporting verb whatever its case or tag.

    The small model tags a capitalised verb (`Murphy, the head of X, Tweeted`,
    `Stated Stone:`) as a proper noun; its spelling still says what it is."""
    lower = word.lower()
    if lower in IRREGULAR_REPORTING:
        return True
    return any(lower.endswith(end) and len(lower) > len(end) + 2 and lower[: -len(end)] + stem in REPORTING_VERBS
               for end, stem in VERB_ENDINGS)


# Capitals that stand for their governments (`Kiev said`, `Beijing warned`): the
# small model often tags them PERSON; a one-word "person" named so is the city.
CAPITAL_CITIES = frozenset(
    """
    kiev kyiv moscow washington beijing pyongyang seoul tokyo london paris berlin
    brussels ankara tehran damascus baghdad kabul islamabad delhi jerusalem
    riyadh doha cairo havana caracas minsk warsaw budapest rome madrid ottawa
    canberra taipei hanoi manila jakarta bangkok tripoli khartoum nairobi
    pretoria abuja brasilia bogota tbilisi yerevan baku kishinev chisinau vilnius
    riga tallinn helsinki stockholm oslo copenhagen vienna prague bratislava
    bucharest sofia belgrade athens lisbon dublin amman beirut sanaa
    """.split()
)

# Prepositions of place: `in Kiev`, `to Moscow` show a name is a place.
PLACE_PREPOSITIONS = frozenset({"in", "to", "from", "near", "outside", "around", "across", "into", "toward", "towards"})

# Common first names that tell a person's gender, for `he` / `she`. A name in
# neither list says nothing; the list only needs the frequent ones.
FEMALE_FIRST_NAMES = frozenset(
    """
    mary maria marie anna anne ann elizabeth hillary sarah susan karen nancy
    lisa linda barbara patricia jennifer jessica laura emily emma olivia sophia
    michelle melania ivanka chelsea kellyanne megyn katie kate catherine
    kathleen kathryn elise elena ellen helen hope huma jill debbie deborah
    donna nikki carly sandra sandy samantha rachel rebecca amy angela
    angelina theresa teresa marine christine cecile kristen kirsten tulsi
    nina julia julie diane dianne janet jane joan judith judy margaret
    martha nicole kelly kelli erin irina yulia svetlana natalia tatiana olga
    victoria valentina loretta condoleezza madeleine sheila
    stephanie suzanne tammy tina wendy ruth rose sharon shirley heather
    hannah grace claire alice amanda andrea betsy brenda carol caroline
    """.split()
)
MALE_FIRST_NAMES = frozenset(
    """
    john james robert michael william david richard joseph thomas charles
    christopher daniel matthew donald mark paul steven stephen andrew kenneth
    joshua kevin brian george edward ronald timothy jason jeffrey ryan jacob
    gary nicholas eric jonathan larry justin scott brandon benjamin samuel
    frank gregory raymond alexander patrick jack dennis jerry tyler aaron
    henry adam peter nathan douglas zachary walter kyle harold carl jeremy
    keith roger gerald ethan arthur terry christian sean lawrence austin joe
    noah jesse albert bryan billy bruce willie jordan dylan alan ralph gabriel
    roy juan wayne eugene logan randy louis russell vincent philip bobby
    johnny bradley barack bernie bill ted marco jeb chris mike mitt newt rand
    rick ben vladimir sergei sergey dmitry dmitri alexei alexey mikhail ivan
    igor viktor boris nikolai yuri emmanuel francois angelo recep
    bashar binyamin reince corey jared hugh lindsey tim tom jim bob
    """.split()
)
