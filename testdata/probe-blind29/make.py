#!/usr/bin/env python3
"""probe-blind29: build docs.jsonl and gold.jsonl from the data below, after checking it.

Theme: Yemen, Saudi Arabia, Libya and Sudan, 2011-2024: the Houthis and the Saudi-led coalition,
AQAP and Islamic State in Yemen, the Southern Transitional Council, Houthi missiles and drones on
Saudi cities, Red Sea shipping; Libya's wars (2011, Benghazi, Sirte, Haftar's LNA against the
GNA, Tarhuna, Tripoli's armed groups); Sudan (SAF and RSF since April 2023, El Geneina, El Fasher,
Gezira, Kordofan; Jebel Marra 2016; Blue Nile 2011). Told as wire copy, local outlets, coalition
and Houthi statements, UN agencies, monitors and hospital officials tell them.

Run: python3 make.py   (writes nothing if any check fails)
"""
import datetime
import json
import os
import re
import sys
from collections import Counter

REPORTS = []


def report(id, published, url, text, events=(), figures=(), country_hint=None):
    r = {"id": id, "published": published, "url": url, "text": text.strip("\n"),
         "events": list(events), "figures": list(figures)}
    if country_hint:
        r["country_hint"] = country_hint  # for the counts of reports without events; not written out
    REPORTS.append(r)


def ev(summary, date, date_note, place, admin, country, type, actor1, actor2,
       killed, killed_high, wounded, wounded_high, evidence, note=None, arrested=None, optional=False):
    e = {"summary": summary, "date": date, "date_note": date_note, "place": place, "admin": admin,
         "country": country, "type": type, "actor1": actor1, "actor2": actor2,
         "killed": killed, "killed_high": killed_high, "wounded": wounded, "wounded_high": wounded_high,
         "evidence": evidence}
    if note is not None:
        e["note"] = note
    if arrested is not None:
        e["arrested"] = arrested
    if optional:
        e["optional"] = True
    return e


def fig(what, value, place, evidence, note=None):
    f = {"what": what, "value": value, "place": place, "evidence": evidence}
    if note is not None:
        f["note"] = note
    return f

# ---------------------------------------------------------------------------
# b29-01 .. b29-09
# ---------------------------------------------------------------------------

report("b29-01", "2015-04-23", "https://www.example-gulfdispatch.com/yemen/2015/04/23/aden-sheikh-othman-shelling-khor-maksar",
"""
Houthi shells kill nine in Aden's Sheikh Othman as fighting rages for airport road

ADEN, April 23 (Gulf Dispatch) - Shells fired by Houthi fighters and army units loyal to former president Ali Abdullah Saleh crashed into homes in Aden's Sheikh Othman district on Wednesday, killing nine civilians, three of them children, a local health official said.

"Most of the dead were from two families whose houses stand behind the main mosque," said the official, who asked not to be named because he was not authorised to speak to the media. Twenty-two wounded people were taken to al-Jumhuriya hospital, he said, several of them with serious shrapnel wounds.

In Khor Maksar, the narrow isthmus that links the old town of Crater to the mainland, southern fighters of the Popular Resistance battled the Houthis overnight for control of the road to the airport. A resistance commander said five of his men had been killed. Medics at a field clinic in al-Mansoura said they had also received the bodies of seven Houthi fighters.

Warplanes of the Saudi-led coalition struck Houthi positions around Aden's international airport late on Tuesday, residents said. There was no word on casualties. Coalition jets also hit the al-Anad air base in Lahj province, north of the city, a few hours later, a local official in Lahj said.

The shelling came a day after Houthi gunmen opened fire on hundreds of people protesting outside the governor's office in Taiz, Yemen's third-largest city, killing two of them, witnesses said.

Aden has been cut off by land from the rest of the country for most of the past month, and aid agencies say fuel and drinking water are running out. The World Health Organization says more than 1,080 people have been killed in Yemen since March 19, and the United Nations estimates that 150,000 have fled their homes.
""",
events=[
    ev("Shells fired by the Houthis and Saleh's units hit homes in Sheikh Othman, killing nine civilians and wounding 22.",
       "2015-04-22", "‘on Wednesday’ before the Thursday 2015-04-23 dateline: Wednesday 2015-04-22",
       "Sheikh Othman", "Aden", "YE", "explosion", "Houthis", "civilians",
       9, None, 22, None,
       "Shells fired by Houthi fighters and army units loyal to former president Ali Abdullah Saleh crashed into homes in Aden's Sheikh Othman district on Wednesday, killing nine civilians, three of them children, a local health official said. [...] Twenty-two wounded people were taken to al-Jumhuriya hospital, he said",
       note="forces loyal to Saleh counted with the Houthis"),
    ev("Popular Resistance fighters battled the Houthis overnight for the airport road in Khor Maksar; five resistance fighters and seven Houthis were killed.",
       "2015-04-22", "‘overnight’ before the Thursday 2015-04-23 dateline: the night of Wednesday 2015-04-22",
       "Khor Maksar", "Aden", "YE", "battle", "Yemeni government forces", "Houthis",
       12, None, None, None,
       "In Khor Maksar, the narrow isthmus that links the old town of Crater to the mainland, southern fighters of the Popular Resistance battled the Houthis overnight for control of the road to the airport. A resistance commander said five of his men had been killed. Medics at a field clinic in al-Mansoura said they had also received the bodies of seven Houthi fighters.",
       note="12 = 5 resistance + 7 Houthi; the Popular Resistance is counted with government forces"),
    ev("Coalition warplanes struck Houthi positions around Aden's international airport.",
       "2015-04-21", "‘late on Tuesday’ before the Thursday 2015-04-23 dateline: Tuesday 2015-04-21",
       "Aden international airport", "Aden", "YE", "explosion", "Saudi-led coalition", "Houthis",
       None, None, None, None,
       "Warplanes of the Saudi-led coalition struck Houthi positions around Aden's international airport late on Tuesday, residents said. There was no word on casualties."),
    ev("Coalition jets hit the al-Anad air base in Lahj a few hours after the Aden airport strikes.",
       None, "‘a few hours later’ than strikes ‘late on Tuesday’: the night of Tuesday 2015-04-21 or early Wednesday 2015-04-22, not fixed",
       "al-Anad air base", "Lahj", "YE", "explosion", "Saudi-led coalition", "Houthis",
       None, None, None, None,
       "Coalition jets also hit the al-Anad air base in Lahj province, north of the city, a few hours later, a local official in Lahj said.",
       note="the base was held by the Houthis and Saleh's units"),
    ev("Houthi gunmen fired on protesters outside the governor's office in Taiz, killing two.",
       "2015-04-21", "‘a day after’ the shelling of Wednesday 2015-04-22: Tuesday 2015-04-21",
       "governor's office, Taiz", "Taiz", "YE", "other", "protesters", "Houthis",
       2, None, None, None,
       "The shelling came a day after Houthi gunmen opened fire on hundreds of people protesting outside the governor's office in Taiz, Yemen's third-largest city, killing two of them, witnesses said.",
       note="ACLED Protests / Excessive force against protesters: protesters are actor1, the force that fired actor2"),
],
figures=[
    fig("killed", 1080, "Yemen",
        "The World Health Organization says more than 1,080 people have been killed in Yemen since March 19"),
    fig("displaced", 150000, "Yemen",
        "the United Nations estimates that 150,000 have fled their homes"),
])

report("b29-02", "2018-06-25", "https://www.example-peninsulanewswire.com/saudi/riyadh-missile-debris-yasmin-20180625",
"""
Saudi air defences down missile over Riyadh; debris wounds two

RIYADH (Peninsula Newswire) — Saudi air defences shot down a ballistic missile over the north of the capital late on Sunday, and falling fragments wounded two people in the al-Yasmin district, the civil defence directorate said.

The Saudi-led coalition fighting in Yemen said the missile had been fired from Saada province by the "Iranian-backed Houthi militia". The group's al-Masirah television said its missile force had targeted "sensitive sites" in Riyadh.

Residents reported at least three loud bangs. One of the wounded, a foreign worker, was in a stable condition, a civil defence spokesman said.
""",
events=[
    ev("A Houthi ballistic missile fired from Saada was shot down over northern Riyadh; falling fragments wounded two people in al-Yasmin.",
       "2018-06-24", "‘late on Sunday’ before the publication date Monday 2018-06-25: Sunday 2018-06-24",
       "al-Yasmin", "Riyadh", "SA", "explosion", "Houthis", "civilians",
       None, None, 2, None,
       "Saudi air defences shot down a ballistic missile over the north of the capital late on Sunday, and falling fragments wounded two people in the al-Yasmin district, the civil defence directorate said. [...] The Saudi-led coalition fighting in Yemen said the missile had been fired from Saada province by the \"Iranian-backed Houthi militia\".",
       note="intercepted, but the debris hurt people, so coded as a missile attack rather than disrupted weapons use; the Houthis claimed the launch"),
])

report("b29-03", "2016-07-19", "https://www.example-arabiawire.com/yemen/2016/07/19/mukalla-fuwwah-camp-suicide-bombers",
"""
Suicide bombers kill 23 soldiers at Mukalla army camp; Islamic State claims attack

MUKALLA, Yemen, July 19 (Arabia Wire Service) - Two suicide bombers struck an army camp on the western edge of the Yemeni port city of Mukalla on Monday morning, killing at least 19 soldiers in the deadliest attack since government and Emirati-backed troops drove al Qaeda out of the city in April, military and medical sources said.

The first attacker drove a pickup truck packed with explosives into the gate of the Fuwwah camp as recruits queued for breakfast. The second, wearing an explosive belt, walked into the crowd of soldiers who ran to help the wounded and blew himself up, a lieutenant at the camp told Arabia Wire by telephone. Both bombers died.

The toll rose through the day. A doctor at Ibn Sina hospital said late on Monday that 23 soldiers had died, four of them after they reached the hospital, and that 31 others were still being treated, some in intensive care. "We had no more blood by noon," the doctor said. "Families were donating in the corridors."

Islamic State claimed the attack in a statement carried by its Amaq news agency, saying two of its "knights of martyrdom" had killed more than 70 "apostate soldiers". The group's Yemen branch has carried out a string of bombings against the security forces in Aden and Mukalla this year, while its larger rival, al Qaeda in the Arabian Peninsula (AQAP), has mostly kept out of the cities since its withdrawal.

It was not the first attempt on the camp this month. On July 7, soldiers at its outer checkpoint stopped a car whose driver fled on foot, and army engineers later defused more than 100 kg of explosives hidden in its doors and boot, a military spokesman said at the time.

Hours after Monday's bombing, in the town of Ghayl Bawazir, about 30 km east of Mukalla, two men on a motorcycle shot dead a colonel of the political security service as he left a mosque after evening prayers, a security official said. No group claimed the killing, but officials have blamed AQAP for more than a dozen similar assassinations in Hadramawt since the spring.

In Aden, the police said they had arrested 11 suspected members of Islamic State cells in the Sheikh Othman and al-Mansoura districts over the weekend, and had seized four explosive belts and a car fitted with explosives. The city's police chief said the cells had planned to attack checkpoints during the Eid holiday.

A suspected US drone strike, meanwhile, killed three men believed to be AQAP members as they travelled in a car near Said, in Shabwa province, on Sunday, local officials and residents said. Washington rarely comments on individual strikes in Yemen, but it has carried out dozens against the group over the past decade.

Al Qaeda fighters seized Mukalla, Yemen's fifth-largest city, in April 2015, as the country slid into war between the Iran-aligned Houthi movement and the government of President Abd-Rabbu Mansour Hadi, which is backed by a Saudi-led military coalition. The militants ran the port for a year, collecting customs duties and fuel taxes that analysts estimate brought in up to $2 million a day, before pulling out in the face of an offensive by Yemeni troops backed by the United Arab Emirates.

Since then, the city has been hit again and again. In May, two attacks on police recruits killed more than 40 people, and residents say the army has since ringed its camps with concrete blocks and sand berms.

"The security forces here are new, many of them recruited in the past three months, and they are easy targets," said a researcher at a Sanaa-based think tank who asked not to be named. "Islamic State wants to show it can still strike in the heart of the city. AQAP is playing a longer game in the valleys of Hadramawt and Shabwa."

The Yemeni government estimates that AQAP still has about 4,000 fighters across the south. The United Nations says more than 6,400 people have been killed in the country since the coalition entered the war in March 2015, about half of them civilians, and that some 2.8 million have been forced from their homes. Peace talks between the Houthis and the Hadi government, hosted by Kuwait since April, were adjourned at the end of June and are due to resume this weekend.
""",
events=[
    ev("Two Islamic State suicide bombers, one in a truck and one on foot, struck the Fuwwah army camp in Mukalla; 23 soldiers died, four of them in hospital, and 31 were wounded.",
       "2016-07-18", "‘on Monday morning’ before the Tuesday 2016-07-19 dateline: Monday 2016-07-18",
       "Fuwwah camp", "Hadramawt", "YE", "explosion", "Islamic State", "Yemeni government forces",
       25, None, 31, None,
       "Two suicide bombers struck an army camp on the western edge of the Yemeni port city of Mukalla on Monday morning, killing at least 19 soldiers [...] The first attacker drove a pickup truck packed with explosives into the gate of the Fuwwah camp as recruits queued for breakfast. [...] Both bombers died. [...] A doctor at Ibn Sina hospital said late on Monday that 23 soldiers had died, four of them after they reached the hospital, and that 31 others were still being treated, some in intensive care. [...] Islamic State claimed the attack in a statement carried by its Amaq news agency, saying two of its \"knights of martyrdom\" had killed more than 70 \"apostate soldiers\".",
       note="25 = 23 soldiers + 2 bombers; the first 'at least 19' was superseded as the toll rose, not a conflict; Amaq's 70 is not used"),
    ev("Soldiers at the Fuwwah camp's outer checkpoint stopped a car bomb whose driver fled; engineers defused more than 100 kg of explosives.",
       "2016-07-07", "‘On July 7’ in a Tuesday 2016-07-19 report",
       "Fuwwah camp", "Hadramawt", "YE", "other", "Yemeni government forces", "unknown",
       None, None, None, None,
       "On July 7, soldiers at its outer checkpoint stopped a car whose driver fled on foot, and army engineers later defused more than 100 kg of explosives hidden in its doors and boot, a military spokesman said at the time.",
       note="ACLED Strategic developments / Disrupted weapons use; nobody named for the car"),
    ev("Two men on a motorcycle shot dead a colonel of the political security service leaving a mosque in Ghayl Bawazir.",
       "2016-07-18", "‘Hours after Monday's bombing’, evening prayers: Monday 2016-07-18",
       "Ghayl Bawazir", "Hadramawt", "YE", "other", "militants (unidentified)", "Yemeni government forces",
       1, None, None, None,
       "Hours after Monday's bombing, in the town of Ghayl Bawazir, about 30 km east of Mukalla, two men on a motorcycle shot dead a colonel of the political security service as he left a mosque after evening prayers, a security official said. No group claimed the killing",
       note="assassination (news-wide: other); AQAP is blamed only for earlier killings in general, so the gunmen stay unidentified"),
    ev("Police in Aden arrested 11 suspected Islamic State cell members in Sheikh Othman and al-Mansoura, seizing explosive belts and a car bomb.",
       None, "‘over the weekend’ (Saturday 2016-07-16 or Sunday 2016-07-17): no single day",
       "Sheikh Othman and al-Mansoura", "Aden", "YE", "arrest", "Yemeni government forces", "Islamic State",
       None, None, None, None,
       "In Aden, the police said they had arrested 11 suspected members of Islamic State cells in the Sheikh Othman and al-Mansoura districts over the weekend, and had seized four explosive belts and a car fitted with explosives.",
       note="two districts share one count", arrested=11),
    ev("A suspected US drone strike killed three suspected AQAP members in a car near Said, Shabwa.",
       "2016-07-17", "‘on Sunday’ before the Tuesday 2016-07-19 dateline: Sunday 2016-07-17",
       "Said", "Shabwa", "YE", "explosion", "US forces", "AQAP",
       3, None, None, None,
       "A suspected US drone strike, meanwhile, killed three men believed to be AQAP members as they travelled in a car near Said, in Shabwa province, on Sunday, local officials and residents said.",
       note="'suspected US drone' coded to US forces, as ACLED does"),
],
figures=[
    fig("fighters", 4000, "southern Yemen",
        "The Yemeni government estimates that AQAP still has about 4,000 fighters across the south."),
    fig("killed", 6400, "Yemen",
        "The United Nations says more than 6,400 people have been killed in the country since the coalition entered the war in March 2015"),
    fig("displaced", 2800000, "Yemen",
        "some 2.8 million have been forced from their homes"),
])

report("b29-04", "2016-08-11", "https://www.example-sahelmaghrebpost.com/libya/2016/08/11/sirte-ouagadougou-centre-captured",
"""
Libyan forces seize Islamic State headquarters in Sirte

By Staff Reporter
Published 11 August 2016

Forces aligned with Libya's UN-backed Government of National Accord (GNA) captured the Ouagadougou conference centre in Sirte on Wednesday, the sprawling complex that Islamic State had used as its main base in the city since early 2015, the operation's media centre said.

Fighters of the Bunyan al-Marsous operation, most of them from brigades based in the city of Misrata, raised their flag over the centre's main hall in the afternoon after a push backed by tanks and US air strikes. They also took the nearby Ibn Sina hospital, the media centre said in a later statement.

"Daesh is finished as an organised force in Sirte," one field commander said by telephone. "What remains are snipers and suicide bombers in a few neighbourhoods."

The militants hit back with three suicide car bombs in District 3, the media centre said. One of them exploded near a group of fighters, killing four of them; the other two were destroyed by tank fire before they reached their targets.

Doctors at Misrata's central hospital said the bodies of 11 fighters killed across the Sirte front on Wednesday had been brought in, along with 62 wounded.

The US Africa Command said its aircraft had carried out four strikes in Sirte on Tuesday, hitting a tank and two fighting positions. Washington began the air campaign at the GNA's request on August 1 and has now carried out 33 strikes, it said.

Bunyan al-Marsous launched its offensive in May after Islamic State fighters pushed west towards Misrata. More than 350 of its fighters have been killed since then, according to hospital figures. At its peak, Islamic State was estimated to have up to 6,000 fighters in Sirte, the hometown of Muammar Gaddafi, which the group seized in 2015. Officials say a few hundred remain.
""",
events=[
    ev("GNA-aligned Bunyan al-Marsous forces captured the Ouagadougou conference centre, Islamic State's main base in Sirte.",
       "2016-08-10", "‘on Wednesday’ before the publication date Thursday 2016-08-11: Wednesday 2016-08-10",
       "Ouagadougou conference centre", "Sirte", "LY", "territory_gain", "Government of National Accord forces", "Islamic State",
       None, None, None, None,
       "Forces aligned with Libya's UN-backed Government of National Accord (GNA) captured the Ouagadougou conference centre in Sirte on Wednesday, the sprawling complex that Islamic State had used as its main base in the city since early 2015, the operation's media centre said.",
       note="Bunyan al-Marsous (mostly Misrata brigades) coded as GNA forces"),
    ev("The same forces also took the nearby Ibn Sina hospital in Sirte.",
       "2016-08-10", "‘They also took’ in the account of the push on Wednesday 2016-08-10",
       "Ibn Sina hospital", "Sirte", "LY", "territory_gain", "Government of National Accord forces", "Islamic State",
       None, None, None, None,
       "They also took the nearby Ibn Sina hospital, the media centre said in a later statement."),
    ev("Islamic State hit back with three suicide car bombs in District 3; one killed four fighters, two were destroyed before reaching their targets.",
       "2016-08-10", "‘hit back’ against the push of Wednesday 2016-08-10",
       "District 3, Sirte", "Sirte", "LY", "explosion", "Islamic State", "Government of National Accord forces",
       4, None, None, None,
       "The militants hit back with three suicide car bombs in District 3, the media centre said. One of them exploded near a group of fighters, killing four of them; the other two were destroyed by tank fire before they reached their targets.",
       note="the bomber's death is not stated, so only the four fighters are counted"),
    ev("US aircraft carried out four strikes in Sirte, hitting a tank and two fighting positions.",
       "2016-08-09", "‘on Tuesday’ before the publication date Thursday 2016-08-11: Tuesday 2016-08-09",
       "Sirte", "Sirte", "LY", "explosion", "US forces", "Islamic State",
       None, None, None, None,
       "The US Africa Command said its aircraft had carried out four strikes in Sirte on Tuesday, hitting a tank and two fighting positions."),
],
figures=[
    fig("killed", 11, "Sirte front",
        "Doctors at Misrata's central hospital said the bodies of 11 fighters killed across the Sirte front on Wednesday had been brought in, along with 62 wounded.",
        note="daily aggregate over the whole front"),
    fig("wounded", 62, "Sirte front",
        "Doctors at Misrata's central hospital said the bodies of 11 fighters killed across the Sirte front on Wednesday had been brought in, along with 62 wounded.",
        note="daily aggregate over the whole front"),
    fig("other", 33, "Sirte",
        "Washington began the air campaign at the GNA's request on August 1 and has now carried out 33 strikes", note="US air strikes since August 1"),
    fig("killed", 350, "Sirte",
        "More than 350 of its fighters have been killed since then, according to hospital figures."),
    fig("fighters", 6000, "Sirte",
        "At its peak, Islamic State was estimated to have up to 6,000 fighters in Sirte"),
])

