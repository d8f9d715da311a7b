#!/usr/bin/env python3
"""probe-holdout8: hand-written, blind reports (invented incidents in real places) with gold.

HELD OUT: the lead reads only aggregate scores, never the reports or gold.

Run: python3 make.py   -> writes docs.jsonl and gold.jsonl beside this file, after checking
that every evidence piece is verbatim in its text, no event date is after publication, weekday
words in date notes agree with dates, datelines and written dates are true calendar facts,
types come from the gold schema and *_high >= the low count.
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
MON3 = {m[:3]: i + 1 for i, m in enumerate(MONTHS)}
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


def F(what, value, place, evidence, note=None):
    f = {"what": what, "value": value, "place": place, "evidence": evidence}
    if note:
        f["note"] = note
    return f


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
        # weekday + full date written in the text
        for m in re.finditer(r"(%s),? (\d{1,2}) (%s),? (\d{4})" % ("|".join(WEEKDAYS), "|".join(MONTHS)), t):
            day = dt.date(int(m.group(4)), MONTHS.index(m.group(3)) + 1, int(m.group(2)))
            if WEEKDAYS[day.weekday()] != m.group(1):
                errs.append(f"{d['id']}: text says {m.group(0)} but it is a {WEEKDAYS[day.weekday()]}")
        for m in re.finditer(r"(%s),? (%s) (\d{1,2}),? (\d{4})" % ("|".join(WEEKDAYS), "|".join(MONTHS)), t):
            day = dt.date(int(m.group(4)), MONTHS.index(m.group(2)) + 1, int(m.group(3)))
            if WEEKDAYS[day.weekday()] != m.group(1):
                errs.append(f"{d['id']}: text says {m.group(0)} but it is a {WEEKDAYS[day.weekday()]}")
        # dateline "CITY, Country, Mon D (Outlet) -": the day must be publication day or up to 2 days before
        m = re.search(r"^[A-Z][A-Z'/ .-]+,(?: [A-Za-z ]+,)? (%s)[a-z]*\.? (\d{1,2}) \(" % "|".join(MON3), t, re.M)
        if m and pub:
            day = dt.date(pub.year, MON3[m.group(1)], int(m.group(2)))
            if not (pub - dt.timedelta(days=2) <= day <= pub):
                errs.append(f"{d['id']}: dateline {m.group(0)!r} does not fit publication {pub}")
        elif pub and d["kind"] not in ("analysis", "statistics"):
            errs.append(f"{d['id']}: no dateline found")
        n = len(re.findall(r"[.!?\"”](\s|$)", t))
        if n < 8 or n > 27:
            errs.append(f"{d['id']}: {n} sentences")
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
        for i, f in enumerate(d["figures"]):
            for piece in f["evidence"].split(" [...] "):
                if piece not in t:
                    errs.append(f"{d['id']} figure {i}: evidence not in text: {piece[:70]!r}")
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
    figs = sum(len(d["figures"]) for d in DOCS)
    print(f"{len(DOCS)} reports, {empty} without events, {ev} events ({opt} optional), {figs} figures")


# ---------------------------------------------------------------- reports
# ---- N1: trial, Baghdad (no new incident)
D("h8-01", "2018-04-17", "https://www.example-tigris-post.com/2018/04/17/court-bayaa-market-bombing-sentences", "Tigris Post", "court", """
Baghdad court sends three men to the gallows over 2015 Bayaa market bombing

BAGHDAD, April 17 (Tigris Post) - The Central Criminal Court in Baghdad on Monday sentenced three Iraqi men to death for their part in the truck bombing of the Bayaa wholesale market in July 2015, a judicial spokesman said.

The explosion, in the hours before the Eid holiday, killed 57 people and left more than a hundred wounded, according to the health ministry's figures at the time.

Prosecutors told the court that the men had rented a warehouse in the Saydiya neighbourhood where the explosives were packed into a refrigerated lorry.

"These are the hands that loaded the truck, and the law has answered them," said the spokesman, Hayder Jassim al-Obaidi.

A fourth defendant, accused of driving a scouting car ahead of the lorry, was given fifteen years in prison.

Defence lawyers said their clients had confessed under duress and that they would appeal.

Islamic State claimed the bombing a day after it happened, in a statement circulated online.

Relatives of the victims filled the public benches and some wept as the verdicts were read.

Human rights groups have criticised the speed of terrorism trials in Iraq, where hearings often last less than an hour.

Iraq's presidency must ratify death sentences before they can be carried out.

Read more: Baghdad's markets return to life three years on
""", [])

# ---- N2: analysis, Salahuddin (no new incident)
D("h8-02", "2019-08-21", "https://www.example-mesopotamia-review.com/analysis/2019/08/21/insurgency-in-the-makhoul-hills", "Mesopotamia Review", "analysis", """
Analysis: Two years after defeat, Islamic State digs in along the Makhoul hills

By Nadia Fadhil

Two summers after Iraq declared victory over Islamic State, the group has settled into a pattern that Iraqi officers describe as patient rather than weak.

Its cells in Salahuddin province rarely number more than a dozen men, according to intelligence estimates shared with this publication, and they move between caves in the Makhoul range and the orchards along the Tigris near Samarra.

The attacks they carry out are small: a bomb under a culvert, a night raid on a shepherd suspected of informing, a burnt wheat field.

Officers at the Salahuddin operations command estimate that between 300 and 400 fighters remain active across the province and the neighbouring Hamrin mountains.

"They do not want to hold land anymore, they want to make it impossible for anyone else to hold it," said a brigadier who asked not to be named because he was not allowed to brief the press.

Local leaders complain that the Popular Mobilization Forces, which man many of the checkpoints, are stretched thin and poorly coordinated with the army.

The provincial council says more than 12,000 families from the Baiji and Shirqat areas have still not gone home.

Some of those families cannot return because relatives are accused of joining the group, a form of collective punishment that researchers warn could feed the next insurgency.

The US-led coalition has cut back its advisers in the province, though its aircraft still fly surveillance over the river valley.

None of the officers interviewed for this piece expected the cells to be gone within the next year.
""", [], [
    F("fighters", 300, "Salahuddin and Hamrin mountains",
      "Officers at the Salahuddin operations command estimate that between 300 and 400 fighters remain active across the province and the neighbouring Hamrin mountains.", note="300-400"),
    F("displaced", 12000, "Baiji and Shirqat areas",
      "The provincial council says more than 12,000 families from the Baiji and Shirqat areas have still not gone home.", note="families, 'more than'"),
])

# ---- N3: aid appeal, Idlib (no new incident)
D("h8-03", "2019-06-12", "https://www.example-relief-bulletin.org/2019/06/12/idlib-appeal-tents-water", "Relief Bulletin", "appeal", """
UN agencies ask for urgent funds as camps swell along Syria's Turkish border

GENEVA/ANTAKYA, June 12 (Relief Bulletin) - United Nations agencies appealed on Wednesday for an extra 336 million dollars to shelter and feed people who have fled the fighting in northwest Syria since late April.

More than 330,000 people have moved north towards the Turkish border in six weeks, the UN's humanitarian coordination office said in its appeal.

Many are living under olive trees or in unfinished buildings around Atmeh and Sarmada, where existing camps were already full.

"We are seeing families who have been displaced five or six times in this war," said Ingrid Halvorsen, a spokeswoman for the office.

Twenty-four health facilities in Idlib and northern Hama have been put out of service since the end of April, according to the World Health Organization.

Aid workers say water trucking is the most urgent gap, with temperatures already above 35 degrees Celsius.

Turkey, which already hosts more than 3.6 million Syrian refugees, has kept its border closed to new arrivals.

Donors have so far funded less than a third of this year's plan for Syria.

The appeal came as diplomats in New York again failed to agree on a statement calling for a ceasefire in the province.
""", [], [
    F("displaced", 330000, "northwest Syria",
      "More than 330,000 people have moved north towards the Turkish border in six weeks, the UN's humanitarian coordination office said in its appeal.", note="'more than', since late April"),
    F("other", 24, "Idlib and northern Hama",
      "Twenty-four health facilities in Idlib and northern Hama have been put out of service since the end of April, according to the World Health Organization.", note="health facilities out of service"),
])

# ---- N4: funeral, Basra (no new incident)
D("h8-04", "2017-11-03", "https://www.example-gulf-shore-news.com/iraq/2017/11/03/basra-funeral-identified-remains", "Gulf Shore News", "funeral", """
Basra buries 19 men identified from a 2014 mass grave

BASRA, Iraq, Nov 3 (Gulf Shore News) - Thousands of mourners followed nineteen coffins through the streets of Basra on Friday, three years after the men disappeared on the road north of Tikrit.

The men, most of them young recruits from the Abu al-Khasib and Zubair districts, were among hundreds seized by Islamic State militants in June 2014 as they tried to leave their base.

Their remains were exhumed from a grave on the banks of the Tigris and identified through DNA tests in Baghdad over the past year, the health ministry said.

"I waited three years to have a grave I can visit," said Umm Mustafa, whose 19-year-old son was among those buried.

The coffins, draped in Iraqi flags, were carried to the Imam Ali shrine in the city centre before being driven to Najaf for burial.

Provincial governor's office spokesman Ali Kadhim said the families would receive the same compensation as soldiers killed in battle.

Forensic teams have so far identified more than 600 sets of remains from the 2014 killings, according to the Martyrs Foundation.

Many families are still waiting for news, and some have given DNA samples twice.

Police closed the main roads of the Ashar district for the procession, which passed without incident.
""", [], [
    F("other", 600, "Salahuddin",
      "Forensic teams have so far identified more than 600 sets of remains from the 2014 killings, according to the Martyrs Foundation.", note="remains identified, 'more than'"),
])

# ---- N5: policy, Afghanistan (no new incident)
D("h8-05", "2018-02-07", "https://www.example-kabul-ledger.com/2018/02/07/local-police-to-be-folded-into-army", "Kabul Ledger", "policy", """
Kabul to fold village militias into the army by next year, ministry says

KABUL, Feb 7 (Kabul Ledger) - Afghanistan's interior ministry said on Wednesday it would begin moving the Afghan Local Police, a village defence force of around 28,000 men, into a new territorial army starting in the spring.

The plan, drawn up with NATO advisers, would put the local units under army command and give them regular salaries and training.

"These men know their valleys, but they have not been supervised as they should be," said deputy minister Sayed Rahmatullah Hashimi at a news conference.

Rights groups have accused some Local Police commanders of extortion and abuses against villagers.

Provincial officials in Helmand and Kunduz, where the units hold many outposts, warned that the change could leave gaps in the defence of rural districts.

The ministry said no outpost would be abandoned during the handover.

Parliament's defence committee is expected to debate the budget for the new force next month.

The Taliban have repeatedly targeted Local Police posts, which are often lightly armed and isolated.

The ministry did not say how many of the current members would pass the vetting needed to join the army.
""", [], [
    F("fighters", 28000, "Afghanistan",
      "Afghanistan's interior ministry said on Wednesday it would begin moving the Afghan Local Police, a village defence force of around 28,000 men, into a new territorial army starting in the spring.", note="Afghan Local Police strength, 'around'"),
])

# ---- N6: statistics, Iraq (no new incident)
D("h8-06", "2016-02-02", "https://www.example-iraq-monitor.org/reports/2016/02/02/january-casualty-count", "Iraq Civilian Monitor", "statistics", """
January toll: at least 849 Iraqis killed in violence, monitor says

The Iraq Civilian Monitor, an independent group that counts deaths from media and hospital reports, said on Tuesday that at least 849 Iraqis were killed in acts of violence and armed conflict in January.

Of these, 612 were civilians and 237 members of the security forces, including police and the Popular Mobilization Forces, the group said.

Another 1,313 people were wounded during the month.

Baghdad was again the worst-hit province, with 297 civilians killed, followed by Anbar and Diyala.

The monitor said the figures for Anbar were likely to be too low, because it could not verify deaths in areas held by Islamic State.

"These are the deaths we could confirm, not all the deaths that happened," said the group's director, Sami Hamdan.

The count for January was lower than December's, when fighting for Ramadi pushed the toll above 1,000.

The monitor does not include deaths of Islamic State fighters in its tally.

Its figures often differ from those published by the government, which has stopped releasing monthly totals for the army.
""", [], [
    F("killed", 849, "Iraq", "said on Tuesday that at least 849 Iraqis were killed in acts of violence and armed conflict in January.", note="January 2016"),
    F("killed", 612, "Iraq", "Of these, 612 were civilians and 237 members of the security forces, including police and the Popular Mobilization Forces, the group said.", note="civilians; 237 security forces"),
    F("wounded", 1313, "Iraq", "Another 1,313 people were wounded during the month."),
    F("killed", 297, "Baghdad", "Baghdad was again the worst-hit province, with 297 civilians killed, followed by Anbar and Diyala."),
])
# ---- Iraq: Mosul, March 2017
D("h8-07", "2017-03-14", "https://www.example-tigris-wire.com/2017/03/14/mosul-police-bab-al-tob-car-bombs", "Tigris Wire", "incident", """
Iraqi police push into Mosul's old city as car bombs hit Wadi Hajar

MOSUL, Iraq, March 14 (Tigris Wire) - Iraqi federal police retook the Bab al-Tob area on the edge of Mosul's old city on Monday, bringing them within a few hundred metres of the al-Nuri mosque, their commander said.

"Bab al-Tob is in our hands and our flag is on the old gate," Lieutenant General Raed Shakir Jawdat said in a statement read on state television.

