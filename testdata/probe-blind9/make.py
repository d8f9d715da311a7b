#!/usr/bin/env python3
"""probe-blind9: hand-written reports (invented incidents in real places) with gold.

Run: python3 make.py   -> writes docs.jsonl and gold.jsonl beside this file, after checking
that every evidence piece is verbatim in its text, no event date is after publication, weekday
words agree with dates, and types come from the gold schema.
"""
import datetime as dt
import json
import os
import re
import sys

TYPES = {"explosion", "battle", "territory_gain", "attack_on_civilians", "arrest", "other"}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
DOCS = []


def E(summary, date, date_note, place, admin, country, typ, a1, a2, killed, killed_high,
      wounded, wounded_high, evidence, note=None, optional=False, **extra):
    e = {"summary": summary, "date": date, "date_note": date_note, "place": place,
         "admin": admin, "country": country, "type": typ, "actor1": a1, "actor2": a2,
         "killed": killed, "killed_high": killed_high, "wounded": wounded,
         "wounded_high": wounded_high, "evidence": evidence}
    if note:
        e["note"] = note
    e.update(extra)
    if optional:
        e["optional"] = True
    return e


def D(id, published, url, outlet, kind, text, events, figures=None):
    DOCS.append({"id": id, "published": published, "url": url, "outlet": outlet,
                 "kind": kind, "text": text.strip("\n"), "events": events,
                 "figures": figures or []})


def check():
    errs = []
    seen = set()
    for d in DOCS:
        if d["id"] in seen:
            errs.append(f"{d['id']}: duplicate id")
        seen.add(d["id"])
        t = d["text"]
        pub = dt.date.fromisoformat(d["published"]) if d["published"] else None
        # weekday + date written in the text ("Tuesday, 17 November 2026" / "Tuesday, November 17, 2026")
        for m in re.finditer(r"(%s),? (\d{1,2}) (%s),? (\d{4})" % ("|".join(WEEKDAYS), "|".join(MONTHS)), t):
            day = dt.date(int(m.group(4)), MONTHS.index(m.group(3)) + 1, int(m.group(2)))
            if WEEKDAYS[day.weekday()] != m.group(1):
                errs.append(f"{d['id']}: text says {m.group(0)} but it is a {WEEKDAYS[day.weekday()]}")
        for m in re.finditer(r"(%s),? (%s) (\d{1,2}),? (\d{4})" % ("|".join(WEEKDAYS), "|".join(MONTHS)), t):
            day = dt.date(int(m.group(4)), MONTHS.index(m.group(2)) + 1, int(m.group(3)))
            if WEEKDAYS[day.weekday()] != m.group(1):
                errs.append(f"{d['id']}: text says {m.group(0)} but it is a {WEEKDAYS[day.weekday()]}")
        n = len(re.findall(r"[.!?](\s|$)", t))
        if n < 8 or n > 25:
            errs.append(f"{d['id']}: {n} sentences")
        # wire dateline "PLACE, Oct 4 (Outlet)" must be the publication day
        ab = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]
        m = re.search(r"\b(%s) (\d{1,2}) \(" % "|".join(ab), t)
        if m and pub and (ab.index(m.group(1)) + 1, int(m.group(2))) != (pub.month, pub.day):
            errs.append(f"{d['id']}: dateline {m.group(0)} is not the publication day {pub}")
        for j, f in enumerate(d["figures"]):
            for piece in f["evidence"].split(" [...] "):
                if piece not in t:
                    errs.append(f"{d['id']} figure {j}: evidence not in text: {piece[:70]!r}")
        for i, e in enumerate(d["events"]):
            where = f"{d['id']}#{i}"
            if e["type"] not in TYPES:
                errs.append(f"{where}: bad type {e['type']}")
            for piece in e["evidence"].split(" [...] "):
                if piece not in t:
                    errs.append(f"{where}: evidence not in text: {piece[:70]!r}")
            for lo, hi in (("killed", "killed_high"), ("wounded", "wounded_high")):
                if e[hi] is not None and (e[lo] is None or e[hi] < e[lo]):
                    errs.append(f"{where}: {hi} < {lo}")
            if e["date"]:
                day = dt.date.fromisoformat(e["date"])
                if pub and day > pub:
                    errs.append(f"{where}: date {day} after publication {pub}")
                m = re.search("|".join(WEEKDAYS), e["date_note"])
                if m and m.group(0) != WEEKDAYS[day.weekday()]:
                    errs.append(f"{where}: note names {m.group(0)}, {day} is a {WEEKDAYS[day.weekday()]}")
    return errs


def main():
    errs = check()
    if errs:
        print("\n".join(errs), file=sys.stderr)
        sys.exit(1)
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "docs.jsonl"), "w", encoding="utf-8") as f:
        for d in DOCS:
            doc = {"id": d["id"], "text": d["text"], "url": d["url"], "published": d["published"]}
            if d["outlet"]:
                doc["outlet"] = d["outlet"]
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "gold.jsonl"), "w", encoding="utf-8") as f:
        for d in DOCS:
            g = {"id": d["id"], "url": d["url"], "published": d["published"],
                 "events": d["events"], "figures": d["figures"]}
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    ev = sum(len(d["events"]) for d in DOCS)
    opt = sum(1 for d in DOCS for e in d["events"] if e.get("optional"))
    empty = sum(1 for d in DOCS if not d["events"])
    print(f"{len(DOCS)} reports, {empty} without events, {ev} events ({opt} optional)")


# ---------------------------------------------------------------- reports
# ---- no new incident (b9-01..06)
D("b9-01", "2018-04-24", "https://www.example-mesowire.com/2018/04/24/court-khalis-market-bombing", "Mesopotamia Wire", "court", """
Baghdad court sentences four to death over 2015 Khalis market bombing

BAGHDAD, April 24 (Mesopotamia Wire) - The Central Criminal Court in Baghdad on Tuesday sentenced four men to death by hanging for their role in the bombing of a vegetable market in Khalis, in Diyala province, nearly three years ago.
A fifth defendant, a 19-year-old who drove one of the men to the market on the morning of the attack, was given 15 years in prison.
The explosion, in July 2015, killed 38 people, many of them women shopping before the Eid holiday, and wounded more than 90.
The Islamic State group said at the time that one of its members had carried it out.
"The evidence against them was overwhelming, including their own confessions and the phone records," a spokesman for the Supreme Judicial Council, Abdul-Sattar Bayraqdar, told reporters outside the courtroom.
Defence lawyers said the confessions had been obtained under duress and that they would appeal.
Relatives of the victims, some holding framed photographs, chanted outside the court as the verdict was read.
"Three years I have waited for this day, and it does not bring my son back," said Umm Haider, whose 22-year-old son sold tomatoes at the market.
Iraq has tried thousands of suspected Islamic State members since 2017, and rights groups have criticised the speed of the hearings, some of which last only a few minutes.
The court said the men had been arrested in a series of raids in Baquba and its outskirts in late 2016.
Diyala, which borders Iran, has been relatively calm since the militants were driven out of its northern districts in 2015, although sleeper cells remain active in the orchards along the Diyala river.
""", [])

D("b9-02", "2018-12-11", "https://www.example-euphratespress.org/2018/12/11/appeal-hajin-displaced", "Euphrates Press", "aid appeal", """
Aid groups appeal for winter help as thousands flee fighting near Hajin

AL-HOL, Syria, Dec 11 (Euphrates Press) - Relief agencies on Tuesday appealed for urgent funding to shelter families arriving at camps in northeastern Syria from the last pocket held by the Islamic State group along the Euphrates.
About 7,000 people have reached al-Hol camp in Hasaka province since the start of November, most of them women and children, according to a coordinator for a coalition of local charities.
"They arrive at night, after walking for hours in the cold, with nothing but the clothes they wear," the coordinator, Hevi Mustafa, said by telephone.
The camp, built for far fewer people, now holds more than 12,000 residents, she said.
Tents are being flooded by the first winter rains, and there are not enough blankets or heaters for the new arrivals.
The appeal asks donors for 18 million dollars to cover the next three months.
Doctors at the camp's two clinics said they were treating dozens of children a day for diarrhoea and chest infections.
The Syrian Democratic Forces, backed by the US-led coalition, have been trying since September to capture the pocket around the town of Hajin, in the far east of Deir ez-Zor province.
The fighting has driven families out of villages such as Sousa and al-Shaafa, and many say they paid smugglers to get through the front lines.
A spokesman for the camp administration said the security screening of the men who arrive was slowing down the delivery of aid.
The World Food Programme said it had delivered rations for 10,000 people last month and would send more this week.
""", [], [
    {"what": "displaced", "value": 7000, "place": "al-Hol camp", "evidence": "About 7,000 people have reached al-Hol camp in Hasaka province since the start of November, most of them women and children, according to a coordinator for a coalition of local charities."},
    {"what": "displaced", "value": 12000, "place": "al-Hol camp", "evidence": "The camp, built for far fewer people, now holds more than 12,000 residents, she said."},
])

D("b9-03", "2019-02-19", "https://www.example-tigrisnews.com/2019/02/19/mosul-oud-player-funeral", "Tigris News Agency", "funeral", """
Mosul buries its best-known oud player, who hid his instrument from the militants

MOSUL, Iraq, Tuesday, 19 February 2019: Hundreds of people walked behind the coffin of the oud player Younis al-Hamdani through the old streets of eastern Mosul on Tuesday, a day after he died of heart failure at the age of 71.
Mourners carried copies of his records and some played his songs from their phones as the procession passed the university, where he taught for three decades.
During the three years that the Islamic State group ruled the city, al-Hamdani buried his oud in a plastic sack beneath the floor of his kitchen, his son said.
The militants banned music and smashed instruments in public, and a neighbour of his was flogged for keeping cassettes.
"He told us that the day the city was free he would dig it up and play in the street, and he did," said the son, Omar.
After the battle for Mosul ended in 2017, al-Hamdani gave free lessons to children in a tent near the ruined old city on the western bank.
The head of the city's artists' union said he would ask the governor to name a street after him.
"He was the memory of Mosul's music," the union official said.
He was buried in the family plot in the al-Zuhour cemetery.
He leaves his wife, four sons and a daughter.
""", [])

D("b9-04", "2016-02-16", "https://www.example-baghdadpost.net/2016/02/16/parliament-peshmerga-salaries", "Baghdad Daily Post", "policy", """
Parliament deadlocked over Peshmerga salaries as budget crisis bites

BAGHDAD, Feb 16 (Baghdad Daily Post) - Iraq's parliament ended a session on Tuesday without agreeing on whether the federal budget should pay the salaries of the Kurdish Peshmerga, the latest dispute between Baghdad and Erbil as oil prices stay low.
Kurdish lawmakers walked out after the speaker refused to put their amendment to a vote.
The Kurdistan Regional Government says it has not been able to pay its fighters for four months and that the Peshmerga are holding a front line of more than 1,000 kilometres against the Islamic State group.
"Our men are standing in the trenches without pay while Baghdad argues about numbers," said a Kurdish lawmaker, Sherwan Rashid.
Lawmakers from the State of Law bloc said the region must first hand over the revenue from the oil it sells through Turkey.
The finance ministry has warned that the 2016 budget assumes an oil price far above what Iraq is now getting.
Several ministries have already delayed salaries for public employees, and protests over unpaid wages have spread in the south.
A committee of the two sides is due to meet in Erbil next week.
Analysts say the dispute could weaken cooperation ahead of a planned offensive on Mosul, which the militants have held since June 2014.
The US-led coalition has offered to pay some of the cost of equipping Peshmerga brigades, but not their salaries.
""", [], [
    {"what": "other", "value": 1000, "place": "Peshmerga front line", "evidence": "The Kurdistan Regional Government says it has not been able to pay its fighters for four months and that the Peshmerga are holding a front line of more than 1,000 kilometres against the Islamic State group.", "note": "front line length in km"},
])

D("b9-05", "2017-02-07", "https://www.example-mesowire.com/2017/02/07/un-january-casualty-figures", "Mesopotamia Wire", "statistics", """
UN says 382 Iraqi civilians killed in January, fewer than in December

BAGHDAD, Feb 7 (Mesopotamia Wire) - At least 382 Iraqi civilians were killed and 617 wounded in acts of terrorism, violence and armed conflict in January, the United Nations mission in Iraq said on Tuesday.
The figure is lower than December's, when the mission counted 456 civilians killed.
Nineveh province, where Iraqi forces are fighting to drive the Islamic State group out of Mosul, was the worst affected, with 197 civilians killed.
Baghdad came next, with 109 civilians killed and 301 wounded, most of them in car bombings in markets and at checkpoints.
The mission said its figures did not include members of the Iraqi security forces, the Peshmerga or the Popular Mobilization Forces.
It also said the numbers should be seen as the absolute minimum, because it had not been able to verify many reports from areas of active fighting.
"Civilians continue to bear the brunt of this conflict," the mission's deputy head said in the statement.
The health department of Anbar province did not provide figures for the month, the statement added.
Iraqi officials have in the past accused the United Nations of exaggerating tolls, while rights groups say the real numbers are far higher.
The mission urged all sides to protect civilians as the offensive moves to the western half of Mosul.
""", [], [
    {"what": "killed", "value": 382, "place": "Iraq", "evidence": "At least 382 Iraqi civilians were killed and 617 wounded in acts of terrorism, violence and armed conflict in January, the United Nations mission in Iraq said on Tuesday."},
    {"what": "wounded", "value": 617, "place": "Iraq", "evidence": "At least 382 Iraqi civilians were killed and 617 wounded in acts of terrorism, violence and armed conflict in January, the United Nations mission in Iraq said on Tuesday."},
    {"what": "killed", "value": 456, "place": "Iraq", "evidence": "The figure is lower than December's, when the mission counted 456 civilians killed."},
    {"what": "killed", "value": 197, "place": "Nineveh", "evidence": "Nineveh province, where Iraqi forces are fighting to drive the Islamic State group out of Mosul, was the worst affected, with 197 civilians killed."},
    {"what": "killed", "value": 109, "place": "Baghdad", "evidence": "Baghdad came next, with 109 civilians killed and 301 wounded, most of them in car bombings in markets and at checkpoints."},
])

