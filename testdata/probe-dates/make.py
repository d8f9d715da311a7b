#!/usr/bin/env python3
"""Writes docs.jsonl and gold.jsonl: short reports of our own that test which day an
incident takes (datelines, night spans, weekdays of the previous week, year boundaries,
reported day versus incident day, live-blog stamps, round-ups of several days), in the
shared corpus's gold format (spec/EVENTS.md), scored by /work/shared/tools/score_events.py.
Expectations were written before the extractor was run."""
import json, os

def ev(place, typ, actor1, date, killed=None, wounded=None, actor2="", optional=False):
    e = {"summary": "", "date": date, "place": place, "admin": "", "country": "", "type": typ,
         "actor1": actor1, "actor2": actor2, "killed": killed, "killed_high": None,
         "wounded": wounded, "wounded_high": None, "evidence": ""}
    if optional:
        e["optional"] = True
    return e

R = []
def r(rid, pub, text, events):
    R.append((rid, pub, text, events))

# published Tuesday 2024-03-12
r("D01", "2024-03-12", """KABUL, March 10 (Reuters) - A roadside bomb killed four policemen in Kandahar city, a provincial spokesman said.""",
  [ev("Kandahar", "explosion", "unknown", "2024-03-10", 4)])
r("D02", "2024-03-12", """Gunmen killed three farmers late on Monday in the village of Kurmin Dodo in Kaduna state, police said on Tuesday.""",
  [ev("Kurmin Dodo", "attack_on_civilians", "unknown", "2024-03-11", 3)])
r("D03", "2024-03-12", """An air strike early Tuesday hit a house in Deir al-Balah, killing five people, medics said.""",
  [ev("Deir al-Balah", "explosion", "unknown", "2024-03-12", 5)])
r("D04", "2024-03-12", """Drones attacked the city of Sumy overnight into Sunday, killing two residents and wounding six, the regional governor said.""",
  [ev("Sumy", "explosion", "unknown", "2024-03-10", 2, 6)])
r("D05", "2024-03-12", """Militants stormed an army post in Kajuru on the night of Saturday to Sunday, killing seven soldiers, the army said.""",
  [ev("Kajuru", "battle", "unknown", "2024-03-09", 7)])
r("D06", "2024-03-11", """Five civilians were killed on Friday when shells hit a market in Kherson, officials said on Monday.""",
  [ev("Kherson", "explosion", "unknown", "2024-03-08", 5)])
r("D07", "2024-03-11", """Al-Shabaab fighters attacked a military base in Bulo Marer on Saturday, killing six soldiers, a local commander said.""",
  [ev("Bulo Marer", "battle", "al-Shabaab", "2024-03-09", 6)])
r("D08", "2024-03-12", """A car bomb exploded at a checkpoint in Mogadishu on the 10th, killing eight people, police said.""",
  [ev("Mogadishu", "explosion", "unknown", "2024-03-10", 8)])
r("D09", "2025-01-02", """Gunmen shot dead four worshippers at a church in Bokkos on December 30, local leaders said on Thursday.""",
  [ev("Bokkos", "attack_on_civilians", "unknown", "2024-12-30", 4)])
r("D10", "2025-01-02", """MAIDUGURI, Nigeria, Dec 31 (Reuters) - Boko Haram fighters killed nine fishermen near Baga, a militia leader said.""",
  [ev("Baga", "attack_on_civilians", "Boko Haram", "2024-12-31", 9)])
r("D11", "2024-03-12", """A mortar round killed two children in Kharkiv two days ago, the governor said on Tuesday.""",
  [ev("Kharkiv", "explosion", "unknown", "2024-03-10", 2)])
r("D12", "2024-03-12", """Police said on Tuesday that the ambush near Tillaberi, in which 11 soldiers were killed, took place on Sunday.""",
  [ev("Tillaberi", "battle", "unknown", "2024-03-10", 11)])
