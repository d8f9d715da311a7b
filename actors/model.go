package actors

import (
	"fmt"
	"strings"
)

// model is the dictionary as written in its files, before it is compiled
// into a matcher. Load works on a clone and swaps it in when it is valid.
type model struct {
	actors   map[string]*actorDef
	order    []string // actor names in order of first definition
	nations  map[string]*nationDef
	norder   []string
	generics map[string]*genericDef
	gorder   []string
	seq      int // grows with every alias, so later claims win
}

type aliasDef struct {
	text string
	seq  int
	// countries, when set, are the only documents' countries (ISO2) in
	// which the alias names the actor ("aliases in SD: RSF").
	countries []string
	// leader is set for the name of a leader ("leaders: Hemedti"): it
	// names the actor only through words that tie people to the leader
	// ("fighters loyal to Hemedti", "Hemedti's forces")
	leader bool
}

type actorDef struct {
	actor   Actor
	aliases []aliasDef
	line    string // source:line of the first definition, for messages
	// unnamed is set when "unalias" lists the canonical name itself: the
	// name is a label ("unknown"), never read in a text as this actor
	unnamed bool
}

type nationDef struct {
	code       string
	adjectives []string
	forces     string
	line       string
}

type genericDef struct {
	name          string
	terms         []aliasDef
	nationalTerms []string
	national      bool
	pointsBack    bool
	def           string
	byCountry     map[string]string
	corder        []string
	line          string
}

func newModel() *model {
	return &model{
		actors:   map[string]*actorDef{},
		nations:  map[string]*nationDef{},
		generics: map[string]*genericDef{},
	}
}

func (m *model) clone() *model {
	c := &model{
		actors:   make(map[string]*actorDef, len(m.actors)),
		order:    append([]string(nil), m.order...),
		nations:  make(map[string]*nationDef, len(m.nations)),
		norder:   append([]string(nil), m.norder...),
		generics: make(map[string]*genericDef, len(m.generics)),
		gorder:   append([]string(nil), m.gorder...),
		seq:      m.seq,
	}
	for k, a := range m.actors {
		b := *a
		b.aliases = append([]aliasDef(nil), a.aliases...)
		c.actors[k] = &b
	}
	for k, n := range m.nations {
		b := *n
		b.adjectives = append([]string(nil), n.adjectives...)
		c.nations[k] = &b
	}
	for k, g := range m.generics {
		b := *g
		b.terms = append([]aliasDef(nil), g.terms...)
		b.nationalTerms = append([]string(nil), g.nationalTerms...)
		b.corder = append([]string(nil), g.corder...)
		b.byCountry = make(map[string]string, len(g.byCountry))
		for cc, name := range g.byCountry {
			b.byCountry[cc] = name
		}
		c.generics[k] = &b
	}
	return c
}

