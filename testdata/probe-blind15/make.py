#!/usr/bin/env python3
"""probe-blind15: 36 invented long conflict reports with hand-made gold.

Run `python3 make.py`: it checks every text and its gold (failing loudly on the
first batch of problems) and writes docs.jsonl and gold.jsonl next to itself.
Schema: /work/shared/spec/EVENTS.md, section "Gold annotations".
"""
import calendar
import datetime as dt
import json
import os
import re
import sys
from collections import Counter

DOCS = []

TYPES = {"battle", "explosion", "attack_on_civilians", "territory_gain", "arrest", "other"}
COUNTRIES = {"IQ", "SY", "AF", "YE", "SO", "NG", "ML", "BF", "NE", "CM", "CD", "ET", "SD", "SS",
             "MZ", "PK", "MM", "UA", "CO", "MX", "PH"}
EVENT_KEYS = ["summary", "date", "date_note", "place", "admin", "country", "type", "actor1", "actor2",
              "killed", "killed_high", "wounded", "wounded_high", "evidence"]
EXTRA_KEYS = ["note", "arrested", "optional"]
MONTHS = list(calendar.month_name)[1:]
WEEKDAYS = list(calendar.day_name)


def T(headline, *paras):
    """A report: its headline line, then its paragraphs, separated by blank lines."""
    return "\n\n".join((headline,) + paras)


def E(summary, date, date_note, place, admin, country, type, actor1, actor2,
      killed=None, killed_high=None, wounded=None, wounded_high=None, evidence="", **extra):
    e = dict(summary=summary, date=date, date_note=date_note, place=place, admin=admin, country=country,
             type=type, actor1=actor1, actor2=actor2, killed=killed, killed_high=killed_high,
             wounded=wounded, wounded_high=wounded_high, evidence=evidence)
    for k in EXTRA_KEYS:
        if k in extra:
            e[k] = extra.pop(k)
    if extra:
        raise SystemExit(f"unknown event keys {sorted(extra)} in {summary!r}")
    return e


def F(what, value, place, evidence, note=None):
    f = dict(what=what, value=value, place=place, evidence=evidence)
    if note:
        f["note"] = note
    return f


def doc(id, published, url, text, events=(), figures=()):
    DOCS.append(dict(id=id, published=published, url=url, text=text,
                     events=list(events), figures=list(figures)))


# ---------------------------------------------------------------- checks

SENT_SPLIT = re.compile(r"(?<=[.!?])['\"\u2019\u201d]?\s+(?=['\"\u2018\u201c(]?[A-Z0-9])")
DATELINE = re.compile(r"^([A-Z][A-Za-z'\u2019 .-]+(?:, [A-Z][A-Za-z .-]+)?), (" + "|".join(MONTHS) +
                      r") (\d{1,2}) \(([^)]+)\) - ")
LOOSE_DATELINE = re.compile(r"^[A-Z][^\n]{0,60}?, (" + "|".join(MONTHS) + r") \d{1,2} \(")
LONG_DATE = re.compile(r"\b(" + "|".join(WEEKDAYS) + r"), (\d{1,2}) (" + "|".join(MONTHS) + r") (\d{4})\b")
LONG_DATE_US = re.compile(r"\b(" + "|".join(WEEKDAYS) + r"), (" + "|".join(MONTHS) + r") (\d{1,2}), (\d{4})\b")
ISO = re.compile(r"\d{4}-\d{2}-\d{2}")
WEEKDAY_WORD = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")s?\b")
WEEKDAY_DATE = re.compile(r"\b(" + "|".join(WEEKDAYS) + r") (\d{4}-\d{2}-\d{2})\b")
QUOTED = re.compile("\u2018([^\u2019]*)\u2019")
URL = re.compile(r"^https://(www\.)?example-[a-z0-9-]+\.(com|org|net|info|news)/\S+$")


def sentences(body):
    out = []
    for para in body.split("\n\n"):
        out += [s for s in SENT_SPLIT.split(para.strip()) if s.strip()]
    return out


def check():
    errs = []

    def err(where, msg):
        errs.append(f"{where}: {msg}")

    if len(DOCS) != 36:
        err("set", f"{len(DOCS)} reports, want 36")
    for i, d in enumerate(DOCS, 1):
        if d["id"] != f"b15-{i:02d}":
            err(d["id"], f"id out of order, want b15-{i:02d}")
    seen_urls = set()
    datelines = 0
    for d in DOCS:
        did, text = d["id"], d["text"]
        try:
            pub = dt.date.fromisoformat(d["published"])
        except (TypeError, ValueError):
            err(did, f"bad published {d['published']!r}")
            continue
        if not dt.date(2014, 1, 1) <= pub <= dt.date(2024, 12, 31):
            err(did, f"published {pub} outside 2014-2024")
        if not URL.match(d["url"] or ""):
            err(did, f"url {d['url']!r} is not on an example- domain")
        if d["url"] in seen_urls:
            err(did, "duplicate url")
        seen_urls.add(d["url"])
        if "\t" in text or "  " in text.replace("\n\n", ""):
            err(did, "tab or double space in text")
        headline, _, body = text.partition("\n\n")
        if not headline or headline.endswith(".") or len(headline) > 140:
            err(did, f"headline line looks wrong: {headline!r}")
        n = len(sentences(body))
        if not 8 <= n <= 25:
            err(did, f"{n} sentences, want 8-25")
        # datelines: any paragraph that looks like one must be well formed and name the publication day
        for para in body.split("\n\n"):
            if LOOSE_DATELINE.match(para):
                m = DATELINE.match(para)
                if not m:
                    err(did, f"malformed dateline: {para[:70]!r}")
                    continue
                datelines += 1
                month, day = MONTHS.index(m.group(2)) + 1, int(m.group(3))
                if (month, day) != (pub.month, pub.day):
                    err(did, f"dateline {m.group(2)} {day} is not the publication date {pub}")
        # calendar facts stated in the text
        for m in LONG_DATE.finditer(text):
            wd, day, mon, yr = m.groups()
            try:
                real = dt.date(int(yr), MONTHS.index(mon) + 1, int(day))
            except ValueError:
                err(did, f"impossible date {m.group(0)!r}")
                continue
            if WEEKDAYS[real.weekday()] != wd:
                err(did, f"{m.group(0)!r} is a {WEEKDAYS[real.weekday()]}")
        for m in LONG_DATE_US.finditer(text):
            wd, mon, day, yr = m.groups()
            real = dt.date(int(yr), MONTHS.index(mon) + 1, int(day))
            if WEEKDAYS[real.weekday()] != wd:
                err(did, f"{m.group(0)!r} is a {WEEKDAYS[real.weekday()]}")
        if not 0 <= len(d["events"]) <= 4:
            err(did, f"{len(d['events'])} events, want 0-4")
        for j, e in enumerate(d["events"]):
            w = f"{did} event {j}"
            if list(e)[:len(EVENT_KEYS)] != EVENT_KEYS or any(k not in EVENT_KEYS + EXTRA_KEYS for k in e):
                err(w, f"keys {list(e)}")
            if e["type"] not in TYPES:
                err(w, f"type {e['type']!r}")
            if e["country"] not in COUNTRIES:
                err(w, f"country {e['country']!r}")
            for k in ("summary", "date_note", "place", "admin", "actor1", "actor2", "evidence"):
                if not isinstance(e[k], str) or not e[k].strip():
                    err(w, f"{k} empty")
            for k in ("killed", "wounded"):
                lo, hi = e[k], e[k + "_high"]
                for v in (lo, hi):
                    if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
                        err(w, f"{k} value {v!r}")
                if hi is not None and (lo is None or hi < lo):
                    err(w, f"{k}_high {hi} without a lower {k} {lo}")
            if "optional" in e and e["optional"] is not True:
                err(w, "optional must be true or absent")
            if "arrested" in e and (e["type"] != "arrest" or not isinstance(e["arrested"], int)):
                err(w, "arrested only on arrest events, as an integer")
            if e["date"] is not None:
                try:
                    day = dt.date.fromisoformat(e["date"])
                except ValueError:
                    err(w, f"bad date {e['date']!r}")
                    day = None
                if day and day > pub:
                    err(w, f"date {day} after publication {pub}")
                if e["date"] not in e["date_note"]:
                    err(w, "date_note does not state the date it gives")
            note = e["date_note"]
            for q in QUOTED.findall(note):
                if q.lower() not in text.lower():
                    err(w, f"date_note quotes {q!r}, not in the text")
            bare = QUOTED.sub("", note)
            paired = {m.start(1) for m in WEEKDAY_DATE.finditer(bare)}
            for m in WEEKDAY_WORD.finditer(bare):
                if m.start(1) not in paired:
                    err(w, f"weekday {m.group(0)!r} in date_note names no date (write 'Tuesday YYYY-MM-DD')")
            for m in WEEKDAY_DATE.finditer(bare):
                real = dt.date.fromisoformat(m.group(2))
                if WEEKDAYS[real.weekday()] != m.group(1):
                    err(w, f"date_note: {m.group(2)} is a {WEEKDAYS[real.weekday()]}, not {m.group(1)}")
            for piece in e["evidence"].split(" [...] "):
                if not piece or piece not in text:
                    err(w, f"evidence not verbatim: {piece[:90]!r}")
        for j, f in enumerate(d["figures"]):
            w = f"{did} figure {j}"
            if not isinstance(f["value"], int) or isinstance(f["value"], bool):
                err(w, f"value {f['value']!r}")
            for k in ("what", "place", "evidence"):
                if not isinstance(f[k], str) or not f[k].strip():
                    err(w, f"{k} empty")
            for piece in f["evidence"].split(" [...] "):
                if not piece or piece not in text:
                    err(w, f"evidence not verbatim: {piece[:90]!r}")
    empty = [d["id"] for d in DOCS if not d["events"]]
    if len(DOCS) == 36 and not 5 <= len(empty) <= 7:
        err("set", f"{len(empty)} reports without incidents, want about 6")
    if len(DOCS) == 36 and datelines < 24:
        err("set", f"only {datelines} datelines, want most reports to have one")
    if errs:
        print("\n".join(errs), file=sys.stderr)
        raise SystemExit(f"make.py: {len(errs)} problem(s); nothing written")
    return datelines


def stats():
    ev = [e for d in DOCS for e in d["events"]]
    print(f"reports {len(DOCS)}, with no incident {sum(1 for d in DOCS if not d['events'])}, "
          f"events {len(ev)} (optional {sum(1 for e in ev if e.get('optional'))}), "
          f"figures {sum(len(d['figures']) for d in DOCS)}")
    print("events by country:", dict(Counter(e["country"] for e in ev).most_common()))
    print("events by type:", dict(Counter(e["type"] for e in ev).most_common()))
    print("reports by year:", dict(sorted(Counter(d["published"][:4] for d in DOCS).items())))
    print("sentences per report:", [len(sentences(d["text"].partition("\n\n")[2])) for d in DOCS])


def write():
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "docs.jsonl"), "w", encoding="utf-8") as fh:
        for d in DOCS:
            fh.write(json.dumps({k: d[k] for k in ("id", "text", "published", "url")}, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "gold.jsonl"), "w", encoding="utf-8") as fh:
        for d in DOCS:
            fh.write(json.dumps({k: d[k] for k in ("id", "url", "published", "events", "figures")},
                                ensure_ascii=False) + "\n")


# ---------------------------------------------------------------- the reports

# b15-01 Iraq 2014: follow-up of a Baghdad car bomb, revised toll, claim a day later, a second bomb
doc("b15-01", "2014-10-15", "https://www.example-tigriswire.com/2014/10/15/bayaa-bombing-toll-rises",
    T("Toll from Bayaa car bomb rises to 23 as Islamic State claims Baghdad attack",
      "BAGHDAD, October 15 (Tigris Wire) - The number of people killed by a car bomb that tore through a "
      "crowded commercial street in Baghdad's southwestern Bayaa district on Sunday evening has risen to 23, "
      "a health ministry official said on Wednesday, after several of the wounded died in hospital overnight.",
      "Police had initially put the toll at 14 dead. The blast also wounded 41 people, some of them with severe "
      "burns, according to the official, who asked not to be named because he was not authorised to speak to "
      "the media.",
      "The explosives had been packed into a parked minibus near a row of mobile-phone shops and a popular "
      "juice stand, witnesses said. The blast went off shortly after 7 pm, when the street is at its busiest "
      "as families come out after the heat of the day.",
      "Ahmed Kadhim, 34, who sells phone covers two doors from the juice stand, was counting the day's takings "
      "when the windows of his shop blew in. \"I found my neighbour lying on the pavement, and I could not "
      "tell whether he was breathing,\" he said on Tuesday, standing in front of the blackened shutters.",
      "The Islamic State group claimed the bombing in a statement circulated online on Monday, saying one of "
      "its fighters had targeted a gathering of Shi'ites and had killed more than 60 of them. The statement "
      "could not be independently verified, and the group's figure is far above any given by officials.",
      "Separately, a police lieutenant was killed on Tuesday morning when a magnetic bomb attached to his car "
      "exploded as he drove out of his home in the Husseiniya area, on the northeastern edge of the capital, "
      "an interior ministry source said. His driver was wounded. No group has said it planted that device.",
      "Baghdad has been hit by a wave of bombings since Islamic State fighters swept through northern and "
      "western Iraq in June. On July 23 a suicide bomber killed 33 people at a checkpoint in the Kadhimiya "
      "district, one of the deadliest attacks of the summer.",
      "According to figures compiled by the United Nations mission in Iraq, at least 1,119 Iraqis were killed "
      "in acts of violence in September alone, most of them civilians.",
      "Security forces have set up additional checkpoints on the main roads into Bayaa, and traders said the "
      "street would stay closed to vehicles until further notice."),
    [E("Car bomb in a parked minibus on a commercial street in Bayaa; toll revised from 14 to 23 dead, 41 "
       "wounded; claimed by Islamic State the next day.",
       "2014-10-12", "‘on Sunday evening’ before the Wednesday 2014-10-15 dateline: Sunday 2014-10-12",
       "Bayaa", "Baghdad", "IQ", "explosion", "Islamic State", "civilians", 23, None, 41, None,
       "The number of people killed by a car bomb that tore through a crowded commercial street in Baghdad's "
       "southwestern Bayaa district on Sunday evening has risen to 23 [...] The blast also wounded 41 people "
       "[...] The Islamic State group claimed the bombing in a statement circulated online on Monday",
       note="first toll 14, the revision 23 stands; the claim's 'more than 60' is the perpetrator's and is not used"),
     E("Magnetic bomb on a police lieutenant's car in Husseiniya kills him and wounds his driver; unclaimed.",
       "2014-10-14", "‘on Tuesday morning’ before the Wednesday 2014-10-15 dateline: Tuesday 2014-10-14",
       "Husseiniya", "Baghdad", "IQ", "explosion", "unknown", "Iraqi Security Forces", 1, None, 1, None,
       "Separately, a police lieutenant was killed on Tuesday morning when a magnetic bomb attached to his car "
       "exploded as he drove out of his home in the Husseiniya area, on the northeastern edge of the capital, "
       "an interior ministry source said. His driver was wounded. No group has said it planted that device.",
       note="nobody named or claimed: unknown")],
    [F("killed", 1119, "Iraq",
       "at least 1,119 Iraqis were killed in acts of violence in September alone",
       note="UN monthly total; the Kadhimiya bombing of July 23 is background outside the news window")])

# b15-02 Syria 2016: an NGO statement listing four attacks in one week
doc("b15-02", "2016-02-18", "https://www.example-levantdoc.org/statements/2016/02/18/northern-syria-week",
    T("Northern Syria: markets, a clinic and homes hit in a week of attacks on civilians",
      "The Levant Documentation Centre (LDC) condemns a series of attacks on civilian sites in Idlib and "
      "Aleppo over the past week, which together killed at least 38 civilians, ten of them children, "
      "according to the testimony of survivors and medical staff gathered by our field researchers.",
      "The worst of them struck the vegetable market in the town of Maarat al-Numan, in southern Idlib "
      "province. On Saturday, 13 February 2016, at about 10:30 am, a fixed-wing warplane fired two missiles "
      "into the market as it filled with shoppers. Nineteen civilians were killed, among them five children, "
      "and more than 30 were wounded.",
      "Our researchers could not establish which air force the aircraft belonged to. Both Syrian and Russian "
      "jets were reported in the skies over southern Idlib that morning.",
      "Two days later, on Monday, two missiles struck the Al-Amal clinic in Kafr Nabl, about 10 km west of "
      "Maarat al-Numan, killing two nurses, a guard and a patient. The clinic, which served around 3,000 "
      "people a month, is now out of service.",
      "In Aleppo city, government helicopters dropped at least three barrel bombs on the opposition-held "
      "al-Sakhour district on Tuesday afternoon. The centre documented the deaths of nine civilians, "
      "including three children from one family, and the collapse of two residential buildings.",
      "Civilians living on the government side of the front line have also paid a price. On Wednesday, "
      "mortar rounds fired from positions held by armed opposition factions in the Bani Zeid area fell on "
      "the al-Hamdaniya district, killing six civilians, two of them children, as they waited outside a "
      "bakery.",
      "The LDC has documented the deaths of 412 civilians in Idlib and Aleppo provinces since 1 January 2016, "
      "at least 96 of them children.",
      "Attacks on markets, medical facilities and bakeries are prohibited under international humanitarian "
      "law, whoever carries them out. Deliberately targeting them may amount to war crimes.",
      "The centre calls on all parties to stop using explosive weapons in populated areas, and on the members "
      "of the International Syria Support Group to make the protection of civilians a condition of any "
      "cessation of hostilities.",
      "Methodology: the centre verifies each death through at least two independent sources, including "
      "relatives, medical staff and local councils. The names of the victims are held by the centre and are "
      "available to UN investigators on request."),
    [E("A warplane of unestablished nationality fired two missiles into the vegetable market of Maarat "
       "al-Numan, killing 19 civilians and wounding more than 30.",
       "2016-02-13", "stated in full: ‘Saturday, 13 February 2016’ = Saturday 2016-02-13",
       "Maarat al-Numan", "Idlib", "SY", "explosion", "unknown", "civilians", 19, None, 30, None,
       "The worst of them struck the vegetable market in the town of Maarat al-Numan, in southern Idlib "
       "province. On Saturday, 13 February 2016, at about 10:30 am, a fixed-wing warplane fired two missiles "
       "into the market as it filled with shoppers. Nineteen civilians were killed, among them five children, "
       "and more than 30 were wounded. [...] Our researchers could not establish which air force the aircraft "
       "belonged to.",
       note="air force not established: unknown"),
     E("Two missiles hit the Al-Amal clinic in Kafr Nabl, killing two nurses, a guard and a patient.",
       "2016-02-15", "‘Two days later, on Monday’ after Saturday 2016-02-13: Monday 2016-02-15",
       "Kafr Nabl", "Idlib", "SY", "explosion", "unknown", "civilians", 4, None, None, None,
       "Two days later, on Monday, two missiles struck the Al-Amal clinic in Kafr Nabl, about 10 km west of "
       "Maarat al-Numan, killing two nurses, a guard and a patient.",
       note="4 = two nurses + a guard + a patient; nobody named as firing"),
     E("Government helicopters dropped barrel bombs on al-Sakhour, Aleppo, killing nine civilians.",
       "2016-02-16", "‘on Tuesday afternoon’ in a statement dated Thursday 2016-02-18: Tuesday 2016-02-16",
       "al-Sakhour", "Aleppo", "SY", "explosion", "Syrian government forces", "civilians", 9, None, None, None,
       "In Aleppo city, government helicopters dropped at least three barrel bombs on the opposition-held "
       "al-Sakhour district on Tuesday afternoon. The centre documented the deaths of nine civilians"),
     E("Mortar rounds fired from opposition-held Bani Zeid fell on al-Hamdaniya, Aleppo, killing six "
       "civilians outside a bakery.",
       "2016-02-17", "‘On Wednesday’ in a statement dated Thursday 2016-02-18: Wednesday 2016-02-17",
       "al-Hamdaniya", "Aleppo", "SY", "explosion", "Syrian rebels", "civilians", 6, None, None, None,
       "On Wednesday, mortar rounds fired from positions held by armed opposition factions in the Bani Zeid "
       "area fell on the al-Hamdaniya district, killing six civilians, two of them children, as they waited "
       "outside a bakery.",
       note="indirect perpetrator: fire from positions held by opposition factions; place is where the rounds fell")],
    [F("killed", 38, "Idlib and Aleppo",
       "which together killed at least 38 civilians, ten of them children",
       note="= 19 + 4 + 9 + 6, the four attacks of the week"),
     F("killed", 412, "Idlib and Aleppo provinces",
       "The LDC has documented the deaths of 412 civilians in Idlib and Aleppo provinces since 1 January 2016")])