D("b9-06", "2019-07-16", "https://www.example-levantmonitor.org/2019/07/16/hamrin-sleeper-cells-analysis", "Levant Monitor", "analysis", """
ANALYSIS: In the Hamrin hills, Islamic State remnants learn to survive

KIRKUK, Iraq, July 16 (Levant Monitor) - Eighteen months after Iraq declared victory over the Islamic State group, its remaining fighters have settled into a pattern that officers in Kirkuk, Salahuddin and Diyala describe with a single word: patience.
They move in groups of five to ten, sleep in caves in the Hamrin range and come down at night to collect money from shepherds and contractors.
An intelligence officer in Tuz Khurmatu estimated that between 300 and 500 fighters are active across the three provinces.
"They are not trying to hold ground anymore, they want to show that the state cannot protect the villages," he said.
The hills run for about 100 kilometres and are crossed by dry riverbeds that vehicles cannot follow.
The boundary between federal forces and the Peshmerga, drawn after the Kurdish independence referendum of 2017, runs through the area and leaves gaps that neither side patrols.
Villagers say they are caught between the militants and the security forces, who suspect them of feeding the fighters.
"At night they come, in the morning the army comes, and both ask us the same questions," said a farmer from a village near the Hamrin dam.
The US-led coalition has carried out airstrikes on caves in the range this year, but officers say the cells regroup quickly.
Some Iraqi commanders want a permanent joint force with the Peshmerga, an idea that politicians in Baghdad and Erbil have discussed but never agreed.
Until then, one officer said, the hills will remain "a school for the next generation of Daesh".
""", [], [
    {"what": "fighters", "value": 300, "place": "Kirkuk, Salahuddin and Diyala", "evidence": "An intelligence officer in Tuz Khurmatu estimated that between 300 and 500 fighters are active across the three provinces.", "note": "range 300-500"},
])

# ---- daily round-ups (b9-07..20)
D("b9-07", "2016-05-12", "https://www.example-mesowire.com/2016/05/12/iraq-security-roundup", "Mesopotamia Wire", "round-up", """
Iraq security round-up: bomb in Dora market, checkpoint attacked in Abu Ghraib, attack repelled in Mutaibija

BAGHDAD, May 12 (Mesopotamia Wire) - The following are security incidents reported in Iraq on Thursday, according to police and military sources.
BAGHDAD - A roadside bomb went off near a row of vegetable stalls in the al-Dora district, in the south of the capital, on Thursday morning, killing three civilians and wounding 11 others, a police source said.
ABU GHRAIB - Gunmen in a speeding car opened fire on an army checkpoint in Abu Ghraib, west of Baghdad, late on Wednesday, killing one soldier and wounding two, security sources said.
The attackers escaped towards the farmlands north of the town, the sources added.
MUQDADIYA - A mortar round fell on a house in the village of Sudoor, near Muqdadiya, 45 km (28 miles) northeast of Baquba, on Thursday afternoon, killing a woman and her two children, a police source in Diyala told Mesopotamia Wire.
Nobody claimed the shelling, which came from an orchard area where militants have been hiding since last year.
SAMARRA - Iraqi troops and Popular Mobilization fighters repelled an overnight attack by Islamic State militants on their positions in the Mutaibija area, east of Samarra, a military statement said.
Nine militants were killed in the fighting, which lasted until dawn, while two Popular Mobilization fighters were killed and four were wounded, a source in the Salahuddin Operations Command said.
The Mutaibija basin, a stretch of orchards and dry valleys between Salahuddin and Diyala, has long been used by the militants to stage attacks.
Iraqi forces are preparing for an offensive on Falluja, the Islamic State group's last major stronghold near Baghdad.
""", [
    E("Roadside bomb near vegetable stalls in al-Dora, Baghdad: 3 civilians killed, 11 wounded.",
      "2016-05-12", "'on Thursday morning' in a Thursday 12 May 2016 round-up", "al-Dora", "Baghdad", "IQ", "explosion",
      "unknown", "civilians", 3, None, 11, None,
      "BAGHDAD - A roadside bomb went off near a row of vegetable stalls in the al-Dora district, in the south of the capital, on Thursday morning, killing three civilians and wounding 11 others, a police source said."),
    E("Gunmen in a car fired on an army checkpoint in Abu Ghraib: 1 soldier killed, 2 wounded.",
      "2016-05-11", "'late on Wednesday' in a Thursday 12 May 2016 round-up", "Abu Ghraib", "Baghdad", "IQ", "battle",
      "militants (unidentified)", "Iraqi Security Forces", 1, None, 2, None,
      "ABU GHRAIB - Gunmen in a speeding car opened fire on an army checkpoint in Abu Ghraib, west of Baghdad, late on Wednesday, killing one soldier and wounding two, security sources said."),
    E("Mortar round on a house in Sudoor village near Muqdadiya: a woman and two children killed.",
      "2016-05-12", "'on Thursday afternoon' in a Thursday 12 May 2016 round-up", "Sudoor", "Diyala", "IQ", "explosion",
      "unknown", "civilians", 3, None, None, None,
      "MUQDADIYA - A mortar round fell on a house in the village of Sudoor, near Muqdadiya, 45 km (28 miles) northeast of Baquba, on Thursday afternoon, killing a woman and her two children, a police source in Diyala told Mesopotamia Wire. [...] Nobody claimed the shelling, which came from an orchard area where militants have been hiding since last year.",
      note="mortar from an area where militants hide, but nobody claimed or is blamed: unknown"),
    E("Islamic State attack on army and PMF positions in Mutaibija repelled: 9 militants and 2 PMF fighters killed, 4 wounded.",
      "2016-05-11", "night of Wednesday 11 May (first night) for an 'overnight' attack in a Thursday 12 May 2016 round-up", "Mutaibija", "Salahuddin", "IQ", "battle",
      "Islamic State", "Iraqi Security Forces", 11, None, 4, None,
      "SAMARRA - Iraqi troops and Popular Mobilization fighters repelled an overnight attack by Islamic State militants on their positions in the Mutaibija area, east of Samarra, a military statement said. [...] Nine militants were killed in the fighting, which lasted until dawn, while two Popular Mobilization fighters were killed and four were wounded, a source in the Salahuddin Operations Command said.",
      note="9 militants + 2 PMF = 11; actor2 the troops and PMF who were attacked (army named first)"),
])

D("b9-08", "2018-03-08", "https://www.example-levantmonitor.org/2018/03/08/syria-daily-toll", "Levant Monitor", "round-up", """
Syria: strikes kill seven in Maarat al-Numan, jihadists and troops fight in Deir ez-Zor desert

BEIRUT, March 8 (Levant Monitor) - Government warplanes struck a residential area of Maarat al-Numan, in the south of Idlib province, on Thursday, killing seven civilians including two children, the Syrian Observatory for Human Rights said.
The Britain-based monitor, which relies on a network of sources on the ground, said at least 15 people were wounded in the raids and that the toll could rise.
Rescue workers pulled a girl alive from the rubble of a three-storey building, a local activist told Levant Monitor.
In northern Hama, rocket fire on the Christian town of Mhardeh killed a man and wounded four people on Wednesday, the official news agency SANA said.
The agency blamed "terrorist groups" positioned in the nearby villages, a term the government uses for the rebel factions that hold the area.
In Daraa province, unidentified gunmen shot dead a member of the local council of the town of Jasim as he left a mosque on Wednesday night, activists said.
No group said it was behind the killing, the third of its kind in the town this year.
In the desert east of Deir ez-Zor, fighting broke out at dawn on Thursday when Islamic State fighters attacked government positions near the town of al-Mayadin, the Observatory said.
At least 11 members of the government forces and allied militias and six jihadists were killed, it said.
The Islamic State group lost al-Mayadin to government forces in October but keeps pockets in the desert on both banks of the Euphrates.
The Observatory says more than 500,000 people have been killed in Syria since the conflict began in March 2011.
""", [
    E("Government airstrikes on a residential area of Maarat al-Numan: 7 civilians killed including 2 children, 15 wounded.",
      "2018-03-08", "'on Thursday' in a Thursday 8 March 2018 report", "Maarat al-Numan", "Idlib", "SY", "explosion",
      "Syrian government forces", "civilians", 7, None, 15, None,
      "Government warplanes struck a residential area of Maarat al-Numan, in the south of Idlib province, on Thursday, killing seven civilians including two children, the Syrian Observatory for Human Rights said. [...] The Britain-based monitor, which relies on a network of sources on the ground, said at least 15 people were wounded in the raids and that the toll could rise."),
    E("Rocket fire on Mhardeh: 1 killed, 4 wounded; SANA blamed 'terrorist groups' (rebels).",
      "2018-03-07", "'on Wednesday' in a Thursday 8 March 2018 report", "Mhardeh", "Hama", "SY", "explosion",
      "Syrian rebels", "civilians", 1, None, 4, None,
      "In northern Hama, rocket fire on the Christian town of Mhardeh killed a man and wounded four people on Wednesday, the official news agency SANA said. [...] The agency blamed \"terrorist groups\" positioned in the nearby villages, a term the government uses for the rebel factions that hold the area."),
    E("Unidentified gunmen shot dead a local council member in Jasim.",
      "2018-03-07", "'on Wednesday night' in a Thursday 8 March 2018 report", "Jasim", "Daraa", "SY", "other",
      "militants (unidentified)", "civilians", 1, None, None, None,
      "In Daraa province, unidentified gunmen shot dead a member of the local council of the town of Jasim as he left a mosque on Wednesday night, activists said."),
    E("Islamic State attacked government positions near al-Mayadin: 11 government/allied and 6 IS killed.",
      "2018-03-08", "'at dawn on Thursday' in a Thursday 8 March 2018 report", "near al-Mayadin", "Deir ez-Zor", "SY", "battle",
      "Islamic State", "Syrian government forces", 17, None, None, None,
      "In the desert east of Deir ez-Zor, fighting broke out at dawn on Thursday when Islamic State fighters attacked government positions near the town of al-Mayadin, the Observatory said. [...] At least 11 members of the government forces and allied militias and six jihadists were killed, it said.",
      note="11 + 6 = 17"),
], [
    {"what": "killed", "value": 500000, "place": "Syria", "evidence": "The Observatory says more than 500,000 people have been killed in Syria since the conflict began in March 2011."},
])

D("b9-09", "2014-11-03", "https://www.example-tigrisnews.com/2014/11/03/iraq-violence-monday", "Tigris News Agency", "round-up", """
Car bomb in Shula, Peshmerga hold Mullah Abdullah as violence continues across Iraq

BAGHDAD, Monday, 3 November 2014: A car bomb parked near a row of shops in Baghdad's Shula district exploded on Monday evening, killing eight people and wounding 20, police and medical sources said.
The blast set several cars on fire and shattered windows along the main street of the mainly Shia neighbourhood in the northwest of the capital.
In Iskandariya, 40 km south of Baghdad, a bomb planted by the roadside hit an army patrol on Sunday, killing two soldiers, a police source in Babil province said.
In Anbar province, Islamic State militants fired mortar shells at residential areas of Haditha on Sunday night, killing four people, the town's mayor said by telephone.
Haditha, on the Euphrates, has been surrounded by the militants for months and relies on supplies brought in by helicopter.
"The shells fell on houses while families were asleep," the mayor said, adding that the town was running short of medicine.
South-west of Kirkuk, Kurdish Peshmerga forces repelled a dawn attack on the village of Mullah Abdullah on Monday, a Peshmerga commander said.
He said 14 of the attackers were killed and their bodies left on the field, while one Peshmerga fighter was killed and three were wounded.
The commander said the attackers were Islamic State fighters who came from the Hawija area in pickup trucks.
The Islamic State group overran large parts of northern and western Iraq in June and declared a caliphate in the lands it holds in Iraq and Syria.
""", [
    E("Parked car bomb in Shula, Baghdad: 8 killed, 20 wounded.",
      "2014-11-03", "'on Monday evening' in a Monday 3 November 2014 report", "Shula", "Baghdad", "IQ", "explosion",
      "unknown", "civilians", 8, None, 20, None,
      "BAGHDAD, Monday, 3 November 2014: A car bomb parked near a row of shops in Baghdad's Shula district exploded on Monday evening, killing eight people and wounding 20, police and medical sources said."),
    E("Roadside bomb hit an army patrol in Iskandariya: 2 soldiers killed.",
      "2014-11-02", "'on Sunday' in a Monday 3 November 2014 report", "Iskandariya", "Babil", "IQ", "explosion",
      "unknown", "Iraqi Security Forces", 2, None, None, None,
      "In Iskandariya, 40 km south of Baghdad, a bomb planted by the roadside hit an army patrol on Sunday, killing two soldiers, a police source in Babil province said."),
    E("Islamic State mortar fire on residential areas of Haditha: 4 killed.",
      "2014-11-02", "'on Sunday night' in a Monday 3 November 2014 report", "Haditha", "Anbar", "IQ", "explosion",
      "Islamic State", "civilians", 4, None, None, None,
      "In Anbar province, Islamic State militants fired mortar shells at residential areas of Haditha on Sunday night, killing four people, the town's mayor said by telephone."),
    E("Peshmerga repelled an Islamic State dawn attack on Mullah Abdullah: 14 attackers and 1 Peshmerga killed, 3 wounded.",
      "2014-11-03", "'a dawn attack ... on Monday' in a Monday 3 November 2014 report", "Mullah Abdullah", "Kirkuk", "IQ", "battle",
      "Islamic State", "Peshmerga", 15, None, 3, None,
      "South-west of Kirkuk, Kurdish Peshmerga forces repelled a dawn attack on the village of Mullah Abdullah on Monday, a Peshmerga commander said. [...] He said 14 of the attackers were killed and their bodies left on the field, while one Peshmerga fighter was killed and three were wounded. [...] The commander said the attackers were Islamic State fighters who came from the Hawija area in pickup trucks.",
      note="14 attackers + 1 Peshmerga = 15; attackers identified two sentences later"),
])