Hours later, police units in the Wadi Hajar district came under attack from two car bombs driven by suicide bombers, killing four policemen as well as both drivers, a police colonel said.

Nine other officers were wounded, the colonel said, speaking on condition of anonymity.

Islamic State's Amaq news agency said late on Monday that two of the group's fighters had carried out "martyrdom operations" against the police in the west of the city.

Residents of the al-Jadida district, meanwhile, said an air strike on Sunday had brought down a row of houses where families had been sheltering.

Dozens of civilians were killed, according to two residents reached by telephone, who said bodies were still being pulled from the rubble on Tuesday.

A coalition spokesman said its aircraft had struck Islamic State fighters and equipment in al-Jadida on Sunday and that it was assessing the reports of civilian deaths.

Iraqi forces launched the push into western Mosul on Feb. 19, after taking the eastern half of the city in January.

More than 180,000 people have fled the western side since then, according to the migration ministry.

The old city's narrow lanes are too tight for armoured vehicles, and commanders expect the fighting there to be slow.

PHOTO: A federal police officer fires from a rooftop in the Bab al-Tob area of Mosul, March 13, 2017.
""", [
    E("Federal police retook the Bab al-Tob area on the edge of Mosul's old city.",
      "2017-03-13", "'on Monday' before the Tuesday 14 March 2017 dateline", "Bab al-Tob, Mosul", "Nineveh", "IQ", "territory_gain",
      "Iraqi Security Forces", "Islamic State", None, None, None, None,
      "Iraqi federal police retook the Bab al-Tob area on the edge of Mosul's old city on Monday, bringing them within a few hundred metres of the al-Nuri mosque, their commander said."),
    E("Two suicide car bombs struck police units in Wadi Hajar, killing four policemen and both drivers and wounding nine officers; IS claimed via Amaq.",
      "2017-03-13", "'Hours later' after Monday's advance; Monday 13 March 2017", "Wadi Hajar, Mosul", "Nineveh", "IQ", "explosion",
      "Islamic State", "Iraqi Security Forces", 6, None, 9, None,
      "Hours later, police units in the Wadi Hajar district came under attack from two car bombs driven by suicide bombers, killing four policemen as well as both drivers, a police colonel said. [...] Nine other officers were wounded, the colonel said, speaking on condition of anonymity. [...] Islamic State's Amaq news agency said late on Monday that two of the group's fighters had carried out \"martyrdom operations\" against the police in the west of the city.",
      note="4 police + 2 suicide drivers = 6"),
    E("An air strike brought down houses in al-Jadida where families sheltered, killing dozens of civilians per residents; the coalition said it struck IS there that day.",
      "2017-03-12", "'on Sunday' before the Tuesday 14 March 2017 report", "al-Jadida, Mosul", "Nineveh", "IQ", "explosion",
      "US-led coalition", "civilians", None, None, None, None,
      "Residents of the al-Jadida district, meanwhile, said an air strike on Sunday had brought down a row of houses where families had been sheltering. [...] Dozens of civilians were killed, according to two residents reached by telephone, who said bodies were still being pulled from the rubble on Tuesday. [...] A coalition spokesman said its aircraft had struck Islamic State fighters and equipment in al-Jadida on Sunday and that it was assessing the reports of civilian deaths.",
      note="'dozens' -> null; coalition acknowledges striking the district that day"),
], [
    F("displaced", 180000, "western Mosul", "More than 180,000 people have fled the western side since then, according to the migration ministry.", note="since 19 Feb 2017"),
])

# ---- Iraq: Fallujah, June 2016 (dateline a day before publication)
D("h8-08", "2016-06-08", "https://www.example-euphrates-daily.com/2016/06/08/fallujah-shuhada-attack-repelled", "Euphrates Daily", "incident", """
Troops beat back Islamic State raid in south Fallujah as families risk the river

BAGHDAD, June 7 (Euphrates Daily) - Iraqi troops repelled a pre-dawn attack by Islamic State fighters on their positions in the Shuhada district in southern Fallujah on Tuesday, killing 18 of the attackers, an army spokesman said.

Two soldiers were also killed and five wounded in the fighting, which lasted about three hours, according to Brigadier General Yahya Rasool.

The militants had used tunnels dug under the district's houses to reach the army's lines, he said.

Counter-Terrorism Service units pushed into the al-Nuaimiya neighbourhood on the city's southern edge on Sunday but had not yet cleared it, officers at the front said.

Inside the city, conditions for the tens of thousands of civilians still trapped are growing desperate.

On Monday evening, militants opened fire on a group of families trying to cross the Euphrates on a makeshift raft near the village of al-Halabsa, southwest of the city, killing five people including two children, a local official said.

He blamed Islamic State snipers, who he said had been shooting at anyone trying to flee.

"They would rather see the families drown than let them go," said the official, a member of the Anbar provincial council.

About 20,000 people have reached government lines since the offensive began on May 23, according to the Norwegian Refugee Council.

Islamic State has held Fallujah, 50 km west of Baghdad, since January 2014, longer than any other Iraqi city.

The Popular Mobilization Forces, mostly Shi'ite militias, are taking part in the operation but have been kept to the outskirts.
""", [
    E("IS fighters attacked army positions in Shuhada district; troops repelled them, killing 18 attackers; two soldiers killed and five wounded.",
      "2016-06-07", "'on Tuesday' in a report datelined Tuesday June 7, published June 8, 2016", "Shuhada district, Fallujah", "Anbar", "IQ", "battle",
      "Islamic State", "Iraqi Security Forces", 20, None, 5, None,
      "Iraqi troops repelled a pre-dawn attack by Islamic State fighters on their positions in the Shuhada district in southern Fallujah on Tuesday, killing 18 of the attackers, an army spokesman said. [...] Two soldiers were also killed and five wounded in the fighting, which lasted about three hours, according to Brigadier General Yahya Rasool.",
      note="18 attackers + 2 soldiers = 20; IS attacked ('repelled')"),
    E("CTS units pushed into al-Nuaimiya on Fallujah's southern edge without clearing it.",
      "2016-06-05", "'on Sunday' before the Tuesday June 7 dateline", "al-Nuaimiya, Fallujah", "Anbar", "IQ", "battle",
      "Counter-Terrorism Service", "Islamic State", None, None, None, None,
      "Counter-Terrorism Service units pushed into the al-Nuaimiya neighbourhood on the city's southern edge on Sunday but had not yet cleared it, officers at the front said.",
      note="entered but not taken: battle"),
    E("Snipers fired on families crossing the Euphrates on a raft near al-Halabsa, killing five including two children; an official blamed IS.",
      "2016-06-06", "'On Monday evening' before the Tuesday June 7 dateline", "al-Halabsa, southwest of Fallujah", "Anbar", "IQ", "attack_on_civilians",
      "Islamic State", "civilians", 5, None, None, None,
      "On Monday evening, militants opened fire on a group of families trying to cross the Euphrates on a makeshift raft near the village of al-Halabsa, southwest of the city, killing five people including two children, a local official said. [...] He blamed Islamic State snipers, who he said had been shooting at anyone trying to flee.",
      note="perpetrator named by a pronoun-linked blame ('He blamed Islamic State snipers')"),
], [
    F("displaced", 20000, "Fallujah", "About 20,000 people have reached government lines since the offensive began on May 23, according to the Norwegian Refugee Council.", note="'about', since 23 May"),
])

# ---- Iraq: Ramadi, December 2015
D("h8-09", "2015-12-17", "https://www.example-anbar-observer.com/2015/12/17/ramadi-tamim-sweep-arrests", "Anbar Observer", "incident", """
Troops round up suspects in Ramadi's Tamim district ahead of final push

RAMADI, Iraq, Dec 17 (Anbar Observer) - Iraqi counter-terrorism troops arrested nine men during a cordon-and-search operation in Ramadi's Tamim district on Wednesday, a spokesman for the force said.

The men were suspected of passing information to Islamic State fighters who still hold the city centre across the river, according to the spokesman, Sabah al-Numan.

In the nearby Humeira area, two suspected Islamic State fighters were killed in an encounter with security forces the same day, a police officer said.

Tamim, on the southwestern edge of Ramadi, has been in government hands for several weeks and is the launching point for the assault on the government complex.

Last week, a roadside bomb struck an army Humvee on the road between Ramadi and Hit, killing three soldiers, an officer in the Anbar Operations Command said.

Commanders say roughly 600 to 1,000 Islamic State fighters remain inside Ramadi, which the group seized in May.

"They have mined every street and every house they leave," said Colonel Ahmed Jassim, who commands a battalion in Tamim.

The United Nations estimates that about 10,000 civilians are trapped in the city, and the army has dropped leaflets telling them to leave.

Few have managed to get out, residents who escaped earlier said.

Sunni tribal fighters trained by the US-led coalition are expected to hold the districts once the army moves on.
""", [
    E("Counter-terrorism troops arrested nine suspected IS informants in a cordon-and-search of Ramadi's Tamim district.",
      "2015-12-16", "'on Wednesday' before the Thursday 17 December 2015 report", "Tamim district, Ramadi", "Anbar", "IQ", "arrest",
      "Counter-Terrorism Service", "Islamic State", None, None, None, None,
      "Iraqi counter-terrorism troops arrested nine men during a cordon-and-search operation in Ramadi's Tamim district on Wednesday, a spokesman for the force said.",
      arrested=9),
    E("Two suspected IS fighters were killed in an encounter with security forces in the Humeira area.",
      "2015-12-16", "'the same day' as Wednesday's Tamim operation", "Humeira, Ramadi", "Anbar", "IQ", "battle",
      "Iraqi Security Forces", "Islamic State", 2, None, None, None,
      "In the nearby Humeira area, two suspected Islamic State fighters were killed in an encounter with security forces the same day, a police officer said.",
      note="'killed in an encounter with security forces': forces as actor1"),
    E("A roadside bomb hit an army Humvee on the Ramadi-Hit road, killing three soldiers.",
      None, "'Last week'; no day", "road between Ramadi and Hit", "Anbar", "IQ", "explosion",
      "unknown", "Iraqi Security Forces", 3, None, None, None,
      "Last week, a roadside bomb struck an army Humvee on the road between Ramadi and Hit, killing three soldiers, an officer in the Anbar Operations Command said.",
      note="no side named for the bomb", optional=True),
], [
    F("fighters", 600, "Ramadi", "Commanders say roughly 600 to 1,000 Islamic State fighters remain inside Ramadi, which the group seized in May.", note="600-1,000"),
    F("civilians_trapped", 10000, "Ramadi", "The United Nations estimates that about 10,000 civilians are trapped in the city, and the army has dropped leaflets telling them to leave."),
])

# ---- Iraq: Baiji / Salahuddin, October 2015
D("h8-10", "2015-10-20", "https://www.example-samarra-times.com/2015/10/20/baiji-refinery-infiltration-clashes", "Samarra Times", "incident", """
18 dead as Hashd and Islamic State clash at Baiji refinery

TIKRIT, Iraq, Oct 20 (Samarra Times) - Clashes broke out on Monday evening when Islamic State fighters tried to infiltrate Popular Mobilization positions near the Baiji oil refinery, killing seven Hashd fighters and wounding 14, a Hashd commander said.

Eleven of the attackers were also killed before the rest withdrew towards the Makhoul mountains, the commander, Abu Montazer al-Husseini, told reporters in Tikrit.

The refinery, once Iraq's largest, has changed hands several times since June 2014 and has been badly damaged.

On Sunday, army units backed by the Hashd retook the village of Albu Juwari, north of Baiji, a statement from the Joint Operations Command said.

The statement said the village had been used to fire rockets at the refinery.

Overnight, mortar rounds landed in a residential street in al-Alam, east of Tikrit, wounding four civilians, a local official said. No one was killed.

It was not clear who fired the rounds.

Iraqi forces and the Hashd have been trying for months to secure the road from Tikrit to Baiji, which is vital to supply the refinery's defenders.

"The refinery is the key to the whole of northern Salahuddin," said Abu Montazer.

Read more: Why Baiji matters to Iraq's oil future
""", [
    E("IS fighters tried to infiltrate PMF positions near the Baiji refinery; seven PMF fighters and eleven attackers killed, 14 wounded.",
      "2015-10-19", "'on Monday evening' before the Tuesday 20 October 2015 report", "Baiji oil refinery", "Salahuddin", "IQ", "battle",
      "Islamic State", "Popular Mobilization Forces", 18, None, 14, None,
      "Clashes broke out on Monday evening when Islamic State fighters tried to infiltrate Popular Mobilization positions near the Baiji oil refinery, killing seven Hashd fighters and wounding 14, a Hashd commander said. [...] Eleven of the attackers were also killed before the rest withdrew towards the Makhoul mountains, the commander, Abu Montazer al-Husseini, told reporters in Tikrit.",
      note="7 PMF + 11 IS = 18"),
    E("Army units backed by the Hashd retook the village of Albu Juwari, north of Baiji.",
      "2015-10-18", "'On Sunday' before the Tuesday 20 October 2015 report", "Albu Juwari, north of Baiji", "Salahuddin", "IQ", "territory_gain",
      "Iraqi Security Forces", "Islamic State", None, None, None, None,
      "On Sunday, army units backed by the Hashd retook the village of Albu Juwari, north of Baiji, a statement from the Joint Operations Command said.",
      note="IS not named as the loser in the sentence; context (village used to fire rockets at the refinery)"),
    E("Mortar rounds hit a residential street in al-Alam, wounding four civilians; no one killed; no side stated.",
      "2015-10-19", "'Overnight': first night, Monday 19 October 2015 (report Tuesday 20 October)", "al-Alam", "Salahuddin", "IQ", "explosion",
      "unknown", "civilians", 0, None, 4, None,
      "Overnight, mortar rounds landed in a residential street in al-Alam, east of Tikrit, wounding four civilians, a local official said. No one was killed."),
])

# ---- Iraq: Baghdad, August 2016
D("h8-11", "2016-08-29", "https://www.example-rafidain-news.com/2016/08/29/shaab-market-car-bomb-toll-rises", "Rafidain News", "incident", """
Toll from Baghdad market car bomb rises to 14; Islamic State claims attack

