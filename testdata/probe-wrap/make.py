#!/usr/bin/env python3
"""Writes docs.jsonl and gold.jsonl: short reports of our own, each given unwrapped (a
control, one paragraph a line) and hard-wrapped in the ways real copy arrives (wire and
e-mail text wrapped at 70 columns with blank lines between paragraphs; PDF text wrapped at
58 columns with no blank lines and long words hyphenated across lines), plus reports laid
out by hand (headline, byline, dateline, photo caption, bullet lists, a line ending in a
colon, wraps before a name or a number, CRLF line ends). The gold is the shared corpus's
format (spec/EVENTS.md), scored by /work/shared/tools/score_events.py. Expectations were
written before the extractor was run; a wrapped copy expects exactly what its control
expects."""
import json, os, textwrap

def ev(place, typ, actor1, date, killed=None, wounded=None, actor2="", optional=False):
    e = {"summary": "", "date": date, "place": place, "admin": "", "country": "", "type": typ,
         "actor1": actor1, "actor2": actor2, "killed": killed, "killed_high": None,
         "wounded": wounded, "wounded_high": None, "evidence": ""}
    if optional:
        e["optional"] = True
    return e

BATTLE, BOMB, CIV = "battle", "explosion", "attack_on_civilians"

# Base reports: (id, published, paragraphs, events). Published 2024-03-12 is a Tuesday.
BASE = [
    ("B01", "2024-03-12", [
        "Boko Haram fighters attacked the village of Mafa in Borno state on Sunday night, killing eleven farmers and wounding four others, a local militia leader told reporters on Monday.",
        "The gunmen arrived on motorcycles and set fire to several houses before fleeing towards the Sambisa forest, residents said. Mafa has been attacked several times in the past two years.",
    ], [ev("Mafa", CIV, "Boko Haram", "2024-03-10", 11, 4)]),
    ("B02", "2024-03-12", [
        "A car bomb exploded near a police station in the Hodan district of Mogadishu on Monday, killing at least seven people and injuring 15 others, a police officer said.",
        "Al-Shabaab said in a statement broadcast by its radio station that its fighters had carried out the attack on the police station.",
    ], [ev("Mogadishu", BOMB, "al-Shabaab", "2024-03-11", 7, 15)]),
    ("B03", "2024-03-12", [
        "Taliban fighters ambushed a police convoy near the town of Khanabad in Kunduz province on Saturday, killing nine policemen, a spokesman for the provincial governor said.",
        "Three of the attackers were also killed in the gunfight that followed, he added. The convoy had been carrying supplies to a remote checkpoint.",
    ], [ev("Khanabad", BATTLE, "Taliban", "2024-03-09", 12)]),
    ("B04", "2024-03-12", [
        "Islamic State militants attacked an army checkpoint near the town of Tarmiyah, north of Baghdad, late on Sunday, killing four soldiers and wounding two, security sources said.",
        "Iraqi troops later searched the orchards around the town but made no arrests, the sources said.",
    ], [ev("Tarmiyah", BATTLE, "Islamic State", "2024-03-10", 4, 2)]),
    ("B05", "2024-03-12", [
        "Russian missiles struck an apartment block in the centre of Dnipro on Monday morning, killing six people, including a child, and wounding 22 others, the regional governor said.",
        "Rescue workers were still searching the rubble for survivors on Tuesday, he wrote on Telegram.",
    ], [ev("Dnipro", BOMB, "Russian armed forces", "2024-03-11", 6, 22)]),
    ("B06", "2024-03-12", [
        "Houthi fighters shelled a residential neighbourhood in the city of Taiz on Saturday, killing three children and wounding five other civilians, a local health official said.",
        "The shells landed near a school in the east of the city, which the Houthis have besieged for years, the official said.",
    ], [ev("Taiz", BOMB, "Houthis", "2024-03-09", 3, 5)]),
    ("B07", "2024-03-12", [
        "Suspected jihadists killed 14 civilians in an attack on a weekly market in the village of Boni in central Mali on Friday, a local official said on Sunday.",
        "Most of the victims were traders from neighbouring villages, the official said, asking not to be named.",
    ], [ev("Boni", CIV, "unknown", "2024-03-08", 14)]),
    ("B08", "2024-03-14", [
        "ADF rebels attacked a health centre in the town of Oicha in North Kivu province on Wednesday night, killing eight patients, a civil society leader said on Thursday.",
        "The rebels also burned two ambulances and looted the pharmacy before the army arrived, he said.",
    ], [ev("Oicha", CIV, "ADF", "2024-03-13", 8)]),
    ("B09", "2024-03-13", [
        "The paramilitary Rapid Support Forces shelled a camp for displaced people near El Fasher on Tuesday, killing 12 people and injuring 30, medics at a nearby hospital said.",
        "The camp shelters tens of thousands of people who fled earlier fighting in North Darfur.",
    ], [ev("El Fasher", BOMB, "Rapid Support Forces", "2024-03-12", 12, 30)]),
    ("B10", "2024-03-16", [
        "Gunmen killed five soldiers and two volunteer fighters in an ambush on a supply convoy near Djibo on Thursday, security sources said on Saturday.",
        "Several vehicles were destroyed and the convoy turned back to its base, one of the sources said.",
    ], [ev("Djibo", BATTLE, "unknown", "2024-03-14", 7)]),
    ("B11", "2024-03-12", [
        "A roadside bomb hit a bus carrying soldiers near the city of Palmyra on Sunday, killing five of them and wounding eight, state media reported.",
        "No group claimed responsibility for the blast, which took place on the road to Homs.",
    ], [ev("Palmyra", BOMB, "unknown", "2024-03-10", 5, 8)]),
    ("B12", "2024-03-12", [
        "A suicide bomber blew himself up outside a police station in the city of Bannu on Monday, killing four policemen and wounding 11 people, officials said.",
        "The bomber was on foot and detonated his vest when guards stopped him at the gate, a police officer said.",
    ], [ev("Bannu", BOMB, "unknown", "2024-03-11", 4, 11)]),
    ("B13", "2024-03-12", [
        "Separatist fighters attacked a gendarmerie post in the town of Bamenda on Saturday, killing two gendarmes, the army said in a statement on Monday.",
        "Soldiers pursued the attackers into nearby hills, the statement said.",
    ], [ev("Bamenda", BATTLE, "unknown", "2024-03-09", 2)]),
    ("B14", "2024-03-12", [
        "Military aircraft bombed a village near the town of Monywa in Sagaing region on Sunday, killing nine civilians, including three children, according to local resistance fighters.",
        "The strike destroyed a monastery where villagers had taken shelter, the fighters said.",
    ], [ev("Monywa", BOMB, "unknown", "2024-03-10", 9)]),
    ("B15", "2024-03-12", [
        "A bomb hidden in a motorcycle exploded outside a military base in the town of Jamundi on Monday, wounding six soldiers and a civilian, the army said.",
        "The army blamed dissidents of the former FARC rebel group, who operate in the mountains above the town.",
    ], [ev("Jamundi", BOMB, "FARC dissidents", "2024-03-11", None, 7)]),
    ("B16", "2024-03-12", [
        "Insurgents beheaded four villagers in an attack on the village of Nangade in Cabo Delgado province on Friday, a local source said.",
        "Hundreds of families fled towards the district capital after the attack, the source said.",
    ], [ev("Nangade", CIV, "unknown", "2024-03-08", 4)]),
    ("B17", "2024-03-12", [
        "Fano militiamen clashed with federal troops in the town of Debre Tabor in the Amhara region on Saturday, leaving at least 16 people dead, residents said.",
        "Shops and banks in the town stayed closed on Monday, the residents said.",
    ], [ev("Debre Tabor", BATTLE, "Fano", "2024-03-09", 16)]),
    ("B18", "2024-03-12", [
        "Gunmen shot dead a tribal leader in the town of Baiji on Monday, one day after a bomb attack on a market in the same town killed three shoppers, police said.",
        "The tribal leader had been a critic of the militants, the police said.",
    ], [ev("Baiji", CIV, "unknown", "2024-03-11", 1), ev("Baiji", BOMB, "unknown", "2024-03-10", 3)]),
]