D("b9-10", "2016-10-07", "https://www.example-levantmonitor.org/2016/10/07/aleppo-hama-idlib-roundup", "Levant Monitor", "round-up", """
Eastern Aleppo bombed again, rebels seize village north of Hama

BEIRUT, Oct 7 (Levant Monitor) - Syrian and Russian warplanes pounded the rebel-held east of Aleppo on Friday, and a strike on the al-Sakhour neighbourhood killed at least 13 people, including four children, the Syrian Observatory for Human Rights said.
Civil defence volunteers said they were still digging through the rubble of two buildings in the afternoon.
"We can hear voices under the concrete but we have no heavy machines left," one of the volunteers said in a voice message.
On the government-held side of the city, rebel shells hit the al-Midan district on Thursday, killing three civilians, state television reported.
The army has vowed to take all of eastern Aleppo, where the United Nations says some 275,000 people are trapped.
In the north of Hama province, rebel factions seized the village of Maan from government forces on Thursday after a day of fighting in which nine soldiers and six rebels were killed, the Observatory said.
A commander of one of the factions said his fighters had also captured three tanks.
In Idlib province, a car bomb exploded at a checkpoint of Jabhat Fateh al-Sham near the town of Sarmada, close to the Turkish border, on Friday morning, killing five of the group's members, activists said.
Nobody claimed the bombing, and the group, formerly known as the Nusra Front, did not say who it suspected.
A series of similar bombings has hit rebel and jihadist checkpoints in the province in recent months.
""", [
    E("Syrian/Russian airstrike on al-Sakhour, eastern Aleppo: at least 13 killed including 4 children.",
      "2016-10-07", "'on Friday' in a Friday 7 October 2016 report", "al-Sakhour", "Aleppo", "SY", "explosion",
      "Syrian government forces", "civilians", 13, None, None, None,
      "BEIRUT, Oct 7 (Levant Monitor) - Syrian and Russian warplanes pounded the rebel-held east of Aleppo on Friday, and a strike on the al-Sakhour neighbourhood killed at least 13 people, including four children, the Syrian Observatory for Human Rights said.",
      note="joint Syrian and Russian strikes; Syrian government forces named first"),
    E("Rebel shelling of al-Midan, western Aleppo: 3 civilians killed.",
      "2016-10-06", "'on Thursday' in a Friday 7 October 2016 report", "al-Midan", "Aleppo", "SY", "explosion",
      "Syrian rebels", "civilians", 3, None, None, None,
      "On the government-held side of the city, rebel shells hit the al-Midan district on Thursday, killing three civilians, state television reported."),
    E("Rebel factions seized the village of Maan north of Hama: 9 soldiers and 6 rebels killed.",
      "2016-10-06", "'on Thursday' in a Friday 7 October 2016 report", "Maan", "Hama", "SY", "territory_gain",
      "Syrian rebels", "Syrian government forces", 15, None, None, None,
      "In the north of Hama province, rebel factions seized the village of Maan from government forces on Thursday after a day of fighting in which nine soldiers and six rebels were killed, the Observatory said.",
      note="9 + 6 = 15"),
    E("Unclaimed car bomb at a Jabhat Fateh al-Sham checkpoint near Sarmada: 5 members killed.",
      "2016-10-07", "'on Friday morning' in a Friday 7 October 2016 report", "near Sarmada", "Idlib", "SY", "explosion",
      "unknown", "Jabhat Fateh al-Sham", 5, None, None, None,
      "In Idlib province, a car bomb exploded at a checkpoint of Jabhat Fateh al-Sham near the town of Sarmada, close to the Turkish border, on Friday morning, killing five of the group's members, activists said."),
], [
    {"what": "civilians_trapped", "value": 275000, "place": "eastern Aleppo", "evidence": "The army has vowed to take all of eastern Aleppo, where the United Nations says some 275,000 people are trapped."},
])

D("b9-11", "2017-08-29", "https://www.example-baghdadpost.net/2017/08/29/security-brief", "Baghdad Daily Post", "round-up", """
Security brief: sticky bomb in Sadr City, shepherds abducted in Diyala, bombers intercepted near Rutba

BAGHDAD, Aug 29 (Baghdad Daily Post) - A magnetic bomb attached to a car exploded in Baghdad's Sadr City on Tuesday morning, killing the driver and wounding a passer-by, a police source said.
The source said the driver worked as a clerk at a ministry, and that the motive was not known.
In Diyala, gunmen abducted two shepherds while they grazed their sheep near Baladruz, east of Baquba, late on Monday, a member of the provincial council said.
"We believe they were taken towards the Hamrin hills, where the remnants of Daesh move freely," the council member, Raad al-Tamimi, said.
In Kirkuk province, aircraft of the international coalition struck a gathering of Islamic State fighters near the village of al-Abbasi, west of Hawija, on Monday, killing 12 of them, the Joint Operations Command said.
Hawija is one of the last enclaves the militants hold in Iraq, and the government has said an offensive to retake it will start soon.
In western Anbar, four suicide bombers were killed in an encounter with security forces near Rutba before they could reach their target, the Anbar Operations Command said.
It said troops spotted the men on foot at dawn on Tuesday, about 10 km from the town, and opened fire; one of the bombers set off his explosive belt, wounding two soldiers.
The command said the men were members of the Islamic State group and had come from the desert near the Syrian border.
""", [
    E("Magnetic bomb on a car in Sadr City: driver killed, passer-by wounded.",
      "2017-08-29", "'on Tuesday morning' in a Tuesday 29 August 2017 report", "Sadr City", "Baghdad", "IQ", "explosion",
      "unknown", "civilians", 1, None, 1, None,
      "BAGHDAD, Aug 29 (Baghdad Daily Post) - A magnetic bomb attached to a car exploded in Baghdad's Sadr City on Tuesday morning, killing the driver and wounding a passer-by, a police source said."),
    E("Gunmen abducted two shepherds near Baladruz.",
      "2017-08-28", "'late on Monday' in a Tuesday 29 August 2017 report", "near Baladruz", "Diyala", "IQ", "other",
      "militants (unidentified)", "civilians", None, None, None, None,
      "In Diyala, gunmen abducted two shepherds while they grazed their sheep near Baladruz, east of Baquba, late on Monday, a member of the provincial council said.",
      note="the council member only suspects Daesh remnants ('we believe they were taken towards'): not an attribution"),
    E("Coalition airstrike on an Islamic State gathering near al-Abbasi, west of Hawija: 12 militants killed.",
      "2017-08-28", "'on Monday' in a Tuesday 29 August 2017 report", "al-Abbasi", "Kirkuk", "IQ", "explosion",
      "US-led coalition", "Islamic State", 12, None, None, None,
      "In Kirkuk province, aircraft of the international coalition struck a gathering of Islamic State fighters near the village of al-Abbasi, west of Hawija, on Monday, killing 12 of them, the Joint Operations Command said."),
    E("Troops intercepted four Islamic State suicide bombers near Rutba and killed them; one detonated his belt, wounding 2 soldiers.",
      "2017-08-29", "'at dawn on Tuesday' in a Tuesday 29 August 2017 report", "near Rutba", "Anbar", "IQ", "battle",
      "Iraqi Security Forces", "Islamic State", 4, None, 2, None,
      "In western Anbar, four suicide bombers were killed in an encounter with security forces near Rutba before they could reach their target, the Anbar Operations Command said. [...] It said troops spotted the men on foot at dawn on Tuesday, about 10 km from the town, and opened fire; one of the bombers set off his explosive belt, wounding two soldiers. [...] The command said the men were members of the Islamic State group and had come from the desert near the Syrian border.",
      note="'killed in an encounter': the troops opened fire first, so they are actor1"),
])

D("b9-12", "2019-05-27", "https://www.example-euphratespress.org/2019/05/27/syria-tuesday-roundup", "Euphrates Press", "round-up", """
Barrel bombs on Kafranbel, heavy losses in northern Hama clashes

BEIRUT, May 27 (Euphrates Press) - Barrel bombs dropped by government helicopters on the town of Kafranbel, in the south of Idlib province, killed six civilians on Monday, among them a woman and her daughter, the Syrian Observatory for Human Rights said.
The town's hospital, already damaged in earlier raids, was unable to take in the wounded, who were driven north towards Maarat Misrin, a doctor said.
In the northern countryside of Hama, fighters loyal to Abu Mohammad al-Jolani stormed army positions near the village of al-Hamamiyat on Sunday night, the Observatory said.
The clashes, which went on for several hours, killed 14 soldiers and members of allied militias and nine of the attackers, it said.
State media said the army had "foiled an infiltration attempt by terrorists" and inflicted heavy losses on them, without giving figures.
In Daraa province, a roadside bomb hit a military vehicle on the road between Daraa city and Tafas on Monday, killing two soldiers, a local news network reported.
There was no claim for the blast, the latest in a string of attacks on government forces since they retook the province last summer.
In the east, the Syrian Democratic Forces, backed by coalition helicopters, raided a house in the town of Diban on Sunday, the SDF's media office said.
Three suspected Islamic State members were detained and a fourth man, who the office said opened fire on the force, was killed.
The government offensive on the Idlib region, which began at the end of April, has displaced more than 200,000 people, according to the United Nations.
""", [
    E("Government helicopter barrel bombs on Kafranbel: 6 civilians killed, including a woman and her daughter.",
      "2019-05-27", "'on Monday' in a Monday 27 May 2019 report", "Kafranbel", "Idlib", "SY", "explosion",
      "Syrian government forces", "civilians", 6, None, None, None,
      "BEIRUT, May 27 (Euphrates Press) - Barrel bombs dropped by government helicopters on the town of Kafranbel, in the south of Idlib province, killed six civilians on Monday, among them a woman and her daughter, the Syrian Observatory for Human Rights said."),
    E("HTS ('fighters loyal to Abu Mohammad al-Jolani') stormed army positions near al-Hamamiyat: 14 soldiers/militia and 9 attackers killed.",
      "2019-05-26", "'on Sunday night' in a Monday 27 May 2019 report", "near al-Hamamiyat", "Hama", "SY", "battle",
      "Hayat Tahrir al-Sham", "Syrian government forces", 23, None, None, None,
      "In the northern countryside of Hama, fighters loyal to Abu Mohammad al-Jolani stormed army positions near the village of al-Hamamiyat on Sunday night, the Observatory said. [...] The clashes, which went on for several hours, killed 14 soldiers and members of allied militias and nine of the attackers, it said.",
      note="14 + 9 = 23; the group is named only through its leader"),
    E("Roadside bomb hit a military vehicle on the Daraa-Tafas road: 2 soldiers killed; unclaimed.",
      "2019-05-27", "'on Monday' in a Monday 27 May 2019 report", "road between Daraa and Tafas", "Daraa", "SY", "explosion",
      "unknown", "Syrian government forces", 2, None, None, None,
      "In Daraa province, a roadside bomb hit a military vehicle on the road between Daraa city and Tafas on Monday, killing two soldiers, a local news network reported."),
    E("SDF raid on a house in Diban: 3 suspected Islamic State members detained, 1 killed.",
      "2019-05-26", "'on Sunday' in a Monday 27 May 2019 report", "Diban", "Deir ez-Zor", "SY", "arrest",
      "Syrian Democratic Forces", "Islamic State", 1, None, None, None,
      "In the east, the Syrian Democratic Forces, backed by coalition helicopters, raided a house in the town of Diban on Sunday, the SDF's media office said. [...] Three suspected Islamic State members were detained and a fourth man, who the office said opened fire on the force, was killed.",
      arrested=3),
], [
    {"what": "displaced", "value": 200000, "place": "Idlib region", "evidence": "The government offensive on the Idlib region, which began at the end of April, has displaced more than 200,000 people, according to the United Nations."},
])

D("b9-13", "2015-04-14", "https://www.example-mesowire.com/2015/04/14/iraq-roundup-ramadi-samarra", "Mesopotamia Wire", "round-up", """
Iraq: police fight off attack north of Ramadi, suicide bomber hits Hashd near Samarra

BAGHDAD, April 14 (Mesopotamia Wire) - Islamic State fighters attacked the Albu Faraj area, north of Ramadi, on Tuesday, setting off hours of clashes with police and tribal fighters, a police source said.
Five policemen were killed, the source said, adding that "dozens" of militants also died, a figure that could not be verified.
Residents said the militants had crossed the Euphrates in small boats before dawn.
The provincial council has asked Baghdad to send reinforcements to Ramadi, the capital of Anbar province, warning that the city could fall.
In Baghdad, a car bomb exploded on a commercial street in the al-Amil neighbourhood late on Monday, killing six people and wounding 17, police and hospital sources said.
North of the capital, a suicide bomber drove an explosives-laden Humvee into a gathering of Popular Mobilization fighters in al-Ishaqi, south of Samarra, on Monday, killing seven of them and wounding ten.
The Islamic State group claimed the attack in a statement posted online, saying the bomber was a Tunisian.
Al-Ishaqi lies on the road that Popular Mobilization units use to bring supplies to the front lines around Baiji.
Iraqi forces and the Hashd recaptured Tikrit, the capital of Salahuddin province, at the start of the month.
""", [
    E("Islamic State attack on Albu Faraj, north of Ramadi, fought off by police and tribal fighters: 5 police killed, 'dozens' of militants.",
      "2015-04-14", "'on Tuesday' in a Tuesday 14 April 2015 report", "Albu Faraj", "Anbar", "IQ", "battle",
      "Islamic State", "Iraqi Security Forces", 5, None, None, None,
      "BAGHDAD, April 14 (Mesopotamia Wire) - Islamic State fighters attacked the Albu Faraj area, north of Ramadi, on Tuesday, setting off hours of clashes with police and tribal fighters, a police source said. [...] Five policemen were killed, the source said, adding that \"dozens\" of militants also died, a figure that could not be verified.",
      note="5 police; the militants' 'dozens' is vague and not added"),
    E("Car bomb on a commercial street in al-Amil, Baghdad: 6 killed, 17 wounded.",
      "2015-04-13", "'late on Monday' in a Tuesday 14 April 2015 report", "al-Amil", "Baghdad", "IQ", "explosion",
      "unknown", "civilians", 6, None, 17, None,
      "In Baghdad, a car bomb exploded on a commercial street in the al-Amil neighbourhood late on Monday, killing six people and wounding 17, police and hospital sources said."),
    E("Suicide Humvee bomb on PMF fighters in al-Ishaqi south of Samarra: 7 fighters killed plus the bomber, 10 wounded; Islamic State claimed.",
      "2015-04-13", "'on Monday' in a Tuesday 14 April 2015 report", "al-Ishaqi", "Salahuddin", "IQ", "explosion",
      "Islamic State", "Popular Mobilization Forces", 8, None, 10, None,
      "North of the capital, a suicide bomber drove an explosives-laden Humvee into a gathering of Popular Mobilization fighters in al-Ishaqi, south of Samarra, on Monday, killing seven of them and wounding ten. [...] The Islamic State group claimed the attack in a statement posted online, saying the bomber was a Tunisian.",
      note="7 fighters + the suicide bomber = 8"),
])

