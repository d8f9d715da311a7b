package postgres

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode"
)

// The store's queries are written for SQLite (package store/sqlite);
// translate says each in PostgreSQL's dialect. It knows the forms the store
// uses, not all of SQLite:
//
//   - ? and ?NNN parameters become $N;
//   - INSERT OR IGNORE becomes INSERT … ON CONFLICT DO NOTHING, and an
//     INSERT run for its LastInsertId returns the row's seq;
//   - instr, ifnull, two-argument min and max, CAST AS INTEGER (which
//     truncates in SQLite and rounds in PostgreSQL), CAST AS REAL,
//     json_extract with a constant path, date(d, 'weekday 0', '-6 days')
//     (the Monday of d's week) and typeof(c) = 'blob' (documents' texts
//     are always compressed bytea here) become their PostgreSQL forms;
//   - X MATCH ? searches the tsvector of full-text table X with the FTS5
//     query turned into a tsquery (ftsQuery);
//   - an ORDER BY term without NULLS FIRST/LAST gets SQLite's order of
//     NULLs (first ascending, last descending);
//   - PRAGMA user_version reads and sets the version in sitrep_schema,
//     PRAGMA defer_foreign_keys defers the (deferrable) foreign keys, and
//     other PRAGMAs do nothing.
type translated struct {
	sql string
	// fts lists the arguments (0-based) that are FTS5 queries.
	fts []int
	// returning is set for an INSERT into a table with a seq column: the
	// statement returns the seq, for LastInsertId.
	returning bool
}

var cache sync.Map // query (after a "g" or "-" for PostGIS or not) → *translated

// seqTables are the tables whose rows are numbered by a seq column.
var seqTables = map[string]bool{"events": true, "figures": true, "failures": true, "places": true,
	"incidents": true, "merge_decisions": true, "corrections": true, "sketches": true, "controls": true}

var (
	reJSON    = regexp.MustCompile(`json_extract\(([\w.]+), '\$\.([\w.]+)'\)`)
	reWeek    = regexp.MustCompile(`date\(([\w.]+), 'weekday 0', '-6 days'\)`)
	reTypeof  = regexp.MustCompile(`typeof\(\w+\) = 'blob'`)
	reInsert  = regexp.MustCompile(`(?is)^\s*INSERT\s+(OR\s+IGNORE\s+)?INTO\s+(\w+)`)
	reIndexed = regexp.MustCompile(`(?i)\s+(?:INDEXED\s+BY\s+\w+|NOT\s+INDEXED)\b`)
	rePragma  = regexp.MustCompile(`(?is)^\s*PRAGMA\s+(\w+)\s*(?:=\s*(\w+))?\s*;?\s*$`)
	reMatch   = regexp.MustCompile(`(\w+) MATCH \?`)
	reOrderBy = regexp.MustCompile(`(?i)\bORDER\s+BY\b`)
)

// translate says q in PostgreSQL; geog says the incidents have a PostGIS
// geography column (migration 0003).
func translate(q string, geog bool) *translated {
	key := "-" + q
	if geog {
		key = "g" + q
	}
	if t, ok := cache.Load(key); ok {
		return t.(*translated)
	}
	t := translateNew(q, geog)
	cache.Store(key, t)
	return t
}

// reHaversine is the radius test of store/sqlite's browseWhere: 2 * R *
// asin(...) <= km, with parameters R, lat, lat, lon, km.
var reHaversine = regexp.MustCompile(`2 \* \? \* asin\(min\(1, sqrt\(pow\(sin\(radians\(i\.lat - \?\) / 2\), 2\) \+\s+cos\(radians\(\?\)\) \* cos\(radians\(i\.lat\)\) \* pow\(sin\(radians\(i\.lon - \?\) / 2\), 2\)\)\)\) <= \?`)

