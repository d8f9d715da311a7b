#!/usr/bin/env python3
"""probe-blind22: build docs.jsonl and gold.jsonl from the data below, after checking it.

Theme: wire copy from Syria, Iraq, Libya and Yemen (2014-2020) in which the side that acted is
told in long sentences: relative clauses, appositions, coordinated actors, 'backed by',
'loyal to', 'allied with', statements from both sides, a monitor attributing strikes, passive
voice with a late agent, and back-references ('the group', 'the jihadists', 'the militia').

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
# b22-01 .. b22-09
# ---------------------------------------------------------------------------

report("b22-01", "2019-05-28", "https://www.example-levantdesk.com/syria/2019/05/28/kafr-nabudah-counterattack-khan-sheikhun-strikes",
"""
Jihadist-led counter-attack at Kafr Nabudah kills 51; night strikes hit Khan Sheikhun

BEIRUT, May 28 (Levant Desk) - Syrian government forces, which have been pushing into the northern Hama countryside for four weeks with the backing of Russian air power, came under a fierce counter-attack on Monday from fighters of Hayat Tahrir al-Sham, the alliance led by al-Qaeda's former Syrian affiliate, and from the Turkish-backed National Liberation Front, a war monitor said.

The assault on Kafr Nabudah, a town on the front line between the two sides, began before dawn from three directions, according to the Syria Witness Observatory, a Britain-based group that relies on a network of sources inside the country. At least 29 government troops and 22 of the attackers were killed in fighting that went on into the night, the monitor said. The state news agency said the army had "thwarted an attack by terrorist groups" and killed "dozens" of them, without giving its own losses.

Overnight, warplanes that the monitor identified as Russian struck residential areas of Khan Sheikhun, a town on the main highway south of Idlib city that is held by the jihadists, killing seven civilians, two of them children, and wounding 14. Moscow, which says its aircraft hit only "terrorist" targets, made no comment.

On Sunday afternoon, rockets fired from rebel-held areas landed in Suqaylabiyah, a mainly Christian town held by the government and guarded by a militia loyal to Damascus, wounding five people, state media reported. The monitor said the rockets had been fired by Hayat Tahrir al-Sham.

"Every day they announce a truce for the civilians, and every night the planes come back," a volunteer rescue worker in Khan Sheikhun said by telephone.

According to the United Nations, more than 200,000 people have fled the fighting in northern Hama and southern Idlib since the end of April, most of them toward camps along the Turkish border.
""",
events=[
    ev("Hayat Tahrir al-Sham and the National Liberation Front counter-attacked government forces at Kafr Nabudah from three directions; the monitor counted 29 troops and 22 attackers killed.",
       "2019-05-27", "‘on Monday’ before the Tuesday 2019-05-28 dateline: Monday 2019-05-27",
       "Kafr Nabudah", "Hama", "SY", "battle", "Hayat Tahrir al-Sham", "Syrian government forces",
       51, None, None, None,
       "Syrian government forces, which have been pushing into the northern Hama countryside for four weeks with the backing of Russian air power, came under a fierce counter-attack on Monday from fighters of Hayat Tahrir al-Sham, the alliance led by al-Qaeda's former Syrian affiliate, and from the Turkish-backed National Liberation Front, a war monitor said. [...] The assault on Kafr Nabudah, a town on the front line between the two sides, began before dawn from three directions [...] At least 29 government troops and 22 of the attackers were killed in fighting that went on into the night, the monitor said.",
       note="51 = 29 government troops + 22 attackers (monitor); joint attack with the National Liberation Front, HTS named first; the state agency's 'dozens' is not used"),
    ev("Warplanes that the monitor identified as Russian struck residential areas of Khan Sheikhun overnight, killing seven civilians including two children and wounding 14.",
       "2019-05-27", "‘Overnight’ in the Tuesday 2019-05-28 report, after the fighting of Monday 2019-05-27; overnight takes the first night, Monday 2019-05-27",
       "Khan Sheikhun", "Idlib", "SY", "explosion", "Russian forces", "civilians",
       7, None, 14, None,
       "Overnight, warplanes that the monitor identified as Russian struck residential areas of Khan Sheikhun, a town on the main highway south of Idlib city that is held by the jihadists, killing seven civilians, two of them children, and wounding 14.",
       note="attributed by the monitor; Moscow made no comment (no denial)"),
    ev("Rockets fired from rebel-held areas landed in Suqaylabiyah, wounding five people; the monitor said Hayat Tahrir al-Sham fired them.",
       "2019-05-26", "‘On Sunday afternoon’ before the Tuesday 2019-05-28 dateline: Sunday 2019-05-26",
       "Suqaylabiyah", "Hama", "SY", "explosion", "Hayat Tahrir al-Sham", "civilians",
       None, None, 5, None,
       "On Sunday afternoon, rockets fired from rebel-held areas landed in Suqaylabiyah, a mainly Christian town held by the government and guarded by a militia loyal to Damascus, wounding five people, state media reported. The monitor said the rockets had been fired by Hayat Tahrir al-Sham.",
       note="passive report; agent given later by the monitor"),
],
figures=[
    fig("displaced", 200000, "northern Hama and southern Idlib",
        "more than 200,000 people have fled the fighting in northern Hama and southern Idlib since the end of April",
        note="since the end of April"),
])

report("b22-02", "2016-10-21", "https://www.example-zagrospress.com/news/2016/10/21/bashiqa-villages-bartella-fighting",
"""
Peshmerga take villages around Bashiqa as Iraqi troops fight their way into Bartella

ERBIL, October 21 (Zagros Press) - Kurdish Peshmerga forces, advancing on the eastern approaches to Mosul under cover of air strikes by the US-led coalition, took six villages around the town of Bashiqa on Thursday, the Kurdistan Region Security Council said, in the latest gains of an offensive to drive Islamic State out of Iraq's second city.

The villages, which lie north and east of Bashiqa at the foot of the mountain of the same name, fell after the militants, who had held them since the summer of 2014, sent at least five car bombs against the advancing columns, the council said in a statement. All five were destroyed before they reached their targets, by Peshmerga anti-tank missiles or by coalition aircraft, it said. A Peshmerga commander on the front told our correspondent that three of his men had been killed and 11 wounded during the day.

Further south, Iraqi army units backed by the elite Counter-Terrorism Service fought Islamic State fighters street by street in Bartella, a mostly Christian town some 15 km east of Mosul that the government forces had entered on Thursday morning. "They have snipers on the rooftops and tunnels under the houses," an army lieutenant colonel said by telephone. A medic at a field hospital behind the lines said 14 wounded soldiers had been brought in since Thursday.

Early on Friday, mortar rounds fired by the jihadists from Bashiqa hit a Peshmerga position near Nawaran, a village on the Kurdish front line to the north, wounding four fighters, a Kurdish security official said.

The United Nations says up to 1.5 million people are still living inside Mosul, and has warned that as many as 200,000 could be forced from their homes in the first weeks of the offensive.
""",
events=[
    ev("Peshmerga forces, under coalition air cover, took six villages north and east of Bashiqa after destroying at least five Islamic State car bombs; three Peshmerga killed and 11 wounded.",
       "2016-10-20", "‘on Thursday’ before the Friday 2016-10-21 dateline: Thursday 2016-10-20",
       "six villages around Bashiqa", "Nineveh", "IQ", "territory_gain", "Peshmerga", "Islamic State",
       3, None, 11, None,
       "Kurdish Peshmerga forces, advancing on the eastern approaches to Mosul under cover of air strikes by the US-led coalition, took six villages around the town of Bashiqa on Thursday [...] The villages, which lie north and east of Bashiqa at the foot of the mountain of the same name, fell after the militants, who had held them since the summer of 2014, sent at least five car bombs against the advancing columns [...] A Peshmerga commander on the front told our correspondent that three of his men had been killed and 11 wounded during the day.",
       note="the car bombs, all destroyed before reaching their targets, are part of this battle; one announcement listing six unnamed villages is one event"),
    ev("Iraqi army units backed by the Counter-Terrorism Service entered Bartella and fought Islamic State street by street; 14 wounded soldiers reached a field hospital.",
       "2016-10-20", "entered ‘on Thursday morning’, before the Friday 2016-10-21 dateline: Thursday 2016-10-20",
       "Bartella", "Nineveh", "IQ", "battle", "Iraqi Security Forces", "Islamic State",
       None, None, 14, None,
       "Further south, Iraqi army units backed by the elite Counter-Terrorism Service fought Islamic State fighters street by street in Bartella, a mostly Christian town some 15 km east of Mosul that the government forces had entered on Thursday morning. [...] A medic at a field hospital behind the lines said 14 wounded soldiers had been brought in since Thursday.",
       note="entering a town without taking it is a battle; the 14 wounded were counted 'since Thursday'"),
    ev("Mortar rounds fired by Islamic State from Bashiqa hit a Peshmerga position near Nawaran, wounding four fighters.",
       "2016-10-21", "‘Early on Friday’, the day of the Friday 2016-10-21 dateline",
       "Nawaran", "Nineveh", "IQ", "explosion", "Islamic State", "Peshmerga",
       None, None, 4, None,
       "Early on Friday, mortar rounds fired by the jihadists from Bashiqa hit a Peshmerga position near Nawaran, a village on the Kurdish front line to the north, wounding four fighters, a Kurdish security official said.",
       note="'the jihadists' refers back to Islamic State"),
],
figures=[
    fig("civilians_trapped", 1500000, "Mosul",
        "The United Nations says up to 1.5 million people are still living inside Mosul"),
])

report("b22-03", "2019-04-09", "https://www.example-maghrebwire.com/libya/2019/04/09/tajoura-strike-ain-zara-fighting",
"""
Haftar's jets strike Tajoura camp as fighting for Tripoli's southern suburbs spreads

TRIPOLI, April 9 (Maghreb Wire Service) - Warplanes of the Libyan National Army (LNA), the force commanded by Khalifa Haftar that controls most of the east and south of the country, struck a camp used by armed groups allied with the Government of National Accord (GNA) in the eastern suburb of Tajoura on Monday afternoon, killing two fighters and wounding five, a source at the suburb's hospital said.

The LNA, which announced its advance on the capital last week, said its aircraft had hit "a weapons depot of the terrorist militias". A spokesman for the UN-backed government in Tripoli called the raid "a desperate act by a war criminal".

South of the city, forces loyal to the GNA, reinforced by armed groups from Misrata and Zintan, said they had driven Haftar's fighters out of the Wadi al-Rabie area on Sunday after a night of fighting. A GNA field commander said seven of his men had been killed on Monday alone around Ain Zara, a district on the capital's southern edge where LNA units, supported by artillery, were trying to break through.

In Aziziya, a town 40 km southwest of Tripoli, fighters allied with the GNA ambushed an LNA supply convoy on Sunday evening, capturing 17 fighters and seizing five armoured vehicles, a GNA military spokesman said. The LNA, whose media office posts regular videos of its advance, did not comment on the claim.

The health ministry of the Tripoli government said 35 people, fighters and civilians, had been killed since Thursday, without saying which side they belonged to. The UN said more than 2,800 people had fled their homes in the south of the capital.
""",
events=[
    ev("LNA warplanes struck a camp of GNA-allied armed groups in Tajoura, killing two fighters and wounding five.",
       "2019-04-08", "‘on Monday afternoon’ before the Tuesday 2019-04-09 dateline: Monday 2019-04-08",
       "Tajoura", "Tripoli", "LY", "explosion", "Libyan National Army", "Government of National Accord forces",
       2, None, 5, None,
       "Warplanes of the Libyan National Army (LNA), the force commanded by Khalifa Haftar that controls most of the east and south of the country, struck a camp used by armed groups allied with the Government of National Accord (GNA) in the eastern suburb of Tajoura on Monday afternoon, killing two fighters and wounding five, a source at the suburb's hospital said."),
    ev("GNA forces, reinforced by Misrata and Zintan armed groups, drove Haftar's fighters out of the Wadi al-Rabie area after a night of fighting.",
       "2019-04-07", "‘on Sunday’ before the Tuesday 2019-04-09 dateline: Sunday 2019-04-07",
       "Wadi al-Rabie", "Tripoli", "LY", "territory_gain", "Government of National Accord forces", "Libyan National Army",
       None, None, None, None,
       "South of the city, forces loyal to the GNA, reinforced by armed groups from Misrata and Zintan, said they had driven Haftar's fighters out of the Wadi al-Rabie area on Sunday after a night of fighting.",
       note="claimed by the GNA side; 'Haftar's fighters' are the LNA"),
    ev("LNA units supported by artillery tried to break through around Ain Zara; a GNA commander said seven of his men were killed.",
       "2019-04-08", "‘on Monday alone’ before the Tuesday 2019-04-09 dateline: Monday 2019-04-08",
       "Ain Zara", "Tripoli", "LY", "battle", "Libyan National Army", "Government of National Accord forces",
       7, None, None, None,
       "A GNA field commander said seven of his men had been killed on Monday alone around Ain Zara, a district on the capital's southern edge where LNA units, supported by artillery, were trying to break through.",
       note="the LNA is the attacking side; only GNA losses given"),
    ev("GNA-allied fighters ambushed an LNA supply convoy at Aziziya, capturing 17 fighters and five armoured vehicles.",
       "2019-04-07", "‘on Sunday evening’ before the Tuesday 2019-04-09 dateline: Sunday 2019-04-07",
       "Aziziya", "Jafara", "LY", "battle", "Government of National Accord forces", "Libyan National Army",
       None, None, None, None,
       "In Aziziya, a town 40 km southwest of Tripoli, fighters allied with the GNA ambushed an LNA supply convoy on Sunday evening, capturing 17 fighters and seizing five armoured vehicles, a GNA military spokesman said.",
       note="17 LNA fighters captured in the ambush; not confirmed by the LNA"),
],
figures=[
    fig("killed", 35, "Tripoli",
        "The health ministry of the Tripoli government said 35 people, fighters and civilians, had been killed since Thursday",
        note="running toll since Thursday, all sides"),
    fig("displaced", 2800, "south of Tripoli",
        "The UN said more than 2,800 people had fled their homes in the south of the capital."),
])

report("b22-04", "2018-06-20", "https://www.example-gulfofadenpress.com/yemen/2018/06/20/hodeidah-airport-control-disputed",
"""
Coalition-backed forces say they hold Hodeidah airport; Houthis say battle goes on

ADEN, June 20 (Gulf of Aden Press) - Yemeni forces backed by the Saudi-led coalition, among them the Giants Brigades, a largely southern force trained and paid by the United Arab Emirates, said they had taken full control of Hodeidah airport, on the southern edge of the Red Sea port city, on Tuesday morning, a week after launching an offensive to wrest the city from the Houthi movement.

A spokesman for the Houthis, who are aligned with Iran and have held Hodeidah since 2014, denied that the airport had fallen and said their fighters were "still inside the compound and inflicting heavy losses on the invaders and their mercenaries". Residents reached by telephone said gunfire and explosions could still be heard around the perimeter on Tuesday evening.

A military source in the coalition-backed forces said 18 of their fighters had been killed in the battle for the airport since Saturday, and that Houthi losses were far heavier. The figures could not be independently verified.

Earlier on Tuesday, an air strike hit a pick-up truck carrying a family fleeing the fighting on the road south of the city near Bayt al-Faqih, killing six of its members, a medic at the town's hospital said. He said the aircraft belonged to the coalition, which said it was looking into the report.

The Houthis said on Tuesday that their fighters had ambushed a column of "aggression forces" in al-Durayhimi district, south of the city, on Monday night and destroyed four armoured vehicles. The coalition-backed forces did not comment.

The United Nations says some 5,200 families have fled their homes in Hodeidah governorate since the start of June, and that about 600,000 people are still living in the city.
""",
events=[
    ev("Coalition-backed Yemeni forces, among them the UAE-backed Giants Brigades, said they took full control of Hodeidah airport; the Houthis denied it; 18 pro-government fighters killed in the battle since Saturday.",
       "2018-06-19", "‘on Tuesday morning’ before the Wednesday 2018-06-20 dateline: Tuesday 2018-06-19",
       "Hodeidah airport", "Hodeidah", "YE", "territory_gain", "Yemeni government forces", "Houthis",
       18, None, None, None,
       "Yemeni forces backed by the Saudi-led coalition, among them the Giants Brigades, a largely southern force trained and paid by the United Arab Emirates, said they had taken full control of Hodeidah airport, on the southern edge of the Red Sea port city, on Tuesday morning [...] A military source in the coalition-backed forces said 18 of their fighters had been killed in the battle for the airport since Saturday",
       note="Giants Brigades counted with Yemeni government forces; the Houthis deny the airport fell; the 18 dead are for the battle since Saturday 2018-06-16, Houthi losses not given"),
    ev("An air strike hit a pick-up truck carrying a fleeing family on the road near Bayt al-Faqih, killing six; a medic said the aircraft was the coalition's.",
       "2018-06-19", "‘Earlier on Tuesday’ in the Wednesday 2018-06-20 report: Tuesday 2018-06-19",
       "road near Bayt al-Faqih", "Hodeidah", "YE", "explosion", "Saudi-led coalition", "civilians",
       6, None, None, None,
       "Earlier on Tuesday, an air strike hit a pick-up truck carrying a family fleeing the fighting on the road south of the city near Bayt al-Faqih, killing six of its members, a medic at the town's hospital said. He said the aircraft belonged to the coalition",
       note="passive report; the agent is given in the next sentence; the coalition is looking into it (no denial)"),
    ev("The Houthis said their fighters ambushed a column of pro-government forces in al-Durayhimi district and destroyed four armoured vehicles.",
       "2018-06-18", "‘on Monday night’ before the Wednesday 2018-06-20 dateline: Monday 2018-06-18",
       "al-Durayhimi", "Hodeidah", "YE", "battle", "Houthis", "Yemeni government forces",
       None, None, None, None,
       "The Houthis said on Tuesday that their fighters had ambushed a column of \"aggression forces\" in al-Durayhimi district, south of the city, on Monday night and destroyed four armoured vehicles.",
       note="Houthi claim only; 'aggression forces' are the coalition-backed forces"),
],
figures=[
    fig("displaced", 5200, "Hodeidah governorate",
        "The United Nations says some 5,200 families have fled their homes in Hodeidah governorate since the start of June",
        note="families, not people"),
    fig("other", 600000, "Hodeidah",
        "about 600,000 people are still living in the city",
        note="population still in the city"),
])

report("b22-05", "2019-10-14", "https://www.example-borderpostdaily.com/en/2019/10/14/ras-al-ain-akcakale-mortars",
"""
Turkish troops and allied Syrian fighters push into Ras al-Ain; mortar fire kills two in Akcakale