D("b9-14", "2015-09-22", "https://www.example-levantmonitor.org/2015/09/22/syria-monday-tuesday", "Levant Monitor", "round-up", """
Syria round-up: executions in Mayadin, shelling on Fuaa, clashes in Daraa al-Balad

BEIRUT, Sept 22 (Levant Monitor) - The Islamic State group publicly executed three men in the main square of al-Mayadin, in Deir ez-Zor province, on Monday, accusing them of spying for the US-led coalition, the Syrian Observatory for Human Rights said.
Residents were made to watch, and the bodies were left hanging for the rest of the day, the Observatory said.
In Aleppo, rockets fired by rebels hit the government-held al-Sulaimaniya district on Monday, killing four civilians, the state news agency SANA said.
In Idlib province, the Army of Conquest shelled the besieged Shiite villages of al-Fuaa and Kefraya on Tuesday, killing two people, the Observatory said.
Hours later, government helicopters dropped barrel bombs on the rebel-held town of Binnish, which lies nearby, killing five, among them three children.
In the south, clashes broke out in Daraa al-Balad, the old quarter of Daraa city, when rebels tried to advance on government positions on Monday.
Five rebels were killed and fighting was still going on on Tuesday, the monitor said.
The Army of Conquest, an alliance that includes the Nusra Front and Ahrar al-Sham, took the city of Idlib in March and most of the province since then.
Diplomats say talks on a local truce for al-Fuaa, Kefraya and the town of Zabadani, near the Lebanese border, are continuing.
""", [
    E("Islamic State publicly executed 3 men accused of spying in al-Mayadin's main square.",
      "2015-09-21", "'on Monday' in a Tuesday 22 September 2015 report", "al-Mayadin", "Deir ez-Zor", "SY", "attack_on_civilians",
      "Islamic State", "civilians", 3, None, None, None,
      "BEIRUT, Sept 22 (Levant Monitor) - The Islamic State group publicly executed three men in the main square of al-Mayadin, in Deir ez-Zor province, on Monday, accusing them of spying for the US-led coalition, the Syrian Observatory for Human Rights said."),
    E("Rebel rockets on al-Sulaimaniya, Aleppo: 4 civilians killed.",
      "2015-09-21", "'on Monday' in a Tuesday 22 September 2015 report", "al-Sulaimaniya", "Aleppo", "SY", "explosion",
      "Syrian rebels", "civilians", 4, None, None, None,
      "In Aleppo, rockets fired by rebels hit the government-held al-Sulaimaniya district on Monday, killing four civilians, the state news agency SANA said."),
    E("Army of Conquest shelled al-Fuaa and Kefraya: 2 killed.",
      "2015-09-22", "'on Tuesday' in a Tuesday 22 September 2015 report", "al-Fuaa and Kefraya", "Idlib", "SY", "explosion",
      "Army of Conquest", "civilians", 2, None, None, None,
      "In Idlib province, the Army of Conquest shelled the besieged Shiite villages of al-Fuaa and Kefraya on Tuesday, killing two people, the Observatory said.",
      note="two villages sharing one toll: one event; the Army of Conquest (Jaish al-Fateh) alliance could also be scored as Syrian rebels"),
    E("Government helicopter barrel bombs on Binnish: 5 killed including 3 children.",
      "2015-09-22", "'Hours later' after Tuesday's shelling, in a Tuesday 22 September 2015 report", "Binnish", "Idlib", "SY", "explosion",
      "Syrian government forces", "civilians", 5, None, None, None,
      "Hours later, government helicopters dropped barrel bombs on the rebel-held town of Binnish, which lies nearby, killing five, among them three children."),
    E("Clashes in Daraa al-Balad as rebels tried to advance on government positions: 5 rebels killed.",
      "2015-09-21", "'on Monday' in a Tuesday 22 September 2015 report (fighting went on into Tuesday)", "Daraa al-Balad", "Daraa", "SY", "battle",
      "Syrian rebels", "Syrian government forces", 5, None, None, None,
      "In the south, clashes broke out in Daraa al-Balad, the old quarter of Daraa city, when rebels tried to advance on government positions on Monday. [...] Five rebels were killed and fighting was still going on on Tuesday, the monitor said."),
])

D("b9-15", "2018-10-27", "https://www.example-tigrisnews.com/2018/10/27/daily-security", "Tigris News Agency", "round-up", """
Mukhtar shot dead south of Mosul, police patrol hit near Taza, five held in Babil

MOSUL, Iraq, Oct 27 (Tigris News Agency) - Gunmen shot dead the mukhtar of the village of Imam Gharbi, south of Mosul, outside his home late on Friday, a local official said.
The official, who asked not to be named, blamed the Islamic State group, saying the mukhtar had helped the army identify militants after the area was retaken.
"They came at night in two cars, called his name and fired when he opened the door," the official said.
KIRKUK - A bomb planted on the road between Kirkuk and Tuz Khurmatu hit a federal police patrol near Taza on Saturday, wounding three policemen, a police source said.
Nobody was killed, and the patrol's vehicle was badly damaged, the source said.
BAGHDAD - A small bomb hidden in a rubbish bin exploded in the al-Bayaa neighbourhood, in the southwest of the capital, on Friday evening, wounding four people, security sources said.
BABIL - Police arrested five suspected Islamic State members who they said were planning attacks on pilgrims, in the Jurf al-Nasr area on Friday, the Babil police command said in a statement.
The statement said the men had hidden weapons and explosive belts in an orchard.
Jurf al-Nasr, formerly known as Jurf al-Sakhar, was retaken from the militants in October 2014, and its residents have not been allowed back.
Attacks have fallen sharply since Iraq declared victory over the Islamic State group in December last year, but cells remain active in remote areas of the north and west.
""", [
    E("Gunmen (blamed on Islamic State) shot dead the mukhtar of Imam Gharbi outside his home.",
      "2018-10-26", "'late on Friday' in a Saturday 27 October 2018 report", "Imam Gharbi", "Nineveh", "IQ", "other",
      "Islamic State", "civilians", 1, None, None, None,
      "MOSUL, Iraq, Oct 27 (Tigris News Agency) - Gunmen shot dead the mukhtar of the village of Imam Gharbi, south of Mosul, outside his home late on Friday, a local official said. [...] The official, who asked not to be named, blamed the Islamic State group, saying the mukhtar had helped the army identify militants after the area was retaken.",
      note="assassination (other); an official's blame that nobody disputes names actor1"),
    E("Roadside bomb on the Kirkuk-Tuz Khurmatu road hit a federal police patrol near Taza: 3 wounded, none killed.",
      "2018-10-27", "'on Saturday' in a Saturday 27 October 2018 report", "near Taza", "Kirkuk", "IQ", "explosion",
      "unknown", "Iraqi Security Forces", 0, None, 3, None,
      "KIRKUK - A bomb planted on the road between Kirkuk and Tuz Khurmatu hit a federal police patrol near Taza on Saturday, wounding three policemen, a police source said. [...] Nobody was killed, and the patrol's vehicle was badly damaged, the source said."),
    E("Bomb in a rubbish bin in al-Bayaa, Baghdad: 4 wounded.",
      "2018-10-26", "'on Friday evening' in a Saturday 27 October 2018 report", "al-Bayaa", "Baghdad", "IQ", "explosion",
      "unknown", "civilians", None, None, 4, None,
      "BAGHDAD - A small bomb hidden in a rubbish bin exploded in the al-Bayaa neighbourhood, in the southwest of the capital, on Friday evening, wounding four people, security sources said."),
    E("Police arrested five suspected Islamic State members in Jurf al-Nasr.",
      "2018-10-26", "'on Friday' in a Saturday 27 October 2018 report", "Jurf al-Nasr", "Babil", "IQ", "arrest",
      "Iraqi Security Forces", "Islamic State", None, None, None, None,
      "BABIL - Police arrested five suspected Islamic State members who they said were planning attacks on pilgrims, in the Jurf al-Nasr area on Friday, the Babil police command said in a statement.",
      arrested=5),
])

D("b9-16", "2017-11-28", "https://www.example-euphratespress.org/2017/11/28/syria-roundup", "Euphrates Press", "round-up", """
Army takes al-Sayyal, strike on displaced convoy kills 11, car bomb in Idlib city

BEIRUT, Tuesday, 28 November 2017: Syrian government forces took control of the village of al-Sayyal, north of Albu Kamal, from the Islamic State group on Monday, state television said.
The army and allied militias have been advancing along the western bank of the Euphrates since they entered Albu Kamal earlier this month.
On the other side of the river, unidentified warplanes struck a convoy of displaced families on the road between al-Shaafa and Hajin on Tuesday morning, killing 11 people, including four children, the Syrian Observatory for Human Rights said.
It was not clear whose aircraft carried out the raid; the US-led coalition and Russian jets both fly over the area.
In Idlib city, a car bomb exploded outside an office of Hayat Tahrir al-Sham on Monday night, killing three of its members and two civilians who were passing by, activists said.
The alliance, led by the former al-Qaeda affiliate, controls most of Idlib province and has faced a wave of bombings and assassinations.
In the north of Aleppo province, Turkish artillery shelled positions of the Kurdish People's Protection Units (YPG) near Tal Rifaat on Tuesday, wounding three fighters, the Observatory said.
Ankara considers the YPG a terrorist organisation linked to Kurdish militants inside Turkey.
Turkey deployed troops to observation posts in Idlib last month under a deal with Russia and Iran.
""", [
    E("Government forces took al-Sayyal, north of Albu Kamal, from Islamic State.",
      "2017-11-27", "'on Monday' in a Tuesday 28 November 2017 report", "al-Sayyal", "Deir ez-Zor", "SY", "territory_gain",
      "Syrian government forces", "Islamic State", None, None, None, None,
      "BEIRUT, Tuesday, 28 November 2017: Syrian government forces took control of the village of al-Sayyal, north of Albu Kamal, from the Islamic State group on Monday, state television said."),
    E("Unidentified warplanes struck a convoy of displaced families on the al-Shaafa-Hajin road: 11 killed including 4 children.",
      "2017-11-28", "'on Tuesday morning' in a Tuesday 28 November 2017 report", "road between al-Shaafa and Hajin", "Deir ez-Zor", "SY", "explosion",
      "unknown", "civilians", 11, None, None, None,
      "On the other side of the river, unidentified warplanes struck a convoy of displaced families on the road between al-Shaafa and Hajin on Tuesday morning, killing 11 people, including four children, the Syrian Observatory for Human Rights said.",
      note="air force not identified (coalition or Russian): unknown"),
    E("Car bomb outside an HTS office in Idlib city: 3 HTS members and 2 civilians killed.",
      "2017-11-27", "'on Monday night' in a Tuesday 28 November 2017 report", "Idlib", "Idlib", "SY", "explosion",
      "unknown", "Hayat Tahrir al-Sham", 5, None, None, None,
      "In Idlib city, a car bomb exploded outside an office of Hayat Tahrir al-Sham on Monday night, killing three of its members and two civilians who were passing by, activists said.",
      note="3 + 2 = 5"),
    E("Turkish artillery shelled YPG positions near Tal Rifaat: 3 fighters wounded.",
      "2017-11-28", "'on Tuesday' in a Tuesday 28 November 2017 report", "near Tal Rifaat", "Aleppo", "SY", "explosion",
      "Turkish Armed Forces", "YPG", None, None, 3, None,
      "In the north of Aleppo province, Turkish artillery shelled positions of the Kurdish People's Protection Units (YPG) near Tal Rifaat on Tuesday, wounding three fighters, the Observatory said."),
])

D("b9-17", "2015-12-02", "https://www.example-baghdadpost.net/2015/12/02/security-roundup", "Baghdad Daily Post", "round-up", """
Troops retake al-Tash complex south of Ramadi; twin bombs in Baghdad al-Jadida

BAGHDAD, Dec 2 (Baghdad Daily Post) - Iraqi troops backed by tribal fighters retook the al-Tash residential complex, south of Ramadi, on Tuesday after two days of fighting, a spokesman for the Anbar Operations Command said.
The spokesman said 18 militants and three soldiers were killed in the battle and that engineers were now clearing bombs from the houses.
The complex lies about 10 km from the centre of Ramadi, which the Islamic State group seized in May.
In Baghdad, two bombs exploded in quick succession near a popular restaurant in the Baghdad al-Jadida district on Tuesday night, killing five people and wounding 14, police and medical sources said.
The second bomb went off as people gathered to help the victims of the first, a witness said.
In Diyala province, gunmen opened fire on a car carrying a family on a farm road near Muqdadiya late on Tuesday, killing a man, his wife and their son, a police source said.
Local officials said the killing could inflame sectarian tensions in the area, which have been high since the militants were driven out of most of the province at the start of the year.
In Salahuddin, Popular Mobilization fighters came under mortar fire from areas held by the Islamic State group in the Mutaibija basin on Wednesday morning, and one fighter was killed, a Hashd spokesman said.
""", [
    E("Iraqi troops and tribal fighters retook the al-Tash residential complex south of Ramadi: 18 militants and 3 soldiers killed.",
      "2015-12-01", "'on Tuesday' in a Wednesday 2 December 2015 report (after two days of fighting)", "al-Tash", "Anbar", "IQ", "territory_gain",
      "Iraqi Security Forces", "Islamic State", 21, None, None, None,
      "BAGHDAD, Dec 2 (Baghdad Daily Post) - Iraqi troops backed by tribal fighters retook the al-Tash residential complex, south of Ramadi, on Tuesday after two days of fighting, a spokesman for the Anbar Operations Command said. [...] The spokesman said 18 militants and three soldiers were killed in the battle and that engineers were now clearing bombs from the houses.",
      note="18 + 3 = 21; the militants are the Islamic State group named in the next sentence"),
    E("Two bombs in quick succession near a restaurant in Baghdad al-Jadida: 5 killed, 14 wounded.",
      "2015-12-01", "'on Tuesday night' in a Wednesday 2 December 2015 report", "Baghdad al-Jadida", "Baghdad", "IQ", "explosion",
      "unknown", "civilians", 5, None, 14, None,
      "In Baghdad, two bombs exploded in quick succession near a popular restaurant in the Baghdad al-Jadida district on Tuesday night, killing five people and wounding 14, police and medical sources said."),
    E("Gunmen fired on a family's car near Muqdadiya: man, wife and son killed.",
      "2015-12-01", "'late on Tuesday' in a Wednesday 2 December 2015 report", "near Muqdadiya", "Diyala", "IQ", "attack_on_civilians",
      "militants (unidentified)", "civilians", 3, None, None, None,
      "In Diyala province, gunmen opened fire on a car carrying a family on a farm road near Muqdadiya late on Tuesday, killing a man, his wife and their son, a police source said."),
    E("PMF fighters came under Islamic State mortar fire in the Mutaibija basin: 1 fighter killed.",
      "2015-12-02", "'on Wednesday morning' in a Wednesday 2 December 2015 report", "Mutaibija", "Salahuddin", "IQ", "explosion",
      "Islamic State", "Popular Mobilization Forces", 1, None, None, None,
      "In Salahuddin, Popular Mobilization fighters came under mortar fire from areas held by the Islamic State group in the Mutaibija basin on Wednesday morning, and one fighter was killed, a Hashd spokesman said.",
      note="'came under mortar fire from areas held by' IS: IS is actor1"),
])