func translateNew(q string, geog bool) *translated {
	if strings.HasPrefix(q, "-- ") {
		return &translated{sql: q} // a migration, written for PostgreSQL
	}
	if m := rePragma.FindStringSubmatch(q); m != nil {
		switch strings.ToLower(m[1]) {
		case "user_version":
			if m[2] != "" {
				return &translated{sql: "UPDATE sitrep_schema SET version = " + m[2]}
			}
			return &translated{sql: "SELECT version FROM sitrep_schema FOR UPDATE"}
		case "defer_foreign_keys":
			return &translated{sql: "SET CONSTRAINTS ALL DEFERRED"}
		}
		return &translated{sql: "SELECT 1"}
	}
	t := &translated{}
	if geog {
		// PostGIS finds the candidates within the radius (and a percent
		// more: its sphere and ours differ in the last digits) by the
		// index; #k is the k-th parameter of the test.
		q = reHaversine.ReplaceAllString(q, `($0 AND ST_DWithin(i.geog, ST_SetSRID(ST_MakePoint(#4, #2), 4326)::geography, #5 * 1010, false))`)
	}
	q = reJSON.ReplaceAllStringFunc(q, func(s string) string {
		m := reJSON.FindStringSubmatch(s)
		return "((" + m[1] + ")::jsonb #>> '{" + strings.ReplaceAll(m[2], ".", ",") + "}')::numeric"
	})
	q = reWeek.ReplaceAllString(q, "to_char(date_trunc('week', ($1)::date), 'YYYY-MM-DD')")
	q = reTypeof.ReplaceAllString(q, "true")
	if m := reInsert.FindStringSubmatchIndex(q); m != nil {
		table := strings.ToLower(q[m[4]:m[5]])
		ignore := m[2] >= 0
		q = q[:m[0]] + "INSERT INTO " + q[m[4]:]
		if ignore {
			q += " ON CONFLICT DO NOTHING"
		}
		if seqTables[table] && !strings.Contains(strings.ToUpper(q), "RETURNING") {
			q += " RETURNING seq"
			t.returning = true
		}
	}
	// Mask string literals and quoted names, so that what follows sees
	// only SQL.
	masked, lits := mask(q)
	// SQLite's index hints (a page's plan, see store/sqlite pageSQL):
	// PostgreSQL's planner chooses alone
	masked = reIndexed.ReplaceAllString(masked, "")
	masked = funcs(masked)
	masked = aliases(masked)
	masked = orderNulls(masked)
	// full-text matches: note which parameter each takes
	for {
		loc := reMatch.FindStringSubmatchIndex(masked)
		if loc == nil {
			break
		}
		n := strings.Count(masked[:loc[1]], "?") - 1
		t.fts = append(t.fts, n)
		masked = masked[:loc[0]] + masked[loc[2]:loc[3]] + ".tsv @@ to_tsquery('sitrep', ?::text)" + masked[loc[1]:]
	}
	masked = params(masked)
	t.sql = unmask(masked, lits)
	return t
}

// mask replaces each '…' literal and "…" name by \x00N\x00.
func mask(q string) (string, []string) {
	var b strings.Builder
	var lits []string
	for i := 0; i < len(q); i++ {
		c := q[i]
		if c != '\'' && c != '"' {
			b.WriteByte(c)
			continue
		}
		j := i + 1
		for j < len(q) {
			if q[j] == c {
				if j+1 < len(q) && q[j+1] == c {
					j += 2
					continue
				}
				break
			}
			j++
		}
		end := min(j+1, len(q))
		lits = append(lits, q[i:end])
		fmt.Fprintf(&b, "\x00%d\x00", len(lits)-1)
		i = end - 1
	}
	return b.String(), lits
}

func unmask(q string, lits []string) string {
	if len(lits) == 0 {
		return q
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(q, 0)
		if i < 0 {
			b.WriteString(q)
			return b.String()
		}
		j := strings.IndexByte(q[i+1:], 0) + i + 1
		n, _ := strconv.Atoi(q[i+1 : j])
		b.WriteString(q[:i])
		b.WriteString(lits[n])
		q = q[j+1:]
	}
}

