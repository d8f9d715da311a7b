package gazetteer

import (
	"strings"
	"unicode/utf8"

	"github.com/sitrep/sitrep"
)

// A cue word can name an administrative division: a first-level one
// ("Borno state", "the province of Anbar", "Sagaing Region"), a
// second-level one ("Gusau Local Government Area", "North Wollo zone"),
// or either, by country ("the Department of Cesar" is first-level in
// Colombia, "Tillabéri department" second-level in Niger). The table says
// which divisions each kind names and how it is written.
type division struct {
	level   int  // 1: first-level (A.ADM1), 2: second-level (A.ADM2), 0: no division
	either  bool // a first-level kind that names second-level divisions in some countries
	afterOf bool // "the KIND of X" names X (not for "the industrial zone of X")
	// knownOnly: written with a capital after a name the gazetteer lacks,
	// the word names an organisation ("Islamic State", "Justice
	// Department"), not a division
	knownOnly bool
}

var divisions = map[string]division{
	"province":    {level: 1, afterOf: true},
	"governorate": {level: 1, afterOf: true},
	"region":      {level: 1, afterOf: true},
	"state":       {level: 1, afterOf: true, knownOnly: true},
	"oblast":      {level: 1, afterOf: true},
	"department":  {level: 1, either: true, afterOf: true, knownOnly: true},
	"county":      {level: 1, either: true, afterOf: true},
	"prefecture":  {level: 1, either: true, afterOf: true, knownOnly: true},
	"zone":        {level: 2, knownOnly: true},
	"woreda":      {level: 2},
	"lga":         {level: 2},
	"territory":   {level: 2, knownOnly: true},
	"cercle":      {level: 2},
}

// firstLevelIn lists, for cue kinds that name first-level divisions in
// only some countries, those countries (ISO2): "Plateau state" is
// Nigeria's state, not Benin's Plateau department; "Donetsk oblast" is
// Ukraine's or Russia's.
var firstLevelIn = map[string]map[string]bool{
	"state":       setOf("NG SS SD US MX IN MM BR VE MY AU NI ER SO"),
	"oblast":      setOf("UA RU KZ KG BY BG"),
	"governorate": setOf("IQ SY YE EG LB JO TN BH KW OM PS"),
}

// secondLevelIn lists, for first-level cue kinds, the countries where
// the kind names second-level divisions: a Philippine or Burkinabe
// province is a province of a region ("the province of Cotabato" is the
// second-level Cotabato, not the city's region).
var secondLevelIn = map[string]map[string]bool{
	"province": setOf("PH BF"),
}

// secondLevelCue reports whether a cue names second-level divisions in
// the country of p, a second-level division: its kind agrees with the cue.
func secondLevelCue(cue string, p *sitrep.Place) bool {
	return isADM2(p.Feature) && secondLevelIn[cue][p.Country]
}

func setOf(list string) map[string]bool {
	m := map[string]bool{}
	for _, c := range strings.Fields(list) {
		m[c] = true
	}
	return m
}

// cueCountryPenalty lowers a first-level division in a country that does
// not call its first-level divisions what the cue calls this one.
func cueCountryPenalty(cue string, p *sitrep.Place) float64 {
	in, ok := firstLevelIn[cue]
	if !ok || p.Feature != "A.ADM1" || in[p.Country] {
		return 0
	}
	return 1
}

// divisionOf returns what a cue kind says of the division it names.
func divisionOf(kind string) division { return divisions[kind] }

// adminCue reports whether a cue kind names an administrative division
// ("province", "state", "county", "lga").
func adminCue(kind string) bool { return divisions[kind].level > 0 }

// cuePenalty lowers a candidate whose kind disagrees with the cue word:
// "Raqqa province" is the division, not the city; "Mosul" alone is the
// city, not the district; "Gusau Local Government Area" is the
// second-level division before the town. A country is never a division's
// candidate (excluded before this is asked).
func cuePenalty(cue, feature string) float64 {
	d := divisionOf(cue)
	// a region its divisions are named after ("Darfur") is told as a
	// first-level division is: "the Darfur region", never "the town"
	adm1, adm2 := feature == "A.ADM1" || isRegion(feature), isADM2(feature)
	switch d.level {
	case 1:
		switch {
		case adm1:
			return 0
		case adm2 && d.either:
			return 0
		case adm2:
			return 2
		}
		return 3
	case 2:
		switch {
		case adm2:
			return 0
		case adm1:
			return 3
		}
		return 2.5 // the division's seat, when the gazetteer lacks the division
	}
	switch {
	case adm1:
		return 3
	case adm2 && cue != "district":
		return 2
	}
	return 0
}

