#!/usr/bin/env python3
"""probe-blind7: hand-written reports (invented incidents in real places) with gold.

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
# ---- N1: court report, Peshawar (no new incident)
D("b7-01", "2026-11-18", "https://www.example-pk-daily.com/2026/11/18/atc-sentences-three-qissa-khwani-blast", "Frontier Daily", "court", """
ATC hands death sentences to three men over Qissa Khwani mosque bombing

PESHAWAR, Wednesday, 18 November 2026: An anti-terrorism court in Peshawar on Tuesday sentenced three men to death and a fourth to life imprisonment for their part in the suicide bombing of a mosque in the Qissa Khwani bazaar in March last year.

The blast, during Friday prayers, killed 41 worshippers and wounded more than 90, making it one of the deadliest attacks on the city in a decade.

Prosecutors told the court that the convicts had rented a room near the bazaar, scouted the mosque for two weeks and drove the bomber to the area on the morning of the attack.

The Islamic State's Khorasan branch claimed the bombing within hours, saying its fighter had detonated an explosive vest among the worshippers.

Judge Shaukat Ali, reading the verdict, said the evidence of phone records and a recovered detonator left "no room for doubt".

Defence lawyers said their clients had been tortured in custody and would appeal to the Peshawar High Court.

Families of the victims gathered outside the court, some holding photographs of relatives killed in the explosion.

"My brother carried no gun; he was blown apart while he prayed," said Gul Rehman, a shopkeeper whose brother died in the attack.

Police had arrested the four men in raids in Charsadda and Nowshera in the summer of 2025, after a gunfight in which one suspect was killed.

A fifth suspect, believed to have made the vest, is still at large and a reward of Rs5 million has been announced for information on him.

Security around the court complex was tight, with armoured vehicles posted at its gates.
""", [])

# ---- N2: obituary, Colombia (no new incident)
D("b7-02", "2026-10-29", "https://www.example-co-semanal.com/obituarios/2026/10/29/alias-el-paisa-viejo", "El Semanal (English edition)", "obituary", """
Rodrigo Londoño Vélez, former guerrilla commander who led the Caguán ambushes, dies at 71

Rodrigo Londoño Vélez, who commanded one of the FARC's most feared fronts in southern Colombia before laying down his weapons under the 2016 peace accord, died on Tuesday at a clinic in Neiva. He was 71.

His family said he had been treated for lung cancer since last year.

Known to soldiers as "El Paisa Viejo", he led the 1998 assault on the army base at El Billar, in which 62 soldiers were killed and 43 taken prisoner.

Under his command the front also blew up bridges and power pylons across Caquetá and Huila and kidnapped dozens of politicians and ranchers for ransom.

The army said in the early 2000s that it had tried to kill him at least four times, once in a bombing raid on a jungle camp that killed eleven of his bodyguards.

After the accord he appeared before the Special Jurisdiction for Peace, where he acknowledged responsibility for kidnappings and asked forgiveness of the families of the dead.

"He told us where our sons were buried, and for that I thank him, but I cannot forgive him," said the mother of a soldier captured at El Billar.

In his final years he grew cacao on a cooperative farm for former fighters near San Vicente del Caguán.

Critics said he never fully explained the fate of the hostages who died in captivity.

He is survived by his partner, a former guerrilla, and two daughters.

His funeral is to be held in Neiva on Saturday.
""", [])

# ---- N3: encyclopedia-style explainer, Sahel (no new incident)
D("b7-03", None, "https://wiki.example.org/wiki/Jama%27at_Nasr_al-Islam_wal-Muslimin", None, "explainer", """
Jama'at Nasr al-Islam wal-Muslimin

Jama'at Nasr al-Islam wal-Muslimin (JNIM; "Group for the Support of Islam and Muslims") is a Salafi-jihadist alliance active in Mali, Burkina Faso and Niger, and increasingly in the coastal states of West Africa.

Formation
It was formed in March 2017 by the merger of Ansar Dine, the Macina Liberation Front, al-Mourabitoun and the Saharan branch of al-Qaeda in the Islamic Maghreb, under the leadership of Iyad Ag Ghaly.

Activity
The group's fighters have attacked army posts, convoys and towns across central Mali and northern Burkina Faso, often with motorbikes and vehicle-borne bombs.

In 2019 attacks on the Malian bases at Boulkessi and Mondoro killed at least 38 soldiers, and in 2022 an assault on the Kati military camp near Bamako showed that it could strike close to the capital.

In September 2024 its fighters attacked the gendarmerie school and the airport in Bamako, killing more than 70 people according to security sources.

It has also imposed blockades on towns such as Djibo and Léré, cutting off food and fuel for months at a time.

Casualties
ACLED counted more than 11,000 deaths in events involving the group between 2017 and 2024.

Human rights groups have accused it of massacres of villagers suspected of cooperating with the army, and have accused the armies and their Russian auxiliaries of similar killings of Fulani civilians.

Relations with Islamic State
JNIM has fought the Islamic State Sahel Province for territory in the Ménaka and Gao regions since 2020, in clashes that have killed hundreds on both sides.

See also
Mali War; Islamic State Sahel Province; Alliance of Sahel States
""", [])

# ---- N4: policy/technology, India drones (no new incident)
D("b7-04", "2026-11-25", "https://www.example-in-defence.com/policy/2026/11/25/army-loitering-munitions-tender", "Defence Desk India", "policy", """
Army to buy 1,200 loitering munitions as drone doctrine shifts

New Delhi, 25 November: The Indian Army has issued a tender for 1,200 loitering munitions and 300 surveillance drones, the largest such order so far, officials said on Wednesday.

The weapons, sometimes called kamikaze drones, circle a target area before diving onto a vehicle, bunker or gun position and exploding on impact.

Officials said the army wanted every infantry battalion on the Line of Control and the border with China to have its own strike drones by 2029.

The shift follows lessons drawn from the wars in Ukraine and Nagorno-Karabakh, where cheap drones destroyed tanks and artillery worth many times their cost.

"A section commander must be able to see over the hill and hit what he sees within minutes," a senior officer said, speaking on condition of anonymity.

The tender requires a range of at least 40 km, a warhead that can pierce light armour and the ability to abort an attack at the last second.

Domestic firms in Bengaluru and Hyderabad are expected to compete, and imported parts will be capped at 40 per cent.

Critics warn that the drones' cameras may struggle to tell fighters from villagers in the crowded border districts of Jammu and Kashmir.

The Ministry of Defence said rules of engagement for drone strikes would be the same as for artillery and aircraft.

Last year's trials in Rajasthan, in which a prototype crashed and set fire to a field, were cited by opposition MPs as a reason for caution.

The first deliveries are expected in 2027.
""", [])

# ---- N5: accident, Quetta gas cylinder (no conflict incident)
D("b7-05", "2026-12-02", "https://www.example-balochistan-post.com/2026/12/02/cylinder-blast-quetta", "Balochistan Post (English)", "accident", """
Five killed as gas cylinder explodes in Quetta restaurant

QUETTA: Five people were killed and eleven injured on Wednesday when a gas cylinder exploded in a crowded restaurant on Jinnah Road, officials said.

The blast tore off the restaurant's roof and shattered windows of shops across the road, witnesses said.

Police and the bomb disposal squad cordoned off the area, fearing at first that it was a terrorist attack.

"We examined the site and found no trace of explosives; it was a leaking LPG cylinder," the bomb disposal squad chief told reporters.

The Deputy Commissioner said the dead included the restaurant's cook and two customers, and that the injured had been taken to the Civil Hospital, where three were in critical condition.

The city has suffered several bombings in the past, including a suicide attack on the railway station in 2024 that killed more than 30 people.

Residents said cylinders of poor quality were widely used because piped gas pressure drops sharply in winter.

The provincial government ordered an inquiry and said shops selling uncertified cylinders would be sealed.

Traders' leaders demanded compensation for the shops damaged in the explosion.

Last month a similar explosion at a house in the Satellite Town area injured four members of a family.
""", [])

# ---- N6: protest politics, Bolivia (no violence)
D("b7-06", "2026-11-11", "https://www.example-andes-news.com/bolivia/2026/11/11/la-paz-blockades-arrest-warrants", "Andes News", "politics", """
Bolivian government threatens arrests as blockades tighten around La Paz

LA PAZ, Nov 11: Bolivia's government threatened on Wednesday to arrest the leaders of road blockades that have cut La Paz off from the rest of the country for nine days, as protesters vowed to keep up what they call a siege of the capital.

Thousands of farmers and miners have blocked the main highways to Oruro and Copacabana with rocks, tyres and trucks to demand fuel subsidies and the resignation of the economy minister.

Interior Minister Carla Vargas said prosecutors had prepared warrants against twelve leaders for "attacking the economy" and that police would "clear the roads if dialogue fails".

Protest leaders answered that any attempt to arrest them would be met with "total mobilisation" and that they were ready to march on the presidential palace.

There were no reports of clashes on Wednesday, and police stayed away from the main blockade points at El Alto and Achica Arriba.

Markets in La Paz reported shortages of chicken, vegetables and cooking gas, and prices of some goods have doubled.

The Catholic Church and the ombudsman offered to mediate, and government and union delegates are due to meet on Friday.

Analysts recalled that similar blockades in 2003 ended with dozens of deaths when troops were sent to escort fuel convoys.

The opposition in Congress accused the government of using the threat of arrests to avoid negotiating.

"They can put us in prison, but they cannot put the hunger in prison," a miners' leader told a rally in El Alto.
""", [])

# ---- A1: round-up, Pakistan and Afghanistan
D("b7-07", "2026-11-24", "https://www.example-regional-wire.com/2026/11/24/afpak-daily-brief", "Regional Wire", "roundup", """
AfPak daily brief: three police killed in Bannu; bomb hits Kabul minibus

Tuesday, 24 November 2026

PAKISTAN
Militants attacked a police post in the Domel area of Bannu district in Khyber Pakhtunkhwa late on Monday, killing three policemen, the district police officer said.

Police returned fire and two attackers were killed in the exchange, which lasted nearly two hours, he said.

Four other policemen were wounded and were taken to the district headquarters hospital.

No group has claimed the attack, but the Pakistani Taliban have repeatedly targeted police in the district this year.

Separately, police in Lakki Marwat said they had arrested six suspects in a search operation on Tuesday morning.

AFGHANISTAN
In Kabul, a bomb attached to a minibus exploded in the Dasht-e-Barchi neighbourhood on Monday evening, killing four passengers and wounding seven, police said.

