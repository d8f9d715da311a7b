#!/usr/bin/env python3
"""probe-blind8: hand-written news-like reports (invented incidents in real places, Iraq and
Syria 2014-2019 mostly, plus Afghanistan, Yemen, Nigeria and Somalia) with gold events.

Run: python3 make.py   -> writes docs.jsonl and gold.jsonl beside this file, after checking
that every evidence piece is verbatim in its text, no event date is after publication, weekday
words in date notes agree with dates, written datelines are true calendar facts, types come
from the gold schema and *_high >= the low count.
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
        if pub and not (2014 <= pub.year <= 2019):
            errs.append(f"{d['id']}: published {pub} outside 2014-2019")
        if d["url"] and "example-" not in d["url"]:
            errs.append(f"{d['id']}: url not on an example- domain")
        # weekday + date written in the text ("Tuesday, 17 November 2015" / "Tuesday, November 17, 2015")
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
                # a weekday followed by a written date ("Thursday 17 November 2016" or
                # "Thursday 2016-11-17") must match that date; any other weekday, the event's date
                for m in re.finditer(r"(%s)(?:,? (\d{1,2}) (%s),? (\d{4})|,? (\d{4}-\d\d-\d\d))?"
                                     % ("|".join(WEEKDAYS), "|".join(MONTHS)), e["date_note"]):
                    if m.group(2):
                        ref = dt.date(int(m.group(4)), MONTHS.index(m.group(3)) + 1, int(m.group(2)))
                    elif m.group(5):
                        ref = dt.date.fromisoformat(m.group(5))
                    else:
                        ref = day
                    if m.group(1) != WEEKDAYS[ref.weekday()]:
                        errs.append(f"{where}: note names {m.group(0)}, {ref} is a {WEEKDAYS[ref.weekday()]}")
            elif e["date_note"]:
                for m in re.finditer(r"(%s),? (\d{1,2}) (%s),? (\d{4})" % ("|".join(WEEKDAYS), "|".join(MONTHS)), e["date_note"]):
                    ref = dt.date(int(m.group(4)), MONTHS.index(m.group(3)) + 1, int(m.group(2)))
                    if m.group(1) != WEEKDAYS[ref.weekday()]:
                        errs.append(f"{where}: note names {m.group(0)}, {ref} is a {WEEKDAYS[ref.weekday()]}")
        for j, f in enumerate(d["figures"]):
            for piece in f["evidence"].split(" [...] "):
                if piece not in t:
                    errs.append(f"{d['id']} fig{j}: evidence not in text: {piece[:70]!r}")
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
    if "-v" in sys.argv:
        for d in DOCS:
            print(d["id"], d["published"], d["kind"], len(d["events"]),
                  len(re.findall(r"[.!?](\s|$)", d["text"])))


# ---------------------------------------------------------------- reports
# ---- N1: trial, Baghdad (no new incident)
D("b8-01", "2018-05-16", "https://www.example-tigris-wire.com/iraq/2018/05/16/court-sentences-bayaa-bombers", "Tigris Wire", "trial", """
Baghdad court sentences five to death over 2015 Bayaa market bombing

BAGHDAD, May 16 (Tigris Wire) - Iraq's Central Criminal Court on Wednesday sentenced five men to death by hanging for organising a car bombing that tore through a crowded commercial street in the capital's Bayaa district three years ago.

The bombing, on an evening in late Ramadan 2015, killed 27 shoppers and wounded more than 60, according to figures read out in court.

A sixth defendant, a mechanic accused of fitting the explosives into a minibus, was given 15 years in prison after judges found he had not known what the vehicle would be used for.

Prosecutors said the men belonged to a cell of the Islamic State group that ran safe houses in the farmland south of Baghdad and moved explosives into the city hidden in vegetable trucks.

The defendants were arrested in a series of raids in Arab Jabour and Madain in early 2016, the court heard.

"They confessed, and the confessions were matched by phone records and by the remains of the vehicle," presiding judge Kadhim al-Rubaie told the packed courtroom.

Defence lawyer Mustafa Hamid said his clients had been beaten during interrogation and that he would take the case to the Court of Cassation.

Relatives of the dead, many dressed in black, wept and applauded as the verdict was read.

"My son went out to buy shoes for Eid and came back in a coffin," said Umm Ali, 54, who held up a framed photograph outside the court building.

Rights groups have long criticised Iraq's terrorism trials, some of which last less than half an hour, and say many convictions rest on confessions obtained under duress.

The Ministry of Justice says it follows the law and that every death sentence is reviewed by an appeals court and ratified by the president.

Iraq has sentenced hundreds of people to death on terrorism charges since it declared victory over the militants in December 2017.

Read more: Families of Bayaa victims still wait for compensation
""", [])

# ---- N2: analysis, Idlib (no new incident)
D("b8-02", "2018-10-09", "https://www.example-levant-review.org/analysis/2018/10/09/idlib-hts-governance", "Levant Review", "analysis", """
ANALYSIS: How Hayat Tahrir al-Sham runs Idlib, and why that matters for the next round

By Nadia Farhat, Levant Review

Idlib is now the last large piece of Syria outside the control of Bashar al-Assad, and the group that dominates it is not the one diplomats want to talk to.

Hayat Tahrir al-Sham, the alliance built around the former al-Qaeda affiliate once known as the Nusra Front, controls most of the province's towns, its main roads and, crucially, the border crossing at Bab al-Hawa.

Its civilian arm, the so-called Salvation Government, collects fees on fuel, cigarettes and lorries entering from Turkey, and appoints the councils that run bakeries, water pumps and courts.

Residents interviewed by telephone described a system that is orderly but feared: a woman in Saraqib said shopkeepers pay "for everything, even the right to open the shutter".

The group's leader, Abu Mohammad al-Jolani, has tried to present it as a local Syrian movement with no foreign agenda.

Yet its fighters have spent much of the past two years fighting other rebels, most notably in the summer of 2017, when they pushed Ahrar al-Sham out of most of the province after days of clashes.

Roughly three million people live in the area, about half of them displaced from other parts of Syria, according to aid agencies.

Analysts say that size is the main brake on a full government offensive, because a battle for Idlib could drive hundreds of thousands towards a Turkish border that is already sealed.

"Whoever wants to fight HTS has to explain where the civilians will go," said a European diplomat who follows the file.

Turkey, which has a dozen observation posts around the province, has pressed the group to dissolve itself or at least hand over its heavy weapons, so far without success.

Inside the group, hardliners oppose any deal with Ankara, and several foreign commanders have quit in protest over the past year.

For now, the most likely outcome is a slow squeeze rather than a single decisive battle, the diplomat said.
""", [], [
    F("displaced", 1500000, "Idlib", "Roughly three million people live in the area, about half of them displaced from other parts of Syria, according to aid agencies.",
      note="'about half' of three million; population figure 3,000,000 is context"),
])

# ---- N3: aid appeal, Hodeidah (no new incident)
D("b8-03", "2018-11-20", "https://www.example-red-sea-observer.com/yemen/2018/11/20/hodeidah-aid-appeal", "Red Sea Observer", "aid appeal", """
Aid groups appeal for $90 million to feed families displaced from Hodeidah

ADEN, Tuesday, 20 November 2018 - A coalition of Yemeni and international aid groups appealed on Tuesday for $90 million to feed and shelter families who have fled the fighting around the Red Sea port of Hodeidah.

The appeal covers the next six months and is meant to reach about 70,000 families, most of them living with relatives or in schools in the districts south of the city and in the capital Sanaa.

"People are arriving with nothing, and the host families are now as hungry as the displaced," said Amal Saeed, coordinator of the Tihama Relief Alliance, one of the groups behind the appeal.

Aid workers estimate that more than 425,000 people have left their homes in Hodeidah province since the battle for the port began in June.

The port handles most of the food and medicine that reaches northern Yemen, and agencies warn that any long closure would push millions closer to famine.

Prices of wheat flour and cooking oil in Hodeidah's markets have roughly doubled since the summer, traders said, as the Yemeni rial lost value.

The appeal asks for cash grants, tents, water tanks and cholera kits, after a rise in suspected cases in camps near Khokha and Hays.

Donors have so far funded less than a third of the United Nations' overall plan for Yemen this year, a UN humanitarian official said.

The war between the Houthi movement and the government backed by a Saudi-led coalition has been going on since March 2015.

Peace talks are expected to open in Sweden next month, and aid groups urged both sides to keep roads to the port open in the meantime.

"A ceasefire in Hodeidah would save more lives than any amount of money we can raise," Saeed said.
""", [], [
    F("displaced", 425000, "Hodeidah", "Aid workers estimate that more than 425,000 people have left their homes in Hodeidah province since the battle for the port began in June."),
])

# ---- N4: funeral, Kirkuk (no new incident)
D("b8-04", "2016-03-15", "https://www.example-zagros-daily.com/news/15032016/funeral-kak-omar", "Zagros Daily", "funeral", """
Thousands mourn Peshmerga commander Omar Rashid in Kirkuk

KIRKUK - Thousands of people lined the streets of Kirkuk on Tuesday for the funeral of Omar Rashid, a veteran Peshmerga commander who led the defence of the city's southern approaches against the Islamic State group in 2014.

Rashid, 63, died on Sunday in a hospital in Sulaimaniya after a long illness, his family said.

His coffin, draped in the Kurdistan flag, was carried from the Peshmerga headquarters to a cemetery on the edge of the city, accompanied by a military band.

Fighters who served under him fired into the air as the procession passed, and shops along the route closed their shutters as a mark of respect.

Rashid joined the Kurdish guerrillas as a teenager in the 1960s and was wounded twice in fighting with the forces of Saddam Hussein.

In June 2014, after the Iraqi army abandoned its positions around Kirkuk, he moved his men into the empty bases south of the city within hours, a decision many residents credit with keeping the militants out.

Later that year his units fought for weeks around Mullah Abdullah and Taza, where dozens of Peshmerga were killed.

"He slept in the trenches with us, he never sent anyone where he would not go himself," said Hiwa Karim, a Peshmerga officer who fought under him.

The governor of Kirkuk, speaking at the graveside, called him "a shield for all of Kirkuk's communities, Kurds, Arabs and Turkmen alike".

Rashid is survived by his wife, four sons and two daughters.

A memorial ceremony will be held at the city's cultural centre on Friday.
""", [])

# ---- N5: policy, Afghanistan (no new incident)
D("b8-05", "2017-08-08", "https://www.example-kabul-evening-post.com/2017/08/08/local-police-to-join-army", "Kabul Evening Post", "policy", """
Afghan government to fold local police militias into the army

KABUL, Tuesday, 8 August 2017 - Afghanistan will move thousands of members of the Afghan Local Police into a new territorial force under the Ministry of Defence over the next two years, officials said on Tuesday.

The Afghan Local Police, a village-based force of about 29,000 men set up with American money in 2010, has been accused of abuses, extortion and of abandoning posts to the Taliban.

Under the plan, recruits will be vetted again, given six weeks of training and paid by the army, and their commanders will answer to the corps commanders in each region.

"We want men who defend their own villages but who also obey one chain of command," a deputy defence minister told a news conference in Kabul.

Officials said the new force would first be formed in Nangarhar, Paktia and Kunduz, three provinces where militants have been most active this year.

The police and army have suffered heavy losses in the past two years, as the Taliban have attacked district centres across the country.

More than 2,500 members of the security forces were killed in the first five months of this year, a parliamentary committee said in June, although the government no longer publishes its own figures.

Some lawmakers warned that the plan could simply give a new name to militias that answer to local strongmen.

"If you put the same commanders in new uniforms, nothing changes for the villager," said Fawzia Nazari, a member of parliament from Baghlan.

The Ministry of Interior said local police who failed the new vetting would be offered jobs in road and border security.

The first units are expected to be formed before the end of the year.
""", [], [
    F("killed", 2500, "Afghanistan", "More than 2,500 members of the security forces were killed in the first five months of this year, a parliamentary committee said in June, although the government no longer publishes its own figures."),
])

# ---- N6: statistics, Somalia (no new incident)
D("b8-06", "2017-12-05", "https://www.example-horn-bulletin.com/somalia/2017/12/05/november-casualty-report", "Horn Bulletin", "statistics", """
Civilian deaths in Somalia fell in November, monitor says, but IEDs still the main killer

MOGADISHU, Dec 5 - At least 112 civilians were killed and 209 wounded in conflict-related violence across Somalia in November, a local monitoring group said on Tuesday, fewer than in October, which the group called the deadliest month it had recorded.

The Horn Conflict Observatory, which compiles figures from hospitals, district officials and its own field staff, said improvised explosive devices caused more than half of the civilian deaths.

Banadir region, which includes Mogadishu, accounted for 41 of the dead, followed by Lower Shabelle with 29 and Bay with 17.

The rest were spread across Middle Shabelle, Hiraan, Gedo and the Galmudug state, the report said.

The group attributed most of the deaths to al-Shabaab, but said government forces, clan militias and airstrikes by foreign forces had also killed civilians.

It recorded 18 civilians killed in clan clashes over land and water, mostly in Galmudug, and said these were often under-reported.

"The numbers are lower, but every week there are children killed by explosives left on roads or in markets," said the group's director, Abdirahman Warsame.

More than 21,000 people were forced from their homes by fighting during the month, in addition to those displaced by drought, according to the report.

The observatory's figures cannot be independently verified, and it says its counts are likely to be incomplete in areas held by al-Shabaab.

The government's information ministry said it welcomed any effort to document civilian harm and was working on its own casualty register.
""", [], [
    F("killed", 112, "Somalia", "At least 112 civilians were killed and 209 wounded in conflict-related violence across Somalia in November, a local monitoring group said on Tuesday, fewer than in October, which the group called the deadliest month it had recorded."),
    F("wounded", 209, "Somalia", "At least 112 civilians were killed and 209 wounded in conflict-related violence across Somalia in November, a local monitoring group said on Tuesday, fewer than in October, which the group called the deadliest month it had recorded."),
    F("killed", 41, "Banadir", "Banadir region, which includes Mogadishu, accounted for 41 of the dead, followed by Lower Shabelle with 29 and Bay with 17."),
    F("killed", 18, "Galmudug", "It recorded 18 civilians killed in clan clashes over land and water, mostly in Galmudug, and said these were often under-reported."),
    F("displaced", 21000, "Somalia", "More than 21,000 people were forced from their homes by fighting during the month, in addition to those displaced by drought, according to the report."),
])

# ---- I1: Mosul east, Nov 2016: "came under attack", sides summed, district of a city, background Tuesday mortar
D("b8-07", "2016-11-17", "https://www.example-northern-desk.com/2016/11/17/karama-car-bombs", "Northern Desk", "incident", """
Car bombs hit Iraqi troops in east Mosul; mortar round kills family in Gogjali

MOSUL, Iraq, Thursday, 17 November 2016 (Northern Desk) - Iraqi special forces came under attack from three suicide car bombs as they pushed into the Karama district of eastern Mosul on Wednesday, officers said, in one of the heaviest counterattacks since the offensive on the city began a month ago.

The Counter-Terrorism Service troops destroyed two of the vehicles with guided missiles before they reached the front line, but the third blew up beside an armoured Humvee, a major in the unit said by telephone.

Two soldiers were killed and nine were wounded, he said.

Eleven militants also died, among them the drivers of all three vehicles, according to the major, who asked not to be named because he was not authorised to speak to the press.

In a statement circulated online, the Islamic State group said its "martyrdom seekers" had struck the troops and claimed to have killed dozens of them.

The troops held their positions overnight and resumed clearing houses at dawn, the major said.

The day before, a mortar round slammed into a house in Gogjali, an industrial suburb on the eastern edge of the city that the army retook two weeks ago.

Four members of one family, including two children, were killed in Tuesday's blast and three others were hurt, a local official said.