AKCAKALE, October 14 (Border Post Daily) - Turkish troops and their Syrian rebel allies of the Syrian National Army (SNA), the Ankara-backed umbrella of factions that has led the ground push, entered the centre of the border town of Ras al-Ain on Saturday, the Turkish defence ministry said, on the fourth day of an offensive against the Kurdish-led Syrian Democratic Forces (SDF).

The Syria Witness Observatory, a Britain-based war monitor, said 22 SDF fighters and 16 fighters of the Turkish-backed factions had been killed in Saturday's fighting for the town. The SDF, whose backbone is the Kurdish YPG militia that Ankara regards as a terrorist group, said its fighters were still holding the southern and eastern neighbourhoods, and that they had launched a counter-attack on Sunday in the industrial zone on the town's eastern side. The monitor said at least nine SNA fighters had been killed in the counter-attack.

On Sunday afternoon, a drone hit a pick-up truck on the road near Tal Tamr, some 40 km to the southeast, killing four civilians, according to the monitor, which said the drone was Turkish. The Turkish defence ministry said its operations targeted "only terrorists" and that every precaution was being taken to protect civilians.

Across the border, two people were killed and eight wounded in Akcakale when mortar shells fired from the Syrian side landed in a residential street on Saturday evening, the Sanliurfa governor's office said, blaming the YPG. An SDF spokesman denied that its forces had fired at Turkish towns and accused Ankara of "inventing pretexts".

The United Nations says more than 160,000 people have been displaced in northeast Syria since the offensive began on Wednesday.
""",
events=[
    ev("Turkish troops and their SNA allies entered the centre of Ras al-Ain; the monitor counted 22 SDF and 16 SNA fighters killed in the day's fighting.",
       "2019-10-12", "‘on Saturday’ before the Monday 2019-10-14 dateline: Saturday 2019-10-12",
       "Ras al-Ain", "Hasakah", "SY", "battle", "Turkish Armed Forces", "Syrian Democratic Forces",
       38, None, None, None,
       "Turkish troops and their Syrian rebel allies of the Syrian National Army (SNA), the Ankara-backed umbrella of factions that has led the ground push, entered the centre of the border town of Ras al-Ain on Saturday [...] The Syria Witness Observatory, a Britain-based war monitor, said 22 SDF fighters and 16 fighters of the Turkish-backed factions had been killed in Saturday's fighting for the town.",
       note="38 = 22 SDF + 16 SNA (monitor); coordinated actor, Turkish troops named first, with the SNA; entering the centre without taking the town is a battle"),
    ev("The SDF counter-attacked SNA fighters in the industrial zone on the eastern side of Ras al-Ain; at least nine SNA fighters killed.",
       "2019-10-13", "‘on Sunday’ before the Monday 2019-10-14 dateline: Sunday 2019-10-13",
       "industrial zone, Ras al-Ain", "Hasakah", "SY", "battle", "Syrian Democratic Forces", "Syrian National Army",
       9, None, None, None,
       "they had launched a counter-attack on Sunday in the industrial zone on the town's eastern side. The monitor said at least nine SNA fighters had been killed in the counter-attack.",
       note="'they' refers back to the SDF fighters"),
    ev("A drone that the monitor said was Turkish hit a pick-up truck on the road near Tal Tamr, killing four civilians.",
       "2019-10-13", "‘On Sunday afternoon’ before the Monday 2019-10-14 dateline: Sunday 2019-10-13",
       "road near Tal Tamr", "Hasakah", "SY", "explosion", "Turkish Armed Forces", "civilians",
       4, None, None, None,
       "On Sunday afternoon, a drone hit a pick-up truck on the road near Tal Tamr, some 40 km to the southeast, killing four civilians, according to the monitor, which said the drone was Turkish.",
       note="attributed by the monitor; Ankara's general statement is not a denial of this strike"),
    ev("Mortar shells fired from Syria landed in a residential street in Akcakale, killing two and wounding eight; Turkey blamed the YPG, the SDF denied it.",
       "2019-10-12", "‘on Saturday evening’ before the Monday 2019-10-14 dateline: Saturday 2019-10-12",
       "Akcakale", "Sanliurfa", "TR", "explosion", "unknown", "civilians",
       2, None, 8, None,
       "Across the border, two people were killed and eight wounded in Akcakale when mortar shells fired from the Syrian side landed in a residential street on Saturday evening, the Sanliurfa governor's office said, blaming the YPG. An SDF spokesman denied that its forces had fired at Turkish towns",
       note="blamed on the YPG by Turkish officials, denied by the SDF: disputed"),
],
figures=[
    fig("displaced", 160000, "northeast Syria",
        "more than 160,000 people have been displaced in northeast Syria since the offensive began on Wednesday",
        note="since Wednesday 2019-10-09"),
])

report("b22-06", "2018-09-18", "https://www.example-eurasiadesk.com/world/2018/09/18/idlib-buffer-zone-deal",
"""
Russia and Turkey agree buffer zone for Idlib, putting off an assault for now

SOCHI, September 18 (Eurasia Desk) - Russia and Turkey agreed on Monday to set up a demilitarised zone between government forces and rebels in Syria's Idlib province, a deal that appears to have put off, at least for now, a full-scale offensive by Damascus and its allies on the last major stronghold of the armed opposition.

Under the agreement, reached after four hours of talks at the Black Sea resort, a zone 15 to 20 km deep is to be cleared of tanks, rocket launchers, artillery and mortars by October 10, and "radical groups", among them the jihadist alliance Hayat Tahrir al-Sham, will have to leave it by October 15. Turkish troops and Russian military police are to patrol the zone.

Turkey, which backs several rebel factions and has 12 military observation posts around Idlib, had warned that an all-out assault would cause a humanitarian catastrophe and send a new wave of refugees toward its border. About three million people live in the province and adjoining parts of Hama, Aleppo and Latakia, half of them displaced from other parts of the country, according to the United Nations.

The National Liberation Front, the main coalition of Turkish-backed rebels, said it welcomed the deal but would "keep our fingers on the trigger". Hayat Tahrir al-Sham, whose fighters Western officials put at around 10,000, made no immediate comment. The group, formerly known as the Nusra Front, has in the past rejected any arrangement that would require it to disarm.

Damascus said it would keep fighting "terrorism" until every inch of Syria was liberated. Russian officials said there would be no military operation in Idlib as long as the deal held.

Aid agencies, which had been preparing for the flight of up to 800,000 people, called the agreement "a breathing space, not a solution".
""",
country_hint="SY",
figures=[
    fig("other", 12, "Idlib",
        "Turkey, which backs several rebel factions and has 12 military observation posts around Idlib",
        note="Turkish observation posts"),
    fig("other", 3000000, "Idlib province and adjoining parts of Hama, Aleppo and Latakia",
        "About three million people live in the province and adjoining parts of Hama, Aleppo and Latakia, half of them displaced from other parts of the country",
        note="population, half of them displaced"),
    fig("fighters", 10000, "Idlib",
        "Hayat Tahrir al-Sham, whose fighters Western officials put at around 10,000"),
])

report("b22-07", "2017-10-21", "https://www.example-mesopotamianews.com/iraq/2017/10/21/altun-kupri-peshmerga-clash-tuz",
"""
Iraqi forces take Altun Kupri after clash with Peshmerga; Kurdish homes torched in Tuz

KIRKUK, October 21 (Mesopotamia News Service) - Iraqi forces, backed by fighters of the Popular Mobilization Forces, the mostly Shi'ite paramilitary umbrella that answers formally to the prime minister, fought Kurdish Peshmerga for several hours on Friday around Altun Kupri, the last town in Kirkuk province held by the Kurds, before taking control of it, Iraqi and Kurdish officials said.

A statement from the Joint Operations Command in Baghdad said government forces had "imposed security" over the town, which sits on the road between Kirkuk and Erbil, after the Peshmerga withdrew across the Lesser Zab river. The Kurdistan Region's security council said its fighters had destroyed four Humvees and accused the attackers of using US-supplied tanks and artillery. A Peshmerga officer said two of his men had been killed and nine wounded; the Iraqi side gave no casualty figures.

In Tuz Khurmatu, a mixed town of Turkmen, Kurds and Arabs in neighbouring Salahuddin province, at least 150 houses belonging to Kurdish families were looted and set on fire this week by men wearing the uniforms of Turkmen units of the Hashd, a local Kurdish official said. A spokesman for the Turkmen brigades called the accusation "fabricated" and blamed "outlaws who exploit the chaos".

Late on Thursday, a roadside bomb struck a federal police patrol near Daquq, south of Kirkuk, killing one policeman and wounding two, police said. They blamed Islamic State, whose militants remain active in the villages between Daquq and the Hamrin hills.

According to the Kurdistan Region's interior ministry, more than 100,000 people have fled Kirkuk and Tuz Khurmatu for Erbil and Sulaimaniya since the start of the week.
""",
events=[
    ev("Iraqi forces backed by the Popular Mobilization Forces fought the Peshmerga for several hours around Altun Kupri and took the town after the Peshmerga withdrew; two Peshmerga killed and nine wounded.",
       "2017-10-20", "‘on Friday’ before the Saturday 2017-10-21 dateline: Friday 2017-10-20",
       "Altun Kupri", "Kirkuk", "IQ", "territory_gain", "Iraqi Security Forces", "Peshmerga",
       2, None, 9, None,
       "Iraqi forces, backed by fighters of the Popular Mobilization Forces, the mostly Shi'ite paramilitary umbrella that answers formally to the prime minister, fought Kurdish Peshmerga for several hours on Friday around Altun Kupri, the last town in Kirkuk province held by the Kurds, before taking control of it [...] A Peshmerga officer said two of his men had been killed and nine wounded; the Iraqi side gave no casualty figures.",
       note="with the PMF; a clash that ends in a capture is one territory_gain event"),
    ev("At least 150 Kurdish houses in Tuz Khurmatu were looted and set on fire this week; a Kurdish official blamed men in Turkmen Hashd uniforms, and the Turkmen brigades denied it.",
       None, "‘this week’ in the Saturday 2017-10-21 report; no day given",
       "Tuz Khurmatu", "Salahuddin", "IQ", "other", "unknown", "civilians",
       None, None, None, None,
       "In Tuz Khurmatu, a mixed town of Turkmen, Kurds and Arabs in neighbouring Salahuddin province, at least 150 houses belonging to Kurdish families were looted and set on fire this week by men wearing the uniforms of Turkmen units of the Hashd, a local Kurdish official said. A spokesman for the Turkmen brigades called the accusation \"fabricated\"",
       note="looting and arson of houses; blamed on Turkmen Hashd units by a Kurdish official, denied by them: disputed"),
    ev("A roadside bomb struck a federal police patrol near Daquq, killing one policeman and wounding two; police blamed Islamic State.",
       "2017-10-19", "‘Late on Thursday’ before the Saturday 2017-10-21 dateline: Thursday 2017-10-19",
       "near Daquq", "Kirkuk", "IQ", "explosion", "Islamic State", "Iraqi Security Forces",
       1, None, 2, None,
       "Late on Thursday, a roadside bomb struck a federal police patrol near Daquq, south of Kirkuk, killing one policeman and wounding two, police said. They blamed Islamic State",
       note="blamed by police, no denial"),
],
figures=[
    fig("displaced", 100000, "Kirkuk and Tuz Khurmatu",
        "more than 100,000 people have fled Kirkuk and Tuz Khurmatu for Erbil and Sulaimaniya since the start of the week"),
])

report("b22-08", "2016-08-23", "https://www.example-sidranews.com/libya/2016/08/23/sirte-jiza-bahriya-suicide-car-bomb",
"""
Misrata brigades take most of Sirte seafront district; suicide bomber hits checkpoint

MISRATA, August 23 (Sidra News) - Forces allied with Libya's UN-backed Government of National Accord (GNA), most of them brigades from the city of Misrata that have fought Islamic State in Sirte since May, said on Monday they had taken most of the al-Jiza al-Bahriya district, on the city's seafront, in fighting on Sunday that killed nine of their fighters.

The media office of the campaign, which the GNA calls Bunyan al-Marsous, said the militants, who once controlled some 250 km of coastline around the city, were now confined to "less than three square kilometres" of it.

The group hit back on Monday morning, when a suicide bomber drove a car packed with explosives into a Bunyan al-Marsous checkpoint on the coastal road west of the city, killing four fighters and wounding 21, a spokesman for Misrata's central hospital said. Islamic State's Amaq agency said the attack had killed "more than 30 apostates".

US aircraft, which have been striking Islamic State targets in Sirte since the start of the month at the request of the GNA, carried out seven strikes in the city on Sunday, US Africa Command said, bringing the total to 57. It did not give casualty figures.

According to the hospital, more than 350 pro-GNA fighters have been killed and some 1,800 wounded since the campaign began in May.
""",
events=[
    ev("GNA-allied Misrata brigades took most of the al-Jiza al-Bahriya district of Sirte from Islamic State; nine of their fighters killed.",
       "2016-08-21", "fighting ‘on Sunday’, announced on Monday 2016-08-22, before the Tuesday 2016-08-23 dateline: Sunday 2016-08-21",
       "al-Jiza al-Bahriya, Sirte", "Sirte", "LY", "territory_gain", "Government of National Accord forces", "Islamic State",
       9, None, None, None,
       "Forces allied with Libya's UN-backed Government of National Accord (GNA), most of them brigades from the city of Misrata that have fought Islamic State in Sirte since May, said on Monday they had taken most of the al-Jiza al-Bahriya district, on the city's seafront, in fighting on Sunday that killed nine of their fighters."),
    ev("An Islamic State suicide car bomber hit a Bunyan al-Marsous checkpoint on the coastal road west of Sirte, killing four fighters and wounding 21.",
       "2016-08-22", "‘on Monday morning’ before the Tuesday 2016-08-23 dateline: Monday 2016-08-22",
       "coastal road west of Sirte", "Sirte", "LY", "explosion", "Islamic State", "Government of National Accord forces",
       4, None, 21, None,
       "The group hit back on Monday morning, when a suicide bomber drove a car packed with explosives into a Bunyan al-Marsous checkpoint on the coastal road west of the city, killing four fighters and wounding 21, a spokesman for Misrata's central hospital said.",
       note="'The group' refers back to Islamic State; Amaq's 'more than 30' is the attackers' claim and is not used"),
    ev("US aircraft carried out seven strikes on Islamic State targets in Sirte.",
       "2016-08-21", "‘on Sunday’ before the Tuesday 2016-08-23 dateline: Sunday 2016-08-21",
       "Sirte", "Sirte", "LY", "explosion", "US forces", "Islamic State",
       None, None, None, None,
       "US aircraft, which have been striking Islamic State targets in Sirte since the start of the month at the request of the GNA, carried out seven strikes in the city on Sunday, US Africa Command said",
       note="US Africa Command, not the US-led coalition of Iraq and Syria"),
],
figures=[
    fig("other", 57, "Sirte",
        "carried out seven strikes in the city on Sunday, US Africa Command said, bringing the total to 57",
        note="US strikes since the start of August"),
    fig("killed", 350, "Sirte",
        "more than 350 pro-GNA fighters have been killed and some 1,800 wounded since the campaign began in May"),
    fig("wounded", 1800, "Sirte",
        "more than 350 pro-GNA fighters have been killed and some 1,800 wounded since the campaign began in May"),
])

report("b22-09", "2016-07-19", "https://www.example-adenchronicle.com/news/2016/07/19/zinjibar-advance-buraiqa-camp-bombing",
"""
Troops reach outskirts of AQAP-held Zinjibar; suicide bomber hits army camp in Aden

ADEN, July 19 (Aden Chronicle) - Yemeni soldiers and fighters of the Security Belt, a force of southern volunteers set up and funded by the United Arab Emirates, advanced into the outskirts of Zinjibar, the capital of Abyan province, on Sunday, in an operation to retake the town from al-Qaeda in the Arabian Peninsula (AQAP), military officials said.

The ground troops, supported by Apache helicopters of the Saudi-led coalition, reached the eastern entrance of the town after clashes that lasted most of the day. Four soldiers were killed and 10 wounded, and at least 12 of the militants were killed, a commander of the operation said. AQAP, which has held Zinjibar and the nearby town of Jaar since December, said in a statement that its fighters had "broken the crusaders' agents".

On Monday morning, a suicide bomber drove a car packed with explosives into the gate of an army camp in the Buraiqa district of Aden, killing nine soldiers and wounding 17, security officials said. The attacker also died. Hours later Islamic State, which has competed with AQAP for recruits in the south, claimed the bombing through its Amaq agency.

In Lahij province, north of Aden, gunmen on a motorcycle shot dead an intelligence officer outside his home in the provincial capital al-Houta on Saturday evening, a security source said. No group has claimed the killing, the latest in a string of assassinations of security officials in the south.