# b15-03 Afghanistan 2015: a weekly round-up from Helmand
doc("b15-03", "2015-06-26", "https://www.example-kabulledger.com/2015/06/26/helmand-week-in-review",
    T("Helmand week: checkpoints attacked, a bus bombed and a district centre lost",
      "LASHKAR GAH, June 26 (Kabul Ledger) - Three policemen were killed and four wounded when their "
      "checkpoints in Nad Ali district came under attack late on Tuesday, the provincial police spokesman "
      "said, in one of the heaviest weeks of fighting in southern Helmand province since the spring.",
      "The attackers, whom the spokesman described as Taliban fighters, lost 11 men before they withdrew "
      "towards the canal villages north of the district centre, he said. In a message to journalists the "
      "Taliban said their fighters had killed \"dozens\" of police and seized weapons, a claim that could not "
      "be checked.",
      "The next morning a minibus carrying farmers to market struck a roadside bomb on the main highway 25 km "
      "north of Lashkar Gah. Six passengers, two of them women, died at the scene, and a boy of about ten was "
      "taken to the Emergency hospital in the provincial capital with burns.",
      "The governor's spokesman blamed the Taliban for planting the device. A Taliban spokesman, reached by "
      "telephone, denied that the group had been involved and said its fighters did not target civilians.",
      "On Thursday the district centre of Musa Qala fell to the insurgents after a two-day siege. At least "
      "seven police officers were killed in the fighting, and the remaining defenders pulled back to an army "
      "base about 3 km away, a member of the provincial council said.",
      "\"We asked for air support for two days and nothing came,\" said Haji Abdul Rauf, a tribal elder from "
      "Musa Qala who fled to Lashkar Gah with his family. He said that shops in the bazaar had been looted "
      "and that the militants had raised their white flag over the district governor's compound.",
      "The defence ministry in Kabul said reinforcements were on their way and that the district would be "
      "retaken within days.",
      "Residents of Sangin also reported that a house was hit in an air strike at some point last week and "
      "that five members of one family were killed. A spokesman for the foreign forces said he was aware of "
      "the reports and was looking into them.",
      "Helmand was the scene of Britain's longest war in Afghanistan, and Musa Qala changed hands several "
      "times between 2006 and 2008. Foreign combat troops left the province last October.",
      "According to the United Nations, 1,592 civilians were killed across Afghanistan in the first five "
      "months of this year, a rise of almost a fifth on the same period of 2014."),
    [E("Taliban attack on police checkpoints in Nad Ali repelled; 3 police and 11 attackers killed, 4 police wounded.",
       "2015-06-23", "‘late on Tuesday’ before the Friday 2015-06-26 dateline: Tuesday 2015-06-23",
       "Nad Ali", "Helmand", "AF", "battle", "Taliban", "Afghan security forces", 14, None, 4, None,
       "Three policemen were killed and four wounded when their checkpoints in Nad Ali district came under "
       "attack late on Tuesday [...] The attackers, whom the spokesman described as Taliban fighters, lost 11 "
       "men before they withdrew towards the canal villages north of the district centre, he said.",
       note="14 = 3 police + 11 attackers (the defenders' count); the Taliban's 'dozens' is their own claim"),
     E("A minibus hit a roadside bomb 25 km north of Lashkar Gah, killing six passengers and burning a boy; "
       "the governor blamed the Taliban, who denied it.",
       "2015-06-24", "‘The next morning’ after the attack of Tuesday 2015-06-23: Wednesday 2015-06-24",
       "25 km north of Lashkar Gah", "Helmand", "AF", "explosion", "unknown", "civilians", 6, None, 1, None,
       "The next morning a minibus carrying farmers to market struck a roadside bomb on the main highway 25 km "
       "north of Lashkar Gah. Six passengers, two of them women, died at the scene, and a boy of about ten was "
       "taken to the Emergency hospital in the provincial capital with burns. [...] The governor's spokesman "
       "blamed the Taliban for planting the device. A Taliban spokesman, reached by telephone, denied that the "
       "group had been involved",
       note="blame denied, nobody claims: unknown"),
     E("The Musa Qala district centre fell to the Taliban after a two-day siege; at least seven police killed.",
       "2015-06-25", "‘On Thursday’ before the Friday 2015-06-26 dateline: Thursday 2015-06-25 (the day it fell)",
       "Musa Qala", "Helmand", "AF", "territory_gain", "Taliban", "Afghan security forces", 7, None, None, None,
       "On Thursday the district centre of Musa Qala fell to the insurgents after a two-day siege. At least "
       "seven police officers were killed in the fighting",
       note="'the insurgents' points back to the Taliban of the report"),
     E("An air strike hit a house in Sangin last week, killing five members of one family.",
       None, "‘at some point last week’: no day",
       "Sangin", "Helmand", "AF", "explosion", "unknown", "civilians", 5, None, None, None,
       "Residents of Sangin also reported that a house was hit in an air strike at some point last week and "
       "that five members of one family were killed.",
       optional=True, note="vaguely dated; the air force is not named")],
    [F("killed", 1592, "Afghanistan",
       "According to the United Nations, 1,592 civilians were killed across Afghanistan in the first five "
       "months of this year")])

# b15-04 Yemen 2018: a disputed air-strike toll in Saada and shelling in Taiz that both sides blame on the other
doc("b15-04", "2018-08-20", "https://www.example-arabiadesk.com/yemen/2018/08/20/haydan-strike-toll-disputed",
    T("Yemen: toll from Haydan petrol station strike disputed as children die in Taiz shelling",
      "SANAA, August 20 (Arabia Desk) - Seventeen people were killed when an air strike hit a petrol station "
      "in Haydan district of Saada province on Saturday, the Houthi-run health ministry said on Monday, "
      "raising its earlier toll of nine.",
      "A Yemeni medical charity that runs a clinic in the district gave a lower figure. It said its staff had "
      "registered 12 bodies and treated 23 wounded, most of them drivers and men who had been queueing for "
      "fuel.",
      "The Saudi-led coalition confirmed that its aircraft had carried out a strike in the area. Its "
      "spokesman said the target had been a vehicle carrying Houthi fighters and a rocket launcher, and that "
      "the coalition's incident assessment team would review the reports of civilian deaths.",
      "Mohammed Saleh, a taxi driver who said he had been waiting in line behind a lorry, told Arabia Desk by "
      "phone that he saw no fighters at the station. \"There were only cars, motorbikes and a water tanker,\" "
      "he said. \"After the second missile the whole forecourt was burning.\"",
      "In the southwestern city of Taiz, three children were killed on Sunday when shells landed on a street "
      "in the al-Rawdha neighbourhood where they had been playing football. A fourth child lost a leg, a "
      "doctor at al-Thawra hospital said.",
      "Local officials loyal to the internationally recognised government said the shells had been fired from "
      "Houthi positions in the hills east of the city. The Houthis' Saba news agency, in turn, accused "
      "government forces of shelling the neighbourhood in order to blame the rebels.",
      "Neither account could be verified independently. Taiz has been divided by a front line for more than "
      "three years, and the United Nations has accused both sides of firing indiscriminately into residential "
      "areas.",
      "Two years ago, a strike on a market in Saada's Razih district killed 31 people, among them a dozen "
      "children, and became one of the most cited incidents in UN reports on the war.",
      "A monitoring group that tracks air raids says the coalition has carried out more than 18,000 of them "
      "since it entered the war in March 2015, about a third of which struck non-military sites.",
      "The UN envoy is expected to invite the warring parties to talks in Geneva next month, the first since "
      "2016."),
    [E("Coalition air strike on a petrol station in Haydan district; the Houthi health ministry says 17 dead "
       "(first 9), a medical charity 12 dead and 23 wounded.",
       "2018-08-18", "‘on Saturday’ before the Monday 2018-08-20 dateline: Saturday 2018-08-18",
       "Haydan", "Saada", "YE", "explosion", "Saudi-led coalition", "civilians", 12, 17, 23, None,
       "Seventeen people were killed when an air strike hit a petrol station in Haydan district of Saada "
       "province on Saturday, the Houthi-run health ministry said on Monday, raising its earlier toll of nine. "
       "[...] It said its staff had registered 12 bodies and treated 23 wounded [...] The Saudi-led coalition "
       "confirmed that its aircraft had carried out a strike in the area.",
       note="conflicting sources 12 (charity) vs 17 (ministry, revised from 9); the coalition acknowledges the strike"),
     E("Shells killed three children and maimed a fourth playing football in al-Rawdha, Taiz; each side "
       "blames the other.",
       "2018-08-19", "‘on Sunday’ before the Monday 2018-08-20 dateline: Sunday 2018-08-19",
       "al-Rawdha", "Taiz", "YE", "explosion", "unknown", "civilians", 3, None, 1, None,
       "In the southwestern city of Taiz, three children were killed on Sunday when shells landed on a street "
       "in the al-Rawdha neighbourhood where they had been playing football. A fourth child lost a leg [...] "
       "Local officials loyal to the internationally recognised government said the shells had been fired from "
       "Houthi positions in the hills east of the city. The Houthis' Saba news agency, in turn, accused "
       "government forces of shelling the neighbourhood in order to blame the rebels.",
       note="mutual accusations, no claim: unknown")],
    [F("other", 18000, "Yemen",
       "the coalition has carried out more than 18,000 of them since it entered the war in March 2015",
       note="air raids counted by a monitoring group; the Razih market strike 'two years ago' is background")])

# b15-05 Iraq 2019: anniversary feature, no incident
doc("b15-05", "2019-06-12", "https://www.example-tigriswire.com/2019/06/12/speicher-five-years-on",
    T("Five years after Speicher, mothers of the cadets still wait for names",
      "TIKRIT, June 12 (Tigris Wire) - Every June, Umm Mustafa takes the bus from Nasiriyah to Tikrit with a "
      "photograph of her son in a plastic sleeve, and every June she goes home without knowing where he is "
      "buried.",
      "Her son was one of hundreds of air force cadets captured by Islamic State fighters as they walked out "
      "of Camp Speicher, the former US base north of Tikrit, on June 12, 2014, two days after the militants "
      "seized Mosul.",
      "The cadets were driven to the river bank below the former presidential palaces and shot. Iraqi "
      "officials put the number of dead at about 1,700, the worst single massacre the group committed in "
      "Iraq.",
      "On Wednesday several hundred relatives laid flowers at the palace complex, which has been turned into a "
      "memorial, and read aloud the names of the victims identified so far. Women in black sat on plastic "
      "chairs in the shade while a cleric recited verses from the Koran.",
      "Forensic teams have exhumed more than 1,200 bodies from mass graves around Tikrit since 2015, according "
      "to the Martyrs Foundation, but fewer than 900 have been matched to a family through DNA.",
      "\"They told us last year that the results were coming,\" Umm Mustafa said. \"A year later they tell us "
      "the same thing.\"",
      "A court in Baghdad sentenced 40 men to death in 2016 for their part in the killings, and dozens of "
      "them have since been hanged. Relatives say the trials left many questions unanswered, including who "
      "gave the orders.",
      "Security officials in Salahuddin province warn that Islamic State cells still move through the Hamrin "
      "mountains and the desert west of the Tigris. They fear the group could try to mark the anniversary "
      "with an attack, and police said checkpoints around Tikrit would be reinforced until the end of the "
      "week.",
      "The memorial's director, Sami al-Jubouri, said a small museum holding the cadets' belongings would "
      "open next year if the money could be found. \"People should be able to see their boots and their "
      "notebooks,\" he said. \"Numbers mean nothing to a mother.\""),
    [],
    [F("killed", 1700, "Camp Speicher",
       "Iraqi officials put the number of dead at about 1,700",
       note="the June 2014 massacre, five years before: background, not an incident of this report"),
     F("other", 1200, "Tikrit",
       "Forensic teams have exhumed more than 1,200 bodies from mass graves around Tikrit since 2015",
       note="bodies exhumed")])

# b15-06 Somalia 2017: follow-up of a Mogadishu car bomb (bomber not in the toll) and a base attack the same evening
doc("b15-06", "2017-03-22", "https://www.example-horndispatch.com/news/2017/03/22/hodan-bombing-toll-16",
    T("Mogadishu bombing toll rises to 16 as al-Shabaab says it targeted soldiers",
      "MOGADISHU, March 22 (Horn Dispatch) - Sixteen people are now known to have died in Monday's suicide "
      "car bombing at a busy junction in Mogadishu's Hodan district, a spokesman for the city's ambulance "
      "service said on Wednesday, not counting the driver of the car.",
      "Police had put the toll at nine on Monday night. Several of those taken to Madina and Keysaney "
      "hospitals with burns and shrapnel wounds have since died, and 24 people remain under treatment, said "
      "the spokesman, Hassan Warsame.",
      "The car, a white saloon, was driven at a checkpoint manned by soldiers and police near a row of "
      "restaurants at around 1 pm, when the junction is crowded with minibuses and lunchtime customers, "
      "witnesses said.",
      "Al-Shabaab said in a statement broadcast on its Andalus radio on Tuesday that it had carried out the "
      "attack and that 20 soldiers had been killed. Most of the dead were civilians, according to relatives "
      "and hospital staff.",
      "Among them was Faadumo Ali, 19, who sold tea from a thermos at the corner. Her brother said she had "
      "moved to the capital from Baidoa only in January to help pay for their mother's medicine.",
      "Hours after the bombing, the group's fighters struck again, 70 km southwest of the capital. Soldiers "
      "at a base in Awdheegle in Lower Shabelle region came under attack shortly after dusk, and the fighting "
      "went on for about two hours.",
      "A Somali army officer at the base, Captain Abdi Nur Hassan, said five soldiers were killed and 17 of "
      "the attackers died before the rest fled towards the Shabelle river. Al-Shabaab said it had overrun the "
      "base and killed 30 soldiers, which the army denied.",
      "The attacks came a week after the government announced a new offensive against the group, which still "
      "controls much of the countryside in southern and central Somalia.",
      "The deadliest attack in the capital so far this year came in January, when two car bombs outside a "
      "hotel near the airport killed 28 people.",
      "An African Union force of about 22,000 troops has been fighting al-Shabaab alongside Somali forces "
      "since 2007. It plans to begin handing over security to the Somali army next year."),
    [E("Suicide car bomb at a checkpoint junction in Hodan; 16 dead besides the bomber (first toll 9), 24 "
       "still in hospital; al-Shabaab claimed it.",
       "2017-03-20", "‘Monday's suicide car bombing’ in a report dated Wednesday 2017-03-22: Monday 2017-03-20",
       "Hodan", "Banaadir", "SO", "explosion", "al-Shabaab", "civilians", 17, None, 24, None,
       "Sixteen people are now known to have died in Monday's suicide car bombing at a busy junction in "
       "Mogadishu's Hodan district, a spokesman for the city's ambulance service said on Wednesday, not "
       "counting the driver of the car. [...] and 24 people remain under treatment [...] Al-Shabaab said in a "
       "statement broadcast on its Andalus radio on Tuesday that it had carried out the attack",
       note="17 = 16 + the suicide driver; first toll 9; the claim's '20 soldiers' is not used; wounded = those still treated"),
     E("Al-Shabaab attack on an army base in Awdheegle repelled after two hours; 5 soldiers and 17 attackers killed.",
       "2017-03-20", "‘Hours after the bombing’ of Monday 2017-03-20, ‘shortly after dusk’",
       "Awdheegle", "Lower Shabelle", "SO", "battle", "al-Shabaab", "Somali security forces", 22, None, None, None,
       "Hours after the bombing, the group's fighters struck again, 70 km southwest of the capital. Soldiers "
       "at a base in Awdheegle in Lower Shabelle region came under attack shortly after dusk, and the fighting "
       "went on for about two hours. [...] A Somali army officer at the base, Captain Abdi Nur Hassan, said "
       "five soldiers were killed and 17 of the attackers died before the rest fled towards the Shabelle river.",
       note="22 = 5 soldiers + 17 attackers (the defenders' count); 'the group' = al-Shabaab; its claim of 30 is not used")],
    [F("fighters", 22000, "Somalia",
       "An African Union force of about 22,000 troops has been fighting al-Shabaab alongside Somali forces",
       note="the January hotel bombing (28 killed) is background outside the news window")])