D("b9-18", "2019-09-03", "https://www.example-levantmonitor.org/2019/09/03/truce-breaches", "Levant Monitor", "round-up", """
Truce frays in Idlib as attacks continue in Daraa and Deir ez-Zor

BEIRUT, Sept 3 (Levant Monitor) - Government artillery shelled the village of Maarat Harma, in southern Idlib, on Tuesday, killing a woman and wounding her husband, the Syrian Observatory for Human Rights said, despite a ceasefire announced by Russia at the weekend.
The monitor said air raids had stopped since the truce took effect on Saturday morning, but shelling had continued on several villages.
In Daraa, gunmen attacked a checkpoint of the army's Fourth Division at the entrance of al-Sanamayn on Monday night, killing two soldiers, a local activist network said.
The attackers fled on motorcycles, it said.
In Deir ez-Zor province, Islamic State sleeper cells attacked a checkpoint of the Syrian Democratic Forces near al-Busayrah on Tuesday, killing two SDF fighters.
The group said later, through its Amaq news agency, that its "soldiers" had carried out the attack with machine guns.
In the northern Aleppo countryside, a bomb planted in a parked van exploded in the centre of al-Bab, a town held by Turkish-backed factions, on Monday, wounding six people, the Observatory said.
No group claimed the blast, the third in al-Bab since July.
More than 500,000 people have been displaced in northwest Syria since the end of April, according to United Nations figures.
""", [
    E("Government artillery shelled Maarat Harma despite the truce: a woman killed, her husband wounded.",
      "2019-09-03", "'on Tuesday' in a Tuesday 3 September 2019 report", "Maarat Harma", "Idlib", "SY", "explosion",
      "Syrian government forces", "civilians", 1, None, 1, None,
      "BEIRUT, Sept 3 (Levant Monitor) - Government artillery shelled the village of Maarat Harma, in southern Idlib, on Tuesday, killing a woman and wounding her husband, the Syrian Observatory for Human Rights said, despite a ceasefire announced by Russia at the weekend."),
    E("Gunmen attacked a Fourth Division checkpoint at the entrance of al-Sanamayn: 2 soldiers killed.",
      "2019-09-02", "'on Monday night' in a Tuesday 3 September 2019 report", "al-Sanamayn", "Daraa", "SY", "battle",
      "militants (unidentified)", "Syrian government forces", 2, None, None, None,
      "In Daraa, gunmen attacked a checkpoint of the army's Fourth Division at the entrance of al-Sanamayn on Monday night, killing two soldiers, a local activist network said."),
    E("Islamic State cells attacked an SDF checkpoint near al-Busayrah: 2 SDF fighters killed; claimed via Amaq.",
      "2019-09-03", "'on Tuesday' in a Tuesday 3 September 2019 report", "near al-Busayrah", "Deir ez-Zor", "SY", "battle",
      "Islamic State", "Syrian Democratic Forces", 2, None, None, None,
      "In Deir ez-Zor province, Islamic State sleeper cells attacked a checkpoint of the Syrian Democratic Forces near al-Busayrah on Tuesday, killing two SDF fighters. [...] The group said later, through its Amaq news agency, that its \"soldiers\" had carried out the attack with machine guns."),
    E("Van bomb in the centre of al-Bab: 6 wounded; unclaimed.",
      "2019-09-02", "'on Monday' in a Tuesday 3 September 2019 report", "al-Bab", "Aleppo", "SY", "explosion",
      "unknown", "civilians", None, None, 6, None,
      "In the northern Aleppo countryside, a bomb planted in a parked van exploded in the centre of al-Bab, a town held by Turkish-backed factions, on Monday, wounding six people, the Observatory said."),
], [
    {"what": "displaced", "value": 500000, "place": "northwest Syria", "evidence": "More than 500,000 people have been displaced in northwest Syria since the end of April, according to United Nations figures."},
])

D("b9-19", "2019-04-14", "https://www.example-mesowire.com/2019/04/14/iraq-incidents", "Mesopotamia Wire", "round-up", """
Iraq incidents: motorcycle bomb in Qayyarah, Hashd patrol ambushed west of Kirkuk

BAGHDAD, April 14 (Mesopotamia Wire) - The following incidents were reported by Iraqi security sources on Sunday.
QAYYARAH - A bomb hidden on a motorcycle exploded near a restaurant in Qayyarah, 60 km south of Mosul, on Sunday, killing one person and wounding six, a police source said.
KIRKUK - Militants ambushed a Popular Mobilization patrol near al-Riyadh, west of Kirkuk, late on Saturday, killing two fighters and wounding three, a Hashd commander said.
The commander said the attackers, who he described as "Daesh remnants", withdrew towards the Hamrin hills after a firefight of about 20 minutes.
SALAHUDDIN - Counter-Terrorism Service forces, backed by Iraqi aircraft, raided militant hideouts in the Mutaibija area on Friday, killing six Islamic State members and destroying two tunnels, the service said in a statement.
No losses among the forces were reported.
ANBAR - Police arrested a man wanted for the killing of three policemen in 2016, at a checkpoint at the eastern entrance of Falluja on Saturday, a police source said.
Iraq declared the Islamic State group defeated in December 2017, but the militants still carry out hit-and-run attacks, mostly at night.
""", [
    E("Motorcycle bomb near a restaurant in Qayyarah: 1 killed, 6 wounded.",
      "2019-04-14", "'on Sunday' in a Sunday 14 April 2019 report", "Qayyarah", "Nineveh", "IQ", "explosion",
      "unknown", "civilians", 1, None, 6, None,
      "QAYYARAH - A bomb hidden on a motorcycle exploded near a restaurant in Qayyarah, 60 km south of Mosul, on Sunday, killing one person and wounding six, a police source said."),
    E("Islamic State remnants ambushed a PMF patrol near al-Riyadh, west of Kirkuk: 2 fighters killed, 3 wounded.",
      "2019-04-13", "'late on Saturday' in a Sunday 14 April 2019 report", "near al-Riyadh", "Kirkuk", "IQ", "battle",
      "Islamic State", "Popular Mobilization Forces", 2, None, 3, None,
      "KIRKUK - Militants ambushed a Popular Mobilization patrol near al-Riyadh, west of Kirkuk, late on Saturday, killing two fighters and wounding three, a Hashd commander said. [...] The commander said the attackers, who he described as \"Daesh remnants\", withdrew towards the Hamrin hills after a firefight of about 20 minutes."),
    E("CTS raid with air support on hideouts in Mutaibija: 6 Islamic State members killed.",
      "2019-04-12", "'on Friday' in a Sunday 14 April 2019 report", "Mutaibija", "Salahuddin", "IQ", "battle",
      "Counter-Terrorism Service", "Islamic State", 6, None, None, None,
      "SALAHUDDIN - Counter-Terrorism Service forces, backed by Iraqi aircraft, raided militant hideouts in the Mutaibija area on Friday, killing six Islamic State members and destroying two tunnels, the service said in a statement. [...] No losses among the forces were reported.",
      note="raid = forces initiate; 'no losses reported' does not make the total different from 6"),
    E("Police arrested a wanted man at a checkpoint at the eastern entrance of Falluja.",
      "2019-04-13", "'on Saturday' in a Sunday 14 April 2019 report", "Falluja", "Anbar", "IQ", "arrest",
      "Iraqi Security Forces", "unknown", None, None, None, None,
      "ANBAR - Police arrested a man wanted for the killing of three policemen in 2016, at a checkpoint at the eastern entrance of Falluja on Saturday, a police source said.",
      arrested=1, note="the 2016 killing is history, not an event"),
])

D("b9-20", "2014-08-12", "https://www.example-levantmonitor.org/2014/08/12/syria-roundup", "Levant Monitor", "round-up", """
Barrel bombs on al-Shaar, suicide car bomb at Deir ez-Zor airport checkpoint

BEIRUT, Aug 12 (Levant Monitor) - Government helicopters dropped barrel bombs on the rebel-held al-Shaar district of Aleppo on Tuesday, killing nine people, three of them children, the Syrian Observatory for Human Rights said.
Footage posted by activists showed men carrying bodies wrapped in blankets from a collapsed building.
In Hama province, clashes broke out at dawn on Tuesday when government forces tried to advance on the town of Morek, on the highway to Idlib, the Observatory said, without giving a toll.
Rebels have held Morek since the spring, cutting the road used to supply government troops in the north.
In Daraa city, rebel shells hit the government-held al-Mahatta neighbourhood on Monday, killing two civilians, state media said.
In the east, a suicide bomber drove a car packed with explosives into a checkpoint of government forces near Deir ez-Zor military airport on Monday, killing eight soldiers, the Observatory said.
A statement attributed to the Islamic State group and circulated online said one of its fighters had carried out the attack.
The group has been tightening its hold on Deir ez-Zor province since it pushed out rival rebel factions last month.
""", [
    E("Government barrel bombs on al-Shaar, Aleppo: 9 killed including 3 children.",
      "2014-08-12", "'on Tuesday' in a Tuesday 12 August 2014 report", "al-Shaar", "Aleppo", "SY", "explosion",
      "Syrian government forces", "civilians", 9, None, None, None,
      "BEIRUT, Aug 12 (Levant Monitor) - Government helicopters dropped barrel bombs on the rebel-held al-Shaar district of Aleppo on Tuesday, killing nine people, three of them children, the Syrian Observatory for Human Rights said."),
    E("Clashes as government forces tried to advance on rebel-held Morek; no toll.",
      "2014-08-12", "'at dawn on Tuesday' in a Tuesday 12 August 2014 report", "Morek", "Hama", "SY", "battle",
      "Syrian government forces", "Syrian rebels", None, None, None, None,
      "In Hama province, clashes broke out at dawn on Tuesday when government forces tried to advance on the town of Morek, on the highway to Idlib, the Observatory said, without giving a toll. [...] Rebels have held Morek since the spring, cutting the road used to supply government troops in the north.",
      note="'clashes broke out when government forces tried to advance': government forces initiated"),
    E("Rebel shelling of al-Mahatta, Daraa city: 2 civilians killed.",
      "2014-08-11", "'on Monday' in a Tuesday 12 August 2014 report", "al-Mahatta", "Daraa", "SY", "explosion",
      "Syrian rebels", "civilians", 2, None, None, None,
      "In Daraa city, rebel shells hit the government-held al-Mahatta neighbourhood on Monday, killing two civilians, state media said."),
    E("Islamic State suicide car bomb at a government checkpoint near Deir ez-Zor military airport: 8 soldiers killed plus the bomber.",
      "2014-08-11", "'on Monday' in a Tuesday 12 August 2014 report", "Deir ez-Zor military airport", "Deir ez-Zor", "SY", "explosion",
      "Islamic State", "Syrian government forces", 9, None, None, None,
      "In the east, a suicide bomber drove a car packed with explosives into a checkpoint of government forces near Deir ez-Zor military airport on Monday, killing eight soldiers, the Observatory said. [...] A statement attributed to the Islamic State group and circulated online said one of its fighters had carried out the attack.",
      note="8 soldiers + the suicide bomber = 9"),
])

# ---- feature-like reports with an incident buried in background (b9-21..25)
D("b9-21", "2018-06-15", "https://www.example-tigrisnews.com/2018/06/15/mosul-old-city-rubble-feature", "Tigris News Agency", "feature", """
In Mosul's old city, the rubble is still giving up its dead

MOSUL, Iraq, June 15 (Tigris News Agency) - Every morning at seven, Ahmed Younis and his crew of eleven men climb into a yellow loader and drive into the alleys of Mosul's old city, where almost nothing is left standing.
Their job is to clear the streets of rubble so that families can return to what remains of their homes on the western bank of the Tigris.
It is slow work, and dangerous.
"We find something every day: a shell, a belt, a booby-trapped fridge, and sometimes bodies," Younis said, wiping dust from his face.
Civil defence teams say they have recovered more than 2,000 bodies from the ruins since the battle for the city ended last July.
Many were militants, but many were civilians who were trapped in basements as Iraqi forces and the Islamic State group fought house by house.
Last Sunday, a bomb left by the militants in the doorway of a house in the al-Maydan area went off as a worker lifted a metal sheet, killing him and a colleague and wounding a third, according to the municipality.
Younis knew both men.
"They had children, and they were paid 15,000 dinars a day," he said.
The municipality says it has no money to hire specialised de-mining teams, and the United Nations mine action service covers only schools, hospitals and water plants.
Residents who have come back live among the ruins without electricity, and draw water from tanks brought in by charities.
Umm Khalid, 54, returned to al-Maydan in March with her three grandchildren after two years in a camp.
"The house has no roof, but it is our house," she said.
The government estimates that rebuilding Mosul will cost billions of dollars, and a donors' conference in Kuwait in February produced pledges mostly in the form of loans.
The al-Nuri mosque, whose leaning minaret the militants blew up, is to be rebuilt with funds from the United Arab Emirates.
For now, the only sound in most of the old city is the engine of Younis's loader.
""", [
    E("Bomb left by Islamic State in a doorway in al-Maydan, Mosul old city, exploded on rubble workers: 2 killed, 1 wounded.",
      "2018-06-10", "'Last Sunday' in a Friday 15 June 2018 report", "al-Maydan", "Nineveh", "IQ", "explosion",
      "Islamic State", "civilians", 2, None, 1, None,
      "Last Sunday, a bomb left by the militants in the doorway of a house in the al-Maydan area went off as a worker lifted a metal sheet, killing him and a colleague and wounding a third, according to the municipality.",
      note="a remnant bomb 'left by the militants' (the Islamic State group of the previous sentence): planter named as actor1"),
], [
    {"what": "killed", "value": 2000, "place": "Mosul old city", "evidence": "Civil defence teams say they have recovered more than 2,000 bodies from the ruins since the battle for the city ended last July.", "note": "bodies recovered"},
])