The governor of Abyan said some 3,000 families had fled Zinjibar and Jaar since the start of the year, most of them to Aden.
""",
events=[
    ev("Yemeni soldiers and UAE-funded Security Belt fighters, with coalition helicopter support, advanced into the outskirts of AQAP-held Zinjibar; four soldiers and at least 12 militants killed, 10 soldiers wounded.",
       "2016-07-17", "‘on Sunday’ before the Tuesday 2016-07-19 dateline: Sunday 2016-07-17",
       "outskirts of Zinjibar", "Abyan", "YE", "battle", "Yemeni government forces", "AQAP",
       16, None, 10, None,
       "Yemeni soldiers and fighters of the Security Belt, a force of southern volunteers set up and funded by the United Arab Emirates, advanced into the outskirts of Zinjibar, the capital of Abyan province, on Sunday, in an operation to retake the town from al-Qaeda in the Arabian Peninsula (AQAP), military officials said. [...] Four soldiers were killed and 10 wounded, and at least 12 of the militants were killed, a commander of the operation said.",
       note="16 = 4 soldiers + 12 militants (commander); Security Belt counted with government forces; reaching the outskirts without taking the town is a battle"),
    ev("A suicide car bomber rammed the gate of an army camp in Buraiqa, Aden, killing nine soldiers and wounding 17; Islamic State claimed it.",
       "2016-07-18", "‘On Monday morning’ before the Tuesday 2016-07-19 dateline: Monday 2016-07-18",
       "army camp in Buraiqa", "Aden", "YE", "explosion", "Islamic State", "Yemeni government forces",
       10, None, 17, None,
       "On Monday morning, a suicide bomber drove a car packed with explosives into the gate of an army camp in the Buraiqa district of Aden, killing nine soldiers and wounding 17, security officials said. The attacker also died. Hours later Islamic State, which has competed with AQAP for recruits in the south, claimed the bombing through its Amaq agency.",
       note="10 = 9 soldiers + the bomber; the agent is given by the later claim"),
    ev("Gunmen on a motorcycle shot dead an intelligence officer outside his home in al-Houta; nobody claimed it.",
       "2016-07-16", "‘on Saturday evening’ before the Tuesday 2016-07-19 dateline: Saturday 2016-07-16",
       "al-Houta", "Lahij", "YE", "other", "militants (unidentified)", "Yemeni government forces",
       1, None, None, None,
       "In Lahij province, north of Aden, gunmen on a motorcycle shot dead an intelligence officer outside his home in the provincial capital al-Houta on Saturday evening, a security source said. No group has claimed the killing",
       note="assassination of an officer"),
],
figures=[
    fig("displaced", 3000, "Zinjibar and Jaar",
        "some 3,000 families had fled Zinjibar and Jaar since the start of the year",
        note="families, not people"),
])

# ---------------------------------------------------------------------------
# b22-10 .. b22-18
# ---------------------------------------------------------------------------

report("b22-10", "2017-07-12", "https://www.example-euphrateswire.com/syria/2017/07/12/raqqa-hisham-district-badu-strike",
"""
US-backed fighters take Raqqa district; monitor says coalition strike killed 12 civilians

AIN ISSA, July 12 (Euphrates Wire) - Fighters of the Syrian Democratic Forces (SDF), an alliance of Kurdish and Arab militias dominated by the Kurdish YPG, took control of the Hisham bin Abdul Malik district, south of Raqqa's Old City, on Tuesday after a week of fighting with Islamic State, the alliance said.

The Syria Witness Observatory, a Britain-based war monitor, said 11 SDF fighters and at least 26 militants had been killed in the district since Sunday.

Overnight on Monday, an air strike that the monitor attributed to the US-led coalition hit a four-storey building in the al-Badu neighbourhood, killing 12 civilians, among them four children. The coalition, which says it takes every precaution to avoid harming civilians, said it would assess the report.

Islamic State, which has held Raqqa since early 2014 and proclaimed it the capital of its "caliphate", said through its Amaq news agency that two of its suicide bombers had struck SDF fighters in the Mashlab district on Monday, killing "more than 30". The SDF said one of the attackers had been shot dead before he could detonate his explosives and that the other had blown himself up at a checkpoint, killing two of its fighters.

The United Nations estimates that between 20,000 and 50,000 civilians remain trapped inside the city, where the militants, believed to number around 2,500, have planted mines and booby traps along the main roads.
""",
events=[
    ev("SDF fighters took the Hisham bin Abdul Malik district south of Raqqa's Old City from Islamic State; the monitor counted 11 SDF and 26 militants killed there since Sunday.",
       "2017-07-11", "‘on Tuesday’ before the Wednesday 2017-07-12 dateline: Tuesday 2017-07-11",
       "Hisham bin Abdul Malik district, Raqqa", "Raqqa", "SY", "territory_gain", "Syrian Democratic Forces", "Islamic State",
       37, None, None, None,
       "Fighters of the Syrian Democratic Forces (SDF), an alliance of Kurdish and Arab militias dominated by the Kurdish YPG, took control of the Hisham bin Abdul Malik district, south of Raqqa's Old City, on Tuesday after a week of fighting with Islamic State, the alliance said. [...] The Syria Witness Observatory, a Britain-based war monitor, said 11 SDF fighters and at least 26 militants had been killed in the district since Sunday.",
       note="37 = 11 SDF + 26 militants (monitor), counted since Sunday 2017-07-09 in the fight for the district"),
    ev("An air strike that the monitor attributed to the US-led coalition hit a four-storey building in al-Badu, killing 12 civilians including four children.",
       "2017-07-10", "‘Overnight on Monday’ before the Wednesday 2017-07-12 dateline; overnight takes the first night, Monday 2017-07-10",
       "al-Badu, Raqqa", "Raqqa", "SY", "explosion", "US-led coalition", "civilians",
       12, None, None, None,
       "Overnight on Monday, an air strike that the monitor attributed to the US-led coalition hit a four-storey building in the al-Badu neighbourhood, killing 12 civilians, among them four children.",
       note="attributed by the monitor; the coalition will assess the report (no denial)"),
    ev("Two Islamic State suicide bombers attacked SDF fighters in Mashlab: one was shot dead, the other blew himself up at a checkpoint, killing two SDF fighters.",
       "2017-07-10", "‘on Monday’ before the Wednesday 2017-07-12 dateline: Monday 2017-07-10",
       "Mashlab, Raqqa", "Raqqa", "SY", "explosion", "Islamic State", "Syrian Democratic Forces",
       4, None, None, None,
       "said through its Amaq news agency that two of its suicide bombers had struck SDF fighters in the Mashlab district on Monday, killing \"more than 30\". The SDF said one of the attackers had been shot dead before he could detonate his explosives and that the other had blown himself up at a checkpoint, killing two of its fighters.",
       note="4 = 2 SDF fighters + 2 attackers (SDF account); the Amaq claim of 'more than 30' is not used"),
],
figures=[
    fig("civilians_trapped", 20000, "Raqqa",
        "The United Nations estimates that between 20,000 and 50,000 civilians remain trapped inside the city",
        note="20,000 to 50,000"),
    fig("fighters", 2500, "Raqqa",
        "the militants, believed to number around 2,500",
        note="Islamic State fighters in Raqqa"),
])

report("b22-11", "2015-11-26", "https://www.example-tigrispress.com/iraq/2015/11/26/ramadi-tamim-karmah-bombing",
"""
Iraqi forces retake Ramadi district; suicide bomber hits Hashd fighters near Karmah

BAGHDAD, November 26 (Tigris Press) - Iraqi army units and the elite Counter-Terrorism Service, supported by air strikes from the US-led coalition, recaptured the district of al-Tamim on the southwestern edge of Ramadi on Tuesday, a spokesman for the Joint Operations Command said, tightening the noose on the Islamic State fighters who have held the capital of Anbar province since May.

The spokesman said 14 militants had been killed in the operation and that engineers were clearing dozens of roadside bombs and booby-trapped houses left behind by the group. He did not give the army's own losses.

The jihadists struck back on Wednesday, when a suicide bomber drove an explosives-laden Humvee into a gathering of fighters of the Popular Mobilization Forces, the mainly Shi'ite volunteer units fighting alongside the army, near the town of Karmah, northeast of Fallujah. Six fighters were killed and 13 wounded, a Hashd commander said. Islamic State claimed the attack in an online statement, saying it had killed "dozens of the rejectionist militia".

In Abu Ghraib, on the western outskirts of Baghdad, police and army troops detained eight men suspected of belonging to the group in a dawn raid on Wednesday, the Baghdad Operations Command said. It said weapons and explosive belts had been found in one of the houses.

According to the ministry of displacement and migration, about 10,000 families have fled the outskirts of Ramadi since the operation to retake the city began in July. Military officials estimate that between 600 and 1,000 militants remain inside.
""",
events=[
    ev("Iraqi army units and the Counter-Terrorism Service, with coalition air support, recaptured al-Tamim on the southwestern edge of Ramadi; 14 militants killed.",
       "2015-11-24", "‘on Tuesday’ before the Thursday 2015-11-26 dateline: Tuesday 2015-11-24",
       "al-Tamim, Ramadi", "Anbar", "IQ", "territory_gain", "Iraqi Security Forces", "Islamic State",
       14, None, None, None,
       "Iraqi army units and the elite Counter-Terrorism Service, supported by air strikes from the US-led coalition, recaptured the district of al-Tamim on the southwestern edge of Ramadi on Tuesday [...] The spokesman said 14 militants had been killed in the operation",
       note="army and CTS; the army's own losses not given"),
    ev("An Islamic State suicide bomber drove an explosives-laden Humvee into a gathering of Popular Mobilization fighters near Karmah, killing six and wounding 13.",
       "2015-11-25", "‘on Wednesday’ before the Thursday 2015-11-26 dateline: Wednesday 2015-11-25",
       "near Karmah", "Anbar", "IQ", "explosion", "Islamic State", "Popular Mobilization Forces",
       6, None, 13, None,
       "The jihadists struck back on Wednesday, when a suicide bomber drove an explosives-laden Humvee into a gathering of fighters of the Popular Mobilization Forces, the mainly Shi'ite volunteer units fighting alongside the army, near the town of Karmah, northeast of Fallujah. Six fighters were killed and 13 wounded, a Hashd commander said. Islamic State claimed the attack",
       note="'The jihadists' refers back to Islamic State; its claim of 'dozens' is not used"),
    ev("Police and army troops detained eight suspected Islamic State members in a dawn raid in Abu Ghraib.",
       "2015-11-25", "‘in a dawn raid on Wednesday’ before the Thursday 2015-11-26 dateline: Wednesday 2015-11-25",
       "Abu Ghraib", "Baghdad", "IQ", "arrest", "Iraqi Security Forces", "Islamic State",
       None, None, None, None,
       "In Abu Ghraib, on the western outskirts of Baghdad, police and army troops detained eight men suspected of belonging to the group in a dawn raid on Wednesday",
       arrested=8),
],
figures=[
    fig("displaced", 10000, "outskirts of Ramadi",
        "about 10,000 families have fled the outskirts of Ramadi since the operation to retake the city began in July",
        note="families, not people"),
    fig("fighters", 600, "Ramadi",
        "Military officials estimate that between 600 and 1,000 militants remain inside.",
        note="600 to 1,000"),
])

report("b22-12", "2016-11-27", "https://www.example-baghdadobserver.com/politics/2016/11/27/parliament-hashd-law",
"""
Parliament votes to make the Hashd a permanent force; Sunni blocs walk out

BAGHDAD, November 27 (Baghdad Observer) - Iraq's parliament on Saturday passed a law that turns the Popular Mobilization Forces, the mostly Shi'ite paramilitary groups formed in 2014 to fight Islamic State, into a permanent security body under the command of the prime minister, in a session boycotted by the main Sunni blocs.

The law gives the Hashd, as the forces are known, the same status, salaries and pensions as the army, and places them outside the defence and interior ministries. Its supporters say it rewards the volunteers who answered the call to arms when the jihadists swept across the north and west of the country two years ago and came within reach of Baghdad.

"These are the men who liberated Tikrit, Baiji and Fallujah with their blood," a lawmaker from the ruling alliance said after the vote. Sunni lawmakers said the law would entrench armed factions loyal to political parties and to Iran, and accused some of them of abuses against civilians in areas retaken from Islamic State.

The Hashd say they have around 110,000 fighters on their payroll, among them some 25,000 Sunni tribesmen. Their leaders say more than 7,000 of their fighters have been killed since 2014.

Several Hashd brigades are taking part in the offensive on Mosul, where they have been given the task of cutting the roads west of the city toward the Syrian border, while the army and the Counter-Terrorism Service fight inside the city. The United States, which leads the international coalition against Islamic State, has said it will not provide air support to the paramilitary units.
""",
country_hint="IQ",
figures=[
    fig("fighters", 110000, "Iraq",
        "The Hashd say they have around 110,000 fighters on their payroll"),
    fig("fighters", 25000, "Iraq",
        "among them some 25,000 Sunni tribesmen",
        note="Sunni tribesmen among the Hashd"),
    fig("killed", 7000, "Iraq",
        "Their leaders say more than 7,000 of their fighters have been killed since 2014.",
        note="Hashd fighters killed since 2014"),
])

report("b22-13", "2019-08-30", "https://www.example-arabianseawire.com/yemen/2019/08/30/shuqra-arish-emirati-strikes",
"""
Government troops take Shuqra from separatists; Emirati jets strike soldiers outside Aden

ADEN, August 30 (Arabian Sea Wire) - Forces loyal to Yemen's internationally recognised government, joined by tribal fighters from Shabwa, pushed into the coastal town of Shuqra in Abyan province on Wednesday, driving out fighters of the Security Belt, a UAE-trained force allied with the separatist Southern Transitional Council (STC), local officials said. Seven fighters from the two sides were killed, a medic at the town's clinic said.

The government's advance stalled on Thursday on the eastern approaches to Aden, the interim capital. Government troops and separatist fighters clashed for most of the day around al-Arish, near the city's airport, the STC said, describing the troops as "militias of the Islah party", its term for Islamist-leaning units that it accuses of ties to the Muslim Brotherhood.

A government military official said 14 soldiers were killed on Thursday afternoon when aircraft of the United Arab Emirates, a leading member of the Saudi-led coalition, struck their positions on the outskirts of Aden as they regrouped after the clashes. Abu Dhabi said its aircraft had targeted "terrorist militias" that had attacked coalition forces, and that it had acted in self-defence.

On Monday night, gunmen who a Security Belt commander said were members of al-Qaeda in the Arabian Peninsula (AQAP) attacked a checkpoint of the force in Ahwar district, east of Shuqra, killing three of its fighters. The jihadist group, which has exploited the rift between the coalition's Yemeni allies, did not comment.

The United Nations says at least 40 people were killed and 260 wounded in the fighting in Aden earlier this month.
""",
events=[
    ev("Government forces joined by Shabwa tribal fighters pushed into Shuqra and drove out the STC-allied Security Belt; seven fighters from the two sides killed.",
       "2019-08-28", "‘on Wednesday’ before the Friday 2019-08-30 dateline: Wednesday 2019-08-28",
       "Shuqra", "Abyan", "YE", "territory_gain", "Yemeni government forces", "Southern Transitional Council",
       7, None, None, None,
       "Forces loyal to Yemen's internationally recognised government, joined by tribal fighters from Shabwa, pushed into the coastal town of Shuqra in Abyan province on Wednesday, driving out fighters of the Security Belt, a UAE-trained force allied with the separatist Southern Transitional Council (STC), local officials said. Seven fighters from the two sides were killed, a medic at the town's clinic said.",
       note="the Security Belt counted with the STC"),
    ev("Government troops and STC fighters clashed for most of the day around al-Arish, near Aden airport, as the government advance stalled.",
       "2019-08-29", "‘on Thursday’ before the Friday 2019-08-30 dateline: Thursday 2019-08-29",
       "al-Arish, Aden", "Aden", "YE", "battle", "Yemeni government forces", "Southern Transitional Council",
       None, None, None, None,
       "The government's advance stalled on Thursday on the eastern approaches to Aden, the interim capital. Government troops and separatist fighters clashed for most of the day around al-Arish, near the city's airport, the STC said",
       note="the government side was advancing; no toll for the clash itself"),
    ev("Emirati aircraft struck government troops regrouping on the outskirts of Aden, killing 14 soldiers; Abu Dhabi said it hit 'terrorist militias' in self-defence.",
       "2019-08-29", "‘on Thursday afternoon’ before the Friday 2019-08-30 dateline: Thursday 2019-08-29",
       "outskirts of Aden", "Aden", "YE", "explosion", "Emirati armed forces", "Yemeni government forces",
       14, None, None, None,
       "A government military official said 14 soldiers were killed on Thursday afternoon when aircraft of the United Arab Emirates, a leading member of the Saudi-led coalition, struck their positions on the outskirts of Aden as they regrouped after the clashes. Abu Dhabi said its aircraft had targeted \"terrorist militias\"",
       note="strike admitted by the UAE, which disputes who the victims were; the UAE is a member of the Saudi-led coalition"),
    ev("Gunmen whom a Security Belt commander identified as AQAP attacked a Security Belt checkpoint in Ahwar, killing three of its fighters.",
       "2019-08-26", "‘On Monday night’ before the Friday 2019-08-30 dateline: Monday 2019-08-26",
       "Ahwar", "Abyan", "YE", "battle", "AQAP", "Southern Transitional Council",
       3, None, None, None,
       "On Monday night, gunmen who a Security Belt commander said were members of al-Qaeda in the Arabian Peninsula (AQAP) attacked a checkpoint of the force in Ahwar district, east of Shuqra, killing three of its fighters.",
       note="attribution by the victims' commander; AQAP did not comment (no denial)"),
],
figures=[
    fig("killed", 40, "Aden",
        "at least 40 people were killed and 260 wounded in the fighting in Aden earlier this month"),
    fig("wounded", 260, "Aden",
        "at least 40 people were killed and 260 wounded in the fighting in Aden earlier this month"),
])

report("b22-14", "2020-06-06", "https://www.example-maghrebwire.com/libya/2020/06/06/tarhuna-entered-bani-walid-drone",
"""
Tripoli government forces enter Tarhuna as Haftar's allies pull out

TRIPOLI, June 6 (Maghreb Wire Service) - Forces of the Tripoli-based Government of National Accord (GNA), backed by Turkish drones and air defence systems, entered the town of Tarhuna, some 90 km southeast of the capital, on Friday after fighters of the Kaniyat, a local militia allied with Khalifa Haftar's Libyan National Army (LNA), pulled out overnight, a GNA spokesman said. There was almost no resistance, he said.

Tarhuna had been the main rear base for the LNA's 14-month offensive on Tripoli. The LNA's spokesman said on Friday that its forces had carried out "a tactical redeployment" and accused Turkey of "occupying" western Libya.

A GNA drone struck a column of LNA vehicles heading south on the road near Bani Walid on Thursday night, killing eight fighters, the GNA said. The LNA said the convoy had been carrying wounded men to hospital.

In the capital, a Grad rocket struck a house in the Abu Salim district on Wednesday, killing two women and a child, the health ministry said; it had first given a toll of two dead. The GNA blamed Haftar's forces, which until this week held positions south of the city. The LNA denied firing on residential areas and said the GNA's own "militias" were responsible.