# b15-07 Nigeria 2015: feature opening on a displaced woman; a suicide bombing and a camp arrest sweep
doc("b15-07", "2015-11-19", "https://www.example-sahelcourier.com/2015/11/19/maiduguri-camp-konduga-bombing",
    T("In a Maiduguri camp, news of another bombing travels fast",
      "MAIDUGURI, November 19 (Sahel Courier) - Hauwa Bukar was grinding millet outside her tent in the "
      "Bakassi camp when the news reached her on Tuesday evening that two girls had blown themselves up at the "
      "cattle market in Konduga, the town where her sister still lives.",
      "It took her until the next morning to learn that her sister was alive. \"She went to the market that "
      "day to sell a goat, but she left early because the price was bad,\" Bukar, 42, said on Wednesday. "
      "\"God kept her.\"",
      "The two bombers, neither of them older than 15 according to witnesses, walked up to the entrance of "
      "the market in Konduga, 35 km southeast of Maiduguri, at about 5 pm and set off their explosives within "
      "seconds of each other.",
      "They killed seven people besides themselves, a leader of the local vigilante group said. Doctors at "
      "the state specialist hospital in Maiduguri said 22 people were admitted with wounds, four of them in a "
      "critical condition.",
      "Police blamed Boko Haram, which has used girls and young women as suicide bombers repeatedly this "
      "year. No group has claimed the attack.",
      "Bukar has lived in the camp for fourteen months, since the militants overran Gwoza, her home town near "
      "the Cameroonian border, in August last year. She walked for four days with five children to reach "
      "Maiduguri.",
      "The camp, set up in a former school compound, now shelters about 21,000 people, according to the state "
      "emergency management agency. Across Borno, more than 1.4 million people have been forced from their "
      "homes by the six-year insurgency.",
      "Security is tight. On Monday, soldiers searched the camp's tents before dawn and detained 14 men "
      "suspected of belonging to Boko Haram, an army spokesman said, adding that the suspects had been handed "
      "over for questioning.",
      "Residents said most of the men were released the same evening. The army did not respond to a request "
      "for comment on that.",
      "Camp officials say food rations were cut by a third in October because of funding shortfalls. Bukar's "
      "children now eat once a day."),
    [E("Two girl suicide bombers blew themselves up at the entrance of the Konduga cattle market, killing "
       "seven others and wounding 22; police blamed Boko Haram.",
       "2015-11-17", "‘on Tuesday evening’ before the Thursday 2015-11-19 dateline: Tuesday 2015-11-17",
       "Konduga", "Borno", "NG", "explosion", "Boko Haram", "civilians", 9, None, 22, None,
       "the news reached her on Tuesday evening that two girls had blown themselves up at the cattle market in "
       "Konduga [...] They killed seven people besides themselves, a leader of the local vigilante group said. "
       "Doctors at the state specialist hospital in Maiduguri said 22 people were admitted with wounds [...] "
       "Police blamed Boko Haram",
       note="9 = 7 victims + the 2 bombers; blame not disputed"),
     E("Soldiers searched the Bakassi camp and detained 14 men suspected of belonging to Boko Haram.",
       "2015-11-16", "‘On Monday’ before the Thursday 2015-11-19 dateline: Monday 2015-11-16",
       "Bakassi camp", "Borno", "NG", "arrest", "Nigerian security forces", "Boko Haram", None, None, None, None,
       "On Monday, soldiers searched the camp's tents before dawn and detained 14 men suspected of belonging to "
       "Boko Haram",
       arrested=14, note="the camp is in Maiduguri; the 2014 fall of Gwoza is background")],
    [F("other", 21000, "Bakassi camp",
       "The camp, set up in a former school compound, now shelters about 21,000 people",
       note="camp population"),
     F("displaced", 1400000, "Borno",
       "Across Borno, more than 1.4 million people have been forced from their homes by the six-year insurgency")])

# b15-08 Mali 2019: a human-rights group's statement listing four incidents in central Mali
doc("b15-08", "2019-10-10", "https://www.example-sahelrights.org/en/statements/2019-10-10-central-mali",
    T("Central Mali: four attacks in eight days, and a call for investigations",
      "The Sahel Human Rights Observatory (SHRO) is alarmed by a fresh surge of violence against civilians in "
      "the Mopti region of central Mali, where at least 37 people were killed in four incidents between 1 and "
      "8 October 2019.",
      "Dioungani, Koro cercle. On the evening of 1 October, armed men on motorcycles surrounded a hamlet on "
      "the edge of Dioungani and opened fire on residents returning from the fields. Eleven civilians were "
      "killed, among them two women and a boy of twelve, and granaries were set alight. Survivors told SHRO "
      "they could not identify the attackers.",
      "Near Bankass. On 3 October, armed men stopped five Fulani herders on the track between Bankass and Baye "
      "and took them away. Their bodies were found two days later in a dry riverbed. Relatives blamed the Dan "
      "Na Ambassagou militia, which denied any role in a statement on 7 October.",
      "Road near Douentza. On Sunday, 6 October 2019, a passenger bus travelling from Mopti struck an "
      "explosive device on the RN16 road about 30 km from Douentza. Fourteen passengers were killed and 20 "
      "injured, several of them children. No group has claimed responsibility.",
      "Diafarabe, Tenenkou cercle. On 8 October, soldiers of the Malian Armed Forces arrested seven men at the "
      "weekly livestock market in Diafarabe. Relatives say the men were led away with their hands tied; their "
      "bodies were found the next morning in a shallow grave outside the town. The Ministry of Defence "
      "announced on 9 October that it had opened an investigation.",
      "These incidents bring to at least 456 the number of civilians killed in central Mali since 1 January "
      "2019, according to SHRO's own records. Violence in the region has also driven more than 85,000 people "
      "from their homes in the past twelve months.",
      "SHRO calls on the Malian authorities to investigate each of these killings promptly and impartially "
      "and to bring those responsible to justice, whatever their affiliation. Soldiers suspected of abuses "
      "must be suspended while the investigations run.",
      "The Observatory also asks the UN mission, MINUSMA, to increase its patrols on the roads and around the "
      "weekly markets, where most of the recent attacks have taken place.",
      "SHRO reminds all armed groups, including the self-defence militias, that killing civilians and people "
      "taken captive is a war crime."),
    [E("Armed men on motorcycles attacked a hamlet of Dioungani, killing eleven villagers and burning granaries.",
       "2019-10-01", "‘On the evening of 1 October’ in a statement dated 2019-10-10: 2019-10-01",
       "Dioungani", "Mopti", "ML", "attack_on_civilians", "militants (unidentified)", "civilians", 11, None, None, None,
       "Dioungani, Koro cercle. On the evening of 1 October, armed men on motorcycles surrounded a hamlet on "
       "the edge of Dioungani and opened fire on residents returning from the fields. Eleven civilians were "
       "killed"),
     E("Five Fulani herders taken on the Bankass-Baye track were found dead two days later; the militia "
       "blamed by relatives denied it.",
       "2019-10-03", "‘On 3 October’ (taken away; found dead two days later): 2019-10-03",
       "Bankass-Baye track", "Mopti", "ML", "attack_on_civilians", "unknown", "civilians", 5, None, None, None,
       "Near Bankass. On 3 October, armed men stopped five Fulani herders on the track between Bankass and Baye "
       "and took them away. Their bodies were found two days later in a dry riverbed. Relatives blamed the Dan "
       "Na Ambassagou militia, which denied any role in a statement on 7 October.",
       note="blame denied, nobody claims: unknown"),
     E("A bus struck an explosive device on the RN16 about 30 km from Douentza, killing 14 passengers and "
       "injuring 20.",
       "2019-10-06", "stated in full: ‘Sunday, 6 October 2019’ = Sunday 2019-10-06",
       "30 km from Douentza", "Mopti", "ML", "explosion", "unknown", "civilians", 14, None, 20, None,
       "On Sunday, 6 October 2019, a passenger bus travelling from Mopti struck an explosive device on the RN16 "
       "road about 30 km from Douentza. Fourteen passengers were killed and 20 injured, several of them "
       "children. No group has claimed responsibility."),
     E("Soldiers arrested seven men at the Diafarabe livestock market; their bodies were found next morning "
       "in a grave outside the town.",
       "2019-10-08", "‘On 8 October’ (arrest; bodies found next morning): 2019-10-08",
       "Diafarabe", "Mopti", "ML", "attack_on_civilians", "Malian Armed Forces", "civilians", 7, None, None, None,
       "Diafarabe, Tenenkou cercle. On 8 October, soldiers of the Malian Armed Forces arrested seven men at the "
       "weekly livestock market in Diafarabe. Relatives say the men were led away with their hands tied; their "
       "bodies were found the next morning in a shallow grave outside the town.",
       note="an inquiry was opened; the army does not deny")],
    [F("killed", 37, "Mopti region",
       "at least 37 people were killed in four incidents between 1 and 8 October 2019",
       note="= 11 + 5 + 14 + 7"),
     F("killed", 456, "central Mali",
       "These incidents bring to at least 456 the number of civilians killed in central Mali since 1 January "
       "2019"),
     F("displaced", 85000, "central Mali",
       "Violence in the region has also driven more than 85,000 people from their homes in the past twelve "
       "months.")])

# b15-09 Burkina Faso 2021: round-up; an ambush counted by the army (own and enemy dead), a mine, an army air strike
doc("b15-09", "2021-09-10", "https://www.example-westafricamonitor.com/burkina/2021/09/10/dablo-ambush-dori-mine",
    T("Burkina Faso: convoy ambushed near Dablo, bus hits mine outside Dori",
      "OUAGADOUGOU, September 10 (West Africa Monitor) - Nine soldiers and five civilian volunteers fighting "
      "alongside the army were killed on Monday when gunmen ambushed a supply convoy near Dablo in Sanmatenga "
      "province, the general staff said in a statement on Tuesday.",
      "About twenty of the assailants were killed when the troops fought back, the statement said, and "
      "several motorbikes and weapons were recovered. Twelve soldiers were wounded and flown by helicopter to "
      "Kaya.",
      "The general staff did not say which group was behind the ambush. Both the al-Qaeda-linked JNIM "
      "coalition and the Islamic State in the Greater Sahara operate in the area, and neither had commented by "
      "Friday.",
      "Dablo, a market town about 90 km north of Kaya, has been cut off for long periods since 2019, and most "
      "of its residents have left for Kaya or the capital.",
      "On Wednesday a bus carrying traders to the weekly market struck a mine 12 km north of Dori, killing "
      "four passengers and wounding nine. The governor of the Sahel region blamed \"terrorist groups\", who he "
      "said had planted the device overnight on a road the army uses daily.",
      "In the east, the army said an air strike on Tuesday had destroyed a militant camp in the forest near "
      "Pama, in Kompienga province, and \"neutralised dozens of terrorists\". There was no independent "
      "confirmation, and residents of Pama said they had heard aircraft but could not say what was hit.",
      "Residents of Djibo, the largest town in the north, said on Thursday that food prices had tripled since "
      "militants began blockading the roads into the town in the spring. \"A sack of rice costs what a teacher "
      "earns in a month,\" said Aminata Dicko, a nurse in Djibo.",
      "More than 1.4 million people have been displaced by the violence in Burkina Faso, according to the "
      "national emergency council, about one in fifteen of the population.",
      "The government this week extended a state of emergency in fourteen provinces for another six months, "
      "and the defence minister promised new drones and armoured vehicles before the end of the year."),
    [E("Gunmen ambushed a supply convoy near Dablo; 9 soldiers and 5 volunteers killed, 12 soldiers wounded, "
       "about 20 attackers killed.",
       "2021-09-06", "‘on Monday’ before the Friday 2021-09-10 dateline: Monday 2021-09-06",
       "Dablo", "Centre-Nord", "BF", "battle", "militants (unidentified)", "Burkinabe security forces", 34, None, 12, None,
       "Nine soldiers and five civilian volunteers fighting alongside the army were killed on Monday when "
       "gunmen ambushed a supply convoy near Dablo in Sanmatenga province [...] About twenty of the assailants "
       "were killed when the troops fought back, the statement said [...] Twelve soldiers were wounded",
       note="34 = 9 + 5 + about 20 attackers (the ambushed side's count); group not named"),
     E("A bus hit a mine 12 km north of Dori, killing four passengers and wounding nine; the governor blamed "
       "'terrorist groups'.",
       "2021-09-08", "‘On Wednesday’ before the Friday 2021-09-10 dateline: Wednesday 2021-09-08",
       "12 km north of Dori", "Sahel", "BF", "explosion", "militants (unidentified)", "civilians", 4, None, 9, None,
       "On Wednesday a bus carrying traders to the weekly market struck a mine 12 km north of Dori, killing "
       "four passengers and wounding nine. The governor of the Sahel region blamed \"terrorist groups\""),
     E("Army air strike on a militant camp in the forest near Pama; the army's 'dozens neutralised' is "
       "unconfirmed.",
       "2021-09-07", "‘an air strike on Tuesday’ before the Friday 2021-09-10 dateline: Tuesday 2021-09-07",
       "Pama", "Est", "BF", "explosion", "Burkinabe security forces", "militants (unidentified)", None, None, None, None,
       "In the east, the army said an air strike on Tuesday had destroyed a militant camp in the forest near "
       "Pama, in Kompienga province, and \"neutralised dozens of terrorists\".",
       note="the striking side's own claim, and vague ('dozens'): no toll")],
    [F("displaced", 1400000, "Burkina Faso",
       "More than 1.4 million people have been displaced by the violence in Burkina Faso")])

# b15-10 Afghanistan 2016: a sports page full of war words, no incident
doc("b15-10", "2016-10-08", "https://www.example-afghansportdaily.com/football/2016/10/08/lions-rout-falcons",
    T("Kabul Lions blitz Paktia Falcons as derby turns into a rout",
      "KABUL, October 8 (Afghan Sport Daily) - Kabul Lions laid siege to the Paktia Falcons goal from the "
      "first whistle on Friday and ran out 5-1 winners at Ghazi Stadium, a result that all but ends the "
      "visitors' hopes of reaching the final.",
      "The Lions' attack, led by the 19-year-old striker Farid Noori, bombarded the Falcons' penalty area with "
      "crosses, and the defence finally cracked in the 14th minute when Noori headed in at the far post.",
      "Two more goals before half-time killed the game as a contest. The second came from a counter-attack "
      "that caught the Falcons' back line stranded, the third from a free kick that Sameer Haidari fired into "
      "the top corner.",
      "\"We ambushed them,\" Noori said afterwards. \"They left spaces behind and we knew we could hurt them "
      "there.\"",
      "The Falcons pulled one back through a penalty, but two late goals completed what their coach, Jawad "
      "Wardak, called \"a massacre\". \"My players were shot after sixty minutes,\" he said. \"We have to "
      "regroup and fight back next week.\"",
      "More than 5,000 supporters filled the stands of the stadium, where the Taliban held public executions "
      "in the 1990s. Many had queued for two hours to get through the security checks at the gates.",
      "Police kept the two sets of fans apart after the final whistle, and there were no reports of trouble.",
      "The Lions now top the standings with ten points from four games. They meet Herat's Storm Riders in the "
      "last round of the group stage on Thursday, when a draw would be enough to take them through.",
      "The league, launched in 2012, has given young Afghans something other than war to talk about, and its "
      "matches are broadcast live across the country."),
    [], [])

# b15-11 Niger 2020: follow-up of an attack on an army post (revised toll, claim on Wednesday), an arrest, an abduction
doc("b15-11", "2020-05-09", "https://www.example-nigertribune.com/securite/2020/05/09/banibangou-toll-17",
    T("Niger: toll of Banibangou attack rises to 17 soldiers",
      "NIAMEY, May 9 (Niger Tribune) - Seventeen soldiers were killed in Monday's attack on a military post at "
      "Banibangou, in the Tillaberi region near the Malian border, the defence ministry said on Friday, up "
      "from the twelve it announced on Tuesday.",
      "Five soldiers listed as missing after the attack were found dead in the bush around the post, said a "
      "ministry statement read on state television. Another eleven were wounded, two of them seriously.",
      "According to the ministry, several hundred heavily armed assailants arrived on motorbikes and in "
      "pick-up trucks shortly before dawn and overran part of the post before reinforcements and aircraft "
      "drove them back. \"Dozens\" of the attackers were \"neutralised\", it said, without giving a figure.",
      "The Islamic State group claimed the attack on Wednesday through its Amaq news agency, saying its "
      "fighters had killed 40 soldiers and seized armoured vehicles. The claim named the group's Sahel "
      "branch, which has carried out a series of attacks on army posts in the border area since December.",
      "Moussa Issoufou, a trader in Banibangou, said the gunfire began at about 4 am and lasted more than three "
      "hours. \"We lay on the floor with the children. When it stopped, we saw smoke rising from the camp,\" "
      "he said by telephone.",
      "Two days after the attack, gunmen seized two Nigerien employees of an aid group on the road between "
      "Abala and Sanam, the organisation said in a statement. The men were driving back from a food "
      "distribution; their vehicle was found abandoned, and no group has said it is holding them.",
      "On Thursday, national guard troops arrested nine men at the weekly market in Ouallam whom they suspect "
      "of supplying fuel and motorbikes to the attackers, a security source said.",
      "Niger's army is fighting jihadist groups on two fronts, in the west near Mali and Burkina Faso and in the "
      "south-east around Lake Chad, where Boko Haram is active. In January an attack on another post in the "
      "region killed dozens of soldiers, the heaviest loss in the army's history.",
      "The government has declared a state of emergency in much of Tillaberi and banned motorbike traffic there "
      "at night."),
    [E("Attack on the Banibangou military post; toll revised from 12 to 17 soldiers, 11 wounded; claimed by "
       "Islamic State's Sahel branch.",
       "2020-05-04", "‘Monday's attack’ in a report dated Saturday 2020-05-09: Monday 2020-05-04",
       "Banibangou", "Tillaberi", "NE", "battle", "Islamic State", "Nigerien security forces", 17, None, 11, None,
       "Seventeen soldiers were killed in Monday's attack on a military post at Banibangou, in the Tillaberi "
       "region near the Malian border, the defence ministry said on Friday, up from the twelve it announced on "
       "Tuesday. [...] Another eleven were wounded, two of them seriously. [...] The Islamic State group "
       "claimed the attack on Wednesday through its Amaq news agency",
       note="latest revision 17 stands; 'dozens' of attackers not counted (vague); the claim's 40 is not used"),
     E("Gunmen seized two Nigerien aid workers on the road between Abala and Sanam; unclaimed.",
       "2020-05-06", "‘Two days after the attack’ of Monday 2020-05-04: Wednesday 2020-05-06",
       "Abala-Sanam road", "Tillaberi", "NE", "other", "militants (unidentified)", "civilians", None, None, None, None,
       "Two days after the attack, gunmen seized two Nigerien employees of an aid group on the road between "
       "Abala and Sanam, the organisation said in a statement.",
       note="abduction on the road between two named places"),
     E("National guard troops arrested nine suspected suppliers of the attackers at the Ouallam market.",
       "2020-05-07", "‘On Thursday’ before the Saturday 2020-05-09 dateline: Thursday 2020-05-07",
       "Ouallam", "Tillaberi", "NE", "arrest", "Nigerien security forces", "Islamic State", None, None, None, None,
       "On Thursday, national guard troops arrested nine men at the weekly market in Ouallam whom they suspect "
       "of supplying fuel and motorbikes to the attackers, a security source said.",
       arrested=9)],
    [])