Police spokesman Khalid Zadran said the device had been placed under a seat and was detonated as the vehicle reached a busy intersection.

The area, home to many members of the Hazara community, has been struck repeatedly by the Islamic State group's local branch, which claimed the attack on Tuesday.

Taliban authorities said police had detained two men in connection with the blast.

REGION
Pakistan and Afghanistan's foreign ministers are to meet in Doha next week to discuss border crossings that have been closed since clashes in October.

Trade through Torkham remains suspended, traders in Peshawar said.
""", [
    E("Militants attacked a police post in Domel, Bannu, killing three policemen; two attackers were killed and four policemen wounded.",
      "2026-11-23", "'late on Monday' before the Tuesday 24 November 2026 brief", "Domel, Bannu", "Khyber Pakhtunkhwa", "PK", "battle",
      "militants (unidentified)", "Pakistani security forces", 5, None, 4, None,
      "Militants attacked a police post in the Domel area of Bannu district in Khyber Pakhtunkhwa late on Monday, killing three policemen, the district police officer said. [...] Police returned fire and two attackers were killed in the exchange, which lasted nearly two hours, he said. [...] Four other policemen were wounded and were taken to the district headquarters hospital.",
      note="killed = 3 police + 2 attackers; unclaimed, TTP only suspected"),
    E("Police in Lakki Marwat arrested six suspects in a search operation.",
      "2026-11-24", "'on Tuesday morning', the day of the brief (Tuesday 24 November 2026)", "Lakki Marwat", "Khyber Pakhtunkhwa", "PK", "arrest",
      "Pakistani security forces", "unknown", None, None, None, None,
      "Separately, police in Lakki Marwat said they had arrested six suspects in a search operation on Tuesday morning.", arrested=6),
    E("A bomb under a seat of a minibus exploded in Dasht-e-Barchi, Kabul, killing four passengers and wounding seven; Islamic State's local branch claimed it.",
      "2026-11-23", "'on Monday evening' before the Tuesday brief", "Dasht-e-Barchi, Kabul", "Kabul", "AF", "explosion",
      "Islamic State", "civilians", 4, None, 7, None,
      "In Kabul, a bomb attached to a minibus exploded in the Dasht-e-Barchi neighbourhood on Monday evening, killing four passengers and wounding seven, police said. [...] The area, home to many members of the Hazara community, has been struck repeatedly by the Islamic State group's local branch, which claimed the attack on Tuesday.",
      note="'police' here are the Taliban's Kabul police, not Pakistan's"),
    E("Taliban authorities detained two men over the Kabul minibus blast.",
      None, "not dated (reported Tuesday 24 November 2026)", "Kabul", "Kabul", "AF", "arrest",
      "Afghan security forces", "unknown", None, None, None, None,
      "Taliban authorities said police had detained two men in connection with the blast.", arrested=2, optional=True,
      note="actor: Taliban government police; named 'Afghan security forces' as the state's forces"),
])

# ---- A2: round-up, Mali, Burkina Faso and Niger
D("b7-08", "2026-11-20", "https://www.example-sahel-monitor.org/brief/2026-11-20", "Sahel Monitor", "roundup", """
Sahel security brief, Friday, 20 November 2026

MALI. The army said on Thursday that a drone strike on Wednesday had destroyed a "terrorist hideout" near Tessit, in the Gao region, and killed several fighters. It did not give a number or say which group they belonged to. The army has stepped up air operations in the tri-border area since the rainy season ended.

BURKINA FASO. Seven soldiers and five members of the Volunteers for the Defence of the Homeland (VDP) were killed on Thursday when their supply convoy was ambushed on the road between Djibo and Namssiguia, in Soum province, security sources said. The soldiers were escorting fuel trucks to Djibo, which has been under blockade for more than two years. Eleven wounded soldiers were flown to Ouagadougou. JNIM claimed the ambush in a statement on Friday, saying it had seized weapons and burned six trucks.

NIGER. Soldiers repelled an attack on their post at Téra, in the Tillabéri region, on Tuesday, the defence ministry said in a statement read on state television. Four soldiers were killed and six wounded, and ten assailants were "neutralised", the ministry said. The statement blamed "terrorist armed groups" without naming them; the Islamic State Sahel Province is active in the area. Troops later combed the surrounding villages, the ministry added.

REGION. Defence ministers of the Alliance of Sahel States are due to meet in Niamey next week to discuss the joint force announced in January.
""", [
    E("Malian army drone strike destroyed a hideout near Tessit, Gao region, killing several fighters.",
      "2026-11-18", "'on Wednesday', said on Thursday, in the Friday 20 November 2026 brief", "near Tessit", "Gao", "ML", "explosion",
      "Malian security forces", "militants (unidentified)", None, None, None, None,
      "The army said on Thursday that a drone strike on Wednesday had destroyed a \"terrorist hideout\" near Tessit, in the Gao region, and killed several fighters.",
      note="'several' gives null"),
    E("JNIM ambushed a Burkinabe army and VDP supply convoy between Djibo and Namssiguia, killing seven soldiers and five VDP; eleven soldiers wounded.",
      "2026-11-19", "'on Thursday' before the Friday 20 November 2026 brief", "road between Djibo and Namssiguia", "Sahel", "BF", "battle",
      "JNIM", "Burkinabe security forces", 12, None, 11, None,
      "Seven soldiers and five members of the Volunteers for the Defence of the Homeland (VDP) were killed on Thursday when their supply convoy was ambushed on the road between Djibo and Namssiguia, in Soum province, security sources said. [...] Eleven wounded soldiers were flown to Ouagadougou. JNIM claimed the ambush in a statement on Friday, saying it had seized weapons and burned six trucks.",
      note="killed = 7 soldiers + 5 VDP"),
    E("Attack on the Nigerien army post at Téra repelled: four soldiers and ten assailants killed, six soldiers wounded.",
      "2026-11-17", "'on Tuesday' before the Friday 20 November 2026 brief", "Téra", "Tillabéri", "NE", "battle",
      "militants (unidentified)", "Nigerien security forces", 14, None, 6, None,
      "Soldiers repelled an attack on their post at Téra, in the Tillabéri region, on Tuesday, the defence ministry said in a statement read on state television. Four soldiers were killed and six wounded, and ten assailants were \"neutralised\", the ministry said.",
      note="killed = 4 soldiers + 10 assailants; attackers not named (IS Sahel only said to be active in the area)"),
])

# ---- A3: round-up, Israel, Lebanon and Syria
D("b7-09", "2026-12-03", "https://www.example-levant24.com/news/2026/12/03/levant-overnight", "Levant24", "roundup", """
Levant overnight: strike kills two near Nabatieh, rocket hits Kiryat Shmona, checkpoint attacked in Daraa

Published Thursday, 3 December 2026

Lebanon
An Israeli drone struck a car on the road between Nabatieh and Kfar Remen on Wednesday afternoon, killing two men, Lebanon's health ministry said.

The Israeli military said it had targeted a Hezbollah commander responsible for "rocket launches towards Israeli territory", and Hezbollah later mourned both men as its members.

Read more: Ceasefire monitors report record number of violations in November

Israel
Hours later, a rocket fired from southern Lebanon struck the courtyard of a house in Kiryat Shmona, lightly wounding one woman, Israeli emergency services said.

No group claimed the launch, and the army said troops had fired artillery at the launch site.

Syria
In Daraa province, gunmen attacked a checkpoint of the Syrian security forces at the entrance of Tafas late on Wednesday, killing two members of the security forces and wounding three, the interior ministry said.

Security forces arrested five men in raids in Tafas on Thursday morning, the ministry added, without saying whether they were linked to the attack.

Separately, Israeli troops advanced into the village of Jubata al-Khashab in Quneitra province on Wednesday and detained three shepherds, Syrian state media reported.

The Israeli army said the troops had acted on suspicion of weapons smuggling and that the men were taken for questioning.

Photo caption: Smoke rises over the hills near Nabatieh after a strike, in a file photo from October.
""", [
    E("Israeli drone strike on a car between Nabatieh and Kfar Remen killed two Hezbollah members.",
      "2026-12-02", "'on Wednesday afternoon' before the Thursday 3 December 2026 page", "road between Nabatieh and Kfar Remen", "Nabatieh", "LB", "explosion",
      "Israeli security forces", "Hezbollah", 2, None, None, None,
      "An Israeli drone struck a car on the road between Nabatieh and Kfar Remen on Wednesday afternoon, killing two men, Lebanon's health ministry said. [...] The Israeli military said it had targeted a Hezbollah commander responsible for \"rocket launches towards Israeli territory\", and Hezbollah later mourned both men as its members."),
    E("A rocket fired from southern Lebanon hit a house courtyard in Kiryat Shmona, lightly wounding a woman; unclaimed.",
      "2026-12-02", "'Hours later' than the Wednesday afternoon strike", "Kiryat Shmona", "Northern District", "IL", "explosion",
      "unknown", "civilians", None, None, 1, None,
      "Hours later, a rocket fired from southern Lebanon struck the courtyard of a house in Kiryat Shmona, lightly wounding one woman, Israeli emergency services said. [...] No group claimed the launch, and the army said troops had fired artillery at the launch site.",
      note="no group claimed"),
    E("Israeli artillery fired at the rocket launch site in southern Lebanon.",
      "2026-12-02", "after the Wednesday rocket", "rocket launch site, southern Lebanon", None, "LB", "explosion",
      "Israeli security forces", "unknown", None, None, None, None,
      "No group claimed the launch, and the army said troops had fired artillery at the launch site.", optional=True,
      note="place not named"),
    E("Gunmen attacked a Syrian security checkpoint at the entrance of Tafas, killing two security personnel and wounding three.",
      "2026-12-02", "'late on Wednesday' before the Thursday 3 December 2026 page", "Tafas", "Daraa", "SY", "battle",
      "militants (unidentified)", "Syrian government forces", 2, None, 3, None,
      "In Daraa province, gunmen attacked a checkpoint of the Syrian security forces at the entrance of Tafas late on Wednesday, killing two members of the security forces and wounding three, the interior ministry said."),
    E("Syrian security forces arrested five men in raids in Tafas.",
      "2026-12-03", "'on Thursday morning', the day of the page", "Tafas", "Daraa", "SY", "arrest",
      "Syrian government forces", "unknown", None, None, None, None,
      "Security forces arrested five men in raids in Tafas on Thursday morning, the ministry added, without saying whether they were linked to the attack.", arrested=5),
    E("Israeli troops advanced into Jubata al-Khashab in Quneitra and detained three shepherds.",
      "2026-12-02", "'on Wednesday' before the Thursday 3 December 2026 page", "Jubata al-Khashab", "Quneitra", "SY", "arrest",
      "Israeli security forces", "civilians", None, None, None, None,
      "Separately, Israeli troops advanced into the village of Jubata al-Khashab in Quneitra province on Wednesday and detained three shepherds, Syrian state media reported.", arrested=3),
])

# ---- A4: round-up, Colombia and Venezuela
D("b7-10", "2026-11-16", "https://www.example-frontera-hoy.com/en/2026/11/16/border-roundup", "Frontera Hoy", "roundup", """
Border round-up: drones hit Saravena base; three soldiers die in Apure clash