D("b9-22", "2019-06-04", "https://www.example-baghdadpost.net/2019/06/04/kirkuk-wheat-fires-feature", "Baghdad Daily Post", "feature", """
Burning fields: Kirkuk's farmers lose their harvest, and their patience

DAQUQ, Iraq, June 4 (Baghdad Daily Post) - Hassan Ali stood at the edge of what had been 40 dunams of wheat and pointed to a line of black stubble that ran all the way to the road.
"Eight months of work, and it was gone in one hour," the 47-year-old farmer said.
This year's harvest in Kirkuk province was supposed to be the best in a decade, after heavy winter rains filled the rivers and canals.
Instead, hundreds of fires have swept through fields across Kirkuk, Salahuddin, Diyala and Nineveh since early May, according to the civil defence.
Some were started by cigarettes, sparks from harvesters or old power lines, officials say.
But many were set on purpose.
On Saturday night, men on motorcycles set fire to wheat fields around the village of Kubaiba, near Daquq, and drove away before firefighters arrived, according to the district's mayor.
The fire destroyed about 300 dunams before villagers put it out with tractors and water tankers, he said.
Provincial officials blamed the Islamic State group, and two days later the group's weekly newspaper, al-Naba, published photographs of burning fields near Daquq and said its fighters had "burned the crops of the apostates".
The militants have called on their followers to punish farmers who refuse to pay them "zakat", a form of tax.
In some villages, farmers now guard their fields at night with rifles.
"We sleep in the field with our guns, like soldiers," said Ali's neighbour, who did not give his name.
The agriculture ministry has promised compensation, but farmers say they have not received any for last year's fires either.
Others blame local disputes over land, which have simmered since the Kurdish Peshmerga withdrew from the area in October 2017.
The Ministry of Agriculture says about 70,000 dunams have burned in the four provinces so far this season.
""", [
    E("Men on motorcycles set fire to wheat fields around Kubaiba near Daquq (about 300 dunams burned); Islamic State claimed in al-Naba.",
      "2019-06-01", "'On Saturday night' in a Tuesday 4 June 2019 report", "Kubaiba", "Kirkuk", "IQ", "other",
      "Islamic State", "civilians", None, None, None, None,
      "On Saturday night, men on motorcycles set fire to wheat fields around the village of Kubaiba, near Daquq, and drove away before firefighters arrived, according to the district's mayor. [...] The fire destroyed about 300 dunams before villagers put it out with tractors and water tankers, he said. [...] Provincial officials blamed the Islamic State group, and two days later the group's weekly newspaper, al-Naba, published photographs of burning fields near Daquq and said its fighters had \"burned the crops of the apostates\".",
      note="arson of crops: property destruction (other); officials' blame plus the group's own claim"),
], [
    {"what": "other", "value": 70000, "place": "Kirkuk, Salahuddin, Diyala and Nineveh", "evidence": "The Ministry of Agriculture says about 70,000 dunams have burned in the four provinces so far this season.", "note": "dunams of crops burned this season"},
])

D("b9-23", "2019-12-10", "https://www.example-euphratespress.org/2019/12/10/idlib-cave-school", "Euphrates Press", "feature", """
Idlib's children go underground to learn

KAFR ROUMA, Syria, Dec 10 (Euphrates Press) - The classroom has no windows, and the only light comes from two bulbs powered by a car battery.
About 60 children sit on mats on the floor of a cave dug into a hillside at the edge of Kafr Rouma, a village in the south of Idlib province, reciting the alphabet after their teacher.
"Up here, the sky is not safe," said the headmaster, Mahmoud al-Abdo, a former mathematics teacher.
The village's school moved underground after a strike on Sunday hit a house next to the old building, killing a teacher and two pupils as they walked home, he said.
Residents blamed government warplanes, which have intensified raids on the south of Idlib in recent weeks.
Syrian state media say the army targets only "terrorist groups", in reference to Hayat Tahrir al-Sham and other factions that control the area.
The cave was used by farmers to store grain and sheep, and volunteers spent two weeks clearing it and laying cables.
Parents say they have little choice.
"If we keep them at home, they learn nothing; if we send them to school, we pray until they come back," said Fatima, a mother of four.
According to aid groups, dozens of schools in the Idlib region have been damaged or closed since the spring, and tens of thousands of children have been displaced more than once.
Kafr Rouma lies a few kilometres west of Maarat al-Numan, a town on the main highway that the government is trying to reach.
Many families from the village have already left for camps near the Turkish border, where tents are pitched in muddy olive groves.
Those who stay say they cannot afford to move.
In the cave, the lesson ends with a song, and the children file out in groups of five, a few minutes apart, so that they are never all on the road at once.
""", [
    E("Strike on Kafr Rouma hit a house next to the school: a teacher and two pupils killed; residents blamed government warplanes.",
      "2019-12-08", "'on Sunday' in a Tuesday 10 December 2019 report", "Kafr Rouma", "Idlib", "SY", "explosion",
      "Syrian government forces", "civilians", 3, None, None, None,
      "The village's school moved underground after a strike on Sunday hit a house next to the old building, killing a teacher and two pupils as they walked home, he said. [...] Residents blamed government warplanes, which have intensified raids on the south of Idlib in recent weeks.",
      note="residents' blame, not contradicted (state media's generic statement is no denial of this strike)"),
])

D("b9-24", "2017-10-10", "https://www.example-mesowire.com/2017/10/10/sinjar-yazidis-return", "Mesopotamia Wire", "feature", """
Three years after the massacre, a trickle of Yazidis return to Sinjar

SINUNI, Iraq, Tuesday, 10 October 2017: The road up to the Sinjar mountains is lined with the skeletons of burnt cars and the white tents of families who never went home.
But in the market of Sinuni, on the north side of the mountain, a few shops have opened again, selling tea, cigarettes and mobile phone cards.
"When I came back in the spring there was no one, now there are maybe 300 families," said Khalaf Hussein, who reopened his grocery in April.
The Islamic State group overran the Sinjar region in August 2014, killing thousands of Yazidi men and enslaving women and girls.
Kurdish Peshmerga and Yazidi fighters retook the town of Sinjar in November 2015, but most of its residents remain in camps in the Kurdistan region.
Returning families face a landscape full of explosives.
On Friday, a shepherd was killed and his son wounded when a landmine planted by the militants went off in a field near Sinuni, the local mayor said.
Last week, a farmer lost both legs to another mine near Khanasor, a few kilometres to the west, residents said.
A mine clearance group has marked some fields with red stones, but most of the land has never been surveyed.
Politics also stand in the way.
The Peshmerga, the Sinjar Resistance Units and Popular Mobilization units each control parts of the district, and residents say they need different papers for each checkpoint.
Baghdad and Erbil have been at odds since the Kurdish independence referendum on September 25, and people here fear another round of fighting.
"We survived Daesh; we do not want to be caught in someone else's war," said Hussein.
More than 3,000 Yazidis are still missing, according to the Kurdistan Regional Government's office for the kidnapped.
""", [
    E("Landmine planted by Islamic State exploded in a field near Sinuni: shepherd killed, his son wounded.",
      "2017-10-06", "'On Friday' in a Tuesday 10 October 2017 report", "near Sinuni", "Nineveh", "IQ", "explosion",
      "Islamic State", "civilians", 1, None, 1, None,
      "On Friday, a shepherd was killed and his son wounded when a landmine planted by the militants went off in a field near Sinuni, the local mayor said."),
    E("A farmer lost both legs to a mine near Khanasor 'last week'.",
      None, "'Last week' in a Tuesday 10 October 2017 report: the day is not given", "near Khanasor", "Nineveh", "IQ", "explosion",
      "unknown", "civilians", None, None, 1, None,
      "Last week, a farmer lost both legs to another mine near Khanasor, a few kilometres to the west, residents said.",
      optional=True, note="week-precision date only; the mine's planter is not stated for this one"),
], [
    {"what": "other", "value": 3000, "place": "Sinjar", "evidence": "More than 3,000 Yazidis are still missing, according to the Kurdistan Regional Government's office for the kidnapped.", "note": "Yazidis missing"},
    {"what": "returned", "value": 300, "place": "Sinuni", "evidence": "\"When I came back in the spring there was no one, now there are maybe 300 families,\" said Khalaf Hussein, who reopened his grocery in April.", "note": "families"},
])

D("b9-25", "2018-09-04", "https://www.example-levantmonitor.org/2018/09/04/deir-ezzor-tribes-sdf", "Levant Monitor", "feature", """
East of the Euphrates, Arab tribes chafe under Kurdish-led rule

AL-SHUHAYL, Syria, Sept 4 (Levant Monitor) - A year after the Syrian Democratic Forces drove the Islamic State group out of the towns along the eastern bank of the Euphrates, the Arab tribes that live there have a list of complaints.
Their young men are drafted into the SDF, they say, the oil from the fields around them is sold without benefit to them, and the local councils answer to Kurdish officials in Qamishli.
"We did not get rid of one master to take another," said a sheikh of the Bakir tribe, speaking in a guest tent in al-Shuhayl.
The tension boiled over on Saturday, when SDF fighters opened fire on a car that failed to stop at a checkpoint at the northern entrance of al-Shuhayl, killing the driver, a 23-year-old student, according to his relatives.
The SDF said in a statement that the car had ignored warnings and that its fighters had followed the rules of engagement.
Hundreds of people attended the young man's funeral the next day, some chanting against the SDF.
The SDF's leadership says it has opened local councils to Arab members and that more than half of its fighters in Deir ez-Zor are Arabs.
Officials from the US-led coalition, which backs the SDF, have held several meetings with tribal leaders in recent months to ease the tension.
The Islamic State group, meanwhile, is trying to exploit the discontent.
It still holds a pocket around Hajin, further down the river, and its cells carry out assassinations of local officials in the towns that it lost.
The Syrian government, which holds the western bank, is also courting the tribes, offering amnesties and money to sheikhs who switch sides.
"Everyone wants the tribes, but nobody asks the tribes what they want," said the sheikh.
The SDF has said it will launch an offensive on the Hajin pocket within weeks.
""", [
    E("SDF fighters fired on a car that failed to stop at a checkpoint at al-Shuhayl: the driver, a student, killed.",
      "2018-09-01", "'on Saturday' in a Tuesday 4 September 2018 report", "al-Shuhayl", "Deir ez-Zor", "SY", "attack_on_civilians",
      "Syrian Democratic Forces", "civilians", 1, None, None, None,
      "The tension boiled over on Saturday, when SDF fighters opened fire on a car that failed to stop at a checkpoint at the northern entrance of al-Shuhayl, killing the driver, a 23-year-old student, according to his relatives. [...] The SDF said in a statement that the car had ignored warnings and that its fighters had followed the rules of engagement.",
      note="the SDF acknowledges firing; the victim is a civilian"),
])

# ---- single and multi-incident reports with hard parts (b9-26..36)
D("b9-26", "2016-07-28", "https://www.example-baghdadpost.net/2016/07/28/kadhimiya-toll-rises", "Baghdad Daily Post", "toll revision", """
Toll from Kadhimiya checkpoint bombing rises to 19

BAGHDAD, July 28 (Baghdad Daily Post) - The death toll from Wednesday's car bombing at a checkpoint at the northern entrance of al-Kadhimiya rose to 19 on Thursday, after four of the wounded died in hospital overnight, health officials said.
Three children were among the dead, a health ministry spokesman said.
Police had given a toll of 15 killed on Wednesday evening.
Forty-one people were wounded, including the four who later died, he said.
The blast went off at about 11am as cars queued to be searched on their way to the shrine of Imam Musa al-Kadhim, one of the holiest sites for Shia Muslims.
The Islamic State group claimed the bombing in a statement carried by its Amaq news agency, saying one of its fighters had blown himself up among "a gathering of rejectionists", a derogatory term for Shias.
An interior ministry official disputed the claim, saying the explosives had been hidden in a parked car and set off by remote control.
"There was no suicide bomber; the driver parked and walked away ten minutes before," the official said.
Iraqi officials have ordered new security measures at checkpoints around the capital, including the withdrawal of the fake bomb detectors that have been used for years.
On Tuesday, a bomb hidden in a cart killed two people and wounded five in a market in the al-Shaab district, in the north of Baghdad, police said.
The Islamic State group has stepped up bombings in Baghdad since losing territory in Anbar province, including Falluja, which government forces retook last month.
""", [
    E("Car bomb at a checkpoint at the northern entrance of al-Kadhimiya: toll revised 15 -> 19 (incl. 3 children, 4 wounded who died), 37 other wounded; Islamic State claimed via Amaq.",
      "2016-07-27", "'Wednesday's car bombing' in a Thursday 28 July 2016 report", "al-Kadhimiya", "Baghdad", "IQ", "explosion",
      "Islamic State", "civilians", 19, None, 37, None,
      "The death toll from Wednesday's car bombing at a checkpoint at the northern entrance of al-Kadhimiya rose to 19 on Thursday, after four of the wounded died in hospital overnight, health officials said. [...] Forty-one people were wounded, including the four who later died, he said. [...] The Islamic State group claimed the bombing in a statement carried by its Amaq news agency, saying one of its fighters had blown himself up among \"a gathering of rejectionists\", a derogatory term for Shias. [...] An interior ministry official disputed the claim, saying the explosives had been hidden in a parked car and set off by remote control.",
      note="revised toll stands (15 -> 19); wounded 41 - 4 who died = 37; officials dispute the suicide-bomber detail, not IS's responsibility, and say no bomber died"),
    E("Bomb hidden in a cart in a market in al-Shaab, Baghdad: 2 killed, 5 wounded.",
      "2016-07-26", "'On Tuesday' in a Thursday 28 July 2016 report", "al-Shaab", "Baghdad", "IQ", "explosion",
      "unknown", "civilians", 2, None, 5, None,
      "On Tuesday, a bomb hidden in a cart killed two people and wounded five in a market in the al-Shaab district, in the north of Baghdad, police said."),
])