# b15-12 Cameroon 2018: feature opening on a teacher; a denied abduction, a gendarme shot, a disputed army raid
doc("b15-12", "2018-11-14", "https://www.example-grassfieldspost.com/2018/11/14/kumbo-teacher-empty-desks",
    T("In Kumbo, a teacher counts her empty desks",
      "BAMENDA, November 14 (Grassfields Post) - For three years Florence Ngum walked the same red-earth road to "
      "the secondary school on the edge of Kumbo where she teaches chemistry. On Monday morning she found the "
      "gate open and the dormitory empty.",
      "Seven pupils and a teacher had been taken away before dawn by armed men who arrived on foot, the "
      "school's principal told reporters. They were released on Tuesday evening near a church in the town, "
      "tired and hungry but unharmed, after the diocese negotiated with the kidnappers.",
      "The governor of the Northwest region blamed the separatist fighters who want an independent "
      "English-speaking state they call Ambazonia. A spokesman for one of the main separatist groups denied "
      "any involvement and accused the army of staging the kidnapping to discredit the movement.",
      "Ngum, 31, has taught in Kumbo since 2015. \"Half my class left last year. Now the rest will go too,\" she "
      "said.",
      "The kidnapping followed a violent weekend in the surrounding villages. On Friday, a gendarme was shot "
      "dead at a checkpoint in Kikaikelaki, about 5 km from Kumbo, by men the authorities described as "
      "separatist fighters.",
      "Troops returned to the village the next day. Residents said soldiers went from house to house, shot "
      "dead five men and set fire to at least 20 homes. The army said in a statement that its troops had come "
      "under fire and had \"neutralised five terrorists\" in an exchange of fire.",
      "Pictures shared by residents showed the bodies of men in civilian clothes. The army statement did not "
      "mention any homes being burned.",
      "The conflict in Cameroon's two English-speaking regions began in 2016 with protests by lawyers and "
      "teachers against the use of French in courts and schools, and turned into an armed insurgency the "
      "following year.",
      "Separatist groups have ordered schools closed, and have attacked teachers who defy them. The United "
      "Nations says about 437,000 people have fled their homes in the Northwest and Southwest regions.",
      "Ngum says she will keep teaching as long as any pupils come. \"If I leave, who will teach them?\" she "
      "said."),
    [E("Seven pupils and a teacher abducted from a secondary school in Kumbo, released the next evening; the "
       "governor blamed separatists, who denied it.",
       "2018-11-12", "‘On Monday morning’ (taken ‘before dawn’) in a report dated Wednesday 2018-11-14: Monday 2018-11-12",
       "Kumbo", "Northwest", "CM", "other", "unknown", "civilians", None, None, None, None,
       "On Monday morning she found the gate open and the dormitory empty. [...] Seven pupils and a teacher had "
       "been taken away before dawn by armed men who arrived on foot, the school's principal told reporters. "
       "[...] The governor of the Northwest region blamed the separatist fighters who want an independent "
       "English-speaking state they call Ambazonia. A spokesman for one of the main separatist groups denied "
       "any involvement",
       note="abduction; blame denied, nobody claims: unknown"),
     E("A gendarme was shot dead at a checkpoint in Kikaikelaki by men described as separatist fighters.",
       "2018-11-09", "‘On Friday’ in a report dated Wednesday 2018-11-14, the weekend before: Friday 2018-11-09",
       "Kikaikelaki", "Northwest", "CM", "battle", "Anglophone separatists", "Cameroonian security forces", 1, None, None, None,
       "On Friday, a gendarme was shot dead at a checkpoint in Kikaikelaki, about 5 km from Kumbo, by men the "
       "authorities described as separatist fighters."),
     E("Troops raided Kikaikelaki the next day; residents say they shot dead five men and burned 20 homes, "
       "the army says it killed five 'terrorists' in a firefight.",
       "2018-11-10", "‘the next day’ after Friday 2018-11-09: Saturday 2018-11-10",
       "Kikaikelaki", "Northwest", "CM", "attack_on_civilians", "Cameroonian security forces", "civilians", 5, None, None, None,
       "Troops returned to the village the next day. Residents said soldiers went from house to house, shot "
       "dead five men and set fire to at least 20 homes. The army said in a statement that its troops had come "
       "under fire and had \"neutralised five terrorists\" in an exchange of fire.",
       note="both accounts give five dead; typed on the residents' account, the army calls it a clash")],
    [F("displaced", 437000, "Northwest and Southwest regions",
       "The United Nations says about 437,000 people have fled their homes in the Northwest and Southwest "
       "regions.")])

# b15-13 DR Congo 2020: an NGO statement listing four incidents, one overnight
doc("b15-13", "2020-11-26", "https://www.example-kivujustice.org/en/2020/11/26/beni-djugu-week-of-killings",
    T("Beni and Djugu: a week of killings the world ignored",
      "The Centre for Justice in the Kivus (CJK) has documented at least 29 violent deaths in Beni territory, "
      "North Kivu, and Djugu territory, Ituri, between 19 and 24 November 2020, in four separate incidents. "
      "Most of the victims were civilians.",
      "Mavivi, Beni territory (night of 19 to 20 November). Fighters of the Allied Democratic Forces (ADF) "
      "entered the Mavivi area, near Beni airport, after dark and went from house to house with machetes and "
      "guns. Fourteen civilians were killed, including three women and two children, and six were wounded. "
      "Survivors said the attackers had camped in the nearby forest for several days.",
      "Eringeti, Beni territory (22 November). An army patrol came under fire on the road north of Eringeti, "
      "and four soldiers were killed. Local sources attributed the ambush to the same armed group.",
      "Oicha, Beni territory (23 November). Soldiers manning a roadblock at the entrance to Oicha shot dead two "
      "motorcycle-taxi drivers after an argument over a payment demanded from them, according to witnesses and "
      "the local drivers' association. The military prosecutor's office told CJK that an investigation had "
      "been opened.",
      "Rhoe displacement site, Djugu territory (24 November). Militiamen of the CODECO armed group attacked the "
      "site at dawn, killing nine displaced people, four of them children, and burning about 40 shelters. UN "
      "peacekeepers based nearby fired warning shots and the attackers withdrew.",
      "Since 1 January 2020, CJK has recorded at least 681 civilians killed by ADF fighters in Beni territory "
      "alone, more than in any year since the group's attacks on civilians escalated in 2014.",
      "\"People in Beni go to their fields knowing they may not come back,\" said Jean-Paul Kambale, a CJK "
      "researcher based in Butembo. \"Every week we add names to the list, and every week the response is the "
      "same: a statement, a promise, and then nothing.\"",
      "CJK calls on the Congolese government to protect civilians in Beni and Djugu, and to ensure that "
      "soldiers who abuse the population are tried in public.",
      "It asks the UN mission, MONUSCO, to deploy its quick reaction forces closer to the villages that are "
      "attacked most often, and donors to fund the care of the wounded and the displaced."),
    [E("ADF fighters went house to house in Mavivi overnight with machetes and guns, killing 14 civilians and "
       "wounding six.",
       "2020-11-19", "‘night of 19 to 20 November’: the first night, 2020-11-19",
       "Mavivi", "North Kivu", "CD", "attack_on_civilians", "ADF", "civilians", 14, None, 6, None,
       "Mavivi, Beni territory (night of 19 to 20 November). Fighters of the Allied Democratic Forces (ADF) "
       "entered the Mavivi area, near Beni airport, after dark and went from house to house with machetes and "
       "guns. Fourteen civilians were killed, including three women and two children, and six were wounded."),
     E("An army patrol was ambushed on the road north of Eringeti, four soldiers killed; attributed to the ADF.",
       "2020-11-22", "‘(22 November)’ heading: 2020-11-22",
       "Eringeti", "North Kivu", "CD", "battle", "ADF", "Congolese security forces", 4, None, None, None,
       "Eringeti, Beni territory (22 November). An army patrol came under fire on the road north of Eringeti, "
       "and four soldiers were killed. Local sources attributed the ambush to the same armed group.",
       note="'the same armed group' points back to the ADF named in the paragraph before"),
     E("Soldiers at a roadblock at the entrance to Oicha shot dead two motorcycle-taxi drivers.",
       "2020-11-23", "‘(23 November)’ heading: 2020-11-23",
       "Oicha", "North Kivu", "CD", "attack_on_civilians", "Congolese security forces", "civilians", 2, None, None, None,
       "Oicha, Beni territory (23 November). Soldiers manning a roadblock at the entrance to Oicha shot dead two "
       "motorcycle-taxi drivers"),
     E("CODECO militiamen attacked the Rhoe displacement site at dawn, killing nine displaced people and "
       "burning about 40 shelters.",
       "2020-11-24", "‘(24 November)’ heading, ‘at dawn’: 2020-11-24",
       "Rhoe", "Ituri", "CD", "attack_on_civilians", "CODECO", "civilians", 9, None, None, None,
       "Rhoe displacement site, Djugu territory (24 November). Militiamen of the CODECO armed group attacked the "
       "site at dawn, killing nine displaced people, four of them children, and burning about 40 shelters.")],
    [F("killed", 29, "Beni and Djugu territories",
       "The Centre for Justice in the Kivus (CJK) has documented at least 29 violent deaths in Beni territory, "
       "North Kivu, and Djugu territory, Ituri, between 19 and 24 November 2020, in four separate incidents.",
       note="= 14 + 4 + 2 + 9"),
     F("killed", 681, "Beni territory",
       "Since 1 January 2020, CJK has recorded at least 681 civilians killed by ADF fighters in Beni territory "
       "alone")])

# b15-14 Ethiopia 2023: follow-up of a drone strike (the day's count and the hospital's later one) and a raid on a town
doc("b15-14", "2023-09-14", "https://www.example-addissentinel.com/amhara/2023/09/14/bure-drone-strike-burials",
    T("Bure buries its dead as hospital count from drone strike rises to 16",
      "ADDIS ABABA, September 14 (Addis Sentinel) - Families in the town of Bure, in West Gojjam zone of the "
      "Amhara region, buried more of their dead on Wednesday, three days after a drone strike hit the town's "
      "bus station, residents said.",
      "A doctor at Bure's hospital said 16 bodies had been brought in since Sunday, including two children and "
      "a minibus driver, and that 23 people were being treated for wounds. Residents who helped to collect the "
      "bodies on the day had counted 11.",
      "The strike came at around 11 am, when the station was crowded with travellers heading to Bahir Dar and "
      "Addis Ababa, witnesses said. One witness said he saw a second blast a few minutes later, near a cafe on "
      "the road out of the station.",
      "Witnesses and local officials blamed the federal military, the only force in the region known to fly "
      "armed drones. The government communication service did not respond to requests for comment, and the "
      "military has not commented on the strike.",
      "Fano, a loosely organised Amhara militia that fought alongside the army in the Tigray war, has been "
      "battling federal troops across the region since early August, after the government moved to disband "
      "regional special forces.",
      "On Tuesday, Fano fighters entered Debre Tabor, the capital of South Gondar zone, and attacked the town's "
      "prison before federal troops pushed them back in the evening, two residents said. At least eight people "
      "were killed, among them three prison guards, and an unknown number of inmates escaped.",
      "\"The shooting started at nine in the morning and did not stop until dark,\" said a shopkeeper in Debre "
      "Tabor, who asked not to be named for fear of reprisals.",
      "Communications remain cut across much of Amhara, making it hard to verify accounts from the region. The "
      "internet has been shut down there since early August.",
      "The United Nations human rights office said late last month that at least 183 people had been killed in "
      "Amhara since the fighting began, and that it had received reports of mass arrests of young Amhara men "
      "in Addis Ababa.",
      "A state of emergency declared on August 4 gives the military sweeping powers of arrest and bans public "
      "gatherings in the region."),
    [E("Drone strike on the Bure bus station; 11 dead counted on the day, 16 by the hospital since, 23 wounded; "
       "blamed on the federal military.",
       "2023-09-10", "‘three days after’ before Wednesday 2023-09-13 (‘since Sunday’): Sunday 2023-09-10",
       "Bure", "Amhara", "ET", "explosion", "Ethiopian security forces", "civilians", 16, None, 23, None,
       "Families in the town of Bure, in West Gojjam zone of the Amhara region, buried more of their dead on "
       "Wednesday, three days after a drone strike hit the town's bus station, residents said. [...] A doctor at "
       "Bure's hospital said 16 bodies had been brought in since Sunday, including two children and a minibus "
       "driver, and that 23 people were being treated for wounds. [...] Witnesses and local officials blamed "
       "the federal military",
       note="the hospital's later count 16 supersedes the day's 11; blame not disputed"),
     E("Fano fighters entered Debre Tabor and attacked the prison until troops pushed them back; at least "
       "eight killed, including three guards.",
       "2023-09-12", "‘On Tuesday’ before the Thursday 2023-09-14 dateline: Tuesday 2023-09-12",
       "Debre Tabor", "Amhara", "ET", "battle", "Fano", "Ethiopian security forces", 8, None, None, None,
       "On Tuesday, Fano fighters entered Debre Tabor, the capital of South Gondar zone, and attacked the town's "
       "prison before federal troops pushed them back in the evening, two residents said. At least eight people "
       "were killed, among them three prison guards")],
    [F("killed", 183, "Amhara",
       "at least 183 people had been killed in Amhara since the fighting began")])

# b15-15 Mali 2017: a trial, no incident
doc("b15-15", "2017-10-05", "https://www.example-sahelcourier.com/2017/10/05/tenenkou-attack-trial-bamako",
    T("Two men on trial in Bamako over 2016 attack on Tenenkou police post",
      "BAMAKO, October 5 (Sahel Courier) - Two men accused of taking part in an attack on a police post in the "
      "central town of Tenenkou that killed five police officers in January 2016 went on trial before a "
      "special assize court in Bamako on Wednesday.",
      "Prosecutors say the men, aged 27 and 34, belonged to a cell of the Macina Liberation Front, a jihadist "
      "group active in the Mopti region, and that they scouted the post for several days before the attack.",
      "Both men pleaded not guilty. Their lawyer, Fatoumata Sidibe, told the court that her clients had been "
      "arrested at a market months after the attack on the word of a single informant and had confessed under "
      "duress.",
      "The court heard from a police officer who survived the attack by hiding in a storeroom. He said the "
      "gunmen arrived at dawn on motorbikes, shouted slogans and set fire to the post's vehicles before "
      "leaving with weapons and ammunition.",
      "\"I heard my colleagues die one by one,\" he told the court, his voice breaking. The judge allowed him "
      "to sit down before he finished his account.",
      "The hearing was adjourned until Monday to allow the defence to question the informant, who has not "
      "yet been found by the court's bailiffs.",
      "The special court has tried 39 terrorism cases since it was set up in 2015, most of them ending in "
      "convictions, according to the justice ministry. Human rights groups say hundreds of suspects are held "
      "without trial in Bamako's central prison, some for more than three years.",
      "The trial comes as central Mali faces a surge of violence. Military officials warn that the Macina "
      "group has recruited hundreds of young herders in the Mopti region and could strike towns along the "
      "Niger river.",
      "The prosecutor said the state would seek life sentences for both men. Tenenkou's police post, rebuilt "
      "with European funding, reopened last year."),
    [],
    [F("other", 39, "Mali",
       "The special court has tried 39 terrorism cases since it was set up in 2015",
       note="terrorism trials; the January 2016 attack is background")])

# b15-16 Sudan 2023: Khartoum round-up, two strikes each side blames on the other, a contested assault, a vague Darfur report
doc("b15-16", "2023-06-20", "https://www.example-niledispatch.com/sudan/2023/06/20/kalakla-strike-souq-libya",
    T("Khartoum: air strike on Kalakla, shells on an Omdurman market, battle for the armoured corps",
      "CAIRO, June 20 (Nile Dispatch) - At least 12 civilians were killed when an air strike hit homes in the "
      "Kalakla neighbourhood of southern Khartoum on Sunday, a neighbourhood resistance committee said, as "
      "fighting between the army and the paramilitary Rapid Support Forces entered its tenth week.",
      "The committee, one of the volunteer groups that have organised aid since the war began, said the dead "
      "included four children and that about 30 people were wounded. It posted photographs of a collapsed "
      "house and of bodies wrapped in blankets.",
      "The RSF blamed the army, which controls the skies over the capital. An army spokesman denied that its "
      "aircraft had struck any residential area and said the air force had hit only \"rebel gatherings\".",
      "On Monday, shells slammed into the Souq Libya market in Omdurman, killing nine people and wounding more "
      "than 20, according to a doctors' union. The army accused the RSF of shelling the market; the RSF said "
      "army artillery had fired the shells.",
      "In the south of the capital, the RSF said on Sunday that its fighters had stormed the army's armoured "
      "corps base in al-Shajara. The army said it had repelled the attack and killed dozens of RSF fighters. "
      "Neither account could be verified, and residents reported heavy gunfire and smoke over the area for "
      "most of the day.",
      "Souad, a teacher who lives near the base, said her family had been sleeping in a corridor for two "
      "weeks. \"We cannot leave, because the road out goes past the fighters,\" she said.",
      "In Darfur, people reaching the Chadian border town of Adre described killings by RSF fighters and "
      "allied Arab militias in El Geneina over the past week, and bodies left in the streets.",
      "Sudan's health ministry says more than 3,000 people have been killed since the war began on April 15; "
      "doctors' groups say the real number is much higher.",
      "The International Organization for Migration said on Tuesday that 2.2 million people had been "
      "displaced inside Sudan and that more than 528,000 had fled to neighbouring countries.",
      "Talks between the two sides in Jeddah, sponsored by Saudi Arabia and the United States, were suspended "
      "this month after repeated violations of a ceasefire."),
    [E("Air strike on homes in Kalakla kills at least 12 civilians and wounds about 30; the army denies "
       "striking residential areas.",
       "2023-06-18", "‘on Sunday’ before the Tuesday 2023-06-20 dateline: Sunday 2023-06-18",
       "Kalakla", "Khartoum", "SD", "explosion", "unknown", "civilians", 12, None, 30, None,
       "At least 12 civilians were killed when an air strike hit homes in the Kalakla neighbourhood of southern "
       "Khartoum on Sunday [...] about 30 people were wounded [...] The RSF blamed the army, which controls the "
       "skies over the capital. An army spokesman denied that its aircraft had struck any residential area",
       note="blame denied, nobody claims: unknown"),
     E("Shells hit the Souq Libya market in Omdurman, killing nine and wounding more than 20; each side blames "
       "the other.",
       "2023-06-19", "‘On Monday’ before the Tuesday 2023-06-20 dateline: Monday 2023-06-19",
       "Souq Libya", "Khartoum", "SD", "explosion", "unknown", "civilians", 9, None, 20, None,
       "On Monday, shells slammed into the Souq Libya market in Omdurman, killing nine people and wounding more "
       "than 20, according to a doctors' union. The army accused the RSF of shelling the market; the RSF said "
       "army artillery had fired the shells.",
       note="Souq Libya is the Omdurman district named after its market"),
     E("RSF assault on the army's armoured corps base in al-Shajara; the RSF says it stormed it, the army that "
       "it repelled it.",
       "2023-06-18", "‘the RSF said on Sunday’ with gunfire ‘for most of the day’: Sunday 2023-06-18",
       "al-Shajara", "Khartoum", "SD", "battle", "Rapid Support Forces", "Sudanese security forces", None, None, None, None,
       "In the south of the capital, the RSF said on Sunday that its fighters had stormed the army's armoured "
       "corps base in al-Shajara. The army said it had repelled the attack and killed dozens of RSF fighters.",
       note="the army's 'dozens' is vague and its own claim: no toll"),
     E("Refugees describe killings by RSF fighters and allied Arab militias in El Geneina over the past week.",
       None, "‘over the past week’: no day",
       "El Geneina", "West Darfur", "SD", "attack_on_civilians", "Rapid Support Forces", "civilians", None, None, None, None,
       "In Darfur, people reaching the Chadian border town of Adre described killings by RSF fighters and "
       "allied Arab militias in El Geneina over the past week, and bodies left in the streets.",
       optional=True, note="aggregate of unspecified killings, vaguely dated")],
    [F("killed", 3000, "Sudan",
       "Sudan's health ministry says more than 3,000 people have been killed since the war began on April 15"),
     F("displaced", 2200000, "Sudan",
       "2.2 million people had been displaced inside Sudan"),
     F("displaced", 528000, "Sudan",
       "more than 528,000 had fled to neighbouring countries",
       note="refugees abroad")])