BAGHDAD, Aug 29 (Rafidain News) - The number of people killed by a car bomb at a vegetable market in Baghdad's northern Shaab district on Sunday evening has risen to 14, including three children, police and hospital officials said on Monday.

Initial reports on Sunday night had put the toll at nine.

Thirty-one people were wounded, several of them critically, a doctor at the Imam Ali hospital said.

The car was parked near stalls selling fruit and ice, and it went off as crowds gathered after sunset when the heat had eased.

Islamic State said in a statement carried by its Amaq news agency early on Monday that it had targeted "a gathering of Shi'ites" in the district.

"My brother went to buy tomatoes and we got him back in pieces," said Abbas Karim, standing outside the hospital's morgue.

Earlier on Sunday, a bomb placed under a parked car exploded in the Dora district in south Baghdad, killing two people and wounding seven, police said.

There was no immediate claim for the Dora blast.

Islamic State has stepped up bombings in the capital as it loses ground in the north and west of the country.

The interior ministry said it had replaced the commanders responsible for security in Shaab.
""", [
    E("A parked car bomb at a vegetable market in Shaab killed 14 including three children and wounded 31; IS claimed it via Amaq.",
      "2016-08-28", "'on Sunday evening' before the Monday 29 August 2016 report", "vegetable market, Shaab district, Baghdad", "Baghdad", "IQ", "explosion",
      "Islamic State", "civilians", 14, None, 31, None,
      "The number of people killed by a car bomb at a vegetable market in Baghdad's northern Shaab district on Sunday evening has risen to 14, including three children, police and hospital officials said on Monday. [...] Thirty-one people were wounded, several of them critically, a doctor at the Imam Ali hospital said. [...] Islamic State said in a statement carried by its Amaq news agency early on Monday that it had targeted \"a gathering of Shi'ites\" in the district.",
      note="toll revised 9 -> 14; the revision stands"),
    E("A bomb under a parked car exploded in Dora, killing two and wounding seven; no claim.",
      "2016-08-28", "'Earlier on Sunday'", "Dora district, Baghdad", "Baghdad", "IQ", "explosion",
      "unknown", "civilians", 2, None, 7, None,
      "Earlier on Sunday, a bomb placed under a parked car exploded in the Dora district in south Baghdad, killing two people and wounding seven, police said. [...] There was no immediate claim for the Dora blast."),
])

# ---- Iraq: Basra, January 2019
D("h8-12", "2019-01-23", "https://www.example-gulf-shore-news.com/iraq/2019/01/23/rockets-near-basra-airport", "Gulf Shore News", "incident", """
Rockets land near Basra airport; police detain four on farm north of city

BASRA, Iraq, Jan 23 (Gulf Shore News) - Three rockets landed on empty ground near Basra International Airport late yesterday, causing no casualties, a security source said.

The airport, which houses a US consulate compound and offices of foreign oil companies, was not damaged and flights were not interrupted.

Early on Wednesday, police raided a farm in al-Hartha, 25 km north of Basra, and arrested four men they said had stored the launchers.

Police did not say which group, if any, the men belonged to.

In a separate incident on Sunday, two men on a motorcycle threw a hand grenade at the house of a tribal sheikh in the Zubair district, wounding two of his relatives, police said.

A police officer in Zubair said the attack was probably linked to a dispute over farmland between two clans.

Tribal feuds in Basra's rural districts have grown more violent since many men returned from the war against Islamic State with their weapons.

The province was shaken last summer by protests over water shortages and power cuts in which government buildings and party offices were burned.

"People here have guns, and they have no jobs," said Faleh al-Saadi, a member of the provincial council.

Basra provides most of Iraq's oil exports, and companies have asked the government for better protection.
""", [
    E("Three rockets landed on empty ground near Basra airport, causing no casualties.",
      "2019-01-22", "'late yesterday' = Tuesday 22 January 2019 (report dated Wednesday 23)", "near Basra International Airport", "Basra", "IQ", "explosion",
      "unknown", "unknown", 0, None, 0, None,
      "Three rockets landed on empty ground near Basra International Airport late yesterday, causing no casualties, a security source said.",
      note="no side and no human target named"),
    E("Police raided a farm in al-Hartha and arrested four men accused of storing the rocket launchers.",
      "2019-01-23", "'Early on Wednesday', the publication day", "al-Hartha, north of Basra", "Basra", "IQ", "arrest",
      "Iraqi Security Forces", "militants (unidentified)", None, None, None, None,
      "Early on Wednesday, police raided a farm in al-Hartha, 25 km north of Basra, and arrested four men they said had stored the launchers.",
      arrested=4),
    E("Two men on a motorcycle threw a grenade at a tribal sheikh's house in Zubair, wounding two relatives.",
      "2019-01-20", "'on Sunday' before the Wednesday 23 January 2019 report", "Zubair district", "Basra", "IQ", "explosion",
      "militants (unidentified)", "civilians", None, None, 2, None,
      "In a separate incident on Sunday, two men on a motorcycle threw a hand grenade at the house of a tribal sheikh in the Zubair district, wounding two of his relatives, police said.",
      note="unnamed attackers; police suspect a clan feud"),
])

# ---- Iraq: Mosul area, November 2017
D("h8-13", "2017-11-16", "https://www.example-nineveh-today.com/2017/11/16/badush-firefight-soldier-dies", "Nineveh Today", "incident", """
Soldier dies of wounds after firefight with Islamic State remnants near Mosul

MOSUL, Iraq, Nov 16 (Nineveh Today) - Three Islamic State militants were killed in an encounter with Iraqi troops in Badush, about 15 km northwest of Mosul, on Tuesday night, the Nineveh Operations Command said.

Three soldiers were wounded in the firefight. One of them died of his injuries in a Mosul hospital on Wednesday, the command said.

The militants had been hiding in an abandoned cement plant and opened fire when soldiers approached, according to a statement.

On Wednesday, troops and police searched houses in the Hay al-Tanak neighbourhood of west Mosul and detained five men suspected of belonging to the group.

Four months after the government declared Mosul liberated, remnants of the group still carry out occasional attacks on the city's edges.

Last week, a roadside bomb wounded two policemen on the road from Mosul to Hammam al-Alil, police said.

"They are few, but they know the ground and they have supporters," said Colonel Khalid al-Jabouri, an officer in the command.

Large parts of west Mosul remain in ruins, and the United Nations says about 700,000 people from the city are still displaced.

Many residents complain that the raids sweep up innocent young men.
""", [
    E("Three IS militants killed in an encounter with Iraqi troops at Badush; three soldiers wounded, one died the next day.",
      "2017-11-14", "'on Tuesday night' before the Thursday 16 November 2017 report", "Badush, northwest of Mosul", "Nineveh", "IQ", "battle",
      "Iraqi Security Forces", "Islamic State", 4, None, 2, None,
      "Three Islamic State militants were killed in an encounter with Iraqi troops in Badush, about 15 km northwest of Mosul, on Tuesday night, the Nineveh Operations Command said. [...] Three soldiers were wounded in the firefight. One of them died of his injuries in a Mosul hospital on Wednesday, the command said. [...] The militants had been hiding in an abandoned cement plant and opened fire when soldiers approached, according to a statement.",
      note="3 militants + 1 soldier who died later = 4; wounded 3 - 1 = 2; soldiers approached (search), militants fired first: contestable, forces' operation taken as actor1"),
    E("Troops and police searched houses in Hay al-Tanak and detained five suspected IS members.",
      "2017-11-15", "'On Wednesday' before the Thursday report", "Hay al-Tanak, west Mosul", "Nineveh", "IQ", "arrest",
      "Iraqi Security Forces", "Islamic State", None, None, None, None,
      "On Wednesday, troops and police searched houses in the Hay al-Tanak neighbourhood of west Mosul and detained five men suspected of belonging to the group.",
      arrested=5, note="'the group' = Islamic State"),
    E("A roadside bomb wounded two policemen on the Mosul-Hammam al-Alil road.",
      None, "'Last week'; no day", "road from Mosul to Hammam al-Alil", "Nineveh", "IQ", "explosion",
      "unknown", "Iraqi Security Forces", None, None, 2, None,
      "Last week, a roadside bomb wounded two policemen on the road from Mosul to Hammam al-Alil, police said.",
      optional=True),
], [
    F("displaced", 700000, "Mosul", "Large parts of west Mosul remain in ruins, and the United Nations says about 700,000 people from the city are still displaced."),
])

# ---- Iraq: Fallujah / Anbar, February 2014
D("h8-14", "2014-02-04", "https://www.example-rafidain-news.com/2014/02/04/fallujah-shelling-khalidiya-checkpoint", "Rafidain News", "incident", """
Shells kill four in Fallujah; soldiers die in checkpoint attack near Khalidiya

BAGHDAD, Feb 4 (Rafidain News) - Shells struck homes in the Nazzal district of Fallujah on Monday, killing four civilians, among them a woman, and wounding eleven, a doctor at Fallujah General Hospital said.

The doctor said the shells had come from army positions on the eastern edge of the city.

The defence ministry said its troops only fired at "terrorist gatherings" and denied targeting residential neighbourhoods.

On Sunday, gunmen attacked an army checkpoint on the highway between Fallujah and Ramadi near Khalidiya, killing three soldiers before withdrawing, police said.

Officials in Anbar blamed the Islamic State of Iraq and the Levant, whose fighters have held parts of Fallujah alongside local tribal gunmen since the start of January.

The army has ringed Fallujah for more than a month but has held back from storming it, saying it wants tribal leaders to drive the militants out.

The United Nations says more than 140,000 people have fled their homes in Anbar since the fighting began.

"We left with nothing, and every day we hear that another house on our street was hit," said a Fallujah teacher who fled to Amiriyat al-Fallujah.

Prime Minister Nouri al-Maliki has promised money and jobs to tribes that fight the militants.
""", [
    E("Shells hit homes in Fallujah's Nazzal district, killing four civilians including a woman and wounding eleven; a doctor said they came from army positions, the ministry denied targeting homes.",
      "2014-02-03", "'on Monday' before the Tuesday 4 February 2014 report", "Nazzal district, Fallujah", "Anbar", "IQ", "explosion",
      "Iraqi Security Forces", "civilians", 4, None, 11, None,
      "Shells struck homes in the Nazzal district of Fallujah on Monday, killing four civilians, among them a woman, and wounding eleven, a doctor at Fallujah General Hospital said. [...] The doctor said the shells had come from army positions on the eastern edge of the city.",
      note="the ministry denies targeting homes, not firing; contestable (unknown also defensible)"),
    E("Gunmen attacked an army checkpoint on the Fallujah-Ramadi highway near Khalidiya, killing three soldiers; officials blamed ISIL.",
      "2014-02-02", "'On Sunday' before the Tuesday 4 February 2014 report", "highway between Fallujah and Ramadi near Khalidiya", "Anbar", "IQ", "battle",
      "Islamic State", "Iraqi Security Forces", 3, None, None, None,
      "On Sunday, gunmen attacked an army checkpoint on the highway between Fallujah and Ramadi near Khalidiya, killing three soldiers before withdrawing, police said. [...] Officials in Anbar blamed the Islamic State of Iraq and the Levant, whose fighters have held parts of Fallujah alongside local tribal gunmen since the start of January.",
      note="blamed by officials, not disputed"),
], [
    F("displaced", 140000, "Anbar", "The United Nations says more than 140,000 people have fled their homes in Anbar since the fighting began."),
])
# ---- Syria: Raqqa, July 2017
D("h8-15", "2017-07-25", "https://www.example-levant-dispatch.com/2017/07/25/raqqa-sdf-hisham-district-strikes-badu", "Levant Dispatch", "incident", """
SDF seizes western Raqqa district; monitor says 21 civilians killed in strikes

AIN ISSA, Syria, July 25 (Levant Dispatch) - The US-backed Syrian Democratic Forces captured the Hisham bin Abdul Malik district on the southwestern side of Raqqa on Sunday, an SDF commander said.

The district borders the Euphrates and had been used by Islamic State snipers to fire on SDF lines across the river.

On Monday, the group hit back. It sent three suicide bombers on motorcycles against SDF positions near the Bab Baghdad gate of the old city, killing five SDF fighters, spokeswoman Jihan Sheikh Ahmed said.

All three bombers died in the blasts, she said.

Also on Monday, air strikes on the al-Badu district in the city centre killed 21 civilians, six of them children, according to Raqqa Voices, a network of activists who report from inside the city.

The network said the strikes were carried out by the US-led coalition, the only air force operating over the city.

A coalition spokesman said all reports of civilian casualties were reviewed and that the coalition took "extraordinary care" to avoid them.

Aid agencies estimate that up to 25,000 civilians remain trapped in Raqqa, with little water and no electricity.

The battle for the city, Islamic State's de facto capital in Syria, began on June 6.

"Every day we move a few streets, and every street costs us," said an SDF fighter who gave his name as Dilsoz.