report("b29-05", "2023-04-17", "https://www.example-nilewire.com/sudan/2023/04/17/khartoum-third-day-soba-airport-merowe",
"""
Sudan army jets pound RSF bases as battle for Khartoum enters third day

KHARTOUM, April 17 (Nile Wire) - Sudanese army warplanes bombed bases of the paramilitary Rapid Support Forces in and around Khartoum on Sunday and heavy gunfire shook the capital for a second night, as the power struggle between the country's two most powerful generals showed no sign of easing.

Army jets struck the RSF's sprawling base at Soba, on the south-eastern edge of the city, on Sunday afternoon, witnesses said, sending columns of black smoke over the Blue Nile. The army said in a statement that it had "destroyed the rebel militia's main supply depots". There was no word on casualties.

Fighting for Khartoum International Airport, which lies next to the army's general command headquarters in the heart of the capital, went on throughout Sunday. The RSF said on Saturday that its fighters had seized the airport, a claim the army called "lies". Residents of the nearby Burri and al-Amarat districts said they could see RSF pickups on the airport perimeter road, and at least two passenger aircraft were seen burning on the apron. Neither side gave its losses.

In the northern town of Merowe, the army said it had regained full control of the airport and air base, which RSF units had overrun on Saturday morning. Army officers said dozens of RSF fighters had surrendered there. Egypt said a group of its soldiers who had been at the base for joint training were safe.

In Khartoum North, also known as Bahri, a shell hit a house in the Kafouri neighbourhood on Sunday evening, killing five members of one family, among them two children, neighbours said. It was not clear who had fired it.

Both sides agreed on Sunday to a three-hour pause in the fighting to let civilians buy food and the wounded reach hospitals, after a proposal by the United Nations, but residents said the gunfire and explosions never stopped.

"We are lying on the floor with the children. The windows are gone," a resident of the al-Riyadh district said by telephone. "Every hour someone says there is a ceasefire, and every hour the shooting starts again."

The Central Committee of Sudan Doctors, a group that tracks casualties, said on Monday that at least 97 civilians had been killed across the country since Saturday and 942 people wounded, civilians and fighters among them. Many of the dead could not be collected from the streets because of the fighting, it said. Several hospitals in the capital have stopped working after being shelled or running out of fuel for their generators.

In Nyala, the capital of South Darfur, RSF fighters looted the central market and the warehouses of an international aid group on Sunday after army troops pulled back to their garrison, two residents said by telephone.

The RSF grew out of the Janjaweed militias that the government of Omar al-Bashir armed to fight rebels in Darfur in the 2000s, and it was turned into a formal paramilitary force in 2013. Its commander, General Mohamed Hamdan Dagalo, known as Hemedti, and the army chief, General Abdel Fattah al-Burhan, together removed Bashir in April 2019 after months of street protests, and together seized power from a civilian-led transitional government in October 2021.

Tension between the two men had been building for weeks over a plan to fold the RSF into the army, which Western and Gulf diplomats had hoped would open the way to elections. The army wanted the merger done within two years; the RSF wanted ten. Analysts put the RSF's strength at about 100,000 fighters, many of them veterans of the war in Yemen, where Sudanese troops fought for the Saudi-led coalition.

Diplomats said on Monday that the United States, Britain, Saudi Arabia and the United Arab Emirates were pressing both generals for a longer truce. The African Union said its commission chairman would travel to Khartoum as soon as the airport could be used.

"Neither of them believes he can lose," said a Sudanese analyst in Nairobi who asked not to be named. "That is what makes this so dangerous. Khartoum has never been a battlefield before. Darfur has, Kordofan has, Blue Nile has. Now the war has come to the capital."

Airlines have suspended all flights to Sudan, and neighbouring Chad closed its border on Saturday.
""",
events=[
    ev("Army jets struck the RSF's base at Soba on the south-eastern edge of Khartoum; the army said it destroyed supply depots.",
       "2023-04-16", "‘on Sunday afternoon’ before the Monday 2023-04-17 dateline: Sunday 2023-04-16",
       "Soba", "Khartoum", "SD", "explosion", "Sudanese Armed Forces", "Rapid Support Forces",
       None, None, None, None,
       "Army jets struck the RSF's sprawling base at Soba, on the south-eastern edge of the city, on Sunday afternoon, witnesses said, sending columns of black smoke over the Blue Nile. The army said in a statement that it had \"destroyed the rebel militia's main supply depots\". There was no word on casualties."),
    ev("The army and the RSF fought for Khartoum International Airport throughout Sunday; the RSF's claim to have seized it was denied by the army.",
       "2023-04-16", "‘went on throughout Sunday’ before the Monday 2023-04-17 dateline: Sunday 2023-04-16",
       "Khartoum International Airport", "Khartoum", "SD", "battle", "Rapid Support Forces", "Sudanese Armed Forces",
       None, None, None, None,
       "Fighting for Khartoum International Airport, which lies next to the army's general command headquarters in the heart of the capital, went on throughout Sunday. The RSF said on Saturday that its fighters had seized the airport, a claim the army called \"lies\".",
       note="a disputed capture is coded as a battle, not a territory change"),
    ev("RSF units overran the Merowe airport and air base.",
       "2023-04-15", "‘on Saturday morning’ before the Monday 2023-04-17 dateline: Saturday 2023-04-15",
       "Merowe airport", "Northern", "SD", "territory_gain", "Rapid Support Forces", "Sudanese Armed Forces",
       None, None, None, None,
       "In the northern town of Merowe, the army said it had regained full control of the airport and air base, which RSF units had overrun on Saturday morning."),
    ev("The army said it had regained full control of the Merowe airport and air base; dozens of RSF fighters surrendered.",
       None, "the army ‘said it had regained’ control, no day given for the recapture (between Saturday 2023-04-15 and Monday 2023-04-17)",
       "Merowe airport", "Northern", "SD", "territory_gain", "Sudanese Armed Forces", "Rapid Support Forces",
       None, None, None, None,
       "In the northern town of Merowe, the army said it had regained full control of the airport and air base, which RSF units had overrun on Saturday morning. Army officers said dozens of RSF fighters had surrendered there."),
    ev("A shell hit a house in Kafouri, Khartoum North, killing five members of one family; who fired it is not known.",
       "2023-04-16", "‘on Sunday evening’ before the Monday 2023-04-17 dateline: Sunday 2023-04-16",
       "Kafouri", "Khartoum", "SD", "explosion", "unknown", "civilians",
       5, None, None, None,
       "In Khartoum North, also known as Bahri, a shell hit a house in the Kafouri neighbourhood on Sunday evening, killing five members of one family, among them two children, neighbours said. It was not clear who had fired it."),
    ev("The army and the RSF agreed to a three-hour humanitarian pause proposed by the UN; residents said the fighting did not stop.",
       "2023-04-16", "‘agreed on Sunday’ before the Monday 2023-04-17 dateline: Sunday 2023-04-16",
       "Khartoum", "Khartoum", "SD", "other", "Sudanese Armed Forces", "Rapid Support Forces",
       None, None, None, None,
       "Both sides agreed on Sunday to a three-hour pause in the fighting to let civilians buy food and the wounded reach hospitals, after a proposal by the United Nations, but residents said the gunfire and explosions never stopped.",
       note="ACLED Strategic developments / Agreement"),
    ev("RSF fighters looted Nyala's central market and an aid group's warehouses after army troops pulled back.",
       "2023-04-16", "‘on Sunday’ before the Monday 2023-04-17 dateline: Sunday 2023-04-16",
       "Nyala central market", "South Darfur", "SD", "other", "Rapid Support Forces", "civilians",
       None, None, None, None,
       "In Nyala, the capital of South Darfur, RSF fighters looted the central market and the warehouses of an international aid group on Sunday after army troops pulled back to their garrison, two residents said by telephone.",
       note="ACLED Strategic developments / Looting/property destruction"),
],
figures=[
    fig("killed", 97, "Sudan",
        "at least 97 civilians had been killed across the country since Saturday"),
    fig("wounded", 942, "Sudan",
        "at least 97 civilians had been killed across the country since Saturday and 942 people wounded, civilians and fighters among them"),
    fig("fighters", 100000, "Sudan",
        "Analysts put the RSF's strength at about 100,000 fighters"),
])

report("b29-06", "2018-12-04", "https://www.example-arabianseachronicle.com/yemen/hodeidah-front-quiet-ahead-of-sweden-talks",
"""
Hodeidah's front lines fall quiet as Yemen's foes head for talks in Sweden

SANAA (Arabian Sea Chronicle) — The front lines around the Red Sea port of Hodeidah have been largely quiet for almost two weeks, residents and aid workers say, as Yemen's warring parties prepare for their first peace talks in more than two years, due to open in Sweden later this week.

A UN-chartered aircraft is due to fly wounded Houthi fighters to Oman for treatment before the talks, one of the conditions the group set for attending. A swap of thousands of prisoners is also on the agenda, along with the reopening of Sanaa airport and the payment of public salaries, which have not been paid in much of the north for two years.

Government forces backed by the United Arab Emirates have been pushing towards Hodeidah since June. They hold the airport and parts of the eastern districts, while the Houthis have dug trenches across the main streets and placed snipers on rooftops near the port. Residents say sporadic gunfire is still heard at night, but the air raids and artillery duels that shook the city in November have all but stopped.

"We are sleeping again, but nobody believes it will last," a teacher in the al-Hali district said by telephone.

The port handles about 70 percent of Yemen's imports, including most of its food and fuel, and aid agencies have warned that a battle for it would cut a lifeline for millions. The United Nations says 22 million Yemenis, three-quarters of the population, need some form of aid, and that 14 million are at risk of famine. Save the Children estimated last month that about 85,000 children under five may have died of extreme hunger or disease since the war escalated in 2015.

The Saudi-led coalition has fought the Iran-aligned Houthis since March 2015 to restore the government of President Abd-Rabbu Mansour Hadi. Western governments, under pressure over arms sales to Riyadh, have pushed hard for the talks. Diplomats caution that no one expects a full settlement: the aim, one said, is "a few small agreements that people can feel".
""",
country_hint="YE",
figures=[
    fig("other", 70, "Hodeidah port",
        "The port handles about 70 percent of Yemen's imports", note="percent of Yemen's imports"),
    fig("other", 22000000, "Yemen",
        "The United Nations says 22 million Yemenis, three-quarters of the population, need some form of aid", note="people in need of aid"),
    fig("other", 14000000, "Yemen",
        "14 million are at risk of famine", note="people at risk of famine"),
    fig("other", 85000, "Yemen",
        "Save the Children estimated last month that about 85,000 children under five may have died of extreme hunger or disease since the war escalated in 2015",
        note="deaths of children from hunger and disease, not violence"),
])

report("b29-07", "2019-08-11", "https://www.example-southernpost.com/aden/2019/08/11/stc-seizes-presidential-palace",
"""
Southern separatists seize Aden presidential palace as coalition calls for ceasefire

ADEN, Aug 11 (Southern Post) - Fighters of the UAE-backed Southern Transitional Council (STC) took control of the presidential palace in Aden's Crater district on Saturday, after guards loyal to President Abd-Rabbu Mansour Hadi withdrew under a deal brokered by the Saudi-led coalition, government officials and residents said.

The separatists, whose Security Belt forces fought alongside government troops against the Houthis for four years, had already seized the base of the 1st Presidential Protection Brigade in Dar Saad, on the northern edge of the city, on Friday.

On Saturday morning, before the palace was handed over, clashes in the Khor Maksar district near the airport killed six government soldiers and three separatist fighters, a medical source at al-Jumhuriya hospital said.

A mortar round landed on a house in al-Mualla on Friday, killing a woman and two of her daughters, neighbours said. Each side blamed the other for the shelling.

The International Committee of the Red Cross said on Sunday that four days of fighting in Aden had killed at least 40 people and wounded 260, many of them civilians caught in the crossfire. Hospitals were struggling to cope, it said, and bodies lay uncollected in some streets.

The government called the takeover "a coup against the legitimate state" and urged Riyadh and Abu Dhabi to rein in the separatists. The coalition called for an immediate ceasefire and invited both sides to talks in Saudi Arabia; an STC spokesman said the council was "ready to listen" but would not give up the positions it had taken.

The rift inside the anti-Houthi camp has been widening since the separatists and government troops last fought for the city in January 2018, and diplomats fear it could open a new war in the south while the Houthis hold the north.
""",
events=[
    ev("STC fighters took control of the presidential palace in Crater after Hadi's guards withdrew under a coalition-brokered deal.",
       "2019-08-10", "‘on Saturday’ before the Sunday 2019-08-11 dateline: Saturday 2019-08-10",
       "presidential palace, Crater", "Aden", "YE", "territory_gain", "Southern Transitional Council", "Yemeni government forces",
       None, None, None, None,
       "Fighters of the UAE-backed Southern Transitional Council (STC) took control of the presidential palace in Aden's Crater district on Saturday, after guards loyal to President Abd-Rabbu Mansour Hadi withdrew under a deal brokered by the Saudi-led coalition, government officials and residents said.",
       note="handed over under a deal: still a change of territory"),
    ev("The separatists seized the base of the 1st Presidential Protection Brigade in Dar Saad.",
       "2019-08-09", "‘on Friday’ before the Sunday 2019-08-11 dateline: Friday 2019-08-09",
       "Dar Saad", "Aden", "YE", "territory_gain", "Southern Transitional Council", "Yemeni government forces",
       None, None, None, None,
       "had already seized the base of the 1st Presidential Protection Brigade in Dar Saad, on the northern edge of the city, on Friday."),
    ev("Clashes in Khor Maksar near the airport killed six government soldiers and three separatist fighters.",
       "2019-08-10", "‘On Saturday morning’ before the Sunday 2019-08-11 dateline: Saturday 2019-08-10",
       "Khor Maksar", "Aden", "YE", "battle", "Southern Transitional Council", "Yemeni government forces",
       9, None, None, None,
       "On Saturday morning, before the palace was handed over, clashes in the Khor Maksar district near the airport killed six government soldiers and three separatist fighters, a medical source at al-Jumhuriya hospital said.",
       note="9 = 6 + 3; the STC was on the offensive"),
    ev("A mortar round hit a house in al-Mualla, killing a woman and two of her daughters; each side blamed the other.",
       "2019-08-09", "‘on Friday’ before the Sunday 2019-08-11 dateline: Friday 2019-08-09",
       "al-Mualla", "Aden", "YE", "explosion", "unknown", "civilians",
       3, None, None, None,
       "A mortar round landed on a house in al-Mualla on Friday, killing a woman and two of her daughters, neighbours said. Each side blamed the other for the shelling."),
],
figures=[
    fig("killed", 40, "Aden",
        "four days of fighting in Aden had killed at least 40 people and wounded 260"),
    fig("wounded", 260, "Aden",
        "four days of fighting in Aden had killed at least 40 people and wounded 260"),
])

report("b29-08", "2014-10-29", "https://www.example-cyrenaicadaily.com/benghazi/car-bomb-hawari-checkpoint",
"""
Car bomb kills three soldiers at Benghazi checkpoint

Updated 29 October 2014, 11:02 GMT

A car bomb exploded at an army checkpoint at the entrance to Benghazi's al-Hawari district on Tuesday morning, killing three soldiers and wounding four, a military source said.

Forces loyal to retired general Khalifa Haftar have been fighting Islamist militias of the Benghazi Revolutionaries Shura Council for control of the city since mid-October. No one claimed the bombing.

Separately, Shura Council fighters fired rockets at the Benina air base overnight, the source said, without giving details of casualties.
""",
events=[
    ev("A car bomb at an army checkpoint at the entrance to al-Hawari killed three soldiers and wounded four; nobody claimed it.",
       "2014-10-28", "‘on Tuesday morning’ before the Wednesday 2014-10-29 ‘Updated’ line: Tuesday 2014-10-28",
       "al-Hawari", "Benghazi", "LY", "explosion", "unknown", "Libyan National Army",
       3, None, 4, None,
       "A car bomb exploded at an army checkpoint at the entrance to Benghazi's al-Hawari district on Tuesday morning, killing three soldiers and wounding four, a military source said. [...] No one claimed the bombing.",
       note="Haftar's forces (Operation Dignity) are coded Libyan National Army"),
    ev("Shura Council fighters fired rockets at the Benina air base.",
       "2014-10-28", "‘overnight’ before the Wednesday 2014-10-29 ‘Updated’ line: the night of Tuesday 2014-10-28",
       "Benina air base", "Benghazi", "LY", "explosion", "Islamist militants", "Libyan National Army",
       None, None, None, None,
       "Separately, Shura Council fighters fired rockets at the Benina air base overnight, the source said, without giving details of casualties.",
       note="Benghazi Revolutionaries Shura Council: news-dev's 'Islamist militants'"),
])