The UN said more than 16,000 people had fled Tarhuna and Bani Walid in the past few days, fearing reprisals. Some 200,000 people have been displaced in and around Tripoli since the offensive began in April last year.
""",
events=[
    ev("GNA forces backed by Turkish drones entered Tarhuna almost unopposed after the LNA-allied Kaniyat militia pulled out overnight.",
       "2020-06-05", "‘on Friday’ before the Saturday 2020-06-06 dateline: Friday 2020-06-05",
       "Tarhuna", "Murqub", "LY", "territory_gain", "Government of National Accord forces", "Libyan National Army",
       None, None, None, None,
       "Forces of the Tripoli-based Government of National Accord (GNA), backed by Turkish drones and air defence systems, entered the town of Tarhuna, some 90 km southeast of the capital, on Friday after fighters of the Kaniyat, a local militia allied with Khalifa Haftar's Libyan National Army (LNA), pulled out overnight, a GNA spokesman said. There was almost no resistance, he said.",
       note="the Kaniyat counted with the LNA; the LNA calls it a tactical redeployment"),
    ev("A GNA drone struck a column of LNA vehicles on the road near Bani Walid, killing eight fighters, per the GNA; the LNA said it carried wounded men.",
       "2020-06-04", "‘on Thursday night’ before the Saturday 2020-06-06 dateline: Thursday 2020-06-04",
       "road near Bani Walid", "Misrata", "LY", "explosion", "Government of National Accord forces", "Libyan National Army",
       8, None, None, None,
       "A GNA drone struck a column of LNA vehicles heading south on the road near Bani Walid on Thursday night, killing eight fighters, the GNA said. The LNA said the convoy had been carrying wounded men to hospital.",
       note="strike admitted; the LNA disputes who was in the convoy"),
    ev("A Grad rocket struck a house in Abu Salim, killing two women and a child; the GNA blamed Haftar's forces, the LNA denied it.",
       "2020-06-03", "‘on Wednesday’ before the Saturday 2020-06-06 dateline: Wednesday 2020-06-03",
       "Abu Salim", "Tripoli", "LY", "explosion", "unknown", "civilians",
       3, None, None, None,
       "In the capital, a Grad rocket struck a house in the Abu Salim district on Wednesday, killing two women and a child, the health ministry said; it had first given a toll of two dead. The GNA blamed Haftar's forces, which until this week held positions south of the city. The LNA denied firing on residential areas",
       note="revised toll 2 -> 3; blamed on the LNA by the GNA, denied by the LNA: disputed"),
],
figures=[
    fig("displaced", 16000, "Tarhuna and Bani Walid",
        "The UN said more than 16,000 people had fled Tarhuna and Bani Walid in the past few days"),
    fig("displaced", 200000, "Tripoli",
        "Some 200,000 people have been displaced in and around Tripoli since the offensive began in April last year."),
])

report("b22-15", "2018-02-22", "https://www.example-baradapress.com/en/2018/02/22/ghouta-bombardment-bab-touma-mortars",
"""
Bombardment of Eastern Ghouta kills dozens more; rebel mortars hit Damascus

DAMASCUS, February 22 (Barada Press) - Syrian government aircraft and artillery kept up their bombardment of the rebel-held Eastern Ghouta enclave on the eastern edge of Damascus on Wednesday, killing at least 38 civilians in the towns of Hamouriyah, Saqba and Kafr Batna, the Syria Witness Observatory said. The monitor, which tracks the war through a network of sources on the ground, said Russian warplanes had also taken part in the raids; Moscow denied any role.

In Douma, the largest town in the enclave, which is held by the Jaysh al-Islam faction, rescue workers said a barrel bomb dropped by a government helicopter had hit a basement used as a shelter on Tuesday night, killing 11 people, most of them women and children. The government says it strikes only "terrorists".

Mortar bombs fired from the enclave fell on the Bab Touma district of the capital's Old City on Wednesday, killing two people and wounding 21, the state news agency SANA said, blaming "terrorist groups" in Eastern Ghouta. Jaysh al-Islam and Failaq al-Rahman, the two main rebel factions in the enclave, did not comment.

"We are living under the ground now," a doctor in Saqba said in a voice message. "The shelling does not stop long enough for us to bury the dead."

The monitor says more than 300 civilians have been killed in Eastern Ghouta since Sunday, when the government stepped up its campaign ahead of an expected ground offensive. The United Nations estimates that nearly 400,000 people are trapped in the enclave, which has been besieged since 2013.
""",
events=[
    ev("Government aircraft and artillery bombarded Hamouriyah, Saqba and Kafr Batna in Eastern Ghouta, killing at least 38 civilians.",
       "2018-02-21", "‘on Wednesday’ before the Thursday 2018-02-22 dateline: Wednesday 2018-02-21",
       "Hamouriyah, Saqba and Kafr Batna", "Rif Dimashq", "SY", "explosion", "Syrian government forces", "civilians",
       38, None, None, None,
       "Syrian government aircraft and artillery kept up their bombardment of the rebel-held Eastern Ghouta enclave on the eastern edge of Damascus on Wednesday, killing at least 38 civilians in the towns of Hamouriyah, Saqba and Kafr Batna, the Syria Witness Observatory said.",
       note="three towns sharing one combined toll: one event; the monitor says Russian warplanes took part, which Moscow denied"),
    ev("A barrel bomb dropped by a government helicopter hit a basement shelter in Douma, killing 11 people, most of them women and children.",
       "2018-02-20", "‘on Tuesday night’ before the Thursday 2018-02-22 dateline: Tuesday 2018-02-20",
       "Douma", "Rif Dimashq", "SY", "explosion", "Syrian government forces", "civilians",
       11, None, None, None,
       "In Douma, the largest town in the enclave, which is held by the Jaysh al-Islam faction, rescue workers said a barrel bomb dropped by a government helicopter had hit a basement used as a shelter on Tuesday night, killing 11 people, most of them women and children."),
    ev("Mortar bombs fired from Eastern Ghouta fell on Bab Touma in Damascus, killing two and wounding 21; state media blamed 'terrorist groups' in the enclave.",
       "2018-02-21", "‘on Wednesday’ before the Thursday 2018-02-22 dateline: Wednesday 2018-02-21",
       "Bab Touma", "Damascus", "SY", "explosion", "Syrian rebels", "civilians",
       2, None, 21, None,
       "Mortar bombs fired from the enclave fell on the Bab Touma district of the capital's Old City on Wednesday, killing two people and wounding 21, the state news agency SANA said, blaming \"terrorist groups\" in Eastern Ghouta.",
       note="the 'terrorist groups' of state media are the rebel factions of the enclave; they did not comment"),
],
figures=[
    fig("killed", 300, "Eastern Ghouta",
        "The monitor says more than 300 civilians have been killed in Eastern Ghouta since Sunday",
        note="civilians since Sunday 2018-02-18"),
    fig("civilians_trapped", 400000, "Eastern Ghouta",
        "The United Nations estimates that nearly 400,000 people are trapped in the enclave"),
])

report("b22-16", "2018-01-25", "https://www.example-southanatoliawire.com/news/2018/01/25/bursaya-hill-kilis-mosque-rocket",
"""
Turkish troops and allied rebels take hill near Afrin; rocket hits mosque in Kilis

KILIS, January 25 (Southern Anatolia Wire) - Turkish troops and the Free Syrian Army factions they back captured Bursaya hill, a strategic height overlooking the Azaz plain north-east of Afrin, on Wednesday after two days of fighting with the Kurdish YPG militia, the Turkish military said. One Turkish soldier and five Syrian rebels were killed in the battle for the hill, it said.

The YPG, which controls the Afrin region and forms the backbone of the US-backed Syrian Democratic Forces, said its fighters were still fighting on the slopes. The Turkish military said 268 "terrorists" had been "neutralised" since the start of Operation Olive Branch on Saturday.

Two rockets fired from across the border hit the centre of Kilis on Wednesday evening, one of them striking a mosque as worshippers were leaving after the evening prayers, killing two people and wounding 11, the provincial governor said. Turkish officials blamed the YPG, which did not comment.

Inside the Afrin region, air strikes by Turkish jets hit the town of Jinderes on Tuesday, killing eight members of one family, the Syria Witness Observatory said; a Kurdish health committee in Afrin put the toll at 11. Turkey says it strikes only militant targets and takes great care to avoid civilian casualties.

The UN says some 5,000 people have been displaced within the Afrin district since Saturday, and that the Kurdish authorities are preventing some families from leaving for government-held Aleppo.
""",
events=[
    ev("Turkish troops and the FSA factions they back captured Bursaya hill north-east of Afrin from the YPG after two days of fighting; one Turkish soldier and five rebels killed.",
       "2018-01-24", "‘on Wednesday’ before the Thursday 2018-01-25 dateline: Wednesday 2018-01-24",
       "Bursaya hill", "Aleppo", "SY", "territory_gain", "Turkish Armed Forces", "YPG",
       6, None, None, None,
       "Turkish troops and the Free Syrian Army factions they back captured Bursaya hill, a strategic height overlooking the Azaz plain north-east of Afrin, on Wednesday after two days of fighting with the Kurdish YPG militia, the Turkish military said. One Turkish soldier and five Syrian rebels were killed in the battle for the hill, it said.",
       note="6 = 1 Turkish soldier + 5 rebels; coordinated actor, Turkish troops named first; the YPG says it is still fighting on the slopes"),
    ev("Rockets fired from Syria hit central Kilis, one striking a mosque as worshippers left evening prayers, killing two and wounding 11; Turkey blamed the YPG.",
       "2018-01-24", "‘on Wednesday evening’ before the Thursday 2018-01-25 dateline: Wednesday 2018-01-24",
       "mosque in Kilis", "Kilis", "TR", "explosion", "YPG", "civilians",
       2, None, 11, None,
       "Two rockets fired from across the border hit the centre of Kilis on Wednesday evening, one of them striking a mosque as worshippers were leaving after the evening prayers, killing two people and wounding 11, the provincial governor said. Turkish officials blamed the YPG, which did not comment.",
       note="blamed by Turkish officials; the YPG did not comment (no denial)"),
    ev("Turkish air strikes hit Jinderes, killing eight members of one family per the monitor, 11 per a Kurdish health committee.",
       "2018-01-23", "‘on Tuesday’ before the Thursday 2018-01-25 dateline: Tuesday 2018-01-23",
       "Jinderes", "Aleppo", "SY", "explosion", "Turkish Armed Forces", "civilians",
       8, 11, None, None,
       "Inside the Afrin region, air strikes by Turkish jets hit the town of Jinderes on Tuesday, killing eight members of one family, the Syria Witness Observatory said; a Kurdish health committee in Afrin put the toll at 11.",
       note="conflicting tolls: 8 (monitor) vs 11 (Kurdish health committee in Afrin)"),
],
figures=[
    fig("killed", 268, "Afrin",
        "The Turkish military said 268 \"terrorists\" had been \"neutralised\" since the start of Operation Olive Branch on Saturday.",
        note="Turkish count of enemy fighters since Saturday 2018-01-20; one side's claim"),
    fig("displaced", 5000, "Afrin district",
        "The UN says some 5,000 people have been displaced within the Afrin district since Saturday"),
])

report("b22-17", "2014-10-27", "https://www.example-euphratesbulletin.com/iraq/2014/10/27/jurf-al-sakhar-retaken-iskandariya-bomb",
"""
Iraqi troops and Shi'ite militias retake Jurf al-Sakhar; suicide bomber kills eight at checkpoint

HILLA, October 27 (Euphrates Bulletin) - Iraqi security forces and thousands of volunteers from Shi'ite militias, among them the Badr Organisation and Asaib Ahl al-Haq, took control of Jurf al-Sakhar, a farming town south of Baghdad that Islamic State had held since the summer, on Saturday after a two-day battle, army and militia commanders said.

A spokesman for the Babil operations command said 17 soldiers and militiamen had been killed in the two days of fighting and that the militants had left the town's roads and orchards strewn with bombs. He did not give a figure for the militants' losses.

The next day, a suicide bomber drove a Humvee packed with explosives into a checkpoint manned by militiamen at the entrance to al-Iskandariya, a town north of Jurf al-Sakhar, killing eight of them and wounding 14, police said. Islamic State said in a statement that one of its "knights of martyrdom" had carried out the attack.

In Anbar province to the north-west, fighters of the group attacked army positions on the edge of Amiriyat al-Fallujah on Sunday night and were driven back after three hours of fighting, a local official said. Five soldiers were killed, he said.

Most of Jurf al-Sakhar's estimated 70,000 residents fled before or during the fighting, and officials said they would not be allowed back until the area had been cleared.
""",
events=[
    ev("Iraqi security forces and Shi'ite militias took Jurf al-Sakhar from Islamic State after a two-day battle; 17 soldiers and militiamen killed.",
       "2014-10-25", "‘on Saturday’ before the Monday 2014-10-27 dateline: Saturday 2014-10-25",
       "Jurf al-Sakhar", "Babil", "IQ", "territory_gain", "Iraqi Security Forces", "Islamic State",
       17, None, None, None,
       "Iraqi security forces and thousands of volunteers from Shi'ite militias, among them the Badr Organisation and Asaib Ahl al-Haq, took control of Jurf al-Sakhar, a farming town south of Baghdad that Islamic State had held since the summer, on Saturday after a two-day battle [...] A spokesman for the Babil operations command said 17 soldiers and militiamen had been killed in the two days of fighting",
       note="coordinated actor, security forces named first, with Shi'ite militias (Popular Mobilization); toll over the two days"),
    ev("An Islamic State suicide bomber drove a Humvee into a militia checkpoint at the entrance to al-Iskandariya, killing eight militiamen and wounding 14.",
       "2014-10-26", "‘The next day’ after the capture on Saturday 2014-10-25: Sunday 2014-10-26",
       "checkpoint at al-Iskandariya", "Babil", "IQ", "explosion", "Islamic State", "Popular Mobilization Forces",
       8, None, 14, None,
       "The next day, a suicide bomber drove a Humvee packed with explosives into a checkpoint manned by militiamen at the entrance to al-Iskandariya, a town north of Jurf al-Sakhar, killing eight of them and wounding 14, police said. Islamic State said in a statement that one of its \"knights of martyrdom\" had carried out the attack.",
       note="agent given by the later claim; the Shi'ite militiamen are counted as Popular Mobilization Forces"),
    ev("Islamic State fighters attacked army positions on the edge of Amiriyat al-Fallujah and were driven back after three hours; five soldiers killed.",
       "2014-10-26", "‘on Sunday night’ before the Monday 2014-10-27 dateline: Sunday 2014-10-26",
       "Amiriyat al-Fallujah", "Anbar", "IQ", "battle", "Islamic State", "Iraqi Security Forces",
       5, None, None, None,
       "In Anbar province to the north-west, fighters of the group attacked army positions on the edge of Amiriyat al-Fallujah on Sunday night and were driven back after three hours of fighting, a local official said. Five soldiers were killed, he said.",
       note="'fighters of the group' refers back to Islamic State"),
],
figures=[
    fig("displaced", 70000, "Jurf al-Sakhar",
        "Most of Jurf al-Sakhar's estimated 70,000 residents fled before or during the fighting",
        note="'most of' 70,000 residents"),
])

report("b22-18", "2020-01-20", "https://www.example-maghrebwire.com/libya/2020/01/20/berlin-conference-embargo",
"""
Berlin summit backs Libya arms embargo, but the rivals do not meet

BERLIN, January 20 (Maghreb Wire Service) - World leaders meeting in Berlin on Sunday pledged to respect a UN arms embargo on Libya and to stop interfering in its civil war, but the eastern commander Khalifa Haftar and the head of the Tripoli government did not meet face to face.

The final statement called for a lasting ceasefire, for the disarmament of militias and for a military committee of five officers from each side to work out its terms. A truce brokered by Russia and Turkey has largely held since January 12, although both sides accuse each other of violations.

Haftar's Libyan National Army (LNA), backed by the United Arab Emirates, Egypt and Russian mercenaries, has been trying since April to seize Tripoli from the Government of National Accord (GNA), which is supported by Turkey. Ankara has begun sending military advisers and, according to the Syria Witness Observatory, some 2,000 Syrian fighters from the factions it backs in northern Syria.

The United Nations says more than 280 civilians and about 2,000 fighters have been killed since the offensive began, and that some 150,000 people have been forced from their homes in and around the capital.

"Everyone in the room agreed there is no military solution," a European diplomat said. "Now they have to stop sending the weapons, the drones and the mercenaries."

The UN envoy said the military committee could meet in Geneva within days.
""",
country_hint="LY",
figures=[
    fig("fighters", 2000, "Libya",
        "some 2,000 Syrian fighters from the factions it backs in northern Syria",
        note="Syrian fighters sent by Turkey, per the monitor"),
    fig("killed", 280, "Libya",
        "more than 280 civilians and about 2,000 fighters have been killed since the offensive began",
        note="civilians since April 2019"),
    fig("killed", 2000, "Libya",
        "more than 280 civilians and about 2,000 fighters have been killed since the offensive began",
        note="fighters since April 2019"),
    fig("displaced", 150000, "Tripoli",
        "some 150,000 people have been forced from their homes in and around the capital"),
])

# ---------------------------------------------------------------------------
# b22-19 .. b22-27
# ---------------------------------------------------------------------------

report("b22-19", "2015-08-18", "https://www.example-almukhawire.com/yemen/2015/08/18/taiz-salah-district-rawdah-shelling",
"""
Resistance fighters push Houthis out of Taiz district; shelling kills 12 civilians

TAIZ, August 18 (Al-Mukha Wire) - Fighters of the Popular Resistance, the local militias loyal to exiled President Abd-Rabbu Mansour Hadi, drove the Houthis and army units loyal to former president Ali Abdullah Saleh out of Salah district, in the east of Taiz, on Sunday after weeks of fighting, a resistance spokesman said. Nine resistance fighters and 20 of their opponents were killed, he said.