Read more: Inside Raqqa's old city walls
""", [
    E("The SDF captured the Hisham bin Abdul Malik district of Raqqa from IS.",
      "2017-07-23", "'on Sunday' before the Tuesday 25 July 2017 report", "Hisham bin Abdul Malik district, Raqqa", "Raqqa", "SY", "territory_gain",
      "Syrian Democratic Forces", "Islamic State", None, None, None, None,
      "The US-backed Syrian Democratic Forces captured the Hisham bin Abdul Malik district on the southwestern side of Raqqa on Sunday, an SDF commander said."),
    E("Three IS suicide bombers on motorcycles struck SDF positions near the Bab Baghdad gate, killing five SDF fighters; all three bombers died.",
      "2017-07-24", "'On Monday' before the Tuesday report", "Bab Baghdad gate, old city, Raqqa", "Raqqa", "SY", "explosion",
      "Islamic State", "Syrian Democratic Forces", 8, None, None, None,
      "On Monday, the group hit back. It sent three suicide bombers on motorcycles against SDF positions near the Bab Baghdad gate of the old city, killing five SDF fighters, spokeswoman Jihan Sheikh Ahmed said. [...] All three bombers died in the blasts, she said.",
      note="'the group' / 'It' = Islamic State; 5 + 3 bombers = 8"),
    E("Air strikes on the al-Badu district killed 21 civilians including six children, blamed by activists on the US-led coalition.",
      "2017-07-24", "'Also on Monday'", "al-Badu district, Raqqa", "Raqqa", "SY", "explosion",
      "US-led coalition", "civilians", 21, None, None, None,
      "Also on Monday, air strikes on the al-Badu district in the city centre killed 21 civilians, six of them children, according to Raqqa Voices, a network of activists who report from inside the city. [...] The network said the strikes were carried out by the US-led coalition, the only air force operating over the city.",
      note="coalition neither confirms nor denies"),
], [
    F("civilians_trapped", 25000, "Raqqa", "Aid agencies estimate that up to 25,000 civilians remain trapped in Raqqa, with little water and no electricity.", note="'up to'"),
])

# ---- Syria: northern Hama, June 2019
D("h8-16", "2019-06-03", "https://www.example-levant-dispatch.com/2019/06/03/kafr-nabudah-retaken-kafr-zita-shelling", "Levant Dispatch", "incident", """
Syrian army retakes Kafr Nabudah as shelling kills four in Kafr Zita

BEIRUT, June 3 (Levant Dispatch) - Syrian government forces and allied militias recaptured the town of Kafr Nabudah in northern Hama on Sunday, state media and a war monitor said.

A rebel alliance led by Hayat Tahrir al-Sham had seized the town on May 27 in a surprise counter-attack, in which more than 40 fighters on both sides died according to the monitor.

Sunday's advance came after days of heavy air strikes on the town and the hills around it.

On Saturday, government artillery shelled the rebel-held town of Kafr Zita, killing four civilians, among them a 10-year-old girl, the Syrian Network for Civilian Records said.

Rebels retaliated that evening with rockets on the government-held town of Suqaylabiyah, wounding six people, state news agency SANA reported.

Suqaylabiyah, a largely Christian town, has been hit repeatedly since the offensive began.

Air strikes in recent days have also hit several villages in southern Idlib, killing at least 15 people, activists said.

More than 300 civilians have been killed in northwest Syria since the end of April, according to the civilian records group.

"We sleep in the fields now, because the houses are the targets," said Abu Khaled, a farmer from Kafr Zita reached by phone.

Turkey, which has observation posts in the area under a 2018 deal with Russia, called for an immediate halt to the fighting.

Russia says it is fighting terrorists who attack its air base at Hmeimim.
""", [
    E("Government forces and allied militias recaptured Kafr Nabudah.",
      "2019-06-02", "'on Sunday' before the Monday 3 June 2019 report", "Kafr Nabudah", "Hama", "SY", "territory_gain",
      "Syrian government forces", "Hayat Tahrir al-Sham", None, None, None, None,
      "Syrian government forces and allied militias recaptured the town of Kafr Nabudah in northern Hama on Sunday, state media and a war monitor said."),
    E("An HTS-led rebel alliance seized Kafr Nabudah in a counter-attack; more than 40 fighters on both sides died.",
      "2019-05-27", "'on May 27' in background of a 3 June 2019 report", "Kafr Nabudah", "Hama", "SY", "territory_gain",
      "Hayat Tahrir al-Sham", "Syrian government forces", 40, None, None, None,
      "A rebel alliance led by Hayat Tahrir al-Sham had seized the town on May 27 in a surprise counter-attack, in which more than 40 fighters on both sides died according to the monitor.",
      note="background incident, placed and dated within the news window"),
    E("Government artillery shelled Kafr Zita, killing four civilians including a girl.",
      "2019-06-01", "'On Saturday' before the Monday report", "Kafr Zita", "Hama", "SY", "explosion",
      "Syrian government forces", "civilians", 4, None, None, None,
      "On Saturday, government artillery shelled the rebel-held town of Kafr Zita, killing four civilians, among them a 10-year-old girl, the Syrian Network for Civilian Records said."),
    E("Rebels retaliated with rockets on Suqaylabiyah, wounding six.",
      "2019-06-01", "'that evening' = Saturday", "Suqaylabiyah", "Hama", "SY", "explosion",
      "Syrian rebels", "civilians", None, None, 6, None,
      "Rebels retaliated that evening with rockets on the government-held town of Suqaylabiyah, wounding six people, state news agency SANA reported."),
    E("Air strikes in recent days on several unnamed villages in southern Idlib killed at least 15 people.",
      None, "'in recent days'; no day", "villages in southern Idlib", "Idlib", "SY", "explosion",
      "unknown", "civilians", 15, None, None, None,
      "Air strikes in recent days have also hit several villages in southern Idlib, killing at least 15 people, activists said.",
      note="aggregate of unspecified strikes; air force not named", optional=True),
], [
    F("killed", 300, "northwest Syria", "More than 300 civilians have been killed in northwest Syria since the end of April, according to the civilian records group.", note="civilians, 'more than'"),
])

# ---- Syria: Homs, October 2015
D("h8-17", "2015-10-06", "https://www.example-orontes-news.com/2015/10/06/zahraa-twin-blasts-homs", "Orontes News", "incident", """
Twin blasts tear through Homs' Zahraa district

HOMS, Syria, Oct 6 (Orontes News) - A car bomb and a suicide bomber on foot struck a busy street in the Zahraa district of Homs on Monday afternoon, killing 17 people, the governor's office said.

The toll did not include the bomber, who blew himself up among people who had rushed to help the victims of the first blast, the office said.

A war monitor based in Britain put the number of dead at 24, and said more than 40 people were wounded.

In a message posted on a channel it uses on the Telegram app, Islamic State said two of its members had carried out the attack on "a den of the regime's militias".

Zahraa is inhabited mainly by Alawites and has been hit by several bombings since the war began.

"The second explosion was the worst, because everyone had come out to help," said a shopkeeper who gave his name as Samer.

On Saturday, warplanes struck the rebel-held town of Talbiseh, north of Homs, killing seven people including three children, activists said.

The activists said they could not tell whether the jets were Syrian or Russian.

Russia began its air campaign in Syria last week, saying it was targeting Islamic State and other terrorist groups.

Rebels in Talbiseh said no Islamic State fighters were present in the town.
""", [
    E("A car bomb followed by a suicide bomber hit a street in Zahraa, Homs, killing 17 plus the bomber (a monitor said 24) and wounding more than 40; IS claimed it on Telegram.",
      "2015-10-05", "'on Monday afternoon' before the Tuesday 6 October 2015 report", "Zahraa district, Homs", "Homs", "SY", "explosion",
      "Islamic State", "civilians", 18, 24, 40, None,
      "A car bomb and a suicide bomber on foot struck a busy street in the Zahraa district of Homs on Monday afternoon, killing 17 people, the governor's office said. [...] The toll did not include the bomber, who blew himself up among people who had rushed to help the victims of the first blast, the office said. [...] A war monitor based in Britain put the number of dead at 24, and said more than 40 people were wounded. [...] In a message posted on a channel it uses on the Telegram app, Islamic State said two of its members had carried out the attack on \"a den of the regime's militias\".",
      note="17 + bomber = 18 (governor) vs 24 (monitor, whether bomber included not stated)"),
    E("Warplanes, Syrian or Russian, struck Talbiseh, killing seven including three children.",
      "2015-10-03", "'On Saturday' before the Tuesday report", "Talbiseh", "Homs", "SY", "explosion",
      "unknown", "civilians", 7, None, None, None,
      "On Saturday, warplanes struck the rebel-held town of Talbiseh, north of Homs, killing seven people including three children, activists said. [...] The activists said they could not tell whether the jets were Syrian or Russian.",
      note="air force not identified: unknown"),
])

# ---- Syria: Daraa, June 2018
D("h8-18", "2018-06-28", "https://www.example-jordan-valley-herald.com/2018/06/28/daraa-offensive-nahta-mseifra", "Jordan Valley Herald", "incident", """
Syrian troops take Nahta as air strikes pound eastern Daraa

AMMAN, June 28 (Jordan Valley Herald) - Syrian government troops and allied militias took control of the village of Nahta in eastern Daraa province on Wednesday after rebels pulled out overnight, a rebel spokesman and state media said.

Nahta lies a few kilometres south of Busra al-Harir, which troops have been attacking for a week.

Air strikes on the town of Mseifra on Tuesday killed nine civilians, four of them children, rescue workers said.

Rebels and the Britain-based monitor said the strikes were carried out by Russian jets.

Moscow did not comment, and the Syrian army said it was striking "terrorist positions".

Fighters loyal to Ahmad al-Awda, a rebel commander based in Busra al-Sham, ambushed a government column on the road to the town on Tuesday, his group said.

It claimed to have killed 12 soldiers, a figure that could not be confirmed.

More than 45,000 people have fled towards the Jordanian border since the offensive began on June 19, according to the United Nations.

Jordan has said it will not open its border, which has been closed since 2016.

"We left the village with the planes above us, and now we are in the open with nothing," said Umm Ali, who reached a field near the border with her five children.

The United States had warned Damascus against breaching a ceasefire zone in the southwest agreed with Russia and Jordan last year.
""", [
    E("Government troops and allied militias took Nahta after rebels withdrew.",
      "2018-06-27", "'on Wednesday' before the Thursday 28 June 2018 report", "Nahta", "Daraa", "SY", "territory_gain",
      "Syrian government forces", "Syrian rebels", None, None, None, None,
      "Syrian government troops and allied militias took control of the village of Nahta in eastern Daraa province on Wednesday after rebels pulled out overnight, a rebel spokesman and state media said."),
    E("Air strikes on Mseifra killed nine civilians including four children; attributed to Russian jets.",
      "2018-06-26", "'on Tuesday' before the Thursday report", "Mseifra", "Daraa", "SY", "explosion",
      "Russian security forces", "civilians", 9, None, None, None,
      "Air strikes on the town of Mseifra on Tuesday killed nine civilians, four of them children, rescue workers said. [...] Rebels and the Britain-based monitor said the strikes were carried out by Russian jets.",
      note="named by rebels and the monitor, not denied; state forces named '<Country-adjective> security forces'"),
    E("Fighters loyal to Ahmad al-Awda ambushed a government column on the road to Busra al-Sham; the group's claim of 12 soldiers killed unconfirmed.",
      "2018-06-26", "'on Tuesday' before the Thursday report", "road to Busra al-Sham", "Daraa", "SY", "battle",
      "Syrian rebels", "Syrian government forces", None, None, None, None,
      "Fighters loyal to Ahmad al-Awda, a rebel commander based in Busra al-Sham, ambushed a government column on the road to the town on Tuesday, his group said. [...] It claimed to have killed 12 soldiers, a figure that could not be confirmed.",
      note="attackers' own claim of 12 killed not used; al-Awda's group (Shabab al-Sunna) not named"),
], [
    F("displaced", 45000, "Daraa", "More than 45,000 people have fled towards the Jordanian border since the offensive began on June 19, according to the United Nations."),
])

# ---- Syria: Idlib, February 2019 (dateline a day before publication)
D("h8-19", "2019-02-13", "https://www.example-levant-dispatch.com/2019/02/13/idlib-motorbike-bomb-tamanah", "Levant Dispatch", "incident", """
Motorbike bomb kills seven in Idlib city; fighting flares south of Maarat al-Numan

BEIRUT, Feb 12 (Levant Dispatch) - A bomb hidden on a parked motorcycle exploded near a busy roundabout in the centre of Idlib city on Monday evening, killing seven people including two children and wounding about 20, rescue workers said.

No group said it was behind the blast.

The Salvation Government, the civil administration that runs the city, said it had opened an investigation.

Bombings and assassinations have become common in Idlib since Hayat Tahrir al-Sham took control of most of the province from rival factions last month.

On Monday night, Hayat Tahrir al-Sham said it had repelled an attempt by government troops to advance on the village of al-Tamanah, south of Maarat al-Numan, killing six soldiers.

The Britain-based war monitor said four HTS fighters and five soldiers had died in the fighting.

Government forces shelled the town of Khan Shaykhun on Tuesday, killing three members of one family, the local civil defence said.

The area is supposed to be covered by a demilitarised zone agreed by Turkey and Russia in September.

"Every week there is a new deal, and every week the shells fall," said Mahmoud al-Ahmad, a teacher in Maarat al-Numan.