Monday, 16 November 2026 | 07:40

COLOMBIA
Two soldiers were killed and nine wounded on Sunday when drones dropped explosives on an army base in Saravena, in the department of Arauca, the army said.

The army's Eighteenth Brigade blamed the National Liberation Army (ELN), which has been fighting FARC dissidents for control of the area since early last year.

The ELN did not comment, but in a message on social media on Sunday night the group's Eastern War Front said it "would answer every offensive of the oligarchy".

In Cúcuta, police arrested two men carrying grenades near the bus terminal on Sunday, the city's police commander said.

VENEZUELA
Across the river, three Venezuelan soldiers were killed in a clash with an armed group near La Victoria, in Apure state, on Saturday, Defence Minister Vladimir Padrino said.

Padrino said troops had "annihilated" four members of what the government calls "Tancol", its name for Colombian armed groups operating on Venezuelan soil, and seized rifles and a boat.

Soldiers also destroyed two camps and a cocaine laboratory in the area, he said.

Human rights groups in Apure said residents had fled several villages along the Arauca river after the fighting.

BACKGROUND
Fighting between the ELN and the dissidents in Arauca and across the border killed dozens of people in the first weeks of 2022, and displaced thousands.

Read more: Petro and Maduro's successors: what is left of border cooperation
""", [
    E("Drones dropped explosives on the army base in Saravena, Arauca, killing two soldiers and wounding nine; the army blamed the ELN.",
      "2026-11-15", "'on Sunday' before the Monday 16 November 2026 page", "army base, Saravena", "Arauca", "CO", "explosion",
      "ELN", "Colombian security forces", 2, None, 9, None,
      "Two soldiers were killed and nine wounded on Sunday when drones dropped explosives on an army base in Saravena, in the department of Arauca, the army said. [...] The army's Eighteenth Brigade blamed the National Liberation Army (ELN), which has been fighting FARC dissidents for control of the area since early last year.",
      note="attribution by the army; ELN did not comment"),
    E("Police in Cúcuta arrested two men carrying grenades near the bus terminal.",
      "2026-11-15", "'on Sunday' before the Monday page", "bus terminal, Cúcuta", "Norte de Santander", "CO", "arrest",
      "Colombian security forces", "unknown", None, None, None, None,
      "In Cúcuta, police arrested two men carrying grenades near the bus terminal on Sunday, the city's police commander said.", arrested=2),
    E("Venezuelan troops clashed with a Colombian armed group ('Tancol') near La Victoria, Apure: three soldiers and four group members killed.",
      "2026-11-14", "'on Saturday' before the Monday 16 November 2026 page", "near La Victoria", "Apure", "VE", "battle",
      "Venezuelan security forces", "Tancol", 7, None, None, None,
      "Across the river, three Venezuelan soldiers were killed in a clash with an armed group near La Victoria, in Apure state, on Saturday, Defence Minister Vladimir Padrino said. [...] Padrino said troops had \"annihilated\" four members of what the government calls \"Tancol\", its name for Colombian armed groups operating on Venezuelan soil, and seized rifles and a boat.",
      note="killed = 3 soldiers + 4 group members (ministry's count)"),
    E("Venezuelan soldiers destroyed two camps and a cocaine laboratory near La Victoria.",
      None, "not separately dated (around Saturday 14 November 2026)", "near La Victoria", "Apure", "VE", "other",
      "Venezuelan security forces", "Tancol", None, None, None, None,
      "Soldiers also destroyed two camps and a cocaine laboratory in the area, he said.", optional=True),
])

# ---- A5: round-up, Kenya, Somalia and Ethiopia
D("b7-11", "2026-11-27", "https://www.example-horn-observer.com/2026/11/27/horn-this-week", "Horn Observer", "roundup", """
Horn of Africa: roadside bomb kills three Kenyan police in Mandera; Somali troops retake El Baraf

Friday, November 27, 2026

KENYA
Three police officers were killed and two wounded on Thursday when their vehicle struck a roadside bomb near Elwak, in Mandera county, the county police commander said.

The officers, from the Rural Border Patrol Unit, were escorting a water tanker to a camp near the Somali border.

Al-Shabaab said on its Andalus radio that its fighters had planted the device.

SOMALIA
Across the border, Somali army troops backed by local militias recaptured the town of El Baraf, in the Middle Shabelle region, on Thursday after a day of fighting, the information ministry said.

It said 14 militants were killed in the operation, while a local elder told our correspondent that two soldiers had also died.

The town had been held by al-Shabaab since its fighters overran a government base there in August.

Residents who had fled to Jowhar began to return on Friday, the elder said.

ETHIOPIA
In the Amhara region, Fano militiamen and federal troops fought for several hours around Debre Markos on Wednesday, residents said.

A drone strike the same evening hit a market in the nearby village of Gozamen, killing six civilians, according to two residents and a health worker.

The federal government, which rarely comments on individual strikes, did not respond to requests for comment; only the military has drones in the region.

Telephone and internet services in much of Amhara remain cut.

Also this week: Djibouti hosted talks between Somalia and Ethiopia on the port dispute, which both sides called "constructive".
""", [
    E("A roadside bomb struck a Kenyan police vehicle near Elwak, Mandera, killing three officers and wounding two; al-Shabaab claimed it.",
      "2026-11-26", "'on Thursday' before Friday, November 27, 2026", "near Elwak", "Mandera", "KE", "explosion",
      "al-Shabaab", "Kenyan security forces", 3, None, 2, None,
      "Three police officers were killed and two wounded on Thursday when their vehicle struck a roadside bomb near Elwak, in Mandera county, the county police commander said. [...] Al-Shabaab said on its Andalus radio that its fighters had planted the device."),
    E("Somali army troops and local militias recaptured El Baraf, Middle Shabelle, from al-Shabaab; 14 militants and two soldiers killed.",
      "2026-11-26", "'on Thursday' before Friday, November 27, 2026", "El Baraf", "Middle Shabelle", "SO", "territory_gain",
      "Somali security forces", "al-Shabaab", 16, None, None, None,
      "Across the border, Somali army troops backed by local militias recaptured the town of El Baraf, in the Middle Shabelle region, on Thursday after a day of fighting, the information ministry said. [...] It said 14 militants were killed in the operation, while a local elder told our correspondent that two soldiers had also died.",
      note="killed = 14 militants (ministry) + 2 soldiers (elder)"),
    E("Fano militiamen and Ethiopian federal troops fought for several hours around Debre Markos.",
      "2026-11-25", "'on Wednesday' before Friday, November 27, 2026", "Debre Markos", "Amhara", "ET", "battle",
      "Fano", "Ethiopian security forces", None, None, None, None,
      "In the Amhara region, Fano militiamen and federal troops fought for several hours around Debre Markos on Wednesday, residents said."),
    E("A drone strike hit a market in Gozamen village near Debre Markos, killing six civilians.",
      "2026-11-25", "'the same evening' as Wednesday's fighting", "Gozamen", "Amhara", "ET", "explosion",
      "Ethiopian security forces", "civilians", 6, None, None, None,
      "A drone strike the same evening hit a market in the nearby village of Gozamen, killing six civilians, according to two residents and a health worker. [...] The federal government, which rarely comments on individual strikes, did not respond to requests for comment; only the military has drones in the region.",
      note="side told indirectly: only the military has drones there"),
])

# ---- A6: round-up, India and Pakistan
D("b7-12", "2025-06-03", "https://www.example-southasia-monitor.com/2025/06/03/security-digest", "South Asia Monitor", "roundup", """
Security digest | Tuesday, 3 June 2025

Two militants were killed in an encounter with security forces in Chinnigam village of Kulgam district on Monday, police said.

A joint team of the army, CRPF and Jammu and Kashmir Police had cordoned off the village after a tip-off, and the militants opened fire when the searchers approached a house.

One soldier was injured and is stable, the army's Chinar Corps said.

Police identified one of the dead as a local recruit of The Resistance Front who had joined the group last year.

Across the Line of Control, security forces in Pakistan suffered losses of their own.

Two Frontier Corps soldiers were killed and three wounded when a bomb planted by the roadside hit their vehicle in the Buleda area of Kech district, Balochistan, on Monday, the ISPR said.

The military's media wing said security forces had launched a search of the area to find "the perpetrators of this cowardly act".

No group claimed the blast by Tuesday afternoon.

In Karachi, police said they had arrested three suspected members of a banned outfit in Saddar on Monday night and recovered explosives.

In a separate statement, the Counter-Terrorism Department said the suspects had been planning attacks on Chinese nationals.

Last month's four-day conflict between the two countries, in which missiles and drones struck targets on both sides of the border, has left the security forces of both on high alert.
""", [
    E("Encounter in Chinnigam, Kulgam: two militants killed, one soldier injured.",
      "2025-06-02", "'on Monday' before Tuesday, 3 June 2025", "Chinnigam, Kulgam", "Jammu and Kashmir", "IN", "battle",
      "Indian security forces", "The Resistance Front", 2, None, 1, None,
      "Two militants were killed in an encounter with security forces in Chinnigam village of Kulgam district on Monday, police said. [...] One soldier was injured and is stable, the army's Chinar Corps said. [...] Police identified one of the dead as a local recruit of The Resistance Front who had joined the group last year.",
      note="'security forces' here are India's"),
    E("Roadside bomb hit a Frontier Corps vehicle in Buleda, Kech, killing two soldiers and wounding three.",
      "2025-06-02", "'on Monday' before Tuesday, 3 June 2025", "Buleda, Kech", "Balochistan", "PK", "explosion",
      "unknown", "Pakistani security forces", 2, None, 3, None,
      "Two Frontier Corps soldiers were killed and three wounded when a bomb planted by the roadside hit their vehicle in the Buleda area of Kech district, Balochistan, on Monday, the ISPR said. [...] No group claimed the blast by Tuesday afternoon.",
      note="unclaimed"),
    E("Karachi police arrested three suspected members of a banned outfit in Saddar and recovered explosives.",
      "2025-06-02", "'on Monday night' before Tuesday, 3 June 2025", "Saddar, Karachi", "Sindh", "PK", "arrest",
      "Pakistani security forces", "unknown", None, None, None, None,
      "In Karachi, police said they had arrested three suspected members of a banned outfit in Saddar on Monday night and recovered explosives.", arrested=3),
])

# ---- A7: round-up, Peru, Ecuador and Colombia
D("b7-13", "2026-10-07", "https://www.example-andean-wire.com/2026/10/07/andean-security-wrap", "Andean Wire", "roundup", """
ANDEAN SECURITY WRAP - Wednesday, October 7, 2026

