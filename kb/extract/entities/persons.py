"""Persons in one sentence: a 2–3 character name that starts with a common surname after
a post title or a word like 党员, before 担任/是/作为 or 同志, after 某局的; a name before an
appointment verb (`find_appointees`); and longer transliterated names between a title or
干部 and a verb only a person does.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kb.extract.entities.grow import _only_generic
from kb.extract.entities.mention import CLOSE_QUOTES, Mention, is_han
from kb.extract.lexicon import lexicon
from kb.wordlists import alternation, read_chars, read_words

NUMERALS = "0123456789一二三四五六七八九十两双百千万"


# Characters that end a name rather than continue it (function words, 说).
GIVEN_NAME_STOPS = read_chars("kb.extract", "given_name_stops.txt")
NAME_FOLLOWERS = GIVEN_NAME_STOPS + read_chars("kb.extract", "name_follower_chars.txt")
SPEECH = read_words("kb.extract", "speech_after_name.txt")


ADVERB_OPENERS = read_chars("kb.extract", "adverb_openers.txt")  # first characters of adverbs that rarely end a given name


def _name_at(text: str, i: int) -> str | None:
    """A 2–3 character personal name starting at text[i], or None."""
    lex = lexicon()
    surname = text[i : i + 2] if text[i : i + 2] in lex.surnames else text[i : i + 1]
    if surname not in lex.surnames:
        return None
    g = i + len(surname)

    def ok(c: str) -> bool:
        return is_han(c) and c not in GIVEN_NAME_STOPS

    def stop_at(j: int) -> bool:
        return j >= len(text) or not is_han(text[j]) or bool(lex.boundary_starting_at(text, j)) or \
            text[j] in NAME_FOLLOWERS

    if g < len(text) and ok(text[g]):
        if g + 1 < len(text) and text[g + 1] in NAME_FOLLOWERS:
            return text[i : g + 1]
        # 李丽一起上门: an adverb (一起, 一同, 都是) right after two characters ends the name.
        if g + 1 < len(text) and text[g + 1] in ADVERB_OPENERS and len(lex.boundary_starting_at(text, g + 1) or "") >= 2:
            return text[i : g + 1]
        # 张强则带领: an adverb (则, 便, 也) followed by a person's verb ends the name before it.
        if g + 2 < len(text) and text[g + 1] in lex.name_adverbs and text.startswith(lex.name_adverb_verbs, g + 2):
            return text[i : g + 1]
        if g + 1 < len(text) and ok(text[g + 1]) and len(surname) + 2 <= 3 and stop_at(g + 2):
            return text[i : g + 2]
        if stop_at(g + 1):
            return text[i : g + 1]
        if g + 1 < len(text) and ok(text[g + 1]) and len(surname) == 1:
            return text[i : g + 2]
    return None


def _appoints(text: str, j: int) -> str | None:
    """The appointment verb at j (任, 担任 …) when a post is named later in its clause;
    任务, 任何 and 任劳任怨 appoint no one."""
    lex = lexicon()
    verb = next((v for v in APPOINTMENT_VERBS if text.startswith(v, j)), None)
    if verb is None or text.startswith(NOT_APPOINTMENT, j):
        return None
    clause = re.split(r"[,，;；。:：]", text[j + len(verb) :], maxsplit=1)[0]
    return verb if any(lex.title_ending_at(clause, k) for k in range(1, len(clause) + 1)) else None


def _ends_cleanly(text: str, j: int) -> bool:
    """A name ends at j: punctuation, a function or boundary word, a speech verb or an
    appointment verb follows (王芳带领, 陈超说, 李向东任)."""
    lex = lexicon()
    return j >= len(text) or not is_han(text[j]) or text[j] in NAME_FOLLOWERS or \
        bool(lex.boundary_starting_at(text, j)) or text.startswith(SPEECH, j) or \
        text.startswith(lex.after_name_words, j) or \
        (j + 1 < len(text) and text[j] in lex.name_adverbs and text.startswith(lex.name_adverb_verbs, j + 1)) or \
        _appoints(text, j) is not None


# 区司法局的刘某是一名老党员: 是 introducing what the person is ends the name after 的.
DE_NAME_FOLLOWERS = read_words("kb.extract", "de_name_followers.txt")
# 李向东任总指挥: the verbs that appoint a person named right before them.
APPOINTMENT_VERBS = read_words("kb.extract", "appointment_verbs.txt")
# 任 opening an ordinary word is no appointment (任务, 任何).
NOT_APPOINTMENT = read_words("kb.extract", "not_appointment_words.txt")


@lru_cache(maxsize=64)  # asked twice per sentence: by the person finder and the mention finder
def find_appointees(text: str) -> tuple[tuple[int, int, int], ...]:
    """(name start, name end, verb end) for every `[post title] 李向东 任/担任 …`.

    A name is a surname and one or two characters, so 李向东任… could be read as 李向 or
    李向东任; the reading after which an appointment verb follows is the name, and the
    name ends there: nothing grown leftwards from a later head (…街道, …指挥部) crosses it.
    The name must follow a post title or open a clause, which keeps 主任 and 责任 out."""
    if "任" not in text:  # every appointment verb has it: most sentences end here
        return ()
    lex = lexicon()
    out = []
    for i in range(len(text)):
        # 由邝志远担任组长: a function word (由, 在, 和 …) starts no name; the name follows it.
        if lex.boundary_starting_at(text, i):
            continue
        prev = text[i - 1] if i else ""
        opens = not prev or prev in ",，;；:：。、 \n" or prev in CLOSE_QUOTES or prev in lex.boundaries or \
            any(text.endswith(w, 0, i) for w in lex.person_introducers)  # 区民政局干部沈佳任书记
        if not opens and not lex.title_ending_at(text, i):
            continue
        for surname in (text[i : i + 2], text[i : i + 1]):
            if surname not in lex.surnames:
                continue
            found = None
            for n in (1, 2):
                end = i + len(surname) + n
                given = text[i + len(surname) : end]
                if len(surname) + n > 3 or len(given) < n or not all(is_han(c) and c not in GIVEN_NAME_STOPS
                                                                     for c in given):
                    continue
                if text[i : i + 2] in lex.not_names or _only_generic(text[i : i + 2]):
                    continue  # 由党员担任楼长: a class of people, not a name
                verb = _appoints(text, end)
                if verb is None:
                    continue
                # 王芳担任 reads as 王芳 + 担任, not 王芳担 + 任: the longer verb wins.
                if found is None or len(verb) > found[2] - found[1]:
                    found = (i, end, end + len(verb))
            if found:
                out.append(found)
                break
    return tuple(out)


def _surname_after_title(text: str, i: int, name: str, rule: str) -> bool:
    """局长和国庆: right after a post title a one-character function word that is also a
    surname (和, 于, 向) starts a name, unless what follows is a word (书记和大家, 局长和副局长)."""
    lex = lexicon()
    if rule != "title_before_name" or lex.boundary_starting_at(name, 0) != name[0]:
        return False
    rest = name[1:]
    if lex.title_starting_at(text, i + 1) or rest[:2] in lex.not_names or _only_generic(rest) or \
            lex.boundary_starting_at(text, i + 1) or rest[0] in PRONOUNS:
        return False
    # 主任和村民一起, 站长和医护人员: the conjunction reading is the usual one, so the name must
    # be followed by what only follows a person (带领, 说, 担任, punctuation).
    end = i + len(name)
    return end >= len(text) or not is_han(text[end]) or text.startswith(PERSON_FOLLOWERS, end) or \
        _appoints(text, end) is not None


PERSON_FOLLOWERS = read_words("kb.extract", "person_followers.txt")


PRONOUNS = read_chars("kb.extract", "pronouns.txt")  # 局长和他的同事: a pronoun after 和 is never a given name


LONG_NAME_LENGTHS = (3, 4, 5)  # 巴特尔 … 乌云其木格; longer runs are phrases, not names
# 深有感触地说, 接受采访时说, 走访后介绍: an adverb's 地 or a clause of time ends in these.
LONG_NAME_BREAKS = read_chars("kb.extract", "long_name_breaks.txt")
QI_WORDS = read_words("kb.extract", "qi_words.txt")  # 其 inside a name, not these words


def _long_name_at(text: str, i: int) -> str | None:
    """A 3–5 character name at i that a person-only verb follows (下沉, 说, 担任), or None.
    No character may start a boundary word, a post title or a number, so 第一时间带领
    and 亲自带领 name no one."""
    lex = lexicon()
    for n in LONG_NAME_LENGTHS:
        name = text[i : i + n]
        if len(name) < n or not text.startswith(lex.long_name_followers, i + n):
            continue
        # 乌云其木格: 其 ends an ordinary name (其他, 其中) but sits inside a transliterated one.
        if not all(is_han(c) and c not in NUMERALS and c not in LONG_NAME_BREAKS
                   and (c not in NAME_FOLLOWERS or (c == "其" and 0 < k < n - 1)) for k, c in enumerate(name)):
            return None
        if any((lex.boundary_starting_at(text, j) and not (text[j] == "其" and i < j < i + n - 1))
               or lex.title_starting_at(text, j) for j in range(i, i + n)):
            return None
        if name[:2] in lex.not_names or _only_generic(name[:2]) or _only_generic(name) or \
                any(w in name for w in QI_WORDS):
            return None
        return name
    return None


# 张三担任…, 李四作为…: a 2–3 character name opening a clause before a verb of role.
NAME_BEFORE_ROLE = re.compile(
    rf"(?:^|[,，;；:：。、\s])(?=[\u4e00-\u9fff]{{2,3}}(?:{alternation(read_words('kb.extract', 'role_verbs_after_name.txt'))}))")
NAME_LIST_JOINERS = read_chars("kb.extract", "name_list_joiners.txt")  # 机关干部陈浩、刘洁、王斌


def find_persons(text: str, taken: list[Mention]) -> list[Mention]:
    lex = lexicon()
    out: list[Mention] = []
    for s, e, _ in find_appointees(text):
        if text[s:e] not in lex.titles and not any(t.start < e and s < t.end for t in taken):
            title = lex.title_ending_at(text, s)
            out.append(Mention("Person", text[s:e], s, e, text[s:e], properties={"title": title} if title else {},
                               rule="name_before_appointment"))

    def add(i: int, rule: str, title: str | None) -> int | None:
        """Add the person named at i; return where the name ends (None when no name)."""
        name = _name_at(text, i)
        if not name or any(t.start < i + len(name) and i < t.end for t in taken + out):
            return None
        if name in lex.titles or name[:2] in lex.not_names:
            return None
        if lex.boundary_starting_at(name, 0) and not _surname_after_title(text, i, name, rule):
            return None
        # 局长任组长: 任 + a post is the verb of an appointment, not the surname 任.
        verb = next((v for v in APPOINTMENT_VERBS if text.startswith(v, i)), None)
        if verb and lex.title_starting_at(text, i + len(verb)):
            return None
        # After a post title or a word like 党员 only a name that ends cleanly counts (主任周密
        # 部署 is no 周密部); 李强分别带队 reads as 李强 + 分别 when only that name ends cleanly.
        if rule in ("title_before_name", "introduced_person") and not _ends_cleanly(text, i + len(name)):
            if len(name) == 3 and name[:1] in lex.surnames and _ends_cleanly(text, i + 2):
                name = name[:2]
            else:
                return None
        props = {"title": title} if title else {}
        out.append(Mention("Person", name, i, i + len(name), name, properties=props, rule=rule))
        return i + len(name)

    for i in range(1, len(text)):
        title = lex.title_ending_at(text, i)
        name_start = i + 1 if text[i] in CLOSE_QUOTES else i  # “点长”陈超
        if title and name_start < len(text) and not lex.title_starting_at(text, name_start):
            add(name_start, "title_before_name", title)
    for m in NAME_BEFORE_ROLE.finditer(text):
        add(m.end(), "name_before_role", None)
    for m in re.finditer(r"(?=[\u4e00-\u9fff]{2,3}同志)", text):
        name = _name_at(text, m.start())
        if name and text.startswith("同志", m.start() + len(name)):
            add(m.start(), "name_comrade", None)
    # 张三,笔架山街道井岗社区党委书记,…: a name opening the sentence, then the post.
    m = re.match(r"([\u4e00-\u9fff]{2,3})[,，]([^,，。;；]{3,30}?)[,，。;；]", text)
    if m and _name_at(text, 0) == m.group(1) and lex.title_ending_at(m.group(2), len(m.group(2))) and \
            any(t.start == m.start(2) and t.label in ("Unit", "PartyOrg", "Team", "Site", "Community") for t in taken):
        add(0, "name_then_post", None)
    for word in lex.person_introducers:  # 党员张三, 志愿者李四: only a name that ends cleanly
        for m in re.finditer(word, text):
            name = _name_at(text, m.end())
            if not name or _only_generic(name[:2]):
                continue
            # …干部王磊下沉到, 志愿者张丽每天, 退役军人何峰分别: the name must end cleanly.
            after = add(m.end(), "introduced_person", None)
            # 机关干部陈浩、刘洁、王斌: the names listed after the first one.
            while after is not None and after < len(text) and text[after] in NAME_LIST_JOINERS:
                after = add(after + 1, "introduced_person", None)
    # 干部巴特尔下沉到…, 书记扎西多吉介绍: a name that is no surname plus one or two characters
    # (a Mongolian, Tibetan or Uyghur name) is read only between a post title or a word like
    # 干部 and a verb only a person does, and only where no ordinary name was found.
    starts = {m.end() for w in lex.person_introducers for m in re.finditer(w, text)}
    starts |= {i for i in range(1, len(text)) if lex.title_ending_at(text, i)}
    for i in sorted(starts):
        name = _long_name_at(text, i)
        # 干部乌云其木格下沉: 乌云 read as surname + name stops inside the longer name that a
        # person-only verb ends; the longer reading wins.
        cut = [p for p in out if p.start == i and p.end < i + len(name or "") and text[p.end] == "其"]
        if name and cut:
            out = [p for p in out if p not in cut]
        if name and not any(p.start < i + len(name) and i < p.end for p in taken + out):
            title = lex.title_ending_at(text, i)
            out.append(Mention("Person", name, i, i + len(name), name, properties={"title": title} if title else {},
                               rule="long_name"))
    cue_words = tuple(c for cs in lex.cues.values() for c in cs)
    for m in re.finditer(r"的(?=[\u4e00-\u9fff]{2,3})", text):
        # 区司法局的刘某, 是一名老党员 / 驻村桃坪村: after 的 a name ends at punctuation, at 是
        # (an introduction) or at a relation's verb.
        name = _name_at(text, m.end())
        end = m.end() + len(name or "")
        if not name or not (end >= len(text) or text[end] in ",，;；。、" or text.startswith(DE_NAME_FOLLOWERS, end)
                            or text.startswith(cue_words, end)):
            continue
        prev = lex.title_ending_at(text, m.start())
        before = next((t for t in taken if t.end == m.start() and t.label in ("Unit", "PartyOrg", "Team")), None)
        if prev or before:
            add(m.end(), "org_de_name", prev)
    return out