Residents said the round was fired from districts still held by the militants a few kilometres to the west.

"We came back because they told us Gogjali was safe," said a neighbour, Salem Khalaf, as he helped clear the rubble.

More than 54,000 people have fled their homes since the offensive started on October 17, according to aid agencies.

The Counter-Terrorism Service, the elite force sometimes called the Golden Division, has led the fighting inside the city while army and police units close in from the north and south.

Photo: A soldier inspects the burnt-out wreck of a car bomb in Karama, Mosul, on Wednesday.
""", [
    E("Three IS suicide car bombs attacked CTS troops advancing in Karama, east Mosul; two soldiers and eleven militants (including the three drivers) were killed, nine soldiers wounded.",
      "2016-11-16", "'on Wednesday', the day before the report of Thursday 17 November 2016", "Karama, Mosul", "Nineveh", "IQ", "explosion",
      "Islamic State", "Counter-Terrorism Service", 13, None, 9, None,
      "Iraqi special forces came under attack from three suicide car bombs as they pushed into the Karama district of eastern Mosul on Wednesday, officers said, in one of the heaviest counterattacks since the offensive on the city began a month ago. [...] Two soldiers were killed and nine were wounded, he said. [...] Eleven militants also died, among them the drivers of all three vehicles, according to the major, who asked not to be named because he was not authorised to speak to the press. [...] In a statement circulated online, the Islamic State group said its \"martyrdom seekers\" had struck the troops and claimed to have killed dozens of them.",
      note="killed = 2 soldiers + 11 militants (the 11 include the three drivers); the group's claim of 'dozens' not used; troops 'came under attack', so IS is actor1"),
    E("A mortar round hit a house in Gogjali, killing four members of one family including two children and wounding three; residents said it came from militant-held districts.",
      "2016-11-15", "'Tuesday's blast' ('the day before' the Karama attack); report of Thursday 17 November 2016", "Gogjali, Mosul", "Nineveh", "IQ", "explosion",
      "Islamic State", "civilians", 4, None, 3, None,
      "The day before, a mortar round slammed into a house in Gogjali, an industrial suburb on the eastern edge of the city that the army retook two weeks ago. [...] Four members of one family, including two children, were killed in Tuesday's blast and three others were hurt, a local official said. [...] Residents said the round was fired from districts still held by the militants a few kilometres to the west.",
      note="perpetrator only implied (fired from militant-held districts; IS is the group holding them)"),
], [
    F("displaced", 54000, "Mosul", "More than 54,000 people have fled their homes since the offensive started on October 17, according to aid agencies."),
])

# ---- I2: Mosul west, Apr 2017: wounded who die later, "last week" optional, police repel attack
D("b8-08", "2017-04-11", "https://www.example-mesopotamia-ledger.com/mosul/2017/04/11/zanjili-snipers", "Mesopotamia Ledger", "incident", """
Snipers kill fleeing families in west Mosul; toll rises to nine

MOSUL, April 11 - Islamic State snipers fired on families trying to escape the Zanjili neighbourhood of western Mosul on Sunday, killing seven people, including three children, and wounding five, a federal police officer and medics said.

Two of the wounded, a man and his teenage daughter, died of their injuries on Monday at a field hospital in Hammam al-Alil, south of the city, a medic there said, bringing the toll to nine.

The families, about 40 people in all, had left their homes before dawn and were crossing an open street towards police lines when the shooting began, survivors said.

"They waited until we were in the middle of the road," said Abu Yasser, 46, whose brother was among the dead.

"Then they opened fire from the minaret and from the roofs."

Police said the gunmen had used the families to draw troops into the open, and that soldiers who tried to pull the wounded to safety also came under fire.

Separately, federal police said they had fought off militants who attacked their positions near Bab Sinjar late on Monday, killing six of the attackers.

Two policemen were wounded in that fight, which lasted about two hours, a police spokesman said.

Last week an air strike flattened a house in the al-Jadida district, killing a family of six, according to residents, who blamed the US-led coalition.

The coalition said it was looking into the report.

The United Nations estimates that about 400,000 people remain trapped in the Old City and the neighbourhoods around it, with little food or clean water.

Iraqi forces began their push into the western half of the city on February 19, after retaking the east in January.

Commanders say the narrow streets of the Old City, where armoured vehicles cannot pass, make it the hardest part of the battle.
""", [
    E("IS snipers fired on fleeing families in Zanjili, west Mosul: seven killed including three children and five wounded; two of the wounded died the next day (toll nine).",
      "2017-04-09", "'on Sunday' before the Tuesday 11 April 2017 report; two of the wounded died the next day", "Zanjili, Mosul", "Nineveh", "IQ", "attack_on_civilians",
      "Islamic State", "civilians", 9, None, 3, None,
      "Islamic State snipers fired on families trying to escape the Zanjili neighbourhood of western Mosul on Sunday, killing seven people, including three children, and wounding five, a federal police officer and medics said. [...] Two of the wounded, a man and his teenage daughter, died of their injuries on Monday at a field hospital in Hammam al-Alil, south of the city, a medic there said, bringing the toll to nine.",
      note="killed 7 + 2 who died of wounds = 9; wounded 5 - 2 = 3"),
    E("Federal police repelled a militant attack on their positions near Bab Sinjar, killing six attackers; two policemen wounded.",
      "2017-04-10", "'late on Monday' before the Tuesday 11 April 2017 report", "Bab Sinjar, Mosul", "Nineveh", "IQ", "battle",
      "Islamic State", "Iraqi Security Forces", 6, None, 2, None,
      "Separately, federal police said they had fought off militants who attacked their positions near Bab Sinjar late on Monday, killing six of the attackers. [...] Two policemen were wounded in that fight, which lasted about two hours, a police spokesman said.",
      note="the militants attacked (actor1); 'militants' here are the IS fighters holding west Mosul, named earlier in the report"),
    E("An air strike, blamed by residents on the US-led coalition, flattened a house in al-Jadida, killing a family of six.",
      None, "'Last week' before the Tuesday 11 April 2017 report; no day", "al-Jadida, Mosul", "Nineveh", "IQ", "explosion",
      "US-led coalition", "civilians", 6, None, None, None,
      "Last week an air strike flattened a house in the al-Jadida district, killing a family of six, according to residents, who blamed the US-led coalition. [...] The coalition said it was looking into the report.",
      optional=True, note="only 'last week'; coalition blamed by residents and did not deny"),
], [
    F("civilians_trapped", 400000, "Old City, Mosul", "The United Nations estimates that about 400,000 people remain trapped in the Old City and the neighbourhoods around it, with little food or clean water."),
])

# ---- I3: Tal Afar, Aug 2017: villages km from a town (split), PMF alias, road between two towns, running toll
D("b8-09", "2017-08-23", "https://www.example-northern-desk.com/2017/08/23/tal-afar-villages", "Northern Desk", "incident", """
Iraqi forces take villages east of Tal Afar as offensive gathers pace

BADUSH, Iraq, Wednesday, 23 August 2017 (Northern Desk) - Iraqi army units and fighters of the Hashd al-Shaabi recaptured the villages of Kisik and Abu Maria, about 20 km east of Tal Afar, on Tuesday, the Joint Operations Command said, tightening the ring around the last big Islamic State stronghold in Nineveh province.

The militants put up little resistance in Kisik but fought for several hours in Abu Maria, where they had dug trenches and planted roadside bombs, an army colonel said.

He did not give casualty figures for the two villages.

The Popular Mobilisation, an umbrella of mostly Shiite paramilitary groups, said separately that its own units had taken the village of al-Mahlabiya, south-east of the town, on Monday without losses.

The advance came days after an attack on the same front that the paramilitaries said showed the militants were far from beaten.

On Saturday night, gunmen ambushed a Hashd supply convoy on the road between Badush and Tal Afar, killing four fighters and wounding six, a spokesman for the force said.

He blamed "Daesh remnants" who had slipped through the lines from villages to the south.

The Joint Operations Command said 88 militants had been killed since the offensive began on Sunday, a figure that could not be verified.

Aid workers said about 2,000 people had reached camps south of Mosul from the Tal Afar area over the past three days, many of them exhausted and dehydrated after walking through the night.

"We left at midnight and walked until the sun was high," said Hamid Ali, a farmer, at a screening point near Badush.

Tal Afar, a largely Turkmen town about 60 km west of Mosul, fell to the militants in June 2014.
""", [
    E("Iraqi army and Hashd al-Shaabi retook Kisik, about 20 km east of Tal Afar.",
      "2017-08-22", "'on Tuesday' before the Wednesday 23 August 2017 report", "Kisik", "Nineveh", "IQ", "territory_gain",
      "Iraqi Security Forces", "Islamic State", None, None, None, None,
      "Iraqi army units and fighters of the Hashd al-Shaabi recaptured the villages of Kisik and Abu Maria, about 20 km east of Tal Afar, on Tuesday, the Joint Operations Command said, tightening the ring around the last big Islamic State stronghold in Nineveh province.",
      note="army with PMF; Popular Mobilization Forces also acceptable; split from Abu Maria (same sentence, two places)"),
    E("Iraqi army and Hashd al-Shaabi retook Abu Maria, about 20 km east of Tal Afar, after hours of fighting.",
      "2017-08-22", "'on Tuesday' before the Wednesday 23 August 2017 report", "Abu Maria", "Nineveh", "IQ", "territory_gain",
      "Iraqi Security Forces", "Islamic State", None, None, None, None,
      "Iraqi army units and fighters of the Hashd al-Shaabi recaptured the villages of Kisik and Abu Maria, about 20 km east of Tal Afar, on Tuesday, the Joint Operations Command said, tightening the ring around the last big Islamic State stronghold in Nineveh province. [...] The militants put up little resistance in Kisik but fought for several hours in Abu Maria, where they had dug trenches and planted roadside bombs, an army colonel said.",
      note="army with PMF; Popular Mobilization Forces also acceptable"),
    E("Popular Mobilisation units took the village of al-Mahlabiya, south-east of Tal Afar, without losses.",
      "2017-08-21", "'on Monday' before the Wednesday 23 August 2017 report", "al-Mahlabiya", "Nineveh", "IQ", "territory_gain",
      "Popular Mobilization Forces", "Islamic State", 0, None, 0, None,
      "The Popular Mobilisation, an umbrella of mostly Shiite paramilitary groups, said separately that its own units had taken the village of al-Mahlabiya, south-east of the town, on Monday without losses.",
      note="'without losses' read as 0 killed and 0 wounded on the PMF side; the militants' losses are not given, so killed may also be read as null"),
    E("Gunmen ambushed a Hashd supply convoy on the Badush-Tal Afar road, killing four fighters and wounding six; the force blamed IS ('Daesh remnants').",
      "2017-08-19", "'On Saturday night' before the Wednesday 23 August 2017 report", "road between Badush and Tal Afar", "Nineveh", "IQ", "battle",
      "Islamic State", "Popular Mobilization Forces", 4, None, 6, None,
      "On Saturday night, gunmen ambushed a Hashd supply convoy on the road between Badush and Tal Afar, killing four fighters and wounding six, a spokesman for the force said. [...] He blamed \"Daesh remnants\" who had slipped through the lines from villages to the south.",
      note="ambush = battle; perpetrator only by the victims' blame"),
], [
    F("killed", 88, "Tal Afar", "The Joint Operations Command said 88 militants had been killed since the offensive began on Sunday, a figure that could not be verified."),
    F("displaced", 2000, "Tal Afar", "Aid workers said about 2,000 people had reached camps south of Mosul from the Tal Afar area over the past three days, many of them exhausted and dehydrated after walking through the night."),
])

# ---- I4: Tal Afar under IS, Jun 2016: coalition strike with conflicting toll; executions told via "the group"
D("b8-10", "2016-06-14", "https://www.example-turkmen-voice.org/en/2016/06/14/tal-afar-strike", "Turkmen Voice", "incident", """
Coalition strike kills Islamic State financier in Tal Afar, days after group executes six

ERBIL, June 14 - An air strike by the US-led coalition killed a senior Islamic State finance official and four of his aides in the militant-held town of Tal Afar on Sunday, the coalition said in a statement on Monday.

The strike hit a house in the al-Khadra neighbourhood where the official, whom the statement did not name, had been meeting other members of the group, it said.

A Turkmen activist from the town, reached by telephone, said seven people had died, including two women who lived next door.

The coalition did not mention civilian casualties and said it took "every precaution" to avoid them.

Residents said the neighbourhood had been sealed off by militants for hours after the raid.

The strike came two days after the militants executed six men in the town's main square, accusing them of passing the coordinates of their positions to the Iraqi government.

The men were shot one by one in front of a crowd that had been ordered to watch, the activist said.

The group's local media office later published photographs of the killings, showing the bodies left on the ground with placards around their necks.

"People are terrified to use their phones, even to call relatives in Erbil," the activist said.

Tal Afar, 60 km west of Mosul, has been held by the Islamic State since June 2014, and many of its Shiite Turkmen residents fled to the south of the country.

Iraqi commanders say they plan to cut the road between Tal Afar and Mosul before any assault on Mosul itself.

Read more: Turkmen families of Tal Afar scattered from Karbala to Kirkuk
""", [
    E("A US-led coalition air strike on a house in al-Khadra, Tal Afar, killed an IS finance official and four aides (coalition); an activist said seven died, including two neighbours.",
      "2016-06-12", "'on Sunday' before the Tuesday 14 June 2016 report", "al-Khadra, Tal Afar", "Nineveh", "IQ", "explosion",
      "US-led coalition", "Islamic State", 5, 7, None, None,
      "An air strike by the US-led coalition killed a senior Islamic State finance official and four of his aides in the militant-held town of Tal Afar on Sunday, the coalition said in a statement on Monday. [...] The strike hit a house in the al-Khadra neighbourhood where the official, whom the statement did not name, had been meeting other members of the group, it said. [...] A Turkmen activist from the town, reached by telephone, said seven people had died, including two women who lived next door.",
      note="coalition 1+4 = 5 vs activist 7: killed 5 / killed_high 7"),
    E("IS publicly executed six men in Tal Afar's main square, accusing them of passing coordinates to the government.",
      "2016-06-10", "'two days after' counted back from the strike of Sunday 12 June 2016: Friday", "main square, Tal Afar", "Nineveh", "IQ", "attack_on_civilians",
      "Islamic State", "civilians", 6, None, None, None,
      "The strike came two days after the militants executed six men in the town's main square, accusing them of passing the coordinates of their positions to the Iraqi government. [...] The group's local media office later published photographs of the killings, showing the bodies left on the ground with placards around their necks.",
      note="'the militants' / 'the group' = Islamic State (the town's rulers); 'two days after' read as two days before Sunday's strike"),
])

# ---- I5: Anbar, Mar 2015: "repelled an attack", sides summed incl. suicide attackers; unclaimed checkpoint bomb on a road
D("b8-11", "2015-03-18", "https://www.example-anbar-monitor.com/2015/03/18/baghdadi-attack-repelled", "Anbar Monitor", "incident", """
Iraqi troops and tribesmen repel Islamic State assault near Ain al-Asad base

RAMADI, Iraq, Wednesday, 18 March 2015 - Iraqi soldiers and Sunni tribal fighters repelled an attack by Islamic State militants on the northern edge of al-Baghdadi, a town next to the Ain al-Asad air base in western Anbar, on Tuesday, officials said.

The militants struck at dawn from three directions, some of them wearing explosive belts, and the fighting went on until early afternoon, an army officer at the base said.

Three soldiers and two tribal fighters were killed and seven were wounded, he said.

Fifteen attackers died, four of them when they set off their belts near the defenders' trenches, according to the officer.

On Wednesday the Islamic State published a statement saying its fighters had stormed "the positions of the apostates" in al-Baghdadi, without giving any figures.