# b15-17 South Sudan 2017: an ambush each side blames on the other, a cattle raid with two tolls, a vague counter-accusation
doc("b15-17", "2017-07-13", "https://www.example-equatoriavoice.com/2017/07/13/pageri-ambush-motot-raid",
    T("Seven killed in ambush on Juba-Nimule road; cattle raid toll disputed in Jonglei",
      "JUBA, July 13 (Equatoria Voice) - Seven people, among them a driver working for an international aid "
      "agency, were killed on Tuesday when gunmen opened fire on a convoy of trucks near Pageri, about 40 km "
      "north of Nimule on the road to Juba, officials said.",
      "Three other people were wounded and two trucks carrying maize were set on fire. The survivors were taken "
      "to the hospital in Nimule, on the Ugandan border.",
      "The army spokesman blamed fighters loyal to the former vice-president, Riek Machar. A spokesman for "
      "Machar's SPLA-IO rejected the accusation and said government soldiers had carried out the ambush "
      "themselves to justify an offensive in Eastern Equatoria.",
      "The road is the main trade route between Juba and Uganda, and drivers say they now travel only in "
      "convoys with armed escorts. Before this week's attack, at least four drivers had been killed on it "
      "since May, according to the truck drivers' union.",
      "In Jonglei state, local officials and the UN gave sharply different tolls for a cattle raid on Sunday "
      "near the village of Motot in Uror county.",
      "The county commissioner said 42 people had been killed when armed youths from the Murle community "
      "attacked cattle camps at dawn and drove off thousands of cows. The UN mission said its team had "
      "confirmed at least 25 deaths, and that many of the wounded had been flown to Waat.",
      "Gatluak, a herder who lost two brothers in the raid, said the attackers came from the south-east before "
      "sunrise. \"They surrounded the camp and shot at everyone who ran,\" he said by telephone from Waat.",
      "Murle leaders in Pibor said the raid was revenge for an attack on their own cattle camps in June, in "
      "which they say dozens of women and children were abducted.",
      "Cycles of raids between Lou Nuer and Murle communities have killed hundreds of people in Jonglei over "
      "the past decade, and the spread of weapons during the civil war has made them deadlier.",
      "The civil war, which broke out in December 2013, has driven about 1.9 million people from their homes "
      "inside the country and sent another two million abroad as refugees."),
    [E("Gunmen ambushed a truck convoy near Pageri, killing seven including an aid agency driver and wounding "
       "three; the army blamed the SPLA-IO, which blamed the army.",
       "2017-07-11", "‘on Tuesday’ before the Thursday 2017-07-13 dateline: Tuesday 2017-07-11",
       "Pageri", "Eastern Equatoria", "SS", "attack_on_civilians", "unknown", "civilians", 7, None, 3, None,
       "Seven people, among them a driver working for an international aid agency, were killed on Tuesday when "
       "gunmen opened fire on a convoy of trucks near Pageri, about 40 km north of Nimule on the road to Juba, "
       "officials said. [...] Three other people were wounded [...] The army spokesman blamed fighters loyal to "
       "the former vice-president, Riek Machar. A spokesman for Machar's SPLA-IO rejected the accusation",
       note="blame denied, nobody claims: unknown"),
     E("Armed Murle youths raided cattle camps near Motot at dawn; the commissioner says 42 dead, the UN "
       "confirmed at least 25.",
       "2017-07-09", "‘on Sunday’ before the Thursday 2017-07-13 dateline: Sunday 2017-07-09",
       "Motot", "Jonglei", "SS", "attack_on_civilians", "Murle ethnic militia", "civilians", 25, 42, None, None,
       "In Jonglei state, local officials and the UN gave sharply different tolls for a cattle raid on Sunday "
       "near the village of Motot in Uror county. [...] The county commissioner said 42 people had been killed "
       "when armed youths from the Murle community attacked cattle camps at dawn and drove off thousands of "
       "cows. The UN mission said its team had confirmed at least 25 deaths",
       note="conflicting tolls 25 (UN) vs 42 (commissioner)"),
     E("Murle leaders say their own cattle camps were attacked in June and women and children abducted.",
       None, "‘in June’: no day",
       "Pibor", "Jonglei", "SS", "other", "unknown", "civilians", None, None, None, None,
       "Murle leaders in Pibor said the raid was revenge for an attack on their own cattle camps in June, in "
       "which they say dozens of women and children were abducted.",
       optional=True, note="vaguely placed and dated counter-accusation")],
    [F("killed", 4, "Juba-Nimule road",
       "Before this week's attack, at least four drivers had been killed on it since May"),
     F("displaced", 1900000, "South Sudan",
       "has driven about 1.9 million people from their homes inside the country")])

# b15-18 Mozambique 2020: a village raid claimed by IS ('al-Shabaab' locally), a security operation with a claimed toll
doc("b15-18", "2020-06-04", "https://www.example-cabopost.com/2020/06/04/miangalewa-raid-mbau-operation",
    T("Insurgents behead eight in Muidumbe village; police claim dozens of fighters killed near Mbau",
      "PEMBA, June 4 (Cabo Post) - Eight villagers were beheaded and a health post was burned when insurgents "
      "raided Miangalewa, a village in Muidumbe district of Cabo Delgado province, on Saturday night, residents "
      "and a local official said.",
      "The attackers arrived after dark, went through the village calling out names from a list, and took the "
      "men they found to the football pitch, a teacher who hid in the bush with his family told Cabo Post. \"In "
      "the morning we found them there,\" he said.",
      "The Islamic State group claimed the raid in a statement on Monday, saying its fighters had killed 20 "
      "\"Christians\" and burned a \"military\" building. The group has claimed dozens of attacks in Cabo "
      "Delgado since last year through its Central Africa Province.",
      "Residents of the province call the insurgents al-Shabaab, although they have no known links to the "
      "Somali group of that name.",
      "On Tuesday, police and soldiers backed by helicopters flown by a private security company attacked an "
      "insurgent base in the forest near Mbau, in Mocimboa da Praia district, the provincial police commander "
      "said. He said \"at least 50 terrorists\" had been killed, a figure that could not be checked. Two "
      "soldiers were wounded in the operation, he added.",
      "The insurgency began in October 2017 with an attack on police stations in Mocimboa da Praia and has "
      "since spread to most of the province's northern districts.",
      "At least 1,100 people have been killed, according to a count by an independent research group, and more "
      "than 200,000 have fled their homes, many of them to Pemba and to the islands off the coast.",
      "Gas companies building a liquefied natural gas plant on the Afungi peninsula, near Palma, have asked the "
      "government for stronger protection for their workers.",
      "In Pemba, aid agencies say food and water are running short in the neighbourhoods where displaced "
      "families have settled. \"We share one latrine between forty people,\" said Amina Saide, who arrived from "
      "Muidumbe in April."),
    [E("Insurgents raided Miangalewa at night, beheading eight villagers and burning the health post; claimed "
       "by the Islamic State group.",
       "2020-05-30", "‘on Saturday night’ before the Thursday 2020-06-04 dateline: Saturday 2020-05-30",
       "Miangalewa", "Cabo Delgado", "MZ", "attack_on_civilians", "Islamic State", "civilians", 8, None, None, None,
       "Eight villagers were beheaded and a health post was burned when insurgents raided Miangalewa, a village "
       "in Muidumbe district of Cabo Delgado province, on Saturday night, residents and a local official said. "
       "[...] The Islamic State group claimed the raid in a statement on Monday",
       note="the claim's 20 is not used; the local name 'al-Shabaab' is not the Somali group"),
     E("Police and soldiers with contractor helicopters attacked an insurgent base near Mbau; two soldiers "
       "wounded, the police's '50 terrorists' unverified.",
       "2020-06-02", "‘On Tuesday’ before the Thursday 2020-06-04 dateline: Tuesday 2020-06-02",
       "Mbau", "Cabo Delgado", "MZ", "battle", "Mozambican security forces", "Islamic State", None, None, 2, None,
       "On Tuesday, police and soldiers backed by helicopters flown by a private security company attacked an "
       "insurgent base in the forest near Mbau, in Mocimboa da Praia district, the provincial police commander "
       "said. He said \"at least 50 terrorists\" had been killed, a figure that could not be checked. Two "
       "soldiers were wounded in the operation, he added.",
       note="the attacking side's own claim of 50 killed is not used; its own 2 wounded are")],
    [F("killed", 1100, "Cabo Delgado",
       "At least 1,100 people have been killed, according to a count by an independent research group"),
     F("displaced", 200000, "Cabo Delgado",
       "more than 200,000 have fled their homes")])

# b15-19 Pakistan 2014: a claimed roadside bomb, an unclaimed shooting a day earlier, an army air strike with its own toll
doc("b15-19", "2014-12-03", "https://www.example-frontierherald.com/2014/12/03/bannu-blast-charsadda-polio",
    T("Four policemen killed in Bannu roadside blast; polio worker shot in Charsadda",
      "PESHAWAR, December 3 (Frontier Herald) - Four policemen were killed and two wounded on Tuesday when a "
      "roadside bomb struck their van in the Domel area of Bannu district, police said.",
      "The van was escorting a team of vaccinators back from a polio campaign when the device, hidden in a "
      "culvert, was set off by remote control, said a police officer in Bannu, Mohammad Iqbal.",
      "Tehreek-e-Taliban Pakistan claimed the attack. Its spokesman told reporters by telephone that the group "
      "would keep targeting police who protect the vaccination teams.",
      "A day earlier, gunmen on a motorcycle shot dead a polio vaccinator and wounded the policeman guarding "
      "her in the Tangi area of Charsadda district. Nobody has claimed that killing, and police said they were "
      "searching for two suspects.",
      "Shabana Bibi, 24, had joined the vaccination campaign three months ago to pay for her younger brothers' "
      "schooling, a colleague said. \"She knew it was dangerous. We all know,\" the colleague said.",
      "Militants accuse vaccination teams of spying and falsely claim that the drops make children sterile. "
      "More than 60 polio workers and the police escorting them have been killed since December 2012, "
      "according to health officials.",
      "Separately, the army said jets had struck militant hideouts in the Tirah valley of Khyber tribal agency "
      "overnight, killing 21 militants. The figure could not be independently confirmed, as the area is closed "
      "to journalists.",
      "The army says more than 1,200 militants have been killed since it launched an offensive in North "
      "Waziristan in June.",
      "Pakistan has recorded 268 polio cases so far this year, the highest number in more than a decade, and "
      "health officials fear the attacks will slow the winter campaign."),
    [E("A remote-controlled roadside bomb hit a police van escorting vaccinators in Domel, Bannu, killing four "
       "policemen and wounding two; claimed by the TTP.",
       "2014-12-02", "‘on Tuesday’ before the Wednesday 2014-12-03 dateline: Tuesday 2014-12-02",
       "Domel", "Khyber Pakhtunkhwa", "PK", "explosion", "Tehrik-i-Taliban Pakistan", "Pakistani security forces", 4, None, 2, None,
       "Four policemen were killed and two wounded on Tuesday when a roadside bomb struck their van in the Domel "
       "area of Bannu district, police said. [...] Tehreek-e-Taliban Pakistan claimed the attack."),
     E("Gunmen on a motorcycle shot dead a polio vaccinator and wounded her police guard in Tangi, Charsadda; "
       "unclaimed.",
       "2014-12-01", "‘A day earlier’ than Tuesday 2014-12-02: Monday 2014-12-01",
       "Tangi", "Khyber Pakhtunkhwa", "PK", "attack_on_civilians", "militants (unidentified)", "civilians", 1, None, 1, None,
       "A day earlier, gunmen on a motorcycle shot dead a polio vaccinator and wounded the policeman guarding "
       "her in the Tangi area of Charsadda district."),
     E("Army jets struck militant hideouts in the Tirah valley overnight; the army's own toll of 21 is unconfirmed.",
       "2014-12-02", "‘overnight’ in a report dated Wednesday 2014-12-03: the night that began Tuesday 2014-12-02",
       "Tirah valley", "Khyber Pakhtunkhwa", "PK", "explosion", "Pakistani security forces", "militants (unidentified)", None, None, None, None,
       "Separately, the army said jets had struck militant hideouts in the Tirah valley of Khyber tribal agency "
       "overnight, killing 21 militants.",
       note="the striking side's own claim (21) is not used; Tirah was in FATA in 2014, now Khyber Pakhtunkhwa")],
    [F("killed", 60, "Pakistan",
       "More than 60 polio workers and the police escorting them have been killed since December 2012"),
     F("killed", 1200, "North Waziristan",
       "The army says more than 1,200 militants have been killed since it launched an offensive in North "
       "Waziristan in June.")])

# b15-20 Afghanistan 2018: UN half-year statistics, no incident
doc("b15-20", "2018-07-16", "https://www.example-kabulledger.com/2018/07/16/un-civilian-deaths-record-half-year",
    T("Civilian deaths in Afghanistan hit record in first half of 2018, UN says",
      "KABUL, July 16 (Kabul Ledger) - More civilians were killed in Afghanistan's war in the first six months "
      "of this year than in any half-year since the United Nations began keeping count in 2009, the UN "
      "mission said in a report on Sunday.",
      "The mission recorded 1,705 civilian deaths and 3,512 injuries between January 1 and June 30, a one "
      "percent rise in deaths on the same period last year.",
      "Suicide and other attacks with improvised explosives caused almost half of the casualties, the report "
      "said, and Kabul was again the worst-hit province.",
      "Anti-government elements, chiefly the Taliban and a local branch of Islamic State, were blamed for two "
      "thirds of the civilian casualties. Pro-government forces were held responsible for about a fifth, many "
      "of them in air strikes, whose toll rose by more than half.",
      "The report singled out attacks on voter registration centres ahead of parliamentary elections due in "
      "October, and on schools, hospitals and mosques.",
      "\"Behind each of these numbers is a family that will never be whole again,\" said Anna Lindqvist, who "
      "heads the mission's human rights team. \"The parties know how to reduce this harm. They must choose to "
      "do it.\"",
      "A Taliban spokesman rejected the findings, saying the UN relied on figures supplied by the government "
      "and that the group's fighters did not target civilians.",
      "The defence ministry said it investigated every report of civilians killed in air strikes and that its "
      "pilots took great care to avoid them.",
      "Children made up nearly a third of all casualties, the report said, and women about one in ten.",
      "The report is based on interviews with survivors, witnesses and officials, and counts only deaths that the mission could confirm with at least three independent sources. Officials in several provinces said the real number was probably higher."),
    [],
    [F("killed", 1705, "Afghanistan",
       "The mission recorded 1,705 civilian deaths and 3,512 injuries between January 1 and June 30"),
     F("wounded", 3512, "Afghanistan",
       "The mission recorded 1,705 civilian deaths and 3,512 injuries between January 1 and June 30")])

# b15-21 Myanmar 2022: feature opening on a survivor; a bombed monastery, a resistance mine attack, vague arson
doc("b15-21", "2022-10-27", "https://www.example-ayeyarpost.com/2022/10/27/khin-u-monastery-bombing",
    T("Sheltering in a monastery, then bombed: Khin-U's displaced count their losses",
      "CHIANG MAI, October 27 (Ayeyar Post) - Daw Myint Myint had moved her family into the monastery on the "
      "edge of Khin-U town in September, believing that soldiers would not bomb a place of worship.",
      "On Monday afternoon a military jet dropped two bombs on the monastery compound, killing seven people "
      "who were sheltering there, among them three children, and wounding at least a dozen, according to a "
      "local volunteer rescue group.",
      "Myint Myint, 46, lost her husband and her younger daughter. \"We came here because the army burned our "
      "village. Now there is nowhere left to go,\" she said by telephone on Wednesday.",
      "A spokesman for the military government said troops had targeted a gathering of People's Defence Force "
      "fighters in the area, and accused the resistance of using religious buildings as bases.",
      "The bombing came a day after resistance fighters said they had detonated mines under two army trucks on "
      "the road between Monywa and Yinmabin, near Yinmabin. The local People's Defence Force said about 15 "
      "soldiers were killed; the military did not comment.",
      "Residents of Budalin township reported last week that soldiers had set fire to more than 200 houses in "
      "three villages during a sweep through the area.",
      "Sagaing region, in the dry zone north-west of Mandalay, has become the heartland of armed resistance to "
      "the generals who seized power in February 2021.",
      "The Assistance Association for Political Prisoners, a rights group, says more than 2,400 civilians have "
      "been killed by the security forces since the coup.",
      "The United Nations estimates that more than 1.3 million people have been displaced across Myanmar, "
      "about half of them in Sagaing.",
      "Myint Myint says she will stay in Khin-U for now. \"Where would we go? Every road has soldiers on it,\" "
      "she said."),
    [E("A military jet bombed a monastery sheltering displaced families on the edge of Khin-U, killing seven "
       "and wounding at least a dozen.",
       "2022-10-24", "‘On Monday afternoon’ before the Thursday 2022-10-27 dateline: Monday 2022-10-24",
       "Khin-U", "Sagaing", "MM", "explosion", "Myanmar security forces", "civilians", 7, None, 12, None,
       "On Monday afternoon a military jet dropped two bombs on the monastery compound, killing seven people "
       "who were sheltering there, among them three children, and wounding at least a dozen, according to a "
       "local volunteer rescue group.",
       note="'at least a dozen' wounded = 12; the military says it targeted PDF fighters"),
     E("Resistance fighters detonated mines under two army trucks near Yinmabin; their own claim of about 15 "
       "soldiers killed is unconfirmed.",
       "2022-10-23", "‘a day after’ the bombing of Monday 2022-10-24: Sunday 2022-10-23",
       "Yinmabin", "Sagaing", "MM", "explosion", "People's Defense Forces", "Myanmar security forces", None, None, None, None,
       "The bombing came a day after resistance fighters said they had detonated mines under two army trucks on "
       "the road between Monywa and Yinmabin, near Yinmabin. The local People's Defence Force said about 15 "
       "soldiers were killed; the military did not comment.",
       note="the attackers' own toll is not used"),
     E("Soldiers set fire to more than 200 houses in three villages of Budalin township last week.",
       None, "‘last week’: no day",
       "Budalin", "Sagaing", "MM", "other", "Myanmar security forces", "civilians", None, None, None, None,
       "Residents of Budalin township reported last week that soldiers had set fire to more than 200 houses in "
       "three villages during a sweep through the area.",
       optional=True, note="arson; villages not named, vaguely dated")],
    [F("killed", 2400, "Myanmar",
       "more than 2,400 civilians have been killed by the security forces since the coup"),
     F("displaced", 1300000, "Myanmar",
       "more than 1.3 million people have been displaced across Myanmar")])