LIMA/QUITO/BOGOTA (Andean Wire) - A soldier was killed and two were wounded when remnants of the Shining Path ambushed an army patrol near Vizcatán del Ene, in Peru's VRAEM valley, on Monday, the Joint Command of the Armed Forces said.

The patrol was returning from an operation against coca processing sites, the command said, adding that the attackers fled into the forest.

The VRAEM, where the last armed faction of the Maoist group shelters among coca growers, has seen sporadic ambushes for two decades.

In Ecuador, gunmen burst into a bar in the city of Durán, near Guayaquil, late on Tuesday and opened fire, killing five people and wounding three, police said.

Police said the attack was probably linked to a dispute between gangs over drug sales in the area, and that two of the dead had criminal records.

Durán has one of the highest murder rates in the country, and the government extended a state of emergency there last month.

In Colombia, a drone dropped an explosive on the police station in Jamundí, in Valle del Cauca, on Tuesday morning, wounding two police officers.

The police blamed the Jaime Martínez front of the FARC dissidents, which has carried out dozens of similar attacks in Cauca and southern Valle this year.

Police in all three countries are increasingly facing armed groups equipped with drones bought online, analysts say.

(Reporting by the Andean Wire desks; editing by M. Quispe)
""", [
    E("Shining Path remnants ambushed a Peruvian army patrol near Vizcatán del Ene, VRAEM, killing one soldier and wounding two.",
      "2026-10-05", "'on Monday' before Wednesday, October 7, 2026", "near Vizcatán del Ene", "Junín", "PE", "battle",
      "Shining Path", "Peruvian security forces", 1, None, 2, None,
      "LIMA/QUITO/BOGOTA (Andean Wire) - A soldier was killed and two were wounded when remnants of the Shining Path ambushed an army patrol near Vizcatán del Ene, in Peru's VRAEM valley, on Monday, the Joint Command of the Armed Forces said."),
    E("Gunmen opened fire in a bar in Durán, killing five people and wounding three.",
      "2026-10-06", "'late on Tuesday' before Wednesday, October 7, 2026", "bar, Durán", "Guayas", "EC", "attack_on_civilians",
      "militants (unidentified)", "civilians", 5, None, 3, None,
      "In Ecuador, gunmen burst into a bar in the city of Durán, near Guayaquil, late on Tuesday and opened fire, killing five people and wounding three, police said.",
      note="gang violence suspected; no group named"),
    E("A drone dropped an explosive on the police station in Jamundí, wounding two officers; police blamed the Jaime Martínez front of the FARC dissidents.",
      "2026-10-06", "'on Tuesday morning' before Wednesday, October 7, 2026", "police station, Jamundí", "Valle del Cauca", "CO", "explosion",
      "FARC dissidents", "Colombian security forces", None, None, 2, None,
      "In Colombia, a drone dropped an explosive on the police station in Jamundí, in Valle del Cauca, on Tuesday morning, wounding two police officers. [...] The police blamed the Jaime Martínez front of the FARC dissidents, which has carried out dozens of similar attacks in Cauca and southern Valle this year.",
      note="attribution by the police; killed null (none reported)"),
])

# ---- A8: round-up, Chad and Niger
D("b7-14", "2026-09-09", "https://www.example-lac-tchad-info.com/2026/09/09/lake-chad-and-tillaberi", "Lac Tchad Info", "roundup", """
Lake Chad and Tillabéri: a deadly start to the week

N'DJAMENA / NIAMEY, Wednesday 9 September 2026 - Boko Haram fighters attacked a Chadian army position on the island of Barkaram, in Lake Chad province, on Monday night, the army spokesman said on Tuesday.

Nine soldiers were killed and twelve wounded, and 17 attackers were killed when the troops counter-attacked at dawn, General Azem Bermandoa said.

The attackers came in about twenty motorised canoes, he said, and the army later pursued them across the islands.

President Mahamat Idriss Déby visited the wounded at the military hospital in N'Djamena on Tuesday.

In neighbouring Niger, gunmen on motorbikes killed twelve villagers in Gaigorou, in the Ouallam department of Tillabéri, on Sunday afternoon, local officials said.

Survivors said the attackers accused the villagers of informing the army and burned the village granaries before leaving.

The Islamic State Sahel Province, which has repeatedly attacked villages in the area, did not comment; local officials said they believed it was responsible.

Nigerien troops said separately that they had killed "more than twenty terrorists" in air and ground operations in the Tahoua region during the past week, without giving places or dates.

Both countries left the Multinational Joint Task Force's command structure last year, and their armies now coordinate only informally.

A regional summit on the Lake Chad basin is scheduled for October in Yaoundé.
""", [
    E("Boko Haram attacked a Chadian army position on Barkaram island: nine soldiers and 17 attackers killed, twelve soldiers wounded.",
      "2026-09-07", "'on Monday night' (overnight into Tuesday dawn) before Wednesday 9 September 2026; first night's date", "Barkaram island", "Lac", "TD", "battle",
      "Boko Haram", "Chadian security forces", 26, None, 12, None,
      "N'DJAMENA / NIAMEY, Wednesday 9 September 2026 - Boko Haram fighters attacked a Chadian army position on the island of Barkaram, in Lake Chad province, on Monday night, the army spokesman said on Tuesday. [...] Nine soldiers were killed and twelve wounded, and 17 attackers were killed when the troops counter-attacked at dawn, General Azem Bermandoa said.",
      note="killed = 9 soldiers + 17 attackers"),
    E("Gunmen on motorbikes killed twelve villagers in Gaigorou, Ouallam, and burned granaries; local officials suspect IS Sahel.",
      "2026-09-06", "'on Sunday afternoon' before Wednesday 9 September 2026", "Gaigorou, Ouallam", "Tillabéri", "NE", "attack_on_civilians",
      "Islamic State", "civilians", 12, None, None, None,
      "In neighbouring Niger, gunmen on motorbikes killed twelve villagers in Gaigorou, in the Ouallam department of Tillabéri, on Sunday afternoon, local officials said. [...] The Islamic State Sahel Province, which has repeatedly attacked villages in the area, did not comment; local officials said they believed it was responsible.",
      note="attribution by local officials only (Islamic State Sahel Province)"),
    E("Nigerien troops said they killed more than twenty militants in operations in Tahoua region over the past week.",
      None, "'during the past week', no dates", "Tahoua region", "Tahoua", "NE", "battle",
      "Nigerien security forces", "militants (unidentified)", 20, None, None, None,
      "Nigerien troops said separately that they had killed \"more than twenty terrorists\" in air and ground operations in the Tahoua region during the past week, without giving places or dates.", optional=True,
      note="aggregate of unnamed operations"),
])

# ---- B1: Quetta bombing, toll revised twice, bomber not counted
D("b7-15", "2026-11-10", "https://www.example-pk-daily.com/2026/11/10/quetta-sariab-road-blast-toll-rises", "Frontier Daily", "tolls", """
Death toll in Sariab Road suicide bombing rises to 16

QUETTA, Tuesday, 10 November 2026: The death toll from Monday's suicide bombing at a police checkpoint on Sariab Road rose to 16 on Tuesday after two more of the wounded died at the Civil Hospital, officials said.

The provincial health department had initially put the toll at nine on Monday afternoon, before raising it to 14 late at night as bodies were identified at the hospital's mortuary.

The toll does not include the bomber, whose head and legs were recovered at the scene, the police said.

Of the dead, six were policemen and ten were civilians, among them two schoolboys who were waiting for a rickshaw.

Thirty-one people were wounded in the blast, and eleven of them are still in hospital, three in critical condition, the hospital's medical superintendent said.

According to the police, the bomber approached the checkpoint on foot at about 8:40am and blew himself up when officers tried to search him.

A little-known group calling itself Ittehad-ul-Mujahideen Pakistan claimed responsibility, saying the attack was revenge for military operations in the province.

The Tehrik-i-Taliban Pakistan, with which the group is believed to be linked, denied any role.

Hours after the blast, counter-terrorism police raided a house in the Kili Ismail area and arrested two suspected facilitators, officials said on Tuesday.

The bombing was the deadliest in the city since the attack on the railway station in November 2024, in which more than 30 people died.

Read more: Balochistan's police ask for armoured vehicles after string of attacks

Chief Minister Sarfraz Bugti announced compensation of Rs1 million for each of the families of the dead.
""", [
    E("Suicide bombing at a police checkpoint on Sariab Road, Quetta: 16 killed (six police, ten civilians) plus the bomber; 31 wounded. Claimed by Ittehad-ul-Mujahideen Pakistan; TTP denied.",
      "2026-11-09", "'Monday's suicide bombing' in a Tuesday 10 November 2026 report", "police checkpoint, Sariab Road, Quetta", "Balochistan", "PK", "explosion",
      "Ittehad-ul-Mujahideen Pakistan", "Pakistani security forces", 17, None, 31, None,
      "The death toll from Monday's suicide bombing at a police checkpoint on Sariab Road rose to 16 on Tuesday after two more of the wounded died at the Civil Hospital, officials said. [...] The toll does not include the bomber, whose head and legs were recovered at the scene, the police said. [...] Thirty-one people were wounded in the blast, and eleven of them are still in hospital, three in critical condition, the hospital's medical superintendent said. [...] A little-known group calling itself Ittehad-ul-Mujahideen Pakistan claimed responsibility, saying the attack was revenge for military operations in the province.",
      note="killed = 16 (final, after 9 and 14) + the bomber; eleven 'still in hospital' is not the wounded count; TTP denial does not make it actor"),
    E("Counter-terrorism police arrested two suspected facilitators in a raid in Kili Ismail, Quetta.",
      "2026-11-09", "'Hours after the blast' on Monday", "Kili Ismail, Quetta", "Balochistan", "PK", "arrest",
      "Pakistani security forces", "Ittehad-ul-Mujahideen Pakistan", None, None, None, None,
      "Hours after the blast, counter-terrorism police raided a house in the Kili Ismail area and arrested two suspected facilitators, officials said on Tuesday.", arrested=2),
])

# ---- B2: Mogadishu hotel siege, toll including attackers, one more death next day, claim
D("b7-16", "2026-10-18", "https://www.example-horn-observer.com/2026/10/18/lido-hotel-siege-ends", "Horn Observer", "tolls", """
Lido beach hotel siege ends; toll rises to 13

