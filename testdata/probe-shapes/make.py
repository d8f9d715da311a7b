#!/usr/bin/env python3
"""Probe set: sentence shapes x countries (our own words).

Each shape is a short report written once with slots for a country's
demonym, towns, and an armed group; it is filled for eight to thirty-three
countries. A shape that works for one country and fails for another points
at a name (gazetteer, actor list); a shape that fails everywhere points at a
mechanism. Writes docs.jsonl and gold.jsonl (the shared gold format).
"""
import json

PUB = "2025-03-05"  # a Wednesday: Monday is 2025-03-03

# demonym, town, second town, region, group, country
C = [
    ("Nigerian", "Maiduguri", "Gwoza", "Borno", "Boko Haram", "Nigeria"),
    ("Malian", "Gao", "Menaka", "Gao region", "JNIM", "Mali"),
    ("Burkinabe", "Djibo", "Kaya", "Sahel region", "JNIM", "Burkina Faso"),
    ("Somali", "Baidoa", "Beledweyne", "Bay region", "al-Shabaab", "Somalia"),
    ("Kenyan", "Mandera", "Garissa", "Mandera county", "al-Shabaab", "Kenya"),
    ("Congolese", "Beni", "Butembo", "North Kivu", "ADF", "Congo"),
    ("Mozambican", "Macomia", "Pemba", "Cabo Delgado", "Islamic State", "Mozambique"),
    ("Sudanese", "El Fasher", "Nyala", "North Darfur", "Rapid Support Forces", "Sudan"),
    ("Syrian", "Deir ez-Zor", "Raqqa", "Deir ez-Zor province", "Islamic State", "Syria"),
    ("Iraqi", "Kirkuk", "Tikrit", "Kirkuk province", "Islamic State", "Iraq"),
    ("Pakistani", "Bannu", "Peshawar", "Khyber Pakhtunkhwa", "Tehrik-i-Taliban Pakistan", "Pakistan"),
    ("Indian", "Bijapur", "Sukma", "Chhattisgarh", "Maoists", "India"),
    ("Myanmar", "Lashio", "Myitkyina", "Shan state", "Kachin Independence Army", "Myanmar"),
    ("Philippine", "Marawi", "Cotabato", "Lanao del Sur", "Abu Sayyaf", "Philippines"),
    ("Colombian", "Tibu", "Cucuta", "Norte de Santander", "ELN", "Colombia"),
    ("Yemeni", "Marib", "Taiz", "Marib province", "Houthis", "Yemen"),
]