The Houthis and their allies hit back on Monday with rockets and artillery shells fired from positions on the hills above the city, which struck the crowded al-Rawdah neighbourhood, killing 12 civilians and wounding 30, a doctor at a field hospital said. The Houthi-run Saba news agency said the group's fighters were "cleansing Taiz of Daesh and al-Qaeda elements". Residents said Houthi snipers had also shot dead several people trying to cross the city's front lines in recent days.

Aircraft of the Saudi-led coalition, which has been bombing the Houthis and their allies since March in support of Hadi, struck the base of an armoured brigade loyal to Saleh in the Hawban area on Monday night, killing at least 15 soldiers, a medical source in the Houthi-run health office said.

"The water has been cut for three weeks and the hospitals are running on generators," the doctor said. "Everyone who can leave has left."

The United Nations says more than 1,900 civilians have been killed across Yemen since late March, and that some 200,000 people in Taiz city are in urgent need of drinking water.
""",
events=[
    ev("Popular Resistance fighters loyal to Hadi drove the Houthis and Saleh-loyal army units out of Salah district in Taiz; nine resistance fighters and 20 of their opponents killed.",
       "2015-08-16", "‘on Sunday’ before the Tuesday 2015-08-18 dateline: Sunday 2015-08-16",
       "Salah district, Taiz", "Taiz", "YE", "territory_gain", "Yemeni government forces", "Houthis",
       29, None, None, None,
       "Fighters of the Popular Resistance, the local militias loyal to exiled President Abd-Rabbu Mansour Hadi, drove the Houthis and army units loyal to former president Ali Abdullah Saleh out of Salah district, in the east of Taiz, on Sunday after weeks of fighting, a resistance spokesman said. Nine resistance fighters and 20 of their opponents were killed, he said.",
       note="29 = 9 + 20 (resistance spokesman); the Popular Resistance is counted with Yemeni government forces, Saleh's units with the Houthis"),
    ev("Rockets and artillery shells fired by the Houthis and their allies struck the al-Rawdah neighbourhood of Taiz, killing 12 civilians and wounding 30.",
       "2015-08-17", "‘on Monday’ before the Tuesday 2015-08-18 dateline: Monday 2015-08-17",
       "al-Rawdah, Taiz", "Taiz", "YE", "explosion", "Houthis", "civilians",
       12, None, 30, None,
       "The Houthis and their allies hit back on Monday with rockets and artillery shells fired from positions on the hills above the city, which struck the crowded al-Rawdah neighbourhood, killing 12 civilians and wounding 30, a doctor at a field hospital said."),
    ev("Saudi-led coalition aircraft struck the base of a Saleh-loyal armoured brigade in Hawban, killing at least 15 soldiers.",
       "2015-08-17", "‘on Monday night’ before the Tuesday 2015-08-18 dateline: Monday 2015-08-17",
       "Hawban", "Taiz", "YE", "explosion", "Saudi-led coalition", "Houthis",
       15, None, None, None,
       "Aircraft of the Saudi-led coalition, which has been bombing the Houthis and their allies since March in support of Hadi, struck the base of an armoured brigade loyal to Saleh in the Hawban area on Monday night, killing at least 15 soldiers, a medical source in the Houthi-run health office said.",
       note="forces loyal to Saleh are counted with the Houthis"),
    ev("Houthi snipers shot dead several people trying to cross the front lines of Taiz in recent days, residents said.",
       None, "‘in recent days’ in the Tuesday 2015-08-18 report; no day given",
       "front lines in Taiz", "Taiz", "YE", "attack_on_civilians", "Houthis", "civilians",
       None, None, None, None,
       "Residents said Houthi snipers had also shot dead several people trying to cross the city's front lines in recent days.",
       note="an aggregate of unspecified shootings, no day and no precise place; 'several' gives no toll",
       optional=True),
],
figures=[
    fig("killed", 1900, "Yemen",
        "more than 1,900 civilians have been killed across Yemen since late March",
        note="civilians since late March"),
    fig("other", 200000, "Taiz",
        "some 200,000 people in Taiz city are in urgent need of drinking water",
        note="people in need of drinking water"),
])

report("b22-20", "2016-11-22", "https://www.example-shahbapress.com/aleppo/2016/11/22/hanano-advance-furqan-school-shells",
"""
Government forces push into Hanano as rebel shells hit a school in west Aleppo

ALEPPO, November 22 (Shahba Press) - Syrian government forces and allied militias, among them fighters of Lebanon's Hezbollah and Iraqi Shi'ite groups backed by Iran, pushed into the edges of the Hanano housing district, on the north-eastern side of rebel-held east Aleppo, on Monday after a night of heavy air and artillery bombardment, the Syria Witness Observatory said. At least 18 pro-government fighters and 13 rebels were killed in the fighting, the monitor said.

Also on Monday, an air strike that the monitor attributed to government aircraft hit a residential building in the al-Shaar neighbourhood, killing nine civilians, five of them from one family. Civil defence volunteers, who say they have been unable to reach many sites because of the bombardment, said the toll was likely to rise.

In the government-held west of the city, shells fired by rebels hit a school in the al-Furqan district on Sunday, killing six children, state television said, blaming "terrorist groups". The monitor put the toll at eight, the six children and two adults. The rebels, who include fighters of Jabhat Fatah al-Sham, the group formerly known as the Nusra Front, said they were targeting military positions and accused the army of using schools as bases.

The United Nations estimates that 250,000 to 275,000 people remain besieged in the eastern districts, where no aid has entered since July.
""",
events=[
    ev("Government forces and allied militias including Hezbollah pushed into the edges of the Hanano housing district after a night of bombardment; 18 pro-government fighters and 13 rebels killed.",
       "2016-11-21", "‘on Monday’ before the Tuesday 2016-11-22 dateline: Monday 2016-11-21",
       "Hanano housing district", "Aleppo", "SY", "battle", "Syrian government forces", "Syrian rebels",
       31, None, None, None,
       "Syrian government forces and allied militias, among them fighters of Lebanon's Hezbollah and Iraqi Shi'ite groups backed by Iran, pushed into the edges of the Hanano housing district, on the north-eastern side of rebel-held east Aleppo, on Monday after a night of heavy air and artillery bombardment, the Syria Witness Observatory said. At least 18 pro-government fighters and 13 rebels were killed in the fighting, the monitor said.",
       note="31 = 18 + 13 (monitor); allied militias counted with government forces; entering the edges without taking the district is a battle"),
    ev("An air strike that the monitor attributed to government aircraft hit a residential building in al-Shaar, killing nine civilians.",
       "2016-11-21", "‘Also on Monday’ before the Tuesday 2016-11-22 dateline: Monday 2016-11-21",
       "al-Shaar", "Aleppo", "SY", "explosion", "Syrian government forces", "civilians",
       9, None, None, None,
       "Also on Monday, an air strike that the monitor attributed to government aircraft hit a residential building in the al-Shaar neighbourhood, killing nine civilians, five of them from one family."),
    ev("Rebel shells hit a school in al-Furqan, west Aleppo, killing six children per state television, eight people per the monitor.",
       "2016-11-20", "‘on Sunday’ before the Tuesday 2016-11-22 dateline: Sunday 2016-11-20",
       "school in al-Furqan", "Aleppo", "SY", "explosion", "Syrian rebels", "civilians",
       6, 8, None, None,
       "In the government-held west of the city, shells fired by rebels hit a school in the al-Furqan district on Sunday, killing six children, state television said, blaming \"terrorist groups\". The monitor put the toll at eight, the six children and two adults.",
       note="conflicting tolls: 6 (state television) vs 8 (monitor); the rebels say they were targeting military positions"),
],
figures=[
    fig("civilians_trapped", 250000, "east Aleppo",
        "The United Nations estimates that 250,000 to 275,000 people remain besieged in the eastern districts",
        note="250,000 to 275,000"),
])

report("b22-21", "2020-02-10", "https://www.example-diyalatoday.com/security/2020/02/10/saadiya-hashd-attack-hamrin-strikes",
"""
Islamic State attack kills five Hashd fighters in Diyala; jets strike Hamrin hideouts

BAQUBA, February 10 (Diyala Today) - Five fighters of the Popular Mobilization Forces, the state-sanctioned umbrella of mostly Shi'ite armed groups, were killed on Saturday night when their post near the town of al-Saadiya, in the north of Diyala province, came under attack by gunmen who a Hashd commander said belonged to Islamic State. The group later claimed the attack through its Amaq agency, saying its fighters had killed 11.

Iraqi F-16 jets struck hideouts of the jihadists in the Hamrin mountains, in the north of the province, on Sunday, killing seven militants, the Security Media Cell said in a statement. It said the strikes were carried out on intelligence provided by the Joint Operations Command and the US-led coalition.

In neighbouring Kirkuk province, a roadside bomb that security officials said had been planted by the same group exploded under a federal police vehicle near al-Riyadh, south-west of Kirkuk, early on Monday, killing an officer and wounding two policemen.

Counter-Terrorism Service troops arrested four suspected members of the group in a raid in Tarmiyah, north of Baghdad, on Sunday, the service said.

Although Islamic State lost the last of the territory it held in Iraq more than two years ago, a UN report estimated last month that it still had between 2,500 and 3,000 fighters in the country, operating in small cells in the deserts and mountains.
""",
events=[
    ev("Islamic State gunmen attacked a PMF post near al-Saadiya, killing five PMF fighters; the group claimed 11.",
       "2020-02-08", "‘on Saturday night’ before the Monday 2020-02-10 dateline: Saturday 2020-02-08",
       "near al-Saadiya", "Diyala", "IQ", "battle", "Islamic State", "Popular Mobilization Forces",
       5, None, None, None,
       "Five fighters of the Popular Mobilization Forces, the state-sanctioned umbrella of mostly Shi'ite armed groups, were killed on Saturday night when their post near the town of al-Saadiya, in the north of Diyala province, came under attack by gunmen who a Hashd commander said belonged to Islamic State. The group later claimed the attack",
       note="passive report, late agent; the Amaq claim of 11 killed is not used"),
    ev("Iraqi F-16 jets struck Islamic State hideouts in the Hamrin mountains, killing seven militants.",
       "2020-02-09", "‘on Sunday’ before the Monday 2020-02-10 dateline: Sunday 2020-02-09",
       "Hamrin mountains", "Diyala", "IQ", "explosion", "Iraqi Security Forces", "Islamic State",
       7, None, None, None,
       "Iraqi F-16 jets struck hideouts of the jihadists in the Hamrin mountains, in the north of the province, on Sunday, killing seven militants, the Security Media Cell said in a statement.",
       note="'the jihadists' refers back to Islamic State"),
    ev("A roadside bomb that officials said Islamic State planted exploded under a federal police vehicle near al-Riyadh, killing an officer and wounding two policemen.",
       "2020-02-10", "‘early on Monday’, the day of the Monday 2020-02-10 dateline",
       "near al-Riyadh", "Kirkuk", "IQ", "explosion", "Islamic State", "Iraqi Security Forces",
       1, None, 2, None,
       "In neighbouring Kirkuk province, a roadside bomb that security officials said had been planted by the same group exploded under a federal police vehicle near al-Riyadh, south-west of Kirkuk, early on Monday, killing an officer and wounding two policemen.",
       note="'the same group' refers back to Islamic State; al-Riyadh is the subdistrict in Kirkuk province"),
    ev("Counter-Terrorism Service troops arrested four suspected Islamic State members in a raid in Tarmiyah.",
       "2020-02-09", "‘on Sunday’ before the Monday 2020-02-10 dateline: Sunday 2020-02-09",
       "Tarmiyah", "Baghdad", "IQ", "arrest", "Counter-Terrorism Service", "Islamic State",
       None, None, None, None,
       "Counter-Terrorism Service troops arrested four suspected members of the group in a raid in Tarmiyah, north of Baghdad, on Sunday, the service said.",
       arrested=4),
],
figures=[
    fig("fighters", 2500, "Iraq",
        "it still had between 2,500 and 3,000 fighters in the country",
        note="2,500 to 3,000 Islamic State fighters"),
])

report("b22-22", "2018-06-12", "https://www.example-cyrenaicadaily.com/derna/2018/06/12/shiha-district-taken-old-city-fighting",
"""
Haftar's forces say they have taken Derna's Shiha district; defenders claim tanks destroyed

BENGHAZI, June 12 (Cyrenaica Daily) - The Libyan National Army (LNA), the force led by Khalifa Haftar that is aligned with the government in eastern Libya, said on Monday its troops had taken the Shiha district of Derna from the Derna Protection Force, a coalition of Islamist fighters that includes remnants of the Abu Salim Martyrs Brigade, after fighting on Sunday. An LNA field commander said four of his soldiers had been killed and 13 wounded.

The Derna Protection Force, formerly known as the Derna Mujahideen Shura Council, said in a statement that its fighters had ambushed an LNA column in the old city on Monday and destroyed two tanks. The LNA did not comment on the claim.

The group also said that "the invaders" had shelled residential buildings in the al-Maghar district on Monday, killing three civilians. An LNA spokesman denied that the army's artillery had fired on the district and said the militants were shelling homes themselves in order to blame the army.

Derna, a city of some 125,000 people on the eastern coast, is the last place in eastern Libya outside the control of Haftar's forces, which have besieged it since 2016. A relief committee in the city said more than 800 families had fled the city since the ground offensive began last month.
""",
events=[
    ev("The LNA took the Shiha district of Derna from the Derna Protection Force; an LNA commander said four soldiers were killed and 13 wounded.",
       "2018-06-10", "fighting ‘on Sunday’, announced on Monday 2018-06-11, before the Tuesday 2018-06-12 dateline: Sunday 2018-06-10",
       "Shiha, Derna", "Derna", "LY", "territory_gain", "Libyan National Army", "Derna Protection Force",
       4, None, 13, None,
       "The Libyan National Army (LNA), the force led by Khalifa Haftar that is aligned with the government in eastern Libya, said on Monday its troops had taken the Shiha district of Derna from the Derna Protection Force, a coalition of Islamist fighters that includes remnants of the Abu Salim Martyrs Brigade, after fighting on Sunday. An LNA field commander said four of his soldiers had been killed and 13 wounded."),
    ev("Derna Protection Force fighters said they ambushed an LNA column in the old city of Derna and destroyed two tanks.",
       "2018-06-11", "‘on Monday’ before the Tuesday 2018-06-12 dateline: Monday 2018-06-11",
       "old city, Derna", "Derna", "LY", "battle", "Derna Protection Force", "Libyan National Army",
       None, None, None, None,
       "The Derna Protection Force, formerly known as the Derna Mujahideen Shura Council, said in a statement that its fighters had ambushed an LNA column in the old city on Monday and destroyed two tanks.",
       note="claim by the Derna Protection Force; the LNA did not comment"),
    ev("Shelling hit residential buildings in al-Maghar, Derna, killing three civilians; the Derna Protection Force blamed the LNA, which denied it.",
       "2018-06-11", "‘on Monday’ before the Tuesday 2018-06-12 dateline: Monday 2018-06-11",
       "al-Maghar, Derna", "Derna", "LY", "explosion", "unknown", "civilians",
       3, None, None, None,
       "The group also said that \"the invaders\" had shelled residential buildings in the al-Maghar district on Monday, killing three civilians. An LNA spokesman denied that the army's artillery had fired on the district",
       note="blamed on the LNA ('the invaders') by the Derna Protection Force, denied by the LNA: disputed"),
],
figures=[
    fig("displaced", 800, "Derna",
        "A relief committee in the city said more than 800 families had fled the city since the ground offensive began last month.",
        note="families, not people"),
])

report("b22-23", "2018-08-14", "https://www.example-sanaaevening.com/yemen/2018/08/14/kushar-market-strike-tuhayta",
"""
Coalition air strike hits Hajjah market; fighting flares south of Hodeidah

SANAA, August 14 (Sanaa Evening News) - An air strike by the Saudi-led coalition, which has fought the Iran-aligned Houthis since March 2015 on behalf of the exiled government, hit a busy market in Kushar district of Hajjah province on Sunday, killing 14 civilians and wounding 20, a local health official said. He had earlier given a toll of 10 dead.

The coalition's spokesman said its aircraft had struck "a gathering of Houthi fighters" near the market and that any report of civilian casualties would be referred to its Joint Incidents Assessment Team.

The Yemen Casualty Monitor, a project that counts civilian deaths from press and field reports, said a second coalition strike, on Monday, hit a car carrying a family in Baqim district of Saada province, near the Saudi border, killing four people. The coalition did not comment on that strike.

On the Red Sea coast, Houthi fighters attacked positions of the Giants Brigades, the UAE-backed force fighting alongside government troops, near the town of al-Tuhayta on Saturday, a pro-government military source said. Nine of the brigades' fighters and 15 Houthis were killed before the attack was beaten back, the source said.

The monitor says more than 160 civilians were killed by air strikes across Yemen in July alone.
""",
events=[
    ev("A Saudi-led coalition air strike hit a busy market in Kushar district, killing 14 civilians and wounding 20; the coalition said it targeted Houthi fighters.",
       "2018-08-12", "‘on Sunday’ before the Tuesday 2018-08-14 dateline: Sunday 2018-08-12",
       "market in Kushar", "Hajjah", "YE", "explosion", "Saudi-led coalition", "civilians",
       14, None, 20, None,
       "An air strike by the Saudi-led coalition, which has fought the Iran-aligned Houthis since March 2015 on behalf of the exiled government, hit a busy market in Kushar district of Hajjah province on Sunday, killing 14 civilians and wounding 20, a local health official said. He had earlier given a toll of 10 dead.",
       note="revised toll 10 -> 14; the coalition says it struck Houthi fighters (strike admitted, victims disputed)"),
    ev("A second coalition strike hit a car carrying a family in Baqim district, killing four people, per the monitor.",
       "2018-08-13", "‘on Monday’ before the Tuesday 2018-08-14 dateline: Monday 2018-08-13",
       "Baqim", "Saada", "YE", "explosion", "Saudi-led coalition", "civilians",
       4, None, None, None,
       "The Yemen Casualty Monitor, a project that counts civilian deaths from press and field reports, said a second coalition strike, on Monday, hit a car carrying a family in Baqim district of Saada province, near the Saudi border, killing four people.",
       note="attributed by the monitor; the coalition did not comment"),
    ev("Houthi fighters attacked Giants Brigades positions near al-Tuhayta and were beaten back; nine brigade fighters and 15 Houthis killed.",
       "2018-08-11", "‘on Saturday’ before the Tuesday 2018-08-14 dateline: Saturday 2018-08-11",
       "near al-Tuhayta", "Hodeidah", "YE", "battle", "Houthis", "Yemeni government forces",
       24, None, None, None,
       "On the Red Sea coast, Houthi fighters attacked positions of the Giants Brigades, the UAE-backed force fighting alongside government troops, near the town of al-Tuhayta on Saturday, a pro-government military source said. Nine of the brigades' fighters and 15 Houthis were killed before the attack was beaten back, the source said.",
       note="24 = 9 Giants Brigades + 15 Houthis (pro-government source); the Giants Brigades are counted with Yemeni government forces"),
],
figures=[
    fig("killed", 160, "Yemen",
        "The monitor says more than 160 civilians were killed by air strikes across Yemen in July alone.",
        note="civilians killed by air strikes in July"),
])

report("b22-24", "2018-12-14", "https://www.example-nordicdesk.com/world/2018/12/14/yemen-talks-hodeidah-truce-prisoners",
"""
Yemen's warring parties agree Hodeidah truce and prisoner swap at Swedish talks