MOGADISHU, Sunday, 18 October 2026 - Somali security forces ended a seven-hour siege of a beachfront hotel in Mogadishu early on Sunday, after an attack that left at least 12 people dead on Saturday night, including the five attackers, police said.

A woman who was wounded in the attack died in hospital on Sunday morning, raising the toll to 13, police spokesman Abdifatah Aden said.

The attack on the Hotel Bariga, on Lido beach, began at about 8pm when a car bomb exploded at the gate and gunmen stormed the building, where families were dining.

Aden said the dead included five civilians, two police officers and the attackers, all of whom were killed by special forces.

Nineteen people were wounded, according to the Aamin ambulance service, which said it had carried the injured to Medina and Erdogan hospitals.

Al-Shabaab claimed responsibility in a statement on its Telegram channels, saying its fighters had killed more than 30 "apostates", a figure police dismissed as propaganda.

The group has attacked hotels and restaurants on Lido beach several times, including in August 2023, when more than 30 people were killed.

Residents said the sound of gunfire and grenades continued until well after midnight.

Prime Minister Hamza Abdi Barre visited the scene on Sunday and promised to tighten security along the seafront.

Photo caption: Security forces outside the Hotel Bariga after the siege, Mogadishu, 18 October 2026.
""", [
    E("Al-Shabaab car bomb and gun assault on the Hotel Bariga, Lido beach, Mogadishu: 13 dead (five attackers, two police, six civilians after a woman died the next day), 19 wounded.",
      "2026-10-17", "'on Saturday night' before Sunday, 18 October 2026; siege ended early Sunday", "Hotel Bariga, Lido beach, Mogadishu", "Banaadir", "SO", "explosion",
      "al-Shabaab", "civilians", 13, None, 19, None,
      "Somali security forces ended a seven-hour siege of a beachfront hotel in Mogadishu early on Sunday, after an attack that left at least 12 people dead on Saturday night, including the five attackers, police said. [...] A woman who was wounded in the attack died in hospital on Sunday morning, raising the toll to 13, police spokesman Abdifatah Aden said. [...] The attack on the Hotel Bariga, on Lido beach, began at about 8pm when a car bomb exploded at the gate and gunmen stormed the building, where families were dining. [...] Nineteen people were wounded, according to the Aamin ambulance service, which said it had carried the injured to Medina and Erdogan hospitals. [...] Al-Shabaab claimed responsibility in a statement on its Telegram channels, saying its fighters had killed more than 30 \"apostates\", a figure police dismissed as propaganda.",
      note="13 includes the five attackers; al-Shabaab's claim of 30 not used; complex attack opening with a car bomb = explosion"),
])

# ---- B3: Mali, army count vs local count; perpetrators' claim
D("b7-17", "2026-11-04", "https://www.example-sahel-monitor.org/2026/11/04/dioura-camp-attack", "Sahel Monitor", "tolls", """
Dioura camp attack: army says four soldiers killed, local sources say far more

BAMAKO, Wednesday 4 November 2026 - Jihadist fighters attacked the army camp at Dioura, in central Mali, at dawn on Monday, in fighting that the armed forces said killed four soldiers and 23 assailants.

In a statement on Tuesday, the army general staff said the attack had been "vigorously repelled" and that 23 "terrorists" had been neutralised and their motorbikes destroyed.

An elected official in the area, speaking on condition of anonymity, said at least 15 soldiers had been buried in Dioura on Tuesday.

Two residents gave similar accounts, saying that several buildings in the camp had been set on fire.

The Group for the Support of Islam and Muslims (JNIM), al-Qaeda's Sahel branch, claimed the attack on Tuesday evening, saying it had killed 40 soldiers and captured two armoured vehicles.

The army did not give a figure for its wounded, but a health worker in Ténenkou said nine injured soldiers had been brought to the town's clinic.

Dioura was attacked in 2019 and again in 2023, when soldiers who had deserted took part in the assault.

Mali's junta rarely publishes its own losses, and figures given by the army and by the jihadists are impossible to verify independently.

Following the attack, the army said on Wednesday that its aircraft had struck the assailants as they withdrew towards the Wagadou forest, killing "dozens", but gave no details.

Read more: Mali's army and Africa Corps: who fights where
""", [
    E("JNIM attacked the Malian army camp at Dioura: army says four soldiers and 23 assailants killed; a local official says at least 15 soldiers were buried; nine wounded soldiers at Ténenkou.",
      "2026-11-02", "'at dawn on Monday' before Wednesday 4 November 2026", "army camp, Dioura", "Mopti", "ML", "battle",
      "JNIM", "Malian security forces", 27, 38, 9, None,
      "BAMAKO, Wednesday 4 November 2026 - Jihadist fighters attacked the army camp at Dioura, in central Mali, at dawn on Monday, in fighting that the armed forces said killed four soldiers and 23 assailants. [...] An elected official in the area, speaking on condition of anonymity, said at least 15 soldiers had been buried in Dioura on Tuesday. [...] The Group for the Support of Islam and Muslims (JNIM), al-Qaeda's Sahel branch, claimed the attack on Tuesday evening, saying it had killed 40 soldiers and captured two armoured vehicles. [...] The army did not give a figure for its wounded, but a health worker in Ténenkou said nine injured soldiers had been brought to the town's clinic.",
      note="killed = 4 soldiers + 23 assailants (army); high = 15 soldiers (local official) + 23; JNIM's claim of 40 not used"),
    E("Malian aircraft struck the withdrawing assailants towards the Wagadou forest, killing 'dozens'.",
      None, "after the Monday attack; day not given", "towards the Wagadou forest", "Ségou", "ML", "explosion",
      "Malian security forces", "JNIM", None, None, None, None,
      "Following the attack, the army said on Wednesday that its aircraft had struck the assailants as they withdrew towards the Wagadou forest, killing \"dozens\", but gave no details.", optional=True,
      note="'dozens' gives null; place only a direction"),
])

# ---- B4: Burkina Faso, government vs civil-society toll (NGO-release style)
D("b7-18", "2026-11-13", "https://www.example-rights-watch-sahel.org/releases/2026-11-13-solle", "Sahel Rights Observatory", "tolls", """
PRESS RELEASE - Burkina Faso: independent inquiry needed into killing of villagers in Sollé

Ouagadougou, 13 November 2026 - The Sahel Rights Observatory today called for an independent inquiry into the killing of villagers in Sollé, in Loroum province, on Tuesday 10 November.

According to the government, 18 civilians were killed when "armed terrorist groups" attacked the village in the early afternoon.

Lists of names compiled by the Collective of Loroum Communities, which the Observatory has seen, record 31 dead, among them eleven children.

Survivors told the Observatory that the attackers arrived on about forty motorbikes, gathered the men near the mosque and shot them.

At least 14 wounded villagers were taken to the health centre in Titao, a nurse there said.

The government said on Wednesday that the army and VDP, pursuing the attackers, had killed 12 of them near the village of Bahn the same day; the Observatory could not verify this figure.

Sollé was attacked in 2022 and 2024, and its residents have repeatedly asked for a permanent army post.

"The families of Sollé have a right to know how many of their own died and who killed them," the Observatory's director said.

The Observatory also recalled that the death of civilians in army operations in Soro in February 2024, in which more than 220 villagers were killed, has never been the subject of a trial.

Contact: press office, Sahel Rights Observatory.
""", [
    E("Armed men on motorbikes attacked Sollé village, Loroum, shooting villagers: government says 18 civilians killed, community lists record 31; at least 14 wounded.",
      "2026-11-10", "'on Tuesday 10 November' in a 13 November 2026 release", "Sollé", "Nord", "BF", "attack_on_civilians",
      "militants (unidentified)", "civilians", 18, 31, 14, None,
      "The Sahel Rights Observatory today called for an independent inquiry into the killing of villagers in Sollé, in Loroum province, on Tuesday 10 November. [...] According to the government, 18 civilians were killed when \"armed terrorist groups\" attacked the village in the early afternoon. [...] Lists of names compiled by the Collective of Loroum Communities, which the Observatory has seen, record 31 dead, among them eleven children. [...] At least 14 wounded villagers were taken to the health centre in Titao, a nurse there said.",
      note="two sources: government 18, community lists 31"),
    E("Burkinabe army and VDP pursuing the attackers killed 12 of them near Bahn.",
      "2026-11-10", "'the same day' as Tuesday 10 November 2026", "near Bahn", "Nord", "BF", "battle",
      "Burkinabe security forces", "militants (unidentified)", 12, None, None, None,
      "The government said on Wednesday that the army and VDP, pursuing the attackers, had killed 12 of them near the village of Bahn the same day; the Observatory could not verify this figure.",
      note="government figure, unverified"),
])

# ---- B5: Afghanistan, two sources' tolls
D("b7-19", "2026-11-06", "https://www.example-kabul-now.com/2026/11/06/pul-e-khumri-mosque-blast", "Kabul Now (English)", "tolls", """
Blast at Shia mosque in Pul-e-Khumri: Taliban say three dead, hospital staff say seven

An explosion ripped through a Shia mosque in Pul-e-Khumri, the capital of Baghlan province, during evening prayers on Thursday.

Taliban provincial spokesman Mawlawi Abdul Hai said three worshippers had been killed and twelve wounded, and that "the perpetrators will be found and punished".

But two staff members at the provincial hospital, who spoke on condition of anonymity because they were not allowed to talk to the media, said seven bodies had been brought in and that 21 wounded were being treated.

A resident who attended funerals on Friday morning said he had counted seven graves.

The Taliban have often been accused of playing down the tolls of attacks on the Shia Hazara community, which they deny.

No group claimed the blast by Friday afternoon.

The mosque, in the Khwaja Ghar neighbourhood, had been hit by a grenade attack in 2023 that wounded four people.