Sheikh Naim al-Gaoud, a tribal leader in the area, said his men were short of ammunition and appealed to Baghdad for more weapons.

"We held today, but we cannot hold forever with rifles against armoured bombs," he said.

A day before the assault, a suicide bomber drove a car packed with explosives into an army checkpoint on the highway between Ramadi and Khalidiya, killing five soldiers, police said.

The bomber also died in the blast, which left a crater several metres wide.

No one has claimed that attack.

The militants control much of Anbar, including large parts of Ramadi and the whole of Fallujah, which they seized in early 2014.

Government forces are currently focused on the battle for Tikrit, north of Baghdad, which began at the start of the month.
""", [
    E("IS militants attacked al-Baghdadi near Ain al-Asad; soldiers and tribal fighters repelled them. Three soldiers, two tribesmen and fifteen attackers (four self-detonated) killed; seven wounded.",
      "2015-03-17", "'on Tuesday' before the Wednesday 18 March 2015 report", "al-Baghdadi", "Anbar", "IQ", "battle",
      "Islamic State", "Iraqi Security Forces", 20, None, 7, None,
      "Iraqi soldiers and Sunni tribal fighters repelled an attack by Islamic State militants on the northern edge of al-Baghdadi, a town next to the Ain al-Asad air base in western Anbar, on Tuesday, officials said. [...] Three soldiers and two tribal fighters were killed and seven were wounded, he said. [...] Fifteen attackers died, four of them when they set off their belts near the defenders' trenches, according to the officer.",
      note="killed = 3 soldiers + 2 tribal fighters + 15 attackers; actor1 is the attacker, not the side that 'repelled'"),
    E("A suicide car bomb hit an army checkpoint on the Ramadi-Khalidiya highway, killing five soldiers and the bomber; unclaimed.",
      "2015-03-16", "'A day before the assault' of Tuesday 17 March 2015: Monday", "highway between Ramadi and Khalidiya", "Anbar", "IQ", "explosion",
      "unknown", "Iraqi Security Forces", 6, None, None, None,
      "A day before the assault, a suicide bomber drove a car packed with explosives into an army checkpoint on the highway between Ramadi and Khalidiya, killing five soldiers, police said. [...] The bomber also died in the blast, which left a crater several metres wide. [...] No one has claimed that attack.",
      note="killed = 5 soldiers + bomber; no perpetrator named, so unknown"),
])

# ---- I6: Anbar, Apr 2016: cordon-and-search arrests, "killed in an encounter with security forces", mortar without casualties
D("b8-12", "2016-04-21", "https://www.example-euphrates-post.com/anbar/2016/04/21/hit-search-operation", "Euphrates Post", "incident", """
Security forces detain 23 in Hit sweep; four militants killed near Fallujah

HIT, Anbar, April 21 - Iraqi security forces detained 23 men suspected of belonging to Daesh during a cordon-and-search operation in the eastern neighbourhoods of Hit on Wednesday, a week after the town was declared retaken, the Anbar Operations Command said.

Troops went house to house checking identity papers against lists of wanted men and found two workshops where roadside bombs had been made, the command said in a statement.

"Some of them shaved their beards and tried to hide among the families leaving the town," a police captain at the scene told the Euphrates Post.

Further east, four militants, among them a local commander known as Abu Hajar, were killed in an encounter with security forces in al-Karma, east of Fallujah, on Tuesday night, the statement said.

It did not say whether any soldiers were hurt.

Also on Wednesday, Islamic State militants fired five mortar rounds at a base used by tribal fighters in Haditha, without causing casualties, a local official said.

Fallujah, 50 km west of Baghdad, has been held by the militants since January 2014 and has been surrounded by government forces for months.

Residents who escaped say food is running out and that about 50,000 civilians are still inside the city.

"A sack of flour costs more than a month's salary," said a man who fled with his children across the fields last week.

Government officials say an assault on Fallujah will come only after the roads around it are secured.
""", [
    E("Iraqi forces detained 23 suspected Daesh members in a cordon-and-search operation in eastern Hit.",
      "2016-04-20", "'on Wednesday' before the Thursday 21 April 2016 report", "eastern Hit", "Anbar", "IQ", "arrest",
      "Iraqi Security Forces", "Islamic State", None, None, None, None,
      "Iraqi security forces detained 23 men suspected of belonging to Daesh during a cordon-and-search operation in the eastern neighbourhoods of Hit on Wednesday, a week after the town was declared retaken, the Anbar Operations Command said.",
      arrested=23),
    E("Four militants, including a local commander, were killed in an encounter with security forces in al-Karma, east of Fallujah.",
      "2016-04-19", "'on Tuesday night' before the Thursday 21 April 2016 report", "al-Karma", "Anbar", "IQ", "battle",
      "Iraqi Security Forces", "militants (unidentified)", 4, None, None, None,
      "Further east, four militants, among them a local commander known as Abu Hajar, were killed in an encounter with security forces in al-Karma, east of Fallujah, on Tuesday night, the statement said.",
      note="'killed in an encounter with security forces' read as a security-force action (actor1 the forces); the militants' group is not named in the sentence (Islamic State acceptable for actor2)"),
    E("IS militants fired five mortar rounds at a tribal fighters' base in Haditha without causing casualties.",
      "2016-04-20", "'Also on Wednesday' before the Thursday 21 April 2016 report", "Haditha", "Anbar", "IQ", "explosion",
      "Islamic State", "Iraqi Security Forces", 0, None, 0, None,
      "Also on Wednesday, Islamic State militants fired five mortar rounds at a base used by tribal fighters in Haditha, without causing casualties, a local official said.",
      note="tribal fighters fight on the government side; 'without causing casualties' = 0/0"),
], [
    F("civilians_trapped", 50000, "Fallujah", "Residents who escaped say food is running out and that about 50,000 civilians are still inside the city."),
])

# ---- I7: Kirkuk, Jun 2018: fake checkpoint on a road near a village, blamed by officials; operation "in response"
D("b8-13", "2018-06-12", "https://www.example-rafidain-post.com/kirkuk/2018/06/12/fake-checkpoint-bashir", "Rafidain Post", "incident", """
Gunmen at fake checkpoint kill four travellers south of Kirkuk

KIRKUK, Tuesday, 12 June 2018 - Gunmen wearing army uniforms set up a fake checkpoint on the highway between Kirkuk and Tuz Khurmatu late on Sunday and shot dead four travellers near the village of Bashir, police said.

The men stopped cars heading south, checked identity cards and pulled four passengers out of two vehicles, a police lieutenant said.

Their bodies were found at the roadside on Monday morning, each shot in the head.

Two other passengers were released and later told police that the gunmen had asked who among them worked for the government.

A provincial security official blamed Islamic State cells hiding in the Hamrin mountains, which he said had staged similar ambushes on the road since the start of the year.

No group has claimed the killings.

In response, Iraqi troops backed by the Popular Mobilization Forces launched an operation on Monday in the Wadi al-Shay valley, south of the city, and killed six Daesh members, the Joint Operations Command said.

It said the troops also destroyed three hideouts and a store of explosives, and that one soldier was wounded.

Last month two shepherds were abducted somewhere in the same area and later found dead, according to relatives.

Drivers said they now avoid the highway after dark and travel in convoys even by day.

"We thought it was over when they announced victory, but at night the road belongs to them," said a lorry driver from Tuz Khurmatu.

Iraq declared the defeat of the militants in December, but officials acknowledge that several hundred fighters are still active in the rugged areas between Kirkuk, Salahuddin and Diyala.
""", [
    E("Gunmen in army uniforms at a fake checkpoint on the Kirkuk-Tuz Khurmatu highway near Bashir pulled four travellers from cars and shot them; officials blamed IS cells.",
      "2018-06-10", "'late on Sunday' before the Tuesday 12 June 2018 report; bodies found the next morning", "near Bashir, highway between Kirkuk and Tuz Khurmatu", "Kirkuk", "IQ", "attack_on_civilians",
      "Islamic State", "civilians", 4, None, None, None,
      "Gunmen wearing army uniforms set up a fake checkpoint on the highway between Kirkuk and Tuz Khurmatu late on Sunday and shot dead four travellers near the village of Bashir, police said. [...] A provincial security official blamed Islamic State cells hiding in the Hamrin mountains, which he said had staged similar ambushes on the road since the start of the year. [...] No group has claimed the killings.",
      note="perpetrator by officials' blame only, undisputed; militants (unidentified) also defensible"),
    E("Iraqi troops and PMF launched an operation in the Wadi al-Shay valley in response, killing six Daesh members; one soldier wounded.",
      "2018-06-11", "'on Monday' before the Tuesday 12 June 2018 report", "Wadi al-Shay", "Kirkuk", "IQ", "battle",
      "Iraqi Security Forces", "Islamic State", 6, None, 1, None,
      "In response, Iraqi troops backed by the Popular Mobilization Forces launched an operation on Monday in the Wadi al-Shay valley, south of the city, and killed six Daesh members, the Joint Operations Command said. [...] It said the troops also destroyed three hideouts and a store of explosives, and that one soldier was wounded.",
      note="the forces' operation 'in response' makes them actor1"),
    E("Two shepherds were abducted in the same area south of Kirkuk and later found dead.",
      None, "'Last month' before the Tuesday 12 June 2018 report; no day", "area south of Kirkuk", "Kirkuk", "IQ", "attack_on_civilians",
      "unknown", "civilians", 2, None, None, None,
      "Last month two shepherds were abducted somewhere in the same area and later found dead, according to relatives.",
      optional=True, note="vague place and date"),
])

# ---- I8: Kirkuk, Sep 2016: dateline day vs publication day ("yesterday" against the dateline), blame disputed -> unknown
D("b8-14", "2016-09-28", "https://www.example-rafidain-post.com/kirkuk/2016/09/28/rahimawa-sticky-bomb", "Rafidain Post", "incident", """
Bomb under car kills Asayish officer and driver in Kirkuk

KIRKUK, Sept 27 (Rafidain Post) - A bomb fixed under a car killed an officer of the Kurdish security police, the Asayish, and his driver in the Rahimawa district of northern Kirkuk on Tuesday morning, police said.

The device went off as the officer, a captain, was leaving his home for work, and a passer-by was wounded by flying glass, a police source said.

No group has claimed responsibility.

A senior Asayish official blamed "terrorist sleeper cells" for the attack, but relatives of the captain told reporters that he had received threats over a long-running land dispute between two tribes and that they did not believe militants were behind it.

Yesterday, Asayish forces arrested three men in the Domiz neighbourhood on suspicion of links to the Islamic State group, the same official said, adding that weapons and explosive belts had been found in their house.

Kirkuk has been on edge since the militants seized the town of Hawija, 55 km to the south-west, in 2014.

On September 12, a roadside bomb on the road between Kirkuk and Dibis wounded two Peshmerga fighters.

The province's Kurdish-led authorities have tightened checks at the city's entrances and asked residents to report strangers renting houses.

"Every week there is a sticky bomb or a shooting, and every week they say it is Daesh," said a shopkeeper in Rahimawa, who asked not to be named.

Iraqi and Kurdish commanders are preparing for an offensive on Mosul and Hawija, which could begin within weeks.

Photo caption: Asayish officers inspect the wreck of the car in Rahimawa.
""", [
    E("A bomb under a car killed an Asayish captain and his driver in Rahimawa, Kirkuk; a passer-by wounded. Officials blamed sleeper cells, relatives a tribal feud; unclaimed.",
      "2016-09-27", "'on Tuesday morning'; dateline Sept 27 (a Tuesday), published the next day", "Rahimawa, Kirkuk", "Kirkuk", "IQ", "explosion",
      "unknown", "Kurdish security forces (Asayish)", 2, None, 1, None,
      "A bomb fixed under a car killed an officer of the Kurdish security police, the Asayish, and his driver in the Rahimawa district of northern Kirkuk on Tuesday morning, police said. [...] The device went off as the officer, a captain, was leaving his home for work, and a passer-by was wounded by flying glass, a police source said. [...] No group has claimed responsibility.",
      note="official blame of 'sleeper cells' disputed by the family (tribal dispute): unknown"),
    E("Asayish forces arrested three men suspected of links to IS in Domiz, Kirkuk, finding weapons and explosive belts.",
      "2016-09-26", "'Yesterday' in a dispatch datelined Tuesday 27 September 2016 and published Wednesday 28 September 2016 - the dateline is the anchor", "Domiz, Kirkuk", "Kirkuk", "IQ", "arrest",
      "Kurdish security forces (Asayish)", "Islamic State", None, None, None, None,
      "Yesterday, Asayish forces arrested three men in the Domiz neighbourhood on suspicion of links to the Islamic State group, the same official said, adding that weapons and explosive belts had been found in their house.",
      arrested=3),
    E("A roadside bomb on the Kirkuk-Dibis road wounded two Peshmerga fighters.",
      "2016-09-12", "'On September 12' in a September 2016 report", "road between Kirkuk and Dibis", "Kirkuk", "IQ", "explosion",
      "unknown", "Peshmerga", None, None, 2, None,
      "On September 12, a roadside bomb on the road between Kirkuk and Dibis wounded two Peshmerga fighters.",
      note="no deaths mentioned: killed null"),
])

# ---- I9: Diyala, Feb 2019: overnight attack, revised toll (wounded die), "clashes broke out when", air strikes "in response"
D("b8-15", "2019-02-19", "https://www.example-diyala-news.com/2019/02/19/qara-tapa-attack", "Diyala News Network", "incident", """
Five paramilitary fighters killed as militants storm post in northern Diyala

BAQUBA, Iraq, Tuesday, 19 February 2019 - The death toll from an overnight attack on a post of the Popular Mobilisation Units in northern Diyala rose to five on Tuesday after two wounded fighters died in hospital, a PMU official said.

Clashes broke out when a group of militants tried to storm the post, on a hill near Qara Tapa, shortly before midnight on Sunday, the official said.

Three fighters were killed in the fighting, which lasted until about 3 a.m., and seven were wounded, he said at the time.

Two of the wounded died on Monday evening at the hospital in Baquba.

"They came on foot from the valleys, using thermal sights, and they knew exactly where our guards stood," the official said by phone.

He blamed Islamic State fighters who shelter in the orchards and wadis along the Hamrin range.

In response, Iraqi army helicopters struck hideouts in the orchards near Abu Saida on Monday, killing "a number of terrorists", the security media cell said, without giving a figure.

On Saturday, a roadside bomb hit a police patrol on the road between Baquba and Khalis, killing one policeman and wounding three, police said.

Diyala, which borders Iran, has seen a rise in hit-and-run attacks since the autumn, and local officials have asked Baghdad to send more troops.

The PMU, a state-sanctioned umbrella of mostly Shiite armed groups, holds many of the rural posts in the province.

Farmers in the north of the province say they have stopped going to their fields at night.