r("D13", "2024-03-11", """The army said on Sunday that the attack on the Kidal convoy, which killed six soldiers, took place on Saturday.""",
  [ev("Kidal", "battle", "unknown", "2024-03-09", 6)])
r("D14", "2024-03-12", """Gunmen killed three health workers in Beni, local officials said on Tuesday.

The attack happened on Sunday as the workers were returning from a vaccination campaign.""",
  [ev("Beni", "attack_on_civilians", "unknown", "2024-03-10", 3)])
r("D15", "2024-03-12", """A suicide bomber blew himself up at a mosque in Peshawar, killing 12 worshippers, police said on Tuesday.

The bombing took place on Friday during noon prayers.""",
  [ev("Peshawar", "explosion", "unknown", "2024-03-08", 12)])
r("D16", "2024-03-12", """Live updates

09:40 GMT - Israeli strikes killed six people in Rafah overnight, the health ministry says.

07:15 GMT - Shelling in Khan Younis has killed three people, medics say.""",
  [ev("Rafah", "explosion", "Israeli armed forces", "2024-03-12", 6, optional=False),
   ev("Khan Younis", "explosion", "unknown", "2024-03-12", 3)])
r("D17", "2024-03-12", """Gunmen killed four villagers in Gwoza on the first day of Eid, residents said.""",
  [ev("Gwoza", "attack_on_civilians", "unknown", None, 4)])
r("D18", "", """Militiamen killed five civilians on Saturday in the village of Mambasa, a rights group said.""",
  [ev("Mambasa", "attack_on_civilians", "unknown", None, 5)])
r("D19", "2024-03-12", """Gunmen killed a police officer in Mardan on Sunday. The day before, a grenade attack in Swabi had wounded four people, police said.""",
  [ev("Mardan", "attack_on_civilians", "unknown", "2024-03-10", 1),
   ev("Swabi", "explosion", "unknown", "2024-03-09", None, 4)])
r("D20", "2024-03-12", """Clashes erupted in Tripoli on Monday hours after militiamen killed two guards at the port, a security source said. Four fighters were killed in the clashes.""",
  [ev("Tripoli", "battle", "unknown", "2024-03-11", 6)])
r("D21", "2024-03-12", """Weekly security summary

On Monday, gunmen killed two teachers in Djibo.
On Wednesday, a roadside bomb killed five soldiers near Arbinda.
On Saturday, jihadists attacked a market in Kaya, killing nine civilians.""",
  [ev("Djibo", "attack_on_civilians", "unknown", "2024-03-04", 2),
   ev("Arbinda", "explosion", "unknown", "2024-03-06", 5),
   ev("Kaya", "attack_on_civilians", "unknown", "2024-03-09", 9)])
r("D22", "2024-03-12", """BAMAKO, March 11 (AFP) - Suspected jihadists killed 14 civilians in two villages near Bandiagara on Sunday, a local official said on Monday.""",
  [ev("Bandiagara", "attack_on_civilians", "unknown", "2024-03-10", 14)])
r("D23", "2024-03-12", """ISLAMABAD, March 12 - Militants attacked a police station in Bannu late on Sunday, killing three officers, police said.""",
  [ev("Bannu", "battle", "unknown", "2024-03-10", 3)])
r("D24", "2024-03-12", """A drone strike killed three militants near Mir Ali on March 9, security officials said.""",
  [ev("Mir Ali", "explosion", "unknown", "2024-03-09", 3)])
r("D25", "2024-03-12", """Government troops retook the town of Kalehe yesterday after heavy fighting with M23 rebels, the army said.""",
  [ev("Kalehe", "territory_gain", "unknown", "2024-03-11")])
r("D26", "2024-03-12", """A landmine killed two shepherds near Marib today, a local official said.""",
  [ev("Marib", "explosion", "unknown", "2024-03-12", 2)])
r("D27", "2024-03-12", """In the early hours of Monday, rebels attacked an army barracks in Butembo, killing five soldiers, the army said.""",
  [ev("Butembo", "battle", "unknown", "2024-03-11", 5)])
