package extract

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/actors"
	"github.com/sitrep/sitrep/gazetteer"
	"github.com/sitrep/sitrep/timex"
)

// build turns an incident into an event record.
func (x *Extractor) build(a *analysis, in *incident) (sitrep.Event, bool) {
	doc := a.doc
	ev := sitrep.Event{Record: "event", Doc: doc.ID, FieldEvidence: map[string]sitrep.Evidence{}}

	// what happened
	best := x.incidentTrigger(in)
	cls := x.lex.classes["kill"]
	borrowedKind := false // the kind is the attack's told just before
	if best != nil && in.another && in.borrowed != nil {
		cls = in.borrowed.class
		ev.FieldEvidence["event_type"] = doc.Evidence(wordsSpan(best.s, best.i, best.i+best.n))
		ev.Notes = append(ev.Notes, "event_type: another of the kind the report tells just before")
	} else if best != nil && onlyAbducted(in) && best.s.sideNamedBy(wordsSpan(best.s, best.i, best.i+best.n)) {
		// "Abu Sayyaf gunmen seized four fishermen": the only word of
		// an attack is the doers' own name; what they did is take people
		cls = x.lex.classes["abduct"]
		ev.FieldEvidence["event_type"] = doc.Evidence(wordsSpan(best.s, best.i, best.i+best.n))
		ev.Notes = append(ev.Notes, "event_type: only people taken are told; the attack word names the takers")
	} else if best != nil {
		cls = best.class
		ev.FieldEvidence["event_type"] = doc.Evidence(wordsSpan(best.s, best.i, best.i+best.n))
	} else if c, ok := x.lex.classes["clash"]; ok && (in.frames[0].s.hasMarker("pursuit") || in.frames[0].s.hasMarker("search")) && in.frames[0].separate {
		// "troops searching the area came under fire from a compound and
		// killed three militants": the pursuit of the doers is a fight,
		// not more of the blast told before
		cls = c
		ev.Notes = append(ev.Notes, "event_type: the pursuit of the doers of an act told before, a fight of its own")
	} else if in.borrowed != nil && in.borrowed.class.name != "gain" && in.borrowed.class.name != "arrest" {
		cls = in.borrowed.class
		borrowedKind = true
		ev.FieldEvidence["event_type"] = doc.Evidence(wordsSpan(in.borrowed.s, in.borrowed.i, in.borrowed.i+in.borrowed.n))
		ev.Notes = append(ev.Notes, "event_type: only the dead are told; the kind of the attack the report tells just before")
	} else if onlyAbducted(in) {
		// "jihadists seized 12 aid workers": people taken, no word of
		// an attack and no one hurt
		cls = x.lex.classes["abduct"]
		ev.Notes = append(ev.Notes, "event_type: only people taken are told")
	} else if onlyOfKind(in, sitrep.Arrested) && stateTakes(in) {
		// "Police captured a man known as El Flaco": people arrested,
		// no word of an attack and no one hurt
		cls = x.lex.classes["arrest"]
		ev.Notes = append(ev.Notes, "event_type: only people arrested are told")
	}

	if (cls.name == "abduct" || cls.name == "destroy") && killsPeople(in) || (cls.name == "protest" || cls.name == "disperse") && killsAtProtest(a, in, best) || cls.name == "destroy" && woundsPeople(in) {
		// ("settlers set fire to homes and cars, wounding three people":
		// people hurt in a burning are attacked too)
		// "killed at least 10 people and kidnapped dozens in a raid",
		// "set fire to 200 houses and killed three men": the killing
		// makes it an attack; the abducted and the burned are told with it
		cls = x.lex.classes["attack"]
		if killsPeople(in) {
			ev.Notes = append(ev.Notes, "event_type: people were killed as well: an attack")
		} else {
			ev.Notes = append(ev.Notes, "event_type: people were wounded as well: an attack")
		}
	}

	struckThrough := false // a blow brought down that still hurt people
	if cls.name == "foiled" && best != nil && (killsPeople(in) || woundsPeople(in)) {
		// "air defences shot down a ballistic missile over the capital,
		// and falling fragments wounded two people": a blow brought down
		// that still hurt people is the blow, by the side that sent it
		if c, ok := x.lex.classes[foiledWeapon(best.s, best.i, best.n)]; ok {
			cls, struckThrough = c, true
			ev.Notes = append(ev.Notes, "event_type: the weapon brought down still hurt people: its strike")
		}
	}

	if cls.name == "arrest" && best != nil && killsPeople(in) {
		// "opened fire on worshippers, killing 11 people before being
		// arrested": the arrest that ends an attack told before it is
		// part of the attack
		if v := violenceBefore(in, best); v != nil {
			cls = v.class
			ev.FieldEvidence["event_type"] = doc.Evidence(wordsSpan(v.s, v.i, v.i+v.n))
			ev.Notes = append(ev.Notes, "event_type: the arrest ends the violence told before it")
		} else if c := killingBefore(in, best); c != nil {
			// "A mob beat and burned to death a man ..., police said,
			// adding that two suspects had been arrested": a killing told
			// by its verb alone before the arrest is the news
			cls = x.lex.classes["kill"]
			ev.FieldEvidence["event_type"] = doc.Evidence(c.span)
			ev.Notes = append(ev.Notes, "event_type: the arrest follows the killing told before it")
		}
	}

	riotArrests := false // the arrests were made over a riot (riotAfter)
	if cls.name == "arrest" && best != nil {
		// "Police arrested 35 people after demonstrators threw stones at
		// officers": arrests made over a riot told after them are the
		// riot's end; the riot is the news
		if v := riotAfter(a, best); v != nil {
			cls, riotArrests = v.class, true
			ev.FieldEvidence["event_type"] = doc.Evidence(wordsSpan(v.s, v.i, v.i+v.n))
			ev.Notes = append(ev.Notes, "event_type: the arrests were made over the riot told after them")
		}
	}

	// who did it to whom
	cands := foilersActedOn(x.roleCandidates(a, in), cls)
	if loc := x.location(a, in); loc != nil {
		for k := range cands {
			// "insurgents" read as the report's group: not a group of a
			// war far from the incident's place (Abu Sayyaf, named in a
			// report that also tells Thailand's south)
			if c := &cands[k]; c.generic != nil && !groupFitsPlace(c.actor, loc) {
				c.actor = c.generic
			}
		}
	}
	r := x.pickRoles(a, in, cands)
	if borrowedKind && r.actor1 != nil && in.borrowedFrom != nil {
		// "militants attacked an outpost with mortars ... Iraqi forces
		// launched a search operation on Monday, killing three
		// militants": the other side's act takes no kind of the attack
		// (its weapons are not theirs): a fight
		if pr := x.roles(a, in.borrowedFrom, cls); pr.actor1 != nil && !sameSide(pr.actor1, r.actor1) {
			cls = x.lex.classes["kill"]
			delete(ev.FieldEvidence, "event_type")
			for k, n := range ev.Notes {
				if strings.HasPrefix(n, "event_type: only the dead are told; the kind") {
					ev.Notes[k] = "event_type: only the dead are told, by the other side of the attack told just before: a fight"
				}
			}
		}
	}
	allies := jointActors(cands, r.actor1)
	if cls.name == "gain" && r.actor1 != nil && !isStateSide(r.actor1) {
		// "Hezbollah fighters and Syrian troops captured the town": a
		// joint capture with a state's forces is the state's, its ally
		// beside it
		for _, c := range allies {
			// (not a foreign state's troops beside a rebel group: "M23
			// rebels and Rwandan troops seized Minova" is M23's capture)
			if isStateSide(c) && (c.Country == "" || a.country == "" || c.Country == a.country) {
				allies = append(allies, r.actor1)
				r.actor1 = c
				ev.Notes = append(ev.Notes, "actor1: a joint capture with a state's forces: the state's side first")
				break
			}
		}
	}
	if r.actor2 != nil && slices.ContainsFunc(allies, func(c *actors.Actor) bool { return sameSide(c, r.actor2) }) {
		r.actor2, r.span2 = nil, sitrep.Span{} // a partner in the act is not the side acted on
	}
	// "Eleven Boko Haram fighters were killed in a gun battle with
	// troops", "three militants and a policeman were killed in an
	// encounter": a fight no side is told to have started, the armed group
	// told only by its dead; coders put the state's side first (a side told
	// as the subject, "TPLF fighters clashed with troops", or named first
	// in "clashes between A and B", stays). The order is the record's
	// only: which side's words are a claim about the other's dead is read
	// with the sides as told.
	if cls.name == "clash" && r.actor1 != nil && r.actor2 == nil && isArmedGroup(r.actor1) && toldByItsDead(cands, r.actor1) && mutualFight(in) {
		// "three Maoists were killed in an encounter, police said": a
		// fight whose one side is told only by its dead, the other by no
		// name, is with the state's forces whose police or army tell it
		if sp, span := x.speakerSide(a, in, true); sp != nil && isStateSide(sp) {
			r.actor2, r.span2 = sp, span
			ev.Notes = append(ev.Notes, "actor2: a group's dead in a fight with no other side named, told by the state's forces: they fought it")
		}
	}
	stateFirst := cls.name == "clash" && r.actor1 != nil && r.actor2 != nil && !isStateSide(r.actor1) && r.actor1.Name != "civilians" &&
		isStateSide(r.actor2) && toldByItsDead(cands, r.actor1) && mutualFight(in)
	if r.actor1 == nil && in.summaryOf != nil && !noClaim(in) && !denialAfter(a, in) {
		// (not to an act the report says nobody claimed: "No group
		// claimed the second blast")
		if pr := x.roles(a, in.summaryOf, cls); pr.actor1 != nil {
			r.actor1, r.span1 = pr.actor1, pr.span1
			ev.Notes = append(ev.Notes, "actor1: the side of the sentence that sums up this incident with others")
		}
	}
	if r.actor1 == nil && in.borrowedFrom != nil && (best == nil || in.another) {
		if pr := x.roles(a, in.borrowedFrom, cls); pr.actor1 != nil {
			r.actor1, r.span1 = pr.actor1, pr.span1
			ev.Notes = append(ev.Notes, "actor1: the side of the attack the report tells just before")
		}
	}

	// a place taken back ("recaptured", "liberated", "freed") is taken by
	// the state's side: an armed group read as its taker is the loser
	if cls.name == "gain" && best != nil && takesBack(in) {
		switch {
		case r.actor1 != nil && isArmedGroup(r.actor1) && (r.actor2 == nil || isStateSide(r.actor2)) && !x.subjectOfGain(in, r.span1):
			r.actor1, r.actor2, r.span1, r.span2 = r.actor2, r.actor1, r.span2, r.span1
		}
		if r.actor1 == nil {
			if st := a.dominantState(x); st != nil {
				r.actor1 = st
				ev.Notes = append(ev.Notes, "actor1: not named for this capture; the state's side the report names most")
			}
		}
	}

	// resolve the type with the sides known
	ev.EventType, ev.SubEventType = cls.eventType, cls.subType
	switch cls.name {
	case "gain":
		if r.actor1 != nil && !isStateSide(r.actor1) && (isArmedGroup(r.actor1) || r.actor1.Kind == "unidentified") {
			ev.SubEventType = "Non-state actor overtakes territory"
		} else if r.actor1 == nil && r.actor2 != nil && isStateSide(r.actor2) {
			ev.SubEventType = "Non-state actor overtakes territory"
		}
	case "clash", "assault", "attack", "kill":
		switch {
		case cls.name == "attack" && best != nil && best.s.nounUse(best.i, best.trigger) && (best.s.words[best.i].low == "strike" || best.s.words[best.i].low == "strikes") && r.actor1 != nil && isStateSide(r.actor1) && !fightingTold(in):
			// "the military killed a commander in a strike on a car": a
			// state's strike, no weapon told, is from the air, as coders
			// write it
			ev.EventType, ev.SubEventType = "Explosions/Remote violence", "Air/drone strike"
			ev.Notes = append(ev.Notes, "sub_event_type: a state's strike with no weapon told: from the air")
		case protestClash(in) && !isArmedGroup(r.actor1) && !isArmedGroup(r.actor2) && protestState(in, r) != nil:
			// "protesters clashed with police", "clashes between police
			// and demonstrators": a violent demonstration (ACLED's Riots),
			// no battle; the demonstrators first, the state's side second
			state := protestState(in, r)
			ev.EventType, ev.SubEventType = "Riots", "Violent demonstration"
			if rioters := x.actors.Lookup("rioters"); rioters != nil {
				r.actor1, r.actor2 = rioters, state
				r.span1, r.span2 = sitrep.Span{}, sitrep.Span{}
			}
		case !fightingTold(in) && protestHurt(in) && r.actor1 != nil && isStateSide(r.actor1):
			// "troops shot dead 58 people during mass protests": a
			// state's force against protesters (ACLED's Protests type)
			ev.EventType, ev.SubEventType = "Protests", "Excessive force against protesters"
			if r.actor2 == nil {
				r.actor2 = x.actors.Lookup("civilians")
			}
		case !fightingTold(in) && (x.onlyCivilianVictims(a.text, in) || x.oneSidedOnPeople(a, in, r) || protestHurt(in)):
			ev.EventType, ev.SubEventType = "Violence against civilians", "Attack"
		case !fightingTold(in) && !incidentHasCounts(in) && (civilianPlaceHit(in, best) || cls.name == "assault" && r.actor2 == nil && civilianPropertyBurnt(best)) && (r.actor1 == nil || !isStateSide(r.actor1)) && (r.actor2 == nil || r.actor2.Name == "civilians"):
			// "gunmen attacked a village", no one told hurt: an armed
			// group's attack on a place of civilians
			ev.EventType, ev.SubEventType = "Violence against civilians", "Attack"
			if r.actor2 == nil {
				r.actor2 = x.actors.Lookup("civilians")
			}
		}
	}
	switch cls.name {
	case "protest", "disperse":
		// people gathered to protest are the first side ("Thousands
		// marched through Khartoum"); a state's force that broke them up
		// the second ("police fired tear gas at protesters")
		var state *actors.Actor
		for _, c := range []*actors.Actor{r.actor1, r.actor2} {
			if c != nil && isStateSide(c) && state == nil {
				state = c
			}
		}
		crowd := x.actors.Lookup("protesters")
		if crowd == nil {
			crowd = x.actors.Lookup("civilians") // (a dictionary without the entry)
		}
		r.actor1, r.actor2, r.span1, r.span2 = crowd, nil, sitrep.Span{}, sitrep.Span{}
		if cls.name == "disperse" {
			r.actor2 = state
		}
	}
	// a crowd that kills, beats or burns ("Protesters set fire to a police
	// station and beat 13 policemen to death", "A mob beat to death a man
	// accused of theft"): a riot, the rioters first
	switch cls.name {
	case "clash", "assault", "attack", "kill", "destroy", "execute", "riot", "none", "":
		sub, ok := x.crowdActs(in)
		if !ok && cls.name == "riot" {
			sub, ok = ev.SubEventType, true // ("youths threw stones at the convoy": the throwers are the crowd)
		}
		if ok && riotArrests && r.actor1 != nil && isStateSide(r.actor1) {
			r.actor1, r.actor2, r.span1, r.span2 = nil, r.actor1, sitrep.Span{}, r.span1 // the force that made the arrests faced the riot
		}
		if ok && (r.actor1 == nil || !isStateSide(r.actor1) && !isArmedGroup(r.actor1)) {
			if rioters := x.actors.Lookup("rioters"); rioters != nil {
				ev.EventType, ev.SubEventType = "Riots", sub
				if r.actor2 == nil || r.actor2.Name == "civilians" && r.actor1 != nil && r.actor1.Name != "civilians" {
					r.actor2 = x.actors.Lookup("civilians")
				}
				r.actor1, r.span1 = rioters, sitrep.Span{}
				if r.actor2 != nil && r.actor2.Name == "rioters" {
					r.actor2 = x.actors.Lookup("civilians")
				}
				ev.Notes = append(ev.Notes, "type: a crowd's violence ("+sub+")")
			}
		}
	}
	if r.actor1 == nil {
		// "heavy clashes broke out between both parties": the two sides
		// the report named just before (or, when it names them only
		// after, just after), in the order the report first names them
		if a1, a2, sp1, sp2, ok := x.reciprocalAntecedents(a, in); ok {
			r.actor1, r.actor2, r.span1, r.span2 = a1, a2, sp1, sp2
			ev.Notes = append(ev.Notes, "actors: \"both sides\" told the fight; the two sides named around it")
		}
	}
	// a fight or arrests whose actor the words do not name, told by the
	// spokesman of a side other than the one fought: that side ("the
	// operation aims to tighten the siege of IS," a Hashd spokesman said;
	// "35 people were arrested, according to Kurdish security sources")
	// ("12 guerrillas were killed in a bombing raid, the army said": a
	// strike from the air or by guns on an armed group, told by a side)
	if r.actor1 == nil && (r.actor2 != nil && (cls.name == "clash" || cls.name == "assault" || cls.name == "gain" || (means(cls.name) == "air" || means(cls.name) == "shelling") && isArmedGroup(r.actor2)) || cls.name == "arrest") {
		// (a state's forces named only by a common noun, "the army
		// said", tell their own strikes from the air or by guns on the
		// group they fight, and "a police spokesman said" the arrests
		// made; their "police said" of a clash is a report, not a part
		// in it)
		own := means(cls.name) == "air" || means(cls.name) == "shelling" || cls.name == "arrest"
		if sp, span := x.speakerSide(a, in, own); sp != nil && (r.actor2 == nil || !sameSide(sp, r.actor2)) && sp.Name != "civilians" {
			r.actor1, r.span1 = sp, span
			ev.Notes = append(ev.Notes, "actor1: not named as acting; the side whose spokesman tells of it")
		}
	}
	if r.actor1 == nil && cls.name == "arrest" && x.actors != nil && best != nil && passiveArrest(best.s, best.i) {
		// "three members of the CPI (Maoist) were arrested in Bijapur":
		// arrests no side is told to have made are the state's, made by
		// its police, as coders write them (not arrests told with a
		// subject the dictionary does not know: "the factions of the
		// operation arrested a woman")
		if country := incidentCountry(a, in); country != "" {
			if p := x.actors.Generic("police", country); p != nil && isStateSide(p) && (r.actor2 == nil || !sameSide(p, r.actor2)) {
				r.actor1 = p
				ev.Notes = append(ev.Notes, "actor1: arrests no side is told to have made: the state's police")
			}
		}
	}
	if r.actor2 == nil && (r.actor1 != nil || means(cls.name) == "explosive" || means(cls.name) == "air") && cls.name != "gain" && cls.name != "arrest" && family(cls.name) == "violence" && !fightingTold(in) && onlyPeopleHurt(in) {
		// "At least 20 Palestinians were killed when aircraft struck
		// homes": people hurt by one side's act, named by no side of
		// their own, are civilians, as coders write them; so are the
		// people a bomb hurt, whoever set it ("the death toll from
		// Saturday's suicide bombing at a market has risen to 27")
		r.actor2 = x.actors.Lookup("civilians")
		ev.Notes = append(ev.Notes, "actor2: the people hurt are named as no armed side's")
	}
	if r.actor1 != nil && !isStateSide(r.actor1) && r.actor1.Name != "civilians" && (r.actor2 == nil || r.actor2.Name == "civilians") && reciprocalFight(in, r.span1) {
		// "clan militias clashed over grazing land": they fought each
		// other; the dead are theirs, not civilians
		r.actor2, r.span2 = r.actor1, r.span1
		ev.Notes = append(ev.Notes, "actor2: the side told as fighting among itself")
	}
	ev.Actor1, ev.Actor2 = "unknown", "unknown"
	if r.actor1 == nil && family(cls.name) == "violence" && (incidentHasViolence(in) || killsPeople(in)) {
		// "were killed by machete-wielding militiamen whom the army
		// identified as CODECO": doers the dictionary has no name for,
		// identified in the incident's own sentences
		if act := identifiedIn(in); act != nil && (r.actor2 == nil || !sameSide(act, r.actor2)) {
			r.actor1 = act
			ev.Notes = append(ev.Notes, "actor1: the side the report identifies the unnamed doers as")
		}
	}
	if r.actor1 == nil && cls.name != "gain" && cls.name != "arrest" && means(cls.name) != "air" && (r.actor2 == nil || isStateSide(r.actor2) || r.actor2.Name == "civilians") {
		// an attack the report pins on no one, in a report that names one
		// armed group only: that group, said so in the notes (not a
		// strike from the air: an air force the report does not name is
		// never the group the report is about; the air power table below
		// may name it)
		if g := a.actingGroup(); g != "" && (r.actor2 == nil || r.actor2.Name != g) && !noClaim(in) && !denialAfter(a, in) {
			if act := x.actors.Lookup(g); act != nil && incidentHasViolence(in) && groupFitsPlace(act, x.location(a, in)) {
				r.actor1 = act
				ev.Notes = append(ev.Notes, "actor1: not named for this incident; the armed group the report is about (the only one it names, or named three times as often as any other)")
			}
		}
	}
	if r.actor1 == nil && family(cls.name) == "violence" && cls.name != "clash" && (incidentHasViolence(in) || killsPeople(in)) && !noClaim(in) {
		// a round-up that opens on one side's acts ("Russian attacks
		// over the past day killed seven civilians"): its incidents that
		// name no side are that side's
		if side, span := x.leadSide(a); side != nil && (r.actor2 == nil || !sameSide(side, r.actor2)) {
			r.actor1, r.span1 = side, span
			ev.Notes = append(ev.Notes, "actor1: not named for this incident; the side the report's summing lead names as acting")
		}
	}
	if r.actor1 == nil && means(cls.name) == "air" && !noClaim(in) && !denialAfter(a, in) {
		// "Airstrikes on a village in Sagaing killed 20 people": in a war
		// where one side alone strikes from the air (the dictionary's "air
		// power" table), a strike no sentence pins on anyone is that
		// side's, unless it fell on that side
		// (not in a report that tells another side striking from the air:
		// "drones launched by the RSF struck Port Sudan")
		if air := x.actors.Table("air power", a.country); air != nil && (r.actor2 == nil || !sameSide(air, r.actor2)) && !a.otherAirSide(air) && !a.sideFoils(air) {
			r.actor1 = air
			ev.Notes = append(ev.Notes, "actor1: not named; the side that alone strikes from the air in this country's war (the dictionary's air power table)")
		}
	}
	if cls.name == "gain" && r.actor1 != nil && !isStateSide(r.actor1) && (isArmedGroup(r.actor1) || r.actor1.Kind == "unidentified") {
		// (a taker found only now, by its spokesman: "the SDF said they
		// had taken full control of Raqqa")
		ev.SubEventType = "Non-state actor overtakes territory"
	}
	if struckThrough && r.actor1 != nil && a.sideFoils(r.actor1) {
		// the side that brought the weapon down is the side it was sent
		// against; the sender, when named, struck
		r.actor1, r.span1 = nil, sitrep.Span{}
		if r.actor2 != nil && r.actor2.Name != "civilians" && !a.sideFoils(r.actor2) {
			r.actor1, r.span1 = r.actor2, r.span2
			r.actor2, r.span2 = nil, sitrep.Span{}
		}
		ev.Notes = append(ev.Notes, "actors: the side that brought the weapon down is not its sender")
	}
	if cls.name == "foiled" && r.actor1 != nil && r.actor2 != nil && a.sideFoils(r.actor2) && !a.sideFoils(r.actor1) {
		// "the army said it had foiled a drone attack, shooting down
		// eight drones launched by the RSF": the side that brought the
		// blow down is the actor of its foiling, the launcher the other
		r.actor1, r.actor2, r.span1, r.span2 = r.actor2, r.actor1, r.span2, r.span1
		ev.Notes = append(ev.Notes, "actors: the side that foiled the blow first, the side that sent it second")
	}
	if cls.name == "gain" && r.actor1 != nil {
		if to, span, ok := handedTo(in); ok && !sameSide(to, r.actor1) {
			// "the SDF handed control of the town to government forces":
			// the side the place was handed to took it; the side that
			// handed it over gave it up
			r.actor2, r.span2 = r.actor1, r.span1
			r.actor1, r.span1 = to, span
			ev.Notes = append(ev.Notes, "actors: the side a place was handed to first, the side that handed it over second")
		}
	}
	if cls.name == "gain" && uncontested(in) {
		// "al-Shabaab fighters took the town over without a fight"
		ev.SubEventType = "Non-violent transfer of territory"
	}
	for k, act := range []*actors.Actor{r.actor1, r.actor2} {
		if act != nil && act.Recorded != "" {
			// "Islamic State Khorasan claimed the bombing": a branch the
			// coding convention records as the group it belongs to
			ev.Notes = append(ev.Notes, fmt.Sprintf("actor%d: %s, recorded as %s", k+1, act.Name, act.Recorded))
		}
	}
	if r.actor1 != nil {
		ev.Actor1 = r.actor1.RecordName()
		ev.FieldEvidence["actor1"] = doc.Evidence(r.span1)
	}
	if r.actor2 != nil {
		ev.Actor2 = r.actor2.RecordName()
		if r.span2.End > r.span2.Start {
			ev.FieldEvidence["actor2"] = doc.Evidence(r.span2)
		}
	}
	if ev.Actor2 == "unknown" && ev.Actor1 != "unknown" && cls.name == "gain" {
		if o := x.otherSide(a, r.actor1); o != nil && !sameSide(o, r.actor1) && !slices.ContainsFunc(allies, func(c *actors.Actor) bool { return sameSide(c, o) }) {
			ev.Actor2 = o.RecordName()
			ev.Notes = append(ev.Notes, "actor2: the side the place was taken from, as the report names it elsewhere")
		}
	}

	// how many
	cas := countsAt(a, in)
	for _, c := range cas {
		if c.apart != "" {
			ev.Notes = append(ev.Notes, c.kind+": "+c.apart)
		}
	}
	if r.actor1 != nil {
		// a toll told by the side that acted, of the side it acted on
		// ("the Turkish army said its jets killed up to 200 fighters";
		// "AQIM claimed nine"), is its claim, not a count: noted, unless
		// it is the only count the report gives
		//
		// A claim about a group no other count of the report covers
		// ("the army said it killed 20 Boko Haram fighters ... Four
		// soldiers were killed in the attack") adds to the toll: the
		// other count is of other dead, not another word on the same.
		var kept, claims []*casualty
		for _, c := range cas {
			if (c.kind == sitrep.Killed || c.kind == sitrep.Wounded) && x.toldBySide(a, c, r.actor1) {
				claims = append(claims, c)
				continue
			}
			kept = append(kept, c)
		}
		if len(claims) > 0 && countsOf(kept, sitrep.Killed) {
			var claimed []string
			for _, c := range claims {
				// (an armed group's word on the dead it made is its
				// claim whatever the other counts cover: "a separatist
				// commander claimed his fighters had killed five
				// soldiers" beside one gendarme killed)
				if coveredByOthers(kept, c) || !isStateSide(r.actor1) {
					claimed = append(claimed, fmt.Sprintf("%s %s", c.count, c.kind))
				} else {
					kept = append(kept, c)
				}
			}
			if len(claimed) > 0 {
				cas = kept
				ev.Notes = append(ev.Notes, "claimed by the side that acted, not used as the toll: "+strings.Join(claimed, ", "))
			}
		}
	}
	// the headline's count of a kind the body counts for nobody but the
	// attackers themselves ("Market bombing kills 30", then only "he blew
	// himself up")
	if h := in.headline; h != nil {
		for _, kind := range []string{sitrep.Killed, sitrep.Wounded} {
			if victimsCounted(cas, kind) || slices.ContainsFunc(in.zeros, func(z zeroTold) bool { return z.kind == kind }) {
				continue // (nor when the body says none: "causing heavy damage but no casualties")
			}
			added := false
			end := headlineLeadEnd(h)
			for _, c := range h.cas {
				if c.kind == kind && !c.cumulative && !c.background && !c.reflex && c.span.Start < end {
					cas = append(cas, c)
					added = true
				}
			}
			if added {
				ev.Notes = append(ev.Notes, kind+": only the headline gives the count")
			}
		}
	}
	fromAir := ev.SubEventType == "Air/drone strike"
	ev.Killed, ev.FieldEvidence["killed"] = x.reconcile(doc, cas, sitrep.Killed, fromAir)
	ev.Wounded, ev.FieldEvidence["wounded"] = x.reconcile(doc, cas, sitrep.Wounded, fromAir)
	// "No one was hurt": a zero told fills a count the incident gives no
	// figure for
	for _, z := range in.zeros {
		switch {
		case z.kind == sitrep.Killed && ev.Killed.IsZero():
			ev.Killed, ev.FieldEvidence["killed"] = sitrep.Exact(0), doc.Evidence(z.span)
		case z.kind == sitrep.Wounded && ev.Wounded.IsZero():
			ev.Wounded, ev.FieldEvidence["wounded"] = sitrep.Exact(0), doc.Evidence(z.span)
		}
	}
	for _, k := range []string{"killed", "wounded"} {
		if e, ok := ev.FieldEvidence[k]; ok && e.Text == "" {
			delete(ev.FieldEvidence, k)
		}
	}
	if ev.Killed.Best != nil {
		ev.Fatalities = sitrep.Int(*ev.Killed.Best)
	}
	ev.Casualties = []sitrep.Casualty{}
	for _, c := range cas {
		if c.count.IsZero() {
			continue
		}
		ev.Casualties = append(ev.Casualties, sitrep.Casualty{Kind: c.kind, Group: c.group, Count: c.count,
			Text: doc.Text[c.span.Start:c.span.End], Span: c.span})
	}
	if arrested := sumKind(cas, sitrep.Arrested); arrested > 0 && cls.name == "arrest" {
		ev.Notes = append(ev.Notes, fmt.Sprintf("arrested: %d", arrested))
	}

	// where
	ev.Location = x.location(a, in)
	if in.place >= 0 {
		ev.FieldEvidence["location"] = doc.Evidence(a.places[in.place].Full)
	} else if ev.Location != nil {
		ev.Notes = append(ev.Notes, "location: the report's main place; the incident's own place is not named")
	} else if m := datelinePlace(a); m != nil {
		// "KABUL (Reuters) - A suicide bomber killed 14 people at a
		// mosque": a report that names no other place tells of where it
		// was filed; the town, no nearer
		loc := m.Location
		loc.Name = strings.TrimSpace(m.Name)
		if loc.Name == strings.ToUpper(loc.Name) {
			loc.Name = titleCase(loc.Name) // "KABUL" → "Kabul"
		}
		loc.Precision = max(loc.Precision, 2)
		ev.Location = &loc
		ev.FieldEvidence["location"] = doc.Evidence(m.Full)
		ev.Notes = append(ev.Notes, "location: the dateline's town; the report names no other place")
	}

	// a state's forces taking ground in another country ("Russian forces
	// took the village of Yablunivka in Donetsk") are, in ACLED's terms,
	// a foreign state actor overtaking territory, not a government
	// regaining its own
	if cls.name == "gain" && ev.SubEventType == "Government regains territory" && r.actor1 != nil && isStateSide(r.actor1) &&
		r.actor1.Country != "" && ev.Location != nil && ev.Location.Country != "" && ev.Location.Country != r.actor1.Country {
		ev.SubEventType = "Non-state actor overtakes territory"
		ev.Notes = append(ev.Notes, "sub_event_type: a foreign state's forces took the ground")
	}

	// places counted but not named ("two more districts were
	// recaptured"): somewhere in the place found, not at it
	if ev.Location != nil && ev.Location.Precision < 2 && cls.name == "gain" && countsPlaces(in.frames[0].s) {
		ev.Location.Precision = 2
		ev.Notes = append(ev.Notes, "location: the places taken are counted, not named; they lie in "+ev.Location.Name)
	}

	// when
	if in.date != nil {
		ev.Date = in.date.Date
		ev.DatePrecision = in.date.Precision
		if in.date.Span.End > in.date.Span.Start {
			ev.FieldEvidence["date"] = doc.Evidence(in.date.Span)
		}
		if in.date.Note != "" {
			ev.Notes = append(ev.Notes, "date: "+in.date.Note)
		}
	}

	// a day and nothing to tell its year from ("on Monday", "on Nov. 23"
	// in a report without a publication date): the date stays unknown,
	// but the words are kept as its evidence, and merging reads them
	if ev.Date.IsZero() {
		if w := dayWithoutYear(in); w != nil {
			ev.FieldEvidence["date"] = doc.Evidence(w.Span)
			ev.Notes = append(ev.Notes, "date: "+strconv.Quote(strings.TrimSpace(w.Text))+" names a day the report gives nothing to tell the year of")
		}
	}

	if stateFirst {
		ev.Actor1, ev.Actor2 = ev.Actor2, ev.Actor1
		e1, ok1 := ev.FieldEvidence["actor1"]
		e2, ok2 := ev.FieldEvidence["actor2"]
		delete(ev.FieldEvidence, "actor1")
		delete(ev.FieldEvidence, "actor2")
		if ok2 {
			ev.FieldEvidence["actor1"] = e2
		}
		if ok1 {
			ev.FieldEvidence["actor2"] = e1
		}
		ev.Notes = append(ev.Notes, "actor1: a fight no side is told to have started, one side told only by its dead: the state's side first")
	}

	// the words it rests on
	for _, f := range in.frames {
		ev.Evidence = append(ev.Evidence, doc.Evidence(f.s.span))
	}
	sort.Slice(ev.Evidence, func(i, j int) bool { return ev.Evidence[i].Start < ev.Evidence[j].Start })
	ev.Sources = []sitrep.Source{doc.Source()}
	ev.Confidence = confidence(in, best, r, ev)
	first := in.frames[0].s.span
	ev.ID = eventID(doc.ID, strconv.Itoa(first.Start), ev.SubEventType, locName(ev.Location))
	if len(ev.FieldEvidence) == 0 {
		ev.FieldEvidence = nil
	}
	return ev, true
}

// objectPrep are the prepositions that make the side after them the
// object of the act told before them ("the siege of IS", "retook the town
// from the ELN"), whatever verb follows the side.
var objectPrep = map[string]bool{"of": true, "from": true}

// subjectOfGain reports whether the words at span name the subject of a
// capture verb in the incident's sentences ("Turkish-backed rebels
// recaptured the town"): then they took it, whoever they are.
func (x *Extractor) subjectOfGain(in *incident, span sitrep.Span) bool {
	for _, f := range in.frames {
		if span.Start < f.s.span.Start || span.End > f.s.span.End {
			continue
		}
		if gainVerbAfter(f.s, span) {
			return true
		}
		// "FARC dissidents said they had retaken the village from the
		// ELN": the side telling its own taking took it
		if we := f.s.wordAt(span.End-1) + 1; x.speakerActs(f.s, we) && f.s.gainTold() {
			return true
		}
	}
	return false
}

// gainVerbAfter reports whether the words of span, in sentence s, are
// followed within three words of their clause by a verb of taking a place
// ("IS militants retook the village"): they are its subject.
func gainVerbAfter(s *sentence, span sitrep.Span) bool {
	we := s.wordAt(span.End - 1)
	from, reach := we+1, 3
	if e := s.supportEnd(we + 1); e > 0 {
		// "rebels backed by Turkey recaptured the town": the words of
		// the side's support describe it; its verb comes after them
		from, reach = e, 4
	} else if v := s.pastSupportAside(we + 1); v != we+1 {
		// "Syrian rebels, backed by Turkish artillery and drones,
		// recaptured the village": past the aside set off by commas
		from = v
	}
	for k := from; k < len(s.words) && k < from+reach; k++ {
		if s.words[k].punc || isClauseBreak(s.words[k]) {
			break
		}
		for _, t := range s.triggers {
			if t.i == k && t.class.name == "gain" && !t.noun && !t.irrealis && !s.inBackdrop(k, s.triggers) {
				// (not a taking told as what came before: "recapturing
				// the city, three years after the militants seized it")
				return true
			}
		}
	}
	return false
}

// victimsCounted reports whether some count of a kind is of people other
// than the attackers themselves.
func victimsCounted(cas []*casualty, kind string) bool {
	for _, c := range cas {
		if c.kind == kind && !c.reflex && !c.count.IsZero() {
			return true
		}
	}
	return false
}

// denialAfter reports whether a sentence the incident was not read with,
// one between its sentences or one of the two after them, denies a claim
// ("No group claimed the attack"): told in the middle of the incident's
// telling it is about the incident as much as after it. Past a later
// sentence that tells an act of its own the search stops: a doubt told
// after another act is that act's.
func denialAfter(a *analysis, in *incident) bool {
	first, last := in.frames[0].s.idx, in.last().s.idx
	for k := first + 1; k < len(a.sents) && k <= last+2; k++ {
		if k <= last && slices.ContainsFunc(in.frames, func(f *frame) bool { return f.s.idx == k }) {
			continue
		}
		if deniesClaim(a.sents[k].words) {
			return true
		}
		if k > last && bestStrong(realised(a.sents[k])) != nil {
			// ("Elsewhere, gunmen shot dead a council member ... no
			// group claimed the killing": a doubt told after another act
			// is that act's)
			break
		}
	}
	return false
}

// denialSentence reports whether span lies in a sentence of the incident
// that denies a claim ("No group claimed the attack, but ...").
func denialSentence(in *incident, span sitrep.Span) bool {
	for _, f := range in.frames {
		if f.s.span.Start <= span.Start && span.End <= f.s.span.End {
			return deniesClaim(f.s.words) && !claimsOwnAct(f)
		}
	}
	return false
}

// otherAirSide reports whether the report tells a side other than air
// striking from the air: a side named within a few words of a word of air
// power ("drones launched by the RSF", "RSF drones struck").
func (a *analysis) otherAirSide(air *actors.Actor) bool {
	for _, s := range a.sents {
		for _, t := range s.triggers {
			if means(t.class.name) != "air" {
				continue
			}
			for _, m := range s.actors {
				if m.Actor == nil || m.Generic || sameSide(m.Actor, air) || !isArmedGroup(m.Actor) && !isStateSide(m.Actor) {
					continue
				}
				// the side before the word ("RSF drones struck") or its
				// agent after it ("drones launched by the RSF"), not the
				// side the strikes fell on
				mi := s.wordAt(m.Span.Start)
				// (not a side that says what the weapon did: "an SPLM-N
				// spokesman said warplanes had hit")
				if d := mi - t.i; d >= -4 && d < 0 && !s.toldActedOnAt(mi) && s.sayVerbAfter(mi+1, t.i-mi-2) < 0 || d > 0 && d <= 6 && s.agentAt(mi) {
					return true
				}
			}
		}
	}
	return false
}