Read more: Diyala's orchards, a hiding place for the militants
""", [
    E("Militants (blamed on IS) tried to storm a PMU post on a hill near Qara Tapa; three fighters killed and seven wounded, two of whom died the next evening (toll five).",
      "2019-02-17", "'shortly before midnight on Sunday', overnight: date of the first night; report of Tuesday 19 February 2019", "hill near Qara Tapa", "Diyala", "IQ", "battle",
      "Islamic State", "Popular Mobilization Forces", 5, None, 5, None,
      "The death toll from an overnight attack on a post of the Popular Mobilisation Units in northern Diyala rose to five on Tuesday after two wounded fighters died in hospital, a PMU official said. [...] Clashes broke out when a group of militants tried to storm the post, on a hill near Qara Tapa, shortly before midnight on Sunday, the official said. [...] Three fighters were killed in the fighting, which lasted until about 3 a.m., and seven were wounded, he said at the time. [...] He blamed Islamic State fighters who shelter in the orchards and wadis along the Hamrin range.",
      note="revised toll 3 -> 5 (two wounded died); wounded 7 - 2 = 5; the militants started it"),
    E("Iraqi army helicopters struck militant hideouts in orchards near Abu Saida, killing an unstated number.",
      "2019-02-18", "'on Monday' before the Tuesday 19 February 2019 report", "orchards near Abu Saida", "Diyala", "IQ", "explosion",
      "Iraqi Security Forces", "Islamic State", None, None, None, None,
      "In response, Iraqi army helicopters struck hideouts in the orchards near Abu Saida on Monday, killing \"a number of terrorists\", the security media cell said, without giving a figure.",
      note="'a number of' = null; targets are the IS fighters blamed in the previous paragraph"),
    E("A roadside bomb hit a police patrol on the Baquba-Khalis road, killing one policeman and wounding three.",
      "2019-02-16", "'On Saturday' before the Tuesday 19 February 2019 report", "road between Baquba and Khalis", "Diyala", "IQ", "explosion",
      "unknown", "Iraqi Security Forces", 1, None, 3, None,
      "On Saturday, a roadside bomb hit a police patrol on the road between Baquba and Khalis, killing one policeman and wounding three, police said."),
])

# ---- I10: Diyala, Jul 2015: assassination with disputed blame; hospital vs police tolls
D("b8-16", "2015-07-22", "https://www.example-iraq-dispatch.com/2015/07/22/buhriz-councillor-shot", "Iraq Dispatch", "incident", """
Councillor and son shot dead outside their home near Baquba

BAQUBA, July 22 - Gunmen in two cars shot dead a member of a local council and his 19-year-old son outside their home in Buhriz, just south of Baquba, on Monday night, police said.

Sheikh Hatem al-Azzawi, a Sunni member of the Buhriz council, was returning from evening prayers when the gunmen opened fire, killing him and his son on the spot, a police officer said.

His party blamed "militias that act outside the law", a phrase often used for Shiite armed groups, and demanded that the provincial government protect Sunni officials.

A spokesman for the Badr Organisation, the most powerful armed group in Diyala, denied that any of its members was involved and said the killing was meant to stir up sectarian strife.

Police have not named any suspects.

On Sunday, a bomb hidden in a rubbish cart exploded at the bus station in Balad Ruz, east of Baquba, killing three people and wounding eleven, a hospital source said.

A police officer put the number of dead at five.

No group claimed the bombing.

Officials declared Diyala free of the Islamic State's control in January, but bombings and assassinations have continued in the towns along the Diyala river.

"We bury someone every week, and nobody is ever arrested," said a relative of the councillor at the family's mourning tent.

Sunni politicians have accused security forces of failing to stop reprisals against Sunni families who returned to villages retaken from the militants.
""", [
    E("Gunmen in two cars shot dead Buhriz councillor Hatem al-Azzawi and his son outside their home; his party blamed militias, Badr denied.",
      "2015-07-20", "'on Monday night' before the Wednesday 22 July 2015 report", "Buhriz", "Diyala", "IQ", "other",
      "militants (unidentified)", "civilians", 2, None, None, None,
      "Gunmen in two cars shot dead a member of a local council and his 19-year-old son outside their home in Buhriz, just south of Baquba, on Monday night, police said. [...] A spokesman for the Badr Organisation, the most powerful armed group in Diyala, denied that any of its members was involved and said the killing was meant to stir up sectarian strife. [...] Police have not named any suspects.",
      note="assassination of an official = other (news-wide convention; attack_on_civilians defensible); blame disputed, unnamed gunmen"),
    E("A bomb in a rubbish cart exploded at the Balad Ruz bus station: three killed and eleven wounded (hospital), five killed (police); unclaimed.",
      "2015-07-19", "'On Sunday' before the Wednesday 22 July 2015 report", "bus station, Balad Ruz", "Diyala", "IQ", "explosion",
      "unknown", "civilians", 3, 5, 11, None,
      "On Sunday, a bomb hidden in a rubbish cart exploded at the bus station in Balad Ruz, east of Baquba, killing three people and wounding eleven, a hospital source said. [...] A police officer put the number of dead at five. [...] No group claimed the bombing.",
      note="hospital 3 vs police 5: killed / killed_high"),
])

# ---- I11: Baghdad, Feb 2016: revised toll + conflicting hospital toll, breakdown, claim via news agency a day later
D("b8-17", "2016-02-29", "https://www.example-tigris-wire.com/iraq/2016/02/29/shaab-car-bomb", "Tigris Wire", "incident", """
Car bomb in Baghdad's al-Shaab kills at least 14

BAGHDAD, Monday, 29 February 2016 (Tigris Wire) - A car bomb exploded on a crowded commercial street in the al-Shaab district of northern Baghdad on Sunday evening, killing at least 14 people, including three children and two policemen, police said.

Police at first reported 11 dead but raised the toll to 14 overnight as more bodies were pulled from the burnt-out shops.

A medical official at a nearby hospital said 19 bodies had been brought in, and that more than 30 wounded were being treated.

The car had been parked outside a shop selling mobile phones and exploded shortly after sunset, when the street was busiest, witnesses said.

"There was fire everywhere, people were running with their clothes burning," said Karrar Jassim, who sells fruit juice a few doors away.

The Islamic State group claimed the bombing on Monday in a statement carried by its Amaq news agency, saying it had targeted "a gathering of Shiites".

Earlier on Sunday, a sticky bomb attached to a minibus went off in the southern district of Dora, killing one passenger and wounding four, according to police.

Security officials said checkpoints in northern Baghdad would be reinforced and that parking would be banned on several commercial streets.

The militants, who control Mosul and much of western Iraq, have stepped up bombings in the capital as they lose ground on the battlefield.

More than 700 people were killed in bombings and other attacks in Baghdad province in January alone, according to a count by a local monitoring group.

Read more: Why Baghdad's checkpoints fail to stop car bombs
""", [
    E("A car bomb on a commercial street in al-Shaab, Baghdad, killed 14 (police; incl. three children and two policemen) or 19 (hospital) and wounded more than 30; IS claimed it via Amaq the next day.",
      "2016-02-28", "'on Sunday evening' before the Monday 29 February 2016 report", "al-Shaab, Baghdad", "Baghdad", "IQ", "explosion",
      "Islamic State", "civilians", 14, 19, 30, None,
      "A car bomb exploded on a crowded commercial street in the al-Shaab district of northern Baghdad on Sunday evening, killing at least 14 people, including three children and two policemen, police said. [...] Police at first reported 11 dead but raised the toll to 14 overnight as more bodies were pulled from the burnt-out shops. [...] A medical official at a nearby hospital said 19 bodies had been brought in, and that more than 30 wounded were being treated. [...] The Islamic State group claimed the bombing on Monday in a statement carried by its Amaq news agency, saying it had targeted \"a gathering of Shiites\".",
      note="police revised 11 -> 14 (the revision stands); hospital 19 conflicts: killed 14 / killed_high 19"),
    E("A sticky bomb on a minibus in Dora killed one passenger and wounded four.",
      "2016-02-28", "'Earlier on Sunday' before the Monday 29 February 2016 report", "Dora, Baghdad", "Baghdad", "IQ", "explosion",
      "unknown", "civilians", 1, None, 4, None,
      "Earlier on Sunday, a sticky bomb attached to a minibus went off in the southern district of Dora, killing one passenger and wounding four, according to police.",
      note="the Amaq claim covers only the al-Shaab car bomb"),
], [
    F("killed", 700, "Baghdad", "More than 700 people were killed in bombings and other attacks in Baghdad province in January alone, according to a count by a local monitoring group."),
])

# ---- I12: Baghdad, Sep 2019: rockets with no casualties, denial -> unknown; arrest dated only by reporting day
D("b8-18", "2019-09-24", "https://www.example-baghdad-herald.com/2019/09/24/rockets-green-zone", "Baghdad Herald", "incident", """
Rockets land near US embassy in Baghdad's Green Zone

BAGHDAD, Sept 24 - Two rockets landed inside Baghdad's heavily fortified Green Zone late on Monday, one of them a few hundred metres from the US embassy, Iraqi security officials said, the latest in a string of such attacks.

Nobody was killed or wounded, and the damage was limited to a parked car and the wall of an empty government building, the officials said.

The rockets were fired from a launch pad hidden in an orchard on the eastern bank of the Tigris, they said.

Kataib Hezbollah, an Iran-aligned faction of the Popular Mobilization Forces, denied any role and said the attack was meant to "create a pretext" for action against the armed factions.

A US official, speaking on condition of anonymity, said the attack bore the hallmarks of groups backed by Tehran, but stopped short of naming one.

On Tuesday, Iraqi security forces said they had arrested a man in the Saidiya district who had filmed the launch on his phone, without saying when he was detained.

Separately, a bomb went off beside an army patrol in Abu Ghraib, on the western outskirts of the capital, on Monday, wounding two soldiers, a military source said.

Prime Minister Adel Abdul Mahdi has ordered all armed factions to place their bases and weapons under state control, but few have complied.

Tensions between Washington and Tehran have risen sharply this year, and Iraqi leaders fear their country could become a battleground between the two.

"We cannot let others settle their accounts on our soil," a government spokesman told reporters.
""", [
    E("Two rockets hit the Green Zone near the US embassy, causing no casualties; Kataib Hezbollah denied involvement and no one else was named.",
      "2019-09-23", "'late on Monday' before the Tuesday 24 September 2019 report", "Green Zone, Baghdad", "Baghdad", "IQ", "explosion",
      "unknown", "US embassy", 0, None, 0, None,
      "Two rockets landed inside Baghdad's heavily fortified Green Zone late on Monday, one of them a few hundred metres from the US embassy, Iraqi security officials said, the latest in a string of such attacks. [...] Nobody was killed or wounded, and the damage was limited to a parked car and the wall of an empty government building, the officials said. [...] Kataib Hezbollah, an Iran-aligned faction of the Popular Mobilization Forces, denied any role and said the attack was meant to \"create a pretext\" for action against the armed factions.",
      note="denied and only vaguely blamed ('groups backed by Tehran'): unknown; 'nobody was killed or wounded' = 0/0"),
    E("Iraqi security forces arrested a man in Saidiya who had filmed the rocket launch.",
      None, "only the reporting day ('On Tuesday, ... said they had arrested'); detention day not given", "Saidiya, Baghdad", "Baghdad", "IQ", "arrest",
      "Iraqi Security Forces", "unknown", None, None, None, None,
      "On Tuesday, Iraqi security forces said they had arrested a man in the Saidiya district who had filmed the launch on his phone, without saying when he was detained.",
      arrested=1),
    E("A bomb beside an army patrol in Abu Ghraib wounded two soldiers.",
      "2019-09-23", "'on Monday' before the Tuesday 24 September 2019 report", "Abu Ghraib", "Baghdad", "IQ", "explosion",
      "unknown", "Iraqi Security Forces", None, None, 2, None,
      "Separately, a bomb went off beside an army patrol in Abu Ghraib, on the western outskirts of the capital, on Monday, wounding two soldiers, a military source said."),
])

# ---- I13: Mosul area, May 2019: village "north of" a town, claim a day later on Telegram, operation with kills and arrests
D("b8-19", "2019-05-14", "https://www.example-northern-desk.com/2019/05/14/imam-gharbi-mukhtar", "Northern Desk", "incident", """
Militants kill village headman and his two sons south of Mosul

QAYYARAH, Iraq, Tuesday, 14 May 2019 (Northern Desk) - Gunmen burst into the home of a village headman in Imam Gharbi, on the Tigris north of Qayyarah, late on Saturday and shot him dead together with his two sons, relatives and police said.

The attackers arrived in a pickup truck shortly after the evening meal and left before police from Qayyarah reached the village, a nephew of the headman said.

The Islamic State claimed the killings a day later on one of its Telegram channels, calling the headman a "spy of the apostates".

The headman, Khalaf al-Jubouri, had helped the army identify militants among families returning to the area after it was retaken in 2016, his nephew said.

In response, Iraqi troops backed by coalition aircraft swept the desert west of Qayyarah on Monday, killing four suspected militants and arresting two others, the Nineveh Operations Command said.

In Mosul itself, a bomb fixed to a motorcycle exploded near a market in the Nabi Yunus area of the eastern half of the city on Sunday, wounding five people, police said.

Nobody claimed that blast.

Mosul was declared retaken from the militants in July 2017 after nine months of fighting that left much of its western half in ruins.

Security officials say small cells still move between the desert, the Tigris valley and the Qara Chokh mountains, hitting villages that have no permanent army post.

"At night we lock the doors and keep a rifle by the bed," said a farmer in Imam Gharbi.

Local leaders have asked for more village guards to be recruited from among the residents themselves.
""", [
    E("Gunmen killed village headman Khalaf al-Jubouri and his two sons in their home in Imam Gharbi; IS claimed it the next day.",
      "2019-05-11", "'late on Saturday' before the Tuesday 14 May 2019 report", "Imam Gharbi", "Nineveh", "IQ", "attack_on_civilians",
      "Islamic State", "civilians", 3, None, None, None,
      "Gunmen burst into the home of a village headman in Imam Gharbi, on the Tigris north of Qayyarah, late on Saturday and shot him dead together with his two sons, relatives and police said. [...] The Islamic State claimed the killings a day later on one of its Telegram channels, calling the headman a \"spy of the apostates\"."),
    E("Iraqi troops with coalition air support swept the desert west of Qayyarah, killing four suspected militants and arresting two.",
      "2019-05-13", "'on Monday' before the Tuesday 14 May 2019 report", "desert west of Qayyarah", "Nineveh", "IQ", "battle",
      "Iraqi Security Forces", "Islamic State", 4, None, None, None,
      "In response, Iraqi troops backed by coalition aircraft swept the desert west of Qayyarah on Monday, killing four suspected militants and arresting two others, the Nineveh Operations Command said.",
      arrested=2, note="'suspected militants' after an IS-claimed killing; militants (unidentified) also acceptable"),
    E("A motorcycle bomb near a market in the Nabi Yunus area of east Mosul wounded five people; unclaimed.",
      "2019-05-12", "'on Sunday' before the Tuesday 14 May 2019 report", "Nabi Yunus, Mosul", "Nineveh", "IQ", "explosion",
      "unknown", "civilians", None, None, 5, None,
      "In Mosul itself, a bomb fixed to a motorcycle exploded near a market in the Nabi Yunus area of the eastern half of the city on Sunday, wounding five people, police said. [...] Nobody claimed that blast."),
])

# ---- S1: Raqqa, Jun 2017: district taken, coalition strike with two counts, overnight counterattack repelled
D("b8-20", "2017-06-27", "https://www.example-levant-wire.com/syria/2017/06/27/raqqa-sinaa-district", "Levant Wire", "incident", """
SDF seize Raqqa industrial district; strikes kill civilians in al-Badu

By Karim Haddad, Levant Wire

QAMISHLI, Syria, Tuesday, 27 June 2017 - The US-backed Syrian Democratic Forces said they had captured the industrial district on the eastern side of Raqqa on Sunday, after two weeks of street fighting with Islamic State militants.

The district, known locally as al-Sinaa, was the first large area inside the city walls that the Kurdish-led alliance has fully secured since it broke into the city three weeks ago, an SDF spokesman said.

On Monday, air strikes hit the al-Badu neighbourhood in the west of the city, killing 12 civilians, including four children, according to a war monitor based in Britain.

A group of local activists who document abuses in the city put the number of dead at 21, and said most were women and children sheltering in a basement.

The monitor attributed the strikes to the US-led coalition, which said it was aware of the reports and would assess them.

The SDF said its fighters had beaten back an Islamic State counter-attack in the eastern Mishlab district overnight, killing nine militants.

Two SDF fighters also died in that fight, the alliance said.

"They come at night in small groups, with suicide belts, trying to find a gap between our positions," an SDF commander said by telephone from the city.