RIMBO, Sweden, December 14 (Nordic Desk) - Yemen's Houthi movement and the Saudi-backed government agreed on Thursday to a ceasefire in the port city of Hodeidah and to the withdrawal of their forces from the city and its three ports, the first significant breakthrough in peace efforts in a war that has pushed millions of people to the brink of famine.

The agreement, announced by the UN Secretary-General at the end of a week of talks at a castle north of Stockholm, provides for UN monitors to oversee the port, through which some 70 percent of Yemen's imports and aid enter. The two sides also agreed to exchange around 15,000 prisoners and to ease the siege of Taiz, the country's third-largest city, where government forces and Houthi fighters have faced each other across front lines for more than three years.

"This is a real step forward, but the hard part begins now," a Western diplomat who attended the talks said. A Houthi negotiator said the movement would withdraw "once the aggression forces do the same", while a member of the government delegation warned that the rebels had broken every past truce.

The Saudi-led coalition, which intervened in March 2015 to restore the government of President Abd-Rabbu Mansour Hadi, has been fighting for months to take Hodeidah, and its air strikes have been blamed for many of the civilian deaths in the war. The Houthis, for their part, have fired ballistic missiles and armed drones at Saudi cities.

The United Nations says 22 million Yemenis, three-quarters of the population, need humanitarian aid, and that up to 14 million are at risk of famine. More than 10,000 people have been killed since the coalition intervened, according to the UN, though aid groups say the real toll is far higher.
""",
country_hint="YE",
figures=[
    fig("other", 15000, "Yemen",
        "The two sides also agreed to exchange around 15,000 prisoners",
        note="prisoners to be exchanged"),
    fig("other", 22000000, "Yemen",
        "The United Nations says 22 million Yemenis, three-quarters of the population, need humanitarian aid",
        note="people in need of aid"),
    fig("other", 14000000, "Yemen",
        "up to 14 million are at risk of famine",
        note="people at risk of famine"),
    fig("killed", 10000, "Yemen",
        "More than 10,000 people have been killed since the coalition intervened, according to the UN",
        note="since March 2015"),
])

report("b22-25", "2020-02-25", "https://www.example-orientfrontier.com/idlib/2020/02/25/nayrab-retaken-sarmin-shelling",
"""
Rebels backed by Turkish guns retake Nayrab; strike on school kills five in Maarat Misrin

IDLIB, February 25 (Orient Frontier) - Syrian rebels, backed by Turkish artillery and drones, recaptured the village of al-Nayrab, east of Idlib city on the strategic M4 highway, from government forces on Monday, the Turkish-backed National Liberation Front said. The Syria Witness Observatory said at least 16 government troops and nine rebels had been killed in the battle for the village.

Two Turkish soldiers were killed and five wounded on Monday when government forces shelled a Turkish position near Sarmin, south-east of Idlib city, the Turkish defence ministry said. It said Turkish forces had retaliated by striking 21 government targets, "neutralising" 26 soldiers. The Syrian army did not comment.

Early on Tuesday, a strike hit a school sheltering displaced families in Maarat Misrin, north of Idlib city, killing five civilians, among them three children, the monitor said, attributing it to Russian warplanes. Russia's defence ministry denied that its aircraft had carried out any missions in the area.

Russia, whose air force has backed the government's offensive on the last rebel stronghold since December, says it is fighting the "terrorists" of Hayat Tahrir al-Sham, the jihadist alliance that dominates Idlib. Nearly 950,000 people have been displaced since December, according to the UN.
""",
events=[
    ev("Syrian rebels backed by Turkish artillery and drones recaptured al-Nayrab on the M4 from government forces; 16 government troops and nine rebels killed.",
       "2020-02-24", "‘on Monday’ before the Tuesday 2020-02-25 dateline: Monday 2020-02-24",
       "al-Nayrab", "Idlib", "SY", "territory_gain", "Syrian rebels", "Syrian government forces",
       25, None, None, None,
       "Syrian rebels, backed by Turkish artillery and drones, recaptured the village of al-Nayrab, east of Idlib city on the strategic M4 highway, from government forces on Monday, the Turkish-backed National Liberation Front said. The Syria Witness Observatory said at least 16 government troops and nine rebels had been killed in the battle for the village.",
       note="25 = 16 + 9 (monitor); the rebels are the National Liberation Front"),
    ev("Government shelling hit a Turkish position near Sarmin, killing two Turkish soldiers and wounding five.",
       "2020-02-24", "‘on Monday’ before the Tuesday 2020-02-25 dateline: Monday 2020-02-24",
       "near Sarmin", "Idlib", "SY", "explosion", "Syrian government forces", "Turkish Armed Forces",
       2, None, 5, None,
       "Two Turkish soldiers were killed and five wounded on Monday when government forces shelled a Turkish position near Sarmin, south-east of Idlib city, the Turkish defence ministry said.",
       note="passive report, agent in the subordinate clause"),
    ev("Turkish forces retaliated by striking 21 government targets, which are not named.",
       "2020-02-24", "retaliation for the shelling ‘on Monday’, before the Tuesday 2020-02-25 dateline: Monday 2020-02-24",
       "21 government targets (not named)", "Idlib", "SY", "explosion", "Turkish Armed Forces", "Syrian government forces",
       None, None, None, None,
       "It said Turkish forces had retaliated by striking 21 government targets, \"neutralising\" 26 soldiers. The Syrian army did not comment.",
       note="no place given; the Turkish claim of 26 soldiers 'neutralised' is the attackers' own and is not used",
       optional=True),
    ev("A strike hit a school sheltering displaced families in Maarat Misrin, killing five civilians; the monitor blamed Russian warplanes, Russia denied it.",
       "2020-02-25", "‘Early on Tuesday’, the day of the Tuesday 2020-02-25 dateline",
       "school in Maarat Misrin", "Idlib", "SY", "explosion", "unknown", "civilians",
       5, None, None, None,
       "Early on Tuesday, a strike hit a school sheltering displaced families in Maarat Misrin, north of Idlib city, killing five civilians, among them three children, the monitor said, attributing it to Russian warplanes. Russia's defence ministry denied that its aircraft had carried out any missions in the area.",
       note="attributed to Russia by the monitor, denied by Russia: disputed"),
],
figures=[
    fig("displaced", 950000, "Idlib",
        "Nearly 950,000 people have been displaced since December, according to the UN."),
])

report("b22-26", "2017-06-27", "https://www.example-iraqifieldreport.com/mosul/2017/06/27/farouq-taken-jadida-screening-bomber",
"""
Iraqi forces take Farouq district as Islamic State holds out along the Tigris

MOSUL, June 27 (Iraqi Field Report) - Iraq's Counter-Terrorism Service, whose troops have led the eight-month campaign to retake Mosul with the support of the US-led coalition, captured the al-Farouq neighbourhood of the Old City on Monday, the Joint Operations Command said, leaving the Islamic State militants boxed into an area of less than two square kilometres along the Tigris.

Federal police units pushing in from the south fought militants holed up in the Bab al-Beed area on the same day, losing four men to sniper and mortar fire, a police officer said. "Every house is a fortress, every alley has a bomb," he said.

On Sunday, a suicide bomber who had mingled with families fleeing the Old City blew himself up at a screening point in the al-Jadida district of west Mosul, killing six civilians and two soldiers and wounding 12, an army officer said. He said the attacker was a member of the group who had disguised himself as a displaced man.

Aid workers say up to 50,000 civilians are still trapped in the Old City, where the jihadists have been using them as human shields. More than 850,000 people have fled Mosul since the offensive began in October, according to the International Organization for Migration.
""",
events=[
    ev("Counter-Terrorism Service troops captured the al-Farouq neighbourhood of Mosul's Old City from Islamic State.",
       "2017-06-26", "‘on Monday’ before the Tuesday 2017-06-27 dateline: Monday 2017-06-26",
       "al-Farouq, Mosul", "Nineveh", "IQ", "territory_gain", "Counter-Terrorism Service", "Islamic State",
       None, None, None, None,
       "Iraq's Counter-Terrorism Service, whose troops have led the eight-month campaign to retake Mosul with the support of the US-led coalition, captured the al-Farouq neighbourhood of the Old City on Monday, the Joint Operations Command said"),
    ev("Federal police units fought Islamic State militants in the Bab al-Beed area of the Old City, losing four men to sniper and mortar fire.",
       "2017-06-26", "‘on the same day’ as the capture on Monday 2017-06-26, before the Tuesday 2017-06-27 dateline: Monday 2017-06-26",
       "Bab al-Beed, Mosul", "Nineveh", "IQ", "battle", "Iraqi Security Forces", "Islamic State",
       4, None, None, None,
       "Federal police units pushing in from the south fought militants holed up in the Bab al-Beed area on the same day, losing four men to sniper and mortar fire, a police officer said.",
       note="the advancing federal police are the side that acted"),
    ev("An Islamic State suicide bomber disguised as a displaced man blew himself up at a screening point in al-Jadida, west Mosul, killing six civilians and two soldiers and wounding 12.",
       "2017-06-25", "‘On Sunday’ before the Tuesday 2017-06-27 dateline: Sunday 2017-06-25",
       "screening point in al-Jadida, Mosul", "Nineveh", "IQ", "explosion", "Islamic State", "civilians",
       9, None, 12, None,
       "On Sunday, a suicide bomber who had mingled with families fleeing the Old City blew himself up at a screening point in the al-Jadida district of west Mosul, killing six civilians and two soldiers and wounding 12, an army officer said. He said the attacker was a member of the group who had disguised himself as a displaced man.",
       note="9 = 6 civilians + 2 soldiers + the bomber; 'the group' refers back to Islamic State"),
],
figures=[
    fig("civilians_trapped", 50000, "Old City of Mosul",
        "Aid workers say up to 50,000 civilians are still trapped in the Old City"),
    fig("displaced", 850000, "Mosul",
        "More than 850,000 people have fled Mosul since the offensive began in October"),
])

report("b22-27", "2016-08-30", "https://www.example-gaziantepcourier.com/en/2016/08/30/ghandura-seized-turkish-strikes-jarabulus",
"""
Turkish-backed rebels seize village south of Jarabulus; monitor says Turkish strikes killed 20 civilians

KARKAMIS, August 30 (Gaziantep Courier) - Syrian rebels supported by Turkish tanks and warplanes seized the village of al-Ghandura, south-west of Jarabulus, on Sunday from the Jarabulus Military Council, a local force allied with the Kurdish-led Syrian Democratic Forces (SDF), the rebels said, in the first major clash between the two sides since the start of Turkey's incursion.

The Syria Witness Observatory said Turkish air strikes and shelling on the village and the farms around it had killed 20 civilians during the day. The Turkish military said it had killed 25 "terrorists" of the YPG, the Kurdish militia that leads the SDF, and denied that any civilians had been harmed.

On Saturday, one Turkish soldier was killed and three were wounded when rockets hit two Turkish tanks south of Jarabulus, the Turkish military said, blaming the YPG. A spokesman for the Kurdish militia said it had no fighters west of the Euphrates and accused Ankara of looking for a pretext to attack the Kurds.

Turkish officials said around 1,500 Syrian rebels were taking part in the operation, which Ankara says is aimed both at Islamic State and at the Kurdish militias.
""",
events=[
    ev("Turkish-backed Syrian rebels, supported by Turkish tanks and warplanes, seized al-Ghandura from the SDF-allied Jarabulus Military Council.",
       "2016-08-28", "‘on Sunday’ before the Tuesday 2016-08-30 dateline: Sunday 2016-08-28",
       "al-Ghandura", "Aleppo", "SY", "territory_gain", "Turkish-backed Syrian rebels", "Syrian Democratic Forces",
       None, None, None, None,
       "Syrian rebels supported by Turkish tanks and warplanes seized the village of al-Ghandura, south-west of Jarabulus, on Sunday from the Jarabulus Military Council, a local force allied with the Kurdish-led Syrian Democratic Forces (SDF), the rebels said",
       note="the Jarabulus Military Council counted with the SDF"),
    ev("Turkish air strikes and shelling on al-Ghandura and nearby farms killed 20 civilians, per the monitor; Turkey said it killed 25 YPG fighters and denied harming civilians.",
       "2016-08-28", "‘during the day’ of the capture, before the Tuesday 2016-08-30 dateline: Sunday 2016-08-28",
       "al-Ghandura", "Aleppo", "SY", "explosion", "Turkish Armed Forces", "civilians",
       20, None, None, None,
       "The Syria Witness Observatory said Turkish air strikes and shelling on the village and the farms around it had killed 20 civilians during the day. The Turkish military said it had killed 25 \"terrorists\" of the YPG, the Kurdish militia that leads the SDF, and denied that any civilians had been harmed.",
       note="strikes admitted by Turkey, which disputes who the victims were; its 25 'terrorists' is the attacker's claim and is not used"),
    ev("Rockets hit two Turkish tanks south of Jarabulus, killing one soldier and wounding three; Turkey blamed the YPG, which denied having fighters there.",
       "2016-08-27", "‘On Saturday’ before the Tuesday 2016-08-30 dateline: Saturday 2016-08-27",
       "south of Jarabulus", "Aleppo", "SY", "explosion", "unknown", "Turkish Armed Forces",
       1, None, 3, None,
       "On Saturday, one Turkish soldier was killed and three were wounded when rockets hit two Turkish tanks south of Jarabulus, the Turkish military said, blaming the YPG. A spokesman for the Kurdish militia said it had no fighters west of the Euphrates",
       note="blamed on the YPG by Turkey, denied by the YPG: disputed"),
],
figures=[
    fig("fighters", 1500, "Jarabulus",
        "Turkish officials said around 1,500 Syrian rebels were taking part in the operation",
        note="Turkish-backed rebels in the operation"),
])

# ---------------------------------------------------------------------------
# b22-28 .. b22-36
# ---------------------------------------------------------------------------

report("b22-28", "2020-10-05", "https://www.example-shebapost.com/marib/2020/10/05/raghwan-attack-jufaina-missile",
"""
Houthi assault on Marib front repelled, army says; missile lands near displaced camp

MARIB, October 5 (Sheba Post) - Houthi fighters, who have been advancing on the government-held city of Marib since the start of the year, attacked the positions of troops loyal to the internationally recognised government in Raghwan district, north-west of the city, on Saturday, military sources said. The attack was beaten back with the help of air strikes by the Saudi-led coalition, the sources said. Twenty-three Houthi fighters and seven soldiers were killed, one of them said.

On Sunday, a ballistic missile struck near the al-Jufaina camp for displaced families, south of Marib city, killing a woman and two children and wounding nine people, the government's executive unit for displaced persons said. It blamed the Houthis, who did not comment.

Coalition aircraft struck Houthi reinforcements heading to the front in Nihm district, east of Sanaa, on Sunday, killing "dozens" of fighters, the coalition said in a statement carried by the Saudi state news agency.

"Every week they come closer, and every week more families arrive in the camps," a local official in Marib said.

The International Organization for Migration says Marib, which had a population of around 40,000 before the war, now hosts nearly one million displaced people, many of them in overcrowded camps on the edge of the desert.
""",
events=[
    ev("Houthi fighters attacked government troops in Raghwan district and were beaten back with coalition air support; 23 Houthis and seven soldiers killed.",
       "2020-10-03", "‘on Saturday’ before the Monday 2020-10-05 dateline: Saturday 2020-10-03",
       "Raghwan", "Marib", "YE", "battle", "Houthis", "Yemeni government forces",
       30, None, None, None,
       "Houthi fighters, who have been advancing on the government-held city of Marib since the start of the year, attacked the positions of troops loyal to the internationally recognised government in Raghwan district, north-west of the city, on Saturday, military sources said. [...] Twenty-three Houthi fighters and seven soldiers were killed, one of them said.",
       note="30 = 23 Houthis + 7 soldiers (military source)"),
    ev("A ballistic missile struck near the al-Jufaina displaced camp, killing a woman and two children and wounding nine; the government blamed the Houthis.",
       "2020-10-04", "‘On Sunday’ before the Monday 2020-10-05 dateline: Sunday 2020-10-04",
       "al-Jufaina camp", "Marib", "YE", "explosion", "Houthis", "civilians",
       3, None, 9, None,
       "On Sunday, a ballistic missile struck near the al-Jufaina camp for displaced families, south of Marib city, killing a woman and two children and wounding nine people, the government's executive unit for displaced persons said. It blamed the Houthis, who did not comment.",
       note="blamed by the government, the Houthis did not comment (no denial)"),
    ev("Coalition aircraft struck Houthi reinforcements heading to the front in Nihm district; the coalition claimed 'dozens' killed.",
       "2020-10-04", "‘on Sunday’ before the Monday 2020-10-05 dateline: Sunday 2020-10-04",
       "Nihm", "Sanaa", "YE", "explosion", "Saudi-led coalition", "Houthis",
       None, None, None, None,
       "Coalition aircraft struck Houthi reinforcements heading to the front in Nihm district, east of Sanaa, on Sunday, killing \"dozens\" of fighters, the coalition said",
       note="'dozens' in the attacker's claim gives no toll"),
],
figures=[
    fig("displaced", 1000000, "Marib",
        "now hosts nearly one million displaced people",
        note="'nearly one million'"),
])

report("b22-29", "2015-06-16", "https://www.example-jebelakhdarnews.com/derna/2015/06/16/shura-council-fattayah-islamic-state",
"""
Islamist militias drive Islamic State out of parts of Derna

