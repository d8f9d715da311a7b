#!/usr/bin/env python3
"""Writes docs.jsonl and gold.jsonl of the blind5b probe set and checks them.

Every report below was written for this set (no sentence copied from a real article),
without running sitrep or reading its extraction code. Run: python3 make.py
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = []


def doc(id, published, outlet, text, events=(), figures=()):
    DOCS.append({"id": id, "published": published, "outlet": outlet, "text": text.strip("\n"),
                 "events": list(events), "figures": list(figures)})


def ev(summary, date, place, admin, country, type, actor1, actor2, killed=None, wounded=None,
       evidence="", killed_high=None, wounded_high=None, date_note="", optional=False, note=None):
    e = {"summary": summary, "date": date, "date_note": date_note, "place": place, "admin": admin,
         "country": country, "type": type, "actor1": actor1, "actor2": actor2, "killed": killed,
         "killed_high": killed_high, "wounded": wounded, "wounded_high": wounded_high,
         "evidence": evidence}
    if optional:
        e["optional"] = True
    if note:
        e["note"] = note
    return e


def fig(what, value, place, evidence):
    return {"what": what, "value": value, "place": place, "evidence": evidence}


# ---------------------------------------------------------------------------------------------
# Afghanistan
# ---------------------------------------------------------------------------------------------

doc("b5-01", "2021-03-15", "international wire", """
Taliban kill six police in attack on Helmand checkpoint
LASHKAR GAH, Afghanistan, March 15 - Taliban fighters stormed a police checkpoint in the Nad Ali district of southern Helmand province late on Sunday, killing six officers and wounding two, a provincial spokesman said on Monday.
The attackers fled with weapons and ammunition before reinforcements reached the post, said Abdul Rahim Saberi, spokesman for the provincial governor.
A Taliban spokesman, Qari Yousuf Ahmadi, said in a message to journalists that the group's fighters had overrun the post.
The attack came less than a week after a roadside bomb killed three employees of a private radio station in the eastern city of Jalalabad on March 9, an attack later claimed by the Islamic State group.
Violence has risen across Afghanistan while talks between the Taliban and government negotiators in Doha have stalled.
""", [
    ev("Taliban stormed a police checkpoint in Nad Ali, Helmand, killing six police and wounding two.",
       "2021-03-14", "Nad Ali", "Helmand", "AF", "battle", "Taliban", "Afghan security forces", 6, 2,
       "Taliban fighters stormed a police checkpoint in the Nad Ali district of southern Helmand province late on Sunday, killing six officers and wounding two, a provincial spokesman said on Monday.",
       date_note="'late on Sunday' before Monday 2021-03-15"),
    ev("Roadside bomb killed three radio employees in Jalalabad; claimed by Islamic State.",
       "2021-03-09", "Jalalabad", "Nangarhar", "AF", "explosion", "Islamic State", "civilians", 3, None,
       "The attack came less than a week after a roadside bomb killed three employees of a private radio station in the eastern city of Jalalabad on March 9, an attack later claimed by the Islamic State group.",
       date_note="background, dated 'March 9'"),
])

doc("b5-02", "2022-11-19", "national newspaper (Kabul)", """
IS-K claims deadly blast at Kabul mosque
KABUL - A bomb hidden inside a Shiite mosque in the Dasht-e-Barchi area of western Kabul exploded during Friday prayers, killing at least five worshippers and wounding 14, the Kabul police spokesman said.
Residents and a hospital worker in the area told this newspaper that 11 bodies had been brought out of the mosque.
Islamic State Khorasan Province (IS-K) claimed the bombing on Saturday in a statement carried by its propaganda outlet.
"The explosion happened when the imam was starting the second part of the sermon," said a worshipper who was hit by shrapnel in the legs.
IS-K has repeatedly targeted the Hazara Shiite community of Dasht-e-Barchi, including schools and sports clubs.
The Taliban administration said it had arrested several suspects but gave no details.
""", [
    ev("Bomb inside a Shiite mosque in Dasht-e-Barchi, Kabul during Friday prayers: police 5 killed, residents 11; 14 wounded; IS-K claimed it.",
       "2022-11-18", "Dasht-e-Barchi", "Kabul", "AF", "explosion", "Islamic State Khorasan Province", "civilians", 5, 14,
       "A bomb hidden inside a Shiite mosque in the Dasht-e-Barchi area of western Kabul exploded during Friday prayers, killing at least five worshippers and wounding 14, the Kabul police spokesman said. [...] Residents and a hospital worker in the area told this newspaper that 11 bodies had been brought out of the mosque. [...] Islamic State Khorasan Province (IS-K) claimed the bombing on Saturday in a statement carried by its propaganda outlet.",
       killed_high=11, date_note="'during Friday prayers', published Saturday 2022-11-19",
       note="IS-K is not in the canonical table; kept as reported"),
    ev("Taliban arrested several suspects, no place or date.", None, "Kabul", "Kabul", "AF", "arrest",
       "Taliban", "unknown", None, None,
       "The Taliban administration said it had arrested several suspects but gave no details.",
       optional=True, date_note="no date"),
])

doc("b5-03", "2024-06-12", "international wire", """
Taliban say Pakistani air strikes killed eight civilians in Khost
KABUL, June 12 - Pakistani military aircraft bombed houses in the Sperah district of Afghanistan's southeastern Khost province on Tuesday night, killing eight civilians, among them three women and two children, the Taliban administration's chief spokesman said on Wednesday.
Pakistan's foreign ministry did not confirm the strikes but said in a statement that it had acted against "terrorist hideouts" used by the Hafiz Gul Bahadur group to launch attacks inside Pakistan.
The Taliban defence ministry said its border forces had responded "with heavy weapons" against Pakistani military posts along the frontier, without saying where.
Islamabad accuses Kabul of sheltering militants who attack its security forces, a charge the Taliban deny.
""", [
    ev("Pakistani air strikes on houses in Sperah, Khost killed eight civilians.",
       "2024-06-11", "Sperah", "Khost", "AF", "explosion", "Pakistani security forces", "civilians", 8, None,
       "Pakistani military aircraft bombed houses in the Sperah district of Afghanistan's southeastern Khost province on Tuesday night, killing eight civilians, among them three women and two children, the Taliban administration's chief spokesman said on Wednesday.",
       date_note="'on Tuesday night', published Wednesday 2024-06-12", note="state strike told by the other side"),
    ev("Taliban border forces fired on Pakistani posts; no place given.", None, "Khost", "Khost", "AF", "battle",
       "Taliban", "Pakistani security forces", None, None,
       "The Taliban defence ministry said its border forces had responded \"with heavy weapons\" against Pakistani military posts along the frontier, without saying where.",
       optional=True, date_note="no day given"),
])

doc("b5-04", "2021-07-26", "UN statement digest", """
Civilian casualties in Afghanistan hit record for first half of year, UN says
The United Nations mission in Afghanistan said on Monday that 1,659 civilians were killed and 3,254 wounded in the first six months of 2021, a rise of 47 percent on the same period last year.
The mission blamed anti-government elements, chiefly the Taliban, for most of the casualties, while pro-government forces were held responsible for about a quarter.
It warned that the toll could reach its highest level since records began if the Taliban pressed their offensive on provincial capitals.
"The future of a generation of Afghans is at stake," the head of the mission said in a statement.
The Taliban rejected the report as one-sided.
""", [], [
    fig("killed", 1659, "Afghanistan", "The United Nations mission in Afghanistan said on Monday that 1,659 civilians were killed and 3,254 wounded in the first six months of 2021, a rise of 47 percent on the same period last year."),
    fig("wounded", 3254, "Afghanistan", "The United Nations mission in Afghanistan said on Monday that 1,659 civilians were killed and 3,254 wounded in the first six months of 2021, a rise of 47 percent on the same period last year."),
])

# ---------------------------------------------------------------------------------------------
# Pakistan
# ---------------------------------------------------------------------------------------------

doc("b5-05", "2023-02-07", "national newspaper (Pakistan)", """
Two policemen martyred in attack on Bannu checkpost
BANNU: Two policemen were martyred and three others injured when militants attacked a police checkpost in the Domel area of Bannu district late on Monday night, police said.
According to the district police officer, the attackers opened fire with heavy weapons from several directions and the exchange lasted nearly an hour.
One attacker was also killed in the retaliatory fire, police claimed, while the others escaped under cover of darkness.
No group had claimed responsibility by Tuesday evening, though the banned Tehreek-i-Taliban Pakistan (TTP) has carried out similar attacks in the district in recent months.
Separately, security forces arrested four suspected militants during an intelligence-based operation in Lakki Marwat district on Tuesday morning, the military's media wing said.
""", [
    ev("Militants attacked a police checkpost in Domel, Bannu: two police and one attacker killed, three police injured.",
       "2023-02-06", "Domel", "Khyber Pakhtunkhwa", "PK", "battle", "unknown", "Pakistani security forces", 3, 3,
       "Two policemen were martyred and three others injured when militants attacked a police checkpost in the Domel area of Bannu district late on Monday night, police said. [...] One attacker was also killed in the retaliatory fire, police claimed, while the others escaped under cover of darkness.",
       date_note="'late on Monday night', published Tuesday 2023-02-07", note="TTP only mentioned as background, no claim"),
    ev("Security forces arrested four suspected militants in Lakki Marwat.",
       "2023-02-07", "Lakki Marwat", "Khyber Pakhtunkhwa", "PK", "arrest", "Pakistani security forces", "militants", None, None,
       "Separately, security forces arrested four suspected militants during an intelligence-based operation in Lakki Marwat district on Tuesday morning, the military's media wing said.",
       date_note="'on Tuesday morning' = publication day"),
])

doc("b5-06", "2024-05-21", "international wire", """
Gunmen kill seven labourers in southwest Pakistan; separatists claim attack
QUETTA, Pakistan (wire) - Gunmen shot dead seven construction workers as they slept in a rented house in the coastal town of Pasni in Balochistan province early on Monday, police said.
All the victims came from Punjab province and had been working on a road project, district police chief Mohsin Baloch said by telephone.
The outlawed Baloch Liberation Army (BLA) claimed responsibility in a statement sent to media, saying the men were "agents of the occupying state".
Separatists in the resource-rich province have increasingly targeted workers from other parts of Pakistan.
On May 3, a bomb aimed at a Frontier Corps vehicle killed two soldiers in the Buleda area of Kech district, the military said at the time.
""", [
    ev("Gunmen killed seven labourers from Punjab in a rented house in Pasni; BLA claimed it.",
       "2024-05-20", "Pasni", "Balochistan", "PK", "attack_on_civilians", "Baloch Liberation Army", "civilians", 7, None,
       "Gunmen shot dead seven construction workers as they slept in a rented house in the coastal town of Pasni in Balochistan province early on Monday, police said. [...] The outlawed Baloch Liberation Army (BLA) claimed responsibility in a statement sent to media, saying the men were \"agents of the occupying state\".",
       date_note="'early on Monday', published Tuesday 2024-05-21"),
    ev("Bomb hit a Frontier Corps vehicle in Buleda, Kech, killing two soldiers.",
       "2024-05-03", "Buleda", "Balochistan", "PK", "explosion", "unknown", "Pakistani security forces", 2, None,
       "On May 3, a bomb aimed at a Frontier Corps vehicle killed two soldiers in the Buleda area of Kech district, the military said at the time.",
       date_note="background, dated 'On May 3'"),
])

doc("b5-07", "2022-04-05", "national newspaper (Pakistan)", """
Four killed, 15 injured in Turbat bazaar blast
TURBAT: At least four people were killed and 15 others injured when a bomb planted on a motorcycle went off in the main bazaar of Turbat on Monday evening, police and hospital officials said.
The blast took place near a row of mobile phone shops shortly before iftar, when the market was crowded.
The injured were shifted to the Teaching Hospital Turbat, where an emergency was declared; four were said to be in critical condition.
No group had claimed responsibility till the filing of this report.
The provincial home minister condemned the attack and ordered an inquiry.
""", [
    ev("Motorcycle bomb in Turbat main bazaar killed four and injured 15.",
       "2022-04-04", "Turbat", "Balochistan", "PK", "explosion", "unknown", "civilians", 4, 15,
       "At least four people were killed and 15 others injured when a bomb planted on a motorcycle went off in the main bazaar of Turbat on Monday evening, police and hospital officials said.",
       date_note="'on Monday evening', published Tuesday 2022-04-05"),
])

doc("b5-08", "2022-04-07", "national newspaper (Pakistan)", """
Turbat blast toll rises to seven; BLF claims responsibility
TURBAT: The death toll from Monday's motorcycle bomb in Turbat's main bazaar rose to seven on Thursday after three of the injured died at a hospital in Karachi, officials said.
The Balochistan Liberation Front (BLF) claimed the attack on Wednesday, saying in a statement that it had targeted Frontier Corps personnel who were shopping in the market.
Traders kept their shops shut for a second day in protest, demanding better security.
Police said they had detained several people for questioning but no one had been charged.
""", [
    ev("Follow-up: Turbat bazaar motorcycle bomb toll rose to seven; BLF claimed it.",
       "2022-04-04", "Turbat", "Balochistan", "PK", "explosion", "Balochistan Liberation Front", "civilians", 7, None,
       "The death toll from Monday's motorcycle bomb in Turbat's main bazaar rose to seven on Thursday after three of the injured died at a hospital in Karachi, officials said. [...] The Balochistan Liberation Front (BLF) claimed the attack on Wednesday, saying in a statement that it had targeted Frontier Corps personnel who were shopping in the market.",
       date_note="'Monday's' bomb, published Thursday 2022-04-07"),
    ev("Shutter-down protest by Turbat traders.", None, "Turbat", "Balochistan", "PK", "other", "traders", None,
       None, None, "Traders kept their shops shut for a second day in protest, demanding better security.",
       optional=True, date_note="running protest, no day"),
])

doc("b5-09", "2024-01-30", "opinion and analysis (Pakistan)", """
Why the TTP is back
Two years ago, officials in Islamabad spoke confidently of militancy in the tribal districts as a problem of the past. That confidence has gone.
Attacks on police in southern Khyber Pakhtunkhwa have become almost routine, and the provincial police say more than 100 of their personnel were killed last year.
Many of the fighters returned from Afghanistan after the Taliban takeover in 2021, and some were resettled under a deal that was never put before parliament.
Talks with the group collapsed in late 2022, and the ceasefire that had held for months was called off.
What is needed now is not another operation with a new name but a policy that the provinces, the army and parliament own together.
""", [], [
    fig("killed", 100, "Khyber Pakhtunkhwa", "Attacks on police in southern Khyber Pakhtunkhwa have become almost routine, and the provincial police say more than 100 of their personnel were killed last year."),
])

# ---------------------------------------------------------------------------------------------
# India
# ---------------------------------------------------------------------------------------------

doc("b5-10", "2022-09-14", "national newspaper (India)", """
Two TRF militants killed in Shopian encounter, soldier injured
SRINAGAR: Two militants of The Resistance Front (TRF), an offshoot of the Lashkar-e-Taiba, were killed in an encounter with security forces at Nagbal village in south Kashmir's Shopian district on Tuesday, police said.
A joint team of the Army's Rashtriya Rifles, the CRPF and the J&K Police launched a cordon-and-search operation after specific input about the presence of militants in the village.
As the forces closed in, the hiding militants opened fire, triggering a gunfight in which a soldier was injured, a police spokesman said.
The Inspector General of Police, Kashmir, said one of the slain militants was involved in the killing of a civilian in Pulwama last month.
Two AK-series rifles and ammunition were recovered from the site.
On Sunday, militants hurled a grenade at a CRPF vehicle in the Rajpora area of Pulwama, wounding two personnel.
""", [
    ev("Grenade thrown at a CRPF vehicle in Rajpora, Pulwama wounded two personnel.",
       "2022-09-11", "Rajpora", "Jammu and Kashmir", "IN", "explosion", "unknown", "Indian security forces", None, 2,
       "On Sunday, militants hurled a grenade at a CRPF vehicle in the Rajpora area of Pulwama, wounding two personnel.",
       date_note="'On Sunday', published Wednesday 2022-09-14"),
    ev("Encounter in Nagbal, Shopian: security forces killed two TRF militants; a soldier injured.",
       "2022-09-13", "Nagbal", "Jammu and Kashmir", "IN", "battle", "Indian security forces", "The Resistance Front", 2, 1,
       "Two militants of The Resistance Front (TRF), an offshoot of the Lashkar-e-Taiba, were killed in an encounter with security forces at Nagbal village in south Kashmir's Shopian district on Tuesday, police said. [...] As the forces closed in, the hiding militants opened fire, triggering a gunfight in which a soldier was injured, a police spokesman said.",
       date_note="'on Tuesday', published Wednesday 2022-09-14", note="security forces' cordon operation"),
])

doc("b5-11", "2024-11-04", "local TV website (Kashmir)", """
Grenade hurled at CRPF bunker in Anantnag market, nine injured
Militants lobbed a grenade at a CRPF bunker in the crowded Lal Chowk market of Anantnag town on Saturday evening, but it missed the target and exploded on the roadside, injuring eight civilians and a policeman.
The injured were taken to the Government Medical College hospital, where doctors said all were stable.
Police cordoned off the area and launched a search for the attackers.
On Sunday, police arrested two men described as overground workers of the Lashkar-e-Taiba in Bijbehara in connection with the attack, a police spokesperson said.
Political parties condemned the attack and called for the safety of traders.
""", [
    ev("Grenade thrown at a CRPF bunker in Lal Chowk market, Anantnag, injured eight civilians and a policeman.",
       "2024-11-02", "Lal Chowk, Anantnag", "Jammu and Kashmir", "IN", "explosion", "unknown", "civilians", None, 9,
       "Militants lobbed a grenade at a CRPF bunker in the crowded Lal Chowk market of Anantnag town on Saturday evening, but it missed the target and exploded on the roadside, injuring eight civilians and a policeman.",
       date_note="'on Saturday evening', published Monday 2024-11-04", note="unnamed militants: unknown"),
    ev("Police arrested two Lashkar-e-Taiba overground workers in Bijbehara.",
       "2024-11-03", "Bijbehara", "Jammu and Kashmir", "IN", "arrest", "Indian security forces", "Lashkar-e-Taiba", None, None,
       "On Sunday, police arrested two men described as overground workers of the Lashkar-e-Taiba in Bijbehara in connection with the attack, a police spokesperson said.",
       date_note="'On Sunday', published Monday 2024-11-04"),
])

doc("b5-12", "2023-09-18", "regional newspaper (Manipur)", """
Two village volunteers killed in Bishnupur gunfight
IMPHAL: Two village volunteers were killed and at least four others injured in a gunfight between armed groups in the foothills near Phougakchao Ikhai in Bishnupur district on Sunday, officials said.
Heavy firing broke out at around 5 am and continued for several hours, with both sides using automatic weapons, a senior police officer told this newspaper.
Security forces rushed to the area and the firing stopped by noon.
In a separate incident, a mob set fire to three abandoned houses at Leimakhong in Kangpokpi district on Saturday night, police said. No one was hurt.
More than 175 people have been killed in the ethnic conflict in the state since May 3.
""", [
    ev("Gunfight near Phougakchao Ikhai, Bishnupur: two village volunteers killed, four injured.",
       "2023-09-17", "Phougakchao Ikhai", "Manipur", "IN", "battle", "unknown", "village volunteers", 2, 4,
       "Two village volunteers were killed and at least four others injured in a gunfight between armed groups in the foothills near Phougakchao Ikhai in Bishnupur district on Sunday, officials said.",
       date_note="'on Sunday', published Monday 2023-09-18", note="clash with no clear initiator"),
    ev("Mob burnt three abandoned houses at Leimakhong, Kangpokpi; nobody hurt.",
       "2023-09-16", "Leimakhong", "Manipur", "IN", "other", "mob", "civilians", 0, 0,
       "In a separate incident, a mob set fire to three abandoned houses at Leimakhong in Kangpokpi district on Saturday night, police said. No one was hurt.",
       date_note="'on Saturday night', published Monday 2023-09-18"),
], [
    fig("killed", 175, "Manipur", "More than 175 people have been killed in the ethnic conflict in the state since May 3."),
])

doc("b5-13", "2024-10-16", "police press release (Chhattisgarh)", """
PRESS NOTE - Office of the Inspector General of Police, Bastar Range, Jagdalpur
Dated 16.10.2024
In a joint operation of the District Reserve Guard (DRG) and the Special Task Force (STF), five Maoist cadres were neutralised in an exchange of fire in the forest near Kodenar village under Orchha police station of Narayanpur district on 14.10.2024.
The exchange of fire began at about 11:00 hrs when the Maoists opened fire on the search party and continued intermittently till evening.
The bodies of five Maoists, including two women cadres, were recovered along with one INSAS rifle, two .303 rifles and explosive material.
One DRG jawan sustained minor injuries and is out of danger.
Separately, three active members of the CPI (Maoist) carrying a combined reward of Rs 8 lakh were arrested in Bijapur district on 15.10.2024.
""", [
    ev("DRG/STF operation near Kodenar, Narayanpur: five Maoists killed, one DRG jawan injured.",
       "2024-10-14", "Kodenar", "Chhattisgarh", "IN", "battle", "Indian security forces", "CPI (Maoist)", 5, 1,
       "In a joint operation of the District Reserve Guard (DRG) and the Special Task Force (STF), five Maoist cadres were neutralised in an exchange of fire in the forest near Kodenar village under Orchha police station of Narayanpur district on 14.10.2024. [...] One DRG jawan sustained minor injuries and is out of danger.",
       date_note="'14.10.2024' (day.month.year)", note="'neutralised' read as killed: bodies recovered"),
    ev("Three CPI (Maoist) members arrested in Bijapur.",
       "2024-10-15", "Bijapur", "Chhattisgarh", "IN", "arrest", "Indian security forces", "CPI (Maoist)", None, None,
       "Separately, three active members of the CPI (Maoist) carrying a combined reward of Rs 8 lakh were arrested in Bijapur district on 15.10.2024.",
       date_note="'15.10.2024'"),
])

doc("b5-14", "2025-03-16", "weekly security round-up (South Asia)", """
South Asia security round-up: week ending March 16
Pakistan. On March 10, a roadside bomb killed three Frontier Corps soldiers near Dera Bugti in Balochistan. No group claimed it.
On March 11, Tehreek-e-Taliban Pakistan (TTP) fighters attacked the police station in Kulachi, in Dera Ismail Khan district; police said one constable and two attackers died in the fighting.
India. On March 13, security forces killed two Maoists in an encounter near Chintalnar in Sukma district, Chhattisgarh.
In Jammu and Kashmir, unidentified gunmen shot dead a migrant labourer from Bihar at Tral in Pulwama district on March 14.
Afghanistan. Taliban authorities said they had arrested six members of Islamic State Khorasan Province in Mazar-i-Sharif on March 12.
Tension remained high in Manipur, where several roads stayed blocked through the week.
""", [
    ev("Roadside bomb near Dera Bugti killed three FC soldiers.",
       "2025-03-10", "Dera Bugti", "Balochistan", "PK", "explosion", "unknown", "Pakistani security forces", 3, None,
       "On March 10, a roadside bomb killed three Frontier Corps soldiers near Dera Bugti in Balochistan. No group claimed it.",
       date_note="'On March 10'"),
    ev("TTP attacked Kulachi police station; one constable and two attackers killed.",
       "2025-03-11", "Kulachi", "Khyber Pakhtunkhwa", "PK", "battle", "Tehreek-e-Taliban Pakistan", "Pakistani security forces", 3, None,
       "On March 11, Tehreek-e-Taliban Pakistan (TTP) fighters attacked the police station in Kulachi, in Dera Ismail Khan district; police said one constable and two attackers died in the fighting.",
       date_note="'On March 11'"),
    ev("Encounter near Chintalnar, Sukma: two Maoists killed by security forces.",
       "2025-03-13", "Chintalnar", "Chhattisgarh", "IN", "battle", "Indian security forces", "Maoists", 2, None,
       "On March 13, security forces killed two Maoists in an encounter near Chintalnar in Sukma district, Chhattisgarh.",
       date_note="'On March 13'"),
    ev("Gunmen shot dead a migrant labourer at Tral, Pulwama.",
       "2025-03-14", "Tral", "Jammu and Kashmir", "IN", "attack_on_civilians", "unknown", "civilians", 1, None,
       "In Jammu and Kashmir, unidentified gunmen shot dead a migrant labourer from Bihar at Tral in Pulwama district on March 14.",
       date_note="'on March 14'"),
    ev("Taliban arrested six IS-K members in Mazar-i-Sharif.",
       "2025-03-12", "Mazar-i-Sharif", "Balkh", "AF", "arrest", "Taliban", "Islamic State Khorasan Province", None, None,
       "Afghanistan. Taliban authorities said they had arrested six members of Islamic State Khorasan Province in Mazar-i-Sharif on March 12.",
       date_note="'on March 12'"),
])

# ---------------------------------------------------------------------------------------------
# Myanmar
# ---------------------------------------------------------------------------------------------

doc("b5-15", "2023-11-03", "exile news site (Myanmar)", """
Junta jet bombs village school in Sagaing, killing 11
Eleven people, seven of them children, were killed when a military jet bombed a school compound in Kyaung Taung village, Kanbalu Township, on Wednesday morning, residents and a local resistance group said.
The aircraft dropped two bombs at about 10 am while lessons were under way, a teacher who survived told our reporter by phone. More than 20 others were wounded, some of them critically.
The regime did not respond to requests for comment. State media said on Thursday that the air force had struck "a terrorist PDF camp" in the area.
In northern Shan State, the TNLA said on Thursday its fighters had taken control of a junta camp outside Namhsan after two days of fighting.
The TNLA did not give casualty figures for either side.
""", [
    ev("Military jet bombed a school in Kyaung Taung, Kanbalu Township: 11 killed, more than 20 wounded.",
       "2023-11-01", "Kyaung Taung", "Sagaing", "MM", "explosion", "Myanmar security forces", "civilians", 11, 20,
       "Eleven people, seven of them children, were killed when a military jet bombed a school compound in Kyaung Taung village, Kanbalu Township, on Wednesday morning, residents and a local resistance group said. [...] More than 20 others were wounded, some of them critically.",
       date_note="'on Wednesday morning', published Friday 2023-11-03"),
    ev("TNLA took a junta camp outside Namhsan.",
       "2023-11-02", "Namhsan", "Shan", "MM", "territory_gain", "TNLA", "Myanmar security forces", None, None,
       "In northern Shan State, the TNLA said on Thursday its fighters had taken control of a junta camp outside Namhsan after two days of fighting.",
       date_note="said 'on Thursday' (2023-11-02); capture day not stated beyond that"),
])

doc("b5-16", "2024-02-12", "international wire", """
Arakan Army says it overran border police outpost in western Myanmar
YANGON, Feb 12 - The Arakan Army, an ethnic armed group fighting Myanmar's military government, said on Monday it had overrun a Border Guard Police outpost at Taung Bazar village in Buthidaung township on Saturday, killing 12 junta personnel and capturing about 20.
The claim could not be independently verified. A junta spokesman did not answer calls seeking comment.
Residents of neighbouring Minbya township said a military artillery shell struck a monastery sheltering displaced families on Sunday, killing four people.
Fighting in Rakhine State resumed in November when the Arakan Army ended an informal ceasefire.
""", [
    ev("Arakan Army overran the Border Guard Police outpost at Taung Bazar, Buthidaung; 12 junta personnel killed.",
       "2024-02-10", "Taung Bazar", "Rakhine", "MM", "territory_gain", "Arakan Army", "Myanmar security forces", 12, None,
       "The Arakan Army, an ethnic armed group fighting Myanmar's military government, said on Monday it had overrun a Border Guard Police outpost at Taung Bazar village in Buthidaung township on Saturday, killing 12 junta personnel and capturing about 20.",
       date_note="'on Saturday', published Monday 2024-02-12"),
    ev("Military artillery shell hit a monastery sheltering displaced people in Minbya, killing four.",
       "2024-02-11", "Minbya", "Rakhine", "MM", "explosion", "Myanmar security forces", "civilians", 4, None,
       "Residents of neighbouring Minbya township said a military artillery shell struck a monastery sheltering displaced families on Sunday, killing four people.",
       date_note="'on Sunday', published Monday 2024-02-12"),
])

doc("b5-17", "2024-06-28", "UN briefing digest", """
UN: three million displaced inside Myanmar
More than three million people are now displaced inside Myanmar, the UN humanitarian office said on Friday, the highest number since the military seized power in February 2021.
Fighting in Rakhine, Shan and Sagaing has driven most of the new displacement this year, the office said in its monthly update.
Aid agencies have struggled to reach many areas because of road closures and restrictions imposed by the military and by armed groups.
The office said its appeal for the year was less than a fifth funded.
""", [], [
    fig("displaced", 3000000, "Myanmar", "More than three million people are now displaced inside Myanmar, the UN humanitarian office said on Friday, the highest number since the military seized power in February 2021."),
])

# ---------------------------------------------------------------------------------------------
# Philippines (Mindanao)
# ---------------------------------------------------------------------------------------------

doc("b5-18", "2024-06-11", "military press release (Philippines)", """
WESTMINCOM: Troops repel Dawlah Islamiyah ambush in Lanao del Sur; 3 terrorists neutralized
ZAMBOANGA CITY - Troops of the 103rd Infantry Brigade killed three members of the Dawlah Islamiyah (DI) in a firefight in Barangay Bayabao, Piagapo, Lanao del Sur on Sunday, June 9, 2024.
The soldiers were on security patrol when around ten armed men fired upon them, prompting a 30-minute engagement.
Two soldiers sustained wounds and were brought to a hospital in Cagayan de Oro City.
Recovered from the encounter site were one M16 rifle, one M14 rifle and an improvised explosive device.
"We will not allow these remnants of the DI to regroup," said the brigade commander.
In a related development, a former DI member surrendered to the 55th Infantry Battalion in Marawi City on Monday.
""", [
    ev("DI fighters fired on an army patrol in Bayabao, Piagapo; three DI killed, two soldiers wounded.",
       "2024-06-09", "Bayabao", "Lanao del Sur", "PH", "battle", "Dawlah Islamiyah", "Philippine security forces", 3, 2,
       "Troops of the 103rd Infantry Brigade killed three members of the Dawlah Islamiyah (DI) in a firefight in Barangay Bayabao, Piagapo, Lanao del Sur on Sunday, June 9, 2024. [...] The soldiers were on security patrol when around ten armed men fired upon them, prompting a 30-minute engagement. [...] Two soldiers sustained wounds and were brought to a hospital in Cagayan de Oro City.",
       date_note="'Sunday, June 9, 2024'", note="ambush by DI: DI initiated"),
])

doc("b5-19", "2025-01-09", "local TV website (Mindanao)", """
Barangay chairman killed, driver hurt in Maguindanao del Sur ambush
A barangay chairman was killed and his driver wounded after motorcycle-riding gunmen ambushed their pickup in Datu Piang, Maguindanao del Sur on Wednesday afternoon, police said.
The victim, 52, sustained multiple gunshot wounds and was declared dead on arrival at a hospital in Cotabato City.
Investigators are looking into a political feud as a possible motive, the municipal police chief said.
The ambush was the third attack on local officials in the province since December.
Two days earlier, on Monday, gunmen of a Bangsamoro Islamic Freedom Fighters faction fired on soldiers in Shariff Saydona Mustapha town, killing one soldier, the army said.
""", [
    ev("Motorcycle gunmen ambushed a barangay chairman in Datu Piang; he was killed and his driver wounded.",
       "2025-01-08", "Datu Piang", "Maguindanao del Sur", "PH", "attack_on_civilians", "unknown", "civilians", 1, 1,
       "A barangay chairman was killed and his driver wounded after motorcycle-riding gunmen ambushed their pickup in Datu Piang, Maguindanao del Sur on Wednesday afternoon, police said.",
       date_note="'on Wednesday afternoon', published Thursday 2025-01-09"),
    ev("BIFF gunmen fired on soldiers in Shariff Saydona Mustapha, killing one soldier.",
       "2025-01-06", "Shariff Saydona Mustapha", "Maguindanao del Sur", "PH", "battle", "Bangsamoro Islamic Freedom Fighters", "Philippine security forces", 1, None,
       "Two days earlier, on Monday, gunmen of a Bangsamoro Islamic Freedom Fighters faction fired on soldiers in Shariff Saydona Mustapha town, killing one soldier, the army said.",
       date_note="'Two days earlier, on Monday', before Wednesday 2025-01-08; published Thursday 2025-01-09"),
])

doc("b5-20", "2022-12-08", "national newspaper (Philippines)", """
Abu Sayyaf sub-leader nabbed in Zamboanga City; BIFF blamed for Maguindanao blast
ZAMBOANGA CITY - Police and soldiers arrested an Abu Sayyaf sub-leader wanted for kidnapping in a raid on a house in Barangay Tetuan before dawn on Wednesday, the regional police said.
The suspect, who carried a reward of P1.2 million, was involved in the abduction of two fishermen off Sulu in 2016, police said.
Meanwhile, in Maguindanao, an improvised bomb exploded beside a passing army truck in Barangay Kitango, Datu Saudi Ampatuan town, on Tuesday, wounding four soldiers.
The army's 6th Infantry Division blamed the Bangsamoro Islamic Freedom Fighters (BIFF), which has planted roadside bombs in the area before.
""", [
    ev("Police and soldiers arrested an Abu Sayyaf sub-leader in Tetuan, Zamboanga City.",
       "2022-12-07", "Tetuan", "Zamboanga City", "PH", "arrest", "Philippine security forces", "Abu Sayyaf", None, None,
       "Police and soldiers arrested an Abu Sayyaf sub-leader wanted for kidnapping in a raid on a house in Barangay Tetuan before dawn on Wednesday, the regional police said.",
       date_note="'before dawn on Wednesday', published Thursday 2022-12-08"),
    ev("IED beside an army truck in Kitango, Datu Saudi Ampatuan wounded four soldiers; army blamed BIFF.",
       "2022-12-06", "Kitango", "Maguindanao", "PH", "explosion", "Bangsamoro Islamic Freedom Fighters", "Philippine security forces", None, 4,
       "Meanwhile, in Maguindanao, an improvised bomb exploded beside a passing army truck in Barangay Kitango, Datu Saudi Ampatuan town, on Tuesday, wounding four soldiers. [...] The army's 6th Infantry Division blamed the Bangsamoro Islamic Freedom Fighters (BIFF), which has planted roadside bombs in the area before.",
       date_note="'on Tuesday', published Thursday 2022-12-08", note="blame by the army, not a claim"),
])

# ---------------------------------------------------------------------------------------------
# Colombia
# ---------------------------------------------------------------------------------------------

doc("b5-21", "2025-02-26", "international wire", """
Colombian army blames ELN for bomb that killed two soldiers in Arauca
BOGOTA, Feb 26 - Two Colombian soldiers were killed and five wounded when an explosive device hit their patrol in a rural area of Saravena in the northeastern department of Arauca on Tuesday, the army said.
The army blamed the National Liberation Army (ELN), which has been fighting dissidents of the former FARC rebel group for control of the border region with Venezuela since January.
The ELN did not immediately comment.
On Sunday, FARC dissidents of the 33rd Front said they had retaken the village of Campo Dos, in the municipality of Tibu, from the ELN after three days of fighting.
Fighting between the two groups in the Catatumbo region of Norte de Santander has killed more than 80 people and displaced over 50,000 since mid-January, according to authorities.
""", [
    ev("Explosive device hit an army patrol near Saravena, Arauca: two soldiers killed, five wounded; army blamed ELN.",
       "2025-02-25", "Saravena", "Arauca", "CO", "explosion", "ELN", "Colombian security forces", 2, 5,
       "Two Colombian soldiers were killed and five wounded when an explosive device hit their patrol in a rural area of Saravena in the northeastern department of Arauca on Tuesday, the army said. [...] The army blamed the National Liberation Army (ELN), which has been fighting dissidents of the former FARC rebel group for control of the border region with Venezuela since January.",
       date_note="'on Tuesday', published Wednesday 2025-02-26", note="blame by the army"),
    ev("FARC dissidents of the 33rd Front retook Campo Dos, Tibu, from the ELN.",
       "2025-02-23", "Campo Dos", "Norte de Santander", "CO", "territory_gain", "33rd Front", "ELN", None, None,
       "On Sunday, FARC dissidents of the 33rd Front said they had retaken the village of Campo Dos, in the municipality of Tibu, from the ELN after three days of fighting.",
       date_note="said 'On Sunday', published Wednesday 2025-02-26", note="non-state actor takes a place from another"),
], [
    fig("killed", 80, "Catatumbo", "Fighting between the two groups in the Catatumbo region of Norte de Santander has killed more than 80 people and displaced over 50,000 since mid-January, according to authorities."),
    fig("displaced", 50000, "Catatumbo", "Fighting between the two groups in the Catatumbo region of Norte de Santander has killed more than 80 people and displaced over 50,000 since mid-January, according to authorities."),
])

doc("b5-22", "2023-03-29", "national newspaper (Colombia)", """
Massacre in Cauca: four young men shot dead in El Plateado
Four young men were shot dead in the early hours of Sunday at a billiard hall in El Plateado, in the municipality of Argelia, Cauca, local authorities reported.
According to the Ombudsman's Office, armed men arrived on motorcycles and fired at the customers; a fifth person was wounded and taken to hospital in Popayan.
Also on Sunday, a soldier was killed by a sniper in a rural area of Suarez, Cauca, the army said.
The area is disputed by the Carlos Patino front, a FARC dissident faction, and other groups linked to drug trafficking.
On Monday the army said it had captured two alleged members of the Carlos Patino front in the neighbouring municipality of El Tambo.
It was the 24th massacre recorded in Colombia this year, according to the Indepaz research institute.
""", [
    ev("Armed men killed four young men and wounded one at a billiard hall in El Plateado, Argelia.",
       "2023-03-26", "El Plateado", "Cauca", "CO", "attack_on_civilians", "unknown", "civilians", 4, 1,
       "Four young men were shot dead in the early hours of Sunday at a billiard hall in El Plateado, in the municipality of Argelia, Cauca, local authorities reported. [...] According to the Ombudsman's Office, armed men arrived on motorcycles and fired at the customers; a fifth person was wounded and taken to hospital in Popayan.",
       date_note="'early hours of Sunday', published Wednesday 2023-03-29"),
    ev("Sniper killed a soldier in rural Suarez, Cauca.",
       "2023-03-26", "Suarez", "Cauca", "CO", "battle", "unknown", "Colombian security forces", 1, None,
       "Also on Sunday, a soldier was killed by a sniper in a rural area of Suarez, Cauca, the army said.",
       date_note="'Also on Sunday', published Wednesday 2023-03-29"),
    ev("Army captured two alleged Carlos Patino front members in El Tambo.",
       "2023-03-27", "El Tambo", "Cauca", "CO", "arrest", "Colombian security forces", "Carlos Patino front", None, None,
       "On Monday the army said it had captured two alleged members of the Carlos Patino front in the neighbouring municipality of El Tambo.",
       date_note="said 'On Monday' (2023-03-27); capture day read as that day"),
])

doc("b5-23", "2023-04-18", "national newspaper (Colombia)", """
Government and ELN to resume talks in Havana next month
The government and the National Liberation Army (ELN) will resume peace talks in Havana in the first week of May, the two delegations said in a joint statement on Monday.
The third round is expected to focus on a bilateral ceasefire and on how civil society will take part in the process.
The talks were briefly suspended earlier this month after the government accused the guerrilla group of an attack that killed soldiers in Catatumbo.
Opposition lawmakers said the government should not return to the table until the ELN stops kidnapping.
""", [])

# ---------------------------------------------------------------------------------------------
# Mexico
# ---------------------------------------------------------------------------------------------

doc("b5-24", "2024-08-02", "regional newspaper (Mexico)", """
Gunmen kill six at family party in Celaya
Six people were killed and three wounded when armed men burst into a family party in the San Juanico neighbourhood of Celaya, Guanajuato, late on Wednesday, the state prosecutor's office said.
Witnesses said at least four attackers arrived in two vehicles, fired indiscriminately and fled.
Guanajuato has for years been Mexico's most violent state, as the Santa Rosa de Lima Cartel and the Jalisco New Generation Cartel fight over fuel theft and drug routes.
On Thursday, state police arrested three suspects in the neighbouring municipality of Villagran, though prosecutors did not say whether they were linked to the attack.
""", [
    ev("Armed men attacked a family party in San Juanico, Celaya: six killed, three wounded.",
       "2024-07-31", "San Juanico", "Guanajuato", "MX", "attack_on_civilians", "unknown", "civilians", 6, 3,
       "Six people were killed and three wounded when armed men burst into a family party in the San Juanico neighbourhood of Celaya, Guanajuato, late on Wednesday, the state prosecutor's office said.",
       date_note="'late on Wednesday', published Friday 2024-08-02"),
    ev("State police arrested three suspects in Villagran.",
       "2024-08-01", "Villagran", "Guanajuato", "MX", "arrest", "Mexican security forces", "unknown", None, None,
       "On Thursday, state police arrested three suspects in the neighbouring municipality of Villagran, though prosecutors did not say whether they were linked to the attack.",
       date_note="'On Thursday', published Friday 2024-08-02"),
])

doc("b5-25", "2023-06-27", "international wire", """
Cartel gunmen kill four police in western Mexico ambush
MEXICO CITY - Suspected cartel gunmen ambushed a state police convoy on a highway near the town of Coahuayana in Michoacan on Monday, killing four officers and wounding seven, state security officials said.
The attackers opened fire from the hillsides with high-powered rifles and blocked the road with burning vehicles, the state security ministry said in a statement.
Officials blamed the Jalisco New Generation Cartel, which is fighting local gangs for control of smuggling routes through the region.
Soldiers and National Guard troops were sent to the area.
Last week, a drone carrying explosives wounded two soldiers in the nearby municipality of Aguililla, according to the defence ministry.
""", [
    ev("Cartel gunmen ambushed a state police convoy near Coahuayana: four police killed, seven wounded; officials blamed CJNG.",
       "2023-06-26", "Coahuayana", "Michoacan", "MX", "battle", "Jalisco New Generation Cartel", "Mexican security forces", 4, 7,
       "Suspected cartel gunmen ambushed a state police convoy on a highway near the town of Coahuayana in Michoacan on Monday, killing four officers and wounding seven, state security officials said. [...] Officials blamed the Jalisco New Generation Cartel, which is fighting local gangs for control of smuggling routes through the region.",
       date_note="'on Monday', published Tuesday 2023-06-27", note="blame by officials"),
    ev("Explosive drone wounded two soldiers in Aguililla 'last week'.", None, "Aguililla", "Michoacan", "MX",
       "explosion", "unknown", "Mexican security forces", None, 2,
       "Last week, a drone carrying explosives wounded two soldiers in the nearby municipality of Aguililla, according to the defence ministry.",
       optional=True, date_note="'Last week': no day"),
])

doc("b5-26", "2024-01-12", "national newspaper (Mexico)", """
Homicides fell 5% in 2023, security cabinet says
Mexico recorded 29,675 intentional homicide victims in 2023, about 5 percent fewer than the year before, the federal security cabinet said at the president's morning news conference on Thursday.
Guanajuato, Baja California and the State of Mexico again had the most killings, the figures showed.
Rights groups questioned the numbers, noting that the count of missing people has kept rising.
The security secretary said the National Guard would add 10,000 members this year.
""", [], [
    fig("killed", 29675, "Mexico", "Mexico recorded 29,675 intentional homicide victims in 2023, about 5 percent fewer than the year before, the federal security cabinet said at the president's morning news conference on Thursday."),
])

# ---------------------------------------------------------------------------------------------
# Haiti
# ---------------------------------------------------------------------------------------------

doc("b5-27", "2024-10-07", "international wire", """
Haitian gang kills at least 21 in dawn raid on Artibonite town, UN says
PORT-AU-PRINCE - Members of the Gran Grif gang attacked the town of Liancourt in Haiti's Artibonite department before dawn on Thursday, killing at least 21 people, the United Nations human rights office said on Monday.
A local mayor gave a higher toll of 34 and said dozens of houses had been set alight.
At least 15 people were wounded, among them two police officers who exchanged fire with the gang, the UN office said.
Gran Grif has controlled much of the area around Savien since 2022 and has repeatedly attacked farmers who refuse to pay it "taxes".
The Kenyan-led Multinational Security Support mission said it had sent reinforcements to the region.
In the capital, police said officers killed four gang members in a shootout in the Solino neighbourhood on Saturday.
""", [
    ev("Gran Grif gang attacked Liancourt: at least 21 killed (mayor: 34), 15 wounded.",
       "2024-10-03", "Liancourt", "Artibonite", "HT", "attack_on_civilians", "Gran Grif", "civilians", 21, 15,
       "Members of the Gran Grif gang attacked the town of Liancourt in Haiti's Artibonite department before dawn on Thursday, killing at least 21 people, the United Nations human rights office said on Monday. [...] A local mayor gave a higher toll of 34 and said dozens of houses had been set alight. [...] At least 15 people were wounded, among them two police officers who exchanged fire with the gang, the UN office said.",
       killed_high=34, date_note="'before dawn on Thursday', published Monday 2024-10-07"),
    ev("Police killed four gang members in a shootout in Solino, Port-au-Prince.",
       "2024-10-05", "Solino", "Ouest", "HT", "battle", "Haitian security forces", "gang members", 4, None,
       "In the capital, police said officers killed four gang members in a shootout in the Solino neighbourhood on Saturday.",
       date_note="'on Saturday', published Monday 2024-10-07"),
])

doc("b5-28", "2025-04-14", "local radio website (Haiti)", """
Kenscoff: five residents killed in gang attack, police say eight gang members shot in counter-offensive
Armed men from the Viv Ansanm gang coalition attacked the hillside locality of Furcy, in the commune of Kenscoff, on Saturday, killing five residents, including a child, the mayor of Kenscoff told our newsroom.
Several houses were burned and dozens of families fled towards Petion-Ville.
On Sunday, police units supported by the Kenyan-led mission launched a counter-offensive in Furcy and killed at least eight gang members, the police spokesperson said.
One police officer was wounded in the operation.
""", [
    ev("Viv Ansanm gangs attacked Furcy, Kenscoff, killing five residents.",
       "2025-04-12", "Furcy", "Ouest", "HT", "attack_on_civilians", "Viv Ansanm", "civilians", 5, None,
       "Armed men from the Viv Ansanm gang coalition attacked the hillside locality of Furcy, in the commune of Kenscoff, on Saturday, killing five residents, including a child, the mayor of Kenscoff told our newsroom.",
       date_note="'on Saturday', published Monday 2025-04-14"),
    ev("Police counter-offensive in Furcy killed eight gang members; one officer wounded.",
       "2025-04-13", "Furcy", "Ouest", "HT", "battle", "Haitian security forces", "Viv Ansanm", 8, 1,
       "On Sunday, police units supported by the Kenyan-led mission launched a counter-offensive in Furcy and killed at least eight gang members, the police spokesperson said. [...] One police officer was wounded in the operation.",
       date_note="'On Sunday', published Monday 2025-04-14"),
])

# ---------------------------------------------------------------------------------------------
# Ukraine / Russia
# ---------------------------------------------------------------------------------------------

doc("b5-29", "2024-10-10", "national news site (Ukraine)", """
Russian missiles hit Odesa port: four dead, 12 injured
Russian forces struck port infrastructure in Odesa with ballistic missiles on Wednesday evening, killing four people and injuring 12, the head of the Odesa regional military administration said.
A civilian container ship flying the flag of Panama was damaged, and a fire broke out in a warehouse, he wrote on Telegram.
In the Kharkiv region, Russian guided aerial bombs hit the village of Zolochiv on Wednesday afternoon, wounding three people, including a 14-year-old girl, the regional military administration reported.
Russia's Defence Ministry said it had hit "infrastructure used by the Ukrainian armed forces" in Odesa.
""", [
    ev("Russian ballistic missiles hit Odesa port: four killed, 12 injured.",
       "2024-10-09", "Odesa", "Odesa", "UA", "explosion", "Russian security forces", "civilians", 4, 12,
       "Russian forces struck port infrastructure in Odesa with ballistic missiles on Wednesday evening, killing four people and injuring 12, the head of the Odesa regional military administration said.",
       date_note="'on Wednesday evening', published Thursday 2024-10-10"),
    ev("Russian guided bombs hit Zolochiv, wounding three.",
       "2024-10-09", "Zolochiv", "Kharkiv", "UA", "explosion", "Russian security forces", "civilians", None, 3,
       "In the Kharkiv region, Russian guided aerial bombs hit the village of Zolochiv on Wednesday afternoon, wounding three people, including a 14-year-old girl, the regional military administration reported.",
       date_note="'on Wednesday afternoon', published Thursday 2024-10-10"),
])

doc("b5-30", "2023-10-08", "international wire", """
Toll in Russian missile strike on Zaporizhzhia apartment block rises to 14
KYIV, Oct 8 - The number of people killed when a Russian missile hit a five-storey apartment building in the southeastern city of Zaporizhzhia on Friday rose to 14 on Sunday, as rescuers pulled more bodies from the rubble, the regional governor said.
Ukraine's Interior Ministry had given a toll of 11 on Saturday. At least 30 people were injured, the governor said.
Russia's Defence Ministry said it had struck "a temporary deployment point of Ukrainian units" in the city, without mentioning the apartment block.
Zaporizhzhia lies about 40 km from the front line and is shelled almost daily.
Overnight, a Russian drone attack on the northern city of Sumy damaged a school and several houses, but no one was hurt, the regional administration said.
""", [
    ev("Russian missile hit an apartment block in Zaporizhzhia: toll rose to 14, at least 30 injured.",
       "2023-10-06", "Zaporizhzhia", "Zaporizhzhia", "UA", "explosion", "Russian security forces", "civilians", 14, 30,
       "The number of people killed when a Russian missile hit a five-storey apartment building in the southeastern city of Zaporizhzhia on Friday rose to 14 on Sunday, as rescuers pulled more bodies from the rubble, the regional governor said. [...] At least 30 people were injured, the governor said.",
       date_note="'on Friday', published Sunday 2023-10-08", note="rising toll: latest (14) supersedes the ministry's earlier 11"),
    ev("Russian drone attack on Sumy damaged a school and houses; nobody hurt.",
       "2023-10-08", "Sumy", "Sumy", "UA", "explosion", "Russian security forces", "civilians", 0, 0,
       "Overnight, a Russian drone attack on the northern city of Sumy damaged a school and several houses, but no one was hurt, the regional administration said.",
       date_note="'Overnight' before publication, read as publication day 2023-10-08"),
])

doc("b5-31", "2024-08-11", "state news agency digest (Russia)", """
Defence Ministry: forces improved positions on several axes
The Russian Defence Ministry said on Sunday that units of its Centre group of forces had "improved the tactical situation" and inflicted losses on Ukrainian brigades in the Donetsk direction over the past day.
The ministry said air defences had destroyed 14 Ukrainian drones overnight over regions bordering Ukraine, without reporting damage or casualties.
It also said that Ukraine had lost up to 2,000 troops across the front over the week, a figure that could not be verified.
Kyiv does not comment on Russian claims of its losses.
""", [], [
    fig("killed", 2000, "Ukraine", "It also said that Ukraine had lost up to 2,000 troops across the front over the week, a figure that could not be verified."),
])

doc("b5-32", "2022-09-14", "regional news site (Russia)", """
Belgorod governor: three killed by Ukrainian shelling of Shebekino
Three civilians were killed and five injured when Ukrainian shells hit a residential street in the town of Shebekino in Russia's Belgorod region on Monday evening, regional governor Vyacheslav Gladkov said on Tuesday.
Two private houses and a shop were destroyed, the governor wrote on Telegram.
On Tuesday, Ukrainian forces again shelled the village of Zhuravlevka near the border, damaging a power line, he said; no one was hurt.
Ukraine does not usually comment on incidents inside Russia.
""", [
    ev("Ukrainian shells hit a residential street in Shebekino: three civilians killed, five injured.",
       "2022-09-12", "Shebekino", "Belgorod", "RU", "explosion", "Ukrainian security forces", "civilians", 3, 5,
       "Three civilians were killed and five injured when Ukrainian shells hit a residential street in the town of Shebekino in Russia's Belgorod region on Monday evening, regional governor Vyacheslav Gladkov said on Tuesday.",
       date_note="'on Monday evening', published Wednesday 2022-09-14"),
    ev("Ukrainian shelling of Zhuravlevka damaged a power line; nobody hurt.",
       "2022-09-13", "Zhuravlevka", "Belgorod", "RU", "explosion", "Ukrainian security forces", "civilians", 0, 0,
       "On Tuesday, Ukrainian forces again shelled the village of Zhuravlevka near the border, damaging a power line, he said; no one was hurt.",
       date_note="'On Tuesday', published Wednesday 2022-09-14"),
])

# ---------------------------------------------------------------------------------------------
# Israel / Gaza / West Bank / Lebanon
# ---------------------------------------------------------------------------------------------

doc("b5-33", "2024-07-04", "international wire", """
Israeli strike on Nuseirat home kills nine, Gaza medics say
CAIRO - An Israeli air strike on a house in the Nuseirat refugee camp in central Gaza killed nine people, four of them children, early on Thursday, according to the civil defence agency and medics at Al-Aqsa Martyrs Hospital in Deir al-Balah.
The Israeli military said it had targeted "a Hamas terrorist operating in the area" and was looking into reports of civilian harm.
On Wednesday evening, Hamas's armed wing said its fighters had hit an Israeli tank with an anti-armour rocket in the Shejaiya district east of Gaza City. It gave no details of casualties.
The Israeli military said separately that a soldier had been seriously wounded in fighting in northern Gaza, without saying where or when.
The Gaza health ministry says more than 38,000 Palestinians have been killed since October 7.
""", [
    ev("Israeli air strike on a house in Nuseirat camp killed nine, including four children.",
       "2024-07-04", "Nuseirat", "Deir al-Balah", "PS", "explosion", "Israeli security forces", "civilians", 9, None,
       "An Israeli air strike on a house in the Nuseirat refugee camp in central Gaza killed nine people, four of them children, early on Thursday, according to the civil defence agency and medics at Al-Aqsa Martyrs Hospital in Deir al-Balah.",
       date_note="'early on Thursday' = publication day"),
    ev("Hamas fighters hit an Israeli tank with a rocket in Shejaiya.",
       "2024-07-03", "Shejaiya", "Gaza", "PS", "battle", "Hamas", "Israeli security forces", None, None,
       "On Wednesday evening, Hamas's armed wing said its fighters had hit an Israeli tank with an anti-armour rocket in the Shejaiya district east of Gaza City. It gave no details of casualties.",
       date_note="'On Wednesday evening', published Thursday 2024-07-04"),
    ev("Israeli soldier seriously wounded in northern Gaza, no place or day.", None, "northern Gaza", "North Gaza", "PS",
       "battle", "unknown", "Israeli security forces", None, 1,
       "The Israeli military said separately that a soldier had been seriously wounded in fighting in northern Gaza, without saying where or when.",
       optional=True, date_note="no day"),
], [
    fig("killed", 38000, "Gaza", "The Gaza health ministry says more than 38,000 Palestinians have been killed since October 7."),
])

doc("b5-34", "2023-06-27", "Palestinian news agency", """
Settlers set homes ablaze in Umm Safa; young man killed in Jenin camp raid
Ramallah - Israeli settlers attacked the village of Umm Safa, north of Ramallah, on Monday night, setting fire to two houses and four cars and wounding three citizens, the Palestine Red Crescent Society said.
Residents said dozens of settlers, some of them armed, entered the village under the protection of occupation soldiers.
At dawn on Tuesday, occupation forces stormed Jenin refugee camp and arrested five young men. Confrontations broke out, and a 19-year-old was killed by live fire, the Ministry of Health said.
The Israeli army said troops had come under fire during an arrest operation and had returned fire at armed gunmen.
""", [
    ev("Settlers attacked Umm Safa, burning two houses and four cars and wounding three Palestinians.",
       "2023-06-26", "Umm Safa", "Ramallah", "PS", "attack_on_civilians", "Israeli settlers", "civilians", None, 3,
       "Israeli settlers attacked the village of Umm Safa, north of Ramallah, on Monday night, setting fire to two houses and four cars and wounding three citizens, the Palestine Red Crescent Society said.",
       date_note="'on Monday night', published Tuesday 2023-06-27"),
    ev("Israeli raid on Jenin refugee camp: five arrested, clashes, one Palestinian killed.",
       "2023-06-27", "Jenin refugee camp", "Jenin", "PS", "battle", "Israeli security forces", "Palestinian gunmen", 1, None,
       "At dawn on Tuesday, occupation forces stormed Jenin refugee camp and arrested five young men. Confrontations broke out, and a 19-year-old was killed by live fire, the Ministry of Health said. [...] The Israeli army said troops had come under fire during an arrest operation and had returned fire at armed gunmen.",
       date_note="'At dawn on Tuesday' = publication day", note="raid with exchange of fire"),
])

doc("b5-35", "2024-10-23", "international wire", """
Israeli strikes kill seven in south Lebanon town; Hezbollah rockets target Safed base
BEIRUT - Israeli strikes on the town of Jwaya in southern Lebanon killed seven people, including two women, on Tuesday, Lebanon's health ministry said.
Hezbollah said it had fired a salvo of rockets at an Israeli army base near Safed in northern Israel on Tuesday. Israel's ambulance service said two men were lightly wounded by shrapnel nearby.
On Monday, an Israeli drone strike on a car on the coastal road near Tyre killed two men, the state news agency said.
More than 2,400 people have been killed in Lebanon since the fighting began a year ago, most of them in the last month, according to the ministry.
The Israeli military said its jets had struck dozens of Hezbollah targets across southern Lebanon and the Bekaa valley over the past 24 hours.
""", [
    ev("Israeli strikes on Jwaya killed seven, including two women.",
       "2024-10-22", "Jwaya", "South Lebanon", "LB", "explosion", "Israeli security forces", "civilians", 7, None,
       "Israeli strikes on the town of Jwaya in southern Lebanon killed seven people, including two women, on Tuesday, Lebanon's health ministry said.",
       date_note="'on Tuesday', published Wednesday 2024-10-23"),
    ev("Israeli drone strike on a car near Tyre killed two men.",
       "2024-10-21", "Tyre", "South Lebanon", "LB", "explosion", "Israeli security forces", "unknown", 2, None,
       "On Monday, an Israeli drone strike on a car on the coastal road near Tyre killed two men, the state news agency said.",
       date_note="'On Monday', published Wednesday 2024-10-23"),
    ev("Hezbollah rockets at an army base near Safed; two lightly wounded.",
       "2024-10-22", "Safed", "Northern District", "IL", "explosion", "Hezbollah", "Israeli security forces", None, 2,
       "Hezbollah said it had fired a salvo of rockets at an Israeli army base near Safed in northern Israel on Tuesday. Israel's ambulance service said two men were lightly wounded by shrapnel nearby.",
       date_note="'on Tuesday', published Wednesday 2024-10-23"),
], [
    fig("killed", 2400, "Lebanon", "More than 2,400 people have been killed in Lebanon since the fighting began a year ago, most of them in the last month, according to the ministry."),
])

# ---------------------------------------------------------------------------------------------
# Libya
# ---------------------------------------------------------------------------------------------

doc("b5-36", "2024-02-20", "Libyan news site", """
Zawiya municipal council head abducted; two fighters killed in Harsha clashes
The head of Zawiya's municipal council was abducted by gunmen on Sunday as he left a mosque in the city centre, his family said, adding that they had received no demands.
The Interior Ministry of the Government of National Unity said it had opened an investigation and set up checkpoints on the coastal road.
Clashes between two rival armed groups in the Harsha area of Zawiya on Friday night left two fighters dead and four wounded, the city's ambulance and emergency service said. It was not clear which side started the fighting.
Zawiya, 45 km west of Tripoli, is a hub for fuel smuggling and migrant trafficking and has seen repeated bouts of fighting between militias.
""", [
    ev("Gunmen abducted the head of Zawiya's municipal council as he left a mosque.",
       "2024-02-18", "Zawiya", "Zawiya", "LY", "attack_on_civilians", "unknown", "civilians", None, None,
       "The head of Zawiya's municipal council was abducted by gunmen on Sunday as he left a mosque in the city centre, his family said, adding that they had received no demands.",
       date_note="'on Sunday', published Tuesday 2024-02-20"),
    ev("Clashes between rival armed groups in Harsha, Zawiya: two fighters killed, four wounded.",
       "2024-02-16", "Harsha", "Zawiya", "LY", "battle", "unknown", "unknown", 2, 4,
       "Clashes between two rival armed groups in the Harsha area of Zawiya on Friday night left two fighters dead and four wounded, the city's ambulance and emergency service said. It was not clear which side started the fighting.",
       date_note="'on Friday night', published Tuesday 2024-02-20", note="no clear initiator, groups unnamed"),
])

# ---------------------------------------------------------------------------------------------
# Iraq
# ---------------------------------------------------------------------------------------------

doc("b5-37", "2021-07-22", "Iraqi news site", """
Three Hashd fighters killed in ISIS attack in Diyala
Three fighters of the Popular Mobilisation were killed and two wounded when ISIS militants attacked their position near the village of al-Mukhaisa in the Abu Saida subdistrict of Diyala province late on Wednesday, the PMF said in a statement.
The attackers used sniper rifles and light weapons before withdrawing into the orchards, the statement said.
On Tuesday, Iraqi F-16 jets struck an Islamic State hideout in the Hamrin mountains in Salahuddin province, killing four militants, the Security Media Cell said.
In the Kurdistan Region, a Turkish drone struck a car near the town of Penjwen in Sulaymaniyah province on Monday, killing two people whom the region's counter-terrorism directorate described as PKK members.
Turkey has stepped up strikes on the PKK in northern Iraq this year.
""", [
    ev("ISIS attacked a PMF position near al-Mukhaisa, Abu Saida: three PMF killed, two wounded.",
       "2021-07-21", "al-Mukhaisa", "Diyala", "IQ", "battle", "Islamic State", "Popular Mobilization Forces", 3, 2,
       "Three fighters of the Popular Mobilisation were killed and two wounded when ISIS militants attacked their position near the village of al-Mukhaisa in the Abu Saida subdistrict of Diyala province late on Wednesday, the PMF said in a statement.",
       date_note="'late on Wednesday', published Thursday 2021-07-22"),
    ev("Iraqi F-16 strike on an IS hideout in the Hamrin mountains killed four militants.",
       "2021-07-20", "Hamrin mountains", "Salahuddin", "IQ", "explosion", "Iraqi Security Forces", "Islamic State", 4, None,
       "On Tuesday, Iraqi F-16 jets struck an Islamic State hideout in the Hamrin mountains in Salahuddin province, killing four militants, the Security Media Cell said.",
       date_note="'On Tuesday', published Thursday 2021-07-22"),
    ev("Turkish drone struck a car near Penjwen, killing two said to be PKK.",
       "2021-07-19", "Penjwen", "Sulaymaniyah", "IQ", "explosion", "Turkish security forces", "PKK", 2, None,
       "In the Kurdistan Region, a Turkish drone struck a car near the town of Penjwen in Sulaymaniyah province on Monday, killing two people whom the region's counter-terrorism directorate described as PKK members.",
       date_note="'on Monday', published Thursday 2021-07-22"),
])

doc("b5-38", "2020-08-19", "international wire", """
One protester killed, dozens hurt as Iraqi police fire on Nasiriyah demonstration
BAGHDAD - Iraqi security forces fired live ammunition and tear gas at protesters in the southern city of Nasiriyah on Tuesday, killing one demonstrator and wounding 17, medical sources said.
Hundreds of people had gathered in Haboubi Square to denounce power cuts in the summer heat, and some later tried to storm the provincial council building, police said.
Eleven police officers were hurt by stones and petrol bombs, the Dhi Qar police command said in a statement.
Prime Minister Mustafa al-Kadhimi ordered an investigation into the use of live fire.
""", [
    ev("Security forces fired on protesters in Haboubi Square, Nasiriyah: one protester killed, 17 protesters and 11 police hurt.",
       "2020-08-18", "Haboubi Square", "Dhi Qar", "IQ", "other", "protesters", "Iraqi Security Forces", 1, 28,
       "Iraqi security forces fired live ammunition and tear gas at protesters in the southern city of Nasiriyah on Tuesday, killing one demonstrator and wounding 17, medical sources said. [...] Hundreds of people had gathered in Haboubi Square to denounce power cuts in the summer heat, and some later tried to storm the provincial council building, police said. [...] Eleven police officers were hurt by stones and petrol bombs, the Dhi Qar police command said in a statement.",
       date_note="'on Tuesday', published Wednesday 2020-08-19", note="excessive force against protesters: ACLED puts protesters as actor1 of protest events; wounded sums both sides (17 + 11)"),
])

# ---------------------------------------------------------------------------------------------
# Syria
# ---------------------------------------------------------------------------------------------

doc("b5-39", "2022-12-08", "monitor's daily update (Syria)", """
Daily toll: nine people killed across Syria on Wednesday
The Observatory documented the following deaths across Syrian territory on Wednesday, December 7:
Three members of regime forces were killed when ISIS cells attacked their position in the desert near Al-Sukhnah, east of Homs.
Two civilians were killed by the explosion of a landmine left over from the war in farmland near Ma'adan, in the eastern countryside of Raqqa.
A man was shot dead by unknown gunmen in Al-Shuhail town, in the eastern countryside of Deir Ezzor.
Turkish forces shelled the outskirts of Tal Rifaat, in the northern countryside of Aleppo, killing two SDF fighters and wounding a child.
A young man from Daraa died under torture in regime prisons, his family was informed.
""", [
    ev("ISIS cells attacked regime forces near Al-Sukhnah: three killed.",
       "2022-12-07", "Al-Sukhnah", "Homs", "SY", "battle", "Islamic State", "Syrian government forces", 3, None,
       "Three members of regime forces were killed when ISIS cells attacked their position in the desert near Al-Sukhnah, east of Homs.",
       date_note="'Wednesday, December 7'"),
    ev("Landmine explosion near Ma'adan killed two civilians.",
       "2022-12-07", "Ma'adan", "Raqqa", "SY", "explosion", "unknown", "civilians", 2, None,
       "Two civilians were killed by the explosion of a landmine left over from the war in farmland near Ma'adan, in the eastern countryside of Raqqa.",
       date_note="'Wednesday, December 7'", note="war remnant, no actor"),
    ev("Unknown gunmen shot dead a man in Al-Shuhail.",
       "2022-12-07", "Al-Shuhail", "Deir Ezzor", "SY", "attack_on_civilians", "unknown", "civilians", 1, None,
       "A man was shot dead by unknown gunmen in Al-Shuhail town, in the eastern countryside of Deir Ezzor.",
       date_note="'Wednesday, December 7'"),
    ev("Turkish shelling of Tal Rifaat outskirts killed two SDF fighters and wounded a child.",
       "2022-12-07", "Tal Rifaat", "Aleppo", "SY", "explosion", "Turkish security forces", "Syrian Democratic Forces", 2, 1,
       "Turkish forces shelled the outskirts of Tal Rifaat, in the northern countryside of Aleppo, killing two SDF fighters and wounding a child.",
       date_note="'Wednesday, December 7'"),
])

# ---------------------------------------------------------------------------------------------
# Turkey
# ---------------------------------------------------------------------------------------------

doc("b5-40", "2024-06-06", "weekly round-up (Turkey)", """
Turkey this week: soldiers killed in Hakkari, IS suspects detained, tear gas in Van
Two soldiers were killed and one wounded on Monday when PKK militants opened fire on a base area in the Cukurca district of Hakkari province, the Defence Ministry said. The ministry said four "terrorists" were later neutralised in the region, without giving a place.
On Wednesday morning, police detained 12 suspected members of the Islamic State in simultaneous raids in five districts of Istanbul, the state news agency said.
In the eastern city of Van, police used tear gas and water cannon on Tuesday to disperse several hundred people protesting against the removal of the city's elected pro-Kurdish mayor. The governor's office said 18 protesters were detained and three police officers were injured.
Meanwhile, the trial of 37 suspects over last year's bombing in Ankara resumed, with the next hearing set for September.
""", [
    ev("PKK fired on a base area in Cukurca, Hakkari: two soldiers killed, one wounded.",
       "2024-06-03", "Cukurca", "Hakkari", "TR", "battle", "PKK", "Turkish security forces", 2, 1,
       "Two soldiers were killed and one wounded on Monday when PKK militants opened fire on a base area in the Cukurca district of Hakkari province, the Defence Ministry said.",
       date_note="'on Monday', published Thursday 2024-06-06"),
    ev("Turkish forces 'neutralised' four PKK in the region; no place or day.", None, "Hakkari", "Hakkari", "TR",
       "battle", "Turkish security forces", "PKK", None, None,
       "The ministry said four \"terrorists\" were later neutralised in the region, without giving a place.",
       optional=True, date_note="'later', no day", note="'neutralised' may mean killed, captured or surrendered"),
    ev("Police detained 12 IS suspects in Istanbul raids.",
       "2024-06-05", "Istanbul", "Istanbul", "TR", "arrest", "Turkish security forces", "Islamic State", None, None,
       "On Wednesday morning, police detained 12 suspected members of the Islamic State in simultaneous raids in five districts of Istanbul, the state news agency said.",
       date_note="'On Wednesday morning', published Thursday 2024-06-06"),
    ev("Police dispersed a protest in Van with tear gas; 18 detained, three police injured.",
       "2024-06-04", "Van", "Van", "TR", "other", "protesters", "Turkish security forces", None, 3,
       "In the eastern city of Van, police used tear gas and water cannon on Tuesday to disperse several hundred people protesting against the removal of the city's elected pro-Kurdish mayor. The governor's office said 18 protesters were detained and three police officers were injured.",
       date_note="'on Tuesday', published Thursday 2024-06-06", note="protest with intervention: ACLED puts protesters as actor1"),
])


# ---------------------------------------------------------------------------------------------
# Checks and output
# ---------------------------------------------------------------------------------------------

TYPES = {"battle", "explosion", "attack_on_civilians", "territory_gain", "arrest", "other"}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
STOP = {"al", "the", "of", "near", "in", "district", "village", "town", "city", "camp", "refugee",
        "square", "mountains", "northern", "south"}


def fold(s):
    return re.sub(r"['\u2019`]", "", s).lower()


def words(s):
    return [w for w in re.split(r"[^a-z0-9]+", fold(s)) if w and w not in STOP]


def check():
    errors = []
    seen = set()
    for d in DOCS:
        where = d["id"]
        if where in seen:
            errors.append(f"{where}: duplicate id")
        seen.add(where)
        text = d["text"]
        pub = datetime.date.fromisoformat(d["published"])
        n = len(re.findall(r"[.!?](?:\s|$)", text))
        if not 3 <= n <= 14:
            errors.append(f"{where}: {n} sentences")
        for i, e in enumerate(d["events"]):
            w = f"{where} event {i} ({e['place']})"
            if e["type"] not in TYPES:
                errors.append(f"{w}: type {e['type']!r}")
            if not re.fullmatch(r"[A-Z]{2}", e["country"]):
                errors.append(f"{w}: country {e['country']!r}")
            for part in e["evidence"].split(" [...] "):
                if not part or part not in text:
                    errors.append(f"{w}: evidence not verbatim: {part[:60]!r}")
            ft = set(words(text))
            for t in words(e["place"]):
                if t not in ft:
                    errors.append(f"{w}: place word {t!r} not in text")
            for k in ("killed", "wounded"):
                lo, hi = e[k], e[k + "_high"]
                if hi is not None and (lo is None or hi <= lo):
                    errors.append(f"{w}: {k}_high {hi} must exceed {k} {lo}")
            if e["date"] is None:
                if not e.get("optional"):
                    errors.append(f"{w}: undated event must be optional")
                continue
            day = datetime.date.fromisoformat(e["date"])
            if day > pub:
                errors.append(f"{w}: date {day} after published {pub}")
            note = e["date_note"]
            m = re.search(r"published (\w+day) (\d{4}-\d{2}-\d{2})", note)
            if m:
                if m.group(2) != d["published"]:
                    errors.append(f"{w}: date_note names published {m.group(2)}")
                if WEEKDAYS[pub.weekday()] != m.group(1):
                    errors.append(f"{w}: published {pub} is a {WEEKDAYS[pub.weekday()]}, note says {m.group(1)}")
            quoted = " ".join(re.findall(r"'([^']*)'", note))
            for wd in WEEKDAYS:
                if wd in quoted:
                    if WEEKDAYS[day.weekday()] != wd:
                        errors.append(f"{w}: {day} is a {WEEKDAYS[day.weekday()]}, text says {wd}")
                    if re.search(r"\d{4}", quoted) is None and (pub - day).days >= 7:
                        errors.append(f"{w}: bare weekday {wd} resolves to {day}, a week or more before {pub}")
            if "publication day" in note and day != pub:
                errors.append(f"{w}: 'publication day' but {day} != {pub}")
        for f in d["figures"]:
            if f["evidence"] not in text:
                errors.append(f"{where} figure: evidence not verbatim: {f['evidence'][:60]!r}")
    return errors


def main():
    errors = check()
    if errors:
        for e in errors:
            print("error:", e, file=sys.stderr)
        sys.exit(1)
    with open(os.path.join(HERE, "docs.jsonl"), "w", encoding="utf-8") as f:
        for d in DOCS:
            f.write(json.dumps({"id": d["id"], "text": d["text"], "published": d["published"],
                                "outlet": d["outlet"]}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for d in DOCS:
            f.write(json.dumps({"id": d["id"], "url": None, "published": d["published"],
                                "events": d["events"], "figures": d["figures"]}, ensure_ascii=False) + "\n")
    evs = [e for d in DOCS for e in d["events"]]
    req = [e for e in evs if not e.get("optional")]
    empty = [d["id"] for d in DOCS if not [e for e in d["events"] if not e.get("optional")]]
    by_type = {}
    for e in req:
        by_type[e["type"]] = by_type.get(e["type"], 0) + 1
    print(f"docs {len(DOCS)}, events {len(evs)} ({len(req)} required, {len(evs) - len(req)} optional), "
          f"docs without required events {len(empty)}: {' '.join(empty)}")
    print("required by type:", ", ".join(f"{k} {v}" for k, v in sorted(by_type.items())))
    print("required with killed:", sum(e["killed"] is not None for e in req),
          "with wounded:", sum(e["wounded"] is not None for e in req),
          "with date:", sum(e["date"] is not None for e in req),
          "with named actor1:", sum(e["actor1"] != "unknown" for e in req))


if __name__ == "__main__":
    main()