report("b29-09", "2021-02-16", "https://www.example-frontlineyemen.com/marib/2021/02/16/houthi-offensive-kassara-sirwah",
"""
Houthis throw fighters at Marib in push for government's last northern stronghold

MARIB, Yemen (Frontline Yemen) — Houthi fighters attacked government positions on several fronts west and north-west of the city of Marib on Monday, in the heaviest fighting in months for the oil-rich province, the government's last stronghold in the north, military officials and tribal sources said.

The heaviest assault came on the al-Kassara front, about 30 km north-west of the city, where waves of Houthi fighters, some of them on motorcycles, charged government trenches before dawn. Sixteen soldiers were killed, a military official told Frontline Yemen, and dozens of Houthi fighters died, though he could not give a number. A hospital official in Marib said his staff had received the bodies of 16 soldiers and 41 wounded soldiers by Monday evening.

The Houthis' al-Masirah television said on Monday that "the army and popular committees" — the group's name for its own forces — had captured the al-Mushajeh hills in Sirwah district overnight on Sunday and "inflicted heavy losses on the mercenaries of the aggression". A government commander on the Sirwah front denied that the hills had fallen, saying his men had repelled the attack after six hours of fighting.

The Saudi-led coalition said its aircraft had carried out 23 strikes against Houthi reinforcements and vehicles in Marib and neighbouring al-Jawf province over the past 24 hours, killing "more than 100 terrorist elements". The figure could not be verified.

Late on Sunday, a ballistic missile struck close to the al-Jufainah camp for displaced people on the southern edge of the city, wounding five people, among them two children, according to the government's executive unit for displacement camps. The government blamed the Houthis, who did not comment. The camp, the largest in Yemen, shelters more than 10,000 families.

Last Wednesday, a father and his two sons were killed when their car hit a landmine on a desert track in the Raghwan district, north of the city, local officials said. Officials blamed the Houthis, who seized parts of Raghwan last year and laid mines as they were pushed back.

The offensive is the fiercest since early 2020, when the Houthis captured the district of Nihm, east of Sanaa, and much of al-Jawf, and brought their front lines to within a few dozen kilometres of Marib city. In January of that year, a missile strike on a mosque inside a military camp in Marib killed more than 100 soldiers, one of the deadliest single attacks of the war.

Marib matters to both sides for the same reasons. It sits on Yemen's main oil and gas fields and its only working refinery outside Aden, and its power plant once fed much of the national grid. For the government, it is the last foothold in the north and the base of much of its army. For the Houthis, who already hold Sanaa and most of the populous highlands, taking it would give them the resources to run a state, and a strong hand in any negotiation.

"If Marib falls, there is no government in the north, and there is no reason for the Houthis to talk to anyone," said a tribal sheikh from the Abida tribe, whose fighters man positions east of the city. "We are defending our homes, not Hadi."

The city has also become a refuge. Its population has swollen from a few tens of thousands before the war to well over a million, according to local authorities. The International Organization for Migration, which counts more cautiously, says the province hosts about 1 million displaced people, spread over 139 sites. Some 8,000 people have fled camps near the front lines since February 8, the IOM said on Monday, many of them for the second or third time.

"We left al-Sirwah with nothing," a woman who arrived at al-Jufainah last week said. "Now the shells follow us here."

Government commanders estimate that about 15,000 soldiers and tribal fighters are defending the approaches to the city. They say the Houthis have brought in thousands of reinforcements from Sanaa, Dhamar and al-Bayda in recent weeks, many of them young recruits.

The assault came days after the new US administration revoked the Houthis' designation as a terrorist organisation, a decision Washington said was meant to avoid blocking food imports into the north. US officials have since urged the group to halt the Marib offensive, and the UN envoy, Martin Griffiths, was in Riyadh on Monday for talks with government officials.

The United Nations estimates that the war has killed more than 230,000 people, most of them from indirect causes such as hunger and disease.
""",
events=[
    ev("Houthi fighters charged government trenches on the al-Kassara front north-west of Marib; 16 soldiers were killed and 41 wounded.",
       "2021-02-15", "‘on Monday’ and ‘before dawn’, before the publication date Tuesday 2021-02-16: Monday 2021-02-15",
       "al-Kassara", "Marib", "YE", "battle", "Houthis", "Yemeni government forces",
       16, None, 41, None,
       "The heaviest assault came on the al-Kassara front, about 30 km north-west of the city, where waves of Houthi fighters, some of them on motorcycles, charged government trenches before dawn. Sixteen soldiers were killed, a military official told Frontline Yemen, and dozens of Houthi fighters died, though he could not give a number. A hospital official in Marib said his staff had received the bodies of 16 soldiers and 41 wounded soldiers by Monday evening.",
       note="'dozens' of Houthi dead give no number"),
    ev("The Houthis said they captured the al-Mushajeh hills in Sirwah; a government commander said the attack was repelled after six hours.",
       "2021-02-14", "‘overnight on Sunday’ in al-Masirah's claim of Monday 2021-02-15: the night of Sunday 2021-02-14",
       "al-Mushajeh hills, Sirwah", "Marib", "YE", "battle", "Houthis", "Yemeni government forces",
       None, None, None, None,
       "The Houthis' al-Masirah television said on Monday that \"the army and popular committees\" — the group's name for its own forces — had captured the al-Mushajeh hills in Sirwah district overnight on Sunday and \"inflicted heavy losses on the mercenaries of the aggression\". A government commander on the Sirwah front denied that the hills had fallen, saying his men had repelled the attack after six hours of fighting.",
       note="a disputed capture is coded as a battle"),
    ev("A ballistic missile struck close to the al-Jufainah displacement camp, wounding five people; the government blamed the Houthis.",
       "2021-02-14", "‘Late on Sunday’ before the publication date Tuesday 2021-02-16: Sunday 2021-02-14",
       "al-Jufainah camp", "Marib", "YE", "explosion", "Houthis", "civilians",
       None, None, 5, None,
       "Late on Sunday, a ballistic missile struck close to the al-Jufainah camp for displaced people on the southern edge of the city, wounding five people, among them two children, according to the government's executive unit for displacement camps. The government blamed the Houthis, who did not comment.",
       note="blamed, not denied"),
    ev("A father and his two sons were killed when their car hit a landmine in Raghwan; officials blamed the Houthis.",
       "2021-02-10", "‘Last Wednesday’ before the publication date Tuesday 2021-02-16: Wednesday 2021-02-10",
       "Raghwan", "Marib", "YE", "explosion", "Houthis", "civilians",
       3, None, None, None,
       "Last Wednesday, a father and his two sons were killed when their car hit a landmine on a desert track in the Raghwan district, north of the city, local officials said. Officials blamed the Houthis, who seized parts of Raghwan last year and laid mines as they were pushed back."),
],
figures=[
    fig("other", 23, "Marib and al-Jawf",
        "The Saudi-led coalition said its aircraft had carried out 23 strikes against Houthi reinforcements and vehicles in Marib and neighbouring al-Jawf province over the past 24 hours",
        note="air strikes in 24 hours"),
    fig("killed", 100, "Marib and al-Jawf",
        "killing \"more than 100 terrorist elements\". The figure could not be verified.",
        note="the coalition's count of Houthi dead over 24 hours, unverified"),
    fig("other", 10000, "al-Jufainah camp",
        "The camp, the largest in Yemen, shelters more than 10,000 families.", note="families sheltered"),
    fig("displaced", 1000000, "Marib",
        "says the province hosts about 1 million displaced people, spread over 139 sites"),
    fig("displaced", 8000, "Marib",
        "Some 8,000 people have fled camps near the front lines since February 8, the IOM said on Monday"),
    fig("fighters", 15000, "Marib",
        "Government commanders estimate that about 15,000 soldiers and tribal fighters are defending the approaches to the city."),
    fig("killed", 230000, "Yemen",
        "The United Nations estimates that the war has killed more than 230,000 people, most of them from indirect causes such as hunger and disease.",
        note="direct and indirect deaths"),
])
# ---------------------------------------------------------------------------
# b29-10 .. b29-18
# ---------------------------------------------------------------------------

report("b29-10", "2024-01-16", "https://www.example-shippingsentinel.com/red-sea/2024/01/16/houthi-missile-bulk-carrier-gulf-of-aden",
"""
Houthi missile hits US-owned bulk carrier off Aden days after US and British strikes

By Maritime Correspondent
Published Tuesday 16 January 2024

An anti-ship ballistic missile fired from Houthi-held territory in Yemen struck a US-owned, Marshall Islands-flagged bulk carrier in the Gulf of Aden on Monday afternoon, about 95 nautical miles south-east of Aden, the US military's Central Command said. The ship reported no injuries and only limited damage, and continued its voyage, it said.

The Houthis' military spokesman said in a televised statement that the group's naval forces had targeted the vessel with "several appropriate naval missiles", and warned that all American ships were now "hostile targets".

It was the first time the group had hit a US-owned ship since American and British warplanes and warships struck Houthi targets across Yemen overnight on Thursday, in what Washington called a response to weeks of attacks on shipping. The strikes hit more than 60 targets at 16 sites, among them the al-Dailami air base north of Sanaa and the airport and port of Hodeidah, according to the US military. The Houthis said five of their fighters were killed and six wounded.

Washington struck again early on Saturday, hitting a Houthi radar site near Sanaa with Tomahawk missiles fired from a destroyer, US officials said.

On Sunday, a US fighter jet shot down an anti-ship cruise missile fired from Houthi-controlled areas near Hodeidah towards the destroyer USS Laboon in the southern Red Sea, Central Command said.

The Houthis, who say they are acting in support of the Palestinians in Gaza, have launched more than 30 attacks on merchant ships since November 19, when their fighters seized a car carrier from a helicopter. Most of the world's big container lines now send their ships around the Cape of Good Hope, adding ten days or more to voyages between Asia and Europe, and a maritime security firm said on Monday that traffic through the Bab al-Mandab strait had fallen by about 40 percent since mid-December.
""",
events=[
    ev("A Houthi anti-ship ballistic missile struck a US-owned bulk carrier about 95 nautical miles south-east of Aden; no injuries, limited damage.",
       "2024-01-15", "‘on Monday afternoon’ before the Tuesday 2024-01-16 ‘Published’ line: Monday 2024-01-15",
       "Gulf of Aden, 95 nautical miles south-east of Aden", None, "YE", "explosion", "Houthis", "civilians",
       0, None, 0, None,
       "An anti-ship ballistic missile fired from Houthi-held territory in Yemen struck a US-owned, Marshall Islands-flagged bulk carrier in the Gulf of Aden on Monday afternoon, about 95 nautical miles south-east of Aden, the US military's Central Command said. The ship reported no injuries and only limited damage, and continued its voyage, it said. [...] The Houthis' military spokesman said in a televised statement that the group's naval forces had targeted the vessel",
       note="at sea: no first-level region; merchant crew as civilians; 'no injuries' gives explicit zeros"),
    ev("US and British warplanes and warships struck more than 60 Houthi targets at 16 sites, including al-Dailami air base and Hodeidah airport and port; the Houthis said five fighters were killed and six wounded.",
       "2024-01-11", "‘overnight on Thursday’ before the Tuesday 2024-01-16 ‘Published’ line: the night of Thursday 2024-01-11",
       "al-Dailami air base, Hodeidah airport and port", "Amanat al Asimah", "YE", "explosion", "US forces", "Houthis",
       5, None, 6, None,
       "American and British warplanes and warships struck Houthi targets across Yemen overnight on Thursday, in what Washington called a response to weeks of attacks on shipping. The strikes hit more than 60 targets at 16 sites, among them the al-Dailami air base north of Sanaa and the airport and port of Hodeidah, according to the US military. The Houthis said five of their fighters were killed and six wounded.",
       note="one wave with one toll stays one event, places listed; with British forces; admin of the first place named"),
    ev("US Tomahawk missiles hit a Houthi radar site near Sanaa.",
       "2024-01-13", "‘early on Saturday’ before the Tuesday 2024-01-16 ‘Published’ line: Saturday 2024-01-13",
       "Sanaa", "Amanat al Asimah", "YE", "explosion", "US forces", "Houthis",
       None, None, None, None,
       "Washington struck again early on Saturday, hitting a Houthi radar site near Sanaa with Tomahawk missiles fired from a destroyer, US officials said."),
    ev("A US fighter jet shot down a Houthi anti-ship cruise missile fired towards the destroyer USS Laboon in the southern Red Sea.",
       "2024-01-14", "‘On Sunday’ before the Tuesday 2024-01-16 ‘Published’ line: Sunday 2024-01-14",
       "southern Red Sea", None, "YE", "other", "US forces", "Houthis",
       None, None, None, None,
       "On Sunday, a US fighter jet shot down an anti-ship cruise missile fired from Houthi-controlled areas near Hodeidah towards the destroyer USS Laboon in the southern Red Sea, Central Command said.",
       note="at sea; ACLED Strategic developments / Disrupted weapons use, the interceptor as actor1"),
],
figures=[
    fig("other", 30, "Red Sea and Gulf of Aden",
        "have launched more than 30 attacks on merchant ships since November 19", note="Houthi attacks on shipping since November 19"),
    fig("other", 40, "Bab al-Mandab",
        "traffic through the Bab al-Mandab strait had fallen by about 40 percent since mid-December", note="percent fall in traffic"),
])

report("b29-11", "2023-05-15", "https://www.example-saheldispatch.com/sudan/2023/05/15/el-geneina-jamarik-survivors-chad",
"""
Survivors of El Geneina attacks describe killings as thousands flee into Chad

ADRE, Chad, May 15 (Sahel Dispatch) - Armed men on motorbikes and in pickup trucks bearing the insignia of the Rapid Support Forces attacked the al-Jamarik neighbourhood of El Geneina on Friday, shooting residents in the streets and setting homes on fire, survivors who crossed into Chad told Sahel Dispatch.

A local human rights monitor said it had counted 38 dead in al-Jamarik. A leader of the Masalit community, speaking in Adre, put the toll at more than 60, most of them men and boys. The RSF, which has denied targeting civilians in West Darfur, said its forces had been "protecting citizens from tribal gangs".

"They went from house to house asking who was Masalit," said a 34-year-old woman who walked for two days with her four children to reach the border. "My brother-in-law was taken outside. We heard the shots."

The army's 15th Infantry Division headquarters in the town came under attack again on Saturday, residents said, with heavy gunfire and explosions heard for several hours. The army said its troops had "repelled the militia".

Shells fell on the Abu Zar camp for displaced people on Saturday afternoon, killing four people, a camp coordinator said. Residents blamed RSF gunners firing from the east of the town; an RSF commander denied it and accused the army.

On Sunday, the bodies of 11 men were found in Wadi Kaja, the dry riverbed that cuts through the town, a medic at one of the few clinics still open said. It was not known when they had been killed, or by whom.

Telephone and internet links to West Darfur have been cut for most of the past three weeks, and the accounts could not be independently verified. The UN refugee agency said more than 30,000 people had crossed into Chad since the war began on April 15, most of them women and children, and that it expected the number to double. The United Nations says at least 450 people have been killed in El Geneina since fighting spread to the town on April 24.

El Geneina saw some of the worst violence of the Darfur war in the 2000s, and attacks by Arab militias on Masalit camps around the town killed hundreds of people as recently as 2021.
""",
events=[
    ev("Armed men bearing RSF insignia attacked al-Jamarik in El Geneina, shooting residents and burning homes; a rights monitor counted 38 dead, a Masalit leader more than 60.",
       "2023-05-12", "‘on Friday’ before the Monday 2023-05-15 dateline: Friday 2023-05-12",
       "al-Jamarik", "West Darfur", "SD", "attack_on_civilians", "Rapid Support Forces", "civilians",
       38, 60, None, None,
       "Armed men on motorbikes and in pickup trucks bearing the insignia of the Rapid Support Forces attacked the al-Jamarik neighbourhood of El Geneina on Friday, shooting residents in the streets and setting homes on fire, survivors who crossed into Chad told Sahel Dispatch. [...] A local human rights monitor said it had counted 38 dead in al-Jamarik. A leader of the Masalit community, speaking in Adre, put the toll at more than 60, most of them men and boys.",
       note="attackers identified by their RSF insignia; the RSF's denial is general, not of this attack; conflicting tolls 38 vs 60"),
    ev("The army's 15th Infantry Division headquarters in El Geneina came under attack again; the army said it repelled the 'militia'.",
       "2023-05-13", "‘on Saturday’ before the Monday 2023-05-15 dateline: Saturday 2023-05-13",
       "15th Infantry Division headquarters", "West Darfur", "SD", "battle", "Rapid Support Forces", "Sudanese Armed Forces",
       None, None, None, None,
       "The army's 15th Infantry Division headquarters in the town came under attack again on Saturday, residents said, with heavy gunfire and explosions heard for several hours. The army said its troops had \"repelled the militia\".",
       note="'the militia' is the army's word for the RSF"),
    ev("Shells hit the Abu Zar displacement camp, killing four; residents blamed the RSF, which denied it and blamed the army.",
       "2023-05-13", "‘on Saturday afternoon’ before the Monday 2023-05-15 dateline: Saturday 2023-05-13",
       "Abu Zar camp", "West Darfur", "SD", "explosion", "unknown", "civilians",
       4, None, None, None,
       "Shells fell on the Abu Zar camp for displaced people on Saturday afternoon, killing four people, a camp coordinator said. Residents blamed RSF gunners firing from the east of the town; an RSF commander denied it and accused the army.",
       note="blame and denial: unknown"),
    ev("The bodies of 11 men were found in Wadi Kaja in El Geneina; when and by whom they were killed is not known.",
       None, "found ‘On Sunday’ (2023-05-14); the day of the killing is not known",
       "Wadi Kaja", "West Darfur", "SD", "attack_on_civilians", "unknown", "civilians",
       11, None, None, None,
       "On Sunday, the bodies of 11 men were found in Wadi Kaja, the dry riverbed that cuts through the town, a medic at one of the few clinics still open said. It was not known when they had been killed, or by whom."),
],
figures=[
    fig("displaced", 30000, "Chad",
        "more than 30,000 people had crossed into Chad since the war began on April 15", note="refugees from Sudan"),
    fig("killed", 450, "El Geneina",
        "The United Nations says at least 450 people have been killed in El Geneina since fighting spread to the town on April 24."),
])

report("b29-12", "2012-06-13", "https://www.example-southarabiareporter.com/abyan/2012/06/13/army-retakes-jaar-zinjibar",
"""
Yemen army retakes Jaar and Zinjibar from al Qaeda militants

ADEN, June 13 (South Arabia Reporter) - Yemeni troops backed by tribal fighters of the Popular Committees drove al Qaeda-linked militants out of the town of Jaar in Abyan province on Tuesday after a month-long offensive, the defence ministry said.

Twenty-seven militants and four soldiers were killed in the final assault on Jaar, the ministry said in a statement carried by the state news agency Saba. Fighters of Ansar al-Sharia, the local arm of al Qaeda in the Arabian Peninsula, had held the town since March last year and had declared it an "Islamic emirate".

Zinjibar, the provincial capital about 15 km to the south, fell hours later with little resistance, a local official said. Residents who had fled to Aden said the militants had pulled out towards the mountains of neighbouring Shabwa.

On Monday, a suicide bomber drove a car packed with explosives into a checkpoint of the Popular Committees at the entrance to Shuqra, on the coast east of Zinjibar, killing himself and five of the tribal fighters, a local official said. An army officer blamed Ansar al-Sharia.

President Abd-Rabbu Mansour Hadi, who took office in February after a year of protests forced his predecessor Ali Abdullah Saleh to step down, launched the offensive on May 12 with the backing of Washington, which has stepped up drone strikes against the group. The defence ministry says more than 400 militants and about 80 soldiers have been killed since then.

About 150,000 people fled the fighting in Abyan over the past year, most of them to Aden, according to the UN refugee agency. Many say they will not go home until mines and unexploded shells have been cleared from their streets.
""",
events=[
    ev("Yemeni troops and Popular Committees drove Ansar al-Sharia out of Jaar; 27 militants and four soldiers were killed in the final assault.",
       "2012-06-12", "‘on Tuesday’ before the Wednesday 2012-06-13 dateline: Tuesday 2012-06-12",
       "Jaar", "Abyan", "YE", "territory_gain", "Yemeni government forces", "AQAP",
       31, None, None, None,
       "Yemeni troops backed by tribal fighters of the Popular Committees drove al Qaeda-linked militants out of the town of Jaar in Abyan province on Tuesday after a month-long offensive, the defence ministry said. [...] Twenty-seven militants and four soldiers were killed in the final assault on Jaar",
       note="31 = 27 + 4; Ansar al-Sharia is AQAP's local arm; the Popular Committees are counted with government forces"),
    ev("Zinjibar fell to government forces hours later with little resistance.",
       "2012-06-12", "‘hours later’ after the capture of Jaar on Tuesday 2012-06-12",
       "Zinjibar", "Abyan", "YE", "territory_gain", "Yemeni government forces", "AQAP",
       None, None, None, None,
       "Zinjibar, the provincial capital about 15 km to the south, fell hours later with little resistance, a local official said."),
    ev("A suicide car bomber hit a Popular Committees checkpoint at the entrance to Shuqra, killing himself and five tribal fighters; an officer blamed Ansar al-Sharia.",
       "2012-06-11", "‘On Monday’ before the Wednesday 2012-06-13 dateline: Monday 2012-06-11",
       "Shuqra", "Abyan", "YE", "explosion", "AQAP", "Yemeni government forces",
       6, None, None, None,
       "On Monday, a suicide bomber drove a car packed with explosives into a checkpoint of the Popular Committees at the entrance to Shuqra, on the coast east of Zinjibar, killing himself and five of the tribal fighters, a local official said. An army officer blamed Ansar al-Sharia.",
       note="6 = bomber + 5; blamed, not denied"),
],
figures=[
    fig("killed", 400, "Abyan",
        "The defence ministry says more than 400 militants and about 80 soldiers have been killed since then.", note="militants since May 12"),
    fig("killed", 80, "Abyan",
        "The defence ministry says more than 400 militants and about 80 soldiers have been killed since then.", note="soldiers since May 12"),
    fig("displaced", 150000, "Abyan",
        "About 150,000 people fled the fighting in Abyan over the past year"),
])

report("b29-13", "2017-07-06", "https://www.example-healthwatcharabia.com/yemen/cholera-270000-cases-war-health-system",
"""
Cholera spreads across Yemen as war wrecks water and health systems

By Health Correspondent
Updated July 6, 2017

The cholera outbreak sweeping Yemen has infected more than 270,000 people and killed more than 1,600 since late April, the World Health Organization said, as the collapse of water, sanitation and health services after more than two years of war lets the disease spread faster than aid agencies can treat it.

Fewer than half of the country's health facilities are fully working. Many have been damaged by air strikes or shelling, others have closed because there is no fuel for their generators, and some 30,000 health workers have not been paid for about ten months, the WHO said.

"We are fighting cholera in the middle of a war," said an official of the UN children's agency in Sanaa. "Every checkpoint, every closed road, every bombed bridge costs us time, and time is lives with cholera."

Aid workers say the disease has spread fastest in Houthi-held areas of the north and west, where sewage systems have broken down and rubbish has piled up since the sanitation workers of Sanaa went unpaid. Some treatment centres are taking in several hundred patients a day, with two to a bed and drips hung from window frames.

The Saudi-led coalition, which has fought the Iran-aligned Houthis since March 2015, says it has approved hundreds of aid shipments and blames the Houthis for diverting supplies. The Houthis accuse the coalition of strangling the north with its blockade of ports and its closure of Sanaa airport to commercial flights. A hospital in Abs run by Medecins Sans Frontieres was hit in an air strike last August, and several other medical sites have been damaged since, making some aid groups wary of working close to the front lines.

According to WHO figures, the war itself has killed more than 8,300 people and wounded nearly 48,000 since March 2015. About 3 million Yemenis have been forced from their homes, and the UN says close to 7 million do not know where their next meal will come from.
""",
country_hint="YE",
figures=[
    fig("other", 270000, "Yemen",
        "The cholera outbreak sweeping Yemen has infected more than 270,000 people", note="suspected cholera cases since late April"),
    fig("other", 1600, "Yemen",
        "The cholera outbreak sweeping Yemen has infected more than 270,000 people and killed more than 1,600 since late April", note="cholera deaths, not violence"),
    fig("other", 30000, "Yemen",
        "some 30,000 health workers have not been paid for about ten months", note="unpaid health workers"),
    fig("killed", 8300, "Yemen",
        "the war itself has killed more than 8,300 people and wounded nearly 48,000 since March 2015"),
    fig("wounded", 48000, "Yemen",
        "the war itself has killed more than 8,300 people and wounded nearly 48,000 since March 2015"),
    fig("displaced", 3000000, "Yemen",
        "About 3 million Yemenis have been forced from their homes"),
])