Islamic State's Khorasan branch has claimed most of the large attacks on Shia mosques in the north since 2021, including a suicide bombing in Kunduz that killed dozens.

The United Nations mission in Afghanistan condemned the attack and called for the protection of places of worship.

Read more: Hazaras in the north say security has not improved

Photo caption: Relatives outside the Baghlan provincial hospital on Friday.

Published 6 November 2026
""", [
    E("Explosion at a Shia mosque in Khwaja Ghar, Pul-e-Khumri, during evening prayers: Taliban say 3 killed and 12 wounded; hospital staff say 7 killed and 21 wounded.",
      "2026-11-05", "'on Thursday'; page published 6 November 2026 (a Friday)", "Shia mosque, Khwaja Ghar, Pul-e-Khumri", "Baghlan", "AF", "explosion",
      "unknown", "civilians", 3, 7, 12, 21,
      "An explosion ripped through a Shia mosque in Pul-e-Khumri, the capital of Baghlan province, during evening prayers on Thursday. [...] Taliban provincial spokesman Mawlawi Abdul Hai said three worshippers had been killed and twelve wounded, and that \"the perpetrators will be found and punished\". [...] But two staff members at the provincial hospital, who spoke on condition of anonymity because they were not allowed to talk to the media, said seven bodies had been brought in and that 21 wounded were being treated. [...] No group claimed the blast by Friday afternoon.",
      note="two sources' tolls; unclaimed (IS-K only mentioned as background)"),
])

# ---- B6: Colombia, counts by side, a soldier dies next day, rebels' claim
D("b7-20", "2026-11-30", "https://www.example-co-semanal.com/en/conflict/2026/11/30/el-plateado-fighting", "El Semanal (English edition)", "tolls", """
Eight dead in El Plateado fighting as wounded soldier dies in Popayán

POPAYÁN, Colombia, Monday, 30 November 2026 - A soldier wounded in Saturday's fighting in El Plateado died in hospital in Popayán on Sunday, bringing the toll of the clash between the army and FARC dissidents in Cauca to eight, the army said on Monday.

The army had said on Saturday night that two soldiers and five members of the Carlos Patiño front had been killed when troops of the Third Division came under fire on the outskirts of the village, in the Argelia municipality.

Six soldiers were wounded, one of whom died on Sunday; three remain in hospital, one in intensive care.

The dissidents, who belong to the faction led by Iván Mordisco, said in a statement that they had killed twelve soldiers and lost no fighters, a claim the army called "false and grotesque".

The fighting lasted about five hours, residents said, and some families sheltered in the village school.

Troops recovered five rifles and a drone from the area after the fighting, the army said.

The army entered El Plateado in October 2024 in an operation meant to retake the area from the dissidents, who control much of the coca crop in the Micay canyon.

Since then, soldiers stationed there have faced near-daily drone attacks and sniper fire.

The government's peace commissioner said talks with the faction remained suspended.

Defence Minister Pedro Sánchez is expected to visit Popayán on Tuesday.
""", [
    E("FARC dissidents (Carlos Patiño front) and the Colombian army clashed on the outskirts of El Plateado, Argelia: three soldiers (one dying the next day) and five dissidents killed; six soldiers wounded.",
      "2026-11-28", "'Saturday's fighting' before Monday, 30 November 2026", "El Plateado, Argelia", "Cauca", "CO", "battle",
      "FARC dissidents", "Colombian security forces", 8, None, 5, None,
      "A soldier wounded in Saturday's fighting in El Plateado died in hospital in Popayán on Sunday, bringing the toll of the clash between the army and FARC dissidents in Cauca to eight, the army said on Monday. [...] The army had said on Saturday night that two soldiers and five members of the Carlos Patiño front had been killed when troops of the Third Division came under fire on the outskirts of the village, in the Argelia municipality. [...] Six soldiers were wounded, one of whom died on Sunday; three remain in hospital, one in intensive care. [...] The dissidents, who belong to the faction led by Iván Mordisco, said in a statement that they had killed twelve soldiers and lost no fighters, a claim the army called \"false and grotesque\".",
      note="killed = 2 + 5 + the wounded soldier who died Sunday = 8; wounded = 6 less the one who died = 5; 'three remain in hospital' is not the count; dissidents' claim of 12 not used"),
])

# ---- B7: Lebanon, health ministry revises toll; Hezbollah count of its own
D("b7-21", "2026-10-21", "https://www.example-levant24.com/news/2026/10/21/bint-jbeil-strike-toll", "Levant24", "tolls", """
Bint Jbeil strike: toll rises to five, including two children

BEIRUT - Wednesday, 21 October 2026

The toll from an Israeli strike on a house in Bint Jbeil rose to five on Wednesday, including two children, Lebanon's health ministry said, after rescuers pulled two more bodies from the rubble.

The ministry had reported three dead and nine wounded shortly after the strike on Tuesday evening.

Hezbollah said in a statement that two of its fighters were among the dead, naming them as residents of the town.

The Israeli military said its aircraft had struck "a Hezbollah weapons storage facility" hidden in a residential building, and that it had taken steps to reduce harm to civilians.

Neighbours said the family living on the ground floor had no link to the group.

Of the nine wounded, four were still in hospital in Tebnine on Wednesday, the hospital director said.

The strike was the deadliest in Lebanon since the ceasefire of November 2024, under which Israel was to withdraw from the south.

Israel has carried out near-daily strikes since then, saying it is preventing Hezbollah from rebuilding, while Lebanon's army says the strikes undermine its deployment.

Read more: Lebanese army completes deployment south of the Litani, officials say

Separately, an Israeli drone dropped a stun grenade near farmers in the village of Kfarchouba on Wednesday morning, without causing injuries, the state news agency NNA reported.
""", [
    E("Israeli airstrike on a house in Bint Jbeil killed five, including two children and two Hezbollah fighters; nine wounded.",
      "2026-10-20", "'on Tuesday evening' before Wednesday, 21 October 2026", "Bint Jbeil", "Nabatieh", "LB", "explosion",
      "Israeli security forces", "Hezbollah", 5, None, 9, None,
      "The toll from an Israeli strike on a house in Bint Jbeil rose to five on Wednesday, including two children, Lebanon's health ministry said, after rescuers pulled two more bodies from the rubble. [...] The ministry had reported three dead and nine wounded shortly after the strike on Tuesday evening. [...] Hezbollah said in a statement that two of its fighters were among the dead, naming them as residents of the town.",
      note="revised toll 5 stands over the first 3; four 'still in hospital' is not the count; victims mixed (Hezbollah and civilians)"),
    E("Israeli drone dropped a stun grenade near farmers in Kfarchouba, no injuries.",
      "2026-10-21", "'on Wednesday morning', the day of the page (Wednesday, 21 October 2026)", "Kfarchouba", "Nabatieh", "LB", "explosion",
      "Israeli security forces", "civilians", 0, None, 0, None,
      "Separately, an Israeli drone dropped a stun grenade near farmers in the village of Kfarchouba on Wednesday morning, without causing injuries, the state news agency NNA reported.",
      note="'without causing injuries' gives 0"),
])

# ---- B8: Kenya, Lamu bus IED: initial toll, deaths in hospital, still in hospital
D("b7-22", "2026-09-16", "https://www.example-kenya-standard.com/coast/2026/09/16/lamu-bus-bomb-toll", "Coast Standard", "tolls", """
Lamu bus bombing toll rises to eight as two die in hospital

By Coast Bureau | Wednesday, September 16, 2026

Two more passengers injured when a bus struck an explosive device on the Milihoi-Mpeketoni road in Lamu County on Monday died in hospital on Tuesday, raising the death toll to eight, police said.

Six passengers were killed on the spot when the bus, travelling from Mokowe to Mpeketoni, hit the improvised explosive device at about 7am.

Lamu County Commissioner Louis Rono said 15 passengers had been wounded in total, including the two who later died.

Four of the wounded remain in hospital at King Fahad County Hospital in Lamu, while nine were treated and discharged, he said.

Police blamed al-Shabaab militants hiding in the Boni forest, who have planted similar devices on roads in the county since 2014.

The group did not claim the attack.

On Tuesday, officers from the General Service Unit killed two suspected militants in a shootout in the Boni forest near Bodhei, the police said, adding that one officer was wounded.

Transport operators suspended night travel on the road, and the government said buses would travel only under escort.

In 2014, al-Shabaab gunmen killed about 60 people in attacks on Mpeketoni and nearby villages.

Residents said they feared a return to those years.

Read more: Inside the Boni forest operation, ten years on
""", [
    E("A bus hit an IED on the Milihoi-Mpeketoni road, Lamu: eight passengers dead (six on the spot, two in hospital next day), 15 wounded in total; police blamed al-Shabaab.",
      "2026-09-14", "'on Monday' before Wednesday, September 16, 2026", "Milihoi-Mpeketoni road", "Lamu", "KE", "explosion",
      "al-Shabaab", "civilians", 8, None, 13, None,
      "Two more passengers injured when a bus struck an explosive device on the Milihoi-Mpeketoni road in Lamu County on Monday died in hospital on Tuesday, raising the death toll to eight, police said. [...] Six passengers were killed on the spot when the bus, travelling from Mokowe to Mpeketoni, hit the improvised explosive device at about 7am. [...] Lamu County Commissioner Louis Rono said 15 passengers had been wounded in total, including the two who later died. [...] Police blamed al-Shabaab militants hiding in the Boni forest, who have planted similar devices on roads in the county since 2014.",
      note="killed 8; wounded = 15 less the two who died = 13 (4 still in hospital + 9 discharged); attribution by police, unclaimed"),
    E("GSU officers killed two suspected militants in a shootout in the Boni forest near Bodhei; one officer wounded.",
      "2026-09-15", "'On Tuesday' before Wednesday, September 16, 2026", "Boni forest near Bodhei", "Lamu", "KE", "battle",
      "Kenyan security forces", "al-Shabaab", 2, None, 1, None,
      "On Tuesday, officers from the General Service Unit killed two suspected militants in a shootout in the Boni forest near Bodhei, the police said, adding that one officer was wounded.",
      note="'suspected militants'; al-Shabaab by context"),
])

# ---- C1: Pakistan, claim in an apposition; a second incident left unclaimed
D("b7-23", "2026-11-03", "https://www.example-pk-daily.com/2026/11/03/lakki-marwat-police-van-attack", "Frontier Daily", "perpetrator", """
Two policemen martyred in Lakki Marwat attack; soldier killed in North Waziristan blast