# Each shape: (id, text, [events]); an event is (place, date, killed,
# wounded, actor1, actor2, type), "F" standing for the country's forces,
# "G" for the group, None for not scored. Optional events end in "opt".
SHAPES = [
    # doers and the side hurt
    ("A", "{D} troops were killed when militants attacked their base in {T} on Monday.",
     [("{T}", "2025-03-03", None, None, "militants (unidentified)", "F", "battle")]),
    ("B", "An attack by suspected {G} fighters on a village near {T} killed 12 people on Monday, officials said.",
     [("{T}", "2025-03-03", 12, None, "G", None, "attack_on_civilians")]),
    ("C", "Twelve people were killed on Monday in {T} in an attack claimed by {G}.",
     [("{T}", "2025-03-03", 12, None, "G", None, "attack_on_civilians")]),
    ("D", "Twelve villagers were killed in {T} on Monday. Officials blamed {G}.",
     [("{T}", "2025-03-03", 12, None, "G", "civilians", "attack_on_civilians")]),
    ("E", "{G} denied involvement in the bombing in {T} on Monday, which killed 12 people.",
     [("{T}", "2025-03-03", 12, None, "unknown", None, "explosion")]),
    ("F", "Twelve people, most of them women and children, died on Monday after {G} fighters set fire to houses in a village near {T}, witnesses said.",
     [("{T}", "2025-03-03", 12, None, "G", "civilians", "attack_on_civilians")]),
    ("G", "Gunmen killed nine people at a market in {T} on Monday. No group claimed the attack, but police said they suspected {G}.",
     [("{T}", "2025-03-03", 9, None, "G", "civilians", "attack_on_civilians")]),
    ("H", "The {D} air force struck {G} positions near {T} on Monday, killing 12 fighters, the military said.",
     [("{T}", "2025-03-03", 12, None, "F", "G", "explosion")]),
    # tolls
    ("K", "Militants ambushed a convoy near {T} on Monday, killing eight soldiers. The army said 20 militants were killed in the ensuing firefight.",
     [("{T}", "2025-03-03", 28, None, None, None, "battle")]),
    ("L", "A bomb exploded at a market in {T} on Monday. At least eight people were killed, according to a hospital source, while the army put the toll at five.",
     [("{T}", "2025-03-03", (5, 8), None, None, None, "explosion")]),
    ("M", "A suicide bomber blew himself up at a checkpoint in {T} on Monday, killing three {D} police officers.",
     [("{T}", "2025-03-03", 4, None, None, "F", "explosion")]),
    ("N", "Gunmen killed eight people in {T} on Monday, bringing to 150 the number of people killed in the district this year.",
     [("{T}", "2025-03-03", 8, None, None, None, "attack_on_civilians")]),
    # several incidents
    ("R", "In {T}, gunmen killed eight villagers on Monday; in {T2}, a roadside bomb killed four soldiers.",
     [("{T}", "2025-03-03", 8, None, None, "civilians", "attack_on_civilians"), ("{T2}", "2025-03-03", 4, None, None, "F", "explosion")]),
    ("S", "Gunmen killed eight villagers in {T} on Monday, while in {T2} a roadside bomb killed four soldiers, officials said.",
     [("{T}", "2025-03-03", 8, None, None, "civilians", "attack_on_civilians"), ("{T2}", "2025-03-03", 4, None, None, "F", "explosion")]),
    ("U", "At least 12 people were killed in two attacks in {C} on Monday. Eight villagers died when gunmen raided {T}, and four soldiers were killed by a roadside bomb near {T2}.",
     [("{T}", "2025-03-03", 8, None, None, "civilians", "attack_on_civilians"), ("{T2}", "2025-03-03", 4, None, None, "F", "explosion")]),
    ("V", "Gunmen killed eight villagers in {T} on Monday. In a separate incident, four soldiers died when their vehicle hit a mine near {T2} on Tuesday.",
     [("{T}", "2025-03-03", 8, None, None, "civilians", "attack_on_civilians"), ("{T2}", "2025-03-04", 4, None, None, "F", "explosion")]),
    # a wire report with background
    ("W", "Gunmen kill 9 at {T} market\n\nNine people were killed on Monday when gunmen opened fire at a crowded market in {T}, police said. Another 17 were wounded and taken to the city's main hospital.\nNo group claimed responsibility for the attack, but police said they suspected {G}.\nIn January, 40 people died in a bombing at a bus station in the city.",
     [("{T}", "2025-03-03", 9, 17, "G", "civilians", "attack_on_civilians")]),
    ("X", "{C}: {D} soldiers repel attack near {T}\n\nThe {D} army said on Tuesday it had repelled an attack by {G} fighters on a military base near {T} on Monday, killing 22 of the attackers. Four soldiers were killed and seven wounded in the fighting, the army said in a statement.\n{G} said in a statement that it had killed dozens of soldiers, a claim that could not be independently verified.",
     [("{T}", "2025-03-03", 26, 7, "G", "F", "battle")]),
    # other kinds
    ("P", "Hundreds of people protested in {T} on Monday against rising food prices.",
     [("{T}", "2025-03-03", None, None, "protesters", None, "other")]),
    ("Q", "{G} fighters seized the town of {T} on Monday after heavy fighting with the army, residents said.",
     [("{T}", "2025-03-03", None, None, "G", "F", "territory_gain")]),
]


def main():
    docs, gold = [], []
    for sid, text, evs in SHAPES:
        for i, (dem, t, t2, region, group, country) in enumerate(C):
            f = lambda s: s.format(D=dem, T=t, T2=t2, PU=t.upper(), R=region, G=group, C=country)
            did = f"{sid}{i:02d}"
            docs.append({"id": did, "published": PUB, "text": f(text)})
            forces = dem + " security forces"
            side = lambda a: forces if a == "F" else group if a == "G" else a
            gev = []
            for place, date, killed, wounded, a1, a2, typ in evs:
                lo, hi = (killed if isinstance(killed, tuple) else (killed, None))
                gev.append({"summary": sid, "date": date, "place": f(place), "admin": "", "country": "", "type": typ,
                            "actor1": side(a1) or "unknown", "actor2": side(a2), "killed": lo, "killed_high": hi,
                            "wounded": wounded, "wounded_high": None, "evidence": ""})
            gold.append({"id": did, "published": PUB, "events": gev, "figures": []})
    with open("docs.jsonl", "w") as out:
        for d in docs:
            out.write(json.dumps(d) + "\n")
    with open("gold.jsonl", "w") as out:
        for d in gold:
            out.write(json.dumps(d) + "\n")


if __name__ == "__main__":
    main()