About three million people live in Idlib and the nearby areas still outside government control, half of them displaced from elsewhere in Syria.
""", [
    E("A bomb on a parked motorcycle exploded near a roundabout in central Idlib city, killing seven including two children and wounding about 20; no claim.",
      "2019-02-11", "'on Monday evening' in a report datelined Tuesday Feb 12 (published Feb 13, 2019)", "central Idlib city", "Idlib", "SY", "explosion",
      "unknown", "civilians", 7, None, 20, None,
      "A bomb hidden on a parked motorcycle exploded near a busy roundabout in the centre of Idlib city on Monday evening, killing seven people including two children and wounding about 20, rescue workers said. [...] No group said it was behind the blast."),
    E("Government troops tried to advance on al-Tamanah and were repelled by HTS; the monitor counted four HTS fighters and five soldiers dead.",
      "2019-02-11", "'On Monday night', dateline Tuesday Feb 12", "al-Tamanah, south of Maarat al-Numan", "Idlib", "SY", "battle",
      "Syrian government forces", "Hayat Tahrir al-Sham", 9, None, None, None,
      "On Monday night, Hayat Tahrir al-Sham said it had repelled an attempt by government troops to advance on the village of al-Tamanah, south of Maarat al-Numan, killing six soldiers. [...] The Britain-based war monitor said four HTS fighters and five soldiers had died in the fighting.",
      note="monitor's 4 + 5 = 9; HTS's own claim of six soldiers not used; government side initiated ('repelled an attempt')"),
    E("Government forces shelled Khan Shaykhun, killing three members of one family.",
      "2019-02-12", "'on Tuesday' = dateline day, Tuesday 12 February 2019", "Khan Shaykhun", "Idlib", "SY", "explosion",
      "Syrian government forces", "civilians", 3, None, None, None,
      "Government forces shelled the town of Khan Shaykhun on Tuesday, killing three members of one family, the local civil defence said."),
], [
    F("civilians", 3000000, "Idlib", "About three million people live in Idlib and the nearby areas still outside government control, half of them displaced from elsewhere in Syria.", note="population"),
])

# ---- Syria: Manbij, March 2019
D("h8-20", "2019-03-20", "https://www.example-euphrates-kurdish-press.com/2019/03/20/manbij-ied-awn-dadat-fire", "Euphrates Press", "incident", """
Roadside bomb kills two Manbij council fighters; gunfire on the Sajur front line

MANBIJ, Syria, March 20 (Euphrates Press) - A roadside bomb struck a pick-up truck of the Manbij Military Council on the road between Manbij and al-Arima on Tuesday, killing two fighters and wounding three, a council spokesman said.

Nobody claimed the bomb.

The council, which belongs to the Syrian Democratic Forces, said it was searching nearby villages for those who planted it.

Late on Monday, council fighters traded fire with Turkish-backed factions near the village of Awn al-Dadat, on the Sajur river front line north of the city.

The council said its fighters had fired back in response to shelling by the factions, and that one of its fighters was killed and a woman in the village was wounded.

The factions, part of the so-called National Army, could not be reached for comment.

On Sunday, council security units arrested three men suspected of belonging to Islamic State cells in the village of Tokhar, north of Manbij, the spokesman said.

Islamic State cells have carried out a string of bombings around Manbij in recent months, though many attacks go unclaimed.

Turkey has threatened to push into Manbij, which it says is controlled by Kurdish militants it considers terrorists.

US and Turkish troops have carried out joint patrols along the front line since November.

"People are tired of bombs on the roads and shells from the river," said Fatima Hassan, a teacher in the city.
""", [
    E("A roadside bomb hit a Manbij Military Council pick-up on the Manbij-al-Arima road, killing two fighters and wounding three; unclaimed.",
      "2019-03-19", "'on Tuesday' before the Wednesday 20 March 2019 report", "road between Manbij and al-Arima", "Aleppo", "SY", "explosion",
      "unknown", "Syrian Democratic Forces", 2, None, 3, None,
      "A roadside bomb struck a pick-up truck of the Manbij Military Council on the road between Manbij and al-Arima on Tuesday, killing two fighters and wounding three, a council spokesman said. [...] Nobody claimed the bomb.",
      note="Manbij Military Council is part of the SDF; IS only in background"),
    E("Exchange of fire near Awn al-Dadat: Turkish-backed factions shelled, council fighters fired back; one council fighter killed, a woman wounded.",
      "2019-03-18", "'Late on Monday' before the Wednesday report", "Awn al-Dadat, north of Manbij", "Aleppo", "SY", "battle",
      "Turkish-backed Syrian rebels", "Syrian Democratic Forces", 1, None, 1, None,
      "Late on Monday, council fighters traded fire with Turkish-backed factions near the village of Awn al-Dadat, on the Sajur river front line north of the city. [...] The council said its fighters had fired back in response to shelling by the factions, and that one of its fighters was killed and a woman in the village was wounded.",
      note="'in response to shelling by the factions': factions initiated, per the only account"),
    E("Council security units arrested three suspected IS cell members in Tokhar.",
      "2019-03-17", "'On Sunday' before the Wednesday report", "Tokhar, north of Manbij", "Aleppo", "SY", "arrest",
      "Syrian Democratic Forces", "Islamic State", None, None, None, None,
      "On Sunday, council security units arrested three men suspected of belonging to Islamic State cells in the village of Tokhar, north of Manbij, the spokesman said.",
      arrested=3),
])
# ---- Syria: Raqqa after the battle, May 2018
D("h8-21", "2018-05-09", "https://www.example-levant-dispatch.com/2018/05/09/raqqa-mishlab-mine-family", "Levant Dispatch", "incident", """
Mine kills five from one family returning to Raqqa home

RAQQA, Syria, May 9 (Levant Dispatch) - A family of five was killed yesterday when a mine exploded as they cleared rubble from their house in Raqqa's eastern Mishlab district, members of the city's civil council said.

Three of the dead were children, the youngest aged four.

Council member Omar Alloush said the mine had been planted by Islamic State before its fighters were driven out of the city last October.

"They left death in the walls and under the floors," he said.

Mine-clearing teams have removed thousands of devices since the battle ended, but many houses have not yet been checked.

More than 150 people have been killed by mines and booby traps in Raqqa since October, according to the council.

On Monday, the Syrian Democratic Forces and coalition troops raided the village of Kasrat, south of the Euphrates, and detained three men accused of running an Islamic State cell, the SDF said.

The SDF did not say whether any shots were fired during the raid.

Tens of thousands of residents have returned to Raqqa, even though water and electricity have been restored to only a few districts.

Most of the city's hospitals and schools were destroyed in the four-month battle.
""", [
    E("A mine planted by IS exploded as a family cleared rubble in Mishlab, Raqqa, killing five including three children.",
      "2018-05-08", "'yesterday' = Tuesday 8 May 2018 (report Wednesday 9 May)", "Mishlab district, Raqqa", "Raqqa", "SY", "explosion",
      "Islamic State", "civilians", 5, None, None, None,
      "A family of five was killed yesterday when a mine exploded as they cleared rubble from their house in Raqqa's eastern Mishlab district, members of the city's civil council said. [...] Three of the dead were children, the youngest aged four. [...] Council member Omar Alloush said the mine had been planted by Islamic State before its fighters were driven out of the city last October.",
      note="mine left by IS months earlier; the blast is the incident"),
    E("SDF and coalition troops raided Kasrat and detained three alleged IS cell members.",
      "2018-05-07", "'On Monday' before the Wednesday 9 May 2018 report", "Kasrat, south of Raqqa", "Raqqa", "SY", "arrest",
      "Syrian Democratic Forces", "Islamic State", None, None, None, None,
      "On Monday, the Syrian Democratic Forces and coalition troops raided the village of Kasrat, south of the Euphrates, and detained three men accused of running an Islamic State cell, the SDF said.",
      arrested=3, note="with the US-led coalition"),
], [
    F("killed", 150, "Raqqa", "More than 150 people have been killed by mines and booby traps in Raqqa since October, according to the council."),
])

# ---- Syria: Homs, April 2014
D("h8-22", "2014-04-15", "https://www.example-levant-dispatch.com/2014/04/15/homs-old-city-juret-al-shayah-waer-akrama", "Levant Dispatch", "incident", """
Army gains ground in old Homs; shells fall on al-Waer and Akrama

BEIRUT, April 15 (Levant Dispatch) - Syrian troops seized a cluster of buildings in the Juret al-Shayah district of Homs on Sunday after a day of fierce fighting with rebels who have held the old city for nearly two years, a monitoring group said.

At least nine rebels and four soldiers were killed in the fighting, according to the Syrian Observatory for Human Rights.

The army has tightened its siege of the rebel-held districts, where around 1,000 fighters and civilians are still holed up.

On Monday, government shelling hit the al-Waer district, where hundreds of thousands of displaced people have taken refuge, killing three civilians, activists said.

Rebels retaliated later in the day with mortar fire on the pro-government Akrama district, killing two university students, state media reported.

"The shells came one after another, and the students were waiting for a bus," a resident of Akrama told the official news agency.

In February, some 1,400 people were evacuated from the old city under a UN-brokered truce, but talks on a wider deal have stalled.

Homs, once called the capital of the revolution, has been mostly under government control since rebels lost the Baba Amr district in 2012.

Opposition activists accuse the army of trying to starve the remaining fighters into surrender.
""", [
    E("Troops seized buildings in Juret al-Shayah after fighting with rebels; at least nine rebels and four soldiers killed.",
      "2014-04-13", "'on Sunday' before the Tuesday 15 April 2014 report", "Juret al-Shayah, Homs", "Homs", "SY", "battle",
      "Syrian government forces", "Syrian rebels", 13, None, None, None,
      "Syrian troops seized a cluster of buildings in the Juret al-Shayah district of Homs on Sunday after a day of fierce fighting with rebels who have held the old city for nearly two years, a monitoring group said. [...] At least nine rebels and four soldiers were killed in the fighting, according to the Syrian Observatory for Human Rights.",
      note="9 + 4 = 13; buildings, not the district: battle"),
    E("Government shelling of al-Waer killed three civilians.",
      "2014-04-14", "'On Monday' before the Tuesday report", "al-Waer, Homs", "Homs", "SY", "explosion",
      "Syrian government forces", "civilians", 3, None, None, None,
      "On Monday, government shelling hit the al-Waer district, where hundreds of thousands of displaced people have taken refuge, killing three civilians, activists said."),
    E("Rebels retaliated with mortar fire on Akrama, killing two students.",
      "2014-04-14", "'later in the day' = Monday", "Akrama, Homs", "Homs", "SY", "explosion",
      "Syrian rebels", "civilians", 2, None, None, None,
      "Rebels retaliated later in the day with mortar fire on the pro-government Akrama district, killing two university students, state media reported."),
], [
    F("civilians_trapped", 1000, "old city of Homs", "The army has tightened its siege of the rebel-held districts, where around 1,000 fighters and civilians are still holed up.", note="fighters and civilians"),
])

# ---- Syria: eastern Hama, September 2017
D("h8-23", "2017-09-19", "https://www.example-orontes-news.com/2017/09/19/uqayribat-army-sheikh-hilal", "Orontes News", "incident", """
Army says it has taken full control of Uqayribat, last Islamic State town in Hama

DAMASCUS, Sept 19 (Orontes News) - The Syrian army and allied forces took full control of the town of Uqayribat in eastern Hama province on Sunday, a military source told state television.

Units of the Tiger Forces, commanded by Brigadier General Suhail al-Hassan, led the final assault after weeks of encirclement, the source said.

Engineering teams were clearing mines from the town's streets on Monday.

The day before the town fell, Islamic State fighters struck army posts near the village of Sheikh Hilal, east of Salamiyah, in an attempt to relieve the pressure on Uqayribat.

The attack was repelled after several hours, said the Syrian Observatory for Human Rights, which counted 11 soldiers and members of allied militias and 15 jihadists killed.

Uqayribat had been the group's main stronghold in Hama since 2014.

"The area is clean now, apart from a few hideouts in the desert," a pro-government fighter from Salamiyah said.

The army is now pressing east towards Deir ez-Zor, where government troops have fought Islamic State for years.

The Observatory says more than 330,000 people have been killed in Syria's war since 2011.
""", [
    E("The army and allied forces, led by the Tiger Forces, took full control of Uqayribat from IS.",
      "2017-09-17", "'on Sunday' before the Tuesday 19 September 2017 report", "Uqayribat", "Hama", "SY", "territory_gain",
      "Syrian government forces", "Islamic State", None, None, None, None,
      "The Syrian army and allied forces took full control of the town of Uqayribat in eastern Hama province on Sunday, a military source told state television."),
    E("IS fighters attacked army posts near Sheikh Hilal, east of Salamiyah, and were repelled; 11 soldiers and militiamen and 15 jihadists killed.",
      "2017-09-16", "'The day before the town fell' = Saturday", "Sheikh Hilal, east of Salamiyah", "Hama", "SY", "battle",
      "Islamic State", "Syrian government forces", 26, None, None, None,
      "The day before the town fell, Islamic State fighters struck army posts near the village of Sheikh Hilal, east of Salamiyah, in an attempt to relieve the pressure on Uqayribat. [...] The attack was repelled after several hours, said the Syrian Observatory for Human Rights, which counted 11 soldiers and members of allied militias and 15 jihadists killed.",
      note="11 + 15 = 26; date from 'the day before' Sunday"),
], [
    F("killed", 330000, "Syria", "The Observatory says more than 330,000 people have been killed in Syria's war since 2011."),
])

# ---- Syria: Daraa, November 2019
D("h8-24", "2019-11-05", "https://www.example-jordan-valley-herald.com/2019/11/05/daraa-tafas-commander-shot-sanamayn-checkpoint", "Jordan Valley Herald", "incident", """
Former rebel commander shot dead in Daraa as attacks on checkpoints grow