report("b29-14", "2019-09-15", "https://www.example-gulfbusinesswire.com/energy/2019/09/15/abqaiq-drone-attack-output",
"""
Drone attack on Abqaiq knocks out half of Saudi oil output

RIYADH/DUBAI, Sept 15 (Gulf Business Wire) - Drones set ablaze the world's largest crude processing plant, at Abqaiq in eastern Saudi Arabia, before dawn on Saturday, knocking out about 5.7 million barrels per day of production, more than half of the kingdom's output, the energy minister said.

Yemen's Houthi movement claimed responsibility, saying it had sent ten drones in "one of the largest operations" of the war. US Secretary of State Mike Pompeo said there was no evidence the attack had come from Yemen and blamed Iran. Tehran rejected the accusation as "meaningless".

The interior ministry said the fires had been brought under control and that nobody was hurt. Video posted on social media showed flames and thick smoke rising over the plant, about 60 km south-west of Dhahran, where the state oil company Saudi Aramco processes most of the crude it exports.

The coalition fighting in Yemen said separately that its air defences had intercepted a drone launched by the Houthis towards the southern city of Najran on Friday.

Oil traders said prices could jump by $5 to $10 a barrel when markets open on Monday. Aramco said it would draw on its stocks to keep supplying customers and expected to restore a third of the lost output by Monday evening.

The Houthis have launched dozens of drone and missile attacks on Saudi cities, airports and oil installations this year, most of them in the south-west of the kingdom near the Yemeni border. In May, drones hit two pumping stations on the East-West pipeline far from the border, and in August the group struck a gas plant at Shaybah, near the border with the United Arab Emirates. The attack on Abqaiq is by far the most damaging.

Analysts said it exposed the weakness of the kingdom's air defences, which are built to stop high-flying ballistic missiles rather than low, slow drones and cruise missiles.
""",
events=[
    ev("Drones set the Abqaiq crude processing plant ablaze, knocking out 5.7 million barrels per day; the Houthis claimed it, the US blamed Iran; nobody was hurt.",
       "2019-09-14", "‘before dawn on Saturday’ before the Sunday 2019-09-15 dateline: Saturday 2019-09-14",
       "Abqaiq", "Eastern Province", "SA", "explosion", "Houthis", "none",
       0, None, 0, None,
       "Drones set ablaze the world's largest crude processing plant, at Abqaiq in eastern Saudi Arabia, before dawn on Saturday, knocking out about 5.7 million barrels per day of production, more than half of the kingdom's output, the energy minister said. [...] Yemen's Houthi movement claimed responsibility, saying it had sent ten drones in \"one of the largest operations\" of the war. US Secretary of State Mike Pompeo said there was no evidence the attack had come from Yemen and blamed Iran. Tehran rejected the accusation as \"meaningless\". [...] The interior ministry said the fires had been brought under control and that nobody was hurt.",
       note="the Houthis' claim names the actor; the US blame on Iran, denied, is in the note only; an installation with nobody hurt: actor2 none, explicit zeros"),
    ev("The Houthis struck a gas plant at Shaybah, near the border with the UAE.",
       None, "‘in August’: no day given (within the report's news window)",
       "Shaybah", "Eastern Province", "SA", "explosion", "Houthis", "none",
       None, None, None, None,
       "in August the group struck a gas plant at Shaybah, near the border with the United Arab Emirates.",
       note="recalled in passing with only a month", optional=True),
    ev("Coalition air defences intercepted a Houthi drone launched towards Najran.",
       "2019-09-13", "‘on Friday’ before the Sunday 2019-09-15 dateline: Friday 2019-09-13",
       "Najran", "Najran", "SA", "other", "Saudi security forces", "Houthis",
       None, None, None, None,
       "The coalition fighting in Yemen said separately that its air defences had intercepted a drone launched by the Houthis towards the southern city of Najran on Friday.",
       note="Disrupted weapons use over Saudi territory: Saudi air defences as actor1"),
],
figures=[
    fig("other", 5700000, "Abqaiq",
        "knocking out about 5.7 million barrels per day of production", note="barrels per day of lost output"),
])

report("b29-15", "2019-04-09", "https://www.example-maghrebwire.com/libya/2019/04/09/mitiga-airstrike-ain-zara-shelling",
"""
Haftar's jets hit Tripoli's only working airport as fighting nears capital

TRIPOLI, April 9 (Maghreb Wire) - A warplane belonging to Khalifa Haftar's Libyan National Army (LNA) struck Mitiga airport, the only functioning airport in Tripoli, on Monday, forcing it to suspend flights, airport officials said. Nobody was hurt in the raid, which hit a runway used by both civilian and military aircraft.

The LNA said it had targeted "a MiG-23 and helicopters" belonging to the "terrorist militias" allied to the UN-backed Government of National Accord (GNA) that were parked at the airport.

On Monday evening, shells hit houses in the southern suburb of Ain Zara, killing two children and a woman from one family, the GNA's health ministry said. The ministry blamed Haftar's forces. An LNA spokesman said its units "never target civilians" and accused GNA-allied militias of shelling the area themselves.

Forces allied to the GNA, many of them from Misrata, counter-attacked on Sunday around the disused international airport, 25 km south of the city centre. The GNA said its fighters had killed seven LNA fighters there; the LNA said it had lost two men.

Haftar announced his advance on Tripoli on Thursday, when LNA forces entered the town of Gharyan, 80 km south of the capital, without a fight after local armed groups stood aside.

The World Health Organization said on Tuesday that at least 47 people had been killed and 181 wounded in the fighting around Tripoli since Thursday, fighters and civilians among them. The UN said more than 3,400 people had fled their homes in the southern suburbs.

The United Nations had been due to host a national conference next week to prepare for elections. UN envoy Ghassan Salame said it would be postponed, but that he would not give up on it.
""",
events=[
    ev("An LNA warplane struck Mitiga airport, forcing it to suspend flights; nobody was hurt.",
       "2019-04-08", "‘on Monday’ before the Tuesday 2019-04-09 dateline: Monday 2019-04-08",
       "Mitiga airport", "Tripoli", "LY", "explosion", "Libyan National Army", "none",
       0, None, 0, None,
       "A warplane belonging to Khalifa Haftar's Libyan National Army (LNA) struck Mitiga airport, the only functioning airport in Tripoli, on Monday, forcing it to suspend flights, airport officials said. Nobody was hurt in the raid",
       note="the LNA said it aimed at GNA aircraft; nobody hurt: explicit zeros"),
    ev("Shells hit houses in Ain Zara, killing two children and a woman; the GNA blamed Haftar's forces, the LNA denied it.",
       "2019-04-08", "‘On Monday evening’ before the Tuesday 2019-04-09 dateline: Monday 2019-04-08",
       "Ain Zara", "Tripoli", "LY", "explosion", "unknown", "civilians",
       3, None, None, None,
       "On Monday evening, shells hit houses in the southern suburb of Ain Zara, killing two children and a woman from one family, the GNA's health ministry said. The ministry blamed Haftar's forces. An LNA spokesman said its units \"never target civilians\" and accused GNA-allied militias of shelling the area themselves.",
       note="blame and denial: unknown"),
    ev("GNA-allied forces counter-attacked the LNA around the disused international airport; the GNA said seven LNA fighters were killed, the LNA said two.",
       "2019-04-07", "‘on Sunday’ before the Tuesday 2019-04-09 dateline: Sunday 2019-04-07",
       "disused international airport", "Tripoli", "LY", "battle", "Government of National Accord forces", "Libyan National Army",
       2, 7, None, None,
       "Forces allied to the GNA, many of them from Misrata, counter-attacked on Sunday around the disused international airport, 25 km south of the city centre. The GNA said its fighters had killed seven LNA fighters there; the LNA said it had lost two men.",
       note="conflicting counts of LNA dead: 2 (own) vs 7 (the enemy's)"),
    ev("LNA forces entered Gharyan without a fight after local armed groups stood aside.",
       "2019-04-04", "‘on Thursday’ before the Tuesday 2019-04-09 dateline: Thursday 2019-04-04",
       "Gharyan", "Jabal al Gharbi", "LY", "territory_gain", "Libyan National Army", "Government of National Accord forces",
       None, None, None, None,
       "Haftar announced his advance on Tripoli on Thursday, when LNA forces entered the town of Gharyan, 80 km south of the capital, without a fight after local armed groups stood aside.",
       note="taken without a fight from GNA-aligned local groups"),
],
figures=[
    fig("killed", 47, "Tripoli",
        "at least 47 people had been killed and 181 wounded in the fighting around Tripoli since Thursday"),
    fig("wounded", 181, "Tripoli",
        "at least 47 people had been killed and 181 wounded in the fighting around Tripoli since Thursday"),
    fig("displaced", 3400, "southern Tripoli",
        "The UN said more than 3,400 people had fled their homes in the southern suburbs."),
])

report("b29-16", "2019-05-28", "https://www.example-sanaaecho.com/news/2019/05/28/aggression-raids-razih-saada",
"""
Aggression raids on Saada's Razih kill four citizens, security source says

Sanaa Echo | Tuesday, May 28, 2019

The warplanes of the US-Saudi aggression launched 12 raids on Razih district of Saada governorate on Monday, killing four citizens, including two children, and wounding three others, a security source told the Saba news agency.

The source said the raids targeted citizens' houses and farms in the district, destroying two houses completely.

The Saudi enemy's artillery also shelled populated villages in Shada district on the same day, damaging several homes and a water tank, the source added.

In a separate statement, the spokesman of the army and popular committees said the missile force had fired a Badr-1 ballistic missile on Monday night at "a gathering of the Saudi enemy's army and its mercenaries" in the al-Khubah area of Jizan, achieving "precise hits". He did not give casualty figures, and there was no immediate comment from the coalition.

The spokesman added that an attempt by the mercenaries to advance on the Kitaf front had been repelled on Monday, and that dozens of them had been killed or wounded.

According to a Sanaa-based rights centre, the aggression has killed or wounded more than 40,000 civilians since it began its war on Yemen in March 2015.
""",
events=[
    ev("Coalition warplanes carried out 12 raids on Razih district, killing four civilians, two of them children, and wounding three.",
       "2019-05-27", "‘on Monday’ before the Tuesday 2019-05-28 masthead date: Monday 2019-05-27",
       "Razih", "Saada", "YE", "explosion", "Saudi-led coalition", "civilians",
       4, None, 3, None,
       "The warplanes of the US-Saudi aggression launched 12 raids on Razih district of Saada governorate on Monday, killing four citizens, including two children, and wounding three others, a security source told the Saba news agency.",
       note="'US-Saudi aggression' is the Houthi name for the coalition"),
    ev("Saudi artillery shelled villages in Shada district, damaging homes and a water tank.",
       "2019-05-27", "‘on the same day’ as the Razih raids of Monday 2019-05-27",
       "Shada", "Saada", "YE", "explosion", "Saudi security forces", "civilians",
       None, None, None, None,
       "The Saudi enemy's artillery also shelled populated villages in Shada district on the same day, damaging several homes and a water tank, the source added.",
       note="cross-border shelling by the Saudi army"),
    ev("The Houthis said they fired a Badr-1 ballistic missile at Saudi troops and allied fighters in al-Khubah, Jizan; no toll and no coalition comment.",
       "2019-05-27", "‘on Monday night’ before the Tuesday 2019-05-28 masthead date: Monday 2019-05-27",
       "al-Khubah", "Jizan", "SA", "explosion", "Houthis", "Saudi security forces",
       None, None, None, None,
       "the spokesman of the army and popular committees said the missile force had fired a Badr-1 ballistic missile on Monday night at \"a gathering of the Saudi enemy's army and its mercenaries\" in the al-Khubah area of Jizan, achieving \"precise hits\". He did not give casualty figures, and there was no immediate comment from the coalition.",
       note="told only by the Houthis; 'army and popular committees' is their name for their own forces"),
    ev("Government forces ('mercenaries') tried to advance on the Kitaf front and were repelled by the Houthis.",
       "2019-05-27", "‘on Monday’ before the Tuesday 2019-05-28 masthead date: Monday 2019-05-27",
       "Kitaf", "Saada", "YE", "battle", "Yemeni government forces", "Houthis",
       None, None, None, None,
       "The spokesman added that an attempt by the mercenaries to advance on the Kitaf front had been repelled on Monday, and that dozens of them had been killed or wounded.",
       note="the side that advanced is actor1; 'dozens killed or wounded' gives no number"),
],
figures=[
    fig("other", 40000, "Yemen",
        "the aggression has killed or wounded more than 40,000 civilians since it began its war on Yemen in March 2015",
        note="civilians killed or wounded together, by a Houthi-side rights centre"),
])

report("b29-17", "2021-03-08", "https://www.example-redseatimes.com/jazan/projectile-ahad-masarihah-five-wounded",
"""
Projectile from Yemen wounds five in Jazan village

JAZAN (Red Sea Times) — A military projectile fired from Houthi-held territory in Yemen landed in a village in the Ahad al-Masarihah governorate of Jazan on Sunday evening, wounding five residents, among them a child, and damaging two houses, civil defence said in a statement carried by the state news agency.

Separately, the Saudi-led coalition said it had intercepted and destroyed an explosive-laden drone launched by the Houthi militia towards Khamis Mushait early on Monday.
""",
events=[
    ev("A projectile fired from Houthi-held Yemen hit a village in Ahad al-Masarihah, wounding five residents and damaging two houses.",
       "2021-03-07", "‘on Sunday evening’ before the publication date Monday 2021-03-08: Sunday 2021-03-07",
       "Ahad al-Masarihah", "Jizan", "SA", "explosion", "Houthis", "civilians",
       None, None, 5, None,
       "A military projectile fired from Houthi-held territory in Yemen landed in a village in the Ahad al-Masarihah governorate of Jazan on Sunday evening, wounding five residents, among them a child, and damaging two houses",
       note="named by where it was fired from"),
    ev("The coalition intercepted an explosive-laden Houthi drone launched towards Khamis Mushait.",
       "2021-03-08", "‘early on Monday’, the publication date Monday 2021-03-08",
       "Khamis Mushait", "Asir", "SA", "other", "Saudi-led coalition", "Houthis",
       None, None, None, None,
       "Separately, the Saudi-led coalition said it had intercepted and destroyed an explosive-laden drone launched by the Houthi militia towards Khamis Mushait early on Monday.",
       note="Disrupted weapons use; place is the drone's target"),
])

report("b29-18", "2016-02-11", "https://www.example-darfurdesk.com/news/2016/02/11/golo-jebel-marra-offensive",
"""
Sudan says troops capture rebel stronghold of Golo in Jebel Marra

KHARTOUM, Feb. 11 (Darfur Desk) - Sudanese government forces said on Wednesday they had captured Golo, a stronghold of the Sudan Liberation Army faction led by Abdel Wahid al-Nur (SLA-AW) in the central Jebel Marra massif, as a month-long offensive against the last major rebel redoubt in Darfur pressed on.

An army spokesman said the rebels had suffered "heavy losses" and that troops, backed by the paramilitary Rapid Support Forces, were "cleansing" the surrounding villages. The rebels denied losing Golo, saying the fighting was continuing on its outskirts.

An SLA-AW spokesman said Antonov aircraft had bombed villages around Rokero on Monday, killing seven civilians, among them three children. The army denied bombing civilians and said its aircraft had struck only "rebel concentrations".

The joint UN-African Union mission in Darfur (UNAMID) said armed men had shot dead two displaced men who had left the Sortony gathering site, next to its base, to collect firewood on Tuesday.

The UN's humanitarian office said more than 38,000 people had been newly displaced since mid-January, about half of them to Sortony, where they are sheltering under trees and plastic sheets. Aid agencies have had no access to the mountain itself. Across Darfur, some 2.5 million people remain displaced after 13 years of conflict, in which the UN estimates that 300,000 people have died.

The government has said it will hold a referendum on the administrative status of Darfur in April, which the rebels have rejected.
""",
events=[
    ev("Government forces said they captured Golo, an SLA-AW stronghold in Jebel Marra; the rebels denied it, saying fighting went on on its outskirts.",
       None, "forces ‘said on Wednesday they had captured’ Golo: the day of the capture is not given",
       "Golo", "Central Darfur", "SD", "battle", "Sudanese Armed Forces", "SLA-Abdel Wahid",
       None, None, None, None,
       "Sudanese government forces said on Wednesday they had captured Golo, a stronghold of the Sudan Liberation Army faction led by Abdel Wahid al-Nur (SLA-AW) in the central Jebel Marra massif [...] The rebels denied losing Golo, saying the fighting was continuing on its outskirts.",
       note="a disputed capture is coded as a battle; with the Rapid Support Forces"),
    ev("Antonov aircraft bombed villages around Rokero, killing seven civilians according to SLA-AW; the army said it struck only rebels.",
       "2016-02-08", "‘on Monday’ before the Thursday 2016-02-11 dateline: Monday 2016-02-08",
       "Rokero", "Central Darfur", "SD", "explosion", "Sudanese Armed Forces", "civilians",
       7, None, None, None,
       "An SLA-AW spokesman said Antonov aircraft had bombed villages around Rokero on Monday, killing seven civilians, among them three children. The army denied bombing civilians and said its aircraft had struck only \"rebel concentrations\".",
       note="the army admits the strikes and disputes the victims"),
    ev("Armed men shot dead two displaced men collecting firewood outside the Sortony site.",
       "2016-02-09", "‘on Tuesday’ before the Thursday 2016-02-11 dateline: Tuesday 2016-02-09",
       "Sortony", "North Darfur", "SD", "attack_on_civilians", "militants (unidentified)", "civilians",
       2, None, None, None,
       "The joint UN-African Union mission in Darfur (UNAMID) said armed men had shot dead two displaced men who had left the Sortony gathering site, next to its base, to collect firewood on Tuesday."),
],
figures=[
    fig("displaced", 38000, "Jebel Marra",
        "more than 38,000 people had been newly displaced since mid-January"),
    fig("displaced", 2500000, "Darfur",
        "Across Darfur, some 2.5 million people remain displaced"),
    fig("killed", 300000, "Darfur",
        "the UN estimates that 300,000 people have died"),
])
# ---------------------------------------------------------------------------
# b29-19 .. b29-27
# ---------------------------------------------------------------------------

report("b29-19", "2020-03-26", "https://www.example-desertledger.com/kingdom/2020/03/26/five-years-yemen-war-saudi-cost",
"""
Five years on, Yemen war costs Riyadh dearly with no victory in sight

RIYADH, March 26 (Desert Ledger) - Five years after Saudi jets first struck Sanaa to roll back the Houthi movement, the war in Yemen has settled into a stalemate that has cost the kingdom tens of billions of dollars, left its southern border regions under regular fire, and brought it none of the quick victory its planners promised.

The coalition's spokesman said this week that the Houthis had fired more than 300 ballistic missiles and launched more than 350 drones at Saudi territory since 2015, most of them at the border provinces of Jazan, Najran and Asir, but also at Riyadh, Jeddah and the oil installations of the Eastern Province. Most were shot down, he said. Saudi officials put the number of Saudi civilians killed by cross-border fire at 112.

"Every family in Jazan knows the sound of the sirens," said a teacher from Samtah, a border town where several schools were moved north after being hit by shells in the first years of the war. "The children can tell a drone from a rocket by the sound."

The government does not publish the number of soldiers killed on the border, but funerals of servicemen are announced almost weekly in the southern provinces. Analysts estimate the cost of the campaign at between $5 billion and $6 billion a month at its height.

In Yemen itself, the war has killed more than 100,000 people in fighting and air strikes, according to the Armed Conflict Location & Event Data Project, and pushed millions to the edge of famine. Human rights groups blame coalition air strikes for most of the civilian deaths recorded in monitored incidents, a charge Riyadh rejects, saying its targeting is reviewed by a joint investigation team.

Both the coalition and the Houthis this week welcomed an appeal by UN Secretary-General Antonio Guterres for a global ceasefire to help the world confront the coronavirus, and diplomats say back-channel talks between Riyadh and the Houthis have made some progress since last autumn. But on the ground the front lines in the north have grown more violent again this year, and neither side shows any sign of giving up the positions it holds.

"The Saudis want out, but they want out with something they can call a win," a Gulf diplomat said. "The Houthis know that, and they are in no hurry."
""",
country_hint="SA",
figures=[
    fig("other", 300, "Saudi Arabia",
        "the Houthis had fired more than 300 ballistic missiles and launched more than 350 drones at Saudi territory since 2015", note="ballistic missiles fired at Saudi Arabia"),
    fig("other", 350, "Saudi Arabia",
        "the Houthis had fired more than 300 ballistic missiles and launched more than 350 drones at Saudi territory since 2015", note="drones launched at Saudi Arabia"),
    fig("killed", 112, "Saudi Arabia",
        "Saudi officials put the number of Saudi civilians killed by cross-border fire at 112."),
    fig("killed", 100000, "Yemen",
        "the war has killed more than 100,000 people in fighting and air strikes, according to the Armed Conflict Location & Event Data Project"),
])