// sideFoils reports whether the report tells side foiling a blow ("the
// army said it had shot down several of the drones"): the side that
// brought the weapons down was the one they were sent against.
func (a *analysis) sideFoils(side *actors.Actor) bool {
	for _, s := range a.sents {
		for _, t := range s.triggers {
			if t.class.name != "foiled" || t.irrealis {
				continue
			}
			for _, m := range s.actors {
				if m.Actor != nil && sameSide(m.Actor, side) && s.wordAt(m.Span.Start) < t.i {
					return true
				}
			}
		}
	}
	return false
}

// agentAt reports whether the side at word i is told as the agent of a
// passive ("launched by the RSF", "carried out by the paramilitary RSF").
func (s *sentence) agentAt(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if s.words[k].low == "by" {
			return true
		}
		if s.words[k].punc {
			return false
		}
	}
	return false
}

// toldActedOnAt reports whether the side at word i follows a word that
// makes it the one acted on ("on", "against", "targeting").
func (s *sentence) toldActedOnAt(i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		switch s.words[k].low {
		case "on", "against", "targeting", "targeted", "at":
			return true
		}
	}
	return false
}

// inDenial reports whether the sentence that names span tells a denial
// ("a charge the SDF denied"): a side named there is the one that denies
// or is denied to have acted, no doer by default.
func (a *analysis) inDenial(sp sitrep.Span) bool {
	si := a.sentenceOf(sp.Start)
	if si < 0 {
		return false
	}
	ws := a.sents[si].words
	for i := range ws {
		if denies(ws, i) {
			return true
		}
	}
	return false
}

// denyWord are the verbs of a denial.
var denyWord = map[string]bool{"denied": true, "denies": true, "deny": true, "denying": true}

// denialVerb reports whether w is a verb of denial or rejection.
func denialVerb(w string) bool {
	return denyWord[w] || w == "rejected" || w == "rejects"
}

// denies reports whether word i is a verb of denial or rejection that
// no negation governs: "did not deny carrying out the strike" admits the
// act, it denies nothing.
func denies(ws []word, i int) bool {
	return denialVerb(ws[i].low) && !negatedBefore(ws, i, 2)
}