DARAA, Syria, Nov 5 (Jordan Valley Herald) - Gunmen shot dead a former rebel commander who had joined a Russian-backed army unit as he left a mosque in the town of Tafas, west of Daraa, on Monday, local activists said.

Abu Hamza al-Zoubi led a rebel brigade until the government retook the province in July 2018, and later joined the Fifth Corps, which recruits former fighters under Russian supervision.

The attackers fled on a motorcycle.

On Sunday, armed men attacked an Air Force Intelligence checkpoint on the outskirts of Sanamayn, killing three soldiers, according to a local news network. One of the attackers was also killed.

A group calling itself the Popular Resistance said in a statement on social media that its members had carried out the attack.

Late on Saturday, a bomb planted under a car wounded a member of the reconciliation committee in the town of Jasim.

The Daraa Martyrs Office, a local documentation group, has recorded more than 300 attacks and assassinations in the province since the government took it back.

Many of the victims were former rebels who signed reconciliation deals, but others were government officers, Baath Party officials and civilians.

"Nobody knows who is killing whom anymore," said a lawyer in Daraa city who asked not to be named.

Daraa, where protests against President Bashar al-Assad began in 2011, has never fully settled since the reconciliation deals.
""", [
    E("Gunmen shot dead former rebel commander Abu Hamza al-Zoubi, now of the Fifth Corps, outside a mosque in Tafas.",
      "2019-11-04", "'on Monday' before the Tuesday 5 November 2019 report", "Tafas", "Daraa", "SY", "other",
      "militants (unidentified)", "Syrian government forces", 1, None, None, None,
      "Gunmen shot dead a former rebel commander who had joined a Russian-backed army unit as he left a mosque in the town of Tafas, west of Daraa, on Monday, local activists said.",
      note="assassination: other; victim in the Fifth Corps (government side)"),
    E("Armed men attacked an Air Force Intelligence checkpoint outside Sanamayn, killing three soldiers; one attacker killed; the Popular Resistance claimed it.",
      "2019-11-03", "'On Sunday' before the Tuesday report", "outskirts of Sanamayn", "Daraa", "SY", "battle",
      "Popular Resistance", "Syrian government forces", 4, None, None, None,
      "On Sunday, armed men attacked an Air Force Intelligence checkpoint on the outskirts of Sanamayn, killing three soldiers, according to a local news network. One of the attackers was also killed. [...] A group calling itself the Popular Resistance said in a statement on social media that its members had carried out the attack.",
      note="3 soldiers + 1 attacker = 4"),
    E("A bomb under a car wounded a reconciliation committee member in Jasim.",
      "2019-11-02", "'Late on Saturday' before the Tuesday report", "Jasim", "Daraa", "SY", "explosion",
      "unknown", "civilians", None, None, 1, None,
      "Late on Saturday, a bomb planted under a car wounded a member of the reconciliation committee in the town of Jasim."),
], [
    F("other", 300, "Daraa", "The Daraa Martyrs Office, a local documentation group, has recorded more than 300 attacks and assassinations in the province since the government took it back.", note="attacks and assassinations since July 2018"),
])
# ---- Iraq: Bashiqa front and Mosul, May 2015
D("h8-25", "2015-05-05", "https://www.example-kurdistan-courier.com/2015/05/05/peshmerga-bashiqa-attack-repelled", "Kurdistan Courier", "incident", """
Peshmerga say they beat off Islamic State assault near Bashiqa

ERBIL, Iraq, May 5 (Kurdistan Courier) - Kurdish Peshmerga forces repelled an attack by Islamic State militants on their lines near the town of Bashiqa, northeast of Mosul, on Monday, a Peshmerga commander said.

Four Peshmerga were killed and nine wounded in the fighting, which began before dawn and lasted until the afternoon, said Brigadier Shirwan Rasul.

He said about 30 of the attackers were killed, some of them by coalition air strikes called in during the battle.

The militants had used armoured bulldozers and at least one car bomb, which was destroyed before it reached the berms, he said.

Inside Mosul, militants publicly shot dead three men in the al-Zuhur district of the east of the city on Saturday night, accusing them of passing information to the Peshmerga, two residents said.

The residents said the bodies were left in the square until morning as a warning.

Islamic State has held Mosul, Iraq's second city, since June last year.

"They want to show the people that nobody can speak to the outside," one of the residents, a retired teacher, said by phone.

The Peshmerga front north and east of Mosul has changed little since the winter, and Kurdish officials say they lack heavy weapons to push forward.

Read more: Life in Mosul under the Islamic State
""", [
    E("IS militants attacked Peshmerga lines near Bashiqa and were repelled; four Peshmerga and about 30 attackers killed, nine Peshmerga wounded.",
      "2015-05-04", "'on Monday' before the Tuesday 5 May 2015 report", "near Bashiqa, northeast of Mosul", "Nineveh", "IQ", "battle",
      "Islamic State", "Peshmerga", 34, None, 9, None,
      "Kurdish Peshmerga forces repelled an attack by Islamic State militants on their lines near the town of Bashiqa, northeast of Mosul, on Monday, a Peshmerga commander said. [...] Four Peshmerga were killed and nine wounded in the fighting, which began before dawn and lasted until the afternoon, said Brigadier Shirwan Rasul. [...] He said about 30 of the attackers were killed, some of them by coalition air strikes called in during the battle.",
      note="4 + about 30 = 34 (the defending side's count of attackers)"),
    E("Militants publicly shot dead three men accused of informing, in al-Zuhur, east Mosul.",
      "2015-05-02", "'on Saturday night' before the Tuesday report", "al-Zuhur district, Mosul", "Nineveh", "IQ", "attack_on_civilians",
      "Islamic State", "civilians", 3, None, None, None,
      "Inside Mosul, militants publicly shot dead three men in the al-Zuhur district of the east of the city on Saturday night, accusing them of passing information to the Peshmerga, two residents said.",
      note="'militants' in IS-held Mosul: Islamic State by context (the next paragraph)"),
])

# ---- Iraq: Salahuddin, April 2019
D("h8-26", "2019-04-09", "https://www.example-samarra-times.com/2019/04/09/mutaibijah-ambush-makhoul-cave-strike", "Samarra Times", "incident", """
Two Hashd fighters killed in ambush; jets bomb cave in Makhoul mountains

SAMARRA, Iraq, April 9 (Samarra Times) - Militants ambushed a patrol of the Popular Mobilization Forces near the village of Mutaibijah, east of Samarra, on Sunday night, killing two fighters and wounding four, a Hashd official said.

The attackers opened fire from an orchard and escaped into the scrubland towards Diyala before reinforcements arrived.

Islamic State claimed the ambush on Monday through its Amaq agency, saying it had killed seven members of the "rejectionist" militia.

On Monday, Iraqi F-16 jets bombed a cave in the Makhoul mountains, north of Baiji, killing five Islamic State militants who had been hiding there, the Joint Operations Command said.

In Shirqat, in the north of the province, two shepherds were abducted from their pastures on Saturday, police said. Their bodies were found near a dry riverbed the next morning.

Police blamed Islamic State, which has killed shepherds it suspects of helping the security forces.

Also on Monday, a roadside bomb killed an army officer and wounded two soldiers in neighbouring Diyala province, the command said, without giving the location.

Mutaibijah, on the edge of the Salahuddin and Diyala provinces, has been one of the group's favourite hiding places since 2017.

"We have asked many times for more troops on this stretch, but nobody listens," said Abu Ali al-Moussawi, a Hashd commander in Samarra.

Islamic State lost its last territory in Iraq in December 2017, but its cells still stage hit-and-run attacks in the countryside.
""", [
    E("Militants ambushed a PMF patrol near Mutaibijah, killing two fighters and wounding four; IS claimed it via Amaq.",
      "2019-04-07", "'on Sunday night' before the Tuesday 9 April 2019 report", "near Mutaibijah, east of Samarra", "Salahuddin", "IQ", "battle",
      "Islamic State", "Popular Mobilization Forces", 2, None, 4, None,
      "Militants ambushed a patrol of the Popular Mobilization Forces near the village of Mutaibijah, east of Samarra, on Sunday night, killing two fighters and wounding four, a Hashd official said. [...] Islamic State claimed the ambush on Monday through its Amaq agency, saying it had killed seven members of the \"rejectionist\" militia.",
      note="IS's claimed toll of seven not used"),
    E("Iraqi F-16s bombed a cave in the Makhoul mountains, killing five IS militants.",
      "2019-04-08", "'On Monday' before the Tuesday report", "Makhoul mountains, north of Baiji", "Salahuddin", "IQ", "explosion",
      "Iraqi Security Forces", "Islamic State", 5, None, None, None,
      "On Monday, Iraqi F-16 jets bombed a cave in the Makhoul mountains, north of Baiji, killing five Islamic State militants who had been hiding there, the Joint Operations Command said."),
    E("Two shepherds were abducted near Shirqat and found dead the next morning; police blamed IS.",
      "2019-04-06", "abducted 'on Saturday' (bodies found Sunday) before the Tuesday report", "Shirqat", "Salahuddin", "IQ", "attack_on_civilians",
      "Islamic State", "civilians", 2, None, None, None,
      "In Shirqat, in the north of the province, two shepherds were abducted from their pastures on Saturday, police said. Their bodies were found near a dry riverbed the next morning. [...] Police blamed Islamic State, which has killed shepherds it suspects of helping the security forces.",
      note="date of abduction; blamed by police, not disputed"),
    E("A roadside bomb killed an army officer and wounded two soldiers somewhere in Diyala province.",
      "2019-04-08", "'Also on Monday' before the Tuesday 9 April 2019 report", "Diyala province", "Diyala", "IQ", "explosion",
      "unknown", "Iraqi Security Forces", 1, None, 2, None,
      "Also on Monday, a roadside bomb killed an army officer and wounded two soldiers in neighbouring Diyala province, the command said, without giving the location.",
      note="placed by province only"),
])

# ---- Iraq: Baghdad, September 2014
D("h8-27", "2014-09-23", "https://www.example-rafidain-news.com/2014/09/23/kadhimiya-checkpoint-suicide-bomber", "Rafidain News", "incident", """
Suicide bomber hits checkpoint at entrance to Kadhimiya

BAGHDAD, Sept 23 (Rafidain News) - A suicide bomber wearing an explosives vest blew himself up at a police checkpoint at the northern entrance to Baghdad's Kadhimiya district on Monday, killing himself and eight others, three of them policemen, officials said.

Twenty-one people were wounded, and two of them died in hospital overnight, a medical source said on Tuesday.

The checkpoint guards the approach to the Kadhimiya shrine, one of the holiest sites for Shi'ite Muslims.

Security officials blamed the Islamic State, which has sent suicide bombers against Shi'ite districts of the capital since it swept across northern Iraq in June.

The group itself has not commented.

On Sunday night, gunmen in army uniforms abducted a businessman from his home in the Mansour district and drove off in two pick-up trucks, police said.

His family had not received any ransom demand by Tuesday.

Early on Tuesday, a small bomb stuck to the car of a trade ministry employee went off in the Zayouna district, wounding him, police said.

"We are living between the checkpoints and the bombs," said Hassan Jabbar, a taxi driver who was stuck in traffic near Kadhimiya when the blast went off.

Baghdad's new government has promised to take control of the capital's security away from militias and give it back to the police.
""", [
    E("A suicide bomber blew himself up at a police checkpoint at the entrance to Kadhimiya, killing eight others including three police; 21 wounded, two of whom died overnight; officials blamed IS.",
      "2014-09-22", "'on Monday' before the Tuesday 23 September 2014 report", "northern entrance of Kadhimiya, Baghdad", "Baghdad", "IQ", "explosion",
      "Islamic State", "Iraqi Security Forces", 11, None, 19, None,
      "A suicide bomber wearing an explosives vest blew himself up at a police checkpoint at the northern entrance to Baghdad's Kadhimiya district on Monday, killing himself and eight others, three of them policemen, officials said. [...] Twenty-one people were wounded, and two of them died in hospital overnight, a medical source said on Tuesday. [...] Security officials blamed the Islamic State, which has sent suicide bombers against Shi'ite districts of the capital since it swept across northern Iraq in June.",
      note="bomber + 8 + 2 who died later = 11; wounded 21 - 2 = 19; blamed, the group silent; target police checkpoint (victims mostly civilians, 'civilians' defensible)"),
    E("Gunmen in army uniforms abducted a businessman from his home in Mansour.",
      "2014-09-21", "'On Sunday night' before the Tuesday report", "Mansour district, Baghdad", "Baghdad", "IQ", "other",
      "militants (unidentified)", "civilians", None, None, None, None,
      "On Sunday night, gunmen in army uniforms abducted a businessman from his home in the Mansour district and drove off in two pick-up trucks, police said."),
    E("A sticky bomb on a trade ministry employee's car exploded in Zayouna, wounding him.",
      "2014-09-23", "'Early on Tuesday', the publication day", "Zayouna district, Baghdad", "Baghdad", "IQ", "explosion",
      "unknown", "civilians", None, None, 1, None,
      "Early on Tuesday, a small bomb stuck to the car of a trade ministry employee went off in the Zayouna district, wounding him, police said."),
])

# ---- Iraq: Ramadi, November 2014 (dateline a day before publication)
D("h8-28", "2014-11-11", "https://www.example-anbar-observer.com/2014/11/11/ramadi-malaab-police-station-falls", "Anbar Observer", "incident", """
Islamic State seizes police station in Ramadi after tribal fighters hold the east