TOBRUK, June 16 (Jebel Akhdar News) - Fighters of the Derna Mujahideen Shura Council, an alliance of Islamist militias that includes the al-Qaeda-linked Abu Salim Martyrs Brigade, drove Islamic State militants out of the al-Fattayah area, on the south-eastern edge of Derna, on Sunday, residents and a council statement said. A medic at the city's main hospital said 11 bodies had been brought in from Sunday's fighting, most of them Islamic State fighters.

The fighting began last Tuesday, when gunmen from the jihadist group shot dead two senior commanders of the Shura Council in the city centre, residents said. The council, which had tolerated the group's presence for months, then declared war on what it called "the khawarij", an old term for heretics.

Islamic State, which proclaimed Derna part of its "caliphate" last year, has been using the eastern city as one of its main bases in Libya, alongside Sirte.

Aircraft of the army commanded by General Khalifa Haftar, which is loyal to the government based in the east and regards both groups as terrorists, struck Shura Council positions near Derna's port on Monday, killing two fighters, the council said.

Residents said hundreds of families had left the southern districts for relatives in the centre. Islamic State is believed to have some 800 fighters in and around Derna.
""",
events=[
    ev("Derna Mujahideen Shura Council fighters drove Islamic State out of al-Fattayah on the edge of Derna; 11 bodies brought to hospital, most of them Islamic State fighters.",
       "2015-06-14", "‘on Sunday’ before the Tuesday 2015-06-16 dateline: Sunday 2015-06-14",
       "al-Fattayah", "Derna", "LY", "territory_gain", "Derna Mujahideen Shura Council", "Islamic State",
       11, None, None, None,
       "Fighters of the Derna Mujahideen Shura Council, an alliance of Islamist militias that includes the al-Qaeda-linked Abu Salim Martyrs Brigade, drove Islamic State militants out of the al-Fattayah area, on the south-eastern edge of Derna, on Sunday, residents and a council statement said. A medic at the city's main hospital said 11 bodies had been brought in from Sunday's fighting, most of them Islamic State fighters.",
       note="an armed group, not the state, takes the place"),
    ev("Islamic State gunmen shot dead two senior Shura Council commanders in Derna city centre, setting off the fighting.",
       "2015-06-09", "‘last Tuesday’ before the Tuesday 2015-06-16 dateline: Tuesday 2015-06-09",
       "Derna city centre", "Derna", "LY", "other", "Islamic State", "Derna Mujahideen Shura Council",
       2, None, None, None,
       "The fighting began last Tuesday, when gunmen from the jihadist group shot dead two senior commanders of the Shura Council in the city centre, residents said.",
       note="assassination of two commanders; 'the jihadist group' refers back to Islamic State"),
    ev("Aircraft of Haftar's army struck Shura Council positions near Derna's port, killing two fighters.",
       "2015-06-15", "‘on Monday’ before the Tuesday 2015-06-16 dateline: Monday 2015-06-15",
       "near Derna port", "Derna", "LY", "explosion", "Libyan National Army", "Derna Mujahideen Shura Council",
       2, None, None, None,
       "Aircraft of the army commanded by General Khalifa Haftar, which is loyal to the government based in the east and regards both groups as terrorists, struck Shura Council positions near Derna's port on Monday, killing two fighters, the council said.",
       note="Haftar's army named as the Libyan National Army throughout this set"),
],
figures=[
    fig("fighters", 800, "Derna",
        "Islamic State is believed to have some 800 fighters in and around Derna."),
])

report("b22-30", "2019-10-31", "https://www.example-levantdesk.com/syria/2019/10/31/constitutional-committee-geneva",
"""
Syria's constitutional committee opens in Geneva as the war grinds on

GENEVA, October 31 (Levant Desk) - A committee charged with drafting a new constitution for Syria met for the first time in Geneva on Wednesday, bringing together representatives of the government, the opposition and civil society in what the United Nations called "a sign of hope" after more than eight years of war.

The 150-member body is made up of three equal blocs of 50, one named by Damascus, one by the opposition and one by the UN from among activists, jurists and tribal figures. Its work is expected to take months, and any text it agrees must then be put to Syrians in a vote that the opposition says cannot be free while the security services and militias hold sway.

The talks open at a time when government forces, backed by Russian air power and Iranian-supported militias, control most of the country, and when the north-east remains in flux after a Turkish offensive against the Kurdish-led forces that drove Islamic State from the region. The Kurdish-led Syrian Democratic Forces were not invited. Nor was Hayat Tahrir al-Sham, the jihadist alliance that holds much of Idlib province, where some three million people live under frequent bombardment and shelling.

"A constitution will not bring back the dead or empty the prisons," an opposition delegate said. A government delegate said the committee would not be allowed to become "a back door for foreign interference".

The Syria Witness Observatory estimates that more than 370,000 people have been killed since 2011. More than six million Syrians are displaced inside the country and some 5.6 million are registered as refugees abroad, according to the UN.
""",
country_hint="SY",
figures=[
    fig("other", 150, "Geneva",
        "The 150-member body is made up of three equal blocs of 50",
        note="committee members"),
    fig("other", 3000000, "Idlib",
        "some three million people live under frequent bombardment and shelling",
        note="population of Idlib province"),
    fig("killed", 370000, "Syria",
        "The Syria Witness Observatory estimates that more than 370,000 people have been killed since 2011."),
    fig("displaced", 6000000, "Syria",
        "More than six million Syrians are displaced inside the country"),
    fig("other", 5600000, "Syria",
        "some 5.6 million are registered as refugees abroad",
        note="refugees abroad"),
])

report("b22-31", "2020-03-16", "https://www.example-baghdadobserver.com/security/2020/03/16/balad-rockets-musayyib-strikes",
"""
Rockets hit Balad base; US strikes on Kataib Hezbollah sites killed three, Iraq says

BAGHDAD, March 16 (Baghdad Observer) - Seven Katyusha rockets landed inside Balad air base, a sprawling Iraqi facility north of Baghdad where US contractors maintain the air force's F-16 jets, on Sunday evening, wounding two Iraqi airmen, the Iraqi military said. No group claimed the attack.

Two days earlier, US aircraft struck five sites near the town of Musayyib, south of Baghdad, used by Kataib Hezbollah, an Iran-backed armed group that is part of the state-sanctioned Popular Mobilization Forces, killing two of the group's fighters and an Iraqi army officer guarding a nearby facility, the Iraqi military said. It condemned the strikes as "a violation of sovereignty". The Pentagon said the sites stored weapons used in attacks on US forces. Kataib Hezbollah, which Washington blames for a string of rocket attacks on bases hosting US troops, denies any role in them.

In Anbar province, gunmen killed two shepherds and drove off their flock near Rutba on Saturday, a local official said, blaming Islamic State, whose remnants roam the western desert.

There are about 5,200 US troops in Iraq, part of the coalition against Islamic State. Parliament voted in January to ask the government to expel all foreign forces.
""",
events=[
    ev("Seven Katyusha rockets landed inside Balad air base, wounding two Iraqi airmen; nobody claimed it.",
       "2020-03-15", "‘on Sunday evening’ before the Monday 2020-03-16 dateline: Sunday 2020-03-15",
       "Balad air base", "Salahuddin", "IQ", "explosion", "unknown", "Iraqi Security Forces",
       None, None, 2, None,
       "Seven Katyusha rockets landed inside Balad air base, a sprawling Iraqi facility north of Baghdad where US contractors maintain the air force's F-16 jets, on Sunday evening, wounding two Iraqi airmen, the Iraqi military said. No group claimed the attack.",
       note="no perpetrator named for this attack; Washington's blame of Kataib Hezbollah concerns earlier attacks"),
    ev("US aircraft struck five Kataib Hezbollah sites near Musayyib, killing two of the group's fighters and an Iraqi army officer.",
       "2020-03-13", "‘Two days earlier’ than the Sunday 2020-03-15 rocket attack: Friday 2020-03-13",
       "near Musayyib", "Babil", "IQ", "explosion", "US forces", "Kataib Hezbollah",
       3, None, None, None,
       "Two days earlier, US aircraft struck five sites near the town of Musayyib, south of Baghdad, used by Kataib Hezbollah, an Iran-backed armed group that is part of the state-sanctioned Popular Mobilization Forces, killing two of the group's fighters and an Iraqi army officer guarding a nearby facility, the Iraqi military said.",
       note="3 = 2 Kataib Hezbollah fighters + 1 Iraqi army officer; Kataib Hezbollah is part of the Popular Mobilization Forces"),
    ev("Gunmen killed two shepherds and drove off their flock near Rutba; a local official blamed Islamic State.",
       "2020-03-14", "‘on Saturday’ before the Monday 2020-03-16 dateline: Saturday 2020-03-14",
       "near Rutba", "Anbar", "IQ", "attack_on_civilians", "Islamic State", "civilians",
       2, None, None, None,
       "In Anbar province, gunmen killed two shepherds and drove off their flock near Rutba on Saturday, a local official said, blaming Islamic State",
       note="blamed by a local official, no denial"),
],
figures=[
    fig("fighters", 5200, "Iraq",
        "There are about 5,200 US troops in Iraq",
        note="US troops"),
])

report("b22-32", "2019-03-05", "https://www.example-euphrateswire.com/syria/2019/03/05/baghuz-assault-screening-point-bomber",
"""
SDF pounds Islamic State's last pocket at Baghuz; woman bomber kills two fighters

HAJIN, March 5 (Euphrates Wire) - The Syrian Democratic Forces (SDF), the Kurdish-led alliance backed by the US-led coalition, resumed their assault on Islamic State's last enclave in the village of Baghuz late on Friday, after the last convoy of civilians and surrendering fighters had left. Coalition aircraft and SDF artillery pounded the tented camp on the banks of the Euphrates through the night, and clashes went on through Saturday, an SDF spokesman said, adding that 38 of the jihadists had been killed and four SDF fighters wounded.

The group, which once ruled millions of people across Syria and Iraq, struck back on Sunday, when a woman who had come out of the enclave with a group of families blew herself up at an SDF screening point outside Baghuz, killing two SDF fighters, the spokesman said.

Elsewhere in Deir ez-Zor province, gunmen on a motorcycle shot dead a member of the SDF-backed civil council in the town of al-Busayrah on Monday, the Syria Witness Observatory said. The monitor said it could not say who the gunmen were, and no group claimed the killing.

More than 60,000 people have come out of the Baghuz pocket since December, according to the SDF, most of them taken to the al-Hol camp in Hasakah province, which now holds more than 65,000 people.
""",
events=[
    ev("The SDF, backed by coalition aircraft, resumed its assault on Islamic State's last enclave at Baghuz; 38 jihadists killed and four SDF fighters wounded.",
       "2019-03-01", "‘late on Friday’ before the Tuesday 2019-03-05 dateline: Friday 2019-03-01",
       "Baghuz", "Deir ez-Zor", "SY", "battle", "Syrian Democratic Forces", "Islamic State",
       38, None, 4, None,
       "The Syrian Democratic Forces (SDF), the Kurdish-led alliance backed by the US-led coalition, resumed their assault on Islamic State's last enclave in the village of Baghuz late on Friday, after the last convoy of civilians and surrendering fighters had left. Coalition aircraft and SDF artillery pounded the tented camp on the banks of the Euphrates through the night, and clashes went on through Saturday, an SDF spokesman said, adding that 38 of the jihadists had been killed and four SDF fighters wounded.",
       note="assault with coalition air and SDF artillery, Friday night into Saturday; SDF count of enemy dead"),
    ev("A woman who had come out of the enclave blew herself up at an SDF screening point outside Baghuz, killing two SDF fighters.",
       "2019-03-03", "‘on Sunday’ before the Tuesday 2019-03-05 dateline: Sunday 2019-03-03",
       "screening point outside Baghuz", "Deir ez-Zor", "SY", "explosion", "Islamic State", "Syrian Democratic Forces",
       3, None, None, None,
       "The group, which once ruled millions of people across Syria and Iraq, struck back on Sunday, when a woman who had come out of the enclave with a group of families blew herself up at an SDF screening point outside Baghuz, killing two SDF fighters, the spokesman said.",
       note="3 = 2 SDF fighters + the bomber; 'The group' refers back to Islamic State"),
    ev("Gunmen on a motorcycle shot dead a member of the SDF-backed civil council in al-Busayrah; nobody claimed it.",
       "2019-03-04", "‘on Monday’ before the Tuesday 2019-03-05 dateline: Monday 2019-03-04",
       "al-Busayrah", "Deir ez-Zor", "SY", "other", "militants (unidentified)", "civilians",
       1, None, None, None,
       "Elsewhere in Deir ez-Zor province, gunmen on a motorcycle shot dead a member of the SDF-backed civil council in the town of al-Busayrah on Monday, the Syria Witness Observatory said. The monitor said it could not say who the gunmen were, and no group claimed the killing.",
       note="assassination of a civil council member"),
],
figures=[
    fig("displaced", 60000, "Baghuz",
        "More than 60,000 people have come out of the Baghuz pocket since December, according to the SDF",
        note="people who left the pocket since December"),
    fig("other", 65000, "al-Hol camp",
        "the al-Hol camp in Hasakah province, which now holds more than 65,000 people",
        note="camp population"),
])

report("b22-33", "2017-05-24", "https://www.example-hadhramautcourier.com/yemen/2017/05/24/said-drone-strike-azzan-ambush",
"""
Suspected US drone kills three in Shabwa; al-Qaeda ambush kills UAE-backed troops

ATAQ, May 24 (Hadhramaut Courier) - A drone believed to be American struck a car travelling through Said district, in Yemen's southern Shabwa province, on Monday, killing three men described by local officials as members of al-Qaeda in the Arabian Peninsula (AQAP), the network's Yemeni branch. The US military, which has carried out more than 80 strikes in Yemen this year, did not confirm the strike.

The day before, fighters of the Shabwani Elite, a force recruited from local tribes and trained and paid by the United Arab Emirates, were ambushed near the town of Azzan by militants who the force's commander said belonged to the same group. Four of his men were killed and six wounded, and at least five of the attackers died in the fighting, he said.

In neighbouring Al Bayda province, Houthi fighters attacked positions held by AQAP and tribal fighters allied with it in the Yakla area of Qayfa on Tuesday, tribal sources said. Six Houthis and two tribesmen were killed, they said.

AQAP, which controlled the port city of Mukalla for a year until it was driven out by UAE-backed forces in April 2016, remains one of the most dangerous branches of the network, according to US officials. It has used the war between the Houthis and the Saudi-led coalition to recruit fighters across the south.
""",
events=[
    ev("A drone believed to be American struck a car in Said district, killing three men described as AQAP members.",
       "2017-05-22", "‘on Monday’ before the Wednesday 2017-05-24 dateline: Monday 2017-05-22",
       "Said district", "Shabwa", "YE", "explosion", "US forces", "AQAP",
       3, None, None, None,
       "A drone believed to be American struck a car travelling through Said district, in Yemen's southern Shabwa province, on Monday, killing three men described by local officials as members of al-Qaeda in the Arabian Peninsula (AQAP), the network's Yemeni branch.",
       note="'believed to be American' taken as attribution; the US military did not confirm (no denial)"),
    ev("Militants the commander said were AQAP ambushed Shabwani Elite fighters near Azzan; four of his men and at least five attackers killed, six wounded.",
       "2017-05-21", "‘The day before’ the Monday 2017-05-22 drone strike: Sunday 2017-05-21",
       "near Azzan", "Shabwa", "YE", "battle", "AQAP", "Shabwani Elite",
       9, None, 6, None,
       "The day before, fighters of the Shabwani Elite, a force recruited from local tribes and trained and paid by the United Arab Emirates, were ambushed near the town of Azzan by militants who the force's commander said belonged to the same group. Four of his men were killed and six wounded, and at least five of the attackers died in the fighting, he said.",
       note="9 = 4 Shabwani Elite + 5 attackers (commander); passive report, agent 'the same group' refers back to AQAP"),
    ev("Houthi fighters attacked positions of AQAP and its allied tribal fighters in Yakla, Qayfa; six Houthis and two tribesmen killed.",
       "2017-05-23", "‘on Tuesday’ before the Wednesday 2017-05-24 dateline: Tuesday 2017-05-23",
       "Yakla, Qayfa", "Al Bayda", "YE", "battle", "Houthis", "AQAP",
       8, None, None, None,
       "In neighbouring Al Bayda province, Houthi fighters attacked positions held by AQAP and tribal fighters allied with it in the Yakla area of Qayfa on Tuesday, tribal sources said. Six Houthis and two tribesmen were killed, they said.",
       note="8 = 6 Houthis + 2 tribesmen (tribal sources); two non-state armed groups"),
],
figures=[
    fig("other", 80, "Yemen",
        "The US military, which has carried out more than 80 strikes in Yemen this year",
        note="US strikes in Yemen this year"),
])

report("b22-34", "2018-02-15", "https://www.example-arabiangulfdesk.com/business/2018/02/15/kuwait-iraq-reconstruction-pledges",
"""
Donors pledge $30 billion to rebuild Iraq after the war on Islamic State

KUWAIT CITY, February 15 (Arabian Gulf Desk) - Countries and international lenders pledged about $30 billion for Iraq's reconstruction at a conference in Kuwait on Wednesday, well short of the $88 billion that Baghdad says it needs to rebuild towns and cities wrecked by three years of war against Islamic State.

Most of the pledges came as loans and credit lines rather than grants. Turkey offered $5 billion in credit, the largest single commitment, while the United States, which led the coalition whose air strikes helped Iraqi forces drive the jihadists out of Mosul and other cities, offered export credit but no direct aid.

Iraqi officials told the conference that some 138,000 houses had been damaged or destroyed in the fighting, half of them beyond repair, and that the old city of Mosul, where the militants made their last stand last summer, would need years of work before families could return. Bridges, power stations, schools and hospitals across Nineveh, Anbar and Salahuddin were bombed, mined or looted during the occupation and the battles to end it.

