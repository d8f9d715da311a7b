#!/usr/bin/env python3
"""Writes docs.jsonl and gold.jsonl: short reports of our own whose verbs carry the
incident in ways the development sets hardly show (coordinated predicates, victims named
with a possessive, aircraft shot down, a place taken and retaken, a village invaded and
burnt, acts under a modal, a threat, a denial or history), with the events expected of
them in the shared corpus's gold format (spec/EVENTS.md), scored by
/work/shared/tools/score_events.py like a development set."""
import datetime, json, os

DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def wd(pub, day):
    """The last `day` (a weekday name) on or before the publication date `pub`."""
    d = datetime.date.fromisoformat(pub)
    back = (d.weekday() - DAYS.index(day.lower())) % 7
    return (d - datetime.timedelta(days=back)).isoformat()


def ev(place, typ, actor1, date, killed=None, wounded=None, actor2="", country="", optional=False):
    e = {"summary": "", "date": date, "place": place, "admin": "", "country": country, "type": typ,
         "actor1": actor1, "actor2": actor2, "killed": killed, "killed_high": None,
         "wounded": wounded, "wounded_high": None, "evidence": ""}
    if optional:
        e["optional"] = True
    return e


R = []  # (id, published, text, [events])


def r(id, pub, text, *events):
    R.append((id, pub, text, list(events)))


UNID = "militants (unidentified)"
# ---- A. one subject, several coordinated acts: the gravest act types the incident
r("a01", "2024-06-17", "MAKURDI, Nigeria, June 17 - Gunmen rounded up 14 villagers in Yelwata, Benue state, on Sunday night and shot them, a police spokeswoman said.",
  ev("Yelwata", "attack_on_civilians", UNID, wd("2024-06-17", "sunday"), 14, country="NG"))
r("a02", "2023-03-08", "Myanmar soldiers detained about 30 men during a raid on a village near Sagaing on Tuesday and executed nine of them, witnesses told local media.",
  ev("Sagaing", "attack_on_civilians", "Myanmar security forces", wd("2023-03-08", "tuesday"), 9, country="MM"))
r("a03", "2022-09-21", "Al-Shabaab fighters abducted three teachers near Mandera on Monday and beheaded them, Kenyan police said on Wednesday.",
  ev("Mandera", "attack_on_civilians", "al-Shabaab", wd("2022-09-21", "monday"), 3, country="KE"))
r("a04", "2021-11-04", "Police arrested 12 suspects in a raid on a hideout in Peshawar on Wednesday and seized weapons and explosives, officials said.",
  ev("Peshawar", "arrest", "Pakistani security forces", wd("2021-11-04", "wednesday"), country="PK"))
r("a05", "2020-07-13", "Armed men stopped a bus on the road outside Djibo on Saturday, ordered the passengers off and killed 11 of them, a regional official said.",
  ev("Djibo", "attack_on_civilians", UNID, wd("2020-07-13", "saturday"), 11, country="BF"))
r("a06", "2024-02-26", "Taliban fighters captured two police officers at a checkpoint in Kunduz province on Sunday and shot them dead hours later, a provincial spokesman said.",
  ev("Kunduz", "attack_on_civilians", "Taliban", wd("2024-02-26", "sunday"), 2, country="AF", optional=True))
r("a07", "2023-05-02", "Soldiers arrested a suspected bomb maker in Maiduguri on Monday and later handed him over to the police, the army said.",
  ev("Maiduguri", "arrest", "Nigerian security forces", wd("2023-05-02", "monday"), country="NG"))
r("a08", "2022-01-18", "Suspected ADF rebels raided a health centre in Beni on Sunday night, looted medicine and hacked seven patients to death, civil society leaders said.",
  ev("Beni", "attack_on_civilians", "ADF", wd("2022-01-18", "sunday"), 7, country="CD"))
# ---- B. victims named with a possessive
r("b01", "2023-08-10", "Gunmen on a motorbike shot dead a tribal elder and his two sons outside their home in Bannu on Wednesday, police said.",
  ev("Bannu", "attack_on_civilians", UNID, wd("2023-08-10", "wednesday"), 3, country="PK"))
r("b02", "2021-04-14", "A policeman was killed and his wife wounded when gunmen fired on their car in Kirkuk on Tuesday evening, a security source said.",
  ev("Kirkuk", "battle", UNID, wd("2021-04-14", "tuesday"), 1, 1, country="IQ"))
r("b03", "2024-10-03", "Philippine troops killed a rebel commander and his bodyguard in a clash near Jolo on Wednesday, the military said.",
  ev("Jolo", "battle", "Philippine security forces", wd("2024-10-03", "wednesday"), 2, country="PH"))
r("b04", "2022-12-06", "Jihadists stormed a farm near Gao on Monday and shot her husband in front of their children, a widow told reporters. He died on the spot, she said.",
  ev("Gao", "attack_on_civilians", "Islamist militants", wd("2022-12-06", "monday"), 1, country="ML"))