BAGHDAD, Nov 10 (Anbar Observer) - Islamic State fighters captured a police station in the al-Malaab district of Ramadi on Monday after clashes that killed six policemen, a police officer in the city said.

The militants raised their black flag over the building and blew up part of it before noon, he said.

The station was one of the last police positions in the south of the city, which has been divided between the group and government forces for months.

On Sunday, fighters from the Albu Fahd tribe, backed by police, repelled an attack by the group on their area east of Ramadi, killing 11 of the attackers, tribal leader Sheikh Rafi al-Fahdawi said by phone.

He said two of his men were wounded.

Tribal leaders in Anbar have asked Baghdad for weapons and ammunition for weeks, saying their men are outgunned.

"We fight with Kalashnikovs, they fight with mortars and armoured cars," Sheikh Rafi said.

US military advisers are expected to begin training tribal fighters at al-Asad air base in the west of the province.

The provincial council has warned that Ramadi could fall entirely without reinforcements.
""", [
    E("IS fighters captured a police station in Ramadi's al-Malaab district after clashes that killed six policemen.",
      "2014-11-10", "'on Monday' in a report datelined Monday Nov 10 (published Nov 11, 2014)", "police station, al-Malaab district, Ramadi", "Anbar", "IQ", "territory_gain",
      "Islamic State", "Iraqi Security Forces", 6, None, None, None,
      "Islamic State fighters captured a police station in the al-Malaab district of Ramadi on Monday after clashes that killed six policemen, a police officer in the city said."),
    E("Albu Fahd tribal fighters backed by police repelled an attack east of Ramadi, killing 11 attackers; two tribal fighters wounded.",
      "2014-11-09", "'On Sunday' before the Monday Nov 10 dateline", "Albu Fahd area, east of Ramadi", "Anbar", "IQ", "battle",
      "Islamic State", "Albu Fahd tribal fighters", 11, None, 2, None,
      "On Sunday, fighters from the Albu Fahd tribe, backed by police, repelled an attack by the group on their area east of Ramadi, killing 11 of the attackers, tribal leader Sheikh Rafi al-Fahdawi said by phone. [...] He said two of his men were wounded.",
      note="'the group' = Islamic State; the defenders' count of attackers"),
])
# ---- Afghanistan: Helmand, August 2016
D("h8-29", "2016-08-16", "https://www.example-kabul-ledger.com/2016/08/16/helmand-babaji-checkpoints-chah-e-anjir-strike", "Kabul Ledger", "incident", """
Taliban assault on Babaji checkpoints beaten back; villagers say air strike killed eight

LASHKAR GAH, Afghanistan, Aug 16 (Kabul Ledger) - Taliban fighters attacked a string of police checkpoints in the Babaji area, just north of Lashkar Gah, on Monday night, setting off a battle that lasted until dawn, officials said.

Six policemen and 14 Taliban were killed before the insurgents pulled back, said Omar Zwak, a spokesman for the Helmand governor.

Police said they had called in air support during the night.

In a separate incident, elders from the Chah-e-Anjir area of Nad Ali district said an air strike on Sunday hit a house where a family was gathered for a wedding meal, killing eight civilians, most of them women and children.

The defence ministry confirmed that Afghan aircraft had carried out strikes in Nad Ali on Sunday, but denied that civilians had been harmed.

"We carried the bodies to Lashkar Gah so the governor could see them," said Haji Abdul Wahid, one of the elders.

The Taliban have pushed to within a few kilometres of Lashkar Gah this summer, and thousands of families have fled into the city.

Officials say the insurgents control or contest 10 of Helmand's 14 districts.

US special forces advisers returned to the province in February to help the struggling Afghan army corps there.

Helmand produces most of Afghanistan's opium, which funds the insurgency.
""", [
    E("Taliban fighters attacked police checkpoints in Babaji and were pushed back; six police and 14 Taliban killed.",
      "2016-08-15", "'on Monday night' before the Tuesday 16 August 2016 report", "Babaji, north of Lashkar Gah", "Helmand", "AF", "battle",
      "Taliban", "Afghan security forces", 20, None, None, None,
      "Taliban fighters attacked a string of police checkpoints in the Babaji area, just north of Lashkar Gah, on Monday night, setting off a battle that lasted until dawn, officials said. [...] Six policemen and 14 Taliban were killed before the insurgents pulled back, said Omar Zwak, a spokesman for the Helmand governor.",
      note="6 + 14 = 20"),
    E("Elders say an air strike hit a wedding meal in Chah-e-Anjir, Nad Ali, killing eight civilians; the ministry confirmed Afghan strikes there but denied civilian harm.",
      "2016-08-14", "'on Sunday' before the Tuesday report", "Chah-e-Anjir, Nad Ali district", "Helmand", "AF", "explosion",
      "Afghan security forces", "civilians", 8, None, None, None,
      "In a separate incident, elders from the Chah-e-Anjir area of Nad Ali district said an air strike on Sunday hit a house where a family was gathered for a wedding meal, killing eight civilians, most of them women and children. [...] The defence ministry confirmed that Afghan aircraft had carried out strikes in Nad Ali on Sunday, but denied that civilians had been harmed.",
      note="the strike is acknowledged, the civilian toll denied: elders' toll kept"),
], [
    F("other", 10, "Helmand", "Officials say the insurgents control or contest 10 of Helmand's 14 districts.", note="districts controlled or contested by the Taliban"),
])

# ---- Afghanistan: Nangarhar, October 2018
D("h8-30", "2018-10-17", "https://www.example-khyber-pass-times.com/2018/10/17/rodat-jirga-suicide-attack", "Khyber Pass Times", "incident", """
Suicide bomber strikes elders' meeting in Nangarhar, killing 13

JALALABAD, Afghanistan, Oct 17 (Khyber Pass Times) - A suicide bomber blew himself up among tribal elders meeting to settle a land dispute in Rodat district of Nangarhar province on Tuesday, killing at least 11 people, officials said.

By evening, the provincial governor's spokesman, Attaullah Khogyani, said 13 people had died, among them two children who were serving tea, and 30 had been wounded.

The toll did not include the attacker, he said.

Islamic State's Khorasan branch said through its Amaq news agency that one of its fighters had targeted "a gathering of apostate elders".

The Taliban denied any role in a message sent to journalists.

Overnight, Taliban fighters attacked a police post in Sherzad district but were driven off after a two-hour gunfight, police said. Two policemen were killed.

On Monday, a drone strike in Achin district killed nine Islamic State fighters, the governor's office said, without saying whose aircraft had carried it out.

Nangarhar, on the border with Pakistan, is the main stronghold of Islamic State in Afghanistan, and the group also fights the Taliban there.

"The elders came to make peace between two families and they were killed for it," said Malik Gul Rahman, whose brother was wounded.

Afghanistan holds parliamentary elections on Saturday, and officials fear more attacks on gatherings.
""", [
    E("A suicide bomber struck an elders' meeting in Rodat district, killing 13 including two children, plus the bomber, and wounding 30; IS Khorasan claimed it, the Taliban denied a role.",
      "2018-10-16", "'on Tuesday' before the Wednesday 17 October 2018 report", "Rodat district", "Nangarhar", "AF", "explosion",
      "Islamic State", "civilians", 14, None, 30, None,
      "A suicide bomber blew himself up among tribal elders meeting to settle a land dispute in Rodat district of Nangarhar province on Tuesday, killing at least 11 people, officials said. [...] By evening, the provincial governor's spokesman, Attaullah Khogyani, said 13 people had died, among them two children who were serving tea, and 30 had been wounded. [...] The toll did not include the attacker, he said. [...] Islamic State's Khorasan branch said through its Amaq news agency that one of its fighters had targeted \"a gathering of apostate elders\".",
      note="revised 11 -> 13, + the bomber = 14"),
    E("Taliban fighters attacked a police post in Sherzad and were driven off; two policemen killed.",
      "2018-10-16", "'Overnight': first night, Tuesday 16 October 2018 (report dated Wednesday 17 October)", "Sherzad district", "Nangarhar", "AF", "battle",
      "Taliban", "Afghan security forces", 2, None, None, None,
      "Overnight, Taliban fighters attacked a police post in Sherzad district but were driven off after a two-hour gunfight, police said. Two policemen were killed."),
    E("A drone strike of unstated origin in Achin killed nine IS fighters.",
      "2018-10-15", "'On Monday' before the Wednesday report", "Achin district", "Nangarhar", "AF", "explosion",
      "unknown", "Islamic State", 9, None, None, None,
      "On Monday, a drone strike in Achin district killed nine Islamic State fighters, the governor's office said, without saying whose aircraft had carried it out.",
      note="air force not named: unknown"),
])

# ---- Afghanistan: Faryab, December 2017
D("h8-31", "2017-12-12", "https://www.example-kabul-ledger.com/2017/12/12/faryab-kohistan-district-retaken", "Kabul Ledger", "incident", """
Afghan commandos retake Kohistan district centre two days after Taliban overran it

MAIMANA, Afghanistan, Dec 12 (Kabul Ledger) - Afghan commandos retook the centre of Kohistan district in northern Faryab province on Monday, two days after it fell to the Taliban, the defence ministry said.

Seventeen insurgents were killed in the operation, the ministry said in a statement.

The Taliban had captured the district centre on Saturday after besieging it for two days, killing nine policemen, local officials said.

Several government buildings were burned before the insurgents withdrew into the hills.

On Thursday, Taliban fighters ambushed an army supply convoy on the road between Maimana and Andkhoy, killing four soldiers, said a spokesman for the army's 209th Shaheen Corps.

The insurgents said in a statement that they had destroyed ten vehicles, a claim the army rejected.

In neighbouring Sar-e Pul province, Taliban attacks on Sunday killed five members of a pro-government militia, the governor's spokesman said, without naming the villages.

Faryab's mostly Uzbek and Turkmen population has been caught between the Taliban, local militias and a weak government presence.

"Every winter they come down from the mountains and take another district," said Abdul Sattar Barez, a member of the provincial council.

The provincial council says more than 6,000 families have been displaced in Faryab this year.
""", [
    E("Afghan commandos retook the Kohistan district centre from the Taliban, killing 17 insurgents.",
      "2017-12-11", "'on Monday' before the Tuesday 12 December 2017 report", "Kohistan district centre", "Faryab", "AF", "territory_gain",
      "Afghan security forces", "Taliban", 17, None, None, None,
      "Afghan commandos retook the centre of Kohistan district in northern Faryab province on Monday, two days after it fell to the Taliban, the defence ministry said. [...] Seventeen insurgents were killed in the operation, the ministry said in a statement."),
    E("The Taliban captured the Kohistan district centre after a two-day siege, killing nine policemen.",
      "2017-12-09", "'on Saturday' before the Tuesday report", "Kohistan district centre", "Faryab", "AF", "territory_gain",
      "Taliban", "Afghan security forces", 9, None, None, None,
      "The Taliban had captured the district centre on Saturday after besieging it for two days, killing nine policemen, local officials said."),
    E("Taliban fighters ambushed an army supply convoy on the Maimana-Andkhoy road, killing four soldiers.",
      "2017-12-07", "'On Thursday' before the Tuesday report", "road between Maimana and Andkhoy", "Faryab", "AF", "battle",
      "Taliban", "Afghan security forces", 4, None, None, None,
      "On Thursday, Taliban fighters ambushed an army supply convoy on the road between Maimana and Andkhoy, killing four soldiers, said a spokesman for the army's 209th Shaheen Corps.",
      note="insurgents' claim of ten vehicles not used"),
    E("Taliban attacks killed five pro-government militiamen somewhere in Sar-e Pul province.",
      "2017-12-10", "'on Sunday' before the Tuesday 12 December 2017 report", "Sar-e Pul province", "Sar-e Pul", "AF", "battle",
      "Taliban", "pro-government militia", 5, None, None, None,
      "In neighbouring Sar-e Pul province, Taliban attacks on Sunday killed five members of a pro-government militia, the governor's spokesman said, without naming the villages.",
      note="placed by province only"),
], [
    F("displaced", 6000, "Faryab", "The provincial council says more than 6,000 families have been displaced in Faryab this year.", note="families"),
])

# ---- Libya: Benghazi, February 2017
D("h8-32", "2017-02-21", "https://www.example-cyrenaica-herald.com/2017/02/21/benghazi-sabri-fish-market-salmani-car-bomb", "Cyrenaica Herald", "incident", """
Army takes Sabri fish market in Benghazi; car bomb kills two outside mosque

BENGHAZI, Libya, Feb 21 (Cyrenaica Herald) - Forces of the Libyan National Army took control of the old fish market in Benghazi's Sabri district on Monday after a day of street fighting, an army spokesman said.

Four soldiers were killed, and the army said it had killed "dozens" of fighters of the Benghazi Revolutionaries Shura Council.

The Islamist alliance still holds a few blocks of Sabri and the neighbouring Souq al-Hout area along the port.

On Sunday evening, a car bomb exploded outside a mosque in the Salmani district as worshippers were leaving prayers, killing two people and wounding eleven, a hospital spokeswoman said.

No group said it had planted the bomb.

The Libyan National Army, led by Khalifa Haftar, has been fighting Islamist groups in Benghazi since May 2014 and controls most of the city.

The army is aligned with the parliament in the east and does not recognise the UN-backed government in Tripoli.

"We have been told the war is almost over every month for two years," said Salem al-Obeidi, a shopkeeper in Salmani.