# b15-22 Ukraine 2023: round-up; a missile toll raised by a body found next day, shelling across a river, a disputed capture
doc("b15-22", "2023-02-09", "https://www.example-dniprowire.com/2023/02/09/kostiantynivka-missile-krasna-hora",
    T("Missile kills five in Kostiantynivka; Russia claims village near Bakhmut, Kyiv denies",
      "KYIV, February 9 (Dnipro Wire) - Rescuers pulled the body of a woman from the rubble of an apartment "
      "block in Kostiantynivka on Wednesday, raising to five the number of people killed when a Russian missile "
      "struck the building late on Tuesday, regional officials said.",
      "Eleven people were injured, among them two children, and about 40 flats were damaged, the regional "
      "military administration said.",
      "Russia's defence ministry said its forces had struck a building used by Ukrainian troops in the town. "
      "Residents said only civilians lived there.",
      "In the south, three civilians were killed and six wounded in the Dniprovskyi district of Kherson on "
      "Wednesday morning when shells fired from Russian positions across the river hit a bus stop, the "
      "regional governor said. The district, on the bank of the Dnipro, comes under fire almost every day.",
      "In the east, Russia's defence ministry said on Tuesday that its troops had taken Krasna Hora, a village "
      "on the northern edge of Bakhmut. Ukraine's general staff said its forces had repelled attacks near the "
      "village and still held it.",
      "A Ukrainian soldier defending Bakhmut, who gave only his call sign, Lys, said the Russians attacked in "
      "small groups several times a day. \"They come, we push them back, and the next morning they come "
      "again,\" he said.",
      "Ukraine's prosecutor general's office says at least 461 children have been killed since the full-scale "
      "invasion began in February last year.",
      "The UN human rights monitoring mission has confirmed more than 7,100 civilian deaths over the same "
      "period, and says the real toll is likely to be considerably higher.",
      "Ukrainian officials renewed their calls for longer-range weapons and fighter jets, saying Russia was "
      "preparing a new offensive in the east.",
      "Local authorities in Kostiantynivka urged residents to leave for safer areas further west, and said evacuation buses would run every day."),
    [E("A Russian missile struck an apartment block in Kostiantynivka late on Tuesday; toll rose to five with a "
       "body found on Wednesday, 11 injured.",
       "2023-02-07", "‘late on Tuesday’ before the Thursday 2023-02-09 dateline: Tuesday 2023-02-07",
       "Kostiantynivka", "Donetsk", "UA", "explosion", "Russian security forces", "civilians", 5, None, 11, None,
       "Rescuers pulled the body of a woman from the rubble of an apartment block in Kostiantynivka on "
       "Wednesday, raising to five the number of people killed when a Russian missile struck the building late "
       "on Tuesday, regional officials said. [...] Eleven people were injured",
       note="Russia acknowledges the strike, on what it calls a military building"),
     E("Shells hit a bus stop in Kherson's Dniprovskyi district, killing three civilians and wounding six; "
       "fire from Russian positions across the river.",
       "2023-02-08", "‘on Wednesday morning’ before the Thursday 2023-02-09 dateline: Wednesday 2023-02-08",
       "Dniprovskyi district", "Kherson", "UA", "explosion", "Russian security forces", "civilians", 3, None, 6, None,
       "In the south, three civilians were killed and six wounded in the Dniprovskyi district of Kherson on "
       "Wednesday morning when shells fired from Russian positions across the river hit a bus stop",
       note="indirect perpetrator: fire from positions held by Russian forces"),
     E("Russia says its troops took Krasna Hora on Bakhmut's northern edge; Ukraine says it repelled the "
       "attacks and holds the village.",
       None, "only the day of the claim (‘said on Tuesday’) is given, not the day of the fighting",
       "Krasna Hora", "Donetsk", "UA", "battle", "Russian security forces", "Ukrainian security forces", None, None, None, None,
       "In the east, Russia's defence ministry said on Tuesday that its troops had taken Krasna Hora, a village "
       "on the northern edge of Bakhmut. Ukraine's general staff said its forces had repelled attacks near the "
       "village and still held it.",
       note="capture disputed: a battle, not a territory gain")],
    [F("killed", 461, "Ukraine",
       "at least 461 children have been killed since the full-scale invasion began in February last year"),
     F("killed", 7100, "Ukraine",
       "The UN human rights monitoring mission has confirmed more than 7,100 civilian deaths over the same "
       "period")])

# b15-23 Colombia 2019: feature opening on an indigenous guard; a checkpoint shooting, a bomb with no dead, an attack on troops
doc("b15-23", "2019-11-07", "https://www.example-andesledger.com/2019/11/07/cauca-indigenous-guard-funeral",
    T("In Cauca, the indigenous guard buries three more of its own",
      "POPAYAN, November 7 (Andes Ledger) - Edilma Yule carries a wooden staff with green and red ribbons, the "
      "only weapon the indigenous guard of northern Cauca allows itself. On Sunday she used it to guide the "
      "crowd at the funeral of three of her colleagues.",
      "The three guards were shot dead on Saturday at a checkpoint the community had set up on the road outside "
      "San Francisco, a hamlet in Toribio municipality, when men in a pick-up truck refused to stop. Two other "
      "guards were wounded.",
      "The regional indigenous council blamed the Dagoberto Ramos column, a group of former FARC fighters who "
      "rejected the 2016 peace deal and fight over the drug routes of the area. The group has not commented.",
      "\"They think that if they kill the guards, the communities will stop controlling the territory,\" Yule, "
      "38, said. \"They are wrong.\"",
      "On Tuesday night a motorcycle loaded with explosives blew up outside the police station in Corinto, "
      "20 km to the west, wounding four police officers and a woman who was passing by. Nobody was killed, "
      "the police said, blaming the same dissident group.",
      "Further south, troops on patrol in the rural area of Suarez came under fire on Sunday, and four of the "
      "attackers were killed in the firefight that followed, the army said, blaming dissidents of the Jaime "
      "Martinez column. One soldier was wounded.",
      "President Ivan Duque announced on Monday that 2,500 more soldiers would be sent to Cauca. Indigenous "
      "leaders rejected the plan, saying more troops had not brought more security in the past.",
      "According to the ombudsman's office, 52 indigenous people have been killed in Cauca since the peace deal "
      "was signed in November 2016.",
      "Yule has been a guard for twelve years. She says she thinks about stopping every time she attends a "
      "funeral, and every time she decides not to. \"If we stop, who stays?\" she said."),
    [E("Men in a pick-up truck shot dead three indigenous guards and wounded two at a community checkpoint "
       "outside San Francisco, Toribio; blamed on the Dagoberto Ramos column.",
       "2019-11-02", "‘on Saturday’, the day before the funeral of Sunday 2019-11-03, in a report dated Thursday 2019-11-07: Saturday 2019-11-02",
       "San Francisco", "Cauca", "CO", "attack_on_civilians", "FARC dissidents", "civilians", 3, None, 2, None,
       "The three guards were shot dead on Saturday at a checkpoint the community had set up on the road outside "
       "San Francisco, a hamlet in Toribio municipality, when men in a pick-up truck refused to stop. Two other "
       "guards were wounded. [...] The regional indigenous council blamed the Dagoberto Ramos column, a group of "
       "former FARC fighters who rejected the 2016 peace deal"),
     E("A motorcycle bomb blew up outside the Corinto police station, wounding four officers and a passer-by; "
       "nobody killed.",
       "2019-11-05", "‘On Tuesday night’ before the Thursday 2019-11-07 dateline: Tuesday 2019-11-05",
       "Corinto", "Cauca", "CO", "explosion", "FARC dissidents", "Colombian security forces", 0, None, 5, None,
       "On Tuesday night a motorcycle loaded with explosives blew up outside the police station in Corinto, "
       "20 km to the west, wounding four police officers and a woman who was passing by. Nobody was killed, "
       "the police said, blaming the same dissident group.",
       note="the report says nobody was killed: 0"),
     E("Troops on patrol in rural Suarez came under fire; four attackers killed, one soldier wounded; blamed on "
       "the Jaime Martinez column.",
       "2019-11-03", "‘on Sunday’ before the Thursday 2019-11-07 dateline: Sunday 2019-11-03",
       "Suarez", "Cauca", "CO", "battle", "FARC dissidents", "Colombian security forces", 4, None, 1, None,
       "Further south, troops on patrol in the rural area of Suarez came under fire on Sunday, and four of the "
       "attackers were killed in the firefight that followed, the army said, blaming dissidents of the Jaime "
       "Martinez column. One soldier was wounded.")],
    [F("killed", 52, "Cauca",
       "52 indigenous people have been killed in Cauca since the peace deal was signed in November 2016")])

# b15-24 Mexico 2021: a cartel ambush claimed by video, drones overnight with nobody killed, an arrest
doc("b15-24", "2021-06-21", "https://www.example-pacificcourier.com/2021/06/21/michoacan-ambush-drones",
    T("Explosive drones hit Tepalcatepec as five police die in Michoacan ambush",
      "MORELIA, June 21 (Pacific Courier) - Five state police officers were killed on Friday when gunmen "
      "ambushed their patrol on the road between Aguililla and Coalcoman in western Michoacan, the state "
      "security ministry said.",
      "The officers were returning from an operation to reopen the road, which had been blocked with burned "
      "trucks for weeks. Their vehicles were hit by more than 300 rounds, according to photographs released by "
      "the ministry.",
      "State prosecutors said the attackers belonged to the Jalisco New Generation Cartel, which has been "
      "fighting a coalition of local gangs known as Carteles Unidos for control of the Tierra Caliente region. "
      "On Saturday a video appeared online in which armed men claiming to belong to the cartel said they had "
      "carried out the ambush.",
      "That night, explosive devices dropped from drones hit two houses and a police checkpoint in "
      "Tepalcatepec, near the border with Jalisco state. Two police officers were wounded and no one was "
      "killed, the municipal government said, blaming the same cartel, which has used drones in the area "
      "since last year.",
      "\"We sleep under the bed now,\" said Rosa, a shopkeeper in Tepalcatepec who gave only her first name. "
      "\"You hear the buzz and then the blast.\"",
      "On Sunday, soldiers arrested eight suspected members of Carteles Unidos at a checkpoint in Buenavista, "
      "the defence ministry said, and seized rifles and a homemade armoured truck.",
      "Michoacan recorded 1,331 homicides in the first five months of the year, according to the national "
      "public security system, making it one of the five most violent states in Mexico.",
      "The federal government has sent more than 1,000 additional soldiers and National Guard members to the "
      "region since April, but residents say the troops rarely leave the main roads.",
      "Hundreds of families have left Aguililla since the start of the year, and the town's schools have "
      "been closed since March.",
      "The state governor said he would ask the federal government for more helicopters to patrol the roads of the Tierra Caliente."),
    [E("Gunmen ambushed a state police patrol on the Aguililla-Coalcoman road, killing five officers; "
       "prosecutors and a video claim point to the CJNG.",
       "2021-06-18", "‘on Friday’ before the Monday 2021-06-21 dateline: Friday 2021-06-18",
       "Aguililla-Coalcoman road", "Michoacan", "MX", "battle", "Jalisco New Generation Cartel", "Mexican security forces", 5, None, None, None,
       "Five state police officers were killed on Friday when gunmen ambushed their patrol on the road between "
       "Aguililla and Coalcoman in western Michoacan, the state security ministry said. [...] State prosecutors "
       "said the attackers belonged to the Jalisco New Generation Cartel"),
     E("Explosives dropped from drones hit two houses and a police checkpoint in Tepalcatepec overnight; two "
       "police wounded, nobody killed.",
       "2021-06-19", "‘That night’, the night of Saturday 2021-06-19 (the video's day)",
       "Tepalcatepec", "Michoacan", "MX", "explosion", "Jalisco New Generation Cartel", "Mexican security forces", 0, None, 2, None,
       "That night, explosive devices dropped from drones hit two houses and a police checkpoint in "
       "Tepalcatepec, near the border with Jalisco state. Two police officers were wounded and no one was "
       "killed, the municipal government said, blaming the same cartel",
       note="'the same cartel' = CJNG; overnight, dated by the first night"),
     E("Soldiers arrested eight suspected Carteles Unidos members at a checkpoint in Buenavista.",
       "2021-06-20", "‘On Sunday’ before the Monday 2021-06-21 dateline: Sunday 2021-06-20",
       "Buenavista", "Michoacan", "MX", "arrest", "Mexican security forces", "Carteles Unidos", None, None, None, None,
       "On Sunday, soldiers arrested eight suspected members of Carteles Unidos at a checkpoint in Buenavista",
       arrested=8)],
    [F("killed", 1331, "Michoacan",
       "Michoacan recorded 1,331 homicides in the first five months of the year"),
     F("fighters", 1000, "Tierra Caliente",
       "The federal government has sent more than 1,000 additional soldiers and National Guard members to the "
       "region since April")])

# b15-25 Philippines 2017: weekly round-up from Mindanao and Samar
doc("b15-25", "2017-12-14", "https://www.example-mindanaoobserver.com/2017/12/14/mindanao-week-biff-abu-sayyaf",
    T("Mindanao week: BIFF raid army post, Abu Sayyaf ambush in Sulu, rebels torch trucks in Samar",
      "COTABATO CITY, December 14 (Mindanao Observer) - Two soldiers and six gunmen were killed when fighters of "
      "the Bangsamoro Islamic Freedom Fighters attacked an army detachment in Datu Piang, Maguindanao, before "
      "dawn on Tuesday, the military said.",
      "The attackers fired rifle grenades at the detachment and tried to overrun it, but withdrew after a gun "
      "battle of nearly two hours, said a spokesman for the army's 6th Infantry Division, who added that three "
      "soldiers were wounded.",
      "The BIFF, a breakaway faction of the Moro Islamic Liberation Front that has pledged allegiance to the "
      "Islamic State group, did not comment.",
      "In Sulu, one soldier was killed and five were wounded on Sunday when Abu Sayyaf gunmen opened fire on "
      "troops repairing a road in the hills of Patikul. The military said three of the attackers were killed. "
      "Residents of nearby villages said they heard explosions until late afternoon.",
      "On the island of Samar, suspected New People's Army rebels set fire to two dump trucks and a backhoe at "
      "a road construction site in Las Navas, Northern Samar, on Monday, police said. Nobody was hurt. Police "
      "said the rebels had demanded \"revolutionary taxes\" from the contractor.",
      "President Rodrigo Duterte ended peace talks with the communist rebels last month and has said he will "
      "declare them a terrorist group.",
      "Martial law, declared across Mindanao when militants laid siege to Marawi in May, is due to expire at "
      "the end of the year, and the military has asked Congress to extend it.",
      "The five-month battle for Marawi, which ended in October, killed more than 1,100 people, most of them "
      "militants, and left the centre of the city in ruins. Tens of thousands of its residents are still unable "
      "to return home.",
      "The army said it would send two more battalions to Maguindanao before the end of the month."),
    [E("BIFF fighters attacked an army detachment in Datu Piang before dawn; 2 soldiers and 6 attackers "
       "killed, 3 soldiers wounded.",
       "2017-12-12", "‘before dawn on Tuesday’ before the Thursday 2017-12-14 dateline: Tuesday 2017-12-12",
       "Datu Piang", "Maguindanao", "PH", "battle", "Bangsamoro Islamic Freedom Fighters", "Philippine security forces", 8, None, 3, None,
       "Two soldiers and six gunmen were killed when fighters of the Bangsamoro Islamic Freedom Fighters "
       "attacked an army detachment in Datu Piang, Maguindanao, before dawn on Tuesday, the military said. [...] "
       "who added that three soldiers were wounded.",
       note="8 = 2 soldiers + 6 attackers"),
     E("Abu Sayyaf gunmen opened fire on troops repairing a road in Patikul; 1 soldier and 3 attackers killed, "
       "5 soldiers wounded.",
       "2017-12-10", "‘on Sunday’ before the Thursday 2017-12-14 dateline: Sunday 2017-12-10",
       "Patikul", "Sulu", "PH", "battle", "Abu Sayyaf", "Philippine security forces", 4, None, 5, None,
       "In Sulu, one soldier was killed and five were wounded on Sunday when Abu Sayyaf gunmen opened fire on "
       "troops repairing a road in the hills of Patikul. The military said three of the attackers were killed.",
       note="4 = 1 soldier + 3 attackers (the attacked side's count)"),
     E("Suspected NPA rebels burned two dump trucks and a backhoe at a road construction site in Las Navas; "
       "nobody hurt.",
       "2017-12-11", "‘on Monday’ before the Thursday 2017-12-14 dateline: Monday 2017-12-11",
       "Las Navas", "Northern Samar", "PH", "other", "New People's Army", "none", 0, None, 0, None,
       "On the island of Samar, suspected New People's Army rebels set fire to two dump trucks and a backhoe at "
       "a road construction site in Las Navas, Northern Samar, on Monday, police said. Nobody was hurt.",
       note="property destruction; 'Nobody was hurt' gives 0 and 0")],
    [F("killed", 1100, "Marawi",
       "The five-month battle for Marawi, which ended in October, killed more than 1,100 people")])

# b15-26 Nigeria 2016: a business page using words of war, a threat, no incident
doc("b15-26", "2016-03-03", "https://www.example-nairastreet.com/markets/2016/03/03/naira-under-fire",
    T("Naira under fire as importers besiege bureaux de change; bank stocks suffer bloodbath",
      "LAGOS, March 3 (Naira Street Journal) - The naira came under renewed fire on the parallel market on "
      "Wednesday, sliding to 330 to the dollar as importers besieged bureaux de change in Lagos and Abuja for "
      "scarce foreign currency.",
      "Commercial lenders have been bombarded with requests for dollars since the central bank barred them from "
      "selling hard currency for dozens of imported goods, from rice to toothpicks, bankers said.",
      "On the Nigerian Stock Exchange, banking shares were massacred for a third straight session. Two of the "
      "largest lenders lost more than 8 percent each, dragging the all-share index to its lowest close since "
      "2012.",
      "\"It was a bloodbath,\" said Tunde Okafor, a dealer at a Lagos brokerage. \"Foreign investors are "
      "fleeing, and nobody local has the firepower to catch what they are dropping.\"",
      "Analysts described the central bank's defence of the official rate of 199 to the dollar as a war of "
      "attrition that it cannot win while oil prices stay near $35 a barrel.",
      "The governor of the central bank has vowed to defend the naira and says the restrictions are needed to "
      "protect the country's reserves, which have fallen to about $28 billion.",
      "Oil output, the source of most of the government's revenue, is also under threat. A new militant group "
      "in the Niger Delta warned last week that it would cripple the economy unless the government met its "
      "demands, though it gave no details of what it planned.",
      "Output has already been hit by a shutdown of a major export pipeline for repairs, which traders say could "
      "last until May.",
      "\"The market is a battlefield right now,\" said Okafor. \"Everybody is just trying to survive until the "
      "policy changes.\"",
      "The central bank's monetary policy committee meets later this month, and most analysts expect it to hold its benchmark rate."),
    [], [])

