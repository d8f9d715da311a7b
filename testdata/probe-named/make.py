#!/usr/bin/env python3
"""probe-named: armed groups the actor dictionary does not hold, named in the
report by their own (invented) names, which EVENTS.md records as reported.
Writes docs.jsonl and gold.jsonl: python3 make.py (batch A: the shapes tuned on;
batch B: written after the mechanism, to measure transfer)."""
import json, sys, datetime

PUB = "2025-05-12"  # a Monday; "on Saturday" is 2025-05-10
SAT = "2025-05-10"
# (country, ISO2, adjective, place, second place)
LANDS = [
    ("Nigeria", "NG", "Nigerian", "Maiduguri", "Gwoza"),
    ("Mali", "ML", "Malian", "Gao", "Menaka"),
    ("Congo", "CD", "Congolese", "Beni", "Bunia"),
    ("Colombia", "CO", "Colombian", "Tumaco", "Cucuta"),
    ("Myanmar", "MM", "Myanmar", "Lashio", "Myawaddy"),
    ("Philippines", "PH", "Philippine", "Cotabato", "Jolo"),
]
# invented groups: (name as written, acronym)
GROUPS = [
    ("Sacred Valley Liberation Front", "SVLF"),
    ("Northern Hills Defence Brigade", "NHDB"),
    ("Kawar Martyrs Battalion", "KMB"),
    ("Movement for the Salvation of Talaki", "MST"),
    ("Red Lion Army", "RLA"),
    ("Mount Sela Resistance Front", "MSRF"),
]
GANGS = ["Black Viper", "Ndoki Boys", "Los Tigrillos", "Kobra Nine", "Iron Hand", "Seven Stars"]

A = [
    # (id suffix, text, events) events: (type, actor1, actor2, place idx, killed, wounded)
    ("a1", "Fighters of the {G} attacked a police post in {P} on Saturday, killing four officers, a local official said.",
     [("battle", "{G}", "{ADJ} security forces", 0, 4, None)]),
    ("a2", "The {G} said it ambushed an army convoy near {P} on Saturday, killing nine soldiers.",
     [("battle", "{G}", "{ADJ} security forces", 0, 9, None)]),
    ("a3", "Eleven villagers were killed when gunmen of the {G} raided {P} on Saturday, residents said.",
     [("attack_on_civilians", "{G}", "civilians", 0, 11, None)]),
    ("a4", "Members of the {K} gang shot dead three traders at a market in {P} on Saturday, police said.",
     [("attack_on_civilians", "{K}", "civilians", 0, 3, None)]),
    ("a5", "The {G} ({A}) seized the town of {P} on Saturday after two days of fighting with government troops. The {A} said its fighters had killed 14 soldiers.",
     [("territory_gain", "{G}", "{ADJ} security forces", 0, 14, None)]),
    ("a6", "A roadside bomb planted by the {G} killed six policemen and wounded two others near {P} on Saturday, officials said.",
     [("explosion", "{G}", "{ADJ} security forces", 0, 6, 2)]),
    ("a7", "{ADJ} troops killed 12 fighters of the {G} in clashes near {P} on Saturday, the army said.",
     [("battle", "{ADJ} security forces", "{G}", 0, 12, None)]),
    ("a8", "{P}, {C} (wire) - Suspected {G} militants stormed a church in {P} on Saturday, killing seven worshippers and wounding five, a priest said.",
     [("attack_on_civilians", "{G}", "civilians", 0, 7, 5)]),
]
# batch B: written after the mechanism, not tuned on
B = [
    ("b1", "At least eight soldiers died on Saturday when {G} rebels overran an army outpost outside {P}, a military source said. The group later posted photographs of the captured weapons.",
     [("battle", "{G}", "{ADJ} security forces", 0, 8, None)]),
    ("b2", "Police in {P} blamed the {K} cartel for the killing of a local councillor, who was shot dead outside his home on Saturday.",
     [("attack_on_civilians", "{K}", "civilians", 0, 1, None)]),
    ("b3", "A spokesman for the {G} told reporters on Sunday that its fighters had shot down no aircraft, denying a claim made by the army.",
     []),
    ("b4", "The {G} claimed responsibility for a car bomb that killed five people outside the governor's office in {P} on Saturday.",
     [("explosion", "{G}", "civilians", 0, 5, None)]),
    ("b5", "Clashes between the army and the {G} ({A}) in {P} on Saturday left 16 people dead, including four civilians, local officials said. The {A} has been fighting the government since 2019.",
     [("battle", "{ADJ} security forces", "{G}", 0, 16, None)]),
    ("b6", "Air Force jets bombed positions of the {G} near {P} on Saturday, killing at least 20 insurgents, the military said.",
     [("explosion", "{ADJ} security forces", "{G}", 0, 20, None)]),
]

def fill(s, land, g, k):
    c, iso, adj, p, p2 = land
    return (s.replace("{G}", g[0]).replace("{A}", g[1]).replace("{K}", k).replace("{ADJ}", adj)
            .replace("{P}", p).replace("{C}", c))

def main():
    batch = sys.argv[1] if len(sys.argv) > 1 else "A"
    shapes = A if batch == "A" else B
    docs, gold = [], []
    for li, land in enumerate(LANDS):
        g, k = GROUPS[li], GANGS[li]
        for sid, text, evs in shapes:
            did = "n%s-%s-%s" % (batch.lower(), sid, land[1].lower())
            t = fill(text, land, g, k)
            docs.append({"id": did, "published": PUB, "text": t})
            ge = []
            for typ, a1, a2, pi, kd, wd in evs:
                e = {"place": land[3 + pi], "country": land[1], "type": typ, "actor1": fill(a1, land, g, k),
                     "actor2": fill(a2, land, g, k), "date": SAT, "killed": kd, "wounded": wd, "evidence": t}
                ge.append(e)
            gold.append({"id": did, "published": PUB, "events": ge, "figures": []})
    sfx = "" if batch == "A" else "-b"
    with open("docs%s.jsonl" % sfx, "w") as f:
        for d in docs: f.write(json.dumps(d) + "\n")
    with open("gold%s.jsonl" % sfx, "w") as f:
        for d in gold: f.write(json.dumps(d) + "\n")

main()