The United Nations says up to 100,000 civilians may still be inside Raqqa, where the militants have prevented people from leaving.

Raqqa has been the de facto capital of the Islamic State group's self-proclaimed caliphate since 2014.

Read more: Inside the camps for families who escaped Raqqa
""", [
    E("The SDF captured the industrial district (al-Sinaa) of eastern Raqqa from IS.",
      "2017-06-25", "'on Sunday' before the Tuesday 27 June 2017 report", "al-Sinaa (industrial district), Raqqa", "Raqqa", "SY", "territory_gain",
      "Syrian Democratic Forces", "Islamic State", None, None, None, None,
      "The US-backed Syrian Democratic Forces said they had captured the industrial district on the eastern side of Raqqa on Sunday, after two weeks of street fighting with Islamic State militants. [...] The district, known locally as al-Sinaa, was the first large area inside the city walls that the Kurdish-led alliance has fully secured since it broke into the city three weeks ago, an SDF spokesman said."),
    E("Air strikes attributed to the US-led coalition hit al-Badu, Raqqa, killing 12 civilians including four children (monitor) or 21 (local activists).",
      "2017-06-26", "'On Monday' before the Tuesday 27 June 2017 report", "al-Badu, Raqqa", "Raqqa", "SY", "explosion",
      "US-led coalition", "civilians", 12, 21, None, None,
      "On Monday, air strikes hit the al-Badu neighbourhood in the west of the city, killing 12 civilians, including four children, according to a war monitor based in Britain. [...] A group of local activists who document abuses in the city put the number of dead at 21, and said most were women and children sheltering in a basement. [...] The monitor attributed the strikes to the US-led coalition, which said it was aware of the reports and would assess them.",
      note="two sources: 12 / 21; actor named only in the attribution two sentences later"),
    E("The SDF repelled an overnight IS counter-attack in Mishlab, Raqqa; nine militants and two SDF fighters killed.",
      "2017-06-26", "'overnight' before the Tuesday 27 June 2017 report: the night of Monday (date of the first night)", "Mishlab, Raqqa", "Raqqa", "SY", "battle",
      "Islamic State", "Syrian Democratic Forces", 11, None, None, None,
      "The SDF said its fighters had beaten back an Islamic State counter-attack in the eastern Mishlab district overnight, killing nine militants. [...] Two SDF fighters also died in that fight, the alliance said.",
      note="killed = 9 militants + 2 SDF; IS attacked (actor1)"),
], [
    F("civilians_trapped", 100000, "Raqqa", "The United Nations says up to 100,000 civilians may still be inside Raqqa, where the militants have prevented people from leaving.",
      note="'up to 100,000'"),
])

# ---- S2: Raqqa, Jan 2019: claim via Amaq "yesterday" with the group's name for the SDF, mine left by IS, raids
D("b8-21", "2019-01-22", "https://www.example-euphrates-today.net/en/2019/01/22/naim-roundabout-bomb", "Euphrates Today", "incident", """
Motorcycle bomb kills four at Raqqa roundabout

RAQQA, Syria, Jan 22 - A bomb hidden on a parked motorcycle exploded next to a patrol of the internal security forces at al-Naim roundabout in the centre of Raqqa on Sunday, killing three members of the force and a street vendor, local officials said.

Six other people were wounded, two of them seriously, a doctor at the city's national hospital said.

The Islamic State said in a statement released through its Amaq agency yesterday that its "soldiers" had struck a patrol of "the PKK militia", the name it uses for the Syrian Democratic Forces and the security bodies linked to them.

The roundabout was where the militants carried out public executions and displayed severed heads when they ruled the city.

On Saturday, two boys herding sheep were killed when a landmine exploded near the village of al-Safsafa, outside Tabqa, the local council said, adding that the mine had been laid by the militants before they withdrew in 2017.

The SDF said it had detained 11 suspected members of Islamic State cells in raids on Monday in the al-Rumaila neighbourhood and nearby farms.

"They are fewer now, but they still have money, weapons and people who hide them," an SDF security official said.

More than a year after the city was taken from the militants, large parts of Raqqa remain in ruins and many families live in damaged buildings without windows or doors.

Engineers say thousands of mines and unexploded shells are still buried in the city and the countryside around it.

Residents have also protested against arrests and the shortage of jobs and electricity.

Photo: Municipal workers wash the road at al-Naim roundabout after Sunday's blast.
""", [
    E("A motorcycle bomb at al-Naim roundabout, Raqqa, killed three internal security members and a vendor and wounded six; IS claimed it via Amaq.",
      "2019-01-20", "'on Sunday' before the report of Tuesday 22 January 2019; the claim came 'yesterday'", "al-Naim roundabout, Raqqa", "Raqqa", "SY", "explosion",
      "Islamic State", "Syrian Democratic Forces", 4, None, 6, None,
      "A bomb hidden on a parked motorcycle exploded next to a patrol of the internal security forces at al-Naim roundabout in the centre of Raqqa on Sunday, killing three members of the force and a street vendor, local officials said. [...] Six other people were wounded, two of them seriously, a doctor at the city's national hospital said. [...] The Islamic State said in a statement released through its Amaq agency yesterday that its \"soldiers\" had struck a patrol of \"the PKK militia\", the name it uses for the Syrian Democratic Forces and the security bodies linked to them.",
      note="internal security forces linked to the SDF; killed 3 + 1 vendor"),
    E("Two boys herding sheep were killed by a landmine near al-Safsafa, outside Tabqa; the council said IS laid it before withdrawing.",
      "2019-01-19", "'On Saturday' before the Tuesday 22 January 2019 report", "near al-Safsafa, Tabqa", "Raqqa", "SY", "explosion",
      "Islamic State", "civilians", 2, None, None, None,
      "On Saturday, two boys herding sheep were killed when a landmine exploded near the village of al-Safsafa, outside Tabqa, the local council said, adding that the mine had been laid by the militants before they withdrew in 2017.",
      note="mine left behind by IS in 2017 - actor1 by the council's attribution; unknown also defensible"),
    E("The SDF detained 11 suspected IS cell members in raids in al-Rumaila, Raqqa.",
      "2019-01-21", "'on Monday' before the Tuesday 22 January 2019 report", "al-Rumaila, Raqqa", "Raqqa", "SY", "arrest",
      "Syrian Democratic Forces", "Islamic State", None, None, None, None,
      "The SDF said it had detained 11 suspected members of Islamic State cells in raids on Monday in the al-Rumaila neighbourhood and nearby farms.",
      arrested=11),
])

# ---- S3: Deir ez-Zor, Mar 2019: Baghouz, "dozens" (null), car bomb blamed on sleeper cells, camp figure
D("b8-22", "2019-03-12", "https://www.example-levant-wire.com/syria/2019/03/12/baghouz-assault-resumes", "Levant Wire", "incident", """
SDF resume assault on last Islamic State enclave at Baghouz

NEAR BAGHOUZ, Syria, March 12 (Levant Wire) - The Syrian Democratic Forces resumed their assault on the Islamic State group's last scrap of territory at Baghouz on Sunday evening, after a pause of more than a week to let civilians leave, an SDF commander said.

Coalition aircraft pounded the tents and dugouts on the riverbank through the night while SDF fighters advanced from the north and east, he said.

Dozens of militants were killed, the commander said, without giving an exact figure or saying whether his own forces had suffered losses.

Columns of smoke rose over the encampment on Monday, and the crackle of gunfire could be heard from a hilltop a few kilometres away.

Some militants fought back with suicide car bombs, and at least two SDF fighters were wounded when a vehicle exploded short of their lines, a medic said.

On Monday, a car bomb went off at an SDF checkpoint near the town of Hajin, about 30 km up the Euphrates, killing four SDF fighters, an SDF spokesman said.

He blamed Islamic State sleeper cells operating in villages that the alliance took last year.

More than 60,000 people have passed through the al-Hol camp in Hasaka province since December, most of them women and children from the enclave, according to aid agencies.

"We did not expect so many people to be left inside," an aid worker at the camp said.

The SDF says the militants still in Baghouz are mostly foreign fighters who have refused to surrender.

The fall of the enclave would end the territorial rule that the group proclaimed in 2014 across large parts of Syria and Iraq.
""", [
    E("The SDF, backed by coalition air strikes, resumed the assault on the IS enclave at Baghouz; 'dozens' of militants killed, at least two SDF wounded by a car bomb.",
      "2019-03-10", "'on Sunday evening' before the Tuesday 12 March 2019 report; fighting went on through the night", "Baghouz", "Deir ez-Zor", "SY", "battle",
      "Syrian Democratic Forces", "Islamic State", None, None, 2, None,
      "The Syrian Democratic Forces resumed their assault on the Islamic State group's last scrap of territory at Baghouz on Sunday evening, after a pause of more than a week to let civilians leave, an SDF commander said. [...] Dozens of militants were killed, the commander said, without giving an exact figure or saying whether his own forces had suffered losses. [...] Some militants fought back with suicide car bombs, and at least two SDF fighters were wounded when a vehicle exploded short of their lines, a medic said.",
      note="'dozens' = null; the car bombs fighting back are part of the same battle"),
    E("A car bomb at an SDF checkpoint near Hajin killed four SDF fighters; the SDF blamed IS sleeper cells.",
      "2019-03-11", "'On Monday' before the Tuesday 12 March 2019 report", "SDF checkpoint near Hajin", "Deir ez-Zor", "SY", "explosion",
      "Islamic State", "Syrian Democratic Forces", 4, None, None, None,
      "On Monday, a car bomb went off at an SDF checkpoint near the town of Hajin, about 30 km up the Euphrates, killing four SDF fighters, an SDF spokesman said. [...] He blamed Islamic State sleeper cells operating in villages that the alliance took last year.",
      note="perpetrator by the victims' blame"),
], [
    F("displaced", 60000, "al-Hol camp", "More than 60,000 people have passed through the al-Hol camp in Hasaka province since December, most of them women and children from the enclave, according to aid agencies."),
])

# ---- S4: Deir ez-Zor, Sep 2018: ambush on a road between two towns, state media's unnamed "terrorists" named by a monitor, parts summed
D("b8-23", "2018-09-18", "https://www.example-badia-bulletin.com/2018/09/18/mayadin-bukamal-ambush", "Badia Bulletin", "incident", """
Sixteen killed as militants ambush army convoy in eastern Syria

BEIRUT, Tuesday, 18 September 2018 - Militants ambushed a Syrian army convoy on the desert highway between al-Mayadin and al-Bukamal on Sunday, killing seven soldiers and four members of an allied militia, state media and a war monitor said.

The state news agency said troops "confronted the terrorist groups" and killed five of the attackers before they fled into the desert.

It did not name the group, but the war monitor said the attackers were Islamic State fighters from the pocket that the group still holds in the Badia, the vast desert west of the Euphrates.

The convoy was carrying fuel and ammunition to garrisons near the Iraqi border, the monitor said.

Government forces and their allies took al-Mayadin and al-Bukamal from the militants last autumn, but the desert road between them remains exposed to hit-and-run raids.

On the other side of the river, air strikes hit a house in the town of Hajin on Saturday, killing a family of five, according to local activists.

The activists said the aircraft belonged to the US-led coalition, which is backing an offensive by the Syrian Democratic Forces on the Hajin pocket.

The coalition did not comment on the report.

"The whole family, the parents and three little girls, were under the roof when it came down," said one activist, who asked to be identified only by his first name, Ahmad.

The SDF launched its offensive on the pocket last week, saying it wanted to finish the militants before the end of the year.

An estimated 15,000 civilians are still in the area around Hajin, according to aid agencies.
""", [
    E("IS fighters ambushed a Syrian army convoy on the al-Mayadin-al-Bukamal highway: seven soldiers, four allied militiamen and five attackers killed.",
      "2018-09-16", "'on Sunday' before the Tuesday 18 September 2018 report", "highway between al-Mayadin and al-Bukamal", "Deir ez-Zor", "SY", "battle",
      "Islamic State", "Syrian government forces", 16, None, None, None,
      "Militants ambushed a Syrian army convoy on the desert highway between al-Mayadin and al-Bukamal on Sunday, killing seven soldiers and four members of an allied militia, state media and a war monitor said. [...] The state news agency said troops \"confronted the terrorist groups\" and killed five of the attackers before they fled into the desert. [...] It did not name the group, but the war monitor said the attackers were Islamic State fighters from the pocket that the group still holds in the Badia, the vast desert west of the Euphrates.",
      note="killed = 7 soldiers + 4 militiamen + 5 attackers (the state's count of attackers it killed is used); perpetrator named by the monitor"),
    E("Air strikes, which activists attributed to the US-led coalition, hit a house in Hajin, killing a family of five.",
      "2018-09-15", "'on Saturday' before the Tuesday 18 September 2018 report", "Hajin", "Deir ez-Zor", "SY", "explosion",
      "US-led coalition", "civilians", 5, None, None, None,
      "On the other side of the river, air strikes hit a house in the town of Hajin on Saturday, killing a family of five, according to local activists. [...] The activists said the aircraft belonged to the US-led coalition, which is backing an offensive by the Syrian Democratic Forces on the Hajin pocket.",
      note="attribution by activists, not commented on by the coalition"),
], [
    F("civilians_trapped", 15000, "Hajin", "An estimated 15,000 civilians are still in the area around Hajin, according to aid agencies."),
])

# ---- S5: Idlib, Jan 2019: "fighters loyal to <leader>", clashes broke out when..., sides summed, rebel infighting takeover
D("b8-24", "2019-01-08", "https://www.example-levant-review.org/news/2019/01/08/kafr-nabl-clashes", "Levant Review", "incident", """
Jihadist alliance presses offensive against rival rebels in Idlib

ANTAKYA, Turkey, Jan 8 - Clashes broke out in the town of Kafr Nabl in southern Idlib on Sunday when fighters loyal to Abu Mohammad al-Jolani tried to arrest a local commander of the Turkish-backed National Liberation Front, residents and a monitor said.

Seven of the attackers and five fighters of the National Liberation Front were killed, and two civilians were caught in the crossfire and died, the monitor said.

Al-Jolani's alliance, Hayat Tahrir al-Sham, said in a statement that it had acted against "gangs" that had kidnapped its members and set up checkpoints to extort travellers.

On Monday, HTS fighters seized the town of Hish, about 15 km to the east, after National Liberation Front units there agreed to withdraw to avoid further bloodshed, the monitor said.

The fighting is the latest round of an offensive that HTS launched last Tuesday against Nour al-Din al-Zenki, one of the factions in the National Liberation Front, in the countryside west of Aleppo.

More than 100 fighters and civilians have been killed since the infighting began, according to the monitor.

Protesters in several towns chanted against HTS and called on the factions to turn their guns on the government instead.

"We are the ones who pay, whoever wins," said Abu Fadi, a teacher in Kafr Nabl, who said his school had been closed for three days.

Turkey, which backs the National Liberation Front and has troops at observation posts around Idlib, has not commented publicly on the fighting.