D("b9-27", "2016-12-13", "https://www.example-mesowire.com/2016/12/13/haditha-attack-repelled", "Mesopotamia Wire", "battle", """
Iraqi forces repel Islamic State assault on Haditha's Barwana district

HADITHA, Iraq, Dec 13 (Mesopotamia Wire) - Iraqi troops and tribal fighters repelled an attack by Islamic State militants on the Barwana district of Haditha, in western Anbar, that began before dawn on Monday, military officials said on Tuesday.
The attackers crossed the Euphrates from the desert on the west bank and tried to storm an army base and the district's police station, a police officer in Haditha said.
Five of them wore explosive vests and blew themselves up near the base, he said.
Fourteen other militants were shot dead by the troops and tribal fighters, according to the Anbar Operations Command.
Four soldiers and two members of the tribal forces were killed and eleven were wounded, the command said.
"They wanted to show they are still able to hit us while the world watches Mosul," said the officer, who asked not to be named because he was not authorised to speak to the media.
As the remaining attackers withdrew, aircraft of the US-led coalition struck their vehicles on the road between Haditha and Anah, killing "dozens", a coalition spokesman said.
Haditha has never fallen to the Islamic State group, although the militants have surrounded it for long periods since 2014.
The Jughaifi tribe, which fights alongside the army in the town, has lost hundreds of men.
The militants still hold Anah, Rawa and al-Qaim, further up the Euphrates towards the Syrian border.
Iraqi commanders say an offensive on those towns will follow the battle for Mosul, now in its eighth week.
""", [
    E("Islamic State assault on Barwana, Haditha, repelled: 5 suicide bombers and 14 militants killed, 6 soldiers/tribal fighters killed, 11 wounded.",
      "2016-12-12", "'before dawn on Monday' in a Tuesday 13 December 2016 report", "Barwana", "Anbar", "IQ", "battle",
      "Islamic State", "Iraqi Security Forces", 25, None, 11, None,
      "HADITHA, Iraq, Dec 13 (Mesopotamia Wire) - Iraqi troops and tribal fighters repelled an attack by Islamic State militants on the Barwana district of Haditha, in western Anbar, that began before dawn on Monday, military officials said on Tuesday. [...] Five of them wore explosive vests and blew themselves up near the base, he said. [...] Fourteen other militants were shot dead by the troops and tribal fighters, according to the Anbar Operations Command. [...] Four soldiers and two members of the tribal forces were killed and eleven were wounded, the command said.",
      note="5 + 14 + 4 + 2 = 25; mostly a gun assault with suicide vests at one point: battle (news-dev's Kirkuk-style multi-site assault)"),
    E("Coalition aircraft struck withdrawing Islamic State vehicles on the Haditha-Anah road: 'dozens' killed.",
      "2016-12-12", "during the withdrawal from Monday's attack, Tuesday 13 December 2016 report", "road between Haditha and Anah", "Anbar", "IQ", "explosion",
      "US-led coalition", "Islamic State", None, None, None, None,
      "As the remaining attackers withdrew, aircraft of the US-led coalition struck their vehicles on the road between Haditha and Anah, killing \"dozens\", a coalition spokesman said.",
      note="'dozens' gives null"),
])

D("b9-28", "2018-01-16", "https://www.example-levantmonitor.org/2018/01/16/hts-zenki-clashes", "Levant Monitor", "battle", """
Rebel infighting flares west of Aleppo as HTS and Zenki trade blows

BEIRUT, Jan 16 (Levant Monitor) - Clashes broke out on Monday between Hayat Tahrir al-Sham and the Nour al-Din al-Zenki movement in the town of Darat Izza, west of Aleppo, when HTS fighters tried to arrest a Zenki commander at a checkpoint, the Syrian Observatory for Human Rights said.
Four HTS fighters and three from Zenki were killed in the exchange of fire, which spread to several streets of the town, the monitor said.
Overnight, Zenki retaliated by storming an HTS position in the nearby village of Taqad, killing two of its fighters, according to a Zenki spokesman.
HTS, in a statement on its Telegram channel, accused Zenki of "treachery" and said it had "the right to respond".
Residents of Darat Izza said shops were closed on Tuesday and that gunmen had set up new checkpoints on the main road.
"People are tired; they fought the regime for years, and now the factions fight each other over checkpoints and taxes," one resident said.
The two groups were allies until Zenki left the HTS alliance last July.
Darat Izza lies close to the Turkish border, and Turkish troops have set up an observation post on a nearby hill as part of a de-escalation deal with Russia and Iran.
Meanwhile, government forces continued their push towards the Abu al-Duhur air base in the southeast of Idlib province.
""", [
    E("Clashes in Darat Izza when HTS tried to arrest a Zenki commander at a checkpoint: 4 HTS and 3 Zenki fighters killed.",
      "2018-01-15", "'on Monday' in a Tuesday 16 January 2018 report", "Darat Izza", "Aleppo", "SY", "battle",
      "Hayat Tahrir al-Sham", "Nour al-Din al-Zenki", 7, None, None, None,
      "BEIRUT, Jan 16 (Levant Monitor) - Clashes broke out on Monday between Hayat Tahrir al-Sham and the Nour al-Din al-Zenki movement in the town of Darat Izza, west of Aleppo, when HTS fighters tried to arrest a Zenki commander at a checkpoint, the Syrian Observatory for Human Rights said. [...] Four HTS fighters and three from Zenki were killed in the exchange of fire, which spread to several streets of the town, the monitor said.",
      note="4 + 3 = 7; HTS began it by trying to arrest the commander"),
    E("Zenki retaliated by storming an HTS position in Taqad: 2 HTS fighters killed.",
      "2018-01-15", "'Overnight' after Monday's clashes, in a Tuesday 16 January 2018 report: night of Monday 15 January (first night)", "Taqad", "Aleppo", "SY", "battle",
      "Nour al-Din al-Zenki", "Hayat Tahrir al-Sham", 2, None, None, None,
      "Overnight, Zenki retaliated by storming an HTS position in the nearby village of Taqad, killing two of its fighters, according to a Zenki spokesman."),
])

D("b9-29", "2017-03-24", "https://www.example-tigrisnews.com/2017/03/24/diyala-family-killed", "Tigris News Agency", "killing", """
Six men from one family killed near Muqdadiya; militia denies involvement

BAQUBA, Iraq, March 24 (Tigris News Agency) - Gunmen killed six men from one family at their farmhouse in the village of Imam Wais, north of Muqdadiya, on Wednesday night, police and relatives said.
The victims, a father, four of his sons and a nephew, were taken out of the house and shot, a police source in Diyala said.
The women and children of the family were locked in a room and were not harmed, he said.
Relatives accused a Shia militia that operates in the area of carrying out the killings in revenge for a roadside bomb that killed one of its members last month.
The militia, Asaib Ahl al-Haq, denied the accusation in a statement on Thursday and said the killers were "Daesh criminals trying to sow strife".
The governor of Diyala, Muthanna al-Tamimi, blamed "sleeper cells" and ordered an investigation.
Early on Thursday, hours after the killings, a bomb destroyed the empty house of a Sunni cleric in the centre of Muqdadiya, police said, adding that no one was hurt.
Muqdadiya has seen waves of sectarian violence since Islamic State militants were driven out of most of Diyala province in early 2015.
Sunni politicians have called on the prime minister to send army units to replace the militias that guard the area.
The families of the six men buried them in the town's cemetery on Thursday afternoon, under the guard of police.
""", [
    E("Gunmen killed six men of one family at their farmhouse in Imam Wais, north of Muqdadiya; relatives blamed Asaib Ahl al-Haq, which denied it; governor blamed sleeper cells.",
      "2017-03-22", "'on Wednesday night' in a Friday 24 March 2017 report", "Imam Wais", "Diyala", "IQ", "attack_on_civilians",
      "unknown", "civilians", 6, None, None, None,
      "BAQUBA, Iraq, March 24 (Tigris News Agency) - Gunmen killed six men from one family at their farmhouse in the village of Imam Wais, north of Muqdadiya, on Wednesday night, police and relatives said. [...] Relatives accused a Shia militia that operates in the area of carrying out the killings in revenge for a roadside bomb that killed one of its members last month. [...] The militia, Asaib Ahl al-Haq, denied the accusation in a statement on Thursday and said the killers were \"Daesh criminals trying to sow strife\".",
      note="blame contested (relatives vs militia's denial vs governor's 'sleeper cells'), no claim: unknown"),
    E("Bomb destroyed the empty house of a Sunni cleric in central Muqdadiya; no one hurt.",
      "2017-03-23", "'Early on Thursday, hours after the killings' in a Friday 24 March 2017 report", "Muqdadiya", "Diyala", "IQ", "other",
      "unknown", "none", 0, None, 0, None,
      "Early on Thursday, hours after the killings, a bomb destroyed the empty house of a Sunni cleric in the centre of Muqdadiya, police said, adding that no one was hurt.",
      note="property destruction with no human target: other / none; could also be read as explosion"),
])

D("b9-30", "2018-06-26", "https://www.example-euphratespress.org/2018/06/26/daraa-offensive-busra-harir", "Euphrates Press", "offensive", """
Daraa: toll in Busra al-Harir shelling rises to seven as offensive widens

AMMAN, June 26 (Euphrates Press) - Two people wounded in government shelling of the town of Busra al-Harir, in the east of Daraa province, died of their injuries on Tuesday, raising the toll from Monday's bombardment to seven, the Syrian Observatory for Human Rights said.
The monitor had reported five dead and 12 wounded on Monday, when dozens of rockets and artillery shells fell on the town's residential areas.
A doctor at a field hospital in the nearby town of al-Musayfra said most of the wounded were women and children.
Government forces, backed by Russian aircraft, have been pressing an offensive on the rebel-held east of Daraa for a week, despite a de-escalation deal agreed last year by Russia, the United States and Jordan.
Jordan, which already hosts more than 650,000 registered Syrian refugees, has said it will not open its border to new arrivals.
The United Nations says at least 45,000 people have fled their homes in the province since the start of the offensive, many of them towards the border.
In the west of the province, fighters loyal to the Khalid ibn al-Walid Army, which has pledged allegiance to the Islamic State group, attacked rebel positions in the village of Hayt on Sunday, a rebel spokesman said.
The rebels said they lost four men and killed three of the attackers before pushing them back towards the Yarmouk valley.
The Khalid ibn al-Walid Army controls a strip of villages in the Yarmouk basin, at the meeting point of the Syrian, Jordanian and Israeli-occupied Golan borders.
Rebel commanders say they are fighting on two fronts, against the government in the east and the jihadists in the west.
""", [
    E("Government shelling of Busra al-Harir: toll 5 -> 7 after two wounded died; 12 wounded initially (10 remaining).",
      "2018-06-25", "'Monday's bombardment' in a Tuesday 26 June 2018 report", "Busra al-Harir", "Daraa", "SY", "explosion",
      "Syrian government forces", "civilians", 7, None, 10, None,
      "AMMAN, June 26 (Euphrates Press) - Two people wounded in government shelling of the town of Busra al-Harir, in the east of Daraa province, died of their injuries on Tuesday, raising the toll from Monday's bombardment to seven, the Syrian Observatory for Human Rights said. [...] The monitor had reported five dead and 12 wounded on Monday, when dozens of rockets and artillery shells fell on the town's residential areas.",
      note="wounded who died moved to killed: 5 + 2 = 7 killed, 12 - 2 = 10 wounded"),
    E("Khalid ibn al-Walid Army fighters attacked rebel positions in Hayt: 4 rebels and 3 attackers killed.",
      "2018-06-24", "'on Sunday' in a Tuesday 26 June 2018 report", "Hayt", "Daraa", "SY", "battle",
      "Khalid ibn al-Walid Army", "Syrian rebels", 7, None, None, None,
      "In the west of the province, fighters loyal to the Khalid ibn al-Walid Army, which has pledged allegiance to the Islamic State group, attacked rebel positions in the village of Hayt on Sunday, a rebel spokesman said. [...] The rebels said they lost four men and killed three of the attackers before pushing them back towards the Yarmouk valley.",
      note="4 + 3 = 7; an IS-affiliated group (could also be scored as Islamic State)"),
], [
    {"what": "displaced", "value": 45000, "place": "Daraa province", "evidence": "The United Nations says at least 45,000 people have fled their homes in the province since the start of the offensive, many of them towards the border."},
])

D("b9-31", "2019-10-29", "https://www.example-mesowire.com/2019/10/29/salahuddin-ambush-claim", "Mesopotamia Wire", "ambush", """
Islamic State claims ambush on Hashd east of Tikrit; sweep launched

TIKRIT, Iraq, Oct 29 (Mesopotamia Wire) - Three fighters of the Popular Mobilization Forces were killed and four wounded when their convoy was ambushed on the road between Tikrit and Tuz Khurmatu on Sunday night, a Hashd official said.
The attackers used a roadside bomb to stop the lead vehicle and then opened fire with machine guns from a nearby hill, the official said.
Security officials had said on Monday that they suspected remnants of the Islamic State group, which has been regrouping in the hills east of the Tigris.
On Tuesday, the group said in a statement published by its Amaq news agency that its fighters had "destroyed two vehicles of the rafidi Hashd" and killed everyone inside.
The Hashd said the claim was exaggerated.
In response to the ambush, Hashd units and army troops launched a cordon-and-search operation in the villages around al-Alam on Monday, killing two suspected militants and detaining five others, a military statement said.
The operation was still going on on Tuesday, it said.
Attacks by the militants in Salahuddin and Kirkuk have increased in recent months, as the security forces are stretched by anti-government protests in Baghdad and the south.
The Islamic State group lost its last territory in Iraq in 2017, but the United Nations estimates that several thousand of its fighters remain active in Iraq and Syria.
""", [
    E("Islamic State ambushed a PMF convoy on the Tikrit-Tuz Khurmatu road with a roadside bomb and gunfire: 3 killed, 4 wounded; claimed via Amaq two days later.",
      "2019-10-27", "'on Sunday night' in a Tuesday 29 October 2019 report", "road between Tikrit and Tuz Khurmatu", "Salahuddin", "IQ", "battle",
      "Islamic State", "Popular Mobilization Forces", 3, None, 4, None,
      "TIKRIT, Iraq, Oct 29 (Mesopotamia Wire) - Three fighters of the Popular Mobilization Forces were killed and four wounded when their convoy was ambushed on the road between Tikrit and Tuz Khurmatu on Sunday night, a Hashd official said. [...] On Tuesday, the group said in a statement published by its Amaq news agency that its fighters had \"destroyed two vehicles of the rafidi Hashd\" and killed everyone inside.",
      note="'the group' refers back to IS in the previous sentence; the claim's toll is not used; ambush opened with an IED then gunfire: battle"),
    E("PMF and army cordon-and-search around al-Alam after the ambush: 2 suspected militants killed, 5 detained.",
      "2019-10-28", "'on Monday' in a Tuesday 29 October 2019 report", "al-Alam", "Salahuddin", "IQ", "battle",
      "Popular Mobilization Forces", "Islamic State", 2, None, None, None,
      "In response to the ambush, Hashd units and army troops launched a cordon-and-search operation in the villages around al-Alam on Monday, killing two suspected militants and detaining five others, a military statement said.",
      arrested=5, note="the suspects are implicitly the IS remnants blamed for the ambush"),
])