// sizePenalty lowers a candidate too large for the small place its cue
// says it is: "the village of al-Sousa" is no city of 160,000 people or
// seat of a province.
func sizePenalty(cue string, p *sitrep.Place) float64 {
	switch cue {
	case "village", "neighbourhood", "camp":
		if p.Feature == "P.PPLC" || p.Feature == "P.PPLA" || p.Population >= 100000 {
			return 3
		}
	}
	return 0
}

// divisionBaseName reports whether name is a division's own name without
// the word for its kind: "Sagaing" of Sagaing Region, "Borno" of Borno
// State, "Cesar" of Cesar Department (not "Mexico" of Mexico City).
func divisionBaseName(p *sitrep.Place, name string) bool {
	if p.Feature != "A.ADM1" && !isADM2(p.Feature) || !manyFields(p.Name) {
		return false // (a name of one word has no word for its kind to drop)
	}
	w := strings.Fields(p.Name)
	for len(w) > 1 && divisionWord(w[len(w)-1]) {
		w = w[:len(w)-1]
	}
	for len(w) > 1 && divisionWord(w[0]) {
		w = w[1:]
		// "Province du Yagha", "Cercle de Gao", "Provincia de Nariño"
		for len(w) > 1 && divisionLink(w[0]) {
			w = w[1:]
		}
	}
	return len(w) < len(strings.Fields(p.Name)) && sameName(strings.Join(w, " "), name)
}

// manyFields reports whether strings.Fields may split s into more than
// one word: false only for ASCII without white space.
func manyFields(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || asciiSpace(c) {
			return true
		}
	}
	return false
}

// divisionWord reports whether w is a word divisions are named with
// ("Region", "State", "Governorate").
func divisionWord(w string) bool {
	switch strings.ToLower(w) {
	case "governorate", "province", "region", "district", "state", "oblast", "department", "prefecture",
		"county", "municipality", "territory", "zone", "muhafazat", "muhafazah", "wilayah", "vilayet", "agency", "tehsil", "raion", "rayon",
		// French, Spanish and Portuguese names of divisions
		"région", "département", "préfecture", "cercle", "commune", "provincia", "departamento", "distrito", "municipio", "estado":
		return true
	}
	return false
}

// divisionLink reports whether w links a division's word to its name in
// French, Spanish or Portuguese ("Province du Yagha", "Cercle de Gao").
func divisionLink(w string) bool {
	switch strings.ToLower(w) {
	case "du", "de", "des", "la", "le", "del", "da", "do", "d'", "l'", "of":
		return true
	}
	return false
}

// districtCue reports whether a cue kind may name a second-level division:
// a division's, or "district" and "municipality".
func districtCue(kind string) bool {
	return adminCue(kind) || kind == "district" || kind == "municipality"
}

// featADM2Province is the feature of a second-level division the
// gazetteer knows by name only: GeoNames lists it, but no place of
// cities500 says it lies in it, so its point is its first-level
// division's ("North Wollo Zone" of Amhara). It is told as a division is,
// at the precision of its province.
const featADM2Province = "A.ADM2P"

// isADM2 reports whether a feature code is a second-level division's.
func isADM2(f string) bool { return f == "A.ADM2" || f == featADM2Province }

// isDivision reports whether feature f is a first- or second-level
// division of a country.
func isDivision(f string) bool { return f == "A.ADM1" || isADM2(f) }

// DivisionCue reports whether a mention's cue word tells it as an
// administrative division ("Bankass district", "Djugu territory", "Guma
// local government area") rather than a settlement or a part of one.
func DivisionCue(kind string) bool { return districtCue(kind) }

// featArea is the feature of a named area smaller than a province that
// the default's features list holds ("Sambisa Forest", "Tirah Valley"):
// a region in every test of one, placed at precision 2.
const featArea = "L.AREA"

// isRegion reports whether a feature is a named region rather than a
// settlement or a division: one its divisions are named after ("Darfur"),
// or one of the features list ("Nuba Mountains", "Sambisa Forest").
func isRegion(feature string) bool { return feature == "L.RGN" || feature == featArea }

// isGeoNamesID reports whether a place's id is a GeoNames id: a place of
// the GeoNames files, not a region or feature the build made or listed
// (their ids lie above every GeoNames id).
func isGeoNamesID(p *sitrep.Place) bool {
	return p.ID > 0 && !isRegion(p.Feature) && (p.Gazetteer == "geonames" || p.Gazetteer == "")
}