Analysts say HTS wants to show Ankara that it is the only force able to control the province.
""", [
    E("Clashes broke out in Kafr Nabl when HTS fighters tried to arrest an NLF commander; seven HTS, five NLF fighters and two civilians killed.",
      "2019-01-06", "'on Sunday' before the Tuesday 8 January 2019 report", "Kafr Nabl", "Idlib", "SY", "battle",
      "Hayat Tahrir al-Sham", "National Liberation Front", 14, None, None, None,
      "Clashes broke out in the town of Kafr Nabl in southern Idlib on Sunday when fighters loyal to Abu Mohammad al-Jolani tried to arrest a local commander of the Turkish-backed National Liberation Front, residents and a monitor said. [...] Seven of the attackers and five fighters of the National Liberation Front were killed, and two civilians were caught in the crossfire and died, the monitor said. [...] Al-Jolani's alliance, Hayat Tahrir al-Sham, said in a statement that it had acted against \"gangs\" that had kidnapped its members and set up checkpoints to extort travellers.",
      note="'fighters loyal to Abu Mohammad al-Jolani' = HTS (named in the next sentence but one); killed 7 + 5 + 2"),
    E("HTS fighters took the town of Hish after NLF units agreed to withdraw.",
      "2019-01-07", "'On Monday' before the Tuesday 8 January 2019 report", "Hish", "Idlib", "SY", "territory_gain",
      "Hayat Tahrir al-Sham", "National Liberation Front", None, None, None, None,
      "On Monday, HTS fighters seized the town of Hish, about 15 km to the east, after National Liberation Front units there agreed to withdraw to avoid further bloodshed, the monitor said.",
      note="a non-state group taking a town (Non-state actor overtakes territory)"),
    E("HTS launched an offensive against Nour al-Din al-Zenki in the countryside west of Aleppo.",
      "2019-01-01", "'last Tuesday' before the Tuesday 8 January 2019 report: the Tuesday of the previous week", "countryside west of Aleppo", "Aleppo", "SY", "battle",
      "Hayat Tahrir al-Sham", "Nour al-Din al-Zenki", None, None, None, None,
      "The fighting is the latest round of an offensive that HTS launched last Tuesday against Nour al-Din al-Zenki, one of the factions in the National Liberation Front, in the countryside west of Aleppo.",
      optional=True, note="background start of the campaign, vaguely placed; 'last Tuesday' in a Tuesday report read as a week earlier"),
], [
    F("killed", 100, "Idlib and western Aleppo", "More than 100 fighters and civilians have been killed since the infighting began, according to the monitor."),
])

# ---- S6: Idlib/Hama, May 2019: "yesterday", two tolls, "in response" rebel rockets (state media "terrorists")
D("b8-25", "2019-05-29", "https://www.example-levant-wire.com/syria/2019/05/29/khan-sheikhoun-shelling", "Levant Wire", "incident", """
Shelling kills nine in Khan Sheikhoun as northwest Syria offensive grinds on

BEIRUT, Wednesday, 29 May 2019 (Levant Wire) - Government artillery shelled residential streets in the town of Khan Sheikhoun in southern Idlib province yesterday, killing nine civilians, among them four children, rescue workers said.

At least 20 people were wounded, and two houses collapsed on families sheltering inside, the rescuers said.

A Britain-based war monitor gave a higher toll of 11 dead.

In response, rebels fired a volley of rockets at the government-held town of Suqaylabiyah in northern Hama later on Tuesday, killing three civilians, according to the state news agency, which blamed "terrorist groups".

Suqaylabiyah, a mostly Christian town, has been hit repeatedly since government forces and their Russian allies launched an offensive on the edges of the rebel-held northwest at the end of April.

"We sleep in the corridor because it has no windows," said Maha, a mother of three in Khan Sheikhoun, reached by messaging app.

The United Nations says more than 200,000 people have fled their homes in southern Idlib and northern Hama since the offensive began.

Many have moved north towards the Turkish border, where camps are already overcrowded.

Hospitals in the area have been hit more than 20 times in the past month, according to medical charities, which say several have had to close.

Damascus says it is fighting terrorists and accuses Hayat Tahrir al-Sham, the jihadist alliance that dominates Idlib, of using civilians as human shields.

Read more: Farmers in northern Hama lose their harvest to fire and shells
""", [
    E("Government artillery shelled Khan Sheikhoun, killing nine civilians including four children (rescuers) or 11 (monitor); at least 20 wounded.",
      "2019-05-28", "'yesterday' in the report of Wednesday 29 May 2019", "Khan Sheikhoun", "Idlib", "SY", "explosion",
      "Syrian government forces", "civilians", 9, 11, 20, None,
      "Government artillery shelled residential streets in the town of Khan Sheikhoun in southern Idlib province yesterday, killing nine civilians, among them four children, rescue workers said. [...] At least 20 people were wounded, and two houses collapsed on families sheltering inside, the rescuers said. [...] A Britain-based war monitor gave a higher toll of 11 dead.",
      note="rescuers 9 vs monitor 11"),
    E("Rebels fired rockets at government-held Suqaylabiyah in northern Hama, killing three civilians (state news agency: 'terrorist groups').",
      "2019-05-28", "'later on Tuesday' in the report of Wednesday 29 May 2019", "Suqaylabiyah", "Hama", "SY", "explosion",
      "Syrian rebels", "civilians", 3, None, None, None,
      "In response, rebels fired a volley of rockets at the government-held town of Suqaylabiyah in northern Hama later on Tuesday, killing three civilians, according to the state news agency, which blamed \"terrorist groups\"."),
], [
    F("displaced", 200000, "southern Idlib and northern Hama", "The United Nations says more than 200,000 people have fled their homes in southern Idlib and northern Hama since the offensive began."),
])

# ---- S7: Aleppo, Oct 2016: barrel bombs on a district with "dozens" wounded, rebel shells on a school in the west
D("b8-26", "2016-10-13", "https://www.example-aleppo-today.net/en/2016/10/13/shaar-barrel-bombs", "Aleppo Today (English)", "incident", """
Barrel bombs kill 17 in besieged east Aleppo; rebel shells hit school in west

ALEPPO, Syria, Thursday, 13 October 2016 - Government helicopters dropped barrel bombs on the al-Shaar district of rebel-held eastern Aleppo on Wednesday, killing at least 17 people, five of them from one family, civil defence workers said.

Dozens more were wounded, and rescuers worked into the night to pull survivors from the rubble of a four-storey building, they said.

"We heard the helicopter, then the whistle, then nothing," said Abu Omar, a volunteer rescuer, whose hands were bandaged after hours of digging.

On Tuesday, shells fired by rebels from the besieged east struck a primary school in the government-held al-Furqan neighbourhood in the west of the city, killing three pupils and wounding eight, state television said.

The government has intensified its assault on the eastern districts since a ceasefire collapsed last month, and Russian and Syrian warplanes have hit hospitals, bakeries and water stations.

About 275,000 people are trapped in the east, where food and fuel are running out, according to the United Nations.

The UN envoy has proposed that fighters of the former Nusra Front leave the east in exchange for a halt to the bombing, a plan the rebels have rejected.

Doctors in the east say only a handful of surgeons remain and that they operate by torchlight when generators run out of fuel.

In the west of the city, residents complain of daily mortar and rocket fire from the rebel districts.

Aleppo, Syria's largest city before the war, has been divided between the government and rebels since 2012.
""", [
    E("Government helicopters dropped barrel bombs on al-Shaar, east Aleppo, killing at least 17 (five from one family); dozens wounded.",
      "2016-10-12", "'on Wednesday' before the Thursday 13 October 2016 report", "al-Shaar, Aleppo", "Aleppo", "SY", "explosion",
      "Syrian government forces", "civilians", 17, None, None, None,
      "Government helicopters dropped barrel bombs on the al-Shaar district of rebel-held eastern Aleppo on Wednesday, killing at least 17 people, five of them from one family, civil defence workers said. [...] Dozens more were wounded, and rescuers worked into the night to pull survivors from the rubble of a four-storey building, they said.",
      note="'dozens' wounded = null"),
    E("Rebel shells hit a primary school in al-Furqan, west Aleppo, killing three pupils and wounding eight.",
      "2016-10-11", "'On Tuesday' before the Thursday 13 October 2016 report", "al-Furqan, Aleppo", "Aleppo", "SY", "explosion",
      "Syrian rebels", "civilians", 3, None, 8, None,
      "On Tuesday, shells fired by rebels from the besieged east struck a primary school in the government-held al-Furqan neighbourhood in the west of the city, killing three pupils and wounding eight, state television said."),
    E("Russian and Syrian warplanes have hit hospitals, bakeries and water stations in eastern Aleppo since the ceasefire collapsed.",
      None, "since 'last month'; aggregate, no day", "eastern Aleppo", "Aleppo", "SY", "explosion",
      "Syrian government forces", "civilians", None, None, None, None,
      "The government has intensified its assault on the eastern districts since a ceasefire collapsed last month, and Russian and Syrian warplanes have hit hospitals, bakeries and water stations.",
      optional=True, note="aggregate of unspecified strikes; Russian forces share actor1"),
], [
    F("civilians_trapped", 275000, "eastern Aleppo", "About 275,000 people are trapped in the east, where food and fuel are running out, according to the United Nations."),
])

# ---- S8: Eastern Ghouta, Mar 2018: town retaken, combined toll for two towns with "dozens" (null), mortar on Damascus, running tolls
D("b8-27", "2018-03-06", "https://www.example-levant-wire.com/syria/2018/03/06/ghouta-beit-sawa", "Levant Wire", "incident", """
Syrian army takes Beit Sawa as bombardment of Eastern Ghouta intensifies

BEIRUT, Tuesday, 6 March 2018 (Levant Wire) - Syrian government forces captured the farming town of Beit Sawa in the Eastern Ghouta on Monday, state television said, splitting off another slice of the rebel enclave east of Damascus.

Rebels of Faylaq al-Rahman, the main faction in the area, said they had withdrawn from the town after days of bombardment but were fighting on its edges.

Air strikes and artillery fire on Hamouriyah and Saqba killed dozens of people on Monday, rescue workers in the enclave said, without giving a precise figure because bodies were still under the rubble.

A doctor in Hamouriyah said the main clinic had received "too many to count" and had run out of anaesthetic.

On Sunday, mortar rounds fired from the enclave landed in the Bab Touma area of Damascus's Old City, killing two people and wounding nine, the state news agency reported.

More than 700 civilians have been killed in the enclave since the government began its offensive on February 18, according to a war monitor.

About 400,000 people were living in the Eastern Ghouta before the offensive, under a government siege since 2013.

A UN aid convoy that entered Douma on Monday had to leave before it was fully unloaded because of shelling, aid officials said.

"The children have not seen daylight for two weeks," said a woman in a basement in Saqba, speaking by voice message.

Government forces have now taken about a third of the enclave, mostly farmland on its eastern side, the monitor said.

Russia, which backs the government, has announced a daily five-hour "humanitarian pause", but residents say few have dared to use it.
""", [
    E("Syrian government forces captured Beit Sawa in the Eastern Ghouta from the rebels (Faylaq al-Rahman).",
      "2018-03-05", "'on Monday' before the Tuesday 6 March 2018 report", "Beit Sawa", "Rif Dimashq", "SY", "territory_gain",
      "Syrian government forces", "Faylaq al-Rahman", None, None, None, None,
      "Syrian government forces captured the farming town of Beit Sawa in the Eastern Ghouta on Monday, state television said, splitting off another slice of the rebel enclave east of Damascus. [...] Rebels of Faylaq al-Rahman, the main faction in the area, said they had withdrawn from the town after days of bombardment but were fighting on its edges.",
      note="actor2 Syrian rebels also acceptable"),
    E("Air strikes and artillery on Hamouriyah and Saqba killed 'dozens' of people.",
      "2018-03-05", "'on Monday' before the Tuesday 6 March 2018 report", "Hamouriyah and Saqba", "Rif Dimashq", "SY", "explosion",
      "Syrian government forces", "civilians", None, None, None, None,
      "Air strikes and artillery fire on Hamouriyah and Saqba killed dozens of people on Monday, rescue workers in the enclave said, without giving a precise figure because bodies were still under the rubble.",
      note="two towns with one combined toll: one event; 'dozens' = null; perpetrator implied by the government offensive (not stated in the sentence)"),
    E("Mortar rounds fired from the enclave hit Bab Touma in Damascus's Old City, killing two and wounding nine.",
      "2018-03-04", "'On Sunday' before the Tuesday 6 March 2018 report", "Bab Touma, Damascus", "Damascus", "SY", "explosion",
      "Syrian rebels", "civilians", 2, None, 9, None,
      "On Sunday, mortar rounds fired from the enclave landed in the Bab Touma area of Damascus's Old City, killing two people and wounding nine, the state news agency reported.",
      note="'fired from the enclave' = rebels"),
    E("Shelling in Douma forced a UN aid convoy to leave before it was fully unloaded.",
      "2018-03-05", "'on Monday' before the Tuesday 6 March 2018 report", "Douma", "Rif Dimashq", "SY", "explosion",
      "unknown", "civilians", None, None, None, None,
      "A UN aid convoy that entered Douma on Monday had to leave before it was fully unloaded because of shelling, aid officials said.",
      optional=True, note="shelling mentioned only as the reason the convoy left; no shooter, target or toll"),
], [
    F("killed", 700, "Eastern Ghouta", "More than 700 civilians have been killed in the enclave since the government began its offensive on February 18, according to a war monitor."),
    F("civilians_trapped", 400000, "Eastern Ghouta", "About 400,000 people were living in the Eastern Ghouta before the offensive, under a government siege since 2013."),
])

# ---- S9: Eastern Ghouta, May 2016: rebel infighting, one side's own count vs monitor total, "an exchange of fire", town retaken
D("b8-28", "2016-05-10", "https://www.example-damascus-bureau.org/en/2016/05/10/zamalka-infighting", "Damascus Bureau Weekly", "incident", """
Rebel infighting in Eastern Ghouta kills 14 as army advances

BEIRUT, May 10 - Fighting between the two main rebel groups in the besieged Eastern Ghouta killed at least 14 fighters on Saturday, a war monitor said, as the army took advantage of the feud to seize a town on the enclave's southern edge.

The clashes began when gunmen loyal to Essam al-Buwaydhani, the commander of Jaish al-Islam, stormed checkpoints of the rival Faylaq al-Rahman in Zamalka, the monitor said.

An exchange of fire followed that lasted several hours and spread into the neighbouring town of Hazeh.

Faylaq al-Rahman said six of its fighters had been killed, and accused its rival of "stabbing the revolution in the back".

Jaish al-Islam did not give its losses and said it had been trying to arrest men behind a string of assassinations.

Residents of Zamalka said shops stayed shut and families hid in basements, fearing shells from both the rebels and the army.

On Sunday, government troops and allied militias captured the town of Deir al-Asafir, which had been defended by Faylaq al-Rahman, state media said.

Activists said the rebels had pulled fighters out of the southern front to fight each other.

"While they fight over checkpoints, the regime takes our farms one by one," said a farmer from the area, who gave his name as Abu Khaled.

The Eastern Ghouta, once the breadbasket of Damascus, has been under siege since 2013.

The two groups signed a truce in the enclave last year, but it collapsed amid disputes over weapons depots and smuggling tunnels.
""", [
    E("Jaish al-Islam gunmen stormed Faylaq al-Rahman checkpoints in Zamalka and the clashes spread to Hazeh; at least 14 fighters killed (monitor), six of them Faylaq's.",
      "2016-05-07", "'on Saturday' before the Tuesday 10 May 2016 report", "Zamalka", "Rif Dimashq", "SY", "battle",
      "Jaish al-Islam", "Faylaq al-Rahman", 14, None, None, None,
      "Fighting between the two main rebel groups in the besieged Eastern Ghouta killed at least 14 fighters on Saturday, a war monitor said, as the army took advantage of the feud to seize a town on the enclave's southern edge. [...] The clashes began when gunmen loyal to Essam al-Buwaydhani, the commander of Jaish al-Islam, stormed checkpoints of the rival Faylaq al-Rahman in Zamalka, the monitor said. [...] An exchange of fire followed that lasted several hours and spread into the neighbouring town of Hazeh. [...] Faylaq al-Rahman said six of its fighters had been killed, and accused its rival of \"stabbing the revolution in the back\".",
      note="monitor's total 14 is used; Faylaq's six are part of it; spread to Hazeh (place may also be 'Zamalka and Hazeh')"),
    E("Government troops and allied militias captured Deir al-Asafir from Faylaq al-Rahman.",
      "2016-05-08", "'On Sunday' before the Tuesday 10 May 2016 report", "Deir al-Asafir", "Rif Dimashq", "SY", "territory_gain",
      "Syrian government forces", "Faylaq al-Rahman", None, None, None, None,
      "On Sunday, government troops and allied militias captured the town of Deir al-Asafir, which had been defended by Faylaq al-Rahman, state media said."),
])

# ---- S10: Afrin, Feb 2018: YPG's claim of attackers killed not used, sides' own losses summed, shelling, villages taken
D("b8-29", "2018-02-13", "https://www.example-rojava-wire.net/en/2018/02/13/rajo-hills-fighting", "Rojava Wire", "incident", """
Turkish soldiers and Kurdish fighters killed in hills near Rajo; shelling hits Jandairis