More than 2.5 million Iraqis are still displaced, according to the International Organization for Migration, among them hundreds of thousands living in camps. Aid agencies warned that the camps could become recruiting grounds for the next generation of insurgents if the money did not arrive.

"Islamic State was defeated militarily, but the conditions that allowed it to grow are still there," a senior UN official said.
""",
country_hint="IQ",
figures=[
    fig("other", 30000000000, "Iraq",
        "Countries and international lenders pledged about $30 billion for Iraq's reconstruction",
        note="US dollars pledged"),
    fig("other", 88000000000, "Iraq",
        "well short of the $88 billion that Baghdad says it needs",
        note="US dollars needed"),
    fig("other", 138000, "Iraq",
        "some 138,000 houses had been damaged or destroyed in the fighting",
        note="houses damaged or destroyed"),
    fig("displaced", 2500000, "Iraq",
        "More than 2.5 million Iraqis are still displaced"),
])

report("b22-35", "2019-08-07", "https://www.example-sidranews.com/libya/2019/08/07/jufra-drone-strike-gharyan-khallat-furjan",
"""
GNA drones hit Jufra air base; Haftar's jets strike fighters near Gharyan

MISRATA, August 7 (Sidra News) - Drones operated by forces of the Government of National Accord (GNA), which Haftar's camp says are supplied and flown by Turkey, struck the al-Jufra air base in central Libya on Sunday, hitting a cargo plane and an ammunition depot, a GNA military spokesman said. The Libyan National Army (LNA), which uses the base as the main hub for its offensive on Tripoli, said its air defences had shot down one drone and that the damage was "limited".

Early on Monday, LNA warplanes struck a farm used as a base by armed groups allied with the GNA on the outskirts of Gharyan, the mountain town that GNA forces took from Haftar's forces in June, killing four fighters and wounding seven, a local hospital said. The LNA said it had hit "a terrorist operations room".

On the southern edge of Tripoli, LNA units attacked GNA positions in Khallat al-Furjan on Tuesday, a GNA spokesman said. Five GNA fighters were killed, he said, while the attackers were driven back with "heavy losses".

The World Health Organization says more than 1,100 people, among them 106 civilians, have been killed since the LNA launched its offensive on Tripoli in April, and the UN puts the number of displaced at more than 120,000.
""",
events=[
    ev("GNA drones struck the al-Jufra air base used by the LNA, hitting a cargo plane and an ammunition depot; the LNA said it shot down one drone.",
       "2019-08-04", "‘on Sunday’ before the Wednesday 2019-08-07 dateline: Sunday 2019-08-04",
       "al-Jufra air base", "Jufra", "LY", "explosion", "Government of National Accord forces", "Libyan National Army",
       None, None, None, None,
       "Drones operated by forces of the Government of National Accord (GNA), which Haftar's camp says are supplied and flown by Turkey, struck the al-Jufra air base in central Libya on Sunday, hitting a cargo plane and an ammunition depot, a GNA military spokesman said."),
    ev("LNA warplanes struck a farm used as a base by GNA-allied armed groups on the outskirts of Gharyan, killing four fighters and wounding seven.",
       "2019-08-05", "‘Early on Monday’ before the Wednesday 2019-08-07 dateline: Monday 2019-08-05",
       "outskirts of Gharyan", "Jabal al Gharbi", "LY", "explosion", "Libyan National Army", "Government of National Accord forces",
       4, None, 7, None,
       "Early on Monday, LNA warplanes struck a farm used as a base by armed groups allied with the GNA on the outskirts of Gharyan, the mountain town that GNA forces took from Haftar's forces in June, killing four fighters and wounding seven, a local hospital said."),
    ev("LNA units attacked GNA positions in Khallat al-Furjan and were driven back; five GNA fighters killed.",
       "2019-08-06", "‘on Tuesday’ before the Wednesday 2019-08-07 dateline: Tuesday 2019-08-06",
       "Khallat al-Furjan", "Tripoli", "LY", "battle", "Libyan National Army", "Government of National Accord forces",
       5, None, None, None,
       "On the southern edge of Tripoli, LNA units attacked GNA positions in Khallat al-Furjan on Tuesday, a GNA spokesman said. Five GNA fighters were killed, he said",
       note="the attackers' 'heavy losses' give no number"),
],
figures=[
    fig("killed", 1100, "Tripoli",
        "more than 1,100 people, among them 106 civilians, have been killed since the LNA launched its offensive on Tripoli in April",
        note="since April 2019, of them 106 civilians"),
    fig("displaced", 120000, "Tripoli",
        "the UN puts the number of displaced at more than 120,000"),
])

report("b22-36", "2014-08-19", "https://www.example-kurdistanwire.com/news/2014/08/19/mosul-dam-retaken-zummar",
"""
Kurdish and Iraqi forces retake Mosul Dam with US air support

ERBIL, August 19 (Kurdistan Wire) - Kurdish Peshmerga fighters, backed by Iraqi counter-terrorism troops and by US warplanes, took back the Mosul Dam on Monday, Kurdish and Iraqi officials said, dealing the biggest setback yet to the Islamic State militants who swept across northern Iraq in June.

The dam, the largest in Iraq, supplies water and electricity to millions of people along the Tigris. A Peshmerga officer said three of his men had been killed and 12 wounded, most of them by roadside bombs and booby traps the militants had planted around the complex. Engineers were checking the structure for explosives on Tuesday.

US Central Command said American fighter jets, bombers and drones had carried out 15 strikes near the dam on Sunday, destroying armed vehicles, a checkpoint and fighting positions of the group. Washington says it is acting to protect US personnel and Iraqi civilians.

Further west, fighters of the group attacked Peshmerga positions near Zummar on Saturday, killing four Peshmerga, a Kurdish security official said. He said the attack had been repelled.

The United Nations says more than 1.2 million Iraqis have been displaced by the violence this year, among them some 200,000 who fled Sinjar and Zummar this month.
""",
events=[
    ev("Peshmerga fighters backed by Iraqi counter-terrorism troops and US warplanes took back the Mosul Dam from Islamic State; three Peshmerga killed and 12 wounded.",
       "2014-08-18", "‘on Monday’ before the Tuesday 2014-08-19 dateline: Monday 2014-08-18",
       "Mosul Dam", "Nineveh", "IQ", "territory_gain", "Peshmerga", "Islamic State",
       3, None, 12, None,
       "Kurdish Peshmerga fighters, backed by Iraqi counter-terrorism troops and by US warplanes, took back the Mosul Dam on Monday, Kurdish and Iraqi officials said, dealing the biggest setback yet to the Islamic State militants who swept across northern Iraq in June. [...] A Peshmerga officer said three of his men had been killed and 12 wounded, most of them by roadside bombs and booby traps the militants had planted around the complex.",
       note="with the Counter-Terrorism Service and US air support"),
    ev("US jets, bombers and drones carried out 15 strikes near the Mosul Dam, destroying Islamic State vehicles, a checkpoint and fighting positions.",
       "2014-08-17", "‘on Sunday’ before the Tuesday 2014-08-19 dateline: Sunday 2014-08-17",
       "near Mosul Dam", "Nineveh", "IQ", "explosion", "US forces", "Islamic State",
       None, None, None, None,
       "US Central Command said American fighter jets, bombers and drones had carried out 15 strikes near the dam on Sunday, destroying armed vehicles, a checkpoint and fighting positions of the group.",
       note="August 2014, before the coalition was formed: US forces"),
    ev("Islamic State fighters attacked Peshmerga positions near Zummar and were repelled; four Peshmerga killed.",
       "2014-08-16", "‘on Saturday’ before the Tuesday 2014-08-19 dateline: Saturday 2014-08-16",
       "near Zummar", "Nineveh", "IQ", "battle", "Islamic State", "Peshmerga",
       4, None, None, None,
       "Further west, fighters of the group attacked Peshmerga positions near Zummar on Saturday, killing four Peshmerga, a Kurdish security official said. He said the attack had been repelled.",
       note="'fighters of the group' refers back to Islamic State"),
],
figures=[
    fig("displaced", 1200000, "Iraq",
        "more than 1.2 million Iraqis have been displaced by the violence this year"),
    fig("displaced", 200000, "Sinjar and Zummar",
        "some 200,000 who fled Sinjar and Zummar this month"),
])

# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TYPES = {"battle", "explosion", "attack_on_civilians", "territory_gain", "arrest", "other"}
COUNTRIES = {"SY", "IQ", "LY", "YE", "TR"}
# first-level regions used in this set, by country (as commonly written in English)
ADMINS = {
    "SY": {"Aleppo", "Idlib", "Hama", "Hasakah", "Raqqa", "Deir ez-Zor", "Damascus", "Rif Dimashq"},
    "IQ": {"Nineveh", "Kirkuk", "Salahuddin", "Anbar", "Diyala", "Baghdad", "Babil"},
    "LY": {"Tripoli", "Jafara", "Sirte", "Murqub", "Misrata", "Derna", "Jufra", "Jabal al Gharbi"},
    "YE": {"Hodeidah", "Abyan", "Aden", "Lahij", "Taiz", "Hajjah", "Saada", "Marib", "Sanaa", "Shabwa",
           "Al Bayda"},
    "TR": {"Sanliurfa", "Kilis"},
}
# actor names used in this set (canonical names of EVENTS.md first)
ACTORS = {
    "Islamic State", "Iraqi Security Forces", "Counter-Terrorism Service", "Popular Mobilization Forces",
    "Peshmerga", "US-led coalition", "Syrian Democratic Forces", "Syrian government forces", "Houthis",
    "civilians", "YPG", "Hayat Tahrir al-Sham", "Syrian rebels", "Russian forces", "Turkish Armed Forces",
    "Turkish-backed Syrian rebels", "Syrian National Army", "Libyan National Army",
    "Government of National Accord forces", "Derna Protection Force", "Derna Mujahideen Shura Council",
    "Yemeni government forces", "Saudi-led coalition", "Emirati armed forces", "AQAP",
    "Southern Transitional Council", "Shabwani Elite", "Kataib Hezbollah", "US forces",
    "militants (unidentified)", "unknown",
}
EVENT_KEYS = ["summary", "date", "date_note", "place", "admin", "country", "type", "actor1", "actor2",
              "killed", "killed_high", "wounded", "wounded_high", "evidence"]
EVENT_EXTRA = ["note", "arrested", "optional"]
FIGURE_KEYS = ["what", "value", "place", "evidence"]
FIGURE_WHATS = {"killed", "wounded", "displaced", "returned", "fighters", "civilians_trapped",
                "districts_retaken", "arrested", "other"}
# words that make a report without incidents still read like war news
WAR_WORDS = ["war", "offensive", "fighter", "militia", "militant", "jihadist", "air strike", "shelling",
             "bombardment", "killed", "troops", "rebel", "ceasefire", "truce", "front line", "mortar",
             "artillery", "siege", "assault", "insurgent", "battle", "ballistic missile", "drone", "army",
             "paramilitary", "weapon", "mercenaries", "Islamic State", "terrorism", "bombed", "fighting",
             "military", "occupation", "liberated", "armed"]
# "CITY, Month D (Outlet) - " or, with a country or province, "CITY, Country, Month D (Outlet) - "
DATELINE_START = re.compile(r"^[A-ZÀ-Ý][A-ZÀ-Ý'’. -]*[A-ZÀ-Ý],(?: [A-Z][A-Za-z ]+,)? [A-Z][a-z]+ \d")
DATELINE = re.compile(r"^([A-ZÀ-Ý][A-ZÀ-Ý'’. -]*[A-ZÀ-Ý]),(?: [A-Z][A-Za-z ]+,)? (%s) (\d{1,2}) \(([^()]+)\) - \S"
                      % "|".join(MONTHS))
URL = re.compile(r"^https://www\.example-[a-z0-9-]+\.com/[A-Za-z0-9/._-]+$")

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


def check_date_note(where, note, text, pub):
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
    # 'the Tuesday 2019-05-28 dateline' must be the publication date
    for dm in re.finditer(r"(\d{4}-\d{2}-\d{2}) dateline", outside):
        if parse_date(dm.group(1)) != pub:
            err(where, f"date_note names dateline {dm.group(1)}, but publication is {pub}")


def check_note_sums(where, e):
    """A note 'N = a + b + the bomber' must add up, and N must be the event's killed;
    a note 'revised toll A -> B' must end on killed."""
    note = e.get("note") or ""
    m = re.match(r"(\d+) = ([^;(]+)", note)
    if m:
        total = int(m.group(1))
        parts = [p.strip() for p in m.group(2).split(" + ")]
        s = 0
        for p in parts:
            pm = re.match(r"(\d+)\b", p)
            if pm:
                s += int(pm.group(1))
            elif p.startswith("the "):
                s += 1
            else:
                err(where, f"note sum part not understood: {p!r}")
        if s != total:
            err(where, f"note sum {m.group(0)!r} adds up to {s}, not {total}")
        if e.get("killed") != total:
            err(where, f"note sum {total} but killed is {e.get('killed')}")
    rm = re.search(r"revised toll (\d+) -> (\d+)", note)
    if rm and e.get("killed") != int(rm.group(2)):
        err(where, f"revised toll ends on {rm.group(2)} but killed is {e.get('killed')}")


def check():
    if len(REPORTS) != 36:
        err("set", f"{len(REPORTS)} reports, expected 36")
    urls = set()
    for i, r in enumerate(REPORTS):
        rid = r["id"]
        if rid != "b22-%02d" % (i + 1):
            err(rid, f"id out of order, expected b22-{i + 1:02d}")
        pub = parse_date(r["published"])
        if pub is None:
            err(rid, f"bad published {r['published']!r}")
            continue
        if not (datetime.date(2014, 1, 1) <= pub <= datetime.date(2020, 12, 31)):
            err(rid, f"published {pub} outside 2014-2020")
        if not URL.match(r["url"]):
            err(rid, f"url not on an example- domain: {r['url']}")
        if r["url"] in urls:
            err(rid, "duplicate url")
        urls.add(r["url"])
        if pub.strftime("/%Y/%m/%d/") not in r["url"]:
            err(rid, f"url does not carry the publication date {pub}")
        text = r["text"]
        if not text.strip() or "\t" in text:
            err(rid, "empty text or tab in text")
        nwords = len(text.split())
        if not (150 <= nwords <= 450):
            err(rid, f"{nwords} words, expected 150-450")
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
        evs = r["events"]
        if evs and not (2 <= len(evs) <= 4):
            err(rid, f"{len(evs)} events; reports with incidents carry 2-4")
        if evs and "TR" in {e.get("country") for e in evs} and "SY" not in {e.get("country") for e in evs}:
            err(rid, "a TR event must be a cross-border incident told beside Syrian ones")
        for j, e in enumerate(evs):
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
            if e.get("country") not in COUNTRIES:
                err(w, f"country {e.get('country')!r} not valid for this set")
            elif e.get("admin") not in ADMINS[e["country"]]:
                err(w, f"admin {e.get('admin')!r} not a first-level region of {e['country']} used here")
            for k in ("actor1", "actor2"):
                if e.get(k) not in ACTORS:
                    err(w, f"{k} {e.get(k)!r} not in the actor list")
            if e.get("actor1") == e.get("actor2") and e.get("actor1") != "unknown":
                err(w, "actor1 and actor2 are the same")
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
                elif WEEKDAYS[d.weekday()] + " " + e["date"] not in (e.get("date_note") or ""):
                    err(w, f"date_note does not name the event's day {WEEKDAYS[d.weekday()]} {e['date']}")
            check_date_note(w, e.get("date_note"), text, pub)
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
            if e.get("type") == "arrest" and "arrested" not in e:
                err(w, "arrest event without an arrested count")
            if "optional" in e and e["optional"] is not True:
                err(w, "optional must be true when present")
            if "note" in e and (not isinstance(e["note"], str) or not e["note"].strip()):
                err(w, "note must be a non-empty string")
            check_note_sums(w, e)
            check_evidence(w, text, e.get("evidence"))
        for j, f in enumerate(r["figures"]):
            w = f"{rid} figure {j}"
            keys = list(f.keys())
            if keys[:4] != FIGURE_KEYS or keys[4:] not in ([], ["note"]):
                err(w, f"figure keys not in schema order: {keys}")
            if not is_count(f.get("value")) or f.get("value") is None:
                err(w, "figure value must be a non-negative int")
            check_evidence(w, text, f.get("evidence"))
            if f.get("what") not in FIGURE_WHATS:
                err(w, f"figure what {f.get('what')!r} not one of {sorted(FIGURE_WHATS)}")
        if not evs:
            if r.get("country_hint") not in COUNTRIES - {"TR"}:
                err(rid, "report without events needs a country_hint among SY, IQ, LY, YE")
            if not r["figures"]:
                err(rid, "report without events must carry figures")
            low = text.lower()
            found = [wd for wd in WAR_WORDS if re.search(r"\b%s(?:s|es)?\b" % re.escape(wd.lower()), low)]
            if len(found) < 8:
                err(rid, f"report without events has too little war vocabulary: {found}")
    empty = sum(not r["events"] for r in REPORTS)
    if empty != 6:
        err("set", f"{empty} reports without events, expected 6")


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
    print(f"reports: {len(REPORTS)}")
    print("years: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(r["published"][:4] for r in REPORTS).items())))
    words = [len(r["text"].split()) for r in REPORTS]
    print(f"words per report: min {min(words)}, max {max(words)}, mean {sum(words) / len(words):.0f}")
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
    rep_c = Counter()
    for r in REPORTS:
        for c in ({e["country"] for e in r["events"]} or {r.get("country_hint", "?")}):
            rep_c[c] += 1
    print("by country (reports / events / optional / with killed):")
    for c, n in Counter(e["country"] for e in evs).most_common():
        sel = [e for e in evs if e["country"] == c]
        print(f"  {c}: {rep_c[c]} / {n} / {sum(bool(e.get('optional')) for e in sel)} / {sum(e['killed'] is not None for e in sel)}")
    print("actor1: " + ", ".join(f"{k} {v}" for k, v in Counter(e["actor1"] for e in evs).most_common()))
    print("actor2: " + ", ".join(f"{k} {v}" for k, v in Counter(e["actor2"] for e in evs).most_common()))


if __name__ == "__main__":
    main()