Thousands of families from the central districts have lived in schools and rented flats since the fighting began.
""", [
    E("LNA forces took the old fish market in Sabri district after street fighting; four soldiers killed, the army claimed 'dozens' of Shura Council fighters killed.",
      "2017-02-20", "'on Monday' before the Tuesday 21 February 2017 report", "old fish market, Sabri district, Benghazi", "Benghazi", "LY", "territory_gain",
      "Libyan government forces", "Islamist militants", 4, None, None, None,
      "Forces of the Libyan National Army took control of the old fish market in Benghazi's Sabri district on Monday after a day of street fighting, an army spokesman said. [...] Four soldiers were killed, and the army said it had killed \"dozens\" of fighters of the Benghazi Revolutionaries Shura Council.",
      note="4 stated + 'dozens' (no number): killed 4 is a lower bound; LNA as 'Libyan government forces' and the Shura Council as 'Islamist militants' after news-dev"),
    E("A car bomb exploded outside a mosque in Salmani as worshippers left prayers, killing two and wounding eleven; no claim.",
      "2017-02-19", "'On Sunday evening' before the Tuesday report", "mosque, Salmani district, Benghazi", "Benghazi", "LY", "explosion",
      "unknown", "civilians", 2, None, 11, None,
      "On Sunday evening, a car bomb exploded outside a mosque in the Salmani district as worshippers were leaving prayers, killing two people and wounding eleven, a hospital spokeswoman said. [...] No group said it had planted the bomb."),
])
# ---- Libya: Sirte, July 2016
D("h8-33", "2016-07-19", "https://www.example-misrata-monitor.com/2016/07/19/sirte-dollar-district-abu-grain-car-bomb", "Misrata Monitor", "incident", """
Pro-government forces seize Sirte's Dollar district; car bomb hits checkpoint near Abu Grain

MISRATA, Libya, July 19 (Misrata Monitor) - Forces loyal to Libya's UN-backed unity government took control of the Dollar district in the west of Sirte on Monday, pushing Islamic State fighters back towards the sea, their media office said.

The forces, known as Bunyan al-Marsous and drawn mostly from Misrata's brigades, said they had lost three men in the advance.

The day before, a suicide bomber drove a car packed with explosives into a checkpoint of the same forces near Abu Grain, on the coastal road between Misrata and Sirte, killing five fighters, a medic at Misrata's central hospital said.

Islamic State said through its Amaq agency that the bomber was a Tunisian.

The attack was the first so far behind the front lines, and commanders said they would tighten checks on the coastal road.

More than 300 pro-government fighters have been killed since the offensive on Sirte began in May, according to hospital figures.

"They are surrounded, but they still have snipers and car bombs," said Mohammed al-Ghasri, a spokesman for the forces.

Islamic State took Sirte, the hometown of Muammar Gaddafi, in 2015, and turned it into its main base outside Syria and Iraq.

Western special forces are reported to be helping the Misrata brigades with intelligence.
""", [
    E("Unity-government forces (Bunyan al-Marsous) took Sirte's Dollar district from IS, losing three men.",
      "2016-07-18", "'on Monday' before the Tuesday 19 July 2016 report", "Dollar district, Sirte", "Sirte", "LY", "territory_gain",
      "Libyan government forces", "Islamic State", 3, None, None, None,
      "Forces loyal to Libya's UN-backed unity government took control of the Dollar district in the west of Sirte on Monday, pushing Islamic State fighters back towards the sea, their media office said. [...] The forces, known as Bunyan al-Marsous and drawn mostly from Misrata's brigades, said they had lost three men in the advance.",
      note="GNA-aligned forces as 'Libyan government forces'; killed counts only their own stated losses"),
    E("A suicide car bomber hit a checkpoint of the pro-government forces near Abu Grain, killing five fighters; IS claimed via Amaq.",
      "2016-07-17", "Sunday 17 July 2016: 'The day before' the Monday advance", "checkpoint near Abu Grain, Misrata-Sirte coastal road", "Misrata", "LY", "explosion",
      "Islamic State", "Libyan government forces", 6, None, None, None,
      "The day before, a suicide bomber drove a car packed with explosives into a checkpoint of the same forces near Abu Grain, on the coastal road between Misrata and Sirte, killing five fighters, a medic at Misrata's central hospital said. [...] Islamic State said through its Amaq agency that the bomber was a Tunisian.",
      note="5 + the bomber = 6"),
], [
    F("killed", 300, "Sirte", "More than 300 pro-government fighters have been killed since the offensive on Sirte began in May, according to hospital figures."),
])

# ---- Mali: Mopti and Koulikoro regions, March/April 2019 (dateline city not the incident's)
D("h8-34", "2019-04-02", "https://www.example-sahel-observer.com/2019/04/02/kouakourou-attack-guire-post", "Sahel Observer", "incident", """
Eleven killed in attack on Fulani settlement near Djenné; soldiers die at Guiré post

BAMAKO, April 2 (Sahel Observer) - Gunmen attacked a Fulani herders' settlement outside the village of Kouakourou, in the Djenné area of central Mali, on Sunday, killing nine people and wounding six, a local official said.

Two of the wounded died on Monday at the health centre in Djenné, the official added, asking not to be named.

A Fulani community association blamed Dan Na Ambassagou, a Dogon hunters' militia, for the killings.

The militia denied it had taken part and accused "bandits" of trying to set the communities against each other.

In the west of the country, gunmen on motorcycles attacked a military post in Guiré, in the Nara area, on Saturday, killing three soldiers, the army said.

The army said "the terrorists" had lost several men but gave no figure.

The al-Qaeda-linked JNIM alliance claimed the Guiré attack in a statement carried by a Mauritanian news website.

Violence between Fulani herders and Dogon and Bambara farmers has surged in central Mali since jihadist groups began recruiting among the Fulani in 2015.

The United Nations says more than 600 civilians were killed in central Mali last year.

"Our people are being hunted in their own pastures," said Hamadoun Bah, a member of the association, in Bamako.

The government has promised to disarm all militias, but few weapons have been handed in.
""", [
    E("Gunmen attacked a Fulani settlement outside Kouakourou, killing nine and wounding six, two of whom died the next day; a community group blamed Dan Na Ambassagou, which denied it.",
      "2019-03-31", "'on Sunday' before the Tuesday 2 April 2019 report", "outside Kouakourou, Djenné area", "Mopti", "ML", "attack_on_civilians",
      "militants (unidentified)", "civilians", 11, None, 4, None,
      "Gunmen attacked a Fulani herders' settlement outside the village of Kouakourou, in the Djenné area of central Mali, on Sunday, killing nine people and wounding six, a local official said. [...] Two of the wounded died on Monday at the health centre in Djenné, the official added, asking not to be named. [...] A Fulani community association blamed Dan Na Ambassagou, a Dogon hunters' militia, for the killings. [...] The militia denied it had taken part and accused \"bandits\" of trying to set the communities against each other.",
      note="9 + 2 who died later = 11; wounded 6 - 2 = 4; blame denied, no claim: unnamed armed side"),
    E("Gunmen on motorcycles attacked a military post in Guiré, killing three soldiers; JNIM claimed it.",
      "2019-03-30", "'on Saturday' before the Tuesday report", "Guiré, Nara area", "Koulikoro", "ML", "battle",
      "JNIM", "Malian security forces", 3, None, None, None,
      "In the west of the country, gunmen on motorcycles attacked a military post in Guiré, in the Nara area, on Saturday, killing three soldiers, the army said. [...] The army said \"the terrorists\" had lost several men but gave no figure. [...] The al-Qaeda-linked JNIM alliance claimed the Guiré attack in a statement carried by a Mauritanian news website.",
      note="'several' attackers dead: no number; killed = the 3 soldiers"),
], [
    F("killed", 600, "central Mali", "The United Nations says more than 600 civilians were killed in central Mali last year.", note="civilians, 2018"),
])

# ---- Burkina Faso: Soum province, October 2019
D("h8-35", "2019-10-08", "https://www.example-sahel-observer.com/2019/10/08/djibo-arbinda-convoy-bomb", "Sahel Observer", "incident", """
Four soldiers killed by roadside bomb between Djibo and Arbinda; army says twenty militants 'neutralised'

OUAGADOUGOU, Oct 8 (Sahel Observer) - A bomb hidden under the road between Djibo and Arbinda tore through a military vehicle on Saturday, killing four soldiers and wounding six, the army said in a statement.

On Sunday, ground troops backed by helicopters pursued the attackers in the bush near Arbinda and "neutralised about twenty terrorists", the statement said.

It gave no losses on the army's side for Sunday's operation.

On Monday, the Islamic State in the Greater Sahara said in a message relayed by the Amaq agency that its fighters had planted the bomb.

The road between the two towns in Soum province has become one of the most dangerous in the country, and convoys now travel with armoured escorts.

More than 480,000 people have been displaced in Burkina Faso by violence, according to the national emergency council.

"The trucks do not come anymore, so the market is empty," said Aminata Dicko, a trader in Djibo.

Rights groups have accused the army of killing civilians during such operations, accusations the government rejects.

Burkina Faso was largely spared jihadist violence until 2015, but attacks have since spread from the border with Mali across the north and east.
""", [
    E("A roadside bomb hit a military vehicle on the Djibo-Arbinda road, killing four soldiers and wounding six; the Islamic State in the Greater Sahara claimed it.",
      "2019-10-05", "'on Saturday' before the Tuesday 8 October 2019 report", "road between Djibo and Arbinda", "Sahel", "BF", "explosion",
      "Islamic State", "Burkinabe security forces", 4, None, 6, None,
      "A bomb hidden under the road between Djibo and Arbinda tore through a military vehicle on Saturday, killing four soldiers and wounding six, the army said in a statement. [...] On Monday, the Islamic State in the Greater Sahara said in a message relayed by the Amaq agency that its fighters had planted the bomb.",
      note="claim made two days later"),
    E("Troops backed by helicopters pursued the attackers near Arbinda and 'neutralised about twenty terrorists'.",
      "2019-10-06", "'On Sunday' before the Tuesday report", "near Arbinda", "Sahel", "BF", "battle",
      "Burkinabe security forces", "Islamic State", 20, None, None, None,
      "On Sunday, ground troops backed by helicopters pursued the attackers in the bush near Arbinda and \"neutralised about twenty terrorists\", the statement said.",
      note="the state's count of enemies killed is used; 'the attackers' = the bombers IS-GS claimed ('militants (unidentified)' defensible)"),
], [
    F("displaced", 480000, "Burkina Faso", "More than 480,000 people have been displaced in Burkina Faso by violence, according to the national emergency council."),
])

# ---- South Sudan: Central Equatoria, April 2017
D("h8-36", "2017-04-11", "https://www.example-nile-tribune.com/2017/04/11/morobo-attack-juba-yei-bus-ambush", "Nile Tribune", "incident", """
Army says it repulsed rebel attack on Morobo; six passengers killed in ambush on Juba-Yei road

JUBA, April 11 (Nile Tribune) - Fighters loyal to former vice-president Riek Machar attacked government troops in the town of Morobo, near the border with Uganda and Congo, on Sunday, the army said.

Army spokesman Colonel Lul Gatkuoth said the soldiers repulsed the assault, killing 14 rebels and losing three of their own.

A spokesman for Machar's SPLA-IO said its forces had only defended themselves after being attacked in their positions outside the town.

On Monday, gunmen ambushed a passenger bus on the road between Juba and Yei, about 40 km from Yei, killing six passengers, among them a woman and her baby, police said.

The army and the rebels each blamed the other for the ambush.

Both sides signed a peace deal in August 2015, but it collapsed in fighting in Juba last July and the war has since spread across the Equatoria region.

Nearly 900,000 South Sudanese have fled to Uganda, according to the UN refugee agency.

"You cannot travel on this road without praying first," said a trader who makes the trip to Yei every week.

Aid agencies say the road, the main supply route to Yei, has been closed for days at a time this year.
""", [
    E("SPLA-IO fighters attacked government troops in Morobo; the army says it repulsed them, killing 14 rebels and losing three soldiers; the SPLA-IO says it was attacked.",
      "2017-04-09", "'on Sunday' before the Tuesday 11 April 2017 report", "Morobo", "Central Equatoria", "SS", "battle",
      "SPLA-IO", "South Sudanese security forces", 17, None, None, None,
      "Fighters loyal to former vice-president Riek Machar attacked government troops in the town of Morobo, near the border with Uganda and Congo, on Sunday, the army said. [...] Army spokesman Colonel Lul Gatkuoth said the soldiers repulsed the assault, killing 14 rebels and losing three of their own. [...] A spokesman for Machar's SPLA-IO said its forces had only defended themselves after being attacked in their positions outside the town.",
      note="14 + 3 = 17; who attacked is disputed: the army's account as reported; contestable"),
    E("Gunmen ambushed a passenger bus on the Juba-Yei road about 40 km from Yei, killing six passengers; army and rebels blame each other.",
      "2017-04-10", "'On Monday' before the Tuesday report", "road between Juba and Yei, about 40 km from Yei", "Central Equatoria", "SS", "attack_on_civilians",
      "militants (unidentified)", "civilians", 6, None, None, None,
      "On Monday, gunmen ambushed a passenger bus on the road between Juba and Yei, about 40 km from Yei, killing six passengers, among them a woman and her baby, police said. [...] The army and the rebels each blamed the other for the ambush.",
      note="mutual blame: unnamed armed side"),
], [
    F("displaced", 900000, "Uganda", "Nearly 900,000 South Sudanese have fled to Uganda, according to the UN refugee agency.", note="refugees"),
])

if __name__ == "__main__":
    main()