AFRIN, Syria, Feb 13 (Rojava Wire) - Kurdish YPG fighters said they had repelled an assault by Turkish troops and allied Syrian factions on their positions in the hills west of Rajo, in the Afrin region, on Monday.

The YPG said in a statement that 20 of the attackers had been killed, a figure that could not be verified, and that three of its own fighters had died.

Turkey's military said two of its soldiers had been killed and five wounded in "clashes with terrorists" in the Rajo area on Monday, without giving further details.

The hills overlook the road from Rajo to the town of Afrin and have changed hands several times since the Turkish operation began on January 20.

On Sunday, Turkish artillery shells hit a residential street in Jandairis, in the south-west of the region, killing five civilians, including two children, a Kurdish health official said.

Turkey's army says it targets only militants and takes care to avoid harming civilians.

Also on Sunday, the Ankara-backed factions said they had captured three villages in Bulbul district, north of Afrin town, after the YPG withdrew.

Turkey calls the YPG a terrorist group linked to the Kurdistan Workers' Party (PKK), which has waged an insurgency inside Turkey for three decades.

The Turkish military says nearly 1,500 "terrorists" have been "neutralised" since the offensive started, a figure the YPG rejects.

Thousands of residents have fled from the border villages to Afrin town, which is now crowded with families living in schools and unfinished buildings.

"Every night we hear the planes and we do not know where the next bomb will fall," said Rojin, a teacher who fled from Bulbul.

Photo: Smoke rises over the hills near Rajo on Monday.
""", [
    E("Turkish troops and allied factions assaulted YPG positions in the hills west of Rajo and were repelled; two Turkish soldiers and three YPG fighters killed, five soldiers wounded (the YPG's claim of 20 attackers killed not used).",
      "2018-02-12", "'on Monday' before the Tuesday 13 February 2018 report", "hills west of Rajo", "Aleppo", "SY", "battle",
      "Turkish Armed Forces", "YPG", 5, None, 5, None,
      "Kurdish YPG fighters said they had repelled an assault by Turkish troops and allied Syrian factions on their positions in the hills west of Rajo, in the Afrin region, on Monday. [...] The YPG said in a statement that 20 of the attackers had been killed, a figure that could not be verified, and that three of its own fighters had died. [...] Turkey's military said two of its soldiers had been killed and five wounded in \"clashes with terrorists\" in the Rajo area on Monday, without giving further details.",
      note="each side's count of its own dead is used (2 + 3); the YPG's unverified claim of 20 attackers killed goes in this note, not in killed; actor1 is the side that attacked, not the side that 'repelled'"),
    E("Turkish artillery shells hit a residential street in Jandairis, killing five civilians including two children.",
      "2018-02-11", "'On Sunday' before the Tuesday 13 February 2018 report", "Jandairis", "Aleppo", "SY", "explosion",
      "Turkish Armed Forces", "civilians", 5, None, None, None,
      "On Sunday, Turkish artillery shells hit a residential street in Jandairis, in the south-west of the region, killing five civilians, including two children, a Kurdish health official said."),
    E("Turkish-backed factions captured three villages in Bulbul district after the YPG withdrew.",
      "2018-02-11", "'Also on Sunday' before the Tuesday 13 February 2018 report", "three villages in Bulbul district", "Aleppo", "SY", "territory_gain",
      "Turkish-backed Syrian rebels", "YPG", None, None, None, None,
      "Also on Sunday, the Ankara-backed factions said they had captured three villages in Bulbul district, north of Afrin town, after the YPG withdrew.",
      note="villages not named; the district is the place"),
], [
    F("killed", 1500, "Afrin", "The Turkish military says nearly 1,500 \"terrorists\" have been \"neutralised\" since the offensive started, a figure the YPG rejects.",
      note="a side's claim of enemies 'neutralised' since 20 January"),
])

# ---- O1: Ghazni, Jul 2018: overnight attack on checkpoints, official parts summed, Taliban claim not used, retaliation air strikes
D("b8-30", "2018-07-16", "https://www.example-kabul-evening-post.com/2018/07/16/andar-checkpoints-attack", "Kabul Evening Post", "incident", """
Eight police and 14 Taliban killed in overnight attack in Ghazni

GHAZNI, Afghanistan, Monday, 16 July 2018 - Police checkpoints near the centre of Andar district in Ghazni province came under attack by Taliban fighters overnight, and eight policemen and 14 insurgents were killed in fighting that lasted until dawn, provincial officials said on Monday.

The attack began at about 11 p.m. on Sunday, when dozens of fighters on motorbikes surrounded three checkpoints on the edge of the district centre, said Arif Noori, a spokesman for the provincial governor.

Five other policemen were wounded, he said.

A Taliban spokesman, Zabihullah Mujahid, said in a message to reporters that the group's fighters had overrun two checkpoints and killed 23 policemen, a figure officials dismissed as propaganda.

Afghan forces retaliated with air strikes on Taliban positions in the neighbouring Deh Yak district on Monday morning, killing 11 insurgents, Noori said.

He said the dead included a Taliban shadow district chief, a claim the group did not immediately address.

In neighbouring Zabul province, a roadside bomb tore through a car carrying a family on Sunday, killing four civilians, a provincial spokesman said, without saying where it happened.

Residents of the Andar district centre said the fighting had trapped them in their homes through the night.

"The bullets were hitting the walls of our house until the morning prayer," said Gul Ahmad, a shopkeeper.

Ghazni province, on the main highway linking Kabul and Kandahar, has seen heavy fighting this year, and the Taliban control or contest most of its districts.

Police in the province say they are short of ammunition and that reinforcements often take days to arrive.

The government and its foreign allies are pushing for peace talks with the Taliban after a short ceasefire last month over the Eid holiday.

Photo caption: Afghan policemen stand guard at a checkpoint on the Kabul-Kandahar highway in Ghazni province.
""", [
    E("Taliban fighters attacked police checkpoints near the Andar district centre overnight; eight police and 14 Taliban killed, five police wounded (the Taliban's claim of 23 police killed not used).",
      "2018-07-15", "'at about 11 p.m. on Sunday', overnight until dawn: date of the first night; report of Monday 16 July 2018", "Andar district centre", "Ghazni", "AF", "battle",
      "Taliban", "Afghan security forces", 22, None, 5, None,
      "Police checkpoints near the centre of Andar district in Ghazni province came under attack by Taliban fighters overnight, and eight policemen and 14 insurgents were killed in fighting that lasted until dawn, provincial officials said on Monday. [...] The attack began at about 11 p.m. on Sunday, when dozens of fighters on motorbikes surrounded three checkpoints on the edge of the district centre, said Arif Noori, a spokesman for the provincial governor. [...] Five other policemen were wounded, he said.",
      note="killed = 8 police + 14 Taliban; claim of 23 police killed goes here, not in killed"),
    E("Afghan forces retaliated with air strikes on Taliban positions in Deh Yak district, killing 11 insurgents including (they said) a shadow district chief.",
      "2018-07-16", "'on Monday morning', the day of the report of Monday 16 July 2018", "Deh Yak", "Ghazni", "AF", "explosion",
      "Afghan security forces", "Taliban", 11, None, None, None,
      "Afghan forces retaliated with air strikes on Taliban positions in the neighbouring Deh Yak district on Monday morning, killing 11 insurgents, Noori said."),
    E("A roadside bomb hit a car carrying a family somewhere in Zabul province, killing four civilians.",
      "2018-07-15", "'on Sunday' before the Monday 16 July 2018 report", "Zabul", "Zabul", "AF", "explosion",
      "unknown", "civilians", 4, None, None, None,
      "In neighbouring Zabul province, a roadside bomb tore through a car carrying a family on Sunday, killing four civilians, a provincial spokesman said, without saying where it happened.",
      note="placed only at province level (precision 3)"),
])

# ---- O2: Nangarhar, Apr 2018: magnetic bomb in a city district denied by Taliban -> unknown; drone strike "dozens"; clashes
D("b8-31", "2018-04-24", "https://www.example-khyber-mail.com/afghanistan/2018/04/24/jalalabad-magnetic-bomb", "Khyber Mail", "incident", """
Magnetic bomb kills district official in Jalalabad

JALALABAD, Afghanistan, April 24 - A magnetic bomb stuck to a car killed a district education chief and his bodyguard in the third police district of Jalalabad on Monday morning, officials in Nangarhar province said.

Three passers-by were wounded when the bomb went off near a busy roundabout, a spokesman for the provincial governor said.

No group has claimed the attack.

A Taliban spokesman said on Twitter that the group's fighters had nothing to do with it, and the provincial police chief said it was too early to say who was responsible.

Both the Taliban and a local branch of the Islamic State group are active in the province, and officials have been targeted by both.

On Sunday, a US drone strike in the Pekha valley of Achin district killed dozens of Islamic State militants, provincial officials said, adding that no civilians had been harmed.

Residents of Achin could not be reached to confirm the account.

In Chaparhar district, clashes erupted on Monday afternoon when Islamic State fighters attacked an army outpost, and two soldiers and five militants were killed, the army's corps spokesman said.

Earlier this month, a roadside bomb killed three children on their way to school elsewhere in Nangarhar, according to the provincial council.

Nangarhar, on the border with Pakistan, has been the centre of the Islamic State's operations in Afghanistan since the group emerged there in early 2015.

The provincial council has asked Kabul for more troops, saying villagers in the southern districts are caught between the two insurgent groups.

"We are afraid of the Taliban, of Daesh and of the bombs from the sky," said an elder from Achin who lives in Jalalabad.

Read more: Nangarhar's schools reopen under armed guard
""", [
    E("A magnetic bomb on a car killed a district education chief and his bodyguard in Jalalabad's third police district; three passers-by wounded; unclaimed, Taliban denied.",
      "2018-04-23", "'on Monday morning' before the Tuesday 24 April 2018 report", "third police district, Jalalabad", "Nangarhar", "AF", "explosion",
      "unknown", "civilians", 2, None, 3, None,
      "A magnetic bomb stuck to a car killed a district education chief and his bodyguard in the third police district of Jalalabad on Monday morning, officials in Nangarhar province said. [...] Three passers-by were wounded when the bomb went off near a busy roundabout, a spokesman for the provincial governor said. [...] No group has claimed the attack. [...] A Taliban spokesman said on Twitter that the group's fighters had nothing to do with it, and the provincial police chief said it was too early to say who was responsible.",
      note="unclaimed, denied, nobody blamed: unknown"),
    E("A US drone strike in the Pekha valley of Achin killed 'dozens' of IS militants, officials said.",
      "2018-04-22", "'On Sunday' before the Tuesday 24 April 2018 report", "Pekha valley, Achin", "Nangarhar", "AF", "explosion",
      "US forces", "Islamic State", None, None, None, None,
      "On Sunday, a US drone strike in the Pekha valley of Achin district killed dozens of Islamic State militants, provincial officials said, adding that no civilians had been harmed.",
      note="'dozens' = null; 'no civilians had been harmed' is not read as zero wounded (it speaks of civilians only)"),
    E("Clashes erupted in Chaparhar when IS fighters attacked an army outpost; two soldiers and five militants killed.",
      "2018-04-23", "'on Monday afternoon' before the Tuesday 24 April 2018 report", "army outpost, Chaparhar", "Nangarhar", "AF", "battle",
      "Islamic State", "Afghan security forces", 7, None, None, None,
      "In Chaparhar district, clashes erupted on Monday afternoon when Islamic State fighters attacked an army outpost, and two soldiers and five militants were killed, the army's corps spokesman said.",
      note="killed = 2 + 5"),
    E("A roadside bomb killed three children on their way to school somewhere in Nangarhar.",
      None, "'Earlier this month' before the Tuesday 24 April 2018 report; no day", "Nangarhar", "Nangarhar", "AF", "explosion",
      "unknown", "civilians", 3, None, None, None,
      "Earlier this month, a roadside bomb killed three children on their way to school elsewhere in Nangarhar, according to the provincial council.",
      optional=True, note="province only and vaguely dated"),
])

# ---- O3: Hajjah, Mar 2019: coalition strike with health-official vs Houthi-TV tolls, tribal fighting with parts summed
D("b8-32", "2019-03-26", "https://www.example-red-sea-observer.com/yemen/2019/03/26/kushar-strike", "Red Sea Observer", "incident", """
Air strike kills family in Yemen's Kushar as Houthis press tribal enclave

SANAA, March 26 (Red Sea Observer) - An air strike by the Saudi-led coalition destroyed a house in the Kushar district of Hajjah province on Sunday, killing 12 people, including five children, a local health official said.

The Houthi-run al-Masirah television channel said 16 people had died, all of them from two related families, and showed footage of rescuers digging through the rubble with their hands.

A coalition spokesman said the alliance was "reviewing" the report and that it targeted only military sites.

Kushar has been the scene of fierce fighting since January between Houthi forces and fighters of the Hajour tribes, who have sided with the government.

On Saturday, nine tribesmen and five Houthi fighters were killed when the Houthis launched an assault on tribal positions in the hills around the Hajour villages, a tribal leader said.

The Houthis, who call the tribesmen "mercenaries of the aggression", have besieged the area and cut off its supply roads, according to residents.

The coalition has carried out dozens of air strikes in Kushar to support the tribes, and aid groups say civilians have paid a heavy price.

"The road to the hospital in Abs is closed, so the wounded die on the way," a teacher in Kushar said by phone.

More than 40,000 people have fled the district since the start of the year, the United Nations said this month.

The war in Yemen, now in its fifth year, has killed tens of thousands of people and pushed millions to the brink of famine.
""", [
    E("A Saudi-led coalition air strike destroyed a house in Kushar, killing 12 including five children (health official) or 16 (al-Masirah).",
      "2019-03-24", "'on Sunday' before the Tuesday 26 March 2019 report", "Kushar", "Hajjah", "YE", "explosion",
      "Saudi-led coalition", "civilians", 12, 16, None, None,
      "An air strike by the Saudi-led coalition destroyed a house in the Kushar district of Hajjah province on Sunday, killing 12 people, including five children, a local health official said. [...] The Houthi-run al-Masirah television channel said 16 people had died, all of them from two related families, and showed footage of rescuers digging through the rubble with their hands.",
      note="two sources: 12 / 16"),
    E("Houthis assaulted Hajour tribal positions in the hills around the Hajour villages; nine tribesmen and five Houthi fighters killed.",
      "2019-03-23", "'On Saturday' before the Tuesday 26 March 2019 report", "Hajour villages, Kushar", "Hajjah", "YE", "battle",
      "Houthis", "Yemeni government forces", 14, None, None, None,
      "On Saturday, nine tribesmen and five Houthi fighters were killed when the Houthis launched an assault on tribal positions in the hills around the Hajour villages, a tribal leader said.",
      note="killed = 9 + 5; Hajour tribesmen fight on the government side (actor2 'Hajour tribesmen' also acceptable)"),
], [
    F("displaced", 40000, "Kushar", "More than 40,000 people have fled the district since the start of the year, the United Nations said this month."),
])

# ---- O4: Abyan/Shabwa, May 2017: ambush on a road between two towns claimed by "the group", raid with arrests, attributed drone strike
D("b8-33", "2017-05-16", "https://www.example-aden-chronicle.com/2017/05/16/zinjibar-shuqra-ambush", "Aden Chronicle", "incident", """
Six soldiers killed in ambush on Abyan coastal road

