#!/usr/bin/env python3
"""probe-blind28: build docs.jsonl and gold.jsonl from the data below, after checking it.

Theme: the campaigns against Islamic State in Iraq and Syria, 2016-2019 (Mosul, Tal Afar, Hawija,
Anbar, Raqqa, Deir ez-Zor, Baghuz) and the wars around them (Turkey's operations in northern Syria,
the Syrian government's offensives in Aleppo, Eastern Ghouta and Idlib), as wire copy, local
dailies, military briefings (JOC, the coalition, the SDF), monitors and hospital officials tell
them: roundups, neighbourhoods retaken day by day, tolls from several sources, Amaq claims.

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
# b28-01 .. b28-09
# ---------------------------------------------------------------------------

report("b28-01", "2017-01-10", "https://www.example-tigriswire.com/iraq/2017/01/10/mosul-east-sukkar-wahda-cts",
"""
Iraqi special forces push towards Tigris as east Mosul districts fall

BAGHDAD, January 10 (Tigris Wire) - Iraq's Counter-Terrorism Service has retaken the al-Wahda and al-Sukkar neighbourhoods of eastern Mosul from Islamic State militants, the Joint Operations Command said on Tuesday, bringing the elite troops to within about a kilometre of the Tigris.

A JOC statement said CTS units "liberated al-Wahda completely and raised the Iraqi flag over its buildings" on Sunday. Al-Sukkar, further north, was cleared on Monday after a day of street fighting, the statement said. It gave no casualty figures for either side.

In al-Muthanna, where the assault is still under way, a suicide car bomb rammed an army Humvee on Monday afternoon, killing three soldiers and wounding seven, an officer in the 16th Division said. Islamic State's Amaq news agency said a "martyrdom seeker" had killed 40 members of the "Rafidi army" in the attack.

Mortar rounds fired from militant-held areas across the river landed on the Gogjali market on Monday morning as residents queued for flour. Doctors at a field clinic in Bartella said they had received the bodies of five civilians, among them two children, and 18 wounded. Two of the wounded died overnight, a medic said on Tuesday.

Federal police on the southern front reported no change in their positions.

More than 140,000 people have been displaced since the offensive began on October 17, according to the International Organization for Migration, and aid agencies estimate that 750,000 civilians remain in the western half of the city. Iraqi commanders say about 70 percent of the east is now in government hands.
""",
events=[
    ev("CTS units retook the al-Wahda neighbourhood of eastern Mosul from Islamic State and raised the flag.",
       "2017-01-08", "‘on Sunday’ in the JOC statement reported on the Tuesday 2017-01-10 dateline: Sunday 2017-01-08",
       "al-Wahda", "Nineveh", "IQ", "territory_gain", "Counter-Terrorism Service", "Islamic State",
       None, None, None, None,
       "A JOC statement said CTS units \"liberated al-Wahda completely and raised the Iraqi flag over its buildings\" on Sunday."),
    ev("CTS cleared the al-Sukkar neighbourhood of eastern Mosul after a day of street fighting.",
       "2017-01-09", "‘was cleared on Monday’ before the Tuesday 2017-01-10 dateline: Monday 2017-01-09",
       "al-Sukkar", "Nineveh", "IQ", "territory_gain", "Counter-Terrorism Service", "Islamic State",
       None, None, None, None,
       "Al-Sukkar, further north, was cleared on Monday after a day of street fighting, the statement said."),
    ev("A suicide car bomb rammed an army Humvee in al-Muthanna, killing three soldiers and wounding seven; Amaq claimed 40 killed.",
       "2017-01-09", "‘on Monday afternoon’ before the Tuesday 2017-01-10 dateline: Monday 2017-01-09",
       "al-Muthanna", "Nineveh", "IQ", "explosion", "Islamic State", "Iraqi Security Forces",
       3, None, 7, None,
       "In al-Muthanna, where the assault is still under way, a suicide car bomb rammed an army Humvee on Monday afternoon, killing three soldiers and wounding seven, an officer in the 16th Division said. Islamic State's Amaq news agency said a \"martyrdom seeker\" had killed 40 members of the \"Rafidi army\" in the attack.",
       note="Amaq's claimed 40 is not used; the bomber's death is not stated"),
    ev("Mortar rounds fired from militant-held areas hit the Gogjali market as residents queued for flour, killing five civilians; two of the 18 wounded died overnight.",
       "2017-01-09", "‘on Monday morning’ before the Tuesday 2017-01-10 dateline: Monday 2017-01-09",
       "Gogjali market", "Nineveh", "IQ", "explosion", "Islamic State", "civilians",
       7, None, 16, None,
       "Mortar rounds fired from militant-held areas across the river landed on the Gogjali market on Monday morning as residents queued for flour. Doctors at a field clinic in Bartella said they had received the bodies of five civilians, among them two children, and 18 wounded. Two of the wounded died overnight, a medic said on Tuesday.",
       note="7 = 5 + 2 wounded who died; wounded 18 - 2 = 16; the militant-held west of Mosul is Islamic State's"),
],
figures=[
    fig("displaced", 140000, "Mosul",
        "More than 140,000 people have been displaced since the offensive began on October 17, according to the International Organization for Migration"),
    fig("civilians_trapped", 750000, "western Mosul",
        "aid agencies estimate that 750,000 civilians remain in the western half of the city"),
    fig("other", 70, "eastern Mosul",
        "Iraqi commanders say about 70 percent of the east is now in government hands", note="percent of the east retaken"),
])

report("b28-02", "2016-12-08", "https://www.example-levantmonitor.com/syria/2016/12/08/aleppo-sheikh-saeed-falls",
"""
Syrian army takes Sheikh Saeed as rebel enclave in Aleppo shrinks

BEIRUT, December 8 (Levant Monitor Daily) - Syrian government forces and allied militias captured the Sheikh Saeed district on the southern edge of rebel-held eastern Aleppo on Wednesday, state television said, squeezing opposition fighters into a pocket that monitors now put at less than a third of the area they held three weeks ago.

Rebels disputed the claim, saying fighting was still going on in the district's northern streets.

Warplanes pounded al-Kallaseh and Bustan al-Qasr on Tuesday. The Syrian Observatory for Human Rights said 21 civilians died there; the civil defence, whose volunteers pull survivors from the rubble, put the toll at 34. Neither said whose aircraft carried out the raids.

Shells fired by what the official SANA news agency called "terrorist groups" struck the government-held Hamdaniya district in western Aleppo on Wednesday, killing four civilians, a child among them, and wounding 11, SANA said.

Overnight, rebels attacked army positions near the 1070 apartments project on the city's southwestern edge. The Observatory said nine pro-government fighters and six rebels were killed before the attackers pulled back.

The Observatory says more than 310 civilians have been killed in eastern Aleppo since government forces launched their assault on November 15, and the United Nations says more than 80,000 people have left the rebel districts. Moscow and Washington have held talks on an evacuation of the remaining fighters, but no agreement has been announced.
""",
events=[
    ev("Syrian government forces and allied militias captured the Sheikh Saeed district of eastern Aleppo, according to state television; rebels said fighting went on.",
       "2016-12-07", "‘on Wednesday’ before the Thursday 2016-12-08 dateline: Wednesday 2016-12-07",
       "Sheikh Saeed", "Aleppo", "SY", "territory_gain", "Syrian government forces", "Syrian rebels",
       None, None, None, None,
       "Syrian government forces and allied militias captured the Sheikh Saeed district on the southern edge of rebel-held eastern Aleppo on Wednesday, state television said",
       note="rebels disputed the capture"),
    ev("Warplanes struck al-Kallaseh and Bustan al-Qasr; the Observatory counted 21 civilians killed, the civil defence 34.",
       "2016-12-06", "‘on Tuesday’ before the Thursday 2016-12-08 dateline: Tuesday 2016-12-06",
       "al-Kallaseh and Bustan al-Qasr", "Aleppo", "SY", "explosion", "unknown", "civilians",
       21, 34, None, None,
       "Warplanes pounded al-Kallaseh and Bustan al-Qasr on Tuesday. The Syrian Observatory for Human Rights said 21 civilians died there; the civil defence, whose volunteers pull survivors from the rubble, put the toll at 34. Neither said whose aircraft carried out the raids.",
       note="two districts share one toll; conflicting tolls 21 vs 34; air force not named"),
    ev("Rebel shells struck the government-held Hamdaniya district of western Aleppo, killing four civilians and wounding 11, according to SANA.",
       "2016-12-07", "‘on Wednesday’ before the Thursday 2016-12-08 dateline: Wednesday 2016-12-07",
       "Hamdaniya", "Aleppo", "SY", "explosion", "Syrian rebels", "civilians",
       4, None, 11, None,
       "Shells fired by what the official SANA news agency called \"terrorist groups\" struck the government-held Hamdaniya district in western Aleppo on Wednesday, killing four civilians, a child among them, and wounding 11, SANA said."),
    ev("Rebels attacked army positions near the 1070 apartments project; nine pro-government fighters and six rebels were killed.",
       "2016-12-07", "‘Overnight’ before the Thursday 2016-12-08 dateline: the night of Wednesday 2016-12-07",
       "1070 apartments project", "Aleppo", "SY", "battle", "Syrian rebels", "Syrian government forces",
       15, None, None, None,
       "Overnight, rebels attacked army positions near the 1070 apartments project on the city's southwestern edge. The Observatory said nine pro-government fighters and six rebels were killed before the attackers pulled back.",
       note="15 = 9 pro-government + 6 rebels"),
],
figures=[
    fig("killed", 310, "eastern Aleppo",
        "The Observatory says more than 310 civilians have been killed in eastern Aleppo since government forces launched their assault on November 15"),
    fig("displaced", 80000, "eastern Aleppo",
        "the United Nations says more than 80,000 people have left the rebel districts"),
])

report("b28-03", "2017-08-28", "https://www.example-ninevehdaily.com/news/2017/08/28/tal-afar-citadel-askari-nour",
"""
Tal Afar citadel falls; Iraqi forces say only al-Ayadiya remains

TAL AFAR, Iraq, August 28 (Nineveh Daily) - Iraqi troops and Popular Mobilisation fighters stormed the Ottoman-era citadel in the centre of Tal Afar on Saturday and raised the Iraqi flag over its walls, the Joint Operations Command announced, eight days after the offensive on the Islamic State-held town began.

Counter Terrorism Service units took the al-Nour and al-Askari neighbourhoods in the north of the town on Sunday, the command said on Monday, leaving the militants holding only the nearby district of al-Ayadiya.

In al-Kifah, a suicide bomber on a motorcycle blew himself up among a group of federal policemen on Saturday evening, killing himself and two policemen and wounding five, a police captain told Nineveh Daily. Amaq, Islamic State's propaganda outlet, said the bomber had "killed and wounded dozens of apostates".

Coalition warplanes carried out 14 strikes around Tal Afar on Sunday alone, according to a US military statement, which did not give details of casualties.

Officers estimate that about 2,000 militants were in the town when the operation began, many of them foreigners. Around 30,000 people have fled the Tal Afar district since the spring, the United Nations said, many of them walking for hours through the desert to reach army lines.
""",
events=[
    ev("Iraqi troops and PMF fighters stormed Tal Afar's citadel and raised the Iraqi flag over it.",
       "2017-08-26", "‘on Saturday’ before the Monday 2017-08-28 dateline: Saturday 2017-08-26",
       "Tal Afar citadel", "Nineveh", "IQ", "territory_gain", "Iraqi Security Forces", "Islamic State",
       None, None, None, None,
       "Iraqi troops and Popular Mobilisation fighters stormed the Ottoman-era citadel in the centre of Tal Afar on Saturday and raised the Iraqi flag over its walls, the Joint Operations Command announced",
       note="with the Popular Mobilization Forces"),
    ev("CTS units took the al-Nour neighbourhood of Tal Afar.",
       "2017-08-27", "‘on Sunday’ before the Monday 2017-08-28 dateline: Sunday 2017-08-27",
       "al-Nour", "Nineveh", "IQ", "territory_gain", "Counter-Terrorism Service", "Islamic State",
       None, None, None, None,
       "Counter Terrorism Service units took the al-Nour and al-Askari neighbourhoods in the north of the town on Sunday, the command said on Monday",
       note="split from al-Askari: one sentence, two places"),
    ev("CTS units took the al-Askari neighbourhood of Tal Afar.",
       "2017-08-27", "‘on Sunday’ before the Monday 2017-08-28 dateline: Sunday 2017-08-27",
       "al-Askari", "Nineveh", "IQ", "territory_gain", "Counter-Terrorism Service", "Islamic State",
       None, None, None, None,
       "Counter Terrorism Service units took the al-Nour and al-Askari neighbourhoods in the north of the town on Sunday, the command said on Monday",
       note="split from al-Nour: one sentence, two places"),
    ev("A suicide bomber on a motorcycle blew himself up among federal policemen in al-Kifah, killing two of them and wounding five.",
       "2017-08-26", "‘on Saturday evening’ before the Monday 2017-08-28 dateline: Saturday 2017-08-26",
       "al-Kifah", "Nineveh", "IQ", "explosion", "Islamic State", "Iraqi Security Forces",
       3, None, 5, None,
       "In al-Kifah, a suicide bomber on a motorcycle blew himself up among a group of federal policemen on Saturday evening, killing himself and two policemen and wounding five, a police captain told Nineveh Daily. Amaq, Islamic State's propaganda outlet, said the bomber had \"killed and wounded dozens of apostates\".",
       note="3 = bomber + 2 policemen; claimed by Amaq"),
],
figures=[
    fig("other", 14, "Tal Afar",
        "Coalition warplanes carried out 14 strikes around Tal Afar on Sunday alone", note="air strikes in one day"),
    fig("fighters", 2000, "Tal Afar",
        "Officers estimate that about 2,000 militants were in the town when the operation began"),
    fig("displaced", 30000, "Tal Afar district",
        "Around 30,000 people have fled the Tal Afar district since the spring, the United Nations said"),
])

report("b28-04", "2016-04-26", "https://www.example-borderherald.com/turkey/2016/04/26/kilis-rockets-artillery-response",
"""
Rockets from Syria kill two in Kilis; Turkish guns hit back

KILIS, Turkey, April 26 (Border Herald) - Two rockets fired from Islamic State-held territory in Syria slammed into a residential street in the Turkish border town of Kilis on Monday, killing a woman and her 10-year-old son and wounding six other people, the governor's office said.

One of the rockets hit the courtyard of a house near the Ekrem Cetin mosque, witnesses said. Shopkeepers pulled down their shutters and many families left for Gaziantep for the night.

Turkish howitzers deployed along the frontier returned fire on Monday night, striking Islamic State positions around the Syrian village of Dudiyan, north of Aleppo, the military said in a written statement. It said 14 Daesh militants were killed and three rocket launchers destroyed.

Separately, anti-terrorism police in Gaziantep detained nine suspected members of the group in dawn raids on Sunday, seizing a suicide vest and documents, the state-run news agency reported. Eight of the suspects are Syrian nationals.

Kilis, a town of about 90,000 people that now also hosts some 110,000 Syrian refugees, has been hit by more than 60 rockets since January. At least 20 people have been killed in the attacks, and residents have staged several protests demanding better protection. Ankara has said it will install a missile defence system on the border.
""",
events=[
    ev("Two rockets fired from Islamic State-held territory in Syria hit a residential street in Kilis, killing a woman and her son and wounding six.",
       "2016-04-25", "‘on Monday’ before the Tuesday 2016-04-26 dateline: Monday 2016-04-25",
       "Kilis", "Kilis", "TR", "explosion", "Islamic State", "civilians",
       2, None, 6, None,
       "Two rockets fired from Islamic State-held territory in Syria slammed into a residential street in the Turkish border town of Kilis on Monday, killing a woman and her 10-year-old son and wounding six other people, the governor's office said.",
       note="attributed by where they were fired from; no claim"),
    ev("Turkish artillery shelled Islamic State positions around Dudiyan, north of Aleppo; the military said 14 militants were killed.",
       "2016-04-25", "‘on Monday night’ before the Tuesday 2016-04-26 dateline: Monday 2016-04-25",
       "Dudiyan", "Aleppo", "SY", "explosion", "Turkish Armed Forces", "Islamic State",
       14, None, None, None,
       "Turkish howitzers deployed along the frontier returned fire on Monday night, striking Islamic State positions around the Syrian village of Dudiyan, north of Aleppo, the military said in a written statement. It said 14 Daesh militants were killed and three rocket launchers destroyed.",
       note="the army's count of enemy dead, as an official count"),
    ev("Anti-terrorism police in Gaziantep detained nine suspected Islamic State members in dawn raids, seizing a suicide vest.",
       "2016-04-24", "‘in dawn raids on Sunday’ before the Tuesday 2016-04-26 dateline: Sunday 2016-04-24",
       "Gaziantep", "Gaziantep", "TR", "arrest", "Turkish security forces", "Islamic State",
       None, None, None, None,
       "Separately, anti-terrorism police in Gaziantep detained nine suspected members of the group in dawn raids on Sunday, seizing a suicide vest and documents, the state-run news agency reported.",
       arrested=9),
],
figures=[
    fig("displaced", 110000, "Kilis",
        "Kilis, a town of about 90,000 people that now also hosts some 110,000 Syrian refugees", note="Syrian refugees hosted"),
    fig("other", 60, "Kilis",
        "has been hit by more than 60 rockets since January", note="rockets since January"),
    fig("killed", 20, "Kilis",
        "At least 20 people have been killed in the attacks"),
])

report("b28-05", "2017-10-06", "https://www.example-kirkuknow-daily.com/en/2017/10/06/hawija-retaken-fleeing-family-shot",
"""
Iraqi forces retake Hawija, Islamic State's last stronghold in Kirkuk