# b15-27 Iraq 2017: west Mosul; a recapture with own losses and a claimed enemy toll, an advance, a drone grenade
doc("b15-27", "2017-04-05", "https://www.example-tigriswire.com/2017/04/05/bab-al-jadid-retaken-drone-grenade",
    T("Federal police take Bab al-Jadid as drone grenade kills children queueing for aid",
      "MOSUL, April 5 (Tigris Wire) - Federal police units took full control of the Bab al-Jadid area of "
      "western Mosul's Old City on Monday, raising the Iraqi flag over a school after two days of street "
      "fighting, their commander said.",
      "Brigadier Saad Jabbar said his men had killed 23 Islamic State fighters in the two days of fighting and "
      "lost four of their own. Nine policemen were wounded, most of them by snipers.",
      "On Tuesday, Counter-Terrorism Service troops pushed into the al-Resala district further west, but had "
      "not cleared it by nightfall, an officer said. \"Every house is a bunker. They have tunnels between the "
      "walls,\" he said.",
      "On Sunday, a small drone flown by the militants dropped a grenade on a crowd of displaced families "
      "waiting for food parcels in the Mamoun district, killing two children and wounding nine people, the "
      "army's media office said.",
      "\"We were standing in line when we heard the buzzing. Then it fell among us,\" said Umm Ali, whose "
      "nephew was among the wounded.",
      "Iraqi commanders say the militants have turned cheap commercial drones into weapons, dropping grenades "
      "and small bombs on troops and civilians alike.",
      "Since the start of the offensive on western Mosul on February 19, more than 280,000 people have fled "
      "their homes, according to the International Organization for Migration.",
      "The United Nations estimates that up to 400,000 civilians remain trapped in the Old City, where narrow "
      "alleys make it impossible for armoured vehicles to advance.",
      "The Old City's al-Nuri mosque, where the group's leader declared his caliphate in July 2014, lies less "
      "than a kilometre from the front line.",
      "Aid agencies have warned that food and clean water are running out in the districts still held by the militants."),
    [E("Federal police took full control of Bab al-Jadid in Mosul's Old City after two days of fighting; four "
       "police killed, nine wounded.",
       "2017-04-03", "‘on Monday’ before the Wednesday 2017-04-05 dateline: Monday 2017-04-03 (the day control was taken)",
       "Bab al-Jadid", "Nineveh", "IQ", "territory_gain", "Iraqi Security Forces", "Islamic State", 4, None, 9, None,
       "Federal police units took full control of the Bab al-Jadid area of western Mosul's Old City on Monday, "
       "raising the Iraqi flag over a school after two days of street fighting, their commander said. [...] "
       "Brigadier Saad Jabbar said his men had killed 23 Islamic State fighters in the two days of fighting and "
       "lost four of their own. Nine policemen were wounded",
       note="the attacking side's own count of enemy dead (23) is not used; its own losses are"),
     E("Counter-Terrorism Service troops pushed into al-Resala but had not cleared it by nightfall.",
       "2017-04-04", "‘On Tuesday’ before the Wednesday 2017-04-05 dateline: Tuesday 2017-04-04",
       "al-Resala", "Nineveh", "IQ", "battle", "Counter-Terrorism Service", "Islamic State", None, None, None, None,
       "On Tuesday, Counter-Terrorism Service troops pushed into the al-Resala district further west, but had "
       "not cleared it by nightfall, an officer said.",
       note="entered, not taken: battle"),
     E("A drone flown by IS dropped a grenade on displaced families queueing for food in the Mamoun district, "
       "killing two children and wounding nine.",
       "2017-04-02", "‘On Sunday’ before the Wednesday 2017-04-05 dateline: Sunday 2017-04-02",
       "Mamoun", "Nineveh", "IQ", "explosion", "Islamic State", "civilians", 2, None, 9, None,
       "On Sunday, a small drone flown by the militants dropped a grenade on a crowd of displaced families "
       "waiting for food parcels in the Mamoun district, killing two children and wounding nine people",
       note="'the militants' = Islamic State, named two paragraphs earlier")],
    [F("displaced", 280000, "western Mosul",
       "Since the start of the offensive on western Mosul on February 19, more than 280,000 people have fled "
       "their homes"),
     F("civilians_trapped", 400000, "Old City",
       "The United Nations estimates that up to 400,000 civilians remain trapped in the Old City")])

# b15-28 Syria 2019: Deir ez-Zor round-up; a claimed IED, an unclaimed killing, a checkpoint attack, an arrest raid
doc("b15-28", "2019-09-19", "https://www.example-euphratespost.com/2019/09/19/deir-ez-zor-week-sleeper-cells",
    T("Deir ez-Zor week: IS cells hit SDF fighters, elder shot dead in Diban",
      "QAMISHLI, September 19 (Euphrates Post) - Three fighters of the Syrian Democratic Forces were killed on "
      "Tuesday when a bomb planted at the side of the road exploded under their vehicle near the town of "
      "Shuhayl, in the eastern province of Deir ez-Zor, a local SDF official said.",
      "The Islamic State group claimed the blast through its Amaq agency, saying five \"apostates\" had died.",
      "On Monday night, gunmen shot dead a tribal elder outside his home in Diban, a town on the Euphrates. "
      "Sheikh Hamad al-Khalil had worked with the SDF-run civil council, relatives said. Nobody has claimed the "
      "killing.",
      "A day earlier, assailants on motorbikes attacked an SDF checkpoint at the entrance to al-Busayrah. Two "
      "SDF fighters and one of the attackers were killed before the rest fled, the SDF said, blaming IS.",
      "On Wednesday, SDF forces backed by US-led coalition helicopters raided houses in Hajin and arrested six "
      "suspected IS members, including a man they described as a local commander, the SDF said in a statement.",
      "Six months after the SDF declared the end of the group's territorial rule at al-Baghouz, its cells still "
      "carry out almost daily attacks in the countryside east of the Euphrates. The SDF says at least 79 of "
      "its fighters have been killed in such attacks since March.",
      "Arab tribal leaders in the province complain that the SDF, which is led by Kurdish commanders, excludes "
      "them from decisions and fails to protect those who work with it.",
      "\"Whoever works with the council knows he may be next,\" said a cousin of the dead elder, who asked not "
      "to be named.",
      "Al-Hol camp, in neighbouring Hasakah province, holds more than 68,000 people, most of them women and "
      "children from families of IS members.",
      "The coalition said in a separate statement that it would keep supporting the SDF with intelligence and air power."),
    [E("A roadside bomb exploded under an SDF vehicle near Shuhayl, killing three fighters; claimed by IS.",
       "2019-09-17", "‘on Tuesday’ before the Thursday 2019-09-19 dateline: Tuesday 2019-09-17",
       "Shuhayl", "Deir ez-Zor", "SY", "explosion", "Islamic State", "Syrian Democratic Forces", 3, None, None, None,
       "Three fighters of the Syrian Democratic Forces were killed on Tuesday when a bomb planted at the side of "
       "the road exploded under their vehicle near the town of Shuhayl, in the eastern province of Deir ez-Zor, "
       "a local SDF official said. [...] The Islamic State group claimed the blast through its Amaq agency",
       note="the claim's five is not used"),
     E("Gunmen shot dead a tribal elder who worked with the SDF-run council outside his home in Diban; unclaimed.",
       "2019-09-16", "‘On Monday night’ before the Thursday 2019-09-19 dateline: Monday 2019-09-16",
       "Diban", "Deir ez-Zor", "SY", "other", "militants (unidentified)", "civilians", 1, None, None, None,
       "On Monday night, gunmen shot dead a tribal elder outside his home in Diban, a town on the Euphrates.",
       note="targeted killing"),
     E("Assailants on motorbikes attacked an SDF checkpoint at the entrance to al-Busayrah; two SDF fighters "
       "and one attacker killed; the SDF blamed IS.",
       "2019-09-15", "‘A day earlier’ than Monday 2019-09-16: Sunday 2019-09-15",
       "al-Busayrah", "Deir ez-Zor", "SY", "battle", "Islamic State", "Syrian Democratic Forces", 3, None, None, None,
       "A day earlier, assailants on motorbikes attacked an SDF checkpoint at the entrance to al-Busayrah. Two "
       "SDF fighters and one of the attackers were killed before the rest fled, the SDF said, blaming IS.",
       note="3 = 2 SDF + 1 attacker; blame not disputed"),
     E("SDF forces with coalition helicopters raided houses in Hajin and arrested six suspected IS members.",
       "2019-09-18", "‘On Wednesday’ before the Thursday 2019-09-19 dateline: Wednesday 2019-09-18",
       "Hajin", "Deir ez-Zor", "SY", "arrest", "Syrian Democratic Forces", "Islamic State", None, None, None, None,
       "On Wednesday, SDF forces backed by US-led coalition helicopters raided houses in Hajin and arrested six "
       "suspected IS members",
       arrested=6)],
    [F("killed", 79, "east of the Euphrates",
       "The SDF says at least 79 of its fighters have been killed in such attacks since March."),
     F("other", 68000, "al-Hol camp",
       "Al-Hol camp, in neighbouring Hasakah province, holds more than 68,000 people",
       note="camp population")])

# b15-29 Afghanistan 2020: Kabul; a killing the Taliban deny, an unclaimed sticky bomb, rockets claimed by IS a day later
doc("b15-29", "2020-12-16", "https://www.example-kabulledger.com/2020/12/16/kabul-prosecutor-killed-rockets",
    T("Kabul: prosecutor shot dead, bomb on minibus, rockets claimed by Islamic State",
      "KABUL, December 16 (Kabul Ledger) - A government prosecutor was shot dead as he left his home in the "
      "Khair Khana area of northern Kabul on Tuesday morning, police said, the latest in a wave of targeted "
      "killings in the Afghan capital.",
      "Two gunmen on a motorbike fired at Nasir Ahmad Sultani as he got into his car and then sped away, a "
      "police spokesman said. The Taliban denied involvement, and no other group has claimed the killing.",
      "On Monday, a magnetic bomb attached to a minibus carrying employees of the attorney general's office "
      "exploded in the Dasht-e Barchi area of western Kabul, killing three of them and wounding five. Nobody "
      "has said it planted the device.",
      "On Sunday morning, four rockets fired from a parked vehicle landed in residential streets near the "
      "Shahr-e Naw park, killing a street vendor and wounding three passers-by. The government blamed the "
      "Taliban, who denied it, and the Islamic State group claimed the attack a day later.",
      "\"We used to fear suicide bombers. Now we fear a man on a motorbike, a magnet under a car,\" said a "
      "colleague of the dead prosecutor, who asked not to be named. \"Every morning I check under my car "
      "before I go to work.\"",
      "According to Kabul police, 57 people have been killed in targeted attacks in the capital since the "
      "start of September, among them journalists, judges and civil servants.",
      "The killings have risen since the Taliban and the Afghan government began peace talks in Doha in "
      "September, talks that have made little progress on a ceasefire.",
      "Western diplomats say they fear the attacks are meant to silence the educated class that grew up in the "
      "past two decades, and to frighten people out of government jobs.",
      "The United States is due to withdraw its remaining troops by May under an agreement it signed with the "
      "Taliban in February."),
    [E("Two gunmen on a motorbike shot dead a government prosecutor outside his home in Khair Khana; the "
       "Taliban deny it, unclaimed.",
       "2020-12-15", "‘on Tuesday morning’ before the Wednesday 2020-12-16 dateline: Tuesday 2020-12-15",
       "Khair Khana", "Kabul", "AF", "other", "unknown", "civilians", 1, None, None, None,
       "A government prosecutor was shot dead as he left his home in the Khair Khana area of northern Kabul on "
       "Tuesday morning, police said [...] The Taliban denied involvement, and no other group has claimed the "
       "killing.",
       note="targeted killing; denied and unclaimed: unknown"),
     E("A magnetic bomb on a minibus of attorney general's office staff exploded in Dasht-e Barchi, killing "
       "three and wounding five; unclaimed.",
       "2020-12-14", "‘On Monday’ before the Wednesday 2020-12-16 dateline: Monday 2020-12-14",
       "Dasht-e Barchi", "Kabul", "AF", "explosion", "unknown", "civilians", 3, None, 5, None,
       "On Monday, a magnetic bomb attached to a minibus carrying employees of the attorney general's office "
       "exploded in the Dasht-e Barchi area of western Kabul, killing three of them and wounding five. Nobody "
       "has said it planted the device."),
     E("Four rockets fired from a parked vehicle hit streets near Shahr-e Naw park, killing a vendor and "
       "wounding three; claimed by IS a day later after the Taliban denied it.",
       "2020-12-13", "‘On Sunday morning’ before the Wednesday 2020-12-16 dateline: Sunday 2020-12-13",
       "Shahr-e Naw", "Kabul", "AF", "explosion", "Islamic State", "civilians", 1, None, 3, None,
       "On Sunday morning, four rockets fired from a parked vehicle landed in residential streets near the "
       "Shahr-e Naw park, killing a street vendor and wounding three passers-by. The government blamed the "
       "Taliban, who denied it, and the Islamic State group claimed the attack a day later.",
       note="the claimant, not the blamed side")],
    [F("killed", 57, "Kabul",
       "According to Kabul police, 57 people have been killed in targeted attacks in the capital since the "
       "start of September")])

# b15-30 Nigeria 2021: bandits in the northwest; a market massacre with two tolls, a mosque abduction, an air strike claim
doc("b15-30", "2021-08-12", "https://www.example-arewatimes.com/2021/08/12/sabon-birni-market-kanoma-mosque",
    T("Bandits kill traders in Sabon Birni market raid; worshippers abducted in Zamfara",
      "SOKOTO, August 12 (Arewa Times) - Gunmen on motorcycles stormed the weekly market in Sabon Birni on "
      "Monday afternoon and opened fire on traders and customers, residents said, in one of the deadliest "
      "attacks in Sokoto state this year.",
      "Police put the death toll at 15. Residents who helped bury the dead on Tuesday said they had counted 23 "
      "bodies, and that several people were still missing.",
      "The attackers, whom the police described as bandits, also took motorcycles, food and phones before "
      "riding off towards the forests on the border with Niger Republic.",
      "\"They were shooting at anybody who ran,\" said Bello Abubakar, a grain seller who hid under his stall. "
      "\"When they left, the market was full of bodies.\"",
      "In neighbouring Zamfara state, gunmen abducted 18 worshippers from a mosque in the village of Kanoma, "
      "in Maru local government area, during prayers late on Friday, a community leader said. A police "
      "spokesman confirmed the abduction but said 13 people had been taken.",
      "On Sunday, the air force said its jets had struck bandit hideouts in the Dumburum forest, in Zurmi local "
      "government area, and \"neutralised scores of bandits\". The claim could not be independently verified.",
      "Armed gangs, known locally as bandits, have killed thousands of people across the northwest in recent "
      "years, raiding villages, kidnapping for ransom and imposing levies on farmers.",
      "More than 1,000 students have been kidnapped from their schools in northern Nigeria since December, "
      "according to UNICEF, although most have since been released.",
      "The Sokoto state governor said on Wednesday that the state would recruit and arm 2,000 more vigilantes "
      "to guard markets and highways.",
      "Traders in Sabon Birni said the market would stay closed until the police set up a permanent post in the town."),
    [E("Bandits on motorcycles stormed the Sabon Birni weekly market and fired on traders; police say 15 "
       "dead, residents counted 23 bodies.",
       "2021-08-09", "‘on Monday afternoon’ before the Thursday 2021-08-12 dateline: Monday 2021-08-09",
       "Sabon Birni", "Sokoto", "NG", "attack_on_civilians", "bandits", "civilians", 15, 23, None, None,
       "Gunmen on motorcycles stormed the weekly market in Sabon Birni on Monday afternoon and opened fire on "
       "traders and customers [...] Police put the death toll at 15. Residents who helped bury the dead on "
       "Tuesday said they had counted 23 bodies [...] The attackers, whom the police described as bandits",
       note="conflicting tolls 15 (police) vs 23 (residents)"),
     E("Gunmen abducted worshippers from a mosque in Kanoma during prayers late on Friday (18 per a community "
       "leader, 13 per police).",
       "2021-08-06", "‘late on Friday’ before the Thursday 2021-08-12 dateline: Friday 2021-08-06",
       "Kanoma", "Zamfara", "NG", "other", "bandits", "civilians", None, None, None, None,
       "In neighbouring Zamfara state, gunmen abducted 18 worshippers from a mosque in the village of Kanoma, "
       "in Maru local government area, during prayers late on Friday, a community leader said.",
       note="abduction; 'gunmen' in a report on bandits"),
     E("Air force jets struck bandit hideouts in the Dumburum forest; 'scores' said neutralised, unverified.",
       None, "‘On Sunday, the air force said’: the day of the statement, the strike itself not dated",
       "Dumburum forest", "Zamfara", "NG", "explosion", "Nigerian security forces", "bandits", None, None, None, None,
       "On Sunday, the air force said its jets had struck bandit hideouts in the Dumburum forest, in Zurmi local "
       "government area, and \"neutralised scores of bandits\".",
       note="the striking side's own vague claim: no toll")],
    [F("other", 1000, "northern Nigeria",
       "More than 1,000 students have been kidnapped from their schools in northern Nigeria since December",
       note="students abducted")])

# b15-31 Somalia 2022: follow-up of a hotel bombing (revised toll) and an offensive retaking villages
doc("b15-31", "2022-09-29", "https://www.example-shabellemonitor.com/2022/09/29/beledweyne-hotel-toll-14",
    T("Beledweyne hotel bombing toll rises to 14 as army and clan militias retake villages",
      "BELEDWEYNE, September 29 (Shabelle Monitor) - The number of people killed in Saturday's suicide car "
      "bombing at a hotel in Beledweyne rose to 14 on Wednesday, among them two district commissioners, "
      "regional officials said.",
      "The car exploded at the gate of the hotel as elders from the clans of Hiraan region met inside to "
      "discuss the campaign against al-Shabaab. Initial reports had put the toll at nine. Thirty people were "
      "wounded, according to the regional hospital.",
      "Al-Shabaab said in a statement on its radio station that it had carried out the bombing, which it said "
      "had targeted \"apostate militias\".",
      "Hiraan has become the front line of a government offensive against the group, launched after clan "
      "militias known as Macawisley rose up against the militants in the summer.",
      "On Tuesday, government forces and the clan militias entered the village of Moqokori without a fight "
      "after al-Shabaab fighters withdrew overnight, a militia commander said.",
      "Two days earlier, the same forces took Buq Aqable after a morning of fighting in which four militia "
      "fighters were killed, the commander said. He did not say how many of the militants had died.",
      "\"The people are tired of paying taxes to al-Shabaab and giving them their sons,\" said Abdi Farah, an "
      "elder from a village near Moqokori. \"Now they are standing up.\"",
      "Residents of villages the group has abandoned accuse its fighters of destroying wells and bridges as "
      "they retreat, a tactic that has been reported across the region.",
      "The United Nations says more than one million Somalis have been displaced by drought this year, as the "
      "country faces its worst dry spell in four decades.",
      "Regional officials said the bombing would not stop the offensive, and that more clan militias had pledged to join it."),
    [E("Suicide car bomb at the gate of a Beledweyne hotel where clan elders met; toll revised from nine to "
       "14, 30 wounded; claimed by al-Shabaab.",
       "2022-09-24", "‘Saturday's suicide car bombing’ in a report dated Thursday 2022-09-29: Saturday 2022-09-24",
       "Beledweyne", "Hiraan", "SO", "explosion", "al-Shabaab", "civilians", 14, None, 30, None,
       "The number of people killed in Saturday's suicide car bombing at a hotel in Beledweyne rose to 14 on "
       "Wednesday, among them two district commissioners, regional officials said. [...] Initial reports had "
       "put the toll at nine. Thirty people were wounded, according to the regional hospital. [...] Al-Shabaab "
       "said in a statement on its radio station that it had carried out the bombing",
       note="revision 14 stands"),
     E("Government forces and Macawisley clan militias entered Moqokori without a fight after al-Shabaab withdrew.",
       "2022-09-27", "‘On Tuesday’ before the Thursday 2022-09-29 dateline: Tuesday 2022-09-27",
       "Moqokori", "Hiraan", "SO", "territory_gain", "Somali security forces", "al-Shabaab", None, None, None, None,
       "On Tuesday, government forces and the clan militias entered the village of Moqokori without a fight "
       "after al-Shabaab fighters withdrew overnight, a militia commander said."),
     E("The same forces took Buq Aqable after a morning of fighting; four militia fighters killed.",
       "2022-09-25", "‘Two days earlier’ than Tuesday 2022-09-27: Sunday 2022-09-25",
       "Buq Aqable", "Hiraan", "SO", "territory_gain", "Somali security forces", "al-Shabaab", 4, None, None, None,
       "Two days earlier, the same forces took Buq Aqable after a morning of fighting in which four militia "
       "fighters were killed, the commander said.",
       note="the militants' dead not counted by anyone")],
    [F("displaced", 1000000, "Somalia",
       "The United Nations says more than one million Somalis have been displaced by drought this year")])