D("b9-32", "2015-06-10", "https://www.example-baghdadpost.net/2015/06/10/musayyib-raid", "Baghdad Daily Post", "raid", """
Three militants killed in exchange of fire with police in al-Musayyib

HILLA, Iraq, June 10 (Baghdad Daily Post) - Three suspected Islamic State militants, among them a man police described as the group's "emir" for northern Babil, were killed in an exchange of fire with police who came to arrest them in al-Musayyib early on Wednesday, the Babil police command said.
A police officer was wounded in the shootout, which lasted about half an hour, it said.
Officers surrounded the house in the al-Askari neighbourhood at about 4am after a tip-off from residents, a police source told the Baghdad Daily Post.
"We called on them to surrender, and they answered with grenades," the source said.
Police said the three men belonged to the cell behind last Friday's car bombing in al-Musayyib's main market, which killed seven people and wounded 22.
Investigators found two explosive belts, rifles and bomb-making material in the house, the statement said.
Al-Musayyib, on the Euphrates about 60 km south of Baghdad, lies near the Jurf al-Sakhar area, which was a stronghold of the militants until last October.
The town has been hit by several bombings this year, most of them aimed at Shia pilgrims on their way to Karbala.
The provincial council has asked the interior ministry to send more police to the northern districts of Babil.
""", [
    E("Police raid on a house in al-Askari, al-Musayyib: 3 suspected Islamic State militants killed in an exchange of fire, 1 officer wounded.",
      "2015-06-10", "'early on Wednesday' in a Wednesday 10 June 2015 report", "al-Askari", "Babil", "IQ", "battle",
      "Iraqi Security Forces", "Islamic State", 3, None, 1, None,
      "HILLA, Iraq, June 10 (Baghdad Daily Post) - Three suspected Islamic State militants, among them a man police described as the group's \"emir\" for northern Babil, were killed in an exchange of fire with police who came to arrest them in al-Musayyib early on Wednesday, the Babil police command said. [...] A police officer was wounded in the shootout, which lasted about half an hour, it said. [...] Officers surrounded the house in the al-Askari neighbourhood at about 4am after a tip-off from residents, a police source told the Baghdad Daily Post.",
      note="police came to arrest them: police are actor1 even though the militants fired too"),
    E("Car bombing in al-Musayyib's main market: 7 killed, 22 wounded; police blame the Islamic State cell killed on Wednesday.",
      "2015-06-05", "'last Friday' in a Wednesday 10 June 2015 report", "al-Musayyib", "Babil", "IQ", "explosion",
      "Islamic State", "civilians", 7, None, 22, None,
      "Police said the three men belonged to the cell behind last Friday's car bombing in al-Musayyib's main market, which killed seven people and wounded 22.",
      note="background incident, clearly placed and dated; police attribute it to the IS cell"),
])

D("b9-33", "2015-01-20", "https://www.example-mesowire.com/2015/01/20/makhmour-front", "Mesopotamia Wire", "front line", """
Peshmerga say 20 militants killed in failed attack near Makhmour

ERBIL, Iraq, Tuesday, 20 January 2015: Kurdish Peshmerga forces beat back an Islamic State attack on their positions near the village of Kanhash, about 15 km from Makhmour, on Sunday, a Peshmerga commander said on Tuesday.
Three Peshmerga fighters were killed and seven wounded, while 20 militants died, said the commander, Brigadier Aziz Shwan.
The militants, he said, came in armoured vehicles and tried to cut the road between Makhmour and Gwer.
On a jihadist account on Twitter, the group said its fighters had killed "dozens of Peshmerga", a claim Kurdish officials rejected.
On Monday, mortar shells fired from militant positions south of the town landed in a residential area of Makhmour, wounding two civilians, the town's mayor said.
Peshmerga officials also said coalition airstrikes in Nineveh province last week had killed about 40 Islamic State fighters, without saying where.
The Peshmerga retook Makhmour from the militants in August, days after they overran it, with the help of the first US airstrikes in Iraq.
Since then, the front line south-west of Erbil has barely moved, with both sides dug in behind earth berms.
Kurdish leaders have repeatedly asked Western governments for heavier weapons, saying their fighters face armoured vehicles captured from the Iraqi army.
""", [
    E("Islamic State attack on Peshmerga positions near Kanhash, 15 km from Makhmour, beaten back: 3 Peshmerga and 20 militants killed, 7 wounded.",
      "2015-01-18", "'on Sunday' in a Tuesday 20 January 2015 report", "Kanhash", "Nineveh", "IQ", "battle",
      "Islamic State", "Peshmerga", 23, None, 7, None,
      "ERBIL, Iraq, Tuesday, 20 January 2015: Kurdish Peshmerga forces beat back an Islamic State attack on their positions near the village of Kanhash, about 15 km from Makhmour, on Sunday, a Peshmerga commander said on Tuesday. [...] Three Peshmerga fighters were killed and seven wounded, while 20 militants died, said the commander, Brigadier Aziz Shwan.",
      note="3 + 20 = 23; IS's claim of 'dozens of Peshmerga' not used"),
    E("Mortar shells from militant positions on a residential area of Makhmour: 2 civilians wounded.",
      "2015-01-19", "'On Monday' in a Tuesday 20 January 2015 report", "Makhmour", "Nineveh", "IQ", "explosion",
      "Islamic State", "civilians", None, None, 2, None,
      "On Monday, mortar shells fired from militant positions south of the town landed in a residential area of Makhmour, wounding two civilians, the town's mayor said.",
      note="'militant positions' on this front are the Islamic State's (the report's only militants)"),
    E("Coalition airstrikes in Nineveh province 'last week' killed about 40 Islamic State fighters, places not given.",
      None, "'last week' in a Tuesday 20 January 2015 report; no day", "Nineveh province", "Nineveh", "IQ", "explosion",
      "US-led coalition", "Islamic State", 40, None, None, None,
      "Peshmerga officials also said coalition airstrikes in Nineveh province last week had killed about 40 Islamic State fighters, without saying where.",
      optional=True, note="aggregate of strikes, province only, week only"),
])

D("b9-34", "2017-03-28", "https://www.example-levantmonitor.org/2017/03/28/qamhana-attack", "Levant Monitor", "battle", """
Army fights off jihadist assault on Qamhana as Hama offensive grinds on

BEIRUT, March 28 (Levant Monitor) - Government positions in the town of Qamhana, north of Hama city, came under a heavy assault by Hayat Tahrir al-Sham and allied factions at dawn on Tuesday, the Syrian Observatory for Human Rights said.
The army and the loyalist militias that guard the town pushed the attackers back after several hours of fighting, it said.
At least 16 members of the government forces and 21 fighters of the jihadist alliance and its allies were killed, according to the monitor.
State news agency SANA said the army had killed "dozens of terrorists" and made no mention of losses among the troops.
In response, Syrian and Russian aircraft carried out more than 50 strikes on the rebel-held towns of Latamneh and Kafr Zita, killing four civilians, the Observatory said.
Qamhana, a town whose militias are among the most loyal to the government, has been the target of the offensive that the jihadists and rebels launched in northern Hama last week.
The attackers seized several villages in the first days, coming within a few kilometres of Hama's military airport.
The government has sent reinforcements from other fronts, and the Russian air force has stepped up raids on the area.
The United Nations has warned of a new wave of displacement towards Idlib province, already crowded with people who fled other parts of Syria.
""", [
    E("HTS and allies assaulted government positions in Qamhana at dawn; pushed back: 16 government and 21 attackers killed (SOHR).",
      "2017-03-28", "'at dawn on Tuesday' in a Tuesday 28 March 2017 report", "Qamhana", "Hama", "SY", "battle",
      "Hayat Tahrir al-Sham", "Syrian government forces", 37, None, None, None,
      "BEIRUT, March 28 (Levant Monitor) - Government positions in the town of Qamhana, north of Hama city, came under a heavy assault by Hayat Tahrir al-Sham and allied factions at dawn on Tuesday, the Syrian Observatory for Human Rights said. [...] At least 16 members of the government forces and 21 fighters of the jihadist alliance and its allies were killed, according to the monitor.",
      note="16 + 21 = 37; SANA's 'dozens of terrorists' is vague and not a conflicting figure"),
    E("Syrian and Russian airstrikes on Latamneh and Kafr Zita in response: 4 civilians killed.",
      "2017-03-28", "same day ('In response') as Tuesday's assault, Tuesday 28 March 2017 report", "Latamneh and Kafr Zita", "Hama", "SY", "explosion",
      "Syrian government forces", "civilians", 4, None, None, None,
      "In response, Syrian and Russian aircraft carried out more than 50 strikes on the rebel-held towns of Latamneh and Kafr Zita, killing four civilians, the Observatory said.",
      note="two towns sharing one toll: one event; date taken from 'In response' to the dawn assault, a judgement"),
], [
    {"what": "other", "value": 50, "place": "Latamneh and Kafr Zita", "evidence": "In response, Syrian and Russian aircraft carried out more than 50 strikes on the rebel-held towns of Latamneh and Kafr Zita, killing four civilians, the Observatory said.", "note": "airstrikes"},
])

D("b9-35", "2014-09-09", "https://www.example-tigrisnews.com/2014/09/09/diyala-minibus-bomb", "Tigris News Agency", "round-up", """
Minibus bombed on Baquba-Khalis road; bodies found near Buhriz

BAQUBA, Iraq, Sept 9 (Tigris News Agency) - A roadside bomb struck a minibus on the road between Baquba and Khalis, about 10 km north of Baquba, on Monday afternoon, killing four passengers, two of them women, and wounding seven, a police source said.
The minibus was carrying day labourers and their families back to their villages, the source said.
Police found the bodies of seven men, handcuffed and shot in the head, in an orchard near Buhriz, south of Baquba, on Tuesday morning, a medical source at Baquba General Hospital said.
It was not known when the men had been killed or who they were.
On Saturday, militants blew up a small bridge on the road between Baquba and Muqdadiya, cutting one of the main routes to the north-east of the province, the police source said.
Diyala, a mixed province of Sunnis, Shias and Kurds, has been one of the worst hit by violence since Islamic State militants swept through northern Iraq in June.
The militants still control several areas in the north of the province, around the Hamrin mountains and the town of Saadiya.
Shia militias fighting alongside the army have been accused by rights groups of killing Sunni civilians in areas they retook, accusations they deny.
Prime Minister Haider al-Abadi, who took office on Monday, has promised to rein in armed groups operating outside state control.
""", [
    E("Roadside bomb struck a minibus on the Baquba-Khalis road, 10 km north of Baquba: 4 killed including 2 women, 7 wounded.",
      "2014-09-08", "'on Monday afternoon' in a Tuesday 9 September 2014 report", "road between Baquba and Khalis", "Diyala", "IQ", "explosion",
      "unknown", "civilians", 4, None, 7, None,
      "BAQUBA, Iraq, Sept 9 (Tigris News Agency) - A roadside bomb struck a minibus on the road between Baquba and Khalis, about 10 km north of Baquba, on Monday afternoon, killing four passengers, two of them women, and wounding seven, a police source said."),
    E("Bodies of seven handcuffed men, shot in the head, found in an orchard near Buhriz; time of killing unknown.",
      None, "found on Tuesday 9 September 2014; 'It was not known when the men had been killed'", "near Buhriz", "Diyala", "IQ", "attack_on_civilians",
      "unknown", "civilians", 7, None, None, None,
      "Police found the bodies of seven men, handcuffed and shot in the head, in an orchard near Buhriz, south of Baquba, on Tuesday morning, a medical source at Baquba General Hospital said. [...] It was not known when the men had been killed or who they were.",
      optional=True, note="discovery of bodies: the killing's date is unknown"),
    E("Militants blew up a small bridge on the Baquba-Muqdadiya road.",
      "2014-09-06", "'On Saturday' in a Tuesday 9 September 2014 report", "road between Baquba and Muqdadiya", "Diyala", "IQ", "other",
      "militants (unidentified)", "none", None, None, None, None,
      "On Saturday, militants blew up a small bridge on the road between Baquba and Muqdadiya, cutting one of the main routes to the north-east of the province, the police source said.",
      note="sabotage with no human target; 'militants' not named (IS is only in background)"),
])

D("b9-36", "2017-05-18", "https://www.example-euphratespress.org/2017/05/18/tabqa-checkpoint-bombing", "Euphrates Press", "attack", """
Suicide attack on SDF checkpoint in Tabqa days after town's capture

QAMISHLI, Syria, May 18 (Euphrates Press) - A suicide bomber blew himself up at a checkpoint of the Syrian Democratic Forces at the southern entrance of al-Tabqa on Wednesday, killing six people, four SDF fighters and two civilians, and wounding nine, an SDF spokesman said.
The toll does not include the bomber and two gunmen who tried to storm the checkpoint after the blast and were shot dead by the guards, the spokesman said.
The Islamic State group claimed the attack on Thursday through its Amaq news agency, saying three of its "martyrdom seekers" had killed "dozens of apostates".
The SDF, an alliance dominated by the Kurdish People's Protection Units (YPG), took full control of al-Tabqa and the nearby dam last week with the support of US-led coalition aircraft and special forces.
It is now preparing to attack Raqqa, the militants' de facto capital in Syria, about 50 km to the east.
On Monday, coalition airstrikes hit houses in the village of al-Mansoura, west of Raqqa, killing five civilians, the Syrian Observatory for Human Rights said.
A coalition spokesman said it was looking into the report and that it takes all allegations of civilian casualties seriously.
Aid workers say tens of thousands of people have fled the Raqqa countryside in recent weeks, many of them to camps in the desert north of the city.
"""
, [
    E("Suicide bomber and two gunmen attacked an SDF checkpoint at the southern entrance of al-Tabqa: 4 SDF + 2 civilians killed, plus the bomber and 2 gunmen; 9 wounded; Islamic State claimed via Amaq.",
      "2017-05-17", "'on Wednesday' in a Thursday 18 May 2017 report", "al-Tabqa", "Raqqa", "SY", "explosion",
      "Islamic State", "Syrian Democratic Forces", 9, None, 9, None,
      "QAMISHLI, Syria, May 18 (Euphrates Press) - A suicide bomber blew himself up at a checkpoint of the Syrian Democratic Forces at the southern entrance of al-Tabqa on Wednesday, killing six people, four SDF fighters and two civilians, and wounding nine, an SDF spokesman said. [...] The toll does not include the bomber and two gunmen who tried to storm the checkpoint after the blast and were shot dead by the guards, the spokesman said. [...] The Islamic State group claimed the attack on Thursday through its Amaq news agency, saying three of its \"martyrdom seekers\" had killed \"dozens of apostates\".",
      note="6 + bomber + 2 gunmen = 9; the claim's 'dozens' not used"),
    E("Coalition airstrikes on houses in al-Mansoura, west of Raqqa: 5 civilians killed (SOHR).",
      "2017-05-15", "'On Monday' in a Thursday 18 May 2017 report", "al-Mansoura", "Raqqa", "SY", "explosion",
      "US-led coalition", "civilians", 5, None, None, None,
      "On Monday, coalition airstrikes hit houses in the village of al-Mansoura, west of Raqqa, killing five civilians, the Syrian Observatory for Human Rights said."),
])


if __name__ == "__main__":
    main()