KIRKUK, October 6 (Kirkuk Now Daily) - Iraqi army units and Hashed al-Shaabi fighters entered the centre of Hawija on Thursday and took control of the town's government buildings, Prime Minister Haider al-Abadi's office said, two weeks after the second phase of the offensive to clear the Hawija pocket began.

A day earlier, Hashed units recaptured the al-Riyadh subdistrict, west of the town, according to a statement from the Popular Mobilisation commission. "Daesh fighters fled towards the Hamrin mountains, leaving behind their dead," it said.

Residents who reached the Maktab Khalid screening centre described how militants opened fire on a family trying to escape through fields near al-Abbasi on Tuesday. A man, his wife and two of their children were killed on the spot, and a third child died in hospital in Kirkuk on Wednesday, a doctor there said.

On Thursday a roadside bomb hit a Hashed pick-up on the road between Hawija and al-Zab, killing two fighters, according to a PMF officer.

More than 78,000 people have fled the Hawija area since August, the UN humanitarian office says, and aid workers warn that thousands more may still be trapped in villages south of the Lesser Zab. Security officials had estimated that about 1,000 Islamic State fighters held the pocket when the offensive began on September 21.
""",
events=[
    ev("Iraqi army units and Hashed al-Shaabi fighters entered the centre of Hawija and took control of its government buildings.",
       "2017-10-05", "‘on Thursday’ before the Friday 2017-10-06 dateline: Thursday 2017-10-05",
       "Hawija", "Kirkuk", "IQ", "territory_gain", "Iraqi Security Forces", "Islamic State",
       None, None, None, None,
       "Iraqi army units and Hashed al-Shaabi fighters entered the centre of Hawija on Thursday and took control of the town's government buildings, Prime Minister Haider al-Abadi's office said",
       note="with the Popular Mobilization Forces"),
    ev("Hashed al-Shaabi units recaptured the al-Riyadh subdistrict west of Hawija.",
       "2017-10-04", "‘A day earlier’ than Thursday 2017-10-05: Wednesday 2017-10-04",
       "al-Riyadh", "Kirkuk", "IQ", "territory_gain", "Popular Mobilization Forces", "Islamic State",
       None, None, None, None,
       "A day earlier, Hashed units recaptured the al-Riyadh subdistrict, west of the town, according to a statement from the Popular Mobilisation commission."),
    ev("Militants opened fire on a family fleeing through fields near al-Abbasi, killing four on the spot; a child died in hospital the next day.",
       "2017-10-03", "‘on Tuesday’ before the Friday 2017-10-06 dateline: Tuesday 2017-10-03 (the child died on Wednesday 2017-10-04)",
       "al-Abbasi", "Kirkuk", "IQ", "attack_on_civilians", "Islamic State", "civilians",
       5, None, None, None,
       "Residents who reached the Maktab Khalid screening centre described how militants opened fire on a family trying to escape through fields near al-Abbasi on Tuesday. A man, his wife and two of their children were killed on the spot, and a third child died in hospital in Kirkuk on Wednesday, a doctor there said.",
       note="5 = 4 + a child who died of wounds; the militants holding the pocket are Islamic State's"),
    ev("A roadside bomb hit a Hashed pick-up on the road between Hawija and al-Zab, killing two fighters.",
       "2017-10-05", "‘On Thursday’ before the Friday 2017-10-06 dateline: Thursday 2017-10-05",
       "road between Hawija and al-Zab", "Kirkuk", "IQ", "explosion", "unknown", "Popular Mobilization Forces",
       2, None, None, None,
       "On Thursday a roadside bomb hit a Hashed pick-up on the road between Hawija and al-Zab, killing two fighters, according to a PMF officer.",
       note="nobody named as the bombers"),
],
figures=[
    fig("displaced", 78000, "Hawija",
        "More than 78,000 people have fled the Hawija area since August, the UN humanitarian office says"),
    fig("fighters", 1000, "Hawija pocket",
        "Security officials had estimated that about 1,000 Islamic State fighters held the pocket when the offensive began on September 21"),
])

report("b28-06", "2017-08-14", "https://www.example-euphratesreport.com/raqqa/2017/08/14/sdf-nahda-air-strikes-badu",
"""
SDF seize al-Nahda district as civilian toll from Raqqa air strikes mounts

AIN ISSA, Syria, August 14 (Euphrates Report) - The US-backed Syrian Democratic Forces said on Monday that their fighters had taken full control of the al-Nahda district in eastern Raqqa on Saturday, after ten days of house-to-house fighting against Islamic State.

Air strikes on the al-Badu neighbourhood, west of the Old City, killed at least 17 civilians, five of them children, on Sunday, the Syrian Observatory for Human Rights reported. A network of Raqqa activists gave a higher toll of 26. The US-led coalition said it had carried out strikes in the area that day and would assess the reports, adding that it "takes extraordinary measures" to avoid harming civilians.

On Friday, a suicide car bomb exploded at an SDF position near Bab Baghdad, the gate in the Old City's eastern wall. An SDF commander said four fighters were killed and nine wounded. Amaq said the attack had killed "more than 30 Kurdish apostates".

The SDF broke into the city in June and now hold about 60 percent of it, according to the coalition, which estimates that fewer than 2,500 Islamic State fighters remain. The United Nations believes around 25,000 civilians are still inside, short of food, water and medicine.
""",
events=[
    ev("The SDF took full control of the al-Nahda district in eastern Raqqa after ten days of fighting.",
       "2017-08-12", "‘on Saturday’ in an SDF statement on the Monday 2017-08-14 dateline: Saturday 2017-08-12",
       "al-Nahda", "Raqqa", "SY", "territory_gain", "Syrian Democratic Forces", "Islamic State",
       None, None, None, None,
       "The US-backed Syrian Democratic Forces said on Monday that their fighters had taken full control of the al-Nahda district in eastern Raqqa on Saturday, after ten days of house-to-house fighting against Islamic State."),
    ev("Air strikes on al-Badu killed at least 17 civilians according to the Observatory, 26 according to activists; the coalition said it struck the area that day.",
       "2017-08-13", "‘on Sunday’ before the Monday 2017-08-14 dateline: Sunday 2017-08-13",
       "al-Badu", "Raqqa", "SY", "explosion", "US-led coalition", "civilians",
       17, 26, None, None,
       "Air strikes on the al-Badu neighbourhood, west of the Old City, killed at least 17 civilians, five of them children, on Sunday, the Syrian Observatory for Human Rights reported. A network of Raqqa activists gave a higher toll of 26. The US-led coalition said it had carried out strikes in the area that day and would assess the reports",
       note="conflicting tolls 17 vs 26; the coalition acknowledged strikes in the area"),
    ev("A suicide car bomb hit an SDF position near Bab Baghdad in Raqqa's Old City, killing four fighters and wounding nine; Amaq claimed more than 30.",
       "2017-08-11", "‘On Friday’ before the Monday 2017-08-14 dateline: Friday 2017-08-11",
       "Bab Baghdad", "Raqqa", "SY", "explosion", "Islamic State", "Syrian Democratic Forces",
       4, None, 9, None,
       "On Friday, a suicide car bomb exploded at an SDF position near Bab Baghdad, the gate in the Old City's eastern wall. An SDF commander said four fighters were killed and nine wounded. Amaq said the attack had killed \"more than 30 Kurdish apostates\".",
       note="the SDF's count of its own losses; Amaq's claimed 30 not used"),
],
figures=[
    fig("other", 60, "Raqqa",
        "now hold about 60 percent of it, according to the coalition", note="percent of the city held by the SDF"),
    fig("fighters", 2500, "Raqqa",
        "estimates that fewer than 2,500 Islamic State fighters remain"),
    fig("civilians_trapped", 25000, "Raqqa",
        "The United Nations believes around 25,000 civilians are still inside"),
])

report("b28-07", "2017-08-20", "https://www.example-tigriswire.com/iraq/2017/08/20/mosul-rubble-returns-analysis",
"""
Six weeks after victory, Mosul's west is still a field of rubble

MOSUL, August 20 (Tigris Wire) - Bulldozers have cleared the main road through the Old City, but most of the lanes around the ruined al-Nuri mosque are still blocked by collapsed houses, and civil defence teams say they are still pulling bodies out almost every day.

"We have no machines for the deep basements," said a civil defence officer in the Maidan district. "We dig with shovels and we wait for the smell." His teams have recovered more than 2,100 bodies from the western half of the city since the government declared victory, he said, most of them civilians.

The provincial council estimates that 11 million tonnes of debris must be removed before reconstruction can begin, and that about 5,000 houses in the Old City alone were destroyed in the nine-month battle. Engineers from the United Nations mine action service say explosive remnants, booby traps and suicide belts are found in nearly every street.

Figures from the International Organization for Migration show that about 235,000 people have gone back to the city, mostly to the eastern districts, while some 810,000 remain displaced, many of them in camps at Hammam al-Alil, Jadaa and Khazer.

The Counter-Terrorism Service lost about 40 percent of its fighting strength in the battle, according to a US general's estimate, and the Iraqi government has never published a full casualty figure.

"People come to look at their houses and go back to the camp," said a shopkeeper who reopened in the Nabi Shit area last week. "There is no water, no power, no school. What would they return to?"
""",
events=[],
figures=[
    fig("killed", 2100, "western Mosul",
        "His teams have recovered more than 2,100 bodies from the western half of the city since the government declared victory, he said, most of them civilians.",
        note="bodies recovered"),
    fig("other", 11000000, "Mosul",
        "The provincial council estimates that 11 million tonnes of debris must be removed before reconstruction can begin",
        note="tonnes of debris"),
    fig("other", 5000, "Old City of Mosul",
        "about 5,000 houses in the Old City alone were destroyed in the nine-month battle", note="houses destroyed"),
    fig("returned", 235000, "Mosul",
        "about 235,000 people have gone back to the city"),
    fig("displaced", 810000, "Mosul",
        "some 810,000 remain displaced"),
],
country_hint="IQ")

report("b28-08", "2018-02-22", "https://www.example-damascusdesk.com/ghouta/2018/02/22/hamouria-saqba-strikes-bab-touma",
"""
Bombardment of Eastern Ghouta enters fourth day; rebels shell Damascus

BEIRUT, February 22 (Damascus Desk) - Government warplanes and helicopters struck the town of Hamouria in Eastern Ghouta on Wednesday, dropping barrel bombs on residential blocks, rescuers said. The Syrian Observatory for Human Rights counted 27 dead in the town by nightfall. The Syrian Civil Defence, known as the White Helmets, said it had recovered 38 bodies.

Artillery shelling on Saqba and Kafr Batna killed at least 13 people the same day, the Observatory said, blaming government forces positioned to the east of the enclave.

In Arbin, a field hospital was knocked out of service by air strikes overnight on Monday, a medical charity that supports it said. It did not report casualties, and it did not say whose aircraft had struck.

On the other side of the front line, mortar rounds fired from the enclave hit the Bab Touma area of Old Damascus on Tuesday, killing three people and wounding 21, the state news agency SANA reported. It blamed "terrorist organisations" in Ghouta.

The Observatory says more than 270 civilians have been killed in the enclave since Sunday, when the government stepped up its bombardment ahead of an expected ground offensive. The United Nations estimates that 393,000 people live in Eastern Ghouta, which has been under siege since 2013. The UN Security Council is due to vote on a 30-day ceasefire resolution.
""",
events=[
    ev("Government warplanes and helicopters dropped barrel bombs on Hamouria; the Observatory counted 27 dead, the White Helmets 38.",
       "2018-02-21", "‘on Wednesday’ before the Thursday 2018-02-22 dateline: Wednesday 2018-02-21",
       "Hamouria", "Rif Dimashq", "SY", "explosion", "Syrian government forces", "civilians",
       27, 38, None, None,
       "Government warplanes and helicopters struck the town of Hamouria in Eastern Ghouta on Wednesday, dropping barrel bombs on residential blocks, rescuers said. The Syrian Observatory for Human Rights counted 27 dead in the town by nightfall. The Syrian Civil Defence, known as the White Helmets, said it had recovered 38 bodies.",
       note="conflicting tolls 27 vs 38"),
    ev("Government artillery shelled Saqba and Kafr Batna, killing at least 13 people.",
       "2018-02-21", "‘the same day’ as Wednesday 2018-02-21",
       "Saqba and Kafr Batna", "Rif Dimashq", "SY", "explosion", "Syrian government forces", "civilians",
       13, None, None, None,
       "Artillery shelling on Saqba and Kafr Batna killed at least 13 people the same day, the Observatory said, blaming government forces positioned to the east of the enclave.",
       note="two towns share one toll"),
    ev("Air strikes knocked a field hospital in Arbin out of service; no casualties reported and the air force not named.",
       "2018-02-19", "‘overnight on Monday’: the night of Monday 2018-02-19",
       "Arbin field hospital", "Rif Dimashq", "SY", "explosion", "unknown", "civilians",
       None, None, None, None,
       "In Arbin, a field hospital was knocked out of service by air strikes overnight on Monday, a medical charity that supports it said. It did not report casualties, and it did not say whose aircraft had struck."),
    ev("Mortar rounds fired from Eastern Ghouta hit Bab Touma in Old Damascus, killing three and wounding 21, according to SANA.",
       "2018-02-20", "‘on Tuesday’ before the Thursday 2018-02-22 dateline: Tuesday 2018-02-20",
       "Bab Touma", "Damascus", "SY", "explosion", "Syrian rebels", "civilians",
       3, None, 21, None,
       "On the other side of the front line, mortar rounds fired from the enclave hit the Bab Touma area of Old Damascus on Tuesday, killing three people and wounding 21, the state news agency SANA reported. It blamed \"terrorist organisations\" in Ghouta."),
],
figures=[
    fig("killed", 270, "Eastern Ghouta",
        "The Observatory says more than 270 civilians have been killed in the enclave since Sunday"),
    fig("civilians_trapped", 393000, "Eastern Ghouta",
        "The United Nations estimates that 393,000 people live in Eastern Ghouta, which has been under siege since 2013."),
])

report("b28-09", "2017-11-18", "https://www.example-anbarpost.com/security/2017/11/18/rawa-liberated-haditha-road-bomb",
"""
Rawa liberated, JOC says; Islamic State holds no town in Iraq

RAMADI, November 18 (Anbar Post) - Iraqi forces recaptured the town of Rawa on the Euphrates on Friday, the last urban centre in Iraq held by Islamic State, the Joint Operations Command said in a statement read on state television.

Army units, the Anbar police, tribal fighters and Popular Mobilisation units advanced on the town from three directions before dawn and met only light resistance, the statement said. "The heroic forces raised the Iraqi flag over the government buildings in the centre of Rawa," it added.

Two soldiers were killed and three wounded on Wednesday when a roadside bomb struck an army convoy on the road between Haditha and Rawa, an officer in the Anbar Operations Command said. He blamed "Daesh remnants" for the attack.

Police said they had arrested six suspected Islamic State members who had hidden among displaced families in a camp in Amiriyat al-Fallujah. The men were detained on Tuesday after other camp residents identified them, a police colonel said.

Iraqi officials say the militants still roam parts of the desert along the Syrian border. About 3,400 families have fled Rawa and al-Qaim since the Anbar campaign began in September, according to the provincial council.
""",
events=[
    ev("Iraqi army, Anbar police, tribal fighters and PMF units recaptured Rawa and raised the flag over its government buildings.",
       "2017-11-17", "‘on Friday’ before the Saturday 2017-11-18 dateline: Friday 2017-11-17",
       "Rawa", "Anbar", "IQ", "territory_gain", "Iraqi Security Forces", "Islamic State",
       None, None, None, None,
       "Iraqi forces recaptured the town of Rawa on the Euphrates on Friday, the last urban centre in Iraq held by Islamic State, the Joint Operations Command said in a statement read on state television."),
    ev("A roadside bomb struck an army convoy on the road between Haditha and Rawa, killing two soldiers and wounding three.",
       "2017-11-15", "‘on Wednesday’ before the Saturday 2017-11-18 dateline: Wednesday 2017-11-15",
       "road between Haditha and Rawa", "Anbar", "IQ", "explosion", "Islamic State", "Iraqi Security Forces",
       2, None, 3, None,
       "Two soldiers were killed and three wounded on Wednesday when a roadside bomb struck an army convoy on the road between Haditha and Rawa, an officer in the Anbar Operations Command said. He blamed \"Daesh remnants\" for the attack.",
       note="blamed on Islamic State by the army, no denial"),
    ev("Police arrested six suspected Islamic State members hiding among displaced families in a camp in Amiriyat al-Fallujah.",
       "2017-11-14", "‘detained on Tuesday’ before the Saturday 2017-11-18 dateline: Tuesday 2017-11-14",
       "Amiriyat al-Fallujah", "Anbar", "IQ", "arrest", "Iraqi Security Forces", "Islamic State",
       None, None, None, None,
       "Police said they had arrested six suspected Islamic State members who had hidden among displaced families in a camp in Amiriyat al-Fallujah. The men were detained on Tuesday after other camp residents identified them, a police colonel said.",
       arrested=6),
],
figures=[
    fig("displaced", 3400, "Rawa and al-Qaim",
        "About 3,400 families have fled Rawa and al-Qaim since the Anbar campaign began in September", note="families"),
])

# ---------------------------------------------------------------------------
# b28-10 .. b28-18
# ---------------------------------------------------------------------------

report("b28-10", "2018-01-26", "https://www.example-anatolianledger.com/olive-branch/2018/01/26/reyhanli-rockets-bulbul-villages",
"""
Rockets hit Reyhanli again as Olive Branch troops push into Bulbul