LAKKI MARWAT, Tuesday, 3 November 2026: Two policemen were martyred on Sunday evening when gunmen opened fire on their van near the Tajori police station in Lakki Marwat, an attack later claimed by the Tehrik-i-Taliban Pakistan, police said.

A third policeman was injured and shifted to the district hospital.

The attackers fled on motorcycles towards the Marwat canal, police added.

The district has been a hotbed of militancy since 2023, and police there staged a sit-in last year to demand that the army leave operations to them.

In a separate incident on Monday, a soldier was killed and two were injured when an improvised explosive device went off near their vehicle in the Mir Ali area of North Waziristan, the military's media wing said.

No one claimed the Mir Ali blast.

The ISPR said a clearance operation was under way in the area and that "those responsible will be brought to justice".

Khyber Pakhtunkhwa's chief minister condemned both attacks and ordered that the injured be given the best possible care.

Police in the province have lost more than 100 officers to militant attacks this year, according to official figures.

The TTP ended a ceasefire with the government in November 2022.
""", [
    E("Gunmen fired on a police van near Tajori police station, Lakki Marwat, killing two policemen and injuring one; claimed by the TTP.",
      "2026-11-01", "'on Sunday evening' before Tuesday, 3 November 2026", "near Tajori police station, Lakki Marwat", "Khyber Pakhtunkhwa", "PK", "battle",
      "Tehrik-i-Taliban Pakistan", "Pakistani security forces", 2, None, 1, None,
      "Two policemen were martyred on Sunday evening when gunmen opened fire on their van near the Tajori police station in Lakki Marwat, an attack later claimed by the Tehrik-i-Taliban Pakistan, police said. [...] A third policeman was injured and shifted to the district hospital.",
      note="perpetrator named only in the trailing apposition"),
    E("IED blast near an army vehicle in Mir Ali, North Waziristan, killed a soldier and injured two; unclaimed.",
      "2026-11-02", "'on Monday' before Tuesday, 3 November 2026", "Mir Ali", "Khyber Pakhtunkhwa", "PK", "explosion",
      "unknown", "Pakistani security forces", 1, None, 2, None,
      "In a separate incident on Monday, a soldier was killed and two were injured when an improvised explosive device went off near their vehicle in the Mir Ali area of North Waziristan, the military's media wing said. [...] No one claimed the Mir Ali blast.",
      note="the TTP claim in paragraph 1 belongs to the other incident"),
])

# ---- C2: Niger, 'the group' several sentences later
D("b7-24", "2026-10-14", "https://www.example-lac-tchad-info.com/2026/10/14/banibangou-ambush", "Lac Tchad Info", "perpetrator", """
Eight soldiers killed in ambush near Banibangou

NIAMEY, Wednesday 14 October 2026 - Eight Nigerien soldiers were killed and five wounded on Monday when their patrol was ambushed near Banibangou, in the Tillabéri region close to the border with Mali, the defence ministry said on Tuesday evening.

The ministry said the patrol had been escorting traders to the weekly market and was attacked by "a large number of terrorists" using motorbikes and a pick-up truck mounted with a heavy machine gun.

Reinforcements arrived by air and the attackers fled towards the Malian border, the ministry added, without saying whether any of them had been killed.

Banibangou lies in the area where the borders of Niger, Mali and Burkina Faso meet, where both the Islamic State Sahel Province and its al-Qaeda-linked rival JNIM operate.

JNIM's fighters are more active further south, near the border with Burkina Faso, analysts say.

On Wednesday, photos of rifles, ammunition boxes and a burned army truck appeared on the Islamic State's Amaq news agency.

In an accompanying statement, the group said its fighters had "ambushed a column of the Nigerien apostate army" near Banibangou and killed 15 soldiers.

The ministry has not responded to the claim.

Niger's military government has declared three days of national mourning.

In 2021, more than 60 civilians were killed in attacks on villages around Banibangou, and a 2019 attack on a nearby base killed 71 soldiers.
""", [
    E("Ambush on a Nigerien army patrol near Banibangou: eight soldiers killed, five wounded; Islamic State (Sahel Province) claimed it via Amaq.",
      "2026-10-12", "'on Monday' before Wednesday 14 October 2026", "near Banibangou", "Tillabéri", "NE", "battle",
      "Islamic State", "Nigerien security forces", 8, None, 5, None,
      "NIAMEY, Wednesday 14 October 2026 - Eight Nigerien soldiers were killed and five wounded on Monday when their patrol was ambushed near Banibangou, in the Tillabéri region close to the border with Mali, the defence ministry said on Tuesday evening. [...] On Wednesday, photos of rifles, ammunition boxes and a burned army truck appeared on the Islamic State's Amaq news agency. [...] In an accompanying statement, the group said its fighters had \"ambushed a column of the Nigerien apostate army\" near Banibangou and killed 15 soldiers.",
      note="actor from 'the group' (Islamic State, via Amaq) four sentences after the incident; claimed toll 15 not used; JNIM only background"),
])

# ---- C3: Somalia, the state blames a group that denies it
D("b7-25", "2026-11-19", "https://www.example-horn-observer.com/2026/11/19/bakara-market-blast", "Horn Observer", "perpetrator", """
Bakara market blast kills four; al-Shabaab denies government accusation

MOGADISHU, Thursday, 19 November 2026 - A bomb hidden in a handcart exploded near the money-changers' stalls in Mogadishu's Bakara market on Wednesday afternoon, killing four people and wounding ten, police and witnesses said.

The blast destroyed several kiosks and set fire to a fuel stall, said a trader, Hassan Mohamud, who was wounded in the arm.

Hours later, Internal Security Minister Abdullahi Sheikh Ismail accused al-Shabaab of carrying out the attack "to punish traders who pay their taxes to the government".

But the group, which usually claims its attacks quickly, said on its radio on Thursday morning that it "had no hand" in the blast and blamed a dispute between businessmen.

Traders in the market have long paid "zakat" to the militants, and some have been killed for refusing, but several businessmen have also been killed in disputes over property.

Police said they had arrested the owner of the handcart and two other men on Wednesday evening.

Bakara, the city's largest market, was the scene of some of the heaviest fighting between al-Shabaab and African Union troops in 2010 and 2011.

The market's traders' association called a one-day strike in protest at what it called the lack of security.

The market reopened on Thursday under a heavy police presence.
""", [
    E("A bomb in a handcart exploded by the money-changers' stalls in Bakara market, Mogadishu, killing four and wounding ten; government blamed al-Shabaab, which denied it.",
      "2026-11-18", "'on Wednesday afternoon' before Thursday, 19 November 2026", "Bakara market, Mogadishu", "Banaadir", "SO", "explosion",
      "unknown", "civilians", 4, None, 10, None,
      "A bomb hidden in a handcart exploded near the money-changers' stalls in Mogadishu's Bakara market on Wednesday afternoon, killing four people and wounding ten, police and witnesses said. [...] Hours later, Internal Security Minister Abdullahi Sheikh Ismail accused al-Shabaab of carrying out the attack \"to punish traders who pay their taxes to the government\". [...] But the group, which usually claims its attacks quickly, said on its radio on Thursday morning that it \"had no hand\" in the blast and blamed a dispute between businessmen.",
      note="accused by the government, denied by al-Shabaab, unclaimed: actor1 unknown (a coder following the government would write al-Shabaab)"),
    E("Police arrested the handcart's owner and two other men.",
      "2026-11-18", "'on Wednesday evening' before Thursday, 19 November 2026", "Mogadishu", "Banaadir", "SO", "arrest",
      "Somali security forces", "civilians", None, None, None, None,
      "Police said they had arrested the owner of the handcart and two other men on Wednesday evening.", arrested=3),
])

# ---- C4: Syria, no perpetrator at all
D("b7-26", "2026-11-02", "https://www.example-syria-direct.com/2026/11/02/azaz-car-bomb", "Syria Direct Today", "perpetrator", """
Car bomb kills six in Azaz vegetable market

A car bomb exploded at the entrance of the vegetable market in Azaz, in the northern Aleppo countryside, on Sunday morning, killing six people and wounding 23, the Syrian Civil Defence said.

Among the dead were a child and two farmers who had brought produce from nearby villages, the rescue service said.

The explosion set fire to several shops and cars, and firefighters took two hours to put out the blaze.

Nobody claimed responsibility for the attack, and the local authorities did not accuse anyone.

Azaz, near the Turkish border, has been hit by dozens of car bombs since 2016.

Past attacks have been blamed variously on the Islamic State group, on Kurdish-led forces and on rival armed factions, though few were ever claimed.

The interior ministry in Damascus, which took over security in the area this year, said it had opened an investigation.

Residents said the market had been crowded because Sunday is the main day for wholesale trade.

In a separate development on Sunday, government forces said they had dismantled an explosive device found under a bridge near Mare', a few kilometres to the south.

Photo caption: Civil Defence workers at the site of the blast in Azaz on 1 November 2026.

02/11/2026
""", [
    E("Car bomb at the entrance of the vegetable market in Azaz killed six and wounded 23; unclaimed and unattributed.",
      "2026-11-01", "'on Sunday morning'; page stamp 02/11/2026 (Monday) and caption dated 1 November 2026", "vegetable market, Azaz", "Aleppo", "SY", "explosion",
      "unknown", "civilians", 6, None, 23, None,
      "A car bomb exploded at the entrance of the vegetable market in Azaz, in the northern Aleppo countryside, on Sunday morning, killing six people and wounding 23, the Syrian Civil Defence said. [...] Nobody claimed responsibility for the attack, and the local authorities did not accuse anyone.",
      note="groups named only for past attacks"),
    E("Syrian government forces dismantled an explosive device found under a bridge near Mare'.",
      "2026-11-01", "'on Sunday'", "bridge near Mare'", "Aleppo", "SY", "other",
      "Syrian government forces", "none", None, None, None, None,
      "In a separate development on Sunday, government forces said they had dismantled an explosive device found under a bridge near Mare', a few kilometres to the south.",
      note="disrupted weapons use"),
])

# ---- C5: India (Manipur), gunmen never identified
D("b7-27", "2026-10-26", "https://www.example-northeast-today.com/manipur/2026/10/26/jiribam-firing", "Northeast Today", "perpetrator", """
Three killed as gunmen fire on farm huts in Jiribam; curfew imposed

IMPHAL, Oct 26 (Monday): Three farmers were killed and one was wounded when unidentified gunmen opened fire on farm huts at Borobekra in Manipur's Jiribam district on Saturday night, police said.