report("b29-20", "2020-07-02", "https://www.example-adenpress.com/abyan/aqap-attack-stc-checkpoint-mudiyah",
"""
Al Qaeda attack kills four separatist fighters in Abyan

Published: 2 July 2020

Suspected al Qaeda militants attacked a checkpoint manned by Southern Transitional Council forces in Abyan's Mudiyah district late on Tuesday, killing four of them, a local security official said. Two of the attackers were also killed.

Al Qaeda in the Arabian Peninsula claimed the attack on Wednesday, saying its fighters had killed "eleven members of the UAE-backed militia". The STC has been fighting government forces in Abyan since May.
""",
events=[
    ev("Al Qaeda militants attacked an STC checkpoint in Mudiyah, killing four STC fighters; two attackers died; AQAP claimed eleven.",
       "2020-06-30", "‘late on Tuesday’ before the Thursday 2020-07-02 ‘Published’ line: Tuesday 2020-06-30",
       "Mudiyah", "Abyan", "YE", "battle", "AQAP", "Southern Transitional Council",
       6, None, None, None,
       "Suspected al Qaeda militants attacked a checkpoint manned by Southern Transitional Council forces in Abyan's Mudiyah district late on Tuesday, killing four of them, a local security official said. Two of the attackers were also killed. [...] Al Qaeda in the Arabian Peninsula claimed the attack on Wednesday",
       note="6 = 4 + 2 attackers; AQAP's claimed eleven is not used"),
])

report("b29-21", "2011-08-16", "https://www.example-northafricawire.com/libya/2011/08/16/rebels-take-zawiya-martyrs-square",
"""
Libyan rebels take Zawiya's main square, cutting Gaddafi's coastal lifeline

ZAWIYA, Libya, Aug 16 (North Africa Wire) - Libyan rebel fighters captured the central Martyrs' Square of Zawiya on Monday after three days of street fighting, raising the red, black and green flag of the revolt over the town, 50 km west of Tripoli, that Muammar Gaddafi's forces crushed in March.

Rebels in pickup trucks mounted with anti-aircraft guns drove around the square firing into the air as residents who had stayed behind through the siege came out to greet them. "This is the road to Tripoli," one fighter shouted. "Next week we pray in Green Square."

But the town was far from secure. Gaddafi's troops still held the oil refinery on Zawiya's eastern edge, the only working refinery in western Libya, and snipers fired from the tall buildings around the hospital. Overnight, government forces shelled the town centre with mortars and Grad rockets from positions near the refinery, killing three civilians, among them a boy, and wounding 14, doctors at the town's hospital said.

Doctors at a field hospital set up in a mosque said 12 rebels had been killed and about 40 wounded since the fighting began on Saturday. Many of the wounded were being driven along back roads to the Nafusa mountains, and from there to Tunisia, because the coast road east and west was still under fire.

The rebels took Surman, a smaller town 10 km west of Zawiya, on Saturday with little fighting, residents said.

The advance on Zawiya, which began when rebels came down from the Nafusa mountains at the weekend, has cut the coastal highway that carries fuel and food to the capital from the Tunisian border, and brought the fighting to within an hour's drive of Tripoli for the first time since the spring. Gaddafi's government called the rebels "armed gangs" and said the town was "under control".

NATO warplanes struck Tripoli before dawn on Tuesday. Explosions were heard across the capital, and a government spokesman said the strikes had hit a residential area of the Tajoura district, killing seven people. NATO said it had struck a military command-and-control centre and denied hitting civilians.

In the east, rebel commanders said on Monday that their fighters had entered the residential district of Brega, the oil port that has changed hands several times since February, and were fighting government troops street by street. Five rebels were killed, a rebel spokesman in Benghazi said.

In Misrata, Libya's third city, which the rebels have held since a two-month siege was broken in May, Grad rockets fired by government troops hit rebel positions on the Dafniya front, west of the city, on Monday, killing two fighters and wounding nine, a doctor at the Hikma hospital said.

The rebels' National Transitional Council, based in Benghazi, has been recognised as Libya's legitimate authority by more than 30 countries, and its leaders say they are preparing for the day after Gaddafi. But the council is divided between Islamists and secular figures, and the fighters on the western front answer mostly to their own town councils.

"We do not need Benghazi to tell us how to free Tripoli," said a commander from Zintan, whose brigades have led the advance from the mountains. "We need ammunition and we need NATO to keep the tanks off us."

NATO, which began air strikes under a UN mandate to protect civilians on March 19, says its aircraft have flown more than 18,000 sorties over Libya, about 7,000 of them strike missions. Western officials say the alliance will keep up its campaign as long as Gaddafi's forces threaten civilians.

The UN refugee agency says more than 600,000 people, most of them foreign workers, have fled Libya since the uprising began in February. Inside the country, aid agencies say food, fuel and medicine are running short in Tripoli, where queues for petrol now stretch for kilometres.

A diplomat in Tunis said the fall of Zawiya could prove decisive. "Tripoli lives off that road," he said. "Cut it, and the capital starts to feel the siege that Misrata felt in April."
""",
events=[
    ev("Rebel fighters captured Zawiya's central Martyrs' Square after three days of street fighting.",
       "2011-08-15", "‘on Monday’ before the Tuesday 2011-08-16 dateline: Monday 2011-08-15",
       "Martyrs' Square, Zawiya", "Zawiya", "LY", "territory_gain", "Libyan rebels", "Libyan government forces",
       None, None, None, None,
       "Libyan rebel fighters captured the central Martyrs' Square of Zawiya on Monday after three days of street fighting",
       note="Gaddafi's forces are coded Libyan government forces; the rebels of the NTC Libyan rebels"),
    ev("Gaddafi's forces shelled Zawiya's town centre with mortars and Grad rockets, killing three civilians and wounding 14.",
       "2011-08-15", "‘Overnight’ before the Tuesday 2011-08-16 dateline: the night of Monday 2011-08-15",
       "Zawiya town centre", "Zawiya", "LY", "explosion", "Libyan government forces", "civilians",
       3, None, 14, None,
       "Overnight, government forces shelled the town centre with mortars and Grad rockets from positions near the refinery, killing three civilians, among them a boy, and wounding 14, doctors at the town's hospital said."),
    ev("The rebels took Surman, 10 km west of Zawiya, with little fighting.",
       "2011-08-13", "‘on Saturday’ before the Tuesday 2011-08-16 dateline: Saturday 2011-08-13",
       "Surman", "Zawiya", "LY", "territory_gain", "Libyan rebels", "Libyan government forces",
       None, None, None, None,
       "The rebels took Surman, a smaller town 10 km west of Zawiya, on Saturday with little fighting, residents said."),
    ev("NATO warplanes struck Tripoli; the government said seven people died in a residential area of Tajoura, NATO said it hit a command centre.",
       "2011-08-16", "‘before dawn on Tuesday’, the Tuesday 2011-08-16 dateline",
       "Tajoura", "Tripoli", "LY", "explosion", "NATO", "civilians",
       7, None, None, None,
       "NATO warplanes struck Tripoli before dawn on Tuesday. Explosions were heard across the capital, and a government spokesman said the strikes had hit a residential area of the Tajoura district, killing seven people. NATO said it had struck a military command-and-control centre and denied hitting civilians.",
       note="the striker admits the strike and disputes the victims; the only toll given is the government's"),
    ev("Rebels said they had entered Brega's residential district and were fighting government troops street by street; five rebels were killed.",
       None, "commanders ‘said on Monday that their fighters had entered’: the day of the fighting is not given",
       "Brega", "Al Wahat", "LY", "battle", "Libyan rebels", "Libyan government forces",
       5, None, None, None,
       "In the east, rebel commanders said on Monday that their fighters had entered the residential district of Brega, the oil port that has changed hands several times since February, and were fighting government troops street by street. Five rebels were killed, a rebel spokesman in Benghazi said.",
       note="entered, not taken: battle"),
    ev("Grad rockets fired by government troops hit rebel positions on the Dafniya front west of Misrata, killing two fighters and wounding nine.",
       "2011-08-15", "‘on Monday’ before the Tuesday 2011-08-16 dateline: Monday 2011-08-15",
       "Dafniya", "Misrata", "LY", "explosion", "Libyan government forces", "Libyan rebels",
       2, None, 9, None,
       "Grad rockets fired by government troops hit rebel positions on the Dafniya front, west of the city, on Monday, killing two fighters and wounding nine, a doctor at the Hikma hospital said."),
],
figures=[
    fig("killed", 12, "Zawiya",
        "Doctors at a field hospital set up in a mosque said 12 rebels had been killed and about 40 wounded since the fighting began on Saturday."),
    fig("wounded", 40, "Zawiya",
        "Doctors at a field hospital set up in a mosque said 12 rebels had been killed and about 40 wounded since the fighting began on Saturday."),
    fig("other", 18000, "Libya",
        "its aircraft have flown more than 18,000 sorties over Libya, about 7,000 of them strike missions", note="NATO sorties"),
    fig("other", 7000, "Libya",
        "its aircraft have flown more than 18,000 sorties over Libya, about 7,000 of them strike missions", note="NATO strike sorties"),
    fig("displaced", 600000, "Libya",
        "The UN refugee agency says more than 600,000 people, most of them foreign workers, have fled Libya since the uprising began in February."),
])

report("b29-22", "2024-06-12", "https://www.example-darfurtoday.com/el-fasher/2024/06/12/hospitals-under-fire-siege",
"""
El Fasher hospitals under fire as RSF tightens siege of army's last Darfur city

By Staff Writer
Updated 12 June 2024, 18:40

Rapid Support Forces fighters stormed the South Hospital in El Fasher on Saturday, opening fire inside the compound and looting its pharmacy and an ambulance, Medecins Sans Frontieres said. Nobody was reported hurt in the raid: staff had moved most patients out a day earlier, after shells struck the emergency ward and killed two patients. The hospital, the last in the city able to treat large numbers of wounded, has now closed.

"There is no longer a functioning hospital in El Fasher that can do surgery on the scale that is needed," an MSF emergency coordinator said. "People with gunshot wounds are being treated on the floors of clinics with no electricity."

According to MSF, the South Hospital received 1,315 wounded people between May 10 and June 6, and 208 of them died there.

In the Abu Shouk camp for displaced people on the northern edge of the city, RSF shells killed five people on Tuesday, among them two children, and wounded 14, camp coordinators said. Two of the wounded died overnight in a clinic run by volunteers, they said on Wednesday. The RSF, which has besieged El Fasher since early May, did not respond to requests for comment.

On Monday, RSF fighters backed by armoured vehicles attacked army positions near the 6th Infantry Division headquarters in the centre of the city. The army and the Joint Force, an alliance of Darfuri armed movements fighting on its side, said they had repelled the assault and killed "dozens" of attackers. A medical source said 18 soldiers and Joint Force fighters had been killed.

Army warplanes bombed RSF positions in Mellit, about 60 km north of El Fasher, on the same day. Residents said one bomb hit the livestock market, killing nine civilians. The army said it had struck "militia gatherings and supply lines".

Last week, a drone hit the roof of the Saudi Hospital, the only facility in the city still offering maternity care, damaging its operating theatre, health workers said. It was not clear who had launched it.

El Fasher, the capital of North Darfur, is the only one of Darfur's five state capitals not held by the RSF, which swept through Nyala, Zalingei, El Geneina and El Daein in the final months of last year. Until April, the city had been spared the worst of the war, protected by a local truce between the RSF and the Darfuri movements, which had declared themselves neutral. That truce collapsed when the movements sided with the army and the RSF began massing fighters around the city.

The United Nations says about 800,000 people are in El Fasher, many of them displaced from elsewhere in Darfur, and that the city's fall could trigger a new wave of killings along ethnic lines, similar to those seen in El Geneina last year. The International Organization for Migration says more than 130,000 people have fled El Fasher and its surroundings since the beginning of April, many of them to Tawila, 60 km to the west, and to the Zamzam camp south of the city, where aid agencies have warned of famine.

"Every road out is a risk," a teacher who reached Tawila last week said by telephone. "The RSF checkpoints take your money. The shelling takes your house. The hunger takes the children."

The RSF says it is fighting to free Darfur from "the remnants of the former regime" and accuses the army of bombing civilians in Mellit, Kutum and Kabkabiya. The army accuses the RSF of shelling camps and hospitals and of blocking food convoys.

Washington and other Western governments have called on the RSF to halt its assault, and the UN Security Council is due to discuss the city's situation this week. Talks in Jeddah between the two sides have been suspended since December.

Aid agencies say they have not been able to get a single truck of food into El Fasher since the middle of April. Prices of millet and sorghum have tripled, and water is rationed at the few wells still working in the city.
""",
events=[
    ev("RSF fighters stormed El Fasher's South Hospital, opening fire inside and looting its pharmacy and an ambulance; nobody was reported hurt.",
       "2024-06-08", "‘on Saturday’ before the Wednesday 2024-06-12 ‘Updated’ line: Saturday 2024-06-08",
       "South Hospital, El Fasher", "North Darfur", "SD", "other", "Rapid Support Forces", "civilians",
       0, None, 0, None,
       "Rapid Support Forces fighters stormed the South Hospital in El Fasher on Saturday, opening fire inside the compound and looting its pharmacy and an ambulance, Medecins Sans Frontieres said. Nobody was reported hurt in the raid",
       note="ACLED Looting/property destruction; 'Nobody was reported hurt' gives explicit zeros"),
    ev("Shells struck the South Hospital's emergency ward, killing two patients; who fired is not said.",
       "2024-06-07", "‘a day earlier’ than the raid of Saturday 2024-06-08: Friday 2024-06-07",
       "South Hospital, El Fasher", "North Darfur", "SD", "explosion", "unknown", "civilians",
       2, None, None, None,
       "staff had moved most patients out a day earlier, after shells struck the emergency ward and killed two patients."),
    ev("RSF shells hit the Abu Shouk displacement camp, killing five people; two of the 14 wounded died overnight.",
       "2024-06-11", "‘on Tuesday’ before the Wednesday 2024-06-12 ‘Updated’ line: Tuesday 2024-06-11",
       "Abu Shouk camp", "North Darfur", "SD", "explosion", "Rapid Support Forces", "civilians",
       7, None, 12, None,
       "In the Abu Shouk camp for displaced people on the northern edge of the city, RSF shells killed five people on Tuesday, among them two children, and wounded 14, camp coordinators said. Two of the wounded died overnight in a clinic run by volunteers, they said on Wednesday.",
       note="7 = 5 + 2 wounded who died; wounded 14 - 2 = 12"),
    ev("RSF fighters with armoured vehicles attacked army positions near the 6th Infantry Division headquarters; 18 soldiers and Joint Force fighters were killed.",
       "2024-06-10", "‘On Monday’ before the Wednesday 2024-06-12 ‘Updated’ line: Monday 2024-06-10",
       "6th Infantry Division headquarters", "North Darfur", "SD", "battle", "Rapid Support Forces", "Sudanese Armed Forces",
       18, None, None, None,
       "On Monday, RSF fighters backed by armoured vehicles attacked army positions near the 6th Infantry Division headquarters in the centre of the city. The army and the Joint Force, an alliance of Darfuri armed movements fighting on its side, said they had repelled the assault and killed \"dozens\" of attackers. A medical source said 18 soldiers and Joint Force fighters had been killed.",
       note="'dozens' of attackers give no number; the Joint Force is counted with the army"),
    ev("Army warplanes bombed RSF positions in Mellit; residents said a bomb hit the livestock market, killing nine civilians.",
       "2024-06-10", "‘on the same day’ as the attack of Monday 2024-06-10",
       "Mellit", "North Darfur", "SD", "explosion", "Sudanese Armed Forces", "civilians",
       9, None, None, None,
       "Army warplanes bombed RSF positions in Mellit, about 60 km north of El Fasher, on the same day. Residents said one bomb hit the livestock market, killing nine civilians. The army said it had struck \"militia gatherings and supply lines\".",
       note="the striker admits the strike and disputes the victims"),
    ev("A drone of unknown origin hit the roof of the Saudi Hospital, damaging its operating theatre.",
       None, "‘Last week’: no day given",
       "Saudi Hospital", "North Darfur", "SD", "explosion", "unknown", "civilians",
       None, None, None, None,
       "Last week, a drone hit the roof of the Saudi Hospital, the only facility in the city still offering maternity care, damaging its operating theatre, health workers said. It was not clear who had launched it.",
       optional=True),
],
figures=[
    fig("wounded", 1315, "South Hospital, El Fasher",
        "the South Hospital received 1,315 wounded people between May 10 and June 6, and 208 of them died there"),
    fig("killed", 208, "South Hospital, El Fasher",
        "the South Hospital received 1,315 wounded people between May 10 and June 6, and 208 of them died there"),
    fig("civilians_trapped", 800000, "El Fasher",
        "The United Nations says about 800,000 people are in El Fasher"),
    fig("displaced", 130000, "El Fasher",
        "more than 130,000 people have fled El Fasher and its surroundings since the beginning of April"),
])

report("b29-23", "2017-07-22", "https://www.example-easternherald.com/qatif/awamiyah-policeman-killed-musawara",
"""
Policeman killed in Awamiyah as Saudi forces press on in old quarter

QATIF, Saudi Arabia (Eastern Herald) — Gunmen opened fire on a security patrol in the town of al-Awamiyah on Thursday night, killing a policeman and wounding two others, a spokesman for the interior ministry's security services said.

The following day, security forces killed two "wanted terrorists" in an exchange of fire in the al-Musawara quarter, the spokesman said in a statement carried by the state news agency SPA. He did not say whether the two men were linked to Thursday's attack.

Awamiyah, a mostly Shia town in the Qatif region of the Eastern Province, has seen sporadic clashes since May, when the authorities began demolishing al-Musawara, a walled quarter of narrow lanes and mud-brick houses that they say had become a hideout for gunmen and a store for weapons. Residents and activists say many families have left the town, and that shops near the quarter have been closed for weeks.

The ministry says eight members of the security forces have been killed in the town since May. It said five suspects had been arrested in the past week.

The town was a centre of protests in 2011 and 2012, when Shia residents demanded political reforms and the release of prisoners. The authorities say the unrest has been exploited by armed cells backed from abroad, which they blame for a string of shootings and bomb attacks on police in Qatif over the past five years.

Human rights groups have called for independent access to the town. The government says the demolition will make way for a new development of shops, homes and a cultural centre.
""",
events=[
    ev("Gunmen opened fire on a security patrol in al-Awamiyah, killing a policeman and wounding two.",
       "2017-07-20", "‘on Thursday night’ before the publication date Saturday 2017-07-22: Thursday 2017-07-20",
       "al-Awamiyah", "Eastern Province", "SA", "battle", "militants (unidentified)", "Saudi security forces",
       1, None, 2, None,
       "Gunmen opened fire on a security patrol in the town of al-Awamiyah on Thursday night, killing a policeman and wounding two others, a spokesman for the interior ministry's security services said.",
       note="an armed attack on a patrol: battle"),
    ev("Security forces killed two 'wanted terrorists' in an exchange of fire in al-Musawara.",
       "2017-07-21", "‘The following day’ after the attack of Thursday 2017-07-20: Friday 2017-07-21",
       "al-Musawara", "Eastern Province", "SA", "battle", "Saudi security forces", "militants (unidentified)",
       2, None, None, None,
       "The following day, security forces killed two \"wanted terrorists\" in an exchange of fire in the al-Musawara quarter, the spokesman said in a statement carried by the state news agency SPA."),
],
figures=[
    fig("killed", 8, "al-Awamiyah",
        "The ministry says eight members of the security forces have been killed in the town since May."),
    fig("arrested", 5, "al-Awamiyah",
        "It said five suspects had been arrested in the past week."),
])