ADEN, Yemen, Tuesday, 16 May 2017 - Gunmen ambushed a military convoy on the coastal road between Zinjibar and Shuqra in Abyan province on Saturday, killing six soldiers and wounding four, a military official said.

The attackers fired rocket-propelled grenades at the lead vehicle and then raked the convoy with machine-gun fire from the dunes, the official said.

Al-Qaeda in the Arabian Peninsula, which held Zinjibar for more than a year earlier in the war, said in a statement on Sunday that its fighters had carried out the ambush.

The group claimed to have killed more than 20 soldiers.

On Monday, government forces raided hideouts in the mountains near Mudiyah, killing four militants and capturing three, the provincial security chief said.

He said the raid followed the ambush and was based on information from local tribesmen.

Also on Sunday, a drone strike hit a car in the Said district of neighbouring Shabwa province, killing two men whom residents described as members of the group.

Residents said the drone belonged to the United States, which has stepped up strikes on the militants this year, but there was no word from Washington.

AQAP has exploited the chaos of Yemen's war to recruit fighters and seize territory, although it was driven out of the port city of Mukalla last year.

"The road is not safe, not for soldiers and not for traders," said a lorry driver who uses the route every week.

Government forces in the south are backed by the United Arab Emirates, which has trained thousands of local fighters.
""", [
    E("Gunmen, later claimed by AQAP, ambushed a military convoy on the Zinjibar-Shuqra coastal road, killing six soldiers and wounding four (the group's claim of more than 20 not used).",
      "2017-05-13", "'on Saturday' before the Tuesday 16 May 2017 report; claimed the next day", "road between Zinjibar and Shuqra", "Abyan", "YE", "battle",
      "al-Qaeda in the Arabian Peninsula", "Yemeni government forces", 6, None, 4, None,
      "Gunmen ambushed a military convoy on the coastal road between Zinjibar and Shuqra in Abyan province on Saturday, killing six soldiers and wounding four, a military official said. [...] Al-Qaeda in the Arabian Peninsula, which held Zinjibar for more than a year earlier in the war, said in a statement on Sunday that its fighters had carried out the ambush. [...] The group claimed to have killed more than 20 soldiers.",
      note="AQAP's claimed toll (more than 20) not used"),
    E("Government forces raided militant hideouts in the mountains near Mudiyah, killing four militants and capturing three.",
      "2017-05-15", "'On Monday' before the Tuesday 16 May 2017 report", "mountains near Mudiyah", "Abyan", "YE", "battle",
      "Yemeni government forces", "al-Qaeda in the Arabian Peninsula", 4, None, None, None,
      "On Monday, government forces raided hideouts in the mountains near Mudiyah, killing four militants and capturing three, the provincial security chief said. [...] He said the raid followed the ambush and was based on information from local tribesmen.",
      arrested=3, note="militants are AQAP by context (raid after the AQAP ambush); militants (unidentified) also acceptable"),
    E("A drone strike, attributed by residents to the United States, hit a car in Said district, Shabwa, killing two suspected AQAP members.",
      "2017-05-14", "'Also on Sunday' before the Tuesday 16 May 2017 report", "Said district", "Shabwa", "YE", "explosion",
      "US forces", "al-Qaeda in the Arabian Peninsula", 2, None, None, None,
      "Also on Sunday, a drone strike hit a car in the Said district of neighbouring Shabwa province, killing two men whom residents described as members of the group. [...] Residents said the drone belonged to the United States, which has stepped up strikes on the militants this year, but there was no word from Washington.",
      note="'Also on Sunday' follows the Monday raid paragraph but refers back to the Sunday claim; 'the group' = AQAP; attribution by residents only (unknown also defensible)"),
])

# ---- O5: Borno, Feb 2015: village "km from" a town, Boko Haram named indirectly, "scores" of insurgents (not counted)
D("b8-34", "2015-02-10", "https://www.example-sahel-standard.com/news/2015/02/10/dalwa-village-attack", "Sahel Standard", "incident", """
Insurgents kill 23 villagers near Konduga

MAIDUGURI, Nigeria, Feb 10 - Insurgents on motorcycles stormed the village of Dalwa, about 15 km from Konduga in Borno State, on Sunday, killing at least 23 villagers, including women and children, and setting fire to dozens of houses, residents said.

The attackers arrived shortly after dawn, shouting religious slogans, and opened fire on people as they ran towards the bush, a survivor who escaped to Maiduguri said.

"They went from house to house looking for men, then they burned everything," said Modu Bukar, a farmer who lost two brothers.

Residents said the gunmen belonged to Boko Haram, whose fighters have attacked several villages around Konduga in recent weeks, and that the group had warned villagers not to join the civilian vigilante force.

A spokesman for the police in Borno confirmed the attack but said the number of dead was still being checked.

On Friday, soldiers and vigilantes repelled an attack by the insurgents on the town of Biu, south of Maiduguri, the army said.

Four soldiers were killed in the fighting, and "scores of terrorists" were killed as they fled, an army spokesman said.

Biu residents said they had heard heavy gunfire for several hours and that many people had fled to the hills.

The violence comes days before presidential elections that have been put in doubt by the insurgency in the north-east.

More than a million people have been forced from their homes in the region since 2009, according to the government's emergency agency.

The army says troops from Chad, Cameroon and Niger will soon join a regional force to take back towns held by the militants.
""", [
    E("Boko Haram insurgents on motorcycles stormed Dalwa, about 15 km from Konduga, killing at least 23 villagers and burning houses.",
      "2015-02-08", "'on Sunday' before the Tuesday 10 February 2015 report", "Dalwa", "Borno", "NG", "attack_on_civilians",
      "Boko Haram", "civilians", 23, None, None, None,
      "Insurgents on motorcycles stormed the village of Dalwa, about 15 km from Konduga in Borno State, on Sunday, killing at least 23 villagers, including women and children, and setting fire to dozens of houses, residents said. [...] Residents said the gunmen belonged to Boko Haram, whose fighters have attacked several villages around Konduga in recent weeks, and that the group had warned villagers not to join the civilian vigilante force.",
      note="perpetrator named by residents three sentences after the attack"),
    E("Boko Haram fighters attacked several villages around Konduga in recent weeks.",
      None, "'in recent weeks'; no day", "villages around Konduga", "Borno", "NG", "attack_on_civilians",
      "Boko Haram", "civilians", None, None, None, None,
      "Residents said the gunmen belonged to Boko Haram, whose fighters have attacked several villages around Konduga in recent weeks, and that the group had warned villagers not to join the civilian vigilante force.",
      optional=True, note="aggregate of unspecified attacks"),
    E("Soldiers and vigilantes repelled an insurgent attack on Biu; four soldiers killed and 'scores' of insurgents.",
      "2015-02-06", "'On Friday' before the Tuesday 10 February 2015 report", "Biu", "Borno", "NG", "battle",
      "Boko Haram", "Nigerian security forces", 4, None, None, None,
      "On Friday, soldiers and vigilantes repelled an attack by the insurgents on the town of Biu, south of Maiduguri, the army said. [...] Four soldiers were killed in the fighting, and \"scores of terrorists\" were killed as they fled, an army spokesman said.",
      note="killed = the 4 stated soldiers; 'scores' of insurgents is vague and not added (total is at least 4); 'the insurgents' = Boko Haram of the previous paragraphs"),
], [
    F("displaced", 1000000, "north-east Nigeria", "More than a million people have been forced from their homes in the region since 2009, according to the government's emergency agency."),
])

# ---- O6: Lake Chad, Aug 2019: ISWAP ambush on a road, claim via Amaq not used; Niger post attack repelled (another country)
D("b8-35", "2019-08-20", "https://www.example-lake-chad-monitor.org/2019/08/20/damboa-road-ambush", "Lake Chad Monitor", "incident", """
Seven killed as jihadists ambush Nigerian convoy on Damboa road

MAIDUGURI, Nigeria, Tuesday, 20 August 2019 - Fighters of the Islamic State West Africa Province ambushed a military convoy on the road between Maiduguri and Damboa on Sunday, killing five soldiers and two members of the Civilian Joint Task Force, military and militia sources said.

The convoy was escorting lorries carrying food to Damboa when a roadside bomb hit an armoured vehicle and gunmen opened fire from the bush, about 30 km short of the town, a militia leader said.

Four other soldiers were wounded and two lorries were burned, he said.

On Monday the jihadist group said through its Amaq news agency that it had killed 19 soldiers and seized a truck of ammunition.

The army did not comment on the attack, but a senior officer in Maiduguri confirmed the losses on condition of anonymity.

The Maiduguri-Damboa road reopened last year after being closed to civilian traffic for months, and convoys now travel only under escort.

In neighbouring Niger, soldiers repelled an attack on their post at Toumour, in the Diffa region, late on Saturday, the defence ministry in Niamey said.

Eight of the attackers were killed and one soldier died, the ministry said in a statement read on state television, blaming Boko Haram.

In Cameroon's Far North region, a suicide bomber killed three people at a crowded spot on Friday, a local official said, without naming the town.

The Islamic State's West African branch split from Boko Haram in 2016, and the two factions now operate in different parts of the Lake Chad basin.

"They know the bush better than we do, and they know when the convoys leave," said a CJTF commander in Damboa.

More than 2.4 million people have been displaced by the conflict across the Lake Chad region, according to the United Nations.
""", [
    E("ISWAP fighters ambushed a military convoy on the Maiduguri-Damboa road with a roadside bomb and gunfire, killing five soldiers and two CJTF members and wounding four soldiers (ISWAP's claim of 19 not used).",
      "2019-08-18", "'on Sunday' before the Tuesday 20 August 2019 report", "road between Maiduguri and Damboa", "Borno", "NG", "battle",
      "Boko Haram", "Nigerian security forces", 7, None, 4, None,
      "Fighters of the Islamic State West Africa Province ambushed a military convoy on the road between Maiduguri and Damboa on Sunday, killing five soldiers and two members of the Civilian Joint Task Force, military and militia sources said. [...] Four other soldiers were wounded and two lorries were burned, he said. [...] On Monday the jihadist group said through its Amaq news agency that it had killed 19 soldiers and seized a truck of ammunition.",
      note="ISWAP is 'Boko Haram' in the canonical table; killed = 5 + 2; an ambush opened by a roadside bomb and continued by gunfire is read as battle (explosion defensible)"),
    E("Nigerien soldiers repelled a Boko Haram attack on their post at Toumour, Diffa; eight attackers and one soldier killed.",
      "2019-08-17", "'late on Saturday' before the Tuesday 20 August 2019 report", "Toumour", "Diffa", "NE", "battle",
      "Boko Haram", "Nigerien security forces", 9, None, None, None,
      "In neighbouring Niger, soldiers repelled an attack on their post at Toumour, in the Diffa region, late on Saturday, the defence ministry in Niamey said. [...] Eight of the attackers were killed and one soldier died, the ministry said in a statement read on state television, blaming Boko Haram.",
      note="'soldiers' here are Niger's; killed = 8 + 1"),
    E("A suicide bomber killed three people in Cameroon's Far North region (town not named).",
      "2019-08-16", "'on Friday' before the Tuesday 20 August 2019 report", "Far North region", "Far North", "CM", "explosion",
      "unknown", "civilians", 3, None, None, None,
      "In Cameroon's Far North region, a suicide bomber killed three people at a crowded spot on Friday, a local official said, without naming the town.",
      note="placed only at region level; no group named; 'killed three people' taken as stated (not known whether the bomber is among them)"),
], [
    F("displaced", 2400000, "Lake Chad region", "More than 2.4 million people have been displaced by the conflict across the Lake Chad region, according to the United Nations."),
])

# ---- O7: Mogadishu/Somalia, Nov 2018: revised toll that excludes the bomber, claim via radio, US strike, town taken
D("b8-36", "2018-11-20", "https://www.example-horn-bulletin.com/somalia/2018/11/20/hodan-checkpoint-bomb", "Horn Bulletin", "incident", """
Toll from Mogadishu checkpoint bombing rises to nine

MOGADISHU, Tuesday, 20 November 2018 - The number of people killed when a suicide car bomber struck a police checkpoint in Mogadishu's Hodan district on Monday has risen to nine, police said on Tuesday, up from five given on the day of the attack.

The toll does not include the bomber, police captain Abdullahi Nur said, adding that four of the dead were policemen and the rest were passers-by and minibus passengers.

Fifteen people were wounded, several of them seriously, according to the director of the city's ambulance service.

Al-Shabaab said on its Andalus radio station that it had carried out the bombing, which it said targeted "apostate soldiers".

The car exploded when police ordered the driver to stop for a search, witnesses said, leaving a crater in the road and setting several minibuses on fire.

On Saturday, a US air strike near Jilib, in the Middle Juba region, killed eight militants, the US military's Africa Command said in a statement, adding that no civilians had been hurt.

Al-Shabaab fighters also took control of the town of Bariire, in Lower Shabelle, on Sunday after government troops pulled out of their base there, residents said.

"The soldiers left in the morning and by noon the Shabaab flags were up," a resident said by phone.

The militant group, which is linked to al-Qaeda, was pushed out of Mogadishu in 2011 but still controls large parts of the countryside.

Somalia's government says its forces will take over security responsibilities from African Union troops over the coming years, but analysts doubt they are ready.

Read more: Mogadishu's checkpoints, a daily gamble for commuters
""", [
    E("A suicide car bomber struck a police checkpoint in Hodan, Mogadishu: nine killed (four police) plus the bomber, 15 wounded; toll revised from five; al-Shabaab claimed it.",
      "2018-11-19", "'on Monday' before the Tuesday 20 November 2018 report", "police checkpoint, Hodan, Mogadishu", "Banaadir", "SO", "explosion",
      "al-Shabaab", "Somali security forces", 10, None, 15, None,
      "The number of people killed when a suicide car bomber struck a police checkpoint in Mogadishu's Hodan district on Monday has risen to nine, police said on Tuesday, up from five given on the day of the attack. [...] The toll does not include the bomber, police captain Abdullahi Nur said, adding that four of the dead were policemen and the rest were passers-by and minibus passengers. [...] Fifteen people were wounded, several of them seriously, according to the director of the city's ambulance service. [...] Al-Shabaab said on its Andalus radio station that it had carried out the bombing, which it said targeted \"apostate soldiers\".",
      note="revised toll 5 -> 9 stands; + the bomber (attackers who blew themselves up count) = 10"),
    E("A US air strike near Jilib killed eight militants, Africa Command said.",
      "2018-11-17", "'On Saturday' before the Tuesday 20 November 2018 report", "near Jilib", "Middle Juba", "SO", "explosion",
      "US forces", "al-Shabaab", 8, None, None, None,
      "On Saturday, a US air strike near Jilib, in the Middle Juba region, killed eight militants, the US military's Africa Command said in a statement, adding that no civilians had been hurt.",
      note="'militants' = al-Shabaab by context"),
    E("Al-Shabaab took control of Bariire after government troops pulled out of their base.",
      "2018-11-18", "'on Sunday' before the Tuesday 20 November 2018 report", "Bariire", "Lower Shabelle", "SO", "territory_gain",
      "al-Shabaab", "Somali security forces", None, None, None, None,
      "Al-Shabaab fighters also took control of the town of Bariire, in Lower Shabelle, on Sunday after government troops pulled out of their base there, residents said.",
      note="non-violent takeover after a withdrawal; territory_gain (non-state actor overtakes territory)"),
])


if __name__ == "__main__":
    main()
