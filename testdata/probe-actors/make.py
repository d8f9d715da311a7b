# Probe set for actors and event types: each entry is one short report and the one event
# expected of it. Lists mean "any of these"; mutual=True means actor1/actor2 may swap.
import json
P = []
def p(id, pub, text, typ, sub, a1, a2, mutual=False, style=""):
    P.append(dict(id=id, published=pub, text=text, type=typ, sub=sub, actor1=a1, actor2=a2, mutual=mutual, style=style))

JNIM = ["JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "Group for Support of Islam and Muslims", "JNIM: Group for Support of Islam and Muslims"]
IS = ["Islamic State", "Islamic State Sahel Province", "ISSP"]
UNID = ["militants (unidentified)", "Islamist militants"]
# ---- Sahel
p("p01", "2025-03-04", "BAMAKO, March 4 (Reuters) - Militants attacked an army post in central Mali's Mopti region on Sunday, killing at least 14 soldiers, two security sources said. The al Qaeda-linked group JNIM claimed responsibility for the assault in a statement on Monday.",
  "battle", "Armed clash", JNIM, "Malian security forces", style="claim later sentence")
p("p02", "2024-10-09", "Malian soldiers and Russian mercenaries executed at least 20 men in the village of Diafarabe on Tuesday, residents and a local official said. The victims, mostly herders, were rounded up at the weekly market and shot.",
  "attack_on_civilians", "Attack", "Malian security forces", "civilians", style="joint subject")
p("p03", "2024-12-13", "At least 29 Nigerien soldiers were killed on Thursday in an ambush near the border with Mali, the defence ministry said. The attack was blamed on the Islamic State Sahel Province.",
  "battle", "Armed clash", IS, "Nigerien security forces", style="blamed on later")
p("p04", "2024-08-26", "Suspected jihadists killed dozens of civilians in an attack on the town of Barsalogho in northern Burkina Faso on Saturday, security sources said. The assailants opened fire on residents who had been digging trenches around the town at the army's request.",
  "attack_on_civilians", "Attack", UNID, "civilians", style="suspected")
p("p05", "2024-03-19", "A drone strike by the Malian army killed at least eight civilians at a wedding in the northern village of Amasrakad on Monday, local officials said.",
  "explosion", "Air/drone strike", "Malian security forces", "civilians", style="by-phrase on noun")
p("p06", "2023-08-14", "Malian troops and their Russian allies pulled out of the town of Ber on Sunday, and fighters of the Coordination of Azawad Movements moved in hours later without a shot being fired, residents said.",
  "territory_gain", "Non-violent transfer of territory", ["Coordination of Azawad Movements", "CMA"], "Malian security forces", style="non-violent territory")
p("p07", "2022-11-17", "Burkinabe troops retook the town of Djibo from jihadist fighters on Wednesday after two days of fighting, the army said in a statement.",
  "territory_gain", "Government regains territory", "Burkinabe security forces", UNID, style="retake")
p("p08", "2023-09-03", "Thousands of people marched through Niamey on Saturday to demand the departure of French troops, waving Russian flags. The march passed off peacefully, police said.",
  "other", "Peaceful protest", ["protesters", "civilians"], None, style="protest")
p("p81", "2024-05-11", "Unidentified gunmen killed four soldiers at a checkpoint in Burkina Faso's Centre-Nord region on Friday, security sources said. No group claimed the attack, but both al Qaeda and Islamic State affiliates operate in the area.",
  "battle", "Armed clash", UNID, "Burkinabe security forces", style="unnamed gunmen vs soldiers")
p("p90", "2023-01-16", "Jihadists abducted about 50 women picking wild fruit near Arbinda in northern Burkina Faso last week, the government said on Monday. Officials blamed JNIM for the kidnapping.",
  "attack_on_civilians", "Abduction/forced disappearance", JNIM, "civilians", style="blamed later")
# ---- Somalia
p("p09", "2024-03-15", "A suicide car bomb exploded outside a busy hotel near the presidential palace in Mogadishu on Friday evening, killing at least nine people, police said. Al-Shabaab claimed the attack through its Andalus radio station.",
  "explosion", "Suicide bomb", "al-Shabaab", "civilians", style="claim later sentence")
p("p10", "2022-12-07", "Somali forces backed by local clan militias recaptured the town of Adan Yabaal from al-Shabaab on Tuesday, the defence ministry said, after the militants withdrew overnight.",
  "territory_gain", "Government regains territory", "Somali security forces", "al-Shabaab", style="retake backed by")
p("p11", "2025-02-03", "Al-Shabaab fighters stormed an African Union base in Lower Shabelle early on Monday, triggering hours of fighting. The group said it had killed dozens of Ugandan troops; AUSSOM did not give a toll.",
  "battle", "Armed clash", "al-Shabaab", ["AUSSOM", "ATMIS", "African Union forces", "African Union Support and Stabilization Mission in Somalia", "Ugandan security forces"], style="AU mission")
p("p12", "2024-06-20", "Fighting between Habar Gidir and Marehan clan militias killed at least 11 people near the village of Bur Saliid in central Somalia on Wednesday, elders said. The clashes were over grazing land and water.",
  "battle", "Armed clash", ["Habar Gidir clan militia", "Habar Gidir militia", "Habar Gidir"], ["Marehan clan militia", "Marehan militia", "Marehan"], mutual=True, style="clan militias mutual")
p("p13", "2024-09-02", "US Africa Command said it carried out an airstrike against al-Shabaab near Jilib on Sunday, killing three militants.",
  "explosion", "Air/drone strike", ["US security forces", "US Africa Command", "AFRICOM"], "al-Shabaab", style="said it carried out")
p("p14", "2023-05-12", "A roadside bomb struck a military convoy outside Afgoye on Thursday, killing four soldiers. Al-Shabaab, which has waged an insurgency against the federal government for more than 15 years, said it had planted the device.",
  "explosion", "Remote explosive/landmine/IED", "al-Shabaab", "Somali security forces", style="claim later sentence")
p("p79", "2023-10-22", "Al-Shabaab has stepped up attacks in central Somalia in recent weeks. On Saturday, the group's fighters attacked a police station in Beledweyne, killing three officers, a local official said.",
  "battle", "Armed clash", "al-Shabaab", "Somali security forces", style="the group coref")
p("p82", "2024-04-11", "Kenyan police arrested three suspected al-Shabaab members in Garissa on Wednesday and seized explosives hidden in their house, a police statement said.",
  "arrest", "Arrests", "Kenyan security forces", "al-Shabaab", style="arrests")
# ---- DRC
p("p15", "2024-05-01", "M23 rebels seized the town of Rubaya, home to one of the world's largest coltan mines, on Tuesday after fighting with the Congolese army and allied militias, local sources said.",
  "territory_gain", "Non-state actor overtakes territory", "M23", "Congolese security forces", style="seize")
p("p16", "2024-06-08", "Suspected ADF rebels killed at least 40 villagers with machetes and guns in Beni territory overnight, a local civil society leader said. The attackers also burned several homes before withdrawing into the forest.",
  "attack_on_civilians", "Attack", ["Allied Democratic Forces", "ADF"], "civilians", style="suspected acronym")
p("p17", "2024-02-10", "Clashes broke out on Saturday between M23 fighters and Wazalendo militiamen in the hills around Sake, residents said, with heavy gunfire heard through the morning.",
  "battle", "Armed clash", "M23", ["Wazalendo"], mutual=True, style="clashes between")
p("p18", "2024-02-21", "The Congolese army said its drones struck M23 positions near Kitshanga on Wednesday, destroying an arms depot.",
  "explosion", "Air/drone strike", "Congolese security forces", "M23", style="its drones")
p("p19", "2023-06-13", "Gunmen believed to belong to the CODECO militia abducted 12 people from a displacement camp in Djugu territory, Ituri province, late on Sunday, the camp's administrator said.",
  "attack_on_civilians", "Abduction/forced disappearance", ["CODECO", "Cooperative for the Development of Congo"], "civilians", style="believed to belong")
p("p20", "2025-01-28", "Police fired tear gas to disperse hundreds of students protesting in Kinshasa on Monday against what they called Western inaction over the fighting in the east. Several protesters were arrested.",
  "other", "Protest with intervention", ["protesters", "civilians"], ["Congolese security forces", "police"], style="protest intervention")
# ---- Myanmar
p("p21", "2024-01-13", "A junta airstrike on a village in Sagaing region killed at least 17 people, including children, on Friday, a local resistance group said. A fighter jet dropped two bombs on a monastery where displaced people were sheltering.",
  "explosion", "Air/drone strike", "Myanmar security forces", "civilians", style="junta noun modifier")
p("p22", "2024-01-15", "The Arakan Army said on Sunday it had captured the town of Paletwa in Chin state after the last junta troops fled across the border.",
  "territory_gain", "Non-state actor overtakes territory", "Arakan Army", "Myanmar security forces", style="said it had captured")
p("p23", "2023-07-05", "Resistance fighters ambushed a military convoy on the road between Kalay and Gangaw on Tuesday, killing at least nine soldiers, the local People's Defence Force unit said.",
  "battle", "Armed clash", "People's Defense Forces", "Myanmar security forces", style="resistance fighters, PDF spelling")
p("p24", "2023-03-09", "Soldiers burned more than 200 houses in a village in Magway region on Wednesday after residents fled an advancing column, according to local media. The Tatmadaw has repeatedly torched villages it accuses of supporting the resistance.",
  "other", "Looting/property destruction", "Myanmar security forces", "civilians", style="arson by army")
p("p25", "2024-07-19", "Artillery fired by the military hit a market in Lashio on Thursday, killing five civilians, the Ta'ang National Liberation Army said.",
  "explosion", "Shelling/artillery/missile attack", "Myanmar security forces", "civilians", style="reduced relative by")
p("p26", "2024-04-09", "Karen National Liberation Army fighters overran a junta outpost near Myawaddy on Monday, the group said.",
  "territory_gain", "Non-state actor overtakes territory", ["Karen National Liberation Army", "KNLA", "Karen National Union"], "Myanmar security forces", style="overran")
p("p83", "2023-11-10", "The Myanmar National Democratic Alliance Army and the military fought for control of a hilltop base near Laukkai on Thursday, the group said.",
  "battle", "Armed clash", ["Myanmar National Democratic Alliance Army", "MNDAA"], "Myanmar security forces", mutual=True, style="A and B fought")
# ---- Sudan
p("p27", "2024-12-02", "The Rapid Support Forces shelled the Abu Shouk displacement camp near El Fasher on Sunday, killing at least 12 people, according to the camp's coordination body.",
  "explosion", "Shelling/artillery/missile attack", "Rapid Support Forces", "civilians", style="shelled")
p("p28", "2024-10-22", "An airstrike by the Sudanese army on a market in Nyala killed at least 30 people on Monday, local activists said, blaming the military for the raid.",
  "explosion", "Air/drone strike", "Sudanese security forces", "civilians", style="airstrike by")
p("p29", "2025-01-11", "Sudan's army said on Saturday it had recaptured Wad Madani, the capital of Gezira state, from the paramilitary RSF, more than a year after losing it.",
  "territory_gain", "Government regains territory", "Sudanese security forces", "Rapid Support Forces", style="X's army")
p("p30", "2023-11-14", "Human rights monitors accused the Rapid Support Forces on Tuesday of raping at least 25 women and girls during a raid on villages east of El Geneina last week.",
  "attack_on_civilians", "Sexual violence", "Rapid Support Forces", "civilians", style="accused X of")
p("p31", "2023-06-09", "Heavy fighting erupted between the army and the RSF in Omdurman on Friday, residents said, with at least 14 civilians killed by stray shells.",
  "battle", "Armed clash", "Sudanese security forces", "Rapid Support Forces", mutual=True, style="between the army and")
p("p84", "2025-05-06", "Drones launched by the Rapid Support Forces struck a fuel depot in Port Sudan on Tuesday, the army said, in the first attack on the city since the war began.",
  "explosion", "Air/drone strike", "Rapid Support Forces", None, style="launched by")
# ---- Yemen
p("p32", "2024-02-07", "Yemen's Houthis said on Wednesday they had fired anti-ship missiles at a Greek-owned tanker in the Red Sea. The vessel was hit and caught fire, the UK Maritime Trade Operations agency said.",
  "explosion", "Shelling/artillery/missile attack", "Houthis", ["civilians", None], style="said they had fired")
p("p33", "2018-04-23", "Saudi-led coalition warplanes bombed a wedding party in Hajjah province on Sunday, killing at least 20 people, medics said.",
  "explosion", "Air/drone strike", "Saudi-led coalition", "civilians", style="warplanes")
p("p34", "2021-02-12", "Houthi fighters attacked government positions south of Marib city on Thursday, sparking clashes that killed 22 fighters on both sides, military sources said.",
  "battle", "Armed clash", "Houthis", ["Yemeni government forces", "Yemeni security forces"], style="government positions")
p("p35", "2024-01-22", "US forces struck Houthi radar sites near Hodeidah overnight, the Pentagon said.",
  "explosion", "Air/drone strike", "US security forces", "Houthis", style="struck")
p("p36", "2024-06-08", "Houthi authorities detained at least nine UN staff in Sanaa this week, the United Nations said, demanding their immediate release.",
  "arrest", "Arrests", "Houthis", "civilians", style="detained")
p("p80", "2024-07-19", "The Houthis have threatened to widen their campaign. On Friday they launched a drone that struck an apartment building in Tel Aviv, killing one man, the Israeli military said.",
  "explosion", "Air/drone strike", "Houthis", "civilians", style="pronoun coref")
# ---- Ethiopia
p("p37", "2023-08-07", "Fano militiamen briefly took control of the town of Debre Tabor on Sunday after clashing with federal troops, residents said.",
  "territory_gain", "Non-state actor overtakes territory", "Fano", "Ethiopian security forces", style="took control")
p("p38", "2023-08-14", "A drone strike hit a bus station in the Amhara town of Finote Selam on Sunday, killing 30 civilians, health workers said. Residents blamed the federal military, which has increasingly relied on drones against Fano fighters.",
  "explosion", "Air/drone strike", "Ethiopian security forces", "civilians", style="blamed later")
p("p39", "2023-08-02", "Ethiopian soldiers and Fano militiamen fought for several hours on the outskirts of Bahir Dar on Tuesday, witnesses said.",
  "battle", "Armed clash", "Ethiopian security forces", "Fano", mutual=True, style="A and B fought")
p("p40", "2022-12-20", "Gunmen from the Oromo Liberation Army kidnapped 15 university students travelling by bus in the Oromia region, a parent said.",
  "attack_on_civilians", "Abduction/forced disappearance", ["Oromo Liberation Army", "OLA"], "civilians", style="gunmen from X")
# ---- Mozambique
p("p41", "2024-02-24", "Insurgents raided the village of Mbau in Mocimboa da Praia district on Friday, beheading three men and burning homes, local sources said. The militants, linked to the Islamic State group, then retreated toward the coast.",
  "attack_on_civilians", "Attack", ["Islamic State", "militants (unidentified)"], "civilians", style="insurgents coref")
p("p42", "2021-08-09", "Rwandan and Mozambican troops recaptured the port town of Mocimboa da Praia from Islamist insurgents on Sunday, Rwanda's army said.",
  "territory_gain", "Government regains territory", ["Rwandan security forces", "Mozambican security forces"], UNID, style="joint forces retake")
# ---- Nigeria
p("p43", "2024-03-18", "Jihadists from the Islamic State West Africa Province overran a military base in Marte, Borno state, late on Saturday, killing at least five soldiers, military sources said.",
  ["battle", "territory_gain"], ["Armed clash", "Non-state actor overtakes territory"], "Boko Haram", "Nigerian security forces", style="jihadists from X")
p("p44", "2024-03-11", "Bandits abducted more than 80 worshippers from a church in Kaduna state on Sunday, police said, the latest in a wave of mass kidnappings in northwest Nigeria.",
  "attack_on_civilians", "Abduction/forced disappearance", "bandits", "civilians", style="bandits abduct")
p("p45", "2023-05-17", "Vigilantes killed 11 suspected bandits in a gunfight in Zamfara state on Tuesday after the gunmen tried to raid a market, a local official said.",
  "battle", "Armed clash", ["vigilantes"], "bandits", mutual=True, style="vigilantes")
p("p46", "2023-06-26", "A mob beat and burned to death a man accused of blasphemy in Sokoto state on Saturday, police said, adding that two suspects had been arrested.",
  "other", "Mob violence", ["rioters", "mob"], "civilians", style="mob")
p("p47", "2023-12-05", "A Nigerian Air Force jet mistakenly bombed a village in Kaduna state during a religious festival on Sunday, killing at least 85 civilians, officials said.",
  "explosion", "Air/drone strike", "Nigerian security forces", "civilians", style="air force")
p("p48", "2023-12-26", "Suspected herders attacked three villages in Plateau state overnight, killing at least 36 people, a local council chairman said.",
  "attack_on_civilians", "Attack", ["herders", "Fulani herders", "Fulani militia", "Fulani ethnic militia"], "civilians", style="suspected herders")
p("p85", "2024-06-30", "Three female suicide bombers blew themselves up at a wedding and a hospital in Gwoza, Borno state, on Saturday, killing at least 18 people. The attacks bore the hallmarks of Boko Haram, which has used women and girls as bombers.",
  "explosion", "Suicide bomb", ["Boko Haram", "unknown"], "civilians", style="hallmarks")
# ---- Mexico
p("p49", "2023-06-13", "Gunmen from the Jalisco New Generation Cartel ambushed a convoy of state police in Michoacan on Monday, killing six officers, the state prosecutor's office said.",
  "battle", "Armed clash", "Jalisco New Generation Cartel", "Mexican security forces", style="gunmen from X")
p("p50", "2023-10-15", "Armed men burst into a bar in Celaya, Guanajuato, late on Saturday and opened fire, killing 12 people, local authorities said. No arrests have been made.",
  "attack_on_civilians", "Attack", ["militants (unidentified)", "unknown"], "civilians", style="armed men")
p("p51", "2024-09-16", "Gunfights between rival factions of the Sinaloa Cartel left at least 15 people dead in Culiacan over the weekend, officials said.",
  "battle", "Armed clash", "Sinaloa Cartel", "Sinaloa Cartel", mutual=True, style="factions")
p("p52", "2023-04-28", "Mexican soldiers killed 19 suspected cartel gunmen in a firefight in the state of Tamaulipas on Thursday, the defence ministry said.",
  "battle", "Armed clash", "Mexican security forces", ["militants (unidentified)", "cartel gunmen", "gunmen"], style="soldiers killed")
p("p53", "2024-05-15", "A journalist was shot dead outside his home in Tijuana on Tuesday, becoming the third reporter killed in Mexico this year. Prosecutors said they were investigating whether organised crime was behind the killing.",
  "attack_on_civilians", "Attack", ["unknown", "militants (unidentified)"], "civilians", style="passive no agent")
# ---- Colombia
p("p54", "2024-03-09", "A car bomb exploded outside a police station in Cucuta on Friday, wounding five officers. Authorities blamed the ELN guerrilla group, which has stepped up attacks in the border region.",
  "explosion", "Remote explosive/landmine/IED", "ELN", "Colombian security forces", style="blamed later")
p("p55", "2024-06-03", "FARC dissidents attacked a military base in Cauca with explosive-laden drones on Sunday, killing two soldiers, the army said.",
  "explosion", "Air/drone strike", "FARC dissidents", "Colombian security forces", style="drones NSA")
p("p56", "2025-01-19", "Fighting between the ELN and FARC dissidents in the Catatumbo region has killed at least 80 people since Thursday, the governor of Norte de Santander said.",
  "battle", "Armed clash", "ELN", "FARC dissidents", mutual=True, style="fighting between")
p("p57", "2024-08-22", "A social leader was shot dead by suspected members of the Gulf Clan in Antioquia on Wednesday, the ombudsman's office said.",
  "attack_on_civilians", "Attack", ["Gulf Clan", "Clan del Golfo"], "civilians", style="passive by suspected members of")
# ---- Kashmir
p("p58", "2024-06-10", "Militants opened fire on a bus carrying Hindu pilgrims in Reasi district of Jammu and Kashmir on Sunday, killing nine people, police said. The bus plunged into a gorge after the driver was hit.",
  "attack_on_civilians", "Attack", UNID, "civilians", style="militants on bus")
p("p59", "2024-05-05", "Two militants were killed in an encounter with security forces in Kulgam district on Saturday, police said. The slain militants belonged to the Lashkar-e-Taiba, officials said.",
  "battle", "Armed clash", "Indian security forces", ["Lashkar-e-Taiba", "militants (unidentified)"], style="encounter")
p("p60", "2024-11-04", "Suspected militants hurled a grenade at a CRPF bunker in Srinagar's Lal Chowk on Sunday, injuring 12 civilians, police said.",
  "explosion", "Grenade", UNID, ["Indian security forces", "civilians"], style="grenade")
# ---- Philippines
p("p61", "2023-03-11", "New People's Army rebels ambushed an army patrol in Northern Samar on Friday, killing three soldiers, the military said.",
  "battle", "Armed clash", "New People's Army", "Philippine security forces", style="ambush")
p("p62", "2019-09-11", "Abu Sayyaf gunmen seized four fishermen off the coast of Tawi-Tawi on Tuesday and took them to Sulu, the coast guard said.",
  "attack_on_civilians", "Abduction/forced disappearance", "Abu Sayyaf", "civilians", style="seized people")
p("p63", "2023-12-04", "A bomb tore through a Catholic Mass in a university gymnasium in Marawi on Sunday, killing four people. The Islamic State group claimed responsibility the following day.",
  "explosion", "Remote explosive/landmine/IED", "Islamic State", "civilians", style="claim later")
# ---- Ukraine / Russia
p("p64", "2024-05-26", "A Russian missile struck a hardware store in Kharkiv on Saturday, killing at least 12 people, regional governor Oleh Syniehubov said.",
  "explosion", "Shelling/artillery/missile attack", "Russian security forces", "civilians", style="nationality missile")
p("p65", "2024-10-02", "Ukrainian drones attacked an oil refinery in Russia's Ryazan region overnight, starting a fire, the regional governor said.",
  "explosion", "Air/drone strike", "Ukrainian security forces", None, style="drones attacked")
p("p66", "2024-08-28", "Russia's defence ministry said on Tuesday its forces had captured the village of Novohrodivka in Ukraine's Donetsk region.",
  "territory_gain", ["Non-state actor overtakes territory", "Government regains territory"], "Russian security forces", "Ukrainian security forces", style="its forces")
p("p67", "2024-02-02", "Shelling by Ukrainian forces killed three civilians in the Russian-held city of Horlivka on Thursday, the city's Russian-installed mayor said.",
  "explosion", "Shelling/artillery/missile attack", "Ukrainian security forces", "civilians", style="shelling by")
p("p68", "2024-04-17", "Two people were wounded when a Ukrainian drone dropped explosives on a car in Russia's Belgorod region, Governor Vyacheslav Gladkov said on Wednesday.",
  "explosion", "Air/drone strike", "Ukrainian security forces", "civilians", style="when-clause")
# ---- Israel / Gaza / Lebanon
p("p69", "2024-08-09", "An Israeli airstrike on a school sheltering displaced families in Gaza City killed at least 22 people on Thursday, the civil defence agency said. The Israeli military said it had targeted a Hamas command centre inside the compound.",
  "explosion", "Air/drone strike", "Israeli security forces", "civilians", style="nationality airstrike")
p("p70", "2024-06-11", "Hezbollah fired dozens of rockets at northern Israel on Tuesday, wounding two people in Kiryat Shmona, Israeli medics said. The group said the barrage was in response to an Israeli strike in southern Lebanon.",
  "explosion", "Shelling/artillery/missile attack", "Hezbollah", "civilians", style="rockets")
p("p71", "2024-03-03", "A drone strike on a car in the southern Lebanese town of Nabatieh killed two Hezbollah members on Sunday, a security source said. Lebanon's state news agency blamed Israel.",
  "explosion", "Air/drone strike", "Israeli security forces", "Hezbollah", style="blamed country")
p("p72", "2023-02-27", "Israeli settlers set fire to homes and cars in the Palestinian village of Huwara on Sunday night, and a Palestinian man was killed, the Palestinian health ministry said.",
  ["attack_on_civilians", "other"], ["Attack", "Mob violence", "Looting/property destruction"], ["Israeli settlers", "settlers"], "civilians", style="settlers")
p("p73", "2024-01-30", "Israeli forces arrested 20 Palestinians in overnight raids across the occupied West Bank, the Palestinian Prisoners' Society said.",
  "arrest", "Arrests", "Israeli security forces", "civilians", style="arrests")
p("p74", "2024-05-20", "Militants from Hamas's armed wing fired an anti-tank missile at an Israeli army vehicle near Rafah, killing two soldiers, the military said.",
  "explosion", "Shelling/artillery/missile attack", "Hamas", "Israeli security forces", style="militants from X's wing")
# ---- Syria
p("p75", "2020-01-30", "Hayat Tahrir al-Sham and allied factions seized the town of Saraqeb from government forces on Thursday, a war monitor said.",
  "territory_gain", "Non-state actor overtakes territory", ["Hayat Tahrir al-Sham", "HTS"], "Syrian government forces", style="X and allied factions")
p("p76", "2023-10-10", "A Turkish drone strike killed three members of the Kurdish-led Syrian Democratic Forces near Qamishli on Monday, the SDF said.",
  "explosion", "Air/drone strike", "Turkish Armed Forces", "Syrian Democratic Forces", style="nationality drone")
p("p77", "2023-08-12", "Islamic State militants ambushed a bus carrying soldiers in the Syrian desert near Palmyra on Friday, killing 23 soldiers, state media said.",
  "battle", "Armed clash", "Islamic State", "Syrian government forces", style="ambush bus soldiers")
p("p78", "2019-06-10", "Russian warplanes pounded rebel-held areas of Idlib province on Sunday, killing at least seven civilians, rescue workers said.",
  "explosion", "Air/drone strike", "Russian security forces", "civilians", style="warplanes pounded")
# ---- protests / riots elsewhere
p("p86", "2024-06-26", "Protesters torched part of the parliament building and blocked roads in Nairobi on Tuesday during demonstrations against tax rises. Police fired live rounds, killing at least five people.",
  "other", ["Violent demonstration", "Excessive force against protesters"], ["rioters", "protesters"], ["Kenyan security forces", "police", None], style="riot")


# ---- longer reports (4-6 sentences): background, quotes, attribution away from the event
P2 = []
def q(*a, **k):
    p(*a, **k)
q("q01", "2024-07-29", "KIDAL, Mali (AP) - Fighting raged for a third day near the Algerian border, where Tuareg separatists said they had inflicted heavy losses on the army and its Russian allies. The rebels said they killed dozens of Wagner mercenaries and Malian soldiers near Tinzaouaten on Saturday. The Wagner-linked Telegram channel Grey Zone acknowledged losses. Mali's army said it had lost two soldiers and killed around 20 'terrorists'.",
  "battle", "Armed clash", ["Strategic Framework for the Defense of the People of Azawad", "Azawad Liberation Front", "Tuareg separatists", "Coordination of Azawad Movements", "CSP-DPA"], ["Wagner Group", "Malian security forces"], style="long: rebels said they killed")
q("q02", "2024-09-18", "Gunmen attacked a gendarmerie school and a military airport in Bamako early on Tuesday, the army said, in a rare assault on the capital. Heavy gunfire and explosions were heard for several hours near the airport. The army said the situation was under control and that several attackers had been arrested. JNIM said in a statement that its fighters had carried out the operation and killed dozens of soldiers.",
  "battle", "Armed clash", JNIM, "Malian security forces", style="long: claim last sentence")
q("q03", "2024-03-28", "At least 30 soldiers were killed when their convoy hit an improvised explosive device and came under fire in the Tillaberi region, Niger's ruling junta said on Wednesday. The junta said the attackers were 'terrorists' but gave no further detail. Islamic State's Sahel branch, which is active in the area, later claimed the ambush on its Amaq news agency.",
  ["battle", "explosion"], ["Armed clash", "Remote explosive/landmine/IED"], IS, "Nigerien security forces", style="long: later claim by branch")
q("q04", "2025-02-17", "MOGADISHU, Feb 17 (Reuters) - Somali forces backed by international partners killed at least 60 al Shabaab fighters in an operation in the Middle Shabelle region, the information ministry said on Monday. The operation took place near the town of Mahaday on Sunday, the ministry said. Al Shabaab did not respond to a request for comment. The group has been fighting for more than a decade to topple the central government.",
  "battle", "Armed clash", "Somali security forces", "al-Shabaab", style="long: govt operation")
q("q05", "2024-08-03", "At least 32 people were killed and 63 wounded when a suicide bomber blew himself up and gunmen stormed a beachside restaurant at Lido beach in Mogadishu on Friday night, police said. The attackers were killed by security forces after an hours-long siege. The al Qaeda-linked al Shabaab group claimed responsibility through its radio station. Lido beach is popular with families on Friday evenings.",
  "explosion", "Suicide bomb", "al-Shabaab", "civilians", style="long: passive then claim")
q("q06", "2025-01-27", "GOMA, Congo - Rebels said on Monday they had taken control of Goma, the largest city in eastern Congo, after a lightning advance. Residents reported gunfire near the airport and in the city centre. Congo's government called the offensive a declaration of war and accused neighbouring Rwanda of backing the M23. The rebels said they had entered the city on Sunday night.",
  "territory_gain", "Non-state actor overtakes territory", "M23", "Congolese security forces", style="long: rebels named later")
q("q07", "2023-10-24", "Attackers armed with guns and machetes killed at least 26 people in the villages of Mbau and Kididiwe in Beni territory overnight, local authorities said. The army blamed the killings on the Allied Democratic Forces, a Ugandan armed group that pledged allegiance to Islamic State. The army spokesman said troops were pursuing the assailants.",
  "attack_on_civilians", "Attack", ["Allied Democratic Forces", "ADF", "Islamic State"], "civilians", style="long: blamed later")
q("q08", "2024-05-29", "YANGON, Myanmar - Dozens of people were killed when the military shelled a village in western Rakhine state, residents and an ethnic armed group said. The Arakan Army said at least 40 villagers died in Byian Phyu village on Wednesday. The junta's spokesman denied the army had targeted civilians. Fighting between the military and the Arakan Army has intensified since November.",
  "explosion", "Shelling/artillery/missile attack", "Myanmar security forces", "civilians", style="long: when-clause agent")
q("q09", "2024-02-05", "The resistance said on Monday it had captured a junta battalion headquarters in Kyaukme township after a two-week siege. 'We seized the base and many weapons,' a spokesman for the Ta'ang National Liberation Army told reporters. At least 30 soldiers surrendered, the group said. The military has not commented.",
  "territory_gain", "Non-state actor overtakes territory", ["Ta'ang National Liberation Army", "TNLA"], "Myanmar security forces", style="long: quote names group")
q("q10", "2024-06-06", "KHARTOUM (AP) - Paramilitary forces attacked a village in Sudan's central Gezira province on Wednesday, killing more than 100 people, activists said. The Wad al-Noura Resistance Committee said the fighters used heavy weapons against residents. The RSF said its forces had attacked three army camps in the area and denied targeting civilians. The war between the army and the RSF began in April 2023.",
  "attack_on_civilians", "Attack", "Rapid Support Forces", "civilians", style="long: paramilitary forces coref")
q("q11", "2024-09-13", "A market in the besieged city of El Fasher was hit by artillery shells on Thursday, killing at least 18 people, according to a local aid group. The shells were fired from areas held by the Rapid Support Forces east of the city, the group said. The army has been defending the city against an RSF siege since May.",
  "explosion", "Shelling/artillery/missile attack", "Rapid Support Forces", "civilians", style="long: fired from areas held by")
q("q12", "2019-08-02", "ADEN, Yemen - A missile and a drone struck a military parade in Aden on Thursday, killing at least 36 people, officials said. The victims were recruits of a force loyal to the Southern Transitional Council. The Houthis said they had carried out the attack, which they said targeted commanders planning an offensive.",
  "explosion", "Shelling/artillery/missile attack", "Houthis", ["Southern Transitional Council", "Security Belt Forces", "Yemeni government forces"], style="long: claim 'said they had carried out'")
q("q13", "2023-09-03", "ADDIS ABABA - Fano militiamen seized the town of Lalibela after government troops withdrew on Wednesday, residents said. Internet has been cut in parts of the Amhara region since the fighting began. A federal official said the army would restore order. The militia has been fighting the federal government since Addis Ababa ordered the dissolution of regional forces.",
  "territory_gain", ["Non-state actor overtakes territory", "Non-violent transfer of territory"], "Fano", "Ethiopian security forces", style="long: seized after withdrew")
q("q14", "2023-10-17", "Gunmen killed at least 37 villagers in Plateau state, central Nigeria, in attacks that began late on Sunday, a local council chairman said. The attackers arrived on motorcycles and set houses on fire. Police blamed the killings on armed herders, who have clashed with farmers over land for decades.",
  "attack_on_civilians", "Attack", ["herders", "Fulani herders", "Fulani militias", "Fulani militia"], "civilians", style="long: police blamed")
q("q15", "2024-02-22", "KANO, Nigeria (Reuters) - Suspected Boko Haram fighters abducted at least 200 displaced people, mostly women and children, who had gone to collect firewood near Gamboru Ngala, officials said on Thursday. The abductions took place last week but were only reported days later because of poor phone coverage. The army said it had launched a rescue operation.",
  "attack_on_civilians", "Abduction/forced disappearance", "Boko Haram", "civilians", style="long: suspected X abducted")
q("q16", "2024-01-09", "MEXICO CITY (Reuters) - Suspected cartel members killed nine people, including a police officer, in an attack in the central state of Guanajuato, authorities said on Monday. The state prosecutor's office said the shooting happened at a private party in the town of Salvatierra. The Santa Rosa de Lima cartel and the Jalisco New Generation Cartel are fighting for control of the state.",
  "attack_on_civilians", "Attack", ["militants (unidentified)", "unknown"], "civilians", style="long: cartels named as background only")
q("q17", "2024-04-15", "BOGOTA, Colombia - Colombian soldiers clashed with fighters of the Estado Mayor Central, the largest group of FARC dissidents, in rural Cauca on Saturday, the army said. Four guerrillas were killed and a soldier was wounded in the fighting. The group has rejected the government's peace talks since last year.",
  "battle", "Armed clash", "Colombian security forces", ["FARC dissidents", "Estado Mayor Central", "EMC"], style="long: fighters of")
q("q18", "2024-04-22", "SRINAGAR (Reuters) - Police in Indian Kashmir said on Monday that a civilian was killed by suspected militants in Rajouri district. The victim, a government employee, was shot near his home late on Sunday. Security forces launched a search operation in the area. No group claimed the killing.",
  "attack_on_civilians", "Attack", UNID, "civilians", style="long: passive by suspected")
q("q19", "2024-11-21", "KYIV (Reuters) - Russia launched a missile attack on the central Ukrainian city of Dnipro on Thursday, Ukraine's air force said, damaging an industrial facility and wounding two people. The regional governor said a rehabilitation centre was also hit. The Kremlin did not comment on the strike.",
  "explosion", "Shelling/artillery/missile attack", "Russian security forces", "civilians", style="long: country as agent")
q("q20", "2024-10-06", "GAZA (Reuters) - At least 18 Palestinians were killed on Sunday when an Israeli airstrike hit a mosque sheltering displaced people in Deir al-Balah, health officials said. The Israeli military said it struck Hamas militants operating from a command centre in the compound. Hamas denied its fighters were there.",
  "explosion", "Air/drone strike", "Israeli security forces", "civilians", style="long: when-clause")
q("q21", "2024-09-26", "BEIRUT - An Israeli strike on a building in the southern suburbs of Beirut killed a senior Hezbollah commander on Tuesday, the group said. The Israeli military said its jets had targeted the head of Hezbollah's rocket division. Lebanon's health ministry said six people were killed in the strike.",
  "explosion", "Air/drone strike", "Israeli security forces", "Hezbollah", style="long: Israeli strike killed commander")
q("q22", "2024-11-29", "DAMASCUS - Insurgents led by Hayat Tahrir al-Sham swept into parts of Aleppo on Friday, a war monitor said, after a surprise offensive that began two days earlier. Government forces withdrew from several districts of the city without major fighting, the monitor said. Syria's army said it was repelling the attack.",
  "territory_gain", ["Non-state actor overtakes territory", "Non-violent transfer of territory"], ["Hayat Tahrir al-Sham", "HTS"], "Syrian government forces", style="long: led by")
q("q23", "2019-10-10", "AKCAKALE, Turkey (Reuters) - Turkish forces pounded Kurdish militia positions in northeast Syria on Thursday, the second day of an offensive. At least seven civilians were killed in the town of Ras al-Ain by the shelling, the Syrian Democratic Forces said. Ankara says the YPG is a terrorist group linked to Kurdish insurgents in Turkey.",
  "explosion", "Shelling/artillery/missile attack", "Turkish Armed Forces", ["civilians", "YPG", "Syrian Democratic Forces"], style="long: by the shelling")
q("q24", "2023-02-20", "MANILA - Communist rebels killed two soldiers in an ambush in the southern province of Bukidnon on Sunday, the army said. The troops were on a patrol when the New People's Army guerrillas opened fire. The military said one rebel was also killed in the firefight.",
  "battle", "Armed clash", "New People's Army", "Philippine security forces", style="long: communist rebels")
q("q25", "2024-04-12", "PEMBA, Mozambique - Insurgents linked to Islamic State attacked the town of Quissanga in Cabo Delgado province on Wednesday, briefly occupying the district headquarters before Mozambican and Rwandan troops drove them out, a local source said. At least three soldiers were killed in the fighting.",
  ["battle", "territory_gain"], ["Armed clash", "Non-state actor overtakes territory"], ["Islamic State", "militants (unidentified)"], ["Mozambican security forces", "Rwandan security forces"], style="long: linked to")

# ---- round 2 (60 reports, r01-r60): wars thinly covered, and the shapes that name actor1
# away from the verb: passive agents, claims, blame, demonyms missing from the dictionary,
# state forces named by a ministry, an acronym or a mission.
SAF = ["Sudanese Armed Forces", "Sudanese security forces"]
RSF = ["Rapid Support Forces", "RSF"]
ISS = IS + ["Islamic State in the Greater Sahara"]
MYA = "Myanmar security forces"
# ---- Sudan
p("r01", "2024-10-27", "The paramilitary Rapid Support Forces killed at least 40 civilians in a raid on the village of Wad al-Hadi in Sennar state on Saturday, a local rights group said.",
  "attack_on_civilians", "Attack", RSF, "civilians", style="r: paramilitary apposition")
p("r02", "2025-03-05", "At least 15 people were killed when a drone struck a crowded market in El Obeid on Tuesday, medics said. The army accused the RSF of launching the drone from the west of the city.",
  "explosion", "Air/drone strike", RSF, "civilians", style="r: accused X of, later sentence")
p("r03", "2024-11-19", "Sudanese warplanes bombed the RSF-held town of Mellit in North Darfur on Monday, killing 11 people, residents said.",
  "explosion", "Air/drone strike", SAF, "civilians", style="r: demonym warplanes")
p("r04", "2024-09-27", "SAF troops and allied Joint Forces repelled an RSF assault on the southern edge of El Fasher on Thursday, the army said, claiming to have killed dozens of attackers.",
  "battle", "Armed clash", RSF, SAF, mutual=True, style="r: SAF acronym, repelled assault")
p("r55", "2025-06-03", "Two aid workers were killed by RSF fighters in an attack on a food convoy in North Kordofan on Monday, the United Nations said.",
  "attack_on_civilians", "Attack", RSF, "civilians", style="r: passive by")
# ---- Ethiopia
p("r05", "2024-04-14", "Tigray People's Liberation Front fighters clashed with Ethiopian federal forces near Alamata in southern Tigray on Saturday, according to a regional official.",
  "battle", "Armed clash", "TPLF", "Ethiopian security forces", mutual=True, style="r: clashed with")
p("r06", "2024-02-12", "Fano fighters ambushed a convoy of the Ethiopian National Defence Force near Gondar on Sunday, killing at least 12 soldiers, a Fano commander claimed.",
  "battle", "Armed clash", "Fano", "Ethiopian security forces", style="r: convoy of X")
p("r07", "2024-05-22", "The ENDF said on Wednesday it had killed 80 Fano extremists in operations in the North Wollo zone over the past week.",
  "battle", "Armed clash", "Ethiopian security forces", "Fano", style="r: said it had killed")
# ---- DRC
p("r08", "2024-06-14", "ADF fighters killed at least 18 people in an overnight attack on the village of Mayikengo in North Kivu's Lubero territory, a local official said on Friday.",
  "attack_on_civilians", "Attack", ["ADF", "Allied Democratic Forces"], "civilians", style="r: acronym fighters")
p("r09", "2025-01-23", "FARDC soldiers fought M23 rebels for several hours near Minova on Wednesday, an army spokesman said.",
  "battle", "Armed clash", "Congolese security forces", "M23", mutual=True, style="r: FARDC")
p("r10", "2024-09-10", "CODECO militiamen attacked a gold mining site in Ituri province on Monday, killing nine miners, local civil society leaders said.",
  "attack_on_civilians", "Attack", "CODECO", "civilians", style="r: militiamen")
p("r11", "2023-01-16", "A bomb blamed on the Allied Democratic Forces exploded in a Pentecostal church in Kasindi on Sunday, killing 14 worshippers, the army said.",
  "explosion", "Remote explosive/landmine/IED", ["ADF", "Allied Democratic Forces"], "civilians", style="r: blamed on participle")
p("r58", "2025-01-25", "South African soldiers serving with the regional mission clashed with M23 rebels near Sake on Friday, and two of the peacekeepers were killed, Pretoria said.",
  "battle", "Armed clash", ["South African security forces", "South African National Defence Force", "SAMIDRC"], "M23", mutual=True, style="r: demonym South African")
# ---- Mozambique / Tanzania
p("r12", "2024-05-17", "Islamist insurgents beheaded four men near the town of Macomia in Cabo Delgado province on Thursday, according to a local source.",
  "attack_on_civilians", "Attack", UNID + ["Islamic State Mozambique Province", "Islamic State"], "civilians", style="r: insurgents")
p("r13", "2023-11-12", "Mozambican troops killed 10 insurgents in a clash near Mocimboa da Praia on Saturday, the defence ministry said.",
  "battle", "Armed clash", "Mozambican security forces", UNID, style="r: demonym troops")
p("r59", "2020-11-02", "Tanzanian troops killed nine insurgents who crossed the Ruvuma river from Mozambique on Sunday, the Tanzanian army said.",
  "battle", "Armed clash", ["Tanzanian security forces", "Tanzania People's Defence Force"], UNID, style="r: demonym Tanzanian")
# ---- Sahel
p("r14", "2025-05-12", "JNIM fighters killed dozens of soldiers and VDP auxiliaries in an attack on a military detachment in Djibo, northern Burkina Faso, on Sunday, security sources said.",
  "battle", "Armed clash", JNIM, "Burkinabe security forces", style="r: VDP victims")
p("r15", "2024-07-11", "Africa Corps fighters and Malian soldiers killed at least 25 civilians during an operation in the village of Hombori on Wednesday, a local association said.",
  "attack_on_civilians", "Attack", ["Wagner Group", "Malian Armed Forces", "Africa Corps"], "civilians", style="r: Africa Corps joint")
p("r16", "2025-03-11", "Volunteers for the Defence of the Homeland killed about 30 herders in a village near Solenzo on Monday, according to rights groups.",
  "attack_on_civilians", "Attack", ["Volunteers for the Defence of the Homeland", "Burkinabe security forces"], "civilians", style="r: VDP full name")
p("r17", "2025-03-22", "Islamic State Sahel fighters attacked a mosque in the Tillaberi region of Niger during Friday prayers, killing 44 worshippers, the interior ministry said.",
  "attack_on_civilians", "Attack", ISS, "civilians", style="r: IS Sahel")
p("r18", "2024-12-16", "Nigerien soldiers killed 15 jihadists in an air and ground operation near the border with Burkina Faso, Niger's army said on Sunday.",
  "battle", "Armed clash", "Nigerien security forces", UNID, style="r: soldiers vs jihadists")
p("r56", "2024-06-09", "Six soldiers were killed by JNIM militants near Boulkessi in central Mali on Saturday, the army said.",
  "battle", "Armed clash", JNIM, "Malian Armed Forces", style="r: passive by")
# ---- Myanmar
p("r19", "2024-03-08", "The Kachin Independence Army captured the jade mining town of Hpakant after weeks of fighting with junta troops, the group said on Thursday.",
  "territory_gain", "Non-state actor overtakes territory", ["Kachin Independence Army", "KIA"], MYA, style="r: captured")
p("r20", "2023-06-12", "Tatmadaw troops shot dead seven villagers, including two teenagers, in a raid in Kani township in Sagaing region on Saturday, residents said.",
  "attack_on_civilians", "Attack", MYA, "civilians", style="r: Tatmadaw")
p("r21", "2024-08-28", "A People's Defence Force drone attack on a police station in Mandalay region killed three officers on Tuesday, state media reported.",
  "explosion", "Air/drone strike", "People's Defense Forces", MYA, style="r: X drone attack")
p("r22", "2024-12-09", "Arakan Army fighters seized the town of Maungdaw near the Bangladesh border on Sunday after the last military outpost fell, the group said.",
  ["territory_gain"], "Non-state actor overtakes territory", "Arakan Army", MYA, style="r: seized")
# ---- Ukraine / Russia
p("r23", "2024-11-12", "Russian forces dropped guided bombs on Zaporizhzhia on Monday, killing four people, the regional governor said.",
  "explosion", ["Air/drone strike", "Shelling/artillery/missile attack"], "Russian security forces", "civilians", style="r: Russian forces")
p("r24", "2024-09-21", "A Ukrainian drone hit a bus in the Russian-occupied town of Oleshky on Friday, killing two civilians, the Moscow-installed governor said.",
  "explosion", "Air/drone strike", "Ukrainian security forces", "civilians", style="r: Ukrainian drone")
p("r25", "2023-08-29", "Ukrainian troops recaptured the village of Robotyne in Zaporizhzhia region from Russian forces, the defence ministry in Kyiv said on Monday.",
  "territory_gain", "Government regains territory", "Ukrainian security forces", "Russian security forces", style="r: recaptured from")
# ---- Yemen
p("r26", "2023-07-24", "Houthi rebels shelled residential areas of Taiz on Sunday, killing a child and wounding three women, a local official said.",
  "explosion", "Shelling/artillery/missile attack", "Houthis", "civilians", style="r: shelled")
p("r27", "2025-05-09", "An Israeli air raid on the port of Hodeidah killed six people on Thursday, the Houthi-run health ministry said.",
  "explosion", "Air/drone strike", "Israeli security forces", "civilians", style="r: Israeli air raid, Houthi-run")
p("r28", "2022-08-11", "Forces of the Southern Transitional Council clashed with government troops in Shabwa province on Wednesday, leaving at least eight dead, military sources said.",
  "battle", "Armed clash", "Southern Transitional Council", "Yemeni government forces", mutual=True, style="r: forces of X")
# ---- Pakistan
p("r29", "2024-10-15", "Tehreek-e-Taliban Pakistan militants attacked a police checkpoint in Lakki Marwat district overnight, killing three policemen, officials said.",
  "battle", "Armed clash", "Tehrik-i-Taliban Pakistan", "Pakistani security forces", style="r: TTP spelling")
p("r30", "2024-11-10", "The Baloch Liberation Army claimed responsibility for a bombing that killed 26 people at Quetta's railway station on Saturday.",
  "explosion", ["Suicide bomb", "Remote explosive/landmine/IED"], "Baloch Liberation Army", "civilians", style="r: claimed responsibility for")
p("r31", "2025-01-13", "Pakistani security forces killed eight militants in an intelligence-based operation in North Waziristan, the military's media wing said on Monday.",
  "battle", "Armed clash", "Pakistani security forces", UNID, style="r: security forces killed militants")
p("r32", "2025-07-11", "Gunmen dragged nine passengers off a bus in Zhob district of Balochistan and shot them dead on Thursday after checking their identity cards, officials said.",
  "attack_on_civilians", "Attack", UNID + ["unknown"], "civilians", style="r: gunmen dragged")
# ---- India
p("r33", "2025-01-07", "Maoist rebels blew up a vehicle carrying security personnel in Bijapur district of Chhattisgarh on Monday, killing eight policemen and their driver, police said.",
  "explosion", "Remote explosive/landmine/IED", "Maoists", "Indian security forces", style="r: Maoist rebels blew up")
p("r34", "2025-02-10", "Security forces killed 31 Maoists in a gunbattle in the forests of Bijapur district on Sunday, police said.",
  "battle", "Armed clash", "Indian security forces", "Maoists", style="r: bare security forces")
p("r35", "2024-09-07", "Suspected Kuki militants opened fire on a village in Bishnupur district of Manipur on Friday, killing two farmers, police said.",
  "attack_on_civilians", "Attack", "Kuki militants", "civilians", style="r: suspected Kuki militants")
# ---- Philippines
p("r36", "2022-03-16", "Soldiers killed three suspected Abu Sayyaf members in a firefight on Basilan island on Tuesday, the military said.",
  "battle", "Armed clash", "Philippine security forces", "Abu Sayyaf", style="r: bare soldiers")
p("r37", "2023-05-25", "NPA guerrillas torched construction equipment at a road project in Quezon province on Wednesday, police said.",
  "other", "Looting/property destruction", "New People's Army", ["civilians", None], style="r: NPA arson")
# ---- Colombia
p("r38", "2024-09-18", "ELN guerrillas killed two soldiers in an attack on a military base in Arauca department on Tuesday, the army said.",
  "battle", "Armed clash", "ELN", "Colombian security forces", style="r: ELN guerrillas")
p("r39", "2025-04-21", "Members of the Clan del Golfo shot dead a police officer in Antioquia on Sunday, the defence minister said, the latest in a wave of attacks on police.",
  ["battle", "attack_on_civilians"], ["Armed clash", "Attack"], "Clan del Golfo", "Colombian security forces", style="r: members of X")
p("r40", "2025-06-11", "A FARC dissident faction led by Ivan Mordisco detonated an explosives-laden motorbike in Jamundi on Tuesday, wounding six people, authorities said.",
  "explosion", "Remote explosive/landmine/IED", "FARC dissidents", "civilians", style="r: dissident faction led by")
# ---- Mexico / Haiti
p("r41", "2024-12-03", "Sinaloa Cartel gunmen killed five members of the National Guard in an ambush in Sinaloa state on Monday, officials said.",
  "battle", "Armed clash", "Sinaloa Cartel", "Mexican security forces", style="r: National Guard victims")
p("r42", "2025-02-14", "Mexican marines arrested a senior leader of the Gulf Cartel in Reynosa on Thursday, the navy said.",
  "arrest", "Arrests", "Mexican security forces", "Gulf Cartel", style="r: marines arrested")
p("r43", "2024-10-20", "Gang members loyal to Jimmy Cherizier attacked the Port-au-Prince neighbourhood of Solino overnight, killing at least 12 residents, a human rights group said.",
  "attack_on_civilians", "Attack", ["Viv Ansanm", "militants (unidentified)", "gangs"], "civilians", style="r: gang members")
p("r44", "2024-11-23", "Haitian police and Kenyan officers of the multinational mission killed several gang members in a shootout in Port-au-Prince on Friday, police said.",
  "battle", "Armed clash", ["Haitian security forces", "Multinational Security Support Mission"], ["militants (unidentified)", "Viv Ansanm", "gangs"], style="r: joint police")
# ---- Cameroon
p("r45", "2024-05-06", "Ambazonian separatist fighters killed two gendarmes in an attack on a checkpoint near Bamenda on Sunday, the military said.",
  "battle", "Armed clash", "Anglophone separatists", "Cameroonian security forces", style="r: Ambazonian")
p("r46", "2023-02-21", "Cameroonian soldiers burned houses and killed four civilians in the village of Bali in the Northwest region, residents told reporters on Monday.",
  "attack_on_civilians", "Attack", "Cameroonian security forces", "civilians", style="r: soldiers killed civilians")
# ---- Somalia
p("r47", "2023-08-23", "Somali National Army troops and Danab special forces retook the town of Mahas from al-Shabaab on Tuesday, the government said.",
  "territory_gain", "Government regains territory", "Somali security forces", "al-Shabaab", style="r: SNA retook")
p("r48", "2025-02-16", "Puntland forces killed 12 Islamic State fighters in the Cal Miskaad mountains on Saturday, a regional security official said.",
  "battle", "Armed clash", "Somali security forces", ["Islamic State", "Islamic State Somalia Province"], style="r: Puntland")
p("r57", "2024-08-20", "An explosion at a checkpoint in Mogadishu on Monday killed three police officers. The Islamic State's Somalia branch later said it was behind the blast.",
  "explosion", "Remote explosive/landmine/IED", ["Islamic State", "Islamic State Somalia Province"], "Somali security forces", style="r: said it was behind")
# ---- Nigeria
p("r49", "2024-02-14", "Bandits killed 20 villagers and abducted dozens more in a raid on Kaura Namoda in Zamfara state on Tuesday, police said.",
  "attack_on_civilians", "Attack", ["bandits", "militants (unidentified)"], "civilians", style="r: bandits killed")
p("r50", "2024-04-16", "Troops of Operation Hadin Kai killed 17 Boko Haram fighters in the Sambisa forest on Monday, the Nigerian army said.",
  "battle", "Armed clash", "Nigerian security forces", "Boko Haram", style="r: troops of Operation")
# ---- Israel / Gaza / Lebanon / West Bank
p("r51", "2023-08-06", "A Palestinian gunman opened fire on a car near the settlement of Kedumim on Saturday, killing one man, Israeli medics said.",
  "attack_on_civilians", "Attack", ["militants (unidentified)", "unknown", "Palestinian militants"], "civilians", style="r: Palestinian gunman")
p("r52", "2024-07-03", "IDF troops killed three Palestinian militants in a raid on the Jenin refugee camp on Wednesday, the army said.",
  "battle", "Armed clash", "Israeli security forces", ["militants (unidentified)", "Palestinian militants", "Hamas", "Palestinian Islamic Jihad"], style="r: IDF")
p("r53", "2024-10-14", "Hezbollah launched a swarm of drones at an army base near Binyamina on Sunday, killing four soldiers, the Israeli military said.",
  "explosion", "Air/drone strike", "Hezbollah", "Israeli security forces", style="r: launched drones")
p("r54", "2024-12-16", "Israeli shelling killed five members of one family in Khan Younis on Monday, Gaza's civil defence agency said.",
  "explosion", "Shelling/artillery/missile attack", "Israeli security forces", "civilians", style="r: Israeli shelling")
# ---- protest
p("r60", "2024-07-12", "Guinean security forces fired tear gas and live rounds at opposition protesters in Conakry on Thursday, killing two people, the opposition said.",
  "other", "Excessive force against protesters", ["Guinean security forces"], ["protesters", "civilians"], style="r: demonym Guinean")

# ---- round 2, longer reports (s01-s16): the side named once, far from the act; an
# air force no sentence names; coreference ("both sides", "the group", "our forces")
P3 = []
q("s01", "2024-10-29", "YANGON (Reuters) - Airstrikes on a village in Myanmar's northern Sagaing region killed at least 20 people, including six children, on Monday, according to a resistance official and a local aid worker. The village of Ywar Thar had been sheltering people who fled fighting in nearby towns. A fighter jet dropped at least three bombs shortly after noon, the aid worker said. Myanmar's military has relied increasingly on air power since losing ground to an alliance of ethnic armed groups and pro-democracy militias last year. A junta spokesman could not be reached for comment.",
  "explosion", "Air/drone strike", MYA, "civilians", style="s: unnamed air force, junta background")
q("s02", "2025-02-04", "KHARTOUM (AP) - At least 54 people were killed and 158 wounded when shells slammed into a crowded market in Omdurman on Saturday, the health ministry said. The ministry blamed the Rapid Support Forces for the shelling. The paramilitary group has been fighting the army for control of the country since April 2023. The RSF did not respond to a request for comment. Residents said the shells came from the western outskirts of the city, where the paramilitary has positions.",
  "explosion", "Shelling/artillery/missile attack", RSF, "civilians", style="s: blamed next sentence")
q("s03", "2024-01-18", "ADDIS ABABA - A drone strike on a busy market in the Amhara region killed at least 15 civilians on Tuesday, residents and a health worker said. The strike hit the town of Merawi in the morning as traders were setting up their stalls. The region has been the scene of fighting between the federal army and Fano militiamen since August. Government spokesmen did not respond to requests for comment. Rights groups have accused the military of using drones in populated areas.",
  "explosion", "Air/drone strike", "Ethiopian security forces", "civilians", style="s: unnamed drone, army background")
q("s04", "2024-07-02", "GOMA, Congo - Two bombs hit a displacement camp on the outskirts of Goma on Friday, killing at least 35 people, most of them women and children, the United Nations said. The camp shelters thousands of families who fled the advance of the M23 rebels. The Congolese army accused the rebels and Rwandan troops of firing the bombs from positions in the hills to the west. Rwanda and the M23 denied responsibility and blamed the army.",
  "explosion", "Shelling/artillery/missile attack", ["M23", "unknown"], "civilians", style="s: accused and denied")
q("s05", "2024-11-11", "QUETTA, Pakistan - A suicide bomber blew himself up among soldiers at the railway station in Quetta on Saturday, killing at least 26 people and wounding more than 60, officials said. Many of the victims were troops who had been waiting for a train to Peshawar. The Baloch Liberation Army, an ethnic separatist group, claimed responsibility in a statement to reporters. The group has stepped up attacks on security forces and on Chinese-funded projects in the province.",
  "explosion", "Suicide bomb", "Baloch Liberation Army", ["Pakistani security forces", "civilians"], style="s: claim later")
q("s06", "2024-03-27", "BAMAKO - Heavy fighting broke out between the two sides on Tuesday near the town of Kidal, witnesses said. The Malian army and fighters of the Tuareg-led rebel alliance have been locked in a struggle for control of the north since last year. At least 12 rebels and four soldiers were killed, according to a local official.",
  "battle", "Armed clash", ["Malian Armed Forces", "Azawad Liberation Front", "Coordination of Azawad Movements"], ["Malian Armed Forces", "Azawad Liberation Front", "Coordination of Azawad Movements", "militants (unidentified)"], mutual=True, style="s: the two sides coref")
q("s07", "2024-09-04", "MAIDUGURI, Nigeria - Gunmen on motorcycles killed at least 81 people in the village of Mafa in Yobe state on Sunday, a local official said. The attackers rounded up men at a market and shot them before setting fire to shops and homes. Police said the attack was carried out by Boko Haram in revenge for villagers helping the army. Boko Haram has waged an insurgency in the northeast for 15 years.",
  "attack_on_civilians", "Attack", "Boko Haram", "civilians", style="s: passive attribution later")
q("s08", "2023-11-21", "BOGOTA - Two soldiers were killed and four wounded on Sunday when guerrillas attacked a patrol in the department of Arauca, the army said in a statement. It blamed the attack on the National Liberation Army, which is holding peace talks with the government. The ELN did not immediately comment. The group has been fighting the state for nearly six decades.",
  "battle", "Armed clash", "ELN", "Colombian security forces", style="s: it blamed X")
q("s09", "2024-06-18", "CULIACAN, Mexico - Gunmen ambushed a patrol of state police officers on a highway near Culiacan on Monday, killing four officers, the Sinaloa state security ministry said. Authorities said the attack appeared to be linked to a power struggle within the Sinaloa Cartel that has left hundreds dead. No arrests have been made.",
  "battle", "Armed clash", ["militants (unidentified)", "unknown", "Sinaloa Cartel"], "Mexican security forces", style="s: cartel as background")
q("s10", "2024-08-14", "GAZA - An Israeli airstrike on a house in the central Gaza Strip killed at least 11 members of one family on Tuesday, health officials said. The strike hit the Nuseirat refugee camp shortly before dawn. The Israeli military said it had struck a Hamas militant and was looking into reports of civilian casualties. Hamas-run authorities say more than 39,000 people have been killed since the war began.",
  "explosion", "Air/drone strike", "Israeli security forces", "civilians", style="s: nationality strike, Hamas background")
q("s11", "2023-12-22", "BAMENDA, Cameroon - Separatist fighters attacked a village in Cameroon's Northwest region overnight, killing at least 20 people and burning houses, a local official said on Thursday. The official blamed Ambazonian separatists who have been fighting to create an independent English-speaking state since 2017. The army sent reinforcements to the area.",
  "attack_on_civilians", "Attack", "Anglophone separatists", "civilians", style="s: separatist fighters in CM")
q("s12", "2025-03-12", "PORT-AU-PRINCE, Haiti - Gangs stormed the town of Mirebalais in central Haiti on Monday, freeing more than 500 inmates from its prison and torching homes, officials said. At least 10 people were killed. The Viv Ansanm gang coalition said on social media that its members had taken the town. Police officers fled as the gunmen advanced.",
  ["territory_gain", "attack_on_civilians"], ["Non-state actor overtakes territory", "Attack"], ["Viv Ansanm", "militants (unidentified)"], ["Haitian security forces", "civilians"], style="s: gangs then coalition")
q("s13", "2025-01-30", "SANAA, Yemen - US warplanes struck the Houthi-controlled port of Ras Isa on Thursday, killing at least 80 people, according to the Houthi-run health ministry. The strikes were the deadliest since the United States began its campaign against the group. The US military said it had targeted fuel supplies that fund the Houthis' attacks on shipping.",
  "explosion", "Air/drone strike", ["US forces", "US security forces"], ["civilians", "Houthis"], style="s: US warplanes in YE")
q("s14", "2024-05-06", "MANILA - Three soldiers were killed in a clash with communist guerrillas in the mountains of Negros Occidental province on Sunday, the army said. The troops were pursuing members of the New People's Army who had extorted money from farmers in the area, an army spokesman said. Two rebels were also believed killed.",
  "battle", "Armed clash", ["New People's Army", "Philippine security forces"], ["Philippine security forces", "New People's Army"], mutual=True, style="s: killed in a clash with")
q("s15", "2024-04-02", "KYIV - Russian forces struck the city of Kharkiv overnight with glide bombs and missiles, killing six people and wounding 12, regional officials said on Tuesday. Russia's defence ministry said it had hit Ukrainian military targets. Ukraine's air force said it had shot down 15 of 17 drones launched overnight.",
  "explosion", ["Air/drone strike", "Shelling/artillery/missile attack"], "Russian security forces", "civilians", style="s: Russia strike")
q("s16", "2024-09-24", "SRINAGAR - Two soldiers and a porter were killed when militants ambushed an army vehicle in the Gulmarg area of Kashmir on Thursday, police said. Security forces launched a search operation to track down the attackers. Police said the attack was the work of the Lashkar-e-Taiba, though the group has not commented.",
  "battle", "Armed clash", ["Lashkar-e-Taiba", "militants (unidentified)"], "Indian security forces", style="s: the work of X")

# ---- round 2, more longer reports (t01-t16)
q("t01", "2024-06-12", "MOGADISHU - Al-Shabaab militants stormed a military base in the Middle Shabelle region early on Tuesday, sparking hours of fighting, officials said. A Somali army commander said 17 soldiers and dozens of attackers died. The al Qaeda-linked group said in a statement that its fighters had overrun the base and seized weapons. The government has been waging an offensive against the group with the support of clan militias known as Macawisley.",
  "battle", "Armed clash", "al-Shabaab", "Somali security forces", style="t: storm base")
q("t02", "2024-08-27", "PESHAWAR, Pakistan - Militants attacked a police station in the Dera Ismail Khan district late on Monday, killing four officers before fleeing, police said. A faction of the Pakistani Taliban claimed responsibility. Police said a search operation was under way. The attack came hours after Baloch separatists killed more than 50 people in coordinated attacks in neighbouring Balochistan province.",
  "battle", "Armed clash", "Tehrik-i-Taliban Pakistan", "Pakistani security forces", style="t: faction of X claimed, other group background")
q("t03", "2023-05-04", "IMPHAL, India - Armed men set fire to dozens of houses and killed at least five people in Manipur's Churachandpur district on Wednesday as ethnic violence spread across the state, officials said. The clashes pit the majority Meitei community against the mostly Christian Kuki tribes. The army has deployed thousands of troops to restore order.",
  ["attack_on_civilians", "other"], ["Attack", "Mob violence"], ["unknown", "militants (unidentified)", "Meitei militia", "rioters"], "civilians", style="t: ethnic, armed men")
q("t04", "2024-10-14", "JERUSALEM - Israeli settlers attacked the West Bank village of Qaryut on Sunday, setting fire to cars and shooting at residents, the Palestinian Red Crescent said. A 40-year-old man was shot dead and three people were wounded. The Israeli military said soldiers were sent to the scene to disperse the clash.",
  "attack_on_civilians", "Attack", ["Israeli settlers", "settlers"], "civilians", style="t: settlers, military told later")
q("t05", "2024-04-05", "KANO, Nigeria - Gunmen believed to be bandits killed 23 people in an attack on a village in the Zurmi area of Zamfara state, police said on Thursday. The gunmen arrived on motorbikes at night, shooting residents and setting grain stores alight. The state governor condemned the attack and ordered security forces to pursue the attackers.",
  "attack_on_civilians", "Attack", ["bandits", "militants (unidentified)"], "civilians", style="t: gunmen believed to be bandits")
q("t06", "2024-12-24", "BAMAKO - At least 21 civilians were killed when drones struck a wedding in the village of Dioura in central Mali on Sunday, local officials said. The army said it had targeted a gathering of terrorists. JNIM, which controls much of the area, accused the military of killing civilians.",
  "explosion", "Air/drone strike", "Malian Armed Forces", "civilians", style="t: army said it had targeted, accused")
q("t07", "2024-02-15", "BUNIA, Congo - Militiamen armed with machetes and guns killed at least 12 people in a village in the Djugu territory of Ituri province overnight, a civil society official said. He blamed the CODECO militia, which claims to defend the Lendu community. CODECO could not be reached for comment.",
  "attack_on_civilians", "Attack", "CODECO", "civilians", style="t: he blamed")
q("t08", "2024-10-07", "KHARTOUM - Sudan's army said on Saturday it had repelled an attack by the Rapid Support Forces on the city of El Fasher, killing hundreds of the paramilitary's fighters. The RSF has besieged the city for months. Aid groups said civilians were trapped by the fighting.",
  "battle", "Armed clash", RSF, SAF, mutual=True, style="t: army repelled RSF attack")
q("t09", "2025-06-30", "LAGOS - Troops killed 30 bandits in a gun battle in Katsina state on Saturday after the gunmen attacked a military base, the army said on Sunday. Two soldiers were killed in the fighting, it said.",
  "battle", "Armed clash", ["Nigerian security forces", "bandits", "militants (unidentified)"], ["bandits", "militants (unidentified)", "Nigerian security forces"], mutual=True, style="t: troops killed bandits after attack")
q("t10", "2024-02-26", "BAGHDAD - A drone strike destroyed a car carrying commanders of Kataib Hezbollah in eastern Baghdad on Wednesday, killing three people, Iraqi security officials said. The US military said it had carried out the strike in response to the killing of three American soldiers in Jordan.",
  "explosion", "Air/drone strike", ["US forces", "US security forces"], "Popular Mobilization Forces", style="t: said it had carried out the strike")
q("t11", "2024-09-11", "BEIRUT - Two Hezbollah fighters were killed in an Israeli drone strike on a motorcycle in the southern town of Bint Jbeil on Tuesday, a security source said. Hezbollah later fired rockets at an Israeli army base across the border in retaliation, the group said.",
  "explosion", "Air/drone strike", "Israeli security forces", "Hezbollah", style="t: killed in an Israeli strike")
q("t12", "2023-10-20", "NIAMEY - Jihadists killed 29 soldiers in an attack on a convoy near Tabatol in western Niger on Thursday, the defence ministry said. The attackers used explosive devices and suicide vehicles, it said. It was the deadliest attack since the military seized power in July.",
  "battle", "Armed clash", UNID + ["unknown", "Islamic State in the Greater Sahara"], "Nigerien security forces", style="t: jihadists in NE")
q("t13", "2024-03-20", "JUBA - Clashes between the South Sudanese army and fighters loyal to the opposition leader Riek Machar killed at least 15 people in Upper Nile state on Monday, a local official said.",
  "battle", "Armed clash", ["South Sudanese security forces", "SPLA-IO"], ["SPLA-IO", "South Sudanese security forces"], mutual=True, style="t: loyal to")
q("t14", "2024-08-05", "KYIV - Ukrainian forces pushed into Russia's Kursk region on Tuesday and seized several villages near the border, Russian officials said, in the biggest incursion into Russian territory since the war began.",
  "territory_gain", ["Non-state actor overtakes territory", "Government regains territory"], "Ukrainian security forces", "Russian armed forces", style="t: UA gains in RU")
q("t15", "2024-11-27", "DAMASCUS - Hayat Tahrir al-Sham fighters and allied factions launched a surprise attack on government positions west of Aleppo on Wednesday, seizing at least ten villages, a war monitor said. Russian warplanes struck rebel positions in response, the monitor said.",
  "territory_gain", "Non-state actor overtakes territory", "Hayat Tahrir al-Sham", "Syrian government forces", style="t: HTS seize villages")
q("t16", "2025-04-23", "SRINAGAR - Gunmen opened fire on tourists in a meadow near Pahalgam in Indian-administered Kashmir on Tuesday, killing 26 men, police said. The Resistance Front, a shadowy group that police say is a front for the Lashkar-e-Taiba, claimed the attack on social media, though it later withdrew the claim.",
  "attack_on_civilians", "Attack", ["The Resistance Front", "Lashkar-e-Taiba", "militants (unidentified)"], "civilians", style="t: claim then withdrawn")

# ---- round 2, reports with a headline and background (u01-u14)
q("u01", "2023-03-14", "Daesh remnants kill four soldiers in Kirkuk ambush\n\nKIRKUK, Iraq - Four Iraqi soldiers were killed and two wounded when Islamic State remnants ambushed their patrol in the Wadi al-Shay area southwest of Kirkuk late on Monday, a security source said. The attackers fled toward the Hamrin mountains.",
  "battle", "Armed clash", "Islamic State", "Iraqi Security Forces", style="u: headline remnants")
q("u02", "2024-05-09", "Taliban forces kill IS militants in Kabul raid\n\nKABUL - Taliban security forces killed three Islamic State militants in a raid on a hideout in western Kabul on Wednesday, a Taliban spokesman said. The militants had been planning attacks on Shiite mosques, he said.",
  "battle", "Armed clash", "Taliban", "Islamic State", style="u: Taliban as state")
q("u03", "2024-01-29", "Turkish-backed factions shell Manbij countryside\n\nBEIRUT - Turkish-backed Syrian National Army factions shelled villages in the Manbij countryside on Sunday, killing two civilians, the Syrian Democratic Forces said. The SDF said its fighters returned fire.",
  "explosion", "Shelling/artillery/missile attack", "Turkish-backed Syrian rebels", "civilians", style="u: SNA factions")
q("u04", "2024-07-23", "Somali forces backed by US air strikes recaptured the town of Harardhere from al-Shabaab on Monday, the defence ministry said. The militants had held the port town for years.",
  "territory_gain", "Government regains territory", "Somali security forces", "al-Shabaab", style="u: backed by airstrikes")
q("u05", "2025-01-06", "Suspected Lakurawa militants killed 15 villagers in an attack on a village in Kebbi state on Saturday, police said. The group, which operates along the border with Niger, has been designated a terrorist organisation by the government.",
  "attack_on_civilians", "Attack", "Lakurawa", "civilians", style="u: Lakurawa")
q("u06", "2024-06-17", "Police officers killed in Dagestan attacks\n\nMAKHACHKALA, Russia - Gunmen attacked two churches, a synagogue and a police post in Russia's Dagestan region on Sunday, killing at least 15 police officers and a priest, officials said. Russian authorities said the attackers were members of an Islamic State cell, and five of them were killed.",
  "battle", "Armed clash", ["Islamic State", "militants (unidentified)"], ["Russian armed forces", "civilians"], style="u: officials said attackers were IS")
q("u07", "2024-08-19", "BRASILIA - Gunmen from the Comando Vermelho gang killed two military police officers during a raid on a favela in Rio de Janeiro on Sunday, officials said.",
  "battle", "Armed clash", "Comando Vermelho", "Brazilian security forces", style="u: gang vs police")
q("u08", "2024-09-30", "KHARTOUM - The army's warplanes bombed a market in the RSF-held town of Kabkabiya in North Darfur on Sunday, killing at least 60 people, a local rights group said. The RSF condemned what it called a massacre.",
  "explosion", "Air/drone strike", SAF, "civilians", style="u: the army's warplanes")
q("u09", "2024-02-28", "The attack was carried out by Boko Haram fighters who arrived on motorcycles, a local official said. Twelve people were killed in the raid on Malari village in Borno state on Tuesday night, residents said.",
  "attack_on_civilians", "Attack", "Boko Haram", "civilians", style="u: passive agent first")
q("u10", "2023-10-08", "TEL AVIV - Hamas gunmen killed more than 260 people at a music festival near Kibbutz Reim on Saturday, Israeli rescue services said. Fighters of the militant group's armed wing crossed the border fence at dawn.",
  "attack_on_civilians", "Attack", "Hamas", "civilians", style="u: Hamas gunmen")
q("u11", "2024-11-20", "KARACHI - Two Chinese nationals were killed when a car bomb exploded near Karachi airport on Sunday night, officials said. The Baloch Liberation Army, which opposes Chinese investment in Balochistan, said one of its fighters carried out the suicide attack.",
  "explosion", "Suicide bomb", "Baloch Liberation Army", "civilians", style="u: said one of its fighters")
q("u12", "2024-03-04", "LAHORE - Police in Pakistan's Punjab province arrested 12 suspected members of the banned Tehreek-e-Labbaik Pakistan after violent protests in Lahore on Saturday, a police spokesman said.",
  "arrest", "Arrests", "Pakistani security forces", ["Tehreek-e-Labbaik Pakistan", "rioters", "civilians", "protesters"], style="u: police in province arrested")
q("u13", "2024-12-02", "Gunmen abduct 20 students in Ondo\n\nABUJA - Armed men abducted 20 students travelling to a medical conference in Ondo state, south-west Nigeria, on Saturday, police said. No group has claimed the kidnapping, but such abductions are usually carried out by criminal gangs seeking ransom.",
  "attack_on_civilians", "Abduction/forced disappearance", ["unknown", "militants (unidentified)", "bandits"], "civilians", style="u: no claim, gangs usually")
q("u14", "2024-09-06", "Israeli troops kill five in Tubas drone strike\n\nRAMALLAH - An Israeli drone strike killed five Palestinians in Tubas in the occupied West Bank on Thursday, the Palestinian health ministry said. The Israeli military said it had targeted a cell of militants.",
  "explosion", "Air/drone strike", "Israeli security forces", ["civilians", "militants (unidentified)"], style="u: headline and body")

# ---- round 3 (v01-v70): sides named a paragraph before the act ("the group", "the
# militants", "its fighters"), victims as the second side, police against army against
# "security forces", unnamed armed men, communal militias, gangs and cartels, protests and
# riots, abductions and arrests, looting, agreements and bases, both sides of the war in
# Ukraine, Gaza's ministry, and agents in a passive, a blame or a later claim.
UNK = ["unknown", "militants (unidentified)", None]
ABD = ["attack_on_civilians", "other"]
PROT = ["protesters", "civilians"]
# -- the side named before, then a definite description or a possessive
p("v01", "2024-11-15", "OUAGADOUGOU - JNIM has widened its operations in eastern Burkina Faso over the past year, analysts say.\n\nOn Thursday the group's fighters attacked a gendarmerie post in Diapaga, killing 11 gendarmes and carrying off weapons, a security source said.",
  "battle", "Armed clash", JNIM, "Burkinabe security forces", style="v: the group's fighters, paragraph after")
p("v02", "2024-04-09", "Al-Shabaab still holds much of rural southern Somalia. The militants detonated a car bomb at an army checkpoint outside Baidoa on Monday, killing six soldiers and two civilians, a regional official said.",
  "explosion", "Remote explosive/landmine/IED", "al-Shabaab", "Somali security forces", style="v: the militants")
p("v03", "2024-09-19", "ISWAP fighters have stepped up raids around Lake Chad in recent months. The insurgents overran a military base in Malam Fatori late on Tuesday, killing at least seven soldiers, two military sources said.",
  ["battle", "territory_gain"], ["Armed clash", "Non-state actor overtakes territory"], "Boko Haram", "Nigerian security forces", style="v: the insurgents")
p("v04", "2024-03-10", "The Kachin Independence Army has been fighting the military for control of jade and rare-earth mines. The rebels attacked an army outpost near Bhamo on Saturday, killing nine soldiers, a local journalist said.",
  "battle", "Armed clash", ["Kachin Independence Army", "KIA"], "Myanmar security forces", style="v: the rebels")
p("v05", "2025-02-01", "The Baloch Liberation Army said its fighters attacked a Frontier Corps camp in Kalat district on Friday night. Officials said four paramilitary soldiers were killed in the gunfight.",
  "battle", "Armed clash", "Baloch Liberation Army", "Pakistani security forces", style="v: said its fighters")
p("v06", "2024-07-22", "Members of the Jalisco New Generation Cartel opened fire on a family at a roadside restaurant in Zacatecas state on Sunday. The gunmen killed five people, including two children, before fleeing, the state prosecutor said.",
  "attack_on_civilians", "Attack", "Jalisco New Generation Cartel", "civilians", style="v: the gunmen after cartel")
p("v07", "2024-12-07", "The RSF has besieged El Fasher since May. On Friday the paramilitaries stormed the Abu Shouk camp on the city's northern edge, killing at least 30 displaced people, the camp's emergency room said.",
  "attack_on_civilians", "Attack", RSF, "civilians", style="v: the paramilitaries")
p("v08", "2024-06-13", "Islamic State Sahel Province fighters have pushed deep into the Menaka region since last year. The jihadists killed 20 civilians in the village of Tidermene on Wednesday, local officials said.",
  "attack_on_civilians", "Attack", ISS, "civilians", style="v: the jihadists")
# -- the victims as the second side
p("v09", "2023-10-11", "Myanmar's military bombed a camp for displaced people in Kachin state on Monday night, killing 28 people, including 11 children, the Kachin Independence Army said.",
  "explosion", "Air/drone strike", MYA, "civilians", style="v: country's military bombed camp")
p("v10", "2024-01-22", "Fano fighters shot dead 12 passengers after stopping a bus on the road between Gondar and Bahir Dar on Sunday, relatives of the victims said.",
  "attack_on_civilians", "Attack", "Fano", "civilians", style="v: militia kills passengers")
p("v11", "2024-05-18", "Soldiers of the Congolese army killed six civilians at a market in Bukavu on Friday after a quarrel over a bribe, local civil society groups said.",
  "attack_on_civilians", "Attack", "Congolese security forces", "civilians", style="v: soldiers of the X army")
# -- police, army, 'security forces'
p("v12", "2024-08-15", "Kenyan police shot dead three suspected al-Shabaab militants in a gunfight in Lamu county on Wednesday, the interior ministry said.",
  "battle", "Armed clash", "Kenyan security forces", "al-Shabaab", style="v: police vs militants")
p("v13", "2024-10-14", "Police in Cameroon's Northwest region said separatist fighters killed two officers at a checkpoint in Bamenda on Saturday.",
  "battle", "Armed clash", "Anglophone separatists", "Cameroonian security forces", style="v: police said separatists")
p("v14", "2024-03-27", "Security forces killed four militants in a raid on a hideout in Pakistan's North Waziristan district on Tuesday, the military's media wing said.",
  "battle", "Armed clash", "Pakistani security forces", UNID, style="v: security forces in PK")
p("v15", "2024-09-13", "Two Colombian police officers were killed by explosives planted by ELN guerrillas in Arauca on Thursday, the national police said.",
  "explosion", "Remote explosive/landmine/IED", "ELN", "Colombian security forces", style="v: passive by, planted by")
p("v16", "2024-05-28", "Burkinabe gendarmes and VDP volunteers repelled an attack by jihadists on the town of Djibo on Monday, the army said, claiming that dozens of assailants were killed.",
  "battle", "Armed clash", UNID, "Burkinabe security forces", mutual=True, style="v: repelled an attack by")
p("v17", "2023-06-03", "Philippine marines killed five Abu Sayyaf militants in a clash in the jungle near Patikul, Sulu, on Friday, a military spokesman said.",
  "battle", "Armed clash", "Philippine security forces", "Abu Sayyaf", style="v: marines")
# -- unnamed armed men
p("v18", "2024-03-23", "Armed men on motorcycles killed nine worshippers at a mosque near Tera in western Niger during Friday prayers, the interior ministry said.",
  "attack_on_civilians", "Attack", UNID + ["unknown"], "civilians", style="v: armed men on motorcycles")
p("v19", "2024-02-14", "Unknown assailants shot dead a local chief in the town of Beni on Tuesday evening, the mayor said. No group claimed responsibility.",
  "attack_on_civilians", "Attack", UNK, "civilians", style="v: unknown assailants")
p("v20", "2024-06-25", "Gunmen killed seven members of a family in their home in Chilpancingo, Guerrero state, overnight, the state prosecutor's office said on Tuesday.",
  "attack_on_civilians", "Attack", UNK, "civilians", style="v: gunmen kill family")
p("v21", "2023-11-07", "A roadside bomb killed three children on their way to school in Helmand province on Monday, a local official said. No one claimed responsibility.",
  "explosion", "Remote explosive/landmine/IED", UNK, "civilians", style="v: bomb, nobody named")
# -- communal militias, gangs and cartels
p("v22", "2024-07-08", "Dozo hunters killed at least 15 Fulani herders in central Mali's Segou region on Saturday, a Fulani association said.",
  "attack_on_civilians", "Attack", ["Dozo militia", "Dozo", "Dozo hunters", "Dan Na Ambassagou"], "civilians", style="v: Dozo")
p("v23", "2024-04-15", "Imbonerakure militiamen beat to death an opposition activist in Cibitoke province on Sunday, a Burundian rights group said.",
  "attack_on_civilians", "Attack", "Imbonerakure", "civilians", style="v: Imbonerakure")
p("v24", "2024-02-24", "Russian Africa Corps troops and Malian soldiers killed 24 civilians, including women, at a market in Anefis on Friday, a Tuareg rebel alliance said.",
  "attack_on_civilians", "Attack", ["Wagner Group", "Malian security forces"], "civilians", style="v: Africa Corps")
p("v25", "2024-11-13", "Mai-Mai fighters clashed with M23 rebels near Masisi on Tuesday, leaving at least 10 people dead, local sources said.",
  "battle", "Armed clash", "Mai-Mai militias", "M23", mutual=True, style="v: Mai-Mai vs M23")
p("v26", "2023-06-13", "CODECO militiamen killed 15 displaced people with machetes at a camp near Bunia on Monday night, the United Nations said.",
  "attack_on_civilians", "Attack", "CODECO", "civilians", style="v: CODECO camp")
p("v27", "2024-01-20", "Kuki militants fired on Meitei farmers working in paddy fields in Manipur's Bishnupur district on Saturday, killing two of them, police said.",
  "attack_on_civilians", "Attack", "Kuki militants", "civilians", style="v: Kuki")
p("v28", "2025-03-04", "Gangs of the Viv Ansanm coalition attacked the Port-au-Prince suburb of Kenscoff on Monday, killing at least 12 residents and burning homes, local authorities said.",
  "attack_on_civilians", "Attack", "Viv Ansanm", "civilians", style="v: Viv Ansanm")
p("v29", "2024-10-03", "Sinaloa Cartel gunmen ambushed a National Guard patrol near Culiacan on Wednesday, killing two guardsmen, the security ministry said.",
  "battle", "Armed clash", "Sinaloa Cartel", "Mexican security forces", style="v: cartel vs National Guard")
p("v30", "2025-06-15", "Fulani gunmen attacked farmers in the village of Yelwata in Benue state overnight, killing at least 40 people, local officials said on Saturday.",
  "attack_on_civilians", "Attack", ["Fulani militias", "herders"], "civilians", style="v: Fulani gunmen")
p("v31", "2024-10-16", "Ambazonian separatists abducted a Catholic bishop and four priests on the road to Kumbo on Tuesday, the diocese said.",
  "attack_on_civilians", "Abduction/forced disappearance", "Anglophone separatists", "civilians", style="v: separatists abduct")
p("v32", "2025-03-05", "White Army militiamen overran an army garrison in Upper Nile state's Ulang county on Tuesday, killing several soldiers, a government spokesman said.",
  ["battle", "territory_gain"], ["Armed clash", "Non-state actor overtakes territory"], "White Army", "South Sudanese security forces", style="v: White Army")
# -- protests and riots
p("v33", "2024-02-10", "Hundreds of opposition supporters marched peacefully through Dakar on Friday to demand the release of detained activists, local media reported.",
  "other", "Peaceful protest", PROT, None, style="v: peaceful march")
p("v34", "2024-11-12", "Police used tear gas and water cannon to break up a demonstration by teachers demanding unpaid salaries in Conakry on Monday, and arrested 15 people, their union said.",
  "other", "Protest with intervention", PROT, ["Guinean security forces", None], style="v: teachers dispersed")
p("v35", "2024-11-08", "Security forces opened fire on protesters in Maputo on Thursday, killing at least three people, Human Rights Watch said.",
  "other", "Excessive force against protesters", PROT, "Mozambican security forces", mutual=True, style="v: fire on protesters")
p("v36", "2024-08-20", "Rioters torched a police station and several vehicles in the town of Kisii on Monday after a man died in police custody, officials said.",
  "other", "Violent demonstration", ["rioters", "protesters"], [None, "Kenyan security forces"], style="v: rioters torch station")
p("v37", "2024-06-12", "A mob lynched two men suspected of kidnapping children in a village near Puebla on Tuesday, beating them and setting them on fire, local authorities said.",
  "other", "Mob violence", ["rioters", "mob"], "civilians", style="v: lynching")
p("v38", "2024-07-15", "Students clashed with police in Dhaka on Sunday during protests against a job quota system, leaving dozens injured, witnesses said.",
  "other", "Violent demonstration", ["rioters", "protesters"], "Bangladeshi security forces", mutual=True, style="v: students clash with police")
p("v39", "2024-05-13", "Tens of thousands of people rallied outside parliament in Tbilisi on Sunday against a foreign agents bill. The rally passed off peacefully, organisers said.",
  "other", "Peaceful protest", PROT, None, style="v: rally")
p("v40", "2024-08-06", "Demonstrators angry over the cost of living looted shops and burned tyres in Port Harcourt on Monday, police said, adding that 40 people had been arrested.",
  "other", "Violent demonstration", ["rioters", "protesters"], [None, "Nigerian security forces"], style="v: looting demonstrators")
# -- abductions and arrests
p("v41", "2024-05-23", "Boko Haram fighters kidnapped 17 farmers working on their fields near Damboa on Wednesday, a militia leader said.",
  ABD, "Abduction/forced disappearance", "Boko Haram", "civilians", style="v: kidnapped farmers")
p("v42", "2024-07-08", "Gunmen abducted a Catholic priest from his parish house in Kaduna state overnight, the diocese said on Monday.",
  ABD, "Abduction/forced disappearance", UNK + ["bandits"], "civilians", style="v: gunmen abduct priest")
p("v43", "2024-04-05", "Russian security services detained 14 people in Dagestan on Thursday on suspicion of links to the Islamic State, the FSB said.",
  "arrest", "Arrests", "Russian security forces", ["Islamic State", "civilians"], style="v: FSB detains")
p("v44", "2024-09-03", "Taliban intelligence officers arrested a women's rights activist in Kabul on Monday, her family said.",
  "arrest", "Arrests", "Taliban", "civilians", style="v: Taliban arrest")
p("v45", "2024-07-24", "Ugandan police arrested more than 100 opposition supporters in Kampala on Tuesday ahead of a planned march on parliament, their lawyers said.",
  "arrest", "Arrests", "Ugandan security forces", PROT, style="v: mass arrest")
p("v46", "2024-10-05", "Junta troops rounded up and detained about 40 young men in a village in Sagaing region on Friday, accusing them of links to the resistance, residents said.",
  "arrest", "Arrests", MYA, "civilians", style="v: junta detains")
# -- looting and property destruction
p("v47", "2025-02-13", "RSF fighters looted the main market in the town of Um Rawaba on Wednesday and set fire to shops, residents said.",
  "other", "Looting/property destruction", RSF, "civilians", style="v: looting")
p("v48", "2024-03-18", "Houthi fighters blew up the homes of three tribal leaders in Al Bayda province on Sunday, local sources said.",
  "other", "Looting/property destruction", "Houthis", "civilians", style="v: blowing up homes")
p("v49", "2024-10-12", "Israeli settlers uprooted olive trees and burned farmland near the village of Turmus Ayya on Friday, the Palestinian Authority said.",
  "other", "Looting/property destruction", ["Israeli settlers", "settlers"], "civilians", style="v: settlers burn land")
# -- agreements, bases, territory without a fight, foiled attacks
p("v50", "2025-07-20", "The Congolese government and the M23 rebels signed a declaration of principles in Doha on Saturday, committing to a permanent ceasefire, Qatari mediators said.",
  "other", "Agreement", ["Congolese security forces", "Congolese government", "M23"], ["M23", "Congolese security forces", "Congolese government"], mutual=True, style="v: agreement")
p("v51", "2024-03-12", "Al-Shabaab has set up a new base in the village of Bula Marer in Lower Shabelle after government forces withdrew, residents said on Monday.",
  "other", "Headquarters or base established", "al-Shabaab", [None, "Somali security forces"], style="v: base set up")
p("v52", "2024-02-20", "Ethiopian troops pulled out of the town of Wajid in Bakool region on Monday, and al-Shabaab fighters took it over within hours without a fight, residents said.",
  "territory_gain", "Non-violent transfer of territory", "al-Shabaab", "Ethiopian security forces", style="v: pulled out, took over")
p("v53", "2025-05-07", "The Sudanese army said on Tuesday it had foiled a drone attack on Port Sudan, shooting down eight drones launched by the RSF.",
  "other", "Disrupted weapons use", SAF, RSF, style="v: foiled drones")
# -- Ukraine and Russia, told from both sides
p("v54", "2024-11-10", "Russian forces shelled the city of Kherson on Saturday, killing two civilians and wounding five, the regional military administration said.",
  "explosion", "Shelling/artillery/missile attack", "Russian security forces", "civilians", style="v: RU shell Kherson")
p("v55", "2024-03-11", "Ukrainian shelling killed a woman and wounded three people in Belgorod on Sunday, the regional governor said, adding that the Ukrainian army had fired rocket launchers at the city.",
  "explosion", "Shelling/artillery/missile attack", "Ukrainian security forces", "civilians", style="v: UA shelling Belgorod")
p("v56", "2024-08-17", "Russia's defence ministry said its air defences had destroyed 30 Ukrainian drones over the Bryansk and Kursk regions overnight.",
  "other", "Disrupted weapons use", "Russian security forces", "Ukrainian security forces", style="v: air defences destroyed drones")
p("v57", "2024-11-07", "A Russian glide bomb hit an apartment block in Zaporizhzhia on Wednesday, killing four residents, Ukrainian officials said.",
  "explosion", "Air/drone strike", "Russian security forces", "civilians", style="v: glide bomb")
p("v58", "2023-09-15", "Ukraine's military said on Thursday its forces had retaken the village of Andriivka south of Bakhmut.",
  "territory_gain", "Government regains territory", "Ukrainian security forces", "Russian security forces", style="v: its forces retaken")
# -- Gaza, told by its health ministry
p("v59", "2024-12-10", "At least 25 Palestinians were killed in Israeli strikes on Khan Younis overnight, the Gaza health ministry said on Tuesday.",
  "explosion", "Air/drone strike", "Israeli security forces", "civilians", style="v: killed in Israeli strikes")
p("v60", "2024-06-07", "Gaza's health ministry said 12 people were killed when a house in the Nuseirat camp was hit by an Israeli air strike on Thursday.",
  "explosion", "Air/drone strike", "Israeli security forces", "civilians", style="v: was hit by")
p("v61", "2025-06-02", "Israeli troops opened fire on crowds waiting for aid near a distribution site in Rafah on Sunday, killing 31 people, the Hamas-run health ministry said. The Israeli military said soldiers had fired warning shots.",
  "attack_on_civilians", "Attack", "Israeli security forces", "civilians", style="v: fire on aid crowds")
# -- passives, blame, claims, headlines
p("v62", "2025-01-07", "Eight soldiers were killed by a landmine planted by Maoist rebels in Chhattisgarh's Bijapur district on Monday, police said.",
  "explosion", "Remote explosive/landmine/IED", "Maoists", "Indian security forces", style="v: killed by landmine planted by")
p("v63", "2024-11-10", "An explosion tore through the railway station in Quetta on Saturday, killing 26 people, many of them soldiers. Hours later, the Baloch Liberation Army said one of its suicide bombers had carried out the attack.",
  "explosion", "Suicide bomb", "Baloch Liberation Army", ["Pakistani security forces", "civilians"], style="v: later claim")
p("v64", "2024-09-13", "Militants kill nine in raid on Cameroon village\n\nMAROUA, Cameroon - Boko Haram militants raided the village of Mozogo in Cameroon's Far North region on Wednesday night, killing nine people, local officials said.",
  "attack_on_civilians", "Attack", "Boko Haram", "civilians", style="v: headline")
p("v65", "2024-04-26", "Rights groups accused Burkinabe soldiers of executing at least 40 villagers in the northern town of Kaya on Monday.",
  "attack_on_civilians", "Attack", "Burkinabe security forces", "civilians", style="v: accused of executing")
p("v66", "2024-06-04", "Police suspect members of the Gulf Clan were behind an ambush that killed four soldiers near Taraza on Sunday.",
  "battle", "Armed clash", ["Gulf Clan", "Clan del Golfo"], "Colombian security forces", style="v: suspect ... were behind")
p("v67", "2024-06-19", "A suicide bomber killed 14 people at a mosque in Maiduguri on Tuesday evening. Authorities blamed Boko Haram, which has sent suicide bombers against mosques and markets.",
  "explosion", "Suicide bomb", "Boko Haram", "civilians", style="v: blamed next sentence")
p("v68", "2024-05-11", "Militants beheaded 11 Christians in a village in Macomia district on Friday, the local diocese said. The Islamic State claimed the killings on its Telegram channels.",
  "attack_on_civilians", "Attack", ["Islamic State", "militants (unidentified)"], "civilians", style="v: IS claim later in MZ")
p("v69", "2024-08-11", "Two UN peacekeepers were killed when their convoy was attacked by ADF rebels near Beni on Saturday, the UN mission said.",
  "battle", "Armed clash", ["ADF", "Allied Democratic Forces"], ["MONUSCO", "UN peacekeepers"], style="v: when-clause passive by")
p("v70", "2024-07-27", "An attack by Amhara militiamen on a village in Oromia's West Shewa zone killed 20 ethnic Oromos on Friday, residents said.",
  "attack_on_civilians", "Attack", "Fano", "civilians", style="v: attack by X killed")

# ---- round 3, longer reports (x01-x30): several sides named, the doer told once among
# quotes, background and the other side's answer
q("x01", "2024-10-21", "BAMAKO, Oct 21 - Islamist fighters killed at least 25 civilians in an attack on a weekly market in the village of Kalala in central Mali on Saturday, local officials said. The gunmen arrived on motorcycles at midday and fired on traders and shoppers, a local youth leader said. The army, backed by Russian Africa Corps units, has struggled to contain JNIM, whose fighters operate throughout the area. JNIM did not comment on the attack.",
  "attack_on_civilians", "Attack", UNID + JNIM, "civilians", style="x: JNIM background, no claim")
q("x02", "2024-06-30", "MOGADISHU - Somali troops and local clan fighters repelled an al-Shabaab attack on a military base in the Hiran region early on Sunday, killing 47 militants, the defence ministry said. The ministry said three soldiers were killed. The militants had launched the assault with a car bomb before storming the base's perimeter, a local elder said. Al-Shabaab said in a statement that it had killed 30 soldiers.",
  "battle", "Armed clash", "al-Shabaab", "Somali security forces", mutual=True, style="x: repelled attack by")
q("x03", "2024-04-19", "GOMA, Congo - M23 rebels shelled a camp for displaced people on the outskirts of Goma on Friday, killing at least nine people, including children, the United Nations said. The Congolese army and its Wazalendo allies have been fighting the Rwanda-backed rebels north of the city for weeks. Kigali denies backing the M23.",
  "explosion", "Shelling/artillery/missile attack", "M23", "civilians", style="x: M23 shelled camp, allies background")
q("x04", "2024-08-12", "KHARTOUM - At least 20 people were killed on Sunday when shells hit a crowded market in Omdurman, a volunteer group said. The group blamed the Rapid Support Forces, which has been shelling army-held parts of the city from positions across the Nile. The army has recently advanced in Omdurman, and the RSF has responded with artillery fire on residential areas, residents say.",
  "explosion", "Shelling/artillery/missile attack", RSF, "civilians", style="x: the group blamed X")
q("x05", "2024-03-07", "LAGOS - Gunmen kidnapped more than 280 pupils and teachers from a school in Kuriga, Kaduna state, on Thursday, residents said. The attackers arrived on motorcycles as pupils were assembling in the morning. Police and soldiers were pursuing the kidnappers, the state governor said. No group has claimed the abduction, but bandits have carried out dozens of mass kidnappings in the region.",
  ABD, "Abduction/forced disappearance", UNK + ["bandits"], "civilians", style="x: gunmen kidnapped, bandits background")
q("x06", "2024-05-14", "SANAA - US and British warplanes struck Houthi targets in the Hodeidah province on Monday, the Houthi-run Al-Masirah television said, reporting no casualties. The Houthis have attacked ships in the Red Sea since November in what they say is solidarity with Palestinians. The Pentagon confirmed the strikes, saying they had hit drone launch sites.",
  "explosion", "Air/drone strike", ["US security forces", "US forces", "UK security forces", "British security forces"], "Houthis", style="x: US/UK strikes Houthi media")
q("x07", "2024-09-02", "DAMASCUS - Israeli missiles struck a military research facility near Masyaf in central Syria overnight, killing 14 people and wounding 43, Syrian state media said. Syria's defence ministry said air defences had intercepted some of the missiles. Israel rarely comments on its strikes in Syria, which it says target Iranian-linked groups.",
  "explosion", ["Shelling/artillery/missile attack", "Air/drone strike"], "Israeli security forces", ["Syrian government forces", "civilians"], style="x: Israeli missiles, state media")
q("x08", "2024-02-16", "KYIV - Russian troops captured the village of Krokhmalne in the Kharkiv region, Russia's defence ministry said on Friday. Ukraine's military said its forces had withdrawn to better defensive positions to save soldiers' lives. The Ukrainian general staff said fighting continued nearby.",
  "territory_gain", ["Non-state actor overtakes territory", "Government regains territory"], "Russian security forces", "Ukrainian security forces", style="x: RU captures, UA withdrew")
q("x09", "2024-07-14", "GAZA - An Israeli strike on a designated humanitarian zone in al-Mawasi killed at least 90 people on Saturday, the Gaza health ministry said. The Israeli military said it had targeted Mohammed Deif, the head of Hamas's armed wing, and another senior commander. Hamas said the claims were false and aimed to justify the massacre.",
  "explosion", "Air/drone strike", "Israeli security forces", ["civilians", "Hamas"], style="x: strike targeting Hamas leader")
q("x10", "2024-10-24", "BEIRUT - Hezbollah said its fighters clashed with Israeli soldiers trying to advance on the border village of Ramyeh on Wednesday, destroying three Merkava tanks. The Israeli military said five soldiers were killed in southern Lebanon. Israeli jets meanwhile struck Beirut's southern suburbs overnight.",
  "battle", "Armed clash", "Hezbollah", "Israeli security forces", mutual=True, style="x: clashed with")
q("x11", "2024-11-25", "ADDIS ABABA - Ethiopian troops killed more than 100 Fano fighters in two days of fighting around the town of Merawi in the Amhara region, state media reported on Monday. Fano commanders disputed the toll and said their fighters had taken control of several villages. Residents said dozens of civilians were also killed.",
  "battle", "Armed clash", "Ethiopian security forces", "Fano", mutual=True, style="x: troops killed Fano in fighting")
q("x12", "2024-01-15", "YANGON - Fighters of the Arakan Army overran a military command post in Paletwa township on Sunday, the group's spokesman said, taking dozens of soldiers prisoner. The junta did not respond to requests for comment. The AA, one of three groups that launched an offensive in October, has seized several towns in Rakhine and Chin states.",
  ["battle", "territory_gain"], ["Armed clash", "Non-state actor overtakes territory"], ["Arakan Army", "AA"], "Myanmar security forces", style="x: fighters of X overran")
q("x13", "2024-06-22", "PESHAWAR - A suicide bomber rammed an explosives-laden vehicle into a police checkpoint in Bannu district on Saturday, killing seven officers, police said. A militant group allied to the Pakistani Taliban claimed the attack. The TTP itself has denied involvement in recent attacks on civilians but regularly targets police.",
  "explosion", "Suicide bomb", ["Tehrik-i-Taliban Pakistan", "militants (unidentified)", "Hafiz Gul Bahadur group"], "Pakistani security forces", style="x: group allied to TTP claimed")
q("x14", "2024-10-05", "KABUL - Gunmen opened fire on a group of Shiite worshippers gathered for a religious ceremony in Daikundi province on Thursday, killing 14 people, a Taliban spokesman said. The Islamic State's Khorasan branch claimed responsibility on its Amaq news agency, saying it had targeted 'Shiite polytheists'.",
  "attack_on_civilians", "Attack", "Islamic State", "civilians", style="x: IS-K claim later sentence")
q("x15", "2024-04-28", "PORT-AU-PRINCE - Gunmen from the 400 Mawozo gang attacked the town of Croix-des-Bouquets on Saturday, burning homes and killing at least eight residents, a local human rights group said. The gang, which is part of the Viv Ansanm alliance, has kidnapped hundreds of people in recent years. Police said officers had been sent to the area.",
  "attack_on_civilians", "Attack", ["400 Mawozo", "Viv Ansanm"], "civilians", style="x: gunmen from gang, alliance apposition")
q("x16", "2024-10-03", "CULIACAN, Mexico - Soldiers killed 19 suspected members of a criminal group in a shootout outside Culiacan on Tuesday, the defence ministry said, amid a war between rival factions of the Sinaloa Cartel. One soldier was wounded. The ministry said the troops were attacked while patrolling a rural road.",
  "battle", "Armed clash", "Mexican security forces", ["Sinaloa Cartel", "militants (unidentified)"], mutual=True, style="x: soldiers killed cartel members")
q("x17", "2024-05-27", "BOGOTA - Dissidents of the former FARC rebel group attacked a police station in Morales, Cauca, with explosives and rifles on Monday, wounding three police officers, the government said. The Estado Mayor Central faction operating in the area has been in peace talks with the government but has continued attacks.",
  "battle", ["Armed clash"], ["FARC dissidents", "Estado Mayor Central", "EMC"], "Colombian security forces", style="x: dissidents of the former FARC")
q("x18", "2024-11-08", "SRINAGAR - Suspected militants shot dead two village defence guards after abducting them in Kishtwar district, police said on Friday. The Kashmir Tigers, believed to be a front for the Jaish-e-Mohammed, claimed the killing in a social media post and released photographs of the bodies.",
  "attack_on_civilians", "Attack", ["Kashmir Tigers", "Jaish-e-Mohammed", "militants (unidentified)"], ["Indian security forces", "civilians"], style="x: front for X claimed")
q("x19", "2024-07-02", "MAIDUGURI - Boko Haram fighters attacked the town of Mafa in Borno state overnight, killing 12 farmers and setting fire to homes, a local militia leader said. Soldiers from a nearby base repelled the attackers after a gun battle that lasted several hours. 'They came in large numbers and shot everyone in the fields,' a resident said.",
  "attack_on_civilians", "Attack", "Boko Haram", "civilians", style="x: attack then army repels")
q("x20", "2024-12-18", "NIAMEY - Jihadists attacked an army post in the Tillaberi region on Tuesday, killing 10 soldiers, the defence ministry said, adding that dozens of assailants were 'neutralised'. The attack was carried out by members of the Islamic State's Sahel Province, which is active along the borders with Mali and Burkina Faso, a security source said.",
  "battle", "Armed clash", ISS, "Nigerien security forces", style="x: carried out by members of")
q("x21", "2024-03-30", "JUBA - Members of the White Army militia attacked a UN helicopter trying to evacuate soldiers from Nasir in Upper Nile state on Friday, killing a crew member and an army general, the UN mission said. The government blamed the attack on forces loyal to First Vice-President Riek Machar, who denied any involvement.",
  "battle", "Armed clash", "White Army", ["UNMISS", "South Sudanese security forces"], style="x: members of X, blamed on loyal forces")
q("x22", "2024-09-09", "BANGUI - Fighters of the 3R armed group killed 12 herders and stole their cattle near the town of Koui in the north-west of the Central African Republic on Sunday, the UN mission said. The group signed a peace deal in 2019 but resumed attacks months later.",
  "attack_on_civilians", "Attack", ["3R", "Return, Reclamation, Rehabilitation"], "civilians", style="x: CAR 3R")
q("x23", "2024-02-05", "MAROUA, Cameroon - Separatist fighters set fire to a school in the town of Kumbo in the North-West region on Sunday after teachers defied their ban on classes, the regional governor said. No one was hurt. The separatists have enforced a school boycott in English-speaking regions since 2017.",
  "other", "Looting/property destruction", "Anglophone separatists", "civilians", style="x: separatists burn school")
q("x24", "2024-08-18", "KHARTOUM - The army said on Saturday its forces had retaken the town of Sinja, the capital of Sennar state, from the Rapid Support Forces after heavy fighting. The RSF did not comment. Residents who fled the town in June said they hoped to return soon.",
  "territory_gain", "Government regains territory", SAF, RSF, style="x: army said its forces retaken")
q("x25", "2024-06-06", "TRIPOLI - Clashes between two armed groups in the Libyan capital killed at least nine people on Wednesday, the health ministry said. The fighting pitted the Radaa Deterrence Force against the 444 Brigade around Mitiga airport, witnesses said, forcing flights to be diverted.",
  "battle", "Armed clash", ["Radaa Deterrence Force", "Radaa", "Special Deterrence Force"], ["444 Brigade"], mutual=True, style="x: pitted X against Y")
q("x26", "2024-04-13", "MOSUL, Iraq - Three Iraqi soldiers were killed when Islamic State militants attacked their position in the Makhmour mountains late on Friday, the Joint Operations Command said. Iraqi F-16 jets later struck the militants' hideouts, killing six of them, the command said.",
  "battle", "Armed clash", "Islamic State", "Iraqi Security Forces", style="x: IS attacked position, jets later")
q("x27", "2024-10-30", "ISTANBUL - Turkish warplanes bombed Kurdish militant targets in northern Iraq and Syria on Wednesday, hours after an attack on a defence company near Ankara killed five people, the defence ministry said. The ministry said 32 targets belonging to the PKK and its Syrian affiliates were destroyed.",
  "explosion", "Air/drone strike", "Turkish Armed Forces", ["PKK", "YPG", "Syrian Democratic Forces"], style="x: Turkish warplanes after attack")
q("x28", "2024-06-26", "NAIROBI - Kenyan police shot dead at least 13 protesters who stormed parliament on Tuesday, rights groups said. Protesters set part of the building on fire as lawmakers passed a contested finance bill. President William Ruto called the protests treasonous.",
  "other", ["Excessive force against protesters", "Violent demonstration"], ["Kenyan security forces", "rioters", "protesters"], ["protesters", "civilians", "rioters", "Kenyan security forces"], mutual=True, style="x: police shoot protesters")
q("x29", "2024-03-25", "MOSCOW - Gunmen in camouflage opened fire on concert-goers at the Crocus City Hall near Moscow on Friday, killing at least 133 people, Russian investigators said. The Islamic State claimed responsibility for the attack. Russian officials said four suspects, all citizens of Tajikistan, had been detained.",
  "attack_on_civilians", "Attack", "Islamic State", "civilians", style="x: IS claim, suspects detained later")
q("x30", "2024-09-23", "MANILA - A roadside bomb exploded as an army truck passed in Maguindanao del Sur province on Sunday, wounding six soldiers, the military said. The army blamed the Dawlah Islamiyah, a local group that has pledged allegiance to the Islamic State.",
  "explosion", "Remote explosive/landmine/IED", ["Dawlah Islamiyah", "Islamic State"], "Philippine security forces", style="x: army blamed local IS group")

# ---- round 3, the dev sets' own wars told in other words (y01-y24)
ISF = "Iraqi Security Forces"
SYG = "Syrian government forces"
q("y01", "2016-11-14", "Iraqi special forces pushed deeper into eastern Mosul on Sunday, fighting street by street against Islamic State snipers and suicide car bombers, a commander said. Seven soldiers were killed when a car bomb rammed their Humvee in the Karama district, he said.",
  "explosion", ["Suicide bomb", "Remote explosive/landmine/IED"], "Islamic State", ["Counter-Terrorism Service", ISF], style="y: car bomb rammed, IS named before")
q("y02", "2017-05-20", "Daesh shelled the Iraqi army's positions in the old city of Mosul with mortars on Friday, killing two soldiers, a military statement said.",
  "explosion", "Shelling/artillery/missile attack", "Islamic State", ISF, style="y: Daesh shelled")
q("y03", "2018-03-11", "Regime helicopters dropped barrel bombs on the town of Kafr Batna in eastern Ghouta on Saturday, killing 12 civilians, the Syrian Observatory for Human Rights said.",
  "explosion", "Air/drone strike", SYG, "civilians", style="y: regime helicopters barrel bombs")
q("y04", "2017-06-06", "US-backed fighters of the Syrian Democratic Forces entered the city of Raqqa from the east on Tuesday, the SDF said, launching the battle to take the Islamic State group's de facto capital.",
  "battle", "Armed clash", "Syrian Democratic Forces", "Islamic State", style="y: entered city")
q("y05", "2016-10-21", "Islamic State militants attacked government buildings in Kirkuk before dawn on Friday, killing at least 11 workers at a power station and four police officers, security sources said. Clashes with security forces were continuing in several districts.",
  "battle", "Armed clash", "Islamic State", [ISF, "civilians"], style="y: IS attack on Kirkuk")
q("y06", "2019-01-22", "A suicide bomber blew himself up at a checkpoint of the Popular Mobilisation Forces near Tikrit on Monday, killing three fighters, a PMF spokesman said. No group claimed the attack, which bore the hallmarks of Islamic State.",
  "explosion", "Suicide bomb", ["unknown", "Islamic State", "militants (unidentified)"], "Popular Mobilization Forces", style="y: no claim, hallmarks")
q("y07", "2018-09-07", "Russian and Syrian jets pounded the southern edge of Idlib province on Friday, killing five civilians, rescue workers said.",
  "explosion", "Air/drone strike", ["Russian security forces", SYG], "civilians", style="y: Russian and Syrian jets")
q("y08", "2018-02-09", "Turkish artillery shelled villages in the Afrin region on Thursday, killing four civilians, the YPG said, on the 20th day of Ankara's offensive.",
  "explosion", "Shelling/artillery/missile attack", "Turkish Armed Forces", "civilians", style="y: Turkish artillery")
q("y09", "2017-08-21", "KABUL - Taliban fighters overran a district centre in Ghor province on Sunday after two days of fighting, a provincial spokesman said, killing 14 police officers.",
  ["territory_gain", "battle"], ["Non-state actor overtakes territory", "Armed clash"], "Taliban", "Afghan security forces", style="y: Taliban overran")
q("y10", "2018-05-02", "Twin suicide bombings in Kabul killed 25 people on Monday, including nine journalists who had rushed to the scene of the first blast, officials said. The Islamic State claimed the attacks.",
  "explosion", "Suicide bomb", "Islamic State", "civilians", style="y: twin bombings IS claimed")
q("y11", "2019-04-24", "The Libyan National Army said its warplanes struck positions of the Tripoli government's forces south of the capital on Tuesday, as fighting for the city entered its third week.",
  "explosion", "Air/drone strike", "Libyan government forces", ["GNA forces"], style="y: LNA warplanes")
q("y12", "2018-06-14", "Saudi-led coalition forces and Yemeni troops launched an assault on the port city of Hodeidah on Wednesday, the coalition said, with warships and warplanes pounding Houthi positions.",
  "battle", "Armed clash", ["Saudi-led coalition", "Yemeni government forces"], "Houthis", style="y: coalition assault")
q("y13", "2017-12-04", "Houthi fighters killed former president Ali Abdullah Saleh on Monday after he abandoned his alliance with them, the group's television said.",
  ["attack_on_civilians", "other", "battle"], ["Attack", "Armed clash"], "Houthis", ["civilians", "unknown", "Houthis"], style="y: Houthis kill Saleh")
q("y14", "2016-08-09", "A suicide bomber killed at least 70 people at a hospital in Quetta on Monday where lawyers had gathered to mourn a colleague shot dead earlier in the day. A faction of the Pakistani Taliban claimed the bombing.",
  "explosion", "Suicide bomb", ["Tehrik-i-Taliban Pakistan", "Jamaat-ul-Ahrar"], "civilians", style="y: faction claimed")
q("y15", "2017-10-14", "Two truck bombs exploded at a busy junction in Mogadishu on Saturday, killing more than 300 people. The government blamed al-Shabaab, which did not claim the attack.",
  "explosion", ["Remote explosive/landmine/IED", "Suicide bomb"], "al-Shabaab", "civilians", style="y: government blamed")
q("y16", "2015-04-13", "Boko Haram insurgents disguised as preachers killed 24 people in a village near Gwoza on Sunday, residents said.",
  "attack_on_civilians", "Attack", "Boko Haram", "civilians", style="y: disguised as")
q("y17", "2017-03-21", "IS fighters executed 14 civilians trying to flee western Mosul on Monday, a local official said, adding that their bodies were hung from electricity poles.",
  "attack_on_civilians", "Attack", "Islamic State", "civilians", style="y: executed fleeing")
q("y18", "2017-07-10", "Iraqi Prime Minister Haider al-Abadi arrived in Mosul on Sunday to congratulate the armed forces on recapturing the city from Islamic State, three years after the militants seized it.",
  "territory_gain", "Government regains territory", ISF, "Islamic State", style="y: congratulate on recapturing")
q("y19", "2016-06-26", "Iraqi forces declared Falluja fully liberated on Sunday after a month-long offensive, a senior commander said on state television, saying his troops had cleared the last IS-held neighbourhood of al-Julan.",
  "territory_gain", "Government regains territory", ISF, "Islamic State", style="y: declared liberated")
q("y20", "2018-01-15", "Two suicide bombers blew themselves up in Baghdad's Tayaran Square on Monday, killing at least 38 people, the health ministry said. There was no immediate claim of responsibility.",
  "explosion", "Suicide bomb", ["unknown", "Islamic State", "militants (unidentified)"], "civilians", style="y: no claim in IQ")
q("y21", "2019-03-23", "The Syrian Democratic Forces declared victory over the Islamic State in Baghouz on Saturday, saying the militants' last pocket in eastern Syria had been captured.",
  "territory_gain", ["Government regains territory", "Non-state actor overtakes territory"], "Syrian Democratic Forces", "Islamic State", style="y: declared victory")
q("y22", "2016-12-13", "Syrian troops and allied militias executed at least 82 civilians, including women and children, in eastern Aleppo as they advanced, the UN human rights office said on Tuesday.",
  "attack_on_civilians", "Attack", SYG, "civilians", style="y: troops and allied militias executed")
q("y23", "2018-11-27", "An Afghan air strike in Helmand killed 23 civilians, including children, on Tuesday, local officials said. The Afghan defence ministry said the strike had targeted Taliban commanders.",
  "explosion", "Air/drone strike", "Afghan security forces", "civilians", style="y: Afghan air strike")
q("y24", "2017-04-14", "The US military dropped its largest non-nuclear bomb on Islamic State tunnels in the Achin district of Nangarhar province on Thursday, the Pentagon said.",
  "explosion", "Air/drone strike", ["US security forces", "US-led coalition", "US forces"], "Islamic State", style="y: US military dropped bomb")


# ---- round 4 (z01-z66, written 2026-12-06 before the extractor was run on it): the wars and
# outlets the other series use least, and the doer named away from the verb -- a headline or an
# earlier sentence ("its fighters", "the rebels", "the group"), a claim or a blame by a third party
# in a later sentence, a passive agent far from its verb, a nominalisation ("an attack by",
# "X's offensive"), a leader or a unit ("fighters loyal to", "troops of the 99th Light Infantry
# Division", "a brigade of"), acronyms and aliases; the victims named as miners, worshippers,
# aid workers, labourers, a journalist.
BLOCH = ["Baloch Liberation Army", "Baloch Liberation Front", "Baloch separatists"]
q("z01", "2025-01-09", "COTONOU, Jan 9 (AFP) - Eight Beninese soldiers were killed on Wednesday when their post near the W national park in the north of the country came under attack, the army said. JNIM, al Qaeda's Sahel affiliate, claimed the assault in a statement on Thursday.",
  "battle", "Armed clash", JNIM, "Beninese security forces", style="z: passive victims, claim in later sentence")
q("z02", "2024-07-22", "Togo: gunmen raid village in Savanes region\nArmed men on motorbikes raided a village near Dapaong overnight on Saturday, killing seven villagers and burning their granaries, a local official said. The army blamed the attack on jihadists of the Group for the Support of Islam and Muslims, which has pushed south from Burkina Faso.",
  "attack_on_civilians", "Attack", JNIM, "civilians", style="z: unnamed attackers, army blamed later")
q("z03", "2024-06-22", "NIAMEY - Fighters of the Islamic State's Sahel branch killed at least 12 worshippers during Friday prayers at a mosque in a village near Tera, in the Tillaberi region, the interior ministry said on Saturday.",
  "attack_on_civilians", "Attack", IS, "civilians", style="z: fighters of the branch, worshippers")
q("z04", "2024-11-12", "SOKOTO, Nigeria (Premium Times) - A little-known armed group called Lakurawa has spread across Sokoto and Kebbi states over the past year. On Monday its fighters raided a farming village in Kebbi's Augie area, killing 13 people and rustling cattle, police said.",
  "attack_on_civilians", "Attack", "Lakurawa", "civilians", style="z: its fighters, group named sentence before")
q("z05", "2024-09-02", "Twenty-three miners were killed on Sunday at an illegal gold pit in Zamfara state's Maru area by armed men on motorcycles, who residents said belonged to the gang of a notorious bandit leader, police said.",
  "attack_on_civilians", "Attack", ["bandits", "unknown", "militants (unidentified)"], "civilians", style="z: passive agent far, miners")
q("z06", "2024-03-26", "MAIDUGURI, Nigeria (Reuters) - Insurgents overran a military base in Borno state's Marte town early on Tuesday, killing at least five soldiers, two military sources said. ISWAP, the Islamic State's West Africa branch, said in a statement that its fighters had seized weapons and burned vehicles at the base.",
  ["territory_gain", "battle"], ["Non-state actor overtakes territory", "Armed clash"], "Boko Haram", "Nigerian security forces", style="z: insurgents, ISWAP claim later")
q("z07", "2023-05-18", "OWERRI - Gunmen shot dead four police officers at a checkpoint in Imo state on Thursday, a police spokesman said, blaming the Eastern Security Network, the armed wing of the separatist Indigenous People of Biafra. IPOB denied involvement.",
  "battle", "Armed clash", "IPOB", "Nigerian security forces", style="z: police blamed ESN, IPOB denied")
q("z08", "2024-11-10", "N'DJAMENA - Chadian troops killed 96 Boko Haram fighters in an offensive on islands of Lake Chad, the army said on Sunday, two weeks after an attack by the group on a base at Barkaram killed about 40 soldiers.",
  "battle", "Armed clash", "Chadian security forces", "Boko Haram", style="z: offensive, attack by the group (background)")
q("z09", "2024-04-16", "OUAGADOUGOU - Burkina Faso's air force said on Tuesday that its aircraft had struck a gathering of terrorists near Djibo on Sunday, killing dozens of them.",
  "explosion", "Air/drone strike", "Burkinabe security forces", UNID, style="z: its aircraft")
q("z10", "2024-03-05", "Mali: residents accuse Russian fighters of killing herders\nGunmen in uniform executed at least a dozen herders near Niono on Saturday, local officials said. Witnesses said the men were Russian paramilitaries of the Africa Corps patrolling with Malian soldiers. The army did not respond to requests for comment.",
  "attack_on_civilians", "Attack", ["Wagner Group", "Malian security forces"], "civilians", style="z: witnesses name doer later, Africa Corps")
q("z11", "2024-06-03", "NAIROBI (Daily Nation) - Five police reservists were killed when their vehicle struck a roadside bomb in Lamu county on Monday. Police blamed al-Shabaab militants, who have planted explosives along the Mpeketoni road in recent months.",
  "explosion", "Remote explosive/landmine/IED", "al-Shabaab", "Kenyan security forces", style="z: police blamed")
q("z12", "2025-02-14", "BOSASO - Puntland forces said on Friday they had driven Islamic State fighters out of a string of mountain bases in the Bari region after a week of fighting.",
  "territory_gain", "Government regains territory", ["Somali security forces", "Puntland security forces"], "Islamic State", style="z: driven out")
q("z13", "2024-08-08", "Al-Shabaab has fought the government in Mogadishu for nearly two decades. Its fighters on Wednesday ambushed a convoy of Ethiopian troops serving with the African Union mission near Baidoa, the group said, claiming to have killed 20 of them.",
  "battle", "Armed clash", "al-Shabaab", ["AUSSOM", "ATMIS", "African Union forces", "Ethiopian security forces"], style="z: its fighters")
q("z14", "2025-03-16", "MOGADISHU (Garowe Online) - Al-Shabaab's assault on an army base in Moqokori on Saturday killed at least 17 soldiers, a local official said.",
  "battle", "Armed clash", "al-Shabaab", "Somali security forces", style="z: nominalisation X's assault")
q("z15", "2025-03-25", "PORT SUDAN - The army's warplanes bombed a crowded market in Tora, North Darfur, on Monday, killing at least 54 people, the Darfur Bar Association said.",
  "explosion", "Air/drone strike", "Sudanese Armed Forces", "civilians", style="z: the army's warplanes (SD)")
q("z16", "2024-10-03", "Sudan's army said on Thursday that its forces had retaken the Jebel Moya area west of Sennar from the RSF after heavy fighting.",
  "territory_gain", "Government regains territory", "Sudanese Armed Forces", "Rapid Support Forces", style="z: its forces retaken")
q("z17", "2025-01-20", "The paramilitaries have besieged El Fasher for more than a year. On Sunday at least 15 aid workers and volunteers were killed at a communal kitchen in the city in shelling that the local Emergency Response Room said had been carried out by the Rapid Support Forces.",
  "explosion", "Shelling/artillery/missile attack", "Rapid Support Forces", "civilians", style="z: passive agent in relative, aid workers")
q("z18", "2024-06-05", "Fighters loyal to Mohamed Hamdan Dagalo stormed a village near Wad Madani in Gezira state on Tuesday, killing 35 villagers, activists said.",
  "attack_on_civilians", "Attack", "Rapid Support Forces", "civilians", style="z: fighters loyal to leader")
q("z19", "2025-03-05", "JUBA - The White Army, a militia of armed Nuer youth, overran an army garrison near Malakal in Upper Nile state on Tuesday after two days of fighting, local officials said.",
  "territory_gain", "Non-state actor overtakes territory", "White Army", "South Sudanese security forces", style="z: apposition")
q("z20", "2025-03-18", "Air strikes on a village in Upper Nile state on Sunday killed 21 civilians, among them women and children, a county commissioner said. He blamed the SSPDF, whose aircraft have bombed the area since early March. An army spokesman denied targeting civilians.",
  "explosion", "Air/drone strike", "South Sudanese security forces", "civilians", style="z: no agent, blamed later by acronym")
q("z21", "2024-01-29", "BAHIR DAR - A Fano offensive on the town of Debre Markos was repulsed by federal troops on Sunday, the regional government said, claiming that more than 100 militiamen were killed.",
  "battle", "Armed clash", "Fano", "Ethiopian security forces", mutual=True, style="z: nominalised offensive, passive repulsed")
q("z22", "2024-03-01", "Eleven civilians, among them a priest, were killed on Thursday in the town of Bure in West Gojjam zone by soldiers of the Ethiopian National Defense Force who were searching homes for Fano fighters, residents said.",
  "attack_on_civilians", "Attack", "Ethiopian security forces", "civilians", style="z: passive by ENDF far")
q("z23", "2023-11-21", "Gunmen abducted 10 university students travelling by bus between Gimbi and Nekemte on Sunday, officials said. The regional government blamed the Oromo Liberation Army, which denied involvement.",
  "attack_on_civilians", "Abduction/forced disappearance", ["Oromo Liberation Army", "unknown"], "civilians", style="z: blamed, denied")
q("z24", "2025-02-18", "GOMA - The Rwanda-backed M23 has pushed south along Lake Kivu this month. On Monday the rebels took the town of Kamanyola after Burundian and Congolese troops withdrew, residents said.",
  "territory_gain", "Non-state actor overtakes territory", "M23", ["Congolese security forces", "Burundian security forces"], style="z: the rebels points back")
q("z25", "2024-09-16", "Suspected Islamist rebels hacked to death 18 people at a funeral near Butembo overnight, local officials said. The army attributed the massacre to the ADF, which has killed thousands of civilians in North Kivu.",
  "attack_on_civilians", "Attack", ["ADF", "Allied Democratic Forces"], "civilians", style="z: attributed later")
q("z26", "2025-02-11", "BUNIA - At least 51 displaced people were killed overnight in an attack on a camp near Bunia in Ituri province, carried out, according to the UN, by militiamen of the CODECO armed with machetes and guns.",
  "attack_on_civilians", "Attack", "CODECO", "civilians", style="z: attack carried out by, far")
q("z27", "2024-02-27", "BUJUMBURA - The RED-Tabara rebel group said on Monday that its fighters had killed nine Burundian soldiers in clashes near Uvira in eastern Congo. Burundi's army denied the toll.",
  "battle", "Armed clash", "RED-Tabara", "Burundian security forces", style="z: said its fighters had killed")
q("z28", "2024-07-09", "BANGUI - The 3R armed group, one of the signatories that abandoned a 2019 peace deal, is active across the north-west. Its fighters ambushed a UN patrol near Bocaranga on Monday, killing a peacekeeper, MINUSCA said.",
  "battle", "Armed clash", "3R", "MINUSCA", style="z: its fighters, UN victims")
q("z29", "2024-05-13", "Russian instructors and Central African soldiers killed at least 10 gold miners at a site near Bambari on Saturday, a local rights group said.",
  "attack_on_civilians", "Attack", ["Wagner Group", "Central African security forces"], "civilians", style="z: Russian instructors, miners")
q("z30", "2024-09-10", "PEMBA - Insurgents linked to the Islamic State beheaded four Christian villagers in Cabo Delgado's Ancuabe district on Tuesday, the group said on Telegram.",
  "attack_on_civilians", "Attack", ["Islamic State", "Islamic State Mozambique Province"], "civilians", style="z: linked to IS, the group said")
q("z31", "2024-05-11", "Rwandan soldiers killed at least 10 insurgents in a clash near Macomia on Friday, Rwanda's defence force said.",
  "battle", "Armed clash", "Rwandan security forces", ["Islamic State", "militants (unidentified)"], style="z: RDF in MZ")
q("z32", "2024-03-12", "MYITKYINA - The Kachin Independence Army said on Monday that its troops had seized a junta base in Mansi township near Bhamo after a week of fighting.",
  "territory_gain", "Non-state actor overtakes territory", "Kachin Independence Army", "Myanmar security forces", style="z: its troops seized")
q("z33", "2024-02-07", "Soldiers of the military's 99th Light Infantry Division shot dead seven villagers who were fleeing a raid near Monywa on Tuesday, a local People's Defence Force said.",
  "attack_on_civilians", "Attack", "Myanmar security forces", "civilians", style="z: unit named")
q("z34", "2024-01-22", "A military column was ambushed near Demoso in Karenni state on Sunday by fighters of the Karenni Nationalities Defense Force, who said eight soldiers were killed.",
  "battle", "Armed clash", "Karenni Nationalities Defense Force", "Myanmar security forces", style="z: passive by far")
q("z35", "2024-04-08", "The junta's aircraft bombed a Baptist church in Falam township in Chin state during Sunday service, killing nine worshippers, the Chin National Front said.",
  "explosion", "Air/drone strike", "Myanmar security forces", "civilians", style="z: the junta's aircraft, worshippers")
q("z36", "2024-11-05", "The Arakan Army has taken most of Rakhine state since last November. On Monday its fighters shelled the navy base at Kyaukphyu, the group said.",
  "explosion", "Shelling/artillery/missile attack", "Arakan Army", "Myanmar security forces", style="z: its fighters")
q("z37", "2024-06-16", "PATTANI, Thailand - Two rangers were killed when a bomb hidden in a motorcycle exploded beside their patrol in Yala province on Saturday, police said. Security officials blamed the Barisan Revolusi Nasional, the main rebel group in the Malay-Muslim south.",
  "explosion", "Remote explosive/landmine/IED", "Barisan Revolusi Nasional", "Thai security forces", style="z: officials blamed")
q("z38", "2023-12-04", "MARAWI, Philippines - A bomb exploded during a Catholic Mass in a university gymnasium in Marawi on Sunday, killing four worshippers, the military said. The Islamic State group later claimed the bombing, which officials said was retaliation by the Dawlah Islamiyah for recent losses.",
  "explosion", "Remote explosive/landmine/IED", ["Islamic State", "Maute group"], "civilians", style="z: later claim, worshippers")
q("z39", "2024-10-17", "Communist guerrillas ambushed soldiers of the Army's 79th Infantry Battalion in Negros Oriental on Wednesday, killing two of them, the military said.",
  "battle", "Armed clash", "New People's Army", "Philippine security forces", style="z: communist guerrillas, battalion victims")
q("z40", "2024-03-16", "Twelve members of the Bangsamoro Islamic Freedom Fighters were killed in a clash with the Army's 6th Infantry Division in Datu Saudi Ampatuan, Maguindanao del Sur, on Friday, the military said.",
  "battle", "Armed clash", "Philippine security forces", "Bangsamoro Islamic Freedom Fighters", mutual=True, style="z: killed in a clash with division")
q("z41", "2024-10-17", "JAYAPURA - Rebels of the West Papua National Liberation Army shot dead two gold miners in Yahukimo regency on Wednesday. The group's spokesman said the miners were spies for the Indonesian army.",
  "attack_on_civilians", "Attack", "West Papua National Liberation Army", "civilians", style="z: miners")
q("z42", "2023-09-14", "IMPHAL - Armed men from the hills opened fire on farmers working their paddy fields in Bishnupur district on Wednesday, killing three of them, police said. Officials blamed Kuki militants.",
  "attack_on_civilians", "Attack", "Kuki militants", "civilians", style="z: officials blamed, farmers")
q("z43", "2025-01-07", "RAIPUR - A vehicle carrying District Reserve Guard personnel was blown up by an IED in Bijapur district on Monday, killing eight of them and their driver, police said. The outlawed CPI (Maoist) claimed responsibility in a letter.",
  "explosion", "Remote explosive/landmine/IED", "Maoists", "Indian security forces", style="z: claim by acronym with brackets")
q("z44", "2025-03-05", "QUETTA - Soldiers killed eight terrorists of the Indian-sponsored Fitna al-Hindustan in an intelligence-based operation in Kech district, the military's media wing said on Tuesday.",
  "battle", "Armed clash", "Pakistani security forces", BLOCH, style="z: state label for Baloch groups")
q("z45", "2024-08-26", "Gunmen stopped vehicles on a highway in Musakhel district, checked passengers' identity cards and shot dead 23 labourers from Punjab, police said on Monday. The Baloch Liberation Front said its fighters had carried out the killings.",
  "attack_on_civilians", "Attack", ["Baloch Liberation Front", "Baloch separatists"], "civilians", style="z: claim later, labourers")
q("z46", "2024-04-04", "ZAHEDAN, Iran - Gunmen attacked a police station and a Revolutionary Guards base in Rask and Chabahar on Wednesday night, killing 11 members of the security forces, state media said. Jaish al-Adl, a Sunni militant group, claimed the attacks.",
  "battle", "Armed clash", "Jaish al-Adl", "Iranian security forces", style="z: claim later")
q("z47", "2024-10-24", "ANKARA - Turkish warplanes struck PKK targets in northern Iraq and Syria on Wednesday night, the defence ministry said, hours after an attack by the group on an aerospace company near Ankara killed five people.",
  "explosion", "Air/drone strike", "Turkish Armed Forces", "PKK", style="z: strike plus background attack by the group")
q("z48", "2024-10-10", "BEIRUT - An Israeli drone strike on a car near the southern town of Nabatieh killed a Hezbollah commander and two others on Thursday, Lebanon's health ministry said. The Israeli military said it had targeted a member of the group's Radwan Force.",
  "explosion", "Air/drone strike", "Israeli security forces", "Hezbollah", style="z: Israeli drone strike")
q("z49", "2024-07-30", "Hezbollah fires rockets at northern Israel\nThe Iran-backed group said its fighters fired dozens of Katyusha rockets at an Israeli army base near Safed on Tuesday, in response to the killing of one of its commanders.",
  "explosion", "Shelling/artillery/missile attack", "Hezbollah", "Israeli security forces", style="z: headline names group, the group's fighters")
q("z50", "2024-05-22", "JENIN - Israeli forces killed three Palestinian gunmen in a raid on the Jenin refugee camp on Wednesday. The Al-Quds Brigades, the armed wing of Islamic Jihad, said the men were its fighters.",
  "battle", "Armed clash", "Israeli security forces", ["Palestinian Islamic Jihad", "militants (unidentified)", "Palestinian militants"], style="z: victims' group claims them")
q("z51", "2025-06-01", "GAZA - At least 19 people waiting for flour were killed by Israeli fire near an aid distribution point in Rafah on Sunday, the civil defence agency said. The Israeli military said troops had fired warning shots at suspects approaching them.",
  "attack_on_civilians", "Attack", "Israeli security forces", "civilians", style="z: killed by Israeli fire")
q("z52", "2024-06-25", "Two Israeli soldiers were killed when an explosive device detonated beside their armoured vehicle in Khan Younis, the army said on Monday. Hamas's armed wing said its fighters had planted the device.",
  "explosion", "Remote explosive/landmine/IED", "Hamas", "Israeli security forces", style="z: claim by armed wing later")
q("z53", "2024-03-07", "Houthis claim attack on cargo ship\nA ballistic missile struck a Barbados-flagged bulk carrier in the Gulf of Aden on Wednesday, killing three of its crew, a British maritime agency said. The Iran-aligned group's military spokesman said its naval forces had carried out the strike.",
  "explosion", "Shelling/artillery/missile attack", "Houthis", "civilians", style="z: headline names group, crew")
q("z54", "2024-12-20", "Fighters of the Turkish-backed Syrian National Army attacked positions of the Kurdish-led SDF near the Tishrin dam on Thursday, the SDF said, adding that it had repelled the assault.",
  "battle", "Armed clash", "Turkish-backed Syrian rebels", "Syrian Democratic Forces", style="z: fighters of SNA")
q("z55", "2025-05-13", "TRIPOLI (Libya Observer) - Heavy clashes erupted overnight between the Stability Support Apparatus and the 444 Brigade in Tripoli's Abu Salim district after the apparatus's commander was killed, residents said.",
  "battle", "Armed clash", "Stability Support Apparatus", "444 Brigade", mutual=True, style="z: Libyan militias mutual")
q("z56", "2024-06-21", "CALI - Two police officers were killed when a motorcycle bomb exploded outside a police station in Jamundi on Thursday. Police blamed the Jaime Martinez Front, a faction of the FARC dissidents known as the EMC.",
  "explosion", "Remote explosive/landmine/IED", "FARC dissidents", "Colombian security forces", style="z: police blamed faction")
q("z57", "2024-09-20", "The ELN has fought the Colombian state since 1964. On Tuesday the guerrillas attacked a military base in Puerto Jordan, Arauca, with a truck packed with explosives, killing two soldiers and wounding more than 20, the army said.",
  ["explosion", "battle"], ["Remote explosive/landmine/IED", "Suicide bomb", "Armed clash"], "ELN", "Colombian security forces", style="z: the guerrillas point back")
q("z58", "2024-11-08", "Fighters of the self-styled Gaitanist Army of Colombia shot dead an Indigenous leader in front of his family in Tierralta, Cordoba, on Thursday, the ombudsman's office said.",
  "attack_on_civilians", "Attack", "Clan del Golfo", "civilians", style="z: self-styled alias")
q("z59", "2024-12-12", "MORELIA - Cartel gunmen ambushed a state police patrol in Michoacan's Tierra Caliente on Wednesday, killing four officers, the state security ministry said. Authorities blamed the Jalisco New Generation Cartel, which has fought rival gangs for the region for years.",
  "battle", "Armed clash", "Jalisco New Generation Cartel", "Mexican security forces", style="z: authorities blamed")
q("z60", "2024-10-21", "CULIACAN - Gunmen loyal to the sons of Joaquin 'El Chapo' Guzman clashed with fighters of the rival faction led by Ismael 'El Mayo' Zambada on the outskirts of Culiacan on Sunday, leaving 19 dead, prosecutors said.",
  "battle", "Armed clash", "Sinaloa Cartel", "Sinaloa Cartel", mutual=True, style="z: factions named by leaders")
q("z61", "2025-02-04", "PORT-AU-PRINCE - Gangs stormed the town of Kenscoff in the hills above the capital on Monday, killing at least 10 residents and burning homes, the mayor said. The Viv Ansanm alliance said in a video that its members were behind the attack.",
  "attack_on_civilians", "Attack", "Viv Ansanm", "civilians", style="z: claim by video later")
q("z62", "2023-10-06", "GUAYAQUIL - Gunmen killed 22 people at a house in the south of Guayaquil on Thursday, police said, adding that the attackers belonged to Los Tiguerones, a gang allied to Los Lobos.",
  "attack_on_civilians", "Attack", "Los Lobos", "civilians", style="z: attackers belonged to")
q("z63", "2025-10-29", "RIO DE JANEIRO - A police operation against the Comando Vermelho gang in the Alemao and Penha favelas on Tuesday turned into a day-long gun battle that left at least 64 people dead, among them four officers, the state government said.",
  ["battle"], ["Armed clash"], "Brazilian security forces", "Comando Vermelho", mutual=True, style="z: operation against")
q("z64", "2024-04-29", "A journalist was shot dead outside his home in Acapulco on Saturday by two men on a motorcycle, state prosecutors said. He had reported on cartel violence in Guerrero.",
  "attack_on_civilians", "Attack", ["unknown", "militants (unidentified)"], "civilians", style="z: a journalist, unnamed")
q("z65", "2024-08-18", "KHARKIV - A Russian guided bomb struck an apartment block in Kharkiv on Saturday, killing three residents and wounding 40, the regional governor said.",
  "explosion", "Air/drone strike", "Russian security forces", "civilians", style="z: Russian guided bomb")
q("z66", "2024-09-15", "Ukraine's 3rd Assault Brigade said on Sunday that it had pushed Russian troops out of two villages near Kupiansk after a week of fighting.",
  "territory_gain", "Government regains territory", "Ukrainian security forces", "Russian security forces", style="z: brigade of the army")
q("z67", "2024-02-19", "BAMENDA, Cameroon - Nine civilians, among them a teacher, were shot dead in a village near Bamenda on Saturday by gunmen the army identified as Ambazonian separatists, a charge the separatists denied.",
  "attack_on_civilians", "Attack", ["Anglophone separatists", "unknown"], "civilians", style="z: passive by, identified as, denied")
q("z68", "2024-03-14", "SAN PEDRO SULA - Members of the Barrio 18 gang set fire to a city bus on Wednesday after its owner refused to pay extortion, killing the driver and two passengers, police said.",
  "attack_on_civilians", "Attack", "Barrio 18", "civilians", style="z: gang burns bus")

# ---- round 5 (w01-w72, written 2026-12-06 before the extractor was run on it): names the
# actor file may lack (Mahmuda, Yan Sakai, Agwelek, Zaire, Azande Ani Kpi Gbe, the Hamza and
# Sultan Murad divisions, the Islamic Resistance in Iraq, "al-Shabab" in Mozambique, "Shane" in
# Oromia, former-regime loyalists in Syria) and the shapes that hide the doer: an agent in a
# passive far from its verb, "blamed on", "claimed by", "accused", "suspected", unnamed gunmen,
# the doer named only in a headline or the next sentence, a party to the war as the source
# ("the army said its troops ...", "Hamas said an Israeli strike ..."), coordination ("X and Y
# attacked"), state forces named by a country, a ministry or a unit, civilians as the second
# side, and clashes told from either side.
ISWAP = ["Boko Haram", "Islamic State", "Islamic State West Africa Province"]
ISRF = "Israeli security forces"
q("w01", "2025-02-18", "OUAGADOUGOU - Seventeen members of the VDP, the civilian auxiliary force that fights alongside Burkina Faso's army, were killed on Monday near Djibo in an ambush carried out, security sources said, by JNIM fighters on motorbikes.",
  "battle", "Armed clash", JNIM, "Volunteers for the Defence of the Homeland", style="w: passive agent far, after 'security sources said'")
q("w02", "2024-07-12", "Malian troops and Africa Corps fighters killed at least 12 civilians, among them an imam, in a raid on the village of Kourma in the Segou region on Thursday, two local officials said.",
  "attack_on_civilians", "Attack", ["Malian security forces", "Wagner Group"], "civilians", style="w: X and Y killed civilians")
q("w03", "2024-10-05", "NIAMEY - An attack on an army position in the Tillaberi region on Friday killed 10 soldiers, the Nigerien army said in a statement on Saturday, blaming 'terrorists' of the Islamic State in the Sahel.",
  "battle", "Armed clash", ISS, "Nigerien security forces", style="w: nominal attack, blaming in participle")
q("w04", "2024-05-21", "Dozo hunters allied with the army killed at least nine Fulani herders near Bankass in central Mali on Monday, a Fulani association said on Tuesday.",
  "attack_on_civilians", "Attack", "Dozo militia", "civilians", style="w: Dozo hunters")
q("w05", "2025-03-26", "MAIDUGURI, Nigeria - Gunmen stormed a military base in Damboa on Tuesday night, killing seven soldiers and driving off with two armoured vehicles, two army officers said. ISWAP, which split from Boko Haram in 2016, said its fighters had carried out the raid.",
  "battle", "Armed clash", ISWAP, "Nigerian security forces", style="w: claim next sentence, split from X")
q("w06", "2024-06-30", "Fighters of the Boko Haram faction known as JAS abducted 23 women gathering firewood outside Ngala in Borno state on Saturday, a local militia leader said.",
  ABD, ["Abduction/forced disappearance", "Attack"], "Boko Haram", "civilians", style="w: faction known as")
q("w07", "2024-09-07", "Forty worshippers were abducted from a mosque in Zamfara state's Maru area during dawn prayers on Friday by gunmen whom police described as bandits.",
  ABD, ["Abduction/forced disappearance", "Attack"], ["bandits", "unknown", "militants (unidentified)"], "civilians", style="w: passive agent, described as bandits")
q("w08", "2025-04-22", "A little-known jihadist group called Mahmuda killed 11 villagers in an attack near New Bussa in Nigeria's Niger state on Sunday, a local government official said.",
  "attack_on_civilians", "Attack", ["Mahmuda", "militants (unidentified)"], "civilians", style="w: group called Mahmuda")
q("w09", "2024-11-14", "Nigerian troops killed two senior commanders of the al Qaeda-linked Ansaru group in a raid on a hideout in Kaduna state's Birnin Gwari area, the defence headquarters said on Thursday.",
  "battle", "Armed clash", "Nigerian security forces", "Ansaru", style="w: troops killed commanders of group")
q("w10", "2024-08-13", "Members of a Yan Sakai vigilante group killed six Fulani herders they accused of cattle theft in a village in Katsina state on Monday, police said.",
  "attack_on_civilians", "Attack", ["Yan Sakai", "vigilantes"], "civilians", style="w: Yan Sakai vigilantes")
# ---- Somalia
q("w11", "2024-04-08", "MOGADISHU - Several mortar rounds landed in a market near Mogadishu's airport on Sunday, killing two traders and wounding five, police said. A police spokesman said the shells had been fired by al Shabaab militants from the outskirts of the city.",
  "explosion", "Shelling/artillery/missile attack", "al-Shabaab", "civilians", style="w: passive agent in next sentence")
q("w12", "2024-10-16", "Danab special forces, trained by the United States, killed 15 al-Shabaab fighters in an operation in the Middle Shabelle region on Tuesday, the Somali army said.",
  "battle", "Armed clash", "Somali security forces", "al-Shabaab", style="w: unit name Danab")
q("w13", "2023-08-31", "Fighting between Ma'awisley clan militiamen and al-Shabaab killed at least nine people near Adale on Wednesday, elders said.",
  "battle", "Armed clash", "Macawisley", "al-Shabaab", mutual=True, style="w: fighting between, clan militia")
q("w14", "2025-02-20", "BOSASO, Somalia - Puntland forces said on Wednesday they had driven Islamic State fighters out of a cluster of mountain villages south of Bosaso after a week of fighting.",
  "territory_gain", "Government regains territory", "Somali security forces", ["Islamic State", "Islamic State Somalia Province"], style="w: forces said they had driven out")
# ---- Sudan and South Sudan
q("w15", "2025-01-14", "At least 23 people were killed when warplanes bombed a busy market in Kabkabiya in North Darfur on Monday, a local emergency response group said, blaming the Sudanese army, the only side in the war with an air force.",
  "explosion", "Air/drone strike", SAF, "civilians", style="w: blaming in participle after report")
q("w16", "2024-12-03", "KADUGLI - Fighters of the SPLM-N faction led by Abdelaziz al-Hilu shelled the city of Kadugli on Sunday, killing five civilians, the South Kordofan government said.",
  "explosion", "Shelling/artillery/missile attack", "SPLM-N", "civilians", style="w: fighters of faction led by")
q("w17", "2023-11-09", "RSF fighters and allied Arab militiamen killed at least 30 Masalit men as they fled Ardamata, on the outskirts of El Geneina, survivors told reporters on Wednesday.",
  "attack_on_civilians", "Attack", RSF, "civilians", style="w: X and allied Y killed")
q("w18", "2025-04-02", "The Sudanese army said on Tuesday its forces had repelled an attack by the Rapid Support Forces on El Fasher, killing dozens of the paramilitary's fighters.",
  "battle", "Armed clash", RSF, SAF, style="w: army said it repelled an attack by")
q("w19", "2025-03-05", "JUBA - Armed youths of the White Army, a Nuer militia, attacked an army barracks near Malakal on Tuesday, killing 12 soldiers, the army spokesman said.",
  "battle", "Armed clash", "White Army", "South Sudanese security forces", style="w: armed youths of")
q("w20", "2022-09-12", "Forces of the Agwelek militia, loyal to General Johnson Olony, clashed with SPLA-IO fighters near Malakal on Sunday, leaving at least 14 dead, local officials said.",
  "battle", "Armed clash", ["Agwelek", "Agwelek militia"], "SPLA-IO", mutual=True, style="w: Agwelek militia")
# ---- DRC, CAR
q("w21", "2025-02-27", "Congo River Alliance seizes town in South Kivu\nRebels of the Rwandan-backed alliance took control of Nyabibwe on Thursday after Congolese soldiers and Burundian troops withdrew, residents said.",
  "territory_gain", ["Non-state actor overtakes territory", "Non-violent transfer of territory"], "M23", ["Congolese security forces", "Burundian security forces"], style="w: headline names the alliance")
q("w22", "2025-07-28", "At least 38 people attending a night vigil at a church in Komanda, Ituri province, were hacked and shot to death, a local official said on Sunday. He blamed the ADF, a rebel group of Ugandan origin allied to Islamic State.",
  "attack_on_civilians", "Attack", ["ADF", "Islamic State"], "civilians", style="w: he blamed later")
q("w23", "2024-05-14", "Seventeen displaced people, most of them women and children, were killed at a camp outside Bunia on Sunday night by machete-wielding militiamen whom the army identified as CODECO.",
  "attack_on_civilians", "Attack", "CODECO", "civilians", style="w: passive agent identified as")
q("w24", "2024-07-19", "Fighters of the Zaire self-defence militia attacked a CODECO position near Bunia on Thursday, killing four of its members, local sources said.",
  "battle", "Armed clash", ["Zaire militia", "Zaire"], "CODECO", style="w: Zaire militia")
q("w25", "2024-11-30", "Congolese troops and Wazalendo fighters attacked M23 positions around Masisi on Friday, the rebels said, accusing Kinshasa of violating a ceasefire.",
  "battle", "Armed clash", ["Congolese security forces", "Wazalendo"], "M23", style="w: X and Y attacked, the rebels said")
q("w26", "2024-03-26", "Congolese soldiers opened fire on demonstrators protesting against insecurity in Butembo on Monday, killing three people, civil society groups said.",
  "other", "Excessive force against protesters", "Congolese security forces", ["protesters", "civilians"], style="w: soldiers fire on demonstrators")
q("w27", "2024-04-17", "Fighters of the Azande Ani Kpi Gbe militia attacked a base of the Central African army and its Russian allies in Zemio on Sunday, killing two soldiers, a local official said.",
  "battle", "Armed clash", ["Azande Ani Kpi Gbe"], ["Central African security forces", "Wagner Group"], style="w: Azande militia")
q("w28", "2024-02-08", "The Central African army said it had retaken the town of Markounda from CPC rebels on Wednesday with the help of Russian instructors.",
  "territory_gain", "Government regains territory", "Central African security forces", "Coalition of Patriots for Change", style="w: army said it retook from")
# ---- Mozambique
q("w29", "2024-06-11", "PEMBA - Insurgents known locally as al-Shabab beheaded five Christians in a village in Macomia district on Monday, a local source said. Islamic State later claimed the killings.",
  "attack_on_civilians", "Attack", ["Islamic State", "Islamic State Mozambique Province"], "civilians", style="w: known locally as al-Shabab (not Somalia's)")
q("w30", "2023-09-25", "Rwandan and Mozambican soldiers killed 12 insurgents in fighting near Mocimboa da Praia on Saturday, the Rwandan army said.",
  "battle", "Armed clash", ["Rwandan security forces", "Mozambican security forces"], ["Islamic State", "Islamic State Mozambique Province", "militants (unidentified)"], style="w: two demonyms, insurgents")
# ---- Ethiopia
q("w31", "2024-03-04", "Government troops retook the town of Debre Tabor from Fano fighters on Sunday after two days of clashes, residents said.",
  "territory_gain", "Government regains territory", "Ethiopian security forces", "Fano", style="w: government troops, country from place")
q("w32", "2024-07-09", "Gunmen abducted about 30 passengers from a bus near Gidami in western Oromia on Monday, a relative of one of them said. The regional government blamed 'Shane', its name for the Oromo Liberation Army.",
  ABD, ["Abduction/forced disappearance", "Attack"], "Oromo Liberation Army", "civilians", style="w: blamed 'Shane'")
q("w33", "2024-01-12", "A drone strike hit a minibus near Gondar on Friday, killing 11 passengers, a doctor and a relative of one of the victims said. Ethiopia's military has used drones widely against Fano militias in the Amhara region.",
  "explosion", "Air/drone strike", "Ethiopian security forces", "civilians", style="w: drone strike, air power by background")
# ---- Myanmar
q("w34", "2024-12-22", "The Arakan Army said on Sunday it had seized the headquarters of the junta's Western Command in Ann, Rakhine state, after weeks of fighting.",
  "territory_gain", "Non-state actor overtakes territory", "Arakan Army", MYA, style="w: group said it had seized")
q("w35", "2024-09-19", "At least 40 people were killed when a school in Sagaing region was bombed on Wednesday, a teacher and a resistance official said. Witnesses said two junta jets dropped the bombs during morning lessons.",
  "explosion", "Air/drone strike", MYA, "civilians", style="w: passive bombed, jets next sentence")
q("w36", "2024-11-05", "KIA fighters clashed with troops of the military's 21st Light Infantry Division near Bhamo on Monday, the group's spokesman said.",
  "battle", "Armed clash", "Kachin Independence Army", MYA, mutual=True, style="w: KIA vs division")
q("w37", "2024-04-12", "Soldiers of the KNLA, the armed wing of the Karen National Union, overran a junta outpost near Myawaddy on Thursday, the group said.",
  "territory_gain", "Non-state actor overtakes territory", "Karen National Union", MYA, style="w: KNLA overran outpost")
q("w38", "2023-06-20", "Members of a local People's Defence Force shot dead a village administrator appointed by the junta in Magway region on Tuesday, accusing him of being an informer.",
  "attack_on_civilians", "Attack", "People's Defense Forces", "civilians", style="w: PDF kills administrator")
# ---- Ukraine and Russia
q("w39", "2024-11-24", "Drones hit an energy facility in Odesa overnight, wounding three workers and cutting power to thousands of homes, the regional governor said on Sunday. Ukraine's air force said Russia had launched 112 drones and two missiles across the country.",
  "explosion", "Air/drone strike", "Russian security forces", "civilians", style="w: launched by country next sentence")
q("w40", "2024-12-17", "A bomb hidden in an electric scooter killed a Russian general outside his apartment block in Moscow on Tuesday. A source in Ukraine's SBU security service said the agency was behind the killing.",
  "explosion", "Remote explosive/landmine/IED", "Ukrainian security forces", "Russian security forces", style="w: source said agency behind")
q("w41", "2024-10-27", "Russia's defence ministry said on Saturday its troops had captured the town of Kurakhove in the Donetsk region.",
  "territory_gain", ["Non-state actor overtakes territory", "Government regains territory"], "Russian security forces", "Ukrainian security forces", style="w: ministry said its troops captured")
q("w42", "2025-01-19", "A Ukrainian drone attack set fire to an oil depot in Russia's Bryansk region on Saturday, the regional governor said, adding that two workers were injured.",
  "explosion", "Air/drone strike", "Ukrainian security forces", ["civilians", None], style="w: Ukrainian drone attack in Russia")
# ---- Israel, Gaza, Lebanon, West Bank
q("w43", "2024-08-13", "GAZA - An airstrike on a tent camp in al-Mawasi killed 14 displaced Palestinians, including six children, Gaza's civil defence said on Tuesday. The Israeli army said it had struck a Hamas militant.",
  "explosion", "Air/drone strike", ISRF, "civilians", style="w: army said it struck X, X is not actor1")
q("w44", "2024-06-11", "Three Israeli soldiers were killed in northern Gaza on Monday when fighters opened fire on their unit from a tunnel shaft, the military said. The Qassam Brigades said its fighters had carried out the ambush in Beit Hanoun.",
  "battle", "Armed clash", "Hamas", ISRF, style="w: Qassam claim next sentence")
q("w45", "2023-05-11", "Saraya al-Quds, the armed wing of Islamic Jihad, said it fired a barrage of rockets at Sderot on Wednesday. Israel's military said most were intercepted and no one was hurt.",
  "explosion", "Shelling/artillery/missile attack", "Palestinian Islamic Jihad", None, style="w: Saraya al-Quds said it fired")
q("w46", "2024-04-13", "Dozens of masked Israeli settlers set fire to homes and cars in the Palestinian village of Sinjil on Friday, and one villager was shot dead, the Palestinian health ministry said.",
  "attack_on_civilians", "Attack", "Israeli settlers", "civilians", style="w: settlers arson, shot dead passive")
q("w47", "2024-07-22", "An explosive-laden drone launched from Lebanon struck a military base near Nahariya on Sunday, wounding seven soldiers, the Israeli army said. Hezbollah said it had targeted the base in retaliation for the killing of its fighters.",
  "explosion", "Air/drone strike", "Hezbollah", ISRF, style="w: drone from Lebanon, claim next")
q("w48", "2024-04-19", "Israeli troops killed five Palestinians in a raid on the Nur Shams camp near Tulkarm on Friday, the health ministry said. The military said its forces had exchanged fire with gunmen in the camp.",
  "battle", "Armed clash", ISRF, ["militants (unidentified)", "Palestinian militants", "civilians", "unknown"], style="w: raid, exchanged fire")
q("w49", "2024-10-15", "Hamas said an Israeli strike on a school sheltering displaced families in Nuseirat killed at least 17 people on Monday.",
  "explosion", "Air/drone strike", ISRF, "civilians", style="w: party to the war as the source")
# ---- Yemen
q("w50", "2024-06-13", "A missile struck a Liberian-flagged tanker in the Red Sea on Wednesday, setting it on fire, the UKMTO agency said. Yahya Saree, military spokesman of Ansar Allah, said the group had targeted the vessel.",
  "explosion", "Shelling/artillery/missile attack", "Houthis", ["civilians", None], style="w: Ansar Allah spokesman")
q("w51", "2024-03-17", "Fighters of the Southern Transitional Council clashed with al Qaeda militants in Abyan's Mudiyah district on Saturday, leaving four STC fighters dead, a local official said.",
  "battle", "Armed clash", "Southern Transitional Council", "al-Qaeda in the Arabian Peninsula", mutual=True, style="w: STC vs al Qaeda militants in Yemen")
q("w52", "2024-05-08", "Four soldiers of the Security Belt forces were killed when a drone dropped explosives on their post in Shabwa on Tuesday. Al Qaeda in the Arabian Peninsula claimed the attack in a statement.",
  "explosion", "Air/drone strike", "al-Qaeda in the Arabian Peninsula", "Southern Transitional Council", style="w: AQAP claim next")
# ---- Syria, Iraq
q("w53", "2025-03-07", "Fighters loyal to the ousted government of Bashar al-Assad ambushed a patrol of the General Security service near Jableh on Thursday, killing 13 of its members, the interior ministry said.",
  "battle", "Armed clash", ["Assad loyalists", "Former regime loyalists", "militants (unidentified)", "unknown"], "Syrian government forces", style="w: loyal to the ousted government")
q("w54", "2023-05-16", "Fighters of the Hamza Division, a Turkish-backed faction, shot dead two Kurdish farmers near Afrin on Monday, the Syrian Observatory for Human Rights said.",
  "attack_on_civilians", "Attack", "Turkish-backed Syrian rebels", "civilians", style="w: Hamza Division")
q("w55", "2024-12-15", "The Sultan Murad Division attacked SDF positions south of Manbij on Saturday, the Kurdish-led force said, adding that it had killed seven of the attackers.",
  "battle", "Armed clash", "Turkish-backed Syrian rebels", "Syrian Democratic Forces", style="w: Sultan Murad Division")
q("w56", "2024-02-05", "The Islamic Resistance in Iraq, an umbrella of Iran-backed militias, said it had launched drones at a US base in eastern Syria on Sunday.",
  "explosion", "Air/drone strike", ["Islamic Resistance in Iraq", "Popular Mobilization Forces"], "US forces", style="w: Islamic Resistance in Iraq")
q("w57", "2023-12-20", "Two members of the Popular Mobilisation Forces were killed when Islamic State militants attacked their checkpoint in the Tarmiyah area north of Baghdad on Tuesday, security sources said.",
  "battle", "Armed clash", "Islamic State", "Popular Mobilization Forces", style="w: when X attacked, victims first")
# ---- Afghanistan, Pakistan, India
q("w58", "2024-12-12", "A suicide bomber blew himself up inside the ministry of refugees in Kabul on Wednesday, killing the Taliban minister Khalil Haqqani and several others, officials said. The Islamic State's Khorasan branch claimed the bombing.",
  "explosion", "Suicide bomb", ["Islamic State", "Islamic State Khorasan"], ["Taliban", "civilians"], style="w: branch claimed next")
q("w59", "2024-12-22", "PESHAWAR - Militants the army calls khawarij attacked a checkpost in South Waziristan on Saturday, killing 16 soldiers, the military's media wing said. The Pakistani Taliban said they had carried out the attack.",
  "battle", "Armed clash", "Tehrik-i-Taliban Pakistan", "Pakistani security forces", style="w: militants the army calls")
q("w60", "2025-03-17", "QUETTA - A suicide bomber of the BLA's Majeed Brigade rammed an explosives-laden car into a paramilitary convoy near Noshki on Sunday, killing five Frontier Corps soldiers, officials said.",
  "explosion", "Suicide bomb", ["Baloch Liberation Army", "Baloch separatists"], "Pakistani security forces", style="w: bomber of BLA's brigade")
q("w61", "2024-12-29", "Afghan Taliban forces and Pakistani troops exchanged fire across the border near Kurram on Saturday, killing one Pakistani soldier and two Afghan fighters, officials on both sides said.",
  "battle", "Armed clash", "Taliban", "Pakistani security forces", mutual=True, style="w: exchanged fire, mutual")
q("w62", "2025-01-17", "RAIPUR - Twelve suspected Naxalites were killed in an encounter with a joint team of the District Reserve Guard and the CRPF in the forests of Bijapur district on Thursday, police said.",
  "battle", "Armed clash", "Indian security forces", "Maoists", style="w: killed in an encounter with")
q("w63", "2023-12-22", "JAMMU - Militants ambushed two army vehicles in Poonch district on Thursday, killing four soldiers. The People's Anti-Fascist Front, which police say is a front for Jaish-e-Mohammed, claimed the ambush.",
  "battle", "Armed clash", "Jaish-e-Mohammed", "Indian security forces", style="w: PAFF claim next")
q("w64", "2024-11-12", "IMPHAL - Armed men attacked a Kuki village in Jiribam district on Monday, killing a woman and burning several houses, tribal groups said. Police said the attackers were Meitei militants.",
  "attack_on_civilians", "Attack", ["Meitei militants", "Arambai Tenggol", "militants (unidentified)"], "civilians", style="w: attackers were X next sentence")
# ---- the Americas, Haiti, Cameroon
q("w65", "2024-09-23", "CULIACAN - Gunmen killed five men and left their bodies on a road outside Culiacan on Sunday, prosecutors said. The state prosecutor said the killings were the work of Los Chapitos, the faction of the Sinaloa Cartel led by El Chapo's sons.",
  "attack_on_civilians", "Attack", "Sinaloa Cartel", "civilians", style="w: the work of X next sentence")
q("w66", "2024-06-04", "MORELIA - Drones dropped explosives on a police convoy in Aguililla, Michoacan, on Monday, wounding four officers, the state security ministry said, blaming the CJNG.",
  "explosion", "Air/drone strike", "Jalisco New Generation Cartel", "Mexican security forces", style="w: blaming acronym in participle")
q("w67", "2025-01-18", "Clashes between the ELN and FARC dissidents of the 33rd Front in Tibu, Norte de Santander, have killed at least 20 people since Thursday, the regional governor said.",
  "battle", "Armed clash", "ELN", "FARC dissidents", mutual=True, style="w: clashes between, Catatumbo")
q("w68", "2024-08-30", "Two police officers were shot dead while patrolling in Apartado on Thursday, police said. The police director blamed the Gulf Clan, which he said had put a bounty on officers.",
  ["attack_on_civilians", "battle"], ["Attack", "Armed clash"], "Clan del Golfo", "Colombian security forces", style="w: passive, blamed next")
q("w69", "2024-10-04", "PORT-AU-PRINCE - Members of the Gran Grif gang killed at least 70 people, including women and babies, in an attack on the town of Pont-Sonde on Thursday, the UN said.",
  "attack_on_civilians", "Attack", ["Gran Grif", "Viv Ansanm"], "civilians", style="w: Gran Grif gang")
q("w70", "2024-11-20", "Haitian police and residents killed 28 suspected gang members who tried to storm the Petion-Ville district on Tuesday, police said.",
  "battle", "Armed clash", "Haitian security forces", ["Viv Ansanm", "unknown", "militants (unidentified)"], style="w: police and residents killed gang members")
q("w71", "2024-09-12", "BAMENDA - Separatist fighters known as 'Amba boys' abducted 12 students from a secondary school in Bamenda on Tuesday, the regional governor said.",
  ABD, ["Abduction/forced disappearance", "Attack"], "Anglophone separatists", "civilians", style="w: fighters known as Amba boys")
q("w72", "2024-02-02", "Residents accused soldiers and VDP militiamen of killing at least 30 people in a village near Solenzo in western Burkina Faso on Thursday.",
  "attack_on_civilians", "Attack", ["Burkinabe security forces", "Volunteers for the Defence of the Homeland"], "civilians", style="w: residents accused X of killing")

# ---- round 5, fresh (w73-w88, written 2026-12-06 after the first fixes of round 5 and before the
# extractor was run on them; not tuned on): the honest figure of those fixes.
q("w73", "2024-03-18", "NIAMEY - Suspected jihadists on motorbikes raided a weekly market in the Banibangou area of the Tillaberi region on Sunday, killing at least 20 traders and villagers, a local elected official said. The Islamic State's Sahel affiliate is active in the area.",
  "attack_on_civilians", "Attack", UNID + ["Islamic State"], "civilians", style="w-fresh: suspected jihadists, group as background")
q("w74", "2024-05-08", "The Burkinabe army said on Tuesday its air force had destroyed a convoy of terrorists near Djibo, killing dozens of fighters.",
  "explosion", "Air/drone strike", "Burkinabe security forces", UNID + ["JNIM", "unknown"], style="w-fresh: army said its air force")
q("w75", "2024-06-15", "At least 11 patients were killed when shells hit the Saudi hospital in El Fasher on Friday, the health ministry said, blaming the paramilitary RSF, which has besieged the city for months.",
  "explosion", "Shelling/artillery/missile attack", RSF, "civilians", style="w-fresh: blaming participle")
q("w76", "2024-02-22", "A roadside bomb ripped through a minibus carrying wedding guests near Afgoye on Wednesday, killing seven people, police said. No group claimed the blast, but al-Shabaab often uses such devices.",
  "explosion", "Remote explosive/landmine/IED", ["unknown", "militants (unidentified)"], "civilians", style="w-fresh: no claim, group as habit")
q("w77", "2024-02-12", "M23 rebels shelled positions of the Congolese army and its Burundian allies around Sake on Monday, a military source said.",
  "explosion", "Shelling/artillery/missile attack", "M23", ["Congolese security forces", "Burundian security forces"], style="w-fresh: shelled positions of")
q("w78", "2024-03-02", "Resistance fighters said on Saturday they had shot down a military helicopter in Kayah state, killing its two pilots. The Karenni Nationalities Defense Force said its fighters had used a heavy machine gun.",
  "battle", "Armed clash", "Karenni Nationalities Defense Force", MYA, style="w-fresh: shot down, group next sentence")
q("w79", "2024-09-12", "Ukraine's military said on Thursday it had struck a Russian ammunition depot in occupied Crimea with long-range drones.",
  "explosion", "Air/drone strike", "Ukrainian security forces", "Russian security forces", style="w-fresh: military said it struck")
q("w80", "2025-01-26", "Palestinian medics said Israeli gunfire killed four people as they tried to return to their homes in northern Gaza on Saturday. The Israeli military said troops had fired at suspects who approached them.",
  "attack_on_civilians", "Attack", ISRF, "civilians", style="w-fresh: Israeli gunfire")
q("w81", "2024-10-01", "A drone strike on a car in the southern Lebanese town of Bint Jbeil killed two men on Tuesday, state media said. The Israeli army said it had killed a Hezbollah operative.",
  "explosion", "Air/drone strike", ISRF, ["Hezbollah", "civilians"], style="w-fresh: army said it killed")
q("w82", "2024-08-05", "Houthi fighters shelled residential areas of Taiz on Sunday, killing a woman and her two children, local officials said.",
  "explosion", "Shelling/artillery/missile attack", "Houthis", "civilians", style="w-fresh: Houthi shelling")
q("w83", "2024-10-22", "Gunmen opened fire on a polio vaccination team in Bajaur district on Monday, killing a policeman guarding the workers, police said. The Pakistani Taliban denied involvement.",
  ["battle", "attack_on_civilians"], ["Armed clash", "Attack"], ["militants (unidentified)", "unknown"], ["Pakistani security forces", "civilians"], style="w-fresh: gunmen, group denied")
q("w84", "2024-06-22", "Security forces killed three militants in a gunfight in Kupwara district on Friday, the army said, adding that the men had tried to cross the Line of Control.",
  "battle", "Armed clash", "Indian security forces", ["militants (unidentified)", "unknown"], style="w-fresh: security forces, country from place")
q("w85", "2024-07-15", "Police found the bodies of 11 men in a ravine near Chilpancingo on Sunday. State prosecutors said the men had been kidnapped by Los Ardillos, a gang fighting rivals for control of the region.",
  "attack_on_civilians", ["Attack", "Abduction/forced disappearance"], "Los Ardillos", "civilians", style="w-fresh: passive agent next sentence")
q("w86", "2024-05-22", "Dissidents of the former FARC guerrilla attacked a police station in Suarez, Cauca, with explosives and rifles on Tuesday, wounding three officers, the police said.",
  ["battle", "explosion"], ["Armed clash", "Remote explosive/landmine/IED"], "FARC dissidents", "Colombian security forces", style="w-fresh: dissidents of the former FARC")
q("w87", "2024-08-12", "Fano fighters ambushed a convoy of federal troops near Bahir Dar on Sunday, killing at least 10 soldiers, residents said.",
  "battle", "Armed clash", "Fano", "Ethiopian security forces", style="w-fresh: federal troops")
q("w88", "2024-09-30", "KUMBA, Cameroon - Soldiers killed a local chief and his son in a village near Kumba on Saturday, accusing them of sheltering separatist fighters, relatives said. The army denied the account.",
  "attack_on_civilians", "Attack", "Cameroonian security forces", "civilians", style="w-fresh: soldiers killed a chief")

# ---- round 5, second fresh batch (w89-w98, written 2026-12-06 after all of round 5's fixes and
# before the extractor was run on them; not tuned on).
q("w89", "2024-04-03", "BAMAKO - Jihadists ambushed a convoy of fuel tankers escorted by Malian soldiers near Kayes on Tuesday, burning several trucks and killing four drivers, a transport union said. JNIM has blockaded roads into the capital for weeks.",
  "attack_on_civilians", "Attack", JNIM + UNID, "civilians", style="w-fresh2: jihadists, group as background")
q("w90", "2024-10-18", "Two aid workers were shot dead in Nyala on Thursday by men in RSF uniforms, their organisation said, adding that the paramilitary controls the city.",
  "attack_on_civilians", "Attack", RSF, "civilians", style="w-fresh2: men in uniforms of")
q("w91", "2024-07-02", "The Ugandan army said its fighter jets had bombed ADF camps in eastern Congo's Ituri province on Monday, killing several rebel commanders.",
  "explosion", "Air/drone strike", "Ugandan security forces", "ADF", style="w-fresh2: army said its jets bombed")
q("w92", "2024-05-27", "Tuareg rebels and Malian troops clashed near Kidal on Sunday, each side saying it had inflicted heavy losses on the other.",
  "battle", "Armed clash", ["Azawad Liberation Front", "Coordination of Azawad Movements", "Strategic Framework for the Defense of the People of Azawad"], "Malian security forces", mutual=True, style="w-fresh2: rebels and troops clashed")
q("w93", "2024-11-11", "A grenade thrown at a bar in Goma on Saturday night wounded 11 people, police said. The city's mayor blamed 'infiltrators of the M23'.",
  "explosion", "Grenade", "M23", "civilians", style="w-fresh2: mayor blamed infiltrators of")
q("w94", "2024-03-19", "Israeli settlers backed by soldiers attacked farmers harvesting olives near the village of Burin on Monday, wounding three, the Palestinian Red Crescent said.",
  "attack_on_civilians", "Attack", "Israeli settlers", "civilians", style="w-fresh2: settlers backed by soldiers")
q("w95", "2024-06-06", "KYIV - Russian forces shelled the town of Kurakhove in the Donetsk region overnight, killing two residents and damaging a school, the regional governor said.",
  "explosion", "Shelling/artillery/missile attack", "Russian security forces", "civilians", style="w-fresh2: Russian forces shelled")
q("w96", "2024-09-24", "Gunmen on motorcycles killed 11 farmers in a village in Katsina state on Monday, police said. Residents said the attackers were bandits loyal to a warlord who had demanded protection money.",
  "attack_on_civilians", "Attack", ["bandits", "militants (unidentified)"], "civilians", style="w-fresh2: attackers were bandits next sentence")
q("w97", "2024-08-20", "Pakistani security forces killed six militants of the Indian-backed Fitna al-Khawarij in a raid in Khyber district on Monday, the military's media wing said.",
  "battle", "Armed clash", "Pakistani security forces", "Tehrik-i-Taliban Pakistan", style="w-fresh2: militants of the X-backed group")
q("w98", "2024-12-02", "Colombian troops and police killed a commander of the Clan del Golfo in a raid in Antioquia on Sunday, the defence ministry said.",
  "battle", "Armed clash", "Colombian security forces", "Clan del Golfo", style="w-fresh2: troops and police killed a commander of")

with open("docs.jsonl", "w") as f:
    for e in P:
        f.write(json.dumps({"id": e["id"], "text": e["text"], "published": e["published"]}) + "\n")
with open("expect.jsonl", "w") as f:
    for e in P:
        f.write(json.dumps({k: v for k, v in e.items() if k not in ("text", "published")}) + "\n")
print(len(P))