report("b29-24", "2022-01-19", "https://www.example-arabiatodaywire.com/yemen/2022/01/19/sanaa-hasaba-strike-giants-harib",
"""
Coalition air strike on Sanaa house kills at least 11; Giants Brigades take Harib

SANAA/ADEN, Jan 19 (Arabia Today Wire) - An air strike by the Saudi-led coalition destroyed a house in Sanaa's al-Hasaba district late on Monday, killing at least 11 people, among them women and children, rescuers said. The Houthi-run health ministry put the toll at 14.

Rescuers used their hands and a single bulldozer to search the rubble through the night. A neighbour said the house belonged to a retired army officer and that "everyone inside was family".

The coalition said it had struck "legitimate military targets" and "camps of the Houthi terrorist militia" in the capital, without referring to the house. It said the Houthis were hiding drones and missiles in residential areas.

Fighters of the Giants Brigades, a UAE-backed force allied to the government, drove the Houthis out of the town of Harib, in the south of Marib province, on Tuesday, the brigades' media office said. The Houthis, who had held the town since September, did not comment.

Since the start of the year, the Giants have pushed the Houthis out of the three districts of neighbouring Shabwa province that they had held, Bayhan, Usaylan and Ain, reversing most of the group's gains of last autumn.

On Sunday, a Houthi ballistic missile hit a camp of the Shabwa Defence Forces near Ataq, the capital of Shabwa province, wounding six soldiers, a military official said.

The United Nations said more than 15,000 people had fled the fighting in Marib and Shabwa since the start of January. The UN envoy, Hans Grundberg, urged all sides to show restraint and warned that the escalation risked "a new and dangerous cycle of violence".
""",
events=[
    ev("A coalition air strike destroyed a house in al-Hasaba, Sanaa; rescuers counted at least 11 dead, the Houthi-run health ministry 14.",
       "2022-01-17", "‘late on Monday’ before the Wednesday 2022-01-19 dateline: Monday 2022-01-17",
       "al-Hasaba", "Amanat al Asimah", "YE", "explosion", "Saudi-led coalition", "civilians",
       11, 14, None, None,
       "An air strike by the Saudi-led coalition destroyed a house in Sanaa's al-Hasaba district late on Monday, killing at least 11 people, among them women and children, rescuers said. The Houthi-run health ministry put the toll at 14.",
       note="conflicting tolls 11 vs 14"),
    ev("The Giants Brigades drove the Houthis out of Harib in southern Marib.",
       "2022-01-18", "‘on Tuesday’ before the Wednesday 2022-01-19 dateline: Tuesday 2022-01-18",
       "Harib", "Marib", "YE", "territory_gain", "Giants Brigades", "Houthis",
       None, None, None, None,
       "Fighters of the Giants Brigades, a UAE-backed force allied to the government, drove the Houthis out of the town of Harib, in the south of Marib province, on Tuesday, the brigades' media office said."),
    ev("Since the start of the year the Giants pushed the Houthis out of Bayhan, Usaylan and Ain in Shabwa.",
       None, "‘Since the start of the year’: several days, none given",
       "Bayhan, Usaylan and Ain", "Shabwa", "YE", "territory_gain", "Giants Brigades", "Houthis",
       None, None, None, None,
       "Since the start of the year, the Giants have pushed the Houthis out of the three districts of neighbouring Shabwa province that they had held, Bayhan, Usaylan and Ain",
       note="a summary of several undated gains", optional=True),
    ev("A Houthi ballistic missile hit a Shabwa Defence Forces camp near Ataq, wounding six soldiers.",
       "2022-01-16", "‘On Sunday’ before the Wednesday 2022-01-19 dateline: Sunday 2022-01-16",
       "Ataq", "Shabwa", "YE", "explosion", "Houthis", "Yemeni government forces",
       None, None, 6, None,
       "On Sunday, a Houthi ballistic missile hit a camp of the Shabwa Defence Forces near Ataq, the capital of Shabwa province, wounding six soldiers, a military official said.",
       note="the UAE-backed Shabwa Defence Forces are on the government side"),
],
figures=[
    fig("displaced", 15000, "Marib and Shabwa",
        "The United Nations said more than 15,000 people had fled the fighting in Marib and Shabwa since the start of January."),
])

report("b29-25", "2019-05-06", "https://www.example-fezzanpost.com/jufra/2019/05/06/is-attack-fuqaha-checkpoint",
"""
Islamic State attack on LNA checkpoint near al-Fuqaha kills two soldiers

SEBHA, May 6 (Fezzan Post) - Islamic State militants attacked a checkpoint of the Libyan National Army on the outskirts of al-Fuqaha, in the central Jufra region, on Saturday night, killing two soldiers, an LNA spokesman said. The attackers abducted three residents of the town before withdrawing into the desert, he said.

The group's Amaq agency claimed the attack, saying six soldiers had been killed. It was the third Islamic State attack in southern Libya since April.
""",
events=[
    ev("Islamic State militants attacked an LNA checkpoint outside al-Fuqaha, killing two soldiers; Amaq claimed six.",
       "2019-05-04", "‘on Saturday night’ before the Monday 2019-05-06 dateline: Saturday 2019-05-04",
       "al-Fuqaha", "Jufra", "LY", "battle", "Islamic State", "Libyan National Army",
       2, None, None, None,
       "Islamic State militants attacked a checkpoint of the Libyan National Army on the outskirts of al-Fuqaha, in the central Jufra region, on Saturday night, killing two soldiers, an LNA spokesman said. [...] The group's Amaq agency claimed the attack, saying six soldiers had been killed.",
       note="Amaq's six is not used"),
    ev("The attackers abducted three residents of al-Fuqaha before withdrawing.",
       "2019-05-04", "during the attack of ‘Saturday night’, Saturday 2019-05-04",
       "al-Fuqaha", "Jufra", "LY", "other", "Islamic State", "civilians",
       None, None, None, None,
       "The attackers abducted three residents of the town before withdrawing into the desert, he said.",
       note="ACLED Abduction/forced disappearance, coded apart from the attack"),
])

report("b29-26", "2021-01-26", "https://www.example-mediterraneanledger.com/libya/foreign-fighters-deadline-passes",
"""
Deadline passes, but Libya's foreign fighters stay put

TRIPOLI (Mediterranean Ledger) — The deadline set in Libya's ceasefire agreement for all foreign fighters and mercenaries to leave the country passed at the weekend with no sign of a single departure, and diplomats say the thousands of Russian, Syrian, Sudanese and Chadian gunmen now dug in along the front line may be the biggest obstacle to ending a decade of war.

The agreement, signed in Geneva in October by military delegations of the two rival camps, gave foreign forces 90 days to leave. Instead, according to the United Nations, about 20,000 foreign fighters and mercenaries remain in Libya, and there are ten military bases in the country that are fully or partly occupied by foreign forces.

The largest contingents are on opposite sides of a front line that has barely moved since last June. In the east and centre, Russian contractors of the Wagner Group, whose numbers Western officials estimate at about 2,000, guard the oil-rich central region and the al-Jufra air base for Khalifa Haftar's Libyan National Army, alongside several thousand fighters recruited in Sudan and Syria. In the west, Turkish military advisers and Syrian fighters recruited by Ankara support the Tripoli-based Government of National Accord, which Turkey helped to repel Haftar's 14-month assault on the capital.

"Nobody has left, and nobody is packing," a Western diplomat in Tunis said. "If anything, the fortifications have become more permanent."

The front runs through the desert between the coastal city of Sirte and al-Jufra. Along it, according to officials and analysts who have studied satellite imagery, Wagner fighters have built trenches and berms and laid mines, and cargo flights have continued to arrive at airfields held by the LNA. Turkey, for its part, says its troops are in Libya at the invitation of a legitimate government and are not mercenaries, and that they will stay as long as that government asks them to.

The ceasefire itself has largely held. There has been no major fighting since the summer, and flights between Tripoli and Benghazi resumed in December for the first time in more than a year. A UN-led political forum is due to choose an interim government next month to lead the country to elections on December 24.

But the legacy of the war for Tripoli is still being counted. Mines and booby traps left in the southern suburbs of the capital when Haftar's forces pulled back last spring have killed at least 130 people, among them deminers, since May, according to the UN mine action service. Whole streets of Ain Zara, Salah al-Din and Qasr Bin Ghashir remain empty.

Humanitarian agencies say about 1.3 million Libyans need some form of aid this year, and that some 278,000 people are still displaced inside the country, many of them from the southern suburbs of Tripoli and from Tarhuna. Tens of thousands of migrants and refugees are held in detention centres or live in informal settlements, and thousands more try each month to cross the Mediterranean to Europe.

Analysts say the foreign powers backing the two camps have little reason to withdraw before they know the shape of the next government. Russia, which denies any official role in Libya, gains a foothold on NATO's southern flank; Turkey has a maritime boundary deal with Tripoli that it wants to protect; the United Arab Emirates and Egypt want to keep Islamist-leaning factions out of power.

"The Libyans signed the ceasefire. The foreigners did not," said a Libyan analyst in Tripoli. "Until the countries that pay for the fighters agree among themselves, the deadline is just a date."

The UN Security Council has called repeatedly for the withdrawal, and the new US administration has said it will press Russia and Turkey to start pulling out. A joint military commission of five officers from each side is meant to oversee the departure and to clear the coast road between Misrata and Sirte, which has been closed since the front line froze.

For now, residents of Sirte say life is returning slowly. Some shops have reopened, and the university has resumed classes. But the city's checkpoints are manned by men who do not speak Libyan Arabic, and families say they avoid the roads leading south, towards the trenches.
""",
country_hint="LY",
figures=[
    fig("fighters", 20000, "Libya",
        "about 20,000 foreign fighters and mercenaries remain in Libya"),
    fig("other", 10, "Libya",
        "there are ten military bases in the country that are fully or partly occupied by foreign forces", note="bases occupied by foreign forces"),
    fig("fighters", 2000, "central Libya",
        "Russian contractors of the Wagner Group, whose numbers Western officials estimate at about 2,000"),
    fig("killed", 130, "southern Tripoli",
        "Mines and booby traps left in the southern suburbs of the capital when Haftar's forces pulled back last spring have killed at least 130 people, among them deminers, since May"),
    fig("other", 1300000, "Libya",
        "about 1.3 million Libyans need some form of aid this year", note="people in need of aid"),
    fig("displaced", 278000, "Libya",
        "some 278,000 people are still displaced inside the country"),
])

report("b29-27", "2023-12-20", "https://www.example-sudanhorizon.com/gezira/2023/12/20/rsf-enters-wad-madani",
"""
RSF enters Wad Madani as army pulls out; hundreds of thousands flee again

PORT SUDAN, Dec 20 (Sudan Horizon) - Fighters of the Rapid Support Forces entered Wad Madani, the capital of al-Gezira state and a refuge for hundreds of thousands of people who fled Khartoum, on Monday after army troops withdrew, residents and the army said.

The RSF posted videos showing its fighters at the gate of the army's 1st Infantry Division headquarters in the city and in its main market. The army said in a statement on Tuesday that its forces had "withdrawn from their positions in Wad Madani" and that an investigation had been opened into the reasons.

The paramilitary force first crossed into al-Gezira on Friday, attacking army positions at Abu Haraz, on the eastern bank of the Blue Nile north of the city. On Sunday, army warplanes bombed RSF positions at Hantoub, across the river from Wad Madani, residents said.

On Monday night, RSF fighters shot dead three young men who refused to hand over their cars in the city, a local resistance committee said on Tuesday. "They are going from house to house taking cars, phones and gold," a member of the committee said. "People are leaving on foot."

The International Organization for Migration said up to 300,000 people had fled Wad Madani and the surrounding area since Friday, many of them towards Sennar, Gedaref and the White Nile. Many had already fled once, from Khartoum; the IOM says the state had sheltered about 500,000 people displaced from the capital.

The World Food Programme said it had suspended its work in parts of al-Gezira, which had served as a hub for aid deliveries to the rest of the country. The fall of Wad Madani, Sudan's second city before the war, brings the RSF within reach of the main roads to the east and to Port Sudan, where the army-led government has been based since August.
""",
events=[
    ev("RSF fighters entered Wad Madani after army troops withdrew; the army confirmed the withdrawal.",
       "2023-12-18", "‘on Monday’ before the Wednesday 2023-12-20 dateline: Monday 2023-12-18",
       "Wad Madani", "Al Jazirah", "SD", "territory_gain", "Rapid Support Forces", "Sudanese Armed Forces",
       None, None, None, None,
       "Fighters of the Rapid Support Forces entered Wad Madani, the capital of al-Gezira state and a refuge for hundreds of thousands of people who fled Khartoum, on Monday after army troops withdrew, residents and the army said. [...] The army said in a statement on Tuesday that its forces had \"withdrawn from their positions in Wad Madani\"",
       note="entered after a withdrawal the army confirms: a change of territory"),
    ev("The RSF crossed into al-Gezira, attacking army positions at Abu Haraz.",
       "2023-12-15", "‘on Friday’ before the Wednesday 2023-12-20 dateline: Friday 2023-12-15",
       "Abu Haraz", "Al Jazirah", "SD", "battle", "Rapid Support Forces", "Sudanese Armed Forces",
       None, None, None, None,
       "The paramilitary force first crossed into al-Gezira on Friday, attacking army positions at Abu Haraz, on the eastern bank of the Blue Nile north of the city."),
    ev("Army warplanes bombed RSF positions at Hantoub, across the river from Wad Madani.",
       "2023-12-17", "‘On Sunday’ before the Wednesday 2023-12-20 dateline: Sunday 2023-12-17",
       "Hantoub", "Al Jazirah", "SD", "explosion", "Sudanese Armed Forces", "Rapid Support Forces",
       None, None, None, None,
       "On Sunday, army warplanes bombed RSF positions at Hantoub, across the river from Wad Madani, residents said."),
    ev("RSF fighters shot dead three young men in Wad Madani who refused to hand over their cars.",
       "2023-12-18", "‘On Monday night’ before the Wednesday 2023-12-20 dateline: Monday 2023-12-18",
       "Wad Madani", "Al Jazirah", "SD", "attack_on_civilians", "Rapid Support Forces", "civilians",
       3, None, None, None,
       "On Monday night, RSF fighters shot dead three young men who refused to hand over their cars in the city, a local resistance committee said on Tuesday."),
],
figures=[
    fig("displaced", 300000, "Wad Madani",
        "up to 300,000 people had fled Wad Madani and the surrounding area since Friday"),
    fig("displaced", 500000, "al-Gezira",
        "the state had sheltered about 500,000 people displaced from the capital"),
])
# ---------------------------------------------------------------------------
# b29-28 .. b29-36
# ---------------------------------------------------------------------------

report("b29-28", "2023-11-21", "https://www.example-tradelanesdaily.com/red-sea/houthis-seize-car-carrier-crew-held",
"""
Houthis seize cargo ship in southern Red Sea, hold crew of 25

By Shipping Desk

Yemen's Houthis seized a car carrier in the southern Red Sea on Sunday, landing fighters on its deck from a helicopter and steering it to the Yemeni coast, the group's military spokesman said. The vessel's 25 crew members, from several countries, are being held.

The Houthis said the ship was linked to Israel and warned that they would target more. The ship's operator said there were no Israelis on board and called the seizure "a violation of international law".
""",
events=[
    ev("Houthi fighters landed from a helicopter on a car carrier in the southern Red Sea, seized it with its 25 crew and steered it to the Yemeni coast.",
       "2023-11-19", "‘on Sunday’ before the publication date Tuesday 2023-11-21: Sunday 2023-11-19",
       "southern Red Sea", None, "YE", "other", "Houthis", "civilians",
       None, None, None, None,
       "Yemen's Houthis seized a car carrier in the southern Red Sea on Sunday, landing fighters on its deck from a helicopter and steering it to the Yemeni coast, the group's military spokesman said. The vessel's 25 crew members, from several countries, are being held.",
       note="at sea; ACLED Abduction/forced disappearance of the crew; nobody hurt is not stated, so counts stay null"),
])

report("b29-29", "2020-06-06", "https://www.example-saharanewswire.com/libya/2020/06/06/gna-enters-tarhuna",
"""
Government forces enter Tarhuna, Haftar's last western stronghold

TRIPOLI, June 6 (Sahara Newswire) - Forces of Libya's UN-recognised Government of National Accord (GNA) entered Tarhuna, the last stronghold of Khalifa Haftar's forces in western Libya, on Friday without meeting resistance, after fighters of the Libyan National Army and the local Kaniyat militia pulled out overnight, GNA officials and residents said.

A day earlier, GNA forces retook the disused Tripoli international airport, 25 km south of the capital, bringing to an end the LNA's 14-month offensive on the city. Pictures posted on social media showed GNA fighters driving through the bullet-scarred terminal and celebrating on the runway.

On Wednesday, two deminers working for a local charity were killed when a mine exploded in a house they were clearing in the Salah al-Din district of southern Tripoli, the GNA's interior ministry said. The ministry blamed "Wagner mercenaries" who it said had booby-trapped homes before pulling back; the LNA denied laying mines in residential areas.

Residents of Tarhuna, a town of about 40,000 people 90 km south-east of Tripoli, said many families who supported the Kaniyat had left with the retreating forces, fearing reprisals. GNA commanders said their troops would secure public buildings and that looting would not be tolerated. They said 14 men suspected of belonging to the Kaniyat had been detained at checkpoints on the road out of the town on Friday afternoon.

The LNA said its forces had carried out a "redeployment" and would continue to defend Sirte and the central region. Its spokesman accused Turkey, whose drones and advisers have helped the GNA turn the tide since the spring, of "occupying" western Libya.

The UN mission in Libya says the battle for Tripoli displaced more than 200,000 people and killed at least 350 civilians. It has called on both sides to return to talks on a ceasefire.
""",
events=[
    ev("GNA forces entered Tarhuna without resistance after the LNA and the Kaniyat militia pulled out overnight.",
       "2020-06-05", "‘on Friday’ before the Saturday 2020-06-06 dateline: Friday 2020-06-05",
       "Tarhuna", "Murqub", "LY", "territory_gain", "Government of National Accord forces", "Libyan National Army",
       None, None, None, None,
       "Forces of Libya's UN-recognised Government of National Accord (GNA) entered Tarhuna, the last stronghold of Khalifa Haftar's forces in western Libya, on Friday without meeting resistance, after fighters of the Libyan National Army and the local Kaniyat militia pulled out overnight",
       note="with the Kaniyat militia on the LNA side"),
    ev("GNA forces retook the disused Tripoli international airport.",
       "2020-06-04", "‘A day earlier’ than the entry into Tarhuna on Friday 2020-06-05: Thursday 2020-06-04",
       "Tripoli international airport", "Tripoli", "LY", "territory_gain", "Government of National Accord forces", "Libyan National Army",
       None, None, None, None,
       "A day earlier, GNA forces retook the disused Tripoli international airport, 25 km south of the capital, bringing to an end the LNA's 14-month offensive on the city."),
    ev("GNA forces detained 14 suspected Kaniyat members at checkpoints on the road out of Tarhuna.",
       "2020-06-05", "‘on Friday afternoon’ before the Saturday 2020-06-06 dateline: Friday 2020-06-05",
       "Tarhuna", "Murqub", "LY", "arrest", "Government of National Accord forces", "Kaniyat militia",
       None, None, None, None,
       "They said 14 men suspected of belonging to the Kaniyat had been detained at checkpoints on the road out of the town on Friday afternoon.",
       arrested=14),
    ev("A mine in a house being cleared in Salah al-Din killed two charity deminers; the GNA blamed Wagner, the LNA denied laying mines in homes.",
       "2020-06-03", "‘On Wednesday’ before the Saturday 2020-06-06 dateline: Wednesday 2020-06-03",
       "Salah al-Din", "Tripoli", "LY", "explosion", "unknown", "civilians",
       2, None, None, None,
       "On Wednesday, two deminers working for a local charity were killed when a mine exploded in a house they were clearing in the Salah al-Din district of southern Tripoli, the GNA's interior ministry said. The ministry blamed \"Wagner mercenaries\" who it said had booby-trapped homes before pulling back; the LNA denied laying mines in residential areas.",
       note="blame and denial: unknown"),
],
figures=[
    fig("displaced", 200000, "Tripoli",
        "the battle for Tripoli displaced more than 200,000 people and killed at least 350 civilians"),
    fig("killed", 350, "Tripoli",
        "the battle for Tripoli displaced more than 200,000 people and killed at least 350 civilians"),
])