REYHANLI, Turkey, January 26 (Anatolian Ledger) - Two people, one of them a Syrian refugee, were killed and 11 wounded when rockets fired from Syria's Afrin region struck Reyhanli on Wednesday, the Hatay governor said. Turkish officials blamed the YPG; a spokesman for the Kurdish militia in Afrin denied firing at the town and said it did not target civilians.

Across the border, Turkish troops and their Free Syrian Army allies captured the village of Shankal in the Bulbul district on Thursday, the military said, the deepest advance since Operation Olive Branch began last Saturday.

The Kurdish-run health authority in Afrin said Turkish air strikes on villages around Jinderes on Tuesday killed eight civilians, among them three children. The Turkish military said its jets struck only "shelters, hideouts and ammunition depots of terrorists" and that it was taking every care to protect civilians.

A Turkish soldier was killed and five were wounded in clashes with YPG fighters near Raju on Wednesday, the General Staff said, without saying which side opened fire.

The military says 303 "terrorists" have been neutralised since the start of the operation, a term that includes those captured or who surrendered. The United Nations says about 5,000 people have been displaced inside the Afrin district, and Ankara says some 25,000 FSA fighters are taking part.
""",
events=[
    ev("Rockets fired from the Afrin region hit Reyhanli, killing two people, one a Syrian refugee, and wounding 11; Turkey blamed the YPG, which denied it.",
       "2018-01-24", "‘on Wednesday’ before the Friday 2018-01-26 dateline: Wednesday 2018-01-24",
       "Reyhanli", "Hatay", "TR", "explosion", "unknown", "civilians",
       2, None, 11, None,
       "Two people, one of them a Syrian refugee, were killed and 11 wounded when rockets fired from Syria's Afrin region struck Reyhanli on Wednesday, the Hatay governor said. Turkish officials blamed the YPG; a spokesman for the Kurdish militia in Afrin denied firing at the town and said it did not target civilians.",
       note="blamed on the YPG by Turkey, denied by the YPG"),
    ev("Turkish troops and Free Syrian Army allies captured the village of Shankal in the Bulbul district of Afrin.",
       "2018-01-25", "‘on Thursday’ before the Friday 2018-01-26 dateline: Thursday 2018-01-25",
       "Shankal", "Aleppo", "SY", "territory_gain", "Turkish Armed Forces", "YPG",
       None, None, None, None,
       "Across the border, Turkish troops and their Free Syrian Army allies captured the village of Shankal in the Bulbul district on Thursday, the military said",
       note="with Turkish-backed Syrian rebels (FSA)"),
    ev("Turkish air strikes on villages around Jinderes killed eight civilians, according to the Kurdish-run health authority; the Turkish military said it struck only militant targets.",
       "2018-01-23", "‘on Tuesday’ before the Friday 2018-01-26 dateline: Tuesday 2018-01-23",
       "villages around Jinderes", "Aleppo", "SY", "explosion", "Turkish Armed Forces", "civilians",
       8, None, None, None,
       "The Kurdish-run health authority in Afrin said Turkish air strikes on villages around Jinderes on Tuesday killed eight civilians, among them three children. The Turkish military said its jets struck only \"shelters, hideouts and ammunition depots of terrorists\" and that it was taking every care to protect civilians.",
       note="Turkey does not deny the strikes, only that civilians were hit"),
    ev("A Turkish soldier was killed and five wounded in clashes with YPG fighters near Raju.",
       "2018-01-24", "‘on Wednesday’ before the Friday 2018-01-26 dateline: Wednesday 2018-01-24",
       "Raju", "Aleppo", "SY", "battle", "Turkish Armed Forces", "YPG",
       1, None, 5, None,
       "A Turkish soldier was killed and five were wounded in clashes with YPG fighters near Raju on Wednesday, the General Staff said, without saying which side opened fire.",
       note="who attacked is not said; order arbitrary"),
],
figures=[
    fig("other", 303, "Afrin",
        "The military says 303 \"terrorists\" have been neutralised since the start of the operation",
        note="'neutralised' includes captured and surrendered"),
    fig("displaced", 5000, "Afrin district",
        "The United Nations says about 5,000 people have been displaced inside the Afrin district"),
    fig("fighters", 25000, "Afrin",
        "Ankara says some 25,000 FSA fighters are taking part"),
])

report("b28-11", "2017-09-10", "https://www.example-levantmonitor.com/syria/2017/09/10/deir-ezzor-airport-siege-joura-shelling",
"""
Syrian troops reach Deir ez-Zor airport; SDF open their own offensive

BEIRUT, September 10 (Levant Monitor Daily) - Syrian government troops advancing along the Palmyra road linked up with the defenders of Deir ez-Zor's military airport on Saturday, breaking the last part of an Islamic State siege that had lasted almost three years, state television said.

Islamic State shells fell on the government-held al-Joura district on Friday, killing six civilians and wounding 14, the official SANA news agency reported.

North of the Euphrates, the US-backed Syrian Democratic Forces announced a campaign of their own, "Jazira Storm", and said on Saturday that their fighters had seized the village of Abu Khashab from the militants.

Air strikes on boats crossing the Euphrates near al-Ashara killed 19 people on Friday, most of them members of families fleeing the fighting, the Syrian Observatory for Human Rights said. Russia's defence ministry said its aircraft had destroyed boats carrying "terrorists and their weapons" in the same area.

The United Nations says about 93,000 civilians lived in the government enclave during the siege, supplied only by air drops. The Observatory estimates that Islamic State still has several thousand fighters in the province, which borders Iraq and is its last major stronghold in Syria.
""",
events=[
    ev("Syrian government troops linked up with the defenders of Deir ez-Zor's military airport, breaking the last part of the Islamic State siege.",
       "2017-09-09", "‘on Saturday’ before the Sunday 2017-09-10 dateline: Saturday 2017-09-09",
       "Deir ez-Zor military airport", "Deir ez-Zor", "SY", "territory_gain", "Syrian government forces", "Islamic State",
       None, None, None, None,
       "Syrian government troops advancing along the Palmyra road linked up with the defenders of Deir ez-Zor's military airport on Saturday, breaking the last part of an Islamic State siege that had lasted almost three years, state television said."),
    ev("Islamic State shells hit the government-held al-Joura district, killing six civilians and wounding 14.",
       "2017-09-08", "‘on Friday’ before the Sunday 2017-09-10 dateline: Friday 2017-09-08",
       "al-Joura", "Deir ez-Zor", "SY", "explosion", "Islamic State", "civilians",
       6, None, 14, None,
       "Islamic State shells fell on the government-held al-Joura district on Friday, killing six civilians and wounding 14, the official SANA news agency reported."),
    ev("The SDF seized the village of Abu Khashab from Islamic State at the start of Operation Jazira Storm.",
       None, "SDF ‘said on Saturday’ that it had seized the village; the day of the capture is not stated",
       "Abu Khashab", "Deir ez-Zor", "SY", "territory_gain", "Syrian Democratic Forces", "Islamic State",
       None, None, None, None,
       "North of the Euphrates, the US-backed Syrian Democratic Forces announced a campaign of their own, \"Jazira Storm\", and said on Saturday that their fighters had seized the village of Abu Khashab from the militants."),
    ev("Air strikes on boats crossing the Euphrates near al-Ashara killed 19 people, mostly fleeing families, per the Observatory; Russia said it hit boats carrying militants.",
       "2017-09-08", "‘on Friday’ before the Sunday 2017-09-10 dateline: Friday 2017-09-08",
       "Euphrates crossing near al-Ashara", "Deir ez-Zor", "SY", "explosion", "Russian forces", "civilians",
       19, None, None, None,
       "Air strikes on boats crossing the Euphrates near al-Ashara killed 19 people on Friday, most of them members of families fleeing the fighting, the Syrian Observatory for Human Rights said. Russia's defence ministry said its aircraft had destroyed boats carrying \"terrorists and their weapons\" in the same area.",
       note="Russia acknowledges the strike but says the boats carried militants"),
],
figures=[
    fig("civilians_trapped", 93000, "Deir ez-Zor",
        "The United Nations says about 93,000 civilians lived in the government enclave during the siege"),
])

report("b28-12", "2017-03-06", "https://www.example-iraqdispatch.com/mosul/2017/03/06/west-mosul-tayaran-dawasa-drones",
"""
West Mosul: Rapid Response units take Tayaran, police close on Dawasa

QAYYARAH, Iraq, March 6 (Iraq Dispatch) - The Interior Ministry's Rapid Response Division took control of the al-Tayaran district in western Mosul on Saturday, a spokesman for the Joint Operations Command said, and federal police units pushed north along the Tigris on Sunday until they reached the edge of al-Dawasa, where the provincial government buildings stand.

"Our forces are 500 metres from the government complex," a federal police commander said by telephone. He said clashes were continuing.

Islamic State drones dropped small bombs on families waiting at a collection point in al-Mamoun on Saturday, wounding nine civilians, a medic at the field hospital south of the city said.

A car bomb exploded at a police checkpoint at the entrance of al-Mamoun on Sunday morning. The Interior Ministry said two policemen were killed, while a doctor at the field hospital said four bodies in police uniform had been brought in.

About 45,000 people have fled western Mosul since the offensive on that side of the river began on February 19, according to the International Organization for Migration. Aid groups estimate that 750,000 people are still inside. The JOC says government forces now control about a third of western Mosul, including the airport and the Ghazlani military base.
""",
events=[
    ev("The Rapid Response Division took control of the al-Tayaran district in western Mosul.",
       "2017-03-04", "‘on Saturday’ before the Monday 2017-03-06 dateline: Saturday 2017-03-04",
       "al-Tayaran", "Nineveh", "IQ", "territory_gain", "Iraqi Security Forces", "Islamic State",
       None, None, None, None,
       "The Interior Ministry's Rapid Response Division took control of the al-Tayaran district in western Mosul on Saturday, a spokesman for the Joint Operations Command said"),
    ev("Federal police pushed north along the Tigris and reached the edge of al-Dawasa, 500 metres from the government complex; clashes continued.",
       "2017-03-05", "‘on Sunday’ before the Monday 2017-03-06 dateline: Sunday 2017-03-05",
       "al-Dawasa", "Nineveh", "IQ", "battle", "Iraqi Security Forces", "Islamic State",
       None, None, None, None,
       "federal police units pushed north along the Tigris on Sunday until they reached the edge of al-Dawasa, where the provincial government buildings stand. [...] \"Our forces are 500 metres from the government complex,\" a federal police commander said by telephone. He said clashes were continuing.",
       note="an advance that reached a district without taking it: battle"),
    ev("Islamic State drones dropped small bombs on families at a collection point in al-Mamoun, wounding nine civilians.",
       "2017-03-04", "‘on Saturday’ before the Monday 2017-03-06 dateline: Saturday 2017-03-04",
       "al-Mamoun", "Nineveh", "IQ", "explosion", "Islamic State", "civilians",
       None, None, 9, None,
       "Islamic State drones dropped small bombs on families waiting at a collection point in al-Mamoun on Saturday, wounding nine civilians, a medic at the field hospital south of the city said."),
    ev("A car bomb exploded at a police checkpoint at the entrance of al-Mamoun; the ministry said two policemen were killed, a field-hospital doctor counted four.",
       "2017-03-05", "‘on Sunday morning’ before the Monday 2017-03-06 dateline: Sunday 2017-03-05",
       "al-Mamoun checkpoint", "Nineveh", "IQ", "explosion", "unknown", "Iraqi Security Forces",
       2, 4, None, None,
       "A car bomb exploded at a police checkpoint at the entrance of al-Mamoun on Sunday morning. The Interior Ministry said two policemen were killed, while a doctor at the field hospital said four bodies in police uniform had been brought in.",
       note="conflicting tolls 2 vs 4; no claim or attribution in the text"),
],
figures=[
    fig("displaced", 45000, "western Mosul",
        "About 45,000 people have fled western Mosul since the offensive on that side of the river began on February 19, according to the International Organization for Migration."),
    fig("civilians_trapped", 750000, "western Mosul",
        "Aid groups estimate that 750,000 people are still inside."),
])

report("b28-13", "2017-12-04", "https://www.example-euphratesreport.com/raqqa/2017/12/04/raqqa-after-the-battle-mines-returns",
"""
Raqqa's returnees count the cost of liberation

AIN ISSA, Syria, December 4 (Euphrates Report) - Seven weeks after the Syrian Democratic Forces declared the end of Islamic State rule in Raqqa, the city remains largely empty, its streets seeded with mines and its water and power networks in ruins.

The Raqqa Civil Council, set up by the SDF to run the city, says about 80 percent of Raqqa is uninhabitable. Its engineers estimate that eight of the city's bridges and most of its schools were destroyed or badly damaged in the four-month battle.

Demining teams trained by the coalition have cleared about 6,000 devices, according to a council official, but he said that was "a small fraction" of what the militants left behind. Medical workers say mines and booby traps have killed or wounded more than 100 returnees since the fighting ended, a figure that could not be verified independently.

About 25,000 people have come back to the city, the council says, mostly to neighbourhoods on its northern and eastern edges. Some 300,000 residents of Raqqa province remain displaced, according to the United Nations, many of them in camps at Ain Issa and Mabrouka.

The coalition says it carried out more than 4,000 strikes in and around the city during the campaign. Monitoring groups have estimated the civilian death toll of the battle at between 1,400 and 1,900, figures the coalition disputes.

"We have no money to rebuild," a council member said. "People are coming back to houses with no walls."
""",
events=[],
figures=[
    fig("other", 80, "Raqqa",
        "The Raqqa Civil Council, set up by the SDF to run the city, says about 80 percent of Raqqa is uninhabitable.",
        note="percent of the city uninhabitable"),
    fig("other", 6000, "Raqqa",
        "Demining teams trained by the coalition have cleared about 6,000 devices", note="explosive devices cleared"),
    fig("returned", 25000, "Raqqa",
        "About 25,000 people have come back to the city, the council says"),
    fig("displaced", 300000, "Raqqa province",
        "Some 300,000 residents of Raqqa province remain displaced, according to the United Nations"),
    fig("other", 4000, "Raqqa",
        "The coalition says it carried out more than 4,000 strikes in and around the city during the campaign.",
        note="air strikes"),
    fig("killed", 1400, "Raqqa",
        "Monitoring groups have estimated the civilian death toll of the battle at between 1,400 and 1,900",
        note="civilians, 1,400 to 1,900"),
],
country_hint="SY")

report("b28-14", "2019-05-27", "https://www.example-northsyriaobserver.com/idlib/2019/05/27/kafr-nabouda-maarat-market",
"""
Syrian army retakes Kafr Nabouda as jets hit Maarat al-Numan market

BEIRUT, May 27 (North Syria Observer) - Syrian government forces recaptured the town of Kafr Nabouda in northern Hama on Sunday, six days after rebels and jihadists led by Hayat Tahrir al-Sham had driven them out of it, state media and the Syrian Observatory for Human Rights said.

Air strikes on a vegetable market in Maarat al-Numan, in southern Idlib, killed nine civilians on Sunday evening, according to the civil defence. The Observatory gave a toll of 11, including three children, and blamed Russian warplanes. Russia's defence ministry denied carrying out any strikes in the area.

Rebels of the Turkish-backed National Front for Liberation shelled the government-held town of al-Suqaylabiyah on Saturday, killing two children, the official SANA agency said.

Overnight on Friday, HTS fighters attacked army positions near Tal Mallah. The Observatory said 22 soldiers and pro-government militiamen and 14 jihadists were killed before the attack was repelled.