// splitList splits a ";"-separated value into trimmed, non-empty items.
func splitList(v string) []string {
	var out []string
	for _, s := range strings.Split(v, ";") {
		if s = strings.Join(strings.Fields(s), " "); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func isISO2(s string) bool {
	return len(s) == 2 && isASCIIUpper(s[0]) && isASCIIUpper(s[1])
}

// parse reads the text of one dictionary file into m.
func parse(m *model, text, source string) error {
	var (
		act *actorDef
		nat *nationDef
		gen *genericDef
	)
	for n, line := range strings.Split(text, "\n") {
		where := fmt.Sprintf("%s:%d", source, n+1)
		line = strings.TrimSpace(strings.TrimSuffix(line, "\r"))
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		colon := strings.IndexByte(line, ':')
		if colon < 0 {
			return fmt.Errorf("%s: want \"key: value\", got %q", where, line)
		}
		key := strings.TrimSpace(line[:colon])
		val := strings.Join(strings.Fields(line[colon+1:]), " ")
		switch strings.ToLower(key) {
		case "actor":
			if val == "" {
				return fmt.Errorf("%s: actor without a name", where)
			}
			nat, gen = nil, nil
			act = m.actors[val]
			if act == nil {
				act = &actorDef{actor: Actor{Name: val}, line: where}
				m.actors[val] = act
				m.order = append(m.order, val)
			}
			continue
		case "nation":
			if !isISO2(val) {
				return fmt.Errorf("%s: nation %q is not an ISO 3166-1 alpha-2 code", where, val)
			}
			act, gen = nil, nil
			nat = m.nations[val]
			if nat == nil {
				nat = &nationDef{code: val, line: where}
				m.nations[val] = nat
				m.norder = append(m.norder, val)
			}
			continue
		case "generic":
			if val == "" {
				return fmt.Errorf("%s: generic without a name", where)
			}
			act, nat = nil, nil
			gen = m.generics[val]
			if gen == nil {
				gen = &genericDef{name: val, byCountry: map[string]string{}, line: where}
				m.generics[val] = gen
				m.gorder = append(m.gorder, val)
			}
			continue
		}
		var err error
		switch {
		case act != nil:
			err = m.actorField(act, strings.ToLower(key), val)
		case nat != nil:
			err = nationField(nat, strings.ToLower(key), val)
		case gen != nil:
			err = m.genericField(gen, key, val)
		default:
			err = fmt.Errorf("%q before any actor:, nation: or generic: line", key)
		}
		if err != nil {
			return fmt.Errorf("%s: %w", where, err)
		}
	}
	return nil
}

func (m *model) actorField(a *actorDef, key, val string) error {
	switch key {
	case "kind":
		if !kinds[val] {
			return fmt.Errorf("actor %q: unknown kind %q (want state forces, armed group, militia, coalition, civilians or unidentified)", a.actor.Name, val)
		}
		a.actor.Kind = val
	case "country":
		if val != "" && !isISO2(val) {
			return fmt.Errorf("actor %q: country %q is not an ISO 3166-1 alpha-2 code", a.actor.Name, val)
		}
		a.actor.Country = val
	case "parent":
		a.actor.Parent = val
	case "recorded as":
		a.actor.Recorded = val
	case "sides with":
		a.actor.SidesWith = val
	case "alias", "aliases":
		m.addAliases(a, val, nil)
	case "leader", "leaders":
		for _, s := range splitList(val) {
			m.seq++
			a.aliases = append(a.aliases, aliasDef{text: s, seq: m.seq, leader: true})
		}
	case "unalias":
		for _, s := range splitList(val) {
			if s == a.actor.Name {
				a.unnamed = true
			}
			kept := a.aliases[:0]
			for _, al := range a.aliases {
				if al.text != s {
					kept = append(kept, al)
				}
			}
			a.aliases = kept
		}
	default:
		if codes, ok := aliasesIn(key); ok {
			if len(codes) == 0 {
				return fmt.Errorf("actor %q: %q: want \"aliases in\" followed by ISO 3166-1 alpha-2 codes", a.actor.Name, key)
			}
			m.addAliases(a, val, codes)
			return nil
		}
		return fmt.Errorf("actor %q: unknown key %q (want kind, country, parent, recorded as, aliases, aliases in XX, leaders or unalias)", a.actor.Name, key)
	}
	return nil
}

// addAliases adds the ";"-separated aliases of val to a, valid in the
// documents of the given countries only when countries is set.
func (m *model) addAliases(a *actorDef, val string, countries []string) {
	for _, s := range splitList(val) {
		m.seq++
		a.aliases = append(a.aliases, aliasDef{text: s, seq: m.seq, countries: countries})
	}
}

// aliasesIn reads the key "aliases in SD" (or "alias in IQ SY", codes
// separated by spaces or commas): ok when the key is of that form, with
// the codes, upper-cased, or none when one of them is no ISO2 code.
func aliasesIn(key string) (codes []string, ok bool) {
	rest, found := strings.CutPrefix(key, "aliases in ")
	if !found {
		if rest, found = strings.CutPrefix(key, "alias in "); !found {
			return nil, false
		}
	}
	for _, f := range strings.FieldsFunc(rest, func(r rune) bool { return r == ' ' || r == ',' }) {
		c := strings.ToUpper(f)
		if !isISO2(c) {
			return nil, true
		}
		codes = append(codes, c)
	}
	return codes, true
}

func nationField(n *nationDef, key, val string) error {
	switch key {
	case "adjective", "adjectives":
		n.adjectives = append(n.adjectives, splitList(val)...)
	case "forces":
		n.forces = val
	default:
		return fmt.Errorf("nation %s: unknown key %q (want adjectives or forces)", n.code, key)
	}
	return nil
}

func (m *model) genericField(g *genericDef, key, val string) error {
	if isISO2(key) {
		if _, ok := g.byCountry[key]; !ok {
			g.corder = append(g.corder, key)
		}
		g.byCountry[key] = val
		return nil
	}
	switch strings.ToLower(key) {
	case "term", "terms":
		for _, s := range splitList(val) {
			m.seq++
			g.terms = append(g.terms, aliasDef{text: s, seq: m.seq})
		}
	case "national-terms":
		g.nationalTerms = append(g.nationalTerms, splitList(val)...)
	case "national", "points back":
		yes, ok := yesNo(val)
		if !ok {
			return fmt.Errorf("generic %q: %s: want yes or no, got %q", g.name, strings.ToLower(key), val)
		}
		if strings.ToLower(key) == "national" {
			g.national = yes
		} else {
			g.pointsBack = yes
		}
	case "default":
		g.def = val
	default:
		return fmt.Errorf("generic %q: unknown key %q (want terms, national, national-terms, points back, default or a country code)", g.name, key)
	}
	return nil
}

// validate checks that every name the model refers to is an actor.
func (m *model) validate() error {
	for _, name := range m.order {
		a := m.actors[name]
		if a.actor.Kind == "" {
			return fmt.Errorf("%s: actor %q has no kind", a.line, name)
		}
		if p := a.actor.Parent; p != "" && m.actors[p] == nil {
			return fmt.Errorf("%s: actor %q: parent %q is not a defined actor", a.line, name, p)
		}
		if r := a.actor.Recorded; r != "" && m.actors[r] == nil {
			return fmt.Errorf("%s: actor %q: recorded as %q, which is not a defined actor", a.line, name, r)
		}
		if w := a.actor.SidesWith; w != "" && (m.actors[w] == nil || m.actors[w].actor.Kind != KindStateForces) {
			return fmt.Errorf("%s: actor %q: sides with %q, which is not a defined state's forces", a.line, name, w)
		}
	}
	sc := &scratch{}
	for _, name := range m.order {
		a := m.actors[name]
		for _, al := range a.aliases {
			if err := matchable(sc, al.text); err != nil {
				return fmt.Errorf("%s: actor %q: %w", a.line, name, err)
			}
		}
	}
	for _, code := range m.norder {
		n := m.nations[code]
		if n.forces == "" {
			return fmt.Errorf("%s: nation %s has no forces", n.line, code)
		}
		if m.actors[n.forces] == nil {
			return fmt.Errorf("%s: nation %s: forces %q is not a defined actor", n.line, code, n.forces)
		}
	}
	for _, name := range m.gorder {
		g := m.generics[name]
		if len(g.terms) == 0 && (g.national || len(g.nationalTerms) > 0) {
			return fmt.Errorf("%s: generic %q has no terms", g.line, name)
		}
		if g.def != "" && m.actors[g.def] == nil {
			return fmt.Errorf("%s: generic %q: default %q is not a defined actor", g.line, name, g.def)
		}
		for _, cc := range g.corder {
			if m.actors[g.byCountry[cc]] == nil {
				return fmt.Errorf("%s: generic %q: %s: %q is not a defined actor", g.line, name, cc, g.byCountry[cc])
			}
		}
	}
	return nil
}

// matchable reports an alias that Find could never match: one with
// punctuation that ends a phrase ("Special Forces (Saiqa)") or no word.
func matchable(sc *scratch, alias string) error {
	text := strings.TrimPrefix(alias, "=")
	sc.tokenize(text, 0, len(text))
	if len(sc.toks) == 0 {
		return fmt.Errorf("alias %q has no word", alias)
	}
	for k := 1; k < len(sc.toks); k++ {
		if sc.toks[k].broken {
			mark := strings.TrimSpace(text[sc.toks[k-1].end:sc.toks[k].start])
			return fmt.Errorf("alias %q can never match: %q inside it ends a phrase (write its parts as aliases of their own)", alias, mark)
		}
	}
	return nil
}

// yesNo reads a yes-or-no value of the actor file ("yes"/"true",
// "no"/"false"); ok is false for anything else.
func yesNo(val string) (yes, ok bool) {
	switch strings.ToLower(val) {
	case "yes", "true":
		return true, true
	case "no", "false":
		return false, true
	}
	return false, false
}