report("b29-30", "2024-07-31", "https://www.example-humanitarianbrief.com/sudan/famine-threat-16th-month-war",
"""
Famine threatens millions in Sudan as war enters its 16th month

Published Wednesday 31 July 2024

More than 25 million people in Sudan, over half the population, face acute hunger, and famine is likely already under way in parts of North Darfur, including the vast Zamzam camp outside El Fasher, UN agencies and independent experts say, 15 months into a war between the army and the paramilitary Rapid Support Forces.

About 755,000 people are in the "catastrophe" phase of food insecurity, the most severe level on the scale used by aid agencies, most of them in Darfur, Kordofan and the areas around Khartoum. The rainy season, which turns the roads of western Sudan into rivers of mud, has begun, and aid officials say it will soon cut off many of the places in greatest need.

"We are watching a famine happen in slow motion, and we cannot get the trucks through," said an official of the World Food Programme in Port Sudan. "It is not the weather and it is not the harvest. It is the war."

The fighting has forced more than 10 million people from their homes, including about 2 million who have fled to Chad, Egypt, South Sudan and other neighbouring countries, making Sudan the largest displacement crisis in the world, according to the International Organization for Migration. Farmers in al-Gezira, once the country's breadbasket, have been unable to plant, and markets in much of Darfur have run dry.

Aid agencies accuse both sides of blocking relief. The army-led government in Port Sudan has restricted access through the Adre crossing from Chad, the main route into Darfur, while RSF fighters have looted warehouses and stopped convoys at checkpoints. Both deny the accusations.

The Armed Conflict Location & Event Data Project has recorded more than 18,000 deaths from fighting and attacks on civilians since April 2023, a figure that aid groups say is certain to be an undercount. Thousands more have died from hunger and disease, though nobody has counted them.

The United States has invited the two sides to new talks in Switzerland next month. The army has yet to say whether it will attend.
""",
country_hint="SD",
figures=[
    fig("other", 25000000, "Sudan",
        "More than 25 million people in Sudan, over half the population, face acute hunger", note="people facing acute hunger"),
    fig("other", 755000, "Sudan",
        "About 755,000 people are in the \"catastrophe\" phase of food insecurity", note="people in the catastrophe phase"),
    fig("displaced", 10000000, "Sudan",
        "The fighting has forced more than 10 million people from their homes"),
    fig("displaced", 2000000, "Sudan",
        "including about 2 million who have fled to Chad, Egypt, South Sudan and other neighbouring countries", note="refugees abroad"),
    fig("killed", 18000, "Sudan",
        "The Armed Conflict Location & Event Data Project has recorded more than 18,000 deaths from fighting and attacks on civilians since April 2023"),
])

report("b29-31", "2016-05-03", "https://www.example-kingdomdispatch.com/south/2016/05/03/najran-shell-tuwal-infiltrators",
"""
Shell from Yemen kills resident in Najran as border clashes test truce

ABHA, Saudi Arabia, May 3 (Kingdom Dispatch) - A military projectile launched from Yemen by "Houthi militias" hit a house in the city of Najran on Monday, killing one resident and wounding two others, the civil defence directorate said.

Saudi border guards repelled an attempt by armed men to cross from Yemen into the al-Tuwal area of Jizan province on Sunday, killing five of the infiltrators, the interior ministry said. Two border guards were killed in the exchange of fire, it said. The ministry did not say who the men were.

Coalition jets struck Houthi positions around Haradh, across the border in Yemen's Hajjah province, on Monday, residents there said. The coalition did not comment.

The incidents came as delegations of the Houthis and the Yemeni government met in Kuwait for a second week of UN-sponsored peace talks, under a fragile truce. The coalition said it had recorded more than 1,800 violations of the truce by the Houthis and their allies.

Saudi officials say more than 500 Saudi civilians and soldiers have been killed in attacks along the border since the coalition entered the war in March last year. Thousands of residents of villages close to the frontier in Jizan and Najran have been moved to temporary housing further north.

"The truce holds in Kuwait, not here," a resident of Najran said. "Here we still hear the shells every night."
""",
events=[
    ev("A projectile launched from Yemen by the Houthis hit a house in Najran, killing one resident and wounding two.",
       "2016-05-02", "‘on Monday’ before the Tuesday 2016-05-03 dateline: Monday 2016-05-02",
       "Najran", "Najran", "SA", "explosion", "Houthis", "civilians",
       1, None, 2, None,
       "A military projectile launched from Yemen by \"Houthi militias\" hit a house in the city of Najran on Monday, killing one resident and wounding two others, the civil defence directorate said."),
    ev("Saudi border guards repelled armed men crossing from Yemen into al-Tuwal; five infiltrators and two border guards were killed.",
       "2016-05-01", "‘on Sunday’ before the Tuesday 2016-05-03 dateline: Sunday 2016-05-01",
       "al-Tuwal", "Jizan", "SA", "battle", "militants (unidentified)", "Saudi security forces",
       7, None, None, None,
       "Saudi border guards repelled an attempt by armed men to cross from Yemen into the al-Tuwal area of Jizan province on Sunday, killing five of the infiltrators, the interior ministry said. Two border guards were killed in the exchange of fire, it said. The ministry did not say who the men were.",
       note="7 = 5 + 2; the men who tried to cross are actor1, unidentified"),
    ev("Coalition jets struck Houthi positions around Haradh in Hajjah.",
       "2016-05-02", "‘on Monday’ before the Tuesday 2016-05-03 dateline: Monday 2016-05-02",
       "Haradh", "Hajjah", "YE", "explosion", "Saudi-led coalition", "Houthis",
       None, None, None, None,
       "Coalition jets struck Houthi positions around Haradh, across the border in Yemen's Hajjah province, on Monday, residents there said."),
],
figures=[
    fig("other", 1800, "Yemen",
        "The coalition said it had recorded more than 1,800 violations of the truce by the Houthis and their allies.", note="truce violations"),
    fig("killed", 500, "Saudi-Yemeni border",
        "Saudi officials say more than 500 Saudi civilians and soldiers have been killed in attacks along the border since the coalition entered the war in March last year."),
])

report("b29-32", "2023-03-14", "https://www.example-tihamahnews.com/hodeidah/landmine-hays-three-children",
"""
Landmine kills three children herding sheep in Hodeidah's Hays

Updated: March 14, 2023

Three children were killed and a fourth was wounded when a landmine exploded as they herded sheep near a village in Hays district, in the south of Hodeidah province, on Monday, the district's health office said.

The provincial governor's office blamed the Houthis, who laid thousands of mines across the area before they were pushed out of it. The Houthis did not comment. Mines and unexploded shells have killed or maimed hundreds of children in Yemen since 2015.
""",
events=[
    ev("A landmine exploded as children herded sheep near a village in Hays, killing three and wounding one; the governor's office blamed the Houthis.",
       "2023-03-13", "‘on Monday’ before the Tuesday 2023-03-14 ‘Updated’ line: Monday 2023-03-13",
       "Hays", "Hodeidah", "YE", "explosion", "Houthis", "civilians",
       3, None, 1, None,
       "Three children were killed and a fourth was wounded when a landmine exploded as they herded sheep near a village in Hays district, in the south of Hodeidah province, on Monday, the district's health office said. [...] The provincial governor's office blamed the Houthis",
       note="blamed, not denied"),
])

report("b29-33", "2011-09-05", "https://www.example-hornwire.com/sudan/2011/09/05/blue-nile-damazin-kurmuk",
"""
Sudan army says it has driven SPLM-North from Blue Nile capital

KHARTOUM, Sept 5 (Horn Wire) - Sudan's army said on Sunday it had driven fighters of the SPLM-North out of their last positions around al-Damazin, the capital of Blue Nile state, days after fighting broke out between the two sides in the town, each accusing the other of firing first.

An SPLM-N spokesman said Antonov bombers had hit villages around Kurmuk, the rebels' stronghold near the Ethiopian border, on Saturday, killing four civilians. The UN refugee agency said some 16,000 people had crossed into Ethiopia.
""",
events=[
    ev("The army said it had driven SPLM-North fighters from their last positions around al-Damazin.",
       None, "the army ‘said on Sunday it had driven’ them out: the day of the fighting is not given",
       "al-Damazin", "Blue Nile", "SD", "territory_gain", "Sudanese Armed Forces", "SPLM-N",
       None, None, None, None,
       "Sudan's army said on Sunday it had driven fighters of the SPLM-North out of their last positions around al-Damazin, the capital of Blue Nile state"),
    ev("Fighting broke out between the army and the SPLM-North in al-Damazin, each side accusing the other of firing first.",
       None, "‘days after fighting broke out’: no day given",
       "al-Damazin", "Blue Nile", "SD", "battle", "Sudanese Armed Forces", "SPLM-N",
       None, None, None, None,
       "days after fighting broke out between the two sides in the town, each accusing the other of firing first.",
       note="who fired first is disputed; recalled only in passing", optional=True),
    ev("Antonov bombers hit villages around Kurmuk, killing four civilians according to the SPLM-N.",
       "2011-09-03", "‘on Saturday’ before the Monday 2011-09-05 dateline: Saturday 2011-09-03",
       "Kurmuk", "Blue Nile", "SD", "explosion", "Sudanese Armed Forces", "civilians",
       4, None, None, None,
       "An SPLM-N spokesman said Antonov bombers had hit villages around Kurmuk, the rebels' stronghold near the Ethiopian border, on Saturday, killing four civilians.",
       note="only the army flies Antonovs"),
],
figures=[
    fig("displaced", 16000, "Ethiopia",
        "The UN refugee agency said some 16,000 people had crossed into Ethiopia.", note="refugees from Blue Nile"),
])

report("b29-34", "2022-05-18", "https://www.example-libyaweekender.com/tripoli/bashagha-leaves-after-clashes",
"""
Bashagha leaves Tripoli hours after his arrival sparks clashes

By a Correspondent in Tripoli

Fathi Bashagha, whom Libya's eastern-based parliament named prime minister in February, left Tripoli on Tuesday only hours after entering the city before dawn, after his arrival set off clashes between the armed group that escorted him and forces loyal to the Government of National Unity of Abdul Hamid Dbeibah.

Heavy gunfire and explosions were heard from around 3 a.m. in the Souq al-Thulatha area, near the headquarters of the Nawasi Brigade, the armed group that had brought Bashagha into the city. By mid-morning, units loyal to Dbeibah had surrounded the area, and Bashagha's office said he had left "to spare the blood of Libyans".

A member of the Nawasi Brigade was killed and three people, among them a passer-by, were wounded, the health ministry's emergency medicine centre said.

Schools in the centre of the capital were closed for the day and flights at Mitiga airport were suspended for several hours. By the afternoon, traffic was moving again on the coast road.

Later on Tuesday, several hundred people gathered in Martyrs' Square to protest against the armed groups and to demand elections. The protest passed off peacefully.

Dbeibah, who was appointed through a UN-led process last year, has refused to hand over power to Bashagha, saying he will give way only to a government chosen in elections. The vote planned for last December was postponed indefinitely amid disputes over the candidates and the rules. Since April, groups that back Bashagha have shut down several oil fields and export terminals, cutting production by about 600,000 barrels a day.

Analysts say Tuesday's events show how little has changed since the end of the war for Tripoli. "Whoever controls the armed groups in the capital controls the government," said a Libyan political analyst. "Bashagha has the parliament. Dbeibah has the streets."
""",
events=[
    ev("Bashagha's arrival set off clashes in Souq al-Thulatha between the Nawasi Brigade that escorted him and units loyal to Dbeibah, who surrounded the area; one Nawasi fighter was killed and three people wounded.",
       "2022-05-17", "‘on Tuesday’ and ‘from around 3 a.m.’ before the publication date Wednesday 2022-05-18: Tuesday 2022-05-17",
       "Souq al-Thulatha", "Tripoli", "LY", "battle", "Government of National Unity forces", "Nawasi Brigade",
       1, None, 3, None,
       "Heavy gunfire and explosions were heard from around 3 a.m. in the Souq al-Thulatha area, near the headquarters of the Nawasi Brigade, the armed group that had brought Bashagha into the city. By mid-morning, units loyal to Dbeibah had surrounded the area [...] A member of the Nawasi Brigade was killed and three people, among them a passer-by, were wounded, the health ministry's emergency medicine centre said.",
       note="the GNU units that closed in are actor1"),
    ev("Several hundred people protested peacefully in Martyrs' Square against the armed groups and for elections.",
       "2022-05-17", "‘Later on Tuesday’ before the publication date Wednesday 2022-05-18: Tuesday 2022-05-17",
       "Martyrs' Square", "Tripoli", "LY", "other", "protesters", "none",
       None, None, None, None,
       "Later on Tuesday, several hundred people gathered in Martyrs' Square to protest against the armed groups and to demand elections. The protest passed off peacefully.",
       note="ACLED Protests / Peaceful protest"),
],
figures=[
    fig("other", 600000, "Libya",
        "cutting production by about 600,000 barrels a day", note="barrels a day of oil output lost to the blockade"),
])

report("b29-35", "2024-02-27", "https://www.example-kordofanvoice.com/news/2024/02/27/babanusa-assault-el-obeid-shelling",
"""
RSF renews assault on Babanusa garrison; shelling kills four in El Obeid

EL OBEID, Sudan, 27 Feb (Kordofan Voice) - The Rapid Support Forces launched a new assault on the army's 22nd Infantry Division base in Babanusa, West Kordofan, on Sunday, the third attack on the garrison this month, residents and military sources said. The army said it had repelled the attack and killed "dozens" of attackers. Seven soldiers were killed, a military source said.

In El Obeid, the capital of North Kordofan, shells fired from RSF positions east of the city hit the main livestock market on Monday, killing four civilians and wounding 12, a hospital official said. The RSF did not comment.

In South Kordofan, the SPLM-North faction led by Abdelaziz al-Hilu said its fighters had taken an army garrison at Habila on Saturday after the troops there ran out of supplies. The army did not comment.

Babanusa, a railway town on the line to Darfur, has been besieged by the RSF since November, and most of its residents have fled. El Obeid, the largest city in Kordofan and the army's main base in the region, has been cut off from Khartoum by road for most of the past year, and fuel and flour arrive only by convoys from the east.

Aid agencies say the Kordofan states have received almost no relief since the war began. The UN says more than 8 million people have been displaced across Sudan since April, and that more than half a million of them are in the three Kordofan states.
""",
events=[
    ev("The RSF launched a new assault on the 22nd Infantry Division base in Babanusa; the army said it repelled it, and seven soldiers were killed.",
       "2024-02-25", "‘on Sunday’ before the Tuesday 2024-02-27 dateline: Sunday 2024-02-25",
       "22nd Infantry Division base, Babanusa", "West Kordofan", "SD", "battle", "Rapid Support Forces", "Sudanese Armed Forces",
       7, None, None, None,
       "The Rapid Support Forces launched a new assault on the army's 22nd Infantry Division base in Babanusa, West Kordofan, on Sunday, the third attack on the garrison this month, residents and military sources said. The army said it had repelled the attack and killed \"dozens\" of attackers. Seven soldiers were killed, a military source said.",
       note="'dozens' of attackers give no number"),
    ev("Shells fired from RSF positions hit El Obeid's main livestock market, killing four civilians and wounding 12.",
       "2024-02-26", "‘on Monday’ before the Tuesday 2024-02-27 dateline: Monday 2024-02-26",
       "El Obeid livestock market", "North Kordofan", "SD", "explosion", "Rapid Support Forces", "civilians",
       4, None, 12, None,
       "In El Obeid, the capital of North Kordofan, shells fired from RSF positions east of the city hit the main livestock market on Monday, killing four civilians and wounding 12, a hospital official said.",
       note="named by where the shells were fired from"),
    ev("The SPLM-North (al-Hilu) said its fighters took an army garrison at Habila after the troops ran out of supplies.",
       "2024-02-24", "‘on Saturday’ before the Tuesday 2024-02-27 dateline: Saturday 2024-02-24",
       "Habila", "South Kordofan", "SD", "territory_gain", "SPLM-N", "Sudanese Armed Forces",
       None, None, None, None,
       "In South Kordofan, the SPLM-North faction led by Abdelaziz al-Hilu said its fighters had taken an army garrison at Habila on Saturday after the troops there ran out of supplies. The army did not comment.",
       note="claimed and not denied"),
],
figures=[
    fig("displaced", 8000000, "Sudan",
        "The UN says more than 8 million people have been displaced across Sudan since April"),
    fig("displaced", 500000, "Kordofan",
        "more than half a million of them are in the three Kordofan states"),
])

report("b29-36", "2023-07-26", "https://www.example-eastafricaledger.com/analysis/rsf-gold-recruits-road-to-chad",
"""
Gold, recruits and the road to Chad: how the RSF sustains Sudan's war

NAIROBI (East Africa Ledger) — When Sudan's army and the Rapid Support Forces went to war in April, many diplomats expected the better-armed army, with its air force and its heavy artillery, to win within weeks. More than three months later, the paramilitary force still holds most of Khartoum and much of Darfur, and analysts say its staying power rests on three things: gold, men and open borders.

The RSF's commander, General Mohamed Hamdan Dagalo, built a business empire over the past decade around gold mines in Darfur and the Jebel Amer area, and companies linked to his family have traded gold through the United Arab Emirates. That money, analysts say, paid for the pickups, the anti-aircraft guns and the salaries that turned a Darfur militia into a force that researchers now put at about 100,000 fighters, against an army whose strength is estimated at about 120,000.

"The army has planes. The RSF has cash and mobility," said a researcher who has studied the group for years. "In a city, mobility wins."

The force also recruits across borders. Arab tribes that straddle Sudan's frontiers with Chad, the Central African Republic and Libya have long supplied its fighters, and the war has drawn in new volunteers promised pay and loot. Supplies reach the RSF along desert roads from Libya and Chad, according to UN experts and Sudanese officials, although the governments concerned deny involvement.

The army, for its part, relies on air power and artillery, which residents of Khartoum say have destroyed whole neighbourhoods without driving the RSF out. It has called on civilians to take up arms and has reached out to Darfuri armed movements that signed a peace deal in 2020.

The human cost is mounting. The International Organization for Migration says more than 3.3 million people have fled their homes inside Sudan, and the UN refugee agency says about 740,000 more have crossed into neighbouring countries. The Armed Conflict Location & Event Data Project has recorded at least 3,900 deaths, a figure it says is almost certainly an undercount.

Talks in Jeddah, sponsored by Saudi Arabia and the United States, have been adjourned since June, with each side accusing the other of bad faith.
""",
country_hint="SD",
figures=[
    fig("fighters", 100000, "Sudan",
        "a force that researchers now put at about 100,000 fighters", note="RSF"),
    fig("fighters", 120000, "Sudan",
        "an army whose strength is estimated at about 120,000", note="Sudanese army"),
    fig("displaced", 3300000, "Sudan",
        "more than 3.3 million people have fled their homes inside Sudan"),
    fig("displaced", 740000, "Sudan",
        "about 740,000 more have crossed into neighbouring countries", note="refugees abroad"),
    fig("killed", 3900, "Sudan",
        "The Armed Conflict Location & Event Data Project has recorded at least 3,900 deaths"),
])
# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
# abbreviations used in datelines ("Aug", "Sept", "Feb.")
MONTH_ABBR = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9, "Sept": 9,
              "Oct": 10, "Nov": 11, "Dec": 12}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TYPES = {"battle", "explosion", "attack_on_civilians", "territory_gain", "arrest", "other"}