r("b05", "2025-01-29", "A suicide bomber killed a district governor and his driver in Khost on Tuesday, a provincial spokesman said.",
  ev("Khost", "explosion", "unknown", wd("2025-01-29", "tuesday"), 2, country="AF"))
r("b06", "2024-04-22", "Suspected militiamen stabbed a farmer and his wife to death on their farm near Jos on Sunday, residents said.",
  ev("Jos", "attack_on_civilians", UNID, wd("2024-04-22", "sunday"), 2, country="NG"))
# ---- C. aircraft shot down
r("c01", "2023-11-08", "Kachin Independence Army fighters shot down a military helicopter near Myitkyina on Tuesday, killing its two pilots, a local official said.",
  ev("Myitkyina", "battle", "Kachin Independence Army", wd("2023-11-08", "tuesday"), 2, country="MM"))
r("c02", "2024-05-20", "Yemen's Houthis said on Sunday they had downed a US MQ-9 Reaper drone over Marib province on Saturday.",
  ev("Marib", "other", "Houthis", wd("2024-05-20", "saturday"), country="YE"))
r("c03", "2024-02-18", "Ukrainian air defences shot down a Russian Su-34 fighter-bomber over Avdiivka on Saturday, the air force said.",
  ev("Avdiivka", "battle", "Ukrainian security forces", wd("2024-02-18", "saturday"), country="UA"))
r("c04", "2021-07-27", "Taliban insurgents shot down an Afghan army helicopter over Lashkar Gah on Monday, killing all three crew members, an army officer said.",
  ev("Lashkar Gah", "battle", "Taliban", wd("2021-07-27", "monday"), 3, country="AF"))
r("c05", "2022-03-30", "A military helicopter crashed in bad weather near Kidal on Tuesday, killing four soldiers, the army said, ruling out hostile fire.",
  )
r("c06", "2025-04-14", "Sudan's army said its air defences shot down several drones launched by the Rapid Support Forces at El Obeid airport on Sunday.",
  ev("El Obeid", "other", "Sudanese security forces", wd("2025-04-14", "sunday"), country="SD"))
# ---- D. a place taken and taken back
r("d01", "2022-05-31", "Al-Shabaab fighters overran an army base at Jowhar on Monday morning, before government forces recaptured it hours later, residents said.",
  ev("Jowhar", "territory_gain", "al-Shabaab", wd("2022-05-31", "monday"), country="SO"),
  ev("Jowhar", "territory_gain", "Somali security forces", wd("2022-05-31", "monday"), country="SO"))
r("d02", "2024-01-16", "M23 rebels took control of Mweso on Saturday. Congolese troops retook the town on Monday after heavy fighting, an army spokesman said.",
  ev("Mweso", "territory_gain", "M23", wd("2024-01-16", "saturday"), country="CD"),
  ev("Mweso", "territory_gain", "Congolese security forces", wd("2024-01-16", "monday"), country="CD"))
r("d03", "2023-10-12", "Malian troops have recaptured Ber, a town near Timbuktu that separatist rebels seized in 2012, the army said on Wednesday.",
  ev("Ber", "territory_gain", "Malian security forces", None, country="ML", optional=True))
r("d04", "2024-08-20", "The army vowed on Monday to retake Lashio, which the rebels seized earlier this month, and said it would press on with air strikes until the town was freed.",
  ev("Lashio", "territory_gain", "Myanmar National Democratic Alliance Army", None, country="MM", optional=True))
r("d05", "2021-09-07", "Houthi fighters seized several positions south of Marib city on Sunday, but were pushed back by government troops and tribesmen on Monday, a military source said.",
  ev("Marib", "territory_gain", "Houthis", wd("2021-09-07", "sunday"), country="YE"),
  ev("Marib", "territory_gain", "Yemeni government forces", wd("2021-09-07", "monday"), country="YE", optional=True))
# ---- E. a village invaded and burnt
r("e01", "2023-05-19", "Armed herders invaded a village near Bokkos in Plateau state on Tuesday night, burning dozens of houses and killing eight villagers, a community leader said.",
  ev("Bokkos", "attack_on_civilians", UNID, wd("2023-05-19", "tuesday"), 8, country="NG"))
r("e02", "2024-03-12", "Gunmen invaded a village outside Bunia on Sunday, burning houses and stealing livestock, residents said. No casualties were reported.",
  ev("Bunia", "other", UNID, wd("2024-03-12", "sunday"), country="CD"))
r("e03", "2022-06-28", "Soldiers invaded a rebel camp near Kumba on Monday, killing six separatist fighters, the army said.",
  ev("Kumba", "battle", "Cameroonian security forces", wd("2022-06-28", "monday"), 6, country="CM"))
r("e04", "2025-02-11", "Militiamen attacked a village near Djugu on Sunday, setting homes on fire and killing 15 displaced people, a UN source said.",
  ev("Djugu", "attack_on_civilians", "CODECO", wd("2025-02-11", "sunday"), 15, country="CD", optional=True))