The United Nations says more than 270,000 people have been displaced since the government and its Russian ally stepped up their bombardment of the Idlib de-escalation zone at the end of April. The Observatory says 229 civilians have been killed in the same period. The zone is home to some three million people, about half of them displaced from other parts of Syria.
""",
events=[
    ev("Syrian government forces recaptured Kafr Nabouda in northern Hama, six days after HTS-led rebels had taken it.",
       "2019-05-26", "‘on Sunday’ before the Monday 2019-05-27 dateline: Sunday 2019-05-26",
       "Kafr Nabouda", "Hama", "SY", "territory_gain", "Syrian government forces", "Hayat Tahrir al-Sham",
       None, None, None, None,
       "Syrian government forces recaptured the town of Kafr Nabouda in northern Hama on Sunday, six days after rebels and jihadists led by Hayat Tahrir al-Sham had driven them out of it, state media and the Syrian Observatory for Human Rights said.",
       note="retaken from HTS-led rebels"),
    ev("Rebels and jihadists led by HTS drove government forces out of Kafr Nabouda, six days before its recapture.",
       "2019-05-20", "‘six days after’ the recapture ‘on Sunday’ (Sunday 2019-05-26): Monday 2019-05-20",
       "Kafr Nabouda", "Hama", "SY", "territory_gain", "Hayat Tahrir al-Sham", "Syrian government forces",
       None, None, None, None,
       "Syrian government forces recaptured the town of Kafr Nabouda in northern Hama on Sunday, six days after rebels and jihadists led by Hayat Tahrir al-Sham had driven them out of it",
       note="told only in passing, as the prelude to the recapture", optional=True),
    ev("Air strikes on a vegetable market in Maarat al-Numan killed nine civilians (civil defence) or 11 (Observatory); the Observatory blamed Russia, which denied it.",
       "2019-05-26", "‘on Sunday evening’ before the Monday 2019-05-27 dateline: Sunday 2019-05-26",
       "Maarat al-Numan market", "Idlib", "SY", "explosion", "unknown", "civilians",
       9, 11, None, None,
       "Air strikes on a vegetable market in Maarat al-Numan, in southern Idlib, killed nine civilians on Sunday evening, according to the civil defence. The Observatory gave a toll of 11, including three children, and blamed Russian warplanes. Russia's defence ministry denied carrying out any strikes in the area.",
       note="conflicting tolls 9 vs 11; blamed on Russia, denied"),
    ev("Rebels of the National Front for Liberation shelled al-Suqaylabiyah, killing two children, according to SANA.",
       "2019-05-25", "‘on Saturday’ before the Monday 2019-05-27 dateline: Saturday 2019-05-25",
       "al-Suqaylabiyah", "Hama", "SY", "explosion", "Syrian rebels", "civilians",
       2, None, None, None,
       "Rebels of the Turkish-backed National Front for Liberation shelled the government-held town of al-Suqaylabiyah on Saturday, killing two children, the official SANA agency said."),
    ev("HTS fighters attacked army positions near Tal Mallah; 22 soldiers and militiamen and 14 jihadists were killed.",
       "2019-05-24", "‘Overnight on Friday’: the night of Friday 2019-05-24",
       "Tal Mallah", "Hama", "SY", "battle", "Hayat Tahrir al-Sham", "Syrian government forces",
       36, None, None, None,
       "Overnight on Friday, HTS fighters attacked army positions near Tal Mallah. The Observatory said 22 soldiers and pro-government militiamen and 14 jihadists were killed before the attack was repelled.",
       note="36 = 22 + 14"),
],
figures=[
    fig("displaced", 270000, "Idlib de-escalation zone",
        "The United Nations says more than 270,000 people have been displaced since the government and its Russian ally stepped up their bombardment of the Idlib de-escalation zone at the end of April."),
    fig("killed", 229, "Idlib de-escalation zone",
        "The Observatory says 229 civilians have been killed in the same period."),
    fig("other", 3000000, "Idlib de-escalation zone",
        "The zone is home to some three million people", note="population"),
])

report("b28-15", "2019-10-13", "https://www.example-anatolianledger.com/peace-spring/2019/10/13/akcakale-nusaybin-tal-abyad",
"""
Mortars kill civilians in Turkish border towns as allied fighters enter Tal Abyad

SANLIURFA, Turkey, October 13 (Anatolian Ledger) - Three people, including a nine-month-old baby, were killed and nine wounded when mortar rounds fired from Syria hit the centre of Akcakale on Thursday, the governor's office said. Officials blamed the Kurdish YPG militia, which made no comment.

In Nusaybin, in Mardin province, two civilians were killed and seven wounded by mortar fire on Friday. Turkey again blamed the YPG, but the Syrian Democratic Forces, which the YPG leads, denied firing across the border and accused Ankara of "inventing pretexts".

Inside Syria, Turkish-backed Syrian National Army fighters entered the centre of Tal Abyad on Saturday, the Turkish defence ministry said, posting video of the fighters in the town's main square. The SDF said fighting continued on the town's eastern edge.

Turkish artillery shelled the outskirts of Qamishli on Friday, killing two civilians, the Kurdish Red Crescent said. Ankara said it hit only "terrorist positions".

The United Nations says more than 100,000 people have fled their homes in northeastern Syria since Turkey launched Operation Peace Spring on Wednesday of last week. The Turkish defence ministry says 415 militants have been "neutralised". The SDF says it has about 70,000 fighters, although analysts believe the figure is lower.
""",
events=[
    ev("Mortar rounds fired from Syria hit central Akcakale, killing three people including a baby and wounding nine; Turkey blamed the YPG, which did not comment.",
       "2019-10-10", "‘on Thursday’ before the Sunday 2019-10-13 dateline: Thursday 2019-10-10",
       "Akcakale", "Sanliurfa", "TR", "explosion", "YPG", "civilians",
       3, None, 9, None,
       "Three people, including a nine-month-old baby, were killed and nine wounded when mortar rounds fired from Syria hit the centre of Akcakale on Thursday, the governor's office said. Officials blamed the Kurdish YPG militia, which made no comment.",
       note="blamed by Turkey, not denied"),
    ev("Mortar fire hit Nusaybin, killing two civilians and wounding seven; Turkey blamed the YPG, the SDF denied it.",
       "2019-10-11", "‘on Friday’ before the Sunday 2019-10-13 dateline: Friday 2019-10-11",
       "Nusaybin", "Mardin", "TR", "explosion", "unknown", "civilians",
       2, None, 7, None,
       "In Nusaybin, in Mardin province, two civilians were killed and seven wounded by mortar fire on Friday. Turkey again blamed the YPG, but the Syrian Democratic Forces, which the YPG leads, denied firing across the border",
       note="blame and denial"),
    ev("Turkish-backed Syrian National Army fighters entered the centre of Tal Abyad; the SDF said fighting went on at the eastern edge.",
       "2019-10-12", "‘on Saturday’ before the Sunday 2019-10-13 dateline: Saturday 2019-10-12",
       "Tal Abyad", "Raqqa", "SY", "territory_gain", "Turkish-backed Syrian rebels", "Syrian Democratic Forces",
       None, None, None, None,
       "Inside Syria, Turkish-backed Syrian National Army fighters entered the centre of Tal Abyad on Saturday, the Turkish defence ministry said, posting video of the fighters in the town's main square. The SDF said fighting continued on the town's eastern edge."),
    ev("Turkish artillery shelled the outskirts of Qamishli, killing two civilians according to the Kurdish Red Crescent.",
       "2019-10-11", "‘on Friday’ before the Sunday 2019-10-13 dateline: Friday 2019-10-11",
       "Qamishli", "Hasakah", "SY", "explosion", "Turkish Armed Forces", "civilians",
       2, None, None, None,
       "Turkish artillery shelled the outskirts of Qamishli on Friday, killing two civilians, the Kurdish Red Crescent said. Ankara said it hit only \"terrorist positions\".",
       note="Ankara acknowledges shelling, disputes the victims"),
],
figures=[
    fig("displaced", 100000, "northeastern Syria",
        "The United Nations says more than 100,000 people have fled their homes in northeastern Syria since Turkey launched Operation Peace Spring on Wednesday of last week."),
    fig("other", 415, "northeastern Syria",
        "The Turkish defence ministry says 415 militants have been \"neutralised\".",
        note="'neutralised' includes captured"),
    fig("fighters", 70000, "northeastern Syria",
        "The SDF says it has about 70,000 fighters"),
])

report("b28-16", "2018-06-18", "https://www.example-baghdadpost-daily.com/security/2018/06/18/weekend-roundup-tuz-tarmiyah-muqdadiya",
"""
Security roundup: fake checkpoint killings, farm bomb, Tarmiyah attack repelled

BAGHDAD, June 18 (Baghdad Evening) - Gunmen wearing army uniforms stopped vehicles at a fake checkpoint on the highway south of Tuz Khurmatu on Saturday night and shot dead three truck drivers, a police source in Salahuddin said. The attackers escaped before security forces reached the scene.

In Diyala, a bomb hidden in an irrigation channel exploded on a farm outside Muqdadiya on Friday, killing two farmers and wounding a third, police said. No group claimed the blast.

Militants attacked an army checkpoint north of Tarmiyah on Sunday, the Security Media Cell said. One soldier and three attackers were killed in the exchange of fire, it said, and two soldiers were wounded.

In Kirkuk, police said on Monday they had arrested four suspects wanted under the anti-terrorism law. They did not say when the arrests were made.

Iraqi F-16 jets struck a house in Hajin, inside Syria, on Thursday where Islamic State leaders were meeting, the military said, adding that "dozens" of militants were killed. It was the third Iraqi raid across the border this year.

Officials estimate that several hundred Islamic State fighters remain active in the Hamrin mountains and the desert between Kirkuk, Salahuddin and Diyala, six months after the government declared victory. Nearly two million Iraqis are still displaced, according to the International Organization for Migration.
""",
events=[
    ev("Gunmen in army uniforms at a fake checkpoint south of Tuz Khurmatu shot dead three truck drivers.",
       "2018-06-16", "‘on Saturday night’ before the Monday 2018-06-18 dateline: Saturday 2018-06-16",
       "highway south of Tuz Khurmatu", "Salahuddin", "IQ", "attack_on_civilians", "militants (unidentified)", "civilians",
       3, None, None, None,
       "Gunmen wearing army uniforms stopped vehicles at a fake checkpoint on the highway south of Tuz Khurmatu on Saturday night and shot dead three truck drivers, a police source in Salahuddin said."),
    ev("A bomb hidden in an irrigation channel exploded on a farm outside Muqdadiya, killing two farmers and wounding a third.",
       "2018-06-15", "‘on Friday’ before the Monday 2018-06-18 dateline: Friday 2018-06-15",
       "Muqdadiya", "Diyala", "IQ", "explosion", "unknown", "civilians",
       2, None, 1, None,
       "In Diyala, a bomb hidden in an irrigation channel exploded on a farm outside Muqdadiya on Friday, killing two farmers and wounding a third, police said. No group claimed the blast."),
    ev("Militants attacked an army checkpoint north of Tarmiyah; one soldier and three attackers were killed and two soldiers wounded.",
       "2018-06-17", "‘on Sunday’ before the Monday 2018-06-18 dateline: Sunday 2018-06-17",
       "Tarmiyah", "Baghdad", "IQ", "battle", "militants (unidentified)", "Iraqi Security Forces",
       4, None, 2, None,
       "Militants attacked an army checkpoint north of Tarmiyah on Sunday, the Security Media Cell said. One soldier and three attackers were killed in the exchange of fire, it said, and two soldiers were wounded.",
       note="4 = 1 soldier + 3 attackers"),
    ev("Kirkuk police arrested four suspects wanted under the anti-terrorism law.",
       None, "police ‘said on Monday’; ‘They did not say when the arrests were made’",
       "Kirkuk", "Kirkuk", "IQ", "arrest", "Iraqi Security Forces", "militants (unidentified)",
       None, None, None, None,
       "In Kirkuk, police said on Monday they had arrested four suspects wanted under the anti-terrorism law.",
       arrested=4),
    ev("Iraqi F-16s struck a house in Hajin, Syria, where Islamic State leaders were meeting; the military said dozens were killed.",
       "2018-06-14", "‘on Thursday’ before the Monday 2018-06-18 dateline: Thursday 2018-06-14",
       "Hajin", "Deir ez-Zor", "SY", "explosion", "Iraqi Security Forces", "Islamic State",
       None, None, None, None,
       "Iraqi F-16 jets struck a house in Hajin, inside Syria, on Thursday where Islamic State leaders were meeting, the military said, adding that \"dozens\" of militants were killed.",
       note="'dozens' gives null"),
],
figures=[
    fig("displaced", 2000000, "Iraq",
        "Nearly two million Iraqis are still displaced, according to the International Organization for Migration."),
])

report("b28-17", "2019-03-12", "https://www.example-euphratesreport.com/baghuz/2019/03/12/sdf-assault-resumes-encampment-strikes",
"""
SDF resume assault on Baghuz after thousands surrender

AL-OMAR OILFIELD, Syria, March 12 (Euphrates Report) - The Syrian Democratic Forces resumed their assault on Islamic State's last pocket in Baghuz on Sunday evening, after a pause of more than a week to let civilians leave, and fighting continued through Monday, an SDF spokesman said.

He said three SDF fighters had been killed since the assault began. He gave no figure for the militants, saying only that "many" had been killed.

Coalition aircraft struck the encampment on the riverbank on Monday night. The Syrian Observatory for Human Rights said 14 people were killed, among them women and children. A coalition spokesman said the strikes targeted "ISIS fighters and their weapons" and that reports of civilian casualties would be reviewed.

More than 3,000 people, many of them militants, surrendered to the SDF on Monday alone, the spokesman said.

In Raqqa, a bomb attached to a motorcycle exploded near the al-Naim roundabout on Sunday, killing two civilians and wounding five, a local council official said. There was no claim of responsibility.

Nearly 62,000 people have arrived at the al-Hol camp in Hasakah province since December, according to the United Nations, which says the camp was built for 20,000.
""",
events=[
    ev("The SDF resumed their assault on Islamic State's last pocket in Baghuz; three SDF fighters were killed.",
       "2019-03-10", "assault resumed ‘on Sunday evening’ and fighting ‘continued through Monday’, before the Tuesday 2019-03-12 dateline: Sunday 2019-03-10",
       "Baghuz", "Deir ez-Zor", "SY", "battle", "Syrian Democratic Forces", "Islamic State",
       3, None, None, None,
       "The Syrian Democratic Forces resumed their assault on Islamic State's last pocket in Baghuz on Sunday evening, after a pause of more than a week to let civilians leave, and fighting continued through Monday, an SDF spokesman said. [...] He said three SDF fighters had been killed since the assault began. He gave no figure for the militants, saying only that \"many\" had been killed.",
       note="only the SDF's own dead are counted; 'many' militants gives nothing"),
    ev("Coalition aircraft struck the Baghuz encampment; the Observatory said 14 people including women and children were killed.",
       "2019-03-11", "‘on Monday night’ before the Tuesday 2019-03-12 dateline: Monday 2019-03-11",
       "Baghuz encampment", "Deir ez-Zor", "SY", "explosion", "US-led coalition", "Islamic State",
       14, None, None, None,
       "Coalition aircraft struck the encampment on the riverbank on Monday night. The Syrian Observatory for Human Rights said 14 people were killed, among them women and children. A coalition spokesman said the strikes targeted \"ISIS fighters and their weapons\" and that reports of civilian casualties would be reviewed.",
       note="victims disputed: the coalition says fighters, the Observatory includes women and children"),
    ev("A motorcycle bomb exploded near the al-Naim roundabout in Raqqa, killing two civilians and wounding five.",
       "2019-03-10", "‘on Sunday’ before the Tuesday 2019-03-12 dateline: Sunday 2019-03-10",
       "al-Naim roundabout", "Raqqa", "SY", "explosion", "unknown", "civilians",
       2, None, 5, None,
       "In Raqqa, a bomb attached to a motorcycle exploded near the al-Naim roundabout on Sunday, killing two civilians and wounding five, a local council official said. There was no claim of responsibility."),
],
figures=[
    fig("other", 3000, "Baghuz",
        "More than 3,000 people, many of them militants, surrendered to the SDF on Monday alone", note="surrendered in one day"),
    fig("displaced", 62000, "al-Hol camp",
        "Nearly 62,000 people have arrived at the al-Hol camp in Hasakah province since December"),
])

report("b28-18", "2017-02-24", "https://www.example-gaziantepherald.com/euphrates-shield/2017/02/24/al-bab-cleared",
"""
Al-Bab cleared of Islamic State, Turkish minister says

GAZIANTEP, Turkey, February 24 (Gaziantep Herald) - Turkish-backed Syrian rebels have taken full control of the town of al-Bab, the last urban stronghold of Islamic State in northern Aleppo province, Turkey's defence minister said on Thursday, after a siege of more than two months.

"Al-Bab has been cleared of Daesh; only mopping-up work remains," the minister told reporters in Ankara. The rebels, backed by Turkish tanks and warplanes, had entered the town centre on Wednesday.

On Wednesday, two Turkish soldiers were killed and four wounded when a suicide car bomb struck their position on the western edge of the town, the General Staff said.

Turkish jets hit Islamic State targets in the village of Tadef, south of al-Bab, on Monday, destroying 23 buildings and killing nine militants, according to a military statement. Syrian government forces, advancing from the south, have reached the outskirts of Tadef.