// params numbers the parameters: ?NNN is $NNN, a bare ? the next number;
// #k (after the five parameters of a radius test) is the k-th of them.
func params(q string) string {
	var b strings.Builder
	next := 0
	var assigned []int
	for i := 0; i < len(q); i++ {
		if q[i] == '#' && i+1 < len(q) && q[i+1] >= '1' && q[i+1] <= '5' && len(assigned) >= 5 {
			b.WriteString("$" + strconv.Itoa(assigned[len(assigned)-5+int(q[i+1]-'1')]))
			i++
			continue
		}
		if q[i] != '?' {
			b.WriteByte(q[i])
			continue
		}
		j := i + 1
		for j < len(q) && q[j] >= '0' && q[j] <= '9' {
			j++
		}
		n := next + 1
		if j > i+1 {
			n, _ = strconv.Atoi(q[i+1 : j])
		}
		next = max(next, n)
		assigned = append(assigned, n)
		b.WriteString("$" + strconv.Itoa(n))
		i = j - 1
	}
	return b.String()
}

// closing returns the index of the parenthesis closing the one at open.
func closing(q string, open int) int {
	depth := 0
	for i := open; i < len(q); i++ {
		switch q[i] {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}

// topComma reports whether s has a comma outside parentheses.
func topComma(s string) bool {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(':
			depth++
		case ')':
			depth--
		case ',':
			if depth == 0 {
				return true
			}
		}
	}
	return false
}

var reFunc = regexp.MustCompile(`(?i)\b(instr|ifnull|min|max|cast)\s*\(`)

// funcs rewrites SQLite's functions and casts.
func funcs(q string) string {
	for start := 0; ; {
		loc := reFunc.FindStringSubmatchIndex(q[start:])
		if loc == nil {
			return q
		}
		name := strings.ToLower(q[start+loc[2] : start+loc[3]])
		open := start + loc[1] - 1
		end := closing(q, open)
		if end < 0 {
			return q
		}
		inner := funcs(q[open+1 : end])
		var repl string
		switch name {
		case "instr":
			repl = "strpos(" + inner + ")"
		case "ifnull":
			repl = "coalesce(" + inner + ")"
		case "min", "max":
			repl = q[start+loc[2]:start+loc[3]] + "(" + inner + ")"
			if topComma(inner) {
				repl = map[string]string{"min": "least", "max": "greatest"}[name] + "(" + inner + ")"
			}
		case "cast":
			up := strings.ToUpper(inner)
			switch {
			case strings.HasSuffix(up, " AS INTEGER"):
				repl = "CAST(trunc(" + inner[:len(inner)-len(" AS INTEGER")] + ") AS bigint)"
			case strings.HasSuffix(up, " AS REAL"):
				repl = "CAST(" + inner[:len(inner)-len(" AS REAL")] + " AS double precision)"
			default:
				repl = "CAST(" + inner + ")"
			}
		}
		head := q[:start+loc[0]]
		q = head + repl + q[end+1:]
		start = len(head) + len(repl)
	}
}

var (
	reOrderEnd = regexp.MustCompile(`(?i)^(LIMIT|OFFSET|UNION|FOR)\b`)
	reDesc     = regexp.MustCompile(`(?i)\sDESC$`)
)

func isWord(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// orderNulls gives every ORDER BY term SQLite's order of NULLs.
func orderNulls(q string) string {
	var b strings.Builder
	for {
		loc := reOrderBy.FindStringIndex(q)
		if loc == nil {
			b.WriteString(q)
			return b.String()
		}
		b.WriteString(q[:loc[1]])
		q = q[loc[1]:]
		depth, termStart := 0, 0
		i := 0
		endTerm := func(i int) {
			term := q[termStart:i]
			up := strings.ToUpper(strings.TrimSpace(term))
			if up != "" && !strings.Contains(up, "NULLS") {
				trimmed := strings.TrimRightFunc(term, unicode.IsSpace)
				if reDesc.MatchString(up) {
					term = trimmed + " NULLS LAST" + term[len(trimmed):]
				} else {
					term = trimmed + " NULLS FIRST" + term[len(trimmed):]
				}
			}
			b.WriteString(term)
		}
		for ; i < len(q); i++ {
			c := q[i]
			if depth == 0 && (c == ')' || (i == 0 || !isWord(q[i-1])) && reOrderEnd.MatchString(q[i:])) {
				break
			}
			switch c {
			case '(':
				depth++
			case ')':
				depth--
			case ',':
				if depth == 0 {
					endTerm(i)
					b.WriteByte(',')
					termStart = i + 1
				}
			}
		}
		endTerm(i)
		q = q[i:]
	}
}

// ftsQuery turns a query MatchQuery wrote for FTS5 ("word" terms, "word"*
// prefixes, OR and NOT between terms, AND implied) into tsquery text: a
// term's words, split as PostgreSQL's parser splits letters from the rest,
// follow each other (<->), a prefix's last word matches by prefix, OR is
// |, NOT is & !, and terms are joined by &. FTS5's and tsquery's
// precedences agree (NOT, then AND, then OR).
func ftsQuery(s string) string {
	var out []string
	op := ""
	for i := 0; i < len(s); {
		switch {
		case s[i] == ' ':
			i++
		case s[i] == '"':
			j := i + 1
			var term strings.Builder
			for j < len(s) {
				if s[j] == '"' {
					if j+1 < len(s) && s[j+1] == '"' {
						term.WriteByte('"')
						j += 2
						continue
					}
					break
				}
				term.WriteByte(s[j])
				j++
			}
			j++
			prefix := j < len(s) && s[j] == '*'
			if prefix {
				j++
			}
			i = j
			words := strings.FieldsFunc(strings.ToLower(term.String()), func(r rune) bool {
				return !unicode.IsLetter(r) && !unicode.IsNumber(r)
			})
			if len(words) == 0 {
				continue
			}
			if prefix {
				words[len(words)-1] += ":*"
			}
			t := strings.Join(words, " <-> ")
			if len(words) > 1 {
				t = "(" + t + ")"
			}
			if len(out) > 0 {
				switch op {
				case "OR":
					out = append(out, "|")
				case "NOT":
					out = append(out, "& !")
				default:
					out = append(out, "&")
				}
			}
			op = ""
			out = append(out, t)
		default:
			j := strings.IndexByte(s[i:], ' ')
			if j < 0 {
				j = len(s) - i
			}
			op = s[i : i+j]
			i += j
		}
	}
	return strings.Join(out, " ")
}

var (
	reFromSub   = regexp.MustCompile(`(?i)\bFROM\s*\(`)
	reAliasNext = regexp.MustCompile(`^\s*(?:AS\s+)?([A-Za-z_]\w*)`)
	keywords    = map[string]bool{"WHERE": true, "GROUP": true, "ORDER": true, "LIMIT": true, "UNION": true,
		"JOIN": true, "LEFT": true, "INNER": true, "CROSS": true, "ON": true, "HAVING": true, "OFFSET": true,
		"EXCEPT": true, "INTERSECT": true, "WINDOW": true}
)

// aliases names the subqueries in FROM that have no name (PostgreSQL 15
// wants one).
func aliases(q string) string {
	n := 0
	for start := 0; ; {
		loc := reFromSub.FindStringIndex(q[start:])
		if loc == nil {
			return q
		}
		open := start + loc[1] - 1
		end := closing(q, open)
		if end < 0 {
			return q
		}
		start = open + 1
		if m := reAliasNext.FindStringSubmatch(q[end+1:]); m != nil && !keywords[strings.ToUpper(m[1])] {
			continue
		}
		n++
		q = q[:end+1] + " AS _sub" + strconv.Itoa(n) + q[end+1:]
	}
}