// chargeDenied reports whether the sentence holding span, an accusation,
// also tells its denial ("a charge the group denied", "which denied any
// role").
func chargeDenied(in *incident, span sitrep.Span) bool {
	for _, f := range in.frames {
		if f.s.span.Start <= span.Start && span.End <= f.s.span.End {
			for i, w := range f.s.words {
				if w.span.Start >= span.End && denies(f.s.words, i) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// deniesAfter reports whether a word of denial follows the side's words
// at sp within three words ("the rebels denied any role"): the side that
// denies, not one told acting.
func (a *analysis) deniesAfter(sp sitrep.Span) bool {
	si := a.sentenceOf(sp.Start)
	if si < 0 {
		return false
	}
	s := a.sents[si]
	n := 0
	for k := s.wordAt(sp.End-1) + 1; k > 0 && k < len(s.words) && n < 3; k++ {
		w := s.words[k]
		if w.punc {
			continue
		}
		if denies(s.words, k) {
			return true
		}
		n++
	}
	return false
}

// noClaim reports whether the incident's sentences say nobody claimed it
// ("No group claimed the bombing"): then no side is given it.
func noClaim(in *incident) bool {
	if identifiedIn(in) != nil {
		// "It did not name the group, but the monitor said the
		// attackers were Islamic State fighters": the doers named after
		// all
		return false
	}
	for _, f := range in.frames {
		if deniesClaim(f.s.words) && !claimsOwnAct(f) {
			return true
		}
	}
	return false
}

// claimsOwnAct reports whether the frame's sentence claims the very act
// the frame tells, with no word of denial before the claim ("Al-Shabaab
// claimed the checkpoint bombing, but there was no claim for the market
// attack"): the denial in the sentence is of another act.
func claimsOwnAct(f *frame) bool {
	if f.best == nil {
		return false
	}
	for _, m := range f.s.markers {
		if m.val.(string) == "claim" && m.i < f.best.i && f.best.i < m.i+m.n && !claimDenied(f.s.words, m.i) {
			return true
		}
	}
	return false
}

// deniesClaim reports whether a sentence says no one claimed an act or
// that its doer is not known: a word of denial shortly before the verb
// ("no group has claimed", "no group has so far claimed", "nobody has
// yet claimed the raid", "did not claim", "no one has taken
// responsibility"), or a word of doubt before a question of who did it
// ("it was not immediately clear who was behind the attack", "police
// did not say who carried out the shooting", "the identity of the
// attackers is unknown").
func deniesClaim(ws []word) bool {
	// "the police did not identify the attackers, but the TTP claimed
	// responsibility": a claim after "but" answers the doubt before it
	for i := 1; i+1 < len(ws); i++ {
		if ws[i].low == "but" && ws[i-1].low == "," && claimWordIn(ws[i+1:]) {
			return deniesClaim(ws[i+1:])
		}
	}
	for i, w := range ws {
		switch w.low {
		case "claim", "claimed", "claims", "claiming", "responsibility":
			if claimDenied(ws, i) {
				return true
			}
		case "who":
			if i+1 < len(ws) && whoDidIt[ws[i+1].low] && doubtBefore(ws, i) {
				return true
			}
		case "name", "identify", "named", "identified":
			// "the military did not name the group", "police have not
			// identified the attackers"
			if negatedBefore(ws, i, 3) && i+1 < len(ws) && doerAfter(ws, i+1) {
				return true
			}
		case "denied", "denies", "deny", "denying", "rejected", "rejects":
			// "the group denied involvement in the bombing": the side
			// that denies its part is no doer told ("did not deny
			// carrying out the strike" tells its part)
			if agencyAt(ws, i+1) && denies(ws, i) {
				return true
			}
		case "identity", "identities":
			for k := i + 1; k < len(ws) && k <= i+8; k++ {
				switch ws[k].low {
				case "unknown", "unclear":
					return true
				}
			}
		}
	}
	return false
}

// claimWordIn reports whether ws holds a side claiming in the active
// ("the TTP claimed responsibility"), not acts told claimed ("previous
// attacks were claimed by the TTP": other acts, in the passive).
func claimWordIn(ws []word) bool {
	for i, w := range ws {
		switch w.low {
		case "claimed", "claims":
			if i > 0 && (passiveAux[ws[i-1].low] || ws[i-1].low == "have" || ws[i-1].low == "has") {
				continue
			}
			return true
		}
	}
	return false
}

// claimDenied reports whether a word of denial stands within the five
// words before the word of claim at i ("no group has claimed", "nobody
// has yet claimed"); a verb of denial met first is what the negation
// governs ("has not denied responsibility"), and no claim is denied.
func claimDenied(ws []word, i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if denyWord[ws[k].low] {
			return false // "has not denied responsibility": the negation is of the denial
		}
		switch ws[k].low {
		case "no", "not", "nobody", "none", "yet", "never":
			return true
		}
	}
	return false
}

// negatedBefore reports whether a word of negation stands within the n
// words before word i.
func negatedBefore(ws []word, i, n int) bool {
	for k := i - 1; k >= 0 && k >= i-n; k-- {
		switch ws[k].low {
		case "not", "no", "never", "nor":
			return true
		}
	}
	return false
}

// doerAfter reports whether a word for the doers of an act stands within
// the three words from word i ("the group", "the attackers", "those
// responsible").
func doerAfter(ws []word, i int) bool {
	for k := i; k < len(ws) && k < i+3; k++ {
		switch ws[k].low {
		case "group", "groups", "attackers", "assailants", "perpetrators", "culprits", "gunmen", "militants", "responsible", "organisation", "organization", "killers", "bombers":
			return true
		}
	}
	return false
}

// whoDidIt are the words after "who" that ask who did an act ("who was
// behind", "who carried out", "who attacked").
var whoDidIt = map[string]bool{
	"was": true, "were": true, "carried": true, "is": true, "are": true, "had": true,
	"attacked": true, "killed": true, "fired": true, "planted": true, "staged": true,
	"launched": true, "committed": true, "perpetrated": true, "opened": true,
}

// doubtBefore reports whether a word of doubt stands within the five
// words before word i ("not clear", "unclear", "unknown", "did not say",
// "no indication of").
func doubtBefore(ws []word, i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		switch ws[k].low {
		case "unclear", "unknown", "clear", "known", "say", "said", "indication", "identify", "identified", "establish", "established":
			for j := k - 1; j >= 0 && j >= k-3; j-- {
				switch ws[j].low {
				case "not", "no", "nor", "never":
					return true
				}
			}
			if ws[k].low == "unclear" || ws[k].low == "unknown" {
				return true
			}
		}
	}
	return false
}

// incidentHasViolence reports whether an incident was told with a
// trigger of attack or explosion (not only counts of dead).
func incidentHasViolence(in *incident) bool {
	for _, f := range in.frames {
		for _, t := range f.trigs {
			switch t.class.name {
			case "suicide", "air", "shelling", "ied", "grenade", "blast", "clash", "assault", "attack", "execute", "abduct", "chemical":
				return true
			}
		}
	}
	return false
}

func locName(l *sitrep.Location) string {
	if l == nil {
		return ""
	}
	return l.Name
}

// triggerAt is a trigger with the sentence it was found in.
type triggerAt struct {
	trigHit
	s *sentence
}

// incidentTrigger is the trigger that types an incident. The first
// sentence that tells the incident plainly (not with campaign words only)
// sets what kind of thing happened (violence, a capture, arrests, ...) and
// its trigger; a later sentence can only tell more precisely how violence
// was done — the means (a car bomb, an air strike, shelling) of an attack
// the first sentence names in general words ("attack", "ambush", "raid") —
// or by a stronger word of the same means ("blast" then "suicide
// bomber"). So a joined toll, aftermath or comment ("the massacre of 13
// officers", "forces recaptured the base") does not retype the incident.
// Battle words in the first sentence ("fighting erupted", "clashes")
// keep it a battle whatever explosions are told later: they were part of
// the fighting.
func (x *Extractor) incidentTrigger(in *incident) *triggerAt {
	var lead *triggerAt
	for _, f := range in.frames {
		// a relative clause describes a noun ("the town, which was
		// seized by the rebels last month"), not the sentence's event
		t := bestStrong(outsideBackdrop(f.s, outsideRelatives(f.s, f.trigs)))
		if t == nil {
			t = bestStrong(outsideRelatives(f.s, f.trigs))
		}
		if t == nil {
			t = bestStrong(f.trigs)
		}
		if t == nil {
			t = countedFighting(f)
		}
		if arr := f.s.arrestOverItsReason(outsideRelatives(f.s, f.trigs), t); arr != nil {
			t = arr // "arrested two facilitators of the bomber": the arrest, not the bombing
		}
		if t != nil {
			lead = &triggerAt{trigHit: *t, s: f.s}
			break
		}
	}
	if lead != nil && lead.class.name == "arrest" {
		// "police fired tear gas to break up the march and arrested 15
		// people", "demonstrators looted shops ..., and 40 people were
		// arrested": arrests told with the force used on a protest, or
		// with a crowd's violence, are the intervention in it, as
		// coders code them
		for _, f := range in.frames {
			if f.s != lead.s {
				continue
			}
			for _, t := range f.trigs {
				if !t.irrealis && !t.weak && (t.class.name == "disperse" || f.s.hasMarker("protest") && t.class.name == "destroy") &&
					(lead.class.name == "arrest" || t.class.priority > lead.class.priority) {
					lead = &triggerAt{trigHit: t, s: f.s}
				}
			}
		}
	}
	if lead != nil && (lead.class.name == "arrest" || lead.class.name == "abduct") {
		// "gunmen rounded up 14 villagers and shot them": of a subject's
		// coordinated acts the violence done to the people taken is the
		// incident, not their taking
		if t := coordinatedViolence(lead.s, lead.trigHit); t != nil {
			lead = &triggerAt{trigHit: *t, s: lead.s}
		}
	}
	if lead == nil {
		// campaign words only: the strongest of them
		for _, f := range in.frames {
			for _, t := range f.trigs {
				if lead == nil || t.class.priority > lead.class.priority {
					lead = &triggerAt{trigHit: t, s: f.s}
				}
			}
		}
		return lead
	}
	if family(lead.class.name) != "violence" || lead.class.name == "clash" {
		return lead
	}
	// a first sentence that tells fighting and no other act ("fighting
	// erupted in the city"), or an assault and the fighting it began
	// ("militants attacked a police compound and fighting is under
	// way"), makes the incident a battle, whatever weapons the report
	// names in it after (air strikes, a suicide attack on a position): as
	// coders code a bombing that is one move of a fight
	first := in.frames[0]
	if lead.s != first.s || means(lead.class.name) == "ground" || lead.class.name == "attack" {
		for _, t := range first.trigs {
			if t.class.name == "clash" && (!t.weak || fightingWord(first.s.words[t.i].low)) && first.s.clauseKindAt(t.i) != relativeClause {
				return &triggerAt{trigHit: t, s: first.s}
			}
		}
	}
	best := lead
	for _, f := range in.frames {
		for _, t := range f.trigs {
			// (a weak word of means still tells how a plain attack was
			// made: "twin bombs tore through a cathedral" then "IS
			// claimed the attack")
			if t.weak && !(means(best.class.name) == "" && best.class.name == "attack" && means(t.class.name) != "" && means(t.class.name) != "ground") ||
				family(t.class.name) != "violence" || t.class.priority <= best.class.priority {
				continue
			}
			if f.how && f.s.clauseKindAt(t.i) == relativeClause {
				// "its troops had opened fire on gunmen who threw
				// explosives at them": a sentence telling how the act
				// was done describes the other side in its relative
				// clause; what they did there is no means of the act
				continue
			}
			if f.s.replyBefore(t.i) || f != in.frames[0] && f.s.tellsCounterAttack() {
				// "the army responded with air strikes", "in the
				// counter-attack, ... air support had been called in":
				// the answer to the attack, not how it was made
				continue
			}
			if f.s.sequenceBefore(t.i) || t.noun && f.s.sequenceBefore(t.i+t.n+1) {
				// ("Iraqi jets later struck": the weapon is the subject
				// of the verb the adverb stands before)
				continue // "jets later struck the militants' hideouts": a next act, not how the attack was made
			}
			m, bm := means(t.class.name), means(best.class.name)
			if m != "" && m != "ground" && (bm == "" || bm == "ground" || bm == m) {
				best = &triggerAt{trigHit: t, s: f.s}
			}
		}
	}
	if h := in.headline; h != nil && best.class.name == "attack" && means(best.class.name) == "" {
		// "Russian strikes kill 11" over "Russian forces struck a
		// recreation area ...": the headline that tells the incident
		// says how a plain attack was made
		for _, t := range realised(h) {
			if m := means(t.class.name); family(t.class.name) == "violence" && m != "" && m != "ground" {
				return &triggerAt{trigHit: t, s: h}
			}
		}
	}
	return best
}

// coordinatedViolence is the verb of violence that a sentence joins by
// "and" to the act of taking people at t, as a second predicate of the
// same subject ("rounded up 14 villagers and shot them", "detained 30
// men and later executed nine of them"), or nil. It stands in t's clause
// after t, with no clause break between, and is neither a noun, a
// campaign word nor an act not done.
func coordinatedViolence(s *sentence, t trigHit) *trigHit {
	for k := range s.triggers {
		v := &s.triggers[k]
		if v.i <= t.i || v.noun || v.weak || v.irrealis || family(v.class.name) != "violence" {
			continue
		}
		if len(s.clause) == len(s.words) && s.clause[v.i] != s.clause[t.i] {
			continue
		}
		j := v.i - 1
		for j > t.i && adverbOfSequence[s.words[j].low] {
			j--
		}
		if j <= t.i || s.words[j].low != "and" {
			continue
		}
		broken := false
		for m := t.i + t.n; m < j; m++ {
			broken = broken || isClauseBreak(s.words[m])
		}
		if !broken {
			return v
		}
	}
	return nil
}

// adverbOfSequence are the adverbs that may stand between "and" and a
// second verb of the same subject ("and then shot them", "and later
// executed them").
var adverbOfSequence = map[string]bool{"then": true, "later": true, "subsequently": true, "summarily": true, "eventually": true, "finally": true}

// countedFighting is a word of fighting of the frame's main clauses told
// with people killed or wounded in its sentence ("troops killed more than
// 100 Fano fighters in two days of fighting"), or nil: a campaign word
// with a count is a fight of its own, ahead of what a later sentence tells
// ("their fighters had taken control of several villages").
func countedFighting(f *frame) *trigHit {
	hurt := false
	for _, c := range f.cas {
		hurt = hurt || !c.reflex && (c.kind == sitrep.Killed || c.kind == sitrep.Wounded)
	}
	if !hurt {
		return nil
	}
	for i := range f.trigs {
		t := &f.trigs[i]
		if t.class.name == "clash" && !t.irrealis && fightingWord(f.s.words[t.i].low) && f.s.clauseKindAt(t.i) != relativeClause {
			return t
		}
	}
	return nil
}

// outsideRelatives returns the triggers not in a relative clause.
func outsideRelatives(s *sentence, ts []trigHit) []trigHit {
	out := make([]trigHit, 0, len(ts))
	for _, t := range ts {
		if s.clauseKindAt(t.i) != relativeClause {
			out = append(out, t)
		}
	}
	return out
}

// outsideBackdrop drops the triggers of a clause that the sentence opens
// with a word of sequence after its news ("Rioters torched a police
// station after a local leader was arrested", "troops shelled the town
// following an attack on a checkpoint"): what came before is the cause
// told beside the incident, not its kind, when the sentence tells an act
// of its own outside that clause.
func outsideBackdrop(s *sentence, ts []trigHit) []trigHit {
	out := make([]trigHit, 0, len(ts))
	for _, t := range ts {
		if s.clauseKindAt(t.i) != subordinateClause || !backdropOpeners[s.words[s.clauseOpening(t.i)].low] || s.clauseOpening(t.i) == 0 {
			out = append(out, t)
		}
	}
	return out
}

// inBackdrop reports whether word i stands in a clause of what came
// before the news (outsideBackdrop) while the sentence tells an act of
// its own outside that clause.
func (s *sentence) inBackdrop(i int, ts []trigHit) bool {
	if i >= len(s.words) || s.clauseKindAt(i) != subordinateClause {
		return false
	}
	if o := s.clauseOpening(i); o == 0 || !backdropOpeners[s.words[o].low] {
		return false
	}
	for _, t := range ts {
		if !t.weak && !t.irrealis && s.clause[t.i] != s.clause[i] && s.clauseKindAt(t.i) != relativeClause {
			return true
		}
	}
	return false
}

// backdropOpeners are the words that open a clause telling what came
// before the news, or went on around it ("blew up the bridge as troops
// advanced": the troops' advance is the setting, the bridge not theirs).
var backdropOpeners = map[string]bool{"after": true, "following": true, "as": true}

// clauseOpening is the first word of the clause word i stands in.
func (s *sentence) clauseOpening(i int) int {
	k := i
	for k > 0 && s.clause[k-1] == s.clause[i] {
		k--
	}
	return k
}

// bestStrong is the trigger of highest priority among those that are not
// campaign words, nil when there is none.
func bestStrong(ts []trigHit) *trigHit {
	var best *trigHit
	for i := range ts {
		if !ts[i].weak && (best == nil || ts[i].class.priority > best.class.priority) {
			best = &ts[i]
		}
	}
	return best
}

// family groups trigger classes by the kind of thing that happened:
// violence of any means, a place taken, people arrested or abducted,
// property destroyed, a plot foiled.
func family(class string) string {
	switch class {
	case "gain", "arrest", "abduct", "destroy", "foiled", "protest", "disperse":
		return class
	}
	return "violence"
}

func isExplosion(class string) bool {
	switch class {
	case "suicide", "air", "shelling", "ied", "grenade", "blast", "chemical":
		return true
	}
	return false
}

func hasClass(in *incident, name string, realised bool) bool {
	for _, f := range in.frames {
		for _, t := range f.trigs {
			if t.class.name == name && (!realised || !t.irrealis) {
				// "attack" alone is a clash trigger; battle words say more
				return true
			}
		}
	}
	return false
}

// armedSidesThing are the words of the target markers that name what an
// armed side holds or moves in: a post, a base, a convoy, a patrol.
var armedSidesThing = map[string]bool{
	"position": true, "positions": true, "post": true, "posts": true, "outpost": true, "outposts": true,
	"base": true, "bases": true, "station": true, "stations": true, "checkpoint": true, "checkpoints": true,
	"convoy": true, "convoys": true, "headquarters": true, "barracks": true, "patrol": true, "patrols": true,
	"tank": true, "tanks": true, "carrier": true, "academy": true, "installation": true, "installations": true,
	"targets": true, "target": true,
}

// civilianPlaces are places of civilians an attack may fall on ("attacked
// a village", "stormed a church").
var civilianPlaces = map[string]bool{
	"village": true, "villages": true, "hamlet": true, "market": true, "church": true, "mosque": true, "school": true,
	"homes": true, "home": true, "house": true, "houses": true, "camp": true, "hospital": true, "bus": true,
	"farm": true, "farms": true, "settlement": true, "community": true, "communities": true, "shop": true, "shops": true,
}

// civilianPlaceHit reports whether the incident's act fell on a place of
// civilians: the object of its trigger, a few words after it ("attacked
// a village", "an attack on the market", "raided two villages").
func civilianPlaceHit(in *incident, t *triggerAt) bool {
	if t == nil {
		return false
	}
	s := t.s
	for k := t.i + t.n; k < len(s.words) && k <= t.i+t.n+3; k++ {
		w := s.words[k]
		if w.punc || isClauseBreak(w) {
			return false
		}
		if civilianPlaces[w.low] {
			return true
		}
		if w.cap && k > t.i+t.n {
			return false // a named thing ("attacked Kidal", "an attack on Hamas")
		}
	}
	return false
}

// civilianPropertyBurnt reports whether the sentence of an incident's act
// tells civilians' property burnt or destroyed in it ("invaded the town,
// burning houses", "stormed the village and torched homes"): with no
// other armed side named, the act fell on the people there, not on a
// foe (a clash needs two armed sides).
func civilianPropertyBurnt(t *triggerAt) bool {
	if t == nil {
		return false
	}
	s := t.s
	for k := t.i + t.n; k < len(s.words); k++ {
		if !burningWord(s.words[k].low) {
			continue
		}
		for j := k + 1; j < len(s.words) && j <= k+4; j++ {
			w := s.words[j]
			if w.punc || isClauseBreak(w) {
				break
			}
			if civilianPlaces[w.low] {
				return true
			}
		}
	}
	return false
}

// burningWord reports whether w is a verb of burning or destroying
// property ("burning", "torched", "set" of "set fire to", "razing").
func burningWord(w string) bool {
	switch w {
	case "set", "sets", "setting":
		return true
	}
	for _, stem := range []string{"burn", "torch", "raz", "destroy", "demolish", "loot", "ransack"} {
		if strings.HasPrefix(w, stem) {
			return true
		}
	}
	return false
}

// civilianKind are the words that make a target word no armed side's:
// "an aid convoy", "a fuel station", "a bus station".
var civilianKind = map[string]bool{
	"aid": true, "humanitarian": true, "relief": true, "civilian": true, "medical": true, "passenger": true,
	"wedding": true, "fuel": true, "petrol": true, "gas": true, "bus": true, "train": true, "food": true,
	"refugee": true, "refugees": true, "power": true, "radio": true, "television": true, "tv": true,
}

// oneSidedOnPeople reports whether an incident is an armed group's attack
// on people no side defends: the hurt are people or civilians only, the
// actor is no state's force, and no armed side or post is named as hit
// ("gunmen raided the village, killing six people"). Coders call that
// violence against civilians, not a battle.
func (x *Extractor) oneSidedOnPeople(a *analysis, in *incident, r roleSet) bool {
	if r.actor1 != nil && isStateSide(r.actor1) || r.actor2 != nil && r.actor2.Name != "civilians" {
		return false
	}
	hurt := false
	// a thing first named as a civilian one ("an aid convoy") is so when
	// told again ("the convoy's trucks")
	civil := map[string]bool{}
	for _, f := range in.frames {
		for _, m := range f.s.markers {
			if m.val.(string) == "target" && m.i > 0 && civilianKind[f.s.words[m.i-1].low] {
				civil[f.s.words[m.i+m.n-1].low] = true
			}
		}
	}
	for _, f := range in.frames {
		for _, c := range f.cas {
			switch {
			case c.reflex:
			case c.group == "people" || c.group == "civilians":
				hurt = hurt || c.kind == sitrep.Killed || c.kind == sitrep.Wounded || c.kind == sitrep.Abducted
			default:
				return false
			}
		}
		for g := range f.s.victims {
			if g != "people" && g != "civilians" {
				return false
			}
		}
		if r.actor1 != nil && x.spokenBy(a, f.s, r.actor1, 2) {
			continue // "the RSF said it had targeted army positions": the attacker's own account
		}
		for _, m := range f.s.markers {
			if w := f.s.words[m.i+m.n-1].low; m.val.(string) == "target" && armedSidesThing[w] && !civil[w] && f.s.clauseKindAt(m.i) != attributionClause {
				// (not the teller's: "he told our station that ...")
				return false // "a police station", "an army post": an armed side's ("the mayor's car" is not)
			}
		}
	}
	return hurt
}

// killsPeople reports whether the incident counts people killed (not an
// attacker who blew himself up).
// violenceBefore is the strongest act of violence the incident tells
// before trigger t (in an earlier sentence, or earlier in t's), outside
// relative clauses and not merely intended, or nil.
func violenceBefore(in *incident, t *triggerAt) *triggerAt {
	var best *triggerAt
	for _, f := range in.frames {
		if f.s.idx > t.s.idx {
			break
		}
		for _, v := range f.trigs {
			if f.s == t.s && v.i >= t.i || family(v.class.name) != "violence" || v.irrealis || v.weak || f.s.clauseKindAt(v.i) == relativeClause {
				continue
			}
			if best == nil || v.class.priority > best.class.priority {
				best = &triggerAt{trigHit: v, s: f.s}
			}
		}
	}
	return best
}

// sentAt is sentence i of the analysis, or nil past its ends.
func (a *analysis) sentAt(i int) *sentence {
	if i < 0 || i >= len(a.sents) {
		return nil
	}
	return a.sents[i]
}

// riotAfter is the riot told in the clause opened by "after" or
// "following" right after arrest trigger t ("arrested 35 people after
// demonstrators threw stones"; the clause an anchoring "after" opens is
// read as a piece of its own, the next in a.sents), or nil.
func riotAfter(a *analysis, t *triggerAt) *triggerAt {
	for _, s := range []*sentence{t.s, a.sentAt(t.s.idx + 1)} {
		if s == nil {
			continue
		}
		for _, v := range s.triggers {
			if v.class.name != "riot" || s == t.s && v.i <= t.i || v.irrealis {
				continue
			}
			k := v.i
			for k > 0 && s.clause[k-1] == s.clause[v.i] {
				k--
			}
			if w := s.words[k].low; (w == "after" || w == "following") && (s == t.s && k > t.i || s != t.s && k == 0 && s.anchored) {
				return &triggerAt{trigHit: v, s: s}
			}
		}
	}
	return nil
}

// killingBefore is the first count of people killed that an incident's
// main clauses tell before trigger t (in an earlier sentence of it, or
// earlier in t's own), not a running total nor history, or nil.
func killingBefore(in *incident, t *triggerAt) *casualty {
	for _, f := range in.frames {
		if f.s.idx > t.s.idx {
			break
		}
		for _, c := range f.cas {
			i := f.s.wordAt(c.span.Start)
			if c.kind != sitrep.Killed || c.reflex || c.count.IsZero() || c.cumulative || c.background || f.s == t.s && i >= t.i || f.s.clauseKindAt(i) != mainClause {
				continue
			}
			return c
		}
	}
	return nil
}

func killsPeople(in *incident) bool {
	for _, f := range in.frames {
		for _, c := range f.cas {
			if c.kind == sitrep.Killed && !c.reflex && !c.count.IsZero() {
				return true
			}
		}
	}
	return false
}

// foiledWeapon is the class of the weapon a foiling's words, or the few
// after them, name ("intercepted a ballistic missile"): "air"
// for a drone, "shelling" for a missile, rocket or shell, "" for none.
func foiledWeapon(s *sentence, i, n int) string {
	for k := i; k < len(s.words) && k < i+n+4; k++ {
		switch w := s.words[k].low; {
		case strings.HasPrefix(w, "drone"):
			return "air"
		case strings.HasPrefix(w, "missile"), strings.HasPrefix(w, "rocket"), strings.HasPrefix(w, "shell"), strings.HasPrefix(w, "projectile"):
			return "shelling"
		}
	}
	return ""
}

// killsAtProtest is killsPeople for an incident whose word is a protest
// or the force that broke one up: the dead told in another clause of the
// protest's own sentence ("Residents protested in Beni on Tuesday after
// rebels killed 11 villagers in Oicha") are why people protested, not
// people killed at the protest.
func killsAtProtest(a *analysis, in *incident, best *triggerAt) bool {
	for _, f := range in.frames {
		for _, c := range f.cas {
			if c.kind != sitrep.Killed || c.reflex || c.count.IsZero() {
				continue
			}
			if best != nil && f.s == best.s {
				if i := f.s.wordAt(c.span.Start); i < len(f.s.clause) && f.s.clause[i] != f.s.clause[best.i] && reasonClause(f.s, f.s.clause[i]) && !placedInClause(a, in, f.s, f.s.clause[i]) {
					continue
				}
			}
			return true
		}
	}
	return false
}

// reasonClause reports whether clause c of a sentence is a subordinate
// clause that tells why or after what ("after rebels killed ...",
// "because ...", "following ..."), not the participle of the act's result
// (", killing two people").
func reasonClause(s *sentence, c int) bool {
	if c >= len(s.clauseKinds) || s.clauseKinds[c] != subordinateClause {
		return false
	}
	for k, id := range s.clause {
		if id == c {
			switch s.words[k].low {
			case "after", "because", "following", "since", "over", "as":
				return true
			}
			return false
		}
	}
	return false
}

// placedInClause reports whether an incident's place is told in clause c
// of sentence s (the incident listed at a place of that clause).
func placedInClause(a *analysis, in *incident, s *sentence, c int) bool {
	if in.place < 0 || in.place >= len(a.places) {
		return false
	}
	sp := a.places[in.place].Span
	if sp.Start < s.span.Start || sp.End > s.span.End {
		return false
	}
	i := s.wordAt(sp.Start)
	return i < len(s.clause) && s.clause[i] == c
}

// woundsPeople reports whether an incident tells people wounded (not the
// attackers by their own act).
func woundsPeople(in *incident) bool {
	for _, f := range in.frames {
		for _, c := range f.cas {
			if c.kind == sitrep.Wounded && !c.reflex && !c.count.IsZero() {
				return true
			}
		}
	}
	return false
}

// uncontested reports whether a sentence of the incident tells the place
// changed hands with no fight ("without a shot being fired") and none
// tells people killed or wounded.
func uncontested(in *incident) bool {
	told := false
	for _, f := range in.frames {
		told = told || f.s.hasMarker("uncontested")
		for _, c := range f.cas {
			if c.kind == sitrep.Killed || c.kind == sitrep.Wounded {
				return false
			}
		}
	}
	return told
}

// protestHurt reports whether the incident tells people hurt at a
// protest: a sentence of it names a protest, and everyone it counts hurt
// is people or civilians.
func protestHurt(in *incident) bool {
	told := false
	for _, f := range in.frames {
		told = told || f.s.hasMarker("protest")
	}
	return told && onlyPeopleHurt(in)
}

// protestClash reports whether the incident's fighting is a clash in a
// clause that tells people gathered to protest ("protesters clashed with
// police", "clashes between police and demonstrators").
func protestClash(in *incident) bool {
	f, _ := protestClashAt(in)
	return f != nil
}

// protestClashAt is the frame and clause of the incident's clash told with
// protesters in its clause, or nil.
func protestClashAt(in *incident) (*frame, int) {
	for _, f := range in.frames {
		for _, t := range f.trigs {
			if t.class.name != "clash" || t.irrealis {
				continue
			}
			c := f.s.clause[min(t.i, len(f.s.clause)-1)]
			for _, m := range f.s.markers {
				if m.val.(string) == "protest" && m.i < len(f.s.clause) && f.s.clause[m.i] == c {
					return f, c
				}
			}
		}
	}
	return nil, 0
}

// onlyAbducted reports whether the incident counts people taken and no
// one killed or hurt.
func onlyAbducted(in *incident) bool {
	return onlyOfKind(in, sitrep.Abducted)
}

// stateTakes reports whether the side named last before each count of
// people arrested is a state's forces ("Police captured a man"): an
// arrest is the state's act; people captured by rebels are no arrest.
func stateTakes(in *incident) bool {
	seen := false
	for _, f := range in.frames {
		for _, c := range f.cas {
			if c.kind != sitrep.Arrested {
				continue
			}
			var last *actors.Actor
			for _, m := range f.s.actors {
				if m.Actor != nil && m.Span.End <= c.span.Start && m.Actor.Name != "civilians" {
					last = m.Actor
				}
			}
			if last == nil || !isStateSide(last) {
				return false
			}
			seen = true
		}
	}
	return seen
}

// onlyOfKind reports whether the incident counts people of kind (taken
// or arrested) and no one killed or hurt.
func onlyOfKind(in *incident, kind string) bool {
	taken := false
	for _, f := range in.frames {
		for _, c := range f.cas {
			switch c.kind {
			case kind:
				taken = taken || !c.count.IsZero()
			case sitrep.Killed, sitrep.Wounded:
				if !c.count.IsZero() {
					return false
				}
			}
		}
	}
	return taken
}

// protestState is the state's side of a clash with protesters: a side
// of the incident's roles, or else the state's side the clause of the
// protesters' clash names ("Protesters clashed with police ..., and two
// people were shot dead": the dead outrank the police as the side acted
// on); nil when there is none.
func protestState(in *incident, r roleSet) *actors.Actor {
	switch {
	case isStateSide(r.actor1):
		return r.actor1
	case isStateSide(r.actor2):
		return r.actor2
	}
	f, c := protestClashAt(in)
	if f == nil {
		return nil
	}
	for _, m := range f.s.actors {
		if m.Actor != nil && isStateSide(m.Actor) && f.s.clause[min(f.s.wordAt(m.Span.Start), len(f.s.clause)-1)] == c {
			return m.Actor
		}
	}
	return nil
}

// onlyPeopleHurt reports whether someone was hurt in the incident and
// every group counted hurt is people or civilians, no side's fighters.
func onlyPeopleHurt(in *incident) bool {
	any := false
	for _, f := range in.frames {
		for _, c := range f.cas {
			if c.reflex {
				continue // the attacker who died by his own act is no one hurt
			}
			switch c.group {
			case "civilians", "people":
				any = any || c.kind == sitrep.Killed || c.kind == sitrep.Wounded
			default:
				return false
			}
		}
		for g := range f.s.victims {
			if g != "people" && g != "civilians" {
				return false
			}
		}
	}
	return any
}

// onlyCivilianVictims reports whether every group hurt in the incident is
// civilians (or people in general) and someone was hurt, the attackers'
// own dead aside.
func (x *Extractor) onlyCivilianVictims(text string, in *incident) bool {
	any := false
	for fi, f := range in.frames {
		for _, c := range f.cas {
			switch {
			case c.group == "civilians":
				any = true
			case c.group == "people":
			case c.group == "militants" && countsActsPeople(text, []*casualty{c}):
				// "police shot the three attackers dead": the attackers'
				// own end, not a side they attacked
			case c.group == "militants" && fi > 0 && !f.s.hasMarker("claim") && firstKillsCivilians(in) && len(realised(f.s)) == 0:
				// "Rebels killed 19 civilians in an attack on the
				// village. ... he said, adding that two rebels were
				// killed": the attackers' dead, told after the attack
				// on civilians with no act of their own, are their own
				// end, not a side they attacked
			default:
				return false
			}
		}
		if f.claim || fi > 0 && f.s.hasMarker("claim") {
			// "the Islamic State claimed the attack, saying its fighters
			// had killed soldiers": whom a side says it struck is its
			// claim; the victims are those the report counts
			continue
		}
		for g := range f.s.victims {
			switch {
			case g == "civilians":
				any = true
			case g == "people":
			case g == "militants" && x.attackerStopped(f.s):
				// "security forces killed the gunman after he shot dead
				// three worshippers": the attacker's own end
			default:
				return false
			}
		}
	}
	return any
}

// firstKillsCivilians reports whether the incident's first sentence
// counts civilians hurt and no one of an armed side.
func firstKillsCivilians(in *incident) bool {
	civ := false
	for _, c := range in.frames[0].cas {
		switch c.group {
		case "civilians":
			civ = true
		case "people":
		default:
			return false
		}
	}
	return civ
}

// attackerStopped reports whether a side in the sentence acts on the
// attacker of the act told, ending the attack ("police shot him dead",
// "security forces killed the gunman after he opened fire").
func (x *Extractor) attackerStopped(s *sentence) bool {
	for _, m := range s.actors {
		if m.Actor == nil || m.Actor.Name == "civilians" {
			continue
		}
		wi := s.wordAt(m.Span.Start)
		we := wi
		for we < len(s.words) && s.words[we].span.End <= m.Span.End {
			we++
		}
		if t := s.triggerAfter(we); t != nil && !t.noun && (x.answersTheObject(s, t, wi, we) || s.actOnTheAttacker(t, wi)) {
			return true
		}
	}
	return false
}

func wordsSpan(s *sentence, i, j int) sitrep.Span {
	if j > len(s.words) {
		j = len(s.words)
	}
	if i >= j {
		return s.span
	}
	return sitrep.Span{Start: s.words[i].span.Start, End: s.words[j-1].span.End}
}

func sumKind(cs []*casualty, kind string) int {
	n := 0
	for _, c := range cs {
		if c.kind == kind && !c.subset {
			n += c.count.BestOr(0)
		}
	}
	return n
}

// statement is the total of one kind a sentence gives.
type statement struct {
	count sitrep.Count
	side  string
	also  bool
	toll  bool
	whole bool // told as the toll itself ("the final toll is believed to be 115")
	// revised is set for a toll told as corrected ("revised down to 35")
	revised bool
	all     bool // told as all of them ("all the five militants")
	span    sitrep.Span
	parts   []string // "group/count" of each count summed into it
	// reflex is set when every count in it is of the attackers themselves
	// ("he blew himself up"): the victims told elsewhere add to it
	reflex bool
	source string // who told it, when the sentence names them
	// owned is the sum of its counts that its teller tells as its own
	// losses (casualty.own); ownSources are the tellers whose own losses
	// a statement merging them holds
	owned      sitrep.Count
	ownSources []string
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// side is which side of an incident a group of people is on.
func side(group string) string {
	switch group {
	case "militants":
		return "attackers"
	case "people":
		return "any"
	}
	return "victims"
}

// passiveSubjectOf reports whether the side ending before word we is the
// subject of a verb of falling on a side (an assault, an attack, a
// clash) told after it in the passive ("soldiers
// were ambushed", "a police patrol was reportedly attacked", "troops
// have been targeted"): the side acted on.
func (s *sentence) passiveSubjectOf(t *trigHit, we int) bool {
	switch t.class.name {
	case "assault", "attack", "clash":
	default:
		return false // (the victims of a killing are told by its counts)
	}
	if t.noun || t.n != 1 || t.i <= we {
		return false
	}
	w := s.words[t.i].low
	if !strings.HasSuffix(w, "ed") && !pastIrregular[w] {
		return false
	}
	aux := false
	told := 0 // words between that are not of a clause or place set in
	for k := we; k < t.i; k++ {
		// "police officers escorting a convoy near Peshawar were
		// ambushed": a relative clause and the place of the subject
		// stand between it and its verb
		if len(s.clause) == len(s.words) && s.clauseKindAt(k) == relativeClause && s.clause[k] != s.clause[t.i] {
			continue
		}
		if placePrep[s.words[k].low] && k+1 < t.i && s.words[k+1].cap {
			for k+1 < t.i && s.words[k+1].cap {
				k++
			}
			continue
		}
		if placedAt[s.words[k].low] && k+2 < t.i && (placePrep[s.words[k+1].low] || s.words[k+1].low == "to") && s.words[k+2].cap {
			// "Kenyan police officers deployed in Haiti were ambushed":
			// where the subject serves describes it
			k += 2
			for k+1 < t.i && s.words[k+1].cap {
				k++
			}
			continue
		}
		if told++; told > 4 {
			return false
		}
		switch {
		case isPassiveAux(s.words[k].low):
			aux = true
		case predFiller[s.words[k].low]:
		default:
			return false
		}
	}
	return aux && isPassiveAux(s.words[t.i-1].low) || aux && predFiller[s.words[t.i-1].low]
}

// operationNouns are the nouns of a side's planned use of force that
// "against" follows ("an operation against", "an offensive against").
var operationNouns = map[string]bool{
	"operation": true, "operations": true, "offensive": true, "crackdown": true, "campaign": true,
	"raid": true, "raids": true, "sweep": true, "counteroffensive": true, "counter-offensive": true,
}

// operationAgainstAt reports whether the side named from word wi is what
// an operation is against ("a police operation against the Comando
// Vermelho gang", "the army's offensive on the ADF").
func (s *sentence) operationAgainstAt(wi int) bool {
	k := wi - 1
	if k >= 0 && s.words[k].low == "the" {
		k--
	}
	return k >= 1 && (s.words[k].low == "against" || s.words[k].low == "targeting") && operationNouns[s.words[k-1].low]
}

// operationOf reports whether an operation noun follows the side ending
// before word we, right after it or after its "'s" ("a police operation",
// "the army's offensive against"), and an "against" follows the noun: the
// side ran the operation.
func (s *sentence) operationOf(we int) bool {
	k := we
	if k < len(s.words) && s.possessiveS(k) {
		k++
	}
	return k+1 < len(s.words) && operationNouns[s.words[k].low] && (s.words[k+1].low == "against" || s.words[k+1].low == "targeting")
}

// vehicleNouns are the things that carry people to harm ("a bus
// carrying soldiers").
var vehicleNouns = map[string]bool{
	"vehicle": true, "vehicles": true, "truck": true, "trucks": true, "lorry": true, "bus": true, "buses": true,
	"minibus": true, "car": true, "cars": true, "pickup": true, "van": true, "convoy": true, "boat": true,
	"helicopter": true, "plane": true, "aircraft": true, "train": true, "ambulance": true, "motorcycle": true,
}

// carriedIn reports whether the side at word wi is carried in a vehicle
// named in the noun phrase before the words of carrying ("a bus carrying soldiers",
// "a truck transporting Wagner fighters"); not what people carry ("gunmen
// carrying ISIS flags").
func (s *sentence) carriedIn(wi int) bool {
	for _, m := range s.markers {
		if m.val.(string) != "cargo" || m.i+m.n > wi || wi-(m.i+m.n) > 2 {
			continue
		}
		// the vehicle heads the noun phrase before, which may name whose
		// it is ("a vehicle of the intelligence service carrying ...")
		for k := m.i - 1; k >= 0 && k >= m.i-8 && !s.words[k].punc; k-- {
			if vehicleNouns[s.words[k].low] {
				return true
			}
		}
	}
	return false
}

// placedAt are the participles that tell where a side serves ("troops
// stationed in Gao", "police deployed to Haiti").
var placedAt = map[string]bool{"deployed": true, "stationed": true, "based": true, "serving": true, "posted": true, "operating": true}

// isPassiveAux reports whether w is the auxiliary of a passive verb right
// after it ("were repelled", "was foiled", "been beaten back").
func isPassiveAux(w string) bool {
	switch w {
	case "was", "were", "been", "being", "be", "is", "are", "got":
		return true
	}
	return false
}

// sameSideOfCount reports whether two counts' groups may be of one side:
// the same side, or "people", which may be anyone's.
func sameSideOfCount(a, b string) bool {
	sa, sb := side(a), side(b)
	return sa == sb || sa == "any" || sb == "any"
}

// reconcile sums and reconciles the counts of one kind across an
// incident's sentences: parts of a total ("including ...") are not added;
// counts of different sides are added ("38 soldiers and civilians ... 24
// militants were also killed"); the same toll told again is counted once;
// conflicting tolls become low and high.
//
// fromAir is set for a strike from the air, which only the side struck
// bleeds in: there two tellers' counts of different sides ("killed 10
// Taliban fighters", the ministry said; "eight civilians were killed",
// relatives said) are rival accounts of the same dead, low and high, not
// more dead.
func (x *Extractor) reconcile(doc *sitrep.Document, cas []*casualty, kind string, fromAir bool) (sitrep.Count, sitrep.Evidence) {
	// per sentence
	var order []int
	bySent := map[int][]*casualty{}
	precise := false
	// a part with no whole told ("killing four of them" after no count of
	// the attackers) counts as it stands
	whole := false
	// a count of people the act killed ("blew himself up, killing 12
	// people") is the toll the report gives; the bombers who died count
	// only beside counts of parts ("killing five soldiers")
	people := false
	for _, c := range cas {
		whole = whole || c.kind == kind && !c.subset && !c.count.IsZero()
		people = people || c.kind == kind && !c.reflex && !c.subset && !c.vague && !c.besideDoer && c.group == "people" && !c.count.IsZero()
	}
	for _, c := range cas {
		if c.kind != kind || c.subset && (whole || c.nested) || c.count.IsZero() || c.reflex && people && !c.also || c.summary {
			continue
		}
		if c.ordinal > 0 && toldBefore(cas, c, kind) >= c.ordinal {
			// "Four police officers were killed ... Three of them died
			// at the scene, and a fourth died in hospital": the fourth is
			// one of the four
			continue
		}
		if !c.vague && !c.reflex {
			precise = true // a vague count gives way to a precise one of victims
		}
		if _, ok := bySent[c.sent]; !ok {
			order = append(order, c.sent)
		}
		bySent[c.sent] = append(bySent[c.sent], c)
	}
	var stmts []statement
	for _, si := range order {
		var st statement
		first := true
		var prev *casualty // the count read before c in its sentence
		for _, c := range bySent[si] {
			before := prev
			prev = c
			if c.vague && precise {
				continue
			}
			part := fmt.Sprint(c.group, "/", c.count.BestOr(-1))
			// "the toll rose to seven as rescuers found two more bodies",
			// "two more bodies were found, bringing the toll to seven": the
			// more told beside a risen toll in one sentence are the rise,
			// within it
			if !first && st.toll && c.also && !c.toll && !c.outside {
				continue
			}
			if !first && c.toll && st.also && !st.toll && len(st.parts) == 1 {
				st.count, st.toll, st.also, st.whole, st.parts, st.side = c.count, true, false, c.whole, []string{part}, side(c.group)
				st.span = sitrep.Span{Start: min(st.span.Start, c.span.Start), End: max(st.span.End, c.span.End)}
				continue
			}
			if !first && (c.source != "" && st.source != "" && c.source != st.source || c.whole && !c.also ||
				// ("while the army said it lost eight men and killed more
				// than 20 attackers": a source's count of each side is
				// weighed against the others' count of that side)
				c.source != "" && side(c.group) != st.side && side(c.group) != "any" && st.side != "any") {
				// ("..., while hospital officials put the toll at 15": a
				// toll is the whole dead again, not more of them)
				// "the ministry reported three hurt, while prosecutors
				// said 20": two sources' counts, not two groups of hurt
				stmts = append(stmts, st)
				first = true
			}
			if first {
				st = statement{count: c.count, side: side(c.group), also: c.also, toll: c.toll, whole: c.whole, revised: c.revised, all: c.all, span: c.span, parts: []string{part}, reflex: c.reflex, source: c.source}
				if c.own {
					st.owned = c.count
				}
				first = false
				continue
			}
			// within one sentence, separate counts add up unless one is the
			// same number told twice
			// (two groups named apart are different people: "two soldiers
			// and two civilians were killed" are four)
			// (nor two members of one list: "a boy and his grandmother
			// were killed", "two men and two women" are two and four)
			if sameCount(st.count, c.count) && !c.also && !c.reflex && side(c.group) == st.side && !st.otherGroup(c.group) && !(c.listed || before != nil && before.listed) {
				continue
			}
			st.count = st.count.Add(c.count)
			if c.own {
				st.owned = st.owned.Add(c.count)
			}
			st.parts = append(st.parts, part)
			st.reflex = st.reflex && c.reflex
			if side(c.group) != st.side {
				st.side = "any"
			}
			st.span = sitrep.Span{Start: min(st.span.Start, c.span.Start), End: max(st.span.End, c.span.End)}
		}
		if !first {
			stmts = append(stmts, st)
		}
	}
	if len(stmts) == 0 {
		return sitrep.Count{}, sitrep.Evidence{}
	}
	total := stmts[0]
	low, high := total.count.Low, total.count.High
	sides := map[string]bool{total.side: true}
	for _, st := range stmts[1:] {
		newSide := st.side != "any" && !sides[st.side] && !sides["any"] ||
			// "security forces killed four attackers ... Nine people
			// were killed": people counted after the attackers alone are
			// the others
			st.side == "any" && len(sides) == 1 && sides["attackers"] && !st.toll && !st.whole && !st.all && !sameCount(total.count, st.count)
		if !st.owned.IsZero() && !total.owned.IsZero() && st.source != total.source && !contains(total.ownSources, st.source) && !st.whole && !total.whole && !st.also && !total.also {
			// "a GNA spokesman said five of its fighters were killed,
			// while the LNA said it had lost two men and killed more than
			// 20 of its enemies": each teller's own dead are two sides'
			// dead; the dead a teller says it made of the other side are
			// that side's own count told again, not more dead
			total.count = total.owned.Add(st.owned)
			low, high = total.count.Low, total.count.High
			total.owned = total.count
			total.ownSources = append(total.ownSources, total.source, st.source)
			sides[st.side] = true
			total.span = sitrep.Span{Start: min(total.span.Start, st.span.Start), End: max(total.span.End, st.span.End)}
			continue
		}
		if fromAir && newSide && len(sides) == 1 && !st.also && !total.also && !st.reflex && !total.reflex &&
			st.source != "" && total.source != "" && st.source != total.source && (st.allOf("civilians") || total.allOf("civilians")) {
			newSide = false // another teller's account of the same dead
		}
		switch {
		case st.whole && !st.also && !st.reflex && sameCount(total.count, st.count):
			// "a drone struck a car, killing the two men inside. Hezbollah
			// later announced the deaths of two of its fighters": the
			// whole told again, by those who own the dead
		case total.toll && st.also && !st.toll && !newSide && !st.reflex && !total.reflex && (st.side == "any" || st.side == total.side):
			// "the number killed rose to 11 on Friday ... 'We found two
			// more bodies this morning'": a risen toll is the whole as the
			// report tells it, and more dead of its side told after it are
			// the rise, within it (as in one sentence, above)
		case st.also || newSide || st.reflex != total.reflex:
			total.count = total.count.Add(st.count)
			low = addPtr(low, st.count.Low)
			high = addPtr(high, st.count.High)
			sides[st.side] = true
			total.reflex = total.reflex && st.reflex
			total.span = sitrep.Span{Start: min(total.span.Start, st.span.Start), End: max(total.span.End, st.span.End)}
		case sameCount(total.count, st.count):
			if total.side == "any" && st.side != "any" && len(sides) == 1 && !st.also {
				// "the toll climbed to 21 ... The 21 dead were civilians
				// and security officers": the toll again, told of one
				// side, so the other side's dead told apart are beside it
				total.side = st.side
				sides = map[string]bool{st.side: true}
			}
		case st.side == "attackers" && len(sides) == 1 && sides["any"] && !st.toll && !st.whole && !st.all && st.count.BestOr(0) < total.count.BestOr(0):
			// "At least 20 people were killed ... security forces killed
			// the three attackers": the attackers' dead, of the toll or
			// beside it, are no lower count of the whole
		case len(total.parts) == 1 && !total.toll && !total.also && !total.reflex && !st.also && !st.reflex && st.count.BestOr(0) > total.count.BestOr(0) &&
			(st.side == total.side || st.side == "any" || total.side == "any") && oneOfTheDead(doc.Text, total.span):
			// "Reza, 17, was one of the students killed ... four people
			// were killed": one of the dead told first, as a report opens
			// on a person; the count told after is the whole he is in
			total = st
			low, high = st.count.Low, st.count.High
		case len(st.parts) > 1 && len(total.parts) == 1 && contains(st.parts, total.parts[0]) && st.count.BestOr(0) > total.count.BestOr(0):
			// "a policeman was killed" then "troops killed one attacker, the
			// other blew himself up, leaving a policeman killed": the later
			// sentence tells the whole, the first a part of it
			total = st
			low, high = st.count.Low, st.count.High
		default:
			b := st.count.BestOr(0)
			if st.revised && st.count.Best != nil {
				// "the toll was later revised down to 35": the correction
				// is the best word on the whole, the first figure its bound
				total.count.Best = sitrep.Int(b)
			} else if (st.toll || st.all || st.whole && total.count.High == nil && isRange(st.count)) && b > total.count.BestOr(0) {
				// (a toll that rose, or one told as a range of the whole
				// after a figure that was only a floor: "the final toll
				// is believed to be between 115 and 120" after "over
				// 100"; another source's single figure stays its high)
				total.count.Best = sitrep.Int(b)
			}
			if low == nil || (st.count.Low != nil && *st.count.Low < *low) {
				if st.count.Low != nil {
					low = sitrep.Int(*st.count.Low)
				}
			}
			if high != nil || st.count.High != nil {
				h := st.count.BestOr(0)
				if st.count.High != nil {
					h = *st.count.High
				}
				if high == nil || h > *high {
					high = sitrep.Int(h)
				}
			} else if b > total.count.BestOr(0) {
				high = sitrep.Int(b)
			}
		}
	}
	c := sitrep.Count{Low: low, Best: total.count.Best, High: high}
	if c.Best != nil && c.Low != nil && *c.Low > *c.Best {
		c.Low = sitrep.Int(*c.Best)
	}
	if c.Best != nil && c.High != nil && *c.High < *c.Best {
		c.High = sitrep.Int(*c.Best)
	}
	return c, doc.Evidence(total.span)
}

// oneOfTheDead reports whether a count is told as a member of the dead or
// as a survivor's loss ("was one of the students killed", "lost his
// brother", "said Umm Khaled, whose two nephews were wounded"): people
// the report opens on, within the toll it gives.
func oneOfTheDead(text string, sp sitrep.Span) bool {
	if sp.Start < 0 || sp.End > len(text) || sp.Start >= sp.End {
		return false
	}
	from := max(0, sp.Start-12)
	t := strings.ToLower(text[from:sp.End])
	for _, w := range []string{"one of the", "lost his", "lost her", "lost their", "whose "} {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

func addPtr(a, b *int) *int {
	if a == nil || b == nil {
		return nil
	}
	return sitrep.Int(*a + *b)
}

// allOf reports whether every count summed into the statement is of
// group g.
func (st *statement) allOf(g string) bool {
	for _, p := range st.parts {
		if pg, _, _ := strings.Cut(p, "/"); pg != g {
			return false
		}
	}
	return len(st.parts) > 0
}

// otherGroup reports whether a count of group g names other people than
// the statement's counts so far: a group none of them has, neither of
// them the bare "people".
func (st *statement) otherGroup(g string) bool {
	if g == "people" {
		return false
	}
	for _, p := range st.parts {
		pg, _, _ := strings.Cut(p, "/")
		if pg == g || pg == "people" {
			return false
		}
	}
	return true
}

func sameCount(a, b sitrep.Count) bool {
	return a.BestOr(-1) == b.BestOr(-2)
}

// affiliationOfNamed reports whether the side named at word i follows
// words that tie another side to it ("rebels linked to X", "fighters
// loyal to X") and that other side is known by name, told directly or
// through the report's group ("the rebels" of an "ADF rebels" headline):
// X only describes it. When the side before is no one known ("gunmen
// linked to al-Qaeda"), X is the best name of the actor and is kept.
func (x *Extractor) affiliationOfNamed(a *analysis, s *sentence, i int) bool {
	for _, mk := range s.markers {
		if mk.val.(string) != "affiliation" || mk.i+mk.n > i || i-(mk.i+mk.n) > 2 {
			continue
		}
		for _, m := range s.actors {
			if m.Actor == nil || m.Span.End > s.words[mk.i].span.Start || s.wordAt(m.Span.End-1) < mk.i-2 {
				continue
			}
			if act := x.resolveGeneric(a, m); act != nil && act.Kind != "unidentified" && act.Name != "civilians" {
				return true
			}
		}
		// "A faction of the Pakistani Taliban, Jamaat-ul-Ahrar, said":
		// the name in apposition after the side is the one tied to it
		if mk.i > 0 && (s.words[mk.i-1].low == "a" || s.words[mk.i-1].low == "an") && s.namedAfterInApposition(i) {
			return true
		}
	}
	return false
}

// namedAfterInApposition reports whether the side named at word i is
// followed by another side's name set off by commas in apposition to
// the subject it stands in (namedInApposition: "A faction of the
// Pakistani Taliban, Jamaat-ul-Ahrar, said").
func (s *sentence) namedAfterInApposition(i int) bool {
	k := slices.IndexFunc(s.actors, func(m actors.Mention) bool { return m.Actor != nil && s.wordAt(m.Span.Start) >= i })
	if k < 0 || s.wordAt(s.actors[k].Span.Start) != i {
		return false
	}
	m := s.actors[k]
	e := s.wordAt(m.Span.End-1) + 1
	for _, o := range s.actors {
		if o.Actor == nil || o.Generic || o.Actor == m.Actor || e >= len(s.words) || s.words[e].low != "," || s.wordAt(o.Span.Start) != e+1 {
			continue
		}
		if oe := s.wordAt(o.Span.End-1) + 1; s.namedInApposition(e+1, oe) != oe {
			return true
		}
	}
	return false
}

// actorCovers reports whether an actor mention of the sentence covers the
// span ("Mali army" over "Mali").
func (s *sentence) actorCovers(sp sitrep.Span) bool {
	for _, m := range s.actors {
		if m.Actor != nil && m.Span.Start <= sp.Start && sp.End <= m.Span.End && m.Span != sp {
			return true
		}
	}
	return false
}

// sideNamedBy reports whether the words at sp are, or lie in, the name of
// a side ("gunmen", "Abu Sayyaf gunmen").
func (s *sentence) sideNamedBy(sp sitrep.Span) bool {
	return slices.ContainsFunc(s.actors, func(m actors.Mention) bool {
		return m.Actor != nil && m.Span.Start <= sp.Start && sp.End <= m.Span.End
	})
}

// possessorOfSide reports whether the name at sp is a possessive that a
// side's name follows ("Sudan's Rapid Support Forces", "Nigeria's
// army"): the side is named, the name before it only says whose.
func (s *sentence) possessorOfSide(text string, sp sitrep.Span) bool {
	rest := text[sp.End:min(len(text), s.span.End)]
	at := sp.End
	switch {
	case strings.HasPrefix(rest, "'s "):
		at += len("'s ")
	case strings.HasPrefix(rest, "’s "):
		at += len("’s ")
	default:
		return false
	}
	for _, m := range s.actors {
		if m.Actor != nil && m.Span.Start == at {
			return true
		}
	}
	return false
}

// jointActors are the sides told as acting beside actor1 in the same
// sentence and as strongly ("Hezbollah fighters and Syrian troops
// captured"): its partners, never its opponent.
func jointActors(cands []roleCand, actor1 *actors.Actor) []*actors.Actor {
	if actor1 == nil {
		return nil
	}
	top := 0.0
	for _, c := range cands {
		if c.role == 1 && sameSide(c.actor, actor1) && c.strength > top {
			top = c.strength
		}
	}
	if top == 0 {
		return nil
	}
	// a side told more as the one acted on than as acting ("troops
	// engaged the terrorists' hideout ... three terrorists were killed")
	// is the other side, whatever one reading of it as acting says
	weight := func(a *actors.Actor, role int) float64 {
		w := 0.0
		for _, c := range cands {
			if c.role == role && sameSide(c.actor, a) {
				w += c.strength
			}
		}
		return w
	}
	var out []*actors.Actor
	for _, c := range cands {
		if c.role == 1 && !c.party && !sameSide(c.actor, actor1) && c.strength >= top && !slices.Contains(out, c.actor) && weight(c.actor, 2) <= weight(c.actor, 1) {
			out = append(out, c.actor)
		}
	}
	return out
}

// actsPeopleAt reports whether a side's name lies in a count of people
// named by the act they did ("two Boko Haram suicide bombers").
func actsPeopleAt(text string, s *sentence, sp sitrep.Span) bool {
	for _, c := range s.cas {
		if c.np.Start <= sp.Start && sp.End <= c.np.End && actsPeople(text, c) {
			return true
		}
	}
	return false
}

// fateBeforeBy reports whether "by" just before word i follows a verb of
// what happened to people ("killed by", "wounded by", "shot dead by").
func (x *Extractor) fateBeforeBy(s *sentence, i int) bool {
	by := -1
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if s.words[k].low == "by" {
			by = k
			break
		}
	}
	if by < 1 {
		return false
	}
	// (a day or a place may stand between: "were killed on Thursday by
	// suspected jihadists", "killed in Dioura by")
	for k := by - 1; k >= 0 && k >= by-5; k-- {
		if x.casualtyAt(s, k, false) != "" {
			return true
		}
		if s.words[k].punc || isClauseBreak(s.words[k]) || k < by-2 && !s.inTimeOrPlace(k) {
			return false
		}
	}
	return false
}

// inTimeOrPlace reports whether word k belongs to a time expression or
// is a place preposition or article before a capitalised name.
func (s *sentence) inTimeOrPlace(k int) bool {
	for _, t := range s.times {
		if t.Span.Start <= s.words[k].span.Start && s.words[k].span.End <= t.Span.End {
			return true
		}
	}
	switch s.words[k].low {
	case "on", "in", "at", "near", "the":
		return true
	}
	return s.words[k].cap
}

// onlyActsPeopleHurt reports whether the casualties told in clause c are
// all people named by the act they did ("three suicide bombers were
// killed"), and there is one.
func onlyActsPeopleHurt(text string, s *sentence, c int) bool {
	var in []*casualty
	for _, k := range s.cas {
		if s.clause[min(s.wordAt(k.span.Start), len(s.words)-1)] == c {
			in = append(in, k)
		}
	}
	if len(in) == 0 {
		return false
	}
	for _, k := range in {
		if !actsPeople(text, k) {
			return false
		}
	}
	return true
}

// ownerAfter reports whether the side at word i is told as the owner of a
// weapon named just before ("warplanes of the Syrian government", "the
// artillery of the army"): "of" (and "the") between an air or artillery
// word and the side.
func ownerAfter(s *sentence, t trigHit, i int) bool {
	switch means(t.class.name) {
	case "air", "shelling":
	default:
		return false
	}
	k := t.i + t.n
	if k >= i || s.words[k].low != "of" {
		return false
	}
	for k++; k < i; k++ {
		if s.words[k].low != "the" {
			return false
		}
	}
	return true
}

// roleSet is who did what to whom in an incident, with the words.
type roleSet struct {
	actor1, actor2 *actors.Actor
	span1, span2   sitrep.Span
}

// roleCand is an actor mention with a guess at its role and how sure it is.
type roleCand struct {
	actor    *actors.Actor
	span     sitrep.Span
	role     int // 1 acted, 2 acted upon
	strength float64
	// generic is the dictionary's own reading of a generic word ("the
	// gunmen": unidentified) that actor resolved to the report's group
	generic *actors.Actor
	// party is set for a side told with its dead in a two-sided fight
	// ("two militants and a soldier were killed in an exchange of
	// fire"): one of the two parties, whichever role it is given
	party bool
	// accused is set for the side an accusation names ("the government
	// blamed ISWAP"): the side said to have acted, even in a sentence
	// that says nobody claimed the act
	accused bool
	// foiling is set for a speaker telling of its own foiling ("the army
	// said it had shot down several of the drones"): the side that acted
	// in a foiling, the side acted on in the strike it foiled
	foiling bool
	// later is set for a side read from a sentence other than the
	// incident's first (a later one, its headline, a list's lead): told
	// again, not in the first telling
	later bool
	// foe is set for the second party of "between A and B": the side
	// the first fought, never its partner in a coordination
	foe bool
	// apposed is set for a name set off by commas after the subject it
	// names ("A faction of the Pakistani Taliban, Jamaat-ul-Ahrar,
	// said"): the same body as that subject, no partner of a side in it
	apposed bool
	// cameUnder is set for a side told coming under the act ("troops
	// came under fire"): acted on, by the words of the act itself
	cameUnder bool
	// ordered is set for the first party of "between A and B": first by
	// the order of naming only, which says nothing of who began it
	ordered bool
	// anew is set for armed men told without an article that points
	// back ("Gunmen shot dead ..."), read as the report's group only by
	// default: unidentified unless the incident names that group
	anew bool
	// byDefault is set for unnamed doers read as the group the report
	// tells acting only because it is ("the suicide bomber" in a report
	// about the Taliban): another group the incident names acting takes
	// them (unnamedAnew)
	byDefault bool
	// idle is set for a side told with no act around it and no verb of
	// harm ("in reference to Hayat Tahrir al-Sham"): actor1 only by
	// default, which a side an accusation names outweighs
	idle bool
}

// roles works out actor1 and actor2 from the incident's sentences: "by X"
// and "X claimed" give the side that acted; the subject of an active verb
// acted, unless the verb says it held off an attack ("repelled"); "on X",
// "against X" and "from X" give the other side; the victims' group gives
// actor2 when no side is named.
func (x *Extractor) roles(a *analysis, in *incident, cls class) roleSet {
	return x.pickRoles(a, in, foilersActedOn(x.roleCandidates(a, in), cls))
}

// foilersActedOn makes a side that tells of its own foiling the side acted
// on, when the incident is the blow it foiled, not the foiling ("drones
// hit the airport …, and the army said it had shot down several").
func foilersActedOn(cands []roleCand, cls class) []roleCand {
	if cls.name == "foiled" {
		return cands
	}
	for i := range cands {
		if cands[i].foiling {
			cands[i].role = 2
		}
	}
	return cands
}

// blowThrough reports whether, after the foiling told at word vb, the
// sentence tells in a clause of its own a blow that got through ("...
// shot down 20 of 24 drones, but one drone hit a port building"): a
// realised act of another kind than foiling, in another clause.
func (s *sentence) blowThrough(vb int) bool {
	if vb < 0 || vb >= len(s.words) || len(s.clause) != len(s.words) {
		return false
	}
	for _, t := range realised(s) {
		// (an arrest the foilers made is no blow: "police foiled a bomb
		// plot, arresting two men")
		if t.i > vb && family(t.class.name) == "violence" && !t.noun && s.clause[t.i] != s.clause[vb] {
			return true
		}
	}
	return false
}

// foilingToldAfter reports whether the act a speaker tells after its verb
// of saying (word vb) is a foiling ("said it had shot down several of the
// drones", "said it intercepted two missiles") and no other act.
func (s *sentence) foilingToldAfter(vb int) bool {
	for _, t := range s.triggers {
		if t.i <= vb || t.irrealis {
			continue
		}
		return t.class.name == "foiled"
	}
	return false
}

// contextBetween reports whether a backdrop word ("amid", "during",
// "after") stands between words from and to: what follows it is the
// setting of what came before.
func (s *sentence) contextBetween(from, to int) bool {
	for _, m := range s.markers {
		if m.val.(string) == "context" && m.i >= from && m.i+m.n <= to {
			return true
		}
	}
	return false
}

// headlineLeadEnd is where the part of headline h that tells the lead
// incident ends: at its first semicolon ("Hezbollah missile hits Metula
// house; Israeli drone kills two near Nabatieh" tells two incidents), or
// its end.
func headlineLeadEnd(h *sentence) int {
	for _, w := range h.words {
		if w.low == ";" {
			return w.span.Start
		}
	}
	return h.span.End
}

// howWeight is the weight of the sides a sentence telling only how an
// act was done names (frame.how): less than a later sentence's 0.6, so
// that the side a claim or the first sentence names keeps the act ("the
// troops destroyed two of the vehicles" does not make the troops the
// bombers), while an agent told nowhere else is read ("the soldiers were
// attacked by gunmen, presumably of the CJNG").
const howWeight = 0.3

// roleCandidates reads every actor mention of an incident's sentences, and
// of the headline that tells it, as a guess at its role.
func (x *Extractor) roleCandidates(a *analysis, in *incident) []roleCand {
	var cands []roleCand
	for fi, f := range in.frames {
		weight := 1.0
		if fi > 0 {
			weight = 0.6
		}
		if f.how {
			weight = howWeight // (below)
		}
		for _, c := range x.frameRoles(a, f, weight) {
			c.later = fi > 0
			cands = append(cands, c)
		}
	}
	if h := in.headline; h != nil {
		// the headline that tells the incident names its sides too
		// ("Islamic State-claimed suicide attack kills seven"), at half
		// the weight of a sentence of the body
		// (a headline of two incidents parted by a semicolon tells the
		// lead incident's sides before it: "Air strike on market kills
		// 26; RSF mortars hit Omdurman")
		end := headlineLeadEnd(h)
		for _, c := range x.frameRoles(a, &frame{s: h, trigs: realised(h)}, 0.5) {
			if c.span.Start >= end {
				continue
			}
			c.later = true
			cands = append(cands, c)
		}
	}
	if lead := listIntroOf(a, in); lead != nil {
		// "FARC fighters carried out a wave of attacks on Sunday: a
		// soldier was killed in Suarez, …": the line that introduces a
		// list of acts names the side of each
		for _, c := range x.frameRoles(a, &frame{s: lead, trigs: realised(lead)}, 0.6) {
			c.later = true
			cands = append(cands, c)
		}
	}
	if noClaim(in) || denialAfter(a, in) {
		// "no group has claimed the attack": the gunmen stay unidentified,
		// whichever group the report otherwise tells of, and a group the
		// denial's own sentence names ("..., but Islamic State fighters
		// remain active in the hills") is a suspicion, not the actor
		kept := cands[:0]
		for _, c := range cands {
			if c.generic != nil {
				c.actor = c.generic
			}
			// (unnamed armed men the denial's sentence tells acting, "the
			// device was placed by anti-government elements; no party has
			// claimed responsibility", are no suspicion of a group: they
			// stay, unidentified)
			if (c.role == 1 || isArmedGroup(c.actor)) && denialSentence(in, c.span) && !c.accused && !(isUnnamedGunmen(c.actor) && !a.deniesAfter(c.span)) {
				continue
			}
			kept = append(kept, c)
		}
		cands = kept
	}
	kept := cands[:0]
	for _, c := range cands {
		if c.accused && chargeDenied(in, c.span) {
			continue // "factions blamed Kurdish fighters, a charge the SDF denied": a charge, no doer
		}
		if c.role == 1 && !c.accused && claimRejectedAfter(in, c.span) {
			// "the Islamic State said its fighters had killed dozens of
			// soldiers near Mbau, a claim the ministry rejected": a word
			// the other side rejects tells less of who acted
			c.strength *= 0.3
		}
		kept = append(kept, c)
	}
	return x.unnamedAnew(a, in, kept)
}

// unnamedAnew gives armed men told anew ("Gunmen abducted two shepherds
// near Baladruz") their own reading, unidentified, when nothing else in
// the incident names the group the report is about, which they were read
// as by default: a report about one group tells of other killers too,
// and coders name a group only where the words of the incident do.
func (x *Extractor) unnamedAnew(a *analysis, in *incident, cands []roleCand) []roleCand {
	for i := range cands {
		c := &cands[i]
		if !c.anew || c.generic == nil {
			continue
		}
		named := slices.ContainsFunc(cands, func(o roleCand) bool {
			return !o.anew && o.actor.RecordName() == c.actor.RecordName()
		})
		if !named && !x.claimedFree(a, in, c.actor.RecordName()) {
			c.actor, c.generic = c.generic, nil
		}
	}
	for i := range cands {
		c := &cands[i]
		if !c.byDefault || c.generic == nil {
			continue
		}
		// "A suicide bomber blew himself up ..., killing four policemen",
		// then "The Islamic State group claimed the bombing", in a
		// report about the Taliban: the bomber is the claimer's
		other := slices.ContainsFunc(cands, func(o roleCand) bool {
			return o.role == 1 && o.generic == nil && !o.byDefault && isArmedGroup(o.actor) && !isUnnamedGunmen(o.actor) && o.actor.RecordName() != c.actor.RecordName()
		})
		if other {
			c.actor, c.generic = c.generic, nil
		}
	}
	return cands
}

// claimRejectedAfter reports whether the sentence holding span goes on,
// after it, to an apposition that rejects what it told (", a claim the
// ministry rejected", ", an account the army denied").
func claimRejectedAfter(in *incident, span sitrep.Span) bool {
	for _, f := range in.frames {
		if f.s.span.Start > span.Start || span.End > f.s.span.End {
			continue
		}
		ws := f.s.words
		for i := 1; i+1 < len(ws); i++ {
			if ws[i].span.Start < span.End || ws[i-1].low != "," || ws[i].low != "a" && ws[i].low != "an" || !commentNoun(ws[i+1].low) {
				continue
			}
			for k := i + 2; k < len(ws) && k <= i+6; k++ {
				if denies(ws, k) || ws[k].low == "dismissed" {
					return true
				}
			}
		}
		return false
	}
	return false
}

// listIntroOf returns the line before a colon that introduces the list of
// acts the incident's first sentence is an item of, or nil.
func listIntroOf(a *analysis, in *incident) *sentence {
	if len(in.frames) == 0 || in.frames[0].s.colonItem == 0 {
		return nil
	}
	s := in.frames[0].s
	for k := s.idx - 1; k >= 0 && k >= s.idx-s.colonItem; k-- {
		if a.sents[k].listIntro {
			return a.sents[k]
		}
	}
	return nil
}

// frameRoles reads the actor mentions of one frame's sentence as guesses at
// their roles, at the given weight (the incident's first sentence counts
// most).
func (x *Extractor) frameRoles(a *analysis, f *frame, weight float64) []roleCand {
	if f.rolesRead && f.rolesW == weight {
		return f.roles
	}
	cands := x.readFrameRoles(a, f, weight)
	f.roles, f.rolesW, f.rolesRead = cands, weight, true
	return cands
}

// readFrameRoles is frameRoles read anew.
func (x *Extractor) readFrameRoles(a *analysis, f *frame, weight float64) []roleCand {
	var cands []roleCand
	s := f.s
	for _, m := range s.actors {
		if m.Actor == nil {
			continue
		}
		act := x.resolveGeneric(a, m)
		if act == nil {
			continue
		}
		if !m.Generic && s.identifiedAt(s.wordAt(m.Span.Start)) {
			continue // "the attackers belonged to Los Tiguerones": who the doers were, told through them
		}
		var generic *actors.Actor
		if act != m.Actor {
			generic = m.Actor
		}
		// "Gunmen shot dead a councillor outside his home": doers told
		// anew, with no article that points back, read as the group the
		// report is about only by default (see unnamedAnew)
		byDefault := generic != nil && m.Actor.Kind == actors.KindUnidentified && isArmedGroup(act) && act.RecordName() == a.actingGroup()
		anew := byDefault && newDoersWord(m.Alias) && !a.definiteAt(m.Span)
		wi := s.wordAt(m.Span.Start)
		we := wi
		for we < len(s.words) && s.words[we].span.End <= m.Span.End {
			we++
		}
		if s.byATelling(wi) {
			continue // "a statement by the Joint Operations Command said": the source of the news
		}
		if act.Name == "civilians" && s.bothSidesAfter(we) {
			continue // "21 people killed on both sides": fighters of the two sides
		}
		// "Police in Mexico's Sinaloa state found ...", "Officials in
		// Kano said ...": the verb of a side placed by a phrase of its own
		// stands after that phrase
		vb := s.pastLocative(a, we)
		vb = s.namedInApposition(wi, vb)
		if wi > 0 && s.words[wi-1].low == "(" && vb+1 < len(s.words) && s.words[vb].low == ")" && sayVerb(s.words[vb+1].low) {
			vb++ // "the joint mission in Darfur (UNAMID) said": the short name in brackets is the speaker's too
		}
		if s.allyOfADefence(wi) {
			// "troops backed by vigilantes repelled an attack": the
			// allies held it off beside them, no side that made it
			continue
		}
		if v := s.pastSupportAside(vb); v != vb && s.markerIs(v, "defence") {
			// "troops, supported by the CJTF, repelled an attack": the
			// side held the act off, the aside between them hides it
			// (not other verbs: "Iraqi forces, backed by the PMU, have
			// retaken three villages" sums a campaign that later
			// sentences tell village by village, by their own doers)
			vb = v
		}
		if s.speakerDefends(vb) && act.Name != "civilians" {
			// "the army says it repelled an RSF attack": the side the
			// act fell on tells of it
			cands = append(cands, roleCand{actor: act, span: m.Span, role: 2, strength: weight * 1.2})
			continue
		}
		if act.Name != "civilians" && x.speakerActs(s, vb) {
			// (not residents or witnesses who "said they saw the bodies of
			// five soldiers": people telling what they saw)
			// "the army said it killed 20 militants": the speaker tells
			// of its own act; set against the act the sentence leads with
			// ("Jihadists killed 12 soldiers in an ambush, ..., while the
			// army said it killed 20 attackers") it tells its answer
			st := weight * 1.2
			if s.contrastClause(wi) {
				st = weight * 0.3
			}
			role := 1
			// (a taking the speaker tells of is its own, whatever fight
			// came before: "the M23 said it had taken control of Kibirizi
			// after two days of clashes with the Wazalendo")
			if t := s.triggerAfter(vb); (x.actedFirstIn(s) || s.attackersAfter(vb)) && !(t != nil && t.class.name == "gain" && !t.irrealis) {
				// "the military said it had killed 100 jihadists who
				// attacked a base", "the army said it had killed 20 of the
				// attackers": the speaker answered the attack
				role = 2
			}
			cands = append(cands, roleCand{actor: act, span: m.Span, role: role, strength: st, foiling: s.foilingToldAfter(vb)})
			continue
		}
		if act.Name != "civilians" && s.foilingAt(vb) && s.blowThrough(vb) {
			// "Ukrainian air defences shot down 20 of 24 drones, but one
			// drone hit a port building": the side that brought the
			// other blows down is the side the one that got through fell
			// on (foilersActedOn), unless the incident is the foiling
			cands = append(cands, roleCand{actor: act, span: m.Span, role: 1, strength: weight, foiling: true, generic: generic})
			continue
		}
		if s.markerIs(vb, "speaker") && !s.markerBefore("passive_by", wi, 2) && !x.claims(s, vb) && !s.foilingAt(vb) {
			continue // "Iraqi army officials said": the source of the news
		}
		if s.reactsAt(vb) || s.markerIs(s.passiveAuxEnd(vb), "reaction") && !x.claims(s, vb) {
			// "Hamas called the strike a massacre", "the government
			// condemned the attack", "police are investigating the
			// attack": a side that judges or looks into the act told
			continue
		}
		if we < len(s.words) && withdrawal(s.words[we].low) && s.gainTold() {
			// "IS fighters withdrew from Hajin as SDF troops entered the
			// town": the side that left is the side the place was taken from
			cands = append(cands, roleCand{actor: act, span: m.Span, role: 2, strength: weight * 1.2, generic: generic})
			continue
		}
		if s.inHistoryClause(wi) {
			continue // "Gunmen who killed 20 villagers last week were arrested": the villagers are last week's
		}
		if s.cumClause[s.clause[min(wi, len(s.words)-1)]] && x.casualtyAt(s, we, false) != "" && !s.objectAfterVerb(x, we) {
			continue // "bringing the number of soldiers killed in the operation to 38": the dead of a running total
		}
		if s.inBackgroundClause(wi) {
			continue // "recaptured Wad Madani on Monday, after the RSF seized it in December": the side of an earlier act
		}
		if s.settingSubject(wi, we) {
			// "a joint team of police was guarding road works when a
			// bomb went off": the people the act came upon
			cands = append(cands, roleCand{actor: act, span: m.Span, role: 2, strength: weight, generic: generic})
			continue
		}
		if s.passiveArrestSubject(wi) {
			// "Gunmen ... were arrested on Tuesday": the arrested
			cands = append(cands, roleCand{actor: act, span: m.Span, role: 2, strength: weight * 1.2, generic: generic})
			continue
		}
		if s.accuserAt(we) {
			continue // "police blamed herders for the killing": the accuser tells, it did not act
		}
		if s.identifierAt(we) {
			continue // "gunmen whom the army identified as CODECO": who told who the doers were
		}
		if p := s.prevWord(wi); (p == "in" || p == "at" || p == "near") && a.placeAt(s.words[wi].span) && we-wi >= 2 {
			continue // "20 gendarmes killed in Burkina attack": an attack in a country, not by it
		}
		if s.markerIs(we, "attire") || s.markerBefore("disguise", wi, 2) {
			continue // "dressed in Somali military uniforms", "disguised as police": a disguise, not a side
		}
		if s.crashSubject(we) {
			continue // "A Nigerian air force jet crashed": the side whose aircraft crashed did nothing
		}
		if s.markerBefore("served", wi, 2) {
			continue // "two men accused of spying for the government": whom the people named served, not a party
		}
		if p := s.prevWord(wi); p == "former" || p == "ex" || p == "retired" {
			continue // "a former army colonel who defected", "a retired police officer": no longer that side's
		}
		if s.tollTellerAt(we) {
			continue // "Police had initially put the toll at nine": who counted, not who acted
		}
		kind := s.clauseKindAt(wi)
		if kind == attributionClause && !x.claims(s, we) && !s.accusedAt(wi) {
			continue // "..., according to the army": who told it, not who did it
		}
		strength := weight
		if m.Generic || m.Anaphor {
			strength *= 0.5
		}
		if s.inBackdrop(wi, f.trigs) {
			// "Police arrested a local leader after rioters torched a
			// police station": the side of what came before acted in
			// the cause, not in the incident
			strength *= 0.3
		}
		if x.affiliationOfNamed(a, s, wi) {
			// "rebels linked to the Islamic State group attacked": the
			// group the rebels are tied to describes them; they acted
			strength *= 0.3
		}
		if s.inQuestion(wi) {
			// "investigating whether the attack was linked to a dispute
			// between cartel A and cartel B": a side asked about, not
			// told acting
			strength *= 0.2
		}
		if s.aggClause[s.clause[min(wi, len(s.words)-1)]] {
			// a side told in a clause of habits or of many incidents
			// ("IS has carried out many attacks in the area") is no
			// party named to this one
			strength *= 0.3
		}
		role, party, accused, cameUnder, ordered, idle := 0, false, false, false, false, false
		// ("troops are hunting the gunmen who killed five people": a
		// side with no act in its own clause, beside another that a
		// relative clause tells doing the harm, did not do it)
		if x.actedFirstIn(s) && !x.whoActed(s, we) && !s.inVictims(m.Span) && !x.actInClause(s, wi) {
			strength *= 0.3
		}
		// "carried out by fighters of the Islamic State group": the
		// side whose members are the agent is the agent
		byAt := wi
		if k := x.membersOfBefore(s, wi); k >= 0 {
			byAt = k
		} else {
			// "ambushed by a group of armed terrorists", "attacked by
			// dozens of suspected militants": the words that count or
			// qualify a side belong to its noun phrase
			byAt = s.sidePhraseStart(wi)
		}
		// the actions of its own clause say what a side did; a side in a
		// relative or subordinate clause with no action of its own
		// describes something else ("troops, who were ambushed last
		// month, retook the village")
		right, left := s.triggerAfterSide(we), s.triggerBeforeIn(wi)
		if right == nil && left == nil {
			if kind == relativeClause && !s.describesTrigger(wi) {
				strength *= 0.3
			}
			right, left = s.triggerAfter(we), s.triggerBefore(wi)
		}
		switch {
		case act.Name != "civilians" && (s.memberOfSideAt(wi) || s.memberNounAfter(we)) && x.harmedBefore(s, wi):
			// "the police captured ... a man pointed out as an explosives
			// expert of the ELN, who had an arrest warrant for
			// terrorism": the side of the one the act befell
			role, strength = 2, strength*0.8
		case act.Name != "civilians" && s.operationAgainstAt(wi):
			// "a police operation against the Comando Vermelho": the
			// side an operation is against is the side it fell on
			role = 2
		case act.Name != "civilians" && s.operationOf(we):
			// "a police operation", "the army's offensive": the side
			// whose operation it is acted
			role, strength = 1, strength*1.2
		case s.objectOfInfinitive(wi):
			// "fighting to topple the Somali government": the object of
			// an aim, not a party named to the act
			role, strength = 2, strength*0.3
		case s.insideTrigger(wi) && byAt > 0 && s.words[byAt-1].low == "by":
			role = 1 // "an attempt [by Fano militias] to enter": the agent within the act's words
		case s.insideTrigger(wi):
			role = 2 // "drove [the militants] out of": the object within the verb's words
		case act.Name != "civilians" && s.ranIntoWeapon(we):
			// "a convoy of MINUSMA struck an improvised explosive
			// device", "an army vehicle hit a roadside bomb": the side
			// that ran into the weapon was hit by it
			role = 2
		case act.Name != "civilians" && s.cameUnderAfter(we):
			// "soldiers came under attack while on patrol", "a police
			// post came under heavy fire": the side the act fell on
			role, cameUnder = 2, true
		case s.markerBefore("support", byAt, 2) || s.inSupportAside(wi):
			// "aided by Shia militiamen", ", supported by air strikes
			// from the US-led coalition,": an ally, not the main actor
			role, strength = 1, strength*0.4
		case s.markerBefore("passive_by", byAt, 2) && onlyActsPeopleHurt(a.text, s, s.clause[min(wi, len(s.words)-1)]):
			// "three suicide bombers were killed by the military": the
			// attackers' fate; the side that killed them is the side they
			// came at
			role, strength = 2, strength*0.5
		case s.carriedIn(byAt):
			// "a vehicle carrying police officers was blown up": the
			// side carried in what was hit is the side it fell on
			role = 2
		case s.markerBefore("keeper", byAt, 2) && !s.weaponWorkedBy(byAt):
			// "a vehicle in a convoy escorted by the army hit a mine": the
			// side that kept what was hit is the side acted on
			role, strength = 2, strength*0.5
		case s.heldCompoundAfter(we) && s.firedFromCompound(wi):
			// "a projectile fired from Houthi-held Yemen", "shells fired
			// from rebel-held Douma": the holder of where the fire came
			// from fired, as with "held by"
			role, strength = 1, strength*0.8
		case s.heldBy(wi) && s.firedFromHeld(wi):
			// "a sniper positioned in the hills held by the Houthis shot
			// dead a woman", "shells fired from districts held by the
			// militants": the holder of where the fire came from fired
			role, strength = 1, strength*0.8
		case s.markerBefore("passive_by", byAt, 2) && s.heldBy(wi):
			// "the last district still held by Islamic State": a state
			// the words describe; the holder is the side the act is on
			role = 2
		case s.markerBefore("passive_by", byAt, 2) && (s.sameClauseAsTrigger(wi) && (kind == mainClause || f.best != nil && s.clause[f.best.i] == s.clause[wi]) || s.describesTrigger(wi)):
			// ("a town that was taken over by government forces": the
			// agent of a relative clause did something else)
			// ("attributed to the sect Boko Haram": laid on it, an
			// accusation, which a denial of any claim does not undo)
			role, strength, accused = 1, strength*1.5, s.accusedAt(wi)
		case s.markerBefore("passive_by", byAt, 2) && kind == mainClause && x.fateBeforeBy(s, byAt):
			// "two farmers were killed by soldiers": the agent of what
			// happened to the people counted
			role, strength = 1, strength*1.5
		case s.weaponPlacedBy(byAt):
			// "the mine had been laid by the militants", "a bomb planted
			// by insurgents": whoever set the weapon did the act it
			// told, in whatever clause
			// (after the readings of "by" in the act's own clause)
			role, strength = 1, strength*1.2
		case act.Name != "civilians" && s.pursuedAt(wi) && !(we < len(s.words) && relative(s.words[we].low)):
			// "troops pursuing the attackers killed nine of them": the
			// side pursued is the one the act fell on (not "hunting the
			// gunmen who killed five people": the relative tells their act)
			role = 2
		case act.Name != "civilians" && x.objectOfSidesHarm(a.text, s, m.Span):
			// "Mexican soldiers killed 19 suspected cartel gunmen": the
			// counted object of another side's verb of harm had it done
			// to them, whatever their own name says they do
			role = 2
		case s.claimedByBefore(byAt):
			// "the attack was claimed by the Hafiz Gul Bahadur group",
			// "responsibility was later claimed by JNIM": the agent of a
			// passive claim claims, whichever clause the verb of claiming
			// was read into
			role, strength = 1, strength*1.3
		case s.accusedAt(wi):
			role, strength, accused = 1, strength*1.3, true // "the government accused al-Shabaab of the bombing"
		case x.claims(s, we):
			role, strength = 1, strength*1.3
		case act.Name != "civilians" && (s.namesTriggerAgent(wi, we) || s.sharesTriggerAgent(we)):
			// "killed in an Israeli strike": the side the act's own words
			// name; "US and British warplanes struck": both sides the
			// shared noun names
			role, strength = 1, strength*1.2
		case act.Name != "civilians" && s.secondOfBetween(wi) && x.whoActed(s, we):
			// "clashes between troops and fighters who had attacked army
			// positions": of the two parties to the fight, the one told
			// attacking began it, and is the first side
			role, strength = 1, strength*1.5
		case act.Name != "civilians" && s.firedAfter(we):
			// "when armed men fired from the surrounding hills into
			// Kwakta": the side that fired is the shooter, though "fired"
			// alone names no act of the lexicon's
			role = 1
		case act.Name != "civilians" && (x.heActsAfter(s, wi, m.Span) >= 0 || x.whoActed(s, we)):
			// "troops killed a militant commander after he attacked a
			// village": the one killed did the act told after
			role, strength = 1, strength*0.8
		case s.inVictims(m.Span) && act.Name != "civilians" && actsPeopleAt(a.text, s, m.Span):
			// "two Boko Haram suicide bombers were killed": the attackers
			// who died are still the side that attacked
			role, strength = 1, strength*0.8
		case s.inVictims(m.Span) && act.Name != "civilians" && s.twoSided():
			// a side with its dead in clashes is a party to them, told
			// first: "regime forces killed in clashes against ISIS" are
			// the first side, ISIS the other, as coders write it
			role, strength, party = 1, strength*0.4, true
		case s.inVictims(m.Span):
			role = 2 // counted among the hurt
			switch {
			case act.Name == "civilians" && plainPeople(a.text, m.Span) && s.tellsFighting():
				// "clashed with troops, leaving nine people dead": the
				// dead of a fight, whoever they were, not its second side
				strength *= 0.3
			case act.Name == "civilians" && !s.moreHurtOfForces():
				strength *= 2 // civilians hurt are the side acted on, before a group named as the target
			}
		case act.Name != "civilians" && x.secondOfReciprocal(s, wi):
			// "Al-Shabaab fighters and Somali troops clashed": the side
			// named after "and" before a verb of fighting each other is
			// the other party, as "between A and B" tells it
			role, strength = 2, strength*2.5
		case act.Name != "civilians" && s.secondOfBetween(wi):
			// "clashes between the army and the RSF": the side named
			// after "and" is the other party to the fight, whoever the
			// fight hurt
			role, strength = 2, strength*2.5
		case s.markerIs(we, "target") && s.placeLeftFrom(wi):
			// "after he was dragged from a police station": the thing
			// of theirs is where someone was taken from, not what was hit;
			// no party to the incident
			continue
		case s.markerIs(we, "target") && s.fireCameFrom(wi):
			role = 1 // "mortar rounds fired from RSF positions": where the fire came from is the shooters'
		case s.markerIs(we, "target"):
			role = 2 // a thing of theirs was hit ("army positions")
		case act.Name != "civilians" && x.hurtRightAfter(s, we):
			// "evacuating soldiers wounded in an ambush": the side the
			// words of harm right after it befell, counted or not
			role = 2
		case right != nil && right.noun && x.modifiesTrigger(s, we, right.i):
			role, strength = 1, strength*1.2 // "a Daesh attack", "coalition airstrikes"
		case left != nil && !left.weak && !s.markerIs(left.i, "defence") && right != nil && right.i == we && s.reducedRelative(wi, right.i):
			// "fired mortar rounds at Israeli troops advancing in Khan
			// Younis": a participle right after the side describes it;
			// the side is what the act of its own clause fell on
			role = 2
		case right != nil && !right.noun && (right.i-we <= 6 || right.i-vb <= 6 || s.coordinatedSubject(we, right.i)) && !(left != nil && objectPrep[s.prevWord(wi)]):
			// (not "the siege of [Isis] in Mosul and liberate", "seized the
			// village from [FARC dissidents] after three days of
			// fighting": the object of the action before it)
			if s.markerIs(right.i, "defence") && right.i > 0 && isPassiveAux(s.words[right.i-1].low) {
				role = 1 // "the attackers were repelled": they attacked
			} else if s.markerIs(right.i, "defence") && !s.foilingArrests(right) {
				role = 2 // "Iraqi forces repelled ..."
			} else if s.passiveSubjectOf(right, we) {
				role = 2 // "soldiers were ambushed by rebels": the side the act fell on
			} else if s.relativeOfAnother(right, we) {
				// "Troops killed 30 terrorists who attacked their
				// position": the act of a relative clause on another noun
				// is that noun's, and fell on the side before it
				role, strength = 2, strength*0.8
			} else if s.actOnTheAttacker(right, wi) || x.answersTheObject(s, right, wi, we) {
				// "a gunman killed 49 people before police shot him
				// dead": the side that ended the attack is the one it
				// was made against, not the attacker
				role, strength = 2, strength*0.8
			} else {
				role = 1
			}
		case left != nil && left.class.name == "gain" && takerAfter(s.words[left.i:left.i+left.n]) && wi-(left.i+left.n) <= 2:
			role = 1 // "the town fell to the army", "now under the control of the army": the side after took it
		case left != nil && left.noun && ownerAfter(s, *left, wi):
			role = 1 // "warplanes of the Syrian government": whose weapons they were
		case left != nil && s.clause[min(left.i, len(s.words)-1)] != s.clause[wi] && kind == relativeClause && x.killsAfter(s, we):
			// "Sunday's attack in Maiduguri, in which gunmen killed nine
			// people": the subject of a verb of killing in a clause on the
			// act did it, whatever the clause before says of the act
			role, strength = 1, strength*0.8
		case left != nil:
			at := wi
			if h := s.partOfBefore(wi); h >= 0 {
				at = h // "clashes between rival factions of the Sinaloa Cartel": the parts' place is the side's
			}
			pw := s.prevWord(at)
			if s.afterBetween(at) {
				pw = "between" // "clashes between rival gangs"
			}
			switch pw {
			case "from":
				role = 2
				if s.fireCameFrom(at) {
					role = 1 // "mortar fire from unidentified assailants": where the fire came from, its shooters
				}
			case "on", "against", "targeting", "targeted", "at", "of", "hit", "struck":
				role = 2
			case "with":
				role, strength = 2, strength*0.5
			case "between":
				// "clashes between A and B": coders put the first named
				// side first; B, after "and", stays the other side
				role, strength, ordered = 1, strength*0.6, true
				if s.contextBetween(left.i+left.n, at) {
					// "soldiers killed 19 gunmen in a shootout, amid a war
					// between rival factions of the Sinaloa Cartel": the
					// fight a backdrop word sets beside the act, not its
					// sides
					strength *= 0.2
				}
			default:
				if s.markerIs(left.i, "defence") {
					role = 1 // "repelled Daesh"
				} else {
					role, strength = 2, strength*0.8
				}
			}
		default:
			// no word of the incident around it: a verb of what happened
			// to people may still say ("forces killed 17 and captured
			// several IS fighters": the subject did it, the object had it
			// done to them)
			switch {
			case x.killsAfter(s, we):
				role, strength = 1, strength*0.8
			case x.killedBefore(s, wi):
				role, strength = 2, strength*0.8
			default:
				role, strength, idle = 1, strength*0.5, true
			}
		}
		if act.Name == "civilians" {
			role = 2
		}
		if s.prevWord(wi) == "allied" {
			// "fighting with the army and allied Wazalendo militias": an
			// ally named after the side it fights beside is no main side
			strength *= 0.4
		}
		if role == 1 && !party && act.Name != "civilians" && !s.inVictims(m.Span) && x.secondOfCoordinatedSides(s, wi) && !s.secondOfBetween(wi) {
			// "Malian soldiers and Russian fighters of the Africa Corps
			// executed 12 men": the side named second beside the first
			// acted with it, as its associate; the first is the actor
			// (not the second party of "between A and B": its foe)
			strength *= 0.5
		}
		if role == 1 && s.partOfSidesBefore(wi) {
			// "Yemeni forces backed by the coalition, among them the
			// Giants Brigades, ..., said they had taken the airport": a
			// part of the side told before, which leads
			strength *= 0.4
		}
		if role == 1 && right != nil && right.weak && right.i > we && s.plainTriggerBesides(right.i) {
			// a side told only as advancing or fighting on ("as Iraqi
			// forces advanced") beside a plain act of another
			strength *= 0.5
		}
		cands = append(cands, roleCand{actor: act, span: m.Span, role: role, strength: strength, generic: generic, party: party, accused: accused, foe: s.secondOfBetween(wi), cameUnder: cameUnder, ordered: ordered, idle: idle, anew: anew, byDefault: byDefault})
	}
	// "we", "our units" in a quotation are the side that speaks: the
	// side its attribution names ("... , the Hashd said", "a ministry
	// spokesman said" in a country's report)
	if sp := x.quotedSpeaker(a, s); sp != nil {
		for i, w := range s.words {
			if w.low != "we" && w.low != "our" {
				continue
			}
			k := i + 1
			if w.low == "our" {
				k = i + 2 // "our units attacked"
			}
			switch t := s.triggerAfter(k); {
			case t != nil && t.i-k <= 2 && !t.noun && s.markerIs(t.i, "defence"):
				cands = append(cands, roleCand{actor: sp, span: w.span, role: 2, strength: weight * 0.8}) // "our units repelled an attack"
			case t != nil && t.i-k <= 2 && !t.noun, x.killsAfter(s, k):
				cands = append(cands, roleCand{actor: sp, span: w.span, role: 1, strength: weight * 0.8}) // "we killed 12"
			}
		}
	}
	// "they" as the subject of the act is the side named last before it
	// ("Twelve militants were killed when they attacked a base"), or, when
	// the sentence names none before it, the side the sentence before
	// ends on ("The Houthis have threatened to widen their campaign. On
	// Friday they launched a drone that struck ..."); "they" may launch or
	// fire the weapon that is the act's word
	for i, w := range s.words {
		if w.low != "they" {
			continue
		}
		t := s.triggerAfter(i + 1)
		launched := t != nil && t.noun && i+1 < len(s.words) && launchVerbs[s.words[i+1].low] && t.i-i <= 4
		if t == nil || (t.noun || t.i-i > 2) && !launched || s.markerIs(t.i, "defence") {
			continue
		}
		var last *actors.Mention
		for k := range s.actors {
			m := &s.actors[k]
			if m.Actor != nil && m.Span.End <= w.span.Start && s.clauseKindAt(s.wordAt(m.Span.Start)) != attributionClause {
				if mi := s.wordAt(m.Span.Start); last != nil && (s.partOfSidesBefore(mi) || s.inSupportAside(mi)) {
					// ("Yemeni forces backed by the coalition, among them
					// the Giants Brigades, ..., said they had taken":
					// "they" are the head, not its ally or its part)
					continue
				}
				last = m
			}
		}
		if last == nil && s.idx > 0 && !s.sidesBefore(i) {
			last = a.sents[s.idx-1].lastSide()
		}
		if last == nil || last.Actor.Name == "civilians" {
			continue
		}
		if first := s.firstOfCoordinatedSides(last); first != nil {
			last = first // "Malian soldiers and Africa Corps fighters ... men they had detained": "they" are both, the first leads
		}
		if last.Span.Start >= s.span.Start && s.cameUnderAfter(s.wordAt(last.Span.End-1)+1) {
			// "special forces came under attack from car bombs as they
			// pushed into the district": the side's own move is the
			// scene of the act it came under, not the act
			continue
		}
		if act := x.resolveGeneric(a, *last); act != nil {
			cands = append(cands, roleCand{actor: act, span: last.Span, role: 1, strength: weight * 0.8})
		}
	}
	// a country as the subject of an action stands for its forces
	// ("Iraq flew its flag above ...", "Turkey shelled ..."), and as the
	// agent of weapons put to use ("drones launched by Russia", "missiles
	// fired by Iran")
	for _, pi := range s.places {
		m := a.places[pi]
		if agentCountry(m) && !s.actorCovers(m.Span) {
			b := s.wordAt(m.Span.Start) - 1
			if b >= 1 && s.words[b].low == "the" {
				b--
			}
			if b >= 1 && s.words[b].low == "by" && (launchVerbs[s.words[b-1].low] || s.words[b-1].low == "conducted" || b >= 2 && s.words[b-1].low == "out" && s.words[b-2].low == "carried") {
				// ("drones launched by Russia", "a strike carried out by
				// the United States", "raids conducted by Turkey")
				if t := s.triggerBefore(b - 1); t != nil && (t.noun || t.class.name == "foiled") {
					if act := x.actors.Generic("soldiers", m.Place.Country); act != nil {
						cands = append(cands, roleCand{actor: act, span: m.Span, role: 1, strength: weight * 1.2})
					}
				}
			}
			continue
		}
		if !isCountry(m) || m.Prep != "" || isDateline(a.text, m) || m.Dateline || s.actorCovers(m.Span) || isLabel(a.text, m.Full.End) || s.possessorOfSide(a.text, m.Span) || acrossBorder(a.text, m) {
			continue // (nor the country in a side's name: "Mali army post attacked"; nor a round-up's label: "Burkina Faso: gunmen killed"; nor the country of a side named after it: "Sudan's Rapid Support Forces said"; nor the land across a border: "Azaz, near the border with Turkey, has been hit")
		}
		we := s.wordAt(m.Span.End)
		for we < len(s.words) && s.words[we].span.Start < m.Span.End {
			we++
		}
		// "Ukraine's deputy defence minister said that its forces had
		// liberated ...": the country's official tells of its own act
		if sv := s.sayVerbAfter(we, 5); sv >= 0 && x.speakerActs(s, sv) {
			if act := x.actors.Generic("soldiers", m.Place.Country); act != nil {
				cands = append(cands, roleCand{actor: act, span: m.Span, role: 1, strength: weight * 1.2})
			}
			continue
		}
		t := s.triggerAfter(we)
		// "Iran fired a dozen ballistic missiles", "Russia launched 30
		// drones": a verb of using weapons, then the weapons named
		launched := we < len(s.words) && launchVerbs[s.words[we].low] && t != nil && t.noun && t.i-we <= 7
		// "Israel responded with artillery fire on ...", "Russia
		// retaliated with a missile strike": a reply made with weapons
		launched = launched || we+1 < len(s.words) && replyVerbs[s.words[we].low] && s.words[we+1].low == "with" && t != nil && t.noun && t.i-we <= 4
		if t == nil || (t.noun && !launched) || t.i-we > 3 && !launched || s.markerIs(t.i, "defence") {
			continue
		}
		if act := x.actors.Generic("soldiers", m.Place.Country); act != nil {
			cands = append(cands, roleCand{actor: act, span: m.Span, role: 1, strength: weight * 0.7})
		}
	}
	// "Israel said its jets struck ...", "Russia said it had captured
	// ...": a country speaking of its own act stands for its forces (the
	// gazetteer takes a name right before a say verb for a speaker, not
	// a place, so none of the places above is it)
	for k := range s.words {
		if !sayVerb(s.words[k].low) {
			continue
		}
		if sp, country := x.speakingCountry(s, k); country != "" && x.speakerActs(s, k) {
			if act := x.actors.Generic("soldiers", country); act != nil {
				cands = append(cands, roleCand{actor: act, span: sp, role: 1, strength: weight * 1.2})
			}
		}
	}
	for k := range cands {
		if c := &cands[k]; c.span.End > c.span.Start {
			wi, we := s.wordAt(c.span.Start), s.wordAt(c.span.End-1)+1
			c.apposed = s.namedInApposition(wi, we) != we
		}
	}
	s.oneRoleForAShortName(cands)
	return cands
}

// speakingCountry returns the span and country (ISO2) of a country's name
// opening the clause of the say verb at word sv ("Israel said", "The
// United States said"), "" when the words before it are no country or a
// side's name covers them ("Russian forces said").
func (x *Extractor) speakingCountry(s *sentence, sv int) (sitrep.Span, string) {
	b := sv
	for b > 0 && sv-b < 3 && s.words[b-1].cap && !s.words[b-1].punc {
		b--
	}
	if b < sv && s.words[b].low == "the" {
		b++
	}
	if b == sv || x.gaz == nil {
		return sitrep.Span{}, ""
	}
	if k := b - 1; k >= 0 && !(k == 0 && s.words[k].low == "the" || s.words[k].low == "," || s.words[k].low == "that") {
		return sitrep.Span{}, "" // (not "the army of Russia said", nor "Syria and Russia said")
	}
	sp := sitrep.Span{Start: s.words[b].span.Start, End: s.words[sv-1].span.End}
	for _, m := range s.actors {
		if m.Actor != nil && m.Span.Start < sp.End && sp.Start < m.Span.End {
			return sitrep.Span{}, ""
		}
	}
	var name strings.Builder
	for k := b; k < sv; k++ {
		if k > b {
			name.WriteByte(' ')
		}
		name.WriteString(s.words[k].low)
	}
	for _, p := range x.gaz.Lookup(name.String(), "") {
		if p.Feature == "A.PCLI" && strings.EqualFold(p.Name, name.String()) {
			return sp, p.Country
		}
	}
	return sitrep.Span{}, ""
}

// launchVerbs put weapons to use ("fired missiles", "launched drones").
var launchVerbs = map[string]bool{"fired": true, "fires": true, "launched": true, "launches": true, "dropped": true, "carried": true, "sent": true, "unleashed": true}

// replyVerbs tell an answer to an attack; with "with" and weapons after
// them ("responded with artillery fire") they tell its use.
var replyVerbs = map[string]bool{"hit": true, "struck": true}

// answerVerbs are the verbs of answering a blow ("responded with air
// strikes"); with "hit" and "struck" they make replyVerbs.
var answerVerbs = map[string]bool{"responded": true, "responds": true, "retaliated": true, "retaliates": true, "replied": true, "answered": true}

func init() {
	for w := range answerVerbs {
		replyVerbs[w] = true
	}
}

// tellsCounterAttack reports whether the sentence tells a counter-attack
// ("In the counter-attack, about 30 assailants were killed"): the side
// attacked answering in the same fight.
func (s *sentence) tellsCounterAttack() bool {
	for k := range s.words {
		if s.counterAttackAt(k) {
			return true
		}
	}
	return false
}

// counterAttackAt reports whether the words at k name a counter-attack
// ("counterattack", or "counter-attack", which a hyphen breaks in two).
func (s *sentence) counterAttackAt(k int) bool {
	switch s.words[k].low {
	case "counterattack", "counterattacks":
		return true
	case "counter":
		return k+1 < len(s.words) && (s.words[k+1].low == "attack" || s.words[k+1].low == "attacks")
	}
	return false
}

// replyBefore reports whether the word at i is the means of a reply told
// just before it ("responded with air strikes", "retaliated with
// shelling"; not "struck with", which tells the act itself).
func (s *sentence) replyBefore(i int) bool {
	for k := i - 1; k >= 1 && k >= i-4; k-- {
		if s.words[k].low == "with" {
			return answerVerbs[s.words[k-1].low]
		}
	}
	return false
}

// sequenceBefore reports whether an adverb of sequence ("later",
// "subsequently", "afterwards") stands within the two words before word
// i: the act told there came after the one told before.
func (s *sentence) sequenceBefore(i int) bool {
	for k := min(i, len(s.words)) - 1; k >= 0 && k >= i-2; k-- {
		switch s.words[k].low {
		case "later", "subsequently", "afterwards", "afterward":
			return true
		}
	}
	return false
}

// isLabel reports whether a name ending at end is set off as a label by
// a colon or a dash after it ("Burkina Faso: gunmen killed ...", "Mali -
// an IED ...").
func isLabel(text string, end int) bool {
	rest := strings.TrimLeft(text[end:], " ")
	return strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "- ") || strings.HasPrefix(rest, "– ") || strings.HasPrefix(rest, "— ")
}

// speakerActs reports whether the side whose name ends before word i says
// it did the incident itself: "said it killed", "says they captured",
// "announced that its forces had retaken".
func (x *Extractor) speakerActs(s *sentence, i int) bool {
	// "X and allied militias said they ...": past a coordinated subject
	if i+1 < len(s.words) && s.words[i].low == "and" {
		for k := i + 1; k < len(s.words) && k <= i+5; k++ {
			if sayVerb(s.words[k].low) {
				i = k
				break
			}
			if s.words[k].punc {
				break
			}
		}
	}
	// past the rest of the side's own noun phrase and an adverb ("the
	// Islamic State's Somalia branch later said it was behind the blast")
	for n := 0; n < 2 && i+1 < len(s.words) && speakerTail[s.words[i].low]; n++ {
		i++
	}
	if i >= len(s.words) {
		return false
	}
	switch s.words[i].low {
	case "said", "says", "announced", "claimed", "claims", "reported", "stated":
	default:
		return false
	}
	k := i + 1
	// past the day it was said ("said on Wednesday that ...", "said on
	// Friday it had carried out ...")
	for _, t := range s.times {
		if a, b := s.wordRange(t.Span); a == k || a == k+1 && s.words[k].low == "on" {
			k = b
			break
		}
	}
	// past where it was said ("said in a statement that ...", "said on
	// its Telegram channel that ...", "said in a statement on one of its
	// websites that ...")
	if k < len(s.words) && (s.words[k].low == "in" || s.words[k].low == "on" || s.words[k].low == "through") {
		for j := k + 1; j < len(s.words) && j <= k+10; j++ {
			if s.words[j].low == "that" {
				k = j
				break
			}
			if s.words[j].punc {
				break
			}
		}
	}
	if k < len(s.words) && s.words[k].low == "that" {
		k++
	}
	part := false // "one of its fighters", a part of its own people
	if k+2 < len(s.words) && s.words[k+1].low == "of" && (isNumberWord(s.words[k].low) || s.words[k].num) {
		k, part = k+2, true // "said that one of its fighters had carried out the attack"
	}
	if k >= len(s.words) {
		return false
	}
	switch s.words[k].low {
	case "it", "they", "we":
	case "its", "their", "our":
		k++ // "its forces had retaken"
	case "his", "her":
		// "the head of the Wagner group said his fighters had captured
		// the village": the leader's fighters are the side's
		if k+1 >= len(s.words) || !ownFighters[s.words[k+1].low] {
			return false
		}
		k++
	default:
		return false
	}
	for j := k + 1; j < len(s.words) && j <= k+6; j++ {
		if s.markerIs(j, "defence") || lossWord[s.words[j].low] {
			return false // "the army says it repelled an attack", "... it lost six men": it was attacked
		}
		switch s.words[j].low {
		case "found", "discovered", "recovered", "retrieved", "unearthed", "exhumed":
			// "police said they had found the bodies of nine men": they
			// found, others killed; not the bodies of an armed side the
			// teller fought ("the rebels said they found 12 bodies of
			// junta soldiers")
			return s.armedSideWithin(j+1, j+8)
		}
		if part && (passiveAux[s.words[j].low] || x.casualtyAt(s, j, false) != "" && x.casualtyAt(s, j, true) == "") {
			return false // "said one of its soldiers had been killed", "one of its soldiers died": its own hurt
		}
		if x.casualtyAt(s, j, true) != "" || x.doneActAt(s, j) {
			return true
		}
		if _, n := x.lex.triggers.at(s.words, j); n > 0 {
			return true
		}
	}
	// "police said they had busted a module in Hajin, Bandipora, and
	// arrested three workers of the group": the act the pronoun's own
	// verb phrase goes on to, joined by "and" with no subject of its own
	for j := k + 7; j < len(s.words) && j <= k+16; j++ {
		if s.words[j].low == "that" || sayVerb(s.words[j].low) || s.words[j].low == ";" {
			return false // (a new clause of saying or a new sentence's part)
		}
		if s.words[j-1].low != "and" {
			continue
		}
		if x.casualtyAt(s, j, true) != "" {
			return true
		}
		if t, n := x.lex.triggers.at(s.words, j); n > 0 && !t.(trigger).noun {
			return true
		}
	}
	return false
}

// attackersAfter reports whether the words after the verb of saying at
// i, in the sentence's next dozen words, point back to the incident's
// attackers ("said it had killed 20 of the attackers", "said troops
// pursued the assailants"): what the speaker did answered the attack.
func (s *sentence) attackersAfter(i int) bool {
	for k := i + 1; k < len(s.words) && k <= i+12; k++ {
		switch s.words[k].low {
		case "counterattack", "counterattacks", "counter":
			// "said it killed 20 militants in the counter-attack": the
			// speaker's act answered the attack, in the same fight (not
			// "in retaliation for", "in a counter-offensive": an
			// operation of its own, later)
			if s.counterAttackAt(k) {
				return true
			}
		case "attackers", "assailants", "gunmen", "raiders", "attacker", "assailant", "gunman":
			// "the attackers": the side that made the attack told
			// (not "killed 12 gunmen": the speaker's own operation)
			if s.words[k-1].low == "the" {
				return true
			}
		}
	}
	return false
}

// moreHurtOfForces reports whether the sentence counts more soldiers or
// police hurt than civilians ("Nine soldiers and a civilian were killed"):
// the forces are then the side acted on, the civilians with them.
func (s *sentence) moreHurtOfForces() bool {
	forces, civ := 0, 0
	for _, c := range s.cas {
		if c.subset || c.cumulative || c.background {
			continue
		}
		switch c.group {
		case "soldiers", "police":
			forces += c.count.BestOr(0)
		case "civilians":
			civ += c.count.BestOr(0)
		}
	}
	return forces > civ
}

// placeLeftFrom reports whether the side mention at word wi names the
// owner of a place someone was taken or fled from ("dragged from a police
// station", "escaped from an army camp"): "from" right before it, after a
// verb of leaving or taking away.
func (s *sentence) placeLeftFrom(wi int) bool {
	k := wi - 1
	if k >= 0 && (s.words[k].low == "a" || s.words[k].low == "an" || s.words[k].low == "the" || s.words[k].low == "their" || s.words[k].low == "his" || s.words[k].low == "her") {
		k--
	}
	if k < 1 || s.words[k].low != "from" {
		return false
	}
	switch s.words[k-1].low {
	case "dragged", "taken", "seized", "snatched", "pulled", "fled", "escaped", "released", "freed", "removed", "transferred", "moved":
		return true
	}
	return false
}

// speakerTail are the words that may stand between a side's name and its
// verb of saying: the head of a phrase naming a part of the side ("its
// Somalia branch", "the group's media wing") or an adverb of time.
var speakerTail = map[string]bool{"branch": true, "affiliate": true, "wing": true, "faction": true, "offshoot": true,
	"later": true, "also": true, "subsequently": true, "afterwards": true, "then": true,
	// a side's unit ("a Ukrainian drone unit said it had destroyed")
	"unit": true, "units": true, "brigade": true, "battalion": true, "regiment": true, "command": true,
	// the people who speak for a side ("Taliban authorities said they had
	// arrested six members of Islamic State Khorasan")
	"authorities": true, "officials": true, "administration": true}

// doneActAt reports whether word j is a verb a side tells an act of its
// own by, with the act as its object: a word of attack ("said it had
// carried out a raid", "staged the ambush") or the operation told before
// ("said its fighters had carried out the operation"); not an
// investigation or a search, nor an operation yet to come ("launched an
// operation to hunt the gunmen").
func (x *Extractor) doneActAt(s *sentence, j int) bool {
	k := j + 1
	switch s.words[j].low {
	case "carried":
		if k >= len(s.words) || s.words[k].low != "out" {
			return false
		}
		k++
	case "conducted", "staged", "mounted", "perpetrated", "launched", "executed":
	default:
		return false
	}
	definite := false
	if k < len(s.words) {
		switch s.words[k].low {
		case "the", "this", "that", "these", "those":
			definite = true
			k++
		case "a", "an":
			k++
		}
	}
	for e := k; e < len(s.words) && e <= k+2; e++ {
		if _, n := x.lex.triggers.at(s.words, e); n > 0 {
			return true
		}
	}
	if !definite {
		return false
	}
	// "the operation", and the words a side praises its own act with
	// before it ("the martyrdom operation", "the \"blessed operation\"")
	for e := k; e < len(s.words) && e <= k+3; e++ {
		w := s.words[e].low
		if w == "operation" || w == "operations" {
			return true
		}
		if s.words[e].punc && w != "\"" && w != "“" && w != "”" && w != "'" {
			return false
		}
	}
	return false
}

// lossWord are the verbs a side tells its own dead by ("the army said it
// lost six men").
var lossWord = map[string]bool{"lost": true, "lose": true, "loses": true, "losing": true}

// armedSideWithin reports whether words [a, b) name an armed side: a
// state's forces or an armed group, not civilians.
func (s *sentence) armedSideWithin(a, b int) bool {
	for _, m := range s.actors {
		i := s.wordAt(m.Span.Start)
		if i >= a && i < b && m.Actor != nil && (isStateSide(m.Actor) || isArmedGroup(m.Actor)) {
			return true
		}
	}
	return false
}

// speakerDefends reports whether the side ending before word i says it
// fought off an act ("the army says it repelled an RSF attack"): the
// side acted on.
func (s *sentence) speakerDefends(i int) bool {
	if i >= len(s.words) || !sayVerb(s.words[i].low) {
		return false
	}
	for j := i + 1; j < len(s.words) && j <= i+6; j++ {
		if s.markerIs(j, "defence") {
			return true
		}
		if lossWord[s.words[j].low] && j > i+1 {
			switch s.words[j-1].low {
			case "it", "they", "we", "had", "has", "have":
				return true // "the army said it lost six men": its own dead
			}
		}
		if s.words[j].punc {
			return false
		}
	}
	return false
}

// pastLocative returns the word after a place phrase that follows a side
// ending before word we ("Police [in Mexico's Sinaloa state] found",
// "Officials [in Kano] said", "Police [in the northern state of Zacatecas]
// found"), or we when none does: "in" or "from", a few lower-case words,
// then place names with their possessives and cue words.
func (s *sentence) pastLocative(a *analysis, we int) int {
	if we+1 >= len(s.words) || s.words[we].low != "in" && s.words[we].low != "from" {
		return we
	}
	// over "the northern state of" to the name
	k := we + 1
	for k < len(s.words) && k < we+5 && !s.words[k].cap && !s.words[k].punc && !s.words[k].num && !a.placeAt(s.words[k].span) {
		k++
	}
	if k >= len(s.words) || !a.placeAt(s.words[k].span) {
		return we
	}
	for k < len(s.words) && k < we+9 {
		w := s.words[k]
		switch {
		case a.placeAt(w.span), w.low == "s" && k > we+1 && s.words[k-1].cap, localeCue[w.low]:
			k++
			continue
		}
		break
	}
	return k
}

// localeCue are the words that close a place's name in a phrase placing a
// side ("in Borno state", "in the Sahel region").
var localeCue = map[string]bool{"state": true, "province": true, "region": true, "district": true, "county": true, "city": true, "town": true, "governorate": true, "department": true, "prefecture": true, "territory": true, "oblast": true}

// objectAfterVerb reports whether the verb of harm at word i takes an
// object, a count or a noun phrase ("Gunmen killed 11 people", "killed the
// driver"): the side before it acted, it is not the dead ("soldiers
// killed in the operation").
func (s *sentence) objectAfterVerb(x *Extractor, i int) bool {
	_, n := x.lex.casualty.at(s.words, i)
	k := i + max(n, 1)
	if k >= len(s.words) {
		return false
	}
	if _, ok := s.countAt(k); ok {
		return true
	}
	switch s.words[k].low {
	case "the", "a", "an", "at", "least", "more", "dozens", "scores", "hundreds", "several", "many":
		return true
	}
	return false
}

// twoSided reports whether a sentence tells fighting between sides
// ("clashes", "gunfight", "fighting"), not one side's act.
func (s *sentence) twoSided() bool {
	for _, t := range s.triggers {
		// (a verb of holding off an attack tells a fight too: "the army
		// foiled an attack on a checkpoint, killing two militants")
		if (t.class.name == "clash" || !t.noun && s.markerIs(t.i, "defence")) && !t.irrealis && s.clauseKindAt(t.i) != relativeClause {
			return true
		}
	}
	return false
}

// objectOfSidesHarm reports whether a side's mention lies in the people an
// active verb of harm counts after it ("killed 19 suspected cartel gunmen",
// "captured dozens of Wagner mercenaries") while another side, or a pronoun
// standing for one, is that verb's subject in the same clause ("Mexican
// soldiers killed ...", "they killed ..."): the side counted is the one the
// act fell on. A count told as a fate with no doer ("two Boko Haram suicide
// bombers were killed") is not such an object, nor people named by the act
// they did ("troops killed one of the attackers": they still attacked), nor
// people a clause after them tells attacking ("killed 30 terrorists who
// attacked their position", "killed the gunman after he opened fire").
func (x *Extractor) objectOfSidesHarm(text string, s *sentence, sp sitrep.Span) bool {
	wi := s.wordAt(sp.Start)
	we := s.wordAt(sp.End-1) + 1
	if wi >= len(s.words) || x.whoActed(s, we) || x.heActsAfter(s, wi, sp) >= 0 {
		return false
	}
	for _, c := range s.cas {
		if c.reflex || c.np.Start <= c.span.Start || sp.Start < c.np.Start || actsPeople(text, c) {
			continue
		}
		// (a side's name that begins inside the counted people and runs
		// past them, "killed four suspected militants of the banned
		// Tehreek-e-Taliban Pakistan", is theirs too)
		if sp.End > c.span.End && sp.Start >= c.span.End && !s.conjunctOf(s.wordAt(c.span.End-1)+1, wi) {
			continue
		}
		vi := s.wordAt(c.span.Start)
		if vi >= len(s.words) {
			continue
		}
		// a pronoun subject ("they killed", "it had captured")
		k := vi - 1
		if k >= 0 && (s.words[k].low == "had" || s.words[k].low == "have" || s.words[k].low == "has") {
			k--
		}
		if k >= 0 && s.clause[k] == s.clause[vi] {
			switch s.words[k].low {
			case "they", "it", "we", "he":
				return true
			}
		}
		for _, m := range s.actors {
			if m.Actor == nil || m.Actor.Name == "civilians" || m.Span.End > c.span.Start {
				continue
			}
			mi := s.wordAt(m.Span.Start)
			me := s.wordAt(m.Span.End-1) + 1
			if mi < len(s.words) && s.clause[mi] == s.clause[vi] && me <= vi && x.killsAfter(s, me) {
				return true
			}
		}
	}
	return false
}

// conjunctOf reports whether the words from i up to the mention at wi
// only join it to the phrase that ends before i ("killed dozens of soldiers
// and VDP auxiliaries", "soldiers, police and militiamen"): the mention is
// one more member of that phrase.
func (s *sentence) conjunctOf(i, wi int) bool {
	if i >= wi || wi > len(s.words) {
		return false
	}
	joined := false
	for k := i; k < wi; k++ {
		switch w := s.words[k].low; {
		case w == "and" || w == "or" || w == "well": // "as well as"
			joined = true
		case w == "," || w == "as" || w == "several" || w == "other" || w == "some" || s.words[k].num:
		default:
			return false
		}
	}
	return joined
}

// killsAfter reports whether an active verb of what happened to people,
// taking them after it ("killed 17", "shot dead two"), follows word i
// closely in its clause: the words before it are its subject.
func (x *Extractor) killsAfter(s *sentence, i int) bool {
	reach := 2
	if e := s.supportEnd(i); e > 0 {
		// "Somali forces backed by US airstrikes killed 40": the words
		// of the side's support describe it; its verb comes after them
		i, reach = e, 4
	}
	for k := i; k < len(s.words) && k <= i+reach; k++ {
		copula := false // (not has/have/had: "had killed" is the perfect, an act)
		if k > 0 {
			switch s.words[k-1].low {
			case "was", "were", "is", "are":
				copula = true
			}
		}
		if x.casualtyAt(s, k, true) != "" && !copula {
			// ("security forces had killed 39 insurgents": the perfect,
			// an act; "we have seven killed": a tally, no act)
			return !s.countBetween(i, k)
		}
		if s.words[k].punc || isClauseBreak(s.words[k]) {
			return false
		}
	}
	return false
}

// supportEnd is the end of a phrase of support ("backed by", "with the
// support of") that opens at word i or the one after, or 0.
func (s *sentence) supportEnd(i int) int {
	for _, m := range s.markers {
		if m.val.(string) == "support" && (m.i == i || m.i == i+1 && !s.words[i].punc) {
			return m.i + m.n
		}
	}
	return 0
}

// countBetween reports whether a number begins among words [a, b).
func (s *sentence) countBetween(a, b int) bool {
	for _, q := range s.quants {
		if qa, _ := s.wordRange(q.Span); qa >= a && qa < b {
			return true
		}
	}
	return false
}

// killedBefore reports whether an active verb of what happened to people
// stands shortly before word i, with nothing but its object's words
// between: the words at i are its object ("captured several IS fighters").
func (x *Extractor) killedBefore(s *sentence, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if x.casualtyAt(s, k, true) != "" {
			return true
		}
		if s.words[k].punc || isClauseBreak(s.words[k]) {
			return false
		}
	}
	return false
}

// sidesBefore reports whether a side is named before word i of the
// sentence.
func (s *sentence) sidesBefore(i int) bool {
	return i < len(s.words) && slices.ContainsFunc(s.actors, func(m actors.Mention) bool {
		return m.Actor != nil && m.Span.End <= s.words[i].span.Start
	})
}

// lastSide is the last side a sentence names outside its attributions
// (not "..., officials said"), or nil.
func (s *sentence) lastSide() *actors.Mention {
	var last *actors.Mention
	for k := range s.actors {
		m := &s.actors[k]
		if m.Actor != nil && s.clauseKindAt(s.wordAt(m.Span.Start)) != attributionClause {
			last = m
		}
	}
	return last
}

// quotedSpeaker is the side that speaks a sentence's quotation, as its
// attribution names it ("..., the Hashd said"; "the defence ministry
// said" stands for the country's forces), or nil.
func (x *Extractor) quotedSpeaker(a *analysis, s *sentence) *actors.Actor {
	if !s.reportedSpeech() {
		return nil
	}
	for _, m := range s.actors {
		if m.Actor == nil {
			continue
		}
		if i := s.wordAt(m.Span.Start); s.clauseKindAt(i) == attributionClause && m.Actor.Name != "civilians" {
			return x.resolveGeneric(a, m)
		}
	}
	return nil
}

// speakerSide is the first named side whose spokesman, officials or
// statement tell an incident's sentences ("Hashed spokesperson Ahmed
// al-Assadi said"), if any; with generic, also a state's forces named by
// a common noun through the report's country ("the army said").
func (x *Extractor) speakerSide(a *analysis, in *incident, generic bool) (*actors.Actor, sitrep.Span) {
	for _, f := range in.frames {
		s := f.s
		for _, m := range s.actors {
			if m.Actor == nil || m.Generic && !(generic && isStateSide(m.Actor)) {
				continue
			}
			wi := s.wordAt(m.Span.Start)
			we := wi
			for we < len(s.words) && s.words[we].span.End <= m.Span.End {
				we++
			}
			if s.markerIs(we, "speaker") {
				return m.Actor, m.Span
			}
		}
	}
	return nil, sitrep.Span{}
}

// conjoinedSpans reports whether span q follows span p with only a
// conjunction or a comma between them ("police and soldiers", "army,
// police").
func conjoinedSpans(text string, p, q sitrep.Span) bool {
	if p.End > q.Start || q.Start > len(text) {
		return false
	}
	gap := strings.TrimSpace(text[p.End:q.Start])
	switch gap {
	case "and", "or", ",", ", and", "&":
		return true
	}
	// "soldiers and members of the VDP", "police and fighters of the
	// Hashd": the second side's members, joined all the same
	rest, ok := strings.CutPrefix(gap, "and ")
	if !ok {
		rest, ok = strings.CutPrefix(gap, ", and ")
	}
	if !ok {
		return false
	}
	rest = strings.TrimSuffix(rest, " the")
	member, ok := strings.CutSuffix(rest, " of")
	return ok && sidesMembers[member]
}

// sidesMembers are the nouns for the members of a side joined to another
// side by "and ... of (the)" (conjoinedSpans).
var sidesMembers = map[string]bool{"members": true, "fighters": true, "militiamen": true, "elements": true}

// pickRoles chooses actor1 and actor2 from the candidates.
func (x *Extractor) pickRoles(a *analysis, in *incident, cands []roleCand) roleSet {
	var r roleSet
	// each side's weight in a role is the sum over its mentions: a side
	// told as the attacker three times outweighs one stray reading
	// gunmenNamed is set when the side that acted is an armed group named
	// beside unnamed armed men told acting too: the same attackers
	gunmenNamed := false
	// a side an accusation names ("Residents blamed government
	// warplanes") outweighs sides told with no act at all
	accusedSide := slices.ContainsFunc(cands, func(c roleCand) bool {
		return c.role == 1 && c.accused && c.actor.Name != "civilians"
	})
	pick := func(role int, not *actors.Actor) (*actors.Actor, sitrep.Span) {
		total := map[string]float64{}
		first := map[string]*roleCand{}
		prev := map[string]*roleCand{}
		var order []string
		for i := range cands {
			c := &cands[i]
			if c.role != role || (not != nil && sameSide(c.actor, not)) {
				continue
			}
			if role == 1 && c.idle && accusedSide {
				continue
			}
			if role == 2 && not != nil && gunmenNamed && isUnnamedGunmen(c.actor) {
				// ("launching a search for the attackers": the unnamed
				// attackers a named group was read as are that group)
				continue
			}
			// (sides the record names alike are one side: "the regional
			// branch of the Islamic State, known as Islamic State Khorasan
			// Province, said one of its fighters had carried out the
			// bombing" names one side three times)
			n := c.actor.RecordName()
			if _, ok := first[n]; !ok {
				order = append(order, n)
			}
			if first[n] == nil || c.strength > first[n].strength {
				first[n] = c
			}
			// a side named twice in one coordination ("police and
			// soldiers were pursuing the kidnappers") is one mention of it
			if p := prev[n]; p != nil && conjoinedSpans(a.text, p.span, c.span) {
				total[n] += max(0, c.strength-p.strength)
			} else {
				total[n] += c.strength
			}
			prev[n] = c
		}
		// the unnamed gunmen of an incident whose acting side one armed
		// group alone is named as ("a suicide bomber struck ..." then
		// "al-Shabaab said its fighters had killed 47 soldiers") are
		// that group's: their weight is its
		if role == 1 {
			named := ""
			for _, n := range order {
				// (a group only asked about, "whether the attack was linked
				// to cartel A", is no side named as acting)
				if c := first[n]; c.generic == nil && isArmedGroup(c.actor) && c.strength >= 0.05 {
					if named != "" {
						named = ""
						break
					}
					named = n
				}
			}
			// (where the report says nobody claimed the act, only a group
			// it blames: "No group claimed the killing. Authorities blamed
			// the separatists"; a group that "has claimed several attacks"
			// before is no doer of this one)
			if named != "" && (noClaim(in) || denialAfter(a, in)) && !slices.ContainsFunc(cands, func(c roleCand) bool { return c.role == 1 && c.accused && c.actor.RecordName() == named }) {
				named = ""
			}
			if named != "" {
				for _, n := range order {
					if c := first[n]; c.actor.Kind == actors.KindUnidentified && isUnnamedGunmen(c.actor) {
						total[named] += total[n]
						total[n] = 0
					}
				}
			}
		}
		if role == 1 {
			// "soldiers and VDP militiamen killed 30 people", "Africa
			// Corps fighters and Malian soldiers killed": of two sides
			// joined as one subject, the country's own forces lead and
			// the auxiliaries, militias or mercenaries beside them are
			// their partners, as coders write it; of two alike, the one
			// named first leads
			lead := func(p, q *roleCand) *roleCand {
				switch {
				case q.actor.Parent == p.actor.Name:
					return p // "soldiers and VDP militiamen": the forces the auxiliaries are part of
				case p.actor.Parent == q.actor.Name:
					return q
				}
				// (a foreign state's troops beside rebels, "M23 rebels and
				// Rwandan troops seized Sake", do not lead them)
				home := func(act *actors.Actor) bool {
					return isStateSide(act) && (act.Country == "" || act.Country == a.country)
				}
				if home(p.actor) != home(q.actor) {
					if home(q.actor) {
						return q
					}
					return p
				}
				if q.span.Start < p.span.Start {
					return q
				}
				return p
			}
			for i := range cands {
				ci := &cands[i]
				if ci.role != 1 || ci.actor.Name == "civilians" || ci.actor.Kind == actors.KindUnidentified {
					continue
				}
				for j := range cands {
					cj := &cands[j]
					if cj.role != 1 || cj.foe || cj.apposed || cj.span.Start < ci.span.End || cj.span.Start-ci.span.End > 24 || ci.actor.RecordName() == cj.actor.RecordName() || cj.actor.Name == "civilians" || cj.actor.Kind == actors.KindUnidentified || !conjoinedSpans(a.text, ci.span, cj.span) {
						continue
					}
					l, o := lead(ci, cj), cj
					if l == cj {
						o = ci
					}
					if total[o.actor.RecordName()] >= total[l.actor.RecordName()] {
						total[l.actor.RecordName()] = total[o.actor.RecordName()] + 1e-6
					}
				}
			}
		}
		best := ""
		for _, n := range order {
			if best == "" || total[n] > total[best] {
				best = n
			}
		}
		if best == "" {
			return nil, sitrep.Span{}
		}
		if role == 1 && isUnnamedGunmen(first[best].actor) {
			// "Militants shot dead three civilians ... police said the
			// attackers were believed to belong to Lashkar-e-Taiba": the
			// words for unnamed armed men are all of the same attackers,
			// and their number says nothing of who they were; a group
			// named as acting as strongly as the strongest of them names
			// them
			named := ""
			for _, n := range order {
				if c := first[n]; c.generic == nil && isArmedGroup(c.actor) && !isUnnamedGunmen(c.actor) && total[n] >= first[best].strength && (named == "" || total[n] > total[named]) {
					named = n
				}
			}
			if named != "" {
				best = named
			}
		}
		if role == 1 && !isUnnamedGunmen(first[best].actor) && isArmedGroup(first[best].actor) {
			for _, n := range order {
				gunmenNamed = gunmenNamed || isUnnamedGunmen(first[n].actor) && total[n] > 0
			}
		}
		return first[best].actor, first[best].span
	}
	// "Fano fighters attacked the town ... before being pushed back by
	// federal troops", then "the army said its forces had destroyed the
	// extremist force": a side the incident's first sentence tells the
	// attack fell on or was pushed back by, against an attacker it names,
	// tells its own answer after; its later words of acting count less
	// than the first telling of who attacked
	firstTold := func(role int, strong float64) []string {
		var names []string
		for _, c := range cands {
			if c.role == role && !c.later && c.strength >= strong && c.actor.Name != "civilians" && c.actor.Kind != actors.KindUnidentified {
				names = append(names, c.actor.RecordName())
			}
		}
		return names
	}
	if attackers := firstTold(1, 1.0); len(attackers) > 0 {
		for _, target := range firstTold(2, 0) {
			if slices.Contains(attackers, target) {
				continue
			}
			for i := range cands {
				if c := &cands[i]; c.role == 1 && c.later && !c.accused && c.actor.RecordName() == target {
					c.strength *= 0.5
				}
			}
		}
	}
	r.actor1, r.span1 = pick(1, nil)
	if r.actor1 != nil && x.answeredOnly(a, in, cands, r.actor1) {
		// "Two rangers were killed when a bomb exploded as their patrol
		// passed", then "Rangers and police raided a house and detained
		// three suspects": the side the act fell on, told acting only
		// after it, answered the act; it did not make it
		for i := range cands {
			if cands[i].role == 1 && sameSide(cands[i].actor, r.actor1) {
				cands[i].role = 2
			}
		}
		r.actor1, r.span1 = pick(1, nil)
	}
	r.actor2, r.span2 = pick(2, r.actor1)
	if r.actor1 != nil && r.actor2 != nil && r.actor2.Name != "civilians" && firstByOrderOnly(cands, r.actor1) {
		// "the clash between the army and FARC dissidents ... when troops
		// came under fire": a side first only by the order the fight's
		// two parties are named in, told elsewhere coming under the act,
		// was acted on; the other party began it
		r.actor1, r.actor2, r.span1, r.span2 = r.actor2, r.actor1, r.span2, r.span1
	}
	if (r.actor2 == nil || r.actor2.Name == "civilians" && !civiliansKilled(in)) && r.actor1 != nil {
		// two parties to a fight, each told with its dead, and none
		// told as acted on: the other party is the second side (a
		// civilian hurt in the crossfire is not who was fought)
		for i := range cands {
			if c := &cands[i]; c.party && !sameSide(c.actor, r.actor1) && c.actor.Name != "civilians" {
				r.actor2, r.span2 = c.actor, c.span
				break
			}
		}
	}
	if r.actor2 == nil {
		// the victims tell who was hit
		if v := x.victimActor(a, in); v != nil && (r.actor1 == nil || !sameSide(v, r.actor1)) {
			r.actor2 = v
		}
	}
	if r.actor1 == nil && r.actor2 != nil {
		// an armed group named beside the side that was hit, in no clear
		// role, is most often the one that acted; not one the words tell
		// the act fell on ("the strike targeted Fano militants", "a raid
		// on an al-Shabaab camp")
		for i := range cands {
			if !sameSide(cands[i].actor, r.actor2) && isArmedGroup(cands[i].actor) && !a.toldActedOn(cands[i].span) && !a.inDenial(cands[i].span) {
				r.actor1, r.span1 = cands[i].actor, cands[i].span
				break
			}
		}
	}
	return r
}

// pursuedAt reports whether the side at word i is the object of a verb
// of pursuit ("pursuing the attackers", "chased the gunmen").
func (s *sentence) pursuedAt(i int) bool {
	switch s.prevWord(i) {
	case "pursuing", "pursued", "chasing", "chased", "hunting", "tracking", "tracked":
		return true
	}
	return false
}

// weaponWorkedBy reports whether "by" at word b (or up to two words
// before it) follows a participle of
// working a weapon sent at a target ("a drone operated by the
// militants", "a drone used by the rebels"): the one who worked it sent
// it, unless the sentence tells the weapon brought down ("shot down a
// drone operated by the militants": whose it was is who was foiled).
func (s *sentence) weaponWorkedBy(b int) bool {
	// (b may be the side's phrase after "by", up to two words on)
	from := min(b, len(s.words)-1)
	b = -1
	for k := from; k >= 0 && k >= from-2; k-- {
		if s.words[k].low == "by" {
			b = k
			break
		}
	}
	if b < 2 {
		return false
	}
	switch s.words[b-1].low {
	case "operated", "used", "manned", "piloted":
	default:
		return false
	}
	if !sentNoun[s.words[b-2].low] && !aircraftNoun[s.words[b-2].low] {
		return false
	}
	for _, t := range s.triggers {
		if t.class.name == "foiled" {
			return false
		}
	}
	return true
}

// aircraftNoun are the nouns of aircraft whose crew a participle of
// working names ("a helicopter piloted by").
var aircraftNoun = map[string]bool{"aircraft": true, "jet": true, "jets": true, "helicopter": true, "helicopters": true,
	"warplane": true, "warplanes": true, "plane": true, "planes": true, "drones": true}

// weaponPlacedBy reports whether the side whose phrase opens at word i
// follows "by" after a verb of setting a weapon ("laid by", "planted by",
// "placed by") or of putting one to use right after the weapon's noun
// ("a barrel bomb dropped by", "rockets fired by"): the side that set or
// used it.
func (s *sentence) weaponPlacedBy(i int) bool {
	if i < 2 || s.words[i-1].low != "by" {
		return false
	}
	switch s.words[i-2].low {
	case "laid", "planted", "placed", "hidden", "buried", "rigged", "set":
		return true
	}
	// "a barrel bomb dropped by a government helicopter", "rockets fired
	// by the militants": whoever put the weapon named right before the
	// verb to use
	if !launchVerbs[s.words[i-2].low] || s.words[i-2].low == "carried" {
		return false
	}
	t := s.triggerBefore(i - 2)
	return t != nil && t.noun && t.i+t.n == i-2
}

// fireFromNoun are the nouns of fire whose "from" names who fired ("mortar
// fire from the militants", "shelling from Houthi positions").
var fireFromNoun = map[string]bool{"fire": true, "gunfire": true, "shelling": true, "shells": true, "rockets": true,
	"mortars": true, "shots": true, "rounds": true, "bombardment": true, "missiles": true, "round": true, "shot": true}

// firedAfter reports whether the side ending before word we is the
// subject of "fired" or "opened fire" with where or at whom right after
// it ("armed men fired from the hills", "gunmen fired on the crowd").
func (s *sentence) firedAfter(we int) bool {
	k := s.pastMannerPhrase(we)
	if k < len(s.words) && (s.words[k].low == "then" || s.words[k].low == "also") {
		k++
	}
	if k+1 >= len(s.words) {
		return false
	}
	switch s.words[k].low {
	case "fired":
	case "opened":
		return s.words[k+1].low == "fire"
	case "threw", "hurled", "lobbed", "tossed":
		// "a man threw a grenade into a tea shop": whoever threw the
		// weapon used it
		for j := k + 1; j < len(s.words) && j <= k+4 && !s.words[j].punc; j++ {
			if thrownWeapon[s.words[j].low] {
				return true
			}
		}
		return false
	default:
		return false
	}
	switch s.words[k+1].low {
	case "from", "into", "on", "at", "upon", "towards", "toward", "indiscriminately", "randomly":
		return true
	}
	return false
}

// fireCameFrom reports whether the side at word i is told after "from"
// as where fire came from: a noun of fire ("mortar fire from the
// militants") or one with its participle ("rounds fired from RSF
// positions", "rockets launched from Houthi areas") before "from".
func (s *sentence) fireCameFrom(i int) bool {
	k := s.sidePhraseStart(i) - 1
	if k < 1 || s.words[k].low != "from" {
		return false
	}
	k--
	if fireFromNoun[s.words[k].low] {
		return true
	}
	if !firedFrom[s.words[k].low] {
		return false
	}
	// "rounds fired from", "the drone was flown from": the participle's
	// noun of fire or of what was sent, before it or its auxiliary
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		w := s.words[j].low
		if fireFromNoun[w] || sentNoun[w] {
			return true
		}
		if w != "was" && w != "were" && w != "been" && w != "had" && w != "have" && w != "has" {
			return false
		}
	}
	return false
}

// sentNoun are the nouns of what is sent at a target from afar, whose
// "flown from", "launched from" names where its senders were.
var sentNoun = map[string]bool{"drone": true, "drones": true, "missile": true, "rocket": true, "shell": true, "mortar": true}

// firedFrom are the participles that tell where fire was sent from
// after its noun ("rounds fired from", "rockets launched from").
var firedFrom = map[string]bool{"fired": true, "launched": true, "shot": true, "lobbed": true, "flown": true, "sent": true}

// firstByOrderOnly reports whether side act is read as acting only as the
// first named party of a fight ("between A and B") or as a party told with
// its dead, and is told coming under the act elsewhere ("troops came under
// fire").
func firstByOrderOnly(cands []roleCand, act *actors.Actor) bool {
	ordered, cameUnder := false, false
	for _, c := range cands {
		if !sameSide(c.actor, act) {
			continue
		}
		switch {
		case c.role == 1 && c.ordered:
			ordered = true
		case c.role == 1 && !c.party && c.strength > 0:
			return false
		case c.role == 2 && c.cameUnder:
			cameUnder = true
		}
	}
	return ordered && cameUnder
}

// foilingAt reports whether the verb at word i tells a foiling or takes
// one as its object ("police found a cache of rifles"): a verb that
// elsewhere names what a source found out is there the side's own act.
func (s *sentence) foilingAt(i int) bool {
	for k := i; k < len(s.words) && k <= i+2; k++ {
		if t := s.triggerAt(k); t != nil && t.class.name == "foiled" {
			return true
		}
		if k > i && s.words[k].low != "a" && s.words[k].low != "an" && s.words[k].low != "the" && s.words[k].low != "large" && s.words[k].low != "huge" {
			return false
		}
	}
	return false
}

// byATelling reports whether the mention at word i is the author of a
// telling ("a statement by the Iraqi Joint Operations Command", "a video
// released by the group", "according to a report by the monitor"), or
// the short name in brackets after one: a source, no side of the act.
func (s *sentence) byATelling(i int) bool {
	if i >= 2 && s.words[i-1].low == "(" {
		for _, m := range s.actors {
			if m.Actor != nil && s.wordAt(m.Span.End-1) == i-2 {
				return s.byATelling(s.wordAt(m.Span.Start))
			}
		}
		return false
	}
	k := i - 1
	if k >= 0 && isArticle(s.words[k].low) {
		k--
	}
	if k < 1 || s.words[k].low != "by" {
		return false
	}
	k--
	if s.words[k].low == "released" || s.words[k].low == "issued" || s.words[k].low == "published" || s.words[k].low == "posted" {
		k--
	}
	return k >= 0 && tellingNoun[s.words[k].low]
}

// oneRoleForAShortName gives a side's name and the short name in brackets
// right after it ("Nine Volunteers for the Defence of the Homeland (VDP)
// were killed when gunmen attacked") one role, that of the stronger of
// their two readings: they are one mention, read twice, and cannot be
// both the side that acted and the side acted on.
func (s *sentence) oneRoleForAShortName(cands []roleCand) {
	for i := range cands {
		c := &cands[i]
		wi := s.wordAt(c.span.Start)
		we := s.wordAt(c.span.End-1) + 1
		if wi < 2 || we >= len(s.words) || s.words[wi-1].low != "(" || s.words[we].low != ")" {
			continue
		}
		for k := range cands {
			h := &cands[k]
			if k == i || s.wordAt(h.span.End-1) != wi-2 || h.actor.RecordName() != c.actor.RecordName() || h.role == c.role {
				continue
			}
			if h.strength >= c.strength {
				c.role = h.role
			} else {
				h.role = c.role
			}
		}
	}
}

// foilingArrests reports whether the foiling at t is told with arrests
// the foilers made after it ("police foiled a bomb plot, arresting two
// men"): no blow fell on them; their act is the arrests.
func (s *sentence) foilingArrests(t *trigHit) bool {
	if t.class.name != "foiled" {
		return false
	}
	for _, u := range realised(s) {
		if u.i > t.i && u.class.name == "arrest" && !u.noun {
			return true
		}
	}
	return false
}

// triggerCovers reports whether word i is one of a trigger's words.
func (s *sentence) triggerCovers(i int) bool {
	for _, t := range s.triggers {
		if t.i <= i && i < t.i+t.n {
			return true
		}
	}
	return false
}

// toldActedOn reports whether the words right before a side's mention
// tell an act falling on it ("targeted Fano militants", "strikes on IS",
// "fighting against the Taliban"), or those right after name a thing of
// its that was hit ("Houthi positions").
func (a *analysis) toldActedOn(sp sitrep.Span) bool {
	si := a.sentenceOf(sp.Start)
	if si < 0 {
		return false
	}
	s := a.sents[si]
	wi := s.wordAt(sp.Start)
	we := wi
	for we < len(s.words) && s.words[we].span.End <= sp.End {
		we++
	}
	if s.markerIs(we, "target") && !s.triggerCovers(we) {
		return true // ("an IS car bomb": the group's weapon, not its car hit)
	}
	k := wi - 1
	for k >= 0 && (s.words[k].low == "the" || s.words[k].low == "a" || s.words[k].low == "an" || groupDescriptor[s.words[k].low]) {
		k--
	}
	if k < 0 {
		return false
	}
	if s.markerBefore("keeper", k+1, 0) && !s.weaponWorkedBy(k) {
		return true // ("a checkpoint manned by Turkish-backed fighters": the keepers of what was hit)
	}
	switch s.words[k].low {
	case "targeted", "targeting", "hit", "struck", "striking", "hitting", "pounded", "pounding", "bombed", "bombing", "shelled", "shelling":
		return true
	case "on", "at", "against":
		// ("an attack on", "strikes against"; not "blamed the attacks on":
		// the side an act is laid on)
		if k == 0 || !s.triggerCovers(k-1) {
			return false
		}
		for j := k - 2; j >= 0 && j >= k-5; j-- {
			if accusation(s.words[j].low) {
				return false
			}
		}
		return true
	}
	return false
}

// sharesTriggerAgent reports whether the side ending before word we is
// joined by "and" to a side named with the act's own noun ("US and
// British warplanes", "Russian and Syrian jets"): the noun is both
// sides'.
func (s *sentence) sharesTriggerAgent(we int) bool {
	if we+1 >= len(s.words) || s.words[we].low != "and" {
		return false
	}
	for _, m := range s.actors {
		if m.Actor == nil || s.wordAt(m.Span.Start) != we+1 {
			continue
		}
		wi2 := we + 1
		we2 := wi2
		for we2 < len(s.words) && s.words[we2].span.End <= m.Span.End {
			we2++
		}
		return s.namesTriggerAgent(wi2, we2)
	}
	return false
}

// isUnnamedGunmen reports whether an actor is the armed men a report does
// not name ("militants (unidentified)", "unknown").
func isUnnamedGunmen(a *actors.Actor) bool {
	return a.Name == "militants (unidentified)" || a.Name == "unknown"
}

// actOnTheAttacker reports whether an act done by the side at word wi
// falls on a pronoun for someone named before that side in a clause of
// its own ("A gunman killed 49 people ... before police shot him dead",
// "the bombers ... until troops killed them"): the attacker, stopped.
func (s *sentence) actOnTheAttacker(t *trigHit, wi int) bool {
	k := t.i + t.n
	if k >= len(s.words) {
		return false
	}
	switch s.words[k].low {
	case "him", "them", "her":
	default:
		return false
	}
	if len(s.clause) != len(s.words) || s.clauseKindAt(wi) == mainClause {
		return false
	}
	for _, m := range s.actors {
		i := s.wordAt(m.Span.Start)
		if i < wi && s.clause[i] != s.clause[wi] && m.Actor != nil && m.Actor.Name != "civilians" {
			return true
		}
	}
	return false
}

// contrastClause reports whether word i lies in a clause opened by
// "while" or "whereas" after a main clause ("..., while the army said
// ..."): another version set beside the one the sentence leads with.
func (s *sentence) contrastClause(i int) bool {
	if len(s.clause) != len(s.words) || i >= len(s.words) || s.clauseKindAt(i) == mainClause {
		return false
	}
	k := s.clauseStart(i)
	if k == 0 {
		return false
	}
	if s.words[k].low == "," && k+1 < len(s.words) {
		k++
	}
	return s.words[k].low == "while" || s.words[k].low == "whereas"
}

// ranIntoWeapon reports whether the words from we tell the side before
// them running into a planted weapon ("struck an improvised explosive
// device", "hit a roadside bomb", "ran over a landmine"), past a phrase
// naming the side's unit or vehicle ("a convoy of MINUSMA", "troops of the
// Third Brigade"): the side the weapon went off on.
func (s *sentence) ranIntoWeapon(we int) bool {
	k := we
	for k < len(s.words) && k <= we+6 && (!s.words[k].punc || s.words[k].low == "(" || s.words[k].low == ")") {
		switch s.words[k].low {
		case "struck", "hit", "ran", "drove", "stepped":
			for j := k; j < len(s.words) && j <= k+5; j++ {
				if t := s.triggerAt(j); t != nil && t.class.name == "ied" {
					return true
				}
				if s.words[j].punc || loadedWith[s.words[j].low] {
					// ("a bomber drove a Humvee packed with explosives
					// into a checkpoint": the weapon is the load he
					// brought, not one he ran into)
					break
				}
			}
			return false
		}
		if s.triggerAt(k) != nil {
			return false
		}
		k++
	}
	return false
}

// partOfSidesBefore reports whether the side at word wi is told as a
// part of people named before it, after a comma: ", among them the Giants
// Brigades", ", including the Giants Brigades".
func (s *sentence) partOfSidesBefore(wi int) bool {
	k := wi - 1
	if k >= 0 && s.words[k].low == "the" {
		k--
	}
	switch {
	case k >= 2 && s.words[k].low == "them" && s.words[k-1].low == "among" && s.words[k-2].low == ",":
		return true
	case k >= 1 && s.words[k].low == "including" && s.words[k-1].low == ",":
		return true
	}
	return false
}

// belongerNoun are the nouns of one who belongs to a side ("a member of",
// "a commander of", "an explosives expert of").
var belongerNoun = map[string]bool{
	"member": true, "members": true, "commander": true, "commanders": true, "leader": true, "leaders": true,
	"expert": true, "chief": true, "head": true, "operative": true, "operatives": true, "militant": true,
	"militants": true, "fighter": true, "fighters": true, "financier": true, "recruiter": true, "suspect": true,
	"suspects": true, "collaborator": true, "collaborators": true, "emir": true, "spokesman": true,
}

// memberOfSideAt reports whether the side at word wi names the side of one
// who belongs to it, told just before ("an explosives expert of the ELN",
// "two members of al-Shabaab").
func (s *sentence) memberOfSideAt(wi int) bool {
	k := wi - 1
	if k >= 0 && s.words[k].low == "the" {
		k--
	}
	return k >= 1 && s.words[k].low == "of" && belongerNoun[s.words[k-1].low]
}

// memberNounAfter reports whether a noun of one who belongs to a side
// follows the side's name ending before word we ("an Abu Sayyaf
// sub-leader", "two al-Shabaab commanders"): the side is that person's.
func (s *sentence) memberNounAfter(we int) bool {
	if we < len(s.words) && s.words[we].low == "sub" {
		we++
	}
	return we < len(s.words) && belongerNoun[s.words[we].low]
}

// harmedBefore reports whether a verb of what happened to people (killed,
// arrested, abducted) stands before word i in its clause: the words at i
// tell who it befell.
func (x *Extractor) harmedBefore(s *sentence, i int) bool {
	if len(s.clause) != len(s.words) || i >= len(s.words) {
		return false
	}
	for j := i - 1; j >= 0; j-- {
		if s.clause[j] != s.clause[i] && !s.words[j].punc {
			return false
		}
		if x.casualtyAt(s, j, false) != "" {
			return true
		}
	}
	return false
}

// loadedWith are the participles that tell a vehicle's load ("a car packed
// with explosives", "a truck laden with explosives").
var loadedWith = map[string]bool{"packed": true, "laden": true, "loaded": true, "rigged": true, "filled": true, "stuffed": true, "fitted": true}

// cameUnderAfter reports whether the words from we tell the side before
// them coming under an act ("came under attack", "had come under heavy
// fire", "were under sustained shelling", "returned fire after coming
// under attack", "after being ambushed"): it was acted on.
func (s *sentence) cameUnderAfter(we int) bool {
	// "troops returned fire after coming under attack", "soldiers killed
	// five militants after being ambushed": what the side did answered
	// the act it came under, told after "after" or "when"
	for j := we; j < len(s.words) && j <= we+5 && !s.words[j].punc; j++ {
		if w := s.words[j].low; w != "after" && w != "when" {
			continue
		}
		if j+2 < len(s.words) && (s.words[j+1].low == "coming" && s.words[j+2].low == "under" ||
			s.words[j+1].low == "being" && (s.words[j+2].low == "attacked" || s.words[j+2].low == "ambushed" || s.words[j+2].low == "targeted")) {
			return true
		}
		break
	}
	k := we
	if k < len(s.words) && s.words[k].low == "of" {
		// "troops of the Third Division came under fire": the side's
		// phrase goes on to the unit it names
		for j := k + 1; j < len(s.words) && j <= k+5 && !s.words[j].punc; j++ {
			if w := s.words[j].low; w == "came" || w == "come" || w == "were" || w == "was" || w == "had" {
				k = j
				break
			}
		}
	}
	for base := k; k < len(s.words) && k < base+2; {
		switch s.words[k].low {
		case "had", "has", "have", "reportedly", "also", "again", "then":
			k++
			continue
		}
		break
	}
	if k+1 >= len(s.words) {
		return false
	}
	if s.fellIntoAmbush(k) {
		return true
	}
	switch s.words[k].low {
	case "came", "come", "comes", "coming", "was", "were", "is", "are", "been":
	default:
		return false
	}
	if s.words[k+1].low != "under" {
		return false
	}
	for j := k + 2; j < len(s.words) && j <= k+4; j++ {
		switch s.words[j].low {
		case "attack", "attacks", "fire", "assault", "shelling", "bombardment", "siege", "gunfire", "rocket", "mortar", "drone":
			return true
		}
	}
	return false
}

// fellIntoAmbush reports whether the words from k tell the side walking
// into an ambush laid for it ("fell into an ambush", "have fallen in an
// ambush", "ran into an ambush", "were caught in an ambush"): the side
// the ambush fell on.
func (s *sentence) fellIntoAmbush(k int) bool {
	if k < len(s.words) && (s.words[k].low == "were" || s.words[k].low == "was" || s.words[k].low == "been") {
		k++
	}
	if k+3 >= len(s.words) {
		return false
	}
	switch s.words[k].low {
	case "fell", "fallen", "fall", "falls", "ran", "run", "walked", "drove", "caught", "stumbled":
	default:
		return false
	}
	if p := s.words[k+1].low; p != "into" && p != "in" {
		return false
	}
	for j := k + 2; j < len(s.words) && j <= k+4; j++ {
		if w := s.words[j].low; w == "ambush" || w == "ambushes" || w == "trap" {
			return true
		}
	}
	return false
}

// relativeOfAnother reports whether trigger t stands in a relative
// clause opened by "who" or "that" on a noun after the side ending at
// word we, and falls on the side ("troops killed 30 terrorists who
// attacked their position", "... who had attacked a military base"):
// the clause's act is that noun's, against the side. Not the relative on
// the side itself ("terrorists who attacked ..."), nor one whose act fell
// on others ("soldiers killed the militants who had attacked a village":
// the soldiers' own act).
func (s *sentence) relativeOfAnother(t *trigHit, we int) bool {
	if len(s.clause) != len(s.words) || t.i >= len(s.words) || s.clauseKindAt(t.i) != relativeClause {
		return false
	}
	o := t.i
	for o > 0 && s.clause[o-1] == s.clause[t.i] {
		o--
	}
	if w := s.words[o].low; w != "who" && w != "that" || o <= we || s.clause[we] == s.clause[t.i] {
		return false
	}
	if k := t.i + t.n; k >= len(s.words) || s.clause[k] != s.clause[t.i] || s.words[k].punc {
		// "Troops killed four militants who opened fire when
		// challenged": an act with no object of its own, on the side
		// that then killed them
		return true
	}
	for k := t.i + t.n; k < len(s.words) && k <= t.i+t.n+3 && s.clause[k] == s.clause[t.i]; k++ {
		switch w := s.words[k].low; {
		case w == "their" || w == "its" || w == "them":
			return true // (the side's own, told back)
		case armedSidesThing[w]:
			return true // "a military base", "an army post"
		}
	}
	return false
}

// answersTheObject reports whether the act t of the side at words [wi,
// we) answers an act of the one person it acted on, told by a pronoun in
// a clause of its own ("Security forces killed the gunman after he shot
// dead three worshippers", "Soldiers shot dead the gunman after he killed
// four villagers"): that person is the attacker, and the side the one that
// stopped the attack. The pronoun must be one person ("he", "she"), the
// object one too and the side not ("forces", "police"), so that it can
// only stand for the object.
func (x *Extractor) answersTheObject(s *sentence, t *trigHit, wi, we int) bool {
	if len(s.clause) != len(s.words) || we < 1 || we >= len(s.words) || t.i >= len(s.words) {
		return false
	}
	if last := s.words[we-1].low; !isPlural(last) && last != "police" && last != "army" && last != "military" {
		return false
	}
	for _, m := range s.actors {
		i := s.wordAt(m.Span.Start)
		if i < we || m.Actor == nil || m.Actor.Name == "civilians" || s.clause[i] != s.clause[wi] {
			continue
		}
		act := x.heActsAfter(s, i, m.Span)
		if act >= 0 && (t.i == act || s.clause[t.i] == s.clause[wi] && t.i < i) {
			return true
		}
	}
	return false
}

// crowdWords are the nouns of a crowd that may turn violent: protesters
// ("Violent demonstration") or a mob ("Mob violence").
var crowdWords = map[string]string{
	"protesters": "Violent demonstration", "protestors": "Violent demonstration", "demonstrators": "Violent demonstration",
	"rioters": "Violent demonstration", "mob": "Mob violence", "mobs": "Mob violence", "crowd": "Mob violence",
	"crowds": "Mob violence",
}

// angerWords tell people acting in anger, crowdNouns the people who
// gather: together, a crowd ("irate youths", "angry residents").
var angerWords = map[string]bool{"angry": true, "irate": true, "enraged": true, "furious": true, "outraged": true, "incensed": true}

var crowdNouns = map[string]bool{
	"youths": true, "residents": true, "villagers": true, "people": true, "students": true, "traders": true,
	"locals": true, "mourners": true, "protesters": true, "demonstrators": true, "motorcyclists": true,
}

// crowdActs reports whether an incident's first sentence tells a crowd
// doing violence: a crowd word as the subject of a verb of attack, of
// burning, or of killing people ("protesters set fire to", "a mob beat to
// death a man", "an angry crowd lynched two suspects"), and which riot.
// protestersActed reports whether a sentence tells people protesting by
// a verb ("Hundreds of people protested in Kinshasa") and then, in a
// participial clause whose subject is theirs, violence they did
// (", attacking the embassies", ", setting fire to a police post"): the
// protest turned violent, a crowd's act.
func protestersActed(s *sentence) bool {
	protest := -1
	for _, t := range s.triggers {
		if t.class.name == "protest" && !t.noun && !t.irrealis && s.clauseKindAt(t.i) == mainClause {
			protest = t.i
			break
		}
	}
	if protest < 0 {
		return false
	}
	for _, t := range s.triggers {
		if t.i <= protest || t.noun || t.irrealis || t.i < 1 || s.words[t.i-1].low != "," || !strings.HasSuffix(s.words[t.i].low, "ing") {
			continue
		}
		switch t.class.name {
		case "destroy", "attack", "assault", "riot":
			return true
		}
	}
	return false
}

func (x *Extractor) crowdActs(in *incident) (string, bool) {
	if len(in.frames) == 0 {
		return "", false
	}
	s := in.frames[0].s
	if protestersActed(s) {
		return "Violent demonstration", true
	}
	for i, w := range s.words {
		sub, ok := crowdWords[w.low]
		angry := false
		if !ok && angerWords[w.low] && i+1 < len(s.words) && crowdNouns[s.words[i+1].low] {
			// "irate youths set ablaze a police station", "angry
			// residents burned police vehicles": people told by their
			// anger, acting together, are a crowd; burning and breaking
			// in anger is a demonstration turned violent, beating or
			// killing people the violence of a mob
			sub, ok, angry = "Violent demonstration", true, true
			i++
		}
		if !ok || i+1 < len(s.words) && s.words[i+1].low == "of" {
			continue // ("a crowd of mourners was hit": what the crowd is of is another matter)
		}
		reach := i + 4
		if i+1 < len(s.words) && (angerWords[s.words[i+1].low] || strings.HasSuffix(s.words[i+1].low, "ing")) {
			// "demonstrators angry over fuel prices looted shops",
			// "protesters demanding his release torched a car": the
			// phrase that describes the crowd stands before its verb
			reach = i + 9
		}
		for j := i + 1; j < len(s.words) && j <= reach && s.clause[j] == s.clause[i]; j++ {
			if t := s.triggerAt(j); t != nil && !t.noun && !t.irrealis {
				switch t.class.name {
				case "destroy", "attack", "assault", "execute", "clash", "riot":
					if angry && t.class.name != "destroy" && t.class.name != "riot" {
						sub = "Mob violence"
					}
					return sub, true
				}
				return "", false
			}
			if kind := x.casualtyAt(s, j, true); kind == sitrep.Killed || kind == sitrep.Wounded || s.harmOpensAt(j) {
				if angry {
					sub = "Mob violence"
				}
				return sub, true
			}
			if x.casualtyAt(s, j, false) != "" || isCopula(s.words[j].low) {
				break // "protesters were killed": the crowd was hurt
			}
		}
	}
	return "", false
}

// harmOpensAt reports whether a count of the dead or the wounded read
// from the sentence opens at word i: the verb of a resultative ("beat two
// men to death"), whose word of death comes after its object.
func (s *sentence) harmOpensAt(i int) bool {
	for _, c := range s.cas {
		if c.span.Start == s.words[i].span.Start && (c.kind == sitrep.Killed || c.kind == sitrep.Wounded) {
			return true
		}
	}
	return false
}

// hurtRightAfter reports whether a passive word of harm follows a side's
// name with no people after it ("soldiers wounded in an ambush", "troops
// killed in the attack"), its auxiliary between them or not ("troops were
// killed when militants attacked", "police have been wounded"), not its
// own act on others ("troops killed 12 militants", "soldiers killed the
// gunman").
func (x *Extractor) hurtRightAfter(s *sentence, we int) bool {
	if k := s.passiveAuxEnd(we); k > we {
		if we > 0 && namesAttacker(s.words[we-1].low) {
			return false // "the gunman was killed in a shootout": the one who attacked, whatever befell him
		}
		we = k
	}
	if we >= len(s.words) {
		return false
	}
	if kind := x.casualtyAt(s, we, false); kind != sitrep.Killed && kind != sitrep.Wounded {
		return false
	}
	for _, c := range s.cas {
		if s.wordAt(c.span.Start) == we {
			return false // "killed at least 14 civilians": its own act, counted
		}
	}
	_, m := x.lex.casualty.at(s.words, we)
	k := we + m
	if k >= len(s.words) {
		return true
	}
	// a reduced passive: a preposition or the clause's end after it
	switch s.words[k].low {
	case "in", "at", "by", "during", "near", "on", "when", "while", "as", "after", ",", ".":
		return true
	}
	return false
}

// namesAttacker reports whether a lower-cased noun, singular or plural,
// names people by the attack they made ("the gunmen", "attackers").
func namesAttacker(w string) bool {
	return doerNoun[w] || doerNoun[strings.TrimSuffix(w, "s")] || w == "gunmen"
}

// passiveAuxEnd returns the first word after the auxiliaries of a passive
// that start at word i ("were", "have been", "were reportedly", "had
// all been"), or i when none start there.
func (s *sentence) passiveAuxEnd(i int) int {
	k, aux := i, false
	for k < len(s.words) && k-i < 4 {
		switch w := s.words[k].low; {
		case isPassiveAux(w):
			aux = true
		case w == "have" || w == "has" || w == "had" || w == "reportedly" || w == "all" || w == "also" || w == "later" || w == "allegedly":
		default:
			if aux {
				return k
			}
			return i
		}
		k++
	}
	return i
}

// whoActed reports whether the side mention ending before word we is
// told by a relative clause as doing an act of attack ("killed 100
// jihadists who attacked a base", "the gunmen, who had stormed the
// hotel, were killed"): the side that acted, whatever befell it.
func (x *Extractor) whoActed(s *sentence, we int) bool {
	k := we
	if k < len(s.words) && s.words[k].low == "," {
		k++
	}
	if k >= len(s.words) || s.words[k].low != "who" && s.words[k].low != "that" {
		return false
	}
	for j := k + 1; j < len(s.words) && j <= k+3; j++ {
		if t := s.triggerAt(j); t != nil && !t.noun {
			switch t.class.name {
			case "attack", "assault", "clash", "suicide", "blast", "ied", "shelling", "air", "execute", "abduct":
				return true
			}
			return false
		}
		// "the gunmen who killed five people": a verb of harm done
		if k := x.casualtyAt(s, j, false); k == sitrep.Killed || k == sitrep.Wounded {
			return true
		}
		switch s.words[j].low {
		case "had", "have", "has", "reportedly", "allegedly", "earlier":
		default:
			return false
		}
	}
	return false
}

// inQuestion reports whether word i is in an embedded question opened by
// "whether" earlier in its clause ("investigating whether ...").
// (Before the clauses are known, the question runs back to a mark.)
func (s *sentence) inQuestion(i int) bool {
	if i >= len(s.words) {
		return false
	}
	clauses := len(s.clause) == len(s.words)
	for k := i - 1; k >= 0; k-- {
		if clauses && s.clause[k] != s.clause[i] || !clauses && s.words[k].punc {
			return false
		}
		if s.words[k].low == "whether" {
			return true
		}
	}
	return false
}

// actInClause reports whether the clause of word i tells an act: a verb
// of harm ("soldiers killed the militants who ...") or a trigger that
// is no word of a side ("gunmen").
func (x *Extractor) actInClause(s *sentence, i int) bool {
	c := s.clause[min(i, len(s.words)-1)]
	for k := range s.words {
		if s.clause[k] == c && x.casualtyAt(s, k, false) != "" {
			return true
		}
	}
	for k := range s.triggers {
		if t := &s.triggers[k]; s.clause[t.i] == c && !s.sideWord(t.i) {
			return true
		}
	}
	return false
}

// sideWord reports whether word i is part of a side's mention.
func (s *sentence) sideWord(i int) bool {
	for _, m := range s.actors {
		if m.Actor != nil && m.Span.Contains(s.words[i].span) {
			return true
		}
	}
	return false
}

// actedFirstIn reports whether a sentence tells a side as doing an act of
// attack in a relative clause on it (whoActed).
func (x *Extractor) actedFirstIn(s *sentence) bool {
	for _, m := range s.actors {
		if m.Actor == nil || m.Actor.Name == "civilians" || isStateSide(m.Actor) {
			continue
		}
		we := s.wordAt(m.Span.End-1) + 1
		if x.whoActed(s, we) {
			return true
		}
	}
	return false
}

// heActsAfter is the word of the act told by "he" or "she" opening the
// clause after the one-person side mention m at word i ("killed the
// gunman after he shot dead three worshippers", "... after he killed four
// villagers"): a verb of attack or of killing; -1 when there is none or
// the mention is of many.
func (x *Extractor) heActsAfter(s *sentence, i int, m sitrep.Span) int {
	if len(s.clause) != len(s.words) || i >= len(s.words) {
		return -1
	}
	e := s.wordAt(m.End - 1)
	if e >= len(s.words) || isPlural(s.words[e].low) {
		return -1
	}
	// the head noun may follow the side's word ("a militant commander")
	for e+1 < len(s.words) && s.clause[e+1] == s.clause[i] && !isClauseBreak(s.words[e+1]) && e+1 <= i+3 {
		if _, ok := s.countAt(e + 1); ok {
			return -1
		}
		e++
		if isPlural(s.words[e].low) {
			return -1
		}
	}
	j := e + 1
	if j >= len(s.words) || s.clause[j] == s.clause[i] {
		return -1
	}
	c := s.clause[j]
	he := -1
	for k := j; k < len(s.words) && k <= j+2 && s.clause[k] == c; k++ {
		if w := s.words[k].low; w == "he" || w == "she" {
			he = k
		}
	}
	if he < 0 {
		return -1
	}
	for k := he + 1; k < len(s.words) && k <= he+3 && s.clause[k] == c; k++ {
		if t := s.triggerAt(k); t != nil && !t.noun {
			return k
		}
		if kind := x.casualtyAt(s, k, true); kind == sitrep.Killed || kind == sitrep.Wounded {
			return k
		}
	}
	return -1
}

// civiliansKilled reports whether an incident counts civilians killed.
func civiliansKilled(in *incident) bool {
	for _, f := range in.frames {
		for _, c := range f.cas {
			if c.kind == sitrep.Killed && c.group == "civilians" && !c.count.IsZero() {
				return true
			}
		}
	}
	return false
}

// coordinatedSubject reports whether the words from we to the verb at v
// join a second subject to the one ending at we, with no clause between:
// "Hashd fighters and the elite rapid response forces managed to
// liberate" — both subjects act.
func (s *sentence) coordinatedSubject(we, v int) bool {
	if v-we > 14 {
		return false
	}
	and := -1
	for k := we; k < v && k <= we+2; k++ {
		if s.words[k].low == "and" {
			and = k
			break
		}
	}
	if and < 0 {
		return false
	}
	for k := we; k < v; k++ {
		if isClauseBreak(s.words[k]) || s.words[k].low == "," {
			return false
		}
	}
	return true
}

func sameSide(a, b *actors.Actor) bool {
	if a == nil || b == nil {
		return false
	}
	return a.Name == b.Name || a.Parent == b.Name || b.Parent == a.Name
}

// groupFitsPlace reports whether an armed group may have acted at loc:
// in its own country or across a border of it (Hezbollah's rockets on
// Safed), not in a country far from its war ("Abu Sayyaf" named in a
// report that also tells Thailand's south is no doer there). A group of
// no country, or a place of none, fits.
func groupFitsPlace(act *actors.Actor, loc *sitrep.Location) bool {
	return act.Country == "" || loc == nil || loc.Country == "" || act.Country == loc.Country || gazetteer.Neighbours(act.Country, loc.Country)
}

// resolveGeneric reads a generic mention: "the militants" in a report that
// names one armed group is that group; other generics keep the
// dictionary's reading through the country.
func (x *Extractor) resolveGeneric(a *analysis, m actors.Mention) *actors.Actor {
	if !m.Generic {
		return m.Actor
	}
	if act := x.suspectedToBe(a.text, m.Span.End); act != nil {
		return act
	}
	// "Gunmen killed 22 people ... the attackers belonged to Los
	// Tiguerones": unnamed doers the report goes on to identify
	if m.Actor.Kind == actors.KindUnidentified {
		if act := a.identifiedSide(); act != nil {
			return act
		}
	}
	// only a word the dictionary leaves unidentified ("militants" where
	// no group is the default) takes the report's group; not doers the
	// words say nobody knows ("unidentified gunmen shot dead a Taliban
	// commander", "unknown assailants"): their side is the one the
	// report goes on to identify, never merely the one it is about
	if m.Actor.Kind == actors.KindUnidentified && (toldUnknown(m.Alias) || a.backToUnknown(m.Span)) {
		return m.Actor
	}
	if m.Actor.Kind != actors.KindUnidentified && isArmedGroup(m.Actor) && !a.definiteAt(m.Span) {
		// "Islamic State and rebel brigades fought around Marea": a word
		// the dictionary reads as a named side in the country ("rebels"
		// in Syria), told anew with no word pointing back, is that side,
		// not the group the report is about
		return m.Actor
	}
	if m.Actor.Kind == actors.KindUnidentified || isArmedGroup(m.Actor) {
		if g := a.actingGroup(); g != "" {
			if act := x.actors.Lookup(g); act != nil {
				return act
			}
		}
	}
	return m.Actor
}

// backToUnknown reports whether the generic mention at sp is a definite
// noun ("the kidnappers", "these gunmen") pointing back to doers told as
// unknown just before it.
func (a *analysis) backToUnknown(sp sitrep.Span) bool {
	si := a.sentenceOf(sp.Start)
	if si < 0 {
		return false
	}
	s := a.sents[si]
	i := s.wordAt(sp.Start)
	if i < 1 {
		return false
	}
	switch s.words[i-1].low {
	case "the", "these", "those":
		return a.unknownDoersBefore(s, sp.Start)
	}
	return false
}

// toldUnknown reports whether a term for unnamed doers says that nobody
// knows who they are ("unidentified gunmen", "unknown assailants", "men
// not yet identified" is not a term), not merely that the report gives
// no name ("gunmen", "armed men").
func toldUnknown(term string) bool {
	first, _, _ := strings.Cut(strings.ToLower(term), " ")
	switch first {
	case "unidentified", "unknown", "unnamed", "unidentifiable":
		return true
	}
	return false
}

// identityNouns are the words for unnamed doers that a report may go on
// to identify ("the men were Russian paramilitaries").
var identityNouns = map[string]bool{
	"attackers": true, "attacker": true, "assailants": true, "gunmen": true, "men": true, "killers": true,
	"perpetrators": true, "culprits": true, "abductors": true, "kidnappers": true, "raiders": true, "they": true,
}

// identifiedAt reports whether the side named from word wi is what
// unnamed doers are said to be: "the attackers belonged to Los
// Tiguerones", "witnesses said the men were Russian paramilitaries",
// "gunmen the army identified as Ambazonian separatists", "police
// identified the killers as members of the CJNG".
func (s *sentence) identifiedAt(wi int) bool {
	k := wi - 1
	if k >= 0 && s.words[k].low == "the" {
		k--
	}
	if k >= 1 && s.words[k].low == "of" && (s.words[k-1].low == "members" || s.words[k-1].low == "fighters" || s.words[k-1].low == "part") {
		k -= 2
	}
	if k < 1 {
		return false
	}
	switch w := s.words[k].low; {
	case w == "were" || w == "was":
		return identityNouns[s.words[k-1].low]
	case w == "to" && (s.words[k-1].low == "belonged" || s.words[k-1].low == "belong" || s.words[k-1].low == "belongs"):
		return k >= 2 && identityNouns[s.words[k-2].low]
	case w == "as" && s.words[k-1].low == "identified":
		return true // "gunmen the army identified as", "the attackers were identified as"
	case w == "as" && k >= 2 && s.words[k-2].low == "identified":
		return true // "identified them as"
	case w == "as" && k >= 3 && s.words[k-3].low == "identified" && identityNouns[s.words[k-1].low]:
		return true // "identified the attackers as"
	}
	return false
}

// identifiedIn is the first armed side the incident's own sentences
// identify its unnamed doers as (identifiedAt), or nil.
func identifiedIn(in *incident) *actors.Actor {
	for _, f := range in.frames {
		s := f.s
		for _, m := range s.actors {
			if m.Actor == nil || m.Generic || m.Actor.Name == "civilians" || m.Actor.Kind == actors.KindUnidentified {
				continue
			}
			if s.identifiedAt(s.wordAt(m.Span.Start)) {
				return m.Actor
			}
		}
	}
	return nil
}

// identifierAt reports whether the side ending before word we is the one
// that identifies the doers ("whom the army identified as CODECO", "police
// identified the attackers as"): "identified" or "described" right after
// it, with "as" within four words.
func (s *sentence) identifierAt(we int) bool {
	if we >= len(s.words) || s.words[we].low != "identified" && s.words[we].low != "described" {
		return false
	}
	for k := we + 1; k < len(s.words) && k <= we+4; k++ {
		if s.words[k].punc {
			return false
		}
		if s.words[k].low == "as" {
			return true
		}
	}
	return false
}

// identifiedSide is the first armed side a report identifies its unnamed
// doers as (identifiedAt), or nil.
func (a *analysis) identifiedSide() *actors.Actor {
	if !a.identifiedRead {
		a.identifiedRead = true
		for _, s := range a.sents {
			for _, m := range s.actors {
				if m.Actor == nil || m.Generic || m.Actor.Name == "civilians" || m.Actor.Kind == actors.KindUnidentified {
					continue
				}
				if s.identifiedAt(s.wordAt(m.Span.Start)) {
					a.identified = m.Actor
					return a.identified
				}
			}
		}
	}
	return a.identified
}

// suspectedToBe is the side named as what unnamed armed people were
// believed to be, right after their words at end ("armed men believed to
// be Fulani herdsmen", "gunmen suspected to be al-Shabaab fighters"): the
// suspected people read as the dictionary reads them suspected ("suspected
// herdsmen"), or the side their name is; nil when no such words follow.
func (x *Extractor) suspectedToBe(text string, end int) *actors.Actor {
	if x.actors == nil || end >= len(text) {
		return nil
	}
	rest := text[end:]
	if len(rest) > 80 {
		rest = rest[:80]
	}
	if !beliefFirst(rest) {
		return nil // (the cheap test of the first word, before splitting)
	}
	ws := strings.Fields(rest)
	if len(ws) < 4 || ws[1] != "to" || ws[2] != "be" {
		return nil
	}
	switch ws[0] {
	case "believed", "suspected", "thought", "said":
	default:
		return nil
	}
	ws = ws[3:]
	if len(ws) > 0 && (ws[0] == "members" || ws[0] == "fighters") && len(ws) > 1 && ws[1] == "of" {
		ws = ws[2:] // "believed to be members of the NPA"
	}
	if len(ws) > 0 && ws[0] == "the" {
		ws = ws[1:]
	}
	for n := min(len(ws), 4); n >= 1; n-- {
		name := strings.TrimRight(strings.Join(ws[:n], " "), ",.;:")
		if act := x.actors.Lookup("suspected " + name); act != nil && act.Kind != actors.KindUnidentified {
			return act
		}
		if act := x.actors.Lookup(name); act != nil && act.Kind != actors.KindUnidentified && act.Name != "civilians" {
			return act
		}
	}
	return nil
}

// beliefFirst reports whether the first word of s, as strings.Fields
// splits it, is a verb of belief suspectedToBe reads.
func beliefFirst(s string) bool {
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	j := i
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if unicode.IsSpace(r) {
			break
		}
		j += n
	}
	switch s[i:j] {
	case "believed", "suspected", "thought", "said":
		return true
	}
	return false
}