r("e05", "2021-10-25", "Bandits raided a market in Tillaberi on Saturday, torching stalls and shooting dead four traders, the regional governor said.",
  ev("Tillaberi", "attack_on_civilians", UNID, wd("2021-10-25", "saturday"), 4, country="NE"))
# ---- F. acts under a modal, an intention or a condition
r("f01", "2024-04-23", "Israel would press on with its offensive in Rafah despite the pressure, the defence minister said on Monday.")
r("f02", "2023-09-05", "The rebels said they would keep attacking army positions around Bamenda until the troops withdrew.")
r("f03", "2024-07-09", "Militants attacked a police post in Dera Ismail Khan on Monday, killing two officers, and the army said it would respond with force.",
  ev("Dera Ismail Khan", "battle", UNID, wd("2024-07-09", "monday"), 2, country="PK"))
r("f04", "2022-11-15", "Officials fear the jihadists may attack Dori next, after they seized the road to the town last week.",
  ev("Dori", "territory_gain", "Islamist militants", None, country="BF", optional=True))
r("f05", "2021-06-01", "If the truce collapses, the army could launch air strikes on Idlib within days, a military source warned.")
r("f06", "2023-01-24", "Residents said the soldiers, who would not give their names, shot dead three men at a market in Maroua on Sunday.",
  ev("Maroua", "attack_on_civilians", "Cameroonian security forces", wd("2023-01-24", "sunday"), 3, country="CM"))
r("f07", "2024-09-10", "The RSF is expected to try to storm El Fasher in the coming weeks, analysts said, and could kill thousands if it does.")
r("f08", "2022-08-16", "The army said it was preparing to retake Kidal and would not negotiate with the separatists.")
r("f09", "2025-03-18", "Russian forces could soon try to encircle Pokrovsk, Ukraine's commander-in-chief said on Monday, adding that his troops had repelled 40 assaults near the town on Sunday.",
  ev("Pokrovsk", "battle", "Russian security forces", wd("2025-03-18", "sunday"), country="UA"))
# ---- G. threats, denials, history
r("g01", "2022-07-19", "Al-Shabaab threatened to attack any vehicle carrying aid into Baidoa, a statement posted online said.")
r("g02", "2023-06-13", "Police denied reports that officers had opened fire on protesters in Bamako on Monday.")
r("g03", "2024-04-15", "Gunmen kidnapped 20 passengers on a highway near Kaduna on Sunday. The region is where Boko Haram abducted 276 schoolgirls from Chibok in 2014.",
  ev("Kaduna", "other", UNID, wd("2024-04-15", "sunday"), country="NG"))
r("g04", "2021-12-02", "The Islamic State group, which captured Mosul in 2014 and was driven out in 2017, still carries out attacks in the desert, officials said.")
r("g05", "2025-05-06", "The ELN denied on Monday that its fighters had bombed an oil pipeline in Arauca, calling the accusation a lie.")
r("g06", "2023-02-21", "Armed men shot dead five gold miners near Kidal on Saturday, a local official said. The town was seized by Tuareg rebels in 2012.",
  ev("Kidal", "attack_on_civilians", UNID, wd("2023-02-21", "saturday"), 5, country="ML"))
# ---- H. mixed verbs: a second act of another kind in the same sentence
r("h01", "2024-11-26", "Gunmen ambushed a police patrol near Culiacan on Monday and set two patrol cars on fire, killing three officers, state prosecutors said.",
  ev("Culiacan", "battle", UNID, wd("2024-11-26", "monday"), 3, country="MX"))
r("h02", "2022-10-11", "Suspected ISWAP fighters attacked a military base in Diffa on Sunday, looted weapons and burned the barracks, killing five soldiers, the defence ministry said.",
  ev("Diffa", "battle", "Boko Haram", wd("2022-10-11", "sunday"), 5, country="NE"))
r("h03", "2023-04-04", "Gang members stormed a neighbourhood of Port-au-Prince on Sunday, torching houses and shooting residents as they fled; at least 12 people were killed, a rights group said.",
  ev("Port-au-Prince", "attack_on_civilians", UNID, wd("2023-04-04", "sunday"), 12, country="HT"))
r("h04", "2024-06-03", "Troops detained two men after a roadside bomb killed four soldiers near Tumaco on Saturday, the army said.",
  ev("Tumaco", "explosion", "unknown", wd("2024-06-03", "saturday"), 4, country="CO"),
  ev("Tumaco", "arrest", "Colombian security forces", None, country="CO", optional=True))

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "docs.jsonl"), "w") as f, open(os.path.join(here, "gold.jsonl"), "w") as g:
    for id, pub, text, events in R:
        f.write(json.dumps({"id": id, "published": pub, "text": text}) + "\n")
        g.write(json.dumps({"id": id, "published": pub, "events": events, "figures": []}) + "\n")
print(len(R), "reports,", sum(1 for x in R for e in x[3] if not e.get("optional")), "events (not optional)")