COUNTRIES = {"YE", "SA", "LY", "SD"}
# reports without events: how many from each country (by country_hint)
EMPTY_BY_COUNTRY = {"YE": 2, "SD": 2, "LY": 1, "SA": 1}
# first-level regions used in this set, and the country each belongs to
ADMINS = {
    "Aden": "YE", "Lahj": "YE", "Abyan": "YE", "Shabwa": "YE", "Hadramawt": "YE", "Marib": "YE",
    "Amanat al Asimah": "YE", "Sanaa": "YE", "Saada": "YE", "Hodeidah": "YE", "Taiz": "YE",
    "Al Jawf": "YE", "Hajjah": "YE",
    "Riyadh": "SA", "Eastern Province": "SA", "Jizan": "SA", "Najran": "SA", "Asir": "SA",
    "Tripoli": "LY", "Benghazi": "LY", "Misrata": "LY", "Sirte": "LY", "Jabal al Gharbi": "LY",
    "Zawiya": "LY", "Jufra": "LY", "Murqub": "LY", "Al Wahat": "LY",
    "Khartoum": "SD", "North Darfur": "SD", "West Darfur": "SD", "Central Darfur": "SD",
    "South Darfur": "SD", "Al Jazirah": "SD", "West Kordofan": "SD", "North Kordofan": "SD",
    "South Kordofan": "SD", "Blue Nile": "SD", "Northern": "SD",
}
# actor names allowed in this set (canonical names of EVENTS.md, "<Country> security forces",
# the usual short names of armed groups, and the generic labels of news-dev/news-wide)
ACTORS = {
    "Houthis", "Saudi-led coalition", "Yemeni government forces", "Southern Transitional Council",
    "Giants Brigades", "AQAP", "Islamic State", "US forces", "Saudi security forces",
    "Libyan government forces", "Libyan rebels", "NATO", "Libyan National Army",
    "Government of National Accord forces", "Government of National Unity forces", "Nawasi Brigade",
    "Islamist militants", "Wagner Group", "Kaniyat militia", "Sudanese Armed Forces", "Rapid Support Forces",
    "SLA-Abdel Wahid", "SPLM-N",
    "militants (unidentified)", "civilians", "unknown", "none", "protesters",
}
EVENT_KEYS = ["summary", "date", "date_note", "place", "admin", "country", "type", "actor1", "actor2",
              "killed", "killed_high", "wounded", "wounded_high", "evidence"]
EVENT_EXTRA = ["note", "arrested", "optional"]
FIGURE_KEYS = ["what", "value", "place", "evidence"]
FIGURE_WHATS = {"killed", "wounded", "displaced", "returned", "fighters", "civilians_trapped",
                "districts_retaken", "arrested", "other"}
MON = "|".join(MONTHS + sorted(MONTH_ABBR, key=len, reverse=True))
CITY = r"[A-ZÀ-Ý][A-ZÀ-Ý'’./ -]*[A-ZÀ-Ý]"
# anything that starts like a dateline: an upper-case place followed by "," or " ("
DATELINE_START = re.compile(r"^%s(?:,| \()" % CITY)
# "CITY[, Country], Month D (Outlet) - " / "CITY[, Country], D Mon (Outlet) - "
DATELINE_DATED = re.compile(r"^(%s)(?:, ([A-Z][A-Za-z ]+))?, (?:(%s)\.? (\d{1,2})|(\d{1,2}) (%s)\.?) \(([^()]+)\) [-–—] \S"
                            % (CITY, MON, MON))
# "CITY[, Country] (Outlet) — "
DATELINE_UNDATED = re.compile(r"^(%s)(?:, ([A-Z][A-Za-z ]+))? \(([^()]+)\) [-–—] \S" % CITY)
HEAD_DATE = [re.compile(r"\b(\d{1,2}) (%s),? (\d{4})\b" % "|".join(MONTHS)),
             re.compile(r"\b(%s) (\d{1,2}),? (\d{4})\b" % "|".join(MONTHS))]
URL = re.compile(r"^https://www\.example-[a-z0-9-]+\.com/[A-Za-z0-9/._-]+$")
# generic words that place matching ignores (as /work/shared/tools/score_events.py does)
PLACE_STOP = {"al", "el", "ad", "ash", "as", "an", "ar", "az", "at", "the", "of", "near", "in", "on",
              "district", "districts", "neighborhood", "neighbourhood", "area", "areas", "village", "villages",
              "town", "city", "province", "governorate", "region", "west", "east", "north", "south", "western",
              "eastern", "northern", "southern", "central", "outskirts", "countryside", "camp", "base", "airbase",
              "air", "station", "road", "highway", "checkpoint", "mosque", "market", "square", "street", "bridge",
              "hospital", "university"}
BANDS = {"short": (60, 120), "medium": (200, 450), "long": (600, 1000)}
MIN_PER_BAND = {"short": 6, "medium": 18, "long": 5}
MAX_EVENTS = {"short": 5, "medium": 5, "long": 7}

errors = []
STYLE = Counter()


def err(where, msg):
    errors.append(f"{where}: {msg}")


def parse_date(s):
    try:
        if not isinstance(s, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
            return None
        return datetime.date.fromisoformat(s)
    except ValueError:
        return None


def month_num(tok):
    tok = tok.rstrip(".")
    if tok in MONTHS:
        return MONTHS.index(tok) + 1
    return MONTH_ABBR.get(tok)


def band_of(words):
    for name, (lo, hi) in BANDS.items():
        if lo <= words <= hi:
            return name
    return None


def is_count(v):
    return v is None or (isinstance(v, int) and not isinstance(v, bool) and v >= 0)


def check_evidence(where, text, evidence):
    if not isinstance(evidence, str) or not evidence.strip():
        err(where, "empty evidence")
        return
    for piece in evidence.split(" [...] "):
        if not piece or piece not in text:
            err(where, f"evidence piece not verbatim in text: {piece[:80]!r}")


def check_weekday_dates_in_text(where, text, pub):
    """Every 'Weekday[,] D Month[ YYYY]' and 'Weekday[,] Month D[, YYYY]' in a text must be a true date."""
    wd = "|".join(WEEKDAYS)
    mo = "|".join(MONTHS)
    pats = [re.compile(r"\b(%s),? (\d{1,2}) (%s)(?:,? (\d{4}))?" % (wd, mo)),
            re.compile(r"\b(%s),? (%s) (\d{1,2})(?:,? (\d{4}))?" % (wd, mo))]
    for i, pat in enumerate(pats):
        for m in pat.finditer(text):
            if i == 0:
                day, month = int(m.group(2)), MONTHS.index(m.group(3)) + 1
            else:
                day, month = int(m.group(3)), MONTHS.index(m.group(2)) + 1
            year = int(m.group(4)) if m.group(4) else pub.year
            try:
                d = datetime.date(year, month, day)
            except ValueError:
                err(where, f"impossible date {m.group(0)!r}")
                continue
            if WEEKDAYS[d.weekday()] != m.group(1):
                err(where, f"{m.group(0)!r} is a {WEEKDAYS[d.weekday()]}, not a {m.group(1)}")
            if d > pub:
                err(where, f"{m.group(0)!r} is after publication {pub}")


def check_head(rid, text, pub):
    """Headline first, then optional byline / 'Updated' / 'Published' lines, then the body.
    A dateline, if any, opens the body and must name the publication day when it carries a date;
    every full date in the head lines must be the publication day."""
    lines = text.split("\n")
    if not lines[0].strip() or DATELINE_START.match(lines[0]) or len(lines[0].split()) > 16:
        err(rid, "first line must be a headline")
    if len(lines) < 3 or lines[1].strip():
        err(rid, "headline must be followed by a blank line")
    body_i = None
    for i in range(1, len(lines)):
        ln = lines[i].strip()
        if ln and (DATELINE_START.match(ln) or len(ln.split()) >= 15):
            body_i = i
            break
    if body_i is None:
        err(rid, "no body paragraph found")
        return
    head = [ln.strip() for ln in lines[1:body_i] if ln.strip()]
    dated_head = False
    for ln in head:
        if ln.startswith("By "):
            STYLE["byline"] += 1
            continue
        found = []
        for k, pat in enumerate(HEAD_DATE):
            for m in pat.finditer(ln):
                if k == 0:
                    d, mo, y = int(m.group(1)), MONTHS.index(m.group(2)) + 1, int(m.group(3))
                else:
                    d, mo, y = int(m.group(2)), MONTHS.index(m.group(1)) + 1, int(m.group(3))
                found.append((y, mo, d))
        if not found:
            err(rid, f"head line is neither a byline nor dated: {ln!r}")
            continue
        for y, mo, d in found:
            if (y, mo, d) != (pub.year, pub.month, pub.day):
                err(rid, f"head line date {y}-{mo:02d}-{d:02d} is not publication {pub}")
        dated_head = True
        STYLE["updated/published line"] += 1
    first = lines[body_i]
    m = DATELINE_DATED.match(first)
    if m:
        mon, day = (m.group(3), m.group(4)) if m.group(3) else (m.group(6), m.group(5))
        if month_num(mon) != pub.month or int(day) != pub.day:
            err(rid, f"dateline {mon} {day} does not name publication {pub}")
        STYLE["dateline with date"] += 1
    elif DATELINE_UNDATED.match(first):
        STYLE["dateline without date"] += 1
    elif DATELINE_START.match(first):
        err(rid, f"malformed dateline: {first[:60]!r}")
    else:
        STYLE["no dateline"] += 1
    if not m and not dated_head:
        STYLE["publication day only in 'published'"] += 1
    for ln in lines[body_i + 1:]:
        if DATELINE_START.match(ln.strip()) and (DATELINE_DATED.match(ln.strip()) or DATELINE_UNDATED.match(ln.strip())):
            err(rid, f"second dateline: {ln[:60]!r}")


def check_date_note(where, note, text):
    if not isinstance(note, str) or not note.strip():
        err(where, "empty date_note")
        return
    if note.count("‘") != note.count("’"):
        err(where, "unbalanced ‘…’ quotes in date_note")
    # quoted text must be verbatim from the report
    for q in re.findall(r"‘([^’]*)’", note):
        if q not in text:
            err(where, f"date_note quotes text not in report: {q!r}")
    if "'" in note and "‘" not in note:
        err(where, "date_note quotes with straight quotes; use ‘…’")
    outside = re.sub(r"‘[^’]*’", "‘’", note)
    for m in re.finditer(r"\b(%s)\b" % "|".join(WEEKDAYS), outside):
        rest = outside[m.end():]
        dm = re.match(r" (\d{4}-\d{2}-\d{2})", rest)
        if not dm:
            err(where, f"weekday {m.group(1)!r} in date_note not written as 'Weekday YYYY-MM-DD'")
            continue
        d = parse_date(dm.group(1))
        if d is None:
            err(where, f"bad date in date_note {dm.group(1)!r}")
        elif WEEKDAYS[d.weekday()] != m.group(1):
            err(where, f"date_note says {m.group(1)} {dm.group(1)}, but it is a {WEEKDAYS[d.weekday()]}")


def check():
    if len(REPORTS) != 36:
        err("set", f"{len(REPORTS)} reports, expected 36")
    urls = set()
    bands = Counter()
    for i, r in enumerate(REPORTS):
        rid = r["id"]
        if rid != "b29-%02d" % (i + 1):
            err(rid, f"id out of order, expected b29-{i + 1:02d}")
        pub = parse_date(r["published"])
        if pub is None:
            err(rid, f"bad published {r['published']!r}")
            continue
        if not (datetime.date(2011, 1, 1) <= pub <= datetime.date(2024, 12, 31)):
            err(rid, f"published {pub} outside 2011-2024")
        if not URL.match(r["url"]):
            err(rid, f"url not on an example- domain: {r['url']}")
        if r["url"] in urls:
            err(rid, "duplicate url")
        urls.add(r["url"])
        text = r["text"]
        if not text.strip() or "\t" in text:
            err(rid, "empty text or tab in text")
        words = len(text.split())
        band = band_of(words)
        if band is None:
            err(rid, f"{words} words: not in a band {BANDS}")
        else:
            bands[band] += 1
        check_head(rid, text, pub)
        check_weekday_dates_in_text(rid, text, pub)
        for j, e in enumerate(r["events"]):
            w = f"{rid} event {j}"
            keys = list(e.keys())
            if keys[:len(EVENT_KEYS)] != EVENT_KEYS:
                err(w, f"keys not in schema order: {keys}")
            extra = keys[len(EVENT_KEYS):]
            if [k for k in EVENT_EXTRA if k in extra] != extra:
                err(w, f"unknown or misordered extra keys: {extra}")
            for k in ("summary", "place", "actor1", "actor2"):
                if not isinstance(e.get(k), str) or not e[k].strip():
                    err(w, f"{k} must be a non-empty string")
            for k in ("actor1", "actor2"):
                if e.get(k) not in ACTORS:
                    err(w, f"{k} {e.get(k)!r} not in the actor list")
            if e.get("actor1") in ("none", "protesters") and e.get("type") != "other":
                err(w, f"actor1 {e['actor1']!r} only on 'other' events")
            if e.get("actor1") == e.get("actor2"):
                err(w, "actor1 equals actor2")
            if e.get("country") not in COUNTRIES:
                err(w, f"country {e.get('country')!r} not valid for this set")
            if e.get("admin") is None:
                if "at sea" not in (e.get("note") or ""):
                    err(w, "admin null is only for events at sea (say 'at sea' in the note)")
            elif e.get("admin") not in ADMINS:
                err(w, f"admin {e.get('admin')!r} not a known first-level region of this set")
            elif ADMINS[e["admin"]] != e.get("country"):
                err(w, f"admin {e['admin']!r} is in {ADMINS[e['admin']]}, not {e.get('country')}")
            if not [t for t in re.split(r"[^a-z0-9]+", (e.get("place") or "").lower())
                    if len(t) > 1 and t not in PLACE_STOP]:
                err(w, f"place {e.get('place')!r} has no distinctive word: a scorer cannot match it")
            if e.get("type") not in TYPES:
                err(w, f"type {e.get('type')!r} not valid")
            if e["date"] is not None:
                d = parse_date(e["date"])
                if d is None:
                    err(w, f"bad date {e['date']!r}")
                elif d > pub:
                    err(w, f"date {d} after publication {pub}")
                elif (pub - d).days > 45:
                    err(w, f"date {d} more than 45 days before publication: background, not an incident?")
            check_date_note(w, e.get("date_note"), text)
            for k in ("killed", "killed_high", "wounded", "wounded_high"):
                if not is_count(e.get(k)):
                    err(w, f"{k} must be a non-negative int or null")
            for k in ("killed", "wounded"):
                hi = e.get(k + "_high")
                if hi is not None:
                    if e.get(k) is None:
                        err(w, f"{k}_high without {k}")
                    elif is_count(hi) and is_count(e[k]) and hi < e[k]:
                        err(w, f"{k}_high < {k}")
                    elif hi == e[k]:
                        err(w, f"{k}_high equal to {k}: drop it")
            if "arrested" in e:
                if e["type"] != "arrest":
                    err(w, "arrested on a non-arrest event")
                if not is_count(e["arrested"]) or e["arrested"] is None:
                    err(w, "arrested must be a non-negative int")
            elif e.get("type") == "arrest":
                err(w, "arrest event without an arrested count")
            if "optional" in e and e["optional"] is not True:
                err(w, "optional must be true when present")
            if "note" in e and (not isinstance(e["note"], str) or not e["note"].strip()):
                err(w, "note must be a non-empty string")
            if not isinstance(e.get("summary"), str) or not e["summary"].strip():
                err(w, "empty summary")
            check_evidence(w, text, e.get("evidence"))
        for j, f in enumerate(r["figures"]):
            w = f"{rid} figure {j}"
            keys = list(f.keys())
            if keys[:4] != FIGURE_KEYS or keys[4:] not in ([], ["note"]):
                err(w, f"figure keys not in schema order: {keys}")
            if not is_count(f.get("value")) or f.get("value") is None:
                err(w, "figure value must be a non-negative int")
            if f.get("what") not in FIGURE_WHATS:
                err(w, f"figure what {f.get('what')!r} not one of {sorted(FIGURE_WHATS)}")
            if not isinstance(f.get("place"), str) or not f["place"].strip():
                err(w, "figure place must be a non-empty string")
            check_evidence(w, text, f.get("evidence"))
        if band and len(r["events"]) > MAX_EVENTS[band]:
            err(rid, f"{len(r['events'])} events, expected at most {MAX_EVENTS[band]} for a {band} report")
        if not r["events"]:
            if r.get("country_hint") not in COUNTRIES:
                err(rid, "report without events needs a country_hint among the theme's countries")
            if not r["figures"]:
                err(rid, "report without events must carry figures")
        elif r.get("country_hint"):
            err(rid, "country_hint only on reports without events")
    for name, n in MIN_PER_BAND.items():
        if bands[name] < n:
            err("set", f"only {bands[name]} {name} reports, expected at least {n}")
    empty = sum(not r["events"] for r in REPORTS)
    if empty != 6:
        err("set", f"{empty} reports without events, expected 6")
    hinted = Counter(r.get("country_hint") for r in REPORTS if not r["events"])
    if dict(hinted) != EMPTY_BY_COUNTRY:
        err("set", f"reports without events by country {dict(hinted)}, expected {EMPTY_BY_COUNTRY}")
    used = {e["country"] for r in REPORTS for e in r["events"]}
    if used != COUNTRIES:
        err("set", f"countries with events {sorted(used)} differ from the theme's {sorted(COUNTRIES)}")
    need = {"dateline with date": 12, "dateline without date": 5, "no dateline": 8, "byline": 5,
            "updated/published line": 6, "publication day only in 'published'": 2}
    for k, n in need.items():
        if STYLE[k] < n:
            err("set", f"only {STYLE[k]} reports with {k}, expected at least {n}")


def main():
    check()
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        print(f"{len(errors)} problem(s); nothing written", file=sys.stderr)
        sys.exit(1)
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "docs.jsonl"), "w", encoding="utf-8") as fh:
        for r in REPORTS:
            fh.write(json.dumps({"id": r["id"], "text": r["text"], "published": r["published"],
                                 "url": r["url"]}, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "gold.jsonl"), "w", encoding="utf-8") as fh:
        for r in REPORTS:
            fh.write(json.dumps({"id": r["id"], "url": r["url"], "published": r["published"],
                                 "events": r["events"], "figures": r["figures"]}, ensure_ascii=False) + "\n")
    evs = [e for r in REPORTS for e in r["events"]]
    req = [e for e in evs if not e.get("optional")]
    figs = [f for r in REPORTS for f in r["figures"]]
    words = [len(r["text"].split()) for r in REPORTS]
    print(f"reports: {len(REPORTS)} (words {min(words)}-{max(words)}, mean {sum(words) // len(words)})")
    print("lengths: " + ", ".join(f"{b} {n}" for b, n in Counter(band_of(w) for w in words).most_common()))
    print("head styles: " + ", ".join(f"{k} {v}" for k, v in STYLE.most_common()))
    print("years: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(r["published"][:4] for r in REPORTS).items())))
    print("reports with no incident: %d (%s)" % (
        sum(not r["events"] for r in REPORTS), ", ".join(r["id"] for r in REPORTS if not r["events"])))
    print("events per report: " + ", ".join(
        f"{k}: {v}" for k, v in sorted(Counter(len(r["events"]) for r in REPORTS).items())))
    print(f"events: {len(evs)} (optional {len(evs) - len(req)}, scored {len(req)})")
    print(f"events with killed: {sum(e['killed'] is not None for e in evs)}"
          f" (scored: {sum(e['killed'] is not None for e in req)}; explicit 0: {sum(e['killed'] == 0 for e in evs)})")
    print(f"events with wounded: {sum(e['wounded'] is not None for e in evs)}"
          f" (scored: {sum(e['wounded'] is not None for e in req)}; explicit 0: {sum(e['wounded'] == 0 for e in evs)})")
    print(f"killed_high: {sum(e['killed_high'] is not None for e in evs)}, wounded_high: {sum(e['wounded_high'] is not None for e in evs)}")
    print(f"date null: {sum(e['date'] is None for e in evs)} (not optional: {sum(e['date'] is None for e in req)})")
    print("arrests: %d (arrested %s)" % (sum(e["type"] == "arrest" for e in evs),
                                         ", ".join(str(e["arrested"]) for e in evs if e["type"] == "arrest")))
    print(f"figures: {len(figs)} (" + ", ".join(f"{k} {v}" for k, v in Counter(f["what"] for f in figs).most_common()) + ")")
    print("by type (events / optional / with killed):")
    for t, n in Counter(e["type"] for e in evs).most_common():
        sel = [e for e in evs if e["type"] == t]
        print(f"  {t}: {n} / {sum(bool(e.get('optional')) for e in sel)} / {sum(e['killed'] is not None for e in sel)}")
    rep_c = Counter((r["events"][0]["country"] if r["events"] else r.get("country_hint", "?")) for r in REPORTS)
    print("by country (reports / events / optional / with killed / with wounded):")
    for c, n in Counter(e["country"] for e in evs).most_common():
        sel = [e for e in evs if e["country"] == c]
        print(f"  {c}: {rep_c[c]} / {n} / {sum(bool(e.get('optional')) for e in sel)}"
              f" / {sum(e['killed'] is not None for e in sel)} / {sum(e['wounded'] is not None for e in sel)}")
    print("actor1: " + ", ".join(f"{k} {v}" for k, v in Counter(e["actor1"] for e in evs).most_common()))
    print("actor2: " + ", ".join(f"{k} {v}" for k, v in Counter(e["actor2"] for e in evs).most_common()))


if __name__ == "__main__":
    main()
