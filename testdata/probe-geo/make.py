#!/usr/bin/env python3
"""Writes docs.jsonl and expect.jsonl of the place probe (see README.md).

Each report is our own, written before sitrep was run on it, with the
place its one event should be at: the name as written (or "" for an
event with no place), the country, and "far" (optional) the greatest
distance in km from the point expected.
"""
import json

# id, published, text, (name, country, lat, lon, km)
R = [
    ("g01", "2025-02-03", "Soldiers fought M23 rebels near Minova on Saturday, and at least six soldiers were killed, a local official said.",
     ("Minova", "CD", -1.70, 29.02, 25)),
    ("g02", "2025-02-03", "Kachin Independence Army fighters overran a junta outpost in Hpakant township on Tuesday, killing five soldiers, the group said.",
     ("Hpakant", "MM", 25.61, 96.31, 25)),
    ("g03", "2025-02-03", "Insurgents raided the town of Macomia in Cabo Delgado province on Friday and beheaded three villagers, residents said.",
     ("Macomia", "MZ", -12.25, 40.12, 25)),
    ("g04", "2025-02-03", "Gunmen killed four people in Cite Soleil on Sunday as gangs fought for control of the seaside slum, Haitian police said.",
     ("Cite Soleil", "HT", 18.58, -72.33, 10)),
    ("g05", "2025-02-03", "Boulkessi came under attack by jihadists on Monday, and the army said 11 of its soldiers were killed.",
     ("Boulkessi", "ML", 14.70, -1.40, 25)),
    ("g06", "2025-02-03", "Shelling of Zamzam camp south of El Fasher killed nine displaced people on Wednesday, aid workers said.",
     ("Zamzam", "SD", 13.48, 25.30, 25)),
    ("g07", "2025-02-03", "Militiamen attacked federal troops in Kobo in Ethiopia's Amhara region on Thursday, killing seven, witnesses said.",
     ("Kobo", "ET", 12.15, 39.63, 25)),
    ("g08", "2025-02-03", "The Myanmar Nationalities Democratic Alliance Army said it had seized Laukkai after days of fighting in which dozens of soldiers died.",
     ("Laukkai", "MM", 23.69, 98.77, 25)),
    ("g09", "2025-02-03", "Militants attacked an army base in Mocimboa da Praia on Tuesday, killing five Mozambican soldiers.",
     ("Mocimboa da Praia", "MZ", -11.32, 40.35, 25)),
    ("g10", "2025-02-03", "Three men were shot dead in Jenin on Tuesday during a raid, medics said.",
     ("Jenin", "PS", 32.46, 35.30, 10)),
    ("g11", "2025-02-03", "Azaz was hit by shelling on Saturday, and six people died, a war monitor said.",
     ("Azaz", "SY", 36.59, 37.05, 10)),
    ("g12", "2025-02-03", "Fighters of the New People's Army ambushed an army patrol in Samar on Sunday, killing two soldiers, the military said.",
     ("Samar", "PH", 11.88, 124.77, 120)),
    ("g13", "2025-02-03", "Arakan Army fighters attacked a police outpost in Maungdaw on Friday, killing eight policemen, the group said.",
     ("Maungdaw", "MM", 20.82, 92.37, 25)),
    ("g14", "2025-02-03", "Minova was shelled on Sunday, killing four civilians, a local official said.",
     ("Minova", "CD", -1.70, 29.02, 25)),
    ("g15", "2025-02-03", "Rival armed groups fought in Djugu territory on Monday, killing nine people, a local official said.",
     ("Djugu", "CD", 1.92, 30.50, 60)),
    ("g16", "2025-02-03", "Fano fighters ambushed a convoy near Merawi in Amhara on Wednesday, killing 12 soldiers, residents said.",
     ("Merawi", "ET", 11.41, 37.16, 25)),
    ("g17", "2025-02-03", "JNIM militants attacked the town of Barsalogho in Burkina Faso on Saturday, killing dozens of civilians digging trenches, witnesses said.",
     ("Barsalogho", "BF", 13.42, -1.06, 25)),
    ("g18", "2025-02-03", "Russian forces shelled Robotyne in Zaporizhzhia region overnight, killing two civilians, the regional governor said.",
     ("Robotyne", "UA", 47.45, 35.84, 25)),
    ("g19", "2025-02-03", "Gang members attacked the neighbourhood of Solino in Port-au-Prince on Saturday, killing 11 residents, a rights group said.",
     ("Solino", "HT", 18.55, -72.32, 10)),
    ("g20", "2025-02-03", "RSF fighters stormed Mellit in North Darfur on Thursday, killing 14 civilians, local activists said.",
     ("Mellit", "SD", 14.13, 25.55, 25)),
    # no place abroad for a name spelt otherwise
    ("g21", "2025-02-03", "Congolese soldiers fought M23 rebels in Pinga in North Kivu on Sunday, killing five.",
     ("Pinga", "CD", -0.24, 29.34, 250)),
    ("g22", "2025-02-03", "Police in Mallorca said two men were stabbed to death in Palma on Monday.",
     ("Palma", "ES", 39.57, 2.65, 10)),
]

with open("docs.jsonl", "w", encoding="utf-8") as d, open("expect.jsonl", "w", encoding="utf-8") as e:
    for i, pub, text, (name, cc, lat, lon, km) in R:
        d.write(json.dumps({"id": i, "text": text, "published": pub}, ensure_ascii=False) + "\n")
        e.write(json.dumps({"id": i, "place": name, "country": cc, "lat": lat, "lon": lon, "km": km}, ensure_ascii=False) + "\n")