def wire(paras, width=70):
    """Wire and e-mail copy: each paragraph wrapped, a blank line between paragraphs."""
    return "\n\n".join(textwrap.fill(p, width=width) for p in paras)


def pdf(paras, width=58):
    """PDF text: every paragraph wrapped with no blank line between them; a long word that
    does not fit is hyphenated across the line."""
    out = []
    for p in paras:
        line = ""
        for w in p.split():
            if not line:
                line = w
            elif len(line) + 1 + len(w) <= width:
                line += " " + w
            else:
                room = width - len(line) - 2
                if len(w) >= 9 and w.isalpha() and room >= 4:
                    out.append(line + " " + w[:room] + "-")
                    line = w[room:]
                else:
                    out.append(line)
                    line = w
        out.append(line)
    return "\n".join(out)


# Reports laid out by hand: (id, published, text, events).
HAND = [
    # headline, byline and dateline lines, body wrapped, a photo caption with its own date
    ("H01", "2024-03-12", """Gunmen kill seven at Plateau farming village
By Musa Ibrahim
JOS, Nigeria

Gunmen killed seven people in an overnight raid on the farming village
of Mangu Halle in Plateau state, a local leader said on Monday, the
latest in a string of attacks on farming communities in the area.

The attackers also burned more than 20 houses, Mangu youth leader
Daniel Bulus told reporters.

Photo: Residents inspect burned houses in Mangu Halle, March 11, 2024.
Editing by Tom Reeve""", [ev("Mangu Halle", CIV, "unknown", "2024-03-11", 7)]),
    # bullet items wrapped, with no full stop at their ends
    ("H02", "2024-03-12", """Security incidents reported on Monday, March 11:

- In Gao, gunmen on motorcycles shot dead three traders on the road
  to Ansongo
- In Menaka, a landmine hit a truck and wounded four passengers
- In Kidal, no incident was reported
""", [ev("Gao", CIV, "unknown", "2024-03-11", 3), ev("Menaka", BOMB, "unknown", "2024-03-11", None, 4)]),
    # a short title line followed at once by a capitalised line; the body wrapped
    ("H03", "2024-03-12", """Drone strike in Kherson
Ukrainian officials said on Tuesday that a Russian drone dropped an
explosive on a bus stop in Kherson on Monday afternoon, killing two
women and wounding a man who was waiting for a bus.""",
     [ev("Kherson", BOMB, "Russian armed forces", "2024-03-11", 2, 1)]),
    # a line ending in a colon introduces a quotation
    ("H04", "2024-03-12", """The army said in a statement on Monday:
"Our troops repelled an attack by Boko Haram terrorists on a base in
Damasak on Sunday, killing 12 of the attackers. Two soldiers were
wounded in the fighting." """,
     [ev("Damasak", BATTLE, "Boko Haram", "2024-03-10", 12, 2)]),
    # wraps before a proper name, before a number, and inside "one day after"
    ("H05", "2024-03-12", """A roadside bomb struck a minibus near the town of
Baidoa on Saturday, killing
12 passengers and wounding three, said police officer Abdi
Hassan. The blast came one day
after the army launched an offensive against al-Shabaab in the
surrounding villages.""",
     [ev("Baidoa", BOMB, "unknown", "2024-03-09", 12, 3)]),
    # CRLF line ends in wire copy
    ("H06", "2024-03-12", "MOGADISHU, March 11 (Reuters) - Al-Shabaab militants stormed a\r\nhotel in the town of Beledweyne on Monday, killing five guests and\r\ntwo guards before security forces ended the siege, a police\r\nofficer said.\r\n",
     [ev("Beledweyne", CIV, "al-Shabaab", "2024-03-11", 7)]),
    # words hyphenated across lines, a wrap after a comma before a capitalised name
    ("H07", "2024-03-12", """Pro-government militiamen and fighters of the Islamic State clashed on
Sunday near the village of Hajin, in the eastern province of Deir
ez-Zor, leaving eleven fighters dead, a war monitor said. The monitor
said the clashes were among the heaviest in the area this year and
that the govern-
ment forces had sent reinforcements from Mayadin.""",
     [ev("Hajin", BATTLE, "unknown", "2024-03-10", 11)]),
    # two headlines (no full stop) above an unwrapped body: each line ends there
    ("H08", "2024-03-12", """Attack on Kabul checkpoint
Taliban deny involvement
A bomb exploded at a police checkpoint in the west of Kabul on Monday, killing three policemen, the interior ministry said. The Taliban denied any role in the attack.""",
     [ev("Kabul", BOMB, "unknown", "2024-03-11", 3)]),
    # a list of figures, one a line, under a line ending in a colon (no incident of its own)
    ("H09", "2024-03-12", """Casualties of the week, according to the health ministry:
Killed 40
Wounded 112
Missing 9

In the latest incident, an air strike hit a house in the town of Rafah
on Monday night, killing five members of one family, medics said.""",
     [ev("Rafah", BOMB, "unknown", "2024-03-11", 5)]),
    # a wrapped line that ends with a name, the next opening with a capitalised name
    ("H10", "2024-03-12", """Fighters of the Islamic State West Africa Province attacked the town of
Monguno on Sunday and killed six soldiers, the military spokesman Onyema
Nwachukwu said on Monday in a statement about the attack on the
Monguno base, adding that troops killed 20 of the militants.""",
     [ev("Monguno", BATTLE, "Boko Haram", "2024-03-10", 26)]),
    # no publication date: a caption wrapped over two lines, its credit on the second, dates
    # the report, and its first line is no sentence of the story
    ("H11", None, """Clashes near Kismayo

Al-Shabaab fighters attacked an army base near the port city of Kismayo on Sunday,
killing four soldiers, a regional official said.

Troops patrol the road outside Kismayo on March 11, 2024, a day after an attack that
left several of their comrades dead. (Reuters/Abdi Warsame)

The army said it had pushed the attackers back into the forest.""",
     [ev("Kismayo", BATTLE, "al-Shabaab", "2024-03-10", 4)]),
    # a "Photo:" caption wrapped over two lines tells a toll of its own: no second event
    ("H12", "2024-03-12", """Gunmen attacked a wedding party in the village of Kauran Namoda on Monday night,
killing nine guests, police said on Tuesday.

Photo: Relatives mourn at a funeral in Kauran Namoda after a raid that killed
nine people at a wedding.""",
     [ev("Kauran Namoda", CIV, "unknown", "2024-03-11", 9)]),
]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    docs, gold = [], []
    for bid, pub, paras, events in BASE:
        for style, text in (("c", "\n".join(paras)), ("w", wire(paras)), ("p", pdf(paras))):
            rid = bid + style
            docs.append({"id": rid, "published": pub, "text": text})
            gold.append({"id": rid, "published": pub, "events": events, "figures": []})
    for hid, pub, text, events in HAND:
        d = {"id": hid, "text": text}
        if pub:
            d["published"] = pub
        docs.append(d)
        gold.append({"id": hid, "published": pub, "events": events, "figures": []})
    with open(os.path.join(here, "docs.jsonl"), "w") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "gold.jsonl"), "w") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