Sixty-nine Turkish soldiers have been killed since Operation Euphrates Shield began in August, according to official figures. The rebels say they have lost more than 450 fighters. Thousands of civilians fled al-Bab during the siege, many of them to camps near the border town of Azaz.
""",
events=[
    ev("Turkish-backed Syrian rebels took full control of al-Bab from Islamic State, according to Turkey's defence minister.",
       None, "the minister ‘said on Thursday’ (Thursday 2017-02-23) that al-Bab had been cleared; the rebels ‘had entered the town centre on Wednesday’; the day full control was taken is not stated",
       "al-Bab", "Aleppo", "SY", "territory_gain", "Turkish-backed Syrian rebels", "Islamic State",
       None, None, None, None,
       "Turkish-backed Syrian rebels have taken full control of the town of al-Bab, the last urban stronghold of Islamic State in northern Aleppo province, Turkey's defence minister said on Thursday, after a siege of more than two months. [...] The rebels, backed by Turkish tanks and warplanes, had entered the town centre on Wednesday.",
       note="backed by the Turkish Armed Forces"),
    ev("A suicide car bomb struck a Turkish position on the western edge of al-Bab, killing two soldiers and wounding four.",
       "2017-02-22", "‘On Wednesday’ before the Friday 2017-02-24 dateline: Wednesday 2017-02-22",
       "western edge of al-Bab", "Aleppo", "SY", "explosion", "Islamic State", "Turkish Armed Forces",
       2, None, 4, None,
       "On Wednesday, two Turkish soldiers were killed and four wounded when a suicide car bomb struck their position on the western edge of the town, the General Staff said.",
       note="no claim, but the town was held by Islamic State; bomber's death not counted in the statement"),
    ev("Turkish jets struck Islamic State targets in Tadef, destroying 23 buildings and killing nine militants, according to the military.",
       "2017-02-20", "‘on Monday’ before the Friday 2017-02-24 dateline: Monday 2017-02-20",
       "Tadef", "Aleppo", "SY", "explosion", "Turkish Armed Forces", "Islamic State",
       9, None, None, None,
       "Turkish jets hit Islamic State targets in the village of Tadef, south of al-Bab, on Monday, destroying 23 buildings and killing nine militants, according to a military statement.",
       note="the military's count of enemy dead, as an official count"),
],
figures=[
    fig("killed", 69, "northern Syria",
        "Sixty-nine Turkish soldiers have been killed since Operation Euphrates Shield began in August, according to official figures."),
    fig("killed", 450, "northern Syria",
        "The rebels say they have lost more than 450 fighters."),
])

# ---------------------------------------------------------------------------
# b28-19 .. b28-27
# ---------------------------------------------------------------------------

report("b28-19", "2017-04-01", "https://www.example-gaziantepherald.com/border/2017/04/01/border-wall-refugees-after-euphrates-shield",
"""
After Euphrates Shield, Turkey's border wall nears completion

GAZIANTEP, Turkey, April 1 (Gaziantep Herald) - Turkey has finished about 690 kilometres of the concrete wall it is building along its 911-kilometre border with Syria, the housing agency in charge of the project said this week, and expects to complete it by the summer.

The three-metre-high modular wall, topped with razor wire and watched by thermal cameras, is meant to stop smugglers, militants and the flow of refugees that has brought about 2.9 million registered Syrians into the country since 2011. Around 260,000 of them live in government-run camps; the rest rent rooms in cities such as Gaziantep, Sanliurfa and Istanbul.

Officials say the wall, together with the buffer zone carved out by Operation Euphrates Shield between Azaz, Jarablus and al-Bab, has ended the rocket fire that struck Kilis and Gaziantep last year. Turkish officers estimate that the operation cleared about 2,000 square kilometres of territory from Islamic State and left Turkish-backed rebels in control of more than 200 towns and villages.

Local officials in Jarablus say some 40,000 people have returned to the town since it was retaken. Aid groups say schools and clinics are reopening there with Turkish money, and that Turkish lira now circulate in the markets.

Critics say the wall traps people who are fleeing fighting. Human rights groups have documented shootings of refugees by border guards, allegations Ankara rejects.
""",
events=[],
figures=[
    fig("other", 690, "Turkey-Syria border",
        "Turkey has finished about 690 kilometres of the concrete wall it is building along its 911-kilometre border with Syria",
        note="kilometres of wall built"),
    fig("displaced", 2900000, "Turkey",
        "the flow of refugees that has brought about 2.9 million registered Syrians into the country since 2011",
        note="registered Syrian refugees"),
    fig("displaced", 260000, "Turkey",
        "Around 260,000 of them live in government-run camps", note="refugees in camps"),
    fig("other", 2000, "northern Aleppo",
        "Turkish officers estimate that the operation cleared about 2,000 square kilometres of territory from Islamic State",
        note="square kilometres"),
    fig("returned", 40000, "Jarablus",
        "Local officials in Jarablus say some 40,000 people have returned to the town since it was retaken."),
],
country_hint="TR")

report("b28-20", "2017-07-08", "https://www.example-iraqdispatch.com/mosul/2017/07/08/old-city-maydan-women-bombers",
"""
Mosul's last pocket shrinks as women bombers strike fleeing crowds

MOSUL, July 8 (Iraq Dispatch) - Counter Terrorism Service troops pushed into the al-Maydan area on the western bank of the Tigris on Friday and took most of it, leaving Islamic State fighters in a strip of a few hundred metres along the river, a CTS commander said.

On Thursday two women wearing explosive belts mingled with families fleeing through the Bab Lakash area and blew themselves up near an army post, killing a soldier and wounding six civilians, the commander said. The bombers died in the blasts.

Federal police said they had opened fire on Wednesday night on militants trying to swim across the Tigris near the Old City to escape to the eastern bank, killing seven of them.

Military intelligence officers have detained dozens of men at the Hammam al-Alil screening centre in the past week, suspecting them of being fighters who slipped out with the civilians, an official said. He said 12 of them had been identified by informants.

The United Nations says more than 900,000 people have fled Mosul since the offensive began last October, and that about 20,000 civilians may still be trapped in the Old City. Iraqi commanders expect to announce victory within days.
""",
events=[
    ev("CTS troops pushed into al-Maydan on the western bank of the Tigris and took most of it.",
       "2017-07-07", "‘on Friday’ before the Saturday 2017-07-08 dateline: Friday 2017-07-07",
       "al-Maydan", "Nineveh", "IQ", "territory_gain", "Counter-Terrorism Service", "Islamic State",
       None, None, None, None,
       "Counter Terrorism Service troops pushed into the al-Maydan area on the western bank of the Tigris on Friday and took most of it, leaving Islamic State fighters in a strip of a few hundred metres along the river, a CTS commander said."),
    ev("Two women wearing explosive belts blew themselves up among fleeing families near an army post in Bab Lakash, killing a soldier and wounding six civilians.",
       "2017-07-06", "‘On Thursday’ before the Saturday 2017-07-08 dateline: Thursday 2017-07-06",
       "Bab Lakash", "Nineveh", "IQ", "explosion", "Islamic State", "Iraqi Security Forces",
       3, None, 6, None,
       "On Thursday two women wearing explosive belts mingled with families fleeing through the Bab Lakash area and blew themselves up near an army post, killing a soldier and wounding six civilians, the commander said. The bombers died in the blasts.",
       note="3 = soldier + 2 bombers; the Old City pocket is Islamic State's"),
    ev("Federal police opened fire on militants swimming across the Tigris near the Old City, killing seven.",
       "2017-07-05", "‘on Wednesday night’ before the Saturday 2017-07-08 dateline: Wednesday 2017-07-05",
       "Tigris near the Old City", "Nineveh", "IQ", "battle", "Iraqi Security Forces", "Islamic State",
       7, None, None, None,
       "Federal police said they had opened fire on Wednesday night on militants trying to swim across the Tigris near the Old City to escape to the eastern bank, killing seven of them."),
    ev("Military intelligence detained dozens of men suspected of being fighters at the Hammam al-Alil screening centre over the past week; 12 were identified by informants.",
       None, "‘in the past week’: no day",
       "Hammam al-Alil", "Nineveh", "IQ", "arrest", "Iraqi Security Forces", "Islamic State",
       None, None, None, None,
       "Military intelligence officers have detained dozens of men at the Hammam al-Alil screening centre in the past week, suspecting them of being fighters who slipped out with the civilians, an official said.",
       note="'dozens' detained: the count is the convention's 12 for dozens; an aggregate over a week",
       arrested=12, optional=True),
],
figures=[
    fig("displaced", 900000, "Mosul",
        "The United Nations says more than 900,000 people have fled Mosul since the offensive began last October"),
    fig("civilians_trapped", 20000, "Old City of Mosul",
        "about 20,000 civilians may still be trapped in the Old City"),
])

report("b28-21", "2018-03-18", "https://www.example-anatolianledger.com/olive-branch/2018/03/18/afrin-city-centre-entered",
"""
Turkish-backed forces enter Afrin city; looting reported

ANKARA, March 18 (Anatolian Ledger) - Turkish-backed Syrian rebels entered the centre of Afrin on Sunday morning and raised Turkish and rebel flags over the town hall, President Recep Tayyip Erdogan said, declaring that "terrorists" had fled the city.

Kurdish officials said their fighters had withdrawn to spare the civilian population and vowed a guerrilla campaign.

Within hours of the rebels' arrival, fighters were seen breaking into shops and homes and carting off goods, vehicles and livestock, according to the Syrian Observatory for Human Rights and witnesses who reached Tal Rifaat. A rebel commander said those responsible would be punished.

On Friday, strikes hit the area around the main hospital in Afrin. The Observatory said 16 civilians were killed. The Turkish military categorically denied hitting the hospital and published drone footage it said showed the building intact.

The Observatory says more than 200,000 people fled the city in the last days before its capture, mostly towards Tal Rifaat and Nubl. The Turkish military says 3,622 militants have been "neutralised" since January 20, and 46 Turkish soldiers have been killed.
""",
events=[
    ev("Turkish-backed Syrian rebels entered the centre of Afrin and raised flags over the town hall; Kurdish forces had withdrawn.",
       "2018-03-18", "‘on Sunday morning’, the day of the Sunday 2018-03-18 dateline",
       "Afrin", "Aleppo", "SY", "territory_gain", "Turkish-backed Syrian rebels", "YPG",
       None, None, None, None,
       "Turkish-backed Syrian rebels entered the centre of Afrin on Sunday morning and raised Turkish and rebel flags over the town hall, President Recep Tayyip Erdogan said, declaring that \"terrorists\" had fled the city. [...] Kurdish officials said their fighters had withdrawn to spare the civilian population and vowed a guerrilla campaign."),
    ev("Fighters of the Turkish-backed rebels looted shops and homes in Afrin, carting off goods, vehicles and livestock.",
       "2018-03-18", "‘Within hours of the rebels' arrival’ on Sunday 2018-03-18",
       "Afrin", "Aleppo", "SY", "other", "Turkish-backed Syrian rebels", "civilians",
       None, None, None, None,
       "Within hours of the rebels' arrival, fighters were seen breaking into shops and homes and carting off goods, vehicles and livestock, according to the Syrian Observatory for Human Rights and witnesses who reached Tal Rifaat.",
       note="ACLED Strategic developments: looting/property destruction"),
    ev("Strikes hit the area around Afrin's main hospital, killing 16 civilians according to the Observatory; Turkey denied hitting the hospital.",
       "2018-03-16", "‘On Friday’ before the Sunday 2018-03-18 dateline: Friday 2018-03-16",
       "Afrin hospital", "Aleppo", "SY", "explosion", "unknown", "civilians",
       16, None, None, None,
       "On Friday, strikes hit the area around the main hospital in Afrin. The Observatory said 16 civilians were killed. The Turkish military categorically denied hitting the hospital",
       note="the only possible attacker denies it; nobody else is named"),
],
figures=[
    fig("displaced", 200000, "Afrin",
        "The Observatory says more than 200,000 people fled the city in the last days before its capture"),
    fig("other", 3622, "Afrin",
        "The Turkish military says 3,622 militants have been \"neutralised\" since January 20", note="'neutralised'"),
    fig("killed", 46, "Afrin",
        "46 Turkish soldiers have been killed", note="Turkish soldiers since January 20"),
])

report("b28-22", "2016-09-23", "https://www.example-salahuddinvoice.com/news/2016/09/23/shirqat-retaken-qayyarah-shell",
"""
Shirqat retaken; suspected chemical shell lands at Qayyarah base

TIKRIT, September 23 (Salahuddin Voice) - Iraqi forces recaptured the town of Shirqat, on the Tigris north of Baiji, on Thursday after a two-day offensive, the army's Salahuddin Operations Command said. Residents greeted troops in the streets, and the militants withdrew northwards along the river towards Mosul, officers said.

At the Qayyarah West airbase, where Iraqi and US troops are preparing for the assault on Mosul, a rocket or artillery shell fired by Islamic State on Tuesday contained what appeared to be a mustard agent, a US official said. Nobody was hurt, and tests were under way.

Peshmerga forces repelled an Islamic State attack on their lines near Bashiqa on Sunday, the Kurdistan Region Security Council said. Two Peshmerga and 11 militants were killed in the fighting, it said.

Oil wells set ablaze by the militants before they were driven out of Qayyarah in August are still burning, covering the town in black smoke. Officials say 19 wells remain on fire.

The UN has warned that up to one million people could be displaced once the battle for Mosul begins, and says it is building camps for 120,000.
""",
events=[
    ev("Iraqi forces recaptured Shirqat after a two-day offensive; the militants withdrew northwards.",
       "2016-09-22", "‘on Thursday’ before the Friday 2016-09-23 dateline: Thursday 2016-09-22",
       "Shirqat", "Salahuddin", "IQ", "territory_gain", "Iraqi Security Forces", "Islamic State",
       None, None, None, None,
       "Iraqi forces recaptured the town of Shirqat, on the Tigris north of Baiji, on Thursday after a two-day offensive, the army's Salahuddin Operations Command said."),
    ev("An Islamic State rocket or shell that appeared to contain a mustard agent landed at Qayyarah West airbase; nobody was hurt.",
       "2016-09-20", "‘on Tuesday’ before the Friday 2016-09-23 dateline: Tuesday 2016-09-20",
       "Qayyarah West airbase", "Nineveh", "IQ", "explosion", "Islamic State", "Iraqi Security Forces",
       0, None, 0, None,
       "At the Qayyarah West airbase, where Iraqi and US troops are preparing for the assault on Mosul, a rocket or artillery shell fired by Islamic State on Tuesday contained what appeared to be a mustard agent, a US official said. Nobody was hurt, and tests were under way.",
       note="ACLED chemical weapon; the base holds Iraqi and US troops"),
    ev("Peshmerga repelled an Islamic State attack near Bashiqa; two Peshmerga and 11 militants were killed.",
       "2016-09-18", "‘on Sunday’ before the Friday 2016-09-23 dateline: Sunday 2016-09-18",
       "Bashiqa", "Nineveh", "IQ", "battle", "Islamic State", "Peshmerga",
       13, None, None, None,
       "Peshmerga forces repelled an Islamic State attack on their lines near Bashiqa on Sunday, the Kurdistan Region Security Council said. Two Peshmerga and 11 militants were killed in the fighting, it said.",
       note="13 = 2 + 11"),
],
figures=[
    fig("other", 19, "Qayyarah",
        "Officials say 19 wells remain on fire.", note="oil wells burning"),
    fig("displaced", 1000000, "Mosul",
        "The UN has warned that up to one million people could be displaced once the battle for Mosul begins",
        note="projection"),
])

report("b28-23", "2018-12-16", "https://www.example-euphratesreport.com/deir-ezzor/2018/12/16/sdf-take-hajin-centre",
"""
SDF take centre of Hajin; civilians die in strikes on Shaafa

AL-OMAR OILFIELD, Syria, December 16 (Euphrates Report) - The Syrian Democratic Forces said on Friday that their fighters had taken the centre of Hajin, the largest town in the Islamic State pocket on the eastern bank of the Euphrates, after a week of heavy fighting backed by coalition air strikes.

The militants still hold the villages of al-Shaafa and al-Sousa further south, and air strikes pounded al-Shaafa on Saturday. The Syrian Observatory for Human Rights said nine civilians, among them four children, were killed. The coalition said its aircraft had struck "an ISIS command-and-control node" in the village.

On Thursday, Islamic State fighters used a sandstorm to launch a counter-attack on SDF positions near al-Bahra. The Observatory said 17 SDF fighters and nine militants were killed before the SDF regained its positions. An SDF official put his side's losses at 11.

The coalition estimates that about 2,000 militants remain in the pocket. More than 5,000 people have fled it in the past two weeks, the Observatory says, most of them wives and children of fighters.

The fighting comes as Turkey threatens a new offensive against the SDF east of the Euphrates.
""",
events=[
    ev("The SDF took the centre of Hajin from Islamic State after a week of heavy fighting.",
       None, "the SDF ‘said on Friday’ (Friday 2018-12-14); the day of the capture is not stated",
       "Hajin", "Deir ez-Zor", "SY", "territory_gain", "Syrian Democratic Forces", "Islamic State",
       None, None, None, None,
       "The Syrian Democratic Forces said on Friday that their fighters had taken the centre of Hajin, the largest town in the Islamic State pocket on the eastern bank of the Euphrates, after a week of heavy fighting backed by coalition air strikes."),
    ev("Air strikes on al-Shaafa killed nine civilians, four of them children, per the Observatory; the coalition said it hit an IS command node.",
       "2018-12-15", "‘on Saturday’ before the Sunday 2018-12-16 dateline: Saturday 2018-12-15",
       "al-Shaafa", "Deir ez-Zor", "SY", "explosion", "US-led coalition", "civilians",
       9, None, None, None,
       "The militants still hold the villages of al-Shaafa and al-Sousa further south, and air strikes pounded al-Shaafa on Saturday. The Syrian Observatory for Human Rights said nine civilians, among them four children, were killed. The coalition said its aircraft had struck \"an ISIS command-and-control node\" in the village.",
       note="the coalition acknowledges striking the village"),
    ev("Islamic State used a sandstorm to counter-attack SDF positions near al-Bahra; the Observatory said 17 SDF and nine militants were killed, the SDF put its losses at 11.",
       "2018-12-13", "‘On Thursday’ before the Sunday 2018-12-16 dateline: Thursday 2018-12-13",
       "al-Bahra", "Deir ez-Zor", "SY", "battle", "Islamic State", "Syrian Democratic Forces",
       20, 26, None, None,
       "On Thursday, Islamic State fighters used a sandstorm to launch a counter-attack on SDF positions near al-Bahra. The Observatory said 17 SDF fighters and nine militants were killed before the SDF regained its positions. An SDF official put his side's losses at 11.",
       note="26 = 17 + 9 (Observatory); 20 = 11 (SDF) + 9"),
],
figures=[
    fig("fighters", 2000, "Hajin pocket",
        "The coalition estimates that about 2,000 militants remain in the pocket."),
    fig("displaced", 5000, "Hajin pocket",
        "More than 5,000 people have fled it in the past two weeks, the Observatory says"),
])

report("b28-24", "2016-06-19", "https://www.example-anbarpost.com/fallujah/2016/06/19/government-compound-flag-fleeing-families",
"""
Flag over Fallujah government compound; militants shoot at fleeing families