// isTakeBack reports whether a capture word says a place was taken back
// (the words reports use for a government regaining ground).
// takesBack reports whether any sentence of a capture tells it as a place
// taken back ("liberated", "recaptured", "re-took"), whichever of its words
// gave the type ("the flag was hoisted").
func takesBack(in *incident) bool {
	for _, f := range in.frames {
		for _, t := range f.trigs {
			if t.class.name == "gain" && (isTakeBack(f.s.words[t.i].low) || t.i > 0 && f.s.words[t.i-1].low == "re") {
				return true
			}
		}
	}
	return false
}

func isTakeBack(w string) bool {
	for _, p := range []string{"recaptur", "retook", "retake", "retaken", "retaking", "liberat", "freed", "free", "regain", "purg", "clear", "reclaim", "took back", "taken back"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// dominantState is the state's side (forces or their allies) a document
// names most, or nil.
func (a *analysis) dominantState(x *Extractor) *actors.Actor {
	if !a.stateRead {
		a.state, a.stateRead = a.findDominantState(x), true
	}
	return a.state
}

func (a *analysis) findDominantState(x *Extractor) *actors.Actor {
	counts := map[string]int{}
	var order []string
	for _, s := range a.sents {
		for _, m := range s.actors {
			if m.Actor == nil || !isStateSide(m.Actor) || m.Actor.Kind == actors.KindCoalition {
				continue
			}
			if counts[m.Actor.Name] == 0 {
				order = append(order, m.Actor.Name)
			}
			counts[m.Actor.Name]++
		}
	}
	best := ""
	for _, n := range order {
		if best == "" || counts[n] > counts[best] {
			best = n
		}
	}
	if best == "" {
		return nil
	}
	return x.actors.Lookup(best)
}

// dominantGroup is the only armed group a document names, or "".
func (a *analysis) dominantGroup() string {
	return dominant(a.groups)
}

// actingGroup is the only armed group a document tells acting or
// claiming an act, or "": "the gunmen" of a report on that group are
// its. A group named only in the report's background ("Boko Haram has
// waged an insurgency since 2009", "the cartel has long fought for the
// area", "the TTP is active in the district") is no group told acting.
func (a *analysis) actingGroup() string {
	if !a.actingRead {
		a.actingRead = true
		a.acting = map[string]int{}
		for _, s := range a.sents {
			for _, m := range s.groupMentions {
				// (not a group the act fell on: "the strike targeted Fano
				// militants"; not a claim told of history: "Ansaru was
				// behind the attack on a church last year")
				// (nor a group that judges an act: "Hamas called the strike a
				// massacre")
				if m.claims && !s.background || s.tellsActAt(s.wordAt(m.span.Start)) && !a.toldActedOn(m.span) && !m.harmed && !s.reactsAt(s.wordAt(m.span.End-1)+1) {
					a.acting[m.name]++
				}
			}
		}
	}
	return dominant(a.acting)
}

// dominant is the only group counted, or one counted at least three
// times as often as any other, or "".
func dominant(groups map[string]int) string {
	// the only group named, or one named at least three times as often
	// as any other (a report on the Islamic State that mentions a militia
	// in passing)
	best, second, name := 0, 0, ""
	for g, n := range groups {
		switch {
		case n > best || n == best && g < name:
			best, second, name = n, max(best, second), g
		case n > second:
			second = n
		}
	}
	if len(groups) == 1 || best >= 3*second && best >= 3 {
		return name
	}
	return ""
}

// tellsActAt reports whether the clause of word i tells an act of the
// news: a word of violence, a count of people hurt or a day of the news
// that no running total, habit, history or intent covers.
func (s *sentence) tellsActAt(i int) bool {
	if i >= len(s.words) {
		return false
	}
	c := s.clause[i]
	for _, t := range s.triggers {
		if s.clause[t.i] == c && !t.irrealis && !t.aggregate && !t.background {
			return true
		}
	}
	for _, ca := range s.cas {
		if s.clause[min(s.wordAt(ca.span.Start), len(s.words)-1)] == c && !ca.cumulative && !ca.background {
			return true
		}
	}
	if s.aggClause[c] || s.cumClause[c] {
		return false
	}
	// a clause dated to a day of the news tells what was done that day
	// ("Houthi rebels seized a cargo ship on Monday"), with no word of
	// violence for it
	for _, t := range s.times {
		if t.Kind == timex.Point && !t.Background && (t.Precision == sitrep.PrecisionDay || t.Weekday != 0 || t.Day != 0) &&
			s.clause[min(s.wordAt(t.Span.Start), len(s.words)-1)] == c {
			return true
		}
	}
	return false
}

// sameClauseAsTrigger reports whether word i lies in a clause with a
// trigger ("controlled by the Islamic State" in a relative clause about a
// city says nothing of who took it now).
func (s *sentence) sameClauseAsTrigger(i int) bool {
	for _, t := range s.triggers {
		if !t.irrealis && s.clause[t.i] == s.clause[i] {
			return true
		}
	}
	return false
}

// plainTriggerBesides reports whether the sentence tells a plain act (a
// trigger not of the weak kind, told as done) other than the one at word i.
func (s *sentence) plainTriggerBesides(i int) bool {
	for _, t := range s.triggers {
		if t.i != i && !t.weak && !t.irrealis {
			return true
		}
	}
	return false
}

// describesTrigger reports whether word i is in a relative clause that
// describes a trigger noun ("an attack that was attributed to ISIS", "the
// bombing, which was claimed by ..."): what it says of its agent is said
// of the incident.
func (s *sentence) describesTrigger(i int) bool {
	if s.clauseKindAt(i) != relativeClause {
		return false
	}
	start := i
	for start > 0 && s.clause[start-1] == s.clause[i] {
		start--
	}
	before := start - 1
	if before >= 0 && s.words[before].low == "," {
		before--
	}
	for _, t := range s.triggers {
		if !t.irrealis && t.i <= before && before < t.i+t.n && s.nounUse(t.i, t.trigger) {
			return true
		}
	}
	return false
}

// triggerAfter is the first trigger at or after word i. A trigger the
// sentence does not tell as done ("continue to battle", "launched an
// offensive to retake") still says who acts, so it counts here.
func (s *sentence) triggerAfter(i int) *trigHit {
	for k := range s.triggers {
		if t := &s.triggers[k]; t.i >= i {
			return t
		}
	}
	return nil
}

// insideTrigger reports whether word i lies within the words of a
// trigger that has a gap ("drove the militants out of").
func (s *sentence) insideTrigger(i int) bool {
	for _, t := range s.triggers {
		if t.i < i && i < t.i+t.n-1 {
			return true
		}
	}
	return false
}

// namesTriggerAgent reports whether the actor mention of words [wi, we)
// holds a trigger after its first word ("an Israeli strike", "a
// Houthi drone attack"): the side named is the one that acted.
func (s *sentence) namesTriggerAgent(wi, we int) bool {
	for _, t := range s.triggers {
		if wi < t.i && t.i < we {
			return true
		}
	}
	return false
}

// triggerAfterIn is the first trigger at or after word i in word i's
// clause.
func (s *sentence) triggerAfterIn(i int) *trigHit {
	if i >= len(s.words) {
		return nil
	}
	c := s.clause[i]
	for k := range s.triggers {
		if t := &s.triggers[k]; t.i >= i && s.clause[t.i] == c {
			return t
		}
	}
	return nil
}

// triggerAfterSide is triggerAfterIn for a side ending before word we, past
// the means of a support phrase right after it: "government forces backed
// by Russian jets recaptured the town" took it; "jets" is the help.
func (s *sentence) triggerAfterSide(we int) *trigHit {
	e := s.supportEnd(we)
	if e <= 0 || we >= len(s.words) {
		return s.triggerAfterIn(we)
	}
	c := s.clause[we]
	for k := range s.triggers {
		t := &s.triggers[k]
		if t.i < we || s.clause[t.i] != c || t.noun && t.i < e+4 {
			continue
		}
		return t
	}
	return nil
}

// reducedRelative reports whether the trigger at word k is a participle
// opening a relative clause of its own right after a side named at word
// wi in another clause ("troops advancing in X", "police guarding the
// bank"): it describes that side.
func (s *sentence) reducedRelative(wi, k int) bool {
	if k >= len(s.words) || wi >= len(s.words) || s.clause[k] == s.clause[wi] || s.clauseKindAt(k) != relativeClause {
		return false
	}
	return strings.HasSuffix(s.words[k].low, "ing") && (k == 0 || s.clause[k-1] != s.clause[k])
}

// triggerBeforeIn is the last realised trigger ending at or before word i
// in word i's clause.
func (s *sentence) triggerBeforeIn(i int) *trigHit {
	if i >= len(s.words) {
		return nil
	}
	c := s.clause[i]
	var last *trigHit
	for k := range s.triggers {
		if t := &s.triggers[k]; t.i+t.n <= i && !t.irrealis && s.clause[t.i] == c {
			last = t
		}
	}
	return last
}

// triggerBefore is the last realised trigger ending at or before word i.
func (s *sentence) triggerBefore(i int) *trigHit {
	var last *trigHit
	for k := range s.triggers {
		if t := &s.triggers[k]; t.i+t.n <= i && !t.irrealis {
			last = t
		}
	}
	return last
}

// prevWord is the word before word i, skipping an article.
func (s *sentence) prevWord(i int) string {
	k := i - 1
	if k >= 0 && (s.words[k].low == "[" || s.words[k].low == "(") {
		k-- // "the siege of [Isis]": an editor's bracket
	}
	if k >= 0 && (s.words[k].low == "the" || s.words[k].low == "a" || s.words[k].low == "an") {
		k--
	}
	if k < 0 {
		return ""
	}
	return s.words[k].low
}

// inVictims reports whether a span lies inside a phrase counting people
// who were hurt ("20 soldiers and civilians were killed").
func (s *sentence) inVictims(sp sitrep.Span) bool {
	for _, c := range s.cas {
		if !c.reflex && c.span.Contains(sp) && c.np.Start <= sp.Start {
			end := c.np.End
			if c.span.End > end && c.np.Start > c.span.Start {
				end = c.span.End // "killing 12 soldiers": the noun is after the verb
			}
			if sp.Start < end {
				return true
			}
		}
		if !c.reflex && c.span.End <= sp.Start && s.ofAfter(c.span.End, sp.Start) {
			return true // "killed 19 suspected members of a criminal group": whose members they were
		}
		if !c.reflex && c.np.End <= sp.Start && s.ofAfter(c.np.End, sp.Start) {
			return true // "six members of a Koglweogo self-defence group were killed": whose members they were, told before the verb
		}
	}
	return false
}

// ofAfter reports whether the words from offset end to offset start are
// "of" and at most an article ("members | of a | criminal group").
func (s *sentence) ofAfter(end, start int) bool {
	k := s.wordAt(start) - 1
	if k >= 0 && k < len(s.words) && isArticle(s.words[k].low) {
		k--
	}
	return k > 0 && k < len(s.words) && s.words[k].low == "of" && s.words[k-1].span.End == end
}

// claims reports whether a claim of responsibility follows the words
// ending at word i ("Islamic State claimed the attack").
func (x *Extractor) claims(s *sentence, i int) bool {
	// "JNIM, an al-Qaeda affiliate, claimed responsibility": the side an
	// appositive describes is the claim's subject, and a side inside the
	// appositive is not
	if s.inAppositive(i) {
		return false
	}
	if e := s.appositiveEnd(i); e > 0 {
		for _, m := range s.markers {
			if m.val.(string) == "claim" && m.i >= e && m.i-e <= 3 && !accusation(s.words[m.i].low) {
				return true
			}
		}
	}
	// "Al-Shabaab militants, who are fighting to topple the government,
	// have claimed the attack": the side a relative clause hangs on is
	// the claim's subject, and a side inside that clause is not
	rel := -1
	for k := 0; k < i && k < len(s.words); k++ {
		if w := s.words[k].low; w == "who" || w == "which" {
			rel = k
		}
	}
	for _, m := range s.markers {
		if m.val.(string) == "claim" && m.i >= i && m.i-i <= 3 && rel < 0 && !accusation(s.words[m.i].low) {
			return true
		}
	}
	if k := i; k < len(s.words) && (s.words[k].low == "," && k+1 < len(s.words) && (s.words[k+1].low == "who" || s.words[k+1].low == "which") || s.words[k].low == "who" || s.words[k].low == "which") {
		for _, m := range s.markers {
			if m.val.(string) == "claim" && m.i > k && m.i-k <= 20 {
				return true
			}
		}
	}
	// a side announcing a capture is its taker: "the militia announced
	// the capture of an airbase", "forces declared the liberation of X"
	if i < len(s.words) && s.words[i].hyph && (s.words[i].low == "claimed" || s.words[i].low == "led") && s.triggerAfter(i) != nil {
		return true // "an IS-claimed attack", "a Saudi-led air strike"
	}
	if i < len(s.words) {
		switch s.words[i].low {
		case "announced", "announces", "declared", "declares", "claimed", "claims", "confirmed":
			for _, t := range s.triggers {
				if t.class.name == "gain" && t.i > i && t.i-i <= 3 && !t.irrealis {
					return true
				}
			}
		}
	}
	return false
}

// appositiveEnd is the word after an appositive set right after word i
// between commas (", an al-Qaeda affiliate,"), or 0 when none opens there.
func (s *sentence) appositiveEnd(i int) int {
	if i+2 < len(s.words) && s.words[i].low == "," && s.words[i+1].low == "the" {
		if c := s.theAppositiveClose(i + 1); c > 0 {
			return c + 1 // "Al-Shabaab, the al Qaeda affiliate fighting the government, claimed"
		}
		return 0
	}
	if i+2 >= len(s.words) || s.words[i].low != "," || (s.words[i+1].low != "a" && s.words[i+1].low != "an" && !s.possessiveOpens(i+1)) {
		return 0
	}
	for k := i + 2; k < len(s.words) && k <= i+12; k++ {
		if s.words[k].low == "," {
			return k + 1
		}
		if isClauseBreak(s.words[k]) {
			return 0
		}
	}
	return 0
}

// inAppositive reports whether the words ending before word i stand in an
// appositive opened by ", a" or ", an" and closed by a comma a few words
// on (the al-Qaeda of "JNIM, an al-Qaeda affiliate, claimed ...").
func (s *sentence) inAppositive(i int) bool {
	if i < len(s.words) && s.possessiveS(i) && s.possessiveOpens(max(i-4, 0)) {
		// "JNIM, al Qaeda's Sahel affiliate, claimed": the possessor of
		// the appositive's noun
		for k := i - 1; k >= 1 && k >= i-4; k-- {
			if s.words[k].punc {
				if s.words[k].low != "," {
					break
				}
				for j := i + 1; j < len(s.words) && j <= i+4; j++ {
					if s.words[j].low == "," {
						return true
					}
					if s.words[j].punc {
						break
					}
				}
				break
			}
		}
	}
	open := false
	// (hyphens count as words: "a proxy of the Pakistan-based
	// Lashkar-e-Taiba" is ten)
	for k := i - 1; k >= 1 && k >= i-10; k-- {
		if s.words[k].low == "," {
			return false
		}
		if (s.words[k].low == "a" || s.words[k].low == "an") && s.words[k-1].low == "," {
			open = true
			break
		}
		if s.words[k].low == "the" && s.words[k-1].low == "," && s.theAppositiveClose(k) >= i {
			return true // "Al-Shabaab, the al Qaeda affiliate ..., claimed"
		}
	}
	if !open {
		return false
	}
	for k := i; k < len(s.words) && k <= i+3; k++ {
		if s.words[k].low == "," {
			return true
		}
	}
	return false
}

// supportParticiple are the participles of help given a side, told
// between it and its verb ("troops, supported by the Civilian Joint Task
// Force, repelled").
var supportParticiple = map[string]bool{
	"supported": true, "backed": true, "aided": true, "assisted": true, "helped": true,
	"reinforced": true, "accompanied": true, "escorted": true,
}

// pastSupportAside returns, when the words at vb tell help given the side
// before them (", supported by the CJTF," or "backed by vigilantes"), the
// word after them, where the side's own verb stands: after the closing
// comma of an aside set off by commas, or at the first trigger or marker
// of an aside without; otherwise vb.
func (s *sentence) pastSupportAside(vb int) int {
	k := vb
	comma := k < len(s.words) && s.words[k].low == ","
	if comma {
		k++
	}
	if k+2 >= len(s.words) || !supportParticiple[s.words[k].low] || s.words[k+1].low != "by" {
		return vb
	}
	for j := k + 2; j < len(s.words) && j <= k+12; j++ {
		w := s.words[j]
		if comma {
			if w.low == "," {
				return j + 1
			}
			if w.punc {
				return vb
			}
			continue
		}
		if w.punc {
			return vb
		}
		if j > k+2 && (s.triggerAt(j) != nil || slices.ContainsFunc(s.markers, func(m hit) bool { return m.i == j })) {
			return j
		}
	}
	return vb
}

// inSupportAside reports whether the side at word wi is named inside a
// phrase of help given (", supported by air strikes from the US-led
// coalition,", ", backed by Iraqi troops and by US warplanes,", "under
// cover of air strikes by the coalition"): the support marker stands
// before the side, within ten words, with no mark and no verb between
// (not "special forces backed by US air support killed 30 al-Shabaab
// fighters": the verb's object).
func (s *sentence) inSupportAside(wi int) bool {
	for k := wi - 1; k >= 0 && k >= wi-10; k-- {
		if s.markerIs(k, "support") {
			return true
		}
		if s.words[k].punc || s.verbTriggerAt(k) && !s.words[k].hyph || finiteVerb(s.words[k].low) {
			return false
		}
	}
	return false
}

// allyOfADefence reports whether the side at word wi is named in an aside
// of help given another side ("backed by vigilantes", ", supported by the
// Civilian Joint Task Force,") whose verb is a defence ("repelled"): an
// ally in holding off the act.
func (s *sentence) allyOfADefence(wi int) bool {
	k := wi - 1
	if k >= 0 && s.words[k].low == "the" {
		k--
	}
	if k < 1 || s.words[k].low != "by" || !supportParticiple[s.words[k-1].low] {
		return false
	}
	start := k - 1
	if start >= 1 && s.words[start-1].low == "," {
		start--
	}
	v := s.pastSupportAside(start)
	return v != start && s.markerIs(v, "defence")
}

// namedInApposition returns, for a side at word wi set off by commas
// after a subject that describes a body by a noun of appositiveNoun ("A
// faction of the Pakistani Taliban, Jamaat-ul-Ahrar, said"), the word
// after its closing comma: the name is that subject's, and its verb is
// the subject's. Otherwise vb.
func (s *sentence) namedInApposition(wi, vb int) int {
	if wi < 2 || vb+1 >= len(s.words) || s.words[wi-1].low != "," || s.words[vb].low != "," {
		return vb
	}
	desc := false
	for k := wi - 2; k >= 0 && k >= wi-12; k-- {
		w := s.words[k]
		if w.punc || isClauseBreak(w) {
			return vb
		}
		if appositiveNoun[w.low] {
			desc = true
		}
		if k == 0 || s.words[k-1].punc {
			if desc && (w.low == "a" || w.low == "an" || w.low == "the" || w.low == "one") {
				return vb + 1
			}
			return vb
		}
	}
	return vb
}

// appositiveNoun are the nouns an appositive opened by "the" describes a
// side by ("the al Qaeda affiliate", "the Islamic State's local branch").
var appositiveNoun = map[string]bool{
	"affiliate": true, "offshoot": true, "branch": true, "wing": true, "faction": true,
	"franchise": true, "proxy": true, "ally": true, "arm": true, "splinter": true,
}

// theAppositiveClose returns, for an appositive opened by "the" at word
// open right after a comma and describing a side by a noun of
// appositiveNoun, the index of the comma that closes it (within 12
// words, no other break between); -1 when there is none.
func (s *sentence) theAppositiveClose(open int) int {
	desc := false
	for k := open + 1; k < len(s.words) && k <= open+12; k++ {
		w := s.words[k]
		if w.low == "," {
			if desc {
				return k
			}
			return -1
		}
		if w.punc && w.low != "-" || isClauseBreak(w) && w.low != "who" && w.low != "which" {
			return -1
		}
		if appositiveNoun[w.low] {
			desc = true
		}
	}
	return -1
}

// possessiveS reports whether word i is the "s" of a possessive "'s"
// ("Qaeda's").
func (s *sentence) possessiveS(i int) bool {
	return i > 0 && s.words[i].low == "s" && s.words[i].span.Start == s.words[i-1].span.End+1
}

// possessiveOpens reports whether a possessive "'s" stands within the
// four words from word i, with no mark between: a phrase headed by what a
// side owns ("al Qaeda's Sahel affiliate") opens there.
func (s *sentence) possessiveOpens(i int) bool {
	for k := i; k < len(s.words) && k <= i+4; k++ {
		if s.possessiveS(k) {
			return true
		}
		if s.words[k].punc {
			return false
		}
	}
	return false
}

// modifiesTrigger reports whether the actor words ending at word i stand
// right before the trigger as its modifier ("a Daesh attack", "Turkish
// shelling", "coalition airstrikes").
func (x *Extractor) modifiesTrigger(s *sentence, i, trig int) bool {
	gap := trig - i
	if gap < 0 || gap > 2 || !s.triggerIsNoun(trig) {
		return false
	}
	for k := i; k < trig; k++ {
		switch s.words[k].low {
		case "suicide", "car", "truck", "heavy", "artillery", "rocket", "mortar", "surprise", "deadly", "renewed", "fresh", "new":
		default:
			return false
		}
	}
	return true
}

func (s *sentence) triggerIsNoun(i int) bool {
	for _, t := range s.triggers {
		if t.i == i {
			return t.noun || t.class.name == "attack" && strings.HasSuffix(s.words[i].low, "attack")
		}
	}
	return false
}

// victimActor turns the incident's victims into actor2: civilians, or the
// state forces of the country when soldiers or police were hurt, or the
// armed group when militants were.
func (x *Extractor) victimActor(a *analysis, in *incident) *actors.Actor {
	votes := map[string]int{}
	for _, f := range in.frames {
		for _, c := range f.cas {
			if !c.reflex {
				votes[c.group]++
			}
		}
		for g := range f.s.victims {
			votes[g]++
		}
	}
	best, n := "", 0
	for _, g := range []string{"civilians", "soldiers", "police", "militants"} {
		if votes[g] > n {
			best, n = g, votes[g]
		}
	}
	switch best {
	case "civilians":
		return x.actors.Lookup("civilians")
	case "soldiers", "police":
		return x.actors.Generic(best, a.country)
	case "militants":
		if g := a.dominantGroup(); g != "" {
			return x.actors.Lookup(g)
		}
		// the report's country's word for them ("militants" in Burkina
		// Faso: unidentified)
		return x.actors.Generic("militants", a.country)
	}
	return nil
}

// otherSide names the side a place was taken from: the document's armed
// group when the state took it, the country's forces when the group did.
func (x *Extractor) otherSide(a *analysis, act *actors.Actor) *actors.Actor {
	if act == nil {
		return nil
	}
	if isStateSide(act) {
		if g := a.dominantGroup(); g != "" {
			return x.actors.Lookup(g)
		}
		return nil
	}
	return x.actors.Generic("soldiers", a.country)
}

// titleCase writes a name given in capitals with a capital at the start
// of each word only ("DERA ISMAIL KHAN" → "Dera Ismail Khan").
func titleCase(s string) string {
	rs := []rune(strings.ToLower(s))
	start := true
	for i, r := range rs {
		if start {
			rs[i] = unicode.ToUpper(r)
		}
		start = r == ' ' || r == '-'
	}
	return string(rs)
}

// datelinePlace is the town a report's dateline names, when the report
// names no other place (nil otherwise).
func datelinePlace(a *analysis) *gazetteer.Mention {
	var found *gazetteer.Mention
	for i := range a.places {
		m := &a.places[i]
		if m.Place == nil {
			continue
		}
		if !(isDateline(a.text, *m) || m.Dateline) || m.Place.Feature == "" || m.Place.Feature[0] != 'P' {
			return nil // another place told: the main place's rules decide
		}
		if found != nil && !strings.EqualFold(found.Name, m.Name) {
			return nil
		}
		found = m
	}
	return found
}

// toldCountry is the one country an incident's sentences name as a place
// outside a speaker's words (nil when none, or several).
func toldCountry(a *analysis, in *incident) *gazetteer.Mention {
	var found *gazetteer.Mention
	for _, f := range in.frames {
		for _, pi := range f.s.places {
			m := &a.places[pi]
			if !isCountry(*m) || m.Place == nil || f.s.clauseKindAt(f.s.wordAt(m.Span.Start)) == attributionClause || acrossBorder(a.text, *m) || strings.EqualFold(m.Prep, "from") || strings.EqualFold(m.Prep, "by") {
				continue // (nor where the side came from: "militants from Mali"; nor the agent: "drones launched by Russia")
			}
			if found != nil && found.Place.Country != m.Place.Country {
				return nil
			}
			found = m
		}
	}
	return found
}

// location builds the event's location from the chosen place mention,
// naming every place of a list told together.
func (x *Extractor) location(a *analysis, in *incident) *sitrep.Location {
	if in.place < 0 {
		l := x.mainPlace(a)
		if c := in.frames[0].s.country; c != "" && (l == nil || l.Country != c) {
			return &sitrep.Location{Country: c} // "Niger: gunmen killed 19 villagers."
		}
		if m := toldCountry(a, in); m != nil && (l == nil || l.Country != m.Location.Country) {
			// "militants infiltrated southern Israel": the country the
			// incident's own words name, not a town of another that the
			// report tells of elsewhere
			loc := m.Location
			loc.Name = strings.TrimSpace(m.Name)
			return &loc
		}
		return l
	}
	m := a.places[in.place]
	loc := m.Location
	loc.Name = strings.TrimSpace(m.Name)
	if m.StandsFor != "" {
		loc.Name = m.StandsFor // "the Afghan capital": Kabul
	}
	for _, pair := range [][2]int{{in.place, in.place + 1}, {in.place - 1, in.place}} {
		// "on the road between Gao and Ansongo": halfway from one to the
		// other
		if pair[0] < 0 || pair[1] >= len(a.places) {
			continue
		}
		p, q := &a.places[pair[0]], &a.places[pair[1]]
		if lat, lon, ok := gazetteer.BetweenPoint(a.text, p, q); ok {
			loc.Lat, loc.Lon, loc.GeonameID = &lat, &lon, nil
			loc.Precision = max(loc.Precision, 2)
			loc.Relative = "between " + strings.TrimSpace(p.Name) + " and " + strings.TrimSpace(q.Name)
			break
		}
	}
	if loc.Relative == "" && strings.HasSuffix(m.Prep, " of") && compassWord(strings.TrimSuffix(m.Prep, " of")) {
		// "an airbase west of Mosul": near the town, not in it
		loc.Relative = m.Prep + " " + loc.Name
	}
	if len(in.joint) > 1 {
		names := make([]string, 0, len(in.joint))
		for _, p := range in.joint {
			names = append(names, strings.TrimSpace(a.places[p].Name))
		}
		loc.Name = joinNames(names)
	}
	if !loc.HasPoint() {
		// a place the gazetteer lacks and the report does not put inside
		// another: placed at the report's main place, precision 2, so
		// that it still goes on the map; the report does not say it lies
		// in that place, so it is not its enclosing place ("within"), and
		// the point is borrowed, not that place's GeoNames record
		from := x.mainPlace(a)
		if partOfTownCue(m.Cue) {
			// "RIYADH — ... fragments wounded two people in the al-Yasmin
			// district": a part of a town told in the sentence of the
			// dateline is a part of the dateline's town
			if d := datelineOf(a, m); d != nil && d.Location.HasPoint() {
				from = &d.Location
			}
		}
		if from != nil && from.HasPoint() {
			loc.Lat, loc.Lon, loc.Country, loc.Admin1 = from.Lat, from.Lon, from.Country, from.Admin1
			loc.Gazetteer = from.Gazetteer
			loc.Precision = max(2, from.Precision)
		}
		if loc.Country == "" {
			loc.Country = a.country // at least the report's country, with no point
		}
	}
	if c := in.frames[0].s.country; c != "" && loc.Country != c {
		// a round-up's item set in a country ("Mali: ... near Boni"): a
		// place elsewhere of that name, or the report's main place, is
		// not it; a place of that country the gazetteer lacks
		loc.Lat, loc.Lon, loc.Admin1, loc.GeonameID, loc.Gazetteer, loc.Within = nil, nil, "", nil, "", ""
		loc.Country, loc.Precision = c, 0
	}
	return &loc
}

func joinNames(ns []string) string {
	if len(ns) < 2 {
		return strings.Join(ns, "")
	}
	return strings.Join(ns[:len(ns)-1], ", ") + " and " + ns[len(ns)-1]
}

// mainPlace is the locality a document names most, with precision no
// better than 2 (3 when the report names no place in its country but the
// country): the fallback place of an incident told without one.
func (x *Extractor) mainPlace(a *analysis) *sitrep.Location {
	if !a.mainRead {
		a.main, a.mainRead = x.findMainPlace(a), true
	}
	if a.main == nil {
		return nil
	}
	loc := *a.main // a copy: the caller may change it
	return &loc
}

func (x *Extractor) findMainPlace(a *analysis) *sitrep.Location {
	type tally struct {
		m gazetteer.Mention
		n int
	}
	counts := map[string]*tally{}
	var keys []string
	// the places of the report's country first, towns before divisions
	// (a newspaper's name that is a village abroad, "Carta de
	// Mocambique", is no main place of a report on Mozambique); any
	// place when the country has none
	for pass := 0; pass < 4 && len(keys) == 0; pass++ {
		for _, m := range a.places {
			// (a dateline is where the report was filed, not where it is about)
			// (a place the gazetteer lacks but the report puts inside a
			// known one, "the area of Mir Ali, North Waziristan district",
			// is placed by it)
			if m.Place == nil && (m.Within == "" || m.WithinMain || m.Location.Lat == nil) || isDateline(a.text, m) || m.Group || agentCountry(m) {
				continue // (nor a name qualifying a group: "the Misrata militia"; nor an agent: "launched by Russia")
			}
			if si := a.sentenceOf(m.Span.Start); si >= 0 && destination(a.sents[si], m) || acrossBorder(a.text, m) || gazetteer.Venue(a.text, m.Full) {
				continue // (nor where people were taken or buried, nor the land across a border, nor where parties talk)
			}
			switch pass {
			case 0:
				if m.Admin || a.country != "" && m.Location.Country != a.country {
					continue
				}
			case 1:
				if !m.Admin || a.country == "" || m.Location.Country != a.country || isCountry(m) {
					continue
				}
			case 2:
				if m.Admin {
					continue
				}
			case 3:
				// (no town nor division: the report's country itself, so
				// that the record still says where it is)
				if !isCountry(m) || m.Location.Country != a.country {
					continue
				}
			}
			k := strings.ToLower(m.Name)
			if t, ok := counts[k]; ok {
				t.n++
				continue
			}
			counts[k] = &tally{m: m, n: 1}
			keys = append(keys, k)
		}
	}
	if len(keys) == 0 {
		return nil
	}
	// as often named, the place inside another named is the more precise
	// ("Mir Ali, North Waziristan district": Mir Ali)
	inside := func(k string) bool {
		_, ok := counts[strings.ToLower(counts[k].m.Within)]
		return ok && counts[k].m.Within != ""
	}
	sort.SliceStable(keys, func(i, j int) bool {
		if counts[keys[i]].n != counts[keys[j]].n {
			return counts[keys[i]].n > counts[keys[j]].n
		}
		return inside(keys[i]) && !inside(keys[j])
	})
	t := counts[keys[0]]
	loc := t.m.Location
	loc.Name = t.m.Name
	if loc.Precision < 2 {
		loc.Precision = 2
	}
	if isCountry(t.m) {
		loc.Precision = 3
	}
	return &loc
}

// confidence says how much of the record rests on explicit words.
func confidence(in *incident, t *triggerAt, r roleSet, ev sitrep.Event) float64 {
	c := 0.25
	if t != nil {
		c += 0.2
	}
	if ev.Location != nil {
		switch ev.Location.Precision {
		case 1:
			c += 0.15
		case 2:
			c += 0.08
		default:
			c += 0.03
		}
	}
	if in.date != nil && !in.inherited {
		c += 0.1
	}
	if r.actor1 != nil {
		c += 0.1
	}
	if !ev.Killed.IsZero() || !ev.Wounded.IsZero() {
		c += 0.1
	}
	if in.place < 0 {
		c -= 0.1
	}
	if c > 0.95 {
		c = 0.95
	}
	return float64(int(c*100+0.5)) / 100
}

// bothSidesAfter reports whether the words after word i (a counted noun)
// say the dead were of both sides ("21 people killed on both sides",
// "dozens dead from each side").
func (s *sentence) bothSidesAfter(i int) bool {
	for k := i; k+2 < len(s.words) && k < i+4; k++ {
		switch s.words[k].low {
		case "on", "from", "among":
			switch s.words[k+1].low + " " + s.words[k+2].low {
			case "both sides", "each side", "either side", "all sides", "both parties":
				return true
			}
		case ",", ";":
			return false
		}
	}
	return false
}

// saysSeparate reports whether the sentence says it tells another
// incident ("in a separate attack", "in retaliation, the group fired
// rockets"), not counting a cause told after an act it points back to:
// "the US military said it had carried out the strike in response to an
// attack on its troops" claims the strike told before, and the attack it
// answered is its cause, no incident of the sentence's own; so does an act
// whose object points back ("Hezbollah said it had targeted the base in
// retaliation for ...").
func (s *sentence) saysSeparate() bool {
	for _, m := range s.markers {
		if m.val.(string) != "separate" {
			continue
		}
		if m.i+1 < len(s.words) && s.words[m.i].low == "in" && (s.words[m.i+1].low == "response" || s.words[m.i+1].low == "retaliation" || s.words[m.i+1].low == "revenge") &&
			slices.ContainsFunc(s.triggers, func(t trigHit) bool {
				return t.i < m.i && s.clause[t.i] == s.clause[m.i] && (t.anaphoric || s.anaphorBetween(t.i, m.i))
			}) {
			continue
		}
		return true
	}
	return false
}

// anaphorBetween reports whether a phrase pointing back at an incident
// already told ("the base", "the convoy") lies after word a and before
// word b, in a's clause.
func (s *sentence) anaphorBetween(a, b int) bool {
	for _, m := range s.markers {
		if m.val.(string) != "anaphor" || m.i <= a || m.i+m.n > b || s.clause[m.i] != s.clause[a] {
			continue
		}
		if end := m.i + m.n; end < len(s.words) && s.words[end].low == "of" {
			continue // "the town of Kiryat Shmona": a place introduced, as pointsBack reads it
		}
		return true
	}
	return false
}

// reciprocalAntecedents finds the two sides a fight told by a reciprocal
// anaphor ("clashes between both parties", "the two sides fought") in a
// sentence of the incident that tells fighting stands for: the last two distinct armed sides the report names in the three
// sentences before the incident's first, else in the two after its last;
// first the one the report names first. ok is false when the incident's
// sentences hold no such anaphor or two sides are not found.
func (x *Extractor) reciprocalAntecedents(a *analysis, in *incident) (a1, a2 *actors.Actor, sp1, sp2 sitrep.Span, ok bool) {
	first := -1
	for _, f := range in.frames {
		if f.s.reciprocalAnaphor() && slices.ContainsFunc(f.trigs, func(t trigHit) bool { return t.class.name == "clash" }) {
			if first < 0 || f.s.idx < first {
				first = f.s.idx
			}
		}
	}
	if first < 0 {
		return nil, nil, sp1, sp2, false
	}
	type side struct {
		act  *actors.Actor
		span sitrep.Span
	}
	collect := func(from, to, step int) []side {
		var found []side
		for k := from; k != to && k >= 0 && k < len(a.sents) && len(found) < 2; k += step {
			var here []side
			for _, m := range a.sents[k].actors {
				if m.Actor == nil {
					continue
				}
				act := x.resolveGeneric(a, m)
				if act == nil || act.Name == "civilians" || act.Name == "unknown" {
					continue
				}
				here = append(here, side{act, m.Span})
			}
			if step < 0 {
				slices.Reverse(here) // the nearest first
			}
			for _, h := range here {
				if len(found) < 2 && !slices.ContainsFunc(found, func(o side) bool { return sameSide(o.act, h.act) }) {
					found = append(found, h)
				}
			}
		}
		return found
	}
	found := collect(first-1, first-4, -1)
	if len(found) < 2 {
		found = collect(first+1, first+3, 1)
	}
	if len(found) < 2 {
		return nil, nil, sp1, sp2, false
	}
	// the order the report first names them in
	firstAt := func(act *actors.Actor) int {
		for _, s := range a.sents {
			for _, m := range s.actors {
				if m.Actor != nil && sameSide(x.resolveGeneric(a, m), act) {
					return m.Span.Start
				}
			}
		}
		return -1
	}
	if firstAt(found[1].act) < firstAt(found[0].act) {
		found[0], found[1] = found[1], found[0]
	}
	return found[0].act, found[1].act, found[0].span, found[1].span, true
}

// reciprocalAnaphor reports whether the sentence tells a fight between
// sides it does not name but points back to ("between both parties",
// "the two sides clashed", "the warring parties"), not the dead counted
// "on both sides".
func (s *sentence) reciprocalAnaphor() bool {
	for k := 0; k+1 < len(s.words); k++ {
		pair := s.words[k].low + " " + s.words[k+1].low
		switch pair {
		case "both parties", "both sides", "two sides", "two parties", "warring parties", "warring sides", "rival sides":
		default:
			continue
		}
		if p := s.prevWord(k); p == "on" || p == "from" || p == "among" || p == "to" || p == "by" || p == "urged" || p == "called" {
			continue // "killed on both sides", "called on both sides to ..."
		}
		if k >= 2 && (s.words[k-1].low == "the" || s.words[k-1].low == "both") && (s.words[k-2].low == "on" || s.words[k-2].low == "from" || s.words[k-2].low == "among") {
			continue // "casualties on the two sides"
		}
		return true
	}
	return false
}

// sayVerbAfter returns the index of a verb of saying within n words after
// word i, in the same stretch of words (no punctuation between), or -1.
func (s *sentence) sayVerbAfter(i, n int) int {
	for k := i; k < len(s.words) && k <= i+n; k++ {
		if sayVerb(s.words[k].low) && !s.claimsLives(k) {
			return k
		}
		if s.words[k].punc {
			return -1
		}
	}
	return -1
}

// claimsLives reports whether word i is "claimed" (or "claims",
// "claiming") in "claimed the lives of": a toll taken, not a word said.
func (s *sentence) claimsLives(i int) bool {
	if !strings.HasPrefix(s.words[i].low, "claim") {
		return false
	}
	k := i + 1
	if k < len(s.words) && s.words[k].low == "the" {
		k++
	}
	return k < len(s.words) && (s.words[k].low == "lives" || s.words[k].low == "life")
}

// heldBy reports whether the side named at word i is the agent of a
// participle of holding ("held by", "controlled by", "run by"), which
// describes a place, not the incident's act.
func (s *sentence) heldBy(i int) bool {
	k := i - 1
	if k >= 1 && s.words[k].hyph {
		// "held by UAE-trained Hadrami Elite forces": a compound that
		// qualifies the side stands between
		for k >= 1 && s.words[k].hyph {
			k--
		}
		k--
	}
	if k >= 0 && s.words[k].low == "the" {
		k--
	}
	if k < 1 || s.words[k].low != "by" {
		return false
	}
	switch s.words[k-1].low {
	case "held", "controlled", "run", "dominated", "governed", "ruled", "occupied", "administered", "inhabited", "populated":
		return true
	}
	return false
}

// heldCompoundAfter reports whether the side ending before word we is
// the first half of a compound that says who holds a place
// ("Houthi-held", "rebel-controlled").
func (s *sentence) heldCompoundAfter(we int) bool {
	if we >= len(s.words) || !s.words[we].hyph {
		return false
	}
	switch s.words[we].low {
	case "held", "controlled", "occupied", "run", "dominated", "administered":
		return true
	}
	return false
}

// firedFromCompound reports whether "from" stands right before the
// compound whose holder starts at word i, over an article ("fired from
// the rebel-held east"): the act came from the place held.
func (s *sentence) firedFromCompound(i int) bool {
	k := i - 1
	if k >= 0 && (s.words[k].low == "the" || s.words[k].low == "a") {
		k--
	}
	return k >= 0 && s.words[k].low == "from"
}

// firedFromHeld reports whether the place "held by" the side at word i
// is where an act came from: "from", or a shooter "positioned" or
// "stationed" there, stands within the eight words before "held by".
func (s *sentence) firedFromHeld(i int) bool {
	for k := i - 3; k >= 0 && k >= i-10; k-- {
		switch s.words[k].low {
		case "from", "positioned", "stationed", "posted", "perched":
			return true
		}
		if s.words[k].punc && s.words[k].low != "-" {
			return false
		}
	}
	return false
}

// toldBySide reports whether count c is told by side act about the other
// side: the sentence's speaker ("the Turkish army said", "..., the group
// said in a statement") is act, and the people counted are not act's own.
func (x *Extractor) toldBySide(a *analysis, c *casualty, act *actors.Actor) bool {
	if c.sent < 0 || c.sent >= len(a.sents) {
		return false
	}
	s := a.sents[c.sent]
	own := "militants"
	if isStateSide(act) {
		own = "soldiers"
	}
	if c.group == own || c.group == "police" && own == "soldiers" || c.reflex {
		return false // a side's count of its own dead is no claim
	}
	if i := s.wordAt(c.span.Start); s.clauseKindAt(i) == relativeClause && hasWord(s.words[:i], "responsibility") {
		// "IS claimed responsibility for a bombing ... that killed six
		// people": the report's own words on what was claimed
		return false
	}
	for _, o := range s.cas {
		if (o.group == own || o.group == "police" && own == "soldiers") && o.source == c.source {
			return false // "four soldiers and six militants were killed, the military said": a report of both sides' dead
		}
	}
	if n := c.sent + 1; n < len(a.sents) {
		// "... killed 10 militants, the military said. Two soldiers were
		// also killed": the side's own dead, told next as adding to its
		// count and by no other source, make it a report of both sides'
		// (the same side speaking again in other words is no other
		// source: "the army said" ... "an army spokesman said")
		next := a.sents[n]
		for _, o := range next.cas {
			if (o.group == own || o.group == "police" && own == "soldiers") && o.also && (o.source == "" || o.source == c.source || x.spokenBy(a, next, act, 4)) {
				return false
			}
		}
	}
	if sa, sb, own := s.sourceRange(s.wordAt(c.np.Start)); own && sa < sb && s.namesTeller(sa, sb) && !x.sideNamedIn(a, s, act, sa, sb) {
		// "the number killed ... has risen to 14, hospital officials
		// said, as Islamic State said it had carried out the attack":
		// the count has a teller of its own, and it is not the side
		return false
	}
	return x.spokenBy(a, s, act, 4)
}

// tollTellerAt reports whether the side ending before word we is the
// subject of a verb that gives a toll ("police put the toll at nine",
// "the ministry gave a death toll of 12", "medics have since raised the
// number of dead to 20"): the side counted the dead, it did not kill.
func (s *sentence) tollTellerAt(we int) bool {
	k := we
	for k < len(s.words) && k <= we+3 {
		switch s.words[k].low {
		case "had", "has", "have", "initially", "first", "later", "since", "earlier", "originally", "also", "now":
			k++
			continue
		}
		break
	}
	if k >= len(s.words) || !tollTellingVerb[s.words[k].low] {
		return false
	}
	for j := k + 1; j < len(s.words) && j <= k+4; j++ {
		if w := s.words[j].low; w == "toll" || w == "tally" || w == "number" && j+2 < len(s.words) && s.words[j+1].low == "of" && dead[s.words[j+2].low] != "" {
			return true
		}
		if s.words[j].punc {
			return false
		}
	}
	return false
}

// tollTellingVerb are the verbs whose object is a toll given by their
// subject.
var tollTellingVerb = map[string]bool{"put": true, "puts": true, "putting": true, "gave": true, "give": true, "gives": true,
	"giving": true, "set": true, "sets": true, "estimated": true, "estimates": true, "revised": true, "raised": true,
	"lowered": true, "updated": true, "reported": true, "released": true, "published": true}

// namesTeller reports whether words [a, b) before a verb of saying name
// its subject: not "claimed the ambush in a statement and said", whose
// subject is the claimant named before, nor a pronoun alone ("it said").
func (s *sentence) namesTeller(a, b int) bool {
	for k := b - 1; k >= a; k-- {
		if w := s.words[k].low; w == "and" || w == "but" || w == "," {
			a = k + 1 // the subject is what follows the last coordination
			break
		}
	}
	for k := a; k < b; k++ {
		switch w := s.words[k]; {
		case w.punc:
		case w.low == "and" || w.low == "but" || w.low == "then" || w.low == "also" || w.low == "later":
		case w.low == "it" || w.low == "they" || w.low == "he" || w.low == "she" || w.low == "we" || w.low == "its" || w.low == "their":
		default:
			return true
		}
	}
	return false
}

// sideNamedIn reports whether side act is named among words [wa, wb) of
// sentence s.
func (x *Extractor) sideNamedIn(a *analysis, s *sentence, act *actors.Actor, wa, wb int) bool {
	for _, m := range s.actors {
		if m.Actor == nil {
			continue
		}
		if i := s.wordAt(m.Span.Start); i >= wa && i < wb && sameSide(x.resolveGeneric(a, m), act) {
			return true
		}
	}
	return false
}

// countsOf reports whether cs holds a count of kind.
func countsOf(cs []*casualty, kind string) bool {
	for _, c := range cs {
		if c.kind == kind && !c.count.IsZero() {
			return true
		}
	}
	return false
}

// objectOfInfinitive reports whether the side named at word i is the
// object of an infinitive ("to topple the government", "to oust the
// rebels"), not a trigger's.
func (s *sentence) objectOfInfinitive(i int) bool {
	k := i - 1
	if k >= 0 && (s.words[k].low == "the" || s.words[k].low == "a") {
		k--
	}
	if k < 1 || s.words[k-1].low != "to" || s.words[k].cap || s.words[k].punc {
		return false
	}
	for _, t := range s.triggers {
		if k >= t.i && k < t.i+t.n {
			return false // "to attack the army": the trigger's own object
		}
	}
	return true
}

// coveredByOthers reports whether counts of the same kind cover the
// group a side's claim is about: the same group, or people of any side.
func coveredByOthers(others []*casualty, claim *casualty) bool {
	for _, c := range others {
		if c.kind == claim.kind && (c.group == claim.group || c.group == "people" || claim.group == "people") {
			return true
		}
	}
	return false
}

// fightingTold reports whether an incident was told with a word of
// fighting between sides ("clashes", "battled", "fighting"), not only of
// movement ("entered the town", "advanced", "reached"), which gunmen do
// on their way to an attack on people as much as troops do in a battle.
func fightingTold(in *incident) bool {
	for _, f := range in.frames {
		for _, t := range f.trigs {
			if w := f.s.words[t.i].low; t.class.name == "clash" && !t.irrealis && !movementWord(w) && w != "attacks" && f.s.clauseKindAt(t.i) != relativeClause {
				// ("killed 100 civilians in attacks on two villages": one
				// side's acts, not fighting)
				return true
			}
		}
	}
	return false
}

// movementWord reports whether a trigger word tells movement, not
// fighting.
func movementWord(w string) bool {
	switch w {
	case "entered", "reached", "moved", "moving", "push", "pushed", "thrust":
		return true
	}
	return strings.HasPrefix(w, "advanc")
}

// spokenBy reports whether sentence s is told by side act: its attribution
// or the subject of its verb of saying (within reach words) names act.
func (x *Extractor) spokenBy(a *analysis, s *sentence, act *actors.Actor, reach int) bool {
	for _, m := range s.actors {
		if m.Actor == nil {
			continue
		}
		wi := s.wordAt(m.Span.Start)
		we := wi
		for we < len(s.words) && s.words[we].span.End <= m.Span.End {
			we++
		}
		if s.clauseKindAt(wi) == attributionClause && s.relativeOpener(wi) {
			continue // "near the hotel, which al-Shabaab claimed": what it claimed is the thing before, not the counts
		}
		if s.claimedBy(wi) {
			continue // "killing 10 people, officials said, in an attack claimed by IS": the side claimed the act, others told the toll
		}
		if (s.clauseKindAt(wi) == attributionClause || s.sayVerbAfter(we, reach) >= 0 || s.sayVerbPastAside(we) >= 0) && sameSide(x.resolveGeneric(a, m), act) {
			return true
		}
	}
	return false
}

// sayVerbPastAside finds a verb of saying after the side ending before
// word we, past a word or two that name its teller and an aside set off
// by commas ("A Taliban spokesman, in a message to reporters, said"):
// its index, or -1.
func (s *sentence) sayVerbPastAside(we int) int {
	k := we
	for n := 0; n < 2 && k < len(s.words) && !s.words[k].punc; n++ {
		k++
	}
	for j := we; j <= k && j < len(s.words); j++ {
		if s.words[j].low != "," {
			continue
		}
		e := -1
		if j+1 < len(s.words) && (s.words[j+1].low == "which" || s.words[j+1].low == "who") {
			// ("Islamic State, which has held Raqqa since early 2014 and
			// proclaimed it its capital, said": a relative clause on the
			// teller, clauses of its own within, up to its comma)
			for c := j + 2; c < len(s.words) && c <= j+22; c++ {
				if s.words[c].low == "," {
					e = c
					break
				}
			}
		} else {
			e = closingComma(s, j+1, 10)
		}
		if e > 0 {
			if v := s.sayVerbAfter(e+1, 1); v >= 0 {
				return v
			}
		}
		break
	}
	return -1
}

// claimedBy reports whether the side named at word i follows a passive
// "claimed by" ("an attack claimed by the Islamic State group"): it
// claimed the act the noun before names.
func (s *sentence) claimedBy(i int) bool {
	k := i - 1
	if k >= 0 && s.words[k].low == "the" {
		k--
	}
	return k >= 1 && s.words[k].low == "by" && s.words[k-1].low == "claimed"
}

// relativeOpener reports whether the clause of word i opens with a
// relative pronoun ("which", "that"): a clause about the noun before it.
func (s *sentence) relativeOpener(i int) bool {
	if len(s.clause) != len(s.words) || i >= len(s.words) {
		return false
	}
	k := i
	for k > 0 && s.clause[k-1] == s.clause[i] {
		k--
	}
	for k < len(s.words) && s.words[k].punc {
		k++
	}
	return k < len(s.words) && (s.words[k].low == "which" || s.words[k].low == "that")
}

// compassWord reports whether w names a direction ("west", "north-east",
// "southwest").
func compassWord(w string) bool {
	w = strings.ReplaceAll(w, "-", "")
	switch w {
	case "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest":
		return true
	}
	return false
}

// afterBetween reports whether the words from i are the first of the sides
// named by "between": "between" a word or two of description before them
// ("between rival gangs", "between two armed groups"), with no
// punctuation, "and" or clause break in the way.
func (s *sentence) afterBetween(i int) bool {
	for k := i - 1; k >= 0 && i-k <= 3; k-- {
		w := s.words[k]
		if w.low == "between" {
			return true
		}
		if w.punc || w.low == "and" || isClauseBreak(w) || s.clause[k] != s.clause[i] {
			return false
		}
	}
	return false
}

// secondOfBetween reports whether the words from i are the second of two
// sides named by "between A and B": an "and" just before them (an article
// or a word or two of description between), and "between" a few words
// before that, in one clause.
func (s *sentence) secondOfBetween(i int) bool {
	k := i - 1
	for k >= 0 && i-k <= 3 && s.words[k].low != "and" {
		if s.words[k].punc || isClauseBreak(s.words[k]) {
			return false
		}
		k--
	}
	if k < 0 || s.words[k].low != "and" {
		return false
	}
	for j := k - 1; j >= 0 && k-j <= 8; j-- {
		if s.words[j].low == "between" {
			return true
		}
		if s.words[j].punc && s.words[j].low != "-" || isClauseBreak(s.words[j]) {
			return false
		}
	}
	return false
}

// reciprocalVerbs tell two sides fighting each other: the subject of
// one names both ("A and B clashed").
var reciprocalVerbs = map[string]bool{"clashed": true, "clash": true, "fought": true, "battled": true, "exchanged": true, "skirmished": true, "traded": true}

// secondOfReciprocal reports whether the side whose mention begins at word
// i is the second of two sides joined by "and" as the subject of a verb
// of fighting each other ("Al-Shabaab fighters and Somali troops fought",
// "Taliban forces and Pakistani troops exchanged fire").
func (x *Extractor) secondOfReciprocal(s *sentence, i int) bool {
	if i >= 2 && s.words[i-1].low == "(" {
		// the short name in brackets after the second side's name
		// ("the Popular Liberation Army (EPL)") is that side again
		for _, m := range s.actors {
			if m.Actor != nil && s.wordAt(m.Span.End-1) == i-2 {
				return x.secondOfReciprocal(s, s.wordAt(m.Span.Start))
			}
		}
		return false
	}
	and := i - 1
	if and >= 0 && isArticle(s.words[and].low) {
		and-- // "the MNDAA and the military fought"
	}
	if and < 1 || s.words[and].low != "and" {
		return false
	}
	// (past the bracket of a short name after the first side: "the
	// National Liberation Army (ELN) and the Popular Liberation Army")
	firstEnd := and - 1
	if w := s.words[firstEnd].low; (w == ")" || w == "]") && firstEnd > 0 {
		firstEnd--
	}
	first := false
	for _, m := range s.actors {
		if m.Actor != nil && m.Actor.Name != "civilians" && s.wordAt(m.Span.End-1) == firstEnd {
			first = true
		}
	}
	if !first {
		return false
	}
	end := s.actorEndAt(i)
	if end+2 < len(s.words) && s.words[end].low == "(" {
		// past its own short name in brackets ("... (EPL) clashed")
		for k := end + 1; k < len(s.words) && k <= end+5; k++ {
			if s.words[k].low == ")" {
				end = k + 1
				break
			}
		}
	}
	// the verb right after the second side, past an adverb or an
	// auxiliary ("have clashed", "again fought")
	for k := end; k < len(s.words) && k <= end+2; k++ {
		w := s.words[k].low
		if reciprocalVerbs[w] {
			// (not "troops and police clashed with militants": the
			// other side follows "with", the two before are one side)
			for j := k + 1; j < len(s.words) && j <= k+2; j++ {
				if s.words[j].low == "with" {
					return false
				}
			}
			return true
		}
		if s.words[k].punc {
			return false
		}
	}
	return false
}

// fightingWord reports whether a campaign word of the clash class names
// fighting itself ("fighting", "battle", "offensive"), not a move or a
// plural of attacks ("advanced", "entered", "attacks").
func fightingWord(w string) bool {
	for _, p := range []string{"fight", "fought", "battle", "combat", "offensive"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// accusation reports whether a verb lays an act on someone else ("blamed",
// "accused"): its subject accuses, its object is said to have acted.
func accusation(w string) bool {
	switch w {
	case "blamed", "blames", "blaming", "accused", "accuses", "accusing", "attributed", "attributes", "attributing":
		return true
	}
	return false
}

// accuserAt reports whether the side ending before word we is the
// subject of an accusation ("Police in the state blamed herders for",
// "the army accused the rebels of"): the verb follows within a few words
// with no act between, and is not a passive "accused of".
func (s *sentence) accuserAt(we int) bool {
	limit := we + 6
	for k := we; k < len(s.words) && k < limit; k++ {
		w := s.words[k]
		if w.low == "," && k == we && k+1 < len(s.words) && (s.words[k+1].low == "which" || s.words[k+1].low == "who") {
			// "The RSF, which controls the town, accused the army": past
			// a relative clause on the side to its verb
			if end := closingComma(s, k+2, 12); end > 0 {
				limit += end - k
				k = end
				continue
			}
		}
		if w.punc || isClauseBreak(w) {
			return false
		}
		if accusation(w.low) {
			return k+1 < len(s.words) && s.words[k+1].low != "of" && (k == 0 || s.words[k-1].low != "been" && s.words[k-1].low != "was" && s.words[k-1].low != "were" && s.words[k-1].low != "is" && s.words[k-1].low != "are")
		}
		for _, t := range s.triggers {
			if t.i == k {
				return false
			}
		}
	}
	return false
}

// groupNoun are the nouns that name a kind of armed group before its
// name ("the sect Boko Haram", "the militant group JNIM").
var groupNoun = map[string]bool{"group": true, "sect": true, "movement": true, "organisation": true, "organization": true,
	"faction": true, "militia": true, "outfit": true, "network": true}

// authoredAt reports whether word k is the "of" after a noun of
// authorship ("the hallmarks of"): the side after it is the act's author.
func (s *sentence) authoredAt(k int) bool {
	return k >= 1 && k < len(s.words) && s.words[k].low == "of" && authorship(s.words[k-1].low)
}

// authorship reports a noun that, before "of" and a side, lays an act on
// that side as its author: "the work of", "the hallmarks of", "the marks
// of", "the signature of", "the fingerprints of".
func authorship(w string) bool {
	switch w {
	case "work", "handiwork", "hallmarks", "hallmark", "marks", "signature", "signatures", "fingerprints", "trademark", "trademarks":
		return true
	}
	return false
}

// accusedAt reports whether the words from i are the object of an
// accusation ("accused al-Shabaab of the bombing", "blamed the Taliban"),
// or the one an act is laid on ("was blamed on the ELN", "blamed the
// bombing on Boko Haram", "attributed to", "the work of").
func (s *sentence) accusedAt(i int) bool {
	k := i - 1
	if k >= 0 && s.words[k].punc && quoteMark(s.words[k].low) {
		k-- // "blamed the 'Amba boys'": the name quoted as the accuser gives it
	}
	// "attributed to the sect Boko Haram", "blamed the jihadist group
	// JNIM": the words that say what kind of group it is stand between
	for j := k; j >= 1 && j >= k-2 && (groupNoun[s.words[j].low] || groupDescriptor[s.words[j].low]); j-- {
		if s.words[j-1].low == "the" || s.words[j-1].low == "a" {
			k = j - 1
			break
		}
	}
	if k >= 0 && s.words[k].low == "the" {
		k--
	}
	if s.laidOn(k) {
		return true
	}
	if s.authoredAt(k) {
		return true // "the blast was the work of Boko Haram", "it bore the hallmarks of Boko Haram"
	}
	if k >= 0 && accusation(s.words[k].low) {
		return true
	}
	// "police said they suspected Boko Haram", "suspicion fell on the
	// rebels", "pointed the finger at ISWAP": a phrase naming the likely
	// doer ends right before the side
	for _, m := range s.markers {
		if m.val.(string) == "claim" && m.i+m.n == k+1 && suspicionPhrase(s.words[m.i:m.i+m.n]) {
			return true
		}
	}
	return false
}

// quoteMark reports a mark that may open a quoted name ("blamed the
// 'Amba boys'", "accused “the rebels”").
func quoteMark(t string) bool {
	switch t {
	case "\"", "'", "“", "‘", "«":
		return true
	}
	return false
}

// suspicionPhrase reports whether the words of a claim marker tell
// others' suspicion of a side, not the side's own claim: "they suspected",
// "suspicion fell on", "pointed the finger at".
func suspicionPhrase(ws []word) bool {
	for _, w := range ws {
		switch w.low {
		case "suspect", "suspected", "suspicion", "finger", "fingers":
			return true
		}
	}
	return false
}

// laidOn reports whether word k is the "on" or "to" that an act is laid on
// what follows by a verb a few words before: "the attack was blamed on the
// ELN", "police blamed the bombing on Boko Haram", "attributed to ...".
func (s *sentence) laidOn(k int) bool {
	if k < 1 || k >= len(s.words) || s.words[k].low != "on" && s.words[k].low != "to" {
		return false
	}
	for j := k - 1; j >= 0 && k-j <= 4 && !s.words[j].punc; j-- {
		switch s.words[j].low {
		case "blamed", "blames", "blaming", "blame", "pinned", "pinning":
			return s.words[k].low == "on"
		case "attributed", "attributes", "attributing", "ascribed":
			return s.words[k].low == "to"
		}
	}
	return false
}

// isRange reports whether a count was told as a range ("between 115 and
// 120").
func isRange(c sitrep.Count) bool {
	return c.Low != nil && c.High != nil && *c.Low != *c.High
}

// leadSide is the one side a report's summing lead tells as acting: the
// headline, and the first sentence of the body when it sums up several
// incidents with a running total ("Russian attacks over the past day
// killed seven civilians across Ukraine"); nil when the lead names no
// side acting, or several.
func (x *Extractor) leadSide(a *analysis) (*actors.Actor, sitrep.Span) {
	if a.leadRead {
		return a.lead, a.leadSpan
	}
	a.leadRead = true
	var found *actors.Actor
	var span sitrep.Span
	for _, s := range a.sents {
		if !s.headline && !s.cumulative {
			break // the body's first sentence tells one incident: no round-up
		}
		for _, c := range x.frameRoles(a, &frame{s: s, trigs: realised(s)}, 1) {
			if c.role != 1 || c.actor.Name == "civilians" || c.generic != nil {
				continue
			}
			if k := s.wordAt(c.span.Start); k > 0 && (s.words[k-1].low == "and" || s.words[k-1].low == "or") {
				return nil, sitrep.Span{} // "Russian and Ukrainian attacks": sides coordinated
			}
			if found != nil && !sameSide(found, c.actor) {
				return nil, sitrep.Span{}
			}
			if found == nil {
				found, span = c.actor, c.span
			}
		}
		if !s.headline {
			break
		}
	}
	a.lead, a.leadSpan = found, span
	return found, span
}

// toldByItsDead reports whether every reading of a side as the one that
// acted comes from its dead in a two-sided fight (roleCand.party).
func toldByItsDead(cands []roleCand, act *actors.Actor) bool {
	told := false
	for _, c := range cands {
		if c.role != 1 || !sameSide(c.actor, act) || c.strength == 0 {
			continue
		}
		if !c.party {
			return false
		}
		told = true
	}
	return told
}

// firstSegment keeps the triggers of a headline before its first comma or
// semicolon: "Four Maoists killed in Abujhmarh encounter, two jawans hurt
// in Bijapur IED blast" tells a second incident after the comma.
func firstSegment(h *sentence, ts []trigHit) []trigHit {
	end := len(h.words)
	for i, w := range h.words {
		if w.low == "," || w.low == ";" {
			end = i
			break
		}
	}
	var out []trigHit
	for _, t := range ts {
		if t.i < end {
			out = append(out, t)
		}
	}
	return out
}

// mutualFight reports whether an incident is told only as a fight of two
// sides ("clashes", "a gun battle", "an encounter", "an exchange of
// fire", "fighting"), with no word that says one side fell on the other
// ("attacked", "ambushed", "stormed", "repelled", "an offensive") nor a
// weapon of one side (a strike, shelling, a bomb).
func mutualFight(in *incident) bool {
	mutual := false
	read := func(s *sentence, ts []trigHit) bool {
		for _, t := range ts {
			if means(t.class.name) == "" {
				continue // (a capture, an arrest, a killing: no word of how)
			}
			if t.class.name == "assault" && personTrigger(s, t) {
				continue // "gunmen": who, not what was done
			}
			if t.class.name != "clash" || !mutualWord(s, t) {
				return false
			}
			mutual = true
		}
		return true
	}
	for _, f := range in.frames {
		if !read(f.s, f.trigs) {
			return false
		}
	}
	if h := in.headline; h != nil && !read(h, firstSegment(h, realised(h))) {
		return false
	}
	return mutual
}

// mutualWord reports whether a trigger names a fight of two sides ("a
// gun battle", "an exchange of fire", "a shootout", "an encounter",
// "fighting"), not one side's move ("an offensive", "advanced",
// "repelled").
func mutualWord(s *sentence, t trigHit) bool {
	w := s.words[t.i].low
	for _, p := range []string{"clash", "gunfight", "gunbattle", "shootout", "firefight", "skirmish", "encounter", "exchange", "battl", "fight", "fought", "combat"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return w == "gun" || w == "shoot"
}

// reciprocalFight reports whether the side told at span fights among
// itself: a plural subject right before "clashed" or "fought" with no
// other side after it ("with", "against") in its clause ("clan militias
// clashed over grazing land").
func reciprocalFight(in *incident, span sitrep.Span) bool {
	for _, f := range in.frames {
		s := f.s
		if span.Start < s.span.Start || span.End > s.span.End {
			continue
		}
		k := s.wordAt(span.End-1) + 1
		if h := s.partOfBefore(s.wordAt(span.Start)); h >= 0 && isPlural(s.words[h].low) && s.afterBetween(h) {
			return true // "clashes between rival factions of the Gulf Cartel": its parts fought each other
		}
		if k >= len(s.words) || !isPlural(s.words[k-1].low) {
			return false
		}
		switch s.words[k].low {
		case "clashed", "fought", "clash", "fight":
		default:
			return false
		}
		for j := k + 1; j < len(s.words) && s.clause[j] == s.clause[k]; j++ {
			switch s.words[j].low {
			case "with", "against", "between", "alongside":
				return false
			}
		}
		return true
	}
	return false
}

// plainPeople reports whether an actor mention is only a word for people
// ("people", "persons"), which says nothing of their side.
func plainPeople(text string, sp sitrep.Span) bool {
	switch strings.ToLower(text[sp.Start:sp.End]) {
	case "people", "persons", "individuals":
		return true
	}
	return false
}

// tellsFighting reports whether a sentence tells fighting between sides
// (a clash trigger, told as done, outside relative clauses).
func (s *sentence) tellsFighting() bool {
	for _, t := range s.triggers {
		if t.class.name == "clash" && !t.irrealis && !t.weak && s.clauseKindAt(t.i) != relativeClause {
			return true
		}
	}
	return false
}

// inHistoryClause reports whether word i lies in a relative clause whose
// counts are history (see otherTimeRelative).
func (s *sentence) inHistoryClause(i int) bool {
	if s.clauseKindAt(i) != relativeClause {
		return false
	}
	for _, c := range s.cas {
		if c.background && s.clause[min(s.wordAt(c.span.Start), len(s.words)-1)] == s.clause[i] {
			return true
		}
	}
	return false
}

// inBackgroundClause reports whether word i lies in a clause other than
// the main one, opened by a word of what came before ("after",
// "since"), that is dated only by a day of history ("after the RSF seized
// it in December", "since rebels took it in 2023"): what it tells
// happened before the incident, by whoever it names. (A "when" clause
// tells the incident itself: "when militants attacked".)
func (s *sentence) inBackgroundClause(i int) bool {
	if s.clauseKindAt(i) == mainClause {
		return false
	}
	c := s.clause[min(i, len(s.words)-1)]
	open := 0
	for open < len(s.words) && s.clause[open] != c {
		open++
	}
	for open < len(s.words) && s.words[open].punc {
		open++
	}
	if open >= len(s.words) {
		return false
	}
	switch s.words[open].low {
	case "after", "since", "before", "following":
	default:
		return false // a clause of time
	}
	bg := false
	for _, t := range s.times {
		if s.clause[min(s.wordAt(t.Span.Start), len(s.words)-1)] != c {
			continue
		}
		if !t.Background {
			return false
		}
		bg = true
	}
	return bg
}

// passiveArrest reports whether the arrest told at word i is told in the
// passive ("were arrested", "have been detained"), with no subject that
// made it.
func passiveArrest(s *sentence, i int) bool {
	return i >= 1 && i < len(s.words) && isPassiveAux(s.words[i-1].low)
}

// incidentCountry is the country of the incident's own place, else the
// report's focus country, or "".
func incidentCountry(a *analysis, in *incident) string {
	if in.place >= 0 && in.place < len(a.places) {
		if c := a.places[in.place].Location.Country; c != "" {
			return c
		}
	}
	return a.country
}

// passiveArrestSubject reports whether the side at word i is the subject
// of a passive arrest in the sentence's main clause: it opens the
// sentence ("Gunmen who killed 20 villagers last week were arrested"), or
// stands before the arrest with no act, agent or clause break between
// ("Separately, three members of the CPI (Maoist) carrying a reward of
// Rs 8 lakh were arrested").
func (s *sentence) passiveArrestSubject(i int) bool {
	for _, t := range s.triggers {
		if t.class.name != "arrest" || t.i < 1 || t.i <= i || s.clauseKindAt(t.i) != mainClause {
			continue
		}
		switch s.words[t.i-1].low {
		case "was", "were", "been", "being":
		default:
			continue
		}
		if i <= 2 || s.subjectBefore(i, t.i) {
			return true
		}
	}
	return false
}

// subjectBefore reports whether nothing between word i and the verb at
// word v ends the noun phrase at i as the verb's subject: no other act,
// no "by" or "and", no clause break nor a verb of saying (a bracket is
// part of the phrase).
func (s *sentence) subjectBefore(i, v int) bool {
	if v-i > 14 || len(s.clause) != len(s.words) || s.clause[i] != s.clause[v] {
		return false
	}
	for k := i + 1; k < v; k++ {
		w := s.words[k]
		if w.low == "(" || w.low == ")" {
			continue // ("members of the CPI (Maoist)")
		}
		if w.low == "by" || w.low == "and" || isClauseBreak(w) {
			return false
		}
	}
	for _, t := range s.triggers {
		if t.i > i && t.i < v {
			return false
		}
	}
	return true
}

// gainTold reports whether a sentence tells ground taken.
func (s *sentence) gainTold() bool {
	for _, t := range s.triggers {
		if t.class.name == "gain" && !t.irrealis {
			return true
		}
	}
	return false
}

// membersOfBefore is the word of a noun for people right before "of" (and
// "the") before word wi ("fighters of the Islamic State group", "members
// of Boko Haram"), -1 when there is none: the side after "of" stands
// where its members do in the sentence.
func (x *Extractor) membersOfBefore(s *sentence, wi int) int {
	j := wi - 1
	if j >= 0 && s.words[j].low == "the" {
		j--
	}
	if j < 1 || s.words[j].low != "of" {
		return -1
	}
	if _, n := x.lex.persons.at(s.words, j-1); n == 1 {
		return j - 1
	}
	return -1
}

// sidePhraseStart is the first word of the noun phrase that ends in the
// side named at word wi, read back over what counts the side or tells of
// it ("a group of armed terrorists", "dozens of suspected militants",
// "heavily armed men", "some 200 fighters"): determiners, counts,
// collective nouns before "of" and the qualifiers of armed men. wi when
// nothing stands before.
func (s *sentence) sidePhraseStart(wi int) int {
	start := wi
	for k := wi - 1; k >= 0 && wi-k <= 6; k-- {
		w := s.words[k].low
		switch {
		case sideQualifier[w] || isNumberWord(w) || s.words[k].num:
		case w == "a" || w == "an" || w == "the" || w == "some" || w == "about" || w == "around" || w == "at" && k+1 < len(s.words) && s.words[k+1].low == "least" || w == "least":
		case w == "of" && k > 0 && collectiveNoun[s.words[k-1].low]:
			k--
		default:
			return start
		}
		start = k
	}
	return start
}

// sideQualifier are the words that tell of armed men without naming them
// ("armed", "suspected", "masked"), read as part of the side's phrase.
var sideQualifier = map[string]bool{"armed": true, "heavily": true, "heavily-armed": true, "suspected": true, "alleged": true,
	"unidentified": true, "unknown": true, "masked": true, "hooded": true, "dozens": true, "hundreds": true, "scores": true, "several": true}

// collectiveNoun are the nouns that count people as one body before "of"
// ("a group of gunmen", "a band of fighters", "dozens of militants").
var collectiveNoun = map[string]bool{"group": true, "groups": true, "band": true, "bands": true, "gang": true, "gangs": true,
	"squad": true, "squads": true, "unit": true, "units": true, "team": true, "teams": true, "column": true, "columns": true,
	"number": true, "dozens": true, "hundreds": true, "scores": true, "handful": true, "party": true, "cell": true, "contingent": true}

// partOfBefore is membersOfBefore for the parts of a side ("rival
// factions of the Sinaloa Cartel", "a splinter wing of the ELN"): the
// index of the part's noun, or -1.
func (s *sentence) partOfBefore(wi int) int {
	j := wi - 1
	if j >= 0 && s.words[j].low == "the" {
		j--
	}
	if j < 1 || s.words[j].low != "of" {
		return -1
	}
	switch s.words[j-1].low {
	case "faction", "factions", "wing", "wings", "branch", "branches", "cells", "cell", "units", "unit", "remnants", "elements", "splinter":
		return j - 1
	}
	return -1
}

// placePrep holds the prepositions that set a side where it was ("near
// Peshawar", "in Kidal") between the side's name and its verb.
var placePrep = map[string]bool{"in": true, "near": true, "at": true, "outside": true, "around": true}

// settingSubject reports whether the side at words [wi, we) is the
// subject of a main clause in the progressive ("was guarding", "were
// patrolling", "were on patrol") that a later clause opened by "when"
// interrupts with the act: the scene the act came upon, so that the side
// was acted on, not acting ("soldiers were escorting a convoy when a
// bomb exploded").
func (s *sentence) settingSubject(wi, we int) bool {
	if len(s.clause) != len(s.words) || we >= len(s.words) || s.clauseKindAt(wi) != mainClause {
		return false
	}
	c := s.clause[wi]
	progressive := false
	k := we
	for ; k < len(s.words) && k <= we+8 && s.clause[k] == c; k++ {
		progressive = progressive || s.progressiveAt(k, len(s.words))
	}
	if !progressive {
		return false
	}
	for ; k < len(s.words); k++ {
		if s.words[k].low == "when" && s.clause[k] != c {
			return true
		}
	}
	return false
}

// reactsAt reports whether the word at i, past an auxiliary or an adverb,
// is a verb by which a side judges or mourns an act told ("condemned the
// attack", "called the strike a massacre", "described it as a crime",
// "vowed to avenge the dead"): the side reacts to the act, it is not the
// side that did it, nor the one it fell on.
func (s *sentence) reactsAt(i int) bool {
	for n := 0; n < 3 && i < len(s.words); n++ {
		switch s.words[i].low {
		case "has", "have", "had", "also", "strongly", "swiftly", "quickly", "later", "promptly", "immediately", "publicly":
			i++
			continue
		}
		break
	}
	if i >= len(s.words) {
		return false
	}
	switch s.words[i].low {
	case "slammed", "slams":
		// "the government slammed the attack" (not "a missile slammed
		// into a building")
		return i+1 < len(s.words) && s.words[i+1].low != "into" && s.words[i+1].low != "onto" && s.words[i+1].low != "through"
	case "condemned", "condemns", "denounced", "denounces", "decried", "decries", "deplored", "deplores",
		"mourned", "mourns", "lamented", "laments", "termed", "terms", "labelled", "labeled", "branded", "brands",
		"hailed", "hails", "praised", "praises", "welcomed", "welcomes", "avenge":
		return true
	case "called", "calls", "described", "describes":
		// "called the strike a massacre", "described it as": the words
		// after the verb name the act (not "called for a truce", "called
		// in air support")
		if i+1 < len(s.words) {
			switch s.words[i+1].low {
			case "the", "it", "this", "that", "these", "those", "them":
				return true
			}
		}
	case "are", "is", "were", "was", "been", "launched":
		// "police are hunting the bomber", "troops were searching for
		// the attackers", "launched a manhunt for the gunmen": the side
		// that looks for the doers, after the act
		return s.huntsDoersAt(i)
	case "vowed", "vows", "pledged", "pledges", "promised", "promises":
		// "vowed to avenge the victims", "vowed revenge"
		for k := i + 1; k < len(s.words) && k <= i+3; k++ {
			switch s.words[k].low {
			case "revenge", "vengeance", "retaliation", "avenge", "retaliate", "justice":
				return true
			}
		}
	}
	return false
}

// huntsDoersAt reads a search for the doers of an act told as going on
// or begun, at word i, a form of "be" or "launched" ("are hunting the
// bomber", "were searching for the gunmen", "launched a manhunt for the
// attackers"), in a sentence that counts no one hurt: the searchers
// look into an act done, they are no party to it. A pursuit that harms
// ("troops pursuing the attackers killed nine") is told with its count.
func (s *sentence) huntsDoersAt(i int) bool {
	if len(s.cas) > 0 {
		return false
	}
	k := i + 1
	if s.words[i].low == "launched" {
		if k+1 >= len(s.words) || s.words[k].low != "a" {
			return false
		}
		switch s.words[k+1].low {
		case "manhunt", "search", "hunt":
		default:
			return false
		}
		k += 2
	} else {
		if k < len(s.words) && s.words[k].low == "still" {
			k++
		}
		if k >= len(s.words) {
			return false
		}
		switch s.words[k].low {
		case "hunting", "searching", "looking", "tracking", "seeking", "pursuing", "combing":
		default:
			return false
		}
		k++
	}
	for ; k < len(s.words) && k <= i+7; k++ {
		w := s.words[k].low
		if namesAttacker(w) || huntedNoun[w] {
			return true
		}
		if s.words[k].punc {
			return false
		}
	}
	return false
}

// huntedNoun are the nouns, beside namesAttacker's, that name those
// sought for an act done ("the perpetrators", "those responsible").
var huntedNoun = map[string]bool{
	"perpetrators": true, "perpetrator": true, "culprits": true, "culprit": true,
	"killers": true, "killer": true, "responsible": true, "suspects": true, "suspect": true,
	"kidnappers": true, "abductors": true,
}

// claimedByBefore reports whether the passive agent "by" of a verb of
// claiming stands just before word i ("was claimed by", "later claimed
// by the"): the side at i claims the act.
func (s *sentence) claimedByBefore(i int) bool {
	for _, m := range s.markers {
		if m.val.(string) != "passive_by" {
			continue
		}
		end := m.i + m.n
		if end > i || i-end > 2 || s.words[end-1].low != "by" {
			continue
		}
		if k := end - 2; k >= 0 && strings.HasPrefix(s.words[k].low, "claim") {
			return true
		}
	}
	return false
}

// secondOfCoordinatedSides reports whether the side named at word i is the
// second of two sides joined by "and" ("Malian soldiers and Russian
// fighters of the Africa Corps", "the army and allied militias"): the word
// before it, past a few words of its own noun phrase (adjectives, "fighters
// of the"), is "and", and another side's name ends just before that "and".
func (x *Extractor) secondOfCoordinatedSides(s *sentence, i int) bool {
	return s.coordinatedBefore(i) != nil
}

// firstOfCoordinatedSides is the side named first when m is the second of
// two sides joined by "and", or nil.
func (s *sentence) firstOfCoordinatedSides(m *actors.Mention) *actors.Mention {
	if m.Span.Start >= m.Span.End {
		return nil
	}
	return s.coordinatedBefore(s.wordAt(m.Span.Start))
}

// coordinatedBefore is the side whose name ends just before the "and" that
// stands a few words before word i, in its noun phrase, or nil.
func (s *sentence) coordinatedBefore(i int) *actors.Mention {
	and := -1
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		w := s.words[k]
		if w.low == "and" {
			and = k
			break
		}
		if w.punc {
			return nil
		}
	}
	if and < 1 {
		return nil
	}
	// (past the bracket of a short name set after the first side: "the
	// National Liberation Army (ELN) and the Popular Liberation Army")
	before := and
	if w := s.words[and-1].low; w == ")" || w == "]" {
		before = and - 1
	}
	for k := range s.actors {
		m := &s.actors[k]
		if m.Actor == nil || m.Actor.Name == "civilians" {
			continue
		}
		if end := s.wordAt(m.Span.End-1) + 1; end == and || end == before {
			return m
		}
	}
	return nil
}

// answeredOnly reports whether act, the side read as actor1, is the
// state's side that the incident's first sentence tells hurt by a blow of
// one side (a bomb, an attack, an ambush), and is told acting only in
// the sentences after it, none of them laying the act on it: "Two
// rangers were killed when a bomb exploded as their patrol passed", then
// "Rangers and police raided a house and detained three suspects". The
// side the blow fell on answered it; it did not strike it. (A first
// sentence that counts dead of the other side too tells a fight, and a
// side the first sentence tells acting keeps its act.)
func (x *Extractor) answeredOnly(a *analysis, in *incident, cands []roleCand, act *actors.Actor) bool {
	if !isStateSide(act) || len(in.frames) == 0 {
		return false
	}
	first := in.frames[0]
	if first.best == nil || !isExplosion(first.best.class.name) && first.best.class.name != "attack" && first.best.class.name != "assault" {
		return false
	}
	hurt := false
	for _, c := range first.cas {
		if c.reflex || c.kind != sitrep.Killed && c.kind != sitrep.Wounded {
			continue
		}
		switch c.group {
		case "soldiers", "police":
			if g := x.actors.Generic(c.group, a.country); g != nil && sameSide(g, act) {
				hurt = true
			}
		case "militants":
			return false
		}
	}
	if !hurt {
		return false
	}
	for _, c := range cands {
		if c.role == 1 && sameSide(c.actor, act) && (!c.later || c.accused || c.strength >= 0.6) {
			return false
		}
	}
	return true
}

// thrownWeapon are the nouns of weapons thrown by hand.
var thrownWeapon = map[string]bool{"grenade": true, "grenades": true, "bomb": true, "bombs": true, "explosive": true,
	"explosives": true, "device": true, "devices": true}

// pastMannerPhrase returns the word after a short phrase telling how the
// side ending before word we came ("two men on a motorcycle", "gunmen in
// a pick-up truck", "a man riding a bicycle"): up to six words with no
// mark, no verb of being and no trigger; else we.
func (s *sentence) pastMannerPhrase(we int) int {
	if we >= len(s.words) {
		return we
	}
	switch s.words[we].low {
	case "on", "in", "riding", "wearing", "carrying", "dressed":
	default:
		return we
	}
	for k := we + 1; k < len(s.words) && k <= we+6; k++ {
		w := s.words[k]
		if w.punc || isPassiveAux(w.low) {
			return we
		}
		if doerVerbs[w.low] || s.verbTriggerAt(k) {
			return k
		}
	}
	return we
}

// newDoersWord reports a word for armed men that tells them by what they
// did or carried, not by a cause ("gunmen", "armed men", "two men"):
// said without an article pointing back, such words bring in doers of
// their own.
func newDoersWord(alias string) bool {
	switch strings.ToLower(alias) {
	case "gunmen", "gunman", "armed men", "armed man":
		return true
	}
	return false
}

// definiteAt reports whether the mention at sp follows a word that makes
// it point back ("the gunmen", "these attackers", "their gunmen").
func (a *analysis) definiteAt(sp sitrep.Span) bool {
	si := a.sentenceOf(sp.Start)
	if si < 0 {
		return false
	}
	s := a.sents[si]
	i := s.wordAt(sp.Start)
	if i < 1 || i >= len(s.words) {
		return false
	}
	// (past up to two words that describe them: "the radical jihadis")
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		w := s.words[k]
		switch w.low {
		case "the", "these", "those", "this", "that", "its", "their", "his", "her", "same":
			return true
		}
		if w.punc || w.cap || w.num {
			return false
		}
	}
	return false
}

// claimedFree reports whether a sentence of the report that tells no
// other incident (the headline, a claim told apart on a day of its own)
// has the group called name claim an act, tell its own, or be blamed for
// one: "JNIM claims deadly raid on army post", "the BLA claimed
// responsibility in a statement".
func (x *Extractor) claimedFree(a *analysis, in *incident, name string) bool {
	for _, s := range a.sents {
		if o := a.owner[s.idx]; o != nil && o != in {
			continue
		}
		if !s.hasMarker("claim") && !x.groupTellsOwnAct(s) {
			continue
		}
		for _, m := range s.actors {
			if m.Actor != nil && !m.Generic && m.Actor.RecordName() == name {
				return true
			}
		}
	}
	return false
}

// toldBefore is the largest whole count of kind told in a sentence before
// c's (no part, no addition, no running total), of c's group when c names
// one, 0 for none.
func toldBefore(cas []*casualty, c *casualty, kind string) int {
	n := 0
	for _, o := range cas {
		if o.kind == kind && o.sent < c.sent && !o.subset && !o.also && !o.cumulative && !o.background && !o.count.IsZero() {
			if c.group != "people" && o.group != c.group && o.group != "people" {
				continue // ("four of the guards and 11 bandits were killed. A fifth guard died": of the guards)
			}
			n = max(n, o.count.BestOr(0))
		}
	}
	return n
}

// ownFighters are the nouns a side's leader calls its fighters by ("his
// fighters", "his men").
var ownFighters = map[string]bool{"fighters": true, "men": true, "forces": true, "troops": true, "units": true, "soldiers": true}

// handedTo returns the side an incident's place was handed to: a taking
// told by a verb of handing over ("handed control of the town to
// government forces", "handed over the district centre to the Taliban")
// and, later in its clause, "to" and a side.
func handedTo(in *incident) (*actors.Actor, sitrep.Span, bool) {
	for _, f := range in.frames {
		t := f.best
		if t == nil || t.class.name != "gain" || t.i >= len(f.s.words) {
			continue
		}
		switch f.s.words[t.i].low {
		case "handed", "handing", "hand", "hands", "handover":
		default:
			continue
		}
		s := f.s
		for k := t.i + t.n; k < len(s.words) && k <= t.i+t.n+12 && s.clause[k] == s.clause[t.i]; k++ {
			if s.words[k].low != "to" {
				continue
			}
			at := k + 1
			if at < len(s.words) && s.words[at].low == "the" {
				at++
			}
			for _, m := range s.actors {
				if m.Actor != nil && m.Actor.Name != "civilians" && at < len(s.words) && m.Span.Start == s.words[at].span.Start {
					return m.Actor, m.Span, true
				}
			}
			break
		}
	}
	return nil, sitrep.Span{}, false
}

// partOfTownCue reports whether a cue names a part of a town: a district
// or neighbourhood of a city, a quarter, an area.
func partOfTownCue(cue string) bool {
	switch cue {
	case "district", "neighbourhood", "area":
		return true
	}
	return false
}

// datelineOf returns the dateline's place when it stands in the sentence
// of mention m and the gazetteer knows it as a town, else nil.
func datelineOf(a *analysis, m gazetteer.Mention) *gazetteer.Mention {
	si := a.sentenceOf(m.Span.Start)
	if si < 0 {
		return nil
	}
	for i := range a.places {
		d := &a.places[i]
		if d.Place == nil || d.Admin || d.Place.Feature == "" || d.Place.Feature[0] != 'P' || !isDateline(a.text, *d) || a.sentenceOf(d.Span.Start) != si {
			continue
		}
		return d
	}
	return nil
}