# b15-32 South Sudan 2024: an aid appeal, no incident
doc("b15-32", "2024-03-07", "https://www.example-equatoriavoice.com/2024/03/07/renk-refugees-aid-appeal",
    T("Aid groups appeal for funds as Sudan's war pushes families into Renk",
      "RENK, March 7 (Equatoria Voice) - Nyabol Deng arrived at the transit centre in Renk in January with "
      "three children, two bags and a plastic jerrycan, after a journey of eleven days from Khartoum.",
      "She is one of more than 560,000 people who have crossed into South Sudan since war broke out in Sudan "
      "last April, most of them South Sudanese who had lived there for years, according to the UN refugee "
      "agency.",
      "The transit centre was built for 3,000 people. It now holds more than 12,000, sleeping under plastic "
      "sheets and in the classrooms of a school that has closed so they can stay.",
      "On Wednesday, a group of 14 aid agencies appealed for $270 million to feed and shelter the new arrivals "
      "until the end of the year, warning that the rainy season would soon cut the roads south from Renk.",
      "\"If we cannot move people before the rains, we will have a cholera outbreak in this camp,\" said Peter "
      "Lado, who coordinates health services for one of the agencies. \"We have seen it before.\"",
      "The agencies said they had received less than a tenth of the money they needed for the first three "
      "months of the year.",
      "Officials in Upper Nile state also fear that the fighting could spill over the border, and say armed "
      "men have been seen moving along the river north of Renk.",
      "Nyabol says she wants to go home to Malakal, where she was born, but has been told there is no work "
      "there and that the town's camp for displaced people is already full.",
      "\"In Khartoum I had a shop. Here I have a number on a card,\" she said.",
      "The agencies also asked the government to speed up the registration of new arrivals. Without papers, they said, families cannot receive food rations or travel on to other towns."),
    [],
    [F("other", 560000, "South Sudan",
       "She is one of more than 560,000 people who have crossed into South Sudan since war broke out in Sudan "
       "last April",
       note="arrivals from Sudan"),
     F("other", 12000, "Renk",
       "It now holds more than 12,000",
       note="transit centre population")])

# b15-33 Yemen 2015: Aden; shelling with 'dozens' wounded, a repelled advance counted in parts, coalition strikes without toll
doc("b15-33", "2015-05-14", "https://www.example-gulfwire.com/yemen/2015/05/14/aden-dar-saad-shelling",
    T("Aden: shelling kills 12 in Dar Saad as resistance fighters hold Crater",
      "ADEN, May 14 (Gulf Wire) - Twelve civilians, five of them children, were killed on Wednesday when shells "
      "fell on a street in the northern Aden district of Dar Saad where families were queueing for water, "
      "medics said.",
      "Local officials said the shells were fired by Houthi fighters and army units loyal to former president "
      "Ali Abdullah Saleh, who hold positions north of the district. The Houthis did not comment.",
      "Dozens of people were wounded and taken to hospitals that are already short of fuel and medicine.",
      "In the Crater district, local fighters of the Popular Resistance said they had beaten back a Houthi "
      "attempt to advance from the Aqaba pass on Monday. Five Houthi fighters and four resistance fighters were "
      "killed, a resistance commander said.",
      "Coalition jets struck Houthi positions around Aden's international airport in the Khor Maksar district "
      "late on Tuesday, residents said. There was no word on casualties.",
      "\"At night we hear the planes, in the day we hear the shells,\" said Abdullah, a 23-year-old engineering "
      "student who has not been to class since March. \"Between the two we try to find water.\"",
      "The World Health Organization says more than 1,400 people have been killed across Yemen since March 19, "
      "and nearly 6,000 wounded.",
      "Aid agencies have called for a humanitarian pause to allow fuel, food and medicine into the port, where "
      "ships have waited offshore for weeks.",
      "The coalition began its air campaign on March 26 after the Houthis advanced on Aden, where President "
      "Abd-Rabbu Mansour Hadi had taken refuge before leaving for Saudi Arabia.",
      "Fuel prices in the city have risen tenfold since the fighting began, residents said."),
    [E("Shells fired from Houthi and pro-Saleh positions hit a street in Dar Saad where families queued for "
       "water, killing 12 civilians; dozens wounded.",
       "2015-05-13", "‘on Wednesday’ before the Thursday 2015-05-14 dateline: Wednesday 2015-05-13",
       "Dar Saad", "Aden", "YE", "explosion", "Houthis", "civilians", 12, None, None, None,
       "Twelve civilians, five of them children, were killed on Wednesday when shells fell on a street in the "
       "northern Aden district of Dar Saad where families were queueing for water, medics said. [...] Local "
       "officials said the shells were fired by Houthi fighters and army units loyal to former president Ali "
       "Abdullah Saleh",
       note="'Dozens' wounded gives no count; Saleh's units are counted with the Houthis"),
     E("Popular Resistance fighters beat back a Houthi advance from the Aqaba pass into Crater; five Houthis "
       "and four resistance fighters killed.",
       "2015-05-11", "‘on Monday’ before the Thursday 2015-05-14 dateline: Monday 2015-05-11",
       "Crater", "Aden", "YE", "battle", "Houthis", "Yemeni government forces", 9, None, None, None,
       "In the Crater district, local fighters of the Popular Resistance said they had beaten back a Houthi "
       "attempt to advance from the Aqaba pass on Monday. Five Houthi fighters and four resistance fighters were "
       "killed, a resistance commander said.",
       note="9 = 5 + 4; the Popular Resistance counted with government forces"),
     E("Coalition jets struck Houthi positions around Aden airport in Khor Maksar; no word on casualties.",
       "2015-05-12", "‘late on Tuesday’ before the Thursday 2015-05-14 dateline: Tuesday 2015-05-12",
       "Khor Maksar", "Aden", "YE", "explosion", "Saudi-led coalition", "Houthis", None, None, None, None,
       "Coalition jets struck Houthi positions around Aden's international airport in the Khor Maksar district "
       "late on Tuesday, residents said.")],
    [F("killed", 1400, "Yemen",
       "The World Health Organization says more than 1,400 people have been killed across Yemen since March 19"),
     F("wounded", 6000, "Yemen",
       "and nearly 6,000 wounded")])

# b15-34 Myanmar 2024: no dateline; a town taken by an armed group, a market bombed, vague naval shelling
doc("b15-34", "2024-02-15", "https://www.example-ayeyarpost.com/2024/02/15/arakan-army-myebon-pauktaw-strike",
    T("Arakan Army says it has taken Myebon as junta strikes back from the air",
      "The Arakan Army said on Wednesday that its fighters had taken full control of Myebon, a coastal town in "
      "Myanmar's Rakhine state, on Tuesday after a siege of nearly three weeks, the latest in a string of towns "
      "to fall to the ethnic armed group since November.",
      "The group said it had captured the last army battalion headquarters in the town and seized weapons and "
      "ammunition. It said dozens of soldiers had surrendered, and published photographs of men in uniform "
      "sitting on the ground with their hands on their heads.",
      "The military government did not comment. Its spokesman has previously described the group's gains as "
      "temporary and promised to retake every town.",
      "On Monday, a military jet bombed the fish market in Pauktaw, a town the Arakan Army took in November, "
      "killing nine civilians and wounding 20, the group and local aid workers said.",
      "\"The market was the only place people could still earn money,\" said Ko Aung Naing, who sells dried "
      "fish there and was away collecting stock when the bomb fell. \"Now there is nothing.\"",
      "Residents said navy ships had also shelled villages along the coast near Myebon during the fighting, "
      "but the damage could not be assessed because phone lines have been cut.",
      "Since it ended an informal ceasefire in November, the Arakan Army has taken control of eight of "
      "Rakhine's 17 townships, according to its own statements.",
      "The United Nations says the fighting has driven more than 100,000 people from their homes in Rakhine "
      "and neighbouring southern Chin state since November.",
      "Aid groups say food prices in the state capital, Sittwe, have doubled since the roads and waterways into "
      "the city were closed, and that rice is running out in some villages.",
      "Analysts say the fall of Myebon leaves the military with only a handful of garrisons in the state. They include Sittwe and the port town of Kyaukphyu, where China is building a deep-sea port."),
    [E("The Arakan Army took full control of Myebon after a siege of nearly three weeks, capturing the last "
       "battalion headquarters.",
       "2024-02-13", "‘on Tuesday’ in a report dated Thursday 2024-02-15: Tuesday 2024-02-13",
       "Myebon", "Rakhine", "MM", "territory_gain", "Arakan Army", "Myanmar security forces", None, None, None, None,
       "The Arakan Army said on Wednesday that its fighters had taken full control of Myebon, a coastal town in "
       "Myanmar's Rakhine state, on Tuesday after a siege of nearly three weeks"),
     E("A military jet bombed the fish market in Pauktaw, killing nine civilians and wounding 20.",
       "2024-02-12", "‘On Monday’ in a report dated Thursday 2024-02-15: Monday 2024-02-12",
       "Pauktaw", "Rakhine", "MM", "explosion", "Myanmar security forces", "civilians", 9, None, 20, None,
       "On Monday, a military jet bombed the fish market in Pauktaw, a town the Arakan Army took in November, "
       "killing nine civilians and wounding 20, the group and local aid workers said."),
     E("Navy ships shelled coastal villages near Myebon during the fighting.",
       None, "‘during the fighting’ of the three-week siege: no day",
       "near Myebon", "Rakhine", "MM", "explosion", "Myanmar security forces", "civilians", None, None, None, None,
       "Residents said navy ships had also shelled villages along the coast near Myebon during the fighting",
       optional=True, note="villages not named, no day")],
    [F("districts_retaken", 8, "Rakhine",
       "the Arakan Army has taken control of eight of Rakhine's 17 townships, according to its own statements",
       note="townships taken by the armed group"),
     F("displaced", 100000, "Rakhine and southern Chin",
       "The United Nations says the fighting has driven more than 100,000 people from their homes in Rakhine "
       "and neighbouring southern Chin state since November.")])

# b15-35 Ukraine 2014: each side counts its own dead; an overnight shelling both sides blame on the other; a seized office
doc("b15-35", "2014-06-12", "https://www.example-dniprowire.com/2014/06/12/krasnyi-lyman-checkpoint-attack",
    T("Three soldiers killed as separatists attack checkpoint near Krasnyi Lyman",
      "KIEV, June 12 (Dnipro Wire) - Three Ukrainian soldiers were killed and seven wounded when pro-Russian "
      "separatists attacked a checkpoint near Krasnyi Lyman, in the Donetsk region, on Tuesday, the defence "
      "ministry said.",
      "The attackers used mortars and a captured armoured vehicle, and lost 11 men before retreating towards "
      "Sloviansk, the ministry said. A separatist commander told a Russian television channel that his men had "
      "lost only two fighters.",
      "In Sloviansk itself, two civilians were killed during the night to Thursday when mortar rounds hit "
      "houses in Semenivka, on the town's southern edge, local residents said. The separatists blamed the "
      "Ukrainian army, while the military said the separatists had fired on the area themselves.",
      "\"We have been living in the cellar for a month,\" said Lyudmila, a pensioner whose neighbour was among "
      "the dead. \"Nobody tells us who is shooting. We only hear it.\"",
      "On Monday, separatist fighters seized a military enlistment office in Luhansk after a gun battle that "
      "lasted several hours. One guard was killed, the regional administration said.",
      "Government forces have been trying since April to dislodge the separatists, who hold government "
      "buildings in more than a dozen towns in the Donetsk and Luhansk regions.",
      "The UN human rights office says at least 270 people were killed in the east between mid-April and "
      "early June, and about 15,000 people have fled the two regions, according to the UN refugee agency.",
      "President Petro Poroshenko, sworn in on Saturday, has promised to end the fighting within weeks and has "
      "offered an amnesty to fighters who lay down their arms.",
      "Residents of Krasnyi Lyman said the shops had been shut since Tuesday and that the town had no running water."),
    [E("Separatists attacked a checkpoint near Krasnyi Lyman; 3 soldiers killed and 7 wounded; the ministry "
       "says 11 attackers died, the separatists admit two.",
       "2014-06-10", "‘on Tuesday’ before the Thursday 2014-06-12 dateline: Tuesday 2014-06-10",
       "Krasnyi Lyman", "Donetsk", "UA", "battle", "pro-Russian separatists", "Ukrainian security forces", 5, 14, 7, None,
       "Three Ukrainian soldiers were killed and seven wounded when pro-Russian separatists attacked a "
       "checkpoint near Krasnyi Lyman, in the Donetsk region, on Tuesday, the defence ministry said. [...] The "
       "attackers used mortars and a captured armoured vehicle, and lost 11 men before retreating towards "
       "Sloviansk, the ministry said. A separatist commander told a Russian television channel that his men had "
       "lost only two fighters.",
       note="3 soldiers + attackers 2 (their own count) or 11 (the ministry's): 5 vs 14"),
     E("Mortar rounds hit houses in Semenivka on the edge of Sloviansk overnight, killing two civilians; each "
       "side blames the other.",
       "2014-06-11", "‘during the night to Thursday’: the first night, Wednesday 2014-06-11",
       "Semenivka", "Donetsk", "UA", "explosion", "unknown", "civilians", 2, None, None, None,
       "In Sloviansk itself, two civilians were killed during the night to Thursday when mortar rounds hit "
       "houses in Semenivka, on the town's southern edge, local residents said. The separatists blamed the "
       "Ukrainian army, while the military said the separatists had fired on the area themselves.",
       note="mutual accusations, no claim: unknown"),
     E("Separatist fighters seized a military enlistment office in Luhansk after a gun battle; one guard killed.",
       "2014-06-09", "‘On Monday’ before the Thursday 2014-06-12 dateline: Monday 2014-06-09",
       "Luhansk", "Luhansk", "UA", "battle", "pro-Russian separatists", "Ukrainian security forces", 1, None, None, None,
       "On Monday, separatist fighters seized a military enlistment office in Luhansk after a gun battle that "
       "lasted several hours. One guard was killed, the regional administration said.",
       note="a building, not territory: battle")],
    [F("killed", 270, "eastern Ukraine",
       "at least 270 people were killed in the east between mid-April and early June"),
     F("displaced", 15000, "Donetsk and Luhansk regions",
       "about 15,000 people have fled the two regions")])

# b15-36 DR Congo 2024: shells on a displacement camp each side blames on the other, a repelled attack, a village taken
doc("b15-36", "2024-05-23", "https://www.example-kivumorning.com/2024/05/23/lushagala-camp-shelling-sake",
    T("Shells hit Lushagala camp near Goma as fighting continues around Sake",
      "GOMA, May 23 (Kivu Morning) - Nine people, five of them children, were killed on Tuesday when shells fell "
      "on the Lushagala camp for displaced people on the western edge of Goma, the camp's committee said.",
      "Thirty-one people were wounded and taken to hospitals in the city, where doctors said several were in a "
      "critical condition.",
      "The army accused the M23 rebels, who hold the hills to the north-west of the city, of firing the "
      "shells. The M23 said the army and its allied militias had fired them to discredit the rebellion.",
      "\"We fled the fighting in Masisi to be safe here,\" said Esperance Furaha, 34, whose neighbour lost two "
      "daughters. \"Now the war has followed us into the camp.\"",
      "Fighting also continued around Sake, 25 km west of Goma, on Wednesday. An army officer said M23 fighters "
      "had attacked army positions on the hills above the town, and that three soldiers and five rebels were "
      "killed before the attack was repulsed.",
      "In Rutshuru territory, the M23 said it had taken control of the village of Kibirizi on Sunday after two "
      "days of clashes with the Wazalendo militias that fight alongside the army.",
      "Congo, the United Nations and Western governments say Rwanda backs the M23 with troops and weapons, which "
      "Kigali denies.",
      "More than 1.7 million people have been displaced in North Kivu since the M23 took up arms again in late "
      "2021, according to the UN, many of them now living in camps around Goma.",
      "Aid workers say the camps are overcrowded and short of water, and fear an outbreak of cholera as the "
      "population grows.",
      "The UN mission said its peacekeepers had stepped up patrols around the camps. Camp leaders said patrols could not stop shells."),
    [E("Shells fell on the Lushagala displacement camp at Goma's western edge, killing nine and wounding 31; "
       "army and M23 blame each other.",
       "2024-05-21", "‘on Tuesday’ before the Thursday 2024-05-23 dateline: Tuesday 2024-05-21",
       "Lushagala", "North Kivu", "CD", "explosion", "unknown", "civilians", 9, None, 31, None,
       "Nine people, five of them children, were killed on Tuesday when shells fell on the Lushagala camp for "
       "displaced people on the western edge of Goma, the camp's committee said. [...] Thirty-one people were "
       "wounded [...] The army accused the M23 rebels, who hold the hills to the north-west of the city, of "
       "firing the shells. The M23 said the army and its allied militias had fired them",
       note="mutual accusations, no claim: unknown"),
     E("M23 fighters attacked army positions on the hills above Sake and were repulsed; three soldiers and five "
       "rebels killed.",
       "2024-05-22", "‘on Wednesday’ before the Thursday 2024-05-23 dateline: Wednesday 2024-05-22",
       "Sake", "North Kivu", "CD", "battle", "M23", "Congolese security forces", 8, None, None, None,
       "Fighting also continued around Sake, 25 km west of Goma, on Wednesday. An army officer said M23 fighters "
       "had attacked army positions on the hills above the town, and that three soldiers and five rebels were "
       "killed before the attack was repulsed.",
       note="8 = 3 + 5"),
     E("The M23 took control of the village of Kibirizi after two days of clashes with Wazalendo militias.",
       "2024-05-19", "‘on Sunday’ before the Thursday 2024-05-23 dateline: Sunday 2024-05-19",
       "Kibirizi", "North Kivu", "CD", "territory_gain", "M23", "Wazalendo", None, None, None, None,
       "In Rutshuru territory, the M23 said it had taken control of the village of Kibirizi on Sunday after two "
       "days of clashes with the Wazalendo militias that fight alongside the army.")],
    [F("displaced", 1700000, "North Kivu",
       "More than 1.7 million people have been displaced in North Kivu since the M23 took up arms again in late "
       "2021")])


if __name__ == "__main__":
    n = check()
    write()
    print(f"make.py: all checks passed; {n} datelines; wrote docs.jsonl and gold.jsonl")
    stats()