BAGHDAD, June 19 (Anbar Post) - Iraqi counter-terrorism forces raised the national flag over the government compound in the centre of Fallujah on Friday, four weeks after the offensive to retake the city began, and Prime Minister Haider al-Abadi said most of the city was back under state control.

Fighting continued in the north of the city. On Saturday troops destroyed three explosive-laden vehicles before they reached their lines at the edge of the al-Jolan district, the Joint Operations Command said. It reported no losses.

Islamic State snipers opened fire on families trying to cross the Euphrates near al-Azraqiya on Saturday, killing six civilians, two of them children, the Norwegian Refugee Council said, citing people who reached its camp at Amiriyat al-Fallujah.

Anbar provincial officials said earlier this month that men from the Saqlawiya area had been taken away by gunmen in Hashed al-Shaabi uniforms after fleeing, and that some were still missing. The Hashed leadership denied the accusations and said any abuses would be investigated.

More than 84,000 people have fled Fallujah and its surroundings since the offensive began on May 22, according to the UN, and the camps are overwhelmed. Officials estimate that the JOC's forces now hold 80 percent of the city.
""",
events=[
    ev("Iraqi counter-terrorism forces raised the national flag over the government compound in central Fallujah.",
       "2016-06-17", "‘on Friday’ before the Sunday 2016-06-19 dateline: Friday 2016-06-17",
       "Fallujah government compound", "Anbar", "IQ", "territory_gain", "Counter-Terrorism Service", "Islamic State",
       None, None, None, None,
       "Iraqi counter-terrorism forces raised the national flag over the government compound in the centre of Fallujah on Friday, four weeks after the offensive to retake the city began"),
    ev("Troops destroyed three explosive-laden vehicles before they reached their lines at the edge of al-Jolan; no losses reported.",
       "2016-06-18", "‘On Saturday’ before the Sunday 2016-06-19 dateline: Saturday 2016-06-18",
       "al-Jolan", "Anbar", "IQ", "other", "Iraqi Security Forces", "Islamic State",
       None, None, None, None,
       "On Saturday troops destroyed three explosive-laden vehicles before they reached their lines at the edge of the al-Jolan district, the Joint Operations Command said. It reported no losses.",
       note="foiled car bombs (ACLED disrupted weapons use); 'no losses' covers only the troops"),
    ev("Islamic State snipers fired on families crossing the Euphrates near al-Azraqiya, killing six civilians, two of them children.",
       "2016-06-18", "‘on Saturday’ before the Sunday 2016-06-19 dateline: Saturday 2016-06-18",
       "al-Azraqiya", "Anbar", "IQ", "attack_on_civilians", "Islamic State", "civilians",
       6, None, None, None,
       "Islamic State snipers opened fire on families trying to cross the Euphrates near al-Azraqiya on Saturday, killing six civilians, two of them children, the Norwegian Refugee Council said"),
    ev("Men from the Saqlawiya area were taken away by gunmen in Hashed uniforms after fleeing and some are missing; the Hashed denied it.",
       None, "‘earlier this month’: reported then, no day",
       "Saqlawiya", "Anbar", "IQ", "other", "unknown", "civilians",
       None, None, None, None,
       "Anbar provincial officials said earlier this month that men from the Saqlawiya area had been taken away by gunmen in Hashed al-Shaabi uniforms after fleeing, and that some were still missing. The Hashed leadership denied the accusations",
       note="abduction; blamed on the PMF, denied", optional=True),
],
figures=[
    fig("displaced", 84000, "Fallujah",
        "More than 84,000 people have fled Fallujah and its surroundings since the offensive began on May 22, according to the UN"),
    fig("other", 80, "Fallujah",
        "Officials estimate that the JOC's forces now hold 80 percent of the city.", note="percent of the city held"),
])

report("b28-25", "2018-01-15", "https://www.example-tigriswire.com/iraq/2018/01/15/displaced-below-three-million-election",
"""
Iraq's displaced fall below three million as election nears

BAGHDAD, January 15 (Tigris Wire) - The number of Iraqis displaced by the war against Islamic State has fallen below three million for the first time since 2014, the International Organization for Migration said, as families return to towns in Nineveh, Salahuddin and Anbar that were retaken last year.

The agency counted about 2.6 million people still displaced at the end of December and 3.2 million who had gone home. More than 650,000 of the displaced are from Mosul and its surroundings.

Parliament has set the general election for May 12, and officials are under pressure to bring people home before voting. Aid groups say some returns have been forced, with families moved out of camps in Anbar and Salahuddin against their will. The Ministry of Migration denies this.

Iraq's armed forces and the Popular Mobilisation Forces number several hundred thousand men, and the government has said it will integrate the Hashed's 120,000 registered fighters into the state payroll.

About 8,000 homes in the Old City of Mosul need to be rebuilt, according to a UN-Habitat survey, and the government puts the cost of reconstruction across the country at about 100 billion dollars. A donor conference is due to be held in Kuwait next month.

"The war is over, but for us the displacement is not," said a man from Baiji living in a camp near Tikrit since 2015.
""",
events=[],
figures=[
    fig("displaced", 2600000, "Iraq",
        "The agency counted about 2.6 million people still displaced at the end of December"),
    fig("returned", 3200000, "Iraq",
        "3.2 million who had gone home"),
    fig("displaced", 650000, "Mosul",
        "More than 650,000 of the displaced are from Mosul and its surroundings."),
    fig("fighters", 120000, "Iraq",
        "the government has said it will integrate the Hashed's 120,000 registered fighters into the state payroll"),
    fig("other", 8000, "Old City of Mosul",
        "About 8,000 homes in the Old City of Mosul need to be rebuilt", note="homes to rebuild"),
],
country_hint="IQ")

report("b28-26", "2018-03-24", "https://www.example-damascusdesk.com/ghouta/2018/03/24/harasta-evacuated-faylaq-deal-douma",
"""
Harasta emptied of rebels; Faylaq al-Rahman agrees to leave southern Ghouta

BEIRUT, March 24 (Damascus Desk) - The last buses carrying Ahrar al-Sham fighters and their families left Harasta on Friday under a deal with the government, and Syrian troops took over the town, state media said. About 4,500 people left Harasta for Idlib over two days.

Faylaq al-Rahman, the main rebel group in the southern part of Eastern Ghouta, agreed on Friday to hand over Arbin, Zamalka, Ein Tarma and the Jobar district in return for safe passage north, the group's spokesman said. Evacuations are due to begin on Saturday.

Air strikes on Douma, the last town held by Jaysh al-Islam, killed at least 11 civilians on Thursday, the Douma medical council said. The Syrian Observatory for Human Rights gave a toll of 14. Neither named the aircraft.

In Damascus, a mortar round fired from the enclave exploded near the Abbasiyin square on Wednesday, killing one person and wounding four, state news agency SANA said.

The Observatory says more than 1,600 civilians have been killed in Eastern Ghouta since the government offensive began on February 18. More than 80,000 people have left the enclave through corridors opened by the army since March 15, according to the Russian military.
""",
events=[
    ev("The last buses of Ahrar al-Sham fighters and families left Harasta under a deal and Syrian troops took over the town.",
       "2018-03-23", "‘on Friday’ before the Saturday 2018-03-24 dateline: Friday 2018-03-23",
       "Harasta", "Rif Dimashq", "SY", "territory_gain", "Syrian government forces", "Syrian rebels",
       None, None, None, None,
       "The last buses carrying Ahrar al-Sham fighters and their families left Harasta on Friday under a deal with the government, and Syrian troops took over the town, state media said.",
       note="non-violent transfer of territory under an evacuation deal; Ahrar al-Sham"),
    ev("Faylaq al-Rahman agreed to hand over Arbin, Zamalka, Ein Tarma and Jobar in return for safe passage north.",
       "2018-03-23", "‘agreed on Friday’ before the Saturday 2018-03-24 dateline: Friday 2018-03-23",
       "Arbin, Zamalka, Ein Tarma and Jobar", "Rif Dimashq", "SY", "other", "Faylaq al-Rahman", "Syrian government forces",
       None, None, None, None,
       "Faylaq al-Rahman, the main rebel group in the southern part of Eastern Ghouta, agreed on Friday to hand over Arbin, Zamalka, Ein Tarma and the Jobar district in return for safe passage north, the group's spokesman said.",
       note="ACLED Strategic developments: agreement; one announcement, list kept as one place"),
    ev("Air strikes on Douma killed at least 11 civilians (Douma medical council) or 14 (Observatory); the aircraft were not named.",
       "2018-03-22", "‘on Thursday’ before the Saturday 2018-03-24 dateline: Thursday 2018-03-22",
       "Douma", "Rif Dimashq", "SY", "explosion", "unknown", "civilians",
       11, 14, None, None,
       "Air strikes on Douma, the last town held by Jaysh al-Islam, killed at least 11 civilians on Thursday, the Douma medical council said. The Syrian Observatory for Human Rights gave a toll of 14. Neither named the aircraft.",
       note="conflicting tolls 11 vs 14"),
    ev("A mortar round fired from the enclave exploded near Abbasiyin square in Damascus, killing one and wounding four, according to SANA.",
       "2018-03-21", "‘on Wednesday’ before the Saturday 2018-03-24 dateline: Wednesday 2018-03-21",
       "Abbasiyin square", "Damascus", "SY", "explosion", "Syrian rebels", "civilians",
       1, None, 4, None,
       "In Damascus, a mortar round fired from the enclave exploded near the Abbasiyin square on Wednesday, killing one person and wounding four, state news agency SANA said."),
],
figures=[
    fig("displaced", 4500, "Harasta",
        "About 4,500 people left Harasta for Idlib over two days."),
    fig("killed", 1600, "Eastern Ghouta",
        "The Observatory says more than 1,600 civilians have been killed in Eastern Ghouta since the government offensive began on February 18."),
    fig("displaced", 80000, "Eastern Ghouta",
        "More than 80,000 people have left the enclave through corridors opened by the army since March 15, according to the Russian military."),
])

report("b28-27", "2017-06-12", "https://www.example-bosphorusbulletin.com/security/2017/06/12/gaziantep-raid-istanbul-adana-detentions",
"""
Police officer killed as suspect blows himself up in Gaziantep raid

ISTANBUL, June 12 (Bosphorus Bulletin) - A suspected Islamic State militant detonated an explosive vest when police raided a flat in Gaziantep's Sahinbey district on Saturday, killing himself and a police officer and wounding three other officers, the governor's office said.

The raid was part of a nationwide sweep against the group. In Istanbul, anti-terrorism police detained 18 suspected Islamic State members, most of them foreign nationals, in simultaneous operations in five districts on Sunday, the state-run agency reported.

Police in Adana detained seven more suspects the same day, accusing them of planning attacks during the Ramadan holiday, the agency said.

Separately, the Turkish military said a soldier was killed on Saturday when Kurdish YPG fighters fired on a Turkish position near Marea in northern Syria. The YPG did not comment.

More than 5,000 people have been detained in Turkey on suspicion of links to Islamic State since the start of 2016, according to Interior Ministry figures, and about 1,300 of them have been formally arrested. Turkish officials say the group has carried out at least ten bombings and shootings on Turkish soil since 2015.
""",
events=[
    ev("A suspected Islamic State militant detonated an explosive vest during a police raid on a flat in Gaziantep's Sahinbey district, killing himself and a police officer and wounding three officers.",
       "2017-06-10", "‘on Saturday’ before the Monday 2017-06-12 dateline: Saturday 2017-06-10",
       "Sahinbey", "Gaziantep", "TR", "explosion", "Islamic State", "Turkish security forces",
       2, None, 3, None,
       "A suspected Islamic State militant detonated an explosive vest when police raided a flat in Gaziantep's Sahinbey district on Saturday, killing himself and a police officer and wounding three other officers, the governor's office said.",
       note="2 = suspect + officer; a police raid, but the casualties come from the suicide vest"),
    ev("Anti-terrorism police in Istanbul detained 18 suspected Islamic State members in operations in five districts.",
       "2017-06-11", "‘on Sunday’ before the Monday 2017-06-12 dateline: Sunday 2017-06-11",
       "Istanbul", "Istanbul", "TR", "arrest", "Turkish security forces", "Islamic State",
       None, None, None, None,
       "In Istanbul, anti-terrorism police detained 18 suspected Islamic State members, most of them foreign nationals, in simultaneous operations in five districts on Sunday, the state-run agency reported.",
       arrested=18),
    ev("Police in Adana detained seven suspects accused of planning attacks during the Ramadan holiday.",
       "2017-06-11", "‘the same day’ as Sunday 2017-06-11",
       "Adana", "Adana", "TR", "arrest", "Turkish security forces", "Islamic State",
       None, None, None, None,
       "Police in Adana detained seven more suspects the same day, accusing them of planning attacks during the Ramadan holiday, the agency said.",
       arrested=7),
    ev("YPG fighters fired on a Turkish position near Marea in northern Syria, killing a soldier, according to the Turkish military.",
       "2017-06-10", "‘on Saturday’ before the Monday 2017-06-12 dateline: Saturday 2017-06-10",
       "Marea", "Aleppo", "SY", "battle", "YPG", "Turkish Armed Forces",
       1, None, None, None,
       "Separately, the Turkish military said a soldier was killed on Saturday when Kurdish YPG fighters fired on a Turkish position near Marea in northern Syria. The YPG did not comment.",
       note="blamed by the Turkish military, not denied"),
],
figures=[
    fig("arrested", 5000, "Turkey",
        "More than 5,000 people have been detained in Turkey on suspicion of links to Islamic State since the start of 2016"),
    fig("arrested", 1300, "Turkey",
        "about 1,300 of them have been formally arrested"),
])

# ---------------------------------------------------------------------------
# b28-28 .. b28-36
# ---------------------------------------------------------------------------

report("b28-28", "2017-11-10", "https://www.example-levantmonitor.com/syria/2017/11/10/albu-kamal-car-bomb-displaced-sabha",
"""
Syrian army declares Albu Kamal taken; car bomb hits displaced near Deir ez-Zor

BEIRUT, November 10 (Levant Monitor Daily) - Syrian government forces and their allies took full control of Albu Kamal, Islamic State's last significant town in Syria, on Thursday, the army's general command said in a statement, days after Iraqi forces retook al-Qaim across the border.

A car bomb exploded among displaced people gathered at a collection point near the village of al-Jafra, east of Deir ez-Zor city, on Wednesday. State media said 16 people were killed. The Syrian Observatory for Human Rights said 21 died, including women and children, and that dozens were wounded. Islamic State claimed the attack through its Amaq agency.

North of the Euphrates, the Syrian Democratic Forces said their fighters captured the village of al-Sabha on Tuesday as they advanced along the river's eastern bank.

The Observatory says the Euphrates valley campaign has displaced about 350,000 people since August. The coalition believes fewer than 3,000 Islamic State fighters remain in Syria and Iraq combined, down from an estimated 40,000 at the group's peak.
""",
events=[
    ev("Syrian government forces and allies took full control of Albu Kamal, according to the army's general command.",
       "2017-11-09", "‘on Thursday’ before the Friday 2017-11-10 dateline: Thursday 2017-11-09",
       "Albu Kamal", "Deir ez-Zor", "SY", "territory_gain", "Syrian government forces", "Islamic State",
       None, None, None, None,
       "Syrian government forces and their allies took full control of Albu Kamal, Islamic State's last significant town in Syria, on Thursday, the army's general command said in a statement"),
    ev("A car bomb exploded among displaced people at a collection point near al-Jafra; state media said 16 were killed, the Observatory 21; Islamic State claimed it.",
       "2017-11-08", "‘on Wednesday’ before the Friday 2017-11-10 dateline: Wednesday 2017-11-08",
       "al-Jafra", "Deir ez-Zor", "SY", "explosion", "Islamic State", "civilians",
       16, 21, None, None,
       "A car bomb exploded among displaced people gathered at a collection point near the village of al-Jafra, east of Deir ez-Zor city, on Wednesday. State media said 16 people were killed. The Syrian Observatory for Human Rights said 21 died, including women and children, and that dozens were wounded. Islamic State claimed the attack through its Amaq agency.",
       note="conflicting tolls 16 vs 21; 'dozens' wounded gives null"),
    ev("The SDF captured the village of al-Sabha on the Euphrates' eastern bank.",
       "2017-11-07", "‘on Tuesday’ before the Friday 2017-11-10 dateline: Tuesday 2017-11-07",
       "al-Sabha", "Deir ez-Zor", "SY", "territory_gain", "Syrian Democratic Forces", "Islamic State",
       None, None, None, None,
       "North of the Euphrates, the Syrian Democratic Forces said their fighters captured the village of al-Sabha on Tuesday as they advanced along the river's eastern bank."),
],
figures=[
    fig("displaced", 350000, "Euphrates valley",
        "The Observatory says the Euphrates valley campaign has displaced about 350,000 people since August."),
    fig("fighters", 3000, "Syria and Iraq",
        "The coalition believes fewer than 3,000 Islamic State fighters remain in Syria and Iraq combined"),
    fig("fighters", 40000, "Syria and Iraq",
        "down from an estimated 40,000 at the group's peak"),
])

report("b28-29", "2016-11-18", "https://www.example-kurdistan-courier.com/mosul/2016/11/18/tal-afar-airport-tahrir-ghabat",
"""
Hashed take Tal Afar airport; special forces fight their way into Tahrir