The victims had been guarding their paddy fields ahead of the harvest, the police said.

The attackers fired from the hills overlooking the fields and escaped under cover of darkness, according to the district superintendent of police.

The district administration imposed a curfew on Sunday as crowds gathered outside the police station demanding the arrest of the attackers.

Leaders of both the Meitei and Kuki-Zo communities condemned the killings, and each accused the other side's armed volunteers of trying to stoke violence.

Police declined to say which community the victims belonged to, citing the risk of reprisals.

On Sunday, security forces conducted search operations in the surrounding hills and detained four men for questioning, an official said.

Ethnic violence in Manipur has killed more than 250 people since May 2023, and Jiribam saw some of the worst of it in November 2024.

The state has been under President's Rule since February 2025.

Read more: Manipur's buffer zones: who guards the fields?
""", [
    E("Unidentified gunmen fired on farm huts at Borobekra, Jiribam, killing three farmers and wounding one.",
      "2026-10-24", "'on Saturday night' before Monday 26 October 2026", "Borobekra", "Manipur", "IN", "attack_on_civilians",
      "militants (unidentified)", "civilians", 3, None, 1, None,
      "IMPHAL, Oct 26 (Monday): Three farmers were killed and one was wounded when unidentified gunmen opened fire on farm huts at Borobekra in Manipur's Jiribam district on Saturday night, police said.",
      note="communities' mutual accusations do not name a perpetrator"),
    E("Indian security forces detained four men in searches of the hills around Borobekra.",
      "2026-10-25", "'On Sunday' before Monday 26 October 2026", "hills around Borobekra", "Manipur", "IN", "arrest",
      "Indian security forces", "unknown", None, None, None, None,
      "On Sunday, security forces conducted search operations in the surrounding hills and detained four men for questioning, an official said.", arrested=4),
])

# ---- C6: Colombia, the ELN named late through 'its fighters'
D("b7-28", "2026-08-12", "https://www.example-frontera-hoy.com/en/2026/08/12/tibu-police-ambush", "Frontera Hoy", "perpetrator", """
Two police officers killed in Catatumbo ambush

Wednesday, 12 August 2026

Two police officers were killed and another was wounded on Tuesday when their patrol was attacked with rifles and explosives on the road between Tibú and the hamlet of Campo Dos, in Norte de Santander, the police said.

The officers were returning from guarding a voter registration office, police commander Colonel Andrés Bernal said.

The wounded officer was airlifted to Cúcuta and is in a stable condition.

Local officials said residents had heard explosions and long bursts of gunfire for about twenty minutes.

Catatumbo has been a stronghold of the coca trade for decades, and the FARC dissidents of the 33rd front and the ELN have fought each other there since January 2025, when more than 80 people were killed and tens of thousands fled.

The dissidents' commanders said on Tuesday night that they had "nothing to do" with the attack.

In a statement posted on Wednesday, the ELN said its fighters had acted against "a police unit that protects drug traffickers" and warned that it would treat police patrols in the region as military targets.

The Defence Ministry called the statement "a confession" and offered a reward of 200 million pesos for information leading to those responsible.

President's office officials said the attack would not stop the elections in the region.
""", [
    E("Police patrol attacked with rifles and explosives between Tibú and Campo Dos: two officers killed, one wounded; the ELN said its fighters carried it out.",
      "2026-08-11", "'on Tuesday' before Wednesday, 12 August 2026", "road between Tibú and Campo Dos", "Norte de Santander", "CO", "battle",
      "ELN", "Colombian security forces", 2, None, 1, None,
      "Two police officers were killed and another was wounded on Tuesday when their patrol was attacked with rifles and explosives on the road between Tibú and the hamlet of Campo Dos, in Norte de Santander, the police said. [...] The dissidents' commanders said on Tuesday night that they had \"nothing to do\" with the attack. [...] In a statement posted on Wednesday, the ELN said its fighters had acted against \"a police unit that protects drug traffickers\" and warned that it would treat police patrols in the region as military targets.",
      note="ambush of a patrol by gunfire and explosives = battle; dissidents denied, ELN claimed"),
])

# ---- C7: Burkina Faso, survivors blame the army, government denies
D("b7-29", "2026-10-09", "https://www.example-sahel-monitor.org/2026/10/09/dablo-killings", "Sahel Monitor", "perpetrator", """
Survivors say soldiers killed 19 in Dablo; government blames 'terrorists in uniform'

OUAGADOUGOU, Friday 9 October 2026 - Nineteen people, most of them elderly men, were shot dead in the village of Dablo, in the Sanmatenga province, on Sunday, according to survivors and a list of victims seen by Sahel Monitor.

Three survivors, interviewed separately by telephone, said the killers arrived in armoured vehicles and pick-up trucks, wore army uniforms and were accompanied by men they recognised as members of the Volunteers for the Defence of the Homeland (VDP) from a neighbouring town.

They said the men accused the villagers of feeding jihadists, separated the Fulani residents and shot them behind the school.

"They spoke Mooré and French, and they had the national flag on their vehicles," one survivor said.

In a statement on Wednesday, the government denied that its forces had been in Dablo that day and said the killings were the work of "terrorists disguised in military uniforms".

It said an investigation had been opened.

Human rights groups have documented several massacres by soldiers and VDP since 2023, including the killing of more than 200 villagers in Nondin and Soro in February 2024, which the government also denied.

Fulani community associations called for an international inquiry.

Sahel Monitor was unable to reach the area, which has been cut off by fighting for months.
""", [
    E("Nineteen villagers, mostly elderly Fulani men, were shot dead in Dablo; survivors say soldiers and VDP did it, the government denies and blames militants in uniform.",
      "2026-10-04", "'on Sunday' before Friday 9 October 2026", "Dablo", "Centre-Nord", "BF", "attack_on_civilians",
      "Burkinabe security forces", "civilians", 19, None, None, None,
      "OUAGADOUGOU, Friday 9 October 2026 - Nineteen people, most of them elderly men, were shot dead in the village of Dablo, in the Sanmatenga province, on Sunday, according to survivors and a list of victims seen by Sahel Monitor. [...] Three survivors, interviewed separately by telephone, said the killers arrived in armoured vehicles and pick-up trucks, wore army uniforms and were accompanied by men they recognised as members of the Volunteers for the Defence of the Homeland (VDP) from a neighbouring town. [...] In a statement on Wednesday, the government denied that its forces had been in Dablo that day and said the killings were the work of \"terrorists disguised in military uniforms\".",
      note="actor from survivors' accounts (army with VDP); the government denies; contested"),
])

# ---- C8: Pakistan, passengers killed; BLA claim at the end, state blames 'Fitna al-Hindustan'
D("b7-30", "2026-08-25", "https://www.example-regional-wire.com/2026/08/25/kalat-highway-killings", "Regional Wire", "perpetrator", """
Seven bus passengers pulled off and shot on Quetta-Karachi highway

QUETTA, Aug 25 (Regional Wire) - Gunmen stopped two passenger buses on the Quetta-Karachi highway near Mangochar, in Kalat district, late on Monday, checked the identity cards of those on board and shot dead seven men from Punjab, officials said on Tuesday.

The Kalat deputy commissioner said the gunmen had blocked the road with a truck at about 11pm and that around 20 of them took part.

Two other passengers were wounded when they tried to run away, he said.

The bodies were found in a dry riverbed near the highway and taken to Kalat's district hospital on Tuesday morning.

Balochistan's government spokesman said "Fitna al-Hindustan", the term the state uses for Baloch separatist groups it says are backed by India, was behind the killings.

Traffic on the highway was suspended for several hours on Tuesday.

Similar killings of travellers from Punjab took place in Musakhel and Bela in 2024 and in Kalat in 2025.

Relatives of the dead staged a protest outside the Quetta press club, demanding protection for labourers working in the province.

Late on Tuesday, the Baloch Liberation Army's spokesman Jeeyand Baloch said in a statement that its fighters had "carried out a checkpoint on the highway" and had killed "personnel of the occupying forces travelling in civilian clothes", a claim officials rejected.

Read more: Who are Balochistan's separatist groups?
""", [
    E("Gunmen stopped two buses near Mangochar, Kalat, and shot dead seven passengers from Punjab, wounding two; the BLA claimed it.",
      "2026-08-24", "'late on Monday' before Tuesday Aug 25 (2026)", "Quetta-Karachi highway near Mangochar", "Balochistan", "PK", "attack_on_civilians",
      "Baloch Liberation Army", "civilians", 7, None, 2, None,
      "QUETTA, Aug 25 (Regional Wire) - Gunmen stopped two passenger buses on the Quetta-Karachi highway near Mangochar, in Kalat district, late on Monday, checked the identity cards of those on board and shot dead seven men from Punjab, officials said on Tuesday. [...] Two other passengers were wounded when they tried to run away, he said. [...] Late on Tuesday, the Baloch Liberation Army's spokesman Jeeyand Baloch said in a statement that its fighters had \"carried out a checkpoint on the highway\" and had killed \"personnel of the occupying forces travelling in civilian clothes\", a claim officials rejected.",
      note="state blames 'Fitna al-Hindustan' (generic label); BLA claim names the actor; victims civilians per officials"),
])

# ---------------------------------------------------------------- figures (cumulative tolls, not incidents)
FIGS = {
    "b7-03": [{"what": "deaths in events involving JNIM, 2017-2024 (ACLED)", "value": 11000, "place": "Sahel",
               "evidence": "ACLED counted more than 11,000 deaths in events involving the group between 2017 and 2024.", "note": "'more than'"}],
    "b7-23": [{"what": "police killed in militant attacks in Khyber Pakhtunkhwa this year", "value": 100, "place": "Khyber Pakhtunkhwa",
               "evidence": "Police in the province have lost more than 100 officers to militant attacks this year, according to official figures.", "note": "'more than'"}],
    "b7-27": [{"what": "killed in Manipur's ethnic violence since May 2023", "value": 250, "place": "Manipur",
               "evidence": "Ethnic violence in Manipur has killed more than 250 people since May 2023, and Jiribam saw some of the worst of it in November 2024.", "note": "'more than'"}],
}
for _d in DOCS:
    _d["figures"].extend(FIGS.get(_d["id"], []))
    for _f in FIGS.get(_d["id"], []):
        assert _f["evidence"] in _d["text"], (_d["id"], _f["evidence"][:60])

#@@DOCS@@

if __name__ == "__main__":
    main()
