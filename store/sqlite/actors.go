package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"strings"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/store/actorkey"
)

// This file keeps incident_actors (migration 0016), the index of
// EventFilter.Actor: each incident under the word keys (actorkey.Keys) of
// the actors its records name and of its own actors.

const qInsActorKey = `INSERT INTO incident_actors (key, incident) VALUES (?, ?) ON CONFLICT DO NOTHING`

// actorsCommon, when not negative, fixes how many incidents an actor or a
// place may have before a page of it is walked rather than read first (for
// tests); else pageBound works it out from the store's size.
var actorsCommon = -1

// actorTerms is the condition on incident_actors a of a query's terms,
// with its arguments.
func actorTerms(terms []string) (string, []any) {
	conds := make([]string, 0, len(terms))
	args := make([]any, 0, 3*len(terms))
	for _, t := range terms {
		lo, hi := actorkey.Range(t)
		conds = append(conds, "a.key = ? OR (a.key >= ? AND a.key < ?)")
		args = append(args, t, lo, hi)
	}
	return "(" + strings.Join(conds, " OR ") + ")", args
}

// actorIn is the condition on incidents i that keeps those whose actors
// match terms, reading the matches from the index first.
func actorIn(terms []string) (string, []any) {
	cond, args := actorTerms(terms)
	return "i.seq IN (SELECT a.incident FROM incident_actors a WHERE " + cond + ")", args
}

// actorProbeCond is the same condition tested incident by incident.
func actorProbeCond(terms []string) (string, []any) {
	cond, args := actorTerms(terms)
	return "(SELECT 1 FROM incident_actors a INDEXED BY incident_actors_incident WHERE a.incident = i.seq AND " +
		cond + " LIMIT 1) IS NOT NULL", args
}

// pageBound is the number of matches m of a filter past which a page of
// limit incidents is better found by walking incidents in order and
// testing each (the walk passes about limit·n/m of the n incidents) than by
// reading the m matches first and sorting them: m² > limit·n.
func (s *Store) pageBound(ctx context.Context, limit int) (int, error) {
	if actorsCommon >= 0 {
		return actorsCommon, nil
	}
	var n sql.NullInt64 // the last seq: about the number of incidents
	if err := s.r.QueryRowContext(ctx, "SELECT max(seq) FROM incidents").Scan(&n); err != nil {
		return 0, fmt.Errorf("events: %w", err)
	}
	return int(math.Sqrt(float64(limit) * float64(n.Int64))), nil
}

// more reports whether the rows of a query (SELECT 1 …) number more than
// bound; it reads at most bound+1 of them.
func (s *Store) more(ctx context.Context, query string, args []any, bound int) (bool, error) {
	var m int
	err := s.r.QueryRowContext(ctx, "SELECT count(*) FROM ("+query+" LIMIT ?)", append(args, bound+1)...).Scan(&m)
	if err != nil {
		return false, fmt.Errorf("events: %w", err)
	}
	return m > bound, nil
}

// writeKeys files incident seq under actor keys (actorkey.Keys of its
// names): the rows are written with those of the merge's other incidents,
// a few statements for all of them (sendKeys).
func (m *merger) writeKeys(seq int64, keys []string) {
	for _, k := range keys {
		m.actorRows = append(m.actorRows, k, seq)
	}
}

// sendKeys writes the actor keys writeKeys filed since it last ran.
func (m *merger) sendKeys() error {
	vals := m.actorRows
	m.actorRows = nil
	if err := m.insert(insActors, 2, vals); err != nil {
		return fmt.Errorf("merge: actors of incidents: %w", err)
	}
	return nil
}

// backfillIncidentActors fills incident_actors for a store from before
// migration 0016.
func backfillIncidentActors(ctx context.Context, tx *sql.Tx) error {
	ins, err := tx.PrepareContext(ctx, qInsActorKey)
	if err != nil {
		return err
	}
	defer ins.Close()
	rows, err := tx.QueryContext(ctx, `SELECT i.seq, i.actor1, i.actor2 FROM incidents i
		UNION ALL SELECT i.seq, e.actor1, e.actor2 FROM events e JOIN incidents i ON i.id = e.incident`)
	if err != nil {
		return err
	}
	type pair struct {
		seq    int64
		a1, a2 string
	}
	var all []pair
	for rows.Next() {
		var p pair
		var a1, a2 sql.NullString
		if err := rows.Scan(&p.seq, &a1, &a2); err != nil {
			rows.Close()
			return err
		}
		p.a1, p.a2 = a1.String, a2.String
		all = append(all, p)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, p := range all {
		for _, k := range actorkey.Keys(p.a1, p.a2) {
			if _, err := ins.ExecContext(ctx, k, p.seq); err != nil {
				return err
			}
		}
	}
	return nil
}

// actorPlan is how a page finds the incidents of its selective filters,
// actor and place.
type actorPlan int

const (
	actorAny   actorPlan = iota // no plan: SQLite chooses (aggregates, which read every match)
	actorRead                   // a rare actor or place: its incidents are read by seq first, then sorted
	actorProbe                  // a common actor: incidents are walked in order and each probed
)

// actorPlan chooses how a page of f.Limit events of f in order is found:
// when the radius, the place or the actor has few incidents (see
// pageBound) they are read first; else a common actor is probed incident by incident while
// walking the order (the page is found among the first incidents walked);
// else SQLite chooses.
func (s *Store) actorPlan(ctx context.Context, f sitrep.EventFilter) (actorPlan, error) {
	terms := actorkey.Terms(f.Actor)
	place := strings.TrimSpace(f.Place)
	near, isNear := nearIn(f)
	if f.Limit <= 0 || (len(terms) == 0 && place == "" && !isNear) {
		return actorAny, nil
	}
	bound, err := s.pageBound(ctx, f.Limit)
	if err != nil {
		return actorAny, err
	}
	if isNear {
		many, err := s.more(ctx, "SELECT 1 FROM incidents x WHERE "+near.cond, near.args, bound)
		if err != nil || !many {
			return actorRead, err
		}
	}
	if place != "" {
		cond, args := placeIn(place)
		many, err := s.more(ctx, "SELECT 1 FROM incidents i WHERE "+cond, args, bound)
		if err != nil || !many {
			return actorRead, err
		}
	}
	if len(terms) == 0 {
		return actorAny, nil
	}
	cond, args := actorTerms(terms)
	many, err := s.more(ctx, "SELECT 1 FROM incident_actors a WHERE "+cond, args, bound)
	if many {
		return actorProbe, err
	}
	return actorRead, err
}

// placeIn is the place filter as a list of incidents read from the place
// indexes (location, admin1, country), for the read-first plan.
func placeIn(p string) (string, []any) {
	return `i.seq IN (SELECT seq FROM incidents WHERE location = ? COLLATE NOCASE
		UNION SELECT seq FROM incidents WHERE admin1 = ? COLLATE NOCASE
		UNION SELECT seq FROM incidents WHERE country = ? COLLATE NOCASE)`, []any{p, p, p}
}

// nearCond is the box around a radius as a condition on incidents x.
type nearCond struct {
	cond string
	args []any
}

// nearIn is the bounding box of f's radius (Near, WithinKM) as a
// condition on incidents x, which their point index answers; ok is false
// without a sound radius.
func nearIn(f sitrep.EventFilter) (nearCond, bool) {
	if f.Near == nil {
		return nearCond{}, false
	}
	b, err := boundingBox(*f.Near, f.WithinKM)
	if err != nil {
		return nearCond{}, false
	}
	cond, args := b.where("x")
	return nearCond{cond, args}, true
}