ERBIL, November 18 (Kurdistan Courier) - Shiite-led Popular Mobilisation forces captured the airport south of Tal Afar on Wednesday, a spokesman for the Hashed said, a key step in their drive to cut the road linking Mosul with Syria.

In eastern Mosul, Counter Terrorism Service units reached the al-Tahrir district on Thursday and fought house to house against snipers and car bombs. An officer said four of his men were killed. He gave no figure for the militants.

Islamic State militants shot dead 12 former police officers in the Ghabat area of northern Mosul on Tuesday and hung their bodies from electricity poles, residents told the Kurdistan Courier by telephone. The UN human rights office said it had received similar reports but could not confirm them.

Peshmerga commanders said on Sunday that their forces had cleared the last Islamic State holdouts from the town of Bashiqa, east of Mosul.

The International Organization for Migration says 56,000 people have been displaced since the Mosul offensive began on October 17. The Iraqi government estimates that 3,000 to 5,000 militants are defending the city.
""",
events=[
    ev("Popular Mobilisation forces captured the airport south of Tal Afar.",
       "2016-11-16", "‘on Wednesday’ before the Friday 2016-11-18 dateline: Wednesday 2016-11-16",
       "Tal Afar airport", "Nineveh", "IQ", "territory_gain", "Popular Mobilization Forces", "Islamic State",
       None, None, None, None,
       "Shiite-led Popular Mobilisation forces captured the airport south of Tal Afar on Wednesday, a spokesman for the Hashed said"),
    ev("CTS units reached the al-Tahrir district of eastern Mosul and fought house to house; four CTS men were killed.",
       "2016-11-17", "‘on Thursday’ before the Friday 2016-11-18 dateline: Thursday 2016-11-17",
       "al-Tahrir", "Nineveh", "IQ", "battle", "Counter-Terrorism Service", "Islamic State",
       4, None, None, None,
       "In eastern Mosul, Counter Terrorism Service units reached the al-Tahrir district on Thursday and fought house to house against snipers and car bombs. An officer said four of his men were killed. He gave no figure for the militants.",
       note="reached, not taken: battle; only the CTS dead are counted"),
    ev("Islamic State militants shot dead 12 former police officers in the Ghabat area and hung their bodies from poles, residents said.",
       "2016-11-15", "‘on Tuesday’ before the Friday 2016-11-18 dateline: Tuesday 2016-11-15",
       "Ghabat", "Nineveh", "IQ", "attack_on_civilians", "Islamic State", "civilians",
       12, None, None, None,
       "Islamic State militants shot dead 12 former police officers in the Ghabat area of northern Mosul on Tuesday and hung their bodies from electricity poles, residents told the Kurdistan Courier by telephone.",
       note="execution of former police officers, unarmed"),
    ev("Peshmerga cleared the last Islamic State holdouts from Bashiqa.",
       None, "commanders ‘said on Sunday’ (Sunday 2016-11-13); the day of the clearing is not stated",
       "Bashiqa", "Nineveh", "IQ", "territory_gain", "Peshmerga", "Islamic State",
       None, None, None, None,
       "Peshmerga commanders said on Sunday that their forces had cleared the last Islamic State holdouts from the town of Bashiqa, east of Mosul."),
],
figures=[
    fig("displaced", 56000, "Mosul",
        "The International Organization for Migration says 56,000 people have been displaced since the Mosul offensive began on October 17."),
    fig("fighters", 3000, "Mosul",
        "The Iraqi government estimates that 3,000 to 5,000 militants are defending the city.", note="3,000 to 5,000"),
])

report("b28-30", "2019-08-21", "https://www.example-northsyriaobserver.com/idlib/2019/08/21/khan-sheikhoun-turkish-convoy",
"""
Syrian troops take Khan Sheikhoun; Turkish convoy hit on the M5

BEIRUT, August 21 (North Syria Observer) - Syrian government forces took full control of Khan Sheikhoun overnight, state television said on Wednesday, capturing the largest town in southern Idlib after more than three months of fighting.

On Monday, an air strike hit the road ahead of a Turkish military convoy heading south on the M5 highway near Maarat al-Numan, killing three civilians and wounding 12, the Turkish defence ministry said. Ankara blamed the Syrian government. Damascus did not address the strike but condemned the convoy's entry as an act of aggression.

In Saraqib, air strikes on a busy street killed five civilians on Sunday, the civil defence said. It did not say whose jets were involved.

Hayat Tahrir al-Sham sent a suicide car bomb against army positions near Sukayk on Saturday. The Observatory said 11 soldiers were killed, as well as the driver.

The United Nations says more than 500,000 people have been displaced since the offensive began at the end of April. The Observatory puts the death toll since then at more than 2,500, including about 900 civilians.
""",
events=[
    ev("Syrian government forces took full control of Khan Sheikhoun.",
       "2019-08-20", "‘overnight’ before state television's report on Wednesday 2019-08-21: the night of Tuesday 2019-08-20",
       "Khan Sheikhoun", "Idlib", "SY", "territory_gain", "Syrian government forces", "Syrian rebels",
       None, None, None, None,
       "Syrian government forces took full control of Khan Sheikhoun overnight, state television said on Wednesday, capturing the largest town in southern Idlib after more than three months of fighting."),
    ev("An air strike hit the road ahead of a Turkish military convoy on the M5 near Maarat al-Numan, killing three civilians and wounding 12; Ankara blamed the Syrian government.",
       "2019-08-19", "‘On Monday’ before the Wednesday 2019-08-21 dateline: Monday 2019-08-19",
       "M5 highway near Maarat al-Numan", "Idlib", "SY", "explosion", "Syrian government forces", "Turkish Armed Forces",
       3, None, 12, None,
       "On Monday, an air strike hit the road ahead of a Turkish military convoy heading south on the M5 highway near Maarat al-Numan, killing three civilians and wounding 12, the Turkish defence ministry said. Ankara blamed the Syrian government. Damascus did not address the strike",
       note="blamed by Turkey, not denied by Damascus"),
    ev("Air strikes on a busy street in Saraqib killed five civilians; the jets were not identified.",
       "2019-08-18", "‘on Sunday’ before the Wednesday 2019-08-21 dateline: Sunday 2019-08-18",
       "Saraqib", "Idlib", "SY", "explosion", "unknown", "civilians",
       5, None, None, None,
       "In Saraqib, air strikes on a busy street killed five civilians on Sunday, the civil defence said. It did not say whose jets were involved."),
    ev("An HTS suicide car bomb hit army positions near Sukayk, killing 11 soldiers and the driver.",
       "2019-08-17", "‘on Saturday’ before the Wednesday 2019-08-21 dateline: Saturday 2019-08-17",
       "Sukayk", "Idlib", "SY", "explosion", "Hayat Tahrir al-Sham", "Syrian government forces",
       12, None, None, None,
       "Hayat Tahrir al-Sham sent a suicide car bomb against army positions near Sukayk on Saturday. The Observatory said 11 soldiers were killed, as well as the driver.",
       note="12 = 11 soldiers + the bomber"),
],
figures=[
    fig("displaced", 500000, "Idlib",
        "The United Nations says more than 500,000 people have been displaced since the offensive began at the end of April."),
    fig("killed", 2500, "Idlib",
        "The Observatory puts the death toll since then at more than 2,500"),
    fig("killed", 900, "Idlib",
        "including about 900 civilians", note="civilians"),
])

report("b28-31", "2019-04-15", "https://www.example-euphratesreport.com/hasakah/2019/04/15/al-hol-camp-overflowing",
"""
Al-Hol camp strains under 73,000 people a month after Baghuz

AL-HOL, Syria, April 15 (Euphrates Report) - The al-Hol camp in Hasakah province now holds about 73,000 people, more than 90 percent of them women and children, the United Nations said, a month after the last Islamic State enclave at Baghuz was overrun.

Some 11,000 of the camp's residents are foreigners from more than 40 countries, held in a separate guarded annex. Most of the rest are Syrians and Iraqis; the Iraqi government says about 31,000 of them are its citizens.

Aid agencies say at least 140 children have died on the way to the camp or shortly after arriving since December, most of them from hypothermia, malnutrition and untreated wounds. The figure is a cumulative one collected by the World Health Organization from clinics in the camp.

Kurdish officials say they are also holding about 9,000 suspected Islamic State fighters in prisons across northeastern Syria, including 2,000 foreigners, and have asked their home countries to take them back. Only a handful of states have done so.

"We cannot carry this burden alone," an official of the Kurdish-led administration said. "If the world does not act, these camps will become the next generation of the caliphate."

Guards say tensions are rising in the foreigners' annex, where some women have enforced the group's dress code on others.
""",
events=[],
figures=[
    fig("displaced", 73000, "al-Hol camp",
        "The al-Hol camp in Hasakah province now holds about 73,000 people"),
    fig("displaced", 11000, "al-Hol camp",
        "Some 11,000 of the camp's residents are foreigners from more than 40 countries", note="foreigners in the camp"),
    fig("displaced", 31000, "al-Hol camp",
        "the Iraqi government says about 31,000 of them are its citizens", note="Iraqis in the camp"),
    fig("killed", 140, "al-Hol camp",
        "Aid agencies say at least 140 children have died on the way to the camp or shortly after arriving since December"),
    fig("arrested", 9000, "northeastern Syria",
        "Kurdish officials say they are also holding about 9,000 suspected Islamic State fighters in prisons across northeastern Syria"),
],
country_hint="SY")

report("b28-32", "2019-06-03", "https://www.example-kirkuknow-daily.com/en/2019/06/03/crop-fires-daquq-rashad-bomb",
"""
Wheat fields burn in Kirkuk as Islamic State claims arson campaign

KIRKUK, June 3 (Kirkuk Now Daily) - Fires swept through wheat and barley fields in several villages of Daquq district on Saturday, destroying hundreds of dunams of crops just before the harvest, local officials said. Islamic State's Amaq agency claimed that the group's fighters had set the fields alight to punish "collaborators" with the government.

A day earlier, a bomb hidden in a burning field near al-Rashad exploded as civil defence firefighters arrived, killing one of them and wounding two, the Kirkuk civil defence directorate said. Officials blamed Islamic State.

In Salahuddin, police in Shirqat said they had arrested three men on Sunday on suspicion of starting fires in farmland along the Tigris.

Two shepherds were shot dead in the desert near Rutba in Anbar on Thursday, the Anbar police said, blaming "Daesh remnants". Their sheep were driven off.

The agriculture ministry says more than 40,000 dunams of crops have been burned across northern Iraq since the start of May, though officials say many fires were caused by the heat, electrical faults or disputes between farmers. Islamic State is estimated to have between 2,000 and 3,000 fighters in Iraq, working in small cells.
""",
events=[
    ev("Fires set by Islamic State, according to its Amaq claim, swept through wheat and barley fields in villages of Daquq district.",
       "2019-06-01", "‘on Saturday’ before the Monday 2019-06-03 dateline: Saturday 2019-06-01",
       "villages of Daquq district", "Kirkuk", "IQ", "other", "Islamic State", "civilians",
       None, None, None, None,
       "Fires swept through wheat and barley fields in several villages of Daquq district on Saturday, destroying hundreds of dunams of crops just before the harvest, local officials said. Islamic State's Amaq agency claimed that the group's fighters had set the fields alight",
       note="arson of crops (ACLED looting/property destruction), claimed by Amaq; nobody hurt is not stated"),
    ev("A bomb hidden in a burning field near al-Rashad exploded as firefighters arrived, killing one and wounding two; officials blamed Islamic State.",
       "2019-05-31", "‘A day earlier’ than Saturday 2019-06-01: Friday 2019-05-31",
       "al-Rashad", "Kirkuk", "IQ", "explosion", "Islamic State", "civilians",
       1, None, 2, None,
       "A day earlier, a bomb hidden in a burning field near al-Rashad exploded as civil defence firefighters arrived, killing one of them and wounding two, the Kirkuk civil defence directorate said. Officials blamed Islamic State.",
       note="blamed, not denied"),
    ev("Police in Shirqat arrested three men suspected of starting fires in farmland.",
       "2019-06-02", "‘on Sunday’ before the Monday 2019-06-03 dateline: Sunday 2019-06-02",
       "Shirqat", "Salahuddin", "IQ", "arrest", "Iraqi Security Forces", "unknown",
       None, None, None, None,
       "In Salahuddin, police in Shirqat said they had arrested three men on Sunday on suspicion of starting fires in farmland along the Tigris.",
       arrested=3),
    ev("Two shepherds were shot dead in the desert near Rutba; police blamed Islamic State remnants.",
       "2019-05-30", "‘on Thursday’ before the Monday 2019-06-03 dateline: Thursday 2019-05-30",
       "Rutba", "Anbar", "IQ", "attack_on_civilians", "Islamic State", "civilians",
       2, None, None, None,
       "Two shepherds were shot dead in the desert near Rutba in Anbar on Thursday, the Anbar police said, blaming \"Daesh remnants\".",
       note="blamed by police, not denied"),
],
figures=[
    fig("other", 40000, "northern Iraq",
        "The agriculture ministry says more than 40,000 dunams of crops have been burned across northern Iraq since the start of May",
        note="dunams burned"),
    fig("fighters", 2000, "Iraq",
        "Islamic State is estimated to have between 2,000 and 3,000 fighters in Iraq", note="2,000 to 3,000"),
])

report("b28-33", "2017-05-12", "https://www.example-euphratesreport.com/raqqa/2017/05/12/tabqa-dam-sdf-control",
"""
SDF take Tabqa and its dam after militants agree to leave

AIN ISSA, Syria, May 12 (Euphrates Report) - The US-backed Syrian Democratic Forces took full control of the town of Tabqa and the nearby Euphrates dam on Wednesday, after the last Islamic State fighters there agreed to dismantle their bombs and withdraw, an SDF spokeswoman said.

About 70 militants were allowed to leave under the arrangement, she said, but were required to hand over heavy weapons and clear mines from the dam. The coalition said it was "not a party" to the deal.

East of Tabqa, Islamic State fighters attacked SDF positions near the village of al-Mansoura on Sunday. The Syrian Observatory for Human Rights said five SDF fighters and at least eight militants were killed.

The SDF said on Thursday that it had detained 30 suspected militants who tried to blend in with civilians leaving Tabqa. It did not say when.

The capture of Tabqa, about 40 kilometres west of Raqqa, clears the way for the assault on Islamic State's de facto capital, the SDF said. Washington announced this week that it would arm the Kurdish YPG, the main force in the SDF, a decision Turkey condemned. The SDF says it has 50,000 fighters, about half of them Arabs.
""",
events=[
    ev("The SDF took full control of Tabqa and the Euphrates dam after the last Islamic State fighters agreed to dismantle their bombs and withdraw.",
       "2017-05-10", "‘on Wednesday’ before the Friday 2017-05-12 dateline: Wednesday 2017-05-10",
       "Tabqa and Tabqa dam", "Raqqa", "SY", "territory_gain", "Syrian Democratic Forces", "Islamic State",
       None, None, None, None,
       "The US-backed Syrian Democratic Forces took full control of the town of Tabqa and the nearby Euphrates dam on Wednesday, after the last Islamic State fighters there agreed to dismantle their bombs and withdraw, an SDF spokeswoman said.",
       note="one announcement for town and dam; kept as one event"),
    ev("Islamic State fighters attacked SDF positions near al-Mansoura; five SDF fighters and at least eight militants were killed.",
       "2017-05-07", "‘on Sunday’ before the Friday 2017-05-12 dateline: Sunday 2017-05-07",
       "al-Mansoura", "Raqqa", "SY", "battle", "Islamic State", "Syrian Democratic Forces",
       13, None, None, None,
       "East of Tabqa, Islamic State fighters attacked SDF positions near the village of al-Mansoura on Sunday. The Syrian Observatory for Human Rights said five SDF fighters and at least eight militants were killed.",
       note="13 = 5 + 8"),
    ev("The SDF detained 30 suspected militants trying to blend in with civilians leaving Tabqa.",
       None, "the SDF ‘said on Thursday’; ‘It did not say when.’",
       "Tabqa", "Raqqa", "SY", "arrest", "Syrian Democratic Forces", "Islamic State",
       None, None, None, None,
       "The SDF said on Thursday that it had detained 30 suspected militants who tried to blend in with civilians leaving Tabqa.",
       arrested=30),
],
figures=[
    fig("fighters", 70, "Tabqa",
        "About 70 militants were allowed to leave under the arrangement", note="militants evacuated"),
    fig("fighters", 50000, "northern Syria",
        "The SDF says it has 50,000 fighters"),
])

report("b28-34", "2018-10-10", "https://www.example-bosphorusbulletin.com/syria/2018/10/10/idlib-buffer-zone-deadline-refugees",
"""
Idlib buffer-zone deadline passes quietly, Ankara says