r("D28", "2024-03-12", """Shelling killed two people in Nikopol on Sunday night, the governor said.""",
  [ev("Nikopol", "explosion", "unknown", "2024-03-10", 2)])
r("D29", "2024-03-12", """A bomb exploded in a bus in Quetta on Saturday evening, killing seven passengers. Police said on Monday they had arrested two suspects.""",
  [ev("Quetta", "explosion", "unknown", "2024-03-09", 7)])
r("D30", "2025-01-02", """Gunmen killed six travellers on the Zamfara highway near Gusau on New Year's Eve, police said.""",
  [ev("Gusau", "attack_on_civilians", "unknown", "2024-12-31", 6)])
r("D31", "2025-01-02", """An air strike killed ten people at a market in Kutkai on Tuesday, residents said on Thursday.""",
  [ev("Kutkai", "explosion", "unknown", "2024-12-31", 10)])
r("D32", "2025-01-02", """A roadside bomb killed three soldiers in Mandera on December 28, the army said.""",
  [ev("Mandera", "explosion", "unknown", "2024-12-28", 3)])
r("D33", "2023-06-14", """Russian missiles hit Kryvyi Rih early on Tuesday, killing 11 people and wounding 28, the mayor said.""",
  [ev("Kryvyi Rih", "explosion", "Russian armed forces", "2023-06-13", 11, 28)])
r("D34", "2023-06-14", """Fighters of the RSF shelled El Obeid on Sunday and again on Monday, killing eight civilians, a doctors' group said on Wednesday.""",
  [ev("El Obeid", "explosion", "Rapid Support Forces", "2023-06-12", 8)])
r("D35", "2023-06-14", """KHARTOUM, June 13 (Reuters) - Air strikes killed 17 people in the Mayo district of southern Khartoum on Saturday, activists said.""",
  [ev("Mayo", "explosion", "unknown", "2023-06-10", 17)])
r("D36", "2023-06-14", """Gunmen killed five villagers in Zike last week, local leaders said on Wednesday.""",
  [ev("Zike", "attack_on_civilians", "unknown", None, 5, optional=True)])
r("D37", "2023-06-14", """At least 30 people have been killed in attacks on villages around Bassa earlier this month, local officials said.""",
  [ev("Bassa", "attack_on_civilians", "unknown", None, 30, optional=True)])
r("D38", "2023-06-14", """Pirates killed two fishermen off the coast of Eyl on the 11th, elders said.""",
  [ev("Eyl", "attack_on_civilians", "unknown", "2023-06-11", 2)])
r("D39", "2023-06-14", """Insurgents ambushed a convoy near Macomia on the night of Monday to Tuesday, killing four soldiers, a military source said on Wednesday.""",
  [ev("Macomia", "battle", "unknown", "2023-06-12", 4)])
r("D40", "2023-06-14", """Police said on Wednesday that the explosion at a fuel depot in Kismayo, which killed six workers, happened on Monday.""",
  [ev("Kismayo", "explosion", "unknown", "2023-06-12", 6)])
r("D41", "2023-06-14", """Shells hit a school in Avdiivka on Monday, killing three teachers. On Tuesday, a drone strike on a bus in Horlivka killed two passengers, officials said.""",
  [ev("Avdiivka", "explosion", "unknown", "2023-06-12", 3),
   ev("Horlivka", "explosion", "unknown", "2023-06-13", 2)])
r("D42", "2023-06-14", """Gunmen abducted and killed four aid workers in Jonglei, the UN said on Wednesday, adding that the attack had taken place on Sunday.""",
  [ev("Jonglei", "attack_on_civilians", "unknown", "2023-06-11", 4)])

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "docs.jsonl"), "w") as d, open(os.path.join(here, "gold.jsonl"), "w") as g:
    for rid, pub, text, events in R:
        d.write(json.dumps({"id": rid, "text": text, "published": pub}) + "\n")
        g.write(json.dumps({"id": rid, "published": pub, "events": events, "figures": []}) + "\n")