ANKARA, October 10 (Bosphorus Bulletin) - Rebel groups have withdrawn their heavy weapons from the demilitarised zone around Idlib, Turkey's defence ministry said on Wednesday, meeting the first deadline of the agreement Presidents Erdogan and Putin reached in Sochi last month.

The zone, 15 to 20 kilometres deep, is to be patrolled by Turkish and Russian troops. Turkey already has 12 observation posts around the Idlib region, manned by several hundred soldiers. Radical groups, chiefly Hayat Tahrir al-Sham, must leave the zone by October 15 under the deal, though the group has not said whether it will comply.

The region is home to about three million people, according to the United Nations, which had warned that a full government offensive could drive up to 800,000 of them towards the Turkish border.

Turkey hosts about 3.5 million registered Syrian refugees, more than any other country. Officials say some 250,000 Syrians have returned from Turkey to areas in northern Aleppo controlled by Turkish-backed rebels since the Euphrates Shield and Olive Branch operations.

Analysts say the deal has bought time but has not settled the fate of the estimated 10,000 to 15,000 jihadist fighters in the province. "Ankara is betting that it can split the moderates from the hardliners," said a researcher at an Istanbul think-tank.
""",
events=[],
figures=[
    fig("other", 12, "Idlib",
        "Turkey already has 12 observation posts around the Idlib region", note="Turkish observation posts"),
    fig("other", 3000000, "Idlib",
        "The region is home to about three million people, according to the United Nations", note="population"),
    fig("displaced", 800000, "Idlib",
        "a full government offensive could drive up to 800,000 of them towards the Turkish border", note="projection"),
    fig("displaced", 3500000, "Turkey",
        "Turkey hosts about 3.5 million registered Syrian refugees", note="Syrian refugees"),
    fig("returned", 250000, "northern Aleppo",
        "some 250,000 Syrians have returned from Turkey to areas in northern Aleppo controlled by Turkish-backed rebels"),
    fig("fighters", 10000, "Idlib",
        "the estimated 10,000 to 15,000 jihadist fighters in the province", note="10,000 to 15,000"),
],
country_hint="TR")

report("b28-35", "2016-11-29", "https://www.example-aleppo-mirror.com/news/2016/11/29/hanano-falls-jub-al-qubba-shelling",
"""
Rebels lose Masaken Hanano; families fleeing east Aleppo come under fire

ALEPPO, November 29 (Aleppo Mirror) - Syrian government forces and allied militias captured the Masaken Hanano housing district on Saturday, their first major breach of rebel-held eastern Aleppo since the siege began in the summer, the army said.

Kurdish YPG fighters took the Sheikh Fares district from rebels on Sunday as the opposition lines in the north of the enclave collapsed, the Syrian Observatory for Human Rights said.

Shells struck crowds of people fleeing through the Jub al-Qubba area on Monday, killing nine civilians, according to the civil defence. Opposition activists blamed government artillery; state television said "terrorists" had fired on civilians trying to reach safety.

Rebel rockets hit the government-held al-Jamiliya district of western Aleppo on Sunday, killing two people and wounding seven, SANA said.

The United Nations says about 16,000 people have fled eastern Aleppo since Saturday, while some 250,000 were believed to be living in the besieged districts before the latest assault. The Observatory says at least 225 civilians have been killed in the east since the offensive began on November 15.
""",
events=[
    ev("Syrian government forces and allied militias captured the Masaken Hanano district of eastern Aleppo.",
       "2016-11-26", "‘on Saturday’ before the Tuesday 2016-11-29 dateline: Saturday 2016-11-26",
       "Masaken Hanano", "Aleppo", "SY", "territory_gain", "Syrian government forces", "Syrian rebels",
       None, None, None, None,
       "Syrian government forces and allied militias captured the Masaken Hanano housing district on Saturday, their first major breach of rebel-held eastern Aleppo since the siege began in the summer, the army said."),
    ev("YPG fighters took the Sheikh Fares district from rebels.",
       "2016-11-27", "‘on Sunday’ before the Tuesday 2016-11-29 dateline: Sunday 2016-11-27",
       "Sheikh Fares", "Aleppo", "SY", "territory_gain", "YPG", "Syrian rebels",
       None, None, None, None,
       "Kurdish YPG fighters took the Sheikh Fares district from rebels on Sunday as the opposition lines in the north of the enclave collapsed, the Syrian Observatory for Human Rights said.",
       note="a non-state group taking a place"),
    ev("Shells struck crowds fleeing through Jub al-Qubba, killing nine civilians; activists blamed government artillery, state TV blamed rebels.",
       "2016-11-28", "‘on Monday’ before the Tuesday 2016-11-29 dateline: Monday 2016-11-28",
       "Jub al-Qubba", "Aleppo", "SY", "explosion", "unknown", "civilians",
       9, None, None, None,
       "Shells struck crowds of people fleeing through the Jub al-Qubba area on Monday, killing nine civilians, according to the civil defence. Opposition activists blamed government artillery; state television said \"terrorists\" had fired on civilians trying to reach safety.",
       note="each side blames the other"),
    ev("Rebel rockets hit the al-Jamiliya district of western Aleppo, killing two and wounding seven, according to SANA.",
       "2016-11-27", "‘on Sunday’ before the Tuesday 2016-11-29 dateline: Sunday 2016-11-27",
       "al-Jamiliya", "Aleppo", "SY", "explosion", "Syrian rebels", "civilians",
       2, None, 7, None,
       "Rebel rockets hit the government-held al-Jamiliya district of western Aleppo on Sunday, killing two people and wounding seven, SANA said."),
],
figures=[
    fig("displaced", 16000, "eastern Aleppo",
        "The United Nations says about 16,000 people have fled eastern Aleppo since Saturday"),
    fig("civilians_trapped", 250000, "eastern Aleppo",
        "some 250,000 were believed to be living in the besieged districts before the latest assault"),
    fig("killed", 225, "eastern Aleppo",
        "The Observatory says at least 225 civilians have been killed in the east since the offensive began on November 15."),
])

report("b28-36", "2019-02-20", "https://www.example-baghdadpost-daily.com/security/2019/02/20/qayyarah-bomb-mutaybijah-wadi-shay",
"""
Iraq security briefing: Qayyarah market blast, Mutaybijah ambush, strikes in Wadi al-Shay

BAGHDAD, February 20 (Baghdad Evening) - A bomb planted on a motorcycle exploded near a vegetable stall in the Qayyarah market south of Mosul on Monday, killing two civilians and wounding six, Nineveh police said. One of the wounded, a boy, died in hospital on Tuesday, a health official said, raising the toll to three.

Islamic State militants ambushed a Popular Mobilisation patrol in the Mutaybijah area on the border between Salahuddin and Diyala on Sunday night, killing three fighters, a PMF statement said.

Iraqi F-16s struck militant hideouts in Wadi al-Shay, southwest of Kirkuk, on Tuesday, killing seven Islamic State members, the Security Media Cell said.

Intelligence officers arrested a man described as a senior Islamic State financier in Baghdad's Adhamiya district on Tuesday, the Interior Ministry said.

Gunmen abducted two men collecting truffles in the desert near Rutba on Saturday, local officials said. Their families have not heard from them.

The Security Media Cell says 211 suspected militants have been arrested since the start of the year. The US military estimates that Islamic State still has up to 2,000 fighters in Iraq.
""",
events=[
    ev("A motorcycle bomb exploded near a vegetable stall in the Qayyarah market, killing two civilians and wounding six; a wounded boy died the next day.",
       "2019-02-18", "‘on Monday’ before the Wednesday 2019-02-20 dateline: Monday 2019-02-18 (the boy died on Tuesday 2019-02-19)",
       "Qayyarah market", "Nineveh", "IQ", "explosion", "unknown", "civilians",
       3, None, 5, None,
       "A bomb planted on a motorcycle exploded near a vegetable stall in the Qayyarah market south of Mosul on Monday, killing two civilians and wounding six, Nineveh police said. One of the wounded, a boy, died in hospital on Tuesday, a health official said, raising the toll to three.",
       note="3 = 2 + boy who died of wounds; wounded 6 - 1 = 5"),
    ev("Islamic State militants ambushed a PMF patrol in Mutaybijah, killing three fighters.",
       "2019-02-17", "‘on Sunday night’ before the Wednesday 2019-02-20 dateline: Sunday 2019-02-17",
       "Mutaybijah", "Salahuddin", "IQ", "battle", "Islamic State", "Popular Mobilization Forces",
       3, None, None, None,
       "Islamic State militants ambushed a Popular Mobilisation patrol in the Mutaybijah area on the border between Salahuddin and Diyala on Sunday night, killing three fighters, a PMF statement said."),
    ev("Iraqi F-16s struck militant hideouts in Wadi al-Shay, killing seven Islamic State members.",
       "2019-02-19", "‘on Tuesday’ before the Wednesday 2019-02-20 dateline: Tuesday 2019-02-19",
       "Wadi al-Shay", "Kirkuk", "IQ", "explosion", "Iraqi Security Forces", "Islamic State",
       7, None, None, None,
       "Iraqi F-16s struck militant hideouts in Wadi al-Shay, southwest of Kirkuk, on Tuesday, killing seven Islamic State members, the Security Media Cell said.",
       note="the military's count of enemy dead, as an official count"),
    ev("Intelligence officers arrested a suspected senior Islamic State financier in Adhamiya.",
       "2019-02-19", "‘on Tuesday’ before the Wednesday 2019-02-20 dateline: Tuesday 2019-02-19",
       "Adhamiya", "Baghdad", "IQ", "arrest", "Iraqi Security Forces", "Islamic State",
       None, None, None, None,
       "Intelligence officers arrested a man described as a senior Islamic State financier in Baghdad's Adhamiya district on Tuesday, the Interior Ministry said.",
       arrested=1),
    ev("Gunmen abducted two truffle collectors in the desert near Rutba.",
       "2019-02-16", "‘on Saturday’ before the Wednesday 2019-02-20 dateline: Saturday 2019-02-16",
       "Rutba", "Anbar", "IQ", "other", "militants (unidentified)", "civilians",
       None, None, None, None,
       "Gunmen abducted two men collecting truffles in the desert near Rutba on Saturday, local officials said. Their families have not heard from them.",
       note="abduction"),
],
figures=[
    fig("arrested", 211, "Iraq",
        "The Security Media Cell says 211 suspected militants have been arrested since the start of the year."),
    fig("fighters", 2000, "Iraq",
        "The US military estimates that Islamic State still has up to 2,000 fighters in Iraq."),
])
# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TYPES = {"battle", "explosion", "attack_on_civilians", "territory_gain", "arrest", "other"}
COUNTRIES = {"IQ", "SY", "TR"}
# first-level regions used in this set, and the country each belongs to
ADMINS = {
    "Nineveh": "IQ", "Kirkuk": "IQ", "Salahuddin": "IQ", "Anbar": "IQ", "Diyala": "IQ", "Baghdad": "IQ",
    "Aleppo": "SY", "Raqqa": "SY", "Deir ez-Zor": "SY", "Damascus": "SY", "Rif Dimashq": "SY",
    "Idlib": "SY", "Hama": "SY", "Hasakah": "SY",
    "Kilis": "TR", "Hatay": "TR", "Sanliurfa": "TR", "Gaziantep": "TR", "Istanbul": "TR",
    "Mardin": "TR", "Adana": "TR", "Ankara": "TR",
}
# actor names allowed in this set (canonical names of EVENTS.md, "<Country> security forces",
# the usual short names of armed groups, and the generic labels of news-dev/news-wide)
ACTORS = {
    "Islamic State", "Iraqi Security Forces", "Counter-Terrorism Service", "Popular Mobilization Forces",
    "Peshmerga", "US-led coalition", "Syrian Democratic Forces", "YPG", "Syrian government forces",
    "Russian forces", "Syrian rebels", "Hayat Tahrir al-Sham", "Jaysh al-Islam", "Faylaq al-Rahman",
    "Turkish Armed Forces", "Turkish security forces", "Turkish-backed Syrian rebels",
    "militants (unidentified)", "civilians", "unknown", "none", "protesters",
}
EVENT_KEYS = ["summary", "date", "date_note", "place", "admin", "country", "type", "actor1", "actor2",
              "killed", "killed_high", "wounded", "wounded_high", "evidence"]
EVENT_EXTRA = ["note", "arrested", "optional"]
FIGURE_KEYS = ["what", "value", "place", "evidence"]
FIGURE_WHATS = {"killed", "wounded", "displaced", "returned", "fighters", "civilians_trapped",
                "districts_retaken", "arrested", "other"}
# "CITY, Month D (Outlet) - " or, with a province, "CITY, Province, Month D (Outlet) - "
DATELINE_START = re.compile(r"^[A-ZÀ-Ý][A-ZÀ-Ý'’. -]*[A-ZÀ-Ý],(?: [A-Z][A-Za-z ]+,)? [A-Z][a-z]+ \d")
DATELINE = re.compile(r"^([A-ZÀ-Ý][A-ZÀ-Ý'’. -]*[A-ZÀ-Ý]),(?: [A-Z][A-Za-z ]+,)? (%s) (\d{1,2}) \(([^()]+)\) - \S"
                      % "|".join(MONTHS))
URL = re.compile(r"^https://www\.example-[a-z0-9-]+\.com/[A-Za-z0-9/._-]+$")
MIN_WORDS, MAX_WORDS = 150, 450

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def parse_date(s):
    try:
        if not isinstance(s, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
            return None
        return datetime.date.fromisoformat(s)
    except ValueError:
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
    for i, r in enumerate(REPORTS):
        rid = r["id"]
        if rid != "b28-%02d" % (i + 1):
            err(rid, f"id out of order, expected b28-{i + 1:02d}")
        pub = parse_date(r["published"])
        if pub is None:
            err(rid, f"bad published {r['published']!r}")
            continue
        if not (datetime.date(2016, 1, 1) <= pub <= datetime.date(2019, 12, 31)):
            err(rid, f"published {pub} outside 2016-2019")
        if not URL.match(r["url"]):
            err(rid, f"url not on an example- domain: {r['url']}")
        if r["url"] in urls:
            err(rid, "duplicate url")
        urls.add(r["url"])
        text = r["text"]
        if not text.strip() or "\t" in text:
            err(rid, "empty text or tab in text")
        words = len(text.split())
        if not (MIN_WORDS <= words <= MAX_WORDS):
            err(rid, f"{words} words, expected {MIN_WORDS}-{MAX_WORDS}")
        lines = text.split("\n")
        if not lines[0].strip() or DATELINE_START.match(lines[0]):
            err(rid, "first line must be a headline")
        # datelines: every line that starts like one must be well formed and name the publication date
        datelines = 0
        for ln in lines:
            if DATELINE_START.match(ln):
                m = DATELINE.match(ln)
                if not m:
                    err(rid, f"malformed dateline: {ln[:60]!r}")
                    continue
                datelines += 1
                if MONTHS.index(m.group(2)) + 1 != pub.month or int(m.group(3)) != pub.day:
                    err(rid, f"dateline {m.group(2)} {m.group(3)} does not name publication {pub}")
        if datelines != 1:
            err(rid, f"{datelines} datelines, expected exactly one")
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
            if e.get("country") not in COUNTRIES:
                err(w, f"country {e.get('country')!r} not valid for this set")
            if e.get("admin") not in ADMINS:
                err(w, f"admin {e.get('admin')!r} not a known first-level region of this set")
            elif ADMINS[e["admin"]] != e.get("country"):
                err(w, f"admin {e['admin']!r} is in {ADMINS[e['admin']]}, not {e.get('country')}")
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
        if len(r["events"]) > 5:
            err(rid, f"{len(r['events'])} events, expected at most 5")
        if not r["events"]:
            if r.get("country_hint") not in COUNTRIES:
                err(rid, "report without events needs a country_hint among the theme's countries")
            if not r["figures"]:
                err(rid, "report without events must carry figures")
        elif r.get("country_hint"):
            err(rid, "country_hint only on reports without events")
    empty = sum(not r["events"] for r in REPORTS)
    if empty != 6:
        err("set", f"{empty} reports without events, expected 6")
    hinted = Counter(r.get("country_hint") for r in REPORTS if not r["events"])
    if any(n != 2 for n in hinted.values()) or len(hinted) != 3:
        err("set", f"reports without events should be two from each of the three countries: {dict(hinted)}")
    used = {e["country"] for r in REPORTS for e in r["events"]}
    if used != COUNTRIES:
        err("set", f"countries with events {sorted(used)} differ from the theme's {sorted(COUNTRIES)}")


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
    print("by country (reports / events / optional / with killed):")
    for c, n in Counter(e["country"] for e in evs).most_common():
        sel = [e for e in evs if e["country"] == c]
        print(f"  {c}: {rep_c[c]} / {n} / {sum(bool(e.get('optional')) for e in sel)} / {sum(e['killed'] is not None for e in sel)}")
    print("actor1: " + ", ".join(f"{k} {v}" for k, v in Counter(e["actor1"] for e in evs).most_common()))
    print("actor2: " + ", ".join(f"{k} {v}" for k, v in Counter(e["actor2"] for e in evs).most_common()))


if __name__ == "__main__":
    main()
